//! Output you can query (SPEC §5): `-o jsonl`, `--jq`, `--field` the way people type it,
//! and help that shows a command's own options first and lists the paths it knows.

use crate::common::*;
use serde_json::Value;

/// `-o json` of a command, parsed (numbers keep their text: serde_json's
/// `arbitrary_precision`, which schedctl turns on, is on here too).
fn json_of(w: &World, args: &[&str]) -> Value {
    let out = run(w.cmd().args(args).args(["-o", "json"]));
    assert_code(&out, 0);
    serde_json::from_str(&stdout(&out)).expect("-o json is JSON")
}

#[test]
fn jsonl_prints_one_compact_line_per_job_equal_to_the_json_array() {
    let w = World::new();
    let array = json_of(&w, &["job", "list", "myjc"]);
    let array = array.as_array().expect("an array");
    let out = run(w.cmd().args(["job", "list", "myjc", "-o", "jsonl"]));
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "");
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), array.len());
    assert!(lines.len() > 5, "{text}");
    assert!(text.ends_with('\n'));
    for (line, item) in lines.iter().zip(array) {
        let parsed: Value = serde_json::from_str(line).expect("each line is JSON");
        assert_eq!(&parsed, item);
        // Compact, and the same text as the element: order, numbers and all.
        assert_eq!(*line, serde_json::to_string(item).unwrap());
    }
    // job1's 7-digit fractions come out as sent.
    assert!(
        lines[0].contains(r#""startTime":"2015-03-31T08:10:39.9122716Z""#),
        "{}",
        lines[0]
    );
}

#[test]
fn jsonl_of_one_job_is_one_line_and_keeps_numbers_past_64_bits() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "hostile", "odd-values", "-o", "jsonl"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(
        text.contains(r#""executionCount":18446744073709551616"#),
        "{text}"
    );
    assert!(
        text.contains(r#""interval":99999999999999999999999"#),
        "{text}"
    );
    assert!(text.contains(r#""faultedCount":2.5"#), "{text}");
    let parsed: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        parsed,
        json_of(&w, &["job", "get", "hostile", "odd-values"])
    );
}

#[test]
fn jsonl_escapes_what_could_drive_a_terminal_like_json() {
    let w = World::new();
    let out = run(w
        .cmd()
        .args(["job", "get", "hostile", "controls", "-o", "jsonl"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    let body = text.strip_suffix('\n').unwrap();
    assert!(
        !body
            .chars()
            .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
        "{text:?}"
    );
    let parsed: Value = serde_json::from_str(body).unwrap();
    assert_eq!(parsed, json_of(&w, &["job", "get", "hostile", "controls"]));
}

#[test]
fn jsonl_and_wide_are_output_values_in_every_layer() {
    let w = World::new();
    let out = run(w
        .cmd()
        .env("SCHEDCTL_OUTPUT", "jsonl")
        .args(["collection", "list"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(text.lines().count() >= 2, "{text}");
    for line in text.lines() {
        assert!(serde_json::from_str::<Value>(line).unwrap().is_object());
    }
    let config = w.profile_with("wide.toml", "output = \"wide\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    assert_code(&out, 0);
    assert!(stdout(&out).starts_with("Id:"), "{}", stdout(&out));
    let err = assert_failure(
        &run(w.cmd().args(["job", "get", "myjc", "job1", "-o", "yaml"])),
        2,
    );
    assert!(err.contains("table, wide, json, jsonl"), "{err}");
}

#[test]
fn jq_prints_what_jq_gives_over_the_json() {
    let w = World::new();
    let job = json_of(&w, &["job", "get", "myjc", "job1"]);
    let jq = |program: &str| {
        let out = run(w
            .cmd()
            .args(["job", "get", "myjc", "job1", "--jq", program]));
        assert_code(&out, 0);
        assert_eq!(stderr(&out), "");
        stdout(&out)
    };
    // A number as sent, a string raw, an object compact, each result on its own line.
    assert_eq!(
        jq(".status.executionCount"),
        format!("{}\n", job["status"]["executionCount"])
    );
    assert_eq!(jq(".status.executionCount"), "3\n");
    assert_eq!(jq(".startTime"), "2015-03-31T08:10:39.9122716Z\n");
    assert_eq!(
        jq(".status"),
        format!("{}\n", serde_json::to_string(&job["status"]).unwrap())
    );
    assert_eq!(jq(".id, .state"), "job1\nenabled\n");
    assert_eq!(
        jq(".action.errorAction.queueMessage.message"),
        "job1 failed: see https://contoso-orders.cloudapp.net/status\n"
    );
    assert_eq!(jq("empty"), "");
}

#[test]
fn jq_runs_over_the_array_of_a_list_and_wins_over_output() {
    let w = World::new();
    let array = json_of(&w, &["job", "list", "myjc"]);
    let out = run(w
        .cmd()
        .args(["job", "list", "myjc", "-o", "table", "--jq", "length"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        format!("{}\n", array.as_array().unwrap().len())
    );
    let out = run(w
        .cmd()
        .env("SCHEDCTL_OUTPUT", "json")
        .args(["job", "list", "myjc", "--top", "2", "--jq", ".[].id"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        format!(
            "{}\n{}\n",
            array[0]["id"].as_str().unwrap(),
            array[1]["id"].as_str().unwrap()
        )
    );
}

#[test]
fn jq_dot_is_the_jsonl_line_and_strings_stay_raw() {
    let w = World::new();
    let job = ["job", "get", "hostile", "controls"];
    let jsonl = run(w.cmd().args(job).args(["-o", "jsonl"]));
    let jq = run(w.cmd().args(job).args(["--jq", "."]));
    assert_code(&jq, 0);
    // JSON results are escaped as -o json/jsonl escape them: nothing can drive a terminal.
    assert_eq!(stdout(&jq), stdout(&jsonl));
    // A string result is raw, like `jq -r` and gh's --jq: it is data for a script.
    let id = run(w.cmd().args(job).args(["--jq", ".id"]));
    assert_code(&id, 0);
    let json = json_of(&w, &job);
    assert_eq!(stdout(&id), format!("{}\n", json["id"].as_str().unwrap()));
}

#[test]
fn jq_keeps_big_numbers_exact() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "hostile",
        "odd-values",
        "--jq",
        ".status.executionCount, .recurrence.interval, .recurrence.schedule.monthDays, .status.faultedCount",
    ]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "18446744073709551616\n99999999999999999999999\n[-9223372036854775808,0,32]\n2.5\n"
    );
}

#[test]
fn jq_with_field_is_a_usage_error() {
    let w = World::new();
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "get", "myjc", "job1", "--jq", ".id", "--field", "id"])),
        2,
    );
    assert!(
        err.contains("'--jq <EXPR>' cannot be used with '--field <PATH>'"),
        "{err}"
    );
    assert!(w.requests().is_empty(), "no request for a usage error");
    // One before the subcommand, the other after it: clap does not see the conflict.
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["--jq", ".id", "job", "get", "myjc", "job1", "--field", "id"])),
        2,
    );
    assert!(err.contains("--jq cannot be used with --field"), "{err}");
    assert!(w.requests().is_empty(), "no request for a usage error");
}

#[test]
fn a_jq_program_that_does_not_compile_is_exit_2_before_any_request() {
    let w = World::new();
    let err = assert_failure(
        &run(w.cmd().args(["job", "get", "myjc", "job1", "--jq", ".["])),
        2,
    );
    assert!(err.starts_with("schedctl: error: --jq: "), "{err}");
    assert!(err.contains("line 1, column 3"), "{err}");
    assert!(w.requests().is_empty(), "no request for a usage error");
}

#[test]
fn a_jq_program_that_fails_while_running_is_exit_2_with_the_message() {
    let w = World::new();
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "get", "myjc", "job1", "--jq", ".id.x"])),
        2,
    );
    assert_eq!(
        err,
        "schedctl: error: --jq: cannot index \"job1\" with \"x\"\n"
    );
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["job", "get", "myjc", "job1", "--jq", ".id, error(\"boom\")"])),
        2,
    );
    assert!(err.contains("boom"), "{err}");
}

#[test]
fn jq_does_not_apply_to_config_commands() {
    let w = World::new();
    let err = assert_failure(
        &run(w.cmd().args(["config", "show", "--jq", ".profile"])),
        2,
    );
    assert!(
        err.contains("--jq does not apply to config commands"),
        "{err}"
    );
}

#[test]
fn field_takes_a_leading_dot() {
    let w = World::new();
    let out = run(w.cmd().args([
        "job",
        "get",
        "myjc",
        "job1",
        "--field",
        ".state",
        "--field",
        ".status.executionCount",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\t3\n");
    let out = run(w
        .cmd()
        .args(["job", "wait", "myjc", "job1", "--for", ".state=enabled"]));
    assert_code(&out, 0);
}

#[test]
fn a_table_header_given_as_a_field_is_suggested_its_path() {
    let w = World::new();
    for (args, header, path) in [
        (
            vec!["job", "get", "myjc", "job1"],
            "next-run",
            "status.nextExecutionTime",
        ),
        (
            vec!["job", "get", "myjc", "job1"],
            "NEXT RUN",
            "status.nextExecutionTime",
        ),
        (
            vec!["job", "list", "myjc"],
            "last-run",
            "status.lastExecutionTime",
        ),
        (
            vec!["job", "list", "myjc"],
            "executions",
            "status.executionCount",
        ),
        (
            vec!["job", "list", "myjc"],
            "failures",
            "status.failureCount",
        ),
        (
            vec!["job", "history", "myjc", "job1"],
            "retries",
            "retryCount",
        ),
        (vec!["collection", "list"], "plan", "intrinsicSettings.plan"),
    ] {
        let err = assert_failure(&run(w.cmd().args(&args).args(["--field", header])), 2);
        assert!(
            err.contains(&format!("unknown field path '{header}'")),
            "{err}"
        );
        assert!(
            err.contains(&format!("hint: did you mean '{path}'? (the ")),
            "{header}: {err}"
        );
    }
}

/// The part of `--help` before the global options, and the global options.
fn help_parts(args: &[&str]) -> (String, String) {
    let w = World::new();
    let out = run(w.bare_cmd().args(args));
    assert_code(&out, 0);
    let help = stdout(&out);
    let (own, global) = help
        .split_once("\nGlobal options:\n")
        .unwrap_or_else(|| panic!("no Global options heading in:\n{help}"));
    (own.to_string(), global.to_string())
}

#[test]
fn help_shows_the_commands_own_options_first_and_the_global_ones_under_their_heading() {
    let (own, global) = help_parts(&["job", "list", "--help"]);
    assert!(own.contains("--state <STATE>"), "{own}");
    assert!(own.contains("--top <N>"), "{own}");
    for flag in [
        "--profile",
        "--config",
        "--output",
        "--field",
        "--jq",
        "--cert",
    ] {
        assert!(!own.contains(flag), "{flag} before the globals:\n{own}");
        assert!(
            global.contains(flag),
            "{flag} not among the globals:\n{global}"
        );
    }
    let (own, _) = help_parts(&["job", "get", "--help"]);
    assert!(own.lines().count() <= 20, "{own}");
    let (own, global) = help_parts(&["job", "get", "-h"]);
    assert!(own.lines().count() <= 12, "{own}");
    assert!(global.contains("-o, --output <FORMAT>"), "{global}");
}

#[test]
fn long_help_and_man_pages_list_the_paths_each_command_prints() {
    let w = World::new();
    let help = |args: &[&str]| stdout(&run(w.bare_cmd().args(args)));
    let get = help(&["job", "get", "--help"]);
    assert!(
        get.contains("Fields of a job (--field PATH or .PATH"),
        "{get}"
    );
    assert!(get.contains("status.nextExecutionTime,"), "{get}");
    assert!(get.contains("action.request.headers.NAME"), "{get}");
    let short = help(&["job", "get", "-h"]);
    assert!(!short.contains("Fields of"), "{short}");
    let history = help(&["job", "history", "--help"]);
    assert!(history.contains("Fields of a history entry"), "{history}");
    assert!(
        history.contains("retryCount, repeatCount, actionName"),
        "{history}"
    );
    let collection = help(&["collection", "list", "--help"]);
    assert!(
        collection.contains("intrinsicSettings.quota.maxJobCount"),
        "{collection}"
    );
    assert!(!help(&["config", "show", "--help"]).contains("Fields of"));

    let man = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("man/schedctl-job-get.1"),
    )
    .unwrap();
    assert!(man.contains(".SH FIELDS"), "{man}");
    assert!(man.contains("status.nextExecutionTime,"), "{man}");
    assert!(man.contains(".SH \"GLOBAL OPTIONS\""), "{man}");
    let own = man.split(".SH \"GLOBAL OPTIONS\"").next().unwrap();
    assert!(own.contains("COLLECTION"), "{own}");
    assert!(!own.contains("\\-\\-profile\\fR \\fI"), "{own}");
}

#[test]
fn query_is_pointed_to_jq_and_field_not_quiet() {
    let w = World::new();
    for args in [
        vec!["job", "get", "myjc", "job1", "--query", "state"],
        vec!["job", "get", "myjc", "job1", "--query=state"],
    ] {
        let err = assert_failure(&run(w.cmd().args(&args)), 2);
        assert!(err.contains("unexpected argument '--query' found"), "{err}");
        assert!(err.contains("--jq EXPR"), "{err}");
        assert!(err.contains("--field PATH"), "{err}");
        assert!(!err.contains("--quiet"), "{err}");
    }
    assert!(w.requests().is_empty());
}

#[test]
fn config_listings_take_jsonl_too() {
    let w = World::new();
    let out = run(w.cmd().args(["config", "profiles", "-o", "jsonl"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "{\"name\":\"test\",\"default\":true,\"current\":true}\n"
    );
    let out = run(w.cmd().args(["config", "path", "-o", "jsonl"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["exists"], Value::Bool(true));
    let out = run(w.cmd().args(["config", "show", "-o", "jsonl"]));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["profile"], "test");
}
