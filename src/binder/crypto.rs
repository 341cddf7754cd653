//! age encryption for the binder: the passphrase-wrapped owner identity, the binder
//! image encrypted to X25519/SSH recipients, and the secret types that carry keys.

use std::io::{Read, Seek, SeekFrom, Write};
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::ends::{End, TwoEnds};

use super::BinderError;

/// The scrypt work factor for passphrase-wrapped files: 2^18, the fixed value the
/// reference `age` tool uses, rather than one calibrated to how busy the machine happens
/// to be at `phr init` (about a second and 256 MiB here, on every unlock).
pub const SCRYPT_LOG_N: u8 = 18;

/// Largest file phr will try to decrypt (an image or an identity): 1 GiB.
pub const MAX_CIPHERTEXT: u64 = 1 << 30;

/// Largest age header phr reads: 128 KiB. A binder has at most [`MAX_RECIPIENTS`]
/// recipients, whose stanzas take under 3 KiB each (X25519 about 100 bytes, SSH RSA
/// about 700 for a 4096-bit key and 2.8 KiB for the largest, 16384 bits). A file whose
/// header goes on past this (an endless one) is damaged.
pub const MAX_HEADER: u64 = 128 * 1024;

/// The most recipients a binder is encrypted to (the owner and those it is shared with),
/// so that its header always fits in [`MAX_HEADER`].
pub const MAX_RECIPIENTS: usize = 32;

/// A reader that ends (reads 0 bytes) once `left` bytes have been consumed; `left` can
/// be raised from outside while the reader is owned elsewhere.
struct Budgeted<R> {
    inner: R,
    left: Arc<AtomicU64>,
}

impl<R: std::io::BufRead> Read for Budgeted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let room = usize::try_from(self.left.load(Ordering::Relaxed)).unwrap_or(usize::MAX);
        let take = buf.len().min(room);
        let n = self.inner.read(&mut buf[..take])?;
        self.left.fetch_sub(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Seeking moves the reader and leaves the budget as it is.
impl<R: Seek> Seek for Budgeted<R> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        self.inner.seek(to)
    }

    fn stream_position(&mut self) -> std::io::Result<u64> {
        self.inner.stream_position()
    }
}

impl<R: std::io::BufRead> std::io::BufRead for Budgeted<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        let room = usize::try_from(self.left.load(Ordering::Relaxed)).unwrap_or(usize::MAX);
        let buf = self.inner.fill_buf()?;
        Ok(&buf[..buf.len().min(room)])
    }

    fn consume(&mut self, amt: usize) {
        self.inner.consume(amt);
        let left = self.left.load(Ordering::Relaxed);
        self.left
            .store(left.saturating_sub(amt as u64), Ordering::Relaxed);
    }
}

/// A passphrase held as a secret from the prompt or file all the way to scrypt.
/// No `Clone`, no `Display`, a redacted `Debug`, zeroized on drop.
pub struct Passphrase(SecretString);

impl Passphrase {
    pub fn new(s: String) -> Self {
        Passphrase(SecretString::from(s))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// Constant-time equality, for the "type it twice" check at init.
    pub fn ct_eq(&self, other: &Passphrase) -> bool {
        let (a, b) = (self.expose().as_bytes(), other.expose().as_bytes());
        let mut diff = (a.len() ^ b.len()) as u64;
        for i in 0..a.len().max(b.len()) {
            let x = a.get(i).copied().unwrap_or(0);
            let y = b.get(i).copied().unwrap_or(0);
            diff |= u64::from(x ^ y);
        }
        diff == 0
    }

    fn secret(&self) -> SecretString {
        SecretString::from(self.expose().to_owned())
    }

    /// A generated passphrase: 8 groups of 4 lower-case letters and digits (~165 bits).
    pub fn random() -> Result<Self, BinderError> {
        const ALPHABET: &[u8] = b"abcdefghijkmnpqrstuvwxyz23456789";
        let mut bytes = Zeroizing::new([0u8; 32]);
        getrandom::fill(bytes.as_mut()).map_err(|e| BinderError::Random(e.to_string()))?;
        let mut s = String::with_capacity(40);
        for (i, b) in bytes.iter().enumerate() {
            if i > 0 && i % 4 == 0 {
                s.push('-');
            }
            s.push(ALPHABET[usize::from(*b) % ALPHABET.len()] as char);
        }
        Ok(Passphrase::new(s))
    }
}

impl std::fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// The owner's X25519 key pair, generated at init and kept in `identity.age`.
pub struct OwnerKey {
    identity: age::x25519::Identity,
}

impl OwnerKey {
    pub fn generate() -> Self {
        OwnerKey {
            identity: age::x25519::Identity::generate(),
        }
    }

    pub fn recipient(&self) -> String {
        self.identity.to_public().to_string()
    }

    /// The identity file text, the same shape `age-keygen` writes.
    pub fn to_identity_file(&self, created: &str) -> Zeroizing<String> {
        use std::fmt::Write as _;
        // Sized up front so no reallocation leaves a copy of the key in freed memory.
        let mut out = Zeroizing::new(String::with_capacity(created.len() + 256));
        let _ = write!(
            out,
            "# created: {created}\n# public key: {}\n{}\n",
            self.recipient(),
            self.identity.to_string().expose_secret()
        );
        out
    }

    pub fn secret_string(&self) -> SecretString {
        self.identity.to_string()
    }

    pub fn parse(secret: &str) -> Option<Self> {
        age::x25519::Identity::from_str(secret.trim())
            .ok()
            .map(|identity| OwnerKey { identity })
    }

    pub fn into_identity(self) -> Box<dyn age::Identity + Send + Sync> {
        Box::new(self.identity)
    }
}

/// What unlocks a binder: one or more identities (the owner's or a caregiver's).
pub struct Keys {
    pub identities: Vec<Box<dyn age::Identity + Send + Sync>>,
}

impl Keys {
    pub fn single(identity: Box<dyn age::Identity + Send + Sync>) -> Self {
        Keys {
            identities: vec![identity],
        }
    }

    /// The identities as age wants them.
    pub fn as_dyn(&self) -> Vec<&dyn age::Identity> {
        self.identities
            .iter()
            .map(|i| i.as_ref() as &dyn age::Identity)
            .collect()
    }
}

/// Encrypts `plaintext` to a passphrase (scrypt), as `age -p` does.
pub fn encrypt_with_passphrase(
    plaintext: &[u8],
    passphrase: &Passphrase,
) -> Result<Vec<u8>, BinderError> {
    let mut recipient = age::scrypt::Recipient::new(passphrase.secret());
    recipient.set_work_factor(SCRYPT_LOG_N);
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
            .map_err(|e| BinderError::Encrypt(e.to_string()))?;
    finish_encrypt(encryptor, plaintext)
}

/// Encrypts `plaintext` to the given recipient strings (`age1…` or ssh public keys).
pub fn encrypt_to_recipients(
    plaintext: &[u8],
    recipients: &[String],
) -> Result<Vec<u8>, BinderError> {
    finish_encrypt(encryptor_for(recipients)?, plaintext)
}

/// An encryptor for the recipient strings, built before anything is written so that a
/// bad recipient fails the save while the old file is still in place.
pub fn encryptor_for(recipients: &[String]) -> Result<age::Encryptor, BinderError> {
    let parsed: Vec<Box<dyn age::Recipient>> = recipients
        .iter()
        .map(|r| parse_recipient(r))
        .collect::<Result<_, _>>()?;
    age::Encryptor::with_recipients(parsed.iter().map(|r| r.as_ref()))
        .map_err(|e| BinderError::Encrypt(e.to_string()))
}

/// Encrypts `plaintext` straight into `out`, chunk by chunk, with no whole-file copy
/// of the ciphertext in memory.
pub fn encrypt_into(
    encryptor: age::Encryptor,
    plaintext: &[u8],
    out: impl Write,
) -> std::io::Result<()> {
    let mut writer = encryptor.wrap_output(out)?;
    writer.write_all(plaintext)?;
    writer.finish()?.flush()
}

fn finish_encrypt(encryptor: age::Encryptor, plaintext: &[u8]) -> Result<Vec<u8>, BinderError> {
    let mut out = Vec::with_capacity(plaintext.len() + plaintext.len() / 4096 + 512);
    encrypt_into(encryptor, plaintext, &mut out)
        .map_err(|e| BinderError::Encrypt(e.to_string()))?;
    Ok(out)
}

/// Parses a recipient: an `age1…` X25519 key or an SSH public key line.
pub fn parse_recipient(s: &str) -> Result<Box<dyn age::Recipient>, BinderError> {
    let s = s.trim();
    if let Ok(r) = age::x25519::Recipient::from_str(s) {
        return Ok(Box::new(r));
    }
    if let Ok(r) = age::ssh::Recipient::from_str(s) {
        return Ok(Box::new(r));
    }
    Err(BinderError::BadRecipient)
}

/// Why a decryption failed, in the terms the user can act on.
pub enum DecryptFailure {
    /// The key or passphrase does not open this file.
    WrongKey,
    /// The file is not a whole, valid age file.
    Corrupt(String),
}

/// The largest scrypt work factor (log2 N) phr accepts in a passphrase-wrapped file.
/// age's own bound is "this machine's 1-second factor + 4" (about 16 s and up to 16 GiB
/// for a hostile header); 2^20 is about 1 GiB and a few seconds on a slow machine, above
/// what phr or `age -p` write on ordinary hardware (about one second's worth).
pub const MAX_WORK_FACTOR: u8 = 20;

/// Decrypts with a passphrase (an `age -p` file such as `identity.age`), refusing a
/// header that asks for more scrypt work than [`MAX_WORK_FACTOR`].
pub fn decrypt_with_passphrase(
    ciphertext: &[u8],
    passphrase: &Passphrase,
) -> Result<Zeroizing<Vec<u8>>, DecryptFailure> {
    decrypt_with_passphrase_max(ciphertext, passphrase, MAX_WORK_FACTOR)
}

/// [`decrypt_with_passphrase`] with an explicit work-factor bound (the fuzzer uses a
/// small one so that no single input costs seconds).
pub fn decrypt_with_passphrase_max(
    ciphertext: &[u8],
    passphrase: &Passphrase,
    max_log_n: u8,
) -> Result<Zeroizing<Vec<u8>>, DecryptFailure> {
    let mut identity = age::scrypt::Identity::new(passphrase.secret());
    identity.set_max_work_factor(max_log_n);
    decrypt(ciphertext, &[&identity as &dyn age::Identity])
}

/// Decrypts with any of the identities.
pub fn decrypt(
    ciphertext: &[u8],
    identities: &[&dyn age::Identity],
) -> Result<Zeroizing<Vec<u8>>, DecryptFailure> {
    if ciphertext.len() as u64 > MAX_CIPHERTEXT {
        return Err(DecryptFailure::Corrupt(
            "the file is larger than 1 GiB".into(),
        ));
    }
    let mut reader = decrypt_reader(ciphertext, identities)?;
    let mut plain = Zeroizing::new(Vec::with_capacity(ciphertext.len()));
    reader
        .read_to_end(&mut plain)
        .map_err(|e| DecryptFailure::Corrupt(e.to_string()))?;
    Ok(plain)
}

/// Reads the age header from `ciphertext`, unwraps the file key with one of the
/// identities and returns a reader of the plaintext, decrypted and authenticated a
/// 64 KiB chunk at a time. A read error from it means a damaged or truncated file; the
/// final chunk is only known to be whole once a read has returned 0.
pub fn decrypt_reader<'a, R: std::io::BufRead + Send + 'a>(
    ciphertext: R,
    identities: &[&dyn age::Identity],
) -> Result<impl Read + Send + 'a, DecryptFailure> {
    decrypt_stream(ciphertext, identities)
}

fn decrypt_stream<R: std::io::BufRead>(
    ciphertext: R,
    identities: &[&dyn age::Identity],
) -> Result<age::stream::StreamReader<Budgeted<R>>, DecryptFailure> {
    // age buffers the header until it has parsed all of it: the header may take
    // MAX_HEADER bytes, the whole file MAX_CIPHERTEXT (an endless file is cut there).
    let budget = Arc::new(AtomicU64::new(MAX_HEADER));
    let limited = Budgeted {
        inner: ciphertext,
        left: Arc::clone(&budget),
    };
    let decryptor = age::Decryptor::new_buffered(limited).map_err(|e| {
        if budget.load(Ordering::Relaxed) == 0 {
            DecryptFailure::Corrupt(format!("its header is longer than {MAX_HEADER} bytes"))
        } else {
            DecryptFailure::Corrupt(e.to_string())
        }
    })?;
    budget.store(MAX_CIPHERTEXT, Ordering::Relaxed);
    decryptor
        .decrypt(identities.iter().copied())
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys | age::DecryptError::DecryptionFailed => {
                DecryptFailure::WrongKey
            }
            // A scrypt stanza whose work factor is beyond what we accept: not ours.
            age::DecryptError::ExcessiveWork { .. } => {
                DecryptFailure::Corrupt("the passphrase work factor is too high".into())
            }
            other => DecryptFailure::Corrupt(other.to_string()),
        })
}

/// The plaintext of one age chunk; a chunk of ciphertext adds a 16-byte tag.
pub const AGE_CHUNK: usize = 64 * 1024;

/// The smallest read a [`Split`] shares between two threads: below about 1 MiB (a
/// millisecond of decrypting) the second thread's start, header and key unwrap cost more
/// than they save.
pub const SPLIT_FROM: usize = 1 << 20;

/// Bytes read by position (`pread`), which any number of readers can share: two
/// readers of one open binder file read one inode, whatever renames happen meanwhile,
/// and never move each other's offset.
pub trait Positioned: Sync {
    fn read_at(&self, buf: &mut [u8], at: u64) -> std::io::Result<usize>;
    fn size(&self) -> std::io::Result<u64>;
}

impl Positioned for std::fs::File {
    fn read_at(&self, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
        std::os::unix::fs::FileExt::read_at(self, buf, at)
    }

    fn size(&self) -> std::io::Result<u64> {
        Ok(self.metadata()?.len())
    }
}

impl Positioned for [u8] {
    fn read_at(&self, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
        let rest = usize::try_from(at)
            .ok()
            .and_then(|at| self.get(at..))
            .unwrap_or_default();
        let n = buf.len().min(rest.len());
        buf[..n].copy_from_slice(&rest[..n]);
        Ok(n)
    }

    fn size(&self) -> std::io::Result<u64> {
        Ok(self.len() as u64)
    }
}

/// A reader and seeker over a [`Positioned`] source, with its own position.
struct At<'f, S: ?Sized> {
    src: &'f S,
    pos: u64,
}

impl<S: Positioned + ?Sized> Read for At<'_, S> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.src.read_at(buf, self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<S: Positioned + ?Sized> Seek for At<'_, S> {
    fn seek(&mut self, to: SeekFrom) -> std::io::Result<u64> {
        let pos = match to {
            SeekFrom::Start(n) => Some(n),
            SeekFrom::Current(d) => self.pos.checked_add_signed(d),
            SeekFrom::End(d) => self.src.size()?.checked_add_signed(d),
        };
        self.pos = pos.ok_or_else(|| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "seek out of range")
        })?;
        Ok(self.pos)
    }
}

/// age's reader of the plaintext of a [`Positioned`] file.
type Stream<'f, S> = age::stream::StreamReader<Budgeted<std::io::BufReader<At<'f, S>>>>;

fn stream_at<'f, S: Positioned + ?Sized>(
    src: &'f S,
    identities: &[&dyn age::Identity],
) -> Result<Stream<'f, S>, DecryptFailure> {
    // A small buffer, for the header: age reads each whole chunk past it, straight from
    // the file into its own buffer (a larger one would copy every chunk twice).
    decrypt_stream(
        std::io::BufReader::with_capacity(8 << 10, At { src, pos: 0 }),
        identities,
    )
}

/// Reads the header of the age file `src` holds, unwraps its file key with one of
/// `keys`, and returns a reader of the plaintext, decrypted and authenticated a chunk
/// at a time (a read error means a damaged or truncated file; the final chunk is known
/// to be whole once a read has returned 0). A read of `split_from` bytes or more
/// (the first only) is decrypted on two threads at once; see [`Split`].
pub fn decrypt_positioned<'f, S: Positioned + ?Sized>(
    src: &'f S,
    keys: &'f Keys,
    split_from: usize,
) -> Result<Split<'f, S>, DecryptFailure> {
    Ok(Split {
        src,
        keys,
        first: stream_at(src, &keys.as_dyn())?,
        pos: 0,
        split: false,
        split_from: split_from.max(2 * AGE_CHUNK),
    })
}

/// The plaintext of an age file, which decrypts one large read (a binder image) on two
/// cores. The read is cut into blocks of [`BLOCK`] bytes on chunk boundaries; this
/// thread decrypts them from the front while a second one, with a reader of its own of
/// the same open file, decrypts them from the back, each taking the next block as it
/// finishes the last, until they meet. So neither waits on the other: a second thread
/// that starts late, or runs slower (this machine's second core is not always there when
/// asked for), simply takes fewer blocks, and where none starts this thread takes them
/// all. Every chunk is authenticated as age always does (its counter is in its nonce, so
/// no chunk can be moved), and the reader then reads on from the end of the read, where
/// the final chunk is checked. Should either thread fail in any way, the read is made
/// again in order by a reader of its own, so a damaged file fails exactly as it does
/// when read in order.
pub struct Split<'f, S: ?Sized> {
    src: &'f S,
    keys: &'f Keys,
    first: Stream<'f, S>,
    /// How much of the plaintext `first` has handed out.
    pos: u64,
    /// Whether a read was split between two threads.
    split: bool,
    /// The smallest read that is split; `usize::MAX` once one has been.
    split_from: usize,
}

/// How much of a split read a thread takes at a time: one chunk, 64 KiB, about 60 µs of
/// decrypting, so that a 5 MB image makes some eighty (and the fuzzer's seeds, of
/// 128 KiB and up, at least two).
const BLOCK: u64 = AGE_CHUNK as u64;

/// The blocks of a split read not yet taken, by their plaintext offset.
type Blocks<'b> = TwoEnds<std::vec::IntoIter<(u64, &'b mut [u8])>>;

impl<S: Positioned + ?Sized> Read for Split<'_, S> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if buf.len() >= self.split_from {
            self.split_from = usize::MAX;
            if self.read_split(buf) {
                self.split = true;
                self.pos += buf.len() as u64;
                return Ok(buf.len());
            }
            // Read again in order, from the start, by a reader that has read nothing.
            let mut again = stream_at(self.src, &self.keys.as_dyn()).map_err(|e| {
                let detail = match e {
                    DecryptFailure::WrongKey => "the key no longer opens the file".into(),
                    DecryptFailure::Corrupt(detail) => detail,
                };
                std::io::Error::new(std::io::ErrorKind::InvalidData, detail)
            })?;
            std::io::copy(&mut (&mut again).take(self.pos), &mut std::io::sink())?;
            self.first = again;
        }
        let n = self.first.read(buf)?;
        self.pos += n as u64;
        Ok(n)
    }
}

impl<S: Positioned + ?Sized> Split<'_, S> {
    /// Fills `buf` on two threads and leaves `first` at its end; false if anything
    /// failed (a damaged or short file, no reader for the second thread), and then what
    /// `buf` holds and where `first` is are of no use.
    fn read_split(&mut self, buf: &mut [u8]) -> bool {
        let start = self.pos;
        let end = start + buf.len() as u64;
        let mut blocks = Vec::new();
        let (mut rest, mut at) = (buf, start);
        while !rest.is_empty() {
            let next = ((at / BLOCK + 1) * BLOCK).min(end);
            let (block, after) = rest.split_at_mut((next - at) as usize);
            blocks.push((at, block));
            (rest, at) = (after, next);
        }
        let blocks: Blocks = TwoEnds::new(blocks.into_iter());
        let (src, keys, first) = (self.src, self.keys, &mut self.first);
        let (mine, theirs) = std::thread::scope(|scope| {
            let theirs = std::thread::Builder::new()
                .name("phr-decrypt".into())
                .spawn_scoped(scope, || {
                    let mut r = stream_at(src, &keys.as_dyn()).ok()?;
                    Some(take_blocks(&mut r, 0, &blocks, End::Back))
                });
            let mine = take_blocks(first, start, &blocks, End::Front);
            (mine, theirs.ok().and_then(|t| t.join().ok()))
        });
        // The second thread may have had no reader (`None`): then this one took every
        // block. A panic there (also `None`) would leave its blocks unread, so the
        // blocks must all have been taken by a thread that finished without error.
        let theirs_ok = match theirs {
            Some(Some(ok)) => ok,
            Some(None) => true,
            None => false,
        };
        mine && theirs_ok && blocks.all_taken() && first.seek(SeekFrom::Start(end)).is_ok()
    }
}

/// Reads the blocks of a split read that `r` (at plaintext offset `at`) takes from
/// `end`, one at a time until none is left; false at the first error, which stops the
/// other thread's taking too.
fn take_blocks<R: Read + Seek>(r: &mut R, mut at: u64, blocks: &Blocks, end: End) -> bool {
    while let Some((pos, block)) = blocks.take(end) {
        if (pos != at && r.seek(SeekFrom::Start(pos)).is_err()) || r.read_exact(block).is_err() {
            blocks.stop();
            return false;
        }
        at = pos + block.len() as u64;
    }
    true
}

/// How many chunks the decrypting thread may be ahead of the reader.
const AHEAD_DEPTH: usize = 4;

/// Runs `consume` with a reader of what `src` reads, while a second thread reads (and so
/// decrypts) `src` a few chunks ahead: how an image opened for writing is loaded into
/// SQLite's own buffer, whose ordinary pages fault in one at a time however many
/// threads write them, so that overlapping the two beats decrypting in a [`Split`].
/// Decrypting and loading the image into SQLite's memory then overlap on two cores: the
/// loader's time goes to the kernel, faulting in the image's fresh pages, the
/// decryptor's to ChaCha20-Poly1305. The chunks in flight
/// are zeroized when dropped, and recycled rather than reallocated. Where no thread can
/// be started (a process limit), `src` is read on this one.
pub fn read_ahead<R: Read + Send, T>(src: R, consume: impl FnOnce(Ahead<R>) -> T) -> T {
    std::thread::scope(|scope| {
        let (ahead, chunks) = mpsc::sync_channel(AHEAD_DEPTH);
        let (give_back, returned) = mpsc::channel::<Chunk>();
        // `src` is handed over once the thread runs, so that it is not lost if none can.
        let (hand_over, handed) = mpsc::sync_channel::<R>(1);
        let decrypting = std::thread::Builder::new()
            .name("phr-decrypt".into())
            .spawn_scoped(scope, move || {
                let Ok(mut src) = handed.recv() else {
                    return;
                };
                loop {
                    let mut buf = returned
                        .try_recv()
                        .unwrap_or_else(|_| Zeroizing::new(vec![0; AGE_CHUNK]));
                    let read = super::read_up_to(&mut src, &mut buf[..]);
                    let last = !matches!(read, Ok(n) if n > 0);
                    // The reader has gone (it stopped early): nothing more to do.
                    if ahead.send(read.map(|n| (buf, n))).is_err() || last {
                        break;
                    }
                }
            });
        if decrypting.is_err() {
            return consume(Ahead::Here(src));
        }
        match hand_over.send(src) {
            Ok(()) => consume(Ahead::Thread(ReadAhead {
                chunks,
                give_back,
                current: None,
                done: false,
            })),
            Err(mpsc::SendError(src)) => consume(Ahead::Here(src)),
        }
    })
}

/// What [`read_ahead`] reads from: the second thread, or `src` itself.
pub enum Ahead<R> {
    Thread(ReadAhead),
    Here(R),
}

impl<R: Read> Read for Ahead<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Ahead::Thread(r) => r.read(buf),
            Ahead::Here(r) => r.read(buf),
        }
    }
}

type Chunk = Zeroizing<Vec<u8>>;

/// The reading end of [`read_ahead`].
pub struct ReadAhead {
    chunks: mpsc::Receiver<std::io::Result<(Chunk, usize)>>,
    give_back: mpsc::Sender<Chunk>,
    /// The chunk being read, its length and how much of it has been read.
    current: Option<(Chunk, usize, usize)>,
    done: bool,
}

impl Read for ReadAhead {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            if let Some((chunk, len, at)) = &mut self.current {
                if *at < *len {
                    let n = buf.len().min(*len - *at);
                    buf[..n].copy_from_slice(&chunk[*at..*at + n]);
                    *at += n;
                    return Ok(n);
                }
                if let Some((chunk, _, _)) = self.current.take() {
                    // The decryptor may have finished: then the chunk is simply dropped.
                    let _ = self.give_back.send(chunk);
                }
            }
            if self.done || buf.is_empty() {
                return Ok(0);
            }
            match self.chunks.recv() {
                Ok(Ok((chunk, len))) => {
                    self.done = len < AGE_CHUNK;
                    self.current = Some((chunk, len, 0));
                }
                Ok(Err(e)) => {
                    self.done = true;
                    return Err(e);
                }
                Err(mpsc::RecvError) => {
                    self.done = true;
                    return Err(std::io::Error::other("the decryption stopped"));
                }
            }
        }
    }
}

/// Reads identities from an identity file's text: age keys (`AGE-SECRET-KEY-1…`) or an
/// unencrypted OpenSSH ed25519/RSA private key.
pub fn parse_identity_text(
    text: &[u8],
) -> Result<Vec<Box<dyn age::Identity + Send + Sync>>, BinderError> {
    if let Ok(file) = age::IdentityFile::from_buffer(text)
        && let Ok(ids) = file.into_identities()
        && !ids.is_empty()
    {
        return Ok(ids);
    }
    match age::ssh::Identity::from_buffer(text, None) {
        Ok(id @ age::ssh::Identity::Unencrypted(_)) => Ok(vec![Box::new(id)]),
        Ok(age::ssh::Identity::Encrypted(_)) => Err(BinderError::EncryptedSshKey),
        _ => Err(BinderError::BadIdentity),
    }
}

/// True when the bytes look like an age file (binary or armored).
pub fn is_age_file(bytes: &[u8]) -> bool {
    bytes.starts_with(b"age-encryption.org/") || bytes.starts_with(b"-----BEGIN AGE ENCRYPTED FILE")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An age file of `len` bytes of plaintext (each byte its offset mod 251), and the
    /// key that opens it.
    fn sample(len: usize) -> (Vec<u8>, Vec<u8>, Keys) {
        let key = OwnerKey::generate();
        let plain: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let ct = encrypt_to_recipients(&plain, &[key.recipient()]).unwrap();
        (plain, ct, Keys::single(key.into_identity()))
    }

    /// Reads `src` as the loader does: a 100-byte header, then the rest in one read of
    /// `want` bytes (splitting it from `split_from`), then on to the end. Returns what
    /// was read or the error, and whether the large read was split.
    fn load<S: Positioned + ?Sized>(
        src: &S,
        keys: &Keys,
        want: usize,
        split_from: usize,
    ) -> (Result<Vec<u8>, String>, bool) {
        let mut r = match decrypt_positioned(src, keys, split_from) {
            Ok(r) => r,
            Err(_) => return (Err("no header".into()), false),
        };
        let mut out = vec![0u8; 100];
        let got = super::super::read_up_to(&mut r, &mut out).map_err(|e| e.to_string());
        let result = got.and_then(|got| {
            out.truncate(got);
            let mut rest = vec![0u8; want];
            r.read_exact(&mut rest).map_err(|e| e.to_string())?;
            out.extend_from_slice(&rest);
            r.read_to_end(&mut out).map_err(|e| e.to_string())?;
            // Once ended, it stays ended.
            let mut more = [0u8; 10];
            match r.read(&mut more) {
                Ok(0) => Ok(out),
                Ok(_) => Err("read past the end".into()),
                Err(e) => Err(e.to_string()),
            }
        });
        (result, r.split)
    }

    #[test]
    fn halves_read_every_byte_in_order() {
        for len in [
            100,
            101,
            AGE_CHUNK,
            2 * AGE_CHUNK + 100,
            2 * AGE_CHUNK + 101,
            3 * AGE_CHUNK,
            5 * AGE_CHUNK + 17,
            // Several blocks, ending inside one and on a block's boundary.
            13 * AGE_CHUNK + 5,
            12 * AGE_CHUNK + 100,
        ] {
            let (plain, ct, keys) = sample(len);
            // The large read is all but the header, or part of it (the rest is read on).
            for want in [len - 100, (len - 100) / 2] {
                for split_from in [0, usize::MAX] {
                    let (got, split) = load(&ct[..], &keys, want, split_from);
                    assert!(got.as_ref() == Ok(&plain), "{len} bytes, read {want}");
                    assert_eq!(split, split_from == 0 && want >= 2 * AGE_CHUNK, "{len}");
                }
            }
        }
    }

    #[test]
    fn halves_read_a_file_by_position() {
        let (plain, ct, keys) = sample(4 * AGE_CHUNK + 5);
        let mut f = tempfile::tempfile().unwrap();
        f.write_all(&ct).unwrap();
        // Where the file's own offset is does not matter.
        let (got, split) = load(&f, &keys, plain.len() - 100, 0);
        assert!(got == Ok(plain) && split);
    }

    /// A damaged file fails the same way whether or not its large read is split, and
    /// wherever the damage is: a flipped bit in either half, a cut, bytes added.
    #[test]
    fn a_damaged_file_fails_split_as_it_does_in_order() {
        // One block and a half, and several blocks: damage then lies in blocks either
        // thread may take.
        for chunks in [6, 13] {
            let (plain, ct, keys) = sample(chunks * AGE_CHUNK + 9);
            let want = plain.len() - 100;
            let header = ct.len() - plain.len() - (chunks + 1) * 16;
            let mut damaged = Vec::new();
            for chunk in (0..=chunks).step_by(2) {
                let mut bad = ct.clone();
                bad[header + chunk * (AGE_CHUNK + 16) + 3] ^= 1;
                damaged.push(bad);
            }
            damaged.push(ct[..ct.len() - 20].to_vec());
            damaged.push(ct[..header + 4 * (AGE_CHUNK + 16)].to_vec());
            damaged.push([&ct[..], b"more"].concat());
            for (i, bad) in damaged.iter().enumerate() {
                let (in_order, _) = load(&bad[..], &keys, want, usize::MAX);
                let (split, _) = load(&bad[..], &keys, want, 0);
                assert!(
                    in_order.is_err(),
                    "{chunks} chunks: damage {i} went unnoticed"
                );
                assert_eq!(split, in_order, "{chunks} chunks: damage {i}");
            }
            // And asking for more than there is fails alike.
            let (in_order, _) = load(&ct[..], &keys, want + 1, usize::MAX);
            assert!(in_order.is_err());
            assert_eq!(load(&ct[..], &keys, want + 1, 0).0, in_order);
        }
    }

    #[test]
    fn seeking_before_the_start_is_an_error() {
        let mut at = At {
            src: &b"abc"[..],
            pos: 1,
        };
        assert!(at.seek(SeekFrom::Current(-2)).is_err());
        assert_eq!(at.seek(SeekFrom::End(-1)).unwrap(), 2);
        let mut byte = [0u8; 4];
        assert_eq!(at.read(&mut byte).unwrap(), 1);
        assert_eq!(byte[0], b'c');
        assert_eq!(at.seek(SeekFrom::Start(9)).unwrap(), 9);
        assert_eq!(at.read(&mut byte).unwrap(), 0);
    }

    /// A source that fails after `ok` bytes, like a damaged chunk.
    struct FailsAfter {
        ok: usize,
        at: usize,
    }

    impl Read for FailsAfter {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.at >= self.ok {
                return Err(std::io::Error::other("damaged chunk"));
            }
            let n = buf.len().min(self.ok - self.at).min(1000);
            buf[..n].fill(7);
            self.at += n;
            Ok(n)
        }
    }

    #[test]
    fn reading_ahead_reads_every_byte_in_order() {
        for len in [
            0,
            1,
            AGE_CHUNK - 1,
            AGE_CHUNK,
            AGE_CHUNK + 1,
            AGE_CHUNK * (AHEAD_DEPTH + 3) + 17,
        ] {
            let src: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            // Odd-sized reads, so that they straddle chunks.
            let got = read_ahead(&src[..], |mut r| {
                let mut got = Vec::new();
                let mut buf = [0u8; 777];
                loop {
                    match r.read(&mut buf).unwrap() {
                        0 => break,
                        n => got.extend_from_slice(&buf[..n]),
                    }
                }
                // Once ended, it stays ended.
                assert_eq!(r.read(&mut buf).unwrap(), 0);
                got
            });
            assert!(got == src, "{len} bytes read back differently");
        }
    }

    #[test]
    fn reading_ahead_passes_on_an_error_and_stops_when_the_reader_does() {
        let err = read_ahead(
            FailsAfter {
                ok: AGE_CHUNK * 2 + 5,
                at: 0,
            },
            |mut r| {
                let mut all = Vec::new();
                r.read_to_end(&mut all).unwrap_err()
            },
        );
        assert_eq!(err.to_string(), "damaged chunk");
        // A reader that stops early (a bad header, say) must not leave the decrypting
        // thread blocked: the scope would never end. A long source, one read, done.
        let first = read_ahead(std::io::repeat(1).take(1 << 30), |mut r| {
            let mut buf = [0u8; 100];
            r.read(&mut buf).unwrap()
        });
        assert_eq!(first, 100);
    }

    #[test]
    fn round_trip_to_recipient() {
        let key = OwnerKey::generate();
        let ct = encrypt_to_recipients(b"hello binder", &[key.recipient()]).unwrap();
        let id = key.into_identity();
        let pt = decrypt(&ct, &[id.as_ref()]).ok().unwrap();
        assert_eq!(&pt[..], b"hello binder");
    }

    #[test]
    fn round_trip_bad_key() {
        let key = OwnerKey::generate();
        let other = OwnerKey::generate().into_identity();
        let ct = encrypt_to_recipients(b"hello", &[key.recipient()]).unwrap();
        assert!(matches!(
            decrypt(&ct, &[other.as_ref()]),
            Err(DecryptFailure::WrongKey)
        ));
    }

    #[test]
    fn flipped_bit_is_corrupt_not_wrong_key() {
        let key = OwnerKey::generate();
        let ct = encrypt_to_recipients(&[7u8; 100_000], &[key.recipient()]).unwrap();
        let id = key.into_identity();
        let mut bad = ct.clone();
        let last = bad.len() - 10;
        bad[last] ^= 1;
        assert!(matches!(
            decrypt(&bad, &[id.as_ref()]),
            Err(DecryptFailure::Corrupt(_))
        ));
        let truncated = &ct[..ct.len() - 100];
        assert!(matches!(
            decrypt(truncated, &[id.as_ref()]),
            Err(DecryptFailure::Corrupt(_))
        ));
    }

    /// The header budget cuts an endless header, and only the header: a file to the
    /// most recipients, with a payload far larger than the budget, reads whole.
    #[test]
    fn an_endless_header_is_cut_and_a_long_payload_is_not() {
        let key = OwnerKey::generate();
        let endless = std::io::BufReader::new(
            (&b"age-encryption.org/v1\n-> X25519 "[..]).chain(std::io::repeat(b'A')),
        );
        let id = OwnerKey::generate().into_identity();
        match decrypt_reader(endless, &[id.as_ref()]) {
            Err(DecryptFailure::Corrupt(d)) => assert!(d.contains("header is longer"), "{d}"),
            Err(DecryptFailure::WrongKey) => panic!("an endless header read as a wrong key"),
            Ok(_) => panic!("an endless header was accepted"),
        }
        let mut recipients = vec![key.recipient()];
        recipients.extend((1..MAX_RECIPIENTS).map(|_| OwnerKey::generate().recipient()));
        let payload = vec![5u8; 3 * MAX_HEADER as usize];
        let ct = encrypt_to_recipients(&payload, &recipients).unwrap();
        let id = key.into_identity();
        let mut plain = Vec::new();
        decrypt_reader(&ct[..], &[id.as_ref()])
            .ok()
            .unwrap()
            .read_to_end(&mut plain)
            .unwrap();
        assert_eq!(plain, payload);
    }

    #[test]
    fn passphrase_compare_is_exact() {
        let a = Passphrase::new("correct horse".into());
        assert!(a.ct_eq(&Passphrase::new("correct horse".into())));
        assert!(!a.ct_eq(&Passphrase::new("correct hors".into())));
        assert!(!a.ct_eq(&Passphrase::new("correct horsf".into())));
        assert!(format!("{a:?}").contains("redacted"));
    }

    #[test]
    fn generated_passphrases_differ_and_are_long() {
        let a = Passphrase::random().unwrap();
        let b = Passphrase::random().unwrap();
        assert!(!a.ct_eq(&b));
        assert_eq!(a.expose().len(), 39);
    }

    #[test]
    fn identity_file_text_round_trips() {
        let key = OwnerKey::generate();
        let recipient = key.recipient();
        let text = key.to_identity_file("2026-11-26T00:00:00Z");
        let ids = parse_identity_text(text.as_bytes()).ok().unwrap();
        let ct = encrypt_to_recipients(b"x", &[recipient]).unwrap();
        assert!(decrypt(&ct, &[ids[0].as_ref()]).is_ok());
    }
}
