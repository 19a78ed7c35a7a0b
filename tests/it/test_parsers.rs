//! Properties of the parsers that take outside input (service bodies, `--field` paths,
//! durations, the config file): no input makes them panic, failures have the right kind, and
//! what can be written can be read back. `fuzz/` drives the same functions with cargo-fuzz.

use std::path::Path;
use std::time::Duration;

use proptest::prelude::*;
use schedctl::cli::parse_duration;
use schedctl::client::error_body::{self, ServiceError};
use schedctl::config::check_file_text;
use schedctl::error::Kind;
use schedctl::model::parse_job;
use schedctl::output::fields::{FieldPath, Segment};
use serde_json::{json, Value};

/// Arbitrary JSON, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((".{0,6}", inner), 0..4)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A key `--field` can name: no `.`, `[`, `]` or control characters.
fn field_key() -> impl Strategy<Value = String> {
    "[^.\\[\\]\\p{Cc}]{1,8}"
}

/// Path segments that start with a key.
fn segments() -> impl Strategy<Value = Vec<Segment>> {
    let segment = prop_oneof![
        field_key().prop_map(Segment::Key),
        (0usize..1000).prop_map(Segment::Index),
    ];
    (field_key(), prop::collection::vec(segment, 0..6)).prop_map(|(first, rest)| {
        let mut all = vec![Segment::Key(first)];
        all.extend(rest);
        all
    })
}

/// `a.b[0][1].c`, the way a user writes the segments.
fn render(segments: &[Segment]) -> String {
    let mut text = String::new();
    for (i, segment) in segments.iter().enumerate() {
        match segment {
            Segment::Key(key) => {
                if i > 0 {
                    text.push('.');
                }
                text.push_str(key);
            }
            Segment::Index(n) => text.push_str(&format!("[{n}]")),
        }
    }
    text
}

/// A JSON value in which `segments` leads to `leaf`.
fn plant(segments: &[Segment], leaf: Value) -> Value {
    match segments.split_first() {
        None => leaf,
        Some((Segment::Key(key), rest)) => json!({ key.clone(): plant(rest, leaf) }),
        Some((Segment::Index(n), rest)) => {
            let mut items = vec![Value::Null; *n];
            items.push(plant(rest, leaf));
            Value::Array(items)
        }
    }
}

/// Text that needs no trimming and survives XML and JSON escaping.
fn envelope_text() -> impl Strategy<Value = String> {
    "[A-Za-z0-9&<>'\"./:;()_-][A-Za-z0-9 &<>'\"./:;()_-]{0,30}[A-Za-z0-9&<>'\"./:;()_-]"
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn error_bodies_never_panic_and_excerpts_stay_short(body in prop::collection::vec(any::<u8>(), 0..600)) {
        match error_body::parse(&body) {
            ServiceError::Excerpt(text) => {
                prop_assert!(text.chars().count() <= 161, "{}", text);
                prop_assert!(!text.contains('\n') && !text.contains('\r'));
            }
            ServiceError::Envelope { code, .. } => prop_assert!(code.trim() == code),
        }
    }

    #[test]
    fn error_text_bodies_never_panic(body in ".{0,300}") {
        error_body::parse(body.as_bytes());
        error_body::parse(format!("<Error><Code>{body}").as_bytes());
        error_body::parse(format!("{{\"error\":{body}").as_bytes());
    }

    #[test]
    fn json_envelopes_read_back(code in envelope_text(), message in envelope_text(), nested in any::<bool>()) {
        let body = if nested {
            json!({ "error": { "code": code, "message": message } })
        } else {
            json!({ "Code": code, "Message": message })
        };
        prop_assert_eq!(
            error_body::parse(body.to_string().as_bytes()),
            ServiceError::Envelope { code, message, xml: false }
        );
    }

    #[test]
    fn xml_envelopes_read_back(code in envelope_text(), message in envelope_text()) {
        let body = format!(
            "<Error xmlns=\"http://schemas.microsoft.com/windowsazure\"><Code>{}</Code><Message>{}</Message></Error>",
            quick_xml::escape::escape(code.as_str()),
            quick_xml::escape::escape(message.as_str())
        );
        prop_assert_eq!(
            error_body::parse(body.as_bytes()),
            ServiceError::Envelope { code, message, xml: true }
        );
    }

    #[test]
    fn job_bodies_never_panic_and_fail_as_invalid_responses(body in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = parse_job(&body, Some("id")) {
            prop_assert_eq!(e.kind, Kind::InvalidResponse);
            prop_assert_eq!(e.request_id.as_deref(), Some("id"));
        }
    }

    #[test]
    fn any_json_as_a_job_never_panics(value in any_json()) {
        let text = value.to_string();
        match parse_job(text.as_bytes(), None) {
            Ok(job) => prop_assert!(job.raw.is_object()),
            Err(e) => prop_assert_eq!(e.kind, Kind::InvalidResponse),
        }
    }

    #[test]
    fn unknown_fields_of_a_job_are_kept_exactly(extra in prop::collection::vec(("x[a-z]{1,6}", any_json()), 0..5)) {
        let mut object = serde_json::Map::new();
        object.insert("id".into(), json!("job1"));
        object.insert("state".into(), json!("enabled"));
        for (k, v) in extra {
            object.insert(k, v);
        }
        let value = Value::Object(object);
        let job = parse_job(value.to_string().as_bytes(), None).expect("a job");
        prop_assert_eq!(job.raw, value);
    }

    #[test]
    fn field_paths_never_panic(text in ".{0,40}", value in any_json()) {
        match FieldPath::parse(&text) {
            Ok(path) => {
                prop_assert_eq!(path.to_string(), text);
                path.lookup(&value);
            }
            Err(e) => prop_assert_eq!(e.kind, Kind::Usage),
        }
    }

    #[test]
    fn field_paths_read_back_and_find_what_they_name(segments in segments(), leaf in any_json()) {
        let text = render(&segments);
        let path = FieldPath::parse(&text).expect("a rendered path parses");
        prop_assert_eq!(path.segments(), &segments[..]);
        let document = plant(&segments, leaf.clone());
        prop_assert_eq!(path.lookup(&document), Some(&leaf));
    }

    #[test]
    fn durations_never_panic(text in ".{0,30}") {
        if let Ok(d) = parse_duration(&text) {
            prop_assert!(!d.is_zero());
        }
    }

    #[test]
    fn durations_read_back(secs in 0u64..2_592_000, nanos in 0u32..1_000_000_000) {
        let d = Duration::new(secs, nanos);
        prop_assume!(!d.is_zero());
        prop_assert_eq!(parse_duration(&humantime::format_duration(d).to_string()), Ok(d));
    }

    #[test]
    fn config_text_never_panics(text in "(.|\n){0,300}") {
        if let Err(e) = check_file_text(Path::new("/c/config.toml"), &text) {
            prop_assert_eq!(e.kind, Kind::Config);
        }
    }

    #[test]
    fn config_text_in_toml_shape_never_panics(
        lines in prop::collection::vec(
            prop_oneof![
                Just("[profiles.p]".to_string()),
                "[a-z_]{1,16} = \"[^\"\\\\\n]{0,12}\"",
                "[a-z_]{1,16} = -?[0-9]{1,12}",
                "[a-z_]{1,16} = (true|false|\\[\\]|\\{\\})",
            ],
            0..12,
        )
    ) {
        if let Err(e) = check_file_text(Path::new("/c/config.toml"), &lines.join("\n")) {
            prop_assert_eq!(e.kind, Kind::Config);
            prop_assert!(e.message.starts_with("config file /c/config.toml"), "{}", e.message);
        }
    }

    #[test]
    fn written_profiles_read_back(
        profiles in prop::collection::btree_map(
            "[a-z][a-z0-9_-]{0,10}",
            ("[0-9a-f-]{1,36}", 0u32..100, 1u64..100_000),
            1..4,
        )
    ) {
        let mut text = String::new();
        for (name, (subscription, retries, timeout)) in &profiles {
            text.push_str(&format!(
                "[profiles.{name}]\nsubscription_id = \"{subscription}\"\nretries = {retries}\nrequest_timeout = \"{timeout}s\"\n\n"
            ));
        }
        let names = check_file_text(Path::new("/c/config.toml"), &text).expect("valid config");
        prop_assert_eq!(names, profiles.keys().cloned().collect::<Vec<_>>());
    }
}
