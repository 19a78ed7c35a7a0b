//! Settings: the config file, its profiles, the environment and the flags, resolved into one
//! [`Settings`] with the source of every value (SPEC §4).
//!
//! Precedence is flag > environment > profile > default. Settings that belong together are
//! resolved as a group at the highest level that gives any of them, so that a `--cert` on the
//! command line is never paired with a profile's `private_key`.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::env::{non_empty, Environment};
use crate::error::{Error, Result};
use crate::explain::settings as explain;
use crate::platform;
pub use file::requested_profile;
use file::{load_file, parse_file, select_profile};
use layers::{
    env_layer, first, flag_layer, parse_output, profile_layer, resolve_cloud_service,
    resolve_credentials, resolve_endpoint, Layer,
};
use values::check_path;

pub mod clouds;
mod file;
mod layers;
pub(crate) mod source;
pub mod values;

pub use clouds::{environment_endpoint, CLOUD_NAMES, DEFAULT_ENDPOINT};
pub use file::PROFILE_KEYS;
pub use layers::cloud_service_for_region;
pub use source::{Source, Sourced};
pub use values::{
    check_endpoint, expand_tilde, io_reason, parse_duration, parse_retries, redact_userinfo,
};

/// The `x-ms-version` header sent unless configured otherwise.
pub const DEFAULT_X_MS_VERSION: &str = "2013-06-01";
const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_RETRIES: u32 = 3;

/// A certificate or key setting: a file, or the PEM text itself, which only the environment
/// variables `SCHEDCTL_CERTIFICATE` and `SCHEDCTL_PRIVATE_KEY` may hold (SPEC §4).
#[derive(Clone, PartialEq, Eq)]
pub enum Material {
    /// A path to a PEM or PKCS#12 file.
    File(PathBuf),
    /// PEM text, used in memory and never written or printed.
    Pem(String),
}

impl fmt::Debug for Material {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Material::File(p) => write!(f, "File({})", p.display()),
            Material::Pem(_) => f.write_str("Pem(<redacted>)"),
        }
    }
}

impl Sourced<Material> {
    /// How messages name it: the path, or `the PEM text in SCHEDCTL_…` (never the text).
    pub fn describe(&self) -> String {
        match (&self.value, &self.source) {
            (Material::File(p), _) => p.display().to_string(),
            (Material::Pem(_), Source::Env(name)) => explain::pem_text_in(name),
            (Material::Pem(_), source) => explain::pem_text_from(source),
        }
    }

    /// [`Self::describe`] with the source, for messages about a file.
    pub fn describe_with_source(&self) -> String {
        match &self.value {
            Material::File(p) => format!("{} ({})", p.display(), self.source),
            Material::Pem(_) => self.describe(),
        }
    }
}

/// Where the password for a PKCS#12 file or an encrypted key comes from. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub enum PasswordSource {
    /// `SCHEDCTL_CERT_PASSWORD` (set, possibly empty).
    Env(String),
    /// The profile's `password_file`.
    File(PathBuf),
    /// Nothing configured: try the empty password, then prompt on a terminal.
    Unset,
}

impl fmt::Debug for PasswordSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasswordSource::Env(_) => f.write_str("Env(<redacted>)"),
            PasswordSource::File(p) => write!(f, "File({})", p.display()),
            PasswordSource::Unset => f.write_str("Unset"),
        }
    }
}

/// The client certificate settings, resolved as one group.
#[derive(Debug, Clone)]
pub struct CredentialSettings {
    /// PEM or PKCS#12 file, or PEM text from the environment.
    pub certificate: Sourced<Material>,
    /// Separate PEM key (file or text), when the key is not inside `certificate`.
    pub private_key: Option<Sourced<Material>>,
    /// Where the password comes from.
    pub password: PasswordSource,
    /// The profile's `password_file`, when it is the password's source.
    pub password_file: Option<Sourced<PathBuf>>,
}

/// Whether the settings no request can do without (subscription, cloud service, certificate)
/// are certainly there: [`Partial`] in an [`Inspection`], [`Complete`] in [`Settings`].
pub trait Presence: fmt::Debug {
    /// How each such setting is held: `Option<T>` while it may be missing, else `T`.
    type Required<T: fmt::Debug>: fmt::Debug;
}

/// Required settings may be missing, and [`Resolved::problems`] says why.
#[derive(Debug)]
pub enum Partial {}

impl Presence for Partial {
    type Required<T: fmt::Debug> = Option<T>;
}

/// Every required setting is there.
#[derive(Debug)]
pub enum Complete {}

impl Presence for Complete {
    type Required<T: fmt::Debug> = T;
}

/// Every setting as far as it resolves, each with its source.
#[derive(Debug)]
pub struct Resolved<P: Presence> {
    /// The config file in use, whether or not it exists.
    pub config_file: Sourced<PathBuf>,
    /// Whether the config file was found and read.
    pub config_exists: bool,
    /// The profile in use, if any.
    pub profile: Option<Sourced<String>>,
    /// Subscription id.
    pub subscription_id: P::Required<Sourced<String>>,
    /// Cloud service (given, or derived from the region of the same level).
    pub cloud_service: P::Required<Sourced<String>>,
    /// The region of the level that gives the cloud service, if it has one.
    pub region: Option<Sourced<String>>,
    /// Client certificate, key and password source.
    pub credentials: P::Required<CredentialSettings>,
    /// CA certificates that replace the system trust store.
    pub ca_certificate: Option<Sourced<PathBuf>>,
    /// Base URL, without a trailing slash.
    pub endpoint: Sourced<String>,
    /// The sovereign cloud of the level that gives the endpoint, if it names one.
    pub environment: Option<Sourced<String>>,
    /// Timeout of one attempt.
    pub request_timeout: Sourced<Duration>,
    /// Retries after the first attempt.
    pub retries: Sourced<u32>,
    /// `x-ms-version` header value.
    pub x_ms_version: Sourced<String>,
    /// Output format.
    pub output: Sourced<OutputFormat>,
    /// Why these settings would not work, most important first; empty when they would, and
    /// always empty in [`Settings`].
    pub problems: Vec<Error>,
}

/// Every setting with what is wrong: what `config show` prints, and what [`resolve`] turns
/// into [`Settings`] when nothing is wrong.
pub type Inspection = Resolved<Partial>;

/// Everything a request needs, resolved: an [`Inspection`] with nothing wrong or missing.
pub type Settings = Resolved<Complete>;

impl TryFrom<Inspection> for Settings {
    type Error = Error;

    /// The first problem, if there is one; else the same settings, the required ones known
    /// to be there.
    fn try_from(mut inspection: Inspection) -> Result<Settings> {
        if !inspection.problems.is_empty() {
            return Err(inspection.problems.remove(0));
        }
        let missing = explain::required_setting_unrecorded;
        Ok(Resolved {
            subscription_id: inspection.subscription_id.ok_or_else(missing)?,
            cloud_service: inspection.cloud_service.ok_or_else(missing)?,
            credentials: inspection.credentials.ok_or_else(missing)?,
            config_file: inspection.config_file,
            config_exists: inspection.config_exists,
            profile: inspection.profile,
            region: inspection.region,
            ca_certificate: inspection.ca_certificate,
            endpoint: inspection.endpoint,
            environment: inspection.environment,
            request_timeout: inspection.request_timeout,
            retries: inspection.retries,
            x_ms_version: inspection.x_ms_version,
            output: inspection.output,
            problems: inspection.problems,
        })
    }
}

/// Resolves the settings for a command that talks to the service.
pub fn resolve(args: &GlobalArgs, env: &dyn Environment) -> Result<Settings> {
    Settings::try_from(inspect(args, env)?)
}

/// Resolves the settings for a command that reads the subscription itself
/// (`cloud-service list`, how a user finds the cloud service to set): a cloud service is
/// not needed, and is the empty string when none is given.
pub fn resolve_without_cloud_service(args: &GlobalArgs, env: &dyn Environment) -> Result<Settings> {
    let mut inspection = inspect_for(args, env, false)?;
    inspection.cloud_service = inspection
        .cloud_service
        .or_else(|| Some(Sourced::new(String::new(), Source::Default)));
    Settings::try_from(inspection)
}

/// Resolves every setting without stopping at the first problem. Errors in flags, the
/// environment or the config file's location are returned at once; a config file or profile
/// that cannot be used, and missing settings, are recorded in [`Inspection::problems`].
pub fn inspect(args: &GlobalArgs, env: &dyn Environment) -> Result<Inspection> {
    inspect_for(args, env, true)
}

/// [`inspect`], recording a missing cloud service as a problem only when `needs_cloud_service`.
fn inspect_for(
    args: &GlobalArgs,
    env: &dyn Environment,
    needs_cloud_service: bool,
) -> Result<Inspection> {
    let config_path = config_path(args, env)?;
    let flags = flag_layer(args)?;
    let env_layer = env_layer(env)?;
    let mut problems = Vec::new();
    let file = match load_file(&config_path) {
        Ok(file) => file,
        Err(e) => {
            problems.push(e);
            None
        }
    };
    let (profile, file_layer) = match &file {
        Some(file) => match select_profile(args, env, file).and_then(|profile| {
            let layer = match &profile {
                Some(name) => profile_layer(file, &name.value)?,
                None => Layer::default(),
            };
            Ok((profile, layer))
        }) {
            Ok(found) => found,
            Err(e) => {
                problems.push(e);
                (None, Layer::default())
            }
        },
        None => {
            if let (Some(name), true) = (requested_profile(args, env), problems.is_empty()) {
                problems.push(explain::profile_without_config_file(
                    &name.value,
                    &name.source,
                    &config_path.value,
                ));
            }
            (None, Layer::default())
        }
    };
    // A file that could not be used makes every "missing setting" message misleading.
    let report_missing = problems.is_empty();
    let layers = [&flags, &env_layer, &file_layer];
    let missing = MissingContext {
        profile: profile.as_ref().map(|p| p.value.clone()),
        file: file.as_ref().map(|f| f.path.clone()),
    };

    let subscription_id = first(&layers, |l| &l.subscription_id);
    if subscription_id.is_none() && report_missing {
        problems.push(missing.error(
            "subscription id",
            "--subscription",
            "SCHEDCTL_SUBSCRIPTION_ID",
            "subscription_id",
        ));
    }

    let (cloud_service, region) = resolve_cloud_service(&layers);
    if cloud_service.is_none() && report_missing && needs_cloud_service {
        problems.push(explain::cloud_service_missing(missing.error(
            "cloud service",
            "--cloud-service",
            "SCHEDCTL_CLOUD_SERVICE",
            "cloud_service",
        )));
    }

    let credentials = resolve_credentials(&layers, env);
    if credentials.is_none() && report_missing {
        problems.push(missing.error(
            "management certificate",
            "--cert",
            "SCHEDCTL_CERTIFICATE",
            "certificate",
        ));
    }

    let (endpoint, environment) = resolve_endpoint(&layers);
    let ca_certificate = first(&layers, |l| &l.ca_certificate);
    let request_timeout = first(&layers, |l| &l.request_timeout)
        .unwrap_or_else(|| Sourced::new(DEFAULT_REQUEST_TIMEOUT, Source::Default));
    let retries = first(&layers, |l| &l.retries)
        .unwrap_or_else(|| Sourced::new(DEFAULT_RETRIES, Source::Default));
    let x_ms_version = first(&layers, |l| &l.x_ms_version)
        .unwrap_or_else(|| Sourced::new(DEFAULT_X_MS_VERSION.to_string(), Source::Default));
    let output = first(&layers, |l| &l.output)
        .unwrap_or_else(|| Sourced::new(OutputFormat::Table, Source::Default));

    Ok(Inspection {
        config_exists: file.is_some(),
        config_file: config_path,
        profile,
        subscription_id,
        cloud_service,
        region,
        credentials,
        ca_certificate,
        endpoint,
        environment,
        request_timeout,
        retries,
        x_ms_version,
        output,
        problems,
    })
}

/// The profiles of the config file in use, for `config profiles`.
#[derive(Debug)]
pub struct ProfileList {
    /// The config file in use.
    pub config_file: Sourced<PathBuf>,
    /// Whether it exists.
    pub exists: bool,
    /// Profile names, sorted.
    pub names: Vec<String>,
    /// The profile used when neither `--profile` nor `SCHEDCTL_PROFILE` names one:
    /// `default_profile`, or the only one.
    pub default: Option<String>,
    /// The profile a command would use: `--profile`, `SCHEDCTL_PROFILE`, `default_profile`,
    /// or the only one.
    pub current: Option<String>,
}

/// Lists the profiles of the config file in use.
pub fn profiles(args: &GlobalArgs, env: &dyn Environment) -> Result<ProfileList> {
    let config_file = config_path(args, env)?;
    let Some(file) = load_file(&config_file)? else {
        return Ok(ProfileList {
            config_file,
            exists: false,
            names: Vec::new(),
            default: None,
            current: None,
        });
    };
    let names: Vec<String> = file.config.profiles.keys().cloned().collect();
    let default = match &file.config.default_profile {
        Some(name) => Some(name.get_ref().clone()).filter(|n| names.contains(n)),
        None if names.len() == 1 => names.first().cloned(),
        None => None,
    };
    let ambiguous = names.len() > 1
        && file.config.default_profile.is_none()
        && requested_profile(args, env).is_none();
    let current = if ambiguous {
        None
    } else {
        select_profile(args, env, &file)?.map(|p| p.value)
    };
    Ok(ProfileList {
        config_file,
        exists: true,
        names,
        default,
        current,
    })
}

/// The output format of the `config` commands that only list or name things: `--output`,
/// else `SCHEDCTL_OUTPUT`, else table (a profile's `output` is not read: these commands
/// are about the file, not one profile).
pub fn listing_format(args: &GlobalArgs, env: &dyn Environment) -> Result<OutputFormat> {
    if let Some(format) = args.output {
        return Ok(format);
    }
    match non_empty(env, "SCHEDCTL_OUTPUT") {
        None => Ok(OutputFormat::Table),
        Some(text) => parse_output(&text).map_err(|why| {
            explain::invalid_setting("output", &text, &Source::Env("SCHEDCTL_OUTPUT"), &why)
        }),
    }
}

/// Checks a key that `config set` or `config unset` names: a profile's key, else a
/// configuration error with a did-you-mean.
pub fn check_profile_key(key: &str) -> Result<()> {
    if PROFILE_KEYS.contains(&key) {
        return Ok(());
    }
    let normal = key.trim().to_ascii_lowercase().replace('-', "_");
    let is_default_profile = normal == "default_profile";
    let closest = if is_default_profile {
        None
    } else {
        PROFILE_KEYS
            .iter()
            .map(|k| (strsim::levenshtein(&normal, k), *k))
            .min()
            .filter(|(distance, k)| *distance <= (k.len() / 2).max(2))
            .map(|(_, k)| k)
    };
    Err(explain::unknown_profile_key(
        key,
        is_default_profile,
        closest,
        PROFILE_KEYS,
    ))
}

/// Checks text about to be written as the config file the way a command using profile
/// `profile` will read it: the whole file's form, then that profile's values.
pub fn check_profile_text(path: &Path, text: &str, profile: &str) -> Result<()> {
    let file = parse_file(path, text.to_string())?;
    profile_layer(&file, profile).map(|_| ())
}

/// The config file in use, checked like any other before it is edited: `None` when it does
/// not exist yet, else its text.
pub fn read_for_edit(path: &Sourced<PathBuf>) -> Result<Option<String>> {
    if !path.value.exists() {
        return Ok(None);
    }
    Ok(load_file(path)?.map(|f| f.text))
}

/// Checks text about to be written as the config file the way [`resolve`] will read it.
pub fn check_text(path: &Path, text: &str) -> Result<()> {
    parse_file(path, text.to_string()).map(|_| ())
}

/// Checks the values given as flags (a bad one is a usage error).
pub fn check_flags(args: &GlobalArgs) -> Result<()> {
    flag_layer(args).map(|_| ())
}

/// The config file in use: `--config`, `SCHEDCTL_CONFIG`, or the platform default.
pub fn config_path(args: &GlobalArgs, env: &dyn Environment) -> Result<Sourced<PathBuf>> {
    if let Some(path) = &args.config {
        check_path(
            &path.to_string_lossy(),
            &Source::Flag("--config"),
            "--config",
        )?;
        return Ok(Sourced::new(expand_tilde(path), Source::Flag("--config")));
    }
    if let Some(path) = non_empty(env, "SCHEDCTL_CONFIG") {
        check_path(&path, &Source::Env("SCHEDCTL_CONFIG"), "SCHEDCTL_CONFIG")?;
        return Ok(Sourced::new(
            expand_tilde(Path::new(&path)),
            Source::Env("SCHEDCTL_CONFIG"),
        ));
    }
    let dir = platform::config_dir(env).ok_or_else(explain::no_config_directory)?;
    Ok(Sourced::new(
        dir.join("schedctl").join("config.toml"),
        Source::Default,
    ))
}

/// Checks a config file's text the way a command reads it, every profile included, and
/// returns the profile names. Pure (reads no file), for tests and fuzzing.
pub fn check_file_text(path: &Path, text: &str) -> Result<Vec<String>> {
    let file = parse_file(path, text.to_string())?;
    for name in file.config.profiles.keys() {
        profile_layer(&file, name)?;
    }
    Ok(file.config.profiles.keys().cloned().collect())
}

/// Names the profile and file in "missing setting" errors.
struct MissingContext {
    profile: Option<String>,
    file: Option<PathBuf>,
}

impl MissingContext {
    fn error(&self, what: &str, flag: &str, env: &str, key: &str) -> Error {
        explain::setting_missing(
            what,
            flag,
            env,
            key,
            self.profile.as_deref(),
            self.file.as_deref(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    #[test]
    fn unknown_keys_get_a_did_you_mean_and_the_list() {
        assert!(check_profile_key("cloud_service").is_ok());
        let hints = |key: &str| check_profile_key(key).unwrap_err().hints;
        assert_eq!(hints("cloud-service")[0], "did you mean 'cloud_service'?");
        assert_eq!(hints("retry")[0], "did you mean 'retries'?");
        assert_eq!(hints("Region")[0], "did you mean 'region'?");
        assert!(hints("default_profile")[0].contains("config use"));
        let far = hints("zzzzzzzz");
        assert_eq!(far.len(), 1);
        assert!(far[0].starts_with("a profile's keys are: subscription_id,"));
        assert_eq!(check_profile_key("x").unwrap_err().kind, Kind::Config);
    }
    use crate::env::FakeEnv;
    use clap::Parser;

    fn args(extra: &[&str]) -> GlobalArgs {
        let mut argv = vec!["schedctl"];
        argv.extend_from_slice(extra);
        argv.extend_from_slice(&["job", "get", "c", "j"]);
        crate::cli::Cli::parse_from(argv).global
    }

    #[test]
    fn region_derives_the_cloud_service_and_cloud_service_wins_within_a_level() {
        assert_eq!(cloud_service_for_region("West US"), "CS-WestUS-scheduler");
        let a = args(&[
            "--region",
            "North Europe",
            "--subscription",
            "s",
            "--cert",
            "/c",
        ]);
        let env = FakeEnv::new().with_vars(&[
            ("SCHEDCTL_CLOUD_SERVICE", "from-env"),
            ("HOME", "/nonexistent"),
        ]);
        let s = resolve(&a, &env).unwrap();
        // The flag level gives the region, so the environment's cloud service is not used.
        assert_eq!(s.cloud_service.value, "CS-NorthEurope-scheduler");
        assert_eq!(s.cloud_service.source, Source::Flag("--region"));

        let a = args(&[
            "--region",
            "West US",
            "--cloud-service",
            "mine",
            "--subscription",
            "s",
            "--cert",
            "/c",
        ]);
        let s = resolve(&a, &env).unwrap();
        assert_eq!(s.cloud_service.value, "mine");
    }

    #[test]
    fn environment_selects_a_sovereign_endpoint_unless_an_endpoint_is_given() {
        let env = FakeEnv::new().with_vars(&[("HOME", "/nonexistent")]);
        let base = [
            "--subscription",
            "s",
            "--cloud-service",
            "cs",
            "--cert",
            "/c",
        ];
        let mut a = base.to_vec();
        a.extend(["--environment", "azurechinacloud"]);
        let s = resolve(&args(&a), &env).unwrap();
        assert_eq!(s.endpoint.value, "https://management.core.chinacloudapi.cn");
        a.extend(["--endpoint", "https://example.test/"]);
        let s = resolve(&args(&a), &env).unwrap();
        assert_eq!(s.endpoint.value, "https://example.test");
        let s = resolve(&args(&base), &env).unwrap();
        assert_eq!(
            s.endpoint,
            Sourced::new(DEFAULT_ENDPOINT.to_string(), Source::Default)
        );
    }

    #[test]
    fn a_flag_certificate_is_never_paired_with_a_lower_level_key() {
        let env = FakeEnv::new().with_vars(&[
            ("HOME", "/nonexistent"),
            ("SCHEDCTL_CERTIFICATE", "/env.pem"),
            ("SCHEDCTL_PRIVATE_KEY", "/env.key"),
        ]);
        let a = args(&[
            "--subscription",
            "s",
            "--cloud-service",
            "cs",
            "--cert",
            "/flag.pem",
        ]);
        let s = resolve(&a, &env).unwrap();
        assert_eq!(
            s.credentials.certificate.value,
            Material::File(PathBuf::from("/flag.pem"))
        );
        assert_eq!(s.credentials.private_key, None);
    }
}
