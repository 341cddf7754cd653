//! `phr demo`: the tour. A throwaway binder (or `--keep DIR`) with a generated passphrase
//! shown on screen, filled with a sample patient from `examples/`, then the commands a
//! caregiver would run after a hospital discharge. It never prompts.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::binder::crypto::Passphrase;
use crate::binder::{Binder, BinderPaths, session};
use crate::context::Context;
use crate::error::{CliError, CliResult};

/// The sample discharge list, bundled from `examples/`.
const DISCHARGE: &str = include_str!("../../examples/discharge.txt");

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The tour creates its own binder with a generated passphrase (shown, because it is a
demo), so it never asks for anything and works without a terminal. Keep the binder to
explore it further with `--keep DIR`, then e.g. `phr --binder DIR med list`.")]
pub struct Args {
    /// Keep the demo binder in DIR (it must not exist yet) instead of a temp directory
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}

/// The sample patient, bundled from `examples/` (a `phr export toml` of her binder).
const PATIENT: &str = include_str!("../../examples/patient.toml");

const AFTER: &[&[&str]] = &[
    &[
        "appt",
        "add",
        "2026-12-01 14:30",
        "--with",
        "lee",
        "--reason",
        "after the hospital stay",
    ],
    &[
        "question",
        "add",
        "Should the aspirin restart after the hospital stay?",
        "--for",
        "lee",
    ],
    &["agenda"],
    &["med", "list"],
    &["export", "summary", "--for", "lee"],
    &["export", "medlist"],
];

pub fn run(ctx: &Context, a: &Args) -> CliResult {
    let temp = tempfile::Builder::new()
        .prefix("phr-demo-")
        .tempdir()
        .map_err(|e| CliError::failed("could not create a temp directory").cause(e))?;
    let dir = match &a.keep {
        Some(d) => d.clone(),
        None => temp.path().join("binder"),
    };
    let paths = BinderPaths::new(&dir);
    let passphrase = Passphrase::random()?;
    let say = |s: &str| ctx.ui.out(s);
    say(&format!(
        "phr demo: a tour on a throwaway binder in {}\nIts passphrase (generated, shown only because this is a demo): {}\n",
        paths.dir.display(),
        passphrase.expose()
    ))?;
    say("$ phr init")?;
    let owner = Binder::create(&paths, &passphrase, &ctx.stamp())?;
    say(
        "Created binder.age (the encrypted database) and identity.age (the key, locked by the passphrase).\n",
    )?;
    let expires = ctx.now().timestamp() + 3600;
    let key = session::start(&paths.dir, &owner, expires, None)?;
    let key = age::secrecy::ExposeSecret::expose_secret(&key).to_owned();
    let result = tour(ctx, &paths.dir, temp.path(), &key);
    let _ = session::end(&paths.dir);
    result?;
    if a.keep.is_some() {
        say(&format!(
            "\nThe binder is kept in {0}. It is one age-encrypted file; stock tools read it too:\n  age -d -i {0}/identity.age {0}/binder.age > binder.sqlite && sqlite3 binder.sqlite .tables",
            paths.dir.display()
        ))?;
    } else {
        say(
            "\nThe demo binder is deleted now. Keep one to explore with `phr demo --keep DIR`;\nits binder.age opens with stock tools too: age -d -i identity.age binder.age > binder.sqlite",
        )?;
    }
    Ok(())
}

fn tour(ctx: &Context, dir: &Path, scratch: &Path, key: &str) -> CliResult {
    // Runs a command in-process; `shown` is what the reader would type.
    let run = |shown: &[&str], args: &[&str]| -> CliResult {
        ctx.ui.out(&format!("\n$ phr {}", shell_words(shown)))?;
        let mut argv: Vec<OsString> = vec![
            "phr".into(),
            "--binder".into(),
            dir.into(),
            "--no-input".into(),
        ];
        argv.extend(args.iter().map(OsString::from));
        super::run_with_session(argv, Some(key))
    };
    let phr = |args: &[&str]| run(args, args);
    let scratch_file = |name: &str, text: &str| -> CliResult<String> {
        let p = scratch.join(name);
        std::fs::write(&p, text)
            .map_err(|e| CliError::failed("could not write a sample file").cause(e))?;
        Ok(p.display().to_string())
    };
    ctx.ui
        .out("1. The sample patient: Maria, 78, and her daughter Ana, who keeps the binder.")?;
    let patient = scratch_file("patient.toml", PATIENT)?;
    run(&["import", "examples/patient.toml"], &["import", &patient])?;
    phr(&["profile", "show"])?;
    phr(&["provider", "list"])?;
    phr(&["med", "list"])?;
    ctx.ui
        .out("\n2. Maria comes home from hospital with a discharge list. What changed?")?;
    let list = scratch_file("discharge.txt", DISCHARGE)?;
    run(
        &["reconcile", "examples/discharge.txt"],
        &["reconcile", &list],
    )?;
    ctx.ui.out("\n3. Ana checked the list with the pharmacist and accepts it; phr records why and adds follow-ups.")?;
    let accept = [
        "--apply",
        "--source",
        "St. Mary's discharge 2026-11-20",
        "--discharge",
        "--date",
        "2026-11-20",
    ];
    run(
        &[&["reconcile", "examples/discharge.txt"][..], &accept].concat(),
        &[&["reconcile", list.as_str()][..], &accept].concat(),
    )?;
    ctx.ui.out("\n4. Getting ready for the next visit.")?;
    for cmd in AFTER {
        phr(cmd)?;
    }
    Ok(())
}

/// Quotes arguments for display the way a shell would need them.
fn shell_words(args: &[&str]) -> String {
    args.iter()
        .map(|a| {
            if a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_./:=".contains(c))
            {
                (*a).to_owned()
            } else {
                format!("\"{}\"", a.replace('"', "\\\""))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}
