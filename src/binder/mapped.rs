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

/// The size of a huge page on x86-64 and of the usual arm64 configuration.
const HUGE: usize = 2 << 20;

/// A zero-filled, writable anonymous mapping for an image of `len` bytes, which starts
/// on a huge-page boundary.
pub struct Mapped {
    map: MmapMut,
    /// Where the image starts in `map`.
    start: usize,
    len: usize,
}

impl Mapped {
    /// Maps `len` bytes and asks for huge pages (advice only: where the kernel has no
    /// transparent huge pages, or says no, the mapping is used as it is). `None` if the
    /// mapping itself fails; the caller then loads the image the ordinary way.
    ///
    /// The kernel backs a range with a huge page only when the whole 2 MiB-aligned range
    /// lies in the mapping, and it places a mapping on such a boundary only when its
    /// length is a multiple of 2 MiB (Linux 6.12 and later) or not at all (older ones).
    /// Mapped as it was, at the length of the image, a 5.3 MB image got one huge page and
    /// was faulted in 4 KiB pages for the rest: about 800 faults. So the mapping is made
    /// one huge page longer than the image rounded up, and the image starts at the first
    /// boundary in it. The rest is address space only: no page of it is touched.
    pub fn new(len: usize) -> Option<Mapped> {
        let rounded = len.checked_next_multiple_of(HUGE)?;
        let map = MmapMut::map_anon(rounded.checked_add(HUGE)?).ok()?;
        let start = (map.as_ptr() as usize).wrapping_neg() % HUGE;
        let _ = map.advise(Advice::HugePage);
        Some(Mapped { map, start, len })
    }

    pub fn bytes_mut(&mut self) -> &mut [u8] {
        &mut self.map[self.start..self.start + self.len]
    }

    /// Makes the mapping read-only, so that nothing in this process can change the
    /// image under SQLite, and keeps it for the rest of the process, which is what
    /// SQLite needs of an image it reads in place (`sqlite3_deserialize` with
    /// `SQLITE_DESERIALIZE_READONLY` and no copy). A command opens its binder once.
    pub fn into_static(self) -> io::Result<&'static [u8]> {
        let map: &'static Mmap = Box::leak(Box::new(self.map.make_read_only()?));
        Ok(&map[self.start..self.start + self.len])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_image_starts_on_a_huge_page_boundary_and_keeps_its_length() {
        for len in [MAPPED_FROM as usize, 5_300_000, 3 * HUGE] {
            let mut map = Mapped::new(len).expect("an anonymous mapping");
            let bytes = map.bytes_mut();
            assert_eq!(bytes.len(), len);
            assert_eq!(bytes.as_ptr() as usize % HUGE, 0, "{len} bytes");
            assert!(bytes.iter().all(|&b| b == 0));
            bytes[0] = 1;
            bytes[len - 1] = 2;
            let image = map.into_static().expect("read-only");
            assert_eq!((image.len(), image[0], image[len - 1]), (len, 1, 2));
        }
    }
}
