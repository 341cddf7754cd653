//! `phr export`: printouts (summary, medication list, card, emergency page, SBAR,
//! questions), iCalendar, the portable binder document and the FHIR IPS Bundle. Each
//! is a pure function of a [`crate::records::snapshot::Snapshot`] (or the connection)
//! and the clock, returning the text to print or write.

pub mod doc;
pub mod fhir;
pub mod ical;
pub mod portable;
pub mod printouts;
pub mod toml_block;
pub mod transcode;
