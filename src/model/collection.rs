//! Job collections, which the front end describes in XML (SPEC §2): read with a real XML
//! parser and mirrored as JSON (element names in camelCase, nesting kept, the quota's counts
//! as numbers, the rest as strings).

use quick_xml::events::Event;
use quick_xml::Reader;
use serde::Deserialize;
use serde_json::{Map, Number, Value};

use crate::error::{Error, Result};
use crate::explain::response;
use crate::model::{schema, Item, MAX_DEPTH};

/// Elements whose text is a number in the JSON mirror.
const NUMERIC: [&str; 3] = ["MaxJobCount", "MaxJobOccurrence", "Interval"];
/// Containers that are lists even when empty (`<Resources/>` is `[]`, not `""`).
const LISTS: [&str; 2] = ["Resources", "CloudServices"];

/// A collection: its mirrored JSON and typed view.
pub type Collection = Item<CollectionView>;

/// The typed fields of a job collection.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CollectionView {
    /// Collection name.
    pub name: Option<String>,
    /// e.g. `Started`.
    pub state: Option<String>,
    /// Entity tag.
    pub e_tag: Option<String>,
    /// Plan and quota.
    pub intrinsic_settings: Option<IntrinsicSettings>,
}

/// Plan and quota of a collection.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IntrinsicSettings {
    /// `Free`, `Standard`, `P10Premium`, `P20Premium`.
    pub plan: Option<String>,
    /// Limits of the plan.
    pub quota: Option<Quota>,
}

/// The limits of a collection.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Quota {
    /// Most jobs.
    pub max_job_count: Option<Number>,
    /// Most occurrences of a job.
    pub max_job_occurrence: Option<Number>,
    /// Most frequent recurrence.
    pub max_recurrence: Option<MaxRecurrence>,
}

/// The most frequent recurrence allowed.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MaxRecurrence {
    /// `Minute`, `Hour`, ….
    pub frequency: Option<String>,
    /// Every how many.
    pub interval: Option<Number>,
}

/// An XML element, reduced to what the mirror needs.
#[derive(Debug, Default)]
pub(super) struct Element {
    pub(super) name: String,
    pub(super) children: Vec<Element>,
    pub(super) text: String,
}

impl Element {
    /// The trimmed text of the first child named `name`.
    pub(super) fn child_text(&self, name: &str) -> Option<String> {
        self.children
            .iter()
            .find(|c| c.name == name)
            .map(|c| c.text.trim().to_string())
    }

    /// Whether this `<Resource>` is a scheduler job collection.
    pub(super) fn is_job_collection(&self) -> bool {
        let is = |name: &str, value: &str| {
            self.child_text(name)
                .is_some_and(|t| t.eq_ignore_ascii_case(value))
        };
        is("ResourceProviderNamespace", "scheduler") && is("Type", "jobcollections")
    }

    /// The `<Resource>` elements of this element's `<Resources>`.
    pub(super) fn resources(&self) -> impl Iterator<Item = &Element> {
        self.children
            .iter()
            .filter(|c| c.name == "Resources")
            .flat_map(|r| r.children.iter().filter(|c| c.name == "Resource"))
    }
}

/// Parses the job-collection GET: one `<Resource>`.
pub fn parse_collection(body: &[u8], request_id: Option<&str>) -> Result<Collection> {
    let invalid = invalid(request_id);
    let root = parse_xml(body).map_err(|e| match e {
        XmlError::TooDeep => super::invalid(request_id)(super::too_deep_message()),
        XmlError::Invalid(why) => invalid(response::collection_not_xml(&why)),
    })?;
    if root.name != "Resource" {
        return Err(invalid(response::wrong_root("Resource", &root.name)));
    }
    to_collection(&root).map_err(invalid)
}

/// Parses the cloud-service GET and returns its job collections, in document order.
pub fn parse_cloud_service(body: &[u8], request_id: Option<&str>) -> Result<Vec<Collection>> {
    let invalid = invalid(request_id);
    let root = parse_xml(body).map_err(|e| match e {
        XmlError::TooDeep => super::invalid(request_id)(super::too_deep_message()),
        XmlError::Invalid(why) => invalid(response::cloud_service_not_xml(&why)),
    })?;
    if root.name != "CloudService" {
        return Err(invalid(response::wrong_root("CloudService", &root.name)));
    }
    root.resources()
        .filter(|r| r.is_job_collection())
        .map(|r| to_collection(r).map_err(&invalid))
        .collect()
}

pub(super) fn invalid(request_id: Option<&str>) -> impl Fn(String) -> Error + '_ {
    let invalid = super::invalid(request_id);
    move |why| invalid(response::unexpected(&why))
}

fn to_collection(resource: &Element) -> std::result::Result<Collection, String> {
    // The same collection reads the same from either GET, whose element orders differ.
    let raw = schema::COLLECTION.ordered(mirror(resource));
    let view = CollectionView::deserialize(&raw).map_err(response::collection_shape)?;
    Ok(Item { raw, view })
}

/// Why a body is not a document schedctl can read.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum XmlError {
    /// Elements nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// Not well-formed XML, with the parser's words.
    Invalid(String),
}

impl From<String> for XmlError {
    fn from(why: String) -> Self {
        XmlError::Invalid(why)
    }
}

impl From<&str> for XmlError {
    fn from(why: &str) -> Self {
        XmlError::Invalid(why.to_string())
    }
}

/// Reads the document into a tree. The depth is checked as elements open, so that neither
/// the tree nor [`mirror`] (which recurse) ever see more than [`MAX_DEPTH`] levels.
pub(super) fn parse_xml(body: &[u8]) -> std::result::Result<Element, XmlError> {
    let mut reader = Reader::from_reader(body);
    let mut stack: Vec<Element> = Vec::new();
    let mut buf = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| response::xml_at_byte(reader.buffer_position(), e))?;
        match event {
            Event::Start(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(XmlError::TooDeep);
                }
                stack.push(Element {
                    name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    ..Element::default()
                })
            }
            Event::Empty(e) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(XmlError::TooDeep);
                }
                let element = Element {
                    name: String::from_utf8_lossy(e.local_name().as_ref()).into_owned(),
                    ..Element::default()
                };
                match stack.last_mut() {
                    Some(parent) => parent.children.push(element),
                    None => return Ok(element),
                }
            }
            Event::End(_) => {
                let element = stack.pop().ok_or(response::UNBALANCED_END_TAG)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(element),
                    None => return Ok(element),
                }
            }
            Event::Text(t) => {
                if let Some(current) = stack.last_mut() {
                    current
                        .text
                        .push_str(&t.decode().map_err(|e| e.to_string())?);
                }
            }
            Event::CData(t) => {
                if let Some(current) = stack.last_mut() {
                    current
                        .text
                        .push_str(&t.decode().map_err(|e| e.to_string())?);
                }
            }
            Event::GeneralRef(r) => {
                let name = r.decode().map_err(|e| e.to_string())?;
                let text = quick_xml::escape::unescape(&format!("&{name};"))
                    .map_err(|e| e.to_string())?
                    .into_owned();
                if let Some(current) = stack.last_mut() {
                    current.text.push_str(&text);
                }
            }
            Event::Eof => return Err(response::ENDED_EARLY.into()),
            _ => {}
        }
        buf.clear();
    }
}

/// `MaxJobCount` → `maxJobCount`, `ETag` → `eTag`.
fn camel_case(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The JSON mirror of an element.
pub(super) fn mirror(element: &Element) -> Value {
    if element.children.is_empty() {
        let text = element.text.trim();
        if text.is_empty() && LISTS.contains(&element.name.as_str()) {
            return Value::Array(Vec::new());
        }
        if NUMERIC.contains(&element.name.as_str()) {
            if let Ok(n) = text.parse::<Number>() {
                return Value::Number(n);
            }
        }
        return Value::String(text.to_string());
    }
    let plural_of = |child: &Element| element.name == format!("{}s", child.name);
    if element.children.iter().all(plural_of) {
        return Value::Array(element.children.iter().map(mirror).collect());
    }
    let mut map = Map::new();
    for child in &element.children {
        let key = camel_case(&child.name);
        let value = mirror(child);
        match map.get_mut(&key) {
            Some(Value::Array(items)) => items.push(value),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, value]);
            }
            None => {
                map.insert(key, value);
            }
        }
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    const RESOURCE: &str = r#"<Resource xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Name>myjc</Name><ETag>abc</ETag><State>Started</State><IntrinsicSettings><Plan>Standard</Plan><Quota><MaxJobCount>50</MaxJobCount><MaxJobOccurrence>0</MaxJobOccurrence><MaxRecurrence><Frequency>Minute</Frequency><Interval>1</Interval></MaxRecurrence></Quota></IntrinsicSettings><Label/><OperationStatus><Type>Create</Type><Result>Succeeded</Result></OperationStatus></Resource>"#;

    #[test]
    fn mirrors_a_resource_in_camel_case_with_numbers() {
        let c = parse_collection(RESOURCE.as_bytes(), None).unwrap();
        assert_eq!(
            c.raw.to_string(),
            r#"{"name":"myjc","state":"Started","intrinsicSettings":{"plan":"Standard","quota":{"maxJobCount":50,"maxJobOccurrence":0,"maxRecurrence":{"frequency":"Minute","interval":1}}},"label":"","eTag":"abc","operationStatus":{"type":"Create","result":"Succeeded"}}"#
        );
        let quota = c.view.intrinsic_settings.unwrap().quota.unwrap();
        assert_eq!(quota.max_job_count.unwrap().to_string(), "50");
        assert_eq!(
            quota.max_recurrence.unwrap().interval.unwrap().to_string(),
            "1"
        );
    }

    #[test]
    fn lists_only_scheduler_collections_of_a_cloud_service() {
        let body = format!(
            "<CloudService xmlns=\"http://schemas.microsoft.com/windowsazure\"><Name>CS-WestUS-scheduler</Name><Resources>{}<Resource><ResourceProviderNamespace>other</ResourceProviderNamespace><Type>x</Type><Name>no</Name></Resource></Resources></CloudService>",
            RESOURCE.replace("<Name>myjc</Name>", "<ResourceProviderNamespace>scheduler</ResourceProviderNamespace><Type>jobcollections</Type><Name>myjc</Name>")
        );
        let list = parse_cloud_service(body.as_bytes(), Some("id")).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].view.name.as_deref(), Some("myjc"));
        assert_eq!(list[0].raw["resourceProviderNamespace"], "scheduler");
    }

    #[test]
    fn containers_named_as_plurals_become_arrays() {
        let root =
            parse_xml(b"<Resources><Resource><Name>a</Name></Resource></Resources>").unwrap();
        assert_eq!(mirror(&root).to_string(), r#"[{"name":"a"}]"#);
    }

    fn nested_xml(root: &str, depth: usize) -> Vec<u8> {
        let mut body = format!("<{root}>");
        body.push_str(&"<N>".repeat(depth - 1));
        body.push('x');
        body.push_str(&"</N>".repeat(depth - 1));
        body.push_str(&format!("</{root}>"));
        body.into_bytes()
    }

    #[test]
    fn xml_deeper_than_the_limit_is_an_invalid_response() {
        for depth in [20_000, MAX_DEPTH + 1] {
            let e = parse_collection(&nested_xml("Resource", depth), Some("rid")).unwrap_err();
            assert_eq!(e.kind, Kind::InvalidResponse);
            assert_eq!(e.message, crate::model::too_deep_message());
            assert_eq!(e.request_id.as_deref(), Some("rid"));
            let e = parse_cloud_service(&nested_xml("CloudService", depth), None).unwrap_err();
            assert_eq!(e.message, crate::model::too_deep_message());
        }
        assert!(parse_collection(&nested_xml("Resource", MAX_DEPTH), None).is_ok());
        let mut empty = "<N>".repeat(MAX_DEPTH);
        empty.push_str("<E/>");
        assert_eq!(parse_xml(empty.as_bytes()).unwrap_err(), XmlError::TooDeep);
    }

    #[test]
    fn odd_quota_numbers_are_kept_as_sent() {
        let body = RESOURCE
            .replace(">50<", ">-1<")
            .replace(">0<", ">99999999999999999999999<");
        let c = parse_collection(body.as_bytes(), None).unwrap();
        let quota = c.view.intrinsic_settings.unwrap().quota.unwrap();
        assert_eq!(quota.max_job_count.unwrap().to_string(), "-1");
        assert_eq!(
            quota.max_job_occurrence.unwrap().to_string(),
            "99999999999999999999999"
        );
    }

    #[test]
    fn broken_xml_is_an_invalid_response() {
        let e = parse_collection(b"<Resource><Name>x</Resource>", Some("rid")).unwrap_err();
        assert_eq!(e.kind, Kind::InvalidResponse);
        assert_eq!(e.request_id.as_deref(), Some("rid"));
        let e = parse_collection(b"{\"json\":true}", None).unwrap_err();
        assert!(e.message.contains("not valid XML"), "{}", e.message);
        let e = parse_collection(b"<Error><Code>x</Code></Error>", None).unwrap_err();
        assert!(
            e.message.contains("expected a <Resource> element"),
            "{}",
            e.message
        );
    }
}
