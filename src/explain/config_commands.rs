//! Failures of the config commands (`config show`, `use`, `set`, `unset`,
//! `import-publishsettings`) worded for people: what was not changed or not imported, and
//! why (SPEC §4, §6).

use std::fmt::Display;
use std::io;
use std::path::Path;

use crate::config::{io_reason, redact_userinfo};
use crate::error::{Error, Kind};
use crate::text::shown;

/// `config show`: the CA certificates setting names a file that cannot be read.
pub fn ca_unreadable(ca: &Path, source: impl Display, e: &io::Error) -> Error {
    Error::config(format!(
        "cannot read the CA certificates {} ({source}): {}",
        ca.display(),
        io_reason(e)
    ))
}

/// `config use PROFILE` with no config file at all.
pub fn use_without_file(path: &Path, profile: &str) -> Error {
    Error::config(format!(
        "the config file {} does not exist yet, so it has no profile {}",
        path.display(),
        shown(profile)
    ))
    .hint("`schedctl -p NAME config set KEY VALUE` or `schedctl config import-publishsettings FILE` creates it")
}

/// `config set KEY VALUE` with a value the key does not take.
pub fn set_invalid_value(key: &str, value: &str, why: impl Display, path: &Path) -> Error {
    Error::config(format!(
        "`{key}` was not set: invalid value {}: {why} ({} is unchanged)",
        shown(value),
        path.display()
    ))
}

/// `config unset` naming a profile when there is no config file.
pub fn unset_without_file(name: &str, source: impl Display, path: &Path) -> Error {
    Error::config(format!(
        "profile {} ({source}) is not in {}: the file does not exist yet",
        shown(name),
        path.display()
    ))
}

/// The config file does not parse as a document schedctl can edit.
pub fn not_editable(path: &Path, why: impl Display) -> Error {
    Error::config(format!(
        "cannot edit the config file {}: {why}",
        path.display()
    ))
}

/// `config set KEY`: the file's own checks refuse the edit; what they say, and that nothing
/// changed.
pub fn set_refused(e: Error, key: &str, path: &Path) -> Error {
    refused(e, &format!("`{key}` was not set"), path)
}

/// `config unset KEY`: the file's own checks refuse the edit.
pub fn unset_refused(e: Error, key: &str, path: &Path) -> Error {
    refused(e, &format!("`{key}` was not unset"), path)
}

/// An edit that the file's own checks refuse: what they say, and that nothing changed.
fn refused(mut e: Error, what: &str, path: &Path) -> Error {
    e.message = format!("{what}: {} ({} is unchanged)", e.message, path.display());
    e
}

/// The edited text would not read back: a bug, since every value was checked.
pub fn would_not_read_back(e: &Error) -> Error {
    Error::new(
        Kind::Internal,
        format!("the edited config file would not read back: {}", e.message),
    )
}

/// A profile that `config use` or `config unset` names but the file lacks; `names` are the
/// profiles it has.
pub fn missing_profile(path: &Path, profile: &str, names: &[String]) -> Error {
    Error::config(format!(
        "profile {} is not in {} ({})",
        shown(profile),
        path.display(),
        super::settings::available_profiles(names)
    ))
}

/// `--profile` or `SCHEDCTL_PROFILE` that cannot name a profile.
pub fn invalid_profile_name(name: &str, source: impl Display) -> Error {
    Error::usage(format!("invalid profile name {} ({source})", shown(name)))
}

/// `config set`/`unset` cannot tell which of several profiles to edit.
pub fn ambiguous_profile(path: &Path, names: &[String]) -> Error {
    Error::config(format!(
        "{} has several profiles ({}) and no default_profile",
        path.display(),
        names.join(", ")
    ))
    .hint("name one with --profile NAME, or make one the default with `schedctl config use NAME`")
}

/// What a config command writes, as its failures name it.
#[derive(Clone, Copy)]
pub enum Written {
    /// A folder it creates.
    Folder,
    /// The config file.
    ConfigFile,
    /// A certificate file of an import.
    Certificate,
}

impl Display for Written {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Written::Folder => "the folder",
            Written::ConfigFile => "the config file",
            Written::Certificate => "the certificate",
        })
    }
}

/// Writing `what` at `at` failed; nothing changed.
pub fn cannot_write(what: Written, at: &Path, e: &io::Error) -> Error {
    Error::config(format!(
        "cannot write {what} {}: {}; it was not changed",
        at.display(),
        io_reason(e)
    ))
}

/// The config file changed between reading and writing it.
pub fn changed_while_editing(path: &Path) -> Error {
    Error::config(format!(
        "the config file {} changed while schedctl was editing it; it was not changed",
        path.display()
    ))
    .hint("run the command again")
}

/// `import-publishsettings --name RAW` with nothing to make a profile name from.
pub fn unusable_prefix(raw: &str) -> Error {
    Error::usage(format!(
        "--name '{}' has no letters or digits to make a profile name from",
        raw.escape_debug()
    ))
}

/// The publishsettings file does not parse (`e` says how).
pub fn invalid_publishsettings(file: &Path, e: impl Display) -> Error {
    Error::config(format!("{} {e}", file.display()))
}

/// A subscription's management certificate that cannot be used.
pub fn bad_management_certificate(file: &Path, label: &str, why: impl Display) -> Error {
    Error::config(format!(
        "{}: the ManagementCertificate of {label} {why}",
        file.display()
    ))
}

/// A subscription's management URL that is not a usable endpoint.
pub fn bad_management_url(file: &Path, endpoint: &str, label: &str, why: impl Display) -> Error {
    Error::config(format!(
        "{}: the management URL '{}' of {label}: {why}",
        file.display(),
        redact_userinfo(endpoint)
    ))
}

/// The profile names the import would use clash (`why` says how).
pub fn names_clash(why: String) -> Error {
    Error::config(why).hint("choose a prefix with --name PREFIX")
}

/// What the import would replace, without `--force`.
pub fn would_replace(conflicts: &[String], path: &Path) -> Error {
    Error::config(format!(
        "nothing was imported: {} already exist{} in {}",
        conflicts.join(", "),
        if conflicts.len() == 1 { "s" } else { "" },
        path.display()
    ))
    .hint("add --force to replace them")
}

/// The import could not set up its Ctrl-C deferral.
pub fn cannot_prepare_import(e: &io::Error) -> Error {
    Error::config(format!(
        "cannot prepare the import: {}; nothing was imported",
        io_reason(e)
    ))
}

/// A Ctrl-C during the import: every change was undone.
pub fn import_interrupted() -> Error {
    Error::config("interrupted; nothing was imported")
}

/// The publishsettings file cannot be read.
pub fn publishsettings_unreadable(file: &Path, e: &io::Error) -> Error {
    Error::config(format!("cannot read {}: {}", file.display(), io_reason(e)))
}

/// The publishsettings path is not a file.
pub fn publishsettings_not_a_file(file: &Path) -> Error {
    Error::config(format!("{} is not a file", file.display()))
}

/// The publishsettings file is larger than any real one.
pub fn publishsettings_too_large(file: &Path, len: u64) -> Error {
    Error::config(format!(
        "{} is too large ({len} bytes) to be a publishsettings file",
        file.display()
    ))
}

/// Writing `what` at `path` during the import failed; every change was undone.
pub fn import_cannot_write(what: Written, path: &Path, e: &io::Error) -> Error {
    Error::config(format!(
        "cannot write {what} {}: {}; nothing was imported",
        path.display(),
        io_reason(e)
    ))
}

/// A certificate to replace is a folder.
pub fn certificate_is_folder(path: &Path) -> Error {
    Error::config(format!(
        "cannot write the certificate {}: it is a folder; nothing was imported",
        path.display()
    ))
}

/// The config file changed while importing.
pub fn changed_while_importing(path: &Path) -> Error {
    Error::config(format!(
        "the config file {} changed while importing; nothing was imported",
        path.display()
    ))
    .hint("run the import again")
}

/// Warning of `config path`: the file it names does not exist yet.
pub fn path_missing_warning(path: &Path, source: impl Display) -> String {
    format!(
        "the config file {} ({source}) does not exist yet; `schedctl config import-publishsettings FILE` or an editor creates it",
        path.display()
    )
}

/// Warning of `config profiles` without a config file.
pub fn no_profiles_warning(path: &Path) -> String {
    format!(
        "the config file {} does not exist yet, so it has no profiles",
        path.display()
    )
}

/// Warning of `config set` for a file setting whose file does not exist.
pub fn set_file_missing_warning(key: &str, read_at: &Path) -> String {
    format!(
        "`{key}` will be read from {}, which does not exist; a relative path is relative to the config file's folder (give an absolute path to mean another)",
        read_at.display()
    )
}

/// Warning of `config unset` without a config file.
pub fn unset_without_file_warning(key: &str, path: &Path) -> String {
    format!(
        "the config file {} does not exist, so `{key}` is not set; nothing to unset",
        path.display()
    )
}

/// Warning of `config unset` for a key the profile does not set.
pub fn unset_not_set_warning(profile: &str, key: &str, path: &Path) -> String {
    format!(
        "profile '{profile}' does not set `{key}`; nothing to unset ({} is unchanged)",
        path.display()
    )
}

/// Warning after an import: the publishsettings file still holds the private keys.
pub fn delete_publishsettings_warning(file: &Path, certs_dir: &Path) -> String {
    format!(
        "{} holds the unencrypted private key of every certificate it carries; delete it now that they are in {}",
        file.display(),
        certs_dir.display()
    )
}

/// Warning after an import: profiles without a cloud service (`unplaced`, at least one).
pub fn unplaced_profiles_warning(unplaced: &[&str]) -> String {
    let first = unplaced[0];
    let which = match unplaced {
        [_] => format!("profile '{first}' has"),
        more => format!("profiles '{}' have", more.join("', '")),
    };
    format!(
        "{which} no cloud service yet, so job and collection commands will fail; find it with `schedctl -p {first} cloud-service list`, then record it with `schedctl -p {first} config set cloud_service NAME`{}",
        if unplaced.len() > 1 { " (likewise for each profile)" } else { "" }
    )
}

/// Warning of an import into a certificate folder others may read.
pub fn certs_dir_open_warning(certs_dir: &Path, mode: u32) -> String {
    format!(
        "the folder {} holds private keys but has mode {mode:04o}; chmod 700 it",
        certs_dir.display()
    )
}
