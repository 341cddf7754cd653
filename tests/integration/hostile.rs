//! Hostile input for every reader in phr: medication text, dates on every date flag,
//! passphrase files, identity files, `binder.age`/`identity.age` contents, sharing
//! recipients, files for `phr import` and lists for `phr reconcile`. Binary junk, invalid UTF-8, 2 MB lines, empty files, directories and
//! NUL bytes each get a clear error: never a panic (101), the documented exit code, the
//! file named, bounded time, and the binder left as it was.

use std::ffi::OsString;
use std::io::Read;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::process::{Command as Std, Output, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// No single command may take longer than this, whatever it is fed.
const LIMIT: Duration = Duration::from_secs(20);

/// Runs a command, killing it (and failing) after [`LIMIT`].
pub fn bounded(mut cmd: Std) -> Output {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let t_out = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = so.read_to_end(&mut v);
        v
    });
    let t_err = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = se.read_to_end(&mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if start.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{cmd:?} took longer than {LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: t_out.join().unwrap(),
        stderr: t_err.join().unwrap(),
    }
}

/// Asserts a refusal: one of `codes`, no panic, a short message that names `names`
/// (when given) and does not echo a huge input back.
#[track_caller]
fn refused(out: &Output, codes: &[i32], names: Option<&str>) {
    let c = code(out);
    let err = stderr(out);
    assert_ne!(c, 101, "panicked: {err}");
    assert!(!err.contains("panicked"), "panicked: {err}");
    assert!(codes.contains(&c), "exit {c}, wanted {codes:?}: {err}");
    assert!(
        err.to_lowercase().contains("error"),
        "no error message: {err}"
    );
    assert!(err.len() < 4000, "the message is {} bytes long", err.len());
    if let Some(n) = names {
        assert!(err.contains(n), "{n} is not named in: {err}");
    }
}

/// The junk every file reader is fed, by name.
fn junk_files(dir: &Path) -> Vec<(&'static str, PathBuf)> {
    let mut out = Vec::new();
    let mut put = |name: &'static str, bytes: Vec<u8>| {
        let p = dir.join(format!("junk-{name}"));
        std::fs::write(&p, bytes).unwrap();
        out.push((name, p));
    };
    put(
        "binary",
        (0..4096u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect(),
    );
    put("invalid-utf8", b"caf\xe9 \xff\xfe\xc0\x80 text\n".to_vec());
    put("empty", Vec::new());
    put("nul", b"pass\0word\n\0\0\0".to_vec());
    put("two-mb-line", vec![b'a'; 2 * 1024 * 1024]);
    put(
        "age-header-only",
        b"age-encryption.org/v1\n-> X25519 abc\n--- \n".to_vec(),
    );
    put(
        "armor-junk",
        b"-----BEGIN AGE ENCRYPTED FILE-----\n!!!!\n-----END AGE ENCRYPTED FILE-----\n".to_vec(),
    );
    put("huge-scrypt", huge_scrypt_header());
    let d = dir.join("junk-directory");
    std::fs::create_dir_all(&d).unwrap();
    out.push(("directory", d));
    out
}

/// A passphrase-wrapped age file whose header asks for scrypt with N = 2^40 (would run
/// for days and take terabytes if phr obeyed it).
fn huge_scrypt_header() -> Vec<u8> {
    use std::io::Write;
    let mut r = age::scrypt::Recipient::new(PASSPHRASE.to_owned().into());
    r.set_work_factor(2);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient)).unwrap();
    let mut ct = Vec::new();
    let mut w = enc.wrap_output(&mut ct).unwrap();
    w.write_all(b"x").unwrap();
    w.finish().unwrap();
    let text = String::from_utf8_lossy(&ct).into_owned();
    // "-> scrypt SALT 2" → "-> scrypt SALT 40"; the MAC then fails, but only after scrypt.
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for l in &mut lines {
        if l.starts_with("-> scrypt ") {
            let mut parts: Vec<&str> = l.split(' ').collect();
            let n = parts.len();
            parts[n - 1] = "40";
            *l = parts.join(" ");
        }
    }
    // The header is text; the payload after it is binary and kept byte for byte.
    let header_end = text.find("\n--- ").unwrap();
    let header_len = text[..header_end].len();
    let mut out = lines.join("\n").into_bytes();
    let new_header_end = out.windows(5).position(|w| w == b"\n--- ").unwrap();
    out.truncate(new_header_end);
    out.extend_from_slice(&ct[header_len..]);
    out
}

fn bytes_of(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn medication_text_junk_is_refused_or_stored_without_panic() {
    let (env, key) = Env::ready();
    let before = bytes_of(&env.binder_file());
    // Invalid UTF-8 on the command line: a usage error.
    let mut c = env.sess_std(&key);
    c.args(["med", "add"])
        .arg(OsString::from_vec(b"caf\xe9 10 mg".to_vec()));
    refused(&bounded(c), &[2], None);
    let mut c = env.sess_std(&key);
    c.args(["med", "parse"])
        .arg(OsString::from_vec(b"\xff\xfe".to_vec()));
    refused(&bounded(c), &[2], None);
    // 100 KB (the largest single argument Linux passes is 128 KiB): refused, not stored.
    let long = "Lisinopril 10 mg daily ".repeat(100 * 1024 / 23);
    for sub in ["add", "parse"] {
        let mut c = env.sess_std(&key);
        c.args(["med", sub, &long]);
        refused(&bounded(c), &[2], None);
    }
    let mut c = env.sess_std(&key);
    c.args(["med", "edit", "m1", "--text", &long]);
    refused(&bounded(c), &[1, 2], None);
    // Whitespace only.
    let mut c = env.sess_std(&key);
    c.args(["med", "add", " \t \n "]);
    refused(&bounded(c), &[2], None);
    assert_eq!(
        bytes_of(&env.binder_file()),
        before,
        "a refusal changed binder.age"
    );
    // Control characters and odd scripts are stored as written and parsed without panic.
    let odd = "\u{1}\u{7}\u{1b}[31mWarfarin\u{202e} 5 mg ½ tab \u{feff}daily 💊 ９ｍｇ";
    for sub in ["add", "parse"] {
        let mut c = env.sess_std(&key);
        c.args(["--json", "med", sub, odd]);
        let out = bounded(c);
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    let mut c = env.sess_std(&key);
    c.args(["med", "list"]);
    let out = bounded(c);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn every_date_flag_refuses_junk_with_exit_2() {
    let (env, key) = Env::ready();
    let mut c = env.sess_std(&key);
    c.args(["med", "add", "Aspirin 81 mg daily"]);
    assert_eq!(code(&bounded(c)), 0);
    let before = bytes_of(&env.binder_file());
    let long = "9".repeat(100 * 1024);
    let junk: Vec<OsString> = vec![
        "\u{1}\u{7f}".into(),
        "2026-02-30".into(),
        "99999999-01-01".into(),
        "in 99999999999999999999 days".into(),
        "-5 days ago".into(),
        "in 3651 days".into(),
        "next someday".into(),
        "tomorrow 25:99".into(),
        "2026-11-26T99:00".into(),
        long.clone().into(),
        OsString::from_vec(b"tomorrow \xff".to_vec()),
    ];
    // (subcommand…, flag) for every date flag phr has.
    let flags: &[(&[&str], &str)] = &[
        (&["med", "add", "Metformin 500 mg"], "--start"),
        (&["med", "edit", "m1"], "--start"),
        (&["med", "stop", "m1"], "--date"),
        (&["result", "add", "HbA1c"], "--date"),
        (&["condition", "add", "Asthma"], "--onset"),
        (&["encounter", "add", "St Mary"], "--discharged"),
        (&["device", "add", "Pacemaker"], "--date"),
        (&["procedure", "add", "Appendectomy"], "--date"),
        (&["immunization", "add", "Influenza"], "--date"),
        (&["encounter", "add", "St Mary"], "--date"),
        (&["appt", "add", "Dr Lee"], "--when"),
        (&["task", "add", "Refill"], "--due"),
        (&["profile", "set"], "--born"),
    ];
    for (args, flag) in flags {
        let help = bounded({
            let mut c = env.sess_std(&key);
            c.args(*args).arg("--help");
            c
        });
        if !String::from_utf8_lossy(&help.stdout).contains(flag) {
            continue; // this kind has no such flag
        }
        for j in &junk {
            let mut c = env.sess_std(&key);
            c.args(*args).arg(flag).arg(j);
            refused(&bounded(c), &[2], None);
        }
    }
    assert_eq!(
        bytes_of(&env.binder_file()),
        before,
        "a refusal changed binder.age"
    );
}

#[test]
fn hostile_passphrase_and_identity_files_are_named_and_bounded() {
    let env = Env::new();
    env.init();
    let before = bytes_of(&env.binder_file());
    let junk = junk_files(&env.path(""));
    for (name, path) in &junk {
        let shown = path.file_name().unwrap().to_string_lossy().into_owned();
        // As a passphrase file: 1 (unreadable, empty, too long, not UTF-8) or 3 (wrong).
        let mut c = env.std_cmd();
        c.arg("--passphrase-file").arg(path).args(["med", "list"]);
        let out = bounded(c);
        // Text files are read as a (wrong) passphrase: identity.age is then named.
        if ["nul", "age-header-only", "armor-junk"].contains(name) {
            refused(&out, &[3], Some("identity.age"));
        } else {
            refused(&out, &[1], Some(&shown));
        }
        // As an identity file (with the passphrase for the age-looking ones).
        let mut c = env.std_cmd();
        c.arg("--identity")
            .arg(path)
            .arg("--passphrase-file")
            .arg(env.pass_file())
            .args(["med", "list"]);
        let out = bounded(c);
        refused(&out, &[1, 3, 4], Some(&shown));
        // And for a write.
        let mut c = env.std_cmd();
        c.arg("--identity")
            .arg(path)
            .args(["med", "add", "Aspirin 81 mg"]);
        refused(&bounded(c), &[1, 3, 4], Some(&shown));
    }
    // /dev/zero never ends: the 64 KiB cap stops the read.
    let mut c = env.std_cmd();
    c.args(["--passphrase-file", "/dev/zero", "med", "list"]);
    refused(&bounded(c), &[1], Some("/dev/zero"));
    let mut c = env.std_cmd();
    c.args(["--identity", "/dev/zero", "med", "list"]);
    refused(&bounded(c), &[1], Some("/dev/zero"));
    assert_eq!(bytes_of(&env.binder_file()), before);
}

/// Replaces `target` with each junk in turn, runs `cmd`, checks the refusal, and puts
/// the original back.
fn with_each_junk(env: &Env, target: &Path, mut run: impl FnMut(&str) -> Output, codes: &[i32]) {
    let original = bytes_of(target);
    let shown = target.file_name().unwrap().to_string_lossy().into_owned();
    for (name, path) in junk_files(&env.path("")) {
        std::fs::remove_file(target).unwrap();
        if path.is_dir() {
            std::fs::create_dir(target).unwrap();
        } else {
            std::fs::copy(&path, target).unwrap();
        }
        let out = run(name);
        refused(&out, codes, Some(&shown));
        if path.is_dir() {
            std::fs::remove_dir(target).unwrap();
        } else {
            assert_eq!(
                bytes_of(target),
                bytes_of(&path),
                "{name}: {shown} was changed"
            );
            std::fs::remove_file(target).unwrap();
        }
        std::fs::write(target, &original).unwrap();
    }
}

#[test]
fn hostile_binder_and_identity_files_are_exit_4_and_left_alone() {
    let (env, key) = Env::ready();
    let binder = env.binder_file();
    let identity = env.binder_dir().join("identity.age");
    for args in [&["med", "list"][..], &["med", "add", "Aspirin 81 mg"][..]] {
        with_each_junk(
            &env,
            &binder,
            |_| {
                let mut c = env.sess_std(&key);
                c.args(args);
                bounded(c)
            },
            &[1, 4],
        );
        with_each_junk(
            &env,
            &identity,
            |_| {
                let mut c = env.std_cmd();
                c.arg("--passphrase-file").arg(env.pass_file()).args(args);
                bounded(c)
            },
            &[1, 3, 4],
        );
    }
    // Well-encrypted to the owner, but not a good image inside.
    let paths = phr::binder::BinderPaths::new(env.binder_dir());
    let owner = phr::binder::unwrap_owner(
        &paths,
        &phr::binder::crypto::Passphrase::new(PASSPHRASE.into()),
    )
    .unwrap();
    let recipient = owner.recipient();
    let keys = phr::binder::crypto::Keys::single(owner.into_identity());
    let real = phr::binder::decrypt_image(
        &binder,
        &bytes_of(&binder),
        &keys,
        phr::binder::KeyOrigin::Owner,
    )
    .ok()
    .unwrap();
    let mut newer = real.to_vec();
    newer[60..64].copy_from_slice(&99u32.to_be_bytes()); // PRAGMA user_version = 99
    let mut scrambled = real.to_vec();
    for (i, b) in scrambled.iter_mut().enumerate().skip(100) {
        *b ^= (i as u8).wrapping_mul(31);
    }
    let plains: Vec<(&str, Vec<u8>, i32)> = vec![
        ("not sqlite", b"just some text".to_vec(), 4),
        ("empty", Vec::new(), 4),
        ("half an image", real[..real.len() / 2].to_vec(), 4),
        ("scrambled pages", scrambled, 4),
        ("newer schema", newer, 4),
    ];
    let original = bytes_of(&binder);
    for (name, plain, want) in plains {
        let ct =
            phr::binder::crypto::encrypt_to_recipients(&plain, std::slice::from_ref(&recipient))
                .unwrap();
        std::fs::write(&binder, &ct).unwrap();
        for args in [&["med", "list"][..], &["med", "add", "Aspirin 81 mg"][..]] {
            let mut c = env.sess_std(&key);
            c.args(args);
            let out = bounded(c);
            assert_ne!(code(&out), 0, "{name}: accepted");
            refused(&out, &[want], Some("binder.age"));
            assert_eq!(bytes_of(&binder), ct, "{name}: binder.age changed");
        }
    }
    std::fs::write(&binder, &original).unwrap();
    let mut c = env.sess_std(&key);
    c.args(["med", "list"]);
    assert_eq!(code(&bounded(c)), 0);
}

/// Files phr finds for itself (the binder's, the session's, the config file) that are
/// endless (a link to /dev/zero) are refused after a bounded read, each named, with the
/// usual exit code, and the binder still opens once they are put back.
#[test]
fn endless_files_phr_reads_for_itself_are_refused_after_a_bounded_read() {
    let (env, key) = Env::ready();
    let session = std::fs::read_dir(env.path("run"))
        .unwrap()
        .flat_map(|d| std::fs::read_dir(d.unwrap().path()).unwrap())
        .map(|f| f.unwrap().path())
        .find(|p| p.to_string_lossy().contains("session-"))
        .expect("the session file");
    let config = env.path("home/.config/phr/config.toml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    let identity = env.binder_dir().join("identity.age");
    let cases: [(&Path, bool, i32, &str); 4] = [
        (&identity, false, 4, "identity.age is damaged"),
        (&env.binder_file(), true, 4, "binder.age"),
        (&session, true, 3, "no session for this binder"),
        (&config, true, 1, "config file"),
    ];
    for (file, with_session, want, says) in cases {
        let kept = std::fs::read(file).ok();
        let _ = std::fs::remove_file(file);
        std::os::unix::fs::symlink("/dev/zero", file).unwrap();
        let mut c = if with_session {
            env.sess_std(&key)
        } else {
            let mut c = env.std_cmd();
            c.arg("--passphrase-file").arg(env.pass_file());
            c
        };
        c.args(["med", "list"]);
        let out = bounded(c);
        assert_eq!(code(&out), want, "{}: {}", file.display(), stderr(&out));
        assert!(
            stderr(&out).contains(says),
            "{}: {}",
            file.display(),
            stderr(&out)
        );
        std::fs::remove_file(file).unwrap();
        if let Some(bytes) = kept {
            std::fs::write(file, bytes).unwrap();
        }
    }
    let mut c = env.sess_std(&key);
    c.args(["med", "list"]);
    assert_eq!(code(&bounded(c)), 0);
}

#[test]
fn hostile_share_recipients_are_refused_and_change_nothing() {
    let (env, key) = Env::ready();
    let before = bytes_of(&env.binder_file());
    let long = "A".repeat(100 * 1024);
    let recipients: Vec<OsString> = vec![
        "".into(),
        "\u{1}\u{2}\u{3}".into(),
        "age1".into(),
        "age1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq".into(),
        "AGE-SECRET-KEY-1QYPQXPQ9QCRSSZG2PVXQ6RS0ZQG3YYC5Z5TPWXQERGD3C8G7RUSQGPQYEE".into(),
        "ssh-ed25519".into(),
        "ssh-ed25519 AAAA".into(),
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x".into(),
        format!("ssh-ed25519 {long}").into(),
        format!("age1{long}").into(),
        OsString::from_vec(b"age1\xff\xfe".to_vec()),
    ];
    for r in recipients {
        let mut c = env.sess_std(&key);
        c.args(["share", "add"]).arg(&r).args(["--name", "X"]);
        let out = bounded(c);
        let want: &[i32] = if r.to_str().is_none() { &[2] } else { &[1, 2] };
        refused(&out, want, None);
    }
    assert_eq!(bytes_of(&env.binder_file()), before);
    // A binder is encrypted to at most 32 recipients, so that its header stays within
    // what phr reads of one: the owner and 31 others, then no more.
    let max = phr::binder::crypto::MAX_RECIPIENTS;
    for i in 1..=max {
        let r = phr::binder::crypto::OwnerKey::generate().recipient();
        let before = bytes_of(&env.binder_file());
        let mut c = env.sess_std(&key);
        c.args(["share", "add", &r, "--name", &format!("helper {i}")]);
        let out = bounded(c);
        if i < max {
            assert_eq!(code(&out), 0, "{i}: {}", stderr(&out));
        } else {
            refused(&out, &[1], None);
            assert!(stderr(&out).contains("32 recipients"), "{}", stderr(&out));
            assert_eq!(bytes_of(&env.binder_file()), before);
        }
    }
    let mut c = env.sess_std(&key);
    c.args(["med", "list"]);
    assert_eq!(code(&bounded(c)), 0);
}

/// Anyone who knows the owner's public key can encrypt a `binder.age` to it, so the
/// values inside an image are input too: a forged image whose every text column holds
/// odd values (multi-byte text where a date is expected, empty, negative, huge) must
/// not make any reading command panic.
#[test]
fn forged_images_with_odd_stored_values_never_panic() {
    let (env, key) = Env::ready();
    let setup: &[&[&str]] = &[
        &[
            "med",
            "add",
            "Lisinopril 10 mg daily",
            "--start",
            "2026-01-02",
        ],
        &["med", "verify"],
        &["med", "stop", "m1", "--reason", "cough"],
        &["med", "add", "Metformin 500 mg bid"],
        &["provider", "add", "Dr Lee"],
        &["contact", "add", "Ana", "--liaison"],
        &["condition", "add", "Asthma", "--onset", "2020-01-01"],
        &["allergy", "add", "Penicillin"],
        &["allergy", "none"],
        &[
            "result",
            "add",
            "HbA1c",
            "--value",
            "7.2",
            "--date",
            "2026-10-01",
        ],
        &["appt", "add", "Dr Lee", "--when", "tomorrow 9:30"],
        &["task", "add", "Refill", "--due", "tomorrow"],
        &["question", "add", "Stop aspirin?"],
        &["note", "add", "called the pharmacy"],
        &["profile", "set", "--name", "Pat", "--born", "1950-01-01"],
    ];
    for args in setup {
        let mut c = env.sess_std(&key);
        c.args(*args);
        let out = bounded(c);
        assert_ne!(code(&out), 101, "{args:?}: {}", stderr(&out));
    }
    let paths = phr::binder::BinderPaths::new(env.binder_dir());
    let owner = phr::binder::unwrap_owner(
        &paths,
        &phr::binder::crypto::Passphrase::new(PASSPHRASE.into()),
    )
    .unwrap();
    let recipient = owner.recipient();
    let keys = phr::binder::crypto::Keys::single(owner.into_identity());
    let binder = env.binder_file();
    let plain = phr::binder::decrypt_image(
        &binder,
        &bytes_of(&binder),
        &keys,
        phr::binder::KeyOrigin::Owner,
    )
    .ok()
    .unwrap();
    let reading: &[&[&str]] = &[
        &["med", "list", "--all"],
        &["--json", "med", "list", "--all"],
        &["med", "show", "m1"],
        &["med", "history", "m1"],
        &["log"],
        &["--json", "log"],
        &["agenda"],
        &["profile", "show"],
        &["share", "list"],
        &["provider", "list"],
        &["contact", "list"],
        &["condition", "list"],
        &["allergy", "list"],
        &["result", "list"],
        &["appt", "list"],
        &["task", "list"],
        &["question", "list"],
        &["note", "list"],
        &["--json", "result", "list"],
    ];
    let odd_values = [
        "ééééééééééééé",
        "",
        "-1",
        "9999-99-99T99:99:99Z",
        "{\"not\": \"what you think\"}",
        "💊💊💊💊💊💊💊💊💊💊💊💊",
    ];
    for odd in odd_values {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.deserialize_read_exact(rusqlite::MAIN_DB, &plain[..], plain.len(), false)
            .unwrap();
        let tables: Vec<String> = conn
            .prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        for t in &tables {
            let cols: Vec<(String, String)> = conn
                .prepare(&format!("PRAGMA table_info({t})"))
                .unwrap()
                .query_map([], |r| Ok((r.get(1)?, r.get(2)?)))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            for (col, ty) in cols {
                if !ty.eq_ignore_ascii_case("TEXT") || col == "uuid" || col == "recipient" {
                    continue;
                }
                // Constraints (NOT NULL, CHECK, UNIQUE) may refuse some values; fine.
                let _ = conn.execute(&format!("UPDATE {t} SET \"{col}\" = ?1"), [odd]);
            }
        }
        let forged = conn.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
        let ct =
            phr::binder::crypto::encrypt_to_recipients(&forged, std::slice::from_ref(&recipient))
                .unwrap();
        std::fs::write(&binder, &ct).unwrap();
        for args in reading {
            let mut c = env.sess_std(&key);
            c.args(*args);
            let out = bounded(c);
            let err = stderr(&out);
            assert_ne!(code(&out), 101, "{odd:?} {args:?}: {err}");
            assert!(!err.contains("panicked"), "{odd:?} {args:?}: {err}");
        }
    }
}

/// A marker put in the health data of hostile files: it must never come back in an error.
const MARKER: &str = "zzsecretdrug";

/// A YAML document whose aliases expand to 9^9 strings if followed.
fn alias_bomb(head: &str, tail: &str) -> Vec<u8> {
    let mut doc = format!(
        "{head}a: &a [\"{MARKER}\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    );
    let mut prev = 'a';
    for c in 'b'..='i' {
        let refs = vec![format!("*{prev}"); 9].join(",");
        doc.push_str(&format!("{c}: &{c} [{refs}]\n"));
        prev = c;
    }
    doc.push_str(&format!("{tail}*{prev}\n"));
    doc.into_bytes()
}

/// About 2 MB of the marker, on one line.
fn two_mb() -> String {
    format!("{MARKER} ").repeat(2 * 1024 * 1024 / (MARKER.len() + 1))
}

/// Runs `args FILE` for each hostile file; each must be refused with exit 1, the file
/// named, every `expect` in the message, the marker not echoed, in bounded time, and
/// binder.age left byte-identical. Returns how long each took.
fn refuse_each(
    env: &Env,
    key: &str,
    args: &[&str],
    cases: Vec<(&str, Vec<u8>, Vec<&str>)>,
) -> Vec<(String, Duration)> {
    let before = bytes_of(&env.binder_file());
    let mut times = Vec::new();
    for (name, bytes, expect) in cases {
        let p = env.tmp().join(name);
        std::fs::write(&p, &bytes).unwrap();
        let mut c = env.sess_std(key);
        c.args(args).arg(&p);
        let t = Instant::now();
        let out = bounded(c);
        times.push((name.to_owned(), t.elapsed()));
        refused(&out, &[1], Some(name));
        let err = stderr(&out);
        for e in expect {
            assert!(err.contains(e), "{name}: {e:?} not in: {err}");
        }
        assert!(!err.contains(MARKER), "{name}: the data is echoed: {err}");
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains(MARKER),
            "{name}: the data is printed"
        );
        assert_eq!(
            bytes_of(&env.binder_file()),
            before,
            "{name}: binder.age changed"
        );
        std::fs::remove_file(&p).unwrap();
    }
    times
}

fn bundle(entries: &str) -> Vec<u8> {
    format!(r#"{{"resourceType": "Bundle", "type": "collection", "entry": [{entries}]}}"#)
        .into_bytes()
}

#[test]
fn hostile_import_files_are_named_placed_bounded_and_change_nothing() {
    let (env, key) = Env::ready();
    let mut c = env.sess_std(&key);
    c.args(["med", "add", "Aspirin 81 mg daily"]);
    assert_eq!(code(&bounded(c)), 0);
    let deep = 100_000;
    let long = two_mb();
    let big_bundle = {
        let one = format!(
            r#"{{"resource": {{"resourceType": "Condition", "code": {{"text": "{MARKER}"}}}}}}"#
        );
        bundle(&vec![one; 100_000].join(",\n"))
    };
    let med = |uuid: &str, at: &str, status: &str| {
        format!(
            r#"{{"uuid": "{uuid}", "text": "{MARKER} 5 mg", "kind": "rx", "status": "{status}", "created_at": "{at}", "updated_at": "{at}"}}"#
        )
    };
    let u = "7e1f0000-0000-4000-8000-00000000000a";
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "alias-bomb.yaml",
            alias_bomb("format: phr-binder\nversion: 1\n", "medications: "),
            vec!["not valid YAML", "aliases", "at line 4, column"],
        ),
        (
            "two-mb-line.json",
            format!(r#"{{"resourceType": "Bundle", "type": "collection", "entry": [{long}]}}"#)
                .into_bytes(),
            vec!["not valid JSON", "line 1, column 60"],
        ),
        (
            "two-mb-line.toml",
            format!("format = \"phr-binder\"\nversion = 1\nmedications = {long}\n").into_bytes(),
            vec!["not valid TOML", "line 3, column"],
        ),
        (
            "two-mb-line.yaml",
            long.clone().into_bytes(),
            vec!["neither a phr binder export nor a FHIR R4 Bundle"],
        ),
        (
            "deep.json",
            format!(
                r#"{{"format": "phr-binder", "version": 1, "medications": {}{}}}"#,
                "[".repeat(deep),
                "]".repeat(deep)
            )
            .into_bytes(),
            vec!["nested too deeply", "line 1, column"],
        ),
        (
            "deep.yaml",
            format!("medications: {}{}\n", "[".repeat(deep), "]".repeat(deep)).into_bytes(),
            vec!["nested too deeply", "line 1, column"],
        ),
        (
            "deep.toml",
            format!("medications = {}{}\n", "[".repeat(deep), "]".repeat(deep)).into_bytes(),
            vec!["not valid TOML", "nested too deeply at line 1, column"],
        ),
        (
            "big-bundle.json",
            big_bundle,
            vec!["100000 entries", "more than the 20000"],
        ),
        (
            "resource-text.json",
            bundle(&format!(r#"{{"resource": "{MARKER}"}}"#)),
            vec!["entry 1, resource: expected a table, found text"],
        ),
        (
            "entry-number.json",
            bundle(&format!(
                r#"{{"resource": {{"resourceType": "Condition", "code": {{"text": "{MARKER}"}}}}}}, 42"#
            )),
            vec!["entry 2: expected a table, found a number"],
        ),
        (
            "birthdate-number.json",
            bundle(&format!(
                r#"{{"resource": {{"resourceType": "Patient", "name": [{{"text": "{MARKER}"}}], "birthDate": 19500203}}}}"#
            )),
            vec!["entry 1 (Patient), birthDate: expected text, found a number"],
        ),
        (
            "dosage-object.json",
            bundle(&format!(
                r#"{{"resource": {{"resourceType": "Condition", "code": {{"text": "gout"}}}}}},
                {{"resource": {{"resourceType": "MedicationStatement", "medicationCodeableConcept": {{"text": "{MARKER}"}}, "dosage": {{"text": "daily"}}}}}}"#
            )),
            vec!["entry 2 (MedicationStatement), dosage: expected a list, found a table"],
        ),
        (
            "value-text.json",
            bundle(&format!(
                r#"{{"resource": {{"resourceType": "Observation", "code": {{"text": "HbA1c"}}, "valueQuantity": {{"value": "{MARKER}"}}}}}}"#
            )),
            vec!["entry 1 (Observation), valueQuantity.value: expected a number, found text"],
        ),
        (
            "broken.yaml",
            format!("format: phr-binder\nversion: 1\nmedications:\n  - text: {MARKER}\n  bad: [\n")
                .into_bytes(),
            vec!["not valid YAML", "line 5, column"],
        ),
        (
            "broken.toml",
            format!("format = \"phr-binder\"\nversion = 1\n[[medications]]\ntext = \"{MARKER}\nuuid = \"x\"\n")
                .into_bytes(),
            vec!["not valid TOML", "line 4, column"],
        ),
        (
            "trailing-comma.json",
            format!("{{\n  \"format\": \"phr-binder\",\n  \"medications\": [\"{MARKER}\",]\n}}\n")
                .into_bytes(),
            vec!["not valid JSON", "line 3, column"],
        ),
        (
            "refused-update.json",
            format!(
                r#"{{"format": "phr-binder", "version": 1, "medications": [{}, {}]}}"#,
                med(u, "2026-01-01T00:00:00Z", "active"),
                med(u, "2026-02-01T00:00:00Z", "paused")
            )
            .into_bytes(),
            vec!["has a medication entry the binder refuses"],
        ),
    ];
    let times = refuse_each(&env, &key, &["import"], cases);
    for (name, t) in &times {
        eprintln!("import {name}: {t:?}");
    }
    // Many distinct skips (unknown profile fields) are counted in linear time.
    let before = bytes_of(&env.binder_file());
    let keys: Vec<String> = (0..50_000)
        .map(|i| format!("\"x{i}\": \"{MARKER}\""))
        .collect();
    let p = env.tmp().join("many-keys.json");
    std::fs::write(
        &p,
        format!(
            r#"{{"format": "phr-binder", "version": 1, "profile": {{{}}}}}"#,
            keys.join(", ")
        ),
    )
    .unwrap();
    let mut c = env.sess_std(&key);
    c.args(["--json", "import"]).arg(&p);
    let t = Instant::now();
    let out = bounded(c);
    eprintln!("import many-keys.json: {:?}", t.elapsed());
    let r = json(&out);
    assert_eq!(r["kinds"][0]["skipped"], 50_000);
    assert_eq!(bytes_of(&env.binder_file()), before);
    // A 2 MB medication line, from a FHIR Bundle or a phr export, is skipped and said
    // so, not parsed and kept (medication lines longer than 64 KiB are refused on entry).
    let fhir = bundle(&format!(
        r#"{{"resource": {{"resourceType": "MedicationStatement", "status": "active", "medicationCodeableConcept": {{"text": "{long}"}}}}}}"#
    ));
    let export = format!(
        r#"{{"format": "phr-binder", "version": 1, "medications": [{{"uuid": "{u}", "text": "{long}", "kind": "rx", "status": "active", "created_at": "t", "updated_at": "t"}}]}}"#
    );
    for (name, bytes) in [
        ("long-med.json", fhir),
        ("long-med-export.json", export.into_bytes()),
    ] {
        let p = env.tmp().join(name);
        std::fs::write(&p, bytes).unwrap();
        let mut c = env.sess_std(&key);
        c.args(["--json", "import"]).arg(&p);
        let t = Instant::now();
        let out = bounded(c);
        eprintln!("import {name}: {:?}", t.elapsed());
        assert_eq!(code(&out), 0, "{name}: {}", stderr(&out));
        let r = json(&out);
        let text = r.to_string();
        assert!(text.contains("longer than 64 KiB"), "{name}: {text}");
        assert!(!text.contains(MARKER), "{name}: the data is echoed");
        assert_eq!(
            bytes_of(&env.binder_file()),
            before,
            "{name}: binder.age changed"
        );
    }
}

#[test]
fn hostile_reconcile_lists_are_named_placed_bounded_and_change_nothing() {
    let (env, key) = Env::ready();
    let mut c = env.sess_std(&key);
    c.args(["med", "add", "Aspirin 81 mg daily"]);
    assert_eq!(code(&bounded(c)), 0);
    let long = two_mb();
    // Many statements, each naming the last of many Medications by a server URL tail.
    let n = 14_000;
    let mut refs: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"fullUrl": "https://s/fhir/Medication/m{i}", "resource": {{"resourceType": "Medication", "code": {{"text": "{MARKER}"}}}}}}"#
            )
        })
        .collect();
    refs.extend((0..n).map(|_| {
        format!(
            r#"{{"resource": {{"resourceType": "MedicationStatement", "medicationReference": {{"reference": "Medication/m{}"}}}}}}"#,
            n - 1
        )
    }));
    let cases: Vec<(&str, Vec<u8>, Vec<&str>)> = vec![
        (
            "long-field.csv",
            format!("name,sig\n\"{long}\",daily\n").into_bytes(),
            vec!["line 2 is longer than 2000 characters"],
        ),
        (
            "two-mb-line.txt",
            long.clone().into_bytes(),
            vec!["line 1 is longer than 2000 characters"],
        ),
        (
            "two-mb-line.json",
            format!(r#"{{"medications": ["{long}"]}}"#).into_bytes(),
            vec!["medications entry 1 is longer than 2000 characters"],
        ),
        (
            "two-mb-line.toml",
            format!("medications = [\"{long}\"]").into_bytes(),
            vec!["medications entry 1 is longer than 2000 characters"],
        ),
        (
            "alias-bomb.yaml",
            alias_bomb("", "medications: "),
            vec!["not valid yaml", "aliases", "line 2, column"],
        ),
        (
            "many-references.json",
            bundle(&refs.join(",\n")),
            vec!["more than 5000 medications"],
        ),
    ];
    let times = refuse_each(&env, &key, &["reconcile", "--apply"], cases);
    for (name, t) in &times {
        eprintln!("reconcile {name}: {t:?}");
    }
}

/// With no second thread to be had (a limit on processes), phr decrypts on its one
/// thread, `reconcile` reads its list before opening the binder, and every read a large
/// binder would make on two cores is made on the one: the same output, and no panic. RLIMIT_NPROC counts every process and thread of a user and does not bind
/// root, so as root the commands run as `nobody` (util-linux's `setpriv` and `prlimit`).
#[test]
fn commands_work_without_a_second_thread() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args(["med", "add", "Lisinopril 10 mg daily"])
        .assert()
        .success();
    // Large enough for every split a read makes on two cores: an image over 2 MiB,
    // decrypted in halves into a mapping; 1,200 medications, the saved list read in two
    // id ranges, and the FHIR bundle's sections gathered on a second connection; 2,500
    // changes, the log exported on a second connection.
    let stamp = "2026-11-26T00:00:00Z";
    let uuid = |n: usize| format!("00000000-0000-4000-8000-{n:012}");
    let meds: Vec<serde_json::Value> = (0..1200)
        .map(|i| {
            serde_json::json!({"uuid": uuid(i), "text": format!("Drug{i} 10 mg tablet daily"),
                "kind": "rx", "status": "active",
                "created_at": stamp, "updated_at": stamp})
        })
        .collect();
    let notes: Vec<serde_json::Value> = (0..1500)
        .map(|i| {
            serde_json::json!({"uuid": uuid(10_000 + i), "text": format!("{i} {}", "x".repeat(1000)),
                "created_at": stamp, "updated_at": stamp})
        })
        .collect();
    let log: Vec<serde_json::Value> = (0..2500)
        .map(|i| {
            serde_json::json!({"uuid": uuid(20_000 + i), "at": stamp, "action": "add",
                "kind": "note", "summary": format!("added note {i}")})
        })
        .collect();
    let big = env.path("big.json");
    let doc = serde_json::json!({"format": "phr-binder", "version": 1, "exported_at": stamp,
        "medications": meds, "notes": notes, "log": log});
    std::fs::write(&big, serde_json::to_vec(&doc).unwrap()).unwrap();
    env.sess(&key)
        .args(["import", big.to_str().unwrap()])
        .assert()
        .success();
    let size = std::fs::metadata(env.binder_dir().join("binder.age"))
        .unwrap()
        .len();
    assert!(
        size > 2 << 20,
        "the binder is {size} bytes, too small to be split"
    );
    let list = env.path("list.txt");
    std::fs::write(&list, "Lisinopril 20 mg daily\nAspirin 81 mg daily\n").unwrap();
    let list = list.to_str().unwrap().to_owned();
    let reads = [
        vec!["med", "list"],
        vec!["reconcile", &list],
        vec!["--json", "reconcile", &list],
        vec!["export", "medlist"],
        vec!["export", "fhir"],
        vec!["export", "json"],
        vec!["export", "yaml"],
    ];
    // What each gives without a limit, before the files change hands.
    let free: Vec<Vec<u8>> = reads
        .iter()
        .map(|args| json_or_text(&env.sess(&key).args(args).output().unwrap()))
        .collect();
    // A copy of phr that `nobody` can reach, in the test's own directory.
    let phr = env.path("phr");
    std::fs::copy(assert_cmd::cargo::cargo_bin("phr"), &phr).unwrap();
    let id = Std::new("id").arg("-u").output().unwrap();
    let root = String::from_utf8_lossy(&id.stdout).trim() == "0";
    if root {
        let chown = Std::new("chown")
            .args(["-R", "65534:65534"])
            .arg(env.root.path())
            .status()
            .unwrap();
        assert!(chown.success());
    }
    let limited = |program: &Path, args: &[&str]| {
        let mut c = if root {
            let mut c = Std::new("setpriv");
            c.args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                "prlimit",
            ]);
            c
        } else {
            Std::new("prlimit")
        };
        let like = env.sess_std(&key);
        c.arg("--nproc=1").arg(program).args(args).env_clear().envs(
            like.get_envs()
                .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
        );
        bounded(c)
    };
    // The limit binds: under it a shell cannot start a child.
    let sh = limited(Path::new("/bin/sh"), &["-c", "/bin/true & wait $!"]);
    assert!(
        !sh.status.success() || !sh.stderr.is_empty(),
        "the process limit did not bind"
    );
    let binder = env.binder_dir();
    let binder = binder.to_str().unwrap();
    let phr_alone = |args: &[&str]| {
        let mut full = vec!["--binder", binder, "--no-input"];
        full.extend(args);
        let out = limited(&phr, &full);
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        out
    };
    for (args, free) in reads.iter().zip(&free) {
        assert_eq!(&json_or_text(&phr_alone(args)), free, "{args:?}");
    }
    // A write, too: opened and saved on one thread.
    phr_alone(&["med", "add", "Aspirin 81 mg daily"]);
    let listed = String::from_utf8(phr_alone(&["med", "list"]).stdout).unwrap();
    assert!(listed.contains("Aspirin 81 mg"), "{listed}");
}

/// A command's output, which must have succeeded.
fn json_or_text(out: &Output) -> Vec<u8> {
    assert_eq!(code(out), 0, "{}", stderr(out));
    out.stdout.clone()
}
