//! Fuzzes `phr import`, the syntax chosen by the input's first byte: 0 JSON, 1 TOML,
//! 2 YAML, 3 none (sniffed from the content). The text is decoded and parsed; a phr
//! binder export or a FHIR Bundle is then imported into a fresh in-memory binder inside
//! a transaction, the binder read whole (a Snapshot, a portable export) and the
//! transaction rolled back. No input may panic or hang; every error names the file.
#![no_main]

use std::path::Path;

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use phr::export::portable;
use phr::import::{self, Report};
use rusqlite::Connection;

const NOW: &str = "2026-11-26T09:00:00Z";

fn fresh() -> Option<Connection> {
    let mut c = Connection::open_in_memory().ok()?;
    phr::binder::schema::upgrade(&mut c).ok()?;
    Some(c)
}

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let path = Path::new(match which % 4 {
        0 => "fuzz-import.json",
        1 => "fuzz-import.toml",
        2 => "fuzz-import.yaml",
        _ => "fuzz-import",
    });
    let shown = path.display().to_string();
    let named = |e: &phr::error::CliError| {
        assert!(
            e.message.contains(&shown),
            "the error does not name the file: {}",
            e.message
        );
    };
    let text = match import::decode(path, rest.to_vec()) {
        Ok(t) => t,
        Err(e) => return named(&e),
    };
    let syntax = import::sniff(path, &text);
    let doc = match import::parse(path, &text, syntax) {
        Ok(d) => d,
        Err(e) => return named(&e),
    };
    let is_portable = portable::is_portable(&doc);
    let is_fhir = doc.get("resourceType").and_then(|v| v.as_str()) == Some("Bundle");
    if !is_portable && !is_fhir {
        return;
    }
    let Some(mut conn) = fresh() else { return };
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    let mut report = Report::default();
    let Ok(tx) = conn.transaction() else { return };
    let r = if is_portable {
        portable::import(&tx, path, &doc, &mut report)
    } else {
        import::fhir::import(&tx, path, &doc, NOW, today, &mut report)
    };
    match r {
        Ok(()) => {
            let _ = phr::records::snapshot::Snapshot::load(&tx);
            let _ = portable::export(&tx, NOW);
            let _ = serde_json::to_string(&report);
        }
        Err(e) => named(&e),
    }
    let _ = tx.rollback();
});
