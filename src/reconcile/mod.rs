//! Medication reconciliation (issue 5): compares the saved active list with a new list
//! (a discharge list, a new doctor's list), pairs medications by active ingredient,
//! classifies each pair and raises safety flags. Pure functions over domain types; the
//! only input handling is [`read_list`], which takes bytes, never a path.

mod compare;
mod facts;
mod flags;
mod input;
mod interactions;
mod matching;
mod render;
mod report;

#[cfg(test)]
mod tests;

pub use input::{ListError, ListFormat, MAX_ENTRIES, MAX_INPUT_BYTES, MAX_LINE_CHARS, read_list};
pub use interactions::{Interaction, interaction_table};
pub use render::{
    INFORMS_NOT_PRESCRIBES, TableRow, follow_up_questions, render_markdown, render_table,
    render_table_spilling, table_rows,
};
pub use report::{
    Change, Flag, FlagType, Item, ListSide, MatchKind, NewRef, Report, SavedRef, Status,
};

use crate::sig::ParsedMed;

/// A medication on the saved (active) list.
#[derive(Debug, Clone)]
pub struct SavedMed {
    /// The short id the list shows (`m3`).
    pub id: String,
    /// The text as written.
    pub text: String,
    /// What the parser understood of `text`.
    pub parsed: ParsedMed,
}

impl SavedMed {
    /// Parses `text` with the sig parser.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let parsed = crate::sig::parse(&text);
        SavedMed {
            id: id.into(),
            text,
            parsed,
        }
    }
}

/// One medication of a new list.
#[derive(Debug, Clone)]
pub struct NewEntry {
    /// 0-based position in the input list.
    pub index: usize,
    /// The medication as one line of text.
    pub text: String,
    /// What the parser understood of `text`.
    pub parsed: ParsedMed,
    pub prescriber: Option<String>,
    pub reason: Option<String>,
}

impl NewEntry {
    /// Parses `text` with the sig parser.
    pub fn new(index: usize, text: impl Into<String>) -> Self {
        let text = text.into();
        let parsed = crate::sig::parse(&text);
        NewEntry {
            index,
            text,
            parsed,
            prescriber: None,
            reason: None,
        }
    }
}

/// A new medication list as read from a file.
#[derive(Debug, Clone, Default)]
pub struct NewList {
    /// Where the list came from ("discharge list, St. Mary").
    pub source: Option<String>,
    pub date: Option<chrono::NaiveDate>,
    pub entries: Vec<NewEntry>,
}

impl NewList {
    /// A list from plain lines of text (index = position).
    pub fn from_lines<S: AsRef<str>>(lines: &[S]) -> Self {
        NewList {
            source: None,
            date: None,
            entries: lines
                .iter()
                .enumerate()
                .map(|(i, l)| NewEntry::new(i, l.as_ref()))
                .collect(),
        }
    }
}

/// What else reconciliation needs to know about the person.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// Recorded drug allergies, as the substance was written ("penicillin", "sulfa").
    pub allergies: Vec<String>,
}

/// The saved active list made ready to compare: each medication's id and text, and the
/// facts reconciliation reads from its parse, worked out as it is added. A large binder
/// can then be read one medication at a time, without holding every parse at once.
#[derive(Debug, Clone, Default)]
pub struct SavedList {
    refs: Vec<SavedRef>,
    facts: Vec<facts::Facts>,
}

impl SavedList {
    /// An empty list with room for `n` medications. A saved list of thousands is large
    /// (a medication's facts take about 480 bytes), and growing it step by step copied
    /// it into fresh memory each time.
    pub fn with_capacity(n: usize) -> SavedList {
        SavedList {
            refs: Vec::with_capacity(n),
            facts: Vec::with_capacity(n),
        }
    }

    /// Adds a medication: its short id (`m3`), its text, and the parse of that text.
    pub fn push(&mut self, id: String, text: String, parsed: &ParsedMed) {
        self.facts.push(facts::Facts::from_parsed(&text, parsed));
        self.refs.push(SavedRef { id, text });
    }

    /// Adds the medications of `later`, which come after these.
    pub fn append(&mut self, later: SavedList) {
        self.refs.extend(later.refs);
        self.facts.extend(later.facts);
    }

    pub fn len(&self) -> usize {
        self.refs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.refs.is_empty()
    }
}

impl From<&[SavedMed]> for SavedList {
    fn from(saved: &[SavedMed]) -> Self {
        let mut list = SavedList::default();
        for m in saved {
            list.push(m.id.clone(), m.text.clone(), &m.parsed);
        }
        list
    }
}

/// Compares the saved active list with a new list. Changes nothing: the report says what
/// differs and what to ask about.
pub fn reconcile(saved: &[SavedMed], new: &NewList, ctx: &Context) -> Report {
    reconcile_list(SavedList::from(saved), new, ctx)
}

/// [`reconcile`] for a saved list already made ready. Its texts move into the report.
pub fn reconcile_list(saved: SavedList, new: &NewList, ctx: &Context) -> Report {
    let SavedList {
        refs: saved_refs,
        facts: saved_facts,
    } = saved;
    let new_facts: Vec<facts::Facts> = new
        .entries
        .iter()
        .map(|e| facts::Facts::from_parsed(&e.text, &e.parsed))
        .collect();
    let allergies: Vec<facts::Allergy> = ctx
        .allergies
        .iter()
        .map(|a| facts::Allergy::from_text(a))
        .collect();
    let new_refs: Vec<NewRef> = new
        .entries
        .iter()
        .map(|e| NewRef {
            index: e.index,
            text: e.text.clone(),
        })
        .collect();
    report::build(
        new.source.clone(),
        saved_refs,
        &saved_facts,
        &new_refs,
        &new_facts,
        &allergies,
    )
}
