//! The HTTPS client: one ureq agent over OpenSSL ([`tls`]) with the management certificate,
//! URLs, retries, 307 redirects, bounded bodies and request ids. It returns data, never text for
//! people: turning a failed response into a message is [`crate::diagnose`]'s job.

pub mod error_body;
pub mod proxy;
pub mod retry;
pub mod tls;

use std::io::Read;
use std::time::{Duration, Instant, SystemTime};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use ureq::unversioned::resolver::DefaultResolver;
use ureq::unversioned::transport::{
    ConnectProxyConnector, ConnectionDetails, Connector, TcpConnector, Transport,
};
use ureq::Agent;

use crate::config::{io_reason, Settings};
use crate::credentials::Identity;
use crate::env::Environment;
use crate::error::{Error, Kind, Result};
use crate::output::text::safe;
use error_body::ServiceError;

/// The scheduler API version every scheduler request carries.
pub const API_VERSION: &str = "2014-04-01";
/// Response bodies larger than this are refused (SPEC §7).
pub const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;
/// The longest request URL the service accepts.
pub const MAX_URL_LEN: usize = 2048;
const MAX_REDIRECTS: u32 = 5;
const USER_AGENT: &str = concat!("schedctl/", env!("CARGO_PKG_VERSION"));

/// Everything but the unreserved characters of RFC 3986 is encoded in a path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Percent-encodes one path segment, so that `/`, `?`, `#` and `%` cannot change the path.
pub fn encode_segment(segment: &str) -> String {
    utf8_percent_encode(segment, SEGMENT).to_string()
}

/// A successful response.
#[derive(Debug)]
pub struct Response {
    /// HTTP status (2xx).
    pub status: u16,
    /// `x-ms-request-id`.
    pub request_id: Option<String>,
    /// The whole body.
    pub body: Vec<u8>,
}

/// A response with an error status, after any retries.
#[derive(Debug)]
pub struct StatusFailure {
    /// HTTP status.
    pub status: u16,
    /// `x-ms-request-id`.
    pub request_id: Option<String>,
    /// What the body said.
    pub service: ServiceError,
}

/// Why a request did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// The service answered with an error status.
    Status(StatusFailure),
    /// Anything else, already explained.
    Other(Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        Failure::Other(e)
    }
}

/// A configured connection to the service; requests share one kept-alive connection.
pub struct Client {
    agent: Agent,
    endpoint: String,
    x_ms_version: String,
    retries: u32,
    request_timeout: Duration,
    /// The proxy in use, credentials redacted.
    proxy: Option<String>,
    verbose: u8,
}

/// One attempt's outcome.
enum Attempt {
    Done(Response),
    Status {
        status: u16,
        request_id: Option<String>,
        retry_after: Option<String>,
        location: Option<String>,
        body: Vec<u8>,
    },
}

impl Client {
    /// Builds the agent: OpenSSL with the client certificate and the configured trust store
    /// (see [`tls`]), the proxy from the environment, no automatic redirects, error bodies
    /// readable.
    pub fn new(
        settings: &Settings,
        identity: &Identity,
        env: &dyn Environment,
        verbose: u8,
    ) -> Result<Client> {
        let roots = match &settings.ca_certificate {
            Some(file) => {
                tls::Roots::Specific(read_ca_certificates(&file.value).map_err(|why| {
                    Error::config(format!(
                        "CA certificate {} ({}): {why}",
                        file.value.display(),
                        file.source
                    ))
                })?)
            }
            None => tls::Roots::Platform,
        };
        let context = tls::context(identity, roots).map_err(|e| {
            Error::config(format!(
                "cannot set up TLS with the client certificate: {e}"
            ))
        })?;
        let host = settings
            .endpoint
            .value
            .parse::<ureq::http::Uri>()
            .ok()
            .and_then(|u| u.host().map(str::to_string))
            .unwrap_or_default();
        let proxy_url = proxy::proxy_for(&host, env);
        let proxy = match &proxy_url {
            Some(url) => {
                if verbose > 0 {
                    eprintln!("schedctl: * via proxy {}", proxy::redact(url));
                }
                Some(proxy::build(url)?)
            }
            None => None,
        };
        let config = Agent::config_builder()
            .proxy(proxy)
            .http_status_as_error(false)
            .max_redirects(0)
            .https_only(true)
            .user_agent(USER_AGENT)
            .accept("application/json")
            .timeout_global(Some(settings.request_timeout.value))
            .max_idle_age(Duration::from_secs(3600))
            .build();
        if verbose > 1 {
            eprintln!(
                "schedctl: * client certificate {} (thumbprint {})",
                safe(&identity.subject()),
                identity.thumbprint()
            );
        }
        // ureq's default chain, with OpenSSL configured here in place of native-tls.
        let connector =
            ().chain(ProxyStep::default())
                .chain(TcpConnector::default())
                .chain(tls::OpenSslConnector::new(context));
        Ok(Client {
            agent: Agent::with_parts(config, connector, DefaultResolver::default()),
            endpoint: settings.endpoint.value.clone(),
            x_ms_version: settings.x_ms_version.value.clone(),
            retries: settings.retries.value,
            request_timeout: settings.request_timeout.value,
            proxy: proxy_url.as_deref().map(proxy::redact),
            verbose,
        })
    }

    /// The full URL for a path under the endpoint.
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.endpoint, path_and_query)
    }

    /// GETs a path under the endpoint, with retries and 307 redirects.
    pub fn get(&self, path_and_query: &str) -> std::result::Result<Response, Failure> {
        self.get_until(path_and_query, None)
    }

    /// Like [`Client::get`], but every attempt's timeout and every wait between attempts is
    /// clamped so that nothing runs past `deadline`.
    pub fn get_until(
        &self,
        path_and_query: &str,
        deadline: Option<Instant>,
    ) -> std::result::Result<Response, Failure> {
        let mut url = self.url(path_and_query);
        let mut redirects = 0;
        let mut retry = 0;
        loop {
            let started = Instant::now();
            let budget = match deadline {
                Some(deadline) => {
                    let left = deadline.saturating_duration_since(started);
                    if left.is_zero() {
                        return Err(Error::new(
                            Kind::Network,
                            "no time left for another attempt".to_string(),
                        )
                        .into());
                    }
                    left.min(self.request_timeout)
                }
                None => self.request_timeout,
            };
            if self.verbose > 0 {
                eprintln!("schedctl: > GET {} (attempt {})", safe(&url), retry + 1);
            }
            let outcome = self.attempt(&url, budget);
            let elapsed = started.elapsed();
            let wait = match outcome {
                Ok(Attempt::Done(response)) => {
                    self.trace_status(response.status, response.request_id.as_deref(), elapsed);
                    return Ok(response);
                }
                Ok(Attempt::Status {
                    status,
                    request_id,
                    retry_after,
                    location,
                    body,
                }) => {
                    self.trace_status(status, request_id.as_deref(), elapsed);
                    if status == 307 {
                        redirects += 1;
                        url = self.follow(&url, location.as_deref(), redirects, request_id)?;
                        continue;
                    }
                    if (300..400).contains(&status) {
                        return Err(Error::new(
                            Kind::Service,
                            format!(
                                "the service answered {status} with a redirect to {}, which schedctl does not follow (only 307 is)",
                                safe(location.as_deref().unwrap_or("nowhere"))
                            ),
                        )
                        .request_id(request_id)
                        .into());
                    }
                    if !retry::is_retryable_status(status) || retry >= self.retries {
                        return Err(Failure::Status(StatusFailure {
                            status,
                            request_id,
                            service: error_body::parse(&body),
                        }));
                    }
                    let asked = retry_after.as_deref().and_then(|v| {
                        retry::parse_retry_after(v, SystemTime::now()).map(|wait| (v, wait))
                    });
                    let wait = asked.map_or_else(
                        || retry::backoff(retry, retry::jitter_unit()),
                        |(_, wait)| wait,
                    );
                    if self.verbose > 0 {
                        let why = asked
                            .map(|(v, _)| format!(" (Retry-After: {})", safe(v)))
                            .unwrap_or_default();
                        eprintln!(
                            "schedctl: * HTTP {status} is transient; retrying in {}{why}",
                            millis(wait)
                        );
                    }
                    wait
                }
                Err((error, retryable)) => {
                    if self.verbose > 0 {
                        eprintln!(
                            "schedctl: * {} after {}",
                            safe(&error.message),
                            millis(elapsed)
                        );
                    }
                    if !retryable || retry >= self.retries {
                        return Err(error.into());
                    }
                    let wait = retry::backoff(retry, retry::jitter_unit());
                    if self.verbose > 0 {
                        eprintln!("schedctl: * retrying in {}", millis(wait));
                    }
                    wait
                }
            };
            let wait = match deadline {
                Some(deadline) => wait.min(deadline.saturating_duration_since(Instant::now())),
                None => wait,
            };
            std::thread::sleep(wait);
            retry += 1;
        }
    }

    fn trace_status(&self, status: u16, request_id: Option<&str>, elapsed: Duration) {
        if self.verbose > 0 {
            eprintln!(
                "schedctl: < {status} (request id {}, {})",
                safe(request_id.unwrap_or("none")),
                millis(elapsed)
            );
        }
    }

    /// The next URL of a 307, checked (SPEC §7): at most five hops, the `Location` resolved
    /// as RFC 3986 resolves a reference, and only to the same scheme, host and port, without
    /// user information. Anything else is refused before a byte is sent there.
    fn follow(
        &self,
        from: &str,
        location: Option<&str>,
        hops: u32,
        request_id: Option<String>,
    ) -> Result<String> {
        let fail = |why: String| Error::new(Kind::Service, why).request_id(request_id.clone());
        let Some(location) = location else {
            return Err(fail("the service answered 307 without a Location".into()));
        };
        let shown = safe(location);
        if hops > MAX_REDIRECTS {
            return Err(fail(format!(
                "more than {MAX_REDIRECTS} redirects; the last one pointed to {shown}"
            )));
        }
        let next = resolve_reference(from, location);
        let (base, target) = match (UrlParts::split(from), next.as_deref().map(UrlParts::split)) {
            (base, Some(target)) => (base, target),
            _ => {
                return Err(fail(format!(
                    "the service redirected to {shown}, which is not a URL"
                )))
            }
        };
        if !target
            .scheme
            .is_some_and(|s| s.eq_ignore_ascii_case("https"))
        {
            return Err(fail(format!(
                "the service redirected to {shown}, which is not https; schedctl only follows redirects to the same scheme"
            )));
        }
        if target.authority.is_some_and(|a| a.contains('@')) {
            return Err(fail(format!(
                "the service redirected to {}, a URL with user information; schedctl does not follow it",
                proxy::redact(location)
            )));
        }
        if origin(&target) != origin(&base) || origin(&target).is_none() {
            return Err(fail(format!(
                "the service redirected to {shown}, which is not {}; schedctl only follows redirects to the same scheme, host and port",
                safe(base.authority.unwrap_or_default())
            )));
        }
        let next = next.unwrap_or_default();
        if self.verbose > 0 {
            eprintln!("schedctl: * following 307 to {}", safe(&next));
        }
        Ok(next)
    }

    /// Like [`classify`], but a failure of the proxy itself names the proxy.
    fn classify_call(&self, error: &ureq::Error, url: &str, timeout: Duration) -> (Error, bool) {
        if let ureq::Error::Other(e) = error {
            if let (Some(failure), Some(proxy)) = (e.downcast_ref::<ProxyFailure>(), &self.proxy) {
                return classify_proxy(&failure.0, proxy, &authority_of(url), timeout);
            }
        }
        classify(error, url, timeout)
    }

    fn attempt(&self, url: &str, timeout: Duration) -> std::result::Result<Attempt, (Error, bool)> {
        let headers = [
            ("user-agent", USER_AGENT),
            ("accept", "application/json"),
            ("x-ms-version", self.x_ms_version.as_str()),
        ];
        let mut request = self.agent.get(url);
        for (name, value) in headers {
            request = request.header(name, value);
        }
        if self.verbose > 1 {
            // ureq adds only `host`; nothing secret is ever sent in a header (the
            // credential is the TLS client certificate, proxy credentials go to the proxy).
            if let Some(authority) = url
                .parse::<ureq::http::Uri>()
                .ok()
                .and_then(|u| u.authority().cloned())
            {
                eprintln!("schedctl: > host: {}", safe(authority.as_str()));
            }
            for (name, value) in headers {
                eprintln!("schedctl: > {name}: {}", safe(value));
            }
        }
        let response = request
            .config()
            .timeout_global(Some(timeout))
            .build()
            .call()
            .map_err(|e| self.classify_call(&e, url, timeout))?;
        let status = response.status().as_u16();
        // Lossy rather than dropped: a `Location` with a non-ASCII byte is still named.
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned())
        };
        let request_id = header("x-ms-request-id");
        let retry_after = header("retry-after");
        let location = header("location");
        if self.verbose > 1 {
            for (name, value) in response.headers() {
                eprintln!(
                    "schedctl: < {name}: {}",
                    safe(&String::from_utf8_lossy(value.as_bytes()))
                );
            }
        }
        let mut body = Vec::new();
        let read = response
            .into_body()
            .into_with_config()
            .limit(MAX_BODY_BYTES)
            .reader()
            .read_to_end(&mut body);
        if let Err(e) = read {
            let inner = e.get_ref().and_then(|i| i.downcast_ref::<ureq::Error>());
            if let Some(ureq::Error::BodyExceedsLimit(_)) = inner {
                return Err((
                    Error::new(
                        Kind::InvalidResponse,
                        format!(
                            "the response body is larger than {} MiB, the most schedctl accepts",
                            MAX_BODY_BYTES / (1024 * 1024)
                        ),
                    )
                    .request_id(request_id),
                    false,
                ));
            }
            let (error, retryable) = match inner {
                Some(inner) => classify(inner, url, timeout),
                None => classify(&ureq::Error::Io(e), url, timeout),
            };
            return Err((
                Error::new(
                    error.kind,
                    format!("{} while reading the response body", error.message),
                )
                .request_id(request_id),
                retryable,
            ));
        }
        if (200..300).contains(&status) {
            Ok(Attempt::Done(Response {
                status,
                request_id,
                body,
            }))
        } else {
            Ok(Attempt::Status {
                status,
                request_id,
                retry_after,
                location,
                body,
            })
        }
    }
}

/// A URL or reference split as RFC 3986 appendix B splits it; the fragment is dropped.
#[derive(Debug, PartialEq)]
struct UrlParts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
}

impl<'a> UrlParts<'a> {
    fn split(text: &'a str) -> UrlParts<'a> {
        let text = text.split_once('#').map_or(text, |(t, _)| t);
        let (scheme, rest) = match text.find([':', '/', '?']) {
            Some(i) if text.as_bytes()[i] == b':' && is_scheme(&text[..i]) => {
                (Some(&text[..i]), &text[i + 1..])
            }
            _ => (None, text),
        };
        let (authority, rest) = match rest.strip_prefix("//") {
            Some(after) => {
                let end = after.find(['/', '?']).unwrap_or(after.len());
                (Some(&after[..end]), &after[end..])
            }
            None => (None, rest),
        };
        let (path, query) = match rest.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (rest, None),
        };
        UrlParts {
            scheme,
            authority,
            path,
            query,
        }
    }
}

fn is_scheme(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// Scheme, host and port of an https URL, compared case-insensitively, the port defaulting
/// to 443; `None` when there is no host or the port is not a number.
fn origin(url: &UrlParts) -> Option<(String, String, u16)> {
    let scheme = url.scheme?.to_ascii_lowercase();
    let authority = url.authority?;
    let hostport = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = match hostport.rfind(':') {
        Some(i) if !hostport[i..].contains(']') => (&hostport[..i], &hostport[i + 1..]),
        _ => (hostport, ""),
    };
    let port = if port.is_empty() {
        443
    } else {
        port.parse().ok()?
    };
    (!host.is_empty()).then(|| (scheme, host.to_ascii_lowercase(), port))
}

/// `reference` resolved against `base` (RFC 3986 §5.2.2); `None` when the base has no
/// scheme, which never happens for the URLs schedctl builds.
fn resolve_reference(base: &str, reference: &str) -> Option<String> {
    let b = UrlParts::split(base);
    let r = UrlParts::split(reference);
    let scheme = r.scheme.or(b.scheme)?;
    let (authority, path, query) = if r.scheme.is_some() || r.authority.is_some() {
        (r.authority, remove_dot_segments(r.path), r.query)
    } else if r.path.is_empty() {
        (b.authority, b.path.to_string(), r.query.or(b.query))
    } else if r.path.starts_with('/') {
        (b.authority, remove_dot_segments(r.path), r.query)
    } else {
        let merged = if b.authority.is_some() && b.path.is_empty() {
            format!("/{}", r.path)
        } else {
            let dir = b.path.rfind('/').map_or("", |i| &b.path[..=i]);
            format!("{dir}{}", r.path)
        };
        (b.authority, remove_dot_segments(&merged), r.query)
    };
    let mut out = format!("{scheme}:");
    if let Some(authority) = authority {
        out.push_str("//");
        out.push_str(authority);
    }
    out.push_str(&path);
    if let Some(query) = query {
        out.push('?');
        out.push_str(query);
    }
    Some(out)
}

/// RFC 3986 §5.2.4, segment by segment: `.` and `..` removed, never climbing above the
/// root, a trailing `.` or `..` leaving the trailing slash the RFC's algorithm leaves.
fn remove_dot_segments(path: &str) -> String {
    let leading = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let mut output: Vec<&str> = Vec::new();
    let mut trailing_slash = false;
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        trailing_slash = false;
        match *segment {
            "." => trailing_slash = last,
            ".." => {
                // The empty first segment of an absolute path is the root: never popped.
                if output.len() > usize::from(leading) {
                    output.pop();
                }
                trailing_slash = last;
            }
            other => output.push(other),
        }
    }
    let mut joined = output.join("/");
    if trailing_slash {
        joined.push('/');
    }
    if leading && !joined.starts_with('/') {
        joined.insert(0, '/');
    }
    joined
}

fn millis(d: Duration) -> String {
    format!("{} ms", d.as_millis())
}

fn read_ca_certificates(path: &std::path::Path) -> std::result::Result<tls::Bundle, String> {
    let bytes = std::fs::read(path).map_err(|e| io_reason(&e))?;
    tls::Bundle::from_bytes(&bytes)
}

/// TLS alerts by which a server refuses the client certificate (40, 42, 46, 48, 116).
const CLIENT_CERT_ALERTS: [&str; 5] = [
    "alert handshake failure",
    "alert bad certificate",
    "alert certificate unknown",
    "alert unknown ca",
    "alert certificate required",
];

/// Turns a transport error into a message and whether another attempt may help.
fn classify(error: &ureq::Error, url: &str, timeout: Duration) -> (Error, bool) {
    let host = authority_of(url);
    let network = |message: String| Error::new(Kind::Network, message);
    let text = error.to_string();
    let lower = text.to_ascii_lowercase();
    if let Some(alert) = CLIENT_CERT_ALERTS.iter().find(|a| lower.contains(*a)) {
        return (
            Error::new(
                Kind::Auth,
                format!("{host} refused the client certificate during the TLS handshake ({alert})"),
            )
            .hint("check that the certificate is registered as a management certificate on the subscription"),
            false,
        );
    }
    match error {
        ureq::Error::HostNotFound => (network(format!("cannot resolve host {host}")), false),
        ureq::Error::Timeout(_) => (
            network(format!(
                "no complete response from {host} within {} (request timeout)",
                humantime::format_duration(timeout)
            ))
            .hint("raise --request-timeout if the service is slow"),
            true,
        ),
        ureq::Error::ConnectProxyFailed(reason) => (proxy_refusal(reason, &host), false),
        ureq::Error::Other(e) if e.is::<tls::HandshakeFailure>() => {
            classify_tls(&e.to_string(), &host)
        }
        ureq::Error::Io(e) => classify_io(e, &host, timeout),
        ureq::Error::Protocol(e) => (
            network(format!("{host} did not answer with valid HTTP ({e})")),
            true,
        ),
        ureq::Error::Tls(reason) => classify_tls(reason, &host),
        ureq::Error::BadUri(e) | ureq::Error::RequireHttpsOnly(e) => {
            (Error::config(format!("invalid endpoint URL: {e}")), false)
        }
        other => (network(format!("request to {host} failed: {other}")), true),
    }
}

/// `host:port` of a URL, for messages.
fn authority_of(url: &str) -> String {
    url.parse::<ureq::http::Uri>()
        .ok()
        .and_then(|u| u.authority().map(|a| a.as_str().to_string()))
        .unwrap_or_else(|| url.to_string())
}

/// ureq's CONNECT step, whose failures (resolving, reaching or talking to the proxy) come
/// back as [`ProxyFailure`]: ureq reports them like the endpoint's own, so without the mark a
/// proxy that cannot be resolved would read as an endpoint that cannot be.
#[derive(Debug, Default)]
struct ProxyStep(ConnectProxyConnector);

/// A failure before the tunnel through the proxy was open.
#[derive(Debug)]
struct ProxyFailure(ureq::Error);

impl std::fmt::Display for ProxyFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "proxy: {}", self.0)
    }
}

impl std::error::Error for ProxyFailure {}

impl<In: Transport> Connector<In> for ProxyStep {
    type Out = <ConnectProxyConnector as Connector<In>>::Out;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> std::result::Result<Option<Self::Out>, ureq::Error> {
        self.0
            .connect(details, chained)
            .map_err(|e| ureq::Error::Other(Box::new(ProxyFailure(e))))
    }
}

/// Explains a failure of the proxy itself, naming it (`proxy` is already redacted).
fn classify_proxy(
    error: &ureq::Error,
    proxy: &str,
    host: &str,
    timeout: Duration,
) -> (Error, bool) {
    const HINT: &str =
        "check HTTPS_PROXY / ALL_PROXY, and NO_PROXY for hosts that should go direct";
    let network = |message: String| Error::new(Kind::Network, message).hint(HINT);
    let io = match error {
        ureq::Error::Io(e) => Some(e),
        _ => None,
    };
    let lookup_failed = io.is_some_and(|e| {
        let text = e.to_string();
        text.contains("failed to lookup address") || text.contains("Name or service not known")
    });
    match error {
        ureq::Error::ConnectProxyFailed(reason) if reason.starts_with("proxy server responded ") => {
            (proxy_refusal(reason, host), false)
        }
        ureq::Error::ConnectProxyFailed(_) => (
            network(format!(
                "the proxy {proxy} closed the connection without answering the CONNECT request for {host}"
            )),
            false,
        ),
        ureq::Error::HostNotFound => (network(format!("cannot resolve the proxy {proxy}")), false),
        _ if lookup_failed => (network(format!("cannot resolve the proxy {proxy}")), false),
        ureq::Error::Timeout(_) => (
            network(format!(
                "no answer from the proxy {proxy} within {} (request timeout)",
                humantime::format_duration(timeout)
            )),
            true,
        ),
        ureq::Error::Protocol(_) => (
            network(format!(
                "the proxy {proxy} did not answer with valid HTTP; is it an HTTP proxy?"
            )),
            false,
        ),
        ureq::Error::Io(e) => {
            use std::io::ErrorKind as K;
            let message = match e.kind() {
                K::ConnectionRefused => {
                    format!("cannot connect to the proxy {proxy}: connection refused")
                }
                K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => format!(
                    "the proxy {proxy} reset the connection before the tunnel to {host} was open; is it an HTTP proxy?"
                ),
                K::UnexpectedEof => format!(
                    "the proxy {proxy} closed the connection before the tunnel to {host} was open"
                ),
                _ => format!("cannot connect to the proxy {proxy}: {}", io_reason(e)),
            };
            (network(message), true)
        }
        // ureq's wording of the rest may quote a URL, and the proxy's may hold a password.
        _ => (
            network(format!("the proxy {proxy} failed to open a tunnel to {host}")),
            true,
        ),
    }
}

/// Explains a failed CONNECT. ureq reports the proxy's answer as `proxy server responded
/// 407/407`; the status alone is what the user needs. Proxy credentials are never part of
/// the message: ureq's reason names only the status.
fn proxy_refusal(reason: &str, host: &str) -> Error {
    let status = reason
        .strip_prefix("proxy server responded ")
        .and_then(|rest| rest.split('/').next())
        .and_then(|code| code.parse::<u16>().ok());
    let network = |message: String| Error::new(Kind::Network, message);
    match status {
        Some(407) => network(format!(
            "the proxy refused the tunnel to {host}: it answered 407 Proxy Authentication Required"
        ))
        .hint("check the proxy credentials in HTTPS_PROXY / ALL_PROXY (http://USER:PASSWORD@HOST:PORT)"),
        Some(status) => network(format!(
            "the proxy refused the tunnel to {host}: it answered {status} {}",
            ureq::http::StatusCode::from_u16(status)
                .ok()
                .and_then(|s| s.canonical_reason())
                .unwrap_or("")
        )
        .trim_end()
        .to_string())
        .hint("check HTTPS_PROXY / ALL_PROXY, and NO_PROXY for hosts that should go direct"),
        None => network(format!("the proxy failed to open a tunnel to {host}: {reason}"))
            .hint("check HTTPS_PROXY / ALL_PROXY, and NO_PROXY for hosts that should go direct"),
    }
}

fn classify_io(e: &std::io::Error, host: &str, timeout: Duration) -> (Error, bool) {
    use std::io::ErrorKind as K;
    let network = |message: String| Error::new(Kind::Network, message);
    let text = e.to_string();
    if text.contains("failed to lookup address") || text.contains("Name or service not known") {
        return (network(format!("cannot resolve host {host}")), false);
    }
    if let Some(inner) = e.get_ref().and_then(|i| i.downcast_ref::<ureq::Error>()) {
        return classify(inner, &format!("https://{host}/"), timeout);
    }
    match e.kind() {
        K::ConnectionRefused => (network(format!("cannot connect to {host}: connection refused")), true),
        K::ConnectionReset | K::ConnectionAborted | K::BrokenPipe => (
            network(format!("the connection to {host} was reset"))
                .hint("if this happens on every attempt, the server may be refusing the client certificate (under TLS 1.3 that shows as a reset); check that it is registered on the subscription"),
            true,
        ),
        K::TimedOut | K::WouldBlock => (
            network(format!(
                "no complete response from {host} within {} (request timeout)",
                humantime::format_duration(timeout)
            )),
            true,
        ),
        K::UnexpectedEof => (network(format!("the connection to {host} closed before the response was complete")), true),
        K::NetworkUnreachable | K::HostUnreachable => (network(format!("cannot reach {host}: {}", io_reason(e))), true),
        _ if text.to_ascii_lowercase().contains("ssl") || text.contains("tls") => classify_tls(&text, host),
        _ => (network(format!("network error talking to {host}: {}", io_reason(e))), true),
    }
}

fn classify_tls(text: &str, host: &str) -> (Error, bool) {
    let lower = text.to_ascii_lowercase();
    if lower.contains("certificate verify failed") {
        let reason = text
            .rfind('(')
            .and_then(|start| text[start + 1..].strip_suffix(')'))
            .unwrap_or("verification failed");
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
        return (Error::new(Kind::Network, message).hint(hint), false);
    }
    if lower.contains("unexpected eof") || lower.contains("connection reset") {
        return (
            Error::new(
                Kind::Network,
                format!("the connection to {host} was reset during the TLS handshake"),
            ),
            true,
        );
    }
    let detail = text.trim_start_matches("native-tls: ");
    (
        Error::new(
            Kind::Network,
            format!("TLS handshake with {host} failed: {detail}"),
        ),
        false,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_cannot_change_the_path_or_query() {
        assert_eq!(encode_segment("job1"), "job1");
        assert_eq!(encode_segment("../x"), "..%2Fx");
        assert_eq!(encode_segment("a/b?c#d%e"), "a%2Fb%3Fc%23d%25e");
        assert_eq!(encode_segment("my job"), "my%20job");
        assert_eq!(encode_segment("é"), "%C3%A9");
        assert_eq!(encode_segment("a-b_c.d~e"), "a-b_c.d~e");
    }

    #[test]
    fn tls_verification_failures_are_explained() {
        let (e, retry) = classify_tls(
            "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:1889: (self-signed certificate in certificate chain)",
            "127.0.0.1:1",
        );
        assert!(!retry);
        assert_eq!(e.kind, Kind::Network);
        assert_eq!(
            e.message,
            "the server certificate of 127.0.0.1:1 is not trusted (self-signed certificate in certificate chain)"
        );
        let (e, _) = classify_tls(
            "... certificate verify failed ... (hostname mismatch)",
            "h:1",
        );
        assert!(e.message.contains("not valid for that host name"));
        // OpenSSL names the check after what the URL held: an IP address here.
        let (e, _) = classify_tls(
            "error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:2100: (IP address mismatch)",
            "127.0.0.1:1",
        );
        assert_eq!(
            e.message,
            "the server certificate of 127.0.0.1:1 is not valid for that host name"
        );
    }

    #[test]
    fn references_resolve_as_rfc_3986_says() {
        let base = "https://h:1/a/b/c?q";
        for (reference, want) in [
            ("g", "https://h:1/a/b/g"),
            ("./g", "https://h:1/a/b/g"),
            ("g/", "https://h:1/a/b/g/"),
            ("/g", "https://h:1/g"),
            ("//g", "https://g"),
            ("//other:2/x?y", "https://other:2/x?y"),
            ("?y", "https://h:1/a/b/c?y"),
            ("g?y", "https://h:1/a/b/g?y"),
            ("#s", "https://h:1/a/b/c?q"),
            ("", "https://h:1/a/b/c?q"),
            (".", "https://h:1/a/b/"),
            ("..", "https://h:1/a/"),
            ("../g", "https://h:1/a/g"),
            ("../../../../g", "https://h:1/g"),
            ("/./g/../h", "https://h:1/h"),
            ("http://x/y", "http://x/y"),
            ("HTTPS://H:1/z", "HTTPS://H:1/z"),
            ("https://u:p@h:1/z", "https://u:p@h:1/z"),
        ] {
            assert_eq!(
                resolve_reference(base, reference).as_deref(),
                Some(want),
                "{reference}"
            );
        }
    }

    #[test]
    fn origins_compare_scheme_host_and_effective_port() {
        let o = |u: &str| origin(&UrlParts::split(u));
        assert_eq!(o("https://H:443/x"), o("https://h/y"));
        assert_ne!(o("https://localhost:1/"), o("https://127.0.0.1:1/"));
        assert_ne!(o("https://h:1/"), o("https://h:2/"));
        assert_eq!(
            o("https://[::1]:5/"),
            Some(("https".into(), "[::1]".into(), 5))
        );
        assert_eq!(o("https:///x"), None);
        assert_eq!(o("https://h:x/"), None);
    }

    #[test]
    fn proxy_refusals_name_the_status_never_the_credentials() {
        let e = proxy_refusal("proxy server responded 407/407", "h:443");
        assert_eq!(e.kind, Kind::Network);
        assert_eq!(
            e.message,
            "the proxy refused the tunnel to h:443: it answered 407 Proxy Authentication Required"
        );
        assert!(e.hints[0].contains("credentials"));
        let e = proxy_refusal("proxy server responded 502/502", "h:443");
        assert_eq!(
            e.message,
            "the proxy refused the tunnel to h:443: it answered 502 Bad Gateway"
        );
        let e = proxy_refusal("proxy server responded 599/599", "h:443");
        assert_eq!(
            e.message,
            "the proxy refused the tunnel to h:443: it answered 599"
        );
        let e = proxy_refusal("proxy server did not respond", "h:443");
        assert_eq!(
            e.message,
            "the proxy failed to open a tunnel to h:443: proxy server did not respond"
        );
    }
}
