//! Exports and imports: every printout in every format (insta snapshots), iCalendar
//! parsed back, the FHIR IPS Bundle checked structurally, the portable JSON/TOML/YAML
//! round trip, merges, dry runs, FHIR Bundles of every type, and hostile files.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

/// Every command that builds the sample binder.
const SAMPLE: &[&[&str]] = &[
    &[
        "profile",
        "set",
        "--name",
        "Maria Souza",
        "--born",
        "1948-03-02",
        "--sex",
        "female",
        "--blood-type",
        "O+",
        "--insurance-carrier",
        "Acme Health",
        "--insurance-member-id",
        "XK-1234",
        "--pharmacy",
        "Main St Pharmacy",
        "--advance-directive",
        "top drawer of the desk; copy with Dr Lee",
    ],
    &[
        "provider",
        "add",
        "Dr Lee",
        "--role",
        "pcp",
        "--phone",
        "555-0100",
        "--org",
        "Lee Family Practice",
    ],
    &[
        "provider",
        "add",
        "Dr Amal Haddad",
        "--role",
        "specialist",
        "--specialty",
        "cardiology",
        "--phone",
        "555-0101",
    ],
    &[
        "contact",
        "add",
        "Ana Souza",
        "--relationship",
        "daughter",
        "--phone",
        "555-0199",
        "--liaison",
        "--authority",
        "health care proxy",
    ],
    &[
        "condition",
        "add",
        "type 2 diabetes",
        "--onset",
        "2019-03-01",
    ],
    &[
        "condition",
        "add",
        "atrial fibrillation",
        "--onset",
        "2024-01-10",
    ],
    &["condition", "add", "pneumonia", "--onset", "2026-11-17"],
    &["condition", "edit", "pneumonia", "--status", "resolved"],
    &[
        "allergy",
        "add",
        "penicillin",
        "--reaction",
        "hives",
        "--severity",
        "moderate",
        "--kind",
        "drug",
    ],
    &[
        "med",
        "add",
        "Metformin 500 mg tab, 1 tab PO BID with meals",
        "--prescriber",
        "Dr Lee",
        "--reason",
        "diabetes",
        "--start",
        "2019-03-15",
    ],
    &[
        "med",
        "add",
        "Apixaban 5 mg tablet twice daily",
        "--prescriber",
        "Dr Amal Haddad",
        "--reason",
        "atrial fibrillation",
        "--start",
        "2024-01-12",
    ],
    &[
        "med",
        "add",
        "Tylenol 500 mg 2 tabs q6h prn pain, max 6 tabs a day",
        "--kind",
        "otc",
    ],
    &[
        "med",
        "add",
        "Vitamin D3 1000 IU daily",
        "--kind",
        "supplement",
    ],
    &[
        "med",
        "add",
        "Amoxicillin 500 mg three times daily for 7 days",
        "--prescriber",
        "Dr Lee",
        "--start",
        "2026-11-17",
    ],
    &[
        "med",
        "stop",
        "Amoxicillin",
        "--date",
        "2026-11-24",
        "--reason",
        "course finished",
    ],
    &["med", "verify"],
    &[
        "procedure",
        "add",
        "cataract surgery, left eye",
        "--date",
        "2024-05-02",
        "--provider",
        "Dr Lee",
    ],
    &["immunization", "add", "influenza", "--date", "2026-10-02"],
    &[
        "encounter",
        "add",
        "St. Mary's Hospital",
        "--kind",
        "hospital",
        "--date",
        "2026-11-17",
        "--discharged",
        "2026-11-20",
        "--reason",
        "pneumonia",
    ],
    &[
        "result",
        "add",
        "HbA1c",
        "--value",
        "7.2",
        "--unit",
        "%",
        "--date",
        "2026-05-01",
        "--ordered-by",
        "Dr Lee",
    ],
    &[
        "result",
        "add",
        "HbA1c",
        "--value",
        "6.9",
        "--unit",
        "%",
        "--date",
        "2026-10-01",
        "--ordered-by",
        "Dr Lee",
        "--range",
        "4.0-5.6",
    ],
    &[
        "result",
        "add",
        "INR",
        "--value",
        "1.1",
        "--date",
        "2026-11-02",
    ],
    &["family", "add", "mother", "breast cancer at 52"],
    &[
        "device",
        "add",
        "pacemaker",
        "--date",
        "2024-02-10",
        "--model",
        "Medtronic Azure",
        "--notes",
        "MRI conditional",
    ],
    &[
        "appt",
        "add",
        "2026-09-15 10:00",
        "--with",
        "Dr Amal Haddad",
        "--reason",
        "echo",
    ],
    &["appt", "done", "ap1"],
    &[
        "appt",
        "add",
        "2026-12-01 14:30",
        "--with",
        "Dr Amal Haddad",
        "--reason",
        "echo follow-up, rhythm check",
        "--location",
        "Heart Center; 2nd floor",
    ],
    &[
        "appt",
        "add",
        "2026-12-10 09:00",
        "--with",
        "Dr Lee",
        "--reason",
        "diabetes review",
    ],
    &[
        "task",
        "add",
        "call cardiology about the echo",
        "--due",
        "2026-11-28",
    ],
    &[
        "question",
        "add",
        "Can I stop the aspirin before the dental work?",
        "--for",
        "Dr Lee",
    ],
    &[
        "question",
        "add",
        "Is the apixaban dose right after the hospital stay?",
        "--for",
        "Dr Amal Haddad",
    ],
    &["question", "add", "Should I get the RSV vaccine?"],
    &[
        "note",
        "add",
        "called cardiology; they will fax the echo to Dr Lee",
        "--with",
        "Dr Amal Haddad",
    ],
];

fn run_ok(env: &Env, key: &str, args: &[&str]) -> std::process::Output {
    let out = env.sess(key).args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    out
}

pub fn sample() -> (Env, String) {
    let (env, key) = Env::ready();
    for args in SAMPLE {
        run_ok(&env, &key, args);
    }
    (env, key)
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// Replaces UUIDs (8-4-4-4-12 hex) with `[uuid]` so snapshots are stable.
pub fn redact_uuids(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let is_uuid = |w: &[u8]| {
        w.len() == 36
            && w.iter().enumerate().all(|(n, c)| match n {
                8 | 13 | 18 | 23 => *c == b'-',
                _ => c.is_ascii_hexdigit(),
            })
    };
    while i < b.len() {
        if i + 36 <= b.len() && is_uuid(&b[i..i + 36]) {
            out.push_str("[uuid]");
            i += 36;
        } else {
            let ch = s[i..].chars().next().unwrap();
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

#[test]
fn printouts_in_every_format() {
    let (env, key) = sample();
    for what in [
        "summary",
        "medlist",
        "card",
        "emergency",
        "sbar",
        "questions",
    ] {
        for format in ["text", "markdown", "html"] {
            let out = run_ok(&env, &key, &["export", what, "--format", format]);
            insta::assert_snapshot!(format!("{what}_{format}"), stdout(&out));
        }
    }
    for what in ["summary", "questions", "sbar"] {
        let out = run_ok(&env, &key, &["export", what, "--for", "Haddad"]);
        insta::assert_snapshot!(format!("{what}_for_haddad"), stdout(&out));
    }
}

#[test]
fn calendar_is_rfc5545_and_parses() {
    let (env, key) = sample();
    let out = run_ok(&env, &key, &["export", "calendar"]);
    let ics = stdout(&out);
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75, "unfolded line: {line:?}");
        assert!(!line.contains('\n'));
    }
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    assert!(ics.contains("DTSTART:20261201T143000Z"));
    assert!(ics.contains("DTSTAMP:20261126T090000Z"));
    assert!(ics.contains("LOCATION:Heart Center\\; 2nd floor"));
    let appts = json(
        &env.sess(&key)
            .args(["--json", "appt", "list"])
            .output()
            .unwrap(),
    );
    for a in appts.as_array().unwrap() {
        assert!(ics.contains(&format!("UID:{}@phr", a["uuid"].as_str().unwrap())));
    }
    let unfolded = ics.replace("\r\n ", "");
    let parsed: icalendar::Calendar = unfolded.parse().expect("icalendar parses it");
    let events: Vec<_> = parsed
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 3);
    use icalendar::Component;
    let e = events
        .iter()
        .find(|e| e.get_summary().is_some_and(|s| s.contains("rhythm")))
        .unwrap();
    let loc = e
        .property_value("LOCATION")
        .unwrap_or_default()
        .replace("\\;", ";");
    assert_eq!(loc, "Heart Center; 2nd floor");
    assert_eq!(
        e.get_summary(),
        Some("echo follow-up, rhythm check with Dr Amal Haddad")
    );
    insta::assert_snapshot!("calendar", redact_uuids(&ics.replace("\r\n", "⏎\n")));
}

fn binder_bytes(env: &Env) -> Vec<u8> {
    std::fs::read(env.binder_file()).unwrap()
}

#[test]
fn portable_round_trip_in_every_syntax_merge_and_dry_run() {
    let (env, key) = sample();
    let (fresh, fkey) = Env::ready();
    for ext in ["json", "toml", "yaml"] {
        let file = env.path(&format!("tmp/binder.{ext}"));
        run_ok(&env, &key, &["export", ext, "-o", file.to_str().unwrap()]);
        let first = std::fs::read_to_string(&file).unwrap();
        // Into an empty binder: identical records, ids, UUIDs, timestamps and log.
        let (empty, ekey) = Env::ready();
        run_ok(&empty, &ekey, &["import", file.to_str().unwrap()]);
        let again = run_ok(&empty, &ekey, &["export", ext]);
        assert_eq!(stdout(&again), first, "{ext} round trip");
        // A dry run into another binder changes nothing, byte for byte.
        let before = binder_bytes(&fresh);
        let out = run_ok(
            &fresh,
            &fkey,
            &["--json", "import", "--dry-run", file.to_str().unwrap()],
        );
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(report["dry_run"], true);
        assert!(
            report["kinds"]
                .as_array()
                .unwrap()
                .iter()
                .any(|k| k["kind"] == "medication" && k["added"] == 5)
        );
        assert_eq!(
            binder_bytes(&fresh),
            before,
            "{ext} dry run changed the binder"
        );
    }
    let json_file = env.path("tmp/binder.json");
    if json_file.exists() {
        let exported: Value =
            serde_json::from_str(&std::fs::read_to_string(&json_file).unwrap()).unwrap();
        assert_eq!(exported["format"], "phr-binder");
        assert_eq!(exported["version"], 1);
    }
    // Merge: importing twice adds nothing; a newer edit in the file wins.
    let file = env.path("tmp/binder.json");
    let p = file.to_str().unwrap();
    run_ok(&fresh, &fkey, &["condition", "add", "gout"]);
    run_ok(&fresh, &fkey, &["import", p]);
    let meds = med_texts(&fresh, &fkey);
    assert_eq!(meds.len(), 5);
    let out = run_ok(&fresh, &fkey, &["--json", "import", p]);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    for k in report["kinds"].as_array().unwrap() {
        assert_eq!(k["added"], 0, "{k}");
        assert_eq!(k["updated"], 0, "{k}");
    }
    let conds = json(
        &fresh
            .sess(&fkey)
            .args(["--json", "condition", "list"])
            .output()
            .unwrap(),
    );
    assert_eq!(
        conds.as_array().unwrap().len(),
        4,
        "gout kept, three imported"
    );
    // A newer version of a record in the file replaces the binder's.
    let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let m = &mut doc["medications"][0];
    m["text"] = "Metformin 1000 mg tab, 1 tab PO BID with meals".into();
    m["updated_at"] = "2027-01-01T00:00:00Z".into();
    let newer = env.path("tmp/newer.json");
    std::fs::write(&newer, serde_json::to_string(&doc).unwrap()).unwrap();
    let out = run_ok(
        &fresh,
        &fkey,
        &["--json", "import", newer.to_str().unwrap()],
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let med = report["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == "medication")
        .unwrap()
        .clone();
    assert_eq!(med["updated"], 1);
    assert!(
        med_texts(&fresh, &fkey)
            .iter()
            .any(|t| t.contains("1000 mg"))
    );
    assert_eq!(med_texts(&fresh, &fkey).len(), 5);
}

#[test]
fn export_files_are_private_and_never_overwrite_or_touch_the_binder() {
    let (env, key) = Env::ready();
    let out_file = env.path("tmp/medlist.html");
    let p = out_file.to_str().unwrap();
    run_ok(
        &env,
        &key,
        &["export", "medlist", "--format", "html", "-o", p],
    );
    use std::os::unix::fs::MetadataExt;
    assert_eq!(std::fs::metadata(&out_file).unwrap().mode() & 0o777, 0o600);
    let again = env
        .sess(&key)
        .args(["export", "medlist", "-o", p])
        .output()
        .unwrap();
    assert_eq!(code(&again), 1);
    assert!(stderr(&again).contains("--force"));
    run_ok(&env, &key, &["export", "medlist", "-o", p, "--force"]);
    assert!(
        std::fs::read_to_string(&out_file)
            .unwrap()
            .starts_with("My medicines")
    );
    let before = binder_bytes(&env);
    for target in ["binder.age", "identity.age", "new.json"] {
        let t: PathBuf = env.binder_dir().join(target);
        let o = env
            .sess(&key)
            .args(["export", "json", "--force", "-o", t.to_str().unwrap()])
            .output()
            .unwrap();
        assert_ne!(code(&o), 0, "{target}");
        assert!(stderr(&o).contains("binder directory"), "{}", stderr(&o));
    }
    assert_eq!(binder_bytes(&env), before);
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Structural IPS checks: Composition first, required section codes, references that
/// resolve inside the Bundle, unique fullUrls.
pub fn check_ips(b: &Value) {
    assert_eq!(b["resourceType"], "Bundle");
    assert_eq!(b["type"], "document");
    let entries = b["entry"].as_array().unwrap();
    assert_eq!(entries[0]["resource"]["resourceType"], "Composition");
    let mut urls: Vec<&str> = entries
        .iter()
        .map(|e| e["fullUrl"].as_str().unwrap())
        .collect();
    assert!(urls.iter().all(|u| u.starts_with("urn:uuid:")));
    let n = urls.len();
    urls.sort();
    urls.dedup();
    assert_eq!(urls.len(), n, "fullUrls are unique");
    let comp = &entries[0]["resource"];
    assert_eq!(comp["type"]["coding"][0]["code"], "60591-5");
    let codes: Vec<&str> = comp["section"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["code"]["coding"][0]["code"].as_str().unwrap())
        .collect();
    for c in ["11450-4", "48765-2", "10160-0"] {
        assert!(codes.contains(&c), "section {c}");
    }
    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    if k == "reference" {
                        if let Some(s) = x.as_str() {
                            out.push(s);
                        }
                    } else {
                        refs(x, out);
                    }
                }
            }
            Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    refs(b, &mut all);
    assert!(!all.is_empty());
    for r in all {
        assert!(
            urls.binary_search(&r).is_ok(),
            "reference {r} does not resolve"
        );
    }
    for s in comp["section"].as_array().unwrap() {
        assert!(s["entry"].is_array() != s["emptyReason"].is_object(), "{s}");
    }
}

#[test]
fn fhir_export_is_an_ips_document() {
    let (env, key) = sample();
    let out = run_ok(&env, &key, &["export", "fhir"]);
    let b: Value = serde_json::from_slice(&out.stdout).unwrap();
    check_ips(&b);
    if let Some(p) = std::env::var_os("PHR_FHIR_DUMP") {
        std::fs::write(p, &out.stdout).unwrap();
    }
    let types: Vec<&str> = b["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["resource"]["resourceType"].as_str().unwrap())
        .collect();
    for t in [
        "Patient",
        "Practitioner",
        "Organization",
        "MedicationStatement",
        "Condition",
        "AllergyIntolerance",
        "Immunization",
        "Procedure",
        "Observation",
        "DeviceUseStatement",
        "Device",
    ] {
        assert!(types.contains(&t), "{t}");
    }
    // Our own IPS reads back: into the same binder it adds nothing, into a fresh one the records.
    let ips = env.path("tmp/ips.json");
    std::fs::write(&ips, &out.stdout).unwrap();
    let r = import_json(&env, &key, &ips);
    for k in r["kinds"].as_array().unwrap() {
        assert_eq!(k["added"], 0, "{k}");
    }
    let (fresh, fkey) = Env::ready();
    let r = import_json(&fresh, &fkey, &ips);
    assert_eq!(added(&r, "medication"), 5);
    assert_eq!(added(&r, "condition"), 3);
    assert_eq!(added(&r, "allergy"), 1);
    assert_eq!(added(&r, "result"), 3);
    // The same binder exports the same resource names.
    let again: Value =
        serde_json::from_slice(&run_ok(&env, &key, &["export", "fhir"]).stdout).unwrap();
    assert_eq!(again, b);
    // An empty binder: required sections carry an emptyReason; "no known allergies" is coded.
    let (empty, ekey) = Env::ready();
    run_ok(
        &empty,
        &ekey,
        &["profile", "set", "--name", "Jo Doe", "--born", "1990-01-01"],
    );
    let e: Value =
        serde_json::from_slice(&run_ok(&empty, &ekey, &["export", "fhir"]).stdout).unwrap();
    check_ips(&e);
    assert_eq!(
        e["entry"][0]["resource"]["section"][1]["emptyReason"]["coding"][0]["code"],
        "notasked"
    );
    run_ok(&empty, &ekey, &["allergy", "none"]);
    let e: Value =
        serde_json::from_slice(&run_ok(&empty, &ekey, &["export", "fhir"]).stdout).unwrap();
    check_ips(&e);
    let nka = e["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["resource"]["resourceType"] == "AllergyIntolerance")
        .unwrap();
    assert_eq!(nka["resource"]["code"]["coding"][0]["code"], "716186003");
    if let Some(p) = std::env::var_os("PHR_FHIR_DUMP") {
        std::fs::write(
            format!("{}.empty.json", p.to_string_lossy()),
            serde_json::to_vec_pretty(&e).unwrap(),
        )
        .unwrap();
    }
}

fn import_json(env: &Env, key: &str, file: &Path) -> Value {
    let out = env
        .sess(key)
        .args(["--json", "import", file.to_str().unwrap()])
        .output()
        .unwrap();
    json(&out)
}

fn added(report: &Value, kind: &str) -> u64 {
    report["kinds"]
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["kind"] == kind)
        .map_or(0, |k| k["added"].as_u64().unwrap())
}

fn list(env: &Env, key: &str, kind: &str) -> Vec<Value> {
    let mut args = vec!["--json", kind, "list"];
    if kind == "med" {
        args.push("--all");
    }
    json(&env.sess(key).args(&args).output().unwrap())
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn fhir_bundles_of_every_type_import_once() {
    let (env, key) = Env::ready();
    // document: profile, no known allergies, a condition, a MedicationStatement naming a contained Medication
    let r = import_json(&env, &key, &fixture("fhir_document.json"));
    assert_eq!(added(&r, "condition"), 1);
    assert_eq!(added(&r, "medication"), 1);
    assert_eq!(added(&r, "no known allergies"), 1);
    assert_eq!(added(&r, "profile"), 3);
    let profile = json(
        &env.sess(&key)
            .args(["--json", "profile", "show"])
            .output()
            .unwrap(),
    );
    assert_eq!(profile["name"], "Tess Tester");
    assert_eq!(profile["born"], "1950-04-05");
    let meds = list(&env, &key, "med");
    assert_eq!(
        meds[0]["text"],
        "Lisinopril 10 mg tablet, 1 tablet by mouth once daily"
    );
    assert_eq!(meds[0]["parsed"]["name"], "lisinopril");
    assert_eq!(meds[0]["start_date"], "2015-06-10");
    // collection: practitioner with role, a stopped MedicationRequest naming a Medication in the Bundle,
    // a long id, references outside the Bundle, a decimal written as a string
    let out = env
        .sess(&key)
        .args([
            "--json",
            "import",
            fixture("fhir_collection.json").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let r = json(&out);
    assert_eq!(added(&r, "provider"), 1);
    assert_eq!(added(&r, "medication"), 1);
    assert_eq!(added(&r, "result"), 1);
    let warnings = r["warnings"].to_string();
    assert!(warnings.contains("64 characters"), "{warnings}");
    assert!(warnings.contains("strings"), "{warnings}");
    assert!(stderr(&out).contains("Warning"));
    assert!(
        r["skipped"].to_string().contains("not asked"),
        "{}",
        r["skipped"]
    );
    assert!(
        list(&env, &key, "allergy").is_empty(),
        "\"Not on File\" is no allergy"
    );
    let p = &list(&env, &key, "provider")[0];
    assert_eq!(p["name"], "Dr Grace Okafor");
    assert_eq!(p["specialty"], "Endocrinology");
    assert_eq!(p["org"], "Riverside Clinic");
    let m = list(&env, &key, "med")
        .into_iter()
        .find(|m| m["text"].as_str().unwrap().contains("metformin"))
        .unwrap();
    assert_eq!(m["status"], "stopped");
    assert_eq!(m["stop_date"], "2025-02-01");
    assert_eq!(m["prescriber"], "Dr Grace Okafor");
    let res = &list(&env, &key, "result")[0];
    assert_eq!(res["value"], "6.8");
    assert_eq!(res["range"], "4.0-5.6");
    assert_eq!(res["date"], "2026-10-01");
    // transaction: immunization, procedure, hospital stay, family history, contact; a Claim skipped
    let r = import_json(&env, &key, &fixture("fhir_transaction.json"));
    for k in [
        "immunization",
        "procedure",
        "encounter",
        "family",
        "contact",
    ] {
        assert_eq!(added(&r, k), 1, "{k}");
    }
    assert!(r["skipped"].to_string().contains("Claim"));
    let e = &list(&env, &key, "encounter")[0];
    assert_eq!(e["kind"], "hospital");
    assert_eq!(e["discharged"], "2026-11-20");
    assert_eq!(list(&env, &key, "immunization")[0]["lot"], "FLU123");
    // batch: an appointment, a blood pressure, an allergy (ends "no known allergies"); a DELETE skipped
    let r = import_json(&env, &key, &fixture("fhir_batch.json"));
    assert_eq!(added(&r, "appt"), 1);
    assert_eq!(added(&r, "allergy"), 1);
    assert_eq!(added(&r, "result"), 1);
    let a = &list(&env, &key, "appt")[0];
    assert_eq!(a["with"], "Dr Ines Moreau");
    assert_eq!(a["when"], "2026-12-03T15:00:00+00:00");
    assert!(
        list(&env, &key, "result")
            .iter()
            .any(|r| r["value"] == "128/82")
    );
    assert_eq!(list(&env, &key, "allergy")[0]["severity"], "severe");
    // searchset: matches imported, the OperationOutcome skipped; the unresolved Medication named by its display
    let r = import_json(&env, &key, &fixture("fhir_searchset.json"));
    assert_eq!(added(&r, "medication"), 2);
    let meds = list(&env, &key, "med");
    let ator = meds
        .iter()
        .find(|m| m["text"].as_str().unwrap().starts_with("Atorvastatin"))
        .unwrap();
    assert_eq!(ator["reason"], "High cholesterol");
    assert_eq!(ator["prescriber"], "Dr Ines Moreau");
    let ibu = meds
        .iter()
        .find(|m| m["text"].as_str().unwrap().starts_with("Ibuprofen"))
        .unwrap();
    assert_eq!(ibu["status"], "stopped");
    assert_eq!(ibu["kind"], "otc");
    // Every file again: nothing added, the binder unchanged byte for byte.
    let before = binder_bytes(&env);
    for f in [
        "fhir_document.json",
        "fhir_collection.json",
        "fhir_transaction.json",
        "fhir_batch.json",
        "fhir_searchset.json",
    ] {
        let r = import_json(&env, &key, &fixture(f));
        for k in r["kinds"].as_array().unwrap() {
            assert_eq!(
                k["added"].as_u64().unwrap() + k["updated"].as_u64().unwrap(),
                0,
                "{f}: {k}"
            );
        }
    }
    assert_eq!(binder_bytes(&env), before);
    // The table for people.
    let out = run_ok(
        &env,
        &key,
        &[
            "import",
            "--dry-run",
            fixture("fhir_transaction.json").to_str().unwrap(),
        ],
    );
    assert!(stdout(&out).contains("immunization"));
}

#[test]
fn hostile_files_fail_cleanly_and_change_nothing() {
    let (env, key) = Env::ready();
    run_ok(&env, &key, &["condition", "add", "asthma"]);
    let before = binder_bytes(&env);
    let dir = env.tmp();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "deep.json",
            format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
            "nested too deeply",
        ),
        (
            "bad-utf8.json",
            b"{\"resourceType\": \"Bundle\",\n \"id\": \"\xff\xfe\"}".to_vec(),
            "line 2, column",
        ),
        (
            "wrong-type.json",
            br#"{"resourceType": "Bundle", "type": "collection", "entry": "oops"}"#.to_vec(),
            "Bundle.entry is not a list",
        ),
        (
            "history.json",
            br#"{"resourceType": "Bundle", "type": "history", "entry": []}"#.to_vec(),
            "history",
        ),
        (
            "broken.json",
            b"{\n  \"resourceType\": \"Bundle\",\n  \"type\": \n".to_vec(),
            "line 4",
        ),
        ("other.json", br#"{"hello": "world"}"#.to_vec(), "neither"),
        (
            "bad.toml",
            b"format = \"phr-binder\"\nversion = \n".to_vec(),
            "TOML",
        ),
        (
            "future.json",
            br#"{"format": "phr-binder", "version": 99}"#.to_vec(),
            "version 99",
        ),
    ];
    for (name, bytes, expect) in cases {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        let out = env
            .sess(&key)
            .args(["import", p.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(code(&out), 1, "{name}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains(name), "{name}: {err}");
        assert!(err.contains(expect), "{name}: {err}");
        assert_eq!(binder_bytes(&env), before, "{name}");
    }
    // Too large: refused before parsing.
    let big = dir.join("big.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(33 * 1024 * 1024).unwrap();
    let out = env
        .sess(&key)
        .args(["import", big.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    assert!(
        stderr(&out).contains("larger than 32 MiB"),
        "{}",
        stderr(&out)
    );
    // A failure half-way leaves nothing behind: a valid file with one bad entry.
    let half = dir.join("half.json");
    std::fs::write(&half, r#"{"format": "phr-binder", "version": 1, "conditions": [{"uuid": "7e1f0000-0000-4000-8000-000000000001", "name": "gout", "created_at": "t", "updated_at": "t"}], "log": "nope"}"#).unwrap();
    let out = env
        .sess(&key)
        .args(["import", half.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    assert_eq!(binder_bytes(&env), before);
}
