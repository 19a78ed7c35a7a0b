//! The TLS side: an OpenSSL acceptor that asks for a client certificate
//! without requiring one, and the thumbprint of what the client presented.
//!
//! native-tls's acceptor cannot request client certificates, hence OpenSSL
//! directly. A later "refuse unknown certificates in the handshake" mode (a
//! TLS 1.2 alert, for exit 4's TLS case) belongs here as another verify
//! callback.

use std::io;

use openssl::ssl::{SslAcceptor, SslMethod, SslRef, SslVerifyMode, SslVersion};
use openssl::x509::X509;

use crate::pki::{thumbprint, Ca};

/// Builds the acceptor: Mozilla "intermediate" settings (TLS 1.2 and 1.3),
/// a server certificate freshly issued by `ca`, and client certificates
/// requested (verify mode `PEER`) but accepted whatever they are; the
/// application layer authorizes them by thumbprint.
pub fn acceptor(ca: &Ca) -> io::Result<SslAcceptor> {
    let (cert, key) = ca.issue_server_cert();
    let other = |e: openssl::error::ErrorStack| io::Error::other(e);
    let mut b = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls_server()).map_err(other)?;
    b.set_min_proto_version(Some(SslVersion::TLS1_2))
        .map_err(other)?;
    b.set_private_key(&key).map_err(other)?;
    b.set_certificate(&cert).map_err(other)?;
    b.check_private_key().map_err(other)?;
    // Asking for a certificate needs a session id context, or resumed
    // sessions fail ("session id context uninitialized").
    b.set_session_id_context(b"schedctl-emulator")
        .map_err(other)?;
    b.set_verify_callback(SslVerifyMode::PEER, |_, _| true);
    Ok(b.build())
}

/// SHA-1 thumbprint (upper-case hex) of the leaf certificate the client
/// presented, if any.
pub fn client_thumbprint(ssl: &SslRef) -> Option<String> {
    let cert: X509 = ssl.peer_certificate()?;
    let t = thumbprint(&cert);
    (!t.is_empty()).then_some(t)
}
