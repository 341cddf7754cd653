//! Work that two threads share from both ends: one takes pieces from the front, the
//! other from the back, each the next when done with the last, until they meet. On this
//! project's machines a second thread often starts milliseconds after it is asked for;
//! shared this way, a late thread takes fewer pieces instead of being waited for.

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

#[cfg(test)]
mod tests {
    use super::*;

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
