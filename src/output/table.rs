//! The table view of a job: a borderless key/value list, like `kubectl describe`.

use crate::model::JobView;
use crate::output::describe;

const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const BLUE: &str = "\x1b[34m";
const RESET: &str = "\x1b[0m";

/// A job as aligned `Label:  value` lines.
pub fn job(job: &JobView, color: bool) -> String {
    let dash = || "-".to_string();
    let state = job.state.clone().unwrap_or_else(dash);
    let action = job.action.as_ref();
    let status = job.status.as_ref();
    let count = |v: Option<u64>| v.map(|n| n.to_string()).unwrap_or_else(dash);
    let mut rows: Vec<(&str, String)> = vec![
        ("Id", job.id.clone().unwrap_or_else(dash)),
        ("State", state),
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
        (
            "Start",
            job.start_time
                .as_deref()
                .map(describe::time)
                .unwrap_or_else(dash),
        ),
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
            status
                .and_then(|s| s.next_execution_time.as_deref())
                .map(describe::time)
                .unwrap_or_else(dash),
        ),
        ("Executions", count(status.and_then(|s| s.execution_count))),
        ("Failures", count(status.and_then(|s| s.failure_count))),
        ("Faulted", count(status.and_then(|s| s.faulted_count))),
    ]);
    let width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 1;
    let mut out = String::new();
    for (label, value) in rows {
        let value = one_line(&value);
        let value = if color && label == "State" {
            paint_state(&value)
        } else {
            value
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

fn paint_state(state: &str) -> String {
    let colour = match state.to_ascii_lowercase().as_str() {
        "enabled" => GREEN,
        "disabled" => DIM,
        "faulted" => RED,
        "completed" => BLUE,
        _ => return state.to_string(),
    };
    format!("{colour}{state}{RESET}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_align_and_absent_values_show_a_dash() {
        let view = JobView {
            id: Some("job1".into()),
            state: Some("disabled".into()),
            ..Default::default()
        };
        let text = job(&view, false);
        assert!(
            text.starts_with("Id:          job1\nState:       disabled\n"),
            "{text}"
        );
        assert!(text.contains("Recurrence:  once\n"));
        assert!(text.contains("Last run:    -\n"));
        assert!(!text.contains('\x1b'));
        assert!(job(&view, true).contains("\x1b[2mdisabled\x1b[0m"));
    }

    #[test]
    fn service_text_cannot_inject_escape_sequences_or_rows() {
        let view = JobView {
            id: Some("evil\x1b[2J\nState: fake".into()),
            ..Default::default()
        };
        let text = job(&view, true);
        assert!(
            text.starts_with("Id:          evil [2J State: fake\n"),
            "{text:?}"
        );
    }
}
