//! Work that two threads share from both ends: one takes pieces from the front, the
//! other from the back, each the next when done with the last, until they meet. On this
//! project's machines a second thread often starts milliseconds after it is asked for;
//! shared this way, a late thread takes fewer pieces instead of being waited for.

use std::ops::RangeInclusive;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// Which end a thread takes its pieces from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum End {
    Front,
    Back,
}

/// The pieces not yet taken.
pub struct TwoEnds<I> {
    left: Mutex<I>,
    stopped: AtomicBool,
}

impl<I: DoubleEndedIterator> TwoEnds<I> {
    pub fn new(pieces: I) -> Self {
        TwoEnds {
            left: Mutex::new(pieces),
            stopped: AtomicBool::new(false),
        }
    }

    /// The next piece at `end`; `None` once every piece is taken or after [`stop`].
    ///
    /// [`stop`]: TwoEnds::stop
    pub fn take(&self, end: End) -> Option<I::Item> {
        if self.stopped.load(Ordering::Relaxed) {
            return None;
        }
        let mut left = self.left.lock().unwrap_or_else(PoisonError::into_inner);
        match end {
            End::Front => left.next(),
            End::Back => left.next_back(),
        }
    }

    /// Leaves nothing more to take (a thread that failed stops the other too).
    pub fn stop(&self) {
        self.stopped.store(true, Ordering::Relaxed);
    }

    /// Whether every piece was taken (and none is left because of [`TwoEnds::stop`]).
    pub fn all_taken(self) -> bool {
        !self.stopped.into_inner()
            && self
                .left
                .into_inner()
                .unwrap_or_else(PoisonError::into_inner)
                .next()
                .is_none()
    }
}

/// Cuts every id there can be into ranges for two threads to share: cut every `step`
/// ids after `low` up to `high`, where `step` is at least `min_ids` and large enough that
/// there are at most `max_ranges` ranges however far apart `low` and `high` are (ids
/// come from the binder, which a hostile file can fill with any). The first range starts
/// at the lowest id there can be and the last ends at the highest, so that together they
/// hold every id, once.
pub fn cut_ids(low: i64, high: i64, min_ids: i64, max_ranges: i64) -> Vec<RangeInclusive<i64>> {
    let span = i128::from(high) - i128::from(low);
    let step = i128::from(min_ids.max(1)).max(span / i128::from(max_ranges.max(1)) + 1);
    let mut out = Vec::new();
    let mut start = i64::MIN;
    let mut cut = i128::from(low) + step;
    while cut <= i128::from(high) {
        // Above `low`, so above the lowest id, and at most `high`.
        let Ok(at) = i64::try_from(cut) else { break };
        out.push(start..=at - 1);
        start = at;
        cut += step;
    }
    out.push(start..=i64::MAX);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_cut_into_ranges_that_hold_each_id_once() {
        let ranges = cut_ids(1, 3357, 512, 4096);
        assert_eq!(ranges.len(), 7);
        assert_eq!(ranges[0], i64::MIN..=512);
        assert_eq!(ranges[1], 513..=1024);
        assert_eq!(ranges[6], 3073..=i64::MAX);
        for pair in ranges.windows(2) {
            assert_eq!(pair[0].end() + 1, *pair[1].start());
        }
        // Few ids: one range.
        assert_eq!(cut_ids(1, 300, 512, 4096), [i64::MIN..=i64::MAX]);
        // Ids as far apart as they can be: no more ranges than asked for.
        for (low, high) in [(0, i64::MAX), (i64::MIN, i64::MAX), (-5, 7)] {
            let ranges = cut_ids(low, high, 256, 4096);
            assert!(ranges.len() <= 4097, "{low}..{high}: {}", ranges.len());
            assert_eq!(*ranges[0].start(), i64::MIN);
            assert_eq!(*ranges.last().unwrap().end(), i64::MAX);
            for pair in ranges.windows(2) {
                assert_eq!(pair[0].end() + 1, *pair[1].start());
            }
        }
    }

    #[test]
    fn the_front_and_the_back_meet_and_each_piece_is_taken_once() {
        let ends = TwoEnds::new(0..5);
        assert_eq!(ends.take(End::Front), Some(0));
        assert_eq!(ends.take(End::Back), Some(4));
        assert_eq!(ends.take(End::Back), Some(3));
        assert_eq!(ends.take(End::Front), Some(1));
        assert_eq!(ends.take(End::Front), Some(2));
        assert_eq!((ends.take(End::Front), ends.take(End::Back)), (None, None));
        assert!(ends.all_taken());
    }

    #[test]
    fn a_stop_leaves_nothing_to_take() {
        let ends = TwoEnds::new(0..5);
        assert_eq!(ends.take(End::Back), Some(4));
        ends.stop();
        assert_eq!((ends.take(End::Front), ends.take(End::Back)), (None, None));
        assert!(!ends.all_taken());
        assert!(!TwoEnds::new(0..1).all_taken());
    }

    #[test]
    fn two_threads_take_every_piece_once_between_them() {
        let ends = TwoEnds::new(0..10_000);
        let (front, back) = std::thread::scope(|s| {
            let back = s.spawn(|| std::iter::from_fn(|| ends.take(End::Back)).collect::<Vec<_>>());
            let front: Vec<_> = std::iter::from_fn(|| ends.take(End::Front)).collect();
            (front, back.join().unwrap())
        });
        // The front took a prefix in order, the back the rest from the end.
        let mut all = front.clone();
        all.extend(back.iter().rev());
        assert_eq!(all, (0..10_000).collect::<Vec<_>>());
    }
}
