//! `-o json`: the service's JSON pretty-printed with two spaces, every field, its order and
//! its number text kept (`\/` comes out as `/`).

use serde_json::Value;

use crate::text::safe_json;

/// Pretty JSON followed by a newline.
pub fn pretty(value: &Value) -> String {
    // Serialising a Value cannot fail: its keys are strings and it holds no foreign types.
    let mut text = safe_json(serde_json::to_string_pretty(value).unwrap_or_default());
    text.push('\n');
    text
}

/// One compact JSON line (`-o jsonl`) followed by a newline: the same fields, order, number
/// text and escaping as [`pretty`], without the indentation.
pub fn line(value: &Value) -> String {
    // As in `pretty`: serialising a Value cannot fail.
    let mut text = safe_json(serde_json::to_string(value).unwrap_or_default());
    text.push('\n');
    text
}

/// A list as one pretty JSON array followed by a newline.
pub fn pretty_list<'a>(items: impl Iterator<Item = &'a Value>) -> String {
    let items: Vec<&Value> = items.collect();
    let mut text = safe_json(serde_json::to_string_pretty(&items).unwrap_or_default());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::is_unsafe;

    #[test]
    fn keeps_order_numbers_and_unescapes_slashes() {
        let v: Value = serde_json::from_str(
            r#"{"z":1,"a":{"n":2.50,"big":12345678901234567890123},"u":"https:\/\/x\/y"}"#,
        )
        .unwrap();
        assert_eq!(
            pretty(&v),
            "{\n  \"z\": 1,\n  \"a\": {\n    \"n\": 2.50,\n    \"big\": 12345678901234567890123\n  },\n  \"u\": \"https://x/y\"\n}\n"
        );
    }

    #[test]
    fn characters_that_drive_a_terminal_are_escaped_and_the_json_is_the_same() {
        let v = serde_json::json!({"k\u{202e}": ["\u{1b}[2J\n\u{7f}\u{9b}\u{2066}x"]});
        let text = pretty(&v);
        assert!(!text.chars().any(|c| is_unsafe(c) && c != '\n'), "{text:?}");
        assert!(text.contains(r#""k\u202e""#), "{text}");
        assert!(
            text.contains(r#""\u001b[2J\n\u007f\u009b\u2066x""#),
            "{text}"
        );
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
    }

    #[test]
    fn a_line_is_compact_with_the_same_numbers_order_and_escapes() {
        let v: Value = serde_json::from_str(
            r#"{"z":1.0,"a":{"big":18446744073709551616,"t":"2015-03-31T08:10:39.9122716Z"},"u":"https:\/\/x","c":"\u001b\u009b\u202e"}"#,
        )
        .unwrap();
        let text = line(&v);
        assert_eq!(
            text,
            "{\"z\":1.0,\"a\":{\"big\":18446744073709551616,\"t\":\"2015-03-31T08:10:39.9122716Z\"},\"u\":\"https://x\",\"c\":\"\\u001b\\u009b\\u202e\"}\n"
        );
        assert_eq!(serde_json::from_str::<Value>(&text).unwrap(), v);
    }

    #[test]
    fn a_list_is_one_array_and_an_empty_list_is_valid_json() {
        let a: Value = serde_json::from_str(r#"{"id":"a"}"#).unwrap();
        assert_eq!(
            pretty_list([&a].into_iter()),
            "[\n  {\n    \"id\": \"a\"\n  }\n]\n"
        );
        assert_eq!(pretty_list(std::iter::empty()), "[]\n");
    }
}
