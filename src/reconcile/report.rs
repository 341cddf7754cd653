//! The reconciliation report: the types that serialize to the `phr reconcile --json`
//! contract in DESIGN.md, and the function that assembles them from matches and flags.

use serde::{Deserialize, Serialize};

use super::facts::{Allergy, Facts};
use super::{compare, flags, matching};

/// How a medication compares across the two lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Unchanged,
    Changed,
    New,
    Discontinued,
    Indeterminate,
}

/// What changed in a paired medication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Dose,
    Strength,
    Frequency,
    Route,
    Form,
    /// Where it is applied (left eye → both eyes). Not in the DESIGN list; used for eye,
    /// ear and skin medicines, as the medrec scoring rules allow.
    Site,
}

impl Change {
    pub fn as_str(self) -> &'static str {
        match self {
            Change::Dose => "dose",
            Change::Strength => "strength",
            Change::Frequency => "frequency",
            Change::Route => "route",
            Change::Form => "form",
            Change::Site => "site",
        }
    }
}

/// Why two entries were paired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    SameName,
    BrandGeneric,
    Synonym,
    SameIngredients,
    None,
}

/// Which list a flag is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListSide {
    Saved,
    New,
}

/// The kinds of warning. `max_daily_dose`: one ingredient's total across all products on
/// a list goes above the lexicon's adult daily maximum (acetaminophen above 4 g a day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagType {
    DuplicateIngredient,
    TherapeuticDuplication,
    TherapeuticSubstitution,
    SuspectedUnitError,
    Allergy,
    Interaction,
    MaxDailyDose,
}

/// A saved medication as the report names it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedRef {
    pub id: String,
    pub text: String,
}

/// A new-list entry as the report names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewRef {
    pub index: usize,
    pub text: String,
}

/// One medication (or one combination and its parts) across the two lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub status: Status,
    pub changes: Vec<Change>,
    pub saved: Vec<SavedRef>,
    pub new: Vec<NewRef>,
    #[serde(rename = "match")]
    pub match_kind: MatchKind,
    pub message: String,
}

/// A warning about one list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    #[serde(rename = "type")]
    pub kind: FlagType,
    pub list: ListSide,
    pub ingredient: Option<String>,
    pub class: Option<String>,
    /// Ids of the saved medications concerned.
    pub saved: Vec<String>,
    /// Indices of the new-list entries concerned.
    pub new: Vec<usize>,
    pub message: String,
    /// For an allergy flag: the recorded allergy as written ("codeine"), so follow-up
    /// questions can name it. Not part of the JSON contract.
    #[serde(skip)]
    pub allergy: Option<String>,
}

/// The whole comparison, as `phr reconcile --json` prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub source: Option<String>,
    pub items: Vec<Item>,
    pub flags: Vec<Flag>,
}

/// Matches, compares and flags. Positions in `saved_facts`/`new_facts` line up with the refs.
pub(crate) fn build(
    source: Option<String>,
    mut saved_refs: Vec<SavedRef>,
    saved: &[Facts],
    new_refs: &[NewRef],
    new: &[Facts],
    allergies: &[Allergy],
) -> Report {
    let groups = matching::match_lists(saved, new);
    let outcomes: Vec<compare::Outcome> = groups
        .iter()
        .map(|g| compare::compare_group(g, saved, new))
        .collect();
    let flags = flags::all_flags(
        &groups,
        &outcomes,
        &saved_refs,
        saved,
        new_refs,
        new,
        allergies,
    );
    // The flags have read the outcomes and the saved ids; the words move into the items
    // uncopied. Each saved position is in exactly one group, so each ref is taken once.
    let items = groups
        .iter()
        .zip(outcomes)
        .map(|(g, outcome)| Item {
            status: outcome.status,
            changes: outcome.changes,
            saved: g
                .saved
                .iter()
                .map(|&i| std::mem::take(&mut saved_refs[i]))
                .collect(),
            new: g.new.iter().map(|&i| new_refs[i].clone()).collect(),
            match_kind: g.kind,
            message: outcome.message,
        })
        .collect();
    Report {
        source,
        items,
        flags,
    }
}
