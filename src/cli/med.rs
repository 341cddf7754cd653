//! `phr med`: the medication list.

use crate::context::Context;
use crate::error::CliResult;
use crate::records::med::{self, MedKind, NewMedication};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Add a medication as written on the label or prescription
    #[command(after_help = "\
Examples:
  phr med add \"Metformin 500 mg tab, 1 tab PO BID with meals\" --prescriber \"Dr Lee\"
  phr med add \"Vitamin D3 1000 IU daily\" --kind supplement
  phr --json med add \"Tylenol 500 mg 2 tabs q6h prn pain\" --kind otc")]
    Add(AddArgs),
    /// List the active medications (--all adds stopped ones)
    List {
        /// Include stopped medications
        #[arg(long)]
        all: bool,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The medication line, e.g. "Lisinopril 10 mg tablet, 1 daily"
    pub text: String,
    /// Who prescribed it
    #[arg(long)]
    pub prescriber: Option<String>,
    /// Which pharmacy fills it
    #[arg(long)]
    pub pharmacy: Option<String>,
    /// What it is for
    #[arg(long)]
    pub reason: Option<String>,
    /// Prescription, over-the-counter or supplement
    #[arg(long, value_enum, default_value = "rx")]
    pub kind: KindArg,
    /// When it was started (YYYY-MM-DD)
    #[arg(long, value_parser = parse_date)]
    pub start: Option<chrono::NaiveDate>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum KindArg {
    Rx,
    Otc,
    Supplement,
}

impl From<KindArg> for MedKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Rx => MedKind::Rx,
            KindArg::Otc => MedKind::Otc,
            KindArg::Supplement => MedKind::Supplement,
        }
    }
}

fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("{s:?} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26"))
}

pub fn run(ctx: &Context, cmd: &Command) -> CliResult {
    match cmd {
        Command::Add(a) => add(ctx, a),
        Command::List { all } => list(ctx, *all),
    }
}

fn add(ctx: &Context, a: &AddArgs) -> CliResult {
    let new = NewMedication {
        text: a.text.clone(),
        name: None,
        kind: a.kind.into(),
        prescriber: a.prescriber.clone(),
        pharmacy: a.pharmacy.clone(),
        reason: a.reason.clone(),
        start_date: a.start.map(|d| d.to_string()),
    };
    if new.text.trim().is_empty() {
        return Err(
            crate::error::CliError::usage("the medication text is empty")
                .hint("write it as on the label, e.g. phr med add \"Lisinopril 10 mg daily\""),
        );
    }
    let mut binder = ctx.open_write()?;
    let m = med::add(binder.conn_mut(), &new, &ctx.stamp())?;
    ctx.save(&mut binder)?;
    if ctx.ui.json {
        ctx.ui.json(&m)
    } else {
        ctx.ui.out(&format!("Added {}: {}", m.id, m.text))
    }
}

fn list(ctx: &Context, all: bool) -> CliResult {
    let binder = ctx.open_read()?;
    let meds = med::list(binder.conn(), all).map_err(super::share::db_error)?;
    if ctx.ui.json {
        return ctx.ui.json(&meds);
    }
    if meds.is_empty() {
        ctx.ui
            .status("No medications yet. Add one with `phr med add \"…\"`.");
        return Ok(());
    }
    let mut t = ctx.ui.table(&[
        "Id",
        "Medication",
        "Kind",
        "Prescriber",
        "Started",
        "Status",
    ]);
    for m in &meds {
        t.add_row(vec![
            m.id.clone(),
            m.text.clone(),
            m.kind.as_str().to_owned(),
            m.prescriber.clone().unwrap_or_default(),
            m.start_date.clone().unwrap_or_default(),
            m.status.clone(),
        ]);
    }
    ctx.ui.out(&t.to_string())
}
