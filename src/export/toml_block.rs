//! A fast writer of the portable export's TOML rows: for the shapes a row has (plain
//! strings, numbers, booleans, tables, arrays of them) it writes what the `toml` crate
//! writes, byte for byte, and it leaves any other row to the crate. The crate took most
//! of the TOML export's time, building a document for every row.

use crate::json::Tree;

/// What this writer leaves to the `toml` crate. Carries nothing of the row.
#[derive(Debug, PartialEq, Eq)]
pub struct Unsupported;

/// One value of a row.
#[derive(Debug, Clone, Copy)]
pub enum Item<'a> {
    Str(&'a str),
    Int(i64),
    Float(f64),
    Bool(bool),
    /// A JSON column's value.
    Json(&'a Tree<'a>),
}

/// Appends the row as an element of the array of tables `key` (`[[key]]`) to `out`,
/// as `toml::to_string_pretty(&{key: [row]})` writes it. On [`Unsupported`], `out` is
/// left as it was.
pub fn row(out: &mut String, key: &str, items: &[(&str, Item<'_>)]) -> Result<(), Unsupported> {
    let start = out.len();
    let written = bare(key).and_then(|()| {
        out.push_str("[[");
        out.push_str(key);
        out.push_str("]]\n");
        table(out, key, items)
    });
    if written.is_err() {
        out.truncate(start);
    }
    written
}

/// Whether a key is written bare: letters, digits, `_` and `-`.
fn bare(key: &str) -> Result<(), Unsupported> {
    let ok = !key.is_empty()
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok { Ok(()) } else { Err(Unsupported) }
}

/// A table's entries after its header: its plain values (arrays of them included) in
/// order, then each table and array of tables in order, under its own header.
fn table(out: &mut String, path: &str, items: &[(&str, Item<'_>)]) -> Result<(), Unsupported> {
    for &(k, v) in items {
        if let Item::Json(j) = v
            && under_header(j)
        {
            continue;
        }
        bare(k)?;
        out.push_str(k);
        out.push_str(" = ");
        inline(out, v)?;
        out.push('\n');
    }
    for &(k, v) in items {
        let Item::Json(v) = v else { continue };
        if !under_header(v) {
            continue;
        }
        bare(k)?;
        let sub = format!("{path}.{k}");
        match v {
            Tree::Object(m) => {
                // A table of only tables has no header of its own (theirs imply it).
                if m.is_empty() || !m.iter().all(|(_, v)| under_header(v)) {
                    out.push_str("\n[");
                    out.push_str(&sub);
                    out.push_str("]\n");
                }
                table(out, &sub, &entries(m))?;
            }
            Tree::Array(a) => {
                for t in a {
                    let Tree::Object(m) = t else {
                        return Err(Unsupported);
                    };
                    out.push_str("\n[[");
                    out.push_str(&sub);
                    out.push_str("]]\n");
                    table(out, &sub, &entries(m))?;
                }
            }
            _ => return Err(Unsupported),
        }
    }
    Ok(())
}

/// Whether a value is written under a header of its own: a table, or a non-empty array
/// of tables.
fn under_header(v: &Tree<'_>) -> bool {
    match v {
        Tree::Object(_) => true,
        Tree::Array(a) => !a.is_empty() && a.iter().all(|e| matches!(e, Tree::Object(_))),
        _ => false,
    }
}

/// An object's entries as a table's items.
fn entries<'a>(m: &'a [(std::borrow::Cow<'a, str>, Tree<'a>)]) -> Vec<(&'a str, Item<'a>)> {
    m.iter().map(|(k, v)| (k.as_ref(), Item::Json(v))).collect()
}

/// Writes a value after `key = `: a scalar, or an array of scalars (one element on the
/// line, more on a line each).
fn inline(out: &mut String, v: Item<'_>) -> Result<(), Unsupported> {
    let Item::Json(v) = v else {
        return scalar(out, v);
    };
    match v {
        Tree::Array(a) if a.len() < 2 => {
            out.push('[');
            if let Some(e) = a.first() {
                scalar(out, json_scalar(e)?)?;
            }
            out.push(']');
        }
        Tree::Array(a) => {
            out.push_str("[\n");
            for e in a {
                out.push_str("    ");
                scalar(out, json_scalar(e)?)?;
                out.push_str(",\n");
            }
            out.push(']');
        }
        other => scalar(out, json_scalar(other)?)?,
    }
    Ok(())
}

fn json_scalar<'a>(v: &'a Tree<'a>) -> Result<Item<'a>, Unsupported> {
    Ok(match v {
        Tree::Str(s) => Item::Str(s),
        Tree::Bool(b) => Item::Bool(*b),
        Tree::Int(i) => Item::Int(*i),
        Tree::Float(f) => Item::Float(*f),
        Tree::Big(_) | Tree::Null | Tree::Array(_) | Tree::Object(_) => return Err(Unsupported),
    })
}

/// Writes a scalar as the crate writes it: a string without quotes, backslashes,
/// controls or non-ASCII in double quotes as it is; a finite float as Rust writes it
/// (never with an exponent), with `.0` on a whole number. Anything else is left to the
/// crate.
fn scalar(out: &mut String, v: Item<'_>) -> Result<(), Unsupported> {
    use std::fmt::Write;
    match v {
        Item::Str(s) => {
            let needs_more = |b: u8| !(0x20..0x7f).contains(&b) | (b == b'"') | (b == b'\\');
            if !crate::json::none_of(s.as_bytes(), needs_more) {
                return Err(Unsupported);
            }
            out.push('"');
            out.push_str(s);
            out.push('"');
        }
        Item::Int(i) => write!(out, "{i}").map_err(|_| Unsupported)?,
        Item::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Item::Float(f) => {
            if !f.is_finite() {
                return Err(Unsupported);
            }
            let start = out.len();
            write!(out, "{f}").map_err(|_| Unsupported)?;
            if !out[start..].contains('.') {
                out.push_str(".0");
            }
        }
        Item::Json(_) => return Err(Unsupported),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Map, Value, json};

    /// What the crate writes for the row.
    fn crate_text(key: &str, items: &[(&str, Item<'_>)]) -> Option<String> {
        let mut m = Map::new();
        for (k, v) in items {
            let v = match v {
                Item::Str(s) => json!(s),
                Item::Int(i) => json!(i),
                Item::Float(f) => json!(f),
                Item::Bool(b) => json!(b),
                Item::Json(v) => serde_json::to_value(v).expect("a tree is JSON"),
            };
            m.insert((*k).to_owned(), v);
        }
        let mut doc = Map::new();
        doc.insert(key.to_owned(), Value::Array(vec![Value::Object(m)]));
        toml::to_string_pretty(&doc).ok()
    }

    fn fast(key: &str, items: &[(&str, Item<'_>)]) -> Result<String, Unsupported> {
        let mut out = String::from("kept");
        let written = row(&mut out, key, items);
        if written.is_err() {
            assert_eq!(out, "kept");
        }
        written.map(|()| out["kept".len()..].to_owned())
    }

    #[test]
    fn writes_a_medication_as_the_crate_does() {
        let parsed = json!({
            "name": "prednisone",
            "ingredients": ["prednisone"],
            "recognized": true,
            "strength": 20.0,
            "timing": {"frequency": 1.0, "period_unit": "d"},
            "steps": [{"dose": 20.0, "duration": {"value": 5.0}}, {"dose": 10.0}],
            "empty": {},
            "none": [],
            "tiny": 0.00015,
            "prn": false
        });
        let tree = Tree::from(&parsed);
        let items = [
            ("id", Item::Str("m1")),
            ("text", Item::Str("Prednisone 20 mg: taper (see notes)")),
            ("count", Item::Int(-3)),
            ("dose", Item::Float(2.0)),
            ("huge", Item::Float(-1.5e300)),
            ("small", Item::Float(1e-7)),
            ("flag", Item::Bool(true)),
            ("parsed", Item::Json(&tree)),
            ("created_at", Item::Str("2026-01-01T00:00:00Z")),
        ];
        for (k, v) in parsed.as_object().unwrap() {
            assert!(
                fast("m", &[(k.as_str(), Item::Json(&Tree::from(v)))]).is_ok(),
                "{k}"
            );
        }
        let got = fast("medications", &items).unwrap();
        assert_eq!(got, crate_text("medications", &items).unwrap());
        assert!(got.contains("[[medications.parsed.steps]]"), "{got}");
    }

    #[test]
    fn leaves_what_it_does_not_write_to_the_crate() {
        let mixed = json!([1, {"a": 1}]);
        let nested = json!([[1], [2]]);
        let null = json!({"a": null});
        let big = json!(u64::MAX);
        let (mixed, nested, null, big) = (
            Tree::from(&mixed),
            Tree::from(&nested),
            Tree::from(&null),
            Tree::from(&big),
        );
        for items in [
            vec![("s", Item::Str("say \"hi\""))],
            vec![("s", Item::Str("two\nlines"))],
            vec![("s", Item::Str("caf\u{e9}"))],
            vec![("k y", Item::Int(1))],
            vec![("f", Item::Float(f64::INFINITY))],
            vec![("a", Item::Json(&mixed))],
            vec![("a", Item::Json(&nested))],
            vec![("a", Item::Json(&null))],
            vec![("a", Item::Json(&big))],
        ] {
            assert_eq!(fast("rows", &items), Err(Unsupported), "{items:?}");
        }
    }

    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            (1u32..100_000, -9i32..20).prop_map(|(n, e)| Value::from(f64::from(n) * 10f64.powi(e))),
            (prop::num::f64::NORMAL | prop::num::f64::ZERO).prop_map(Value::from),
            "[a-zA-Z0-9 '\"\\\\:.#=\n\t\u{e9}-]{0,8}".prop_map(Value::String),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        scalar().prop_recursive(4, 40, 4, |inner| {
            prop_oneof![
                prop::collection::vec(scalar(), 0..3).prop_map(Value::Array),
                prop::collection::vec(
                    prop::collection::vec(("[a-z_]{1,5}", inner.clone()), 0..3)
                        .prop_map(|kv| Value::Object(kv.into_iter().collect())),
                    1..3
                )
                .prop_map(Value::Array),
                prop::collection::vec(("[a-z_]{1,5}|[a-z ]{0,3}", inner), 0..4)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// A row the writer writes is the crate's text, byte for byte; one it leaves, it
        /// leaves untouched.
        #[test]
        fn any_row_is_written_as_the_crate_writes_it(
            fields in prop::collection::vec(("[a-z_]{1,6}", value()), 0..6)
        ) {
            let mut seen = std::collections::HashSet::new();
            let fields: Vec<_> = fields.into_iter().filter(|(k, _)| seen.insert(k.clone())).collect();
            let trees: Vec<Tree<'_>> = fields.iter().map(|(_, v)| Tree::from(v)).collect();
            let items: Vec<(&str, Item<'_>)> = fields
                .iter()
                .zip(&trees)
                .map(|((k, _), t)| (k.as_str(), Item::Json(t)))
                .collect();
            if let Ok(got) = fast("rows", &items) {
                prop_assert_eq!(Some(got), crate_text("rows", &items));
            }
        }
    }
}
