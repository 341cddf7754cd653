//! End-to-end scenarios written for phr, one per reconciliation theme (unit and
//! frequency synonyms, dose changes, route/form, hidden acetaminophen, combinations,
//! same-class duplication, substitution, PRN, insulin and unit errors, Wellbutrin +
//! Zyban, bedtime/weekly/every-other-day, eyes and inhalers). Each file in
//! `tests/fixtures/reconcile/` lists saved and new lines, the expected items and the expected
//! flags; any other flag of the four graded types is a failure.

use std::collections::BTreeSet;

use phr::reconcile::{Context, NewList, SavedMed, reconcile};
use serde_json::Value;

fn set(v: &Value) -> BTreeSet<i64> {
    match v {
        Value::Null => BTreeSet::new(),
        Value::Array(a) => a.iter().filter_map(Value::as_i64).collect(),
        other => other.as_i64().into_iter().collect(),
    }
}

fn check(path: &std::path::Path) -> Vec<String> {
    let sc: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let lines = |k: &str| -> Vec<String> {
        sc[k]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let saved: Vec<SavedMed> = lines("saved")
        .iter()
        .enumerate()
        .map(|(i, t)| SavedMed::new(format!("m{}", i + 1), t))
        .collect();
    let new = NewList::from_lines(&lines("new"));
    let r = reconcile(&saved, &new, &Context::default());
    let sid = |id: &str| id.trim_start_matches('m').parse::<i64>().unwrap() - 1;
    let mut problems = Vec::new();
    for e in sc["expected"].as_array().unwrap() {
        let (s, n) = (set(&e["saved"]), set(&e["new"]));
        let status = e["status"].as_str().unwrap();
        let changes: BTreeSet<String> = e["changes"]
            .as_array()
            .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
            .unwrap_or_default();
        let hit = r.items.iter().any(|it| {
            let gs: BTreeSet<i64> = it.saved.iter().map(|x| sid(&x.id)).collect();
            let gn: BTreeSet<i64> = it.new.iter().map(|x| x.index as i64).collect();
            let st = serde_json::to_value(it.status).unwrap();
            let gc: BTreeSet<String> = it.changes.iter().map(|c| c.as_str().to_string()).collect();
            gs == s && gn == n && st == status && (status != "changed" || gc == changes)
        });
        if !hit {
            problems.push(format!(
                "item {e}: got {}",
                serde_json::to_string(&r.items).unwrap()
            ));
        }
    }
    let graded = [
        "duplicate_ingredient",
        "therapeutic_duplication",
        "therapeutic_substitution",
        "suspected_unit_error",
    ];
    let flags = serde_json::to_value(&r.flags).unwrap();
    let flags = flags.as_array().unwrap();
    let mut matched = BTreeSet::new();
    for ef in sc["expected_flags"].as_array().unwrap() {
        let want = set(&ef["items"]);
        let found = flags.iter().enumerate().find(|(_, f)| {
            let items: BTreeSet<i64> = if f["list"] == "new" {
                set(&f["new"])
            } else {
                f["saved"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|x| sid(x.as_str().unwrap()))
                    .collect()
            };
            f["type"] == ef["type"] && f["list"] == ef["list"] && want.is_subset(&items)
        });
        match found {
            Some((i, _)) => {
                matched.insert(i);
            }
            None => problems.push(format!("missing flag {ef}")),
        }
    }
    for (i, f) in flags.iter().enumerate() {
        if !matched.contains(&i) && graded.iter().any(|g| f["type"] == *g) {
            problems.push(format!("unexpected flag {f}"));
        }
    }
    problems
}

#[test]
fn own_scenarios_reconcile_as_expected() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reconcile");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 12);
    let mut all = Vec::new();
    for f in &files {
        for p in check(f) {
            all.push(format!("{}: {p}", f.file_name().unwrap().to_string_lossy()));
        }
    }
    assert!(all.is_empty(), "{}", all.join("\n"));
}
