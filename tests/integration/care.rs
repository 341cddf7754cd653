//! The care record: every kind through add → list → show → edit → remove, names,
//! liaison, medication stop and history, agenda, refusals, table widths, JSON shapes.

use serde_json::Value;

use crate::common::*;

/// (kind, add arguments, an edit, the field the edit changes, its new value)
type Case = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
    &'static str,
);

const KINDS: &[Case] = &[
    (
        "provider",
        &[
            "Dr Amal Haddad",
            "--role",
            "specialist",
            "--fax",
            "555-0102",
        ],
        &["--phone", "555-0101"],
        "phone",
        "555-0101",
    ),
    (
        "contact",
        &["Ana Souza", "--relationship", "daughter"],
        &["--authority", "health care proxy"],
        "authority",
        "health care proxy",
    ),
    (
        "condition",
        &["type 2 diabetes", "--onset", "2019-03-01"],
        &["--status", "resolved"],
        "status",
        "resolved",
    ),
    (
        "allergy",
        &["penicillin", "--reaction", "hives"],
        &["--severity", "severe"],
        "severity",
        "severe",
    ),
    (
        "procedure",
        &["cataract surgery, left eye", "--date", "2024-05-02"],
        &["--notes", "no complications"],
        "notes",
        "no complications",
    ),
    (
        "immunization",
        &["influenza", "--date", "2026-10-02"],
        &["--lot", "AB123"],
        "lot",
        "AB123",
    ),
    (
        "encounter",
        &[
            "St. Mary's Hospital",
            "--kind",
            "hospital",
            "--date",
            "2026-11-17",
        ],
        &["--discharged", "2026-11-20"],
        "discharged",
        "2026-11-20",
    ),
    (
        "result",
        &["HbA1c", "--value", "7.2", "--unit", "%"],
        &["--value", "7.0"],
        "value",
        "7.0",
    ),
    (
        "family",
        &["mother", "breast cancer at 52"],
        &["--notes", "diagnosed 1980"],
        "notes",
        "diagnosed 1980",
    ),
    (
        "device",
        &["pacemaker", "--date", "2024-02-10"],
        &["--model", "Azure XT"],
        "model",
        "Azure XT",
    ),
    (
        "appt",
        &["2026-12-01 14:30", "--with", "Dr Lee"],
        &["--reason", "echo follow-up"],
        "reason",
        "echo follow-up",
    ),
    (
        "task",
        &["call cardiology", "--due", "tomorrow"],
        &["--due", "2026-12-24"],
        "due",
        "2026-12-24",
    ),
    (
        "question",
        &["Can I stop aspirin before dental work?"],
        &["--for", "Dr Lee"],
        "for",
        "Dr Lee",
    ),
    (
        "note",
        &["called cardiology; echo faxed to Dr Lee"],
        &["--with", "Dr Lee"],
        "with",
        "Dr Lee",
    ),
];

#[test]
fn every_kind_goes_add_list_show_edit_remove() {
    let (env, key) = Env::ready();
    let run = |args: &[&str]| json(&env.sess(&key).arg("--json").args(args).output().unwrap());
    for (kind, add, edit, field, value) in KINDS {
        let rec = run(&[&[*kind, "add"], *add].concat());
        let id = rec["id"].as_str().unwrap().to_owned();
        assert!(id.ends_with('1'), "{kind}: {id}");
        assert_eq!(rec["created_at"], NOW);
        let listed = run(&[kind, "list", "--all"][..if *kind == "appt" { 3 } else { 2 }]);
        assert_eq!(listed.as_array().unwrap().len(), 1, "{kind} list");
        assert_eq!(listed[0]["uuid"], rec["uuid"]);
        let shown = run(&[kind, "show", &id]);
        assert_eq!(shown, rec, "{kind} show");
        let edited = run(&[&[*kind, "edit", &id], *edit].concat());
        assert_eq!(
            edited[*field],
            Value::String((*value).into()),
            "{kind} edit"
        );
        assert_eq!(edited["uuid"], rec["uuid"]);
        let removed = run(&[kind, "remove", &id]);
        assert_eq!(removed["id"], id.as_str());
        let listed = run(&[kind, "list"]);
        assert!(listed.as_array().unwrap().is_empty(), "{kind} after remove");
    }
    // Every step is in the log.
    let log = run(&["log"]);
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions.iter().filter(|a| **a == "remove").count(),
        KINDS.len()
    );
    assert_eq!(
        actions.iter().filter(|a| **a == "edit").count(),
        KINDS.len()
    );
}

#[test]
fn json_shapes_are_stable() {
    let (env, key) = Env::ready();
    let run = |args: &[&str]| json(&env.sess(&key).arg("--json").args(args).output().unwrap());
    run(&[
        "provider", "add", "Dr Lee", "--role", "pcp", "--phone", "555-0100",
    ]);
    let mut shapes = serde_json::Map::new();
    for (kind, add, _, _, _) in KINDS {
        let rec = run(&[&[*kind, "add"], *add].concat());
        shapes.insert((*kind).to_owned(), rec);
    }
    shapes.insert(
        "medication".into(),
        run(&[
            "med",
            "add",
            "Metformin 500 mg tab, 1 tab PO BID with meals",
            "--prescriber",
            "Dr Lee",
        ]),
    );
    shapes.insert(
        "profile".into(),
        run(&[
            "profile",
            "set",
            "--name",
            "Maria Souza",
            "--born",
            "1948-03-02",
        ]),
    );
    insta::assert_json_snapshot!(Value::Object(shapes), {
        ".*.uuid" => "[uuid]",
        ".appt.with_uuid" => "[uuid]",
    });
}

#[test]
fn the_liaison_mark_is_unique() {
    let (env, key) = Env::ready();
    let run = |args: &[&str]| json(&env.sess(&key).arg("--json").args(args).output().unwrap());
    run(&[
        "contact",
        "add",
        "Ana",
        "--relationship",
        "daughter",
        "--liaison",
    ]);
    run(&[
        "contact",
        "add",
        "Rui",
        "--relationship",
        "son",
        "--liaison",
    ]);
    let l = run(&["contact", "list"]);
    assert_eq!(l[0]["liaison"], false);
    assert_eq!(l[1]["liaison"], true);
    run(&["contact", "edit", "ana", "--liaison"]);
    let l = run(&["contact", "list"]);
    assert_eq!(l[0]["liaison"], true);
    assert_eq!(l[1]["liaison"], false);
    run(&["contact", "edit", "ana", "--no-liaison"]);
    let l = run(&["contact", "list"]);
    assert!(l.as_array().unwrap().iter().all(|c| c["liaison"] == false));
}

#[test]
fn med_stop_and_history_keep_reason_and_date() {
    let (env, key) = Env::ready();
    let run = |args: &[&str]| json(&env.sess(&key).arg("--json").args(args).output().unwrap());
    run(&[
        "med",
        "add",
        "Lisinopril 10 mg daily",
        "--start",
        "2026-01-05",
    ]);
    run(&[
        "med",
        "edit",
        "m1",
        "--text",
        "Lisinopril 20 mg daily",
        "--reason",
        "BP still high",
    ]);
    let stopped = run(&[
        "med",
        "stop",
        "lisinopril",
        "--reason",
        "dry cough",
        "--date",
        "2026-11-20",
    ]);
    assert_eq!(stopped["status"], "stopped");
    assert_eq!(stopped["stop_date"], "2026-11-20");
    assert_eq!(stopped["stop_reason"], "dry cough");
    assert!(run(&["med", "list"]).as_array().unwrap().is_empty());
    assert_eq!(run(&["med", "list", "--all"]).as_array().unwrap().len(), 1);
    let h = run(&["med", "history", "m1"]);
    let actions: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["add", "edit", "stop"]);
    assert_eq!(h[1]["old"]["text"], "Lisinopril 10 mg daily");
    assert_eq!(h[1]["new"]["text"], "Lisinopril 20 mg daily");
    assert_eq!(h[2]["new"]["stop_reason"], "dry cough");
    assert_eq!(h[2]["new"]["stop_date"], "2026-11-20");
    let out = env.sess(&key).args(["med", "stop", "m1"]).output().unwrap();
    assert_eq!(code(&out), 1, "stopping twice");
    // verify shows in the list.
    env.sess(&key).args(["med", "verify"]).assert().success();
    env.sess(&key)
        .args(["med", "add", "Amlodipine 5 mg daily"])
        .assert()
        .success();
    let out = env.sess(&key).args(["med", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("last reviewed 2026-11-26"));
}

#[test]
fn agenda_shows_appointments_due_tasks_and_questions() {
    let (env, key) = Env::ready();
    let ok = |args: &[&str]| env.sess(&key).args(args).assert().success();
    ok(&["provider", "add", "Dr Lee", "--role", "pcp"]);
    ok(&[
        "appt",
        "add",
        "2026-12-01 14:30",
        "--with",
        "lee",
        "--reason",
        "diabetes review",
    ]);
    ok(&["appt", "add", "2027-03-01 10:00", "--with", "lee"]); // beyond 30 days
    ok(&["appt", "add", "2026-11-20 10:00", "--with", "lee"]); // past
    ok(&["task", "add", "fax the echo report", "--due", "yesterday"]);
    ok(&["task", "add", "refill metformin", "--due", "in 3 days"]);
    ok(&["task", "add", "renew passport photo", "--due", "2027-06-01"]);
    ok(&[
        "question",
        "add",
        "Should I keep taking aspirin?",
        "--for",
        "Dr Lee",
    ]);
    ok(&["question", "add", "Is the cough from lisinopril?"]);
    ok(&["question", "add", "Answered already?"]);
    ok(&["question", "answer", "q3", "yes"]);
    let a = json(&env.sess(&key).args(["--json", "agenda"]).output().unwrap());
    let ids = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&a["appointments"]), ["ap1"]);
    assert_eq!(ids(&a["overdue_tasks"]), ["t1"]);
    assert_eq!(ids(&a["due_tasks"]), ["t2"]);
    assert_eq!(ids(&a["questions"]["Dr Lee"]), ["q1"]);
    assert_eq!(ids(&a["questions"]["anyone"]), ["q2"]);
    let text = env.sess(&key).arg("agenda").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("diabetes review"));
    assert!(text.contains("OVERDUE 2026-11-25"));
    assert!(text.contains("Should I keep taking aspirin?"));
    assert!(!text.contains("Answered already?"));
    // The fixed clock moves: a week later the refill is overdue too.
    let later = env
        .pw()
        .env("PHR_NOW", "2026-12-03T09:00:00Z")
        .args(["--json", "agenda"])
        .output()
        .unwrap();
    assert_eq!(ids(&json(&later)["overdue_tasks"]), ["t1", "t2"]);
}

#[test]
fn names_resolve_or_are_refused_with_candidates() {
    let (env, key) = Env::ready();
    let ok = |args: &[&str]| env.sess(&key).args(args).assert().success();
    ok(&["provider", "add", "Dr Amal Haddad", "--role", "specialist"]);
    ok(&["provider", "add", "Dr Lee", "--role", "pcp"]);
    ok(&["provider", "add", "Dr Leena Park", "--role", "specialist"]);
    ok(&["med", "add", "Aspirin 81 mg daily"]);
    ok(&["med", "add", "aspirin 325 mg prn"]);
    let show = |who: &str| {
        env.sess(&key)
            .args(["--json", "provider", "show", who])
            .output()
            .unwrap()
    };
    assert_eq!(json(&show("p3"))["name"], "Dr Leena Park");
    assert_eq!(json(&show("DR LEE"))["id"], "p2");
    assert_eq!(json(&show("haddad"))["id"], "p1");
    let before = std::fs::read(env.binder_file()).unwrap();
    for (args, needle) in [
        (
            &["provider", "edit", "lee", "--phone", "1"][..],
            "p2 (Dr Lee), p3 (Dr Leena Park)",
        ),
        (&["provider", "remove", "Dr Who"][..], "no provider matches"),
        (
            &["med", "stop", "aspirin"][..],
            "m1 (Aspirin 81 mg daily), m2 (aspirin 325 mg prn)",
        ),
        (&["med", "stop", "m9"][..], "no medication matches"),
        (
            &["appt", "add", "2026-12-01 10:00", "--with", "lee"][..],
            "matches several",
        ),
    ] {
        let out = env.sess(&key).args(args).output().unwrap();
        assert_eq!(code(&out), 1, "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
        assert_eq!(
            std::fs::read(env.binder_file()).unwrap(),
            before,
            "{args:?} changed the binder"
        );
    }
}

#[test]
fn bad_dates_are_refused_and_change_nothing() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args(["condition", "add", "asthma"])
        .assert()
        .success();
    let before = std::fs::read(env.binder_file()).unwrap();
    for (args, field) in [
        (
            &["condition", "add", "gout", "--onset", "2026-13-45"][..],
            "--onset",
        ),
        (
            &["condition", "edit", "c1", "--onset", "soon"][..],
            "--onset",
        ),
        (
            &["appt", "add", "2026-02-30 10:00", "--with", "Dr Lee"][..],
            "WHEN",
        ),
        (
            &["med", "add", "Aspirin 81 mg", "--start", "the other day"][..],
            "--start",
        ),
        (&["task", "add", "call", "--due", "in -3 days"][..], "--due"),
        (&["profile", "set", "--born", "1948-02-30"][..], "--born"),
    ] {
        let out = env.sess(&key).args(args).output().unwrap();
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(field) && err.contains("accepted forms"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
    }
}

#[test]
fn missing_required_fields_name_the_flag_without_a_terminal() {
    let (env, key) = Env::ready();
    let out = env
        .sess(&key)
        .args(["provider", "add", "Dr Lee"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("--role"), "{}", stderr(&out));
    let out = env.sess(&key).args(["encounter", "add"]).output().unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("NAME"), "{}", stderr(&out));
}

#[test]
fn allergies_record_none_explicitly() {
    let (env, key) = Env::ready();
    let list = || {
        String::from_utf8(
            env.sess(&key)
                .args(["allergy", "list"])
                .output()
                .unwrap()
                .stdout,
        )
        .unwrap()
    };
    assert!(list().contains("not been recorded"));
    env.sess(&key).args(["allergy", "none"]).assert().success();
    assert!(list().contains("No known allergies"));
    let p = json(
        &env.sess(&key)
            .args(["--json", "profile", "show"])
            .output()
            .unwrap(),
    );
    assert_eq!(p["no_known_allergies"], NOW);
    env.sess(&key)
        .args(["allergy", "add", "sulfa", "--kind", "drug"])
        .assert()
        .success();
    assert!(list().contains("sulfa"));
    let p = json(
        &env.sess(&key)
            .args(["--json", "profile", "show"])
            .output()
            .unwrap(),
    );
    assert_eq!(p["no_known_allergies"], Value::Null);
    let out = env.sess(&key).args(["allergy", "none"]).output().unwrap();
    assert_eq!(code(&out), 1);
}

#[test]
fn results_show_when_a_test_was_last_done() {
    let (env, key) = Env::ready();
    for (v, d) in [
        ("7.0", "2026-06-01"),
        ("7.2", "2026-10-01"),
        ("6.9", "2026-02-01"),
    ] {
        env.sess(&key)
            .args(["result", "add", "HbA1c", "--value", v, "--date", d])
            .assert()
            .success();
    }
    env.sess(&key)
        .args(["result", "add", "LDL", "--value", "90"])
        .assert()
        .success();
    let out = env
        .sess(&key)
        .args(["result", "list", "--test", "hba1c"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.starts_with("hba1c: 3 results, last done 2026-10-01"),
        "{text}"
    );
    assert!(!text.contains("LDL"));
    let j = json(
        &env.sess(&key)
            .args(["--json", "result", "list", "--test", "HbA1c"])
            .output()
            .unwrap(),
    );
    let dates: Vec<&str> = j
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates, ["2026-10-01", "2026-06-01", "2026-02-01"]);
}

#[test]
fn tables_wrap_at_80_columns() {
    let (env, key) = Env::ready();
    let long = "Hydrocodone-acetaminophen 5-325 mg tablet, take 1 to 2 tablets by mouth every 4 to 6 hours as needed for severe pain, not to exceed 8 tablets in 24 hours";
    env.sess(&key)
        .args([
            "med",
            "add",
            long,
            "--prescriber",
            "Dr Bartholomew Fitzgerald-Montgomery",
        ])
        .assert()
        .success();
    env.sess(&key)
        .args([
            "provider",
            "add",
            "Dr Bartholomew Fitzgerald-Montgomery",
            "--role",
            "specialist",
            "--specialty",
            "interventional cardiology and electrophysiology",
            "--phone",
            "+1 (555) 010-1234 ext. 5678",
        ])
        .assert()
        .success();
    for args in [
        &["med", "list"][..],
        &["provider", "list"][..],
        &["log"][..],
    ] {
        let out = env.sess(&key).args(args).output().unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        for line in text.lines() {
            assert!(
                line.chars().count() <= 80,
                "{args:?}: {} columns: {line}",
                line.chars().count()
            );
        }
        assert!(text.contains("Bartholomew"), "{args:?} lost content");
    }
}

#[test]
fn what_a_new_user_trips_over() {
    let (env, key) = Env::ready();
    let ok = |args: &[&str]| env.sess(&key).args(args).output().unwrap();
    // History is often known only to the month or year.
    let c = json(&ok(&[
        "--json",
        "condition",
        "add",
        "type 2 diabetes",
        "--onset",
        "2010-06",
    ]));
    assert_eq!(c["onset"], "2010-06");
    let out = ok(&["task", "add", "call", "--due", "2026-12"]);
    assert_eq!(code(&out), 2, "a due date needs a day");
    // A second provider with the same name is added, with a warning.
    assert!(
        ok(&[
            "provider", "add", "Dr Lee", "--role", "pcp", "--phone", "555-0100"
        ])
        .status
        .success()
    );
    let out = ok(&["provider", "add", "dr lee", "--role", "pcp"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("p1 already has that name"),
        "{}",
        stderr(&out)
    );
    ok(&["provider", "remove", "p2"]);
    // Questions for a provider or an appointment are filed under the provider.
    ok(&["appt", "add", "2026-12-01 10:00", "--with", "lee"]);
    let q = json(&ok(&[
        "--json",
        "question",
        "add",
        "Is the cough from lisinopril?",
        "--for",
        "ap1",
    ]));
    assert_eq!(q["for"], "Dr Lee");
    let q = json(&ok(&[
        "--json",
        "question",
        "add",
        "And the ankle swelling?",
        "--for",
        "LEE",
    ]));
    assert_eq!(q["for"], "Dr Lee");
    // Moving the liaison mark says so.
    ok(&[
        "contact",
        "add",
        "Ana",
        "--relationship",
        "daughter",
        "--liaison",
    ]);
    let out = ok(&[
        "contact",
        "add",
        "Rui",
        "--relationship",
        "son",
        "--liaison",
    ]);
    assert!(
        stderr(&out).contains("moved from Ana to Rui"),
        "{}",
        stderr(&out)
    );
    // Removing a provider who is still named elsewhere warns.
    ok(&[
        "med",
        "add",
        "Lisinopril 10 mg daily",
        "--prescriber",
        "lee",
    ]);
    let out = ok(&["provider", "remove", "lee"]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("1 active medication(s) and 1 scheduled appointment(s)"),
        "{}",
        stderr(&out)
    );
    // A stop in the future is refused.
    let before = std::fs::read(env.binder_file()).unwrap();
    let out = ok(&["med", "stop", "m1", "--date", "in 10 days"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("in the future"));
    assert_eq!(std::fs::read(env.binder_file()).unwrap(), before);
}
