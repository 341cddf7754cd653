//! The commands of every declared kind (`phr condition add|list|show|edit|remove`, …),
//! built from the declarations in `records::kinds`, plus each kind's own verbs:
//! `condition resolve`, `allergy none`, `appt done|cancel`, `task done`, `question answer`.

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::Value;

use crate::context::Context;
use crate::dates;
use crate::error::{CliError, CliResult};
use crate::records::generic::{self, Record, Values};
use crate::records::kinds::{self, Field, FieldType, Kind};
use crate::records::{RecordError, profile};

/// The clap subcommand for one kind.
pub fn command(kind: &'static Kind) -> Command {
    let id_arg = || {
        Arg::new("id").value_name("ID").required(true).help(format!(
            "A {} id ({}1) or an unambiguous name",
            kind.name, kind.prefix
        ))
    };
    let mut add = Command::new("add")
        .about(format!("Add a {}", kind.name))
        .after_help(format!(
            "Examples:\n  {}",
            kind.examples.replace('\n', "\n  ")
        ));
    for f in kind.fields.iter().filter(|f| !f.managed) {
        add = add.arg(field_arg(f, f.positional));
    }
    let mut edit = Command::new("edit")
        .about(format!("Change fields of a {}", kind.name))
        .arg(id_arg());
    for f in kind
        .fields
        .iter()
        .filter(|f| !f.managed || f.ty != FieldType::Flag)
    {
        edit = edit.arg(field_arg(f, false).required(false));
        if f.ty == FieldType::Flag {
            edit = edit.arg(
                Arg::new(format!("no-{}", f.name))
                    .long(format!("no-{}", f.flag()))
                    .action(ArgAction::SetTrue)
                    .conflicts_with(f.name)
                    .help(format!("Clear the mark: {}", f.help)),
            );
        }
    }
    let mut list = Command::new("list").about(format!("List {}", kind.plural));
    if has_status_filter(kind) {
        list = list.arg(
            Arg::new("all")
                .long("all")
                .action(ArgAction::SetTrue)
                .help("Include done, cancelled and past ones"),
        );
    }
    if kind.name == "result" {
        list = list.arg(
            Arg::new("test")
                .long("test")
                .value_name("NAME")
                .help("Only this test, newest first, with when it was last done"),
        );
    }
    let mut cmd = Command::new(kind.name)
        .about(kind.about)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(add)
        .subcommand(list)
        .subcommand(
            Command::new("show")
                .about(format!("Show one {}", kind.name))
                .arg(id_arg()),
        )
        .subcommand(edit)
        .subcommand(
            Command::new("remove")
                .about(format!("Remove a {} (the change log keeps it)", kind.name))
                .arg(id_arg()),
        );
    match kind.name {
        "condition" => {
            cmd = cmd.subcommand(
                Command::new("resolve")
                    .about("Mark a condition resolved")
                    .arg(id_arg())
                    .arg(
                        Arg::new("date")
                            .long("date")
                            .value_name("DATE")
                            .help("When it resolved [default: today]"),
                    ),
            );
        }
        "allergy" => {
            cmd = cmd.subcommand(
                Command::new("none").about("Record explicitly that there are no known allergies"),
            );
        }
        "appt" => {
            cmd = cmd
                .subcommand(
                    Command::new("done")
                        .about("Mark an appointment as attended")
                        .arg(id_arg())
                        .arg(Arg::new("notes").long("notes").help("What came of it")),
                )
                .subcommand(
                    Command::new("cancel")
                        .about("Cancel an appointment")
                        .arg(id_arg()),
                );
        }
        "task" => {
            cmd = cmd.subcommand(Command::new("done").about("Mark a task done").arg(id_arg()));
        }
        "question" => {
            cmd = cmd.subcommand(
                Command::new("answer")
                    .about("Record the answer to a question")
                    .arg(id_arg())
                    .arg(
                        Arg::new("answer")
                            .value_name("TEXT")
                            .required(true)
                            .help("The answer"),
                    ),
            );
        }
        _ => {}
    }
    cmd
}

fn has_status_filter(kind: &Kind) -> bool {
    matches!(kind.name, "appt" | "task" | "question")
}

fn field_arg(f: &Field, positional: bool) -> Arg {
    let mut a = Arg::new(f.name).help(f.help);
    a = if positional {
        a.value_name(f.name.to_uppercase())
    } else {
        a.long(f.flag()).value_name(match f.ty {
            FieldType::Date => "DATE".to_owned(),
            FieldType::DateTime => "WHEN".to_owned(),
            FieldType::Provider => "PROVIDER".to_owned(),
            _ => f.name.to_uppercase(),
        })
    };
    match f.ty {
        FieldType::Flag => a.action(ArgAction::SetTrue),
        FieldType::Choice(values) => {
            let a = a.value_parser(clap::builder::PossibleValuesParser::new(
                values.iter().copied(),
            ));
            match f.default {
                Some(d) if !positional => a.help(format!("{} [default: {d}]", f.help)),
                _ => a,
            }
        }
        _ => a,
    }
}

/// Runs `phr <kind> …`.
pub fn run(ctx: &Context, kind: &'static Kind, m: &ArgMatches) -> CliResult {
    match m.subcommand() {
        Some(("add", sub)) => add(ctx, kind, sub),
        Some(("list", sub)) => list(ctx, kind, sub),
        Some(("show", sub)) => show(ctx, kind, id_of(sub)),
        Some(("edit", sub)) => edit(ctx, kind, sub),
        Some(("remove", sub)) => remove(ctx, kind, id_of(sub)),
        Some(("resolve", sub)) => {
            let date = parse_date_field(
                ctx,
                "date",
                sub.get_one::<String>("date").map(String::as_str),
            )?
            .unwrap_or_else(|| dates::local_today(ctx.now()).to_string());
            set_fields(
                ctx,
                kind,
                id_of(sub),
                "resolve",
                vec![("status", "resolved".into()), ("resolved", date)],
            )
        }
        Some(("none", _)) => allergy_none(ctx),
        Some(("done", sub)) if kind.name == "appt" => {
            let mut v = vec![("status", "done".to_owned())];
            if let Some(n) = sub.get_one::<String>("notes") {
                v.push(("notes", n.clone()));
            }
            set_fields(ctx, kind, id_of(sub), "done", v)
        }
        Some(("cancel", sub)) => set_fields(
            ctx,
            kind,
            id_of(sub),
            "cancel",
            vec![("status", "cancelled".into())],
        ),
        Some(("done", sub)) => {
            let today = dates::local_today(ctx.now()).to_string();
            set_fields(
                ctx,
                kind,
                id_of(sub),
                "done",
                vec![("status", "done".into()), ("done_at", today)],
            )
        }
        Some(("answer", sub)) => {
            let answer = sub.get_one::<String>("answer").cloned().unwrap_or_default();
            set_fields(
                ctx,
                kind,
                id_of(sub),
                "answer",
                vec![("status", "answered".into()), ("answer", answer)],
            )
        }
        _ => Err(
            CliError::usage(format!("`phr {}` needs a subcommand", kind.name))
                .hint(format!("see `phr {} --help`", kind.name)),
        ),
    }
}

fn id_of(m: &ArgMatches) -> &str {
    m.get_one::<String>("id").map(String::as_str).unwrap_or("")
}

fn parse_date_field(ctx: &Context, field: &str, v: Option<&str>) -> CliResult<Option<String>> {
    let Some(v) = v else { return Ok(None) };
    if v.trim().is_empty() {
        return Ok(None);
    }
    // History is often known only to the month or year ("diabetes since 2010").
    if field != "due"
        && let Some(partial) = dates::parse_partial_date(v)
    {
        return Ok(Some(partial));
    }
    dates::parse_date(v, dates::local_today(ctx.now()))
        .map(|d| Some(d.to_string()))
        .ok_or_else(|| {
            CliError::usage(format!(
                "--{}: {} is not a date",
                field.replace('_', "-"),
                dates::quoted(v)
            ))
            .hint(format!(
                "accepted forms: {}{}",
                dates::DATE_FORMS,
                if field == "due" {
                    ""
                } else {
                    ", or a month or year alone (2010-06, 2010)"
                }
            ))
        })
}

/// Turns one raw argument into the stored value, checked. Provider names are resolved
/// later, with the binder open.
fn parse_value(ctx: &Context, f: &Field, raw: &str) -> CliResult<Value> {
    Ok(match f.ty {
        FieldType::Date => {
            parse_date_field(ctx, f.name, Some(raw))?.map_or(Value::Null, Value::String)
        }
        FieldType::DateTime => {
            let now = ctx.now().with_timezone(&chrono::Local).naive_local();
            let dt = dates::parse_datetime(raw, now).ok_or_else(|| {
                CliError::usage(format!(
                    "{}: {} is not a date and time",
                    f.name.to_uppercase(),
                    dates::quoted(raw)
                ))
                .hint(format!("accepted forms: {}", dates::DATETIME_FORMS))
            })?;
            Value::String(dates::local_stamp(dt))
        }
        _ if raw.trim().is_empty() => Value::Null,
        _ => Value::String(raw.trim().to_owned()),
    })
}

/// Collects the fields given on the command line (checked, before the binder opens).
fn given_values(ctx: &Context, kind: &Kind, m: &ArgMatches, for_add: bool) -> CliResult<Values> {
    let mut v = Values::new();
    for f in kind.fields {
        if f.managed && for_add {
            continue;
        }
        if f.ty == FieldType::Flag {
            if m.try_get_one::<bool>(f.name)
                .ok()
                .flatten()
                .copied()
                .unwrap_or(false)
            {
                v.insert(f.name, Value::Bool(true));
            } else if !for_add
                && m.try_get_one::<bool>(&format!("no-{}", f.name))
                    .ok()
                    .flatten()
                    .copied()
                    .unwrap_or(false)
            {
                v.insert(f.name, Value::Bool(false));
            }
            continue;
        }
        if let Some(raw) = m.try_get_one::<String>(f.name).ok().flatten() {
            v.insert(f.name, parse_value(ctx, f, raw)?);
        }
    }
    Ok(v)
}

/// Asks at a terminal for required fields that are missing; without one, names the flag.
fn fill_required(ctx: &Context, kind: &Kind, v: &mut Values) -> CliResult {
    for f in kind.fields.iter().filter(|f| f.required && !f.managed) {
        if v.get(f.name).is_some_and(|x| !x.is_null()) {
            continue;
        }
        let how = if f.positional {
            format!("give it as the {} argument", f.name.to_uppercase())
        } else {
            format!("give it with `--{} {}`", f.flag(), f.name.to_uppercase())
        };
        if !ctx.can_prompt() {
            return Err(CliError::usage(format!(
                "the {} needs a {}",
                kind.name,
                f.name.replace('_', " ")
            ))
            .hint(format!("{how} (see `phr {} add --help`)", kind.name)));
        }
        let raw = match f.ty {
            FieldType::Choice(values) => {
                let i = ctx.ask(|| {
                    dialoguer::Select::new()
                        .with_prompt(f.help)
                        .items(values)
                        .default(0)
                        .interact()
                })?;
                values[i].to_owned()
            }
            _ => ctx.ask(|| {
                dialoguer::Input::<String>::new()
                    .with_prompt(f.help)
                    .interact_text()
            })?,
        };
        v.insert(f.name, parse_value(ctx, f, &raw)?);
    }
    Ok(())
}

/// Resolves provider fields against the care team: a known provider is stored by its
/// name and UUID; an unknown one is kept as written, with a warning.
fn resolve_providers(
    ctx: &Context,
    conn: &rusqlite::Connection,
    kind: &Kind,
    v: &mut Values,
) -> CliResult {
    // A question is for a provider or an appointment: an appointment stands for the
    // provider it is with, so questions group by provider in the agenda.
    if kind.name == "question"
        && let Some(Value::String(target)) = v.get("for").cloned()
    {
        if crate::records::parse_short_id_str(&target, kinds::APPOINTMENT.prefix).is_some() {
            let appt = generic::resolve(conn, &kinds::APPOINTMENT, &target)?;
            v.insert("for", appt["with"].clone());
        } else {
            match generic::resolve(conn, &kinds::PROVIDER, &target) {
                Ok(p) => {
                    v.insert("for", p["name"].clone());
                }
                Err(RecordError::NotFound { .. }) => ctx.ui.warn(&format!(
                    "{target:?} is not in the care team; kept as written. Add them with `phr provider add`."
                )),
                Err(e) => return Err(e.into()),
            }
        }
    }
    for f in kind.fields.iter().filter(|f| f.ty == FieldType::Provider) {
        let Some(Value::String(name)) = v.get(f.name).cloned() else {
            continue;
        };
        match generic::resolve(conn, &kinds::PROVIDER, &name) {
            Ok(p) => {
                v.insert(f.name, p["name"].clone());
                let key: &'static str = match f.name {
                    "provider" => "provider_uuid",
                    "ordered_by" => "ordered_by_uuid",
                    "with" => "with_uuid",
                    "for" => "for_uuid",
                    _ => continue,
                };
                v.insert(key, p["uuid"].clone());
            }
            Err(RecordError::NotFound { .. }) => {
                ctx.ui.warn(&format!(
                    "{name:?} is not in the care team; kept as written. Add them with `phr provider add`."
                ));
            }
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

fn add(ctx: &Context, kind: &'static Kind, m: &ArgMatches) -> CliResult {
    let mut v = given_values(ctx, kind, m, true)?;
    fill_required(ctx, kind, &mut v)?;
    let now = ctx.stamp();
    let rec = ctx.write(|tx| {
        resolve_providers(ctx, tx, kind, &mut v)?;
        warn_duplicate(ctx, tx, kind, &v)?;
        let rec = generic::insert(tx, kind, &v, &now, None)?;
        after_write(ctx, tx, kind, &rec, &now)?;
        Ok(rec)
    })?;
    print_added(ctx, kind, &rec)
}

/// Warns when a record with the same name already exists (a second "Dr Lee" makes every
/// later `--with lee` ambiguous).
fn warn_duplicate(
    ctx: &Context,
    conn: &rusqlite::Connection,
    kind: &Kind,
    v: &Values,
) -> CliResult {
    if !matches!(kind.name, "provider" | "contact" | "condition" | "allergy") {
        return Ok(());
    }
    let field = kind.name_fields[0];
    let Some(Value::String(name)) = v.get(field) else {
        return Ok(());
    };
    let same: Vec<String> = generic::list(conn, kind, None)?
        .iter()
        .filter(|r| generic::text(r, field).eq_ignore_ascii_case(name.trim()))
        .map(|r| generic::text(r, "id").to_owned())
        .collect();
    if !same.is_empty() {
        ctx.ui.warn(&format!(
            "{} already has that name; added anyway. If it is the same, remove one with `phr {} remove ID`.",
            same.join(", "),
            kind.name
        ));
    }
    Ok(())
}

/// Warns when a provider about to be removed is still named elsewhere: what keeps
/// their name keeps it, but their phone and fax go with the record.
fn warn_provider_in_use(ctx: &Context, conn: &rusqlite::Connection, p: &Record) -> CliResult {
    let name = generic::text(p, "name");
    let uuid = generic::text(p, "uuid");
    let mut uses = Vec::new();
    let meds = crate::records::med::list(conn, false)
        .map_err(super::share::db_error)?
        .iter()
        .filter(|m| m.prescriber.as_deref() == Some(name) || m.pharmacy.as_deref() == Some(name))
        .count();
    if meds > 0 {
        uses.push(format!("{meds} active medication(s)"));
    }
    let appts = generic::list(conn, &kinds::APPOINTMENT, Some(("status", "scheduled")))?
        .iter()
        .filter(|a| generic::text(a, "with_uuid") == uuid)
        .count();
    if appts > 0 {
        uses.push(format!("{appts} scheduled appointment(s)"));
    }
    if !uses.is_empty() {
        ctx.ui.warn(&format!(
            "{name} is named in {}; those keep the name, but the phone and fax are removed with the provider.",
            uses.join(" and ")
        ));
    }
    Ok(())
}

/// Rules that follow a write: one liaison; an allergy ends "no known allergies".
fn after_write(
    ctx: &Context,
    conn: &rusqlite::Connection,
    kind: &Kind,
    rec: &Record,
    now: &str,
) -> Result<(), RecordError> {
    if kind.name == "contact" && rec.get("liaison") == Some(&Value::Bool(true)) {
        let others = generic::list(conn, kind, Some(("liaison", "1")))?;
        for o in others.iter().filter(|o| o.get("uuid") != rec.get("uuid")) {
            let mut v = Values::new();
            v.insert("liaison", Value::Bool(false));
            generic::update(conn, kind, o, &v, now, "edit", None)?;
            ctx.ui.status(&format!(
                "The primary-liaison mark moved from {} to {}.",
                generic::text(o, "name"),
                generic::text(rec, "name")
            ));
        }
    }
    if kind.name == "allergy" && profile::meta(conn, NKA_KEY)?.is_some() {
        profile::set_meta(conn, NKA_KEY, None)?;
    }
    Ok(())
}

/// The meta key that records "no known allergies" (its value is the date recorded).
pub const NKA_KEY: &str = "no_known_allergies";

fn print_added(ctx: &Context, kind: &Kind, rec: &Record) -> CliResult {
    if ctx.ui.json {
        ctx.ui.json(rec)
    } else {
        ctx.ui.out(&format!(
            "Added {} {}: {}",
            kind.name,
            generic::text(rec, "id"),
            generic::label(kind, rec)
        ))
    }
}

fn list(ctx: &Context, kind: &'static Kind, m: &ArgMatches) -> CliResult {
    let binder = ctx.open_read()?;
    let conn = binder.conn();
    let all = m
        .try_get_one::<bool>("all")
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false);
    let test = m.try_get_one::<String>("test").ok().flatten();
    // A kind listed whole, in id order, streams: the list is never held in memory.
    let filtered = test.is_some() || matches!(kind.name, "appt" | "task" | "question");
    if ctx.ui.json && !filtered {
        return ctx
            .ui
            .json_array(|items| generic::each_json(conn, kind, |r| items.push(r)));
    }
    if !filtered && !ctx.ui.json {
        // Listed whole, in id order: each row's cells are read straight from SQLite's
        // values, and no record is built.
        let (mut t, listed) = table_for(ctx, kind);
        let mut rows = 0usize;
        generic::each_row(conn, kind, |r| {
            let mut row = vec![r.id()?];
            for f in &listed {
                row.push(match f.ty {
                    FieldType::Flag => flag_text(r.flag(f.name)?),
                    _ => display_text(f, r.get(f.name)?),
                });
            }
            t.add_row(row);
            rows += 1;
            Ok::<(), rusqlite::Error>(())
        })
        .map_err(RecordError::from)?;
        if rows == 0 {
            return nothing_listed(ctx, kind, conn);
        }
        ctx.ui.out_table(&t)?;
        ctx.done_with(t);
        return Ok(());
    }
    let mut recs = generic::list(conn, kind, None)?;
    let now_local = ctx.now().with_timezone(&chrono::Local).to_rfc3339();
    if !all {
        match kind.name {
            "appt" => recs.retain(|r| {
                generic::text(r, "status") == "scheduled" && appt_is_upcoming(r, &now_local)
            }),
            "task" => recs.retain(|r| generic::text(r, "status") == "open"),
            "question" => recs.retain(|r| generic::text(r, "status") == "open"),
            _ => {}
        }
    }
    if kind.name == "appt" {
        recs.sort_by(|a, b| generic::text(a, "when").cmp(generic::text(b, "when")));
    }
    if let Some(test) = test {
        let needle = test.trim().to_lowercase();
        recs.retain(|r| generic::text(r, "test").to_lowercase() == needle);
        recs.sort_by(|a, b| generic::text(b, "date").cmp(generic::text(a, "date")));
    }
    if ctx.ui.json {
        return ctx.ui.json(&recs);
    }
    if recs.is_empty() {
        return nothing_listed(ctx, kind, conn);
    }
    if let Some(test) = test {
        let last = recs.first().map(|r| generic::text(r, "date")).unwrap_or("");
        ctx.ui.out(&format!(
            "{test}: {} result{}, last done {}",
            recs.len(),
            if recs.len() == 1 { "" } else { "s" },
            if last.is_empty() {
                "on an unknown date"
            } else {
                last
            }
        ))?;
    }
    ctx.ui.out(&table(ctx, kind, &recs))
}

fn appt_is_upcoming(r: &Record, now: &str) -> bool {
    let when = generic::text(r, "when");
    match (
        chrono::DateTime::parse_from_rfc3339(when),
        chrono::DateTime::parse_from_rfc3339(now),
    ) {
        (Ok(w), Ok(n)) => w >= n,
        _ => true,
    }
}

/// What `list` says when there is nothing to list: for allergies, whether "no known
/// allergies" was recorded.
fn nothing_listed(ctx: &Context, kind: &Kind, conn: &rusqlite::Connection) -> CliResult {
    if kind.name == "allergy" {
        let nka = profile::meta(conn, NKA_KEY).map_err(super::share::db_error)?;
        return match nka {
            Some(date) => ctx.ui.out(&format!("No known allergies (recorded {}).", date.chars().take(10).collect::<String>())),
            None => ctx.ui.out("Allergies have not been recorded yet. If there are none, record that with `phr allergy none`."),
        };
    }
    ctx.ui.status(&format!(
        "No {} yet. Add one with `phr {} add`.",
        kind.plural, kind.name
    ));
    Ok(())
}

/// An empty table with the id and the kind's listed columns, and those fields.
fn table_for<'k>(ctx: &Context, kind: &'k Kind) -> (crate::ui::Table, Vec<&'k Field>) {
    let listed: Vec<&Field> = kind.fields.iter().filter(|f| f.listed).collect();
    let mut header = vec!["Id".to_owned()];
    header.extend(listed.iter().map(|f| title(f.name)));
    let header_refs: Vec<&str> = header.iter().map(String::as_str).collect();
    (ctx.ui.table(&header_refs), listed)
}

/// A table of records with the kind's listed columns.
pub fn table(ctx: &Context, kind: &Kind, recs: &[Record]) -> String {
    let (mut t, listed) = table_for(ctx, kind);
    for r in recs {
        let mut row = vec![generic::text(r, "id").to_owned()];
        for f in &listed {
            row.push(display(f, r.get(f.name)));
        }
        t.add_row(row);
    }
    t.to_string()
}

fn title(name: &str) -> String {
    let s = name.replace('_', " ");
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().collect::<String>() + c.as_str(),
        None => s,
    }
}

fn display(f: &Field, v: Option<&Value>) -> String {
    match (f.ty, v) {
        (FieldType::Flag, v) => flag_text(v == Some(&Value::Bool(true))),
        (_, v) => display_text(f, v.and_then(Value::as_str)),
    }
}

fn flag_text(on: bool) -> String {
    if on { "yes".into() } else { String::new() }
}

/// A text field as lists and `show` print it: an appointment's time as
/// "YYYY-MM-DD HH:MM".
fn display_text(f: &Field, v: Option<&str>) -> String {
    match (f.ty, v) {
        (FieldType::DateTime, Some(s)) => chrono::DateTime::parse_from_rfc3339(s)
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_else(|_| s.to_owned()),
        (_, Some(s)) => s.to_owned(),
        _ => String::new(),
    }
}

fn show(ctx: &Context, kind: &'static Kind, id: &str) -> CliResult {
    let binder = ctx.open_read()?;
    let rec = generic::resolve(binder.conn(), kind, id)?;
    if ctx.ui.json {
        return ctx.ui.json(&rec);
    }
    let mut out = format!("{} {}\n", title(kind.name), generic::text(&rec, "id"));
    for f in kind.fields {
        let d = display(f, rec.get(f.name));
        if !d.is_empty() {
            out.push_str(&format!("  {:<14} {d}\n", format!("{}:", title(f.name))));
        }
    }
    out.push_str(&format!(
        "  {:<14} {}\n",
        "Added:",
        generic::text(&rec, "created_at")
    ));
    out.push_str(&format!(
        "  {:<14} {}",
        "Updated:",
        generic::text(&rec, "updated_at")
    ));
    ctx.ui.out(&out)
}

fn edit(ctx: &Context, kind: &'static Kind, m: &ArgMatches) -> CliResult {
    let mut v = given_values(ctx, kind, m, false)?;
    if v.is_empty() {
        return Err(CliError::usage("nothing to change").hint(format!(
            "give the fields to change, see `phr {} edit --help`",
            kind.name
        )));
    }
    for f in kind.fields.iter().filter(|f| f.required) {
        if v.get(f.name).is_some_and(Value::is_null) {
            return Err(CliError::usage(format!(
                "the {} cannot be emptied",
                f.name.replace('_', " ")
            )));
        }
    }
    let now = ctx.stamp();
    let rec = ctx.write(|tx| {
        let rec = generic::resolve(tx, kind, id_of(m))?;
        resolve_providers(ctx, tx, kind, &mut v)?;
        let rec = generic::update(tx, kind, &rec, &v, &now, "edit", None)?;
        after_write(ctx, tx, kind, &rec, &now)?;
        Ok(rec)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&rec)
    } else {
        ctx.ui.out(&format!(
            "Changed {} {}",
            kind.name,
            generic::text(&rec, "id")
        ))
    }
}

fn set_fields(
    ctx: &Context,
    kind: &'static Kind,
    id: &str,
    action: &str,
    fields: Vec<(&'static str, String)>,
) -> CliResult {
    let v: Values = fields
        .into_iter()
        .map(|(k, s)| (k, Value::String(s)))
        .collect();
    let now = ctx.stamp();
    let rec = ctx.write(|tx| {
        let rec = generic::resolve(tx, kind, id)?;
        let rec = generic::update(tx, kind, &rec, &v, &now, action, None)?;
        if kind.name == "task" && action == "done" {
            warn_open_request(ctx, tx, &rec)?;
        }
        Ok(rec)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&rec)
    } else {
        let done = match action {
            "resolve" => "Resolved",
            "done" => "Marked done:",
            "cancel" => "Cancelled",
            "answer" => "Answered",
            _ => "Changed",
        };
        ctx.ui.out(&format!(
            "{done} {} {}: {}",
            kind.name,
            generic::text(&rec, "id"),
            generic::label(kind, &rec)
        ))
    }
}

/// A task that tracks an open request leaves the agenda when done by hand; say how to
/// close the request itself (which also writes the communication log).
fn warn_open_request(ctx: &Context, conn: &rusqlite::Connection, task: &Record) -> CliResult {
    let uuid = generic::text(task, "uuid");
    let open = crate::records::request::open_by_task(conn)?;
    if let Some((_, r)) = open.iter().find(|(t, _)| t == uuid) {
        ctx.ui.warn(&format!(
            "this task tracks request {id}, which is still open; close it with `phr request done {id}` once the report has arrived",
            id = r.id
        ));
    }
    Ok(())
}

fn remove(ctx: &Context, kind: &'static Kind, id: &str) -> CliResult {
    let now = ctx.stamp();
    let rec = ctx.write(|tx| {
        let rec = generic::resolve(tx, kind, id)?;
        if kind.name == "provider" {
            warn_provider_in_use(ctx, tx, &rec)?;
        }
        generic::remove(tx, kind, &rec, &now)?;
        Ok(rec)
    })?;
    if ctx.ui.json {
        ctx.ui.json(&rec)
    } else {
        ctx.ui.out(&format!(
            "Removed {} {}: {}",
            kind.name,
            generic::text(&rec, "id"),
            generic::label(kind, &rec)
        ))
    }
}

fn allergy_none(ctx: &Context) -> CliResult {
    let now = ctx.stamp();
    ctx.write(|tx| {
        let existing = generic::list(tx, &kinds::ALLERGY, None)?;
        if !existing.is_empty() {
            return Err(CliError::failed(format!(
                "{} allerg{} recorded",
                existing.len(),
                if existing.len() == 1 {
                    "y is"
                } else {
                    "ies are"
                }
            ))
            .hint(
                "remove them first with `phr allergy remove ID` if they were recorded by mistake",
            ));
        }
        profile::set_meta(tx, NKA_KEY, Some(&now)).map_err(super::share::db_error)?;
        crate::records::log::append(
            tx,
            &crate::records::log::Entry {
                at: &now,
                action: "edit",
                kind: "allergy",
                record_uuid: None,
                record_id: None,
                summary: "recorded: no known allergies",
                old: None,
                new: None,
                source: None,
            },
        )
        .map_err(super::share::db_error)?;
        Ok(())
    })?;
    ctx.ui
        .status("Recorded: no known allergies. Adding an allergy later clears this.");
    Ok(())
}
