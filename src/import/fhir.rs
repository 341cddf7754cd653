//! Reading FHIR R4 Bundles (document, collection, transaction, batch, searchset) into
//! the binder: medications, conditions, immunizations, procedures, encounters,
//! appointments, family history, allergies, results, the care team, contacts and the
//! profile fields not yet set. Each resource becomes a record whose UUID is derived from
//! the resource's identity (its fullUrl, `Type/id` or identifier), so importing the same
//! file twice adds nothing. What portals really send (long ids, references outside the
//! Bundle, decimals as strings) is imported with a warning.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension};
use serde_json::Value;

use super::Report;
use crate::error::CliError;
use crate::medparse;
use crate::records::generic::{self, Values};
use crate::records::kinds::{self, Kind};
use crate::records::med::{self, NewMedication};
use crate::records::profile;

/// Most entries read from one Bundle: each becomes a record, so this bounds the time and
/// memory one import takes (about 5 s and 350 MB for 20,000 medications, release build).
pub const MAX_ENTRIES: usize = 20_000;

const ACCEPTED: &[&str] = &[
    "document",
    "collection",
    "transaction",
    "batch",
    "searchset",
];

/// SNOMED codes that mean nobody asked or nobody knows ("Not on File" at Epic).
const NOT_ASKED: &[&str] = &[
    "1631000175102",
    "261665006",
    "unknown",
    "asked-unknown",
    "not-asked",
];

/// SNOMED codes that mean "no known allergy".
const NO_KNOWN: &[&str] = &[
    "716186003",
    "409137002",
    "428607008",
    "429625007",
    "428197003",
];

fn s<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key)
        .and_then(Value::as_str)
        .filter(|x| !x.trim().is_empty())
}

/// The words of a CodeableConcept: its text, else the first coding's display, else code.
fn concept(v: Option<&Value>) -> Option<String> {
    let v = v?;
    if let Some(t) = s(v, "text") {
        return Some(t.trim().to_owned());
    }
    let codings = v.get("coding")?.as_array()?;
    codings
        .iter()
        .find_map(|c| s(c, "display"))
        .or_else(|| codings.iter().find_map(|c| s(c, "code")))
        .map(|t| t.trim().to_owned())
}

fn first<'a>(v: &'a Value, key: &str) -> Option<&'a Value> {
    match v.get(key)? {
        Value::Array(a) => a.first(),
        other => Some(other),
    }
}

/// A date (YYYY-MM-DD) from a FHIR date or dateTime.
fn date(v: Option<&str>) -> Option<String> {
    let v = v?.trim();
    let d = v.get(..10).unwrap_or(v);
    NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .ok()
        .map(|d| d.to_string())
        .or_else(|| (v.len() == 7 || v.len() == 4).then(|| v.to_owned()))
}

fn has_code(cc: Option<&Value>, codes: &[&str]) -> bool {
    cc.and_then(|c| c.get("coding"))
        .and_then(Value::as_array)
        .is_some_and(|a| {
            a.iter()
                .any(|c| s(c, "code").is_some_and(|x| codes.contains(&x)))
        })
}

fn human_name(v: &Value) -> Option<String> {
    let n = first(v, "name")?;
    if let Some(t) = s(n, "text") {
        return Some(t.to_owned());
    }
    let mut parts: Vec<String> = Vec::new();
    for key in ["prefix", "given"] {
        if let Some(a) = n.get(key).and_then(Value::as_array) {
            parts.extend(a.iter().filter_map(Value::as_str).map(str::to_owned));
        }
    }
    if let Some(f) = s(n, "family") {
        parts.push(f.to_owned());
    }
    if let Some(a) = n.get("suffix").and_then(Value::as_array) {
        let suffix: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
        if !suffix.is_empty() && !parts.is_empty() {
            let last = parts.len() - 1;
            parts[last] = format!("{}, {}", parts[last], suffix.join(" "));
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn phone(v: &Value) -> Option<String> {
    v.get("telecom")?
        .as_array()?
        .iter()
        .find(|t| s(t, "system") == Some("phone"))
        .and_then(|t| s(t, "value"))
        .map(str::to_owned)
}

/// A number that may have been written as a string (a converter bug) — with a warning.
fn number(v: Option<&Value>, report: &mut Report) -> Option<String> {
    match v? {
        Value::Number(n) => Some(n.to_string()),
        Value::String(x) if x.trim().parse::<f64>().is_ok() => {
            report.warn("some decimals are written as strings; they were read as numbers");
            Some(x.trim().to_owned())
        }
        _ => None,
    }
}

/// The resources of the Bundle, by every name a reference may use.
struct Index<'a> {
    by_ref: HashMap<String, &'a Value>,
}

impl<'a> Index<'a> {
    fn new(entries: &'a [(Option<String>, &'a Value)]) -> Self {
        let mut by_ref = HashMap::new();
        for (full, r) in entries {
            if let Some(f) = full {
                by_ref.insert(f.clone(), *r);
                if let (Some(t), Some(id)) = (s(r, "resourceType"), s(r, "id")) {
                    // An absolute server URL also answers to Type/id.
                    by_ref.insert(format!("{t}/{id}"), *r);
                }
            } else if let (Some(t), Some(id)) = (s(r, "resourceType"), s(r, "id")) {
                by_ref.insert(format!("{t}/{id}"), *r);
            }
        }
        Index { by_ref }
    }

    fn get(&self, reference: &str) -> Option<&'a Value> {
        if let Some(r) = self.by_ref.get(reference) {
            return Some(r);
        }
        // "https://server/fhir/Practitioner/123" → "Practitioner/123"
        let parts: Vec<&str> = reference.rsplitn(3, '/').collect();
        if let [id, t, _] = parts.as_slice() {
            return self.by_ref.get(&format!("{t}/{id}")).copied();
        }
        None
    }

    /// A name for what a reference points at: the target's name, or the reference's display.
    fn name_of(&self, r: Option<&Value>, report: &mut Report) -> Option<String> {
        let r = r?;
        if let Some(target) = s(r, "reference") {
            if let Some(t) = self.get(target) {
                if let Some(n) = human_name(t).or_else(|| s(t, "name").map(str::to_owned)) {
                    return Some(n);
                }
            } else if !target.starts_with('#') {
                report
                    .warn("some references point outside the Bundle; their display text was used");
            }
        }
        s(r, "display").map(str::to_owned)
    }
}

/// The identity a resource is known by, and the record UUID derived from it.
fn identity(full: Option<&str>, r: &Value) -> String {
    if let Some(f) = full {
        return f.to_owned();
    }
    if let (Some(t), Some(id)) = (s(r, "resourceType"), s(r, "id")) {
        return format!("{t}/{id}");
    }
    if let Some(i) = first(r, "identifier") {
        return format!(
            "{}|{}",
            s(i, "system").unwrap_or(""),
            s(i, "value").unwrap_or("")
        );
    }
    r.to_string()
}

fn record_uuid(ident: &str) -> String {
    if let Some(u) = ident.strip_prefix("urn:uuid:")
        && let Ok(u) = uuid::Uuid::parse_str(u)
    {
        return u.to_string();
    }
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("phr:fhir:{ident}").as_bytes(),
    )
    .to_string()
}

fn exists(conn: &Connection, table: &str, uuid: &str) -> rusqlite::Result<bool> {
    Ok(conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE uuid = ?1"),
            [uuid],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn db(e: impl std::fmt::Display) -> CliError {
    CliError::failed("the binder's database failed").cause(e)
}

struct Ctx<'a> {
    conn: &'a Connection,
    now: &'a str,
    source: String,
    idx: Index<'a>,
    /// Specialty and organisation from PractitionerRoles, by practitioner reference.
    roles: HashMap<String, (Option<String>, Option<String>)>,
    /// Organizations that only say where a practitioner works (by address in memory).
    role_orgs: HashSet<*const Value>,
    profile_done: bool,
}

fn insert(
    c: &Ctx<'_>,
    kind: &Kind,
    uuid: &str,
    v: Values,
    report: &mut Report,
) -> Result<(), CliError> {
    if exists(c.conn, kind.table, uuid).map_err(db)? {
        report.unchanged(kind.name);
        return Ok(());
    }
    generic::insert_with(c.conn, kind, &v, uuid, c.now, c.now, Some(&c.source)).map_err(db)?;
    report.added(kind.name);
    Ok(())
}

fn text(v: impl Into<String>) -> Value {
    Value::String(v.into())
}

fn opt(vals: &mut Values, key: &'static str, v: Option<String>) {
    if let Some(v) = v
        && !v.trim().is_empty()
    {
        vals.insert(key, text(v));
    }
}

/// Imports a FHIR Bundle (inside the caller's transaction).
pub fn import(
    conn: &Connection,
    path: &Path,
    doc: &Value,
    now: &str,
    _today: NaiveDate,
    report: &mut Report,
) -> Result<(), CliError> {
    let shown = path.display().to_string();
    let btype = s(doc, "type").unwrap_or("");
    if !ACCEPTED.contains(&btype) {
        return Err(CliError::failed(format!(
            "{shown} is a FHIR Bundle of type {:?}, which phr does not import",
            btype
        ))
        .hint(
            "phr imports Bundles of type document, collection, transaction, batch and searchset",
        ));
    }
    let entries = match doc.get("entry") {
        None | Some(Value::Null) => &[][..],
        Some(Value::Array(a)) => a.as_slice(),
        Some(_) => return Err(super::wrong(path, "Bundle.entry is not a list")),
    };
    if entries.len() > MAX_ENTRIES {
        return Err(CliError::failed(format!(
            "{shown} has {} entries, more than the {MAX_ENTRIES} phr imports from one Bundle",
            entries.len()
        ))
        .hint("split the Bundle (portals page their results), or export a smaller date range"));
    }
    super::shape::check_entries(entries).map_err(|w| {
        CliError::failed(format!(
            "{shown} has a value of the wrong type at {}: expected {}, found {}",
            w.position, w.expected, w.found
        ))
        .hint("the file is not valid FHIR R4: export it again, or correct that field")
    })?;
    let mut list: Vec<(Option<String>, &Value)> = Vec::new();
    let mut long_ids = 0;
    for e in entries {
        let Some(r) = e.get("resource").filter(|r| r.is_object()) else {
            report.skip("(entry)", "entry", "no resource");
            continue;
        };
        if e.get("search").and_then(|x| s(x, "mode")) == Some("outcome")
            || s(r, "resourceType") == Some("OperationOutcome")
        {
            report.skip(
                "(entry)",
                "OperationOutcome",
                "a server message, not a record",
            );
            continue;
        }
        if e.get("request").and_then(|x| s(x, "method")) == Some("DELETE") {
            report.skip("(entry)", "DELETE request", "deletions are not imported");
            continue;
        }
        if s(r, "id").is_some_and(|id| id.len() > 64) {
            long_ids += 1;
        }
        list.push((s(e, "fullUrl").map(str::to_owned), r));
    }
    if long_ids > 0 {
        report.warn(format!(
            "{long_ids} resource ids are longer than FHIR's 64 characters; they were accepted"
        ));
    }
    let idx = Index::new(&list);
    let mut roles = HashMap::new();
    let mut role_orgs: HashSet<*const Value> = HashSet::new();
    for (_, r) in &list {
        if s(r, "resourceType") == Some("PractitionerRole")
            && let Some(p) = r.get("practitioner").and_then(|p| s(p, "reference"))
        {
            let org = r.get("organization");
            let org_res = org.and_then(|o| s(o, "reference")).and_then(|o| idx.get(o));
            if let Some(o) = org_res {
                role_orgs.insert(std::ptr::from_ref(o));
            }
            let org_name = org_res
                .and_then(|o| s(o, "name").map(str::to_owned))
                .or_else(|| org.and_then(|o| s(o, "display")).map(str::to_owned));
            roles.insert(
                p.to_owned(),
                (
                    concept(first(r, "specialty")).or_else(|| concept(first(r, "code"))),
                    org_name,
                ),
            );
        }
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| shown.clone());
    let mut c = Ctx {
        conn,
        now,
        source: format!("import {name}"),
        idx,
        roles,
        role_orgs,
        profile_done: false,
    };
    // The care team first, so later resources name them.
    let order = |r: &Value| match s(r, "resourceType") {
        Some("Patient") => 0,
        Some("Practitioner" | "Organization" | "PractitionerRole") => 1,
        _ => 2,
    };
    let mut sorted: Vec<&(Option<String>, &Value)> = list.iter().collect();
    sorted.sort_by_key(|(_, r)| order(r));
    for (full, r) in sorted {
        let ident = identity(full.as_deref(), r);
        let uuid = record_uuid(&ident);
        one(&mut c, r, full.as_deref(), &uuid, report)?;
    }
    Ok(())
}

fn one(
    c: &mut Ctx<'_>,
    r: &Value,
    full: Option<&str>,
    uuid: &str,
    report: &mut Report,
) -> Result<(), CliError> {
    let rt = s(r, "resourceType").unwrap_or("(no resourceType)");
    match rt {
        "MedicationRequest" | "MedicationStatement" => medication(c, r, uuid, report),
        "Condition" => {
            if has_code(
                r.get("verificationStatus"),
                &["entered-in-error", "refuted"],
            ) {
                report.skip("condition", rt, "entered in error or refuted");
                return Ok(());
            }
            let Some(name) = concept(r.get("code")) else {
                report.skip("condition", rt, "no name");
                return Ok(());
            };
            let mut v = Values::new();
            v.insert("name", text(name));
            opt(
                &mut v,
                "onset",
                date(s(r, "onsetDateTime"))
                    .or_else(|| date(r.get("onsetPeriod").and_then(|p| s(p, "start"))))
                    .or_else(|| date(s(r, "recordedDate"))),
            );
            let resolved = has_code(
                r.get("clinicalStatus"),
                &["resolved", "inactive", "remission"],
            ) || s(r, "abatementDateTime").is_some();
            v.insert("status", text(if resolved { "resolved" } else { "active" }));
            if resolved {
                opt(&mut v, "resolved", date(s(r, "abatementDateTime")));
            }
            insert(c, &kinds::CONDITION, uuid, v, report)
        }
        "Immunization" => {
            if s(r, "status") == Some("not-done") || s(r, "status") == Some("entered-in-error") {
                report.skip("immunization", rt, "not done");
                return Ok(());
            }
            let Some(name) = concept(r.get("vaccineCode")) else {
                report.skip("immunization", rt, "no vaccine named");
                return Ok(());
            };
            let mut v = Values::new();
            v.insert("name", text(name));
            opt(&mut v, "date", date(s(r, "occurrenceDateTime")));
            opt(&mut v, "lot", s(r, "lotNumber").map(str::to_owned));
            insert(c, &kinds::IMMUNIZATION, uuid, v, report)
        }
        "Procedure" => {
            let Some(name) = concept(r.get("code")) else {
                report.skip("procedure", rt, "no name");
                return Ok(());
            };
            let mut v = Values::new();
            v.insert("name", text(name));
            opt(
                &mut v,
                "date",
                date(s(r, "performedDateTime"))
                    .or_else(|| date(r.get("performedPeriod").and_then(|p| s(p, "start")))),
            );
            let who = c
                .idx
                .name_of(first(r, "performer").and_then(|p| p.get("actor")), report);
            opt(&mut v, "provider", who);
            insert(c, &kinds::PROCEDURE, uuid, v, report)
        }
        "Encounter" => {
            let class = r.get("class").and_then(|x| s(x, "code")).unwrap_or("");
            let kind = match class {
                "IMP" | "ACUTE" | "NONAC" | "inpatient" => "hospital",
                "EMER" | "emergency" => "er",
                "urgentcare" | "UC" => "urgent-care",
                _ => "office",
            };
            let place = c
                .idx
                .name_of(r.get("serviceProvider"), report)
                .or_else(|| {
                    c.idx
                        .name_of(first(r, "location").and_then(|l| l.get("location")), report)
                })
                .or_else(|| concept(first(r, "type")))
                .unwrap_or_else(|| "Encounter".into());
            let mut v = Values::new();
            v.insert("name", text(place));
            v.insert("kind", text(kind));
            let period = r.get("period");
            opt(&mut v, "date", date(period.and_then(|p| s(p, "start"))));
            if kind == "hospital" {
                opt(&mut v, "discharged", date(period.and_then(|p| s(p, "end"))));
            }
            opt(
                &mut v,
                "reason",
                concept(first(r, "reasonCode")).or_else(|| concept(first(r, "type"))),
            );
            insert(c, &kinds::ENCOUNTER, uuid, v, report)
        }
        "Appointment" => {
            let Some(start) =
                s(r, "start").and_then(|x| chrono::DateTime::parse_from_rfc3339(x).ok())
            else {
                report.skip("appt", rt, "no start time");
                return Ok(());
            };
            let who = r
                .get("participant")
                .and_then(Value::as_array)
                .and_then(|ps| {
                    ps.iter().find_map(|p| {
                        let a = p.get("actor")?;
                        let rf = s(a, "reference").unwrap_or("");
                        if rf.contains("Patient/") {
                            return None;
                        }
                        s(a, "display").map(str::to_owned).or_else(|| {
                            c.idx.get(rf).and_then(|t| {
                                (s(t, "resourceType") != Some("Patient")).then(|| {
                                    human_name(t).or_else(|| s(t, "name").map(str::to_owned))
                                })?
                            })
                        })
                    })
                })
                .unwrap_or_else(|| "(not named)".into());
            let status = match s(r, "status").unwrap_or("") {
                "fulfilled" | "checked-in" | "arrived" => "done",
                "cancelled" | "noshow" | "entered-in-error" => "cancelled",
                _ => "scheduled",
            };
            let mut v = Values::new();
            v.insert(
                "when",
                text(start.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)),
            );
            v.insert("with", text(who));
            v.insert("status", text(status));
            opt(
                &mut v,
                "reason",
                s(r, "description")
                    .map(str::to_owned)
                    .or_else(|| concept(first(r, "reasonCode")))
                    .or_else(|| concept(first(r, "serviceType"))),
            );
            insert(c, &kinds::APPOINTMENT, uuid, v, report)
        }
        "FamilyMemberHistory" => {
            let relation = concept(r.get("relationship")).unwrap_or_else(|| "relative".into());
            let conds: Vec<String> = r
                .get("condition")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(|x| concept(x.get("code"))).collect())
                .unwrap_or_default();
            if conds.is_empty() {
                report.skip("family", rt, "no condition named");
                return Ok(());
            }
            let mut v = Values::new();
            v.insert("relation", text(relation));
            v.insert("condition", text(conds.join("; ")));
            insert(c, &kinds::FAMILY, uuid, v, report)
        }
        "AllergyIntolerance" => allergy(c, r, uuid, report),
        "Observation" => observation(c, r, uuid, report),
        "Organization" if c.role_orgs.contains(&std::ptr::from_ref(r)) => {
            report.skip(
                "provider",
                rt,
                "folded into its Practitioner (organisation)",
            );
            Ok(())
        }
        "Practitioner" | "Organization" => {
            let Some(name) = human_name(r).or_else(|| s(r, "name").map(str::to_owned)) else {
                report.skip("provider", rt, "no name");
                return Ok(());
            };
            let mut v = Values::new();
            let lower = name.to_lowercase();
            let role = if rt == "Practitioner" {
                "other"
            } else if lower.contains("pharm") {
                "pharmacy"
            } else if lower.contains("hospital") || lower.contains("medical center") {
                "hospital"
            } else {
                "other"
            };
            v.insert("name", text(name));
            v.insert("role", text(role));
            opt(&mut v, "phone", phone(r));
            if let Some(a) = first(r, "address") {
                let addr = s(a, "text").map(str::to_owned).unwrap_or_else(|| {
                    let mut parts: Vec<String> = a
                        .get("line")
                        .and_then(Value::as_array)
                        .map(|l| {
                            l.iter()
                                .filter_map(Value::as_str)
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default();
                    for k in ["city", "state", "postalCode"] {
                        if let Some(x) = s(a, k) {
                            parts.push(x.to_owned());
                        }
                    }
                    parts.join(", ")
                });
                opt(&mut v, "address", Some(addr));
            }
            if rt == "Practitioner" {
                let keys = [
                    full.map(str::to_owned),
                    s(r, "id").map(|id| format!("Practitioner/{id}")),
                ];
                if let Some((spec, org)) =
                    keys.iter().flatten().find_map(|k| c.roles.get(k)).cloned()
                {
                    opt(&mut v, "specialty", spec);
                    opt(&mut v, "org", org);
                }
            }
            insert(c, &kinds::PROVIDER, uuid, v, report)
        }
        "PractitionerRole" => {
            report.skip(
                "provider",
                rt,
                "folded into its Practitioner (specialty, organisation)",
            );
            Ok(())
        }
        "RelatedPerson" => {
            let Some(name) = human_name(r) else {
                report.skip("contact", rt, "no name");
                return Ok(());
            };
            let mut v = Values::new();
            v.insert("name", text(name));
            v.insert(
                "relationship",
                text(concept(first(r, "relationship")).unwrap_or_else(|| "related person".into())),
            );
            opt(&mut v, "phone", phone(r));
            insert(c, &kinds::CONTACT, uuid, v, report)
        }
        "Patient" => patient(c, r, report),
        "Medication" => {
            report.skip(
                "medication",
                rt,
                "read through the MedicationRequest/Statement that names it",
            );
            Ok(())
        }
        other => {
            report.skip("(other)", other, "not a kind of record phr keeps");
            Ok(())
        }
    }
}

fn medication(c: &mut Ctx<'_>, r: &Value, uuid: &str, report: &mut Report) -> Result<(), CliError> {
    let rt = s(r, "resourceType").unwrap_or("");
    let status = s(r, "status").unwrap_or("");
    if status == "entered-in-error" {
        report.skip("medication", rt, "entered in error");
        return Ok(());
    }
    let name = concept(r.get("medicationCodeableConcept")).or_else(|| {
        let mr = r.get("medicationReference")?;
        let reference = s(mr, "reference").unwrap_or("");
        let target = if let Some(id) = reference.strip_prefix('#') {
            r.get("contained")
                .and_then(Value::as_array)
                .and_then(|a| a.iter().find(|x| s(x, "id") == Some(id)))
        } else {
            c.idx.get(reference)
        };
        target
            .and_then(|t| concept(t.get("code")))
            .or_else(|| s(mr, "display").map(str::to_owned))
    });
    let Some(name) = name else {
        report.skip(
            "medication",
            rt,
            "the medication is not named (reference outside the Bundle)",
        );
        return Ok(());
    };
    if exists(c.conn, "medications", uuid).map_err(db)? {
        report.unchanged("medication");
        return Ok(());
    }
    let dosage = first(r, "dosageInstruction").or_else(|| first(r, "dosage"));
    let dose_text = dosage.and_then(|d| s(d, "text")).map(str::to_owned);
    let full_text = match &dose_text {
        Some(d) if !d.to_lowercase().contains(&name.to_lowercase()) => format!("{name}, {d}"),
        Some(d) => d.clone(),
        None => name.clone(),
    };
    if full_text.len() > med::MAX_TEXT {
        report.skip("medication", rt, "its text is longer than 64 KiB");
        return Ok(());
    }
    let prescriber = c
        .idx
        .name_of(
            r.get("requester").or_else(|| r.get("informationSource")),
            report,
        )
        .filter(|n| !n.is_empty());
    let start = date(s(r, "authoredOn"))
        .or_else(|| date(r.get("effectivePeriod").and_then(|p| s(p, "start"))))
        .or_else(|| date(s(r, "effectiveDateTime")));
    let mut new = NewMedication {
        text: full_text.clone(),
        kind: medparse::likely_kind(&full_text),
        prescriber,
        reason: concept(first(r, "reasonCode"))
            .or_else(|| c.idx.name_of(first(r, "reasonReference"), report)),
        start_date: start,
        instructions: dosage
            .and_then(|d| s(d, "patientInstruction"))
            .map(str::to_owned),
        ..NewMedication::default()
    };
    let prn = dosage.is_some_and(|d| {
        d.get("asNeededBoolean") == Some(&Value::Bool(true))
            || d.get("asNeededCodeableConcept").is_some()
    });
    medparse::fill(&mut new, prn);
    let m = med::add_in(c.conn, &new, c.now, Some(&c.source)).map_err(db)?;
    c.conn
        .execute(
            "UPDATE medications SET uuid = ?1 WHERE uuid = ?2",
            [uuid, &m.uuid],
        )
        .map_err(db)?;
    c.conn
        .execute(
            "UPDATE change_log SET record_uuid = ?1 WHERE record_uuid = ?2",
            [uuid, &m.uuid],
        )
        .map_err(db)?;
    if matches!(status, "stopped" | "completed" | "cancelled") {
        let m = med::resolve(c.conn, &m.id).map_err(db)?;
        let end = date(r.get("effectivePeriod").and_then(|p| s(p, "end")))
            .or_else(|| {
                date(
                    r.get("dispenseRequest")
                        .and_then(|d| d.get("validityPeriod"))
                        .and_then(|p| s(p, "end")),
                )
            })
            .or_else(|| date(s(r, "effectiveDateTime")));
        let reason = concept(first(r, "statusReason"))
            .or_else(|| Some(format!("{status} (from the import)")));
        let mut changes = vec![
            ("status", Some("stopped".to_owned())),
            ("stop_reason", reason),
        ];
        if let Some(e) = end {
            changes.push(("stop_date", Some(e)));
        }
        med::update(c.conn, &m, &changes, c.now, "stop", Some(&c.source)).map_err(db)?;
    }
    report.added("medication");
    Ok(())
}

fn allergy(c: &mut Ctx<'_>, r: &Value, uuid: &str, report: &mut Report) -> Result<(), CliError> {
    if has_code(
        r.get("verificationStatus"),
        &["entered-in-error", "refuted"],
    ) {
        report.skip(
            "allergy",
            "AllergyIntolerance",
            "entered in error or refuted",
        );
        return Ok(());
    }
    let words = concept(r.get("code")).unwrap_or_default().to_lowercase();
    if has_code(r.get("code"), NOT_ASKED) || words == "not on file" {
        report.skip(
            "allergy",
            "AllergyIntolerance",
            "says allergies were not asked or are unknown: nothing recorded",
        );
        return Ok(());
    }
    if has_code(r.get("code"), NO_KNOWN)
        || matches!(
            words.as_str(),
            "no known allergies" | "nka" | "nkda" | "no known drug allergies"
        )
    {
        let any = crate::records::count(c.conn, "allergies").map_err(db)? > 0;
        if any {
            report.skip(
                "allergy",
                "no known allergies",
                "the binder already lists allergies",
            );
        } else if profile::meta(c.conn, "no_known_allergies")
            .map_err(db)?
            .is_some()
        {
            report.unchanged("no known allergies");
        } else {
            profile::set_meta(c.conn, "no_known_allergies", Some(c.now)).map_err(db)?;
            crate::records::log::append(
                c.conn,
                &crate::records::log::Entry {
                    at: c.now,
                    action: "edit",
                    kind: "allergy",
                    record_uuid: None,
                    record_id: None,
                    summary: "recorded: no known allergies",
                    old: None,
                    new: None,
                    source: Some(&c.source),
                },
            )
            .map_err(db)?;
            report.added("no known allergies");
        }
        return Ok(());
    }
    let substance = first(r, "reaction").and_then(|x| concept(x.get("substance")));
    let Some(name) = concept(r.get("code")).or(substance) else {
        report.skip("allergy", "AllergyIntolerance", "no substance named");
        return Ok(());
    };
    let reaction = first(r, "reaction");
    let mut v = Values::new();
    v.insert("substance", text(name));
    opt(
        &mut v,
        "reaction",
        reaction.and_then(|x| concept(first(x, "manifestation"))),
    );
    let sev = reaction
        .and_then(|x| s(x, "severity"))
        .map(str::to_owned)
        .or_else(|| (s(r, "criticality") == Some("high")).then(|| "severe".to_owned()));
    opt(
        &mut v,
        "severity",
        sev.filter(|x| matches!(x.as_str(), "mild" | "moderate" | "severe")),
    );
    let kind = match r
        .get("category")
        .and_then(|x| x.get(0))
        .and_then(Value::as_str)
    {
        Some("medication") => Some("drug"),
        Some("food") => Some("food"),
        Some("environment") => Some("environment"),
        Some(_) => Some("other"),
        None => None,
    };
    opt(&mut v, "kind", kind.map(str::to_owned));
    if !exists(c.conn, "allergies", uuid).map_err(db)? {
        // An allergy ends "no known allergies".
        profile::set_meta(c.conn, "no_known_allergies", None).map_err(db)?;
    }
    insert(c, &kinds::ALLERGY, uuid, v, report)
}

fn observation(
    c: &mut Ctx<'_>,
    r: &Value,
    uuid: &str,
    report: &mut Report,
) -> Result<(), CliError> {
    if matches!(s(r, "status"), Some("entered-in-error" | "cancelled")) {
        report.skip("result", "Observation", "entered in error or cancelled");
        return Ok(());
    }
    let Some(test) = concept(r.get("code")) else {
        report.skip("result", "Observation", "no test named");
        return Ok(());
    };
    let quantity = |q: &Value, report: &mut Report| -> Option<(String, Option<String>)> {
        let v = number(q.get("value"), report)?;
        Some((v, s(q, "unit").or_else(|| s(q, "code")).map(str::to_owned)))
    };
    let mut value: Option<String> = None;
    let mut unit: Option<String> = None;
    if let Some(q) = r.get("valueQuantity") {
        if let Some((v, u)) = quantity(q, report) {
            value = Some(v);
            unit = u;
        }
    } else if let Some(x) = s(r, "valueString") {
        value = Some(x.to_owned());
    } else if let Some(cc) = r.get("valueCodeableConcept") {
        value = concept(Some(cc));
    } else if let Some(b) = r.get("valueBoolean").and_then(Value::as_bool) {
        value = Some(if b { "yes" } else { "no" }.into());
    } else if let Some(n) = r.get("valueInteger") {
        value = number(Some(n), report);
    } else if let Some(comps) = r.get("component").and_then(Value::as_array) {
        let parts: Vec<(String, Option<String>)> = comps
            .iter()
            .filter_map(|x| x.get("valueQuantity").and_then(|q| quantity(q, report)))
            .collect();
        if !parts.is_empty() {
            value = Some(
                parts
                    .iter()
                    .map(|(v, _)| v.as_str())
                    .collect::<Vec<_>>()
                    .join("/"),
            );
            unit = parts[0].1.clone();
        }
    }
    let mut v = Values::new();
    v.insert("test", text(test));
    opt(&mut v, "value", value);
    opt(&mut v, "unit", unit);
    if let Some(rr) = first(r, "referenceRange") {
        let range = s(rr, "text").map(str::to_owned).or_else(|| {
            let lo = rr.get("low").and_then(|q| number(q.get("value"), report));
            let hi = rr.get("high").and_then(|q| number(q.get("value"), report));
            match (lo, hi) {
                (Some(l), Some(h)) => Some(format!("{l}-{h}")),
                (Some(l), None) => Some(format!(">= {l}")),
                (None, Some(h)) => Some(format!("<= {h}")),
                _ => None,
            }
        });
        opt(&mut v, "range", range);
    }
    opt(
        &mut v,
        "date",
        date(s(r, "effectiveDateTime"))
            .or_else(|| date(r.get("effectivePeriod").and_then(|p| s(p, "start"))))
            .or_else(|| date(s(r, "issued"))),
    );
    let by = c.idx.name_of(first(r, "performer"), report);
    opt(&mut v, "ordered_by", by);
    insert(c, &kinds::RESULT, uuid, v, report)
}

fn patient(c: &mut Ctx<'_>, r: &Value, report: &mut Report) -> Result<(), CliError> {
    if c.profile_done {
        report.skip(
            "profile",
            "Patient",
            "the Bundle has another Patient; the first was used",
        );
        return Ok(());
    }
    c.profile_done = true;
    let current = profile::get(c.conn).map_err(db)?;
    let unset = |k: &str| current.get(k).is_none_or(Value::is_null);
    let mut changes: Vec<(&str, Option<String>)> = Vec::new();
    if unset("name")
        && let Some(n) = human_name(r)
    {
        changes.push(("name", Some(n)));
    }
    if unset("born")
        && let Some(d) = date(s(r, "birthDate"))
    {
        changes.push(("born", Some(d)));
    }
    if unset("sex")
        && let Some(g) = s(r, "gender")
    {
        changes.push(("sex", Some(g.to_owned())));
    }
    if unset("languages") {
        let langs: Vec<String> = r
            .get("communication")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|x| concept(x.get("language")))
                    .collect()
            })
            .unwrap_or_default();
        if !langs.is_empty() {
            changes.push(("languages", Some(langs.join(", "))));
        }
    }
    if changes.is_empty() {
        report.unchanged("profile");
        return Ok(());
    }
    let n = changes.len();
    profile::set(c.conn, &changes, c.now, Some(&c.source)).map_err(db)?;
    for _ in 0..n {
        report.added("profile");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn words_dates_and_identities() {
        assert_eq!(
            concept(Some(
                &json!({"coding": [{"code": "1"}, {"display": "Aspirin"}]})
            )),
            Some("Aspirin".into())
        );
        assert_eq!(concept(Some(&json!({"text": " x "}))), Some("x".into()));
        assert_eq!(
            date(Some("2025-10-03T09:00:00-04:00")),
            Some("2025-10-03".into())
        );
        assert_eq!(date(Some("2025-13-40")), None);
        assert_eq!(date(Some("2025-10")), Some("2025-10".into()));
        let u = "0b7a6f7e-0000-4000-8000-000000000002";
        assert_eq!(record_uuid(&format!("urn:uuid:{u}")), u);
        assert_eq!(record_uuid("Patient/1"), record_uuid("Patient/1"));
        assert_ne!(record_uuid("Patient/1"), record_uuid("Patient/2"));
        let r = json!({"resourceType": "Condition", "id": "c1"});
        assert_eq!(identity(None, &r), "Condition/c1");
        assert_eq!(
            identity(Some("https://x/fhir/Condition/c1"), &r),
            "https://x/fhir/Condition/c1"
        );
    }

    #[test]
    fn references_resolve_by_full_url_type_id_and_absolute_url() {
        let p = json!({"resourceType": "Practitioner", "id": "pr1", "name": [{"given": ["Ann"], "family": "Lee", "suffix": ["MD"]}]});
        let list = vec![(Some("https://s/fhir/Practitioner/pr1".to_owned()), &p)];
        let idx = Index::new(&list);
        assert!(idx.get("Practitioner/pr1").is_some());
        assert!(idx.get("https://s/fhir/Practitioner/pr1").is_some());
        assert!(idx.get("https://other/fhir/Practitioner/pr1").is_some());
        assert!(idx.get("Practitioner/nope").is_none());
        let mut report = Report::default();
        assert_eq!(
            idx.name_of(Some(&json!({"reference": "Practitioner/pr1"})), &mut report),
            Some("Ann Lee, MD".into())
        );
        assert_eq!(
            idx.name_of(
                Some(&json!({"reference": "Practitioner/x", "display": "Dr X"})),
                &mut report
            ),
            Some("Dr X".into())
        );
        assert_eq!(report.warnings.len(), 1);
    }
}
