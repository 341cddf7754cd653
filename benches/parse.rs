//! Throughput benchmark: parses a few thousand varied medication lines in-process and
//! prints the median lines/second over several runs.
//!
//!     cargo bench --bench parse

use std::hint::black_box;
use std::time::Instant;

const TEMPLATES: &[&str] = &[
    "{drug} {s} mg tablet, take {n} tablet by mouth {freq}",
    "Take {n} tabs of {drug} {s}mg {freq} for {d} days",
    "{drug} {s} mg {n} po {freq} prn pain, max {m} tablets in 24 hours",
    "Sig: {n} cap po {freq} x{d}d. Disp #30, 2 refills",
    "{drug} {s} mg: take {n} tablets daily for {d} days, then {n} tablet daily for {d} days",
    "inhale {n} puffs {freq} as needed for wheezing",
    "{drug} {s} mg {n} tab in the morning and {n} tab at bedtime",
    "apply to affected area {freq}",
    "{drug} {s} mcg 1 tab every morning on an empty stomach",
    "TAKE ONE OR TWO TABLETS {freq} WHEN REQUIRED",
];
const DRUGS: &[&str] = &[
    "lisinopril",
    "Norco",
    "metformin ER",
    "Tylenol PM",
    "atorvastatin",
    "Hyzaar",
    "amoxicillin",
    "levothyroxine",
    "sertraline",
    "Eliquis",
    "unknownium",
    "metoprolol succinate",
    "Advil",
    "fish oil",
];
const FREQS: &[&str] = &[
    "daily",
    "bid",
    "twice a day",
    "q6h",
    "every 4-6 hours",
    "three times daily",
    "qhs",
    "every other day",
    "once weekly on Mondays",
    "q.i.d.",
    "tds-qds",
    "with meals",
];

fn lines(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let t = TEMPLATES[i % TEMPLATES.len()];
            t.replace("{drug}", DRUGS[(i / 3) % DRUGS.len()])
                .replace("{freq}", FREQS[(i / 7) % FREQS.len()])
                .replace("{s}", ["5", "10", "20", "500", "81"][i % 5])
                .replace("{n}", ["1", "2", "one", "1/2"][i % 4])
                .replace("{d}", ["5", "7", "10"][i % 3])
                .replace("{m}", ["6", "8"][i % 2])
        })
        .collect()
}

fn main() {
    let input = lines(5000);
    // warm the lexicon (parsed lazily once)
    black_box(phr::sig::parse("lisinopril 10 mg daily"));
    let mut rates = Vec::new();
    for _ in 0..7 {
        let start = Instant::now();
        for l in &input {
            black_box(phr::sig::parse(black_box(l)));
        }
        let secs = start.elapsed().as_secs_f64();
        rates.push(input.len() as f64 / secs.max(1e-9));
    }
    rates.sort_by(f64::total_cmp);
    let median = rates[rates.len() / 2];
    println!(
        "parsed {} lines x {} runs; median {:.0} lines/s (min {:.0}, max {:.0})",
        input.len(),
        rates.len(),
        median,
        rates[0],
        rates[rates.len() - 1]
    );
}
