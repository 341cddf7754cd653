//! The store for every declared kind (see `kinds`): insert, list, find by id or name,
//! update and remove, each logged in the change log with the old and new values.
//! Column names come only from the static declarations, never from input.

use std::collections::BTreeMap;

use rusqlite::types::Value as Sql;
use rusqlite::{Connection, OptionalExtension, Row};
use serde_json::{Map, Value};

use super::RecordError;
use super::kinds::{FieldType, Kind};
use super::log::{self, Entry};

/// A record as `--json` prints it: `id`, `uuid`, the fields, `created_at`, `updated_at`.
pub type Record = Map<String, Value>;

/// Field values to write, keyed by field name. `Value::Null` clears a field.
pub type Values = BTreeMap<&'static str, Value>;

fn columns(kind: &Kind) -> Vec<String> {
    let mut cols = vec!["id".to_owned(), "uuid".to_owned()];
    for f in kind.fields {
        cols.push(format!("\"{}\"", f.name));
        if f.ty == FieldType::Provider {
            cols.push(format!("{}_uuid", f.name));
        }
    }
    cols.push("created_at".into());
    cols.push("updated_at".into());
    cols
}

fn select(kind: &Kind) -> String {
    format!("SELECT {} FROM {}", columns(kind).join(", "), kind.table)
}

fn from_row(kind: &Kind, r: &Row<'_>) -> rusqlite::Result<Record> {
    let mut m = Map::with_capacity(kind.fields.len() + 6);
    let id: i64 = r.get(0)?;
    m.insert("id".into(), Value::String(format!("{}{id}", kind.prefix)));
    m.insert("uuid".into(), Value::String(r.get(1)?));
    let mut i = 2;
    for f in kind.fields {
        let v = if f.ty == FieldType::Flag {
            Value::Bool(r.get::<_, Option<i64>>(i)?.unwrap_or(0) != 0)
        } else {
            r.get::<_, Option<String>>(i)?
                .map_or(Value::Null, Value::String)
        };
        m.insert(f.name.into(), v);
        i += 1;
        if f.ty == FieldType::Provider {
            if let Some(u) = r.get::<_, Option<String>>(i)? {
                m.insert(format!("{}_uuid", f.name), Value::String(u));
            }
            i += 1;
        }
    }
    m.insert("created_at".into(), Value::String(r.get(i)?));
    m.insert("updated_at".into(), Value::String(r.get(i + 1)?));
    Ok(m)
}

fn to_sql(kind: &Kind, name: &str, v: &Value) -> Sql {
    let is_flag = kind.field(name).is_some_and(|f| f.ty == FieldType::Flag);
    match v {
        Value::Null if is_flag => Sql::Integer(0),
        Value::Null => Sql::Null,
        Value::Bool(b) => Sql::Integer(i64::from(*b)),
        Value::String(s) => Sql::Text(s.clone()),
        other => Sql::Text(other.to_string()),
    }
}

/// Column name for a value key: a field, or a provider field's `<field>_uuid`.
fn column_for(kind: &Kind, key: &str) -> Option<String> {
    if kind.field(key).is_some() {
        return Some(format!("\"{key}\""));
    }
    let base = key.strip_suffix("_uuid")?;
    kind.field(base)
        .filter(|f| f.ty == FieldType::Provider)
        .map(|_| key.to_owned())
}

/// The short id number of a record (`c3` → 3).
pub fn rowid(kind: &Kind, rec: &Record) -> Option<i64> {
    rec.get("id")?
        .as_str()?
        .strip_prefix(kind.prefix)?
        .parse()
        .ok()
}

/// A one-line label for messages and the log: the name fields joined.
pub fn label(kind: &Kind, rec: &Record) -> String {
    kind.name_fields
        .iter()
        .filter_map(|f| rec.get(*f).and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(": ")
}

pub fn get(conn: &Connection, kind: &Kind, id: i64) -> rusqlite::Result<Option<Record>> {
    conn.query_row(&format!("{} WHERE id = ?1", select(kind)), [id], |r| {
        from_row(kind, r)
    })
    .optional()
}

/// Inserts a record (defaults filled in) and logs it.
pub fn insert(
    conn: &Connection,
    kind: &Kind,
    values: &Values,
    now: &str,
    source: Option<&str>,
) -> Result<Record, RecordError> {
    let uuid = crate::binder::new_uuid();
    insert_with(conn, kind, values, &uuid, now, now, source)
}

/// Inserts with a given UUID and timestamps (for imports that keep them).
pub fn insert_with(
    conn: &Connection,
    kind: &Kind,
    values: &Values,
    uuid: &str,
    created_at: &str,
    updated_at: &str,
    source: Option<&str>,
) -> Result<Record, RecordError> {
    let mut cols = vec![
        "uuid".to_owned(),
        "created_at".to_owned(),
        "updated_at".to_owned(),
    ];
    let mut params = vec![
        Sql::Text(uuid.to_owned()),
        Sql::Text(created_at.to_owned()),
        Sql::Text(updated_at.to_owned()),
    ];
    for f in kind.fields {
        let v = values
            .get(f.name)
            .cloned()
            .or_else(|| f.default.map(|d| Value::String(d.into())));
        if let Some(v) = v {
            cols.push(format!("\"{}\"", f.name));
            params.push(to_sql(kind, f.name, &v));
        }
        if f.ty == FieldType::Provider {
            let key = format!("{}_uuid", f.name);
            if let Some(v) = values.get(key.as_str()) {
                cols.push(key.clone());
                params.push(to_sql(kind, &key, v));
            }
        }
    }
    let placeholders: Vec<String> = (1..=cols.len()).map(|i| format!("?{i}")).collect();
    conn.execute(
        &format!(
            "INSERT INTO {} ({}) VALUES ({})",
            kind.table,
            cols.join(", "),
            placeholders.join(", ")
        ),
        rusqlite::params_from_iter(params),
    )?;
    let rec = get(conn, kind, conn.last_insert_rowid())?
        .ok_or_else(|| RecordError::Invalid("the new record vanished".into()))?;
    let new = Value::Object(rec.clone());
    log::append(
        conn,
        &Entry {
            at: updated_at,
            action: "add",
            kind: kind.name,
            record_uuid: Some(uuid),
            record_id: rec.get("id").and_then(Value::as_str),
            summary: &format!("added {} {}", kind.name, label(kind, &rec)),
            old: None,
            new: Some(&new),
            source,
        },
    )?;
    Ok(rec)
}

/// Records of a kind in id order, optionally only those whose `field` equals `value`.
pub fn list(
    conn: &Connection,
    kind: &Kind,
    filter: Option<(&str, &str)>,
) -> Result<Vec<Record>, RecordError> {
    let (sql, param) = match filter {
        Some((field, value)) => {
            let col = column_for(kind, field).ok_or_else(|| {
                RecordError::Invalid(format!("{} has no field {field}", kind.name))
            })?;
            (
                format!("{} WHERE {col} = ?1 ORDER BY id", select(kind)),
                Some(value.to_owned()),
            )
        }
        None => (format!("{} ORDER BY id", select(kind)), None),
    };
    let mut stmt = conn.prepare(&sql)?;
    let rows = match param {
        Some(p) => stmt
            .query_map([p], |r| from_row(kind, r))?
            .collect::<Result<Vec<_>, _>>()?,
        None => stmt
            .query_map([], |r| from_row(kind, r))?
            .collect::<Result<Vec<_>, _>>()?,
    };
    Ok(rows)
}

/// Calls `each` with every record of `kind` in id order, one at a time, so that a long
/// list is never held whole.
pub fn each<E: From<rusqlite::Error>>(
    conn: &Connection,
    kind: &Kind,
    mut each: impl FnMut(&Record) -> Result<(), E>,
) -> Result<(), E> {
    let mut stmt = conn.prepare(&format!("{} ORDER BY id", select(kind)))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        each(&from_row(kind, row)?)?;
    }
    Ok(())
}

/// Calls `each` with every record of `kind` in id order, one row at a time, as a value
/// that serializes to exactly the JSON of the [`Record`] that [`list`] returns, straight
/// from SQLite's values: a long list is never held whole, nor built a record at a time
/// (what `KIND list --json` streams).
pub fn each_json<E: From<rusqlite::Error>>(
    conn: &Connection,
    kind: &Kind,
    mut each: impl FnMut(&RowJson<'_, '_>) -> Result<(), E>,
) -> Result<(), E> {
    each_row(conn, kind, |r| each(&RowJson { kind, row: r.row }))
}

/// Calls `each` with every record of `kind` in id order, one row at a time, its text
/// read straight from SQLite's values: no record is built (what the FHIR export reads
/// results with).
pub fn each_row<E: From<rusqlite::Error>>(
    conn: &Connection,
    kind: &Kind,
    mut each: impl FnMut(&RowRecord<'_, '_>) -> Result<(), E>,
) -> Result<(), E> {
    let mut stmt = conn.prepare(&format!("{} ORDER BY id", select(kind)))?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        each(&RowRecord { kind, row })?;
    }
    Ok(())
}

/// Calls `each` with the text of `fields` ("" for null) of every record of a kind, in id
/// order: the few columns a reader needs, without the rest of each row. A field is
/// `uuid`, one of the kind's fields, or a provider field's `FIELD_uuid`.
pub fn each_fields<const N: usize, E: From<rusqlite::Error>>(
    conn: &Connection,
    kind: &Kind,
    fields: [&str; N],
    mut each: impl FnMut([&str; N]) -> Result<(), E>,
) -> Result<(), E> {
    let mut cols = Vec::with_capacity(N);
    for f in fields {
        match f {
            "uuid" => cols.push("uuid".to_owned()),
            _ => cols.push(
                column_for(kind, f).ok_or_else(|| rusqlite::Error::InvalidColumnName(f.into()))?,
            ),
        }
    }
    let sql = format!("SELECT {} FROM {} ORDER BY id", cols.join(", "), kind.table);
    super::each_texts(conn, &sql, [], |texts: [Option<&str>; N]| {
        each(texts.map(Option::unwrap_or_default))
    })
}

/// One row of a kind's table, read field by field (see [`each_row`]).
pub struct RowRecord<'a, 'r> {
    kind: &'a Kind,
    row: &'a Row<'r>,
}

impl<'a> RowRecord<'a, '_> {
    /// A field's text, as the record has it: `uuid`, a field, or a provider field's
    /// `FIELD_uuid`. None when it is null, a flag, or not a field of the kind.
    pub fn get(&self, field: &str) -> rusqlite::Result<Option<&'a str>> {
        let Some(i) = column(self.kind, field) else {
            return Ok(None);
        };
        super::row_str(self.row, i)
    }

    /// A field's text, or "" (as [`text`] reads a record).
    pub fn text(&self, field: &str) -> rusqlite::Result<&'a str> {
        Ok(self.get(field)?.unwrap_or(""))
    }

    /// The record's short id (`r12`), as [`list`] gives it.
    pub fn id(&self) -> rusqlite::Result<String> {
        let id: i64 = self.row.get(0)?;
        Ok(format!("{}{id}", self.kind.prefix))
    }

    /// A flag field's mark, as [`list`] gives it (a null is not set); false for a field
    /// that is not a flag of the kind.
    pub fn flag(&self, field: &str) -> rusqlite::Result<bool> {
        let Some(i) = flag_column(self.kind, field) else {
            return Ok(false);
        };
        Ok(self.row.get::<_, Option<i64>>(i)?.unwrap_or(0) != 0)
    }
}

/// The column of [`select`] that holds a field (`uuid`, a field of the kind, or a
/// provider field's `FIELD_uuid`), and whether it is a flag (a number, never text).
fn column_of(kind: &Kind, field: &str) -> Option<(usize, bool)> {
    if field == "uuid" {
        return Some((1, false));
    }
    let mut i = 2;
    for f in kind.fields {
        if f.name == field {
            return Some((i, f.ty == FieldType::Flag));
        }
        i += 1;
        if f.ty == FieldType::Provider {
            if field.strip_suffix("_uuid") == Some(f.name) {
                return Some((i, false));
            }
            i += 1;
        }
    }
    None
}

/// The column of [`select`] that holds a flag field.
fn flag_column(kind: &Kind, field: &str) -> Option<usize> {
    column_of(kind, field).and_then(|(i, flag)| flag.then_some(i))
}

/// The column of [`select`] that holds a record's text field (see [`RowRecord::get`]).
fn column(kind: &Kind, field: &str) -> Option<usize> {
    column_of(kind, field).and_then(|(i, flag)| (!flag).then_some(i))
}

/// One row of a kind's table, serialized as its record (see [`each_json`]).
pub struct RowJson<'a, 'r> {
    kind: &'a Kind,
    row: &'a Row<'r>,
}

impl serde::Serialize for RowJson<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap};
        let r = self.row;
        let text = |i: usize| super::row_text::<S::Error>(r, i);
        let required = |i: usize| super::row_required::<S::Error>(r, i);
        let mut m = s.serialize_map(None)?;
        let id: i64 = r.get(0).map_err(S::Error::custom)?;
        m.serialize_entry("id", &format_args!("{}{id}", self.kind.prefix))?;
        m.serialize_entry("uuid", required(1)?)?;
        let mut i = 2;
        for f in self.kind.fields {
            if f.ty == FieldType::Flag {
                let on = r.get::<_, Option<i64>>(i).map_err(S::Error::custom)?;
                m.serialize_entry(f.name, &(on.unwrap_or(0) != 0))?;
            } else {
                m.serialize_entry(f.name, &text(i)?)?;
            }
            i += 1;
            if f.ty == FieldType::Provider {
                if let Some(u) = text(i)? {
                    m.serialize_entry(&format_args!("{}_uuid", f.name), u)?;
                }
                i += 1;
            }
        }
        m.serialize_entry("created_at", required(i)?)?;
        m.serialize_entry("updated_at", required(i + 1)?)?;
        m.end()
    }
}

/// Finds one record by short id, UUID, or a name (case-insensitive: exact first, then
/// a unique part of a name).
pub fn resolve(conn: &Connection, kind: &Kind, name: &str) -> Result<Record, RecordError> {
    let trimmed = name.trim();
    if let Some(id) = super::parse_short_id_str(trimmed, kind.prefix)
        && let Some(r) = get(conn, kind, id)?
    {
        return Ok(r);
    }
    let needle = trimmed.to_lowercase();
    if needle.is_empty() {
        return Err(RecordError::NotFound {
            kind: kind.name,
            name: name.to_owned(),
        });
    }
    let all = list(conn, kind, None)?;
    let values = |r: &Record| -> Vec<String> {
        kind.name_fields
            .iter()
            .filter_map(|f| r.get(*f).and_then(Value::as_str).map(str::to_lowercase))
            .collect()
    };
    let exact: Vec<&Record> = all
        .iter()
        .filter(|r| {
            r.get("uuid").and_then(Value::as_str) == Some(trimmed) || values(r).contains(&needle)
        })
        .collect();
    let found = if exact.is_empty() {
        all.iter()
            .filter(|r| values(r).iter().any(|v| v.contains(&needle)))
            .collect()
    } else {
        exact
    };
    match found.as_slice() {
        [one] => Ok((*one).clone()),
        [] => Err(RecordError::NotFound {
            kind: kind.name,
            name: name.to_owned(),
        }),
        many => Err(RecordError::Ambiguous {
            kind: kind.name,
            name: name.to_owned(),
            candidates: many
                .iter()
                .map(|r| {
                    format!(
                        "{} ({})",
                        r.get("id").and_then(Value::as_str).unwrap_or("?"),
                        label(kind, r)
                    )
                })
                .collect(),
        }),
    }
}

/// Changes fields of a record and logs old → new. Returns the updated record.
pub fn update(
    conn: &Connection,
    kind: &Kind,
    rec: &Record,
    changes: &Values,
    now: &str,
    action: &str,
    source: Option<&str>,
) -> Result<Record, RecordError> {
    let id = rowid(kind, rec).ok_or_else(|| RecordError::Invalid("the record has no id".into()))?;
    let mut sets = Vec::new();
    let mut params = Vec::new();
    for (k, v) in changes {
        let col = column_for(kind, k)
            .ok_or_else(|| RecordError::Invalid(format!("{} has no field {k}", kind.name)))?;
        params.push(to_sql(kind, k, v));
        sets.push(format!("{col} = ?{}", params.len()));
    }
    if sets.is_empty() {
        return Err(RecordError::Invalid(
            "nothing to change: give at least one field to edit".into(),
        ));
    }
    params.push(Sql::Text(now.to_owned()));
    sets.push(format!("updated_at = ?{}", params.len()));
    params.push(Sql::Integer(id));
    conn.execute(
        &format!(
            "UPDATE {} SET {} WHERE id = ?{}",
            kind.table,
            sets.join(", "),
            params.len()
        ),
        rusqlite::params_from_iter(params),
    )?;
    let after =
        get(conn, kind, id)?.ok_or_else(|| RecordError::Invalid("the record vanished".into()))?;
    let old: Map<String, Value> = changes
        .keys()
        .filter_map(|k| rec.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect();
    let new: Map<String, Value> = changes
        .keys()
        .filter_map(|k| after.get(*k).map(|v| ((*k).to_owned(), v.clone())))
        .collect();
    let what: Vec<String> = changes
        .keys()
        .map(|k| {
            let show = |m: &Map<String, Value>| match m.get(*k) {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Null) | None => "(none)".into(),
                Some(v) => v.to_string(),
            };
            format!("{k}: {} → {}", show(&old), show(&new))
        })
        .collect();
    log::append(
        conn,
        &Entry {
            at: now,
            action,
            kind: kind.name,
            record_uuid: rec.get("uuid").and_then(Value::as_str),
            record_id: rec.get("id").and_then(Value::as_str),
            summary: &format!(
                "{action} {} {}: {}",
                kind.name,
                label(kind, rec),
                what.join("; ")
            ),
            old: Some(&Value::Object(old)),
            new: Some(&Value::Object(new)),
            source,
        },
    )?;
    Ok(after)
}

/// Removes a record; the log keeps what it held.
pub fn remove(conn: &Connection, kind: &Kind, rec: &Record, now: &str) -> Result<(), RecordError> {
    let id = rowid(kind, rec).ok_or_else(|| RecordError::Invalid("the record has no id".into()))?;
    conn.execute(&format!("DELETE FROM {} WHERE id = ?1", kind.table), [id])?;
    let old = Value::Object(rec.clone());
    log::append(
        conn,
        &Entry {
            at: now,
            action: "remove",
            kind: kind.name,
            record_uuid: rec.get("uuid").and_then(Value::as_str),
            record_id: rec.get("id").and_then(Value::as_str),
            summary: &format!("removed {} {}", kind.name, label(kind, rec)),
            old: Some(&old),
            new: None,
            source: None,
        },
    )?;
    Ok(())
}

/// The text of a field, or "".
pub fn text<'a>(rec: &'a Record, field: &str) -> &'a str {
    rec.get(field).and_then(Value::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::kinds::{CONDITION, CONTACT, PROVIDER};

    use crate::records::test_db as db;

    fn vals(pairs: &[(&'static str, &str)]) -> Values {
        pairs
            .iter()
            .map(|(k, v)| (*k, Value::String((*v).into())))
            .collect()
    }

    /// The streamed JSON of every kind is exactly the JSON of the listed records, with
    /// flags, empty fields and provider links.
    #[test]
    fn streamed_rows_serialize_as_the_listed_records() {
        let c = db();
        let p = insert(&c, &PROVIDER, &vals(&[("name", "Dr Lee")]), "t", None).unwrap();
        insert(
            &c,
            &CONTACT,
            &vals(&[("name", "Ana"), ("relationship", "daughter")]),
            "t",
            None,
        )
        .unwrap();
        let mut liaison = vals(&[("name", "Ben"), ("relationship", "son")]);
        liaison.insert("liaison", Value::Bool(true));
        insert(&c, &CONTACT, &liaison, "t", None).unwrap();
        let mut note = vals(&[("text", "called \"the\" clinic\n")]);
        note.insert("with", Value::String("Dr Lee".to_owned()));
        note.insert("with_uuid", Value::String(text(&p, "uuid").to_owned()));
        insert(&c, &crate::records::kinds::NOTE, &note, "t", None).unwrap();
        insert(
            &c,
            &crate::records::kinds::NOTE,
            &vals(&[("text", "alone")]),
            "t",
            None,
        )
        .unwrap();
        let mut result = vals(&[
            ("test", "HbA1c"),
            ("value", "7.2"),
            ("ordered_by", "Dr Lee"),
        ]);
        result.insert(
            "ordered_by_uuid",
            Value::String(text(&p, "uuid").to_owned()),
        );
        insert(&c, &crate::records::kinds::RESULT, &result, "t", None).unwrap();
        for kind in crate::records::kinds::ALL {
            let listed = serde_json::to_value(list(&c, kind, None).unwrap()).unwrap();
            let mut streamed = Vec::new();
            each_json(&c, kind, |r| {
                streamed.push(serde_json::to_value(r).unwrap());
                Ok::<(), rusqlite::Error>(())
            })
            .unwrap();
            assert_eq!(Value::Array(streamed), listed, "{}", kind.name);
            // Read field by field, a row has the record's text.
            let records = list(&c, kind, None).unwrap();
            let mut n = 0;
            each_row(&c, kind, |r| {
                for (k, v) in &records[n] {
                    if !matches!(k.as_str(), "id" | "created_at" | "updated_at") {
                        assert_eq!(r.get(k)?, v.as_str(), "{}.{k}", kind.name);
                    }
                    // Its flags are the record's marks, and nothing else is a flag.
                    assert_eq!(r.flag(k)?, v == &Value::Bool(true), "{}.{k}", kind.name);
                }
                assert_eq!(r.id()?, text(&records[n], "id"));
                assert_eq!(r.text("nonesuch")?, "");
                n += 1;
                Ok::<(), rusqlite::Error>(())
            })
            .unwrap();
            assert_eq!(n, records.len(), "{}", kind.name);
        }
        // A few fields at a time, a row has the record's text ("" for none).
        let results = list(&c, &crate::records::kinds::RESULT, None).unwrap();
        let mut read = Vec::new();
        let fields = ["value", "uuid", "unit", "ordered_by_uuid"];
        each_fields(&c, &crate::records::kinds::RESULT, fields, |r| {
            read.push(r.map(str::to_owned));
            Ok::<(), rusqlite::Error>(())
        })
        .unwrap();
        let want = fields.map(|f| text(&results[0], f).to_owned());
        assert_eq!(read, [want]);
        assert_eq!(read[0][2], "");
        let unknown = each_fields(&c, &CONDITION, ["uuid", "nonesuch"], |_| {
            Ok::<(), rusqlite::Error>(())
        });
        assert!(matches!(unknown, Err(rusqlite::Error::InvalidColumnName(f)) if f == "nonesuch"));
        let notes = list(&c, &crate::records::kinds::NOTE, None).unwrap();
        assert!(notes[0].contains_key("with_uuid"));
        assert!(!notes[1].contains_key("with_uuid"));
    }

    #[test]
    fn insert_fills_defaults_and_logs() {
        let c = db();
        let r = insert(
            &c,
            &CONDITION,
            &vals(&[("name", "Type 2 diabetes")]),
            "t0",
            None,
        )
        .unwrap();
        assert_eq!(r["id"], "c1");
        assert_eq!(r["status"], "active");
        assert_eq!(r["onset"], Value::Null);
        assert_eq!(
            log::list(&c, None).unwrap()[0].summary,
            "added condition Type 2 diabetes"
        );
    }

    #[test]
    fn update_logs_old_and_new() {
        let c = db();
        let r = insert(&c, &CONDITION, &vals(&[("name", "asthma")]), "t0", None).unwrap();
        let after = update(
            &c,
            &CONDITION,
            &r,
            &vals(&[("status", "resolved")]),
            "t1",
            "edit",
            None,
        )
        .unwrap();
        assert_eq!(after["status"], "resolved");
        assert_eq!(after["updated_at"], "t1");
        assert_eq!(after["created_at"], "t0");
        let l = log::list(&c, r["uuid"].as_str()).unwrap();
        assert_eq!(
            l[1].summary,
            "edit condition asthma: status: active → resolved"
        );
        assert_eq!(l[1].old.as_ref().unwrap()["status"], "active");
        assert!(update(&c, &CONDITION, &r, &Values::new(), "t2", "edit", None).is_err());
    }

    #[test]
    fn resolve_by_id_name_and_part_of_a_name() {
        let c = db();
        for (n, role) in [
            ("Dr Amal Haddad", "specialist"),
            ("Dr Lee", "pcp"),
            ("Dr Leena Park", "specialist"),
        ] {
            insert(
                &c,
                &PROVIDER,
                &vals(&[("name", n), ("role", role)]),
                "t",
                None,
            )
            .unwrap();
        }
        assert_eq!(resolve(&c, &PROVIDER, "p2").unwrap()["name"], "Dr Lee");
        assert_eq!(resolve(&c, &PROVIDER, "dr lee").unwrap()["id"], "p2");
        assert_eq!(resolve(&c, &PROVIDER, "haddad").unwrap()["id"], "p1");
        match resolve(&c, &PROVIDER, "lee") {
            Err(RecordError::Ambiguous { candidates, .. }) => assert_eq!(candidates.len(), 2),
            other => panic!("{other:?}"),
        }
        assert!(matches!(
            resolve(&c, &PROVIDER, "Dr Who"),
            Err(RecordError::NotFound { .. })
        ));
        assert!(matches!(
            resolve(&c, &PROVIDER, "p9"),
            Err(RecordError::NotFound { .. })
        ));
    }

    #[test]
    fn flags_are_booleans_and_remove_logs() {
        let c = db();
        let r = insert(
            &c,
            &CONTACT,
            &vals(&[("name", "Ana"), ("relationship", "daughter")]),
            "t",
            None,
        )
        .unwrap();
        assert_eq!(r["liaison"], Value::Bool(false));
        let mut v = Values::new();
        v.insert("liaison", Value::Bool(true));
        let r = update(&c, &CONTACT, &r, &v, "t", "edit", None).unwrap();
        assert_eq!(r["liaison"], Value::Bool(true));
        remove(&c, &CONTACT, &r, "t2").unwrap();
        assert!(list(&c, &CONTACT, None).unwrap().is_empty());
        assert_eq!(
            log::list(&c, None).unwrap().last().unwrap().action,
            "remove"
        );
    }
}
