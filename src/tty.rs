//! Prompts at the terminal that leave it as they found it, however they end: a
//! passphrase read with nothing shown (a prompt that turns echo off and is then killed by
//! Ctrl-C leaves the person's shell without echo; here Ctrl-C is read as a key), and
//! dialoguer's menus and questions, whose Ctrl-C would end phr with the cursor hidden.

use std::io::Write;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

use rustix::termios::{self, LocalModes, OptionalActions, SpecialCodeIndex, Termios};
use zeroize::Zeroizing;

/// The longest passphrase read; what is typed past it is dropped.
const MAX_BYTES: usize = 1024;

/// How a prompt ended without an answer.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// Ctrl-C, or Ctrl-D on an empty line: the person gave up.
    #[error("the prompt was cancelled")]
    Cancelled,
    /// The terminal closed before Enter.
    #[error("the terminal closed before the passphrase was entered")]
    Closed,
    #[error("what was typed is not UTF-8 text")]
    NotText,
    #[error("the terminal could not be read: {0}")]
    Io(#[from] std::io::Error),
}

/// Sets the terminal back as it was when dropped.
struct Restore<'a, Fd: AsFd> {
    fd: &'a Fd,
    saved: Termios,
}

impl<Fd: AsFd> Drop for Restore<'_, Fd> {
    fn drop(&mut self) {
        let _ = termios::tcsetattr(self.fd, OptionalActions::Now, &self.saved);
    }
}

/// What one key does to the line being read.
#[derive(Debug, PartialEq, Eq)]
enum Key {
    Enter,
    Erase,
    EraseAll,
    Cancel,
    /// Ctrl-D: ends the prompt on an empty line, and is ignored on one begun.
    EndOfInput,
    Ignored,
    Byte(u8),
}

fn key(b: u8) -> Key {
    match b {
        b'\r' | b'\n' => Key::Enter,
        0x7f | 0x08 => Key::Erase,
        0x15 => Key::EraseAll,
        // Ctrl-C and Ctrl-Backslash (the keys for SIGINT and SIGQUIT) cancel.
        0x03 | 0x1c => Key::Cancel,
        0x04 => Key::EndOfInput,
        // Ctrl-Z (the key for SIGTSTP) cannot stop phr here; it is no character either.
        0x1a => Key::Ignored,
        other => Key::Byte(other),
    }
}

/// Takes the last character (not byte) off `line`.
fn erase_char(line: &mut Zeroizing<Vec<u8>>) {
    while let Some(b) = line.pop() {
        // A UTF-8 continuation byte is 10xxxxxx: keep going to the character's start.
        if b & 0xC0 != 0x80 {
            break;
        }
    }
}

/// Applies keys to a line until Enter (the line, possibly empty) or the end of the
/// prompt (an error). `next` gives the next byte typed, `None` at the terminal's end.
fn read_line(
    mut next: impl FnMut() -> std::io::Result<Option<u8>>,
) -> Result<Zeroizing<Vec<u8>>, ReadError> {
    let mut line = Zeroizing::new(Vec::with_capacity(MAX_BYTES));
    loop {
        let Some(b) = next()? else {
            return Err(ReadError::Closed);
        };
        match key(b) {
            Key::Enter => return Ok(line),
            Key::Erase => erase_char(&mut line),
            Key::EraseAll => line.clear(),
            Key::Cancel => return Err(ReadError::Cancelled),
            Key::EndOfInput if line.is_empty() => return Err(ReadError::Cancelled),
            Key::EndOfInput | Key::Ignored => {}
            Key::Byte(b) if line.len() < MAX_BYTES => line.push(b),
            Key::Byte(_) => {}
        }
    }
}

/// Asks for a secret on standard error and reads it from standard input, which must be
/// a terminal: echo, line editing and the keys that send signals are off while it is
/// read (Backspace, Ctrl-U, Ctrl-C, Ctrl-Backslash, Ctrl-D and Ctrl-Z are read here),
/// and the terminal is set back as it was before this returns. An empty answer asks
/// again.
pub fn read_secret(prompt: &str) -> Result<Zeroizing<String>, ReadError> {
    let stdin = std::io::stdin();
    let saved = termios::tcgetattr(&stdin).map_err(std::io::Error::from)?;
    let mut quiet = saved.clone();
    quiet.local_modes.remove(
        LocalModes::ECHO
            | LocalModes::ECHONL
            | LocalModes::ICANON
            | LocalModes::ISIG
            | LocalModes::IEXTEN,
    );
    quiet.special_codes[SpecialCodeIndex::VMIN] = 1;
    quiet.special_codes[SpecialCodeIndex::VTIME] = 0;
    // Flush: what was typed before the prompt showed is not taken as the answer.
    termios::tcsetattr(&stdin, OptionalActions::Flush, &quiet).map_err(std::io::Error::from)?;
    let restore = Restore { fd: &stdin, saved };
    let mut err = std::io::stderr();
    let mut next = || -> std::io::Result<Option<u8>> {
        let mut b = [0u8; 1];
        loop {
            match rustix::io::read(&stdin, &mut b) {
                Ok(0) => return Ok(None),
                Ok(_) => return Ok(Some(b[0])),
                Err(rustix::io::Errno::INTR) => {}
                Err(e) => return Err(e.into()),
            }
        }
    };
    let line = loop {
        let _ = write!(err, "{prompt}: ");
        let _ = err.flush();
        let read = read_line(&mut next);
        let _ = writeln!(err);
        match read {
            Ok(line) if line.is_empty() => continue,
            other => break other,
        }
    };
    drop(restore);
    let line = line?;
    // The secret is copied once into a String of its exact size (no reallocation leaves
    // a copy behind); the buffer it was read into is wiped when dropped.
    match std::str::from_utf8(&line) {
        Ok(text) => Ok(Zeroizing::new(text.to_owned())),
        Err(_) => Err(ReadError::NotText),
    }
}

/// What the SIGINT handler sets, once one is installed (see [`ask`]).
struct Interrupts {
    /// Ctrl-C came while a prompt was up.
    came: Arc<AtomicBool>,
    /// No prompt is up: SIGINT does what it always does, and ends phr.
    ends_phr: Arc<AtomicBool>,
}

/// Installs the SIGINT handler, once; `None` if it could not be (prompts then behave as
/// dialoguer makes them).
fn interrupts() -> Option<&'static Interrupts> {
    static INTERRUPTS: OnceLock<Option<Interrupts>> = OnceLock::new();
    INTERRUPTS
        .get_or_init(|| {
            use signal_hook::consts::SIGINT;
            let came = Arc::new(AtomicBool::new(false));
            let ends_phr = Arc::new(AtomicBool::new(true));
            signal_hook::flag::register_conditional_default(SIGINT, Arc::clone(&ends_phr)).ok()?;
            signal_hook::flag::register(SIGINT, Arc::clone(&came)).ok()?;
            Some(Interrupts { came, ends_phr })
        })
        .as_ref()
}

/// Runs a dialoguer prompt (a menu, a yes/no question, a text field) so that Ctrl-C
/// cancels it cleanly. dialoguer hides the cursor while a menu is up and, on Ctrl-C,
/// sets the terminal's mode back and raises SIGINT, which would end phr with the cursor
/// still hidden. While the prompt is up, SIGINT only marks it cancelled: the cursor is
/// shown again and [`ReadError::Cancelled`] returned. Outside prompts, Ctrl-C ends phr as
/// it always has.
pub fn ask<T>(prompt: impl FnOnce() -> dialoguer::Result<T>) -> Result<T, ReadError> {
    let Some(i) = interrupts() else {
        return prompt().map_err(|e| ReadError::Io(e.into()));
    };
    i.came.store(false, Ordering::SeqCst);
    i.ends_phr.store(false, Ordering::SeqCst);
    let answer = prompt();
    i.ends_phr.store(true, Ordering::SeqCst);
    if i.came.swap(false, Ordering::SeqCst) {
        // Show the cursor again, on a line of its own.
        let mut err = std::io::stderr();
        let _ = err.write_all(b"\x1b[?25h\n");
        let _ = err.flush();
        return Err(ReadError::Cancelled);
    }
    answer.map_err(|e| ReadError::Io(e.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(bytes: &[u8]) -> Result<Vec<u8>, ReadError> {
        let mut keys = bytes.iter().copied();
        read_line(|| Ok(keys.next())).map(|l| l.to_vec())
    }

    #[test]
    fn enter_ends_the_line_and_either_newline_counts() {
        assert_eq!(typed(b"horse staple\r").unwrap(), b"horse staple");
        assert_eq!(typed(b"horse staple\nrest").unwrap(), b"horse staple");
        assert_eq!(typed(b"\r").unwrap(), b"");
    }

    #[test]
    fn backspace_takes_a_whole_character_and_ctrl_u_the_line() {
        assert_eq!(typed(b"abcd\x7f\x7fx\r").unwrap(), b"abx");
        assert_eq!(typed(b"ab\x08c\r").unwrap(), b"ac");
        assert_eq!(typed("café\x7f!\r".as_bytes()).unwrap(), b"caf!");
        assert_eq!(typed("a€\x7f\x7f\x7fb\r".as_bytes()).unwrap(), b"b");
        assert_eq!(typed(b"wrong\x15right\r").unwrap(), b"right");
    }

    #[test]
    fn ctrl_c_cancels_and_ctrl_d_cancels_only_an_empty_line() {
        assert!(matches!(
            typed(b"half\x03more\r"),
            Err(ReadError::Cancelled)
        ));
        assert!(matches!(typed(b"\x04"), Err(ReadError::Cancelled)));
        assert_eq!(typed(b"ab\x04c\r").unwrap(), b"abc");
        assert!(matches!(
            typed(b"half\x1cmore\r"),
            Err(ReadError::Cancelled)
        ));
        assert_eq!(typed(b"a\x1ab\r").unwrap(), b"ab", "Ctrl-Z is no character");
    }

    #[test]
    fn the_end_of_the_terminal_is_not_an_answer() {
        assert!(matches!(typed(b"no enter"), Err(ReadError::Closed)));
        assert!(matches!(typed(b""), Err(ReadError::Closed)));
    }

    /// The bytes that are keys, never characters of the line.
    const KEYS: &[u8] = b"\r\n\x7f\x08\x15\x03\x1c\x04\x1a";

    proptest::proptest! {
        #[test]
        fn any_keys_give_a_bounded_line_of_characters_only(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3000)
        ) {
            if let Ok(line) = typed(&bytes) {
                proptest::prop_assert!(line.len() <= MAX_BYTES);
                proptest::prop_assert!(line.iter().all(|b| !KEYS.contains(b)));
            }
        }

        #[test]
        fn plain_text_then_enter_is_read_as_typed(text in "[^\\x00-\\x1f\\x7f]{0,200}") {
            let mut bytes = text.clone().into_bytes();
            bytes.push(b'\r');
            proptest::prop_assert_eq!(typed(&bytes).unwrap(), text.into_bytes());
        }
    }

    #[test]
    fn a_line_stops_growing_at_the_limit() {
        let mut long = vec![b'x'; MAX_BYTES + 500];
        long.push(b'\r');
        assert_eq!(typed(&long).unwrap().len(), MAX_BYTES);
    }
}
