//! A job history entry (SPEC §2).

use serde::Deserialize;
use serde_json::Number;

/// The typed fields of a history entry that the table shows; every one may be absent. The
/// others (`jobId`, `timestamp`, `state`) stay in the raw JSON only, so an odd value there
/// cannot make the entry unreadable.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryView {
    /// When the execution started.
    pub start_time: Option<String>,
    /// When it ended.
    pub end_time: Option<String>,
    /// `completed`, `failed` or `postponed`.
    pub status: Option<String>,
    /// What happened, in the service's words.
    pub message: Option<String>,
    /// Retries of this execution.
    pub retry_count: Option<Number>,
    /// Which repetition of the job this was.
    pub repeat_count: Option<Number>,
    /// `MainAction` or `ErrorAction`.
    pub action_name: Option<String>,
}
