//! What a person sees on a real terminal (a pseudo-terminal, `pty.rs`): colour, width, the
//! `job wait` progress line and the password prompt.

use schedctl_emulator::pki::{ClientCert, KeyType, Pkcs12Cipher};
use schedctl_emulator::{DEMO_CLOUD_SERVICE, DEMO_SUBSCRIPTION};

use crate::common::*;
use crate::pty::{run_on_pty, OnTerminal, PtyOutput, Typing};

const STDOUT: OnTerminal = OnTerminal {
    stdin: false,
    stdout: true,
    stderr: false,
};
const STDERR: OnTerminal = OnTerminal {
    stdin: false,
    stdout: false,
    stderr: true,
};
const PROMPTABLE: OnTerminal = OnTerminal {
    stdin: true,
    stdout: false,
    stderr: true,
};

/// `schedctl --config config.toml ARGS…` on a pty of `cols` columns.
fn on_pty(w: &World, cols: u16, on: OnTerminal, env: &[(&str, &str)], args: &[&str]) -> PtyOutput {
    let mut cmd = w.std_cmd();
    cmd.arg("--config").arg(w.config()).args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    run_on_pty(cmd, cols, 24, on, None)
}

#[test]
fn the_job_state_is_coloured_on_a_terminal_unless_no_color() {
    let w = World::new();
    let out = on_pty(&w, 120, STDOUT, &[], &["job", "get", "myjc", "job1"]);
    assert_eq!(out.status.code(), Some(0), "{}", out.stderr);
    assert!(
        out.terminal
            .contains("State:         \x1b[32menabled\x1b[0m\n"),
        "{:?}",
        out.terminal
    );
    assert_eq!(
        out.terminal.matches('\x1b').count(),
        2,
        "only the state is painted"
    );

    let out = on_pty(
        &w,
        120,
        STDOUT,
        &[("NO_COLOR", "1")],
        &["job", "get", "myjc", "job1"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", out.stderr);
    assert!(
        out.terminal.contains("State:         enabled\n"),
        "{:?}",
        out.terminal
    );
    assert!(!out.terminal.contains('\x1b'), "{:?}", out.terminal);
}

#[test]
fn the_job_view_wraps_to_the_terminals_width_not_columns() {
    let w = World::new();
    // COLUMNS is for pipes; on a terminal its own width wins.
    let narrow = on_pty(
        &w,
        60,
        STDOUT,
        &[("COLUMNS", "200")],
        &["job", "get", "myjc", "job1"],
    );
    assert_eq!(narrow.status.code(), Some(0), "{}", narrow.stderr);
    assert!(
        narrow.terminal.contains(
            "Action:        GET https://contoso-orders.cloudapp.net/api/\n               v1/orders/reconcile (client certificate)\n"
        ),
        "{}",
        narrow.terminal
    );
    for line in narrow.terminal.lines() {
        assert!(line.chars().count() <= 60, "{line:?} is wider than 60");
    }

    let wide = on_pty(
        &w,
        120,
        STDOUT,
        &[("COLUMNS", "40")],
        &["job", "get", "myjc", "job1"],
    );
    assert_eq!(wide.status.code(), Some(0), "{}", wide.stderr);
    assert!(
        wide.terminal.contains(
            "Action:        GET https://contoso-orders.cloudapp.net/api/v1/orders/reconcile (client certificate)\n"
        ),
        "{}",
        wide.terminal
    );
    assert!(wide.terminal.lines().any(|l| l.chars().count() > 60));
    assert!(wide.terminal.lines().all(|l| l.chars().count() <= 120));
}

const WAIT: [&str; 9] = [
    "job",
    "wait",
    "waiting",
    "completes-after-3",
    "--for",
    "state=completed",
    "--interval",
    "20ms",
    "--color=never",
];

#[test]
fn job_wait_redraws_one_progress_line_on_a_terminal() {
    let w = World::new();
    let out = on_pty(&w, 120, STDERR, &[], &WAIT);
    assert_eq!(out.status.code(), Some(0), "{}", out.terminal);
    let shown = &out.terminal;
    for polls in ["1 poll", "2 polls"] {
        let line = format!("\r\x1b[Kwaiting for state=completed: state enabled, {polls}, ");
        assert!(shown.contains(&line), "{shown:?}");
    }
    assert!(shown.contains(" of 10m"), "the timeout is shown: {shown:?}");
    assert!(
        shown.ends_with("\r\x1b[K"),
        "the line is cleared at the end: {shown:?}"
    );
    assert!(
        !shown.contains('\n'),
        "redrawn in place, never scrolled: {shown:?}"
    );
    assert!(
        out.stdout
            .starts_with("Id:          completes-after-3\nState:       completed\n"),
        "{}",
        out.stdout
    );
}

#[test]
fn job_wait_shows_no_progress_with_q_or_when_stderr_is_not_a_terminal() {
    let w = World::new();
    let mut args = WAIT.to_vec();
    args.push("-q");
    let out = on_pty(&w, 120, STDERR, &[], &args);
    assert_eq!(out.status.code(), Some(0), "{}", out.terminal);
    assert_eq!(out.terminal, "", "-q: nothing on the terminal");

    // stdout is the terminal, stderr a pipe: no progress line anywhere.
    let w = World::new();
    let out = on_pty(&w, 120, STDOUT, &[], &WAIT);
    assert_eq!(out.status.code(), Some(0), "{}", out.stderr);
    assert_eq!(out.stderr, "");
    assert!(!out.terminal.contains("polls"), "{:?}", out.terminal);
    assert!(
        out.terminal
            .starts_with("Id:          completes-after-3\nState:       completed\n"),
        "{:?}",
        out.terminal
    );
}

const PASSWORD: &str = "Tr0ub4dor&3-horse";

/// A config file whose certificate needs a password: `key` is written as `client.key`.
fn config_needing_a_password(
    w: &World,
    certificate: &str,
    key: Option<&str>,
) -> std::path::PathBuf {
    let mut body = format!(
        "subscription_id = \"{DEMO_SUBSCRIPTION}\"\ncloud_service = \"{DEMO_CLOUD_SERVICE}\"\ncertificate = \"{certificate}\"\nca_certificate = \"ca.pem\"\nendpoint = \"{}\"\n",
        w.emulator.endpoint()
    );
    if let Some(key) = key {
        body.push_str(&format!("private_key = \"{key}\"\n"));
    }
    w.write("prompt.toml", format!("[profiles.p]\n{body}"), 0o600)
}

fn prompt_run(w: &World, config: &std::path::Path, typed: &str, prompt: &str) -> PtyOutput {
    let mut cmd = w.std_cmd();
    cmd.arg("--config")
        .arg(config)
        .args(["job", "get", "myjc", "job1", "--field", "state"]);
    run_on_pty(
        cmd,
        120,
        24,
        PROMPTABLE,
        Some(Typing {
            after: prompt,
            input: typed,
        }),
    )
}

#[test]
fn an_encrypted_key_asks_for_its_password_on_the_terminal_without_echo() {
    let w = World::new();
    w.write("enc.key", w.cert.key_pkcs8_encrypted_pem(PASSWORD), 0o600);
    let config = config_needing_a_password(&w, "client.pem", Some("enc.key"));
    let prompt = format!("Password for {}: ", w.path("enc.key").display());
    let out = prompt_run(&w, &config, &format!("{PASSWORD}\n"), &prompt);
    assert_eq!(out.status.code(), Some(0), "{}", out.terminal);
    assert_eq!(out.stdout, "enabled\n");
    // The prompt, then only the newline that Enter echoes: never the password.
    assert_eq!(out.terminal, format!("{prompt}\n"), "{:?}", out.terminal);
    assert!(!out.terminal.contains(PASSWORD));
}

#[test]
fn a_wrong_password_at_the_prompt_is_exit_7() {
    let w = World::new();
    let cert = ClientCert::generate("schedctl test", KeyType::EcP256);
    w.write(
        "client.pfx",
        cert.pkcs12_der(PASSWORD, Pkcs12Cipher::Modern),
        0o600,
    );
    let config = config_needing_a_password(&w, "client.pfx", None);
    let pfx = w.path("client.pfx");
    let prompt = format!("Password for {}: ", pfx.display());
    let out = prompt_run(&w, &config, "not-it\n", &prompt);
    assert_eq!(out.status.code(), Some(7), "{}", out.terminal);
    assert_eq!(out.stdout, "");
    assert!(
        out.terminal.starts_with(&format!(
            "{prompt}\nschedctl: error: wrong password for {} (from the prompt)\n",
            pfx.display()
        )),
        "{:?}",
        out.terminal
    );
    assert!(!out.terminal.contains("not-it"), "{:?}", out.terminal);
}
