//! `schedctl job …`: get, list, history and wait.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use crate::cli::{GlobalArgs, Paging, JOB_STATES};
use crate::error::{Error, Kind, Result};
use crate::explain::{usage, Target};
use crate::model::field::{FieldPath, Segment};
use crate::model::history::HistoryView;
use crate::model::schema;
use crate::model::{self, Job, JobView};
use crate::output::{self, table};
use crate::resource;
use crate::text::safe;

use super::{emit, query, say_empty, Query, Session};

/// `job get`: one job in the single-job output, or several (or `-`: names on stdin) fetched
/// in order on one kept-alive connection and printed in the shapes of `job list` (SPEC §3).
pub fn get(global: &GlobalArgs, collection: &str, names: &[String]) -> Result<()> {
    let query = query(global)?;
    resource::check_collection(collection)?;
    let (names, as_list) = match names {
        [dash] if dash == "-" => (names_from_stdin()?, true),
        _ if names.len() > 1 && names.iter().any(|n| n == "-") => {
            return Err(usage::dash_not_alone())
        }
        _ => (names.to_vec(), names.len() > 1),
    };
    for job in &names {
        resource::check_name(usage::JOB_NAME, job, None)?;
    }
    if !as_list {
        return get_one(global, query, collection, &names[0]);
    }
    let session = Session::open(global)?;
    // Every path (and so its length against the endpoint) is checked before the first request.
    let paths = names
        .iter()
        .map(|job| resource::job_path(&session.settings, collection, job))
        .collect::<Result<Vec<String>>>()?;
    let mut jobs: Vec<Job> = Vec::with_capacity(names.len());
    let mut first_failure: Option<Error> = None;
    let mut stopped: Option<Error> = None;
    for (job, path) in names.iter().zip(&paths) {
        let target = Target::Job { collection, job };
        let found = session
            .get(path, &target, None)
            .and_then(|r| model::parse_job(&r.body, r.request_id.as_deref()));
        match found {
            Ok(found) => jobs.push(found),
            Err(error) if concerns_only_this_job(&error) => {
                eprint!("{}", error.render());
                first_failure.get_or_insert(error.into_reported());
            }
            Err(error) => {
                stopped = Some(error);
                break;
            }
        }
    }
    let options = session.output_options(global, query);
    say_empty(global, &options, names.len(), "no job names on stdin");
    emit(output::render_list(
        &jobs,
        &schema::JOB,
        &options,
        table::jobs,
    ))?;
    match (first_failure, stopped) {
        (Some(first), Some(stop)) => {
            eprint!("{}", stop.render());
            Err(first)
        }
        (first, stop) => first.or(stop).map_or(Ok(()), Err),
    }
}

/// The single-job output of `job get`.
fn get_one(global: &GlobalArgs, query: Query, collection: &str, job: &str) -> Result<()> {
    let session = Session::open(global)?;
    let path = resource::job_path(&session.settings, collection, job)?;
    let target = Target::Job { collection, job };
    let response = session.get(&path, &target, None)?;
    let job = model::parse_job(&response.body, response.request_id.as_deref())?;
    let options = session.output_options(global, query);
    emit(output::render_one(&job, &schema::JOB, &options, table::job))
}

/// Whether a multi-job `job get` goes on after this failure: a job that is not there, or a
/// service error that outlasted its retries, concerns that job alone. A missing collection
/// or cloud service, a refused certificate, a network failure or anything about our own
/// settings would fail every other job the same way, so they stop the command (SPEC §3).
fn concerns_only_this_job(error: &Error) -> bool {
    match error.kind {
        Kind::Service => true,
        Kind::NotFound => error.message.starts_with("job '"),
        _ => false,
    }
}

/// The job names of `job get COLLECTION -`: one per line on stdin, blank lines skipped.
fn names_from_stdin() -> Result<Vec<String>> {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut std::io::stdin().lock(), &mut text)
        .map_err(usage::stdin_unreadable)?;
    Ok(parse_names(&text))
}

/// Names one per line (`\n` or `\r\n`), blank lines skipped; nothing else is trimmed, so
/// that a stray space is reported by the name check rather than silently dropped.
fn parse_names(text: &str) -> Vec<String> {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// `job list`: every page of the collection's jobs, or `--top` of them.
pub fn list(
    global: &GlobalArgs,
    collection: &str,
    state: Option<&str>,
    paging: Paging,
) -> Result<()> {
    let query = query(global)?;
    resource::check_collection(collection)?;
    let session = Session::open(global)?;
    let state = state.map(str::to_ascii_lowercase);
    let path = resource::jobs_path(&session.settings, collection, state.as_deref())?;
    let jobs: Vec<Job> = session.get_list(&path, paging, &Target::Jobs { collection }, "jobs")?;
    let options = session.output_options(global, query);
    let empty = match &state {
        Some(state) => format!("no {state} jobs in collection '{collection}'"),
        None => format!("no jobs in collection '{collection}'"),
    };
    say_empty(global, &options, jobs.len(), &empty);
    emit(output::render_list(
        &jobs,
        &schema::JOB,
        &options,
        table::jobs,
    ))
}

/// `job history`: the job's history entries, newest first.
pub fn history(
    global: &GlobalArgs,
    collection: &str,
    job: &str,
    status: Option<&str>,
    paging: Paging,
) -> Result<()> {
    let query = query(global)?;
    resource::check_collection(collection)?;
    resource::check_name(usage::JOB_NAME, job, None)?;
    let session = Session::open(global)?;
    let status = status.map(str::to_ascii_lowercase);
    let path = resource::history_path(&session.settings, collection, job, status.as_deref())?;
    let target = Target::History { collection, job };
    let entries: Vec<model::Item<HistoryView>> =
        session.get_list(&path, paging, &target, "history entries")?;
    let options = session.output_options(global, query);
    let empty = match &status {
        Some(status) => {
            format!("no {status} history entries for job '{job}' in collection '{collection}'")
        }
        None => format!("no history for job '{job}' in collection '{collection}'"),
    };
    say_empty(global, &options, entries.len(), &empty);
    emit(output::render_list(
        &entries,
        &schema::HISTORY,
        &options,
        table::history,
    ))
}

/// A `--for` condition: a path, `=` or `!=`, and a value.
#[derive(Debug, PartialEq, Eq)]
struct Condition {
    path: FieldPath,
    equal: bool,
    /// Lower case for a state.
    value: String,
    /// The path is the job's `state`.
    is_state: bool,
}

impl Condition {
    /// Parses `PATH=VALUE` or `PATH!=VALUE`, refusing what can never be met (SPEC §3): `==`,
    /// and a `state` other than the four the service sends (a value's case does not matter).
    fn parse(text: &str) -> Result<Condition> {
        let (path, equal, value) = match (text.find("!="), text.find('=')) {
            (Some(ne), Some(eq)) if ne < eq => (&text[..ne], false, &text[ne + 2..]),
            (_, Some(eq)) => (&text[..eq], true, &text[eq + 1..]),
            _ => return Err(usage::condition_without_operator(text)),
        };
        let op = if equal { "=" } else { "!=" };
        if let Some(meant) = value.strip_prefix('=') {
            return Err(usage::condition_doubled_operator(text, path, op, meant));
        }
        let path = FieldPath::parse(path)?;
        let is_state =
            matches!(path.segments(), [Segment::Key(k)] if k.eq_ignore_ascii_case("state"));
        let value = if is_state {
            let lower = value.to_ascii_lowercase();
            if !JOB_STATES.contains(&lower.as_str()) {
                return Err(usage::condition_unknown_state(text, value, &JOB_STATES));
            }
            lower
        } else {
            value.to_string()
        };
        Ok(Condition {
            path,
            equal,
            value,
            is_state,
        })
    }

    /// Whether the job meets the condition; the value is compared with what `--field`
    /// would print (an absent but known path compares as the empty string), a state without
    /// regard to case.
    fn holds(&self, job: &Job) -> Result<bool> {
        let mut shown = schema::JOB.value(&self.path, &job.raw)?;
        if self.is_state {
            shown.make_ascii_lowercase();
        }
        Ok((shown == self.value) == self.equal)
    }
}

impl std::fmt::Display for Condition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let op = if self.equal { "=" } else { "!=" };
        write!(f, "{}{op}{}", self.path, self.value)
    }
}

/// States from which a job never moves on.
const FINAL_STATES: [&str; 2] = ["completed", "faulted"];

/// `job wait`: polls on one kept-alive connection until the condition holds (then shows
/// the job), the timeout passes, or a final state makes the condition impossible (exit 9).
pub fn wait(
    global: &GlobalArgs,
    collection: &str,
    job: &str,
    condition: &str,
    timeout: Duration,
    interval: Duration,
) -> Result<()> {
    let query = query(global)?;
    let condition = Condition::parse(condition)?;
    resource::check_collection(collection)?;
    resource::check_name(usage::JOB_NAME, job, None)?;
    let session = Session::open(global)?;
    let path = resource::job_path(&session.settings, collection, job)?;
    let target = Target::Job { collection, job };
    let started = Instant::now();
    let deadline = started + timeout;
    let mut progress = Progress::new(global.quiet);
    let mut polls = 0u64;
    let mut last_state: Option<String> = None;
    let mut last_failure: Option<Error>;
    loop {
        polls += 1;
        last_failure = None;
        match session.get(&path, &target, Some(deadline)) {
            Ok(response) => {
                let found = model::parse_job(&response.body, response.request_id.as_deref());
                match found {
                    Ok(found) => {
                        let state = state_of(&found.view);
                        if condition.holds(&found)? {
                            progress.clear();
                            let options = session.output_options(global, query);
                            return emit(output::render_one(
                                &found,
                                &schema::JOB,
                                &options,
                                table::job,
                            ));
                        }
                        if FINAL_STATES.contains(&state.as_str()) {
                            progress.clear();
                            return Err(usage::wait_final_state(job, &state, &condition)
                                .request_id(response.request_id));
                        }
                        last_state = Some(state);
                    }
                    Err(e) => last_failure = Some(e),
                }
            }
            Err(error) if ends_wait(&error) => {
                progress.clear();
                return Err(error);
            }
            Err(error) => last_failure = Some(error),
        }
        progress.show(&progress_line(
            &condition,
            last_state.as_deref(),
            polls,
            started.elapsed(),
            timeout,
            last_failure.as_ref().map(|e| e.message.as_str()),
        ));
        // No poll starts at or after the deadline: the sleep ends there at the latest.
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        std::thread::sleep(interval.min(left));
        if Instant::now() >= deadline {
            break;
        }
    }
    progress.clear();
    Err(usage::wait_timed_out(
        humantime::format_duration(timeout),
        &condition,
        job,
        last_state.as_deref(),
        &count_polls(polls),
        last_failure,
    ))
}

/// `1 poll`, `2 polls`.
fn count_polls(polls: u64) -> String {
    if polls == 1 {
        "1 poll".to_string()
    } else {
        format!("{polls} polls")
    }
}

/// The progress line: `waiting for state=completed: state enabled, 3 polls, 12s of 10m`.
fn progress_line(
    condition: &Condition,
    state: Option<&str>,
    polls: u64,
    elapsed: Duration,
    timeout: Duration,
    failure: Option<&str>,
) -> String {
    format!(
        "waiting for {condition}: state {}, {}, {} of {}{}",
        state.unwrap_or("unknown"),
        count_polls(polls),
        humantime::format_duration(Duration::from_secs(elapsed.as_secs())),
        humantime::format_duration(timeout),
        failure
            .map(|p| format!(" (last poll failed: {p})"))
            .unwrap_or_default()
    )
}

/// Failures that end a wait early: a job, collection or cloud service that is gone (404),
/// a refused certificate (401/403), and anything about our own settings. Transient network
/// and service failures do not: the next poll may succeed.
fn ends_wait(error: &Error) -> bool {
    matches!(
        error.kind,
        Kind::NotFound | Kind::Auth | Kind::Config | Kind::Usage | Kind::Internal
    )
}

fn state_of(job: &JobView) -> String {
    job.state
        .as_deref()
        .unwrap_or("unknown")
        .to_ascii_lowercase()
}

/// What redraws the progress line: back to its start, clear it, then the line, whose state
/// and failure come from the service and so go through [`safe`] (SPEC §5): a state holding
/// `\r`, `\n` or an escape sequence would otherwise paint the terminal or forge a line.
fn redraw(line: &str) -> String {
    format!("\r\x1b[K{}", safe(line))
}

/// One progress line redrawn on stderr, only on a terminal and without `-q`.
struct Progress {
    enabled: bool,
    shown: bool,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        Progress {
            enabled: !quiet && std::io::stderr().is_terminal(),
            shown: false,
        }
    }

    fn show(&mut self, line: &str) {
        if self.enabled {
            eprint!("{}", redraw(line));
            self.shown = true;
        }
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_line_shows_outside_text_escaped() {
        assert_eq!(
            redraw("state enabled\u{1b}[2J\nhint: x | sudo sh\u{202e}"),
            "\r\x1b[Kstate enabled\\u{1b}[2J\\u{a}hint: x | sudo sh\\u{202e}"
        );
    }

    #[test]
    fn names_on_stdin_skip_blank_lines_and_keep_the_rest_as_written() {
        assert_eq!(
            parse_names("job1\n\n  \nqueue-weekly\r\n heartbeat\n"),
            ["job1", "queue-weekly", " heartbeat"]
        );
        assert!(parse_names("").is_empty());
    }

    #[test]
    fn conditions_parse_equal_and_not_equal() {
        let c = Condition::parse("state=completed").unwrap();
        assert!(c.equal);
        assert_eq!(c.value, "completed");
        assert_eq!(c.to_string(), "state=completed");
        let c = Condition::parse("status.executionCount!=0").unwrap();
        assert!(!c.equal);
        assert_eq!(c.path.to_string(), "status.executionCount");
        let c = Condition::parse("action.request.body=a=b").unwrap();
        assert_eq!(c.value, "a=b");
        let c = Condition::parse("status.lastExecutionTime=").unwrap();
        assert_eq!(c.value, "");
        assert!(Condition::parse("state").is_err());
        assert!(Condition::parse("=x").is_err());
        let e = Condition::parse("state==completed").unwrap_err();
        assert_eq!(e.hints, ["--for state=completed"]);
        let e = Condition::parse("state!==enabled").unwrap_err();
        assert_eq!(e.hints, ["--for state!=enabled"]);
        assert!(Condition::parse("state=bogus").is_err());
        assert!(Condition::parse("state=").is_err());
        assert!(Condition::parse(".State!=nope").is_err());
        let c = Condition::parse("state=Completed").unwrap();
        assert_eq!((c.value.as_str(), c.is_state), ("completed", true));
        let c = Condition::parse("status.state=x").unwrap();
        assert!(!c.is_state);
    }

    #[test]
    fn the_progress_line_counts_polls_and_shows_the_timeout() {
        let c = Condition::parse("state=completed").unwrap();
        let line = |polls| {
            progress_line(
                &c,
                Some("enabled"),
                polls,
                Duration::from_millis(12_400),
                Duration::from_secs(600),
                None,
            )
        };
        assert_eq!(
            line(1),
            "waiting for state=completed: state enabled, 1 poll, 12s of 10m"
        );
        assert_eq!(
            line(3),
            "waiting for state=completed: state enabled, 3 polls, 12s of 10m"
        );
    }

    #[test]
    fn conditions_compare_what_field_would_print() {
        let job = model::parse_job(
            br#"{"id":"j","state":"enabled","status":{"executionCount":3}}"#,
            None,
        )
        .unwrap();
        assert!(Condition::parse("state=enabled")
            .unwrap()
            .holds(&job)
            .unwrap());
        assert!(Condition::parse("status.executionCount=3")
            .unwrap()
            .holds(&job)
            .unwrap());
        assert!(Condition::parse("status.lastExecutionTime=")
            .unwrap()
            .holds(&job)
            .unwrap());
        assert!(Condition::parse("state!=completed")
            .unwrap()
            .holds(&job)
            .unwrap());
        assert!(Condition::parse("state=ENABLED")
            .unwrap()
            .holds(&job)
            .unwrap());
        assert!(Condition::parse("sate=enabled")
            .unwrap()
            .holds(&job)
            .is_err());
    }
}
