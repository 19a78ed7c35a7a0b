//! `config use | set | unset`, and what the import says when a profile has no location: the
//! first hour of a new user, without dead ends (no hand-editing of TOML, no re-import).

use std::path::Path;

use schedctl_emulator::{DEMO_CLOUD_SERVICE, DEMO_SUBSCRIPTION};
use serde_json::Value;

use crate::common::*;
use crate::test_config_commands::{mode, portal_pkcs12, publishsettings_v2};

/// Two profiles, comments everywhere, a default, and keys in an unusual order.
const HAND_WRITTEN: &str = "# Team settings: keep this comment.\ndefault_profile = \"prod\"  # the usual one\n\n# production\n[profiles.prod]\nregion = \"West US\"\ncloud_service = \"CS-Old-scheduler\"  # replaced soon\nsubscription_id = \"2f1e4c2a-0000-4000-8000-000000000001\"\n\n[profiles.staging]\n# staging has no region yet\nsubscription_id = \"2f1e4c2a-0000-4000-8000-000000000002\"\n";

fn config_cmd(w: &World, config: &Path) -> assert_cmd::Command {
    let mut cmd = w.bare_cmd();
    cmd.arg("--config").arg(config);
    cmd
}

/// The folder holds nothing but the config file: no temporary file was left behind.
#[track_caller]
fn only_the_config_file_in(dir: &Path) {
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["config.toml"]);
}

#[test]
fn config_set_changes_one_key_and_keeps_comments_order_mode_and_other_profiles() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o640);
    let out = run(config_cmd(&w, &config).args([
        "config",
        "set",
        "cloud_service",
        "CS-WestUS-scheduler",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "set cloud_service = \"CS-WestUS-scheduler\" in profile 'prod' ({})\n",
            config.display()
        )
    );
    let after_first = HAND_WRITTEN.replace(
        "cloud_service = \"CS-Old-scheduler\"  # replaced soon",
        "cloud_service = \"CS-WestUS-scheduler\"  # replaced soon",
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), after_first);
    assert_eq!(mode(&config), 0o640, "the user's mode is kept");

    // -p picks another profile; retries is written as a number, durations as strings.
    let out = run(config_cmd(&w, &config).args(["-p", "staging", "config", "set", "retries", "5"]));
    assert_code(&out, 0);
    assert_eq!(
        stderr(&out),
        format!(
            "set retries = 5 in profile 'staging' ({})\n",
            config.display()
        )
    );
    let out = run(config_cmd(&w, &config)
        .env("SCHEDCTL_PROFILE", "staging")
        .args(["config", "set", "request_timeout", "90s"]));
    assert_code(&out, 0);
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        format!("{after_first}retries = 5\nrequest_timeout = \"90s\"\n")
    );

    // set on a profile the file lacks creates it at the end; default_profile stays.
    let out =
        run(config_cmd(&w, &config).args(["-p", "dev", "config", "set", "region", "North Europe"]));
    assert_code(&out, 0);
    assert_eq!(
        stderr(&out),
        format!(
            "set region = \"North Europe\" in new profile 'dev' ({})\n",
            config.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        format!("{after_first}retries = 5\nrequest_timeout = \"90s\"\n\n[profiles.dev]\nregion = \"North Europe\"\n")
    );
    only_the_config_file_in(&w.path("conf"));

    // What was written reads back as written.
    let out = run(config_cmd(&w, &config).args(["-p", "staging", "config", "show", "-o", "json"]));
    let shown: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["settings"]["retries"]["value"], 5);
    assert_eq!(shown["settings"]["request_timeout"]["value"], "1m 30s");
}

#[test]
fn config_unset_removes_one_key_and_a_key_not_set_is_a_warning_that_changes_nothing() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o600);
    let out = run(config_cmd(&w, &config).args(["config", "unset", "cloud_service"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "unset cloud_service in profile 'prod' ({})\n",
            config.display()
        )
    );
    let expected = HAND_WRITTEN.replace(
        "cloud_service = \"CS-Old-scheduler\"  # replaced soon\n",
        "",
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), expected);

    // Not set: exit 0 (the key is unset either way, like `rm -f`), said on stderr, file
    // byte-identical; -q silences the note.
    let out = run(config_cmd(&w, &config).args(["config", "unset", "cloud_service"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "schedctl: warning: profile 'prod' does not set `cloud_service`; nothing to unset ({} is unchanged)\n",
            config.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), expected);
    let out = run(config_cmd(&w, &config).args(["-q", "config", "unset", "cloud_service"]));
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "");
    // A comment above a removed key is kept, above the next key.
    let out =
        run(config_cmd(&w, &config).args(["-q", "-p", "staging", "config", "set", "retries", "5"]));
    assert_code(&out, 0);
    let out = run(config_cmd(&w, &config).args([
        "-q",
        "-p",
        "staging",
        "config",
        "unset",
        "subscription_id",
    ]));
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "", "-q silences the confirmation too");
    assert!(std::fs::read_to_string(&config)
        .unwrap()
        .ends_with("[profiles.staging]\n# staging has no region yet\nretries = 5\n"));
    only_the_config_file_in(&w.path("conf"));
}

#[test]
fn config_use_sets_default_profile_and_refuses_a_profile_the_file_lacks() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o600);
    let out = run(config_cmd(&w, &config).args(["config", "use", "staging"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "the default profile is now 'staging' ({})\n",
            config.display()
        )
    );
    let expected = HAND_WRITTEN.replace(
        "default_profile = \"prod\"  # the usual one",
        "default_profile = \"staging\"  # the usual one",
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), expected);
    let out = run(config_cmd(&w, &config).args(["config", "profiles"]));
    assert_eq!(stdout(&out), "  prod\n* staging\n");

    let out = run(config_cmd(&w, &config).args(["config", "use", "prdo"]));
    let err = assert_failure(&out, 7);
    assert_eq!(
        err,
        format!(
            "schedctl: error: profile 'prdo' is not in {} (profiles: prod, staging)\n",
            config.display()
        )
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), expected);

    // No file at all: nothing to make the default.
    let missing = w.path("nowhere/config.toml");
    let out = run(config_cmd(&w, &missing).args(["config", "use", "prod"]));
    assert_failure(&out, 7);
    assert!(!w.path("nowhere").exists());
}

#[test]
fn config_set_from_nothing_creates_the_default_profile_0600_in_a_0700_folder() {
    let w = World::new();
    // The default place: $XDG_CONFIG_HOME/schedctl/config.toml, neither folder there yet.
    let out = run(w
        .bare_cmd()
        .args(["config", "set", "subscription_id", DEMO_SUBSCRIPTION]));
    assert_code(&out, 0);
    let config = w.path("xdg/schedctl/config.toml");
    assert_eq!(stdout(&out), "");
    assert_eq!(
        stderr(&out),
        format!(
            "set subscription_id = \"{DEMO_SUBSCRIPTION}\" in new profile 'default', now the default ({})\n",
            config.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&config).unwrap(),
        format!("default_profile = \"default\"\n\n[profiles.default]\nsubscription_id = \"{DEMO_SUBSCRIPTION}\"\n")
    );
    assert_eq!(mode(&config), 0o600);
    assert_eq!(mode(&w.path("xdg/schedctl")), 0o700);
    assert_eq!(mode(&w.path("xdg")), 0o700);
    let out = run(w.bare_cmd().args(["config", "profiles", "-o", "json"]));
    assert_code(&out, 0);
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        serde_json::json!([{"name": "default", "default": true, "current": true}])
    );
}

#[test]
fn every_refused_edit_exits_7_and_leaves_the_file_byte_identical() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o600);
    let pem = w.cert.key_pkcs8_pem();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["set", "cloud-service", "x"],
            "unknown key 'cloud-service' for a profile\nhint: did you mean 'cloud_service'?\n",
        ),
        (vec!["set", "retry", "5"], "hint: did you mean 'retries'?"),
        (
            vec!["set", "default_profile", "staging"],
            "hint: `schedctl config use PROFILE` sets default_profile",
        ),
        (
            vec!["set", "retries", "x"],
            "`retries` was not set: invalid value 'x': expected a whole number such as 3",
        ),
        (vec!["set", "retries", "-1"], "expected a whole number"),
        (
            vec!["set", "request_timeout", "soon"],
            "`request_timeout` was not set: ",
        ),
        (vec!["set", "request_timeout", "31d"], "at most 30 days"),
        (
            vec!["set", "certificate", pem.as_str()],
            "holds PEM text where a file path belongs (the value is not shown)",
        ),
        (
            vec![
                "set",
                "private_key",
                "-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
            ],
            "holds PEM text",
        ),
        (
            vec!["set", "endpoint", "https://admin:s3cret-pw@example.com"],
            "user information",
        ),
        (
            vec!["set", "endpoint", "http://example.com"],
            "only https://",
        ),
        (
            vec!["set", "environment", "Mars"],
            "unknown environment 'Mars'",
        ),
        (
            vec!["set", "x_ms_version", "latest"],
            "expected a date such as 2013-06-01",
        ),
        (vec!["set", "output", "yaml"], "invalid value 'yaml'"),
        (vec!["set", "cloud_service", " "], "invalid value"),
        (
            vec!["unset", "cloud-service"],
            "did you mean 'cloud_service'?",
        ),
        (
            vec!["-p", "nope", "unset", "region"],
            "profile 'nope' is not in",
        ),
    ];
    for (args, expected) in cases {
        let out = run(config_cmd(&w, &config).arg("config").args(&args));
        let err = assert_failure(&out, 7);
        assert!(err.contains(expected), "{args:?}: {err}");
        assert!(!err.contains("s3cret-pw"), "{err}");
        assert_no_pem_leak(&out, &pem);
        assert_eq!(
            std::fs::read(&config).unwrap(),
            HAND_WRITTEN.as_bytes(),
            "{args:?} changed the file"
        );
        only_the_config_file_in(&w.path("conf"));
    }

    // Several profiles and no default_profile: which one is meant is not guessed.
    let ambiguous = HAND_WRITTEN.replace("default_profile = \"prod\"  # the usual one\n", "");
    w.write("conf/config.toml", &ambiguous, 0o600);
    let out = run(config_cmd(&w, &config).args(["config", "set", "region", "West US"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("several profiles (prod, staging) and no default_profile"),
        "{err}"
    );
    assert!(err.contains("schedctl config use NAME"), "{err}");
    assert_eq!(std::fs::read_to_string(&config).unwrap(), ambiguous);
}

#[test]
fn a_value_that_might_be_a_secret_is_never_echoed() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o600);
    // A long base64 run (a key pasted whole) in a text setting: accepted as the file would
    // accept it, but the confirmation does not repeat it.
    let blob = "QUJD".repeat(40);
    let out = run(config_cmd(&w, &config).args(["config", "set", "region", &blob]));
    assert_code(&out, 0);
    let err = stderr(&out);
    assert!(!err.contains(&blob), "{err}");
    assert_eq!(
        err,
        format!(
            "set region = (value not shown) in profile 'prod' ({})\n",
            config.display()
        )
    );
}

#[test]
fn an_import_without_a_location_warns_with_the_next_steps() {
    let w = World::new();
    let file = w.write(
        "contoso.publishsettings",
        publishsettings_v2(
            "https://management.core.windows.net",
            &[(DEMO_SUBSCRIPTION, "Contoso Prod", portal_pkcs12(&w.cert))],
        ),
        0o600,
    );
    let config = w.path("conf/config.toml");
    let out = run(config_cmd(&w, &config)
        .args(["config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    let err = stderr(&out);
    let last = err.lines().last().unwrap();
    assert_eq!(
        last,
        "schedctl: warning: profile 'contoso-prod' has no cloud service yet, so job and collection commands will fail; find it with `schedctl -p contoso-prod cloud-service list`, then record it with `schedctl -p contoso-prod config set cloud_service NAME`",
        "{err}"
    );

    // Several new profiles: all are named, the commands show the first.
    let second = schedctl_emulator::pki::ClientCert::generate(
        "second",
        schedctl_emulator::pki::KeyType::EcP256,
    );
    let two = w.write(
        "two.publishsettings",
        publishsettings_v2(
            "https://management.core.windows.net",
            &[
                (DEMO_SUBSCRIPTION, "Contoso Prod", portal_pkcs12(&w.cert)),
                (
                    "7c9d0e1f-0000-4000-8000-000000000002",
                    "Contoso Dev",
                    portal_pkcs12(&second),
                ),
            ],
        ),
        0o600,
    );
    let out = run(config_cmd(&w, &w.path("two/config.toml"))
        .args(["config", "import-publishsettings"])
        .arg(&two));
    assert_code(&out, 0);
    assert_eq!(
        stderr(&out).lines().last().unwrap(),
        "schedctl: warning: profiles 'contoso-prod', 'contoso-dev' have no cloud service yet, so job and collection commands will fail; find it with `schedctl -p contoso-prod cloud-service list`, then record it with `schedctl -p contoso-prod config set cloud_service NAME` (likewise for each profile)"
    );

    // With --region there is nothing to add.
    let config = w.path("conf2/config.toml");
    let out = run(config_cmd(&w, &config)
        .args(["--region", "West US", "config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    assert!(!stderr(&out).contains("cloud service"), "{}", stderr(&out));

    // -q silences warnings, this one included.
    let config = w.path("conf3/config.toml");
    let out = run(config_cmd(&w, &config)
        .args(["-q", "config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    assert_eq!(stderr(&out), "");
}

#[test]
fn config_profiles_and_path_print_json_when_asked() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o600);
    let out = run(config_cmd(&w, &config).args(["config", "profiles", "-o", "json"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "[\n  {\n    \"name\": \"prod\",\n    \"default\": true,\n    \"current\": true\n  },\n  {\n    \"name\": \"staging\",\n    \"default\": false,\n    \"current\": false\n  }\n]\n"
    );
    // -p changes the one in use, not the default; SCHEDCTL_OUTPUT asks for JSON too.
    let out = run(config_cmd(&w, &config)
        .env("SCHEDCTL_OUTPUT", "json")
        .args(["-p", "staging", "config", "profiles"]));
    assert_code(&out, 0);
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        serde_json::json!([
            {"name": "prod", "default": true, "current": false},
            {"name": "staging", "default": false, "current": true}
        ])
    );

    let out = run(config_cmd(&w, &config).args(["config", "path", "-o", "json"]));
    assert_code(&out, 0);
    assert_eq!(
        serde_json::from_slice::<Value>(&out.stdout).unwrap(),
        serde_json::json!({"path": config.display().to_string(), "source": "flag --config", "exists": true})
    );
    // SCHEDCTL_OUTPUT does not turn `$EDITOR "$(schedctl config path)"` into JSON.
    let out = run(config_cmd(&w, &config)
        .env("SCHEDCTL_OUTPUT", "json")
        .args(["config", "path"]));
    assert_eq!(stdout(&out), format!("{}\n", config.display()));
}

/// The path of the issue, end to end: a portal file, an import without a region,
/// `cloud-service list`, `config set cloud_service`, and the job comes back. Before, the import left a profile that failed with
/// "no cloud service is set" and only hand-editing TOML or a forced re-import repaired it.
#[test]
fn from_a_publishsettings_file_to_a_job_without_editing_toml() {
    let w = World::new();
    let file = w.write(
        "Downloads/contoso.publishsettings",
        publishsettings_v2(
            "https://management.core.windows.net",
            &[(DEMO_SUBSCRIPTION, "Contoso Prod", portal_pkcs12(&w.cert))],
        ),
        0o600,
    );
    // The default config file, as a new user has it: none yet.
    let out = run(w
        .bare_cmd()
        .args(["config", "import-publishsettings"])
        .arg(&file));
    assert_code(&out, 0);
    assert!(stderr(&out).contains("config set cloud_service"));

    // Without a cloud service every command fails: the dead end the warning names.
    let out = run(w.bare_cmd().args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(err.contains("no cloud service is set"), "{err}");
    assert!(
        err.contains(
            "hint: `schedctl -p contoso-prod config set cloud_service VALUE` writes it to the profile\n"
        ),
        "{err}"
    );

    // The emulator stands in for Azure: a real user's profile already has the right endpoint
    // from the portal file; here the endpoint and the emulator's CA are set the same way,
    // which is how a user reaches a TLS-inspecting proxy or a private endpoint too.
    for (key, value) in [
        ("endpoint", w.emulator.endpoint()),
        ("ca_certificate", w.path("ca.pem").display().to_string()),
    ] {
        let out = run(w.bare_cmd().args(["config", "set", key, &value]));
        assert_code(&out, 0);
    }
    // The step the warning names: `cloud-service list` works with no cloud service set and
    // shows the one that holds job collections.
    let out = run(w
        .bare_cmd()
        .args(["-p", "contoso-prod", "cloud-service", "list"]));
    assert_code(&out, 0);
    let listed = stdout(&out);
    let line = listed
        .lines()
        .find(|l| l.contains("myjc"))
        .unwrap_or_else(|| panic!("no cloud service with job collections:\n{listed}"));
    let name = line.split_whitespace().next().unwrap().to_string();
    assert_eq!(name, DEMO_CLOUD_SERVICE);
    let out = run(w.bare_cmd().args([
        "-p",
        "contoso-prod",
        "config",
        "set",
        "cloud_service",
        &name,
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "");
    assert!(
        stderr(&out).contains("in profile 'contoso-prod'"),
        "{}",
        stderr(&out)
    );
    let out = run(w
        .bare_cmd()
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "job1\n");
}

#[test]
fn a_path_that_will_not_be_found_where_it_is_read_gets_a_warning() {
    let w = World::new();
    let config = w.write("conf/config.toml", HAND_WRITTEN, 0o600);
    // Relative to the config file's folder, not to the folder the command ran in.
    let out = run(config_cmd(&w, &config).args(["config", "set", "ca_certificate", "ca.pem"]));
    assert_code(&out, 0);
    let err = stderr(&out);
    assert_eq!(
        err.lines().nth(1).unwrap(),
        format!(
            "schedctl: warning: `ca_certificate` will be read from {}, which does not exist; a relative path is relative to the config file's folder (give an absolute path to mean another)",
            w.path("conf/ca.pem").display()
        )
    );
    let out = run(config_cmd(&w, &config)
        .args(["config", "set", "ca_certificate"])
        .arg(w.path("ca.pem")));
    assert_code(&out, 0);
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
}
