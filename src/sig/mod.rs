//! Medication sig parser: turns a free-text medication line ("Norco 5-325 mg 1-2 tabs PO
//! q4-6h prn pain, max 8/day") into a structured [`ParsedMed`] (drug, strength, form,
//! route, dose, timing, PRN, duration, steps…). Never fails: what it cannot read is left
//! out.

mod grammar;
mod stored;
mod tokens;
mod vocab;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lexicon::text::mass_in_mg;

/// Product strength: one number (unit in `strength_unit`) or, for combination products,
/// one `{value, unit}` per ingredient in the order written.
#[derive(Debug, Clone, PartialEq)]
pub enum Strength {
    /// One strength; its unit is `ParsedMed::strength_unit`.
    Single(f64),
    /// Several strengths, e.g. hydrocodone-acetaminophen 5-325 mg.
    Multi(Vec<StrengthPart>),
}

/// One strength of a combination product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StrengthPart {
    pub value: f64,
    pub unit: String,
}

impl Serialize for Strength {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Strength::Single(v) => s.serialize_f64(*v),
            Strength::Multi(parts) => parts.serialize(s),
        }
    }
}

/// A number, or a list of parts. Read by a visitor of its own rather than as an untagged
/// enum, which serde reads by first copying the value into a buffer of its own: every
/// stored parse with a strength went through that.
impl<'de> Deserialize<'de> for Strength {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Strength;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a number or a list of strengths")
            }
            // As serde reads any JSON integer into an f64.
            fn visit_u64<E>(self, v: u64) -> Result<Strength, E> {
                Ok(Strength::Single(v as f64))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Strength, E> {
                Ok(Strength::Single(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Strength, E> {
                Ok(Strength::Single(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Strength, A::Error> {
                let mut parts = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(8));
                while let Some(p) = seq.next_element()? {
                    parts.push(p);
                }
                Ok(Strength::Multi(parts))
            }
        }
        d.deserialize_any(V)
    }
}

/// FHIR-like repeat: `frequency` (up to `frequency_max`) times per `period` (up to
/// `period_max`) `period_unit` (`min h d wk mo yr`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    pub frequency: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_max: Option<f64>,
    pub period: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_max: Option<f64>,
    pub period_unit: String,
}

impl Timing {
    /// Administrations per day (lowest of the ranges) and, for ranges, the highest.
    /// A month counts as 30 days, a year as 365.
    pub fn per_day(&self) -> (f64, Option<f64>) {
        let days = vocab::unit_days(&self.period_unit);
        let p_lo = self.period * days;
        let p_hi = self.period_max.unwrap_or(self.period) * days;
        if p_lo <= 0.0 || p_hi <= 0.0 {
            return (0.0, None);
        }
        let lo = self.frequency / p_hi;
        let hi = self.frequency_max.unwrap_or(self.frequency) / p_lo;
        if (hi - lo).abs() > 1e-9 {
            (lo, Some(hi))
        } else {
            (lo, None)
        }
    }
}

/// How long to take it: `value` (up to `value_max`) `unit` (`h d wk mo yr`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Duration {
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub unit: String,
}

/// A stated maximum per day ("not to exceed 4 doses in 24 hours" → 4 dose; "max 3000 mg a
/// day" → 3000 mg). `unit` is the dose unit when the text does not name one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MaxPerDay {
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The parse of one medication line. Serialises to the keys of the shared medrec README;
/// absent/empty fields are skipped (`prn` and `recognized` are always written).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ParsedMed {
    /// Drug name as written, lower-case (brand kept: "benadryl"); a misspelled name is
    /// given as the lexicon spells it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Sorted active moieties, salts stripped. For an unknown drug: the name without salt
    /// words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ingredients: Vec<String>,
    /// Drug classes of the ingredients, from the lexicon.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub classes: Vec<String>,
    /// Whether the lexicon knows the drug; false marks a drug phr does not know (its
    /// name is kept, its ingredient is the normalised name, it has no classes).
    #[serde(default)]
    pub recognized: bool,
    /// More than one active ingredient.
    #[serde(default, skip_serializing_if = "is_false")]
    pub is_combination: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength: Option<Strength>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strength_unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// "ER" or "DR"; absent = immediate release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_mass: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_mass_max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose_mass_unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timing: Option<Timing>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_per_day: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_per_day_max: Option<f64>,
    #[serde(default)]
    pub prn: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prn_reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub as_directed: bool,
    /// Units per day for split doses ("2 in the morning and 1 at night" → 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily_total: Option<f64>,
    /// Ordered sub-instructions (tapers, "… then …").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<ParsedMed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indication: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_day: Option<MaxPerDay>,
    /// At most this many doses for one episode of need, not a day: the count after an
    /// interval in minutes ("q5min x3 prn chest pain", sublingual nitroglycerin's "up to
    /// 3 doses").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_per_episode: Option<f64>,
    /// Time of day: morning, noon, evening, night, bedtime (several joined with ", ").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<String>,
    /// Relation to meals: "with meals", "before meals", "after meals", "empty stomach".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meal: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub day_of_week: Vec<String>,
    /// Body site: "left eye", "both eyes", "each nostril", "affected area"…
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    /// Instructions kept (lower-case) but not interpreted: hold and parameter clauses
    /// ("hold if HR < 60", "hold for bleeding"), several joined with "; ". Their
    /// numbers never become dose, strength or frequency, their words never the indication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instructions: Option<String>,
    /// The schedule varies in a way one dose and one frequency cannot hold ("5 mg M/W/F,
    /// 2.5 mg other days", "5 mg daily except 2.5 mg on Mondays", "sliding scale", "per
    /// INR"): dose and timing are then left out rather than guessed. Written only when true.
    #[serde(default, skip_serializing_if = "is_false")]
    pub irregular: bool,
}

/// Parses one medication line, sig or product name. Never panics, never errors: an
/// unknown drug still parses (`recognized == false`).
pub fn parse(text: &str) -> ParsedMed {
    grammar::parse(text)
}

/// Reads a parse stored as JSON (as phr writes it with serde_json), as serde_json would
/// read it, only faster for what phr writes; `None` where serde_json finds no parse.
pub fn from_stored(json: &str) -> Option<ParsedMed> {
    stored::read(json).or_else(|| serde_json::from_str(json).ok())
}

fn to_mg(v: f64, unit: &str) -> Option<f64> {
    mass_in_mg(unit).map(|f| v * f)
}

/// Units counted per administration whose amount is one product strength.
fn countable(unit: &str) -> bool {
    matches!(
        unit,
        "tablet"
            | "capsule"
            | "patch"
            | "suppository"
            | "lozenge"
            | "packet"
            | "film"
            | "piece"
            | "wafer"
            | "vial"
            | "nebule"
            | "puff"
            | "spray"
            | "drop"
            | "dose"
            | "pen"
            | "injection"
    )
}

impl ParsedMed {
    /// Per-ingredient product strengths, mass converted to mg where possible (g → mg,
    /// mcg → mg), other units kept (unit, mL, %, mg/mL…). Same order as written.
    pub fn strength_components(&self) -> Vec<(f64, String)> {
        let one = |v: f64, u: &str| match to_mg(v, u) {
            Some(mg) => (mg, "mg".to_string()),
            None => (v, u.to_string()),
        };
        match &self.strength {
            Some(Strength::Single(v)) => vec![one(*v, self.strength_unit.as_deref().unwrap_or(""))],
            Some(Strength::Multi(parts)) => parts.iter().map(|p| one(p.value, &p.unit)).collect(),
            None => Vec::new(),
        }
    }

    fn mass_for(&self, dose: Option<f64>, dose_mass: Option<f64>) -> Option<f64> {
        if let (Some(m), Some(u)) = (dose_mass, self.dose_mass_unit.as_deref())
            && let Some(mg) = to_mg(m, u)
        {
            return Some(mg);
        }
        let unit = self.dose_unit.as_deref();
        if let (Some(d), Some(u)) = (dose, unit)
            && let Some(mg) = to_mg(d, u)
        {
            return Some(mg);
        }
        let single = match (&self.strength, self.strength_unit.as_deref()) {
            (Some(Strength::Single(v)), Some(u)) => Some((*v, u)),
            _ => None,
        };
        let (sv, su) = single?;
        match (dose, unit) {
            (Some(d), Some(u)) if countable(u) => to_mg(d * sv, su),
            (Some(d), Some("mL")) => {
                // strength per volume: "mg/mL", "mg/5mL"
                let (mass, vol) = su.split_once('/')?;
                let vol = vol.trim_end_matches("mL").trim();
                let per = if vol.is_empty() {
                    1.0
                } else {
                    vol.parse::<f64>().ok()?
                };
                if per <= 0.0 {
                    return None;
                }
                to_mg(d * sv / per, mass)
            }
            (Some(d), None) => to_mg(d * sv, su),
            // "furosemide 40 mg daily": no separate dose, one unit of the strength
            (None, None) => to_mg(sv, su),
            _ => None,
        }
    }

    /// Mass per administration in mg: from `dose_mass`, or a dose written in mg/g/mcg, or
    /// dose count × single strength when the dose unit is countable (tablet, capsule…),
    /// or mL × a per-mL strength. When no dose is written at all ("lisinopril 10 mg
    /// daily") one unit of the strength is assumed. `None` for combination products (use
    /// [`ParsedMed::strength_components`]) and unknown units.
    pub fn dose_mass_mg(&self) -> Option<f64> {
        self.mass_for(self.dose, self.dose_mass)
    }

    /// Upper end of a dose range in mg (`dose_max`/`dose_mass_max`), else [`Self::dose_mass_mg`].
    pub fn dose_mass_mg_max(&self) -> Option<f64> {
        if self.dose_max.is_none() && self.dose_mass_max.is_none() {
            return self.dose_mass_mg();
        }
        self.mass_for(
            self.dose_max.or(self.dose),
            self.dose_mass_max.or(self.dose_mass),
        )
    }

    /// Typical daily mass in mg: `dose_mass_mg × frequency_per_day` (lower ends of ranges).
    /// Split doses use `daily_total` units × strength. `None` when either is unknown (e.g.
    /// PRN without a frequency).
    pub fn daily_mass_mg(&self) -> Option<f64> {
        if let Some(total) = self.daily_total {
            return self.mass_for(Some(total), None);
        }
        Some(self.dose_mass_mg()? * self.frequency_per_day?)
    }

    /// Highest daily mass in mg the sig allows: upper dose × upper frequency
    /// (`frequency_per_day_max`, else `frequency_per_day`), capped by a stated
    /// `max_per_day` when that is in the same unit. This is the figure to compare with
    /// a maximum daily dose.
    pub fn daily_mass_mg_max(&self) -> Option<f64> {
        if let Some(total) = self.daily_total {
            return self.mass_for(Some(total), None);
        }
        let per = self.dose_mass_mg_max()?;
        let freq = self.frequency_per_day_max.or(self.frequency_per_day)?;
        let mut total = per * freq;
        if let Some(m) = &self.max_per_day {
            let cap = match m.unit.as_deref() {
                Some(u) if to_mg(1.0, u).is_some() => to_mg(m.value, u),
                Some(u) if Some(u) == self.dose_unit.as_deref() => {
                    self.mass_for(Some(m.value), None)
                }
                None | Some("dose") => Some(m.value * self.dose_mass_mg_max().unwrap_or(0.0)),
                _ => None,
            };
            if let Some(c) = cap.filter(|c| *c > 0.0) {
                total = total.min(c);
            }
        }
        Some(total)
    }

    /// Amount per administration in a measurable unit: mg when the amount is a mass
    /// (as [`Self::dose_mass_mg`]), otherwise the amount in its own unit ("Lantus 22
    /// units" → (22, "unit"); "Vitamin D3 2000 IU daily" → (2000, "unit"); "KCl 20 mEq"
    /// → (20, "mEq")). Convert units with [`crate::lexicon::unit_conversion`].
    pub fn dose_amount(&self) -> Option<(f64, String)> {
        if let Some(mg) = self.dose_mass_mg() {
            return Some((mg, "mg".to_string()));
        }
        if let (Some(m), Some(u)) = (self.dose_mass, self.dose_mass_unit.as_deref()) {
            return Some((m, u.to_string()));
        }
        let unit = self.dose_unit.as_deref();
        if let (Some(d), Some(u)) = (self.dose, unit)
            && matches!(u, "unit" | "mEq")
        {
            return Some((d, u.to_string()));
        }
        let (sv, su) = match (&self.strength, self.strength_unit.as_deref()) {
            (Some(Strength::Single(v)), Some(u)) if matches!(u, "unit" | "mEq") => (*v, u),
            _ => return None,
        };
        match (self.dose, unit) {
            (Some(d), Some(u)) if countable(u) => Some((d * sv, su.to_string())),
            (Some(d), None) => Some((d * sv, su.to_string())),
            (None, None) => Some((sv, su.to_string())),
            _ => None,
        }
    }

    /// [`Self::dose_amount`] × `frequency_per_day` (lower ends of ranges).
    pub fn daily_amount(&self) -> Option<(f64, String)> {
        if self.daily_total.is_some()
            && let Some(mg) = self.daily_mass_mg()
        {
            return Some((mg, "mg".to_string()));
        }
        let (v, u) = self.dose_amount()?;
        Some((v * self.frequency_per_day?, u))
    }

    /// Daily mg of each ingredient (highest the sig allows), for combination products
    /// too: units per administration × component strength × frequency. Used to add up
    /// e.g. acetaminophen hidden in Norco and Tylenol PM.
    pub fn ingredient_daily_mg_max(&self) -> Vec<(String, f64)> {
        let comps = self.strength_components();
        if comps.len() <= 1 {
            return match (self.ingredients.first(), self.daily_mass_mg_max()) {
                (Some(i), Some(mg)) if self.ingredients.len() == 1 => vec![(i.clone(), mg)],
                _ => Vec::new(),
            };
        }
        let units = match self.daily_total {
            Some(t) => Some(t),
            None => {
                let per = self.dose_max.or(self.dose).unwrap_or(1.0);
                let freq = self.frequency_per_day_max.or(self.frequency_per_day);
                freq.map(|f| per * f)
            }
        };
        let Some(units) = units else {
            return Vec::new();
        };
        let names = self.component_names();
        comps
            .iter()
            .zip(names)
            .filter(|((_, u), _)| u == "mg")
            .map(|((v, _), n)| (n, v * units))
            .collect()
    }

    /// Ingredient names in the order the strengths are written, one per strength part
    /// (pair them by index with [`Self::strength_components`] or `Strength::Multi`):
    /// "Norco 5-325" → hydrocodone, acetaminophen. The order comes from
    /// [`Self::component_order`]; when that is unknown, the sorted `ingredients`.
    pub fn component_names(&self) -> Vec<String> {
        let n = self.strength_components().len();
        let mut names = self
            .component_order()
            .unwrap_or_else(|| self.ingredients.clone());
        names.truncate(n);
        names
    }

    /// The ingredients in written order when it is known: from the name itself when it
    /// spells every ingredient ("acetaminophen-codeine" → acetaminophen, codeine), else
    /// from the lexicon's label order for the product name (Hyzaar → losartan,
    /// hydrochlorothiazide). `None` for single-ingredient and unknown products.
    pub fn component_order(&self) -> Option<Vec<String>> {
        if self.ingredients.len() < 2 {
            return None;
        }
        let name = self.name.as_deref()?.to_lowercase();
        let mut pos: Vec<(usize, String)> = Vec::new();
        for i in &self.ingredients {
            match name.find(i.as_str()) {
                Some(p) => pos.push((p, i.clone())),
                None => break,
            }
        }
        if pos.len() == self.ingredients.len() {
            pos.sort();
            return Some(pos.into_iter().map(|(_, i)| i).collect());
        }
        let d = crate::lexicon::lookup(&name)?;
        let mut sorted = d.components.clone();
        sorted.sort();
        let mut mine = self.ingredients.clone();
        mine.sort();
        (sorted == mine).then_some(d.components)
    }
}

#[cfg(test)]
mod tests;
