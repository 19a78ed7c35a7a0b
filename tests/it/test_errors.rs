//! Failures from the service and the network: exit codes, messages and request ids.

use crate::common::*;

#[test]
fn a_missing_job_exits_3_and_shows_the_request_id() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "myjc", "job9"]));
    let err = assert_failure(&out, 3);
    let first = err.lines().next().unwrap();
    assert_eq!(
        first,
        "schedctl: error: job 'job9' was not found in collection 'myjc' (ResourceNotFound: The specified job does not exist.)"
    );
    assert_eq!(
        err.lines().nth(1).map(|l| l.starts_with("  request id: ")),
        Some(true)
    );
    request_id_of(&err);
}

#[test]
fn a_missing_collection_or_cloud_service_exits_3_naming_it() {
    let w = World::new();
    let err = assert_failure(&run(w.cmd().args(["job", "get", "nojc", "job1"])), 3);
    assert!(err.starts_with("schedctl: error: job collection 'nojc' was not found in cloud service 'CS-WestUS-scheduler'"), "{err}");
    request_id_of(&err);
    let err = assert_failure(
        &run(w.cmd().args([
            "--cloud-service",
            "CS-Nowhere",
            "job",
            "get",
            "myjc",
            "job1",
        ])),
        3,
    );
    assert!(
        err.contains("cloud service 'CS-Nowhere' was not found in subscription"),
        "{err}"
    );
    assert!(
        err.contains("(ResourceNotFound: The service name is unknown.)"),
        "{err}"
    );
}

#[test]
fn every_request_id_is_fresh() {
    let w = World::new();
    let a = request_id_of(&stderr(&run(w.cmd().args(["job", "get", "myjc", "job9"]))));
    let b = request_id_of(&stderr(&run(w.cmd().args(["job", "get", "myjc", "job9"]))));
    assert_ne!(a, b);
}

#[test]
fn an_unknown_subscription_exits_4() {
    let w = World::new();
    let out = run(w.cmd().args([
        "--subscription",
        "00000000-0000-0000-0000-000000000000",
        "job",
        "get",
        "myjc",
        "job1",
    ]));
    let err = assert_failure(&out, 4);
    assert!(err.contains("access to subscription '00000000-0000-0000-0000-000000000000' was refused (ForbiddenError: "), "{err}");
    request_id_of(&err);
}

#[test]
fn a_version_the_service_rejects_exits_5_with_a_hint() {
    let w = World::new();
    let config = w.profile_with("v.toml", "x_ms_version = \"2012-03-01\"\n");
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 5);
    assert!(err.contains("(MissingOrIncorrectVersionHeader: "), "{err}");
    assert!(err.contains("hint: set x_ms_version"), "{err}");
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1, "a 400 is not retried");
}

#[test]
fn a_body_that_is_not_json_exits_8_with_the_request_id() {
    let w = World::new();
    for (job, message) in [
        ("notjson", "the service's response is not valid JSON"),
        ("htmlpage", "the service's response is not valid JSON"),
        ("wrongshape", "a JSON array where a job object was expected"),
    ] {
        let out = run(w.cmd().args(["job", "get", "faulty", job]));
        let err = assert_failure(&out, 8);
        assert!(err.contains(message), "{job}: {err}");
        request_id_of(&err);
    }
}

#[test]
fn an_untrusted_server_certificate_exits_6_with_the_ca_hint() {
    let w = World::new();
    // Without ca_certificate the system roots are used, which do not know the emulator's CA.
    let body: String = w
        .profile_body()
        .lines()
        .filter(|l| !l.starts_with("ca_certificate"))
        .map(|l| format!("{l}\n"))
        .collect();
    let config = w.write("noca.toml", format!("[profiles.p]\n{body}"), 0o600);
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 6);
    assert!(
        err.contains("the server certificate of 127.0.0.1:") && err.contains("is not trusted"),
        "{err}"
    );
    assert!(err.contains("hint: to trust a private CA"), "{err}");
    assert!(
        !err.contains("request id"),
        "no response, no request id: {err}"
    );
    assert_eq!(w.emulator.requests(), 0);
}

#[test]
fn a_refused_connection_exits_6() {
    let w = World::new();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let out = run(w.cmd().args([
        "--retries",
        "0",
        "--endpoint",
        &format!("https://127.0.0.1:{port}"),
        "job",
        "get",
        "myjc",
        "job1",
    ]));
    let err = assert_failure(&out, 6);
    assert!(
        err.contains(&format!(
            "cannot connect to 127.0.0.1:{port}: connection refused"
        )),
        "{err}"
    );
}

#[test]
fn a_ca_file_that_is_not_a_certificate_exits_7() {
    let w = World::new();
    let bad = w.write("bad-ca.pem", "hello", 0o644);
    let out = run(w
        .cmd()
        .arg("--ca-cert")
        .arg(&bad)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 7);
    assert!(
        err.contains("CA certificate") && err.contains("bad-ca.pem (flag --ca-cert)"),
        "{err}"
    );
}

#[test]
fn usage_errors_from_the_parser_get_the_prefix_and_exit_2() {
    let w = World::new();
    let out = run(w.cmd().args(["job", "get", "myjc"]));
    let err = assert_failure(&out, 2);
    assert!(err.contains("<JOB>"), "{err}");
    let out = run(w.cmd().args(["job", "get", "myjc", "job1", "--bogus"]));
    assert_failure(&out, 2);
}
