//! Property tests standing in for the fuzz targets in CI (a fuzzer cannot run there):
//! the same readers, the same properties — no panic, bounded time — on arbitrary and
//! mutated input: dates, the sig parser on lossily decoded bytes, passphrase files,
//! identity text, passphrase-wrapped age files, binder images. Crashes the fuzzer found
//! are kept as named regression cases at the end.

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use phr::binder::crypto::{self, Keys, OwnerKey, Passphrase};
use phr::binder::{self, KeyOrigin};
use proptest::prelude::*;

/// The fuzzer's published test key (bytes 1..=32), shared with `fuzz/`.
const FUZZ_KEY: &str = "AGE-SECRET-KEY-1QYPQXPQ9QCRSSZG2PVXQ6RS0ZQG3YYC5Z5TPWXQERGD3C8G7RUSQGPQYEE";

/// Generous per-input bound (debug build, a loaded 2-core machine).
const BOUND: Duration = Duration::from_millis(1500);

fn bounded<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    assert!(t.elapsed() < BOUND, "{what} took {:?}", t.elapsed());
    out
}

fn seed(name: &str) -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus/binder_open")
        .join(name);
    let mut v = std::fs::read(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    v.remove(0); // the fuzz target's selector byte
    v
}

/// A real binder image (small pages) and its `binder.age` for the fuzz key.
fn image() -> &'static (Vec<u8>, Vec<u8>) {
    static IMG: OnceLock<(Vec<u8>, Vec<u8>)> = OnceLock::new();
    IMG.get_or_init(|| (seed("seed-3-image"), seed("seed-2-binder-age")))
}

fn keys() -> Keys {
    Keys::single(OwnerKey::parse(FUZZ_KEY).unwrap().into_identity())
}

fn read_image(plain: &[u8]) {
    if let Ok(conn) = binder::load_image(Path::new("t.age"), plain) {
        let _ = phr::records::snapshot::Snapshot::load(&conn);
    }
}

/// Flips, overwrites and truncates bytes of `base` at the given positions.
pub fn mutate(base: &[u8], edits: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
    let mut v = base.to_vec();
    for (at, b) in edits {
        if !v.is_empty() {
            let i = at % v.len();
            v[i] ^= b | 1;
        }
    }
    if let Some(c) = cut {
        v.truncate(c % (v.len() + 1));
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn dates_never_panic(s in any::<String>(), bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        for input in [s.clone(), String::from_utf8_lossy(&bytes).into_owned()] {
            bounded("parse_date", || {
                let _ = phr::dates::parse_date(&input, today);
                let _ = phr::dates::parse_date(&input, NaiveDate::MAX);
                let _ = phr::dates::parse_date(&input, NaiveDate::MIN);
                let _ = phr::dates::parse_datetime(&input, today.and_hms_opt(9, 0, 0).unwrap());
            });
        }
    }

    #[test]
    fn date_words_with_any_number_never_panic(
        n in any::<i64>(),
        unit in prop::sample::select(vec!["day", "days", "week", "weeks", "month", "months", "year", "years", "x"]),
        edge in prop::sample::select(vec![NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()]),
    ) {
        for s in [format!("in {n} {unit}"), format!("{n} {unit} ago"), format!("in {n} {unit} 25:00")] {
            let _ = phr::dates::parse_date(&s, edge);
            let _ = phr::dates::parse_datetime(&s, edge.and_hms_opt(0, 0, 0).unwrap());
        }
    }

    #[test]
    fn sig_parse_on_lossy_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let p = bounded("sig::parse", || phr::sig::parse(&text));
        let _ = (p.daily_mass_mg_max(), p.ingredient_daily_mg_max(), p.strength_components());
    }

    #[test]
    fn passphrase_files_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pass");
        std::fs::write(&path, &bytes).unwrap();
        if let Ok(p) = phr::context::read_passphrase_file(&path) {
            prop_assert!(!p.expose().is_empty());
            prop_assert!(!p.expose().contains('\n'));
        }
    }

    #[test]
    fn identity_text_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300), prefix in prop::sample::select(vec!["", "AGE-SECRET-KEY-1", "-----BEGIN OPENSSH PRIVATE KEY-----\n", "# comment\n"])) {
        let mut v = prefix.as_bytes().to_vec();
        v.extend_from_slice(&bytes);
        bounded("parse_identity_text", || {
            let _ = crypto::parse_identity_text(&v);
            let _ = binder::owner_from_identity_text(&v);
        });
    }

    #[test]
    fn mutated_identity_age_is_an_error_not_a_panic(
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        cut in prop::option::of(any::<usize>()),
    ) {
        let base = seed("seed-1-identity-age");
        let v = mutate(&base, &edits, cut);
        let pass = Passphrase::new("fuzz passphrase".into());
        bounded("decrypt_with_passphrase", || {
            let _ = crypto::decrypt_with_passphrase_max(&v, &pass, 4);
        });
    }

    #[test]
    fn mutated_binder_age_is_an_error_not_a_panic(
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        cut in prop::option::of(any::<usize>()),
    ) {
        let v = mutate(&image().1, &edits, cut);
        let k = keys();
        bounded("decrypt_image", || {
            if let Ok(plain) = binder::decrypt_image(Path::new("t.age"), &v, &k, KeyOrigin::Given) {
                read_image(&plain);
            }
        });
    }

    /// `phr` opens `binder.age` by streaming it into SQLite; that must accept exactly
    /// what decrypting the whole file and then loading it accepts, for damaged
    /// ciphertexts and for well-encrypted damaged images (wrong sizes, cut short).
    #[test]
    fn streamed_open_agrees_with_decrypting_whole(
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        cut in prop::option::of(any::<usize>()),
    ) {
        let k = keys();
        let path = Path::new("t.age");
        let recipient = OwnerKey::parse(FUZZ_KEY).unwrap().recipient();
        let damaged_plain = mutate(&image().0, &edits, cut);
        let sealed = crypto::encrypt_to_recipients(&damaged_plain, &[recipient]).unwrap();
        for ct in [sealed, mutate(&image().1, &edits, cut)] {
            let whole = binder::decrypt_image(path, &ct, &k, KeyOrigin::Given)
                .is_ok_and(|plain| binder::load_image(path, &plain).is_ok());
            let streamed = bounded("open_image", || {
                binder::open_image(path, &ct[..], &k, KeyOrigin::Given).is_ok()
            });
            prop_assert_eq!(streamed, whole);
        }
        // Undamaged, both open.
        prop_assert!(binder::open_image(path, &image().1[..], &k, KeyOrigin::Given).is_ok());
    }

    #[test]
    fn mutated_images_load_or_fail_cleanly(
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 1..8),
        cut in prop::option::of(any::<usize>()),
    ) {
        let v = mutate(&image().0, &edits, cut);
        bounded("load_image", || read_image(&v));
    }

    #[test]
    fn arbitrary_images_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let mut v = b"SQLite format 3\0".to_vec();
        v.extend_from_slice(&bytes);
        bounded("load_image", || read_image(&v));
    }
}

#[test]
fn a_huge_scrypt_work_factor_is_refused_at_once() {
    // Header claims N = 2^21, above phr's cap of 2^20: refused before any scrypt work.
    let base = String::from_utf8_lossy(&seed("seed-1-identity-age")).into_owned();
    let patched = base.replacen(" 2\n", " 21\n", 1);
    assert_ne!(patched, base, "the seed's scrypt line was not found");
    let pass = Passphrase::new("fuzz passphrase".into());
    let t = Instant::now();
    let r = crypto::decrypt_with_passphrase(patched.as_bytes(), &pass);
    assert!(t.elapsed() < Duration::from_secs(1), "{:?}", t.elapsed());
    assert!(matches!(r, Err(crypto::DecryptFailure::Corrupt(_))));
    assert_eq!(crypto::MAX_WORK_FACTOR, 20);
}

/// Fuzz finding (dates, crash-9c6e14a8…): "next monday" at the last date chrono can
/// represent overflowed `NaiveDate + TimeDelta` and panicked. Now it is no date.
#[test]
fn regression_next_weekday_at_the_end_of_the_calendar() {
    for day in ["monday", "sun", "this friday", "next saturday"] {
        let input = if day.contains(' ') {
            day.to_owned()
        } else {
            format!("next {day}")
        };
        assert_eq!(
            phr::dates::parse_date(&input, NaiveDate::MAX),
            None,
            "{input}"
        );
        let _ = phr::dates::parse_date(day, NaiveDate::MAX);
        let _ = phr::dates::parse_datetime(
            &format!("{input} 9:30"),
            NaiveDate::MAX.and_hms_opt(0, 0, 0).unwrap(),
        );
    }
    assert!(phr::dates::parse_date("next monday", NaiveDate::MIN).is_some());
}
