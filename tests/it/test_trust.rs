//! Trust stores: `ca_certificate` bundles of realistic size and the platform store through
//! OpenSSL's `SSL_CERT_FILE` / `SSL_CERT_DIR`, which schedctl reads lazily (src/client/tls/).
//! The outcome must be what OpenSSL gives with every certificate loaded.

use openssl::x509::X509;
use schedctl_emulator::pki::Ca;

use crate::common::*;

const SYSTEM_BUNDLE: &str = "/etc/ssl/certs/ca-certificates.crt";

/// Other CAs: the system bundle when there is one, and generated ones, among them one with
/// the emulator CA's own subject name (and another key), so that a lookup by name finds two.
fn decoys(w: &World) -> String {
    let mut pem = std::fs::read_to_string(SYSTEM_BUNDLE).unwrap_or_default();
    let ca = X509::from_pem(w.emulator.ca_cert_pem().as_bytes()).unwrap();
    let cn = ca
        .subject_name()
        .entries_by_nid(openssl::nid::Nid::COMMONNAME)
        .next()
        .unwrap()
        .data()
        .as_slice()
        .to_vec();
    let cn = String::from_utf8(cn).unwrap();
    for name in ["decoy one", &cn, "decoy two"] {
        pem.push_str(&Ca::generate(name).cert_pem());
    }
    pem
}

fn no_ca_config(w: &World) -> std::path::PathBuf {
    let body: String = w
        .profile_body()
        .lines()
        .filter(|l| !l.starts_with("ca_certificate"))
        .map(|l| format!("{l}\n"))
        .collect();
    w.write("noca.toml", format!("[profiles.p]\n{body}"), 0o600)
}

/// A hashed directory like /etc/ssl/certs, made with the hash `openssl rehash` uses.
fn hashed_dir(w: &World, name: &str, pem: &str) -> std::path::PathBuf {
    let dir = w.path(name);
    std::fs::create_dir_all(&dir).unwrap();
    for cert in X509::stack_from_pem(pem.as_bytes()).unwrap() {
        let hash = cert.subject_name_hash();
        let mut n = 0;
        while dir.join(format!("{hash:08x}.{n}")).exists() {
            n += 1;
        }
        std::fs::write(dir.join(format!("{hash:08x}.{n}")), cert.to_pem().unwrap()).unwrap();
    }
    dir
}

#[test]
fn a_large_ca_bundle_with_the_emulator_ca_in_the_middle_is_trusted() {
    let w = World::new();
    let decoys = decoys(&w);
    let (head, tail) = decoys.split_at(decoys.len() / 2);
    let split = head
        .rfind("-----END CERTIFICATE-----")
        .map_or(0, |i| i + 26);
    let bundle = format!(
        "{}{}{}{}",
        &decoys[..split],
        w.emulator.ca_cert_pem(),
        &head[split..],
        tail
    );
    let bundle = w.write("bundle.pem", bundle, 0o644);
    let out = run(w
        .cmd()
        .arg("--ca-cert")
        .arg(&bundle)
        .args(["job", "get", "myjc", "job1", "--field", "state"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
}

#[test]
fn a_large_ca_bundle_without_the_emulator_ca_is_not_trusted() {
    let w = World::new();
    let bundle = w.write("bundle.pem", decoys(&w), 0o644);
    let out = run(w
        .cmd()
        .arg("--ca-cert")
        .arg(&bundle)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 6);
    assert!(err.contains("is not trusted"), "{err}");
    assert_eq!(w.emulator.requests(), 0);
}

#[test]
fn ssl_cert_file_is_the_platform_store() {
    let w = World::new();
    let config = no_ca_config(&w);
    let empty = w.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let with = w.write(
        "with.pem",
        format!("{}{}", decoys(&w), w.emulator.ca_cert_pem()),
        0o644,
    );
    let without = w.write("without.pem", decoys(&w), 0o644);
    let get = |file: &std::path::Path| {
        run(w
            .cmd_with_config(&config)
            .env("SSL_CERT_FILE", file)
            .env("SSL_CERT_DIR", &empty)
            .args(["job", "get", "myjc", "job1", "--field", "state"]))
    };
    let out = get(&with);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    let err = assert_failure(&get(&without), 6);
    assert!(err.contains("is not trusted"), "{err}");
}

#[test]
fn ssl_cert_dir_is_the_platform_store() {
    let w = World::new();
    let config = no_ca_config(&w);
    let nothing = w.write("nothing.pem", "", 0o644);
    let with = hashed_dir(
        &w,
        "with",
        &format!("{}{}", decoys(&w), w.emulator.ca_cert_pem()),
    );
    let without = hashed_dir(&w, "without", &decoys(&w));
    let get = |dir: &std::path::Path| {
        run(w
            .cmd_with_config(&config)
            .env("SSL_CERT_FILE", &nothing)
            .env("SSL_CERT_DIR", dir)
            .args(["job", "get", "myjc", "job1", "--field", "state"]))
    };
    let out = get(&with);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    let err = assert_failure(&get(&without), 6);
    assert!(err.contains("is not trusted"), "{err}");
}

#[test]
fn a_ca_file_that_is_not_certificates_is_a_config_error() {
    let w = World::new();
    let bad = w.write(
        "bad.pem",
        "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
        0o644,
    );
    let out = run(w
        .cmd()
        .arg("--ca-cert")
        .arg(&bad)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(err.contains("not a valid PEM certificate file"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}

/// Commands that need neither the certificate nor the network do not touch them: settings
/// that would fail any request (missing certificate, key, CA file and platform store, an
/// unreachable endpoint) do not matter to them.
#[test]
fn help_completions_and_config_path_need_no_certificate_and_no_network() {
    let w = World::new();
    let config = w.write(
        "broken.toml",
        "[profiles.p]\nsubscription_id = \"00000000-0000-0000-0000-000000000000\"\ncloud_service = \"cs\"\ncertificate = \"/nonexistent/client.pem\"\nprivate_key = \"/nonexistent/client.key\"\nca_certificate = \"/nonexistent/ca.pem\"\nendpoint = \"https://127.0.0.1:1\"\n",
        0o600,
    );
    for args in [
        vec!["--help"],
        vec!["job", "get", "--help"],
        vec!["completions", "bash"],
        vec!["config", "path"],
    ] {
        let out = run(w
            .bare_cmd()
            .env("SCHEDCTL_CONFIG", &config)
            .env("SSL_CERT_FILE", "/nonexistent/bundle.pem")
            .env("SSL_CERT_DIR", "/nonexistent/certs")
            .env("HTTPS_PROXY", "http://127.0.0.1:1")
            .args(&args));
        assert_code(&out, 0);
        assert!(!stdout(&out).is_empty(), "{args:?}");
    }
    assert_eq!(w.emulator.connections(), 0);
}

/// The emulator's CA as a `TRUSTED CERTIFICATE`, with `openssl x509 … -trustout` and `flag`
/// (`-addreject serverAuth`, `-addtrust serverAuth`).
fn trusted_ca(w: &World, name: &str, flag: &str) -> String {
    let out = std::process::Command::new("openssl")
        .args(["x509", "-in"])
        .arg(w.path("ca.pem"))
        .args([flag, "serverAuth", "-trustout"])
        .output()
        .expect("the openssl CLI");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pem = String::from_utf8(out.stdout).unwrap();
    assert!(
        pem.starts_with("-----BEGIN TRUSTED CERTIFICATE-----"),
        "{pem}"
    );
    w.write(name, &pem, 0o644);
    pem
}

/// Whether `openssl s_client` trusts the emulator with `file` as its whole trust store.
fn openssl_trusts(w: &World, file: &std::path::Path) -> bool {
    std::process::Command::new("openssl")
        .args(["s_client", "-brief", "-verify_return_error", "-connect"])
        .arg(w.emulator.addr().to_string())
        .arg("-CAfile")
        .arg(file)
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the openssl CLI")
        .status
        .success()
}

#[test]
fn trust_settings_of_a_trusted_certificate_decide_as_openssl_decides() {
    let w = World::new();
    let config = no_ca_config(&w);
    let empty = w.path("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let rejected = trusted_ca(&w, "rejected.pem", "-addreject");
    let accepted = trusted_ca(&w, "accepted.pem", "-addtrust");
    let decoys = decoys(&w);
    // (file contents, OpenSSL's verdict)
    let cases = [
        (rejected.clone(), false),
        (format!("{decoys}{rejected}"), false),
        (accepted.clone(), true),
        (format!("{decoys}{accepted}"), true),
    ];
    for (i, (pem, trusted)) in cases.iter().enumerate() {
        let file = w.write(&format!("case{i}.pem"), pem, 0o644);
        assert_eq!(openssl_trusts(&w, &file), *trusted, "openssl, case {i}");
        let given = run(w
            .cmd_with_config(&config)
            .arg("--ca-cert")
            .arg(&file)
            .args(["job", "get", "myjc", "job1", "--field", "state"]));
        let platform = run(w
            .cmd_with_config(&config)
            .env("SSL_CERT_FILE", &file)
            .env("SSL_CERT_DIR", &empty)
            .args(["job", "get", "myjc", "job1", "--field", "state"]));
        for out in [given, platform] {
            if *trusted {
                assert_code(&out, 0);
                assert_eq!(stdout(&out), "enabled\n");
            } else {
                let err = assert_failure(&out, 6);
                assert!(
                    err.starts_with(&format!(
                        "schedctl: error: the server certificate of {} is not trusted (certificate rejected)",
                        w.emulator.addr()
                    )),
                    "case {i}: {err}"
                );
            }
        }
    }
}
