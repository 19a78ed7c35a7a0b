//! The test world: an emulator on a random loopback port, a management certificate generated
//! for this test, and an isolated environment for the real `schedctl` binary.

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::process::Output;

use assert_cmd::Command;
use schedctl_emulator::pki::{ClientCert, KeyType};
use schedctl_emulator::{Builder, Emulator, DEMO_CLOUD_SERVICE, DEMO_SUBSCRIPTION};
use tempfile::TempDir;

pub use schedctl_emulator::RecordedRequest;

/// An emulator, a registered client certificate and a private folder.
pub struct World {
    pub emulator: Emulator,
    pub cert: ClientCert,
    pub dir: TempDir,
}

impl World {
    /// An emulator that knows an EC P-256 certificate generated now.
    pub fn new() -> World {
        Self::with_cert(ClientCert::generate("schedctl test", KeyType::EcP256))
    }

    /// An emulator that knows `cert`.
    pub fn with_cert(cert: ClientCert) -> World {
        Self::with_emulator(cert, |b| b)
    }

    /// An emulator that knows a fresh certificate, configured further by `configure`
    /// (fault injection modes, server certificates).
    pub fn configured(configure: impl FnOnce(Builder) -> Builder) -> World {
        Self::with_emulator(
            ClientCert::generate("schedctl test", KeyType::EcP256),
            configure,
        )
    }

    fn with_emulator(cert: ClientCert, configure: impl FnOnce(Builder) -> Builder) -> World {
        let builder =
            Emulator::builder().register_certificate(DEMO_SUBSCRIPTION, &cert.thumbprint());
        let emulator = configure(builder).start().expect("start the emulator");
        let dir = tempfile::tempdir().expect("temp dir");
        let world = World {
            emulator,
            cert,
            dir,
        };
        std::fs::create_dir_all(world.home()).unwrap();
        world.write("ca.pem", world.emulator.ca_cert_pem(), 0o644);
        world.write("client.pem", world.cert.cert_pem(), 0o644);
        world.write("client.key", world.cert.key_pkcs8_pem(), 0o600);
        world
    }

    /// A path inside the test's folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `$HOME` of the commands this test runs.
    pub fn home(&self) -> PathBuf {
        self.path("home")
    }

    /// Writes a file with a mode, creating folders as needed.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>, mode: u32) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&path, contents).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)).unwrap();
        path
    }

    /// A complete profile table body (no header) for the emulator, with absolute paths.
    pub fn profile_body(&self) -> String {
        format!(
            "subscription_id = \"{DEMO_SUBSCRIPTION}\"\ncloud_service = \"{DEMO_CLOUD_SERVICE}\"\ncertificate = \"{}\"\nprivate_key = \"{}\"\nca_certificate = \"{}\"\nendpoint = \"{}\"\n",
            self.path("client.pem").display(),
            self.path("client.key").display(),
            self.path("ca.pem").display(),
            self.emulator.endpoint()
        )
    }

    /// Writes `config.toml` with one profile `test` and returns its path.
    pub fn config(&self) -> PathBuf {
        self.write(
            "config.toml",
            format!("[profiles.test]\n{}", self.profile_body()),
            0o600,
        )
    }

    /// `schedctl` with an empty environment except `HOME`, and the standard config.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.env("SCHEDCTL_CONFIG", self.config());
        cmd
    }

    /// Writes a config file with one profile `p`: the emulator's settings plus `extra` lines.
    pub fn profile_with(&self, name: &str, extra: &str) -> PathBuf {
        self.write(
            name,
            format!("[profiles.p]\n{}{extra}", self.profile_body()),
            0o600,
        )
    }

    /// `schedctl --config FILE` with an empty environment except `HOME`.
    pub fn cmd_with_config(&self, config: &std::path::Path) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.arg("--config").arg(config);
        cmd
    }

    /// `schedctl` with an empty environment except `HOME` and no config file.
    pub fn bare_cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("schedctl").expect("schedctl binary");
        cmd.env_clear()
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.path("xdg"))
            .current_dir(self.dir.path());
        cmd
    }

    /// The request target (path and query) of `job get myjc JOB`.
    pub fn job_target(&self, job: &str) -> String {
        format!("/{DEMO_SUBSCRIPTION}/cloudservices/{DEMO_CLOUD_SERVICE}/resources/scheduler/~/jobCollections/myjc/jobs/{job}?api-version=2014-04-01")
    }

    /// The requests the emulator has seen.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.emulator.request_log()
    }
}

/// Runs a command and returns its output (never panics on a non-zero status).
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("run schedctl")
}

/// stdout as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 stdout")
}

/// stderr as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("utf-8 stderr")
}

/// Asserts the exit code, showing stderr when it differs.
#[track_caller]
pub fn assert_code(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "unexpected exit status\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Asserts a failure: the exit code, nothing on stdout, one `schedctl: error:` first line.
#[track_caller]
pub fn assert_failure(output: &Output, code: i32) -> String {
    assert_code(output, code);
    assert!(
        output.stdout.is_empty(),
        "stdout must stay empty on errors: {:?}",
        stdout(output)
    );
    let err = stderr(output);
    assert!(err.starts_with("schedctl: error: "), "stderr: {err}");
    assert_eq!(
        err.matches("schedctl: error:").count(),
        1,
        "one error message: {err}"
    );
    err
}

/// The request id line of an error, checked for shape (32 lower-case hex digits).
#[track_caller]
pub fn request_id_of(stderr: &str) -> String {
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix("  request id: "))
        .unwrap_or_else(|| panic!("no request id in: {stderr}"));
    assert_eq!(line.len(), 32, "{line}");
    assert!(
        line.chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()),
        "{line}"
    );
    line.to_string()
}

impl World {
    /// `schedctl` with no config file and everything but the certificate and key in the
    /// environment: subscription, cloud service, CA and the emulator's endpoint.
    pub fn env_cmd(&self) -> Command {
        let mut cmd = self.bare_cmd();
        cmd.env("SCHEDCTL_SUBSCRIPTION_ID", DEMO_SUBSCRIPTION)
            .env("SCHEDCTL_CLOUD_SERVICE", DEMO_CLOUD_SERVICE)
            .env("SCHEDCTL_CA_CERTIFICATE", self.path("ca.pem"))
            .env("SCHEDCTL_ENDPOINT", self.emulator.endpoint());
        cmd
    }

    /// [`World::bare_cmd`] as a `std::process::Command`, for tests that need what
    /// assert_cmd hides: spawning and signalling the child, or `pre_exec` (a terminal).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("schedctl"));
        cmd.env_clear()
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.path("xdg"))
            .current_dir(self.dir.path());
        cmd
    }
}

/// The base64 lines of a PEM text (everything between its `-----` lines), leaving out a short
/// last line that could turn up in output by chance.
pub fn pem_body_lines(pem: &str) -> Vec<&str> {
    pem.lines()
        .map(str::trim)
        .filter(|l| l.len() >= 16 && !l.starts_with("-----"))
        .collect()
}

/// Asserts that no line of `pem`'s body, nor its `-----BEGIN` line, is in stdout or stderr.
#[track_caller]
pub fn assert_no_pem_leak(output: &Output, pem: &str) {
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!all.contains("-----BEGIN"), "PEM text leaked:\n{all}");
    for line in pem_body_lines(pem) {
        assert!(!all.contains(line), "a line of the PEM body leaked:\n{all}");
    }
}

/// How far the service time `iso` is from `now`, in one unit, computed here from SPEC §5's
/// rule rather than by schedctl: the count and the unit's letter and word. Each unit is used
/// from twice the next smaller one (`119s`, `2m`, `47h`, `2d`, `729d`, `2y`).
fn distance(iso: &str, now: std::time::SystemTime) -> (u64, &'static str, &'static str, bool) {
    let then = humantime::parse_rfc3339_weak(iso.trim_end_matches('Z')).expect("a service time");
    let (secs, ahead) = match then.duration_since(now) {
        Ok(d) => (d.as_secs(), true),
        Err(e) => (e.duration().as_secs(), false),
    };
    let (n, letter, word) = match secs {
        s if s < 120 => (s, "s", "second"),
        s if s < 120 * 60 => (s / 60, "m", "minute"),
        s if s < 48 * 3600 => (s / 3600, "h", "hour"),
        s if s < 730 * 86_400 => (s / 86_400, "d", "day"),
        s => (s / 86_400 / 365, "y", "year"),
    };
    (n, letter, word, ahead)
}

/// `iso` as `job list` shows it at `now`: `in 31d`, `11y ago`.
pub fn relative(iso: &str, now: std::time::SystemTime) -> String {
    match distance(iso, now) {
        (0, ..) => "now".to_string(),
        (n, letter, _, true) => format!("in {n}{letter}"),
        (n, letter, _, false) => format!("{n}{letter} ago"),
    }
}

/// `iso` as the single-job view shows it at `now`: `2015-03-31T09:10:40Z (11 years ago)`.
pub fn utc_and_relative(iso: &str, now: std::time::SystemTime) -> String {
    let words = match distance(iso, now) {
        (0, ..) => "now".to_string(),
        (1, _, word, ahead) => {
            if ahead {
                format!("in 1 {word}")
            } else {
                format!("1 {word} ago")
            }
        }
        (n, _, word, true) => format!("in {n} {word}s"),
        (n, _, word, false) => format!("{n} {word}s ago"),
    };
    let second = iso.get(..19).expect("a service time");
    format!("{second}Z ({words})")
}

/// Runs `cmd` and asserts that its stdout is what `expected` gives for the time just before
/// or just after the run: relative times that change while the command runs (a day boundary)
/// cannot make the test flaky.
#[track_caller]
pub fn assert_stdout_at_run_time(
    cmd: &mut Command,
    expected: impl Fn(std::time::SystemTime) -> String,
) -> Output {
    let before = std::time::SystemTime::now();
    let out = run(cmd);
    let after = std::time::SystemTime::now();
    assert_code(&out, 0);
    let shown = stdout(&out);
    if shown != expected(before) {
        assert_eq!(shown, expected(after));
    }
    out
}
