//! Reading FHIR R4 Bundles from portals into the binder.

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::Value;

use super::Report;
use crate::error::CliError;

pub fn import(
    _conn: &Connection,
    _path: &Path,
    _doc: &Value,
    _now: &str,
    _today: NaiveDate,
    _report: &mut Report,
) -> Result<(), CliError> {
    Ok(())
}
