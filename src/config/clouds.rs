//! The sovereign clouds: each one's name and management endpoint, in one table.

/// The classic management endpoint of the public cloud.
pub const DEFAULT_ENDPOINT: &str = "https://management.core.windows.net";

/// The endpoint of a sovereign cloud, by case-insensitive name.
pub fn environment_endpoint(name: &str) -> Option<&'static str> {
    const ENDPOINTS: [(&str, &str); 4] = [
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
    ENDPOINTS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name.trim()))
        .map(|(_, url)| *url)
}
