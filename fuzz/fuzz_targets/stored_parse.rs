//! Fuzzes the reader of stored parses: for any text, `sig::from_stored` (phr's one-pass
//! reader, with serde_json behind it) gives exactly what serde_json gives, every number
//! equal bit for bit, and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let fast = phr::sig::from_stored(text);
    let slow: Option<phr::sig::ParsedMed> = serde_json::from_str(text).ok();
    assert_eq!(fast, slow, "{text}");
    assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{text}");
});
