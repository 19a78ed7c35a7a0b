//! `schedctl job get`: every output, and what goes over the wire.

use crate::common::*;
use serde_json::Value;

/// `job get myjc job1` at `now`: times in UTC with how long ago they were (SPEC §5).
fn job1_table(now: std::time::SystemTime) -> String {
    let at = |iso| utc_and_relative(iso, now);
    format!(
        "\
Id:            job1
State:         enabled
Action:        GET https://contoso-orders.cloudapp.net/api/v1/orders/reconcile (client certificate)
Error action:  storage queue contosoorders/scheduler-errors
Recurrence:    every 30 minutes, 10 times, until 2026-01-01T00:00:00Z
Retry:         fixed, every 1 minute, 4 times
Start:         {}
Last run:      {}
Next run:      {}
Executions:    3
Failures:      1
Faulted:       0
",
        at("2015-03-31T08:10:39.9122716Z"),
        at("2015-03-31T09:10:40.1436745Z"),
        at("2015-03-31T09:40:39.9122716Z"),
    )
}

#[test]
fn table_shows_the_job_in_words() {
    let w = World::new();
    let out = assert_stdout_at_run_time(w.cmd().args(["job", "get", "myjc", "job1"]), job1_table);
    assert_eq!(stderr(&out), "");
    // The fixture's times are eleven years old or more: the words are pinned too.
    assert!(stdout(&out).contains("Last run:      2015-03-31T09:10:40Z (1"));
    assert!(stdout(&out).contains(" years ago)\nNext run:"));
}

#[test]
fn table_describes_every_action_and_recurrence_shape() {
    let w = World::new();
    let cases = [
        (
            "queue-weekly",
            "Action:      storage queue",
            "every week on Monday and Friday at 09:00",
        ),
        (
            "sbqueue-monthly",
            "Action:      service bus queue",
            "every month on the first Monday and the last Friday",
        ),
        (
            "sbtopic-daily",
            "Action:      service bus topic",
            "every day at 09:00, 09:30, 17:00 and 17:30",
        ),
        ("http-post-basic", "Action:      POST http", "(basic auth)"),
        (
            "aad-yearly",
            "(Azure AD OAuth)",
            "every year in January and July on day 1 and the last day",
        ),
        ("heartbeat", "Action:", "Recurrence:  every minute\n"),
        ("hourly-rollup", "Action:", "Recurrence:  every hour\n"),
    ];
    for (job, action, recurrence) in cases {
        let out = run(w.cmd().args(["job", "get", "myjc", job]));
        assert_code(&out, 0);
        let text = stdout(&out);
        assert!(text.contains(action), "{job}: {text}");
        assert!(text.contains(recurrence), "{job}: {text}");
        let placeholder = ["?/", "/?", " ?", "?\n"].iter().any(|p| text.contains(p));
        assert!(!placeholder, "{job} has an undescribed field: {text}");
    }
}

#[test]
fn table_shows_absent_status_and_one_shot_jobs_plainly() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "myjc", "paused"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(text.contains("State:       disabled\n"), "{text}");
    assert!(
        text.contains("Last run:    -\n") && text.contains("Executions:  -\n"),
        "{text}"
    );

    let out = run(w.cmd().args(["job", "get", "myjc", "never-run"]));
    assert!(
        stdout(&out).contains("Last run:    never\n"),
        "{}",
        stdout(&out)
    );

    let guid = "5c2a3e0d-9b1f-4f6e-8a47-3d2c1b0a9f8e";
    let out = run(w.cmd().args(["job", "get", "myjc", guid]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.starts_with(&format!("Id:          {guid}\n")),
        "{text}"
    );
    assert!(
        text.contains("Recurrence:  once\n") && text.contains("Start:       -\n"),
        "{text}"
    );
}

#[test]
fn json_is_the_services_json_pretty_printed_with_order_and_numbers_kept() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "myjc", "future-field", "-o", "json"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.starts_with("{\n  \"id\": \"future-field\",\n  \"startTime\""),
        "{text}"
    );
    assert!(
        text.contains("  \"futureField\": {\n    \"nested\": [\n      1,\n      2.50,\n      \"x\"\n    ]\n  },\n  \"recurrence\""),
        "unknown field kept in place, 2.50 kept: {text}"
    );
    assert!(
        text.contains("\"uri\": \"https://contoso-orders.cloudapp.net/api/v2/sync\""),
        "{text}"
    );
    assert!(!text.contains("\\/"), "slashes are unescaped: {text}");
    let keys: Vec<String> = serde_json::from_str::<Value>(&text)
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(
        keys,
        [
            "id",
            "startTime",
            "action",
            "futureField",
            "recurrence",
            "state",
            "status"
        ]
    );
}

#[test]
fn json_output_feeds_jq_style_pipelines() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "myjc", "job1", "-o", "json"]));
    assert_code(&out, 0);
    let job: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON and nothing else");
    assert_eq!(job["status"]["executionCount"], 3);
    assert_eq!(
        job["action"]["request"]["headers"]["content-Type"],
        "application/json"
    );
}

#[test]
fn output_comes_from_the_environment_and_the_profile() {
    let w = World::new();
    let out = run(w
        .cmd()
        .env("SCHEDCTL_OUTPUT", "json")
        .args(["job", "get", "myjc", "job1"]));
    assert!(stdout(&out).starts_with("{\n"), "{}", stdout(&out));
    let config = w.profile_with("json.toml", "output = \"json\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    assert!(stdout(&out).starts_with("{\n"), "{}", stdout(&out));
    assert_stdout_at_run_time(
        w.cmd_with_config(&config)
            .args(["job", "get", "myjc", "job1", "-o", "table"]),
        job1_table,
    );
}

#[test]
fn fields_print_raw_values_tab_separated() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "myjc",
        "job1",
        "--field",
        "state",
        "--field",
        "status.executionCount",
        "--field",
        "action.request.headers.content-Type",
        "--field",
        "recurrence",
    ]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "enabled\t3\tapplication/json\t{\"frequency\":\"minute\",\"interval\":30,\"count\":10,\"endTime\":\"2026-01-01T00:00:00Z\"}\n"
    );
}

#[test]
fn field_keys_match_case_insensitively_and_index_arrays() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "myjc",
        "sbtopic-daily",
        "--field",
        "RECURRENCE.schedule.hours[1]",
        "--field",
        "recurrence.schedule.minutes[0]",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "17\t0\n");
}

#[test]
fn a_known_but_absent_field_prints_an_empty_value() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "myjc",
        "never-run",
        "--field",
        "status.lastExecutionTime",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "\n");
    let out = run(w.cmd().args([
        "job",
        "get",
        "myjc",
        "paused",
        "--field",
        "state",
        "--field",
        "status.nextExecutionTime",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "disabled\t\n");
}

#[test]
fn a_field_the_schema_does_not_know_prints_when_the_response_has_it() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "myjc",
        "future-field",
        "--field",
        "futureField.nested[1]",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "2.50\n");
}

#[test]
fn an_unknown_field_is_a_usage_error_with_a_suggestion() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job", "get", "myjc", "job1", "--field", "state", "--field", "stat",
    ]));
    let err = assert_failure(&out, 2);
    assert_eq!(
        err,
        "schedctl: error: unknown field path 'stat' for a job\nhint: did you mean 'state'?\n"
    );
}

#[test]
fn a_malformed_field_path_is_refused_before_any_request() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "myjc", "job1", "--field", "hours[x]"]));
    let err = assert_failure(&out, 2);
    assert!(err.contains("invalid --field path 'hours[x]'"), "{err}");
    assert_eq!(w.emulator.requests(), 0);
}

#[test]
fn field_wins_over_json_output_from_any_source() {
    let w = World::new();
    let out = run(w.cmd().env("SCHEDCTL_OUTPUT", "json").args([
        "job", "get", "myjc", "job1", "-o", "json", "--field", "state",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
}

#[test]
fn the_request_carries_the_versions_the_user_agent_and_the_client_certificate() {
    let w = World::new();
    assert_code(&run(w.cmd().args(["job", "get", "myjc", "job1"])), 0);
    let requests = w.requests();
    assert_eq!(requests.len(), 1);
    let r = &requests[0];
    assert_eq!(r.method, "GET");
    assert_eq!(
        r.target,
        "/2f1e4c2a-0000-4000-8000-000000000001/cloudservices/CS-WestUS-scheduler/resources/scheduler/~/jobCollections/myjc/jobs/job1?api-version=2014-04-01"
    );
    let header = |name: &str| {
        r.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(header("x-ms-version").as_deref(), Some("2013-06-01"));
    assert_eq!(
        header("user-agent"),
        Some(format!("schedctl/{}", env!("CARGO_PKG_VERSION")))
    );
    assert_eq!(
        r.client_thumbprint.as_deref(),
        Some(w.cert.thumbprint().as_str())
    );
    assert_eq!(w.emulator.connections(), 1);
}

#[test]
fn x_ms_version_comes_from_the_profile() {
    let w = World::new();
    let config = w.profile_with("v.toml", "x_ms_version = \"2014-10-01\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_code(&out, 0);
    let r = &w.requests()[0];
    assert!(r
        .headers
        .iter()
        .any(|(n, v)| n.eq_ignore_ascii_case("x-ms-version") && v == "2014-10-01"));
}

#[test]
fn identifiers_are_percent_encoded_as_one_path_segment() {
    let w = World::new();
    for (job, encoded) in [
        ("../x", "..%2Fx"),
        ("a/b", "a%2Fb"),
        ("a?b", "a%3Fb"),
        ("a#b", "a%23b"),
        ("my job", "my%20job"),
    ] {
        let out = run(w.cmd().args(["job", "get", "myjc", job]));
        assert_failure(&out, 3);
        let target = w.requests().last().unwrap().target.clone();
        assert!(
            target.ends_with(&format!(
                "/jobCollections/myjc/jobs/{encoded}?api-version=2014-04-01"
            )),
            "{job}: {target}"
        );
    }
}

#[test]
fn invalid_identifiers_are_usage_errors_before_any_network_use() {
    let w = World::new();
    let long_collection = "c".repeat(101);
    let long_job = "j".repeat(2100);
    let cases: [(&str, &str, &str); 6] = [
        ("myjc", "", "invalid job name '': it is empty"),
        ("myjc", ".", "'.' and '..' are not names"),
        ("..", "job1", "invalid collection name '..'"),
        ("myjc", "a\u{7}b", "control character"),
        (&long_collection, "job1", "longer than 100 characters"),
        ("myjc", &long_job, "the service accepts at most 2048"),
    ];
    for (collection, job, message) in cases {
        let out = run(w.cmd().args(["job", "get", collection, job]));
        let err = assert_failure(&out, 2);
        assert!(err.contains(message), "{collection:.20} {job:.20}: {err}");
    }
    assert_eq!(w.emulator.requests(), 0);
    assert_eq!(w.emulator.connections(), 0);
}
