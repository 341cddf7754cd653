//! The bridge between the medication record and what phr understands of its text.
//! Until the sig parser lands, the name is the first word as written.

use crate::records::med::{Medication, NewMedication};

/// Fills the understood fields of a new medication from its text.
pub fn fill(new: &mut NewMedication, prn: bool) {
    let name = new
        .text
        .split(|c: char| c.is_whitespace() || c == ',')
        .find(|w| !w.is_empty())
        .map(str::to_lowercase);
    new.name = name;
    if prn {
        new.parsed = Some(serde_json::json!({ "prn": true }));
    }
}

/// Lines for `med show` describing what was understood.
pub fn describe(m: &Medication) -> String {
    match &m.name {
        Some(n) => format!("  {:<14} {n}\n", "Name:"),
        None => String::new(),
    }
}
