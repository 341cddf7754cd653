//! phr: a personal health record kept in one encrypted binder file.
//!
//! The library holds everything; `main.rs` only calls [`run`]. Layers, from the bottom:
//! [`binder`] (the encrypted file and its SQLite image), [`records`] (the data kept in
//! it), and [`cli`] (arguments, prompts, printing).
#![forbid(unsafe_code)]

pub mod binder;
pub mod cli;
pub mod clock;
pub mod config;
pub mod context;
pub mod dates;
pub mod ends;
pub mod error;
pub mod export;
pub mod import;
pub mod json;
pub mod letter;
pub mod lexicon;
pub mod medparse;
pub mod reconcile;
pub mod records;
pub mod sig;
pub mod table;
pub mod tty;
pub mod ui;
pub mod yaml;

use std::ffi::OsString;
use std::process::ExitCode;

/// Runs phr with the given arguments (the first is the program name) and returns the
/// exit code documented in DESIGN.md: 0 ok, 1 error, 2 usage, 3 wrong passphrase or
/// identity, 4 binder missing or unreadable, 5 busy, 255 a bug.
pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let code = match cli::run(args) {
        Ok(()) => 0,
        Err(e) if e.kind == error::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            eprint!("{}", e.render());
            e.kind.exit_code()
        }
    };
    ExitCode::from(code)
}
