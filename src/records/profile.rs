//! The patient profile: one per binder, kept as named fields, each change logged.

use rusqlite::{Connection, params};
use serde_json::{Map, Value};

use super::RecordError;
use super::log::{self, Entry};

/// The profile's fields: (name, help). Flags are the names in kebab-case.
pub const FIELDS: &[(&str, &str)] = &[
    ("name", "Full name"),
    ("born", "Date of birth (YYYY-MM-DD)"),
    ("sex", "Sex, as providers record it"),
    ("blood_type", "Blood type, e.g. O+"),
    (
        "languages",
        "Languages spoken, e.g. \"Portuguese, English\"",
    ),
    ("insurance_carrier", "Insurance carrier"),
    ("insurance_member_id", "Insurance member id"),
    ("insurance_group", "Insurance group number"),
    ("pharmacy", "Preferred pharmacy"),
    ("advance_directive", "Where the advance directive is kept"),
    ("organ_donor", "Organ donor: yes, no or unknown"),
];

/// The profile as a JSON object (every field, null when unset).
pub fn get(conn: &Connection) -> Result<Map<String, Value>, RecordError> {
    let mut m: Map<String, Value> = FIELDS
        .iter()
        .map(|(k, _)| ((*k).to_owned(), Value::Null))
        .collect();
    let mut stmt = conn.prepare("SELECT key, value FROM profile")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (k, v) = row?;
        if m.contains_key(&k) {
            m.insert(k, Value::String(v));
        }
    }
    Ok(m)
}

/// Sets fields (`None` clears one) and logs old → new.
pub fn set(
    conn: &Connection,
    changes: &[(&str, Option<String>)],
    now: &str,
    source: Option<&str>,
) -> Result<Map<String, Value>, RecordError> {
    if changes.is_empty() {
        return Err(RecordError::Invalid(
            "nothing to set: give at least one field".into(),
        ));
    }
    let before = get(conn)?;
    for (k, v) in changes {
        if !FIELDS.iter().any(|(f, _)| f == k) {
            return Err(RecordError::Invalid(format!(
                "the profile has no field {k}"
            )));
        }
        match v {
            Some(v) => conn.execute(
                "INSERT INTO profile(key, value, updated_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                params![k, v, now],
            )?,
            None => conn.execute("DELETE FROM profile WHERE key = ?1", [k])?,
        };
    }
    let after = get(conn)?;
    let pick = |m: &Map<String, Value>| -> Value {
        Value::Object(
            changes
                .iter()
                .map(|(k, _)| ((*k).to_owned(), m.get(*k).cloned().unwrap_or(Value::Null)))
                .collect(),
        )
    };
    let names: Vec<&str> = changes.iter().map(|(k, _)| *k).collect();
    log::append(
        conn,
        &Entry {
            at: now,
            action: "edit",
            kind: "profile",
            record_uuid: None,
            record_id: None,
            summary: &format!("profile: set {}", names.join(", ")),
            old: Some(&pick(&before)),
            new: Some(&pick(&after)),
            source,
        },
    )?;
    Ok(after)
}

/// A value of the `meta` table.
pub fn meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
        .optional()
}

pub fn set_meta(conn: &Connection, key: &str, value: Option<&str>) -> rusqlite::Result<()> {
    match value {
        Some(v) => conn.execute(
            "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, v],
        )?,
        None => conn.execute("DELETE FROM meta WHERE key = ?1", [key])?,
    };
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_get_and_clear() {
        let mut c = Connection::open_in_memory().unwrap();
        crate::binder::schema::upgrade(&mut c).unwrap();
        let p = set(
            &c,
            &[
                ("name", Some("Maria Souza".into())),
                ("born", Some("1948-03-02".into())),
            ],
            "t",
            None,
        )
        .unwrap();
        assert_eq!(p["name"], "Maria Souza");
        assert_eq!(p["blood_type"], Value::Null);
        let p = set(&c, &[("name", None)], "t", None).unwrap();
        assert_eq!(p["name"], Value::Null);
        assert!(set(&c, &[("favourite_colour", Some("x".into()))], "t", None).is_err());
        assert_eq!(log::list(&c, None).unwrap().len(), 2);
    }
}
