//! `phr request`: both letters in every format, the follow-up task in the agenda (due,
//! then overdue with the phone number to call), closing a request, and refusals that
//! leave the binder untouched.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::*;

/// A patient, a liaison and three providers: p1 Haddad (phone and fax), p2 Lee (fax and
/// email), p3 Ortiz (no way to reach them).
fn setup(env: &Env, key: &str) {
    let steps: &[&[&str]] = &[
        &[
            "profile",
            "set",
            "--name",
            "Maria Souza",
            "--born",
            "1948-03-02",
        ],
        &[
            "provider",
            "add",
            "Dr Amal Haddad",
            "--role",
            "specialist",
            "--specialty",
            "cardiology",
            "--org",
            "Heart Clinic",
            "--phone",
            "555-0101",
            "--fax",
            "555-0102",
        ],
        &[
            "provider",
            "add",
            "Dr Lee",
            "--role",
            "pcp",
            "--org",
            "Main Street Family Practice",
            "--fax",
            "555-0200",
            "--email",
            "lee@example.org",
        ],
        &["provider", "add", "Dr Ortiz", "--role", "specialist"],
        &[
            "contact",
            "add",
            "Ana Souza",
            "--relationship",
            "daughter",
            "--phone",
            "555-0199",
            "--email",
            "ana@example.org",
            "--liaison",
            "--authority",
            "health care power of attorney",
        ],
    ];
    for s in steps {
        env.sess(key).args(*s).assert().success();
    }
}

fn stdout(out: &std::process::Output) -> String {
    assert!(out.status.success(), "{}", stderr(out));
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn both_letters_in_every_format() {
    let (env, key) = Env::ready();
    setup(&env, &key);
    for fmt in ["text", "markdown", "html"] {
        let out = env
            .sess(&key)
            .args([
                "request",
                "send",
                "--from",
                "Haddad",
                "--to",
                "Dr Lee",
                "--what",
                "the echo report of 10 November",
                "--by",
                "2026-12-01",
                "--format",
                fmt,
            ])
            .output()
            .unwrap();
        insta::assert_snapshot!(format!("send_{fmt}"), stdout(&out));
    }
    for fmt in ["text", "markdown", "html"] {
        let out = env
            .sess(&key)
            .args([
                "request",
                "records",
                "--from",
                "p1",
                "--what",
                "cardiology notes and echo images, 2025-2026",
                "--prefer",
                "fhir",
                "--format",
                fmt,
            ])
            .output()
            .unwrap();
        insta::assert_snapshot!(format!("records_{fmt}"), stdout(&out));
    }
    // -o writes a private file and will not replace it without --force.
    let file = env.tmp().join("letter.html");
    let f = file.to_str().unwrap();
    let args = [
        "request", "records", "--from", "p2", "--format", "html", "-o", f,
    ];
    env.sess(&key).args(args).assert().success();
    let meta = std::fs::metadata(&file).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o600);
    let html = std::fs::read_to_string(&file).unwrap();
    assert!(html.contains("@media print") && html.contains("45 CFR 164.524"));
    let before = std::fs::read(env.binder_file()).unwrap();
    let out = env.sess(&key).args(args).output().unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert!(std::fs::read(env.binder_file()).unwrap() == before);
    // Never into the binder directory.
    let inside = env.binder_dir().join("letter.txt");
    let out = env
        .sess(&key)
        .args(["request", "records", "--from", "p2", "-o"])
        .arg(&inside)
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("inside the binder directory"));
    assert!(!inside.exists());
    assert!(std::fs::read(env.binder_file()).unwrap() == before);
    env.sess(&key).args(args).arg("--force").assert().success();
    // The letter again, later, from the stored request.
    let again = stdout(
        &env.sess(&key)
            .args(["request", "print", "rq1", "--format", "markdown"])
            .output()
            .unwrap(),
    );
    assert!(again.contains("**Reference:** rq1"), "{again}");
    assert!(
        again.contains("Dr Lee, Main Street Family Practice"),
        "{again}"
    );
    let list = json(
        &env.sess(&key)
            .args(["--json", "request", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(list.as_array().unwrap().len(), 8);
}

fn task_texts(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|t| t["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn tracked_in_the_agenda_overdue_after_by_until_done() {
    let (env, key) = Env::ready();
    setup(&env, &key);
    env.sess(&key)
        .args([
            "request",
            "send",
            "--from",
            "p1",
            "--to",
            "p2",
            "--what",
            "the echo report",
            "--by",
            "2026-12-01",
        ])
        .assert()
        .success();
    // Due in 20 days: beyond the agenda's week, but a request stays on it.
    env.sess(&key)
        .args([
            "request",
            "records",
            "--from",
            "Dr Lee",
            "--by",
            "in 20 days",
            "-q",
        ])
        .assert()
        .success();
    let awaiting = "awaiting the echo report from Dr Amal Haddad → Dr Lee";
    let a = json(&env.sess(&key).args(["--json", "agenda"]).output().unwrap());
    let due = task_texts(&a["due_tasks"]);
    assert!(due.iter().any(|t| t == awaiting), "{a:#}");
    assert!(
        due.iter().any(|t| t.contains("copy of my records")),
        "{a:#}"
    );
    assert!(a["overdue_tasks"].as_array().unwrap().is_empty());
    assert_eq!(a["due_tasks"][0]["request"], "rq1");

    // After the --by date (a later clock: the session has expired, so the passphrase).
    let later = || {
        let mut c = env.pw();
        c.env("PHR_NOW", "2026-12-05T09:00:00Z");
        c
    };
    let a = json(&later().args(["--json", "agenda"]).output().unwrap());
    let overdue = &a["overdue_tasks"];
    assert_eq!(task_texts(overdue), vec![awaiting.to_owned()], "{a:#}");
    assert_eq!(overdue[0]["call"]["phone"], "555-0101");
    assert_eq!(overdue[0]["call"]["provider"], "Dr Amal Haddad");
    let text = stdout(&later().arg("agenda").output().unwrap());
    assert!(
        text.contains(&format!(
            "{awaiting} (OVERDUE 2026-12-01) — call Dr Amal Haddad: 555-0101"
        )),
        "{text}"
    );
    let table = stdout(&later().args(["request", "list"]).output().unwrap());
    assert!(table.contains("OVERDUE"), "{table}");

    // Done: the request and its task close, the communication log notes it.
    let out = later()
        .args([
            "request",
            "done",
            "rq1",
            "--note",
            "Dr Lee's office confirmed the fax arrived",
        ])
        .output()
        .unwrap();
    let said = stdout(&out);
    assert!(said.contains("Closed request rq1; task t1 done"), "{said}");
    let a = json(&later().args(["--json", "agenda"]).output().unwrap());
    assert!(a["overdue_tasks"].as_array().unwrap().is_empty(), "{a:#}");
    let task = json(
        &later()
            .args(["--json", "task", "show", "t1"])
            .output()
            .unwrap(),
    );
    assert_eq!(task["status"], "done");
    assert_eq!(task["done_at"], "2026-12-05");
    let notes = json(&later().args(["--json", "note", "list"]).output().unwrap());
    let notes = notes.as_array().unwrap();
    assert_eq!(notes.len(), 1);
    let n = notes[0]["text"].as_str().unwrap();
    assert!(
        n.contains("received: the echo report from Dr Amal Haddad → Dr Lee"),
        "{n}"
    );
    assert!(n.contains("confirmed the fax arrived"), "{n}");
    assert_eq!(notes[0]["with"], "Dr Amal Haddad");
    // Closing a request's task by hand says how to close the request.
    let out = later().args(["task", "done", "t2"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("phr request done rq2"),
        "{}",
        stderr(&out)
    );
    let open = json(
        &later()
            .args(["--json", "request", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"], "rq2");
    let all = json(
        &later()
            .args(["--json", "request", "list", "--all"])
            .output()
            .unwrap(),
    );
    assert_eq!(all[0]["status"], "done");
    assert_eq!(all[0]["done_at"], "2026-12-05");
    let log = json(&later().args(["--json", "log"]).output().unwrap());
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|c| c["kind"] == "request" && c["action"] == "done"),
        "{log:#}"
    );
    // Closing twice is refused.
    let out = later().args(["request", "done", "rq1"]).output().unwrap();
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("already done"));
}

#[test]
fn unknown_or_unreachable_providers_are_refused_and_change_nothing() {
    let (env, key) = Env::ready();
    setup(&env, &key);
    let before = std::fs::read(env.binder_file()).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "request", "send", "--from", "Dr Who", "--to", "p2", "--what", "x",
            ],
            "phr provider add",
        ),
        (
            &[
                "request", "send", "--from", "p1", "--to", "Dr Who", "--what", "x",
            ],
            "phr provider add",
        ),
        (
            &[
                "request", "send", "--from", "p1", "--to", "Ortiz", "--what", "x",
            ],
            "phr provider edit p3 --fax",
        ),
        (
            &["request", "records", "--from", "Dr Who"],
            "phr provider add",
        ),
    ];
    for (args, hint) in cases {
        let out = env.sess(&key).args(*args).output().unwrap();
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(hint), "{args:?}: {err}");
        assert!(err.contains("--fax"), "{err}");
        assert!(
            std::fs::read(env.binder_file()).unwrap() == before,
            "{args:?} changed the binder"
        );
    }
    let out = env
        .sess(&key)
        .args([
            "request", "send", "--from", "p1", "--to", "Ortiz", "--what", "x",
        ])
        .output()
        .unwrap();
    assert!(
        stderr(&out).contains("no fax, email or portal"),
        "{}",
        stderr(&out)
    );
    // A sender with no way to reach them is only a warning.
    let out = env
        .sess(&key)
        .args([
            "request",
            "send",
            "--from",
            "Ortiz",
            "--to",
            "p2",
            "--what",
            "the MRI report",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("Warning:") && err.contains("phr provider edit p3 --fax"),
        "{err}"
    );
    assert!(std::fs::read(env.binder_file()).unwrap() != before);
}
