//! The field schemas of jobs, history entries and collections (SPEC §2, §5): which `--field`
//! paths each knows, a path's value as `--field` prints it, and did-you-mean suggestions.

use serde_json::Value;

use crate::error::Result;
use crate::explain::usage;
use crate::model::field::{printed, FieldPath, Segment};

/// A resource's schema: the paths `--field` knows in it, its table columns, and its name for
/// messages.
#[derive(Debug)]
pub struct Schema {
    /// "a job", "a history entry", ….
    pub what: &'static str,
    /// The shape of one item.
    root: Node,
    /// The columns of its tables (list and wide), each with the path whose value it shows: the
    /// one place where a header is tied to a path, so that tables and `--field next-run`'s
    /// suggestion agree.
    pub columns: &'static [Column],
}

/// A table column: its upper-case header, and the path of the value it shows.
#[derive(Debug)]
pub struct Column {
    /// `NEXT RUN`.
    pub header: &'static str,
    /// `status.nextExecutionTime`.
    pub path: &'static str,
}

const fn column(header: &'static str, path: &'static str) -> Column {
    Column { header, path }
}

/// The shape of a part of a resource, for telling absent fields from mistakes.
#[derive(Debug)]
enum Node {
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
pub const JOB: Schema = Schema {
    what: "a job",
    root: Object(&[
        ("id", Leaf),
        ("startTime", Leaf),
        ("action", ACTION),
        ("recurrence", RECURRENCE),
        ("state", Leaf),
        ("status", STATUS),
    ]),
    columns: &[
        column("ID", "id"),
        column("STATE", "state"),
        column("ACTION", "action"),
        column("RECURRENCE", "recurrence"),
        column("NEXT RUN", "status.nextExecutionTime"),
        column("LAST RUN", "status.lastExecutionTime"),
        column("EXECUTIONS", "status.executionCount"),
        column("FAILURES", "status.failureCount"),
        column("FAULTED", "status.faultedCount"),
        column("START", "startTime"),
        column("RETRY", "action.retryPolicy"),
        column("ERROR ACTION", "action.errorAction"),
    ],
};

/// The history entry schema of SPEC §2.
pub const HISTORY: Schema = Schema {
    what: "a history entry",
    root: Object(&[
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
    ]),
    columns: &[
        column("JOB", "jobId"),
        column("TIMESTAMP", "timestamp"),
        column("START", "startTime"),
        column("END", "endTime"),
        column("STATE", "state"),
        column("STATUS", "status"),
        column("ACTION", "actionName"),
        // The HTTP status that the table reads out of the message.
        column("HTTP", "message"),
        column("RETRIES", "retryCount"),
        column("REPEATS", "repeatCount"),
        column("MESSAGE", "message"),
    ],
};

/// A job collection's `<Resource>`, mirrored: the fields in the order every collection's JSON
/// shows them (SPEC §2's `{"name":…,"state":…,"intrinsicSettings":…}` first), whichever GET
/// it came from.
const COLLECTION_NODE: Node = Object(&[
    ("name", Leaf),
    ("state", Leaf),
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
    ("resourceProviderNamespace", Leaf),
    ("type", Leaf),
    ("label", Leaf),
    ("schemaVersion", Leaf),
    ("eTag", Leaf),
    ("subState", Leaf),
    ("promotionCode", Leaf),
    ("cloudServiceSettings", Object(&[("geoRegion", Leaf)])),
    (
        "operationStatus",
        Object(&[
            ("type", Leaf),
            ("result", Leaf),
            ("error", Object(&[("httpCode", Leaf), ("message", Leaf)])),
        ]),
    ),
]);

/// The JSON mirror of a job collection's `<Resource>` (SPEC §2, §5).
pub const COLLECTION: Schema = Schema {
    what: "a job collection",
    root: COLLECTION_NODE,
    columns: &[
        column("NAME", "name"),
        column("STATE", "state"),
        column("PLAN", "intrinsicSettings.plan"),
        column("MAX JOBS", "intrinsicSettings.quota.maxJobCount"),
        column("MAX OCCURRENCE", "intrinsicSettings.quota.maxJobOccurrence"),
        column("MAX RECURRENCE", "intrinsicSettings.quota.maxRecurrence"),
    ],
};

/// The JSON mirror of a `<CloudService>` of the subscription's list (SPEC §2, §3): its
/// resources are job collections or other providers' resources of the same shape.
pub const CLOUD_SERVICE: Schema = Schema {
    what: "a cloud service",
    root: Object(&[
        ("name", Leaf),
        ("label", Leaf),
        ("description", Leaf),
        ("geoRegion", Leaf),
        ("resources", Array(&COLLECTION_NODE)),
    ]),
    columns: &[
        column("NAME", "name"),
        column("GEO-REGION", "geoRegion"),
        column("JOB COLLECTIONS", "resources"),
    ],
};

/// Every schema, for completions.
pub const ALL: [&Schema; 4] = [&JOB, &HISTORY, &COLLECTION, &CLOUD_SERVICE];

/// The paths that shells offer after `--field`: every path a schema names (objects, maps and
/// arrays included, array items not), each once, in schema order.
pub fn completion_paths() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for schema in ALL {
        let mut paths = Vec::new();
        schema_paths(&schema.root, "", &mut paths);
        for path in paths {
            if !path.contains('[') && !out.contains(&path) {
                out.push(path);
            }
        }
    }
    out
}

impl Schema {
    /// `raw` with the keys of every object the schema describes in the schema's order, and
    /// the keys it does not know after them in their own order.
    pub fn ordered(&self, raw: Value) -> Value {
        reorder(&self.root, raw)
    }

    /// The value at `path` in `raw` as `--field` prints it: empty when the schema knows the
    /// path but this item lacks it; a usage error with a did-you-mean hint when the path
    /// neither resolves nor is known.
    pub fn value(&self, path: &FieldPath, raw: &Value) -> Result<String> {
        match path.lookup(raw) {
            Some(found) => Ok(printed(found)),
            None if self.knows(path) => Ok(String::new()),
            None => {
                let column = self.column(path.bare()).map(|c| (c.path, c.header));
                let suggestion = match column {
                    Some(_) => None,
                    None => suggest(path.bare(), &self.root, raw),
                };
                Err(usage::unknown_field_path(
                    path,
                    self.what,
                    column,
                    suggestion.as_deref(),
                ))
            }
        }
    }

    /// The column whose header `text` names, however it is spelled: `NEXT RUN`, `next-run`,
    /// `next_run`, `Next Run`.
    pub fn column(&self, text: &str) -> Option<&'static Column> {
        let words = |t: &str| -> String {
            t.split(|c: char| c == '-' || c == '_' || c.is_whitespace())
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
                .to_ascii_lowercase()
        };
        let wanted = words(text);
        self.columns.iter().find(|c| words(c.header) == wanted)
    }

    /// The paths this schema knows, for people: leaves, maps as `headers.NAME`, array items as
    /// `hours[N]`; in schema order. What the long `--help` and the man pages list.
    pub fn documented_paths(&self) -> Vec<String> {
        fn walk(node: &Node, prefix: &str, out: &mut Vec<String>) {
            match node {
                Leaf => out.push(prefix.to_string()),
                Object(fields) => {
                    for (name, child) in fields.iter() {
                        let path = if prefix.is_empty() {
                            name.to_string()
                        } else {
                            format!("{prefix}.{name}")
                        };
                        walk(child, &path, out);
                    }
                }
                Map(_) => out.push(format!("{prefix}.NAME")),
                Array(child) => walk(child, &format!("{prefix}[N]"), out),
            }
        }
        let mut out = Vec::new();
        walk(&self.root, "", &mut out);
        out
    }

    /// Whether the schema knows this path.
    pub fn knows(&self, path: &FieldPath) -> bool {
        let mut node = &self.root;
        for segment in path.segments() {
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

/// [`Schema::ordered`] below `node`.
fn reorder(node: &Node, value: Value) -> Value {
    match (node, value) {
        (Object(fields), Value::Object(mut map)) => {
            let mut out = serde_json::Map::new();
            for (name, child) in fields.iter() {
                if let Some(v) = map.shift_remove(*name) {
                    out.insert((*name).to_string(), reorder(child, v));
                }
            }
            out.extend(map);
            Value::Object(out)
        }
        (Array(item), Value::Array(items)) => {
            Value::Array(items.into_iter().map(|v| reorder(item, v)).collect())
        }
        (_, value) => value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> FieldPath {
        FieldPath::parse(text).unwrap()
    }

    #[test]
    fn schema_knows_nested_maps_and_arrays() {
        assert!(JOB.knows(&p("status.lastExecutionTime")));
        assert!(JOB.knows(&p("action.request.headers.x-anything")));
        assert!(JOB.knows(&p("recurrence.schedule.monthlyOccurrences[3].day")));
        assert!(JOB.knows(&p("action.errorAction.queueMessage.queueName")));
        assert!(!JOB.knows(&p("action.errorAction.retryPolicy")));
        assert!(!JOB.knows(&p("stat")));
        assert!(!JOB.knows(&p("state.x")));
    }

    #[test]
    fn a_table_header_is_suggested_its_path_however_it_is_spelled() {
        for spelled in [
            "next-run",
            "NEXT RUN",
            "next_run",
            "Next Run",
            " next  run ",
        ] {
            assert_eq!(
                JOB.column(spelled).map(|c| c.path),
                Some("status.nextExecutionTime"),
                "{spelled:?}"
            );
        }
        assert_eq!(
            JOB.column("executions").map(|c| c.path),
            Some("status.executionCount")
        );
        assert_eq!(
            JOB.column("failures").map(|c| c.path),
            Some("status.failureCount")
        );
        assert_eq!(
            HISTORY.column("retries").map(|c| c.path),
            Some("retryCount")
        );
        assert_eq!(
            COLLECTION.column("plan").map(|c| c.path),
            Some("intrinsicSettings.plan")
        );
        assert!(JOB.column("nextrun").is_none());
        let error = JOB.value(&p(".last-run"), &Value::Null).unwrap_err();
        assert_eq!(error.message, "unknown field path '.last-run' for a job");
        assert_eq!(
            error.hints,
            ["did you mean 'status.lastExecutionTime'? (the LAST RUN column)"]
        );
        let error = JOB.value(&p(".stat"), &Value::Null).unwrap_err();
        assert_eq!(error.hints, ["did you mean 'state'?"]);
    }

    #[test]
    fn every_column_names_a_path_its_schema_knows() {
        for schema in ALL {
            for column in schema.columns {
                assert!(
                    schema.knows(&p(column.path)),
                    "{} {}",
                    schema.what,
                    column.path
                );
                assert_eq!(column.header, column.header.to_ascii_uppercase());
            }
        }
    }

    #[test]
    fn completion_paths_are_every_named_path_once_without_indexes() {
        let paths = completion_paths();
        for expected in [
            "state",
            "status",
            "status.nextExecutionTime",
            "jobId",
            "intrinsicSettings.plan",
            "recurrence.schedule.hours",
        ] {
            assert!(paths.iter().any(|p| p == expected), "{expected}");
        }
        assert!(paths.iter().all(|p| !p.contains('[')));
        let mut unique = paths.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), paths.len());
    }
}
