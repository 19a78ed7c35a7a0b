//! The management certificate: PEM (with its key inline or in a separate file) or PKCS#12,
//! told apart by content; the key-permission and expiry checks of SPEC §7.
//!
//! Every key form is read with OpenSSL here; the TLS context takes the key as it is.

use std::io::IsTerminal;
use std::path::Path;
use std::sync::Once;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use openssl::asn1::{Asn1Time, Asn1TimeRef};
use openssl::ec::EcKey;
use openssl::hash::MessageDigest;
use openssl::nid::Nid;
use openssl::pkcs12::Pkcs12;
use openssl::pkey::{PKey, Private};
use openssl::rsa::Rsa;
use openssl::x509::{X509NameRef, X509};

use crate::config::{io_reason, CredentialSettings, Material, PasswordSource, Sourced};
use crate::error::{warn, Error, Result};
use crate::explain::settings as explain;
use crate::pem::{find, looks_like_pem, BEGIN};
use crate::platform;

/// Warn when the certificate expires within this many days.
const EXPIRY_WARNING_DAYS: u64 = 30;

/// A loaded client certificate and key, ready for TLS.
pub struct Identity {
    /// The leaf certificate first, then any others from the file.
    pub chain: Vec<X509>,
    /// The private key.
    pub key: PKey<Private>,
}

impl Identity {
    /// The leaf certificate.
    pub fn leaf(&self) -> &X509 {
        &self.chain[0]
    }

    /// SHA-1 thumbprint as Azure shows it: 40 upper-case hex digits.
    pub fn thumbprint(&self) -> String {
        thumbprint(self.leaf())
    }

    /// The subject, `CN=…, O=…`.
    pub fn subject(&self) -> String {
        name_to_string(self.leaf().subject_name())
    }
}

/// Loads and checks the configured certificate and key.
pub fn load(settings: &CredentialSettings, quiet: bool) -> Result<Identity> {
    let identity = load_unchecked(settings)?;
    check_validity(&settings.certificate, identity.leaf(), quiet)?;
    Ok(identity)
}

/// Loads the configured certificate and key, checking permissions but not the validity
/// dates, so that `config show` can still describe an expired certificate.
pub fn load_unchecked(settings: &CredentialSettings) -> Result<Identity> {
    // Before any key is read, so that no core file can ever hold one. Failing to set it is
    // not a reason to refuse to work: it only narrows an exposure.
    let _ = platform::set_not_dumpable();
    if let Some(file) = &settings.password_file {
        check_permissions(file, "a password file")?;
    }
    let cert = &settings.certificate;
    let bytes = read_material(cert, "certificate")?;
    let mut password = PasswordProvider::new(&settings.password);
    if looks_like_pem(&bytes) {
        load_pem(cert, &bytes, settings.private_key.as_ref(), &mut password)
    } else {
        // Recognised first: a DER certificate on its own holds no key, so its mode is no
        // concern; say what it is instead of "too open".
        let pkcs12 = Pkcs12::from_der(&bytes);
        if pkcs12.is_err() && X509::from_der(&bytes).is_ok() {
            if settings.private_key.is_some() {
                return Err(explain::der_certificate_with_separate_key(
                    &cert.describe_with_source(),
                ));
            }
            return Err(certificate_without_key(cert));
        }
        check_material_permissions(cert)?;
        load_pkcs12(cert, &bytes, pkcs12, &mut password)
    }
}

/// A certificate without its private key, such as the `.cer` uploaded to the portal.
fn certificate_without_key(cert: &Sourced<Material>) -> Error {
    explain::certificate_without_key(&cert.describe_with_source())
}

/// Refuses an expired or not yet valid certificate; warns when it expires soon.
pub fn check_dates(settings: &CredentialSettings, identity: &Identity, quiet: bool) -> Result<()> {
    check_validity(&settings.certificate, identity.leaf(), quiet)
}

/// Reads a PKCS#12 with the empty password, as `.publishsettings` files carry them. The
/// error completes "the certificate …".
pub fn pkcs12_with_empty_password(bytes: &[u8]) -> std::result::Result<Identity, String> {
    let _ = platform::set_not_dumpable();
    let pkcs12 = Pkcs12::from_der(bytes).map_err(|_| explain::publishsettings_not_pkcs12())?;
    prepare_for(bytes);
    parse_pkcs12(&pkcs12, "").map_err(|failure| match failure {
        Pkcs12Failure::WrongPassword => explain::publishsettings_pkcs12_with_password(),
        Pkcs12Failure::Unreadable(reason) => explain::publishsettings_pkcs12_unreadable(&reason),
        Pkcs12Failure::Incomplete => explain::publishsettings_pkcs12_incomplete(),
    })
}

/// The validity period of the leaf certificate, in RFC 3339.
pub fn validity(identity: &Identity) -> (String, String) {
    let show = |t: Option<SystemTime>| t.map(rfc3339).unwrap_or_default();
    (
        show(asn1_to_system_time(identity.leaf().not_before())),
        show(asn1_to_system_time(identity.leaf().not_after())),
    )
}

/// The bytes of a certificate or key: the file's, or the PEM text held in memory.
fn read_material(material: &Sourced<Material>, what: &str) -> Result<Vec<u8>> {
    match &material.value {
        Material::File(path) => std::fs::read(path).map_err(|e| {
            explain::material_unreadable(what, path, &material.source, &io_reason(&e))
        }),
        Material::Pem(text) => Ok(text.as_bytes().to_vec()),
    }
}

fn has_private_key(pem: &[u8]) -> bool {
    find(pem, b"PRIVATE KEY-----").is_some()
}

fn load_pem(
    cert_file: &Sourced<Material>,
    cert_bytes: &[u8],
    key_file: Option<&Sourced<Material>>,
    password: &mut PasswordProvider,
) -> Result<Identity> {
    // A key in the certificate file makes it a key file, whatever else is configured.
    if has_private_key(cert_bytes) {
        check_material_permissions(cert_file)?;
    }
    let chain = X509::stack_from_pem(cert_bytes).map_err(|e| {
        explain::invalid_pem_certificate(&cert_file.describe_with_source(), &openssl_reason(&e))
    })?;
    if chain.is_empty() {
        return Err(explain::no_certificate(&cert_file.describe_with_source()));
    }
    let (key_source, key_bytes) = match key_file {
        Some(key_file) => (key_file, read_material(key_file, "private key")?),
        None if has_private_key(cert_bytes) => (cert_file, cert_bytes.to_vec()),
        None => return Err(certificate_without_key(cert_file)),
    };
    if !has_private_key(&key_bytes) {
        return Err(explain::no_pem_private_key(
            &key_source.describe_with_source(),
        ));
    }
    check_material_permissions(key_source)?;
    let key = parse_pem_key(key_source, &key_bytes, password)?;
    let leaf_key = chain[0]
        .public_key()
        .map_err(explain::certificate_public_key_unreadable)?;
    if !leaf_key.public_eq(&key) {
        return Err(explain::key_does_not_match(
            &key_source.describe(),
            &cert_file.describe(),
        ));
    }
    Ok(Identity { chain, key })
}

fn parse_pem_key(
    file: &Sourced<Material>,
    bytes: &[u8],
    password: &mut PasswordProvider,
) -> Result<PKey<Private>> {
    let encrypted = find(bytes, b"ENCRYPTED").is_some();
    if !encrypted {
        if let Some(key) = unencrypted_key_from_der(bytes) {
            return Ok(key);
        }
        return PKey::private_key_from_pem(bytes)
            .map_err(|e| explain::private_key_unreadable(&file.describe(), &openssl_reason(&e)));
    }
    let display = file.describe();
    // A wrong password usually fails the padding check ("bad decrypt"), but about one time
    // in 256 the padding happens to look right and the garbage fails later, as ASN.1. Either
    // way the key did not decrypt, so any failure here counts as a wrong password.
    password.try_each(&display, |pass| {
        PKey::private_key_from_pem_passphrase(bytes, pass.as_bytes())
            .map_err(|_| PasswordRejected::WrongPassword)
    })
}

/// An unencrypted PKCS#8, PKCS#1 (RSA) or SEC1 (EC) key read straight from its DER. OpenSSL
/// 3's PEM reader runs its format-detecting decoder (about 0.8 ms); the PEM label already
/// says the format. `None` for anything else, or anything this reading does not take (PEM
/// headers, a bad body), so that OpenSSL's PEM reader gives its own answer and error.
fn unencrypted_key_from_der(bytes: &[u8]) -> Option<PKey<Private>> {
    use base64::Engine;
    let (label, body) = first_private_key_block(bytes)?;
    let body: Vec<u8> = body
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    let der = base64::engine::general_purpose::STANDARD
        .decode(body)
        .ok()?;
    match label {
        b"PRIVATE KEY" => pkcs8_key(&der),
        b"RSA PRIVATE KEY" => PKey::from_rsa(Rsa::private_key_from_der(&der).ok()?).ok(),
        b"EC PRIVATE KEY" => PKey::from_ec_key(EcKey::private_key_from_der(&der).ok()?).ok(),
        _ => None,
    }
}

/// `rsaEncryption` (1.2.840.113549.1.1.1) and `id-ecPublicKey` (1.2.840.10045.2.1).
const RSA_ENCRYPTION: &[u8] = &[0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];
const EC_PUBLIC_KEY: &[u8] = &[0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];

/// A PKCS#8 `PrivateKeyInfo` (version 0, no attributes) holding an RSA or a named-curve EC
/// key, unwrapped here: `PKey::private_key_from_der` would go through the same decoder as
/// the PEM reader. The RSA key inside is PKCS#1; the EC key inside is SEC1 without its curve,
/// which is put back from the algorithm's parameters before OpenSSL reads it.
fn pkcs8_key(der: &[u8]) -> Option<PKey<Private>> {
    let (0x30, info, []) = der_item(der)? else {
        return None;
    };
    let (0x02, [0], rest) = der_item(info)? else {
        return None;
    };
    let (0x30, algorithm, rest) = der_item(rest)? else {
        return None;
    };
    let (0x04, key, []) = der_item(rest)? else {
        return None;
    };
    let (0x06, oid, parameters) = der_item(algorithm)? else {
        return None;
    };
    if oid == RSA_ENCRYPTION {
        return PKey::from_rsa(Rsa::private_key_from_der(key).ok()?).ok();
    }
    if oid != EC_PUBLIC_KEY {
        return None;
    }
    let (0x06, _, []) = der_item(parameters)? else {
        return None;
    };
    let (0x30, sec1, []) = der_item(key)? else {
        return None;
    };
    let (0x02, _, rest) = der_item(sec1)? else {
        return None;
    };
    let version = &sec1[..sec1.len() - rest.len()];
    let (0x04, _, rest) = der_item(rest)? else {
        return None;
    };
    let private = &sec1[version.len()..sec1.len() - rest.len()];
    if rest.first() == Some(&0xa0) {
        return None;
    }
    let mut content = [version, private].concat();
    content.extend(der_header(0xa0, parameters.len()));
    content.extend_from_slice(parameters);
    content.extend_from_slice(rest);
    let mut with_curve = der_header(0x30, content.len());
    with_curve.extend(content);
    PKey::from_ec_key(EcKey::private_key_from_der(&with_curve).ok()?).ok()
}

/// One DER item: its tag, its content and what follows it.
fn der_item(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, mut rest) = rest.split_first()?;
    let len = if first < 0x80 {
        usize::from(first)
    } else {
        let count = usize::from(first & 0x7f);
        if count == 0 || count > 3 || rest.len() < count {
            return None;
        }
        let len = rest[..count]
            .iter()
            .fold(0usize, |n, &b| (n << 8) | usize::from(b));
        rest = &rest[count..];
        len
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// A DER tag and length.
fn der_header(tag: u8, len: usize) -> Vec<u8> {
    let bytes = len.to_be_bytes();
    let skip = bytes.iter().take_while(|&&b| b == 0).count();
    match len {
        0..=0x7f => vec![tag, len as u8],
        _ => [
            &[tag, 0x80 | (bytes.len() - skip) as u8][..],
            &bytes[skip..],
        ]
        .concat(),
    }
}

/// The label and base64 body of the first PEM block whose label ends in `PRIVATE KEY`, the
/// block OpenSSL's PEM reader would take.
fn first_private_key_block(bytes: &[u8]) -> Option<(&[u8], &[u8])> {
    let mut rest = bytes;
    loop {
        let start = find(rest, BEGIN)? + BEGIN.len();
        rest = &rest[start..];
        let label_end = find(rest, b"-----")?;
        let label = &rest[..label_end];
        rest = &rest[label_end + 5..];
        if label.ends_with(b"PRIVATE KEY") && !label.contains(&b'\n') {
            let end = find(rest, b"-----END ")?;
            let footer = &rest[end + 9..];
            if !(footer.starts_with(label) && footer[label.len()..].starts_with(b"-----")) {
                return None;
            }
            return Some((label, &rest[..end]));
        }
    }
}

/// Opens `bytes`, already read as `pkcs12` by the caller that recognised the file, trying
/// each password the provider has.
fn load_pkcs12(
    file: &Sourced<Material>,
    bytes: &[u8],
    pkcs12: std::result::Result<Pkcs12, openssl::error::ErrorStack>,
    password: &mut PasswordProvider,
) -> Result<Identity> {
    let display = file.describe();
    let pkcs12 =
        pkcs12.map_err(|_| explain::neither_pem_nor_pkcs12(&file.describe_with_source()))?;
    prepare_for(bytes);
    password.try_each(&display, |pass| {
        parse_pkcs12(&pkcs12, pass).map_err(|failure| match failure {
            Pkcs12Failure::WrongPassword => PasswordRejected::WrongPassword,
            Pkcs12Failure::Unreadable(reason) => {
                PasswordRejected::Failed(explain::pkcs12_unreadable(&display, &reason))
            }
            Pkcs12Failure::Incomplete => {
                PasswordRejected::Failed(explain::pkcs12_incomplete(&display))
            }
        })
    })
}

/// Why a PKCS#12 could not be opened with a password.
enum Pkcs12Failure {
    WrongPassword,
    Unreadable(String),
    Incomplete,
}

/// Loads OpenSSL 3's legacy provider before the first attempt when the file's algorithms
/// need it (RC2-40, the portal's older exports), instead of after a failed parse: a whole
/// parse (MAC included) spared. Looked at once per file, not once per password.
fn prepare_for(bytes: &[u8]) {
    if uses_legacy_cipher(bytes) {
        load_legacy_provider();
    }
}

/// Opens a PKCS#12 with one password; an old file whose algorithms [`prepare_for`] did not
/// recognise still gets the legacy provider after the default one fails.
fn parse_pkcs12(pkcs12: &Pkcs12, pass: &str) -> std::result::Result<Identity, Pkcs12Failure> {
    let parsed = match pkcs12.parse2(pass) {
        Ok(parsed) => parsed,
        Err(first) if is_bad_password(&first) => return Err(Pkcs12Failure::WrongPassword),
        Err(_) => {
            load_legacy_provider();
            pkcs12.parse2(pass).map_err(|e| {
                if is_bad_password(&e) {
                    Pkcs12Failure::WrongPassword
                } else {
                    Pkcs12Failure::Unreadable(openssl_reason(&e))
                }
            })?
        }
    };
    let (Some(cert), Some(key)) = (parsed.cert, parsed.pkey) else {
        return Err(Pkcs12Failure::Incomplete);
    };
    let mut chain = vec![cert];
    chain.extend(parsed.ca.into_iter().flatten());
    Ok(Identity { chain, key })
}

/// The PKCS#12 PBE algorithms of RC2 and RC4 (1.2.840.113549.1.12.1.1, .2, .5 and .6), which
/// only OpenSSL 3's legacy provider has. Their identifiers are in the clear in the file.
fn uses_legacy_cipher(der: &[u8]) -> bool {
    const PBE_PREFIX: &[u8] = &[
        0x06, 0x0a, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01,
    ];
    der.windows(PBE_PREFIX.len() + 1)
        .any(|w| w.starts_with(PBE_PREFIX) && matches!(w[PBE_PREFIX.len()], 1 | 2 | 5 | 6))
}

fn load_legacy_provider() {
    static LOAD: Once = Once::new();
    LOAD.call_once(|| {
        // Keeping the providers loaded for the life of the process is intended; `true`
        // keeps the default provider available next to the legacy one.
        if let Ok(provider) = openssl::provider::Provider::try_load(None, "legacy", true) {
            std::mem::forget(provider);
        }
    });
}

/// An OpenSSL error that means the password was wrong.
fn is_bad_password(e: &openssl::error::ErrorStack) -> bool {
    e.errors().iter().any(|err| {
        let reason = err.reason().unwrap_or_default();
        reason.contains("mac verify failure") || reason.contains("bad decrypt")
    })
}

/// The most specific reason OpenSSL gives, without its file and line noise.
fn openssl_reason(e: &openssl::error::ErrorStack) -> String {
    e.errors()
        .iter()
        .rev()
        .find_map(|err| err.reason().map(str::to_string))
        .unwrap_or_else(explain::openssl_no_reason)
}

/// Why one password did not open a key or PKCS#12 file.
enum PasswordRejected {
    /// The password is wrong: another may be tried.
    WrongPassword,
    /// The file is unusable whatever the password.
    Failed(Error),
}

/// Supplies passwords: the configured one; else the empty one, then a prompt on a terminal.
struct PasswordProvider<'a> {
    source: &'a PasswordSource,
}

impl<'a> PasswordProvider<'a> {
    fn new(source: &'a PasswordSource) -> Self {
        PasswordProvider { source }
    }

    fn try_each<T>(
        &mut self,
        file: &str,
        mut attempt: impl FnMut(&str) -> std::result::Result<T, PasswordRejected>,
    ) -> Result<T> {
        let wrong = |origin: &str| explain::wrong_password(file, origin);
        let configured = match self.source {
            PasswordSource::Env(value) => Some((value.clone(), explain::password_origin_env())),
            PasswordSource::File(path) => {
                let text = std::fs::read_to_string(path)
                    .map_err(|e| explain::password_file_unreadable(path, &io_reason(&e)))?;
                let text = text.strip_suffix('\n').unwrap_or(&text);
                let text = text.strip_suffix('\r').unwrap_or(text);
                Some((text.to_string(), explain::password_origin_file(path)))
            }
            PasswordSource::Unset => None,
        };
        if let Some((password, origin)) = configured {
            check_password(&password)?;
            return attempt(&password).map_err(|a| match a {
                PasswordRejected::WrongPassword => wrong(&origin),
                PasswordRejected::Failed(e) => e,
            });
        }
        match attempt("") {
            Ok(value) => return Ok(value),
            Err(PasswordRejected::Failed(e)) => return Err(e),
            Err(PasswordRejected::WrongPassword) => {}
        }
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(explain::password_missing(file));
        }
        let password = crate::platform::prompt_password(&explain::password_prompt(file))
            .map_err(explain::password_unreadable)?;
        check_password(&password)?;
        attempt(&password).map_err(|a| match a {
            PasswordRejected::WrongPassword => wrong(explain::PASSWORD_ORIGIN_PROMPT),
            PasswordRejected::Failed(e) => e,
        })
    }
}

fn check_password(password: &str) -> Result<()> {
    if password.contains('\0') {
        return Err(explain::password_with_nul());
    }
    Ok(())
}

/// The permission rule for a key's file; PEM text from the environment has no file.
fn check_material_permissions(material: &Sourced<Material>) -> Result<()> {
    match &material.value {
        Material::File(path) => check_permissions(
            &Sourced {
                value: path.clone(),
                source: material.source.clone(),
            },
            "a private key",
        ),
        Material::Pem(_) => Ok(()),
    }
}

/// Refuses a secret file (`what`: "a private key", "a password file") that is owned by the
/// user and accessible by group or others, like ssh.
fn check_permissions(file: &Sourced<std::path::PathBuf>, what: &str) -> Result<()> {
    match platform::too_open(&file.value) {
        Ok(None) => Ok(()),
        Ok(Some(mode)) => Err(explain::key_too_open(
            &file.value,
            mode,
            &file.source,
            what,
            &shell_quote(&file.value),
        )),
        Err(e) => Err(explain::permissions_unchecked(&file.value, &io_reason(&e))),
    }
}

fn shell_quote(path: &Path) -> String {
    let text = path.display().to_string();
    if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/._-+=:@".contains(c))
    {
        text
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}

fn check_validity(file: &Sourced<Material>, cert: &X509, quiet: bool) -> Result<()> {
    let now = SystemTime::now();
    let not_after = asn1_to_system_time(cert.not_after());
    let not_before = asn1_to_system_time(cert.not_before());
    let subject = name_to_string(cert.subject_name());
    if let Some(not_after) = not_after {
        if not_after < now {
            return Err(explain::certificate_expired(
                &file.describe(),
                &subject,
                &rfc3339(not_after),
            ));
        }
        let warn_from = now.checked_add(Duration::from_secs(EXPIRY_WARNING_DAYS * 86_400));
        if warn_from.is_some_and(|warn_from| not_after < warn_from) {
            warn(
                quiet,
                &explain::certificate_expires_soon(&file.describe(), &subject, &rfc3339(not_after)),
            );
        }
    }
    if let Some(not_before) = not_before {
        if not_before > now {
            return Err(explain::certificate_not_yet_valid(
                &file.describe(),
                &subject,
                &rfc3339(not_before),
            ));
        }
    }
    Ok(())
}

/// Converts an ASN.1 time to a `SystemTime`.
pub fn asn1_to_system_time(time: &Asn1TimeRef) -> Option<SystemTime> {
    let epoch = Asn1Time::from_unix(0).ok()?;
    let diff = epoch.diff(time).ok()?;
    let secs = i64::from(diff.days) * 86_400 + i64::from(diff.secs);
    if secs >= 0 {
        UNIX_EPOCH.checked_add(Duration::from_secs(secs.unsigned_abs()))
    } else {
        UNIX_EPOCH.checked_sub(Duration::from_secs(secs.unsigned_abs()))
    }
}

/// RFC 3339 in UTC, to the second.
pub fn rfc3339(time: SystemTime) -> String {
    humantime::format_rfc3339_seconds(time).to_string()
}

/// SHA-1 of the DER certificate, as 40 upper-case hex digits.
pub fn thumbprint(cert: &X509) -> String {
    match cert.digest(MessageDigest::sha1()) {
        Ok(digest) => digest.iter().map(|b| format!("{b:02X}")).collect(),
        Err(_) => String::new(),
    }
}

/// A distinguished name as `CN=…, O=…`.
pub fn name_to_string(name: &X509NameRef) -> String {
    name.entries()
        .map(|entry| {
            let key = entry.object().nid().short_name().unwrap_or("?").to_string();
            let key = if entry.object().nid() == Nid::UNDEF {
                entry.object().to_string()
            } else {
                key
            };
            let value = entry.data().to_string().unwrap_or_default();
            format!("{key}={value}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pem_is_told_apart_by_content() {
        assert!(looks_like_pem(b"junk\n-----BEGIN CERTIFICATE-----\n"));
        assert!(!looks_like_pem(&[0x30, 0x82, 0x0a, 0x00]));
    }

    #[test]
    fn unencrypted_keys_read_from_der_equal_what_the_pem_reader_reads() {
        let rsa = Rsa::generate(2048).unwrap();
        let group = openssl::ec::EcGroup::from_curve_name(Nid::X9_62_PRIME256V1).unwrap();
        let ec = EcKey::generate(&group).unwrap();
        let rsa_pkey = PKey::from_rsa(rsa.clone()).unwrap();
        let ec_pkey = PKey::from_ec_key(ec.clone()).unwrap();
        let mut cases = vec![
            rsa_pkey.private_key_to_pem_pkcs8().unwrap(),
            rsa.private_key_to_pem().unwrap(),
            ec_pkey.private_key_to_pem_pkcs8().unwrap(),
            ec.private_key_to_pem().unwrap(),
        ];
        // Longer keys: DER lengths of more than one byte.
        for nid in [Nid::SECP384R1, Nid::SECP521R1] {
            let group = openssl::ec::EcGroup::from_curve_name(nid).unwrap();
            let key = PKey::from_ec_key(EcKey::generate(&group).unwrap()).unwrap();
            cases.push(key.private_key_to_pem_pkcs8().unwrap());
        }
        for pem in cases {
            let label = String::from_utf8_lossy(&pem[..30]).into_owned();
            let with_cert = [
                b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n".as_slice(),
                &pem,
            ]
            .concat();
            for bytes in [pem.clone(), with_cert] {
                let fast = unencrypted_key_from_der(&bytes).unwrap_or_else(|| panic!("{label}"));
                let slow = PKey::private_key_from_pem(&bytes).unwrap();
                assert!(fast.public_eq(&slow), "{label}");
                assert_eq!(fast.id(), slow.id(), "{label}");
                match (fast.rsa(), slow.rsa()) {
                    (Ok(fast), Ok(slow)) => {
                        assert_eq!(
                            fast.private_key_to_der().unwrap(),
                            slow.private_key_to_der().unwrap()
                        )
                    }
                    _ => assert_eq!(
                        fast.ec_key().unwrap().private_key().to_vec(),
                        slow.ec_key().unwrap().private_key().to_vec(),
                        "{label}"
                    ),
                }
            }
        }
    }

    #[test]
    fn anything_else_is_left_to_the_pem_reader() {
        assert!(unencrypted_key_from_der(
            b"-----BEGIN PRIVATE KEY-----\n!!\n-----END PRIVATE KEY-----\n"
        )
        .is_none());
        assert!(unencrypted_key_from_der(
            b"-----BEGIN PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n"
        )
        .is_none());
        assert!(unencrypted_key_from_der(
            b"-----BEGIN DSA PRIVATE KEY-----\nMIIB\n-----END DSA PRIVATE KEY-----\n"
        )
        .is_none());
        assert!(unencrypted_key_from_der(b"no pem here").is_none());
    }

    #[test]
    fn shell_quote_leaves_plain_paths_alone() {
        assert_eq!(shell_quote(Path::new("/tmp/a.pem")), "/tmp/a.pem");
        assert_eq!(
            shell_quote(Path::new("/tmp/my key.pem")),
            "'/tmp/my key.pem'"
        );
        assert_eq!(shell_quote(Path::new("it's")), "'it'\\''s'");
    }
}
