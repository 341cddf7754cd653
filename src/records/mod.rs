//! The records kept in a binder and the queries over them. Pure data access: no clap,
//! no printing. Every record has a UUID, a short id (`m3`), `created_at`, `updated_at`,
//! and every change lands in the change log.

pub mod generic;
pub mod kinds;
pub mod log;
pub mod med;
pub mod profile;
pub mod request;
pub mod snapshot;

use rusqlite::Connection;

/// A problem with a record the user named or gave.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("no {kind} matches {name:?}")]
    NotFound { kind: &'static str, name: String },
    #[error("{name:?} matches several {kind}s: {}", candidates.join(", "))]
    Ambiguous {
        kind: &'static str,
        name: String,
        candidates: Vec<String>,
    },
    #[error("{0}")]
    Invalid(String),
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
}

impl From<RecordError> for crate::error::CliError {
    fn from(e: RecordError) -> Self {
        use crate::error::CliError;
        match e {
            RecordError::NotFound { kind, .. } => CliError::failed(e.to_string())
                .hint(format!("see the ids with `phr {} list`", cli_kind(kind))),
            RecordError::Ambiguous { .. } => {
                CliError::failed(e.to_string()).hint("name the record by its id instead")
            }
            RecordError::Invalid(_) => CliError::failed(e.to_string()),
            RecordError::Sqlite(e) => crate::binder::db_cli_error(e),
        }
    }
}

fn cli_kind(kind: &str) -> &str {
    match kind {
        "medication" => "med",
        other => other,
    }
}

/// Runs `sql` and calls `each` with the first `N` columns of each row as text, borrowed
/// (None for null; any other type is an error, see [`row_str`]): for readers that need a
/// few columns of many rows.
pub(crate) fn each_texts<const N: usize, E: From<rusqlite::Error>>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    mut each: impl FnMut([Option<&str>; N]) -> Result<(), E>,
) -> Result<(), E> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    while let Some(row) = rows.next()? {
        let mut texts = [None; N];
        for (i, t) in texts.iter_mut().enumerate() {
            *t = row_str(row, i)?;
        }
        each(texts)?;
    }
    Ok(())
}

/// Column `i` of a row as text or null, borrowed, as `Option<String>` would read it:
/// any other type is an error (for readers that build no record, see [`row_text`]).
pub(crate) fn row_str<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<&'r str>> {
    let v = r.get_ref(i)?;
    v.as_str_or_null()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(i, v.data_type(), e.into()))
}

/// [`row_str`] for a column that is never null, with the error `String` would give.
pub(crate) fn row_str_required<'r>(
    r: &'r rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<&'r str> {
    row_str(r, i)?.ok_or_else(|| {
        let name = r.as_ref().column_name(i).unwrap_or("?").to_owned();
        rusqlite::Error::InvalidColumnType(i, name, rusqlite::types::Type::Null)
    })
}

/// Column `i` of a row as text or null, as `Option<String>` would read it (any other
/// type is an error), for serializers that write rows without building records.
pub(crate) fn row_text<'r, E: serde::ser::Error>(
    r: &'r rusqlite::Row<'_>,
    i: usize,
) -> Result<Option<&'r str>, E> {
    r.get_ref(i)
        .map_err(E::custom)?
        .as_str_or_null()
        .map_err(E::custom)
}

/// Column `i` of a row as text that must be there (see [`row_text`]).
pub(crate) fn row_required<'r, E: serde::ser::Error>(
    r: &'r rusqlite::Row<'_>,
    i: usize,
) -> Result<&'r str, E> {
    row_text(r, i)?.ok_or_else(|| E::custom("a required column is null"))
}

/// Parses a short id like `m12` for the given prefix.
pub fn parse_short_id(s: &str, prefix: char) -> Option<i64> {
    parse_short_id_str(s, prefix.encode_utf8(&mut [0; 4]))
}

/// Parses a short id like `ap12` for a prefix of one or more letters (any case).
pub fn parse_short_id_str(s: &str, prefix: &str) -> Option<i64> {
    let s = s.trim();
    if s.len() <= prefix.len()
        || !s.is_char_boundary(prefix.len())
        || !s[..prefix.len()].eq_ignore_ascii_case(prefix)
    {
        return None;
    }
    let rest = &s[prefix.len()..];
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    rest.parse().ok()
}

/// Number of rows in a table (for tests and the demo).
pub fn count(conn: &Connection, table: &str) -> rusqlite::Result<i64> {
    conn.query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
        r.get(0)
    })
}

/// An in-memory database at the current schema, for tests.
#[cfg(test)]
pub(crate) fn test_db() -> Connection {
    let mut c = Connection::open_in_memory().expect("an in-memory database");
    crate::binder::schema::upgrade(&mut c).expect("the schema");
    c
}
