//! The table views of jobs, history entries and collections: a borderless key/value view of
//! one (like `kubectl describe`), and the columns of a list.

use serde_json::Number;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::model::cloud_service::CloudServiceView;
use crate::model::collection::CollectionView;
use crate::model::history::HistoryView;
use crate::model::{Item, JobView};
use crate::output::grid::{self, Column};
use crate::output::{describe, outcome, Format, OutputOptions};
use crate::text;

const RESET: &str = "\x1b[0m";

/// The colour of a job state: enabled green, disabled dim, faulted red, completed blue.
pub fn state_colour(state: &str) -> Option<&'static str> {
    match state.to_ascii_lowercase().as_str() {
        "enabled" => Some("\x1b[32m"),
        "disabled" => Some("\x1b[2m"),
        "faulted" => Some("\x1b[31m"),
        "completed" => Some("\x1b[34m"),
        _ => None,
    }
}

fn dash() -> String {
    "-".to_string()
}

/// A count as the service sent it (`-1` and `1e30` included), or a dash.
fn count(v: Option<&Number>) -> String {
    v.map(Number::to_string).unwrap_or_else(dash)
}

fn time(v: Option<&str>) -> String {
    v.map(describe::time).unwrap_or_else(dash)
}

/// Values narrower than this are not wrapped: a column of a few letters reads worse than a
/// line that runs past the edge.
const MIN_VALUE_WIDTH: usize = 20;

/// Aligned `Label:  value` lines; the value of `coloured` is painted with `colour`. With a
/// `width`, long values wrap at spaces (or anywhere in a word longer than the line) onto lines
/// indented to the value column.
fn key_value(
    rows: &[(&str, String)],
    coloured: Option<(&str, Option<&'static str>)>,
    width: Option<usize>,
) -> String {
    let label_width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 1;
    let value_width = width
        .map(|w| w.saturating_sub(label_width + 2))
        .filter(|&w| w >= MIN_VALUE_WIDTH);
    let mut out = String::new();
    for (label, value) in rows {
        let value = text::one_line(value);
        let lines = match value_width {
            Some(w) => wrap(&value, w),
            None => vec![value],
        };
        for (i, line) in lines.into_iter().enumerate() {
            let line = match coloured {
                Some((name, Some(code))) if name == *label => format!("{code}{line}{RESET}"),
                _ => line,
            };
            let label = if i == 0 {
                format!("{label}:")
            } else {
                String::new()
            };
            out.push_str(&format!("{label:<label_width$}  {line}\n"));
        }
    }
    out
}

/// Breaks `text` into lines of at most `width` display columns (a CJK character is two): at
/// spaces where it can, inside a word only when the word alone is too long (a URL, say).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ') {
        let mut word = word;
        let mut word_len = word.width();
        // A word too long for any line starts where it is rather than on a line of its own.
        let fits = len + 1 + word_len <= width || (word_len > width && len + 1 < width);
        if len > 0 && fits {
            line.push(' ');
            len += 1;
        } else if len > 0 {
            lines.push(std::mem::take(&mut line));
            len = 0;
        }
        while word_len > width - len {
            let split = split_point(word, width - len);
            line.push_str(&word[..split]);
            lines.push(std::mem::take(&mut line));
            len = 0;
            word = &word[split..];
            word_len = word.width();
        }
        line.push_str(word);
        len += word_len;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Where to cut a word that is wider than `room` display columns: after the last `/`, `-`, `.`,
/// `?` or `&` in the second half of the room (so that URLs break between their parts), else
/// after exactly `room` columns. A byte index.
fn split_point(word: &str, room: usize) -> usize {
    let mut used = 0;
    let mut hard = word.len();
    for (i, c) in word.char_indices() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            // At least one character, so that a wide one in a one-column room still moves on.
            hard = if i == 0 { c.len_utf8() } else { i };
            break;
        }
        used += w;
    }
    let soft = word[..hard]
        .char_indices()
        .skip(room / 2)
        .filter(|(_, c)| matches!(c, '/' | '-' | '.' | '?' | '&'))
        .last()
        .map(|(i, c)| i + c.len_utf8());
    soft.unwrap_or(hard)
}

/// A job as aligned `Label:  value` lines.
pub fn job(job: &JobView, options: &OutputOptions) -> String {
    let state = job.state.clone().unwrap_or_else(dash);
    let action = job.action.as_ref();
    let status = job.status.as_ref();
    let when = |t: Option<&str>| {
        t.map(|t| describe::time_from(t, options.now))
            .unwrap_or_else(dash)
    };
    let mut rows: Vec<(&str, String)> = vec![
        ("Id", job.id.clone().unwrap_or_else(dash)),
        ("State", state.clone()),
        ("Action", action.map(describe::action).unwrap_or_else(dash)),
    ];
    if let Some(error_action) = action.and_then(|a| a.error_action.as_deref()) {
        rows.push(("Error action", describe::action(error_action)));
    }
    rows.extend([
        ("Recurrence", describe::recurrence(job.recurrence.as_ref())),
        (
            "Retry",
            describe::retry_policy(action.and_then(|a| a.retry_policy.as_ref())),
        ),
        ("Start", when(job.start_time.as_deref())),
        (
            "Last run",
            match status {
                Some(s) => s
                    .last_execution_time
                    .as_deref()
                    .map(|t| describe::time_from(t, options.now))
                    .unwrap_or_else(|| "never".to_string()),
                None => dash(),
            },
        ),
        (
            "Next run",
            when(status.and_then(|s| s.next_execution_time.as_deref())),
        ),
        (
            "Executions",
            count(status.and_then(|s| s.execution_count.as_ref())),
        ),
        (
            "Failures",
            count(status.and_then(|s| s.failure_count.as_ref())),
        ),
        (
            "Faulted",
            count(status.and_then(|s| s.faulted_count.as_ref())),
        ),
    ]);
    let colour = options.color.then(|| ("State", state_colour(&state)));
    key_value(&rows, colour, options.width)
}

/// The columns of `job list`, in order, and what each gives up on a narrow terminal (SPEC §5).
/// ID and STATE are never shortened or left out; ACTION and RECURRENCE are shortened with `…`
/// first; then columns are left out, the lowest priority first: EXECUTIONS, FAILURES,
/// RECURRENCE, NEXT RUN, ACTION, LAST RUN. So 80 columns keep, beside a 36-character GUID id,
/// what the job does and when it last ran; 100 add when it runs next.
pub const JOB_COLUMNS: [Column; 8] = [
    Column::key("ID"),
    Column::key("STATE"),
    Column::flexible("ACTION", 5),
    Column::flexible("RECURRENCE", 3),
    Column::fixed("NEXT RUN", 4),
    Column::fixed("LAST RUN", 6),
    Column::fixed("EXECUTIONS", 1),
    Column::fixed("FAILURES", 2),
];

/// The width to fit a list into: none for `-o wide`, where every column is at full width.
fn list_width(options: &OutputOptions) -> Option<usize> {
    match options.format {
        Format::Wide => None,
        _ => options.width,
    }
}

/// Jobs, one row each; times relative to now (`3h ago`), or in UTC with `-o wide`.
pub fn jobs(items: &[Item<JobView>], options: &OutputOptions) -> String {
    let wide = options.format == Format::Wide;
    let when = |t: Option<&str>| match t {
        Some(t) if wide => describe::time(t),
        Some(t) => describe::relative(t, options.now),
        None => dash(),
    };
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let job = &item.view;
            let status = job.status.as_ref();
            let last = match status {
                Some(s) if s.last_execution_time.is_none() => "never".to_string(),
                _ => when(status.and_then(|s| s.last_execution_time.as_deref())),
            };
            vec![
                job.id.clone().unwrap_or_else(dash),
                job.state.clone().unwrap_or_else(dash),
                job.action
                    .as_ref()
                    .map(describe::action)
                    .unwrap_or_else(dash),
                describe::recurrence(job.recurrence.as_ref()),
                when(status.and_then(|s| s.next_execution_time.as_deref())),
                last,
                count(status.and_then(|s| s.execution_count.as_ref())),
                count(status.and_then(|s| s.failure_count.as_ref())),
            ]
        })
        .collect();
    grid::render(
        &JOB_COLUMNS,
        &rows,
        list_width(options),
        options.no_headers,
        |i, cell| {
            (options.color && i == 1)
                .then(|| state_colour(cell))
                .flatten()
        },
    )
}

/// The columns of `job history`. STATUS is never shortened or left out; MESSAGE (the part of
/// the service's message that differs from row to row) is shortened first; then columns are
/// left out, the lowest priority first: REPEATS, END, RETRIES, ACTION, HTTP, MESSAGE, START.
pub const HISTORY_COLUMNS: [Column; 8] = [
    Column::fixed("START", 7),
    Column::fixed("END", 1),
    Column::key("STATUS"),
    Column::fixed("ACTION", 3),
    Column::fixed("HTTP", 5),
    Column::fixed("RETRIES", 2),
    Column::fixed("REPEATS", 0),
    // The message is why a person reads the history: at 80 columns it keeps 30, and ACTION,
    // RETRIES and the like go first.
    Column::flexible_at_least("MESSAGE", 6, 30),
];

/// History entries, one row each, newest first as the service sends them; times in UTC (it
/// is a log), the HTTP status and the telling part of each message apart.
pub fn history(items: &[Item<HistoryView>], options: &OutputOptions) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let h = &item.view;
            let outcome = h.message.as_deref().map(outcome::summarise);
            let (http, message) = match outcome {
                Some(o) => (o.http.unwrap_or_else(dash), o.detail),
                None => (dash(), dash()),
            };
            // The status code says it; its reason phrase ("Internal Server Error") would take
            // the room the message needs at 80 columns. `-o wide` shows both.
            let http = if options.format == Format::Wide {
                http
            } else {
                http.split(' ').next().unwrap_or_default().to_string()
            };
            vec![
                time(h.start_time.as_deref()),
                time(h.end_time.as_deref()),
                h.status.clone().unwrap_or_else(dash),
                h.action_name.clone().unwrap_or_else(dash),
                http,
                count(h.retry_count.as_ref()),
                count(h.repeat_count.as_ref()),
                if message.is_empty() { dash() } else { message },
            ]
        })
        .collect();
    grid::render(
        &HISTORY_COLUMNS,
        &rows,
        list_width(options),
        options.no_headers,
        |i, cell| {
            let colour = match cell {
                "completed" => Some("\x1b[32m"),
                "failed" => Some("\x1b[31m"),
                "postponed" => Some("\x1b[33m"),
                _ => None,
            };
            (options.color && i == 2).then_some(colour).flatten()
        },
    )
}

/// The columns of `collection list`: the name (how a collection is named in every other
/// command) and the state are never left out.
const COLLECTION_COLUMNS: [Column; 3] = [
    Column::key("NAME"),
    Column::key("STATE"),
    Column::fixed("PLAN", 1),
];

/// Job collections, one row each.
pub fn collections(items: &[Item<CollectionView>], options: &OutputOptions) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let c = &item.view;
            vec![
                c.name.clone().unwrap_or_else(dash),
                c.state.clone().unwrap_or_else(dash),
                c.intrinsic_settings
                    .as_ref()
                    .and_then(|s| s.plan.clone())
                    .unwrap_or_else(dash),
            ]
        })
        .collect();
    grid::render(
        &COLLECTION_COLUMNS,
        &rows,
        list_width(options),
        options.no_headers,
        |_, _| None,
    )
}

/// Cloud services, one row each: name, region and the names of their job collections.
pub fn cloud_services(items: &[Item<CloudServiceView>], options: &OutputOptions) -> String {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let c = &item.view;
            vec![
                c.name.clone().unwrap_or_else(dash),
                c.geo_region.clone().unwrap_or_else(dash),
                c.job_collections.join(","),
            ]
        })
        .collect();
    grid::render(
        &CLOUD_SERVICE_COLUMNS,
        &rows,
        list_width(options),
        options.no_headers,
        |_, _| None,
    )
}

/// Cloud service list columns: the name is what `config set cloud_service` needs, so it is
/// never cut; the collections shorten first, then the region goes.
const CLOUD_SERVICE_COLUMNS: [Column; 3] = [
    Column::key("NAME"),
    Column::fixed("GEO-REGION", 1),
    Column::flexible("JOB COLLECTIONS", 2),
];

/// One job collection as aligned `Label:  value` lines.
pub fn collection(c: &CollectionView, options: &OutputOptions) -> String {
    let settings = c.intrinsic_settings.as_ref();
    let quota = settings.and_then(|s| s.quota.as_ref());
    let max_recurrence = quota
        .and_then(|q| q.max_recurrence.as_ref())
        .map(|r| {
            let unit = r.frequency.as_deref().unwrap_or("?").to_ascii_lowercase();
            match &r.interval {
                Some(n) if n.as_u64() != Some(1) => format!("every {n} {unit}s"),
                _ => format!("every {unit}"),
            }
        })
        .unwrap_or_else(dash);
    let rows = [
        ("Name", c.name.clone().unwrap_or_else(dash)),
        ("State", c.state.clone().unwrap_or_else(dash)),
        (
            "Plan",
            settings.and_then(|s| s.plan.clone()).unwrap_or_else(dash),
        ),
        (
            "Max jobs",
            count(quota.and_then(|q| q.max_job_count.as_ref())),
        ),
        (
            "Max occurrence",
            count(quota.and_then(|q| q.max_job_occurrence.as_ref())),
        ),
        ("Max recurrence", max_recurrence),
        ("ETag", c.e_tag.clone().unwrap_or_else(dash)),
    ];
    key_value(&rows, None, options.width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Format;

    #[test]
    fn every_list_header_is_a_schema_column_so_field_suggests_its_path() {
        use crate::model::schema;
        for (schema, columns) in [
            (&schema::JOB, &JOB_COLUMNS[..]),
            (&schema::HISTORY, &HISTORY_COLUMNS[..]),
            (&schema::COLLECTION, &COLLECTION_COLUMNS[..]),
            (&schema::CLOUD_SERVICE, &CLOUD_SERVICE_COLUMNS[..]),
        ] {
            for column in columns {
                assert!(
                    schema.column(column.header).is_some(),
                    "{} has no path for its {} column in model::schema",
                    schema.what,
                    column.header
                );
            }
        }
    }

    fn options(color: bool) -> OutputOptions {
        sized(color, None)
    }

    fn sized(color: bool, width: Option<usize>) -> OutputOptions {
        OutputOptions {
            format: Format::Table,
            fields: Vec::new(),
            jq: None,
            color,
            width,
            no_headers: false,
            now: std::time::SystemTime::UNIX_EPOCH,
        }
    }

    /// Jobs as the service lists them.
    fn listed(json: &str) -> Vec<Item<JobView>> {
        crate::model::parse_list(json.as_bytes(), None, "jobs").unwrap()
    }

    /// Options for a list at `now` (2026-01-01T00:00:00Z unless the fake is moved).
    fn at_now(format: Format, width: Option<usize>, env: &crate::env::FakeEnv) -> OutputOptions {
        use crate::env::Environment;
        OutputOptions {
            format,
            fields: Vec::new(),
            jq: None,
            color: false,
            width,
            no_headers: false,
            now: env.now(),
        }
    }

    const TWO_JOBS: &str = r#"[
        {"id":"soon","state":"enabled","action":{"type":"http","request":{"uri":"https://example.com/a/long/path","method":"Post"}},
         "recurrence":{"frequency":"minute","interval":5},
         "status":{"lastExecutionTime":"2025-12-31T20:59:59.8765432Z","nextExecutionTime":"2026-01-01T00:04:00Z","executionCount":12,"failureCount":0}},
        {"id":"idle","state":"disabled","recurrence":{"frequency":"day"}}
    ]"#;

    #[test]
    fn job_list_times_are_relative_to_the_clock_of_the_seam() {
        let env = crate::env::FakeEnv::new();
        let items = listed(TWO_JOBS);
        assert_eq!(
            jobs(&items, &at_now(Format::Table, None, &env)),
            "ID     STATE      ACTION                                 RECURRENCE        NEXT RUN   LAST RUN   EXECUTIONS   FAILURES\n\
             soon   enabled    POST https://example.com/a/long/path   every 5 minutes   in 4m      3h ago     12           0\n\
             idle   disabled   -                                      every day         -          -          -            -\n"
        );
        // Four minutes later the next run is now, and then behind.
        let later = env
            .clone()
            .at(env_now(&env) + std::time::Duration::from_secs(240));
        let text = jobs(&items, &at_now(Format::Table, None, &later));
        assert!(text.contains("   now        3h ago   "), "{text}");
        let now = env_now(&env);
        let later = env.at(now + std::time::Duration::from_secs(400));
        let text = jobs(&items, &at_now(Format::Table, None, &later));
        assert!(text.contains("   2m ago     3h ago   "), "{text}");
    }

    fn env_now(env: &crate::env::FakeEnv) -> std::time::SystemTime {
        crate::env::Environment::now(env)
    }

    #[test]
    fn job_list_drops_low_priority_columns_and_wide_ignores_the_width() {
        let env = crate::env::FakeEnv::new();
        let items = listed(TWO_JOBS);
        let text = jobs(&items, &at_now(Format::Table, Some(50), &env));
        assert_eq!(
            text,
            "ID     STATE      ACTION                LAST RUN\n\
             soon   enabled    POST https://examp…   3h ago\n\
             idle   disabled   -                     -\n"
        );
        let wide = jobs(&items, &at_now(Format::Wide, Some(50), &env));
        assert_eq!(
            wide,
            "ID     STATE      ACTION                                 RECURRENCE        NEXT RUN               LAST RUN               EXECUTIONS   FAILURES\n\
             soon   enabled    POST https://example.com/a/long/path   every 5 minutes   2026-01-01T00:04:00Z   2025-12-31T20:59:59Z   12           0\n\
             idle   disabled   -                                      every day         -                      -                      -            -\n"
        );
    }

    #[test]
    fn the_job_view_adds_how_long_ago_each_time_was() {
        let env = crate::env::FakeEnv::new();
        let listed = listed(TWO_JOBS);
        let text = job(&listed[0].view, &at_now(Format::Table, None, &env));
        assert!(
            text.contains("Last run:    2025-12-31T20:59:59Z (3 hours ago)\nNext run:    2026-01-01T00:04:00Z (in 4 minutes)\n"),
            "{text}"
        );
    }

    #[test]
    fn labels_align_and_absent_values_show_a_dash() {
        let view = JobView {
            id: Some("job1".into()),
            state: Some("disabled".into()),
            ..Default::default()
        };
        let text = job(&view, &options(false));
        assert!(
            text.starts_with("Id:          job1\nState:       disabled\n"),
            "{text}"
        );
        assert!(text.contains("Recurrence:  once\n"));
        assert!(text.contains("Last run:    -\n"));
        assert!(!text.contains('\x1b'));
        assert!(job(&view, &options(true)).contains("\x1b[2mdisabled\x1b[0m"));
    }

    #[test]
    fn service_text_cannot_inject_escape_sequences_or_rows() {
        let view = JobView {
            id: Some("evil\x1b[2J\nState: fake".into()),
            ..Default::default()
        };
        let text = job(&view, &options(true));
        assert!(
            text.starts_with("Id:          evil\\u{1b}[2J State: fake\n"),
            "{text:?}"
        );
    }

    #[test]
    fn wrapping_counts_display_columns() {
        // Eleven wide characters are 22 columns: at 12, six characters fill a line.
        let lines = wrap("日本語の長いジョブ名前", 12);
        assert_eq!(lines, ["日本語の長い", "ジョブ名前"]);
        assert!(lines.iter().all(|l| l.width() <= 12));
        // A wide character in a one-column room still moves on.
        assert_eq!(wrap("日本", 1), ["日", "本"]);
    }

    #[test]
    fn long_values_wrap_under_the_value_column() {
        let view = JobView {
            id: Some("a-job-with-a-rather-long-name that goes on and on".into()),
            state: Some("enabled".into()),
            ..Default::default()
        };
        let text = job(&view, &sized(true, Some(40)));
        assert!(
            text.starts_with(
                "Id:          a-job-with-a-rather-long-\n             name that goes on and on\nState:       \x1b[32menabled\x1b[0m\n"
            ),
            "{text}"
        );
        assert!(text
            .lines()
            .all(|l| l.chars().count() <= 40 || l.contains('\x1b')));
        // Too narrow to be worth wrapping, or no width known: one line per row.
        assert_eq!(
            job(&view, &sized(false, Some(25))),
            job(&view, &options(false))
        );
        assert_eq!(job(&view, &options(false)).lines().count(), 11);
    }

    #[test]
    fn wrap_breaks_at_spaces_and_only_splits_words_that_cannot_fit() {
        assert_eq!(
            wrap("every 30 minutes, 10 times", 12),
            ["every 30", "minutes, 10", "times"]
        );
        assert_eq!(
            wrap("GET https://example.org/x", 10),
            ["GET https:", "//example.", "org/x"]
        );
        assert_eq!(
            wrap("a-very-long-word b", 10),
            ["a-very-", "long-word", "b"]
        );
        assert_eq!(wrap("short", 10), ["short"]);
        assert_eq!(wrap("", 10), [""]);
        assert_eq!(wrap("exactly10!", 10), ["exactly10!"]);
        assert_eq!(wrap("ab cd", 2), ["ab", "cd"]);
    }
}
