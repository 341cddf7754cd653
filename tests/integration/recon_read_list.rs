//! Reader tests for every list format, including malformed and hostile input: errors
//! name the file and a position and never echo the medication data.

use phr::reconcile::{ListError, ListFormat, MAX_INPUT_BYTES, read_list};

const SECRET: &str = "zzsecretdrug";

fn texts(l: &phr::reconcile::NewList) -> Vec<String> {
    l.entries.iter().map(|e| e.text.clone()).collect()
}

fn err(bytes: &[u8], name: &str, f: Option<ListFormat>) -> String {
    let e = read_list(bytes, name, f).expect_err("should fail");
    let m = e.to_string();
    assert!(m.starts_with(name), "names the file: {m}");
    assert!(!m.contains(SECRET), "never echoes data: {m}");
    m
}

#[test]
fn plain_text_skips_blanks_comments_and_bullets() {
    let l = read_list(
        b"# my list\n\nlisinopril 10 mg daily\n  - metformin 500 mg BID\r\n2. aspirin 81 mg daily\n",
        "list.txt",
        None,
    )
    .unwrap();
    assert_eq!(
        texts(&l),
        [
            "lisinopril 10 mg daily",
            "metformin 500 mg BID",
            "aspirin 81 mg daily"
        ]
    );
    assert_eq!(l.entries[2].index, 2);
    assert_eq!(l.entries[0].parsed.ingredients, ["lisinopril"]);
}

#[test]
fn json_strings_and_tables() {
    let j = br#"{"source": "discharge list", "date": "2026-11-20", "medications": [
        "lisinopril 10 mg daily",
        {"text": "metformin 500 mg BID", "prescriber": "Dr Lee"},
        {"name": "ibuprofen", "strength": "400 mg", "form": "tablet", "sig": "every 6 hours", "prn": true, "reason": "knee pain"}
    ]}"#;
    let l = read_list(j, "new.json", None).unwrap();
    assert_eq!(l.source.as_deref(), Some("discharge list"));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("2026-11-20"));
    assert_eq!(l.entries[1].prescriber.as_deref(), Some("Dr Lee"));
    assert_eq!(
        l.entries[2].text,
        "ibuprofen 400 mg tablet every 6 hours as needed for knee pain"
    );
    assert_eq!(l.entries[2].reason.as_deref(), Some("knee pain"));
    assert!(l.entries[2].parsed.prn);
}

#[test]
fn toml_with_date_and_tables() {
    let t = br#"
source = "cardiology"
date = 2026-11-20
medications = ["atorvastatin 40 mg daily"]

[[more]]
x = 1
"#;
    let l = read_list(t, "new.toml", None).unwrap();
    assert_eq!(l.source.as_deref(), Some("cardiology"));
    assert_eq!(l.date.map(|d| d.to_string()).as_deref(), Some("2026-11-20"));
    let t2 = b"[[medications]]\nname = \"warfarin\"\nstrength = \"5 mg\"\nsig = \"daily\"\n\n[[medications]]\ntext = \"apixaban 5 mg BID\"\n";
    let l = read_list(t2, "new", None).unwrap();
    assert_eq!(texts(&l), ["warfarin 5 mg daily", "apixaban 5 mg BID"]);
}

#[test]
fn yaml_list() {
    let y = b"source: new PCP\nmedications:\n  - sertraline 50 mg daily\n  - name: omeprazole\n    strength: 20 mg\n    sig: every morning\n";
    let l = read_list(y, "new.yaml", None).unwrap();
    assert_eq!(
        texts(&l),
        ["sertraline 50 mg daily", "omeprazole 20 mg every morning"]
    );
    // sniffed without extension
    let l = read_list(y, "stdin", None).unwrap();
    assert_eq!(l.entries.len(), 2);
}

#[test]
fn csv_with_header() {
    let c = b"name,strength,form,sig,prn,reason,prescriber\nibuprofen,400 mg,tablet,every 6 hours,yes,pain,Dr A\nlisinopril,10 mg,tablet,daily,,,\n";
    let l = read_list(c, "list.csv", None).unwrap();
    assert_eq!(
        texts(&l),
        [
            "ibuprofen 400 mg tablet every 6 hours as needed for pain",
            "lisinopril 10 mg tablet daily"
        ]
    );
    assert_eq!(l.entries[0].prescriber.as_deref(), Some("Dr A"));
    let l = read_list(
        b"text\n\"metformin 500 mg, twice daily\"\n",
        "x",
        Some(ListFormat::Csv),
    )
    .unwrap();
    assert_eq!(texts(&l), ["metformin 500 mg, twice daily"]);
}

#[test]
fn fhir_bundle() {
    let f = br##"{"resourceType":"Bundle","type":"collection","entry":[
      {"resource":{"resourceType":"MedicationRequest","status":"active",
        "medicationCodeableConcept":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":"314076","display":"lisinopril 10 MG Oral Tablet"}]},
        "dosageInstruction":[{"timing":{"repeat":{"frequency":1,"period":1,"periodUnit":"d"}},"doseAndRate":[{"doseQuantity":{"value":1,"unit":"tablet"}}]}],
        "requester":{"display":"Dr Lee"}}},
      {"fullUrl":"urn:uuid:med-1","resource":{"resourceType":"Medication","code":{"text":"metformin 500 mg tablet"}}},
      {"resource":{"resourceType":"MedicationStatement","status":"active","medicationReference":{"reference":"urn:uuid:med-1"},
        "dosage":[{"text":"1 tablet twice daily with meals"}]}},
      {"resource":{"resourceType":"MedicationRequest","status":"active","contained":[{"resourceType":"Medication","id":"m","code":{"text":"ibuprofen 400 mg"}}],
        "medicationReference":{"reference":"#m"},
        "dosageInstruction":[{"timing":{"repeat":{"frequency":1,"period":6,"periodUnit":"h"}},"asNeededBoolean":true}]}},
      {"resource":{"resourceType":"MedicationRequest","status":"stopped","medicationCodeableConcept":{"text":"simvastatin 20 mg"}}},
      {"resource":{"resourceType":"Patient"}}
    ]}"##;
    let l = read_list(f, "portal.json", None).unwrap();
    assert_eq!(
        texts(&l),
        [
            "lisinopril 10 MG Oral Tablet 1 tablet once daily",
            "metformin 500 mg tablet 1 tablet twice daily with meals",
            "ibuprofen 400 mg every 6 hours as needed"
        ]
    );
    assert_eq!(l.entries[0].prescriber.as_deref(), Some("Dr Lee"));
    assert!(l.entries[2].parsed.prn);
    assert_eq!(l.entries[0].parsed.frequency_per_day, Some(1.0));
}

#[test]
fn malformed_json_names_line_and_column() {
    let m = err(
        b"{\"medications\": [\n  \"zzsecretdrug 5 mg\",\n  oops\n]}",
        "bad.json",
        None,
    );
    assert!(m.contains("line 3"), "{m}");
    assert!(m.contains("column"), "{m}");
}

#[test]
fn wrong_types_are_reported_by_entry() {
    let m = err(
        b"{\"medications\": [\"zzsecretdrug\", 42]}",
        "types.json",
        None,
    );
    assert!(m.contains("medications entry 2"), "{m}");
    let m = err(b"{\"medications\": \"zzsecretdrug\"}", "types.json", None);
    assert!(
        m.contains("'medications'") && m.contains("expected a list"),
        "{m}"
    );
    let m = err(b"{\"source\": \"zzsecretdrug\"}", "nomeds.json", None);
    assert!(m.contains("no 'medications'"), "{m}");
    let m = err(
        b"medications:\n  - {name: [zzsecretdrug]}\n",
        "t.yaml",
        None,
    );
    assert!(m.contains("medications entry 1, 'name'"), "{m}");
}

#[test]
fn malformed_yaml_toml_csv_have_positions() {
    let m = err(
        b"medications:\n  - zzsecretdrug\n  bad: [\n",
        "bad.yaml",
        None,
    );
    assert!(m.contains("line"), "{m}");
    let m = err(
        b"medications = [\"zzsecretdrug\",\n  unquoted ]\n",
        "bad.toml",
        None,
    );
    assert!(m.contains("line 2"), "{m}");
    let m = err(
        b"name,strength\nzzsecretdrug,1 mg\n,10 mg\n",
        "bad.csv",
        None,
    );
    assert!(m.contains("line 3"), "{m}");
    let m = err(b"drug,dose\nzzsecretdrug,1\n", "cols.csv", None);
    assert!(m.contains("'text' or a 'name' column"), "{m}");
}

#[test]
fn fhir_wrong_types_and_missing_names() {
    let m = err(
        br#"{"resourceType":"Patient","name":"zzsecretdrug"}"#,
        "p.json",
        Some(ListFormat::Fhir),
    );
    assert!(m.contains("Bundle"), "{m}");
    let m = err(
        br#"{"resourceType":"Bundle","entry":"zzsecretdrug"}"#,
        "b.json",
        None,
    );
    assert!(m.contains("'entry'"), "{m}");
    let m = err(
        br#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"MedicationRequest","medicationCodeableConcept":42,"note":"zzsecretdrug"}}]}"#,
        "b.json",
        None,
    );
    assert!(m.contains("entry 1 (MedicationRequest)"), "{m}");
    // wrong types inside dosage are skipped, not fatal
    let l = read_list(
        br#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"MedicationStatement","medicationCodeableConcept":{"text":"aspirin 81 mg"},"dosage":[{"timing":"daily","doseAndRate":7}]}}]}"#,
        "b.json",
        None,
    )
    .unwrap();
    assert_eq!(texts(&l), ["aspirin 81 mg"]);
}

#[test]
fn binary_and_bad_utf8() {
    let m = err(b"\x7fELF\x02\x01\x01\x00\x00zzsecretdrug", "a.out", None);
    assert!(m.contains("binary"), "{m}");
    let m = err(
        b"lisinopril 10 mg\nmetformin\xff\xfe 500 mg\n",
        "latin1.txt",
        None,
    );
    assert!(m.contains("line 2"), "{m}");
}

#[test]
fn size_and_line_limits() {
    let big = vec![b'a'; MAX_INPUT_BYTES + 1];
    assert!(matches!(
        read_list(&big, "big.txt", None),
        Err(ListError::TooLarge { .. })
    ));
    let mut long = b"aspirin 81 mg daily\n".to_vec();
    long.extend(std::iter::repeat_n(b'x', 2 * 1024 * 1024 - 100));
    long.push(b'\n');
    let m = err(&long, "long.txt", None);
    assert!(m.contains("line 2"), "{m}");
}

#[test]
fn deeply_nested_input_is_refused_quickly() {
    let deep = format!(
        "{{\"medications\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let m = err(deep.as_bytes(), "deep.json", None);
    assert!(m.contains("nested") || m.contains("not valid"), "{m}");
    let deep = format!(
        "medications = {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let m = err(deep.as_bytes(), "deep.toml", None);
    assert!(m.contains("nested"), "{m}");
    let deep = format!(
        "medications: {}{}\n",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    err(deep.as_bytes(), "deep.yaml", None);
}

#[test]
fn yaml_alias_bomb_is_refused() {
    let mut doc = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut prev = 'a';
    for c in 'b'..='i' {
        doc.push_str(&format!(
            "{c}: &{c} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
        prev = c;
    }
    doc.push_str(&format!("medications: *{prev}\n"));
    let t = std::time::Instant::now();
    err(doc.as_bytes(), "bomb.yaml", None);
    assert!(t.elapsed().as_secs() < 5);
}

#[test]
fn explicit_format_wins_and_unknown_format_is_named() {
    let l = read_list(
        b"{\"medications\":[\"x 1 mg\"]}",
        "list.txt",
        Some(ListFormat::Json),
    )
    .unwrap();
    assert_eq!(l.entries.len(), 1);
    let l = read_list(b"{not json at all", "list.json", Some(ListFormat::Text)).unwrap();
    assert_eq!(l.entries.len(), 1);
    assert!(
        "xml"
            .parse::<ListFormat>()
            .unwrap_err()
            .contains("text, toml, yaml, json, csv, fhir")
    );
}

#[test]
fn junk_never_panics() {
    let samples: Vec<Vec<u8>> = vec![
        vec![],
        b"\n\n\n".to_vec(),
        b"[".to_vec(),
        b"{}".to_vec(),
        b"[]".to_vec(),
        b"null".to_vec(),
        b"---\n".to_vec(),
        b",,,\n,,,".to_vec(),
        "\u{feff}lisinopril 10 mg".as_bytes().to_vec(),
        (0u8..=255).filter(|b| *b != 0).collect(),
        b"medications = 5".to_vec(),
        br#"{"resourceType":"Bundle","entry":[1,"x",{"resource":5},{"resource":{"resourceType":"MedicationRequest","medicationReference":{"reference":7}}}]}"#.to_vec(),
    ];
    for s in samples {
        for f in [
            None,
            Some(ListFormat::Text),
            Some(ListFormat::Toml),
            Some(ListFormat::Yaml),
            Some(ListFormat::Json),
            Some(ListFormat::Csv),
            Some(ListFormat::Fhir),
        ] {
            let _ = read_list(&s, "junk", f);
        }
    }
}
