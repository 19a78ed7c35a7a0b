//! Completion scripts that know more than commands and flags: `--state`/`--status` values,
//! the known `--field` paths, and the profile names of the config file for `-p`. Bash's
//! script is run for real; zsh's and fish's are checked for the same values and calls.

use std::path::Path;

use crate::common::*;

/// `schedctl completions SHELL`, checked against the committed script.
fn script(w: &World, shell: &str, file: &str) -> String {
    let out = run(w.bare_cmd().args(["completions", shell]));
    assert_code(&out, 0);
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("completions")
            .join(file),
    )
    .unwrap();
    assert_eq!(
        stdout(&out),
        committed,
        "completions/{file} is what the binary prints"
    );
    stdout(&out)
}

/// What bash's completion function offers for `words` (the last one being completed), with
/// schedctl on `PATH` and `env` set.
fn bash_complete(w: &World, env: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let script = w.write("schedctl.bash", script(w, "bash", "schedctl.bash"), 0o644);
    let bin = assert_cmd::cargo::cargo_bin("schedctl");
    let path = format!(
        "{}:/usr/bin:/bin",
        bin.parent().expect("the binary's folder").display()
    );
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
        .collect();
    let program = format!(
        r#"source '{script}'
COMP_WORDS=({words})
COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
COMP_LINE="${{COMP_WORDS[*]}}"
COMP_POINT=${{#COMP_LINE}}
_schedctl schedctl "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}"
"#,
        script = script.display(),
        words = quoted.join(" ")
    );
    let mut cmd = std::process::Command::new("bash");
    cmd.env_clear()
        .env("HOME", w.home())
        .env("PATH", path)
        .envs(env.iter().copied())
        .args(["--norc", "--noprofile", "-c", &program]);
    let out = cmd.output().expect("run bash");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A config file with the profiles `prod` (the default) and `staging`.
fn two_profiles(w: &World) -> String {
    let body = w.profile_body();
    let path = w.write(
        "two.toml",
        format!(
            "default_profile = \"prod\"\n\n[profiles.prod]\n{body}\n[profiles.staging]\n{body}"
        ),
        0o600,
    );
    path.display().to_string()
}

#[test]
fn bash_completes_profile_names_from_the_config_file() {
    let w = World::new();
    let config = two_profiles(&w);
    // The config file from the environment, as schedctl itself would find it; names, not
    // JSON, whatever SCHEDCTL_OUTPUT asks for.
    let env = [
        ("SCHEDCTL_CONFIG", config.as_str()),
        ("SCHEDCTL_OUTPUT", "json"),
    ];
    assert_eq!(
        bash_complete(&w, &env, &["schedctl", "-p", ""]),
        ["prod", "staging"]
    );
    assert_eq!(
        bash_complete(&w, &env, &["schedctl", "job", "get", "--profile", "st"]),
        ["staging"]
    );
    // The config file from --config on the line.
    assert_eq!(
        bash_complete(
            &w,
            &[],
            &["schedctl", "--config", &config, "job", "list", "-p", ""]
        ),
        ["prod", "staging"]
    );
    // No config file: nothing to offer, and no error on the terminal.
    assert!(bash_complete(&w, &[], &["schedctl", "-p", ""]).is_empty());
}

#[test]
fn bash_completes_states_statuses_and_field_paths() {
    let w = World::new();
    assert_eq!(
        bash_complete(&w, &[], &["schedctl", "job", "list", "myjc", "--state", ""]),
        ["enabled", "disabled", "faulted", "completed"]
    );
    assert_eq!(
        bash_complete(
            &w,
            &[],
            &["schedctl", "job", "history", "myjc", "j", "--status", "f"]
        ),
        ["failed"]
    );
    let paths = bash_complete(&w, &[], &["schedctl", "job", "get", "--field", "sta"]);
    for expected in ["state", "status", "status.nextExecutionTime", "startTime"] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected} in {paths:?}"
        );
    }
    assert!(paths.iter().all(|p| p.starts_with("sta")), "{paths:?}");
    let paths = bash_complete(
        &w,
        &[],
        &[
            "schedctl",
            "collection",
            "get",
            "--field",
            "intrinsicSettings.q",
        ],
    );
    assert!(
        paths.contains(&"intrinsicSettings.quota.maxJobCount".to_string()),
        "{paths:?}"
    );
    // Output formats, with the new ones.
    assert_eq!(
        bash_complete(&w, &[], &["schedctl", "-o", "j"]),
        ["json", "jsonl"]
    );
}

#[test]
fn zsh_script_offers_the_same_values_and_asks_for_profile_names() {
    let w = World::new();
    let zsh = script(&w, "zsh", "_schedctl");
    assert!(zsh.contains("_schedctl_profiles() {"), "helper defined");
    assert!(zsh.contains("schedctl $config -o table config profiles 2>/dev/null"));
    assert!(zsh.contains(
        "'--profile=[Profile to use from the config file \\[env\\: SCHEDCTL_PROFILE\\]]:NAME:_schedctl_profiles'"
    ));
    assert!(zsh.contains(":NAME:_schedctl_profiles'"));
    assert!(
        !zsh.contains("SCHEDCTL_PROFILE\\]]:NAME:_default'"),
        "every -p rewritten"
    );
    assert!(zsh.contains(":STATE:(enabled disabled faulted completed)'"));
    assert!(zsh.contains(":STATUS:(completed failed postponed)'"));
    assert!(
        zsh.contains(":PATH:(id startTime action action.type "),
        "field paths"
    );
    assert!(zsh.contains(" status.nextExecutionTime "), "field paths");
}

#[test]
fn fish_script_offers_the_same_values_and_asks_for_profile_names() {
    let w = World::new();
    let fish = script(&w, "fish", "schedctl.fish");
    assert!(fish.starts_with("function __fish_schedctl_profiles\n"));
    assert!(
        fish.contains("schedctl $config -o table config profiles 2>/dev/null | string sub -s 3")
    );
    let profile_lines: Vec<&str> = fish
        .lines()
        .filter(|l| l.contains(" -l profile "))
        .collect();
    assert!(profile_lines.len() > 5);
    for line in profile_lines {
        assert!(
            line.ends_with(" -r -f -a \"(__fish_schedctl_profiles)\""),
            "{line}"
        );
    }
    assert!(fish.contains(r#"-l state -d 'Only jobs in this state' -r -f -a "enabled\t''"#));
    assert!(
        fish.contains(r"status.nextExecutionTime\t''"),
        "field paths"
    );
    assert!(
        fish.contains(r"jsonl\t'One compact JSON object per line"),
        "{fish}"
    );
}

/// Runs a shell's own syntax check on its script, where that shell is installed.
fn syntax_check(w: &World, shell: &str, file: &str) {
    let path = w.write(file, script(w, shell, file), 0o644);
    let Ok(out) = std::process::Command::new(shell)
        .arg("-n")
        .arg(&path)
        .output()
    else {
        eprintln!("{shell} is not installed; its syntax check is skipped");
        return;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn every_rewritten_script_is_valid_for_its_shell() {
    let w = World::new();
    syntax_check(&w, "bash", "schedctl.bash");
    syntax_check(&w, "zsh", "_schedctl");
    syntax_check(&w, "fish", "schedctl.fish");
}

/// Runs `shell -c program` with schedctl on `PATH`; `None` when the shell is not installed.
fn run_shell(w: &World, shell: &str, args: &[&str], env: &[(&str, &str)]) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("schedctl");
    let path = format!(
        "{}:/usr/bin:/bin",
        bin.parent().expect("the binary's folder").display()
    );
    let out = std::process::Command::new(shell)
        .env_clear()
        .env("HOME", w.home())
        .env("PATH", path)
        .envs(env.iter().copied())
        .args(args)
        .output();
    let Ok(out) = out else {
        eprintln!("{shell} is not installed; this check is skipped");
        return None;
    };
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8(out.stdout).unwrap())
}

#[test]
fn fish_completes_profile_names_states_and_paths() {
    let w = World::new();
    let config = two_profiles(&w);
    let script = w.write("schedctl.fish", script(&w, "fish", "schedctl.fish"), 0o644);
    let program = format!(
        "source '{}'; complete -C 'schedctl -p '; echo ---; \
         complete -C 'schedctl --config {config} job get myjc j1 --profile st'; echo ---; \
         complete -C 'schedctl job list myjc --state '; echo ---; \
         complete -C 'schedctl job get --field status.next'",
        script.display()
    );
    let env = [
        ("SCHEDCTL_CONFIG", config.as_str()),
        ("SCHEDCTL_OUTPUT", "jsonl"),
    ];
    let Some(out) = run_shell(&w, "fish", &["--no-config", "-c", &program], &env) else {
        return;
    };
    let first = |line: &str| line.split('\t').next().unwrap_or("").to_string();
    let parts: Vec<Vec<String>> = out
        .split("---\n")
        .map(|part| part.lines().map(first).collect())
        .collect();
    assert_eq!(parts[0], ["prod", "staging"], "{out}");
    assert_eq!(parts[1], ["staging"], "{out}");
    assert_eq!(
        parts[2],
        ["completed", "disabled", "enabled", "faulted"],
        "{out}"
    );
    assert_eq!(parts[3], ["status.nextExecutionTime"], "{out}");
}

#[test]
fn zsh_asks_schedctl_for_profile_names() {
    let w = World::new();
    let config = two_profiles(&w);
    let script = w.write("_schedctl", script(&w, "zsh", "_schedctl"), 0o644);
    // The helper as zsh's completion system calls it, with `compadd` recording what it is
    // given: driving a real completion needs a terminal.
    let program = format!(
        "autoload -U compinit; compinit -u -d '{dump}'; source '{script}'; \
         compadd() {{ shift; print -l -- ${{(P)1}} }}; \
         words=(schedctl --config '{config}' job get -p ''); CURRENT=7; _schedctl_profiles",
        dump = w.path("zcompdump").display(),
        script = script.display(),
    );
    let Some(out) = run_shell(&w, "zsh", &["-f", "-c", &program], &[]) else {
        return;
    };
    assert_eq!(out, "prod\nstaging\n");
}
