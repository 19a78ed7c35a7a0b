//! Resource paths of the service (SPEC §2), built from identifiers that are checked before
//! any network use and percent-encoded as single path segments (SPEC §7).

use crate::client::{encode_segment, API_VERSION, MAX_URL_LEN};
use crate::config::Settings;
use crate::error::{Error, Result};

/// The longest cloud-service or collection name the service accepts.
const MAX_NAME_LEN: usize = 100;

/// Checks one user-supplied identifier; `what` names it in the message.
pub fn check_name(what: &str, name: &str, max_len: Option<usize>) -> Result<()> {
    let bad = |why: &str| Error::usage(format!("invalid {what} '{}': {why}", name.escape_debug()));
    if name.is_empty() {
        return Err(bad("it is empty"));
    }
    if name == "." || name == ".." {
        return Err(bad("'.' and '..' are not names"));
    }
    if name.chars().any(char::is_control) {
        return Err(bad("it contains a control character"));
    }
    if let Some(max) = max_len {
        if name.chars().count() > max {
            return Err(bad(&format!("it is longer than {max} characters")));
        }
    }
    Ok(())
}

/// Checks a collection name.
pub fn check_collection(name: &str) -> Result<()> {
    check_name("collection name", name, Some(MAX_NAME_LEN))
}

/// The path of a job, checked for length against the endpoint.
pub fn job_path(settings: &Settings, collection: &str, job: &str) -> Result<String> {
    check_collection(collection)?;
    check_name("job name", job, None)?;
    let path = format!(
        "{}/jobs/{}?api-version={API_VERSION}",
        collection_prefix(settings, collection)?,
        encode_segment(job)
    );
    check_length(settings, &path)?;
    Ok(path)
}

/// `/{subscription}/cloudservices/{cloud service}/resources/scheduler/~/jobCollections/{collection}`.
fn collection_prefix(settings: &Settings, collection: &str) -> Result<String> {
    let subscription = &settings.subscription_id;
    check_name(
        &format!("subscription id ({})", subscription.source),
        &subscription.value,
        None,
    )
    .map_err(|e| Error::config(e.message))?;
    let cloud_service = &settings.cloud_service;
    check_name(
        &format!("cloud service ({})", cloud_service.source),
        &cloud_service.value,
        Some(MAX_NAME_LEN),
    )
    .map_err(|e| Error::config(e.message))?;
    Ok(format!(
        "/{}/cloudservices/{}/resources/scheduler/~/jobCollections/{}",
        encode_segment(&subscription.value),
        encode_segment(&cloud_service.value),
        encode_segment(collection)
    ))
}

fn check_length(settings: &Settings, path: &str) -> Result<()> {
    let len = settings.endpoint.value.len() + path.len();
    if len > MAX_URL_LEN {
        return Err(Error::usage(format!(
            "the request URL would be {len} characters long; the service accepts at most {MAX_URL_LEN}"
        ))
        .hint("use shorter names"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked() {
        assert!(check_name("job name", "job1", None).is_ok());
        assert!(check_name("job name", "../x", None).is_ok());
        for bad in ["", ".", "..", "a\nb", "tab\there"] {
            let e = check_name("job name", bad, None).unwrap_err();
            assert_eq!(e.exit_code(), 2, "{bad:?}");
        }
        assert!(check_collection(&"c".repeat(100)).is_ok());
        assert!(check_collection(&"c".repeat(101)).is_err());
    }
}
