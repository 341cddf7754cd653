//! The committed completions and man pages match what phr generates, the help texts
//! are snapshotted so changes show in review, and the tour runs on a fresh HOME.

use std::path::Path;

use crate::common::*;

fn repo(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

#[test]
fn committed_completions_are_current() {
    let env = Env::new();
    for (shell, file) in [
        ("bash", "completions/phr.bash"),
        ("zsh", "completions/_phr"),
        ("fish", "completions/phr.fish"),
        ("elvish", "completions/phr.elv"),
        ("powershell", "completions/_phr.ps1"),
    ] {
        let out = env.cmd().args(["completions", shell]).output().unwrap();
        assert!(out.status.success());
        let committed = std::fs::read(repo(file)).unwrap_or_default();
        assert!(
            out.stdout == committed,
            "{file} is out of date: run scripts/gen-docs.sh and commit the result"
        );
    }
}

#[test]
fn committed_man_pages_are_current() {
    let env = Env::new();
    let dir = env.path("man");
    env.cmd().arg("-q").arg("man").arg(&dir).assert().success();
    let mut generated: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    generated.sort();
    let mut committed: Vec<String> = std::fs::read_dir(repo("man"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    committed.sort();
    assert_eq!(
        generated, committed,
        "run scripts/gen-docs.sh and commit the result"
    );
    for name in &generated {
        assert!(
            std::fs::read(dir.join(name)).unwrap()
                == std::fs::read(repo("man").join(name)).unwrap(),
            "man/{name} is out of date: run scripts/gen-docs.sh"
        );
    }
    let root = std::fs::read_to_string(dir.join("phr.1")).unwrap();
    assert!(
        root.contains("Exit codes"),
        "the exit codes belong in phr(1)"
    );
}

/// Every command's `--help`, in one snapshot per top-level command.
#[test]
fn help_texts() {
    let env = Env::new();
    let help = |path: &[&str]| -> String {
        let out = env.cmd().args(path).arg("--help").output().unwrap();
        assert!(out.status.success(), "{path:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let root = help(&[]);
    insta::assert_snapshot!("help_phr", root);
    let cmd = phr::cli::command();
    for sub in cmd.get_subcommands() {
        let name = sub.get_name();
        let mut text = help(&[name]);
        for subsub in sub.get_subcommands() {
            text.push_str(&format!(
                "\n===== phr {name} {} --help\n",
                subsub.get_name()
            ));
            text.push_str(&help(&[name, subsub.get_name()]));
        }
        insta::assert_snapshot!(format!("help_{name}"), text);
    }
}

#[test]
fn demo_runs_on_a_fresh_home_without_a_terminal() {
    let env = Env::new();
    let out = env.cmd().arg("demo").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("phr med list"), "{text}");
    assert!(text.contains("Metformin"), "{text}");
    // The throwaway binder is gone, and nothing plaintext was left behind.
    assert_no_plaintext(&env.tmp(), &[b"SQLite format 3", b"Metformin"]);
    let left: Vec<_> = std::fs::read_dir(env.tmp())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "the demo left {left:?} in TMPDIR");
}

#[test]
fn config_file_is_read_and_checked() {
    let (env, key) = Env::ready();
    let cfg_dir = env.path("home/.config/phr");
    std::fs::create_dir_all(&cfg_dir).unwrap();
    std::fs::write(
        cfg_dir.join("config.toml"),
        "backups = 3\nsession = \"1h\"\n",
    )
    .unwrap();
    let shown = json(
        &env.cmd()
            .args(["--json", "config", "show"])
            .output()
            .unwrap(),
    );
    let settings = shown["settings"].as_array().unwrap();
    let get = |k: &str| settings.iter().find(|s| s["key"] == k).unwrap().clone();
    assert_eq!(get("backups")["value"], "3");
    assert_eq!(get("backups")["source"], "config file");
    assert_eq!(get("binder")["source"], "flag (--binder)");
    for i in 0..5 {
        env.sess(&key)
            .args(["med", "add", &format!("med {i}")])
            .assert()
            .success();
    }
    let backups = backup_list(&env);
    assert_eq!(backups.as_array().unwrap().len(), 3);
    std::fs::write(
        cfg_dir.join("config.toml"),
        "backups = 3\ncolour = \"never\"\n",
    )
    .unwrap();
    let out = env.sess(&key).args(["med", "list"]).output().unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
}

#[test]
fn quiet_silences_status_and_broken_pipes_exit_quietly() {
    let (env, key) = Env::ready();
    let out = env
        .sess(&key)
        .args(["-q", "med", "verify"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    for i in 0..50 {
        env.sess(&key)
            .args(["med", "add", &format!("Medication number {i} 10 mg daily")])
            .assert()
            .success();
    }
    let mut child = env
        .sess_std(&key)
        .args(["--json", "med", "list"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader goes away at once
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
