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
    /// The medications a printout lists, with only the fields it shows
    /// ([`med::list_shown`]: no id, uuid, pharmacy, stop reason or timestamps).
    pub medications: Vec<Medication>,
    /// Records of each declared kind, keyed by the kind's name (`provider`, `appt`, …).
    pub records: Vec<(&'static str, Vec<Record>)>,
    /// Requests to providers (`phr request`), open and closed, oldest first.
    pub requests: Vec<Request>,
    /// The results grouped by test, when the reader asked for them (see
    /// [`Snapshot::results_by_test`]).
    pub results_by_test: Option<Vec<TestResults>>,
}

/// How many of a test's results a snapshot keeps in [`TestResults::latest`].
pub const RESULTS_KEPT: usize = 4;

/// One test's results as the visit summary shows them: how many there are, and the
/// latest few, without holding every result of a binder of thousands.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TestResults {
    /// How many results the test has.
    pub count: usize,
    /// Its latest results, newest first: by date, then the one added later. At most
    /// [`RESULTS_KEPT`], and never empty.
    pub latest: Vec<ResultLine>,
}

/// The fields of a result a summary line shows ("" for a field not recorded).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ResultLine {
    pub test: String,
    pub value: String,
    pub unit: String,
    pub range: String,
    pub date: String,
}

/// Groups results, given in binder order, by test (compared without case), tests in the
/// order first seen.
#[derive(Default)]
struct ByTest {
    index: std::collections::HashMap<String, usize>,
    tests: Vec<TestResults>,
}

impl ByTest {
    fn push(&mut self, [test, value, unit, range, date]: [&str; 5]) {
        let n = self.tests.len();
        let at = *self.index.entry(test.to_lowercase()).or_insert(n);
        if at == n {
            self.tests.push(TestResults {
                count: 0,
                latest: Vec::with_capacity(RESULTS_KEPT),
            });
        }
        let group = &mut self.tests[at];
        group.count += 1;
        // Later in binder order, so ahead of every kept result of the same date.
        let place = group
            .latest
            .iter()
            .position(|r| r.date.as_str() <= date)
            .unwrap_or(group.latest.len());
        if place < RESULTS_KEPT {
            group.latest.truncate(RESULTS_KEPT - 1);
            group.latest.insert(
                place,
                ResultLine {
                    test: test.to_owned(),
                    value: value.to_owned(),
                    unit: unit.to_owned(),
                    range: range.to_owned(),
                    date: date.to_owned(),
                },
            );
        }
    }
}

/// The fields of a result that [`ResultLine`] holds, in its order.
const RESULT_FIELDS: [&str; 5] = ["test", "value", "unit", "range", "date"];

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
        let mut snap = Self::load_with(conn, kinds::ALL, Meds::All, false)?;
        let mut by_test = ByTest::default();
        for r in snap.of(&kinds::RESULT) {
            by_test.push(RESULT_FIELDS.map(|f| generic::text(r, f)));
        }
        snap.results_by_test = Some(by_test.tests);
        Ok(snap)
    }

    /// A snapshot holding only the records of `only`, the profile and the requests, and
    /// no medications: for a reader that streams the large tables itself (the FHIR
    /// export).
    pub fn load_kinds(conn: &Connection, only: &[&'static Kind]) -> Result<Self, RecordError> {
        Self::load_with(conn, only, Meds::None, false)
    }

    /// A snapshot of the records of `only` and of `meds`, with the profile and the
    /// requests, and the results grouped by test when `results_by_test`: what a printout
    /// reads, and no more (a binder of thousands of results and notes is not read for a
    /// wallet card, and a summary reads each result's few fields, keeping the latest).
    pub fn load_with(
        conn: &Connection,
        only: &[&'static Kind],
        meds: Meds,
        results_by_test: bool,
    ) -> Result<Self, RecordError> {
        let mut records = Vec::new();
        for k in only {
            records.push((k.name, generic::list(conn, k, None)?));
        }
        let results_by_test = if results_by_test {
            let mut by_test = ByTest::default();
            generic::each_fields(conn, &kinds::RESULT, RESULT_FIELDS, |fields| {
                by_test.push(fields);
                Ok::<(), rusqlite::Error>(())
            })?;
            Some(by_test.tests)
        } else {
            None
        };
        Ok(Snapshot {
            profile: profile::get(conn)?,
            no_known_allergies: profile::meta(conn, "no_known_allergies")?,
            meds_verified_at: profile::meta(conn, "meds_verified_at")?,
            medications: match meds {
                Meds::None => Vec::new(),
                Meds::Active => med::list_shown(conn, false)?,
                Meds::All => med::list_shown(conn, true)?,
            },
            records,
            requests: request::list(conn, false)?,
            results_by_test,
        })
    }

    /// The results grouped by test, tests in the order first seen. Asking for them from
    /// a snapshot loaded without them is a reader's mistake, caught in debug builds.
    pub fn results_by_test(&self) -> &[TestResults] {
        debug_assert!(
            self.results_by_test.is_some(),
            "the snapshot was loaded without the results by test"
        );
        self.results_by_test.as_deref().unwrap_or(&[])
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

    /// The grouping kept as it was first written: every result of a test, sorted by
    /// date (a stable sort, so binder order on the same date), then the last four.
    fn by_test_whole(rows: &[[&str; 5]]) -> Vec<(usize, Vec<[String; 5]>)> {
        let mut index = std::collections::HashMap::new();
        let mut tests: Vec<Vec<&[&str; 5]>> = Vec::new();
        for r in rows {
            let n = tests.len();
            let at = *index.entry(r[0].to_lowercase()).or_insert(n);
            if at == n {
                tests.push(Vec::new());
            }
            tests[at].push(r);
        }
        tests
            .into_iter()
            .map(|mut of| {
                of.sort_by(|a, b| a[4].cmp(b[4]));
                let latest = of
                    .iter()
                    .rev()
                    .take(RESULTS_KEPT)
                    .map(|r| r.map(str::to_owned))
                    .collect();
                (of.len(), latest)
            })
            .collect()
    }

    #[test]
    fn results_by_test_keep_the_count_and_the_latest_four() {
        // Tests differing in case, dates out of order, repeated dates, a missing date,
        // more than four results of a test, and a test with one.
        let dates = [
            "2026-03-01",
            "2025-12-01",
            "2026-03-01",
            "",
            "2026-01-15",
            "2026-03-01",
        ];
        let mut rows = Vec::new();
        for (i, d) in dates.iter().cycle().take(23).enumerate() {
            let test = ["A1c", "a1c", "LDL", "A1C", "Potassium"][i % 5];
            let value = format!("{i}");
            rows.push([
                test.to_owned(),
                value,
                "%".to_owned(),
                String::new(),
                (*d).to_owned(),
            ]);
        }
        rows.push([
            "TSH".into(),
            "2.1".into(),
            "mIU/L".into(),
            "0.4-4".into(),
            "2024-05-01".into(),
        ]);
        let rows: Vec<[&str; 5]> = rows
            .iter()
            .map(|r| r.each_ref().map(String::as_str))
            .collect();
        let mut by_test = ByTest::default();
        for r in &rows {
            by_test.push(*r);
        }
        let got: Vec<(usize, Vec<[String; 5]>)> = by_test
            .tests
            .iter()
            .map(|t| {
                let latest = t
                    .latest
                    .iter()
                    .map(|r| [&r.test, &r.value, &r.unit, &r.range, &r.date].map(|s| s.clone()))
                    .collect();
                (t.count, latest)
            })
            .collect();
        assert_eq!(got, by_test_whole(&rows));
        assert_eq!(got.len(), 4, "A1c in any case is one test");
        assert_eq!(got[0].0, 14);
        assert_eq!(got[3], (1, vec![rows[23].map(str::to_owned)]));
    }

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
