//! The one place that names `serde_yaml` (unmaintained): swapping the YAML library
//! must touch only this file.

pub mod block;

use serde::de::DeserializeOwned;

/// A YAML document could not be read. Carries only a position and a category, never the
/// document's text, so it is safe to show next to health data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}{}", position.map(|(l, c)| format!(" at line {l}, column {c}")).unwrap_or_default())]
pub struct YamlError {
    /// 1-based (line, column), when the library knows it.
    pub position: Option<(usize, usize)>,
    /// What kind of problem, in words that never quote the input.
    pub what: String,
}

/// Deserializes one YAML document. Alias expansion and nesting depth are bounded by the
/// library (it refuses "billion laughs" documents with an error instead of expanding them);
/// flow nesting (`[[[[…`) is refused here first, because the library's scanner takes time
/// quadratic in it before its own limit applies (100,000 levels: half a minute).
pub fn from_str<T: DeserializeOwned>(s: &str) -> Result<T, YamlError> {
    if let Some(position) = flow_too_deep(s) {
        return Err(YamlError {
            position: Some(position),
            what: "the document is nested too deeply".to_string(),
        });
    }
    serde_yaml::from_str(s).map_err(|e| {
        let mut position = e.location().map(|l| (l.line(), l.column()));
        let msg = e.to_string();
        let what = if msg.contains("recursion limit") {
            "the document is nested too deeply"
        } else if msg.contains("repetition limit") || msg.contains("alias") {
            // The library does not say where; the expansion starts at the first alias.
            if position.is_none() {
                position = first_alias(s);
            }
            match position {
                Some(_) => "the document expands too many aliases, starting with the one",
                None => "the document expands too many aliases",
            }
        } else if msg.contains("invalid type") || msg.contains("expected") {
            "a value has the wrong type"
        } else {
            "not valid YAML"
        };
        YamlError {
            position,
            what: what.to_string(),
        }
    })
}

/// The (line, column) of the first alias (`*name`) that names an anchor (`&name`)
/// defined before it, or None. Used only to place an error the library gives without a
/// position; `*` or `&` inside a quoted scalar may be taken for one, which can only move
/// the position named earlier.
fn first_alias(text: &str) -> Option<(usize, usize)> {
    let mut anchors = std::collections::HashSet::new();
    for (n, line) in text.lines().enumerate() {
        let b = line.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let at_token = i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'[' | b'{' | b',');
            if !(at_token && matches!(b[i], b'&' | b'*')) {
                i += 1;
                continue;
            }
            // An anchor name runs to a blank or a flow indicator (all ASCII, so the
            // slice below stays on character boundaries).
            let end = b[i + 1..]
                .iter()
                .position(|c| matches!(c, b' ' | b'\t' | b',' | b'[' | b']' | b'{' | b'}'))
                .map_or(b.len(), |p| i + 1 + p);
            let name = &line[i + 1..end];
            if !name.is_empty() {
                if b[i] == b'&' {
                    anchors.insert(name);
                } else if anchors.contains(name) {
                    return Some((n + 1, line[..i].chars().count() + 1));
                }
            }
            i = end;
        }
    }
    None
}

/// Deepest flow nesting (`[` and `{`) accepted.
const MAX_FLOW_DEPTH: usize = 64;

/// Where the scanner is inside a flow collection, in libyaml's terms.
#[derive(Clone, Copy)]
enum Flow {
    /// Before a token: after an indicator or blanks.
    Token,
    /// Inside a plain scalar.
    Plain,
    Single,
    /// Just after a `'` that is followed by another (an escaped quote).
    SingleEscape,
    Double,
    DoubleEscape,
    Comment,
    /// An anchor or alias name.
    Anchor,
    Tag,
    /// A verbatim tag, `!<…>`.
    Verbatim,
}

const FLOW_STATES: usize = 10;

fn index(f: Flow) -> usize {
    f as usize
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || is_break(c)
}

/// The (line, column) where the document's flow collections may nest deeper than
/// [`MAX_FLOW_DEPTH`], or None. This never underestimates the depth libyaml reaches: any
/// `[` or `{` may open a collection (even in a scalar or a comment, where it does not),
/// and inside collections every reading libyaml could make is followed at once, keeping
/// the deepest; so a crafted document cannot hide its nesting, and ordinary documents
/// stay far below the limit.
fn flow_too_deep(text: &str) -> Option<(usize, usize)> {
    if text.bytes().filter(|b| *b == b'[' || *b == b'{').count() <= MAX_FLOW_DEPTH {
        return None;
    }
    flow_depth(text, MAX_FLOW_DEPTH).err()
}

/// The deepest flow nesting any reading of `text` reaches, or the (line, column) where it
/// first exceeds `limit`.
fn flow_depth(text: &str, limit: usize) -> Result<usize, (usize, usize)> {
    let mut deepest = 0;
    // The deepest nesting reached by any reading in each state; 0 means none.
    let mut states = [0usize; FLOW_STATES];
    let (mut line, mut col) = (1, 0);
    let mut chars = text.chars().peekable();
    let mut prev = '\n';
    while let Some(c) = chars.next() {
        col += 1;
        let next = chars.peek().copied();
        let next_blank = next.is_none_or(is_blank);
        let mut out = [0usize; FLOW_STATES];
        let mut put = |f: Flow, depth: usize| {
            let slot = &mut out[index(f)];
            *slot = (*slot).max(depth);
        };
        // In block context (always possible), `[` and `{` may open a collection.
        if c == '[' || c == '{' {
            put(Flow::Token, 1);
        }
        for (i, &depth) in states.iter().enumerate() {
            if depth == 0 {
                continue;
            }
            let state = ALL_FLOW[i];
            token_or(state, c, prev, next, next_blank, depth, &mut put);
        }
        let here = out.iter().copied().max().unwrap_or(0);
        if here > limit {
            return Err((line, col));
        }
        deepest = deepest.max(here);
        states = out;
        if c == '\n' {
            line += 1;
            col = 0;
        }
        prev = c;
    }
    Ok(deepest)
}

const ALL_FLOW: [Flow; FLOW_STATES] = [
    Flow::Token,
    Flow::Plain,
    Flow::Single,
    Flow::SingleEscape,
    Flow::Double,
    Flow::DoubleEscape,
    Flow::Comment,
    Flow::Anchor,
    Flow::Tag,
    Flow::Verbatim,
];

/// One character in one state inside a flow collection of `depth` (≥ 1).
fn token_or(
    state: Flow,
    c: char,
    prev: char,
    next: Option<char>,
    next_blank: bool,
    depth: usize,
    put: &mut impl FnMut(Flow, usize),
) {
    match state {
        Flow::Token => token(c, next, next_blank, depth, put),
        Flow::Plain => match c {
            ',' | '[' | ']' | '{' | '}' => token(c, next, next_blank, depth, put),
            '#' if is_blank(prev) => put(Flow::Comment, depth),
            ':' if next_blank || next.is_some_and(|n| ",?[]{}".contains(n)) => {
                put(Flow::Token, depth)
            }
            _ => put(Flow::Plain, depth),
        },
        Flow::Single => match c {
            '\'' if next == Some('\'') => put(Flow::SingleEscape, depth),
            '\'' => put(Flow::Token, depth),
            _ => put(Flow::Single, depth),
        },
        Flow::SingleEscape => put(Flow::Single, depth),
        Flow::Double => match c {
            '\\' => put(Flow::DoubleEscape, depth),
            '"' => put(Flow::Token, depth),
            _ => put(Flow::Double, depth),
        },
        Flow::DoubleEscape => put(Flow::Double, depth),
        Flow::Comment if is_break(c) => put(Flow::Token, depth),
        Flow::Comment => put(Flow::Comment, depth),
        Flow::Anchor if c.is_alphanumeric() || c == '_' || c == '-' => put(Flow::Anchor, depth),
        Flow::Anchor => token(c, next, next_blank, depth, put),
        Flow::Tag if is_blank(c) || c == ',' => token(c, next, next_blank, depth, put),
        Flow::Tag => put(Flow::Tag, depth),
        Flow::Verbatim if c == '>' => put(Flow::Tag, depth),
        Flow::Verbatim => put(Flow::Verbatim, depth),
    }
}

/// A character where a token may start, inside a flow collection of `depth` (≥ 1).
fn token(
    c: char,
    next: Option<char>,
    next_blank: bool,
    depth: usize,
    put: &mut impl FnMut(Flow, usize),
) {
    match c {
        '[' | '{' => put(Flow::Token, depth + 1),
        // Back to block context at 0: nothing more to follow in this reading.
        ']' | '}' => {
            if depth > 1 {
                put(Flow::Token, depth - 1);
            }
        }
        '#' => put(Flow::Comment, depth),
        ',' | '?' | ':' => put(Flow::Token, depth),
        '-' if next_blank => put(Flow::Token, depth),
        '\'' => put(Flow::Single, depth),
        '"' => put(Flow::Double, depth),
        '&' | '*' => put(Flow::Anchor, depth),
        '!' if next == Some('<') => put(Flow::Verbatim, depth),
        '!' => put(Flow::Tag, depth),
        // A byte-order mark is skipped at the start of a line, else it starts a scalar.
        '\u{feff}' => {
            put(Flow::Token, depth);
            put(Flow::Plain, depth);
        }
        _ if is_blank(c) => put(Flow::Token, depth),
        _ => put(Flow::Plain, depth),
    }
}

/// Serializes a value as YAML.
pub fn to_string<T: serde::Serialize + ?Sized>(value: &T) -> Result<String, YamlError> {
    serde_yaml::to_string(value).map_err(|_| YamlError {
        position: None,
        what: "could not write YAML".to_string(),
    })
}

/// Appends a value as YAML to `out`: the same text as [`to_string`], written by the
/// [`block`] writer where it can (about a tenth of the library's time).
pub fn write_into<T: serde::Serialize + ?Sized>(
    value: &T,
    out: &mut Vec<u8>,
) -> Result<(), YamlError> {
    if block::write(value, out).is_err() {
        out.extend_from_slice(to_string(value)?.as_bytes());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_reports_position_without_content() {
        let v: serde_json::Value = from_str("a: 1\nb: [2, 3]\n").unwrap();
        assert_eq!(v["b"][1], 3);
        let e = from_str::<serde_json::Value>("a: 1\nsecret: [unclosed\n").unwrap_err();
        assert!(e.position.is_some());
        assert!(!e.to_string().contains("secret"));
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut doc = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        let mut prev = 'a';
        for c in 'b'..='k' {
            doc.push_str(&format!(
                "{c}: &{c} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"
            ));
            prev = c;
        }
        let e = from_str::<serde_json::Value>(&doc).unwrap_err();
        assert!(e.what.contains("too many aliases"), "{e}");
        // The library gives no position; the first alias (line 2, `*a`) is named.
        assert_eq!(e.position, Some((2, 8)), "{e}");
        assert!(
            e.to_string()
                .ends_with("starting with the one at line 2, column 8")
        );
    }

    #[test]
    fn the_first_alias_is_one_that_names_an_earlier_anchor() {
        assert_eq!(first_alias("a: 2 * 3\nb: *x\n"), None);
        assert_eq!(first_alias("a: &x 1\nb: \"é\" *x\n"), Some((2, 8)));
        assert_eq!(first_alias("a: [&x 1, *x]\n"), Some((1, 11)));
        assert_eq!(first_alias("*"), None);
    }

    #[test]
    fn deep_flow_nesting_is_refused_at_once_with_a_position() {
        let n = 100_000;
        let doc = format!("a: 1\nb: {}{}\n", "[".repeat(n), "]".repeat(n));
        // Refused by the scan before the parser runs (no timing: the scan finds it).
        assert!(flow_too_deep(&doc).is_some());
        let e = from_str::<serde_json::Value>(&doc).unwrap_err();
        assert_eq!(e.position, Some((2, 4 + MAX_FLOW_DEPTH)));
        assert!(e.what.contains("nested too deeply"));
        // Closers hidden in quoted scalars and comments do not hide the nesting.
        let hidden = format!("x: {}\n", "[ ']' \"]\" # ]\n".repeat(200));
        assert!(flow_too_deep(&hidden).is_some());
        let tagged = format!("x: {}\n", "[ !<a]b> ".repeat(200));
        assert!(flow_too_deep(&tagged).is_some());
    }

    fn value_depth(v: &serde_json::Value) -> usize {
        match v {
            serde_json::Value::Array(a) => 1 + a.iter().map(value_depth).max().unwrap_or(0),
            serde_json::Value::Object(m) => 1 + m.values().map(value_depth).max().unwrap_or(0),
            _ => 0,
        }
    }

    /// Flow YAML with scalars that hide brackets in quotes, comments and plain words.
    fn flow_doc() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let scalar = prop::sample::select(vec![
            "a",
            "b c",
            "'x]'",
            "'it''s ]'",
            "\"q\\\" ]\"",
            "\"}\"",
            "a#b",
            "-x",
            "&n v",
            "*n",
            "'['",
            "don't",
            "a:b",
            "\"#\"",
            "?",
            "[]",
            "{}",
        ])
        .prop_map(str::to_owned);
        let sep = prop::sample::select(vec![", ", ",", " ,\n ", ", # ] }\n", ",\t"]);
        scalar.prop_recursive(8, 64, 4, move |inner| {
            let sep = sep.clone();
            (prop::collection::vec(inner, 0..4), any::<bool>(), sep).prop_map(
                |(items, map, sep)| {
                    if map {
                        let kv: Vec<String> = items
                            .iter()
                            .enumerate()
                            .map(|(i, v)| format!("k{i}: {v}"))
                            .collect();
                        format!("{{{}}}", kv.join(sep))
                    } else {
                        format!("[{}]", items.join(sep))
                    }
                },
            )
        })
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config { cases: 512, ..Default::default() })]

        /// The scanner never reads less nesting than libyaml builds.
        #[test]
        fn flow_depth_is_never_underestimated(doc in flow_doc(), prefix in proptest::prop_oneof!["", "k: ", "- "]) {
            // Only a collection: a bare `?` after `- ` would be a block mapping.
            proptest::prop_assume!(doc.starts_with(['[', '{']));
            let text = format!("{prefix}{doc}\n");
            if let Ok(v) = serde_yaml::from_str::<serde_json::Value>(&text) {
                let block = usize::from(!prefix.is_empty());
                let bound = flow_depth(&text, usize::MAX).unwrap();
                proptest::prop_assert!(bound + block >= value_depth(&v), "{text:?}: {bound}");
            }
        }
    }

    #[test]
    fn brackets_in_ordinary_documents_are_not_nesting() {
        let mut doc = String::new();
        for i in 0..500 {
            doc.push_str(&format!(
                "- {{text: 'Drug [{i}] 5 mg', parsed: '{{\"doses\":[[1,2],[3]],\"n\":\"don''t\"}}', tags: [a, \"b]\", c]}} # [note\n"
            ));
        }
        doc.push_str("- \"take [1-2 tabs\"\n- plain text with a [ bracket\n");
        assert_eq!(flow_too_deep(&doc), None);
        let v: serde_json::Value = from_str(&doc).unwrap();
        assert_eq!(v[3]["text"], "Drug [3] 5 mg");
        let depth_64 = format!("{}{}", "[".repeat(64), "]".repeat(64));
        assert_eq!(
            flow_too_deep(&format!("{depth_64}\n{}", "[]".repeat(100))),
            None
        );
        assert!(flow_too_deep(&format!("{}{}", "[".repeat(65), "]".repeat(65))).is_some());
    }
}
