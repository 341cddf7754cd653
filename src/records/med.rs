//! Medications: the text as written, what phr understood of it, who prescribed it,
//! when it started and stopped, and (through the change log) its whole history.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::RecordError;
use super::log::{self, Entry};

/// The longest medication line phr keeps (a label is a few hundred bytes): longer text
/// is refused when entered and skipped when imported.
pub const MAX_TEXT: usize = 64 * 1024;

/// Prescription, over-the-counter or supplement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum MedKind {
    #[default]
    Rx,
    Otc,
    Supplement,
}

impl MedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MedKind::Rx => "rx",
            MedKind::Otc => "otc",
            MedKind::Supplement => "supplement",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "rx" => Some(MedKind::Rx),
            "otc" => Some(MedKind::Otc),
            "supplement" => Some(MedKind::Supplement),
            _ => None,
        }
    }
}

/// A medication as stored and as `--json` prints it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Medication {
    pub id: String,
    pub uuid: String,
    pub text: String,
    pub name: Option<String>,
    pub kind: MedKind,
    pub prescriber: Option<String>,
    pub pharmacy: Option<String>,
    pub reason: Option<String>,
    pub start_date: Option<String>,
    pub stop_date: Option<String>,
    pub stop_reason: Option<String>,
    pub instructions: Option<String>,
    pub status: String,
    /// What phr understood of the text (see `phr med parse`).
    pub parsed: Option<StoredParse>,
    pub created_at: String,
    pub updated_at: String,
}

/// A medication's stored parse, kept as the JSON text it was saved as, so that listing
/// and exporting pass it through without parsing and re-building it. The text is checked
/// to be JSON only where it is read as JSON: one that is not (a damaged or hand-edited
/// row) is written out as `null` and read as no parse, so that a reader that parses it
/// anyway (a printout) does not scan it twice.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredParse(String);

impl StoredParse {
    /// From the stored text, as it is.
    pub fn from_text(text: String) -> Self {
        StoredParse(text)
    }

    /// The stored text, which may not be JSON.
    pub fn get(&self) -> &str {
        &self.0
    }

    /// The stored text when it is JSON.
    pub fn json(&self) -> Option<&serde_json::value::RawValue> {
        serde_json::from_str(&self.0).ok()
    }

    /// The parse as a JSON value, when it is JSON.
    pub fn to_value(&self) -> Option<serde_json::Value> {
        serde_json::from_str(self.get()).ok()
    }
}

impl Serialize for StoredParse {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json().serialize(s)
    }
}

impl<'de> Deserialize<'de> for StoredParse {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
        Ok(StoredParse(raw.get().to_owned()))
    }
}

/// What `med add` gives.
#[derive(Debug, Clone, Default)]
pub struct NewMedication {
    pub text: String,
    pub name: Option<String>,
    pub kind: MedKind,
    pub prescriber: Option<String>,
    pub pharmacy: Option<String>,
    pub reason: Option<String>,
    pub start_date: Option<String>,
    pub instructions: Option<String>,
    pub parsed: Option<serde_json::Value>,
}

const COLUMNS: &str = "id, uuid, text, name, kind, prescriber, pharmacy, reason, start_date, stop_date, stop_reason, status, created_at, updated_at, instructions, parsed";

/// Columns `update` may change.
pub const EDITABLE: &[&str] = &[
    "text",
    "name",
    "parsed",
    "kind",
    "prescriber",
    "pharmacy",
    "reason",
    "start_date",
    "stop_date",
    "stop_reason",
    "status",
    "instructions",
];

fn from_row(r: &Row<'_>) -> rusqlite::Result<Medication> {
    let id: i64 = r.get(0)?;
    let kind: String = r.get(4)?;
    Ok(Medication {
        id: format!("m{id}"),
        uuid: r.get(1)?,
        text: r.get(2)?,
        name: r.get(3)?,
        kind: MedKind::parse(&kind).unwrap_or_default(),
        prescriber: r.get(5)?,
        pharmacy: r.get(6)?,
        reason: r.get(7)?,
        start_date: r.get(8)?,
        stop_date: r.get(9)?,
        stop_reason: r.get(10)?,
        status: r.get(11)?,
        created_at: r.get(12)?,
        updated_at: r.get(13)?,
        instructions: r.get(14)?,
        parsed: r.get::<_, Option<String>>(15)?.map(StoredParse::from_text),
    })
}

/// Adds a medication and logs it, in one transaction.
pub fn add(
    conn: &mut Connection,
    new: &NewMedication,
    now: &str,
) -> Result<Medication, RecordError> {
    let tx = conn.transaction()?;
    let m = add_in(&tx, new, now, None)?;
    tx.commit()?;
    Ok(m)
}

/// Adds a medication and logs it inside the caller's transaction.
pub fn add_in(
    tx: &Connection,
    new: &NewMedication,
    now: &str,
    source: Option<&str>,
) -> Result<Medication, RecordError> {
    let text = new.text.trim();
    if text.is_empty() {
        return Err(RecordError::Invalid("the medication text is empty".into()));
    }
    tx.execute(
        "INSERT INTO medications(uuid, text, name, kind, prescriber, pharmacy, reason, start_date, created_at, updated_at, instructions, parsed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11)",
        params![
            crate::binder::new_uuid(),
            text,
            new.name,
            new.kind.as_str(),
            new.prescriber,
            new.pharmacy,
            new.reason,
            new.start_date,
            now,
            new.instructions,
            new.parsed.as_ref().map(|p| p.to_string()),
        ],
    )?;
    let rowid = tx.last_insert_rowid();
    let med = tx.query_row(
        &format!("SELECT {COLUMNS} FROM medications WHERE id = ?1"),
        [rowid],
        from_row,
    )?;
    let value = serde_json::to_value(&med).ok();
    log::append(
        tx,
        &Entry {
            at: now,
            action: "add",
            kind: "medication",
            record_uuid: Some(&med.uuid),
            record_id: Some(&med.id),
            summary: &format!("added {}", med.text),
            old: None,
            new: value.as_ref(),
            source,
        },
    )?;
    Ok(med)
}

/// Changes columns of a medication (names from [`EDITABLE`]) and logs old → new.
pub fn update(
    conn: &Connection,
    med: &Medication,
    changes: &[(&str, Option<String>)],
    now: &str,
    action: &str,
    source: Option<&str>,
) -> Result<Medication, RecordError> {
    if changes.is_empty() {
        return Err(RecordError::Invalid(
            "nothing to change: give at least one field to edit".into(),
        ));
    }
    let id =
        super::parse_short_id(&med.id, 'm').ok_or_else(|| RecordError::Invalid("bad id".into()))?;
    for (col, value) in changes {
        if !EDITABLE.contains(col) {
            return Err(RecordError::Invalid(format!(
                "a medication has no field {col}"
            )));
        }
        conn.execute(
            &format!("UPDATE medications SET \"{col}\" = ?1, updated_at = ?2 WHERE id = ?3"),
            params![value, now, id],
        )?;
    }
    let after = conn.query_row(
        &format!("SELECT {COLUMNS} FROM medications WHERE id = ?1"),
        [id],
        from_row,
    )?;
    let before_v = serde_json::to_value(med).unwrap_or_default();
    let after_v = serde_json::to_value(&after).unwrap_or_default();
    let pick = |v: &serde_json::Value| -> serde_json::Value {
        serde_json::Value::Object(
            changes
                .iter()
                .map(|(k, _)| ((*k).to_owned(), v.get(*k).cloned().unwrap_or_default()))
                .collect(),
        )
    };
    let what: Vec<String> = changes
        .iter()
        .filter(|(k, _)| *k != "parsed" && before_v.get(*k) != after_v.get(*k))
        .map(|(k, _)| {
            let show = |v: &serde_json::Value| match v.get(*k) {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Null) | None => "(none)".into(),
                Some(other) => other.to_string(),
            };
            format!("{k}: {} → {}", show(&before_v), show(&after_v))
        })
        .collect();
    log::append(
        conn,
        &Entry {
            at: now,
            action,
            kind: "medication",
            record_uuid: Some(&med.uuid),
            record_id: Some(&med.id),
            summary: &format!("{action} {}: {}", med.text, what.join("; ")),
            old: Some(&pick(&before_v)),
            new: Some(&pick(&after_v)),
            source,
        },
    )?;
    Ok(after)
}

/// Stops a medication: status, stop date and reason, logged.
pub fn stop(
    conn: &Connection,
    med: &Medication,
    date: &str,
    reason: Option<&str>,
    now: &str,
    source: Option<&str>,
) -> Result<Medication, RecordError> {
    if med.status == "stopped" {
        return Err(RecordError::Invalid(format!(
            "{} is already stopped",
            med.id
        )));
    }
    let mut changes = vec![
        ("status", Some("stopped".to_owned())),
        ("stop_date", Some(date.to_owned())),
    ];
    if let Some(r) = reason {
        changes.push(("stop_reason", Some(r.to_owned())));
    }
    update(conn, med, &changes, now, "stop", source)
}

/// Active medications, or all of them with `all`, in the order they were added.
pub fn list(conn: &Connection, all: bool) -> rusqlite::Result<Vec<Medication>> {
    let mut out = Vec::new();
    each_row::<rusqlite::Error>(conn, all, |row| {
        out.push(from_row(row)?);
        Ok(())
    })?;
    Ok(out)
}

/// The columns of a medication a printout shows, in [`list_shown`]'s order.
const SHOWN: &str =
    "text, name, kind, prescriber, reason, start_date, stop_date, status, instructions, parsed";

/// Every medication (or only the active ones) in id order, with only the fields a
/// printout shows: text, name, kind, prescriber, reason, start and stop dates, status,
/// instructions and the stored parse. The id, uuid, pharmacy, stop reason and timestamps
/// are left empty, as reading six more columns of thousands of rows is most of the cost of
/// reading them.
pub fn list_shown(conn: &Connection, all: bool) -> rusqlite::Result<Vec<Medication>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {SHOWN} FROM medications WHERE ?1 OR status = 'active' ORDER BY id"
    ))?;
    let rows = stmt.query_map([all], |r| {
        let kind: String = r.get(2)?;
        Ok(Medication {
            id: String::new(),
            uuid: String::new(),
            text: r.get(0)?,
            name: r.get(1)?,
            kind: MedKind::parse(&kind).unwrap_or_default(),
            prescriber: r.get(3)?,
            pharmacy: None,
            reason: r.get(4)?,
            start_date: r.get(5)?,
            stop_date: r.get(6)?,
            stop_reason: None,
            status: r.get(7)?,
            created_at: String::new(),
            updated_at: String::new(),
            instructions: r.get(8)?,
            parsed: r.get::<_, Option<String>>(9)?.map(StoredParse::from_text),
        })
    })?;
    rows.collect()
}

/// Calls `each` with every medication (or only the active ones) in id order, one at a
/// time, so that a long list is never held whole.
pub fn each<E: From<rusqlite::Error>>(
    conn: &Connection,
    all: bool,
    mut each: impl FnMut(&Medication) -> Result<(), E>,
) -> Result<(), E> {
    each_row(conn, all, |row| each(&from_row(row)?))
}

/// Runs `each` over the rows of every medication (or only the active ones) in id order.
fn each_row<E: From<rusqlite::Error>>(
    conn: &Connection,
    all: bool,
    mut each: impl FnMut(&Row<'_>) -> Result<(), E>,
) -> Result<(), E> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM medications WHERE ?1 OR status = 'active' ORDER BY id"
    ))?;
    let mut rows = stmt.query([all])?;
    while let Some(row) = rows.next()? {
        each(row)?;
    }
    Ok(())
}

/// A medication read in place: the fields the FHIR export and reconcile use, borrowed
/// from the row's values, so that a long list is read without building a [`Medication`]
/// each.
pub struct MedRef<'a> {
    pub id: i64,
    pub uuid: &'a str,
    pub text: &'a str,
    pub name: Option<&'a str>,
    pub kind: MedKind,
    pub prescriber: Option<&'a str>,
    pub reason: Option<&'a str>,
    pub start_date: Option<&'a str>,
    pub stop_date: Option<&'a str>,
    pub stop_reason: Option<&'a str>,
    pub instructions: Option<&'a str>,
    pub status: &'a str,
    pub updated_at: &'a str,
    /// The stored parse's JSON text, as it was saved (see [`StoredParse`]).
    pub parsed: Option<&'a str>,
}

impl<'a> MedRef<'a> {
    /// The fields of a row of [`COLUMNS`], read as [`from_row`] reads them.
    fn read(r: &'a Row<'_>) -> rusqlite::Result<Self> {
        use super::{row_str as text, row_str_required as required};
        Ok(MedRef {
            id: r.get(0)?,
            uuid: required(r, 1)?,
            text: required(r, 2)?,
            name: text(r, 3)?,
            kind: MedKind::parse(required(r, 4)?).unwrap_or_default(),
            prescriber: text(r, 5)?,
            reason: text(r, 7)?,
            start_date: text(r, 8)?,
            stop_date: text(r, 9)?,
            stop_reason: text(r, 10)?,
            status: required(r, 11)?,
            updated_at: required(r, 13)?,
            instructions: text(r, 14)?,
            parsed: text(r, 15)?,
        })
    }
}

/// Calls `each` with every medication (or only the active ones) in id order, one row at
/// a time, read in place (see [`MedRef`]).
pub fn each_ref<E: From<rusqlite::Error>>(
    conn: &Connection,
    all: bool,
    mut each: impl FnMut(&MedRef<'_>) -> Result<(), E>,
) -> Result<(), E> {
    each_row(conn, all, |row| each(&MedRef::read(row)?))
}

/// Calls `each` with the uuid, text, status and stop date of every medication (or only
/// the active ones) in id order: what a list of them needs, without the rest of each row.
pub fn each_brief<E: From<rusqlite::Error>>(
    conn: &Connection,
    all: bool,
    mut each: impl FnMut(&str, &str, &str, Option<&str>) -> Result<(), E>,
) -> Result<(), E> {
    super::each_texts(
        conn,
        "SELECT uuid, text, status, stop_date FROM medications
         WHERE ?1 OR status = 'active' ORDER BY id",
        [all],
        |[uuid, text, status, stop_date]| {
            each(
                uuid.unwrap_or_default(),
                text.unwrap_or_default(),
                status.unwrap_or_default(),
                stop_date,
            )
        },
    )
}

/// A row of `med list`'s table, borrowed from SQLite's values.
pub struct ListedMed<'a> {
    /// The short id, `m3`.
    pub id: &'a str,
    pub text: &'a str,
    pub kind: MedKind,
    pub prescriber: Option<&'a str>,
    pub start_date: Option<&'a str>,
    pub status: &'a str,
    pub stop_date: Option<&'a str>,
}

/// Calls `each` with the cells `med list` shows of every medication (or only the active
/// ones) in id order, reading only those seven columns of each row.
pub fn each_listed<E: From<rusqlite::Error>>(
    conn: &Connection,
    all: bool,
    mut each: impl FnMut(&ListedMed<'_>) -> Result<(), E>,
) -> Result<(), E> {
    super::each_texts(
        conn,
        "SELECT 'm' || id, text, kind, prescriber, start_date, status, stop_date
         FROM medications WHERE ?1 OR status = 'active' ORDER BY id",
        [all],
        |[id, text, kind, prescriber, start_date, status, stop_date]| {
            each(&ListedMed {
                id: id.unwrap_or_default(),
                text: text.unwrap_or_default(),
                kind: MedKind::parse(kind.unwrap_or_default()).unwrap_or_default(),
                prescriber,
                start_date,
                status: status.unwrap_or_default(),
                stop_date,
            })
        },
    )
}

/// Calls `each` with the short id (`m3`), text and stored parse (its JSON text, see
/// [`StoredParse`]) of every active medication in id order: all that reconciling against
/// the saved list reads, without the other thirteen columns of each row.
pub fn each_active_parse<E: From<rusqlite::Error>>(
    conn: &Connection,
    each: impl FnMut(&str, &str, Option<&str>) -> Result<(), E>,
) -> Result<(), E> {
    each_active_parse_in(conn, i64::MIN..=i64::MAX, each)
}

/// How many active medications have an id in `ids` (what [`each_active_parse_in`] gives).
pub fn count_active_in(
    conn: &Connection,
    ids: std::ops::RangeInclusive<i64>,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "SELECT count(*) FROM medications WHERE status = 'active' AND id BETWEEN ?1 AND ?2",
    )?
    .query_row([ids.start(), ids.end()], |r| r.get::<_, i64>(0))
    .map(|n| usize::try_from(n).unwrap_or(0))
}

/// [`each_active_parse`] over the medications whose row id is in `ids`.
pub fn each_active_parse_in<E: From<rusqlite::Error>>(
    conn: &Connection,
    ids: std::ops::RangeInclusive<i64>,
    mut each: impl FnMut(&str, &str, Option<&str>) -> Result<(), E>,
) -> Result<(), E> {
    super::each_texts(
        conn,
        "SELECT 'm' || id, text, parsed FROM medications
         WHERE status = 'active' AND id BETWEEN ?1 AND ?2 ORDER BY id",
        [ids.start(), ids.end()],
        |[id, text, parsed]| each(id.unwrap_or_default(), text.unwrap_or_default(), parsed),
    )
}

/// Calls `each` with every medication (or only the active ones) in id order, one row at
/// a time, as a value that serializes to exactly the JSON of the [`Medication`] that
/// [`list`] returns, straight from SQLite's values (what `med list --json` streams).
pub fn each_json<E: From<rusqlite::Error>>(
    conn: &Connection,
    all: bool,
    mut each: impl FnMut(&MedRowJson<'_, '_>) -> Result<(), E>,
) -> Result<(), E> {
    each_row(conn, all, |row| each(&MedRowJson { row }))
}

/// One row of the medications table, serialized as its [`Medication`].
pub struct MedRowJson<'a, 'r> {
    row: &'a Row<'r>,
}

impl Serialize for MedRowJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeStruct};
        let r = self.row;
        let text = |i: usize| super::row_text::<S::Error>(r, i);
        let required = |i: usize| super::row_required::<S::Error>(r, i);
        let id: i64 = r.get(0).map_err(S::Error::custom)?;
        let kind = MedKind::parse(required(4)?).unwrap_or_default();
        // As `StoredParse::from_text`: text that is not JSON is no parse.
        let parsed = text(15)?.and_then(|t| serde_json::from_str::<&RawValue>(t).ok());
        let mut m = s.serialize_struct("Medication", 16)?;
        m.serialize_field("id", &format_args!("m{id}"))?;
        m.serialize_field("uuid", required(1)?)?;
        m.serialize_field("text", required(2)?)?;
        m.serialize_field("name", &text(3)?)?;
        m.serialize_field("kind", &kind)?;
        m.serialize_field("prescriber", &text(5)?)?;
        m.serialize_field("pharmacy", &text(6)?)?;
        m.serialize_field("reason", &text(7)?)?;
        m.serialize_field("start_date", &text(8)?)?;
        m.serialize_field("stop_date", &text(9)?)?;
        m.serialize_field("stop_reason", &text(10)?)?;
        m.serialize_field("instructions", &text(14)?)?;
        m.serialize_field("status", required(11)?)?;
        m.serialize_field("parsed", &parsed)?;
        m.serialize_field("created_at", required(12)?)?;
        m.serialize_field("updated_at", required(13)?)?;
        m.end()
    }
}

/// Finds one medication by short id (`m3`), UUID, or an unambiguous name.
pub fn resolve(conn: &Connection, name: &str) -> Result<Medication, RecordError> {
    if let Some(id) = super::parse_short_id(name, 'm')
        && let Some(m) = conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM medications WHERE id = ?1"),
                [id],
                from_row,
            )
            .optional()?
    {
        return Ok(m);
    }
    let needle = name.trim().to_lowercase();
    let all = list(conn, true)?;
    let matches: Vec<&Medication> = all
        .iter()
        .filter(|m| {
            m.uuid == needle
                || m.name
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase() == needle)
                || m.text.to_lowercase() == needle
                || m.text
                    .to_lowercase()
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w == needle)
                || m.parsed
                    .as_ref()
                    .and_then(StoredParse::to_value)
                    .and_then(|p| p.get("ingredients").cloned())
                    .and_then(|i| i.as_array().cloned())
                    .is_some_and(|i| i.iter().any(|x| x.as_str() == Some(needle.as_str())))
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(RecordError::NotFound {
            kind: "medication",
            name: name.to_owned(),
        }),
        many => Err(RecordError::Ambiguous {
            kind: "medication",
            name: name.to_owned(),
            candidates: many
                .iter()
                .map(|m| format!("{} ({})", m.id, m.text))
                .collect(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::records::test_db as db;

    /// The streamed JSON is exactly the JSON of the listed medications: empty and filled
    /// fields, a stopped one, a damaged stored parse and another kind.
    #[test]
    fn streamed_rows_serialize_as_the_listed_medications() {
        let mut c = db();
        for text in ["Metformin 500 mg BID", "Vitamin D3 \"1000\" IU daily", "x"] {
            let mut m = NewMedication {
                text: text.into(),
                prescriber: Some("Dr Lee".into()),
                ..Default::default()
            };
            crate::medparse::fill(&mut m, false);
            add(&mut c, &m, "t").unwrap();
        }
        c.execute_batch(
            "UPDATE medications SET status = 'stopped', stop_date = '2026-11-01' WHERE id = 1;
             UPDATE medications SET parsed = 'not json', kind = 'supplement' WHERE id = 3;",
        )
        .unwrap();
        for all in [true, false] {
            let listed = serde_json::to_value(list(&c, all).unwrap()).unwrap();
            let mut streamed = Vec::new();
            each_json(&c, all, |r| {
                streamed.push(serde_json::to_value(r).unwrap());
                Ok::<(), rusqlite::Error>(())
            })
            .unwrap();
            assert_eq!(serde_json::Value::Array(streamed), listed);
            // In brief, each has the listed uuid, text, status and stop date.
            let mut brief = Vec::new();
            each_brief(&c, all, |uuid, text, status, stop| {
                brief.push(serde_json::json!({
                    "uuid": uuid, "text": text, "status": status, "stop_date": stop,
                }));
                Ok::<(), rusqlite::Error>(())
            })
            .unwrap();
            let want: Vec<serde_json::Value> = list(&c, all)
                .unwrap()
                .iter()
                .map(|m| {
                    serde_json::json!({
                        "uuid": m.uuid, "text": m.text, "status": m.status, "stop_date": m.stop_date,
                    })
                })
                .collect();
            assert_eq!(brief, want);
            assert_eq!(brief.len(), if all { 3 } else { 2 });
        }
        let all = list(&c, true).unwrap();
        // The damaged parse is kept as stored, written out as null and read as none.
        assert!(all[0].parsed.as_ref().is_some_and(|p| p.json().is_some()));
        let damaged = all[2].parsed.as_ref().unwrap();
        assert_eq!(damaged.get(), "not json");
        assert!(damaged.json().is_none() && damaged.to_value().is_none());
        assert_eq!(
            serde_json::to_value(&all[2]).unwrap()["parsed"],
            serde_json::Value::Null
        );
        assert_eq!(
            crate::medparse::parsed_of(&all[2]),
            crate::sig::parse(&all[2].text)
        );
        assert_eq!(all[2].kind, MedKind::Supplement);
    }

    #[test]
    fn add_list_and_log() {
        let mut c = db();
        let m = add(
            &mut c,
            &NewMedication {
                text: "Metformin 500 mg BID".into(),
                ..Default::default()
            },
            "2026-11-26T00:00:00Z",
        )
        .unwrap();
        assert_eq!(m.id, "m1");
        assert_eq!(m.status, "active");
        assert_eq!(list(&c, false).unwrap(), vec![m.clone()]);
        let changes = log::list(&c, Some(&m.uuid)).unwrap();
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].action, "add");
    }

    #[test]
    fn empty_text_is_refused() {
        let mut c = db();
        assert!(matches!(
            add(&mut c, &NewMedication::default(), "t"),
            Err(RecordError::Invalid(_))
        ));
    }

    #[test]
    fn resolve_by_id_and_name() {
        let mut c = db();
        for t in ["Lisinopril 10 mg daily", "Aspirin 81 mg", "aspirin 325 mg"] {
            add(
                &mut c,
                &NewMedication {
                    text: t.into(),
                    ..Default::default()
                },
                "t",
            )
            .unwrap();
        }
        assert_eq!(resolve(&c, "m2").unwrap().text, "Aspirin 81 mg");
        let tylenol = add(
            &mut c,
            &NewMedication {
                text: "Tylenol 500 mg".into(),
                parsed: Some(serde_json::json!({"ingredients": ["acetaminophen"]})),
                ..Default::default()
            },
            "t",
        )
        .unwrap();
        assert_eq!(resolve(&c, "Acetaminophen").unwrap().id, tylenol.id);
        assert_eq!(resolve(&c, "tylenol").unwrap().id, tylenol.id);
        assert_eq!(resolve(&c, "LISINOPRIL").unwrap().id, "m1");
        match resolve(&c, "aspirin") {
            Err(RecordError::Ambiguous { candidates, .. }) => {
                assert_eq!(candidates, ["m2 (Aspirin 81 mg)", "m3 (aspirin 325 mg)"])
            }
            other => panic!("expected ambiguity, got {other:?}"),
        }
        assert!(matches!(
            resolve(&c, "warfarin"),
            Err(RecordError::NotFound { .. })
        ));
    }
}
