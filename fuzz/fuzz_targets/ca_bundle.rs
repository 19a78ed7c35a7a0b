//! The CA-file parser of `--ca-cert` / `ca_certificate`: PEM blocks or DER, the subject index
//! that reads DER by hand, and the decoding (trust settings included) a verification does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schedctl::client::tls::Bundle;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(bundle) = Bundle::from_bytes(bytes) {
        assert!(!bundle.is_empty());
        assert!(bundle.decode_all().len() <= bundle.len());
    }
});
