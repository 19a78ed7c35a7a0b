//! An emulator of the classic Azure Scheduler REST API (`api-version
//! 2014-04-01`, behind the management front end at
//! `management.core.windows.net`), for schedctl's tests and demo.
//!
//! ```no_run
//! use schedctl_emulator::{pki, Emulator, DEMO_SUBSCRIPTION};
//! let client = pki::ClientCert::generate("me", pki::KeyType::EcP256);
//! let emu = Emulator::builder()
//!     .register_certificate(DEMO_SUBSCRIPTION, &client.thumbprint())
//!     .start()
//!     .unwrap();
//! println!("{} trusts {}", emu.endpoint(), emu.ca_cert_pem());
//! ```
//!
//! # Sources for the service's behaviour
//!
//! * Response headers: the recorded responses in Microsoft's "Scheduler
//!   Outbound Authentication" article (MicrosoftDocs/azure-docs,
//!   `articles/scheduler/scheduler-outbound-authentication.md`): `Cache-Control:
//!   no-cache`, `Pragma: no-cache`, `Content-Type: application/json;
//!   charset=utf-8`, `Expires: -1`, `Server: 1.0.6198.153
//!   (rd_rdfe_stable.141027-2149) Microsoft-HTTPAPI/2.0`, `x-ms-servedbyregion:
//!   ussouth2`, `X-AspNet-Version: 4.0.30319`, `X-Powered-By: ASP.NET`; the body
//!   field order (`id`, `action` {`request`, `type`}, `recurrence`, `state`,
//!   `status`) and `\/` escaping. Front-end errors carry the shorter RDFE set
//!   (`Cache-Control`, `Content-Type: application/xml; charset=utf-8`, `Server`,
//!   `x-ms-servedbyregion`, `x-ms-request-id`, `Date`), as in the azure-sdk-for-node
//!   nock recordings of other management operations.
//! * Error codes and messages: "Scheduler Limits, Defaults, and Error Codes"
//!   (`articles/scheduler/scheduler-limits-defaults-errors.md`); the 403 message
//!   as users recorded it (`ForbiddenError` / `AuthenticationFailed`, "The server
//!   failed to authenticate the request. Verify that the certificate is valid and
//!   is associated with this subscription.").
//! * Not found in any recording: the exact JSON 404 of the scheduler for an
//!   unknown job or collection, and the relative order of the front end's checks.
//!   The emulator follows SPEC §2: see [`routes`] for the order and the bodies.

#![warn(missing_docs)]

pub mod faults;
pub mod fixtures;
pub mod http;
pub mod pki;
pub mod routes;
pub mod tls;

use std::collections::HashMap;
use std::io;
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::Duration;

use openssl::ssl::SslAcceptor;

use crate::faults::{After, ConnectionMode, Fault, Faults};
use crate::http::{read_request, write_response, ReadError};
use crate::pki::ServerCertKind;
use crate::routes::Registry;
use crate::tls::ClientCertPolicy;

/// The subscription that always exists, with [`DEMO_CLOUD_SERVICE`] and the
/// fixture collections (`myjc`, `faulty`, `big`, `waiting`, `intl`, `hostile`: see
/// [`fixtures`]).
pub const DEMO_SUBSCRIPTION: &str = "2f1e4c2a-0000-4000-8000-000000000001";
/// The demo subscription's scheduler cloud service (region West US).
pub const DEMO_CLOUD_SERVICE: &str = "CS-WestUS-scheduler";

/// How long a TLS handshake may take before the connection is dropped.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a kept-alive connection may sit idle (Azure's load balancers
/// dropped idle connections after about four minutes).
const IDLE_TIMEOUT: Duration = Duration::from_secs(240);

/// Configures and starts an [`Emulator`].
#[derive(Debug, Default)]
pub struct Builder {
    ca: Option<pki::Ca>,
    registry: Registry,
    mode: ConnectionMode,
    server_cert: ServerCertKind,
}

impl Builder {
    /// The CA that issues the server certificate (default: a fresh
    /// `Ca::generate("schedctl emulator CA")`).
    pub fn ca(mut self, ca: pki::Ca) -> Self {
        self.ca = Some(ca);
        self
    }

    /// Authorizes the certificate with this SHA-1 thumbprint (hex, any case;
    /// `:` and spaces ignored) on `subscription_id`, creating the
    /// subscription if it is not the demo one (a new subscription has no
    /// cloud services).
    pub fn register_certificate(mut self, subscription_id: &str, thumbprint: &str) -> Self {
        let t: String = thumbprint
            .chars()
            .filter(|c| !c.is_whitespace() && *c != ':')
            .collect::<String>()
            .to_ascii_uppercase();
        self.registry
            .subscriptions
            .entry(subscription_id.to_ascii_lowercase())
            .or_default()
            .insert(t);
        self
    }

    /// How every connection is treated (fault injection; default: like the
    /// service).
    pub fn connection_mode(mut self, mode: ConnectionMode) -> Self {
        self.mode = mode;
        self
    }

    /// Which server certificate to present (an expired one, or one for
    /// another host name, to test verification failures).
    pub fn server_certificate(mut self, kind: ServerCertKind) -> Self {
        self.server_cert = kind;
        self
    }

    /// Binds `127.0.0.1:0`, starts accepting on a thread and returns once the
    /// listener exists (connections made after this returns are served).
    pub fn start(self) -> io::Result<Emulator> {
        self.start_on(SocketAddr::from(([127, 0, 0, 1], 0)))
    }

    /// Like [`Builder::start`] on a given address (the binary's `--port`).
    pub fn start_on(mut self, addr: SocketAddr) -> io::Result<Emulator> {
        let ca = self
            .ca
            .take()
            .unwrap_or_else(|| pki::Ca::generate("schedctl emulator CA"));
        self.registry
            .subscriptions
            .entry(DEMO_SUBSCRIPTION.to_ascii_lowercase())
            .or_default();
        let policy = match self.mode {
            ConnectionMode::RefuseUnknownCertificates => ClientCertPolicy::RefuseUnknown(
                self.registry
                    .subscriptions
                    .values()
                    .flatten()
                    .cloned()
                    .collect(),
            ),
            _ => ClientCertPolicy::Request,
        };
        let acceptor = tls::acceptor_with(&ca, self.server_cert, &policy)?;
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            registry: self.registry,
            acceptor,
            stop: AtomicBool::new(false),
            connections: AtomicU64::new(0),
            requests: AtomicU64::new(0),
            log: Mutex::new(Vec::new()),
            open: Mutex::new(HashMap::new()),
            faults: Faults::new(self.mode),
        });
        let s = Arc::clone(&shared);
        let accept = std::thread::Builder::new()
            .name("emulator-accept".into())
            .spawn(move || accept_loop(&s, &listener))?;
        Ok(Emulator {
            addr,
            ca_pem: ca.cert_pem(),
            shared,
            accept: Some(accept),
        })
    }
}

/// A running emulator. Dropping it stops accepting, closes open connections
/// and returns without waiting for clients.
pub struct Emulator {
    addr: SocketAddr,
    ca_pem: String,
    shared: Arc<Shared>,
    accept: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Emulator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Emulator")
            .field("addr", &self.addr)
            .field("connections", &self.connections())
            .field("requests", &self.requests())
            .finish_non_exhaustive()
    }
}

/// One request as the emulator received it.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    /// Which connection it came on (1 for the first accepted, and so on).
    pub connection: u64,
    /// The method (`GET`).
    pub method: String,
    /// The raw request target: path and query as received, still
    /// percent-encoded.
    pub target: String,
    /// Header names and values as received, in order.
    pub headers: Vec<(String, String)>,
    /// SHA-1 thumbprint (upper-case hex) of the client certificate presented
    /// on the connection, if any.
    pub client_thumbprint: Option<String>,
}

impl Emulator {
    /// A builder with the defaults (fresh CA, only the demo subscription, no
    /// certificates registered).
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// `https://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("https://{}", self.addr)
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// PEM of the CA that issued the server certificate.
    pub fn ca_cert_pem(&self) -> String {
        self.ca_pem.clone()
    }

    /// HTTP requests parsed so far (garbage that is not a request does not
    /// count).
    pub fn requests(&self) -> u64 {
        self.shared.requests.load(Ordering::SeqCst)
    }

    /// TCP connections accepted so far (counted before the TLS handshake).
    pub fn connections(&self) -> u64 {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Every request received so far, in order.
    pub fn request_log(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).clone()
    }

    /// Appends faults for the coming requests, one per request in order;
    /// requests past the script are answered normally.
    pub fn script(&self, faults: impl IntoIterator<Item = Fault>) {
        self.shared.faults.script(faults);
    }

    /// Scripted faults not consumed yet.
    pub fn pending_faults(&self) -> usize {
        self.shared.faults.pending()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::SeqCst);
        self.shared.faults.stop();
        // Wake the blocking accept() with a connection of our own.
        let woke = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1)).is_ok();
        if let Some(h) = self.accept.take() {
            if woke {
                let _ = h.join();
            }
        }
        for (_, s) in lock(&self.shared.open).drain() {
            let _ = s.shutdown(Shutdown::Both);
        }
    }
}

/// State shared by the accept loop and the connection threads.
struct Shared {
    registry: Registry,
    acceptor: SslAcceptor,
    stop: AtomicBool,
    connections: AtomicU64,
    requests: AtomicU64,
    log: Mutex<Vec<RecordedRequest>>,
    /// Sockets of live connections, so that dropping the emulator can close them.
    open: Mutex<HashMap<u64, TcpStream>>,
    faults: Faults,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn accept_loop(shared: &Arc<Shared>, listener: &TcpListener) {
    loop {
        let accepted = listener.accept();
        if shared.stop.load(Ordering::SeqCst) {
            return;
        }
        let tcp = match accepted {
            Ok((tcp, _)) => tcp,
            Err(_) => {
                // e.g. EMFILE: back off a little instead of spinning.
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        let id = shared.connections.fetch_add(1, Ordering::SeqCst) + 1;
        if let Ok(clone) = tcp.try_clone() {
            lock(&shared.open).insert(id, clone);
        }
        let s = Arc::clone(shared);
        let spawned = std::thread::Builder::new()
            .name(format!("emulator-conn-{id}"))
            .spawn(move || {
                serve_connection(&s, tcp, id);
                lock(&s.open).remove(&id);
            });
        if spawned.is_err() {
            lock(&shared.open).remove(&id);
        }
    }
}

fn serve_connection(shared: &Shared, tcp: TcpStream, id: u64) {
    let _ = tcp.set_nodelay(true);
    let _ = tcp.set_read_timeout(Some(HANDSHAKE_TIMEOUT));
    let _ = tcp.set_write_timeout(Some(HANDSHAKE_TIMEOUT));
    let mode = shared.faults.mode;
    match mode {
        ConnectionMode::HangBeforeTls => return faults::drain(&mut &tcp),
        ConnectionMode::ResetBeforeTls => return faults::reset(&tcp),
        _ => {}
    }
    let mut tls = match shared.acceptor.accept(tcp) {
        Ok(s) => s,
        Err(_) => return, // handshake failure, garbage, or a port scan
    };
    let _ = tls.get_ref().set_read_timeout(Some(IDLE_TIMEOUT));
    let thumbprint = tls::client_thumbprint(tls.ssl());
    let known = |t: &str| {
        shared
            .registry
            .subscriptions
            .values()
            .any(|s| s.contains(t))
    };
    match mode {
        ConnectionMode::HangAfterTls => return faults::drain(&mut tls),
        ConnectionMode::ResetUnknownCertificates if !thumbprint.as_deref().is_some_and(known) => {
            let _ = read_request(&mut tls, &mut Vec::new());
            return faults::reset(tls.get_ref());
        }
        _ => {}
    }
    let mut buf = Vec::new();
    loop {
        if shared.stop.load(Ordering::SeqCst) {
            break;
        }
        match read_request(&mut tls, &mut buf) {
            Ok(req) => {
                shared.requests.fetch_add(1, Ordering::SeqCst);
                lock(&shared.log).push(RecordedRequest {
                    connection: id,
                    method: req.method.clone(),
                    target: req.target.clone(),
                    headers: req.headers.clone(),
                    client_thumbprint: thumbprint.clone(),
                });
                let fault = shared.faults.next();
                let tweak = fault.as_ref().and_then(Fault::paging);
                let normal = || {
                    let mut resp =
                        routes::handle_paged(&shared.registry, &req, thumbprint.as_deref(), tweak);
                    resp.close |= !req.keep_alive();
                    resp
                };
                if let Some(fault) = fault {
                    match faults::answer(&shared.faults, &mut tls, fault, normal) {
                        After::Continue if req.keep_alive() => continue,
                        After::Continue | After::Close => break,
                        After::Reset => return,
                    }
                }
                let resp = normal();
                if write_response(&mut tls, &resp, req.method == "HEAD").is_err() || resp.close {
                    break;
                }
            }
            Err(ReadError::Bad(status)) => {
                let _ = write_response(&mut tls, &routes::bad_request(status), false);
                break;
            }
            Err(ReadError::Closed) | Err(ReadError::Io(_)) => break,
        }
    }
    let _ = tls.shutdown();
}
