//! Every failure of the client worded for people, in one place: what failed in the user's
//! terms, the cause, the request id and hints (SPEC §5, §6).

use std::time::Duration;

pub(crate) mod settings;

use crate::client::error_body::ServiceError;
use crate::client::tls::BundleError;
use crate::client::{
    CaProblem, Clock, Failure, FailureKind, ProxyFailure, RedirectRefusal, RetryNotice,
    SetupFailure,
};
use crate::error::{Error, Kind};
use crate::text::safe;

pub mod config_commands;
pub mod response;
pub mod usage;

/// For a proxy that fails or refuses the tunnel.
const PROXY_HINT: &str =
    "check HTTPS_PROXY / ALL_PROXY, and NO_PROXY for hosts that should go direct";

/// What the request was about.
pub enum Target<'a> {
    /// One job (`job get`, `job wait`).
    Job {
        /// Collection name.
        collection: &'a str,
        /// Job name.
        job: &'a str,
    },
    /// A collection's jobs (`job list`).
    Jobs {
        /// Collection name.
        collection: &'a str,
    },
    /// A job's history (`job history`).
    History {
        /// Collection name.
        collection: &'a str,
        /// Job name.
        job: &'a str,
    },
    /// A job collection (`collection get`).
    Collection {
        /// Collection name.
        collection: &'a str,
    },
    /// The cloud service (`collection list`).
    CloudService,
    /// The subscription's cloud services (`cloud-service list`).
    CloudServices,
}

impl Target<'_> {
    /// What was being read, for "the service failed reading …".
    fn describe(&self) -> String {
        match self {
            Target::Job { collection, job } => format!("job '{job}' in collection '{collection}'"),
            Target::Jobs { collection } => format!("the jobs of collection '{collection}'"),
            Target::History { collection, job } => {
                format!("the history of job '{job}' in collection '{collection}'")
            }
            Target::Collection { collection } => format!("job collection '{collection}'"),
            Target::CloudService => "the cloud service".to_string(),
            Target::CloudServices => "the cloud services of the subscription".to_string(),
        }
    }

    /// The collection and job named by the target.
    fn names(&self) -> (Option<&str>, Option<&str>) {
        match self {
            Target::Job { collection, job } | Target::History { collection, job } => {
                (Some(collection), Some(job))
            }
            Target::Jobs { collection } | Target::Collection { collection } => {
                (Some(collection), None)
            }
            Target::CloudService | Target::CloudServices => (None, None),
        }
    }
}

/// The settings a message may name.
pub struct Context<'a> {
    /// Subscription id.
    pub subscription: &'a str,
    /// Cloud service.
    pub cloud_service: &'a str,
    /// SHA-1 thumbprint of the client certificate.
    pub thumbprint: &'a str,
}

/// Explains a failed request in terms of what it was for.
pub fn explain(failure: Failure, target: &Target, context: &Context) -> Error {
    let (attempts, elapsed) = (failure.attempts, failure.elapsed());
    let Failure {
        kind,
        host,
        request_id,
        in_body,
        ..
    } = failure;
    let error = match kind {
        FailureKind::Status { status, service } => explain_status(status, service, target, context),
        kind => {
            let error = transport(&kind, &host);
            if in_body {
                // The body's failure alone: hints about connecting do not apply.
                Error::new(error.kind, in_the_body(error.message))
            } else {
                error
            }
        }
    };
    let mut error = error.request_id(request_id);
    if attempts > 1 {
        // After retries, how hard schedctl tried (SPEC §7).
        error.message = format!(
            "{} ({attempts} attempts in {})",
            error.message,
            seconds(elapsed)
        );
    }
    error
}

/// The line that announces a retry (SPEC §7), without the `schedctl: ` prefix:
/// `retrying in 2s after 503 Service Unavailable (attempt 2 of 4)`.
pub fn retry_line(notice: &RetryNotice) -> String {
    let after = match notice.after {
        FailureKind::Status { status, .. } => format!("{status} {}", reason(*status))
            .trim_end()
            .to_string(),
        FailureKind::Timeout { .. } => "a timeout".into(),
        FailureKind::ConnectRefused => "connection refused".into(),
        FailureKind::Reset => "a connection reset".into(),
        FailureKind::HandshakeReset => "a connection reset during the TLS handshake".into(),
        FailureKind::CutShort => "a response cut short".into(),
        FailureKind::Unreachable { .. } => "an unreachable network".into(),
        FailureKind::NotHttp { .. } => "an answer that is not HTTP".into(),
        FailureKind::Proxy { .. } => "a proxy failure".into(),
        _ => "a network error".into(),
    };
    format!(
        "retrying in {} after {after} (attempt {} of {})",
        seconds(notice.wait),
        notice.attempt,
        notice.attempts
    )
}

/// A short duration for people: `412ms` below a second, else seconds to a tenth (`2.1s`, `2s`).
fn seconds(d: Duration) -> String {
    if d < Duration::from_secs(1) {
        return format!("{}ms", d.as_millis());
    }
    let tenths = (d.as_millis() + 50) / 100;
    match tenths % 10 {
        0 => format!("{}s", tenths / 10),
        t => format!("{}.{t}s", tenths / 10),
    }
}

/// A failed attempt as the `-v` trace names it: the message [`explain`] gives.
pub fn describe(failure: &Failure) -> String {
    let message = transport(&failure.kind, &failure.host).message;
    if failure.in_body {
        in_the_body(message)
    } else {
        message
    }
}

/// A transport failure's message when it struck while the body was being read.
fn in_the_body(message: String) -> String {
    format!("{message} while reading the response body")
}

/// Explains why the client could not be built.
pub fn setup(failure: SetupFailure) -> Error {
    match failure {
        SetupFailure::CaCertificate {
            path,
            source,
            problem,
        } => {
            let why = match problem {
                CaProblem::Unreadable { reason } => reason,
                CaProblem::Invalid(BundleError::InvalidPem) => {
                    "not a valid PEM certificate file".into()
                }
                CaProblem::Invalid(BundleError::NotACertificate) => {
                    "neither PEM nor a DER certificate".into()
                }
                CaProblem::Invalid(BundleError::Empty) => "holds no certificate".into(),
            };
            Error::config(format!("CA certificate {} ({source}): {why}", path.display()))
        }
        SetupFailure::Tls { detail } => Error::config(format!(
            "cannot set up TLS with the client certificate: {detail}"
        )),
        SetupFailure::SocksProxy { proxy } => {
            Error::config(format!("SOCKS proxies are not supported: {proxy}"))
                .hint("use an HTTP proxy (CONNECT) in HTTPS_PROXY / ALL_PROXY")
        }
        SetupFailure::AmbiguousProxyUrl { proxy } => Error::config(format!(
            "the proxy URL in HTTPS_PROXY/ALL_PROXY is not valid: {proxy}"
        ))
        .hint("percent-encode `/`, `?`, `#` and `@` in the proxy user name and password (%2F, %3F, %23, %40)"),
        SetupFailure::InvalidProxyUrl { proxy } => Error::config(format!(
            "the proxy URL in HTTPS_PROXY/ALL_PROXY is not valid: {proxy}"
        )),
    }
}

/// Words a failure; `host` is the endpoint's `host:port`. An error status gets its generic
/// wording here (the trace's); [`explain_status`] words it for what was asked.
fn transport(kind: &FailureKind, host: &str) -> Error {
    let network = |message: String| Error::new(Kind::Network, message);
    let timed_out = |limit: &Duration| {
        format!(
            "no complete response from {host} within {} (request timeout)",
            humantime::format_duration(*limit)
        )
    };
    match kind {
        FailureKind::Dns => network(format!("cannot resolve host {host}")),
        FailureKind::ConnectRefused => {
            network(format!("cannot connect to {host}: connection refused"))
        }
        FailureKind::Unreachable { reason } => network(format!("cannot reach {host}: {reason}")),
        FailureKind::Timeout {
            limit,
            clock: Clock::Request,
            ..
        } => network(timed_out(limit)).hint("raise --request-timeout if the service is slow"),
        FailureKind::Timeout {
            limit,
            clock: Clock::Socket,
            ..
        } => network(timed_out(limit)),
        FailureKind::Reset => network(format!("the connection to {host} was reset"))
            .hint("if this happens on every attempt, the server may be refusing the client certificate (under TLS 1.3 that shows as a reset); check that it is registered on the subscription"),
        FailureKind::CutShort => network(format!(
            "the connection to {host} closed before the response was complete"
        )),
        FailureKind::NotHttp { detail } => {
            network(format!("{host} did not answer with valid HTTP ({detail})"))
        }
        FailureKind::CertificateNotVerified { reason } => not_verified(reason.as_deref(), host),
        FailureKind::HandshakeReset => network(format!(
            "the connection to {host} was reset during the TLS handshake"
        )),
        FailureKind::Handshake { detail } => {
            network(format!("TLS handshake with {host} failed: {detail}"))
        }
        FailureKind::ClientCertificateRefused { alert } => Error::new(
            Kind::Auth,
            format!("{host} refused the client certificate during the TLS handshake ({alert})"),
        )
        .hint("check that the certificate is registered as a management certificate on the subscription"),
        FailureKind::Proxy { proxy, failure } => {
            network(proxy_failure(failure, proxy, host)).hint(PROXY_HINT)
        }
        FailureKind::TunnelRefused { status: 407 } => network(format!(
            "the proxy refused the tunnel to {host}: it answered 407 Proxy Authentication Required"
        ))
        .hint("check the proxy credentials in HTTPS_PROXY / ALL_PROXY (http://USER:PASSWORD@HOST:PORT)"),
        FailureKind::TunnelRefused { status } => network(
            format!(
                "the proxy refused the tunnel to {host}: it answered {status} {}",
                reason(*status)
            )
            .trim_end()
            .to_string(),
        )
        .hint(PROXY_HINT),
        FailureKind::TunnelFailed { reason } => {
            network(format!("the proxy failed to open a tunnel to {host}: {reason}"))
                .hint(PROXY_HINT)
        }
        FailureKind::InvalidUrl { detail } => {
            Error::config(format!("invalid endpoint URL: {detail}"))
        }
        FailureKind::Io { reason } => {
            network(format!("network error talking to {host}: {reason}"))
        }
        FailureKind::Other { detail } => network(format!("request to {host} failed: {detail}")),
        FailureKind::Redirect(refusal) => Error::new(Kind::Service, redirect(refusal)),
        FailureKind::BodyTooLarge { limit } => Error::new(
            Kind::InvalidResponse,
            format!(
                "the response body is larger than {} MiB, the most schedctl accepts",
                limit / (1024 * 1024)
            ),
        ),
        FailureKind::NoTimeLeft => network("no time left for another attempt".to_string()),
        FailureKind::Status { status, .. } => Error::new(
            Kind::Service,
            format!("HTTP {status} {}", reason(*status))
                .trim_end()
                .to_string(),
        ),
    }
}

/// A server certificate that did not verify, by OpenSSL's reason.
fn not_verified(reason: Option<&str>, host: &str) -> Error {
    let reason = reason.unwrap_or("verification failed");
    let (message, hint) = if reason.contains("hostname mismatch")
        || reason.contains("IP address mismatch")
    {
        (
            format!("the server certificate of {host} is not valid for that host name"),
            "check the endpoint URL",
        )
    } else if reason.contains("expired") {
        (
            format!("the server certificate of {host} has expired"),
            "check the endpoint URL, or whether something intercepts the connection",
        )
    } else {
        (
            format!("the server certificate of {host} is not trusted ({reason})"),
            "to trust a private CA (the emulator, a TLS-inspecting proxy), give it with --ca-cert or ca_certificate",
        )
    };
    Error::new(Kind::Network, message).hint(hint)
}

/// A failure of the proxy itself, naming it (`proxy` is already redacted).
fn proxy_failure(failure: &ProxyFailure, proxy: &str, host: &str) -> String {
    match failure {
        ProxyFailure::NoAnswer => format!(
            "the proxy {proxy} closed the connection without answering the CONNECT request for {host}"
        ),
        ProxyFailure::Dns => format!("cannot resolve the proxy {proxy}"),
        ProxyFailure::Timeout { limit } => format!(
            "no answer from the proxy {proxy} within {} (request timeout)",
            humantime::format_duration(*limit)
        ),
        ProxyFailure::NotHttp => {
            format!("the proxy {proxy} did not answer with valid HTTP; is it an HTTP proxy?")
        }
        ProxyFailure::ConnectRefused => {
            format!("cannot connect to the proxy {proxy}: connection refused")
        }
        ProxyFailure::Reset => format!(
            "the proxy {proxy} reset the connection before the tunnel to {host} was open; is it an HTTP proxy?"
        ),
        ProxyFailure::CutShort => format!(
            "the proxy {proxy} closed the connection before the tunnel to {host} was open"
        ),
        ProxyFailure::Io { reason } => format!("cannot connect to the proxy {proxy}: {reason}"),
        ProxyFailure::Other => format!("the proxy {proxy} failed to open a tunnel to {host}"),
    }
}

/// A redirect that is not followed, naming where it pointed.
fn redirect(refusal: &RedirectRefusal) -> String {
    match refusal {
        RedirectRefusal::NotFollowed { status, location } => format!(
            "the service answered {status} with a redirect to {}, which schedctl does not follow (only 307 is)",
            safe(location.as_deref().unwrap_or("nowhere"))
        ),
        RedirectRefusal::NoLocation => "the service answered 307 without a Location".into(),
        RedirectRefusal::TooMany { limit, location } => format!(
            "more than {limit} redirects; the last one pointed to {}",
            safe(location)
        ),
        RedirectRefusal::NotAUrl { location } => format!(
            "the service redirected to {}, which is not a URL",
            safe(location)
        ),
        RedirectRefusal::NotHttps { location } => format!(
            "the service redirected to {}, which is not https; schedctl only follows redirects to the same scheme",
            safe(location)
        ),
        // Already redacted, and made safe to show with it.
        RedirectRefusal::UserInfo { location } => format!(
            "the service redirected to {location}, a URL with user information; schedctl does not follow it"
        ),
        RedirectRefusal::OtherOrigin { location, expected } => format!(
            "the service redirected to {}, which is not {}; schedctl only follows redirects to the same scheme, host and port",
            safe(location),
            safe(expected)
        ),
    }
}

/// Explains an error status in terms of what was asked.
fn explain_status(status: u16, service: ServiceError, target: &Target, context: &Context) -> Error {
    let cause = match &service {
        ServiceError::Envelope { code, message, .. } if message.is_empty() => code.clone(),
        ServiceError::Envelope { code, message, .. } => format!("{code}: {message}"),
        ServiceError::Excerpt(text) if text.is_empty() => {
            format!("HTTP {status} {}", reason(status))
        }
        ServiceError::Excerpt(text) => format!("HTTP {status} {}: {text}", reason(status)),
    };
    let error = match status {
        404 => not_found(&service, target, context, &cause),
        401 | 403 => denied(&service, context, &cause),
        _ => {
            let mut error = Error::new(
                Kind::Service,
                format!("the service failed reading {} ({cause})", target.describe()),
            );
            if service.code() == Some("MissingOrIncorrectVersionHeader") {
                error = error.hint("set x_ms_version in the profile to a version the service accepts, such as 2013-06-01");
            } else if status >= 500 || status == 429 || status == 408 {
                error = error.hint("the service may be busy; try again later, or raise --retries");
            }
            error
        }
    };
    error
}

fn not_found(service: &ServiceError, target: &Target, context: &Context, cause: &str) -> Error {
    let front_end = matches!(service, ServiceError::Envelope { xml: true, .. });
    let message = match service {
        ServiceError::Envelope { message, .. } => message.to_ascii_lowercase(),
        ServiceError::Excerpt(text) => text.to_ascii_lowercase(),
    };
    if let Target::CloudServices = target {
        return Error::new(
            Kind::NotFound,
            format!(
                "the cloud services of subscription '{}' were not found ({cause})",
                context.subscription
            ),
        )
        .hint("check the endpoint: it should be the classic management endpoint, such as https://management.core.windows.net");
    }
    let cloud_service_missing = || {
        Error::new(
            Kind::NotFound,
            format!(
                "cloud service '{}' was not found in subscription '{}' ({cause})",
                context.cloud_service, context.subscription
            ),
        )
        .hint("check --cloud-service or --region (the scheduler's cloud services are named like CS-WestUS-scheduler)")
    };
    // The front end answers for the cloud service in XML; the scheduler never speaks XML.
    let (collection, job) = target.names();
    let (Some(collection), false) = (collection, front_end) else {
        return cloud_service_missing();
    };
    match job {
        Some(job) if !message.contains("collection") => Error::new(
            Kind::NotFound,
            format!("job '{job}' was not found in collection '{collection}' ({cause})"),
        )
        .hint(format!(
            "`schedctl job list {collection}` lists the collection's jobs"
        )),
        _ => Error::new(
            Kind::NotFound,
            format!(
                "job collection '{collection}' was not found in cloud service '{}' ({cause})",
                context.cloud_service
            ),
        )
        .hint("`schedctl collection list` lists the cloud service's job collections"),
    }
}

fn denied(service: &ServiceError, context: &Context, cause: &str) -> Error {
    let thumbprint_hint = format!(
        "the certificate in use has thumbprint {}; it must be uploaded to subscription '{}' as a management certificate",
        context.thumbprint, context.subscription
    );
    match service.code() {
        Some("ForbiddenError") | Some("SubscriptionDisabled") => Error::new(
            Kind::Auth,
            format!(
                "access to subscription '{}' was refused ({cause})",
                context.subscription
            ),
        )
        .hint("check the subscription id")
        .hint(thumbprint_hint),
        _ => Error::new(
            Kind::Auth,
            format!("the service did not accept the management certificate ({cause})"),
        )
        .hint(thumbprint_hint),
    }
}

/// The reason phrase of a status (`Bad Gateway`), empty for one without.
fn reason(status: u16) -> &'static str {
    ureq::http::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONTEXT: Context = Context {
        subscription: "sub",
        cloud_service: "CS-WestUS-scheduler",
        thumbprint: "ABCD",
    };
    const TARGET: Target = Target::Job {
        collection: "myjc",
        job: "job9",
    };

    fn failure(status: u16, body: &str) -> Failure {
        let service = crate::client::error_body::parse(body.as_bytes());
        Failure::new(FailureKind::Status { status, service }, "h:443")
            .request_id(Some("0f3e8d2c6b1a49e7a5d4c3b2a1908f7e".into()))
    }

    #[test]
    fn a_missing_job_names_the_job_and_collection() {
        let e = explain(
            failure(
                404,
                r#"{"error":{"code":"ResourceNotFound","message":"The specified job does not exist."}}"#,
            ),
            &TARGET,
            &CONTEXT,
        );
        assert_eq!(e.exit_code(), 3);
        assert_eq!(
            e.message,
            "job 'job9' was not found in collection 'myjc' (ResourceNotFound: The specified job does not exist.)"
        );
        assert_eq!(
            e.request_id.as_deref(),
            Some("0f3e8d2c6b1a49e7a5d4c3b2a1908f7e")
        );
    }

    #[test]
    fn front_end_404_is_about_the_cloud_service() {
        let e = explain(
            failure(404, "<Error><Code>ResourceNotFound</Code><Message>The service name is unknown.</Message></Error>"),
            &TARGET,
            &CONTEXT,
        );
        assert!(
            e.message
                .starts_with("cloud service 'CS-WestUS-scheduler' was not found"),
            "{}",
            e.message
        );
    }

    #[test]
    fn refusals_name_the_thumbprint() {
        let e = explain(
            failure(
                403,
                "<Error><Code>AuthenticationFailed</Code><Message>nope</Message></Error>",
            ),
            &TARGET,
            &CONTEXT,
        );
        assert_eq!(e.exit_code(), 4);
        assert!(e.hints.iter().any(|h| h.contains("thumbprint ABCD")));
    }

    #[test]
    fn other_bodies_fall_back_to_the_status_line_and_an_excerpt() {
        let e = explain(
            failure(502, "<html><title>Bad gateway</title></html>"),
            &TARGET,
            &CONTEXT,
        );
        assert_eq!(e.exit_code(), 5);
        assert_eq!(
            e.message,
            "the service failed reading job 'job9' in collection 'myjc' (HTTP 502 Bad Gateway: Bad gateway)"
        );
    }

    fn network(kind: FailureKind, host: &str) -> Error {
        explain(Failure::new(kind, host), &TARGET, &CONTEXT)
    }

    #[test]
    fn tls_verification_failures_are_explained() {
        let not_verified = |reason: &str| FailureKind::CertificateNotVerified {
            reason: Some(reason.into()),
        };
        let e = network(
            not_verified("self-signed certificate in certificate chain"),
            "127.0.0.1:1",
        );
        assert_eq!(e.kind, Kind::Network);
        assert_eq!(
            e.message,
            "the server certificate of 127.0.0.1:1 is not trusted (self-signed certificate in certificate chain)"
        );
        let e = network(not_verified("hostname mismatch"), "h:1");
        assert!(e.message.contains("not valid for that host name"));
        // OpenSSL names the check after what the URL held: an IP address here.
        let e = network(not_verified("IP address mismatch"), "127.0.0.1:1");
        assert_eq!(
            e.message,
            "the server certificate of 127.0.0.1:1 is not valid for that host name"
        );
    }

    #[test]
    fn proxy_refusals_name_the_status_never_the_credentials() {
        let e = network(FailureKind::TunnelRefused { status: 407 }, "h:443");
        assert_eq!(e.kind, Kind::Network);
        assert_eq!(
            e.message,
            "the proxy refused the tunnel to h:443: it answered 407 Proxy Authentication Required"
        );
        assert!(e.hints[0].contains("credentials"));
        let e = network(FailureKind::TunnelRefused { status: 502 }, "h:443");
        assert_eq!(
            e.message,
            "the proxy refused the tunnel to h:443: it answered 502 Bad Gateway"
        );
        let e = network(FailureKind::TunnelRefused { status: 599 }, "h:443");
        assert_eq!(
            e.message,
            "the proxy refused the tunnel to h:443: it answered 599"
        );
        let reason = "proxy server did not respond".to_string();
        let e = network(FailureKind::TunnelFailed { reason }, "h:443");
        assert_eq!(
            e.message,
            "the proxy failed to open a tunnel to h:443: proxy server did not respond"
        );
    }

    #[test]
    fn retries_are_announced_and_counted_in_the_final_error() {
        let notice = |after, wait| {
            retry_line(&RetryNotice {
                wait,
                after,
                attempt: 2,
                attempts: 4,
            })
        };
        let busy = FailureKind::Status {
            status: 503,
            service: ServiceError::Excerpt(String::new()),
        };
        assert_eq!(
            notice(&busy, Duration::from_millis(2040)),
            "retrying in 2s after 503 Service Unavailable (attempt 2 of 4)"
        );
        assert_eq!(
            notice(&FailureKind::ConnectRefused, Duration::from_millis(412)),
            "retrying in 412ms after connection refused (attempt 2 of 4)"
        );
        let timeout = FailureKind::Timeout {
            during: crate::client::Phase::Response,
            limit: Duration::from_secs(2),
            clock: Clock::Request,
        };
        assert_eq!(
            notice(&timeout, Duration::from_millis(1460)),
            "retrying in 1.5s after a timeout (attempt 2 of 4)"
        );
        let failure =
            Failure::new(FailureKind::ConnectRefused, "h:1").tried(4, Duration::from_millis(2120));
        assert_eq!(
            explain(failure, &TARGET, &CONTEXT).message,
            "cannot connect to h:1: connection refused (4 attempts in 2.1s)"
        );
    }

    #[test]
    fn a_body_failure_says_so_and_keeps_the_request_id() {
        let mut failure = Failure::new(FailureKind::Reset, "h:1").request_id(Some("r1".into()));
        failure.in_body = true;
        assert_eq!(
            describe(&failure),
            "the connection to h:1 was reset while reading the response body"
        );
        let e = explain(failure, &TARGET, &CONTEXT);
        assert_eq!(
            e.message,
            "the connection to h:1 was reset while reading the response body"
        );
        assert_eq!(e.request_id.as_deref(), Some("r1"));
        assert!(e.hints.is_empty());
    }

    #[test]
    fn proxy_urls_are_refused_without_credentials() {
        let e = setup(crate::client::proxy::build("socks5://user:secret@proxy:1080").unwrap_err());
        assert_eq!(
            e.message,
            "SOCKS proxies are not supported: socks5://***@proxy:1080"
        );
        let e = setup(crate::client::proxy::build("http://user:pa/ss@proxy:8080").unwrap_err());
        assert!(e.message.ends_with("://***@proxy:8080"), "{}", e.message);
        assert!(e.hints[0].contains("percent-encode"));
    }

    #[test]
    fn bad_ca_files_say_what_they_are_not() {
        let ca = |problem| {
            setup(SetupFailure::CaCertificate {
                path: "/tmp/ca.pem".into(),
                source: "flag --ca-cert".into(),
                problem,
            })
            .message
        };
        assert_eq!(
            ca(CaProblem::Invalid(BundleError::InvalidPem)),
            "CA certificate /tmp/ca.pem (flag --ca-cert): not a valid PEM certificate file"
        );
        assert_eq!(
            ca(CaProblem::Invalid(BundleError::Empty)),
            "CA certificate /tmp/ca.pem (flag --ca-cert): holds no certificate"
        );
        assert_eq!(
            ca(CaProblem::Invalid(BundleError::NotACertificate)),
            "CA certificate /tmp/ca.pem (flag --ca-cert): neither PEM nor a DER certificate"
        );
    }
}
