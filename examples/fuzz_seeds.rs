//! Writes the seed corpora under `fuzz/corpus/<target>/` (small inputs written by us:
//! medication lines, dates, passphrase files, identity texts, age files for the fuzzer's
//! fixed test key, a small binder image, new medication lists in every format, a phr
//! binder export and a FHIR Bundle, and export rows for the export's own writers). Run: `cargo run --example fuzz_seeds`.

use std::io::Write;
use std::path::Path;

use phr::binder::crypto::{self, Keys, OwnerKey, Passphrase};
use phr::binder::{self, Binder, BinderPaths, KeyOrigin};
use phr::export::portable;
use phr::records::generic;
use phr::records::kinds;
use phr::records::med::{self, NewMedication};
use rusqlite::MAIN_DB;

/// The fuzzer's published test key (bytes 1..=32); see `fuzz/fuzz_targets/binder_open.rs`.
const FUZZ_KEY: &str = "AGE-SECRET-KEY-1QYPQXPQ9QCRSSZG2PVXQ6RS0ZQG3YYC5Z5TPWXQERGD3C8G7RUSQGPQYEE";
const NOW: &str = "2026-11-26T09:00:00Z";

fn put(target: &str, name: &str, bytes: &[u8]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    std::fs::create_dir_all(&dir).expect("corpus dir");
    std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("seed");
}

fn with_selector(sel: u8, bytes: &[u8]) -> Vec<u8> {
    let mut v = vec![sel];
    v.extend_from_slice(bytes);
    v
}

fn main() {
    let meds = [
        "Lisinopril 10 mg tablet, 1 tablet by mouth once daily",
        "metformin 500mg 2 tabs po bid with meals",
        "Tylenol 325 mg 1-2 tablets every 4-6 hours as needed for pain, max 8/day",
        "Latanoprost 0.005% 1 drop in both eyes at bedtime",
        "Amoxicillin/clavulanate 875/125 mg q12h x 10 days",
        "Vitamin D3 1000 IU daily",
        "insulin glargine 100 units/mL 22 units subcut qHS",
        "Prednisone 20 mg daily for 5 days then 10 mg daily for 5 days",
        "",
        "½ tab Mon Wed Fri 🙂",
    ];
    for (i, m) in meds.iter().enumerate() {
        put("sig_parse", &format!("{i:02}"), m.as_bytes());
        // Each line's parse as the binder stores it.
        let stored = serde_json::to_string(&phr::sig::parse(m)).expect("a parse serializes");
        put("stored_parse", &format!("{i:02}"), stored.as_bytes());
        // The parse as a row of the portable export holds it, for its writers.
        let row = format!(
            r#"{{"id":"m{i}","text":{},"status":"active","parsed":{stored},"created_at":"{NOW}"}}"#,
            serde_json::to_string(m).expect("a string serializes")
        );
        put("export_writers", &format!("{i:02}"), row.as_bytes());
    }
    let odd = [
        r#"{"a":"0123","b":"9.9","c":"true","d":"x: y","e":"two\nlines","f":"caf\u00e9"}"#,
        r#"{"a":[],"b":{},"c":[[1,2],[3]],"d":[{"e":null}],"f":1e300,"g":-0.0,"h":1.5e-5}"#,
        r#"{"k y":1,"!tag":{"x":1},"":"empty","q":"say \"hi\"","t":"tab\there"}"#,
    ];
    for (i, doc) in odd.iter().enumerate() {
        put("export_writers", &format!("odd-{i}"), doc.as_bytes());
    }
    let dates = [
        "2026-11-26",
        "today",
        "tomorrow",
        "in 3 days",
        "2 weeks ago",
        "next monday",
        "2026-11-26 14:30",
        "tomorrow 9:30",
        "next friday 2pm",
        "in 9999 years",
        "262143-12-31",
    ];
    for (i, d) in dates.iter().enumerate() {
        put("dates", &format!("{i:02}"), d.as_bytes());
    }
    let passes: [&[u8]; 5] = [
        b"correct horse battery staple\n",
        b"with windows ending\r\nsecond line\n",
        b"\n",
        b"no newline",
        b"\xff\xfe not utf-8\n",
    ];
    for (i, p) in passes.iter().enumerate() {
        put("passphrase_file", &format!("{i:02}"), p);
    }

    // binder_open: 0 identity text, 1 passphrase-wrapped, 2 binder.age, 3 image.
    let key = OwnerKey::parse(FUZZ_KEY).expect("fuzz key");
    let recipient = key.recipient();
    let ident = key.to_identity_file(NOW);
    put(
        "binder_open",
        "0-identity",
        &with_selector(0, ident.as_bytes()),
    );
    put(
        "binder_open",
        "0-bare-key",
        &with_selector(0, FUZZ_KEY.as_bytes()),
    );
    put(
        "binder_open",
        "0-ssh-pub",
        &with_selector(0, b"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7yBrq8WN6D6Tq9pxkL3g1hmvXh0fYmvE5vQ6pS8dKX fuzz"),
    );
    // A passphrase file at work factor 2 (the fuzz target caps at 4).
    let mut r = age::scrypt::Recipient::new("fuzz passphrase".to_owned().into());
    r.set_work_factor(2);
    let enc = age::Encryptor::with_recipients(std::iter::once(&r as &dyn age::Recipient))
        .expect("encryptor");
    let mut wrapped = Vec::new();
    let mut w = enc.wrap_output(&mut wrapped).expect("wrap");
    w.write_all(ident.as_bytes()).expect("write");
    w.finish().expect("finish");
    put("binder_open", "1-identity-age", &with_selector(1, &wrapped));

    // A small binder: a few records of each common kind, 512-byte pages.
    let root = tempfile::tempdir().expect("tempdir");
    let paths = BinderPaths::new(root.path().join("b"));
    let owner = Binder::create(&paths, &Passphrase::new("seed".into()), NOW).expect("create");
    let keys = Keys::single(owner.into_identity());
    let mut b = Binder::open_write(&paths, &keys, KeyOrigin::Owner).expect("open");
    for m in &meds[..4] {
        let new = NewMedication {
            text: (*m).to_owned(),
            ..Default::default()
        };
        med::add(b.conn_mut(), &new, NOW).expect("med");
    }
    let mut v = generic::Values::new();
    v.insert("test", "HbA1c".into());
    v.insert("value", "7.2".into());
    v.insert("date", "2026-10-01".into());
    generic::insert(b.conn(), &kinds::RESULT, &v, NOW, None).expect("result");
    let mut v = generic::Values::new();
    v.insert("text", "called the pharmacy".into());
    generic::insert(b.conn(), &kinds::NOTE, &v, NOW, None).expect("note");
    b.conn()
        .execute_batch("PRAGMA page_size = 512; VACUUM;")
        .expect("vacuum");
    let image = b.conn_mut().serialize(MAIN_DB).expect("serialize").to_vec();
    println!("image: {} bytes", image.len());
    put("binder_open", "3-image", &with_selector(3, &image));
    let ct = crypto::encrypt_to_recipients(&image, &[recipient]).expect("encrypt");
    put("binder_open", "2-binder-age", &with_selector(2, &ct));
    let _ = binder::DEFAULT_BACKUPS;

    reconcile_list_seeds();
    import_seeds(b.conn());
}

/// `reconcile_list`: 0 sniffed, 1 text, 2 JSON, 3 YAML, 4 TOML, 5 CSV, 6 FHIR.
fn reconcile_list_seeds() {
    let text = "# discharge list\n- Lisinopril 20 mg tablet once daily\n2) metformin 500 mg twice daily\n• warfarin 2.5 mg daily\n";
    let json = r#"{"source": "St. Mary discharge", "date": "2026-11-20", "medications": ["lisinopril 20 mg once daily", {"name": "metformin", "strength": "500 mg", "sig": "twice daily", "prescriber": "Dr Lee"}, {"name": "ibuprofen", "strength": "400 mg", "prn": true, "reason": "pain"}]}"#;
    let json_array = r#"["lisinopril 20 mg once daily", {"text": "amoxicillin 500 mg three times daily for 7 days"}]"#;
    let yaml = "source: new doctor\ndate: 2026-11-20\nmedications:\n  - lisinopril 20 mg once daily\n  - name: metformin\n    strength: 500 mg\n    sig: twice daily\n  - {name: ibuprofen, prn: yes, reason: headache}\n";
    let toml = "source = \"clinic\"\ndate = 2026-11-20\n\n[[medications]]\nname = \"metformin\"\nstrength = \"500 mg\"\nsig = \"twice daily\"\n\n[[medications]]\ntext = \"warfarin 5 mg daily\"\n";
    let toml_inline = "medications = [\"lisinopril 20 mg once daily\", { name = \"aspirin\", strength = \"81 mg\" }]\n";
    let csv = "name,strength,form,sig,prn,reason,prescriber\nmetformin,500 mg,tablet,twice daily,,,Dr Lee\nibuprofen,400 mg,,every 6 hours,yes,pain,\n\"acetaminophen, extra\",500 mg,,,x,\"fever, pain\",\n";
    let csv_text = "text,reason\n# a comment\nlisinopril 20 mg once daily,blood pressure\n";
    let fhir = r##"{"resourceType": "Bundle", "type": "collection", "timestamp": "2026-11-20T10:00:00Z", "entry": [
  {"fullUrl": "urn:uuid:5d1c0000-0000-4000-8000-000000000001", "resource": {"resourceType": "Medication", "id": "med1", "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "314076", "display": "lisinopril 10 MG Oral Tablet"}]}}},
  {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
    "medicationReference": {"reference": "urn:uuid:5d1c0000-0000-4000-8000-000000000001"},
    "requester": {"display": "Dr Lee"}, "reasonCode": [{"text": "blood pressure"}],
    "dosageInstruction": [{"doseAndRate": [{"doseQuantity": {"value": 2, "unit": "tablet"}}], "route": {"text": "by mouth"}, "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d", "when": ["MORN"]}}}]}},
  {"resource": {"resourceType": "MedicationStatement", "status": "active",
    "medicationCodeableConcept": {"text": "metformin 500 mg tablet"},
    "dosage": [{"text": "1 tablet twice daily"}]}},
  {"resource": {"resourceType": "MedicationRequest", "status": "active", "intent": "order",
    "contained": [{"resourceType": "Medication", "id": "c1", "code": {"text": "ibuprofen 400 mg"}}],
    "medicationReference": {"reference": "#c1"},
    "dosageInstruction": [{"timing": {"repeat": {"frequency": 1, "period": 6, "periodUnit": "h"}}, "asNeededCodeableConcept": {"text": "pain"}}]}},
  {"resource": {"resourceType": "MedicationStatement", "status": "stopped", "medicationCodeableConcept": {"text": "aspirin 81 mg"}}}
]}"##;
    let seeds: [(&str, u8, &str); 16] = [
        ("0-text", 0, text),
        ("0-json", 0, json),
        ("0-json-array", 0, json_array),
        ("0-yaml", 0, yaml),
        ("0-toml", 0, toml),
        ("0-csv", 0, csv),
        ("0-fhir", 0, fhir),
        ("1-text", 1, text),
        ("2-json", 2, json),
        ("2-fhir", 2, fhir),
        ("3-yaml", 3, yaml),
        ("4-toml", 4, toml),
        ("4-toml-inline", 4, toml_inline),
        ("5-csv", 5, csv),
        ("5-csv-text", 5, csv_text),
        ("6-fhir", 6, fhir),
    ];
    for (name, sel, body) in seeds {
        put("reconcile_list", name, &with_selector(sel, body.as_bytes()));
    }
}

/// A small FHIR R4 Bundle with one resource of each kind the importer reads.
const FHIR_BUNDLE: &str = r##"{"resourceType": "Bundle", "type": "collection", "entry": [
  {"fullUrl": "urn:uuid:6a1e0000-0000-4000-8000-000000000001", "resource": {"resourceType": "Patient", "id": "pt1",
    "name": [{"given": ["Pat"], "family": "Example"}], "gender": "female", "birthDate": "1950-02-03",
    "communication": [{"language": {"text": "English"}}]}},
  {"fullUrl": "https://fhir.example/Practitioner/pr1", "resource": {"resourceType": "Practitioner", "id": "pr1",
    "name": [{"prefix": ["Dr"], "given": ["Ann"], "family": "Lee", "suffix": ["MD"]}],
    "telecom": [{"system": "phone", "value": "555-0100"}], "address": [{"line": ["1 Main St"], "city": "Town"}]}},
  {"resource": {"resourceType": "Organization", "id": "org1", "name": "Town Clinic"}},
  {"resource": {"resourceType": "PractitionerRole", "id": "role1", "practitioner": {"reference": "Practitioner/pr1"},
    "organization": {"reference": "Organization/org1"}, "specialty": [{"text": "Cardiology"}]}},
  {"resource": {"resourceType": "Medication", "id": "med1", "code": {"text": "lisinopril 10 mg tablet"}}},
  {"fullUrl": "urn:uuid:6a1e0000-0000-4000-8000-000000000002", "resource": {"resourceType": "MedicationStatement", "id": "ms1",
    "status": "active", "medicationReference": {"reference": "Medication/med1"},
    "informationSource": {"reference": "Practitioner/pr1"}, "effectivePeriod": {"start": "2025-01-10"},
    "dosage": [{"text": "1 tablet by mouth once daily", "patientInstruction": "in the morning"}]}},
  {"resource": {"resourceType": "MedicationRequest", "id": "mr1", "status": "stopped", "intent": "order",
    "medicationCodeableConcept": {"coding": [{"display": "metformin 500 mg tablet"}]}, "authoredOn": "2024-05-01",
    "dosageInstruction": [{"text": "twice daily with meals", "asNeededBoolean": false}],
    "dispenseRequest": {"validityPeriod": {"end": "2025-05-01"}}, "statusReason": {"text": "stomach upset"}}},
  {"resource": {"resourceType": "AllergyIntolerance", "id": "al1", "category": ["medication"], "criticality": "high",
    "code": {"text": "penicillin"}, "reaction": [{"manifestation": [{"text": "hives"}], "severity": "moderate"}]}},
  {"resource": {"resourceType": "Condition", "id": "c1", "code": {"text": "hypertension"},
    "clinicalStatus": {"coding": [{"code": "active"}]}, "onsetDateTime": "2019-06"}},
  {"resource": {"resourceType": "Observation", "id": "o1", "status": "final", "code": {"text": "HbA1c"},
    "valueQuantity": {"value": 7.1, "unit": "%"}, "referenceRange": [{"low": {"value": 4}, "high": {"value": "5.6"}}],
    "effectiveDateTime": "2026-10-01T08:00:00Z", "performer": [{"reference": "Practitioner/pr1"}]}},
  {"resource": {"resourceType": "Observation", "id": "o2", "status": "final", "code": {"text": "blood pressure"},
    "component": [{"valueQuantity": {"value": 128, "unit": "mmHg"}}, {"valueQuantity": {"value": 82, "unit": "mmHg"}}]}},
  {"resource": {"resourceType": "Immunization", "id": "i1", "status": "completed",
    "vaccineCode": {"text": "influenza vaccine"}, "occurrenceDateTime": "2026-10-15", "lotNumber": "AB12"}},
  {"resource": {"resourceType": "Encounter", "id": "e1", "class": {"code": "EMER"},
    "serviceProvider": {"reference": "Organization/org1"}, "period": {"start": "2026-03-01"}}},
  {"resource": {"resourceType": "Appointment", "id": "a1", "status": "booked", "start": "2026-12-01T09:30:00-05:00",
    "participant": [{"actor": {"reference": "Practitioner/pr1"}}]}},
  {"search": {"mode": "outcome"}, "resource": {"resourceType": "OperationOutcome"}}
]}"##;

/// `import`: 0 JSON, 1 TOML, 2 YAML, 3 sniffed.
fn import_seeds(conn: &rusqlite::Connection) {
    let mut v = generic::Values::new();
    v.insert("substance", "penicillin".into());
    v.insert("reaction", "hives".into());
    generic::insert(conn, &kinds::ALLERGY, &v, NOW, None).expect("allergy");
    let mut v = generic::Values::new();
    v.insert("name", "asthma".into());
    generic::insert(conn, &kinds::CONDITION, &v, NOW, None).expect("condition");
    phr::records::profile::set(
        conn,
        &[
            ("name", Some("Pat Example".into())),
            ("born", Some("1950-02-03".into())),
        ],
        NOW,
        None,
    )
    .expect("profile");
    let doc = portable::export(conn, NOW).expect("export");
    let json = portable::to_json(&doc).expect("json");
    let toml = portable::to_toml(&doc).expect("toml");
    let yaml = portable::to_yaml(&doc).expect("yaml");
    println!(
        "portable: json {} toml {} yaml {} bytes",
        json.len(),
        toml.len(),
        yaml.len()
    );
    put("import", "0-portable", &with_selector(0, json.as_bytes()));
    put("import", "1-portable", &with_selector(1, toml.as_bytes()));
    put("import", "2-portable", &with_selector(2, yaml.as_bytes()));
    put(
        "import",
        "3-portable-toml",
        &with_selector(3, toml.as_bytes()),
    );
    put(
        "import",
        "0-fhir",
        &with_selector(0, FHIR_BUNDLE.as_bytes()),
    );
    put(
        "import",
        "3-fhir",
        &with_selector(3, FHIR_BUNDLE.as_bytes()),
    );
    let fhir: serde_json::Value = serde_json::from_str(FHIR_BUNDLE).expect("bundle");
    let fhir_yaml = phr::yaml::to_string(&fhir).expect("yaml");
    put("import", "2-fhir", &with_selector(2, fhir_yaml.as_bytes()));
    let small = r#"{"resourceType": "Bundle", "type": "searchset", "entry": [{"fullUrl": "Condition/c9", "resource": {"resourceType": "Condition", "code": {"coding": [{"code": "38341003"}]}, "abatementDateTime": "2020-01-01"}}, {"request": {"method": "DELETE"}, "resource": {"resourceType": "Condition"}}]}"#;
    put(
        "import",
        "0-fhir-searchset",
        &with_selector(0, small.as_bytes()),
    );
    let nka = r#"{"resourceType": "Bundle", "type": "document", "entry": [{"resource": {"resourceType": "AllergyIntolerance", "code": {"coding": [{"code": "716186003"}]}}}, {"resource": {"resourceType": "FamilyMemberHistory", "relationship": {"text": "mother"}, "condition": [{"code": {"text": "diabetes"}}]}}]}"#;
    put("import", "0-fhir-nka", &with_selector(0, nka.as_bytes()));
}
