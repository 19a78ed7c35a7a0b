//! Output on a terminal and off it: colour in SPEC §4's order, tables that fit the width.

use crate::common::*;

const STATE_GREEN: &str = "State:         \x1b[32menabled\x1b[0m\n";
const STATE_PLAIN: &str = "State:         enabled\n";

#[test]
fn color_is_off_when_stdout_is_not_a_terminal() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "myjc", "job1"]));
    assert_code(&out, 0);
    assert!(stdout(&out).contains(STATE_PLAIN));
    assert!(!stdout(&out).contains('\x1b'));
}

#[test]
fn color_follows_flag_then_no_color_then_clicolor_force() {
    let w = World::new();
    // (--color, NO_COLOR, CLICOLOR_FORCE, coloured?)
    type Case = (
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
        bool,
    );
    let cases: [Case; 10] = [
        (Some("always"), None, None, true),
        (Some("always"), Some("1"), None, true),
        (Some("never"), None, Some("1"), false),
        (Some("auto"), None, Some("1"), false),
        (None, None, Some("1"), true),
        (None, None, Some("0"), false),
        (None, Some("1"), Some("1"), false),
        (None, Some(""), Some("1"), true),
        (None, Some("1"), None, false),
        (None, None, None, false),
    ];
    for (flag, no_color, force, coloured) in cases {
        let mut cmd = w.cmd();
        cmd.args(["job", "get", "myjc", "job1"]);
        if let Some(flag) = flag {
            cmd.args(["--color", flag]);
        }
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        if let Some(v) = force {
            cmd.env("CLICOLOR_FORCE", v);
        }
        let out = run(&mut cmd);
        assert_code(&out, 0);
        let text = stdout(&out);
        let case = format!("--color {flag:?}, NO_COLOR {no_color:?}, CLICOLOR_FORCE {force:?}");
        if coloured {
            assert!(text.contains(STATE_GREEN), "{case}: {text:?}");
            // Only the state is painted.
            assert_eq!(text.matches('\x1b').count(), 2, "{case}: {text:?}");
        } else {
            assert!(text.contains(STATE_PLAIN), "{case}: {text:?}");
            assert!(!text.contains('\x1b'), "{case}: {text:?}");
        }
    }
}

#[test]
fn json_and_fields_are_never_coloured() {
    let w = World::new();
    for args in [["-o", "json"], ["--field", "state"]] {
        let out = run(w
            .cmd()
            .args(["job", "get", "myjc", "job1", "--color", "always"])
            .args(args));
        assert_code(&out, 0);
        assert!(!stdout(&out).contains('\x1b'), "{args:?}");
    }
}

#[test]
fn the_table_wraps_long_values_to_columns_with_a_hanging_indent() {
    let w = World::new();
    let out = run(w
        .cmd()
        .env("COLUMNS", "60")
        .args(["job", "get", "myjc", "job1"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains(
            "Action:        GET https://contoso-orders.cloudapp.net/api/\n               v1/orders/reconcile (client certificate)\n"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Recurrence:    every 30 minutes, 10 times, until\n               2026-01-01T00:00:00Z\n"
        ),
        "{text}"
    );
    for line in text.lines() {
        assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
    }
    // COLUMNS that is not a number is ignored: no wrapping.
    let out = run(w
        .cmd()
        .env("COLUMNS", "wide")
        .args(["job", "get", "myjc", "job1"]));
    assert!(stdout(&out).contains("reconcile (client certificate)\nError action:"));
}
