//! Settings: the config file, its profiles, the environment and the flags, resolved into one
//! [`Settings`] with the source of every value (SPEC §4).
//!
//! Precedence is flag > environment > profile > default. Settings that belong together are
//! resolved as a group at the highest level that gives any of them, so that a `--cert` on the
//! command line is never paired with a profile's `private_key`.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;
use toml::Spanned;

use crate::cli::{self, GlobalArgs, OutputFormat};
use crate::env::Environment;
use crate::error::{Error, Kind, Result};
use crate::platform;

/// The classic management endpoint of the public cloud.
pub const DEFAULT_ENDPOINT: &str = "https://management.core.windows.net";
/// The `x-ms-version` header sent unless configured otherwise.
pub const DEFAULT_X_MS_VERSION: &str = "2013-06-01";
const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_RETRIES: u32 = 3;

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag, named with its dashes.
    Flag(&'static str),
    /// An environment variable.
    Env(&'static str),
    /// A line of the config file.
    File {
        /// The config file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
    },
    /// Built in.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(name) => write!(f, "flag {name}"),
            Source::Env(name) => write!(f, "env {name}"),
            Source::File { path, line } => write!(f, "file {}:{line}", path.display()),
            Source::Default => f.write_str("default"),
        }
    }
}

/// A value with the place it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourced<T> {
    /// The value.
    pub value: T,
    /// Where it was set.
    pub source: Source,
}

impl<T> Sourced<T> {
    fn new(value: T, source: Source) -> Self {
        Sourced { value, source }
    }
}

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
            (Material::Pem(_), Source::Env(name)) => format!("the PEM text in {name}"),
            (Material::Pem(_), source) => format!("the PEM text from {source}"),
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

/// Whether a value might be a secret rather than the path, name or URL it stands for: PEM
/// text, anything with a line break or other control, or a long run of base64 (a key or a
/// `.pfx` pasted whole). Such a value is never echoed in a message.
pub fn might_be_secret(value: &str) -> bool {
    let base64 = |c: char| c.is_ascii_alphanumeric() || "+/=".contains(c);
    value.contains("-----BEGIN")
        || value.chars().any(char::is_control)
        || (value.len() >= 100 && value.chars().all(base64))
}

/// A value for an error message: quoted and escaped, or a placeholder when it might be a
/// secret.
pub fn shown(value: &str) -> String {
    if might_be_secret(value) {
        "(value not shown: it does not look like a setting and may be a secret)".to_string()
    } else {
        format!("'{}'", value.escape_debug())
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

/// Everything a request needs, resolved.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The config file that was read, if any.
    pub config_file: Option<PathBuf>,
    /// The profile in use, if any.
    pub profile: Option<Sourced<String>>,
    /// Subscription id.
    pub subscription_id: Sourced<String>,
    /// Cloud service (given, or derived from the region).
    pub cloud_service: Sourced<String>,
    /// Client certificate.
    pub credentials: CredentialSettings,
    /// CA certificates that replace the system trust store.
    pub ca_certificate: Option<Sourced<PathBuf>>,
    /// Base URL, without a trailing slash.
    pub endpoint: Sourced<String>,
    /// Timeout of one attempt.
    pub request_timeout: Sourced<Duration>,
    /// Retries after the first attempt.
    pub retries: Sourced<u32>,
    /// `x-ms-version` header value.
    pub x_ms_version: Sourced<String>,
    /// Output format.
    pub output: Sourced<OutputFormat>,
}

/// One level of settings (flags, environment or profile), before resolution.
#[derive(Default)]
struct Layer {
    subscription_id: Option<Sourced<String>>,
    cloud_service: Option<Sourced<String>>,
    region: Option<Sourced<String>>,
    certificate: Option<Sourced<Material>>,
    private_key: Option<Sourced<Material>>,
    password_file: Option<Sourced<PathBuf>>,
    ca_certificate: Option<Sourced<PathBuf>>,
    endpoint: Option<Sourced<String>>,
    environment: Option<Sourced<String>>,
    request_timeout: Option<Sourced<Duration>>,
    retries: Option<Sourced<u32>>,
    x_ms_version: Option<Sourced<String>>,
    output: Option<Sourced<OutputFormat>>,
}

/// The config file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    default_profile: Option<Spanned<String>>,
    #[serde(default)]
    profiles: BTreeMap<String, Spanned<FileProfile>>,
}

/// One `[profiles.NAME]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileProfile {
    subscription_id: Option<Spanned<String>>,
    cloud_service: Option<Spanned<String>>,
    region: Option<Spanned<String>>,
    certificate: Option<Spanned<String>>,
    private_key: Option<Spanned<String>>,
    password_file: Option<Spanned<String>>,
    ca_certificate: Option<Spanned<String>>,
    endpoint: Option<Spanned<String>>,
    environment: Option<Spanned<String>>,
    request_timeout: Option<Spanned<String>>,
    retries: Option<Spanned<u32>>,
    x_ms_version: Option<Spanned<String>>,
    output: Option<Spanned<String>>,
}

/// A config file that was read and parsed.
struct LoadedFile {
    path: PathBuf,
    text: String,
    config: FileConfig,
}

impl LoadedFile {
    fn line_of(&self, offset: usize) -> usize {
        line_of(&self.text, offset)
    }

    fn source<T>(&self, spanned: &Spanned<T>) -> Source {
        Source::File {
            path: self.path.clone(),
            line: self.line_of(spanned.span().start),
        }
    }

    fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// Every setting as far as it resolves, with what is wrong: what `config show` prints, and
/// what [`resolve`] turns into [`Settings`] when nothing is wrong.
#[derive(Debug)]
pub struct Inspection {
    /// The config file in use, whether or not it exists.
    pub config_file: Sourced<PathBuf>,
    /// Whether the config file was found and read.
    pub config_exists: bool,
    /// The profile in use, if any.
    pub profile: Option<Sourced<String>>,
    /// Subscription id.
    pub subscription_id: Option<Sourced<String>>,
    /// Cloud service (given, or derived from the region of the same level).
    pub cloud_service: Option<Sourced<String>>,
    /// The region of the level that gives the cloud service, if it has one.
    pub region: Option<Sourced<String>>,
    /// Client certificate, key and password source.
    pub credentials: Option<CredentialSettings>,
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
    /// Why these settings would not work, most important first; empty when they would.
    pub problems: Vec<Error>,
}

/// Resolves the settings for a command that talks to the service.
pub fn resolve(args: &GlobalArgs, env: &dyn Environment) -> Result<Settings> {
    let mut inspection = inspect(args, env)?;
    if !inspection.problems.is_empty() {
        return Err(inspection.problems.remove(0));
    }
    let (Some(subscription_id), Some(cloud_service), Some(credentials)) = (
        inspection.subscription_id,
        inspection.cloud_service,
        inspection.credentials,
    ) else {
        return Err(Error::new(
            Kind::Internal,
            "a required setting is missing but no problem was recorded",
        ));
    };
    Ok(Settings {
        config_file: inspection
            .config_exists
            .then_some(inspection.config_file.value),
        profile: inspection.profile,
        subscription_id,
        cloud_service,
        credentials,
        ca_certificate: inspection.ca_certificate,
        endpoint: inspection.endpoint,
        request_timeout: inspection.request_timeout,
        retries: inspection.retries,
        x_ms_version: inspection.x_ms_version,
        output: inspection.output,
    })
}

/// Resolves every setting without stopping at the first problem. Errors in flags, the
/// environment or the config file's location are returned at once; a config file or profile
/// that cannot be used, and missing settings, are recorded in [`Inspection::problems`].
pub fn inspect(args: &GlobalArgs, env: &dyn Environment) -> Result<Inspection> {
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
                problems.push(
                    Error::config(format!(
                        "profile {} ({}) was requested, but there is no config file at {}",
                        shown(&name.value),
                        name.source,
                        config_path.value.display()
                    ))
                    .hint(
                        "create the file, or give the settings as flags or environment variables",
                    ),
                );
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
    if cloud_service.is_none() && report_missing {
        problems.push(missing
            .error(
                "cloud service",
                "--cloud-service",
                "SCHEDCTL_CLOUD_SERVICE",
                "cloud_service",
            )
            .hint("or give the region: --region, SCHEDCTL_REGION or region (e.g. \"West US\" gives CS-WestUS-scheduler)"));
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
            current: None,
        });
    };
    let names: Vec<String> = file.config.profiles.keys().cloned().collect();
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
        current,
    })
}

/// The config file in use, checked like any other before it is edited: `None` when it does
/// not exist yet, else its text.
pub fn read_for_edit(path: &Sourced<PathBuf>) -> Result<Option<String>> {
    if !path.value.exists() {
        return Ok(None);
    }
    let forced = Sourced::new(path.value.clone(), Source::Flag("--config"));
    Ok(load_file(&forced)?.map(|f| f.text))
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
    let dir = platform::config_dir(env).ok_or_else(|| {
        Error::config("cannot find the config directory: neither XDG_CONFIG_HOME nor HOME is set")
            .hint("give the config file with --config or SCHEDCTL_CONFIG")
    })?;
    Ok(Sourced::new(
        dir.join("schedctl").join("config.toml"),
        Source::Default,
    ))
}

/// Reads and parses the config file; a missing default file is not an error.
fn load_file(path: &Sourced<PathBuf>) -> Result<Option<LoadedFile>> {
    let text = match std::fs::read(&path.value) {
        Ok(bytes) => String::from_utf8(bytes).map_err(|_| {
            Error::config(format!(
                "config file {} is not valid UTF-8",
                path.value.display()
            ))
        })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.source == Source::Default => {
            return Ok(None)
        }
        Err(e) => {
            return Err(Error::config(format!(
                "cannot read config file {} ({}): {}",
                path.value.display(),
                path.source,
                io_reason(&e)
            )))
        }
    };
    parse_file(&path.value, text).map(Some)
}

/// Parses a config file's text; `path` is only named in errors and anchors relative paths.
fn parse_file(path: &Path, text: String) -> Result<LoadedFile> {
    let config: FileConfig = toml::from_str(&text).map_err(|e| toml_error(path, &text, &e))?;
    Ok(LoadedFile {
        path: path.to_path_buf(),
        text,
        config,
    })
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

/// Turns a TOML error into a message naming the file, the line and the key.
fn toml_error(path: &Path, text: &str, error: &toml::de::Error) -> Error {
    let message = error.message().trim_end().to_string();
    let Some(span) = error.span() else {
        return Error::config(format!("config file {}: {message}", path.display()));
    };
    let line = line_of(text, span.start);
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    let key = line_text
        .split_once('=')
        .map(|(k, _)| k.trim().trim_matches('"').to_string())
        .filter(|k| !k.is_empty() && !k.starts_with('['));
    let message = match key {
        Some(key) if !message.contains(&format!("`{key}`")) => format!("key `{key}`: {message}"),
        _ => message,
    };
    Error::config(format!(
        "config file {}, line {line}: {message}",
        path.display()
    ))
}

fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn requested_profile(args: &GlobalArgs, env: &dyn Environment) -> Option<Sourced<String>> {
    if let Some(name) = &args.profile {
        return Some(Sourced::new(name.clone(), Source::Flag("--profile")));
    }
    non_empty(env, "SCHEDCTL_PROFILE")
        .map(|name| Sourced::new(name, Source::Env("SCHEDCTL_PROFILE")))
}

/// Picks the profile: flag, environment, `default_profile`, or the only one.
fn select_profile(
    args: &GlobalArgs,
    env: &dyn Environment,
    file: &LoadedFile,
) -> Result<Option<Sourced<String>>> {
    let profiles = &file.config.profiles;
    let names = || profiles.keys().cloned().collect::<Vec<_>>().join(", ");
    let chosen = requested_profile(args, env).or_else(|| {
        file.config
            .default_profile
            .as_ref()
            .map(|d| Sourced::new(d.get_ref().clone(), file.source(d)))
    });
    match chosen {
        Some(name) => {
            if profiles.contains_key(&name.value) {
                Ok(Some(name))
            } else {
                let available = if profiles.is_empty() {
                    "it has no profiles".to_string()
                } else {
                    format!("profiles: {}", names())
                };
                Err(Error::config(format!(
                    "profile {} ({}) is not in {} ({available})",
                    shown(&name.value),
                    name.source,
                    file.path.display()
                )))
            }
        }
        None => match profiles.len() {
            0 => Ok(None),
            1 => {
                let (name, table) = profiles.iter().next().expect("one profile");
                Ok(Some(Sourced::new(name.clone(), file.source(table))))
            }
            _ => Err(Error::config(format!(
                "{} has several profiles ({}) and no default_profile",
                file.path.display(),
                names()
            ))
            .hint("choose one with --profile NAME or SCHEDCTL_PROFILE, or set default_profile in the file")),
        },
    }
}

fn flag_layer(args: &GlobalArgs) -> Result<Layer> {
    let flag = |name| Source::Flag(name);
    let text = |v: &Option<String>, name: &'static str| {
        v.as_ref().map(|v| Sourced::new(v.clone(), flag(name)))
    };
    let path = |v: &Option<PathBuf>, name: &'static str| {
        v.as_ref()
            .map(|v| {
                check_path(&v.to_string_lossy(), &flag(name), name)
                    .map(|()| Sourced::new(expand_tilde(v), flag(name)))
            })
            .transpose()
    };
    let file =
        |v: Option<Sourced<PathBuf>>| v.map(|p| Sourced::new(Material::File(p.value), p.source));
    let layer = Layer {
        subscription_id: text(&args.subscription, "--subscription"),
        cloud_service: text(&args.cloud_service, "--cloud-service"),
        region: text(&args.region, "--region"),
        certificate: file(path(&args.cert, "--cert")?),
        private_key: file(path(&args.key, "--key")?),
        password_file: None,
        ca_certificate: path(&args.ca_cert, "--ca-cert")?,
        endpoint: text(&args.endpoint, "--endpoint"),
        environment: text(&args.environment, "--environment"),
        request_timeout: args
            .request_timeout
            .map(|d| Sourced::new(d, flag("--request-timeout"))),
        retries: args.retries.map(|r| Sourced::new(r, flag("--retries"))),
        x_ms_version: None,
        output: args.output.map(|o| Sourced::new(o, flag("--output"))),
    };
    validate_layer(&layer, Kind::Usage)?;
    Ok(layer)
}

fn env_layer(env: &dyn Environment) -> Result<Layer> {
    let text =
        |name: &'static str| non_empty(env, name).map(|v| Sourced::new(v, Source::Env(name)));
    let path = |name: &'static str| {
        non_empty(env, name)
            .map(|v| {
                check_path(&v, &Source::Env(name), name)
                    .map(|()| Sourced::new(expand_tilde(Path::new(&v)), Source::Env(name)))
            })
            .transpose()
    };
    // These two may hold the PEM text itself (a CI secret), used as it is.
    let material = |name: &'static str| {
        non_empty(env, name)
            .map(|v| {
                if v.contains("-----BEGIN ") {
                    return Ok(Sourced::new(Material::Pem(v), Source::Env(name)));
                }
                check_path(&v, &Source::Env(name), name).map(|()| {
                    Sourced::new(
                        Material::File(expand_tilde(Path::new(&v))),
                        Source::Env(name),
                    )
                })
            })
            .transpose()
    };
    let bad = |name: &str, value: &str, why: String| {
        Error::config(format!(
            "environment variable {name}={}: {why}",
            shown(value)
        ))
    };
    let request_timeout = match text("SCHEDCTL_REQUEST_TIMEOUT") {
        Some(v) => Some(Sourced::new(
            cli::parse_duration(&v.value)
                .map_err(|e| bad("SCHEDCTL_REQUEST_TIMEOUT", &v.value, e))?,
            v.source,
        )),
        None => None,
    };
    let retries = match text("SCHEDCTL_RETRIES") {
        Some(v) => Some(Sourced::new(
            v.value.trim().parse::<u32>().map_err(|_| {
                bad(
                    "SCHEDCTL_RETRIES",
                    &v.value,
                    "expected a whole number such as 3".into(),
                )
            })?,
            v.source,
        )),
        None => None,
    };
    let output = match text("SCHEDCTL_OUTPUT") {
        Some(v) => Some(Sourced::new(
            parse_output(&v.value).map_err(|e| bad("SCHEDCTL_OUTPUT", &v.value, e))?,
            v.source,
        )),
        None => None,
    };
    let layer = Layer {
        subscription_id: text("SCHEDCTL_SUBSCRIPTION_ID"),
        cloud_service: text("SCHEDCTL_CLOUD_SERVICE"),
        region: text("SCHEDCTL_REGION"),
        certificate: material("SCHEDCTL_CERTIFICATE")?,
        private_key: material("SCHEDCTL_PRIVATE_KEY")?,
        password_file: None,
        ca_certificate: path("SCHEDCTL_CA_CERTIFICATE")?,
        endpoint: text("SCHEDCTL_ENDPOINT"),
        environment: text("SCHEDCTL_ENVIRONMENT"),
        request_timeout,
        retries,
        x_ms_version: None,
        output,
    };
    validate_layer(&layer, Kind::Config)?;
    Ok(layer)
}

fn profile_layer(file: &LoadedFile, name: &str) -> Result<Layer> {
    let Some(profile) = file.config.profiles.get(name) else {
        return Ok(Layer::default());
    };
    let profile = profile.get_ref();
    let text = |v: &Option<Spanned<String>>| {
        v.as_ref()
            .map(|s| Sourced::new(s.get_ref().clone(), file.source(s)))
    };
    let path = |v: &Option<Spanned<String>>, key: &str| {
        v.as_ref()
            .map(|s| {
                let source = file.source(s);
                check_path(s.get_ref(), &source, key)?;
                let p = expand_tilde(Path::new(s.get_ref()));
                let p = if p.is_relative() {
                    file.dir().join(p)
                } else {
                    p
                };
                Ok(Sourced::new(p, source))
            })
            .transpose()
    };
    let file_material =
        |v: Option<Sourced<PathBuf>>| v.map(|p| Sourced::new(Material::File(p.value), p.source));
    let bad = |s: &Spanned<String>, key: &str, why: String| {
        Error::config(format!(
            "config file {}, line {}: key `{key}`: invalid value {}: {why}",
            file.path.display(),
            file.line_of(s.span().start),
            shown(s.get_ref())
        ))
    };
    let request_timeout = match &profile.request_timeout {
        Some(s) => Some(Sourced::new(
            cli::parse_duration(s.get_ref()).map_err(|e| bad(s, "request_timeout", e))?,
            file.source(s),
        )),
        None => None,
    };
    let output = match &profile.output {
        Some(s) => Some(Sourced::new(
            parse_output(s.get_ref()).map_err(|e| bad(s, "output", e))?,
            file.source(s),
        )),
        None => None,
    };
    if let Some(v) = &profile.x_ms_version {
        if !is_version_date(v.get_ref()) {
            return Err(bad(
                v,
                "x_ms_version",
                "expected a date such as 2013-06-01".into(),
            ));
        }
    }
    let layer = Layer {
        subscription_id: text(&profile.subscription_id),
        cloud_service: text(&profile.cloud_service),
        region: text(&profile.region),
        certificate: file_material(path(&profile.certificate, "certificate")?),
        private_key: file_material(path(&profile.private_key, "private_key")?),
        password_file: path(&profile.password_file, "password_file")?,
        ca_certificate: path(&profile.ca_certificate, "ca_certificate")?,
        endpoint: text(&profile.endpoint),
        environment: text(&profile.environment),
        request_timeout,
        retries: profile
            .retries
            .as_ref()
            .map(|s| Sourced::new(*s.get_ref(), file.source(s))),
        x_ms_version: text(&profile.x_ms_version),
        output,
    };
    validate_layer(&layer, Kind::Config)?;
    Ok(layer)
}

/// Checks the values that have a fixed form; `kind` is usage for flags, config otherwise.
fn validate_layer(layer: &Layer, kind: Kind) -> Result<()> {
    if let Some(endpoint) = &layer.endpoint {
        check_endpoint(&endpoint.value).map_err(|why| {
            Error::new(
                kind,
                format!(
                    "endpoint {} ({}): {why}",
                    shown(&redact_userinfo(&endpoint.value)),
                    endpoint.source
                ),
            )
        })?;
    }
    if let Some(name) = &layer.environment {
        if environment_endpoint(&name.value).is_none() {
            return Err(Error::new(
                kind,
                format!(
                    "unknown environment {} ({}); expected one of: {}",
                    shown(&name.value),
                    name.source,
                    cli::ENVIRONMENT_NAMES.join(", ")
                ),
            ));
        }
    }
    for value in [&layer.subscription_id, &layer.cloud_service, &layer.region]
        .into_iter()
        .flatten()
    {
        if value.value.trim().is_empty() || value.value.chars().any(char::is_control) {
            return Err(Error::new(
                kind,
                format!("invalid value {} ({})", shown(&value.value), value.source),
            ));
        }
    }
    Ok(())
}

/// Checks that a URL can be an endpoint: https, with a host, without a query.
pub fn check_endpoint(url: &str) -> std::result::Result<(), String> {
    let uri: ureq::http::Uri = url.parse().map_err(|_| "not a valid URL".to_string())?;
    if !uri
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("https"))
    {
        return Err("only https:// endpoints are supported".into());
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err("the URL has no host".into());
    }
    // ureq would send user information as Basic auth; the certificate is the only credential.
    if uri.authority().is_some_and(|a| a.as_str().contains('@')) {
        return Err(
            "the URL holds user information (user:password@), which is never sent; remove it"
                .into(),
        );
    }
    if uri.query().is_some() {
        return Err("the URL must not have a query".into());
    }
    Ok(())
}

/// The URL with any user information before the host replaced by `***`, so that a password
/// in it is never shown.
pub fn redact_userinfo(url: &str) -> String {
    let (scheme, rest) = match url.find("://") {
        Some(i) => (&url[..i + 3], &url[i + 3..]),
        None => ("", url),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}***{}", &rest[at..]),
        None => url.to_string(),
    }
}

/// Refuses a value in a path setting that is not a path: PEM text or anything else that
/// might be a secret. The message names the setting and its source, never the value.
fn check_path(value: &str, source: &Source, setting: &str) -> Result<()> {
    if !might_be_secret(value) {
        return Ok(());
    }
    let held = if value.contains("-----BEGIN") {
        "holds PEM text"
    } else {
        "does not look like a path"
    };
    let hint = match setting {
        "--cert" | "certificate" | "--key" | "private_key" | "SCHEDCTL_CERTIFICATE"
        | "SCHEDCTL_PRIVATE_KEY" => "put it in a file with mode 600 and give its path, or give the PEM text in the environment variable SCHEDCTL_CERTIFICATE or SCHEDCTL_PRIVATE_KEY",
        _ => "put it in a file and give its path",
    };
    let name = match source {
        Source::File { path, line } => {
            format!(
                "`{setting}` in config file {}, line {line},",
                path.display()
            )
        }
        other => other.to_string(),
    };
    Err(Error::config(format!(
        "{name} {held} where a file path belongs (the value is not shown)"
    ))
    .hint(hint))
}

/// The endpoint of a sovereign cloud, by case-insensitive name.
pub fn environment_endpoint(name: &str) -> Option<&'static str> {
    const ENDPOINTS: [(&str, &str); 4] = [
        ("AzureCloud", DEFAULT_ENDPOINT),
        (
            "AzureChinaCloud",
            "https://management.core.chinacloudapi.cn",
        ),
        (
            "AzureUSGovernment",
            "https://management.core.usgovcloudapi.net",
        ),
        ("AzureGermanCloud", "https://management.core.cloudapi.de"),
    ];
    ENDPOINTS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, url)| *url)
}

/// The scheduler cloud service Azure PowerShell creates for a region.
pub fn cloud_service_for_region(region: &str) -> String {
    let compact: String = region.chars().filter(|c| !c.is_whitespace()).collect();
    format!("CS-{compact}-scheduler")
}

fn parse_output(text: &str) -> std::result::Result<OutputFormat, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "table" => Ok(OutputFormat::Table),
        "json" => Ok(OutputFormat::Json),
        _ => Err("expected table or json".into()),
    }
}

fn is_version_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn first<T: Clone>(
    layers: &[&Layer],
    get: impl Fn(&Layer) -> &Option<Sourced<T>>,
) -> Option<Sourced<T>> {
    layers.iter().find_map(|l| get(l).clone())
}

/// The cloud service and the region of the highest level that gives either.
fn resolve_cloud_service(layers: &[&Layer]) -> (Option<Sourced<String>>, Option<Sourced<String>>) {
    let Some(level) = layers
        .iter()
        .find(|l| l.cloud_service.is_some() || l.region.is_some())
    else {
        return (None, None);
    };
    let cloud_service = level.cloud_service.clone().or_else(|| {
        level
            .region
            .as_ref()
            .map(|r| Sourced::new(cloud_service_for_region(&r.value), r.source.clone()))
    });
    (cloud_service, level.region.clone())
}

/// The endpoint and the environment of the highest level that gives either.
fn resolve_endpoint(layers: &[&Layer]) -> (Sourced<String>, Option<Sourced<String>>) {
    let level = layers
        .iter()
        .find(|l| l.endpoint.is_some() || l.environment.is_some());
    let chosen = level.and_then(|level| {
        level.endpoint.clone().or_else(|| {
            level.environment.as_ref().and_then(|e| {
                environment_endpoint(&e.value)
                    .map(|url| Sourced::new(url.to_string(), e.source.clone()))
            })
        })
    });
    let mut endpoint =
        chosen.unwrap_or_else(|| Sourced::new(DEFAULT_ENDPOINT.to_string(), Source::Default));
    let trimmed = endpoint.value.trim_end_matches('/').len();
    endpoint.value.truncate(trimmed);
    (endpoint, level.and_then(|l| l.environment.clone()))
}

fn resolve_credentials(layers: &[&Layer], env: &dyn Environment) -> Option<CredentialSettings> {
    let level = layers
        .iter()
        .find(|l| l.certificate.is_some() || l.private_key.is_some())?;
    let certificate = level.certificate.clone()?;
    let (password, password_file) = match env.var("SCHEDCTL_CERT_PASSWORD") {
        Some(value) => (
            PasswordSource::Env(value.to_string_lossy().into_owned()),
            None,
        ),
        None => match &level.password_file {
            Some(path) => (PasswordSource::File(path.value.clone()), Some(path.clone())),
            None => (PasswordSource::Unset, None),
        },
    };
    Some(CredentialSettings {
        certificate,
        private_key: level.private_key.clone(),
        password,
        password_file,
    })
}

/// Names the profile and file in "missing setting" errors.
struct MissingContext {
    profile: Option<String>,
    file: Option<PathBuf>,
}

impl MissingContext {
    fn error(&self, what: &str, flag: &str, env: &str, key: &str) -> Error {
        let place = match (&self.profile, &self.file) {
            (Some(profile), Some(file)) => {
                format!("`{key}` in profile '{profile}' of {}", file.display())
            }
            (None, Some(file)) => format!("`{key}` in a profile of {}", file.display()),
            _ => format!("`{key}` in a profile of the config file"),
        };
        let in_use = match (&self.profile, &self.file) {
            (Some(profile), Some(file)) => format!(" (profile '{profile}' of {})", file.display()),
            (None, Some(file)) => format!(" (config file {}, no profile)", file.display()),
            _ => " (no config file)".to_string(),
        };
        Error::config(format!("no {what} is set{in_use}")).hint(format!(
            "set it with {flag}, the environment variable {env}, or {place}"
        ))
    }
}

fn non_empty(env: &dyn Environment, name: &str) -> Option<String> {
    env.var(name)
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
}

/// Expands a leading `~` to the home directory.
pub fn expand_tilde(path: &Path) -> PathBuf {
    let Ok(rest) = path.strip_prefix("~") else {
        return path.to_path_buf();
    };
    match dirs::home_dir() {
        Some(home) => home.join(rest),
        None => path.to_path_buf(),
    }
}

/// A short reason for an I/O error, without the "(os error N)" noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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

    #[test]
    fn line_numbers_are_one_based() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }

    #[test]
    fn version_dates_are_checked() {
        assert!(is_version_date("2013-06-01"));
        assert!(!is_version_date("2013-6-01"));
        assert!(!is_version_date("latest"));
    }
}
