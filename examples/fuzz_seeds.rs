//! Writes the seed corpora under `fuzz/corpus/<target>/` (small inputs written by us:
//! medication lines, dates, passphrase files, identity texts, age files for the fuzzer's
//! fixed test key, and a small binder image). Run: `cargo run --example fuzz_seeds`.

use std::io::Write;
use std::path::Path;

use phr::binder::crypto::{self, Keys, OwnerKey, Passphrase};
use phr::binder::{self, Binder, BinderPaths, KeyOrigin};
use phr::records::generic;
use phr::records::kinds;
use phr::records::med::{self, NewMedication};
use rusqlite::MAIN_DB;

/// The fuzzer's published test key (bytes 1..=32); see `fuzz/fuzz_targets/binder_open.rs`.
const FUZZ_KEY: &str = "AGE-SECRET-KEY-1QYPQXPQ9QCRSSZG2PVXQ6RS0ZQG3YYC5Z5TPWXQERGD3C8G7RUSQGPQYEE";
const NOW: &str = "2026-11-26T09:00:00Z";

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    std::fs::create_dir_all(&dir).expect("corpus dir");
    std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("seed");
}

fn with_selector(sel: u8, bytes: &[u8]) -> Vec<u8> {
    let mut v = vec![sel];
    v.extend_from_slice(bytes);
    v
}

fn main() {
    let meds = [
        "Lisinopril 10 mg tablet, 1 tablet by mouth once daily",
        "metformin 500mg 2 tabs po bid with meals",
        "Tylenol 325 mg 1-2 tablets every 4-6 hours as needed for pain, max 8/day",
        "Latanoprost 0.005% 1 drop in both eyes at bedtime",
        "Amoxicillin/clavulanate 875/125 mg q12h x 10 days",
        "Vitamin D3 1000 IU daily",
        "insulin glargine 100 units/mL 22 units subcut qHS",
        "Prednisone 20 mg daily for 5 days then 10 mg daily for 5 days",
        "",
        "½ tab Mon Wed Fri 🙂",
    ];
    for (i, m) in meds.iter().enumerate() {
        put("sig_parse", &format!("{i:02}"), m.as_bytes());
    }
    let dates = [
        "2026-11-26",
        "today",
        "tomorrow",
        "in 3 days",
        "2 weeks ago",
        "next monday",
        "2026-11-26 14:30",
        "tomorrow 9:30",
        "next friday 2pm",
        "in 9999 years",
        "262143-12-31",
    ];
    for (i, d) in dates.iter().enumerate() {
        put("dates", &format!("{i:02}"), d.as_bytes());
    }
    let passes: [&[u8]; 5] = [
        b"correct horse battery staple\n",
        b"with windows ending\r\nsecond line\n",
        b"\n",
        b"no newline",
        b"\xff\xfe not utf-8\n",
    ];
    for (i, p) in passes.iter().enumerate() {
        put("passphrase_file", &format!("{i:02}"), p);
    }

    // binder_open: 0 identity text, 1 passphrase-wrapped, 2 binder.age, 3 image.
    let key = OwnerKey::parse(FUZZ_KEY).expect("fuzz key");
    let recipient = key.recipient();
    let ident = key.to_identity_file(NOW);
    put(
        "binder_open",
        "0-identity",
        &with_selector(0, ident.as_bytes()),
    );
    put(
        "binder_open",
        "0-bare-key",
        &with_selector(0, FUZZ_KEY.as_bytes()),
    );
    put(
        "binder_open",
        "0-ssh-pub",
        &with_selector(0, b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7yBrq8WN6D6Tq9pxkL3g1hmvXh0fYmvE5vQ6pS8dKX fuzz"),
    );
    // A passphrase file at work factor 2 (the fuzz target caps at 4).
    let mut r = age::scrypt::Recipient::new("fuzz passphrase".to_owned().into());
    r.set_work_factor(2);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
        .expect("encryptor");
    let mut wrapped = Vec::new();
    let mut w = enc.wrap_output(&mut wrapped).expect("wrap");
    w.write_all(ident.as_bytes()).expect("write");
    w.finish().expect("finish");
    put("binder_open", "1-identity-age", &with_selector(1, &wrapped));

    // A small binder: a few records of each common kind, 512-byte pages.
    let root = tempfile::tempdir().expect("tempdir");
    let paths = BinderPaths::new(root.path().join("b"));
    let owner = Binder::create(&paths, &Passphrase::new("seed".into()), NOW).expect("create");
    let keys = Keys::single(owner.into_identity());
    let mut b = Binder::open_write(&paths, &keys, KeyOrigin::Owner).expect("open");
    for m in &meds[..4] {
        let new = NewMedication {
            text: (*m).to_owned(),
            ..Default::default()
        };
        med::add(b.conn_mut(), &new, NOW).expect("med");
    }
    let mut v = generic::Values::new();
    v.insert("test", "HbA1c".into());
    v.insert("value", "7.2".into());
    v.insert("date", "2026-10-01".into());
    generic::insert(b.conn(), &kinds::RESULT, &v, NOW, None).expect("result");
    let mut v = generic::Values::new();
    v.insert("text", "called the pharmacy".into());
    generic::insert(b.conn(), &kinds::NOTE, &v, NOW, None).expect("note");
    b.conn()
        .execute_batch("PRAGMA page_size = 512; VACUUM;")
        .expect("vacuum");
    let image = b.conn_mut().serialize(MAIN_DB).expect("serialize").to_vec();
    println!("image: {} bytes", image.len());
    put("binder_open", "3-image", &with_selector(3, &image));
    let ct = crypto::encrypt_to_recipients(&image, &[recipient]).expect("encrypt");
    put("binder_open", "2-binder-age", &with_selector(2, &ct));
    let _ = binder::DEFAULT_BACKUPS;
}
