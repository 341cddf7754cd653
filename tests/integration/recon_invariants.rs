//! Property tests: every saved and every new entry lands in exactly one item, and a
//! list reconciled against itself is all unchanged/indeterminate with no substitution.

use phr::reconcile::{Context, FlagType, NewList, SavedMed, Status, reconcile};
use proptest::prelude::*;

const POOL: &[&str] = &[
    "lisinopril 10 mg daily",
    "lisinopril 20 mg daily",
    "Zestril 10 mg once daily",
    "Hyzaar 100-25 mg daily",
    "losartan 100 mg daily",
    "hydrochlorothiazide 25 mg daily",
    "lisinopril-hydrochlorothiazide 20-12.5 mg daily",
    "Norco 5-325 mg every 6 hours as needed",
    "Tylenol PM 2 caplets at bedtime",
    "acetaminophen 500 mg 2 tablets every 6 hours as needed",
    "metformin 500 mg BID",
    "Glucophage 1000 mg twice daily",
    "omeprazole 20 mg daily",
    "pantoprazole 40 mg daily",
    "simvastatin 40 mg at bedtime",
    "atorvastatin 20 mg daily",
    "warfarin 5 mg as directed",
    "ibuprofen 400 mg q6h prn",
    "levothyroxine 88 mcg daily",
    "insulin glargine 20 units at bedtime",
    "Advair 250/50 1 puff twice daily",
    "Symbicort 160/4.5 2 puffs twice daily",
    "fish oil 1000 mg daily",
    "multivitamin 1 tablet daily",
    "",
    "???",
    "methotrexate 15 mg weekly",
];

fn lines() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(prop::sample::select(POOL).prop_map(String::from), 0..10)
}

fn saved_of(v: &[String]) -> Vec<SavedMed> {
    v.iter()
        .enumerate()
        .map(|(i, t)| SavedMed::new(format!("m{i}"), t))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_entry_in_exactly_one_item(s in lines(), n in lines()) {
        let saved = saved_of(&s);
        let new = NewList::from_lines(&n);
        let r = reconcile(&saved, &new, &Context::default());
        let mut seen_s = vec![0usize; s.len()];
        let mut seen_n = vec![0usize; n.len()];
        for it in &r.items {
            prop_assert!(!(it.saved.is_empty() && it.new.is_empty()));
            for x in &it.saved {
                let i: usize = x.id[1..].parse().unwrap();
                seen_s[i] += 1;
            }
            for x in &it.new {
                seen_n[x.index] += 1;
            }
            match it.status {
                Status::New => prop_assert!(it.saved.is_empty()),
                Status::Discontinued => prop_assert!(it.new.is_empty()),
                Status::Changed => prop_assert!(!it.changes.is_empty()),
                _ => prop_assert!(it.changes.is_empty()),
            }
        }
        prop_assert!(seen_s.iter().all(|&c| c == 1), "{:?}", seen_s);
        prop_assert!(seen_n.iter().all(|&c| c == 1), "{:?}", seen_n);
        // JSON always serializes
        prop_assert!(serde_json::to_string(&r).is_ok());
    }

    #[test]
    fn list_against_itself_is_unchanged(s in lines()) {
        let saved = saved_of(&s);
        let new = NewList::from_lines(&s);
        let r = reconcile(&saved, &new, &Context::default());
        for it in &r.items {
            prop_assert!(
                matches!(it.status, Status::Unchanged | Status::Indeterminate),
                "{:?}", it
            );
        }
        prop_assert!(r.flags.iter().all(|f| f.kind != FlagType::TherapeuticSubstitution && f.kind != FlagType::SuspectedUnitError));
    }
}

/// Thousands of near-identical entries (all one ingredient, all QT drugs) stay fast.
#[test]
fn huge_same_ingredient_lists_are_bounded() {
    let lines: Vec<String> = (0..3000)
        .map(|i| match i % 3 {
            0 => "citalopram 20 mg daily".to_string(),
            1 => format!("ondansetron {} mg every 8 hours as needed", 4 + i % 5),
            _ => "Hyzaar 100-25 mg daily".to_string(),
        })
        .collect();
    let saved = saved_of(&lines);
    let new = NewList::from_lines(&lines[..2500]);
    let t = std::time::Instant::now();
    let r = reconcile(&saved, &new, &Context::default());
    assert!(t.elapsed().as_secs() < 20, "{:?}", t.elapsed());
    let n: usize = r.items.iter().map(|i| i.saved.len() + i.new.len()).sum();
    assert_eq!(n, 5500);
}
