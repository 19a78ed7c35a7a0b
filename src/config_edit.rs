//! Editing the config file without losing what the user wrote: comments, order, formatting and
//! every other profile survive (toml_edit). Also the profile naming rule of
//! `config import-publishsettings` (SPEC §3). Pure: text in, text out; writing the file is the
//! command's job.

use toml_edit::{DocumentMut, Item, Table, TableLike};

use crate::explain::settings as explain;

/// What one imported subscription's profile records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileValues {
    /// The profile's name.
    pub name: String,
    /// `subscription_id`.
    pub subscription_id: String,
    /// `certificate`, relative to the config file.
    pub certificate: String,
    /// `endpoint`, when the publishsettings file gave one.
    pub endpoint: Option<String>,
    /// `cloud_service`, when given as a flag.
    pub cloud_service: Option<String>,
    /// `region`, when given as a flag.
    pub region: Option<String>,
}

/// A profile already in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExistingProfile {
    /// Its name.
    pub name: String,
    /// Its `subscription_id`, if it has a string one.
    pub subscription_id: Option<String>,
}

/// The config file as an editable document.
pub struct ConfigDocument {
    doc: DocumentMut,
}

impl ConfigDocument {
    /// Parses the file's text (empty for a new file).
    pub fn parse(text: &str) -> Result<Self, String> {
        let doc: DocumentMut = text
            .parse()
            .map_err(|e: toml_edit::TomlError| e.message().trim_end().to_string())?;
        if let Some(item) = doc.get("profiles") {
            if !item.is_table() {
                return Err(explain::profiles_not_tables());
            }
        }
        Ok(ConfigDocument { doc })
    }

    /// The profiles in the file, in file order.
    pub fn profiles(&self) -> Vec<ExistingProfile> {
        let Some(table) = self.doc.get("profiles").and_then(Item::as_table) else {
            return Vec::new();
        };
        table
            .iter()
            .map(|(name, item)| ExistingProfile {
                name: name.to_string(),
                subscription_id: item
                    .as_table_like()
                    .and_then(|t| t.get("subscription_id"))
                    .and_then(Item::as_str)
                    .map(str::to_string),
            })
            .collect()
    }

    /// Whether the file sets `default_profile`.
    pub fn has_default_profile(&self) -> bool {
        self.doc.contains_key("default_profile")
    }

    /// Sets `default_profile`, above every table.
    pub fn set_default_profile(&mut self, name: &str) {
        set_value(self.doc.as_table_mut(), "default_profile", name.into());
    }

    /// Adds a profile at the end, or updates one in place: the groups the import sets
    /// (certificate with its key and password file, endpoint with environment, cloud service
    /// with region) are replaced as a whole, and the profile's other keys are kept.
    pub fn set_profile(&mut self, profile: &ProfileValues) {
        fill(self.profile_mut_or_new(&profile.name), profile);
    }

    /// `default_profile`, when the file sets it as a string.
    pub fn default_profile(&self) -> Option<&str> {
        self.doc.get("default_profile").and_then(Item::as_str)
    }

    /// Whether the file has the profile `name`.
    pub fn has_profile(&self, name: &str) -> bool {
        self.profile(name).is_some()
    }

    /// Whether the profile `name` sets `key`.
    pub fn profile_has(&self, name: &str, key: &str) -> bool {
        self.profile(name).is_some_and(|t| t.contains_key(key))
    }

    fn profile(&self, name: &str) -> Option<&dyn TableLike> {
        self.doc
            .get("profiles")
            .and_then(Item::as_table)
            .and_then(|t| t.get(name))
            .and_then(Item::as_table_like)
    }

    /// Sets one key of a profile, keeping the spacing and comment around a value it
    /// replaces; a profile the file lacks is added at the end.
    pub fn set_key(&mut self, name: &str, key: &str, new: toml_edit::Value) {
        let table = self.profile_mut_or_new(name);
        set_value(table, key, new);
    }

    /// Removes one key of a profile; false when the profile does not set it.
    pub fn unset_key(&mut self, name: &str, key: &str) -> bool {
        let Some(table) = self
            .doc
            .get_mut("profiles")
            .and_then(Item::as_table_mut)
            .and_then(|t| t.get_mut(name))
            .and_then(Item::as_table_like_mut)
        else {
            return false;
        };
        // The comment lines above the key may be about the table: they move to the next key
        // rather than go with the value.
        let above = table
            .key(key)
            .and_then(|k| k.leaf_decor().prefix())
            .and_then(|p| p.as_str())
            .filter(|p| p.contains('#'))
            .map(str::to_string);
        let next = table
            .iter()
            .map(|(k, _)| k.to_string())
            .skip_while(|k| k != key)
            .nth(1);
        if table.remove(key).is_none() {
            return false;
        }
        if let (Some(above), Some(next)) = (above, next) {
            if let Some(mut k) = table.key_mut(&next) {
                let own = k
                    .leaf_decor()
                    .prefix()
                    .and_then(|p| p.as_str())
                    .unwrap_or("")
                    .to_string();
                k.leaf_decor_mut().set_prefix(format!("{above}{own}"));
            }
        }
        true
    }

    /// The profile's table, added at the end (after a blank line) when the file lacks it.
    fn profile_mut_or_new(&mut self, name: &str) -> &mut dyn TableLike {
        let was_empty = self.doc.as_table().is_empty() && self.doc.trailing().as_str() == Some("");
        let profiles = self
            .doc
            .entry("profiles")
            .or_insert_with(|| {
                let mut table = Table::new();
                table.set_implicit(true);
                Item::Table(table)
            })
            .as_table_mut()
            .expect("checked in parse: profiles is a table");
        if !profiles.get(name).is_some_and(Item::is_table_like) {
            let mut table = Table::new();
            if !was_empty {
                // A blank line between tables, as people write them.
                table.decor_mut().set_prefix("\n");
            }
            profiles.insert(name, Item::Table(table));
        }
        profiles
            .get_mut(name)
            .and_then(Item::as_table_like_mut)
            .expect("just made sure the profile is a table")
    }

    /// The document's text.
    pub fn render(&self) -> String {
        let text = self.doc.to_string();
        if text.is_empty() || text.ends_with('\n') {
            text
        } else {
            text + "\n"
        }
    }
}

fn fill(table: &mut dyn TableLike, profile: &ProfileValues) {
    set(table, "subscription_id", &profile.subscription_id);
    set(table, "certificate", &profile.certificate);
    for key in ["private_key", "password_file"] {
        table.remove(key);
    }
    if let Some(endpoint) = &profile.endpoint {
        set(table, "endpoint", endpoint);
        table.remove("environment");
    }
    if profile.cloud_service.is_some() || profile.region.is_some() {
        for (key, given) in [
            ("cloud_service", &profile.cloud_service),
            ("region", &profile.region),
        ] {
            match given {
                Some(v) => set(table, key, v),
                None => {
                    table.remove(key);
                }
            }
        }
    }
}

/// Sets a string, keeping the spacing and comment around a value it replaces.
fn set(table: &mut dyn TableLike, key: &str, text: &str) {
    set_value(table, key, toml_edit::Value::from(text));
}

/// Sets a value of any type, keeping the spacing and comment around a value it replaces.
fn set_value(table: &mut dyn TableLike, key: &str, mut new: toml_edit::Value) {
    match table.get_mut(key) {
        // Replaced in place, so that the key keeps the comment above it too.
        Some(item) => {
            if let Some(old) = item.as_value() {
                *new.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(new);
        }
        None => {
            table.insert(key, Item::Value(new));
        }
    }
}

/// A value for `key` as `config set` writes it: `retries` as a number (the file reads it as
/// one), every other key as a string. Fails, without repeating the text, when `retries` is
/// not a whole number.
pub fn typed_value(key: &str, text: &str) -> Result<toml_edit::Value, String> {
    if key == "retries" {
        return crate::config::parse_retries(text).map(|n| toml_edit::Value::from(i64::from(n)));
    }
    Ok(toml_edit::Value::from(text))
}

/// A subscription's name as a profile name: lower case, every run of characters other than
/// `a-z 0-9 _ -` made one `-`, leading and trailing `-` trimmed.
pub fn normalise_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut in_run = false;
    for c in name.to_lowercase().chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-' {
            out.push(c);
            in_run = false;
        } else if !in_run {
            out.push('-');
            in_run = true;
        }
    }
    out.trim_matches('-').to_string()
}

/// The profile one subscription gets, and whether it replaces one that is already there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedName {
    /// The profile name.
    pub name: String,
    /// True when the file already has a profile for this subscription.
    pub replaces: bool,
}

/// Names the profiles of an import (SPEC §3). `subscriptions` are (id, display name) pairs in
/// file order; `prefix` is `--name`, already normalised. Fails only when even the name with
/// the id added is taken.
pub fn plan_names(
    subscriptions: &[(&str, &str)],
    existing: &[ExistingProfile],
    prefix: Option<&str>,
) -> Result<Vec<PlannedName>, String> {
    let mut planned: Vec<PlannedName> = Vec::with_capacity(subscriptions.len());
    let with_prefix = |base: &str| match prefix {
        Some(p) => format!("{p}-{base}"),
        None => base.to_string(),
    };
    for (id, display) in subscriptions {
        let short: String = id.chars().take(8).collect();
        let mut base = normalise_name(display);
        if base.is_empty() {
            base = format!("sub-{short}");
        }
        let preferred = with_prefix(&base);
        let mine: Vec<&ExistingProfile> = existing
            .iter()
            .filter(|p| {
                p.subscription_id
                    .as_deref()
                    .is_some_and(|theirs| theirs.eq_ignore_ascii_case(id))
            })
            .collect();
        if let Some(profile) = mine
            .iter()
            .find(|p| p.name == preferred)
            .or_else(|| mine.first())
        {
            planned.push(PlannedName {
                name: profile.name.clone(),
                replaces: true,
            });
            continue;
        }
        let taken = |name: &str| {
            existing.iter().any(|p| p.name == name) || planned.iter().any(|p| p.name == name)
        };
        let name = if taken(&preferred) {
            let longer = with_prefix(&format!("{base}-{short}"));
            if taken(&longer) {
                return Err(explain::profile_names_taken(&preferred, &longer, id));
            }
            longer
        } else {
            preferred
        };
        planned.push(PlannedName {
            name,
            replaces: false,
        });
    }
    Ok(planned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(name: &str, id: &str) -> ProfileValues {
        ProfileValues {
            name: name.into(),
            subscription_id: id.into(),
            certificate: format!("certs/{id}.pfx"),
            endpoint: Some("https://management.core.windows.net".into()),
            cloud_service: None,
            region: Some("West US".into()),
        }
    }

    #[test]
    fn names_are_normalised() {
        assert_eq!(normalise_name("Contoso Prod"), "contoso-prod");
        assert_eq!(normalise_name("  Pay-As-You-Go (2) "), "pay-as-you-go-2");
        assert_eq!(normalise_name("a__b--c"), "a__b--c");
        assert_eq!(normalise_name("Ünïcode ✓"), "n-code");
        assert_eq!(normalise_name("***"), "");
    }

    #[test]
    fn names_avoid_other_subscriptions_and_earlier_ones_of_the_same_import() {
        let existing = vec![
            ExistingProfile {
                name: "prod".into(),
                subscription_id: Some("other".into()),
            },
            ExistingProfile {
                name: "old-name".into(),
                subscription_id: Some("CCCCCCCC-3".into()),
            },
        ];
        let subs = [
            ("aaaaaaaa-1", "Prod"),
            ("bbbbbbbb-2", "Dev"),
            ("dddddddd-4", "dev"),
            ("eeeeeeee-5", "!!"),
            ("cccccccc-3", "Whatever"),
        ];
        let plan = plan_names(&subs, &existing, None).unwrap();
        let names: Vec<_> = plan.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "prod-aaaaaaaa",
                "dev",
                "dev-dddddddd",
                "sub-eeeeeeee",
                "old-name"
            ]
        );
        assert_eq!(
            plan.iter().map(|p| p.replaces).collect::<Vec<_>>(),
            [false, false, false, false, true]
        );
        let plan = plan_names(&subs[..1], &existing, Some("acme")).unwrap();
        assert_eq!(plan[0].name, "acme-prod");
    }

    #[test]
    fn editing_keeps_comments_order_and_other_profiles() {
        let text = "# my settings\ndefault_profile = \"work\" # the usual one\n\n# work account\n[profiles.work]\nsubscription_id = \"w\"  # keep\ncertificate = \"w.pem\"\nprivate_key = \"w.key\"\nretries = 5\n";
        let mut doc = ConfigDocument::parse(text).unwrap();
        assert!(doc.has_default_profile());
        doc.set_profile(&values("new", "n"));
        let out = doc.render();
        assert!(out.starts_with(text), "{out}");
        assert!(out.ends_with("\n[profiles.new]\nsubscription_id = \"n\"\ncertificate = \"certs/n.pfx\"\nendpoint = \"https://management.core.windows.net\"\nregion = \"West US\"\n"), "{out}");

        // Replacing a profile keeps its keys outside the imported groups, and its place.
        let mut doc = ConfigDocument::parse(&out).unwrap();
        doc.set_profile(&values("work", "w2"));
        let out = doc.render();
        assert!(out.contains("# work account\n[profiles.work]\nsubscription_id = \"w2\"  # keep\ncertificate = \"certs/w2.pfx\"\nretries = 5\nendpoint = \"https://management.core.windows.net\"\nregion = \"West US\"\n\n[profiles.new]"), "{out}");
        assert!(!out.contains("private_key"), "{out}");
        assert!(out.find("[profiles.work]") < out.find("[profiles.new]"));
    }

    #[test]
    fn a_new_file_gets_a_default_profile_and_tables() {
        let mut doc = ConfigDocument::parse("").unwrap();
        assert!(!doc.has_default_profile());
        doc.set_profile(&values("a", "1"));
        doc.set_profile(&values("b", "2"));
        doc.set_default_profile("a");
        let out = doc.render();
        assert!(out.starts_with("default_profile = \"a\"\n"), "{out}");
        assert!(!out.contains("[profiles]\n"), "{out}");
        assert!(
            out.contains("[profiles.a]") && out.contains("\n\n[profiles.b]"),
            "{out}"
        );
        let parsed: toml::Table = toml::from_str(&out).unwrap();
        assert_eq!(
            parsed["profiles"]["b"]["subscription_id"].as_str(),
            Some("2")
        );
    }

    #[test]
    fn one_key_is_set_or_unset_keeping_comments_around_it() {
        let text = "# top\ndefault_profile = \"a\"  # usual\n\n[profiles.a]\n# about a\nregion = \"West US\"  # mine\nretries = 3\n";
        let mut doc = ConfigDocument::parse(text).unwrap();
        assert_eq!(doc.default_profile(), Some("a"));
        doc.set_default_profile("b");
        doc.set_key(
            "a",
            "region",
            typed_value("region", "North Europe").unwrap(),
        );
        doc.set_key("a", "retries", typed_value("retries", " 5 ").unwrap());
        assert!(!doc.has_profile("b"));
        doc.set_key(
            "b",
            "cloud_service",
            typed_value("cloud_service", "cs").unwrap(),
        );
        assert_eq!(
            doc.render(),
            "# top\ndefault_profile = \"b\"  # usual\n\n[profiles.a]\n# about a\nregion = \"North Europe\"  # mine\nretries = 5\n\n[profiles.b]\ncloud_service = \"cs\"\n"
        );
        assert!(doc.unset_key("a", "region"));
        assert!(!doc.unset_key("a", "region"));
        assert!(!doc.unset_key("c", "region"));
        assert!(doc
            .render()
            .contains("[profiles.a]\n# about a\nretries = 5\n"));
        assert!(doc.profile_has("b", "cloud_service") && !doc.profile_has("b", "region"));
        assert!(typed_value("retries", "x").is_err());
        assert!(typed_value("retries", "-1").is_err());
        assert_eq!(typed_value("output", "5").unwrap().as_str(), Some("5"));
    }

    #[test]
    fn inline_profiles_are_refused() {
        assert!(ConfigDocument::parse("profiles = { a = {} }\n").is_err());
        assert!(ConfigDocument::parse("[profiles\n").is_err());
    }
}
