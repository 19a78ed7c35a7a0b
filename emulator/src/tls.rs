//! The TLS side: an OpenSSL acceptor that asks for a client certificate
//! without requiring one, and the thumbprint of what the client presented.
//!
//! native-tls's acceptor cannot request client certificates, hence OpenSSL
//! directly. For the tests of exit 4's TLS case, a second mode refuses
//! unknown certificates in the handshake itself, with a TLS 1.2 alert.

use std::collections::HashSet;
use std::io;

use openssl::ssl::{SslAcceptor, SslMethod, SslRef, SslVerifyMode, SslVersion};
use openssl::x509::{X509VerifyResult, X509};

use crate::pki::{thumbprint, Ca, ServerCertKind};

/// How the acceptor treats the client certificate.
#[derive(Clone, Debug, Default)]
pub enum ClientCertPolicy {
    /// Ask for one, accept whatever comes (the service's behaviour: the
    /// application layer answers 403).
    #[default]
    Request,
    /// TLS 1.2 only; a missing certificate, or one whose thumbprint is not in
    /// the set, ends the handshake with an alert (`bad_certificate`, or
    /// `handshake_failure` when none was sent).
    RefuseUnknown(HashSet<String>),
}

/// Builds the acceptor: Mozilla "intermediate" settings (TLS 1.2 and 1.3),
/// a server certificate freshly issued by `ca`, and client certificates
/// requested (verify mode `PEER`) but accepted whatever they are; the
/// application layer authorizes them by thumbprint.
pub fn acceptor(ca: &Ca) -> io::Result<SslAcceptor> {
    acceptor_with(ca, ServerCertKind::Valid, &ClientCertPolicy::Request)
}

/// Like [`acceptor`], with a chosen server certificate and client
/// certificate policy.
pub fn acceptor_with(
    ca: &Ca,
    server_cert: ServerCertKind,
    policy: &ClientCertPolicy,
) -> io::Result<SslAcceptor> {
    let (cert, key) = ca.issue_server_cert_as(server_cert);
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
    match policy {
        ClientCertPolicy::Request => b.set_verify_callback(SslVerifyMode::PEER, |_, _| true),
        ClientCertPolicy::RefuseUnknown(known) => {
            b.set_max_proto_version(Some(SslVersion::TLS1_2))
                .map_err(other)?;
            let known = known.clone();
            b.set_verify_callback(
                SslVerifyMode::PEER | SslVerifyMode::FAIL_IF_NO_PEER_CERT,
                move |_, ctx| {
                    // Self-signed management certificates never chain to a
                    // root: decide by the leaf's thumbprint alone.
                    if ctx.error_depth() > 0 {
                        return true;
                    }
                    let ok = ctx
                        .current_cert()
                        .is_some_and(|c| known.contains(&thumbprint(c)));
                    if !ok {
                        // X509_V_ERR_CERT_REJECTED, which OpenSSL sends as
                        // the bad_certificate alert (42).
                        // SAFETY: 28 is a valid X509_V_ERR_* code.
                        ctx.set_error(unsafe { X509VerifyResult::from_raw(28) });
                    }
                    ok
                },
            )
        }
    }
    Ok(b.build())
}

/// SHA-1 thumbprint (upper-case hex) of the leaf certificate the client
/// presented, if any.
pub fn client_thumbprint(ssl: &SslRef) -> Option<String> {
    let cert: X509 = ssl.peer_certificate()?;
    let t = thumbprint(&cert);
    (!t.is_empty()).then_some(t)
}
