//! At home in the shell: completions, help with examples, closed pipes and Ctrl-C.

use std::io::Read;
use std::net::TcpListener;
use std::process::{Command as Process, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::common::*;

/// The real binary as a `std::process::Command`, isolated like `World::cmd`, for tests that
/// need the child's pipes or its process id.
fn process(w: &World, args: &[&str]) -> Process {
    let mut cmd = Process::new(env!("CARGO_BIN_EXE_schedctl"));
    cmd.env_clear()
        .env("HOME", w.home())
        .env("XDG_CONFIG_HOME", w.path("xdg"))
        .env("SCHEDCTL_CONFIG", w.config())
        .current_dir(w.dir.path())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

#[test]
fn completions_print_the_committed_script_for_each_shell() {
    let w = World::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "schedctl.bash"),
        ("zsh", "_schedctl"),
        ("fish", "schedctl.fish"),
        ("powershell", "_schedctl.ps1"),
        ("elvish", "schedctl.elv"),
    ] {
        // No config file, no certificate, no endpoint: completions need none of them.
        let out = run(w.bare_cmd().args(["completions", shell]));
        assert_code(&out, 0);
        assert_eq!(stderr(&out), "", "{shell}");
        let committed = std::fs::read(root.join("completions").join(file)).unwrap();
        assert!(
            out.stdout == committed,
            "{shell}: differs from completions/{file}"
        );
    }
    assert!(w.requests().is_empty());
    assert!(
        !w.path("xdg").exists(),
        "completions must not create a config"
    );
}

#[test]
fn completions_for_an_unknown_shell_is_a_usage_error() {
    let w = World::new();
    let out = run(w.bare_cmd().args(["completions", "tcsh"]));
    let err = assert_failure(&out, 2);
    assert!(err.contains("bash"), "{err}");
}

#[test]
fn help_shows_examples_environment_files_and_exit_codes() {
    let w = World::new();
    let out = run(w.bare_cmd().arg("--help"));
    assert_code(&out, 0);
    let help = stdout(&out);
    for expected in [
        "Examples:\n",
        "  schedctl job get myjc job1 -o json | jq .status\n",
        "  [ \"$(schedctl job get myjc job1 --field state)\" = completed ] && echo done\n",
        "Environment:\n",
        "  NO_COLOR\n",
        "Files:\n",
        "      default_profile = \"prod\"\n",
        "Exit status:\n  0    success\n",
        "  130  interrupted (Ctrl-C)\n",
    ] {
        assert!(
            help.contains(expected),
            "{expected:?} missing from:\n{help}"
        );
    }
    assert!(w.requests().is_empty());
}

#[test]
fn every_subcommand_help_has_examples() {
    let w = World::new();
    for args in [
        ["job", "get", "--help"].as_slice(),
        &["job", "--help"],
        &["completions", "--help"],
        &["help", "job", "get"],
    ] {
        let out = run(w.bare_cmd().args(args));
        assert_code(&out, 0);
        let help = stdout(&out);
        let examples = help
            .split_once("Examples:\n")
            .unwrap_or_else(|| panic!("{args:?}: no examples in:\n{help}"))
            .1;
        let commands = examples
            .lines()
            .filter(|l| l.trim_start().starts_with("schedctl ") || l.contains("$(schedctl"))
            .count();
        assert!(commands >= 2, "{args:?}: {commands} examples:\n{help}");
    }
    let out = run(w.bare_cmd().args(["job", "get", "--help"]));
    assert!(stdout(&out).contains("schedctl job get myjc job1 -o json | jq .status"));
}

#[test]
fn a_closed_stdout_ends_quietly_with_status_0() {
    let w = World::new();
    for args in [
        ["job", "get", "myjc", "job1", "-o", "json"].as_slice(),
        &["job", "get", "myjc", "job1"],
        &["job", "get", "myjc", "job1", "--field", "state"],
        &["completions", "zsh"],
        &["--help"],
    ] {
        let mut child = process(&w, args).spawn().expect("spawn schedctl");
        // The read end is gone before schedctl writes anything: its write gets EPIPE.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait for schedctl");
        assert_code(&out, 0);
        assert_eq!(stderr(&out), "", "{args:?}");
    }
}

#[test]
fn a_reader_that_stops_after_one_line_is_fine() {
    let w = World::new();
    let mut child = process(&w, &["job", "get", "myjc", "job1", "-o", "json"])
        .spawn()
        .expect("spawn schedctl");
    let mut first = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    assert_eq!(&first[..2], b"{\n");
    let out = child.wait_with_output().expect("wait for schedctl");
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "");
}

/// `job get` against a server that accepts the connection and never answers, interrupted
/// once the connection is there.
#[test]
fn ctrl_c_exits_130_with_nothing_on_stdout() {
    let w = World::new();
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!(
        "https://127.0.0.1:{}",
        listener.local_addr().unwrap().port()
    );
    let mut child = process(
        &w,
        &[
            "--endpoint",
            &endpoint,
            "--request-timeout",
            "30s",
            "--retries",
            "0",
            "job",
            "get",
            "myjc",
            "job1",
        ],
    )
    .spawn()
    .expect("spawn schedctl");

    let (accepted, connection) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = accepted.send(listener.accept().map(|(stream, _)| stream));
    });
    // The connection is the readiness signal: schedctl is now waiting for the handshake.
    let stream = match connection.recv_timeout(Duration::from_secs(60)) {
        Ok(Ok(stream)) => stream,
        other => {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!("schedctl never connected ({other:?}): {}", stderr(&out));
        }
    };

    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill has no memory-safety preconditions; pid is our own child, not yet reaped.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let out = child.wait_with_output().expect("wait for schedctl");
    drop(stream);
    assert_code(&out, 130);
    assert!(out.stdout.is_empty(), "stdout: {:?}", stdout(&out));
    assert_eq!(stderr(&out), "");
}

/// Ctrl-C during `job wait`, between two polls on its kept-alive connection.
#[test]
fn ctrl_c_during_job_wait_exits_130_with_nothing_on_stdout() {
    let w = World::new();
    let mut child = process(
        &w,
        &[
            "job",
            "wait",
            "myjc",
            "job1",
            "--for",
            "state=completed",
            "--interval",
            "30s",
            "--timeout",
            "10m",
        ],
    )
    .spawn()
    .expect("spawn schedctl");
    // The emulator's request counter is the readiness signal: the first poll has been made,
    // so schedctl is up (its handler installed) and waiting for the next one.
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while w.emulator.requests() == 0 {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("schedctl never polled");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: kill has no memory-safety preconditions; pid is our own child, not yet reaped.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    let out = child.wait_with_output().expect("wait for schedctl");
    assert_code(&out, 130);
    assert!(out.stdout.is_empty(), "stdout: {:?}", stdout(&out));
}
