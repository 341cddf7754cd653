//! The bridge between the medication record and the sig parser: what `med add` stores
//! beside the text as written, and how `med show` and `med parse` describe it.

use crate::lexicon;
use crate::records::med::{MedKind, Medication, NewMedication};
use crate::sig::{self, ParsedMed, Strength};

/// Parses the text of a new medication into its understood fields. `prn` forces the
/// as-needed mark (`med add --prn`).
pub fn fill(new: &mut NewMedication, prn: bool) {
    let mut parsed = sig::parse(&new.text);
    if prn {
        parsed.prn = true;
    }
    new.name = parsed.name.clone();
    new.parsed = serde_json::to_value(&parsed).ok();
}

/// The kind a drug usually is, from the lexicon: OTC, supplement, or prescription.
pub fn likely_kind(text: &str) -> MedKind {
    let parsed = sig::parse(text);
    let Some(name) = parsed.name.as_deref() else {
        return MedKind::Rx;
    };
    match lexicon::lookup(name).map(|d| d.kind) {
        Some(lexicon::Kind::Otc) => MedKind::Otc,
        Some(lexicon::Kind::Supplement) => MedKind::Supplement,
        _ => MedKind::Rx,
    }
}

/// The stored parse of a medication, or a fresh one from its text.
pub fn parsed_of(m: &Medication) -> ParsedMed {
    parsed_from(m.parsed.as_ref().map(|p| p.get()), &m.text)
}

/// [`parsed_of`] from the stored parse's JSON text and the medication's text: text that
/// is not a parse is parsed afresh, as a row whose parse is not JSON has none.
pub fn parsed_from(stored: Option<&str>, text: &str) -> ParsedMed {
    match stored.and_then(sig::from_stored) {
        Some(p) => refreshed(p, text),
        None => sig::parse(text),
    }
}

/// A stored parse, or the text parsed afresh where the stored one is known to be wrong.
/// Before `max_per_episode`, a count after an interval in minutes ("q5min x3 prn chest
/// pain") was stored as `max_per_day` in doses, which printouts put as "at most 3 doses a
/// day"; such a parse is read from the text again (keeping an as-needed mark given with
/// `med add --prn`), so that binders saved before print what the label means.
fn refreshed(stored: ParsedMed, text: &str) -> ParsedMed {
    let minutes = stored
        .timing
        .as_ref()
        .is_some_and(|t| t.period_unit == "min");
    let count = stored
        .max_per_day
        .as_ref()
        .is_some_and(|m| m.unit.as_deref() == Some("dose"));
    if minutes && count && stored.max_per_episode.is_none() {
        let mut fresh = sig::parse(text);
        fresh.prn |= stored.prn;
        return fresh;
    }
    stored
}

fn num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// "3 doses each time it is needed": the limit for one episode of need, if the text
/// gives one (see `ParsedMed::max_per_episode`).
pub fn episode_limit_text(p: &ParsedMed) -> Option<String> {
    let n = p.max_per_episode?;
    let doses = if (n - 1.0).abs() < 1e-9 {
        "dose"
    } else {
        "doses"
    };
    Some(format!("{} {doses} each time it is needed", num(n)))
}

/// "500 mg", or "5 mg / 325 mg" for a combination.
pub fn strength_text(p: &ParsedMed) -> Option<String> {
    match p.strength.as_ref()? {
        Strength::Single(v) => Some(format!(
            "{} {}",
            num(*v),
            p.strength_unit.as_deref().unwrap_or("")
        )),
        Strength::Multi(parts) => {
            // Name each part, so "5 mg / 325 mg" cannot be read against the wrong drug.
            let names = p.component_names();
            Some(
                parts
                    .iter()
                    .enumerate()
                    .map(
                        |(i, s)| match names.get(i).filter(|_| names.len() == parts.len()) {
                            Some(n) => format!("{n} {} {}", num(s.value), s.unit),
                            None => format!("{} {}", num(s.value), s.unit),
                        },
                    )
                    .collect::<Vec<_>>()
                    .join(" / "),
            )
        }
    }
    .map(|s| s.trim().to_owned())
}

/// "1 tablet", "1–2 puffs".
pub fn dose_text(p: &ParsedMed) -> Option<String> {
    let (d, max, unit) = match (p.dose, p.dose_mass) {
        (Some(d), _) => (d, p.dose_max, p.dose_unit.clone()),
        (None, Some(m)) => (m, p.dose_mass_max, p.dose_mass_unit.clone()),
        _ => return None,
    };
    let amount = match max {
        Some(m) => format!("{}–{}", num(d), num(m)),
        None => num(d),
    };
    let unit = unit.unwrap_or_default();
    let unit = if amount == "1" { unit } else { plural(&unit) };
    Some(format!("{amount} {unit}").trim().to_owned())
}

/// The plural of a counted dose unit ("tablet" → "tablets"); measures stay as they are.
fn plural(unit: &str) -> String {
    match unit {
        "patch" => "patches".into(),
        "suppository" => "suppositories".into(),
        "tablet" | "capsule" | "puff" | "drop" | "spray" | "unit" | "application" | "nebule"
        | "vial" | "click" | "capful" | "lozenge" | "enema" | "pen" | "injection" | "packet"
        | "scoop" | "teaspoon" | "tablespoon" | "dose" => format!("{unit}s"),
        other => other.to_owned(),
    }
}

/// "2 times a day", "every 4–6 hours", "once a week".
pub fn frequency_text(p: &ParsedMed) -> Option<String> {
    if let Some(t) = &p.timing {
        let unit = match t.period_unit.as_str() {
            "min" => "minute",
            "h" => "hour",
            "d" => "day",
            "wk" => "week",
            "mo" => "month",
            "yr" => "year",
            other => other,
        };
        let freq = match t.frequency_max {
            Some(m) => format!("{}–{}", num(t.frequency), num(m)),
            None => num(t.frequency),
        };
        let period = match t.period_max {
            Some(m) => format!("{}–{} {unit}s", num(t.period), num(m)),
            None if (t.period - 1.0).abs() < 1e-9 => unit.to_owned(),
            None => format!("{} {unit}s", num(t.period)),
        };
        let s = if (t.frequency - 1.0).abs() < 1e-9 && t.frequency_max.is_none() {
            if t.period_max.is_some() || (t.period - 1.0).abs() > 1e-9 {
                format!("every {period}")
            } else {
                format!("once a {period}")
            }
        } else {
            format!("{freq} times a {period}")
        };
        return Some(s);
    }
    p.frequency_per_day
        .map(|f| format!("{} times a day", num(f)))
}

/// How often and when, in words: "2 times a day, in the morning, as needed for pain".
pub fn schedule_text(p: &ParsedMed) -> String {
    let mut parts = Vec::new();
    if let Some(f) = frequency_text(p) {
        parts.push(f);
    }
    if let Some(w) = &p.when {
        parts.push(w.clone());
    }
    if !p.day_of_week.is_empty() {
        parts.push(format!("on {}", p.day_of_week.join(", ")));
    }
    if p.prn {
        parts.push(match &p.prn_reason {
            Some(r) => format!("as needed for {r}"),
            None => "as needed".into(),
        });
    }
    if p.as_directed {
        parts.push("as directed".into());
    }
    parts.join(", ")
}

/// Label/value lines describing a parse, for `med show` and `med parse`.
pub fn lines(p: &ParsedMed) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    if let Some(n) = &p.name {
        out.push(("Name", n.clone()));
    }
    if !p.ingredients.is_empty() {
        out.push(("Ingredients", p.ingredients.join(", ")));
    }
    if !p.recognized {
        out.push((
            "Recognized",
            "no: phr does not know this drug; it is kept as written".into(),
        ));
    }
    if !p.classes.is_empty() {
        out.push(("Classes", p.classes.join(", ")));
    }
    if let Some(s) = strength_text(p) {
        out.push(("Strength", s));
    }
    if let Some(f) = &p.form {
        let f = match &p.release {
            Some(r) => format!("{f} ({r})"),
            None => f.clone(),
        };
        out.push(("Form", f));
    }
    if let Some(r) = &p.route {
        out.push(("Route", r.clone()));
    }
    if let Some(d) = dose_text(p) {
        out.push(("Dose", d));
    }
    let sched = schedule_text(p);
    if !sched.is_empty() {
        out.push(("How often", sched));
    }
    if let Some(d) = &p.duration {
        let v = match d.value_max {
            Some(m) => format!("{}–{}", num(d.value), num(m)),
            None => num(d.value),
        };
        out.push(("For", format!("{v} {}", d.unit)));
    }
    if let Some(i) = &p.indication {
        out.push(("For what", i.clone()));
    }
    if let Some(m) = &p.max_per_day {
        let unit = m
            .unit
            .as_deref()
            .or(p.dose_unit.as_deref())
            .unwrap_or("dose");
        let unit = if (m.value - 1.0).abs() < 1e-9 {
            unit.to_owned()
        } else {
            plural(unit)
        };
        out.push(("At most", format!("{} {unit} a day", num(m.value))));
    }
    if let Some(limit) = episode_limit_text(p) {
        out.push(("At most", limit));
    }
    if let Some(i) = &p.instructions {
        out.push(("Instructions", i.clone()));
    }
    if p.irregular {
        out.push((
            "Schedule",
            "irregular (different amounts on different days): phr keeps it as written and does not compare it".into(),
        ));
    }
    if !p.steps.is_empty() {
        out.push((
            "Steps",
            format!("{} (a taper or schedule in parts)", p.steps.len()),
        ));
    }
    out
}

/// Lines for `med show` describing what was understood.
pub fn describe(m: &Medication) -> String {
    lines(&parsed_of(m))
        .into_iter()
        .map(|(k, v)| format!("  {:<14} {v}\n", format!("{k}:")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_for_a_typical_line() {
        let p = sig::parse("Metformin 500 mg tab, 1 tab PO BID with meals");
        assert_eq!(strength_text(&p).as_deref(), Some("500 mg"));
        assert_eq!(dose_text(&p).as_deref(), Some("1 tablet"));
        assert_eq!(frequency_text(&p).as_deref(), Some("2 times a day"));
        let p = sig::parse("Norco 5-325 mg 1-2 tabs q4-6h prn pain");
        assert_eq!(
            strength_text(&p).as_deref(),
            Some("hydrocodone 5 mg / acetaminophen 325 mg")
        );
        assert_eq!(dose_text(&p).as_deref(), Some("1–2 tablets"));
        assert_eq!(frequency_text(&p).as_deref(), Some("every 4–6 hours"));
        assert!(schedule_text(&p).contains("as needed for pain"));
        let p = sig::parse("methotrexate 2.5 mg 6 tablets weekly");
        assert_eq!(frequency_text(&p).as_deref(), Some("once a week"));
    }

    #[test]
    fn a_limit_for_one_episode_is_not_a_daily_limit() {
        let p = sig::parse("Nitroglycerin 0.4 mg SL q5min prn chest pain x3");
        let shown = lines(&p);
        assert!(
            shown.contains(&("At most", "3 doses each time it is needed".to_owned())),
            "{shown:?}"
        );
        assert!(!shown.iter().any(|(_, v)| v.contains("a day")), "{shown:?}");
        let p = sig::parse("Ibuprofen 400 mg q6h prn pain up to 3 times");
        assert!(lines(&p).contains(&("At most", "3 doses a day".to_owned())));
    }

    #[test]
    fn a_per_episode_count_stored_as_daily_is_read_afresh() {
        let text = "Nitroglycerin 0.4 mg SL q5min prn chest pain x3";
        // As phr stored it before max_per_episode, with --prn's mark.
        let mut old = sig::parse(text);
        old.max_per_day = old.max_per_episode.take().map(|v| sig::MaxPerDay {
            value: v,
            unit: Some("dose".into()),
        });
        old.prn = true;
        let stored = serde_json::to_string(&old).unwrap();
        let read = parsed_from(Some(&stored), text);
        assert_eq!((read.max_per_episode, read.max_per_day), (Some(3.0), None));
        assert!(read.prn);
        // A daily maximum the text states stays a daily one.
        let text = "Nitroglycerin 0.4 mg SL q5min prn chest pain, max 3 doses per day";
        let stored = serde_json::to_string(&sig::parse(text)).unwrap();
        let read = parsed_from(Some(&stored), text);
        assert_eq!(read.max_per_episode, None);
        assert_eq!(read.max_per_day.map(|m| m.value), Some(3.0));
        // Any other stored parse is taken as it is, not parsed again.
        let mut other = sig::parse("Metformin 500 mg BID");
        other.indication = Some("kept as stored".into());
        let stored = serde_json::to_string(&other).unwrap();
        assert_eq!(parsed_from(Some(&stored), "Metformin 500 mg BID"), other);
    }

    #[test]
    fn kinds_come_from_the_lexicon() {
        assert_eq!(likely_kind("Tylenol 500 mg"), MedKind::Otc);
        assert_eq!(likely_kind("lisinopril 10 mg"), MedKind::Rx);
        assert_eq!(likely_kind("Zyxolamine 5 mg"), MedKind::Rx);
    }

    #[test]
    fn unknown_drugs_are_marked() {
        let p = sig::parse("Zyxolamine 37 mg daily");
        assert!(!p.recognized);
        assert!(lines(&p).iter().any(|(k, _)| *k == "Recognized"));
    }
}
