//! A tiny HTTP CONNECT proxy on a random loopback port, for the proxy tests: it either refuses
//! every tunnel with a status, or opens the tunnel and splices bytes both ways.

use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the proxy does with a CONNECT.
#[derive(Clone, Copy)]
pub enum Behaviour {
    /// Answer with this status (407, 502, …) and close.
    Refuse(u16),
    /// Connect to the target, answer 200 and splice.
    Tunnel,
    /// Answer bytes that are not HTTP and close: something that is not a proxy.
    Garbage,
    /// Read the CONNECT and never answer, until the proxy is dropped.
    Silent,
}

#[derive(Default)]
struct State {
    stop: AtomicBool,
    heads: Mutex<Vec<String>>,
    sockets: Mutex<Vec<TcpStream>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

/// A running proxy; dropping it closes every connection and joins its threads.
pub struct Proxy {
    addr: SocketAddr,
    state: Arc<State>,
    accept: Option<JoinHandle<()>>,
}

impl Proxy {
    /// Starts a proxy that behaves as told.
    pub fn start(behaviour: Behaviour) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind proxy");
        let addr = listener.local_addr().unwrap();
        let state = Arc::new(State::default());
        let s = Arc::clone(&state);
        let accept = std::thread::spawn(move || {
            for tcp in listener.incoming() {
                if s.stop.load(Ordering::SeqCst) {
                    return;
                }
                let Ok(tcp) = tcp else { continue };
                let _ = serve(&s, tcp, behaviour);
            }
        });
        Proxy {
            addr,
            state,
            accept: Some(accept),
        }
    }

    /// `http://127.0.0.1:PORT`, optionally with credentials.
    pub fn url(&self, credentials: Option<&str>) -> String {
        match credentials {
            Some(c) => format!("http://{c}@{}", self.addr),
            None => format!("http://{}", self.addr),
        }
    }

    /// The request heads received (request line and headers).
    pub fn heads(&self) -> Vec<String> {
        self.state.heads.lock().unwrap().clone()
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(h) = self.accept.take() {
            let _ = h.join();
        }
        for s in self.state.sockets.lock().unwrap().drain(..) {
            let _ = s.shutdown(Shutdown::Both);
        }
        let threads: Vec<_> = self.state.threads.lock().unwrap().drain(..).collect();
        for t in threads {
            let _ = t.join();
        }
    }
}

fn serve(state: &Arc<State>, mut client: TcpStream, behaviour: Behaviour) -> io::Result<()> {
    client.set_read_timeout(Some(Duration::from_secs(10)))?;
    // The client waits for our answer before sending more, so reading byte by byte up to the
    // blank line takes nothing that belongs to the tunnel.
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        if client.read(&mut byte)? == 0 {
            return Ok(());
        }
        head.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&head).into_owned();
    state.heads.lock().unwrap().push(head.clone());
    let target = head
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .to_string();
    match behaviour {
        Behaviour::Refuse(status) => {
            let reason = match status {
                407 => "Proxy Authentication Required",
                502 => "Bad Gateway",
                _ => "Refused",
            };
            write!(
                client,
                "HTTP/1.1 {status} {reason}\r\nProxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )?;
            client.flush()
        }
        Behaviour::Garbage => {
            client.write_all(b"\x15\x03\x01\x00\x02\x02\x46 SSH-2.0-not-a-proxy\r\n\r\n")?;
            client.flush()
        }
        Behaviour::Silent => {
            state.sockets.lock().unwrap().push(client);
            Ok(())
        }
        Behaviour::Tunnel => {
            let server = TcpStream::connect(&target)?;
            client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")?;
            client.set_read_timeout(None)?;
            {
                let mut sockets = state.sockets.lock().unwrap();
                sockets.push(client.try_clone()?);
                sockets.push(server.try_clone()?);
            }
            let mut threads = state.threads.lock().unwrap();
            threads.push(splice(client.try_clone()?, server.try_clone()?));
            threads.push(splice(server, client));
            Ok(())
        }
    }
}

/// Copies `from` to `to` until `from` ends, then ends `to`'s writing side.
fn splice(mut from: TcpStream, mut to: TcpStream) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let _ = io::copy(&mut from, &mut to);
        let _ = to.shutdown(Shutdown::Write);
    })
}
