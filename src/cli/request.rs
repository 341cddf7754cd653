//! `phr request send|records|list|done|print`: ask one provider to send a report to
//! another, or for a copy of the patient's own records; print the letter; track the
//! request as a follow-up task until it is closed.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::context::Context;
use crate::dates;
use crate::error::{CliError, CliResult};
use crate::letter::{self, Ask, Letter, Party, Prefer, Signer};
use crate::records::generic::{self, Record};
use crate::records::request::{self, NewRequest, Request, RequestKind};
use crate::records::{RecordError, kinds, profile};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Ask one provider to send a report to another; prints the letter / fax cover sheet
    #[command(after_help = "\
Examples:
  phr request send --from \"Dr Haddad\" --to \"Dr Lee\" --what \"the echo report of 10 November\" --by \"in 7 days\"
  phr request send --from p1 --to p2 --what \"the MRI report\" --format html -o mri-request.html

The request becomes a follow-up task in `phr agenda` until `phr request done ID`.")]
    Send(SendArgs),
    /// Ask a provider for a copy of the patient's own records (HIPAA right of access)
    #[command(after_help = "\
Examples:
  phr request records --from \"Dr Haddad\"
  phr request records --from p1 --what \"cardiology notes and echo images, 2025-2026\" --prefer fhir
  phr request records --from \"St. Mary's\" --prefer paper --format markdown -o records.md")]
    Records(RecordsArgs),
    /// The open requests (--all adds closed ones)
    #[command(after_help = "Examples:\n  phr request list\n  phr --json request list --all")]
    List {
        /// Include closed requests
        #[arg(long)]
        all: bool,
    },
    /// Close a request once the report has arrived: its task is done and the
    /// communication log notes it
    #[command(after_help = "\
Examples:
  phr request done rq1
  phr request done rq1 --note \"Dr Lee's office confirmed the fax arrived\"")]
    Done {
        /// The request id (rq1)
        id: String,
        /// What was confirmed, for the communication log
        #[arg(long)]
        note: Option<String>,
    },
    /// Print a request's letter again (dated today)
    #[command(after_help = "Examples:\n  phr request print rq1 --format html -o request.html")]
    Print {
        /// The request id (rq1)
        id: String,
        #[command(flatten)]
        out: OutArgs,
    },
}

#[derive(Debug, clap::Args)]
pub struct SendArgs {
    /// The provider who has the report (id or name in the care team)
    #[arg(long, value_name = "PROVIDER")]
    pub from: String,
    /// The provider who should receive it (needs a fax, email or portal)
    #[arg(long, value_name = "PROVIDER")]
    pub to: String,
    /// What to send, e.g. "the echo report of 10 November"
    #[arg(long, value_name = "TEXT")]
    pub what: String,
    /// Wanted by this date; the task is overdue after it
    #[arg(long, value_name = "DATE")]
    pub by: Option<String>,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Debug, clap::Args)]
pub struct RecordsArgs {
    /// The provider who holds the records (id or name in the care team)
    #[arg(long, value_name = "PROVIDER")]
    pub from: String,
    /// Which records [default: the complete medical record]
    #[arg(long, value_name = "TEXT")]
    pub what: Option<String>,
    /// Wanted by this date; the task is overdue after it
    #[arg(long, value_name = "DATE")]
    pub by: Option<String>,
    /// The form you would like them in
    #[arg(long, value_enum, default_value_t = PreferArg::Electronic)]
    pub prefer: PreferArg,
    #[command(flatten)]
    pub out: OutArgs,
}

#[derive(Debug, clap::Args)]
pub struct OutArgs {
    /// The letter's format
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Write the letter to FILE (mode 0600) instead of printing it
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Replace FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum FormatArg {
    Text,
    Markdown,
    Html,
}

impl From<FormatArg> for letter::Format {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Text => letter::Format::Text,
            FormatArg::Markdown => letter::Format::Markdown,
            FormatArg::Html => letter::Format::Html,
        }
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum PreferArg {
    /// An electronic copy (PDF by secure email)
    Electronic,
    /// A FHIR download (patient access API)
    Fhir,
    /// A C-CDA document
    Ccda,
    /// Through the patient portal
    Portal,
    /// A paper copy by mail
    Paper,
}

impl From<PreferArg> for Prefer {
    fn from(p: PreferArg) -> Self {
        match p {
            PreferArg::Electronic => Prefer::Electronic,
            PreferArg::Fhir => Prefer::Fhir,
            PreferArg::Ccda => Prefer::Ccda,
            PreferArg::Portal => Prefer::Portal,
            PreferArg::Paper => Prefer::Paper,
        }
    }
}

/// The default of `request records --what`.
const ALL_RECORDS: &str = "the complete medical record";

pub fn run(ctx: &Context, cmd: &Command) -> CliResult {
    match cmd {
        Command::Send(a) => create(
            ctx,
            RequestKind::Send,
            &a.from,
            Some(&a.to),
            &a.what,
            a.by.as_deref(),
            None,
            &a.out,
        ),
        Command::Records(a) => create(
            ctx,
            RequestKind::Records,
            &a.from,
            None,
            a.what.as_deref().unwrap_or(ALL_RECORDS),
            a.by.as_deref(),
            Some(a.prefer.into()),
            &a.out,
        ),
        Command::List { all } => list(ctx, *all),
        Command::Done { id, note } => done(ctx, id, note.as_deref()),
        Command::Print { id, out } => print(ctx, id, out),
    }
}

fn by_date(ctx: &Context, by: Option<&str>) -> CliResult<Option<NaiveDate>> {
    let Some(by) = by.map(str::trim).filter(|b| !b.is_empty()) else {
        return Ok(None);
    };
    let today = dates::local_today(ctx.now());
    let d = dates::parse_date(by, today).ok_or_else(|| {
        CliError::usage(format!("--by: {by:?} is not a date"))
            .hint(format!("accepted forms: {}", dates::DATE_FORMS))
    })?;
    if d < today {
        ctx.ui
            .warn("the --by date is already past; the request shows as overdue at once");
    }
    Ok(Some(d))
}

/// Refuses an output file that exists (without --force) or that lies in the binder
/// directory, before anything is changed.
fn check_output(ctx: &Context, out: &OutArgs) -> CliResult {
    let Some(path) = &out.output else {
        return Ok(());
    };
    let dir = ctx.paths()?.dir;
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if let (Ok(a), Ok(b)) = (parent.canonicalize(), dir.canonicalize())
        && a.starts_with(&b)
    {
        return Err(
            CliError::failed(format!("{} is inside the binder directory", path.display()))
                .hint("write the letter somewhere else, e.g. -o ~/request.html"),
        );
    }
    if !out.force && std::fs::symlink_metadata(path).is_ok() {
        return Err(exists_error(path));
    }
    Ok(())
}

fn exists_error(path: &Path) -> CliError {
    CliError::failed(format!("{} already exists", path.display()))
        .hint("add --force to replace it, or choose another file")
}

/// A provider named on the command line, refused clearly when not in the care team.
fn provider(conn: &rusqlite::Connection, flag: &str, name: &str) -> CliResult<Record> {
    match generic::resolve(conn, &kinds::PROVIDER, name) {
        Ok(p) => Ok(p),
        Err(RecordError::NotFound { .. }) => Err(CliError::failed(format!(
            "--{flag}: no provider in the care team has that id or name"
        ))
        .hint(
            "add them first, with how to reach them: `phr provider add NAME --role specialist --fax NUMBER` (or --email, --portal); see the ids with `phr provider list`",
        )),
        Err(e) => Err(e.into()),
    }
}

fn party(p: &Record) -> Party {
    let t = |f: &str| generic::text(p, f).trim().to_owned();
    Party {
        name: t("name"),
        org: t("org"),
        phone: t("phone"),
        fax: t("fax"),
        email: t("email"),
        portal: t("portal"),
        address: t("address"),
    }
}

/// The patient's details and who signs: the liaison when there is one, else the patient.
/// Warns about blanks the letter will show.
fn people(
    ctx: &Context,
    conn: &rusqlite::Connection,
) -> CliResult<(String, Option<NaiveDate>, Signer)> {
    let p = profile::get(conn)?;
    let text = |k: &str| p.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    let name = text("name");
    let born = NaiveDate::parse_from_str(&text("born"), "%Y-%m-%d").ok();
    if name.is_empty() || born.is_none() {
        ctx.ui.warn(
            "the profile has no name or date of birth, so the letter leaves a blank; set them with `phr profile set --name … --born …`",
        );
    }
    let liaison = generic::list(conn, &kinds::CONTACT, Some(("liaison", "1")))?
        .into_iter()
        .next();
    let signer = match liaison {
        Some(c) => {
            let t = |f: &str| generic::text(&c, f).trim().to_owned();
            if t("authority").is_empty() {
                ctx.ui.warn(&format!(
                    "the liaison has no recorded authority (parent, guardian, power of attorney); providers may ask for it. Add it with `phr contact edit {} --authority \"…\"`",
                    t("id")
                ));
            }
            Signer {
                name: t("name"),
                relationship: t("relationship"),
                authority: t("authority"),
                phone: t("phone"),
                email: t("email"),
                for_patient: true,
            }
        }
        None => Signer {
            name: name.clone(),
            ..Signer::default()
        },
    };
    Ok((name, born, signer))
}

#[allow(clippy::too_many_arguments)]
fn create(
    ctx: &Context,
    kind: RequestKind,
    from: &str,
    to: Option<&str>,
    what: &str,
    by: Option<&str>,
    prefer: Option<Prefer>,
    out: &OutArgs,
) -> CliResult {
    let what = what.split_whitespace().collect::<Vec<_>>().join(" ");
    let what = what.as_str();
    if what.is_empty() {
        return Err(CliError::usage("--what is empty")
            .hint("say what to send, e.g. --what \"the echo report of 10 November\""));
    }
    let by = by_date(ctx, by)?;
    check_output(ctx, out)?;
    let mut binder = ctx.open_write()?;
    let now = ctx.stamp();
    let (req, task, letter) = {
        let tx = binder
            .conn_mut()
            .transaction()
            .map_err(super::share::db_error)?;
        let from_rec = provider(&tx, "from", from)?;
        let to_rec = match to {
            Some(t) => Some(provider(&tx, "to", t)?),
            None => None,
        };
        let from_id = generic::text(&from_rec, "id").to_owned();
        if let Some(t) = &to_rec {
            let id = generic::text(t, "id");
            if id == from_id {
                return Err(CliError::failed(format!(
                    "--from and --to are the same provider ({id})"
                ))
                .hint("name the provider who has the report with --from and the one who needs it with --to"));
            }
            let p = party(t);
            if p.fax.is_empty() && p.email.is_empty() && p.portal.is_empty() {
                return Err(CliError::failed(format!(
                    "the receiving provider {id} has no fax, email or portal on file, so the letter cannot say where to send the report"
                ))
                .hint(format!(
                    "add a fax number: `phr provider edit {id} --fax NUMBER` (or --email ADDRESS, or --portal URL), then ask again"
                )));
            }
        }
        let fp = party(&from_rec);
        if fp.fax.is_empty() && fp.email.is_empty() && fp.phone.is_empty() {
            ctx.ui.warn(&format!(
                "the provider asked ({from_id}) has no fax, email or phone on file; the letter has no way to reach them. Add one with `phr provider edit {from_id} --fax NUMBER`"
            ));
        }
        let (patient_name, patient_born, signer) = people(ctx, &tx)?;
        let (req, task) = request::create(
            &tx,
            &NewRequest {
                kind,
                from: &from_rec,
                to: to_rec.as_ref(),
                what,
                by: by.map(|d| d.to_string()).as_deref(),
                prefer: prefer.map(Prefer::as_str),
            },
            &now,
        )?;
        let letter = Letter {
            date: dates::local_today(ctx.now()),
            reference: req.id.clone(),
            patient_name,
            patient_born,
            from: fp,
            what: what.to_owned(),
            by,
            ask: match (&to_rec, prefer) {
                (Some(t), _) => Ask::Send { to: party(t) },
                (None, p) => Ask::Records {
                    prefer: p.unwrap_or_default(),
                },
            },
            signer,
        };
        tx.commit().map_err(super::share::db_error)?;
        (req, task, letter)
    };
    ctx.save(&mut binder)?;
    ctx.ui.status(&format!(
        "Request {} recorded; task {} tracks it in `phr agenda` until `phr request done {}`.",
        req.id,
        generic::text(&task, "id"),
        req.id
    ));
    emit(ctx, &req, &letter, out)
}

/// Prints or writes the letter (with --json, the request and the letter as JSON).
fn emit(ctx: &Context, req: &Request, l: &Letter, out: &OutArgs) -> CliResult {
    let text = letter::render(l, out.format.into());
    if let Some(path) = &out.output {
        crate::binder::file::write_private(path, text.as_bytes(), out.force).map_err(|e| {
            if e.kind() == std::io::ErrorKind::AlreadyExists {
                exists_error(path)
            } else {
                CliError::failed(format!("could not write {}", path.display())).cause(e)
            }
        })?;
        ctx.ui
            .status(&format!("Wrote the letter to {}.", path.display()));
        if ctx.ui.json {
            return ctx
                .ui
                .json(&json!({"request": req, "file": path.display().to_string()}));
        }
        return Ok(());
    }
    if ctx.ui.json {
        return ctx.ui.json(&json!({"request": req, "letter": text}));
    }
    ctx.ui.out(&text)
}

fn list(ctx: &Context, all: bool) -> CliResult {
    let binder = ctx.open_read()?;
    let reqs = request::list(binder.conn(), !all)?;
    if ctx.ui.json {
        return ctx.ui.json(&reqs);
    }
    if reqs.is_empty() {
        return ctx.ui.out(if all {
            "No requests yet. Ask with `phr request send` or `phr request records`."
        } else {
            "No open requests."
        });
    }
    let today = dates::local_today(ctx.now()).to_string();
    let mut t = ctx
        .ui
        .table(&["ID", "Asked", "What", "From → To", "By", "Status"]);
    for r in &reqs {
        let route = match &r.to {
            Some(to) => format!("{} → {to}", r.from),
            None => format!("{} → me (copy)", r.from),
        };
        let status = match (r.is_open(), r.by.as_deref()) {
            (true, Some(by)) if by < today.as_str() => "OVERDUE".to_owned(),
            (true, _) => "open".to_owned(),
            (false, _) => format!("done {}", r.done_at.as_deref().unwrap_or("")),
        };
        t.add_row(vec![
            r.id.clone(),
            r.created_at.get(..10).unwrap_or(&r.created_at).to_owned(),
            r.what.clone(),
            route,
            r.by.clone().unwrap_or_default(),
            status,
        ]);
    }
    ctx.ui.out_table(&t)
}

fn done(ctx: &Context, id: &str, note: Option<&str>) -> CliResult {
    let mut binder = ctx.open_write()?;
    let now = ctx.stamp();
    let today = dates::local_today(ctx.now()).to_string();
    let closed = {
        let tx = binder
            .conn_mut()
            .transaction()
            .map_err(super::share::db_error)?;
        let req = request::resolve(&tx, id)?;
        if !req.is_open() {
            return Err(
                CliError::failed(format!("request {} is already done", req.id))
                    .hint("see the open ones with `phr request list`"),
            );
        }
        let closed = request::close(&tx, &req, &today, note, &now)?;
        tx.commit().map_err(super::share::db_error)?;
        closed
    };
    ctx.save(&mut binder)?;
    if ctx.ui.json {
        return ctx.ui.json(&json!({
            "request": closed.request,
            "task": closed.task,
            "note": closed.note,
        }));
    }
    let mut msg = format!("Closed request {}", closed.request.id);
    if let Some(t) = &closed.task {
        msg.push_str(&format!("; task {} done", generic::text(t, "id")));
    }
    msg.push_str(&format!(
        "; noted in the communication log as {}.",
        generic::text(&closed.note, "id")
    ));
    ctx.ui.out(&msg)
}

fn print(ctx: &Context, id: &str, out: &OutArgs) -> CliResult {
    check_output(ctx, out)?;
    let binder = ctx.open_read()?;
    let conn = binder.conn();
    let req = request::resolve(conn, id)?;
    let lookup = |name: &str, uuid: Option<&str>| -> Party {
        uuid.and_then(|u| generic::resolve(conn, &kinds::PROVIDER, u).ok())
            .map(|p| party(&p))
            .unwrap_or_else(|| Party {
                name: name.to_owned(),
                ..Party::default()
            })
    };
    let from = lookup(&req.from, req.from_uuid.as_deref());
    let (patient_name, patient_born, signer) = people(ctx, conn)?;
    let ask = match (&req.kind, &req.to) {
        (RequestKind::Send, Some(to)) => Ask::Send {
            to: lookup(to, req.to_uuid.as_deref()),
        },
        _ => Ask::Records {
            prefer: req
                .prefer
                .as_deref()
                .and_then(Prefer::parse)
                .unwrap_or_default(),
        },
    };
    let l = Letter {
        date: dates::local_today(ctx.now()),
        reference: req.id.clone(),
        patient_name,
        patient_born,
        from,
        what: req.what.clone(),
        by: req
            .by
            .as_deref()
            .and_then(|b| NaiveDate::parse_from_str(b, "%Y-%m-%d").ok()),
        ask,
        signer,
    };
    emit(ctx, &req, &l, out)
}
