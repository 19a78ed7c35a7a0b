//! One level of settings (flags, environment or a profile), how each is read, and how the
//! levels are merged by precedence.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::clouds::{environment_endpoint, CLOUD_NAMES, DEFAULT_ENDPOINT};
use super::file::{FileProfile, LoadedFile};
use super::source::{Source, Sourced};
use super::values::{
    check_endpoint, check_path, expand_tilde, is_version_date, parse_duration, parse_retries,
    redact_userinfo,
};
use super::{CredentialSettings, Material, PasswordSource};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::env::{non_empty, Environment};
use crate::error::{Error, Kind, Result};
use crate::explain::settings as explain;

/// One level of settings (flags, environment or profile), before resolution.
#[derive(Debug, Default)]
pub(super) struct Layer {
    pub(super) subscription_id: Option<Sourced<String>>,
    pub(super) cloud_service: Option<Sourced<String>>,
    pub(super) region: Option<Sourced<String>>,
    pub(super) certificate: Option<Sourced<Material>>,
    pub(super) private_key: Option<Sourced<Material>>,
    pub(super) password_file: Option<Sourced<PathBuf>>,
    pub(super) ca_certificate: Option<Sourced<PathBuf>>,
    pub(super) endpoint: Option<Sourced<String>>,
    pub(super) environment: Option<Sourced<String>>,
    pub(super) request_timeout: Option<Sourced<Duration>>,
    pub(super) retries: Option<Sourced<u32>>,
    pub(super) x_ms_version: Option<Sourced<String>>,
    pub(super) output: Option<Sourced<OutputFormat>>,
}

/// The level of the flags; clap has already parsed the values that have a type.
pub(super) fn flag_layer(args: &GlobalArgs) -> Result<Layer> {
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

/// How the environment and a profile name one setting. `env` is `None` for the settings
/// only a profile gives.
#[derive(Clone, Copy)]
struct Key {
    env: Option<&'static str>,
    file: &'static str,
}

const fn key(env: &'static str, file: &'static str) -> Key {
    Key {
        env: Some(env),
        file,
    }
}

const fn profile_only(file: &'static str) -> Key {
    Key { env: None, file }
}

/// A level whose settings are text: the environment, or a profile of the config file.
enum TextLevel<'a> {
    Env(&'a dyn Environment),
    Profile(&'a LoadedFile, &'a FileProfile),
}

impl TextLevel<'_> {
    /// The setting's text and where it was set, if this level gives it. An empty variable
    /// counts as unset.
    fn get(&self, key: Key) -> Option<Sourced<String>> {
        match self {
            TextLevel::Env(env) => {
                let name = key.env?;
                non_empty(*env, name).map(|v| Sourced::new(v, Source::Env(name)))
            }
            TextLevel::Profile(file, profile) => {
                let (text, offset) = profile.get(key.file)?;
                Some(Sourced::new(text, file.source_at(offset)))
            }
        }
    }

    /// A path as the level means it: a relative path in a profile is relative to the file.
    fn path(&self, text: &str) -> PathBuf {
        let path = expand_tilde(Path::new(text));
        match self {
            TextLevel::Profile(file, _) if path.is_relative() => file.dir().join(path),
            _ => path,
        }
    }

    /// A value parsed by `parse`, or an error that names where it was set.
    fn parsed<T>(
        &self,
        key: Key,
        parse: impl Fn(&str) -> std::result::Result<T, String>,
    ) -> Result<Option<Sourced<T>>> {
        self.get(key)
            .map(|v| match parse(&v.value) {
                Ok(value) => Ok(Sourced::new(value, v.source)),
                Err(why) => Err(invalid(key, &v, why)),
            })
            .transpose()
    }

    /// A path setting, refused when it holds something that is not a path.
    fn file_path(&self, key: Key) -> Result<Option<Sourced<PathBuf>>> {
        self.get(key)
            .map(|v| {
                check_path(&v.value, &v.source, name(key, &v.source))?;
                Ok(Sourced::new(self.path(&v.value), v.source))
            })
            .transpose()
    }

    /// A certificate or key: a file, or in the environment the PEM text itself (a CI
    /// secret), used as it is.
    fn material(&self, key: Key) -> Result<Option<Sourced<Material>>> {
        if let (TextLevel::Env(_), Some(v)) = (self, self.get(key)) {
            if v.value.contains("-----BEGIN ") {
                return Ok(Some(Sourced::new(Material::Pem(v.value), v.source)));
            }
        }
        Ok(self
            .file_path(key)?
            .map(|p| Sourced::new(Material::File(p.value), p.source)))
    }
}

/// How messages name a setting: its variable, or its key in the file.
fn name(key: Key, source: &Source) -> &'static str {
    match source {
        Source::Env(name) => name,
        _ => key.file,
    }
}

/// A value that does not parse, worded for where it was set.
fn invalid(key: Key, value: &Sourced<String>, why: String) -> Error {
    explain::invalid_setting(key.file, &value.value, &value.source, &why)
}

/// Fills a layer from the environment or a profile. The fields are written in the order
/// they are checked, so the first bad value reported is the same on either level.
fn text_layer(level: &TextLevel) -> Result<Layer> {
    let text = |key| level.get(key);
    let layer = Layer {
        request_timeout: level.parsed(
            key("SCHEDCTL_REQUEST_TIMEOUT", "request_timeout"),
            parse_duration,
        )?,
        retries: level.parsed(key("SCHEDCTL_RETRIES", "retries"), parse_retries)?,
        output: level.parsed(key("SCHEDCTL_OUTPUT", "output"), parse_output)?,
        x_ms_version: level.parsed(profile_only("x_ms_version"), |text| {
            if is_version_date(text) {
                Ok(text.to_string())
            } else {
                Err(explain::not_a_version_date())
            }
        })?,
        certificate: level.material(key("SCHEDCTL_CERTIFICATE", "certificate"))?,
        private_key: level.material(key("SCHEDCTL_PRIVATE_KEY", "private_key"))?,
        password_file: level.file_path(profile_only("password_file"))?,
        ca_certificate: level.file_path(key("SCHEDCTL_CA_CERTIFICATE", "ca_certificate"))?,
        subscription_id: text(key("SCHEDCTL_SUBSCRIPTION_ID", "subscription_id")),
        cloud_service: text(key("SCHEDCTL_CLOUD_SERVICE", "cloud_service")),
        region: text(key("SCHEDCTL_REGION", "region")),
        endpoint: text(key("SCHEDCTL_ENDPOINT", "endpoint")),
        environment: text(key("SCHEDCTL_ENVIRONMENT", "environment")),
    };
    validate_layer(&layer, Kind::Config)?;
    Ok(layer)
}

/// The environment's level.
pub(super) fn env_layer(env: &dyn Environment) -> Result<Layer> {
    text_layer(&TextLevel::Env(env))
}

/// The level of profile `name`; empty when the file has no such profile.
pub(super) fn profile_layer(file: &LoadedFile, name: &str) -> Result<Layer> {
    match file.config.profiles.get(name) {
        Some(profile) => text_layer(&TextLevel::Profile(file, profile.get_ref())),
        None => Ok(Layer::default()),
    }
}

/// Checks the values that have a fixed form; `kind` is usage for flags, config otherwise.
pub(super) fn validate_layer(layer: &Layer, kind: Kind) -> Result<()> {
    if let Some(endpoint) = &layer.endpoint {
        check_endpoint(&endpoint.value).map_err(|why| {
            explain::invalid_endpoint(
                kind,
                &redact_userinfo(&endpoint.value),
                &endpoint.source,
                &why,
            )
        })?;
    }
    if let Some(name) = &layer.environment {
        if environment_endpoint(&name.value).is_none() {
            return Err(explain::unknown_environment(
                kind,
                &name.value,
                &name.source,
                &CLOUD_NAMES,
            ));
        }
    }
    for value in [&layer.subscription_id, &layer.cloud_service, &layer.region]
        .into_iter()
        .flatten()
    {
        if value.value.trim().is_empty() || value.value.chars().any(char::is_control) {
            return Err(explain::invalid_name(kind, &value.value, &value.source));
        }
    }
    Ok(())
}

pub(super) fn first<T: Clone>(
    layers: &[&Layer],
    get: impl Fn(&Layer) -> &Option<Sourced<T>>,
) -> Option<Sourced<T>> {
    layers.iter().find_map(|l| get(l).clone())
}

/// The cloud service and the region of the highest level that gives either.
pub(super) fn resolve_cloud_service(
    layers: &[&Layer],
) -> (Option<Sourced<String>>, Option<Sourced<String>>) {
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
pub(super) fn resolve_endpoint(layers: &[&Layer]) -> (Sourced<String>, Option<Sourced<String>>) {
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

pub(super) fn resolve_credentials(
    layers: &[&Layer],
    env: &dyn Environment,
) -> Option<CredentialSettings> {
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

/// The output format a setting names.
pub(super) fn parse_output(text: &str) -> std::result::Result<OutputFormat, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "table" => Ok(OutputFormat::Table),
        "wide" => Ok(OutputFormat::Wide),
        "json" => Ok(OutputFormat::Json),
        "jsonl" => Ok(OutputFormat::Jsonl),
        _ => Err(explain::not_an_output_format()),
    }
}

/// The scheduler cloud service Azure PowerShell creates for a region.
pub fn cloud_service_for_region(region: &str) -> String {
    let compact: String = region.chars().filter(|c| !c.is_whitespace()).collect();
    format!("CS-{compact}-scheduler")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::file::parse_file;
    use crate::env::FakeEnv;

    #[test]
    fn the_environment_and_a_profile_fill_a_layer_the_same_way() {
        let env = FakeEnv::new().with_vars(&[
            ("SCHEDCTL_RETRIES", " 5"),
            ("SCHEDCTL_CA_CERTIFICATE", "/ca.pem"),
            ("SCHEDCTL_SUBSCRIPTION_ID", ""),
        ]);
        let from_env = env_layer(&env).unwrap();
        assert_eq!(
            from_env.retries,
            Some(Sourced::new(5, Source::Env("SCHEDCTL_RETRIES")))
        );
        assert_eq!(from_env.ca_certificate.unwrap().value, Path::new("/ca.pem"));
        // An empty variable counts as unset.
        assert_eq!(from_env.subscription_id, None);

        let text = "[profiles.p]\nretries = 5\n\nca_certificate = \"ca.pem\"\n";
        let file = parse_file(Path::new("/etc/s/config.toml"), text.into()).unwrap();
        let from_file = profile_layer(&file, "p").unwrap();
        let at = |line| Source::File {
            path: PathBuf::from("/etc/s/config.toml"),
            line,
        };
        assert_eq!(from_file.retries, Some(Sourced::new(5, at(2))));
        // A relative path in a profile is relative to the file.
        assert_eq!(
            from_file.ca_certificate,
            Some(Sourced::new(PathBuf::from("/etc/s/ca.pem"), at(4)))
        );
    }

    #[test]
    fn a_bad_value_is_named_where_it_was_set() {
        let env = FakeEnv::new().with_vars(&[("SCHEDCTL_OUTPUT", "yaml")]);
        assert_eq!(
            env_layer(&env).unwrap_err().message,
            "environment variable SCHEDCTL_OUTPUT='yaml': expected table, wide, json or jsonl"
        );
        let file = parse_file(
            Path::new("/c.toml"),
            "[profiles.p]\n\noutput = \"yaml\"\n".into(),
        )
        .unwrap();
        assert_eq!(
            profile_layer(&file, "p").unwrap_err().message,
            "config file /c.toml, line 3: key `output`: invalid value 'yaml': expected table, wide, json or jsonl"
        );
    }
}
