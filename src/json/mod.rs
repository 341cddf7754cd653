//! Pretty JSON text as serde_json writes it, byte for byte, in fewer instructions.
//!
//! The `--json` output and the portable JSON export went through serde_json's pretty
//! serializer, which passes every `"`, `:`, `,` and indent through `io::Write` (and, for
//! the export's indentation from a depth, a formatter of phr's own behind `dyn Write`).
//! This serializer writes into a `Vec<u8>` and skips sixteen plain bytes of a string at
//! a time. Numbers are still written by serde_json's own formatter, so they come out as
//! they always have; the tests compare the two serializers on generated values. (The
//! FHIR bundle's compact entries stay on serde_json: there this measured no better.)
//!
//! [`reindent`] and [`tree`] (in `text`) read the JSON text of a stored parse in one
//! pass, for the portable export: as the pretty text this serializer would write of it,
//! or as the tree a `serde_json::Value` of it holds.

use std::fmt::Write as _;
use std::io::Write;

use serde::Serialize;
use serde::ser::{self, Impossible};
use serde_json::ser::{CompactFormatter, Formatter};

mod text;

pub use text::{Tree, reindent, tree};

/// The struct name under which serde_json's `RawValue` serializes itself: its one field
/// is JSON text, written as it is. (serde_json's token; `raw_values_are_written_as_they_are`
/// checks that it still holds.)
const RAW_TOKEN: &str = "$serde_json::private::RawValue";

/// How much is gathered before it is passed to the sink, between two array elements.
const FLUSH_AT: usize = 1 << 15;

/// What can go wrong: the sink refused a write, or a value could not be serialized.
#[derive(Debug)]
pub enum Error {
    Io(std::io::Error),
    Message(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Io(e) => e.fmt(f),
            Error::Message(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io(e) => Some(e),
            Error::Message(_) => None,
        }
    }
}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error::Message(msg.to_string())
    }
}

/// As serde_json's conversion: the sink's own error, or `InvalidData` for a value that
/// could not be serialized.
impl From<Error> for std::io::Error {
    fn from(e: Error) -> Self {
        match e {
            Error::Io(e) => e,
            Error::Message(m) => std::io::Error::new(std::io::ErrorKind::InvalidData, m),
        }
    }
}

/// Appends `value` to `out` as pretty JSON (`serde_json::to_writer_pretty`), as it is
/// written `depth` levels down in a larger document: the lines inside it are indented
/// by `depth + 1` steps of two spaces, and its closing bracket by `depth`.
pub fn to_vec_pretty_at<T: Serialize + ?Sized>(
    out: &mut Vec<u8>,
    depth: usize,
    value: &T,
) -> Result<(), Error> {
    value.serialize(&mut Ser::new(out, depth, None))
}

/// Writes `value` to `w` as pretty JSON `depth` levels down (see [`to_vec_pretty_at`]),
/// passing it on in pieces of about 32 KiB: a long array is never held whole.
pub fn write_pretty_at<T: Serialize + ?Sized>(
    w: &mut dyn Write,
    depth: usize,
    value: &T,
) -> Result<(), Error> {
    let mut out = Vec::with_capacity(FLUSH_AT + FLUSH_AT / 4);
    value.serialize(&mut Ser::new(&mut out, depth, Some(&mut *w)))?;
    w.write_all(&out).map_err(Error::Io)
}

/// Appends `s` as a JSON string, escaped as serde_json escapes it: `"`, `\` and the
/// control characters below U+0020, with the short forms `\b \t \n \f \r` and
/// `\u00xx` (lowercase) for the others. Everything else, DEL and non-ASCII included,
/// is written as it is.
fn escape_into(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if plain(bytes) {
        out.extend_from_slice(bytes);
    } else {
        let mut start = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if needs_escape(b) {
                out.extend_from_slice(&bytes[start..i]);
                push_escape(out, b);
                start = i + 1;
            }
        }
        out.extend_from_slice(&bytes[start..]);
    }
    out.push(b'"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether no byte needs escaping (see [`none_of`]).
fn plain(bytes: &[u8]) -> bool {
    none_of(bytes, |b| (b < 0x20) | (b == b'"') | (b == b'\\'))
}

/// Whether `hit` is false for every byte, and for a space. It looks at sixteen bytes at
/// a time, the last few padded with spaces, with no branch inside (so that it is
/// compiled to vector compares, given a `hit` without branches): most strings a writer
/// is given have nothing to escape.
pub(crate) fn none_of(bytes: &[u8], hit: impl Fn(u8) -> bool + Copy) -> bool {
    let sixteen = |c: &[u8; 16]| c.iter().fold(false, |hits, &b| hits | hit(b));
    let (chunks, rest) = bytes.as_chunks::<16>();
    let mut last = [b' '; 16];
    last[..rest.len()].copy_from_slice(rest);
    !chunks
        .iter()
        .fold(sixteen(&last), |hits, c| hits | sixteen(c))
}

fn push_escape(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0c => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

/// The serializer: pretty JSON, from a depth.
struct Ser<'a> {
    out: &'a mut Vec<u8>,
    /// Where `out` is emptied into, between array elements, once it holds [`FLUSH_AT`].
    sink: Option<&'a mut dyn Write>,
    /// How deep the current line is.
    depth: usize,
    /// The next string is a `RawValue`'s text, written as it is.
    raw: bool,
    /// `collect_str`'s buffer, kept between calls.
    scratch: String,
}

impl<'a> Ser<'a> {
    fn new(out: &'a mut Vec<u8>, depth: usize, sink: Option<&'a mut dyn Write>) -> Self {
        Ser {
            out,
            sink,
            depth,
            raw: false,
            scratch: String::new(),
        }
    }

    fn open(&mut self, bracket: u8) {
        self.depth += 1;
        self.out.push(bracket);
    }

    fn close(&mut self, bracket: u8, had_values: bool) {
        self.depth = self.depth.saturating_sub(1);
        if had_values {
            self.newline();
        }
        self.out.push(bracket);
    }

    /// A new line, indented to the current depth.
    fn newline(&mut self) {
        self.out.push(b'\n');
        for _ in 0..self.depth {
            self.out.extend_from_slice(b"  ");
        }
    }

    /// What comes before an element or a key: a comma unless it is the first, then a
    /// new line.
    fn before_item(&mut self, first: bool) {
        if !first {
            self.out.push(b',');
        }
        self.newline();
    }

    fn before_value(&mut self) {
        self.out.extend_from_slice(b": ");
    }

    fn flush_if_full(&mut self) -> Result<(), Error> {
        if self.out.len() >= FLUSH_AT
            && let Some(sink) = &mut self.sink
        {
            sink.write_all(self.out).map_err(Error::Io)?;
            self.out.clear();
        }
        Ok(())
    }

    fn number(
        &mut self,
        write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>,
    ) -> Result<(), Error> {
        write(self.out).map_err(Error::Io)
    }

    /// `{"variant": ` before a variant's content.
    fn open_variant(&mut self, variant: &str) {
        self.open(b'{');
        self.before_item(true);
        escape_into(self.out, variant);
        self.before_value();
    }
}

/// Where a compound value is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// Closed already: it was declared empty.
    Empty,
    First,
    Rest,
    /// A `RawValue`: its field is written as it is.
    Raw,
}

struct Compound<'s, 'a> {
    ser: &'s mut Ser<'a>,
    state: State,
    /// The value of an enum variant, inside `{"variant": …}`, closed with it.
    variant: bool,
}

impl Compound<'_, '_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.ser.before_item(self.state == State::First);
        self.state = State::Rest;
        value.serialize(&mut *self.ser)
    }

    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.ser.before_item(self.state == State::First);
        self.state = State::Rest;
        key.serialize(KeySer(&mut *self.ser))?;
        self.ser.before_value();
        Ok(())
    }

    fn finish(self, bracket: u8) -> Result<(), Error> {
        if self.state != State::Empty {
            self.ser.close(bracket, self.state == State::Rest);
        }
        if self.variant {
            self.ser.close(b'}', true);
        }
        Ok(())
    }
}

impl<'s, 'a> ser::Serializer for &'s mut Ser<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'s, 'a>;
    type SerializeTuple = Compound<'s, 'a>;
    type SerializeTupleStruct = Compound<'s, 'a>;
    type SerializeTupleVariant = Compound<'s, 'a>;
    type SerializeMap = Compound<'s, 'a>;
    type SerializeStruct = Compound<'s, 'a>;
    type SerializeStructVariant = Compound<'s, 'a>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.out
            .extend_from_slice(if v { b"true" } else { b"false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_i8(o, v))
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_i16(o, v))
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_i32(o, v))
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_i64(o, v))
    }

    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_i128(o, v))
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_u8(o, v))
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_u16(o, v))
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_u32(o, v))
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_u64(o, v))
    }

    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.number(|o| CompactFormatter.write_u128(o, v))
    }

    /// A number that is not finite is `null`, as in serde_json.
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if v.is_finite() {
            self.number(|o| CompactFormatter.write_f32(o, v))
        } else {
            self.serialize_unit()
        }
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if v.is_finite() {
            self.number(|o| CompactFormatter.write_f64(o, v))
        } else {
            self.serialize_unit()
        }
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        if std::mem::take(&mut self.raw) {
            self.out.extend_from_slice(v.as_bytes());
        } else {
            escape_into(self.out, v);
        }
        Ok(())
    }

    /// Bytes are an array of numbers, as in serde_json.
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<(), Error> {
        self.out.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.close(b'}', true);
        Ok(())
    }

    fn serialize_seq(self, len: Option<usize>) -> Result<Compound<'s, 'a>, Error> {
        self.open(b'[');
        let state = if len == Some(0) {
            self.close(b']', false);
            State::Empty
        } else {
            State::First
        };
        Ok(Compound {
            ser: self,
            state,
            variant: false,
        })
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Error> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Error> {
        self.open_variant(variant);
        let mut c = self.serialize_seq(Some(len))?;
        c.variant = true;
        Ok(c)
    }

    fn serialize_map(self, len: Option<usize>) -> Result<Compound<'s, 'a>, Error> {
        self.open(b'{');
        let state = if len == Some(0) {
            self.close(b'}', false);
            State::Empty
        } else {
            State::First
        };
        Ok(Compound {
            ser: self,
            state,
            variant: false,
        })
    }

    fn serialize_struct(self, name: &'static str, len: usize) -> Result<Compound<'s, 'a>, Error> {
        if name == RAW_TOKEN {
            return Ok(Compound {
                ser: self,
                state: State::Raw,
                variant: false,
            });
        }
        self.serialize_map(Some(len))
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Compound<'s, 'a>, Error> {
        self.open_variant(variant);
        let mut c = self.serialize_map(Some(len))?;
        c.variant = true;
        Ok(c)
    }

    /// Formats into a buffer kept between calls, rather than a new `String` each time.
    fn collect_str<T: std::fmt::Display + ?Sized>(self, value: &T) -> Result<(), Error> {
        let mut s = std::mem::take(&mut self.scratch);
        s.clear();
        let written = write!(s, "{value}");
        if written.is_ok() {
            escape_into(self.out, &s);
        }
        self.scratch = s;
        written.map_err(|_| ser::Error::custom("a value could not be formatted"))
    }
}

impl ser::SerializeSeq for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)?;
        self.ser.flush_if_full()
    }

    fn end(self) -> Result<(), Error> {
        Compound::finish(self, b']')
    }
}

/// Tuples, tuple structs and tuple variants are arrays.
macro_rules! array_like {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
                self.element(value)
            }

            fn end(self) -> Result<(), Error> {
                Compound::finish(self, b']')
            }
        }
    )*};
}

array_like!(
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        self.key(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Error> {
        Compound::finish(self, b'}')
    }
}

impl ser::SerializeStruct for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        if self.state == State::Raw {
            self.ser.raw = true;
            let written = value.serialize(&mut *self.ser);
            self.ser.raw = false;
            return written;
        }
        self.key(key)?;
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Error> {
        if self.state == State::Raw {
            return Ok(());
        }
        Compound::finish(self, b'}')
    }
}

impl ser::SerializeStructVariant for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.key(key)?;
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result<(), Error> {
        Compound::finish(self, b'}')
    }
}

/// A map key: text, or what serde_json writes as text (a character, a number, a bool,
/// a unit variant); anything else is refused, as serde_json refuses it.
struct KeySer<'s, 'a>(&'s mut Ser<'a>);

fn key_error() -> Error {
    ser::Error::custom("key must be a string")
}

impl KeySer<'_, '_> {
    /// A number or a bool written between quotes.
    fn quoted(self, write: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> Result<(), Error> {
        self.0.out.push(b'"');
        write(self.0.out).map_err(Error::Io)?;
        self.0.out.push(b'"');
        Ok(())
    }
}

impl ser::Serializer for KeySer<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Impossible<(), Error>;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Impossible<(), Error>;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        escape_into(self.0.out, v);
        Ok(())
    }

    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_bool(o, v))
    }

    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_i8(o, v))
    }

    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_i16(o, v))
    }

    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_i32(o, v))
    }

    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_i64(o, v))
    }

    fn serialize_i128(self, v: i128) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_i128(o, v))
    }

    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_u8(o, v))
    }

    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_u16(o, v))
    }

    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_u32(o, v))
    }

    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_u64(o, v))
    }

    fn serialize_u128(self, v: u128) -> Result<(), Error> {
        self.quoted(|o| CompactFormatter.write_u128(o, v))
    }

    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite"));
        }
        self.quoted(|o| CompactFormatter.write_f32(o, v))
    }

    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        if !v.is_finite() {
            return Err(ser::Error::custom("float key must be finite"));
        }
        self.quoted(|o| CompactFormatter.write_f64(o, v))
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        value.serialize(self)
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        Err(key_error())
    }

    fn serialize_none(self) -> Result<(), Error> {
        Err(key_error())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _: &T) -> Result<(), Error> {
        Err(key_error())
    }

    fn serialize_unit(self) -> Result<(), Error> {
        Err(key_error())
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        Err(key_error())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        Err(key_error())
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(key_error())
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(key_error())
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        Err(key_error())
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(key_error())
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(key_error())
    }

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(key_error())
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(key_error())
    }
}

/// JSON text written as it is (serialized as serde_json's `RawValue` serializes itself,
/// which this serializer and serde_json's both write unchanged).
pub struct Raw<'a>(pub &'a str);

impl Serialize for Raw<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::SerializeStruct;
        let mut st = s.serialize_struct(RAW_TOKEN, 1)?;
        st.serialize_field(RAW_TOKEN, self.0)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::Value;
    use std::collections::BTreeMap;

    fn pretty<T: Serialize + ?Sized>(v: &T) -> String {
        let mut out = Vec::new();
        to_vec_pretty_at(&mut out, 0, v).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Compared with serde_json's.
    fn same<T: Serialize + ?Sized>(v: &T) {
        assert_eq!(pretty(v), serde_json::to_string_pretty(v).unwrap());
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut every_byte: String = (0u8..0x80).map(char::from).collect();
        every_byte.push_str("é→😀\u{7f}\u{2028}");
        for s in [
            "",
            "plain",
            "\"",
            "\\",
            "a\"b\\c\nd\re\tf\u{8}g\u{c}h\u{0}i\u{1f}",
            "sixteen plain by",
            "sixteen plain bytes then a quote\"",
            "0123456789abcdef0123456789abcdef\u{1}",
            &every_byte,
            &"long line without anything to escape ".repeat(40),
        ] {
            same(s);
        }
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        #[derive(Serialize)]
        enum E {
            Unit,
            New(i32),
            Tuple(u8, String),
            Struct { a: Option<f64>, b: Vec<()> },
            Empty {},
        }
        #[derive(Serialize)]
        struct Newtype(&'static str);
        #[derive(Serialize)]
        struct Unit;
        #[derive(Serialize)]
        struct All {
            t: bool,
            small: i8,
            big: u128,
            neg: i128,
            f: f32,
            nan: f64,
            inf: f32,
            c: char,
            bytes: &'static [u8],
            none: Option<u8>,
            unit: (),
            unit_struct: Unit,
            newtype: Newtype,
            tuple: (u8, &'static str, [i64; 0]),
            variants: Vec<E>,
            empty_map: BTreeMap<String, u8>,
            int_keys: BTreeMap<i32, &'static str>,
            bool_keys: BTreeMap<bool, u8>,
            nested: Vec<Vec<Value>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            skipped: Option<u8>,
        }
        let all = All {
            t: true,
            small: -8,
            big: u128::MAX,
            neg: i128::MIN,
            f: 0.1,
            nan: f64::NAN,
            inf: f32::INFINITY,
            c: '"',
            bytes: &[0, 255],
            none: None,
            unit: (),
            unit_struct: Unit,
            newtype: Newtype("n"),
            tuple: (1, "x", []),
            variants: vec![
                E::Unit,
                E::New(-1),
                E::Tuple(2, "t".into()),
                E::Struct {
                    a: Some(1e300),
                    b: vec![(), ()],
                },
                E::Struct { a: None, b: vec![] },
                E::Empty {},
            ],
            empty_map: BTreeMap::new(),
            int_keys: [(-1, "a"), (7, "b")].into(),
            bool_keys: [(false, 0), (true, 1)].into(),
            nested: vec![
                vec![],
                vec![Value::Null, serde_json::json!({"k": [1.5, {}]})],
            ],
            skipped: None,
        };
        same(&all);
        same(&Vec::<u8>::new());
        same(&E::Empty {});
    }

    #[test]
    fn raw_values_are_written_as_they_are() {
        let raw = serde_json::value::RawValue::from_string("{\"a\":[1, 2]}".into()).unwrap();
        let v = (serde_json::json!({"x": 1}), &*raw, "after");
        same(&v);
    }

    #[test]
    fn a_key_that_is_not_text_is_refused() {
        let m: BTreeMap<Vec<u8>, u8> = [(vec![1], 1)].into();
        let mut out = Vec::new();
        let e = to_vec_pretty_at(&mut out, 0, &m).unwrap_err();
        assert_eq!(e.to_string(), "key must be a string");
        assert_eq!(
            std::io::Error::from(e).kind(),
            std::io::ErrorKind::InvalidData
        );
        assert!(serde_json::to_string(&m).is_err());
    }

    #[test]
    fn pretty_at_a_depth_matches_the_value_inside_a_document() {
        let inner = serde_json::json!({"a": [1, {"b": []}], "c": {}});
        let doc = serde_json::json!({"top": {"inner": inner}});
        let whole = serde_json::to_string_pretty(&doc).unwrap();
        let mut out = Vec::new();
        to_vec_pretty_at(&mut out, 2, &inner).unwrap();
        assert!(whole.contains(std::str::from_utf8(&out).unwrap()));
        assert!(out.ends_with(b"\n    }"));
    }

    /// A sink that takes a few writes, then fails.
    struct Failing(usize);

    impl Write for Failing {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            if self.0 == 0 {
                return Err(std::io::Error::other("full"));
            }
            self.0 -= 1;
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_long_array_is_passed_on_in_pieces_and_a_failed_write_stops_it() {
        let rows: Vec<String> = (0..20_000).map(|i| format!("row {i}")).collect();
        let mut pieces = Vec::new();
        struct Pieces<'a>(&'a mut Vec<usize>, Vec<u8>);
        impl Write for Pieces<'_> {
            fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
                self.0.push(b.len());
                self.1.extend_from_slice(b);
                Ok(b.len())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let mut sink = Pieces(&mut pieces, Vec::new());
        write_pretty_at(&mut sink, 0, &rows).unwrap();
        assert_eq!(sink.1, serde_json::to_vec_pretty(&rows).unwrap());
        assert!(pieces.len() > 5, "{pieces:?}");
        assert!(pieces.iter().all(|&n| n < 2 * FLUSH_AT));
        let e = write_pretty_at(&mut Failing(2), 0, &rows).unwrap_err();
        assert_eq!(e.to_string(), "full");
    }

    pub(super) fn value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
            "[ -~\\t\\n\\r\\x00-\\x1f\"\\\\é]{0,40}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..8)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_is_written_as_serde_json_writes_it(v in value(), depth in 0usize..4) {
            prop_assert_eq!(pretty(&v), serde_json::to_string_pretty(&v).unwrap());
            let mut out = Vec::new();
            to_vec_pretty_at(&mut out, depth, &v).unwrap();
            // Every line after the first is indented `depth` steps further.
            let indented = serde_json::to_string_pretty(&v)
                .unwrap()
                .replace('\n', &format!("\n{}", "  ".repeat(depth)));
            prop_assert_eq!(String::from_utf8(out).unwrap(), indented);
        }
    }
}
