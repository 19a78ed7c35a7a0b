//! Runs the real binary on a real pseudo-terminal: the chosen std streams on the pty's slave
//! side (the controlling terminal of a new session, so `/dev/tty` works), a set window size,
//! typed input, and everything the terminal showed, read from the master until the child
//! has exited and closed its side. No sleeps: reads block until there is output, and the
//! master reports EIO once no process holds the slave any more.

use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus, Stdio};

/// Which std streams are the terminal; the others are pipes (stdin: empty).
#[derive(Clone, Copy, Debug)]
pub struct OnTerminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

/// What a run on the terminal gave.
pub struct PtyOutput {
    pub status: ExitStatus,
    /// What the terminal showed, with the pty's `\r\n` turned back into `\n`.
    pub terminal: String,
    /// The streams that were pipes.
    pub stdout: String,
    pub stderr: String,
}

/// Types `input` once the terminal has shown `after`.
pub struct Typing<'a> {
    pub after: &'a str,
    pub input: &'a str,
}

fn check(result: libc::c_int, what: &str) {
    assert!(result >= 0, "{what}: {}", std::io::Error::last_os_error());
}

/// Runs `cmd` with the streams in `on` on a new pty of `cols` × `rows`, typing `typing`.
pub fn run_on_pty(
    mut cmd: Command,
    cols: u16,
    rows: u16,
    on: OnTerminal,
    typing: Option<Typing<'_>>,
) -> PtyOutput {
    let (mut master_fd, mut slave_fd) = (-1, -1);
    // SAFETY: openpty writes two descriptors; the name, termios and size pointers may be null.
    check(
        unsafe {
            libc::openpty(
                &mut master_fd,
                &mut slave_fd,
                std::ptr::null_mut(),
                std::ptr::null(),
                std::ptr::null(),
            )
        },
        "openpty",
    );
    // SAFETY: openpty succeeded: two open descriptors that nothing else owns.
    let (master, slave) = unsafe {
        (
            OwnedFd::from_raw_fd(master_fd),
            OwnedFd::from_raw_fd(slave_fd),
        )
    };
    for fd in [&master, &slave] {
        // Other tests spawn children in parallel: they must not inherit our terminal, or the
        // master would not see EIO until they exit.
        // SAFETY: fcntl on a descriptor we own.
        check(
            unsafe { libc::fcntl(fd.as_raw_fd(), libc::F_SETFD, libc::FD_CLOEXEC) },
            "FD_CLOEXEC",
        );
    }
    let size = libc::winsize {
        ws_row: rows,
        ws_col: cols,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: TIOCSWINSZ reads one winsize that we own.
    check(
        unsafe { libc::ioctl(master.as_raw_fd(), libc::TIOCSWINSZ, &size) },
        "TIOCSWINSZ",
    );

    let stream = |yes: bool, pipe: fn() -> Stdio| {
        if yes {
            Stdio::from(slave.try_clone().expect("dup the pty slave"))
        } else {
            pipe()
        }
    };
    cmd.stdin(stream(on.stdin, Stdio::null))
        .stdout(stream(on.stdout, Stdio::piped))
        .stderr(stream(on.stderr, Stdio::piped));
    let slave_raw = slave.as_raw_fd();
    // SAFETY: between fork and exec only async-signal-safe calls: setsid and ioctl.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setsid() < 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The slave becomes the controlling terminal, so `/dev/tty` is the pty.
            if libc::ioctl(slave_raw, libc::TIOCSCTTY as _, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("spawn schedctl on the pty");
    // Only the child may hold the slave now, so that the master sees EIO when it is gone.
    drop(cmd);
    drop(slave);

    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut text = String::new();
            if let Some(mut pipe) = pipe {
                pipe.read_to_string(&mut text).expect("read a pipe");
            }
            text
        })
    };
    let stdout = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let stderr = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );

    let mut master = std::fs::File::from(master);
    let mut shown = Vec::new();
    let mut typing = typing;
    let mut chunk = [0u8; 4096];
    loop {
        match master.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => shown.extend_from_slice(&chunk[..n]),
            // Linux: every slave descriptor is closed.
            Err(e) if e.raw_os_error() == Some(libc::EIO) => break,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => panic!("read the pty: {e}"),
        }
        if let Some(t) = &typing {
            if String::from_utf8_lossy(&shown).contains(t.after) {
                master
                    .write_all(t.input.as_bytes())
                    .expect("type on the pty");
                typing = None;
            }
        }
    }
    let status = child.wait().expect("wait for schedctl");
    PtyOutput {
        status,
        terminal: String::from_utf8_lossy(&shown).replace("\r\n", "\n"),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}
