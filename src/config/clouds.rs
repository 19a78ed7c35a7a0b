//! The sovereign clouds (SPEC §2): each one's name and management endpoint, in one table.

/// The classic management endpoint of the public cloud.
pub const DEFAULT_ENDPOINT: &str = "https://management.core.windows.net";

/// Every cloud `--environment` accepts, by name, with its management endpoint. A new cloud
/// is one line here: the flag's possible values and the messages follow.
const CLOUDS: [(&str, &str); 4] = [
    ("AzureCloud", DEFAULT_ENDPOINT),
    (
        "AzureChinaCloud",
        "https://management.core.chinacloudapi.cn",
    ),
    (
        "AzureUSGovernment",
        "https://management.core.usgovcloudapi.net",
    ),
    ("AzureGermanCloud", "https://management.core.cloudapi.de"),
];

/// The names of the clouds, in the table's order (the possible values of `--environment`).
pub const CLOUD_NAMES: [&str; CLOUDS.len()] = {
    let mut names = [""; CLOUDS.len()];
    let mut i = 0;
    while i < CLOUDS.len() {
        names[i] = CLOUDS[i].0;
        i += 1;
    }
    names
};

/// The endpoint of a sovereign cloud, by case-insensitive name.
pub fn environment_endpoint(name: &str) -> Option<&'static str> {
    CLOUDS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, url)| *url)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cloud_is_found_by_its_name_in_any_case() {
        for name in CLOUD_NAMES {
            assert!(environment_endpoint(&name.to_ascii_lowercase()).is_some());
        }
        assert_eq!(
            environment_endpoint(" azurechinacloud "),
            Some("https://management.core.chinacloudapi.cn")
        );
        assert_eq!(environment_endpoint("AzureMoonCloud"), None);
    }
}
