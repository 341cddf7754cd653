//! `phr reconcile` end to end: report only by default, --apply, the second run shows
//! everything unchanged, history with the list's source, follow-up questions and
//! discharge tasks, every input format, and refusals that leave the binder alone.

use serde_json::Value;

use crate::common::*;

const SAVED: &[&str] = &[
    "Metformin 500 mg tab, 1 tab PO BID with meals",
    "Lisinopril 10 mg daily",
    "Simvastatin 40 mg at bedtime",
    "Tylenol 500 mg 2 tabs q6h prn pain",
    "Aspirin 81 mg daily",
];

const DISCHARGE: &str = "# St. Mary discharge
metformin 500 mg twice daily with meals
lisinopril 20 mg once daily
atorvastatin 40 mg nightly
acetaminophen 500 mg 2 tablets every 6 hours as needed for pain
";

fn setup() -> (Env, String) {
    let (env, key) = Env::ready();
    for m in SAVED {
        env.sess(&key).args(["med", "add", m]).assert().success();
    }
    (env, key)
}

fn statuses(report: &Value) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let name = i["saved"]
                .as_array()
                .unwrap()
                .iter()
                .chain(i["new"].as_array().unwrap())
                .map(|x| {
                    x["text"]
                        .as_str()
                        .unwrap()
                        .split_whitespace()
                        .next()
                        .unwrap()
                        .to_lowercase()
                })
                .next()
                .unwrap();
            (name, i["status"].as_str().unwrap().to_owned())
        })
        .collect();
    v.sort();
    v
}

#[test]
fn report_only_changes_nothing_then_apply_then_all_unchanged() {
    let (env, key) = setup();
    let list = env.path("discharge.txt");
    std::fs::write(&list, DISCHARGE).unwrap();
    let before = std::fs::read(env.binder_file()).unwrap();
    let report = json(
        &env.sess(&key)
            .args(["--json", "reconcile"])
            .arg(&list)
            .output()
            .unwrap(),
    );
    assert_eq!(
        std::fs::read(env.binder_file()).unwrap(),
        before,
        "report-only changed the binder"
    );
    assert_eq!(
        statuses(&report),
        [
            ("aspirin".into(), "discontinued".into()),
            ("atorvastatin".into(), "new".into()),
            ("lisinopril".into(), "changed".into()),
            ("metformin".into(), "unchanged".into()),
            ("simvastatin".into(), "discontinued".into()),
            ("tylenol".into(), "unchanged".into()),
        ]
    );
    let lis = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "changed")
        .unwrap();
    assert_eq!(lis["changes"], serde_json::json!(["dose"]));
    assert_eq!(lis["saved"][0]["id"], "m2");
    assert_eq!(lis["new"][0]["index"], 1);
    let tylenol = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["saved"][0]["id"] == "m4")
        .unwrap();
    assert_eq!(tylenol["match"], "brand_generic");
    let flags: Vec<&str> = report["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["type"].as_str().unwrap())
        .collect();
    assert!(flags.contains(&"therapeutic_substitution"), "{flags:?}");

    env.sess(&key)
        .args([
            "reconcile",
            "--apply",
            "--source",
            "St. Mary discharge 2026-11-20",
        ])
        .arg(&list)
        .assert()
        .success();
    let again = json(
        &env.sess(&key)
            .args(["--json", "reconcile"])
            .arg(&list)
            .output()
            .unwrap(),
    );
    assert!(
        again["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["status"] == "unchanged"),
        "{again:#}"
    );
    let meds = json(
        &env.sess(&key)
            .args(["--json", "med", "list", "--all"])
            .output()
            .unwrap(),
    );
    let by_id = |id: &str| {
        meds.as_array()
            .unwrap()
            .iter()
            .find(|m| m["id"] == id)
            .unwrap()
            .clone()
    };
    assert_eq!(by_id("m2")["text"], "lisinopril 20 mg once daily");
    assert_eq!(by_id("m3")["status"], "stopped");
    assert_eq!(by_id("m3")["stop_date"], "2026-11-26");
    assert_eq!(by_id("m5")["status"], "stopped");
    let h = json(
        &env.sess(&key)
            .args(["--json", "med", "history", "m2"])
            .output()
            .unwrap(),
    );
    let last = h.as_array().unwrap().last().unwrap();
    assert_eq!(last["source"], "St. Mary discharge 2026-11-20");
    assert_eq!(last["old"]["text"], "Lisinopril 10 mg daily");
    assert_eq!(last["new"]["text"], "lisinopril 20 mg once daily");
    // The substitution warning became a question for the next visit.
    let qs = json(
        &env.sess(&key)
            .args(["--json", "question", "list"])
            .output()
            .unwrap(),
    );
    assert!(
        qs.as_array().unwrap().iter().any(|q| q["text"]
            .as_str()
            .unwrap()
            .starts_with("Aspirin 81 mg daily was stopped")),
        "{qs:#}"
    );
    assert!(
        qs.as_array()
            .unwrap()
            .iter()
            .any(|q| q["text"].as_str().unwrap().contains("atorvastatin")),
        "{qs:#}"
    );
}

#[test]
fn no_questions_and_discharge_tasks() {
    let (env, key) = setup();
    let list = env.path("discharge.txt");
    std::fs::write(&list, DISCHARGE).unwrap();
    env.sess(&key)
        .args([
            "reconcile",
            "--discharge",
            "--no-questions",
            "--date",
            "2026-11-20",
        ])
        .arg(&list)
        .assert()
        .success();
    let qs = json(
        &env.sess(&key)
            .args(["--json", "question", "list"])
            .output()
            .unwrap(),
    );
    assert!(qs.as_array().unwrap().is_empty());
    let tasks = json(
        &env.sess(&key)
            .args(["--json", "task", "list"])
            .output()
            .unwrap(),
    );
    let due: Vec<&str> = tasks
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["due"].as_str().unwrap())
        .collect();
    assert_eq!(due, ["2026-11-23", "2026-11-27"]);
    // --discharge alone did not accept any medication change.
    assert_eq!(
        json(
            &env.sess(&key)
                .args(["--json", "med", "list"])
                .output()
                .unwrap()
        )
        .as_array()
        .unwrap()
        .len(),
        5
    );
}

#[test]
fn every_input_format_reads_the_same_list() {
    let (env, key) = setup();
    let files: &[(&str, &str)] = &[
        (
            "list.yaml",
            "source: Dr Haddad\nmedications:\n  - metformin 500 mg twice daily\n  - name: lisinopril\n    strength: 20 mg\n    sig: once daily\n",
        ),
        (
            "list.toml",
            "source = \"Dr Haddad\"\nmedications = [\"metformin 500 mg twice daily\", { name = \"lisinopril\", strength = \"20 mg\", sig = \"once daily\" }]\n",
        ),
        (
            "list.json",
            r#"{"source": "Dr Haddad", "medications": ["metformin 500 mg twice daily", {"name": "lisinopril", "strength": "20 mg", "sig": "once daily"}]}"#,
        ),
        (
            "list.csv",
            "name,strength,sig\nmetformin,500 mg,twice daily\nlisinopril,20 mg,once daily\n",
        ),
        (
            "list.fhir.json",
            r#"{"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
              "medicationCodeableConcept": {"text": "metformin 500 mg tablet"},
              "dosageInstruction": [{"text": "1 tablet twice daily"}]}},
            {"resource": {"resourceType": "MedicationStatement", "status": "active",
              "medicationCodeableConcept": {"text": "lisinopril 20 mg tablet"},
              "dosage": [{"text": "1 tablet once daily"}]}}]}"#,
        ),
    ];
    for (name, body) in files {
        let p = env.path(name);
        std::fs::write(&p, body).unwrap();
        let mut c = env.sess(&key);
        c.args(["--json", "reconcile"]).arg(&p);
        if name.contains("fhir") {
            c.args(["--format", "fhir"]);
        }
        let r = json(&c.output().unwrap());
        let st = statuses(&r);
        assert!(
            st.contains(&("metformin".into(), "unchanged".into())),
            "{name}: {st:?}"
        );
        assert!(
            st.iter().any(|(n, s)| n == "lisinopril" && s == "changed"),
            "{name}: {st:?}"
        );
    }
}

#[test]
fn allergy_and_interaction_warnings() {
    let (env, key) = Env::ready();
    env.sess(&key)
        .args([
            "allergy",
            "add",
            "penicillin",
            "--kind",
            "drug",
            "--reaction",
            "hives",
        ])
        .assert()
        .success();
    env.sess(&key)
        .args(["med", "add", "Warfarin 5 mg daily"])
        .assert()
        .success();
    let list = env.path("new.txt");
    std::fs::write(&list, "warfarin 5 mg daily\namoxicillin 500 mg three times daily for 7 days\nibuprofen 400 mg every 6 hours as needed\n").unwrap();
    let r = json(
        &env.sess(&key)
            .args(["--json", "reconcile"])
            .arg(&list)
            .output()
            .unwrap(),
    );
    let types: Vec<&str> = r["flags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["type"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"allergy"), "{types:?}");
    assert!(types.contains(&"interaction"), "{types:?}");
    for f in r["flags"].as_array().unwrap() {
        let m = f["message"].as_str().unwrap().to_lowercase();
        assert!(m.contains("pharmacist") || m.contains("doctor"), "{m}");
    }
}

#[test]
fn bad_lists_are_refused_and_change_nothing() {
    let (env, key) = setup();
    let before = std::fs::read(env.binder_file()).unwrap();
    let cases: &[(&str, &[u8])] = &[
        ("junk.bin", &[0, 159, 146, 150, 0, 1, 2, 255]),
        ("bad.json", b"{\"medications\": [\"aspirin\", }"),
        ("bad.yaml", b"medications:\n  - [unclosed\n"),
        ("deep.json", &[b'['; 100_000]),
    ];
    for (name, body) in cases {
        let p = env.path(name);
        std::fs::write(&p, body).unwrap();
        let out = env
            .sess(&key)
            .args(["reconcile", "--apply"])
            .arg(&p)
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        assert!(
            stderr(&out).contains(name),
            "{name}: the error should name the file: {}",
            stderr(&out)
        );
        assert_eq!(std::fs::read(env.binder_file()).unwrap(), before, "{name}");
    }
    let out = env
        .sess(&key)
        .args(["reconcile", "/nonexistent/list.txt"])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    // The list is judged before the binder: with no key to open it (and a list read
    // while the binder opens), a bad list is still the error given.
    for mut locked in [env.cmd(), env.sess("not-a-session")] {
        let out = locked
            .args(["reconcile"])
            .arg(env.path("bad.json"))
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{}", stderr(&out));
        assert!(stderr(&out).contains("bad.json"), "{}", stderr(&out));
    }
}
