//! TLS for ureq over OpenSSL, configured by hand so that a process never parses a whole CA
//! bundle it does not need (SPEC §9, §11).
//!
//! native-tls on OpenSSL 3 parses the system bundle twice per process (once through
//! `SslConnector::builder`'s `set_default_verify_paths`, once through openssl-probe and
//! `load_verify_locations`), about 100 ms of CPU, even when `--ca-cert` replaces the system
//! store and both parses are thrown away. Decoding a certificate is what costs (OpenSSL 3
//! decodes every public key through its provider machinery), so this connector decodes only
//! the certificates a verification can use:
//!
//! - A bundle (the `--ca-cert` file, or the platform's `SSL_CERT_FILE`/default file) is
//!   indexed by subject name without decoding its certificates. Just before OpenSSL verifies
//!   the server's chain, every bundle certificate whose subject names the subject or issuer of
//!   a certificate in that chain, and transitively their issuers, is decoded and added to the
//!   store. OpenSSL finds trust anchors and intermediates only by subject name, so the store
//!   holds every certificate the verification could look up, and the outcome is the same as
//!   with the whole bundle loaded.
//! - Hashed certificate directories (`SSL_CERT_DIR`, the OpenSSL default, what openssl-probe
//!   finds) are OpenSSL's own lazy `hash_dir` lookup.
//!
//! Everything else is what `openssl::ssl::SslConnector` and native-tls configure: peer
//! verification, host name or IP address checks (no partial wildcards), SNI for names, the
//! same options and cipher list, the client certificate and its chain, plus an explicit
//! TLS 1.2 minimum.

use std::ffi::{c_int, c_void, CStr};
use std::fmt;
use std::io::{self, Read, Write};
use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use base64::Engine;
use foreign_types::{ForeignType, ForeignTypeRef};
use openssl::ex_data::Index;
use openssl::ssl::{
    HandshakeError, SslContext, SslContextBuilder, SslFiletype, SslMethod, SslMode, SslOptions,
    SslStream, SslVerifyMode, SslVersion,
};
use openssl::x509::store::{X509Lookup, X509StoreBuilder};
use openssl::x509::verify::X509CheckFlags;
use openssl::x509::{
    X509Name, X509NameRef, X509StoreContext, X509StoreContextRef, X509VerifyResult, X509,
};
use ureq::unversioned::transport::time::{Duration as UDuration, Instant as UInstant};
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, Either, LazyBuffers, NextTimeout, Transport,
    TransportAdapter,
};

use crate::credentials::Identity;

/// The cipher list of `openssl::ssl::SslConnector`.
const CIPHERS: &str = "DEFAULT:!aNULL:!eNULL:!MD5:!3DES:!DES:!RC4:!IDEA:!SEED:!aDSS:!SRP:!PSK";

// Not wrapped by the openssl crate; part of libssl's public API since 0.9.8.
extern "C" {
    fn SSL_CTX_set_cert_verify_callback(
        ctx: *mut openssl_sys::SSL_CTX,
        cb: Option<unsafe extern "C" fn(*mut openssl_sys::X509_STORE_CTX, *mut c_void) -> c_int>,
        arg: *mut c_void,
    );
    fn X509_STORE_CTX_get0_cert(ctx: *const openssl_sys::X509_STORE_CTX) -> *mut openssl_sys::X509;
    fn X509_STORE_CTX_get0_untrusted(
        ctx: *const openssl_sys::X509_STORE_CTX,
    ) -> *mut openssl_sys::stack_st_X509;
    fn d2i_X509_AUX(
        a: *mut *mut openssl_sys::X509,
        pp: *mut *const u8,
        length: std::ffi::c_long,
    ) -> *mut openssl_sys::X509;
    fn X509_STORE_load_locations(
        store: *mut openssl_sys::X509_STORE,
        file: *const std::ffi::c_char,
        dir: *const std::ffi::c_char,
    ) -> c_int;
}

/// The trust store of a connection.
pub enum Roots {
    /// Only the certificates of this bundle (`ca_certificate`, like curl's `--cacert`).
    Specific(Bundle),
    /// The platform's: OpenSSL's default file and directory (or `SSL_CERT_FILE` and
    /// `SSL_CERT_DIR`), and what openssl-probe finds, as native-tls trusts.
    Platform,
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
    pub fn from_bytes(bytes: &[u8]) -> Result<Bundle, String> {
        let pem = bytes.windows(11).any(|w| w == b"-----BEGIN ");
        let ders = if pem {
            pem_certificates(bytes).ok_or_else(|| "not a valid PEM certificate file".to_string())?
        } else {
            vec![(bytes.to_vec(), false)]
        };
        let mut entries = Vec::with_capacity(ders.len());
        for (der, trusted) in ders {
            match subject_range(&der) {
                Some(subject) => entries.push(Entry {
                    der,
                    trusted,
                    subject,
                }),
                None if pem => return Err("not a valid PEM certificate file".into()),
                None => return Err("neither PEM nor a DER certificate".into()),
            }
        }
        if entries.is_empty() {
            return Err("holds no certificate".into());
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
    /// of one so decoded, and that are not in the store yet.
    fn certificates_for(&self, wanted: &mut Vec<X509Name>) -> Vec<X509> {
        let names = self.names();
        let mut added = self.added.lock().unwrap_or_else(|e| e.into_inner());
        let mut found = Vec::new();
        let mut next = 0;
        while next < wanted.len() {
            let mut new_names = Vec::new();
            for want in &wanted[next..] {
                for (i, name) in names.iter().enumerate() {
                    let Some(name) = name else { continue };
                    if added[i] || !matches!(name.try_cmp(want), Ok(std::cmp::Ordering::Equal)) {
                        continue;
                    }
                    added[i] = true;
                    // A certificate OpenSSL cannot decode is skipped, as its file loader does.
                    if let Some(cert) = self.entries[i].decode() {
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
fn pem_certificates(bytes: &[u8]) -> Option<Vec<(Vec<u8>, bool)>> {
    const BEGIN: &[u8] = b"-----BEGIN ";
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

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
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

/// What a verification may draw on besides the hashed directories.
struct LazyRoots {
    bundles: Vec<LazyBundle>,
}

enum LazyBundle {
    Ready(Bundle),
    /// A platform file, read and indexed on first use; unreadable means empty.
    File(PathBuf, OnceLock<Option<Bundle>>),
}

impl LazyBundle {
    /// The bundle to draw on; a platform file with trust settings (`TRUSTED CERTIFICATE`)
    /// is loaded whole into `store` by OpenSSL's own loader instead, once.
    fn get(&self, store: *mut openssl_sys::X509_STORE) -> Option<&Bundle> {
        match self {
            LazyBundle::Ready(bundle) => Some(bundle),
            LazyBundle::File(path, cell) => cell
                .get_or_init(|| {
                    let bytes = std::fs::read(path).ok()?;
                    let trusted = pem_certificates(&bytes)
                        .is_some_and(|blocks| blocks.iter().any(|(_, trusted)| *trusted));
                    if trusted {
                        let path =
                            std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).ok()?;
                        // SAFETY: a valid store and a NUL-terminated path; failures are
                        // ignored as set_default_verify_paths ignores them.
                        unsafe {
                            X509_STORE_load_locations(store, path.as_ptr(), std::ptr::null());
                        }
                        return None;
                    }
                    Bundle::from_bytes(&bytes).ok()
                })
                .as_ref(),
        }
    }
}

fn roots_index() -> Index<SslContext, LazyRoots> {
    static INDEX: OnceLock<Index<SslContext, LazyRoots>> = OnceLock::new();
    *INDEX.get_or_init(|| SslContext::new_ex_index().expect("an SSL_CTX ex_data index"))
}

/// Adds the bundle certificates the server's chain may need, then runs OpenSSL's own
/// verification with everything `SSL_connect` set up (host name, depth, purpose).
unsafe extern "C" fn verify_with_lazy_roots(
    ctx: *mut openssl_sys::X509_STORE_CTX,
    _arg: *mut c_void,
) -> c_int {
    // SAFETY: OpenSSL passes a valid store context for the duration of the call.
    let ctx = unsafe { X509StoreContextRef::from_ptr_mut(ctx) };
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        add_candidates(ctx);
        ctx.verify_cert()
    }));
    match outcome {
        Ok(Ok(true)) => 1,
        _ => 0,
    }
}

fn add_candidates(ctx: &mut X509StoreContextRef) {
    let Ok(ssl_idx) = X509StoreContext::ssl_idx() else {
        return;
    };
    let Some(ssl) = ctx.ex_data(ssl_idx) else {
        return;
    };
    let Some(roots) = ssl.ssl_context().ex_data(roots_index()) else {
        return;
    };
    // The chain being verified, from the store context: `SSL_get_peer_cert_chain` is only
    // filled once verification is over on OpenSSL 1.1.
    let mut chain: Vec<&openssl::x509::X509Ref> = Vec::new();
    // SAFETY: the context is valid for this call; the leaf and the untrusted stack it
    // returns are owned by it and outlive this function's use of them.
    unsafe {
        let leaf = X509_STORE_CTX_get0_cert(ctx.as_ptr());
        if !leaf.is_null() {
            chain.push(openssl::x509::X509Ref::from_ptr(leaf));
        }
        let untrusted = X509_STORE_CTX_get0_untrusted(ctx.as_ptr());
        if !untrusted.is_null() {
            let stack = openssl::stack::StackRef::<X509>::from_ptr(untrusted);
            chain.extend(stack.iter());
        }
    }
    let mut wanted = Vec::new();
    for cert in chain {
        for name in [cert.subject_name(), cert.issuer_name()] {
            if let Ok(name) = name.to_owned() {
                wanted.push(name);
            }
        }
    }
    let store = ssl.ssl_context().cert_store().as_ptr();
    for bundle in roots.bundles.iter().filter_map(|b| b.get(store)) {
        let copy: Result<Vec<X509Name>, _> =
            wanted.iter().map(|n| X509NameRef::to_owned(n)).collect();
        let Ok(mut copy) = copy else {
            continue;
        };
        for cert in bundle.certificates_for(&mut copy) {
            // SAFETY: both pointers are valid; the store takes its own reference to the
            // certificate and locks itself, and a duplicate is ignored.
            unsafe {
                openssl_sys::X509_STORE_add_cert(store, cert.as_ptr());
            }
        }
    }
}

fn default_path(env_name: *const std::ffi::c_char, default: *const std::ffi::c_char) -> String {
    // SAFETY: OpenSSL returns static NUL-terminated strings.
    let (env_name, default) = unsafe { (CStr::from_ptr(env_name), CStr::from_ptr(default)) };
    env_name
        .to_str()
        .ok()
        .and_then(std::env::var_os)
        .map(|v| v.to_string_lossy().into_owned())
        .unwrap_or_else(|| default.to_string_lossy().into_owned())
}

/// The platform's CA files and directories, as `set_default_verify_paths` and native-tls's
/// openssl-probe find them, without duplicates.
fn platform_locations() -> (Vec<PathBuf>, Vec<String>) {
    openssl_sys::init();
    // SAFETY: plain getters of static strings.
    let (file, dir) = unsafe {
        (
            default_path(
                openssl_sys::X509_get_default_cert_file_env(),
                openssl_sys::X509_get_default_cert_file(),
            ),
            default_path(
                openssl_sys::X509_get_default_cert_dir_env(),
                openssl_sys::X509_get_default_cert_dir(),
            ),
        )
    };
    let probe = openssl_probe::probe();
    let mut files: Vec<PathBuf> = Vec::new();
    let mut seen = Vec::new();
    for path in std::iter::once(PathBuf::from(file)).chain(probe.cert_file) {
        let real = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if !seen.contains(&real) {
            seen.push(real);
            files.push(path);
        }
    }
    let mut dirs: Vec<String> = vec![dir];
    for path in probe.cert_dir {
        let path = path.to_string_lossy().into_owned();
        if !dirs.iter().any(|d| d.split(':').any(|p| p == path)) {
            dirs.push(path);
        }
    }
    (files, dirs)
}

/// Builds the client context: the connector's settings, the client certificate, the roots.
pub fn context(
    identity: &Identity,
    roots: Roots,
) -> Result<SslContext, openssl::error::ErrorStack> {
    let mut ctx = SslContextBuilder::new(SslMethod::tls_client())?;
    let mut opts = SslOptions::ALL
        | SslOptions::NO_COMPRESSION
        | SslOptions::NO_SSLV2
        | SslOptions::NO_SSLV3
        | SslOptions::SINGLE_DH_USE
        | SslOptions::SINGLE_ECDH_USE;
    opts &= !SslOptions::DONT_INSERT_EMPTY_FRAGMENTS;
    ctx.set_options(opts);
    ctx.set_mode(
        SslMode::AUTO_RETRY
            | SslMode::ACCEPT_MOVING_WRITE_BUFFER
            | SslMode::ENABLE_PARTIAL_WRITE
            | SslMode::RELEASE_BUFFERS,
    );
    ctx.set_cipher_list(CIPHERS)?;
    ctx.set_verify(SslVerifyMode::PEER);
    ctx.set_min_proto_version(Some(SslVersion::TLS1_2))?;

    ctx.set_certificate(identity.leaf())?;
    ctx.set_private_key(&identity.key)?;
    for cert in &identity.chain[1..] {
        ctx.add_extra_chain_cert(cert.clone())?;
    }

    let mut store = X509StoreBuilder::new()?;
    let bundles = match roots {
        Roots::Specific(bundle) => vec![LazyBundle::Ready(bundle)],
        Roots::Platform => {
            let (files, dirs) = platform_locations();
            for dir in dirs {
                let lookup = store.add_lookup(X509Lookup::hash_dir())?;
                // Like set_default_verify_paths, a directory that is not there is no error.
                let _ = lookup.add_dir(&dir, SslFiletype::PEM);
            }
            files
                .into_iter()
                .map(|f| LazyBundle::File(f, OnceLock::new()))
                .collect()
        }
    };
    ctx.set_cert_store(store.build());
    ctx.set_ex_data(roots_index(), LazyRoots { bundles });
    // SAFETY: the callback only reads what the context owns (its ex_data lives as long as
    // the context) and has no argument.
    unsafe {
        SSL_CTX_set_cert_verify_callback(
            ctx.as_ptr(),
            Some(verify_with_lazy_roots),
            std::ptr::null_mut(),
        );
    }
    Ok(ctx.build())
}

/// The TLS step of ureq's connector chain.
pub struct OpenSslConnector {
    ctx: SslContext,
}

impl OpenSslConnector {
    /// A connector using `ctx` for every connection.
    pub fn new(ctx: SslContext) -> Self {
        OpenSslConnector { ctx }
    }
}

impl fmt::Debug for OpenSslConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenSslConnector").finish()
    }
}

/// A failed TLS handshake, worded as native-tls words it: OpenSSL's error stack, then the
/// certificate verification result in parentheses when there is one.
#[derive(Debug)]
pub struct HandshakeFailure(pub String);

impl fmt::Display for HandshakeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for HandshakeFailure {}

impl<In: Transport> Connector<In> for OpenSslConnector {
    type Out = Either<In, OpenSslTransport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else {
            return Ok(None);
        };
        if !details.needs_tls() || transport.is_tls() {
            return Ok(Some(Either::A(transport)));
        }
        let host = details
            .uri
            .authority()
            .map(|a| a.host())
            .unwrap_or_default();
        let domain = host.trim_start_matches('[').trim_end_matches(']');

        let mut adapter = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        adapter.set_timeout(remaining(details));
        let stream = ErrorCapture::wrap(adapter);
        let capture = stream.capture.clone();

        let tls_error = |e: openssl::error::ErrorStack| {
            ureq::Error::Other(Box::new(HandshakeFailure(e.to_string())))
        };
        let mut ssl = openssl::ssl::Ssl::new(&self.ctx).map_err(tls_error)?;
        if domain.parse::<IpAddr>().is_err() {
            ssl.set_hostname(domain).map_err(tls_error)?;
        }
        let param = ssl.param_mut();
        param.set_hostflags(X509CheckFlags::NO_PARTIAL_WILDCARDS);
        match domain.parse::<IpAddr>() {
            Ok(ip) => param.set_ip(ip),
            Err(_) => param.set_host(domain),
        }
        .map_err(tls_error)?;

        let stream = match ssl.connect(stream) {
            Ok(stream) => stream,
            Err(e) => {
                // The transport's own error (a timeout, a reset) says more than OpenSSL's.
                if let Some(error) = capture.lock().unwrap_or_else(|e| e.into_inner()).take() {
                    return Err(error);
                }
                let text = match e {
                    HandshakeError::SetupFailure(e) => e.to_string(),
                    HandshakeError::Failure(mid) => {
                        let verify = mid.ssl().verify_result();
                        let error = mid.into_error();
                        if verify == X509VerifyResult::OK {
                            error.to_string()
                        } else {
                            format!("{error} ({verify})")
                        }
                    }
                    HandshakeError::WouldBlock(_) => "the TLS handshake would block".into(),
                };
                return Err(ureq::Error::Other(Box::new(HandshakeFailure(text))));
            }
        };
        let buffers = LazyBuffers::new(
            details.config.input_buffer_size(),
            details.config.output_buffer_size(),
        );
        Ok(Some(Either::B(OpenSslTransport { buffers, stream })))
    }
}

/// The connect budget left, counted from when ureq set it (as ureq's own TLS step does).
fn remaining(details: &ConnectionDetails) -> NextTimeout {
    let mut timeout = details.timeout;
    if let (UDuration::Exact(limit), UInstant::Exact(start), UInstant::Exact(now)) =
        (timeout.after, details.now, (details.current_time)())
    {
        timeout.after =
            UDuration::Exact(limit.saturating_sub(now.saturating_duration_since(start)));
    }
    timeout
}

/// An established TLS connection.
pub struct OpenSslTransport {
    buffers: LazyBuffers,
    stream: SslStream<ErrorCapture<TransportAdapter>>,
}

impl fmt::Debug for OpenSslTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenSslTransport").finish()
    }
}

impl Transport for OpenSslTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.get_mut().stream.set_timeout(timeout);
        let output = &self.buffers.output()[..amount];
        let result = self.stream.write_all(output);
        self.stream.get_ref().take_captured()?;
        result?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.get_mut().stream.set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let amount = match self.stream.read(input) {
            Ok(0) => {
                self.stream.get_ref().take_captured()?;
                0
            }
            Ok(n) => n,
            Err(e) => {
                self.stream.get_ref().take_captured()?;
                return Err(e.into());
            }
        };
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.get_mut().stream.get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        true
    }
}

/// Keeps the transport's own error (ureq's timeouts and resets) that OpenSSL would otherwise
/// reduce to a generic failure, as ureq's native-tls step does.
struct ErrorCapture<S> {
    stream: S,
    capture: Arc<Mutex<Option<ureq::Error>>>,
}

impl<S> ErrorCapture<S> {
    fn wrap(stream: S) -> Self {
        ErrorCapture {
            stream,
            capture: Arc::new(Mutex::new(None)),
        }
    }

    fn take_captured(&self) -> Result<(), ureq::Error> {
        match self
            .capture
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    fn keep(&self, e: io::Error) -> io::Error {
        let error: ureq::Error = e.into();
        *self.capture.lock().unwrap_or_else(|e| e.into_inner()) = Some(error);
        io::Error::other("transport error (kept)")
    }
}

impl<S: Read> Read for ErrorCapture<S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.stream.read(buf).map_err(|e| self.keep(e))
    }
}

impl<S: Write> Write for ErrorCapture<S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.stream.write(buf).map_err(|e| self.keep(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stream.flush().map_err(|e| self.keep(e))
    }
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
            "not a valid PEM certificate file"
        );
        assert_eq!(
            Bundle::from_bytes(b"-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
                .err()
                .unwrap(),
            "holds no certificate"
        );
        assert_eq!(
            Bundle::from_bytes(b"\x30\x03\x02\x01\x01").err().unwrap(),
            "neither PEM nor a DER certificate"
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
            fn i2d_X509_AUX(a: *mut openssl_sys::X509, pp: *mut *mut u8) -> c_int;
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
