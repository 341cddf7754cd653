//! Printable forms of a reconciliation report for people: Markdown for the pharmacist,
//! table rows (and a comfy-table rendering) grouped changed / new / stopped / unchanged,
//! and follow-up questions for the next visit.

use std::borrow::Cow;
use std::collections::HashMap;

use super::report::{Flag, FlagType, Item, ListSide, Report, Status};

/// The line every printed report carries.
/// Printed with every report: the interaction check is deliberately short.
pub const INTERACTIONS_ARE_FEW: &str = "phr checks only a short list of high-severity interactions: no interaction warning does not mean a combination is safe. Ask your pharmacist.";

pub const INFORMS_NOT_PRESCRIBES: &str = "phr compares lists and informs; it does not prescribe. Check every difference with your pharmacist or doctor before changing how you take any medicine.";

/// One row of the printed report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    /// Section heading: "Changed", "Could not compare", "New", "Stopped?", "Unchanged", "Warnings".
    pub section: &'static str,
    /// The saved medication(s), one per line.
    pub saved: String,
    /// The new-list medication(s), one per line.
    pub new: String,
    /// What changed ("dose, frequency") or the warning type.
    pub what: String,
    /// One line for a person.
    pub note: String,
}

const SECTIONS: &[(Status, &str)] = &[
    (Status::Changed, "Changed"),
    (Status::Indeterminate, "Could not compare"),
    (Status::New, "New"),
    (Status::Discontinued, "Stopped?"),
    (Status::Unchanged, "Unchanged"),
];

/// `parts` joined with `sep`, borrowed when there is only one (nearly every item has
/// one medication a side: a long report then copies none of them).
fn joined<'a>(parts: impl ExactSizeIterator<Item = &'a str>, sep: &str) -> Cow<'a, str> {
    let mut parts = parts;
    match parts.len() {
        0 => Cow::Borrowed(""),
        1 => Cow::Borrowed(parts.next().unwrap_or_default()),
        _ => Cow::Owned(parts.collect::<Vec<_>>().join(sep)),
    }
}

/// A [`TableRow`] borrowing what it can from the report.
struct RowText<'a> {
    section: &'static str,
    saved: Cow<'a, str>,
    new: Cow<'a, str>,
    what: Cow<'a, str>,
    note: &'a str,
}

/// The rows of [`table_rows`], borrowed.
fn row_texts(r: &Report) -> Vec<RowText<'_>> {
    let mut rows = Vec::new();
    for (status, section) in SECTIONS {
        for it in r.items.iter().filter(|i| i.status == *status) {
            rows.push(RowText {
                section,
                saved: joined(it.saved.iter().map(|s| s.text.as_str()), "\n"),
                new: joined(it.new.iter().map(|n| n.text.as_str()), "\n"),
                what: joined(it.changes.iter().map(|c| c.as_str()), ", "),
                note: &it.message,
            });
        }
    }
    let texts = Texts::of(r);
    for f in &r.flags {
        let (s, n) = texts.members(f);
        rows.push(RowText {
            section: "Warnings",
            saved: Cow::Owned(s.join("\n")),
            new: Cow::Owned(n.join("\n")),
            what: Cow::Borrowed(flag_type_words(f.kind)),
            note: &f.message,
        });
    }
    rows
}

fn flag_type_words(k: FlagType) -> &'static str {
    match k {
        FlagType::DuplicateIngredient => "same ingredient twice",
        FlagType::TherapeuticDuplication => "two drugs of one class",
        FlagType::TherapeuticSubstitution => "possible substitution",
        FlagType::SuspectedUnitError => "possible unit mix-up",
        FlagType::Allergy => "allergy",
        FlagType::Interaction => "interaction",
        FlagType::MaxDailyDose => "above daily maximum",
    }
}

/// The text of every medication in a report, by saved id and by new-list index (the
/// first item naming it wins). A flag can name thousands of saved medications; finding
/// each by scanning the items was quadratic.
struct Texts<'a> {
    saved: HashMap<&'a str, &'a str>,
    new: HashMap<usize, &'a str>,
}

impl<'a> Texts<'a> {
    fn of(r: &'a Report) -> Self {
        let mut saved = HashMap::new();
        let mut new = HashMap::new();
        // Only flags look texts up.
        let items = if r.flags.is_empty() {
            &[][..]
        } else {
            &r.items[..]
        };
        for it in items {
            for s in &it.saved {
                saved.entry(s.id.as_str()).or_insert(s.text.as_str());
            }
            for n in &it.new {
                new.entry(n.index).or_insert(n.text.as_str());
            }
        }
        Texts { saved, new }
    }

    /// Texts of the medications a flag names, per side.
    fn members(&self, f: &Flag) -> (Vec<String>, Vec<String>) {
        let saved = f
            .saved
            .iter()
            .filter_map(|id| self.saved.get(id.as_str()))
            .map(|t| t.to_string())
            .collect();
        let new = f
            .new
            .iter()
            .filter_map(|ix| self.new.get(ix))
            .map(|t| t.to_string())
            .collect();
        (saved, new)
    }
}

/// Rows grouped changed / could not compare / new / stopped / unchanged, then warnings.
pub fn table_rows(r: &Report) -> Vec<TableRow> {
    row_texts(r)
        .into_iter()
        .map(|row| TableRow {
            section: row.section,
            saved: row.saved.into_owned(),
            new: row.new.into_owned(),
            what: row.what.into_owned(),
            note: row.note.to_string(),
        })
        .collect()
}

/// Rows per table block: a very long report (thousands of saved medications) is drawn
/// as consecutive tables of this many rows, each sized to its own rows, so drawing never
/// holds it all at once. Changing it changes how long reports look.
const TABLE_BLOCK: usize = 500;

/// The report as a terminal table of at most `width` columns.
pub fn render_table(r: &Report, width: u16) -> String {
    let mut out = String::new();
    let kept: Result<(), std::convert::Infallible> =
        render_table_spilling(r, width, &mut out, |_| Ok(()));
    let Ok(()) = kept;
    out
}

/// [`render_table`], appended to `out`, calling `spill` with what is drawn so far after
/// every row (as [`crate::table::draw_spilling`] does), so that a long report can be
/// written out as it goes. The text ends without a newline.
pub fn render_table_spilling<E>(
    r: &Report,
    width: u16,
    out: &mut String,
    mut spill: impl FnMut(&mut String) -> Result<(), E>,
) -> Result<(), E> {
    if let Some(s) = &r.source {
        out.push_str(&format!("New list: {s}\n"));
    }
    let rows = row_texts(r);
    let header = ["", "Saved list", "New list", "What", "Note"];
    for block in rows
        .chunks(TABLE_BLOCK)
        .chain(rows.is_empty().then_some(&[][..]))
    {
        let cells: Vec<[&str; 5]> = block
            .iter()
            .map(|row| [row.section, &row.saved, &row.new, &row.what, row.note])
            .collect();
        crate::table::draw_spilling(
            out,
            &crate::table::ASCII_FULL,
            &header,
            &cells,
            width.max(40),
            &mut spill,
        )?;
    }
    out.push_str(&wrap(INFORMS_NOT_PRESCRIBES, usize::from(width.max(40))));
    out.push('\n');
    out.push_str(&wrap(INTERACTIONS_ARE_FEW, usize::from(width.max(40))));
    Ok(())
}

/// Word-wraps `s` to lines of at most `width` characters.
fn wrap(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for w in s.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + w.chars().count() > width {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    if !line.is_empty() {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A printable Markdown copy for the pharmacist.
pub fn render_markdown(r: &Report) -> String {
    let mut out = String::from("# Medication reconciliation\n\n");
    if let Some(s) = &r.source {
        out.push_str(&format!("New list: {}\n\n", md_escape(s)));
    }
    out.push_str(&format!(
        "> {INFORMS_NOT_PRESCRIBES}\n>\n> {INTERACTIONS_ARE_FEW}\n\n"
    ));
    for (status, section) in SECTIONS {
        let items: Vec<&Item> = r.items.iter().filter(|i| i.status == *status).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("## {section} ({})\n\n", items.len()));
        out.push_str("| Saved list | New list | What | Note |\n|---|---|---|---|\n");
        for it in items {
            out.push_str(&format!(
                "| {} | {} | {} | {} |\n",
                md_escape(
                    &it.saved
                        .iter()
                        .map(|s| s.text.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                md_escape(
                    &it.new
                        .iter()
                        .map(|n| n.text.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                it.changes
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
                md_escape(&it.message)
            ));
        }
        out.push('\n');
    }
    if !r.flags.is_empty() {
        out.push_str(&format!("## Warnings ({})\n\n", r.flags.len()));
        for f in &r.flags {
            let side = match f.list {
                ListSide::Saved => "saved list",
                ListSide::New => "new list",
            };
            out.push_str(&format!(
                "- **{}** ({side}): {}\n",
                flag_type_words(f.kind),
                md_escape(&f.message)
            ));
        }
        out.push('\n');
    }
    let q = follow_up_questions(r);
    if !q.is_empty() {
        out.push_str("## Questions for the next visit\n\n");
        for x in q {
            out.push_str(&format!("- [ ] {}\n", md_escape(&x)));
        }
        out.push('\n');
    }
    out
}

/// Unresolved items and flags as questions for the next visit.
pub fn follow_up_questions(r: &Report) -> Vec<String> {
    let mut q = Vec::new();
    for it in &r.items {
        let s = it
            .saved
            .iter()
            .map(|s| s.text.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        let n = it
            .new
            .iter()
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
            .join(" + ");
        match it.status {
            Status::Discontinued => q.push(format!("Was {s} stopped on purpose?")),
            Status::Changed => q.push(format!(
                "The new list has \"{n}\" instead of \"{s}\" ({}) — is that change intended?",
                it.changes
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            Status::New => q.push(format!(
                "\"{n}\" is new on this list — what is it for, and for how long should it be taken?"
            )),
            Status::Indeterminate => q.push(format!(
                "How exactly should \"{n}\" be taken? It could not be compared with \"{s}\"."
            )),
            Status::Unchanged => {}
        }
    }
    let texts = Texts::of(r);
    for f in &r.flags {
        let (s, n) = texts.members(f);
        let all: Vec<String> = s.into_iter().chain(n).collect();
        let names = all.join(", ");
        let what = match f.kind {
            FlagType::DuplicateIngredient => format!(
                "{names} all contain {} — should all of them be taken?",
                f.ingredient.as_deref().unwrap_or("the same ingredient")
            ),
            FlagType::TherapeuticDuplication => format!(
                "{names} are in the same drug class ({}) — are both meant to be taken together?",
                f.class.as_deref().unwrap_or("same class")
            ),
            FlagType::TherapeuticSubstitution => {
                format!(
                    "Did {} replace {}, so that only one is taken?",
                    all.get(1).map(String::as_str).unwrap_or(""),
                    all.first().map(String::as_str).unwrap_or("")
                )
            }
            FlagType::SuspectedUnitError => {
                format!(
                    "Is the dose of {names} right? It differs about 1000-fold between the lists (mg or mcg?)."
                )
            }
            FlagType::Allergy => {
                let allergy = f
                    .allergy
                    .as_deref()
                    .or(f.ingredient.as_deref())
                    .or(f.class.as_deref())
                    .unwrap_or("drug");
                format!("Is {names} safe with the recorded {allergy} allergy?")
            }
            FlagType::Interaction => match all.as_slice() {
                [a, b, ..] => format!(
                    "Is it safe to take {a} together with {b}? They are a known high-severity interaction — is this combination intended, and does it need monitoring?"
                ),
                _ => format!(
                    "{names} is part of a known high-severity interaction — is this combination intended, and does it need monitoring?"
                ),
            },
            FlagType::MaxDailyDose => format!(
                "Could {names} together add up to too much {} in a day?",
                f.ingredient.as_deref().unwrap_or("of one ingredient")
            ),
        };
        q.push(what);
    }
    q
}
