//! Fault injection (SPEC §10): what a hostile network or a misbehaving
//! service does, on demand, so that tests can prove the client's answer.
//!
//! Two kinds: per-request [`Fault`]s that a test scripts with
//! [`crate::Emulator::script`] (consumed one per request, in order; requests
//! past the script are served normally), and connection-level
//! [`ConnectionMode`]s chosen on the [`crate::Builder`].
//!
//! Every wait here ends when the client goes away or the emulator is
//! dropped, so no thread outlives its test for long.

use std::collections::VecDeque;
use std::io::{self, Read, Write};
use std::net::TcpStream;
use std::os::fd::AsRawFd;
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use openssl::ssl::SslStream;

use crate::http::{reason, write_response, Response};
use crate::lock;
use crate::routes::{json_error, request_id, xml_error};

/// What to do with one request instead of (or before) answering it normally.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fault {
    /// Wait this long, then answer as usual.
    Latency(Duration),
    /// Answer with this status and the scheduler's JSON error envelope
    /// (`ServerBusy` for 503, `InternalError` for 500, …), with
    /// `Retry-After` when given (seconds or an HTTP date, sent as is).
    Status {
        /// The HTTP status.
        status: u16,
        /// The `Retry-After` value.
        retry_after: Option<String>,
    },
    /// Answer `status` (307 is the service's; others test what the client
    /// refuses) with this `Location`, taken as is (absolute or a path).
    Redirect {
        /// The HTTP status (3xx).
        status: u16,
        /// The `Location` header.
        location: String,
    },
    /// Answer with exactly this status, content type and body: an HTML page
    /// from a proxy, JSON that is not a job, bytes that are not JSON.
    Body {
        /// The HTTP status.
        status: u16,
        /// The `Content-Type` header.
        content_type: String,
        /// The body.
        body: Vec<u8>,
    },
    /// A 200 whose JSON body is this many bytes long, streamed in small
    /// pieces so the emulator's memory stays small.
    HugeBody(u64),
    /// The normal answer, announcing its full length but sending only half of
    /// the body, then closing the connection cleanly.
    TruncatedBody,
    /// The normal answer's head and half of its body, then a TCP reset.
    ResetMidBody,
    /// The normal answer's head and half of its body, then silence until the
    /// client gives up.
    StallMidBody,
    /// Read the request and never answer (a server that hangs after TLS).
    Hang,
    /// Answer `status` with a body nested `depth` levels deep: JSON
    /// (`{"id":"deep","nested":[[[…1…]]]}`) or XML (`<Resource>` for a 200,
    /// `<Error>` otherwise, holding `<Nested>` in `<Nested>`…). What a hostile
    /// or broken service may send to overflow a recursive parser's stack.
    DeepNesting {
        /// The HTTP status: 200 for a resource, 4xx/5xx for an error body.
        status: u16,
        /// XML rather than JSON.
        xml: bool,
        /// Levels of nesting, the root included.
        depth: usize,
    },
    /// A list or history page served as if `$skip` were 0: a service that
    /// ignores `$skip` sends the first page again and again.
    PageIgnoresSkip,
    /// A list or history page with this many items more than `$top` asked for
    /// (past the service's own page size too).
    PageExceedsTop(usize),
    /// Answer `status` with an error envelope carrying exactly this code and
    /// message, control characters and line breaks included: JSON (the
    /// scheduler's `{"error":{…}}`, controls as `\u001b`) or XML (the front
    /// end's `<Error>`, controls as character references such as `&#x1b;`).
    ErrorMessage {
        /// The HTTP status.
        status: u16,
        /// The front end's XML rather than the scheduler's JSON.
        xml: bool,
        /// `Code`.
        code: String,
        /// `Message`.
        message: String,
    },
}

impl Fault {
    /// How a page fault changes the list and history routes; `None` for
    /// every other fault.
    pub(crate) fn paging(&self) -> Option<crate::routes::PageTweak> {
        match self {
            Fault::PageIgnoresSkip => Some(crate::routes::PageTweak::IgnoreSkip),
            Fault::PageExceedsTop(extra) => Some(crate::routes::PageTweak::Extra(*extra)),
            _ => None,
        }
    }
}

/// How every connection is treated, before any request is read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ConnectionMode {
    /// The service's behaviour.
    #[default]
    Normal,
    /// Accept TCP and never speak: the TLS handshake never completes.
    HangBeforeTls,
    /// Accept TCP and reset it at once.
    ResetBeforeTls,
    /// Complete the TLS handshake and never answer.
    HangAfterTls,
    /// TLS 1.2 only, refusing a missing or unregistered client certificate
    /// in the handshake with an alert (`bad_certificate`).
    RefuseUnknownCertificates,
    /// TLS 1.3 (as negotiated by a modern client): complete the handshake,
    /// then, for a missing or unregistered certificate, read the request and
    /// reset the connection: what a client sees as a reset on its first read.
    ResetUnknownCertificates,
}

/// The fault state shared by all connections of one emulator.
#[derive(Debug, Default)]
pub(crate) struct Faults {
    pub(crate) mode: ConnectionMode,
    script: Mutex<VecDeque<Fault>>,
    stopped: Mutex<bool>,
    stop: Condvar,
}

impl Faults {
    pub(crate) fn new(mode: ConnectionMode) -> Faults {
        Faults {
            mode,
            ..Faults::default()
        }
    }

    /// Appends faults to the script.
    pub(crate) fn script(&self, faults: impl IntoIterator<Item = Fault>) {
        lock(&self.script).extend(faults);
    }

    /// Faults not consumed yet.
    pub(crate) fn pending(&self) -> usize {
        lock(&self.script).len()
    }

    /// The fault for the next request, if any.
    pub(crate) fn next(&self) -> Option<Fault> {
        lock(&self.script).pop_front()
    }

    /// Wakes every [`Faults::pause`].
    pub(crate) fn stop(&self) {
        *lock(&self.stopped) = true;
        self.stop.notify_all();
    }

    /// Waits `d`, or less if the emulator stops; false when it stopped.
    fn pause(&self, d: Duration) -> bool {
        let stopped = lock(&self.stopped);
        let (stopped, _) = self
            .stop
            .wait_timeout_while(stopped, d, |s| !*s)
            .unwrap_or_else(|e| e.into_inner());
        !*stopped
    }
}

/// What the connection does after a request was handled.
pub(crate) enum After {
    /// Read the next request.
    Continue,
    /// Close the connection cleanly (TLS close_notify, then FIN).
    Close,
    /// Drop the connection without a word: the socket was set to reset.
    Reset,
}

/// Answers one request under `fault`; `normal` computes the usual answer.
pub(crate) fn answer(
    faults: &Faults,
    tls: &mut SslStream<TcpStream>,
    fault: Fault,
    normal: impl FnOnce() -> Response,
) -> After {
    let sent = match fault {
        Fault::Latency(d) => {
            if !faults.pause(d) {
                return After::Close;
            }
            write_response(tls, &normal(), false)
        }
        Fault::Status {
            status,
            retry_after,
        } => {
            let (code, message) = status_error(status);
            let mut resp = json_error(status, code, message);
            if let Some(v) = retry_after {
                resp = resp.header("Retry-After", v);
            }
            write_response(tls, &resp, false)
        }
        Fault::Redirect { status, location } => {
            let resp = Response::new(status, Vec::new())
                .header("Location", location)
                .header("x-ms-request-id", request_id());
            write_response(tls, &resp, false)
        }
        Fault::Body {
            status,
            content_type,
            body,
        } => {
            let resp = Response::new(status, body)
                .header("Content-Type", content_type)
                .header("x-ms-request-id", request_id());
            write_response(tls, &resp, false)
        }
        Fault::HugeBody(len) => {
            let resp = Response::new(200, Vec::new())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("x-ms-request-id", request_id());
            let _ = write_huge(tls, &resp, len);
            return After::Close;
        }
        Fault::TruncatedBody => {
            let _ = write_half(tls, &normal());
            return After::Close;
        }
        Fault::ResetMidBody => {
            let _ = write_half(tls, &normal());
            reset(tls.get_ref());
            return After::Reset;
        }
        Fault::StallMidBody => {
            if write_half(tls, &normal()).is_ok() {
                drain(tls);
            }
            return After::Close;
        }
        Fault::Hang => {
            drain(tls);
            return After::Close;
        }
        Fault::DeepNesting { status, xml, depth } => {
            let (content_type, body) = deep_body(status, xml, depth);
            let resp = Response::new(status, body)
                .header("Content-Type", content_type)
                .header("x-ms-request-id", request_id());
            write_response(tls, &resp, false)
        }
        // The routes apply the page faults themselves: see `Fault::paging`.
        Fault::PageIgnoresSkip | Fault::PageExceedsTop(_) => write_response(tls, &normal(), false),
        Fault::ErrorMessage {
            status,
            xml,
            code,
            message,
        } => {
            let resp = if xml {
                xml_error(status, &code, &message)
            } else {
                json_error(status, &code, &message)
            };
            write_response(tls, &resp, false)
        }
    };
    match sent {
        Ok(()) => After::Continue,
        Err(_) => After::Close,
    }
}

/// The scheduler's error code and message for a status.
fn status_error(status: u16) -> (&'static str, &'static str) {
    match status {
        400 => ("BadRequest", "The request is invalid."),
        408 => ("RequestTimeout", "The request timed out."),
        409 => (
            "ConflictError",
            "The request conflicts with the resource's state.",
        ),
        429 => ("TooManyRequests", "The request rate is too high."),
        500 => (
            "InternalError",
            "The server encountered an internal error. Please retry the request.",
        ),
        503 => (
            "ServerBusy",
            "The server is currently unable to receive requests. Please retry your request.",
        ),
        504 => (
            "OperationTimedOut",
            "The operation could not be completed within the permitted time.",
        ),
        _ => ("Error", "The request failed."),
    }
}

/// The content type and body of [`Fault::DeepNesting`].
fn deep_body(status: u16, xml: bool, depth: usize) -> (&'static str, Vec<u8>) {
    let inner = depth.saturating_sub(1);
    if xml {
        let root = if status == 200 { "Resource" } else { "Error" };
        let mut body = format!("<{root} xmlns=\"http://schemas.microsoft.com/windowsazure\">");
        body.push_str(&"<Nested>".repeat(inner));
        body.push_str(&"</Nested>".repeat(inner));
        body.push_str(&format!("</{root}>"));
        ("application/xml; charset=utf-8", body.into_bytes())
    } else {
        let inner = inner.saturating_sub(1);
        let body = format!(
            "{{\"id\":\"deep\",\"nested\":[{}1{}]}}",
            "[".repeat(inner),
            "]".repeat(inner)
        );
        ("application/json; charset=utf-8", body.into_bytes())
    }
}

/// The head of `resp` with a chosen `Content-Length`.
fn head(resp: &Response, content_length: u64) -> Vec<u8> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status));
    for (n, v) in &resp.headers {
        head.push_str(&format!("{n}: {v}\r\n"));
    }
    head.push_str(&format!("Content-Length: {content_length}\r\n\r\n"));
    head.into_bytes()
}

/// Writes the head announcing the whole body, and half of the body.
fn write_half<S: Write>(stream: &mut S, resp: &Response) -> io::Result<()> {
    stream.write_all(&head(resp, resp.body.len() as u64))?;
    stream.write_all(&resp.body[..resp.body.len() / 2])?;
    stream.flush()
}

/// Streams a JSON object `len` bytes long (`{"id":"xxx…"}`), until done or
/// until the client stops reading.
fn write_huge<S: Write>(stream: &mut S, resp: &Response, len: u64) -> io::Result<()> {
    const OPEN: &[u8] = b"{\"id\":\"";
    const CLOSE: &[u8] = b"\"}";
    let len = len.max((OPEN.len() + CLOSE.len()) as u64);
    stream.write_all(&head(resp, len))?;
    stream.write_all(OPEN)?;
    let chunk = [b'x'; 64 * 1024];
    let mut left = len - (OPEN.len() + CLOSE.len()) as u64;
    while left > 0 {
        let n = left.min(chunk.len() as u64) as usize;
        stream.write_all(&chunk[..n])?;
        left -= n as u64;
    }
    stream.write_all(CLOSE)?;
    stream.flush()
}

/// Reads and discards until the peer closes, the socket fails, or it is
/// shut down by the emulator's drop.
pub(crate) fn drain<S: Read>(stream: &mut S) {
    let mut buf = [0u8; 4096];
    loop {
        match stream.read(&mut buf) {
            Ok(0) => return,
            Ok(_) => {}
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(_) => return,
        }
    }
}

/// Makes the socket's close send a TCP reset (`SO_LINGER` with a zero
/// timeout); the reset goes out when the connection's last handle closes.
pub(crate) fn reset(tcp: &TcpStream) {
    let linger = libc::linger {
        l_onoff: 1,
        l_linger: 0,
    };
    // SAFETY: a valid socket descriptor and a correctly sized option value.
    unsafe {
        libc::setsockopt(
            tcp.as_raw_fd(),
            libc::SOL_SOCKET,
            libc::SO_LINGER,
            (&linger as *const libc::linger).cast(),
            std::mem::size_of::<libc::linger>() as libc::socklen_t,
        );
    }
}
