//! Responses that are not what the service sends, worded for people (SPEC §6, §7: exit 8).
//! A leaf: it imports only [`crate::error`], so `model` may word its failures here.

use std::fmt::Display;

use crate::error::{Error, Kind};

/// A response that is not what the service sends (`why` says how), with its request id.
pub fn invalid_response(why: String, request_id: Option<&str>) -> Error {
    Error::new(Kind::InvalidResponse, why).request_id(request_id.map(str::to_string))
}

/// Why a response nested deeper than `max_depth` is refused.
pub fn too_deep(max_depth: usize) -> String {
    format!("the service's response is nested deeper than {max_depth} levels")
}

/// Why a body that is not JSON is refused; `preview` shows how it starts.
pub fn not_json(e: impl Display, preview: &str) -> String {
    format!("the service's response is not valid JSON ({e}); it starts with: {preview}")
}

/// Why a list response that is not a JSON array is refused.
pub fn not_a_list(kind: &str, what: &str) -> String {
    format!("the service's response is a JSON {kind} where a list of {what} was expected")
}

/// Why a list item that is not a JSON object is refused.
pub fn item_not_an_object(i: usize, kind: &str, what: &str) -> String {
    format!("item {i} of the list is a JSON {kind} where one of {what} was expected")
}

/// Why a list item of an unexpected shape is refused.
pub fn item_shape(i: usize, e: impl Display) -> String {
    format!("item {i} of the list has an unexpected shape: {e}")
}

/// Why a job response that is not a JSON object is refused.
pub fn job_not_an_object(kind: &str) -> String {
    format!("the service's response is a JSON {kind} where a job object was expected")
}

/// Why a job of an unexpected shape is refused.
pub fn job_shape(e: impl Display) -> String {
    format!("the job in the response has an unexpected shape: {e}")
}

/// Why a collection that is not XML is refused (`why` from the XML reader).
pub fn collection_not_xml(why: &str) -> String {
    format!("the collection is not valid XML ({why})")
}

/// Why a cloud service that is not XML is refused.
pub fn cloud_service_not_xml(why: &str) -> String {
    format!("the cloud service is not valid XML ({why})")
}

/// Why a list of cloud services that is not XML is refused.
pub fn cloud_services_not_xml(why: &str) -> String {
    format!("the cloud services are not valid XML ({why})")
}

/// Why an XML document with another root element is refused.
pub fn wrong_root(expected: &str, got: &str) -> String {
    format!("expected a <{expected}> element, got <{got}>")
}

/// Why an XML response is refused, as the message says it.
pub fn unexpected(why: &str) -> String {
    format!("unexpected response from the service: {why}")
}

/// Why a collection of an unexpected shape is refused.
pub fn collection_shape(e: impl Display) -> String {
    format!("unexpected collection shape: {e}")
}

/// Why a page with more items than `$top` asked for is refused.
pub fn page_too_big(count: usize, what: &str, asked: usize) -> String {
    format!("the service sent {count} {what} in a page where at most {asked} were asked for ($top={asked})")
}

/// Why the same page sent again is refused: the service seems to ignore `$skip`.
pub fn page_repeated(what: &str, skip: u64) -> String {
    format!("the service sent the same page of {what} twice (at $skip={skip}): it seems to ignore $skip")
}

/// Why a list longer than schedctl reads is refused.
pub fn too_many_items(max: usize, what: &str) -> String {
    format!("the service sent more than {max} {what} in all; schedctl stops there")
}

/// Why XML the reader refuses is refused: where, and what the reader says.
pub fn xml_at_byte(position: impl Display, e: impl Display) -> String {
    format!("at byte {position}: {e}")
}

/// Why XML with an end tag that closes nothing is refused.
pub const UNBALANCED_END_TAG: &str = "unbalanced end tag";

/// Why XML that stops before its root element closes is refused.
pub const ENDED_EARLY: &str = "the document ended early";
