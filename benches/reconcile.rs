//! Benchmark: reconciles 500 saved against 500 new medications in-process and prints
//! the median time over several runs (target: 50 ms or less for the reconcile step);
//! then 3,357 saved against 50 new (a large binder, many flags naming many saved
//! medications), timing the reconcile and each printed form of the report.
//! Run with `cargo bench --bench reconcile` (`ONLY_LARGE=1` runs only the large binder).

use std::time::{Duration, Instant};

use phr::reconcile::{Context, NewList, SavedMed, reconcile, render_markdown, render_table};

const DRUGS: &[&str] = &[
    "lisinopril",
    "losartan",
    "Hyzaar",
    "hydrochlorothiazide",
    "amlodipine",
    "metoprolol tartrate",
    "Toprol XL",
    "atorvastatin",
    "simvastatin",
    "rosuvastatin",
    "metformin",
    "glipizide",
    "Januvia",
    "omeprazole",
    "pantoprazole",
    "famotidine",
    "sertraline",
    "escitalopram",
    "bupropion",
    "trazodone",
    "gabapentin",
    "Norco",
    "acetaminophen",
    "ibuprofen",
    "naproxen",
    "aspirin",
    "apixaban",
    "warfarin",
    "clopidogrel",
    "furosemide",
    "spironolactone",
    "levothyroxine",
    "prednisone",
    "albuterol",
    "Advair",
    "montelukast",
    "cetirizine",
    "Tylenol PM",
    "vitamin D3",
    "fish oil",
    "tamsulosin",
    "finasteride",
    "donepezil",
    "lisinopril-hydrochlorothiazide",
    "insulin glargine",
    "allopurinol",
    "citalopram",
    "tramadol",
    "cyclobenzaprine",
    "ondansetron",
];
const STRENGTHS: &[&str] = &[
    "5 mg", "10 mg", "20 mg", "25 mg", "40 mg", "50 mg", "100 mg", "500 mg",
];
const SIGS: &[&str] = &[
    "daily",
    "twice daily",
    "BID",
    "q12h",
    "at bedtime",
    "every morning",
    "three times daily",
    "every 6 hours as needed for pain",
    "1 tablet by mouth once daily",
    "2 tablets twice a day",
    "weekly",
    "every other day",
];

/// A deterministic pseudo-random list (xorshift), so runs are comparable.
fn list(n: usize, seed: u64) -> Vec<String> {
    let mut x = seed;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x as usize
    };
    (0..n)
        .map(|_| {
            format!(
                "{} {} {}",
                DRUGS[next() % DRUGS.len()],
                STRENGTHS[next() % STRENGTHS.len()],
                SIGS[next() % SIGS.len()]
            )
        })
        .collect()
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    if std::env::var_os("ONLY_LARGE").is_none() {
        small_lists();
    }
    large_binder();
}

/// Both lists of 500.
fn small_lists() {
    let saved_lines = list(500, 0x9E37_79B9_7F4A_7C15);
    let new_lines = list(500, 0xD1B5_4A32_D192_ED03);
    let ctx = Context {
        allergies: vec!["penicillin".into(), "sulfa".into()],
    };
    let runs = 21;
    let mut recon = Vec::new();
    let mut total = Vec::new();
    let mut items = 0;
    for _ in 0..runs {
        let t0 = Instant::now();
        let saved: Vec<SavedMed> = saved_lines
            .iter()
            .enumerate()
            .map(|(i, t)| SavedMed::new(format!("m{}", i + 1), t))
            .collect();
        let new = NewList::from_lines(&new_lines);
        let t1 = Instant::now();
        let r = reconcile(&saved, &new, &ctx);
        let t2 = Instant::now();
        items = r.items.len() + r.flags.len();
        recon.push(t2 - t1);
        total.push(t2 - t0);
    }
    println!("500 saved vs 500 new, {runs} runs ({items} items + flags)");
    let best = recon.iter().min().copied().unwrap_or_default();
    println!("reconcile best: {:.2} ms", best.as_secs_f64() * 1000.0);
    println!(
        "reconcile median: {:.2} ms",
        median(recon).as_secs_f64() * 1000.0
    );
    println!(
        "parse + reconcile median: {:.2} ms",
        median(total).as_secs_f64() * 1000.0
    );
}

/// A large binder's active list against a short new one: the reconcile step and each
/// way the report is printed (the table, Markdown, JSON).
fn large_binder() {
    let saved: Vec<SavedMed> = list(3357, 0x2545_F491_4F6C_DD1D)
        .iter()
        .enumerate()
        .map(|(i, t)| SavedMed::new(format!("m{}", i + 1), t))
        .collect();
    let new = NewList::from_lines(&list(50, 0x9E37_79B9_7F4A_7C15));
    let ctx = Context {
        allergies: vec!["penicillin".into(), "sulfa".into()],
    };
    let runs = 7;
    let mut times: [Vec<Duration>; 4] = Default::default();
    let mut sizes = (0, 0);
    for _ in 0..runs {
        let t0 = Instant::now();
        let r = reconcile(&saved, &new, &ctx);
        let t1 = Instant::now();
        let table = render_table(&r, 80);
        let t2 = Instant::now();
        let md = render_markdown(&r);
        let t3 = Instant::now();
        let json = serde_json::to_string_pretty(&r).unwrap_or_default();
        let t4 = Instant::now();
        sizes = (r.items.len(), r.flags.len());
        std::hint::black_box((table, md, json));
        for (v, d) in times.iter_mut().zip([t1 - t0, t2 - t1, t3 - t2, t4 - t3]) {
            v.push(d);
        }
    }
    println!(
        "3357 saved vs 50 new, {runs} runs ({} items, {} flags), medians:",
        sizes.0, sizes.1
    );
    for (name, v) in ["reconcile", "table", "markdown", "json"].iter().zip(times) {
        println!("  {name}: {:.2} ms", median(v).as_secs_f64() * 1000.0);
    }
}
