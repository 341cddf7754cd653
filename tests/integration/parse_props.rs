//! Property tests: `parse` never panics on arbitrary text (unicode included) and its
//! output survives a JSON round trip unchanged.

use phr::sig::{ParsedMed, parse};
use proptest::prelude::*;

/// Sig-like text assembled from real vocabulary, numbers and punctuation, so the
/// grammar's deeper paths are exercised, not only the tokenizer.
fn sig_like() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "take",
        "1",
        "2",
        "1/2",
        "½",
        "0.5",
        "one",
        "two",
        "and a half",
        "tab",
        "tabs",
        "capsule",
        "puffs",
        "mL",
        "mg",
        "mcg",
        "g",
        "units",
        "%",
        "by mouth",
        "po",
        "sl",
        "qd",
        "bid",
        "tid",
        "qid",
        "qhs",
        "q4h",
        "q4-6h",
        "q.o.d.",
        "every",
        "other",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "hours",
        "hourly",
        "times",
        "x",
        "x7d",
        "for",
        "up to",
        "then",
        "than",
        "and",
        "or",
        "-",
        "/",
        "+",
        ",",
        ".",
        "(",
        ")",
        "#30",
        "prn",
        "as needed",
        "pain",
        "at bedtime",
        "in the morning",
        "with meals",
        "mane",
        "nocte",
        "monday",
        "on",
        "max",
        "not to exceed",
        "in 24 hours",
        "as directed",
        "norco",
        "5-325",
        "tylenol pm",
        "hyzaar",
        "lisinopril",
        "metoprolol succinate",
        "er",
        "xl",
        "dr",
        "apply",
        "inhale",
        "drops",
        "od",
        "os",
        "ou",
        "left eye",
        "patch",
        "inhaler",
        "8 am",
        "twenty",
        "eight",
        "increased to",
        "except",
        "disp",
        "refills",
        "μg",
        "cc",
        "iu",
        "then",
        "spoonful",
    ]);
    prop::collection::vec(words, 0..24).prop_map(|v| v.join(" "))
}

fn roundtrip(m: &ParsedMed) {
    let json = serde_json::to_string(m).expect("serialise");
    let back: ParsedMed = serde_json::from_str(&json).expect("deserialise");
    // serde_json writes f64 exactly (shortest round-trip form), so equality is exact
    assert_eq!(&back, m, "json: {json}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn never_panics_on_any_string(s in any::<String>()) {
        let m = parse(&s);
        roundtrip(&m);
    }

    #[test]
    fn never_panics_on_unicode_soup(s in "\\PC{0,80}") {
        let m = parse(&s);
        roundtrip(&m);
    }

    #[test]
    fn sig_like_text_parses_and_roundtrips(s in sig_like()) {
        let m = parse(&s);
        if let Some(f) = m.frequency_per_day {
            prop_assert!(f.is_finite() && f >= 0.0);
        }
        if let Some(d) = m.dose {
            prop_assert!(d.is_finite());
        }
        let _ = (m.dose_mass_mg(), m.daily_mass_mg(), m.daily_mass_mg_max(), m.ingredient_daily_mg_max());
        roundtrip(&m);
    }
}
