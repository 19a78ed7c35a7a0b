//! A small HTTP/1.1 server-side codec: reads one request (head and
//! `Content-Length` body) from a stream, writes one response.
//!
//! Kept free of routing so that later fault injection (latency, truncated or
//! huge bodies, resets) can wrap [`write_response`] or replace it.

use std::io::{self, Read, Write};
use std::time::{Duration, UNIX_EPOCH};

/// Largest request head accepted (request line and headers).
pub const MAX_HEAD: usize = 64 * 1024;
/// Largest request body read (the service's GETs carry none).
pub const MAX_BODY: usize = 1024 * 1024;
const MAX_HEADERS: usize = 100;

/// A parsed request.
#[derive(Clone, Debug)]
pub struct Request {
    /// `GET`, `PUT`, …
    pub method: String,
    /// The request target as received (path and query, still percent-encoded).
    pub target: String,
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    pub version: u8,
    /// Header names and values in the order received.
    pub headers: Vec<(String, String)>,
    /// The body (empty for the service's GETs).
    pub body: Vec<u8>,
}

impl Request {
    /// The first header named `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Whether the connection should stay open after this request.
    pub fn keep_alive(&self) -> bool {
        let tokens = |v: &str, t: &str| v.split(',').any(|x| x.trim().eq_ignore_ascii_case(t));
        let conn = self
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("connection"))
            .map(|(_, v)| v.as_str());
        let mut close = false;
        let mut keep = false;
        for v in conn {
            close |= tokens(v, "close");
            keep |= tokens(v, "keep-alive");
        }
        if self.version == 0 {
            keep && !close
        } else {
            !close
        }
    }
}

/// Why no request could be read.
#[derive(Debug)]
pub enum ReadError {
    /// The peer closed the connection (cleanly, between requests).
    Closed,
    /// A socket or TLS error (including read timeouts).
    Io(io::Error),
    /// Bytes that are not an HTTP/1.x request; answer with this status and
    /// close (400 bad syntax, 431 head too large, 413 body too large, 501
    /// unsupported transfer coding).
    Bad(u16),
}

/// Reads one request. `buf` carries bytes read past the previous request
/// (pipelining) and receives those past this one.
pub fn read_request<S: Read>(stream: &mut S, buf: &mut Vec<u8>) -> Result<Request, ReadError> {
    let mut chunk = [0u8; 8192];
    loop {
        if !buf.is_empty() {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut req = httparse::Request::new(&mut headers);
            match req.parse(buf) {
                Ok(httparse::Status::Complete(head_len)) => {
                    let method = req.method.unwrap_or("").to_string();
                    let target = req.path.unwrap_or("").to_string();
                    let version = req.version.unwrap_or(1);
                    let headers: Vec<(String, String)> = req
                        .headers
                        .iter()
                        .map(|h| {
                            (
                                h.name.to_string(),
                                String::from_utf8_lossy(h.value).into_owned(),
                            )
                        })
                        .collect();
                    buf.drain(..head_len);
                    let mut request = Request {
                        method,
                        target,
                        version,
                        headers,
                        body: Vec::new(),
                    };
                    if request.header("transfer-encoding").is_some() {
                        return Err(ReadError::Bad(501));
                    }
                    let len = match request.header("content-length") {
                        None => 0,
                        Some(v) => v.trim().parse::<usize>().map_err(|_| ReadError::Bad(400))?,
                    };
                    if len > MAX_BODY {
                        return Err(ReadError::Bad(413));
                    }
                    while buf.len() < len {
                        let n = stream.read(&mut chunk).map_err(ReadError::Io)?;
                        if n == 0 {
                            return Err(ReadError::Closed);
                        }
                        buf.extend_from_slice(&chunk[..n]);
                    }
                    request.body = buf.drain(..len).collect();
                    return Ok(request);
                }
                Ok(httparse::Status::Partial) => {
                    if buf.len() > MAX_HEAD {
                        return Err(ReadError::Bad(431));
                    }
                }
                Err(httparse::Error::TooManyHeaders) => return Err(ReadError::Bad(431)),
                Err(_) => return Err(ReadError::Bad(400)),
            }
        }
        let n = match stream.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(ReadError::Io(e)),
        };
        if n == 0 {
            return if buf.is_empty() {
                Err(ReadError::Closed)
            } else {
                Err(ReadError::Bad(400))
            };
        }
        buf.extend_from_slice(&chunk[..n]);
    }
}

/// A response to write.
#[derive(Clone, Debug)]
pub struct Response {
    /// Status code.
    pub status: u16,
    /// Headers other than `Content-Length` and `Connection` (added on write).
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: Vec<u8>,
    /// Close the connection after this response.
    pub close: bool,
}

impl Response {
    /// A response with no headers yet.
    pub fn new(status: u16, body: Vec<u8>) -> Response {
        Response {
            status,
            headers: Vec::new(),
            body,
            close: false,
        }
    }

    /// Adds a header.
    pub fn header(mut self, name: &str, value: impl Into<String>) -> Response {
        self.headers.push((name.to_string(), value.into()));
        self
    }
}

/// The reason phrase HTTP.sys sends for a status.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        307 => "Temporary Redirect",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Request Entity Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Unknown",
    }
}

/// Writes `resp` (head and body) and flushes. `head_only` omits the body
/// (responses to HEAD).
pub fn write_response<S: Write>(
    stream: &mut S,
    resp: &Response,
    head_only: bool,
) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status));
    for (n, v) in &resp.headers {
        head.push_str(n);
        head.push_str(": ");
        head.push_str(v);
        head.push_str("\r\n");
    }
    head.push_str(&format!("Content-Length: {}\r\n", resp.body.len()));
    if resp.close {
        head.push_str("Connection: close\r\n");
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    if !head_only {
        out.extend_from_slice(&resp.body);
    }
    stream.write_all(&out)?;
    stream.flush()
}

/// An HTTP-date (`Sun, 06 Nov 1994 08:49:37 GMT`) for a Unix time (one before 1970, which
/// no fixture uses, is written as the epoch).
pub fn http_date(unix: i64) -> String {
    let since_epoch = Duration::from_secs(u64::try_from(unix).unwrap_or(0));
    httpdate::fmt_http_date(UNIX_EPOCH + since_epoch)
}

/// Decodes `%XX` escapes (not `+`). `None` for a malformed escape or bytes
/// that are not UTF-8 (percent-encoding alone would pass a malformed escape through).
pub fn percent_decode(s: &str) -> Option<String> {
    let malformed = s.match_indices('%').any(|(i, _)| {
        !s.as_bytes()
            .get(i + 1..i + 3)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit))
    });
    if malformed {
        return None;
    }
    let decoded = percent_encoding::percent_decode_str(s).decode_utf8().ok()?;
    Some(decoded.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(http_date(784_111_777), "Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(http_date(1_413_499_761), "Thu, 16 Oct 2014 22:49:21 GMT");
    }

    #[test]
    fn decoding() {
        assert_eq!(percent_decode("a%2Fb%20c").as_deref(), Some("a/b c"));
        assert_eq!(percent_decode("%E2%82%AC").as_deref(), Some("€"));
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%FF"), None);
    }

    #[test]
    fn pipelined_requests_and_garbage() {
        let data = b"GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc".to_vec();
        let mut src = std::io::Cursor::new(data);
        let mut buf = Vec::new();
        let a = read_request(&mut src, &mut buf).unwrap();
        assert_eq!(a.target, "/a");
        assert!(a.keep_alive());
        let b = read_request(&mut src, &mut buf).unwrap();
        assert_eq!((b.target.as_str(), b.body.as_slice()), ("/b", &b"abc"[..]));
        assert!(!b.keep_alive());
        assert!(matches!(
            read_request(&mut src, &mut buf),
            Err(ReadError::Closed)
        ));
        let mut junk = std::io::Cursor::new(b"\x16\x03\x01garbage\r\n\r\n".to_vec());
        assert!(matches!(
            read_request(&mut junk, &mut Vec::new()),
            Err(ReadError::Bad(400))
        ));
        let mut cl = std::io::Cursor::new(b"GET / HTTP/1.1\r\nContent-Length: x\r\n\r\n".to_vec());
        assert!(matches!(
            read_request(&mut cl, &mut Vec::new()),
            Err(ReadError::Bad(400))
        ));
    }
}
