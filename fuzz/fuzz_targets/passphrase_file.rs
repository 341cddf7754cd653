//! Fuzzes the passphrase-file reader on a real temp file holding the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(dir) = tempfile::tempdir() else { return };
    let path = dir.path().join("pass");
    if std::fs::write(&path, data).is_err() {
        return;
    }
    if let Ok(p) = phr::context::read_passphrase_file(&path) {
        // A passphrase is a non-empty first line without its line ending.
        assert!(!p.expose().is_empty());
        assert!(!p.expose().contains('\n'));
    }
});
