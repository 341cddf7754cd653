//! Loads the lexicon tables compiled into the binary (`data/lexicon/*.tsv`) into lookup
//! maps, once, on first use.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Serialize;

use super::text::{canonical, norm_unit};
use super::{Drug, Kind};

const INGREDIENTS_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/lexicon/ingredients.tsv"
));
const PRODUCTS_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/lexicon/products.tsv"
));
const SALTS_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/lexicon/salts.tsv"
));
const MAX_DAILY_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/lexicon/max_daily.tsv"
));
const ROUTE_HINTS_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/lexicon/route_hints.tsv"
));
const CONVERSIONS_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/lexicon/unit_conversions.tsv"
));

/// Words dropped when a name is not found as written: release suffixes and dosage-form
/// words that brands and generics carry ("Toprol XL", "metformin ER tablet").
const MODIFIERS: &[&str] = &[
    "er",
    "xl",
    "xr",
    "sr",
    "cr",
    "la",
    "dr",
    "ec",
    "cd",
    "ds",
    "odt",
    "hfa",
    "24hr",
    "12hr",
    "24",
    "12",
    "hr",
    "extended",
    "delayed",
    "release",
    "sustained",
    "controlled",
    "modified",
    "tablet",
    "tablets",
    "tab",
    "tabs",
    "capsule",
    "capsules",
    "cap",
    "caps",
    "oral",
    "solution",
    "suspension",
    "chewable",
    "film",
    "coated",
    "enteric",
    "gastro",
    "resistant",
    "usp",
    "generic",
    "brand",
    "otc",
    "rx",
    "strength",
    "extra",
    "maximum",
    "regular",
    "low",
    "dose",
];

/// One adult maximum daily amount for an ingredient.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MaxDaily {
    /// Ingredient (base moiety).
    pub ingredient: String,
    /// Maximum amount in 24 hours, in mg.
    pub amount_mg: f64,
    /// `otc-label`, `otc-monograph` or `rx-label`.
    pub scope: &'static str,
    /// What the limit applies to.
    pub context: &'static str,
    /// Where the figure comes from.
    pub source: &'static str,
}

/// A unit conversion known for one ingredient: amount_in_to = amount_in_from × factor.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    pub ingredient: String,
    pub from_unit: String,
    pub to_unit: String,
    pub factor: f64,
    pub source: &'static str,
}

pub(crate) struct IngredientInfo {
    pub classes: Vec<String>,
    pub kind: Kind,
    pub sources: Vec<String>,
}

/// What one lexicon row says: an ingredient row stands for every alias it lists, a
/// product row for every brand name it lists.
pub(crate) struct Entry {
    ingredients: Vec<String>,
    components: Vec<String>,
    sources: Vec<String>,
}

/// A name's row (index into [`Lexicon::entries`]) and its kind: the kind can differ
/// between the names of one row ("Prilosec OTC" is over the counter, omeprazole is not).
#[derive(Clone, Copy)]
pub(crate) struct NameRef {
    entry: u32,
    kind: Kind,
}

pub(crate) struct Lexicon {
    pub ingredients: HashMap<String, IngredientInfo>,
    /// Every known name (canonical) → its row. Rows are shared, not copied per name:
    /// the lexicon is built at the start of every medication command.
    pub names: HashMap<String, NameRef>,
    entries: Vec<Entry>,
    /// names with spaces removed ("os cal" → "oscal"), for "vitamin b 12" vs "vitamin b12"
    compact: HashMap<String, String>,
    pub single_words: Vec<String>,
    pub salts: Vec<String>,
    pub max_daily: HashMap<String, Vec<MaxDaily>>,
    pub conversions: Vec<Conversion>,
    /// brand → route of its labeled dosage form ("flonase" → nasal)
    pub route_hints: HashMap<String, &'static str>,
}

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn list(s: &str, sep: char) -> Vec<String> {
    s.split(sep)
        .map(|x| x.trim().to_lowercase())
        .filter(|x| !x.is_empty())
        .collect()
}

fn field<'a>(r: &[&'a str], i: usize) -> &'a str {
    r.get(i).copied().unwrap_or("")
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut ingredients = HashMap::with_capacity(1024);
        // Sized for the shipped tables (~2,000 names), so that building never rehashes.
        let mut names: HashMap<String, NameRef> = HashMap::with_capacity(4096);
        let mut entries: Vec<Entry> = Vec::with_capacity(1024);
        for r in rows(INGREDIENTS_TSV) {
            let ing = canonical(field(&r, 0));
            if ing.is_empty() {
                continue;
            }
            let classes: Vec<String> = field(&r, 1)
                .split(';')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .map(String::from)
                .collect();
            let kind = Kind::parse(field(&r, 2));
            let sources = list(field(&r, 4), ';')
                .into_iter()
                .map(|s| s.to_uppercase())
                .collect::<Vec<_>>();
            let display = field(&r, 0).trim().to_lowercase();
            let entry = u32::try_from(entries.len()).unwrap_or(u32::MAX);
            entries.push(Entry {
                ingredients: vec![display.clone()],
                components: vec![display],
                sources: sources.clone(),
            });
            for alias in std::iter::once(ing.clone()).chain(field(&r, 3).split(',').map(canonical))
            {
                if alias.is_empty() {
                    continue;
                }
                // a brand sold over the counter says so ("Prilosec OTC", "Nexium 24HR")
                let kind = if kind == Kind::RxOtc && otc_brand(&alias) {
                    Kind::Otc
                } else {
                    kind
                };
                names.entry(alias).or_insert(NameRef { entry, kind });
            }
            ingredients.insert(
                ing,
                IngredientInfo {
                    classes,
                    kind,
                    sources,
                },
            );
        }
        for r in rows(PRODUCTS_TSV) {
            let components = list(field(&r, 1), '+');
            let mut ings = components.clone();
            ings.sort();
            ings.dedup();
            let kind = Kind::parse(field(&r, 2));
            let sources: Vec<String> = list(field(&r, 3), ';')
                .into_iter()
                .map(|s| s.to_uppercase())
                .collect();
            let entry = u32::try_from(entries.len()).unwrap_or(u32::MAX);
            entries.push(Entry {
                ingredients: ings,
                components,
                sources,
            });
            for alias in field(&r, 0).split(',') {
                let key = canonical(alias);
                if key.is_empty() {
                    continue;
                }
                names.entry(key).or_insert(NameRef { entry, kind });
            }
        }
        let mut compact = HashMap::new();
        for k in names.keys() {
            if k.contains(' ') {
                compact
                    .entry(k.replace(' ', ""))
                    .or_insert_with(|| k.clone());
            }
        }
        let single_words: Vec<String> = names
            .keys()
            .filter(|k| !k.contains(' ') && k.chars().all(|c| c.is_ascii_alphabetic()))
            .cloned()
            .collect();
        // Not sorted: `lookup_fuzzy` gives the same answer in any order (a tie is no answer).
        let salts = SALTS_TSV
            .lines()
            .map(|l| l.trim().to_lowercase())
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let mut max_daily: HashMap<String, Vec<MaxDaily>> = HashMap::new();
        for r in rows(MAX_DAILY_TSV) {
            let Ok(amount) = field(&r, 1).parse::<f64>() else {
                continue;
            };
            let ing = canonical(field(&r, 0));
            max_daily.entry(ing.clone()).or_default().push(MaxDaily {
                ingredient: ing,
                amount_mg: amount,
                scope: field(&r, 2),
                context: field(&r, 3),
                source: field(&r, 4),
            });
        }
        let conversions = rows(CONVERSIONS_TSV)
            .filter_map(|r| {
                Some(Conversion {
                    ingredient: canonical(field(&r, 0)),
                    from_unit: norm_unit(field(&r, 1)),
                    to_unit: norm_unit(field(&r, 2)),
                    factor: field(&r, 3).parse().ok()?,
                    source: field(&r, 4),
                })
            })
            .collect();
        let mut route_hints = HashMap::new();
        for r in rows(ROUTE_HINTS_TSV) {
            let route = field(&r, 1);
            for n in field(&r, 0).split(',') {
                let key = canonical(n);
                if !key.is_empty() && !route.is_empty() {
                    route_hints.insert(key, route);
                }
            }
        }
        Lexicon {
            route_hints,
            ingredients,
            names,
            entries,
            compact,
            single_words,
            salts,
            max_daily,
            conversions,
        }
    }

    /// Classes of a set of ingredients, deduplicated, in ingredient order.
    pub fn classes_for(&self, ingredients: &[String]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for i in ingredients {
            if let Some(info) = self.ingredients.get(&canonical(i)) {
                for c in &info.classes {
                    if !out.contains(c) {
                        out.push(c.clone());
                    }
                }
            }
        }
        out
    }

    /// Exact lookup of a canonical key (also tried without spaces).
    pub fn exact(&self, key: &str) -> Option<Drug> {
        let (name, r) = match self.names.get_key_value(key) {
            Some(kv) => kv,
            None => {
                let k = self.compact.get(&key.replace(' ', ""))?;
                self.names.get_key_value(k.as_str())?
            }
        };
        let e = self.entries.get(r.entry as usize)?;
        let classes = self.classes_for(&e.ingredients);
        let kind = if e.ingredients.len() == 1 && r.kind != Kind::Otc {
            self.ingredients
                .get(&canonical(&e.ingredients[0]))
                .map_or(r.kind, |i| i.kind)
        } else {
            r.kind
        };
        Some(Drug {
            name: name.clone(),
            ingredients: e.ingredients.clone(),
            components: e.components.clone(),
            classes,
            is_combination: e.ingredients.len() > 1,
            kind,
            sources: e.sources.clone(),
        })
    }

    /// Drops salt words and release/form modifiers from a canonical key.
    pub fn strip_modifiers(&self, key: &str) -> String {
        key.split(' ')
            .filter(|w| !self.salts.iter().any(|s| s == w) && !MODIFIERS.contains(w))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

impl IngredientInfo {
    #[allow(dead_code)]
    pub fn sources(&self) -> &[String] {
        &self.sources
    }
}

/// Whether a product name itself marks an over-the-counter product ("prilosec otc",
/// "nexium 24hr", "zyrtec otc").
fn otc_brand(alias: &str) -> bool {
    alias
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| matches!(w, "otc" | "24hr"))
}
