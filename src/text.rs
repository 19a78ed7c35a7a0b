//! The one place that makes outside text safe to show a person (SPEC §5).
//!
//! Text that comes from the service, a file or the environment (job fields, error codes and
//! messages, XML element names, profile and subscription names, paths) may hold escape
//! sequences that paint the terminal, line breaks that forge a line such as a fake `hint:`, or
//! bidirectional overrides that make a value read backwards. Every path that shows such text
//! on a terminal goes through [`safe`] (errors, warnings, hints, traces, progress lines,
//! summaries) or [`one_line`] (table cells, a glimpse of a body); JSON text (`-o json`,
//! objects under `--field`) through [`safe_json`], which keeps it the same JSON. `--field`'s
//! strings follow jq's `@tsv` rule in `model::field`, built on [`is_unsafe`].
//!
//! [`shown`] and [`might_be_secret`] keep a value that may be a secret (PEM text pasted where a
//! path belongs) out of every message.
//!
//! This module imports nothing from the crate, so anything may use it.

use std::borrow::Cow;

/// Whether `c` must never reach a terminal as it is: C0 controls, DEL, C1 controls, and the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` with every unsafe character shown as a visible escape (`\u{1b}`, `\u{a}`,
/// `\u{202e}`), so that it stays on its line and cannot drive the terminal.
pub fn safe(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_safe(&mut out, c);
    }
    Cow::Owned(out)
}

/// JSON text with every character that [`is_unsafe`] flags inside its strings written as a
/// `\uXXXX` escape: serde_json escapes C0 controls itself, but DEL, C1 controls and bidi
/// overrides would reach a terminal raw. Those never occur outside strings (where the only
/// control is the pretty printer's line feed), and an escape keeps the string's value: the
/// result is the same JSON.
pub fn safe_json(json: String) -> String {
    let raw = |c: char| (is_unsafe(c) && !c.is_ascii_control()) || c == '\u{7f}';
    if !json.chars().any(raw) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if raw(c) {
            // Every unsafe character is in the Basic Multilingual Plane: one escape each.
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// One table cell: runs of white space (line breaks and tabs included) fold into one space,
/// so that a service message reads as one line, and every other unsafe character is escaped
/// as by [`safe`].
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = false;
    for c in text.chars() {
        let space = c.is_whitespace() && !is_unsafe_non_space(c);
        if space {
            if !last_space {
                out.push(' ');
            }
        } else {
            push_safe(&mut out, c);
        }
        last_space = space;
    }
    out
}

/// Unsafe characters that count as white space in Unicode but are not plain spacing
/// (U+0085 NEXT LINE is a C1 control, so it is escaped rather than folded).
fn is_unsafe_non_space(c: char) -> bool {
    is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}')
}

fn push_safe(out: &mut String, c: char) {
    if is_unsafe(c) {
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// Whether a value might be a secret rather than the path, name or URL it stands for: PEM
/// text, anything with a line break or other control, or a long run of base64 (a key or a
/// `.pfx` pasted whole). Such a value is never echoed in a message.
pub fn might_be_secret(value: &str) -> bool {
    let base64 = |c: char| c.is_ascii_alphanumeric() || "+/=".contains(c);
    value.contains("-----BEGIN")
        || value.chars().any(char::is_control)
        || (value.len() >= 100 && value.chars().all(base64))
}

/// A value for an error message: quoted and escaped, or a placeholder when it might be a
/// secret.
pub fn shown(value: &str) -> String {
    if might_be_secret(value) {
        "(value not shown: it does not look like a setting and may be a secret)".to_string()
    } else {
        format!("'{}'", value.escape_debug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(
            safe("job 'job1' — ünïcode 日本"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn controls_and_bidi_become_visible_escapes() {
        assert_eq!(safe("a\x1b[31mb"), "a\\u{1b}[31mb");
        assert_eq!(safe("x\nhint: run | sudo sh"), "x\\u{a}hint: run | sudo sh");
        assert_eq!(safe("\r\t\u{7f}\u{9b}"), "\\u{d}\\u{9}\\u{7f}\\u{9b}");
        assert_eq!(safe("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(
            safe("\u{2066}\u{2069}\u{202a}"),
            "\\u{2066}\\u{2069}\\u{202a}"
        );
    }

    #[test]
    fn table_cells_fold_white_space_and_escape_the_rest() {
        assert_eq!(one_line("a \n\t b"), "a b");
        assert_eq!(one_line("a\x1bb\u{85}c"), "a\\u{1b}b\\u{85}c");
        assert_eq!(one_line("evil\u{202e}txt"), "evil\\u{202e}txt");
    }
}
