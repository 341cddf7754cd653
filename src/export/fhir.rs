//! The binder as a FHIR R4 document Bundle following the International Patient Summary.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::error::CliError;
use crate::records::snapshot::Snapshot;

pub fn bundle(_snap: &Snapshot, _now: DateTime<Utc>) -> Value {
    json!({})
}

pub fn to_string(v: &Value) -> Result<String, CliError> {
    serde_json::to_string_pretty(v)
        .map(|s| s + "\n")
        .map_err(|e| CliError::internal("could not write JSON").cause(e))
}
