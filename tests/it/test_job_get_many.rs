//! `job get COLLECTION JOB...` and `job get COLLECTION -`: several jobs on one connection,
//! in order, printed in the shapes of `job list`.

use std::time::Duration;

use schedctl_emulator::faults::Fault;
use serde_json::Value;

use crate::common::*;

/// The jobs of the example, in an order that is not the collection's.
const THREE: [&str; 3] = ["job1", "queue-weekly", "heartbeat"];

fn get_many(w: &World, jobs: &[&str], extra: &[&str]) -> std::process::Output {
    run(w.cmd().args(["job", "get", "myjc"]).args(jobs).args(extra))
}

#[test]
fn three_jobs_print_one_field_line_each_over_one_connection() {
    let w = World::new();
    let out = get_many(&w, &THREE, &["--field", "id", "--field", "state"]);
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "job1\tenabled\nqueue-weekly\tenabled\nheartbeat\tenabled\n"
    );
    assert_eq!(stderr(&out), "");
    assert_eq!(w.emulator.connections(), 1);
    let targets: Vec<String> = w.requests().into_iter().map(|r| r.target).collect();
    let expected: Vec<String> = THREE.iter().map(|j| w.job_target(j)).collect();
    assert_eq!(targets, expected, "fetched in the order given");
}

#[test]
fn the_table_is_the_job_list_table_in_the_order_given() {
    let w = World::new();
    let out = get_many(&w, &["heartbeat", "job1", "queue-weekly"], &[]);
    assert_code(&out, 0);
    let text = stdout(&out);
    let list = stdout(&run(w.cmd().args(["job", "list", "myjc"])));
    // Widths follow the rows shown, so the header is compared by its column names.
    let header: Vec<&str> = text.lines().next().unwrap().split_whitespace().collect();
    let list_header: Vec<&str> = list.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, list_header, "{text}");
    let ids: Vec<&str> = text
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(ids, ["heartbeat", "job1", "queue-weekly"], "{text}");
    assert_eq!(
        w.emulator.connections(),
        2,
        "one for the get, one for the list"
    );
}

#[test]
fn json_is_one_array_of_the_jobs_as_job_get_prints_them() {
    let w = World::new();
    let out = get_many(&w, &THREE, &["-o", "json"]);
    assert_code(&out, 0);
    let array: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let array = array.as_array().expect("an array");
    assert_eq!(array.len(), 3);
    for (job, value) in THREE.iter().zip(array) {
        let one = run(w.cmd().args(["job", "get", "myjc", job, "-o", "json"]));
        let one: Value = serde_json::from_slice(&one.stdout).unwrap();
        assert_eq!(value, &one);
    }
}

#[test]
fn one_name_keeps_the_single_job_output() {
    let w = World::new();
    let out = get_many(&w, &["job1"], &[]);
    assert_code(&out, 0);
    assert!(
        stdout(&out).starts_with("Id:            job1\n"),
        "{}",
        stdout(&out)
    );
    let out = get_many(&w, &["job1"], &["-o", "json"]);
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(value.is_object(), "{value}");
}

#[test]
fn a_missing_job_in_the_middle_is_reported_and_the_others_printed_exit_3() {
    let w = World::new();
    let out = get_many(&w, &["job1", "nosuchjob", "heartbeat"], &["--field", "id"]);
    assert_code(&out, 3);
    assert_eq!(stdout(&out), "job1\nheartbeat\n");
    let err = stderr(&out);
    assert!(
        err.starts_with("schedctl: error: job 'nosuchjob' was not found in collection 'myjc'"),
        "{err}"
    );
    assert_eq!(err.matches("schedctl: error:").count(), 1, "{err}");
    request_id_of(&err);
    assert_eq!(w.emulator.connections(), 1);
    assert_eq!(w.requests().len(), 3);
}

#[test]
fn a_service_error_that_outlasts_its_retries_skips_that_job_only() {
    let w = World::new();
    w.emulator.script([
        Fault::Latency(Duration::ZERO),
        Fault::Status {
            status: 503,
            retry_after: None,
        },
    ]);
    let out = run(w
        .cmd()
        .args(["--retries", "0", "job", "get", "myjc"])
        .args(THREE)
        .args(["--field", "id"]));
    assert_code(&out, 5);
    assert_eq!(stdout(&out), "job1\nheartbeat\n");
    assert!(
        stderr(&out).starts_with("schedctl: error: the service failed reading job 'queue-weekly'"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_refused_certificate_stops_at_once() {
    let w = World::new();
    w.emulator.script([Fault::Status {
        status: 403,
        retry_after: None,
    }]);
    let out = get_many(&w, &THREE, &["--field", "id"]);
    assert_code(&out, 4);
    assert_eq!(stdout(&out), "");
    assert_eq!(w.requests().len(), 1, "no request after the refusal");
}

#[test]
fn the_first_failure_decides_the_exit_status_and_a_stop_is_still_shown() {
    let w = World::new();
    w.emulator.script([
        Fault::Latency(Duration::ZERO),
        Fault::Latency(Duration::ZERO),
        Fault::Status {
            status: 403,
            retry_after: None,
        },
    ]);
    let out = get_many(
        &w,
        &["job1", "nosuchjob", "heartbeat", "queue-weekly"],
        &["--field", "id"],
    );
    assert_code(&out, 3);
    assert_eq!(stdout(&out), "job1\n");
    let err = stderr(&out);
    assert_eq!(err.matches("schedctl: error:").count(), 2, "{err}");
    assert!(
        err.contains("error: job 'nosuchjob' was not found"),
        "{err}"
    );
    assert_eq!(w.requests().len(), 3);
}

#[test]
fn an_invalid_name_anywhere_is_exit_2_before_any_request() {
    let w = World::new();
    for jobs in [
        &["bad\u{1b}name", "job1", "heartbeat"][..],
        &["job1", "heartbeat", ".."],
        &["job1", "", "heartbeat"],
    ] {
        let out = get_many(&w, jobs, &["--field", "id"]);
        let err = assert_failure(&out, 2);
        assert!(err.contains("job name"), "{err}");
    }
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn dash_reads_names_from_stdin_skipping_blank_lines() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args([
            "job", "get", "myjc", "-", "--field", "id", "--field", "state",
        ])
        .write_stdin("job1\n\n   \nqueue-weekly\r\nheartbeat"));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "job1\tenabled\nqueue-weekly\tenabled\nheartbeat\tenabled\n"
    );
    assert_eq!(w.emulator.connections(), 1);
}

#[test]
fn dash_always_prints_the_list_shapes() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "myjc", "-", "-o", "json"])
        .write_stdin("job1\n"));
    assert_code(&out, 0);
    let value: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value.as_array().map(Vec::len), Some(1), "{value}");
    let out = run(w
        .cmd()
        .args(["job", "get", "myjc", "-", "-o", "json"])
        .write_stdin("\n\n"));
    assert_code(&out, 0);
    assert_eq!(stdout(&out).trim(), "[]");
}

#[test]
fn an_invalid_name_on_stdin_is_exit_2_before_any_request() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "myjc", "-", "--field", "id"])
        .write_stdin("job1\nheartbeat\n..\n"));
    assert_failure(&out, 2);
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn dash_with_other_names_is_a_usage_error() {
    let w = World::new();
    let out = get_many(&w, &["job1", "-"], &[]);
    let err = assert_failure(&out, 2);
    assert!(err.contains("must be the only name"), "{err}");
}

#[test]
fn jsonl_prints_one_compact_line_per_job() {
    let w = World::new();
    let out = get_many(&w, &THREE, &["-o", "jsonl"]);
    assert_code(&out, 0);
    let text = stdout(&out);
    let ids: Vec<String> = text
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line).expect("each line one JSON object");
            value["id"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(ids, THREE, "{text}");
}

#[test]
fn jq_runs_over_the_array_that_json_would_print() {
    let w = World::new();
    let out = get_many(&w, &THREE, &["--jq", ".[] | .id + \" \" + .state"]);
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "job1 enabled\nqueue-weekly enabled\nheartbeat enabled\n"
    );
    assert_eq!(w.emulator.connections(), 1);
}

#[test]
fn no_names_on_stdin_print_nothing_and_say_so_for_a_table() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "myjc", "-"]).write_stdin("\n"));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_eq!(stderr(&out), "no job names on stdin\n");
    assert_eq!(w.emulator.connections(), 0);
}
