//! The prompts, answered through a pseudo-terminal as a person answers them: a new
//! passphrase asked twice and never echoed, a generated one that opens the binder, a
//! wrong passphrase asked again and then refused, `passwd`, reconcile walking through
//! each item, a record's missing fields asked for, and Ctrl-C at each kind of prompt
//! (cancelled cleanly: nothing changed, the terminal as it was, the cursor shown).
//!
//! Each answer is sent only once the prompt is on the screen and the terminal is in the
//! mode that prompt reads in (echo off for a passphrase, raw for a key), as a person
//! answers only what they see: a passphrase typed earlier would be flushed unread.

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
use rustix::termios::{LocalModes, Winsize, tcgetattr, tcsetwinsize};
use serde_json::Value;

use crate::common::*;

/// How long a prompt may take to appear (a passphrase is checked with scrypt first).
const WAIT: Duration = Duration::from_secs(60);

const UP: &str = "\x1b[A";
const DOWN: &str = "\x1b[B";
const ENTER: &str = "\r";
const CTRL_C: &str = "\x03";

/// A `phr` whose standard input and error are a pseudo-terminal; its standard output is
/// a pipe, read when it ends.
struct Terminal {
    master: std::fs::File,
    /// The terminal's local modes before phr started.
    before: LocalModes,
    child: Child,
    output: mpsc::Receiver<Vec<u8>>,
    /// Everything the terminal has shown so far.
    screen: Vec<u8>,
    /// How much of `screen` [`Terminal::expect`] has passed.
    read: usize,
}

/// What a finished command left.
struct Finished {
    status: ExitStatus,
    stdout: String,
    screen: String,
    /// The terminal's local modes (echo, line editing, signals) once phr has ended.
    modes: LocalModes,
}

impl Terminal {
    fn spawn(mut cmd: Command) -> Terminal {
        let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC)
            .expect("a pseudo-terminal");
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        let size = Winsize {
            ws_row: 50,
            ws_col: 120,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        tcsetwinsize(&master, size).unwrap();
        // Read before phr starts: once it runs, a prompt may already have changed them.
        let before = tcgetattr(&master).unwrap().local_modes;
        let name = ptsname(&master, Vec::new()).unwrap();
        let slave = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(name.to_str().unwrap())
            .unwrap();
        cmd.env("TERM", "xterm")
            .stdin(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave))
            .stdout(Stdio::piped());
        let child = cmd.spawn().unwrap();
        // The command holds this process's copies of the terminal's other end: without
        // them, reading the master ends when phr does.
        drop(cmd);
        let master = std::fs::File::from(master);
        let mut reader = master.try_clone().unwrap();
        let (tx, output) = mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Terminal {
            master,
            before,
            child,
            output,
            screen: Vec::new(),
            read: 0,
        }
    }

    fn shown(&self) -> String {
        String::from_utf8_lossy(&self.screen).into_owned()
    }

    /// Waits until `text` appears on the screen after what was expected before.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(at) = self.screen[self.read..]
                .windows(text.len())
                .position(|w| w == text.as_bytes())
            {
                self.read += at + text.len();
                return;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(bytes) => self.screen.extend_from_slice(&bytes),
                Err(_) => panic!(
                    "waited for {text:?}; the terminal showed:\n{}",
                    self.shown()
                ),
            }
        }
    }

    /// Waits until the terminal's line discipline is as a prompt sets it to read.
    fn wait_for_mode(&self, what: &str, ready: impl Fn(LocalModes) -> bool) {
        let deadline = Instant::now() + WAIT;
        while !ready(tcgetattr(&self.master).unwrap().local_modes) {
            assert!(
                Instant::now() < deadline,
                "the terminal never turned {what}; it showed:\n{}",
                self.shown()
            );
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).unwrap();
    }

    /// Answers a passphrase prompt: once it shows and echo is off.
    fn secret(&mut self, prompt: &str, secret: &str) {
        self.expect(prompt);
        self.wait_for_mode("echo off", |m| !m.contains(LocalModes::ECHO));
        self.send(&format!("{secret}\n"));
    }

    /// Presses keys at a prompt that reads keys: once `shown` shows and the terminal is
    /// raw (a menu reads one key at a time, and draws itself again after each).
    fn keys(&mut self, shown: &str, keys: &str) {
        self.expect(shown);
        self.wait_for_mode("raw", |m| !m.contains(LocalModes::ICANON));
        self.send(keys);
    }

    fn finish(mut self) -> Finished {
        let deadline = Instant::now() + WAIT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("phr did not finish; the terminal showed:\n{}", self.shown());
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let mut stdout = String::new();
        if let Some(mut out) = self.child.stdout.take() {
            out.read_to_string(&mut stdout).unwrap();
        }
        // Whatever was still on its way to the screen, up to the end: the reader stops
        // when no process holds the terminal any more. (A pause of a fifth of a second
        // was taken for the end once, under a full test run, and lost phr's last line.)
        let deadline = Instant::now() + WAIT;
        while let Ok(bytes) = self
            .output
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            self.screen.extend_from_slice(&bytes);
        }
        Finished {
            status,
            stdout,
            screen: self.shown(),
            modes: tcgetattr(&self.master).unwrap().local_modes,
        }
    }
}

fn run_at_terminal(env: &Env, args: &[&str]) -> Terminal {
    let mut cmd = env.at_terminal();
    cmd.args(args);
    Terminal::spawn(cmd)
}

/// A passphrase file for `pass`, so that later commands can open the binder without a
/// terminal.
fn pass_file(env: &Env, name: &str, pass: &str) -> std::path::PathBuf {
    let path = env.path(name);
    std::fs::write(&path, format!("{pass}\n")).unwrap();
    path
}

fn opens_with(env: &Env, pass: &std::path::Path) -> bool {
    env.cmd()
        .arg("--passphrase-file")
        .arg(pass)
        .args(["profile", "show"])
        .output()
        .unwrap()
        .status
        .success()
}

#[test]
fn init_asks_for_the_passphrase_twice_and_never_shows_it() {
    let env = Env::new();
    let first = "first attempt at a passphrase";
    let chosen = "the one chosen on the second go";
    let mut t = run_at_terminal(&env, &["init"]);
    t.keys("Generate a strong passphrase for you?", "n");
    t.secret("New passphrase", first);
    t.secret("Repeat the passphrase", "not the same at all, no");
    t.expect("the two passphrases differ");
    t.secret("New passphrase", chosen);
    t.secret("Repeat the passphrase", chosen);
    let done = t.finish();
    assert!(done.status.success(), "{}", done.screen);
    for secret in [first, chosen, "not the same"] {
        assert!(
            !done.screen.contains(secret) && !done.stdout.contains(secret),
            "the terminal showed a passphrase typed at it:\n{}",
            done.screen
        );
    }
    assert!(opens_with(&env, &pass_file(&env, "chosen", chosen)));
    assert!(!opens_with(&env, &pass_file(&env, "first", first)));
}

#[test]
fn init_offers_a_generated_passphrase_that_opens_the_binder() {
    let env = Env::new();
    let mut t = run_at_terminal(&env, &["init"]);
    // Enter takes the offer (its default).
    t.keys("Generate a strong passphrase for you?", ENTER);
    let done = t.finish();
    assert!(done.status.success(), "{}", done.screen);
    let shown = done
        .screen
        .split("Your passphrase:")
        .nth(1)
        .and_then(|rest| rest.lines().map(str::trim).find(|l| !l.is_empty()))
        .unwrap_or_else(|| panic!("no passphrase shown:\n{}", done.screen))
        .to_owned();
    assert!(shown.len() >= 20 && !shown.contains(' '), "{shown:?}");
    assert!(opens_with(&env, &pass_file(&env, "generated", &shown)));
}

#[test]
fn a_command_asks_for_the_passphrase_again_after_a_wrong_one() {
    let env = Env::new();
    env.init();
    let mut t = run_at_terminal(&env, &["med", "add", "Aspirin 81 mg daily"]);
    t.secret("Passphrase for", "a wrong passphrase entirely");
    t.expect("wrong passphrase, try again");
    t.secret("Passphrase for", PASSPHRASE);
    let done = t.finish();
    assert!(done.status.success(), "{}", done.screen);
    assert!(!done.screen.contains(PASSPHRASE), "{}", done.screen);
    let meds = json(&env.pw().args(["--json", "med", "list"]).output().unwrap());
    assert_eq!(meds.as_array().unwrap().len(), 1, "{meds}");
}

#[test]
fn three_wrong_passphrases_are_refused_and_change_nothing() {
    let env = Env::new();
    env.init();
    let before = std::fs::read(env.binder_file()).unwrap();
    let mut t = run_at_terminal(&env, &["med", "add", "Aspirin 81 mg daily"]);
    for _ in 0..2 {
        t.secret("Passphrase for", "not it");
        t.expect("wrong passphrase, try again");
    }
    t.secret("Passphrase for", "still not it");
    let done = t.finish();
    assert_eq!(done.status.code(), Some(3), "{}", done.screen);
    assert!(
        done.screen.contains("wrong passphrase for"),
        "{}",
        done.screen
    );
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
}

#[test]
fn passwd_at_a_terminal_changes_what_opens_the_binder() {
    let env = Env::new();
    env.init();
    let new = "a new and longer passphrase";
    let mut t = run_at_terminal(&env, &["passwd"]);
    t.secret("Current passphrase", PASSPHRASE);
    t.keys("Generate a strong passphrase for you?", "n");
    t.secret("New passphrase", new);
    t.secret("Repeat the passphrase", new);
    let done = t.finish();
    assert!(done.status.success(), "{}", done.screen);
    assert!(
        done.screen.contains("The passphrase was changed"),
        "{}",
        done.screen
    );
    assert!(!done.screen.contains(new) && !done.screen.contains(PASSPHRASE));
    assert!(opens_with(&env, &pass_file(&env, "new", new)));
    assert!(!opens_with(&env, &env.pass_file()));
}

/// A prompt cancelled with Ctrl-C: exit code 1 with a message, the terminal's modes as
/// they were (`modes`), and the cursor shown again after a menu hid it.
fn assert_cancelled(done: &Finished, modes: LocalModes) {
    assert_eq!(done.status.code(), Some(1), "{}", done.screen);
    assert!(
        done.screen.contains("the prompt was cancelled"),
        "{}",
        done.screen
    );
    assert_eq!(done.modes, modes, "the terminal was left changed");
    let (hidden, shown) = (
        done.screen.rfind("\x1b[?25l"),
        done.screen.rfind("\x1b[?25h"),
    );
    assert!(
        hidden.is_none_or(|h| shown.is_some_and(|s| s > h)),
        "the cursor was left hidden:\n{:?}",
        done.screen
    );
}

#[test]
fn ctrl_c_at_init_leaves_no_binder() {
    let env = Env::new();
    let mut cmd = env.at_terminal();
    cmd.arg("init");
    let mut t = Terminal::spawn(in_a_session(&cmd));
    let modes = t.before;
    t.keys("Generate a strong passphrase for you?", CTRL_C);
    let done = t.finish();
    assert_cancelled(&done, modes);
    assert!(!env.binder_file().exists() && !env.binder_dir().join("identity.age").exists());
    // Nothing half made stands in the way of trying again.
    env.init();
}

#[test]
fn ctrl_c_during_reconcile_changes_nothing() {
    let (env, key) = Env::ready();
    for m in ["Lisinopril 10 mg daily", "Aspirin 81 mg daily"] {
        env.sess(&key).args(["med", "add", m]).assert().success();
    }
    let list = env.path("new-list.txt");
    std::fs::write(
        &list,
        "lisinopril 20 mg once daily
atorvastatin 40 mg nightly
",
    )
    .unwrap();
    let before = std::fs::read(env.binder_file()).unwrap();
    let mut cmd = env.at_terminal();
    cmd.env("PHR_SESSION", &key).arg("reconcile").arg(&list);
    let mut t = Terminal::spawn(in_a_session(&cmd));
    let modes = t.before;
    // The first item is accepted, then the walk is broken off at the second.
    let item = next_item(&mut t);
    let accept = if item.contains("lisinopril") {
        "Accept the new list's version"
    } else if item.contains("atorvastatin") {
        "Add it to the saved list"
    } else {
        "Stop it (it is not on the new list)"
    };
    choose(&mut t, accept, 0);
    t.keys("What should the binder say?", CTRL_C);
    let done = t.finish();
    assert_cancelled(&done, modes);
    assert_eq!(
        std::fs::read(env.binder_file()).unwrap(),
        before,
        "an interrupted walk-through changed the binder"
    );
    assert!(
        sess_json(&env, &key, &["question", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
}

/// Waits for reconcile's next question and returns what it shows of the item (its
/// saved and new lines, lower-cased), leaving the menu's prompt still to be expected.
fn next_item(t: &mut Terminal) -> String {
    t.expect("\n  saved: ");
    let from = t.read;
    t.expect("What should the binder say?");
    let item = String::from_utf8_lossy(&t.screen[from..t.read]).to_lowercase();
    t.read = from;
    item
}

/// Moves a reconcile menu from its default (skip, the third choice) up to `choice` (0 =
/// `accept`, the item's first choice; 1 = keep) and confirms it.
fn choose(t: &mut Terminal, accept: &str, choice: usize) {
    t.keys("What should the binder say?", "");
    let mut at = 2;
    while at > choice {
        t.send(UP);
        at -= 1;
        let marked = match at {
            1 => "> Keep the saved list as it is".to_owned(),
            _ => format!("> {accept}"),
        };
        t.keys(&marked, "");
    }
    t.send(ENTER);
}

#[test]
fn reconcile_at_a_terminal_asks_about_each_difference() {
    let (env, key) = Env::ready();
    for m in [
        "Metformin 500 mg tab, 1 tab PO BID with meals",
        "Lisinopril 10 mg daily",
        "Aspirin 81 mg daily",
    ] {
        env.sess(&key).args(["med", "add", m]).assert().success();
    }
    let list = env.path("new-list.txt");
    std::fs::write(
        &list,
        "metformin 500 mg twice daily with meals\nlisinopril 20 mg once daily\natorvastatin 40 mg nightly\n",
    )
    .unwrap();
    let mut cmd = env.at_terminal();
    cmd.env("PHR_SESSION", &key)
        .args(["reconcile", "--source", "cardiology visit"])
        .arg(&list);
    let mut t = Terminal::spawn(cmd);
    // The changed dose is accepted, the new medicine skipped (a question for the next
    // visit), and the one missing from the new list kept.
    let mut asked = Vec::new();
    for _ in 0..3 {
        let item = next_item(&mut t);
        let choice = if item.contains("lisinopril") {
            0
        } else if item.contains("atorvastatin") {
            2
        } else if item.contains("aspirin") {
            1
        } else {
            panic!("asked about something else:\n{item}")
        };
        asked.push(choice);
        choose(&mut t, "Accept the new list's version", choice);
    }
    let done = t.finish();
    assert!(done.status.success(), "{}", done.screen);
    asked.sort();
    assert_eq!(asked, [0, 1, 2], "{}", done.screen);
    assert!(
        done.screen
            .contains("Accepted: 0 added, 1 updated, 0 stopped."),
        "{}",
        done.screen
    );
    let texts = med_texts(&env, &key);
    assert!(
        texts.contains(&"lisinopril 20 mg once daily".to_owned()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Aspirin 81 mg daily".to_owned()),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("atorvastatin")),
        "{texts:?}"
    );
    // The accepted change is logged with the list's source, and nothing else is.
    let log = sess_json(&env, &key, &["log"]);
    let from_list: Vec<&Value> = log
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["source"] == "cardiology visit" && c["kind"] == "medication")
        .collect();
    assert_eq!(from_list.len(), 1, "{log}");
    assert_eq!(from_list[0]["record"], "m2", "{log}");
    let questions = sess_json(&env, &key, &["question", "list"]);
    let about_atorvastatin = |q: &Value| {
        q["text"]
            .as_str()
            .is_some_and(|t| t.to_lowercase().contains("atorvastatin"))
    };
    assert!(
        questions.as_array().unwrap().iter().any(about_atorvastatin),
        "{questions}"
    );
}

#[test]
fn record_add_asks_for_the_fields_it_needs() {
    let (env, key) = Env::ready();
    let mut cmd = env.at_terminal();
    cmd.env("PHR_SESSION", &key).args(["provider", "add"]);
    let mut t = Terminal::spawn(cmd);
    t.keys("Name, e.g.", "Dr Amal Haddad\r");
    // The role menu starts on its first choice, pcp; one down is specialist.
    t.keys("Role in the care team", DOWN);
    t.keys("> specialist", ENTER);
    let done = t.finish();
    assert!(done.status.success(), "{}", done.screen);
    let providers = sess_json(&env, &key, &["provider", "list"]);
    let p = &providers.as_array().unwrap()[0];
    assert_eq!(p["name"], Value::from("Dr Amal Haddad"), "{providers}");
    assert_eq!(p["role"], Value::from("specialist"), "{providers}");
}

/// `cmd` run as a shell runs it: in a session of its own whose controlling terminal is
/// its standard input, so that Ctrl-C there would send it SIGINT.
fn in_a_session(cmd: &Command) -> Command {
    let mut wrapped = Command::new("setsid");
    wrapped
        .args(["--wait", "--ctty"])
        .arg(cmd.get_program())
        .args(cmd.get_args())
        .env_clear();
    for (k, v) in cmd.get_envs() {
        if let Some(v) = v {
            wrapped.env(k, v);
        }
    }
    wrapped
}

#[test]
fn ctrl_c_at_a_passphrase_prompt_leaves_the_terminal_as_it_was() {
    let env = Env::new();
    env.init();
    let before = std::fs::read(env.binder_file()).unwrap();
    let mut cmd = env.at_terminal();
    cmd.args(["med", "add", "Aspirin 81 mg daily"]);
    let mut t = Terminal::spawn(in_a_session(&cmd));
    let modes = t.before;
    // Half the passphrase is typed, then the person gives up.
    t.expect("Passphrase for");
    t.wait_for_mode("echo off", |m| !m.contains(LocalModes::ECHO));
    t.send("half a pass");
    t.send(CTRL_C);
    let done = t.finish();
    assert_cancelled(&done, modes);
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
}
