//! Every failure of the configuration and the credentials worded for people: the
//! certificate, its key and password, the configuration files, layers and values. The code
//! that detects a failure passes its data here and gets back the error with its hints.

use std::path::Path;

use crate::config::source::Source;
use crate::error::{Error, Kind};
use crate::text::shown;

/// Hint for a certificate without its key.
const CERTIFICATE_WITHOUT_KEY_HINT: &str = "use the .pfx, or the PEM file with the certificate and its key (or give the key with --key, SCHEDCTL_PRIVATE_KEY or private_key)";

/// A DER certificate given with a separate private key. `cert`: the certificate with its
/// source.
pub(crate) fn der_certificate_with_separate_key(cert: &str) -> Error {
    Error::config(format!(
        "{cert} is a DER certificate; a separate private key goes with a PEM certificate"
    ))
    .hint("convert it: openssl x509 -inform DER -in FILE.cer -out FILE.pem")
}

/// A certificate without its private key, such as the `.cer` uploaded to the portal.
/// `cert`: the certificate with its source.
pub(crate) fn certificate_without_key(cert: &str) -> Error {
    Error::config(format!(
        "{cert} holds a certificate but no private key (like the .cer uploaded to the portal)"
    ))
    .hint(CERTIFICATE_WITHOUT_KEY_HINT)
}

/// Why a publishsettings certificate (PKCS#12 with the empty password) is not a PKCS#12
/// file; completes "the certificate …".
pub(crate) fn publishsettings_not_pkcs12() -> String {
    "is not a PKCS#12 file".to_string()
}

/// A publishsettings certificate with a password; completes "the certificate …".
pub(crate) fn publishsettings_pkcs12_with_password() -> String {
    "is protected by a password; publishsettings certificates have none".into()
}

/// A publishsettings certificate OpenSSL cannot read; completes "the certificate …".
pub(crate) fn publishsettings_pkcs12_unreadable(reason: &str) -> String {
    format!("cannot be read as PKCS#12: {reason}")
}

/// A publishsettings certificate without its key; completes "the certificate …".
pub(crate) fn publishsettings_pkcs12_incomplete() -> String {
    "must hold both a certificate and its private key".into()
}

/// A certificate or key file that cannot be read. `what`: "certificate", "private key";
/// `source`: where its path was set; `reason`: the I/O reason.
pub(crate) fn material_unreadable(
    what: &str,
    path: &Path,
    source: impl std::fmt::Display,
    reason: &str,
) -> Error {
    Error::config(format!(
        "cannot read the {what} {} ({source}): {reason}",
        path.display()
    ))
}

/// A PEM certificate OpenSSL refuses. `cert`: the certificate with its source.
pub(crate) fn invalid_pem_certificate(cert: &str, reason: &str) -> Error {
    Error::config(format!("{cert} is not a valid PEM certificate: {reason}"))
}

/// A PEM file without any certificate. `cert`: the file with its source.
pub(crate) fn no_certificate(cert: &str) -> Error {
    Error::config(format!("{cert} holds no certificate"))
}

/// A key file without a PEM private key. `key`: the file with its source.
pub(crate) fn no_pem_private_key(key: &str) -> Error {
    Error::config(format!("{key} holds no PEM private key"))
}

/// The certificate's public key cannot be read.
pub(crate) fn certificate_public_key_unreadable(reason: impl std::fmt::Display) -> Error {
    Error::config(format!(
        "cannot read the certificate's public key: {reason}"
    ))
}

/// A private key that does not belong to the certificate.
pub(crate) fn key_does_not_match(key: &str, cert: &str) -> Error {
    Error::config(format!(
        "the private key in {key} does not belong to the certificate in {cert}"
    ))
}

/// An unencrypted private key OpenSSL cannot read.
pub(crate) fn private_key_unreadable(file: &str, reason: &str) -> Error {
    Error::config(format!("cannot read the private key in {file}: {reason}"))
        .hint("supported keys: PKCS#8, PKCS#1 (RSA), SEC1 (EC), encrypted PKCS#8")
}

/// A file that is neither PEM nor PKCS#12. `file`: the file with its source.
pub(crate) fn neither_pem_nor_pkcs12(file: &str) -> Error {
    Error::config(format!(
        "{file} is neither a PEM file nor a PKCS#12 (.pfx) file"
    ))
}

/// A PKCS#12 file OpenSSL cannot read.
pub(crate) fn pkcs12_unreadable(file: &str, reason: &str) -> Error {
    Error::config(format!("cannot read the PKCS#12 file {file}: {reason}"))
}

/// A PKCS#12 file without its certificate or key.
pub(crate) fn pkcs12_incomplete(file: &str) -> Error {
    Error::config(format!(
        "the PKCS#12 file {file} must hold both a certificate and its private key"
    ))
}

/// A wrong password for a key or PKCS#12 file. `origin`: where the password came from.
pub(crate) fn wrong_password(file: &str, origin: &str) -> Error {
    Error::config(format!("wrong password for {file} (from {origin})"))
}

/// Where a password from the environment comes from, for [`wrong_password`].
pub(crate) fn password_origin_env() -> String {
    "env SCHEDCTL_CERT_PASSWORD".to_string()
}

/// Where a password from a file comes from, for [`wrong_password`].
pub(crate) fn password_origin_file(path: &Path) -> String {
    format!("password_file {}", path.display())
}

/// Where a typed password comes from, for [`wrong_password`].
pub(crate) const PASSWORD_ORIGIN_PROMPT: &str = "the prompt";

/// The password file cannot be read.
pub(crate) fn password_file_unreadable(path: &Path, reason: &str) -> Error {
    Error::config(format!(
        "cannot read the password file {}: {reason}",
        path.display()
    ))
}

/// An encrypted key or PKCS#12 without a password, and no terminal to ask on.
pub(crate) fn password_missing(file: &str) -> Error {
    Error::config(format!("{file} needs a password and none is set"))
        .hint("set SCHEDCTL_CERT_PASSWORD, or password_file in the profile (a file holding only the password, mode 600)")
}

/// The prompt for a password. `file` is outside text: made safe here.
pub(crate) fn password_prompt(file: &str) -> String {
    format!("Password for {}: ", crate::text::safe(file))
}

/// The typed password cannot be read.
pub(crate) fn password_unreadable(reason: impl std::fmt::Display) -> Error {
    Error::config(format!("cannot read the password: {reason}"))
}

/// A password with a NUL character.
pub(crate) fn password_with_nul() -> Error {
    Error::config("the certificate password contains a NUL character")
}

/// A secret file too open. `what`: "a private key", "a password file"; `source`: where
/// its path was set; `quoted`: the path quoted for the shell.
pub(crate) fn key_too_open(
    path: &Path,
    mode: u32,
    source: impl std::fmt::Display,
    what: &str,
    quoted: &str,
) -> Error {
    Error::config(format!(
        "permissions {mode:04o} for {} ({source}) are too open: {what} must not be accessible by group or others",
        path.display()
    ))
    .hint(format!("chmod 600 {quoted}"))
}

/// The permissions of a secret file cannot be checked.
pub(crate) fn permissions_unchecked(path: &Path, reason: &str) -> Error {
    Error::config(format!("cannot check {}: {reason}", path.display()))
}

/// An expired certificate. `file`: the certificate; `subject`: `CN=…`; `date`: RFC 3339.
pub(crate) fn certificate_expired(file: &str, subject: &str, date: &str) -> Error {
    Error::config(format!(
        "the certificate {file} ({subject}) expired on {date}"
    ))
    .hint("create a new management certificate and upload it to the subscription")
}

/// The warning for a certificate that expires soon.
pub(crate) fn certificate_expires_soon(file: &str, subject: &str, date: &str) -> String {
    format!("the certificate {file} ({subject}) expires on {date}")
}

/// A certificate not valid yet.
pub(crate) fn certificate_not_yet_valid(file: &str, subject: &str, date: &str) -> Error {
    Error::config(format!(
        "the certificate {file} ({subject}) is not valid until {date}"
    ))
}

/// A required setting missing after resolution reported no problem: a bug.
pub(crate) fn required_setting_unrecorded() -> Error {
    Error::new(
        Kind::Internal,
        "a required setting is missing but no problem was recorded",
    )
}

/// A profile requested by flag or environment with no config file. `name` is outside text:
/// shown here.
pub(crate) fn profile_without_config_file(
    name: &str,
    source: impl std::fmt::Display,
    config: &Path,
) -> Error {
    Error::config(format!(
        "profile {} ({source}) was requested, but there is no config file at {}",
        shown(name),
        config.display()
    ))
    .hint("create the file, or give the settings as flags or environment variables")
}

/// A required setting that is set nowhere. `what`: "subscription id"; `flag`, `env`,
/// `key`: where it can be set; `profile`, `file`: the profile and config file in use.
pub(crate) fn setting_missing(
    what: &str,
    flag: &str,
    env: &str,
    key: &str,
    profile: Option<&str>,
    file: Option<&Path>,
) -> Error {
    let place = match (profile, file) {
        (Some(profile), Some(file)) => {
            format!("`{key}` in profile '{profile}' of {}", file.display())
        }
        (None, Some(file)) => format!("`{key}` in a profile of {}", file.display()),
        _ => format!("`{key}` in a profile of the config file"),
    };
    let in_use = match (profile, file) {
        (Some(profile), Some(file)) => format!(" (profile '{profile}' of {})", file.display()),
        (None, Some(file)) => format!(" (config file {}, no profile)", file.display()),
        _ => " (no config file)".to_string(),
    };
    let command = match profile {
        Some(profile) => {
            format!("`schedctl -p {profile} config set {key} VALUE` writes it to the profile")
        }
        None => {
            format!("`schedctl config set {key} VALUE` writes it to a new profile 'default'")
        }
    };
    Error::config(format!("no {what} is set{in_use}"))
        .hint(format!(
            "set it with {flag}, the environment variable {env}, or {place}"
        ))
        .hint(command)
}

/// The hint a missing cloud service adds to [`setting_missing`].
pub(crate) fn cloud_service_missing(error: Error) -> Error {
    error.hint("or give the region: --region, SCHEDCTL_REGION or region (e.g. \"West US\" gives CS-WestUS-scheduler)")
}

/// A key `config set` or `config unset` does not know. `closest`: a profile key near it;
/// `keys`: every profile key.
pub(crate) fn unknown_profile_key(
    key: &str,
    is_default_profile: bool,
    closest: Option<&str>,
    keys: &[&str],
) -> Error {
    let error = Error::config(format!("unknown key {} for a profile", shown(key)));
    let error = if is_default_profile {
        error.hint("`schedctl config use PROFILE` sets default_profile")
    } else {
        match closest {
            Some(k) => error.hint(format!("did you mean '{k}'?")),
            None => error,
        }
    };
    error.hint(format!("a profile's keys are: {}", keys.join(", ")))
}

/// Neither XDG_CONFIG_HOME nor HOME is set.
pub(crate) fn no_config_directory() -> Error {
    Error::config("cannot find the config directory: neither XDG_CONFIG_HOME nor HOME is set")
        .hint("give the config file with --config or SCHEDCTL_CONFIG")
}

/// A config file that is not UTF-8.
pub(crate) fn config_file_not_utf8(path: &Path) -> Error {
    Error::config(format!("config file {} is not valid UTF-8", path.display()))
}

/// A config file that cannot be read. `source`: where its path was set.
pub(crate) fn config_file_unreadable(
    path: &Path,
    source: impl std::fmt::Display,
    reason: &str,
) -> Error {
    Error::config(format!(
        "cannot read config file {} ({source}): {reason}",
        path.display()
    ))
}

/// A config file TOML refuses, at no particular place. `message`: TOML's.
pub(crate) fn config_file_invalid(path: &Path, message: &str) -> Error {
    Error::config(format!("config file {}: {message}", path.display()))
}

/// A config file TOML refuses at a line. `key`: the key on that line, named unless TOML's
/// `message` already names it.
pub(crate) fn config_file_invalid_at(
    path: &Path,
    line: usize,
    key: Option<&str>,
    message: &str,
) -> Error {
    let message = match key {
        Some(key) if !message.contains(&format!("`{key}`")) => format!("key `{key}`: {message}"),
        _ => message.to_string(),
    };
    Error::config(format!(
        "config file {}, line {line}: {message}",
        path.display()
    ))
}

/// A requested profile that the config file does not have. `name` is outside text: shown
/// here; `profiles`: the file's profiles.
pub(crate) fn profile_not_in_file(
    name: &str,
    source: impl std::fmt::Display,
    path: &Path,
    profiles: &[String],
) -> Error {
    Error::config(format!(
        "profile {} ({source}) is not in {} ({})",
        shown(name),
        path.display(),
        available_profiles(profiles)
    ))
}

/// What a config file offers instead of a missing profile: `profiles: a, b`, or that it has
/// none.
pub(crate) fn available_profiles(names: &[String]) -> String {
    if names.is_empty() {
        "it has no profiles".to_string()
    } else {
        format!("profiles: {}", names.join(", "))
    }
}

/// Several profiles and nothing to choose one.
pub(crate) fn profile_ambiguous(path: &Path, profiles: &[String]) -> Error {
    Error::config(format!(
        "{} has several profiles ({}) and no default_profile",
        path.display(),
        profiles.join(", ")
    ))
    .hint("choose one with --profile NAME or SCHEDCTL_PROFILE, or set default_profile in the file")
}

/// A value from the environment or a profile that does not parse, worded for where it was
/// set. `file_key`: the setting's key in a profile; `value` is outside text: shown here.
pub(crate) fn invalid_setting(file_key: &str, value: &str, source: &Source, why: &str) -> Error {
    let shown = shown(value);
    Error::config(match source {
        Source::File { path, line } => format!(
            "config file {}, line {line}: key `{file_key}`: invalid value {shown}: {why}",
            path.display()
        ),
        Source::Env(name) => format!("environment variable {name}={shown}: {why}"),
        // Flags never come here: clap parses them.
        other => format!("{other}: invalid value {shown}: {why}"),
    })
}

/// An endpoint that is not one. `kind`: usage for a flag, config otherwise; `endpoint`:
/// with its user information already redacted, shown here.
pub(crate) fn invalid_endpoint(
    kind: Kind,
    endpoint: &str,
    source: impl std::fmt::Display,
    why: &str,
) -> Error {
    Error::new(
        kind,
        format!("endpoint {} ({source}): {why}", shown(endpoint)),
    )
}

/// An environment (cloud) name that is not known. `names`: the known ones.
pub(crate) fn unknown_environment(
    kind: Kind,
    name: &str,
    source: impl std::fmt::Display,
    names: &[&str],
) -> Error {
    Error::new(
        kind,
        format!(
            "unknown environment {} ({source}); expected one of: {}",
            shown(name),
            names.join(", ")
        ),
    )
}

/// An empty name, or one with a control character.
pub(crate) fn invalid_name(kind: Kind, value: &str, source: impl std::fmt::Display) -> Error {
    Error::new(kind, format!("invalid value {} ({source})", shown(value)))
}

/// A value that might be a secret where a file path belongs; the value is never shown.
/// `setting`: the flag, variable or key; `pem`: whether it holds PEM text.
pub(crate) fn not_a_path(setting: &str, source: &Source, pem: bool) -> Error {
    let held = if pem {
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
    Error::config(format!(
        "{name} {held} where a file path belongs (the value is not shown)"
    ))
    .hint(hint)
}

// A `.publishsettings` file that cannot be read: each reason completes "FILE …".

/// Not UTF-8.
pub(crate) fn publishsettings_not_utf8() -> String {
    "is not a publishsettings file: it is not UTF-8 text, so not XML".into()
}

/// Empty.
pub(crate) fn publishsettings_empty() -> String {
    "is empty; expected a publishsettings XML file".into()
}

/// Without any subscription.
pub(crate) fn publishsettings_no_subscriptions() -> String {
    "holds no subscriptions (no <Subscription> element with an Id)".into()
}

/// One subscription listed twice.
pub(crate) fn publishsettings_duplicate(id: &str) -> String {
    format!("lists subscription {id} twice")
}

/// XML the reader refuses at byte `at`.
pub(crate) fn publishsettings_invalid_xml_at(at: u64, e: impl std::fmt::Display) -> String {
    format!("is not valid XML (at byte {at}): {e}")
}

/// XML the reader refuses.
pub(crate) fn publishsettings_invalid_xml(e: impl std::fmt::Display) -> String {
    format!("is not valid XML: {e}")
}

/// An attribute the reader cannot unescape.
pub(crate) fn publishsettings_invalid_attribute(name: &str, e: impl std::fmt::Display) -> String {
    format!("is not valid XML: attribute {name}: {e}")
}

/// Text outside any element.
pub(crate) fn publishsettings_text_outside() -> String {
    "is not XML: it has text outside any element".into()
}

/// More than one root element.
pub(crate) fn publishsettings_several_roots() -> String {
    "is not valid XML: it has more than one root element".into()
}

/// No root element.
pub(crate) fn publishsettings_no_root() -> String {
    "is not XML: it has no root element".into()
}

/// A root element other than `<PublishData>`.
pub(crate) fn publishsettings_wrong_root(name: &str) -> String {
    format!("is not a publishsettings file: its root element is <{name}>, not <PublishData>")
}

/// A schema version schedctl does not read.
pub(crate) fn publishsettings_schema(schema: &str) -> String {
    format!("has SchemaVersion \"{schema}\"; schedctl reads schema 1.0 and 2.0")
}

/// Subscription number `index` without an Id.
pub(crate) fn publishsettings_no_id(index: usize) -> String {
    format!("lists subscription #{index} without an Id")
}

/// Subscription number `index` with an Id that is not one.
pub(crate) fn publishsettings_bad_id(index: usize, id: &str) -> String {
    format!(
        "lists subscription #{index} with the Id \"{}\", which is not a subscription id (letters, digits and '-' only)",
        id.escape_debug()
    )
}

/// How messages name a subscription: `'Name' (id)`, or just the id.
pub(crate) fn subscription_label(name: &str, id: &str) -> String {
    if name.trim().is_empty() {
        format!("subscription {id}")
    } else {
        format!("subscription '{name}' ({id})")
    }
}

/// A subscription without a certificate. `label`: from [`subscription_label`].
pub(crate) fn publishsettings_no_certificate(label: &str) -> String {
    format!("lists {label} without a ManagementCertificate")
}

/// A subscription with an empty certificate.
pub(crate) fn publishsettings_empty_certificate(label: &str) -> String {
    format!("lists {label} with an empty ManagementCertificate")
}

/// A subscription whose certificate is not base64.
pub(crate) fn publishsettings_certificate_not_base64(
    label: &str,
    e: impl std::fmt::Display,
) -> String {
    format!("lists {label} with a ManagementCertificate that is not valid base64 ({e})")
}

// Why a value or an edit is refused: each reason completes "invalid value …: ".

/// A retry count that is not a whole number.
pub(crate) fn not_a_whole_number() -> String {
    "expected a whole number such as 3".to_string()
}

/// A config file whose `profiles` are not `[profiles.NAME]` tables.
pub(crate) fn profiles_not_tables() -> String {
    "`profiles` is not written as [profiles.NAME] tables, which schedctl cannot edit".to_string()
}

/// Both names an imported subscription may take are taken.
pub(crate) fn profile_names_taken(preferred: &str, longer: &str, id: &str) -> String {
    format!("the profile names '{preferred}' and '{longer}' for subscription {id} are both taken")
}

/// A version date that is not one.
pub(crate) fn not_a_version_date() -> String {
    "expected a date such as 2013-06-01".to_string()
}

/// An output format that is not one.
pub(crate) fn not_an_output_format() -> String {
    "expected table, wide, json or jsonl".into()
}

/// An endpoint with user information.
pub(crate) fn endpoint_with_userinfo() -> String {
    "the URL holds user information (user:password@), which is never sent; remove it".into()
}

/// An endpoint that is not a URL.
pub(crate) fn endpoint_not_a_url() -> String {
    "not a valid URL".to_string()
}

/// An endpoint that is not https.
pub(crate) fn endpoint_not_https() -> String {
    "only https:// endpoints are supported".into()
}

/// An endpoint without a host.
pub(crate) fn endpoint_without_host() -> String {
    "the URL has no host".into()
}

/// An endpoint with a query.
pub(crate) fn endpoint_with_query() -> String {
    "the URL must not have a query".into()
}

/// A duration humantime refuses.
pub(crate) fn duration_unreadable(e: impl std::fmt::Display) -> String {
    format!("{e} (expected e.g. 30s, 5m, 1h30m)")
}

/// A zero duration.
pub(crate) fn duration_zero() -> String {
    "must be greater than zero".to_string()
}

/// A duration beyond the longest accepted.
pub(crate) fn duration_too_long() -> String {
    "must be at most 30 days (30d)".to_string()
}

/// How messages name PEM text held in environment variable `name` (never the text).
pub(crate) fn pem_text_in(name: &str) -> String {
    format!("the PEM text in {name}")
}

/// How messages name PEM text from another source (never the text).
pub(crate) fn pem_text_from(source: impl std::fmt::Display) -> String {
    format!("the PEM text from {source}")
}

/// The reason for an OpenSSL failure that gives none.
pub(crate) fn openssl_no_reason() -> String {
    "unrecognised format".to_string()
}

/// The reason for a missing file.
pub(crate) fn io_no_such_file() -> String {
    "no such file".to_string()
}

/// The reason for a file that may not be read.
pub(crate) fn io_permission_denied() -> String {
    "permission denied".to_string()
}
