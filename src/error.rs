//! One error type for the command line: a kind that picks the exit code, a message,
//! the chain of causes and hints for what to do next. Printed in one place.

use std::fmt;

/// The exit codes documented in DESIGN.md and the man page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// 1: the command failed (bad input, a record not found, an I/O problem).
    Failed,
    /// 2: the command line itself was wrong.
    Usage,
    /// 3: wrong passphrase, or an identity that cannot open the binder.
    Auth,
    /// 4: the binder is missing, unreadable, corrupted or from a newer phr.
    Binder,
    /// 5: another writer holds the binder's lock.
    Busy,
    /// 255: a bug in phr.
    Internal,
    /// stdout was closed early (`phr med list | head -1`): exit quietly with 0.
    BrokenPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Failed => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Auth => 3,
            ErrorKind::Binder => 4,
            ErrorKind::Busy => 5,
            ErrorKind::Internal => 255,
            ErrorKind::BrokenPipe => 0,
        }
    }
}

/// An error as the user sees it. Messages never carry health data or secrets.
#[derive(Debug)]
pub struct CliError {
    pub kind: ErrorKind,
    pub message: String,
    pub causes: Vec<String>,
    pub hints: Vec<String>,
}

pub type CliResult<T = ()> = Result<T, CliError>;

impl CliError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            causes: Vec::new(),
            hints: Vec::new(),
        }
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failed, message)
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }

    #[must_use]
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    #[must_use]
    pub fn cause(mut self, cause: impl fmt::Display) -> Self {
        self.causes.push(cause.to_string());
        self
    }

    /// Writes the error the way every phr error looks: `Error:`, `Caused by:`, `Hint:`.
    pub fn render(&self) -> String {
        let mut out = format!("Error: {}\n", self.message);
        for c in &self.causes {
            out.push_str(&format!("Caused by: {c}\n"));
        }
        for h in &self.hints {
            out.push_str(&format!("Hint: {h}\n"));
        }
        out
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl From<crate::binder::BinderError> for CliError {
    fn from(e: crate::binder::BinderError) -> Self {
        crate::binder::to_cli_error(e)
    }
}

impl From<rusqlite::Error> for CliError {
    fn from(e: rusqlite::Error) -> Self {
        crate::binder::db_cli_error(e)
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return CliError::new(ErrorKind::BrokenPipe, "broken pipe");
        }
        CliError::failed("an input/output operation failed").cause(e)
    }
}
