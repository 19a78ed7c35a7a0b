//! Help text written once and shown twice: at the end of `--help` and in the man pages
//! (EXAMPLES, ENVIRONMENT, FILES, EXIT STATUS). `src/generate.rs` renders the same data as roff.
//!
//! Examples are keyed by command path (`"job get"`; `""` is schedctl itself) and attached to the
//! clap definition by [`decorate`], so a new subcommand needs an entry here and nothing in
//! `cli.rs`; a unit test fails for any command without two or more examples.

use std::fmt::Write as _;

use crate::model::schema::{self, Schema};

/// Columns of the hand-wrapped parts of `--help`: clap's `max_term_width` in `cli.rs`.
const HELP_WIDTH: usize = 100;

/// One example: what it does, and the command line.
pub struct Example {
    /// What the example does, as a short sentence.
    pub what: &'static str,
    /// The command line, ready to paste into a POSIX shell.
    pub command: &'static str,
}

const fn ex(what: &'static str, command: &'static str) -> Example {
    Example { what, command }
}

/// Examples per command path. Entries for commands of SPEC §3 that this build does not have yet
/// are harmless: only the commands in the clap definition are looked up.
const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "",
        &[
            ex("Show a job in words", "schedctl job get myjc job1"),
            ex(
                "Hand the job's JSON to jq",
                "schedctl job get myjc job1 -o json | jq .status",
            ),
            ex(
                "Check a job's state in a shell script",
                "[ \"$(schedctl job get myjc job1 --field state)\" = completed ] && echo done",
            ),
        ],
    ),
    (
        "job",
        &[
            ex("Show a job in words", "schedctl job get myjc job1"),
            ex(
                "Print the next run of a job, for a script",
                "schedctl job get myjc job1 --field status.nextExecutionTime",
            ),
        ],
    ),
    (
        "job get",
        &[
            ex("Show a job in words", "schedctl job get myjc job1"),
            ex(
                "Hand the job's JSON to jq",
                "schedctl job get myjc job1 -o json | jq .status",
            ),
            ex(
                "Check a job's state in a shell script",
                "[ \"$(schedctl job get myjc job1 --field state)\" = completed ] && echo done",
            ),
            ex(
                "Print two fields, tab-separated",
                "schedctl job get myjc job1 --field state --field status.executionCount",
            ),
            ex(
                "Check several jobs on one connection, one line each",
                "schedctl job get myjc job1 queue-weekly heartbeat --field id --field state",
            ),
            ex(
                "Read the job names from a file, one per line",
                "schedctl job get myjc - --field id --field state < jobs.txt",
            ),
        ],
    ),
    (
        "job list",
        &[
            ex("List a collection's jobs", "schedctl job list myjc"),
            ex(
                "Names of the faulted jobs, one per line",
                "schedctl job list myjc --state faulted --field id",
            ),
            ex(
                "Count the enabled jobs",
                "schedctl job list myjc -o json | jq '[.[] | select(.state == \"enabled\")] | length'",
            ),
        ],
    ),
    (
        "job history",
        &[
            ex("The last 10 runs of a job", "schedctl job history myjc job1 --top 10"),
            ex(
                "Messages of the failed runs",
                "schedctl job history myjc job1 --status failed -o json | jq -r '.[].message'",
            ),
        ],
    ),
    (
        "job wait",
        &[
            ex(
                "Wait until a job has completed, for at most 30 minutes",
                "schedctl job wait myjc job1 --for state=completed --timeout 30m",
            ),
            ex(
                "Wait for the first run, polling every minute",
                "schedctl job wait myjc job1 --for status.lastExecutionTime!= --interval 1m",
            ),
        ],
    ),
    (
        "collection",
        &[
            ex("List the job collections", "schedctl collection list"),
            ex("Show one job collection", "schedctl collection get myjc"),
        ],
    ),
    (
        "collection list",
        &[
            ex("List the job collections", "schedctl collection list"),
            ex(
                "Their names only, one per line",
                "schedctl collection list --field name",
            ),
        ],
    ),
    (
        "collection get",
        &[
            ex("Show one job collection", "schedctl collection get myjc"),
            ex(
                "How many jobs the collection may hold",
                "schedctl collection get myjc --field intrinsicSettings.quota.maxJobCount",
            ),
        ],
    ),
    (
        "cloud-service",
        &[
            ex(
                "Find the cloud services and their job collections",
                "schedctl cloud-service list",
            ),
            ex(
                "The same for another imported profile",
                "schedctl -p NAME cloud-service list",
            ),
        ],
    ),
    (
        "cloud-service list",
        &[
            ex(
                "Find the cloud services and their job collections",
                "schedctl cloud-service list",
            ),
            ex(
                "Then set the one holding your collections",
                "schedctl config set cloud_service CS-WestUS-scheduler",
            ),
            ex(
                "Their names only, one per line",
                "schedctl cloud-service list --field name",
            ),
        ],
    ),
    (
        "config",
        &[
            ex("Edit the config file", "$EDITOR \"$(schedctl config path)\""),
            ex(
                "See each setting and where it comes from",
                "schedctl config show",
            ),
        ],
    ),
    (
        "config path",
        &[
            ex("Edit the config file", "$EDITOR \"$(schedctl config path)\""),
            ex(
                "Create the config file's folder",
                "mkdir -p \"$(dirname \"$(schedctl config path)\")\"",
            ),
        ],
    ),
    (
        "config show",
        &[
            ex(
                "See each setting and where it comes from",
                "schedctl config show",
            ),
            ex(
                "The certificate's thumbprint, to register it on the subscription",
                "schedctl config show -o json | jq -r .certificate.thumbprint",
            ),
        ],
    ),
    (
        "config profiles",
        &[
            ex("List the profiles, the default marked *", "schedctl config profiles"),
            ex(
                "The name of the default profile, for a script",
                "schedctl config profiles -o json | jq -r '.[] | select(.default) | .name'",
            ),
            ex(
                "Run a command with every profile",
                "for p in $(schedctl config profiles | tr -d '* '); do schedctl -p \"$p\" job get myjc job1 --field state; done",
            ),
        ],
    ),
    (
        "config use",
        &[
            ex("Make the profile prod the default", "schedctl config use prod"),
            ex(
                "Switch to the profile of a just-imported subscription, then check it",
                "schedctl config use contoso && schedctl config show",
            ),
        ],
    ),
    (
        "config set",
        &[
            ex(
                "Record the cloud service of the profile in use",
                "schedctl config set cloud_service CS-WestUS-scheduler",
            ),
            ex(
                "Give the profile staging more retries",
                "schedctl -p staging config set retries 5",
            ),
            ex(
                "Start a config file from nothing (creates the profile default)",
                "schedctl config set subscription_id 2f1e4c2a-0000-4000-8000-000000000001 && schedctl config set certificate ~/certs/prod.pfx",
            ),
        ],
    ),
    (
        "config unset",
        &[
            ex(
                "Go back to the default request timeout",
                "schedctl config unset request_timeout",
            ),
            ex(
                "Let the region decide the cloud service of the profile prod",
                "schedctl -p prod config unset cloud_service",
            ),
        ],
    ),
    (
        "config import-publishsettings",
        &[
            ex(
                "Import the subscriptions of a downloaded file, then delete it",
                "schedctl config import-publishsettings ~/Downloads/my.publishsettings && rm ~/Downloads/my.publishsettings",
            ),
            ex(
                "Import, then record the cloud service (cloud-service list names it)",
                "schedctl config import-publishsettings my.publishsettings && schedctl -p contoso config set cloud_service CS-WestUS-scheduler",
            ),
            ex(
                "Import with a name prefix and a region",
                "schedctl config import-publishsettings my.publishsettings --name work --region 'West US'",
            ),
        ],
    ),
    (
        "completions",
        &[
            ex(
                "Bash, for your user",
                "schedctl completions bash > ~/.local/share/bash-completion/completions/schedctl",
            ),
            ex(
                "Zsh, in a folder on $fpath",
                "schedctl completions zsh > ~/.zfunc/_schedctl",
            ),
            ex(
                "Fish",
                "schedctl completions fish > ~/.config/fish/completions/schedctl.fish",
            ),
        ],
    ),
];

/// The examples of a command, by path (`""`, `"job"`, `"job get"`).
pub fn examples(path: &str) -> &'static [Example] {
    EXAMPLES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, e)| *e)
        .unwrap_or(&[])
}

/// Exit statuses (SPEC §6); never renumbered once released.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "success"),
    (1, "internal error (a bug)"),
    (
        2,
        "usage: bad arguments, invalid identifiers, unknown --field path, failing --jq \
         program, a job wait condition that can never be met, a duration over 30 days",
    ),
    (3, "not found (HTTP 404: job, collection or cloud service)"),
    (
        4,
        "authentication (HTTP 401/403, or the server refused the client certificate)",
    ),
    (5, "service error (any other HTTP 4xx/5xx, after retries)"),
    (
        6,
        "network (DNS, connect, reset, timeout, untrusted server certificate, proxy)",
    ),
    (
        7,
        "configuration (config file, missing setting, certificate or key problem)",
    ),
    (
        8,
        "invalid response (not JSON, wrong shape, too large, nested deeper than 128 levels, \
         paging that runs away)",
    ),
    (9, "job wait: the condition was not met"),
    (130, "interrupted (Ctrl-C)"),
];

/// Environment variables that schedctl reads, besides those in the options' own help.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("SCHEDCTL_CONFIG", "The config file, like --config."),
    ("SCHEDCTL_PROFILE", "The profile, like --profile."),
    (
        "SCHEDCTL_SUBSCRIPTION_ID, SCHEDCTL_CLOUD_SERVICE, SCHEDCTL_REGION",
        "Like --subscription, --cloud-service and --region.",
    ),
    (
        "SCHEDCTL_CERTIFICATE, SCHEDCTL_PRIVATE_KEY",
        "Like --cert and --key, or the PEM text itself (a CI secret): it is used in memory and \
         never shown. SCHEDCTL_CERTIFICATE alone may hold the certificate and its key.",
    ),
    ("SCHEDCTL_CA_CERTIFICATE", "Like --ca-cert: a path."),
    (
        "SCHEDCTL_CERT_PASSWORD",
        "Password of the PKCS#12 file or encrypted key (set but empty: the empty password). \
         There is no flag for it.",
    ),
    (
        "SCHEDCTL_ENDPOINT, SCHEDCTL_ENVIRONMENT",
        "Like --endpoint and --environment.",
    ),
    (
        "SCHEDCTL_REQUEST_TIMEOUT, SCHEDCTL_RETRIES, SCHEDCTL_OUTPUT",
        "Like --request-timeout, --retries and --output.",
    ),
    (
        "NO_COLOR",
        "When set and not empty, no colour (unless --color is given).",
    ),
    (
        "CLICOLOR_FORCE",
        "When set and not 0, colour even when stdout is not a terminal (unless --color is \
         given or NO_COLOR is set).",
    ),
    (
        "COLUMNS",
        "Width of tables when stdout is not a terminal; on a terminal its own width is used.",
    ),
    (
        "HTTPS_PROXY, ALL_PROXY, NO_PROXY",
        "Proxy for https requests and the hosts that bypass it, as curl reads them \
         (also in lower case).",
    ),
    (
        "XDG_CONFIG_HOME",
        "Folder of the default config file (default ~/.config).",
    ),
];

/// What the FILES section says about the config file.
pub const CONFIG_FILE: &str = "\
The config file, $XDG_CONFIG_HOME/schedctl/config.toml (else ~/.config/schedctl/config.toml), \
or the file named by --config or SCHEDCTL_CONFIG. It is optional when flags or the environment \
give every setting. It is TOML: default_profile names the profile to use, and each \
[profiles.NAME] table holds the keys subscription_id, cloud_service or region, certificate, \
private_key, password_file, ca_certificate, endpoint or environment, request_timeout, retries, \
x_ms_version and output. Relative paths are relative to the file's folder; ~ is expanded. \
Flags beat environment variables, which beat the profile.";

/// The example config file of SPEC §4.
pub const CONFIG_EXAMPLE: &str = r#"default_profile = "prod"

[profiles.prod]
subscription_id = "2f1e4c2a-0000-4000-8000-000000000001"
region = "West US"
certificate = "certs/prod.pfx"

[profiles.staging]
subscription_id = "2f1e4c2a-0000-4000-8000-000000000002"
cloud_service = "CS-NorthEurope-scheduler"
certificate = "staging.pem"
private_key = "staging.key"
endpoint = "https://management.core.windows.net"
"#;

/// The schema of what the command at `path` prints, if it prints jobs, history entries or
/// collections: the paths `--field` knows there.
pub fn schema_of(path: &str) -> Option<&'static Schema> {
    match path {
        "job get" | "job list" | "job wait" => Some(&schema::JOB),
        "job history" => Some(&schema::HISTORY),
        "collection get" | "collection list" => Some(&schema::COLLECTION),
        "cloud-service list" => Some(&schema::CLOUD_SERVICE),
        _ => None,
    }
}

/// The heading of the known paths of `schema`, as `--help` and the man pages show it.
pub fn fields_heading(schema: &Schema) -> String {
    format!(
        "Fields of {} (--field PATH or .PATH; --jq sees the same JSON)",
        schema.what
    )
}

/// The known paths of `schema`, comma-separated, in lines of at most `width` characters after
/// an indent of `indent` spaces; each nested object (`action`, `status`) starts a line.
pub fn fields_text(schema: &Schema, indent: usize, width: usize) -> String {
    let group = |path: &str| path.split_once(['.', '[']).map(|(top, _)| top.to_string());
    let mut text = String::new();
    let mut line = String::new();
    let paths = schema.documented_paths();
    for (i, path) in paths.iter().enumerate() {
        let word = if i + 1 < paths.len() {
            format!("{path},")
        } else {
            path.clone()
        };
        let new_group = i > 0 && group(path) != group(&paths[i - 1]);
        if !line.is_empty() && (new_group || indent + line.len() + 1 + word.len() > width) {
            let _ = writeln!(text, "{:indent$}{line}", "");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() {
        let _ = writeln!(text, "{:indent$}{line}", "");
    }
    text
}

/// The text after `--help` of the command at `path`: the fields it prints and examples, and
/// for schedctl itself also the environment, the config file and the exit statuses.
pub fn long_help(path: &str) -> String {
    let mut text = String::new();
    if let Some(schema) = schema_of(path) {
        let _ = writeln!(text, "{}:", fields_heading(schema));
        text.push_str(&fields_text(schema, 2, HELP_WIDTH));
        text.push('\n');
    }
    let examples = examples(path);
    if !examples.is_empty() {
        text.push_str("Examples:\n");
        for (i, example) in examples.iter().enumerate() {
            if i > 0 {
                text.push('\n');
            }
            let _ = writeln!(text, "  # {}", example.what);
            let _ = writeln!(text, "  {}", example.command);
        }
    }
    if path.is_empty() {
        text.push_str("\nEnvironment:\n");
        for (name, meaning) in ENVIRONMENT {
            let _ = writeln!(text, "  {name}\n      {meaning}");
        }
        text.push_str("\nFiles:\n");
        text.push_str(
            "  $XDG_CONFIG_HOME/schedctl/config.toml (else ~/.config/schedctl/config.toml),\n  \
             or the file named by --config or SCHEDCTL_CONFIG. For example:\n\n",
        );
        for line in CONFIG_EXAMPLE.lines() {
            if line.is_empty() {
                text.push('\n');
            } else {
                let _ = writeln!(text, "      {line}");
            }
        }
        text.push('\n');
        text.push_str(&exit_codes());
    }
    text.trim_end().to_string()
}

/// The exit statuses as a plain-text list.
pub fn exit_codes() -> String {
    let mut text = String::from("Exit status:\n");
    for (code, meaning) in EXIT_CODES {
        let _ = writeln!(text, "  {code:<4} {meaning}");
    }
    text
}

/// Attaches [`long_help`] to every command of the tree, by path.
pub fn decorate(cmd: clap::Command) -> clap::Command {
    decorate_at(cmd, "")
}

fn decorate_at(mut cmd: clap::Command, path: &str) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path} {name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| decorate_at(sub, &sub_path));
    }
    let help = long_help(path);
    if help.is_empty() {
        cmd
    } else {
        cmd.after_long_help(help)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command path of a clap tree (`""`, `"job"`, `"job get"`, …), without clap's `help`.
    fn command_paths(cmd: &clap::Command) -> Vec<String> {
        fn walk(cmd: &clap::Command, path: String, out: &mut Vec<String>) {
            for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
                let sub_path = if path.is_empty() {
                    sub.get_name().to_string()
                } else {
                    format!("{path} {}", sub.get_name())
                };
                walk(sub, sub_path, out);
            }
            out.push(path);
        }
        let mut out = Vec::new();
        walk(cmd, String::new(), &mut out);
        out
    }

    #[test]
    fn every_command_has_two_or_more_examples() {
        let cmd = crate::cli::command();
        for path in command_paths(&cmd) {
            let n = examples(&path).len();
            assert!(
                n >= 2,
                "`schedctl {path}` has {n} example(s); add two or three to EXAMPLES in src/help.rs"
            );
        }
    }

    #[test]
    fn examples_are_attached_to_each_command_help() {
        let mut cmd = crate::cli::command();
        let help = cmd.render_long_help().to_string();
        assert!(help.contains("schedctl job get myjc job1 -o json | jq .status"));
        assert!(help.contains("Exit status:\n  0    success\n"));
        let get = cmd
            .find_subcommand_mut("job")
            .and_then(|job| job.find_subcommand_mut("get"))
            .expect("job get");
        let help = get.render_long_help().to_string();
        assert!(help.contains(
            "[ \"$(schedctl job get myjc job1 --field state)\" = completed ] && echo done"
        ));
    }

    #[test]
    fn commands_that_print_a_resource_list_its_known_paths() {
        for path in command_paths(&crate::cli::command()) {
            let printed = path.starts_with("job ")
                || path.starts_with("collection ")
                || path.starts_with("cloud-service ");
            assert_eq!(schema_of(&path).is_some(), printed, "{path}");
        }
        let text = fields_text(&schema::JOB, 2, 40);
        assert!(
            text.starts_with("  id, startTime,\n  action.type,"),
            "{text}"
        );
        // A line is over the width only when it holds one path that is longer.
        assert!(
            text.lines()
                .all(|l| l.len() <= 40 || !l.trim().contains(' ')),
            "{text}"
        );
        assert!(text.contains("action.request.headers.NAME,"), "{text}");
        assert!(
            text.contains("recurrence.schedule.monthlyOccurrences[N].day,"),
            "{text}"
        );
        assert!(text.trim_end().ends_with("status.faultedCount"), "{text}");
    }

    #[test]
    fn exit_codes_match_the_error_kinds() {
        use crate::error::Kind;
        for kind in [
            Kind::Internal,
            Kind::Usage,
            Kind::NotFound,
            Kind::Auth,
            Kind::Service,
            Kind::Network,
            Kind::Config,
            Kind::InvalidResponse,
        ] {
            assert!(
                EXIT_CODES.iter().any(|(c, _)| *c == kind.exit_code()),
                "{kind:?}"
            );
        }
    }
}
