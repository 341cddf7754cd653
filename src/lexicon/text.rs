//! Text helpers shared by the lexicon and the sig parser: name canonicalisation,
//! combination splitting, unit normalisation and a bounded edit distance.

/// Lower-cases and reduces a name to words separated by single spaces: letters and digits
/// are kept, apostrophes dropped ("john's" → "johns"), a dot between digits kept ("2.5"),
/// everything else becomes a separator ("Klor-Con" → "klor con", "Os-Cal 500 + D" →
/// "os cal 500 d").
pub fn canonical(s: &str) -> String {
    if s.is_ascii() {
        canonical_ascii(s.as_bytes())
    } else {
        canonical_chars(s)
    }
}

/// [`canonical`] for ASCII text, byte by byte: the lexicon's own names, and nearly every
/// name a user types, take this path (the lexicon canonicalises ~2,000 names each time a
/// medication command starts).
fn canonical_ascii(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    let mut pending_space = false;
    for (i, &c) in b.iter().enumerate() {
        let keep_dot = c == b'.'
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_alphanumeric() || keep_dot {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(char::from(c.to_ascii_lowercase()));
        } else if c != b'\'' {
            pending_space = true;
        }
    }
    out
}

/// [`canonical`] for any text.
fn canonical_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut pending_space = false;
    for (i, &c) in chars.iter().enumerate() {
        let lc = c.to_lowercase().next().unwrap_or(c);
        let keep_dot = c == '.'
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if lc.is_alphanumeric() || keep_dot {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(lc);
        } else if c == '\'' || c == '\u{2019}' || c == '®' || c == '™' {
            // dropped without a separator
        } else {
            pending_space = true;
        }
    }
    out
}

/// Splits a combination name into its parts on "-", "/", "+", "&", "," and the words
/// "and" / "with" ("lisinopril-HCTZ" → ["lisinopril", "HCTZ"]).
pub fn split_combination(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    let mut parts: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in lower.split_whitespace() {
        if word == "and" || word == "with" || word == "&" || word == "+" {
            if !cur.trim().is_empty() {
                parts.push(cur.trim().to_string());
            }
            cur.clear();
            continue;
        }
        for c in word.chars() {
            if matches!(c, '-' | '/' | '+' | '&' | ',') {
                if !cur.trim().is_empty() {
                    parts.push(cur.trim().to_string());
                }
                cur.clear();
            } else {
                cur.push(c);
            }
        }
        cur.push(' ');
    }
    if !cur.trim().is_empty() {
        parts.push(cur.trim().to_string());
    }
    parts
}

/// Normalises a unit spelling: μg/ug/microgram → mcg, ml/cc → mL, IU/units/u → unit,
/// gram → g, milligram → mg, meq → mEq.
pub fn norm_unit(u: &str) -> String {
    let l = u.trim().to_lowercase();
    let l = l.trim_end_matches('.');
    match l {
        "mg" | "mgs" | "milligram" | "milligrams" | "milligramme" | "milligrammes" => "mg".into(),
        "mcg" | "mcgs" | "μg" | "µg" | "ug" | "microgram" | "micrograms" | "microgramme" => {
            "mcg".into()
        }
        "g" | "gm" | "gms" | "gr" | "gram" | "grams" | "gramme" | "grammes" => "g".into(),
        "kg" => "kg".into(),
        "ml" | "mls" | "cc" | "milliliter" | "milliliters" | "millilitre" | "millilitres" => {
            "mL".into()
        }
        "l" | "liter" | "litre" => "L".into(),
        "iu" | "ius" | "unit" | "units" | "u" | "international units" | "international unit" => {
            "unit".into()
        }
        "meq" | "milliequivalent" | "milliequivalents" => "mEq".into(),
        "%" | "percent" => "%".into(),
        other => other.to_string(),
    }
}

/// Milligrams per one of `unit` for mass units (kg, g, mg, mcg, ng); `None` otherwise.
pub fn mass_in_mg(unit: &str) -> Option<f64> {
    match unit {
        "kg" => Some(1_000_000.0),
        "g" => Some(1000.0),
        "mg" => Some(1.0),
        "mcg" => Some(0.001),
        "ng" => Some(0.000_001),
        _ => None,
    }
}

/// Collapses doubled letters ("adderall" → "aderal"), a cheap phonetic key for typos.
pub fn squeeze(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    squeeze_into(&mut out, s);
    out
}

/// [`squeeze`] into `out` (cleared first), so that a loop over many words reuses one
/// buffer.
pub fn squeeze_into(out: &mut String, s: &str) {
    out.clear();
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up
/// early: any result above `max` is reported as `max + 1`. ASCII text (every drug name
/// the typo lookup compares) is compared byte by byte, other text char by char.
pub fn osa_distance(a: &str, b: &str, max: usize) -> usize {
    if a.is_ascii() && b.is_ascii() {
        return osa(a.as_bytes(), b.as_bytes(), max);
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    osa(&a, &b, max)
}

/// [`osa_distance`] over any symbols. Only the last three rows of the table are kept,
/// on the stack for words of up to 63 symbols: this runs for each candidate of each
/// unknown word of a medication line.
fn osa<T: PartialEq>(a: &[T], b: &[T], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max || a.is_empty() || b.is_empty() {
        return a.len().max(b.len()).min(max + 1);
    }
    const ON_STACK: usize = 64;
    let w = b.len() + 1;
    let mut stack = [0usize; 3 * ON_STACK];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if w <= ON_STACK {
        &mut stack[..3 * w]
    } else {
        heap.resize(3 * w, 0);
        &mut heap
    };
    // Rows i-2, i-1 and i of the full table, in turn at offsets 0, w and 2w.
    let (mut two_back, mut back, mut cur) = (0, w, 2 * w);
    for (j, cell) in rows[back..back + w].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[cur] = i;
        let mut row_min = usize::MAX;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (rows[back + j] + 1)
                .min(rows[cur + j - 1] + 1)
                .min(rows[back + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(rows[two_back + j - 2] + 1);
            }
            rows[cur + j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
        (two_back, back, cur) = (back, cur, two_back);
    }
    rows[back + b.len()].min(max + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        assert_eq!(canonical("Klor-Con M20"), "klor con m20");
        assert_eq!(canonical("St. John's Wort"), "st johns wort");
        assert_eq!(canonical("  Os-Cal 500 + D "), "os cal 500 d");
        assert_eq!(canonical("Tylenol #3"), "tylenol 3");
        assert_eq!(canonical("vitamin b-12 2.5"), "vitamin b 12 2.5");
        assert_eq!(canonical("Zyrtec®"), "zyrtec");
    }

    #[test]
    fn ascii_path_agrees_with_the_general_one() {
        for s in [
            "Klor-Con M20",
            "St. John's Wort",
            ".5 mg 2.",
            "1.2.3",
            "a''b",
            "  ",
            "X.Y 3.x",
        ] {
            assert_eq!(canonical_ascii(s.as_bytes()), canonical_chars(s), "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_path_agrees_on_any_ascii(s in "[ -~\\t]{0,40}") {
            proptest::prop_assert_eq!(canonical_ascii(s.as_bytes()), canonical_chars(&s));
        }
    }

    #[test]
    fn combination_split() {
        assert_eq!(
            split_combination("Lisinopril-HCTZ"),
            vec!["lisinopril", "hctz"]
        );
        assert_eq!(
            split_combination("oxycodone and acetaminophen"),
            vec!["oxycodone", "acetaminophen"]
        );
        assert_eq!(split_combination("TMP/SMX"), vec!["tmp", "smx"]);
    }

    #[test]
    fn units() {
        assert_eq!(norm_unit("μg"), "mcg");
        assert_eq!(norm_unit("CC"), "mL");
        assert_eq!(norm_unit("IU"), "unit");
        assert_eq!(norm_unit("Grams"), "g");
    }

    #[test]
    fn distance() {
        assert_eq!(osa_distance("codaine", "codeine", 2), 1);
        assert_eq!(osa_distance("bendaryl", "benadryl", 2), 1);
        assert_eq!(osa_distance("aderol", "adderall", 3), 3);
        assert_eq!(squeeze("adderall"), "aderal");
        assert_eq!(osa_distance("abc", "xyzabc", 2), 3);
        assert_eq!(osa_distance("", "", 0), 0);
        assert_eq!(osa_distance("ab", "", 2), 2);
        assert_eq!(osa_distance("ça", "ac", 2), 2);
        let long = "a".repeat(100);
        assert_eq!(osa_distance(&long, &format!("{long}b"), 1), 1);
    }

    /// The distance by its definition: the whole table, no early exit, capped at
    /// `max + 1` at the end. The three-row, byte-wise version must agree with it.
    fn osa_reference(a: &str, b: &str, max: usize) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        let w = b.len() + 1;
        let mut d = vec![0usize; (a.len() + 1) * w];
        for i in 0..=a.len() {
            d[i * w] = i;
        }
        for (j, cell) in d.iter_mut().enumerate().take(w) {
            *cell = j;
        }
        for i in 1..=a.len() {
            for j in 1..=b.len() {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (d[(i - 1) * w + j] + 1)
                    .min(d[i * w + j - 1] + 1)
                    .min(d[(i - 1) * w + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(d[(i - 2) * w + j - 2] + 1);
                }
                d[i * w + j] = v;
            }
        }
        d[a.len() * w + b.len()].min(max + 1)
    }

    proptest::proptest! {
        /// Short words over a small alphabet (so that edits and swaps are common), some
        /// with a non-ASCII letter, and a few longer than the stack rows.
        #[test]
        fn distance_agrees_with_the_full_table(
            a in "[abcé]{0,9}|[ab]{60,70}",
            b in "[abcé]{0,9}|[ab]{60,70}",
            max in 0usize..4,
        ) {
            proptest::prop_assert_eq!(osa_distance(&a, &b, max), osa_reference(&a, &b, max));
        }

        #[test]
        fn squeezing_into_a_used_buffer_is_squeezing(a in "[abé]{0,12}", used in "[xy]{0,5}") {
            let mut buf = used;
            squeeze_into(&mut buf, &a);
            proptest::prop_assert_eq!(buf, squeeze(&a));
        }
    }
}
