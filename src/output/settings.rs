//! `config show`: the settings in use with their sources, and the certificate, as a table for
//! people or as JSON (SPEC §3). Pure: a report in, text out.

use serde_json::{json, Map, Value};

use crate::output::grid::{self, Column};
use crate::text::safe;

/// One setting, keyed by its config-file name.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingRow {
    /// The config file's snake_case key.
    pub key: &'static str,
    /// The value (a string or a number); `None` when a required setting is missing.
    pub value: Option<Value>,
    /// `flag --name`, `env NAME`, `file PATH:LINE` or `default`; `None` when missing.
    pub source: Option<String>,
}

/// What `config show` can say about the certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateState {
    /// No certificate is configured.
    Unset,
    /// It could not be read; the reason is reported on stderr.
    Unreadable,
    /// It was read.
    Loaded {
        /// `CN=…, O=…`.
        subject: String,
        /// SHA-1, 40 upper-case hex digits.
        thumbprint: String,
        /// RFC 3339.
        not_before: String,
        /// RFC 3339.
        not_after: String,
        /// Set when the dates make it unusable now (expired, not yet valid).
        invalid: bool,
    },
}

/// Everything `config show` prints.
#[derive(Debug, Clone, PartialEq)]
pub struct SettingsReport {
    /// The config file in use.
    pub config_file: String,
    /// Whether it exists.
    pub config_exists: bool,
    /// The profile in use and its source.
    pub profile: Option<(String, String)>,
    /// Every setting, in a fixed order.
    pub settings: Vec<SettingRow>,
    /// The certificate.
    pub certificate: CertificateState,
}

/// The JSON form: `{"configFile","profile","settings":{KEY:{"value","source"}},"certificate"}`.
pub fn json(report: &SettingsReport) -> String {
    super::json::pretty(&value(report))
}

/// The JSON value of `config show -o json`.
pub fn value(report: &SettingsReport) -> Value {
    let mut settings = Map::new();
    for row in &report.settings {
        settings.insert(
            row.key.to_string(),
            json!({ "value": row.value, "source": row.source }),
        );
    }
    let certificate = match &report.certificate {
        CertificateState::Loaded {
            subject,
            thumbprint,
            not_before,
            not_after,
            ..
        } => json!({
            "subject": subject,
            "thumbprint": thumbprint,
            "notBefore": not_before,
            "notAfter": not_after,
        }),
        _ => Value::Null,
    };
    json!({
        "configFile": report.config_file,
        "profile": report.profile.as_ref().map(|(name, _)| name),
        "settings": settings,
        "certificate": certificate,
    })
}

/// The columns of the settings table: the key is never shortened; the value, then the
/// source, are shortened with `…` to fit the width (SPEC §5), and never left out.
const COLUMNS: [Column; 3] = [
    Column::key("SETTING"),
    Column::flexible("VALUE", u8::MAX),
    Column::flexible("SOURCE", u8::MAX),
];

/// The table form: a header, one row per setting fitted into `width` display columns (`None`:
/// no limit), then the certificate.
pub fn table(report: &SettingsReport, width: Option<usize>) -> String {
    let mut out = String::new();
    let file_note = if report.config_exists {
        ""
    } else {
        "  (does not exist)"
    };
    out.push_str(&format!(
        "Config file:  {}{file_note}\n",
        safe(&report.config_file)
    ));
    match &report.profile {
        Some((name, source)) => out.push_str(&format!(
            "Profile:      {}  ({})\n",
            safe(name),
            safe(source)
        )),
        None => out.push_str("Profile:      (none)\n"),
    }
    out.push('\n');

    let rows: Vec<Vec<String>> = report
        .settings
        .iter()
        .map(|row| {
            let value = match &row.value {
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
                None => "(not set)".to_string(),
            };
            let source = row.source.clone().unwrap_or_else(|| "missing".to_string());
            vec![row.key.to_string(), value, source]
        })
        .collect();
    out.push_str(&grid::render(&COLUMNS, &rows, width, false, |_, _| None));
    out.push('\n');

    match &report.certificate {
        CertificateState::Unset => out.push_str("Certificate:  (not set)\n"),
        CertificateState::Unreadable => {
            out.push_str("Certificate:  (cannot be used: see the error on stderr)\n")
        }
        CertificateState::Loaded {
            subject,
            thumbprint,
            not_before,
            not_after,
            invalid,
        } => {
            out.push_str("Certificate:\n");
            out.push_str(&format!("  Subject:     {}\n", safe(subject)));
            out.push_str(&format!("  Thumbprint:  {thumbprint}\n"));
            out.push_str(&format!("  Not before:  {not_before}\n"));
            let mark = if *invalid { "  (not valid now)" } else { "" };
            out.push_str(&format!("  Not after:   {not_after}{mark}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> SettingsReport {
        SettingsReport {
            config_file: "/c/config.toml".into(),
            config_exists: true,
            profile: Some(("prod".into(), "file /c/config.toml:1".into())),
            settings: vec![
                SettingRow {
                    key: "subscription_id",
                    value: None,
                    source: None,
                },
                SettingRow {
                    key: "retries",
                    value: Some(json!(3)),
                    source: Some("default".into()),
                },
            ],
            certificate: CertificateState::Unset,
        }
    }

    #[test]
    fn table_aligns_columns_and_marks_missing_settings() {
        assert_eq!(
            table(&report(), None),
            "Config file:  /c/config.toml\nProfile:      prod  (file /c/config.toml:1)\n\nSETTING           VALUE       SOURCE\nsubscription_id   (not set)   missing\nretries           3           default\n\nCertificate:  (not set)\n"
        );
    }

    #[test]
    fn table_shortens_long_values_to_fit_the_width() {
        let mut report = report();
        report.settings.push(SettingRow {
            key: "certificate",
            value: Some(json!(
                "/home/someone/.config/schedctl/certs/2f1e4c2a-0000-4000-8000-000000000001.pfx"
            )),
            source: Some("file /home/someone/.config/schedctl/config.toml:4".into()),
        });
        let text = table(&report, Some(60));
        assert!(
            text.contains("\ncertificate       /home/someone/.co…   file /home/someo…\n"),
            "{text}"
        );
        assert!(text
            .lines()
            .skip(3)
            .take(4)
            .all(|l| unicode_width::UnicodeWidthStr::width(l) <= 60));
        assert!(table(&report, None)
            .contains("000000000001.pfx   file /home/someone/.config/schedctl/config.toml:4\n"));
    }

    #[test]
    fn json_has_the_documented_shape() {
        let value: Value = serde_json::from_str(&json(&report())).unwrap();
        assert_eq!(
            value,
            json!({
                "configFile": "/c/config.toml",
                "profile": "prod",
                "settings": {
                    "subscription_id": {"value": null, "source": null},
                    "retries": {"value": 3, "source": "default"}
                },
                "certificate": null
            })
        );
    }
}
