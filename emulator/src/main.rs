//! `schedctl-emulator`: the Azure Scheduler emulator for people and the demo.
//!
//! * `serve` writes a ready-to-use schedctl profile and serves until killed.
//! * `run -- CMD…` does the same in a scratch folder, runs CMD against it and
//!   exits with CMD's status.

use std::ffi::OsString;
use std::fs::{self, DirBuilder, OpenOptions};
use std::io::{self, Write};
use std::net::SocketAddr;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand};
use schedctl_emulator::pki::{self, Ca, ClientCert, KeyType};
use schedctl_emulator::{Emulator, DEMO_CLOUD_SERVICE, DEMO_SUBSCRIPTION};

/// An emulator of the classic Azure Scheduler REST API for trying schedctl
/// without an Azure account.
#[derive(Parser, Debug)]
#[command(name = "schedctl-emulator", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand, Debug)]
enum Cmd {
    /// Write a CA, a client certificate and a schedctl config to DIR, then
    /// serve HTTPS on 127.0.0.1 until killed.
    Serve {
        /// Folder for ca.pem, client.pem, client.key and config.toml
        /// (reused when present) [default: $TMPDIR/schedctl-emulator]
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// Port on 127.0.0.1 (0 picks a free one)
        #[arg(long, value_name = "N", default_value_t = 0)]
        port: u16,
        /// Keep FILE up to date with the counters of TCP connections and HTTP
        /// requests served (`connections N` and `requests N` lines), for
        /// benchmarks that prove connection reuse
        #[arg(long, value_name = "FILE")]
        stats_file: Option<PathBuf>,
    },
    /// Start the emulator, run CMD with SCHEDCTL_CONFIG pointing at it, stop
    /// the emulator and exit with CMD's status.
    Run {
        /// Folder for the generated files [default: a fresh temporary folder,
        /// removed afterwards]
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        /// The command and its arguments (after `--`)
        #[arg(last = true, required = true, value_name = "CMD")]
        command: Vec<OsString>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Cmd::Serve {
            dir,
            port,
            stats_file,
        } => serve(dir, port, stats_file),
        Cmd::Run { dir, command } => run(dir, &command),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("schedctl-emulator: error: {e}");
            ExitCode::from(1)
        }
    }
}

struct Setup {
    emulator: Emulator,
    config: PathBuf,
}

fn serve(dir: Option<PathBuf>, port: u16, stats_file: Option<PathBuf>) -> io::Result<ExitCode> {
    let dir = dir.unwrap_or_else(|| std::env::temp_dir().join("schedctl-emulator"));
    let setup = setup(&dir, port)?;
    let mut out = io::stdout().lock();
    writeln!(out, "listening on {}", setup.emulator.endpoint())?;
    writeln!(out, "config: {}", setup.config.display())?;
    writeln!(
        out,
        "try: SCHEDCTL_CONFIG={} schedctl job get myjc job1",
        setup.config.display()
    )?;
    out.flush()?;
    drop(out);
    let Some(stats_file) = stats_file else {
        loop {
            std::thread::park();
        }
    };
    let mut written = None;
    loop {
        let now = (setup.emulator.connections(), setup.emulator.requests());
        if written != Some(now) {
            write_stats(&stats_file, now)?;
            written = Some(now);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Replaces the stats file in one step, so that a reader never sees half of it.
fn write_stats(path: &Path, (connections, requests): (u64, u64)) -> io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    fs::write(
        &tmp,
        format!("connections {connections}\nrequests {requests}\n"),
    )?;
    fs::rename(&tmp, path)
}

fn run(dir: Option<PathBuf>, command: &[OsString]) -> io::Result<ExitCode> {
    let (dir, temporary) = match dir {
        Some(d) => (d, false),
        None => (scratch_dir()?, true),
    };
    let result = run_in(&dir, command);
    if temporary {
        let _ = fs::remove_dir_all(&dir);
    }
    result
}

fn run_in(dir: &Path, command: &[OsString]) -> io::Result<ExitCode> {
    let setup = setup(dir, 0)?;
    let (program, args) = command
        .split_first()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "no command given"))?;
    let mut cmd = Command::new(program);
    cmd.args(args);
    for (key, _) in std::env::vars_os() {
        let k = key.to_string_lossy();
        let proxy = matches!(
            k.as_ref(),
            "HTTPS_PROXY" | "https_proxy" | "ALL_PROXY" | "all_proxy" | "HTTP_PROXY" | "http_proxy"
        );
        if k.starts_with("SCHEDCTL_") || proxy {
            cmd.env_remove(&key);
        }
    }
    cmd.env("SCHEDCTL_CONFIG", &setup.config)
        .env("NO_PROXY", "127.0.0.1,localhost,::1")
        .env("no_proxy", "127.0.0.1,localhost,::1");
    let status = match cmd.status() {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "schedctl-emulator: error: cannot run {}: {e}",
                Path::new(program).display()
            );
            // What shells answer: 127 not found, 126 not executable.
            let code = if e.kind() == io::ErrorKind::NotFound {
                127
            } else {
                126
            };
            return Ok(ExitCode::from(code));
        }
    };
    drop(setup);
    let code = match (status.code(), status.signal()) {
        (Some(c), _) => c,
        (None, Some(sig)) => 128 + sig,
        (None, None) => 1,
    };
    Ok(ExitCode::from(u8::try_from(code).unwrap_or(1)))
}

/// A new private folder under the system's temporary folder.
fn scratch_dir() -> io::Result<PathBuf> {
    let mut rand = [0u8; 6];
    openssl::rand::rand_bytes(&mut rand).map_err(io::Error::other)?;
    let suffix: String = rand.iter().map(|b| format!("{b:02x}")).collect();
    let dir = std::env::temp_dir().join(format!("schedctl-emulator-{suffix}"));
    DirBuilder::new().mode(0o700).create(&dir)?;
    Ok(dir)
}

/// Creates or reuses the CA and client certificate in `dir`, starts the
/// emulator with the client registered on the demo subscription, and writes
/// `config.toml`.
fn setup(dir: &Path, port: u16) -> io::Result<Setup> {
    DirBuilder::new().recursive(true).mode(0o700).create(dir)?;
    let ca = load_or_create_ca(dir)?;
    let thumbprint = load_or_create_client(dir)?;
    let emulator = Emulator::builder()
        .ca(ca)
        .register_certificate(DEMO_SUBSCRIPTION, &thumbprint)
        .start_on(SocketAddr::from(([127, 0, 0, 1], port)))?;
    let config = dir.join("config.toml");
    let text = format!(
        "default_profile = \"emulator\"\n\n[profiles.emulator]\nsubscription_id = \"{DEMO_SUBSCRIPTION}\"\ncloud_service = \"{DEMO_CLOUD_SERVICE}\"\ncertificate = \"client.pem\"\nprivate_key = \"client.key\"\nca_certificate = \"ca.pem\"\nendpoint = \"{}\"\n",
        emulator.endpoint()
    );
    write_private(&config, text.as_bytes())?;
    Ok(Setup { emulator, config })
}

fn load_or_create_ca(dir: &Path) -> io::Result<Ca> {
    let (cert, key) = (dir.join("ca.pem"), dir.join("ca.key"));
    if let (Ok(c), Ok(k)) = (fs::read(&cert), fs::read(&key)) {
        if !pki::pem_expires_within(&c, 30).unwrap_or(true) {
            if let Ok(ca) = Ca::from_pem(&c, &k) {
                return Ok(ca);
            }
        }
    }
    let ca = Ca::generate("schedctl emulator CA");
    write_private(&key, ca.key_pkcs8_pem().as_bytes())?;
    write_file(&cert, ca.cert_pem().as_bytes(), 0o644)?;
    Ok(ca)
}

/// Returns the thumbprint of `client.pem`, generating the pair when missing,
/// unreadable or expiring within a day.
fn load_or_create_client(dir: &Path) -> io::Result<String> {
    let (cert, key) = (dir.join("client.pem"), dir.join("client.key"));
    if let (Ok(c), true) = (fs::read(&cert), key.is_file()) {
        if !pki::pem_expires_within(&c, 1).unwrap_or(true) {
            if let Ok(t) = pki::thumbprint_from_pem(&c) {
                // Keep the key private even if someone loosened it.
                fs::set_permissions(&key, fs::Permissions::from_mode(0o600))?;
                return Ok(t);
            }
        }
    }
    let client = ClientCert::generate("schedctl emulator client", KeyType::EcP256);
    write_private(&key, client.key_pkcs8_pem().as_bytes())?;
    write_file(&cert, client.cert_pem().as_bytes(), 0o644)?;
    Ok(client.thumbprint())
}

fn write_private(path: &Path, data: &[u8]) -> io::Result<()> {
    write_file(path, data, 0o600)
}

fn write_file(path: &Path, data: &[u8], mode: u32) -> io::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(mode)
        .open(path)?;
    f.set_permissions(fs::Permissions::from_mode(mode))?;
    f.write_all(data)?;
    f.sync_all()
}
