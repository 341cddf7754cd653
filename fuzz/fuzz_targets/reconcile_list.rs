//! Fuzzes the reader of `phr reconcile`'s new lists, the format chosen by the input's
//! first byte: 0 none (sniffed from the content), 1 text, 2 JSON, 3 YAML, 4 TOML, 5 CSV,
//! 6 FHIR. A list that reads is then reconciled against a small saved list and rendered.
//! No input may panic or hang; every error names the file; no list exceeds the limits.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use phr::reconcile::{self, ListFormat, SavedMed};

fn saved() -> &'static [SavedMed] {
    static SAVED: OnceLock<Vec<SavedMed>> = OnceLock::new();
    SAVED.get_or_init(|| {
        vec![
            SavedMed::new("m1", "Lisinopril 10 mg tablet once daily"),
            SavedMed::new("m2", "metformin 500 mg twice daily with meals"),
            SavedMed::new("m3", "Warfarin 5 mg daily"),
            SavedMed::new(
                "m4",
                "acetaminophen 500 mg every 6 hours as needed for pain",
            ),
        ]
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let (format, name) = match which % 7 {
        0 => (None, "new-list"),
        1 => (Some(ListFormat::Text), "new-list.txt"),
        2 => (Some(ListFormat::Json), "new-list.json"),
        3 => (Some(ListFormat::Yaml), "new-list.yaml"),
        4 => (Some(ListFormat::Toml), "new-list.toml"),
        5 => (Some(ListFormat::Csv), "new-list.csv"),
        _ => (Some(ListFormat::Fhir), "new-list.fhir.json"),
    };
    match reconcile::read_list(rest, name, format) {
        Ok(list) => {
            assert!(list.entries.len() <= reconcile::MAX_ENTRIES);
            for e in &list.entries {
                assert!(e.text.chars().count() <= reconcile::MAX_LINE_CHARS);
            }
            let ctx = reconcile::Context {
                allergies: vec!["penicillin".into(), "sulfa".into()],
            };
            let report = reconcile::reconcile(saved(), &list, &ctx);
            let _ = reconcile::render_table(&report, 80);
            let _ = reconcile::render_markdown(&report);
        }
        Err(e) => {
            let m = e.to_string();
            assert!(m.starts_with(name), "the error does not name the file: {m}");
            assert!(m.len() < 400 + name.len(), "a long error: {m}");
        }
    }
});
