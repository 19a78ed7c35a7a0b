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

/// Makes Ctrl-C (SIGINT) end the process at once with status 130, after putting the terminal
/// back as it was at start (a password prompt turns echo off). Output is written in one piece
/// after it is fully built, so an interrupt never leaves half a line on stdout; `_exit` also
/// drops anything still buffered.
#[cfg(unix)]
pub fn exit_on_interrupt() {
    use std::sync::OnceLock;
    static TERMINAL: OnceLock<libc::termios> = OnceLock::new();

    // SAFETY: termios is plain integers, for which all-zero is a valid value.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: tcgetattr fills the termios we own; we keep it only when it returns 0.
    if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } == 0 {
        let _ = TERMINAL.set(saved);
    }
    let on_interrupt = || {
        if let Some(saved) = TERMINAL.get() {
            // SAFETY: tcsetattr is async-signal-safe; `saved` came from tcgetattr.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, saved) };
        }
        // SAFETY: _exit is async-signal-safe and runs no Rust code after the handler.
        unsafe { libc::_exit(130) };
    };
    // SAFETY: the handler only reads an initialised OnceLock (an atomic load) and makes
    // async-signal-safe calls (tcsetattr, _exit): no allocation, no locks.
    let registered = unsafe { signal_hook::low_level::register(libc::SIGINT, on_interrupt) };
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
