//! Fuzzes everything that reads a binder's files, chosen by the input's first byte:
//! 0 an identity file's text (`--identity`), 1 a passphrase-wrapped age file
//! (`identity.age`, scrypt capped small so no input costs seconds), 2 an encrypted
//! binder image (`binder.age`) for a fixed test key, decrypted whole and then streamed
//! into SQLite as `phr` opens it (the two must agree), 3 a decrypted SQLite image
//! loaded, migrated and read whole. None may panic or hang.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use phr::binder::crypto::{self, Keys, OwnerKey, Passphrase};
use phr::binder::{self, KeyOrigin};

/// A published test key (the bytes 1..=32), used only by the fuzzer and its seeds.
const FUZZ_KEY: &str = "AGE-SECRET-KEY-1QYPQXPQ9QCRSSZG2PVXQ6RS0ZQG3YYC5Z5TPWXQERGD3C8G7RUSQGPQYEE";

fn read_image(plain: &[u8]) {
    let path = Path::new("fuzz-binder.age");
    if let Ok(conn) = binder::load_image(path, plain) {
        let _ = phr::records::snapshot::Snapshot::load(&conn);
        let _ = phr::binder::schema::version(&conn);
    }
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    match which % 4 {
        0 => {
            let _ = crypto::parse_identity_text(rest);
            let _ = binder::owner_from_identity_text(rest);
        }
        1 => {
            let pass = Passphrase::new("fuzz passphrase".to_owned());
            if let Ok(plain) = crypto::decrypt_with_passphrase_max(rest, &pass, 4) {
                let _ = binder::owner_from_identity_text(&plain);
            }
        }
        2 => {
            let Some(key) = OwnerKey::parse(FUZZ_KEY) else {
                return;
            };
            let keys = Keys::single(key.into_identity());
            let path = Path::new("fuzz-binder.age");
            let whole = binder::decrypt_image(path, rest, &keys, KeyOrigin::Given);
            if let Ok(plain) = &whole {
                read_image(plain);
            }
            // The streaming open accepts exactly what decrypting whole and loading accepts.
            // Split from the smallest size, so that large inputs take the two-thread path.
            let streamed = binder::open_image_split(path, rest, &keys, KeyOrigin::Given, 0);
            let loaded = whole.is_ok_and(|plain| binder::load_image(path, &plain).is_ok());
            assert_eq!(streamed.is_ok(), loaded, "streamed and whole opens disagree");
            if let Ok(conn) = streamed {
                let _ = phr::records::snapshot::Snapshot::load(&conn);
            }
        }
        _ => read_image(rest),
    }
});
