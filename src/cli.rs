//! The whole command-line definition (clap derive). Help, man pages and completions all come
//! from here.
//!
//! Style: every option that takes a value has an upper-case `value_name`; doc comments are the
//! help text; secrets are never taken from a flag.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Exit codes, shared by `--help` and the README (SPEC §6).
pub const EXIT_CODES_HELP: &str = "\
Exit status:
  0    success
  1    internal error (a bug)
  2    usage: bad arguments, invalid identifiers, unknown --field path
  3    not found (HTTP 404: job, collection or cloud service)
  4    authentication (HTTP 401/403, or the server refused the client certificate)
  5    service error (any other HTTP 4xx/5xx, after retries)
  6    network (DNS, connect, reset, timeout, untrusted server certificate, proxy)
  7    configuration (config file, missing setting, certificate or key problem)
  8    invalid response (not JSON, wrong shape, too large)
  130  interrupted";

const JOB_GET_EXAMPLES: &str = "\
Examples:
  schedctl job get myjc job1
  schedctl job get myjc job1 -o json | jq .status
  [ \"$(schedctl job get myjc job1 --field state)\" = completed ] && echo done
  schedctl job get myjc job1 --field state --field status.nextExecutionTime";

/// Command-line client for the Azure Scheduler REST API (classic, api-version 2014-04-01).
#[derive(Debug, Parser)]
#[command(name = "schedctl", version, about, max_term_width = 100)]
#[command(after_long_help = EXIT_CODES_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted before or after any subcommand.
#[derive(Debug, Args)]
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
    #[arg(long, global = true, value_name = "FILE")]
    pub cert: Option<PathBuf>,

    /// PEM private key, when it is not inside the certificate file [env: SCHEDCTL_PRIVATE_KEY]
    #[arg(long, global = true, value_name = "FILE")]
    pub key: Option<PathBuf>,

    /// Trust only these CA certificates for the server [env: SCHEDCTL_CA_CERTIFICATE]
    #[arg(long, global = true, value_name = "FILE")]
    pub ca_cert: Option<PathBuf>,

    /// Service endpoint, https:// only [env: SCHEDCTL_ENDPOINT] [default: https://management.core.windows.net]
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,

    /// Sovereign cloud whose endpoint to use [env: SCHEDCTL_ENVIRONMENT]
    #[arg(long, global = true, value_name = "NAME", value_parser = ENVIRONMENT_NAMES, ignore_case = true)]
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
    #[arg(long = "field", global = true, value_name = "PATH")]
    pub fields: Vec<String>,

    /// When to colour the output; beats NO_COLOR and CLICOLOR_FORCE [default: auto]
    #[arg(long, global = true, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Print diagnostics on stderr (repeat for more)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Silence warnings (never errors)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

/// The sovereign clouds accepted by `--environment` (SPEC §2).
pub const ENVIRONMENT_NAMES: [&str; 4] = [
    "AzureCloud",
    "AzureChinaCloud",
    "AzureUSGovernment",
    "AzureGermanCloud",
];

/// How results are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A table for people
    Table,
    /// The service's JSON, pretty-printed
    Json,
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
}

/// `schedctl job …`
#[derive(Debug, Subcommand)]
pub enum JobCommand {
    /// Show one job
    #[command(after_long_help = JOB_GET_EXAMPLES)]
    Get {
        /// Job collection name
        #[arg(value_name = "COLLECTION")]
        collection: String,
        /// Job name
        #[arg(value_name = "JOB")]
        job: String,
    },
}

/// Parses a human duration such as `90s`, `5m` or `1h30m`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let parsed = humantime::parse_duration(text.trim())
        .map_err(|e| format!("{e} (expected e.g. 30s, 5m, 1h30m)"))?;
    if parsed.is_zero() {
        return Err("must be greater than zero".to_string());
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn clap_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn durations_accept_human_forms() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("30").is_err());
    }
}
