//! Scale benchmark: binders of 1k, 10k and 100k records (medications, results and notes
//! mixed, built in-process through the library), then whole `phr` processes opened with
//! a session: listing (`med list --json` and as a table, `result list --json`), adding (`med add`,
//! `note add`), `profile show` (a small read), `export fhir` (the whole binder as an IPS
//! bundle, to stdout) and `reconcile` of a 50-line list (30 saved medications, ten of them
//! with another dose, and 20 new ones; report only, as the table and as JSON), the peak RSS of each (from
//! `/usr/bin/time -f %M`), and the decrypted image size. Run with `cargo bench --bench scale` (`-- 1000 10000` to pick sizes,
//! `--keep DIR` to leave the binders under DIR for profiling).
//! Targets at 10k records: a read ≤ 30 ms, a write ≤ 60 ms, peak RSS ≤ 3 × image + 30 MB.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use phr::binder::crypto::{Keys, Passphrase};
use phr::binder::{self, Binder, BinderPaths, KeyOrigin};
use phr::records::generic::{self, Values};
use phr::records::kinds;
use phr::records::med::{self, NewMedication};
use rusqlite::MAIN_DB;

const NOW: &str = "2026-11-26T00:00:00Z";
const PASS: &str = "benchmark passphrase";

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn run(cmd: &mut Command) {
    let out = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("phr runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Builds a binder of `n` records: a third each medications, results and notes.
fn build(dir: &Path, n: usize) -> (Keys, usize) {
    let paths = BinderPaths::new(dir);
    let owner = Binder::create(&paths, &Passphrase::new(PASS.into()), NOW).expect("create");
    let keys = Keys::single(owner.into_identity());
    let mut b = Binder::open_write(&paths, &keys, KeyOrigin::Owner).expect("open");
    {
        let tx = b.conn_mut().transaction().expect("tx");
        for i in 0..n {
            match i % 3 {
                0 => {
                    let mut m = NewMedication {
                        text: format!(
                            "Medication number {i} 10 mg tablet, 1 tablet by mouth twice daily"
                        ),
                        prescriber: Some(format!("Dr Provider {}", i % 17)),
                        ..Default::default()
                    };
                    phr::medparse::fill(&mut m, false);
                    med::add_in(&tx, &m, NOW, None).expect("med");
                }
                1 => {
                    let mut v = Values::new();
                    v.insert("test", format!("Test {}", i % 50).into());
                    v.insert("value", format!("{}.{}", i % 13, i % 10).into());
                    v.insert("unit", "mmol/L".into());
                    v.insert("date", "2026-10-01".into());
                    generic::insert(&tx, &kinds::RESULT, &v, NOW, None).expect("result");
                }
                _ => {
                    let mut v = Values::new();
                    v.insert(
                        "text",
                        format!("Called the clinic about item {i}; they will fax the report")
                            .into(),
                    );
                    generic::insert(&tx, &kinds::NOTE, &v, NOW, None).expect("note");
                }
            }
        }
        tx.commit().expect("commit");
    }
    b.save(binder::DEFAULT_BACKUPS).expect("save");
    let size = b.conn_mut().serialize(MAIN_DB).expect("serialize").len();
    (keys, size)
}

/// The arguments of one timed command, given the run number.
type ArgsFor = Box<dyn Fn(usize) -> Vec<String>>;

struct Row {
    n: usize,
    image: usize,
    encrypted: u64,
    times: Vec<(&'static str, Duration, u64)>,
}

fn measure(phr: &str, root: &Path, n: usize, runs: usize) -> Row {
    let dir = root.join(format!("binder-{n}"));
    let t = Instant::now();
    let (_keys, image) = build(&dir, n);
    eprintln!("built {n} records in {:.1} s", t.elapsed().as_secs_f64());
    let pass_file = root.join("pass");
    std::fs::write(&pass_file, format!("{PASS}\n")).expect("pass");
    let runtime = root.join("run");
    std::fs::create_dir_all(&runtime).expect("run dir");
    let base = |c: &mut Command| {
        c.env("XDG_RUNTIME_DIR", &runtime)
            .env("NO_COLOR", "1")
            .env("PHR_NOW", "2026-11-26T09:00:00Z");
    };
    let mut unlock = Command::new(phr);
    base(&mut unlock);
    let out = unlock
        .args(["--no-input", "--json", "--binder"])
        .arg(&dir)
        .arg("--passphrase-file")
        .arg(&pass_file)
        .arg("unlock")
        .output()
        .expect("unlock");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("unlock json");
    let session = v["session"].as_str().expect("session").to_owned();
    let cmd = |prog: &Path, pre: &[&str], args: &[String]| {
        let mut c = Command::new(prog);
        base(&mut c);
        c.args(pre)
            .arg(phr)
            .env("PHR_SESSION", &session)
            .arg("--no-input")
            .arg("--binder")
            .arg(&dir)
            .args(args);
        c
    };
    // A 50-line list: 30 of the binder's medications (ten with another dose), 20 new.
    let list_file = root.join(format!("list-{n}.txt"));
    let mut lines = Vec::new();
    for k in 0..50usize {
        let i = (k * 3 * 7) % n.max(1) / 3 * 3;
        lines.push(match k {
            0..20 => format!("Medication number {i} 10 mg tablet, 1 tablet by mouth twice daily"),
            20..30 => format!("Medication number {i} 20 mg tablet, 1 tablet by mouth once daily"),
            _ => format!("New medicine {k} 5 mg tablet daily"),
        });
    }
    std::fs::write(&list_file, lines.join("\n") + "\n").expect("list");
    let list_arg = list_file.display().to_string();
    let ops: Vec<(&'static str, ArgsFor)> = vec![
        (
            "med list --json",
            Box::new(|_| vec!["--json".into(), "med".into(), "list".into()]),
        ),
        (
            "med list (table)",
            Box::new(|_| vec!["med".into(), "list".into()]),
        ),
        (
            "result list --json",
            Box::new(|_| vec!["--json".into(), "result".into(), "list".into()]),
        ),
        (
            "med add",
            Box::new(|i| {
                vec![
                    "med".into(),
                    "add".into(),
                    format!("Bench add {i} 5 mg daily"),
                ]
            }),
        ),
        (
            "note add",
            Box::new(|i| vec!["note".into(), "add".into(), format!("Bench note {i}")]),
        ),
        (
            "profile show",
            Box::new(|_| vec!["profile".into(), "show".into()]),
        ),
        (
            "export summary",
            Box::new(|_| vec!["export".into(), "summary".into()]),
        ),
        (
            "export medlist",
            Box::new(|_| vec!["export".into(), "medlist".into()]),
        ),
        (
            "export fhir",
            Box::new(|_| vec!["export".into(), "fhir".into()]),
        ),
        (
            "reconcile 50 lines",
            Box::new({
                let list_arg = list_arg.clone();
                move |_| vec!["reconcile".into(), list_arg.clone()]
            }),
        ),
        (
            "reconcile --json",
            Box::new(move |_| vec!["--json".into(), "reconcile".into(), list_arg.clone()]),
        ),
    ];
    let time_bin = PathBuf::from("/usr/bin/time");
    let mut times = Vec::new();
    for (name, args) in &ops {
        // Warm the page cache, then time.
        run(&mut cmd(Path::new("env"), &[], &args(usize::MAX)));
        let d = median(
            (0..runs)
                .map(|i| {
                    let mut c = cmd(Path::new("env"), &[], &args(i));
                    let t = Instant::now();
                    run(&mut c);
                    t.elapsed()
                })
                .collect(),
        );
        // Peak RSS of one more run, in KiB, from GNU time.
        let rss = if time_bin.exists() {
            let out = cmd(&time_bin, &["-f", "%M"], &args(usize::MAX - 1))
                .stdout(Stdio::null())
                .output()
                .expect("time");
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .and_then(|l| l.trim().parse().ok())
                .unwrap_or(0)
        } else {
            0
        };
        times.push((*name, d, rss));
    }
    let encrypted = std::fs::metadata(dir.join("binder.age"))
        .map(|m| m.len())
        .unwrap_or(0);
    Row {
        n,
        image,
        encrypted,
        times,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--list") {
        return; // `cargo test --benches` asks for a list; nothing to list.
    }
    let sizes: Vec<usize> = {
        let v: Vec<usize> = args
            .iter()
            .filter(|a| !a.contains('/'))
            .filter_map(|a| a.parse().ok())
            .collect();
        if v.is_empty() {
            vec![1_000, 10_000, 100_000]
        } else {
            v
        }
    };
    let phr = env!("CARGO_BIN_EXE_phr");
    // `--keep DIR` builds the binders under DIR and leaves them there (for profiling).
    let keep = args
        .iter()
        .position(|a| a == "--keep")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from);
    let tmp = tempfile::tempdir().expect("tempdir");
    let root_path = keep.clone().unwrap_or_else(|| tmp.path().to_path_buf());
    let mib = |b: f64| b / (1024.0 * 1024.0);
    let mut rows = Vec::new();
    for &n in &sizes {
        let runs = if n >= 100_000 { 5 } else { 21 };
        rows.push(measure(phr, &root_path, n, runs));
    }
    println!("medians of 21 runs (5 at 100k); peak RSS from /usr/bin/time -f %M");
    let names: Vec<&str> = rows
        .first()
        .map(|r| r.times.iter().map(|t| t.0).collect())
        .unwrap_or_default();
    println!(
        "| records | image | binder.age | {} | peak RSS (max) | RSS target |",
        names.join(" | ")
    );
    println!("|{}", " --- |".repeat(names.len() + 5));
    for r in &rows {
        let cells: Vec<String> = r
            .times
            .iter()
            .map(|(_, d, _)| format!("{:.1} ms", d.as_secs_f64() * 1e3))
            .collect();
        let peak = r.times.iter().map(|t| t.2).max().unwrap_or(0);
        println!(
            "| {} | {:.1} MiB | {:.1} MiB | {} | {:.1} MiB | {:.1} MiB |",
            r.n,
            mib(r.image as f64),
            mib(r.encrypted as f64),
            cells.join(" | "),
            peak as f64 / 1024.0,
            mib(r.image as f64) * 3.0 + 30.0,
        );
    }
    println!();
    println!("peak RSS per command (MiB):");
    for r in &rows {
        let per: Vec<String> = r
            .times
            .iter()
            .map(|(name, _, rss)| format!("{name} {:.1}", *rss as f64 / 1024.0))
            .collect();
        println!("  {}: {}", r.n, per.join(", "));
    }
}
