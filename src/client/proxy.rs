//! The proxy for a request, chosen from the environment the way curl does it (SPEC §7), and
//! the CONNECT step that marks the proxy's own failures.
//!
//! `HTTPS_PROXY`/`https_proxy`, else `ALL_PROXY`/`all_proxy`; `HTTP_PROXY` is never used for
//! https; `NO_PROXY`/`no_proxy` lists hosts that go direct, with no implicit loopback bypass.

use ureq::unversioned::transport::{
    ConnectProxyConnector, ConnectionDetails, Connector, Transport,
};

use super::failure::SetupFailure;
use crate::config::redact_userinfo;
use crate::env::Environment;

/// The proxy URL to use for `host`, if any.
pub fn proxy_for(host: &str, env: &dyn Environment) -> Option<String> {
    let get = |name: &str| {
        env.var(name)
            .map(|v| v.to_string_lossy().trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let proxy = get("HTTPS_PROXY")
        .or_else(|| get("https_proxy"))
        .or_else(|| get("ALL_PROXY"))
        .or_else(|| get("all_proxy"))?;
    let no_proxy = get("NO_PROXY")
        .or_else(|| get("no_proxy"))
        .unwrap_or_default();
    if bypasses(host, &no_proxy) {
        return None;
    }
    Some(proxy)
}

/// Whether `host` matches a `NO_PROXY` list: `*`, or a name that equals the host or is a
/// domain suffix of it (a leading dot is ignored), compared case-insensitively.
fn bypasses(host: &str, no_proxy: &str) -> bool {
    let host = host
        .trim_start_matches('[')
        .trim_end_matches(']')
        .to_ascii_lowercase();
    no_proxy.split(',').map(str::trim).any(|entry| {
        if entry == "*" {
            return true;
        }
        let entry = entry
            .trim_start_matches("*.")
            .trim_start_matches('.')
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_ascii_lowercase();
        !entry.is_empty()
            && (host == entry
                || host
                    .strip_suffix(&entry)
                    .is_some_and(|rest| rest.ends_with('.')))
    })
}

/// Builds ureq's proxy from a URL; a failure names the URL with its credentials redacted.
/// Only HTTP proxies (CONNECT tunnels) are supported: the connector chain has no SOCKS step.
pub fn build(url: &str) -> Result<ureq::Proxy, SetupFailure> {
    let scheme = url.split_once("://").map(|(s, _)| s.to_ascii_lowercase());
    if scheme.is_some_and(|s| s.starts_with("socks")) {
        return Err(SetupFailure::SocksProxy { proxy: redact(url) });
    }
    // RFC 3986 ends the authority at the first `/`, `?` or `#`, so a password holding one
    // unencoded would send the rest of it to some other host name: refuse it instead. An `@`
    // is unambiguous (the last one ends the user information) and left to ureq.
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    if let Some(at) = rest.rfind('@') {
        if rest[..at].contains(['/', '?', '#']) {
            return Err(SetupFailure::AmbiguousProxyUrl { proxy: redact(url) });
        }
    }
    ureq::Proxy::new(url).map_err(|_| SetupFailure::InvalidProxyUrl { proxy: redact(url) })
}

/// ureq's CONNECT step, whose failures (resolving, reaching or talking to the proxy) come
/// back marked [`BeforeTunnel`]: ureq reports them like the endpoint's own, so without the
/// mark a proxy that cannot be resolved would read as an endpoint that cannot be.
#[derive(Debug, Default)]
pub struct ProxyStep(ConnectProxyConnector);

/// A failure before the tunnel through the proxy was open.
#[derive(Debug)]
pub struct BeforeTunnel(pub ureq::Error);

impl std::fmt::Display for BeforeTunnel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "proxy: {}", self.0)
    }
}

impl std::error::Error for BeforeTunnel {}

impl<In: Transport> Connector<In> for ProxyStep {
    type Out = <ConnectProxyConnector as Connector<In>>::Out;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        self.0
            .connect(details, chained)
            .map_err(|e| ureq::Error::Other(Box::new(BeforeTunnel(e))))
    }
}

/// A proxy URL with any user name and password replaced by `***`, made safe to show.
///
/// Everything before the last `@` counts as user information: a password may hold `/`, `?`,
/// `#`, `:` or `@` unencoded, and hiding too much of a rare URL whose path holds an `@` is the
/// price of never showing a password.
pub fn redact(url: &str) -> String {
    crate::text::safe(&redact_userinfo(url)).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::FakeEnv;

    #[test]
    fn https_proxy_wins_and_http_proxy_is_ignored() {
        let env = FakeEnv::new().with_vars(&[
            ("HTTP_PROXY", "http://plain:1"),
            ("ALL_PROXY", "http://all:2"),
            ("HTTPS_PROXY", "http://secure:3"),
        ]);
        assert_eq!(
            proxy_for("example.com", &env).as_deref(),
            Some("http://secure:3")
        );
        let env = FakeEnv::new().with_vars(&[("HTTP_PROXY", "http://plain:1")]);
        assert_eq!(proxy_for("example.com", &env), None);
        let env = FakeEnv::new().with_vars(&[("all_proxy", "http://all:2")]);
        assert_eq!(
            proxy_for("example.com", &env).as_deref(),
            Some("http://all:2")
        );
    }

    #[test]
    fn no_proxy_matches_hosts_and_domain_suffixes_only() {
        assert!(bypasses("management.core.windows.net", ".windows.net"));
        assert!(bypasses("management.core.windows.net", "core.windows.net"));
        assert!(bypasses("127.0.0.1", "localhost, 127.0.0.1"));
        assert!(bypasses("[::1]", "::1"));
        assert!(bypasses("anything", "*"));
        assert!(!bypasses("notwindows.net", "windows.net"));
        assert!(!bypasses("127.0.0.1", ""));
    }

    #[test]
    fn socks_proxies_are_refused_without_credentials() {
        let e = build("socks5://user:secret@proxy:1080").unwrap_err();
        assert!(
            matches!(&e, SetupFailure::SocksProxy { proxy } if proxy == "socks5://***@proxy:1080"),
            "{e:?}"
        );
        assert!(build("http://proxy:8080").is_ok());
        for url in [
            "http://user:pa/ss@proxy:8080",
            "http://user:pa?ss@proxy:8080",
            "http://user:pa#ss@proxy:8080",
            "https://us/er@proxy:8080",
        ] {
            let e = build(url).unwrap_err();
            assert!(
                matches!(&e, SetupFailure::AmbiguousProxyUrl { proxy } if proxy.ends_with("://***@proxy:8080")),
                "{e:?}"
            );
        }
        assert!(build("http://user:p%2Fss@proxy:8080").is_ok());
    }

    #[test]
    fn credentials_are_redacted() {
        assert_eq!(
            redact("http://user:secret@proxy:8080"),
            "http://***@proxy:8080"
        );
        for (url, shown) in [
            ("http://user:pa/ss@proxy:8080", "http://***@proxy:8080"),
            ("http://user:p@ss@proxy:8080/", "http://***@proxy:8080/"),
            ("http://user:pa:ss@proxy:8080", "http://***@proxy:8080"),
            ("http://user:p%2Fss%40@proxy:8080", "http://***@proxy:8080"),
            ("http://user:pa?ss#x@proxy:8080", "http://***@proxy:8080"),
            ("http://user@proxy:8080", "http://***@proxy:8080"),
            ("socks5://user:pa/ss@proxy:1080", "socks5://***@proxy:1080"),
            ("user:pa/ss@proxy:8080", "***@proxy:8080"),
            ("http:/user:pa/ss@proxy:8080", "***@proxy:8080"),
            ("http://proxy:8080", "http://proxy:8080"),
            ("http://proxy\u{1b}[2J:8080", "http://proxy\\u{1b}[2J:8080"),
        ] {
            assert_eq!(redact(url), shown, "{url}");
        }
        // A path with an `@` is hidden too: a password is never worth the risk.
        assert_eq!(redact("http://proxy:8080/a@b"), "http://***@b");
    }
}
