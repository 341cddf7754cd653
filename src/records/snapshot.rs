//! The whole binder read into memory at once: what printouts, exports and imports work
//! from. Reading is one query per table; nothing here writes. The change log, the
//! largest table, is not part of it: the printouts that show changes read it themselves.

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Map, Value};

use super::generic::{self, Record};
use super::kinds::{self, Kind};
use super::med::{self, Medication};
use super::request::{self, Request};
use super::{RecordError, profile};

/// Every record of a binder.
#[derive(Debug, Clone, Serialize)]
pub struct Snapshot {
    pub profile: Map<String, Value>,
    /// When "no known allergies" was recorded, if it was.
    pub no_known_allergies: Option<String>,
    /// When the medication list was last reviewed (`phr med verify`).
    pub meds_verified_at: Option<String>,
    pub medications: Vec<Medication>,
    /// Records of each declared kind, keyed by the kind's name (`provider`, `appt`, …).
    pub records: Vec<(&'static str, Vec<Record>)>,
    /// Requests to providers (`phr request`), open and closed, oldest first.
    pub requests: Vec<Request>,
}

impl Snapshot {
    pub fn load(conn: &Connection) -> Result<Self, RecordError> {
        let mut snap = Self::load_kinds(conn, kinds::ALL)?;
        snap.medications = med::list(conn, true)?;
        Ok(snap)
    }

    /// A snapshot holding only the records of `only`, the profile and the requests, and
    /// no medications: for a reader that streams the large tables itself (the FHIR
    /// export). [`Snapshot::of`] any other kind is empty.
    pub fn load_kinds(conn: &Connection, only: &[&'static Kind]) -> Result<Self, RecordError> {
        let mut records = Vec::new();
        for k in only {
            records.push((k.name, generic::list(conn, k, None)?));
        }
        Ok(Snapshot {
            profile: profile::get(conn)?,
            no_known_allergies: profile::meta(conn, "no_known_allergies")?,
            meds_verified_at: profile::meta(conn, "meds_verified_at")?,
            medications: Vec::new(),
            records,
            requests: request::list(conn, false)?,
        })
    }

    /// The records of one kind.
    pub fn of(&self, kind: &Kind) -> &[Record] {
        self.records
            .iter()
            .find(|(k, _)| *k == kind.name)
            .map_or(&[], |(_, v)| v.as_slice())
    }

    pub fn active_medications(&self) -> impl Iterator<Item = &Medication> {
        self.medications.iter().filter(|m| m.status == "active")
    }

    /// A profile field as text, or "".
    pub fn profile_text(&self, key: &str) -> &str {
        self.profile.get(key).and_then(Value::as_str).unwrap_or("")
    }

    /// The open requests that involve a provider of the care team, as the one asked or
    /// the one to receive (see `request::outstanding_for`).
    pub fn outstanding_for(&self, provider: &Record) -> Vec<Request> {
        request::outstanding_among(&self.requests, provider)
    }

    /// The contact marked as primary liaison.
    pub fn liaison(&self) -> Option<&Record> {
        self.of(&kinds::CONTACT)
            .iter()
            .find(|c| c.get("liaison") == Some(&Value::Bool(true)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_every_kind() {
        let mut c = Connection::open_in_memory().unwrap();
        crate::binder::schema::upgrade(&mut c).unwrap();
        let v: generic::Values = [
            ("name", Value::String("Ana".into())),
            ("relationship", Value::String("daughter".into())),
            ("liaison", Value::Bool(true)),
        ]
        .into_iter()
        .collect();
        generic::insert(&c, &kinds::CONTACT, &v, "t", None).unwrap();
        let s = Snapshot::load(&c).unwrap();
        assert_eq!(s.records.len(), kinds::ALL.len());
        assert_eq!(s.of(&kinds::CONTACT).len(), 1);
        assert_eq!(generic::text(s.liaison().unwrap(), "name"), "Ana");
        assert!(s.medications.is_empty());
    }
}
