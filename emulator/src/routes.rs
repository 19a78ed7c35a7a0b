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
//!
//! Paths the front end does not know → 404 `ResourceNotFound` (XML).

use std::collections::{HashMap, HashSet};

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
    /// 501 for resources the emulator does not serve yet.
    pub const NOT_YET: &str = "The emulator does not serve this resource yet.";
}

/// Who may call: the thumbprints registered on each subscription.
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Lower-case subscription id → upper-case SHA-1 thumbprints.
    pub subscriptions: HashMap<String, HashSet<String>>,
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

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
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

fn query_param(query: &str, name: &str) -> Option<Option<String>> {
    for pair in query.split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if percent_decode(k).as_deref() == Some(name) {
            return Some(percent_decode(v));
        }
    }
    None
}

fn eq(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b)
}

/// Answers one parsed request. `thumbprint` is the SHA-1 of the client
/// certificate presented in the TLS handshake, if any.
pub fn handle(registry: &Registry, req: &Request, thumbprint: Option<&str>) -> Response {
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
                [] => not_yet(), // cloud service GET: lists the collections (to come)
                [r, s, t, jc_lit, jc, tail @ ..]
                    if eq(r, "resources")
                        && eq(s, "scheduler")
                        && *t == "~"
                        && eq(jc_lit, "jobCollections") =>
                {
                    scheduler_rp(cs, jc, tail, query)
                }
                _ => xml_error(404, "ResourceNotFound", messages::NO_RESOURCE),
            }
        }
        _ => xml_error(404, "ResourceNotFound", messages::NO_RESOURCE),
    }
}

fn not_yet() -> Response {
    xml_error(501, "NotImplemented", messages::NOT_YET)
}

/// The scheduler resource provider: `…/jobCollections/{jc}/{tail}`.
fn scheduler_rp(cs: &str, jc: &str, tail: &[&str], query: &str) -> Response {
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
        [] => not_yet(),                   // collection GET (XML resource, to come)
        [j] if eq(j, "jobs") => not_yet(), // job list with paging (to come)
        [j, job] if eq(j, "jobs") => match coll.job(job) {
            // 8. job
            Some(f) => scheduler(200, f.content_type, f.body()),
            None => json_error(404, "ResourceNotFound", messages::JOB),
        },
        [j, job, h] if eq(j, "jobs") && eq(h, "history") => match coll.job(job) {
            Some(_) => not_yet(), // job history (to come)
            None => json_error(404, "ResourceNotFound", messages::JOB),
        },
        _ => json_error(404, "ResourceNotFound", messages::NO_RESOURCE),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
}
