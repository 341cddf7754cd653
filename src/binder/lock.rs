//! The writers' lock: an exclusive OS lock on the binder's `lock` file, taken before
//! reading, so two writers never lose an update. Readers take none.

use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use super::BinderError;

/// How long a writer waits for another before giving up (exit 5).
pub const WAIT: Duration = Duration::from_secs(10);

/// Held while a write is in progress; released when dropped (or when the process dies).
#[derive(Debug)]
pub struct WriteLock {
    _file: File,
}

/// Takes the lock on `path`, waiting up to `wait`.
pub fn acquire(path: &Path, wait: Duration) -> Result<WriteLock, BinderError> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(path)
        .map_err(|e| BinderError::io("could not open the lock file", e))?;
    let start = Instant::now();
    let mut pause = Duration::from_millis(2);
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(WriteLock { _file: file }),
            Err(TryLockError::WouldBlock) => {
                if start.elapsed() >= wait {
                    return Err(BinderError::Busy);
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(TryLockError::Error(e)) => {
                return Err(BinderError::io("could not lock the binder", e));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_writer_is_busy_until_first_releases() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("lock");
        let first = acquire(&p, WAIT).unwrap();
        let second = acquire(&p, Duration::from_millis(30));
        assert!(matches!(second, Err(BinderError::Busy)));
        drop(first);
        assert!(acquire(&p, Duration::from_millis(30)).is_ok());
    }
}
