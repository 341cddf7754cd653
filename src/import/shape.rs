//! The JSON types a FHIR R4 Bundle must have where `phr import` reads it. A value of the
//! wrong type (a resource that is text, a birthDate that is a number, a dosage that is a
//! table where FHIR has a list) refuses the whole file, naming the entry and the field,
//! instead of being read as if it were absent. Fields phr does not read are not checked.

use serde_json::Value;

/// What a value must be. `null` is read as absent everywhere.
#[derive(Clone, Copy)]
enum Shape {
    /// A JSON string (FHIR string, code, uri, date, dateTime, instant).
    Text,
    Bool,
    /// A JSON number; text holding a number is accepted (converters write decimals as
    /// strings; the importer warns).
    Number,
    /// A JSON object whose listed fields have these shapes.
    Table(&'static [(&'static str, Shape)]),
    /// A JSON array of this shape.
    List(&'static Shape),
}

use Shape::{Bool, List, Number, Table, Text};

const CODING: Shape = Table(&[("system", Text), ("code", Text), ("display", Text)]);
const CONCEPT: Shape = Table(&[("text", Text), ("coding", List(&CODING))]);
const CONCEPTS: Shape = List(&CONCEPT);
const REFERENCE: Shape = Table(&[("reference", Text), ("display", Text)]);
const PERIOD: Shape = Table(&[("start", Text), ("end", Text)]);
const QUANTITY: Shape = Table(&[("value", Number), ("unit", Text), ("code", Text)]);
const NAMES: Shape = List(&Table(&[
    ("text", Text),
    ("family", Text),
    ("given", List(&Text)),
    ("prefix", List(&Text)),
    ("suffix", List(&Text)),
]));
const TELECOM: Shape = List(&Table(&[("system", Text), ("value", Text)]));
const ADDRESSES: Shape = List(&Table(&[
    ("text", Text),
    ("line", List(&Text)),
    ("city", Text),
    ("state", Text),
    ("postalCode", Text),
]));
const ACTORS: Shape = List(&Table(&[("actor", REFERENCE)]));
const DOSAGES: Shape = List(&Table(&[
    ("text", Text),
    ("patientInstruction", Text),
    ("asNeededBoolean", Bool),
    ("asNeededCodeableConcept", CONCEPT),
]));
const CONTAINED: Shape = List(&Table(&[
    ("resourceType", Text),
    ("id", Text),
    ("code", CONCEPT),
]));

/// Fields every resource may have that the importer reads.
const COMMON: &[(&str, Shape)] = &[
    ("resourceType", Text),
    ("id", Text),
    ("status", Text),
    (
        "identifier",
        List(&Table(&[("system", Text), ("value", Text)])),
    ),
];

/// The fields read, by resource type (FHIR R4 cardinalities: 0..* is a list).
const RESOURCES: &[(&str, &[(&str, Shape)])] = &[
    (
        "MedicationRequest",
        &[
            ("medicationCodeableConcept", CONCEPT),
            ("medicationReference", REFERENCE),
            ("contained", CONTAINED),
            ("dosageInstruction", DOSAGES),
            ("requester", REFERENCE),
            ("reasonCode", CONCEPTS),
            ("reasonReference", List(&REFERENCE)),
            ("authoredOn", Text),
            ("statusReason", CONCEPT),
            ("dispenseRequest", Table(&[("validityPeriod", PERIOD)])),
        ],
    ),
    (
        "MedicationStatement",
        &[
            ("medicationCodeableConcept", CONCEPT),
            ("medicationReference", REFERENCE),
            ("contained", CONTAINED),
            ("dosage", DOSAGES),
            ("informationSource", REFERENCE),
            ("reasonCode", CONCEPTS),
            ("reasonReference", List(&REFERENCE)),
            ("effectivePeriod", PERIOD),
            ("effectiveDateTime", Text),
            ("statusReason", CONCEPTS),
        ],
    ),
    (
        "Condition",
        &[
            ("code", CONCEPT),
            ("verificationStatus", CONCEPT),
            ("clinicalStatus", CONCEPT),
            ("onsetDateTime", Text),
            ("onsetPeriod", PERIOD),
            ("recordedDate", Text),
            ("abatementDateTime", Text),
        ],
    ),
    (
        "Immunization",
        &[
            ("vaccineCode", CONCEPT),
            ("occurrenceDateTime", Text),
            ("lotNumber", Text),
        ],
    ),
    (
        "Procedure",
        &[
            ("code", CONCEPT),
            ("performedDateTime", Text),
            ("performedPeriod", PERIOD),
            ("performer", ACTORS),
        ],
    ),
    (
        "Encounter",
        &[
            ("class", CODING),
            ("serviceProvider", REFERENCE),
            ("location", List(&Table(&[("location", REFERENCE)]))),
            ("type", CONCEPTS),
            ("period", PERIOD),
            ("reasonCode", CONCEPTS),
        ],
    ),
    (
        "Appointment",
        &[
            ("start", Text),
            ("participant", ACTORS),
            ("description", Text),
            ("reasonCode", CONCEPTS),
            ("serviceType", CONCEPTS),
        ],
    ),
    (
        "FamilyMemberHistory",
        &[
            ("relationship", CONCEPT),
            ("condition", List(&Table(&[("code", CONCEPT)]))),
        ],
    ),
    (
        "AllergyIntolerance",
        &[
            ("code", CONCEPT),
            ("verificationStatus", CONCEPT),
            ("criticality", Text),
            ("category", List(&Text)),
            (
                "reaction",
                List(&Table(&[
                    ("substance", CONCEPT),
                    ("manifestation", CONCEPTS),
                    ("severity", Text),
                ])),
            ),
        ],
    ),
    (
        "Observation",
        &[
            ("code", CONCEPT),
            ("valueQuantity", QUANTITY),
            ("valueString", Text),
            ("valueCodeableConcept", CONCEPT),
            ("valueBoolean", Bool),
            ("valueInteger", Number),
            (
                "component",
                List(&Table(&[("code", CONCEPT), ("valueQuantity", QUANTITY)])),
            ),
            (
                "referenceRange",
                List(&Table(&[
                    ("text", Text),
                    ("low", QUANTITY),
                    ("high", QUANTITY),
                ])),
            ),
            ("effectiveDateTime", Text),
            ("effectivePeriod", PERIOD),
            ("issued", Text),
            ("performer", List(&REFERENCE)),
        ],
    ),
    (
        "Practitioner",
        &[
            ("name", NAMES),
            ("telecom", TELECOM),
            ("address", ADDRESSES),
        ],
    ),
    (
        "Organization",
        &[("name", Text), ("telecom", TELECOM), ("address", ADDRESSES)],
    ),
    (
        "PractitionerRole",
        &[
            ("practitioner", REFERENCE),
            ("organization", REFERENCE),
            ("specialty", CONCEPTS),
            ("code", CONCEPTS),
        ],
    ),
    (
        "RelatedPerson",
        &[
            ("name", NAMES),
            ("relationship", CONCEPTS),
            ("telecom", TELECOM),
        ],
    ),
    (
        "Patient",
        &[
            ("name", NAMES),
            ("birthDate", Text),
            ("gender", Text),
            ("communication", List(&Table(&[("language", CONCEPT)]))),
        ],
    ),
];

/// The fields of a Bundle entry besides its resource.
const ENTRY: &[(&str, Shape)] = &[
    ("fullUrl", Text),
    ("search", Table(&[("mode", Text)])),
    ("request", Table(&[("method", Text)])),
];

/// A value of the wrong type: where (`entry 3 (Patient), birthDate`) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrong {
    pub position: String,
    pub expected: &'static str,
    pub found: &'static str,
}

/// Words for a JSON value's type; never the value.
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a table",
    }
}

fn expected(s: Shape) -> &'static str {
    match s {
        Text => "text",
        Bool => "true or false",
        Number => "a number",
        Table(_) => "a table",
        List(_) => "a list",
    }
}

fn check(v: &Value, shape: Shape, at: &mut String) -> Result<(), Wrong> {
    let ok = match (shape, v) {
        (_, Value::Null) | (Text, Value::String(_)) | (Bool, Value::Bool(_)) => true,
        (Number, Value::Number(_)) => true,
        (Number, Value::String(s)) => s.trim().parse::<f64>().is_ok(),
        (Table(fields), Value::Object(_)) => {
            return fields_of(v, fields, at);
        }
        (List(inner), Value::Array(items)) => {
            let len = at.len();
            for (i, item) in items.iter().enumerate() {
                at.push_str(&format!("[{}]", i + 1));
                check(item, *inner, at)?;
                at.truncate(len);
            }
            true
        }
        _ => false,
    };
    if ok {
        Ok(())
    } else {
        Err(Wrong {
            position: at.clone(),
            expected: expected(shape),
            found: type_name(v),
        })
    }
}

fn fields_of(v: &Value, fields: &[(&str, Shape)], at: &mut String) -> Result<(), Wrong> {
    for (name, shape) in fields {
        if let Some(x) = v.get(*name) {
            let len = at.len();
            if !at.is_empty() && !at.ends_with(", ") {
                at.push('.');
            }
            at.push_str(name);
            check(x, *shape, at)?;
            at.truncate(len);
        }
    }
    Ok(())
}

/// Checks the entries of a Bundle: each a table, its resource a table, and every field
/// the importer reads of the type FHIR R4 gives it.
pub fn check_entries(entries: &[Value]) -> Result<(), Wrong> {
    for (i, e) in entries.iter().enumerate() {
        let mut at = format!("entry {}", i + 1);
        if !e.is_object() {
            return Err(Wrong {
                position: at,
                expected: "a table",
                found: type_name(e),
            });
        }
        at.push_str(", ");
        fields_of(e, ENTRY, &mut at)?;
        let Some(r) = e.get("resource").filter(|r| !r.is_null()) else {
            continue;
        };
        if !r.is_object() {
            at.push_str("resource");
            return Err(Wrong {
                position: at,
                expected: "a table",
                found: type_name(r),
            });
        }
        let rt = r.get("resourceType").and_then(Value::as_str).unwrap_or("");
        let known = RESOURCES.iter().find(|(t, _)| *t == rt);
        let mut at = format!("entry {}", i + 1);
        if let Some((t, _)) = known {
            at.push_str(&format!(" ({t})"));
        }
        at.push_str(", ");
        fields_of(r, COMMON, &mut at)?;
        if let Some((_, fields)) = known {
            fields_of(r, fields, &mut at)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn wrong(entries: Value) -> Wrong {
        check_entries(entries.as_array().unwrap()).unwrap_err()
    }

    #[test]
    fn good_entries_pass_and_wrong_types_are_placed() {
        let good = json!([
            {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Patient", "birthDate": "1950-01-01",
              "name": [{"given": ["Pat"], "family": "X"}]}},
            {"resource": {"resourceType": "Observation", "code": {"text": "HbA1c"},
              "valueQuantity": {"value": "7.1"}, "referenceRange": [{"low": {"value": 4}}]}},
            {"resource": {"resourceType": "Unknown", "anything": {"goes": [1, 2]}}},
            {"resource": null},
            {}
        ]);
        assert_eq!(check_entries(good.as_array().unwrap()), Ok(()));
        let w = wrong(json!([{"resource": "x"}]));
        assert_eq!(w.position, "entry 1, resource");
        assert_eq!((w.expected, w.found), ("a table", "text"));
        let w = wrong(json!([{}, 7]));
        assert_eq!(w.position, "entry 2");
        let w = wrong(json!([{"resource": {"resourceType": "Patient", "birthDate": 19500101}}]));
        assert_eq!(w.position, "entry 1 (Patient), birthDate");
        assert_eq!((w.expected, w.found), ("text", "a number"));
        let w = wrong(
            json!([{"resource": {"resourceType": "MedicationStatement", "dosage": {"text": "daily"}}}]),
        );
        assert_eq!(w.position, "entry 1 (MedicationStatement), dosage");
        assert_eq!((w.expected, w.found), ("a list", "a table"));
        let w = wrong(json!([{"resource": {"resourceType": "Observation",
            "referenceRange": [{}, {"low": {"value": "high"}}]}}]));
        assert_eq!(
            w.position,
            "entry 1 (Observation), referenceRange[2].low.value"
        );
        let w = wrong(json!([{"fullUrl": 5, "resource": {}}]));
        assert_eq!(w.position, "entry 1, fullUrl");
    }
}
