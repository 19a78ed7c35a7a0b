//! `job list` and `job history`: paging on one connection, filters, and every output.

use crate::common::*;
use serde_json::Value;

fn json_array(out: &std::process::Output) -> Vec<Value> {
    assert_code(out, 0);
    serde_json::from_slice::<Value>(&out.stdout)
        .expect("stdout is one JSON document")
        .as_array()
        .expect("a JSON array")
        .clone()
}

fn paging_of(w: &World) -> Vec<String> {
    w.requests()
        .iter()
        .map(|r| {
            let query = r.target.split_once('?').map(|(_, q)| q).unwrap_or("");
            query
                .split('&')
                .filter(|p| {
                    p.starts_with("$top") || p.starts_with("$skip") || p.starts_with("$filter")
                })
                .collect::<Vec<_>>()
                .join("&")
        })
        .collect()
}

#[test]
fn job_list_fetches_every_page_on_one_connection() {
    let w = World::new();
    let jobs = json_array(&run(w.cmd().args(["job", "list", "big", "-o", "json"])));
    assert_eq!(jobs.len(), 250);
    assert_eq!(jobs[0]["id"], "job-001");
    assert_eq!(jobs[249]["id"], "job-250");
    assert_eq!(
        paging_of(&w),
        [
            "$top=100&$skip=0",
            "$top=100&$skip=100",
            "$top=100&$skip=200"
        ]
    );
    assert_eq!(w.emulator.requests(), 3);
    assert_eq!(
        w.emulator.connections(),
        1,
        "every page on one kept-alive connection"
    );
}

#[test]
fn top_caps_the_total_and_skip_starts_later() {
    let w = World::new();
    let jobs = json_array(&run(w
        .cmd()
        .args(["job", "list", "big", "--top", "120", "-o", "json"])));
    assert_eq!(jobs.len(), 120);
    assert_eq!(paging_of(&w), ["$top=100&$skip=0", "$top=20&$skip=100"]);

    let w = World::new();
    let jobs = json_array(&run(w
        .cmd()
        .args(["job", "list", "big", "--skip", "240", "-o", "json"])));
    assert_eq!(jobs.len(), 10);
    assert_eq!(jobs[0]["id"], "job-241");
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn the_state_filter_goes_to_the_service() {
    let w = World::new();
    let all = json_array(&run(w.cmd().args(["job", "list", "big", "-o", "json"])));
    let expected: Vec<&Value> = all.iter().filter(|j| j["state"] == "disabled").collect();
    assert!(!expected.is_empty());
    let out = run(w.cmd().args([
        "job", "list", "big", "--state", "Disabled", "--field", "id", "--field", "state",
    ]));
    assert_code(&out, 0);
    let lines: Vec<String> = stdout(&out).lines().map(str::to_string).collect();
    assert_eq!(lines.len(), expected.len());
    assert!(lines.iter().all(|l| l.ends_with("\tdisabled")), "{lines:?}");
    assert!(paging_of(&w)
        .last()
        .unwrap()
        .starts_with("$filter=state%20eq%20disabled&$top=100"));
}

#[test]
fn an_invalid_state_is_refused_before_any_request_with_the_valid_ones() {
    let w = World::new();
    let err = assert_failure(
        &run(w.cmd().args(["job", "list", "myjc", "--state", "running"])),
        2,
    );
    assert!(
        err.contains("enabled, disabled, faulted, completed"),
        "{err}"
    );
    let err = assert_failure(&run(w.cmd().args(["job", "list", "myjc", "--top", "0"])), 2);
    assert!(err.contains("--top"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn the_job_table_has_a_row_per_job_and_fits_columns() {
    let w = World::new();
    let out = run(w.cmd().env("COLUMNS", "150").args(["job", "list", "myjc"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("ID "), "{text}");
    for header in [
        "STATE",
        "ACTION",
        "RECURRENCE",
        "NEXT RUN",
        "LAST RUN",
        "EXECUTIONS",
        "FAILURES",
    ] {
        assert!(lines[0].contains(header), "{header}: {}", lines[0]);
    }
    let ids = run(w.cmd().args(["job", "list", "myjc", "--field", "id"]));
    assert_eq!(lines.len(), stdout(&ids).lines().count() + 1);
    assert!(lines.iter().all(|l| l.chars().count() <= 150), "{text}");
    assert!(text.contains('…'), "long actions are shortened: {text}");
    let job1 = lines.iter().find(|l| l.starts_with("job1 ")).unwrap();
    assert!(
        job1.contains("enabled") && job1.contains("every 30 min"),
        "{job1}"
    );

    // Without COLUMNS and without a terminal nothing is shortened.
    let out = run(w.cmd().args(["job", "list", "myjc"]));
    assert!(!stdout(&out).contains('…'));
}

#[test]
fn history_pages_newest_first_on_one_connection() {
    let w = World::new();
    let entries = json_array(&run(w
        .cmd()
        .args(["job", "history", "myjc", "job1", "-o", "json"])));
    assert_eq!(entries.len(), 120);
    assert_eq!(paging_of(&w), ["$top=100&$skip=0", "$top=100&$skip=100"]);
    assert_eq!(w.emulator.connections(), 1);
    let stamps: Vec<&str> = entries
        .iter()
        .map(|e| e["timestamp"].as_str().unwrap())
        .collect();
    let mut sorted = stamps.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    assert_eq!(stamps, sorted, "newest first");
    assert!(entries.iter().all(|e| e["jobId"] == "job1"));
}

#[test]
fn history_filters_by_status() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "history",
        "myjc",
        "job1",
        "--status",
        "failed",
        "--field",
        "status",
        "--field",
        "actionName",
    ]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(!text.is_empty());
    assert!(text.lines().all(|l| l.starts_with("failed\t")), "{text}");
    assert!(paging_of(&w)[0].starts_with("$filter=status%20eq%20failed"));
}

#[test]
fn the_history_table_fits_and_shows_the_status_and_the_body() {
    let w = World::new();
    let out = run(w
        .cmd()
        .env("COLUMNS", "120")
        .args(["job", "history", "myjc", "job1", "--top", "5"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "{text}");
    for header in [
        "START", "END", "STATUS", "ACTION", "HTTP", "RETRIES", "MESSAGE",
    ] {
        assert!(lines[0].contains(header), "{header}: {}", lines[0]);
    }
    assert!(lines.iter().all(|l| l.chars().count() <= 120), "{text}");
    assert!(
        lines[1].ends_with(" 200    0         120       {\"reconciled\":40}"),
        "the status and the body, not the boilerplate: {text}"
    );
}

#[test]
fn an_empty_history_is_an_empty_array_or_nothing_and_a_line_on_stderr() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "history", "myjc", "never-run", "-o", "json"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "[]\n");
    assert_eq!(stderr(&out), "");
    let out = run(w.cmd().args(["job", "history", "myjc", "never-run"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        "no history for job 'never-run' in collection 'myjc'\n"
    );
}

#[test]
fn list_errors_name_what_is_missing() {
    let w = World::new();
    let err = assert_failure(&run(w.cmd().args(["job", "list", "nojc"])), 3);
    assert!(
        err.starts_with("schedctl: error: job collection 'nojc' was not found"),
        "{err}"
    );
    assert!(err.contains("hint: `schedctl collection list`"), "{err}");
    request_id_of(&err);
    let err = assert_failure(&run(w.cmd().args(["job", "history", "myjc", "job9"])), 3);
    assert!(
        err.starts_with("schedctl: error: job 'job9' was not found in collection 'myjc'"),
        "{err}"
    );
    assert!(
        err.contains("hint: `schedctl job list myjc` lists the collection's jobs"),
        "{err}"
    );
}

#[test]
fn an_unknown_field_on_a_list_is_a_usage_error() {
    let w = World::new();
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "history", "myjc", "job1", "--field", "mesage"])),
        2,
    );
    assert!(
        err.contains("unknown field path 'mesage' for a history entry"),
        "{err}"
    );
    assert!(err.contains("did you mean 'message'?"), "{err}");
}
