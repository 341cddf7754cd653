//! The threat model's checkable promises: private file modes for everything phr writes,
//! sessions that expire and are deleted, and no plaintext (record text, a SQLite image,
//! an age secret key) left in TMPDIR, HOME, the runtime dir or the binder directory
//! after any kind of command.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::common::*;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// Every file and directory under `dir` (recursively), files first.
fn entries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(entries(&p));
        }
        out.push(p);
    }
    out
}

#[test]
fn everything_phr_writes_is_private() {
    let (env, key) = Env::ready();
    for i in 0..3 {
        env.sess(&key)
            .args(["med", "add", &format!("Aspirin {i} mg")])
            .assert()
            .success();
    }
    let dir = env.binder_dir();
    assert_eq!(mode(&dir), 0o700);
    let all = entries(&dir);
    assert!(all.iter().any(|p| p.ends_with("lock")), "no lock file");
    assert!(
        all.iter()
            .filter(|p| p.starts_with(dir.join("backups")))
            .count()
            >= 3,
        "no backups: {all:?}"
    );
    for p in &all {
        let want = if p.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(p), want, "{} is {:o}", p.display(), mode(p));
    }
    // The session directory and file.
    let run = entries(&env.path("run"));
    assert!(!run.is_empty());
    for p in &run {
        let want = if p.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(p), want, "{} is {:o}", p.display(), mode(p));
    }
    // A loosened directory is tightened again by the next save.
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(dir.join("backups"), std::fs::Permissions::from_mode(0o777)).unwrap();
    env.sess(&key)
        .args(["med", "add", "Aspirin 81 mg"])
        .assert()
        .success();
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("backups")), 0o700);
    // Without a runtime dir the session dir falls back to TMPDIR: still 0700/0600.
    let out = env
        .pw()
        .env_remove("XDG_RUNTIME_DIR")
        .args(["--json", "unlock"])
        .output()
        .unwrap();
    let k2 = json(&out)["session"].as_str().unwrap().to_owned();
    let fallback: Vec<_> = entries(&env.tmp());
    assert!(!fallback.is_empty(), "no session under TMPDIR");
    for p in &fallback {
        let want = if p.is_dir() { 0o700 } else { 0o600 };
        assert_eq!(mode(p), want, "{} is {:o}", p.display(), mode(p));
    }
    env.sess(&k2)
        .env_remove("XDG_RUNTIME_DIR")
        .arg("lock")
        .assert()
        .success();
    assert!(
        files_under(&env.tmp()).is_empty(),
        "lock left the session file"
    );
}

#[test]
fn no_plaintext_anywhere_after_every_kind_of_command() {
    let (env, key) = Env::ready();
    let marker = "Quorvatinib-marker";
    // Every command here must succeed: a refused one would prove nothing.
    let s = |args: &[&str]| {
        let out = env.sess(&key).args(args).output().unwrap();
        assert_eq!(code(&out), 0, "{args:?}: {}", stderr(&out));
        out
    };
    s(&["med", "add", &format!("{marker} 40 mg daily")]);
    s(&["med", "parse", &format!("{marker} 40 mg daily")]);
    s(&["--json", "med", "list", "--all"]);
    s(&["med", "show", "m1"]);
    s(&["med", "edit", "m1", "--reason", &format!("{marker} reason")]);
    s(&["med", "history", "m1"]);
    s(&["med", "verify"]);
    s(&[
        "provider",
        "add",
        &format!("Dr {marker}"),
        "--role",
        "pcp",
        "--fax",
        "555-0100",
    ]);
    s(&[
        "provider",
        "add",
        "Dr Other",
        "--role",
        "specialist",
        "--fax",
        "555-0101",
    ]);
    s(&["result", "add", &format!("{marker} test"), "--value", "7.1"]);
    s(&["note", "add", &format!("called about {marker}")]);
    s(&[
        "appt",
        "add",
        "tomorrow 9:30",
        "--with",
        "p1",
        "--reason",
        marker,
    ]);
    s(&[
        "question",
        "add",
        &format!("Is {marker} still needed?"),
        "--for",
        "p1",
    ]);
    // Reconcile, exports (to stdout), import and requests.
    let inputs = env.path("inputs");
    std::fs::create_dir_all(&inputs).unwrap();
    let list = inputs.join("list.txt");
    std::fs::write(
        &list,
        format!("{marker} 80 mg daily\naspirin 81 mg daily\n"),
    )
    .unwrap();
    let list = list.display().to_string();
    s(&["reconcile", &list]);
    s(&["reconcile", &list, "--apply", "--discharge"]);
    for what in [
        "summary",
        "medlist",
        "card",
        "emergency",
        "sbar",
        "questions",
        "calendar",
        "fhir",
        "json",
        "toml",
        "yaml",
    ] {
        s(&["export", what]);
    }
    let dump = env.sess(&key).args(["export", "json"]).output().unwrap();
    let dump_file = inputs.join("dump.json");
    std::fs::write(&dump_file, &dump.stdout).unwrap();
    s(&["import", &dump_file.display().to_string(), "--dry-run"]);
    s(&["import", &dump_file.display().to_string()]);
    s(&[
        "request",
        "send",
        "--from",
        "p1",
        "--to",
        "p2",
        "--what",
        &format!("the {marker} report"),
    ]);
    s(&["request", "list"]);
    s(&["request", "done", "rq1"]);
    s(&["med", "stop", "m1", "--reason", "done"]);
    s(&["profile", "set", "--name", &format!("Pat {marker}")]);
    s(&["profile", "show"]);
    s(&["agenda"]);
    s(&["log"]);
    s(&["backup", "list"]);
    s(&["share", "list"]);
    s(&[
        "share",
        "add",
        "age1qyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqszqgpqyqs3290gq",
        "--name",
        "Ana",
    ]);
    s(&["share", "remove", "Ana"]);
    s(&["completions", "bash"]);
    let man = env.path("tmp/man");
    env.sess(&key).arg("man").arg(&man).assert().success();
    s(&["demo"]);
    // Passphrase paths too: passwd and a fresh unlock, then lock.
    let new_pass = env.path("pass2");
    std::fs::write(&new_pass, "another long passphrase here\n").unwrap();
    let out = env
        .pw()
        .arg("passwd")
        .arg("--new-passphrase-file")
        .arg(&new_pass)
        .output()
        .unwrap();
    assert_ne!(code(&out), 101, "{}", stderr(&out));
    s(&["lock"]);
    let needles: [&[u8]; 4] = [
        marker.as_bytes(),
        b"SQLite format 3",
        b"AGE-SECRET-KEY",
        b"Quorvatinib",
    ];
    for d in ["home", "tmp", "run", "binder"] {
        assert_no_plaintext(&env.path(d), &needles);
    }
}

/// Secrets never travel in argv or the environment: no option of any command takes a
/// passphrase, key or session as its value, and the only variables phr reads that
/// carry anything secret is `PHR_SESSION` (a session key). Paths (to a passphrase or
/// identity file) are fine.
#[test]
fn no_secret_is_taken_from_argv_or_the_environment() {
    fn walk(cmd: &clap::Command, path: String, bad: &mut Vec<String>, envs: &mut Vec<String>) {
        for a in cmd.get_arguments() {
            let long = a.get_long().unwrap_or("").to_owned();
            let name = a.get_id().as_str().to_owned();
            let takes_value = a.get_action().takes_values();
            let secretish = [
                "passphrase",
                "password",
                "secret",
                "key",
                "session",
                "token",
            ]
            .iter()
            .any(|w| long.contains(w) || name.contains(w));
            let value_name = a
                .get_value_names()
                .map(|v| {
                    v.iter()
                        .map(|s| s.as_str().to_owned())
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .unwrap_or_default();
            if takes_value && secretish && !value_name.contains("FILE") {
                bad.push(format!("{path} --{long} ({name})"));
            }
            if let Some(e) = a.get_env() {
                envs.push(e.to_string_lossy().into_owned());
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, format!("{path} {}", sub.get_name()), bad, envs);
        }
    }
    let (mut bad, mut envs) = (Vec::new(), Vec::new());
    walk(&phr::cli::command(), "phr".into(), &mut bad, &mut envs);
    assert!(bad.is_empty(), "options that take a secret: {bad:?}");
    envs.sort();
    envs.dedup();
    for e in &envs {
        assert!(
            ["PHR_BINDER", "PHR_IDENTITY", "PHR_PASSPHRASE_FILE"].contains(&e.as_str()),
            "unexpected variable {e}"
        );
    }
    // The code itself reads only PHR_SESSION, PHR_NOW and COLUMNS by name.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut read = Vec::new();
    for f in files_under(&src) {
        let text = std::fs::read_to_string(&f).unwrap_or_default();
        for (i, _) in text.match_indices("env::var") {
            let tail: String = text[i..].chars().take(40).collect();
            read.push(tail);
        }
    }
    for r in &read {
        assert!(
            r.contains("SESSION_VAR")
                || r.contains("NOW_VAR")
                || r.contains("\"COLUMNS\"")
                || r.contains("env::var_os"),
            "an environment read to review: {r}"
        );
    }
}
