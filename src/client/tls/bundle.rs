//! The CA bundle parser: PEM blocks or DER read without decoding, the subject index built by
//! reading DER by hand, and the decoding (trust settings included) a verification asks for.
//!
//! Pure but for OpenSSL's decoders, so that the fuzz target and the proptests reach all of it.

use std::sync::{Mutex, OnceLock};

use base64::Engine;
use foreign_types::ForeignType;
use openssl::x509::{X509Name, X509};

use crate::pem::{find, looks_like_pem, BEGIN};

// Not wrapped by the openssl crate; part of libcrypto's public API.
extern "C" {
    fn d2i_X509_AUX(
        a: *mut *mut openssl_sys::X509,
        pp: *mut *const u8,
        length: std::ffi::c_long,
    ) -> *mut openssl_sys::X509;
}

/// Why a file's contents are not a certificate bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BundleError {
    /// PEM with a malformed block, or a certificate block that is not one.
    InvalidPem,
    /// Not PEM, and not one DER certificate either.
    NotACertificate,
    /// PEM without any certificate block.
    Empty,
}

/// Certificates from one PEM or DER file, indexed by subject, decoded on demand.
pub struct Bundle {
    entries: Vec<Entry>,
    /// Parsed subject names, filled on first verification.
    names: OnceLock<Vec<Option<X509Name>>>,
    /// Entries already in the store.
    added: Mutex<Vec<bool>>,
}

struct Entry {
    /// For a `TRUSTED CERTIFICATE`, the certificate followed by its trust settings.
    der: Vec<u8>,
    /// Whether `der` carries trust settings, which OpenSSL reads with `d2i_X509_AUX`.
    trusted: bool,
    /// The subject Name's DER (tag included) within `der`.
    subject: std::ops::Range<usize>,
}

impl Bundle {
    /// Indexes the certificates of a file's contents without decoding them. `Err` says why
    /// the contents are not a certificate file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, BundleError> {
        if looks_like_pem(bytes) {
            Bundle::from_pem_blocks(pem_certificates(bytes).ok_or(BundleError::InvalidPem)?)
        } else {
            Bundle::from_ders(vec![(bytes.to_vec(), false)], false)
        }
    }

    /// The bundle of PEM blocks already split by [`pem_certificates`], so that a caller that
    /// looked at them first does not split the file again.
    pub(super) fn from_pem_blocks(blocks: Vec<(Vec<u8>, bool)>) -> Result<Bundle, BundleError> {
        Bundle::from_ders(blocks, true)
    }

    fn from_ders(ders: Vec<(Vec<u8>, bool)>, pem: bool) -> Result<Bundle, BundleError> {
        let mut entries = Vec::with_capacity(ders.len());
        for (der, trusted) in ders {
            match subject_range(&der) {
                Some(subject) => entries.push(Entry {
                    der,
                    trusted,
                    subject,
                }),
                None if pem => return Err(BundleError::InvalidPem),
                None => return Err(BundleError::NotACertificate),
            }
        }
        if entries.is_empty() {
            return Err(BundleError::Empty);
        }
        Ok(Bundle::new(entries))
    }

    fn new(entries: Vec<Entry>) -> Bundle {
        let added = Mutex::new(vec![false; entries.len()]);
        Bundle {
            entries,
            names: OnceLock::new(),
            added,
        }
    }

    /// How many certificates the bundle holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the bundle is empty (never, once built by [`Bundle::from_bytes`]).
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every certificate decoded as a verification would decode it (trust settings kept);
    /// those OpenSSL cannot decode are left out. The parsers' whole path, for fuzzing.
    pub fn decode_all(&self) -> Vec<X509> {
        let _ = self.names();
        self.entries.iter().filter_map(Entry::decode).collect()
    }

    fn names(&self) -> &[Option<X509Name>] {
        self.names.get_or_init(|| {
            self.entries
                .iter()
                .map(|e| X509Name::from_der(&e.der[e.subject.clone()]).ok())
                .collect()
        })
    }

    /// Decodes the certificates whose subject is one of `wanted` or, transitively, the issuer
    /// of one so decoded, and that are not in the store yet. Runs inside OpenSSL's verification
    /// callback, so it cannot panic: no indexing, no unwrapping.
    pub(super) fn certificates_for(&self, wanted: &mut Vec<X509Name>) -> Vec<X509> {
        let names = self.names();
        let mut added = self.added.lock().unwrap_or_else(|e| e.into_inner());
        let mut found = Vec::new();
        let mut next = 0;
        while next < wanted.len() {
            let mut new_names = Vec::new();
            for want in wanted.iter().skip(next) {
                let candidates = names.iter().zip(added.iter_mut()).zip(&self.entries);
                for ((name, added), entry) in candidates {
                    let Some(name) = name else { continue };
                    if *added || !matches!(name.try_cmp(want), Ok(std::cmp::Ordering::Equal)) {
                        continue;
                    }
                    *added = true;
                    // A certificate OpenSSL cannot decode is skipped, as its file loader does.
                    if let Some(cert) = entry.decode() {
                        if let Ok(issuer) = cert.issuer_name().to_owned() {
                            new_names.push(issuer);
                        }
                        found.push(cert);
                    }
                }
            }
            next = wanted.len();
            wanted.extend(new_names);
        }
        found
    }
}

impl Entry {
    /// The certificate as OpenSSL's file loader decodes it: with its trust settings (a CA
    /// rejected for `serverAuth`, say) when it came as a `TRUSTED CERTIFICATE`.
    fn decode(&self) -> Option<X509> {
        if !self.trusted {
            return X509::from_der(&self.der).ok();
        }
        let len = std::ffi::c_long::try_from(self.der.len()).ok()?;
        let mut p = self.der.as_ptr();
        // SAFETY: `p` points at `len` readable bytes; OpenSSL returns a new certificate that
        // we own, or null.
        let cert = unsafe { d2i_X509_AUX(std::ptr::null_mut(), &mut p, len) };
        // SAFETY: a non-null result is an owned X509.
        (!cert.is_null()).then(|| unsafe { X509::from_ptr(cert) })
    }
}

/// The DER of every certificate block (`CERTIFICATE`, `X509 CERTIFICATE`, `TRUSTED
/// CERTIFICATE`; other blocks are skipped as OpenSSL's reader skips them), each with whether
/// it is a `TRUSTED CERTIFICATE` (one with trust settings); `None` if a block is malformed.
pub(super) fn pem_certificates(bytes: &[u8]) -> Option<Vec<(Vec<u8>, bool)>> {
    const END: &[u8] = b"-----END ";
    let mut out = Vec::new();
    let mut rest = bytes;
    while let Some(start) = find(rest, BEGIN) {
        let after = &rest[start + BEGIN.len()..];
        let label_end = find(after, b"-----")?;
        let label = &after[..label_end];
        let body = &after[label_end + 5..];
        let end = find(body, END)?;
        let end_label = &body[end + END.len()..];
        if !end_label.starts_with(label) || !end_label[label.len()..].starts_with(b"-----") {
            return None;
        }
        let is_trusted = label == b"TRUSTED CERTIFICATE";
        if label == b"CERTIFICATE" || label == b"X509 CERTIFICATE" || is_trusted {
            let text: Vec<u8> = body[..end]
                .iter()
                .copied()
                .filter(|b| !b.is_ascii_whitespace())
                .collect();
            out.push((
                base64::engine::general_purpose::STANDARD
                    .decode(text)
                    .ok()?,
                is_trusted,
            ));
        }
        rest = &end_label[label.len() + 5..];
    }
    Some(out)
}

/// One DER element at `at`: (tag, content range, end).
fn tlv(der: &[u8], at: usize) -> Option<(u8, std::ops::Range<usize>, usize)> {
    let tag = *der.get(at)?;
    let first = *der.get(at + 1)? as usize;
    let (len, header) = if first < 0x80 {
        (first, 2)
    } else {
        let n = first & 0x7f;
        if n == 0 || n > 4 {
            return None;
        }
        let mut len = 0usize;
        for i in 0..n {
            len = (len << 8) | *der.get(at + 2 + i)? as usize;
        }
        (len, 2 + n)
    };
    let start = at + header;
    let end = start.checked_add(len)?;
    (end <= der.len()).then_some((tag, start..end, end))
}

/// Where the subject Name lies in a DER certificate, walking
/// `Certificate → tbsCertificate → [version] serial signature issuer validity subject`.
fn subject_range(der: &[u8]) -> Option<std::ops::Range<usize>> {
    let (tag, cert, _) = tlv(der, 0)?;
    if tag != 0x30 {
        return None;
    }
    let (tag, tbs, _) = tlv(der, cert.start)?;
    if tag != 0x30 {
        return None;
    }
    let mut at = tbs.start;
    let (tag, _, end) = tlv(der, at)?;
    if tag == 0xa0 {
        at = end;
    }
    // serial, signature algorithm, issuer, validity
    for expected in [0x02, 0x30, 0x30, 0x30] {
        let (tag, _, end) = tlv(der, at)?;
        if tag != expected {
            return None;
        }
        at = end;
    }
    let (tag, _, end) = tlv(der, at)?;
    (tag == 0x30 && end <= tbs.end).then_some(at..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ca_pem() -> String {
        schedctl_emulator_free_ca()
    }

    /// A self-signed certificate made with OpenSSL, so that the test needs no emulator.
    fn schedctl_emulator_free_ca() -> String {
        use openssl::asn1::Asn1Time;
        use openssl::bn::BigNum;
        use openssl::ec::{EcGroup, EcKey};
        use openssl::hash::MessageDigest;
        use openssl::nid::Nid;
        use openssl::pkey::PKey;
        use openssl::x509::X509NameBuilder;
        let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        let key = PKey::from_ec_key(EcKey::generate(&group).unwrap()).unwrap();
        let mut name = X509NameBuilder::new().unwrap();
        name.append_entry_by_text("CN", "Test CA").unwrap();
        let name = name.build();
        let mut b = X509::builder().unwrap();
        b.set_version(2).unwrap();
        b.set_serial_number(&BigNum::from_u32(7).unwrap().to_asn1_integer().unwrap())
            .unwrap();
        b.set_subject_name(&name).unwrap();
        b.set_issuer_name(&name).unwrap();
        b.set_pubkey(&key).unwrap();
        b.set_not_before(&Asn1Time::days_from_now(0).unwrap())
            .unwrap();
        b.set_not_after(&Asn1Time::days_from_now(1).unwrap())
            .unwrap();
        b.sign(&key, MessageDigest::sha256()).unwrap();
        String::from_utf8(b.build().to_pem().unwrap()).unwrap()
    }

    #[test]
    fn subjects_are_found_without_decoding() {
        let pem = ca_pem();
        let cert = X509::from_pem(pem.as_bytes()).unwrap();
        let der = cert.to_der().unwrap();
        let range = subject_range(&der).unwrap();
        assert_eq!(
            &der[range],
            cert.subject_name().to_der().unwrap().as_slice()
        );
        let two = format!("junk before\n{pem}text between\n{pem}");
        let bundle = Bundle::from_bytes(two.as_bytes()).unwrap();
        assert_eq!(bundle.len(), 2);
        let bundle = Bundle::from_bytes(&der).unwrap();
        assert_eq!(bundle.len(), 1);
    }

    #[test]
    fn bad_files_are_refused() {
        assert_eq!(
            Bundle::from_bytes(b"-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n")
                .err()
                .unwrap(),
            BundleError::InvalidPem
        );
        assert_eq!(
            Bundle::from_bytes(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                .err()
                .unwrap(),
            BundleError::Empty
        );
        assert_eq!(
            Bundle::from_bytes(b"\x30\x03\x02\x01\x01").err().unwrap(),
            BundleError::NotACertificate
        );
    }

    #[test]
    fn trust_settings_survive_decoding() {
        let cert = X509::from_pem(ca_pem().as_bytes()).unwrap();
        // A TRUSTED CERTIFICATE is the certificate's DER followed by X509_CERT_AUX; one
        // rejecting serverAuth (1.3.6.1.5.5.7.3.1) is `SEQUENCE { [0] { OID } }`.
        let mut der = cert.to_der().unwrap();
        der.extend_from_slice(&[
            0x30, 0x0c, 0xa0, 0x0a, 0x06, 0x08, 0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01,
        ]);
        let pem = format!(
            "-----BEGIN TRUSTED CERTIFICATE-----\n{}\n-----END TRUSTED CERTIFICATE-----\n",
            base64::engine::general_purpose::STANDARD.encode(&der)
        );
        let bundle = Bundle::from_bytes(pem.as_bytes()).unwrap();
        let decoded = bundle.decode_all();
        assert_eq!(decoded.len(), 1);
        extern "C" {
            fn i2d_X509_AUX(a: *mut openssl_sys::X509, pp: *mut *mut u8) -> std::ffi::c_int;
        }
        // Encoded again with its auxiliary data, it is as long as certificate and settings:
        // the settings were kept (a plain decode would give the certificate's length).
        // SAFETY: a valid certificate; a null output pointer asks only for the length.
        let len = unsafe { i2d_X509_AUX(decoded[0].as_ptr(), std::ptr::null_mut()) };
        assert_eq!(usize::try_from(len).unwrap(), der.len());
        assert!(bundle.entries[0].trusted);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..600)) {
            if let Ok(bundle) = Bundle::from_bytes(&bytes) {
                proptest::prop_assert!(!bundle.is_empty());
                let _ = bundle.decode_all();
            }
        }

        #[test]
        fn pem_ish_text_never_panics(
            pieces in proptest::collection::vec(0usize..12, 0..24),
            cut in 0usize..400,
            flip in 0usize..400,
        ) {
            let cert = X509::from_pem(ca_pem().as_bytes()).unwrap().to_der().unwrap();
            let mut mutated = cert.clone();
            let at = flip % mutated.len();
            mutated[at] ^= 0x5a;
            let b64 = |d: &[u8]| base64::engine::general_purpose::STANDARD.encode(d);
            let parts = [
                "-----BEGIN CERTIFICATE-----\n".to_string(),
                "-----END CERTIFICATE-----\n".to_string(),
                "-----BEGIN TRUSTED CERTIFICATE-----\n".to_string(),
                "-----END TRUSTED CERTIFICATE-----\n".to_string(),
                "-----BEGIN ".to_string(),
                "-----".to_string(),
                b64(&cert),
                b64(&cert[..cut.min(cert.len())]),
                b64(&mutated),
                format!("{}MAwwCgYIKwYBBQUHAwE=", b64(&cert)),
                "\n".to_string(),
                "=\u{0}é".to_string(),
            ];
            let text: String = pieces.iter().map(|&i| parts[i].as_str()).collect();
            if let Ok(bundle) = Bundle::from_bytes(text.as_bytes()) {
                let _ = bundle.decode_all();
                let mut other = openssl::x509::X509NameBuilder::new().unwrap();
                other.append_entry_by_text("CN", "Test CA").unwrap();
                let _ = bundle.certificates_for(&mut vec![other.build()]);
            }
            // The same bytes as a trusted DER entry: d2i_X509_AUX on anything.
            let entry = Entry { der: text.into_bytes(), trusted: true, subject: 0..0 };
            let _ = entry.decode();
        }
    }

    #[test]
    fn only_matching_certificates_are_decoded() {
        let a = ca_pem();
        let b = ca_pem();
        let bundle = Bundle::from_bytes(format!("{a}{b}").as_bytes()).unwrap();
        let wanted_cert = X509::from_pem(a.as_bytes()).unwrap();
        let mut wanted = vec![wanted_cert.subject_name().to_owned().unwrap()];
        // Both carry the subject "CN=Test CA", so both are candidates, once.
        assert_eq!(bundle.certificates_for(&mut wanted).len(), 2);
        let mut wanted = vec![wanted_cert.subject_name().to_owned().unwrap()];
        assert_eq!(bundle.certificates_for(&mut wanted).len(), 0);
        let mut other = openssl::x509::X509NameBuilder::new().unwrap();
        other.append_entry_by_text("CN", "Someone else").unwrap();
        let fresh = Bundle::from_bytes(a.as_bytes()).unwrap();
        assert!(fresh.certificates_for(&mut vec![other.build()]).is_empty());
    }
}
