//! List tables (SPEC §5): never wider than the terminal or `COLUMNS`, counted in display
//! columns; flexible columns shortened with `…`, then whole columns left out by priority; ids
//! and states whole; times relative to now in `job list`, UTC in `-o wide` and in history;
//! `--no-headers`; and empty lists (SPEC §3).

use std::time::SystemTime;

use unicode_width::UnicodeWidthStr;

use crate::common::*;
use crate::pty::{run_on_pty, OnTerminal};

/// One job of `myjc` as `-o wide` shows it: id, state, action, recurrence, next run, last run
/// (a service time, or what stands for none), executions, failures.
const MYJC: [[&str; 8]; 13] = [
    ["job1", "enabled", "GET https://contoso-orders.cloudapp.net/api/v1/orders/reconcile (client certificate)", "every 30 minutes, 10 times, until 2026-01-01T00:00:00Z", "2015-03-31T09:40:39Z", "2015-03-31T09:10:40Z", "3", "1"],
    ["queue-weekly", "enabled", "storage queue contosoreports/weekly-reports", "every week on Monday and Friday at 09:00", "2015-04-13T09:00:00Z", "2015-04-10T09:00:00Z", "2", "0"],
    ["sbqueue-monthly", "enabled", "service bus queue contoso-billing/invoices", "every month on the first Monday and the last Friday", "2015-06-01T06:30:00Z", "2015-05-29T06:30:00Z", "2", "0"],
    ["sbtopic-daily", "enabled", "service bus topic contoso-inventory/inventory/updates", "every day at 09:00, 09:30, 17:00 and 17:30, 60 times, until 2015-12-31T23:59:59Z", "2015-06-03T09:00:00Z", "2015-06-02T17:30:00Z", "8", "0"],
    ["http-post-basic", "enabled", "POST http://legacy-hooks.contoso.com/hooks/cleanup (basic auth)", "every 12 hours", "2015-04-02T00:00:00Z", "2015-04-01T12:00:00Z", "61", "2"],
    ["aad-yearly", "enabled", "PUT https://management.core.windows.net/2f1e4c2a-0000-4000-8000-000000000001/services/archive/rotate (Azure AD OAuth)", "every year in January and July on day 1 and the last day", "2015-07-01T03:00:00Z", "2015-01-31T03:00:00Z", "2", "0"],
    ["heartbeat", "enabled", "GET https://status.contoso.com/ping", "every minute", "2015-04-01T10:42:00Z", "2015-04-01T10:41:00Z", "2082", "4"],
    ["hourly-rollup", "enabled", "GET https://metrics.contoso.com/api/rollup?window=1h&format=json", "every hour", "2015-04-01T11:00:00Z", "2015-04-01T10:00:00Z", "27", "0"],
    ["paused", "disabled", "GET https://contoso-orders.cloudapp.net/api/v1/cache/warm", "every day", "-", "-", "-", "-"],
    ["never-run", "enabled", "storage queue contosoreports/year-end", "every year", "2027-01-01T00:00:00Z", "never", "0", "0"],
    ["5c2a3e0d-9b1f-4f6e-8a47-3d2c1b0a9f8e", "completed", "POST https://contoso-orders.cloudapp.net/api/v1/migrations/2015-04", "once", "-", "2015-04-01T00:00:01Z", "1", "0"],
    ["broken-hook", "faulted", "POST https://old-partner.example.net/notify", "every 6 hours", "-", "2015-03-22T18:00:02Z", "11", "11"],
    ["future-field", "enabled", "GET https://contoso-orders.cloudapp.net/api/v2/sync", "every 2 days", "2015-04-02T08:10:39Z", "2015-03-31T08:10:40Z", "1", "0"],
];

const HEADERS: [&str; 8] = [
    "ID",
    "STATE",
    "ACTION",
    "RECURRENCE",
    "NEXT RUN",
    "LAST RUN",
    "EXECUTIONS",
    "FAILURES",
];

/// `cell` cut to `width` columns with `…` (every cell of `myjc` is ASCII).
fn cut(cell: &str, width: usize) -> String {
    if cell.len() <= width {
        cell.to_string()
    } else {
        format!("{}…", &cell[..width - 1])
    }
}

/// A table with these columns (indexes into a `MYJC` row) at these widths: three spaces
/// between columns, the last one not padded, no trailing spaces.
fn table(shown: &[(usize, usize)], rows: &[Vec<String>], headers: bool) -> String {
    let mut out = String::new();
    let header: Vec<String> = HEADERS.iter().map(|h| h.to_string()).collect();
    let all = headers.then_some(&header).into_iter().chain(rows);
    for row in all {
        let line: Vec<String> = shown
            .iter()
            .map(|&(i, width)| {
                let cell = cut(&row[i], width);
                format!("{cell:width$}")
            })
            .collect();
        out.push_str(line.join("   ").trim_end());
        out.push('\n');
    }
    out
}

/// The rows of `myjc` with times relative to `now`, as the default table shows them.
fn relative_rows(now: SystemTime) -> Vec<Vec<String>> {
    MYJC.iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .map(|(i, cell)| match i {
                    4 | 5 if cell.starts_with("20") => relative(cell, now),
                    _ => cell.to_string(),
                })
                .collect()
        })
        .collect()
}

/// `job list myjc` at 80 columns: the GUID id, the state, the action shortened, the last run.
fn at_80(now: SystemTime) -> String {
    table(
        &[(0, 36), (1, 9), (2, 16), (5, 8)],
        &relative_rows(now),
        true,
    )
}

/// At 100: the next run too; the recurrence goes rather than both flexible columns being cut
/// to 12 (each `…` is budgeted as the three bytes it takes).
fn at_100(now: SystemTime) -> String {
    table(
        &[(0, 36), (1, 9), (2, 25), (4, 8), (5, 8)],
        &relative_rows(now),
        true,
    )
}

/// At 160: every column, the flexible ones shortened.
fn at_160(now: SystemTime) -> String {
    table(
        &[
            (0, 36),
            (1, 9),
            (2, 28),
            (3, 28),
            (4, 8),
            (5, 8),
            (6, 10),
            (7, 8),
        ],
        &relative_rows(now),
        true,
    )
}

/// Every line of `text` is at most `width` display columns wide, and every id of `myjc` begins
/// a line, whole.
#[track_caller]
fn fits_with_whole_ids(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.width() <= width,
            "{} columns: {line:?}\n{text}",
            line.width()
        );
        // Also in bytes, as `awk '{ print length }'` (mawk) counts them: myjc is ASCII but
        // for the `…` of a shortened cell.
        assert!(
            line.len() <= width,
            "{} bytes: {line:?}\n{text}",
            line.len()
        );
    }
    for row in &MYJC {
        let id = format!("{} ", row[0]);
        assert!(
            text.lines().any(|l| l.starts_with(&id)),
            "{id:?} is not whole in\n{text}"
        );
    }
}

#[test]
fn job_list_fits_80_100_and_160_columns_exactly() {
    let w = World::new();
    for (width, expected) in [
        ("80", at_80 as fn(SystemTime) -> String),
        ("100", at_100),
        ("160", at_160),
    ] {
        let out = assert_stdout_at_run_time(
            w.cmd().env("COLUMNS", width).args(["job", "list", "myjc"]),
            expected,
        );
        assert_eq!(stderr(&out), "");
        fits_with_whole_ids(&stdout(&out), width.parse().unwrap());
    }
}

#[test]
fn job_list_shows_far_past_times_relative_to_now() {
    let w = World::new();
    let out = run(w.cmd().env("COLUMNS", "80").args(["job", "list", "myjc"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    // Eleven years and more: a second's drift cannot change these.
    let job1 = text.lines().find(|l| l.starts_with("job1 ")).unwrap();
    assert!(
        job1.contains("   GET https://con…   1") && job1.ends_with("y ago"),
        "{job1}"
    );
    assert!(!text.contains("2015-"), "{text}");
    assert!(text.contains("\npaused "), "{text}");
}

#[test]
fn job_list_lines_never_exceed_the_width_and_ids_stay_whole() {
    let w = World::new();
    for width in [40, 60, 79, 81, 99, 120, 140, 200, 300] {
        let out = run(w
            .cmd()
            .env("COLUMNS", width.to_string())
            .args(["job", "list", "myjc"]));
        assert_code(&out, 0);
        let text = stdout(&out);
        if width >= 51 {
            fits_with_whole_ids(&text, width);
        } else {
            // ID and STATE alone are 36 + 3 + 9 columns: wider than 40, and never cut.
            assert!(
                text.starts_with("ID                                     STATE\n"),
                "{text}"
            );
            assert!(text.contains("\n5c2a3e0d-9b1f-4f6e-8a47-3d2c1b0a9f8e   completed\n"));
        }
    }
}

#[test]
fn job_list_on_an_80_column_terminal_fits_it_whatever_columns_says() {
    let w = World::new();
    let mut cmd = w.std_cmd();
    cmd.arg("--config")
        .arg(w.config())
        .args(["job", "list", "myjc", "--color", "never"])
        .env("COLUMNS", "200");
    let on = OnTerminal {
        stdin: false,
        stdout: true,
        stderr: false,
    };
    let before = SystemTime::now();
    let out = run_on_pty(cmd, 80, 24, on, None);
    let after = SystemTime::now();
    assert_eq!(out.status.code(), Some(0), "{}", out.stderr);
    if out.terminal != at_80(before) {
        assert_eq!(out.terminal, at_80(after));
    }
    fits_with_whole_ids(&out.terminal, 80);
}

#[test]
fn wide_shows_every_column_in_full_with_utc_times_whatever_the_width() {
    let w = World::new();
    let rows: Vec<Vec<String>> = MYJC
        .iter()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect();
    let expected = table(
        &[
            (0, 36),
            (1, 9),
            (2, 117),
            (3, 80),
            (4, 20),
            (5, 20),
            (6, 10),
            (7, 8),
        ],
        &rows,
        true,
    );
    assert!(!expected.contains('…'));
    for env in [None, Some("80")] {
        let mut cmd = w.cmd();
        cmd.args(["job", "list", "myjc", "-o", "wide"]);
        if let Some(columns) = env {
            cmd.env("COLUMNS", columns);
        }
        let out = run(&mut cmd);
        assert_code(&out, 0);
        assert_eq!(stdout(&out), expected);
    }
    // From the environment and the config file too, like table and json.
    let out = run(w
        .cmd()
        .env("SCHEDCTL_OUTPUT", "wide")
        .args(["job", "list", "myjc"]));
    assert_eq!(stdout(&out), expected);
}

#[test]
fn no_headers_drops_the_header_line_and_its_width() {
    let w = World::new();
    // Without the header, LAST RUN is as wide as `11y ago` and ACTION gains the column.
    let out = assert_stdout_at_run_time(
        w.cmd()
            .env("COLUMNS", "80")
            .args(["job", "list", "myjc", "--no-headers"]),
        |now| {
            table(
                &[(0, 36), (1, 9), (2, 17), (5, 8)],
                &relative_rows(now),
                false,
            )
        },
    );
    assert!(stdout(&out).starts_with("job1 "));
    let out = run(w.cmd().args(["collection", "list", "--no-headers"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "myjc      Started   Standard\nfaulty    Stopped   Free\nbig       Started   Premium\nwaiting   Started   Premium\nintl      Started   Free\nhostile   Started   Free\n"
    );
    let out = run(w.cmd().args([
        "job",
        "history",
        "myjc",
        "job1",
        "--top",
        "1",
        "--no-headers",
        "-o",
        "wide",
    ]));
    assert_eq!(
        stdout(&out),
        "2015-03-31T09:10:40Z   2015-03-31T09:10:40Z   completed   MainAction   200 OK   0   120   {\"reconciled\":40}\n"
    );
}

#[test]
fn cjk_and_combining_text_align_by_display_width() {
    let w = World::new();
    let out = assert_stdout_at_run_time(w.cmd().args(["job", "list", "intl"]), |now| {
        let last = relative("2015-04-01T06:00:00Z", now);
        let next = relative("2015-04-02T06:00:00Z", now);
        format!(
            "ID             STATE      ACTION                                      RECURRENCE           NEXT RUN   LAST RUN   EXECUTIONS   FAILURES\n\
             日次レポート   enabled    GET https://例え.jp/レポート/日次?形式=表   every day at 06:00   {next:8}   {last:8}   2            0\n\
             cafe\u{301}-re\u{301}sume\u{301}    disabled   storage queue contosoreports/e\u{301}te\u{301}            every week           -          -          -            -\n"
        )
    });
    assert_eq!(stderr(&out), "");
    // Shortened in display columns: a wide character that would straddle the edge is left
    // out, and the column keeps its width.
    let out = assert_stdout_at_run_time(
        w.cmd().env("COLUMNS", "62").args(["job", "list", "intl"]),
        |now| {
            let last = relative("2015-04-01T06:00:00Z", now);
            let next = relative("2015-04-02T06:00:00Z", now);
            format!(
                "ID             STATE      ACTION         NEXT RUN   LAST RUN\n\
                 日次レポート   enabled    GET https:/…   {next:8}   {last}\n\
                 cafe\u{301}-re\u{301}sume\u{301}    disabled   storage que…   -          -\n"
            )
        },
    );
    assert!(stdout(&out).lines().all(|l| l.width() <= 62));
    for width in 30..=140 {
        let out = run(w
            .cmd()
            .env("COLUMNS", width.to_string())
            .args(["job", "list", "intl"]));
        let text = stdout(&out);
        assert!(text.lines().all(|l| l.width() <= width), "{width}:\n{text}");
        assert!(text.contains("\n日次レポート   enabled"), "{text}");
        assert!(text.contains("\ncafe\u{301}-re\u{301}sume\u{301}    disabled"));
    }
}

#[test]
fn history_at_80_columns_shows_the_status_and_what_differs() {
    let w = World::new();
    let out = run(w
        .cmd()
        .env("COLUMNS", "80")
        .args(["job", "history", "myjc", "job1", "--top", "10"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "\
START                  STATUS      HTTP   MESSAGE
2015-03-31T09:10:40Z   completed   200    {\"reconciled\":40}
2015-03-31T08:40:40Z   completed   200    {\"reconciled\":41}
2015-03-31T08:10:40Z   completed   200    {\"reconciled\":42}
2015-03-31T07:40:40Z   completed   200    {\"reconciled\":43}
2015-03-31T07:10:40Z   completed   200    {\"reconciled\":44}
2015-03-31T06:40:40Z   completed   200    {\"reconciled\":45}
2015-03-31T06:10:40Z   completed   200    {\"reconciled\":46}
2015-03-31T05:44:41Z   completed   -      sent 'job1 failed: see https://cont…
2015-03-31T05:40:40Z   failed      500    Request to host 'contoso-orders.clo…
2015-03-31T05:10:40Z   completed   200    {\"reconciled\":41}
"
    );
    // Wide: which action wrote each row, and every message part whole.
    let out = run(w.cmd().args([
        "job", "history", "myjc", "job1", "--top", "10", "-o", "wide",
    ]));
    let text = stdout(&out);
    assert!(text.contains("   completed   ErrorAction   -                           0         113       sent 'job1 failed: see https://contoso-orders.cloudapp.net/status' to the queue 'scheduler-errors' in the storage account 'contosoorders'\n"), "{text}");
    assert!(text.contains("   failed      MainAction    500 Internal Server Error   4         113       Request to host 'contoso-orders.cloudapp.net' failed\n"), "{text}");
    assert!(!text.contains("Http Action"), "{text}");
}

#[test]
fn an_empty_list_prints_nothing_and_says_so_on_stderr_unless_quiet() {
    let w = World::new();
    let cases: [(&[&str], &str); 3] = [
        (
            &["job", "list", "intl", "--state", "faulted"],
            "no faulted jobs in collection 'intl'\n",
        ),
        (
            &["job", "history", "myjc", "never-run"],
            "no history for job 'never-run' in collection 'myjc'\n",
        ),
        (
            &[
                "job",
                "history",
                "myjc",
                "heartbeat",
                "--status",
                "postponed",
            ],
            "no postponed history entries for job 'heartbeat' in collection 'myjc'\n",
        ),
    ];
    for (args, said) in cases {
        for extra in [&[][..], &["-o", "wide"], &["--no-headers"]] {
            let out = run(w.cmd().args(args).args(extra));
            assert_code(&out, 0);
            assert_eq!(stdout(&out), "", "{args:?} {extra:?}");
            assert_eq!(stderr(&out), said, "{args:?} {extra:?}");
        }
        for (extra, shown) in [
            (&["-q"][..], ""),
            (&["-o", "json"], "[]\n"),
            (&["--field", "id"], ""),
        ] {
            let out = run(w.cmd().args(args).args(extra));
            assert_code(&out, 0);
            assert_eq!(stdout(&out), shown, "{args:?} {extra:?}");
            assert_eq!(stderr(&out), "", "{args:?} {extra:?}");
        }
    }
}
