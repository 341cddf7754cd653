//! Rotating encrypted backups: before each save the previous `binder.age` is hard-linked
//! (or copied) into `backups/`, never moved, so `binder.age` exists at every instant.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One backup file. `id` is what `phr backup restore ID` takes.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Backup {
    pub id: String,
    #[serde(skip)]
    pub path: PathBuf,
    /// When the binder in this file was saved (the file's modification time, UTC).
    pub saved_at: String,
    pub bytes: u64,
}

const PREFIX: &str = "binder-";
const SUFFIX: &str = ".age";

fn seq_of(name: &str) -> Option<u64> {
    name.strip_prefix(PREFIX)?
        .strip_suffix(SUFFIX)?
        .parse()
        .ok()
}

/// The backups, newest first.
pub fn list(dir: &Path) -> io::Result<Vec<Backup>> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some(seq) = name.to_str().and_then(seq_of) else {
            continue;
        };
        let meta = entry.metadata()?;
        let saved_at = meta
            .modified()
            .ok()
            .map(|t| crate::clock::stamp(chrono::DateTime::<chrono::Utc>::from(t)))
            .unwrap_or_default();
        out.push((
            seq,
            Backup {
                id: seq.to_string(),
                path: entry.path(),
                saved_at,
                bytes: meta.len(),
            },
        ));
    }
    out.sort_by_key(|b| std::cmp::Reverse(b.0));
    Ok(out.into_iter().map(|(_, b)| b).collect())
}

/// Keeps `current` as the newest backup and prunes all but the newest `keep`.
pub fn rotate(current: &Path, dir: &Path, keep: usize) -> io::Result<()> {
    super::file::create_private_dir(dir)?;
    let existing = list(dir)?;
    let next = existing
        .first()
        .and_then(|b| b.id.parse::<u64>().ok())
        .map_or(1, |n| n + 1);
    let dest = dir.join(format!("{PREFIX}{next:08}{SUFFIX}"));
    if fs::hard_link(current, &dest).is_err() {
        copy_private(current, &dest)?;
    }
    super::file::sync_dir(dir)?;
    // `existing` is newest first and does not include `dest`.
    for old in existing.iter().skip(keep.saturating_sub(1)) {
        fs::remove_file(&old.path)?;
    }
    Ok(())
}

/// The oldest backup when the next rotation would delete it, for the next save to
/// overwrite instead (see `file::atomic_write_recycling`). Only a file with no other
/// link, and never `current` itself.
pub fn recyclable(dir: &Path, keep: usize, current: &Path) -> Option<PathBuf> {
    use std::os::unix::fs::MetadataExt;
    let existing = list(dir).ok()?;
    if keep == 0 || existing.len() < keep {
        return None;
    }
    let oldest = existing.last()?;
    let meta = fs::metadata(&oldest.path).ok()?;
    let cur = fs::metadata(current).ok()?;
    (meta.nlink() == 1 && meta.ino() != cur.ino() && meta.is_file()).then(|| oldest.path.clone())
}

fn copy_private(from: &Path, to: &Path) -> io::Result<()> {
    let bytes = fs::read(from)?;
    super::file::write_private(to, &bytes, false)
}

/// Finds a backup by id.
pub fn find(dir: &Path, id: &str) -> io::Result<Option<Backup>> {
    let wanted = id.trim().trim_start_matches('0');
    Ok(list(dir)?
        .into_iter()
        .find(|b| b.id.trim_start_matches('0') == wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotation_keeps_the_newest_n() {
        let dir = tempfile::tempdir().unwrap();
        let cur = dir.path().join("binder.age");
        let backups = dir.path().join("backups");
        for i in 0..14 {
            fs::write(&cur, format!("v{i}")).unwrap();
            rotate(&cur, &backups, 10).unwrap();
            // The next save replaces binder.age by rename, as a real save does.
            let tmp = dir.path().join("next");
            fs::write(&tmp, "next").unwrap();
            fs::rename(&tmp, &cur).unwrap();
        }
        let l = list(&backups).unwrap();
        assert_eq!(l.len(), 10);
        assert_eq!(l[0].id, "14");
        assert_eq!(fs::read_to_string(&l[0].path).unwrap(), "v13");
        assert_eq!(l[9].id, "5");
        assert!(find(&backups, "14").unwrap().is_some());
        assert!(find(&backups, "3").unwrap().is_none());
    }

    #[test]
    fn only_a_full_rotation_offers_its_oldest_backup() {
        let dir = tempfile::tempdir().unwrap();
        let cur = dir.path().join("binder.age");
        let backups = dir.path().join("backups");
        fs::write(&cur, "v").unwrap();
        for i in 0..3 {
            assert_eq!(recyclable(&backups, 3, &cur), None, "{i} backups");
            let tmp = dir.path().join("next");
            fs::write(&tmp, format!("v{i}")).unwrap();
            rotate(&cur, &backups, 3).unwrap();
            fs::rename(&tmp, &cur).unwrap();
        }
        let oldest = list(&backups).unwrap().pop().unwrap().path;
        assert_eq!(recyclable(&backups, 3, &cur), Some(oldest.clone()));
        // A backup linked elsewhere too is left alone.
        fs::hard_link(&oldest, dir.path().join("kept-by-the-user")).unwrap();
        assert_eq!(recyclable(&backups, 3, &cur), None);
    }
}
