//! Turns a free-text medication line into tokens: numbers (with spelled-out numbers,
//! fractions and "one and a half" merged), words (lower-case, abbreviation dots removed,
//! common misspellings of sig words corrected) and punctuation symbols.

use crate::lexicon::text::osa_distance;

/// One token of a sig.
#[derive(Debug, Clone, PartialEq)]
pub struct Tok {
    /// What the token is.
    pub kind: TokKind,
    /// The token's text, lower-case (for numbers: as written, e.g. "1/2", "twenty eight").
    pub text: String,
    /// Whether whitespace preceded the token in the input (used to rebuild phrases).
    pub space_before: bool,
}

/// Token kinds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum TokKind {
    /// A number (integer, decimal, fraction or spelled-out).
    Num(f64),
    /// A word.
    Word,
    /// A punctuation symbol.
    Sym(char),
}

impl Tok {
    pub fn num(&self) -> Option<f64> {
        match self.kind {
            TokKind::Num(v) => Some(v),
            _ => None,
        }
    }
    pub fn word(&self) -> &str {
        match self.kind {
            TokKind::Word => &self.text,
            _ => "",
        }
    }
    pub fn is_sym(&self, c: char) -> bool {
        self.kind == TokKind::Sym(c)
    }
}

fn word(text: String, space: bool) -> Tok {
    Tok {
        kind: TokKind::Word,
        text,
        space_before: space,
    }
}

/// Splits text into tokens. Never panics.
pub fn tokenize(input: &str) -> Vec<Tok> {
    let mut s = String::with_capacity(input.len() + 8);
    for c in input.chars() {
        match c {
            '½' => s.push_str(" 1/2"),
            '¼' => s.push_str(" 1/4"),
            '¾' => s.push_str(" 3/4"),
            '⅓' => s.push_str(" 1/3"),
            '⅔' => s.push_str(" 2/3"),
            '⅛' => s.push_str(" 1/8"),
            '\u{2013}' | '\u{2014}' | '\u{2212}' => s.push('-'),
            '\u{2019}' | '\u{2018}' => s.push('\''),
            'µ' | 'μ' => s.push('μ'),
            '≤' => s.push('<'),
            '≥' => s.push('>'),
            _ => {
                for l in c.to_lowercase() {
                    s.push(l);
                }
            }
        }
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out: Vec<Tok> = Vec::new();
    let mut i = 0;
    let mut space = true;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        if c.is_ascii_digit() || (c == '.' && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit()))
        {
            let start = i;
            let mut j = i;
            let mut seen_dot = false;
            while j < chars.len() {
                let d = chars[j];
                if d.is_ascii_digit() {
                    j += 1;
                } else if d == '.'
                    && !seen_dot
                    && chars.get(j + 1).is_some_and(|n| n.is_ascii_digit())
                {
                    seen_dot = true;
                    j += 1;
                } else if d == ','
                    && !seen_dot
                    && j + 3 < chars.len() + 1
                    && chars
                        .get(j + 1..j + 4)
                        .is_some_and(|t| t.iter().all(|x| x.is_ascii_digit()))
                    && !chars.get(j + 4).is_some_and(|x| x.is_ascii_digit())
                {
                    // thousands separator "1,000"
                    j += 1;
                } else {
                    break;
                }
            }
            let text: String = chars[start..j].iter().filter(|c| **c != ',').collect();
            let mut value = text.parse::<f64>().unwrap_or(0.0);
            let mut shown = text.clone();
            // fraction "1/2" (small denominators only: "5/325" is a strength pair)
            if chars.get(j) == Some(&'/') && !seen_dot {
                let mut k = j + 1;
                while k < chars.len() && chars[k].is_ascii_digit() {
                    k += 1;
                }
                if k > j + 1 && chars.get(k).is_none_or(|x| *x != '.') {
                    let den_text: String = chars[j + 1..k].iter().collect();
                    let den = den_text.parse::<f64>().unwrap_or(0.0);
                    if (2.0..=8.0).contains(&den) && value >= 1.0 && value < den {
                        value /= den;
                        shown = format!("{text}/{den_text}");
                        j = k;
                    }
                }
            }
            out.push(Tok {
                kind: TokKind::Num(value),
                text: shown,
                space_before: space,
            });
            space = false;
            i = j;
            continue;
        }
        if c.is_alphabetic() {
            let start = i;
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_alphanumeric() || chars[j] == '.' || chars[j] == '\'')
            {
                if chars[j] == '.' && !chars.get(j + 1).is_some_and(|n| n.is_alphanumeric()) {
                    // trailing dot: include it in the run only to drop it
                    j += 1;
                    break;
                }
                j += 1;
            }
            let run: String = chars[start..j].iter().collect();
            for (n, piece) in split_run(&run).into_iter().enumerate() {
                let sp = if n == 0 { space } else { false };
                if let Ok(v) = piece.parse::<f64>() {
                    out.push(Tok {
                        kind: TokKind::Num(v),
                        text: piece,
                        space_before: sp,
                    });
                } else if !piece.is_empty() {
                    out.push(word(piece, sp));
                }
            }
            space = false;
            i = j;
            continue;
        }
        if matches!(
            c,
            '-' | '/'
                | '+'
                | ','
                | ';'
                | ':'
                | '#'
                | '('
                | ')'
                | '%'
                | '&'
                | '.'
                | '@'
                | '='
                | '<'
                | '>'
                | '['
                | ']'
        ) {
            let c = match c {
                '[' => '(',
                ']' => ')',
                other => other,
            };
            out.push(Tok {
                kind: TokKind::Sym(c),
                text: c.to_string(),
                space_before: space,
            });
            space = false;
        } else {
            // any other character separates words
            space = true;
        }
        i += 1;
    }
    let toks = drop_restated_numbers(merge_numbers(out));
    correct_typos(toks)
}

/// Splits a letter-initial run like "q.4.d", "q.d.s.", "q12h", "b12", "st.", "mg." into
/// words and numbers: abbreviation dots are removed ("q.d.s." → "qds", "q.4.d" → "q","4","d"),
/// letters and digits are separated.
fn split_run(run: &str) -> Vec<String> {
    let run = run.trim_end_matches('.');
    let segs: Vec<&str> = run.split('.').filter(|s| !s.is_empty()).collect();
    let joined: String = if segs.len() >= 2
        && segs.first().is_some_and(|f| f.chars().count() == 1)
        && segs.iter().all(|s| s.chars().count() <= 3)
    {
        segs.concat()
    } else {
        segs.join(".")
    };
    let mut out = Vec::new();
    for part in joined.split('.') {
        let mut cur = String::new();
        let mut cur_digit: Option<bool> = None;
        for c in part.chars() {
            if c == '\'' {
                continue;
            }
            let d = c.is_ascii_digit();
            if cur_digit.is_some_and(|x| x != d) && !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur_digit = Some(d);
            cur.push(c);
        }
        if !cur.is_empty() {
            out.push(cur);
        }
    }
    out
}

fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        _ => return None,
    })
}

fn tens(w: &str) -> Option<f64> {
    Some(match w {
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

/// Ordinal words used in "every sixth day".
pub fn ordinal(w: &str) -> Option<f64> {
    Some(match w {
        "second" | "2nd" => 2.0,
        "third" | "3rd" => 3.0,
        "fourth" | "4th" => 4.0,
        "fifth" | "5th" => 5.0,
        "sixth" | "6th" => 6.0,
        "seventh" | "7th" => 7.0,
        "eighth" | "8th" => 8.0,
        "ninth" => 9.0,
        "tenth" => 10.0,
        _ => return None,
    })
}

fn num_tok(v: f64, text: String, space: bool) -> Tok {
    Tok {
        kind: TokKind::Num(v),
        text,
        space_before: space,
    }
}

/// Merges spelled-out numbers ("twenty eight", "one and a half", "half", "1 1/2").
fn merge_numbers(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let w = t.word();
        // tens (+ units): "twenty eight", "twenty-four"
        if let Some(tv) = tens(w) {
            let mut v = tv;
            let mut text = w.to_string();
            let mut j = i + 1;
            let k = if toks.get(j).is_some_and(|x| x.is_sym('-')) {
                j + 1
            } else {
                j
            };
            if let Some(u) = toks
                .get(k)
                .and_then(|x| small_number(x.word()))
                .filter(|u| *u < 10.0 && *u > 0.0)
            {
                v += u;
                text = format!("{text} {}", toks[k].text);
                j = k + 1;
            }
            out.push(num_tok(v, text, t.space_before));
            i = j;
            continue;
        }
        if let Some(v) = small_number(w) {
            // "one half" → 0.5
            if v == 1.0 && toks.get(i + 1).is_some_and(|x| x.word() == "half") {
                out.push(num_tok(0.5, "one half".into(), t.space_before));
                i += 2;
                continue;
            }
            out.push(num_tok(v, w.to_string(), t.space_before));
            i += 1;
            continue;
        }
        if w == "half" {
            // "a half" → 0.5 (drop the "a" already pushed)
            if out.last().is_some_and(|x| x.word() == "a") {
                out.pop();
            }
            out.push(num_tok(0.5, "half".into(), t.space_before));
            i += 1;
            continue;
        }
        if w == "quarter" {
            if out.last().is_some_and(|x| x.word() == "a") {
                out.pop();
            }
            out.push(num_tok(0.25, "quarter".into(), t.space_before));
            i += 1;
            continue;
        }
        out.push(t.clone());
        i += 1;
    }
    // "N and a half", "N 1/2"
    let mut merged: Vec<Tok> = Vec::with_capacity(out.len());
    let mut i = 0;
    while i < out.len() {
        if let Some(v) = out[i].num() {
            if out.get(i + 1).is_some_and(|x| x.word() == "and")
                && out
                    .get(i + 2)
                    .and_then(Tok::num)
                    .is_some_and(|h| h > 0.0 && h < 1.0)
            {
                let h = out[i + 2].num().unwrap_or(0.0);
                merged.push(num_tok(
                    v + h,
                    format!("{} and {}", out[i].text, out[i + 2].text),
                    out[i].space_before,
                ));
                i += 3;
                continue;
            }
            if v.fract() == 0.0
                && out
                    .get(i + 1)
                    .is_some_and(|x| x.text.contains('/') && x.space_before)
                && out
                    .get(i + 1)
                    .and_then(Tok::num)
                    .is_some_and(|h| h > 0.0 && h < 1.0)
            {
                let h = out[i + 1].num().unwrap_or(0.0);
                merged.push(num_tok(
                    v + h,
                    format!("{} {}", out[i].text, out[i + 1].text),
                    out[i].space_before,
                ));
                i += 2;
                continue;
            }
        }
        merged.push(out[i].clone());
        i += 1;
    }
    merged
}

/// Drops a bracketed restatement of a number: "2 (two) times", "every 72 (seventy-two)
/// hours" (the style of many e-prescribing systems).
fn drop_restated_numbers(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        if let (Some(a), Some(b)) = (
            out.last().and_then(Tok::num),
            toks.get(i + 1).and_then(Tok::num),
        ) && toks[i].is_sym('(')
            && toks.get(i + 2).is_some_and(|t| t.is_sym(')'))
            && (a - b).abs() < 1e-9
        {
            i += 3;
            continue;
        }
        out.push(toks[i].clone());
        i += 1;
    }
    out
}

/// Words of sig vocabulary that misspellings are corrected towards.
const CORE: &[&str] = &[
    "take",
    "tablet",
    "tablets",
    "capsule",
    "capsules",
    "times",
    "daily",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "every",
    "twice",
    "morning",
    "evening",
    "night",
    "needed",
    "required",
    "hours",
    "hour",
    "pill",
    "pills",
    "puffs",
    "puff",
    "spray",
    "sprays",
    "drops",
    "mouth",
    "bedtime",
    "inhale",
    "apply",
    "capful",
    "meals",
    "directed",
    "weekly",
    "monthly",
    "other",
    "caplet",
    "caplets",
    "teaspoon",
    "teaspoons",
    "tablespoon",
    "breakfast",
    "dinner",
    "instill",
    "nostril",
    "minutes",
    "thrice",
    "once",
    "nightly",
    "hourly",
    "inhalation",
    "applications",
];

/// Corrects misspelled sig words ("tkae" → "take", "talbet" → "tablet", "dya" → "day").
/// A word is left alone when it is known sig vocabulary or a drug name.
fn correct_typos(mut toks: Vec<Tok>) -> Vec<Tok> {
    for t in toks.iter_mut() {
        if t.kind != TokKind::Word {
            continue;
        }
        let w = t.text.as_str();
        let n = w.chars().count();
        if n < 3 || !w.chars().all(|c| c.is_ascii_alphabetic()) || super::vocab::is_sig_word(w) {
            continue;
        }
        if crate::lexicon::lookup_exact(w).is_some() {
            continue;
        }
        // candidates within one edit; a same-length candidate (a swap or a wrong letter)
        // beats an insertion/deletion ("tablest" → "tablets", not "tablet")
        let mut same_len: Vec<&str> = Vec::new();
        let mut other_len: Vec<&str> = Vec::new();
        for cand in CORE {
            let cn = cand.chars().count();
            if cn.abs_diff(n) > 1 {
                continue;
            }
            let d = osa_distance(w, cand, 1);
            let ok = if n == 3 {
                // three letters: a swap ("dya" → "day") or a dropped last letter ("tak" → "take")
                (d == 1 && cn == 3 && sorted(w) == sorted(cand)) || (cn == 4 && cand.starts_with(w))
            } else {
                d <= 1
            };
            if ok {
                if cn == n {
                    same_len.push(cand);
                } else {
                    other_len.push(cand);
                }
            }
        }
        let pick = match (same_len.as_slice(), other_len.as_slice()) {
            ([one], _) => Some(*one),
            ([], [one]) => Some(*one),
            _ => None,
        };
        if let Some(b) = pick {
            t.text = b.to_string();
        }
    }
    toks
}

fn sorted(s: &str) -> Vec<char> {
    let mut v: Vec<char> = s.chars().collect();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }
    fn nums(s: &str) -> Vec<f64> {
        tokenize(s).iter().filter_map(Tok::num).collect()
    }

    #[test]
    fn abbreviations_lose_dots() {
        assert_eq!(texts("t.i.d. p.r.n."), ["tid", "prn"]);
        assert_eq!(texts("q.4.d"), ["q", "4", "d"]);
        assert_eq!(texts("Q12H"), ["q", "12", "h"]);
        assert_eq!(texts("b/d"), ["b", "/", "d"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(nums("500mg"), [500.0]);
        assert_eq!(nums("½ tab"), [0.5]);
        assert_eq!(nums("1/2 tab"), [0.5]);
        assert_eq!(nums("1 1/2 tabs"), [1.5]);
        assert_eq!(nums("one and a half"), [1.5]);
        assert_eq!(nums("twenty-four hours"), [24.0]);
        assert_eq!(nums("5/325"), [5.0, 325.0]);
        assert_eq!(nums("1,000 units"), [1000.0]);
        assert_eq!(nums(".5 ml"), [0.5]);
        assert_eq!(nums("take half"), [0.5]);
    }

    #[test]
    fn typos() {
        assert_eq!(
            texts("tkae 2 talbets dialy"),
            ["take", "2", "tablets", "daily"]
        );
        assert_eq!(texts("3 tiems a dya"), ["3", "times", "a", "day"]);
        // drug names are not "corrected"
        assert_eq!(texts("lasix"), ["lasix"]);
    }

    #[test]
    fn odd_input() {
        assert!(tokenize("").is_empty());
        let _ = tokenize("💊💊 ..//-- 1/0 9/8 ½½");
    }
}
