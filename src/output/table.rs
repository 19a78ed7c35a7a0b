//! The table view of a job: a borderless key/value list, like `kubectl describe`.

use crate::model::JobView;
use crate::output::describe;

const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const RED: &str = "\x1b[31m";
const BLUE: &str = "\x1b[34m";
const RESET: &str = "\x1b[0m";

/// Values narrower than this are not wrapped: a column of a few letters reads worse than a
/// line that runs past the edge.
const MIN_VALUE_WIDTH: usize = 20;

/// A job as aligned `Label:  value` lines. With a `width`, long values wrap at spaces (or
/// anywhere in a word longer than the line) onto lines indented to the value column.
pub fn job(job: &JobView, color: bool, width: Option<usize>) -> String {
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
    let label_width = rows.iter().map(|(label, _)| label.len()).max().unwrap_or(0) + 1;
    let indent = label_width + 2;
    let value_width = width
        .map(|w| w.saturating_sub(indent))
        .filter(|&w| w >= MIN_VALUE_WIDTH);
    let mut out = String::new();
    for (label, value) in rows {
        let value = one_line(&value);
        let lines = match value_width {
            Some(w) => wrap(&value, w),
            None => vec![value],
        };
        for (i, line) in lines.into_iter().enumerate() {
            let line = if color && label == "State" {
                paint_state(&line)
            } else {
                line
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

/// Breaks `text` into lines of at most `width` characters: at spaces where it can, inside a
/// word only when the word alone is too long (a URL, say).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut len = 0;
    for word in text.split(' ') {
        let mut word = word;
        let mut word_len = word.chars().count();
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
            word_len = word.chars().count();
        }
        line.push_str(word);
        len += word_len;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Keeps a value on its row and the terminal safe: control characters from the service
/// (newlines, escape sequences) become spaces.
fn one_line(value: &str) -> String {
    value
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Where to cut a word that is longer than `room` characters: after the last `/`, `-`, `.`,
/// `?` or `&` in the second half of the room (so that URLs break between their parts), else
/// after exactly `room` characters. A byte index.
fn split_point(word: &str, room: usize) -> usize {
    let hard = word.char_indices().nth(room).map_or(word.len(), |(i, _)| i);
    let soft = word[..hard]
        .char_indices()
        .skip(room / 2)
        .filter(|(_, c)| matches!(c, '/' | '-' | '.' | '?' | '&'))
        .last()
        .map(|(i, c)| i + c.len_utf8());
    soft.unwrap_or(hard)
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
        let text = job(&view, false, None);
        assert!(
            text.starts_with("Id:          job1\nState:       disabled\n"),
            "{text}"
        );
        assert!(text.contains("Recurrence:  once\n"));
        assert!(text.contains("Last run:    -\n"));
        assert!(!text.contains('\x1b'));
        assert!(job(&view, true, None).contains("\x1b[2mdisabled\x1b[0m"));
    }

    #[test]
    fn service_text_cannot_inject_escape_sequences_or_rows() {
        let view = JobView {
            id: Some("evil\x1b[2J\nState: fake".into()),
            ..Default::default()
        };
        let text = job(&view, true, None);
        assert!(
            text.starts_with("Id:          evil [2J State: fake\n"),
            "{text:?}"
        );
    }

    #[test]
    fn long_values_wrap_under_the_value_column() {
        let view = JobView {
            id: Some("a-job-with-a-rather-long-name that goes on and on".into()),
            state: Some("enabled".into()),
            ..Default::default()
        };
        let text = job(&view, true, Some(40));
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
        assert_eq!(job(&view, false, Some(25)), job(&view, false, None));
        assert_eq!(job(&view, false, None).lines().count(), 11);
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
