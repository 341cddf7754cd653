//! The binder as a FHIR R4 document Bundle following the International Patient Summary
//! (IPS 2.0): a Composition (LOINC 60591-5) first, the required sections (problems,
//! allergies, medications) with entries or an `emptyReason`, the recommended sections
//! that have data, the Patient, and the care team as Practitioner/Organization. Every
//! fullUrl is `urn:uuid:` of the record's UUID (or one derived from it), so a second
//! export names the same resources the same way.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde::Serialize;
use serde::ser::{SerializeMap, SerializeSeq, Serializer};
use serde_json::value::{RawValue, to_raw_value};
use serde_json::{Map, Value, json};

use super::doc::esc_into;
use crate::binder::SharedImage;
use crate::medparse;
use crate::records::generic::{Record, RowRecord, text};
use crate::records::kinds;
use crate::records::med::MedRef;
use crate::records::snapshot::Snapshot;
use crate::sig::ParsedMed;

const LOINC: &str = "http://loinc.org";
const SNOMED: &str = "http://snomed.info/sct";
const DAR: &str = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";
const EMPTY: &str = "http://terminology.hl7.org/CodeSystem/list-empty-reason";
const XHTML_DIV: &str = "<div xmlns=\"http://www.w3.org/1999/xhtml\">";

/// A UUID derived from another and a purpose, stable across exports.
pub fn derived(base: &str, what: &str) -> String {
    uuid::Uuid::new_v5(
        &uuid::Uuid::NAMESPACE_URL,
        format!("phr:{base}:{what}").as_bytes(),
    )
    .to_string()
}

/// `urn:uuid:` and a UUID: how every fullUrl and reference names a resource.
fn urn(u: &str) -> String {
    // Joined by hand: `format!` costs more than the copy, once per resource.
    let mut s = String::with_capacity(9 + u.len());
    s.push_str("urn:uuid:");
    s.push_str(u);
    s
}

fn reference(u: &str) -> Value {
    json!({ "reference": urn(u) })
}

fn put(m: &mut Map<String, Value>, key: &str, v: &str) {
    if !v.trim().is_empty() {
        m.insert(key.into(), Value::String(v.to_owned()));
    }
}

/// A FHIR date from a stored date (YYYY-MM-DD, or a year/month).
fn fhir_date(d: &str) -> Option<&str> {
    let d = d.trim();
    let ok = is_date(d)
        || (d.len() == 7
            && chrono::NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d").is_ok())
        || (d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()));
    ok.then_some(d)
}

/// Whether `d` is a date as chrono reads "%Y-%m-%d". The usual form, four, two and two
/// digits, is checked by hand: chrono's parser costs more than the rest of a result.
fn is_date(d: &str) -> bool {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && digits(0..4)
        && digits(5..7)
        && digits(8..10)
    {
        let n = |r: std::ops::Range<usize>| d[r].parse::<u32>().unwrap_or(0);
        return i32::try_from(n(0..4))
            .is_ok_and(|y| chrono::NaiveDate::from_ymd_opt(y, n(5..7), n(8..10)).is_some());
    }
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok()
}

// Typed pieces for the bulk of the bundle (medications, results, the Composition's
// sections): they borrow the record's text and serialize straight to JSON text, where a
// `Value` tree would hash, allocate and free every key of every resource. The Map-built
// resources elsewhere write the same shapes.

/// A JSON string made of `prefix` and `rest`, written without building it.
struct Prefixed<'a>(&'static str, &'a str);

impl Serialize for Prefixed<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&format_args!("{}{}", self.0, self.1))
    }
}

/// A JSON string: `first`, or `first`, `sep` and `second` when there is a second.
struct Joined<'a>(&'a str, &'static str, Option<&'a str>);

impl Serialize for Joined<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.2 {
            Some(second) => s.collect_str(&format_args!("{}{}{second}", self.0, self.1)),
            None => s.serialize_str(self.0),
        }
    }
}

/// `{"text": …}`: a CodeableConcept, Annotation or Range given only as text.
#[derive(Serialize)]
struct Text<T> {
    text: T,
}

/// `{"reference": "urn:uuid:…"}`, from the urn (see [`urn`]).
#[derive(Serialize)]
struct Reference<'a> {
    reference: &'a str,
}

fn reference_to(urn: &str) -> Reference<'_> {
    Reference { reference: urn }
}

/// `{"coding": [{"system", "code", "display"?}]}`: one coded concept.
#[derive(Serialize)]
struct Coded {
    coding: [Coding; 1],
}

#[derive(Serialize)]
struct Coding {
    system: &'static str,
    code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    display: Option<&'static str>,
}

fn coded(system: &'static str, code: &'static str, display: Option<&'static str>) -> Coded {
    Coded {
        coding: [Coding {
            system,
            code,
            display,
        }],
    }
}

/// `{"extension": [{"url": data-absent-reason, "valueCode": "unknown"}]}`: the
/// `_element` that says a required element is unknown.
#[derive(Serialize)]
struct UnknownElement {
    extension: [AbsentReason; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AbsentReason {
    url: &'static str,
    value_code: &'static str,
}

const UNKNOWN: UnknownElement = UnknownElement {
    extension: [AbsentReason {
        url: DAR,
        value_code: "unknown",
    }],
};

/// `{"value", "unit"?}`.
#[derive(Serialize)]
struct Quantity<'a> {
    value: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
}

/// A bundle entry: `{"fullUrl", "resource"}`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a, R> {
    full_url: &'a str,
    resource: R,
}

/// Parts of every medication and result, serialized once for the bundle and written
/// into each as they are, rather than built and escaped thousands of times.
struct Fragments {
    /// `{"reference": "urn:uuid:…"}` to the patient.
    patient: Box<RawValue>,
    /// The `_effectiveDateTime` of a medication with no dates (see [`UNKNOWN`]).
    unknown: Box<RawValue>,
}

impl Fragments {
    fn new(patient_urn: &str) -> Self {
        // Neither fails to serialize; were one to, it would be written as `null`.
        Fragments {
            patient: to_raw_value(&reference_to(patient_urn)).unwrap_or_default(),
            unknown: to_raw_value(&UNKNOWN).unwrap_or_default(),
        }
    }
}

/// Reads the binder into the bundle. It goes through the binder twice (see [`write`]):
/// first with no sink, to gather the sections the Composition lists, then with one, to
/// write every entry after the Composition.
struct Builder<'a, 'w> {
    snap: &'a Snapshot,
    /// For the kinds the snapshot leaves out (see [`KINDS`]) and reads row by row.
    conn: &'a Connection,
    patient: &'a str,
    /// What every medication and result has, serialized once (see [`Fragments`]).
    fragments: &'a Fragments,
    /// Where the entries go on the second pass; `None` on the first.
    sink: Option<Sink<'w>>,
}

/// The entries after the Composition, each serialized as soon as it is built and
/// written out as the bundle has them (see [`ENTRY_SEP`]): a large binder's bundle is
/// never held in memory, as a tree of values or as text.
struct Sink<'a> {
    out: &'a mut dyn std::io::Write,
    /// The entry being serialized: one entry is written whole or not at all.
    entry: Vec<u8>,
    /// The first write that failed; nothing more is written after it.
    failed: Option<std::io::Error>,
}

/// What comes before each entry after the first: pretty JSON's comma and indent.
const ENTRY_SEP: &[u8] = b",\n    ";

impl<'a> Builder<'a, '_> {
    /// Whether this is the pass that writes the entries (the second).
    fn writing(&self) -> bool {
        self.sink.is_some()
    }

    /// Writes an entry, compact JSON on a line of its own (on the second pass).
    fn push_entry(&mut self, full_url: &str, resource: impl Serialize) {
        let Some(sink) = &mut self.sink else {
            return;
        };
        if sink.failed.is_some() {
            return;
        }
        sink.entry.clear();
        sink.entry.extend_from_slice(ENTRY_SEP);
        // Nothing in a resource fails to serialize (no map has a non-text key, and a
        // Vec takes every write); were it to, the entry is left out, not half written.
        if serde_json::to_writer(&mut sink.entry, &Entry { full_url, resource }).is_ok()
            && let Err(e) = sink.out.write_all(&sink.entry)
        {
            sink.failed = Some(e);
        }
    }

    /// Adds a resource built as a map and returns its fullUrl. Its keys come out as
    /// `resourceType`, `id`, then the map's last key, then the others in order:
    /// `Map::remove` (with `preserve_order`) swaps the last key into the place of the
    /// one it removes. The typed resources ([`MedicationStatement`], [`Observation`])
    /// keep that order so that the export stays byte for byte what it has been.
    fn add(&mut self, uuid: &str, mut res: Map<String, Value>) -> String {
        let rt = res.remove("resourceType").unwrap_or_default();
        let mut full = Map::new();
        full.insert("resourceType".into(), rt);
        full.insert("id".into(), Value::String(uuid.to_owned()));
        full.extend(res);
        let full_url = urn(uuid);
        self.push_entry(&full_url, Value::Object(full));
        full_url
    }

    fn provider_uuid(&self, name: &str, uuid: Option<&str>) -> Option<&'a str> {
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
fn practitioner_uuid(p: &Record) -> &str {
    text(p, "uuid")
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

fn patient(b: &mut Builder<'_, '_>) {
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
    let u = b.patient;
    b.add(u, m);
}

fn providers(b: &mut Builder<'_, '_>) {
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
    /// The narrative's list: `<li>…</li>` for each line, HTML-escaped.
    items: String,
    /// The fullUrls of the section's resources.
    entries: Vec<String>,
    /// Room to join a line before it is escaped (see [`Section::line_single_spaced`]).
    scratch: String,
    empty: Option<&'static str>,
}

impl Section {
    /// Adds a resource to the bundle and lists it as one of this section's entries.
    fn entry(&mut self, b: &mut Builder<'_, '_>, uuid: &str, resource: Map<String, Value>) {
        let full_url = b.add(uuid, resource);
        if !b.writing() {
            self.entries.push(full_url);
        }
    }

    /// Lists a resource as one of this section's entries (on the first pass; the
    /// second writes it).
    fn refer(&mut self, uuid: &str) {
        self.entries.push(urn(uuid));
    }

    /// Adds a line made of `parts` with each two spaces in a row made one, as
    /// `str::replace("  ", " ")` would (a result's line, whose unit may be empty).
    fn line_single_spaced(&mut self, parts: &[&str]) {
        let joined = &mut self.scratch;
        joined.clear();
        joined.extend(parts.iter().copied());
        let mut rest = joined.as_str();
        self.items.push_str("<li>");
        while let Some(i) = rest.find("  ") {
            esc_into(&mut self.items, &rest[..=i]);
            rest = &rest[i + 2..];
        }
        esc_into(&mut self.items, rest);
        self.items.push_str("</li>");
    }

    /// Adds a line to the narrative: the parts, escaped, as one list item.
    fn line(&mut self, parts: &[&str]) {
        self.items.push_str("<li>");
        for p in parts {
            esc_into(&mut self.items, p);
        }
        self.items.push_str("</li>");
    }

    fn new(title: &'static str, code: &'static str, display: &'static str) -> Self {
        Section {
            title,
            code,
            display,
            items: String::new(),
            entries: Vec::new(),
            scratch: String::new(),
            empty: None,
        }
    }

    /// The section as the Composition lists it: entries, or else the reason it is empty.
    fn json(&self) -> SectionJson<'_> {
        let empty_reason = match self.empty {
            Some(e) if self.entries.is_empty() => {
                let display = match e {
                    "notasked" => "Not Asked",
                    "nilknown" => "Nil Known",
                    _ => "Unavailable",
                };
                Some(coded(EMPTY, e, Some(display)))
            }
            _ => None,
        };
        SectionJson {
            title: self.title,
            code: coded(LOINC, self.code, Some(self.display)),
            text: Narrative {
                status: "generated",
                div: Div(&self.items),
            },
            empty_reason,
            entry: References(&self.entries),
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SectionJson<'a> {
    title: &'static str,
    code: Coded,
    text: Narrative<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    empty_reason: Option<Coded>,
    #[serde(skip_serializing_if = "References::is_empty")]
    entry: References<'a>,
}

#[derive(Serialize)]
struct Narrative<'a> {
    status: &'static str,
    div: Div<'a>,
}

/// The narrative's XHTML around a section's list items (or "None recorded.").
struct Div<'a>(&'a str);

impl Serialize for Div<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.is_empty() {
            s.collect_str(&format_args!("{XHTML_DIV}<p>None recorded.</p></div>"))
        } else {
            s.collect_str(&format_args!("{XHTML_DIV}<ul>{}</ul></div>", self.0))
        }
    }
}

/// A section's entries: a reference to each resource.
struct References<'a>(&'a [String]);

impl References<'_> {
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for References<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(|u| reference_to(u)))
    }
}

fn problems(b: &mut Builder<'_, '_>) -> Section {
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
        m.insert("subject".into(), reference(b.patient));
        if let Some(d) = fhir_date(text(c, "onset")) {
            m.insert("onsetDateTime".into(), d.into());
        }
        if resolved && let Some(d) = fhir_date(text(c, "resolved")) {
            m.insert("abatementDateTime".into(), d.into());
        }
        if !text(c, "notes").is_empty() {
            m.insert("note".into(), json!([{ "text": text(c, "notes") }]));
        }
        s.line(&[text(c, "name"), " (", status, ")"]);
        s.entry(b, text(c, "uuid"), m);
    }
    s
}

fn allergies(b: &mut Builder<'_, '_>) -> Section {
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
    // The narrative's line of each allergy, in the same order.
    let items = crate::export::printouts::allergy_items(snap).unwrap_or_default();
    for (i, a) in all.iter().enumerate() {
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
        m.insert("patient".into(), reference(b.patient));
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
        s.line(&[items
            .get(i)
            .map_or(text(a, "substance"), |item| item.text.as_str())]);
        s.entry(b, text(a, "uuid"), m);
    }
    if all.is_empty()
        && let Some(at) = b.snap.no_known_allergies.clone()
    {
        let u = derived(b.patient, "no-known-allergies");
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
        m.insert("patient".into(), reference(b.patient));
        if let Some(d) = fhir_date(&at.chars().take(10).collect::<String>()) {
            m.insert("recordedDate".into(), d.into());
        }
        s.line(&["No known allergies"]);
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

/// A MedicationStatement's one Dosage.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Dosage<'a> {
    /// The medication's text, and its instructions after "; ".
    text: Joined<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_instruction: Option<[Text<&'a str>; 1]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    timing: Option<Timing>,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_needed_codeable_concept: Option<Text<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    as_needed_boolean: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    route: Option<Text<&'a str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dose_and_rate: Option<[DoseAndRate<'a>; 1]>,
}

/// `{"repeat": …}` when the parse has a regular timing, else `{"code": {"text"}}`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum Timing {
    Repeat(Repeat),
    Code(Text<String>),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Repeat {
    frequency: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    frequency_max: Option<i64>,
    period: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    period_max: Option<f64>,
    period_unit: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
enum DoseAndRate<'a> {
    DoseQuantity(Quantity<'a>),
    DoseRange {
        low: Quantity<'a>,
        high: Quantity<'a>,
    },
}

fn dosage<'a>(m: &MedRef<'a>, p: &'a ParsedMed) -> Dosage<'a> {
    let instructions = m.instructions.filter(|i| !i.is_empty());
    let mut d = Dosage {
        text: Joined(m.text, "; ", instructions),
        additional_instruction: None,
        timing: None,
        as_needed_codeable_concept: None,
        as_needed_boolean: None,
        route: p.route.as_deref().map(|r| Text { text: r }),
        dose_and_rate: None,
    };
    if let Some(t) = &p.timing
        && let Some(unit) = period_unit(&t.period_unit)
        && t.frequency >= 1.0
        && (t.frequency - t.frequency.round()).abs() < 1e-9
        && t.period > 0.0
    {
        let frequency_max = t
            .frequency_max
            .filter(|fm| (fm - fm.round()).abs() < 1e-9 && *fm >= 1.0)
            .map(|fm| fm.round() as i64);
        d.timing = Some(Timing::Repeat(Repeat {
            frequency: t.frequency.round() as i64,
            frequency_max,
            period: t.period,
            period_max: t.period_max,
            period_unit: unit,
        }));
        d.additional_instruction = p.when.as_deref().map(|w| [Text { text: w }]);
    } else {
        let sched = medparse::schedule_text(p);
        if !sched.is_empty() {
            d.timing = Some(Timing::Code(Text { text: sched }));
        }
    }
    if p.prn {
        match &p.prn_reason {
            Some(r) => d.as_needed_codeable_concept = Some(Text { text: r }),
            None => d.as_needed_boolean = Some(true),
        }
    }
    if let (Some(value), Some(u)) = (p.dose, p.dose_unit.as_deref()) {
        let low = Quantity {
            value,
            unit: Some(u),
        };
        d.dose_and_rate = Some([match p.dose_max {
            Some(max) => DoseAndRate::DoseRange {
                low,
                high: Quantity {
                    value: max,
                    unit: Some(u),
                },
            },
            None => DoseAndRate::DoseQuantity(low),
        }]);
    }
    d
}

/// A MedicationStatement. Its keys are in the order [`Builder::add`] has always given
/// them: `resourceType`, `id`, then `dosage` (the last key added), then the rest.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct MedicationStatement<'a> {
    resource_type: &'static str,
    id: &'a str,
    dosage: [Dosage<'a>; 1],
    status: &'static str,
    medication_codeable_concept: Text<&'a str>,
    subject: &'a RawValue,
    #[serde(skip_serializing_if = "Option::is_none")]
    effective_period: Option<Period<'a>>,
    #[serde(rename = "_effectiveDateTime", skip_serializing_if = "Option::is_none")]
    effective_date_time_element: Option<&'a RawValue>,
    date_asserted: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    information_source: Option<Reference<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason_code: Option<[Text<&'a str>; 1]>,
    note: MedNotes<'a>,
}

#[derive(Serialize)]
struct Period<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<&'a str>,
}

/// A MedicationStatement's notes: its kind, then its prescriber and the reason it was
/// stopped when there are.
struct MedNotes<'a> {
    kind: &'static str,
    prescriber: Option<&'a str>,
    stopped: Option<&'a str>,
}

impl Serialize for MedNotes<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(None)?;
        seq.serialize_element(&Text { text: self.kind })?;
        if let Some(p) = self.prescriber {
            seq.serialize_element(&Text {
                text: Prefixed("Prescriber: ", p),
            })?;
        }
        if let Some(r) = self.stopped {
            seq.serialize_element(&Text {
                text: Prefixed("Stopped: ", r),
            })?;
        }
        seq.end()
    }
}

fn medications(b: &mut Builder<'_, '_>, now: DateTime<Utc>) -> rusqlite::Result<Section> {
    let mut s = Section {
        empty: Some("unavailable"),
        ..Section::new(
            "Medication Summary",
            "10160-0",
            "History of Medication use Narrative",
        )
    };
    let cutoff = (crate::dates::local_today(now) - Duration::days(90)).to_string();
    // Active medications, and those stopped in the last 90 days.
    let listed = |active: bool, stop_date: Option<&str>| {
        active || stop_date.is_some_and(|d| d >= cutoff.as_str())
    };
    let conn = b.conn;
    if !b.writing() {
        crate::records::med::each_brief(conn, true, |uuid, text, status, stop_date| {
            let active = status == "active";
            if listed(active, stop_date) {
                s.refer(uuid);
                match stop_date {
                    Some(d) if !active => s.line(&[text, " (stopped ", d, ")"]),
                    _ => s.line(&[text]),
                }
            }
            Ok::<(), rusqlite::Error>(())
        })?;
        return Ok(s);
    }
    crate::records::med::each_ref(conn, true, |med| {
        let active = med.status == "active";
        if !listed(active, med.stop_date) {
            return Ok(());
        }
        // One parse serves both the name and the dosage.
        let parsed = medparse::parsed_from(med.parsed, med.text);
        let name = crate::export::printouts::med_name_of(med.name, med.text, &parsed);
        let start = med.start_date.and_then(fhir_date);
        let end = med.stop_date.and_then(fhir_date);
        let dated = start.is_some() || end.is_some();
        let source = med
            .prescriber
            .and_then(|p| b.provider_uuid(p, None))
            .map(urn);
        let statement = MedicationStatement {
            resource_type: "MedicationStatement",
            id: med.uuid,
            dosage: [dosage(med, &parsed)],
            status: if active { "active" } else { "stopped" },
            medication_codeable_concept: Text { text: &name },
            subject: &b.fragments.patient,
            effective_period: dated.then_some(Period { start, end }),
            effective_date_time_element: (!dated).then_some(&*b.fragments.unknown),
            date_asserted: med.updated_at,
            information_source: source.as_deref().map(reference_to),
            reason_code: med
                .reason
                .filter(|r| !r.is_empty())
                .map(|r| [Text { text: r }]),
            note: MedNotes {
                kind: match med.kind.as_str() {
                    "rx" => "Kind: prescription",
                    "otc" => "Kind: over the counter",
                    _ => "Kind: supplement",
                },
                prescriber: med.prescriber,
                stopped: med.stop_reason,
            },
        };
        b.push_entry(&urn(med.uuid), statement);
        Ok::<(), rusqlite::Error>(())
    })?;
    Ok(s)
}

/// An Observation (a result). Its keys are in the order [`Builder::add`] has always
/// given them: `resourceType`, `id`, the last of its fields, then the others in order.
struct Observation<'a> {
    id: &'a str,
    code: &'a str,
    subject: &'a RawValue,
    effective: Option<&'a str>,
    value: ObservationValue<'a>,
    range: Option<&'a str>,
    /// The urn of the provider who ordered it.
    performer: Option<String>,
    note: Option<&'a str>,
}

enum ObservationValue<'a> {
    Quantity(Quantity<'a>),
    /// The value as written, and its unit after a space.
    String(Joined<'a>),
    Absent,
}

/// A result's fields, read once from its row for its Observation and its line.
struct ResultRow<'a> {
    uuid: &'a str,
    test: &'a str,
    /// The value, trimmed.
    value: &'a str,
    unit: &'a str,
    range: &'a str,
    date: &'a str,
    ordered_by: &'a str,
    ordered_by_uuid: Option<&'a str>,
    notes: &'a str,
}

impl<'a> ResultRow<'a> {
    fn read(r: &RowRecord<'a, '_>) -> rusqlite::Result<Self> {
        Ok(ResultRow {
            uuid: r.text("uuid")?,
            test: r.text("test")?,
            value: r.text("value")?.trim(),
            unit: r.text("unit")?,
            range: r.text("range")?,
            date: r.text("date")?,
            ordered_by: r.text("ordered_by")?,
            ordered_by_uuid: r.get("ordered_by_uuid")?,
            notes: r.text("notes")?,
        })
    }
}

fn observation<'a>(b: &Builder<'a, '_>, r: &ResultRow<'a>) -> Observation<'a> {
    let (v, unit) = (r.value, r.unit);
    let value = match v.parse::<f64>() {
        Ok(value) if value.is_finite() => ObservationValue::Quantity(Quantity {
            value,
            unit: Some(unit).filter(|u| !u.trim().is_empty()),
        }),
        _ if !v.is_empty() => {
            ObservationValue::String(Joined(v, " ", Some(unit).filter(|u| !u.is_empty())))
        }
        _ => ObservationValue::Absent,
    };
    let nonempty = |t: &'a str| Some(t).filter(|t| !t.is_empty());
    Observation {
        id: r.uuid,
        code: r.test,
        subject: &b.fragments.patient,
        effective: fhir_date(r.date),
        value,
        range: nonempty(r.range),
        performer: b.provider_uuid(r.ordered_by, r.ordered_by_uuid).map(urn),
        note: nonempty(r.notes),
    }
}

/// The fields of an Observation after its date, each written with its key.
enum ObservationTail<'o, 'a> {
    Value(&'o ObservationValue<'a>),
    Range(&'a str),
    Performer(&'a str),
    Note(&'a str),
}

impl ObservationTail<'_, '_> {
    fn write<M: SerializeMap>(&self, m: &mut M) -> Result<(), M::Error> {
        match self {
            Self::Value(ObservationValue::Quantity(q)) => m.serialize_entry("valueQuantity", q),
            Self::Value(ObservationValue::String(t)) => m.serialize_entry("valueString", t),
            Self::Value(ObservationValue::Absent) => m.serialize_entry(
                "dataAbsentReason",
                &coded(
                    "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                    "unknown",
                    None,
                ),
            ),
            Self::Range(r) => m.serialize_entry("referenceRange", &[Text { text: r }]),
            Self::Performer(u) => m.serialize_entry("performer", &[reference_to(u)]),
            Self::Note(n) => m.serialize_entry("note", &[Text { text: n }]),
        }
    }
}

impl Serialize for Observation<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let tail = [
            Some(ObservationTail::Value(&self.value)),
            self.range.map(ObservationTail::Range),
            self.performer.as_deref().map(ObservationTail::Performer),
            self.note.map(ObservationTail::Note),
        ];
        // The value is always there, so there is a last field.
        let last = tail.iter().rposition(Option::is_some).unwrap_or(0);
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("resourceType", "Observation")?;
        m.serialize_entry("id", self.id)?;
        if let Some(t) = &tail[last] {
            t.write(&mut m)?;
        }
        m.serialize_entry("status", "final")?;
        m.serialize_entry("code", &Text { text: self.code })?;
        m.serialize_entry("subject", self.subject)?;
        if let Some(d) = self.effective {
            m.serialize_entry("effectiveDateTime", d)?;
        }
        for t in tail[..last].iter().flatten() {
            t.write(&mut m)?;
        }
        m.end()
    }
}

fn optional_sections(b: &mut Builder<'_, '_>) -> rusqlite::Result<Vec<Section>> {
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
        m.insert("patient".into(), reference(b.patient));
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
        s.line(&[format!("{} {}", text(r, "name"), text(r, "date")).trim()]);
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
        m.insert("subject".into(), reference(b.patient));
        match fhir_date(text(r, "date")) {
            Some(d) => m.insert("performedDateTime".into(), d.into()),
            None => m.insert(
                "_performedDateTime".into(),
                json!({ "extension": [{ "url": DAR, "valueCode": "unknown" }] }),
            ),
        };
        let puuid = r.get("provider_uuid").and_then(Value::as_str);
        if let Some(u) = b.provider_uuid(text(r, "provider"), puuid) {
            m.insert("performer".into(), json!([{ "actor": reference(u) }]));
        }
        if !text(r, "notes").is_empty() {
            m.insert("note".into(), json!([{ "text": text(r, "notes") }]));
        }
        s.line(&[format!("{} {}", text(r, "name"), text(r, "date")).trim()]);
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
    if b.writing() {
        crate::records::generic::each_row(conn, &kinds::RESULT, |r| {
            let r = ResultRow::read(r)?;
            b.push_entry(&urn(r.uuid), observation(b, &r));
            Ok::<(), rusqlite::Error>(())
        })?;
    } else {
        let fields = ["uuid", "test", "value", "unit", "date"];
        crate::records::generic::each_fields(conn, &kinds::RESULT, fields, |r| {
            let [uuid, test, value, unit, date] = r;
            s.line_single_spaced(&[test, ": ", value.trim(), " ", unit, " (", date, ")"]);
            s.refer(uuid);
            Ok::<(), rusqlite::Error>(())
        })?;
    }
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
        d.insert("patient".into(), reference(b.patient));
        if !text(r, "notes").is_empty() {
            d.insert("note".into(), json!([{ "text": text(r, "notes") }]));
        }
        b.add(&dev, d);
        let mut m = Map::new();
        m.insert("resourceType".into(), "DeviceUseStatement".into());
        m.insert("status".into(), "active".into());
        m.insert("subject".into(), reference(b.patient));
        m.insert("device".into(), reference(&dev));
        if let Some(dt) = fhir_date(text(r, "date")) {
            m.insert("timingDateTime".into(), dt.into());
        }
        s.line(&[&[text(r, "name"), text(r, "model"), text(r, "date")]
            .iter()
            .filter(|x| !x.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ")]);
        s.entry(b, text(r, "uuid"), m);
    }
    out.push(s);
    out.retain(|s| !s.entries.is_empty());
    Ok(out)
}

/// The IPS document Bundle, ready to write (see [`write()`]): its Composition, and what
/// its entries are read from.
pub struct Bundle<'a> {
    snap: &'a Snapshot,
    conn: &'a Connection,
    patient_uuid: &'a str,
    now: DateTime<Utc>,
    id: String,
    timestamp: String,
    composition: String,
    patient_urn: String,
    /// Who the summary is of, for its title.
    name: String,
    sections: Vec<Section>,
}

impl Bundle<'_> {
    /// The Composition, written straight out at the head of the bundle rather than
    /// held as text.
    fn composition(&self) -> Composition<'_> {
        Composition {
            resource_type: "Composition",
            id: &self.composition,
            status: "final",
            kind: coded(LOINC, "60591-5", Some("Patient summary Document")),
            subject: reference_to(&self.patient_urn),
            date: &self.timestamp,
            author: [reference_to(&self.patient_urn)],
            title: Prefixed("Patient summary of ", &self.name),
            confidentiality: "N",
            section: self.sections.iter().map(Section::json).collect(),
        }
    }
}

/// The Composition, first in the bundle: what the document is, and its sections.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Composition<'a> {
    resource_type: &'static str,
    id: &'a str,
    status: &'static str,
    #[serde(rename = "type")]
    kind: Coded,
    subject: Reference<'a>,
    date: &'a str,
    author: [Reference<'a>; 1],
    title: Prefixed<'a>,
    confidentiality: &'static str,
    section: Vec<SectionJson<'a>>,
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

/// Goes through the binder in the bundle's order: the Patient, each section's
/// resources, then the providers. Returns the sections.
fn build(b: &mut Builder<'_, '_>, now: DateTime<Utc>) -> rusqlite::Result<Vec<Section>> {
    let mut sections = build_first(b, now)?;
    sections.extend(build_rest(b, now)?);
    Ok(sections)
}

/// [`build`]'s first part: the patient, problems, allergies and medications.
fn build_first(b: &mut Builder<'_, '_>, now: DateTime<Utc>) -> rusqlite::Result<Vec<Section>> {
    patient(b);
    Ok(vec![problems(b), allergies(b), medications(b, now)?])
}

/// [`build`]'s second part: results and the other optional sections, then the care team.
/// Its entries follow the first part's, each after its own separator, so they can be
/// written apart and appended.
fn build_rest(b: &mut Builder<'_, '_>, _now: DateTime<Utc>) -> rusqlite::Result<Vec<Section>> {
    let sections = optional_sections(b)?;
    providers(b);
    Ok(sections)
}

/// One part of [`build`].
type Part = fn(&mut Builder<'_, '_>, DateTime<Utc>) -> rusqlite::Result<Vec<Section>>;

/// The IPS document Bundle. `patient_uuid` names the patient (the binder's UUID); `snap`
/// holds at least [`KINDS`]. This reads the binder once for the Composition's sections;
/// [`write()`] reads it again for the entries.
pub fn bundle<'a>(
    snap: &'a Snapshot,
    conn: &'a Connection,
    patient_uuid: &'a str,
    now: DateTime<Utc>,
) -> rusqlite::Result<Bundle<'a>> {
    let sections = sections(snap, conn, patient_uuid, now)?;
    Ok(Bundle::new(snap, conn, patient_uuid, now, sections))
}

/// The first pass: the Composition's sections, read from `conn`.
fn sections(
    snap: &Snapshot,
    conn: &Connection,
    patient_uuid: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<Vec<Section>> {
    build(
        &mut Builder {
            snap,
            conn,
            patient: patient_uuid,
            fragments: &Fragments::new(&urn(patient_uuid)),
            sink: None,
        },
        now,
    )
}

impl<'a> Bundle<'a> {
    fn new(
        snap: &'a Snapshot,
        conn: &'a Connection,
        patient_uuid: &'a str,
        now: DateTime<Utc>,
        sections: Vec<Section>,
    ) -> Self {
        let stamp = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let patient_urn = urn(patient_uuid);
        let name = match snap.profile_text("name") {
            "" => "the patient",
            n => n,
        };
        Bundle {
            snap,
            conn,
            patient_uuid,
            now,
            id: derived(patient_uuid, &format!("ips-bundle:{stamp}")),
            timestamp: stamp,
            composition: derived(patient_uuid, "ips-composition"),
            name: name.to_owned(),
            sections,
            patient_urn,
        }
    }
}

/// Writes the bundle as pretty JSON with one entry per line (compact JSON), and a final
/// newline. The few lines around the entries are written here as `to_writer_pretty`
/// writes them; the entries are written as they are read from the binder. A database
/// error on the way (the first pass would have met it already) is an `Other` error
/// carrying the [`rusqlite::Error`].
pub fn write(b: &Bundle<'_>, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    write_head(b, w)?;
    write_entries(b.snap, b.conn, b.patient_uuid, b.now, w, build)?;
    w.write_all(ENTRIES_END)
}

/// What closes the entries and the bundle.
const ENTRIES_END: &[u8] = b"\n  ]\n}\n";

/// The bundle up to its first entry, the Composition, included.
fn write_head(b: &Bundle<'_>, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    w.write_all(b"{\n  \"resourceType\": \"Bundle\",\n  \"id\": ")?;
    serde_json::to_writer(&mut *w, &b.id)?;
    w.write_all(
        b",\n  \"identifier\": {\n    \"system\": \"urn:ietf:rfc:3986\",\n    \"value\": ",
    )?;
    serde_json::to_writer(&mut *w, &urn(&b.id))?;
    w.write_all(b"\n  },\n  \"type\": \"document\",\n  \"timestamp\": ")?;
    serde_json::to_writer(&mut *w, &b.timestamp)?;
    w.write_all(b",\n  \"entry\": [\n    ")?;
    let composition = Entry {
        full_url: &urn(&b.composition),
        resource: b.composition(),
    };
    serde_json::to_writer(&mut *w, &composition)?;
    Ok(())
}

/// The second pass: every entry after the Composition, each after [`ENTRY_SEP`].
fn write_entries(
    snap: &Snapshot,
    conn: &Connection,
    patient_uuid: &str,
    now: DateTime<Utc>,
    w: &mut dyn std::io::Write,
    part: Part,
) -> std::io::Result<()> {
    let mut entries = Builder {
        snap,
        conn,
        patient: patient_uuid,
        fragments: &Fragments::new(&urn(patient_uuid)),
        sink: Some(Sink {
            out: w,
            entry: Vec::new(),
            failed: None,
        }),
    };
    part(&mut entries, now).map_err(std::io::Error::other)?;
    match entries.sink.and_then(|s| s.failed) {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// [`bundle`] and [`write()`] in one. With a shared image (see [`SharedImage`]) the two
/// passes run at once: the sections are gathered on a second thread, with its own
/// connection, while this thread writes the entries. They are held in memory only until
/// the sections are ready and the Composition is written; then they go straight out.
/// Once the sections are gathered, the second thread also writes the entries of
/// [`build_rest`] (results, the other records, the care team) into memory, and this
/// thread, done with the medications, appends them. With no thread or connection, this
/// thread gathers the sections itself when it needs them, and writes every entry. Either
/// way the bytes are those of [`write()`].
pub fn write_bundle(
    snap: &Snapshot,
    conn: &Connection,
    shared: Option<SharedImage>,
    patient_uuid: &str,
    now: DateTime<Utc>,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let Some(image) = shared else {
        let b = bundle(snap, conn, patient_uuid, now).map_err(std::io::Error::other)?;
        return write(&b, w);
    };
    let (ready, gathered) = std::sync::mpsc::channel();
    let (rest_ready, rest_gathered) = std::sync::mpsc::channel::<std::io::Result<Vec<u8>>>();
    let (written, _) = image.alongside(
        "phr-fhir-sections",
        || {
            let mut held = Held {
                out: &mut *w,
                held: Vec::new(),
                head: Some(|out: &mut dyn std::io::Write, wait: bool| {
                    use std::sync::mpsc::TryRecvError;
                    let here = || sections(snap, conn, patient_uuid, now);
                    let sections = match gathered.try_recv() {
                        Err(TryRecvError::Empty) if !wait => return Ok(false),
                        Ok(gathered) => gathered,
                        // Still being gathered; or no thread or connection: gathered here.
                        Err(TryRecvError::Empty) => gathered.recv().unwrap_or_else(|_| here()),
                        Err(TryRecvError::Disconnected) => here(),
                    };
                    let sections = sections.map_err(std::io::Error::other)?;
                    write_head(&Bundle::new(snap, conn, patient_uuid, now, sections), out)?;
                    Ok(true)
                }),
            };
            write_entries(snap, conn, patient_uuid, now, &mut held, build_first)?;
            match rest_gathered.recv() {
                Ok(rest) => std::io::Write::write_all(&mut held, &rest?)?,
                // No thread or connection, or the sections failed there: written here.
                Err(_) => write_entries(snap, conn, patient_uuid, now, &mut held, build_rest)?,
            }
            held.release(true)?;
            w.write_all(ENTRIES_END)
        },
        move |apart: &Connection| {
            let gathered = sections(snap, apart, patient_uuid, now);
            let fine = gathered.is_ok();
            // Unheard when the entries were written first and their sections gathered here.
            let _ = ready.send(gathered);
            if fine {
                let mut rest = Vec::new();
                let written = write_entries(snap, apart, patient_uuid, now, &mut rest, build_rest);
                let _ = rest_ready.send(written.map(|()| rest));
            }
        },
    );
    written
}

/// Where the entries go in [`write_bundle`]: into memory until the head is written,
/// then straight on to `out`. `head` writes the head once its sections are ready (or,
/// with `wait`, once they are gathered) and says whether it did.
struct Held<'w, H> {
    out: &'w mut dyn std::io::Write,
    held: Vec<u8>,
    /// Until it has been written.
    head: Option<H>,
}

impl<H: FnMut(&mut dyn std::io::Write, bool) -> std::io::Result<bool>> Held<'_, H> {
    /// Writes the head and what was held, if the head is ready (or with `wait`).
    fn release(&mut self, wait: bool) -> std::io::Result<()> {
        if let Some(head) = &mut self.head
            && head(&mut *self.out, wait)?
        {
            self.head = None;
            self.out.write_all(&std::mem::take(&mut self.held))?;
        }
        Ok(())
    }
}

impl<H: FnMut(&mut dyn std::io::Write, bool) -> std::io::Result<bool>> std::io::Write
    for Held<'_, H>
{
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.release(false)?;
        if self.head.is_some() {
            self.held.extend_from_slice(buf);
            return Ok(buf.len());
        }
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::med::NewMedication;

    /// Adds a record of `kind` with the given fields (empty ones left out).
    fn insert(c: &Connection, kind: &kinds::Kind, fields: &[(&'static str, &str)]) {
        let values = fields
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (*k, Value::String((*v).into())))
            .collect();
        crate::records::generic::insert(c, kind, &values, "t", None).unwrap();
    }

    /// The binder's bundle as [`write`] writes it, and what [`bundle`] made of it.
    fn export(c: &Connection, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        let snap = Snapshot::load_kinds(c, KINDS).unwrap();
        let now = "2026-11-26T09:00:00Z".parse().unwrap();
        let b = bundle(&snap, c, "0b5a4c0e-0000-4000-8000-000000000001", now).unwrap();
        write(&b, out)
    }

    /// A bundle written by [`write`], from a binder with a medication and two results.
    fn written() -> Vec<u8> {
        let c = crate::records::test_db();
        for (text, instructions) in [
            ("Metformin 500 mg BID", None),
            ("Tylenol 500 mg q6h prn pain", Some("no more than 6 a day")),
        ] {
            let new = NewMedication {
                text: text.into(),
                instructions: instructions.map(str::to_owned),
                parsed: serde_json::to_value(crate::sig::parse(text)).ok(),
                ..NewMedication::default()
            };
            crate::records::med::add_in(&c, &new, "2026-01-01T00:00:00Z", None).unwrap();
        }
        for (test, value, notes) in [("HbA1c", "7.2", ""), ("Culture", "no growth", "<fasting>")] {
            let fields = [
                ("test", test),
                ("value", value),
                ("unit", "%"),
                ("notes", notes),
            ];
            insert(&c, &kinds::RESULT, &fields);
        }
        let mut out = Vec::new();
        export(&c, &mut out).unwrap();
        out
    }

    /// The two passes at once, on a shared image, write what one after the other writes.
    #[test]
    fn a_bundle_written_with_its_sections_gathered_apart_is_the_same() {
        let mut c = crate::records::test_db();
        for i in 0..2500 {
            let text = format!("Metformin {i} mg twice daily");
            let new = NewMedication {
                parsed: serde_json::to_value(crate::sig::parse(&text)).ok(),
                instructions: Some(format!("with food {}", "x".repeat(900))),
                text,
                ..NewMedication::default()
            };
            crate::records::med::add_in(&c, &new, "2026-01-01T00:00:00Z", None).unwrap();
        }
        for i in 0..300 {
            let value = format!("{}.{}", 5 + i % 4, i % 10);
            insert(&c, &kinds::RESULT, &[("test", "HbA1c"), ("value", &value)]);
        }
        insert(&c, &kinds::PROVIDER, &[("name", "Dr Lee")]);
        let image = c.serialize(rusqlite::MAIN_DB).unwrap().to_vec();
        let (_dir, binder) = crate::binder::opened_for_reading(&image);
        let shared = binder.shared_image();
        assert!(shared.is_some());
        let conn = binder.conn();
        let snap = Snapshot::load_kinds(conn, KINDS).unwrap();
        let now = "2026-11-26T09:00:00Z".parse().unwrap();
        let patient = "0b5a4c0e-0000-4000-8000-000000000001";
        let mut one_by_one = Vec::new();
        write(&bundle(&snap, conn, patient, now).unwrap(), &mut one_by_one).unwrap();
        for shared in [shared, None] {
            let mut out = Vec::new();
            write_bundle(&snap, conn, shared, patient, now, &mut out).unwrap();
            assert!(out == one_by_one, "the bundle differs");
        }
        let v: Value = serde_json::from_slice(&one_by_one).unwrap();
        // The Composition, the patient, 2,500 medications, 300 results and a provider.
        assert_eq!(v["entry"].as_array().unwrap().len(), 2 + 2500 + 300 + 1);
        assert_eq!(v["entry"][0]["resource"]["resourceType"], "Composition");
    }

    #[test]
    fn written_as_the_pretty_printer_writes_it_with_an_entry_a_line() {
        let out = written();
        let v: Value = serde_json::from_slice(&out).unwrap();
        // What `to_writer_pretty` makes of the bundle with each entry as raw JSON text.
        #[derive(Serialize)]
        #[serde(rename_all = "camelCase")]
        struct Pretty<'a> {
            resource_type: &'a Value,
            id: &'a Value,
            identifier: &'a Value,
            #[serde(rename = "type")]
            kind: &'a Value,
            timestamp: &'a Value,
            entry: Vec<Box<serde_json::value::RawValue>>,
        }
        let entries = v["entry"].as_array().unwrap();
        assert_eq!(
            entries.len(),
            6,
            "Composition, Patient, 2 medications, 2 results"
        );
        let pretty = Pretty {
            resource_type: &v["resourceType"],
            id: &v["id"],
            identifier: &v["identifier"],
            kind: &v["type"],
            timestamp: &v["timestamp"],
            entry: entries
                .iter()
                .map(|e| serde_json::value::to_raw_value(e).unwrap())
                .collect(),
        };
        let want = serde_json::to_string_pretty(&pretty).unwrap() + "\n";
        assert_eq!(String::from_utf8(out).unwrap(), want);
    }

    /// The Composition, written from the first pass, lists exactly the section entries
    /// the second pass writes, in their order.
    #[test]
    fn the_composition_lists_the_entries_written_after_it() {
        let v: Value = serde_json::from_slice(&written()).unwrap();
        let entries = v["entry"].as_array().unwrap();
        let listed: Vec<&str> = entries[0]["resource"]["section"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| s["entry"].as_array().into_iter().flatten())
            .map(|r| r["reference"].as_str().unwrap())
            .collect();
        let written: Vec<&str> = entries
            .iter()
            .filter(|e| {
                matches!(
                    e["resource"]["resourceType"].as_str(),
                    Some("MedicationStatement" | "Observation")
                )
            })
            .map(|e| e["fullUrl"].as_str().unwrap())
            .collect();
        assert_eq!(listed.len(), 4);
        assert_eq!(listed, written);
    }

    /// An output that fails part way ends the export with its error, and nothing more
    /// is written to it.
    #[test]
    fn a_failing_output_stops_the_export_with_its_error() {
        struct FailsAfter {
            room: usize,
            writes_after_failing: usize,
        }
        impl std::io::Write for FailsAfter {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if self.room == 0 {
                    self.writes_after_failing += 1;
                    return Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "full"));
                }
                let n = buf.len().min(self.room);
                self.room -= n;
                Ok(n)
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let c = crate::records::test_db();
        let new = NewMedication {
            text: "Metformin 500 mg BID".into(),
            ..NewMedication::default()
        };
        crate::records::med::add_in(&c, &new, "2026-01-01T00:00:00Z", None).unwrap();
        let mut whole = Vec::new();
        export(&c, &mut whole).unwrap();
        // Fails in the Composition, then in the last entry (the medication's).
        for room in [100, whole.len() - 40] {
            let mut out = FailsAfter {
                room,
                writes_after_failing: 0,
            };
            let e = export(&c, &mut out).unwrap_err();
            assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
            assert_eq!(out.writes_after_failing, 1, "room {room}");
        }
    }

    /// Each allergy's narrative line is its own, even when another allergy's substance
    /// begins with the same letters.
    #[test]
    fn each_allergy_has_its_own_narrative_line() {
        let c = crate::records::test_db();
        for (substance, reaction) in [("Penicillin", "hives"), ("Pen", ""), ("Penicillin", "")] {
            insert(
                &c,
                &kinds::ALLERGY,
                &[("substance", substance), ("reaction", reaction)],
            );
        }
        let mut out = Vec::new();
        export(&c, &mut out).unwrap();
        let v: Value = serde_json::from_slice(&out).unwrap();
        let div = v["entry"][0]["resource"]["section"][1]["text"]["div"]
            .as_str()
            .unwrap();
        assert!(
            div.contains("<ul><li>Penicillin (hives)</li><li>Pen</li><li>Penicillin</li></ul>"),
            "{div}"
        );
    }

    #[test]
    fn typed_resources_keep_the_key_order_of_the_maps_they_replace() {
        let v: Value = serde_json::from_slice(&written()).unwrap();
        let keys = |i: usize| -> Vec<String> {
            v["entry"][i]["resource"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect()
        };
        let med = [
            "resourceType",
            "id",
            "dosage",
            "status",
            "medicationCodeableConcept",
        ];
        assert_eq!(keys(2)[..5], med);
        assert_eq!(keys(2).last().unwrap(), "note");
        let dosage: Vec<&String> = v["entry"][3]["resource"]["dosage"][0]
            .as_object()
            .unwrap()
            .keys()
            .collect();
        assert_eq!(dosage[0], "text");
        assert_eq!(
            v["entry"][3]["resource"]["dosage"][0]["text"],
            "Tylenol 500 mg q6h prn pain; no more than 6 a day"
        );
        // A result's last field comes third: its value, or its note when it has one.
        let valued = [
            "resourceType",
            "id",
            "valueQuantity",
            "status",
            "code",
            "subject",
        ];
        assert_eq!(keys(4), valued);
        let noted = [
            "resourceType",
            "id",
            "note",
            "status",
            "code",
            "subject",
            "valueString",
        ];
        assert_eq!(keys(5), noted);
    }

    #[test]
    fn is_date_agrees_with_chrono() {
        for d in [
            "2024-01-05",
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "9999-12-31",
            "2024-13-01",
            "2024-00-10",
            "2024-01-32",
            "2024-1-05",
            "2024-01-5",
            "+2024-01-01",
            " 2024-01-01",
            "2024-01-01x",
            "20240-01-01",
            "abcd-ef-gh",
            "2024/01/01",
            "",
        ] {
            let chrono = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_ok();
            assert_eq!(is_date(d), chrono, "{d:?}");
        }
    }

    #[test]
    fn single_spaced_lines_are_as_replace_makes_them() {
        for parts in [
            &["HbA1c", ": ", "7.2", " ", "%", " (", "2026-01-01", ")"][..],
            &["Culture", ": ", "", " ", "", " (", "", ")"],
            &["A   B", ": ", "x", " ", "    ", " (", "<d>", ")"],
            &[" ", " ", " "],
        ] {
            let mut s = Section::new("t", "c", "d");
            s.line_single_spaced(parts);
            let mut want = Section::new("t", "c", "d");
            want.line(&[&parts.concat().replace("  ", " ")]);
            assert_eq!(s.items, want.items, "{parts:?}");
        }
    }
}
