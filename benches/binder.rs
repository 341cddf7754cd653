//! Benchmark for the binder's everyday cost: a 1,000-medication binder opened with a
//! session, timed against the stock `sqlite3` shell on the same database in plaintext.
//! Run with `cargo bench --bench binder`; it prints medians over repeated runs.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use phr::binder::crypto::{Keys, Passphrase};
use phr::binder::{self, Binder, BinderPaths, KeyOrigin};
use phr::records::med::{self, NewMedication};

const RUNS: usize = 41;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn time(runs: usize, mut f: impl FnMut(usize)) -> Duration {
    f(usize::MAX); // warm the page cache
    median(
        (0..runs)
            .map(|i| {
                let t = Instant::now();
                f(i);
                t.elapsed()
            })
            .collect(),
    )
}

fn run(cmd: &mut Command) {
    let out = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return; // `cargo test --benches` asks for a list; nothing to list.
    }
    let phr = env!("CARGO_BIN_EXE_phr");
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("binder");
    let paths = BinderPaths::new(&dir);
    let pass_file = root.path().join("pass");
    std::fs::write(&pass_file, "benchmark passphrase\n").unwrap();
    let owner = Binder::create(
        &paths,
        &Passphrase::new("benchmark passphrase".into()),
        "2026-11-26T00:00:00Z",
    )
    .unwrap();
    let keys = Keys::single(owner.into_identity());
    {
        let mut b = Binder::open_write(&paths, &keys, KeyOrigin::Owner).unwrap();
        for i in 0..1000 {
            let m = NewMedication {
                text: format!("Medication number {i} 10 mg tablet, 1 tablet by mouth twice daily"),
                prescriber: Some(format!("Dr Provider {}", i % 17)),
                ..Default::default()
            };
            med::add(b.conn_mut(), &m, "2026-11-26T00:00:00Z").unwrap();
        }
        b.save(binder::DEFAULT_BACKUPS).unwrap();
    }
    // The same database in plaintext, for sqlite3 (the benchmark's temp dir only).
    let plain = root.path().join("plain.sqlite");
    {
        let b = Binder::open_read(&paths, &keys, KeyOrigin::Owner).unwrap();
        b.conn()
            .execute("VACUUM INTO ?1", [plain.to_str().unwrap()])
            .unwrap();
    }
    let runtime = root.path().join("run");
    std::fs::create_dir_all(&runtime).unwrap();
    let env = |c: &mut Command| {
        c.env("XDG_RUNTIME_DIR", &runtime).env("NO_COLOR", "1");
    };
    let mut unlock = Command::new(phr);
    env(&mut unlock);
    let out = unlock
        .args(["--no-input", "--json", "--binder"])
        .arg(&dir)
        .arg("--passphrase-file")
        .arg(&pass_file)
        .arg("unlock")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let session = v["session"].as_str().unwrap().to_owned();
    let phr_cmd = |args: &[&str]| {
        let mut c = Command::new(phr);
        env(&mut c);
        c.env("PHR_SESSION", &session)
            .arg("--binder")
            .arg(&dir)
            .args(args);
        c
    };
    let sqlite = |sql: &str, json: bool| {
        let mut c = Command::new("sqlite3");
        if json {
            c.arg("-json");
        }
        c.arg(&plain).arg(sql);
        c
    };

    let list_phr = time(RUNS, |_| run(&mut phr_cmd(&["--json", "med", "list"])));
    let list_sql = time(RUNS, |_| {
        run(&mut sqlite(
            "SELECT * FROM medications WHERE status = 'active' ORDER BY id",
            true,
        ))
    });
    let add_phr = time(RUNS, |i| {
        run(&mut phr_cmd(&[
            "med",
            "add",
            &format!("Bench add {i} 5 mg daily"),
        ]))
    });
    let add_sql = time(RUNS, |i| {
        run(&mut sqlite(
            &format!(
                "INSERT INTO medications(uuid, text, created_at, updated_at) VALUES ('u-{i}-{}', 'Bench add {i} 5 mg daily', 't', 't')",
                Instant::now().elapsed().as_nanos()
            ),
            false,
        ))
    });
    let size = std::fs::metadata(paths.binder()).unwrap().len();
    let ms = |d: Duration| format!("{:.1} ms", d.as_secs_f64() * 1e3);
    println!("binder: 1,000 medications, {size} bytes encrypted; medians of {RUNS} runs");
    println!("| operation | phr (session) | sqlite3 (plaintext) | ratio | target |");
    println!("| --- | --- | --- | --- | --- |");
    println!(
        "| list as JSON | {} | {} | {:.2} | ≤ 2.0 |",
        ms(list_phr),
        ms(list_sql),
        list_phr.as_secs_f64() / list_sql.as_secs_f64()
    );
    println!(
        "| add one | {} | {} | {:.2} | ≤ 6.0 |",
        ms(add_phr),
        ms(add_sql),
        add_phr.as_secs_f64() / add_sql.as_secs_f64()
    );
    let _ = Path::new(phr);
}
