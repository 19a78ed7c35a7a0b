//! The HTTPS client: one ureq agent over OpenSSL ([`tls`]) with the management certificate,
//! URLs, retries, 307 redirects, bounded bodies and request ids. It returns data, never text for
//! people: a [`Failure`] says what went wrong, and [`crate::explain`] words it.

mod classify;
pub mod error_body;
pub mod failure;
pub mod proxy;
mod redirect;
mod resolver;
pub mod retry;
pub mod tls;

use std::io::Read;
use std::time::{Duration, Instant, SystemTime};

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use ureq::unversioned::transport::{Connector, TcpConnector};
use ureq::Agent;

use crate::config::{io_reason, Settings};
use crate::credentials::Identity;
use crate::env::Environment;
use crate::text::safe;
pub use failure::{
    CaProblem, Clock, Failure, FailureKind, Phase, ProxyFailure, RedirectRefusal, RetryNotice,
    SetupFailure,
};

/// The scheduler API version every scheduler request carries.
pub const API_VERSION: &str = "2014-04-01";
/// Response bodies larger than this are refused (SPEC §7).
pub const MAX_BODY_BYTES: u64 = 16 * 1024 * 1024;
/// The longest request URL the service accepts.
pub const MAX_URL_LEN: usize = 2048;
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

/// How a failed attempt is named in the `-v` trace: the client words nothing itself.
pub type Describe = fn(&Failure) -> String;
/// How a retry is announced (SPEC §7): the client words nothing itself.
pub type DescribeRetry = fn(&RetryNotice) -> String;

/// Where retries are announced on stderr.
#[derive(Clone, Copy)]
pub struct RetryLines {
    /// Words the line.
    pub describe: DescribeRetry,
    /// Clear the terminal's current line first (a progress line may be on it).
    pub clear_line: bool,
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
    describe: Describe,
    retry_lines: Option<RetryLines>,
}

/// What the server answered to one attempt.
enum Reply {
    /// A 2xx, read whole.
    Success(Response),
    /// Any other status, with what retrying and redirecting need.
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
    /// readable. With `verbose`, failed attempts are traced as `describe` names them.
    pub fn new(
        settings: &Settings,
        identity: &Identity,
        env: &dyn Environment,
        verbose: u8,
        describe: Describe,
    ) -> std::result::Result<Client, SetupFailure> {
        let roots = match &settings.ca_certificate {
            Some(file) => {
                tls::Roots::Specific(read_ca_certificates(&file.value).map_err(|problem| {
                    SetupFailure::CaCertificate {
                        path: file.value.clone(),
                        source: file.source.to_string(),
                        problem,
                    }
                })?)
            }
            None => tls::Roots::Platform,
        };
        let context = tls::context(identity, roots).map_err(|e| SetupFailure::Tls {
            detail: e.to_string(),
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
            ().chain(proxy::ProxyStep::default())
                .chain(TcpConnector::default())
                .chain(tls::OpenSslConnector::new(context));
        Ok(Client {
            agent: Agent::with_parts(config, connector, resolver::CommandResolver::default()),
            endpoint: settings.endpoint.value.clone(),
            x_ms_version: settings.x_ms_version.value.clone(),
            retries: settings.retries.value,
            request_timeout: settings.request_timeout.value,
            proxy: proxy_url.as_deref().map(proxy::redact),
            verbose,
            describe,
            retry_lines: None,
        })
    }

    /// Announces every retry on stderr as `lines` words it (SPEC §7).
    pub fn announce_retries(&mut self, lines: RetryLines) {
        self.retry_lines = Some(lines);
    }

    fn announce(&self, notice: &RetryNotice) {
        if let Some(lines) = &self.retry_lines {
            let clear = if lines.clear_line { "\r\x1b[K" } else { "" };
            eprintln!("{clear}schedctl: {}", safe(&(lines.describe)(notice)));
        }
    }

    /// The full URL for a path under the endpoint.
    pub fn url(&self, path_and_query: &str) -> String {
        format!("{}{}", self.endpoint, path_and_query)
    }

    /// GETs a path under the endpoint, with retries and 307 redirects. With a `deadline`,
    /// every attempt's timeout is clamped so that nothing runs past it, and a retry that could
    /// not start before it is not made: the failure before it is returned. A failure after
    /// retries records how many attempts were made and for how long.
    pub fn get_until(
        &self,
        path_and_query: &str,
        deadline: Option<Instant>,
    ) -> std::result::Result<Response, Failure> {
        let mut url = self.url(path_and_query);
        let mut redirects = 0;
        let mut retry = 0;
        let first_started = Instant::now();
        // The failure of the previous attempt, while another one is due.
        let mut previous: Option<Failure> = None;
        let done = |failure: Failure, retry: u32| failure.tried(retry + 1, first_started.elapsed());
        loop {
            let started = Instant::now();
            let budget = match deadline {
                Some(deadline) => {
                    let left = deadline.saturating_duration_since(started);
                    if left.is_zero() {
                        // The last real failure, when there was one, is what the user needs.
                        return Err(match previous {
                            Some(failure) => done(failure, retry - 1),
                            None => Failure::new(FailureKind::NoTimeLeft, authority_of(&url)),
                        });
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
            let (failure, wait) = match outcome {
                Ok(Reply::Success(response)) => {
                    self.trace_status(response.status, response.request_id.as_deref(), elapsed);
                    return Ok(response);
                }
                Ok(Reply::Status {
                    status,
                    request_id,
                    retry_after,
                    location,
                    body,
                }) => {
                    self.trace_status(status, request_id.as_deref(), elapsed);
                    let refused = |refusal| {
                        done(
                            Failure::new(FailureKind::Redirect(refusal), authority_of(&url))
                                .request_id(request_id.clone()),
                            retry,
                        )
                    };
                    if status == 307 {
                        redirects += 1;
                        url = redirect::next(&url, location.as_deref(), redirects)
                            .map_err(refused)?;
                        if self.verbose > 0 {
                            eprintln!("schedctl: * following 307 to {}", safe(&url));
                        }
                        continue;
                    }
                    if (300..400).contains(&status) {
                        let location = location.as_deref().map(proxy::redact);
                        return Err(refused(RedirectRefusal::NotFollowed { status, location }));
                    }
                    let service = error_body::parse(&body);
                    let kind = FailureKind::Status { status, service };
                    let failure = Failure::new(kind, authority_of(&url)).request_id(request_id);
                    if !failure.is_retryable() || retry >= self.retries {
                        return Err(done(failure, retry));
                    }
                    let asked = retry_after.as_deref().and_then(|v| {
                        retry::parse_retry_after(v, SystemTime::now()).map(|wait| (v, wait))
                    });
                    if let (Some((v, _)), true) = (asked, self.verbose > 0) {
                        eprintln!("schedctl: * Retry-After: {}", safe(v));
                    }
                    let wait = asked.map_or_else(
                        || retry::backoff(retry, retry::jitter_unit()),
                        |(_, wait)| wait,
                    );
                    (failure, wait)
                }
                Err(failure) => {
                    if self.verbose > 0 {
                        eprintln!(
                            "schedctl: * {} after {}",
                            safe(&(self.describe)(&failure)),
                            millis(elapsed)
                        );
                    }
                    if !failure.is_retryable() || retry >= self.retries {
                        return Err(done(failure, retry));
                    }
                    (failure, retry::backoff(retry, retry::jitter_unit()))
                }
            };
            if let Some(deadline) = deadline {
                // No attempt could start before the deadline: this failure is the last.
                if wait >= deadline.saturating_duration_since(Instant::now()) {
                    return Err(done(failure, retry));
                }
            }
            self.announce(&RetryNotice {
                wait,
                after: &failure.kind,
                attempt: retry + 2,
                attempts: self.retries.saturating_add(1),
            });
            previous = Some(failure);
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

    fn attempt(&self, url: &str, timeout: Duration) -> std::result::Result<Reply, Failure> {
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
            .map_err(|e| {
                let kind = classify::call(&e, self.proxy.as_deref(), timeout);
                Failure::new(kind, authority_of(url))
            })?;
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
                let value = String::from_utf8_lossy(value.as_bytes());
                // A Location may carry a password in any shape: redacted, as in every message.
                let shown = if name == "location" {
                    proxy::redact(&value)
                } else {
                    safe(&value).into_owned()
                };
                eprintln!("schedctl: < {name}: {shown}");
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
                let kind = FailureKind::BodyTooLarge {
                    limit: MAX_BODY_BYTES,
                };
                return Err(Failure::new(kind, authority_of(url)).request_id(request_id));
            }
            let mut kind = match inner {
                Some(inner) => classify::transport(inner, timeout),
                None => classify::transport(&ureq::Error::Io(e), timeout),
            };
            if let FailureKind::Timeout { during, .. } = &mut kind {
                *during = Phase::Body;
            }
            let mut failure = Failure::new(kind, authority_of(url)).request_id(request_id);
            failure.in_body = true;
            return Err(failure);
        }
        if (200..300).contains(&status) {
            Ok(Reply::Success(Response {
                status,
                request_id,
                body,
            }))
        } else {
            Ok(Reply::Status {
                status,
                request_id,
                retry_after,
                location,
                body,
            })
        }
    }
}

fn millis(d: Duration) -> String {
    format!("{} ms", d.as_millis())
}

fn read_ca_certificates(path: &std::path::Path) -> std::result::Result<tls::Bundle, CaProblem> {
    let bytes = std::fs::read(path).map_err(|e| CaProblem::Unreadable {
        reason: io_reason(&e),
    })?;
    tls::Bundle::from_bytes(&bytes).map_err(CaProblem::Invalid)
}

/// `host:port` of a URL, for failures.
fn authority_of(url: &str) -> String {
    url.parse::<ureq::http::Uri>()
        .ok()
        .and_then(|u| u.authority().map(|a| a.as_str().to_string()))
        .unwrap_or_else(|| url.to_string())
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
}
