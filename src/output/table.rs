//! Tables for people: a borderless key/value view of one resource (like `kubectl describe`)
//! and column tables for lists.

use crate::model::collection::CollectionView;
use crate::model::history::HistoryView;
use crate::model::{Item, JobView};
use crate::output::list::{self, Column};
use crate::output::{describe, OutputOptions};

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

fn count(v: Option<u64>) -> String {
    v.map(|n| n.to_string()).unwrap_or_else(dash)
}

fn time(v: Option<&str>) -> String {
    v.map(describe::time).unwrap_or_else(dash)
}

/// Aligned `Label:  value` lines; the value of `coloured` is painted with `colour`.
fn key_value(rows: &[(&str, String)], coloured: Option<(&str, Option<&'static str>)>) -> String {
    let width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 1;
    let mut out = String::new();
    for (label, value) in rows {
        let value = one_line(value);
        let value = match coloured {
            Some((name, Some(code))) if name == *label => format!("{code}{value}{RESET}"),
            _ => value,
        };
        let label = format!("{label}:");
        out.push_str(&format!("{label:<width$}  {value}\n"));
    }
    out
}

/// Keeps a value on its row and the terminal safe: control characters from the service
/// (newlines, escape sequences) become spaces.
fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A job as aligned `Label:  value` lines.
pub fn job(job: &JobView, options: &OutputOptions) -> String {
    let state = job.state.clone().unwrap_or_else(dash);
    let action = job.action.as_ref();
    let status = job.status.as_ref();
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
        ("Start", time(job.start_time.as_deref())),
        (
            "Last run",
            match status {
                Some(s) => s
                    .last_execution_time
                    .as_deref()
                    .map(describe::time)
                    .unwrap_or_else(|| "never".to_string()),
                None => dash(),
            },
        ),
        (
            "Next run",
            time(status.and_then(|s| s.next_execution_time.as_deref())),
        ),
        ("Executions", count(status.and_then(|s| s.execution_count))),
        ("Failures", count(status.and_then(|s| s.failure_count))),
        ("Faulted", count(status.and_then(|s| s.faulted_count))),
    ]);
    let colour = options.color.then(|| ("State", state_colour(&state)));
    key_value(&rows, colour)
}

/// Jobs, one row each.
pub fn jobs(items: &[Item<JobView>], options: &OutputOptions) -> String {
    let columns = [
        Column {
            header: "ID",
            flexible: false,
        },
        Column {
            header: "STATE",
            flexible: false,
        },
        Column {
            header: "ACTION",
            flexible: true,
        },
        Column {
            header: "RECURRENCE",
            flexible: true,
        },
        Column {
            header: "NEXT RUN",
            flexible: false,
        },
        Column {
            header: "LAST RUN",
            flexible: false,
        },
        Column {
            header: "EXECUTIONS",
            flexible: false,
        },
        Column {
            header: "FAILURES",
            flexible: false,
        },
    ];
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let job = &item.view;
            let status = job.status.as_ref();
            vec![
                job.id.clone().unwrap_or_else(dash),
                job.state.clone().unwrap_or_else(dash),
                job.action
                    .as_ref()
                    .map(describe::action)
                    .unwrap_or_else(dash),
                describe::recurrence(job.recurrence.as_ref()),
                time(status.and_then(|s| s.next_execution_time.as_deref())),
                time(status.and_then(|s| s.last_execution_time.as_deref())),
                count(status.and_then(|s| s.execution_count)),
                count(status.and_then(|s| s.failure_count)),
            ]
        })
        .collect();
    list::render(&columns, &rows, options.width, |i, cell| {
        (options.color && i == 1)
            .then(|| state_colour(cell))
            .flatten()
    })
}

/// History entries, one row each, newest first as the service sends them.
pub fn history(items: &[Item<HistoryView>], options: &OutputOptions) -> String {
    let columns = [
        Column {
            header: "START",
            flexible: false,
        },
        Column {
            header: "END",
            flexible: false,
        },
        Column {
            header: "STATUS",
            flexible: false,
        },
        Column {
            header: "ACTION",
            flexible: false,
        },
        Column {
            header: "RETRIES",
            flexible: false,
        },
        Column {
            header: "REPEATS",
            flexible: false,
        },
        Column {
            header: "MESSAGE",
            flexible: true,
        },
    ];
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            let h = &item.view;
            vec![
                time(h.start_time.as_deref()),
                time(h.end_time.as_deref()),
                h.status.clone().unwrap_or_else(dash),
                h.action_name.clone().unwrap_or_else(dash),
                count(h.retry_count),
                count(h.repeat_count),
                h.message.clone().unwrap_or_else(dash),
            ]
        })
        .collect();
    list::render(&columns, &rows, options.width, |i, cell| {
        let colour = match cell {
            "completed" => Some("\x1b[32m"),
            "failed" => Some("\x1b[31m"),
            "postponed" => Some("\x1b[33m"),
            _ => None,
        };
        (options.color && i == 2).then_some(colour).flatten()
    })
}

/// Job collections, one row each.
pub fn collections(items: &[Item<CollectionView>], options: &OutputOptions) -> String {
    let columns = [
        Column {
            header: "NAME",
            flexible: false,
        },
        Column {
            header: "STATE",
            flexible: false,
        },
        Column {
            header: "PLAN",
            flexible: false,
        },
    ];
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
    list::render(&columns, &rows, options.width, |_, _| None)
}

/// One job collection as aligned `Label:  value` lines.
pub fn collection(c: &CollectionView, _options: &OutputOptions) -> String {
    let settings = c.intrinsic_settings.as_ref();
    let quota = settings.and_then(|s| s.quota.as_ref());
    let max_recurrence = quota
        .and_then(|q| q.max_recurrence.as_ref())
        .map(|r| {
            let unit = r.frequency.as_deref().unwrap_or("?").to_ascii_lowercase();
            match r.interval.unwrap_or(1) {
                1 => format!("every {unit}"),
                n => format!("every {n} {unit}s"),
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
        ("Max jobs", count(quota.and_then(|q| q.max_job_count))),
        (
            "Max occurrence",
            count(quota.and_then(|q| q.max_job_occurrence)),
        ),
        ("Max recurrence", max_recurrence),
        ("ETag", c.e_tag.clone().unwrap_or_else(dash)),
    ];
    key_value(&rows, None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::OutputFormat;

    fn options(color: bool) -> OutputOptions {
        OutputOptions {
            format: OutputFormat::Table,
            fields: Vec::new(),
            color,
            width: None,
        }
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
            text.starts_with("Id:          evil [2J State: fake\n"),
            "{text:?}"
        );
    }
}
