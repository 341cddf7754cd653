//! The printouts: visit summary, medication list, wallet card, emergency page, SBAR
//! handoff and questions, each built as a [`Doc`] from a [`Snapshot`] so text, Markdown
//! and HTML say the same thing. Pure functions of the snapshot and the clock.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::Value;

use super::doc::{Doc, Item, Page, Row};
use crate::medparse;
use crate::records::generic::{Record, text};
use crate::records::kinds::{
    self, ALLERGY, APPOINTMENT, CONDITION, CONTACT, DEVICE, ENCOUNTER, Kind, PROCEDURE, PROVIDER,
    QUESTION, TASK,
};
use crate::records::log::Change;
use crate::records::med::Medication;
use crate::records::snapshot::{Meds, Snapshot};

/// A printout: what it reads from the binder and how it is made.
pub struct Printout {
    /// Its name in messages (`summary`).
    pub name: &'static str,
    /// The kinds of record it reads (besides the profile and the requests): a snapshot
    /// of these and of [`Printout::meds`] makes the same printout as the whole binder
    /// would. [`Snapshot::of`] catches a kind missing here in debug builds.
    pub kinds: &'static [&'static Kind],
    /// Which medications it reads.
    pub meds: Meds,
    /// Whether it reads the results grouped by test ([`Snapshot::results_by_test`]), the
    /// latest few of each, rather than every result.
    pub results_by_test: bool,
    /// Whether it lists recent changes from the log (see [`changes_since`]).
    pub shows_changes: bool,
    make: fn(&Input<'_>) -> Doc,
}

impl Printout {
    /// The printout itself.
    pub fn make(&self, i: &Input<'_>) -> Doc {
        (self.make)(i)
    }
}

// Each reads the header's allergies and liaison; the provider a question or an
// appointment names is looked up among the providers.
pub const SUMMARY: Printout = Printout {
    name: "summary",
    kinds: &[
        &ALLERGY,
        &CONTACT,
        &CONDITION,
        &APPOINTMENT,
        &QUESTION,
        &PROVIDER,
    ],
    meds: Meds::Active,
    results_by_test: true,
    shows_changes: true,
    make: summary,
};

pub const MEDLIST: Printout = Printout {
    name: "medlist",
    kinds: &[&ALLERGY, &CONTACT],
    meds: Meds::All,
    results_by_test: false,
    shows_changes: false,
    make: medlist,
};

pub const CARD: Printout = Printout {
    name: "card",
    kinds: &[&ALLERGY, &CONTACT, &PROVIDER, &CONDITION],
    meds: Meds::Active,
    results_by_test: false,
    shows_changes: false,
    make: card,
};

pub const EMERGENCY: Printout = Printout {
    name: "emergency",
    kinds: &[&ALLERGY, &CONTACT, &PROVIDER, &CONDITION, &DEVICE],
    meds: Meds::Active,
    results_by_test: false,
    shows_changes: false,
    make: emergency,
};

pub const SBAR: Printout = Printout {
    name: "sbar",
    kinds: &[
        &ALLERGY,
        &CONTACT,
        &CONDITION,
        &PROCEDURE,
        &ENCOUNTER,
        &TASK,
        &APPOINTMENT,
        &QUESTION,
        &PROVIDER,
    ],
    meds: Meds::Active,
    results_by_test: false,
    shows_changes: true,
    make: sbar,
};

pub const QUESTIONS: Printout = Printout {
    name: "questions",
    kinds: &[&QUESTION, &PROVIDER, &APPOINTMENT],
    meds: Meds::None,
    results_by_test: false,
    shows_changes: false,
    make: questions,
};

/// Every printout.
pub const ALL: [&Printout; 6] = [&SUMMARY, &MEDLIST, &CARD, &EMERGENCY, &SBAR, &QUESTIONS];

/// The most recent changes a printout lists.
pub const CHANGES_SHOWN: usize = 40;

/// What every printout is made from.
pub struct Input<'a> {
    pub snap: &'a Snapshot,
    /// Changes from the log, oldest first: the summary and the SBAR list the last
    /// [`CHANGES_SHOWN`] since [`changes_since`] that are not profile edits. The log
    /// itself may be given, or only those.
    pub changes: &'a [Change],
    pub now: DateTime<Utc>,
    /// `--for PROVIDER`: narrows the summary and the questions to one provider.
    pub provider: Option<&'a Record>,
}

impl Input<'_> {
    fn today(&self) -> NaiveDate {
        crate::dates::local_today(self.now)
    }
    fn as_of(&self) -> String {
        format!("As of {}", self.today())
    }
    fn name(&self) -> String {
        let n = self.snap.profile_text("name");
        if n.is_empty() {
            "(name not recorded)".into()
        } else {
            n.to_owned()
        }
    }
}

fn nonempty(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ")
}

/// "2026-12-01 14:30" from a stored RFC 3339 appointment time.
pub fn when_text(when: &str) -> String {
    match DateTime::parse_from_rfc3339(when) {
        Ok(t) => t.format("%Y-%m-%d %H:%M").to_string(),
        Err(_) => when.to_owned(),
    }
}

/// Allergies as list items, or the sentence that stands in for them.
pub fn allergy_items(snap: &Snapshot) -> Result<Vec<Item>, &'static str> {
    let all = snap.of(&kinds::ALLERGY);
    if all.is_empty() {
        return Err(if snap.no_known_allergies.is_some() {
            "No known allergies"
        } else {
            "Allergies not recorded"
        });
    }
    Ok(all
        .iter()
        .map(|a| {
            let detail = nonempty(&[text(a, "reaction"), text(a, "severity")]);
            Item::new(if detail.is_empty() {
                text(a, "substance").to_owned()
            } else {
                format!("{} ({detail})", text(a, "substance"))
            })
        })
        .collect())
}

fn allergy_line(snap: &Snapshot) -> String {
    match allergy_items(snap) {
        Ok(items) => items
            .into_iter()
            .map(|i| i.text)
            .collect::<Vec<_>>()
            .join("; "),
        Err(s) => s.to_owned(),
    }
}

/// "Potassium chloride ER" from "potassium chloride er": the first letter and the
/// release suffixes in capitals.
fn capitalise(s: &str) -> String {
    // Each word that changes is upper-cased where it stands: this runs for every
    // medication of a FHIR export. Words are split at ASCII spaces, so at boundaries.
    let mut out = s.to_owned();
    let mut start = 0;
    for word in s.as_bytes().split(|&b| b == b' ') {
        let end = start + word.len();
        if matches!(
            word,
            b"er"
                | b"xr"
                | b"xl"
                | b"sr"
                | b"dr"
                | b"cr"
                | b"la"
                | b"ir"
                | b"odt"
                | b"hctz"
                | b"d3"
        ) && let Some(w) = out.get_mut(start..end)
        {
            w.make_ascii_uppercase();
        }
        start = end + 1;
    }
    match out.chars().next() {
        Some(f) if f.is_ascii() => {
            if let Some(first) = out.get_mut(..1) {
                first.make_ascii_uppercase();
            }
            out
        }
        Some(f) => f
            .to_uppercase()
            .chain(out[f.len_utf8()..].chars())
            .collect(),
        None => out,
    }
}

/// "Tylenol (acetaminophen)": the name as written (or parsed, or the whole text) and its
/// active ingredients, from a medication's name, text and parse.
pub fn med_name_of(name: Option<&str>, text: &str, p: &crate::sig::ParsedMed) -> String {
    let name = name.or(p.name.as_deref()).unwrap_or(text);
    let generic = p.ingredients.join(" / ");
    if generic.is_empty() || generic.eq_ignore_ascii_case(name) {
        capitalise(name)
    } else {
        format!("{} ({generic})", capitalise(name))
    }
}

/// How often and when, with the meal rule: "2 times a day, with meals".
fn schedule(p: &crate::sig::ParsedMed) -> String {
    let mut sched = medparse::schedule_text(p);
    if let Some(meal) = &p.meal {
        if sched.is_empty() {
            sched = meal.clone();
        } else {
            sched = format!("{sched}, {meal}");
        }
    }
    sched
}

fn num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v}")
    }
}

/// Limits the text states: how long, the most a day, and the most for one episode.
fn limits(p: &crate::sig::ParsedMed) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(d) = &p.duration {
        let unit = match d.unit.as_str() {
            "h" => "hours",
            "d" => "days",
            "wk" => "weeks",
            "mo" => "months",
            "yr" => "years",
            other => other,
        };
        out.push(format!("for {} {unit}", num(d.value)));
    }
    if let Some(m) = &p.max_per_day {
        let mut unit = m
            .unit
            .clone()
            .or_else(|| p.dose_unit.clone())
            .unwrap_or_default();
        if (m.value - 1.0).abs() > 1e-9
            && matches!(
                unit.as_str(),
                "tablet" | "capsule" | "puff" | "drop" | "dose" | "spray"
            )
        {
            unit.push('s');
        }
        out.push(format!("at most {} {unit} a day", num(m.value)).replace("  ", " "));
    }
    if let Some(limit) = medparse::episode_limit_text(p) {
        out.push(format!("at most {limit}"));
    }
    out
}

/// One line for a medication: name, strength, dose, schedule.
pub fn med_short(m: &Medication) -> String {
    let p = medparse::parsed_of(m);
    let mut parts = vec![med_name_of(m.name.as_deref(), &m.text, &p)];
    parts.extend(medparse::strength_text(&p));
    parts.extend(medparse::dose_text(&p));
    let s = schedule(&p);
    if !s.is_empty() {
        parts.push(s);
    }
    if parts.len() == 1 {
        return m.text.clone();
    }
    parts.join(", ")
}

fn med_items(snap: &Snapshot, with_prescriber: bool) -> Vec<Item> {
    snap.active_medications()
        .map(|m| {
            let mut t = med_short(m);
            if with_prescriber && let Some(p) = &m.prescriber {
                t = format!("{t} — prescribed by {p}");
            }
            Item::new(t)
        })
        .collect()
}

fn condition_items(snap: &Snapshot, active: bool) -> Vec<Item> {
    snap.of(&kinds::CONDITION)
        .iter()
        .filter(|c| (text(c, "status") != "resolved") == active)
        .map(|c| {
            let mut t = text(c, "name").to_owned();
            if !text(c, "onset").is_empty() {
                t = format!("{t} (since {})", text(c, "onset"));
            }
            if !active && !text(c, "resolved").is_empty() {
                t = format!("{t}, resolved {}", text(c, "resolved"));
            }
            Item::new(t)
        })
        .collect()
}

fn liaison_line(snap: &Snapshot) -> Option<String> {
    let c = snap
        .liaison()
        .or_else(|| snap.of(&kinds::CONTACT).first())?;
    Some(nonempty(&[
        text(c, "name"),
        text(c, "relationship"),
        text(c, "phone"),
        text(c, "authority"),
    ]))
}

fn pcp(snap: &Snapshot) -> Option<&Record> {
    snap.of(&kinds::PROVIDER)
        .iter()
        .find(|p| text(p, "role") == "pcp")
}

fn header(doc: &mut Doc, i: &Input<'_>) {
    let s = i.snap;
    let mut f = vec![("Name".to_owned(), i.name())];
    if !s.profile_text("born").is_empty() {
        f.push(("Date of birth".into(), s.profile_text("born").into()));
    }
    f.push(("Allergies".into(), allergy_line(s)));
    if let Some(l) = liaison_line(s) {
        f.push(("Contact".into(), l));
    }
    doc.fields(f);
}

/// Whether a record's provider field (`with`, `for`, …) names this provider.
fn is_provider(rec: &Record, field: &str, p: &Record) -> bool {
    let uuid = text(p, "uuid");
    if rec.get(&format!("{field}_uuid")).and_then(Value::as_str) == Some(uuid) {
        return true;
    }
    let v = text(rec, field).trim();
    !v.is_empty()
        && (v.eq_ignore_ascii_case(text(p, "name")) || v.eq_ignore_ascii_case(text(p, "id")))
}

fn upcoming<'a>(i: &'a Input<'_>) -> Vec<&'a Record> {
    let mut v: Vec<&Record> = i
        .snap
        .of(&kinds::APPOINTMENT)
        .iter()
        .filter(|a| text(a, "status") == "scheduled")
        .filter(|a| DateTime::parse_from_rfc3339(text(a, "when")).is_ok_and(|w| w >= i.now))
        .collect();
    v.sort_by(|a, b| text(a, "when").cmp(text(b, "when")));
    v
}

fn appt_item(a: &Record) -> Item {
    let mut t = format!("{} with {}", when_text(text(a, "when")), text(a, "with"));
    let more = nonempty(&[text(a, "reason"), text(a, "location")]);
    if !more.is_empty() {
        t = format!("{t}: {more}");
    }
    Item::new(t)
}

/// The provider a question is for, if it names one (directly or through an appointment).
fn question_provider<'a>(snap: &'a Snapshot, q: &Record) -> Option<&'a Record> {
    let f = text(q, "for").trim();
    if f.is_empty() {
        return None;
    }
    let providers = snap.of(&kinds::PROVIDER);
    if let Some(p) = providers.iter().find(|p| {
        text(p, "id").eq_ignore_ascii_case(f)
            || text(p, "uuid") == f
            || text(p, "name").eq_ignore_ascii_case(f)
    }) {
        return Some(p);
    }
    if let Some(a) = snap
        .of(&kinds::APPOINTMENT)
        .iter()
        .find(|a| text(a, "id").eq_ignore_ascii_case(f))
    {
        return providers.iter().find(|p| is_provider(a, "with", p));
    }
    let lower = f.to_lowercase();
    let hits: Vec<&Record> = providers
        .iter()
        .filter(|p| text(p, "name").to_lowercase().contains(&lower))
        .collect();
    if let [one] = hits.as_slice() {
        return Some(one);
    }
    None
}

fn open_questions<'a>(i: &'a Input<'_>) -> Vec<&'a Record> {
    i.snap
        .of(&kinds::QUESTION)
        .iter()
        .filter(|q| text(q, "status") != "answered")
        .filter(|q| match i.provider {
            Some(p) => {
                question_provider(i.snap, q).is_some_and(|qp| qp.get("uuid") == p.get("uuid"))
            }
            None => true,
        })
        .collect()
}

/// The date changes are counted from: the last visit done with the provider, or 90 days
/// ago; and how the printout says it.
pub fn changes_since(i: &Input<'_>) -> (String, String) {
    if let Some(p) = i.provider {
        let last = i
            .snap
            .of(&kinds::APPOINTMENT)
            .iter()
            .filter(|a| text(a, "status") == "done" && is_provider(a, "with", p))
            .map(|a| text(a, "when"))
            .max();
        if let Some(w) = last {
            let day = when_text(w).chars().take(10).collect::<String>();
            return (
                DateTime::parse_from_rfc3339(w)
                    .map(|t| {
                        t.with_timezone(&Utc)
                            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                    })
                    .unwrap_or_else(|_| w.to_owned()),
                format!("since the last visit with {} on {day}", text(p, "name")),
            );
        }
    }
    let d = i.today() - Duration::days(90);
    (d.to_string(), format!("in the last 90 days (since {d})"))
}

fn change_items(i: &Input<'_>, since: &str) -> Vec<Item> {
    let mut v: Vec<Item> = i
        .changes
        .iter()
        .filter(|c| c.at.as_str() >= since && c.kind != "profile")
        .map(|c| {
            let day: String = c.at.chars().take(10).collect();
            let mut t = format!("{day}: {}", c.summary);
            if let Some(s) = &c.source {
                t = format!("{t} (from {s})");
            }
            Item::new(t)
        })
        .collect();
    if v.len() > CHANGES_SHOWN {
        v = v.split_off(v.len() - CHANGES_SHOWN);
    }
    v
}

/// Recent results with, for each test, when it was last done and how often it was done.
fn result_rows(snap: &Snapshot) -> Vec<Row> {
    // Each test's latest result and up to three before it, tests by their latest date
    // (newest first; tests first seen first on the same date).
    let mut rows: Vec<(&str, Row)> = snap
        .results_by_test()
        .iter()
        .filter_map(|t| {
            let (last, earlier) = t.latest.split_first()?;
            let value = nonempty(&[&format!("{} {}", last.value, last.unit)]);
            let earlier: Vec<String> = earlier
                .iter()
                .map(|r| format!("{} {} ({})", r.value, r.unit, r.date).replace("  ", " "))
                .collect();
            Some((
                last.date.as_str(),
                Row {
                    cells: vec![
                        last.test.clone(),
                        value.trim().to_owned(),
                        last.range.clone(),
                        last.date.clone(),
                        format!("{}", t.count),
                        earlier.join("; "),
                    ],
                    ..Row::default()
                },
            ))
        })
        .collect();
    rows.sort_by(|a, b| b.0.cmp(a.0));
    rows.into_iter().map(|(_, r)| r).collect()
}

const RESULT_HEADERS: &[&str] = &["Test", "Latest", "Range", "Last done", "Times", "Earlier"];

/// The visit summary, optionally for one provider.
pub fn summary(i: &Input<'_>) -> Doc {
    let title = match i.provider {
        Some(p) => format!("Visit summary for {}", text(p, "name")),
        None => "Visit summary".to_owned(),
    };
    let mut d = Doc::new(title, i.as_of());
    header(&mut d, i);
    d.heading("Active problems");
    d.list_or(condition_items(i.snap, true), "None recorded.");
    d.heading("Medications");
    d.list_or(med_items(i.snap, true), "No active medications recorded.");
    let (since, words) = changes_since(i);
    d.heading(format!("Changes {words}"));
    d.list_or(change_items(i, &since), "No changes recorded.");
    d.heading("Recent results");
    let rows = result_rows(i.snap);
    if rows.is_empty() {
        d.para("No results recorded.");
    } else {
        d.table(RESULT_HEADERS, rows);
    }
    d.heading("Upcoming appointments");
    d.list_or(
        upcoming(i).into_iter().map(appt_item).collect(),
        "None scheduled.",
    );
    d.heading("Questions");
    d.list_or(
        open_questions(i)
            .into_iter()
            .map(|q| Item::new(text(q, "text")))
            .collect(),
        "No open questions.",
    );
    d.heading("Outstanding requests");
    d.list_or(request_items(i), "No reports or records awaited.");
    d
}

/// Reports and records asked for and not yet arrived (`phr request`): those involving
/// the provider the printout is for, or all of them.
fn request_items(i: &Input<'_>) -> Vec<Item> {
    let open: Vec<crate::records::request::Request> = match i.provider {
        Some(p) => i.snap.outstanding_for(p),
        None => i
            .snap
            .requests
            .iter()
            .filter(|r| r.is_open())
            .cloned()
            .collect(),
    };
    open.iter()
        .map(|r| {
            let to =
                r.to.as_deref()
                    .map(|t| format!(" → {t}"))
                    .unwrap_or_default();
            let by =
                r.by.as_deref()
                    .map(|b| format!(" (wanted by {b})"))
                    .unwrap_or_default();
            Item::new(format!("Awaiting {} from {}{to}{by}", r.what, r.from))
        })
        .collect()
}

const MED_HEADERS: &[&str] = &[
    "Medicine (brand / generic)",
    "Strength",
    "Dose",
    "How often and when",
    "What it is for",
    "Prescriber",
    "Started",
    "Type",
    "Special instructions",
];

fn med_row(m: &Medication) -> Row {
    let p = medparse::parsed_of(m);
    let kind = match m.kind.as_str() {
        "rx" => "Rx",
        "otc" => "OTC",
        _ => "Supplement",
    };
    let mut notes: Vec<String> = m.instructions.iter().cloned().collect();
    notes.extend(limits(&p));
    if p.name.is_none() {
        notes.push(m.text.clone());
    }
    let instructions = notes.join("; ");
    let struck = m.status == "stopped";
    Row {
        cells: vec![
            med_name_of(m.name.as_deref(), &m.text, &p),
            medparse::strength_text(&p).unwrap_or_default(),
            medparse::dose_text(&p).unwrap_or_default(),
            schedule(&p),
            m.reason.clone().unwrap_or_default(),
            m.prescriber.clone().unwrap_or_default(),
            m.start_date.clone().unwrap_or_default(),
            kind.to_owned(),
            instructions,
        ],
        struck,
        note: struck.then(|| {
            format!(
                "stopped {}",
                m.stop_date
                    .clone()
                    .unwrap_or_else(|| "(date not recorded)".into())
            )
        }),
    }
}

/// The printable medication list ("My Medicines").
pub fn medlist(i: &Input<'_>) -> Doc {
    let s = i.snap;
    let mut d = Doc::new("My medicines", i.as_of());
    let mut f = vec![("Name".to_owned(), i.name())];
    if !s.profile_text("born").is_empty() {
        f.push(("Date of birth".into(), s.profile_text("born").into()));
    }
    f.push(("Allergies".into(), allergy_line(s)));
    f.push((
        "Last reviewed".into(),
        s.meds_verified_at
            .clone()
            .unwrap_or_else(|| "not yet reviewed".into()),
    ));
    if !s.profile_text("pharmacy").is_empty() {
        f.push(("Pharmacy".into(), s.profile_text("pharmacy").into()));
    }
    if let Some(l) = liaison_line(s) {
        f.push(("Contact".into(), l));
    }
    d.fields(f);
    d.heading("Medicines I take now");
    let active: Vec<Row> = s.active_medications().map(med_row).collect();
    if active.is_empty() {
        d.para("No active medications recorded.");
    } else {
        d.table(MED_HEADERS, active);
    }
    let cutoff = (i.today() - Duration::days(90)).to_string();
    let stopped: Vec<Row> = s
        .medications
        .iter()
        .filter(|m| m.status == "stopped")
        .filter(|m| m.stop_date.as_deref().is_some_and(|d| d >= cutoff.as_str()))
        .map(med_row)
        .collect();
    if !stopped.is_empty() {
        d.heading("Stopped in the last 90 days");
        d.table(MED_HEADERS, stopped);
    }
    d.para("Bring this list to every visit and update it whenever a medicine changes.");
    d
}

/// The wallet card (HTML fits 85 × 55 mm).
pub fn card(i: &Input<'_>) -> Doc {
    let s = i.snap;
    let mut d = Doc::new(i.name(), i.as_of());
    d.page = Page::Card;
    let mut f = Vec::new();
    if !s.profile_text("born").is_empty() {
        f.push(("Born".to_owned(), s.profile_text("born").to_owned()));
    }
    f.push(("Allergies".into(), allergy_line(s)));
    if let Some(l) = liaison_line(s) {
        f.push(("Emergency contact".into(), l));
    }
    if let Some(p) = pcp(s) {
        f.push((
            "Primary care".into(),
            nonempty(&[text(p, "name"), text(p, "phone")]),
        ));
    }
    // Conditions and medications last and short (name and strength): the card has room
    // for a few lines, and the contacts must not be the part that is cut off.
    let conds: Vec<String> = s
        .of(&kinds::CONDITION)
        .iter()
        .filter(|c| text(c, "status") != "resolved")
        .map(|c| text(c, "name").to_owned())
        .collect();
    f.push((
        "Conditions".into(),
        if conds.is_empty() {
            "none recorded".into()
        } else {
            conds.join("; ")
        },
    ));
    let meds: Vec<String> = s
        .active_medications()
        .map(|m| {
            let p = medparse::parsed_of(m);
            match (p.name.as_deref(), medparse::strength_text(&p)) {
                (Some(n), Some(st)) => format!("{} {st}", capitalise(n)),
                (Some(n), None) => capitalise(n),
                _ => m.text.clone(),
            }
        })
        .collect();
    f.push((
        "Medications".into(),
        if meds.is_empty() {
            "none recorded".into()
        } else {
            meds.join("; ")
        },
    ));
    d.fields(f);
    d
}

/// The emergency one-pager.
pub fn emergency(i: &Input<'_>) -> Doc {
    let s = i.snap;
    let mut d = Doc::new(format!("Emergency information: {}", i.name()), i.as_of());
    let mut f = vec![("Name".to_owned(), i.name())];
    for (k, label) in [
        ("born", "Date of birth"),
        ("sex", "Sex"),
        ("blood_type", "Blood type"),
        ("languages", "Languages"),
        ("organ_donor", "Organ donor"),
    ] {
        if !s.profile_text(k).is_empty() {
            f.push((label.into(), s.profile_text(k).into()));
        }
    }
    d.fields(f);
    d.heading("Allergies");
    match allergy_items(s) {
        Ok(items) => d.list(items),
        Err(t) => d.para(t),
    }
    d.heading("Conditions");
    d.list_or(condition_items(s, true), "None recorded.");
    d.heading("Medications");
    d.list_or(med_items(s, false), "No active medications recorded.");
    d.heading("Implanted devices");
    d.list_or(
        s.of(&kinds::DEVICE)
            .iter()
            .map(|v| {
                Item::new(nonempty(&[
                    text(v, "name"),
                    text(v, "model"),
                    text(v, "date"),
                    text(v, "notes"),
                ]))
            })
            .collect(),
        "None recorded.",
    );
    d.heading("Advance directive");
    d.para(match s.profile_text("advance_directive") {
        "" => "Not recorded.",
        t => t,
    });
    d.heading("Contacts");
    let mut contacts: Vec<&Record> = s.of(&kinds::CONTACT).iter().collect();
    contacts.sort_by_key(|c| c.get("liaison") != Some(&Value::Bool(true)));
    let mut items: Vec<Item> = contacts
        .iter()
        .map(|c| {
            let mut t = nonempty(&[
                text(c, "name"),
                text(c, "relationship"),
                text(c, "phone"),
                text(c, "authority"),
            ]);
            if c.get("liaison") == Some(&Value::Bool(true)) {
                t = format!("{t} (primary contact)");
            }
            Item::new(t)
        })
        .collect();
    if let Some(p) = pcp(s) {
        items.push(Item::new(format!(
            "Primary care: {}",
            nonempty(&[text(p, "name"), text(p, "phone"), text(p, "org")])
        )));
    }
    d.list_or(items, "None recorded.");
    d.heading("Insurance");
    let ins = nonempty(&[
        s.profile_text("insurance_carrier"),
        &match s.profile_text("insurance_member_id") {
            "" => String::new(),
            m => format!("member {m}"),
        },
        &match s.profile_text("insurance_group") {
            "" => String::new(),
            g => format!("group {g}"),
        },
    ]);
    d.para(if ins.is_empty() {
        "Not recorded.".into()
    } else {
        ins
    });
    d
}

fn encounter_text(e: &Record) -> String {
    let mut t = format!("{} ({})", text(e, "name"), text(e, "kind"));
    match (text(e, "date"), text(e, "discharged")) {
        ("", _) => {}
        (a, "") => t = format!("{t}, {a}"),
        (a, b) => t = format!("{t}, {a} to {b}"),
    }
    if !text(e, "reason").is_empty() {
        t = format!("{t}: {}", text(e, "reason"));
    }
    t
}

/// The SBAR handoff: Situation, Background, Assessment, Recommendation.
pub fn sbar(i: &Input<'_>) -> Doc {
    let s = i.snap;
    let mut d = Doc::new(format!("SBAR: {}", i.name()), i.as_of());
    header(&mut d, i);
    d.heading("Situation");
    let next = upcoming(i)
        .into_iter()
        .find(|a| i.provider.is_none_or(|p| is_provider(a, "with", p)));
    let mut encounters: Vec<&Record> = s.of(&kinds::ENCOUNTER).iter().collect();
    encounters.sort_by(|a, b| text(a, "date").cmp(text(b, "date")));
    let mut sit = Vec::new();
    if let Some(a) = next
        && !text(a, "reason").is_empty()
    {
        sit.push(Item::new(format!(
            "Reason for the visit: {} ({} with {})",
            text(a, "reason"),
            when_text(text(a, "when")),
            text(a, "with")
        )));
    }
    if let Some(e) = encounters.last() {
        sit.push(Item::new(format!(
            "Most recent encounter: {}",
            encounter_text(e)
        )));
    }
    d.list_or(sit, "No current reason or recent encounter recorded.");
    d.heading("Background");
    let mut bg = condition_items(s, true);
    bg.extend(condition_items(s, false).into_iter().map(|mut c| {
        c.text = format!("History: {}", c.text);
        c
    }));
    bg.extend(s.of(&kinds::PROCEDURE).iter().map(|p| {
        Item::new(format!(
            "Procedure: {}",
            nonempty(&[text(p, "name"), text(p, "date")])
        ))
    }));
    d.list_or(bg, "No history recorded.");
    d.para("Medications:");
    d.list_or(med_items(s, true), "No active medications recorded.");
    d.para(format!("Allergies: {}", allergy_line(s)));
    d.heading("Assessment");
    let (since, words) = changes_since(i);
    d.para(format!("Changes {words}:"));
    d.list_or(change_items(i, &since), "No changes recorded.");
    let tasks: Vec<Item> = s
        .of(&kinds::TASK)
        .iter()
        .filter(|t| text(t, "status") != "done")
        .map(|t| {
            Item::new(match text(t, "due") {
                "" => text(t, "text").to_owned(),
                due => format!("{} (due {due})", text(t, "text")),
            })
        })
        .collect();
    d.para("Open concerns and unresolved items:");
    d.list_or(tasks, "None.");
    d.heading("Recommendation");
    let mut rec: Vec<Item> = upcoming(i)
        .into_iter()
        .map(|a| {
            let mut it = appt_item(a);
            it.text = format!("Follow-up: {}", it.text);
            it
        })
        .collect();
    rec.extend(
        open_questions(i)
            .into_iter()
            .map(|q| Item::new(format!("Question: {}", text(q, "text")))),
    );
    rec.extend(request_items(i).into_iter().map(|mut it| {
        it.text = format!("Request: {}", it.text);
        it
    }));
    d.list_or(rec, "No follow-ups or questions recorded.");
    d
}

/// Open questions grouped by provider.
pub fn questions(i: &Input<'_>) -> Doc {
    let title = match i.provider {
        Some(p) => format!("Questions for {}", text(p, "name")),
        None => "Questions for the next visits".to_owned(),
    };
    let mut d = Doc::new(title, i.as_of());
    d.fields(vec![("Name".into(), i.name())]);
    let qs = open_questions(i);
    if qs.is_empty() {
        d.para("No open questions.");
        return d;
    }
    let mut groups: Vec<(String, Vec<Item>)> = Vec::new();
    for q in qs {
        let who = match question_provider(i.snap, q) {
            Some(p) => nonempty(&[text(p, "name"), text(p, "specialty")]),
            None => match text(q, "for") {
                "" => "Any provider".to_owned(),
                f => f.to_owned(),
            },
        };
        let item = Item::new(text(q, "text"));
        match groups.iter_mut().find(|(w, _)| *w == who) {
            Some((_, v)) => v.push(item),
            None => groups.push((who, vec![item])),
        }
    }
    for (who, items) in groups {
        d.heading(who);
        d.list(items);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::doc::Format;
    use crate::records::generic::{self, Values};
    use crate::records::kinds::FieldType;
    use crate::records::med;
    use rusqlite::Connection;

    /// A binder with three records of every kind, whose values take each choice in
    /// turn, dates before and after "now", and the one provider's name wherever a
    /// provider is named; medications active and stopped; more changes than a printout
    /// lists, the last of them to the profile.
    fn every_kind() -> Connection {
        let mut c = Connection::open_in_memory().unwrap();
        crate::binder::schema::upgrade(&mut c).unwrap();
        for kind in kinds::ALL {
            for i in 0..3usize {
                let mut v = Values::new();
                for f in kind.fields {
                    let value = match (kind.name, f.name, f.ty) {
                        (_, _, FieldType::Choice(opts)) => opts[i % opts.len()].to_owned(),
                        (_, _, FieldType::DateTime) if i == 1 => "2026-10-01T10:00:00Z".into(),
                        (_, _, FieldType::DateTime) => format!("2027-01-0{}T10:00:00Z", i + 1),
                        (_, _, FieldType::Date) => format!("2026-11-1{i}"),
                        (_, _, FieldType::Flag) => {
                            v.insert(f.name, Value::Bool(i == 0));
                            continue;
                        }
                        (_, _, FieldType::Provider) | ("question", "for", _) => "Dr Lee".into(),
                        ("provider", "name", _) => "Dr Lee".into(),
                        ("provider", "role", _) => "pcp".into(),
                        ("result", "test", _) => ["HbA1c", "hba1c", "LDL"][i].into(),
                        (k, name, _) => format!("{k} {name} {i}"),
                    };
                    v.insert(f.name, Value::String(value));
                }
                generic::insert(&c, kind, &v, &format!("2026-11-2{i}T08:00:00Z"), None).unwrap();
            }
        }
        let now = "2026-11-25T08:00:00Z";
        for text in ["Metformin 500 mg tab, 1 tab PO BID", "Aspirin 81 mg daily"] {
            let new = med::NewMedication {
                text: text.into(),
                prescriber: Some("Dr Lee".into()),
                ..Default::default()
            };
            med::add(&mut c, &new, now).unwrap();
        }
        let aspirin = med::list(&c, false).unwrap().pop().unwrap();
        med::stop(&c, &aspirin, "2026-11-20", Some("bleeding"), now, None).unwrap();
        // The latest changes are profile edits, which printouts do not list.
        for name in ["Maria", "Maria Souza", "Maria S. Souza"] {
            let set = [("name", Some(name.to_owned()))];
            crate::records::profile::set(&c, &set, "2026-11-25T09:00:00Z", None).unwrap();
        }
        c
    }

    /// Each printout made from a snapshot of only what it reads (and the changes read
    /// for it) is the printout made from the whole binder and its whole log, in every
    /// format, for the whole care team and for one provider. A kind missing from
    /// [`Printout::kinds`] fails here, in the debug assertion of [`Snapshot::of`].
    #[test]
    fn each_printout_reads_what_it_shows_and_no_more() {
        let c = every_kind();
        let now = DateTime::parse_from_rfc3339("2026-11-26T09:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let whole = Snapshot::load(&c).unwrap();
        let log = crate::records::log::list(&c, None).unwrap();
        let lee = generic::resolve(&c, &kinds::PROVIDER, "p1").unwrap();
        for p in ALL {
            let part = Snapshot::load_with(&c, p.kinds, p.meds, p.results_by_test).unwrap();
            for provider in [None, Some(&lee)] {
                let full = Input {
                    snap: &whole,
                    changes: &log,
                    now,
                    provider,
                };
                let mut input = Input {
                    snap: &part,
                    changes: &[],
                    now,
                    provider,
                };
                // As `phr export` reads them: only for a printout that shows changes.
                let recent = if p.shows_changes {
                    let (since, _) = changes_since(&input);
                    let recent = crate::records::log::recent(&c, &since, CHANGES_SHOWN).unwrap();
                    assert!(!recent.is_empty(), "{} shows no changes", p.name);
                    recent
                } else {
                    Vec::new()
                };
                input.changes = &recent;
                for format in [Format::Text, Format::Markdown, Format::Html] {
                    let want = p.make(&full).render(format);
                    assert_eq!(p.make(&input).render(format), want, "{} {format:?}", p.name);
                }
            }
        }
    }

    #[test]
    fn a_limit_for_one_episode_prints_as_one() {
        let p = crate::sig::parse("Nitroglycerin 0.4 mg SL q5min prn chest pain x3");
        assert_eq!(limits(&p), ["at most 3 doses each time it is needed"]);
        let p = crate::sig::parse("Ibuprofen 400 mg q6h prn pain up to 3 times");
        assert_eq!(limits(&p), ["at most 3 doses a day"]);
    }

    #[test]
    fn capitalise_upper_cases_the_first_letter_and_release_words() {
        for (input, want) in [
            ("metformin er", "Metformin ER"),
            ("d3 vitamin", "D3 vitamin"),
            ("hctz", "HCTZ"),
            ("er", "ER"),
            ("nifedipine  xl", "Nifedipine  XL"),
            (" leading space", " leading space"),
            ("éclair odt", "Éclair ODT"),
            ("ßtest", "SStest"),
            ("Already Upper", "Already Upper"),
            ("", ""),
        ] {
            assert_eq!(capitalise(input), want, "{input:?}");
        }
    }
}
