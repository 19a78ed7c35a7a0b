//! Recognising PEM text: the one test and byte search the credentials and the CA bundle
//! parser share.

/// What opens every PEM block.
pub const BEGIN: &[u8] = b"-----BEGIN ";

/// Whether `bytes` hold a PEM block anywhere; text before it is allowed, as OpenSSL allows it.
pub fn looks_like_pem(bytes: &[u8]) -> bool {
    find(bytes, BEGIN).is_some()
}

/// Where `needle` first starts in `haystack`: the byte search the PEM readers share.
pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_begin_line_anywhere_is_pem() {
        assert!(looks_like_pem(b"junk\n-----BEGIN CERTIFICATE-----\n"));
        assert!(!looks_like_pem(b"\x30\x82\x01\x00"));
        assert!(!looks_like_pem(b"-----BEGIN"));
    }
}
