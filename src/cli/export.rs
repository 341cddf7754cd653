//! `phr export KIND`: printouts, calendar, the whole binder, FHIR; stdout or `-o FILE`.

use std::path::{Path, PathBuf};

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::export::doc::Format;
use crate::export::{fhir, ical, portable, printouts};
use crate::records::generic;
use crate::records::kinds;
use crate::records::snapshot::Snapshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum What {
    /// Visit summary: allergies, problems, medications, changes, results, appointments, questions
    Summary,
    /// The printable medication list
    Medlist,
    /// A wallet card (HTML fits 85 × 55 mm)
    Card,
    /// One page for the emergency room
    Emergency,
    /// Situation, Background, Assessment, Recommendation
    Sbar,
    /// Open questions, grouped by provider
    Questions,
    /// Appointments as iCalendar (RFC 5545)
    Calendar,
    /// A FHIR R4 Bundle following the International Patient Summary
    Fhir,
    /// The whole binder as JSON (phr import reads it back)
    Json,
    /// The whole binder as TOML
    Toml,
    /// The whole binder as YAML
    Yaml,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  phr export medlist --format html -o medlist.html
  phr export summary --for \"Dr Haddad\" --format markdown
  phr export card --format html -o card.html
  phr export calendar -o appointments.ics
  phr export json -o binder-backup.json
  phr export fhir -o ips.json

Files written with -o are readable only by you (mode 0600); an existing file is kept
unless --force is given. Exports are plaintext health data: keep them safe.")]
pub struct Args {
    /// What to export
    #[arg(value_enum)]
    pub what: What,
    /// Only what concerns this provider (summary, questions, sbar)
    #[arg(long = "for", value_name = "PROVIDER")]
    pub provider: Option<String>,
    /// Format of a printout [default: text, or `export_format` in config.toml]
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write to FILE (mode 0600) instead of stdout
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,
}

pub fn run(ctx: &Context, a: &Args) -> CliResult {
    if let Some(out) = &a.output {
        refuse_binder_files(ctx, out)?;
    }
    let format = match a.format {
        Some(f) => f,
        None => <Format as clap::ValueEnum>::from_str(ctx.config.export_format(), true)
            .map_err(|e| CliError::failed(format!("config.toml: export_format: {e}")))?,
    };
    let binder = ctx.open_read()?;
    let conn = binder.conn();
    let now = ctx.now();
    // `--for` names a provider of the care team whatever the export.
    let provider = match &a.provider {
        Some(p) => Some(generic::resolve(conn, &kinds::PROVIDER, p)?),
        None => None,
    };
    let printout = match a.what {
        What::Summary => &printouts::SUMMARY,
        What::Medlist => &printouts::MEDLIST,
        What::Card => &printouts::CARD,
        What::Emergency => &printouts::EMERGENCY,
        What::Sbar => &printouts::SBAR,
        What::Questions => &printouts::QUESTIONS,
        What::Calendar => {
            let snap = Snapshot::load_kinds(conn, &[&kinds::APPOINTMENT])?;
            let text = ical::calendar(&snap, now);
            return write_out(ctx, a, |w| w.write_all(text.as_bytes()));
        }
        What::Fhir => {
            // The FHIR bundle reads its largest kinds row by row: its snapshot leaves
            // them out. It is written as it is serialized.
            let snap = Snapshot::load_kinds(conn, fhir::KINDS)?;
            let patient = crate::records::profile::meta(conn, "binder_uuid")
                .map_err(|e| CliError::failed("the binder's database failed").cause(e))?
                .unwrap_or_else(|| fhir::derived("phr", "patient"));
            let shared = binder.shared_image();
            write_out(ctx, a, |w| {
                fhir::write_bundle(&snap, conn, shared, &patient, now, w)
            })?;
            ctx.done_with(snap);
            return Ok(());
        }
        What::Json | What::Toml | What::Yaml => {
            // The portable document reads every table itself, a row at a time.
            let write = match a.what {
                What::Json => portable::write_json,
                What::Toml => portable::write_toml,
                _ => portable::write_yaml,
            };
            let stamp = ctx.stamp();
            let shared = binder.shared_image();
            return write_out(ctx, a, |w| write(conn, shared, &stamp, w));
        }
    };
    let snap = Snapshot::load_with(
        conn,
        printout.kinds,
        printout.meds,
        printout.results_by_test,
    )?;
    let mut input = printouts::Input {
        snap: &snap,
        changes: &[],
        now,
        provider: provider.as_ref(),
    };
    // Only the changes the printout can show are read from the log, the largest table.
    let changes = if printout.shows_changes {
        let (since, _) = printouts::changes_since(&input);
        crate::records::log::recent(conn, &since, printouts::CHANGES_SHOWN)?
    } else {
        Vec::new()
    };
    input.changes = &changes;
    let doc = printout.make(&input);
    write_out(ctx, a, |w| doc.render_to(format, w))?;
    ctx.done_with((doc, changes, snap));
    Ok(())
}

/// Writes an export to stdout, or to `-o FILE` (0600, never over an existing file
/// without `--force`).
fn write_out(
    ctx: &Context,
    a: &Args,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> CliResult {
    use std::io::Write;
    match &a.output {
        None => {
            let mut o = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
            write(&mut o).map_err(database_or_output)?;
            o.flush()?;
            Ok(())
        }
        Some(path) => {
            // A bare file name is in the current directory (atomic replacement needs its parent).
            let full = match path.parent() {
                Some(p) if p.as_os_str().is_empty() => Path::new(".").join(path),
                _ => path.clone(),
            };
            crate::binder::file::write_private_with(&full, a.force, |f| {
                let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
                write(&mut w)?;
                w.flush()
            })
            .map_err(|e| {
                if is_database_error(&e) {
                    database_or_output(e)
                } else if e.kind() == std::io::ErrorKind::AlreadyExists {
                    CliError::failed(format!("{} already exists", path.display()))
                        .hint("give another file name, or --force to replace it")
                } else {
                    CliError::failed(format!("could not write {}", path.display())).cause(e)
                }
            })?;
            ctx.ui
                .status(&format!("Wrote {} (readable only by you).", path.display()));
            Ok(())
        }
    }
}

/// Whether a write failed on reading the binder (an export written as it is read
/// carries the database's error through the writer).
fn is_database_error(e: &std::io::Error) -> bool {
    e.get_ref()
        .is_some_and(|inner| inner.is::<rusqlite::Error>())
}

/// The error for a failed export write: the database's own, or the output's.
fn database_or_output(e: std::io::Error) -> CliError {
    if !is_database_error(&e) {
        return CliError::from(e);
    }
    match e
        .into_inner()
        .map(|inner| inner.downcast::<rusqlite::Error>())
    {
        Some(Ok(db)) => super::share::db_error(*db),
        _ => CliError::failed("the binder's database failed"),
    }
}

/// Refuses an output path inside the binder directory (binder.age, identity.age, backups).
fn refuse_binder_files(ctx: &Context, out: &Path) -> CliResult {
    let paths = ctx.paths()?;
    let Ok(dir) = paths.dir.canonicalize() else {
        return Ok(());
    };
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let target = parent
        .canonicalize()
        .map(|p| p.join(out.file_name().unwrap_or_default()));
    let target = match out.canonicalize() {
        Ok(t) => t,
        Err(_) => match target {
            Ok(t) => t,
            Err(_) => return Ok(()),
        },
    };
    if target.starts_with(&dir) {
        return Err(
            CliError::usage(format!("{} is inside the binder directory", out.display()))
                .hint("write the export somewhere else; the binder's own files are never replaced"),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    /// A database error met while the bundle is written is reported as the binder's,
    /// not as a failed write; any other write error stays an output error.
    #[test]
    fn a_database_error_carried_through_the_writer_is_reported_as_one() {
        let corrupt = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            None,
        );
        let e = database_or_output(std::io::Error::other(corrupt));
        assert_eq!(e.kind, ErrorKind::Binder);
        assert!(e.message.contains("damaged"), "{}", e.message);
        let full = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
        let e = database_or_output(full);
        assert_eq!(e.kind, ErrorKind::Failed);
        assert!(e.message.contains("input/output"), "{}", e.message);
    }
}
