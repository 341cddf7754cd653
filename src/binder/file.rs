//! Durable, private file writes: 0600 temp files in the target's directory, fsync,
//! atomic rename, fsync of the directory. Plaintext never passes through here.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The suffix of temp files; a later save removes any a crash left behind.
pub const TMP_SUFFIX: &str = ".tmp";

/// Reads a whole file of at most `limit` bytes. A larger one, or an endless one (a link
/// to `/dev/zero`), is an error of kind `FileTooLarge` once `limit + 1` bytes are read:
/// reading never takes more memory than the limit.
pub fn read_at_most(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    File::open(path)?.take(limit + 1).read_to_end(&mut buf)?;
    if buf.len() as u64 > limit {
        return Err(io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("it is larger than {limit} bytes"),
        ));
    }
    Ok(buf)
}

/// Creates `dir` (and parents) with mode 0700 and tightens an existing one to 0700.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
}

/// Sets an existing directory back to 0700 if group or others were given access (a
/// missing directory is left for its creator).
pub fn tighten_dir(dir: &Path) -> io::Result<()> {
    match fs::metadata(dir) {
        Ok(m) if m.permissions().mode() & 0o077 != 0 => {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
        }
        Ok(_) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `target` atomically: a 0600 temp file beside it, fsync, rename,
/// fsync of the directory. `before_rename` runs after the temp file is durable and
/// before it replaces the target (used to rotate a backup).
pub fn atomic_write(
    target: &Path,
    bytes: &[u8],
    before_rename: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    atomic_write_with(target, |f| f.write_all(bytes), before_rename)
}

/// [`atomic_write`] with the content written by `write` into the temp file (so a large
/// file can be produced a chunk at a time). A failure removes the temp file.
pub fn atomic_write_with(
    target: &Path,
    write: impl FnOnce(&mut File) -> io::Result<()>,
    before_rename: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    atomic_write_recycling(target, None, write, before_rename)
}

/// [`atomic_write_with`], but the temp file is `recycle` when given: a file of ours that
/// was about to be deleted (the oldest backup), renamed to the temp name and overwritten.
/// Rewriting blocks a file already has costs the file system much less than freeing
/// one large file and allocating another. If it cannot be taken, a new file is used.
pub fn atomic_write_recycling(
    target: &Path,
    recycle: Option<&Path>,
    write: impl FnOnce(&mut File) -> io::Result<()>,
    before_rename: impl FnOnce() -> io::Result<()>,
) -> io::Result<()> {
    let dir = target
        .parent()
        .ok_or_else(|| io::Error::other("the target has no parent directory"))?;
    let tmp = temp_path(target)?;
    let result = (|| {
        let mut f = match recycle {
            Some(old) if fs::rename(old, &tmp).is_ok() => {
                let f = OpenOptions::new().write(true).open(&tmp)?;
                f.set_permissions(fs::Permissions::from_mode(0o600))?;
                f
            }
            _ => OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&tmp)?,
        };
        write(&mut f)?;
        // A recycled file may be longer than what was written.
        let len = f.stream_position()?;
        f.set_len(len)?;
        f.sync_all()?;
        drop(f);
        before_rename()?;
        fs::rename(&tmp, target)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

fn temp_path(target: &Path) -> io::Result<PathBuf> {
    let mut rnd = [0u8; 8];
    getrandom::fill(&mut rnd).map_err(|e| io::Error::other(e.to_string()))?;
    let name = target
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("file");
    let hex: String = rnd.iter().map(|b| format!("{b:02x}")).collect();
    Ok(target.with_file_name(format!("{name}.{hex}{TMP_SUFFIX}")))
}

/// Fsyncs a directory so a rename in it is durable.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Removes temp files named after `target` that a crashed save left behind.
pub fn remove_stale_temps(target: &Path) -> io::Result<usize> {
    let Some(dir) = target.parent() else {
        return Ok(0);
    };
    let Some(name) = target.file_name().and_then(|n| n.to_str()) else {
        return Ok(0);
    };
    let prefix = format!("{name}.");
    let mut removed = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let fname = entry.file_name();
        let Some(f) = fname.to_str() else { continue };
        if f.starts_with(&prefix) && f.ends_with(TMP_SUFFIX) {
            fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Writes a new file with mode 0600; refuses to replace an existing one unless `force`.
pub fn write_private(path: &Path, bytes: &[u8], force: bool) -> io::Result<()> {
    write_private_with(path, force, |f| f.write_all(bytes))
}

/// [`write_private`] with the content written by `write` (a large export is written as
/// it is produced). A failure removes the new file.
pub fn write_private_with(
    path: &Path,
    force: bool,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    if force {
        return atomic_write_with(path, write, || Ok(()));
    }
    let mut f = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    let result = write(&mut f).and_then(|()| f.sync_all());
    if result.is_err() {
        drop(f);
        let _ = fs::remove_file(path);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::MetadataExt;

    #[test]
    fn atomic_write_replaces_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("binder.age");
        fs::write(&p, b"old").unwrap();
        atomic_write(&p, b"new", || Ok(())).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new");
        assert_eq!(fs::metadata(&p).unwrap().mode() & 0o777, 0o600);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_recycled_file_is_overwritten_cut_to_size_and_made_private() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("binder.age");
        let old = dir.path().join("oldest-backup");
        fs::write(&p, b"current").unwrap();
        fs::write(&old, b"a much longer old backup").unwrap();
        fs::set_permissions(&old, fs::Permissions::from_mode(0o644)).unwrap();
        let ino = fs::metadata(&old).unwrap().ino();
        atomic_write_recycling(&p, Some(&old), |f| f.write_all(b"new"), || Ok(())).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"new");
        assert_eq!(
            fs::metadata(&p).unwrap().ino(),
            ino,
            "the old file's inode is reused"
        );
        assert_eq!(fs::metadata(&p).unwrap().mode() & 0o777, 0o600);
        assert!(!old.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        // A file that cannot be taken is replaced by a new one.
        atomic_write_recycling(&p, Some(&old), |f| f.write_all(b"newer"), || Ok(())).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"newer");
    }

    #[test]
    fn failed_hook_leaves_old_file_and_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("binder.age");
        fs::write(&p, b"old").unwrap();
        let r = atomic_write(&p, b"new", || Err(io::Error::other("no")));
        assert!(r.is_err());
        assert_eq!(fs::read(&p).unwrap(), b"old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn stale_temps_are_removed_and_others_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("binder.age");
        fs::write(&p, b"x").unwrap();
        fs::write(dir.path().join("binder.age.abcd.tmp"), b"t").unwrap();
        fs::write(dir.path().join("identity.age"), b"i").unwrap();
        assert_eq!(remove_stale_temps(&p).unwrap(), 1);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn write_private_refuses_to_overwrite() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        write_private(&p, b"a", false).unwrap();
        assert!(write_private(&p, b"b", false).is_err());
        write_private(&p, b"c", true).unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"c");
    }
}
