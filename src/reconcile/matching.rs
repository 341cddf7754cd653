//! Pairs saved and new medications by their set of active ingredients, so brand and
//! generic names, synonyms and salt forms meet, and a combination product meets its
//! parts written separately (one item with several entries on one side).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::facts::Facts;
use super::report::MatchKind;

/// One item of the report: the saved and new entries that describe one medication.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Group {
    pub saved: Vec<usize>,
    pub new: Vec<usize>,
    pub kind: MatchKind,
    /// Paired because the ingredient sets overlap without being equal.
    pub partial: bool,
}

/// Components larger than this are matched greedily instead of by exhaustive search.
const EXHAUSTIVE_LIMIT: usize = 14;
/// Above this many candidate pairs for one ingredient set, pair in bulk (linear time).
const PAIR_LIMIT: usize = 4096;
/// Upper bound on search steps within one component.
const STEP_LIMIT: usize = 50_000;

#[derive(Debug, Clone)]
struct Cand {
    saved: Vec<usize>,
    new: Vec<usize>,
    quality: i64,
}

/// Partitions both lists into items. Every saved and every new position appears in
/// exactly one group.
pub(crate) fn match_lists(saved: &[Facts], new: &[Facts]) -> Vec<Group> {
    let ns = saved.len();
    let total = ns + new.len();
    // union-find over all entries, joined by shared ingredient
    let mut parent: Vec<usize> = (0..total).collect();
    fn find(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    // Only looked up, never walked in order: a hash map spares comparing long keys
    // ("~" and a whole unknown line) a dozen times each.
    let mut first_with: HashMap<&str, usize> = HashMap::with_capacity(total);
    let key_of = |i: usize| -> &Vec<String> {
        if i < ns {
            &saved[i].key
        } else {
            &new[i - ns].key
        }
    };
    for i in 0..total {
        for ing in key_of(i) {
            match first_with.get(ing.as_str()) {
                Some(&j) => {
                    let (a, b) = (find(&mut parent, i), find(&mut parent, j));
                    if a != b {
                        parent[a] = b;
                    }
                }
                None => {
                    first_with.insert(ing.as_str(), i);
                }
            }
        }
    }
    // The components in order of their root, each one's entries in index order (saved
    // entries first, as their indices are lower). Against a large binder nearly every
    // component is one saved medication alone, so nothing is built for those.
    let roots: Vec<usize> = (0..total).map(|i| find(&mut parent, i)).collect();
    let mut order: Vec<usize> = (0..total).collect();
    order.sort_by_key(|&i| roots[i]);

    let mut groups: Vec<Group> = Vec::new();
    let mut used_s = vec![false; ns];
    let mut used_n = vec![false; new.len()];
    for comp in order.chunk_by(|&a, &b| roots[a] == roots[b]) {
        let (cs, cn) = comp.split_at(comp.partition_point(|&i| i < ns));
        if cs.is_empty() || cn.is_empty() {
            continue;
        }
        let cn: Vec<usize> = cn.iter().map(|&n| n - ns).collect();
        let has_combo =
            cs.iter().any(|&s| saved[s].key.len() > 1) || cn.iter().any(|&n| new[n].key.len() > 1);
        let chosen = if has_combo && cs.len() + cn.len() <= EXHAUSTIVE_LIMIT {
            exhaustive(cs, &cn, saved, new).unwrap_or_else(|| greedy(cs, &cn, saved, new))
        } else {
            greedy(cs, &cn, saved, new)
        };
        for c in chosen {
            for &s in &c.saved {
                used_s[s] = true;
            }
            for &n in &c.new {
                used_n[n] = true;
            }
            let kind = match_kind(&c.saved, &c.new, saved, new);
            groups.push(Group {
                saved: c.saved,
                new: c.new,
                kind,
                partial: false,
            });
        }
    }
    // Combination products whose ingredient sets overlap without being equal.
    let mut partial: Vec<(usize, usize, usize)> = Vec::new();
    for (s, fs) in saved.iter().enumerate() {
        if used_s[s] || fs.ingredients.len() < 2 {
            continue;
        }
        for (n, fnw) in new.iter().enumerate() {
            if used_n[n] || fnw.ingredients.len() < 2 {
                continue;
            }
            let common = fs
                .ingredients
                .iter()
                .filter(|i| fnw.ingredients.contains(i))
                .count();
            if common > 0 {
                partial.push((common, s, n));
            }
        }
    }
    partial.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    for (_, s, n) in partial {
        if used_s[s] || used_n[n] {
            continue;
        }
        used_s[s] = true;
        used_n[n] = true;
        groups.push(Group {
            saved: vec![s],
            new: vec![n],
            kind: MatchKind::None,
            partial: true,
        });
    }
    for (s, u) in used_s.iter().enumerate() {
        if !u {
            groups.push(Group {
                saved: vec![s],
                new: vec![],
                kind: MatchKind::None,
                partial: false,
            });
        }
    }
    for (n, u) in used_n.iter().enumerate() {
        if !u {
            groups.push(Group {
                saved: vec![],
                new: vec![n],
                kind: MatchKind::None,
                partial: false,
            });
        }
    }
    for g in groups.iter_mut() {
        g.saved.sort_unstable();
        g.new.sort_unstable();
    }
    groups.sort_by_key(|g| match g.saved.first() {
        Some(&s) => (0, s, g.new.first().copied().unwrap_or(0)),
        None => (1, g.new.first().copied().unwrap_or(0), 0),
    });
    groups
}

/// How alike two entries with the same ingredients are (higher = better pair).
fn pair_quality(a: &Facts, b: &Facts) -> i64 {
    let mut q = 0;
    if !a.name.is_empty() && a.base_name() == b.base_name() {
        q += 8;
    }
    if !a.per_admin.is_empty()
        && a.per_admin.len() == b.per_admin.len()
        && a.per_admin.iter().zip(&b.per_admin).all(|(x, y)| x.same(y))
    {
        q += 4;
    }
    if a.freq.is_some() && a.freq == b.freq {
        q += 2;
    }
    if a.extended_release == b.extended_release {
        q += 1;
    }
    if a.form == b.form {
        q += 1;
    }
    if a.prn == b.prn {
        q += 1;
    }
    q
}

fn is_subset(small: &[String], big: &[String]) -> bool {
    small.iter().all(|x| big.contains(x))
}

/// All ways to write `target` (a combination's ingredients) as disjoint products from
/// `pool` (at least two of them).
fn covers(
    target: &[String],
    pool: &[usize],
    facts: &[Facts],
    limit: &mut usize,
) -> Vec<Vec<usize>> {
    let candidates: Vec<usize> = pool
        .iter()
        .copied()
        .filter(|&i| is_subset(&facts[i].key, target) && facts[i].key.len() < target.len())
        .collect();
    let mut out = Vec::new();
    let mut chosen = Vec::new();
    let mut covered: BTreeSet<String> = BTreeSet::new();
    fn rec(
        target: &[String],
        cands: &[usize],
        facts: &[Facts],
        chosen: &mut Vec<usize>,
        covered: &mut BTreeSet<String>,
        out: &mut Vec<Vec<usize>>,
        limit: &mut usize,
    ) {
        if *limit == 0 || out.len() >= 64 {
            return;
        }
        *limit -= 1;
        let Some(next) = target.iter().find(|t| !covered.contains(*t)) else {
            if chosen.len() >= 2 {
                out.push(chosen.clone());
            }
            return;
        };
        for &c in cands {
            let k = &facts[c].key;
            if chosen.contains(&c) || !k.contains(next) || k.iter().any(|x| covered.contains(x)) {
                continue;
            }
            chosen.push(c);
            covered.extend(k.iter().cloned());
            rec(target, cands, facts, chosen, covered, out, limit);
            for x in k {
                covered.remove(x);
            }
            chosen.pop();
        }
    }
    rec(
        target,
        &candidates,
        facts,
        &mut chosen,
        &mut covered,
        &mut out,
        limit,
    );
    out
}

fn candidates(cs: &[usize], cn: &[usize], saved: &[Facts], new: &[Facts]) -> Vec<Cand> {
    let mut out = Vec::new();
    for &s in cs {
        for &n in cn {
            if saved[s].key == new[n].key {
                out.push(Cand {
                    saved: vec![s],
                    new: vec![n],
                    quality: pair_quality(&saved[s], &new[n]),
                });
            }
        }
    }
    let mut limit = STEP_LIMIT;
    for &s in cs {
        if saved[s].key.len() >= 2 {
            for cover in covers(&saved[s].key, cn, new, &mut limit) {
                out.push(Cand {
                    saved: vec![s],
                    new: cover,
                    quality: 0,
                });
            }
        }
    }
    for &n in cn {
        if new[n].key.len() >= 2 {
            for cover in covers(&new[n].key, cs, saved, &mut limit) {
                out.push(Cand {
                    saved: cover,
                    new: vec![n],
                    quality: 0,
                });
            }
        }
    }
    out
}

/// Best set of disjoint candidate groups: most entries covered, then best quality.
fn exhaustive(cs: &[usize], cn: &[usize], saved: &[Facts], new: &[Facts]) -> Option<Vec<Cand>> {
    let cands = candidates(cs, cn, saved, new);
    // entries as (side, idx): side 0 saved, 1 new
    let entries: Vec<(u8, usize)> = cs
        .iter()
        .map(|&s| (0u8, s))
        .chain(cn.iter().map(|&n| (1u8, n)))
        .collect();
    let contains = |c: &Cand, e: (u8, usize)| -> bool {
        if e.0 == 0 {
            c.saved.contains(&e.1)
        } else {
            c.new.contains(&e.1)
        }
    };
    struct St {
        best: (usize, i64),
        best_sel: Vec<usize>,
        steps: usize,
    }
    #[allow(clippy::too_many_arguments)]
    fn rec(
        pos: usize,
        entries: &[(u8, usize)],
        cands: &[Cand],
        contains: &dyn Fn(&Cand, (u8, usize)) -> bool,
        used: &mut Vec<(u8, usize)>,
        sel: &mut Vec<usize>,
        score: (usize, i64),
        st: &mut St,
    ) -> bool {
        st.steps += 1;
        if st.steps > STEP_LIMIT {
            return false;
        }
        // Bound: even matching every remaining entry cannot beat the best found.
        if score.0 + (entries.len() - used.len()) < st.best.0 {
            return true;
        }
        let Some(p) = (pos..entries.len()).find(|&p| !used.contains(&entries[p])) else {
            if score > st.best {
                st.best = score;
                st.best_sel = sel.clone();
            }
            return true;
        };
        let e = entries[p];
        for (ci, c) in cands.iter().enumerate() {
            if !contains(c, e) {
                continue;
            }
            let members: Vec<(u8, usize)> = c
                .saved
                .iter()
                .map(|&s| (0u8, s))
                .chain(c.new.iter().map(|&n| (1u8, n)))
                .collect();
            if members.iter().any(|m| used.contains(m)) {
                continue;
            }
            let before = used.len();
            used.extend(members.iter().copied());
            sel.push(ci);
            let ok = rec(
                p + 1,
                entries,
                cands,
                contains,
                used,
                sel,
                (score.0 + members.len(), score.1 + c.quality),
                st,
            );
            sel.pop();
            used.truncate(before);
            if !ok {
                return false;
            }
        }
        // leave this entry unmatched
        used.push(e);
        let ok = rec(p + 1, entries, cands, contains, used, sel, score, st);
        used.pop();
        ok
    }
    let mut st = St {
        best: (0, i64::MIN),
        best_sel: Vec::new(),
        steps: 0,
    };
    let mut used = Vec::new();
    let mut sel = Vec::new();
    if !rec(
        0,
        &entries,
        &cands,
        &contains,
        &mut used,
        &mut sel,
        (0, 0),
        &mut st,
    ) {
        return None;
    }
    Some(st.best_sel.iter().map(|&i| cands[i].clone()).collect())
}

/// Large components: same-ingredient pairs by quality first, then combination covers.
fn greedy(cs: &[usize], cn: &[usize], saved: &[Facts], new: &[Facts]) -> Vec<Cand> {
    let mut by_key: BTreeMap<&Vec<String>, (Vec<usize>, Vec<usize>)> = BTreeMap::new();
    for &s in cs {
        by_key.entry(&saved[s].key).or_default().0.push(s);
    }
    for &n in cn {
        by_key.entry(&new[n].key).or_default().1.push(n);
    }
    let mut out = Vec::new();
    let mut used_s = BTreeSet::new();
    let mut used_n = BTreeSet::new();
    for (_, (ss, nn)) in by_key {
        if ss.len() * nn.len() > PAIR_LIMIT {
            // Very many entries with one ingredient: pair identical ones, then in order.
            out.extend(pair_in_bulk(&ss, &nn, saved, new, &mut used_s, &mut used_n));
            continue;
        }
        let mut pairs: Vec<(i64, usize, usize)> = Vec::new();
        for &s in &ss {
            for &n in &nn {
                pairs.push((pair_quality(&saved[s], &new[n]), s, n));
            }
        }
        pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        for (q, s, n) in pairs {
            if used_s.contains(&s) || used_n.contains(&n) {
                continue;
            }
            used_s.insert(s);
            used_n.insert(n);
            out.push(Cand {
                saved: vec![s],
                new: vec![n],
                quality: q,
            });
        }
    }
    let mut limit = STEP_LIMIT;
    for &s in cs {
        if used_s.contains(&s) || saved[s].key.len() < 2 {
            continue;
        }
        let pool: Vec<usize> = cn.iter().copied().filter(|n| !used_n.contains(n)).collect();
        if let Some(cover) = covers(&saved[s].key, &pool, new, &mut limit)
            .into_iter()
            .next()
        {
            used_s.insert(s);
            used_n.extend(cover.iter().copied());
            out.push(Cand {
                saved: vec![s],
                new: cover,
                quality: 0,
            });
        }
    }
    for &n in cn {
        if used_n.contains(&n) || new[n].key.len() < 2 {
            continue;
        }
        let pool: Vec<usize> = cs.iter().copied().filter(|s| !used_s.contains(s)).collect();
        if let Some(cover) = covers(&new[n].key, &pool, saved, &mut limit)
            .into_iter()
            .next()
        {
            used_n.insert(n);
            used_s.extend(cover.iter().copied());
            out.push(Cand {
                saved: cover,
                new: vec![n],
                quality: 0,
            });
        }
    }
    out
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum NameKind {
    Generic,
    Brand,
    Synonym,
}

fn name_kind(f: &Facts) -> NameKind {
    let base = f.base_name();
    let n: &str = &base;
    let joined = |sep: &str| f.ingredients.join(sep);
    if f.ingredients.iter().any(|i| i.as_str() == n)
        || (f.ingredients.len() > 1 && f.ingredients.iter().all(|i| n.contains(i.as_str())))
        || n == joined("-")
        || n == joined("/")
    {
        return NameKind::Generic;
    }
    // An abbreviation such as HCTZ, APAP or ASA: short, written without lower case.
    let written = f.display.trim();
    let n_chars = written.chars().count();
    if (2..=5).contains(&n_chars)
        && written
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return NameKind::Synonym;
    }
    match f.is_brand() {
        Some(false) => NameKind::Synonym,
        _ => NameKind::Brand,
    }
}

fn match_kind(s: &[usize], n: &[usize], saved: &[Facts], new: &[Facts]) -> MatchKind {
    if s.len() != 1 || n.len() != 1 {
        return MatchKind::SameIngredients;
    }
    let (a, b) = (&saved[s[0]], &new[n[0]]);
    if !a.name.is_empty() && a.base_name() == b.base_name() {
        return MatchKind::SameName;
    }
    match (name_kind(a), name_kind(b)) {
        (NameKind::Generic, NameKind::Brand) | (NameKind::Brand, NameKind::Generic) => {
            MatchKind::BrandGeneric
        }
        (NameKind::Brand, NameKind::Brand) | (NameKind::Generic, NameKind::Generic) => {
            MatchKind::SameIngredients
        }
        _ => MatchKind::Synonym,
    }
}

/// What must be equal for two entries to be the same line in effect.
fn signature(f: &Facts) -> String {
    let amounts: Vec<String> = f.per_admin.iter().map(|a| a.display()).collect();
    format!(
        "{}|{}|{:?}|{}|{}|{:?}",
        f.base_name(),
        amounts.join("+"),
        f.freq,
        f.prn,
        f.extended_release,
        f.form
    )
}

/// Linear-time pairing for huge same-ingredient groups.
fn pair_in_bulk(
    ss: &[usize],
    nn: &[usize],
    saved: &[Facts],
    new: &[Facts],
    used_s: &mut BTreeSet<usize>,
    used_n: &mut BTreeSet<usize>,
) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut by_sig: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for &n in nn {
        by_sig.entry(signature(&new[n])).or_default().push(n);
    }
    for list in by_sig.values_mut() {
        list.reverse();
    }
    let mut left_s = Vec::new();
    for &s in ss {
        match by_sig.get_mut(&signature(&saved[s])).and_then(Vec::pop) {
            Some(n) => {
                used_s.insert(s);
                used_n.insert(n);
                out.push(Cand {
                    saved: vec![s],
                    new: vec![n],
                    quality: 0,
                });
            }
            None => left_s.push(s),
        }
    }
    let left_n: Vec<usize> = nn.iter().copied().filter(|n| !used_n.contains(n)).collect();
    for (s, n) in left_s.into_iter().zip(left_n) {
        used_s.insert(s);
        used_n.insert(n);
        out.push(Cand {
            saved: vec![s],
            new: vec![n],
            quality: 0,
        });
    }
    out
}
