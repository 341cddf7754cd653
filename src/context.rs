//! What every command needs: where the binder is, how to unlock it (identity, session,
//! passphrase file, prompt — in that order), the clock and the output settings.

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::binder::crypto::{self, Keys, OwnerKey, Passphrase};
use crate::binder::{self, Binder, BinderError, BinderPaths, KeyOrigin, session};
use crate::error::{CliError, CliResult, ErrorKind};
use crate::ui::Ui;

/// The environment variable that carries a session key from `phr unlock`.
pub const SESSION_VAR: &str = "PHR_SESSION";

/// Largest passphrase or identity file phr reads.
const MAX_SECRET_FILE: u64 = 64 * 1024;

/// The global options, already checked.
#[derive(Debug, Clone, Default)]
pub struct Globals {
    pub binder: Option<PathBuf>,
    pub identity: Option<PathBuf>,
    pub passphrase_file: Option<PathBuf>,
    pub no_input: bool,
    /// A session key given in-process (the tour); otherwise `PHR_SESSION` is read.
    pub session: Option<String>,
}

pub struct Context {
    pub globals: Globals,
    pub ui: Ui,
    pub config: crate::config::Config,
    /// Whether the process ends with this command (the `phr` binary), rather than going
    /// on to others (the demo runs its commands in-process). See [`Context::done_with`].
    pub ends_process: bool,
}

impl Context {
    pub fn new(globals: Globals, ui: Ui, config: crate::config::Config) -> Self {
        Context {
            globals,
            ui,
            config,
            ends_process: false,
        }
    }

    /// Takes what a command has finished with once its output is written: the records
    /// it read, the document or table it drew. When the process ends with the command,
    /// it is left for the operating system to reclaim with the rest of the process's
    /// memory, rather than freed one allocation at a time (freeing the snapshot and the
    /// document of a medication list of 3,357 lines took 3–4 ms of its 45); otherwise it
    /// is dropped. Freeing never wiped anything: nothing here zeroizes on drop, and
    /// nothing that does (keys, passphrases, the binder and its decrypted image) may be
    /// handed over.
    pub fn done_with<T>(&self, finished: T) {
        if self.ends_process {
            std::mem::forget(finished);
        } else {
            drop(finished);
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        crate::clock::now()
    }

    pub fn stamp(&self) -> String {
        crate::clock::stamp(self.now())
    }

    /// The binder directory: `--binder`/`PHR_BINDER`, else the platform data directory.
    pub fn paths(&self) -> CliResult<BinderPaths> {
        if let Some(dir) = &self.globals.binder {
            return Ok(BinderPaths::new(dir.clone()));
        }
        if let Some(dir) = &self.config.binder {
            return Ok(BinderPaths::new(dir.clone()));
        }
        let dirs = directories::ProjectDirs::from("", "", "phr").ok_or_else(|| {
            CliError::usage("could not find a home directory for the default binder")
                .hint("name the binder with `--binder DIR` or PHR_BINDER")
        })?;
        Ok(BinderPaths::new(dirs.data_dir().to_path_buf()))
    }

    /// Prompts are allowed only on a terminal and without `--no-input`.
    pub fn can_prompt(&self) -> bool {
        !self.globals.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// The passphrase from `--passphrase-file`, or `None` when none was given.
    pub fn passphrase_from_file(&self) -> CliResult<Option<Passphrase>> {
        match &self.globals.passphrase_file {
            Some(p) => read_passphrase_file(p).map(Some),
            None => Ok(None),
        }
    }

    /// Asks for a passphrase at the terminal.
    pub fn prompt_passphrase(&self, prompt: &str) -> CliResult<Passphrase> {
        let secret = crate::tty::read_secret(prompt).map_err(|e| unanswered(e, "passphrase"))?;
        Ok(Passphrase::new(secret.as_str().to_owned()))
    }

    /// Asks with a dialoguer prompt (see [`crate::tty::ask`]): Ctrl-C cancels it, with
    /// the terminal as it was.
    pub fn ask<T>(&self, prompt: impl FnOnce() -> dialoguer::Result<T>) -> CliResult<T> {
        crate::tty::ask(prompt).map_err(|e| unanswered(e, "answer"))
    }

    /// The error when no way to unlock was given.
    pub fn no_unlock_error(&self) -> CliError {
        CliError::new(ErrorKind::Auth, "the binder is locked and no way to unlock it was given")
            .hint("give `--passphrase-file FILE` (or PHR_PASSPHRASE_FILE), `--identity FILE` (or PHR_IDENTITY), or a session from `eval \"$(phr unlock)\"` (PHR_SESSION)")
            .hint("at a terminal without `--no-input`, phr asks for the passphrase")
    }

    /// The owner's key, from a session, the passphrase file or a prompt.
    pub fn owner_key(&self, paths: &BinderPaths) -> CliResult<OwnerKey> {
        self.owner_key_with(paths, true)
    }

    /// The owner's key from the passphrase only (file or prompt): what `phr unlock`
    /// needs, so that a session cannot extend itself.
    pub fn owner_key_by_passphrase(&self, paths: &BinderPaths) -> CliResult<OwnerKey> {
        self.owner_key_with(paths, false)
    }

    fn owner_key_with(&self, paths: &BinderPaths, allow_session: bool) -> CliResult<OwnerKey> {
        let mut session_error = None;
        if let Some(key) = allow_session
            .then(|| {
                self.globals
                    .session
                    .clone()
                    .or_else(|| std::env::var(SESSION_VAR).ok())
            })
            .flatten()
            .filter(|s| !s.trim().is_empty())
        {
            match session::open(&paths.dir, &key, self.now().timestamp()) {
                Ok(owner) => return Ok(owner),
                Err(e) => session_error = Some(e),
            }
        }
        if let Some(p) = self.passphrase_from_file()? {
            return Ok(binder::unwrap_owner(paths, &p)?);
        }
        if !paths.exists() && !paths.identity().exists() {
            return Err(BinderError::Missing(paths.dir.clone()).into());
        }
        if self.can_prompt() {
            for attempt in 0..3 {
                let p =
                    self.prompt_passphrase(&format!("Passphrase for {}", paths.dir.display()))?;
                match binder::unwrap_owner(paths, &p) {
                    Ok(k) => return Ok(k),
                    Err(BinderError::WrongPassphrase(_)) if attempt < 2 => {
                        self.ui.warn("wrong passphrase, try again");
                    }
                    Err(e) => return Err(e.into()),
                }
            }
        }
        if let Some(e) = session_error {
            return Err(e.into());
        }
        Err(self.no_unlock_error())
    }

    /// The keys that open the binder, in DESIGN's order: `--identity`, session,
    /// passphrase file, prompt.
    pub fn keys(&self, paths: &BinderPaths) -> CliResult<(Keys, KeyOrigin)> {
        if let Some(path) = &self.globals.identity {
            return Ok((self.identity_file_keys(path)?, KeyOrigin::Given));
        }
        let owner = self.owner_key(paths)?;
        Ok((Keys::single(owner.into_identity()), KeyOrigin::Owner))
    }

    fn identity_file_keys(&self, path: &Path) -> CliResult<Keys> {
        let bytes = read_limited(path, "identity file")?;
        let text = if crypto::is_age_file(&bytes) {
            let pass = match self.passphrase_from_file()? {
                Some(p) => p,
                None if self.can_prompt() => {
                    self.prompt_passphrase(&format!("Passphrase for {}", path.display()))?
                }
                None => {
                    return Err(CliError::new(
                        ErrorKind::Auth,
                        format!("{} is passphrase-protected", path.display()),
                    )
                    .hint("give its passphrase with `--passphrase-file FILE`"));
                }
            };
            crypto::decrypt_with_passphrase(&bytes, &pass).map_err(|f| match f {
                crypto::DecryptFailure::WrongKey => {
                    BinderError::WrongPassphrase(path.to_path_buf())
                }
                crypto::DecryptFailure::Corrupt(detail) => BinderError::Corrupt {
                    file: path.to_path_buf(),
                    detail,
                },
            })?
        } else {
            bytes
        };
        let identities = crypto::parse_identity_text(&text).map_err(|e| {
            let cli = CliError::from(e);
            let message = format!("{}: {}", path.display(), cli.message);
            CliError { message, ..cli }
        })?;
        Ok(Keys { identities })
    }

    pub fn open_read(&self) -> CliResult<Binder> {
        let paths = self.paths()?;
        if !paths.exists() {
            return Err(BinderError::Missing(paths.dir.clone()).into());
        }
        let (keys, origin) = self.keys(&paths)?;
        Ok(Binder::open_read(&paths, &keys, origin)?)
    }

    pub fn open_write(&self) -> CliResult<Binder> {
        let paths = self.paths()?;
        if !paths.exists() {
            return Err(BinderError::Missing(paths.dir.clone()).into());
        }
        let (keys, origin) = self.keys(&paths)?;
        Ok(Binder::open_write(&paths, &keys, origin)?)
    }

    /// Runs one change: takes the lock, reads, runs `change` in a transaction, commits
    /// and saves. Nothing is written when `change` fails.
    pub fn write<T>(
        &self,
        change: impl FnOnce(&rusqlite::Transaction<'_>) -> CliResult<T>,
    ) -> CliResult<T> {
        let mut binder = self.open_write()?;
        let tx = binder
            .conn_mut()
            .transaction()
            .map_err(|e| CliError::failed("the binder's database failed").cause(e))?;
        let value = change(&tx)?;
        tx.commit()
            .map_err(|e| CliError::failed("the binder's database failed").cause(e))?;
        self.save(&mut binder)?;
        Ok(value)
    }

    /// Saves a binder opened with [`Context::open_write`].
    pub fn save(&self, binder: &mut Binder) -> CliResult {
        Ok(binder.save(self.config.backups())?)
    }
}

fn read_limited(path: &Path, what: &str) -> CliResult<zeroize::Zeroizing<Vec<u8>>> {
    let f = std::fs::File::open(path).map_err(|e| {
        CliError::failed(format!("could not open the {what} {}", path.display())).cause(e)
    })?;
    // Room for the whole cap up front: a growing Vec would leave copies of the secret in
    // freed memory each time it reallocated.
    let mut buf = zeroize::Zeroizing::new(Vec::with_capacity(MAX_SECRET_FILE as usize + 1));
    f.take(MAX_SECRET_FILE + 1)
        .read_to_end(&mut buf)
        .map_err(|e| {
            CliError::failed(format!("could not read the {what} {}", path.display())).cause(e)
        })?;
    if buf.len() as u64 > MAX_SECRET_FILE {
        return Err(CliError::failed(format!(
            "the {what} {} is larger than 64 KiB",
            path.display()
        ))
        .hint(format!("give the {what} itself, not another file")));
    }
    Ok(buf)
}

/// Reads a passphrase file: its first line, without the line ending.
pub fn read_passphrase_file(path: &Path) -> CliResult<Passphrase> {
    let bytes = read_limited(path, "passphrase file")?;
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        CliError::failed(format!(
            "the passphrase file {} is not UTF-8 text",
            path.display()
        ))
    })?;
    let line = text.split('\n').next().unwrap_or("").trim_end_matches('\r');
    if line.is_empty() {
        return Err(CliError::failed(format!(
            "the passphrase file {} has an empty first line",
            path.display()
        ))
        .hint("put the passphrase on the file's first line"));
    }
    Ok(Passphrase::new(line.to_owned()))
}

/// The error for a prompt left without an answer (`what`: "passphrase", "answer"). Every
/// prompt comes before any change, so a cancelled one changed nothing.
fn unanswered(e: crate::tty::ReadError, what: &str) -> CliError {
    match e {
        crate::tty::ReadError::Cancelled => {
            CliError::failed(format!("no {what} was given: the prompt was cancelled"))
                .hint("nothing was changed")
        }
        e => CliError::failed(format!("could not read the {what}")).cause(e),
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::rc::Rc;

    use super::*;

    /// Counts its drops.
    struct Counted(Rc<Cell<u32>>);

    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.set(self.0.get() + 1);
        }
    }

    fn context(ends_process: bool) -> Context {
        let mut ctx = Context::new(
            Globals::default(),
            Ui::new(false, true, "never"),
            crate::config::Config::default(),
        );
        ctx.ends_process = ends_process;
        ctx
    }

    #[test]
    fn done_with_drops_unless_the_process_ends_next() {
        let drops = Rc::new(Cell::new(0));
        context(false).done_with(Counted(Rc::clone(&drops)));
        assert_eq!(drops.get(), 1, "run in-process, it is dropped at once");
        context(true).done_with(Counted(Rc::clone(&drops)));
        assert_eq!(drops.get(), 1, "in a process that ends next, it is left");
        assert_eq!(
            Rc::strong_count(&drops),
            2,
            "and never freed: the leak is the point"
        );
    }
}
