//! Every certificate and key format, told apart by content, and the checks on them.

use crate::common::*;
use schedctl_emulator::pki::{ClientCert, KeyType, Pkcs12Cipher};

/// Runs `job get myjc job1 --field id` with extra arguments and environment.
fn get_with(w: &World, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = w.cmd();
    cmd.args(args)
        .args(["job", "get", "myjc", "job1", "--field", "id"]);
    for (k, v) in env {
        cmd.env(k, v);
    }
    run(&mut cmd)
}

/// `get_with` using the PEM certificate `client.pem` and the key file `key`.
fn get_with_key(w: &World, key: &std::path::Path) -> std::process::Output {
    let cert = w.path("client.pem");
    get_with(
        w,
        &[
            "--cert",
            cert.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
        ],
        &[],
    )
}

#[track_caller]
fn assert_works(out: &std::process::Output) {
    assert_code(out, 0);
    assert_eq!(stdout(out), "job1\n");
}

#[test]
fn pem_certificate_with_its_key_in_the_same_file() {
    let w = World::new();
    let both = w.write(
        "both.pem",
        format!("{}{}", w.cert.cert_pem(), w.cert.key_pkcs8_pem()),
        0o600,
    );
    assert_works(&get_with(&w, &["--cert", both.to_str().unwrap()], &[]));
}

#[test]
fn pem_key_first_then_certificate_also_works() {
    let w = World::new();
    let both = w.write(
        "both.pem",
        format!("{}{}", w.cert.key_pkcs8_pem(), w.cert.cert_pem()),
        0o600,
    );
    assert_works(&get_with(&w, &["--cert", both.to_str().unwrap()], &[]));
}

#[test]
fn separate_pkcs8_key_file() {
    let w = World::new();
    let (c, k) = (w.path("client.pem"), w.path("client.key"));
    assert_works(&get_with(
        &w,
        &["--cert", c.to_str().unwrap(), "--key", k.to_str().unwrap()],
        &[],
    ));
}

#[test]
fn pkcs1_rsa_key() {
    let w = World::with_cert(ClientCert::generate("rsa test", KeyType::Rsa2048));
    let key = w.write("rsa.key", w.cert.key_pkcs1_pem(), 0o600);
    assert!(std::fs::read_to_string(&key)
        .unwrap()
        .starts_with("-----BEGIN RSA PRIVATE KEY-----"));
    assert_works(&get_with_key(&w, &key));
}

#[test]
fn sec1_ec_key() {
    let w = World::new();
    let key = w.write("ec.key", w.cert.key_sec1_pem(), 0o600);
    assert!(std::fs::read_to_string(&key)
        .unwrap()
        .starts_with("-----BEGIN EC PRIVATE KEY-----"));
    assert_works(&get_with_key(&w, &key));
}

#[test]
fn encrypted_pkcs8_key_with_the_password_from_the_environment() {
    let w = World::new();
    let key = w.write(
        "enc.key",
        w.cert.key_pkcs8_encrypted_pem("s3cret pass"),
        0o600,
    );
    let args = [
        "--cert".to_string(),
        w.path("client.pem").to_str().unwrap().to_string(),
        "--key".into(),
        key.to_str().unwrap().to_string(),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    assert_works(&get_with(
        &w,
        &args,
        &[("SCHEDCTL_CERT_PASSWORD", "s3cret pass")],
    ));

    let out = get_with(&w, &args, &[("SCHEDCTL_CERT_PASSWORD", "wrong")]);
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("wrong password for") && err.contains("env SCHEDCTL_CERT_PASSWORD"),
        "{err}"
    );
    assert!(
        !err.contains("s3cret") && !err.contains("wrong\n"),
        "no secret in errors: {err}"
    );

    let out = get_with(&w, &args, &[]);
    let err = assert_failure(&out, 7);
    assert!(err.contains("needs a password and none is set"), "{err}");
    assert!(
        err.contains("hint: set SCHEDCTL_CERT_PASSWORD, or password_file"),
        "{err}"
    );
    assert_eq!(
        w.emulator.requests(),
        1,
        "only the successful run reached the service"
    );
}

#[test]
fn encrypted_key_with_a_password_file_of_its_profile() {
    let w = World::new();
    w.write(
        "enc.key",
        w.cert.key_pkcs8_encrypted_pem("from-file"),
        0o600,
    );
    w.write("pw.txt", "from-file\n", 0o600);
    let config = w.write(
        "pw.toml",
        format!(
            "[profiles.p]\nsubscription_id = \"{}\"\ncloud_service = \"CS-WestUS-scheduler\"\ncertificate = \"client.pem\"\nprivate_key = \"enc.key\"\npassword_file = \"pw.txt\"\nca_certificate = \"ca.pem\"\nendpoint = \"{}\"\n",
            schedctl_emulator::DEMO_SUBSCRIPTION,
            w.emulator.endpoint()
        ),
        0o600,
    );
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_works(&out);
}

#[test]
fn pkcs12_with_an_empty_password() {
    let w = World::new();
    let pfx = w.write(
        "client.pfx",
        w.cert.pkcs12_der("", Pkcs12Cipher::Modern),
        0o600,
    );
    assert_works(&get_with(&w, &["--cert", pfx.to_str().unwrap()], &[]));
}

#[test]
fn pkcs12_with_a_password_from_the_environment() {
    let w = World::new();
    let pfx = w.write(
        "client.pfx",
        w.cert.pkcs12_der("pfx-pass", Pkcs12Cipher::Modern),
        0o600,
    );
    assert_works(&get_with(
        &w,
        &["--cert", pfx.to_str().unwrap()],
        &[("SCHEDCTL_CERT_PASSWORD", "pfx-pass")],
    ));
    let out = get_with(
        &w,
        &["--cert", pfx.to_str().unwrap()],
        &[("SCHEDCTL_CERT_PASSWORD", "nope")],
    );
    let err = assert_failure(&out, 7);
    assert!(err.contains("wrong password"), "{err}");
}

#[test]
fn legacy_rc2_pkcs12_from_the_portal_era() {
    let w = World::with_cert(ClientCert::generate("legacy test", KeyType::Rsa2048));
    let pfx = w.write(
        "legacy.pfx",
        w.cert.pkcs12_der("", Pkcs12Cipher::Legacy),
        0o600,
    );
    assert_works(&get_with(&w, &["--cert", pfx.to_str().unwrap()], &[]));
    let pfx = w.write(
        "legacy-pw.pfx",
        w.cert.pkcs12_der("old", Pkcs12Cipher::Legacy),
        0o600,
    );
    assert_works(&get_with(
        &w,
        &["--cert", pfx.to_str().unwrap()],
        &[("SCHEDCTL_CERT_PASSWORD", "old")],
    ));
}

#[test]
fn the_format_is_told_by_content_not_by_file_name() {
    let w = World::new();
    let pfx_named_pem = w.write(
        "really-pfx.pem",
        w.cert.pkcs12_der("", Pkcs12Cipher::Modern),
        0o600,
    );
    assert_works(&get_with(
        &w,
        &["--cert", pfx_named_pem.to_str().unwrap()],
        &[],
    ));
    let pem_named_pfx = w.write(
        "really-pem.pfx",
        format!("{}{}", w.cert.cert_pem(), w.cert.key_pkcs8_pem()),
        0o600,
    );
    assert_works(&get_with(
        &w,
        &["--cert", pem_named_pfx.to_str().unwrap()],
        &[],
    ));
    let junk = w.write("junk.pfx", b"not a certificate at all", 0o600);
    let err = assert_failure(&get_with(&w, &["--cert", junk.to_str().unwrap()], &[]), 7);
    assert!(
        err.contains("is neither a PEM file nor a PKCS#12 (.pfx) file"),
        "{err}"
    );
}

#[test]
fn a_key_readable_by_others_is_refused_with_the_chmod_fix() {
    let w = World::new();
    let key = w.write("open.key", w.cert.key_pkcs8_pem(), 0o644);
    let out = get_with_key(&w, &key);
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("permissions 0644 for") && err.contains("are too open"),
        "{err}"
    );
    assert!(
        err.contains(&format!("hint: chmod 600 {}", key.display())),
        "{err}"
    );
    let pfx = w.write(
        "open.pfx",
        w.cert.pkcs12_der("", Pkcs12Cipher::Modern),
        0o640,
    );
    let err = assert_failure(&get_with(&w, &["--cert", pfx.to_str().unwrap()], &[]), 7);
    assert!(err.contains("permissions 0640"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn an_expired_certificate_is_refused_before_connecting() {
    let w = World::with_cert(ClientCert::generate_with_validity(
        "old cert",
        KeyType::EcP256,
        -400,
        -2,
    ));
    let out = run(w.cmd().args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(err.contains("(CN=old cert) expired on "), "{err}");
    let expiry = w.cert.not_after_rfc3339();
    assert!(err.contains(&expiry), "names the expiry {expiry}: {err}");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn a_certificate_expiring_within_30_days_gets_a_warning_that_quiet_silences() {
    let w = World::with_cert(ClientCert::generate_with_validity(
        "soon",
        KeyType::EcP256,
        -300,
        10,
    ));
    let out = run(w
        .cmd()
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_works(&out);
    let err = stderr(&out);
    assert!(
        err.starts_with("schedctl: warning: the certificate ")
            && err.contains("(CN=soon) expires on "),
        "{err}"
    );
    let out = run(w
        .cmd()
        .args(["-q", "job", "get", "myjc", "job1", "--field", "id"]));
    assert_works(&out);
    assert_eq!(stderr(&out), "");
}

#[test]
fn a_key_that_does_not_match_the_certificate_is_refused() {
    let w = World::new();
    let other = ClientCert::generate("other", KeyType::EcP256);
    let key = w.write("other.key", other.key_pkcs8_pem(), 0o600);
    let out = get_with_key(&w, &key);
    let err = assert_failure(&out, 7);
    assert!(err.contains("does not belong to the certificate"), "{err}");
}

#[test]
fn a_certificate_without_a_key_says_where_to_put_the_key() {
    let w = World::new();
    let out = get_with(&w, &["--cert", w.path("client.pem").to_str().unwrap()], &[]);
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("holds a certificate but no private key"),
        "{err}"
    );
    assert!(
        err.contains("--key, SCHEDCTL_PRIVATE_KEY or private_key"),
        "{err}"
    );
}

#[test]
fn a_missing_certificate_file_is_named_with_its_source() {
    let w = World::new();
    let out = run(w
        .cmd()
        .env("SCHEDCTL_CERTIFICATE", w.path("nope.pem"))
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("nope.pem (env SCHEDCTL_CERTIFICATE): no such file"),
        "{err}"
    );
}

#[test]
fn an_unregistered_certificate_is_refused_by_the_service_with_exit_4() {
    let w = World::new();
    let stranger = ClientCert::generate("stranger", KeyType::EcP256);
    let both = w.write(
        "stranger.pem",
        format!("{}{}", stranger.cert_pem(), stranger.key_pkcs8_pem()),
        0o600,
    );
    let out = get_with(&w, &["--cert", both.to_str().unwrap()], &[]);
    let err = assert_failure(&out, 4);
    assert!(
        err.contains(
            "the service did not accept the management certificate (AuthenticationFailed: "
        ),
        "{err}"
    );
    request_id_of(&err);
    assert!(
        err.contains(&format!("thumbprint {}", stranger.thumbprint())),
        "{err}"
    );
}
