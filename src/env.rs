//! The process seam that tests replace: environment variables, terminals, the terminal's
//! width and the clock.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::time::SystemTime;

/// What the program reads from the process around it; injectable so that tests pin it.
pub trait Environment {
    /// The variable's value, if set.
    fn var(&self, name: &str) -> Option<OsString>;

    /// Whether stdout is a terminal.
    fn stdout_is_terminal(&self) -> bool;

    /// Whether stderr is a terminal.
    fn stderr_is_terminal(&self) -> bool;

    /// Width in columns of the terminal on stdout; `None` when stdout is not a terminal.
    fn terminal_width(&self) -> Option<usize>;

    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The variable's value as text, when it is set and not empty (an empty variable counts as
/// unset for settings, as for most command-line tools).
pub fn non_empty(env: &dyn Environment, name: &str) -> Option<String> {
    env.var(name)
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
}

/// The real process.
pub struct ProcessEnv;

impl Environment for ProcessEnv {
    fn var(&self, name: &str) -> Option<OsString> {
        std::env::var_os(name)
    }

    fn stdout_is_terminal(&self) -> bool {
        std::io::stdout().is_terminal()
    }

    fn stderr_is_terminal(&self) -> bool {
        std::io::stderr().is_terminal()
    }

    fn terminal_width(&self) -> Option<usize> {
        terminal_size::terminal_size_of(std::io::stdout())
            .map(|(terminal_size::Width(columns), _)| usize::from(columns))
    }

    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

/// The test double: variables, terminals, width and time are what the test gives.
#[cfg(test)]
#[derive(Debug, Clone)]
pub(crate) struct FakeEnv {
    vars: std::collections::HashMap<String, OsString>,
    stdout_terminal: bool,
    stderr_terminal: bool,
    width: Option<usize>,
    now: SystemTime,
}

#[cfg(test)]
impl FakeEnv {
    /// No variables, no terminal, no width, and the clock stopped at 2026-01-01T00:00:00Z.
    pub(crate) fn new() -> Self {
        FakeEnv {
            vars: std::collections::HashMap::new(),
            stdout_terminal: false,
            stderr_terminal: false,
            width: None,
            now: SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_767_225_600),
        }
    }

    /// Sets one variable.
    pub(crate) fn with_var(mut self, name: &str, value: &str) -> Self {
        self.vars.insert(name.to_string(), OsString::from(value));
        self
    }

    /// Sets several variables.
    pub(crate) fn with_vars(self, vars: &[(&str, &str)]) -> Self {
        vars.iter()
            .fold(self, |env, (name, value)| env.with_var(name, value))
    }

    /// Makes stdout and stderr terminals or not.
    pub(crate) fn with_terminals(mut self, stdout: bool, stderr: bool) -> Self {
        self.stdout_terminal = stdout;
        self.stderr_terminal = stderr;
        self
    }

    /// Gives the terminal on stdout a width.
    pub(crate) fn with_width(mut self, columns: usize) -> Self {
        self.width = Some(columns);
        self
    }

    /// Stops the clock at `now`.
    pub(crate) fn at(mut self, now: SystemTime) -> Self {
        self.now = now;
        self
    }
}

#[cfg(test)]
impl Environment for FakeEnv {
    fn var(&self, name: &str) -> Option<OsString> {
        self.vars.get(name).cloned()
    }

    fn stdout_is_terminal(&self) -> bool {
        self.stdout_terminal
    }

    fn stderr_is_terminal(&self) -> bool {
        self.stderr_terminal
    }

    fn terminal_width(&self) -> Option<usize> {
        self.width
    }

    fn now(&self) -> SystemTime {
        self.now
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn the_fake_reports_exactly_what_it_was_given() {
        let env = FakeEnv::new()
            .with_vars(&[("HOME", "/home/u"), ("EMPTY", "")])
            .with_terminals(true, false)
            .with_width(80)
            .at(SystemTime::UNIX_EPOCH + Duration::from_secs(60));
        let env: &dyn Environment = &env;
        assert_eq!(env.var("HOME"), Some(OsString::from("/home/u")));
        assert_eq!(env.var("EMPTY"), Some(OsString::new()));
        assert_eq!(env.var("PATH"), None);
        assert!(env.stdout_is_terminal());
        assert!(!env.stderr_is_terminal());
        assert_eq!(env.terminal_width(), Some(80));
        assert_eq!(env.now(), SystemTime::UNIX_EPOCH + Duration::from_secs(60));
    }

    #[test]
    fn a_new_fake_has_no_terminal_and_a_stopped_clock() {
        let env = FakeEnv::new();
        assert!(!env.stdout_is_terminal() && !env.stderr_is_terminal());
        assert_eq!(env.terminal_width(), None);
        assert_eq!(env.now(), FakeEnv::new().now());
    }
}
