//! Secrets never reach the output (SPEC §4, §7): PEM text in the environment is used as such
//! and named, never shown; PEM text where a path belongs is refused without repeating it;
//! secret files are checked for permissions once recognised; an endpoint with user
//! information is never sent; durations are bounded.

use std::process::Output;

use crate::common::*;
use schedctl_emulator::pki::{ClientCert, KeyType, Pkcs12Cipher};

const JOB_GET: [&str; 6] = ["job", "get", "myjc", "job1", "--field", "id"];

/// Runs `cmd` plain, with `-v` and with `-vv`, and hands each output to `check`.
fn at_every_verbosity(make: impl Fn() -> assert_cmd::Command, check: impl Fn(&Output)) {
    for extra in [&[][..], &["-v"][..], &["-vv"][..]] {
        let mut cmd = make();
        cmd.args(extra);
        check(&run(&mut cmd));
    }
}

#[track_caller]
fn assert_job1(out: &Output) {
    assert_code(out, 0);
    assert_eq!(stdout(out), "job1\n");
}

#[test]
fn key_text_in_the_environment_with_a_certificate_path_works_and_is_never_shown() {
    let w = World::new();
    let key = w.cert.key_pkcs8_pem();
    at_every_verbosity(
        || {
            let mut cmd = w.env_cmd();
            cmd.env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
                .env("SCHEDCTL_PRIVATE_KEY", &key)
                .args(JOB_GET);
            cmd
        },
        |out| {
            assert_job1(out);
            assert_no_pem_leak(out, &key);
        },
    );
}

#[test]
fn certificate_and_key_text_in_the_certificate_variable_alone_works() {
    let w = World::new();
    let both = format!("{}{}", w.cert.cert_pem(), w.cert.key_pkcs8_pem());
    at_every_verbosity(
        || {
            let mut cmd = w.env_cmd();
            cmd.env("SCHEDCTL_CERTIFICATE", &both).args(JOB_GET);
            cmd
        },
        |out| {
            assert_job1(out);
            assert_no_pem_leak(out, &w.cert.key_pkcs8_pem());
        },
    );
}

#[test]
fn certificate_text_with_key_text_or_a_key_path_works() {
    let w = World::new();
    let out = run(w
        .env_cmd()
        .env("SCHEDCTL_CERTIFICATE", w.cert.cert_pem())
        .env("SCHEDCTL_PRIVATE_KEY", w.cert.key_pkcs8_pem())
        .args(JOB_GET));
    assert_job1(&out);
    let out = run(w
        .env_cmd()
        .env("SCHEDCTL_CERTIFICATE", w.cert.cert_pem())
        .env("SCHEDCTL_PRIVATE_KEY", w.path("client.key"))
        .args(JOB_GET));
    assert_job1(&out);
}

#[test]
fn a_wrong_or_broken_key_text_is_named_by_its_variable_never_shown() {
    let w = World::new();
    let other = ClientCert::generate("other", KeyType::EcP256).key_pkcs8_pem();
    let out = run(w
        .env_cmd()
        .env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
        .env("SCHEDCTL_PRIVATE_KEY", &other)
        .args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("the private key in the PEM text in SCHEDCTL_PRIVATE_KEY does not belong"),
        "{err}"
    );
    assert_no_pem_leak(&out, &other);

    // A damaged body: OpenSSL cannot read it, and the message still shows none of it.
    let key = w.cert.key_pkcs8_pem();
    let broken = key.replacen("\n", "\n!!", 2);
    let out = run(w
        .env_cmd()
        .env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
        .env("SCHEDCTL_PRIVATE_KEY", &broken)
        .arg("-vv")
        .args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("cannot read the private key in the PEM text in SCHEDCTL_PRIVATE_KEY"),
        "{err}"
    );
    assert_no_pem_leak(&out, &key);
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn pem_text_in_a_path_flag_is_refused_without_repeating_it() {
    let w = World::new();
    let key = w.cert.key_pkcs8_pem();
    let both = format!("{}{}", w.cert.cert_pem(), key);
    for (flag, value) in [("--cert", &both), ("--key", &key), ("--ca-cert", &key)] {
        at_every_verbosity(
            || {
                let mut cmd = w.cmd();
                cmd.arg(flag).arg(value).args(JOB_GET);
                cmd
            },
            |out| {
                let err = assert_failure(out, 7);
                assert!(
                    err.contains(&format!(
                        "flag {flag} holds PEM text where a file path belongs"
                    )),
                    "{err}"
                );
                assert!(err.contains("hint: put it in a file"), "{err}");
                assert_eq!(flag != "--ca-cert", err.contains("mode 600"), "{err}");
                assert_no_pem_leak(out, &key);
            },
        );
    }
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn pem_text_in_any_other_argument_is_not_repeated_by_the_parser() {
    let w = World::new();
    let key = w.cert.key_pkcs8_pem();
    for args in [
        vec!["--retries", key.as_str(), "job", "get", "myjc", "job1"],
        vec![
            "--request-timeout",
            key.as_str(),
            "job",
            "get",
            "myjc",
            "job1",
        ],
        vec!["job", "get", "myjc", "job1", key.as_str()],
        vec![key.as_str()],
    ] {
        let out = run(w.cmd().args(&args));
        let err = assert_failure(&out, 2);
        assert!(err.contains("<value not shown>"), "{err}");
        assert_no_pem_leak(&out, &key);
    }
}

#[test]
fn pem_text_as_the_config_file_or_the_profile_is_not_repeated() {
    let w = World::new();
    let key = w.cert.key_pkcs8_pem();
    let flag = run(w.bare_cmd().arg(format!("--config={key}")).args(JOB_GET));
    let env = run(w.bare_cmd().env("SCHEDCTL_CONFIG", &key).args(JOB_GET));
    for (out, source) in [(&flag, "flag --config"), (&env, "env SCHEDCTL_CONFIG")] {
        let err = assert_failure(out, 7);
        assert!(err.contains(&format!("{source} holds PEM text")), "{err}");
        assert_no_pem_leak(out, &key);
    }
    let out = run(w.cmd().env("SCHEDCTL_PROFILE", &key).args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(err.contains("(value not shown"), "{err}");
    assert_no_pem_leak(&out, &key);
}

#[test]
fn pem_text_in_a_config_file_key_is_refused_without_repeating_it() {
    let w = World::new();
    let key = w.cert.key_pkcs8_pem();
    let config = w.write(
        "pem.toml",
        format!(
            "[profiles.p]\nsubscription_id = \"s\"\ncloud_service = \"c\"\ncertificate = \"{}\"\nprivate_key = \"\"\"\n{key}\"\"\"\n",
            w.path("client.pem").display()
        ),
        0o600,
    );
    at_every_verbosity(
        || {
            let mut cmd = w.cmd_with_config(&config);
            cmd.args(JOB_GET);
            cmd
        },
        |out| {
            let err = assert_failure(out, 7);
            assert!(err.contains("`private_key` in config file"), "{err}");
            assert!(err.contains("line 5, holds PEM text"), "{err}");
            assert_no_pem_leak(out, &key);
        },
    );
    for format in ["table", "json"] {
        let out = run(w
            .cmd_with_config(&config)
            .args(["config", "show", "-o", format]));
        assert_code(&out, 7);
        assert!(stderr(&out).contains("holds PEM text"), "{}", stderr(&out));
        assert_no_pem_leak(&out, &key);
    }
}

#[test]
fn pem_text_in_the_ca_variable_is_refused_without_repeating_it() {
    let w = World::new();
    let ca = w.emulator.ca_cert_pem();
    let out = run(w
        .env_cmd()
        .env("SCHEDCTL_CA_CERTIFICATE", &ca)
        .env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
        .env("SCHEDCTL_PRIVATE_KEY", w.path("client.key"))
        .args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("env SCHEDCTL_CA_CERTIFICATE holds PEM text"),
        "{err}"
    );
    assert_no_pem_leak(&out, &ca);
}

#[test]
fn a_pasted_pfx_or_a_multi_line_value_in_the_certificate_variable_is_not_echoed() {
    let w = World::new();
    use base64::Engine as _;
    let pfx = base64::engine::general_purpose::STANDARD
        .encode(w.cert.pkcs12_der("", Pkcs12Cipher::Modern));
    let multi = "first line\nsecond line";
    for value in [pfx.as_str(), multi] {
        let out = run(w
            .env_cmd()
            .env("SCHEDCTL_CERTIFICATE", value)
            .arg("-vv")
            .args(JOB_GET));
        let err = assert_failure(&out, 7);
        assert!(
            err.contains("env SCHEDCTL_CERTIFICATE does not look like a path"),
            "{err}"
        );
        assert!(!err.contains(&pfx[..40]), "{err}");
        assert!(!err.contains("second line"), "{err}");
    }
}

#[test]
fn config_show_names_pem_text_by_its_variable() {
    let w = World::new();
    let key = w.cert.key_pkcs8_pem();
    let both = format!("{}{key}", w.cert.cert_pem());
    let show = |cert: &str, key_text: Option<&str>, format: &str| {
        let mut cmd = w.env_cmd();
        cmd.env("SCHEDCTL_CERTIFICATE", cert);
        if let Some(k) = key_text {
            cmd.env("SCHEDCTL_PRIVATE_KEY", k);
        }
        run(cmd.args(["config", "show", "-o", format]))
    };
    let cert_path = w.path("client.pem");
    let out = show(cert_path.to_str().unwrap(), Some(&key), "table");
    assert_code(&out, 0);
    let table = stdout(&out);
    let row = table
        .lines()
        .find(|l| l.starts_with("private_key"))
        .unwrap_or_else(|| panic!("{table}"));
    assert!(row.contains("<PEM text>"), "{row}");
    assert!(row.ends_with("env SCHEDCTL_PRIVATE_KEY"), "{row}");
    assert!(table.contains(&w.cert.thumbprint()), "{table}");
    assert_no_pem_leak(&out, &key);

    let out = show(&both, None, "json");
    assert_code(&out, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(json["settings"]["certificate"]["value"], "<PEM text>");
    assert_eq!(
        json["settings"]["certificate"]["source"],
        "env SCHEDCTL_CERTIFICATE"
    );
    assert_no_pem_leak(&out, &key);
}

#[test]
fn durations_over_thirty_days_are_refused_never_a_panic() {
    let w = World::new();
    for args in [
        &[
            "--request-timeout",
            "18446744073709551615s",
            "job",
            "get",
            "myjc",
            "job1",
        ][..],
        &["--request-timeout", "31d", "job", "get", "myjc", "job1"][..],
        &[
            "job",
            "wait",
            "myjc",
            "job1",
            "--for",
            "state=completed",
            "--timeout",
            "18446744073709551615s",
        ][..],
        &[
            "job",
            "wait",
            "myjc",
            "job1",
            "--for",
            "state=completed",
            "--interval",
            "31d",
        ][..],
    ] {
        let out = run(w.cmd().args(args));
        let err = assert_failure(&out, 2);
        assert!(err.contains("at most 30 days"), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = run(w
        .cmd()
        .env("SCHEDCTL_REQUEST_TIMEOUT", "18446744073709551615s")
        .args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(err.contains("SCHEDCTL_REQUEST_TIMEOUT"), "{err}");
    assert!(err.contains("at most 30 days"), "{err}");
    let config = w.profile_with("long.toml", "request_timeout = \"100000d\"\n");
    let out = run(w.cmd_with_config(&config).args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(err.contains("key `request_timeout`"), "{err}");
    assert!(err.contains("at most 30 days"), "{err}");
    assert_eq!(w.emulator.connections(), 0);

    // The limit itself is accepted.
    let out = run(w.cmd().args(["--request-timeout", "30d"]).args(JOB_GET));
    assert_job1(&out);
}

#[test]
fn a_password_file_readable_by_others_is_refused() {
    let w = World::new();
    w.write(
        "cert.pfx",
        w.cert.pkcs12_der("pfx-pass", Pkcs12Cipher::Modern),
        0o600,
    );
    let pw = w.write("pw.txt", "pfx-pass\n", 0o644);
    let config = w.write(
        "pw.toml",
        format!(
            "[profiles.p]\nsubscription_id = \"{}\"\ncloud_service = \"{}\"\ncertificate = \"cert.pfx\"\npassword_file = \"pw.txt\"\nca_certificate = \"ca.pem\"\nendpoint = \"{}\"\n",
            schedctl_emulator::DEMO_SUBSCRIPTION,
            schedctl_emulator::DEMO_CLOUD_SERVICE,
            w.emulator.endpoint()
        ),
        0o600,
    );
    let out = run(w.cmd_with_config(&config).args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(err.contains("permissions 0644"), "{err}");
    assert!(
        err.contains("a password file must not be accessible"),
        "{err}"
    );
    assert!(
        err.contains(&format!("chmod 600 {}", pw.display())),
        "{err}"
    );
    assert!(!err.contains("pfx-pass"), "{err}");
    assert_eq!(w.emulator.connections(), 0);

    std::fs::set_permissions(&pw, std::os::unix::fs::PermissionsExt::from_mode(0o600)).unwrap();
    assert_job1(&run(w.cmd_with_config(&config).args(JOB_GET)));
}

#[test]
fn a_certificate_without_its_key_is_named_as_such_not_too_open() {
    let w = World::new();
    let pem = w.cert.cert_pem();
    let der = openssl::x509::X509::from_pem(pem.as_bytes())
        .unwrap()
        .to_der()
        .unwrap();
    for (name, contents) in [("pem.cer", pem.into_bytes()), ("der.cer", der)] {
        let cer = w.write(name, contents, 0o644);
        let out = run(w.cmd().arg("--cert").arg(&cer).args(JOB_GET));
        let err = assert_failure(&out, 7);
        assert!(
            err.contains("holds a certificate but no private key"),
            "{name}: {err}"
        );
        assert!(err.contains("use the .pfx"), "{name}: {err}");
        assert!(!err.contains("too open"), "{name}: {err}");
    }
    let out = run(w
        .cmd()
        .arg("--cert")
        .arg(w.path("der.cer"))
        .arg("--key")
        .arg(w.path("client.key"))
        .args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(err.contains("is a DER certificate"), "{err}");
    assert!(err.contains("openssl x509 -inform DER"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn a_key_file_readable_by_others_is_still_refused() {
    let w = World::new();
    let both = w.write(
        "both.pem",
        format!("{}{}", w.cert.cert_pem(), w.cert.key_pkcs8_pem()),
        0o644,
    );
    let pfx = w.write("c.pfx", w.cert.pkcs12_der("", Pkcs12Cipher::Modern), 0o640);
    for file in [both, pfx] {
        let out = run(w.cmd().arg("--cert").arg(&file).args(JOB_GET));
        let err = assert_failure(&out, 7);
        assert!(err.contains("are too open"), "{err}");
        assert!(err.contains("chmod 600"), "{err}");
    }
}

#[test]
fn an_endpoint_with_user_information_is_refused_and_never_sent() {
    let w = World::new();
    let endpoint = w.emulator.endpoint();
    let with_user = endpoint.replacen("https://", "https://admin:s3cr3t-pw@", 1);
    let flag = run(w.cmd().args(["--endpoint", &with_user]).args(JOB_GET));
    let env = run(w
        .env_cmd()
        .env("SCHEDCTL_ENDPOINT", &with_user)
        .env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
        .env("SCHEDCTL_PRIVATE_KEY", w.path("client.key"))
        .arg("-vv")
        .args(JOB_GET));
    let config = w.profile_with("user.toml", "");
    let text = std::fs::read_to_string(&config)
        .unwrap()
        .replace(&endpoint, &with_user);
    std::fs::write(&config, text).unwrap();
    let file = run(w.cmd_with_config(&config).arg("-v").args(JOB_GET));
    for (out, code) in [(&flag, 2), (&env, 7), (&file, 7)] {
        let err = assert_failure(out, code);
        assert!(err.contains("user information"), "{err}");
        assert!(err.contains("https://***@127.0.0.1"), "{err}");
        assert!(!err.contains("s3cr3t-pw"), "{err}");
        assert!(!err.contains("admin"), "{err}");
    }
    // A password with `/`, `?`, `#` or `@` must not end the redaction early or turn into a
    // "host" and a "path" that get echoed or sent.
    for password in [
        "pa/ss-w0rd",
        "pa?ss-w0rd",
        "pa#ss-w0rd",
        "pa@ss-w0rd",
        "pa%2Fss-w0rd",
    ] {
        let with_user = endpoint.replacen("https://", &format!("https://admin:{password}@"), 1);
        for verbose in ["-v", "-vv"] {
            let out = run(w
                .cmd()
                .arg(verbose)
                .args(["--endpoint", &with_user])
                .args(JOB_GET));
            let err = assert_failure(&out, 2);
            assert!(err.contains("user information"), "{err}");
            assert!(!err.contains("ss-w0rd"), "{err}");
            assert!(!err.contains("admin"), "{err}");
        }
    }
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn an_empty_password_variable_is_the_empty_password() {
    let w = World::new();
    let open = w.write(
        "open.pfx",
        w.cert.pkcs12_der("", Pkcs12Cipher::Modern),
        0o600,
    );
    let out = run(w
        .cmd()
        .env("SCHEDCTL_CERT_PASSWORD", "")
        .arg("--cert")
        .arg(&open)
        .args(JOB_GET));
    assert_job1(&out);
    // Set but empty is a password given, so a wrong one is an error naming the variable.
    let locked = w.write(
        "locked.pfx",
        w.cert.pkcs12_der("pw", Pkcs12Cipher::Modern),
        0o600,
    );
    let out = run(w
        .cmd()
        .env("SCHEDCTL_CERT_PASSWORD", "")
        .arg("--cert")
        .arg(&locked)
        .args(JOB_GET));
    let err = assert_failure(&out, 7);
    assert!(err.contains("wrong password"), "{err}");
    assert!(err.contains("(from env SCHEDCTL_CERT_PASSWORD)"), "{err}");
}

/// A `.publishsettings` file whose management URL carries a password is refused without
/// showing it, in any shape of password.
#[test]
fn a_management_url_with_a_password_in_a_publishsettings_file_is_never_shown() {
    use crate::test_config_commands::{portal_pkcs12, publishsettings_v2};
    use schedctl_emulator::DEMO_SUBSCRIPTION;
    let w = World::new();
    for url in [
        "https://admin:s3cret@management.core.windows.net",
        "https://admin:s3/cret@management.core.windows.net",
    ] {
        let file = w.write(
            "Downloads/contoso.publishsettings",
            publishsettings_v2(
                url,
                &[(DEMO_SUBSCRIPTION, "Contoso Prod", portal_pkcs12(&w.cert))],
            ),
            0o600,
        );
        let out = run(w
            .bare_cmd()
            .args(["config", "import-publishsettings"])
            .arg(&file));
        let err = assert_failure(&out, 7);
        assert!(err.contains("the management URL 'https://***@"), "{err}");
        assert!(!err.contains("cret") && !err.contains("admin"), "{err}");
    }
}
