//! `phr demo`: the tour. A throwaway binder (or `--keep DIR`) filled from the bundled
//! examples, with a generated passphrase shown on screen; it never prompts.

use std::path::PathBuf;

use crate::binder::crypto::{Keys, Passphrase};
use crate::binder::{self, Binder, BinderPaths, KeyOrigin};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::records::med::{self, MedKind, NewMedication};

/// The sample patient's medications, bundled from `examples/`.
const SAMPLE_MEDS: &str = include_str!("../../examples/medications.txt");

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Keep the demo binder in DIR (it must not exist yet) instead of a temp directory
    #[arg(long, value_name = "DIR")]
    pub keep: Option<PathBuf>,
}

pub fn run(ctx: &Context, a: &Args) -> CliResult {
    let temp;
    let dir = match &a.keep {
        Some(d) => d.clone(),
        None => {
            temp = tempfile::Builder::new()
                .prefix("phr-demo-")
                .tempdir()
                .map_err(|e| CliError::failed("could not create a temp directory").cause(e))?;
            temp.path().join("binder")
        }
    };
    let paths = BinderPaths::new(dir);
    let passphrase = Passphrase::random()?;
    let say = |s: &str| ctx.ui.out(s);
    say(&format!(
        "phr demo: a throwaway binder in {}\nIts passphrase (generated, shown only because this is a demo): {}\n",
        paths.dir.display(),
        passphrase.expose()
    ))?;
    say("1. phr init: creating the encrypted binder (binder.age + identity.age)…")?;
    let owner = Binder::create(&paths, &passphrase, &ctx.stamp())?;
    let keys = Keys::single(owner.into_identity());
    say("2. phr med add: the saved medication list, from examples/medications.txt")?;
    let mut b = Binder::open_write(&paths, &keys, KeyOrigin::Owner)?;
    for line in SAMPLE_MEDS
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let kind = if line.contains("Tylenol") || line.contains("Aspirin") {
            MedKind::Otc
        } else if line.contains("Vitamin") {
            MedKind::Supplement
        } else {
            MedKind::Rx
        };
        let m = med::add(
            b.conn_mut(),
            &NewMedication {
                text: line.to_owned(),
                kind,
                ..Default::default()
            },
            &ctx.stamp(),
        )?;
        say(&format!("   added {}: {}", m.id, m.text))?;
    }
    b.save(binder::DEFAULT_BACKUPS)?;
    drop(b);
    say("\n3. phr med list\n")?;
    let b = Binder::open_read(&paths, &keys, KeyOrigin::Owner)?;
    let meds = med::list(b.conn(), false).map_err(super::share::db_error)?;
    let mut t = ctx.ui.table(&["Id", "Medication", "Kind"]);
    for m in &meds {
        t.add_row(vec![
            m.id.clone(),
            m.text.clone(),
            m.kind.as_str().to_owned(),
        ]);
    }
    say(&t.to_string())?;
    say(&format!(
        "\nThe binder is one age-encrypted file; stock tools read it:\n  age -d -i {0}/identity.age {0}/binder.age > binder.sqlite && sqlite3 binder.sqlite .tables",
        paths.dir.display()
    ))?;
    if a.keep.is_none() {
        say("\nThe demo binder is deleted now. Keep one with `phr demo --keep DIR`.")?;
    }
    Ok(())
}
