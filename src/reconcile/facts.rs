//! Turns the sig parser's `ParsedMed` into the few normalised facts reconciliation
//! compares (ingredient set, amount per administration in base units, times per day,
//! route, form family, release). This is the only module that reads `ParsedMed` fields,
//! so a change in the parser's shape is absorbed here.

use std::borrow::Cow;

use crate::sig::ParsedMed;

/// Relative tolerance for "the same number" (1 %).
pub(crate) const REL_TOL: f64 = 0.01;

/// Whether two positive quantities are equal within [`REL_TOL`].
pub(crate) fn close(a: f64, b: f64) -> bool {
    let scale = a.abs().max(b.abs()).max(1e-12);
    (a - b).abs() <= REL_TOL * scale + 1e-9
}

/// An amount in a canonical unit: `mg` for masses, `unit` (IU and insulin units), `mEq`,
/// `mL`, `%`, or a countable thing (`tablet`, `puff`, `drop`…).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    pub value: f64,
    pub max: f64,
    pub unit: String,
    /// The unit as the list wrote it and the factor from it to `unit` ("IU", 0.000025
    /// for vitamin D in mg; "g", 1000): messages show amounts in the written unit.
    pub written: Option<(String, f64)>,
}

impl Amount {
    pub(crate) fn new(value: f64, unit: impl Into<String>) -> Self {
        Amount {
            written: None,
            value,
            max: value,
            unit: unit.into(),
        }
    }

    pub(crate) fn same(&self, other: &Amount) -> bool {
        self.unit == other.unit && close(self.value, other.value) && close(self.max, other.max)
    }

    pub(crate) fn scaled(&self, k: f64) -> Amount {
        Amount {
            written: self.written.clone(),
            value: self.value * k,
            max: self.max * k,
            unit: self.unit.clone(),
        }
    }

    /// The amount in the unit the list wrote ("1000 IU", "1000 mg", "50 mcg"); without a
    /// written unit: "10 mg", "0.075 mg" shown as "75 mcg", "1–2 tablet".
    pub(crate) fn display(&self) -> String {
        let mut out = String::new();
        self.push_display(&mut out);
        out
    }

    /// Appends [`Amount::display`] to `out` (a label is built in one buffer: every saved
    /// medication has one).
    pub(crate) fn push_display(&self, out: &mut String) {
        let (v, m, u) = if let Some((wu, k)) = self.written.as_ref().filter(|(_, k)| *k > 0.0) {
            (self.value / k, self.max / k, wu.as_str())
        } else if self.unit == "mg" && self.max < 1.0 && self.value > 0.0 {
            (self.value * 1000.0, self.max * 1000.0, "mcg")
        } else if self.unit == "mg" && self.value >= 1000.0 && (self.value % 1000.0).abs() < 1e-9 {
            (self.value / 1000.0, self.max / 1000.0, "g")
        } else {
            (self.value, self.max, self.unit.as_str())
        };
        push_num(out, v);
        if !close(v, m) {
            out.push('–');
            push_num(out, m);
        }
        out.push(' ');
        out.push_str(if u == "unit" { "units" } else { u });
    }
}

/// A number without trailing zeros: 10, 0.5, 12.5.
pub(crate) fn fmt_num(v: f64) -> String {
    let mut out = String::new();
    push_num(&mut out, v);
    out
}

/// Appends [`fmt_num`] of `v` to `out`.
fn push_num(out: &mut String, v: f64) {
    use std::fmt::Write;
    let r = (v * 1000.0).round() / 1000.0;
    // Whole numbers (most strengths and doses) print as an integer: the same text as
    // below, without formatting three decimals to trim them off again.
    if r == r.trunc() && r.abs() < 1e15 {
        let _ = write!(out, "{}", r as i64);
        return;
    }
    let start = out.len();
    let _ = write!(out, "{r:.3}");
    let kept = out[start..]
        .trim_end_matches('0')
        .trim_end_matches('.')
        .len();
    out.truncate(start + kept);
    if kept == 0 || &out[start..] == "-0" {
        out.truncate(start);
        out.push('0');
    }
}

/// `s` in lower case, borrowed when it already is (units, routes and forms usually are;
/// each medication has several, so the copies add up over a large binder).
fn lower_case(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(s.to_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// A unit as written → (canonical unit, factor to it). Unknown words come back as a
/// singular lower-case count unit with factor 1.
pub(crate) fn norm_unit(u: &str) -> (Cow<'static, str>, f64) {
    let l = lower_case(u.trim().trim_end_matches('.'));
    let (c, f): (&str, f64) = match l.as_ref() {
        "mg" | "milligram" | "milligrams" => ("mg", 1.0),
        "g" | "gm" | "gram" | "grams" => ("mg", 1000.0),
        "kg" => ("mg", 1_000_000.0),
        "mcg" | "ug" | "μg" | "µg" | "microgram" | "micrograms" => ("mg", 0.001),
        "ng" | "nanogram" | "nanograms" => ("mg", 0.000_001),
        "unit" | "units" | "u" | "iu" | "international unit" | "international units" => {
            ("unit", 1.0)
        }
        "meq" => ("mEq", 1.0),
        "mmol" => ("mmol", 1.0),
        "ml" | "milliliter" | "milliliters" | "millilitre" | "millilitres" | "cc" => ("mL", 1.0),
        "l" | "liter" | "litre" => ("mL", 1000.0),
        "%" | "percent" => ("%", 1.0),
        "tab" | "tabs" | "tablet" | "tablets" | "pill" | "pills" => ("tablet", 1.0),
        "cap" | "caps" | "capsule" | "capsules" => ("capsule", 1.0),
        "puff" | "puffs" | "inhalation" | "inhalations" | "actuation" | "actuations" => {
            ("puff", 1.0)
        }
        "spray" | "sprays" => ("spray", 1.0),
        "drop" | "drops" | "gtt" | "gtts" => ("drop", 1.0),
        _ => return (Cow::Owned(l.trim_end_matches('s').to_string()), 1.0),
    };
    (Cow::Borrowed(c), f)
}

fn is_count_unit(u: &str) -> bool {
    !matches!(u, "mg" | "unit" | "mEq" | "mmol" | "mL" | "%")
}

/// A product strength: numerator amount, and per how much of what (`/5 mL`, `/actuation`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Strength {
    pub amount: Amount,
    pub per: Option<(f64, String)>,
}

fn parse_strength(value: f64, unit: &str) -> Strength {
    let (num, den) = match unit.split_once('/') {
        Some((n, d)) => (n, Some(d)),
        None => (unit, None),
    };
    let (u, f) = norm_unit(num);
    let per = den.map(|d| {
        let d = d.trim();
        let split = d
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(d.len());
        let amt = d[..split].parse::<f64>().unwrap_or(1.0);
        let (du, df) = norm_unit(&d[split..]);
        (amt * df, du.into_owned())
    });
    Strength {
        amount: Amount::new(value * f, u),
        per,
    }
}

/// Route words → canonical route.
pub(crate) fn norm_route(r: &str) -> String {
    let l = lower_case(r.trim());
    let c = match l.as_ref() {
        "po" | "oral" | "by mouth" | "orally" | "per os" | "mouth" => "oral",
        "sl" | "sublingual" | "under the tongue" => "sublingual",
        "buccal" => "buccal",
        "sc" | "sq" | "subq" | "sub-q" | "subcut" | "subcutaneous" | "subcutaneously" => {
            "subcutaneous"
        }
        "im" | "intramuscular" | "intramuscularly" => "intramuscular",
        "iv" | "intravenous" | "intravenously" => "intravenous",
        "inh" | "inhaled" | "inhalation" | "inhale" => "inhalation",
        "nasal" | "intranasal" | "in each nostril" => "nasal",
        "ophthalmic" | "eye" | "in the eye" | "in eye" => "ophthalmic",
        "otic" | "ear" => "otic",
        "topical" | "topically" | "skin" => "topical",
        "transdermal" | "td" => "transdermal",
        "pr" | "rectal" | "rectally" => "rectal",
        "pv" | "vaginal" | "vaginally" => "vaginal",
        "injection" | "injectable" | "inj" => "injection",
        other => other,
    };
    c.to_string()
}

/// Form words → a family that matters for safety (tablet ≠ ODT ≠ chewable ≠ capsule).
pub(crate) fn norm_form(f: &str) -> String {
    let l = lower_case(f.trim());
    let has = |w: &str| l.contains(w);
    let c = if has("disintegrat") || l == "odt" || has(" odt") {
        "orally disintegrating tablet"
    } else if has("chew") {
        "chewable tablet"
    } else if has("sublingual") {
        "sublingual tablet"
    } else if has("effervescent") {
        "effervescent tablet"
    } else if has("tab") || l == "caplet" || l == "pill" {
        "tablet"
    } else if has("cap") || l == "softgel" || l == "gelcap" {
        "capsule"
    } else if has("pen") || has("inject") || has("syringe") || has("vial") || has("autoinjector") {
        "injection"
    } else if has("inhal") || has("hfa") || has("mdi") || has("diskus") || has("ellipta") {
        "inhaler"
    } else if has("nebul") || l == "neb" {
        "nebule"
    } else if has("patch") {
        "patch"
    } else if has("solution")
        || has("syrup")
        || has("liquid")
        || has("elixir")
        || has("suspension")
        || has("oral soln")
    {
        "liquid"
    } else if has("drop") {
        "drops"
    } else if has("spray") {
        "spray"
    } else if has("cream") || has("ointment") || has("gel") || has("lotion") {
        "topical"
    } else if has("powder") {
        "powder"
    } else {
        return l.into_owned();
    };
    c.to_string()
}

/// The route a form implies when the route is not written.
fn route_of_form(form: &str) -> Option<&'static str> {
    Some(match form {
        "tablet"
        | "capsule"
        | "chewable tablet"
        | "orally disintegrating tablet"
        | "effervescent tablet" => "oral",
        "sublingual tablet" => "sublingual",
        "injection" => "injection",
        "inhaler" | "nebule" => "inhalation",
        "patch" => "transdermal",
        "topical" => "topical",
        _ => return None,
    })
}

/// Amounts by ingredient, in ingredient order: the map interface over a sorted vector.
/// A medication has one entry or a few, and a `BTreeMap` allocated a node of about a
/// kilobyte for each of the thousands of saved medications.
#[derive(Debug, Clone, Default)]
pub(crate) struct ByIngredient(Vec<(String, Amount)>);

impl ByIngredient {
    /// Sets the amount of `ingredient`, replacing any earlier one.
    pub(crate) fn insert(&mut self, ingredient: String, amount: Amount) {
        match self.0.binary_search_by(|(k, _)| k.cmp(&ingredient)) {
            Ok(i) => self.0[i].1 = amount,
            Err(i) => self.0.insert(i, (ingredient, amount)),
        }
    }

    pub(crate) fn get(&self, ingredient: &str) -> Option<&Amount> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(ingredient))
            .ok()
            .map(|i| &self.0[i].1)
    }

    pub(crate) fn len(&self) -> usize {
        self.0.len()
    }

    /// Entries in ingredient order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (&String, &Amount)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Normalised facts of one medication line.
#[derive(Debug, Clone, Default)]
pub(crate) struct Facts {
    /// The name with its original capitalisation, for messages ("Lipitor").
    pub display: String,
    /// Lower-case name as written, salt and release words kept.
    pub name: String,
    /// [`strip_salts`] of `name`, computed once (see [`Facts::base_name`]).
    pub stripped: String,
    pub ingredients: Vec<String>,
    /// What matching compares: the ingredients, or `~name` for an unknown product.
    pub key: Vec<String>,
    pub classes: Vec<String>,
    /// Whether the name is a brand: None = ask the lexicon when needed (see
    /// [`Facts::is_brand`]); tests set it directly.
    pub brand: Option<bool>,
    pub strength: Vec<Strength>,
    /// Amount per administration for each strength component (or the count when no
    /// strength is known). Empty: not known.
    pub per_admin: Vec<Amount>,
    /// Per-administration mass by ingredient, where it is known which number belongs to
    /// which ingredient.
    pub per_ingredient: ByIngredient,
    /// The dose as a count of things ("2 puff", "1 tablet"), when written that way.
    pub count: Option<Amount>,
    /// (times per day, maximum times per day)
    pub freq: Option<(f64, f64)>,
    /// Units per day when a split dose gives a daily total.
    pub daily_total: Option<f64>,
    pub prn: bool,
    pub route: Option<String>,
    pub form: Option<String>,
    pub extended_release: bool,
    pub as_directed: bool,
    pub multi_step: bool,
    pub when: Option<String>,
    /// Where it is applied ("left eye"), when written.
    pub site: Option<String>,
    /// The line was empty or unreadable.
    pub unparsed: bool,
    /// [`Facts::label`], computed once (empty when it is just `display`).
    pub label_text: String,
    /// The text in lower case, for [`Facts::instructions`].
    pub lower: String,
}

impl Facts {
    pub(crate) fn from_parsed(text: &str, p: &ParsedMed) -> Facts {
        // Lower-cased once: the name search, the IU check and `instructions` all use it.
        let lower = text.to_lowercase();
        let name = p.name.as_deref().unwrap_or_default().trim().to_lowercase();
        let display = original_case(text, &lower, &name);
        let mut ingredients: Vec<String> = p
            .ingredients
            .iter()
            .map(|s| s.trim().to_lowercase())
            .filter(|s| !s.is_empty())
            .collect();
        ingredients.sort();
        ingredients.dedup();
        let stripped = strip_salts(&name);
        let key = if ingredients.is_empty() {
            if name.is_empty() {
                vec![format!("~{}", lower.trim())]
            } else {
                vec![format!("~{stripped}")]
            }
        } else {
            ingredients.clone()
        };
        let classes = p.classes.clone();
        let brand = None;
        let strength: Vec<Strength> = p
            .strength_components()
            .iter()
            .map(|(v, u)| parse_strength(*v, u))
            .collect();
        let freq = p
            .frequency_per_day
            .map(|f| (f, p.frequency_per_day_max.unwrap_or(f).max(f)));
        let written_route = p.route.as_deref().map(norm_route);
        // An injected medicine is an injection even when the form is not written.
        let form = p.form.as_deref().map(norm_form).or_else(|| {
            written_route
                .as_deref()
                .filter(|r| {
                    matches!(
                        *r,
                        "subcutaneous" | "intramuscular" | "intravenous" | "injection"
                    )
                })
                .map(|_| "injection".to_string())
        });
        let route =
            written_route.or_else(|| form.as_deref().and_then(route_of_form).map(String::from));
        let release = p.release.clone().map(|r| r.to_uppercase());
        let extended_release = release
            .as_deref()
            .is_some_and(|r| r == "ER" || r == "XR" || r == "XL" || r == "SR" || r == "CR");
        let dose = p.dose.map(|d| (d, p.dose_max.unwrap_or(d).max(d)));
        let dose_unit = p.dose_unit.as_deref().map(norm_unit);
        let mut f = Facts {
            display,
            name,
            stripped,
            ingredients,
            key,
            classes,
            brand,
            strength,
            per_admin: Vec::new(),
            per_ingredient: ByIngredient::default(),
            count: None,
            freq,
            daily_total: p.daily_total,
            prn: p.prn,
            route,
            form,
            extended_release,
            as_directed: p.as_directed,
            multi_step: !p.steps.is_empty() || p.irregular,
            when: p.when.clone(),
            site: p.site.as_deref().map(norm_site),
            unparsed: text.trim().is_empty(),
            label_text: String::new(),
            lower: String::new(),
        };
        if let (Some((d, dm)), Some((u, k))) = (dose, &dose_unit)
            && is_count_unit(u)
        {
            f.count = Some(Amount {
                written: None,
                value: d * k,
                max: dm * k,
                unit: u.to_string(),
            });
        }
        let iu = lower.contains("iu");
        let shown = |u: &str| -> String {
            match u {
                "unit" | "units" if iu => "IU".into(),
                "unit" | "units" => "units".into(),
                other => other.to_string(),
            }
        };
        let written: Vec<&str> = match &p.strength {
            Some(crate::sig::Strength::Single(_)) => {
                vec![p.strength_unit.as_deref().unwrap_or_default()]
            }
            Some(crate::sig::Strength::Multi(parts)) => {
                parts.iter().map(|x| x.unit.as_str()).collect()
            }
            None => Vec::new(),
        };
        for (s, w) in f.strength.iter_mut().zip(written) {
            let num = w.split_once('/').map_or(w, |(n, _)| n);
            let (u, k) = norm_unit(num);
            if u == s.amount.unit && !num.is_empty() {
                s.amount.written = Some((shown(num), k));
            }
        }
        f.per_admin = per_admin(&f.strength, dose, dose_unit.clone());
        if let (Some(raw), Some((u, k)), [a]) = (
            p.dose_unit.as_deref(),
            &dose_unit,
            f.per_admin.as_mut_slice(),
        ) && !is_count_unit(u)
            && *u == a.unit
        {
            a.written = Some((shown(raw), *k));
        }
        f.convert_units();
        f.map_ingredients(&lower, || p.component_order());
        if !f.strength.is_empty() {
            // Without a strength the label is the name: no copy of it is kept.
            f.label_text = f.make_label();
        }
        f.lower = lower;
        f
    }

    /// IU → mass where the lexicon knows the factor for exactly one ingredient (vitamin D).
    fn convert_units(&mut self) {
        let has_units = self.per_admin.iter().any(|a| a.unit == "unit")
            || self.strength.iter().any(|s| s.amount.unit == "unit");
        if !has_units {
            return;
        }
        let convertible: Vec<(String, f64)> = self
            .ingredients
            .iter()
            .filter_map(|i| {
                crate::lexicon::unit_conversion(i, "unit", "mcg").map(|k| (i.clone(), k / 1000.0))
            })
            .collect();
        if convertible.len() != 1 {
            return;
        }
        let k = convertible[0].1;
        for a in self.per_admin.iter_mut() {
            if a.unit == "unit" {
                *a = Amount {
                    written: Some(match &a.written {
                        Some((u, f)) => (u.clone(), f * k),
                        None => ("units".into(), k),
                    }),
                    value: a.value * k,
                    max: a.max * k,
                    unit: "mg".into(),
                };
            }
        }
        for s in self.strength.iter_mut() {
            if s.amount.unit == "unit" {
                let w = match &s.amount.written {
                    Some((u, f)) => (u.clone(), f * k),
                    None => ("units".into(), k),
                };
                s.amount = s.amount.scaled(k);
                s.amount.written = Some(w);
                s.amount.unit = "mg".into();
            }
        }
    }

    /// Which per-administration number belongs to which ingredient (`lower`: the text,
    /// lower-cased; `order`: the parser's ingredient order, asked for only when needed).
    fn map_ingredients(&mut self, lower: &str, order: impl FnOnce() -> Option<Vec<String>>) {
        if self.ingredients.len() == 1 && self.per_admin.len() == 1 {
            self.per_ingredient
                .insert(self.ingredients[0].clone(), self.per_admin[0].clone());
            return;
        }
        if self.ingredients.len() < 2 || self.per_admin.len() != self.ingredients.len() {
            return;
        }
        if let Some(order) = order()
            && order.len() == self.per_admin.len()
            && order.iter().all(|i| self.ingredients.contains(i))
        {
            for (ing, amt) in order.into_iter().zip(self.per_admin.clone()) {
                self.per_ingredient.insert(ing, amt);
            }
            return;
        }
        // Combination written with its ingredient names: order by where each appears.
        let mut pos: Vec<(usize, String)> = Vec::new();
        for i in &self.ingredients {
            match lower.find(i.as_str()) {
                Some(p) => pos.push((p, i.clone())),
                None => return,
            }
        }
        pos.sort();
        for ((_, ing), amt) in pos.into_iter().zip(self.per_admin.clone()) {
            self.per_ingredient.insert(ing, amt);
        }
    }

    /// The text without the drug name, lower case, spaces collapsed: two lines that agree
    /// here say the same thing about dose and schedule. Worked out only for the pairs
    /// compared, not for every saved medication.
    pub(crate) fn instructions(&self) -> String {
        let rest = if self.name.is_empty() {
            Cow::Borrowed(self.lower.as_str())
        } else {
            Cow::Owned(self.lower.replacen(&self.name, "", 1))
        };
        rest.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// The name without salt and release words, as [`strip_salts`] gives it. Matching
    /// compares it for every candidate pair, so it is worked out once per line.
    pub(crate) fn base_name(&self) -> Cow<'_, str> {
        if self.stripped.is_empty() {
            Cow::Owned(strip_salts(&self.name))
        } else {
            Cow::Borrowed(&self.stripped)
        }
    }

    /// Whether the written name is a brand (or another non-generic name) per the lexicon.
    pub(crate) fn is_brand(&self) -> Option<bool> {
        self.brand.or_else(|| {
            crate::lexicon::lookup(&self.name).map(|d| !d.ingredients.contains(&d.name))
        })
    }

    /// Whether anything about amount or timing is known.
    pub(crate) fn has_regimen(&self) -> bool {
        !self.per_admin.is_empty() || self.freq.is_some() || self.daily_total.is_some()
    }

    /// A short label: "Lipitor 20 mg".
    pub(crate) fn label(&self) -> Cow<'_, str> {
        if !self.label_text.is_empty() {
            Cow::Borrowed(&self.label_text)
        } else if self.strength.is_empty() {
            Cow::Borrowed(&self.display)
        } else {
            Cow::Owned(self.make_label())
        }
    }

    /// The name, then each strength ("10 mg/5 mL", "5 mg / 325 mg").
    fn make_label(&self) -> String {
        let mut label = self.display.clone();
        for (i, s) in self.strength.iter().enumerate() {
            label.push_str(if i == 0 { " " } else { " / " });
            s.amount.push_display(&mut label);
            match &s.per {
                Some((amt, unit)) if close(*amt, 1.0) => {
                    label.push('/');
                    label.push_str(unit);
                }
                Some((amt, unit)) => {
                    label.push('/');
                    push_num(&mut label, *amt);
                    label.push(' ');
                    label.push_str(unit);
                }
                None => {}
            }
        }
        label
    }

    /// Per-day amount of one ingredient (mass in mg), using the maximum when a range
    /// or an as-needed frequency is given.
    pub(crate) fn daily_max_mg(&self, ingredient: &str) -> Option<f64> {
        let a = self.per_ingredient.get(ingredient)?;
        if a.unit != "mg" {
            return None;
        }
        let (_, fmax) = self.freq?;
        Some(a.max * fmax)
    }
}

/// Amounts per administration from strength and dose.
fn per_admin(
    strength: &[Strength],
    dose: Option<(f64, f64)>,
    dose_unit: Option<(Cow<'static, str>, f64)>,
) -> Vec<Amount> {
    match (dose, dose_unit) {
        (Some((d, dm)), Some((u, k))) if !is_count_unit(&u) && u != "mL" => {
            // dose written as a measurable amount ("40 mg", "10 units")
            vec![Amount {
                written: None,
                value: d * k,
                max: dm * k,
                unit: u.into_owned(),
            }]
        }
        (Some((d, dm)), Some((u, k))) => {
            if strength.is_empty() {
                return vec![Amount {
                    written: None,
                    value: d * k,
                    max: dm * k,
                    unit: u.into_owned(),
                }];
            }
            strength
                .iter()
                .map(|s| match &s.per {
                    Some((per_amt, per_unit)) if *per_unit == u && *per_amt > 0.0 => {
                        s.amount.scaled(d * k / per_amt)
                    }
                    Some(_) => Amount {
                        written: None,
                        value: f64::NAN,
                        max: f64::NAN,
                        unit: "?".into(),
                    },
                    None => Amount {
                        written: s.amount.written.clone(),
                        value: s.amount.value * d * k,
                        max: s.amount.value * dm * k,
                        unit: s.amount.unit.clone(),
                    },
                })
                .filter(|a| a.value.is_finite())
                .collect()
        }
        (Some((d, dm)), None) if strength.is_empty() => vec![Amount {
            written: None,
            value: d,
            max: dm,
            unit: "dose".into(),
        }],
        _ => {
            // no count written: one unit of the product, when that is meaningful
            strength
                .iter()
                .filter(|s| s.per.is_none() && s.amount.unit != "%")
                .map(|s| s.amount.clone())
                .collect()
        }
    }
}

/// The name's original capitalisation as it appears in the text (`lt`: the text,
/// lower-cased).
fn original_case(text: &str, lt: &str, lower_name: &str) -> String {
    if lower_name.is_empty() {
        return text.split_whitespace().next().unwrap_or("").to_string();
    }
    if lt.len() == text.len()
        && let Some(p) = lt.find(lower_name)
        && let Some(s) = text.get(p..p + lower_name.len())
    {
        return s.to_string();
    }
    lower_name.to_string()
}

/// Removes salt and release words so "metoprolol tartrate" and "metoprolol" compare.
pub(crate) fn strip_salts(name: &str) -> String {
    const WORDS: &[&str] = &[
        "hcl",
        "hydrochloride",
        "sodium",
        "potassium",
        "calcium",
        "tartrate",
        "succinate",
        "besylate",
        "maleate",
        "mesylate",
        "citrate",
        "sulfate",
        "acetate",
        "er",
        "xr",
        "xl",
        "sr",
        "cr",
        "dr",
        "ec",
        "cd",
        "la",
    ];
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !WORDS.contains(w))
        .collect();
    if words.is_empty() {
        name.to_string()
    } else {
        words.join(" ")
    }
}

/// A recorded allergy, resolved through the lexicon.
#[derive(Debug, Clone, Default)]
pub(crate) struct Allergy {
    pub text: String,
    pub ingredients: Vec<String>,
    pub classes: Vec<String>,
}

impl Allergy {
    pub(crate) fn from_text(text: &str) -> Allergy {
        let p = crate::sig::parse(text);
        let mut ingredients: Vec<String> = p.ingredients.iter().map(|s| s.to_lowercase()).collect();
        if ingredients.is_empty() {
            ingredients.push(text.trim().to_lowercase());
        }
        Allergy {
            text: text.trim().to_string(),
            ingredients,
            classes: p.classes.clone(),
        }
    }
}

/// Site words → canonical ("left eye", "right eye", "both eyes").
pub(crate) fn norm_site(s: &str) -> String {
    let l = lower_case(s.trim());
    let c = match l.as_ref() {
        "os" | "left eye" | "l eye" | "in the left eye" | "to the left eye" => "left eye",
        "od" | "right eye" | "r eye" | "in the right eye" | "to the right eye" => "right eye",
        "ou" | "both eyes" | "each eye" | "in both eyes" | "in each eye" => "both eyes",
        "as" | "left ear" => "left ear",
        "ad" | "right ear" => "right ear",
        "au" | "both ears" | "each ear" => "both ears",
        other => other,
    };
    c.to_string()
}

/// Drug classes of one ingredient, from the lexicon (lower-case).
pub(crate) fn ingredient_classes(ingredient: &str) -> Vec<String> {
    crate::lexicon::classes_of(ingredient)
        .iter()
        .map(|c| c.to_lowercase())
        .collect()
}

/// The lexicon's adult maximum per day for an ingredient, in mg, and whether it is an
/// ingredient-wide limit ("all … products combined", acetaminophen 4 g) rather than the
/// directions of particular products. The highest row is used, prescription rows included.
pub(crate) fn max_daily_mg(ingredient: &str) -> Option<(f64, bool)> {
    let rows = crate::lexicon::max_daily_all(ingredient);
    let wide = rows
        .iter()
        .filter(|m| m.context.contains("combined"))
        .map(|m| m.amount_mg)
        .reduce(f64::max);
    if let Some(w) = wide {
        return Some((w, true));
    }
    rows.iter()
        .map(|m| m.amount_mg)
        .reduce(f64::max)
        .map(|m| (m, false))
}

/// Whether the lexicon files this ingredient as a dietary supplement (vitamins, minerals).
pub(crate) fn is_supplement(ingredient: &str) -> bool {
    crate::lexicon::lookup(ingredient).is_some_and(|d| d.kind == crate::lexicon::Kind::Supplement)
}
