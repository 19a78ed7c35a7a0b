//! A job history entry (SPEC §2).

use serde::Deserialize;
use serde_json::Number;

/// The typed fields of a history entry; every one may be absent.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryView {
    /// The job.
    pub job_id: Option<String>,
    /// When the entry was written.
    pub timestamp: Option<String>,
    /// When the execution started.
    pub start_time: Option<String>,
    /// When it ended.
    pub end_time: Option<String>,
    /// The job's state then.
    pub state: Option<String>,
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
