//! The binder foundation: init, unlock paths, saves that survive crashes and full disks,
//! refusals that leave the file alone, access changes, backups, and the escape hatch.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command as Std, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

#[test]
fn init_makes_private_files_and_refuses_an_existing_binder() {
    let env = Env::new();
    env.init();
    let mode = |p: std::path::PathBuf| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(env.binder_dir()), 0o700);
    assert_eq!(mode(env.binder_file()), 0o600);
    assert_eq!(mode(env.binder_dir().join("identity.age")), 0o600);
    assert!(env.binder_dir().join("backups").is_dir());
    let before = std::fs::read(env.binder_file()).unwrap();
    let out = env.pw().arg("init").output().unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
}

#[test]
fn add_and_list_with_json() {
    let (env, key) = Env::ready();
    let out = env
        .sess(&key)
        .args([
            "--json",
            "med",
            "add",
            "Metformin 500 mg tab, 1 tab PO BID with meals",
        ])
        .output()
        .unwrap();
    let m = json(&out);
    assert_eq!(m["id"], "m1");
    assert_eq!(m["created_at"], NOW);
    assert_eq!(m["uuid"].as_str().unwrap().len(), 36);
    assert_eq!(
        med_texts(&env, &key),
        ["Metformin 500 mg tab, 1 tab PO BID with meals"]
    );
    let log = json(&env.sess(&key).args(["--json", "log"]).output().unwrap());
    assert_eq!(log[0]["action"], "add");
    assert_eq!(log[0]["record"], "m1");
}

#[test]
fn stock_age_and_sqlite3_read_the_binder() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args(["med", "add", "Lisinopril 10 mg daily"])
        .assert()
        .success();
    // The documented escape hatch, verbatim; `script` gives age the terminal it reads
    // the identity's passphrase from.
    let out_db = env.path("binder.sqlite");
    let cmd = format!(
        "cd '{}' && age -d -i identity.age binder.age > '{}'",
        env.binder_dir().display(),
        out_db.display()
    );
    let mut child = Std::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("`script` (util-linux) is needed for this test");
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{PASSPHRASE}\n").as_bytes())
        .unwrap();
    assert!(
        child.wait().unwrap().success(),
        "age could not decrypt the binder"
    );
    let out = Std::new("sqlite3")
        .arg(&out_db)
        .arg("SELECT text FROM medications")
        .output()
        .expect("sqlite3 is needed for this test");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "Lisinopril 10 mg daily"
    );
}

#[test]
fn no_plaintext_on_disk_after_writes() {
    let (env, key) = Env::ready();
    let secret_text = "Zyxolamine 37 mg unusual-marker";
    for i in 0..3 {
        env.sess(&key)
            .args(["med", "add", &format!("{secret_text} {i}")])
            .assert()
            .success();
    }
    env.sess(&key).args(["med", "list"]).assert().success();
    env.sess(&key).args(["log"]).assert().success();
    let needles: [&[u8]; 3] = [b"SQLite format 3", b"Zyxolamine", b"unusual-marker"];
    assert_no_plaintext(&env.binder_dir(), &needles);
    assert_no_plaintext(&env.tmp(), &needles);
    assert_no_plaintext(&env.path("run"), &needles);
}

#[test]
fn twelve_concurrent_writers_lose_nothing() {
    let (env, key) = Env::ready();
    let children: Vec<_> = (0..12)
        .map(|i| {
            let mut c = env.sess_std(&key);
            c.args(["med", "add", &format!("concurrent med {i}")])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for ch in children {
        let out = ch.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let mut texts = med_texts(&env, &key);
    texts.sort();
    let mut want: Vec<String> = (0..12).map(|i| format!("concurrent med {i}")).collect();
    want.sort();
    assert_eq!(texts, want);
}

#[test]
fn sigkill_at_random_moments_never_tears_the_binder() {
    let (env, key) = Env::ready();
    // How long one add takes here: kills land anywhere from before start to after exit.
    let mut times: Vec<Duration> = (0..3)
        .map(|i| {
            let t = Instant::now();
            env.sess(&key)
                .args(["med", "add", &format!("warm-up {i}")])
                .assert()
                .success();
            t.elapsed()
        })
        .collect();
    times.sort();
    let window = (times[1] * 2).as_micros().max(1) as u64;
    let mut acknowledged: Vec<String> = (0..3).map(|i| format!("warm-up {i}")).collect();
    let mut killed = 0;
    // A fixed xorshift sequence, so a failure can be replayed.
    let mut rng: u64 = 0x9e37_79b9_7f4a_7c15;
    for i in 0..25 {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        let delay = Duration::from_micros(rng % window);
        let text = format!("killed writer {i}");
        let mut c = env.sess_std(&key);
        let mut child = c
            .args(["med", "add", &text])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            acknowledged.push(text);
        } else {
            killed += 1;
        }
        // The binder opens after every kill.
        let texts = med_texts(&env, &key);
        for a in &acknowledged {
            assert!(texts.contains(a), "{a} was acknowledged but is missing");
        }
    }
    eprintln!("{killed} of 25 writers were killed before they finished");
    assert!(
        killed > 0 && killed < 25,
        "the kills did not land inside the writes"
    );
    // A later save cleans up what the killed ones left.
    env.sess(&key)
        .args(["med", "add", "after the storm"])
        .assert()
        .success();
    let leftovers: Vec<_> = files_under(&env.binder_dir())
        .into_iter()
        .filter(|p| p.to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn wrong_passphrase_is_exit_3_and_changes_nothing() {
    let env = Env::new();
    env.init();
    let before = std::fs::read(env.binder_file()).unwrap();
    let bad = env.path("bad-pass");
    std::fs::write(&bad, "not the passphrase\n").unwrap();
    let out = env
        .cmd()
        .arg("--passphrase-file")
        .arg(&bad)
        .args(["med", "add", "Aspirin 81 mg"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(stderr(&out).contains("wrong passphrase"));
    assert!(
        !stderr(&out).contains("Aspirin"),
        "the error repeats health data"
    );
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
}

#[test]
fn missing_binder_is_exit_4() {
    let env = Env::new();
    let out = env.pw().args(["med", "list"]).output().unwrap();
    assert_eq!(code(&out), 4);
    assert!(stderr(&out).contains("phr init"), "{}", stderr(&out));
}

#[test]
fn no_way_to_unlock_names_the_options() {
    let env = Env::new();
    env.init();
    let out = env.cmd().args(["med", "list"]).output().unwrap();
    assert_eq!(code(&out), 3);
    let err = stderr(&out);
    for opt in ["--passphrase-file", "--identity", "phr unlock"] {
        assert!(err.contains(opt), "{err}");
    }
}

#[test]
fn damaged_binder_is_exit_4_untouched_and_restorable() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args(["med", "add", "Losartan 50 mg daily"])
        .assert()
        .success();
    env.sess(&key)
        .args(["med", "add", "Amlodipine 5 mg daily"])
        .assert()
        .success();
    let good = std::fs::read(env.binder_file()).unwrap();
    let positions = [40, good.len() / 2, good.len() - 20];
    for pos in positions {
        let mut bad = good.clone();
        bad[pos] ^= 0x10;
        std::fs::write(env.binder_file(), &bad).unwrap();
        for args in [&["med", "list"][..], &["med", "add", "x"][..]] {
            let out = env.sess(&key).args(args).output().unwrap();
            assert_eq!(code(&out), 4, "flip at {pos}: {}", stderr(&out));
            assert!(stderr(&out).contains("phr backup"), "{}", stderr(&out));
            assert_eq!(
                std::fs::read(env.binder_file()).unwrap(),
                bad,
                "file changed"
            );
        }
    }
    let truncated = &good[..good.len() - 100];
    std::fs::write(env.binder_file(), truncated).unwrap();
    let out = env.sess(&key).args(["med", "list"]).output().unwrap();
    assert_eq!(code(&out), 4);
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), truncated);

    // The newest backup is the binder before the last add.
    let backups = backup_list(&env);
    let newest = backups[0]["id"].as_str().unwrap().to_owned();
    env.sess(&key)
        .args(["backup", "restore", &newest])
        .assert()
        .success();
    assert_eq!(med_texts(&env, &key), ["Losartan 50 mg daily"]);
    // The damaged file was kept as a backup, not thrown away.
    let after = backup_list(&env);
    assert_eq!(
        after.as_array().unwrap().len(),
        backups.as_array().unwrap().len() + 1
    );
}

#[test]
fn backups_rotate_and_keep_ten() {
    let (env, key) = Env::ready();
    for i in 0..13 {
        env.sess(&key)
            .args(["med", "add", &format!("med {i}")])
            .assert()
            .success();
    }
    let backups = backup_list(&env);
    let ids: Vec<u64> = backups
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["id"].as_str().unwrap().parse().unwrap())
        .collect();
    assert_eq!(ids.len(), 10);
    assert!(
        ids.windows(2).all(|w| w[0] > w[1]),
        "not newest first: {ids:?}"
    );
    let out = env
        .sess(&key)
        .args(["backup", "restore", "999"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);

    // A damaged backup is refused before anything is written.
    let newest = env
        .binder_dir()
        .join(format!("backups/binder-{:08}.age", ids[0]));
    let good = std::fs::read(&newest).unwrap();
    let mut bad = good.clone();
    let middle = bad.len() / 2;
    bad[middle] ^= 0x10;
    std::fs::write(&newest, &bad).unwrap();
    let before = std::fs::read(env.binder_file()).unwrap();
    let out = env
        .sess(&key)
        .args(["backup", "restore", &ids[0].to_string()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 4, "{}", stderr(&out));
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
    std::fs::write(&newest, &good).unwrap();

    // The oldest backup is copied in before the rotation that makes room deletes it:
    // it held the binder after the third add.
    let oldest = ids.last().unwrap().to_string();
    env.sess(&key)
        .args(["backup", "restore", &oldest])
        .assert()
        .success();
    assert_eq!(med_texts(&env, &key), ["med 0", "med 1", "med 2"]);
    let after = backup_list(&env);
    assert_eq!(after.as_array().unwrap().len(), 10);
    assert!(
        after
            .as_array()
            .unwrap()
            .iter()
            .all(|b| b["id"] != oldest.as_str())
    );
}

#[test]
fn a_full_disk_leaves_the_old_binder_intact() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args(["med", "add", "Warfarin 5 mg daily"])
        .assert()
        .success();
    let before = std::fs::read(env.binder_file()).unwrap();
    let phr = assert_cmd::cargo::cargo_bin("phr");
    // 16 blocks of 512 bytes: far smaller than the binder. Once with SIGXFSZ killing
    // the writer, once with it ignored so the write fails with EFBIG.
    for trap in ["", "trap '' XFSZ; "] {
        let script = format!(
            "{trap}ulimit -f 16; exec '{}' --binder '{}' --no-input med add 'Apixaban 5 mg BID'",
            phr.display(),
            env.binder_dir().display()
        );
        let c = env.sess_std(&key);
        let out = Std::new("sh")
            .arg("-c")
            .arg(&script)
            .envs(
                c.get_envs()
                    .filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))),
            )
            .env_remove("PHR_BINDER")
            .output()
            .unwrap();
        assert!(!out.status.success(), "the save should have failed");
        assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
        if !trap.is_empty() {
            assert_eq!(
                out.status.code(),
                Some(1),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(String::from_utf8_lossy(&out.stderr).contains("previous binder is intact"));
        }
    }
    assert_eq!(med_texts(&env, &key), ["Warfarin 5 mg daily"]);
}

#[test]
fn a_held_lock_makes_writers_give_up_with_exit_5() {
    let (env, key) = Env::ready();
    let lock = std::fs::OpenOptions::new()
        .write(true)
        .open(env.binder_dir().join("lock"))
        .unwrap();
    lock.lock().unwrap();
    let start = Instant::now();
    let out = env
        .sess(&key)
        .args(["med", "add", "Aspirin 81 mg"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(start.elapsed() >= Duration::from_secs(9));
    // Readers take no lock.
    env.sess(&key).args(["med", "list"]).assert().success();
    drop(lock);
    env.sess(&key)
        .args(["med", "add", "Aspirin 81 mg"])
        .assert()
        .success();
}

#[test]
fn sessions_skip_the_kdf_and_end_with_lock() {
    let env = Env::new();
    env.init();
    let t = Instant::now();
    env.pw().args(["med", "list"]).assert().success();
    let with_passphrase = t.elapsed();
    let key = env.unlock();
    let with_session = (0..3)
        .map(|_| {
            let t = Instant::now();
            env.sess(&key).args(["med", "list"]).assert().success();
            t.elapsed()
        })
        .min()
        .unwrap();
    assert!(
        with_session * 4 < with_passphrase,
        "session {with_session:?} vs passphrase {with_passphrase:?}"
    );
    // The session file is private and holds no plaintext key.
    let files = files_under(&env.path("run"));
    assert_eq!(files.len(), 1);
    assert_eq!(
        std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_no_plaintext(&env.path("run"), &[b"AGE-SECRET-KEY"]);

    // A session cannot extend itself: unlock wants the passphrase.
    let out = env.sess(&key).arg("unlock").output().unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    env.sess(&key).arg("lock").assert().success();
    let out = env.sess(&key).args(["med", "list"]).output().unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    assert!(files_under(&env.path("run")).is_empty());
}

#[test]
fn sessions_expire() {
    let env = Env::new();
    env.init();
    let out = env
        .pw()
        .args(["--json", "unlock", "--for", "1m"])
        .output()
        .unwrap();
    let key = json(&out)["session"].as_str().unwrap().to_owned();
    env.sess(&key).args(["med", "list"]).assert().success();
    let out = env
        .sess(&key)
        .env("PHR_NOW", "2026-11-26T09:01:01Z")
        .args(["med", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("no session for this binder"),
        "{}",
        stderr(&out)
    );
    assert!(
        files_under(&env.path("run")).is_empty(),
        "expired session file kept"
    );
}

#[test]
fn passwd_changes_which_passphrase_opens() {
    let env = Env::new();
    env.init();
    let binder_before = std::fs::read(env.binder_file()).unwrap();
    let new = env.path("new-pass");
    std::fs::write(&new, "a brand new passphrase\n").unwrap();
    env.pw()
        .arg("passwd")
        .arg("--new-passphrase-file")
        .arg(&new)
        .assert()
        .success();
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), binder_before);
    let out = env.pw().args(["med", "list"]).output().unwrap();
    assert_eq!(code(&out), 3);
    env.cmd()
        .arg("--passphrase-file")
        .arg(&new)
        .args(["med", "list"])
        .assert()
        .success();
}

#[test]
fn sharing_with_a_caregiver_and_removing_them() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args(["med", "add", "Donepezil 10 mg at bedtime"])
        .assert()
        .success();
    let carer_key = env.path("ana.key");
    let keygen = Std::new("age-keygen").arg("-o").arg(&carer_key).output();
    let recipient = match keygen {
        Ok(o) if o.status.success() => {
            let out = Std::new("age-keygen")
                .arg("-y")
                .arg(&carer_key)
                .output()
                .unwrap();
            String::from_utf8(out.stdout).unwrap().trim().to_owned()
        }
        _ => panic!("age-keygen is needed for this test"),
    };
    env.sess(&key)
        .args(["share", "add", &recipient, "--name", "Ana (daughter)"])
        .assert()
        .success();
    let shares = json(
        &env.sess(&key)
            .args(["--json", "share", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(shares.as_array().unwrap().len(), 2);
    assert_eq!(shares[1]["name"], "Ana (daughter)");
    // Ana opens it with her own key, and can add too.
    let out = env
        .cmd()
        .arg("--identity")
        .arg(&carer_key)
        .args(["--json", "med", "list"])
        .output()
        .unwrap();
    assert_eq!(json(&out)[0]["text"], "Donepezil 10 mg at bedtime");
    env.cmd()
        .arg("--identity")
        .arg(&carer_key)
        .args(["med", "add", "Memantine 5 mg daily"])
        .assert()
        .success();

    let out = env
        .sess(&key)
        .args(["share", "remove", "Ana (daughter)"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stderr(&out).contains("stay readable"), "{}", stderr(&out));
    let out = env
        .cmd()
        .arg("--identity")
        .arg(&carer_key)
        .args(["med", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 3, "{}", stderr(&out));
    // The owner still opens it, with both medications.
    assert_eq!(med_texts(&env, &key).len(), 2);
    // The owner cannot be removed.
    let out = env
        .sess(&key)
        .args(["share", "remove", "owner"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
}

#[test]
fn ssh_ed25519_keys_can_be_shared_with() {
    let (env, key) = Env::ready();
    let ssh_key = env.path("id_ed25519");
    let ok = Std::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "carer", "-f"])
        .arg(&ssh_key)
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    if !ok {
        eprintln!("ssh-keygen not available; skipping the SSH half of sharing");
        return;
    }
    let public = std::fs::read_to_string(ssh_key.with_extension("pub")).unwrap();
    env.sess(&key)
        .args(["share", "add", public.trim(), "--name", "Sam"])
        .assert()
        .success();
    env.cmd()
        .arg("--identity")
        .arg(&ssh_key)
        .args(["med", "list"])
        .assert()
        .success();
}

#[test]
fn bad_recipients_and_passphrase_files_are_refused_clearly() {
    let (env, key) = Env::ready();
    let out = env
        .sess(&key)
        .args(["share", "add", "not-a-key", "--name", "X"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("age1"), "{}", stderr(&out));
    let empty = env.path("empty");
    std::fs::write(&empty, "\n").unwrap();
    let out = env
        .cmd()
        .arg("--passphrase-file")
        .arg(&empty)
        .args(["med", "list"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("empty first line"));
    let out = env
        .pw()
        .args(["--json", "med", "add", " "])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
}
