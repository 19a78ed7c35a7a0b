//! The config file: reading it, its TOML form, line numbers, and choosing its profile.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::source::{Source, Sourced};
use super::values::io_reason;
use crate::cli::GlobalArgs;
use crate::env::{non_empty, Environment};
use crate::error::{Error, Result};
use crate::explain::settings as explain;

/// The config file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileConfig {
    pub(super) default_profile: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) profiles: BTreeMap<String, Spanned<FileProfile>>,
}

/// One `[profiles.NAME]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileProfile {
    pub(super) subscription_id: Option<Spanned<String>>,
    pub(super) cloud_service: Option<Spanned<String>>,
    pub(super) region: Option<Spanned<String>>,
    pub(super) certificate: Option<Spanned<String>>,
    pub(super) private_key: Option<Spanned<String>>,
    pub(super) password_file: Option<Spanned<String>>,
    pub(super) ca_certificate: Option<Spanned<String>>,
    pub(super) endpoint: Option<Spanned<String>>,
    pub(super) environment: Option<Spanned<String>>,
    pub(super) request_timeout: Option<Spanned<String>>,
    pub(super) retries: Option<Spanned<u32>>,
    pub(super) x_ms_version: Option<Spanned<String>>,
    pub(super) output: Option<Spanned<String>>,
}

/// The keys of a `[profiles.NAME]` table, in the order of [`FileProfile`].
pub const PROFILE_KEYS: &[&str] = &[
    "subscription_id",
    "cloud_service",
    "region",
    "certificate",
    "private_key",
    "password_file",
    "ca_certificate",
    "endpoint",
    "environment",
    "request_timeout",
    "retries",
    "x_ms_version",
    "output",
];

impl FileProfile {
    /// A setting by its key: its text (a number written out) and where it starts.
    pub(super) fn get(&self, key: &str) -> Option<(String, usize)> {
        let text =
            |s: &Option<Spanned<String>>| s.as_ref().map(|s| (s.get_ref().clone(), s.span().start));
        match key {
            "subscription_id" => text(&self.subscription_id),
            "cloud_service" => text(&self.cloud_service),
            "region" => text(&self.region),
            "certificate" => text(&self.certificate),
            "private_key" => text(&self.private_key),
            "password_file" => text(&self.password_file),
            "ca_certificate" => text(&self.ca_certificate),
            "endpoint" => text(&self.endpoint),
            "environment" => text(&self.environment),
            "request_timeout" => text(&self.request_timeout),
            "retries" => self
                .retries
                .as_ref()
                .map(|s| (s.get_ref().to_string(), s.span().start)),
            "x_ms_version" => text(&self.x_ms_version),
            "output" => text(&self.output),
            _ => None,
        }
    }
}

/// A config file that was read and parsed.
pub(super) struct LoadedFile {
    pub(super) path: PathBuf,
    pub(super) text: String,
    pub(super) config: FileConfig,
}

impl LoadedFile {
    pub(super) fn line_of(&self, offset: usize) -> usize {
        line_of(&self.text, offset)
    }

    pub(super) fn source<T>(&self, spanned: &Spanned<T>) -> Source {
        self.source_at(spanned.span().start)
    }

    /// The line of the file at byte `offset`.
    pub(super) fn source_at(&self, offset: usize) -> Source {
        Source::File {
            path: self.path.clone(),
            line: self.line_of(offset),
        }
    }

    pub(super) fn dir(&self) -> &Path {
        self.path.parent().unwrap_or(Path::new("."))
    }
}

/// Reads and parses the config file; a missing default file is not an error.
pub(super) fn load_file(path: &Sourced<PathBuf>) -> Result<Option<LoadedFile>> {
    let text = match std::fs::read(&path.value) {
        Ok(bytes) => {
            String::from_utf8(bytes).map_err(|_| explain::config_file_not_utf8(&path.value))?
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && path.source == Source::Default => {
            return Ok(None)
        }
        Err(e) => {
            return Err(explain::config_file_unreadable(
                &path.value,
                &path.source,
                &io_reason(&e),
            ))
        }
    };
    parse_file(&path.value, text).map(Some)
}

/// Parses a config file's text; `path` is only named in errors and anchors relative paths.
pub(super) fn parse_file(path: &Path, text: String) -> Result<LoadedFile> {
    let config: FileConfig = toml::from_str(&text).map_err(|e| toml_error(path, &text, &e))?;
    Ok(LoadedFile {
        path: path.to_path_buf(),
        text,
        config,
    })
}

/// Turns a TOML error into a message naming the file, the line and the key.
pub(super) fn toml_error(path: &Path, text: &str, error: &toml::de::Error) -> Error {
    let message = error.message().trim_end().to_string();
    let Some(span) = error.span() else {
        return explain::config_file_invalid(path, &message);
    };
    let line = line_of(text, span.start);
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    let key = line_text
        .split_once('=')
        .map(|(k, _)| k.trim().trim_matches('"').to_string())
        .filter(|k| !k.is_empty() && !k.starts_with('['));
    explain::config_file_invalid_at(path, line, key.as_deref(), &message)
}

pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

pub fn requested_profile(args: &GlobalArgs, env: &dyn Environment) -> Option<Sourced<String>> {
    if let Some(name) = &args.profile {
        return Some(Sourced::new(name.clone(), Source::Flag("--profile")));
    }
    non_empty(env, "SCHEDCTL_PROFILE")
        .map(|name| Sourced::new(name, Source::Env("SCHEDCTL_PROFILE")))
}

/// Picks the profile: flag, environment, `default_profile`, or the only one.
pub(super) fn select_profile(
    args: &GlobalArgs,
    env: &dyn Environment,
    file: &LoadedFile,
) -> Result<Option<Sourced<String>>> {
    let profiles = &file.config.profiles;
    let names = || profiles.keys().cloned().collect::<Vec<_>>();
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
                Err(explain::profile_not_in_file(
                    &name.value,
                    &name.source,
                    &file.path,
                    &names(),
                ))
            }
        }
        None => match profiles.len() {
            0 => Ok(None),
            1 => {
                let (name, table) = profiles.iter().next().expect("one profile");
                Ok(Some(Sourced::new(name.clone(), file.source(table))))
            }
            _ => Err(explain::profile_ambiguous(&file.path, &names())),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profile_keys_are_the_keys_a_profile_reads() {
        for key in PROFILE_KEYS {
            let value = if *key == "retries" { "3" } else { "\"x\"" };
            let text = format!("[profiles.p]\n{key} = {value}\n");
            let file = parse_file(Path::new("/c.toml"), text).expect(key);
            let profile = file.config.profiles["p"].get_ref();
            assert!(profile.get(key).is_some(), "{key}");
        }
        // serde names every field it expects: the list holds them all and no more.
        let Err(e) = parse_file(Path::new("/c.toml"), "[profiles.p]\nnope = 1\n".into()) else {
            panic!("an unknown key was accepted");
        };
        let expected = e.message.split("expected one of ").nth(1).unwrap_or("");
        let named: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        assert_eq!(named, PROFILE_KEYS, "{}", e.message);
    }

    #[test]
    fn line_numbers_are_one_based() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }
}
