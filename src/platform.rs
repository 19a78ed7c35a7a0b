//! Everything that differs between operating systems, in one place (SPEC §3: Linux is built
//! and tested; other Unix-likes should only need changes here).

use std::path::{Path, PathBuf};

use crate::env::Environment;

/// The folder that holds `schedctl/config.toml`: `$XDG_CONFIG_HOME`, else `~/.config`
/// (on macOS too, like most command-line tools), `%APPDATA%` on Windows.
pub fn config_dir(env: &dyn Environment) -> Option<PathBuf> {
    if cfg!(windows) {
        return env
            .var("APPDATA")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from);
    }
    if let Some(xdg) = env.var("XDG_CONFIG_HOME") {
        let xdg = PathBuf::from(xdg);
        // The XDG spec says relative paths are invalid and must be ignored.
        if xdg.is_absolute() {
            return Some(xdg);
        }
    }
    env.var("HOME")
        .filter(|v| !v.is_empty())
        .map(|home| PathBuf::from(home).join(".config"))
}

/// A secret file that the user owns and that group or others may access, with its mode,
/// like ssh's "permissions are too open" check. `None` when the file is private enough.
#[cfg(unix)]
pub fn too_open(path: &Path) -> std::io::Result<Option<u32>> {
    use std::os::unix::fs::MetadataExt;
    let meta = std::fs::metadata(path)?;
    // SAFETY: geteuid has no preconditions and cannot fail.
    let euid = unsafe { libc::geteuid() };
    let mode = meta.mode() & 0o7777;
    Ok((meta.uid() == euid && mode & 0o077 != 0).then_some(mode))
}

/// Other platforms have no comparable mode bits; nothing is refused there.
#[cfg(not(unix))]
pub fn too_open(_path: &Path) -> std::io::Result<Option<u32>> {
    Ok(None)
}

/// Creates a new file that only its owner can read and write (0600); fails if it exists.
#[cfg(unix)]
pub fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
}

/// Creates a new file; other platforms have no comparable mode bits.
#[cfg(not(unix))]
pub fn create_private_file(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
}

/// Creates one folder that only its owner can enter (0700); fails if it exists.
#[cfg(unix)]
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().mode(0o700).create(path)
}

/// Creates one folder; other platforms have no comparable mode bits.
#[cfg(not(unix))]
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    std::fs::DirBuilder::new().create(path)
}

/// A folder that group or others may access, with its mode; `None` when private.
#[cfg(unix)]
pub fn dir_too_open(path: &Path) -> std::io::Result<Option<u32>> {
    use std::os::unix::fs::MetadataExt;
    let mode = std::fs::metadata(path)?.mode() & 0o7777;
    Ok((mode & 0o077 != 0).then_some(mode))
}

/// Other platforms have no comparable mode bits.
#[cfg(not(unix))]
pub fn dir_too_open(_path: &Path) -> std::io::Result<Option<u32>> {
    Ok(None)
}

/// Reads a password from the controlling terminal without echo, like OpenSSH's
/// readpassphrase: echo goes off *before* the prompt is written, so that nothing typed after
/// the prompt appears (a prompt written first leaves a moment in which typing is echoed).
/// Typing before the prompt was echoed already and is discarded. Ctrl-C stays Ctrl-C: its
/// handler puts the terminal back.
#[cfg(unix)]
pub fn prompt_password(prompt: &str) -> std::io::Result<String> {
    use std::io::{Read, Write};
    use std::os::fd::AsRawFd;
    let mut tty = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open("/dev/tty")?;
    let fd = tty.as_raw_fd();
    // SAFETY: termios is plain integers, for which all-zero is a valid value.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: tcgetattr fills the termios we own.
    if unsafe { libc::tcgetattr(fd, &mut saved) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let mut quiet = saved;
    quiet.c_lflag &= !libc::ECHO;
    quiet.c_lflag |= libc::ECHONL | libc::ICANON;
    // SAFETY: `quiet` is a valid termios derived from the terminal's own.
    if unsafe { libc::tcsetattr(fd, libc::TCSAFLUSH, &quiet) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let result = (|| {
        tty.write_all(prompt.as_bytes())?;
        tty.flush()?;
        let mut line = Vec::new();
        let mut byte = [0u8; 1];
        loop {
            match tty.read(&mut byte) {
                Ok(0) => break,
                Ok(_) if byte[0] == b'\n' => break,
                Ok(_) => line.push(byte[0]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if line.last() == Some(&b'\r') {
            line.pop();
        }
        String::from_utf8(line).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidData, "the password is not UTF-8")
        })
    })();
    // SAFETY: `saved` came from tcgetattr on this descriptor.
    unsafe { libc::tcsetattr(fd, libc::TCSANOW, &saved) };
    result
}

/// Other platforms: no terminal control here, so no prompt.
#[cfg(not(unix))]
pub fn prompt_password(_prompt: &str) -> std::io::Result<String> {
    Err(std::io::Error::new(
        std::io::ErrorKind::Unsupported,
        "no password prompt on this platform",
    ))
}

#[cfg(unix)]
mod interrupt {
    use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
    use std::sync::OnceLock;

    /// The terminal settings at start, put back on Ctrl-C (a password prompt turns echo off).
    pub(super) static TERMINAL: OnceLock<libc::termios> = OnceLock::new();
    /// True while an [`super::InterruptDeferral`] lives: Ctrl-C is recorded, not acted on.
    pub(super) static DEFERRING: AtomicBool = AtomicBool::new(false);
    /// A Ctrl-C arrived while deferring.
    pub(super) static INTERRUPTED: AtomicBool = AtomicBool::new(false);
    /// The write end of the deferral's wake-up pipe, or -1.
    pub(super) static WAKE: AtomicI32 = AtomicI32::new(-1);

    /// Puts the terminal back and ends the process with status 130. Async-signal-safe.
    pub(super) fn exit_now() -> ! {
        if let Some(saved) = TERMINAL.get() {
            // SAFETY: tcsetattr is async-signal-safe; `saved` came from tcgetattr.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved) };
        }
        // SAFETY: _exit is async-signal-safe and runs no Rust code after it.
        unsafe { libc::_exit(130) }
    }

    /// The SIGINT handler: only atomics and write(2), so async-signal-safe.
    pub(super) fn on_interrupt() {
        if DEFERRING.load(Ordering::SeqCst) {
            INTERRUPTED.store(true, Ordering::SeqCst);
            let fd = WAKE.load(Ordering::SeqCst);
            if fd >= 0 {
                // SAFETY: write is async-signal-safe; the byte only wakes a poll, so a full
                // pipe (EAGAIN: it is already awake) needs no handling.
                unsafe { libc::write(fd, b"!".as_ptr().cast(), 1) };
            }
            return;
        }
        exit_now();
    }
}

/// Ends the process as Ctrl-C does (status 130), for code that held off an interrupt
/// ([`InterruptDeferral`]) and has undone its work.
#[cfg(unix)]
pub fn exit_interrupted() -> ! {
    interrupt::exit_now()
}

/// Ends the process with status 130.
#[cfg(not(unix))]
pub fn exit_interrupted() -> ! {
    std::process::exit(130)
}

/// While it lives, Ctrl-C does not end the process but is recorded, so that a change made of
/// several steps (the import: certificates, then the config file) can be undone first.
/// The one wait that may last (reading a file that is a FIFO or on a hung network mount) goes
/// through [`InterruptDeferral::read`], which a Ctrl-C wakes through a self-pipe: a flag
/// alone would be seen only after the blocking call returned, and std retries on EINTR.
#[cfg(unix)]
pub struct InterruptDeferral {
    wake_read: std::os::fd::OwnedFd,
    // Kept open for the handler, which writes to it by number.
    _wake_write: std::os::fd::OwnedFd,
}

#[cfg(unix)]
impl InterruptDeferral {
    /// Starts holding off Ctrl-C.
    pub fn begin() -> std::io::Result<Self> {
        use std::os::fd::{FromRawFd, OwnedFd};
        use std::sync::atomic::Ordering;
        let mut fds = [0; 2];
        // SAFETY: pipe2 writes two descriptors into the array we own.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC | libc::O_NONBLOCK) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        // SAFETY: pipe2 succeeded, so both are open descriptors that nothing else owns.
        let (wake_read, wake_write) =
            unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        interrupt::INTERRUPTED.store(false, Ordering::SeqCst);
        interrupt::WAKE.store(fds[1], Ordering::SeqCst);
        interrupt::DEFERRING.store(true, Ordering::SeqCst);
        Ok(InterruptDeferral {
            wake_read,
            _wake_write: wake_write,
        })
    }

    /// Whether Ctrl-C was pressed since [`InterruptDeferral::begin`].
    pub fn interrupted(&self) -> bool {
        interrupt::INTERRUPTED.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// Reads a whole file; a Ctrl-C while it waits (a FIFO with no writer yet, say) ends the
    /// read with [`std::io::ErrorKind::Interrupted`] instead of waiting on.
    pub fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        use std::io::Read;
        use std::os::fd::AsRawFd;
        use std::os::unix::fs::OpenOptionsExt;
        let interrupted = || std::io::Error::from(std::io::ErrorKind::Interrupted);
        if self.interrupted() {
            return Err(interrupted());
        }
        // Non-blocking, so that opening a FIFO does not wait for a writer; poll waits instead,
        // together with the wake-up pipe.
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK)
            .open(path)?;
        let mut bytes = Vec::new();
        let mut chunk = [0u8; 8192];
        loop {
            let mut fds = [
                libc::pollfd {
                    fd: file.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                },
                libc::pollfd {
                    fd: self.wake_read.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                },
            ];
            // SAFETY: poll reads and writes the two pollfd structs we own.
            let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, -1) };
            if ready < 0 {
                let e = std::io::Error::last_os_error();
                if e.kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(e);
            }
            if fds[1].revents != 0 || self.interrupted() {
                return Err(interrupted());
            }
            match file.read(&mut chunk) {
                Ok(0) => return Ok(bytes),
                Ok(n) => bytes.extend_from_slice(&chunk[..n]),
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::Interrupted
                    ) => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// Stops holding off Ctrl-C; one that arrived meanwhile now ends the process (status
    /// 130), as it would have at once.
    pub fn end(self) {
        let interrupted = self.interrupted();
        drop(self);
        if interrupted {
            interrupt::exit_now();
        }
    }
}

#[cfg(unix)]
impl Drop for InterruptDeferral {
    fn drop(&mut self) {
        use std::sync::atomic::Ordering;
        // Before the pipe closes, so that the handler never writes to a reused descriptor.
        interrupt::DEFERRING.store(false, Ordering::SeqCst);
        interrupt::WAKE.store(-1, Ordering::SeqCst);
    }
}

/// Makes Ctrl-C (SIGINT) end the process at once with status 130, after putting the terminal
/// back as it was at start (a password prompt turns echo off). Output is written in one piece
/// after it is fully built, so an interrupt never leaves half a line on stdout; `_exit` also
/// drops anything still buffered. While an [`InterruptDeferral`] lives, Ctrl-C is only
/// recorded, so that the code holding it can undo its work first.
#[cfg(unix)]
pub fn exit_on_interrupt() {
    // SAFETY: termios is plain integers, for which all-zero is a valid value.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: tcgetattr fills the termios we own; we keep it only when it returns 0.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } == 0 {
        let _ = interrupt::TERMINAL.set(saved);
    }
    // SAFETY: the handler makes only async-signal-safe calls (atomics, write, tcsetattr,
    // _exit): no allocation, no locks.
    let registered =
        unsafe { signal_hook::low_level::register(libc::SIGINT, interrupt::on_interrupt) };
    // Without a handler the default action still ends the process on Ctrl-C.
    let _ = registered;
}

/// Other platforms keep their default Ctrl-C behaviour.
#[cfg(not(unix))]
pub fn exit_on_interrupt() {}

/// Marks the process not dumpable (`PR_SET_DUMPABLE` 0, as ssh-agent does), so that no core
/// file or ptrace by another process of the same user can read a private key from memory.
#[cfg(target_os = "linux")]
pub fn set_not_dumpable() -> std::io::Result<()> {
    // SAFETY: PR_SET_DUMPABLE takes one integer argument and touches no memory of ours.
    if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Other platforms have no `prctl`; nothing is done there.
#[cfg(not(target_os = "linux"))]
pub fn set_not_dumpable() -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    fn set_not_dumpable_makes_the_process_not_dumpable() {
        super::set_not_dumpable().unwrap();
        // SAFETY: PR_GET_DUMPABLE takes no argument and returns the flag.
        let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        assert_eq!(dumpable, 0);
    }
}
