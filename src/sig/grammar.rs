//! The sig grammar: finds the drug (lexicon n-grams, typo-tolerant fallback, unknown
//! names), product details (strength, form, release, route), then per step the PRN,
//! as-directed, maximum, duration, timing, dose, split-dose and indication phrases.

use super::tokens::{Tok, TokKind, ordinal, tokenize};
use super::vocab::{
    dose_unit, form, is_common_word, is_mass, is_sig_word, period_unit, release, strength_unit,
    weekday,
};
use super::{Duration, MaxPerDay, ParsedMed, Strength, StrengthPart, Timing};
use crate::lexicon::{self, Drug, text::canonical};

/// Inputs longer than this many tokens are cut (a sig is a line, not a document).
const MAX_TOKENS: usize = 400;

pub fn parse(text: &str) -> ParsedMed {
    let mut toks = tokenize(text);
    toks.truncate(MAX_TOKENS);
    let mut used = vec![false; toks.len()];
    let mut med = ParsedMed::default();
    let held = hold_clauses(&toks, &mut used);
    let irregular = irregular_schedule(&toks, &used);
    mark_noise(&toks, &mut used);
    let drug_span = find_drug(&toks, &mut used, &mut med);
    if let Some((_, end)) = drug_span {
        product_strength(&toks, &mut used, &mut med, end);
    }
    if med.strength.is_none() && drug_span.is_none() {
        loose_strength(&toks, &mut used, &mut med);
    }
    release_and_form(&toks, &mut med);
    if med.release.is_none()
        && matches!(med.form.as_deref(), None | Some("tablet") | Some("capsule"))
        && let Some(r) = med.name.as_deref().and_then(lexicon::implied_release)
    {
        med.release = Some(r.to_string());
    }
    route_and_site(&toks, &mut med);
    if med.route.is_none()
        && let Some(r) = med.name.as_deref().and_then(lexicon::route_hint)
    {
        med.route = Some(r.to_string());
    }
    refine_classes_by_route(&mut med);
    if !held.is_empty() {
        med.instructions = Some(held.join("; "));
    }
    med.irregular = irregular;
    let scale = [
        (&["sliding", "scale"][..], "sliding scale"),
        (&["per", "inr"][..], "per INR"),
        (&["per", "protocol"][..], "per protocol"),
    ];
    for (seq, text) in scale {
        if has_seq(&toks, seq) {
            let i = med.instructions.get_or_insert_with(String::new);
            if !i.is_empty() {
                i.push_str("; ");
            }
            i.push_str(text);
        }
    }

    let segments = split_steps(&toks, &used);
    let mut parsed: Vec<ParsedMed> = segments
        .iter()
        .map(|&(a, b)| parse_segment(&toks, &used, a, b, drug_span, &med))
        .collect();
    let conditional = conditional_split(&toks, &used);
    if parsed.len() >= 2 {
        let meaningful = parsed
            .iter()
            .filter(|p| p.dose.is_some() || p.timing.is_some() || p.duration.is_some() || p.prn)
            .count();
        if meaningful >= 2 {
            // "dexamethasone 4 mg q6h x 2 days then 2 mg q6h": the strength written with
            // the name is the first step's dose when later steps give doses in mass units
            let later_mass = parsed
                .iter()
                .skip(1)
                .any(|p| p.dose_unit.as_deref().is_some_and(is_mass));
            if let (Some(Strength::Single(v)), Some(u)) =
                (&med.strength, med.strength_unit.as_deref())
                && later_mass
                && is_mass(u)
                && let Some(first) = parsed.first_mut()
                && first.dose.is_none()
            {
                first.dose = Some(*v);
                first.dose_unit = Some(u.to_string());
            }
            // a step that gives only a new schedule keeps the previous amount
            for k in 1..parsed.len() {
                if parsed[k].dose.is_none() && parsed[k].daily_total.is_none() {
                    let (d, dm, du) = (
                        parsed[k - 1].dose,
                        parsed[k - 1].dose_max,
                        parsed[k - 1].dose_unit.clone(),
                    );
                    parsed[k].dose = d;
                    parsed[k].dose_max = dm;
                    parsed[k].dose_unit = du;
                }
            }
            med.steps = parsed;
            return finish(med);
        }
        // not real steps: keep the first segment that says something
        let first = parsed
            .iter()
            .position(|p| p.dose.is_some() || p.timing.is_some())
            .unwrap_or(0);
        let p = parsed.swap_remove(first);
        merge_step(&mut med, p);
        return finish(med);
    }
    if let Some(p) = parsed.pop() {
        merge_step(&mut med, p);
    }
    if let Some(cut) = conditional {
        // "2 tabs twice daily increased to 2 tabs three times daily during …"
        let end = toks.len();
        let alt = parse_segment(&toks, &used, cut, end, drug_span, &med);
        if let (Some(t), Some(at)) = (med.timing.as_mut(), alt.timing.as_ref())
            && t.period_unit == at.period_unit
            && t.period == at.period
            && at.frequency > t.frequency
        {
            t.frequency_max = Some(at.frequency);
        }
    }
    finish(med)
}

fn finish(mut med: ParsedMed) -> ParsedMed {
    if med.irregular {
        // one dose and one frequency cannot hold this schedule: leave both out
        med.steps.clear();
        med.dose = None;
        med.dose_max = None;
        med.dose_unit = None;
        med.dose_mass = None;
        med.dose_mass_max = None;
        med.dose_mass_unit = None;
        med.timing = None;
        med.frequency_per_day = None;
        med.frequency_per_day_max = None;
        med.daily_total = None;
        med.day_of_week.clear();
    }
    fill_per_day(&mut med);
    sanitize(&mut med);
    for s in &mut med.steps {
        fill_per_day(s);
        sanitize(s);
    }
    med
}

/// Drops any non-finite number (absurd inputs like a 400-digit amount) so the result
/// always serialises to valid JSON and round-trips.
fn sanitize(m: &mut ParsedMed) {
    fn fin(x: &mut Option<f64>) {
        if x.is_some_and(|v| !v.is_finite()) {
            *x = None;
        }
    }
    for x in [
        &mut m.dose,
        &mut m.dose_max,
        &mut m.dose_mass,
        &mut m.dose_mass_max,
        &mut m.frequency_per_day,
        &mut m.frequency_per_day_max,
        &mut m.daily_total,
    ] {
        fin(x);
    }
    let bad_strength = match &m.strength {
        Some(Strength::Single(v)) => !v.is_finite(),
        Some(Strength::Multi(p)) => p.iter().any(|x| !x.value.is_finite()),
        None => false,
    };
    if bad_strength {
        m.strength = None;
        m.strength_unit = None;
    }
    if let Some(t) = &mut m.timing {
        fin(&mut t.frequency_max);
        fin(&mut t.period_max);
        if !t.frequency.is_finite() || !t.period.is_finite() {
            m.timing = None;
            m.frequency_per_day = None;
            m.frequency_per_day_max = None;
        }
    }
    if let Some(d) = &mut m.duration {
        fin(&mut d.value_max);
        if !d.value.is_finite() {
            m.duration = None;
        }
    }
    if m.max_per_day.as_ref().is_some_and(|x| !x.value.is_finite()) {
        m.max_per_day = None;
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn fill_per_day(m: &mut ParsedMed) {
    if let Some(t) = &m.timing {
        let (lo, hi) = t.per_day();
        if lo.is_finite() && lo > 0.0 {
            m.frequency_per_day = Some(round4(lo));
            m.frequency_per_day_max = hi.filter(|h| h.is_finite()).map(round4);
        }
    }
}

fn merge_step(med: &mut ParsedMed, p: ParsedMed) {
    med.dose = p.dose;
    med.dose_max = p.dose_max;
    med.dose_unit = p.dose_unit;
    med.dose_mass = p.dose_mass;
    med.dose_mass_max = p.dose_mass_max;
    med.dose_mass_unit = p.dose_mass_unit;
    med.timing = p.timing;
    med.frequency_per_day = p.frequency_per_day;
    med.frequency_per_day_max = p.frequency_per_day_max;
    med.prn = p.prn;
    med.prn_reason = p.prn_reason;
    med.duration = p.duration;
    med.as_directed = p.as_directed;
    med.daily_total = p.daily_total;
    med.indication = p.indication;
    med.max_per_day = p.max_per_day;
    med.max_per_episode = p.max_per_episode;
    med.when = p.when;
    med.meal = p.meal;
    med.day_of_week = p.day_of_week;
    if med.route.is_none() {
        med.route = p.route;
    }
}

/// Rebuilds the text of tokens `a..b` with the original spacing.
fn span_text(t: &[Tok], a: usize, b: usize) -> String {
    let mut s = String::new();
    for (k, tok) in t.iter().enumerate().take(b).skip(a) {
        if k > a && tok.space_before {
            s.push(' ');
        }
        s.push_str(&tok.text);
    }
    s
}

fn w(t: &[Tok], i: usize) -> &str {
    t.get(i).map_or("", Tok::word)
}

fn w_or_num(t: &[Tok], i: usize) -> &str {
    t.get(i).map_or("", |x| x.text.as_str())
}

fn mark_noise(t: &[Tok], used: &mut [bool]) {
    let n = t.len();
    let mut i = 0;
    while i < n {
        let word = w(t, i);
        // "#30" is a quantity, but "Tylenol #3" is a product name
        let in_name = i > 0
            && t[i - 1].kind == TokKind::Word
            && lexicon::lookup_exact(&format!("{} #{}", t[i - 1].text, w_or_num(t, i + 1)))
                .is_some();
        if t[i].is_sym('#') && t.get(i + 1).and_then(Tok::num).is_some() && !in_name {
            used[i] = true;
            used[i + 1] = true;
            let mut j = i + 2;
            if dose_unit(w(t, j)).is_some() {
                used[j] = true;
                j += 1;
            }
            i = j;
            continue;
        }
        if matches!(
            word,
            "disp"
                | "dispense"
                | "dispensed"
                | "qty"
                | "quantity"
                | "refill"
                | "refills"
                | "rf"
                | "supply"
                | "daw"
        ) {
            used[i] = true;
            let mut j = i + 1;
            while j < n && j <= i + 4 {
                let tj = &t[j];
                if tj.is_sym(':')
                    || tj.is_sym('#')
                    || tj.num().is_some()
                    || dose_unit(tj.word()).is_some()
                {
                    used[j] = true;
                    j += 1;
                } else {
                    break;
                }
            }
            // "2 refills", "30 day supply": the number (and unit) before the word
            if matches!(word, "refill" | "refills") && i > 0 && t[i - 1].num().is_some() {
                used[i - 1] = true;
            }
            if word == "supply" {
                for k in (i.saturating_sub(3)..i).rev() {
                    if t[k].num().is_some() || period_unit(w(t, k)).is_some() || t[k].is_sym('-') {
                        used[k] = true;
                    } else {
                        break;
                    }
                }
            }
            i = j;
            continue;
        }
        // "30 min before breakfast", "1 hour after meals": a time offset, not a dose
        if t[i].num().is_some()
            && matches!(period_unit(w(t, i + 1)), Some("min") | Some("h"))
            && matches!(w(t, i + 2), "before" | "after" | "prior")
        {
            used[i] = true;
            used[i + 1] = true;
            i += 2;
            continue;
        }
        if word == "sig" {
            used[i] = true;
            if t.get(i + 1).is_some_and(|x| x.is_sym(':')) {
                used[i + 1] = true;
            }
        }
        // "except 2.5 mg on Mondays": an exception clause is not the main regimen
        if word == "except" || (word == "swallow" && w(t, i + 1) == "whole") || word == "avoid" {
            for u in used.iter_mut().skip(i) {
                *u = true;
            }
            break;
        }
        i += 1;
    }
}

/// Whether the schedule varies in a way one dose and one frequency cannot hold:
/// "5 mg daily except 2.5 mg on Mondays", "5 mg M/W/F, 2.5 mg other days", "alternate
/// 5 mg and 2.5 mg", "sliding scale", "per INR", "per protocol". Tapers written with
/// "then" are steps, not irregular.
fn irregular_schedule(t: &[Tok], used: &[bool]) -> bool {
    let n = t.len();
    let free = |i: usize| i < n && !used[i];
    let mut amounts: Vec<f64> = Vec::new();
    let mut weekday_seen = false;
    let mut then_seen = false;
    for i in 0..n {
        if !free(i) {
            continue;
        }
        let wd = w(t, i);
        let next = w(t, i + 1);
        let num_within =
            |k: usize| (i + 1..(i + 1 + k).min(n)).any(|j| free(j) && t[j].num().is_some());
        let hit = match wd {
            // "except 2.5 mg on Mondays", "except Sundays": not one dose every day
            "except" | "excluding" => true,
            "alternate" | "alternating" | "alternates" => {
                num_within(2) || matches!(next, "with" | "between")
            }
            "other" | "remaining" => {
                matches!(next, "days" | "nights" | "day")
                    && !(i > 0 && matches!(w(t, i - 1), "every" | "each"))
            }
            "rest" => next == "of" && matches!(w(t, i + 2), "week" | "the" | "days"),
            "sliding" => next == "scale",
            "per" => matches!(
                next,
                "inr" | "protocol" | "scale" | "ptt" | "level" | "levels"
            ),
            _ => false,
        };
        if hit {
            return true;
        }
        let slash = |j: Option<usize>| j.and_then(|j| t.get(j)).is_some_and(|x| x.is_sym('/'));
        let letter_day = matches!(wd, "m" | "t" | "w" | "th" | "r" | "f" | "sa" | "su")
            && (slash(i.checked_sub(1)) || slash(Some(i + 1)));
        if weekday(wd).is_some() || letter_day {
            weekday_seen = true;
        }
        if wd == "then" {
            then_seen = true;
        }
        if let Some(v) = t[i].num()
            && strength_unit(w(t, i + 1)).is_some_and(is_mass)
            && !amounts.iter().any(|a| (a - v).abs() < 1e-9)
        {
            amounts.push(v);
        }
    }
    weekday_seen && !then_seen && amounts.len() >= 2
}

/// Words naming a measured value in a hold or titration parameter ("HR", "SBP", "BG").
fn is_vital(wd: &str) -> bool {
    matches!(
        wd,
        "hr" | "pulse"
            | "heart"
            | "sbp"
            | "dbp"
            | "bp"
            | "systolic"
            | "diastolic"
            | "map"
            | "bg"
            | "bs"
            | "cbg"
            | "fsbs"
            | "fsbg"
            | "glucose"
            | "sugar"
            | "blood"
            | "inr"
            | "temp"
            | "temperature"
            | "rr"
            | "spo2"
            | "o2"
            | "sat"
            | "sats"
            | "k"
            | "potassium"
            | "weight"
            | "wt"
    )
}

fn is_comparator(t: &[Tok], i: usize) -> bool {
    t.get(i)
        .is_some_and(|x| x.is_sym('<') || x.is_sym('>') || x.is_sym('='))
        || matches!(
            w(t, i),
            "less" | "greater" | "below" | "above" | "under" | "over" | "lt" | "gt" | "exceeds"
        )
}

/// Hold and parameter clauses ("hold for bleeding", "hold if HR < 60", "if SBP < 100",
/// "BG > 150"): instructions, never dose, strength, frequency or indication. Marks them
/// used up to the next ",", ";", "." or "then" and returns their text as written.
fn hold_clauses(t: &[Tok], used: &mut [bool]) -> Vec<String> {
    let n = t.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let wd = w(t, i);
        let start = match wd {
            "hold" | "held" | "withhold"
                if matches!(
                    w(t, i + 1),
                    "for" | "if" | "when" | "parameters" | "parameter" | "params" | "param"
                ) || t.get(i + 1).is_some_and(|x| x.is_sym(':')) =>
            {
                true
            }
            "parameters" | "parameter" | "params" => true,
            "if" | "when" | "unless" => is_vital(w(t, i + 1)),
            _ => is_vital(wd) && is_comparator(t, i + 1),
        };
        if !start {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n
            && !(t[j].is_sym(',')
                || t[j].is_sym(';')
                || t[j].is_sym('.')
                || matches!(
                    w(t, j),
                    "then" | "take" | "use" | "give" | "apply" | "inject"
                ))
        {
            j += 1;
        }
        out.push(span_text(t, i, j));
        for u in used.iter_mut().take(j).skip(i) {
            *u = true;
        }
        i = j + 1;
    }
    out
}

fn set_drug(med: &mut ParsedMed, name: String, d: Drug) {
    med.name = Some(name);
    med.ingredients = d.ingredients;
    med.classes = d.classes;
    med.is_combination = d.is_combination;
    med.recognized = true;
}

fn is_filler_in_name(word: &str) -> bool {
    lexicon::is_salt_word(word) || matches!(word, "and" | "with")
}

/// Finds the drug: the longest lexicon name among word n-grams, else a typo-tolerant
/// single word, else an unknown leading name. Returns the token span.
fn find_drug(t: &[Tok], used: &mut [bool], med: &mut ParsedMed) -> Option<(usize, usize)> {
    let n = t.len();
    for i in 0..n {
        if used[i] || t[i].kind != TokKind::Word {
            continue;
        }
        for len in (1..=6usize).rev() {
            let j = i + len;
            if j > n || (i..j).any(|k| used[k]) {
                continue;
            }
            let last = &t[j - 1];
            if matches!(last.kind, TokKind::Sym(_)) {
                continue;
            }
            // a name does not run over a comma or bracket
            if t[i..j].iter().any(|x| matches!(x.kind, TokKind::Sym(c) if !matches!(c, '-' | '/' | '+' | '&' | '.' | '#'))) {
                continue;
            }
            let text = span_text(t, i, j);
            let first = t[i].word();
            if len == 1 && (is_sig_word(first) || first.chars().count() < 2) {
                continue;
            }
            // a one-letter sig word ("d", "q") starts a name only when glued to what
            // follows ("D3", "B12")
            if first.chars().count() < 2 && len > 1 && is_sig_word(first) && t[i + 1].space_before {
                continue;
            }
            // "for thyroid", "to treat diabetes": an indication, not the drug, unless a
            // strength follows
            let after_for = i > 0
                && matches!(
                    t[i - 1].word(),
                    "for" | "treat" | "reduce" | "prevent" | "control"
                )
                && !(t.get(j).and_then(Tok::num).is_some() && strength_unit(w(t, j + 1)).is_some());
            if after_for {
                continue;
            }
            if let Some(d) = lexicon::lookup_exact(&text) {
                set_drug(med, text, d);
                mark(used, i, j);
                return Some((i, j));
            }
            let words_ok = t[i..j].iter().enumerate().all(|(k, x)| match x.kind {
                TokKind::Word => {
                    let wd = x.word();
                    (!is_sig_word(wd) || (k > 0 && is_filler_in_name(wd))) && release(wd).is_none()
                }
                TokKind::Sym(_) => true,
                TokKind::Num(_) => false,
            });
            if words_ok
                && !matches!(last.word(), "and" | "with")
                && let Some(d) = lexicon::lookup(&text)
            {
                set_drug(med, text, d);
                mark(used, i, j);
                return Some((i, j));
            }
        }
    }
    // typo-tolerant single word
    for (i, tok) in t.iter().enumerate() {
        let wd = tok.word();
        if used[i]
            || wd.chars().count() < 5
            || is_sig_word(wd)
            || is_common_word(wd)
            || lexicon::is_salt_word(wd)
            || (i > 0
                && matches!(
                    t[i - 1].word(),
                    "for" | "treat" | "reduce" | "prevent" | "control"
                ))
        {
            continue;
        }
        if let Some((name, d)) = lexicon::lookup_fuzzy(wd) {
            set_drug(med, name, d);
            used[i] = true;
            return Some((i, i + 1));
        }
    }
    unknown_name(t, used, med)
}

fn mark(used: &mut [bool], a: usize, b: usize) {
    for u in used.iter_mut().take(b).skip(a) {
        *u = true;
    }
}

/// An unknown drug: leading words that are not sig vocabulary, followed by a strength,
/// a count of doses ("2 tablets", "1-2 puffs", "1 to 2 caps"), a form or release word,
/// punctuation or the end of the line.
fn unknown_name(t: &[Tok], used: &mut [bool], med: &mut ParsedMed) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < t.len() && used[i] {
        i += 1;
    }
    let start = i;
    let mut j = start;
    while j < t.len() && !used[j] {
        let wd = t[j].word();
        let ok = t[j].kind == TokKind::Word
            && wd.chars().count() >= 3
            && wd.chars().all(char::is_alphabetic)
            && (!is_sig_word(wd) || (j > start && lexicon::is_salt_word(wd)))
            || (j > start
                && t[j].is_sym('-')
                && t.get(j + 1).is_some_and(|x| x.kind == TokKind::Word));
        if !ok {
            break;
        }
        j += 1;
    }
    if j == start || j - start > 4 {
        return None;
    }
    let next = t.get(j);
    let follows_ok = match next {
        None => true,
        Some(x) => match x.kind {
            TokKind::Num(_) => strength_unit(w(t, j + 1)).is_some() || counted_dose(t, j),
            TokKind::Sym(c) => matches!(c, ',' | '(' | ':' | ';'),
            TokKind::Word => release(x.word()).is_some() || form(x.word()).is_some(),
        },
    };
    if !follows_ok {
        return None;
    }
    let name = span_text(t, start, j);
    let key = canonical(&name);
    let base: Vec<&str> = key
        .split(' ')
        .filter(|x| !lexicon::is_salt_word(x))
        .collect();
    let base = if base.is_empty() {
        key.clone()
    } else {
        base.join(" ")
    };
    med.name = Some(name);
    med.ingredients = vec![base];
    med.recognized = false;
    mark(used, start, j);
    Some((start, j))
}

/// Whether a count of doses starts at `k`: a number, or a range ("1-2", "1 to 2"), and a
/// dose unit ("tablets", "puffs").
fn counted_dose(t: &[Tok], k: usize) -> bool {
    let mut unit = k + 1;
    if (t.get(unit).is_some_and(|x| x.is_sym('-')) || w(t, unit) == "to")
        && t.get(unit + 1).and_then(Tok::num).is_some()
    {
        unit += 2;
    }
    dose_unit(w(t, unit)).is_some()
}

/// Reads "N unit", "N-M unit", "N unit/N unit", "N unit/5 mL" at `k`; returns parts and end.
fn read_strength(
    t: &[Tok],
    used: &[bool],
    mut k: usize,
    want_multi: bool,
) -> Option<(Vec<StrengthPart>, usize)> {
    let mut vals: Vec<(f64, Option<&'static str>)> = Vec::new();
    loop {
        if used.get(k).copied().unwrap_or(true) {
            break;
        }
        let Some(v) = t.get(k).and_then(Tok::num) else {
            break;
        };
        let mut unit = strength_unit(w(t, k + 1));
        let mut end = k + 1;
        if unit.is_some() {
            end = k + 2;
        } else if t.get(k + 1).is_some_and(|x| x.is_sym('%')) {
            unit = Some("%");
            end = k + 2;
        }
        vals.push((v, unit));
        k = end;
        // separator to another value
        let sep = t
            .get(k)
            .is_some_and(|x| x.is_sym('-') || x.is_sym('/') || x.is_sym('+'));
        if want_multi && sep && t.get(k + 1).and_then(Tok::num).is_some() {
            k += 1;
            continue;
        }
        break;
    }
    if vals.is_empty() {
        return None;
    }
    let last_unit = vals.iter().rev().find_map(|v| v.1);
    if vals.len() == 1 {
        let (v, u) = vals[0];
        let u = u?;
        let mut unit = u.to_string();
        // ratio: "mg/5 mL", "mg/mL", "mcg/actuation"
        if t.get(k).is_some_and(|x| x.is_sym('/')) {
            let (num, at) = match t.get(k + 1).and_then(Tok::num) {
                Some(x) => (Some(x), k + 2),
                None => (None, k + 1),
            };
            let denom = w(t, at);
            let d = match denom {
                "ml" | "mls" | "cc" => Some("mL"),
                "actuation" | "act" | "actuations" | "puff" | "inh" | "inhalation" | "spray" => {
                    Some("actuation")
                }
                "hr" | "h" | "hour" | "24hr" => Some("h"),
                "day" | "d" | "days" => Some("day"),
                "tab" | "tablet" => Some("tablet"),
                "g" | "gm" => Some("g"),
                _ => None,
            };
            if let Some(d) = d {
                unit = match num {
                    Some(nv) if (nv - 1.0).abs() > 1e-9 => format!("{u}/{}{d}", fmt_num(nv)),
                    _ => format!("{u}/{d}"),
                };
                k = at + 1;
            }
        }
        return Some((vec![StrengthPart { value: v, unit }], k));
    }
    let default = last_unit.unwrap_or("mg");
    let parts = vals
        .into_iter()
        .map(|(v, u)| StrengthPart {
            value: v,
            unit: u.unwrap_or(default).to_string(),
        })
        .collect();
    Some((parts, k))
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn apply_strength(med: &mut ParsedMed, parts: Vec<StrengthPart>) {
    if parts.len() == 1 {
        let p = &parts[0];
        med.strength = Some(Strength::Single(p.value));
        med.strength_unit = Some(p.unit.clone());
    } else {
        med.strength = Some(Strength::Multi(parts));
        med.strength_unit = None;
    }
}

/// Strength written right after the drug name (skipping salt, release and form words).
fn product_strength(t: &[Tok], used: &mut [bool], med: &mut ParsedMed, end: usize) {
    let mut k = end;
    while k < t.len() && !used[k] {
        let wd = t[k].word();
        if (t[k].kind == TokKind::Word
            && (lexicon::is_salt_word(wd)
                || release(wd).is_some()
                || (form(wd).is_some() && dose_unit(wd).is_none())
                || matches!(
                    wd,
                    "hfa"
                        | "inhaler"
                        | "oral"
                        | "usp"
                        | "nasal"
                        | "ophthalmic"
                        | "otic"
                        | "topical"
                        | "sublingual"
                        | "transdermal"
                        | "rectal"
                        | "vaginal"
                        | "inhaled"
                )))
            || t[k].is_sym('(')
            || (t[k].is_sym('-') && release(w(t, k + 1)).is_some())
        {
            k += 1;
        } else {
            break;
        }
    }
    let multi = med.is_combination;
    let Some((mut parts, mut e)) = read_strength(t, used, k, multi) else {
        return;
    };
    let inhaled = t.iter().any(|x| {
        matches!(
            x.word(),
            "hfa"
                | "inhaler"
                | "diskus"
                | "ellipta"
                | "puff"
                | "puffs"
                | "inhale"
                | "inhalation"
                | "respimat"
        )
    }) || med
        .name
        .as_deref()
        .is_some_and(|n| n.contains("diskus") || n.contains("hfa") || n.contains("ellipta"));
    if inhaled && parts.len() > 1 && t.get(e.wrapping_sub(1)).is_some_and(|x| x.num().is_some()) {
        for p in &mut parts {
            p.unit = "mcg".into();
        }
    }
    // "NyQuil 30 mL": a volume alone is the dose, not a strength
    if parts.len() == 1 && parts[0].unit == "mL" {
        return;
    }
    // "Lantus 22 units": an amount in units of an insulin/heparin is the dose
    if parts.len() == 1
        && parts[0].unit == "unit"
        && (med.classes.iter().any(|c| c.contains("insulin"))
            || med.ingredients.iter().any(|i| i == "heparin"))
    {
        return;
    }
    if !multi && parts.len() > 1 {
        return;
    }
    mark(used, k, e);
    // "calcium carbonate 600 mg + D 400 IU": a second product joined with "+"
    if t.get(e).is_some_and(|x| x.is_sym('+')) {
        let s = e + 1;
        for len in (1..=3usize).rev() {
            let j = s + len;
            if j > t.len() || (s..j).any(|x| used[x]) || t[s].kind != TokKind::Word {
                continue;
            }
            let text = span_text(t, s, j);
            let d = lexicon::lookup(&text).or_else(|| lexicon::lookup(&format!("vitamin {text}")));
            if let Some(d) = d {
                mark(used, e, j);
                let mut ings = med.ingredients.clone();
                ings.extend(d.ingredients);
                ings.sort();
                ings.dedup();
                med.classes = crate::lexicon::classes_of_all(&ings);
                med.is_combination = ings.len() > 1;
                med.ingredients = ings;
                if let Some(n) = &mut med.name {
                    n.push_str(" + ");
                    n.push_str(&text);
                }
                if let Some((more, e2)) = read_strength(t, used, j, false) {
                    mark(used, j, e2);
                    parts.extend(more);
                    e = e2;
                }
                break;
            }
        }
    }
    let _ = e;
    apply_strength(med, parts);
}

/// Without a drug name: "5 mg tablet" style product lines ("500mg tablets").
fn loose_strength(t: &[Tok], used: &mut [bool], med: &mut ParsedMed) {
    // only when a form word follows the amount (otherwise the amount is a dose)
    for k in 0..t.len() {
        if used[k] || t[k].num().is_none() {
            continue;
        }
        if strength_unit(w(t, k + 1)).is_none() {
            return;
        }
        // "10mg/325mg 1 tab": two amounts with units joined by "/" or "-" are a
        // combination strength
        if let Some((parts, e)) = read_strength(t, used, k, true)
            && parts.len() > 1
            && parts.iter().all(|p| p.unit != "mL")
            && strength_unit(w(t, e.wrapping_sub(1))).is_some()
        {
            mark(used, k, e);
            apply_strength(med, parts);
            return;
        }
        if let Some((parts, e)) = read_strength(t, used, k, true)
            && form(w(t, e)).is_some()
            && dose_unit(w(t, e)).is_some()
            && t.get(k.wrapping_sub(1)).is_none_or(|x| x.num().is_none())
            && !(k > 0 && t[k - 1].num().is_some())
            && parts.iter().all(|p| p.unit != "mL")
        {
            // "Take 1 tablet 40 mg" is a dose; a bare leading "40 mg tablet" is a product
            if k == 0 {
                mark(used, k, e);
                apply_strength(med, parts);
            }
            return;
        }
    }
}

fn release_and_form(t: &[Tok], med: &mut ParsedMed) {
    for (i, tok) in t.iter().enumerate() {
        let wd = tok.word();
        if wd.is_empty() {
            continue;
        }
        if med.release.is_none()
            && let Some(r) = release(wd)
        {
            let next = w(t, i + 1);
            let ok = match wd {
                "extended" | "sustained" | "controlled" | "modified" | "delayed" => {
                    matches!(next, "release" | "released" | "releasing" | "action" | "")
                        || t.get(i + 1).is_some_and(|x| x.is_sym('-'))
                }
                "enteric" => {
                    matches!(next, "coated" | "coat" | "")
                        || t.get(i + 1).is_some_and(|x| x.is_sym('-'))
                }
                "gastro" => matches!(w(t, i + 2), "resistant") || next == "resistant",
                "osmotic" => false,
                _ => true,
            };
            if ok {
                med.release = Some(r.to_string());
            }
        }
        if let Some(f) = form(wd)
            && !matches!(w(t, i.wrapping_sub(1)), "of" | "in" | "into" | "with")
        {
            if wd == "film" && matches!(w(t, i + 1), "coated") {
                continue;
            }
            if wd == "film" {
                continue;
            }
            let better = match med.form.as_deref() {
                None => true,
                Some("tablet") => matches!(f, "chewable tablet" | "orally disintegrating tablet"),
                Some("drops") | Some("spray") | Some("solution") => f == "inhaler" || f == "patch",
                _ => false,
            };
            if better {
                med.form = Some(f.to_string());
            }
        }
    }
    // "ASA 81 mg EC": enteric-coated means a tablet when no other form is written
    if med.form.is_none() && wd_in(t, &["ec", "enteric"]) && med.release.as_deref() == Some("DR") {
        med.form = Some("tablet".into());
    }
    if wd_in(t, &["orally"]) && wd_in(t, &["disintegrating"]) {
        med.form = Some("orally disintegrating tablet".into());
    }
}

fn wd_in(t: &[Tok], words: &[&str]) -> bool {
    t.iter().any(|x| words.contains(&x.word()))
}

fn has_seq(t: &[Tok], seq: &[&str]) -> bool {
    if seq.is_empty() || t.len() < seq.len() {
        return false;
    }
    (0..=t.len() - seq.len()).any(|i| seq.iter().enumerate().all(|(k, s)| t[i + k].word() == *s))
}

fn eye_context(t: &[Tok]) -> bool {
    wd_in(
        t,
        &[
            "eye",
            "eyes",
            "ophthalmic",
            "ou",
            "gtt",
            "gtts",
            "drop",
            "drops",
        ],
    )
}

fn route_and_site(t: &[Tok], med: &mut ParsedMed) {
    let mut best: (u8, Option<&'static str>) = (0, None);
    fn set_in(best: &mut (u8, Option<&'static str>), lvl: u8, r: &'static str) {
        if lvl > best.0 {
            *best = (lvl, Some(r));
        }
    }
    let eye = eye_context(t);
    for (i, tok) in t.iter().enumerate() {
        let wd = tok.word();
        match wd {
            "po" | "orally" | "oral" | "swallow" => set_in(&mut best, 3, "oral"),
            "mouth" if matches!(w(t, i.wrapping_sub(1)), "by" | "per") => {
                set_in(&mut best, 3, "oral")
            }
            "p" if w(t, i + 1) == "o" => set_in(&mut best, 3, "oral"),
            "sl" | "sublingual" | "sublingually" => set_in(&mut best, 4, "sublingual"),
            "tongue"
                if w(t, i.wrapping_sub(2)) == "under" || w(t, i.wrapping_sub(1)) == "under" =>
            {
                set_in(&mut best, 4, "sublingual")
            }
            "buccal" | "buccally" | "cheek" => set_in(&mut best, 4, "buccal"),
            "inhalation" | "inhaled" | "lungs" | "nebulizer" | "nebulized" | "nebuliser"
            | "inh" => set_in(&mut best, 3, "inhalation"),
            "inhale" => set_in(&mut best, 2, "inhalation"),
            "nasal" | "intranasal" | "intranasally" | "nostril" | "nostrils" | "nose" => {
                set_in(&mut best, 4, "nasal")
            }
            "ophthalmic" | "eye" | "eyes" | "ou" => set_in(&mut best, 4, "ophthalmic"),
            "od" | "os" if eye => set_in(&mut best, 4, "ophthalmic"),
            "otic" | "ear" | "ears" => set_in(&mut best, 4, "otic"),
            "skin" if matches!(w(t, i.wrapping_sub(2)), "under" | "beneath") => {
                set_in(&mut best, 4, "subcutaneous")
            }
            "topical" | "topically" | "affected" => set_in(&mut best, 3, "topical"),
            "skin" => set_in(&mut best, 1, "topical"),
            "apply" | "applied" | "rub" => set_in(&mut best, 1, "topical"),
            "transdermal" | "transdermally" => set_in(&mut best, 3, "transdermal"),
            "subcutaneous" | "subcutaneously" | "subq" | "sq" | "sc" | "subcut" | "sub"
                if wd != "sub" || w(t, i + 1) == "q" =>
            {
                set_in(&mut best, 3, "subcutaneous")
            }
            "intramuscular" | "intramuscularly" | "im" => set_in(&mut best, 3, "intramuscular"),
            "intravenous" | "intravenously" | "iv" => set_in(&mut best, 3, "intravenous"),
            "inject" | "injection" | "injected" => set_in(&mut best, 1, "injection"),
            "rectal" | "rectally" | "rectum" | "pr" => set_in(&mut best, 3, "rectal"),
            "vaginal" | "vaginally" | "vagina" | "pv" | "intravaginal" => {
                set_in(&mut best, 3, "vaginal")
            }
            _ => {}
        }
    }
    if best.0 < 2 {
        let by_form = match med.form.as_deref() {
            Some("inhaler") | Some("inhalation solution") => Some("inhalation"),
            Some("patch") => Some("transdermal"),
            Some("suppository") | Some("enema") => Some("rectal"),
            Some("cream") | Some("ointment") | Some("gel") | Some("lotion") | Some("foam")
            | Some("shampoo") => Some("topical"),
            Some("drops") if eye => Some("ophthalmic"),
            Some("tablet")
            | Some("capsule")
            | Some("chewable tablet")
            | Some("orally disintegrating tablet")
            | Some("syrup")
            | Some("elixir")
            | Some("suspension") => Some("oral"),
            _ => None,
        };
        if let Some(r) = by_form {
            set_in(&mut best, 2, r);
        } else if wd_in(t, &["puff", "puffs"]) {
            set_in(&mut best, 1, "inhalation");
        }
    }
    if let (_, Some(r)) = best {
        med.route = Some(r.to_string());
    }
    // site
    let site = if has_seq(t, &["left", "eye"]) || (eye && wd_in(t, &["os"])) {
        Some("left eye")
    } else if has_seq(t, &["right", "eye"]) || (eye && wd_in(t, &["od"])) {
        Some("right eye")
    } else if has_seq(t, &["both", "eyes"]) || has_seq(t, &["each", "eye"]) || wd_in(t, &["ou"]) {
        Some("both eyes")
    } else if has_seq(t, &["each", "nostril"]) || has_seq(t, &["both", "nostrils"]) {
        Some("each nostril")
    } else if has_seq(t, &["left", "ear"]) {
        Some("left ear")
    } else if has_seq(t, &["right", "ear"]) {
        Some("right ear")
    } else if has_seq(t, &["both", "ears"]) || has_seq(t, &["each", "ear"]) {
        Some("both ears")
    } else if has_seq(t, &["affected", "area"]) || has_seq(t, &["affected", "areas"]) {
        Some("affected area")
    } else {
        None
    };
    med.site = site.map(String::from);
}

/// Splits the token list into steps at "then", "than" (before an amount), "followed by",
/// "thereafter". Returns token ranges.
fn split_steps(t: &[Tok], used: &[bool]) -> Vec<(usize, usize)> {
    let mut cuts = Vec::new();
    for i in 0..t.len() {
        if used[i] {
            continue;
        }
        let wd = t[i].word();
        let next_amount = t.get(i + 1).is_some_and(|x| x.num().is_some())
            || matches!(
                w(t, i + 1),
                "take" | "use" | "give" | "apply" | "inhale" | "decrease" | "increase" | "reduce"
            );
        let comparative = i > 0
            && matches!(
                t[i - 1].word(),
                "more" | "less" | "greater" | "fewer" | "other" | "longer"
            );
        let is_cut = wd == "then"
            || (wd == "than" && next_amount && !comparative)
            || (wd == "followed" && w(t, i + 1) == "by")
            || wd == "thereafter";
        if is_cut {
            cuts.push(i);
        }
    }
    let mut out = Vec::new();
    let mut a = 0;
    for c in cuts {
        if c > a {
            out.push((a, c));
        }
        a = c + 1;
    }
    out.push((a, t.len()));
    out.retain(|(x, y)| y > x);
    if out.is_empty() {
        out.push((0, t.len()));
    }
    out
}

/// "… increased to …", "may increase to …": the start of a conditional alternative.
fn conditional_split(t: &[Tok], used: &[bool]) -> Option<usize> {
    (0..t.len()).find_map(|i| {
        (!used[i]
            && matches!(t[i].word(), "increased" | "increase" | "increasing")
            && w(t, i + 1) == "to")
            .then_some(i + 2)
    })
}

// ---------------------------------------------------------------- segment parsing

/// A view of one step's free tokens; the drug name appears as one placeholder.
struct Seg<'a> {
    t: Vec<&'a Tok>,
    drug: Vec<bool>,
    u: Vec<bool>,
}

impl<'a> Seg<'a> {
    fn len(&self) -> usize {
        self.t.len()
    }
    fn w(&self, i: usize) -> &'a str {
        match self.t.get(i) {
            Some(t) if !self.drug[i] => t.word(),
            _ => "",
        }
    }
    fn n(&self, i: usize) -> Option<f64> {
        self.t.get(i).and_then(|t| t.num())
    }
    fn s(&self, i: usize, c: char) -> bool {
        self.t.get(i).is_some_and(|t| t.is_sym(c))
    }
    fn free(&self, i: usize) -> bool {
        i < self.len() && !self.u[i]
    }
    fn take(&mut self, a: usize, b: usize) {
        for k in a..b.min(self.len()) {
            self.u[k] = true;
        }
    }
    fn is_drug(&self, i: usize) -> bool {
        self.drug.get(i).copied().unwrap_or(false)
    }
    fn text(&self, a: usize, b: usize) -> String {
        let mut s = String::new();
        for k in a..b.min(self.len()) {
            if k > a && self.t[k].space_before {
                s.push(' ');
            }
            s.push_str(&self.t[k].text);
        }
        s
    }
    /// Number or number range at i: "2", "1-2", "1 to 2", "1 or 2". Returns (lo, hi, end).
    fn range(&self, i: usize) -> Option<(f64, Option<f64>, usize)> {
        let lo = self.n(i)?;
        if (self.s(i + 1, '-') || matches!(self.w(i + 1), "to" | "or"))
            && let Some(hi) = self.n(i + 2)
            && hi > lo
        {
            return Some((lo, Some(hi), i + 3));
        }
        Some((lo, None, i + 1))
    }
}

#[derive(Debug, Clone)]
struct Freq {
    f: f64,
    fmax: Option<f64>,
    p: f64,
    pmax: Option<f64>,
    unit: &'static str,
    when: Option<&'static str>,
}

fn fq(f: f64, p: f64, unit: &'static str) -> Freq {
    Freq {
        f,
        fmax: None,
        p,
        pmax: None,
        unit,
        when: None,
    }
}

#[derive(Debug, Clone)]
struct Anchor {
    pos: usize,
    count: f64,
    label: &'static str,
    clock: bool,
}

fn parse_segment(
    toks: &[Tok],
    used: &[bool],
    a: usize,
    b: usize,
    drug: Option<(usize, usize)>,
    med: &ParsedMed,
) -> ParsedMed {
    let mut seg = Seg {
        t: Vec::new(),
        drug: Vec::new(),
        u: Vec::new(),
    };
    let mut k = a;
    while k < b.min(toks.len()) {
        if let Some((ds, de)) = drug
            && k == ds
        {
            seg.t.push(&toks[k]);
            seg.drug.push(true);
            seg.u.push(true);
            k = de;
            continue;
        }
        if !used[k] {
            seg.t.push(&toks[k]);
            seg.drug.push(false);
            seg.u.push(false);
        }
        k += 1;
    }
    let mut out = ParsedMed::default();
    let eye = eye_context(toks);
    as_directed(&mut seg, &mut out);
    prn(&mut seg, &mut out);
    max_per_day(&mut seg, &mut out);
    duration(&mut seg, &mut out);
    let (freq, upto, anchors, days) = timing(&mut seg, eye);
    if freq.is_some() || !anchors.is_empty() {
        let per_episode = freq.as_ref().is_some_and(|f| f.unit == "min");
        count_limit(&mut seg, &mut out, per_episode);
    }
    split_or_single_dose(&mut seg, &mut out, &anchors);
    indication(&mut seg, &mut out);
    // resolve timing
    let mut whens: Vec<&str> = Vec::new();
    for an in &anchors {
        if !whens.contains(&an.label) && !an.label.is_empty() {
            whens.push(an.label);
        }
    }
    if let Some(f) = &freq
        && let Some(wl) = f.when
        && !whens.contains(&wl)
    {
        whens.insert(0, wl);
    }
    let meal_whens = ["with meals", "before meals", "after meals"];
    out.meal = whens
        .iter()
        .find(|x| meal_whens.contains(x))
        .map(|x| x.to_string())
        .or_else(|| {
            (seg.t.iter().any(|t| t.word() == "empty")
                && seg.t.iter().any(|t| t.word() == "stomach"))
            .then(|| "empty stomach".to_string())
        });
    let tod: Vec<&str> = whens
        .iter()
        .copied()
        .filter(|x| !meal_whens.contains(x))
        .collect();
    if !tod.is_empty() {
        out.when = Some(tod.join(", "));
    }
    out.day_of_week = days.iter().map(|d| d.to_string()).collect();
    let timing = match freq {
        Some(f) => Some(f),
        None if !anchors.is_empty() => {
            let mut labels: Vec<&str> = Vec::new();
            let mut count = 0.0;
            for an in &anchors {
                if an.clock || !labels.contains(&an.label) {
                    count += an.count;
                    if !an.clock {
                        labels.push(an.label);
                    }
                }
            }
            Some(fq(count, 1.0, "d"))
        }
        None if !days.is_empty() => Some(fq(days.len() as f64, 1.0, "wk")),
        None => None,
    };
    if let Some(f) = timing {
        let t = Timing {
            frequency: f.f,
            frequency_max: f.fmax,
            period: f.p,
            period_max: f.pmax,
            period_unit: f.unit.to_string(),
        };
        if upto {
            let (lo, hi) = t.per_day();
            let m = hi.unwrap_or(lo);
            if m.is_finite() && m > 0.0 {
                out.frequency_per_day_max = Some(round4(m));
            }
        } else {
            out.timing = Some(t);
        }
    }
    if out.daily_total.is_some()
        && let Some(t) = &mut out.timing
    {
        // split dose: administrations = number of anchors carrying an amount
        let n = anchors.iter().filter(|a| a.count > 0.0).count().max(1);
        if t.period_unit == "d" && t.period == 1.0 {
            t.frequency = t.frequency.min(n as f64).max(1.0);
        }
    }
    if let Some(m) = &mut out.max_per_day
        && m.unit.is_none()
    {
        m.unit = out.dose_unit.clone().or_else(|| Some("dose".into()));
    }
    let _ = med;
    out
}

fn as_directed(seg: &mut Seg, out: &mut ParsedMed) {
    for i in 0..seg.len() {
        if !seg.free(i) {
            continue;
        }
        let wd = seg.w(i);
        let hit = match wd {
            "uad" | "ud" => Some(i + 1),
            "as" | "per"
                if matches!(
                    seg.w(i + 1),
                    "directed" | "instructed" | "instructions" | "dir"
                ) =>
            {
                Some(i + 2)
            }
            "as" if seg.w(i + 1) == "per"
                && matches!(seg.w(i + 2), "instructions" | "directions") =>
            {
                Some(i + 3)
            }
            "directed" => Some(i + 1),
            _ => None,
        };
        if let Some(e) = hit {
            out.as_directed = true;
            seg.take(i, e);
        }
    }
}

fn prn(seg: &mut Seg, out: &mut ParsedMed) {
    for i in 0..seg.len() {
        if !seg.free(i) {
            continue;
        }
        let (a, b) = (seg.w(i), seg.w(i + 1));
        let e = match a {
            "prn" | "p" if a == "prn" => Some(i + 1),
            "as" | "when" | "if" | "whenever"
                if matches!(
                    b,
                    "needed" | "required" | "necessary" | "req" | "reqd" | "need" | "requried"
                ) =>
            {
                Some(i + 2)
            }
            "pro" if b == "re" && seg.w(i + 2) == "nata" => Some(i + 3),
            "on" if b == "demand" => Some(i + 2),
            _ => None,
        };
        if let Some(e) = e {
            out.prn = true;
            seg.take(i, e);
            // "prn pain": a reason right after the PRN word
            if seg.w(e) != "for" {
                let j = phrase_end(seg, e);
                if j > e && j - e <= 5 {
                    out.prn_reason = Some(seg.text(e, j));
                    seg.take(e, j);
                }
            }
        }
    }
}

fn is_24h(seg: &Seg, i: usize) -> Option<usize> {
    // "24 hours", "twenty four hours", "24h", "day", "a day", "24 hr period"
    if seg.n(i) == Some(24.0) && matches!(period_unit(seg.w(i + 1)), Some("h")) {
        let e = if seg.w(i + 2) == "period" {
            i + 3
        } else {
            i + 2
        };
        return Some(e);
    }
    if matches!(seg.w(i), "day" | "daily" | "d") {
        return Some(i + 1);
    }
    if matches!(seg.w(i), "a" | "one" | "each" | "every" | "per") && seg.w(i + 1) == "day" {
        return Some(i + 2);
    }
    None
}

fn max_per_day(seg: &mut Seg, out: &mut ParsedMed) {
    for i in 0..seg.len() {
        if !seg.free(i) {
            continue;
        }
        let start_end = match (seg.w(i), seg.w(i + 1), seg.w(i + 2)) {
            ("max" | "maximum" | "max.", _, _) => Some(i + 1),
            ("not" | "do" | "dont", "to", "exceed") => Some(i + 3),
            ("not" | "do" | "dont", "exceed", _) => Some(i + 2),
            ("no" | "not", "more", "than") => Some(i + 3),
            ("not" | "never", "take" | "use" | "give" | "exceed", "more")
                if seg.w(i + 3) == "than" =>
            {
                Some(i + 4)
            }
            ("never", "exceed", _) => Some(i + 2),
            _ => None,
        };
        let Some(mut j) = start_end else { continue };
        while matches!(seg.w(j), "daily" | "amount" | "dose" | "total" | "per") || seg.s(j, ':') {
            if seg.w(j) == "per" && seg.w(j + 1) == "day" {
                j += 2;
            } else {
                j += 1;
            }
        }
        if seg.w(j) == "of" || seg.s(j, ':') || seg.w(j) == "dose" && seg.w(j + 1) == "of" {
            j += if seg.w(j) == "dose" { 2 } else { 1 };
        }
        let Some(v) = seg.n(j) else { continue };
        let mut e = j + 1;
        let mut unit = None;
        if let Some(u) = dose_unit(seg.w(e)) {
            unit = Some(u.to_string());
            e += 1;
        }
        if matches!(seg.w(e), "doses" | "dose" | "times") {
            if seg.w(e) != "times" {
                unit = unit.or(Some("dose".into()));
            } else {
                unit = Some("dose".into());
            }
            e += 1;
        }
        // "in 24 hours", "per day", "/day", "a day", "daily"
        let sep =
            matches!(seg.w(e), "in" | "per" | "a" | "each" | "every" | "within") || seg.s(e, '/');
        let after = if sep { e + 1 } else { e };
        if let Some(end) = is_24h(seg, after) {
            out.max_per_day = Some(MaxPerDay { value: v, unit });
            seg.take(i, end);
        } else if matches!(seg.w(i), "max" | "maximum") {
            out.max_per_day = Some(MaxPerDay { value: v, unit });
            seg.take(i, e);
        }
    }
}

/// "q5min x3", "x 3 doses", "up to 3 times" after a frequency: a maximum number of
/// administrations (never a dose). After an interval in minutes it is a limit for one
/// episode (`max_per_episode`: nitroglycerin's "q5min x3" is three doses five minutes
/// apart, then call for help); otherwise it is kept as `max_per_day` in doses.
fn count_limit(seg: &mut Seg, out: &mut ParsedMed, per_episode: bool) {
    for i in 0..seg.len() {
        if !seg.free(i) {
            continue;
        }
        let j = match (seg.w(i), seg.w(i + 1)) {
            ("x", _) => i + 1,
            ("up", "to") => i + 2,
            _ => continue,
        };
        let Some(v) = seg.n(j) else { continue };
        if !seg.free(j) || v <= 0.0 || v.fract() != 0.0 || v > 12.0 {
            continue;
        }
        let mut e = j + 1;
        let counted = matches!(seg.w(e), "doses" | "dose" | "times" | "total");
        if counted {
            e += 1;
        } else if seg.w(i) == "up" {
            continue;
        }
        if seg.free(e) && (dose_unit(seg.w(e)).is_some() || period_unit(seg.w(e)).is_some())
            || is_24h(seg, e).is_some()
            || matches!(seg.w(e), "per" | "a" | "in" | "each" | "every")
        {
            continue;
        }
        if per_episode {
            out.max_per_episode.get_or_insert(v);
        } else if out.max_per_day.is_none() {
            out.max_per_day = Some(MaxPerDay {
                value: v,
                unit: Some("dose".into()),
            });
        }
        seg.take(i, e);
    }
}

fn duration_unit(w: &str) -> Option<&'static str> {
    if matches!(
        w,
        "daily" | "weekly" | "hourly" | "hrly" | "monthly" | "yearly" | "annually"
    ) {
        return None;
    }
    period_unit(w)
}

fn duration(seg: &mut Seg, out: &mut ParsedMed) {
    for i in 0..seg.len() {
        if !seg.free(i) || out.duration.is_some() {
            continue;
        }
        let wd = seg.w(i);
        if !matches!(wd, "for" | "x" | "times" | "during" | "over") {
            continue;
        }
        let mut j = i + 1;
        while matches!(seg.w(j), "for") {
            j += 1;
        }
        let mut upto = false;
        let mut fillers = 0;
        while fillers < 3 {
            match (seg.w(j), seg.w(j + 1)) {
                ("up", "to") => {
                    upto = true;
                    j += 2;
                }
                ("the", _)
                | ("another", _)
                | ("a", "further")
                | ("next", _)
                | ("total", _)
                | ("of", _) => j += 1,
                _ => break,
            }
            fillers += 1;
        }
        if wd != "for" && wd != "over" && upto {
            continue;
        }
        let (lo, hi, mut e) = if let Some(r) = seg.range(j) {
            r
        } else if matches!(seg.w(j), "a" | "an" | "one") && (wd == "for" || wd == "over") {
            (1.0, None, j + 1)
        } else {
            continue;
        };
        if wd == "times" && !matches!(seg.w(e), "days" | "day" | "weeks" | "week" | "d") {
            continue;
        }
        while matches!(
            seg.w(e),
            "whole" | "more" | "additional" | "further" | "consecutive" | "full"
        ) {
            e += 1;
        }
        if seg.s(e, '-') {
            e += 1;
        }
        let Some(unit) = duration_unit(seg.w(e)) else {
            continue;
        };
        if unit == "min" {
            continue;
        }
        let d = if upto {
            Duration {
                value: 0.0,
                value_max: Some(hi.unwrap_or(lo)),
                unit: unit.to_string(),
            }
        } else {
            Duration {
                value: lo,
                value_max: hi,
                unit: unit.to_string(),
            }
        };
        out.duration = Some(d);
        seg.take(i, e + 1);
    }
}

/// Latin and one-word frequencies.
fn word_freq(wd: &str, eye: bool) -> Option<Freq> {
    let mut f = match wd {
        "qd" | "daily" | "qday" | "qdaily" | "everyday" | "qdly" | "dly" | "once-daily" => {
            fq(1.0, 1.0, "d")
        }
        "od" if !eye => fq(1.0, 1.0, "d"),
        "bid" | "bd" | "bds" | "b.i.d" => fq(2.0, 1.0, "d"),
        "tid" | "tds" => fq(3.0, 1.0, "d"),
        "qid" | "qds" => fq(4.0, 1.0, "d"),
        "qhs" => fq(1.0, 1.0, "d"),
        "qam" | "qmorning" => fq(1.0, 1.0, "d"),
        "qpm" | "qevening" => fq(1.0, 1.0, "d"),
        "qod" | "eod" => fq(1.0, 2.0, "d"),
        "qow" => fq(1.0, 2.0, "wk"),
        "qw" | "qwk" | "weekly" | "wkly" | "qweek" => fq(1.0, 1.0, "wk"),
        "biw" => fq(2.0, 1.0, "wk"),
        "tiw" => fq(3.0, 1.0, "wk"),
        "qiw" => fq(4.0, 1.0, "wk"),
        "monthly" | "qmonth" | "qmo" | "qmonthly" => fq(1.0, 1.0, "mo"),
        "fortnightly" => fq(1.0, 2.0, "wk"),
        "nightly" => fq(1.0, 1.0, "d"),
        "hourly" | "qh" => fq(1.0, 1.0, "h"),
        "yearly" | "annually" => fq(1.0, 1.0, "yr"),
        _ => return None,
    };
    f.when = match wd {
        "qhs" => Some("bedtime"),
        "qam" | "qmorning" => Some("morning"),
        "qpm" | "qevening" => Some("evening"),
        "nightly" => Some("night"),
        _ => None,
    };
    Some(f)
}

/// Unit after "every/per/a/each …": "day", "week", "other day", "fortnight".
fn per_unit(seg: &Seg, i: usize) -> Option<(f64, &'static str, usize)> {
    let wd = seg.w(i);
    if wd == "fortnight" {
        return Some((2.0, "wk", i + 1));
    }
    if let Some(u) = period_unit(wd) {
        if matches!(wd, "hourly" | "hrly") {
            return None;
        }
        return Some((1.0, u, i + 1));
    }
    None
}

/// A frequency expression starting at `i`; returns it and the end index.
fn freq_at(seg: &Seg, i: usize, eye: bool) -> Option<(Freq, usize)> {
    let wd = seg.w(i);
    if let Some(f) = word_freq(wd, eye) {
        // "daily" directly after a number of times is handled by the "times" pattern
        return Some((f, i + 1));
    }
    // "b/d", "t/d"
    if matches!(wd, "b" | "t" | "q") && seg.s(i + 1, '/') && seg.w(i + 2) == "d" {
        let f = match wd {
            "b" => 2.0,
            "t" => 3.0,
            _ => 1.0,
        };
        return Some((fq(f, 1.0, "d"), i + 3));
    }
    // once / twice / thrice / N times / N x  …
    let count: Option<(f64, Option<f64>, usize)> = match wd {
        "once" => Some((1.0, None, i + 1)),
        "twice" => Some((2.0, None, i + 1)),
        "thrice" => Some((3.0, None, i + 1)),
        _ => seg.range(i).and_then(|(lo, hi, e)| {
            if matches!(seg.w(e), "times" | "time" | "x") {
                Some((lo, hi, e + 1))
            } else if seg.s(e, '/')
                && matches!(
                    seg.w(e + 1),
                    "d" | "day" | "wk" | "week" | "w" | "hr" | "h" | "mo" | "month"
                )
            {
                Some((lo, hi, e))
            } else {
                None
            }
        }),
    };
    if let Some((lo, hi, mut e)) = count {
        if matches!(seg.w(e), "a" | "per" | "each" | "every" | "in" | "an") || seg.s(e, '/') {
            e += 1;
        }
        // "3 times every 4 weeks"
        let (pn, pe) = match seg.n(e) {
            Some(p) if per_unit(seg, e + 1).is_some() => (Some(p), e + 1),
            _ => (None, e),
        };
        if let Some((mult, unit, end)) = per_unit(seg, pe) {
            let mut f = fq(lo, pn.unwrap_or(1.0) * mult, unit);
            f.fmax = hi;
            return Some((f, end));
        }
        if let Some(mut f) = word_freq(seg.w(pe), eye).filter(|f| f.f == 1.0) {
            // "twice daily", "3 times weekly"
            f.f = lo;
            f.fmax = hi;
            return Some((f, pe + 1));
        }
        if matches!(wd, "twice" | "thrice") && !matches!(seg.w(i + 1), "more" | "only") {
            return Some((fq(lo, 1.0, "d"), i + 1));
        }
        return None;
    }
    // every / each / q / per / a …
    if matches!(wd, "every" | "each" | "q" | "per" | "a" | "an") || (seg.s(i, '/') && i > 0) {
        let mut j = i + 1;
        if seg.w(j) == "other" || seg.w(j) == "alternate" || seg.w(j) == "second" {
            if let Some((mult, unit, end)) = per_unit(seg, j + 1) {
                return Some((fq(1.0, 2.0 * mult, unit), end));
            }
            return None;
        }
        if matches!(wd, "every" | "each" | "q") {
            if let Some(o) = ordinal(seg.w(j))
                && let Some((mult, unit, end)) = per_unit(seg, j + 1)
            {
                return Some((fq(1.0, o * mult, unit), end));
            }
            if let Some((lo, hi, e)) = seg.range(j) {
                // "every 6hrly", "every 4-6 hours", "q 4 h"
                let mut e2 = e;
                if seg.s(e2, '-')
                    && matches!(seg.w(e2 + 1), "hour" | "hourly" | "hrly" | "day" | "week")
                {
                    e2 += 1;
                }
                let uw = seg.w(e2);
                let unit = if matches!(uw, "hourly" | "hrly") {
                    Some((1.0, "h", e2 + 1))
                } else {
                    per_unit(seg, e2)
                };
                if let Some((mult, unit, end)) = unit {
                    let mut f = fq(1.0, lo * mult, unit);
                    f.pmax = hi.map(|h| h * mult);
                    return Some((f, end));
                }
                return None;
            }
        }
        if matches!(wd, "per" | "a" | "an") || seg.s(i, '/') {
            // "per day", "a week", "/day" — only units of a day or more, or hour with "per"
            let k = if matches!(wd, "a" | "an") && seg.w(j) == "single" {
                j + 1
            } else {
                j
            };
            j = k;
        }
        if let Some((mult, unit, end)) = per_unit(seg, j) {
            if matches!(wd, "a" | "an") && unit == "h" {
                return None;
            }
            return Some((fq(1.0, mult, unit), end));
        }
        return None;
    }
    // "6 hourly", "3 hrly", "4-6 hourly", "6-hourly"
    if let Some((lo, hi, mut e)) = seg.range(i) {
        if seg.s(e, '-') {
            e += 1;
        }
        if matches!(seg.w(e), "hourly" | "hrly") {
            let mut f = fq(1.0, lo, "h");
            f.pmax = hi;
            return Some((f, e + 1));
        }
    }
    if wd == "alternate" && matches!(seg.w(i + 1), "day" | "days") {
        return Some((fq(1.0, 2.0, "d"), i + 2));
    }
    if wd == "on" && seg.w(i + 1) == "alternate" && matches!(seg.w(i + 2), "day" | "days") {
        return Some((fq(1.0, 2.0, "d"), i + 3));
    }
    None
}

/// Time-of-day and meal anchors: (count, label, end).
fn anchor_at(seg: &Seg, i: usize) -> Option<(f64, &'static str, usize)> {
    let wd = seg.w(i);
    let prev = if i > 0 { seg.w(i - 1) } else { "" };
    Some(match wd {
        "morning" | "mornings" | "mane" | "am" | "breakfast" | "waking" => {
            if wd == "breakfast" && prev == "before" {
                (1.0, "before breakfast", i + 1)
            } else {
                (1.0, "morning", i + 1)
            }
        }
        "noon" | "midday" | "lunch" | "lunchtime" => (1.0, "noon", i + 1),
        "afternoon" => (1.0, "afternoon", i + 1),
        "evening" | "evenings" | "pm" | "dinner" | "supper" | "teatime" => (1.0, "evening", i + 1),
        "night" | "nights" | "nocte" | "tonight" | "midnight" | "nighttime" | "nite" | "tonite" => {
            let e = if seg.w(i + 1) == "time" { i + 2 } else { i + 1 };
            (1.0, "night", e)
        }
        "bedtime" | "hs" => (1.0, "bedtime", i + 1),
        "bed" if prev == "at" || prev == "before" => (1.0, "bedtime", i + 1),
        "meals" | "meal" | "food" | "meal-times" | "mealtimes" | "ac" | "pc" => {
            if matches!(wd, "meal" | "food") && !matches!(prev, "after" | "with" | "before") {
                return None;
            }
            let label = match (wd, prev) {
                ("ac", _) | (_, "before") => "before meals",
                ("pc", _) | (_, "after") => "after meals",
                _ => "with meals",
            };
            (3.0, label, i + 1)
        }
        _ => return None,
    })
}

const WEEK: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

type TimingResult = (Option<Freq>, bool, Vec<Anchor>, Vec<&'static str>);

fn timing(seg: &mut Seg, eye: bool) -> TimingResult {
    let mut freq: Option<Freq> = None;
    let mut upto = false;
    let mut anchors: Vec<Anchor> = Vec::new();
    let mut days: Vec<&'static str> = Vec::new();
    let mut i = 0;
    while i < seg.len() {
        if !seg.free(i) {
            i += 1;
            continue;
        }
        // clock times: "8 am", "6pm", "10:00"
        if let Some(h) = seg.n(i)
            && matches!(seg.w(i + 1), "am" | "pm")
            && (1.0..=12.0).contains(&h)
        {
            let label = match (seg.w(i + 1), h) {
                ("am", x) if (5.0..12.0).contains(&x) => "morning",
                ("am", 12.0) => "night",
                ("am", _) => "night",
                ("pm", x) if !(5.0..12.0).contains(&x) => "afternoon",
                ("pm", x) if x < 9.0 => "evening",
                _ => "night",
            };
            anchors.push(Anchor {
                pos: i,
                count: 1.0,
                label,
                clock: true,
            });
            seg.take(i, i + 2);
            i += 2;
            continue;
        }
        if let Some(d) = weekday(seg.w(i)) {
            // "mon-fri", "monday through friday"
            let range_end =
                if seg.s(i + 1, '-') || matches!(seg.w(i + 1), "through" | "thru" | "to") {
                    weekday(seg.w(i + 2))
                } else {
                    None
                };
            if let Some(last) = range_end {
                let a = WEEK.iter().position(|x| *x == d).unwrap_or(0);
                let b = WEEK.iter().position(|x| *x == last).unwrap_or(a);
                let mut k = a;
                for _ in 0..7 {
                    if !days.contains(&WEEK[k]) {
                        days.push(WEEK[k]);
                    }
                    if k == b {
                        break;
                    }
                    k = (k + 1) % 7;
                }
                seg.take(i, i + 3);
                i += 3;
                continue;
            }
            if !days.contains(&d) {
                days.push(d);
            }
            seg.take(i, i + 1);
            i += 1;
            continue;
        }
        if matches!(seg.w(i), "weekdays" | "weekday") {
            for d in ["monday", "tuesday", "wednesday", "thursday", "friday"] {
                if !days.contains(&d) {
                    days.push(d);
                }
            }
            seg.take(i, i + 1);
            i += 1;
            continue;
        }
        if matches!(seg.w(i), "weekends" | "weekend") {
            for d in ["saturday", "sunday"] {
                if !days.contains(&d) {
                    days.push(d);
                }
            }
            seg.take(i, i + 1);
            i += 1;
            continue;
        }
        if freq.is_none() {
            let is_upto = seg.w(i) == "up" && seg.w(i + 1) == "to";
            let start = if is_upto { i + 2 } else { i };
            if let Some((mut f, mut e)) = freq_at(seg, start, eye) {
                // ranges of two frequencies: "bid-tid", "tds-qds", "4 hrly or 5 hrly"
                if (seg.s(e, '-') || matches!(seg.w(e), "to" | "or"))
                    && let Some((g, e2)) = freq_at(seg, e + 1, eye)
                    && g.unit == f.unit
                {
                    if g.p == f.p && g.f > f.f {
                        f.fmax = Some(g.f);
                        e = e2;
                    } else if g.f == f.f && g.p > f.p {
                        f.pmax = Some(g.p);
                        e = e2;
                    }
                }
                upto = is_upto;
                seg.take(i, e);
                freq = Some(f);
                i = e;
                continue;
            }
        } else if let Some((_, e)) = freq_at(seg, i, eye) {
            // a second, restating frequency ("twice daily (every 12 hours)")
            seg.take(i, e);
            i = e;
            continue;
        }
        if let Some((count, label, e)) = anchor_at(seg, i) {
            anchors.push(Anchor {
                pos: i,
                count,
                label,
                clock: false,
            });
            seg.take(i, e);
            i = e;
            continue;
        }
        i += 1;
    }
    (freq, upto, anchors, days)
}

fn spoon_ml(wd: &str) -> Option<f64> {
    match wd {
        "teaspoon" | "teaspoons" | "tsp" | "tsps" | "teaspoonful" | "teaspoonfuls" => Some(5.0),
        "tablespoon" | "tablespoons" | "tbsp" | "tbsps" | "tablespoonful" => Some(15.0),
        "spoonful" | "spoonfuls" | "spoonsful" | "spoon" | "spoons" | "medicine" => Some(5.0),
        _ => None,
    }
}

/// Reads an amount with its unit at `i`: (lo, hi, unit, end). Handles "2x5ml spoonfuls",
/// "three 5ml spoonsful", "1 teaspoon", "500 milligram to 1 gram".
fn amount_at(seg: &Seg, i: usize) -> Option<(f64, Option<f64>, Option<&'static str>, usize)> {
    let (lo, hi, e) = seg.range(i)?;
    // "2 x 5 ml", "three 5ml spoonsful"
    let (mult_at, has_x) = if seg.w(e) == "x" {
        (e + 1, true)
    } else {
        (e, false)
    };
    if let Some(v) = seg.n(mult_at)
        && let Some(u) = dose_unit(seg.w(mult_at + 1))
        && (has_x || spoon_ml(seg.w(mult_at + 2)).is_some())
        && u == "mL"
    {
        let mut end = mult_at + 2;
        if spoon_ml(seg.w(end)).is_some() {
            end += 1;
        }
        return Some((lo * v, hi.map(|h| h * v), Some("mL"), end));
    }
    let uw = seg.w(e);
    if let Some(ml) = spoon_ml(uw) {
        if uw == "medicine" {
            return None;
        }
        return Some((lo * ml, hi.map(|h| h * ml), Some("mL"), e + 1));
    }
    if let Some(u) = dose_unit(uw) {
        // "500 milligram to 1 gram"
        if hi.is_none()
            && matches!(seg.w(e + 1), "to" | "or")
            && let Some(v2) = seg.n(e + 2)
            && let Some(u2) = dose_unit(seg.w(e + 3))
            && is_mass(u)
            && is_mass(u2)
        {
            let f = crate::lexicon::text::mass_in_mg(u2).unwrap_or(1.0)
                / crate::lexicon::text::mass_in_mg(u).unwrap_or(1.0);
            return Some((lo, Some(v2 * f), Some(u), e + 4));
        }
        // "1 tablet(s)"
        let mut end = e + 1;
        if seg.s(end, '(') && seg.w(end + 1) == "s" && seg.s(end + 2, ')') {
            end += 3;
        }
        return Some((lo, hi, Some(u), end));
    }
    if seg.s(e, '%') {
        return None;
    }
    Some((lo, hi, None, e))
}

fn split_or_single_dose(seg: &mut Seg, out: &mut ParsedMed, anchors: &[Anchor]) {
    // split dose: an amount before each of two or more anchors
    let mut split: Vec<(usize, f64, Option<&'static str>, usize)> = Vec::new();
    let mut lower = 0usize;
    for an in anchors.iter().filter(|a| !a.clock) {
        let mut found = None;
        let mut k = an.pos;
        let mut steps = 0;
        while k > lower && steps < 8 {
            k -= 1;
            steps += 1;
            if seg.free(k)
                && seg.n(k).is_some()
                && let Some((lo, None, unit, end)) = amount_at(seg, k)
                && end <= an.pos
            {
                found = Some((k, lo, unit, end));
                break;
            }
        }
        if let Some(f) = found {
            lower = an.pos;
            split.push(f);
        }
    }
    if split.len() >= 2 {
        let total: f64 = split.iter().map(|s| s.1).sum();
        out.daily_total = Some(total);
        let first = split[0].1;
        if split.iter().all(|s| (s.1 - first).abs() < 1e-9) {
            out.dose = Some(first);
        }
        out.dose_unit = split.iter().find_map(|s| s.2).map(String::from);
        for (k, _, _, end) in split {
            seg.take(k, end);
        }
        return;
    }
    dose(seg, out);
}

fn dose(seg: &mut Seg, out: &mut ParsedMed) {
    for i in 0..seg.len() {
        if !seg.free(i) {
            continue;
        }
        let prev = if i > 0 { seg.w(i - 1) } else { "" };
        let wd = seg.w(i);
        // "a tablet", "an inhalation"
        if matches!(wd, "a" | "an" | "single")
            && let Some(u) = dose_unit(seg.w(i + 1))
            && u != "dose"
        {
            out.dose = Some(1.0);
            out.dose_unit = Some(u.to_string());
            seg.take(i, i + 2);
            mass_after(seg, out, i + 2);
            return;
        }
        // roman numerals in Latin sigs: "i tab", "ii caps"
        let roman = match wd {
            "i" => Some(1.0),
            "ii" => Some(2.0),
            "iii" => Some(3.0),
            "iv" => Some(4.0),
            _ => None,
        };
        if let Some(v) = roman
            && let Some(u) = dose_unit(seg.w(i + 1))
        {
            out.dose = Some(v);
            out.dose_unit = Some(u.to_string());
            seg.take(i, i + 2);
            return;
        }
        if seg.n(i).is_none() || matches!(prev, "in" | "into" | "with" | "of" | "#") {
            continue;
        }
        let Some((lo, hi, unit, end)) = amount_at(seg, i) else {
            continue;
        };
        // "up to 2 tablets"
        let up_to = i >= 2 && seg.w(i - 2) == "up" && prev == "to";
        if up_to {
            out.dose_max = Some(hi.unwrap_or(lo));
        } else {
            out.dose = Some(lo);
            out.dose_max = hi;
        }
        out.dose_unit = unit.map(String::from);
        seg.take(i, end);
        if unit.is_none_or(|u| !is_mass(u)) {
            mass_after(seg, out, end);
        }
        return;
    }
}

/// "1 tablet (40 mg)", "2 tabs = 1000 mg", "1 tablet 40 mg total".
fn mass_after(seg: &mut Seg, out: &mut ParsedMed, from: usize) {
    let mut k = from;
    let lim = (from + 4).min(seg.len());
    while k < lim {
        if !seg.free(k) {
            k += 1;
            continue;
        }
        if seg.s(k, '(') || seg.s(k, '=') || matches!(seg.w(k), "of" | "or" | "each" | "containing")
        {
            k += 1;
            continue;
        }
        if seg.n(k).is_some()
            && let Some((lo, hi, Some(u), end)) = amount_at(seg, k)
            && (is_mass(u) || u == "unit")
        {
            out.dose_mass = Some(lo);
            out.dose_mass_max = hi;
            out.dose_mass_unit = Some(u.to_string());
            let mut e = end;
            if seg.w(e) == "total" || seg.s(e, ')') {
                e += 1;
            }
            seg.take(k, e);
        }
        break;
    }
}

fn indication(seg: &mut Seg, out: &mut ParsedMed) {
    for i in 0..seg.len() {
        if !seg.free(i) {
            continue;
        }
        let wd = seg.w(i);
        let start = if wd == "for" {
            let mut j = i + 1;
            while seg.w(j) == "for" {
                j += 1;
            }
            j
        } else if wd == "to"
            && matches!(
                seg.w(i + 1),
                "reduce"
                    | "lower"
                    | "treat"
                    | "prevent"
                    | "control"
                    | "relieve"
                    | "help"
                    | "manage"
            )
        {
            i + 2
        } else {
            continue;
        };
        let j = phrase_end(seg, start);
        if j > start && j - start <= 6 {
            let mut text = seg.text(start, j);
            text = match text.as_str() {
                "bp" | "b/p" | "high bp" | "htn" | "high blood pressure" => "blood pressure".into(),
                "sob" => "shortness of breath".into(),
                _ => text,
            };
            seg.take(i, j);
            if out.prn && out.prn_reason.is_none() {
                out.prn_reason = Some(text.clone());
            }
            out.indication = Some(text);
            return;
        }
    }
    if out.indication.is_none()
        && let Some(r) = &out.prn_reason
    {
        out.indication = Some(r.clone());
    }
}

/// End of a free-text phrase (reason, indication) starting at `start`: stops at numbers,
/// punctuation (except "/" and "-"), the drug name and instruction words.
fn phrase_end(seg: &Seg, start: usize) -> usize {
    let mut j = start;
    while j < seg.len() && seg.free(j) {
        let t = seg.t[j];
        let stop = match t.kind {
            TokKind::Num(_) => true,
            TokKind::Sym(c) => !matches!(c, '/' | '-' | '\''),
            TokKind::Word => {
                let x = t.word();
                matches!(
                    x,
                    "when"
                        | "if"
                        | "as"
                        | "then"
                        | "prn"
                        | "every"
                        | "daily"
                        | "take"
                        | "and"
                        | "with"
                        | "at"
                        | "do"
                        | "not"
                        | "may"
                        | "until"
                        | "during"
                        | "in"
                        | "by"
                        | "twice"
                        | "once"
                        | "for"
                        | "max"
                        | "maximum"
                        | "use"
                        | "apply"
                        | "give"
                        | "repeat"
                        | "up"
                ) || word_freq(x, false).is_some()
                    || dose_unit(x).is_some()
                    || period_unit(x).is_some()
                    // "x3", "x 3 doses": a count, not a word of the phrase
                    || (x == "x" && seg.n(j + 1).is_some())
            }
        };
        if stop || seg.is_drug(j) {
            break;
        }
        j += 1;
    }
    j
}

/// Corticosteroids used both inhaled and in the nose (fluticasone, mometasone,
/// budesonide…) keep only the class of the route this line uses, so that Flonase and an
/// inhaled corticosteroid are not reported as the same therapy.
fn refine_classes_by_route(med: &mut ParsedMed) {
    let drop: &[&str] = match med.route.as_deref() {
        Some("nasal") => &["inhaled corticosteroid"],
        Some("inhalation") => &["intranasal corticosteroid"],
        Some(_) => &["inhaled corticosteroid", "intranasal corticosteroid"],
        None => &[],
    };
    if drop.is_empty() {
        return;
    }
    med.classes.retain(|c| !drop.contains(&c.as_str()));
}
