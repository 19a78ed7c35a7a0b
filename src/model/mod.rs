//! The resources as the service sends them (SPEC §2): the raw JSON, kept whole for `-o json`
//! and `--field`, typed views of the fields a table shows, and the field schemas.

pub mod cloud_service;
pub mod collection;
pub mod field;
pub mod history;
pub mod schema;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Number, Value};

use crate::error::{Error, Result};
use crate::explain::response;
use crate::text::one_line;

/// A resource: exactly what the service sent, and the typed view of it.
#[derive(Debug)]
pub struct Item<V> {
    /// The JSON (order, unknown fields and number text kept).
    pub raw: Value,
    /// The fields schedctl understands.
    pub view: V,
}

/// Parses one page of a list: a JSON array of objects of the given view.
pub fn parse_list<V: DeserializeOwned>(
    body: &[u8],
    request_id: Option<&str>,
    what: &str,
) -> Result<Vec<Item<V>>> {
    let invalid = invalid(request_id);
    let raw = parse_json(body, request_id)?;
    let Value::Array(items) = raw else {
        return Err(invalid(response::not_a_list(kind_of(&raw), what)));
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, raw)| {
            if !raw.is_object() {
                return Err(invalid(response::item_not_an_object(
                    i,
                    kind_of(&raw),
                    what,
                )));
            }
            let view = V::deserialize(&raw).map_err(|e| invalid(response::item_shape(i, e)))?;
            Ok(Item { raw, view })
        })
        .collect()
}

/// A job: the response's JSON object, and the typed view of it.
pub type Job = Item<JobView>;

/// Parses a job response body.
pub fn parse_job(body: &[u8], request_id: Option<&str>) -> Result<Job> {
    let invalid = invalid(request_id);
    let raw = parse_json(body, request_id)?;
    if !raw.is_object() {
        return Err(invalid(response::job_not_an_object(kind_of(&raw))));
    }
    let view = JobView::deserialize(&raw).map_err(|e| invalid(response::job_shape(e)))?;
    Ok(Job { raw, view })
}

/// An invalid-response error (exit 8) carrying the request id.
fn invalid(request_id: Option<&str>) -> impl Fn(String) -> Error + '_ {
    move |why| response::invalid_response(why, request_id)
}

/// How deep a response may nest arrays, objects or elements (SPEC §7). Deeper is an invalid
/// response: every parser and renderer that recurses is then safe from a stack overflow.
pub const MAX_DEPTH: usize = 128;

/// The message for a response nested deeper than [`MAX_DEPTH`].
pub fn too_deep_message() -> String {
    response::too_deep(MAX_DEPTH)
}

/// Whether JSON text nests arrays and objects deeper than [`MAX_DEPTH`]. A byte scan that
/// needs no stack, so it is safe on any input and runs before anything that recurses.
pub fn json_too_deep(body: &[u8]) -> bool {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for &b in body {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// The body as JSON, or an invalid-response error that shows how it starts.
fn parse_json(body: &[u8], request_id: Option<&str>) -> Result<Value> {
    if json_too_deep(body) {
        return Err(invalid(request_id)(too_deep_message()));
    }
    serde_json::from_slice(body).map_err(|e| {
        // serde_json's own limit (a backstop) stops one level short of ours.
        if e.to_string().starts_with("recursion limit exceeded") {
            return invalid(request_id)(too_deep_message());
        }
        invalid(request_id)(response::not_json(e, &preview(body)))
    })
}

/// The first bytes of a body, in quotes on one line as a table cell shows it, for error
/// messages.
fn preview(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(60)]);
    format!("\"{}\"", one_line(&text).trim())
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

// Numbers in the views are `Number`s, kept as the service wrote them: a count of -1 or
// 10^30 is data to show, not a reason to refuse the job (SPEC §7).

/// The typed fields of a job; every one may be absent.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct JobView {
    /// Job id.
    pub id: Option<String>,
    /// ISO-8601 UTC.
    pub start_time: Option<String>,
    /// What the job does.
    pub action: Option<Action>,
    /// Absent for one-shot jobs.
    pub recurrence: Option<Recurrence>,
    /// `enabled`, `disabled`, `faulted`, `completed`.
    pub state: Option<String>,
    /// Absent for disabled jobs.
    pub status: Option<Status>,
}

/// A job's action or error action.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    /// `http`, `https`, `storageQueue`, `serviceBusQueue`, `serviceBusTopic`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// For http and https actions.
    pub request: Option<HttpRequest>,
    /// For storage queue actions.
    pub queue_message: Option<QueueMessage>,
    /// For service bus queue actions.
    pub service_bus_queue_message: Option<ServiceBusMessage>,
    /// For service bus topic actions.
    pub service_bus_topic_message: Option<ServiceBusMessage>,
    /// How failures are retried.
    pub retry_policy: Option<RetryPolicy>,
    /// What runs when the action fails.
    pub error_action: Option<Box<Action>>,
}

/// An HTTP request action.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpRequest {
    /// Target URI.
    pub uri: Option<String>,
    /// Method as sent, e.g. `Get`.
    pub method: Option<String>,
    /// Authentication, without secrets.
    pub authentication: Option<Authentication>,
}

/// Outbound authentication of an HTTP action.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Authentication {
    /// `ClientCertificate`, `Basic`, `ActiveDirectoryOAuth`.
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

/// A storage queue message action.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueueMessage {
    /// Storage account name.
    pub storage_account: Option<String>,
    /// Queue name.
    pub queue_name: Option<String>,
}

/// A service bus queue or topic message action.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceBusMessage {
    /// Service bus namespace.
    pub namespace: Option<String>,
    /// Queue name (queue actions).
    pub queue_name: Option<String>,
    /// Topic path (topic actions).
    pub topic_path: Option<String>,
}

/// Retry policy of an action.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RetryPolicy {
    /// `none` or `fixed`.
    pub retry_type: Option<String>,
    /// `00:01:00` or `PT1M`.
    pub retry_interval: Option<String>,
    /// Number of retries.
    pub retry_count: Option<Number>,
}

/// When a job recurs.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Recurrence {
    /// `minute` … `year`.
    pub frequency: Option<String>,
    /// Every how many units.
    pub interval: Option<Number>,
    /// How many times in all.
    pub count: Option<Number>,
    /// No runs after this time.
    pub end_time: Option<String>,
    /// Finer schedule.
    pub schedule: Option<Schedule>,
}

/// The advanced schedule of a recurrence.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// Minutes of the hour.
    pub minutes: Option<Vec<Number>>,
    /// Hours of the day.
    pub hours: Option<Vec<Number>>,
    /// `monday` … `sunday`.
    pub week_days: Option<Vec<String>>,
    /// Months of the year, 1–12.
    pub months: Option<Vec<Number>>,
    /// Days of the month; negative counts from the end.
    pub month_days: Option<Vec<Number>>,
    /// e.g. the first Monday.
    pub monthly_occurrences: Option<Vec<MonthlyOccurrence>>,
}

/// A weekday occurrence within a month.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MonthlyOccurrence {
    /// Day of the week.
    pub day: Option<String>,
    /// 1–5, or -1 for the last.
    pub occurrence: Option<Number>,
}

/// Execution status.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    /// Absent before the first run.
    pub last_execution_time: Option<String>,
    /// Next planned run.
    pub next_execution_time: Option<String>,
    /// Runs so far.
    pub execution_count: Option<Number>,
    /// Failed runs.
    pub failure_count: Option<Number>,
    /// Times the job faulted.
    pub faulted_count: Option<Number>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    #[test]
    fn keeps_the_raw_json_and_types_the_known_fields() {
        let body = br#"{"id":"job1","futureField":{"n":2.50},"status":{"executionCount":3}}"#;
        let job = parse_job(body, None).unwrap();
        assert_eq!(job.view.id.as_deref(), Some("job1"));
        assert_eq!(
            job.view
                .status
                .unwrap()
                .execution_count
                .map(|n| n.to_string()),
            Some("3".to_string())
        );
        assert_eq!(
            job.raw.to_string(),
            r#"{"id":"job1","futureField":{"n":2.50},"status":{"executionCount":3}}"#
        );
    }

    #[test]
    fn bodies_that_are_not_a_job_object_are_invalid_responses() {
        let e = parse_job(b"<html>proxy</html>", Some("abc")).unwrap_err();
        assert_eq!(e.kind, Kind::InvalidResponse);
        assert_eq!(e.request_id.as_deref(), Some("abc"));
        assert!(e.message.contains("not valid JSON"), "{}", e.message);
        assert!(
            e.message
                .ends_with(r#"it starts with: "<html>proxy</html>""#),
            "{}",
            e.message
        );
        let e = parse_job(b"\r\n<p>\x1b[2J\n\n\thint: x</p>", None).unwrap_err();
        assert!(
            e.message
                .ends_with(r#"it starts with: "<p>\u{1b}[2J hint: x</p>""#),
            "{}",
            e.message
        );
        let e = parse_job(b"[1,2]", None).unwrap_err();
        assert!(
            e.message.contains("a JSON array where a job object"),
            "{}",
            e.message
        );
        let e = parse_job(br#"{"state":5}"#, None).unwrap_err();
        assert!(e.message.contains("unexpected shape"), "{}", e.message);
    }

    fn nested(depth: usize, open: &str, close: &str) -> Vec<u8> {
        format!("{}1{}", open.repeat(depth), close.repeat(depth)).into_bytes()
    }

    #[test]
    fn json_deeper_than_the_limit_is_an_invalid_response_on_every_path() {
        for body in [
            nested(20_000, "[", "]"),
            nested(20_000, r#"{"a":"#, "}"),
            nested(MAX_DEPTH + 1, "[", "]"),
        ] {
            let e = parse_job(&body, Some("rid")).unwrap_err();
            assert_eq!(e.kind, Kind::InvalidResponse);
            assert_eq!(e.message, too_deep_message());
            assert_eq!(e.request_id.as_deref(), Some("rid"));
            let e = parse_list::<JobView>(&body, None, "jobs").unwrap_err();
            assert_eq!(e.message, too_deep_message());
        }
        // serde_json's own limit stops at MAX_DEPTH containers: the same message.
        let e = parse_job(&nested(MAX_DEPTH, "[", "]"), None).unwrap_err();
        assert_eq!(e.message, too_deep_message());
        let ok = format!(
            r#"{{"id":"x","f":{}}}"#,
            String::from_utf8(nested(MAX_DEPTH - 2, "[", "]")).unwrap()
        );
        assert!(parse_job(ok.as_bytes(), None).is_ok());
        // Brackets inside strings, escaped quotes included, do not count.
        let text = format!(r#"{{"id":"\"{}"}}"#, "[".repeat(20_000));
        assert!(!json_too_deep(text.as_bytes()));
        assert!(parse_job(text.as_bytes(), None).is_ok());
    }

    #[test]
    fn fields_no_view_shows_cannot_make_a_resource_unreadable() {
        // SPEC §7: values are data. Headers of an odd shape, or a history entry's `state` as
        // a number, stay in the raw JSON and do not fail the whole job or page.
        let job = parse_job(br#"{"id":"j","action":{"request":{"headers":"x"}}}"#, None);
        assert_eq!(job.unwrap().view.id.as_deref(), Some("j"));
        let entries: Vec<Item<history::HistoryView>> = parse_list(
            br#"[{"jobId":7,"timestamp":false,"state":5,"status":"failed"}]"#,
            None,
            "history entries",
        )
        .unwrap();
        assert_eq!(entries[0].view.status.as_deref(), Some("failed"));
    }

    #[test]
    fn odd_numbers_are_kept_as_sent() {
        let body = br#"{"status":{"executionCount":-1,"failureCount":99999999999999999999999,"faultedCount":2.5},"recurrence":{"interval":-3,"schedule":{"hours":[1e400],"monthlyOccurrences":[{"occurrence":-9223372036854775808}]}}}"#;
        let job = parse_job(body, None).unwrap();
        let status = job.view.status.unwrap();
        assert_eq!(status.execution_count.unwrap().to_string(), "-1");
        assert_eq!(
            status.failure_count.unwrap().to_string(),
            "99999999999999999999999"
        );
        assert_eq!(status.faulted_count.unwrap().to_string(), "2.5");
        let r = job.view.recurrence.unwrap();
        assert_eq!(r.interval.unwrap().to_string(), "-3");
        // serde_json writes every exponent with its sign.
        assert_eq!(r.schedule.unwrap().hours.unwrap()[0].to_string(), "1e+400");
    }
}
