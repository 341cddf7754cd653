//! `phr reconcile FILE`: compare a new medication list (a discharge list, a new doctor's
//! list) with the saved active list, show what differs, and change the binder only for
//! what the user accepts: one by one at a terminal, or everything with `--apply`.

use std::io::Read;
use std::path::PathBuf;

use crate::binder::Binder;
use crate::context::Context;
use crate::dates;
use crate::error::{CliError, CliResult};
use crate::reconcile::{self, ListFormat, NewList, Report, SavedList, Status};
use crate::records::generic::{self, Values};
use crate::records::kinds;
use crate::records::med::{self, NewMedication};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  phr reconcile discharge.txt                       report only (nothing changes)
  phr reconcile discharge.txt --format markdown > for-the-pharmacist.md
  phr reconcile discharge.yaml --apply --source \"St. Mary discharge 2026-11-20\" --discharge
  phr --json reconcile new-list.csv

The new list may be plain text (one medication per line; blank lines and # comments are
skipped), TOML, YAML or JSON (optional `source` and `date`, and a `medications` array of
strings or tables with text, or name + strength, form, sig, prn, reason, prescriber), CSV
with a header of those names, or a FHIR R4 Bundle of MedicationRequest/Statement.

At a terminal phr walks through every item that is not unchanged: accept the new list's
version, keep the saved one, or skip. Without a terminal, nothing changes unless --apply.
Items left unresolved, and every warning, become questions for the next visit unless
--no-questions. phr informs; it does not prescribe: ask a pharmacist or doctor.")]
pub struct Args {
    /// The new list ("-" reads standard input)
    pub file: PathBuf,
    /// The list's format [default: from the extension or content]; `markdown` or `table` instead choose how the report prints
    #[arg(long, value_name = "FORMAT", value_parser = ["text", "toml", "yaml", "json", "csv", "fhir", "markdown", "table"])]
    pub format: Option<String>,
    /// Where the list came from, recorded with every accepted change
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,
    /// Accept every difference from the new list without asking
    #[arg(long)]
    pub apply: bool,
    /// Do not turn unresolved items and warnings into questions for the next visit
    #[arg(long)]
    pub no_questions: bool,
    /// This is a hospital discharge list: also add follow-up tasks (a call within 2–3 days, a primary-care visit within 7)
    #[arg(long)]
    pub discharge: bool,
    /// The list's date, for stop dates and follow-up tasks [default: the list's own date, or today]
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

/// What the user chose for one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Choice {
    Accept,
    Keep,
    Skip,
}

const MAX_BYTES: u64 = reconcile::MAX_INPUT_BYTES as u64;

/// From how many medications (by row id) the saved list is read on two threads at once
/// ([`Binder::read_in_blocks`]): a row takes a few microseconds, a second thread and
/// connection about half a millisecond.
const SPLIT_FROM_ID: i64 = 1024;

fn read_input(a: &Args) -> CliResult<(Vec<u8>, String)> {
    let name = a.file.display().to_string();
    let mut bytes = Vec::new();
    let res = if name == "-" {
        std::io::stdin().take(MAX_BYTES + 1).read_to_end(&mut bytes)
    } else {
        let f = std::fs::File::open(&a.file).map_err(|e| {
            CliError::failed(format!("could not open {name}"))
                .cause(e)
                .hint("check the path")
        })?;
        if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
            return Err(CliError::failed(format!(
                "{name} is a directory, not a medication list"
            )));
        }
        f.take(MAX_BYTES + 1).read_to_end(&mut bytes)
    };
    res.map_err(|e| CliError::failed(format!("could not read {name}")).cause(e))?;
    Ok((
        bytes,
        if name == "-" {
            "standard input".into()
        } else {
            name
        },
    ))
}

pub fn run(ctx: &Context, a: &Args) -> CliResult {
    let (input_format, report_format) = match a.format.as_deref() {
        Some("markdown") => (None, "markdown"),
        Some("table") => (None, "table"),
        Some(f) => (
            Some(f.parse::<ListFormat>().map_err(CliError::usage)?),
            "table",
        ),
        None => (None, "table"),
    };
    let list_date = match &a.date {
        Some(d) => Some(
            dates::parse_date(d, dates::local_today(ctx.now())).ok_or_else(|| {
                CliError::usage(format!("--date: {d:?} is not a date"))
                    .hint(format!("accepted forms: {}", dates::DATE_FORMS))
            })?,
        ),
        None => None,
    };
    let (bytes, name) = read_input(a)?;
    let parse = |bytes: &[u8]| {
        reconcile::read_list(bytes, &name, input_format).map_err(|e| {
            CliError::failed(e.to_string()).hint(
                "phr reads text, TOML, YAML, JSON, CSV and FHIR lists; see `phr reconcile --help`",
            )
        })
    };
    let interactive = !a.apply && !ctx.ui.json && ctx.can_prompt();
    let writes = a.apply || interactive || a.discharge;
    let open_and_read_saved = || -> CliResult<(Binder, SavedList)> {
        let binder = if writes {
            ctx.open_write()?
        } else {
            ctx.open_read()?
        };
        // Each parse is reduced to what reconciliation compares as it is read; a large
        // list is read on two threads at once. The first part is given room for the
        // whole list, since the others are appended to it.
        let parts = binder
            .read_in_blocks(
                "medications",
                SPLIT_FROM_ID,
                |conn, ids| Ok(SavedList::with_capacity(med::count_active_in(conn, ids)?)),
                |conn, ids, saved| {
                    med::each_active_parse_in(conn, ids, |id, text, parsed| {
                        let parsed = crate::medparse::parsed_from(parsed, text);
                        saved.push(id.to_owned(), text.to_owned(), &parsed);
                        Ok::<(), rusqlite::Error>(())
                    })
                },
            )
            .map_err(super::share::db_error)?;
        let mut parts = parts.into_iter();
        let mut saved = parts.next().unwrap_or_default();
        for part in parts {
            saved.append(part);
        }
        Ok((binder, saved))
    };
    // A bad list is reported before the binder's errors. Where phr may ask for the
    // passphrase, the list is read first, so that a bad one never costs a passphrase;
    // elsewhere it is read on a second core while the binder opens (or first, when no
    // thread is to be had).
    let (mut list, opened) = std::thread::scope(|scope| {
        let parsing = (!ctx.can_prompt())
            .then(|| {
                std::thread::Builder::new()
                    .name("phr-list".into())
                    .spawn_scoped(scope, || parse(&bytes))
                    .ok()
            })
            .flatten();
        match parsing {
            Some(parsing) => {
                let opened = open_and_read_saved();
                let list = parsing
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                list.map(|list| (list, opened))
            }
            None => {
                let list = parse(&bytes)?;
                Ok((list, open_and_read_saved()))
            }
        }
    })?;
    drop(bytes);
    let (binder, saved) = opened?;
    if let Some(s) = &a.source {
        list.source = Some(s.clone());
    }
    let source = list
        .source
        .clone()
        .unwrap_or_else(|| format!("list {name}"));
    let date = list_date
        .or(list.date)
        .unwrap_or_else(|| dates::local_today(ctx.now()));

    let allergies: Vec<String> = generic::list(binder.conn(), &kinds::ALLERGY, None)?
        .iter()
        .filter(|r| matches!(generic::text(r, "kind"), "" | "drug"))
        .map(|r| generic::text(r, "substance").to_owned())
        .collect();
    // A report alone needs nothing more from the binder: closing it now lets what
    // follows reuse that memory (fresh pages cost a page fault each, a good part of the
    // time at this size).
    let binder = writes.then_some(binder);
    let report = reconcile::reconcile_list(saved, &list, &reconcile::Context { allergies });

    if ctx.ui.json {
        ctx.ui.json(&report)?;
    } else if report_format == "markdown" {
        ctx.ui.out(&reconcile::render_markdown(&report))?;
    } else {
        let width = if ctx.ui.stdout_tty { 100 } else { 80 };
        ctx.ui
            .out_drawn(|out, spill| reconcile::render_table_spilling(&report, width, out, spill))?;
    }
    let Some(mut binder) = binder else {
        if report.items.iter().any(|i| i.status != Status::Unchanged) {
            ctx.ui.status("Nothing was changed. To accept the new list, run again at a terminal or with --apply.");
        }
        ctx.done_with((report, list));
        return Ok(());
    };

    let choices: Vec<Choice> = report
        .items
        .iter()
        .map(|item| {
            if item.status == Status::Unchanged {
                Ok(Choice::Keep)
            } else if a.apply {
                Ok(Choice::Accept)
            } else if interactive {
                let related: Vec<&reconcile::Flag> = report
                    .flags
                    .iter()
                    .filter(|f| {
                        f.saved
                            .iter()
                            .any(|id| item.saved.iter().any(|s| &s.id == id))
                            || f.new.iter().any(|i| item.new.iter().any(|n| n.index == *i))
                    })
                    .collect();
                ask(ctx, item, &related)
            } else {
                Ok(Choice::Skip)
            }
        })
        .collect::<CliResult<_>>()?;

    let now = ctx.stamp();
    let date_s = date.to_string();
    let mut summary = Summary::default();
    {
        let tx = binder
            .conn_mut()
            .transaction()
            .map_err(super::share::db_error)?;
        let mut stopped_questions = Vec::new();
        for (item, choice) in report.items.iter().zip(&choices) {
            if *choice != Choice::Accept {
                continue;
            }
            apply_item(&tx, item, &list, &source, &date_s, &now, &mut summary)?;
            // A medication left off a list is often an omission (supplements, eye drops):
            // stopping it on --apply still leaves the question for the next visit.
            if a.apply && item.status == Status::Discontinued {
                for s in &item.saved {
                    stopped_questions.push(format!(
                        "{} was stopped because it is not on {source}: was that on purpose, or should it continue?",
                        s.text
                    ));
                }
            }
        }
        if !a.no_questions {
            // Questions for the items left unresolved, and for every warning. The
            // warnings' questions name medications, so they are worded on the full report.
            let unresolved = Report {
                source: report.source.clone(),
                items: report
                    .items
                    .iter()
                    .zip(&choices)
                    .filter(|(i, c)| **c == Choice::Skip && i.status != Status::Unchanged)
                    .map(|(i, _)| i.clone())
                    .collect(),
                flags: Vec::new(),
            };
            let items_only = Report {
                flags: Vec::new(),
                ..report.clone()
            };
            let item_questions = reconcile::follow_up_questions(&items_only);
            let mut questions = reconcile::follow_up_questions(&unresolved);
            questions.extend(stopped_questions);
            questions.extend(
                reconcile::follow_up_questions(&report)
                    .into_iter()
                    .filter(|q| !item_questions.contains(q)),
            );
            let open: Vec<String> = generic::list(&tx, &kinds::QUESTION, Some(("status", "open")))?
                .iter()
                .map(|q| generic::text(q, "text").to_owned())
                .collect();
            for q in questions {
                if open.contains(&q) {
                    continue;
                }
                let v: Values = [("text", serde_json::Value::String(q))]
                    .into_iter()
                    .collect();
                generic::insert(&tx, &kinds::QUESTION, &v, &now, Some(&source))?;
                summary.questions += 1;
            }
        }
        if a.discharge {
            for (text, days) in [
                (
                    "Follow-up call after the hospital discharge: check how the new medicines are going (within 2–3 days)",
                    3,
                ),
                (
                    "Book a primary-care visit within 7 days of the hospital discharge; bring the reconciled medication list",
                    7,
                ),
            ] {
                let due = (date + chrono::Duration::days(days)).to_string();
                let v: Values = [
                    ("text", serde_json::Value::String(text.into())),
                    ("due", serde_json::Value::String(due)),
                ]
                .into_iter()
                .collect();
                generic::insert(&tx, &kinds::TASK, &v, &now, Some(&source))?;
                summary.tasks += 1;
            }
        }
        tx.commit().map_err(super::share::db_error)?;
    }
    if summary.is_empty() {
        ctx.ui.status("Nothing was changed.");
        return Ok(());
    }
    ctx.save(&mut binder)?;
    ctx.ui.status(&summary.describe());
    Ok(())
}

#[derive(Default)]
struct Summary {
    added: usize,
    updated: usize,
    stopped: usize,
    questions: usize,
    tasks: usize,
}

impl Summary {
    fn is_empty(&self) -> bool {
        self.added + self.updated + self.stopped + self.questions + self.tasks == 0
    }

    fn describe(&self) -> String {
        format!(
            "Accepted: {} added, {} updated, {} stopped. {} question(s) for the next visit, {} follow-up task(s). See `phr log`.",
            self.added, self.updated, self.stopped, self.questions, self.tasks
        )
    }
}

fn ask(ctx: &Context, item: &reconcile::Item, flags: &[&reconcile::Flag]) -> CliResult<Choice> {
    let saved: Vec<&str> = item.saved.iter().map(|s| s.text.as_str()).collect();
    let new: Vec<&str> = item.new.iter().map(|n| n.text.as_str()).collect();
    eprintln!(
        "\n{}\n  saved: {}\n  new:   {}",
        item.message,
        if saved.is_empty() {
            "(none)".into()
        } else {
            saved.join(" + ")
        },
        if new.is_empty() {
            "(none)".into()
        } else {
            new.join(" + ")
        }
    );
    let accept = match item.status {
        Status::Discontinued => "Stop it (it is not on the new list)",
        Status::New => "Add it to the saved list",
        _ => "Accept the new list's version",
    };
    for f in flags {
        eprintln!("  Warning: {}", f.message);
    }
    let choice = ctx.ask(|| {
        dialoguer::Select::new()
            .with_prompt("What should the binder say? (arrow keys to choose, Enter to confirm)")
            .items([
                accept,
                "Keep the saved list as it is",
                "Skip: ask at the next visit",
            ])
            .default(2)
            .interact()
    })?;
    Ok([Choice::Accept, Choice::Keep, Choice::Skip][choice.min(2)])
}

/// Applies one accepted item: a new medication is added, a discontinued one stopped, a
/// changed one updated in place (or, for a combination split or merged, the saved ones
/// stopped and the new ones added), all logged with the list's source.
fn apply_item(
    tx: &rusqlite::Connection,
    item: &reconcile::Item,
    list: &NewList,
    source: &str,
    date: &str,
    now: &str,
    summary: &mut Summary,
) -> CliResult {
    let new_entry = |idx: usize| list.entries.iter().find(|e| e.index == idx);
    let add = |idx: usize, summary: &mut Summary| -> CliResult {
        let Some(e) = new_entry(idx) else {
            return Ok(());
        };
        let mut m = NewMedication {
            text: e.text.clone(),
            kind: crate::medparse::likely_kind(&e.text),
            prescriber: e.prescriber.clone(),
            reason: e.reason.clone(),
            start_date: Some(date.to_owned()),
            ..Default::default()
        };
        crate::medparse::fill(&mut m, false);
        med::add_in(tx, &m, now, Some(source))?;
        summary.added += 1;
        Ok(())
    };
    let stop = |id: &str, why: &str, summary: &mut Summary| -> CliResult {
        let m = med::resolve(tx, id)?;
        if m.status == "active" {
            med::stop(tx, &m, date, Some(why), now, Some(source))?;
            summary.stopped += 1;
        }
        Ok(())
    };
    match (item.status, item.saved.as_slice(), item.new.as_slice()) {
        (Status::New, _, new) => {
            for n in new {
                add(n.index, summary)?;
            }
        }
        (Status::Discontinued, saved, _) => {
            for s in saved {
                stop(&s.id, &format!("not on {source}"), summary)?;
            }
        }
        (_, [saved], [new]) => {
            let Some(e) = new_entry(new.index) else {
                return Ok(());
            };
            let m = med::resolve(tx, &saved.id)?;
            let mut parsed = NewMedication {
                text: e.text.clone(),
                ..Default::default()
            };
            crate::medparse::fill(&mut parsed, false);
            let mut changes = vec![
                ("text", Some(parsed.text)),
                ("name", parsed.name),
                ("parsed", parsed.parsed.map(|p| p.to_string())),
            ];
            if let Some(p) = &e.prescriber {
                changes.push(("prescriber", Some(p.clone())));
            }
            med::update(tx, &m, &changes, now, "reconcile", Some(source))?;
            summary.updated += 1;
        }
        (_, saved, new) => {
            let replaced: Vec<&str> = new.iter().map(|n| n.text.as_str()).collect();
            for s in saved {
                stop(
                    &s.id,
                    &format!("replaced by {} ({source})", replaced.join(" + ")),
                    summary,
                )?;
            }
            for n in new {
                add(n.index, summary)?;
            }
        }
    }
    Ok(())
}
