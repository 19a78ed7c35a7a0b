//! The TLS context over OpenSSL: the trust store and `SslConnector`'s defaults, set up so that a
//! process never parses a whole CA bundle it does not need (SPEC §9, §11).
//!
//! native-tls on OpenSSL 3 parses the system bundle twice per process (once through
//! `SslConnector::builder`'s `set_default_verify_paths`, once through openssl-probe and
//! `load_verify_locations`), about 100 ms of CPU, even when `ca_certificate` replaces the
//! system store and both parses are thrown away. Decoding a certificate is what costs (OpenSSL
//! 3 decodes every public key through its provider machinery), so only the certificates a
//! verification can use are decoded:
//!
//! - A bundle (`ca_certificate`, or the platform's `SSL_CERT_FILE`/default file) is indexed
//!   by subject name without decoding its certificates (`bundle.rs`). Just before OpenSSL
//!   verifies the server's chain, every bundle certificate whose subject names the subject or
//!   issuer of a certificate in that chain, and transitively their issuers, is decoded and
//!   added to the store (`verify.rs`). OpenSSL finds trust anchors and intermediates only by
//!   subject name, so the store holds every certificate the verification could look up, and
//!   the outcome is the same as with the whole bundle loaded.
//! - Hashed certificate directories (`SSL_CERT_DIR`, the OpenSSL default, what openssl-probe
//!   finds) are OpenSSL's own lazy `hash_dir` lookup.
//!
//! Everything else is what `openssl::ssl::SslConnector` and native-tls configure: peer
//! verification, host name or IP address checks (no partial wildcards) and SNI for names (in
//! `connector.rs`), the same options and cipher list, the client certificate and its chain,
//! plus an explicit TLS 1.2 minimum.

mod bundle;
mod connector;
mod verify;

pub use bundle::{Bundle, BundleError};
pub use connector::{HandshakeFailure, OpenSslConnector, OpenSslTransport};

use std::ffi::CStr;
use std::path::PathBuf;
use std::sync::OnceLock;

use openssl::ssl::{
    SslContext, SslContextBuilder, SslFiletype, SslMethod, SslMode, SslOptions, SslVerifyMode,
    SslVersion,
};
use openssl::x509::store::{X509Lookup, X509StoreBuilder};

use crate::credentials::Identity;
use verify::LazyBundle;

/// The cipher list of `openssl::ssl::SslConnector`.
const CIPHERS: &str = "DEFAULT:!aNULL:!eNULL:!MD5:!3DES:!DES:!RC4:!IDEA:!SEED:!aDSS:!SRP:!PSK";

/// The trust store of a connection.
pub enum Roots {
    /// Only the certificates of this bundle (`ca_certificate`, like curl's `cacert`).
    Specific(Bundle),
    /// The platform's: OpenSSL's default file and directory (or `SSL_CERT_FILE` and
    /// `SSL_CERT_DIR`), and what openssl-probe finds, as native-tls trusts.
    Platform,
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
    verify::install(&mut ctx, bundles)?;
    Ok(ctx.build())
}
