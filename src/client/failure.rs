//! Why a request or the client's set-up failed, as data: a kind, its detail and whether
//! another attempt may help. Wording it for people is [`crate::explain`]'s job.

use std::path::PathBuf;
use std::time::Duration;

use super::error_body::ServiceError;
use super::retry;
use super::tls::BundleError;

/// Why a request did not succeed.
#[derive(Debug)]
pub struct Failure {
    /// What went wrong.
    pub kind: FailureKind,
    /// `host:port` of the endpoint the request was for.
    pub host: String,
    /// `x-ms-request-id` of the response, when one was seen.
    pub request_id: Option<String>,
    /// Whether it happened while the body of a response was read (after its status line).
    pub in_body: bool,
    /// Attempts made before giving up (redirect hops not counted).
    pub attempts: u16,
    /// Milliseconds from the first attempt's start to giving up (small integers keep every
    /// `Err(Failure)` as small as it was).
    pub elapsed_ms: u32,
}

impl Failure {
    /// Records how many attempts were made, and for how long, before giving up.
    pub fn tried(mut self, attempts: u32, elapsed: Duration) -> Self {
        self.attempts = u16::try_from(attempts).unwrap_or(u16::MAX);
        self.elapsed_ms = u32::try_from(elapsed.as_millis()).unwrap_or(u32::MAX);
        self
    }

    /// How long the attempts took.
    pub fn elapsed(&self) -> Duration {
        Duration::from_millis(u64::from(self.elapsed_ms))
    }
}

impl Failure {
    /// A failure before any response was seen.
    pub fn new(kind: FailureKind, host: impl Into<String>) -> Self {
        Failure {
            kind,
            host: host.into(),
            request_id: None,
            in_body: false,
            attempts: 1,
            elapsed_ms: 0,
        }
    }

    /// Records the request id of the response concerned.
    pub fn request_id(mut self, id: Option<String>) -> Self {
        self.request_id = id;
        self
    }

    /// Whether another attempt may succeed (SPEC §7: never DNS, certificate verification or
    /// a 4xx other than 408 and 429).
    pub fn is_retryable(&self) -> bool {
        self.kind.is_retryable()
    }
}

/// A retry about to be made, for the line that shows it (SPEC §7).
#[derive(Debug)]
pub struct RetryNotice<'a> {
    /// The wait before it.
    pub wait: Duration,
    /// Why the previous attempt failed.
    pub after: &'a FailureKind,
    /// The attempt about to be made (2 for the first retry).
    pub attempt: u32,
    /// The most attempts in all.
    pub attempts: u32,
}

/// What went wrong with a request.
#[derive(Debug)]
pub enum FailureKind {
    /// The endpoint's host name does not resolve.
    Dns,
    /// The endpoint refused the TCP connection.
    ConnectRefused,
    /// The endpoint's network or host is unreachable.
    Unreachable {
        /// The operating system's reason.
        reason: String,
    },
    /// No complete answer in time.
    Timeout {
        /// What was being waited for.
        during: Phase,
        /// The time allowed.
        limit: Duration,
        /// Which clock ran out.
        clock: Clock,
    },
    /// The connection was reset (under TLS 1.3, possibly a refused client certificate).
    Reset,
    /// The connection closed before the response was complete.
    CutShort,
    /// The endpoint did not answer with valid HTTP.
    NotHttp {
        /// ureq's description.
        detail: String,
    },
    /// The server's certificate did not verify.
    CertificateNotVerified {
        /// OpenSSL's verification result, when it gave one.
        reason: Option<String>,
    },
    /// The connection was reset or closed during the TLS handshake.
    HandshakeReset,
    /// The TLS handshake failed otherwise.
    Handshake {
        /// OpenSSL's error.
        detail: String,
    },
    /// The server refused the client certificate with a TLS alert.
    ClientCertificateRefused {
        /// The alert, as OpenSSL names it (`alert unknown ca`).
        alert: &'static str,
    },
    /// The proxy itself failed, before the tunnel was open.
    Proxy {
        /// The proxy URL, credentials redacted.
        proxy: String,
        /// What failed.
        failure: ProxyFailure,
    },
    /// The proxy answered the CONNECT request with an error status.
    TunnelRefused {
        /// The proxy's status.
        status: u16,
    },
    /// The proxy failed to open the tunnel, with no status to name.
    TunnelFailed {
        /// ureq's reason, which never holds the proxy's credentials.
        reason: String,
    },
    /// The endpoint URL cannot be requested.
    InvalidUrl {
        /// ureq's description.
        detail: String,
    },
    /// Any other I/O failure.
    Io {
        /// The operating system's reason.
        reason: String,
    },
    /// Anything else ureq reports.
    Other {
        /// ureq's description.
        detail: String,
    },
    /// A redirect that is not followed (SPEC §7).
    Redirect(RedirectRefusal),
    /// The response body is larger than the limit.
    BodyTooLarge {
        /// The limit, in bytes.
        limit: u64,
    },
    /// The deadline left no time for another attempt.
    NoTimeLeft,
    /// The service answered an error status, after any retries.
    Status {
        /// The HTTP status.
        status: u16,
        /// What the body said.
        service: ServiceError,
    },
}

impl FailureKind {
    /// Whether another attempt may succeed.
    pub fn is_retryable(&self) -> bool {
        match self {
            FailureKind::ConnectRefused
            | FailureKind::Unreachable { .. }
            | FailureKind::Timeout { .. }
            | FailureKind::Reset
            | FailureKind::CutShort
            | FailureKind::NotHttp { .. }
            | FailureKind::HandshakeReset
            | FailureKind::Io { .. }
            | FailureKind::Other { .. } => true,
            FailureKind::Proxy { failure, .. } => failure.is_retryable(),
            FailureKind::Status { status, .. } => retry::is_retryable_status(*status),
            FailureKind::Dns
            | FailureKind::CertificateNotVerified { .. }
            | FailureKind::Handshake { .. }
            | FailureKind::ClientCertificateRefused { .. }
            | FailureKind::TunnelRefused { .. }
            | FailureKind::TunnelFailed { .. }
            | FailureKind::InvalidUrl { .. }
            | FailureKind::Redirect(_)
            | FailureKind::BodyTooLarge { .. }
            | FailureKind::NoTimeLeft => false,
        }
    }
}

/// What a timed-out request was waiting for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Resolving the host, connecting, the TLS handshake.
    Connect,
    /// Sending the request and receiving the status line and headers.
    Response,
    /// Receiving the body.
    Body,
}

/// Which clock ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The request timeout, as ureq keeps it.
    Request,
    /// A socket operation the operating system timed out.
    Socket,
}

/// A failure of the proxy itself, before the tunnel was open.
#[derive(Debug)]
pub enum ProxyFailure {
    /// The proxy's host name does not resolve.
    Dns,
    /// The proxy refused the TCP connection.
    ConnectRefused,
    /// The proxy reset the connection.
    Reset,
    /// The proxy closed the connection.
    CutShort,
    /// The proxy closed the connection without answering the CONNECT request.
    NoAnswer,
    /// No answer from the proxy in time.
    Timeout {
        /// The time allowed.
        limit: Duration,
    },
    /// The proxy did not answer with valid HTTP.
    NotHttp,
    /// Any other I/O failure.
    Io {
        /// The operating system's reason.
        reason: String,
    },
    /// Anything else; ureq's description may quote the proxy URL, so none is kept.
    Other,
}

impl ProxyFailure {
    /// Whether another attempt may succeed.
    pub fn is_retryable(&self) -> bool {
        !matches!(
            self,
            ProxyFailure::Dns | ProxyFailure::NoAnswer | ProxyFailure::NotHttp
        )
    }
}

/// A redirect schedctl refuses to follow; every one names the `Location` it was given.
#[derive(Debug)]
pub enum RedirectRefusal {
    /// A redirect status other than 307.
    NotFollowed {
        /// The status.
        status: u16,
        /// The `Location`, if any.
        location: Option<String>,
    },
    /// A 307 without a `Location`.
    NoLocation,
    /// More hops than allowed.
    TooMany {
        /// The most hops followed.
        limit: u32,
        /// The last `Location`.
        location: String,
    },
    /// A `Location` that does not resolve to a URL.
    NotAUrl {
        /// The `Location`.
        location: String,
    },
    /// A `Location` with another scheme.
    NotHttps {
        /// The `Location`.
        location: String,
    },
    /// A `Location` with user information.
    UserInfo {
        /// The `Location`, credentials redacted.
        location: String,
    },
    /// A `Location` on another host or port.
    OtherOrigin {
        /// The `Location`.
        location: String,
        /// The authority (`host:port`) it had to keep.
        expected: String,
    },
}

/// Why the client could not be built.
#[derive(Debug)]
pub enum SetupFailure {
    /// The CA certificate file cannot be used.
    CaCertificate {
        /// The file.
        path: PathBuf,
        /// Where it was configured.
        source: String,
        /// What is wrong with it.
        problem: CaProblem,
    },
    /// OpenSSL refused the client certificate, its key or the TLS settings.
    Tls {
        /// OpenSSL's error.
        detail: String,
    },
    /// A SOCKS proxy, which the connector chain cannot use.
    SocksProxy {
        /// The proxy URL, credentials redacted.
        proxy: String,
    },
    /// A proxy URL whose user information holds an unencoded `/`, `?` or `#`.
    AmbiguousProxyUrl {
        /// The proxy URL, credentials redacted.
        proxy: String,
    },
    /// A proxy URL ureq does not accept.
    InvalidProxyUrl {
        /// The proxy URL, credentials redacted.
        proxy: String,
    },
}

/// What is wrong with a CA certificate file.
#[derive(Debug)]
pub enum CaProblem {
    /// It cannot be read.
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// It is not a certificate file.
    Invalid(BundleError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_another_attempt_can_change_is_retryable() {
        let status = |status| FailureKind::Status {
            status,
            service: ServiceError::Excerpt(String::new()),
        };
        for retryable in [
            FailureKind::ConnectRefused,
            FailureKind::Reset,
            FailureKind::Timeout {
                during: Phase::Body,
                limit: Duration::from_secs(1),
                clock: Clock::Request,
            },
            status(408),
            status(429),
            status(503),
        ] {
            assert!(retryable.is_retryable(), "{retryable:?}");
        }
        for final_ in [
            FailureKind::Dns,
            FailureKind::CertificateNotVerified { reason: None },
            FailureKind::ClientCertificateRefused {
                alert: "alert unknown ca",
            },
            FailureKind::Proxy {
                proxy: "http://***@p:1".into(),
                failure: ProxyFailure::Dns,
            },
            FailureKind::BodyTooLarge { limit: 1 },
            status(400),
            status(404),
        ] {
            assert!(!final_.is_retryable(), "{final_:?}");
        }
    }
}
