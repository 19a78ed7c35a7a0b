//! `--field PATH` (SPEC §5): dot-separated keys with `[N]` indexes, matched exactly, else
//! case-insensitively; a schema of the job tells a known-but-absent path (empty value) from a
//! mistake (usage error with a suggestion).

use std::fmt;

use serde_json::Value;

use crate::error::{Error, Result};
use crate::output::json;
use crate::output::text::is_unsafe;

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// An object key.
    Key(String),
    /// An array index.
    Index(usize),
}

/// A parsed `--field` path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPath {
    text: String,
    segments: Vec<Segment>,
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FieldPath {
    /// Parses `a.b[0].c`; a syntax error is a usage error.
    pub fn parse(text: &str) -> Result<FieldPath> {
        let bad = |why: &str| {
            Error::usage(format!(
                "invalid --field path '{}': {why}",
                text.escape_debug()
            ))
        };
        if text.is_empty() {
            return Err(bad("it is empty"));
        }
        let mut segments = Vec::new();
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if key.is_empty() && (segments.is_empty() || rest.is_empty()) {
                return Err(bad("a key is empty"));
            }
            if key.contains(']') {
                return Err(bad("']' without '['"));
            }
            if key.chars().any(char::is_control) {
                return Err(bad("it contains a control character"));
            }
            if !key.is_empty() {
                segments.push(Segment::Key(key.to_string()));
            }
            while !rest.is_empty() {
                let Some(close) = rest.find(']') else {
                    return Err(bad("'[' without ']'"));
                };
                let index = &rest[1..close];
                let index = index
                    .parse::<usize>()
                    .map_err(|_| bad(&format!("'[{index}]' is not an index such as [0]")))?;
                segments.push(Segment::Index(index));
                rest = &rest[close + 1..];
                if !rest.is_empty() && !rest.starts_with('[') {
                    return Err(bad("expected '.' or '[' after ']'"));
                }
            }
        }
        Ok(FieldPath {
            text: text.to_string(),
            segments,
        })
    }

    /// The steps of the path, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The value at this path, if the JSON has it.
    pub fn lookup<'a>(&self, value: &'a Value) -> Option<&'a Value> {
        let mut current = value;
        for segment in &self.segments {
            current = match (segment, current) {
                (Segment::Key(key), Value::Object(map)) => map.get(key).or_else(|| {
                    map.iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(key))
                        .map(|(_, v)| v)
                })?,
                (Segment::Index(i), Value::Array(items)) => items.get(*i)?,
                _ => return None,
            };
        }
        Some(current)
    }

    /// Whether the schema knows this path.
    pub fn is_known(&self, schema: &Node) -> bool {
        let mut node = schema;
        for segment in &self.segments {
            node = match (segment, node) {
                (Segment::Key(key), Node::Object(fields)) => {
                    match fields
                        .iter()
                        .find(|(name, _)| name.eq_ignore_ascii_case(key))
                    {
                        Some((_, child)) => child,
                        None => return false,
                    }
                }
                (Segment::Key(_), Node::Map(child)) => child,
                (Segment::Index(_), Node::Array(child)) => child,
                _ => return false,
            };
        }
        true
    }
}

/// The shape of a resource, for telling absent fields from mistakes.
#[derive(Debug)]
pub enum Node {
    /// A scalar.
    Leaf,
    /// An object with these fields.
    Object(&'static [(&'static str, Node)]),
    /// An object whose keys are free (headers, message properties).
    Map(&'static Node),
    /// An array of this.
    Array(&'static Node),
}

use Node::{Array, Leaf, Map, Object};

const STRING_MAP: Node = Map(&Leaf);
const AUTHENTICATION: Node = Object(&[
    ("type", Leaf),
    ("certificateThumbprint", Leaf),
    ("certificateExpiration", Leaf),
    ("certificateSubjectName", Leaf),
    ("username", Leaf),
    ("tenant", Leaf),
    ("audience", Leaf),
    ("clientId", Leaf),
]);
const REQUEST: Node = Object(&[
    ("uri", Leaf),
    ("method", Leaf),
    ("headers", STRING_MAP),
    ("body", Leaf),
    ("authentication", AUTHENTICATION),
]);
const QUEUE_MESSAGE: Node = Object(&[
    ("storageAccount", Leaf),
    ("queueName", Leaf),
    ("message", Leaf),
]);
const SERVICE_BUS_MESSAGE: Node = Object(&[
    ("namespace", Leaf),
    ("queueName", Leaf),
    ("topicPath", Leaf),
    ("transportType", Leaf),
    ("message", Leaf),
    (
        "authentication",
        Object(&[("type", Leaf), ("sasKeyName", Leaf)]),
    ),
    ("brokeredMessageProperties", STRING_MAP),
    ("customMessageProperties", STRING_MAP),
]);
const RETRY_POLICY: Node = Object(&[
    ("retryType", Leaf),
    ("retryInterval", Leaf),
    ("retryCount", Leaf),
]);
const ERROR_ACTION: Node = Object(&[
    ("type", Leaf),
    ("request", REQUEST),
    ("queueMessage", QUEUE_MESSAGE),
    ("serviceBusQueueMessage", SERVICE_BUS_MESSAGE),
    ("serviceBusTopicMessage", SERVICE_BUS_MESSAGE),
]);
const ACTION: Node = Object(&[
    ("type", Leaf),
    ("request", REQUEST),
    ("queueMessage", QUEUE_MESSAGE),
    ("serviceBusQueueMessage", SERVICE_BUS_MESSAGE),
    ("serviceBusTopicMessage", SERVICE_BUS_MESSAGE),
    ("retryPolicy", RETRY_POLICY),
    ("errorAction", ERROR_ACTION),
]);
const NUMBERS: Node = Array(&Leaf);
const RECURRENCE: Node = Object(&[
    ("frequency", Leaf),
    ("interval", Leaf),
    ("count", Leaf),
    ("endTime", Leaf),
    (
        "schedule",
        Object(&[
            ("minutes", NUMBERS),
            ("hours", NUMBERS),
            ("weekDays", NUMBERS),
            ("months", NUMBERS),
            ("monthDays", NUMBERS),
            (
                "monthlyOccurrences",
                Array(&Object(&[("day", Leaf), ("occurrence", Leaf)])),
            ),
        ]),
    ),
]);
const STATUS: Node = Object(&[
    ("lastExecutionTime", Leaf),
    ("nextExecutionTime", Leaf),
    ("executionCount", Leaf),
    ("failureCount", Leaf),
    ("faultedCount", Leaf),
]);

/// The job schema of SPEC §2.
pub const JOB: Node = Object(&[
    ("id", Leaf),
    ("startTime", Leaf),
    ("action", ACTION),
    ("recurrence", RECURRENCE),
    ("state", Leaf),
    ("status", STATUS),
]);

/// The history entry schema of SPEC §2.
pub const HISTORY: Node = Object(&[
    ("jobId", Leaf),
    ("timestamp", Leaf),
    ("startTime", Leaf),
    ("endTime", Leaf),
    ("state", Leaf),
    ("status", Leaf),
    ("message", Leaf),
    ("retryCount", Leaf),
    ("repeatCount", Leaf),
    ("actionName", Leaf),
]);

/// The JSON mirror of a job collection's `<Resource>` (SPEC §2, §5).
pub const COLLECTION: Node = Object(&[
    ("resourceProviderNamespace", Leaf),
    ("type", Leaf),
    ("name", Leaf),
    ("label", Leaf),
    ("schemaVersion", Leaf),
    ("eTag", Leaf),
    ("state", Leaf),
    ("subState", Leaf),
    ("promotionCode", Leaf),
    ("cloudServiceSettings", Object(&[("geoRegion", Leaf)])),
    (
        "intrinsicSettings",
        Object(&[
            ("plan", Leaf),
            (
                "quota",
                Object(&[
                    ("maxJobCount", Leaf),
                    ("maxJobOccurrence", Leaf),
                    (
                        "maxRecurrence",
                        Object(&[("frequency", Leaf), ("interval", Leaf)]),
                    ),
                ]),
            ),
        ]),
    ),
    (
        "operationStatus",
        Object(&[
            ("type", Leaf),
            ("result", Leaf),
            ("error", Object(&[("httpCode", Leaf), ("message", Leaf)])),
        ]),
    ),
]);

/// Every path the schema names, for suggestions.
fn schema_paths(node: &Node, prefix: &str, out: &mut Vec<String>) {
    match node {
        Leaf => out.push(prefix.to_string()),
        Object(fields) => {
            if !prefix.is_empty() {
                out.push(prefix.to_string());
            }
            for (name, child) in fields.iter() {
                let path = if prefix.is_empty() {
                    name.to_string()
                } else {
                    format!("{prefix}.{name}")
                };
                schema_paths(child, &path, out);
            }
        }
        Map(_) => out.push(prefix.to_string()),
        Array(child) => {
            out.push(prefix.to_string());
            schema_paths(child, &format!("{prefix}[0]"), out);
        }
    }
}

/// Every path present in a JSON value, for suggestions.
fn value_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                out.push(path.clone());
                value_paths(child, &path, out);
            }
        }
        Value::Array(items) => {
            if let Some(first) = items.first() {
                let path = format!("{prefix}[0]");
                out.push(path.clone());
                value_paths(first, &path, out);
            }
        }
        _ => {}
    }
}

/// The closest known or present path, if one is close enough to be a likely typo.
fn suggest(path: &str, schema: &Node, value: &Value) -> Option<String> {
    let mut candidates = Vec::new();
    schema_paths(schema, "", &mut candidates);
    value_paths(value, "", &mut candidates);
    let wanted = path.to_ascii_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(&wanted, &c.to_ascii_lowercase()), c))
        .filter(|(distance, c)| *distance <= (c.len() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// Resolves each path against a resource and formats the values as one tab-separated line.
pub fn render_line(
    paths: &[FieldPath],
    value: &Value,
    schema: &Node,
    what: &str,
) -> Result<String> {
    let mut cells = Vec::with_capacity(paths.len());
    for path in paths {
        match path.lookup(value) {
            Some(found) => cells.push(format_value(found)),
            None if path.is_known(schema) => cells.push(String::new()),
            None => {
                let mut error = Error::usage(format!("unknown field path '{path}' for {what}"));
                if let Some(s) = suggest(&path.text, schema, value) {
                    error = error.hint(format!("did you mean '{s}'?"));
                }
                return Err(error);
            }
        }
    }
    Ok(cells.join("\t"))
}

/// A value as `--field` prints it: strings raw with `\t \n \r \\` escaped (jq's `@tsv`) and
/// every other character that could drive a terminal (C0, DEL, C1, bidi overrides) as
/// `\u00XX` (SPEC §5), numbers and booleans as JSON, objects and arrays as compact JSON
/// (escaped the same way, and still JSON), null as nothing.
pub fn format_value(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                match c {
                    '\t' => out.push_str("\\t"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\\' => out.push_str("\\\\"),
                    c if is_unsafe(c) => out.push_str(&format!("\\u{:04x}", c as u32)),
                    c => out.push(c),
                }
            }
            out
        }
        Value::Null => String::new(),
        other => json::compact(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn p(text: &str) -> FieldPath {
        FieldPath::parse(text).unwrap()
    }

    #[test]
    fn parses_keys_and_indexes() {
        assert_eq!(
            p("recurrence.schedule.hours[0]").segments,
            vec![
                Segment::Key("recurrence".into()),
                Segment::Key("schedule".into()),
                Segment::Key("hours".into()),
                Segment::Index(0)
            ]
        );
        assert_eq!(
            p("action.request.headers.content-Type").segments.last(),
            Some(&Segment::Key("content-Type".into()))
        );
        assert_eq!(p("a[1][2]").segments.len(), 3);
    }

    #[test]
    fn rejects_malformed_paths() {
        for bad in [
            "", ".", "a.", "a..b", "a[", "a[x]", "a]", "a[0]b", "[0]", "a[-1]",
        ] {
            assert!(FieldPath::parse(bad).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn lookup_prefers_exact_keys_then_ignores_case() {
        let v = json!({"State": "upper", "state": "lower", "Other": {"X": [10, 20]}});
        assert_eq!(p("state").lookup(&v), Some(&json!("lower")));
        assert_eq!(p("STATE").lookup(&v), Some(&json!("upper")));
        assert_eq!(p("other.x[1]").lookup(&v), Some(&json!(20)));
        assert_eq!(p("other.x[2]").lookup(&v), None);
        assert_eq!(p("other.x.y").lookup(&v), None);
    }

    #[test]
    fn schema_knows_nested_maps_and_arrays() {
        assert!(p("status.lastExecutionTime").is_known(&JOB));
        assert!(p("action.request.headers.x-anything").is_known(&JOB));
        assert!(p("recurrence.schedule.monthlyOccurrences[3].day").is_known(&JOB));
        assert!(p("action.errorAction.queueMessage.queueName").is_known(&JOB));
        assert!(!p("action.errorAction.retryPolicy").is_known(&JOB));
        assert!(!p("stat").is_known(&JOB));
        assert!(!p("state.x").is_known(&JOB));
    }

    #[test]
    fn values_print_like_jq_tsv() {
        assert_eq!(format_value(&json!("a\tb\nc\\d\re")), "a\\tb\\nc\\\\d\\re");
        assert_eq!(format_value(&json!(42)), "42");
        assert_eq!(format_value(&json!(true)), "true");
        assert_eq!(
            format_value(&json!({"a": [1, "x/y"]})),
            r#"{"a":[1,"x/y"]}"#
        );
        assert_eq!(format_value(&Value::Null), "");
    }

    #[test]
    fn values_cannot_drive_a_terminal() {
        assert_eq!(
            format_value(&json!("a\u{1b}[2J\u{7f}\u{85}\u{9b}\u{0}b\u{202e}c\td")),
            "a\\u001b[2J\\u007f\\u0085\\u009b\\u0000b\\u202ec\\td"
        );
        let object = json!({"k": "\u{1b}\u{9b}\u{202e}"});
        let text = format_value(&object);
        assert_eq!(text, r#"{"k":"\u001b\u009b\u202e"}"#);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), object);
    }

    #[test]
    fn render_line_handles_known_absent_present_unknown_and_suggests() {
        let job = json!({"id": "j", "state": "enabled", "futureField": 1});
        let paths = [p("state"), p("status.lastExecutionTime"), p("futureField")];
        assert_eq!(
            render_line(&paths, &job, &JOB, "a job").unwrap(),
            "enabled\t\t1"
        );
        let e = render_line(&[p("stat")], &job, &JOB, "a job").unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert_eq!(e.message, "unknown field path 'stat' for a job");
        assert_eq!(e.hints, vec!["did you mean 'state'?".to_string()]);
        let e = render_line(&[p("status.executionCont")], &job, &JOB, "a job").unwrap_err();
        assert_eq!(
            e.hints,
            vec!["did you mean 'status.executionCount'?".to_string()]
        );
        let e = render_line(&[p("zzzzzzzz")], &job, &JOB, "a job").unwrap_err();
        assert!(e.hints.is_empty());
    }
}
