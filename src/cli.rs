//! The whole command-line definition (clap derive). Help, man pages and completions all come
//! from here.
//!
//! Style: every option that takes a value has an upper-case `value_name`; doc comments are the
//! help text; secrets are never taken from a flag.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::config::clouds::CLOUD_NAMES;
// The duration parser lives with the other setting values (config/values.rs, which imports
// nothing from here); it stays reachable here, where clap uses it.
pub use crate::config::values::parse_duration;

/// Command-line client for the Azure Scheduler REST API (classic, api-version 2014-04-01).
///
/// Reads the subscription and management-certificate settings from flags, the environment and
/// a config file, makes one HTTPS GET with the certificate as the TLS client certificate, and
/// prints the result as a table for people, as JSON for programs (-o json) or as single values
/// for shell scripts (--field).
#[derive(Debug, Parser)]
#[command(name = "schedctl", version, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any subcommand. In each command's help they come after
/// the command's own arguments and options, under a heading of their own (SPEC §5).
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Config file [env: SCHEDCTL_CONFIG] [default: $XDG_CONFIG_HOME/schedctl/config.toml]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Profile to use from the config file [env: SCHEDCTL_PROFILE]
    #[arg(short, long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Subscription id [env: SCHEDCTL_SUBSCRIPTION_ID]
    #[arg(long, global = true, value_name = "ID")]
    pub subscription: Option<String>,

    /// Cloud service that holds the job collections [env: SCHEDCTL_CLOUD_SERVICE]
    #[arg(long, global = true, value_name = "ID")]
    pub cloud_service: Option<String>,

    /// Region; derives the cloud service CS-{Region}-scheduler [env: SCHEDCTL_REGION]
    #[arg(long, global = true, value_name = "NAME")]
    pub region: Option<String>,

    /// Management certificate: PEM (optionally with its key) or PKCS#12 [env: SCHEDCTL_CERTIFICATE]
    // Hyphen values are taken so that PEM text pasted here reaches the check that refuses it
    // without repeating it, instead of clap's "unexpected argument '-----BEGIN …'".
    #[arg(long, global = true, value_name = "FILE", allow_hyphen_values = true)]
    pub cert: Option<PathBuf>,

    /// PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]
    #[arg(long, global = true, value_name = "FILE", allow_hyphen_values = true)]
    pub key: Option<PathBuf>,

    /// Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]
    #[arg(long, global = true, value_name = "FILE", allow_hyphen_values = true)]
    pub ca_cert: Option<PathBuf>,

    /// Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,

    /// Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]
    #[arg(long, global = true, value_name = "NAME", value_parser = CLOUD_NAMES, ignore_case = true)]
    pub environment: Option<String>,

    /// Timeout of each attempt, from connect to the end of the body [env: SCHEDCTL_REQUEST_TIMEOUT] [default: 30s]
    #[arg(long, global = true, value_name = "DURATION", value_parser = parse_duration)]
    pub request_timeout: Option<Duration>,

    /// Retries after the first attempt, for transient failures [env: SCHEDCTL_RETRIES] [default: 3]
    #[arg(long, global = true, value_name = "N")]
    pub retries: Option<u32>,

    /// Output format [env: SCHEDCTL_OUTPUT] [default: table]
    #[arg(short, long, global = true, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,

    /// Print only this value (repeatable; e.g. state, status.executionCount)
    // The known paths are completion candidates only: any path is accepted here, and checked
    // against the response and the schema (SPEC §5).
    #[arg(
        long = "field",
        global = true,
        value_name = "PATH",
        value_parser = KnownPaths,
        hide_possible_values = true
    )]
    pub fields: Vec<String>,

    /// Run a jq program over the JSON output (strings print raw, like jq -r); wins over -o
    #[arg(long, global = true, value_name = "EXPR", conflicts_with = "fields")]
    pub jq: Option<String>,

    /// Print list tables without their header line
    #[arg(long, global = true)]
    pub no_headers: bool,

    /// When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]
    #[arg(long, global = true, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Print diagnostics on stderr (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Silence warnings and the retry and progress lines (never errors; -v still traces)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A table for people
    Table,
    /// Like table, with every column at full width and times in UTC
    Wide,
    /// The service's JSON, pretty-printed
    Json,
    /// One compact JSON object per line, one line per item
    Jsonl,
}

impl OutputFormat {
    /// The name a flag, the environment or the config file gives this format.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Wide => "wide",
            OutputFormat::Json => "json",
            OutputFormat::Jsonl => "jsonl",
        }
    }
}

/// The `--field` value parser: takes any path, and offers the paths that the schemas know as
/// completion candidates (SPEC §5), so that every shell's script can list them.
#[derive(Debug, Clone, Copy)]
pub struct KnownPaths;

impl clap::builder::TypedValueParser for KnownPaths {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            crate::model::schema::completion_paths()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when stdout is a terminal
    Auto,
    /// Always colour
    Always,
    /// Never colour
    Never,
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read scheduler jobs
    #[command(subcommand)]
    Job(JobCommand),
    /// Read job collections
    #[command(subcommand)]
    Collection(CollectionCommand),
    /// Find the subscription's cloud services
    #[command(subcommand)]
    CloudService(CloudServiceCommand),
    /// Inspect and set up the config file
    #[command(subcommand)]
    Config(ConfigCommand),

    /// Print a shell completion script
    ///
    /// Prints the script for SHELL on stdout; reads no config file and makes no request.
    /// The same scripts are in the repository's completions/ folder.
    Completions {
        /// Shell to complete in
        #[arg(value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
}

/// Job states accepted by `--state`.
pub const JOB_STATES: [&str; 4] = ["enabled", "disabled", "faulted", "completed"];
/// History statuses accepted by `--status`.
pub const HISTORY_STATUSES: [&str; 3] = ["completed", "failed", "postponed"];

/// Paging options of list commands.
#[derive(Debug, Clone, Copy, Args)]
pub struct Paging {
    /// Return at most N items in all (default: every page)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub top: Option<u32>,
    /// Skip the first N items
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub skip: u32,
}

/// `schedctl config …`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the path of the config file in use
    #[command(
        long_about = "Print the path of the config file in use (--config, SCHEDCTL_CONFIG, or the default), \
and nothing else, on stdout. Says on stderr when the file does not exist yet."
    )]
    Path,
    /// Show every setting in use, where it came from, and the certificate
    #[command(
        long_about = "Show every setting schedctl would use, with its source (flag, environment, \
file:line or default), and the management certificate's subject, SHA-1 thumbprint and validity. \
Never shows a password or key. Exits 7 when the settings would not work."
    )]
    Show,
    /// List the profiles of the config file (* marks the one in use)
    #[command(
        long_about = "List the profiles of the config file, one per line, the one in use marked * \
(others get two spaces), like git branch. With -o json: an array of {\"name\", \"default\", \"current\"} \
objects, where default marks the profile used when no --profile or SCHEDCTL_PROFILE is given and \
current the one this command line would use."
    )]
    Profiles,
    /// Make a profile the default (sets default_profile)
    #[command(
        long_about = "Make PROFILE the default: sets default_profile in the config file, keeping its \
comments, order and profiles. A profile the file lacks is a configuration error (exit 7). \
Confirms on stderr; prints nothing on stdout."
    )]
    Use {
        /// The profile to use by default
        // Ids of their own: `profile` and `key` are also global options.
        #[arg(id = "profile_name", value_name = "PROFILE")]
        profile: String,
    },
    /// Set one key of the profile in use (-p picks another)
    #[command(
        long_about = "Set KEY to VALUE in the profile in use (--profile or SCHEDCTL_PROFILE picks another; \
a profile the file lacks is created; with no file and no profile named, the profile 'default' is \
created and made the default). KEY and VALUE are checked as when the file is read: an unknown key \
or a bad value is exit 7 and the file is unchanged. retries is written as a number, every other \
value as a string. A relative path is read relative to the config file's folder (a warning says \
when nothing is there). Comments, order and other profiles are kept; the file is replaced atomically \
keeping its mode, or created with mode 600 in a folder of mode 700. Confirms on stderr; prints \
nothing on stdout, and never a value that might be a secret."
    )]
    Set {
        /// The profile's key: subscription_id, cloud_service, region, certificate and so on
        #[arg(id = "setting_key", value_name = "KEY")]
        key: String,
        /// The new value
        #[arg(id = "setting_value", value_name = "VALUE", allow_hyphen_values = true)]
        value: String,
    },
    /// Remove one key from the profile in use (-p picks another)
    #[command(
        long_about = "Remove KEY from the profile in use (--profile or SCHEDCTL_PROFILE picks another), \
keeping the file's comments, order and other profiles. A key the profile does not set leaves the \
file alone and says so in a warning (exit 0: the key is unset either way); an unknown key or a \
profile the file lacks is exit 7."
    )]
    Unset {
        /// The profile's key to remove
        #[arg(id = "setting_key", value_name = "KEY")]
        key: String,
    },
    /// Add profiles and certificates from a portal .publishsettings file
    #[command(
        long_about = "Add one profile per subscription of a .publishsettings file (schema 1.0 or 2.0) \
to the config file in use, and write each management certificate to certs/{subscription-id}.pfx \
beside it (mode 600, folder mode 700). Comments, order and other profiles of the file are kept. \
The global --cloud-service or --region, when given, is recorded in each new profile; without \
either, a warning names the next steps (cloud-service list, then config set cloud_service). Nothing \
is overwritten without --force, and a failed import changes nothing. A summary goes to stdout."
    )]
    ImportPublishsettings {
        /// The .publishsettings file downloaded from the portal
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Put PREFIX- in front of every new profile name
        #[arg(long, value_name = "PREFIX")]
        name: Option<String>,
        /// Replace existing profiles and certificates of the same subscriptions
        #[arg(long)]
        force: bool,
    },
}

/// `schedctl job …`
#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// Show one job, or several on one connection
    #[command(
        long_about = "Show one job, or several on one connection.\n\nSeveral names, or - (names on \
stdin, one a line), print as job list does; a missing job is reported and the others printed (exit \
status of the first failure)."
    )]
    Get {
        /// Job collection name
        #[arg(value_name = "COLLECTION")]
        collection: String,
        /// Job names, fetched in this order; `-` reads them from stdin, one per line
        #[arg(value_name = "JOB", required = true, num_args = 1..)]
        jobs: Vec<String>,
    },
    /// List the jobs of a collection
    List {
        /// Job collection name
        #[arg(value_name = "COLLECTION")]
        collection: String,
        /// Only jobs in this state
        #[arg(long, value_name = "STATE", value_parser = JOB_STATES, ignore_case = true)]
        state: Option<String>,
        #[command(flatten)]
        paging: Paging,
    },
    /// Show a job's execution history, newest first
    History {
        /// Job collection name
        #[arg(value_name = "COLLECTION")]
        collection: String,
        /// Job name
        #[arg(value_name = "JOB")]
        job: String,
        /// Only entries with this status
        #[arg(long, value_name = "STATUS", value_parser = HISTORY_STATUSES, ignore_case = true)]
        status: Option<String>,
        #[command(flatten)]
        paging: Paging,
    },
    /// Wait until a job meets a condition, then show it
    Wait {
        /// Job collection name
        #[arg(value_name = "COLLECTION")]
        collection: String,
        /// Job name
        #[arg(value_name = "JOB")]
        job: String,
        /// The condition: a --field path, = or !=, and a value (state=completed)
        #[arg(long = "for", value_name = "PATH=VALUE|PATH!=VALUE")]
        condition: String,
        /// Give up after this long (exit 9)
        #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse_duration)]
        timeout: Duration,
        /// Time between polls
        #[arg(long, value_name = "DURATION", default_value = "10s", value_parser = parse_duration)]
        interval: Duration,
    },
}

/// `schedctl collection …`
#[derive(Debug, Subcommand)]
pub enum CollectionCommand {
    /// List the job collections of the cloud service
    List,
    /// Show one job collection: state, plan and quota
    Get {
        /// Job collection name
        #[arg(value_name = "COLLECTION")]
        collection: String,
    },
}

/// `schedctl cloud-service …`
#[derive(Debug, Subcommand)]
pub enum CloudServiceCommand {
    /// List the cloud services of the subscription and their job collections
    #[command(
        long_about = "List every cloud service of the subscription with its region and the names of \
its job collections (empty when it has none). Needs no cloud_service setting: it is how to find \
the one to set."
    )]
    List,
}

/// The clap command with the examples and sections of `src/help.rs` attached: what `--help`,
/// the man pages and the completion scripts are made from.
pub fn command() -> clap::Command {
    crate::help::decorate(Cli::command())
}

/// Parses the process's arguments with [`command`]'s definition.
pub fn parse() -> Result<Cli, clap::Error> {
    use clap::error::ErrorKind;
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The long help (examples, fields, environment, exit statuses of every command) is only
    // built when help is asked for, not on the path of every command.
    let matches = match Cli::command().try_get_matches_from(&args) {
        Err(e)
            if matches!(
                e.kind(),
                ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
            ) =>
        {
            command().try_get_matches_from(&args)
        }
        parsed => parsed,
    }
    .map_err(|e| without_secrets(unknown_query(e), &args))?;
    Cli::from_arg_matches(&matches).map_err(|e| without_secrets(e, &args))
}

/// `--query` (az's flag for picking values) would get clap's suggestion `--quiet`, which does
/// something else entirely: point to `--jq` and `--field` instead.
fn unknown_query(error: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if error.kind() != ErrorKind::UnknownArgument {
        return error;
    }
    let is_query = matches!(
        error.get(ContextKind::InvalidArg),
        Some(ContextValue::String(arg)) if arg == "--query" || arg.starts_with("--query=")
    );
    if !is_query {
        return error;
    }
    clap::Error::raw(
        ErrorKind::UnknownArgument,
        "unexpected argument '--query' found\n\n  \
         tip: to pick values, use --jq EXPR (a jq program over the JSON) or --field PATH\n\n\
         For more information, try '--help'.\n",
    )
}

/// A clap error whose message repeats an argument that might be a secret (PEM text pasted
/// in the wrong place) gets that argument replaced by a placeholder.
fn without_secrets(error: clap::Error, args: &[std::ffi::OsString]) -> clap::Error {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return error;
    }
    let secrets: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .filter(|a| crate::text::might_be_secret(a))
        .collect();
    if secrets.is_empty() {
        return error;
    }
    let rendered = error.render().to_string();
    let mut text = rendered
        .strip_prefix("error: ")
        .unwrap_or(&rendered)
        .to_string();
    for secret in &secrets {
        text = text.replace(secret.as_str(), "<value not shown>");
    }
    if text.contains("-----BEGIN") {
        text = "an argument holds PEM text or another value that may be a secret; it is not shown (see --help)\n".to_string();
    }
    clap::Error::raw(error.kind(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        command().debug_assert();
    }
}
