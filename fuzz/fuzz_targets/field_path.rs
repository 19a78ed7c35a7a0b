//! `--field` paths, and looking them up in a JSON document given after the first newline.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schedctl::model::field::FieldPath;

fuzz_target!(|input: &str| {
    let (path, document) = input.split_once('\n').unwrap_or((input, "null"));
    if let Ok(path) = FieldPath::parse(path) {
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(document) {
            let _ = path.lookup(&value);
        }
    }
});
