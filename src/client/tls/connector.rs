//! The TLS step of ureq's connector chain: the handshake over OpenSSL with host name checks,
//! and the established stream as a ureq transport.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

use openssl::ssl::{HandshakeError, SslContext, SslStream};
use openssl::x509::verify::X509CheckFlags;
use openssl::x509::X509VerifyResult;
use ureq::unversioned::transport::time::{Duration as UDuration, Instant as UInstant};
use ureq::unversioned::transport::{
    Buffers, ConnectionDetails, Connector, Either, LazyBuffers, NextTimeout, Transport,
    TransportAdapter,
};

/// The TLS step of ureq's connector chain.
pub struct OpenSslConnector {
    ctx: SslContext,
}

impl OpenSslConnector {
    /// A connector using `ctx` for every connection.
    pub fn new(ctx: SslContext) -> Self {
        OpenSslConnector { ctx }
    }
}

impl fmt::Debug for OpenSslConnector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenSslConnector").finish()
    }
}

/// A failed TLS handshake: OpenSSL's error stack and, when the server's chain did not verify,
/// OpenSSL's verification result.
#[derive(Debug)]
pub struct HandshakeFailure {
    /// OpenSSL's error stack, as it displays it.
    pub error: String,
    /// The verification result (`self-signed certificate in certificate chain`), if any.
    pub verify: Option<String>,
}

/// Formatted as native-tls formats it, the verification result in parentheses: the form the
/// client-certificate alerts and other handshake details are read from.
impl fmt::Display for HandshakeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.verify {
            Some(verify) => write!(f, "{} ({verify})", self.error),
            None => f.write_str(&self.error),
        }
    }
}

impl std::error::Error for HandshakeFailure {}

impl<In: Transport> Connector<In> for OpenSslConnector {
    type Out = Either<In, OpenSslTransport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        let Some(transport) = chained else {
            return Ok(None);
        };
        if !details.needs_tls() || transport.is_tls() {
            return Ok(Some(Either::A(transport)));
        }
        let host = details
            .uri
            .authority()
            .map(|a| a.host())
            .unwrap_or_default();
        let domain = host.trim_start_matches('[').trim_end_matches(']');

        let mut adapter = TransportAdapter::new(transport.boxed(), details.current_time.clone());
        adapter.set_timeout(remaining(details));
        let stream = ErrorCapture::wrap(adapter);
        let capture = stream.capture.clone();

        let failure = |error: String, verify: Option<String>| {
            ureq::Error::Other(Box::new(HandshakeFailure { error, verify }))
        };
        let tls_error = |e: openssl::error::ErrorStack| failure(e.to_string(), None);
        let mut ssl = openssl::ssl::Ssl::new(&self.ctx).map_err(tls_error)?;
        if domain.parse::<IpAddr>().is_err() {
            ssl.set_hostname(domain).map_err(tls_error)?;
        }
        let param = ssl.param_mut();
        param.set_hostflags(X509CheckFlags::NO_PARTIAL_WILDCARDS);
        match domain.parse::<IpAddr>() {
            Ok(ip) => param.set_ip(ip),
            Err(_) => param.set_host(domain),
        }
        .map_err(tls_error)?;

        let stream = match ssl.connect(stream) {
            Ok(stream) => stream,
            Err(e) => {
                // The transport's own error (a timeout, a reset) says more than OpenSSL's.
                if let Some(error) = capture.lock().unwrap_or_else(|e| e.into_inner()).take() {
                    return Err(error);
                }
                return Err(match e {
                    HandshakeError::SetupFailure(e) => tls_error(e),
                    HandshakeError::Failure(mid) => {
                        let verify = mid.ssl().verify_result();
                        let verify = (verify != X509VerifyResult::OK).then(|| verify.to_string());
                        failure(mid.into_error().to_string(), verify)
                    }
                    // The socket blocks, so OpenSSL never asks to be called again; ureq's
                    // own words for an I/O step that would block.
                    HandshakeError::WouldBlock(mid) => failure(mid.into_error().to_string(), None),
                });
            }
        };
        let buffers = LazyBuffers::new(
            details.config.input_buffer_size(),
            details.config.output_buffer_size(),
        );
        Ok(Some(Either::B(OpenSslTransport { buffers, stream })))
    }
}

/// The connect budget left, counted from when ureq set it (as ureq's own TLS step does).
fn remaining(details: &ConnectionDetails) -> NextTimeout {
    let mut timeout = details.timeout;
    if let (UDuration::Exact(limit), UInstant::Exact(start), UInstant::Exact(now)) =
        (timeout.after, details.now, (details.current_time)())
    {
        timeout.after =
            UDuration::Exact(limit.saturating_sub(now.saturating_duration_since(start)));
    }
    timeout
}

/// An established TLS connection.
pub struct OpenSslTransport {
    buffers: LazyBuffers,
    stream: SslStream<ErrorCapture<TransportAdapter>>,
}

impl fmt::Debug for OpenSslTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OpenSslTransport").finish()
    }
}

impl Transport for OpenSslTransport {
    fn buffers(&mut self) -> &mut dyn Buffers {
        &mut self.buffers
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.stream.get_mut().stream.set_timeout(timeout);
        let output = &self.buffers.output()[..amount];
        let result = self.stream.write_all(output);
        self.stream.get_ref().take_captured()?;
        result?;
        Ok(())
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.stream.get_mut().stream.set_timeout(timeout);
        let input = self.buffers.input_append_buf();
        let amount = match self.stream.read(input) {
            Ok(0) => {
                self.stream.get_ref().take_captured()?;
                0
            }
            Ok(n) => n,
            Err(e) => {
                self.stream.get_ref().take_captured()?;
                return Err(e.into());
            }
        };
        self.buffers.input_appended(amount);
        Ok(amount > 0)
    }

    fn is_open(&mut self) -> bool {
        self.stream.get_mut().stream.get_mut().is_open()
    }

    fn is_tls(&self) -> bool {
        true
    }
}

/// Keeps the transport's own error (ureq's timeouts and resets) that OpenSSL would otherwise
/// reduce to a generic failure, as ureq's native-tls step does.
struct ErrorCapture<S> {
    stream: S,
    capture: Arc<Mutex<Option<ureq::Error>>>,
}

impl<S> ErrorCapture<S> {
    fn wrap(stream: S) -> Self {
        ErrorCapture {
            stream,
            capture: Arc::new(Mutex::new(None)),
        }
    }

    fn take_captured(&self) -> Result<(), ureq::Error> {
        match self
            .capture
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    fn keep(&self, e: io::Error) -> io::Error {
        let error: ureq::Error = e.into();
        *self.capture.lock().unwrap_or_else(|e| e.into_inner()) = Some(error);
        io::Error::other("transport error (kept)")
    }
}

impl<S: Read> Read for ErrorCapture<S> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.stream.read(buf).map_err(|e| self.keep(e))
    }
}

impl<S: Write> Write for ErrorCapture<S> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.stream.write(buf).map_err(|e| self.keep(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.stream.flush().map_err(|e| self.keep(e))
    }
}
