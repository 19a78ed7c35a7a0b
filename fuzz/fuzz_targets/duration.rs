//! Human durations (`90s`, `1h30m`) from flags, environment and the config file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(d) = schedctl::cli::parse_duration(text) {
        assert!(!d.is_zero());
    }
});
