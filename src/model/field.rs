//! `--field` paths (SPEC §5): `a.b[0].c` parsed, found in a resource's raw JSON (keys
//! exactly, else case-insensitively), and the value found as `--field` prints it.

use std::fmt;

use serde_json::Value;

use crate::error::Result;
use crate::explain::usage::{self, BadPath};
use crate::text::{is_unsafe, safe_json};

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
    /// Parses `a.b[0].c`, or `.a.b[0].c` (the jq habit); a syntax error is a usage error.
    pub fn parse(typed: &str) -> Result<FieldPath> {
        let text = match typed.strip_prefix('.') {
            Some(rest) if !rest.is_empty() => rest,
            _ => typed,
        };
        let bad = |why| usage::invalid_field_path(typed, why);
        if text.is_empty() {
            return Err(bad(BadPath::Empty));
        }
        let mut segments = Vec::new();
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(i) => (&part[..i], &part[i..]),
                None => (part, ""),
            };
            if key.is_empty() && (segments.is_empty() || rest.is_empty()) {
                return Err(bad(BadPath::EmptyKey));
            }
            if key.contains(']') {
                return Err(bad(BadPath::UnopenedBracket));
            }
            if key.chars().any(char::is_control) {
                return Err(bad(BadPath::Control));
            }
            if !key.is_empty() {
                segments.push(Segment::Key(key.to_string()));
            }
            while !rest.is_empty() {
                let Some(close) = rest.find(']') else {
                    return Err(bad(BadPath::UnclosedBracket));
                };
                let index = &rest[1..close];
                let index = index
                    .parse::<usize>()
                    .map_err(|_| bad(BadPath::NotAnIndex(index)))?;
                segments.push(Segment::Index(index));
                rest = &rest[close + 1..];
                if !rest.is_empty() && !rest.starts_with('[') {
                    return Err(bad(BadPath::AfterBracket));
                }
            }
        }
        Ok(FieldPath {
            text: typed.to_string(),
            segments,
        })
    }

    /// The path without the leading `.` it may have been typed with (`status.executionCount`).
    pub fn bare(&self) -> &str {
        self.text.strip_prefix('.').unwrap_or(&self.text)
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
}

/// A value as `--field` prints it: strings raw with `\t \n \r \\` escaped (jq's `@tsv`) and
/// every other character that could drive a terminal (C0, DEL, C1, bidi overrides) as
/// `\u00XX` (SPEC §5), numbers and booleans as JSON, objects and arrays as compact JSON
/// (escaped the same way, and still JSON), null as nothing.
pub fn printed(value: &Value) -> String {
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
        other => safe_json(other.to_string()),
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
    fn a_leading_dot_is_the_jq_habit() {
        assert_eq!(p(".state").segments, p("state").segments);
        assert_eq!(
            p(".status.executionCount").segments,
            p("status.executionCount").segments
        );
        assert_eq!(p(".state").to_string(), ".state");
        assert_eq!(p(".state").bare(), "state");
        assert_eq!(p("state").bare(), "state");
        for bad in [".", "..state", ".[0]"] {
            assert!(FieldPath::parse(bad).is_err(), "{bad:?} should be refused");
        }
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
    fn values_print_like_jq_tsv() {
        assert_eq!(printed(&json!("a\tb\nc\\d\re")), "a\\tb\\nc\\\\d\\re");
        assert_eq!(printed(&json!(42)), "42");
        assert_eq!(printed(&json!(true)), "true");
        assert_eq!(printed(&json!({"a": [1, "x/y"]})), r#"{"a":[1,"x/y"]}"#);
        assert_eq!(printed(&Value::Null), "");
    }

    #[test]
    fn values_cannot_drive_a_terminal() {
        assert_eq!(
            printed(&json!("a\u{1b}[2J\u{7f}\u{85}\u{9b}\u{0}b\u{202e}c\td")),
            "a\\u001b[2J\\u007f\\u0085\\u009b\\u0000b\\u202ec\\td"
        );
        let object = json!({"k": "\u{1b}\u{9b}\u{202e}"});
        let text = printed(&object);
        assert_eq!(text, r#"{"k":"\u001b\u009b\u202e"}"#);
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), object);
        let v = json!({"k\u{202e}": ["\u{1b}[2J\n\u{7f}\u{9b}\u{2066}x"]});
        assert_eq!(serde_json::from_str::<Value>(&printed(&v)).unwrap(), v);
    }
}
