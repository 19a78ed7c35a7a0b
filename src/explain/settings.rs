//! Every failure of the configuration and the credentials worded for people: the
//! certificate, its key and password, the configuration files, layers and values. The code
//! that detects a failure passes its data here and gets back the error with its hints.

use std::path::Path;

use crate::error::Error;

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
