//! Single values: durations, paths, endpoints and version dates, read and checked, and
//! secrets kept out of messages.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::source::Source;
use crate::error::Result;
use crate::explain::settings as explain;

use crate::text::might_be_secret;

/// Parses the `retries` setting: a whole number of retries.
pub fn parse_retries(text: &str) -> std::result::Result<u32, String> {
    text.trim()
        .parse::<u32>()
        .map_err(|_| explain::not_a_whole_number())
}

/// Checks that a URL can be an endpoint: https, with a host, without a query.
pub fn check_endpoint(url: &str) -> std::result::Result<(), String> {
    // Checked before parsing: `https://user:pa/ss@host` parses as host `user` with a path, so
    // only "any @" catches every shape of user information (an endpoint never needs one).
    if url.contains('@') {
        return Err(explain::endpoint_with_userinfo());
    }
    let uri: ureq::http::Uri = url.parse().map_err(|_| explain::endpoint_not_a_url())?;
    if !uri
        .scheme_str()
        .is_some_and(|s| s.eq_ignore_ascii_case("https"))
    {
        return Err(explain::endpoint_not_https());
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(explain::endpoint_without_host());
    }
    if uri.query().is_some() {
        return Err(explain::endpoint_with_query());
    }
    Ok(())
}

/// The URL with everything between `://` and its last `@` replaced by `***`, so that a
/// password is never shown whatever characters it holds (`/`, `?`, `#`, `@` and `:` included:
/// hiding too much is better than showing a secret).
pub fn redact_userinfo(url: &str) -> String {
    let (scheme, rest) = match url.find("://") {
        Some(i) => (&url[..i + 3], &url[i + 3..]),
        None => ("", url),
    };
    match rest.rfind('@') {
        Some(at) => format!("{scheme}***{}", &rest[at..]),
        None => url.to_string(),
    }
}

/// Refuses a value in a path setting that is not a path: PEM text or anything else that
/// might be a secret. The message names the setting and its source, never the value.
pub(super) fn check_path(value: &str, source: &Source, setting: &str) -> Result<()> {
    if !might_be_secret(value) {
        return Ok(());
    }
    Err(explain::not_a_path(
        setting,
        source,
        value.contains("-----BEGIN"),
    ))
}

pub(super) fn is_version_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Expands a leading `~` to the home directory.
pub fn expand_tilde(path: &Path) -> PathBuf {
    let Ok(rest) = path.strip_prefix("~") else {
        return path.to_path_buf();
    };
    match dirs::home_dir() {
        Some(home) => home.join(rest),
        None => path.to_path_buf(),
    }
}

/// A short reason for an I/O error, without the "(os error N)" noise.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => explain::io_no_such_file(),
        std::io::ErrorKind::PermissionDenied => explain::io_permission_denied(),
        _ => {
            let text = e.to_string();
            match text.find(" (os error") {
                Some(i) => text[..i].to_string(),
                None => text,
            }
        }
    }
}

/// The longest duration accepted anywhere (SPEC §4): far below what `Instant + Duration` can
/// overflow on, so a deadline computed from any setting is always representable.
pub const MAX_DURATION: Duration = Duration::from_secs(30 * 86_400);

/// Parses a human duration such as `90s`, `5m` or `1h30m`, greater than zero and at most
/// 30 days.
pub fn parse_duration(text: &str) -> std::result::Result<Duration, String> {
    let parsed = humantime::parse_duration(text.trim()).map_err(explain::duration_unreadable)?;
    if parsed.is_zero() {
        return Err(explain::duration_zero());
    }
    if parsed > MAX_DURATION {
        return Err(explain::duration_too_long());
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_information_of_any_shape_is_refused_and_redacted() {
        for url in [
            "https://admin:secret@host",
            "https://admin:se/cret@host",
            "https://admin:se?cret@host",
            "https://admin:se#cret@host",
            "https://ad@min:se@cret@host/x",
        ] {
            assert!(check_endpoint(url)
                .unwrap_err()
                .contains("user information"));
            let shown = redact_userinfo(url);
            assert!(shown.starts_with("https://***@"), "{shown}");
            assert!(
                !shown.contains("cret") && !shown.contains("admin"),
                "{shown}"
            );
        }
        assert_eq!(redact_userinfo("https://host/x"), "https://host/x");
        assert!(check_endpoint("https://management.core.windows.net").is_ok());
    }

    #[test]
    fn version_dates_are_checked() {
        assert!(is_version_date("2013-06-01"));
        assert!(!is_version_date("2013-6-01"));
        assert!(!is_version_date("latest"));
    }

    #[test]
    fn durations_accept_human_forms() {
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_duration("5m"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert!(parse_duration("0s").is_err());
        assert!(parse_duration("soon").is_err());
        assert!(parse_duration("30").is_err());
    }

    #[test]
    fn durations_stop_at_thirty_days() {
        assert_eq!(parse_duration("30d"), Ok(MAX_DURATION));
        assert!(parse_duration("30d 1s").is_err());
        assert!(parse_duration("18446744073709551615s").is_err());
    }
}
