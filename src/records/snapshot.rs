//! The binder, or the kinds of record a reader asks for, read into memory at once: what
//! printouts, exports and imports work from. Reading is one query per table; nothing
//! here writes. The change log, the largest table, is not part of it: the printouts
//! that show changes read the few they list themselves.

use rusqlite::Connection;
use serde::Serialize;
use serde_json::{Map, Value};

use super::generic::{self, Record};
use super::kinds::{self, Kind};
use super::med::{self, Medication};
use super::request::{self, Request};
use super::{RecordError, profile};

/// Every record of a binder, or of the kinds a reader asked for.
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

/// Which medications a snapshot holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meds {
    /// None: the reader streams them itself, or shows none.
    None,
    /// The active ones (stopped ones are left out).
    Active,
    /// All of them, active and stopped.
    All,
}

impl Snapshot {
    pub fn load(conn: &Connection) -> Result<Self, RecordError> {
        Self::load_with(conn, kinds::ALL, Meds::All)
    }

    /// A snapshot holding only the records of `only`, the profile and the requests, and
    /// no medications: for a reader that streams the large tables itself (the FHIR
    /// export).
    pub fn load_kinds(conn: &Connection, only: &[&'static Kind]) -> Result<Self, RecordError> {
        Self::load_with(conn, only, Meds::None)
    }

    /// A snapshot of the records of `only` and of `meds`, with the profile and the
    /// requests: what a printout reads, and no more (a binder of thousands of results
    /// and notes is not read for a wallet card).
    pub fn load_with(
        conn: &Connection,
        only: &[&'static Kind],
        meds: Meds,
    ) -> Result<Self, RecordError> {
        let mut records = Vec::new();
        for k in only {
            records.push((k.name, generic::list(conn, k, None)?));
        }
        Ok(Snapshot {
            profile: profile::get(conn)?,
            no_known_allergies: profile::meta(conn, "no_known_allergies")?,
            meds_verified_at: profile::meta(conn, "meds_verified_at")?,
            medications: match meds {
                Meds::None => Vec::new(),
                Meds::Active => med::list(conn, false)?,
                Meds::All => med::list(conn, true)?,
            },
            records,
            requests: request::list(conn, false)?,
        })
    }

    /// The records of one kind. Asking for a kind the snapshot was not loaded with is
    /// a reader that left it out of its list: a mistake, caught in debug builds.
    pub fn of(&self, kind: &Kind) -> &[Record] {
        let found = self.records.iter().find(|(k, _)| *k == kind.name);
        debug_assert!(
            found.is_some(),
            "the snapshot was loaded without the kind {}",
            kind.name
        );
        found.map_or(&[], |(_, v)| v.as_slice())
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
