//! The encrypted binder on disk: a directory holding `binder.age` (an age-encrypted
//! SQLite image), `identity.age` (the owner's key, passphrase-wrapped), `backups/` and a
//! lock file. This layer knows nothing of the command line or of printing.

pub mod backup;
pub mod crypto;
pub mod file;
pub mod lock;
pub mod mapped;
pub mod schema;
pub mod session;

use std::fs;
use std::io::{self, Read, Seek};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, MAIN_DB};
use zeroize::Zeroizing;

use crate::ends::{End, TwoEnds};
use crate::error::{CliError, ErrorKind};
use crypto::{DecryptFailure, Keys, OwnerKey, Passphrase};

/// The names inside a binder directory.
pub const BINDER_FILE: &str = "binder.age";
pub const IDENTITY_FILE: &str = "identity.age";
pub const BACKUP_DIR: &str = "backups";
pub const LOCK_FILE: &str = "lock";

/// Default number of backups kept.
pub const DEFAULT_BACKUPS: usize = 10;

/// Everything that can go wrong below the command line, one variant per problem the
/// user can act on. Messages carry paths, never health data or secrets.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BinderError {
    #[error("no binder at {0}")]
    Missing(PathBuf),
    #[error("the owner's identity file {0} is missing")]
    MissingIdentity(PathBuf),
    #[error("a binder already exists at {0}")]
    AlreadyExists(PathBuf),
    #[error("wrong passphrase for {0}")]
    WrongPassphrase(PathBuf),
    #[error("the identity given cannot open {0}: it is not one of the binder's recipients")]
    NotARecipient(PathBuf),
    #[error("{file} is damaged or truncated ({detail})")]
    Corrupt { file: PathBuf, detail: String },
    #[error(
        "{file} was written by a newer phr (schema version {found}; this phr reads up to {supported})"
    )]
    TooNew {
        file: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("the binder is busy: another phr is writing to it")]
    Busy,
    #[error("{context}")]
    Io {
        context: String,
        #[source]
        source: io::Error,
    },
    #[error("the binder's database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("encryption failed: {0}")]
    Encrypt(String),
    #[error("the system random number generator failed: {0}")]
    Random(String),
    #[error("not an age recipient (age1…) or an SSH public key (ssh-ed25519 …)")]
    BadRecipient,
    #[error("the identity file holds no age identity or unencrypted SSH key")]
    BadIdentity,
    #[error("the SSH key is passphrase-protected, which phr cannot use")]
    EncryptedSshKey,
    #[error(
        "no session for this binder: it expired, was ended by `phr lock`, or was replaced by a newer `phr unlock`"
    )]
    SessionEnded,
    #[error("no backup with id {0}")]
    NoSuchBackup(String),
}

impl BinderError {
    pub fn io(context: impl Into<String>, source: io::Error) -> Self {
        BinderError::Io {
            context: context.into(),
            source,
        }
    }
}

/// Maps a storage error to what the user sees: exit code and hints.
pub fn to_cli_error(e: BinderError) -> CliError {
    let message = e.to_string();
    match e {
        BinderError::Missing(_) | BinderError::MissingIdentity(_) => {
            CliError::new(ErrorKind::Binder, message)
                .hint("create one with `phr init`, or name an existing one with `--binder DIR` or PHR_BINDER")
        }
        BinderError::AlreadyExists(_) => CliError::failed(message)
            .hint("phr init never touches an existing binder; choose another directory with `--binder DIR`"),
        BinderError::WrongPassphrase(_) => CliError::new(ErrorKind::Auth, message)
            .hint("the binder was not changed; try again, or use the identity of a caregiver it is shared with (`--identity FILE`)"),
        BinderError::NotARecipient(_) => CliError::new(ErrorKind::Auth, message)
            .hint("ask the binder's owner to run `phr share add` with your public key"),
        BinderError::Corrupt { .. } => CliError::new(ErrorKind::Binder, message)
            .hint("the file was left as it is; see `phr backup list`, then `phr backup restore ID`"),
        BinderError::TooNew { .. } => CliError::new(ErrorKind::Binder, message)
            .hint("upgrade phr; the binder was not changed"),
        BinderError::Busy => CliError::new(ErrorKind::Busy, message)
            .hint("waited 10 seconds for the other writer; try again when it has finished"),
        BinderError::SessionEnded => CliError::new(ErrorKind::Auth, message)
            .hint("run `eval \"$(phr unlock)\"` again, or give `--passphrase-file FILE`"),
        BinderError::BadRecipient => CliError::failed(message)
            .hint("a recipient looks like `age1…` (from `age-keygen -y`) or `ssh-ed25519 AAAA… name`"),
        BinderError::BadIdentity | BinderError::EncryptedSshKey => CliError::new(ErrorKind::Auth, message)
            .hint("give an age identity file (from `age-keygen`) or an unencrypted ssh-ed25519 private key"),
        BinderError::NoSuchBackup(_) => CliError::failed(message).hint("see `phr backup list` for the ids"),
        BinderError::Sqlite(e) => db_cli_error(e),
        BinderError::Io { source, .. } => {
            let hint = match source.kind() {
                io::ErrorKind::PermissionDenied => "check the permissions of the binder directory",
                io::ErrorKind::StorageFull | io::ErrorKind::FileTooLarge | io::ErrorKind::QuotaExceeded => {
                    "free some disk space and try again; the previous binder is intact"
                }
                _ => "the previous binder is intact; try again",
            };
            CliError::failed(message).cause(source).hint(hint)
        }
        _ => CliError::failed(message),
    }
}

/// Where a binder's files live.
#[derive(Debug, Clone)]
pub struct BinderPaths {
    pub dir: PathBuf,
}

impl BinderPaths {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        BinderPaths { dir: dir.into() }
    }
    pub fn binder(&self) -> PathBuf {
        self.dir.join(BINDER_FILE)
    }
    pub fn identity(&self) -> PathBuf {
        self.dir.join(IDENTITY_FILE)
    }
    pub fn backups(&self) -> PathBuf {
        self.dir.join(BACKUP_DIR)
    }
    pub fn lock(&self) -> PathBuf {
        self.dir.join(LOCK_FILE)
    }
    pub fn exists(&self) -> bool {
        self.binder().exists()
    }
}

/// The largest `identity.age` phr reads: one is a few hundred bytes.
const MAX_IDENTITY_FILE: u64 = 64 * 1024;

/// Reads one of the binder's files whole, up to `limit` bytes: a larger one is damaged.
fn read_file(
    path: &Path,
    limit: u64,
    missing: impl FnOnce() -> BinderError,
) -> Result<Vec<u8>, BinderError> {
    file::read_at_most(path, limit).map_err(|e| match e.kind() {
        io::ErrorKind::FileTooLarge => BinderError::Corrupt {
            file: path.to_path_buf(),
            detail: format!("it is larger than the {limit} bytes phr reads of it"),
        },
        _ => read_error(path, e, missing),
    })
}

/// A failure to open or read one of the binder's files: `missing` when it is not there.
fn read_error(path: &Path, e: io::Error, missing: impl FnOnce() -> BinderError) -> BinderError {
    if e.kind() == io::ErrorKind::NotFound {
        missing()
    } else {
        BinderError::io(format!("could not read {}", path.display()), e)
    }
}

/// Decrypts `identity.age` with the passphrase and returns the owner's key.
pub fn unwrap_owner(paths: &BinderPaths, passphrase: &Passphrase) -> Result<OwnerKey, BinderError> {
    let path = paths.identity();
    let ct = read_file(&path, MAX_IDENTITY_FILE, || {
        if paths.binder().exists() {
            BinderError::MissingIdentity(path.clone())
        } else {
            BinderError::Missing(paths.dir.clone())
        }
    })?;
    let text = crypto::decrypt_with_passphrase(&ct, passphrase).map_err(|f| match f {
        DecryptFailure::WrongKey => BinderError::WrongPassphrase(path.clone()),
        DecryptFailure::Corrupt(detail) => BinderError::Corrupt {
            file: path.clone(),
            detail,
        },
    })?;
    owner_from_identity_text(&text).ok_or(BinderError::Corrupt {
        file: path,
        detail: "it holds no age identity".into(),
    })
}

/// Finds the `AGE-SECRET-KEY-1…` line of an identity file's text.
pub fn owner_from_identity_text(text: &[u8]) -> Option<OwnerKey> {
    let text = std::str::from_utf8(text).ok()?;
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with("AGE-SECRET-KEY-"))
        .and_then(OwnerKey::parse)
}

/// Re-wraps `identity.age` under a new passphrase with a single atomic rename. The
/// binder itself is untouched.
pub fn rewrap_identity(
    paths: &BinderPaths,
    old: &Passphrase,
    new: &Passphrase,
    now: &str,
) -> Result<(), BinderError> {
    let _lock = lock::acquire(&paths.lock(), lock::WAIT)?;
    let owner = unwrap_owner(paths, old)?;
    let ct = crypto::encrypt_with_passphrase(owner.to_identity_file(now).as_bytes(), new)?;
    file::atomic_write(&paths.identity(), &ct, || Ok(()))
        .map_err(|e| BinderError::io("could not write the new identity file", e))
}

/// Whether a failure to decrypt `binder.age` means a wrong key or a damaged file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyOrigin {
    /// The owner's own key (from `identity.age` or a session): it is always a recipient,
    /// so a failure means the file is damaged.
    Owner,
    /// A key the user named; it may simply not be a recipient.
    Given,
}

/// An open binder: the decrypted database in memory, and for writers the lock.
pub struct Binder {
    paths: BinderPaths,
    conn: Connection,
    /// The image, for more readers, when it is mapped (see [`Binder::shared_image`]).
    shared: Option<SharedImage>,
    lock: Option<lock::WriteLock>,
}

impl Binder {
    /// Creates a new binder directory: 0700, `identity.age` and `binder.age` 0600.
    pub fn create(
        paths: &BinderPaths,
        passphrase: &Passphrase,
        now: &str,
    ) -> Result<OwnerKey, BinderError> {
        if paths.binder().exists() || paths.identity().exists() {
            return Err(BinderError::AlreadyExists(paths.dir.clone()));
        }
        file::create_private_dir(&paths.dir)
            .map_err(|e| BinderError::io(format!("could not create {}", paths.dir.display()), e))?;
        file::create_private_dir(&paths.backups())
            .map_err(|e| BinderError::io("could not create the backups directory", e))?;
        let lock = lock::acquire(&paths.lock(), lock::WAIT)?;
        if paths.binder().exists() || paths.identity().exists() {
            return Err(BinderError::AlreadyExists(paths.dir.clone()));
        }
        let owner = OwnerKey::generate();
        let mut conn = memory_connection()?;
        schema::upgrade(&mut conn)?;
        conn.execute(
            "INSERT INTO recipients(uuid, name, recipient, role, created_at, updated_at)
             VALUES (?1, 'owner', ?2, 'owner', ?3, ?3)",
            rusqlite::params![new_uuid(), owner.recipient(), now],
        )?;
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('created_at', ?1), ('binder_uuid', ?2)",
            rusqlite::params![now, new_uuid()],
        )?;
        let identity_ct =
            crypto::encrypt_with_passphrase(owner.to_identity_file(now).as_bytes(), passphrase)?;
        let mut binder = Binder {
            paths: paths.clone(),
            conn,
            shared: None,
            lock: Some(lock),
        };
        // The identity first: a binder without its key would be unreadable.
        file::atomic_write(&paths.identity(), &identity_ct, || Ok(()))
            .map_err(|e| BinderError::io("could not write the identity file", e))?;
        binder.save(DEFAULT_BACKUPS)?;
        Ok(owner)
    }

    /// Opens the binder for reading: no lock, nothing written.
    pub fn open_read(
        paths: &BinderPaths,
        keys: &Keys,
        origin: KeyOrigin,
    ) -> Result<Self, BinderError> {
        Self::open(paths, keys, origin, None)
    }

    /// Opens the binder for writing: takes the lock first, then reads.
    pub fn open_write(
        paths: &BinderPaths,
        keys: &Keys,
        origin: KeyOrigin,
    ) -> Result<Self, BinderError> {
        if !paths.binder().exists() {
            return Err(BinderError::Missing(paths.dir.clone()));
        }
        let lock = lock::acquire(&paths.lock(), lock::WAIT)?;
        Self::open(paths, keys, origin, Some(lock))
    }

    fn open(
        paths: &BinderPaths,
        keys: &Keys,
        origin: KeyOrigin,
        lock: Option<lock::WriteLock>,
    ) -> Result<Self, BinderError> {
        let path = paths.binder();
        let file = fs::File::open(&path)
            .map_err(|e| read_error(&path, e, || BinderError::Missing(paths.dir.clone())))?;
        let access = match lock {
            Some(_) => Access::Write,
            None => Access::Read,
        };
        let (conn, shared) = open_file(&path, &file, keys, origin, access)?;
        Ok(Binder {
            paths: paths.clone(),
            conn,
            shared,
            lock,
        })
    }

    pub fn paths(&self) -> &BinderPaths {
        &self.paths
    }

    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Reads the rows of `table` (named by the caller, never by the user) into values
    /// made by `start` (given the range of ids the value is for, to make room) and filled
    /// by `read` (given a range of ids), returned in id order. Only a binder whose image
    /// is shared (see [`Binder::shared_image`]) and whose `table` reaches `from_id` is
    /// read on two threads: its ids are cut into blocks of [`ID_BLOCK`], which this
    /// thread reads from the front into one value (made for every id) and a second
    /// thread, with a connection of its own, from the back into a value each, each
    /// taking the next block when done with the last, until they meet. So a second
    /// core that comes late (this machine's is not always there when asked for) takes
    /// fewer blocks, and none when no thread or connection can be had. Otherwise
    /// every id is read here, into one value.
    pub fn read_in_blocks<T: Send>(
        &self,
        table: &str,
        from_id: i64,
        start: impl Fn(&Connection, std::ops::RangeInclusive<i64>) -> rusqlite::Result<T> + Sync,
        read: impl Fn(&Connection, std::ops::RangeInclusive<i64>, &mut T) -> rusqlite::Result<()> + Sync,
    ) -> rusqlite::Result<Vec<T>> {
        let all = i64::MIN..=i64::MAX;
        let read_all = || {
            let mut value = start(&self.conn, all.clone())?;
            read(&self.conn, all.clone(), &mut value)?;
            Ok(vec![value])
        };
        let split = match self.shared {
            Some(image) => last_id_from(&self.conn, table, from_id)?.map(|last| (image, last)),
            None => None,
        };
        let Some((image, last)) = split else {
            return read_all();
        };
        // Blocks of ids up to the last, the first from the lowest id there can be and
        // the last to the highest.
        let blocks = crate::ends::cut_ids(0, last, ID_BLOCK, MAX_BLOCKS);
        let count = blocks.len();
        let blocks = TwoEnds::new(blocks.into_iter());
        let (front, back) = image.alongside(
            "phr-read",
            || {
                let mut value = start(&self.conn, all.clone())?;
                let mut taken = 0;
                while let Some(ids) = blocks.take(End::Front) {
                    read(&self.conn, ids, &mut value).inspect_err(|_| blocks.stop())?;
                    taken += 1;
                }
                Ok::<_, rusqlite::Error>((value, taken))
            },
            |conn| {
                let mut values = Vec::new();
                while let Some(ids) = blocks.take(End::Back) {
                    let value = start(conn, ids.clone())
                        .and_then(|mut value| read(conn, ids, &mut value).map(|()| value))
                        .inspect_err(|_| blocks.stop())?;
                    values.push(value);
                }
                values.reverse();
                Ok::<_, rusqlite::Error>(values)
            },
        );
        let (front, taken) = front?;
        let mut values = vec![front];
        match back {
            Some(back) => values.extend(back?),
            // No second thread or connection: this one took every block. Had that
            // thread ended in a panic, the blocks it took would be missing.
            None if taken == count => {}
            None => return read_all(),
        }
        Ok(values)
    }

    /// The image, for a second connection on another thread, when this binder was
    /// opened for reading and is large enough to be mapped; `None` otherwise, and the
    /// caller reads on [`Binder::conn`] alone.
    pub fn shared_image(&self) -> Option<SharedImage> {
        self.shared
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// The recipients the image is encrypted to (owner first).
    pub fn recipients(&self) -> Result<Vec<String>, BinderError> {
        let mut stmt = self
            .conn
            .prepare("SELECT recipient FROM recipients ORDER BY role = 'owner' DESC, id")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Serializes, encrypts to the recipients, writes a 0600 temp file, fsyncs, keeps
    /// the previous file as a backup, renames over `binder.age` and fsyncs the directory.
    /// When the backups are full, the oldest one's file becomes the temp file.
    pub fn save(&mut self, keep_backups: usize) -> Result<(), BinderError> {
        if self.lock.is_none() {
            return Err(BinderError::io(
                "internal error: save without the write lock",
                io::Error::other("not locked"),
            ));
        }
        let target = self.paths.binder();
        file::tighten_dir(&self.paths.dir)
            .and_then(|()| file::tighten_dir(&self.paths.backups()))
            .map_err(|e| BinderError::io("could not make the binder directory private", e))?;
        file::remove_stale_temps(&target).map_err(|e| {
            BinderError::io("could not remove a temp file left by a crashed save", e)
        })?;
        let recipients = self.recipients()?;
        let encryptor = crypto::encryptor_for(&recipients)?;
        let mut image = self.conn.serialize(MAIN_DB)?;
        let backups = self.paths.backups();
        let previous = target.clone();
        let recycle = backup::recyclable(&backups, keep_backups, &target);
        let written = file::atomic_write_recycling(
            &target,
            recycle.as_deref(),
            |f| crypto::encrypt_into(encryptor, &image, io::BufWriter::with_capacity(1 << 16, f)),
            || {
                if previous.exists() {
                    backup::rotate(&previous, &backups, keep_backups)
                } else {
                    Ok(())
                }
            },
        );
        // A copied image (a database not yet in SQLite's memdb) is wiped before it is
        // freed; a shared one is the live database itself.
        if let rusqlite::serialize::Data::Owned(owned) = &mut image {
            zeroize::Zeroize::zeroize(&mut **owned);
        }
        written.map_err(|e| BinderError::io(format!("could not save {}", target.display()), e))
    }
}

/// A writable connection holding a copy of a read-only one's database. The copy
/// SQLite makes to hand it over is wiped before it is freed.
fn writable_copy(conn: &mut Connection) -> Result<Connection, BinderError> {
    let mut image = conn.serialize(MAIN_DB)?;
    let mut copy = memory_connection()?;
    let loaded = copy.deserialize_read_exact(MAIN_DB, &image[..], image.len(), false);
    if let rusqlite::serialize::Data::Owned(owned) = &mut image {
        zeroize::Zeroize::zeroize(&mut **owned);
    }
    loaded?;
    Ok(copy)
}

/// Decrypts a binder image, telling a wrong key from a damaged file.
pub fn decrypt_image(
    path: &Path,
    ct: &[u8],
    keys: &Keys,
    origin: KeyOrigin,
) -> Result<Zeroizing<Vec<u8>>, BinderError> {
    crypto::decrypt(ct, &keys.as_dyn()).map_err(|f| decrypt_error(path, f, origin))
}

/// Decrypts an encrypted image from `ct` straight into SQLite's memory, a chunk at a
/// time: no whole-file copy of the ciphertext or the plaintext exists besides the live
/// database. Public so the fuzzer can feed it arbitrary bytes.
pub fn open_image(
    path: &Path,
    ct: &[u8],
    keys: &Keys,
    origin: KeyOrigin,
) -> Result<Connection, BinderError> {
    open_image_split(path, ct, keys, origin, crypto::SPLIT_FROM)
}

/// [`open_image`], splitting the decryption of an image of `split_from` bytes or more
/// between two threads (see [`crypto::Split`]): the fuzzer and the tests split small
/// images too.
pub fn open_image_split(
    path: &Path,
    ct: &[u8],
    keys: &Keys,
    origin: KeyOrigin,
    split_from: usize,
) -> Result<Connection, BinderError> {
    let plain = crypto::decrypt_positioned(ct, keys, split_from)
        .map_err(|f| decrypt_error(path, f, origin))?;
    load_image_from(path, plain, Access::Write)
}

/// What an opened image is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Reading only: SQLite reads pages in place from the decrypted image instead of
    /// copying each into its page cache, and any write is refused (`SQLITE_READONLY`).
    Read,
    /// Reading and changing, to be saved.
    Write,
}

/// Opens the encrypted image in `file` (read by position, so the file's offset does
/// not matter), for reading only or for writing.
pub fn open_image_for(
    path: &Path,
    file: &fs::File,
    keys: &Keys,
    origin: KeyOrigin,
    access: Access,
) -> Result<Connection, BinderError> {
    open_file(path, file, keys, origin, access).map(|(conn, _)| conn)
}

fn open_file(
    path: &Path,
    file: &fs::File,
    keys: &Keys,
    origin: KeyOrigin,
    access: Access,
) -> Result<(Connection, Option<SharedImage>), BinderError> {
    // Read-only, the image goes to huge pages, decrypted on two cores from both ends; for
    // writing, to SQLite's buffer, decrypted ahead on a second core as it is copied in.
    let split = match access {
        Access::Read => crypto::SPLIT_FROM,
        Access::Write => usize::MAX,
    };
    let plain = crypto::decrypt_positioned(file, keys, split)
        .map_err(|f| decrypt_error(path, f, origin))?;
    match access {
        Access::Read => load_shared(path, plain, access),
        Access::Write => crypto::read_ahead(plain, |plain| load_shared(path, plain, access)),
    }
}

fn decrypt_error(path: &Path, f: DecryptFailure, origin: KeyOrigin) -> BinderError {
    match (f, origin) {
        (DecryptFailure::WrongKey, KeyOrigin::Given) => {
            BinderError::NotARecipient(path.to_path_buf())
        }
        (DecryptFailure::WrongKey, KeyOrigin::Owner) => BinderError::Corrupt {
            file: path.to_path_buf(),
            detail: "the owner's key no longer opens it".into(),
        },
        (DecryptFailure::Corrupt(detail), _) => BinderError::Corrupt {
            file: path.to_path_buf(),
            detail,
        },
    }
}

/// An in-memory SQLite connection that never spills to disk.
fn memory_connection() -> Result<Connection, BinderError> {
    let conn = Connection::open_in_memory()?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

/// Loads a decrypted image into memory and brings its schema up to date. Public so
/// the fuzzer and the hostile-input tests can feed it arbitrary bytes; a damaged image
/// is an error, never a panic.
pub fn load_image(path: &Path, plain: &[u8]) -> Result<Connection, BinderError> {
    load_image_from(path, plain, Access::Write)
}

/// The SQLite header is the first 100 bytes of an image.
const SQLITE_HEADER: usize = 100;

/// [`load_image`] from a reader: the header is read and checked first, then the
/// database is read straight into SQLite's own buffer, sized from the header, and the
/// reader must end exactly there.
fn load_image_from(
    path: &Path,
    plain: impl io::Read,
    access: Access,
) -> Result<Connection, BinderError> {
    load_shared(path, plain, access).map(|(conn, _)| conn)
}

/// [`load_image_from`], which also returns a mapped image (see [`mapped`]) that other
/// connections may read too: one opened for reading that needed no upgrade.
fn load_shared(
    path: &Path,
    mut plain: impl io::Read,
    access: Access,
) -> Result<(Connection, Option<SharedImage>), BinderError> {
    let corrupt = |detail: String| BinderError::Corrupt {
        file: path.to_path_buf(),
        detail,
    };
    let read_error = |e: io::Error| corrupt(e.to_string());
    let mut header = Zeroizing::new([0u8; SQLITE_HEADER]);
    let got = read_up_to(&mut plain, &mut header[..]).map_err(read_error)?;
    let header = &header[..got];
    if !header.starts_with(b"SQLite format 3\0") {
        return Err(corrupt(
            "the decrypted content is not a SQLite database".into(),
        ));
    }
    let mut conn = memory_connection()?;
    let limit = crypto::MAX_CIPHERTEXT;
    // Whether the image was loaded read-only (only a size-checked image is).
    let mut read_only = false;
    let mut shared = None;
    match image_size_from_header(header) {
        Some(expected) if expected > limit => {
            return Err(corrupt(format!(
                "its header declares a {expected}-byte database, larger than phr reads"
            )));
        }
        Some(expected) => {
            let size = usize::try_from(expected)
                .map_err(|_| corrupt("the database is too large for this machine".into()))?;
            let short = || {
                corrupt(format!(
                    "the database is shorter than the {expected} bytes its header says"
                ))
            };
            read_only = access == Access::Read;
            let mapped = (read_only && expected >= mapped::MAPPED_FROM)
                .then(|| mapped::Mapped::new(size))
                .flatten();
            if let Some(mut map) = mapped {
                let (head, rest) = map.bytes_mut().split_at_mut(header.len());
                head.copy_from_slice(header);
                if read_up_to(&mut plain, rest).map_err(read_error)? < rest.len() {
                    return Err(short());
                }
                let image = map.into_static().map_err(read_error)?;
                conn.deserialize_bytes(MAIN_DB, image)
                    .map_err(|e| corrupt(e.to_string()))?;
                shared = Some(SharedImage(image));
            } else {
                let mut rest = header.chain(&mut plain);
                conn.deserialize_read_exact(MAIN_DB, &mut rest, size, read_only)
                    .map_err(|e| match e {
                        rusqlite::Error::SqliteFailure(_, Some(msg))
                            if msg.contains("failed to fill whole buffer") =>
                        {
                            short()
                        }
                        other => corrupt(other.to_string()),
                    })?;
            }
            // The reader must end here; reading on also makes age check the final chunk.
            let extra = io::copy(&mut plain.take(limit), &mut io::sink()).map_err(read_error)?;
            if extra > 0 {
                return Err(corrupt(format!(
                    "the database is {} bytes, its header says {expected}",
                    expected + extra
                )));
            }
        }
        None => {
            // No trustworthy size in the header: read it all, and let SQLite judge.
            let mut all = Zeroizing::new(header.to_vec());
            plain
                .take(limit)
                .read_to_end(&mut all)
                .map_err(read_error)?;
            conn.deserialize_read_exact(MAIN_DB, &all[..], all.len(), false)
                .map_err(|e| corrupt(e.to_string()))?;
        }
    }
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    if read_only {
        // Pages are read where they lie in the image (SQLite's memdb hands them out
        // only when memory mapping is on, and only from an image that cannot grow).
        conn.pragma_update(None, "mmap_size", MMAP_SIZE)?;
        if schema::version(&conn).map_err(|e| corrupt(e.to_string()))? < schema::CURRENT {
            // An older binder is brought up to date in memory, which needs a writable copy.
            conn = writable_copy(&mut conn)?;
            shared = None;
        }
    }
    match schema::upgrade(&mut conn).map_err(|e| corrupt(e.to_string()))? {
        schema::Upgrade::TooNew { found } => Err(BinderError::TooNew {
            file: path.to_path_buf(),
            found,
            supported: schema::CURRENT,
        }),
        _ => Ok((conn, shared)),
    }
}

/// SQLite's `mmap_size` for an image read in place: all of it.
const MMAP_SIZE: i64 = crypto::MAX_CIPHERTEXT as i64;

/// A decrypted image held read-only for the rest of the process (see [`mapped`]), which
/// any number of connections can read at once, one per thread.
#[derive(Clone, Copy)]
pub struct SharedImage(&'static [u8]);

impl SharedImage {
    /// A new read-only connection to the image (its schema already checked and current).
    pub fn connect(self) -> Result<Connection, BinderError> {
        let mut conn = memory_connection()?;
        conn.deserialize_bytes(MAIN_DB, self.0)?;
        conn.pragma_update(None, "mmap_size", MMAP_SIZE)?;
        Ok(conn)
    }

    /// Runs `here` on this thread and, at the same time, `apart` on a thread named `name`
    /// with a connection of its own to the image. `apart`'s result is `None` when no
    /// thread or connection could be had: the caller then does that work itself.
    pub fn alongside<A, B: Send>(
        self,
        name: &str,
        here: impl FnOnce() -> A,
        apart: impl FnOnce(&Connection) -> B + Send,
    ) -> (A, Option<B>) {
        std::thread::scope(|scope| {
            let apart = std::thread::Builder::new()
                .name(name.into())
                .spawn_scoped(scope, move || Some(apart(&self.connect().ok()?)));
            let here = here();
            (here, apart.ok().and_then(|t| t.join().ok()).flatten())
        })
    }
}

/// How many row ids make a block of [`Binder::read_in_blocks`]: a row takes a few
/// microseconds, so a block about a millisecond.
pub const ID_BLOCK: i64 = 256;

/// The most blocks [`Binder::read_in_blocks`] cuts a table into, however far apart its
/// ids are.
const MAX_BLOCKS: i64 = 4096;

/// The last row id of `table` (named by the caller, never by the user) when it reaches
/// `from_id`: a table long enough to be worth a second connection.
pub fn last_id_from(conn: &Connection, table: &str, from_id: i64) -> rusqlite::Result<Option<i64>> {
    let last: Option<i64> =
        conn.query_row(&format!("SELECT max(id) FROM {table}"), [], |r| r.get(0))?;
    Ok(last.filter(|&n| n >= from_id))
}

/// Reads until `buf` is full or the reader ends; returns how much was read.
fn read_up_to(r: &mut impl io::Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut got = 0;
    while got < buf.len() {
        match r.read(&mut buf[got..]) {
            Ok(0) => break,
            Ok(n) => got += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(got)
}

/// The database size a SQLite header declares (page size × page count), when the
/// header says that figure is valid (its change counter matches "version-valid-for").
fn image_size_from_header(plain: &[u8]) -> Option<u64> {
    let be32 = |at: usize| -> Option<u32> {
        plain
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map(u32::from_be_bytes)
    };
    let page = plain
        .get(16..18)
        .map(|b| u16::from_be_bytes([b[0], b[1]]))?;
    let page = if page == 1 { 65_536 } else { u64::from(page) };
    let pages = be32(28)?;
    if pages == 0 || be32(24)? != be32(92)? {
        return None;
    }
    Some(page * u64::from(pages))
}

/// What a failing query means to the user: a damaged image (exit 4) or another
/// database failure (exit 1). Never includes health data.
pub fn db_cli_error(e: rusqlite::Error) -> CliError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => CliError::new(
            ErrorKind::Binder,
            "binder.age is damaged: the database inside it is malformed",
        )
        .cause(e)
        .hint("the file was left as it is; see `phr backup list`, then `phr backup restore ID`"),
        _ => CliError::failed("the binder's database failed").cause(e),
    }
}

/// A fresh random (v4) UUID as text.
pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Puts backup `id` back in place of `binder.age`, after checking it opens with
/// `keys`. The replaced file becomes the newest backup. Returns the backup's date.
pub fn restore(
    paths: &BinderPaths,
    keys: &Keys,
    origin: KeyOrigin,
    id: &str,
    keep: usize,
) -> Result<String, BinderError> {
    if !paths.dir.exists() {
        return Err(BinderError::Missing(paths.dir.clone()));
    }
    let _lock = lock::acquire(&paths.lock(), lock::WAIT)?;
    let found = backup::find(&paths.backups(), id)
        .map_err(|e| BinderError::io("could not read the backups directory", e))?
        .ok_or_else(|| BinderError::NoSuchBackup(id.to_owned()))?;
    let mut backup = fs::File::open(&found.path)
        .map_err(|e| read_error(&found.path, e, || BinderError::NoSuchBackup(id.to_owned())))?;
    // Checked as a binder is opened: decrypted and loaded a chunk at a time, never held
    // whole; then the same open file is copied.
    drop(open_image_for(
        &found.path,
        &backup,
        keys,
        origin,
        Access::Read,
    )?);
    let target = paths.binder();
    let backups = paths.backups();
    let previous = target.clone();
    file::remove_stale_temps(&target)
        .map_err(|e| BinderError::io("could not remove a temp file left by a crashed save", e))?;
    file::atomic_write_with(
        &target,
        |f| {
            backup.seek(io::SeekFrom::Start(0))?;
            io::copy(&mut backup, f).map(drop)
        },
        || {
            if previous.exists() {
                backup::rotate(&previous, &backups, keep)
            } else {
                Ok(())
            }
        },
    )
    .map_err(|e| BinderError::io(format!("could not restore {}", target.display()), e))?;
    Ok(found.saved_at)
}

/// A binder holding `image`, in a temporary directory, opened for reading as a command
/// opens it (so an image of 2 MiB or more is shared): for tests of the readers that use
/// a second connection.
#[cfg(test)]
pub(crate) fn opened_for_reading(image: &[u8]) -> (tempfile::TempDir, Binder) {
    let key = crypto::OwnerKey::generate();
    let ct = crypto::encrypt_to_recipients(image, &[key.recipient()]).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let paths = BinderPaths::new(dir.path());
    std::fs::write(paths.binder(), ct).unwrap();
    let keys = crypto::Keys::single(key.into_identity());
    let binder = Binder::open_read(&paths, &keys, KeyOrigin::Given).unwrap();
    assert!(
        binder.shared_image().is_some() || (image.len() as u64) < mapped::MAPPED_FROM,
        "{} bytes were not shared",
        image.len()
    );
    (dir, binder)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A serialized database at schema version `v`, holding one medication.
    fn image_at(v: u32) -> Vec<u8> {
        let mut c = Connection::open_in_memory().unwrap();
        schema::upgrade_to(&mut c, v).unwrap();
        c.execute(
            "INSERT INTO medications(uuid, text, created_at, updated_at)
             VALUES ('u1', 'Aspirin 81 mg daily', 't', 't')",
            [],
        )
        .unwrap();
        c.serialize(MAIN_DB).unwrap().to_vec()
    }

    fn medication_text(c: &Connection) -> String {
        c.query_row("SELECT text FROM medications WHERE uuid = 'u1'", [], |r| {
            r.get(0)
        })
        .unwrap()
    }

    #[test]
    fn an_image_opened_for_reading_reads_and_refuses_writes() {
        let image = image_at(schema::CURRENT);
        let c = load_image_from(Path::new("b.age"), &image[..], Access::Read).unwrap();
        assert_eq!(medication_text(&c), "Aspirin 81 mg daily");
        let write = c.execute("DELETE FROM medications", []);
        assert!(
            matches!(&write, Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ReadOnly),
            "{write:?}"
        );
        // Opened for writing, the same image takes changes.
        let c = load_image_from(Path::new("b.age"), &image[..], Access::Write).unwrap();
        assert_eq!(c.execute("DELETE FROM medications", []).unwrap(), 1);
    }

    /// An image past [`mapped::MAPPED_FROM`]: one medication and 3,000 notes of 1 KiB.
    fn large_image() -> Vec<u8> {
        let mut c = Connection::open_in_memory().unwrap();
        schema::upgrade(&mut c).unwrap();
        let tx = c.transaction().unwrap();
        tx.execute(
            "INSERT INTO medications(uuid, text, created_at, updated_at)
             VALUES ('u1', 'Aspirin 81 mg daily', 't', 't')",
            [],
        )
        .unwrap();
        for i in 0..3000 {
            tx.execute(
                "INSERT INTO notes(uuid, text, created_at, updated_at) VALUES (?1, ?2, 't', 't')",
                rusqlite::params![format!("n{i}"), "x".repeat(1024)],
            )
            .unwrap();
        }
        tx.commit().unwrap();
        let bytes = c.serialize(MAIN_DB).unwrap().to_vec();
        assert!(bytes.len() as u64 >= mapped::MAPPED_FROM);
        bytes
    }

    /// A large image opened for reading from its file goes to a mapping of its own, and
    /// reads, refuses writes and fails on damage as the ordinary load does.
    #[test]
    fn a_large_image_opened_for_reading_is_mapped_and_read_only() {
        use std::io::Write as _;
        let image = large_image();
        let key = OwnerKey::generate();
        let ct = crypto::encrypt_to_recipients(&image, &[key.recipient()]).unwrap();
        let keys = Keys::single(key.into_identity());
        let path = Path::new("binder.age");
        let file_of = |bytes: &[u8]| {
            let mut f = tempfile::tempfile().unwrap();
            f.write_all(bytes).unwrap();
            f
        };
        let f = file_of(&ct);
        let (c, shared) = open_file(path, &f, &keys, KeyOrigin::Given, Access::Read).unwrap();
        assert!(shared.is_some(), "a large image read-only is shared");
        assert_eq!(medication_text(&c), "Aspirin 81 mg daily");
        let notes: i64 = c
            .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(notes, 3000);
        let write = c.execute("DELETE FROM medications", []);
        assert!(
            matches!(&write, Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ReadOnly),
            "{write:?}"
        );
        // Another thread reads the same image: rows in blocks of ids, in order.
        let binder = Binder {
            paths: BinderPaths::new(PathBuf::from("unused")),
            conn: c,
            shared: Some(shared.unwrap()),
            lock: None,
        };
        let start = |conn: &Connection, ids: std::ops::RangeInclusive<i64>| {
            let n: i64 = conn.query_row(
                "SELECT count(*) FROM notes WHERE id BETWEEN ?1 AND ?2",
                [ids.start(), ids.end()],
                |r| r.get(0),
            )?;
            Ok(Vec::with_capacity(usize::try_from(n).unwrap_or(0)))
        };
        // This thread waits for the second to have read a block (for up to ten seconds)
        // before it reads one, so that both surely do.
        let apart = std::sync::atomic::AtomicBool::new(false);
        let ids = |conn: &Connection, ids: std::ops::RangeInclusive<i64>, into: &mut Vec<i64>| {
            use std::sync::atomic::Ordering::SeqCst;
            if std::thread::current().name() == Some("phr-read") {
                apart.store(true, SeqCst);
            } else {
                let waiting = std::time::Instant::now();
                while !apart.load(SeqCst) && waiting.elapsed().as_secs() < 10 {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
            }
            let mut stmt = conn.prepare("SELECT id FROM notes WHERE id BETWEEN ?1 AND ?2")?;
            let rows = stmt.query_map([ids.start(), ids.end()], |r| r.get::<_, i64>(0))?;
            for id in rows {
                into.push(id?);
            }
            Ok(())
        };
        let blocks = binder.read_in_blocks("notes", 1000, start, ids).unwrap();
        assert!(
            apart.load(std::sync::atomic::Ordering::SeqCst) && blocks.len() > 1,
            "read on two threads"
        );
        assert_eq!(blocks.concat(), (1..=3000).collect::<Vec<i64>>());
        assert_eq!(blocks[0].capacity(), 3000, "the first has room for all");
        let blocks = binder.read_in_blocks("notes", 3001, start, ids).unwrap();
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks.concat(), (1..=3000).collect::<Vec<i64>>());
        // Cut short, or with bytes added, it fails as it does when opened for writing.
        let plain_chunks = image.len().div_ceil(crypto::AGE_CHUNK);
        let header = ct.len() - image.len() - 16 * plain_chunks;
        for bad in [
            &ct[..header + 10 * (crypto::AGE_CHUNK + 16)],
            &[&ct[..], b"x"].concat()[..],
        ] {
            let f = file_of(bad);
            let read = open_image_for(path, &f, &keys, KeyOrigin::Given, Access::Read)
                .err()
                .unwrap();
            let write = open_image_for(path, &f, &keys, KeyOrigin::Given, Access::Write)
                .err()
                .unwrap();
            assert_eq!(read.to_string(), write.to_string());
            assert!(matches!(read, BinderError::Corrupt { .. }), "{read}");
        }
    }

    #[test]
    fn an_older_image_opened_for_reading_is_brought_up_to_date_in_memory() {
        let image = image_at(schema::CURRENT - 1);
        let c = load_image_from(Path::new("b.age"), &image[..], Access::Read).unwrap();
        assert_eq!(schema::version(&c).unwrap(), schema::CURRENT);
        assert_eq!(medication_text(&c), "Aspirin 81 mg daily");
    }
}
