//! The service's error envelopes (XML, both JSON forms, anything else as an excerpt).
#![no_main]

use libfuzzer_sys::fuzz_target;
use schedctl::client::error_body::{parse, ServiceError};

fuzz_target!(|body: &[u8]| {
    if let ServiceError::Excerpt(text) = parse(body) {
        assert!(text.chars().count() <= 161);
    }
});
