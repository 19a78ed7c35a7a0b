//! Resource paths of the service (SPEC §2), built from identifiers that are checked before
//! any network use and percent-encoded as single path segments (SPEC §7).

use crate::client::{encode_segment, API_VERSION, MAX_URL_LEN};
use crate::config::Settings;
use crate::error::Result;
use crate::explain::usage::{self, BadName};

/// The longest cloud-service or collection name the service accepts.
const MAX_NAME_LEN: usize = 100;

/// Checks one user-supplied identifier; `what` names it in the message.
pub fn check_name(what: &str, name: &str, max_len: Option<usize>) -> Result<()> {
    let bad = |why| usage::invalid_name(what, name, why);
    if name.is_empty() {
        return Err(bad(BadName::Empty));
    }
    if name == "." || name == ".." {
        return Err(bad(BadName::Dot));
    }
    if name.chars().any(char::is_control) {
        return Err(bad(BadName::Control));
    }
    if let Some(max) = max_len {
        if name.chars().count() > max {
            return Err(bad(BadName::TooLong(max)));
        }
    }
    Ok(())
}

/// Checks a collection name.
pub fn check_collection(name: &str) -> Result<()> {
    check_name(usage::COLLECTION_NAME, name, Some(MAX_NAME_LEN))
}

/// The path of a job, checked for length against the endpoint.
pub fn job_path(settings: &Settings, collection: &str, job: &str) -> Result<String> {
    check_collection(collection)?;
    check_name(usage::JOB_NAME, job, None)?;
    let path = format!(
        "{}/jobs/{}?api-version={API_VERSION}",
        collection_prefix(settings, collection)?,
        encode_segment(job)
    );
    check_length(settings, &path)?;
    Ok(path)
}

/// The path of a collection's job list, with an optional `state eq …` filter; paging
/// parameters are appended by the caller.
pub fn jobs_path(settings: &Settings, collection: &str, state: Option<&str>) -> Result<String> {
    check_collection(collection)?;
    let mut path = format!(
        "{}/jobs?api-version={API_VERSION}",
        collection_prefix(settings, collection)?
    );
    if let Some(state) = state {
        path.push_str(&format!("&$filter=state%20eq%20{}", encode_segment(state)));
    }
    check_length(settings, &format!("{path}{PAGING_ROOM}"))?;
    Ok(path)
}

/// The path of a job's history, with an optional `status eq …` filter.
pub fn history_path(
    settings: &Settings,
    collection: &str,
    job: &str,
    status: Option<&str>,
) -> Result<String> {
    check_collection(collection)?;
    check_name(usage::JOB_NAME, job, None)?;
    let mut path = format!(
        "{}/jobs/{}/history?api-version={API_VERSION}",
        collection_prefix(settings, collection)?,
        encode_segment(job)
    );
    if let Some(status) = status {
        path.push_str(&format!(
            "&$filter=status%20eq%20{}",
            encode_segment(status)
        ));
    }
    check_length(settings, &format!("{path}{PAGING_ROOM}"))?;
    Ok(path)
}

/// The path of a job collection's own resource (note: no `/jobs`).
pub fn collection_path(settings: &Settings, collection: &str) -> Result<String> {
    check_collection(collection)?;
    let path = format!(
        "{}?api-version={API_VERSION}",
        collection_prefix(settings, collection)?
    );
    check_length(settings, &path)?;
    Ok(path)
}

/// The path of the cloud service, which lists its resources (no api-version).
pub fn cloud_service_path(settings: &Settings) -> Result<String> {
    let (subscription, cloud_service) = checked_ids(settings)?;
    let path = format!("/{subscription}/cloudservices/{cloud_service}");
    check_length(settings, &path)?;
    Ok(path)
}

/// The path of the subscription's list of cloud services (no api-version).
pub fn cloud_services_path(settings: &Settings) -> Result<String> {
    let path = format!("/{}/cloudservices", checked_subscription(settings)?);
    check_length(settings, &path)?;
    Ok(path)
}

/// The longest paging suffix a list request adds (`&$top=100&$skip=4294967295`).
const PAGING_ROOM: &str = "&$top=100&$skip=4294967295";

/// The subscription id and cloud service, checked and encoded.
fn checked_ids(settings: &Settings) -> Result<(String, String)> {
    let subscription = checked_subscription(settings)?;
    let cloud_service = &settings.cloud_service;
    check_name(
        &usage::cloud_service_label(&cloud_service.source),
        &cloud_service.value,
        Some(MAX_NAME_LEN),
    )
    .map_err(usage::invalid_setting)?;
    Ok((subscription, encode_segment(&cloud_service.value)))
}

/// The subscription id, checked and encoded.
fn checked_subscription(settings: &Settings) -> Result<String> {
    let subscription = &settings.subscription_id;
    check_name(
        &usage::subscription_id_label(&subscription.source),
        &subscription.value,
        None,
    )
    .map_err(usage::invalid_setting)?;
    Ok(encode_segment(&subscription.value))
}

/// `/{subscription}/cloudservices/{cloud service}/resources/scheduler/~/jobCollections/{collection}`.
fn collection_prefix(settings: &Settings, collection: &str) -> Result<String> {
    let (subscription, cloud_service) = checked_ids(settings)?;
    Ok(format!(
        "/{subscription}/cloudservices/{cloud_service}/resources/scheduler/~/jobCollections/{}",
        encode_segment(collection)
    ))
}

fn check_length(settings: &Settings, path: &str) -> Result<()> {
    let len = settings.endpoint.value.len() + path.len();
    if len > MAX_URL_LEN {
        return Err(usage::url_too_long(len, MAX_URL_LEN));
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
