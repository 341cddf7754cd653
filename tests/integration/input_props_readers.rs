//! Property tests standing in for the `reconcile_list` and `import` fuzz targets in CI:
//! the reconcile list reader and the importers on arbitrary bytes, on mutated seeds
//! (bytes flipped, and values of the wrong type put anywhere in a seed document) never
//! panic, answer in bounded time, name the file in every error, and a failed import
//! leaves the binder as it was. Crashes the fuzzers found are kept as named regression
//! cases at the end.

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use phr::export::portable;
use phr::import::{self, Report};
use phr::reconcile::{self, ListFormat, SavedMed};
use proptest::prelude::*;
use rusqlite::Connection;
use serde_json::{Value, json};

use crate::input_props::mutate;

/// Generous per-input bound (debug build, a loaded 2-core machine).
const BOUND: Duration = Duration::from_millis(3000);
const NOW: &str = "2026-11-26T09:00:00Z";

fn bounded<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let out = f();
    assert!(t.elapsed() < BOUND, "{what} took {:?}", t.elapsed());
    out
}

/// The seeds of one fuzz target, without their selector byte.
fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            let p = e.unwrap().path();
            let mut v = std::fs::read(&p).unwrap();
            v.remove(0);
            (p.file_name().unwrap().to_string_lossy().into_owned(), v)
        })
        .collect();
    out.sort();
    out
}

fn list_seeds() -> &'static [(String, Vec<u8>)] {
    static S: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    S.get_or_init(|| seeds("reconcile_list"))
}

fn import_seeds() -> &'static [(String, Vec<u8>)] {
    static S: OnceLock<Vec<(String, Vec<u8>)>> = OnceLock::new();
    S.get_or_init(|| seeds("import"))
}

/// The seed documents of the import target, parsed.
fn import_docs() -> &'static [Value] {
    static D: OnceLock<Vec<Value>> = OnceLock::new();
    D.get_or_init(|| {
        import_seeds()
            .iter()
            .filter(|(n, _)| n.starts_with("seed-0"))
            .map(|(n, b)| serde_json::from_slice(b).unwrap_or_else(|e| panic!("{n}: {e}")))
            .collect()
    })
}

const FORMATS: [Option<ListFormat>; 7] = [
    None,
    Some(ListFormat::Text),
    Some(ListFormat::Json),
    Some(ListFormat::Yaml),
    Some(ListFormat::Toml),
    Some(ListFormat::Csv),
    Some(ListFormat::Fhir),
];

/// Reads a list and checks the reader's promises; a list that reads is reconciled.
fn check_list(bytes: &[u8], format: Option<ListFormat>) {
    let name = "hostile-list";
    let r = bounded("read_list", || reconcile::read_list(bytes, name, format));
    match r {
        Ok(list) => {
            assert!(list.entries.len() <= reconcile::MAX_ENTRIES);
            for e in &list.entries {
                assert!(e.text.chars().count() <= reconcile::MAX_LINE_CHARS);
            }
            let saved = [
                SavedMed::new("m1", "Lisinopril 10 mg daily"),
                SavedMed::new("m2", "Warfarin 5 mg daily"),
            ];
            let ctx = reconcile::Context {
                allergies: vec!["penicillin".into()],
            };
            let report = bounded("reconcile", || reconcile::reconcile(&saved, &list, &ctx));
            let _ = reconcile::render_table(&report, 80);
        }
        Err(e) => {
            let m = e.to_string();
            assert!(m.starts_with(name), "the error does not name the file: {m}");
            assert!(m.len() < 400, "a long error: {m}");
        }
    }
}

/// A fresh in-memory binder at the current schema, with a few records of its own.
fn binder() -> Connection {
    let mut c = Connection::open_in_memory().unwrap();
    phr::binder::schema::upgrade(&mut c).unwrap();
    let new = phr::records::med::NewMedication {
        text: "Aspirin 81 mg daily".into(),
        ..Default::default()
    };
    phr::records::med::add(&mut c, &new, NOW).unwrap();
    let mut v = phr::records::generic::Values::new();
    v.insert("name", "gout".into());
    phr::records::generic::insert(&c, &phr::records::kinds::CONDITION, &v, NOW, None).unwrap();
    c
}

/// Every row of every table, as text: to see that a failed import changed nothing.
fn dump(c: &Connection) -> Vec<String> {
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cols: Vec<String> = (0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect();
                Ok(format!("{t}: {}", cols.join(" | ")))
            })
            .unwrap();
        for row in rows {
            out.push(row.unwrap());
        }
    }
    out
}

/// What `phr import` does with the bytes of `path`, inside a transaction on `conn`:
/// `Ok(None)` when the document is neither kind (nothing is touched).
fn import_into(
    conn: &mut Connection,
    path: &Path,
    bytes: &[u8],
) -> Result<Option<Report>, phr::error::CliError> {
    let text = import::decode(path, bytes.to_vec())?;
    let syntax = import::sniff(path, &text);
    let doc = import::parse(path, &text, syntax)?;
    apply(conn, path, &doc)
}

fn apply(
    conn: &mut Connection,
    path: &Path,
    doc: &Value,
) -> Result<Option<Report>, phr::error::CliError> {
    let is_portable = portable::is_portable(doc);
    let is_fhir = doc.get("resourceType").and_then(Value::as_str) == Some("Bundle");
    if !is_portable && !is_fhir {
        return Ok(None);
    }
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut report = Report::default();
    let tx = conn.transaction().unwrap();
    if is_portable {
        portable::import(&tx, path, doc, &mut report)?;
    } else {
        import::fhir::import(&tx, path, doc, NOW, today, &mut report)?;
    }
    let snap = phr::records::snapshot::Snapshot::load(&tx);
    assert!(snap.is_ok(), "an imported binder does not read back");
    tx.commit().unwrap();
    Ok(Some(report))
}

/// Imports into a fresh binder and checks the promises: bounded time, the file named in
/// every error, nothing changed by a failure, and a second import adds nothing.
fn check_import(
    path: &Path,
    run: impl Fn(&mut Connection) -> Result<Option<Report>, phr::error::CliError>,
) {
    let mut conn = binder();
    let before = dump(&conn);
    let shown = path.display().to_string();
    match bounded("import", || run(&mut conn)) {
        Err(e) => {
            assert!(
                e.message.contains(&shown),
                "the error does not name the file: {}",
                e.message
            );
            assert_eq!(dump(&conn), before, "a failed import changed the binder");
        }
        Ok(None) => assert_eq!(dump(&conn), before),
        Ok(Some(_)) => {
            let again = bounded("import again", || run(&mut conn));
            let again = again.unwrap_or_else(|e| panic!("the second import failed: {}", e.message));
            let report = again.unwrap();
            assert!(
                !report.changes(),
                "importing the same file twice changed the binder: {:?}",
                report.kinds
            );
        }
    }
}

/// Keys the readers look for, so generated tables are read, not ignored.
const KEYS: &[&str] = &[
    "resourceType",
    "type",
    "entry",
    "resource",
    "fullUrl",
    "id",
    "status",
    "code",
    "text",
    "coding",
    "display",
    "reference",
    "medicationCodeableConcept",
    "medicationReference",
    "dosage",
    "dosageInstruction",
    "birthDate",
    "name",
    "given",
    "family",
    "valueQuantity",
    "value",
    "unit",
    "medications",
    "strength",
    "sig",
    "prn",
    "source",
    "date",
    "uuid",
    "created_at",
    "updated_at",
    "format",
    "version",
    "profile",
    "log",
    "kind",
    "x",
];

fn arb_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        "\\PC{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "",
            "2026-11-26",
            "2026-02-30",
            "1",
            "active",
            "stopped",
            "Bundle",
            "collection",
            "phr-binder",
            "Patient",
            "MedicationStatement",
            "#c1",
            "Practitioner/pr1",
            "urn:uuid:6a1e0000-0000-4000-8000-000000000001",
            "9999-99-99T99:99:99Z",
        ])
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..4).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

/// Walks into `doc` by `choices` (each picks a child) and replaces what it reaches with
/// `new`, or removes it from its table when `new` is None.
fn graft(doc: &mut Value, choices: &[usize], new: Option<Value>) {
    let Some((&c, rest)) = choices.split_first() else {
        if let Some(v) = new {
            *doc = v;
        }
        return;
    };
    match doc {
        Value::Array(a) if !a.is_empty() => {
            let n = c % a.len();
            if rest.is_empty() && new.is_none() {
                a.remove(n);
            } else {
                graft(&mut a[n], rest, new);
            }
        }
        Value::Object(m) if !m.is_empty() => {
            let k = m.keys().nth(c % m.len()).cloned().unwrap_or_default();
            if rest.is_empty() && new.is_none() {
                m.shift_remove(&k);
            } else if let Some(v) = m.get_mut(&k) {
                graft(v, rest, new);
            }
        }
        _ => {
            if let Some(v) = new {
                *doc = v;
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn read_list_on_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        f in 0..FORMATS.len(),
    ) {
        check_list(&bytes, FORMATS[f]);
    }

    #[test]
    fn read_list_on_mutated_seeds(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 0..6),
        cut in prop::option::of(any::<usize>()),
        f in 0..FORMATS.len(),
    ) {
        let (_, base) = which.get(list_seeds());
        check_list(&mutate(base, &edits, cut), FORMATS[f]);
    }

    #[test]
    fn read_list_with_wrong_types_anywhere(
        which in any::<prop::sample::Index>(),
        choices in prop::collection::vec(any::<usize>(), 0..6),
        new in prop::option::of(arb_value()),
        f in 0..4usize,
    ) {
        let structured: Vec<&Vec<u8>> = list_seeds()
            .iter()
            .filter(|(n, _)| n.contains("json") || n.contains("fhir"))
            .map(|(_, b)| b)
            .collect();
        let mut doc: Value = serde_json::from_slice(which.get(&structured).as_slice()).unwrap();
        graft(&mut doc, &choices, new);
        let (bytes, format) = match f {
            0 => (serde_json::to_vec(&doc).unwrap(), Some(ListFormat::Json)),
            1 => (serde_json::to_vec(&doc).unwrap(), Some(ListFormat::Fhir)),
            2 => (phr::yaml::to_string(&doc).unwrap().into_bytes(), Some(ListFormat::Yaml)),
            _ => match toml::to_string(&doc) {
                Ok(t) => (t.into_bytes(), Some(ListFormat::Toml)),
                Err(_) => return Ok(()),
            },
        };
        check_list(&bytes, format);
    }

    #[test]
    fn import_on_arbitrary_bytes(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        ext in prop::sample::select(vec!["json", "toml", "yaml", "txt"]),
    ) {
        let path = Path::new("/tmp/hostile-import").with_extension(ext);
        check_import(&path, |c| import_into(c, &path, &bytes));
    }

    #[test]
    fn import_on_mutated_seeds(
        which in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<usize>(), any::<u8>()), 0..4),
        cut in prop::option::of(any::<usize>()),
        ext in prop::sample::select(vec!["json", "toml", "yaml", "data"]),
    ) {
        let (_, base) = which.get(import_seeds());
        let bytes = mutate(base, &edits, cut);
        let path = Path::new("/tmp/hostile-import").with_extension(ext);
        check_import(&path, |c| import_into(c, &path, &bytes));
    }

    #[test]
    fn import_with_wrong_types_anywhere(
        which in any::<prop::sample::Index>(),
        grafts in prop::collection::vec(
            (prop::collection::vec(any::<usize>(), 1..7), prop::option::of(arb_value())),
            1..4,
        ),
    ) {
        let mut doc = which.get(import_docs()).clone();
        for (choices, new) in grafts {
            graft(&mut doc, &choices, new);
        }
        let path = Path::new("/tmp/hostile-import.json");
        check_import(path, |c| apply(c, path, &doc));
    }
}

#[test]
fn the_seeds_themselves_read_and_import() {
    for (name, bytes) in list_seeds() {
        let format = FORMATS[usize::from(name.as_bytes()[5] - b'0')];
        let list =
            reconcile::read_list(bytes, "seed", format).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(!list.entries.is_empty(), "{name}");
    }
    for (name, bytes) in import_seeds() {
        let ext = match name.as_bytes()[5] {
            b'0' => "json",
            b'1' => "toml",
            b'2' => "yaml",
            _ => "data",
        };
        let path = Path::new("seed").with_extension(ext);
        let mut conn = binder();
        let report = import_into(&mut conn, &path, bytes)
            .unwrap_or_else(|e| panic!("{name}: {}", e.message))
            .unwrap_or_else(|| panic!("{name}: neither kind"));
        assert!(report.changes(), "{name}: nothing imported");
    }
}
