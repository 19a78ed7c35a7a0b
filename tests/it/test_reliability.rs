//! Reliability under a hostile network and a misbehaving service (SPEC §6, §7): every fault
//! ends in the right exit code and a message that says what happened, never a hang, a panic or
//! a wrong answer. Each test asserts the exit code, the message's key words and how many
//! requests the emulator saw. Time-bounded tests use `--request-timeout 1s` and few retries.

use std::process::Output;
use std::time::{Duration, Instant};

use schedctl_emulator::faults::{ConnectionMode, Fault};
use schedctl_emulator::pki::{ClientCert, KeyType, ServerCertKind};

use crate::common::*;
use crate::proxy::{Behaviour, Proxy};

/// How much longer than `--request-timeout` a bounded failure may take: process start-up,
/// loading the trust store, and a loaded machine.
const MARGIN: Duration = Duration::from_millis(2500);

/// Runs `schedctl [args] job get myjc job1` and times it.
fn get_job1(w: &World, args: &[&str]) -> (Output, Duration) {
    let mut cmd = w.cmd();
    cmd.args(args).args(["job", "get", "myjc", "job1"]);
    let started = Instant::now();
    let out = run(&mut cmd);
    (out, started.elapsed())
}

fn status(status: u16, retry_after: &str) -> Fault {
    Fault::Status {
        status,
        retry_after: Some(retry_after.into()),
    }
}

fn redirect(status: u16, location: String) -> Fault {
    Fault::Redirect { status, location }
}

fn first_line(err: &str) -> &str {
    err.lines().next().unwrap_or_default()
}

/// Like `assert_failure`, for runs with `-v`: trace lines come before the one error line.
#[track_caller]
fn assert_traced_failure(out: &Output, code: i32) -> String {
    assert_code(out, code);
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.matches("schedctl: error:").count(), 1, "{err}");
    err
}

fn error_line(err: &str) -> &str {
    err.lines()
        .find(|l| l.starts_with("schedctl: error: "))
        .unwrap_or_default()
}

// ---- retries -------------------------------------------------------------------------------

#[test]
fn two_503s_then_a_200_succeeds_after_exactly_3_requests() {
    let w = World::new();
    w.emulator.script([status(503, "0"), status(503, "0")]);
    let (out, _) = get_job1(&w, &["-v", "--field", "state"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    assert_eq!(w.emulator.requests(), 3);
    let err = stderr(&out);
    assert!(
        err.contains("schedctl: retrying in 0ms after 503 Service Unavailable (attempt 2 of 4)\n"),
        "{err}"
    );
    assert!(
        err.contains("schedctl: retrying in 0ms after 503 Service Unavailable (attempt 3 of 4)\n"),
        "{err}"
    );
    assert!(err.contains("(attempt 3)"), "{err}");
}

#[test]
fn a_400_is_never_retried() {
    let w = World::new();
    w.emulator.script([status(400, "0")]);
    let (out, _) = get_job1(&w, &[]);
    let err = assert_failure(&out, 5);
    assert!(
        first_line(&err).contains("(BadRequest: The request is invalid.)"),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn a_persistent_500_is_tried_retries_plus_one_times_then_exits_5() {
    let w = World::new();
    w.emulator.script(vec![status(500, "0"); 3]);
    let (out, _) = get_job1(&w, &["--retries", "2"]);
    let err = assert_failure(&out, 5);
    let first = first_line(&err);
    assert!(
        first.starts_with("schedctl: error: the service failed reading job 'job1' in collection 'myjc' (InternalError: The server encountered an internal error. Please retry the request.) (3 attempts in "),
        "{err}"
    );
    request_id_of(&err);
    assert!(err.contains("hint: the service may be busy"), "{err}");
    assert_eq!(w.emulator.requests(), 3);
}

#[test]
fn retries_come_from_the_config_file_too() {
    let w = World::new();
    let config = w.profile_with("retries.toml", "retries = 1\n");
    w.emulator.script(vec![status(503, "0"); 3]);
    let out = run(w
        .cmd_with_config(&config)
        .args(["job", "get", "myjc", "job1"]));
    let err = assert_failure(&out, 5);
    assert!(err.contains("(ServerBusy: "), "{err}");
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn retry_after_in_seconds_is_honoured() {
    let w = World::new();
    w.emulator.script([status(429, "1")]);
    let (out, elapsed) = get_job1(&w, &["-v", "--retries", "1", "--field", "id"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "job1\n");
    assert!(
        stderr(&out).contains(
            "schedctl: * Retry-After: 1\nschedctl: retrying in 1s after 429 Too Many Requests (attempt 2 of 2)\n"
        ),
        "{}",
        stderr(&out)
    );
    assert!(elapsed >= Duration::from_secs(1), "{elapsed:?}");
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn retry_after_as_an_http_date_is_honoured() {
    let w = World::new();
    let date = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    w.emulator.script([status(503, &date)]);
    let (out, elapsed) = get_job1(&w, &["-v", "--retries", "1", "--field", "id"]);
    assert_code(&out, 0);
    let err = stderr(&out);
    assert!(
        err.contains(&format!("schedctl: * Retry-After: {date}\n")),
        "{err}"
    );
    let waited = err
        .split("schedctl: retrying in ")
        .nth(1)
        .and_then(|rest| rest.split_once(" after 503 Service Unavailable (attempt 2 of 2)"))
        .map(|(waited, _)| waited)
        .unwrap_or_else(|| panic!("no retry line: {err}"));
    // Whole seconds, less the time schedctl took to start: at most 2 s.
    let waited = match waited.strip_suffix("ms") {
        Some(ms) => Duration::from_millis(ms.parse().unwrap()),
        None => Duration::from_secs_f64(waited.trim_end_matches('s').parse().unwrap()),
    };
    assert!(waited <= Duration::from_secs(2), "{waited:?}");
    // The line rounds to a tenth of a second.
    assert!(elapsed + Duration::from_millis(50) >= waited, "{elapsed:?}");
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn retries_0_makes_one_attempt() {
    let w = World::new();
    w.emulator.script([status(503, "0")]);
    let (out, _) = get_job1(&w, &["--retries", "0"]);
    let err = assert_failure(&out, 5);
    assert!(err.contains("(ServerBusy: "), "{err}");
    assert_eq!(w.emulator.requests(), 1);
}

// ---- redirects -----------------------------------------------------------------------------

#[test]
fn a_307_to_a_path_on_the_same_service_is_followed_and_traced() {
    let w = World::new();
    let moved = w.job_target("heartbeat");
    w.emulator.script([redirect(307, moved.clone())]);
    let (out, _) = get_job1(&w, &["-v", "--field", "id"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "heartbeat\n");
    let log = w.requests();
    assert_eq!(log.len(), 2);
    assert_eq!(log[1].target, moved);
    assert!(
        stderr(&out).contains(&format!(
            "following 307 to {}{moved}",
            w.emulator.endpoint()
        )),
        "{}",
        stderr(&out)
    );
}

#[test]
fn an_absolute_307_is_followed() {
    let w = World::new();
    let to = format!("{}{}", w.emulator.endpoint(), w.job_target("never-run"));
    w.emulator.script([redirect(307, to)]);
    let (out, _) = get_job1(&w, &["--field", "id"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "never-run\n");
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn a_307_to_http_is_refused_naming_the_location() {
    let w = World::new();
    let to = format!("http://{}{}", w.emulator.addr(), w.job_target("job1"));
    w.emulator.script([redirect(307, to.clone())]);
    let (out, _) = get_job1(&w, &[]);
    let err = assert_failure(&out, 5);
    assert_eq!(
        first_line(&err),
        format!("schedctl: error: the service redirected to {to}, which is not https; schedctl only follows redirects to the same scheme")
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn a_redirect_loop_stops_after_5_hops() {
    let w = World::new();
    let target = w.job_target("job1");
    w.emulator.script(vec![redirect(307, target.clone()); 10]);
    let (out, _) = get_job1(&w, &[]);
    let err = assert_failure(&out, 5);
    assert_eq!(
        first_line(&err),
        format!("schedctl: error: more than 5 redirects; the last one pointed to {target}")
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 6, "the first request and 5 hops");
}

#[test]
fn redirects_other_than_307_are_errors_naming_the_location() {
    for code in [301, 302, 308] {
        let w = World::new();
        w.emulator
            .script([redirect(code, "https://elsewhere.invalid/x".into())]);
        let (out, _) = get_job1(&w, &[]);
        let err = assert_failure(&out, 5);
        assert_eq!(
            first_line(&err),
            format!("schedctl: error: the service answered {code} with a redirect to https://elsewhere.invalid/x, which schedctl does not follow (only 307 is)")
        );
        request_id_of(&err);
        assert_eq!(w.emulator.requests(), 1);
    }
}

// ---- timeouts ------------------------------------------------------------------------------

fn assert_timed_out(out: &Output, elapsed: Duration, bound: Duration) -> String {
    let err = assert_failure(out, 6);
    assert!(
        first_line(&err).contains("within 1s (request timeout)"),
        "{err}"
    );
    assert!(elapsed < bound, "took {elapsed:?}, bound {bound:?}");
    err
}

#[test]
fn a_server_that_accepts_tcp_and_never_speaks_times_out_with_exit_6() {
    let w = World::configured(|b| b.connection_mode(ConnectionMode::HangBeforeTls));
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "1s", "--retries", "0"]);
    let err = assert_timed_out(&out, elapsed, Duration::from_secs(1) + MARGIN);
    assert!(!err.contains("request id"), "{err}");
    assert_eq!(w.emulator.connections(), 1);
    assert_eq!(w.emulator.requests(), 0);
}

#[test]
fn a_server_that_completes_tls_and_never_answers_times_out_with_exit_6() {
    let w = World::configured(|b| b.connection_mode(ConnectionMode::HangAfterTls));
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "1s", "--retries", "0"]);
    assert_timed_out(&out, elapsed, Duration::from_secs(1) + MARGIN);
    assert_eq!(w.emulator.connections(), 1);
}

#[test]
fn a_server_that_reads_the_request_and_hangs_times_out_with_exit_6() {
    let w = World::new();
    w.emulator.script([Fault::Hang]);
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "1s", "--retries", "0"]);
    assert_timed_out(&out, elapsed, Duration::from_secs(1) + MARGIN);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn the_request_timeout_covers_the_whole_body() {
    let w = World::new();
    w.emulator.script([Fault::StallMidBody]);
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "1s", "--retries", "0"]);
    let err = assert_timed_out(&out, elapsed, Duration::from_secs(1) + MARGIN);
    assert!(err.contains("while reading the response body"), "{err}");
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn timeouts_are_retried_and_bounded_by_attempts_times_the_timeout() {
    let w = World::new();
    w.emulator.script([Fault::Hang, Fault::Hang]);
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "1s", "--retries", "1"]);
    // Two attempts of 1 s, and at most 0.5 s of backoff before the second.
    assert_timed_out(&out, elapsed, Duration::from_millis(2500) + MARGIN);
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn latency_within_the_timeout_is_fine() {
    let w = World::new();
    w.emulator
        .script([Fault::Latency(Duration::from_millis(300))]);
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "5s", "--field", "id"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "job1\n");
    assert!(elapsed >= Duration::from_millis(300));
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn latency_beyond_the_timeout_times_out() {
    let w = World::new();
    w.emulator.script([Fault::Latency(Duration::from_secs(30))]);
    let (out, elapsed) = get_job1(&w, &["--request-timeout", "1s", "--retries", "0"]);
    assert_timed_out(&out, elapsed, Duration::from_secs(1) + MARGIN);
}

// ---- bodies --------------------------------------------------------------------------------

#[test]
fn a_body_over_16_mib_exits_8() {
    let w = World::new();
    w.emulator.script([Fault::HugeBody(17 * 1024 * 1024)]);
    let (out, _) = get_job1(&w, &[]);
    let err = assert_failure(&out, 8);
    assert_eq!(
        first_line(&err),
        "schedctl: error: the response body is larger than 16 MiB, the most schedctl accepts"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1, "an oversized body is not retried");
}

#[test]
fn a_body_just_under_the_limit_is_read_whole() {
    let w = World::new();
    w.emulator.script([Fault::HugeBody(16 * 1024 * 1024)]);
    let (out, _) = get_job1(&w, &["--field", "state"]);
    // 16 MiB of JSON arrives whole: the job has an id and no state, which prints empty.
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "\n");
}

#[test]
fn a_truncated_body_is_never_success() {
    let w = World::new();
    w.emulator.script([Fault::TruncatedBody]);
    let (out, _) = get_job1(&w, &["--retries", "0"]);
    let err = assert_failure(&out, 6);
    assert!(
        first_line(&err).contains("closed before the response was complete")
            && first_line(&err).ends_with("while reading the response body"),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn a_truncated_body_is_retried() {
    let w = World::new();
    w.emulator.script([Fault::TruncatedBody]);
    let (out, _) = get_job1(&w, &["--retries", "1", "--field", "id"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "job1\n");
    assert_eq!(w.emulator.requests(), 2);
}

#[test]
fn a_reset_mid_body_exits_6() {
    let w = World::new();
    w.emulator.script([Fault::ResetMidBody]);
    let (out, _) = get_job1(&w, &["--retries", "0"]);
    let err = assert_failure(&out, 6);
    // ureq reports a reset inside a body like any other early end of it.
    assert_eq!(
        first_line(&err),
        format!("schedctl: error: the connection to {} closed before the response was complete while reading the response body", w.emulator.addr())
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn a_200_that_is_not_json_exits_8() {
    let w = World::new();
    w.emulator.script([Fault::Body {
        status: 200,
        content_type: "application/json; charset=utf-8".into(),
        body: b"{\"id\":\"job1\",".to_vec(),
    }]);
    let (out, _) = get_job1(&w, &[]);
    let err = assert_failure(&out, 8);
    assert!(
        first_line(&err).contains("the service's response is not valid JSON"),
        "{err}"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

#[test]
fn an_html_page_from_a_proxy_is_shown_as_the_status_line_and_an_excerpt() {
    let w = World::new();
    w.emulator.script([Fault::Body {
        status: 502,
        content_type: "text/html".into(),
        body: b"<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>upstream timed out</p></body></html>".to_vec(),
    }]);
    let (out, _) = get_job1(&w, &["--retries", "0"]);
    let err = assert_failure(&out, 5);
    assert_eq!(
        first_line(&err),
        "schedctl: error: the service failed reading job 'job1' in collection 'myjc' (HTTP 502 Bad Gateway: 502 Bad Gateway Bad Gateway upstream timed out)"
    );
    request_id_of(&err);
    assert_eq!(w.emulator.requests(), 1);
}

// ---- classifying network failures ------------------------------------------------------------

#[test]
fn a_host_that_does_not_resolve_exits_6_without_retrying() {
    let w = World::new();
    let (out, elapsed) = get_job1(
        &w,
        &[
            "--endpoint",
            "https://schedctl-test.invalid",
            "--retries",
            "3",
            "-v",
        ],
    );
    let err = assert_traced_failure(&out, 6);
    assert_eq!(
        error_line(&err),
        "schedctl: error: cannot resolve host schedctl-test.invalid"
    );
    assert_eq!(
        err.matches("(attempt ").count(),
        1,
        "DNS failures are not retried: {err}"
    );
    assert!(elapsed < Duration::from_secs(1) + MARGIN);
}

#[test]
fn a_reset_before_tls_exits_6() {
    let w = World::configured(|b| b.connection_mode(ConnectionMode::ResetBeforeTls));
    let (out, _) = get_job1(&w, &["--retries", "0"]);
    let err = assert_failure(&out, 6);
    assert!(first_line(&err).contains("was reset"), "{err}");
    assert_eq!(w.emulator.requests(), 0);
}

#[test]
fn an_expired_server_certificate_exits_6() {
    let w = World::configured(|b| b.server_certificate(ServerCertKind::Expired));
    let (out, _) = get_job1(&w, &["--retries", "2"]);
    let err = assert_failure(&out, 6);
    assert_eq!(
        first_line(&err),
        format!(
            "schedctl: error: the server certificate of {} has expired",
            w.emulator.addr()
        )
    );
    assert_eq!(w.emulator.connections(), 1, "not retried");
    assert_eq!(w.emulator.requests(), 0);
}

#[test]
fn a_server_certificate_for_another_name_exits_6() {
    let w = World::configured(|b| b.server_certificate(ServerCertKind::WrongHost));
    let (out, _) = get_job1(&w, &["--retries", "2"]);
    let err = assert_failure(&out, 6);
    assert_eq!(
        first_line(&err),
        format!(
            "schedctl: error: the server certificate of {} is not valid for that host name",
            w.emulator.addr()
        )
    );
    assert!(err.contains("hint: check the endpoint URL"), "{err}");
    assert_eq!(w.emulator.connections(), 1, "not retried");
}

/// Writes a certificate the emulator does not know and returns the flags that use it.
fn stranger(w: &World) -> Vec<String> {
    let other = ClientCert::generate("stranger", KeyType::EcP256);
    let cert = w.write("stranger.pem", other.cert_pem(), 0o644);
    let key = w.write("stranger.key", other.key_pkcs8_pem(), 0o600);
    vec![
        "--cert".into(),
        cert.display().to_string(),
        "--key".into(),
        key.display().to_string(),
    ]
}

#[test]
fn a_tls_1_2_alert_refusing_the_client_certificate_exits_4() {
    let w = World::configured(|b| b.connection_mode(ConnectionMode::RefuseUnknownCertificates));
    let flags = stranger(&w);
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let (out, _) = get_job1(&w, &[&flags[..], &["--retries", "2"]].concat());
    let err = assert_failure(&out, 4);
    assert_eq!(
        first_line(&err),
        format!(
            "schedctl: error: {} refused the client certificate during the TLS handshake (alert bad certificate)",
            w.emulator.addr()
        )
    );
    assert!(
        err.contains("hint: check that the certificate is registered"),
        "{err}"
    );
    assert_eq!(w.emulator.connections(), 1, "not retried");
    assert_eq!(w.emulator.requests(), 0);

    // The registered certificate passes the same handshake.
    let (out, _) = get_job1(&w, &["--field", "id"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "job1\n");
}

#[test]
fn a_tls_1_3_reset_after_the_handshake_exits_6_with_a_certificate_hint() {
    let w = World::configured(|b| b.connection_mode(ConnectionMode::ResetUnknownCertificates));
    let flags = stranger(&w);
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    let (out, _) = get_job1(&w, &[&flags[..], &["--retries", "0"]].concat());
    let err = assert_failure(&out, 6);
    assert_eq!(
        first_line(&err),
        format!(
            "schedctl: error: the connection to {} was reset",
            w.emulator.addr()
        )
    );
    assert!(
        err.contains("hint: if this happens on every attempt, the server may be refusing the client certificate"),
        "{err}"
    );
    let (out, _) = get_job1(&w, &["--field", "id"]);
    assert_code(&out, 0);
}

// ---- proxies -------------------------------------------------------------------------------

const PROXY_USER: &str = "proxyuser:s3cret-proxy-pw";

fn via_proxy(w: &World, proxy: &Proxy, args: &[&str]) -> Output {
    let mut cmd = w.cmd();
    cmd.env("HTTPS_PROXY", proxy.url(Some(PROXY_USER)))
        .args(args)
        .args(["job", "get", "myjc", "job1"]);
    run(&mut cmd)
}

#[test]
fn a_proxy_that_answers_407_to_connect_exits_6_without_showing_credentials() {
    let w = World::new();
    let proxy = Proxy::start(Behaviour::Refuse(407));
    let out = via_proxy(&w, &proxy, &["-vv", "--retries", "2"]);
    let err = assert_traced_failure(&out, 6);
    assert_eq!(
        error_line(&err),
        format!(
            "schedctl: error: the proxy refused the tunnel to {}: it answered 407 Proxy Authentication Required",
            w.emulator.addr()
        )
    );
    assert!(
        err.contains("hint: check the proxy credentials in HTTPS_PROXY"),
        "{err}"
    );
    assert!(!err.contains("s3cret"), "{err}");
    assert!(err.contains("via proxy http://***@127.0.0.1:"), "{err}");
    let heads = proxy.heads();
    assert_eq!(heads.len(), 1, "not retried");
    assert!(heads[0].starts_with(&format!("CONNECT {} HTTP/1.1\r\n", w.emulator.addr())));
    assert!(
        heads[0].contains("Proxy-Authorization: Basic "),
        "{}",
        heads[0]
    );
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn a_proxy_that_answers_502_to_connect_exits_6() {
    let w = World::new();
    let proxy = Proxy::start(Behaviour::Refuse(502));
    let out = via_proxy(&w, &proxy, &["--retries", "0"]);
    let err = assert_failure(&out, 6);
    assert_eq!(
        first_line(&err),
        format!(
            "schedctl: error: the proxy refused the tunnel to {}: it answered 502 Bad Gateway",
            w.emulator.addr()
        )
    );
    assert!(!err.contains("s3cret"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn the_client_certificate_works_through_a_connect_tunnel() {
    let w = World::new();
    let proxy = Proxy::start(Behaviour::Tunnel);
    let out = via_proxy(&w, &proxy, &["-vv", "--field", "state"]);
    assert_code(&out, 0);
    assert_eq!(stdout(&out), "enabled\n");
    assert!(!stderr(&out).contains("s3cret"), "{}", stderr(&out));
    let heads = proxy.heads();
    assert_eq!(heads.len(), 1);
    assert!(heads[0].starts_with(&format!("CONNECT {} HTTP/1.1\r\n", w.emulator.addr())));
    let log = w.requests();
    assert_eq!(log.len(), 1);
    assert_eq!(
        log[0].client_thumbprint.as_deref(),
        Some(w.cert.thumbprint().as_str())
    );
}

#[test]
fn a_proxy_that_refuses_connections_is_named_without_credentials() {
    let w = World::new();
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut cmd = w.cmd();
    cmd.env(
        "HTTPS_PROXY",
        format!("http://{PROXY_USER}@127.0.0.1:{port}"),
    )
    .args(["--retries", "0", "job", "get", "myjc", "job1"]);
    let out = run(&mut cmd);
    let err = assert_failure(&out, 6);
    assert_eq!(
        first_line(&err),
        format!("schedctl: error: cannot connect to the proxy http://***@127.0.0.1:{port}: connection refused")
    );
    assert!(!err.contains("s3cret"), "{err}");
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn no_proxy_sends_the_endpoint_direct() {
    let w = World::new();
    let proxy = Proxy::start(Behaviour::Refuse(502));
    let mut cmd = w.cmd();
    cmd.env("HTTPS_PROXY", proxy.url(None))
        .env("NO_PROXY", "127.0.0.1")
        .args(["--field", "id", "job", "get", "myjc", "job1"]);
    let out = run(&mut cmd);
    assert_code(&out, 0);
    assert!(proxy.heads().is_empty());
    assert_eq!(w.emulator.requests(), 1);
}

// ---- traces --------------------------------------------------------------------------------

#[test]
fn v_traces_each_attempt_with_status_request_id_and_timing() {
    let w = World::new();
    w.emulator.script([status(503, "0")]);
    let (out, _) = get_job1(&w, &["-v", "--field", "id"]);
    assert_code(&out, 0);
    let err = stderr(&out);
    let url = format!("{}{}", w.emulator.endpoint(), w.job_target("job1"));
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 6, "{err}");
    assert_eq!(lines[0], format!("schedctl: > GET {url} (attempt 1)"));
    assert!(
        lines[1].starts_with("schedctl: < 503 (request id "),
        "{err}"
    );
    assert!(lines[1].ends_with(" ms)"), "{err}");
    assert_eq!(lines[2], "schedctl: * Retry-After: 0");
    assert_eq!(
        lines[3],
        "schedctl: retrying in 0ms after 503 Service Unavailable (attempt 2 of 4)"
    );
    assert_eq!(lines[4], format!("schedctl: > GET {url} (attempt 2)"));
    assert!(
        lines[5].starts_with("schedctl: < 200 (request id "),
        "{err}"
    );
    let ids: Vec<&str> = lines
        .iter()
        .filter_map(|l| l.split("request id ").nth(1))
        .map(|rest| &rest[..32])
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1]);
}

#[test]
fn vv_adds_headers_and_the_client_certificate_and_never_a_secret() {
    let w = World::new();
    let encrypted = w.write(
        "enc.key",
        w.cert.key_pkcs8_encrypted_pem("hunter2-secret"),
        0o600,
    );
    let mut cmd = w.cmd();
    cmd.env("SCHEDCTL_CERT_PASSWORD", "hunter2-secret")
        .arg("--cert")
        .arg(w.path("client.pem"))
        .arg("--key")
        .arg(&encrypted)
        .args(["-vv", "--field", "id", "job", "get", "myjc", "job1"]);
    let out = run(&mut cmd);
    assert_code(&out, 0);
    let err = stderr(&out);
    assert!(!err.contains("hunter2"), "{err}");
    assert!(
        err.contains(&format!(
            "schedctl: * client certificate CN=schedctl test (thumbprint {})",
            w.cert.thumbprint()
        )),
        "{err}"
    );
    assert!(
        err.contains("schedctl: > x-ms-version: 2013-06-01"),
        "{err}"
    );
    assert!(err.contains("schedctl: > user-agent: schedctl/"), "{err}");
    assert!(
        err.contains("schedctl: < content-type: application/json; charset=utf-8"),
        "{err}"
    );
    assert!(err.contains("schedctl: < x-ms-request-id: "), "{err}");
}
