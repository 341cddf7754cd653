//! Compiled-in drug lexicon: maps brand, generic, international, abbreviated, salt-form and
//! combination names to active ingredients, drug classes, OTC daily maximums and unit
//! conversions. The data lives in `data/lexicon/*.tsv` (provenance in `SOURCES.md`) and is
//! parsed once, lazily, on first use.

mod data;
pub mod text;

use serde::{Deserialize, Serialize};

pub use data::{Conversion, MaxDaily};
use data::{LEXICON, Lexicon};
use text::{canonical, osa_distance};

/// Regulatory kind of a product or ingredient, where the lexicon knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Kind {
    /// Prescription only (US).
    #[serde(rename = "rx")]
    Rx,
    /// Sold over the counter (US).
    #[serde(rename = "otc")]
    Otc,
    /// Both prescription and OTC products exist.
    #[serde(rename = "rx/otc")]
    RxOtc,
    /// Dietary supplement (vitamins, minerals, herbals, probiotics).
    #[serde(rename = "supplement")]
    Supplement,
    /// Not known (e.g. an unrecognised name).
    #[default]
    #[serde(rename = "unknown")]
    Unknown,
}

impl Kind {
    pub(crate) fn parse(s: &str) -> Kind {
        match s.trim() {
            "rx" => Kind::Rx,
            "otc" => Kind::Otc,
            "rx/otc" => Kind::RxOtc,
            "supplement" => Kind::Supplement,
            _ => Kind::Unknown,
        }
    }
}

/// What the lexicon knows about one name.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Drug {
    /// Canonical (lower-case) lexicon name that matched, e.g. "norco", "metoprolol".
    pub name: String,
    /// Active moieties, lower-case, salts stripped, sorted.
    pub ingredients: Vec<String>,
    /// The ingredients in the order the product label lists them (the order strengths
    /// are usually written in: hydrocodone, acetaminophen for "Norco 5-325").
    pub components: Vec<String>,
    /// Drug classes of all ingredients (deduplicated, in ingredient order).
    pub classes: Vec<String>,
    /// More than one active ingredient.
    pub is_combination: bool,
    /// Rx / OTC / supplement.
    pub kind: Kind,
    /// Source keys (see `data/lexicon/SOURCES.md`) of the row(s) that produced this entry.
    pub sources: Vec<String>,
}

/// Looks a name up: brand, generic, synonym (paracetamol, salbutamol, frusemide),
/// abbreviation (HCTZ, APAP, TMP-SMX), salt form ("metoprolol succinate"), release suffix
/// ("Toprol XL", "metoprolol succinate ER") and combination ("Norco",
/// "lisinopril-hydrochlorothiazide", "atenolol/HCTZ"). Case and punctuation are ignored.
/// Returns `None` for names the lexicon does not know (no fuzzy matching: see
/// [`lookup_fuzzy`]).
pub fn lookup(name: &str) -> Option<Drug> {
    let lex = &*LEXICON;
    let key = canonical(name);
    if key.is_empty() {
        return None;
    }
    if let Some(d) = lex.exact(&key) {
        return Some(d);
    }
    let stripped = lex.strip_modifiers(&key);
    if !stripped.is_empty()
        && stripped != key
        && let Some(d) = lex.exact(&stripped)
    {
        return Some(d);
    }
    combination(lex, name)
}

/// Exact lookup only (after case/punctuation normalisation): no salt stripping, no
/// combination splitting.
pub fn lookup_exact(name: &str) -> Option<Drug> {
    LEXICON.exact(&canonical(name))
}

/// Typo-tolerant lookup of a single word ("codaine" → codeine, "bendaryl" → benadryl).
/// Only words of five letters or more are tried; the first letter must match; the allowed
/// edit distance (optimal string alignment) is 1 up to seven letters and 2 above. A
/// unique best candidate is required. Doubled letters written once ("aderol") are
/// tolerated by also comparing forms with doubled letters collapsed. Returns the corrected name and its entry.
pub fn lookup_fuzzy(word: &str) -> Option<(String, Drug)> {
    let lex = &*LEXICON;
    let w = canonical(word);
    let n = w.chars().count();
    if n < 5 || w.contains(' ') || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    if let Some(d) = lex.exact(&w) {
        return Some((w, d));
    }
    let max = if n <= 7 { 1 } else { 2 };
    let squeezed = text::squeeze(&w);
    let mut cand_squeezed = String::new();
    let first = w.chars().next()?;
    let mut best: Option<(usize, &str)> = None;
    let mut tie = false;
    for cand in &lex.single_words {
        if !cand.starts_with(first) {
            continue;
        }
        let cn = cand.chars().count();
        if cn.abs_diff(n) > max + 1 || cn < 5 {
            continue;
        }
        let mut d = osa_distance(&w, cand, max);
        if d > max {
            // doubled letters written once ("aderol" for "adderall"): compare squeezed forms
            text::squeeze_into(&mut cand_squeezed, cand);
            if osa_distance(&squeezed, &cand_squeezed, 1) > 1 {
                continue;
            }
            d = max;
        }
        match best {
            Some((bd, _)) if d > bd => {}
            Some((bd, _)) if d == bd => tie = true,
            _ => {
                best = Some((d, cand.as_str()));
                tie = false;
            }
        }
    }
    if tie {
        return None;
    }
    let (_, name) = best?;
    lex.exact(name).map(|d| (name.to_string(), d))
}

fn combination(lex: &Lexicon, name: &str) -> Option<Drug> {
    let parts = text::split_combination(name);
    if parts.len() < 2 {
        return None;
    }
    let mut ingredients: Vec<String> = Vec::new();
    let mut components: Vec<String> = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let mut kinds: Vec<Kind> = Vec::new();
    for p in &parts {
        let key = canonical(p);
        let d = lex
            .exact(&key)
            .or_else(|| lex.exact(&lex.strip_modifiers(&key)))?;
        ingredients.extend(d.ingredients);
        for c in d.components {
            if !components.contains(&c) {
                components.push(c);
            }
        }
        sources.extend(d.sources);
        kinds.push(d.kind);
    }
    ingredients.sort();
    ingredients.dedup();
    sources.sort();
    sources.dedup();
    let classes = lex.classes_for(&ingredients);
    let kind = if kinds.iter().all(|k| *k == kinds[0]) {
        kinds[0]
    } else if kinds.contains(&Kind::Rx) {
        Kind::Rx
    } else {
        Kind::RxOtc
    };
    Some(Drug {
        name: canonical(name),
        is_combination: ingredients.len() > 1,
        ingredients,
        components,
        classes,
        kind,
        sources,
    })
}

/// Classes of one ingredient (base moiety; a salt form or synonym is resolved first).
pub fn classes_of(ingredient: &str) -> Vec<String> {
    let lex = &*LEXICON;
    let key = canonical(ingredient);
    if let Some(i) = lex.ingredients.get(&key) {
        return i.classes.clone();
    }
    match lookup(ingredient) {
        Some(d) if d.ingredients.len() == 1 => d.classes,
        _ => Vec::new(),
    }
}

/// Classes of several ingredients, deduplicated, in ingredient order.
pub fn classes_of_all(ingredients: &[String]) -> Vec<String> {
    LEXICON.classes_for(ingredients)
}

/// Ingredient-wide adult OTC maximum daily amount (the label limit that applies to all
/// products of that ingredient combined, e.g. acetaminophen 4000 mg). Prescription-only
/// limits are available through [`max_daily_all`].
pub fn max_daily(ingredient: &str) -> Option<MaxDaily> {
    let all = max_daily_all(ingredient);
    all.iter()
        .filter(|m| m.scope != "rx-label")
        .max_by(|a, b| a.amount_mg.total_cmp(&b.amount_mg))
        .or_else(|| all.first())
        .cloned()
}

/// Every daily-maximum row the lexicon holds for an ingredient (OTC label, OTC monograph,
/// Rx label), each with its context and source.
pub fn max_daily_all(ingredient: &str) -> Vec<MaxDaily> {
    let lex = &*LEXICON;
    let key = canonical(ingredient);
    let key = if lex.max_daily.contains_key(&key) {
        key
    } else {
        match lookup(ingredient) {
            Some(d) if d.ingredients.len() == 1 => canonical(&d.ingredients[0]),
            _ => return Vec::new(),
        }
    };
    lex.max_daily.get(&key).cloned().unwrap_or_default()
}

/// Conversion factor between units for one ingredient, where the lexicon knows it
/// (e.g. vitamin D: `unit_conversion("cholecalciferol", "IU", "mcg") == Some(0.025)`).
/// Units are normalised (IU/units/u → unit; μg/ug → mcg). Mass-to-mass conversions
/// (g/mg/mcg) hold for every ingredient. Returns amount_in_to per 1 from_unit.
pub fn unit_conversion(ingredient: &str, from_unit: &str, to_unit: &str) -> Option<f64> {
    let from = text::norm_unit(from_unit);
    let to = text::norm_unit(to_unit);
    if from == to {
        return Some(1.0);
    }
    if let (Some(a), Some(b)) = (text::mass_in_mg(&from), text::mass_in_mg(&to)) {
        return Some(a / b);
    }
    let lex = &*LEXICON;
    let mut names = vec![canonical(ingredient)];
    if let Some(d) = lookup(ingredient) {
        names.extend(d.ingredients);
    }
    let mg = text::mass_in_mg;
    for c in lex
        .conversions
        .iter()
        .filter(|c| names.contains(&c.ingredient))
    {
        if c.factor == 0.0 {
            continue;
        }
        if c.from_unit == from {
            if c.to_unit == to {
                return Some(c.factor);
            }
            if let (Some(a), Some(b)) = (mg(&c.to_unit), mg(&to)) {
                return Some(c.factor * a / b);
            }
        }
        if c.from_unit == to {
            if c.to_unit == from {
                return Some(1.0 / c.factor);
            }
            if let (Some(a), Some(b)) = (mg(&from), mg(&c.to_unit)) {
                return Some(a / b / c.factor);
            }
        }
    }
    None
}

/// Source citation for a unit conversion, if one is known.
pub fn unit_conversion_source(ingredient: &str) -> Option<&'static str> {
    let key = canonical(ingredient);
    let d = lookup(ingredient);
    LEXICON
        .conversions
        .iter()
        .find(|c| {
            c.ingredient == key
                || d.as_ref()
                    .is_some_and(|d| d.ingredients.contains(&c.ingredient))
        })
        .map(|c| c.source)
}

/// The route a brand is used by, from its labeled dosage form ("Flonase" → "nasal",
/// "Advair" → "inhalation", "Ozempic" → "subcutaneous"); `None` for generic names.
pub fn route_hint(name: &str) -> Option<&'static str> {
    let lex = &*LEXICON;
    let key = canonical(name);
    lex.route_hints
        .get(&key)
        .or_else(|| lex.route_hints.get(&lex.strip_modifiers(&key)))
        .copied()
}

/// Brands sold only as extended-release oral units, so the brand name alone means ER
/// (DailyMed labels; see `data/lexicon/SOURCES.md`, "Release implied by brand").
/// Brands with an immediate-release sibling (Ambien vs Ambien CR, Toprol vs Toprol-XL)
/// are not here: their ER form is written in the name and the parser reads that.
const ER_BRANDS: &[&str] = &[
    "concerta",
    "oxycontin",
    "ms contin",
    "k-dur",
    "klor-con",
    "klor-con m10",
    "klor-con m15",
    "klor-con m20",
    "micro-k",
    "slow-k",
    "k-tab",
    "trental",
    "adalat cc",
    "nexiclon",
];

/// "ER" when the product named is only made as an extended-release tablet or capsule
/// (Concerta, OxyContin, K-Dur, Klor-Con M20, Micro-K); `None` otherwise.
pub fn implied_release(name: &str) -> Option<&'static str> {
    let key = canonical(name);
    ER_BRANDS
        .iter()
        .any(|b| canonical(b) == key)
        .then_some("ER")
}

/// Ingredients dosed in micrograms, where a strength written in mg is a classic error,
/// with the highest strength of one labeled unit in mg (FDA labels via DailyMed; see
/// `data/lexicon/SOURCES.md`, "Usual strengths").
const MICROGRAM_DRUGS: &[(&str, f64)] = &[
    // Synthroid/levothyroxine tablets 25–300 mcg
    ("levothyroxine", 0.3),
    // Cytomel/liothyronine tablets 5, 25, 50 mcg
    ("liothyronine", 0.05),
    // Lanoxin/digoxin tablets 62.5–250 mcg (0.0625–0.25 mg)
    ("digoxin", 0.25),
    // Rocaltrol/calcitriol capsules 0.25 and 0.5 mcg
    ("calcitriol", 0.0005),
    // cyanocobalamin: injection 1000 mcg/mL, oral and nasal products up to 5000 mcg
    ("cyanocobalamin", 5.0),
];

/// The highest strength in mg of one labeled unit of an ingredient usually dosed in
/// micrograms (levothyroxine → 0.3): a strength 100 times above it was almost surely
/// written in mg for mcg. `None` for every other ingredient.
pub fn usual_max_strength_mg(ingredient: &str) -> Option<f64> {
    let key = canonical(ingredient);
    MICROGRAM_DRUGS
        .iter()
        .find(|(n, _)| *n == key)
        .map(|(_, mg)| *mg)
}

/// Whether a word is a salt/ester/hydrate word ("succinate", "hcl", "sodium").
pub fn is_salt_word(word: &str) -> bool {
    LEXICON.salts.iter().any(|s| s == word)
}

/// Number of distinct names (brand, generic, synonym, combination) the lexicon knows.
pub fn name_count() -> usize {
    LEXICON.names.len()
}

/// Number of distinct ingredients the lexicon knows.
pub fn ingredient_count() -> usize {
    LEXICON.ingredients.len()
}

#[cfg(test)]
mod tests;
