//! `config path | show | profiles | import-publishsettings`: onboarding from a portal file and
//! seeing which settings schedctl uses and why.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use base64::Engine;
use schedctl_emulator::pki::{ClientCert, KeyType, Pkcs12Cipher};
use schedctl_emulator::{Emulator, DEMO_SUBSCRIPTION};
use serde_json::Value;

use crate::common::*;

/// A second subscription for the emulator (it serves the fixture collections to every
/// subscription it knows).
const SECOND_SUBSCRIPTION: &str = "7c9d0e1f-0000-4000-8000-000000000002";
/// A third one, for a hand-written profile.
const THIRD_SUBSCRIPTION: &str = "5a6b7c8d-0000-4000-8000-000000000003";

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A portal-style PKCS#12: empty password, RC2-40 for the certificate.
pub(crate) fn portal_pkcs12(cert: &ClientCert) -> String {
    b64(&cert.pkcs12_der("", Pkcs12Cipher::Legacy))
}

/// Schema 2.0: one certificate per subscription.
pub(crate) fn publishsettings_v2(url: &str, subscriptions: &[(&str, &str, String)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PublishData>\n  <PublishProfile SchemaVersion=\"2.0\" PublishMethod=\"AzureServiceManagementAPI\">\n",
    );
    for (id, name, cert) in subscriptions {
        xml.push_str(&format!(
            "    <Subscription ServiceManagementUrl=\"{url}\" Id=\"{id}\" Name=\"{name}\" ManagementCertificate=\"{cert}\" />\n"
        ));
    }
    xml.push_str("  </PublishProfile>\n</PublishData>\n");
    xml
}

/// Schema 1.0: one certificate and URL on the profile.
fn publishsettings_v1(url: &str, cert: &str, subscriptions: &[(&str, &str)]) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<PublishData>\n  <PublishProfile PublishMethod=\"AzureServiceManagementAPI\" Url=\"{url}\" ManagementCertificate=\"{cert}\">\n"
    );
    for (id, name) in subscriptions {
        xml.push_str(&format!(
            "    <Subscription Id=\"{id}\" Name=\"{name}\" />\n"
        ));
    }
    xml.push_str("  </PublishProfile>\n</PublishData>\n");
    xml
}

/// A world whose emulator also knows `second` on [`SECOND_SUBSCRIPTION`] and `third` on
/// [`THIRD_SUBSCRIPTION`].
fn world_with_second(second: &ClientCert, third: Option<&ClientCert>) -> World {
    let cert = ClientCert::generate("schedctl test", KeyType::EcP256);
    let mut builder = Emulator::builder()
        .register_certificate(DEMO_SUBSCRIPTION, &cert.thumbprint())
        .register_certificate(SECOND_SUBSCRIPTION, &second.thumbprint());
    if let Some(third) = third {
        builder = builder.register_certificate(THIRD_SUBSCRIPTION, &third.thumbprint());
    }
    let emulator = builder.start().expect("start the emulator");
    let world = World {
        emulator,
        cert,
        dir: tempfile::tempdir().expect("temp dir"),
    };
    std::fs::create_dir_all(world.home()).unwrap();
    world.write("ca.pem", world.emulator.ca_cert_pem(), 0o644);
    world.write("client.pem", world.cert.cert_pem(), 0o644);
    world.write("client.key", world.cert.key_pkcs8_pem(), 0o600);
    world
}

pub(crate) fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn with_config(w: &World, config: &Path) -> assert_cmd::Command {
    let mut cmd = w.bare_cmd();
    cmd.arg("--config").arg(config);
    cmd
}

const COMMENTED: &str =
    "# Team settings: keep this comment.\n\n# the hand-written profile\n[profiles.test]\n";

#[test]
fn importing_two_subscriptions_keeps_the_commented_profile_and_all_three_work() {
    let second = ClientCert::generate("second", KeyType::EcP256);
    let third = ClientCert::generate("third", KeyType::EcP256);
    let w = world_with_second(&second, Some(&third));
    // The hand-written profile uses a third subscription, with PEM files.
    w.write("third.pem", third.cert_pem(), 0o644);
    w.write("third.key", third.key_pkcs8_pem(), 0o600);
    let body = w
        .profile_body()
        .replace(DEMO_SUBSCRIPTION, THIRD_SUBSCRIPTION)
        .replace("client.pem", "third.pem")
        .replace("client.key", "third.key");
    let original = format!("{COMMENTED}{body}");
    let config = w.write("conf/config.toml", &original, 0o600);
    let file = w.write(
        "Contoso-credentials.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[
                (DEMO_SUBSCRIPTION, "Contoso Prod", portal_pkcs12(&w.cert)),
                (
                    SECOND_SUBSCRIPTION,
                    "Contoso Dev/Test",
                    portal_pkcs12(&second),
                ),
            ],
        ),
        0o600,
    );
    let out = run(with_config(&w, &config)
        .args(["--region", "West US", "config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    let certs = w.path("conf/certs");
    let cert1 = certs.join(format!("{DEMO_SUBSCRIPTION}.pfx"));
    let cert2 = certs.join(format!("{SECOND_SUBSCRIPTION}.pfx"));
    assert_eq!(
        stdout(&out),
        format!(
            "wrote {}\nadded profile contoso-prod: subscription {DEMO_SUBSCRIPTION} (Contoso Prod), certificate {} (thumbprint {})\nadded profile contoso-dev-test: subscription {SECOND_SUBSCRIPTION} (Contoso Dev/Test), certificate {} (thumbprint {})\nset default_profile = \"contoso-prod\"\n",
            config.display(),
            cert1.display(),
            w.cert.thumbprint(),
            cert2.display(),
            second.thumbprint()
        )
    );
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "schedctl: warning: {} holds the unencrypted private key",
            file.display()
        )) && err.contains("delete it"),
        "{err}"
    );

    let text = std::fs::read_to_string(&config).unwrap();
    assert!(
        text.starts_with(&format!("default_profile = \"contoso-prod\"\n{original}")),
        "{text}"
    );
    assert!(text.ends_with(&format!(
        "\n[profiles.contoso-dev-test]\nsubscription_id = \"{SECOND_SUBSCRIPTION}\"\ncertificate = \"certs/{SECOND_SUBSCRIPTION}.pfx\"\nendpoint = \"{}\"\nregion = \"West US\"\n",
        w.emulator.endpoint()
    )), "{text}");
    assert_eq!(mode(&config), 0o600);
    assert_eq!(mode(&certs), 0o700);
    assert_eq!(mode(&cert1), 0o600);
    assert_eq!(mode(&cert2), 0o600);
    assert_eq!(
        std::fs::read(&cert1).unwrap(),
        base64::engine::general_purpose::STANDARD
            .decode(
                std::fs::read_to_string(&file)
                    .unwrap()
                    .split("ManagementCertificate=\"")
                    .nth(1)
                    .unwrap()
                    .split('"')
                    .next()
                    .unwrap()
            )
            .unwrap()
    );

    // The imported profile, with the CA given at run time, gets the job.
    let out = run(with_config(&w, &config)
        .arg("--ca-cert")
        .arg(w.path("ca.pem"))
        .args([
            "-p",
            "contoso-prod",
            "job",
            "get",
            "myjc",
            "job1",
            "--field",
            "state",
        ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    // The default profile is the first imported one.
    let out = run(with_config(&w, &config)
        .env("SCHEDCTL_CA_CERTIFICATE", w.path("ca.pem"))
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_code(&out, 0);
    // The second imported profile and the hand-written one work too, each on its own
    // subscription with its own certificate.
    for (profile, subscription) in [
        ("contoso-dev-test", SECOND_SUBSCRIPTION),
        ("test", THIRD_SUBSCRIPTION),
    ] {
        let out = run(with_config(&w, &config)
            .env("SCHEDCTL_CA_CERTIFICATE", w.path("ca.pem"))
            .args(["-p", profile, "job", "get", "myjc", "job1", "--field", "id"]));
        assert_code(&out, 0);
        assert_eq!(stdout(&out), "job1\n");
        let target = w.requests().last().unwrap().target.clone();
        assert!(target.starts_with(&format!("/{subscription}/")), "{target}");
    }

    let out = run(with_config(&w, &config).args(["config", "profiles"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "  contoso-dev-test\n* contoso-prod\n  test\n");
}

#[test]
fn schema_1_creates_the_default_config_file_privately() {
    let w = World::new();
    let cert = portal_pkcs12(&w.cert);
    let file = w.write(
        "old.publishsettings",
        publishsettings_v1(
            &format!("{}/", w.emulator.endpoint()),
            &cert,
            &[
                (DEMO_SUBSCRIPTION, "Pay-As-You-Go"),
                ("aaaabbbb-0000-4000-8000-000000000009", ""),
            ],
        ),
        0o644,
    );
    let out = run(w
        .bare_cmd()
        .args([
            "--cloud-service",
            "CS-WestUS-scheduler",
            "-q",
            "config",
            "import-publishsettings",
        ])
        .arg(&file)
        .args(["--name", "Legacy"]));
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "", "-q silences the warning");
    let dir = w.path("xdg/schedctl");
    let config = dir.join("config.toml");
    assert_eq!(mode(&w.path("xdg")), 0o700);
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&config), 0o600);
    assert_eq!(mode(&dir.join("certs")), 0o700);
    let text = std::fs::read_to_string(&config).unwrap();
    assert_eq!(
        text,
        format!(
            "default_profile = \"legacy-pay-as-you-go\"\n\n[profiles.legacy-pay-as-you-go]\nsubscription_id = \"{DEMO_SUBSCRIPTION}\"\ncertificate = \"certs/{DEMO_SUBSCRIPTION}.pfx\"\nendpoint = \"{0}\"\ncloud_service = \"CS-WestUS-scheduler\"\n\n[profiles.legacy-sub-aaaabbbb]\nsubscription_id = \"aaaabbbb-0000-4000-8000-000000000009\"\ncertificate = \"certs/aaaabbbb-0000-4000-8000-000000000009.pfx\"\nendpoint = \"{0}\"\ncloud_service = \"CS-WestUS-scheduler\"\n",
            w.emulator.endpoint()
        )
    );
    let out = run(w
        .bare_cmd()
        .env("SCHEDCTL_CA_CERTIFICATE", w.path("ca.pem"))
        .args(["job", "get", "myjc", "job1", "--field", "state"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
}

#[test]
fn reimporting_needs_force_and_changes_nothing_without_it() {
    let w = World::new();
    let file = w.write(
        "a.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[(DEMO_SUBSCRIPTION, "Prod", portal_pkcs12(&w.cert))],
        ),
        0o600,
    );
    let config = w.path("c/config.toml");
    let import = || {
        let mut cmd = with_config(&w, &config);
        cmd.args(["--region", "West US", "config", "import-publishsettings"])
            .arg(&file);
        cmd
    };
    assert_code(&run(&mut import()), 0);
    // A user edit to the profile survives a forced re-import; the imported groups are replaced.
    let text = std::fs::read_to_string(&config).unwrap();
    let edited = text.replace(
        "region = \"West US\"",
        "region = \"West US\"\nretries = 7 # mine",
    );
    std::fs::write(&config, &edited).unwrap();
    let cert = w.path(&format!("c/certs/{DEMO_SUBSCRIPTION}.pfx"));
    let cert_before = std::fs::read(&cert).unwrap();

    let out = run(&mut import());
    let err = assert_failure(&out, 7);
    assert!(
        err.starts_with(&format!(
            "schedctl: error: nothing was imported: profile 'prod' (subscription {DEMO_SUBSCRIPTION}), certificate {} already exist in {}",
            cert.display(),
            config.display()
        )),
        "{err}"
    );
    assert!(err.contains("hint: add --force to replace them"), "{err}");
    assert_eq!(std::fs::read_to_string(&config).unwrap(), edited);
    assert_eq!(std::fs::read(&cert).unwrap(), cert_before);

    // A certificate left behind without its profile is a conflict too.
    let other = w.path("d/config.toml");
    w.write(&format!("d/certs/{DEMO_SUBSCRIPTION}.pfx"), "old", 0o600);
    let out = run(with_config(&w, &other)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("certificate") && err.contains("already exists"),
        "{err}"
    );
    assert!(!other.exists());

    let out = run(import().arg("--force"));
    assert_code(&out, 0);
    assert!(
        stdout(&out).contains("replaced profile prod:"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), edited);
    assert_eq!(mode(&cert), 0o600);
}

#[test]
fn names_avoid_profiles_of_other_subscriptions() {
    let w = World::new();
    let config = w.write(
        "config.toml",
        "default_profile = \"prod\"\n[profiles.prod]\nsubscription_id = \"someone-else\"\n",
        0o644,
    );
    let file = w.write(
        "a.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[(DEMO_SUBSCRIPTION, "PROD!", portal_pkcs12(&w.cert))],
        ),
        0o600,
    );
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    assert!(
        stdout(&out).contains("added profile prod-2f1e4c2a:"),
        "{}",
        stdout(&out)
    );
    assert!(
        !stdout(&out).contains("default_profile"),
        "an existing default is kept"
    );
    let text = std::fs::read_to_string(&config).unwrap();
    assert!(
        text.starts_with("default_profile = \"prod\"\n[profiles.prod]\n"),
        "{text}"
    );
    assert_eq!(mode(&config), 0o644, "an existing file keeps its mode");
}

#[test]
fn a_failed_import_leaves_the_config_file_byte_identical_and_removes_new_certificates() {
    let second = ClientCert::generate("second", KeyType::EcP256);
    let w = world_with_second(&second, None);
    let original = format!("{COMMENTED}{}", w.profile_body());
    let config = w.write("config.toml", &original, 0o600);
    let subs = |second_cert: String| {
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[
                (DEMO_SUBSCRIPTION, "One", portal_pkcs12(&w.cert)),
                (SECOND_SUBSCRIPTION, "Two", second_cert),
            ],
        )
    };

    // The second certificate is not PKCS#12: found before anything is written.
    let file = w.write(
        "bad.publishsettings",
        subs(b64(b"not a certificate")),
        0o600,
    );
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains(&format!(
            "the ManagementCertificate of subscription 'Two' ({SECOND_SUBSCRIPTION}) is not a PKCS#12 file"
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), original);
    assert!(!w.path("certs").exists());

    // Writing the second certificate fails after the first was written (its path is a
    // folder): the first is removed again and the config file is untouched.
    let blocker = w.path(&format!("certs/{SECOND_SUBSCRIPTION}.pfx"));
    std::fs::create_dir_all(blocker.join("inside")).unwrap();
    let file = w.write("good.publishsettings", subs(portal_pkcs12(&second)), 0o600);
    let out = run(with_config(&w, &config)
        .args(["-q", "config", "import-publishsettings", "--force"])
        .arg(&file));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains(&format!(
            "cannot write the certificate {}",
            blocker.display()
        )) && err.contains("nothing was imported"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), original);
    assert!(!w.path(&format!("certs/{DEMO_SUBSCRIPTION}.pfx")).exists());
    let leftovers: Vec<_> = std::fs::read_dir(w.path("certs"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
    let leftovers: Vec<_> = std::fs::read_dir(w.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn bad_publishsettings_files_are_configuration_errors_that_say_what_is_wrong() {
    let w = World::new();
    let config = w.path("config.toml");
    let cases: Vec<(&str, String, &str)> = vec![
        ("plain.txt", "hello, world\n".into(), "is not XML"),
        (
            "broken.xml",
            "<PublishData><PublishProfile></PublishData>".into(),
            "is not valid XML",
        ),
        (
            "other.xml",
            "<html><body/></html>".into(),
            "its root element is <html>, not <PublishData>",
        ),
        (
            "empty.publishsettings",
            "<PublishData><PublishProfile SchemaVersion=\"2.0\"/></PublishData>".into(),
            "holds no subscriptions",
        ),
        (
            "b64.publishsettings",
            publishsettings_v2(
                "https://management.core.windows.net",
                &[("s-1", "Mine", "%%%".into())],
            ),
            "lists subscription 'Mine' (s-1) with a ManagementCertificate that is not valid base64",
        ),
        (
            "pem.publishsettings",
            publishsettings_v2(
                "https://management.core.windows.net",
                &[("s-1", "Mine", b64(w.cert.cert_pem().as_bytes()))],
            ),
            "the ManagementCertificate of subscription 'Mine' (s-1) is not a PKCS#12 file",
        ),
        (
            "pw.publishsettings",
            publishsettings_v2(
                "https://management.core.windows.net",
                &[(
                    "s-1",
                    "Mine",
                    b64(&w.cert.pkcs12_der("secret", Pkcs12Cipher::Modern)),
                )],
            ),
            "is protected by a password",
        ),
        (
            "http.publishsettings",
            publishsettings_v2(
                "http://management.core.windows.net",
                &[("s-1", "Mine", portal_pkcs12(&w.cert))],
            ),
            "only https:// endpoints are supported",
        ),
        (
            "id.publishsettings",
            publishsettings_v2(
                "https://x.test",
                &[("../../etc", "Mine", portal_pkcs12(&w.cert))],
            ),
            "is not a subscription id",
        ),
    ];
    for (name, text, expected) in cases {
        let file = w.write(name, text, 0o600);
        let out = run(with_config(&w, &config)
            .args(["config", "import-publishsettings"])
            .arg(&file));
        let err = assert_failure(&out, 7);
        let first = err.lines().next().unwrap();
        assert!(first.contains(expected), "{name}: {first}");
        assert!(
            first.contains(&file.display().to_string()),
            "{name}: {first}"
        );
        assert!(!config.exists() && !w.path("certs").exists(), "{name}");
    }
    let out = run(with_config(&w, &config).args([
        "config",
        "import-publishsettings",
        "missing.publishsettings",
    ]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("cannot read missing.publishsettings: no such file"),
        "{err}"
    );
    let out = run(with_config(&w, &config).args([
        "config",
        "import-publishsettings",
        "x",
        "--name",
        "***",
    ]));
    assert_failure(&out, 2);
}

/// The 1-based line of the first line of `text` that starts with `prefix`.
fn line_of(text: &str, prefix: &str) -> usize {
    text.lines().position(|l| l.starts_with(prefix)).unwrap() + 1
}

#[test]
fn config_show_names_the_source_of_every_setting_in_table_and_json() {
    let w = World::new();
    let text = format!(
        "default_profile = \"test\"\n\n[profiles.test]\n{}retries = 5\noutput = \"table\"\n",
        w.profile_body()
    );
    let config = w.write("config.toml", &text, 0o600);
    let show = |json: bool| {
        let mut cmd = with_config(&w, &config);
        cmd.env("SCHEDCTL_SUBSCRIPTION_ID", "from-env")
            .env("SCHEDCTL_CERT_PASSWORD", "hunter2-secret")
            .args(["--request-timeout", "10s", "config", "show"]);
        if json {
            cmd.args(["-o", "json"]);
        }
        run(&mut cmd)
    };
    let file = |prefix: &str| format!("file {}:{}", config.display(), line_of(&text, prefix));

    let out = show(false);
    assert_code(&out, 0);
    let table = stdout(&out);
    let row = |key: &str| {
        table
            .lines()
            .find(|l| l.split_whitespace().next() == Some(key))
            .unwrap_or_else(|| panic!("no {key} in {table}"))
            .to_string()
    };
    assert!(
        table.starts_with(&format!(
            "Config file:  {}\nProfile:      test  ({})\n\nSETTING ",
            config.display(),
            file("default_profile")
        )),
        "{table}"
    );
    assert!(
        row("subscription_id").ends_with("  env SCHEDCTL_SUBSCRIPTION_ID"),
        "{table}"
    );
    assert!(row("subscription_id").contains(" from-env "), "{table}");
    assert!(
        row("cloud_service").ends_with(&file("cloud_service")),
        "{table}"
    );
    assert!(
        row("certificate").ends_with(&file("certificate")),
        "{table}"
    );
    assert!(
        row("private_key").ends_with(&file("private_key")),
        "{table}"
    );
    assert!(
        row("password").contains(" <set> ")
            && row("password").ends_with("env SCHEDCTL_CERT_PASSWORD"),
        "{table}"
    );
    assert!(
        row("request_timeout").contains(" 10s ")
            && row("request_timeout").ends_with("flag --request-timeout"),
        "{table}"
    );
    assert!(
        row("retries").contains(" 5 ") && row("retries").ends_with(&file("retries")),
        "{table}"
    );
    assert!(
        row("x_ms_version").contains(" 2013-06-01 ") && row("x_ms_version").ends_with(" default"),
        "{table}"
    );
    assert!(
        table.contains(&format!("  Thumbprint:  {}\n", w.cert.thumbprint())),
        "{table}"
    );
    assert!(
        table.contains("  Subject:     CN=schedctl test\n"),
        "{table}"
    );
    assert!(
        table.contains(&format!("  Not after:   {}\n", w.cert.not_after_rfc3339())),
        "{table}"
    );

    let out = show(true);
    assert_code(&out, 0);
    let json: Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["configFile", "profile", "settings", "certificate"]);
    assert_eq!(json["configFile"], config.display().to_string());
    assert_eq!(json["profile"], "test");
    let s = &json["settings"];
    assert_eq!(
        s["subscription_id"],
        serde_json::json!({"value": "from-env", "source": "env SCHEDCTL_SUBSCRIPTION_ID"})
    );
    assert_eq!(s["cloud_service"]["source"], file("cloud_service"));
    assert_eq!(s["endpoint"]["value"], w.emulator.endpoint());
    assert_eq!(s["endpoint"]["source"], file("endpoint"));
    assert_eq!(
        s["request_timeout"],
        serde_json::json!({"value": "10s", "source": "flag --request-timeout"})
    );
    assert_eq!(
        s["retries"],
        serde_json::json!({"value": 5, "source": file("retries")})
    );
    assert_eq!(
        s["x_ms_version"],
        serde_json::json!({"value": "2013-06-01", "source": "default"})
    );
    assert_eq!(
        s["output"],
        serde_json::json!({"value": "json", "source": "flag --output"})
    );
    assert_eq!(
        s["password"],
        serde_json::json!({"value": "<set>", "source": "env SCHEDCTL_CERT_PASSWORD"})
    );
    let cert = &json["certificate"];
    assert_eq!(cert["subject"], "CN=schedctl test");
    assert_eq!(cert["thumbprint"], w.cert.thumbprint());
    assert_eq!(cert["notAfter"], w.cert.not_after_rfc3339());
    assert!(cert["notBefore"].as_str().unwrap().ends_with('Z'));

    for out in [show(false), show(true)] {
        let all = format!("{}{}", stdout(&out), stderr(&out));
        assert!(!all.contains("hunter2-secret"), "{all}");
        assert!(!all.contains("PRIVATE KEY"), "{all}");
    }
    assert_eq!(
        w.emulator.connections(),
        0,
        "config show touches no network"
    );
}

#[test]
fn config_show_shows_environments_and_regions_with_their_sources() {
    let w = World::new();
    let text = format!(
        "[profiles.p]\nsubscription_id = \"{DEMO_SUBSCRIPTION}\"\nregion = \"West US\"\nenvironment = \"AzureGermanCloud\"\ncertificate = \"{}\"\nprivate_key = \"{}\"\n",
        w.path("client.pem").display(),
        w.path("client.key").display()
    );
    let config = w.write("config.toml", &text, 0o600);
    let show = |cmd: &mut assert_cmd::Command| {
        let out = run(cmd.args(["config", "show", "-o", "json"]));
        assert_code(&out, 0);
        let json: Value = serde_json::from_str(&stdout(&out)).unwrap();
        json["settings"].clone()
    };
    let file = |prefix: &str| format!("file {}:{}", config.display(), line_of(&text, prefix));

    let s = show(&mut with_config(&w, &config));
    assert_eq!(
        s["region"],
        serde_json::json!({"value": "West US", "source": file("region")})
    );
    assert_eq!(
        s["cloud_service"],
        serde_json::json!({"value": "CS-WestUS-scheduler", "source": file("region")})
    );
    assert_eq!(
        s["environment"],
        serde_json::json!({"value": "AzureGermanCloud", "source": file("environment")})
    );
    assert_eq!(
        s["endpoint"],
        serde_json::json!({"value": "https://management.core.cloudapi.de", "source": file("environment")})
    );

    let s = show(
        with_config(&w, &config)
            .env("SCHEDCTL_REGION", "North Europe")
            .env("SCHEDCTL_ENVIRONMENT", "AzureChinaCloud"),
    );
    assert_eq!(
        s["cloud_service"],
        serde_json::json!({"value": "CS-NorthEurope-scheduler", "source": "env SCHEDCTL_REGION"})
    );
    assert_eq!(
        s["endpoint"],
        serde_json::json!({"value": "https://management.core.chinacloudapi.cn", "source": "env SCHEDCTL_ENVIRONMENT"})
    );

    let s = show(with_config(&w, &config).args([
        "--environment",
        "azureusgovernment",
        "--cloud-service",
        "mine",
    ]));
    assert_eq!(
        s["cloud_service"],
        serde_json::json!({"value": "mine", "source": "flag --cloud-service"})
    );
    assert!(
        s.get("region").is_none(),
        "the profile's region is not used: {s}"
    );
    assert_eq!(
        s["endpoint"]["value"],
        "https://management.core.usgovcloudapi.net"
    );
    assert_eq!(s["environment"]["source"], "flag --environment");

    // Within one level, an endpoint beats the environment.
    let s = show(with_config(&w, &config).args([
        "--environment",
        "AzureChinaCloud",
        "--endpoint",
        "https://example.test/",
    ]));
    assert_eq!(
        s["endpoint"],
        serde_json::json!({"value": "https://example.test", "source": "flag --endpoint"})
    );

    let s = show(
        w.bare_cmd()
            .args(["--subscription", "s", "--region", "East Asia", "--cert"])
            .arg(w.path("client.pem"))
            .arg("--key")
            .arg(w.path("client.key")),
    );
    assert_eq!(
        s["endpoint"],
        serde_json::json!({"value": "https://management.core.windows.net", "source": "default"})
    );
    assert_eq!(s["cloud_service"]["value"], "CS-EastAsia-scheduler");
}

#[test]
fn config_show_prints_what_it_can_and_exits_7_when_settings_would_not_work() {
    let w = World::new();
    let out = run(w
        .bare_cmd()
        .env("SCHEDCTL_SUBSCRIPTION_ID", "s")
        .args(["config", "show"]));
    assert_code(&out, 7);
    let table = stdout(&out);
    assert!(table.contains("(does not exist)"), "{table}");
    assert!(table.contains("cloud_service     (not set)"), "{table}");
    assert!(table.contains("Certificate:  (not set)"), "{table}");
    let err = stderr(&out);
    assert!(
        err.starts_with("schedctl: error: no cloud service is set"),
        "{err}"
    );
    assert!(
        err.contains("schedctl: error: no management certificate is set"),
        "{err}"
    );

    let out = run(w
        .bare_cmd()
        .env("SCHEDCTL_SUBSCRIPTION_ID", "s")
        .args(["config", "show", "-o", "json"]));
    assert_code(&out, 7);
    let json: Value = serde_json::from_str(&stdout(&out)).expect("valid JSON even when incomplete");
    assert_eq!(
        json["settings"]["cloud_service"],
        serde_json::json!({"value": null, "source": null})
    );
    assert_eq!(json["certificate"], Value::Null);
    assert_eq!(json["profile"], Value::Null);

    // An unreadable (too open) key: everything else is shown, the certificate is marked.
    let config = w.config();
    std::fs::set_permissions(w.path("client.key"), std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run(with_config(&w, &config).args(["config", "show"]));
    assert_code(&out, 7);
    assert!(
        stdout(&out).contains("Certificate:  (cannot be used"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains(&w.emulator.endpoint()),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    assert!(
        err.starts_with("schedctl: error: permissions 0644 for"),
        "{err}"
    );

    // An expired certificate is still described, and marked.
    let expired = ClientCert::generate_with_validity("old", KeyType::EcP256, -30, -1);
    w.write("old.pem", expired.cert_pem(), 0o644);
    w.write("old.key", expired.key_pkcs8_pem(), 0o600);
    let out = run(with_config(&w, &config)
        .arg("--cert")
        .arg(w.path("old.pem"))
        .arg("--key")
        .arg(w.path("old.key"))
        .args(["config", "show"]));
    assert_code(&out, 7);
    assert!(stdout(&out).contains(&format!("  Thumbprint:  {}\n", expired.thumbprint())));
    assert!(stdout(&out).contains("(not valid now)"));
    assert!(stderr(&out).contains("expired on"), "{}", stderr(&out));

    // A profile that does not exist.
    let out = run(with_config(&w, &config).args(["-p", "nope", "config", "show"]));
    assert_code(&out, 7);
    assert!(stderr(&out).starts_with("schedctl: error: profile 'nope' (flag --profile) is not in"));
}

#[test]
fn config_path_prints_only_the_path_and_says_when_it_is_missing() {
    let w = World::new();
    let out = run(w.bare_cmd().args(["config", "path"]));
    assert_code(&out, 0);
    let expected = w.path("xdg/schedctl/config.toml");
    assert_eq!(stdout(&out), format!("{}\n", expected.display()));
    assert!(
        stderr(&out).starts_with("schedctl: warning: the config file"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("does not exist yet"));
    assert!(!expected.exists(), "config path creates nothing");

    let out = run(w.bare_cmd().args(["-q", "config", "path"]));
    assert_eq!(stderr(&out), "");

    let out = run(w
        .bare_cmd()
        .env_remove("XDG_CONFIG_HOME")
        .args(["config", "path"]));
    assert_eq!(
        stdout(&out),
        format!(
            "{}\n",
            w.home().join(".config/schedctl/config.toml").display()
        )
    );

    let config = w.config();
    let out = run(w
        .bare_cmd()
        .env("SCHEDCTL_CONFIG", &config)
        .args(["config", "path"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), format!("{}\n", config.display()));
    assert_eq!(stderr(&out), "");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn config_profiles_marks_the_profile_in_use_like_git_branch() {
    let w = World::new();
    let config = w.write(
        "config.toml",
        "default_profile = \"b\"\n[profiles.c]\n[profiles.a]\n[profiles.b]\n",
        0o600,
    );
    let list = |cmd: &mut assert_cmd::Command| {
        let out = run(cmd.args(["config", "profiles"]));
        assert_code(&out, 0);
        stdout(&out)
    };
    assert_eq!(list(&mut with_config(&w, &config)), "  a\n* b\n  c\n");
    assert_eq!(
        list(with_config(&w, &config).args(["-p", "c"])),
        "  a\n  b\n* c\n"
    );
    assert_eq!(
        list(with_config(&w, &config).env("SCHEDCTL_PROFILE", "a")),
        "* a\n  b\n  c\n"
    );

    let config = w.write("two.toml", "[profiles.x]\n[profiles.y]\n", 0o600);
    assert_eq!(list(&mut with_config(&w, &config)), "  x\n  y\n");
    let config = w.write("one.toml", "[profiles.only]\n", 0o600);
    assert_eq!(list(&mut with_config(&w, &config)), "* only\n");

    let out = run(w.bare_cmd().args(["config", "profiles"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("does not exist yet"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn field_is_a_usage_error_for_config_commands() {
    let w = World::new();
    for command in ["path", "show", "profiles"] {
        let out = run(w.cmd().args(["config", command, "--field", "x"]));
        let err = assert_failure(&out, 2);
        assert!(
            err.contains("--field does not apply to config commands"),
            "{err}"
        );
    }
}

/// A fourth subscription, never registered: its import fails on purpose.
const FOURTH_SUBSCRIPTION: &str = "9e8d7c6b-0000-4000-8000-000000000004";

/// The directory entries of `dir`, sorted.
fn entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_failed_forced_import_puts_back_a_replaced_link_and_file_exactly() {
    use std::os::unix::fs::symlink;
    let second = ClientCert::generate("second", KeyType::EcP256);
    let fourth = ClientCert::generate("fourth", KeyType::EcP256);
    let w = world_with_second(&second, None);
    let original = format!("{COMMENTED}{}", w.profile_body());
    let config = w.write("config.toml", &original, 0o600);
    // The first subscription's certificate is a link to a file kept elsewhere; the second's
    // was written by an older import under the id's upper-case spelling, with its own mode;
    // the fourth's path is a folder, so the import fails after replacing the other two.
    let kept = w.write("vault/mine.pfx", "the linked key", 0o600);
    std::fs::create_dir_all(w.path("certs")).unwrap();
    std::fs::set_permissions(w.path("certs"), std::fs::Permissions::from_mode(0o700)).unwrap();
    let link = w.path(&format!("certs/{DEMO_SUBSCRIPTION}.pfx"));
    symlink("../vault/mine.pfx", &link).unwrap();
    let upper = w.write(
        &format!("certs/{}.pfx", SECOND_SUBSCRIPTION.to_uppercase()),
        "the old key",
        0o640,
    );
    let blocker = w.path(&format!("certs/{FOURTH_SUBSCRIPTION}.pfx"));
    std::fs::create_dir_all(blocker.join("inside")).unwrap();
    let before = entries(&w.path("certs"));
    let file = w.write(
        "a.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[
                (DEMO_SUBSCRIPTION, "One", portal_pkcs12(&w.cert)),
                (SECOND_SUBSCRIPTION, "Two", portal_pkcs12(&second)),
                (FOURTH_SUBSCRIPTION, "Four", portal_pkcs12(&fourth)),
            ],
        ),
        0o600,
    );

    let out = run(with_config(&w, &config)
        .args(["-q", "config", "import-publishsettings", "--force"])
        .arg(&file));
    let err = assert_failure(&out, 7);
    assert!(
        err.starts_with(&format!(
            "schedctl: error: cannot write the certificate {}: it is a folder; nothing was imported",
            blocker.display()
        )),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), original);
    assert_eq!(
        entries(&w.path("certs")),
        before,
        "nothing added or left aside"
    );
    let meta = std::fs::symlink_metadata(&link).unwrap();
    assert!(meta.file_type().is_symlink(), "the link is a link again");
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("../vault/mine.pfx")
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "the linked key");
    assert_eq!(std::fs::read_to_string(&upper).unwrap(), "the old key");
    assert_eq!(mode(&upper), 0o640);
}

#[test]
fn subscription_ids_that_differ_only_in_case_are_one_subscription() {
    let w = World::new();
    let upper_id = DEMO_SUBSCRIPTION.to_uppercase();
    let pfx = portal_pkcs12(&w.cert);

    // Within one file.
    let file = w.write(
        "twice.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[
                (DEMO_SUBSCRIPTION, "One", pfx.clone()),
                (&upper_id, "Again", pfx.clone()),
            ],
        ),
        0o600,
    );
    let config = w.path("c/config.toml");
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains(&format!("lists subscription {upper_id} twice")),
        "{err}"
    );
    assert!(!w.path("c").exists());

    // The certificate file is named in lower case, whatever the file's spelling.
    let upper_file = w.write(
        "upper.publishsettings",
        publishsettings_v2(&w.emulator.endpoint(), &[(&upper_id, "Prod", pfx.clone())]),
        0o600,
    );
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&upper_file));
    assert_code(&out, 0);
    assert_eq!(
        entries(&w.path("c/certs")),
        [format!("{DEMO_SUBSCRIPTION}.pfx")]
    );
    assert!(
        std::fs::read_to_string(&config)
            .unwrap()
            .contains(&format!("certificate = \"certs/{DEMO_SUBSCRIPTION}.pfx\"")),
        "{}",
        std::fs::read_to_string(&config).unwrap()
    );

    // The lower-case spelling is the same subscription: its profile and certificate exist.
    let lower_file = w.write(
        "lower.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[(DEMO_SUBSCRIPTION, "Prod", pfx.clone())],
        ),
        0o600,
    );
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&lower_file));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains(&format!(
            "nothing was imported: profile 'prod' (subscription {DEMO_SUBSCRIPTION}), certificate {} already exist",
            w.path(&format!("c/certs/{DEMO_SUBSCRIPTION}.pfx")).display()
        )),
        "{err}"
    );

    // An older import's upper-case file is replaced by the lower-case one, and the profile
    // is replaced rather than doubled.
    std::fs::rename(
        w.path(&format!("c/certs/{DEMO_SUBSCRIPTION}.pfx")),
        w.path(&format!("c/certs/{upper_id}.pfx")),
    )
    .unwrap();
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings", "--force"])
        .arg(&lower_file));
    assert_code(&out, 0);
    assert!(
        stdout(&out).contains("replaced profile prod:"),
        "{}",
        stdout(&out)
    );
    assert_eq!(
        entries(&w.path("c/certs")),
        [format!("{DEMO_SUBSCRIPTION}.pfx")]
    );
    let text = std::fs::read_to_string(&config).unwrap();
    assert_eq!(text.matches("[profiles.").count(), 1, "{text}");
    // And the profile works.
    let out = run(with_config(&w, &config)
        .args(["--ca-cert"])
        .arg(w.path("ca.pem"))
        .args(["--cloud-service", schedctl_emulator::DEMO_CLOUD_SERVICE])
        .args(["job", "get", "myjc", "job1", "--field", "state"]));
    assert_code(&out, 0);
}

#[test]
fn names_from_the_file_are_escaped_in_the_summary_and_in_errors() {
    let w = World::new();
    let hostile = "Evil&#27;[31mRed&#10;hint: curl x | sh&#8238;gpj.exe";
    let shown = "Evil\\u{1b}[31mRed\\u{a}hint: curl x | sh\\u{202e}gpj.exe";
    let file = w.write(
        "a.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[(DEMO_SUBSCRIPTION, hostile, portal_pkcs12(&w.cert))],
        ),
        0o600,
    );
    let config = w.path("c/config.toml");
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(
        text.contains(&format!("subscription {DEMO_SUBSCRIPTION} ({shown}),")),
        "{text}"
    );
    assert!(
        !text.contains('\x1b') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(!text.lines().any(|l| l.starts_with("hint:")), "{text}");
    assert!(!stderr(&out).contains('\x1b'), "{}", stderr(&out));

    let file = w.write(
        "b.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[(SECOND_SUBSCRIPTION, hostile, b64(b"not a certificate"))],
        ),
        0o600,
    );
    let out = run(with_config(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    let err = assert_failure(&out, 7);
    let first = err.lines().next().unwrap();
    assert!(
        first.contains(&format!("subscription '{shown}' ({SECOND_SUBSCRIPTION})")),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "no forged line: {err}");
    assert!(
        !err.contains('\x1b') && !err.contains('\u{202e}'),
        "{err:?}"
    );
}

/// Runs an import whose config file is a FIFO, so that the test can stand at two points of
/// it without sleeping or timing anything:
/// 1. The import's first read of the config file blocks until this test opens the FIFO to
///    write; the test gives it `config_text` and closes, so the read ends.
/// 2. The import writes the certificates, then reads the config file again to check that
///    nobody changed it meanwhile. The test's second open of the FIFO for writing returns
///    only once that read has opened it: the certificates are then provably written and the
///    import is provably waiting on the FIFO, for as long as the test keeps its end open.
///
/// The second open must not meet the first read's descriptor still open, so the test first
/// reads the import's stderr up to the warning about the `certs` folder's mode (0755 on
/// purpose), which comes after the first read and before the first certificate. A thread
/// waits for the child and then opens the FIFO to read, so that an import that dies early
/// frees the test's blocking opens instead of hanging it. `at_check` gets the open write end
/// and the child's pid, and may hand the write end back to be kept open until the child is
/// gone. Returns the exit status, stdout and stderr.
fn import_through_a_fifo(
    w: &World,
    args: &[&str],
    config_text: &str,
    at_check: impl FnOnce(std::fs::File, i32) -> Option<std::fs::File>,
) -> (std::process::ExitStatus, String, String) {
    use std::io::{BufRead, Read, Write};
    use std::os::unix::fs::OpenOptionsExt;
    let fifo = w.path("c/config.toml");
    std::fs::create_dir_all(w.path("c/certs")).unwrap();
    std::fs::set_permissions(w.path("c/certs"), std::fs::Permissions::from_mode(0o755)).unwrap();
    let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads a NUL-terminated path we own.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);

    let mut child = w
        .std_cmd()
        .arg("--config")
        .arg(&fifo)
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id() as i32;
    let mut err = std::io::BufReader::new(child.stderr.take().unwrap());
    let mut out = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let release = fifo.clone();
    let waiter = std::thread::spawn(move || {
        let status = child.wait().unwrap();
        let reader = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(&release)
            .unwrap();
        tx.send(status).unwrap();
        reader
    });

    let mut first = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    first.write_all(config_text.as_bytes()).unwrap();
    drop(first);
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        assert_ne!(
            err.read_line(&mut line).unwrap(),
            0,
            "the import ended early: {seen}"
        );
        seen.push_str(&line);
        if line.contains("holds private keys but has mode 0755") {
            break;
        }
    }
    let second = std::fs::OpenOptions::new().write(true).open(&fifo).unwrap();
    let held = at_check(second, pid);
    let status = rx.recv().unwrap();
    drop(held);
    let _reader = waiter.join().unwrap();
    err.read_to_string(&mut seen).unwrap();
    let mut stdout = String::new();
    out.read_to_string(&mut stdout).unwrap();
    (status, stdout, seen)
}

#[test]
fn ctrl_c_after_the_certificates_are_written_undoes_the_whole_import() {
    use std::os::unix::fs::symlink;
    use std::os::unix::fs::FileTypeExt;
    use std::os::unix::process::ExitStatusExt;
    let second = ClientCert::generate("second", KeyType::EcP256);
    let w = world_with_second(&second, None);
    let kept = w.write("vault/mine.pfx", "the linked key", 0o600);
    std::fs::create_dir_all(w.path("c/certs")).unwrap();
    let link = w.path(&format!("c/certs/{DEMO_SUBSCRIPTION}.pfx"));
    symlink("../../vault/mine.pfx", &link).unwrap();
    let file = w.write(
        "a.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[
                (DEMO_SUBSCRIPTION, "One", portal_pkcs12(&w.cert)),
                (SECOND_SUBSCRIPTION, "Two", portal_pkcs12(&second)),
            ],
        ),
        0o600,
    );
    let original = format!("{COMMENTED}{}", w.profile_body());
    let new_cert = w.path(&format!("c/certs/{SECOND_SUBSCRIPTION}.pfx"));
    let (status, out, err) = import_through_a_fifo(
        &w,
        &[
            "config",
            "import-publishsettings",
            file.to_str().unwrap(),
            "--force",
        ],
        &original,
        |writer, pid| {
            // The window the fix is about: new certificate written, the link replaced.
            assert!(new_cert.exists());
            assert!(!std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink());
            // SAFETY: kill sends a signal to our own child, which has not been reaped (the
            // waiter thread reaps it only after it exits, and it cannot exit before this).
            assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
            // The write end stays open until the child is gone: only Ctrl-C can end its wait.
            Some(writer)
        },
    );
    assert_eq!(status.code(), Some(130), "{status:?} {}", err);
    assert_eq!(status.signal(), None);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("schedctl: error: interrupted; nothing was imported\n"),
        "{err}"
    );
    assert_eq!(err.matches("schedctl: error:").count(), 1, "{err}");
    assert_eq!(
        entries(&w.path("c/certs")),
        [format!("{DEMO_SUBSCRIPTION}.pfx")],
        "the new certificate is gone, nothing is left aside"
    );
    assert_eq!(
        std::fs::read_link(&link).unwrap(),
        Path::new("../../vault/mine.pfx")
    );
    assert_eq!(std::fs::read_to_string(&kept).unwrap(), "the linked key");
    let fifo = std::fs::symlink_metadata(w.path("c/config.toml")).unwrap();
    assert!(fifo.file_type().is_fifo(), "the config file is untouched");
    let strays: Vec<_> = entries(&w.path("c"))
        .into_iter()
        .filter(|n| n.contains("schedctl"))
        .collect();
    assert!(strays.is_empty(), "{strays:?}");

    // Nothing stands in the way of the next import.
    std::fs::remove_file(w.path("c/config.toml")).unwrap();
    std::fs::write(w.path("c/config.toml"), &original).unwrap();
    let out = run(with_config(&w, &w.path("c/config.toml"))
        .args(["-q", "config", "import-publishsettings"])
        .arg(&file)
        .arg("--force"));
    assert_code(&out, 0);
}

#[test]
fn a_config_file_changed_during_the_import_is_not_overwritten() {
    let w = World::new();
    let file = w.write(
        "a.publishsettings",
        publishsettings_v2(
            &w.emulator.endpoint(),
            &[(DEMO_SUBSCRIPTION, "One", portal_pkcs12(&w.cert))],
        ),
        0o600,
    );
    let (status, out, err) = import_through_a_fifo(
        &w,
        &["config", "import-publishsettings", file.to_str().unwrap()],
        "# before\n",
        |mut writer, _pid| {
            use std::io::Write;
            writer.write_all(b"# someone else's edit\n").unwrap();
            None
        },
    );
    assert_eq!(status.code(), Some(7), "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains(&format!(
            "schedctl: error: the config file {} changed while importing; nothing was imported\nhint: run the import again\n",
            w.path("c/config.toml").display()
        )),
        "{err}"
    );
    assert!(entries(&w.path("c/certs")).is_empty());
}
