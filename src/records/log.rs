//! The change log: what changed, when, from which source, with the old and new values.

use rusqlite::{Connection, params};
use serde::Serialize;
use serde_json::{Map, Value};

/// One change as `phr log` shows it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    pub at: String,
    pub action: String,
    pub kind: String,
    pub record: Option<String>,
    pub summary: String,
    pub old: Option<serde_json::Value>,
    pub new: Option<serde_json::Value>,
    pub source: Option<String>,
}

/// What to append to the log.
pub struct Entry<'a> {
    pub at: &'a str,
    pub action: &'a str,
    pub kind: &'a str,
    pub record_uuid: Option<&'a str>,
    pub record_id: Option<&'a str>,
    pub summary: &'a str,
    pub old: Option<&'a serde_json::Value>,
    pub new: Option<&'a serde_json::Value>,
    pub source: Option<&'a str>,
}

/// Fields an edit's old and new values leave out: bookkeeping every record carries
/// (the log's own columns say which record and when), and `parsed`, which is derived
/// from a medication's text.
const NOT_LOGGED: &[&str] = &["id", "uuid", "created_at", "updated_at", "parsed"];

/// What the log keeps of a change, so that it costs little more than the change itself:
/// for an added record nothing (the record is its own new value, and every later edit
/// carries its own old and new values); for an edit only the fields it changed, old and
/// new; for a removed record the whole record but for its empty fields (it exists
/// nowhere else). The state at any point can be rebuilt from the current record by
/// undoing the edits after it.
pub fn compact(old: Option<&Value>, new: Option<&Value>) -> (Option<Value>, Option<Value>) {
    match (old, new) {
        (Some(Value::Object(o)), Some(Value::Object(n))) => {
            let changed: Vec<&String> = o
                .keys()
                .chain(n.keys().filter(|k| !o.contains_key(*k)))
                .filter(|k| !NOT_LOGGED.contains(&k.as_str()) && o.get(*k) != n.get(*k))
                .collect();
            let side = |m: &Map<String, Value>| -> Value {
                Value::Object(
                    changed
                        .iter()
                        .map(|k| ((*k).clone(), m.get(*k).cloned().unwrap_or(Value::Null)))
                        .collect(),
                )
            };
            (Some(side(o)), Some(side(n)))
        }
        (None, Some(Value::Object(_))) => (None, None),
        (Some(Value::Object(o)), None) => (
            Some(Value::Object(
                o.iter()
                    .filter(|(_, v)| !v.is_null())
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
            )),
            None,
        ),
        (old, new) => (old.cloned(), new.cloned()),
    }
}

/// Appends a change; old and new values are stored as [`compact`] makes them.
pub fn append(conn: &Connection, e: &Entry<'_>) -> rusqlite::Result<()> {
    let (old, new) = compact(e.old, e.new);
    conn.execute(
        "INSERT INTO change_log(uuid, at, action, kind, record_uuid, record_id, summary, old_value, new_value, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            crate::binder::new_uuid(),
            e.at,
            e.action,
            e.kind,
            e.record_uuid,
            e.record_id,
            e.summary,
            old.map(|v| v.to_string()),
            new.map(|v| v.to_string()),
            e.source,
        ],
    )?;
    Ok(())
}

const CHANGE_COLUMNS: &str = "at, action, kind, record_id, summary, old_value, new_value, source";

fn change(r: &rusqlite::Row<'_>) -> rusqlite::Result<Change> {
    let json = |s: Option<String>| s.and_then(|s| serde_json::from_str(&s).ok());
    Ok(Change {
        at: r.get(0)?,
        action: r.get(1)?,
        kind: r.get(2)?,
        record: r.get(3)?,
        summary: r.get(4)?,
        old: json(r.get(5)?),
        new: json(r.get(6)?),
        source: r.get(7)?,
    })
}

/// The log, oldest first; `record_uuid` narrows it to one record.
pub fn list(conn: &Connection, record_uuid: Option<&str>) -> rusqlite::Result<Vec<Change>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {CHANGE_COLUMNS} FROM change_log WHERE ?1 IS NULL OR record_uuid = ?1 ORDER BY id"
    ))?;
    stmt.query_map(params![record_uuid], change)?.collect()
}

/// Calls `each` with every change, oldest first, one at a time: the log is never held
/// whole (what `phr log --json` streams).
pub fn each<E: From<rusqlite::Error>>(
    conn: &Connection,
    mut each: impl FnMut(&Change) -> Result<(), E>,
) -> Result<(), E> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {CHANGE_COLUMNS} FROM change_log ORDER BY id"
    ))?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        each(&change(r)?)?;
    }
    Ok(())
}

/// Calls `each` with when, what action, which record and the summary and source of every
/// change, oldest first: what the log's table shows, read without the old and new
/// values.
pub fn each_brief<E: From<rusqlite::Error>>(
    conn: &Connection,
    mut each: impl FnMut(&str, &str, Option<&str>, &str, Option<&str>) -> Result<(), E>,
) -> Result<(), E> {
    super::each_texts(
        conn,
        "SELECT at, action, record_id, summary, source FROM change_log ORDER BY id",
        [],
        |[at, action, record, summary, source]| {
            each(
                at.unwrap_or_default(),
                action.unwrap_or_default(),
                record,
                summary.unwrap_or_default(),
                source,
            )
        },
    )
}

/// The last `limit` changes made at or after `since` (compared as text, as the stored
/// RFC 3339 times sort), leaving out profile edits, oldest first: what a printout lists
/// as recent changes, read without the rest of the log.
pub fn recent(conn: &Connection, since: &str, limit: usize) -> rusqlite::Result<Vec<Change>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {CHANGE_COLUMNS} FROM change_log WHERE at >= ?1 AND kind != 'profile'
         ORDER BY id DESC LIMIT ?2"
    ))?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let mut v: Vec<Change> = stmt
        .query_map(params![since, limit], change)?
        .collect::<rusqlite::Result<_>>()?;
    v.reverse();
    Ok(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The streamed log is the listed log, and the table's brief reading of it has the
    /// listed changes' fields, in order.
    #[test]
    fn the_streamed_and_brief_logs_are_the_listed_log() {
        let c = crate::records::test_db();
        for (i, (record, source)) in [(Some("m1"), None), (None, Some("discharge list"))]
            .into_iter()
            .enumerate()
        {
            let at = format!("2026-11-2{i}T00:00:00Z");
            let old = json!({"text": "a"});
            let e = Entry {
                at: &at,
                action: "edit",
                kind: "medication",
                record_uuid: None,
                record_id: record,
                summary: "changed the text",
                old: Some(&old),
                new: Some(&old),
                source,
            };
            append(&c, &e).unwrap();
        }
        let listed = list(&c, None).unwrap();
        let mut brief = Vec::new();
        each_brief(&c, |at, action, record, summary, source| {
            brief.push((
                at.to_owned(),
                action.to_owned(),
                record.map(str::to_owned),
                summary.to_owned(),
                source.map(str::to_owned),
            ));
            Ok::<(), rusqlite::Error>(())
        })
        .unwrap();
        let want: Vec<_> = listed
            .into_iter()
            .map(|c| (c.at, c.action, c.record, c.summary, c.source))
            .collect();
        assert_eq!(brief, want);
        assert_eq!(brief.len(), 2);
        let mut each_one = Vec::new();
        each(&c, |c| {
            each_one.push(c.clone());
            Ok::<(), rusqlite::Error>(())
        })
        .unwrap();
        assert_eq!(each_one, list(&c, None).unwrap());
    }

    #[test]
    fn an_add_is_logged_without_a_copy_of_the_record() {
        let rec = json!({"id": "m1", "uuid": "u", "text": "Lisinopril 10 mg daily",
            "status": "active", "created_at": "t", "updated_at": "t"});
        assert_eq!(compact(None, Some(&rec)), (None, None));
    }

    #[test]
    fn an_edit_keeps_only_what_changed_on_both_sides() {
        let before = json!({"id": "m1", "text": "a", "reason": null, "status": "active",
            "updated_at": "t1", "parsed": {"dose": 1}});
        let after = json!({"id": "m1", "text": "b", "reason": "cough", "status": "active",
            "updated_at": "t2", "parsed": {"dose": 2}, "stop_date": "2026-11-20"});
        let (old, new) = compact(Some(&before), Some(&after));
        assert_eq!(
            old,
            Some(json!({"text": "a", "reason": null, "stop_date": null}))
        );
        assert_eq!(
            new,
            Some(json!({"text": "b", "reason": "cough", "stop_date": "2026-11-20"}))
        );
    }

    #[test]
    fn a_removal_keeps_the_record_and_plain_values_pass_through() {
        let rec = json!({"id": "p1", "uuid": "u", "name": "Dr Lee", "fax": null});
        let (old, new) = compact(Some(&rec), None);
        assert_eq!(
            old,
            Some(json!({"id": "p1", "uuid": "u", "name": "Dr Lee"}))
        );
        assert_eq!(new, None);
        let (old, new) = compact(Some(&json!("x")), Some(&json!("y")));
        assert_eq!((old, new), (Some(json!("x")), Some(json!("y"))));
    }
}
