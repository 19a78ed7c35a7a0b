//! `.publishsettings` files, as the portal handed them out (SPEC §2): XML
//! `<PublishData><PublishProfile …>` with, in schema 2.0, one `<Subscription
//! ServiceManagementUrl= Id= Name= ManagementCertificate=/>` per subscription, and in schema 1.0
//! (no `SchemaVersion`) the `Url` and `ManagementCertificate` on the `PublishProfile`.
//!
//! Parsing only: bytes in, subscriptions out. Nothing here touches the file system, and the
//! PKCS#12 bytes (an unencrypted private key, in effect) are never shown.

use std::fmt;

use base64::Engine;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::explain::settings as explain;

/// The longest subscription id accepted (a GUID has 36 characters).
const MAX_ID_LEN: usize = 64;

/// One subscription of a publishsettings file, with its management certificate.
#[derive(Clone, PartialEq, Eq)]
pub struct Subscription {
    /// The subscription id (a GUID).
    pub id: String,
    /// The display name from the portal; may be empty.
    pub name: String,
    /// `ServiceManagementUrl` (2.0) or `Url` (1.0), when the file gives one.
    pub endpoint: Option<String>,
    /// The PKCS#12 (empty password) holding the certificate and its private key.
    pub pkcs12: Vec<u8>,
}

impl fmt::Debug for Subscription {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Subscription")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("endpoint", &self.endpoint)
            .field("pkcs12", &format_args!("<{} bytes>", self.pkcs12.len()))
            .finish()
    }
}

impl Subscription {
    /// How messages name the subscription: `'Name' (id)`, or just the id.
    pub fn label(&self) -> String {
        explain::subscription_label(&self.name, &self.id)
    }
}

/// Why a file could not be read as publishsettings. The message completes "FILE …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError(pub String);

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn fail<T>(message: impl Into<String>) -> Result<T, ParseError> {
    Err(ParseError(message.into()))
}

/// The attributes of a `<PublishProfile>` that schema 1.0 shares with its subscriptions.
#[derive(Default)]
struct ProfileAttrs {
    url: Option<String>,
    certificate: Option<String>,
    schema: Option<String>,
}

/// The raw attributes of one `<Subscription>`, before decoding.
struct RawSubscription {
    id: Option<String>,
    name: Option<String>,
    url: Option<String>,
    certificate: Option<String>,
    profile_url: Option<String>,
    profile_certificate: Option<String>,
}

/// Reads every subscription of a publishsettings file, schema 1.0 or 2.0.
pub fn parse(bytes: &[u8]) -> Result<Vec<Subscription>, ParseError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(text) = std::str::from_utf8(bytes) else {
        return fail(explain::publishsettings_not_utf8());
    };
    if text.trim().is_empty() {
        return fail(explain::publishsettings_empty());
    }
    let raw = read_xml(text)?;
    if raw.is_empty() {
        return fail(explain::publishsettings_no_subscriptions());
    }
    let mut subscriptions: Vec<Subscription> = Vec::with_capacity(raw.len());
    for (index, raw) in raw.into_iter().enumerate() {
        let subscription = decode(index + 1, raw)?;
        // Subscription ids are GUIDs: `ABC…` and `abc…` are one subscription.
        if subscriptions
            .iter()
            .any(|s| s.id.eq_ignore_ascii_case(&subscription.id))
        {
            return fail(explain::publishsettings_duplicate(&subscription.id));
        }
        subscriptions.push(subscription);
    }
    Ok(subscriptions)
}

/// Walks the XML and collects every `<Subscription>` under `<PublishData><PublishProfile>`.
fn read_xml(text: &str) -> Result<Vec<RawSubscription>, ParseError> {
    let mut reader = Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let mut profile = ProfileAttrs::default();
    let mut found = Vec::new();
    let mut saw_root = false;
    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|e| {
            ParseError(explain::publishsettings_invalid_xml_at(
                reader.error_position().max(position),
                e,
            ))
        })?;
        let (element, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(_) => {
                path.pop();
                continue;
            }
            Event::Text(t) => {
                let text = t
                    .decode()
                    .map_err(|e| ParseError(explain::publishsettings_invalid_xml(e)))?;
                if path.is_empty() && !text.trim().is_empty() {
                    return fail(explain::publishsettings_text_outside());
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = String::from_utf8_lossy(element.local_name().as_ref()).into_owned();
        if path.is_empty() {
            if saw_root {
                return fail(explain::publishsettings_several_roots());
            }
            saw_root = true;
            if name != "PublishData" {
                return fail(explain::publishsettings_wrong_root(&name));
            }
        }
        match (path.as_slice(), name.as_str()) {
            ([root], "PublishProfile") if root == "PublishData" => {
                profile = ProfileAttrs {
                    url: attribute(&element, "Url")?,
                    certificate: attribute(&element, "ManagementCertificate")?,
                    schema: attribute(&element, "SchemaVersion")?,
                };
                if let Some(schema) = &profile.schema {
                    if !matches!(schema.trim(), "1.0" | "2.0") {
                        return fail(explain::publishsettings_schema(schema));
                    }
                }
            }
            ([root, parent], "Subscription")
                if root == "PublishData" && parent == "PublishProfile" =>
            {
                found.push(RawSubscription {
                    id: attribute(&element, "Id")?,
                    name: attribute(&element, "Name")?,
                    url: attribute(&element, "ServiceManagementUrl")?,
                    certificate: attribute(&element, "ManagementCertificate")?,
                    profile_url: profile.url.clone(),
                    profile_certificate: profile.certificate.clone(),
                });
            }
            _ => {}
        }
        if !empty {
            path.push(name);
        }
    }
    if !saw_root {
        return fail(explain::publishsettings_no_root());
    }
    Ok(found)
}

/// One attribute, unescaped; `None` when absent.
fn attribute(element: &BytesStart<'_>, name: &str) -> Result<Option<String>, ParseError> {
    for attr in element.attributes() {
        let attr = attr.map_err(|e| ParseError(explain::publishsettings_invalid_xml(e)))?;
        if attr.key.local_name().as_ref() == name.as_bytes() {
            let value = attr
                .unescape_value()
                .map_err(|e| ParseError(explain::publishsettings_invalid_attribute(name, e)))?;
            return Ok(Some(value.into_owned()));
        }
    }
    Ok(None)
}

/// Checks one subscription's attributes and decodes its certificate.
fn decode(index: usize, raw: RawSubscription) -> Result<Subscription, ParseError> {
    let id = raw.id.unwrap_or_default().trim().to_string();
    let name = raw.name.unwrap_or_default().trim().to_string();
    if id.is_empty() {
        return fail(explain::publishsettings_no_id(index));
    }
    // The id becomes a file name (certs/{id}.pfx) and a URL segment: GUID characters only.
    if id.len() > MAX_ID_LEN || !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return fail(explain::publishsettings_bad_id(index, &id));
    }
    let label = explain::subscription_label(&name, &id);
    let Some(encoded) = raw.certificate.or(raw.profile_certificate) else {
        return fail(explain::publishsettings_no_certificate(&label));
    };
    let compact: String = encoded
        .chars()
        .filter(|c| !c.is_ascii_whitespace())
        .collect();
    if compact.is_empty() {
        return fail(explain::publishsettings_empty_certificate(&label));
    }
    let pkcs12 = base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .map_err(|e| ParseError(explain::publishsettings_certificate_not_base64(&label, e)))?;
    let endpoint = raw
        .url
        .or(raw.profile_url)
        .map(|u| u.trim().trim_end_matches('/').to_string())
        .filter(|u| !u.is_empty());
    Ok(Subscription {
        id,
        name,
        endpoint,
        pkcs12,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const B64: &str = "MIIBAAEC"; // decodes to 6 bytes; not a real PKCS#12, which is fine here

    #[test]
    fn schema_2_gives_each_subscription_its_url_and_certificate() {
        let xml = format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<PublishData>
  <PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">
    <Subscription ServiceManagementUrl="https://management.core.windows.net/" Id="a-1" Name="Prod &amp; Co" ManagementCertificate="{B64}" />
    <Subscription ServiceManagementUrl="https://management.core.chinacloudapi.cn" Id="b-2" Name="" ManagementCertificate="MIIB
AAEC" />
  </PublishProfile>
</PublishData>"#
        );
        let subs = parse(xml.as_bytes()).unwrap();
        assert_eq!(subs.len(), 2);
        assert_eq!(subs[0].id, "a-1");
        assert_eq!(subs[0].name, "Prod & Co");
        assert_eq!(
            subs[0].endpoint.as_deref(),
            Some("https://management.core.windows.net")
        );
        assert_eq!(subs[0].pkcs12, [0x30, 0x82, 0x01, 0x00, 0x01, 0x02]);
        assert_eq!(subs[1].pkcs12, subs[0].pkcs12);
        assert_eq!(
            subs[1].endpoint.as_deref(),
            Some("https://management.core.chinacloudapi.cn")
        );
    }

    #[test]
    fn schema_1_shares_the_profiles_url_and_certificate() {
        let xml = format!(
            "\u{feff}<PublishData><PublishProfile PublishMethod=\"AzureServiceManagementAPI\" Url=\"https://management.core.windows.net/\" ManagementCertificate=\"{B64}\"><Subscription Id=\"a-1\" Name=\"One\"/><Subscription Id=\"b-2\" Name=\"Two\"></Subscription></PublishProfile></PublishData>"
        );
        let subs = parse(xml.as_bytes()).unwrap();
        assert_eq!(subs.len(), 2);
        assert!(subs.iter().all(|s| s.endpoint.as_deref()
            == Some("https://management.core.windows.net")
            && !s.pkcs12.is_empty()));
        assert_eq!(subs[1].name, "Two");
    }

    #[test]
    fn bad_input_says_what_is_wrong() {
        let err = |text: &str| parse(text.as_bytes()).unwrap_err().0;
        assert!(err("hello").contains("not XML"), "{}", err("hello"));
        assert!(err("").contains("is empty"));
        assert!(err("<PublishData><PublishProfile></PublishData>").contains("not valid XML"));
        assert!(err("<Other/>").contains("root element is <Other>"));
        assert!(
            err("<PublishData><PublishProfile SchemaVersion=\"2.0\"/></PublishData>")
                .contains("holds no subscriptions")
        );
        assert!(err(
            "<PublishData><PublishProfile><Subscription Id=\"a\" Name=\"n\" ManagementCertificate=\"!!!\"/></PublishProfile></PublishData>"
        )
        .contains("lists subscription 'n' (a) with a ManagementCertificate that is not valid base64"));
        assert!(err(
            "<PublishData><PublishProfile><Subscription Id=\"../x\" ManagementCertificate=\"AAAA\"/></PublishProfile></PublishData>"
        )
        .contains("not a subscription id"));
        assert!(err(
            "<PublishData><PublishProfile><Subscription Id=\"a\"/></PublishProfile></PublishData>"
        )
        .contains("without a ManagementCertificate"));
        assert!(err(&format!(
            "<PublishData><PublishProfile ManagementCertificate=\"{B64}\"><Subscription Id=\"a\"/><Subscription Id=\"A\"/></PublishProfile></PublishData>"
        ))
        .contains("twice"));
        assert!(err(&format!(
            "<PublishData><PublishProfile SchemaVersion=\"3.0\" ManagementCertificate=\"{B64}\"><Subscription Id=\"a\"/></PublishProfile></PublishData>"
        ))
        .contains("SchemaVersion \"3.0\""));
    }

    #[test]
    fn debug_never_shows_the_key_material() {
        let s = Subscription {
            id: "a".into(),
            name: "n".into(),
            endpoint: None,
            pkcs12: vec![1, 2, 3],
        };
        assert!(format!("{s:?}").contains("<3 bytes>"));
    }
}
