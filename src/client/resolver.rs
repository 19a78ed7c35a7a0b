//! Name resolution for the life of one command. ureq resolves the host before every request,
//! even on a kept-alive connection and even for an IP literal, and with a timeout it does so in
//! a new thread each time: for `job wait`, paged lists and a multi-job `job get` that is a
//! thread and a `getaddrinfo` per request for nothing. This resolver answers IP literals at
//! once and keeps each host's addresses once resolved; lookups and their failures are
//! ureq's own, so DNS errors read exactly as before.

use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;

use ureq::config::Config;
use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// ureq's resolver behind an answer for IP literals and a cache of successful lookups.
#[derive(Debug, Default)]
pub struct CommandResolver {
    inner: DefaultResolver,
    /// `host:port` and its addresses, one entry per host this command has reached (the
    /// endpoint, a proxy, a redirect's target).
    known: Mutex<Vec<(String, ResolvedSocketAddrs)>>,
}

impl Resolver for CommandResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return self.inner.resolve(uri, config, timeout);
        };
        let Some(key) = DefaultResolver::host_and_port(scheme, authority) else {
            return self.inner.resolve(uri, config, timeout);
        };
        if let Some(addrs) = ip_literal(authority.host(), &key) {
            let mut result = self.empty();
            for addr in config.ip_family().keep_wanted(std::iter::once(addrs)) {
                result.push(addr);
            }
            return if result.is_empty() {
                Err(ureq::Error::HostNotFound)
            } else {
                Ok(result)
            };
        }
        if let Some((_, addrs)) = self.lock().iter().find(|(host, _)| *host == key) {
            return Ok(addrs.clone());
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        self.lock().push((key, addrs.clone()));
        Ok(addrs)
    }
}

impl CommandResolver {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(String, ResolvedSocketAddrs)>> {
        // A panic while holding the lock leaves a list that is still whole.
        self.known.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The socket address of a host that is an IP literal (`127.0.0.1`, `[::1]`), taken from the
/// `host:port` that ureq forms for it.
fn ip_literal(host: &str, host_and_port: &str) -> Option<SocketAddr> {
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    // ureq formed host_and_port from this host and the port (or the scheme's default).
    bare.parse::<IpAddr>().ok()?;
    host_and_port.parse::<SocketAddr>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ip_literals_are_answered_with_their_port() {
        assert_eq!(
            ip_literal("127.0.0.1", "127.0.0.1:8443"),
            Some("127.0.0.1:8443".parse().unwrap())
        );
        assert_eq!(
            ip_literal("[::1]", "[::1]:443"),
            Some("[::1]:443".parse().unwrap())
        );
        assert_eq!(ip_literal("localhost", "localhost:443"), None);
        assert_eq!(
            ip_literal(
                "management.core.windows.net",
                "management.core.windows.net:443"
            ),
            None
        );
    }

    #[test]
    fn a_lookup_is_made_once_per_host() {
        let resolver = CommandResolver::default();
        let config = Config::default();
        let uri: Uri = "https://localhost:1/x".parse().unwrap();
        let first = resolver
            .resolve(&uri, &config, NextTimeout::default())
            .unwrap();
        assert_eq!(resolver.lock().len(), 1);
        let again = resolver
            .resolve(&uri, &config, NextTimeout::default())
            .unwrap();
        assert_eq!(&first[..], &again[..]);
        assert_eq!(resolver.lock().len(), 1);
        let ip: Uri = "https://127.0.0.1:2/x".parse().unwrap();
        let addrs = resolver
            .resolve(&ip, &config, NextTimeout::default())
            .unwrap();
        assert_eq!(&addrs[..], ["127.0.0.1:2".parse::<SocketAddr>().unwrap()]);
        assert_eq!(resolver.lock().len(), 1, "IP literals are not cached");
    }
}
