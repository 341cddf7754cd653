//! Reads a new medication list from bytes in any of the agreed formats (plain text,
//! TOML, YAML, JSON, CSV, FHIR R4 Bundle). Input is bounded in size, every error names
//! the file and a line or entry position, and no error message quotes the file's
//! content (it is health data).

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use serde_json::Value;

use super::{NewEntry, NewList};
use crate::import::shape::type_name;

/// Largest list accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 4 * 1024 * 1024;
/// Longest single medication, in characters.
pub const MAX_LINE_CHARS: usize = 2_000;
/// Most medications in one list.
pub const MAX_ENTRIES: usize = 5_000;
/// Deepest bracket nesting accepted in TOML before parsing.
const MAX_NESTING: usize = 64;

/// The format of a new list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListFormat {
    Text,
    Toml,
    Yaml,
    Json,
    Csv,
    Fhir,
}

impl ListFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            ListFormat::Text => "text",
            ListFormat::Toml => "toml",
            ListFormat::Yaml => "yaml",
            ListFormat::Json => "json",
            ListFormat::Csv => "csv",
            ListFormat::Fhir => "fhir",
        }
    }
}

impl fmt::Display for ListFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ListFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim().to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => ListFormat::Text,
            "toml" => ListFormat::Toml,
            "yaml" | "yml" => ListFormat::Yaml,
            "json" => ListFormat::Json,
            "csv" => ListFormat::Csv,
            "fhir" => ListFormat::Fhir,
            _ => {
                return Err(format!(
                    "unknown list format '{s}'; use one of text, toml, yaml, json, csv, fhir"
                ));
            }
        })
    }
}

/// Why a list could not be read. Messages name the file and a position, never the data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    #[error(
        "{name}: the file is {size} bytes, more than the {limit}-byte limit for a medication list; check that this is the right file"
    )]
    TooLarge {
        name: String,
        size: usize,
        limit: usize,
    },
    #[error(
        "{name}: looks like a binary file, not a medication list; use a text, TOML, YAML, JSON, CSV or FHIR JSON file"
    )]
    Binary { name: String },
    #[error("{name}: line {line} is not valid UTF-8 text; save the file as UTF-8 and try again")]
    NotUtf8 { name: String, line: usize },
    #[error(
        "{name}: not valid {format}: {what} ({position}); fix the file or choose another --format"
    )]
    Syntax {
        name: String,
        format: ListFormat,
        position: String,
        what: String,
    },
    #[error("{name}: {position}: {what}")]
    Structure {
        name: String,
        position: String,
        what: String,
    },
    #[error("{name}: {position} is longer than {limit} characters; one medication per entry")]
    TooLong {
        name: String,
        position: String,
        limit: usize,
    },
    #[error("{name}: more than {limit} medications; split the list")]
    TooMany { name: String, limit: usize },
}

/// One raw entry before parsing.
struct Raw {
    text: String,
    prescriber: Option<String>,
    reason: Option<String>,
    position: String,
}

/// Reads a new medication list. `format` None: chosen from the name's extension, else
/// sniffed from the content.
pub fn read_list(
    bytes: &[u8],
    name_for_messages: &str,
    format: Option<ListFormat>,
) -> Result<NewList, ListError> {
    let name = name_for_messages.to_string();
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(ListError::TooLarge {
            name,
            size: bytes.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if bytes.iter().take(8192).any(|&b| b == 0) {
        return Err(ListError::Binary { name });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            return Err(ListError::NotUtf8 { name, line });
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let format = format.unwrap_or_else(|| sniff(name_for_messages, text));
    let (source, date, raws) = match format {
        ListFormat::Text => (None, None, read_text(text)),
        ListFormat::Csv => (None, None, read_csv(text, &name)?),
        ListFormat::Json => {
            let v: Value = serde_json::from_str(text).map_err(|e| ListError::Syntax {
                name: name.clone(),
                format,
                position: format!("line {}, column {}", e.line(), e.column()),
                what: json_what(&e),
            })?;
            if is_fhir(&v) {
                read_fhir(&v, &name)?
            } else {
                read_tree(&v, &name)?
            }
        }
        ListFormat::Fhir => {
            let v: Value = serde_json::from_str(text).map_err(|e| ListError::Syntax {
                name: name.clone(),
                format,
                position: format!("line {}, column {}", e.line(), e.column()),
                what: json_what(&e),
            })?;
            read_fhir(&v, &name)?
        }
        ListFormat::Yaml => {
            let v: Value = crate::yaml::from_str(text).map_err(|e| ListError::Syntax {
                name: name.clone(),
                format,
                position: e
                    .position
                    .map(|(l, c)| format!("line {l}, column {c}"))
                    .unwrap_or_else(|| "position unknown".into()),
                what: e.what.clone(),
            })?;
            read_tree(&v, &name)?
        }
        ListFormat::Toml => {
            if let Some(line) = too_deep(text) {
                return Err(ListError::Syntax {
                    name,
                    format,
                    position: format!("line {line}"),
                    what: format!("nested more than {MAX_NESTING} levels deep"),
                });
            }
            let v: toml::Value = toml::from_str(text).map_err(|e| ListError::Syntax {
                name: name.clone(),
                format,
                position: e
                    .span()
                    .map(|s| line_col(text, s.start))
                    .unwrap_or_else(|| "position unknown".into()),
                what: "syntax error".into(),
            })?;
            let v = serde_json::to_value(&v).map_err(|_| ListError::Syntax {
                name: name.clone(),
                format,
                position: "position unknown".into(),
                what: "unsupported value".into(),
            })?;
            read_tree(&v, &name)?
        }
    };
    if raws.len() > MAX_ENTRIES {
        return Err(ListError::TooMany {
            name,
            limit: MAX_ENTRIES,
        });
    }
    let mut entries = Vec::with_capacity(raws.len());
    for (index, r) in raws.into_iter().enumerate() {
        if r.text.chars().count() > MAX_LINE_CHARS {
            return Err(ListError::TooLong {
                name,
                position: r.position,
                limit: MAX_LINE_CHARS,
            });
        }
        let mut e = NewEntry::new(index, r.text);
        e.prescriber = r.prescriber;
        e.reason = r.reason;
        entries.push(e);
    }
    Ok(NewList {
        source,
        date,
        entries,
    })
}

fn json_what(e: &serde_json::Error) -> String {
    let m = e.to_string();
    if m.contains("recursion limit") {
        "nested too deeply".into()
    } else if e.is_eof() {
        "unexpected end of file".into()
    } else {
        "syntax error".into()
    }
}

fn line_col(text: &str, byte: usize) -> String {
    let upto = text.get(..byte.min(text.len())).unwrap_or(text);
    let line = upto.matches('\n').count() + 1;
    let col = upto
        .rsplit('\n')
        .next()
        .map(|s| s.chars().count())
        .unwrap_or(0)
        + 1;
    format!("line {line}, column {col}")
}

/// The line where bracket nesting first exceeds [`MAX_NESTING`] (strings ignored roughly).
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut line = 1;
    let mut in_str: Option<char> = None;
    let mut prev = ' ';
    for c in text.chars() {
        if c == '\n' {
            line += 1;
        }
        match in_str {
            Some(q) => {
                if c == q && prev != '\\' {
                    in_str = None;
                }
            }
            None => match c {
                '"' | '\'' => in_str = Some(c),
                '[' | '{' => {
                    depth += 1;
                    if depth > MAX_NESTING {
                        return Some(line);
                    }
                }
                ']' | '}' => depth = depth.saturating_sub(1),
                '\n' => {}
                _ => {}
            },
        }
        if c == '\n' && in_str.is_some_and(|q| q == '"' || q == '\'') {
            // single-line strings end at the line end
            in_str = None;
        }
        prev = c;
    }
    None
}

fn sniff(name: &str, text: &str) -> ListFormat {
    let lower = name.to_ascii_lowercase();
    for (ext, f) in [
        (".txt", ListFormat::Text),
        (".text", ListFormat::Text),
        (".toml", ListFormat::Toml),
        (".yaml", ListFormat::Yaml),
        (".yml", ListFormat::Yaml),
        (".csv", ListFormat::Csv),
        (".json", ListFormat::Json),
        (".fhir", ListFormat::Fhir),
    ] {
        if lower.ends_with(ext) {
            return f;
        }
    }
    let trimmed = text.trim_start();
    if trimmed.starts_with('{')
        || trimmed.starts_with('[') && trimmed[1..].trim_start().starts_with(['{', '"', ']'])
    {
        return ListFormat::Json;
    }
    if trimmed.starts_with("---") {
        return ListFormat::Yaml;
    }
    let first = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let key = |sep: char| {
        first
            .split_once(sep)
            .map(|(k, _)| matches!(k.trim(), "source" | "date" | "medications"))
            .unwrap_or(false)
    };
    if first.starts_with("[[medications]]") || key('=') {
        return ListFormat::Toml;
    }
    if key(':') {
        return ListFormat::Yaml;
    }
    if first.contains(',') {
        let cols: Vec<String> = first
            .split(',')
            .map(|c| c.trim().to_ascii_lowercase())
            .collect();
        if cols.iter().any(|c| c == "name" || c == "text") && cols.iter().all(|c| is_column(c)) {
            return ListFormat::Csv;
        }
    }
    ListFormat::Text
}

fn is_column(c: &str) -> bool {
    matches!(
        c,
        "text" | "name" | "strength" | "form" | "sig" | "prn" | "reason" | "prescriber" | ""
    )
}

fn read_text(text: &str) -> Vec<Raw> {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let t = l.trim();
            if t.is_empty() || t.starts_with('#') {
                return None;
            }
            let t = strip_bullet(t);
            (!t.is_empty()).then(|| Raw {
                text: t.to_string(),
                prescriber: None,
                reason: None,
                position: format!("line {}", i + 1),
            })
        })
        .collect()
}

/// Removes a list bullet ("- ", "* ", "• ", "1. ", "2) ").
fn strip_bullet(t: &str) -> &str {
    for b in ["- ", "* ", "• ", "· "] {
        if let Some(r) = t.strip_prefix(b) {
            return r.trim_start();
        }
    }
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    if (1..=3).contains(&digits) {
        let rest = &t[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return r.trim_start();
        }
    }
    t
}

/// Builds one line of text from the structured fields.
fn compose(
    name: &str,
    strength: Option<&str>,
    form: Option<&str>,
    sig: Option<&str>,
    prn: bool,
    reason: Option<&str>,
) -> String {
    let mut parts: Vec<&str> = vec![name.trim()];
    for p in [strength, form, sig].into_iter().flatten() {
        let p = p.trim();
        if !p.is_empty() {
            parts.push(p);
        }
    }
    let mut s = parts.join(" ");
    if prn {
        let l = s.to_lowercase();
        if !(l.contains("prn") || l.contains("as needed")) {
            s.push_str(" as needed");
            if let Some(r) = reason.map(str::trim).filter(|r| !r.is_empty()) {
                s.push_str(" for ");
                s.push_str(r);
            }
        }
    }
    s
}

fn truthy(v: &str) -> bool {
    matches!(
        v.trim().to_ascii_lowercase().as_str(),
        "true" | "yes" | "y" | "1" | "prn" | "x"
    )
}

fn read_csv(text: &str, name: &str) -> Result<Vec<Raw>, ListError> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(text.as_bytes());
    let csv_err = |e: &csv::Error| ListError::Syntax {
        name: name.to_string(),
        format: ListFormat::Csv,
        position: e
            .position()
            .map(|p| format!("line {}", p.line()))
            .unwrap_or_else(|| "position unknown".into()),
        what: match e.kind() {
            csv::ErrorKind::Utf8 { .. } => "not valid UTF-8".into(),
            _ => "malformed CSV".into(),
        },
    };
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| csv_err(&e))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let col = |n: &str| headers.iter().position(|h| h == n);
    let (c_text, c_name) = (col("text"), col("name"));
    if c_text.is_none() && c_name.is_none() {
        return Err(ListError::Structure {
            name: name.into(),
            position: "line 1 (header)".into(),
            what: "the CSV header needs a 'text' or a 'name' column (optional: strength, form, sig, prn, reason, prescriber)".into(),
        });
    }
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_err(&e))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(0);
        let get = |c: Option<usize>| {
            c.and_then(|i| rec.get(i))
                .map(str::trim)
                .filter(|s| !s.is_empty())
        };
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let reason = get(col("reason")).map(String::from);
        let text = match (get(c_text), get(c_name)) {
            (Some(t), _) => t.to_string(),
            (None, Some(n)) => compose(
                n,
                get(col("strength")),
                get(col("form")),
                get(col("sig")),
                get(col("prn")).is_some_and(truthy),
                reason.as_deref(),
            ),
            (None, None) => {
                return Err(ListError::Structure {
                    name: name.into(),
                    position: format!("line {line}"),
                    what: "the row has neither 'text' nor 'name'".into(),
                });
            }
        };
        out.push(Raw {
            text,
            prescriber: get(col("prescriber")).map(String::from),
            reason,
            position: format!("line {line}"),
        });
    }
    Ok(out)
}

/// A string, or a TOML date that serde turned into a one-field table.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(m) if m.len() == 1 => m.values().next().and_then(as_text),
        _ => None,
    }
}

type Tree = (Option<String>, Option<chrono::NaiveDate>, Vec<Raw>);

/// TOML, YAML and JSON share one shape: { source?, date?, medications: [string | table] }.
fn read_tree(v: &Value, name: &str) -> Result<Tree, ListError> {
    let err = |position: String, what: String| ListError::Structure {
        name: name.into(),
        position,
        what,
    };
    let (source, date, meds) = match v {
        Value::Array(a) => (None, None, a),
        Value::Object(m) => {
            let source = match m.get("source") {
                None | Some(Value::Null) => None,
                Some(s) => Some(as_text(s).ok_or_else(|| {
                    err(
                        "'source'".into(),
                        format!("expected text, found {}", type_name(s)),
                    )
                })?),
            };
            let date = match m.get("date") {
                None | Some(Value::Null) => None,
                Some(d) => {
                    let s = as_text(d).ok_or_else(|| {
                        err(
                            "'date'".into(),
                            format!("expected a date, found {}", type_name(d)),
                        )
                    })?;
                    let day = s.get(..10).unwrap_or(&s);
                    Some(
                        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| {
                            err("'date'".into(), "expected a date as YYYY-MM-DD".into())
                        })?,
                    )
                }
            };
            let meds = match m.get("medications") {
                Some(Value::Array(a)) => a,
                Some(other) => {
                    return Err(err(
                        "'medications'".into(),
                        format!("expected a list, found {}", type_name(other)),
                    ));
                }
                None => {
                    return Err(err(
                        "top level".into(),
                        "no 'medications' list found".into(),
                    ));
                }
            };
            (source, date, meds)
        }
        other => {
            return Err(err(
                "top level".into(),
                format!(
                    "expected a table with a 'medications' list, found {}",
                    type_name(other)
                ),
            ));
        }
    };
    let mut out = Vec::with_capacity(meds.len());
    for (i, m) in meds.iter().enumerate() {
        let position = format!("medications entry {}", i + 1);
        match m {
            Value::String(s) => {
                if s.trim().is_empty() {
                    continue;
                }
                out.push(Raw {
                    text: s.trim().to_string(),
                    prescriber: None,
                    reason: None,
                    position,
                })
            }
            Value::Object(t) => {
                let field = |k: &str| -> Result<Option<String>, ListError> {
                    match t.get(k) {
                        None | Some(Value::Null) => Ok(None),
                        Some(v) => as_text(v).map(Some).ok_or_else(|| {
                            err(
                                format!("{position}, '{k}'"),
                                format!("expected text, found {}", type_name(v)),
                            )
                        }),
                    }
                };
                let prn = match t.get("prn") {
                    None | Some(Value::Null) => false,
                    Some(Value::Bool(b)) => *b,
                    Some(Value::String(s)) => truthy(s),
                    Some(v) => {
                        return Err(err(
                            format!("{position}, 'prn'"),
                            format!("expected true or false, found {}", type_name(v)),
                        ));
                    }
                };
                let reason = field("reason")?;
                let text = match (field("text")?, field("name")?) {
                    (Some(t), _) => t,
                    (None, Some(n)) => compose(
                        &n,
                        field("strength")?.as_deref(),
                        field("form")?.as_deref(),
                        field("sig")?.as_deref(),
                        prn,
                        reason.as_deref(),
                    ),
                    (None, None) => {
                        return Err(err(position, "needs 'text' or 'name'".into()));
                    }
                };
                out.push(Raw {
                    text,
                    prescriber: field("prescriber")?,
                    reason,
                    position,
                });
            }
            other => {
                return Err(err(
                    position,
                    format!("expected text or a table, found {}", type_name(other)),
                ));
            }
        }
    }
    Ok((source, date, out))
}

fn is_fhir(v: &Value) -> bool {
    v.get("resourceType").and_then(Value::as_str).is_some()
}

fn s<'a>(v: &'a Value, k: &str) -> Option<&'a str> {
    v.get(k)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

fn arr<'a>(v: &'a Value, k: &str) -> &'a [Value] {
    v.get(k)
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or(&[])
}

/// Text of a CodeableConcept: its text, else the first coding's display.
fn concept_text(c: &Value) -> Option<String> {
    s(c, "text").map(String::from).or_else(|| {
        arr(c, "coding")
            .iter()
            .find_map(|x| s(x, "display"))
            .map(String::from)
    })
}

/// One dosage as words ("1 tablet by mouth twice a day as needed").
fn dosage_text(d: &Value) -> Option<String> {
    if let Some(t) = s(d, "text") {
        return Some(t.to_string());
    }
    let mut parts: Vec<String> = Vec::new();
    if let Some(q) = arr(d, "doseAndRate")
        .first()
        .and_then(|x| x.get("doseQuantity"))
        && let Some(v) = q.get("value").and_then(Value::as_f64)
    {
        let unit = s(q, "unit").or_else(|| s(q, "code")).unwrap_or("");
        parts.push(
            format!("{} {unit}", super::facts::fmt_num(v))
                .trim()
                .to_string(),
        );
    }
    if let Some(r) = d.get("route").and_then(concept_text) {
        parts.push(r);
    }
    if let Some(t) = d.get("timing") {
        if let Some(code) = t.get("code").and_then(concept_text) {
            parts.push(code);
        } else if let Some(rep) = t.get("repeat") {
            let f = rep.get("frequency").and_then(Value::as_f64).unwrap_or(1.0);
            let p = rep.get("period").and_then(Value::as_f64);
            let unit = s(rep, "periodUnit");
            if let (Some(p), Some(u)) = (p, unit) {
                let word = match u {
                    "h" => "hours",
                    "d" => "days",
                    "wk" => "weeks",
                    "mo" => "months",
                    "min" => "minutes",
                    _ => "days",
                };
                let fm = super::facts::fmt_num(f);
                let pm = super::facts::fmt_num(p);
                let txt = match (fm.as_str(), pm.as_str(), u) {
                    ("1", "1", "d") => "once daily".to_string(),
                    ("2", "1", "d") => "twice daily".to_string(),
                    ("1", "1", "wk") => "once weekly".to_string(),
                    ("1", "1", "mo") => "once monthly".to_string(),
                    ("1", _, _) => format!("every {pm} {word}"),
                    (_, "1", "d") => format!("{fm} times daily"),
                    _ => format!("{fm} times every {pm} {word}"),
                };
                parts.push(txt);
            }
            if let Some(w) = arr(rep, "when").first().and_then(Value::as_str) {
                let w = match w {
                    "HS" => "at bedtime",
                    "MORN" => "in the morning",
                    "EVE" => "in the evening",
                    _ => "",
                };
                if !w.is_empty() {
                    parts.push(w.to_string());
                }
            }
        }
    }
    match d.get("asNeededBoolean") {
        Some(Value::Bool(true)) => parts.push("as needed".into()),
        _ => {
            if let Some(c) = d.get("asNeededCodeableConcept").and_then(concept_text) {
                parts.push(format!("as needed for {c}"));
            }
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn read_fhir(v: &Value, name: &str) -> Result<Tree, ListError> {
    let err = |position: String, what: String| ListError::Structure {
        name: name.into(),
        position,
        what,
    };
    if s(v, "resourceType") != Some("Bundle") {
        return Err(err(
            "top level".into(),
            "expected a FHIR R4 Bundle (resourceType \"Bundle\")".into(),
        ));
    }
    let entries = match v.get("entry") {
        None => &[][..],
        Some(Value::Array(a)) => a.as_slice(),
        Some(other) => {
            return Err(err(
                "'entry'".into(),
                format!("expected a list, found {}", type_name(other)),
            ));
        }
    };
    // Medication resources by full URL and by "Medication/id", and by the last one and
    // two segments of those (for references relative to a server); the first one wins.
    let mut named: Vec<(String, &Value)> = Vec::new();
    for e in entries {
        let Some(r) = e.get("resource") else { continue };
        if s(r, "resourceType") == Some("Medication") {
            if let Some(u) = s(e, "fullUrl") {
                named.push((u.to_string(), r));
            }
            if let Some(id) = s(r, "id") {
                named.push((format!("Medication/{id}"), r));
            }
        }
    }
    let mut meds: HashMap<&str, &Value> = HashMap::new();
    let mut by_tail: HashMap<&str, &Value> = HashMap::new();
    for (k, r) in &named {
        meds.entry(k.as_str()).or_insert(r);
        let mut slashes = k.rmatch_indices('/').map(|(i, _)| i);
        for cut in [slashes.next(), slashes.next()].into_iter().flatten() {
            by_tail.entry(&k[cut + 1..]).or_insert(r);
        }
    }
    let mut out = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        let position = format!("entry {}", i + 1);
        let Some(r) = e.get("resource").filter(|r| r.is_object()) else {
            continue;
        };
        let rt = s(r, "resourceType").unwrap_or("");
        if rt != "MedicationRequest" && rt != "MedicationStatement" {
            continue;
        }
        if matches!(
            s(r, "status"),
            Some(
                "stopped"
                    | "cancelled"
                    | "entered-in-error"
                    | "completed"
                    | "not-taken"
                    | "revoked"
            )
        ) {
            continue;
        }
        let med_name = if let Some(c) = r.get("medicationCodeableConcept") {
            concept_text(c)
        } else if let Some(reference) = r.get("medicationReference") {
            let target = s(reference, "reference").unwrap_or("");
            let found = if let Some(id) = target.strip_prefix('#') {
                arr(r, "contained")
                    .iter()
                    .find(|c| s(c, "id") == Some(id) && s(c, "resourceType") == Some("Medication"))
            } else {
                meds.get(target).copied().or_else(|| {
                    (!target.is_empty() && target.matches('/').count() <= 1)
                        .then(|| by_tail.get(target).copied())
                        .flatten()
                })
            };
            found
                .and_then(|m| m.get("code"))
                .and_then(concept_text)
                .or_else(|| s(reference, "display").map(String::from))
        } else {
            None
        };
        let Some(med_name) = med_name else {
            return Err(err(
                format!("{position} ({rt})"),
                "no medication name found (medicationCodeableConcept text or coding display, or a resolvable medicationReference)".into(),
            ));
        };
        let dosages = if rt == "MedicationRequest" {
            arr(r, "dosageInstruction")
        } else {
            arr(r, "dosage")
        };
        let sig: Vec<String> = dosages.iter().filter_map(dosage_text).collect();
        let reason = arr(r, "reasonCode").first().and_then(concept_text);
        let prescriber = r
            .get("requester")
            .or_else(|| r.get("informationSource"))
            .and_then(|x| s(x, "display"))
            .map(String::from);
        let text = if sig.is_empty() {
            med_name
        } else {
            format!("{med_name} {}", sig.join("; "))
        };
        out.push(Raw {
            text,
            prescriber,
            reason,
            position,
        });
    }
    if out.is_empty()
        && !entries.iter().any(|e| {
            e.get("resource")
                .and_then(|r| s(r, "resourceType"))
                .is_some_and(|t| t == "MedicationRequest" || t == "MedicationStatement")
        })
    {
        return Err(err(
            "top level".into(),
            "the Bundle holds no MedicationRequest or MedicationStatement".into(),
        ));
    }
    let date = s(v, "timestamp")
        .and_then(|t| t.get(..10))
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    Ok((None, date, out))
}
