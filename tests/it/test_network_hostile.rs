//! Hostile input from the network and the environment: proxy URLs with credentials of every
//! shape, proxies that fail or are not proxies, redirects elsewhere, trust settings of a
//! `TRUSTED CERTIFICATE`, and traces of outside text.

use std::process::Output;

use schedctl_emulator::faults::Fault;

use crate::common::*;
use crate::proxy::{Behaviour, Proxy};

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// `job get myjc job1` with `var=value` and `args`.
fn get_with_env(w: &World, var: &str, value: &str, args: &[&str]) -> Output {
    let mut cmd = w.cmd();
    cmd.env(var, value)
        .args(["--retries", "0"])
        .args(args)
        .args(["job", "get", "myjc", "job1"]);
    run(&mut cmd)
}

/// The failure's error line, after any trace lines; checks there is exactly one.
#[track_caller]
fn error_line(out: &Output, code: i32) -> String {
    assert_code(out, code);
    assert!(out.stdout.is_empty(), "stdout: {}", stdout(out));
    let err = stderr(out);
    assert_eq!(err.matches("schedctl: error:").count(), 1, "{err}");
    err.lines()
        .find(|l| l.starts_with("schedctl: error: "))
        .unwrap()
        .to_string()
}

#[track_caller]
fn assert_nowhere(out: &Output, secrets: &[&str]) {
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    for secret in secrets {
        assert!(!all.contains(secret), "{secret:?} shown in:\n{all}");
    }
}

// ---- proxy credentials ---------------------------------------------------------------------

#[test]
fn proxy_passwords_of_every_shape_never_show_in_errors_or_traces() {
    let w = World::new();
    let port = closed_port();
    // (user info, the secrets it holds as written and as meant, the exit code)
    let shapes: [(&str, &[&str], i32); 8] = [
        ("user:pa/ss", &["pa/ss", "ss@"], 7),
        ("user:p@ss", &["p@ss", "ss@"], 6),
        ("user:pa#ss", &["pa#ss", "ss@"], 7),
        ("user:pa:ss", &["pa:ss", ":ss"], 6),
        ("user:p%2Fs%40s", &["p%2Fs%40s", "p/s@s", "%40s"], 6),
        ("user:pa?ss#x", &["pa?ss", "ss#x"], 7),
        ("lonelyproxyuser", &["lonelyproxyuser"], 6),
        ("user:s3cret", &["s3cret"], 6),
    ];
    for (userinfo, secrets, code) in shapes {
        for var in ["HTTPS_PROXY", "ALL_PROXY", "https_proxy", "all_proxy"] {
            for verbosity in ["-v", "-vv"] {
                let url = format!("http://{userinfo}@127.0.0.1:{port}");
                let out = get_with_env(&w, var, &url, &[verbosity]);
                let line = error_line(&out, code);
                assert!(line.contains("http://***@127.0.0.1:"), "{line}");
                assert!(
                    stderr(&out).contains("via proxy http://***@127.0.0.1:"),
                    "{url}"
                );
                assert_nowhere(&out, secrets);
            }
        }
    }
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn unsupported_proxy_schemes_are_refused_without_their_password() {
    let w = World::new();
    for url in [
        "socks5://user:pa/ss@127.0.0.1:1080",
        "socks5h://user:p@ss@127.0.0.1:1080",
        "socks4://user:pa:ss@127.0.0.1:1080",
    ] {
        let out = get_with_env(&w, "HTTPS_PROXY", url, &["-vv"]);
        let line = error_line(&out, 7);
        assert!(
            line.starts_with("schedctl: error: SOCKS proxies are not supported: socks"),
            "{line}"
        );
        assert!(line.ends_with("://***@127.0.0.1:1080"), "{line}");
        assert_nowhere(&out, &["pa/ss", "p@ss", "pa:ss", "ss@"]);
    }
    assert_eq!(w.emulator.connections(), 0);
}

// ---- failures of the proxy itself ----------------------------------------------------------

#[test]
fn a_proxy_that_cannot_be_resolved_is_named_not_the_endpoint() {
    let w = World::new();
    let out = get_with_env(&w, "HTTPS_PROXY", "http://proxy.invalid:3128", &[]);
    assert_eq!(
        error_line(&out, 6),
        "schedctl: error: cannot resolve the proxy http://proxy.invalid:3128"
    );
    assert!(stderr(&out).contains("hint: check HTTPS_PROXY / ALL_PROXY"));
    let out = get_with_env(
        &w,
        "ALL_PROXY",
        "http://user:pa/ss@word@proxy.invalid:3128",
        &["-vv"],
    );
    // Not a valid URL with its `/` unencoded: a configuration error, still without it.
    assert_eq!(
        error_line(&out, 7),
        "schedctl: error: the proxy URL in HTTPS_PROXY/ALL_PROXY is not valid: http://***@proxy.invalid:3128"
    );
    assert!(stderr(&out).contains("hint: percent-encode"));
    assert_nowhere(&out, &["pa/ss", "word@"]);
    let out = get_with_env(
        &w,
        "ALL_PROXY",
        "http://user:p%40ss@proxy.invalid:3128",
        &["-v"],
    );
    assert_eq!(
        error_line(&out, 6),
        "schedctl: error: cannot resolve the proxy http://***@proxy.invalid:3128"
    );
    assert_nowhere(&out, &["p%40ss", "p@ss"]);
    assert_eq!(w.emulator.connections(), 0);
}

#[test]
fn a_tls_server_used_as_an_http_proxy_is_named() {
    let w = World::new();
    let other = World::new();
    let proxy = format!("http://{}", other.emulator.addr());
    let out = get_with_env(&w, "HTTPS_PROXY", &proxy, &[]);
    let line = error_line(&out, 6);
    assert!(
        line.starts_with(&format!("schedctl: error: the proxy {proxy} ")),
        "{line}"
    );
    assert_eq!(w.emulator.connections(), 0);
    assert_eq!(other.emulator.requests(), 0);
}

#[test]
fn a_proxy_that_answers_garbage_is_named() {
    let w = World::new();
    let proxy = Proxy::start(Behaviour::Garbage);
    let url = proxy.url(Some("user:s3cret%2Fpw"));
    let out = get_with_env(&w, "HTTPS_PROXY", &url, &["-vv"]);
    let line = error_line(&out, 6);
    assert!(line.contains("the proxy http://***@127.0.0.1:"), "{line}");
    assert_nowhere(&out, &["s3cret", "\u{1b}"]);
    assert_eq!(proxy.heads().len(), 1);
    assert_eq!(w.emulator.connections(), 0);
}

// ---- redirects -----------------------------------------------------------------------------

fn redirect_to(w: &World, location: &str, args: &[&str]) -> Output {
    w.emulator.script([Fault::Redirect {
        status: 307,
        location: location.to_string(),
    }]);
    let mut cmd = w.cmd();
    cmd.args(["--retries", "0"])
        .args(args)
        .args(["job", "get", "myjc", "job1", "--field", "id"]);
    run(&mut cmd)
}

#[test]
fn a_307_to_another_host_or_port_is_refused_and_nothing_is_sent_there() {
    let w = World::new();
    let other = World::new();
    let port = w.emulator.addr().port();
    let target = w.job_target("job1");
    for location in [
        format!("{}{target}", other.emulator.endpoint()),
        format!("//{}{target}", other.emulator.addr()),
        format!("https://localhost:{port}{target}"),
        format!("//localhost:{port}{target}"),
        format!("https://127.0.0.1:{}{target}", other.emulator.addr().port()),
        format!("https://127.0.0.1{target}"),
    ] {
        let before = w.emulator.requests();
        let out = redirect_to(&w, &location, &["-v"]);
        assert_eq!(
            error_line(&out, 5),
            format!("schedctl: error: the service redirected to {location}, which is not 127.0.0.1:{port}; schedctl only follows redirects to the same scheme, host and port")
        );
        assert!(!stderr(&out).contains("following 307"), "{}", stderr(&out));
        assert_eq!(w.emulator.requests(), before + 1, "{location}");
    }
    assert_eq!(other.emulator.connections(), 0);
}

#[test]
fn a_307_with_user_information_is_refused_without_showing_it() {
    let w = World::new();
    let location = format!(
        "https://user:s3cret@{}{}",
        w.emulator.addr(),
        w.job_target("heartbeat")
    );
    let out = redirect_to(&w, &location, &[]);
    let line = error_line(&out, 5);
    assert!(
        line.starts_with("schedctl: error: the service redirected to https://***@127.0.0.1:"),
        "{line}"
    );
    assert!(
        line.ends_with(", a URL with user information; schedctl does not follow it"),
        "{line}"
    );
    assert_nowhere(&out, &["s3cret"]);
    assert_eq!(w.emulator.requests(), 1);
}

/// Every shape of redirect that names its Location (not https, another status than 307)
/// shows it redacted, in the error and in the `-vv` header trace.
#[test]
fn a_redirect_location_with_a_password_is_never_shown_whatever_is_refused() {
    let w = World::new();
    let target = w.job_target("heartbeat");
    for (status, location) in [
        (
            307,
            format!("http://user:s3cret@{}{target}", w.emulator.addr()),
        ),
        (
            302,
            format!("https://user:s3cret@{}{target}", w.emulator.addr()),
        ),
        (307, format!("https://user:s3/cret@other.example{target}")),
    ] {
        w.emulator.script([Fault::Redirect {
            status,
            location: location.clone(),
        }]);
        let out = run(w
            .cmd()
            .args(["-vv", "--retries", "0"])
            .args(["job", "get", "myjc", "job1", "--field", "id"]));
        let line = error_line(&out, 5);
        assert!(line.contains("***@"), "{line}");
        assert!(
            stderr(&out).contains("schedctl: < location: "),
            "{}",
            stderr(&out)
        );
        assert_nowhere(&out, &["s3cret", "s3/cret", "user:"]);
    }
}

#[test]
fn relative_and_network_path_307s_to_the_same_service_are_followed() {
    let w = World::new();
    let moved = w.job_target("heartbeat");
    for location in [
        "heartbeat?api-version=2014-04-01".to_string(),
        "./../jobs/heartbeat?api-version=2014-04-01".to_string(),
        format!("//{}{moved}", w.emulator.addr()),
        format!("/x/../{}", moved.trim_start_matches('/')),
        format!("HTTPS://{}{moved}#fragment", w.emulator.addr()),
    ] {
        let before = w.emulator.requests();
        let out = redirect_to(&w, &location, &["-v"]);
        assert_code(&out, 0);
        assert_eq!(stdout(&out), "heartbeat\n", "{location}");
        let log = w.requests();
        assert_eq!(log.len() as u64, before + 2);
        assert_eq!(log.last().unwrap().target, moved, "{location}");
    }
}

#[test]
fn a_hostile_location_is_shown_escaped_in_errors_and_traces() {
    let w = World::new();
    // A C0 control is no valid header byte (the response would be invalid HTTP); a C1
    // control and a bidi override travel as UTF-8.
    let location = "https://evil\u{202e}moc.example/\u{9b}2Jx";
    let out = redirect_to(&w, location, &["-vv"]);
    let err = stderr(&out);
    let line = error_line(&out, 5);
    assert!(
        line.starts_with(
            "schedctl: error: the service redirected to https://evil\\u{202e}moc.example/"
        ),
        "{line}"
    );
    assert!(!err.contains('\u{202e}'), "{err}");
    assert!(!err.contains('\u{9b}'), "{err}");
    assert!(err.contains("moc.example/\\u{9b}2Jx"), "{err}");
    assert!(
        err.contains("schedctl: < location: https://evil\\u{202e}moc.example/"),
        "{err}"
    );
}

#[test]
fn a_proxy_url_with_controls_is_shown_escaped() {
    let w = World::new();
    let out = get_with_env(
        &w,
        "HTTPS_PROXY",
        "http://u:pw\u{1b}[8m@pro\u{1b}[2Jxy.invalid\u{202e}:3128",
        &["-v"],
    );
    let line = error_line(&out, 7);
    assert_eq!(
        line,
        "schedctl: error: the proxy URL in HTTPS_PROXY/ALL_PROXY is not valid: http://***@pro\\u{1b}[2Jxy.invalid\\u{202e}:3128"
    );
    let err = stderr(&out);
    assert!(
        err.contains("via proxy http://***@pro\\u{1b}[2Jxy.invalid\\u{202e}:3128"),
        "{err}"
    );
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{202e}'),
        "{err}"
    );
    assert_nowhere(&out, &["pw"]);
}

#[test]
fn a_proxy_that_never_answers_connect_is_named_after_the_request_timeout() {
    let w = World::new();
    let proxy = Proxy::start(Behaviour::Silent);
    let url = proxy.url(Some("user:s3cret%40x"));
    let out = get_with_env(&w, "HTTPS_PROXY", &url, &["--request-timeout", "1s"]);
    let line = error_line(&out, 6);
    assert!(
        line.starts_with("schedctl: error: no answer from the proxy http://***@127.0.0.1:"),
        "{line}"
    );
    assert!(line.ends_with(" within 1s (request timeout)"), "{line}");
    assert_nowhere(&out, &["s3cret"]);
    assert_eq!(proxy.heads().len(), 1, "one attempt with --retries 0");
    assert_eq!(w.emulator.connections(), 0);
}
