//! A large binder image opened for reading, held in an anonymous memory mapping of
//! huge pages rather than in SQLite's own buffer: on this project's virtual machines
//! faulting in 4 KiB pages one at a time cost about 4.7 ms for a 5 MiB image (10,000
//! records), a third of what opening it took; 2 MiB pages cost about 1.7 ms.

use std::io;

use memmap2::{Advice, Mmap, MmapMut};

/// Images smaller than this go to SQLite's buffer as before: with fewer than a
/// thousand pages to fault in there is little to gain, and a mapped image is kept until
/// the process ends (see [`Mapped::into_static`]).
pub const MAPPED_FROM: u64 = 2 << 20;

/// A zero-filled, writable anonymous mapping for an image of `len` bytes.
pub struct Mapped(MmapMut);

impl Mapped {
    /// Maps `len` bytes and asks for huge pages (advice only: where the kernel has no
    /// transparent huge pages, or says no, the mapping is used as it is). `None` if the
    /// mapping itself fails; the caller then loads the image the ordinary way.
    pub fn new(len: usize) -> Option<Mapped> {
        let map = MmapMut::map_anon(len).ok()?;
        let _ = map.advise(Advice::HugePage);
        Some(Mapped(map))
    }

    pub fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.0
    }

    /// Makes the mapping read-only, so that nothing in this process can change the
    /// image under SQLite, and keeps it for the rest of the process, which is what
    /// SQLite needs of an image it reads in place (`sqlite3_deserialize` with
    /// `SQLITE_DESERIALIZE_READONLY` and no copy). A command opens its binder once.
    pub fn into_static(self) -> io::Result<&'static [u8]> {
        let map: Mmap = self.0.make_read_only()?;
        Ok(&**Box::leak(Box::new(map)))
    }
}
