//! `collection list` and `collection get`: the front end's XML as tables, JSON and fields.

use crate::common::*;
use serde_json::Value;

#[test]
fn collection_list_shows_name_state_and_plan() {
    let w = World::new();
    let out = run(w.cmd().args(["collection", "list"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("NAME ") && lines[0].contains("STATE") && lines[0].ends_with("PLAN"),
        "{text}"
    );
    let myjc = lines
        .iter()
        .find(|l| l.starts_with("myjc "))
        .expect("myjc listed");
    assert!(
        myjc.contains("Started") && myjc.ends_with("Standard"),
        "{myjc}"
    );
    assert!(lines.iter().any(|l| l.starts_with("big ")), "{text}");
    let target = &w.requests()[0].target;
    assert_eq!(
        target,
        "/2f1e4c2a-0000-4000-8000-000000000001/cloudservices/CS-WestUS-scheduler"
    );
}

#[test]
fn collection_list_json_mirrors_each_resource() {
    let w = World::new();
    let out = run(w.cmd().args(["collection", "list", "-o", "json"]));
    assert_code(&out, 0);
    let list: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    let myjc = list.iter().find(|c| c["name"] == "myjc").expect("myjc");
    assert_eq!(myjc["resourceProviderNamespace"], "scheduler");
    assert_eq!(myjc["intrinsicSettings"]["plan"], "Standard");
    assert!(
        myjc["intrinsicSettings"]["quota"]["maxJobCount"].is_u64(),
        "{myjc}"
    );
    let names = run(w.cmd().args(["collection", "list", "--field", "name"]));
    assert_eq!(stdout(&names).lines().count(), list.len());
}

#[test]
fn collection_get_shows_plan_and_quota() {
    let w = World::new();
    let out = run(w.cmd().args(["collection", "get", "myjc"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(text.starts_with("Name:            myjc\nState:           Started\nPlan:            Standard\nMax jobs:        50\n"), "{text}");
    assert!(text.contains("Max recurrence:  every minute\n"), "{text}");
    assert!(w.requests()[0]
        .target
        .ends_with("/jobCollections/myjc?api-version=2014-04-01"));
}

#[test]
fn collection_get_json_and_fields() {
    let w = World::new();
    let out = run(w.cmd().args(["collection", "get", "myjc", "-o", "json"]));
    assert_code(&out, 0);
    let text = stdout(&out);
    assert!(text.starts_with("{\n  \""), "pretty JSON: {text}");
    let c: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(c["name"], "myjc");
    assert_eq!(c["cloudServiceSettings"]["geoRegion"], "West US");
    assert_eq!(c["intrinsicSettings"]["quota"]["maxJobCount"], 50);
    assert_eq!(
        c["intrinsicSettings"]["quota"]["maxRecurrence"]["interval"],
        1
    );
    let out = run(w.cmd().args([
        "collection",
        "get",
        "myjc",
        "--field",
        "intrinsicSettings.quota.maxJobCount",
        "--field",
        "intrinsicSettings.plan",
    ]));
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "50\tStandard\n");
}

#[test]
fn a_missing_collection_or_cloud_service_exits_3() {
    let w = World::new();
    let err = assert_failure(&run(w.cmd().args(["collection", "get", "nojc"])), 3);
    assert!(err.starts_with("schedctl: error: job collection 'nojc' was not found in cloud service 'CS-WestUS-scheduler'"), "{err}");
    request_id_of(&err);
    let err = assert_failure(
        &run(w
            .cmd()
            .args(["--region", "Mars Central", "collection", "list"])),
        3,
    );
    assert!(
        err.contains("cloud service 'CS-MarsCentral-scheduler' was not found"),
        "{err}"
    );
}

/// Every key path of a JSON value in document order (`intrinsicSettings.quota.maxJobCount`).
fn key_paths(value: &Value, prefix: &str, out: &mut Vec<String>) {
    if let Value::Object(map) = value {
        for (key, child) in map {
            let path = format!("{prefix}{key}");
            out.push(path.clone());
            key_paths(child, &format!("{path}."), out);
        }
    }
}

#[test]
fn collection_get_and_list_json_order_the_same_keys_the_same_way() {
    let w = World::new();
    let got = run(w.cmd().args(["collection", "get", "myjc", "-o", "json"]));
    assert_code(&got, 0);
    let got: Value = serde_json::from_slice(&got.stdout).unwrap();
    let listed = run(w.cmd().args(["collection", "list", "-o", "json"]));
    assert_code(&listed, 0);
    let listed: Vec<Value> = serde_json::from_slice(&listed.stdout).unwrap();
    let listed = listed.iter().find(|c| c["name"] == "myjc").unwrap();
    let (mut a, mut b) = (Vec::new(), Vec::new());
    key_paths(&got, "", &mut a);
    key_paths(listed, "", &mut b);
    let common_a: Vec<&String> = a.iter().filter(|k| b.contains(k)).collect();
    let common_b: Vec<&String> = b.iter().filter(|k| a.contains(k)).collect();
    assert_eq!(common_a, common_b);
    assert!(common_a.len() >= 10, "{common_a:?}");
    // SPEC §2's order: name, state, intrinsicSettings first.
    assert_eq!(&a[..3], ["name", "state", "intrinsicSettings"]);
}
