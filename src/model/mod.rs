//! The resources as the service sends them (SPEC §2): the raw JSON, kept whole for `-o json`
//! and `--field`, and typed views of the fields a table shows.

pub mod collection;
pub mod history;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{Error, Kind, Result};

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
        return Err(invalid(format!(
            "the service's response is a JSON {} where a list of {what} was expected",
            kind_of(&raw)
        )));
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, raw)| {
            if !raw.is_object() {
                return Err(invalid(format!(
                    "item {i} of the list is a JSON {} where one of {what} was expected",
                    kind_of(&raw)
                )));
            }
            let view = V::deserialize(&raw).map_err(|e| {
                invalid(format!("item {i} of the list has an unexpected shape: {e}"))
            })?;
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
        return Err(invalid(format!(
            "the service's response is a JSON {} where a job object was expected",
            kind_of(&raw)
        )));
    }
    let view = JobView::deserialize(&raw).map_err(|e| {
        invalid(format!(
            "the job in the response has an unexpected shape: {e}"
        ))
    })?;
    Ok(Job { raw, view })
}

/// An invalid-response error (exit 8) carrying the request id.
fn invalid(request_id: Option<&str>) -> impl Fn(String) -> Error + '_ {
    move |why| Error::new(Kind::InvalidResponse, why).request_id(request_id.map(str::to_string))
}

/// The body as JSON, or an invalid-response error that shows how it starts.
fn parse_json(body: &[u8], request_id: Option<&str>) -> Result<Value> {
    serde_json::from_slice(body).map_err(|e| {
        invalid(request_id)(format!(
            "the service's response is not valid JSON ({e}); it starts with: {}",
            preview(body)
        ))
    })
}

/// The first bytes of a body, on one line, for error messages.
fn preview(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(60)]);
    let one_line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    format!("{:?}", one_line.trim())
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
    /// Request headers.
    pub headers: Option<Map<String, Value>>,
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
    pub retry_count: Option<u64>,
}

/// When a job recurs.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Recurrence {
    /// `minute` … `year`.
    pub frequency: Option<String>,
    /// Every how many units.
    pub interval: Option<u64>,
    /// How many times in all.
    pub count: Option<u64>,
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
    pub minutes: Option<Vec<i64>>,
    /// Hours of the day.
    pub hours: Option<Vec<i64>>,
    /// `monday` … `sunday`.
    pub week_days: Option<Vec<String>>,
    /// Months of the year, 1–12.
    pub months: Option<Vec<i64>>,
    /// Days of the month; negative counts from the end.
    pub month_days: Option<Vec<i64>>,
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
    pub occurrence: Option<i64>,
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
    pub execution_count: Option<u64>,
    /// Failed runs.
    pub failure_count: Option<u64>,
    /// Times the job faulted.
    pub faulted_count: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_raw_json_and_types_the_known_fields() {
        let body = br#"{"id":"job1","futureField":{"n":2.50},"status":{"executionCount":3}}"#;
        let job = parse_job(body, None).unwrap();
        assert_eq!(job.view.id.as_deref(), Some("job1"));
        assert_eq!(job.view.status.unwrap().execution_count, Some(3));
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
        let e = parse_job(b"[1,2]", None).unwrap_err();
        assert!(
            e.message.contains("a JSON array where a job object"),
            "{}",
            e.message
        );
        let e = parse_job(br#"{"state":5}"#, None).unwrap_err();
        assert!(e.message.contains("unexpected shape"), "{}", e.message);
    }
}
