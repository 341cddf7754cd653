//! Compares the entries of one matched item (dose per administration, strength, times
//! per day, as-needed status, route, form and release) and words the result for a person.

use super::facts::{Amount, Facts, close, fmt_num};
use super::matching::Group;
use super::report::{Change, ListSide, Status};

/// The verdict on one item.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Outcome {
    pub status: Status,
    pub changes: Vec<Change>,
    pub message: String,
    /// The doses differ by a factor of about 1000 (mg written for mcg or the reverse):
    /// the list with the larger dose, where the slip most likely is.
    pub unit_error: Option<ListSide>,
}

/// "once a day", "every 12 hours as needed", "once a week".
pub(crate) fn freq_words(f: &Facts) -> String {
    let base = match f.freq {
        None => "how often not stated".to_string(),
        Some((a, b)) if !close(a, b) => format!("{}–{} times a day", fmt_num(a), fmt_num(b)),
        Some((a, _)) => {
            if close(a, 1.0) {
                "once a day".into()
            } else if close(a, 2.0) {
                "twice a day".into()
            } else if close(a, 0.5) {
                "every other day".into()
            } else if close(a, 1.0 / 7.0) {
                "once a week".into()
            } else if close(a, 2.0 / 7.0) {
                "twice a week".into()
            } else if close(a, 1.0 / 14.0) {
                "every 2 weeks".into()
            } else if close(a, 1.0 / 30.0) {
                "once a month".into()
            } else if a >= 1.0 {
                format!("{} times a day", fmt_num(a))
            } else {
                format!("about every {} days", fmt_num(1.0 / a))
            }
        }
    };
    if f.prn {
        if f.freq.is_some() {
            format!("{base} as needed")
        } else {
            "as needed".into()
        }
    } else {
        base
    }
}

fn amounts_words(a: &[Amount]) -> String {
    if a.is_empty() {
        return "not stated".into();
    }
    a.iter()
        .map(Amount::display)
        .collect::<Vec<_>>()
        .join(" + ")
}

fn names(fs: &[&Facts]) -> String {
    fs.iter().map(|f| f.label()).collect::<Vec<_>>().join(" + ")
}

/// Collects the per-administration amounts of a side; `None` when any entry lacks them.
fn side_amounts(fs: &[&Facts]) -> Option<Vec<Amount>> {
    let mut out = Vec::new();
    for f in fs {
        if f.per_admin.is_empty() {
            return None;
        }
        out.extend(f.per_admin.iter().cloned());
    }
    Some(out)
}

/// Amounts per ingredient for a side, when every entry maps its numbers to ingredients.
fn side_by_ingredient(fs: &[&Facts]) -> Option<Vec<(String, Amount)>> {
    let mut out = Vec::new();
    for f in fs {
        if f.per_ingredient.len() != f.ingredients.len() || f.ingredients.is_empty() {
            return None;
        }
        out.extend(f.per_ingredient.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Some(out)
}

fn sorted(mut v: Vec<Amount>) -> Vec<Amount> {
    v.sort_by(|a, b| {
        a.unit.cmp(&b.unit).then(
            a.value
                .partial_cmp(&b.value)
                .unwrap_or(std::cmp::Ordering::Equal),
        )
    });
    v
}

enum DoseCmp {
    Same,
    Differs { unit_error: Option<ListSide> },
    Unknown,
}

fn compare_amounts(a: &[Amount], b: &[Amount]) -> DoseCmp {
    if a.len() != b.len() || a.is_empty() {
        return DoseCmp::Unknown;
    }
    let (a, b) = (sorted(a.to_vec()), sorted(b.to_vec()));
    if a.iter().zip(&b).any(|(x, y)| x.unit != y.unit) {
        return DoseCmp::Unknown;
    }
    if a.iter().zip(&b).all(|(x, y)| x.same(y)) {
        return DoseCmp::Same;
    }
    let unit_error = a.iter().zip(&b).find_map(|(x, y)| {
        if x.unit != "mg" || x.value <= 0.0 || y.value <= 0.0 {
            return None;
        }
        let r = y.value / x.value;
        if (r / 1000.0 - 1.0).abs() < 0.05 {
            Some(ListSide::New)
        } else if (r * 1000.0 - 1.0).abs() < 0.05 {
            Some(ListSide::Saved)
        } else {
            None
        }
    });
    DoseCmp::Differs { unit_error }
}

fn compare_doses(s: &[&Facts], n: &[&Facts]) -> DoseCmp {
    if let (Some(a), Some(b)) = (side_by_ingredient(s), side_by_ingredient(n))
        && a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x.0 == y.0 && x.1.unit == y.1.unit)
    {
        let av: Vec<Amount> = a.into_iter().map(|x| x.1).collect();
        let bv: Vec<Amount> = b.into_iter().map(|x| x.1).collect();
        if av.iter().zip(&bv).all(|(x, y)| x.same(y)) {
            return DoseCmp::Same;
        }
        return compare_amounts(&av, &bv);
    }
    let by_mass = match (side_amounts(s), side_amounts(n)) {
        (Some(a), Some(b)) => compare_amounts(&a, &b),
        _ => DoseCmp::Unknown,
    };
    if let DoseCmp::Unknown = by_mass
        && s.len() == 1
        && n.len() == 1
        && let (Some(a), Some(b)) = (&s[0].count, &n[0].count)
        && a.unit == b.unit
    {
        // "2 puffs" on both lists, the strength written on one only.
        return compare_amounts(std::slice::from_ref(a), std::slice::from_ref(b));
    }
    by_mass
}

/// Per-day amounts when one side writes a split dose ("2 in the morning and 1 at night").
fn daily_amounts(f: &Facts) -> Option<Vec<Amount>> {
    if let Some(t) = f.daily_total {
        let s: Vec<Amount> = f
            .strength
            .iter()
            .filter(|s| s.per.is_none())
            .map(|s| s.amount.scaled(t))
            .collect();
        return (!s.is_empty()).then_some(s);
    }
    let (fr, _) = f.freq?;
    (!f.per_admin.is_empty()).then(|| f.per_admin.iter().map(|a| a.scaled(fr)).collect())
}

fn routes_differ(a: &str, b: &str) -> bool {
    let parenteral = |r: &str| matches!(r, "subcutaneous" | "intramuscular" | "intravenous");
    if a == b || (a == "injection" && parenteral(b)) || (b == "injection" && parenteral(a)) {
        return false;
    }
    true
}

/// Compares one group. Single-sided groups are new or discontinued.
pub(crate) fn compare_group(g: &Group, saved: &[Facts], new: &[Facts]) -> Outcome {
    let s: Vec<&Facts> = g.saved.iter().map(|&i| &saved[i]).collect();
    let n: Vec<&Facts> = g.new.iter().map(|&i| &new[i]).collect();
    if n.is_empty() {
        return Outcome {
            status: Status::Discontinued,
            changes: vec![],
            message: format!(
                "{} is on your saved list but not on the new list; ask whether it was stopped on purpose.",
                names(&s)
            ),
            unit_error: None,
        };
    }
    if s.is_empty() {
        return Outcome {
            status: Status::New,
            changes: vec![],
            message: format!("{} is new: it is not on your saved list.", names(&n)),
            unit_error: None,
        };
    }
    let pair = format!("{} → {}", names(&s), names(&n));
    if g.partial {
        return Outcome {
            status: Status::Indeterminate,
            changes: vec![],
            message: format!(
                "{pair}: these products share some but not all active ingredients; ask your pharmacist or doctor which one you should be taking."
            ),
            unit_error: None,
        };
    }
    let any = |f: &dyn Fn(&Facts) -> bool| s.iter().chain(n.iter()).any(|x| f(x));
    if any(&|f| f.as_directed) {
        return Outcome {
            status: Status::Indeterminate,
            changes: vec![],
            message: format!(
                "{pair}: \"as directed\" cannot be compared with a written dose; confirm the dose with your pharmacist or doctor."
            ),
            unit_error: None,
        };
    }
    let same_words = s.len() == 1 && n.len() == 1 && {
        let words = s[0].instructions();
        !words.is_empty() && words == n[0].instructions()
    };
    if !same_words && any(&|f| f.multi_step || f.unparsed) {
        return Outcome {
            status: Status::Indeterminate,
            changes: vec![],
            message: format!(
                "{pair}: the instructions could not be compared; confirm them with your pharmacist or doctor."
            ),
            unit_error: None,
        };
    }

    let mut changes = Vec::new();
    let mut details = Vec::new();
    let mut notes = Vec::new();
    let mut unit_error = None;

    // Dose: the amount per administration, or per day for split doses.
    let split = any(&|f| f.daily_total.is_some());
    let dose_cmp = if split {
        let daily = |fs: &[&Facts]| -> Option<Vec<Amount>> {
            let mut out = Vec::new();
            for f in fs {
                out.extend(daily_amounts(f)?);
            }
            Some(out)
        };
        match (daily(&s), daily(&n)) {
            (Some(a), Some(b)) => compare_amounts(&a, &b),
            _ => DoseCmp::Unknown,
        }
    } else {
        compare_doses(&s, &n)
    };
    let sa = side_amounts(&s).unwrap_or_default();
    let na = side_amounts(&n).unwrap_or_default();
    let mut dose_incomparable = false;
    match dose_cmp {
        DoseCmp::Same => {
            let st = |fs: &[&Facts]| -> Vec<String> {
                fs.iter()
                    .flat_map(|f| f.strength.iter().map(|x| x.amount.display()))
                    .collect()
            };
            let (ss, ns) = (st(&s), st(&n));
            if !ss.is_empty() && !ns.is_empty() && ss != ns && s.len() == 1 && n.len() == 1 {
                notes.push(format!(
                    "same dose ({}) from a different product strength",
                    amounts_words(&na)
                ));
            }
        }
        DoseCmp::Differs { unit_error: ue } => {
            changes.push(Change::Dose);
            if split {
                details.push("daily amount differs".to_string());
            } else {
                let comparable =
                    sa.len() == na.len() && sa.iter().zip(&na).all(|(x, y)| x.unit == y.unit);
                let (a, b) = match (comparable, &s[0].count, &n[0].count) {
                    (false, Some(x), Some(y)) => (x.display(), y.display()),
                    _ => (amounts_words(&sa), amounts_words(&na)),
                };
                details.push(format!("dose {a} → {b}"));
            }
            if ue.is_some() {
                unit_error = ue;
                notes.push("the doses differ by a factor of 1000, which often means mg and mcg were mixed up".into());
            }
        }
        DoseCmp::Unknown => {
            // Fall back to the product strength when the dose itself cannot be compared.
            let st = |fs: &[&Facts]| -> Vec<Amount> {
                fs.iter()
                    .flat_map(|f| f.strength.iter().map(|x| x.amount.clone()))
                    .collect()
            };
            let (ss, ns) = (st(&s), st(&n));
            let by_strength = compare_amounts(&ss, &ns);
            let no_dose_anywhere = s.iter().chain(n.iter()).all(|f| f.per_admin.is_empty());
            if let DoseCmp::Same = by_strength
                && no_dose_anywhere
            {
                // same product strength, no amount written on either list
            } else if let DoseCmp::Differs { .. } = by_strength {
                changes.push(Change::Strength);
                details.push(format!(
                    "strength {} → {}",
                    amounts_words(&ss),
                    amounts_words(&ns)
                ));
            } else {
                // One side states an amount the other does not, or in other terms
                // (600 mg versus "1 tablet"): the dose cannot be compared.
                let stated = |fs: &[&Facts]| {
                    fs.iter()
                        .any(|f| !f.per_admin.is_empty() || !f.strength.is_empty())
                };
                dose_incomparable = stated(&s) || stated(&n);
            }
        }
    }

    // Frequency, including as-needed ↔ scheduled.
    let mut freq_changed = false;
    for a in &s {
        for b in &n {
            if a.prn != b.prn {
                freq_changed = true;
            } else if let (Some((a1, a2)), Some((b1, b2))) = (a.freq, b.freq)
                && !(close(a1, b1) && close(a2, b2))
                && !(split && (a.daily_total.is_some() || b.daily_total.is_some()))
            {
                freq_changed = true;
            }
        }
    }
    let s_freq = s
        .iter()
        .all(|f| f.freq.is_some() || f.daily_total.is_some());
    let n_freq = n
        .iter()
        .all(|f| f.freq.is_some() || f.daily_total.is_some());
    if s_freq != n_freq {
        notes.push(format!(
            "the {} list does not say how often",
            if s_freq { "new" } else { "saved" }
        ));
    }
    if freq_changed {
        changes.push(Change::Frequency);
        details.push(format!("{} → {}", freq_words(s[0]), freq_words(n[0])));
    } else {
        let sw: Vec<&str> = s.iter().filter_map(|f| f.when.as_deref()).collect();
        let nw: Vec<&str> = n.iter().filter_map(|f| f.when.as_deref()).collect();
        if !sw.is_empty() && !nw.is_empty() && sw != nw {
            notes.push(format!(
                "time of day written differently ({} / {})",
                sw.join(", "),
                nw.join(", ")
            ));
        }
    }

    // Route.
    for a in &s {
        for b in &n {
            if let (Some(ra), Some(rb)) = (&a.route, &b.route)
                && routes_differ(ra, rb)
                && !changes.contains(&Change::Route)
            {
                changes.push(Change::Route);
                details.push(format!("route {ra} → {rb}"));
            }
        }
    }

    // Site (which eye, ear…).
    for a in &s {
        for b in &n {
            if let (Some(x), Some(y)) = (&a.site, &b.site)
                && x != y
                && !changes.contains(&Change::Site)
            {
                changes.push(Change::Site);
                details.push(format!("site {x} → {y}"));
            }
        }
    }

    // Form and release.
    for a in &s {
        for b in &n {
            if changes.contains(&Change::Form) {
                continue;
            }
            if a.extended_release != b.extended_release {
                changes.push(Change::Form);
                let w = |f: &Facts| {
                    if f.extended_release {
                        "extended-release"
                    } else {
                        "immediate-release"
                    }
                };
                details.push(format!("{} → {}", w(a), w(b)));
            } else if let (Some(fa), Some(fb)) = (&a.form, &b.form)
                && fa != fb
            {
                changes.push(Change::Form);
                details.push(format!("form {fa} → {fb}"));
            }
        }
    }

    changes.sort();
    changes.dedup();
    let note_txt = if notes.is_empty() {
        String::new()
    } else {
        format!(" Note: {}.", notes.join("; "))
    };
    if !changes.is_empty() {
        return Outcome {
            status: Status::Changed,
            message: format!(
                "{pair}: {}.{note_txt} Ask your pharmacist or doctor whether this change is intended.",
                details.join("; ")
            ),
            changes,
            unit_error,
        };
    }
    if dose_incomparable {
        return Outcome {
            status: Status::Indeterminate,
            changes: vec![],
            message: format!(
                "{pair}: the amounts are written differently ({} / {}), so the dose cannot be compared; confirm it with your pharmacist or doctor.{note_txt}",
                amounts_words(&sa),
                amounts_words(&na)
            ),
            unit_error: None,
        };
    }
    let s_has = s.iter().all(|f| f.has_regimen());
    let n_has = n.iter().all(|f| f.has_regimen());
    if s_has != n_has {
        let which = if n_has { "saved" } else { "new" };
        return Outcome {
            status: Status::Indeterminate,
            changes: vec![],
            message: format!(
                "{pair}: the {which} list does not say how much or how often, so the two cannot be compared; confirm with your pharmacist or doctor."
            ),
            unit_error: None,
        };
    }
    Outcome {
        status: Status::Unchanged,
        changes: vec![],
        message: format!("{pair}: no change.{note_txt}"),
        unit_error: None,
    }
}
