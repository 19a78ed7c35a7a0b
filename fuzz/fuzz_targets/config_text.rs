//! The config file's text, every profile checked.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use schedctl::error::Kind;

fuzz_target!(|text: &str| {
    if let Err(e) = schedctl::config::check_file_text(Path::new("/fuzz/config.toml"), text) {
        assert_eq!(e.kind, Kind::Config);
    }
});
