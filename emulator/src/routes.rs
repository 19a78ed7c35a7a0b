//! Routing and the service's checks, in the order the front end makes them.
//!
//! The classic management front end (RDFE, `management.core.windows.net`)
//! checks the version header, the subscription, the client certificate and
//! the cloud service, and answers those failures in XML. Requests under
//! `…/resources/scheduler/~/` are then passed to the scheduler resource
//! provider, which checks `api-version` and answers unknown collections and
//! jobs in JSON.
//!
//! Order of checks (see the crate docs for the sources):
//! 1. `x-ms-version` missing or unknown → 400 `MissingOrIncorrectVersionHeader` (XML)
//! 2. unknown subscription → 403 `ForbiddenError` (XML)
//! 3. no client certificate, or one not registered on the subscription →
//!    403 `AuthenticationFailed` (XML)
//! 4. a method other than GET/HEAD → 405 `InvalidHttpVerb` (XML, `Allow: GET`)
//! 5. unknown cloud service → 404 `ResourceNotFound` (XML)
//! 6. `api-version` missing or not `2014-04-01` → 400
//!    `MissingOrInvalidRequiredQueryParameter` (XML)
//! 7. unknown job collection → 404 JSON `{"error":{"code":"ResourceNotFound",…}}`
//! 8. unknown job → 404 JSON, same envelope
//! 9. list and history query options (`$filter`, `$top`, `$skip`) → 400 JSON
//!    `{"error":{"code":"BadRequest",…}}` (see [`messages`])
//!
//! Paths the front end does not know → 404 `ResourceNotFound` (XML).
//!
//! # Resources served
//!
//! * `GET /{sub}/cloudservices` (no `api-version`): every cloud service of
//!   the subscription, XML ([`cloud_services_xml`]).
//! * `GET /{sub}/cloudservices/{cs}` (no `api-version`): the cloud service
//!   and its job collections, XML ([`cloud_service_xml`]).
//! * `…/jobCollections/{jc}?api-version=2014-04-01`: the collection, XML
//!   ([`collection_xml`]).
//! * `…/jobCollections/{jc}/jobs?api-version=…[&$filter=state eq S][&$top=N][&$skip=N]`:
//!   a bare JSON array of job objects in the collection's order, at most
//!   [`DEFAULT_PAGE`] of them. Fixtures that are not JSON are left out so
//!   that the list stays JSON.
//! * `…/jobs/{job}?api-version=…`: the job object.
//! * `…/jobs/{job}/history?api-version=…[&$filter=status eq S][&$top=N][&$skip=N]`:
//!   a bare JSON array of history entries, newest first.
//!
//! Query strings are split on `&` and `=`, then `+` is read as a space and
//! `%XX` escapes are decoded, in names and values alike (`%24top=5`,
//! `$filter=state+eq+enabled`, `$filter=state%20eq%20%27enabled%27`).

use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, MutexGuard};

use crate::fixtures;
use crate::http::{http_date, percent_decode, Request, Response};

/// The `Server` header recorded on management API responses.
pub const SERVER: &str = "1.0.6198.153 (rd_rdfe_stable.141027-2149) Microsoft-HTTPAPI/2.0";
/// The `x-ms-servedbyregion` header recorded on management API responses.
pub const SERVED_BY_REGION: &str = "ussouth2";
/// The only `api-version` of the classic scheduler API.
pub const API_VERSION: &str = "2014-04-01";
/// `x-ms-version` values accepted: the management API versions from
/// 2013-03-01 (the scheduler's first) on. Older management versions
/// (2009-10-01 … 2012-08-01) predate the scheduler and are refused.
pub const ACCEPTED_VERSIONS: &[&str] = &[
    "2013-03-01",
    "2013-06-01",
    "2013-08-01",
    "2013-11-01",
    "2014-02-01",
    "2014-04-01",
    "2014-05-01",
    "2014-06-01",
    "2014-10-01",
];

const XML: &str = "application/xml; charset=utf-8";
const JSON: &str = "application/json; charset=utf-8";

/// Error messages, as documented ("Scheduler Limits, Defaults, and Error
/// Codes") or as seen in recorded traffic.
pub mod messages {
    /// 400 `MissingOrIncorrectVersionHeader`.
    pub const VERSION: &str =
        "The versioning header is not specified or was specified incorrectly.";
    /// 403 `ForbiddenError` and `AuthenticationFailed`.
    pub const AUTH: &str = "The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.";
    /// 404 `ResourceNotFound` for an unknown cloud service.
    pub const CLOUD_SERVICE: &str = "The service name is unknown.";
    /// 404 `ResourceNotFound` for a path that names no resource.
    pub const NO_RESOURCE: &str =
        "The requested URI does not represent any resource on the server.";
    /// 400 `MissingOrInvalidRequiredQueryParameter`.
    pub const QUERY: &str =
        "A required query parameter was not specified for this request or was specified incorrectly.";
    /// 405 `InvalidHttpVerb`.
    pub const VERB: &str =
        "The HTTP verb specified was not recognized by the server or isn't valid for this resource.";
    /// 404 JSON for an unknown job collection.
    pub const COLLECTION: &str = "The specified job collection does not exist.";
    /// 404 JSON for an unknown job.
    pub const JOB: &str = "The specified job does not exist.";
    /// 400 `BadRequest` for a `$top` that is not an integer from 1 to 100.
    pub const TOP: &str =
        "The query parameter '$top' is invalid: it must be an integer between 1 and 100.";
    /// 400 `BadRequest` for a `$skip` that is not a non-negative integer.
    pub const SKIP: &str =
        "The query parameter '$skip' is invalid: it must be a non-negative integer.";
    /// 400 `BadRequest` for a job list `$filter` other than `state eq …`.
    pub const JOB_FILTER: &str = "The query parameter '$filter' is invalid: the only supported filter is 'state eq {enabled|disabled|faulted|completed}'.";
    /// 400 `BadRequest` for a history `$filter` other than `status eq …`.
    pub const HISTORY_FILTER: &str = "The query parameter '$filter' is invalid: the only supported filter is 'status eq {completed|failed|postponed}'.";
}

/// How many items a list or history request returns without `$top` (the
/// service's default page size, which is also the largest `$top`).
pub const DEFAULT_PAGE: usize = 100;

/// Per-emulator state: who may call (the thumbprints registered on each
/// subscription) and how often the state-changing jobs have been read.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Lower-case subscription id → upper-case SHA-1 thumbprints.
    pub subscriptions: HashMap<String, HashSet<String>>,
    /// Successful GETs of the jobs that change state as they are read.
    pub reads: ReadCounts,
}

/// Successful GETs per job, keyed by lower-case `collection/job`. Cloning
/// copies the counts.
#[derive(Debug, Default)]
pub struct ReadCounts(Mutex<HashMap<String, u64>>);

impl Clone for ReadCounts {
    fn clone(&self) -> Self {
        ReadCounts(Mutex::new(self.lock().clone()))
    }
}

impl ReadCounts {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, u64>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn key(collection: &str, job: &str) -> String {
        format!(
            "{}/{}",
            collection.to_ascii_lowercase(),
            job.to_ascii_lowercase()
        )
    }

    /// How many times the job has been read so far.
    pub fn get(&self, collection: &str, job: &str) -> u64 {
        self.lock()
            .get(&Self::key(collection, job))
            .copied()
            .unwrap_or(0)
    }

    /// Counts one more read and returns the new count.
    pub fn bump(&self, collection: &str, job: &str) -> u64 {
        let mut m = self.lock();
        let n = m.entry(Self::key(collection, job)).or_insert(0);
        *n += 1;
        *n
    }
}

impl Registry {
    /// Whether the subscription exists.
    pub fn has_subscription(&self, sub: &str) -> bool {
        self.subscriptions.contains_key(&sub.to_ascii_lowercase())
    }

    /// Whether `thumbprint` is registered on `sub`.
    pub fn authorized(&self, sub: &str, thumbprint: Option<&str>) -> bool {
        match (
            thumbprint,
            self.subscriptions.get(&sub.to_ascii_lowercase()),
        ) {
            (Some(t), Some(set)) => set.contains(&t.to_ascii_uppercase()),
            _ => false,
        }
    }
}

/// A fresh request id: 32 lower-case hex digits from OpenSSL's CSPRNG.
pub fn request_id() -> String {
    let mut b = [0u8; 16];
    if openssl::rand::rand_bytes(&mut b).is_err() {
        // Never expected; fall back to something unique enough.
        let n = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        b = n.to_le_bytes();
    }
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn now_unix() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Headers of the front end's own responses (recorded RDFE errors).
fn front_end(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    Response::new(status, body)
        .header("Cache-Control", "no-cache")
        .header("Content-Type", content_type)
        .header("Server", SERVER)
        .header("x-ms-servedbyregion", SERVED_BY_REGION)
        .header("x-ms-request-id", request_id())
        .header("Date", http_date(now_unix()))
}

/// Headers of responses passed through from the scheduler (recorded job
/// responses: `Pragma`, `Expires: -1` and the ASP.NET headers).
fn scheduler(status: u16, content_type: &str, body: Vec<u8>) -> Response {
    Response::new(status, body)
        .header("Cache-Control", "no-cache")
        .header("Pragma", "no-cache")
        .header("Content-Type", content_type)
        .header("Expires", "-1")
        .header("Server", SERVER)
        .header("x-ms-servedbyregion", SERVED_BY_REGION)
        .header("X-AspNet-Version", "4.0.30319")
        .header("X-Powered-By", "ASP.NET")
        .header("x-ms-request-id", request_id())
        .header("Date", http_date(now_unix()))
}

/// Escapes text for XML; control characters become character references
/// (`&#x1b;`), as .NET's serializer writes them.
fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if c.is_control() => out.push_str(&format!("&#x{:x};", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The management API's XML error body.
pub fn xml_error_body(code: &str, message: &str) -> String {
    format!(
        "<Error xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Code>{}</Code><Message>{}</Message></Error>",
        xml_escape(code),
        xml_escape(message)
    )
}

/// The scheduler's JSON error body (`/` escaped like all its JSON).
pub fn json_error_body(code: &str, message: &str) -> String {
    let v = serde_json::json!({ "error": { "code": code, "message": message } });
    fixtures::service_json(&v.to_string())
}

/// A front-end XML error.
pub fn xml_error(status: u16, code: &str, message: &str) -> Response {
    front_end(status, XML, xml_error_body(code, message).into_bytes())
}

/// A scheduler JSON error.
pub fn json_error(status: u16, code: &str, message: &str) -> Response {
    scheduler(status, JSON, json_error_body(code, message).into_bytes())
}

/// What HTTP.sys answers to a request it cannot parse (sent before any
/// routing; the connection is closed afterwards).
pub fn bad_request(status: u16) -> Response {
    let (title, text) = match status {
        431 => (
            "Request Header Too Long",
            "HTTP Error 400. The size of the request headers is too long.",
        ),
        413 => (
            "Request Entity Too Large",
            "HTTP Error 413. The request entity is too large.",
        ),
        501 => (
            "Not Implemented",
            "HTTP Error 501. The request transfer encoding type is not supported.",
        ),
        _ => (
            "Bad Request",
            "HTTP Error 400. The request is badly formed.",
        ),
    };
    let status = if status == 431 { 400 } else { status };
    let body = format!(
        "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"\"http://www.w3.org/TR/html4/strict.dtd\">\r\n<HTML><HEAD><TITLE>{title}</TITLE>\r\n<META HTTP-EQUIV=\"Content-Type\" Content=\"text/html; charset=us-ascii\"></HEAD>\r\n<BODY><h2>{title}</h2>\r\n<hr><p>{text}</p>\r\n</BODY></HTML>\r\n"
    );
    let mut r = Response::new(status, body.into_bytes())
        .header("Content-Type", "text/html; charset=us-ascii")
        .header("Server", "Microsoft-HTTPAPI/2.0")
        .header("x-ms-request-id", request_id())
        .header("Date", http_date(now_unix()));
    r.close = true;
    r
}

/// Decodes a query-string component: `+` is a space, then `%XX` escapes.
fn query_decode(s: &str) -> Option<String> {
    percent_decode(&s.replace('+', " "))
}

/// The first parameter named `name`: `None` when absent, `Some(None)` when
/// its value cannot be decoded.
fn query_param(query: &str, name: &str) -> Option<Option<String>> {
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if query_decode(k).as_deref() == Some(name) {
            return Some(query_decode(v));
        }
    }
    None
}

/// `$filter`, `$top` and `$skip` of a list or history request.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Page {
    /// The lower-case value of `state eq …` / `status eq …`.
    filter: Option<String>,
    top: usize,
    skip: usize,
}

/// Reads the paging options; `field` and `values` say which `$filter` is
/// allowed (`state` and the job states, or `status` and the history
/// statuses). The error is the 400 message.
fn page(
    query: &str,
    field: &str,
    values: &[&str],
    filter_msg: &'static str,
) -> Result<Page, &'static str> {
    fn number(v: &Option<String>) -> Option<usize> {
        let v = v.as_deref()?;
        if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        v.parse().ok()
    }
    let top = match query_param(query, "$top") {
        None => DEFAULT_PAGE,
        Some(v) => match number(&v) {
            Some(n) if (1..=DEFAULT_PAGE).contains(&n) => n,
            _ => return Err(messages::TOP),
        },
    };
    let skip = match query_param(query, "$skip") {
        None => 0,
        Some(v) => number(&v).ok_or(messages::SKIP)?,
    };
    let filter = match query_param(query, "$filter") {
        None => None,
        Some(v) => {
            let v = v.ok_or(filter_msg)?;
            let words: Vec<&str> = v.split_whitespace().collect();
            let [f, op, value] = words.as_slice() else {
                return Err(filter_msg);
            };
            let value = value
                .strip_prefix('\'')
                .and_then(|x| x.strip_suffix('\''))
                .or_else(|| value.strip_prefix('"').and_then(|x| x.strip_suffix('"')))
                .unwrap_or(value)
                .to_ascii_lowercase();
            if !eq(f, field) || !eq(op, "eq") || !values.contains(&value.as_str()) {
                return Err(filter_msg);
            }
            Some(value)
        }
    };
    Ok(Page { filter, top, skip })
}

/// A bare JSON array of already-serialized items.
fn json_array<I: IntoIterator<Item = String>>(items: I) -> Vec<u8> {
    let mut out = String::from("[");
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&item);
    }
    out.push(']');
    out.into_bytes()
}

fn eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// How a hostile service pages (SPEC §10), when a test asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageTweak {
    /// Serve the page as if `$skip` were 0.
    IgnoreSkip,
    /// Serve this many items more than `$top`.
    Extra(usize),
}

/// Answers one parsed request. `thumbprint` is the SHA-1 of the client
/// certificate presented in the TLS handshake, if any.
pub fn handle(registry: &Registry, req: &Request, thumbprint: Option<&str>) -> Response {
    handle_paged(registry, req, thumbprint, None)
}

/// Like [`handle`], with list and history pages changed by `tweak`.
pub fn handle_paged(
    registry: &Registry,
    req: &Request,
    thumbprint: Option<&str>,
    tweak: Option<PageTweak>,
) -> Response {
    let (path, query) = req.target.split_once('?').unwrap_or((&req.target, ""));
    if !path.starts_with('/') {
        return bad_request(400);
    }
    let segments: Option<Vec<String>> = path[1..].split('/').map(percent_decode).collect();
    let Some(segments) = segments else {
        return bad_request(400);
    };

    // 1. version header
    let version_ok = req
        .header("x-ms-version")
        .map(|v| ACCEPTED_VERSIONS.contains(&v.trim()))
        .unwrap_or(false);
    if !version_ok {
        return xml_error(400, "MissingOrIncorrectVersionHeader", messages::VERSION);
    }

    // 2. subscription
    let sub = segments.first().map(String::as_str).unwrap_or("");
    if sub.is_empty() {
        return xml_error(404, "ResourceNotFound", messages::NO_RESOURCE);
    }
    if !registry.has_subscription(sub) {
        return xml_error(403, "ForbiddenError", messages::AUTH);
    }

    // 3. client certificate
    if !registry.authorized(sub, thumbprint) {
        return xml_error(403, "AuthenticationFailed", messages::AUTH);
    }

    // 4. method
    let head = req.method == "HEAD";
    if req.method != "GET" && !head {
        return xml_error(405, "InvalidHttpVerb", messages::VERB).header("Allow", "GET");
    }

    let rest: Vec<&str> = segments[1..].iter().map(String::as_str).collect();
    match rest.as_slice() {
        [cs_lit, cs, tail @ ..] if eq(cs_lit, "cloudservices") => {
            // 5. cloud service
            if !fixtures::has_cloud_service(cs) {
                return xml_error(404, "ResourceNotFound", messages::CLOUD_SERVICE);
            }
            match tail {
                [] => front_end(200, XML, cloud_service_named_xml(cs).into_bytes()),
                [r, s, t, jc_lit, jc, tail @ ..]
                    if eq(r, "resources")
                        && eq(s, "scheduler")
                        && *t == "~"
                        && eq(jc_lit, "jobCollections") =>
                {
                    scheduler_rp(registry, head, cs, jc, tail, query, tweak)
                }
                _ => xml_error(404, "ResourceNotFound", messages::NO_RESOURCE),
            }
        }
        [cs_lit] if eq(cs_lit, "cloudservices") => {
            front_end(200, XML, cloud_services_xml().into_bytes())
        }
        _ => xml_error(404, "ResourceNotFound", messages::NO_RESOURCE),
    }
}

const NS: &str = "xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"";

/// The region of the demo cloud service, as `GeoRegion` shows it.
pub const GEO_REGION: &str = "West US";

fn intrinsic_settings_xml(s: &fixtures::CollectionSettings) -> String {
    let occurrence = s
        .max_job_occurrence
        .map(|n| format!("<MaxJobOccurrence>{n}</MaxJobOccurrence>"))
        .unwrap_or_default();
    format!(
        "<IntrinsicSettings><Plan>{}</Plan><Quota><MaxJobCount>{}</MaxJobCount>{occurrence}<MaxRecurrence><Frequency>{}</Frequency><Interval>{}</Interval></MaxRecurrence></Quota></IntrinsicSettings>",
        s.plan, s.max_job_count, s.max_recurrence.0, s.max_recurrence.1
    )
}

const OPERATION_STATUS: &str = "<OperationStatus><Error><HttpCode>200</HttpCode><Message>OK</Message></Error><Result>Succeeded</Result></OperationStatus>";

/// The body of `GET …/jobCollections/{jc}` (`application/xml`), in the
/// element order of a recorded response (alphabetical, as the service's
/// DataContractSerializer writes them): `CloudServiceSettings/GeoRegion`,
/// `ETag`, `IntrinsicSettings` {`Plan`, `Quota` {`MaxJobCount`,
/// `MaxJobOccurrence`, `MaxRecurrence` {`Frequency`, `Interval`}}}, `Name`,
/// `OperationStatus` {`Error` {`HttpCode`, `Message`}, `Result`},
/// `PromotionCode` (empty), `SchemaVersion` (`1.1`), `State`, `SubState`
/// (`i:nil`), `Type` (`jobcollections`).
///
/// Sources: the response recorded in Vidar Kongsli's 2014 Bekk blog post on
/// the Scheduler REST API from PowerShell (`<Resource …><CloudServiceSettings>
/// <GeoRegion>North Europe</GeoRegion></CloudServiceSettings><ETag>…` for a
/// Standard collection without `MaxJobOccurrence`); the parser of
/// `JobCollectionOperations.GetAsync` in Azure/azure-sdk-for-net
/// (`src/SchedulerManagement/Generated/JobCollectionOperations.cs`), which
/// reads the same elements; the "Get Job Collection" REST reference
/// (dn528939).
pub fn collection_xml(c: &fixtures::CollectionFixture) -> String {
    let s = &c.settings;
    format!(
        "<Resource {NS}><CloudServiceSettings><GeoRegion>{GEO_REGION}</GeoRegion></CloudServiceSettings><ETag>{}</ETag>{}<Name>{}</Name>{OPERATION_STATUS}<PromotionCode></PromotionCode><SchemaVersion>1.1</SchemaVersion><State>{}</State><SubState i:nil=\"true\"/><Type>jobcollections</Type></Resource>",
        s.etag,
        intrinsic_settings_xml(s),
        xml_escape(c.name),
        s.state
    )
}

/// The body of `GET /{sub}/cloudservices/{cs}` (`application/xml`): `Name`,
/// `Label`, `Description`, `GeoRegion`, then one `<Resource>` per job
/// collection with `ResourceProviderNamespace` (`scheduler`), `Type`
/// (`jobcollections`), `Name`, `SchemaVersion`, `ETag`, `State`, `SubState`,
/// `IntrinsicSettings` and `OperationStatus`.
///
/// Sources: the "Get Cloud Service" REST reference of the scheduler
/// (dn495649: `<CloudService xmlns=…><Name/><Label/><Description/>
/// <GeoRegion/><Resources><Resource><ResourceProviderNamespace>scheduler
/// </ResourceProviderNamespace><Type>jobcollections</Type><Name/>
/// <SchemaVersion>1.1</SchemaVersion><ETag/>…`) and the parser of
/// `CloudServiceOperations.GetAsync` in Azure/azure-sdk-for-net. The label and
/// description are the emulator's own; the rest of each `<Resource>` follows
/// [`collection_xml`] (SPEC §2).
pub fn cloud_service_xml() -> String {
    demo_cloud_service_element(NS)
}

/// The body of `GET /{sub}/cloudservices/{cs}` for any cloud service of the
/// demo subscription (`cs` is known to exist).
fn cloud_service_named_xml(cs: &str) -> String {
    match fixtures::other_cloud_service(cs) {
        Some(other) => other_cloud_service_element(other, NS),
        None => cloud_service_xml(),
    }
}

/// The body of `GET /{sub}/cloudservices` (`application/xml`): one
/// `<CloudService>` per cloud service of the subscription, each shaped like
/// the single GET's, the scheduler's first, then those without any job
/// collection ([`fixtures::OTHER_CLOUD_SERVICES`]). Source: "List Cloud
/// Services" of the Service Management REST reference (`<CloudServices
/// xmlns=…><CloudService><Name/><Label/><Description/><GeoRegion/>
/// <Resources>…</Resources></CloudService>…</CloudServices>`), read by
/// `CloudServiceOperations.ListAsync` in Azure/azure-sdk-for-net.
pub fn cloud_services_xml() -> String {
    let mut out = format!("<CloudServices {NS}>");
    out.push_str(&demo_cloud_service_element(""));
    for other in fixtures::OTHER_CLOUD_SERVICES {
        out.push_str(&other_cloud_service_element(other, ""));
    }
    out.push_str("</CloudServices>");
    out
}

/// `<CloudService>` for one without job collections; `ns` holds the
/// namespace attributes of a root element, empty inside `<CloudServices>`.
fn other_cloud_service_element(c: &fixtures::OtherCloudService, ns: &str) -> String {
    let open = if ns.is_empty() {
        "<CloudService>".to_string()
    } else {
        format!("<CloudService {ns}>")
    };
    let resources = if c.resources_xml.is_empty() {
        "<Resources/>".to_string()
    } else {
        format!("<Resources>{}</Resources>", c.resources_xml)
    };
    format!(
        "{open}<Name>{name}</Name><Label>{name}</Label><Description>{}</Description><GeoRegion>{}</GeoRegion>{resources}</CloudService>",
        c.description,
        c.geo_region,
        name = c.name
    )
}

/// `<CloudService>` of the demo scheduler cloud service; `ns` as for
/// [`other_cloud_service_element`].
fn demo_cloud_service_element(ns: &str) -> String {
    let open = if ns.is_empty() {
        "<CloudService>".to_string()
    } else {
        format!("<CloudService {ns}>")
    };
    let mut out = format!(
        "{open}<Name>{DEMO}</Name><Label>{DEMO}</Label><Description>Job collections of Azure Scheduler in {GEO_REGION}</Description><GeoRegion>{GEO_REGION}</GeoRegion><Resources>",
        DEMO = crate::DEMO_CLOUD_SERVICE
    );
    for c in fixtures::collections() {
        let s = &c.settings;
        out.push_str(&format!(
            "<Resource><ResourceProviderNamespace>scheduler</ResourceProviderNamespace><Type>jobcollections</Type><Name>{}</Name><SchemaVersion>1.1</SchemaVersion><ETag>{}</ETag><State>{}</State><SubState i:nil=\"true\"/>{}{OPERATION_STATUS}</Resource>",
            xml_escape(c.name),
            s.etag,
            s.state,
            intrinsic_settings_xml(s)
        ));
    }
    out.push_str("</Resources></CloudService>");
    out
}

/// The scheduler resource provider: `…/jobCollections/{jc}/{tail}`.
fn scheduler_rp(
    registry: &Registry,
    head: bool,
    cs: &str,
    jc: &str,
    tail: &[&str],
    query: &str,
    tweak: Option<PageTweak>,
) -> Response {
    // 6. api-version
    match query_param(query, "api-version") {
        Some(Some(v)) if v == API_VERSION => {}
        _ => {
            return xml_error(
                400,
                "MissingOrInvalidRequiredQueryParameter",
                messages::QUERY,
            )
        }
    }
    // 7. collection
    let Some(coll) = fixtures::collection(cs, jc) else {
        return json_error(404, "ResourceNotFound", messages::COLLECTION);
    };
    match tail {
        [] => front_end(200, XML, collection_xml(coll).into_bytes()),
        [j] if eq(j, "jobs") => job_list(registry, coll, query, tweak),
        [j, job] if eq(j, "jobs") => match coll.job(job) {
            // 8. job
            Some(f) => {
                let body = match f.changes {
                    // Only GETs that succeed count as reads.
                    Some(_) if !head => f.body_after(registry.reads.bump(coll.name, f.name)),
                    Some(_) => f.body_after(registry.reads.get(coll.name, f.name)),
                    None => f.body(),
                };
                scheduler(200, f.content_type, body)
            }
            None => json_error(404, "ResourceNotFound", messages::JOB),
        },
        [j, job, h] if eq(j, "jobs") && eq(h, "history") => match coll.job(job) {
            Some(f) => job_history(registry, coll, f, query, tweak),
            None => json_error(404, "ResourceNotFound", messages::JOB),
        },
        _ => json_error(404, "ResourceNotFound", messages::NO_RESOURCE),
    }
}

/// The job's body as the list and history see it (reading these does not
/// advance a state-changing job).
fn current_body(
    registry: &Registry,
    coll: &fixtures::CollectionFixture,
    f: &fixtures::JobFixture,
) -> Vec<u8> {
    f.body_after(registry.reads.get(coll.name, f.name))
}

const JOB_STATES: &[&str] = &["enabled", "disabled", "faulted", "completed"];
const HISTORY_STATUSES: &[&str] = &["completed", "failed", "postponed"];

/// The items to skip and take for a page, as the service would, or as a
/// hostile one does when a test asks.
fn skip_take(p: &Page, tweak: Option<PageTweak>) -> (usize, usize) {
    match tweak {
        None => (p.skip, p.top),
        Some(PageTweak::IgnoreSkip) => (0, p.top),
        Some(PageTweak::Extra(n)) => (p.skip, p.top.saturating_add(n)),
    }
}

fn job_list(
    registry: &Registry,
    coll: &fixtures::CollectionFixture,
    query: &str,
    tweak: Option<PageTweak>,
) -> Response {
    let p = match page(query, "state", JOB_STATES, messages::JOB_FILTER) {
        Ok(p) => p,
        Err(m) => return json_error(400, "BadRequest", m),
    };
    let (skip, take) = skip_take(&p, tweak);
    let items = coll
        .jobs
        .iter()
        .filter(|f| f.json)
        .map(|f| String::from_utf8_lossy(&current_body(registry, coll, f)).into_owned())
        .filter(|body| match &p.filter {
            None => true,
            Some(state) => serde_json::from_str::<serde_json::Value>(body)
                .ok()
                .and_then(|v| v["state"].as_str().map(|s| s.eq_ignore_ascii_case(state)))
                .unwrap_or(false),
        })
        .skip(skip)
        .take(take);
    scheduler(200, JSON, json_array(items))
}

fn job_history(
    registry: &Registry,
    coll: &fixtures::CollectionFixture,
    f: &fixtures::JobFixture,
    query: &str,
    tweak: Option<PageTweak>,
) -> Response {
    let p = match page(query, "status", HISTORY_STATUSES, messages::HISTORY_FILTER) {
        Ok(p) => p,
        Err(m) => return json_error(400, "BadRequest", m),
    };
    let (skip, take) = skip_take(&p, tweak);
    let entries = if f.json {
        serde_json::from_slice::<serde_json::Value>(&current_body(registry, coll, f))
            .map(|v| fixtures::history(coll.name, &v))
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    let items = entries
        .iter()
        .filter(|e| p.filter.as_deref().is_none_or(|s| e.status == s))
        .skip(skip)
        .take(take)
        .map(|e| fixtures::service_json(&e.to_json().to_string()));
    scheduler(200, JSON, json_array(items))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{COMPLETES_AFTER_3, FAULTS_AFTER_3, JOB1_HISTORY};
    use crate::{DEMO_CLOUD_SERVICE, DEMO_SUBSCRIPTION};

    const T: &str = "0123456789ABCDEF0123456789ABCDEF01234567";

    fn registry() -> Registry {
        let mut r = Registry::default();
        r.subscriptions
            .entry(DEMO_SUBSCRIPTION.to_string())
            .or_default()
            .insert(T.to_string());
        r
    }

    fn get(target: &str, version: Option<&str>) -> Request {
        let mut headers = vec![("Host".to_string(), "x".to_string())];
        if let Some(v) = version {
            headers.push(("x-ms-version".to_string(), v.to_string()));
        }
        Request {
            method: "GET".into(),
            target: target.into(),
            version: 1,
            headers,
            body: vec![],
        }
    }

    fn job_path(sub: &str, cs: &str, jc: &str, job: &str, q: &str) -> String {
        format!("/{sub}/cloudservices/{cs}/resources/scheduler/~/jobCollections/{jc}/jobs/{job}{q}")
    }

    fn code(r: &Response) -> (u16, String) {
        let body = String::from_utf8_lossy(&r.body).into_owned();
        let code = body
            .split("<Code>")
            .nth(1)
            .and_then(|s| s.split("</Code>").next())
            .map(str::to_string)
            .or_else(|| {
                serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v["error"]["code"].as_str().map(str::to_string))
            })
            .unwrap_or_default();
        (r.status, code)
    }

    #[test]
    fn order_of_checks() {
        let reg = registry();
        let q = "?api-version=2014-04-01";
        let good = job_path(DEMO_SUBSCRIPTION, DEMO_CLOUD_SERVICE, "myjc", "job1", q);
        let lower = T.to_ascii_lowercase();
        let cases: Vec<(Request, Option<&str>, (u16, &str))> = vec![
            (
                get(&good, None),
                Some(T),
                (400, "MissingOrIncorrectVersionHeader"),
            ),
            (
                get(&good, Some("2012-03-01")),
                Some(T),
                (400, "MissingOrIncorrectVersionHeader"),
            ),
            (
                get(
                    &job_path("00000000-0000-0000-0000-000000000000", "x", "y", "z", ""),
                    Some("2013-06-01"),
                ),
                None,
                (403, "ForbiddenError"),
            ),
            (
                get(&good, Some("2013-06-01")),
                None,
                (403, "AuthenticationFailed"),
            ),
            (
                get(&good, Some("2013-06-01")),
                Some("AB"),
                (403, "AuthenticationFailed"),
            ),
            (
                get(
                    &job_path(DEMO_SUBSCRIPTION, "CS-Nowhere", "y", "z", ""),
                    Some("2013-06-01"),
                ),
                Some(T),
                (404, "ResourceNotFound"),
            ),
            (
                get(
                    &job_path(DEMO_SUBSCRIPTION, DEMO_CLOUD_SERVICE, "nope", "z", ""),
                    Some("2013-06-01"),
                ),
                Some(T),
                (400, "MissingOrInvalidRequiredQueryParameter"),
            ),
            (
                get(
                    &job_path(
                        DEMO_SUBSCRIPTION,
                        DEMO_CLOUD_SERVICE,
                        "nope",
                        "z",
                        "?api-version=2016-03-01",
                    ),
                    Some("2013-06-01"),
                ),
                Some(T),
                (400, "MissingOrInvalidRequiredQueryParameter"),
            ),
            (
                get(
                    &job_path(DEMO_SUBSCRIPTION, DEMO_CLOUD_SERVICE, "nope", "z", q),
                    Some("2013-06-01"),
                ),
                Some(T),
                (404, "ResourceNotFound"),
            ),
            (
                get(
                    &job_path(DEMO_SUBSCRIPTION, DEMO_CLOUD_SERVICE, "myjc", "job9", q),
                    Some("2013-06-01"),
                ),
                Some(T),
                (404, "ResourceNotFound"),
            ),
            (
                get(&good, Some("2014-10-01")),
                Some(lower.as_str()),
                (200, ""),
            ),
        ];
        for (req, thumb, want) in cases {
            let r = handle(&reg, &req, thumb);
            assert_eq!(code(&r), (want.0, want.1.to_string()), "{}", req.target);
            assert!(r
                .headers
                .iter()
                .any(|(n, v)| n == "x-ms-request-id" && v.len() == 32));
        }
    }

    #[test]
    fn xml_and_json_envelopes() {
        assert_eq!(
            xml_error_body("ResourceNotFound", "The service name is unknown."),
            "<Error xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Code>ResourceNotFound</Code><Message>The service name is unknown.</Message></Error>"
        );
        assert_eq!(
            json_error_body("ResourceNotFound", messages::JOB),
            r#"{"error":{"code":"ResourceNotFound","message":"The specified job does not exist."}}"#
        );
    }

    #[test]
    fn percent_encoded_segments_and_case() {
        let reg = registry();
        let p = format!(
            "/{DEMO_SUBSCRIPTION}/CloudServices/cs-westus-scheduler/resources/scheduler/~/JobCollections/%6Dyjc/jobs/job%31?api%2Dversion=2014-04-01"
        );
        let r = handle(&reg, &get(&p, Some("2013-06-01")), Some(T));
        assert_eq!(r.status, 200);
        let p = job_path(
            DEMO_SUBSCRIPTION,
            DEMO_CLOUD_SERVICE,
            "myjc",
            "..%2Fjob1",
            "?api-version=2014-04-01",
        );
        assert_eq!(
            handle(&reg, &get(&p, Some("2013-06-01")), Some(T)).status,
            404
        );
        let p = job_path(DEMO_SUBSCRIPTION, DEMO_CLOUD_SERVICE, "myjc", "%ZZ", "");
        assert_eq!(
            handle(&reg, &get(&p, Some("2013-06-01")), Some(T)).status,
            400
        );
    }

    #[test]
    fn methods() {
        let reg = registry();
        let mut req = get(
            &job_path(
                DEMO_SUBSCRIPTION,
                DEMO_CLOUD_SERVICE,
                "myjc",
                "job1",
                "?api-version=2014-04-01",
            ),
            Some("2013-06-01"),
        );
        req.method = "DELETE".into();
        let r = handle(&reg, &req, Some(T));
        assert_eq!(code(&r), (405, "InvalidHttpVerb".into()));
        assert!(r.headers.iter().any(|(n, v)| n == "Allow" && v == "GET"));
    }

    fn base(jc: &str, rest: &str) -> String {
        format!("/{DEMO_SUBSCRIPTION}/cloudservices/{DEMO_CLOUD_SERVICE}/resources/scheduler/~/jobCollections/{jc}{rest}")
    }

    fn call(reg: &Registry, target: &str) -> Response {
        handle(reg, &get(target, Some("2013-06-01")), Some(T))
    }

    fn array(r: &Response) -> Vec<serde_json::Value> {
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        v.as_array().unwrap().clone()
    }

    fn ids(r: &Response) -> Vec<String> {
        array(r)
            .iter()
            .map(|v| v["id"].as_str().unwrap_or("?").to_string())
            .collect()
    }

    fn bad(r: &Response) -> String {
        assert_eq!(code(r), (400, "BadRequest".to_string()));
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        v["error"]["message"].as_str().unwrap().to_string()
    }

    /// Parses XML with quick-xml (checking that end tags match) and returns
    /// `(path, text)` for every text node, paths like `CloudService/Name`.
    fn xml_texts(body: &[u8]) -> Vec<(String, String)> {
        use quick_xml::events::Event;
        let mut reader = quick_xml::Reader::from_reader(body);
        let mut stack: Vec<String> = Vec::new();
        let mut out = Vec::new();
        let mut buf = Vec::new();
        let mut roots = 0;
        loop {
            match reader.read_event_into(&mut buf).expect("well-formed XML") {
                Event::Start(e) => {
                    if stack.is_empty() {
                        roots += 1;
                    }
                    stack.push(String::from_utf8(e.local_name().as_ref().to_vec()).unwrap());
                }
                Event::End(_) => {
                    stack.pop().expect("balanced");
                }
                Event::Empty(e) => {
                    let mut p = stack.join("/");
                    p.push('/');
                    p.push_str(std::str::from_utf8(e.local_name().as_ref()).unwrap());
                    out.push((p, String::new()));
                }
                Event::Text(t) => {
                    out.push((stack.join("/"), t.decode().unwrap().into_owned()));
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        assert!(stack.is_empty());
        assert_eq!(roots, 1);
        out
    }

    fn texts_at(texts: &[(String, String)], path: &str) -> Vec<String> {
        texts
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, t)| t.clone())
            .collect()
    }

    #[test]
    fn big_list_pages_100_100_50() {
        let reg = registry();
        let q = "/jobs?api-version=2014-04-01";
        let all = ids(&call(&reg, &base("big", q)));
        assert_eq!(all.len(), DEFAULT_PAGE, "no $top: the default page");
        assert_eq!((all[0].as_str(), all[99].as_str()), ("job-001", "job-100"));
        let mut seen = Vec::new();
        for skip in [0, 100, 200, 300] {
            let page = ids(&call(
                &reg,
                &base("big", &format!("{q}&$top=100&$skip={skip}")),
            ));
            seen.push(page.len());
            if skip == 200 {
                assert_eq!(page.last().map(String::as_str), Some("job-250"));
            }
        }
        assert_eq!(seen, [100, 100, 50, 0]);
        let r = call(&reg, &base("big", &format!("{q}&$top=1")));
        assert_eq!(ids(&r), ["job-001"]);
        assert_eq!(
            r.headers
                .iter()
                .find(|(n, _)| n == "Content-Type")
                .unwrap()
                .1,
            "application/json; charset=utf-8"
        );
        // Compact and `\/`-escaped, like the job GET.
        let text = String::from_utf8(r.body.clone()).unwrap();
        assert!(
            text.starts_with("[{\"id\":\"job-001\",\"startTime\":"),
            "{text}"
        );
        assert!(!text.replace("\\/", "").contains('/'));
        let single = call(&reg, &base("big", "/jobs/job-001?api-version=2014-04-01"));
        assert_eq!(
            text,
            format!("[{}]", String::from_utf8(single.body).unwrap())
        );
    }

    #[test]
    fn list_filters_by_state() {
        let reg = registry();
        let count = |filter: &str| -> (usize, Vec<String>) {
            let mut states = Vec::new();
            let mut n = 0;
            for skip in [0, 100, 200] {
                let r = call(
                    &reg,
                    &base(
                        "big",
                        &format!("/jobs?api-version=2014-04-01&{filter}&$skip={skip}"),
                    ),
                );
                for v in array(&r) {
                    n += 1;
                    states.push(v["state"].as_str().unwrap().to_string());
                }
            }
            states.dedup();
            (n, states)
        };
        assert_eq!(
            count("$filter=state%20eq%20disabled"),
            (30, vec!["disabled".into()])
        );
        assert_eq!(
            count("$filter=state+eq+enabled"),
            (180, vec!["enabled".into()])
        );
        assert_eq!(
            count("%24filter=state%20eq%20%27faulted%27"),
            (21, vec!["faulted".into()])
        );
        assert_eq!(
            count("$filter=State Eq 'COMPLETED'"),
            (19, vec!["completed".into()])
        );
        let disabled = ids(&call(
            &reg,
            &base(
                "big",
                "/jobs?api-version=2014-04-01&$filter=state eq disabled&$top=3&$skip=1",
            ),
        ));
        assert_eq!(disabled, ["job-014", "job-021", "job-028"]);
        // myjc: one disabled job; faulty: only its JSON fixtures.
        let r = call(
            &reg,
            &base(
                "myjc",
                "/jobs?api-version=2014-04-01&$filter=state eq disabled",
            ),
        );
        assert_eq!(ids(&r), ["paused"]);
        assert_eq!(
            ids(&call(&reg, &base("myjc", "/jobs?api-version=2014-04-01"))).len(),
            13
        );
        let r = call(&reg, &base("faulty", "/jobs?api-version=2014-04-01"));
        let v = array(&r);
        assert_eq!(v.len(), 1);
        assert!(v[0].is_array(), "wrongshape is listed as it is");
    }

    #[test]
    fn paging_options_are_checked() {
        let reg = registry();
        let list = |q: &str| {
            call(
                &reg,
                &base("big", &format!("/jobs?api-version=2014-04-01&{q}")),
            )
        };
        for q in [
            "$top=0",
            "$top=101",
            "%24top=-1",
            "$top=abc",
            "$top=",
            "$top=1e2",
            "$top=99999999999999999999999",
        ] {
            assert_eq!(bad(&list(q)), messages::TOP, "{q}");
        }
        for q in ["$skip=-1", "$skip=x", "$skip=%2B1"] {
            assert_eq!(bad(&list(q)), messages::SKIP, "{q}");
        }
        for q in [
            "$filter=state eq paused",
            "$filter=status eq enabled",
            "$filter=state ne enabled",
            "$filter=state eq enabled and state eq disabled",
            "$filter=",
            "$filter=state%ZZ",
        ] {
            assert_eq!(bad(&list(q)), messages::JOB_FILTER, "{q}");
        }
        assert!(messages::TOP.contains("$top"));
        assert_eq!(ids(&list("$top=100&$skip=249")), ["job-250"]);
        // The checks come after the collection's.
        let r = call(&reg, &base("nope", "/jobs?api-version=2014-04-01&$top=0"));
        assert_eq!(code(&r), (404, "ResourceNotFound".into()));
        let r = call(&reg, &base("big", "/jobs?$top=0"));
        assert_eq!(
            code(&r),
            (400, "MissingOrInvalidRequiredQueryParameter".into())
        );
    }

    #[test]
    fn history_pages_newest_first() {
        let reg = registry();
        let h = |job: &str, q: &str| {
            array(&call(
                &reg,
                &base(
                    "myjc",
                    &format!("/jobs/{job}/history?api-version=2014-04-01{q}"),
                ),
            ))
        };
        let first = h("job1", "");
        let second = h("job1", "&$skip=100");
        assert_eq!((first.len(), second.len()), (100, 20));
        let all: Vec<serde_json::Value> = first.into_iter().chain(second).collect();
        assert_eq!(all.len(), JOB1_HISTORY);
        let keys: Vec<&str> = all[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "jobId",
                "timestamp",
                "startTime",
                "endTime",
                "state",
                "status",
                "message",
                "retryCount",
                "repeatCount",
                "actionName"
            ]
        );
        for w in all.windows(2) {
            assert!(
                w[0]["timestamp"].as_str() > w[1]["timestamp"].as_str(),
                "newest first"
            );
        }
        for (i, e) in all.iter().enumerate() {
            if e["actionName"] == "ErrorAction" {
                let next = &all[i + 1];
                assert_eq!(
                    (&next["actionName"], &next["status"]),
                    (&"MainAction".into(), &"failed".into())
                );
                assert!(e["message"].as_str().unwrap().starts_with("StorageQueue Action - The message 'job1 failed: see https://contoso-orders.cloudapp.net/status' was successfully sent to the queue 'scheduler-errors' in the storage account 'contosoorders'"));
            }
        }
        let failed = h("job1", "&$filter=status eq failed");
        assert!(!failed.is_empty() && failed.iter().all(|e| e["status"] == "failed"));
        assert!(failed[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Http Action - Request to host 'contoso-orders.cloudapp.net' failed: "));
        let postponed = h("job1", "&%24filter=status+eq+%27postponed%27");
        assert!(!postponed.is_empty());
        assert_eq!(postponed[0]["message"], POSTPONED_MESSAGE);
        let completed = h("job1", "&$filter=status eq completed&$top=1");
        assert!(completed[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("Http Action - Response from host 'contoso-orders.cloudapp.net': 'OK' Response Headers: "));
        assert_eq!(
            all.iter().filter(|e| e["status"] == "failed").count(),
            failed.len()
        );
        assert!(h("never-run", "").is_empty());
        assert!(h("paused", "").is_empty());
        // The service keeps 1000 entries.
        assert_eq!(h("heartbeat", "&$skip=900").len(), 100);
        assert!(h("heartbeat", "&$skip=1000").is_empty());
        let r = call(
            &reg,
            &base("myjc", "/jobs/job1/history?api-version=2014-04-01&$top=101"),
        );
        assert_eq!(bad(&r), messages::TOP);
        let r = call(
            &reg,
            &base(
                "myjc",
                "/jobs/job1/history?api-version=2014-04-01&$filter=state eq enabled",
            ),
        );
        assert_eq!(bad(&r), messages::HISTORY_FILTER);
        let r = call(
            &reg,
            &base("myjc", "/jobs/nope/history?api-version=2014-04-01"),
        );
        assert_eq!(code(&r), (404, "ResourceNotFound".into()));
        assert!(String::from_utf8_lossy(&r.body).contains(messages::JOB));
        let r = call(
            &reg,
            &base("faulty", "/jobs/htmlpage/history?api-version=2014-04-01"),
        );
        assert_eq!(r.body, b"[]");
        // Error actions of a faulted job follow its failed main actions.
        let broken = h("broken-hook", "");
        assert_eq!(broken.len(), 12);
        assert_eq!(broken[0]["state"], "faulted");
        assert_eq!(broken[0]["actionName"], "ErrorAction");
        assert_eq!(broken[1]["actionName"], "MainAction");
    }

    const POSTPONED_MESSAGE: &str = fixtures::POSTPONED;

    #[test]
    fn jobs_change_state_after_reads() {
        let reg = registry();
        let job = |name: &str| base("waiting", &format!("/jobs/{name}?api-version=2014-04-01"));
        let list_states = || -> Vec<String> {
            array(&call(
                &reg,
                &base("waiting", "/jobs?api-version=2014-04-01"),
            ))
            .iter()
            .map(|v| v["state"].as_str().unwrap().to_string())
            .collect()
        };
        assert_eq!(list_states(), ["enabled", "enabled"]);
        let mut seen = Vec::new();
        for _ in 0..4 {
            let v: serde_json::Value =
                serde_json::from_slice(&call(&reg, &job(COMPLETES_AFTER_3)).body).unwrap();
            seen.push((
                v["state"].as_str().unwrap().to_string(),
                v["status"]["executionCount"].as_u64().unwrap(),
            ));
            // Lists and HEADs do not count as reads.
            list_states();
            let mut head = get(&job(COMPLETES_AFTER_3), Some("2013-06-01"));
            head.method = "HEAD".into();
            assert_eq!(handle(&reg, &head, Some(T)).status, 200);
        }
        assert_eq!(
            seen,
            [
                ("enabled".to_string(), 1),
                ("enabled".to_string(), 2),
                ("completed".to_string(), 3),
                ("completed".to_string(), 4)
            ]
        );
        assert_eq!(list_states(), ["completed", "enabled"]);
        assert_eq!(reg.reads.get("waiting", COMPLETES_AFTER_3), 4);
        let states: Vec<(String, u64, u64)> = (0..3)
            .map(|_| {
                let v: serde_json::Value =
                    serde_json::from_slice(&call(&reg, &job("FAULTS-after-3")).body).unwrap();
                (
                    v["state"].as_str().unwrap().to_string(),
                    v["status"]["failureCount"].as_u64().unwrap(),
                    v["status"]["faultedCount"].as_u64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            states,
            [
                ("enabled".into(), 1, 0),
                ("enabled".into(), 2, 0),
                ("faulted".into(), 3, 1)
            ]
        );
        let r = call(
            &reg,
            &base(
                "waiting",
                "/jobs?api-version=2014-04-01&$filter=state eq faulted",
            ),
        );
        assert_eq!(ids(&r), [FAULTS_AFTER_3]);
        // History follows the runs so far.
        let h = array(&call(
            &reg,
            &base(
                "waiting",
                &format!("/jobs/{FAULTS_AFTER_3}/history?api-version=2014-04-01"),
            ),
        ));
        assert_eq!(h.len(), 6, "3 failed runs, each with its error action");
        // A fresh registry (another emulator) starts again.
        let other = registry();
        let v: serde_json::Value =
            serde_json::from_slice(&call(&other, &job(COMPLETES_AFTER_3)).body).unwrap();
        assert_eq!(v["state"], "enabled");
        // Failed GETs do not count.
        let before = reg.reads.get("waiting", COMPLETES_AFTER_3);
        handle(&reg, &get(&job(COMPLETES_AFTER_3), None), Some(T));
        handle(
            &reg,
            &get(&job(COMPLETES_AFTER_3), Some("2013-06-01")),
            None,
        );
        assert_eq!(reg.reads.get("waiting", COMPLETES_AFTER_3), before);
    }

    #[test]
    fn the_subscription_lists_its_cloud_services_in_xml() {
        let reg = registry();
        let r = call(&reg, &format!("/{DEMO_SUBSCRIPTION}/CloudServices"));
        assert_eq!(r.status, 200);
        let body = String::from_utf8(r.body.clone()).unwrap();
        assert!(body.starts_with("<CloudServices xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><CloudService><Name>CS-WestUS-scheduler</Name>"), "{body}");
        let t = xml_texts(&r.body);
        let at = |p: &str| texts_at(&t, p);
        assert_eq!(
            at("CloudServices/CloudService/Name"),
            ["CS-WestUS-scheduler", "contoso-web", "contoso-cache"]
        );
        assert_eq!(
            at("CloudServices/CloudService/GeoRegion"),
            ["West US", "North Europe", "West Europe"]
        );
        assert_eq!(
            at("CloudServices/CloudService/Resources/Resource/ResourceProviderNamespace"),
            [
                "scheduler",
                "scheduler",
                "scheduler",
                "scheduler",
                "scheduler",
                "scheduler",
                "cacheservice"
            ]
        );
        // Each is also there on its own, with no job collection.
        let r = call(
            &reg,
            &format!("/{DEMO_SUBSCRIPTION}/cloudservices/contoso-web"),
        );
        assert_eq!(r.status, 200);
        assert!(String::from_utf8(r.body).unwrap().contains("<Resources/>"));
        let r = call(&reg, "/00000000-0000-4000-8000-00000000dead/cloudservices");
        assert_eq!(r.status, 403);
    }

    #[test]
    fn cloud_service_lists_collections_in_xml() {
        let reg = registry();
        let r = call(
            &reg,
            &format!("/{DEMO_SUBSCRIPTION}/cloudservices/cs-westus-scheduler"),
        );
        assert_eq!(r.status, 200);
        let h = |n: &str| {
            r.headers
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(h("Content-Type"), Some("application/xml; charset=utf-8"));
        assert!(h("x-ms-request-id").is_some_and(|v| v.len() == 32));
        assert_eq!(h("Pragma"), None, "front-end headers");
        let body = String::from_utf8(r.body.clone()).unwrap();
        assert!(body.starts_with("<CloudService xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Name>CS-WestUS-scheduler</Name>"));
        let t = xml_texts(&r.body);
        let at = |p: &str| texts_at(&t, p);
        assert_eq!(at("CloudService/GeoRegion"), ["West US"]);
        let res = "CloudService/Resources/Resource";
        assert_eq!(
            at(&format!("{res}/Name")),
            ["myjc", "faulty", "big", "waiting", "intl", "hostile"]
        );
        assert_eq!(
            at(&format!("{res}/ResourceProviderNamespace")),
            ["scheduler"; 6]
        );
        assert_eq!(at(&format!("{res}/Type")), ["jobcollections"; 6]);
        assert_eq!(
            at(&format!("{res}/State")),
            ["Started", "Stopped", "Started", "Started", "Started", "Started"]
        );
        assert_eq!(
            at(&format!("{res}/IntrinsicSettings/Plan")),
            ["Standard", "Free", "Premium", "Premium", "Free", "Free"]
        );
        assert_eq!(
            at(&format!("{res}/IntrinsicSettings/Quota/MaxJobCount")),
            ["50", "5", "1000", "50", "5", "5"]
        );
        assert_eq!(
            at(&format!(
                "{res}/IntrinsicSettings/Quota/MaxRecurrence/Frequency"
            )),
            ["Minute", "Hour", "Minute", "Minute", "Hour", "Hour"]
        );
        assert_eq!(
            at(&format!("{res}/OperationStatus/Result")),
            ["Succeeded"; 6]
        );
        // The quota allows the jobs each collection holds.
        for c in fixtures::collections() {
            assert!(
                c.jobs.len() <= c.settings.max_job_count as usize,
                "{}",
                c.name
            );
        }
        // With a query string too; HEAD gets the same headers.
        let r = call(
            &reg,
            &format!(
                "/{DEMO_SUBSCRIPTION}/cloudservices/{DEMO_CLOUD_SERVICE}?api-version=2014-04-01"
            ),
        );
        assert_eq!(r.status, 200);
        let r = call(
            &reg,
            &format!("/{DEMO_SUBSCRIPTION}/cloudservices/CS-Nowhere"),
        );
        assert_eq!(code(&r), (404, "ResourceNotFound".into()));
    }

    #[test]
    fn collection_get_is_xml() {
        let reg = registry();
        let r = call(&reg, &base("MyJC", "?api-version=2014-04-01"));
        assert_eq!(r.status, 200);
        assert_eq!(
            r.headers
                .iter()
                .find(|(n, _)| n == "Content-Type")
                .unwrap()
                .1,
            "application/xml; charset=utf-8"
        );
        let body = String::from_utf8(r.body.clone()).unwrap();
        assert_eq!(
            body,
            "<Resource xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><CloudServiceSettings><GeoRegion>West US</GeoRegion></CloudServiceSettings><ETag>9134ee7f-ba2b-4298-b3c1-540c4ee2d0cc</ETag><IntrinsicSettings><Plan>Standard</Plan><Quota><MaxJobCount>50</MaxJobCount><MaxRecurrence><Frequency>Minute</Frequency><Interval>1</Interval></MaxRecurrence></Quota></IntrinsicSettings><Name>myjc</Name><OperationStatus><Error><HttpCode>200</HttpCode><Message>OK</Message></Error><Result>Succeeded</Result></OperationStatus><PromotionCode></PromotionCode><SchemaVersion>1.1</SchemaVersion><State>Started</State><SubState i:nil=\"true\"/><Type>jobcollections</Type></Resource>"
        );
        for c in fixtures::collections() {
            let r = call(&reg, &base(c.name, "?api-version=2014-04-01"));
            let t = xml_texts(&r.body);
            assert_eq!(texts_at(&t, "Resource/Name"), [c.name]);
            assert_eq!(
                texts_at(&t, "Resource/IntrinsicSettings/Quota/MaxJobOccurrence"),
                c.settings
                    .max_job_occurrence
                    .map(|n| vec![n.to_string()])
                    .unwrap_or_default()
            );
        }
        let r = call(&reg, &base("big", "?api-version=2014-04-01"));
        let t = xml_texts(&r.body);
        assert_eq!(
            texts_at(&t, "Resource/IntrinsicSettings/Quota/MaxJobCount"),
            ["1000"]
        );
        let r = call(&reg, &base("nope", "?api-version=2014-04-01"));
        assert_eq!(code(&r), (404, "ResourceNotFound".into()));
        assert_eq!(
            String::from_utf8(r.body).unwrap(),
            json_error_body("ResourceNotFound", messages::COLLECTION)
        );
        let r = call(&reg, &base("myjc", ""));
        assert_eq!(
            code(&r),
            (400, "MissingOrInvalidRequiredQueryParameter".into())
        );
    }
}
