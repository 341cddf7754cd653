//! The sealed environment: a cleared environment, a temp HOME with XDG dirs, a private
//! TMPDIR and runtime dir, a fixed clock, and a passphrase file.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub const NOW: &str = "2026-11-26T09:00:00Z";
pub const PASSPHRASE: &str = "correct horse battery staple";

pub struct Env {
    pub root: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Self {
        let root = tempfile::Builder::new()
            .prefix("phr-test-")
            .tempdir()
            .unwrap();
        for d in ["home", "tmp", "run", "home/.local/share", "home/.config"] {
            std::fs::create_dir_all(root.path().join(d)).unwrap();
        }
        std::fs::write(root.path().join("pass"), format!("{PASSPHRASE}\n")).unwrap();
        Env { root }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.path().join(rel)
    }

    pub fn binder_dir(&self) -> PathBuf {
        self.path("binder")
    }

    pub fn binder_file(&self) -> PathBuf {
        self.binder_dir().join("binder.age")
    }

    pub fn tmp(&self) -> PathBuf {
        self.path("tmp")
    }

    pub fn pass_file(&self) -> PathBuf {
        self.path("pass")
    }

    /// `phr --binder DIR --no-input` with nothing of the caller's environment.
    pub fn cmd(&self) -> Command {
        Command::from_std(self.std_cmd())
    }

    /// The same, as a `std::process::Command` (to spawn, kill, or wrap in a shell).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut c = self.at_terminal();
        c.arg("--no-input");
        c
    }

    /// `phr --binder DIR`, sealed as [`Env::cmd`] but free to prompt: for a command run at
    /// a (pseudo-)terminal.
    pub fn at_terminal(&self) -> std::process::Command {
        let mut c = std::process::Command::new(assert_cmd::cargo::cargo_bin("phr"));
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path("home"))
            .env("XDG_DATA_HOME", self.path("home/.local/share"))
            .env("XDG_CONFIG_HOME", self.path("home/.config"))
            .env("XDG_RUNTIME_DIR", self.path("run"))
            .env("TMPDIR", self.tmp())
            .env("NO_COLOR", "1")
            .env("PHR_NOW", NOW)
            .arg("--binder")
            .arg(self.binder_dir());
        c
    }

    /// A command that unlocks with the passphrase file.
    pub fn pw(&self) -> Command {
        let mut c = self.cmd();
        c.arg("--passphrase-file").arg(self.pass_file());
        c
    }

    /// A command that unlocks with the given session key.
    pub fn sess(&self, key: &str) -> Command {
        Command::from_std(self.sess_std(key))
    }

    pub fn sess_std(&self, key: &str) -> std::process::Command {
        let mut c = self.std_cmd();
        c.env("PHR_SESSION", key);
        c
    }

    /// `phr init` with the passphrase file.
    pub fn init(&self) {
        self.pw().arg("init").assert().success();
    }

    /// `phr unlock`, returning the session key.
    pub fn unlock(&self) -> String {
        let out = self.pw().args(["--json", "unlock"]).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["session"].as_str().unwrap().to_owned()
    }

    /// A new binder with a session open.
    pub fn ready() -> (Self, String) {
        let env = Env::new();
        env.init();
        let key = env.unlock();
        (env, key)
    }
}

pub fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "command failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&out.stdout)))
}

pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `backup list --json`: the binder's backups, newest first (it needs no key).
pub fn backup_list(env: &Env) -> serde_json::Value {
    json(
        &env.cmd()
            .args(["--json", "backup", "list"])
            .output()
            .unwrap(),
    )
}

/// The texts of the medications the binder lists (`--all`).
/// `phr --json ARGS…` with the session `key`, its output as JSON (the command must
/// succeed).
pub fn sess_json(env: &Env, key: &str, args: &[&str]) -> serde_json::Value {
    json(&env.sess(key).arg("--json").args(args).output().unwrap())
}

pub fn med_texts(env: &Env, key: &str) -> Vec<String> {
    let out = env
        .sess(key)
        .args(["--json", "med", "list", "--all"])
        .output()
        .unwrap();
    json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_owned())
        .collect()
}

/// Every regular file under `dir`, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            out.push(p);
        }
    }
    out
}

/// Panics if any file under `dir` contains one of the needles.
pub fn assert_no_plaintext(dir: &Path, needles: &[&[u8]]) {
    for f in files_under(dir) {
        let bytes = std::fs::read(&f).unwrap_or_default();
        for n in needles {
            assert!(
                !bytes.windows(n.len()).any(|w| w == *n),
                "{} contains {:?}",
                f.display(),
                String::from_utf8_lossy(n)
            );
        }
    }
}
