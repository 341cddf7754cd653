//! The binder's SQLite schema and its forward-only migrations, keyed on
//! `PRAGMA user_version`. Each entry of `MIGRATIONS` upgrades from the version before it.

use rusqlite::{Connection, Transaction};

type Migration = fn(&Transaction<'_>) -> rusqlite::Result<()>;

/// `MIGRATIONS[n]` takes a binder from version `n` to `n + 1`.
const MIGRATIONS: &[Migration] = &[v1_core, v2_care_record, v3_requests, v4_lean_log];

/// The schema version this phr writes.
pub const CURRENT: u32 = MIGRATIONS.len() as u32;

/// The outcome of bringing a database up to date.
#[derive(Debug, PartialEq, Eq)]
pub enum Upgrade {
    UpToDate,
    Upgraded { from: u32, to: u32 },
    TooNew { found: u32 },
}

pub fn version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Applies the missing migrations in one transaction. A newer binder is left untouched.
pub fn upgrade(conn: &mut Connection) -> rusqlite::Result<Upgrade> {
    upgrade_to(conn, CURRENT)
}

/// Applies the migrations up to version `target` (tests build older binders with it).
pub(crate) fn upgrade_to(conn: &mut Connection, target: u32) -> rusqlite::Result<Upgrade> {
    let found = version(conn)?;
    if found > CURRENT {
        return Ok(Upgrade::TooNew { found });
    }
    if found >= target {
        return Ok(Upgrade::UpToDate);
    }
    let tx = conn.transaction()?;
    for (n, migrate) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(found as usize)
    {
        migrate(&tx)?;
        tx.pragma_update(None, "user_version", n as u32 + 1)?;
    }
    tx.commit()?;
    Ok(Upgrade::Upgraded {
        from: found,
        to: target,
    })
}

/// Version 1: metadata, recipients, the change log and medications.
fn v1_core(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE meta (
             key   TEXT PRIMARY KEY,
             value TEXT NOT NULL
         );
         CREATE TABLE recipients (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             name       TEXT NOT NULL,
             recipient  TEXT NOT NULL UNIQUE,
             role       TEXT NOT NULL CHECK (role IN ('owner', 'caregiver')),
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE change_log (
             id          INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid        TEXT NOT NULL UNIQUE,
             at          TEXT NOT NULL,
             action      TEXT NOT NULL,
             kind        TEXT NOT NULL,
             record_uuid TEXT,
             record_id   TEXT,
             summary     TEXT NOT NULL,
             old_value   TEXT,
             new_value   TEXT,
             source      TEXT
         );
         CREATE TABLE medications (
             id          INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid        TEXT NOT NULL UNIQUE,
             text        TEXT NOT NULL,
             name        TEXT,
             parsed      TEXT,
             kind        TEXT NOT NULL DEFAULT 'rx' CHECK (kind IN ('rx', 'otc', 'supplement')),
             prescriber  TEXT,
             pharmacy    TEXT,
             reason      TEXT,
             start_date  TEXT,
             stop_date   TEXT,
             stop_reason TEXT,
             status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped')),
             created_at  TEXT NOT NULL,
             updated_at  TEXT NOT NULL
         );
         CREATE INDEX change_log_record ON change_log(record_uuid);",
    )
}

/// Version 2: the care record (profile, care team, history, appointments, follow-ups).
/// Frozen: later changes go in a new migration.
fn v2_care_record(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(
        r#"CREATE TABLE profile (
             key        TEXT PRIMARY KEY,
             value      TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE providers (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "role" TEXT,
             "specialty" TEXT,
             "org" TEXT,
             "phone" TEXT,
             "fax" TEXT,
             "email" TEXT,
             "address" TEXT,
             "portal" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE contacts (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "relationship" TEXT,
             "phone" TEXT,
             "email" TEXT,
             liaison INTEGER NOT NULL DEFAULT 0,
             "authority" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE conditions (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "onset" TEXT,
             "status" TEXT,
             "resolved" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE allergies (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "substance" TEXT,
             "reaction" TEXT,
             "severity" TEXT,
             "kind" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE procedures (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "date" TEXT,
             "provider" TEXT,
             provider_uuid TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE immunizations (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "date" TEXT,
             "dose" TEXT,
             "lot" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE encounters (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "kind" TEXT,
             "date" TEXT,
             "discharged" TEXT,
             "reason" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE results (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "test" TEXT,
             "value" TEXT,
             "unit" TEXT,
             "range" TEXT,
             "date" TEXT,
             "ordered_by" TEXT,
             ordered_by_uuid TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE family_history (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "relation" TEXT,
             "condition" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE devices (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "name" TEXT,
             "date" TEXT,
             "model" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE appointments (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "when" TEXT,
             "with" TEXT,
             with_uuid TEXT,
             "reason" TEXT,
             "location" TEXT,
             "status" TEXT,
             "notes" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE tasks (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "text" TEXT,
             "due" TEXT,
             "for" TEXT,
             for_uuid TEXT,
             "status" TEXT,
             "done_at" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE questions (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "text" TEXT,
             "for" TEXT,
             "status" TEXT,
             "answer" TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE TABLE notes (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             "text" TEXT,
             "with" TEXT,
             with_uuid TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         ALTER TABLE medications ADD COLUMN prescriber_uuid TEXT;
         ALTER TABLE medications ADD COLUMN pharmacy_uuid TEXT;
         ALTER TABLE medications ADD COLUMN instructions TEXT;"#,
    )
}

/// Version 3: requests to providers (`phr request`): who is asked to send what to whom,
/// by when, the follow-up task that tracks it, and when it arrived. Names are kept as
/// written at the time; the `_uuid` columns link to the care team.
fn v3_requests(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch(
        "CREATE TABLE requests (
             id         INTEGER PRIMARY KEY AUTOINCREMENT,
             uuid       TEXT NOT NULL UNIQUE,
             kind       TEXT NOT NULL CHECK (kind IN ('send', 'records')),
             from_name  TEXT NOT NULL,
             from_uuid  TEXT,
             to_name    TEXT,
             to_uuid    TEXT,
             what       TEXT NOT NULL,
             by_date    TEXT,
             prefer     TEXT,
             task_uuid  TEXT,
             status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
             done_at    TEXT,
             note       TEXT,
             created_at TEXT NOT NULL,
             updated_at TEXT NOT NULL
         );
         CREATE INDEX requests_status ON requests(status);",
    )
}

/// Version 4: the change log loses its index on `record_uuid`. One record's history
/// (`phr med history`) is rare enough to scan the log for, and the index was about a
/// tenth of a large binder, which every command decrypts and loads. Entries written
/// from this version on keep an edit's changed fields only and no copy of an added
/// record (see `records::log::compact`); older entries are left as they were.
fn v4_lean_log(tx: &Transaction<'_>) -> rusqlite::Result<()> {
    tx.execute_batch("DROP INDEX IF EXISTS change_log_record;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_database_reaches_current() {
        let mut c = Connection::open_in_memory().unwrap();
        assert_eq!(
            upgrade(&mut c).unwrap(),
            Upgrade::Upgraded {
                from: 0,
                to: CURRENT
            }
        );
        assert_eq!(version(&c).unwrap(), CURRENT);
        assert_eq!(upgrade(&mut c).unwrap(), Upgrade::UpToDate);
    }

    /// Every migration runs from the version before it, with that version's data kept.
    #[test]
    fn each_migration_from_the_previous_version() {
        for target in 1..=CURRENT {
            let mut c = Connection::open_in_memory().unwrap();
            upgrade_to(&mut c, target - 1).unwrap();
            if target > 1 {
                c.execute_batch(
                    "INSERT INTO meta(key, value) VALUES ('probe', 'kept');
                     INSERT INTO medications(uuid, text, created_at, updated_at)
                     VALUES ('u1', 'Aspirin 81 mg daily', 't', 't');",
                )
                .unwrap();
            }
            upgrade_to(&mut c, target).unwrap();
            assert_eq!(version(&c).unwrap(), target);
            if target > 1 {
                let v: String = c
                    .query_row("SELECT value FROM meta WHERE key = 'probe'", [], |r| {
                        r.get(0)
                    })
                    .unwrap();
                assert_eq!(v, "kept");
                let t: String = c
                    .query_row("SELECT text FROM medications WHERE uuid = 'u1'", [], |r| {
                        r.get(0)
                    })
                    .unwrap();
                assert_eq!(t, "Aspirin 81 mg daily");
            }
        }
    }

    /// Version 2 adds the care record's tables and keeps version 1's medications.
    #[test]
    fn v2_adds_the_care_record() {
        let mut c = Connection::open_in_memory().unwrap();
        upgrade_to(&mut c, 1).unwrap();
        c.execute(
            "INSERT INTO medications(uuid, text, created_at, updated_at) VALUES ('u', 'x', 't', 't')",
            [],
        )
        .unwrap();
        upgrade_to(&mut c, 2).unwrap();
        for table in [
            "profile",
            "providers",
            "contacts",
            "appointments",
            "tasks",
            "questions",
            "notes",
        ] {
            let n: i64 = c
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{table}");
        }
        let instr: Option<String> = c
            .query_row("SELECT instructions FROM medications", [], |r| r.get(0))
            .unwrap();
        assert_eq!(instr, None);
    }

    #[test]
    fn newer_binder_is_refused_and_untouched() {
        let mut c = Connection::open_in_memory().unwrap();
        c.pragma_update(None, "user_version", CURRENT + 1).unwrap();
        assert_eq!(
            upgrade(&mut c).unwrap(),
            Upgrade::TooNew { found: CURRENT + 1 }
        );
        let tables: i64 = c
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 0);
    }

    /// Version 3 adds the requests table and keeps the care record.
    #[test]
    fn v3_adds_requests() {
        let mut c = Connection::open_in_memory().unwrap();
        upgrade_to(&mut c, 2).unwrap();
        c.execute(
            "INSERT INTO tasks(uuid, text, status, created_at, updated_at) VALUES ('t', 'call', 'open', 't', 't')",
            [],
        )
        .unwrap();
        upgrade_to(&mut c, 3).unwrap();
        let n: i64 = c
            .query_row("SELECT count(*) FROM requests", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 0);
        let t: i64 = c
            .query_row("SELECT count(*) FROM tasks", [], |r| r.get(0))
            .unwrap();
        assert_eq!(t, 1);
    }

    /// Version 4 drops the log's record index and keeps the log.
    #[test]
    fn v4_drops_the_log_index_and_keeps_entries() {
        let mut c = Connection::open_in_memory().unwrap();
        upgrade_to(&mut c, 3).unwrap();
        c.execute(
            "INSERT INTO change_log(uuid, at, action, kind, record_uuid, summary)
             VALUES ('l1', 't', 'add', 'medication', 'u1', 'added aspirin')",
            [],
        )
        .unwrap();
        let indexes = |c: &Connection| -> i64 {
            c.query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'change_log_record'",
                [],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(indexes(&c), 1);
        upgrade_to(&mut c, 4).unwrap();
        assert_eq!(indexes(&c), 0);
        let n: i64 = c
            .query_row(
                "SELECT count(*) FROM change_log WHERE record_uuid = 'u1'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1);
    }
}
