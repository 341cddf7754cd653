//! `phr med`: the medication list: add, list, show, edit, stop, history, verify.

use crate::context::Context;
use crate::dates;
use crate::error::{CliError, CliResult};
use crate::records::generic;
use crate::records::kinds;
use crate::records::med::{self, MedKind, Medication, NewMedication};
use crate::records::{RecordError, log, profile};

/// The meta key holding when the whole list was last reviewed.
pub const VERIFIED_KEY: &str = "meds_verified_at";

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
    /// Show one medication
    Show {
        /// A medication id (m3) or an unambiguous name
        id: String,
    },
    /// Change a medication (the change log keeps before and after)
    #[command(after_help = "\
Examples:
  phr med edit m3 --text \"Lisinopril 20 mg daily\" --reason \"BP still high\"
  phr med edit metformin --prescriber \"Dr Lee\"")]
    Edit(EditArgs),
    /// Stop a medication, with the date and the reason
    #[command(after_help = "\
Examples:
  phr med stop m4 --reason \"cough (ACE inhibitor)\" --date yesterday")]
    Stop {
        /// A medication id (m3) or an unambiguous name
        id: String,
        /// Why it was stopped
        #[arg(long)]
        reason: Option<String>,
        /// When it was stopped [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
    /// Every change to one medication, with its date and reason
    History {
        /// A medication id (m3) or an unambiguous name
        id: String,
    },
    /// Mark the whole list reviewed today; lists and printouts show the date
    Verify,
    /// Show what phr understands of a medication line (needs no binder)
    #[command(after_help = "\
Examples:
  phr med parse \"Norco 5-325 mg 1-2 tabs PO q4-6h prn pain, max 8/day\"
  phr --json med parse \"Lisinopril 10 mg tablet, 1 daily\"

The JSON keys: name, ingredients, classes, recognized, strength, strength_unit, form,
release, route, dose, dose_max, dose_unit, dose_mass, timing, frequency_per_day, prn,
prn_reason, duration, as_directed, daily_total, steps, indication, max_per_day,
max_per_episode, when.")]
    Parse {
        /// The medication line or sig
        text: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct AddArgs {
    /// The medication line, e.g. "Lisinopril 10 mg tablet, 1 daily"
    pub text: String,
    /// Who prescribed it (a provider id or name)
    #[arg(long, value_name = "PROVIDER")]
    pub prescriber: Option<String>,
    /// Which pharmacy fills it (a provider id or name)
    #[arg(long, value_name = "PROVIDER")]
    pub pharmacy: Option<String>,
    /// What it is for
    #[arg(long)]
    pub reason: Option<String>,
    /// Prescription, over-the-counter or supplement [default: what the drug usually is]
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// When it was started (YYYY-MM-DD, today, "2 weeks ago", …)
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Special instructions, e.g. "with food"
    #[arg(long)]
    pub instructions: Option<String>,
    /// Taken only as needed
    #[arg(long)]
    pub prn: bool,
}

#[derive(Debug, clap::Args)]
pub struct EditArgs {
    /// A medication id (m3) or an unambiguous name
    pub id: String,
    /// The medication line as now written
    #[arg(long)]
    pub text: Option<String>,
    /// Who prescribed it
    #[arg(long, value_name = "PROVIDER")]
    pub prescriber: Option<String>,
    /// Which pharmacy fills it
    #[arg(long, value_name = "PROVIDER")]
    pub pharmacy: Option<String>,
    /// What it is for
    #[arg(long)]
    pub reason: Option<String>,
    /// Prescription, over-the-counter or supplement
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// When it was started
    #[arg(long, value_name = "DATE")]
    pub start: Option<String>,
    /// Special instructions
    #[arg(long)]
    pub instructions: Option<String>,
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

fn check_med_text(text: &str) -> CliResult {
    if text.len() > med::MAX_TEXT {
        return Err(CliError::usage("the medication line is longer than 64 KiB")
            .hint("give one medication line at a time"));
    }
    Ok(())
}

fn date_arg(ctx: &Context, flag: &str, v: Option<&str>) -> CliResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) => dates::parse_date(v, dates::local_today(ctx.now()))
            .map(|d| Some(d.to_string()))
            .ok_or_else(|| {
                CliError::usage(format!("--{flag}: {} is not a date", dates::quoted(v)))
                    .hint(format!("accepted forms: {}", dates::DATE_FORMS))
            }),
    }
}

pub fn run(ctx: &Context, cmd: &Command) -> CliResult {
    match cmd {
        Command::Add(a) => add(ctx, a),
        Command::List { all } => list(ctx, *all),
        Command::Show { id } => show(ctx, id),
        Command::Edit(a) => edit(ctx, a),
        Command::Stop { id, reason, date } => stop(ctx, id, reason.as_deref(), date.as_deref()),
        Command::History { id } => history(ctx, id),
        Command::Verify => verify(ctx),
        Command::Parse { text } => parse(ctx, text),
    }
}

/// A provider name resolved against the care team; unknown names are kept as written.
fn provider_name(
    ctx: &Context,
    conn: &rusqlite::Connection,
    name: Option<&str>,
) -> CliResult<Option<String>> {
    let Some(name) = name.map(str::trim).filter(|n| !n.is_empty()) else {
        return Ok(None);
    };
    match generic::resolve(conn, &kinds::PROVIDER, name) {
        Ok(p) => Ok(Some(generic::text(&p, "name").to_owned())),
        Err(RecordError::NotFound { .. }) => {
            ctx.ui.warn(&format!("{name:?} is not in the care team; kept as written. Add them with `phr provider add`."));
            Ok(Some(name.to_owned()))
        }
        Err(e) => Err(e.into()),
    }
}

fn add(ctx: &Context, a: &AddArgs) -> CliResult {
    check_med_text(&a.text)?;
    if a.text.trim().is_empty() {
        return Err(CliError::usage("the medication text is empty")
            .hint("write it as on the label, e.g. phr med add \"Lisinopril 10 mg daily\""));
    }
    let start_date = date_arg(ctx, "start", a.start.as_deref())?;
    let mut new = NewMedication {
        text: a.text.trim().to_owned(),
        kind: a
            .kind
            .map_or_else(|| crate::medparse::likely_kind(&a.text), MedKind::from),
        reason: a.reason.clone(),
        start_date,
        instructions: a.instructions.clone(),
        ..Default::default()
    };
    crate::medparse::fill(&mut new, a.prn);
    let m = ctx.write(|tx| {
        new.prescriber = provider_name(ctx, tx, a.prescriber.as_deref())?;
        new.pharmacy = provider_name(ctx, tx, a.pharmacy.as_deref())?;
        let m = med::add_in(tx, &new, &ctx.stamp(), None)?;
        Ok(m)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&m)
    } else {
        ctx.ui.out(&format!("Added {}: {}", m.id, m.text))
    }
}

fn list(ctx: &Context, all: bool) -> CliResult {
    let binder = ctx.open_read()?;
    if ctx.ui.json {
        return ctx
            .ui
            .json_array(|items| med::each_json(binder.conn(), all, |m| items.push(m)));
    }
    let mut t = ctx.ui.table(&[
        "Id",
        "Medication",
        "Kind",
        "Prescriber",
        "Started",
        "Status",
    ]);
    // Each row's cells are read straight from SQLite's values: no medication is built.
    let mut rows = 0usize;
    med::each_listed(binder.conn(), all, |m| {
        let status = match (m.status, m.stop_date) {
            ("stopped", Some(d)) => format!("stopped {d}"),
            (s, _) => s.to_owned(),
        };
        t.add_row(vec![
            m.id.to_owned(),
            m.text.to_owned(),
            m.kind.as_str().to_owned(),
            m.prescriber.unwrap_or_default().to_owned(),
            m.start_date.unwrap_or_default().to_owned(),
            status,
        ]);
        rows += 1;
        Ok::<(), rusqlite::Error>(())
    })
    .map_err(super::share::db_error)?;
    if rows == 0 {
        ctx.ui
            .status("No medications yet. Add one with `phr med add \"…\"`.");
        return Ok(());
    }
    ctx.ui.out_table(&t)?;
    ctx.done_with(t);
    let verified = profile::meta(binder.conn(), VERIFIED_KEY).map_err(super::share::db_error)?;
    ctx.ui.out(&match verified {
        Some(d) => format!(
            "List last reviewed {}.",
            d.chars().take(10).collect::<String>()
        ),
        None => {
            "Not yet reviewed; after checking it with the patient, run `phr med verify`.".into()
        }
    })
}

fn show(ctx: &Context, id: &str) -> CliResult {
    let binder = ctx.open_read()?;
    let m = med::resolve(binder.conn(), id)?;
    if ctx.ui.json {
        return ctx.ui.json(&m);
    }
    let mut out = format!("Medication {}\n  {:<14} {}\n", m.id, "Written:", m.text);
    let opt = |label: &str, v: &Option<String>, out: &mut String| {
        if let Some(v) = v {
            out.push_str(&format!("  {:<14} {v}\n", format!("{label}:")));
        }
    };
    out.push_str(&crate::medparse::describe(&m));
    opt("Kind", &Some(m.kind.as_str().to_owned()), &mut out);
    opt("Prescriber", &m.prescriber, &mut out);
    opt("Pharmacy", &m.pharmacy, &mut out);
    opt("Reason", &m.reason, &mut out);
    opt("Instructions", &m.instructions, &mut out);
    opt("Started", &m.start_date, &mut out);
    opt("Status", &Some(m.status.clone()), &mut out);
    opt("Stopped", &m.stop_date, &mut out);
    opt("Stop reason", &m.stop_reason, &mut out);
    opt("Added", &Some(m.created_at.clone()), &mut out);
    opt("Updated", &Some(m.updated_at.clone()), &mut out);
    ctx.ui.out(out.trim_end())
}

fn edit(ctx: &Context, a: &EditArgs) -> CliResult {
    if let Some(t) = &a.text {
        check_med_text(t)?;
    }
    let start = date_arg(ctx, "start", a.start.as_deref())?;
    let m = ctx.write(|tx| {
        let m = med::resolve(tx, &a.id)?;
        let mut changes: Vec<(&str, Option<String>)> = Vec::new();
        if let Some(t) = &a.text {
            if t.trim().is_empty() {
                return Err(CliError::usage("the medication text cannot be emptied"));
            }
            let mut parsed = NewMedication {
                text: t.trim().to_owned(),
                ..Default::default()
            };
            crate::medparse::fill(&mut parsed, false);
            changes.push(("text", Some(parsed.text)));
            changes.push(("name", parsed.name));
            changes.push(("parsed", parsed.parsed.map(|p| p.to_string())));
        }
        if a.prescriber.is_some() {
            changes.push((
                "prescriber",
                provider_name(ctx, tx, a.prescriber.as_deref())?,
            ));
        }
        if a.pharmacy.is_some() {
            changes.push(("pharmacy", provider_name(ctx, tx, a.pharmacy.as_deref())?));
        }
        for (col, v) in [("reason", &a.reason), ("instructions", &a.instructions)] {
            if let Some(v) = v {
                changes.push((col, Some(v.trim().to_owned()).filter(|s| !s.is_empty())));
            }
        }
        if let Some(k) = a.kind {
            changes.push(("kind", Some(MedKind::from(k).as_str().to_owned())));
        }
        if start.is_some() {
            changes.push(("start_date", start));
        }
        if changes.is_empty() {
            return Err(CliError::usage("nothing to change").hint("see `phr med edit --help`"));
        }
        let m = med::update(tx, &m, &changes, &ctx.stamp(), "edit", None)?;
        Ok(m)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&m)
    } else {
        ctx.ui.out(&format!("Changed {}: {}", m.id, m.text))
    }
}

fn stop(ctx: &Context, id: &str, reason: Option<&str>, date: Option<&str>) -> CliResult {
    let today = dates::local_today(ctx.now()).to_string();
    let date = date_arg(ctx, "date", date)?.unwrap_or_else(|| today.clone());
    if date > today {
        return Err(CliError::usage(format!("--date {date} is in the future"))
            .hint("phr records stops that have happened; run `phr med stop` on the day, or add a task: phr task add \"stop … \" --due DATE"));
    }
    let m = ctx.write(|tx| {
        let m = med::resolve(tx, id)?;
        let m = med::stop(tx, &m, &date, reason, &ctx.stamp(), None)?;
        Ok(m)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&m)
    } else {
        ctx.ui
            .out(&format!("Stopped {} on {date}: {}", m.id, m.text))
    }
}

fn history(ctx: &Context, id: &str) -> CliResult {
    let binder = ctx.open_read()?;
    let m: Medication = med::resolve(binder.conn(), id)?;
    let changes = log::list(binder.conn(), Some(&m.uuid)).map_err(super::share::db_error)?;
    if ctx.ui.json {
        return ctx.ui.json(&changes);
    }
    let mut t = ctx.ui.table(&["When (UTC)", "Change", "What"]);
    for c in &changes {
        t.add_row(vec![
            c.at.clone(),
            c.action.clone(),
            match &c.source {
                Some(s) => format!("{} (from {s})", c.summary),
                None => c.summary.clone(),
            },
        ]);
    }
    ctx.ui.out(&format!("History of {}: {}\n{t}", m.id, m.text))
}

fn verify(ctx: &Context) -> CliResult {
    let today = dates::local_today(ctx.now()).to_string();
    let now = ctx.stamp();
    ctx.write(|tx| {
        profile::set_meta(tx, VERIFIED_KEY, Some(&today)).map_err(super::share::db_error)?;
        log::append(
            tx,
            &log::Entry {
                at: &now,
                action: "verify",
                kind: "medication",
                record_uuid: None,
                record_id: None,
                summary: "medication list reviewed",
                old: None,
                new: None,
                source: None,
            },
        )
        .map_err(super::share::db_error)?;
        Ok(())
    })?;
    ctx.ui.status(&format!(
        "The medication list is marked reviewed on {today}."
    ));
    Ok(())
}

fn parse(ctx: &Context, text: &str) -> CliResult {
    check_med_text(text)?;
    let p = crate::sig::parse(text);
    if ctx.ui.json {
        return ctx.ui.json(&p);
    }
    let lines = crate::medparse::lines(&p);
    if lines.is_empty() {
        return ctx.ui.out("phr found nothing it understands in that line.");
    }
    let out: String = lines
        .into_iter()
        .map(|(k, v)| format!("{:<13} {v}\n", format!("{k}:")))
        .collect();
    ctx.ui.out(out.trim_end())
}
