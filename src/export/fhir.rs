//! The binder as a FHIR R4 document Bundle following the International Patient Summary
//! (IPS 2.0): a Composition (LOINC 60591-5) first, the required sections (problems,
//! allergies, medications) with entries or an `emptyReason`, the recommended sections
//! that have data, the Patient, and the care team as Practitioner/Organization. Every
//! fullUrl is `urn:uuid:` of the record's UUID (or one derived from it), so a second
//! export names the same resources the same way.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde_json::value::RawValue;
use serde_json::{Map, Value, json};

use super::doc::esc;
use crate::medparse;
use crate::records::generic::{Record, text};
use crate::records::kinds;
use crate::records::med::Medication;
use crate::records::snapshot::Snapshot;

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
const DAR: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
const EMPTY: &str = "http://terminology.hl7.org/CodeSystem/list-empty-reason";

/// A UUID derived from another and a purpose, stable across exports.
pub fn derived(base: &str, what: &str) -> String {
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("phr:{base}:{what}").as_bytes(),
    )
    .to_string()
}

fn urn(u: &str) -> String {
    format!("urn:uuid:{u}")
}

fn reference(u: &str) -> Value {
    json!({ "reference": urn(u) })
}

fn div(lines: &[String]) -> Value {
    let body = if lines.is_empty() {
        "<p>None recorded.</p>".to_owned()
    } else {
        format!(
            "<ul>{}</ul>",
            lines
                .iter()
                .map(|l| format!("<li>{}</li>", esc(l)))
                .collect::<String>()
        )
    };
    json!({
        "status": "generated",
        "div": format!("<div xmlns=\"http://www.w3.org/1999/xhtml\">{body}</div>")
    })
}

fn put(m: &mut Map<String, Value>, key: &str, v: &str) {
    if !v.trim().is_empty() {
        m.insert(key.into(), Value::String(v.to_owned()));
    }
}

/// A FHIR date from a stored date (YYYY-MM-DD, or a year/month).
fn fhir_date(d: &str) -> Option<String> {
    let d = d.trim();
    let ok = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok()
        || (d.len() == 7
            && chrono::NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").is_ok())
        || (d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
    ok.then(|| d.to_owned())
}

struct Builder<'a> {
    snap: &'a Snapshot,
    /// For the kinds the snapshot leaves out (see [`KINDS`]) and reads row by row.
    conn: &'a Connection,
    patient: String,
    /// Each entry serialized as soon as it is built: a large binder's bundle is held
    /// as text, not as a tree of values.
    entries: Vec<Box<RawValue>>,
}

/// A bundle entry as compact JSON text.
fn entry_json(uuid: &str, resource: Value) -> Box<RawValue> {
    let entry = json!({ "fullUrl": urn(uuid), "resource": resource });
    // A JSON value always serializes; the fallback (`null`) is never reached.
    serde_json::value::to_raw_value(&entry).unwrap_or_default()
}

impl Builder<'_> {
    fn add(&mut self, uuid: &str, mut res: Map<String, Value>) {
        let rt = res.remove("resourceType").unwrap_or_default();
        let mut full = Map::new();
        full.insert("resourceType".into(), rt);
        full.insert("id".into(), Value::String(uuid.to_owned()));
        full.extend(res);
        self.entries.push(entry_json(uuid, Value::Object(full)));
    }

    fn provider_uuid(&self, name: &str, uuid: Option<&str>) -> Option<String> {
        let ps = self.snap.of(&kinds::PROVIDER);
        let p = match uuid {
            Some(u) => ps.iter().find(|p| text(p, "uuid") == u),
            None => None,
        }
        .or_else(|| {
            ps.iter()
                .find(|p| !name.is_empty() && text(p, "name").eq_ignore_ascii_case(name))
        })?;
        Some(practitioner_uuid(p))
    }
}

fn is_org(p: &Record) -> bool {
    matches!(text(p, "role"), "pharmacy" | "hospital")
}

/// The resource a provider becomes: an Organization for pharmacies and hospitals, a
/// Practitioner otherwise (both keep the provider's UUID).
fn practitioner_uuid(p: &Record) -> String {
    text(p, "uuid").to_owned()
}

fn telecom(r: &Record) -> Vec<Value> {
    let mut t = Vec::new();
    for (f, system) in [
        ("phone", "phone"),
        ("fax", "fax"),
        ("email", "email"),
        ("portal", "url"),
    ] {
        if !text(r, f).is_empty() {
            t.push(json!({ "system": system, "value": text(r, f) }));
        }
    }
    t
}

fn patient(b: &mut Builder<'_>) {
    let s = b.snap;
    let mut m = Map::new();
    m.insert("resourceType".into(), "Patient".into());
    let name = s.profile_text("name").trim();
    let mut hn = Map::new();
    if name.is_empty() {
        hn.insert("text".into(), "Name not recorded".into());
    } else {
        hn.insert("text".into(), name.into());
        let parts: Vec<&str> = name.split_whitespace().collect();
        if let Some((family, given)) = parts.split_last() {
            hn.insert("family".into(), (*family).into());
            if !given.is_empty() {
                hn.insert("given".into(), json!(given));
            }
        }
    }
    m.insert("name".into(), json!([Value::Object(hn)]));
    let gender = match s.profile_text("sex").to_lowercase().as_str() {
        "f" | "female" | "woman" => Some("female"),
        "m" | "male" | "man" => Some("male"),
        "" => None,
        "unknown" => Some("unknown"),
        _ => Some("other"),
    };
    if let Some(g) = gender {
        m.insert("gender".into(), g.into());
    }
    match fhir_date(s.profile_text("born")) {
        Some(d) => {
            m.insert("birthDate".into(), d.into());
        }
        None => {
            m.insert(
                "_birthDate".into(),
                json!({ "extension": [{ "url": DAR, "valueCode": "unknown" }] }),
            );
        }
    }
    let contacts: Vec<Value> = s
        .of(&kinds::CONTACT)
        .iter()
        .map(|c| {
            let mut cm = Map::new();
            cm.insert(
                "relationship".into(),
                json!([{ "text": text(c, "relationship") }]),
            );
            cm.insert("name".into(), json!({ "text": text(c, "name") }));
            let t = telecom(c);
            if !t.is_empty() {
                cm.insert("telecom".into(), Value::Array(t));
            }
            Value::Object(cm)
        })
        .collect();
    if !contacts.is_empty() {
        m.insert("contact".into(), Value::Array(contacts));
    }
    let lang = s.profile_text("languages");
    if !lang.is_empty() {
        m.insert(
            "communication".into(),
            Value::Array(
                lang.split(',')
                    .map(|l| json!({ "language": { "text": l.trim() } }))
                    .collect(),
            ),
        );
    }
    let u = b.patient.clone();
    b.add(&u, m);
}

fn providers(b: &mut Builder<'_>) {
    let snap = b.snap;
    for p in snap.of(&kinds::PROVIDER) {
        let mut m = Map::new();
        let t = telecom(p);
        if is_org(p) {
            m.insert("resourceType".into(), "Organization".into());
            m.insert("active".into(), true.into());
            put(&mut m, "name", text(p, "name"));
        } else {
            m.insert("resourceType".into(), "Practitioner".into());
            m.insert("active".into(), true.into());
            m.insert("name".into(), json!([{ "text": text(p, "name") }]));
        }
        if !t.is_empty() {
            m.insert("telecom".into(), Value::Array(t));
        }
        if !text(p, "address").is_empty() {
            m.insert("address".into(), json!([{ "text": text(p, "address") }]));
        }
        b.add(text(p, "uuid"), m);
        if !is_org(p) && !text(p, "org").is_empty() {
            let org = derived(text(p, "uuid"), "organization");
            let mut o = Map::new();
            o.insert("resourceType".into(), "Organization".into());
            o.insert("active".into(), true.into());
            put(&mut o, "name", text(p, "org"));
            b.add(&org, o);
            let mut r = Map::new();
            r.insert("resourceType".into(), "PractitionerRole".into());
            r.insert("active".into(), true.into());
            r.insert("practitioner".into(), reference(text(p, "uuid")));
            r.insert("organization".into(), reference(&org));
            let mut code = text(p, "role").to_owned();
            if !text(p, "specialty").is_empty() {
                r.insert(
                    "specialty".into(),
                    json!([{ "text": text(p, "specialty") }]),
                );
                code = format!("{code}: {}", text(p, "specialty"));
            }
            r.insert("code".into(), json!([{ "text": code }]));
            b.add(&derived(text(p, "uuid"), "practitioner-role"), r);
        }
    }
}

struct Section {
    title: &'static str,
    code: &'static str,
    display: &'static str,
    lines: Vec<String>,
    entries: Vec<String>,
    empty: Option<&'static str>,
}

impl Section {
    /// Adds a resource to the bundle and lists it as one of this section's entries.
    fn entry(&mut self, b: &mut Builder<'_>, uuid: &str, resource: Map<String, Value>) {
        self.entries.push(uuid.to_owned());
        b.add(uuid, resource);
    }

    fn new(title: &'static str, code: &'static str, display: &'static str) -> Self {
        Section {
            title,
            code,
            display,
            lines: Vec::new(),
            entries: Vec::new(),
            empty: None,
        }
    }
}

fn section_json(s: &Section) -> Value {
    let mut m = Map::new();
    m.insert("title".into(), s.title.into());
    m.insert(
        "code".into(),
        json!({ "coding": [{ "system": LOINC, "code": s.code, "display": s.display }] }),
    );
    m.insert("text".into(), div(&s.lines));
    if s.entries.is_empty() {
        if let Some(e) = s.empty {
            let display = match e {
                "notasked" => "Not Asked",
                "nilknown" => "Nil Known",
                _ => "Unavailable",
            };
            m.insert(
                "emptyReason".into(),
                json!({ "coding": [{ "system": EMPTY, "code": e, "display": display }] }),
            );
        }
    } else {
        m.insert(
            "entry".into(),
            Value::Array(s.entries.iter().map(|u| reference(u)).collect()),
        );
    }
    Value::Object(m)
}

fn problems(b: &mut Builder<'_>) -> Section {
    let mut s = Section {
        empty: Some("unavailable"),
        ..Section::new("Problems", "11450-4", "Problem list - Reported")
    };
    let snap = b.snap;
    for c in snap.of(&kinds::CONDITION) {
        let resolved = text(c, "status") == "resolved";
        let status = if resolved { "resolved" } else { "active" };
        let mut m = Map::new();
        m.insert("resourceType".into(), "Condition".into());
        m.insert(
            "clinicalStatus".into(),
            json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": status }] }),
        );
        m.insert("code".into(), json!({ "text": text(c, "name") }));
        m.insert("subject".into(), reference(&b.patient));
        if let Some(d) = fhir_date(text(c, "onset")) {
            m.insert("onsetDateTime".into(), d.into());
        }
        if resolved && let Some(d) = fhir_date(text(c, "resolved")) {
            m.insert("abatementDateTime".into(), d.into());
        }
        if !text(c, "notes").is_empty() {
            m.insert("note".into(), json!([{ "text": text(c, "notes") }]));
        }
        s.lines.push(format!("{} ({status})", text(c, "name")));
        s.entry(b, text(c, "uuid"), m);
    }
    s
}

fn allergies(b: &mut Builder<'_>) -> Section {
    let mut s = Section {
        empty: Some("notasked"),
        ..Section::new(
            "Allergies and Intolerances",
            "48765-2",
            "Allergies and adverse reactions Document",
        )
    };
    let snap = b.snap;
    let all = snap.of(&kinds::ALLERGY);
    for a in all {
        let mut m = Map::new();
        m.insert("resourceType".into(), "AllergyIntolerance".into());
        m.insert(
            "clinicalStatus".into(),
            json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active" }] }),
        );
        let cat = match text(a, "kind") {
            "drug" => Some("medication"),
            "food" => Some("food"),
            "environment" => Some("environment"),
            _ => None,
        };
        if let Some(c) = cat {
            m.insert("category".into(), json!([c]));
        }
        m.insert("code".into(), json!({ "text": text(a, "substance") }));
        m.insert("patient".into(), reference(&b.patient));
        if !text(a, "reaction").is_empty() {
            let mut r = Map::new();
            r.insert(
                "manifestation".into(),
                json!([{ "text": text(a, "reaction") }]),
            );
            if matches!(text(a, "severity"), "mild" | "moderate" | "severe") {
                r.insert("severity".into(), text(a, "severity").into());
            }
            m.insert("reaction".into(), json!([Value::Object(r)]));
        }
        if !text(a, "notes").is_empty() {
            m.insert("note".into(), json!([{ "text": text(a, "notes") }]));
        }
        s.lines.push(
            crate::export::printouts::allergy_items(b.snap)
                .ok()
                .and_then(|v| {
                    v.into_iter()
                        .find(|i| i.text.starts_with(text(a, "substance")))
                })
                .map_or_else(|| text(a, "substance").to_owned(), |i| i.text),
        );
        s.entry(b, text(a, "uuid"), m);
    }
    if all.is_empty()
        && let Some(at) = b.snap.no_known_allergies.clone()
    {
        let u = derived(&b.patient, "no-known-allergies");
        let mut m = Map::new();
        m.insert("resourceType".into(), "AllergyIntolerance".into());
        m.insert(
            "clinicalStatus".into(),
            json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "code": "active" }] }),
        );
        m.insert(
            "code".into(),
            json!({ "coding": [{ "system": SNOMED, "code": "716186003", "display": "No known allergy (situation)" }], "text": "No known allergies" }),
        );
        m.insert("patient".into(), reference(&b.patient));
        if let Some(d) = fhir_date(&at.chars().take(10).collect::<String>()) {
            m.insert("recordedDate".into(), d.into());
        }
        s.lines.push("No known allergies".into());
        s.entry(b, &u, m);
    }
    s
}

fn period_unit(u: &str) -> Option<&'static str> {
    Some(match u {
        "s" => "s",
        "min" => "min",
        "h" => "h",
        "d" => "d",
        "wk" => "wk",
        "mo" => "mo",
        "yr" | "a" => "a",
        _ => return None,
    })
}

fn dosage(m: &Medication) -> Value {
    let p = medparse::parsed_of(m);
    let mut d = Map::new();
    let mut txt = m.text.clone();
    if let Some(i) = &m.instructions
        && !i.is_empty()
    {
        txt = format!("{txt}; {i}");
    }
    d.insert("text".into(), txt.into());
    if let Some(t) = &p.timing
        && let Some(unit) = period_unit(&t.period_unit)
        && t.frequency >= 1.0
        && (t.frequency - t.frequency.round()).abs() < 1e-9
        && t.period > 0.0
    {
        let mut r = Map::new();
        r.insert("frequency".into(), json!(t.frequency.round() as i64));
        if let Some(fm) = t.frequency_max
            && (fm - fm.round()).abs() < 1e-9
            && fm >= 1.0
        {
            r.insert("frequencyMax".into(), json!(fm.round() as i64));
        }
        r.insert("period".into(), json!(t.period));
        if let Some(pm) = t.period_max {
            r.insert("periodMax".into(), json!(pm));
        }
        r.insert("periodUnit".into(), unit.into());
        if let Some(w) = &p.when {
            d.insert("additionalInstruction".into(), json!([{ "text": w }]));
        }
        d.insert("timing".into(), json!({ "repeat": Value::Object(r) }));
    } else {
        let sched = medparse::schedule_text(&p);
        if !sched.is_empty() {
            d.insert("timing".into(), json!({ "code": { "text": sched } }));
        }
    }
    if p.prn {
        match &p.prn_reason {
            Some(r) => d.insert("asNeededCodeableConcept".into(), json!({ "text": r })),
            None => d.insert("asNeededBoolean".into(), true.into()),
        };
    }
    if let Some(r) = &p.route {
        d.insert("route".into(), json!({ "text": r }));
    }
    if let (Some(v), Some(u)) = (p.dose, &p.dose_unit) {
        let q = match p.dose_max {
            Some(max) => {
                json!({ "doseRange": { "low": { "value": v, "unit": u }, "high": { "value": max, "unit": u } } })
            }
            None => json!({ "doseQuantity": { "value": v, "unit": u } }),
        };
        d.insert("doseAndRate".into(), json!([q]));
    }
    Value::Object(d)
}

fn medications(b: &mut Builder<'_>, now: DateTime<Utc>) -> rusqlite::Result<Section> {
    let mut s = Section {
        empty: Some("unavailable"),
        ..Section::new(
            "Medication Summary",
            "10160-0",
            "History of Medication use Narrative",
        )
    };
    let cutoff = (crate::dates::local_today(now) - Duration::days(90)).to_string();
    let conn = b.conn;
    crate::records::med::each(conn, true, |med| {
        if !(med.status == "active"
            || med
                .stop_date
                .as_deref()
                .is_some_and(|d| d >= cutoff.as_str()))
        {
            return Ok(());
        }
        let mut m = Map::new();
        m.insert("resourceType".into(), "MedicationStatement".into());
        m.insert(
            "status".into(),
            (if med.status == "active" {
                "active"
            } else {
                "stopped"
            })
            .into(),
        );
        let name = crate::export::printouts::med_name(med);
        m.insert("medicationCodeableConcept".into(), json!({ "text": name }));
        m.insert("subject".into(), reference(&b.patient));
        let start = med.start_date.as_deref().and_then(fhir_date);
        let end = med.stop_date.as_deref().and_then(fhir_date);
        if start.is_some() || end.is_some() {
            let mut p = Map::new();
            if let Some(st) = start {
                p.insert("start".into(), st.into());
            }
            if let Some(e) = end {
                p.insert("end".into(), e.into());
            }
            m.insert("effectivePeriod".into(), Value::Object(p));
        } else {
            m.insert(
                "_effectiveDateTime".into(),
                json!({ "extension": [{ "url": DAR, "valueCode": "unknown" }] }),
            );
        }
        m.insert("dateAsserted".into(), med.updated_at.clone().into());
        if let Some(p) = &med.prescriber
            && let Some(u) = b.provider_uuid(p, None)
        {
            m.insert("informationSource".into(), reference(&u));
        }
        if let Some(r) = &med.reason
            && !r.is_empty()
        {
            m.insert("reasonCode".into(), json!([{ "text": r }]));
        }
        let mut notes = vec![format!(
            "Kind: {}",
            match med.kind.as_str() {
                "rx" => "prescription",
                "otc" => "over the counter",
                _ => "supplement",
            }
        )];
        if let Some(p) = &med.prescriber {
            notes.push(format!("Prescriber: {p}"));
        }
        if let Some(r) = &med.stop_reason {
            notes.push(format!("Stopped: {r}"));
        }
        m.insert(
            "note".into(),
            Value::Array(notes.into_iter().map(|n| json!({ "text": n })).collect()),
        );
        m.insert("dosage".into(), json!([dosage(med)]));
        s.lines.push(match &med.stop_date {
            Some(d) if med.status != "active" => format!("{} (stopped {d})", med.text),
            _ => med.text.clone(),
        });
        s.entry(b, &med.uuid, m);
        Ok::<(), rusqlite::Error>(())
    })?;
    Ok(s)
}

fn optional_sections(b: &mut Builder<'_>) -> rusqlite::Result<Vec<Section>> {
    let mut out = Vec::new();
    // Immunizations
    let mut s = Section::new(
        "Immunizations",
        "11369-6",
        "History of Immunization Narrative",
    );
    let snap = b.snap;
    for r in snap.of(&kinds::IMMUNIZATION) {
        let mut m = Map::new();
        m.insert("resourceType".into(), "Immunization".into());
        m.insert("status".into(), "completed".into());
        m.insert("vaccineCode".into(), json!({ "text": text(r, "name") }));
        m.insert("patient".into(), reference(&b.patient));
        match fhir_date(text(r, "date")) {
            Some(d) => m.insert("occurrenceDateTime".into(), d.into()),
            None => m.insert("occurrenceString".into(), "date not recorded".into()),
        };
        put(&mut m, "lotNumber", text(r, "lot"));
        if !text(r, "dose").is_empty() {
            m.insert(
                "protocolApplied".into(),
                json!([{ "doseNumberString": text(r, "dose") }]),
            );
        }
        s.lines.push(
            format!("{} {}", text(r, "name"), text(r, "date"))
                .trim()
                .to_owned(),
        );
        s.entry(b, text(r, "uuid"), m);
    }
    out.push(s);
    // Procedures
    let mut s = Section::new(
        "History of Procedures",
        "47519-4",
        "History of Procedures Document",
    );
    let snap = b.snap;
    for r in snap.of(&kinds::PROCEDURE) {
        let mut m = Map::new();
        m.insert("resourceType".into(), "Procedure".into());
        m.insert("status".into(), "completed".into());
        m.insert("code".into(), json!({ "text": text(r, "name") }));
        m.insert("subject".into(), reference(&b.patient));
        match fhir_date(text(r, "date")) {
            Some(d) => m.insert("performedDateTime".into(), d.into()),
            None => m.insert(
                "_performedDateTime".into(),
                json!({ "extension": [{ "url": DAR, "valueCode": "unknown" }] }),
            ),
        };
        let puuid = r.get("provider_uuid").and_then(Value::as_str);
        if let Some(u) = b.provider_uuid(text(r, "provider"), puuid) {
            m.insert("performer".into(), json!([{ "actor": reference(&u) }]));
        }
        if !text(r, "notes").is_empty() {
            m.insert("note".into(), json!([{ "text": text(r, "notes") }]));
        }
        s.lines.push(
            format!("{} {}", text(r, "name"), text(r, "date"))
                .trim()
                .to_owned(),
        );
        s.entry(b, text(r, "uuid"), m);
    }
    out.push(s);
    // Results
    let mut s = Section::new(
        "Results",
        "30954-2",
        "Relevant diagnostic tests/laboratory data Narrative",
    );
    let conn = b.conn;
    crate::records::generic::each(conn, &kinds::RESULT, |r| {
        let mut m = Map::new();
        m.insert("resourceType".into(), "Observation".into());
        m.insert("status".into(), "final".into());
        m.insert("code".into(), json!({ "text": text(r, "test") }));
        m.insert("subject".into(), reference(&b.patient));
        if let Some(d) = fhir_date(text(r, "date")) {
            m.insert("effectiveDateTime".into(), d.into());
        }
        let v = text(r, "value").trim();
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() => {
                let mut q = Map::new();
                q.insert("value".into(), json!(n));
                put(&mut q, "unit", text(r, "unit"));
                m.insert("valueQuantity".into(), Value::Object(q));
            }
            _ if !v.is_empty() => {
                let unit = text(r, "unit");
                m.insert(
                    "valueString".into(),
                    (if unit.is_empty() {
                        v.to_owned()
                    } else {
                        format!("{v} {unit}")
                    })
                    .into(),
                );
            }
            _ => {
                m.insert(
                    "dataAbsentReason".into(),
                    json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "unknown" }] }),
                );
            }
        }
        if !text(r, "range").is_empty() {
            m.insert(
                "referenceRange".into(),
                json!([{ "text": text(r, "range") }]),
            );
        }
        let ouuid = r.get("ordered_by_uuid").and_then(Value::as_str);
        if let Some(u) = b.provider_uuid(text(r, "ordered_by"), ouuid) {
            m.insert("performer".into(), json!([reference(&u)]));
        }
        if !text(r, "notes").is_empty() {
            m.insert("note".into(), json!([{ "text": text(r, "notes") }]));
        }
        s.lines.push(
            format!(
                "{}: {} {} ({})",
                text(r, "test"),
                v,
                text(r, "unit"),
                text(r, "date")
            )
            .replace("  ", " "),
        );
        s.entry(b, text(r, "uuid"), m);
        Ok::<(), rusqlite::Error>(())
    })?;
    out.push(s);
    // Devices
    let mut s = Section::new(
        "Medical Devices",
        "46264-8",
        "History of medical device use",
    );
    let snap = b.snap;
    for r in snap.of(&kinds::DEVICE) {
        let dev = derived(text(r, "uuid"), "device");
        let mut d = Map::new();
        d.insert("resourceType".into(), "Device".into());
        d.insert(
            "deviceName".into(),
            json!([{ "name": text(r, "name"), "type": "user-friendly-name" }]),
        );
        put(&mut d, "modelNumber", text(r, "model"));
        d.insert("patient".into(), reference(&b.patient));
        if !text(r, "notes").is_empty() {
            d.insert("note".into(), json!([{ "text": text(r, "notes") }]));
        }
        b.add(&dev, d);
        let mut m = Map::new();
        m.insert("resourceType".into(), "DeviceUseStatement".into());
        m.insert("status".into(), "active".into());
        m.insert("subject".into(), reference(&b.patient));
        m.insert("device".into(), reference(&dev));
        if let Some(dt) = fhir_date(text(r, "date")) {
            m.insert("timingDateTime".into(), dt.into());
        }
        s.lines.push(
            [text(r, "name"), text(r, "model"), text(r, "date")]
                .iter()
                .filter(|x| !x.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", "),
        );
        s.entry(b, text(r, "uuid"), m);
    }
    out.push(s);
    out.retain(|s| !s.entries.is_empty());
    Ok(out)
}

/// The IPS document Bundle as it is written: pretty JSON with one entry per line.
#[derive(serde::Serialize)]
pub struct Bundle {
    #[serde(rename = "resourceType")]
    resource_type: &'static str,
    id: String,
    identifier: Value,
    #[serde(rename = "type")]
    kind: &'static str,
    timestamp: String,
    entry: Vec<Box<RawValue>>,
}

/// The kinds the bundle reads from a [`Snapshot`]; medications and results, the largest,
/// are read row by row from the database instead, and notes are not exported.
pub const KINDS: &[&kinds::Kind] = &[
    &kinds::PROVIDER,
    &kinds::CONTACT,
    &kinds::CONDITION,
    &kinds::ALLERGY,
    &kinds::IMMUNIZATION,
    &kinds::PROCEDURE,
    &kinds::DEVICE,
];

/// The IPS document Bundle. `patient_uuid` names the patient (the binder's UUID); `snap`
/// holds at least [`KINDS`].
pub fn bundle(
    snap: &Snapshot,
    conn: &Connection,
    patient_uuid: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<Bundle> {
    let stamp = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let mut b = Builder {
        snap,
        conn,
        patient: patient_uuid.to_owned(),
        entries: Vec::new(),
    };
    let composition = derived(patient_uuid, "ips-composition");
    patient(&mut b);
    let mut sections = vec![
        problems(&mut b),
        allergies(&mut b),
        medications(&mut b, now)?,
    ];
    sections.extend(optional_sections(&mut b)?);
    providers(&mut b);
    let name = match snap.profile_text("name") {
        "" => "the patient".to_owned(),
        n => n.to_owned(),
    };
    let comp = json!({
        "resourceType": "Composition",
        "id": composition,
        "status": "final",
        "type": { "coding": [{ "system": LOINC, "code": "60591-5", "display": "Patient summary Document" }] },
        "subject": reference(patient_uuid),
        "date": stamp,
        "author": [reference(patient_uuid)],
        "title": format!("Patient summary of {name}"),
        "confidentiality": "N",
        "section": sections.iter().map(section_json).collect::<Vec<_>>(),
    });
    let mut entry = Vec::with_capacity(b.entries.len() + 1);
    entry.push(entry_json(&composition, comp));
    entry.extend(b.entries);
    let id = derived(patient_uuid, &format!("ips-bundle:{stamp}"));
    Ok(Bundle {
        resource_type: "Bundle",
        identifier: json!({ "system": "urn:ietf:rfc:3986", "value": urn(&id) }),
        id,
        kind: "document",
        timestamp: stamp,
        entry,
    })
}

/// Writes the bundle as pretty JSON (one entry per line) and a final newline.
pub fn write(b: &Bundle, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, b)?;
    w.write_all(b"\n")
}
