//! Certificates for the emulator and its tests, made with the `openssl` crate.
//!
//! * [`Ca`]: the emulator's own certificate authority (ECDSA P-256). At
//!   [`crate::Builder::start`] it issues the server certificate (ECDSA P-256,
//!   SAN `IP:127.0.0.1`, `IP:::1`, `DNS:localhost`, EKU `serverAuth`).
//! * [`ClientCert`]: a self-signed *management certificate*, as users uploaded
//!   them to the classic portal, in every file shape the client must read
//!   (PEM keys in PKCS#8, PKCS#1, SEC1, encrypted PKCS#8; PKCS#12 with modern
//!   or legacy RC2-40 encryption).

use std::io;
use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use openssl::asn1::{Asn1Integer, Asn1Time};
use openssl::bn::{BigNum, MsbOption};
use openssl::ec::{EcGroup, EcKey};
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::{PKey, Private};
use openssl::provider::Provider;
use openssl::rsa::Rsa;
use openssl::symm::Cipher;
use openssl::x509::extension::{
    AuthorityKeyIdentifier, BasicConstraints, ExtendedKeyUsage, KeyUsage, SubjectAlternativeName,
    SubjectKeyIdentifier,
};
use openssl::x509::{X509Builder, X509Name, X509Ref, X509};

const DAY: i64 = 86_400;

/// A certificate authority: a self-signed ECDSA P-256 certificate with
/// `basicConstraints CA:TRUE` and its private key.
#[derive(Clone)]
pub struct Ca {
    cert: X509,
    key: PKey<Private>,
}

impl std::fmt::Debug for Ca {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ca")
            .field("subject", &subject_string(&self.cert))
            .finish_non_exhaustive()
    }
}

impl Ca {
    /// Generates a new CA named `common_name`, valid from a day ago for ten years.
    pub fn generate(common_name: &str) -> Ca {
        let key = ec_p256_key();
        let name = x509_name(common_name);
        let mut b = new_builder(&name, &name, &key, -1, 3650);
        let ski = SubjectKeyIdentifier::new()
            .build(&b.x509v3_context(None, None))
            .expect("subject key identifier");
        b.append_extension(
            BasicConstraints::new()
                .critical()
                .ca()
                .build()
                .expect("basic constraints"),
        )
        .expect("append");
        b.append_extension(
            KeyUsage::new()
                .critical()
                .key_cert_sign()
                .crl_sign()
                .digital_signature()
                .build()
                .expect("key usage"),
        )
        .expect("append");
        b.append_extension(ski).expect("append");
        b.sign(&key, MessageDigest::sha256()).expect("sign CA");
        Ca {
            cert: b.build(),
            key,
        }
    }

    /// Loads a CA saved earlier with [`Ca::cert_pem`] and [`Ca::key_pkcs8_pem`]
    /// (the binary keeps its CA across restarts this way).
    pub fn from_pem(cert_pem: &[u8], key_pem: &[u8]) -> io::Result<Ca> {
        let cert = X509::from_pem(cert_pem).map_err(invalid)?;
        let key = PKey::private_key_from_pem(key_pem).map_err(invalid)?;
        let matches = cert
            .public_key()
            .map(|p| p.public_eq(&key))
            .map_err(invalid)?;
        if !matches {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                "the CA key does not belong to the CA certificate",
            ));
        }
        Ok(Ca { cert, key })
    }

    /// The CA certificate as PEM (what clients trust).
    pub fn cert_pem(&self) -> String {
        pem_string(self.cert.to_pem())
    }

    /// The CA private key as unencrypted PKCS#8 PEM.
    pub fn key_pkcs8_pem(&self) -> String {
        pem_string(self.key.private_key_to_pem_pkcs8())
    }

    /// Issues a server certificate: ECDSA P-256, EKU serverAuth; for
    /// [`ServerCertKind::Valid`], SAN IP 127.0.0.1, IP ::1 and DNS localhost,
    /// valid from a day ago for a year.
    pub(crate) fn issue_server_cert_as(&self, kind: ServerCertKind) -> (X509, PKey<Private>) {
        let key = ec_p256_key();
        let subject = x509_name("localhost");
        let (not_before, not_after) = match kind {
            ServerCertKind::Expired => (-30, -1),
            _ => (-1, 365),
        };
        let mut b = new_builder(
            &subject,
            self.cert.subject_name(),
            &key,
            not_before,
            not_after,
        );
        let mut san = SubjectAlternativeName::new();
        match kind {
            ServerCertKind::WrongHost => san.dns("wrong-host.invalid"),
            _ => san.ip("127.0.0.1").ip("::1").dns("localhost"),
        };
        let san = san
            .build(&b.x509v3_context(Some(&self.cert), None))
            .expect("subject alternative name");
        let aki = AuthorityKeyIdentifier::new()
            .keyid(false)
            .build(&b.x509v3_context(Some(&self.cert), None))
            .expect("authority key identifier");
        let ski = SubjectKeyIdentifier::new()
            .build(&b.x509v3_context(Some(&self.cert), None))
            .expect("subject key identifier");
        b.append_extension(BasicConstraints::new().critical().build().expect("bc"))
            .expect("append");
        b.append_extension(
            KeyUsage::new()
                .critical()
                .digital_signature()
                .build()
                .expect("key usage"),
        )
        .expect("append");
        b.append_extension(ExtendedKeyUsage::new().server_auth().build().expect("eku"))
            .expect("append");
        b.append_extension(san).expect("append");
        b.append_extension(aki).expect("append");
        b.append_extension(ski).expect("append");
        b.sign(&self.key, MessageDigest::sha256())
            .expect("sign server certificate");
        (b.build(), key)
    }
}

/// Which server certificate the emulator presents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ServerCertKind {
    /// Valid for a year, for `127.0.0.1`, `::1` and `localhost`.
    #[default]
    Valid,
    /// The same names, but it expired yesterday.
    Expired,
    /// Valid in time, but only for `wrong-host.invalid`.
    WrongHost,
}

/// The key algorithm of a [`ClientCert`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyType {
    /// RSA with a 2048-bit modulus (what the portal and `makecert` produced).
    Rsa2048,
    /// ECDSA on NIST P-256.
    EcP256,
}

/// How a PKCS#12 file built by [`ClientCert::pkcs12_der`] is encrypted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pkcs12Cipher {
    /// OpenSSL 3's default: AES-256-CBC with PBKDF2, HMAC-SHA-256 MAC.
    Modern,
    /// Like old Windows and portal files (`.publishsettings`): certificates
    /// under RC2-40 (pbeWithSHA1And40BitRC2-CBC), the key under 3DES
    /// (pbeWithSHA1And3-KeyTripleDES-CBC), SHA-1 MAC. OpenSSL 3 reads and
    /// writes this only with its `legacy` provider loaded.
    Legacy,
}

/// A self-signed client (management) certificate with its private key.
#[derive(Clone)]
pub struct ClientCert {
    cert: X509,
    key: PKey<Private>,
    key_type: KeyType,
}

impl std::fmt::Debug for ClientCert {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientCert")
            .field("subject", &subject_string(&self.cert))
            .field("key_type", &self.key_type)
            .field("thumbprint", &self.thumbprint())
            .finish_non_exhaustive()
    }
}

impl ClientCert {
    /// Generates a self-signed certificate `CN=common_name`, valid from a day
    /// ago to 365 days from now.
    pub fn generate(common_name: &str, key: KeyType) -> ClientCert {
        Self::generate_with_validity(common_name, key, -1, 365)
    }

    /// Like [`ClientCert::generate`] with the validity given in days relative
    /// to now (negative values lie in the past: `(-30, -1)` is an expired
    /// certificate).
    pub fn generate_with_validity(
        common_name: &str,
        key_type: KeyType,
        not_before_days: i64,
        not_after_days: i64,
    ) -> ClientCert {
        let key = match key_type {
            KeyType::Rsa2048 => {
                PKey::from_rsa(Rsa::generate(2048).expect("RSA key")).expect("RSA pkey")
            }
            KeyType::EcP256 => ec_p256_key(),
        };
        let name = x509_name(common_name);
        let mut b = new_builder(&name, &name, &key, not_before_days, not_after_days);
        let mut ku = KeyUsage::new();
        ku.critical().digital_signature();
        if key_type == KeyType::Rsa2048 {
            ku.key_encipherment();
        }
        b.append_extension(BasicConstraints::new().build().expect("bc"))
            .expect("append");
        b.append_extension(ku.build().expect("key usage"))
            .expect("append");
        b.append_extension(ExtendedKeyUsage::new().client_auth().build().expect("eku"))
            .expect("append");
        b.sign(&key, MessageDigest::sha256())
            .expect("sign client certificate");
        ClientCert {
            cert: b.build(),
            key,
            key_type,
        }
    }

    /// The certificate as PEM (`BEGIN CERTIFICATE`).
    pub fn cert_pem(&self) -> String {
        pem_string(self.cert.to_pem())
    }

    /// The private key as unencrypted PKCS#8 PEM (`BEGIN PRIVATE KEY`).
    pub fn key_pkcs8_pem(&self) -> String {
        pem_string(self.key.private_key_to_pem_pkcs8())
    }

    /// The private key as PKCS#1 PEM (`BEGIN RSA PRIVATE KEY`).
    ///
    /// # Panics
    /// If the key is not RSA.
    pub fn key_pkcs1_pem(&self) -> String {
        let rsa = self
            .key
            .rsa()
            .expect("key_pkcs1_pem needs an RSA key (KeyType::Rsa2048)");
        pem_string(rsa.private_key_to_pem())
    }

    /// The private key as SEC1 PEM (`BEGIN EC PRIVATE KEY`).
    ///
    /// # Panics
    /// If the key is not EC.
    pub fn key_sec1_pem(&self) -> String {
        let ec = self
            .key
            .ec_key()
            .expect("key_sec1_pem needs an EC key (KeyType::EcP256)");
        pem_string(ec.private_key_to_pem())
    }

    /// The private key as encrypted PKCS#8 PEM (`BEGIN ENCRYPTED PRIVATE
    /// KEY`, AES-256-CBC with PBKDF2).
    pub fn key_pkcs8_encrypted_pem(&self, password: &str) -> String {
        pem_string(
            self.key
                .private_key_to_pem_pkcs8_passphrase(Cipher::aes_256_cbc(), password.as_bytes()),
        )
    }

    /// The certificate and key as a PKCS#12 file (DER) protected by
    /// `password` (may be empty, as in `.publishsettings` files).
    pub fn pkcs12_der(&self, password: &str, cipher: Pkcs12Cipher) -> Vec<u8> {
        let mut b = Pkcs12::builder();
        b.name("schedctl management certificate")
            .pkey(&self.key)
            .cert(&self.cert);
        if cipher == Pkcs12Cipher::Legacy {
            assert!(
                legacy_provider_loaded(),
                "the OpenSSL `legacy` provider could not be loaded; it is needed for RC2-40"
            );
            b.cert_algorithm(Nid::PBE_WITHSHA1AND40BITRC2_CBC)
                .key_algorithm(Nid::PBE_WITHSHA1AND3_KEY_TRIPLEDES_CBC)
                .mac_md(MessageDigest::sha1());
        }
        b.build2(password)
            .and_then(|p| p.to_der())
            .expect("build PKCS#12")
    }

    /// SHA-1 of the DER certificate, 40 upper-case hex digits (how Azure
    /// names management certificates).
    pub fn thumbprint(&self) -> String {
        thumbprint(&self.cert)
    }

    /// The end of the validity period in RFC 3339 (`2027-01-31T08:10:39Z`).
    pub fn not_after_rfc3339(&self) -> String {
        asn1_to_unix(self.cert.not_after())
            .map(rfc3339)
            .unwrap_or_default()
    }
}

/// SHA-1 thumbprint (40 upper-case hex digits) of the first certificate in a
/// PEM file.
pub fn thumbprint_from_pem(pem: &[u8]) -> io::Result<String> {
    let cert = X509::from_pem(pem).map_err(invalid)?;
    Ok(thumbprint(&cert))
}

/// Whether the first certificate in a PEM file has expired, or expires within
/// `days` days.
pub fn pem_expires_within(pem: &[u8], days: u32) -> io::Result<bool> {
    let cert = X509::from_pem(pem).map_err(invalid)?;
    let limit = Asn1Time::days_from_now(days).map_err(invalid)?;
    Ok(cert.not_after() <= limit)
}

pub(crate) fn thumbprint(cert: &X509Ref) -> String {
    match cert.digest(MessageDigest::sha1()) {
        Ok(d) => d.iter().map(|b| format!("{b:02X}")).collect(),
        Err(_) => String::new(),
    }
}

/// Loads OpenSSL's `legacy` provider once per process (keeping the default
/// provider available) and reports whether it is available.
pub(crate) fn legacy_provider_loaded() -> bool {
    static LEGACY: OnceLock<Option<Provider>> = OnceLock::new();
    LEGACY
        .get_or_init(|| Provider::try_load(None, "legacy", true).ok())
        .is_some()
}

fn invalid(e: openssl::error::ErrorStack) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e)
}

fn pem_string(r: Result<Vec<u8>, openssl::error::ErrorStack>) -> String {
    String::from_utf8(r.expect("PEM encoding")).expect("PEM is ASCII")
}

fn ec_p256_key() -> PKey<Private> {
    let group = EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).expect("P-256");
    let ec = EcKey::generate(&group).expect("EC key");
    PKey::from_ec_key(ec).expect("EC pkey")
}

fn x509_name(common_name: &str) -> X509Name {
    let mut n = X509Name::builder().expect("name");
    n.append_entry_by_nid(Nid::COMMONNAME, common_name)
        .expect("common name");
    n.build()
}

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

fn new_builder(
    subject: &openssl::x509::X509NameRef,
    issuer: &openssl::x509::X509NameRef,
    key: &PKey<Private>,
    not_before_days: i64,
    not_after_days: i64,
) -> X509Builder {
    let mut b = X509Builder::new().expect("x509 builder");
    b.set_version(2).expect("version");
    let mut serial = BigNum::new().expect("bn");
    serial
        .rand(127, MsbOption::MAYBE_ZERO, false)
        .expect("serial");
    let serial = Asn1Integer::from_bn(&serial).expect("serial");
    b.set_serial_number(&serial).expect("serial");
    b.set_subject_name(subject).expect("subject");
    b.set_issuer_name(issuer).expect("issuer");
    b.set_pubkey(key).expect("pubkey");
    let now = now_unix();
    let nb = Asn1Time::from_unix((now + not_before_days * DAY) as _).expect("notBefore");
    let na = Asn1Time::from_unix((now + not_after_days * DAY) as _).expect("notAfter");
    b.set_not_before(&nb).expect("notBefore");
    b.set_not_after(&na).expect("notAfter");
    b
}

fn subject_string(cert: &X509Ref) -> String {
    format!("{:?}", cert.subject_name())
}

fn asn1_to_unix(t: &openssl::asn1::Asn1TimeRef) -> Option<i64> {
    let epoch = Asn1Time::from_unix(0).ok()?;
    let d = epoch.diff(t).ok()?;
    Some(i64::from(d.days) * DAY + i64::from(d.secs))
}

/// `YYYY-MM-DDTHH:MM:SSZ` for a Unix time.
pub(crate) fn rfc3339(unix: i64) -> String {
    let (y, mo, d, h, mi, s) = civil(unix);
    format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}Z")
}

/// Splits a Unix time into (year, month, day, hour, minute, second), UTC.
pub(crate) fn civil(unix: i64) -> (i64, u32, u32, u32, u32, u32) {
    let days = unix.div_euclid(DAY);
    let secs = unix.rem_euclid(DAY);
    // Howard Hinnant's days_from_civil inverse.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        m,
        d,
        (secs / 3600) as u32,
        (secs % 3600 / 60) as u32,
        (secs % 60) as u32,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// DER of the OID 1.2.840.113549.1.12.1.6, pbeWithSHA1And40BitRC2-CBC.
    const OID_RC2_40: &[u8] = &[
        0x06, 0x0A, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x01, 0x06,
    ];
    /// DER of the OID 1.2.840.113549.1.12.1.3, pbeWithSHA1And3-KeyTripleDES-CBC.
    const OID_3DES: &[u8] = &[
        0x06, 0x0A, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x0C, 0x01, 0x03,
    ];
    /// DER of the OID 1.2.840.113549.1.5.13, PBES2 (what the modern form uses).
    const OID_PBES2: &[u8] = &[
        0x06, 0x09, 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x05, 0x0D,
    ];

    fn contains(hay: &[u8], needle: &[u8]) -> bool {
        hay.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn legacy_pkcs12_uses_rc2_40_and_3des() {
        let c = ClientCert::generate("legacy test", KeyType::Rsa2048);
        let der = c.pkcs12_der("", Pkcs12Cipher::Legacy);
        assert!(contains(&der, OID_RC2_40), "no RC2-40 AlgorithmIdentifier");
        assert!(contains(&der, OID_3DES), "no 3DES AlgorithmIdentifier");
        assert!(!contains(&der, OID_PBES2), "legacy file must not use PBES2");
        // Parses in-process (the legacy provider is loaded here).
        let parsed = Pkcs12::from_der(&der).unwrap().parse2("").unwrap();
        assert_eq!(thumbprint(&parsed.cert.unwrap()), c.thumbprint());
    }

    #[test]
    fn legacy_pkcs12_needs_the_legacy_provider_in_a_fresh_openssl() {
        // A fresh `openssl` process without `-legacy` cannot decrypt RC2-40;
        // with `-legacy` it can. Skipped when the CLI is not installed.
        let c = ClientCert::generate("legacy cli", KeyType::EcP256);
        let der = c.pkcs12_der("pw", Pkcs12Cipher::Legacy);
        let dir = std::env::temp_dir().join(format!(
            "schedctl-emulator-p12-{}-{}",
            std::process::id(),
            now_unix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("legacy.p12");
        std::fs::write(&file, &der).unwrap();
        let run = |extra: &[&str]| {
            std::process::Command::new("openssl")
                .args(["pkcs12", "-info", "-noout", "-passin", "pass:pw", "-in"])
                .arg(&file)
                .args(extra)
                .env_remove("OPENSSL_CONF")
                .output()
        };
        let plain = run(&[]);
        let legacy = run(&["-legacy"]);
        let _ = std::fs::remove_dir_all(&dir);
        let (Ok(plain), Ok(legacy)) = (plain, legacy) else {
            eprintln!("openssl CLI not available; skipping");
            return;
        };
        assert!(!plain.status.success(), "RC2-40 parsed without -legacy");
        assert!(
            legacy.status.success(),
            "{}",
            String::from_utf8_lossy(&legacy.stderr)
        );
        let info = String::from_utf8_lossy(&legacy.stderr);
        assert!(info.contains("pbeWithSHA1And40BitRC2-CBC"), "{info}");
    }

    #[test]
    fn modern_pkcs12_uses_pbes2() {
        let c = ClientCert::generate("modern", KeyType::EcP256);
        let der = c.pkcs12_der("secret", Pkcs12Cipher::Modern);
        assert!(contains(&der, OID_PBES2));
        assert!(!contains(&der, OID_RC2_40));
        let parsed = Pkcs12::from_der(&der).unwrap().parse2("secret").unwrap();
        assert_eq!(thumbprint(&parsed.cert.unwrap()), c.thumbprint());
    }

    #[test]
    fn key_formats() {
        let rsa = ClientCert::generate("rsa", KeyType::Rsa2048);
        assert!(rsa
            .key_pkcs1_pem()
            .starts_with("-----BEGIN RSA PRIVATE KEY-----"));
        assert!(rsa
            .key_pkcs8_pem()
            .starts_with("-----BEGIN PRIVATE KEY-----"));
        let enc = rsa.key_pkcs8_encrypted_pem("pw");
        assert!(enc.starts_with("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        assert!(PKey::private_key_from_pem_passphrase(enc.as_bytes(), b"pw").is_ok());
        let ec = ClientCert::generate("ec", KeyType::EcP256);
        assert!(ec
            .key_sec1_pem()
            .starts_with("-----BEGIN EC PRIVATE KEY-----"));
        let t = ec.thumbprint();
        assert_eq!(t.len(), 40);
        assert!(t
            .chars()
            .all(|c| c.is_ascii_digit() || ('A'..='F').contains(&c)));
        assert_eq!(thumbprint_from_pem(ec.cert_pem().as_bytes()).unwrap(), t);
    }

    #[test]
    #[should_panic]
    fn pkcs1_of_ec_key_panics() {
        ClientCert::generate("ec", KeyType::EcP256).key_pkcs1_pem();
    }

    #[test]
    fn validity_and_rfc3339() {
        let expired = ClientCert::generate_with_validity("old", KeyType::EcP256, -30, -2);
        assert!(pem_expires_within(expired.cert_pem().as_bytes(), 0).unwrap());
        let na = expired.not_after_rfc3339();
        assert_eq!(na.len(), 20, "{na}");
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_427_789_439), "2015-03-31T08:10:39Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn ca_round_trip_and_server_cert() {
        let ca = Ca::generate("test CA");
        let again = Ca::from_pem(ca.cert_pem().as_bytes(), ca.key_pkcs8_pem().as_bytes()).unwrap();
        let (cert, _) = again.issue_server_cert_as(ServerCertKind::Valid);
        assert!(cert.verify(&ca.cert.public_key().unwrap()).unwrap());
        let other = Ca::generate("other");
        assert!(Ca::from_pem(ca.cert_pem().as_bytes(), other.key_pkcs8_pem().as_bytes()).is_err());
    }
}
