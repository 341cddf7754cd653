//! Sessions: `phr unlock` wraps the owner's identity to a fresh X25519 key and keeps
//! it in a 0600 file under the runtime directory; `PHR_SESSION` carries the session's
//! secret key, so later commands skip scrypt until the session expires or `phr lock`.

use std::fs;
use std::io;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use super::crypto::{self, OwnerKey};
use super::{BinderError, file};

/// The directory for session files: `$XDG_RUNTIME_DIR/phr`, or a private directory
/// under the temp dir when there is no runtime directory.
pub fn dir() -> io::Result<PathBuf> {
    let base = directories::BaseDirs::new()
        .and_then(|b| b.runtime_dir().map(Path::to_path_buf))
        .map(|d| d.join("phr"));
    let dir = match base {
        Some(d) => d,
        None => {
            let uid = fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(0);
            std::env::temp_dir().join(format!("phr-runtime-{uid}"))
        }
    };
    file::create_private_dir(&dir)?;
    let meta = fs::metadata(&dir)?;
    let me = fs::metadata("/proc/self").map(|m| m.uid()).ok();
    if me.is_some_and(|uid| meta.uid() != uid) {
        return Err(io::Error::other(format!(
            "{} belongs to another user",
            dir.display()
        )));
    }
    Ok(dir)
}

/// The session file of one binder: named by a hash of the binder's canonical path.
fn file_for(binder_dir: &Path) -> io::Result<PathBuf> {
    let canon = fs::canonicalize(binder_dir).unwrap_or_else(|_| binder_dir.to_path_buf());
    // FNV-1a: a stable name, not a secret.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in canon.as_os_str().as_encoded_bytes() {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    Ok(dir()?.join(format!("session-{h:016x}.age")))
}

/// Starts (or renews) a session for `binder_dir`. Reuses `existing` as the session key
/// when given and valid, so one `PHR_SESSION` can cover several binders.
pub fn start(
    binder_dir: &Path,
    owner: &OwnerKey,
    expires_unix: i64,
    existing: Option<&str>,
) -> Result<SecretString, BinderError> {
    let session_key = existing
        .and_then(|s| age::x25519::Identity::from_str(s.trim()).ok())
        .unwrap_or_else(age::x25519::Identity::generate);
    // Sized up front so no reallocation leaves a copy of the key in freed memory.
    let mut body = Zeroizing::new(String::with_capacity(256));
    {
        use std::fmt::Write as _;
        let _ = write!(
            body,
            "expires={expires_unix}\n{}\n",
            owner.secret_string().expose_secret()
        );
    }
    let ct =
        crypto::encrypt_to_recipients(body.as_bytes(), &[session_key.to_public().to_string()])?;
    let path = file_for(binder_dir)
        .map_err(|e| BinderError::io("could not prepare the session directory", e))?;
    file::atomic_write(&path, &ct, || Ok(()))
        .map_err(|e| BinderError::io("could not write the session file", e))?;
    Ok(session_key.to_string())
}

/// Opens the owner's key with a session key. An expired session's file is deleted.
pub fn open(binder_dir: &Path, session_key: &str, now_unix: i64) -> Result<OwnerKey, BinderError> {
    let path = file_for(binder_dir)
        .map_err(|e| BinderError::io("could not find the session directory", e))?;
    // A session file is a few hundred bytes; a larger one is not a session.
    let ct = match super::file::read_at_most(&path, 64 * 1024) {
        Ok(c) => c,
        Err(e)
            if matches!(
                e.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::FileTooLarge
            ) =>
        {
            return Err(BinderError::SessionEnded);
        }
        Err(e) => return Err(BinderError::io("could not read the session file", e)),
    };
    let key = age::x25519::Identity::from_str(session_key.trim())
        .map_err(|_| BinderError::SessionEnded)?;
    let plain = crypto::decrypt(&ct, &[&key as &dyn age::Identity])
        .map_err(|_| BinderError::SessionEnded)?;
    let text = std::str::from_utf8(&plain).map_err(|_| BinderError::SessionEnded)?;
    let expires: i64 = text
        .lines()
        .find_map(|l| l.strip_prefix("expires="))
        .and_then(|v| v.trim().parse().ok())
        .ok_or(BinderError::SessionEnded)?;
    if now_unix >= expires {
        let _ = fs::remove_file(&path);
        return Err(BinderError::SessionEnded);
    }
    super::owner_from_identity_text(text.as_bytes()).ok_or(BinderError::SessionEnded)
}

/// Ends the session of `binder_dir`; true when there was one.
pub fn end(binder_dir: &Path) -> Result<bool, BinderError> {
    let path = file_for(binder_dir)
        .map_err(|e| BinderError::io("could not find the session directory", e))?;
    match fs::remove_file(&path) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(BinderError::io("could not remove the session file", e)),
    }
}
