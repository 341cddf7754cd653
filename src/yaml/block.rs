//! A fast writer of block-style YAML: for maps, sequences, strings, numbers and booleans
//! it writes what the YAML library writes, byte for byte, and it asks the library for
//! any scalar it cannot vouch for itself. The portable export's YAML is built from one
//! small document a row, and the library's emitter took most of its time (about 170 ms
//! of 210 for 10,000 records).

use serde::Serialize;
use serde::ser::{self, Impossible};

/// What the block writer does not write itself: the caller then serializes the whole
/// document with the library instead. Carries nothing of the document.
#[derive(Debug)]
pub struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not written by the block writer")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// What was written just before the next value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Before {
    /// Nothing: the value starts the document.
    Start,
    /// A mapping key and its colon.
    Key,
    /// A sequence item's dash and space.
    Dash,
}

/// An open mapping or sequence.
struct Frame {
    /// The column of its keys or dashes.
    indent: usize,
    /// What was written before it.
    before: Before,
    /// How many entries or items it has had.
    count: usize,
}

/// Appends one YAML document to `out`, as the library writes it (see [`to_string`]).
///
/// [`to_string`]: super::to_string
pub struct Block<'o> {
    out: &'o mut Vec<u8>,
    open: Vec<Frame>,
    before: Before,
}

/// Appends `value` as a YAML document to `out`: the same text as [`super::to_string`].
/// On [`Unsupported`] (a map key or a value the writer does not vouch for, or an error
/// from `value` itself) `out` is left as it was.
pub fn write<T: Serialize + ?Sized>(value: &T, out: &mut Vec<u8>) -> Result<(), Unsupported> {
    let start = out.len();
    let mut block = Block {
        out,
        open: Vec::new(),
        before: Before::Start,
    };
    let written = value.serialize(&mut block);
    if written.is_err() || !block.open.is_empty() {
        out.truncate(start);
        return Err(Unsupported);
    }
    Ok(())
}

/// What a byte means to [`plain`].
const NUMERIC: u8 = 0;
const OTHER: u8 = 1;
const NEIGHBOURS: u8 = 2;
const NOT_PLAIN: u8 = 3;

/// Each byte's class: one a number may have (letters, digits, `.`, `+`, `_`), one that
/// depends on its neighbour (space, `#`, `:`, `-`), other printable ASCII, or one that is
/// not written plain here (controls, and non-ASCII, which is left to the library).
const CLASS: [u8; 256] = {
    let mut t = [NOT_PLAIN; 256];
    let mut c = 0x20;
    while c <= 0x7e {
        t[c] = match c as u8 {
            b'0'..=b'9' | b'a'..=b'z' | b'A'..=b'Z' | b'.' | b'+' | b'_' => NUMERIC,
            b' ' | b'#' | b':' | b'-' => NEIGHBOURS,
            _ => OTHER,
        };
        c += 1;
    }
    t
};

/// Whether the library writes `s` plain (unquoted) in block context: printable ASCII
/// that starts with a letter or digit, ends with no space, has no `": "`, no `" #"` and
/// no line break, and that YAML does not read as null, a boolean or a number. A string
/// this is unsure of is answered `false`, and the library writes it.
fn plain(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if !first.is_ascii_alphanumeric() || last == b' ' || last == b':' {
        return false;
    }
    // Whether something rules out a number: a character no number has, or a dash
    // after a digit (a date).
    let mut not_number = first.is_ascii_alphabetic();
    let mut prev = first;
    for &c in &b[1..] {
        match CLASS[usize::from(c)] {
            NUMERIC => {}
            OTHER => not_number = true,
            NEIGHBOURS => match c {
                b'#' if prev == b' ' => return false,
                b' ' if prev == b':' => return false,
                b'-' if !prev.is_ascii_digit() => {}
                _ => not_number = true,
            },
            _ => return false,
        }
        prev = c;
    }
    not_number
        && (b.len() > 5
            || !matches!(
                s,
                "null" | "Null" | "NULL" | "true" | "True" | "TRUE" | "false" | "False" | "FALSE"
            ))
}

/// Whether `s` is a decimal number (`-?[0-9]+(\.[0-9]+)?`) short enough that YAML reads
/// it as a number: the library writes such a string in single quotes, as it is.
fn quoted_number(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = b.strip_prefix(b"-").unwrap_or(b);
    let (whole, fraction) = match digits.iter().position(|&c| c == b'.') {
        Some(dot) => (&digits[..dot], Some(&digits[dot + 1..])),
        None => (digits, None),
    };
    let all_digits = |d: &[u8]| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
    s.len() <= 30 && all_digits(whole) && fraction.is_none_or(all_digits)
}

impl Block<'_> {
    fn spaces(&mut self, n: usize) {
        self.out.resize(self.out.len() + n, b' ');
    }

    /// Where the continuation lines of a value at this point are indented from.
    fn shift(&self) -> usize {
        self.open.last().map_or(0, |f| f.indent)
    }

    /// Writes a scalar's text, which the library would write plain.
    fn scalar(&mut self, text: &str) {
        self.scalar_start();
        self.out.extend_from_slice(text.as_bytes());
        self.out.push(b'\n');
    }

    /// Writes a scalar as the library writes it alone, its continuation lines (a literal
    /// block's) moved to this point's indentation.
    fn library_scalar<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        let text = super::to_string(v).map_err(|_| Unsupported)?;
        let text = text.strip_suffix('\n').ok_or(Unsupported)?;
        // YAML breaks lines at these too, and the library indents what follows them; only
        // `\n` is moved here, so text with them is left to the library whole.
        if text.starts_with("---")
            || text.ends_with("...")
            || text.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}'])
        {
            return Err(Unsupported);
        }
        let shift = self.shift();
        let mut lines = text.split('\n');
        self.scalar_start();
        self.out
            .extend_from_slice(lines.next().unwrap_or_default().as_bytes());
        for line in lines {
            self.out.push(b'\n');
            if !line.is_empty() {
                self.spaces(shift);
            }
            self.out.extend_from_slice(line.as_bytes());
        }
        self.out.push(b'\n');
        Ok(())
    }

    /// Writes a number, which the library writes plain.
    fn formatted(&mut self, text: std::fmt::Arguments<'_>) -> Result<(), Unsupported> {
        use std::io::Write;
        self.scalar_start();
        self.out.write_fmt(text).map_err(|_| Unsupported)?;
        self.out.push(b'\n');
        Ok(())
    }

    fn scalar_start(&mut self) {
        if self.before == Before::Key {
            self.out.push(b' ');
        }
    }

    fn string(&mut self, s: &str) -> Result<(), Unsupported> {
        if plain(s) {
            self.scalar(s);
            Ok(())
        } else if quoted_number(s) {
            self.scalar_start();
            self.out.push(b'\'');
            self.out.extend_from_slice(s.as_bytes());
            self.out.extend_from_slice(b"'\n");
            Ok(())
        } else {
            self.library_scalar(s)
        }
    }

    /// Opens a mapping or sequence; nothing is written until its first entry or its end.
    fn open(&mut self, seq: bool) {
        let parent = self.shift();
        let indent = match self.before {
            Before::Start => 0,
            // A sequence under a key is not indented (the library's "indentless" one).
            Before::Key if seq => parent,
            Before::Key | Before::Dash => parent + 2,
        };
        self.open.push(Frame {
            indent,
            before: self.before,
            count: 0,
        });
    }

    /// Starts an entry of the innermost collection: its line break and indentation, or
    /// nothing for the first entry right after a dash or at the start.
    fn entry(&mut self) -> Result<(), Unsupported> {
        let frame = self.open.last_mut().ok_or(Unsupported)?;
        let (indent, newline) = match (frame.count, frame.before) {
            (0, Before::Start | Before::Dash) => (0, false),
            (0, Before::Key) => (frame.indent, true),
            _ => (frame.indent, false),
        };
        frame.count += 1;
        if newline {
            self.out.push(b'\n');
        }
        self.spaces(indent);
        Ok(())
    }

    /// Closes the innermost collection; an empty one is written `{}` or `[]`.
    fn close(&mut self, empty: &str) -> Result<(), Unsupported> {
        let frame = self.open.pop().ok_or(Unsupported)?;
        if frame.count == 0 {
            self.before = frame.before;
            self.scalar(empty);
        }
        Ok(())
    }
}

/// Serializes a map key: a string the library writes plain, and short enough to be a
/// simple key.
struct Key<'a, 'o>(&'a mut Block<'o>);

macro_rules! unsupported {
    ($($name:ident($($arg:ty),*)),* $(,)?) => {
        $(fn $name(self, $(_: $arg),*) -> Result<Self::Ok, Self::Error> { Err(Unsupported) })*
    };
}

/// The serializer methods neither serializer here writes: newtypes, structs and their
/// variants (none of the export's documents has them).
macro_rules! unsupported_shapes {
    () => {
        fn serialize_newtype_struct<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: &T,
        ) -> Result<(), Unsupported> {
            Err(Unsupported)
        }
        fn serialize_newtype_variant<T: Serialize + ?Sized>(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: &T,
        ) -> Result<(), Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleStruct, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_tuple_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeTupleVariant, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_struct(
            self,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStruct, Unsupported> {
            Err(Unsupported)
        }
        fn serialize_struct_variant(
            self,
            _: &'static str,
            _: u32,
            _: &'static str,
            _: usize,
        ) -> Result<Self::SerializeStructVariant, Unsupported> {
            Err(Unsupported)
        }
    };
}

impl ser::Serializer for Key<'_, '_> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Impossible<(), Unsupported>;
    type SerializeTuple = Impossible<(), Unsupported>;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Impossible<(), Unsupported>;
    type SerializeStruct = Impossible<(), Unsupported>;
    type SerializeStructVariant = Impossible<(), Unsupported>;
    unsupported_shapes!();

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Unsupported> {
        Err(Unsupported)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(Unsupported)
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    unsupported!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_str(self, k: &str) -> Result<(), Unsupported> {
        if k.len() > 64 || !plain(k) {
            return Err(Unsupported);
        }
        let b = self.0;
        b.entry()?;
        b.out.extend_from_slice(k.as_bytes());
        b.out.push(b':');
        b.before = Before::Key;
        Ok(())
    }
}

impl<'a, 'o> ser::Serializer for &'a mut Block<'o> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Impossible<(), Unsupported>;
    type SerializeTupleVariant = Impossible<(), Unsupported>;
    type SerializeMap = Self;
    type SerializeStruct = Impossible<(), Unsupported>;
    type SerializeStructVariant = Impossible<(), Unsupported>;
    unsupported_shapes!();

    unsupported!(
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_f32(f32),
        serialize_char(char),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str),
    );

    fn serialize_bool(self, v: bool) -> Result<(), Unsupported> {
        self.scalar(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result<(), Unsupported> {
        self.formatted(format_args!("{v}"))
    }

    fn serialize_u64(self, v: u64) -> Result<(), Unsupported> {
        self.formatted(format_args!("{v}"))
    }

    /// A finite float as the library writes it, with the same formatter (ryu): Rust's
    /// own `{:?}` picks another of two shortest forms now and then (the fuzzer found
    /// 200000000038430.13 for the library's …12).
    fn serialize_f64(self, v: f64) -> Result<(), Unsupported> {
        if v.is_finite() {
            self.scalar(ryu::Buffer::new().format_finite(v));
            Ok(())
        } else {
            self.library_scalar(&v)
        }
    }

    fn serialize_str(self, v: &str) -> Result<(), Unsupported> {
        self.string(v)
    }

    fn serialize_unit(self) -> Result<(), Unsupported> {
        self.scalar("null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Unsupported> {
        v.serialize(self)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Unsupported> {
        self.open(true);
        Ok(self)
    }

    /// A tuple (an array of fixed length) is a sequence, as the library writes it.
    fn serialize_tuple(self, _: usize) -> Result<Self, Unsupported> {
        self.open(true);
        Ok(self)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self, Unsupported> {
        self.open(false);
        Ok(self)
    }
}

impl ser::SerializeSeq for &mut Block<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        self.entry()?;
        self.out.extend_from_slice(b"- ");
        self.before = Before::Dash;
        v.serialize(&mut **self)
    }

    fn end(self) -> Result<(), Unsupported> {
        self.close("[]")
    }
}

impl ser::SerializeTuple for &mut Block<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        ser::SerializeSeq::serialize_element(self, v)
    }

    fn end(self) -> Result<(), Unsupported> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for &mut Block<'_> {
    type Ok = ();
    type Error = Unsupported;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, k: &T) -> Result<(), Unsupported> {
        k.serialize(Key(self))
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Unsupported> {
        v.serialize(&mut **self)
    }

    fn end(self) -> Result<(), Unsupported> {
        self.close("{}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::{Value, json};

    fn library(v: &Value) -> String {
        super::super::to_string(v).unwrap()
    }

    fn block(v: &Value) -> Result<String, Unsupported> {
        let mut out = b"kept".to_vec();
        let written = write(v, &mut out);
        let text = String::from_utf8(out).unwrap();
        let text = text.strip_prefix("kept").unwrap().to_owned();
        written.map(|()| text)
    }

    #[test]
    fn writes_what_the_library_writes() {
        let doc = json!({
            "format": "phr-binder",
            "version": 1,
            "profile": {},
            "tags": [],
            "medications": [{
                "id": "m1",
                "text": "Metformin 500 mg tablet: 1 by mouth twice daily # with food",
                "start_date": "2026-01-02",
                "at": "2026-11-26T00:00:00Z",
                "dose": 0.5,
                "tiny": 1.5e-7,
                "huge": 2.0e20,
                "edges": [1.5e-5, 0.0001, 1e15, 2.5e16, 1e-7, -0.0],
                "neg": -3,
                "notes": "first line\n\n  indented third\n",
                "quoted": "0123",
                "word": "true",
                "empty": "",
                "parsed": {"timing": {"frequency": 2.0, "period_unit": "d"}, "steps": [
                    {"dose": 1.0, "days": [1, 2]}, [[], {}], "- x", null, false
                ]}
            }, {}, [], [[1, "two"]]]
        });
        let want = library(&doc);
        assert_eq!(block(&doc).unwrap(), want);
        assert!(want.contains("notes: |"), "{want}");
        assert!(want.contains("quoted: '0123'"), "{want}");
    }

    /// The `export_writers` fuzzer's find: serde_json reads this text as a float with two
    /// shortest decimal forms, and Rust's `{:?}` wrote the other one (…13).
    #[test]
    fn a_float_with_two_shortest_forms_is_written_as_the_library_writes_it() {
        let v: Value = serde_json::from_str("200000000038430.14336404564656").unwrap();
        assert_eq!(library(&v), "200000000038430.12\n");
        assert_eq!(block(&v).unwrap(), library(&v));
    }

    /// The `export_writers` fuzzer's second find: YAML breaks lines at U+2029 (and U+2028,
    /// U+0085, `\r`) too, so a literal block has more lines than its `\n`s.
    #[test]
    fn other_line_breaks_in_a_literal_block_are_written_as_the_library_writes_them() {
        for s in [
            "a\nb\u{2029}  c",
            "a\nb\u{2028}c",
            "a\nb\u{85}c",
            "a\nb\rc",
            "a\r\nb",
        ] {
            let doc = json!({"x": [{"y": s}]});
            if let Ok(got) = block(&doc) {
                assert_eq!(got, library(&doc), "{s:?}");
            }
            let mut out = Vec::new();
            crate::yaml::write_into(&doc, &mut out).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), library(&doc), "{s:?}");
        }
    }

    #[test]
    fn plain_is_only_said_of_strings_the_library_leaves_plain() {
        for s in [
            "tablet",
            "10 mg",
            "2026-11-26",
            "2026-11-26T09:00:00Z",
            "Dr. O'Brien (cardiology)",
            "a: b",
            "a #b",
            "a#b",
            "key:",
            "true",
            "True",
            "NULL",
            "0123",
            "1e5",
            "0x1F",
            "12",
            "-1",
            "9.9",
            "-12.50",
            "007",
            "1.2.3",
            "1a",
            "0x",
            "12abc",
            "1_000",
            "1-2",
            "é",
            " lead",
            "trail ",
            "--- x",
        ] {
            let lib = library(&Value::String(s.into()));
            let lib_plain = lib == format!("{s}\n");
            if plain(s) {
                assert!(lib_plain, "{s:?} is written {lib:?}");
            }
            let fast = block(&Value::String(s.into())).unwrap();
            assert_eq!(fast, lib, "{s:?}");
        }
        for s in [
            "tablet",
            "10 mg",
            "2026-11-26",
            "a#b",
            "Dr. O'Brien (cardiology)",
        ] {
            assert!(plain(s), "{s:?}");
        }
        for s in [
            "a: b", "a #b", "key:", "true", "0123", "1e5", "12", "é", " lead", "",
        ] {
            assert!(!plain(s), "{s:?}");
        }
    }

    #[test]
    fn keys_it_cannot_vouch_for_leave_the_output_as_it_was() {
        for doc in [json!({"a: b": 1}), json!({"!tag": 1}), json!({"true": 1})] {
            assert!(block(&doc).is_err(), "{doc}");
        }
        assert_eq!(block(&json!({"ok": 1})).unwrap(), "ok: 1\n");
        // A fixed-length array (a tuple to serde) is a sequence.
        let mut out = Vec::new();
        write(&[("a", 1.5), ("b", 2.0)], &mut out).unwrap();
        assert_eq!(
            out,
            super::super::to_string(&[("a", 1.5), ("b", 2.0)])
                .unwrap()
                .as_bytes()
        );
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![
            "-?[0-9]{1,4}(\\.[0-9]{0,3})?",
            "[a-zA-Z0-9 :#._'\"-]{0,12}",
            "[a-z0-9 \n\t\r\u{85}\u{2028}\u{2029}:#\\\\é!&*|>%@`~,\\[\\]{}?-]{0,10}",
            prop::sample::select(vec![
                "true",
                "False",
                "null",
                "~",
                "0123",
                "-0",
                "1e5",
                "1e-5",
                "6.02E-23",
                "0x1F",
                "0o7",
                "0b1",
                ".5",
                "1.",
                "+1",
                ".inf",
                "-.inf",
                ".nan",
                "inf",
                "NaN",
                "2026-11-26",
                "12:30",
                "---",
                "...",
                "- a",
                "? a",
                ": a",
                "a:",
                "#a",
                "y",
                "n",
                "yes",
                "no",
                "on",
            ])
            .prop_map(str::to_owned),
        ]
    }

    fn number() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            (-4000i32..4000).prop_map(|n| Value::from(f64::from(n) / 8.0)),
            // Around where the library's and Rust's formatting switch to exponents.
            (1u32..100_000, -9i32..20).prop_map(|(n, e)| Value::from(f64::from(n) * 10f64.powi(e))),
            (prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO)
                .prop_map(Value::from),
        ]
    }

    fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            number(),
            text().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                prop::collection::vec(("[a-z_]{1,6}|[a-z :#!]{0,4}", inner), 0..5)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Whatever the block writer writes is the library's text, byte for byte, and it
        /// writes every document whose keys are plain words and whose text breaks lines
        /// only at `\n`.
        #[test]
        fn any_document_is_written_as_the_library_writes_it(v in value()) {
            let want = library(&v);
            match block(&v) {
                Ok(got) => prop_assert_eq!(got, want),
                Err(Unsupported) => prop_assert!(!writable(&v), "refused {}", v),
            }
        }
    }

    /// Whether every key in the document is a word of lowercase letters and underscores
    /// that YAML does not read as anything else, and no text has a line break other
    /// than `\n`.
    fn writable(v: &Value) -> bool {
        match v {
            Value::Array(a) => a.iter().all(writable),
            Value::Object(m) => m.iter().all(|(k, v)| {
                plain(k) && k.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') && writable(v)
            }),
            Value::String(s) => !s.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']),
            _ => true,
        }
    }
}
