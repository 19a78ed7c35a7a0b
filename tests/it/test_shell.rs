//! At home in the shell: completions and help with examples.

use crate::common::*;

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
