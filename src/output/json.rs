//! `-o json`: the service's JSON pretty-printed with two spaces, every field, its order and
//! its number text kept (`\/` comes out as `/`).

use serde_json::Value;

/// Pretty JSON followed by a newline.
pub fn pretty(value: &Value) -> String {
    // Serialising a Value cannot fail: its keys are strings and it holds no foreign types.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// A list as one pretty JSON array followed by a newline.
pub fn pretty_list<'a>(items: impl Iterator<Item = &'a Value>) -> String {
    let items: Vec<&Value> = items.collect();
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_list_is_one_array_and_an_empty_list_is_valid_json() {
        let a: Value = serde_json::from_str(r#"{"id":"a"}"#).unwrap();
        assert_eq!(
            pretty_list([&a].into_iter()),
            "[\n  {\n    \"id\": \"a\"\n  }\n]\n"
        );
        assert_eq!(pretty_list(std::iter::empty()), "[]\n");
    }
}
