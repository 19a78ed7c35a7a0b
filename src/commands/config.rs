//! `schedctl config …`: where the config file is, what is in it, what schedctl would use and
//! why, and onboarding from a portal `.publishsettings` file.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::config::{self, Inspection, Material, PasswordSource, Sourced};
use crate::config_edit::{self, ConfigDocument, ProfileValues};
use crate::credentials::{self, Identity};
use crate::env::ProcessEnv;
use crate::error::{warn, Error, Result};
use crate::explain::config_commands::{self as words, Written};
use crate::output::settings::{self, CertificateState, SettingRow, SettingsReport};
use crate::text::safe;
use crate::{platform, publishsettings};

/// A publishsettings file larger than this is not one (they hold a few kilobytes).
const MAX_PUBLISHSETTINGS_BYTES: u64 = 16 * 1024 * 1024;

/// `config path`: the config file in use, and nothing else, on stdout.
pub fn path(global: &GlobalArgs) -> Result<()> {
    let path = config::config_path(global, &ProcessEnv)?;
    if !path.value.exists() {
        warn(
            global.quiet,
            &words::path_missing_warning(&path.value, &path.source),
        );
    }
    // Only the flag asks for JSON here: SCHEDCTL_OUTPUT=json must not break
    // `$EDITOR "$(schedctl config path)"`.
    if let Some(format @ (OutputFormat::Json | OutputFormat::Jsonl)) = global.output {
        let value = serde_json::json!({
            "path": path.value.display().to_string(),
            "source": path.source.to_string(),
            "exists": path.value.exists(),
        });
        return super::emit(Ok(match format {
            OutputFormat::Jsonl => crate::output::json::line(&value),
            _ => crate::output::json::pretty(&value),
        }));
    }
    let line = format!("{}\n", path.value.display());
    super::emit(Ok(line))
}

/// `config profiles`: names one per line, the one in use marked `* ` like `git branch`; with
/// `-o json` an array of `{"name", "default", "current"}`.
pub fn profiles(global: &GlobalArgs) -> Result<()> {
    let format = config::listing_format(global, &ProcessEnv)?;
    let list = config::profiles(global, &ProcessEnv)?;
    if !list.exists {
        warn(
            global.quiet,
            &words::no_profiles_warning(&list.config_file.value),
        );
    }
    if matches!(format, OutputFormat::Json | OutputFormat::Jsonl) {
        let items: Vec<Value> = list
            .names
            .iter()
            .map(|name| {
                serde_json::json!({
                    "name": name,
                    "default": list.default.as_deref() == Some(name.as_str()),
                    "current": list.current.as_deref() == Some(name.as_str()),
                })
            })
            .collect();
        if format == OutputFormat::Jsonl {
            return super::emit(Ok(items.iter().map(crate::output::json::line).collect()));
        }
        return super::emit(Ok(crate::output::json::pretty(&Value::Array(items))));
    }
    let mut text = String::new();
    for name in &list.names {
        let mark = if list.current.as_deref() == Some(name.as_str()) {
            "* "
        } else {
            "  "
        };
        text.push_str(&format!("{mark}{}\n", safe(name)));
    }
    super::emit(Ok(text))
}

/// `config show`: every setting with its source, and the certificate; exit 7 when the
/// settings would not work.
pub fn show(global: &GlobalArgs) -> Result<()> {
    let env = ProcessEnv;
    let mut inspection = config::inspect(global, &env)?;
    let certificate = inspect_certificate(&mut inspection, global.quiet);
    if let Some(ca) = &inspection.ca_certificate {
        if let Err(e) = std::fs::metadata(&ca.value).and_then(|m| {
            if m.is_file() {
                Ok(())
            } else {
                Err(std::io::Error::other("not a file"))
            }
        }) {
            inspection
                .problems
                .push(words::ca_unreadable(&ca.value, &ca.source, &e));
        }
    }
    let report = report(&inspection, certificate);
    let text = match inspection.output.value {
        OutputFormat::Json => settings::json(&report),
        OutputFormat::Jsonl => crate::output::json::line(&settings::value(&report)),
        OutputFormat::Table => settings::table(&report, super::table_width(&env)),
        OutputFormat::Wide => settings::table(&report, None),
    };
    super::emit(Ok(text))?;
    let mut problems = inspection.problems;
    let Some(last) = problems.pop() else {
        return Ok(());
    };
    // Every problem is reported; the last one decides the exit status (always 7 here).
    for problem in &problems {
        eprint!("{}", problem.render());
    }
    Err(last)
}

/// Loads the certificate for display; what is wrong goes into the inspection's problems.
fn inspect_certificate(inspection: &mut Inspection, quiet: bool) -> CertificateState {
    let Some(credentials) = &inspection.credentials else {
        return CertificateState::Unset;
    };
    let identity: Identity = match credentials::load_unchecked(credentials) {
        Ok(identity) => identity,
        Err(e) => {
            inspection.problems.push(e);
            return CertificateState::Unreadable;
        }
    };
    let invalid = match credentials::check_dates(credentials, &identity, quiet) {
        Ok(()) => false,
        Err(e) => {
            inspection.problems.push(e);
            true
        }
    };
    let (not_before, not_after) = credentials::validity(&identity);
    CertificateState::Loaded {
        subject: identity.subject(),
        thumbprint: identity.thumbprint(),
        not_before,
        not_after,
        invalid,
    }
}

/// Turns the resolved settings into rows keyed like the config file.
fn report(inspection: &Inspection, certificate: CertificateState) -> SettingsReport {
    fn row<T>(key: &'static str, setting: &Sourced<T>, show: impl Fn(&T) -> Value) -> SettingRow {
        SettingRow {
            key,
            value: Some(show(&setting.value)),
            source: Some(setting.source.to_string()),
        }
    }
    let text = |v: &String| Value::String(v.clone());
    let path = |v: &PathBuf| Value::String(v.display().to_string());
    // PEM text from the environment is a secret: only that it is there is shown.
    let material = |v: &Material| match v {
        Material::File(p) => path(p),
        Material::Pem(_) => Value::String("<PEM text>".into()),
    };
    let required = |key: &'static str, setting: &Option<Sourced<String>>| match setting {
        Some(s) => row(key, s, text),
        None => SettingRow {
            key,
            value: None,
            source: None,
        },
    };
    let mut rows = vec![required("subscription_id", &inspection.subscription_id)];
    rows.push(required("cloud_service", &inspection.cloud_service));
    if let Some(region) = &inspection.region {
        rows.push(row("region", region, text));
    }
    match &inspection.credentials {
        Some(c) => {
            rows.push(row("certificate", &c.certificate, material));
            if let Some(key) = &c.private_key {
                rows.push(row("private_key", key, material));
            }
            match &c.password {
                // Only that a password is set, never the password.
                PasswordSource::Env(_) => rows.push(SettingRow {
                    key: "password",
                    value: Some(Value::String("<set>".into())),
                    source: Some("env SCHEDCTL_CERT_PASSWORD".into()),
                }),
                PasswordSource::File(_) | PasswordSource::Unset => {}
            }
            if let Some(file) = &c.password_file {
                rows.push(row("password_file", file, path));
            }
        }
        None => rows.push(SettingRow {
            key: "certificate",
            value: None,
            source: None,
        }),
    }
    if let Some(ca) = &inspection.ca_certificate {
        rows.push(row("ca_certificate", ca, path));
    }
    rows.push(row("endpoint", &inspection.endpoint, text));
    if let Some(environment) = &inspection.environment {
        rows.push(row("environment", environment, text));
    }
    rows.push(row("request_timeout", &inspection.request_timeout, |d| {
        Value::String(humantime::format_duration(*d).to_string())
    }));
    rows.push(row("retries", &inspection.retries, |r| Value::from(*r)));
    rows.push(row("x_ms_version", &inspection.x_ms_version, text));
    rows.push(row("output", &inspection.output, |o| {
        Value::String(o.name().into())
    }));
    SettingsReport {
        config_file: inspection.config_file.value.display().to_string(),
        config_exists: inspection.config_exists,
        profile: inspection
            .profile
            .as_ref()
            .map(|p| (p.value.clone(), p.source.to_string())),
        settings: rows,
        certificate,
    }
}

/// `config use PROFILE`: sets `default_profile`; a profile the file lacks is exit 7.
pub fn use_profile(global: &GlobalArgs, profile: &str) -> Result<()> {
    let config_path = config::config_path(global, &ProcessEnv)?;
    let path = &config_path.value;
    let Some(old_text) = config::read_for_edit(&config_path)? else {
        return Err(words::use_without_file(path, profile));
    };
    let mut document = editable(path, &old_text)?;
    if !document.has_profile(profile) {
        return Err(missing_profile(path, profile, &document));
    }
    document.set_default_profile(profile);
    let new_text = document.render();
    config::check_text(path, &new_text).map_err(|e| words::would_not_read_back(&e))?;
    save(path, Some(&old_text), &new_text)?;
    confirm(
        global.quiet,
        &format!(
            "the default profile is now '{}' ({})",
            safe(profile),
            safe(&path.display().to_string())
        ),
    );
    Ok(())
}

/// `config set KEY VALUE`: one key of the profile in use, checked as the file is read.
pub fn set(global: &GlobalArgs, key: &str, value: &str) -> Result<()> {
    config::check_profile_key(key)?;
    let env = ProcessEnv;
    let config_path = config::config_path(global, &env)?;
    let path = &config_path.value;
    let old_text = config::read_for_edit(&config_path)?;
    let mut document = editable(path, old_text.as_deref().unwrap_or(""))?;
    let profile = profile_to_edit(global, &env, &document, path)?;
    let typed = config_edit::typed_value(key, value)
        .map_err(|why| words::set_invalid_value(key, value, why, path))?;
    let created = !document.has_profile(&profile);
    document.set_key(&profile, key, typed);
    // A profile that is alone in a file without default_profile becomes the default, as in
    // the import: adding a second profile later then keeps working.
    let made_default = created && !document.has_default_profile() && document.profiles().len() == 1;
    if made_default {
        document.set_default_profile(&profile);
    }
    let new_text = document.render();
    config::check_profile_text(path, &new_text, &profile)
        .map_err(|e| words::set_refused(e, key, path))?;
    save(path, old_text.as_deref(), &new_text)?;
    let shown_value = if crate::text::might_be_secret(value) {
        "(value not shown)".to_string()
    } else if key == "retries" {
        value.trim().to_string()
    } else {
        format!("\"{}\"", safe(value))
    };
    let place = match (created, made_default) {
        (false, _) => format!("profile '{}'", safe(&profile)),
        (true, false) => format!("new profile '{}'", safe(&profile)),
        (true, true) => format!("new profile '{}', now the default", safe(&profile)),
    };
    confirm(
        global.quiet,
        &format!(
            "set {key} = {shown_value} in {place} ({})",
            safe(&path.display().to_string())
        ),
    );
    // A relative path is read relative to the config file's folder, not to where the
    // command ran: say so when nothing is there, before a job command fails on it.
    if PATH_KEYS.contains(&key) && !crate::text::might_be_secret(value) {
        let written = config::expand_tilde(Path::new(value));
        let read_at = if written.is_relative() {
            folder_of(path).join(&written)
        } else {
            written
        };
        if !read_at.exists() {
            warn(
                global.quiet,
                &words::set_file_missing_warning(key, &read_at),
            );
        }
    }
    Ok(())
}

/// The profile keys that name files.
const PATH_KEYS: &[&str] = &[
    "certificate",
    "private_key",
    "password_file",
    "ca_certificate",
];

/// `config unset KEY`: removes one key of the profile in use. A key that is not set is a
/// warning, not an error: the profile ends as asked, and the file is left alone.
pub fn unset(global: &GlobalArgs, key: &str) -> Result<()> {
    config::check_profile_key(key)?;
    let env = ProcessEnv;
    let config_path = config::config_path(global, &env)?;
    let path = &config_path.value;
    let Some(old_text) = config::read_for_edit(&config_path)? else {
        if let Some(name) = config::requested_profile(global, &env) {
            return Err(words::unset_without_file(&name.value, &name.source, path));
        }
        warn(global.quiet, &words::unset_without_file_warning(key, path));
        return Ok(());
    };
    let mut document = editable(path, &old_text)?;
    let profile = profile_to_edit(global, &env, &document, path)?;
    if !document.has_profile(&profile) {
        return Err(missing_profile(path, &profile, &document));
    }
    if !document.unset_key(&profile, key) {
        warn(
            global.quiet,
            &words::unset_not_set_warning(&profile, key, path),
        );
        return Ok(());
    }
    let new_text = document.render();
    config::check_profile_text(path, &new_text, &profile)
        .map_err(|e| words::unset_refused(e, key, path))?;
    save(path, Some(&old_text), &new_text)?;
    confirm(
        global.quiet,
        &format!(
            "unset {key} in profile '{}' ({})",
            safe(&profile),
            safe(&path.display().to_string())
        ),
    );
    Ok(())
}

/// The confirmation of an edit: one line on stderr (stdout stays empty), silenced by `-q`.
fn confirm(quiet: bool, line: &str) {
    if !quiet {
        eprintln!("{}", safe(line));
    }
}

/// The config file's text as a document to edit.
fn editable(path: &Path, text: &str) -> Result<ConfigDocument> {
    ConfigDocument::parse(text).map_err(|why| words::not_editable(path, why))
}

/// A profile that `config use` or `config unset` names but the file lacks.
fn missing_profile(path: &Path, profile: &str, document: &ConfigDocument) -> Error {
    let names: Vec<String> = document.profiles().into_iter().map(|p| p.name).collect();
    words::missing_profile(path, profile, &names)
}

/// The profile that `config set`/`unset` edit: `--profile` or `SCHEDCTL_PROFILE`, else
/// `default_profile`, else the only profile, else (no profile at all) `default`.
fn profile_to_edit(
    global: &GlobalArgs,
    env: &ProcessEnv,
    document: &ConfigDocument,
    path: &Path,
) -> Result<String> {
    if let Some(name) = config::requested_profile(global, env) {
        if name.value.trim().is_empty() || name.value.chars().any(crate::text::is_unsafe) {
            return Err(words::invalid_profile_name(&name.value, &name.source));
        }
        return Ok(name.value);
    }
    if let Some(name) = document.default_profile() {
        return Ok(name.to_string());
    }
    let names: Vec<String> = document.profiles().into_iter().map(|p| p.name).collect();
    match names.as_slice() {
        [] => Ok("default".to_string()),
        [only] => Ok(only.clone()),
        _ => Err(words::ambiguous_profile(path, &names)),
    }
}

/// Writes the edited config file: atomically, keeping the mode of an existing file; a new
/// one is 0600, in folders created 0700. Refuses when the file changed since it was read.
fn save(path: &Path, old_text: Option<&str>, new_text: &str) -> Result<()> {
    if old_text == Some(new_text) {
        return Ok(());
    }
    let cannot = words::cannot_write;
    let unchanged = match old_text {
        None => std::fs::symlink_metadata(path).is_err(),
        Some(old) => std::fs::read(path).is_ok_and(|now| now == old.as_bytes()),
    };
    if !unchanged {
        return Err(words::changed_while_editing(path));
    }
    let mut changes = Changes::default();
    create_dirs(&mut changes, &folder_of(path))
        .map_err(|(dir, e)| cannot(Written::Folder, &dir, &e))?;
    replace_config_file(path, new_text).map_err(|(target, e)| {
        changes.undo();
        cannot(Written::ConfigFile, &target, &e)
    })
}

/// Writes `text` as the config file at `path` by atomic rename. A symlinked config file is
/// replaced at its target, so the link survives; an existing file keeps the mode the user
/// gave it, and a new one is 0600. On failure, the path that could not be written.
fn replace_config_file(
    path: &Path,
    text: &str,
) -> std::result::Result<(), (PathBuf, std::io::Error)> {
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let permissions = std::fs::metadata(&target).ok().map(|m| m.permissions());
    write_atomically(&target, text.as_bytes(), permissions).map_err(|e| (target, e))
}

/// One subscription ready to be written.
struct Planned {
    subscription: publishsettings::Subscription,
    thumbprint: String,
    profile: ProfileValues,
    replaces: bool,
    cert_path: PathBuf,
    /// Files or links already at `cert_path` under any spelling of the id, which `--force`
    /// moves aside.
    existing: Vec<PathBuf>,
}

/// `config import-publishsettings`: certificates first, then the config file by rename; on
/// any failure the new certificates are removed and the old file is untouched.
pub fn import(global: &GlobalArgs, file: &Path, name: Option<&str>, force: bool) -> Result<()> {
    let env = ProcessEnv;
    config::check_flags(global)?;
    let prefix = match name {
        Some(raw) => {
            let prefix = config_edit::normalise_name(raw);
            if prefix.is_empty() {
                return Err(words::unusable_prefix(raw));
            }
            Some(prefix)
        }
        None => None,
    };
    let config_path = config::config_path(global, &env)?;

    let bytes = read_publishsettings(file)?;
    let subscriptions =
        publishsettings::parse(&bytes).map_err(|e| words::invalid_publishsettings(file, e))?;
    let mut thumbprints = Vec::with_capacity(subscriptions.len());
    for s in &subscriptions {
        let identity = credentials::pkcs12_with_empty_password(&s.pkcs12)
            .map_err(|why| words::bad_management_certificate(file, &s.label(), why))?;
        thumbprints.push(identity.thumbprint());
        if let Some(endpoint) = &s.endpoint {
            config::check_endpoint(endpoint)
                .map_err(|why| words::bad_management_url(file, endpoint, &s.label(), why))?;
        }
    }

    let old_text = config::read_for_edit(&config_path)?;
    let mut document = ConfigDocument::parse(old_text.as_deref().unwrap_or(""))
        .map_err(|why| words::not_editable(&config_path.value, why))?;
    let pairs: Vec<(&str, &str)> = subscriptions
        .iter()
        .map(|s| (s.id.as_str(), s.name.as_str()))
        .collect();
    let names = config_edit::plan_names(&pairs, &document.profiles(), prefix.as_deref())
        .map_err(words::names_clash)?;

    let config_dir = folder_of(&config_path.value);
    let certs_dir = config_dir.join("certs");
    let plan: Vec<Planned> = subscriptions
        .into_iter()
        .zip(names)
        .zip(thumbprints)
        .map(|((subscription, planned), thumbprint)| {
            // Subscription ids are GUIDs, which compare without regard to case: one file
            // name per subscription, in lower case.
            let file_name = format!("{}.pfx", subscription.id.to_ascii_lowercase());
            Planned {
                profile: ProfileValues {
                    name: planned.name,
                    subscription_id: subscription.id.clone(),
                    certificate: format!("certs/{file_name}"),
                    endpoint: subscription.endpoint.clone(),
                    cloud_service: global.cloud_service.clone(),
                    region: global.region.clone(),
                },
                replaces: planned.replaces,
                cert_path: certs_dir.join(&file_name),
                existing: same_name_any_case(&certs_dir, &file_name),
                thumbprint,
                subscription,
            }
        })
        .collect();

    let mut conflicts = Vec::new();
    for p in &plan {
        if p.replaces {
            conflicts.push(format!(
                "profile '{}' (subscription {})",
                p.profile.name, p.subscription.id
            ));
        }
        for existing in &p.existing {
            conflicts.push(format!("certificate {}", existing.display()));
        }
    }
    if !conflicts.is_empty() && !force {
        return Err(words::would_replace(&conflicts, &config_path.value));
    }

    for p in &plan {
        document.set_profile(&p.profile);
    }
    let new_default = (!document.has_default_profile()).then(|| plan[0].profile.name.clone());
    if let Some(name) = &new_default {
        document.set_default_profile(name);
    }
    let new_text = document.render();
    config::check_text(&config_path.value, &new_text)
        .map_err(|e| words::would_not_read_back(&e))?;

    // From here on a Ctrl-C is held off until every change is either committed (the config
    // file renamed into place) or undone; only then does it end the process with 130.
    let deferral =
        platform::InterruptDeferral::begin().map_err(|e| words::cannot_prepare_import(&e))?;
    let mut changes = Changes::default();
    let written = write_everything(
        &mut changes,
        &deferral,
        &plan,
        (&config_path.value, old_text.as_deref()),
        &certs_dir,
        &new_text,
        global.quiet,
    );
    match written {
        Ok(()) => changes.commit(),
        Err(e) => {
            changes.undo();
            if deferral.interrupted() {
                eprint!("{}", words::import_interrupted().render());
                platform::exit_interrupted();
            }
            return Err(e);
        }
    }
    deferral.end();

    let mut summary = format!("wrote {}\n", safe(&config_path.value.display().to_string()));
    for p in &plan {
        let verb = if p.replaces { "replaced" } else { "added" };
        let title = if p.subscription.name.is_empty() {
            String::new()
        } else {
            format!(" ({})", safe(&p.subscription.name))
        };
        summary.push_str(&format!(
            "{verb} profile {}: subscription {}{title}, certificate {} (thumbprint {})\n",
            safe(&p.profile.name),
            safe(&p.subscription.id),
            safe(&p.cert_path.display().to_string()),
            p.thumbprint
        ));
    }
    if let Some(name) = &new_default {
        summary.push_str(&format!("set default_profile = \"{}\"\n", safe(name)));
    }
    super::emit(Ok(summary))?;
    warn(
        global.quiet,
        &words::delete_publishsettings_warning(file, &certs_dir),
    );
    // A profile without a location fails every job and collection command with "no cloud
    // service is set": the import still succeeds, and says how to finish.
    let unplaced: Vec<&str> = plan
        .iter()
        .map(|p| p.profile.name.as_str())
        .filter(|name| {
            !document.profile_has(name, "cloud_service") && !document.profile_has(name, "region")
        })
        .collect();
    if !unplaced.is_empty() {
        warn(global.quiet, &words::unplaced_profiles_warning(&unplaced));
    }
    Ok(())
}

/// The entries of `dir` named `file_name` without regard to case (an older import kept the
/// id's case), in name order.
fn same_name_any_case(dir: &Path, file_name: &str) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.eq_ignore_ascii_case(file_name))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

fn read_publishsettings(file: &Path) -> Result<Vec<u8>> {
    let cannot = |e: &std::io::Error| words::publishsettings_unreadable(file, e);
    let meta = std::fs::metadata(file).map_err(|e| cannot(&e))?;
    if !meta.is_file() {
        return Err(words::publishsettings_not_a_file(file));
    }
    if meta.len() > MAX_PUBLISHSETTINGS_BYTES {
        return Err(words::publishsettings_too_large(file, meta.len()));
    }
    std::fs::read(file).map_err(|e| cannot(&e))
}

/// The folder of a file path (`.` for a bare file name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// What an import has changed so far, so that a failure can put everything back.
#[derive(Default)]
struct Changes {
    /// Folders created, outermost first.
    dirs: Vec<PathBuf>,
    /// Files that did not exist before.
    new_files: Vec<PathBuf>,
    /// Files or links that `--force` replaces, each moved aside by a rename (as it is: a link
    /// stays a link, a file keeps its bytes and mode) until the import commits.
    moved_aside: Vec<(PathBuf, PathBuf)>,
}

impl Changes {
    /// Puts everything back as it was. Best effort: the original error is what the user
    /// needs to see.
    fn undo(self) {
        for path in self.new_files.iter().rev() {
            let _ = std::fs::remove_file(path);
        }
        for (original, aside) in self.moved_aside.iter().rev() {
            let _ = std::fs::rename(aside, original);
        }
        for dir in self.dirs.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }

    /// The import is in place: what was replaced goes.
    fn commit(self) {
        for (_, aside) in &self.moved_aside {
            let _ = std::fs::remove_file(aside);
        }
    }
}

/// A free name beside `path` to move it aside to.
fn aside_name(path: &Path) -> PathBuf {
    let dir = folder_of(path);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut n = 0u32;
    loop {
        let candidate = dir.join(format!(".{name}.schedctl-{}-{n}.old", std::process::id()));
        if std::fs::symlink_metadata(&candidate).is_err() {
            return candidate;
        }
        n += 1;
    }
}

fn write_everything(
    changes: &mut Changes,
    deferral: &platform::InterruptDeferral,
    plan: &[Planned],
    (config_file, old_text): (&Path, Option<&str>),
    certs_dir: &Path,
    config_text: &str,
    quiet: bool,
) -> Result<()> {
    let cannot = words::import_cannot_write;
    let check = || {
        if deferral.interrupted() {
            Err(words::import_interrupted())
        } else {
            Ok(())
        }
    };
    let config_dir = folder_of(config_file);
    create_dirs(changes, &config_dir).map_err(|(dir, e)| cannot(Written::Folder, &dir, &e))?;
    if certs_dir.exists() {
        if let Ok(Some(mode)) = platform::dir_too_open(certs_dir) {
            warn(quiet, &words::certs_dir_open_warning(certs_dir, mode));
        }
    } else {
        create_dirs(changes, certs_dir).map_err(|(dir, e)| cannot(Written::Folder, &dir, &e))?;
    }
    for p in plan {
        check()?;
        for existing in &p.existing {
            if std::fs::symlink_metadata(existing).is_ok_and(|m| m.is_dir()) {
                return Err(words::certificate_is_folder(existing));
            }
            let aside = aside_name(existing);
            std::fs::rename(existing, &aside)
                .map_err(|e| cannot(Written::Certificate, existing, &e))?;
            changes.moved_aside.push((existing.clone(), aside));
        }
        write_atomically(&p.cert_path, &p.subscription.pkcs12, None)
            .map_err(|e| cannot(Written::Certificate, &p.cert_path, &e))?;
        changes.new_files.push(p.cert_path.clone());
    }
    // The file must still hold what the plan was made from: an edit made meanwhile (an
    // editor, another schedctl) would otherwise be lost. This read is also the one step
    // that may wait (a FIFO, a hung network mount), so it is the one a Ctrl-C must be able
    // to cut short: the deferral's read wakes on it.
    let unchanged = match old_text {
        None => std::fs::symlink_metadata(config_file).is_err(),
        Some(old) => match deferral.read(config_file) {
            Ok(now) => now == old.as_bytes(),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => return check(),
            Err(_) => false,
        },
    };
    check()?;
    if !unchanged {
        return Err(words::changed_while_importing(config_file));
    }
    replace_config_file(config_file, config_text)
        .map_err(|(target, e)| cannot(Written::ConfigFile, &target, &e))
}

/// Creates a folder and any missing parents, mode 0700, recording what it created.
fn create_dirs(
    changes: &mut Changes,
    dir: &Path,
) -> std::result::Result<(), (PathBuf, std::io::Error)> {
    let mut missing = Vec::new();
    let mut current = Some(dir);
    while let Some(d) = current {
        if d.as_os_str().is_empty() || d.exists() {
            break;
        }
        missing.push(d.to_path_buf());
        current = d.parent();
    }
    for d in missing.into_iter().rev() {
        platform::create_private_dir(&d).map_err(|e| (d.clone(), e))?;
        changes.dirs.push(d);
    }
    Ok(())
}

/// Writes a file through a temporary file in the same folder and a rename, so that readers
/// see the old or the new contents and never a part.
fn write_atomically(
    target: &Path,
    bytes: &[u8],
    permissions: Option<std::fs::Permissions>,
) -> std::io::Result<()> {
    let dir = folder_of(target);
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.schedctl-{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = platform::create_private_file(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        if let Some(permissions) = permissions {
            std::fs::set_permissions(&temp, permissions)?;
        }
        std::fs::rename(&temp, target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}
