//! The whole binder as one portable document ("phr-binder", version 1) in JSON, TOML or
//! YAML, and its import: into an empty binder it gives back identical records (ids,
//! UUIDs, timestamps, change log); into a binder with records it merges by UUID, the
//! newer `updated_at` winning. The format is documented in README.md.

use std::path::Path;

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, params_from_iter};
use serde_json::{Map, Value};

use crate::binder::SharedImage;
use crate::ends::{End, TwoEnds};
use crate::error::CliError;
use crate::import::{Report, wrong};
use crate::records::kinds::{self, FieldType, Kind};
use crate::records::profile;

pub const FORMAT: &str = "phr-binder";
pub const VERSION: u64 = 1;

/// Medication columns besides `id`, in the order the format writes them.
const MED_COLUMNS: &[&str] = &[
    "uuid",
    "text",
    "name",
    "kind",
    "prescriber",
    "pharmacy",
    "reason",
    "start_date",
    "stop_date",
    "stop_reason",
    "instructions",
    "status",
    "parsed",
    "created_at",
    "updated_at",
];

const META_KEYS: &[&str] = &["no_known_allergies", "meds_verified_at"];

fn kind_columns(kind: &Kind) -> Vec<String> {
    let mut cols = vec!["uuid".to_owned()];
    for f in kind.fields {
        cols.push(f.name.to_owned());
        if f.ty == FieldType::Provider {
            cols.push(format!("{}_uuid", f.name));
        }
    }
    cols.push("created_at".into());
    cols.push("updated_at".into());
    cols
}

/// The kind's yes/no fields, held as 0/1 and written as booleans.
fn flag_fields(kind: &Kind) -> Vec<&'static str> {
    kind.fields
        .iter()
        .filter(|f| f.ty == FieldType::Flag)
        .map(|f| f.name)
        .collect()
}

fn quoted(cols: &[String]) -> String {
    cols.iter()
        .map(|c| format!("\"{c}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One array of the document: a table's rows, each an object of its non-null columns.
struct Rows {
    key: &'static str,
    table: &'static str,
    /// What one row is, in an import's report.
    label: &'static str,
    prefix: &'static str,
    cols: Vec<String>,
    /// Columns held as 0/1 and written as booleans.
    flags: Vec<&'static str>,
    /// Columns held as JSON text and written as JSON.
    json_cols: &'static [&'static str],
    /// Whether the row's `id` is left out (the change log's entries have none).
    no_id: bool,
}

/// How a JSON column's value is handed to the serializer (see [`Rows::cell`]).
#[derive(Clone, Copy)]
enum JsonCells {
    /// Read into a `Value` first: TOML's serializer asks for each value twice.
    Values,
    /// Read into a [`crate::json::Tree`] where the text takes one (else as `Streamed`):
    /// what `toml_block` writes, and YAML's serializer reads.
    Trees,
    /// Handed on as it is read: the serializer asks for each value once.
    Streamed,
    /// As pretty JSON text, indented for this many levels down, which the JSON writer
    /// takes as it is ([`crate::json::reindent`]); streamed where the text is not plain
    /// JSON.
    PrettyAt(usize),
}

/// One column of a row as the document has it, borrowed from SQLite's value where it can
/// be.
enum Cell<'r> {
    /// NULL (a flag is never left out: a NULL flag is `false`).
    Absent,
    Flag(bool),
    Integer(i64),
    Real(f64),
    Text(&'r str),
    /// A JSON column's value, handed on as it is read.
    Json(super::transcode::Json<'r>),
    /// A JSON column's value as pretty JSON text, written as it is.
    Pretty(String),
    /// A JSON column's value read into a tree.
    Tree(crate::json::Tree<'r>),
    /// A JSON column's value read into a `Value` first: one that repeats a key (kept
    /// once), every one for TOML, and text that is not JSON (kept as a string).
    Value(Value),
}

impl serde::Serialize for Cell<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Absent => s.serialize_unit(),
            Cell::Flag(b) => s.serialize_bool(*b),
            Cell::Integer(i) => s.serialize_i64(*i),
            Cell::Real(f) => s.serialize_f64(*f),
            Cell::Text(t) => s.serialize_str(t),
            Cell::Json(v) => v.serialize(s),
            Cell::Pretty(text) => crate::json::Raw(text).serialize(s),
            Cell::Tree(t) => t.serialize(s),
            Cell::Value(v) => v.serialize(s),
        }
    }
}

impl Rows {
    fn select(&self) -> String {
        format!(
            "SELECT id, {} FROM {} ORDER BY id",
            quoted(&self.cols),
            self.table
        )
    }

    /// The row's `id` as the document writes it (`m12`), unless its rows have none.
    fn id(&self, r: &rusqlite::Row<'_>) -> rusqlite::Result<Option<String>> {
        if self.no_id {
            return Ok(None);
        }
        let id: i64 = r.get(0)?;
        Ok(Some(format!("{}{id}", self.prefix)))
    }

    /// Column `i` (of [`Rows::cols`]) of a row: flags as booleans, JSON columns as JSON,
    /// a real that is not finite (not a JSON number) and a blob as absent.
    ///
    /// A JSON column is written as `json` says; text that is not JSON is kept as a
    /// string.
    fn cell<'r>(
        &self,
        r: &'r rusqlite::Row<'_>,
        i: usize,
        json: JsonCells,
    ) -> rusqlite::Result<Cell<'r>> {
        use rusqlite::types::ValueRef;
        let c = self.cols[i].as_str();
        let v = r.get_ref(i + 1)?;
        if self.flags.contains(&c) {
            return Ok(Cell::Flag(matches!(v, ValueRef::Integer(n) if n != 0)));
        }
        Ok(match v {
            ValueRef::Null | ValueRef::Blob(_) => Cell::Absent,
            ValueRef::Integer(n) => Cell::Integer(n),
            ValueRef::Real(f) if f.is_finite() => Cell::Real(f),
            ValueRef::Real(_) => Cell::Absent,
            ValueRef::Text(t) => {
                let t = std::str::from_utf8(t).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        i + 1,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
                if self.json_cols.contains(&c) {
                    match json {
                        JsonCells::PrettyAt(depth) => {
                            let mut text = String::with_capacity(t.len() * 2);
                            if crate::json::reindent(t, depth, &mut text) {
                                return Ok(Cell::Pretty(text));
                            }
                        }
                        JsonCells::Trees => {
                            if let Some(tree) = crate::json::tree(t) {
                                return Ok(Cell::Tree(tree));
                            }
                        }
                        JsonCells::Values | JsonCells::Streamed => {}
                    }
                    let streamed = !matches!(json, JsonCells::Values);
                    match streamed.then(|| super::transcode::Json::new(t)).flatten() {
                        Some(json) => Cell::Json(json),
                        None => Cell::Value(
                            serde_json::from_str(t).unwrap_or_else(|_| Value::String(t.to_owned())),
                        ),
                    }
                } else {
                    Cell::Text(t)
                }
            }
        })
    }

    /// Calls `each` with the rows whose id is in `ids`, in id order.
    fn each_row_in<E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        ids: &std::ops::RangeInclusive<i64>,
        mut each: impl FnMut(&rusqlite::Row<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT id, {} FROM {} WHERE id BETWEEN ?1 AND ?2 ORDER BY id",
            quoted(&self.cols),
            self.table
        ))?;
        let mut rows = stmt.query([ids.start(), ids.end()])?;
        while let Some(r) = rows.next()? {
            each(r)?;
        }
        Ok(())
    }

    /// Calls `each` with every row, in id order, as SQLite holds it.
    fn each_row<E: From<rusqlite::Error>>(
        &self,
        conn: &Connection,
        mut each: impl FnMut(&rusqlite::Row<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut stmt = conn.prepare(&self.select())?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r)?;
        }
        Ok(())
    }
}

/// A row as the document has it (an object of its non-null columns), serialized straight
/// from SQLite's values; a database error is kept aside.
struct RowDoc<'a, 'r> {
    rows: &'a Rows,
    row: &'a rusqlite::Row<'r>,
    failed: &'a std::cell::RefCell<Option<rusqlite::Error>>,
    /// How JSON columns are written (see [`Rows::cell`]).
    json: JsonCells,
}

/// `{key: [row]}`: an array of one row, under its key (a TOML array-of-tables element,
/// YAML's first item of an array).
struct One<'a, 'r>(&'static str, RowDoc<'a, 'r>);

impl serde::Serialize for One<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(1))?;
        m.serialize_entry(self.0, &[&self.1])?;
        m.end()
    }
}

impl serde::Serialize for RowDoc<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let fail = |e: rusqlite::Error| {
            *self.failed.borrow_mut() = Some(e);
            serde::ser::Error::custom("the binder's database failed")
        };
        let mut m = s.serialize_map(None)?;
        if let Some(id) = self.rows.id(self.row).map_err(fail)? {
            m.serialize_entry("id", &id)?;
        }
        for (i, c) in self.rows.cols.iter().enumerate() {
            match self.rows.cell(self.row, i, self.json).map_err(fail)? {
                Cell::Absent => {}
                cell => m.serialize_entry(c, &cell)?,
            }
        }
        m.end()
    }
}

/// The document's arrays, in its order: medications, each kind ([`tables`]), then the
/// change log.
fn arrays() -> Vec<Rows> {
    let mut out = tables();
    out.push(Rows {
        key: "log",
        table: "change_log",
        label: "change",
        prefix: "",
        cols: [
            "uuid",
            "at",
            "action",
            "kind",
            "record_uuid",
            "record_id",
            "summary",
            "old_value",
            "new_value",
            "source",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect(),
        flags: Vec::new(),
        json_cols: &[],
        no_id: true,
    });
    out
}

/// The arrays that hold records, which an import merges: medications, then each kind.
fn tables() -> Vec<Rows> {
    let mut out = vec![Rows {
        key: "medications",
        table: "medications",
        label: "medication",
        prefix: "m",
        cols: MED_COLUMNS.iter().map(|s| (*s).to_owned()).collect(),
        flags: Vec::new(),
        json_cols: &["parsed"],
        no_id: false,
    }];
    for k in kinds::ALL {
        out.push(Rows {
            key: k.table,
            table: k.table,
            label: k.name,
            prefix: k.prefix,
            cols: kind_columns(k),
            flags: flag_fields(k),
            json_cols: &[],
            no_id: false,
        });
    }
    out
}

/// What comes before the arrays: the format, when, the profile and its dates, and the
/// binder's facts (no known allergies, when the list was last verified).
fn head(conn: &Connection, exported_at: &str) -> rusqlite::Result<Map<String, Value>> {
    let mut doc = Map::new();
    doc.insert("format".into(), FORMAT.into());
    doc.insert("version".into(), VERSION.into());
    doc.insert("exported_at".into(), exported_at.into());
    let mut prof = Map::new();
    let mut prof_at = Map::new();
    {
        let mut stmt = conn.prepare("SELECT key, value, updated_at FROM profile ORDER BY key")?;
        let rs = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rs {
            let (k, v, at) = row?;
            prof.insert(k.clone(), Value::String(v));
            prof_at.insert(k, Value::String(at));
        }
    }
    doc.insert("profile".into(), Value::Object(prof));
    doc.insert("profile_updated_at".into(), Value::Object(prof_at));
    for k in META_KEYS {
        if let Some(v) = profile::meta(conn, k)? {
            doc.insert((*k).into(), Value::String(v));
        }
    }
    Ok(doc)
}

/// The whole binder as the portable document, built in memory (what the import's tests
/// and fuzzer read back; the `write_*` functions stream the same document).
pub fn export(conn: &Connection, exported_at: &str) -> rusqlite::Result<Value> {
    let mut doc = head(conn, exported_at)?;
    let failed = std::cell::RefCell::new(None);
    for a in &arrays() {
        let mut rows = Vec::new();
        a.each_row(conn, |row| {
            let row = RowDoc {
                rows: a,
                row,
                failed: &failed,
                json: JsonCells::Streamed,
            };
            match serde_json::to_value(&row) {
                Ok(v) => rows.push(v),
                Err(e) => {
                    return Err(failed
                        .borrow_mut()
                        .take()
                        .unwrap_or_else(|| rusqlite::Error::ToSqlConversionFailure(e.into())));
                }
            }
            Ok(())
        })?;
        doc.insert(a.key.into(), Value::Array(rows));
    }
    Ok(Value::Object(doc))
}

/// Writes the portable document as [`to_json`] writes [`export`]'s, a row at a time:
/// the document is never held in memory, but for the parts written on a second thread
/// (see [`parts_in_order`]). A database error on the way is an `Other` error carrying
/// the [`rusqlite::Error`].
pub fn write_json(
    conn: &Connection,
    shared: Option<SharedImage>,
    exported_at: &str,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let head = head(conn, exported_at).map_err(std::io::Error::other)?;
    let arrays = arrays();
    // The document's entries, each `"key": value` at the first level, as
    // `to_writer_pretty` writes them (the head has at least `format`, so every array
    // follows a comma).
    w.write_all(b"{")?;
    let mut first = true;
    for (k, v) in &head {
        json_entry(w, first, k, v)?;
        first = false;
    }
    let arrays: Vec<&Rows> = arrays.iter().collect();
    parts_in_order(conn, shared, &arrays, w, |conn, part, w| {
        let rows = part.rows;
        if part.opens {
            w.write_all(b",\n  ")?;
            serde_json::to_writer(&mut *w, rows.key)?;
            w.write_all(b": ")?;
            if part.first_id.is_none() {
                return w.write_all(b"[]");
            }
            w.write_all(b"[")?;
        }
        // The rows as `to_writer_pretty` writes an array's elements, passed on in pieces.
        let failed = std::cell::RefCell::new(None);
        let mut text = Vec::with_capacity(JSON_PIECE + JSON_PIECE / 4);
        rows.each_row_in(conn, &part.ids, |row| -> Result<(), Either> {
            let before: &[u8] = if part.is_first(row)? {
                b"\n    "
            } else {
                b",\n    "
            };
            text.extend_from_slice(before);
            let doc = RowDoc {
                rows,
                row,
                failed: &failed,
                json: JsonCells::PrettyAt(ROW_VALUES_AT),
            };
            let written = crate::json::to_vec_pretty_at(&mut text, 2, &doc);
            if let Some(e) = failed.borrow_mut().take() {
                return Err(Either::Db(e));
            }
            written.map_err(std::io::Error::from)?;
            if text.len() >= JSON_PIECE {
                w.write_all(&text)?;
                text.clear();
            }
            Ok(())
        })
        .map_err(Either::into_io)?;
        w.write_all(&text)?;
        if part.closes {
            w.write_all(b"\n  ]")?;
        }
        Ok(())
    })?;
    w.write_all(b"\n}\n")
}

/// How many levels down a row's values are in the JSON document: an array at its first
/// level (see [`json_entry`]), a row at the second.
const ROW_VALUES_AT: usize = 3;

/// How much JSON text a part holds before passing it on.
const JSON_PIECE: usize = 1 << 15;

/// `"key": value` at the document's first level, after a comma unless `first`.
fn json_entry(
    w: &mut dyn std::io::Write,
    first: bool,
    key: &str,
    value: &impl serde::Serialize,
) -> std::io::Result<()> {
    w.write_all(if first { b"\n  " } else { b",\n  " })?;
    serde_json::to_writer(&mut *w, key)?;
    w.write_all(b": ")?;
    crate::json::write_pretty_at(w, 1, value).map_err(std::io::Error::from)
}

/// One part of the document: the rows of one array whose ids are in `ids` (all of them,
/// for an array that is not cut), with the array's opening before them when `opens` and
/// its close after them when `closes`.
struct Part<'a> {
    rows: &'a Rows,
    ids: std::ops::RangeInclusive<i64>,
    /// The array's lowest id: its first row, which JSON and YAML write unlike the others
    /// (`None` for an empty array).
    first_id: Option<i64>,
    opens: bool,
    closes: bool,
}

impl Part<'_> {
    /// Whether `row` (of this part) is its array's first.
    fn is_first(&self, row: &rusqlite::Row<'_>) -> rusqlite::Result<bool> {
        Ok(Some(row.get::<_, i64>(0)?) == self.first_id)
    }
}

/// How many row ids make a part of a long array.
const PART_IDS: i64 = 512;

/// The most parts an array is cut into, however far apart its ids are.
const MAX_PARTS: i64 = 4096;

/// The arrays' parts, in the document's order: where `cut`, an array of more than
/// [`PART_IDS`] ids is cut into parts of that many (of more where its ids are far apart,
/// so that there are at most [`MAX_PARTS`]), so that two threads can share it.
fn parts<'a>(conn: &Connection, arrays: &[&'a Rows], cut: bool) -> rusqlite::Result<Vec<Part<'a>>> {
    let mut out = Vec::new();
    for rows in arrays {
        let (low, high): (Option<i64>, Option<i64>) = conn.query_row(
            // Two subqueries: SQLite reads `min` and `max` of a rowid off its b-tree's
            // ends only when each stands alone (together they scan the table).
            &format!(
                "SELECT (SELECT min(id) FROM {0}), (SELECT max(id) FROM {0})",
                rows.table
            ),
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let ranges = match (cut, low, high) {
            (true, Some(low), Some(high)) => crate::ends::cut_ids(low, high, PART_IDS, MAX_PARTS),
            _ => vec![i64::MIN..=i64::MAX],
        };
        let last = ranges.len() - 1;
        for (i, ids) in ranges.into_iter().enumerate() {
            out.push(Part {
                rows,
                ids,
                first_id: low,
                opens: i == 0,
                closes: i == last,
            });
        }
    }
    Ok(out)
}

/// Writes the arrays in order, a part at a time, with `write_part`. Where the image is
/// shared (see [`SharedImage`]), long arrays are cut into parts ([`parts`]) and written
/// on two threads: this one takes parts from the front and writes them out, a second,
/// with its own connection, takes them from the back and writes them into memory, each
/// taking the next part when done with the last, until they meet; the second thread's
/// parts are then passed on in order. So a second core that comes late (this machine's
/// is not always there when asked for) takes fewer parts, and where no thread or
/// connection can be had this one takes them all. An error of the parts written here
/// comes first.
fn parts_in_order(
    conn: &Connection,
    shared: Option<SharedImage>,
    arrays: &[&Rows],
    w: &mut dyn std::io::Write,
    write_part: impl Fn(&Connection, &Part<'_>, &mut dyn std::io::Write) -> std::io::Result<()> + Sync,
) -> std::io::Result<()> {
    let parts = parts(conn, arrays, shared.is_some()).map_err(std::io::Error::other)?;
    let Some(image) = shared.filter(|_| parts.len() > 1) else {
        return parts
            .iter()
            .try_for_each(|part| write_part(conn, part, &mut *w));
    };
    let left = TwoEnds::new(0..parts.len());
    let (parts, write_part) = (&parts, &write_part);
    let (here, apart) = image.alongside(
        "phr-write",
        || {
            let mut taken = 0;
            while let Some(i) = left.take(End::Front) {
                if let Err(e) = write_part(conn, &parts[i], &mut *w) {
                    left.stop();
                    return Err(e);
                }
                taken = i + 1;
            }
            Ok(taken)
        },
        |conn| {
            // The parts are written back to front into one buffer; where each lies.
            let (mut text, mut spans) = (Vec::new(), Vec::new());
            while let Some(i) = left.take(End::Back) {
                let start = text.len();
                if let Err(e) = write_part(conn, &parts[i], &mut text) {
                    left.stop();
                    return Err(e);
                }
                spans.push(start..text.len());
            }
            Ok((text, spans))
        },
    );
    let taken = here?;
    match apart {
        Some(apart) => {
            let (text, spans) = apart?;
            spans
                .into_iter()
                .rev()
                .try_for_each(|span| w.write_all(&text[span]))
        }
        // No second thread or connection took any part: had one ended in a panic, the
        // parts it took would be missing, so every part after this thread's is written.
        None => parts[taken..]
            .iter()
            .try_for_each(|part| write_part(conn, part, &mut *w)),
    }
}

impl Rows {
    /// Whether the table has no rows.
    fn is_empty(&self, conn: &Connection) -> rusqlite::Result<bool> {
        conn.query_row(
            &format!("SELECT NOT EXISTS (SELECT 1 FROM {})", self.table),
            [],
            |r| r.get(0),
        )
    }
}

/// Writes the portable document as [`to_toml`] writes [`export`]'s, a row at a time.
/// TOML puts plain values (an empty array is one) before tables, and tables before
/// arrays of tables, each element of which stands alone: so the head and the empty
/// arrays are written as one small document, then each row as a one-element array of
/// tables. (Serializing the whole document at once took time quadratic in its rows:
/// 1 s for 10,000 records, over 6 minutes for 100,000.) A database error on the way
/// is an `Other` error carrying the [`rusqlite::Error`].
pub fn write_toml(
    conn: &Connection,
    shared: Option<SharedImage>,
    exported_at: &str,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let toml_error = |e: toml::ser::Error| std::io::Error::new(std::io::ErrorKind::InvalidData, e);
    let mut doc = head(conn, exported_at).map_err(std::io::Error::other)?;
    let arrays = arrays();
    let mut filled = Vec::new();
    for a in &arrays {
        if a.is_empty(conn).map_err(std::io::Error::other)? {
            doc.insert(a.key.into(), Value::Array(Vec::new()));
        } else {
            filled.push(a);
        }
    }
    w.write_all(toml::to_string_pretty(&doc).map_err(toml_error)?.as_bytes())?;
    parts_in_order(conn, shared, &filled, w, |conn, part, w| {
        let a = part.rows;
        let failed = std::cell::RefCell::new(None);
        let mut fast = String::new();
        a.each_row_in(conn, &part.ids, |row| -> Result<(), Either> {
            fast.clear();
            fast.push('\n');
            if a.toml_row(row, &mut fast).map_err(Either::Db)? {
                return Ok(w.write_all(fast.as_bytes())?);
            }
            let one = One(
                a.key,
                RowDoc {
                    rows: a,
                    row,
                    failed: &failed,
                    json: JsonCells::Values,
                },
            );
            let text = toml::to_string_pretty(&one);
            if let Some(e) = failed.borrow_mut().take() {
                return Err(Either::Db(e));
            }
            let text = text.map_err(toml_error)?;
            w.write_all(b"\n")?;
            Ok(w.write_all(text.as_bytes())?)
        })
        .map_err(Either::into_io)
    })
}

impl Rows {
    /// Appends the row as the `toml` crate writes it, by [`super::toml_block`]; false
    /// (and `out` as it was) for a row that writer leaves to the crate.
    fn toml_row(&self, row: &rusqlite::Row<'_>, out: &mut String) -> rusqlite::Result<bool> {
        use super::toml_block::{self, Item};
        let id = self.id(row)?;
        let mut cells = Vec::with_capacity(self.cols.len());
        for (i, c) in self.cols.iter().enumerate() {
            cells.push((c.as_str(), self.cell(row, i, JsonCells::Trees)?));
        }
        // A JSON column's `Value` (text a tree does not take) as a tree.
        let trees: Vec<Option<crate::json::Tree<'_>>> = cells
            .iter()
            .map(|(_, cell)| match cell {
                Cell::Value(v) => Some(crate::json::Tree::from(v)),
                _ => None,
            })
            .collect();
        let mut items: Vec<(&str, Item<'_>)> = Vec::with_capacity(cells.len() + 1);
        if let Some(id) = &id {
            items.push(("id", Item::Str(id)));
        }
        for ((c, cell), tree) in cells.iter().zip(&trees) {
            items.push((
                c,
                match (cell, tree) {
                    (Cell::Absent, _) => continue,
                    (Cell::Flag(b), _) => Item::Bool(*b),
                    (Cell::Integer(i), _) => Item::Int(*i),
                    (Cell::Real(f), _) => Item::Float(*f),
                    (Cell::Text(t), _) => Item::Str(t),
                    (Cell::Tree(t), _) | (Cell::Value(_), Some(t)) => Item::Json(t),
                    (Cell::Value(_), None) | (Cell::Json(_) | Cell::Pretty(_), _) => {
                        return Ok(false);
                    }
                },
            ));
        }
        Ok(toml_block::row(out, self.key, &items).is_ok())
    }
}

/// Writes the portable document as [`to_yaml`] writes [`export`]'s, a row at a time:
/// the head as one small document, then each array in the document's order, its first
/// row with the array's key and each other row as a one-element sequence, which YAML
/// writes as the next item. (Built whole, the document took 520 MiB for 100,000
/// records.) A database error on the way is an `Other` error carrying the
/// [`rusqlite::Error`].
pub fn write_yaml(
    conn: &Connection,
    shared: Option<SharedImage>,
    exported_at: &str,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let yaml_error = |e: crate::yaml::YamlError| {
        std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string())
    };
    let head = head(conn, exported_at).map_err(std::io::Error::other)?;
    let mut text = Vec::with_capacity(1 << 12);
    crate::yaml::write_into(&head, &mut text).map_err(yaml_error)?;
    w.write_all(&text)?;
    let arrays = arrays();
    let arrays: Vec<&Rows> = arrays.iter().collect();
    parts_in_order(conn, shared, &arrays, w, |conn, part, w| {
        let a = part.rows;
        let failed = std::cell::RefCell::new(None);
        let mut text = Vec::with_capacity(1 << 12);
        a.each_row_in(conn, &part.ids, |row| -> Result<(), Either> {
            let first = part.is_first(row)?;
            let row = RowDoc {
                rows: a,
                row,
                failed: &failed,
                json: JsonCells::Trees,
            };
            text.clear();
            let written = if first {
                crate::yaml::write_into(&One(a.key, row), &mut text)
            } else {
                crate::yaml::write_into(&[row], &mut text)
            };
            if let Some(e) = failed.borrow_mut().take() {
                return Err(Either::Db(e));
            }
            written.map_err(yaml_error)?;
            Ok(w.write_all(&text)?)
        })
        .map_err(Either::into_io)?;
        if part.first_id.is_none() {
            let mut empty = Map::new();
            empty.insert(a.key.into(), Value::Array(Vec::new()));
            text.clear();
            crate::yaml::write_into(&empty, &mut text).map_err(yaml_error)?;
            w.write_all(&text)?;
        }
        Ok(())
    })
}

/// A row reader's error: the database's, or the writer's.
enum Either {
    Db(rusqlite::Error),
    Io(std::io::Error),
}

impl Either {
    /// An I/O error, the database's carried as an `Other` one.
    fn into_io(self) -> std::io::Error {
        match self {
            Either::Db(e) => std::io::Error::other(e),
            Either::Io(e) => e,
        }
    }
}

impl From<rusqlite::Error> for Either {
    fn from(e: rusqlite::Error) -> Self {
        Either::Db(e)
    }
}

impl From<std::io::Error> for Either {
    fn from(e: std::io::Error) -> Self {
        Either::Io(e)
    }
}

/// Whether a parsed document claims to be a phr binder export.
pub fn is_portable(v: &Value) -> bool {
    v.get("format").and_then(Value::as_str) == Some(FORMAT)
}

fn json_to_sql(v: &Value) -> Sql {
    match v {
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::String(s) => Sql::Text(s.clone()),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Sql::Text(i.to_string()),
            None => Sql::Text(n.to_string()),
        },
        other => Sql::Text(other.to_string()),
    }
}

/// A table as an import merges it: its columns as the document has them, and what a
/// row must have.
struct Table<'a> {
    rows: &'a Rows,
    /// Columns that may not be null.
    required: &'a [&'a str],
    /// Text columns with a longest length (in bytes): a longer row is skipped.
    longest: &'a [(&'a str, usize)],
}

/// The columns of `table` (named by the caller) that cannot be empty and have a default
/// (`kind` and `status` of a medication, say), with that default: a text or a number.
fn column_defaults(conn: &Connection, table: &str) -> rusqlite::Result<Vec<(String, Sql)>> {
    let mut st = conn.prepare(&format!("PRAGMA table_info({table})"))?;
    let rows = st.query_map([], |r| {
        Ok((
            r.get::<_, String>("name")?,
            r.get::<_, bool>("notnull")?,
            r.get::<_, Option<String>>("dflt_value")?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (name, not_null, default) = row?;
        let value = match default.as_deref() {
            Some(d) if not_null => match d.strip_prefix('\'').and_then(|d| d.strip_suffix('\'')) {
                Some(text) => Some(Sql::Text(text.replace("''", "'"))),
                None => d.parse().ok().map(Sql::Integer),
            },
            _ => None,
        };
        if let Some(v) = value {
            out.push((name, v));
        }
    }
    Ok(out)
}

fn merge_rows(
    conn: &Connection,
    path: &Path,
    t: &Table<'_>,
    items: &[Value],
    report: &mut Report,
) -> Result<(), CliError> {
    let defaults = column_defaults(conn, t.rows.table).map_err(db)?;
    for item in items {
        let Some(obj) = item.as_object() else {
            return Err(wrong(
                path,
                &format!("an entry of {} is not a table", t.rows.table),
            ));
        };
        let uuid = obj.get("uuid").and_then(Value::as_str).unwrap_or("");
        if uuid.is_empty() {
            report.skip(
                t.rows.label,
                obj.get("id").and_then(Value::as_str).unwrap_or("?"),
                "no uuid",
            );
            continue;
        }
        if let Some(missing) = t
            .required
            .iter()
            .find(|c| obj.get(**c).is_none_or(Value::is_null))
        {
            report.skip(t.rows.label, uuid, format!("no {missing}"));
            continue;
        }
        if let Some((col, most)) = t.longest.iter().find(|(c, most)| {
            obj.get(*c)
                .and_then(Value::as_str)
                .is_some_and(|v| v.len() > *most)
        }) {
            report.skip(
                t.rows.label,
                uuid,
                format!("its {col} is longer than {} KiB", most / 1024),
            );
            continue;
        }
        let values: Vec<Sql> = t
            .rows
            .cols
            .iter()
            .map(|c| {
                let v = obj.get(c).unwrap_or(&Value::Null);
                if v.is_null()
                    && let Some((_, d)) = defaults.iter().find(|(col, _)| col == c)
                {
                    // A field left out takes the binder's default, as `med add` gives
                    // a medication `rx` and `active`.
                    d.clone()
                } else if t.rows.flags.contains(&c.as_str()) {
                    Sql::Integer(i64::from(v.as_bool().unwrap_or(false)))
                } else if t.rows.json_cols.contains(&c.as_str()) && !v.is_null() {
                    match v {
                        Value::String(s) => Sql::Text(s.clone()),
                        other => Sql::Text(normalise_parsed(other)),
                    }
                } else {
                    json_to_sql(v)
                }
            })
            .collect();
        let existing: Option<(i64, String)> = conn
            .query_row(
                &format!(
                    "SELECT id, updated_at FROM {} WHERE uuid = ?1",
                    t.rows.table
                ),
                [uuid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(db)?;
        let incoming_at = obj.get("updated_at").and_then(Value::as_str).unwrap_or("");
        match existing {
            Some((id, at)) => {
                if incoming_at > at.as_str() {
                    let sets: Vec<String> = t
                        .rows
                        .cols
                        .iter()
                        .enumerate()
                        .map(|(i, c)| format!("\"{c}\" = ?{}", i + 1))
                        .collect();
                    let mut p = values.clone();
                    p.push(Sql::Integer(id));
                    conn.execute(
                        &format!(
                            "UPDATE {} SET {} WHERE id = ?{}",
                            t.rows.table,
                            sets.join(", "),
                            p.len()
                        ),
                        params_from_iter(p),
                    )
                    .map_err(|e| refused(path, t.rows.label, e))?;
                    report.updated(t.rows.label);
                } else {
                    report.unchanged(t.rows.label);
                }
            }
            None => {
                let want_id = obj
                    .get("id")
                    .and_then(Value::as_str)
                    .and_then(|s| s.strip_prefix(t.rows.prefix))
                    .and_then(|n| n.parse::<i64>().ok());
                let free = match want_id {
                    Some(n) => conn
                        .query_row(
                            &format!("SELECT 1 FROM {} WHERE id = ?1", t.rows.table),
                            [n],
                            |_| Ok(()),
                        )
                        .optional()
                        .map_err(db)?
                        .is_none(),
                    None => false,
                };
                let mut cols = quoted(&t.rows.cols);
                let mut p = values;
                if free && let Some(n) = want_id {
                    cols = format!("id, {cols}");
                    p.insert(0, Sql::Integer(n));
                }
                let ph: Vec<String> = (1..=p.len()).map(|i| format!("?{i}")).collect();
                conn.execute(
                    &format!(
                        "INSERT INTO {} ({cols}) VALUES ({})",
                        t.rows.table,
                        ph.join(", ")
                    ),
                    params_from_iter(p),
                )
                .map_err(|e| refused(path, t.rows.label, e))?;
                report.added(t.rows.label);
            }
        }
    }
    Ok(())
}

/// The stored text of a medication's parse: re-serialised through the parser's type so
/// a TOML round trip (which drops nulls) stores the same text as JSON does.
fn normalise_parsed(v: &Value) -> String {
    match serde_json::from_value::<crate::sig::ParsedMed>(v.clone()) {
        Ok(p) => serde_json::to_string(&p).unwrap_or_else(|_| v.to_string()),
        Err(_) => v.to_string(),
    }
}

/// A row the database's constraints refuse (a kind or status it does not know).
fn refused(path: &Path, label: &str, e: rusqlite::Error) -> CliError {
    CliError::failed(format!(
        "{} has a {label} entry the binder refuses",
        path.display()
    ))
    .cause(e)
    .hint("check the entry's kind and status values")
}

fn db(e: rusqlite::Error) -> CliError {
    CliError::failed("the binder's database failed").cause(e)
}

fn array<'a>(path: &Path, doc: &'a Value, key: &str) -> Result<&'a [Value], CliError> {
    match doc.get(key) {
        None | Some(Value::Null) => Ok(&[]),
        Some(Value::Array(a)) => Ok(a),
        Some(_) => Err(wrong(path, &format!("`{key}` is not a list"))),
    }
}

/// Merges a portable document into the binder (inside the caller's transaction).
pub fn import(
    conn: &Connection,
    path: &Path,
    doc: &Value,
    report: &mut Report,
) -> Result<(), CliError> {
    let version = doc.get("version").and_then(Value::as_u64);
    if version != Some(VERSION) {
        return Err(CliError::failed(format!(
            "{} is a phr-binder file of version {}, and this phr reads version {VERSION}",
            path.display(),
            version.map_or("(none)".into(), |v| v.to_string())
        ))
        .hint("import it with the phr version that wrote it, or a newer one"));
    }
    // Profile: per field, the newer wins.
    if let Some(p) = doc.get("profile") {
        let Some(p) = p.as_object() else {
            return Err(wrong(path, "`profile` is not a table"));
        };
        let at = doc.get("profile_updated_at").and_then(Value::as_object);
        for (k, v) in p {
            if !profile::FIELDS.iter().any(|(f, _)| f == k) {
                report.skip("profile", k.clone(), "not a profile field");
                continue;
            }
            let Some(v) = v.as_str() else {
                report.skip("profile", k.clone(), "not text");
                continue;
            };
            let incoming = at
                .and_then(|a| a.get(k))
                .and_then(Value::as_str)
                .unwrap_or("");
            let current: Option<String> = conn
                .query_row("SELECT updated_at FROM profile WHERE key = ?1", [k], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(db)?;
            match current {
                Some(c) if c.as_str() >= incoming => report.unchanged("profile"),
                cur => {
                    conn.execute(
                        "INSERT INTO profile(key, value, updated_at) VALUES (?1, ?2, ?3)
                         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                        rusqlite::params![k, v, incoming],
                    )
                    .map_err(db)?;
                    if cur.is_some() {
                        report.updated("profile");
                    } else {
                        report.added("profile");
                    }
                }
            }
        }
    }
    for k in META_KEYS {
        if let Some(v) = doc.get(*k).and_then(Value::as_str) {
            let cur = profile::meta(conn, k).map_err(db)?;
            if cur.as_deref().is_none_or(|c| c < v) {
                profile::set_meta(conn, k, Some(v)).map_err(db)?;
            }
        }
    }
    for rows in &tables() {
        let medications = rows.table == "medications";
        let t = Table {
            rows,
            required: if medications {
                &["text", "created_at", "updated_at"]
            } else {
                &["created_at", "updated_at"]
            },
            longest: if medications {
                &[("text", crate::records::med::MAX_TEXT)]
            } else {
                &[]
            },
        };
        merge_rows(conn, path, &t, array(path, doc, rows.key)?, report)?;
    }
    // The change log: entries not yet present, in the file's order.
    let mut added = 0;
    for e in array(path, doc, "log")? {
        let Some(o) = e.as_object() else {
            return Err(wrong(path, "an entry of `log` is not a table"));
        };
        let s = |k: &str| o.get(k).and_then(Value::as_str);
        let (Some(uuid), Some(at), Some(action), Some(kind), Some(summary)) =
            (s("uuid"), s("at"), s("action"), s("kind"), s("summary"))
        else {
            report.skip(
                "log",
                "an entry",
                "missing uuid, at, action, kind or summary",
            );
            continue;
        };
        let exists = conn
            .query_row("SELECT 1 FROM change_log WHERE uuid = ?1", [uuid], |_| {
                Ok(())
            })
            .optional()
            .map_err(db)?
            .is_some();
        if exists {
            continue;
        }
        conn.execute(
            "INSERT INTO change_log(uuid, at, action, kind, record_uuid, record_id, summary, old_value, new_value, source)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            rusqlite::params![
                uuid,
                at,
                action,
                kind,
                s("record_uuid"),
                s("record_id"),
                summary,
                s("old_value"),
                s("new_value"),
                s("source")
            ],
        )
        .map_err(db)?;
        added += 1;
    }
    if added > 0 {
        for _ in 0..added {
            report.added("log");
        }
    }
    Ok(())
}

/// TOML has no null: the format leaves empty fields out, so there is nothing to drop
/// except inside the log's old/new values, which are kept as JSON text.
pub fn to_toml(doc: &Value) -> Result<String, CliError> {
    toml::to_string_pretty(doc).map_err(|e| CliError::internal("could not write TOML").cause(e))
}

pub fn to_yaml(doc: &Value) -> Result<String, CliError> {
    crate::yaml::to_string(doc).map_err(|e| CliError::internal("could not write YAML").cause(e))
}

pub fn to_json(doc: &Value) -> Result<String, CliError> {
    serde_json::to_string_pretty(doc)
        .map(|s| s + "\n")
        .map_err(|e| CliError::internal("could not write JSON").cause(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::generic;
    use crate::records::med::{self, NewMedication};

    /// `write_json`, `write_toml` or `write_yaml`.
    type Writer =
        fn(&Connection, Option<SharedImage>, &str, &mut dyn std::io::Write) -> std::io::Result<()>;

    use crate::records::test_db as db;

    /// A medication as `med add` makes it, its parse filled in.
    fn lisinopril() -> NewMedication {
        let mut new = NewMedication {
            text: "Lisinopril 10 mg daily".into(),
            ..NewMedication::default()
        };
        crate::medparse::fill(&mut new, false);
        new
    }

    #[test]
    fn round_trips_in_memory_and_merges_without_duplicates() {
        let mut a = db();
        med::add(&mut a, &lisinopril(), "2026-01-01T00:00:00Z").unwrap();
        // A taper: its parse nests a list of steps (arrays of tables in TOML).
        let mut taper = NewMedication {
            text: "Prednisone 20 mg daily x5 days then 10 mg daily x5 days".into(),
            ..NewMedication::default()
        };
        crate::medparse::fill(&mut taper, false);
        med::add(&mut a, &taper, "2026-01-01T00:00:00Z").unwrap();
        let v: generic::Values = [
            ("name", Value::String("Ana".into())),
            ("relationship", Value::String("daughter".into())),
            ("liaison", Value::Bool(true)),
        ]
        .into_iter()
        .collect();
        generic::insert(&a, &kinds::CONTACT, &v, "2026-01-02T00:00:00Z", None).unwrap();
        // Text YAML writes as a literal block, in quotes, and plain.
        let v: generic::Values = [
            ("name", Value::String("Dr. O'Brien\nsecond line: x".into())),
            ("relationship", Value::String("9.9".into())),
            ("phone", Value::String("true".into())),
        ]
        .into_iter()
        .collect();
        generic::insert(&a, &kinds::CONTACT, &v, "2026-01-02T00:00:00Z", None).unwrap();
        profile::set(
            &a,
            &[("name", Some("Maria".into()))],
            "2026-01-03T00:00:00Z",
            None,
        )
        .unwrap();
        profile::set_meta(&a, "no_known_allergies", Some("2026-01-04T00:00:00Z")).unwrap();
        let doc = export(&a, "now").unwrap();
        // Streamed, the JSON is exactly the document's (change log and flags included).
        let json = to_json(&doc).unwrap();
        let toml = to_toml(&doc).unwrap();
        let yaml = to_yaml(&doc).unwrap();
        let writers: [(Writer, &str); 3] = [
            (write_json, &json),
            (write_toml, &toml),
            (write_yaml, &yaml),
        ];
        for (write, whole) in writers {
            let mut streamed = Vec::new();
            write(&a, None, "now", &mut streamed).unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        }
        assert!(toml.contains("[[medications.parsed.steps]]"), "{toml}");
        assert!(toml.contains("providers = []") && yaml.contains("providers: []"));
        assert!(json.contains("\"liaison\": true") && json.contains("\"no_known_allergies\""));
        assert_eq!(doc["log"].as_array().unwrap().len(), 5, "{json}");
        assert!(
            yaml.contains("name: |-\n") && yaml.contains("relationship: '9.9'"),
            "{yaml}"
        );
        assert!(doc["log"][0].get("id").is_none());
        for text in [json, toml, yaml] {
            let syntax = crate::import::sniff(Path::new("x"), &text);
            let parsed = crate::import::parse(Path::new("x"), &text, syntax).unwrap();
            let b = db();
            let mut r = Report::default();
            import(&b, Path::new("x"), &parsed, &mut r).unwrap();
            assert_eq!(export(&b, "now").unwrap(), doc, "{syntax:?}");
            let mut r = Report::default();
            import(&b, Path::new("x"), &parsed, &mut r).unwrap();
            assert!(!r.changes(), "{r:?}");
        }
    }

    /// A medication written by hand without a kind or a status gets the binder's
    /// defaults, on import and on update; a kind the binder does not know is refused.
    #[test]
    fn a_medication_without_kind_or_status_takes_the_defaults() {
        let b = db();
        let doc = |at: &str, kind: Value| {
            serde_json::json!({"format": "phr-binder", "version": VERSION, "medications": [{
                "uuid": "6f1c0c1e-0000-4000-8000-000000000001", "text": "Aspirin 81 mg daily",
                "kind": kind, "created_at": at, "updated_at": at}]})
        };
        let stored = || -> (String, String) {
            b.query_row("SELECT kind, status FROM medications", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap()
        };
        let mut r = Report::default();
        import(&b, Path::new("x"), &doc("2026-01-01", Value::Null), &mut r).unwrap();
        assert_eq!(stored(), ("rx".into(), "active".into()));
        b.execute("UPDATE medications SET kind = 'otc'", [])
            .unwrap();
        import(&b, Path::new("x"), &doc("2026-01-02", Value::Null), &mut r).unwrap();
        assert_eq!(stored(), ("rx".into(), "active".into()));
        let e = import(
            &b,
            Path::new("x"),
            &doc("2026-01-03", "pill".into()),
            &mut r,
        );
        assert!(e.unwrap_err().to_string().contains("refuses"));
    }

    /// Stored parses that are not the usual are written as the document holds them: a
    /// repeated key once (its last value), text that is not JSON as text.
    #[test]
    fn odd_stored_parses_stream_as_the_document_holds_them() {
        let mut a = db();
        for _ in 0..3 {
            med::add(&mut a, &lisinopril(), "2026-01-01T00:00:00Z").unwrap();
        }
        a.execute_batch(
            r#"UPDATE medications SET parsed = '{"form":"tablet","nested":{"a":1,"a":2.5}}' WHERE id = 1;
               UPDATE medications SET parsed = 'not JSON' WHERE id = 2;
               UPDATE medications SET parsed = '{"x":[1,{"y":"\u00e9\n"}],"z":{}}' WHERE id = 3;"#,
        )
        .unwrap();
        let doc = export(&a, "now").unwrap();
        assert_eq!(doc["medications"][0]["parsed"]["nested"]["a"], 2.5);
        assert_eq!(doc["medications"][1]["parsed"], "not JSON");
        assert_eq!(
            doc["medications"][2]["parsed"]["x"][1]["y"], "\u{e9}\n",
            "{}",
            doc["medications"][2]
        );
        let writers: [(Writer, String); 3] = [
            (write_json, to_json(&doc).unwrap()),
            (write_toml, to_toml(&doc).unwrap()),
            (write_yaml, to_yaml(&doc).unwrap()),
        ];
        for (write, whole) in writers {
            let mut streamed = Vec::new();
            write(&a, None, "now", &mut streamed).unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        }
    }

    /// A binder large enough to be mapped and shared, with a long change log: the log
    /// is cut into parts, written on two threads, and every format comes out byte for
    /// byte as when it is written on one. Ids missing at the start, in the middle (a
    /// whole part with no row) and at the end change nothing.
    #[test]
    fn a_long_log_written_apart_is_written_the_same() {
        let mut a = db();
        med::add(&mut a, &lisinopril(), "2026-01-01T00:00:00Z").unwrap();
        a.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
             INSERT INTO change_log(uuid, at, action, kind, summary)
             SELECT 'u' || i, '2026-01-02T00:00:00Z', 'add', 'note',
                    'called the clinic ' || i || ' ' || printf('%.900c', 'x') FROM n;
             DELETE FROM change_log WHERE id < 5 OR id BETWEEN 1000 AND 1700 OR id > 2990;
             INSERT INTO change_log(id, uuid, at, action, kind, summary)
             VALUES (9223372036854775807, 'last', '2026-01-03T00:00:00Z', 'add', 'note',
                     'the highest id there can be');",
        )
        .unwrap();
        let arrays = arrays();
        let arrays: Vec<&Rows> = arrays.iter().collect();
        let cut = parts(&a, &arrays, true).unwrap();
        let log: Vec<&Part<'_>> = cut
            .iter()
            .filter(|p| p.rows.table == "change_log")
            .collect();
        assert!(log.len() > 1 && log[0].opens && log.last().unwrap().closes);
        assert!(log.len() <= MAX_PARTS as usize + 1, "{} parts", log.len());
        assert_eq!(log[0].first_id, Some(5));
        // Without the far id, the log is cut every 512 ids.
        a.execute("DELETE FROM change_log WHERE uuid = 'last'", [])
            .unwrap();
        let cut = parts(&a, &arrays, true).unwrap();
        assert!(cut.iter().filter(|p| p.rows.table == "change_log").count() > 4);
        a.execute(
            "INSERT INTO change_log(id, uuid, at, action, kind, summary)
             VALUES (9223372036854775807, 'last', '2026-01-03T00:00:00Z', 'add', 'note',
                     'the highest id there can be')",
            [],
        )
        .unwrap();
        let image = a.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
        let (_dir, binder) = crate::binder::opened_for_reading(&image);
        let shared = binder.shared_image();
        assert!(shared.is_some());
        for write in [write_json as Writer, write_toml, write_yaml] {
            let mut apart = Vec::new();
            write(binder.conn(), shared, "now", &mut apart).unwrap();
            let mut here = Vec::new();
            write(binder.conn(), None, "now", &mut here).unwrap();
            assert!(apart == here, "the log written apart differs");
            let here = String::from_utf8(here).unwrap();
            assert!(here.contains("called the clinic 2989 x"));
            assert!(!here.contains("called the clinic 1500 x"));
            assert!(here.contains("the highest id there can be"));
        }
    }
}
