//! A job response body: JSON, then the typed view.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schedctl::error::Kind;

fuzz_target!(|body: &[u8]| {
    if let Err(e) = schedctl::model::parse_job(body, None) {
        assert_eq!(e.kind, Kind::InvalidResponse);
    }
});
