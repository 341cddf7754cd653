//! `phr import FILE`: a phr binder export (JSON, TOML, YAML) or a FHIR R4 Bundle, in one
//! transaction and one save; `--dry-run` reports and changes nothing.

use std::path::PathBuf;

use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::export::portable;
use crate::import::{self, Report};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  phr import binder-backup.json          a phr export (json, toml or yaml)
  phr import portal-download.json        a FHIR R4 Bundle from a patient portal
  phr import ips.json --dry-run          show what would change, change nothing

Records are matched by UUID (phr exports) or by the FHIR resource's identity, so
importing the same file twice adds nothing. For a record in both, the newer wins.")]
pub struct Args {
    /// The file to import
    pub file: PathBuf,
    /// Show what would change and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub fn run(ctx: &Context, a: &Args) -> CliResult {
    let text = import::read_text(&a.file)?;
    let syntax = import::sniff(&a.file, &text);
    let doc = import::parse(&a.file, &text, syntax)?;
    drop(text);
    let is_portable = portable::is_portable(&doc);
    let is_fhir = doc.get("resourceType").and_then(|v| v.as_str()) == Some("Bundle");
    if !is_portable && !is_fhir {
        return Err(CliError::failed(format!(
            "{} is neither a phr binder export nor a FHIR R4 Bundle",
            a.file.display()
        ))
        .hint("phr imports files made by `phr export json|toml|yaml` and FHIR R4 Bundles"));
    }
    let mut binder = ctx.open_write()?;
    let mut report = Report {
        file: a.file.display().to_string(),
        format: if is_portable {
            format!("phr-binder ({syntax:?})").to_lowercase()
        } else {
            format!(
                "FHIR R4 Bundle ({})",
                doc.get("type")
                    .and_then(|v| v.as_str())
                    .unwrap_or("no type")
            )
        },
        dry_run: a.dry_run,
        ..Report::default()
    };
    let now = ctx.stamp();
    let today = crate::dates::local_today(ctx.now());
    {
        let tx = binder
            .conn_mut()
            .transaction()
            .map_err(|e| CliError::failed("the binder's database failed").cause(e))?;
        if is_portable {
            portable::import(&tx, &a.file, &doc, &mut report)?;
        } else {
            import::fhir::import(&tx, &a.file, &doc, &now, today, &mut report)?;
        }
        if a.dry_run {
            tx.rollback()
                .map_err(|e| CliError::failed("the binder's database failed").cause(e))?;
        } else {
            tx.commit()
                .map_err(|e| CliError::failed("the binder's database failed").cause(e))?;
        }
    }
    if !a.dry_run && report.changes() {
        ctx.save(&mut binder)?;
    }
    for w in &report.warnings {
        ctx.ui.warn(w);
    }
    if ctx.ui.json {
        return ctx.ui.json(&report);
    }
    let mut t = ctx
        .ui
        .table(&["Kind", "Added", "Updated", "Unchanged", "Skipped"]);
    for k in &report.kinds {
        t.add_row(vec![
            k.kind.clone(),
            k.added.to_string(),
            k.updated.to_string(),
            k.unchanged.to_string(),
            k.skipped.to_string(),
        ]);
    }
    let mut out = format!("{}: {}\n{t}\n", report.file, report.format);
    if !report.skipped.is_empty() {
        let mut s = ctx.ui.table(&["Skipped", "What", "Why", "Count"]);
        for k in &report.skipped {
            s.add_row(vec![
                k.kind.clone(),
                k.what.clone(),
                k.why.clone(),
                k.count.to_string(),
            ]);
        }
        out.push_str(&format!("{s}\n"));
    }
    ctx.ui.out(&out)?;
    if a.dry_run {
        ctx.ui.status("Dry run: nothing was changed.");
    } else if !report.changes() {
        ctx.ui.status("Nothing new to import.");
    }
    Ok(())
}
