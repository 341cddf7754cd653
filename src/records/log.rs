//! The change log: what changed, when, from which source, with the old and new values.

use rusqlite::{Connection, params};
use serde::Serialize;

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

pub fn append(conn: &Connection, e: &Entry<'_>) -> rusqlite::Result<()> {
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
            e.old.map(|v| v.to_string()),
            e.new.map(|v| v.to_string()),
            e.source,
        ],
    )?;
    Ok(())
}

/// The log, oldest first; `record_uuid` narrows it to one record.
pub fn list(conn: &Connection, record_uuid: Option<&str>) -> rusqlite::Result<Vec<Change>> {
    let mut stmt = conn.prepare(
        "SELECT at, action, kind, record_id, summary, old_value, new_value, source
         FROM change_log WHERE ?1 IS NULL OR record_uuid = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map(params![record_uuid], |r| {
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
    })?;
    rows.collect()
}
