//! `cloud-service list`: the subscription's cloud services, found with no cloud service set.

use crate::common::*;
use schedctl_emulator::DEMO_SUBSCRIPTION;
use serde_json::Value;

/// `schedctl` with the subscription, certificate, CA and endpoint in the environment, and
/// no cloud service or region anywhere (what an import without `--cloud-service` leaves).
fn no_cloud_service(w: &World) -> assert_cmd::Command {
    let mut cmd = w.bare_cmd();
    cmd.env("SCHEDCTL_SUBSCRIPTION_ID", DEMO_SUBSCRIPTION)
        .env("SCHEDCTL_CERTIFICATE", w.path("client.pem"))
        .env("SCHEDCTL_PRIVATE_KEY", w.path("client.key"))
        .env("SCHEDCTL_CA_CERTIFICATE", w.path("ca.pem"))
        .env("SCHEDCTL_ENDPOINT", w.emulator.endpoint());
    cmd
}

#[test]
fn cloud_service_list_shows_each_service_with_its_job_collections() {
    let w = World::new();
    let out = run(w.cmd().args(["cloud-service", "list"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "NAME                  GEO-REGION     JOB COLLECTIONS\n\
         CS-WestUS-scheduler   West US        myjc,faulty,big,waiting,intl,hostile\n\
         contoso-web           North Europe\n\
         contoso-cache         West Europe\n"
    );
    assert_eq!(stderr(&out), "");
    let requests = w.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(
        requests[0].target,
        format!("/{DEMO_SUBSCRIPTION}/cloudservices")
    );
}

#[test]
fn cloud_service_list_needs_no_cloud_service_setting() {
    let w = World::new();
    let out = run(no_cloud_service(&w).args(["cloud-service", "list", "--field", "name"]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "CS-WestUS-scheduler\ncontoso-web\ncontoso-cache\n"
    );
    // The other commands still say what is missing, before any request.
    let out = run(no_cloud_service(&w).args(["collection", "list"]));
    let err = assert_failure(&out, 7);
    assert!(err.contains("cloud service"), "{err}");
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn cloud_service_list_json_mirrors_each_cloud_service() {
    let w = World::new();
    let out = run(w.cmd().args(["cloud-service", "list", "-o", "json"]));
    assert_code(&out, 0);
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.len(), 3);
    let keys: Vec<&str> = list[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        ["name", "label", "description", "geoRegion", "resources"]
    );
    assert_eq!(list[0]["geoRegion"], "West US");
    let myjc = &list[0]["resources"][0];
    assert_eq!(myjc["name"], "myjc");
    assert_eq!(myjc["intrinsicSettings"]["quota"]["maxJobCount"], 50);
    // A cloud service without any resource, and one with another provider's only.
    assert_eq!(list[1]["name"], "contoso-web");
    assert_eq!(list[1]["resources"], serde_json::json!([]));
    assert_eq!(
        list[2]["resources"][0]["resourceProviderNamespace"],
        "cacheservice"
    );
}

#[test]
fn cloud_service_list_fields_and_did_you_mean() {
    let w = World::new();
    let out = run(w.cmd().args([
        "cloud-service",
        "list",
        "--field",
        "name",
        "--field",
        "geoRegion",
        "--field",
        "resources[0].name",
    ]));
    assert_code(&out, 0);
    assert_eq!(
        stdout(&out),
        "CS-WestUS-scheduler\tWest US\tmyjc\ncontoso-web\tNorth Europe\t\ncontoso-cache\tWest Europe\tcontosocache\n"
    );
    let out = run(w
        .cmd()
        .args(["cloud-service", "list", "--field", "geoRegoin"]));
    let err = assert_failure(&out, 2);
    assert!(err.contains("geoRegion"), "{err}");
}

#[test]
fn cloud_service_list_for_an_unknown_subscription_is_exit_4() {
    let w = World::new();
    let out = run(w.cmd().args([
        "--subscription",
        "00000000-0000-4000-8000-00000000dead",
        "cloud-service",
        "list",
    ]));
    let err = assert_failure(&out, 4);
    assert!(
        err.starts_with("schedctl: error: access to subscription '00000000-0000-4000-8000-00000000dead' was refused (ForbiddenError: "),
        "{err}"
    );
    request_id_of(&err);
}
