//! Reads the service's error envelopes (SPEC §2): the front end's XML `<Error>`, the
//! scheduler's JSON (`{"Code":..,"Message":..}` or `{"error":{"code":..,"message":..}}`), and
//! anything else (an HTML page from a proxy, say) as a short excerpt.

use quick_xml::events::Event;
use quick_xml::Reader;
use serde_json::Value;

use crate::model::{json_too_deep, MAX_DEPTH};
use crate::text::one_line;

/// How many characters of an unrecognised body to show.
const EXCERPT_CHARS: usize = 160;

/// What an error response said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceError {
    /// A recognised envelope.
    Envelope {
        /// The service's error code, e.g. `ResourceNotFound`.
        code: String,
        /// The service's message.
        message: String,
        /// True for the front end's XML form.
        xml: bool,
    },
    /// Any other body, shortened to one line; empty when there was no body.
    Excerpt(String),
}

impl ServiceError {
    /// The error code, when the body had one.
    pub fn code(&self) -> Option<&str> {
        match self {
            ServiceError::Envelope { code, .. } => Some(code),
            ServiceError::Excerpt(_) => None,
        }
    }
}

/// What reading an envelope gave.
enum Read {
    /// A recognised envelope.
    Envelope(ServiceError),
    /// Some other shape: shown as an excerpt.
    Other,
    /// Nested deeper than [`MAX_DEPTH`]: nothing in it is worth showing, so the status line
    /// stands alone.
    TooDeep,
}

/// Parses an error body. Never fails: unknown shapes become an excerpt, and a body nested
/// too deep to read (SPEC §7) an empty one, so that the status line is what the user sees.
pub fn parse(body: &[u8]) -> ServiceError {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim_start_matches('\u{feff}').trim();
    let parsed = if trimmed.starts_with('<') {
        parse_xml(trimmed)
    } else if trimmed.starts_with('{') {
        parse_json(trimmed)
    } else {
        Read::Other
    };
    match parsed {
        Read::Envelope(envelope) => envelope,
        Read::Other => ServiceError::Excerpt(excerpt(trimmed)),
        Read::TooDeep => ServiceError::Excerpt(String::new()),
    }
}

fn parse_xml(text: &str) -> Read {
    let mut reader = Reader::from_str(text);
    let mut path: Vec<String> = Vec::new();
    let (mut code, mut message) = (None::<String>, None::<String>);
    loop {
        let Ok(event) = reader.read_event() else {
            return Read::Other;
        };
        match event {
            Event::Start(e) => {
                if path.len() >= MAX_DEPTH {
                    return Read::TooDeep;
                }
                path.push(String::from_utf8_lossy(e.local_name().as_ref()).into_owned());
            }
            Event::End(_) => {
                path.pop();
            }
            Event::Text(t) => match t.decode() {
                Ok(text) => append(&path, &mut code, &mut message, &text),
                Err(_) => return Read::Other,
            },
            Event::CData(t) => match t.decode() {
                Ok(text) => append(&path, &mut code, &mut message, &text),
                Err(_) => return Read::Other,
            },
            Event::GeneralRef(r) => {
                // Entities such as &amp; arrive apart from the text around them.
                let Ok(name) = r.decode() else {
                    return Read::Other;
                };
                let reference = format!("&{name};");
                let Ok(text) = quick_xml::escape::unescape(&reference) else {
                    return Read::Other;
                };
                append(&path, &mut code, &mut message, &text);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    match code {
        Some(code) => Read::Envelope(ServiceError::Envelope {
            code: code.trim().to_string(),
            message: message.unwrap_or_default().trim().to_string(),
            xml: true,
        }),
        None => Read::Other,
    }
}

/// Adds text to the `<Error>` child it belongs to.
fn append(path: &[String], code: &mut Option<String>, message: &mut Option<String>, text: &str) {
    let target = match path {
        [root, leaf] if root == "Error" && leaf == "Code" => code,
        [root, leaf] if root == "Error" && leaf == "Message" => message,
        _ => return,
    };
    target.get_or_insert_with(String::new).push_str(text);
}

fn parse_json(text: &str) -> Read {
    if json_too_deep(text.as_bytes()) {
        return Read::TooDeep;
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value) => envelope_of(&value).map_or(Read::Other, Read::Envelope),
        // serde_json's own limit (a backstop) stops one level short of ours.
        Err(e) if e.to_string().starts_with("recursion limit exceeded") => Read::TooDeep,
        Err(_) => Read::Other,
    }
}

fn envelope_of(value: &Value) -> Option<ServiceError> {
    let object = value.as_object()?;
    let inner = get_ci(object, "error")
        .and_then(Value::as_object)
        .unwrap_or(object);
    let code = get_ci(inner, "code").and_then(Value::as_str)?;
    let message = get_ci(inner, "message")
        .and_then(Value::as_str)
        .unwrap_or_default();
    Some(ServiceError::Envelope {
        code: code.trim().to_string(),
        message: message.trim().to_string(),
        xml: false,
    })
}

fn get_ci<'a>(object: &'a serde_json::Map<String, Value>, key: &str) -> Option<&'a Value> {
    object.get(key).or_else(|| {
        object
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(key))
            .map(|(_, v)| v)
    })
}

/// One line of readable text from an arbitrary body: tags dropped (each leaves a space), then
/// made one line by [`one_line`], then cut to [`EXCERPT_CHARS`].
fn excerpt(text: &str) -> String {
    let mut untagged = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                untagged.push(' ');
            }
            _ if in_tag => {}
            c => untagged.push(c),
        }
        // Enough for the excerpt even if every character became a space or an escape.
        if untagged.len() > EXCERPT_CHARS * 8 {
            break;
        }
    }
    let line = one_line(&untagged);
    let line = line.trim();
    if line.chars().count() > EXCERPT_CHARS {
        let cut: String = line.chars().take(EXCERPT_CHARS).collect();
        format!("{}…", cut.trim_end())
    } else {
        line.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope(code: &str, message: &str, xml: bool) -> ServiceError {
        ServiceError::Envelope {
            code: code.into(),
            message: message.into(),
            xml,
        }
    }

    #[test]
    fn reads_the_front_end_xml() {
        let body = br#"<Error xmlns="http://schemas.microsoft.com/windowsazure" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Code>ResourceNotFound</Code><Message>The service name is unknown.</Message></Error>"#;
        assert_eq!(
            parse(body),
            envelope("ResourceNotFound", "The service name is unknown.", true)
        );
    }

    #[test]
    fn reads_xml_with_a_declaration_bom_and_entities() {
        let body = "\u{feff}<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Error><Code>BadRequest</Code><Message>a &amp; b &lt;c&gt;</Message></Error>";
        assert_eq!(
            parse(body.as_bytes()),
            envelope("BadRequest", "a & b <c>", true)
        );
    }

    #[test]
    fn reads_both_json_envelopes() {
        assert_eq!(
            parse(br#"{"Code":"ResourceNotFound","Message":"Job not found."}"#),
            envelope("ResourceNotFound", "Job not found.", false)
        );
        assert_eq!(
            parse(br#"{"error":{"code":"BadRequest","message":"Bad \/ thing"}}"#),
            envelope("BadRequest", "Bad / thing", false)
        );
    }

    #[test]
    fn bodies_too_deep_to_read_leave_the_status_line_alone() {
        let json = format!("{}1{}", r#"{"error":"#.repeat(20_000), "}".repeat(20_000));
        assert_eq!(parse(json.as_bytes()), ServiceError::Excerpt(String::new()));
        let json = format!("{}1{}", "{\"a\":".repeat(MAX_DEPTH), "}".repeat(MAX_DEPTH));
        assert_eq!(parse(json.as_bytes()), ServiceError::Excerpt(String::new()));
        let xml = format!(
            "<Error><Code>Deep</Code>{}{}</Error>",
            "<Message>".repeat(20_000),
            "</Message>".repeat(20_000)
        );
        assert_eq!(parse(xml.as_bytes()), ServiceError::Excerpt(String::new()));
        // Up to the limit a body is still read, not refused as too deep: an error nested in
        // other elements is no envelope, so its text comes out as the excerpt.
        let xml = format!(
            "{}<Error><Code>Ok</Code></Error>{}",
            "<W>".repeat(MAX_DEPTH - 2),
            "</W>".repeat(MAX_DEPTH - 2)
        );
        assert_eq!(parse(xml.as_bytes()), ServiceError::Excerpt("Ok".into()));
    }

    #[test]
    fn control_characters_in_envelopes_are_read_as_sent() {
        let xml = b"<Error><Code>Bad&#x1b;[31m</Code><Message>a&#x1b;[2J&#xA;hint: x | sudo sh</Message></Error>";
        assert_eq!(
            parse(xml),
            envelope("Bad\x1b[31m", "a\x1b[2J\nhint: x | sudo sh", true)
        );
    }

    #[test]
    fn anything_else_becomes_a_short_excerpt() {
        let html = b"<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad   Gateway</h1></body></html>";
        assert_eq!(
            parse(html),
            ServiceError::Excerpt("502 Bad Gateway Bad Gateway".into())
        );
        assert_eq!(parse(b""), ServiceError::Excerpt(String::new()));
        assert_eq!(
            parse(br#"{"unrelated":true}"#),
            ServiceError::Excerpt(r#"{"unrelated":true}"#.into())
        );
        let long = "x".repeat(1000);
        let ServiceError::Excerpt(e) = parse(long.as_bytes()) else {
            panic!()
        };
        assert_eq!(e.chars().count(), EXCERPT_CHARS + 1);
    }
}
