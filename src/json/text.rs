//! JSON text read in one pass, for the portable export's stored parses: written again as
//! pretty JSON ([`reindent`]) or read into a tree that borrows its strings ([`tree`]),
//! each exactly what serde_json would make of the text, without building serde_json's
//! values. Text these do not take (not JSON, a repeated key, deep nesting) is left to
//! the caller's general path, which is serde_json's.

use std::borrow::Cow;

use serde_json::Value;

use super::escape_into;

/// How deep these follow nested arrays and objects before they leave the text to the
/// general path (serde_json itself reads 127 levels).
const MAX_DEPTH: usize = 64;

/// Whether serde_json writes the number it reads from `token` as `token` again:
/// - an integer with no leading zero (nor `-0`) and at most 18 digits, which it reads as
///   an i64 or u64 and writes digit for digit;
/// - a decimal fraction from 0.1 to below a million with at most six decimals and no
///   trailing zero but in `.0` (`12.5`, `2.0`, `-0.25`). Such a number has at most 12
///   significant digits, so serde_json reads it exactly (a significand below 2^53
///   divided by a power of ten below 10^22), as Rust's own parser does, and as fewer
///   than 15 significant digits it is itself the shortest text that reads back as the
///   same double, which is what serde_json's formatter writes, in plain notation for
///   that range.
///
/// Any other number is read by serde_json.
fn as_serde_json_writes(token: &str) -> bool {
    let digits = token.strip_prefix('-').unwrap_or(token);
    let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = match digits.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    if !all_digits(whole) {
        return false;
    }
    match fraction {
        None => whole.len() <= 18 && (token == "0" || !whole.starts_with('0')),
        Some(fraction) => {
            all_digits(fraction)
                && whole.len() <= 6
                && fraction.len() <= 6
                && (fraction == "0" || !fraction.ends_with('0'))
                && if whole == "0" {
                    !fraction.starts_with('0')
                } else {
                    !whole.starts_with('0')
                }
        }
    }
}

/// The tokens of JSON text, as serde_json reads them.
struct Scan<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Scan<'t> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Skips what serde_json takes as whitespace between tokens.
    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// After the value: only whitespace is left.
    fn at_end(&mut self) -> bool {
        self.skip_space();
        self.at == self.text.len()
    }

    /// Takes `byte`, after whitespace.
    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_space();
        (self.peek()? == byte).then(|| self.at += 1)
    }

    /// After an element or an entry: true at a comma, false at the `close` bracket.
    fn more(&mut self, close: u8) -> Option<bool> {
        self.skip_space();
        let b = self.peek()?;
        self.at += 1;
        match b {
            b',' => Some(true),
            b if b == close => Some(false),
            _ => None,
        }
    }

    fn literal(&mut self, word: &'static str) -> Option<&'static str> {
        self.text[self.at..].starts_with(word).then_some(())?;
        self.at += word.len();
        Some(word)
    }

    /// The string that starts here, borrowed when it has no escape (and then it has no
    /// `"`, `\` or control character either).
    fn string(&mut self) -> Option<Cow<'t, str>> {
        self.expect(b'"')?;
        let bytes = self.text.as_bytes();
        let open = self.at - 1;
        let mut i = self.at;
        let mut escaped = false;
        loop {
            match *bytes.get(i)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    i += 2;
                }
                0..0x20 => return None,
                _ => i += 1,
            }
        }
        self.at = i + 1;
        if escaped {
            serde_json::from_str::<String>(&self.text[open..=i])
                .ok()
                .map(Cow::Owned)
        } else {
            Some(Cow::Borrowed(&self.text[open + 1..i]))
        }
    }

    /// The number token that starts here (checked by whoever reads it).
    fn number(&mut self) -> &'t str {
        let start = self.at;
        let bytes = self.text.as_bytes();
        while let Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') = bytes.get(self.at) {
            self.at += 1;
        }
        &self.text[start..self.at]
    }
}

/// Reads an array or an object, whose open bracket is next in `s`'s scan: `item` reads
/// each element or entry in turn, told whether it is the first. True when it is empty.
fn each<'t, S>(
    s: &mut S,
    scan: impl Fn(&mut S) -> &mut Scan<'t>,
    [open, close]: [u8; 2],
    mut item: impl FnMut(&mut S, bool) -> Option<()>,
) -> Option<bool> {
    let sc = scan(s);
    sc.expect(open)?;
    sc.skip_space();
    if sc.peek()? == close {
        sc.at += 1;
        return Some(true);
    }
    let mut first = true;
    loop {
        item(s, first)?;
        first = false;
        if !scan(s).more(close)? {
            return Some(false);
        }
    }
}

/// Appends JSON `text` to `out` exactly as serde_json's pretty printer writes the value
/// it holds `depth` levels down (see [`super::to_vec_pretty_at`]), in one pass over the
/// text instead of reading it into values and serializing them again. `false`, with
/// `out` as it was, when the text is not JSON as serde_json reads it, when an object in
/// it repeats a key, or when it nests deeper than 64 levels (`MAX_DEPTH`): the caller then takes
/// the general path, which decides what those become.
///
/// Keys keep their order, as streaming serde_json's reading into a serializer does.
/// Strings without an escape are copied; one with an escape is read by serde_json and
/// escaped again. A number written as serde_json writes it is copied; any other number
/// is read by serde_json and written by its formatter.
pub fn reindent(text: &str, depth: usize, out: &mut String) -> bool {
    let start = out.len();
    let mut r = Reindent {
        scan: Scan { text, at: 0 },
        out,
        keys: Vec::new(),
    };
    let done = r.value(depth).is_some() && r.scan.at_end();
    if !done {
        out.truncate(start);
    }
    done
}

struct Reindent<'t, 'o> {
    scan: Scan<'t>,
    out: &'o mut String,
    /// The keys of the objects open now, outermost first, to find a repeated one.
    keys: Vec<Cow<'t, str>>,
}

impl Reindent<'_, '_> {
    fn newline(&mut self, depth: usize) {
        // A new line and two spaces for each level, up to MAX_DEPTH.
        const INDENT: &str = concat!(
            "\n",
            "                                                                ",
            "                                                                "
        );
        self.out.push_str(&INDENT[..1 + 2 * depth]);
    }

    fn value(&mut self, depth: usize) -> Option<()> {
        self.scan.skip_space();
        match self.scan.peek()? {
            b'{' => self.object(depth),
            b'[' => self.array(depth),
            b'"' => {
                let s = self.scan.string()?;
                self.write_string(&s);
                Some(())
            }
            b't' => self.word("true"),
            b'f' => self.word("false"),
            b'n' => self.word("null"),
            b'-' | b'0'..=b'9' => self.number(),
            _ => None,
        }
    }

    fn word(&mut self, word: &'static str) -> Option<()> {
        self.out.push_str(self.scan.literal(word)?);
        Some(())
    }

    fn object(&mut self, depth: usize) -> Option<()> {
        let base = self.keys.len();
        self.container(depth, [b'{', b'}'], |r| {
            let key = r.scan.string()?;
            if r.keys[base..].contains(&key) {
                return None;
            }
            r.write_string(&key);
            r.keys.push(key);
            r.scan.expect(b':')?;
            r.out.push_str(": ");
            r.value(depth + 1)
        })?;
        self.keys.truncate(base);
        Some(())
    }

    fn array(&mut self, depth: usize) -> Option<()> {
        self.container(depth, [b'[', b']'], |r| r.value(depth + 1))
    }

    /// An array or an object: `item` reads and writes an element or an entry, after
    /// the comma and the new line before it.
    fn container(
        &mut self,
        depth: usize,
        [open, close]: [u8; 2],
        mut item: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        if depth >= MAX_DEPTH {
            return None;
        }
        let empty = each(
            self,
            |r| &mut r.scan,
            [open, close],
            |r, first| {
                r.out.push(char::from(if first { open } else { b',' }));
                r.newline(depth + 1);
                item(r)
            },
        )?;
        if empty {
            self.out.push(char::from(open));
        } else {
            self.newline(depth);
        }
        self.out.push(char::from(close));
        Some(())
    }

    /// Writes a string as [`escape_into`] does. One borrowed from the text has nothing
    /// to escape, so it is written as it is.
    #[expect(
        clippy::ptr_arg,
        reason = "a borrowed string is one that needs no escape"
    )]
    fn write_string(&mut self, s: &Cow<'_, str>) {
        match s {
            Cow::Borrowed(s) => {
                self.out.push('"');
                self.out.push_str(s);
                self.out.push('"');
            }
            Cow::Owned(s) => {
                let mut v = Vec::new();
                escape_into(&mut v, s);
                // Escaping turns only ASCII bytes into ASCII text.
                self.out.push_str(&String::from_utf8_lossy(&v));
            }
        }
    }

    fn number(&mut self) -> Option<()> {
        let token = self.scan.number();
        if as_serde_json_writes(token) {
            self.out.push_str(token);
        } else {
            let n: serde_json::Number = serde_json::from_str(token).ok()?;
            self.out.push_str(&serde_json::to_string(&n).ok()?);
        }
        Some(())
    }
}

/// A JSON value as a `serde_json::Value` holds it, borrowing its strings: each object's
/// entries in the order written (phr builds serde_json with `preserve_order`), a repeated
/// key kept once. Made from a `Value`, or read straight from text by [`tree`].
#[derive(Debug, Clone, PartialEq)]
pub enum Tree<'a> {
    Null,
    Bool(bool),
    /// A number serde_json holds as an i64.
    Int(i64),
    /// An integer above `i64::MAX`, held as a u64.
    Big(u64),
    /// A number serde_json holds as an f64.
    Float(f64),
    Str(Cow<'a, str>),
    Array(Vec<Tree<'a>>),
    Object(Vec<(Cow<'a, str>, Tree<'a>)>),
}

impl<'a> From<&'a Value> for Tree<'a> {
    fn from(v: &'a Value) -> Self {
        match v {
            Value::Null => Tree::Null,
            Value::Bool(b) => Tree::Bool(*b),
            Value::Number(n) => number_tree(n),
            Value::String(s) => Tree::Str(Cow::Borrowed(s)),
            Value::Array(a) => Tree::Array(a.iter().map(Tree::from).collect()),
            Value::Object(m) => Tree::Object(
                m.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Tree::from(v)))
                    .collect(),
            ),
        }
    }
}

/// Serialized as streaming serde_json's reading of the text into a serializer does
/// (`export::transcode`): an integer that is not negative as a u64, a negative one as an
/// i64, and arrays and objects with no length given, an object a key then a value.
impl serde::Serialize for Tree<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Tree::Null => s.serialize_unit(),
            Tree::Bool(b) => s.serialize_bool(*b),
            Tree::Int(i) => match u64::try_from(*i) {
                Ok(u) => s.serialize_u64(u),
                Err(_) => s.serialize_i64(*i),
            },
            Tree::Big(u) => s.serialize_u64(*u),
            Tree::Float(f) => s.serialize_f64(*f),
            Tree::Str(t) => s.serialize_str(t),
            Tree::Array(a) => {
                let mut seq = s.serialize_seq(None)?;
                for e in a {
                    seq.serialize_element(e)?;
                }
                seq.end()
            }
            Tree::Object(m) => {
                let mut map = s.serialize_map(None)?;
                for (k, v) in m {
                    map.serialize_key(k.as_ref())?;
                    map.serialize_value(v)?;
                }
                map.end()
            }
        }
    }
}

fn number_tree(n: &serde_json::Number) -> Tree<'static> {
    match (n.as_i64(), n.as_u64(), n.as_f64()) {
        (Some(i), _, _) => Tree::Int(i),
        (None, Some(u), _) => Tree::Big(u),
        (None, None, Some(f)) => Tree::Float(f),
        // Not reached without serde_json's arbitrary precision.
        (None, None, None) => Tree::Null,
    }
}

/// JSON `text` as the [`Tree`] of the `serde_json::Value` it reads as, in one pass, its
/// unescaped strings borrowed. `None` when the text is not JSON, when an object in it
/// repeats a key (a `Value` keeps the first place and the last value), or when it nests deeper than
/// 64 levels (`MAX_DEPTH`): the caller then reads a `Value`.
pub fn tree(text: &str) -> Option<Tree<'_>> {
    let mut scan = Scan { text, at: 0 };
    let t = tree_at(&mut scan, 0)?;
    scan.at_end().then_some(t)
}

fn tree_at<'t>(scan: &mut Scan<'t>, depth: usize) -> Option<Tree<'t>> {
    scan.skip_space();
    Some(match scan.peek()? {
        b'{' | b'[' if depth >= MAX_DEPTH => return None,
        b'{' => {
            let mut entries: Vec<(Cow<'t, str>, Tree<'t>)> = Vec::new();
            each(
                scan,
                |s| s,
                [b'{', b'}'],
                |s, _| {
                    let key = s.string()?;
                    if entries.iter().any(|(k, _)| *k == key) {
                        return None;
                    }
                    s.expect(b':')?;
                    entries.push((key, tree_at(s, depth + 1)?));
                    Some(())
                },
            )?;
            Tree::Object(entries)
        }
        b'[' => {
            let mut elements = Vec::new();
            each(
                scan,
                |s| s,
                [b'[', b']'],
                |s, _| {
                    elements.push(tree_at(s, depth + 1)?);
                    Some(())
                },
            )?;
            Tree::Array(elements)
        }
        b'"' => Tree::Str(scan.string()?),
        b't' => scan.literal("true").map(|_| Tree::Bool(true))?,
        b'f' => scan.literal("false").map(|_| Tree::Bool(false))?,
        b'n' => scan.literal("null").map(|_| Tree::Null)?,
        b'-' | b'0'..=b'9' => {
            let token = scan.number();
            if !as_serde_json_writes(token) {
                let n: serde_json::Number = serde_json::from_str(token).ok()?;
                number_tree(&n)
            } else if token.contains('.') {
                Tree::Float(token.parse().ok()?)
            } else {
                Tree::Int(token.parse().ok()?)
            }
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::to_vec_pretty_at;
    use proptest::prelude::*;

    /// What the portable export wrote for a stored parse before [`reindent`]: the text
    /// streamed into this serializer when it is plain JSON, else its `Value`, else the
    /// text as a string.
    fn general_path(text: &str, depth: usize) -> String {
        let mut out = Vec::new();
        match crate::export::transcode::Json::new(text) {
            Some(json) => to_vec_pretty_at(&mut out, depth, &json).unwrap(),
            None => {
                let v = serde_json::from_str(text).unwrap_or_else(|_| Value::from(text));
                to_vec_pretty_at(&mut out, depth, &v).unwrap();
            }
        }
        String::from_utf8(out).unwrap()
    }

    /// `reindent`'s text, or None when it leaves the text to the general path; what it
    /// writes is the general path's text, and `out` is left as it was when it declines.
    fn reindented(text: &str, depth: usize) -> Option<String> {
        let mut out = String::from("before");
        let done = reindent(text, depth, &mut out);
        let written = out.strip_prefix("before").expect("appended").to_owned();
        if done {
            assert_eq!(written, general_path(text, depth), "{text:?}");
            Some(written)
        } else {
            assert!(written.is_empty(), "{text:?} left {written:?}");
            None
        }
    }

    #[test]
    fn reindented_text_is_what_the_general_path_writes() {
        let cases = [
            r#"{"a":1,"b":[true,false,null],"c":{},"d":[],"e":{"f":"g"}}"#,
            " { \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] } \n",
            r#"{"dose":15.0,"mass":0.25,"per":-2.5,"n":-7,"z":0,"big":123456789012345678}"#,
            r#"["\u00e9\/\"\\\n\u0001\ud83d\ude00", "é😀", "\u007f"]"#,
            r#"[1.50, 1e3, 1E+3, 2.0e0, -0, -0.0, 0.0, 0.05, 1234567.5, 1.0000001, 12345678901234567890]"#,
            r#""text""#,
            "42",
            "null",
        ];
        for text in cases {
            for depth in [0, 3] {
                assert!(reindented(text, depth).is_some(), "{text:?}");
            }
        }
        assert_eq!(
            reindented(r#"{"a":[1,{"b":2.0}],"c":{}}"#, 1).unwrap(),
            "{\n    \"a\": [\n      1,\n      {\n        \"b\": 2.0\n      }\n    ],\n    \"c\": {}\n  }"
        );
    }

    #[test]
    fn what_is_not_plain_json_is_left_to_the_general_path() {
        let deep = format!("{}{}", "[".repeat(70), "]".repeat(70));
        let cases = [
            "",
            "   ",
            r#"{"a":1,"a":2}"#,
            r#"{"a":1,"\u0061":2}"#,
            r#"{"a":1,}"#,
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{1:2}",
            "\"tab\tinside\"",
            r#""\x""#,
            r#""\ud800""#,
            "\"open",
            "[01]",
            "[1.]",
            "[.5]",
            "[1e]",
            "[1e999]",
            "[- 1]",
            "[truth]",
            "nul",
            "[1] [2]",
            "[1]x",
            deep.as_str(),
        ];
        for text in cases {
            for depth in [0, 3] {
                assert_eq!(reindented(text, depth), None, "{text:?}");
            }
        }
    }

    #[test]
    fn numbers_are_copied_only_where_serde_json_writes_them_back_the_same() {
        for copied in [
            "0",
            "-1",
            "123456789012345678",
            "15.0",
            "0.5",
            "-0.25",
            "999999.999999",
        ] {
            assert!(as_serde_json_writes(copied), "{copied}");
        }
        for reread in [
            "-0",
            "01",
            "1234567890123456789",
            "1.50",
            "0.0",
            "-0.0",
            "0.05",
            "1234567.5",
            "1.0000001",
            "1e3",
            "1.",
            ".5",
            "-",
            "1-2",
            "1.2.3",
        ] {
            assert!(!as_serde_json_writes(reread), "{reread}");
        }
    }

    /// `tree`'s answer, checked against the `Value` serde_json reads.
    fn read(text: &str) -> Option<Tree<'_>> {
        let t = tree(text);
        if let Some(t) = &t {
            let v: Value = serde_json::from_str(text).expect("tree took only JSON");
            assert_eq!(*t, Tree::from(&v), "{text:?}");
        }
        t
    }

    #[test]
    fn a_tree_holds_what_a_value_holds_with_keys_in_their_order() {
        let text = r#" {"b": [1, -2.5, 1e2, 18446744073709551615, "x\u00e9"], "a": {"d": null, "c": true}} "#;
        let t = read(text).expect("plain JSON");
        let Tree::Object(entries) = &t else {
            panic!("an object: {t:?}")
        };
        let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["b", "a"]);
        assert_eq!(
            entries[0].1,
            Tree::Array(vec![
                Tree::Int(1),
                Tree::Float(-2.5),
                Tree::Float(100.0),
                Tree::Big(u64::MAX),
                Tree::Str("xé".into()),
            ])
        );
        for refused in [
            r#"{"a":1,"a":2}"#,
            "[1,]",
            "",
            "[01]",
            "[1] x",
            r#"{"a":1,}"#,
        ] {
            assert_eq!(read(refused), None, "{refused:?}");
        }
        let deep = format!("{}{}", "[".repeat(70), "]".repeat(70));
        assert_eq!(read(&deep), None);
    }

    proptest! {
        /// Any value serde_json writes, compact or pretty, is reindented as the general
        /// path writes it.
        #[test]
        fn written_values_are_reindented(v in crate::json::tests::value(), depth in 0usize..5, spaced in any::<bool>()) {
            let text = if spaced {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            prop_assert!(reindented(&text, depth).is_some(), "{}", text);
        }

        /// Text changed by a few bytes, mostly no longer JSON: where `reindent` takes it,
        /// it writes what the general path writes (checked inside `reindented`).
        #[test]
        fn changed_text_is_reindented_right_or_left_alone(
            v in crate::json::tests::value(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), "[-+.0-9eE{}\\[\\],:\" \\\\u0ta]{0,2}"), 1..4),
            depth in 0usize..5,
        ) {
            let mut text = serde_json::to_string(&v).unwrap();
            for (at, insert) in edits {
                let mut i = at.index(text.len() + 1);
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                let end = (i + 1..=text.len()).find(|&e| text.is_char_boundary(e)).unwrap_or(i);
                text.replace_range(i..end, &insert);
            }
            reindented(&text, depth);
        }

        /// A tree of any value holds serde_json's `Value` of its text, and serializes as
        /// the text streamed does (YAML's writer and serde_json's compared).
        #[test]
        fn a_tree_of_any_value_is_its_value(v in crate::json::tests::value(), spaced in any::<bool>()) {
            let text = if spaced {
                serde_json::to_string_pretty(&v).unwrap()
            } else {
                serde_json::to_string(&v).unwrap()
            };
            let t = read(&text);
            prop_assert!(t.is_some(), "{}", text);
            let streamed = crate::export::transcode::Json::new(&text).unwrap();
            prop_assert_eq!(
                crate::yaml::to_string(t.as_ref().unwrap()).ok(),
                crate::yaml::to_string(&streamed).ok()
            );
            prop_assert_eq!(
                serde_json::to_string(t.as_ref().unwrap()).unwrap(),
                serde_json::to_string(&streamed).unwrap()
            );
        }
    }
}
