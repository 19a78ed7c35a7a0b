//! The subscription's cloud services (`GET /{subscription}/cloudservices`, SPEC §2): XML read
//! as job collections are, each `<CloudService>` mirrored as JSON the same way.

use crate::error::Result;
use crate::explain::response;
use crate::model::collection::{invalid, mirror, parse_xml, XmlError};
use crate::model::{schema, Item};

/// A cloud service: its mirrored JSON and typed view.
pub type CloudService = Item<CloudServiceView>;

/// What the list's table shows of a cloud service.
#[derive(Debug, Default)]
pub struct CloudServiceView {
    /// `Name`.
    pub name: Option<String>,
    /// `GeoRegion`.
    pub geo_region: Option<String>,
    /// Names of its scheduler job collections, in document order.
    pub job_collections: Vec<String>,
}

/// Parses the list of cloud services: one `<CloudServices>` holding `<CloudService>`s.
pub fn parse_cloud_services(body: &[u8], request_id: Option<&str>) -> Result<Vec<CloudService>> {
    let invalid = invalid(request_id);
    let root = parse_xml(body).map_err(|e| match e {
        XmlError::TooDeep => super::invalid(request_id)(super::too_deep_message()),
        XmlError::Invalid(why) => invalid(response::cloud_services_not_xml(&why)),
    })?;
    if root.name != "CloudServices" {
        return Err(invalid(response::wrong_root("CloudServices", &root.name)));
    }
    Ok(root
        .children
        .iter()
        .filter(|c| c.name == "CloudService")
        .map(|c| Item {
            raw: schema::CLOUD_SERVICE.ordered(mirror(c)),
            view: CloudServiceView {
                name: c.child_text("Name"),
                geo_region: c.child_text("GeoRegion"),
                job_collections: c
                    .resources()
                    .filter(|r| r.is_job_collection())
                    .filter_map(|r| r.child_text("Name"))
                    .collect(),
            },
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Kind;

    const LIST: &str = r#"<CloudServices xmlns="http://schemas.microsoft.com/windowsazure"><CloudService><Name>CS-WestUS-scheduler</Name><Label>l</Label><Description/><GeoRegion>West US</GeoRegion><Resources><Resource><ResourceProviderNamespace>scheduler</ResourceProviderNamespace><Type>jobcollections</Type><Name>myjc</Name><State>Started</State><IntrinsicSettings><Plan>Free</Plan><Quota><MaxJobCount>5</MaxJobCount></Quota></IntrinsicSettings></Resource></Resources></CloudService><CloudService><Name>web</Name><GeoRegion>North Europe</GeoRegion><Resources/></CloudService><CloudService><Name>cache</Name><Resources><Resource><ResourceProviderNamespace>cacheservice</ResourceProviderNamespace><Type>Caching</Type><Name>c1</Name></Resource></Resources></CloudService></CloudServices>"#;

    #[test]
    fn each_cloud_service_is_mirrored_with_its_job_collections() {
        let list = parse_cloud_services(LIST.as_bytes(), None).unwrap();
        assert_eq!(list.len(), 3);
        assert_eq!(
            list[0].raw.to_string(),
            r#"{"name":"CS-WestUS-scheduler","label":"l","description":"","geoRegion":"West US","resources":[{"name":"myjc","state":"Started","intrinsicSettings":{"plan":"Free","quota":{"maxJobCount":5}},"resourceProviderNamespace":"scheduler","type":"jobcollections"}]}"#
        );
        assert_eq!(list[0].view.job_collections, ["myjc"]);
        assert_eq!(list[1].raw["resources"].to_string(), "[]");
        assert!(list[1].view.job_collections.is_empty());
        assert_eq!(list[2].view.name.as_deref(), Some("cache"));
        assert_eq!(list[2].view.geo_region, None);
        assert!(list[2].view.job_collections.is_empty());
    }

    #[test]
    fn another_document_is_an_invalid_response() {
        let e = parse_cloud_services(b"<CloudService/>", Some("rid")).unwrap_err();
        assert_eq!(e.kind, Kind::InvalidResponse);
        assert!(
            e.message.contains("expected a <CloudServices> element"),
            "{}",
            e.message
        );
        let mut deep = "<CloudServices>".to_string();
        deep.push_str(&"<N>".repeat(200));
        let e = parse_cloud_services(deep.as_bytes(), None).unwrap_err();
        assert_eq!(e.message, crate::model::too_deep_message());
    }
}
