//! `phr profile show|set` and `phr agenda`: the patient's own details, and what is
//! coming up (appointments in the next 30 days, due tasks, open questions, open requests).

use clap::{Arg, ArgMatches, Command};
use serde_json::{Map, Value, json};

use crate::context::Context;
use crate::dates;
use crate::error::{CliError, CliResult};
use crate::records::generic::{self, Record};
use crate::records::{kinds, profile};

pub fn profile_command() -> Command {
    let mut set = Command::new("set")
        .about("Set profile fields (an empty value clears one)")
        .after_help("Examples:\n  phr profile set --name \"Maria Souza\" --born 1948-03-02 --blood-type O+\n  phr profile set --advance-directive \"top drawer of the desk; copy with Dr Lee\"");
    for (name, help) in profile::FIELDS {
        set = set.arg(
            Arg::new(*name)
                .long(name.replace('_', "-"))
                .value_name("VALUE")
                .help(*help),
        );
    }
    Command::new("profile")
        .about("The patient: name, date of birth, insurance, advance directive")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(Command::new("show").about("Show the profile"))
        .subcommand(set)
}

pub fn agenda_command() -> Command {
    Command::new("agenda")
        .about("What is coming up: appointments in the next 30 days, due tasks, open questions, open requests")
}

pub fn profile(ctx: &Context, m: &ArgMatches) -> CliResult {
    match m.subcommand() {
        Some(("set", sub)) => profile_set(ctx, sub),
        _ => profile_show(ctx),
    }
}

fn profile_show(ctx: &Context) -> CliResult {
    let binder = ctx.open_read()?;
    let mut p = profile::get(binder.conn())?;
    let nka =
        profile::meta(binder.conn(), super::record::NKA_KEY).map_err(super::share::db_error)?;
    if ctx.ui.json {
        p.insert(
            "no_known_allergies".into(),
            nka.map_or(Value::Null, Value::String),
        );
        return ctx.ui.json(&p);
    }
    let mut out = String::new();
    for (name, _) in profile::FIELDS {
        if let Some(Value::String(v)) = p.get(*name) {
            out.push_str(&format!(
                "{:<22} {v}\n",
                format!("{}:", name.replace('_', " "))
            ));
        }
    }
    if out.is_empty() {
        out = "The profile is empty. Fill it with `phr profile set --name … --born …`.".into();
    }
    ctx.ui.out(&out)
}

fn profile_set(ctx: &Context, m: &ArgMatches) -> CliResult {
    let mut changes = Vec::new();
    for (name, _) in profile::FIELDS {
        if let Some(v) = m.get_one::<String>(name) {
            let v = v.trim();
            let value = if v.is_empty() {
                None
            } else if *name == "born" {
                let d = dates::parse_date(v, dates::local_today(ctx.now())).ok_or_else(|| {
                    CliError::usage(format!("--born: {} is not a date", dates::quoted(v)))
                        .hint(format!("accepted forms: {}", dates::DATE_FORMS))
                })?;
                Some(d.to_string())
            } else {
                Some(v.to_owned())
            };
            changes.push((*name, value));
        }
    }
    if changes.is_empty() {
        return Err(CliError::usage("nothing to set").hint("see `phr profile set --help`"));
    }
    let p = ctx.write(|tx| {
        let p = profile::set(tx, &changes, &ctx.stamp(), None)?;
        Ok(p)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&p)
    } else {
        ctx.ui.status("Profile updated.");
        Ok(())
    }
}

/// What the agenda holds, computed from the records and "now".
pub struct Agenda {
    pub appointments: Vec<Record>,
    pub overdue: Vec<Record>,
    pub due: Vec<Record>,
    pub questions: Vec<(String, Vec<Record>)>,
}

pub fn agenda_of(
    conn: &rusqlite::Connection,
    now: chrono::DateTime<chrono::Utc>,
) -> CliResult<Agenda> {
    let local_now = now.with_timezone(&chrono::Local);
    let horizon = local_now + chrono::Duration::days(30);
    let today = local_now.date_naive().to_string();
    let week = (local_now.date_naive() + chrono::Duration::days(7)).to_string();
    let mut appointments: Vec<Record> =
        generic::list(conn, &kinds::APPOINTMENT, Some(("status", "scheduled")))?
            .into_iter()
            .filter(|a| {
                chrono::DateTime::parse_from_rfc3339(generic::text(a, "when"))
                    .map(|w| w >= local_now && w <= horizon)
                    .unwrap_or(false)
            })
            .collect();
    appointments.sort_by(|a, b| generic::text(a, "when").cmp(generic::text(b, "when")));
    let tasks = generic::list(conn, &kinds::TASK, Some(("status", "open")))?;
    let requests = crate::records::request::open_by_task(conn)?;
    let (mut overdue, mut due) = (Vec::new(), Vec::new());
    for mut t in tasks {
        let d = generic::text(&t, "due").to_owned();
        let request = requests
            .iter()
            .find(|(u, _)| u == generic::text(&t, "uuid"))
            .map(|(_, r)| r);
        // A request's task stays on the agenda until the request is closed.
        if d.is_empty() || d <= week || request.is_some() {
            let late = !d.is_empty() && d < today;
            if let Some(r) = request {
                t.insert("request".into(), Value::String(r.id.clone()));
                if late {
                    t.insert("call".into(), call_for(conn, r)?);
                }
            }
            if late {
                overdue.push(t);
            } else {
                due.push(t);
            }
        }
    }
    overdue.sort_by(|a, b| generic::text(a, "due").cmp(generic::text(b, "due")));
    due.sort_by(|a, b| generic::text(a, "due").cmp(generic::text(b, "due")));
    let mut groups: Vec<(String, Vec<Record>)> = Vec::new();
    for q in generic::list(conn, &kinds::QUESTION, Some(("status", "open")))? {
        let who = match generic::text(&q, "for") {
            "" => "anyone".to_owned(),
            w => w.to_owned(),
        };
        match groups.iter_mut().find(|(g, _)| *g == who) {
            Some((_, v)) => v.push(q),
            None => groups.push((who, vec![q])),
        }
    }
    Ok(Agenda {
        appointments,
        overdue,
        due,
        questions: groups,
    })
}

/// Whom to call about an overdue request: the provider asked, with their phone number
/// as the care team has it now (`null` when none is recorded).
fn call_for(conn: &rusqlite::Connection, r: &crate::records::request::Request) -> CliResult<Value> {
    let who = r
        .from_uuid
        .as_deref()
        .and_then(|u| generic::resolve(conn, &kinds::PROVIDER, u).ok());
    let phone = who
        .as_ref()
        .map(|p| generic::text(p, "phone"))
        .filter(|p| !p.is_empty())
        .map_or(Value::Null, |p| Value::String(p.to_owned()));
    Ok(json!({
        "provider": who.as_ref().map_or(r.from.as_str(), |p| generic::text(p, "name")),
        "provider_id": who.as_ref().map(|p| generic::text(p, "id")),
        "phone": phone,
    }))
}

pub fn agenda(ctx: &Context) -> CliResult {
    let binder = ctx.open_read()?;
    let a = agenda_of(binder.conn(), ctx.now())?;
    if ctx.ui.json {
        let q: Map<String, Value> = a
            .questions
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        return ctx.ui.json(&json!({
            "appointments": a.appointments,
            "overdue_tasks": a.overdue,
            "due_tasks": a.due,
            "questions": q,
        }));
    }
    let mut out = String::new();
    let when = |r: &Record| {
        chrono::DateTime::parse_from_rfc3339(generic::text(r, "when"))
            .map(|d| d.format("%a %Y-%m-%d %H:%M").to_string())
            .unwrap_or_default()
    };
    out.push_str("Appointments (next 30 days)\n");
    if a.appointments.is_empty() {
        out.push_str("  none\n");
    }
    for r in &a.appointments {
        out.push_str(&format!(
            "  {:<5} {}  {}",
            generic::text(r, "id"),
            when(r),
            generic::text(r, "with")
        ));
        for (f, sep) in [("reason", " — "), ("location", " @ ")] {
            if !generic::text(r, f).is_empty() {
                out.push_str(&format!("{sep}{}", generic::text(r, f)));
            }
        }
        out.push('\n');
    }
    out.push_str("\nTasks\n");
    if a.overdue.is_empty() && a.due.is_empty() {
        out.push_str("  none due\n");
    }
    for (label, list) in [("OVERDUE", &a.overdue), ("due", &a.due)] {
        for t in list {
            let due = generic::text(t, "due");
            out.push_str(&format!(
                "  {:<5} {} {}{}\n",
                generic::text(t, "id"),
                generic::text(t, "text"),
                if due.is_empty() {
                    String::new()
                } else {
                    format!("({label} {due})")
                },
                match (t.get("call"), generic::text(t, "for")) {
                    (Some(c), _) => call_text(c),
                    (None, "") => String::new(),
                    (None, p) => format!(" — {p}"),
                }
            ));
        }
    }
    out.push_str("\nOpen questions\n");
    if a.questions.is_empty() {
        out.push_str("  none\n");
    }
    for (who, qs) in &a.questions {
        out.push_str(&format!("  for {who}:\n"));
        for q in qs {
            out.push_str(&format!(
                "    {:<5} {}\n",
                generic::text(q, "id"),
                generic::text(q, "text")
            ));
        }
    }
    ctx.ui.out(out.trim_end())
}

/// " — call Dr Haddad: 555-0101", or how to add the missing number.
fn call_text(c: &Value) -> String {
    let who = c["provider"].as_str().unwrap_or("the provider");
    match (c["phone"].as_str(), c["provider_id"].as_str()) {
        (Some(phone), _) => format!(" — call {who}: {phone}"),
        (None, Some(id)) => {
            format!(" — call {who} (no phone on file: `phr provider edit {id} --phone NUMBER`)")
        }
        (None, None) => format!(" — call {who}"),
    }
}
