//! ureq's errors read as failure kinds: what failed, told apart by type, I/O error kind and,
//! where OpenSSL gives nothing better, its error text.

use std::time::Duration;

use super::failure::{Clock, FailureKind, Phase, ProxyFailure};
use super::proxy::BeforeTunnel;
use super::tls::HandshakeFailure;
use crate::config::io_reason;

/// TLS alerts by which a server refuses the client certificate (40, 42, 46, 48, 116).
const CLIENT_CERT_ALERTS: [&str; 5] = [
    "alert handshake failure",
    "alert bad certificate",
    "alert certificate unknown",
    "alert unknown ca",
    "alert certificate required",
];

/// What a failed call to the endpoint was. `proxy` (redacted) is the proxy in use: a failure
/// of the proxy itself names it.
pub fn call(error: &ureq::Error, proxy: Option<&str>, timeout: Duration) -> FailureKind {
    if let (ureq::Error::Other(e), Some(proxy)) = (error, proxy) {
        if let Some(failure) = e.downcast_ref::<BeforeTunnel>() {
            return proxied(&failure.0, proxy, timeout);
        }
    }
    transport(error, timeout)
}

/// What a transport error was.
pub fn transport(error: &ureq::Error, timeout: Duration) -> FailureKind {
    let lower = error.to_string().to_ascii_lowercase();
    if let Some(alert) = CLIENT_CERT_ALERTS.iter().find(|a| lower.contains(*a)) {
        return FailureKind::ClientCertificateRefused { alert };
    }
    match error {
        ureq::Error::HostNotFound => FailureKind::Dns,
        ureq::Error::Timeout(during) => FailureKind::Timeout {
            during: phase(*during),
            limit: timeout,
            clock: Clock::Request,
        },
        ureq::Error::ConnectProxyFailed(reason) => tunnel_refusal(reason),
        ureq::Error::Other(e) => match e.downcast_ref::<HandshakeFailure>() {
            Some(failure) => handshake(failure),
            None => FailureKind::Other {
                detail: error.to_string(),
            },
        },
        ureq::Error::Io(e) => io(e, timeout),
        ureq::Error::Protocol(e) => FailureKind::NotHttp {
            detail: e.to_string(),
        },
        ureq::Error::Tls(reason) => tls(reason),
        ureq::Error::BadUri(e) | ureq::Error::RequireHttpsOnly(e) => {
            FailureKind::InvalidUrl { detail: e.clone() }
        }
        other => FailureKind::Other {
            detail: other.to_string(),
        },
    }
}

/// What ureq's timer was timing.
fn phase(timeout: ureq::Timeout) -> Phase {
    match timeout {
        ureq::Timeout::Resolve | ureq::Timeout::Connect => Phase::Connect,
        ureq::Timeout::RecvBody => Phase::Body,
        _ => Phase::Response,
    }
}

/// A failure of the proxy itself (`proxy` is already redacted).
fn proxied(error: &ureq::Error, proxy: &str, timeout: Duration) -> FailureKind {
    let io = match error {
        ureq::Error::Io(e) => Some(e),
        _ => None,
    };
    let failure = match error {
        ureq::Error::ConnectProxyFailed(reason)
            if reason.starts_with("proxy server responded ") =>
        {
            return tunnel_refusal(reason)
        }
        ureq::Error::ConnectProxyFailed(_) => ProxyFailure::NoAnswer,
        ureq::Error::HostNotFound => ProxyFailure::Dns,
        _ if io.is_some_and(lookup_failed) => ProxyFailure::Dns,
        ureq::Error::Timeout(_) => ProxyFailure::Timeout { limit: timeout },
        ureq::Error::Protocol(_) => ProxyFailure::NotHttp,
        ureq::Error::Io(e) => {
            use std::io::ErrorKind as K;
            match e.kind() {
                K::ConnectionRefused => ProxyFailure::ConnectRefused,
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => ProxyFailure::Reset,
                K::UnexpectedEof => ProxyFailure::CutShort,
                _ => ProxyFailure::Io {
                    reason: io_reason(e),
                },
            }
        }
        // ureq's wording of the rest may quote a URL, and the proxy's may hold a password.
        _ => ProxyFailure::Other,
    };
    FailureKind::Proxy {
        proxy: proxy.to_string(),
        failure,
    }
}

/// A failed CONNECT. ureq reports the proxy's answer as `proxy server responded 407/407`;
/// the status alone is what matters. ureq's reason never holds the proxy's credentials.
fn tunnel_refusal(reason: &str) -> FailureKind {
    let status = reason
        .strip_prefix("proxy server responded ")
        .and_then(|rest| rest.split('/').next())
        .and_then(|code| code.parse::<u16>().ok());
    match status {
        Some(status) => FailureKind::TunnelRefused { status },
        None => FailureKind::TunnelFailed {
            reason: reason.to_string(),
        },
    }
}

fn lookup_failed(e: &std::io::Error) -> bool {
    let text = e.to_string();
    text.contains("failed to lookup address") || text.contains("Name or service not known")
}

fn io(e: &std::io::Error, timeout: Duration) -> FailureKind {
    use std::io::ErrorKind as K;
    if lookup_failed(e) {
        return FailureKind::Dns;
    }
    if let Some(inner) = e.get_ref().and_then(|i| i.downcast_ref::<ureq::Error>()) {
        return transport(inner, timeout);
    }
    let text = e.to_string();
    match e.kind() {
        K::ConnectionRefused => FailureKind::ConnectRefused,
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => FailureKind::Reset,
        K::TimedOut | K::WouldBlock => FailureKind::Timeout {
            during: Phase::Response,
            limit: timeout,
            clock: Clock::Socket,
        },
        K::UnexpectedEof => FailureKind::CutShort,
        K::NetworkUnreachable | K::HostUnreachable => FailureKind::Unreachable {
            reason: io_reason(e),
        },
        _ if text.to_ascii_lowercase().contains("ssl") || text.contains("tls") => tls(&text),
        _ => FailureKind::Io {
            reason: io_reason(e),
        },
    }
}

/// A failed handshake of the connector: the verification result, when the chain did not
/// verify, is OpenSSL's reason.
fn handshake(failure: &HandshakeFailure) -> FailureKind {
    let verify_failed = failure
        .error
        .to_ascii_lowercase()
        .contains("certificate verify failed");
    match &failure.verify {
        Some(reason) if verify_failed => FailureKind::CertificateNotVerified {
            reason: Some(reason.clone()),
        },
        _ => tls(&failure.to_string()),
    }
}

/// A failed handshake, from text in native-tls's form: OpenSSL's error stack, then the
/// verification result in parentheses when there is one.
fn tls(text: &str) -> FailureKind {
    let lower = text.to_ascii_lowercase();
    if lower.contains("certificate verify failed") {
        let reason = text
            .rfind('(')
            .and_then(|start| text[start + 1..].strip_suffix(')'))
            .map(str::to_string);
        return FailureKind::CertificateNotVerified { reason };
    }
    if lower.contains("unexpected eof") || lower.contains("connection reset") {
        return FailureKind::HandshakeReset;
    }
    FailureKind::Handshake {
        detail: text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(kind: FailureKind) -> Option<String> {
        match kind {
            FailureKind::CertificateNotVerified { reason } => reason,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn verification_failures_keep_openssls_reason() {
        let kind = tls("error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:1889: (self-signed certificate in certificate chain)");
        assert!(!kind.is_retryable());
        assert_eq!(
            reason(kind).as_deref(),
            Some("self-signed certificate in certificate chain")
        );
        let kind = tls("... certificate verify failed ... (hostname mismatch)");
        assert_eq!(reason(kind).as_deref(), Some("hostname mismatch"));
        // OpenSSL names the check after what the URL held: an IP address here.
        let kind = tls("error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:2100: (IP address mismatch)");
        assert_eq!(reason(kind).as_deref(), Some("IP address mismatch"));
        assert_eq!(reason(tls("certificate verify failed")), None);
    }

    #[test]
    fn proxy_refusals_keep_the_status_only() {
        assert!(matches!(
            tunnel_refusal("proxy server responded 407/407"),
            FailureKind::TunnelRefused { status: 407 }
        ));
        assert!(matches!(
            tunnel_refusal("proxy server responded 599/599"),
            FailureKind::TunnelRefused { status: 599 }
        ));
        assert!(matches!(
            tunnel_refusal("proxy server did not respond"),
            FailureKind::TunnelFailed { reason } if reason == "proxy server did not respond"
        ));
    }
}
