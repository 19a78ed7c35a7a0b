//! Usage and input failures worded for people: bad arguments, names, conditions and flags
//! that cost no request (SPEC §3, §5, §6). A leaf: it imports only [`crate::error`] and
//! [`crate::text`], so `model` and `output` may word their failures here too.

use std::fmt::Display;

use crate::error::{Error, Kind};

/// `job get COLLECTION - other`: `-` given among other names.
pub fn dash_not_alone() -> Error {
    Error::usage("`-` reads the job names from stdin and must be the only name")
}

/// `job get COLLECTION -`: stdin could not be read.
pub fn stdin_unreadable(e: impl Display) -> Error {
    Error::usage(format!("cannot read job names from stdin: {e}"))
}

/// `--for` without `=` or `!=`.
pub fn condition_without_operator(text: &str) -> Error {
    Error::usage(format!(
        "invalid --for condition '{text}': expected PATH=VALUE or PATH!=VALUE"
    ))
    .hint("e.g. --for state=completed")
}

/// `--for PATH==VALUE` or `--for PATH!==VALUE`.
pub fn condition_doubled_operator(text: &str, path: &str, op: &str, meant: &str) -> Error {
    Error::usage(format!(
        "invalid --for condition '{text}': the operator is `{op}`, not `{op}=`"
    ))
    .hint(format!("--for {path}{op}{meant}"))
}

/// `--for state=VALUE` with a state the service never sends.
pub fn condition_unknown_state(text: &str, value: &str, states: &[&str]) -> Error {
    Error::usage(format!(
        "invalid --for condition '{text}': a job's state is never '{value}'"
    ))
    .hint(format!("states are {}", states.join(", ")))
}

/// `job wait`: the job reached a final state in which the condition cannot hold.
pub fn wait_final_state(job: &str, state: &str, condition: impl Display) -> Error {
    Error::new(
        Kind::WaitNotMet,
        format!(
            "job '{job}' reached the final state '{state}', in which {condition} can no longer become true"
        ),
    )
}

/// `job wait`: the timeout passed; `last_failure` is the last poll's failure, whose message
/// is appended and whose request id and hints are kept.
pub fn wait_timed_out(
    timeout: impl Display,
    condition: impl Display,
    job: &str,
    last_state: Option<&str>,
    polls: &str,
    last_failure: Option<Error>,
) -> Error {
    let mut message = format!(
        "timed out after {timeout} waiting for {condition} on job '{job}' (last state: {}; {polls})",
        last_state.unwrap_or("unknown"),
    );
    let Some(failure) = last_failure else {
        return Error::new(Kind::WaitNotMet, message);
    };
    message.push_str(&format!("; the last poll failed: {}", failure.message));
    let mut error = Error::new(Kind::WaitNotMet, message).request_id(failure.request_id);
    for hint in failure.hints {
        error = error.hint(hint);
    }
    error
}

/// A page of a list response that does not fit the paging (`why` says how).
pub fn invalid_page(why: String, request_id: Option<String>) -> Error {
    Error::new(Kind::InvalidResponse, why).request_id(request_id)
}

/// `--jq` and `--field` given together.
pub fn jq_with_field() -> Error {
    Error::usage("--jq cannot be used with --field")
        .hint("pick several values with --jq alone, e.g. --jq '[.id, .state] | @tsv'")
}

/// `--jq` that does not compile.
pub fn jq_invalid(message: impl Display) -> Error {
    Error::usage(format!("--jq: {message}"))
}

/// `--field` or `--jq` given to a config command.
pub fn selection_on_config(flag: &str) -> Error {
    Error::usage(format!("{flag} does not apply to config commands"))
        .hint("use -o json with jq to pick values from `schedctl config show`")
}

/// Stdout could not be written (other than a closed pipe).
pub fn stdout_unwritable(e: impl Display) -> Error {
    Error::new(Kind::Internal, format!("cannot write to stdout: {e}"))
}

/// How a job name is named in its failures.
pub const JOB_NAME: &str = "job name";

/// How a collection name is named in its failures.
pub const COLLECTION_NAME: &str = "collection name";

/// How the subscription id setting is named in its failures, with where it came from.
pub fn subscription_id_label(source: impl Display) -> String {
    format!("subscription id ({source})")
}

/// How the cloud service setting is named in its failures, with where it came from.
pub fn cloud_service_label(source: impl Display) -> String {
    format!("cloud service ({source})")
}

/// Why a user-supplied identifier is refused.
pub enum BadName {
    /// The empty string.
    Empty,
    /// `.` or `..`.
    Dot,
    /// It contains a control character.
    Control,
    /// Longer than this many characters.
    TooLong(usize),
}

/// An identifier refused before any network use; `what` names it ("job name", …).
pub fn invalid_name(what: &str, name: &str, why: BadName) -> Error {
    let why = match why {
        BadName::Empty => "it is empty".to_string(),
        BadName::Dot => "'.' and '..' are not names".to_string(),
        BadName::Control => "it contains a control character".to_string(),
        BadName::TooLong(max) => format!("it is longer than {max} characters"),
    };
    Error::usage(format!("invalid {what} '{}': {why}", name.escape_debug()))
}

/// A setting's identifier refused by the name check: the same message, as a configuration
/// failure (exit 7).
pub fn invalid_setting(e: Error) -> Error {
    Error::config(e.message)
}

/// The request URL would exceed what the service accepts.
pub fn url_too_long(len: usize, max: usize) -> Error {
    Error::usage(format!(
        "the request URL would be {len} characters long; the service accepts at most {max}"
    ))
    .hint("use shorter names")
}

/// Why a `--field` path is refused.
pub enum BadPath<'a> {
    /// The empty string (or a lone `.`).
    Empty,
    /// `a..b`, `.[0]` and the like.
    EmptyKey,
    /// `]` without `[`.
    UnopenedBracket,
    /// It contains a control character.
    Control,
    /// `[` without `]`.
    UnclosedBracket,
    /// `[x]` where `x` is not an index.
    NotAnIndex(&'a str),
    /// Something other than `.` or `[` after `]`.
    AfterBracket,
}

/// A `--field` path that does not parse.
pub fn invalid_field_path(typed: &str, why: BadPath) -> Error {
    let why = match why {
        BadPath::Empty => "it is empty".to_string(),
        BadPath::EmptyKey => "a key is empty".to_string(),
        BadPath::UnopenedBracket => "']' without '['".to_string(),
        BadPath::Control => "it contains a control character".to_string(),
        BadPath::UnclosedBracket => "'[' without ']'".to_string(),
        BadPath::NotAnIndex(index) => format!("'[{index}]' is not an index such as [0]"),
        BadPath::AfterBracket => "expected '.' or '[' after ']'".to_string(),
    };
    Error::usage(format!(
        "invalid --field path '{}': {why}",
        typed.escape_debug()
    ))
}

/// A `--field` path that neither resolves nor is known for `what`; `column` is the column
/// (path, header) the text names, `suggestion` a near path.
pub fn unknown_field_path(
    path: impl Display,
    what: &str,
    column: Option<(&str, &str)>,
    suggestion: Option<&str>,
) -> Error {
    let error = Error::usage(format!("unknown field path '{path}' for {what}"));
    if let Some((path, header)) = column {
        error.hint(format!("did you mean '{path}'? (the {header} column)"))
    } else if let Some(s) = suggestion {
        error.hint(format!("did you mean '{s}'?"))
    } else {
        error
    }
}
