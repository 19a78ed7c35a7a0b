//! Settings: the config file, profiles, environment, flags, and their precedence.

use crate::common::*;
use schedctl_emulator::DEMO_SUBSCRIPTION;

fn target_of_last_request(w: &World) -> String {
    w.requests()
        .last()
        .expect("a request was made")
        .target
        .clone()
}

#[test]
fn flag_beats_environment_beats_file() {
    let w = World::new();
    // The file names one subscription, the environment another, the flag a third: the
    // request path shows which one won.
    let file = w.write(
        "p.toml",
        format!(
            "[profiles.p]\n{}",
            w.profile_body().replace(DEMO_SUBSCRIPTION, "file-sub")
        ),
        0o600,
    );
    let base = || {
        let mut cmd = w.bare_cmd();
        cmd.arg("--config").arg(&file);
        cmd
    };
    let out = run(base().args(["job", "get", "myjc", "job1"]));
    assert_failure(&out, 4);
    assert!(target_of_last_request(&w).starts_with("/file-sub/"));

    let out = run(base()
        .env("SCHEDCTL_SUBSCRIPTION_ID", "env-sub")
        .args(["job", "get", "myjc", "job1"]));
    assert_failure(&out, 4);
    assert!(target_of_last_request(&w).starts_with("/env-sub/"));

    let out = run(base().env("SCHEDCTL_SUBSCRIPTION_ID", "env-sub").args([
        "--subscription",
        DEMO_SUBSCRIPTION,
        "job",
        "get",
        "myjc",
        "job1",
        "--field",
        "id",
    ]));
    assert_code(&out, 0);
    assert!(target_of_last_request(&w).starts_with(&format!("/{DEMO_SUBSCRIPTION}/")));
}

#[test]
fn everything_can_come_from_the_environment_without_a_config_file() {
    let w = World::new();
    let out = run(w
        .bare_cmd()
        .env("SCHEDCTL_SUBSCRIPTION_ID", DEMO_SUBSCRIPTION)
        .env("SCHEDCTL_REGION", "West US")
        .env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
        .env("SCHEDCTL_PRIVATE_KEY", w.path("client.key"))
        .env("SCHEDCTL_CA_CERTIFICATE", w.path("ca.pem"))
        .env("SCHEDCTL_ENDPOINT", w.emulator.endpoint())
        .args(["job", "get", "myjc", "job1", "--field", "state"]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    assert!(target_of_last_request(&w).contains("/cloudservices/CS-WestUS-scheduler/"));
}

#[test]
fn region_flag_derives_the_cloud_service_over_a_lower_level_cloud_service() {
    let w = World::new();
    // The profile says cloud_service = CS-WestUS-scheduler; the flag level gives a region,
    // and the pair is resolved as a group at the flag level.
    let out = run(w
        .cmd()
        .args(["--region", "North Europe", "job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 3);
    assert!(
        err.contains("cloud service 'CS-NorthEurope-scheduler' was not found"),
        "{err}"
    );
    request_id_of(&err);
}

#[test]
fn a_flag_certificate_is_not_paired_with_the_profiles_key() {
    let w = World::new();
    let out = run(w
        .cmd()
        .arg("--cert")
        .arg(w.path("client.pem"))
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("holds a certificate but no private key"),
        "{err}"
    );
}

#[test]
fn the_default_config_file_lives_under_xdg_config_home_then_home() {
    let w = World::new();
    let text = format!("[profiles.only]\n{}", w.profile_body());
    w.write("xdg/schedctl/config.toml", &text, 0o600);
    let out = run(w
        .bare_cmd()
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_code(&out, 0);

    w.write("home/.config/schedctl/config.toml", &text, 0o600);
    let out = run(w
        .bare_cmd()
        .env_remove("XDG_CONFIG_HOME")
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_code(&out, 0);
}

#[test]
fn relative_paths_resolve_against_the_config_folder_and_tilde_expands() {
    let w = World::new();
    let text = format!(
        "[profiles.rel]\nsubscription_id = \"{DEMO_SUBSCRIPTION}\"\ncloud_service = \"CS-WestUS-scheduler\"\ncertificate = \"../client.pem\"\nprivate_key = \"~/keys/client.key\"\nca_certificate = \"../ca.pem\"\nendpoint = \"{}\"\n",
        w.emulator.endpoint()
    );
    let config = w.write("conf/config.toml", text, 0o600);
    w.write("home/keys/client.key", w.cert.key_pkcs8_pem(), 0o600);
    let elsewhere = tempfile::tempdir().unwrap();
    let out = run(w
        .bare_cmd()
        .current_dir(elsewhere.path())
        .arg("--config")
        .arg(&config)
        .args(["job", "get", "myjc", "job1", "--field", "id"]));
    assert_code(&out, 0);
}

#[test]
fn profiles_are_chosen_by_flag_environment_default_or_being_the_only_one() {
    let w = World::new();
    let good = w.profile_body();
    let bad = good.replace("CS-WestUS-scheduler", "CS-Nowhere-scheduler");
    let config = w.write(
        "multi.toml",
        format!("default_profile = \"good\"\n\n[profiles.good]\n{good}\n[profiles.bad]\n{bad}"),
        0o600,
    );
    let cmd = || {
        let mut c = w.bare_cmd();
        c.arg("--config").arg(&config);
        c
    };
    assert_code(
        &run(cmd().args(["job", "get", "myjc", "job1", "--field", "id"])),
        0,
    );
    assert_failure(
        &run(cmd().args(["-p", "bad", "job", "get", "myjc", "job1"])),
        3,
    );
    assert_failure(
        &run(cmd()
            .env("SCHEDCTL_PROFILE", "bad")
            .args(["job", "get", "myjc", "job1"])),
        3,
    );
    assert_code(
        &run(cmd().env("SCHEDCTL_PROFILE", "bad").args([
            "--profile",
            "good",
            "job",
            "get",
            "myjc",
            "job1",
            "--field",
            "id",
        ])),
        0,
    );
    let err = assert_failure(
        &run(cmd().args(["-p", "nope", "job", "get", "myjc", "job1"])),
        7,
    );
    assert!(
        err.contains("profile 'nope' (flag --profile) is not in")
            && err.contains("(profiles: bad, good)"),
        "{err}"
    );
}

#[test]
fn several_profiles_without_a_default_list_the_names() {
    let w = World::new();
    let body = w.profile_body();
    let config = w.write(
        "two.toml",
        format!("[profiles.a]\n{body}\n[profiles.b]\n{body}"),
        0o600,
    );
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("has several profiles (a, b) and no default_profile"),
        "{err}"
    );
    assert!(
        err.contains("hint: choose one with --profile NAME"),
        "{err}"
    );
}

#[test]
fn an_unknown_key_names_the_file_line_and_key() {
    let w = World::new();
    let config = w.profile_with("typo.toml", "subscripton_id = \"x\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains(&format!("config file {}, line 8:", config.display())),
        "{err}"
    );
    assert!(err.contains("unknown field `subscripton_id`"), "{err}");
    assert_eq!(w.emulator.connections(), 0);

    let config = w.write("top.toml", "colour = \"always\"\n", 0o600);
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("line 1:") && err.contains("unknown field `colour`"),
        "{err}"
    );
}

#[test]
fn a_wrong_type_names_the_line_key_and_expectation() {
    let w = World::new();
    let config = w.profile_with("type.toml", "retries = \"three\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("line 8: key `retries`: invalid type: string \"three\", expected u32"),
        "{err}"
    );

    let config = w.profile_with("dur.toml", "request_timeout = \"soon\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("line 8: key `request_timeout`: invalid value 'soon'"),
        "{err}"
    );
}

#[test]
fn a_missing_setting_says_how_to_set_it() {
    let w = World::new();
    let body = w.profile_body();
    let without_sub: String = body
        .lines()
        .filter(|l| !l.starts_with("subscription_id"))
        .map(|l| format!("{l}\n"))
        .collect();
    let config = w.write(
        "nosub.toml",
        format!("[profiles.prod]\n{without_sub}"),
        0o600,
    );
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains(&format!(
            "no subscription id is set (profile 'prod' of {})",
            config.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("hint: set it with --subscription, the environment variable SCHEDCTL_SUBSCRIPTION_ID, or `subscription_id` in profile 'prod'"),
        "{err}"
    );

    let out = run(w.bare_cmd().args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("no subscription id is set (no config file)"),
        "{err}"
    );
}

#[test]
fn an_explicit_config_file_that_does_not_exist_is_an_error() {
    let w = World::new();
    let out = run(w
        .bare_cmd()
        .env("SCHEDCTL_CONFIG", w.path("absent.toml"))
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("absent.toml (env SCHEDCTL_CONFIG): no such file"),
        "{err}"
    );
}

#[test]
fn bad_values_are_usage_errors_in_flags_and_configuration_errors_elsewhere() {
    let w = World::new();
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["--request-timeout", "soon", "job", "get", "myjc", "job1"])),
        2,
    );
    assert!(err.contains("--request-timeout"), "{err}");
    let err = assert_failure(
        &run(w
            .cmd()
            .env("SCHEDCTL_REQUEST_TIMEOUT", "soon")
            .args(["job", "get", "myjc", "job1"])),
        7,
    );
    assert!(err.contains("SCHEDCTL_REQUEST_TIMEOUT='soon'"), "{err}");
    let err = assert_failure(
        &run(w.cmd().args([
            "--endpoint",
            "http://127.0.0.1:1",
            "job",
            "get",
            "myjc",
            "job1",
        ])),
        2,
    );
    assert!(
        err.contains("only https:// endpoints are supported"),
        "{err}"
    );
    let err = assert_failure(
        &run(w
            .cmd()
            .env("SCHEDCTL_OUTPUT", "yaml")
            .args(["job", "get", "myjc", "job1"])),
        7,
    );
    assert!(
        err.contains("SCHEDCTL_OUTPUT='yaml': expected table, wide, json or jsonl"),
        "{err}"
    );
    // The config commands that only list read the variable too, and say it the same way.
    let listed = assert_failure(
        &run(w
            .cmd()
            .env("SCHEDCTL_OUTPUT", "yaml")
            .args(["config", "profiles"])),
        7,
    );
    assert_eq!(listed, err);
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["--environment", "Mars", "job", "get", "myjc", "job1"])),
        2,
    );
    assert!(err.contains("AzureChinaCloud"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}
