//! One level of settings (flags, environment or a profile), how each is read, and how the
//! levels are merged by precedence.

use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;

use super::clouds::{environment_endpoint, CLOUD_NAMES, DEFAULT_ENDPOINT};
use super::file::LoadedFile;
use super::source::{Source, Sourced};
use super::values::{
    check_endpoint, check_path, expand_tilde, is_version_date, parse_duration, parse_output,
    redact_userinfo, shown,
};
use super::{CredentialSettings, Material, PasswordSource};
use crate::cli::{GlobalArgs, OutputFormat};
use crate::env::Environment;
use crate::error::{Error, Kind, Result};

/// One level of settings (flags, environment or profile), before resolution.
#[derive(Default)]
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

pub(super) fn env_layer(env: &dyn Environment) -> Result<Layer> {
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
            parse_duration(&v.value).map_err(|e| bad("SCHEDCTL_REQUEST_TIMEOUT", &v.value, e))?,
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

pub(super) fn profile_layer(file: &LoadedFile, name: &str) -> Result<Layer> {
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
            parse_duration(s.get_ref()).map_err(|e| bad(s, "request_timeout", e))?,
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
pub(super) fn validate_layer(layer: &Layer, kind: Kind) -> Result<()> {
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
                    CLOUD_NAMES.join(", ")
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

/// The scheduler cloud service Azure PowerShell creates for a region.
pub fn cloud_service_for_region(region: &str) -> String {
    let compact: String = region.chars().filter(|c| !c.is_whitespace()).collect();
    format!("CS-{compact}-scheduler")
}

pub(super) fn non_empty(env: &dyn Environment, name: &str) -> Option<String> {
    env.var(name)
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
}
