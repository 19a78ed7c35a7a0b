//! Following a 307 (SPEC §7): the `Location` resolved as RFC 3986 resolves a reference, and
//! followed only to the same scheme, host and port, without user information.

use super::failure::RedirectRefusal;
use super::proxy;

/// The most 307 hops followed for one request.
pub const MAX_REDIRECTS: u32 = 5;

/// The next URL of the `hops`-th 307 from `from`, or why it is not followed. Anything refused
/// is refused before a byte is sent there.
pub fn next(from: &str, location: Option<&str>, hops: u32) -> Result<String, RedirectRefusal> {
    let Some(location) = location else {
        return Err(RedirectRefusal::NoLocation);
    };
    // Every refusal names the Location, and any shape of one may hold a password
    // (`http://user:pass@host` is refused as not https before its user information is looked
    // at): it is always shown redacted.
    let shown = proxy::redact(location);
    let refused = |make: fn(String) -> RedirectRefusal| Err(make(shown.clone()));
    if hops > MAX_REDIRECTS {
        return Err(RedirectRefusal::TooMany {
            limit: MAX_REDIRECTS,
            location: shown,
        });
    }
    let next = resolve_reference(from, location);
    let (base, target) = match (UrlParts::split(from), next.as_deref().map(UrlParts::split)) {
        (base, Some(target)) => (base, target),
        _ => return refused(|location| RedirectRefusal::NotAUrl { location }),
    };
    if !target
        .scheme
        .is_some_and(|s| s.eq_ignore_ascii_case("https"))
    {
        return refused(|location| RedirectRefusal::NotHttps { location });
    }
    if target.authority.is_some_and(|a| a.contains('@')) {
        return refused(|location| RedirectRefusal::UserInfo { location });
    }
    if origin(&target) != origin(&base) || origin(&target).is_none() {
        return Err(RedirectRefusal::OtherOrigin {
            location: shown,
            expected: base.authority.unwrap_or_default().to_string(),
        });
    }
    Ok(next.unwrap_or_default())
}

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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn only_same_origin_https_redirects_are_followed() {
        let from = "https://h:1/a/b";
        assert_eq!(next(from, Some("/c"), 1).unwrap(), "https://h:1/c");
        assert!(matches!(
            next(from, None, 1),
            Err(RedirectRefusal::NoLocation)
        ));
        assert!(matches!(
            next(from, Some("/c"), MAX_REDIRECTS + 1),
            Err(RedirectRefusal::TooMany { limit: MAX_REDIRECTS, location }) if location == "/c"
        ));
        assert!(matches!(
            next(from, Some("http://h:1/c"), 1),
            Err(RedirectRefusal::NotHttps { .. })
        ));
        assert!(matches!(
            next(from, Some("https://other:1/c"), 1),
            Err(RedirectRefusal::OtherOrigin { expected, .. }) if expected == "h:1"
        ));
        assert!(matches!(
            next(from, Some("https://u:secret@h:1/c"), 1),
            Err(RedirectRefusal::UserInfo { location }) if location == "https://***@h:1/c"
        ));
    }
}
