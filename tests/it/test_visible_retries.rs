//! Visible retries (SPEC §7): a line per retry on a terminal and with `-v`, none otherwise,
//! and the final error counting the attempts made.

use schedctl_emulator::faults::Fault;

use crate::common::*;
use crate::pty::{run_on_pty, OnTerminal};

const STDERR: OnTerminal = OnTerminal {
    stdin: false,
    stdout: false,
    stderr: true,
};

fn busy() -> Fault {
    Fault::Status {
        status: 503,
        retry_after: Some("0".into()),
    }
}

const GET: [&str; 6] = ["--retries", "2", "job", "get", "myjc", "job1"];

#[test]
fn each_retry_gets_a_line_on_a_terminal() {
    let w = World::new();
    w.emulator.script([busy(), busy()]);
    let mut cmd = w.std_cmd();
    cmd.arg("--config").arg(w.config()).args(GET);
    let out = run_on_pty(cmd, 120, 24, STDERR, None);
    assert_eq!(out.status.code(), Some(0), "{:?}", out.terminal);
    let lines: Vec<&str> = out
        .terminal
        .lines()
        .map(|l| l.trim_start_matches("\r\x1b[K"))
        .collect();
    assert_eq!(
        lines,
        [
            "schedctl: retrying in 0ms after 503 Service Unavailable (attempt 2 of 3)",
            "schedctl: retrying in 0ms after 503 Service Unavailable (attempt 3 of 3)",
        ],
        "{:?}",
        out.terminal
    );
    assert_eq!(w.emulator.requests(), 3);
}

#[test]
fn q_silences_retry_lines_on_a_terminal_but_not_with_v() {
    let w = World::new();
    w.emulator.script([busy()]);
    let mut cmd = w.std_cmd();
    cmd.arg("--config").arg(w.config()).arg("-q").args(GET);
    let out = run_on_pty(cmd, 120, 24, STDERR, None);
    assert_eq!(out.status.code(), Some(0), "{:?}", out.terminal);
    assert_eq!(out.terminal, "");
    w.emulator.script([busy()]);
    let out = run(w.cmd().args(["-q", "-v"]).args(GET));
    assert_code(&out, 0);
    assert!(
        stderr(&out)
            .contains("schedctl: retrying in 0ms after 503 Service Unavailable (attempt 2 of 3)\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn no_retry_line_without_a_terminal_or_v() {
    let w = World::new();
    w.emulator.script([busy()]);
    let out = run(w.cmd().args(GET));
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "");
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn the_final_error_counts_the_attempts_after_503s() {
    let w = World::new();
    w.emulator.script([busy(), busy(), busy()]);
    let out = run(w.cmd().args(GET));
    let err = assert_failure(&out, 5);
    let first = err.lines().next().unwrap();
    assert!(
        first.starts_with("schedctl: error: the service failed reading job 'job1' in collection 'myjc' (ServerBusy: ")
            && first.contains(") (3 attempts in "),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 3);
}

#[test]
fn the_final_error_counts_the_attempts_after_refused_connections() {
    let w = World::new();
    // A port that was just free: nothing listens there.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let out = run(w
        .cmd()
        .args(["-v", "--endpoint", &format!("https://127.0.0.1:{port}")])
        .args(GET));
    assert_code(&out, 6);
    let err = stderr(&out);
    assert_eq!(
        err.matches("after connection refused (attempt ").count(),
        2,
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "schedctl: error: cannot connect to 127.0.0.1:{port}: connection refused (3 attempts in "
        )),
        "{err}"
    );
}

#[test]
fn a_server_that_never_answers_is_announced_after_each_timeout() {
    let w = World::configured(|b| {
        b.connection_mode(schedctl_emulator::faults::ConnectionMode::HangAfterTls)
    });
    let mut cmd = w.std_cmd();
    cmd.arg("--config")
        .arg(w.config())
        .args(["--request-timeout", "1s", "--retries", "1"])
        .args(["job", "get", "myjc", "job1"]);
    let out = run_on_pty(cmd, 200, 24, STDERR, None);
    assert_eq!(out.status.code(), Some(6), "{:?}", out.terminal);
    let lines: Vec<&str> = out
        .terminal
        .lines()
        .map(|l| l.trim_start_matches("\r\x1b[K"))
        .collect();
    assert!(
        lines[0].starts_with("schedctl: retrying in ")
            && lines[0].ends_with(" after a timeout (attempt 2 of 2)"),
        "{:?}",
        out.terminal
    );
    assert!(
        lines[1].starts_with("schedctl: error: no complete response from ")
            && lines[1].contains(" within 1s (request timeout) (2 attempts in "),
        "{:?}",
        out.terminal
    );
    assert_eq!(w.emulator.connections(), 2);
}
