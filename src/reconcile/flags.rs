//! Safety flags over one list or across both: the same ingredient twice (including
//! inside combinations), two drugs of one specific class, a drug replaced by another of
//! its class, a 1000-fold dose difference, an allergy match, a high-severity
//! interaction, and a daily total above the maximum. Each message informs and points to
//! the pharmacist or doctor; none tells the person to stop or start anything.

use std::collections::{BTreeMap, BTreeSet};

use super::compare::Outcome;
use super::facts::{Allergy, Facts, fmt_num, ingredient_classes, is_supplement, max_daily_mg};
use super::interactions::interaction_table;
use super::matching::Group;
use super::report::{Flag, FlagType, ListSide, NewRef, SavedRef, Status};

/// A specific drug class: two different members on one list are a duplication.
pub(crate) struct ClassGroup {
    pub label: &'static str,
    /// Lexicon class labels (lower-case) that mean this group.
    pub classes: &'static [&'static str],
    pub members: &'static [&'static str],
    /// Only for medicines taken this way (unknown route counts too).
    pub route: Option<&'static str>,
}

const fn g(
    label: &'static str,
    classes: &'static [&'static str],
    members: &'static [&'static str],
) -> ClassGroup {
    ClassGroup {
        label,
        classes,
        members,
        route: None,
    }
}

/// Classes specific enough that two members are a therapeutic duplication. Broad
/// classes ("antihypertensive", "analgesic") are deliberately absent, and so are
/// antiplatelets (aspirin with clopidogrel is usually intended) and aspirin as an NSAID.
pub(crate) const CLASS_GROUPS: &[ClassGroup] = &[
    g(
        "renin-angiotensin system blockers (ACE inhibitor, ARB)",
        &[
            "ace inhibitor",
            "arb",
            "angiotensin ii receptor blocker",
            "angiotensin receptor blocker",
            "angiotensin-converting enzyme inhibitor",
            "renin inhibitor",
        ],
        &[
            "benazepril",
            "captopril",
            "enalapril",
            "fosinopril",
            "lisinopril",
            "moexipril",
            "perindopril",
            "quinapril",
            "ramipril",
            "trandolapril",
            "azilsartan",
            "candesartan",
            "eprosartan",
            "irbesartan",
            "losartan",
            "olmesartan",
            "telmisartan",
            "valsartan",
            "aliskiren",
        ],
    ),
    g(
        "proton pump inhibitors",
        &["proton pump inhibitor", "ppi"],
        &[
            "omeprazole",
            "esomeprazole",
            "lansoprazole",
            "dexlansoprazole",
            "pantoprazole",
            "rabeprazole",
        ],
    ),
    g(
        "SSRI antidepressants",
        &["ssri", "selective serotonin reuptake inhibitor"],
        &[
            "citalopram",
            "escitalopram",
            "fluoxetine",
            "fluvoxamine",
            "paroxetine",
            "sertraline",
        ],
    ),
    g(
        "SNRI antidepressants",
        &["snri", "serotonin-norepinephrine reuptake inhibitor"],
        &[
            "venlafaxine",
            "desvenlafaxine",
            "duloxetine",
            "milnacipran",
            "levomilnacipran",
        ],
    ),
    g(
        "statins",
        &["statin", "hmg-coa reductase inhibitor"],
        &[
            "atorvastatin",
            "fluvastatin",
            "lovastatin",
            "pitavastatin",
            "pravastatin",
            "rosuvastatin",
            "simvastatin",
        ],
    ),
    g(
        "NSAIDs",
        &[],
        &[
            "ibuprofen",
            "naproxen",
            "diclofenac",
            "meloxicam",
            "celecoxib",
            "etodolac",
            "indomethacin",
            "ketorolac",
            "nabumetone",
            "piroxicam",
            "sulindac",
            "oxaprozin",
            "ketoprofen",
            "flurbiprofen",
            "diflunisal",
            "mefenamic acid",
            "fenoprofen",
            "tolmetin",
        ],
    ),
    g(
        "benzodiazepines",
        &["benzodiazepine"],
        &[
            "alprazolam",
            "chlordiazepoxide",
            "clonazepam",
            "clorazepate",
            "diazepam",
            "lorazepam",
            "oxazepam",
            "temazepam",
            "triazolam",
            "midazolam",
        ],
    ),
    g(
        "opioids",
        &["opioid", "opioid analgesic"],
        &[
            "codeine",
            "hydrocodone",
            "hydromorphone",
            "morphine",
            "oxycodone",
            "oxymorphone",
            "tramadol",
            "tapentadol",
            "fentanyl",
            "methadone",
            "buprenorphine",
            "meperidine",
        ],
    ),
    g(
        "sulfonylureas",
        &["sulfonylurea"],
        &["glipizide", "glyburide", "glimepiride", "gliclazide"],
    ),
    g(
        "beta blockers",
        &["beta blocker", "beta-blocker", "beta-adrenergic blocker"],
        &[
            "atenolol",
            "bisoprolol",
            "carvedilol",
            "labetalol",
            "metoprolol",
            "nadolol",
            "nebivolol",
            "propranolol",
            "sotalol",
            "acebutolol",
            "pindolol",
            "timolol",
        ],
    ),
    g(
        "thiazide diuretics",
        &["thiazide diuretic", "thiazide-like diuretic"],
        &[
            "hydrochlorothiazide",
            "chlorthalidone",
            "indapamide",
            "metolazone",
            "chlorothiazide",
        ],
    ),
    g(
        "loop diuretics",
        &["loop diuretic"],
        &["furosemide", "bumetanide", "torsemide", "ethacrynic acid"],
    ),
    g(
        "anticoagulants",
        &[
            "anticoagulant",
            "factor xa inhibitor",
            "direct oral anticoagulant",
            "vitamin k antagonist",
            "direct thrombin inhibitor",
        ],
        &[
            "warfarin",
            "apixaban",
            "rivaroxaban",
            "dabigatran",
            "edoxaban",
            "enoxaparin",
            "dalteparin",
            "heparin",
            "fondaparinux",
        ],
    ),
    g(
        "P2Y12 antiplatelets",
        &["p2y12 inhibitor"],
        &["clopidogrel", "prasugrel", "ticagrelor", "ticlopidine"],
    ),
    g(
        "GLP-1 receptor agonists",
        &["glp-1 receptor agonist", "glp-1 agonist"],
        &[
            "semaglutide",
            "liraglutide",
            "dulaglutide",
            "exenatide",
            "tirzepatide",
            "lixisenatide",
        ],
    ),
    g(
        "DPP-4 inhibitors",
        &["dpp-4 inhibitor"],
        &["sitagliptin", "saxagliptin", "linagliptin", "alogliptin"],
    ),
    g(
        "SGLT2 inhibitors",
        &["sglt2 inhibitor"],
        &[
            "empagliflozin",
            "dapagliflozin",
            "canagliflozin",
            "ertugliflozin",
        ],
    ),
    g(
        "dihydropyridine calcium channel blockers",
        &[
            "dihydropyridine ccb",
            "dihydropyridine calcium channel blocker",
        ],
        &[
            "amlodipine",
            "nifedipine",
            "felodipine",
            "isradipine",
            "nicardipine",
            "nisoldipine",
        ],
    ),
    g(
        "non-dihydropyridine calcium channel blockers",
        &[
            "non-dihydropyridine ccb",
            "non-dihydropyridine calcium channel blocker",
        ],
        &["diltiazem", "verapamil"],
    ),
    g(
        "H2 blockers",
        &[
            "h2 blocker",
            "h2 receptor antagonist",
            "h2-receptor antagonist",
        ],
        &["famotidine", "cimetidine", "nizatidine", "ranitidine"],
    ),
    g(
        "non-sedating antihistamines",
        &["second-generation antihistamine"],
        &[
            "cetirizine",
            "levocetirizine",
            "loratadine",
            "desloratadine",
            "fexofenadine",
        ],
    ),
    g(
        "bisphosphonates",
        &["bisphosphonate"],
        &[
            "alendronate",
            "risedronate",
            "ibandronate",
            "zoledronic acid",
        ],
    ),
    g(
        "long-acting insulins",
        &["long-acting insulin", "basal insulin"],
        &["insulin glargine", "insulin detemir", "insulin degludec"],
    ),
    g(
        "rapid-acting insulins",
        &["rapid-acting insulin"],
        &["insulin lispro", "insulin aspart", "insulin glulisine"],
    ),
    g(
        "gabapentinoids",
        &["gabapentinoid"],
        &["gabapentin", "pregabalin"],
    ),
    g(
        "triptans",
        &["triptan"],
        &[
            "sumatriptan",
            "rizatriptan",
            "zolmitriptan",
            "eletriptan",
            "naratriptan",
            "almotriptan",
            "frovatriptan",
        ],
    ),
    g(
        "systemic corticosteroids",
        &["systemic corticosteroid"],
        &[
            "prednisone",
            "prednisolone",
            "methylprednisolone",
            "dexamethasone",
            "hydrocortisone",
        ],
    ),
    g(
        "skeletal muscle relaxants",
        &["skeletal muscle relaxant"],
        &[
            "cyclobenzaprine",
            "methocarbamol",
            "tizanidine",
            "baclofen",
            "carisoprodol",
            "metaxalone",
        ],
    ),
    g(
        "5-alpha reductase inhibitors",
        &["5-alpha reductase inhibitor"],
        &["finasteride", "dutasteride"],
    ),
    ClassGroup {
        label: "inhaled corticosteroids",
        classes: &["inhaled corticosteroid", "ics"],
        members: &[
            "beclomethasone",
            "budesonide",
            "ciclesonide",
            "flunisolide",
            "fluticasone",
            "mometasone",
        ],
        route: Some("inhalation"),
    },
    ClassGroup {
        label: "long-acting beta agonists",
        classes: &[
            "long-acting beta agonist",
            "laba",
            "long-acting beta2 agonist",
        ],
        members: &[
            "salmeterol",
            "formoterol",
            "vilanterol",
            "olodaterol",
            "arformoterol",
            "indacaterol",
        ],
        route: Some("inhalation"),
    },
    ClassGroup {
        label: "long-acting muscarinic antagonists",
        classes: &["long-acting muscarinic antagonist", "lama"],
        members: &[
            "tiotropium",
            "umeclidinium",
            "aclidinium",
            "glycopyrrolate",
            "revefenacin",
        ],
        route: Some("inhalation"),
    },
];

/// Groups for allergy cross-matching (wider than duplication: aspirin is an NSAID here).
const ALLERGY_GROUPS: &[(&str, &[&str])] = &[
    (
        "penicillins",
        &[
            "penicillin",
            "amoxicillin",
            "ampicillin",
            "dicloxacillin",
            "nafcillin",
            "oxacillin",
            "piperacillin",
            "penicillin v",
            "penicillin g",
        ],
    ),
    (
        "sulfonamide antibiotics",
        &["sulfamethoxazole", "sulfadiazine", "sulfasalazine", "sulfa"],
    ),
    (
        "NSAIDs",
        &[
            "aspirin",
            "ibuprofen",
            "naproxen",
            "diclofenac",
            "meloxicam",
            "celecoxib",
            "ketorolac",
            "indomethacin",
            "nsaid",
            "nsaids",
        ],
    ),
    (
        "cephalosporins",
        &[
            "cephalexin",
            "cefazolin",
            "cefuroxime",
            "cefdinir",
            "ceftriaxone",
            "cefpodoxime",
            "cefadroxil",
            "cephalosporin",
        ],
    ),
    (
        "ACE inhibitors",
        &[
            "lisinopril",
            "enalapril",
            "ramipril",
            "benazepril",
            "captopril",
            "quinapril",
            "ace inhibitor",
            "ace inhibitors",
        ],
    ),
    (
        "statins",
        &[
            "atorvastatin",
            "simvastatin",
            "rosuvastatin",
            "pravastatin",
            "lovastatin",
            "statin",
            "statins",
        ],
    ),
    (
        "opioids",
        &[
            "codeine",
            "morphine",
            "hydrocodone",
            "oxycodone",
            "hydromorphone",
            "tramadol",
            "opioid",
            "opioids",
            "opiate",
            "opiates",
        ],
    ),
];

impl ClassGroup {
    fn has(&self, ingredient: &str, classes: &[String]) -> bool {
        self.members.contains(&ingredient)
            || classes.iter().any(|c| self.classes.contains(&c.as_str()))
    }

    fn route_ok(&self, f: &Facts) -> bool {
        match (self.route, f.route.as_deref()) {
            (Some(want), Some(r)) => r == want,
            (None, _) => !is_local(f),
            _ => true,
        }
    }
}

/// Applied to the eye, ear, nose or skin: little reaches the rest of the body, so such a
/// product neither duplicates nor interacts with a systemic drug of the same class.
fn is_local(f: &Facts) -> bool {
    matches!(
        f.route.as_deref(),
        Some("ophthalmic" | "otic" | "topical" | "nasal")
    )
}

/// Whether `ing`, of lexicon classes `classes`, belongs to `grp`.
fn ingredient_in_group(grp: &ClassGroup, ing: &str, classes: &[String]) -> bool {
    if ing == "aspirin" && grp.label == "NSAIDs" {
        return false;
    }
    grp.has(ing, classes)
}

/// For each ingredient on either list, the indices of the [`CLASS_GROUPS`] it belongs to
/// (looked up once: the lexicon is consulted per ingredient, not per pair).
struct Groups(BTreeMap<String, Vec<usize>>);

impl Groups {
    fn new(lists: &[&[Facts]]) -> Groups {
        let mut m: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for l in lists {
            for f in l.iter() {
                for ing in &f.ingredients {
                    if !m.contains_key(ing) {
                        let classes = ingredient_classes(ing);
                        let g = CLASS_GROUPS
                            .iter()
                            .enumerate()
                            .filter(|(_, grp)| ingredient_in_group(grp, ing, &classes))
                            .map(|(i, _)| i)
                            .collect();
                        m.insert(ing.clone(), g);
                    }
                }
            }
        }
        Groups(m)
    }

    /// The indices of the groups `ing` belongs to, in order.
    fn of_ingredient(&self, ing: &str) -> &[usize] {
        self.0.get(ing).map_or(&[], Vec::as_slice)
    }

    /// Group indices any ingredient of `f` belongs to (taking the group's route into account).
    fn of(&self, f: &Facts) -> BTreeSet<usize> {
        f.ingredients
            .iter()
            .flat_map(|i| self.0.get(i).into_iter().flatten().copied())
            .filter(|&gi| CLASS_GROUPS[gi].route_ok(f))
            .collect()
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn side_word(side: ListSide) -> &'static str {
    match side {
        ListSide::Saved => "your saved list",
        ListSide::New => "the new list",
    }
}

/// One list as the flag code sees it.
struct ListView<'a> {
    side: ListSide,
    facts: &'a [Facts],
    saved_refs: &'a [SavedRef],
    new_refs: &'a [NewRef],
}

impl ListView<'_> {
    fn refs(&self, idx: &[usize]) -> (Vec<String>, Vec<usize>) {
        match self.side {
            ListSide::Saved => (
                idx.iter().map(|&i| self.saved_refs[i].id.clone()).collect(),
                vec![],
            ),
            ListSide::New => (
                vec![],
                idx.iter().map(|&i| self.new_refs[i].index).collect(),
            ),
        }
    }

    /// "a, b, c" (at most six, then "and N more").
    fn names(&self, idx: &[usize]) -> String {
        let shown: Vec<_> = idx.iter().take(6).map(|&i| self.facts[i].label()).collect();
        let mut s = shown.join(", ");
        if idx.len() > 6 {
            s.push_str(&format!(" and {} more", idx.len() - 6));
        }
        s
    }
}

/// Whether two entries on one list could be taken the same way (route and site).
fn could_overlap(a: &Facts, b: &Facts) -> bool {
    let route_ok = match (&a.route, &b.route) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    let site_ok = match (&a.site, &b.site) {
        (Some(x), Some(y)) => x == y || x.starts_with("both") || y.starts_with("both"),
        _ => true,
    };
    route_ok && site_ok
}

fn duplicate_ingredients(v: &ListView) -> Vec<Flag> {
    let mut by_ing: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, f) in v.facts.iter().enumerate() {
        for ing in &f.ingredients {
            by_ing.entry(ing.as_str()).or_default().push(i);
        }
    }
    let mut out = Vec::new();
    for (ing, idx) in by_ing {
        // Vitamins and minerals in several supplements are common and usually intended.
        if is_supplement(ing) {
            continue;
        }
        let clash: Vec<usize> = if idx.len() > 200 {
            idx.clone() // too many to compare pairwise; they surely overlap
        } else {
            idx.iter()
                .copied()
                .filter(|&i| {
                    idx.iter()
                        .any(|&j| j != i && could_overlap(&v.facts[i], &v.facts[j]))
                })
                .collect()
        };
        if clash.len() < 2 {
            continue;
        }
        let (saved, new) = v.refs(&clash);
        out.push(Flag {
            kind: FlagType::DuplicateIngredient,
            list: v.side,
            ingredient: Some(ing.to_string()),
            class: None,
            saved,
            new,
            allergy: None,
            message: format!(
                "{} is in {} medicines on {} ({}); together they can add up to more than intended. Ask your pharmacist or doctor whether all of them are meant to be taken.",
                cap(ing),
                clash.len(),
                side_word(v.side),
                v.names(&clash)
            ),
        });
    }
    out
}

fn therapeutic_duplications(v: &ListView, groups: &Groups) -> Vec<Flag> {
    // For each class group, the entries with an ingredient in it and those ingredients,
    // gathered in one pass over the list: visiting the whole list once per group cost
    // more than anything else here against a large binder.
    let mut members: Vec<(Vec<usize>, BTreeSet<&String>)> =
        CLASS_GROUPS.iter().map(|_| Default::default()).collect();
    for (i, f) in v.facts.iter().enumerate() {
        for x in &f.ingredients {
            for &gi in groups.of_ingredient(x) {
                if !CLASS_GROUPS[gi].route_ok(f) {
                    continue;
                }
                let (entries, ings) = &mut members[gi];
                if entries.last() != Some(&i) {
                    entries.push(i);
                }
                ings.insert(x);
            }
        }
    }
    let mut found: Vec<(Vec<usize>, Vec<&'static str>)> = Vec::new();
    for (grp, (entries, ings)) in CLASS_GROUPS.iter().zip(members) {
        if entries.len() >= 2 && ings.len() >= 2 {
            match found.iter_mut().find(|(e, _)| *e == entries) {
                Some((_, labels)) => labels.push(grp.label),
                None => found.push((entries, vec![grp.label])),
            }
        }
    }
    found
        .into_iter()
        .map(|(entries, labels)| {
            let (saved, new) = v.refs(&entries);
            let class = labels.join(" + ");
            Flag {
                kind: FlagType::TherapeuticDuplication,
                list: v.side,
                ingredient: None,
                allergy: None,
                message: format!(
                    "{} on {} are in the same drug class ({class}); ask your pharmacist or doctor whether taking them together is intended.",
                    v.names(&entries),
                    side_word(v.side)
                ),
                class: Some(class),
                saved,
                new,
            }
        })
        .collect()
}

fn interactions(
    v: &ListView,
    skip: &BTreeSet<(String, String, String)>,
) -> (Vec<Flag>, BTreeSet<(String, String, String)>) {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    // ingredient -> entries holding it, built once per list
    let mut holders: BTreeMap<&String, Vec<usize>> = BTreeMap::new();
    for (i, f) in v.facts.iter().enumerate().filter(|(_, f)| !is_local(f)) {
        for x in &f.ingredients {
            holders.entry(x).or_default().push(i);
        }
    }
    for row in interaction_table() {
        let side = |members: &[String]| -> Vec<(&String, &Vec<usize>)> {
            members
                .iter()
                .filter_map(|m| holders.get_key_value(m).map(|(k, e)| (*k, e)))
                .collect()
        };
        let (a, b) = (side(&row.ingredients_a), side(&row.ingredients_b));
        let mut entries = BTreeSet::new();
        let mut pairs = Vec::new();
        for &(x, ex) in &a {
            for &(y, ey) in &b {
                // never a drug with itself, nor one product with itself
                if x == y || !ex.iter().any(|i| ey.iter().any(|j| i != j)) {
                    continue;
                }
                let key = if x < y {
                    (row.id.clone(), x.clone(), y.clone())
                } else {
                    (row.id.clone(), y.clone(), x.clone())
                };
                if skip.contains(&key) || !seen.insert(key) {
                    continue;
                }
                entries.extend(ex.iter().chain(ey.iter()).copied());
                pairs.push(format!("{x} + {y}"));
            }
        }
        if entries.is_empty() {
            continue;
        }
        let idx: Vec<usize> = entries.into_iter().collect();
        let (saved, new) = v.refs(&idx);
        let aspirin_note = if row.id == "ext-01" && pairs.iter().any(|p| p.contains("aspirin")) {
            " Low-dose aspirin with warfarin is sometimes prescribed on purpose."
        } else {
            ""
        };
        let shown = if pairs.len() > 4 {
            format!(
                "{} and {} more pairs",
                pairs[..4].join(", "),
                pairs.len() - 4
            )
        } else {
            pairs.join(", ")
        };
        out.push(Flag {
            kind: FlagType::Interaction,
            list: v.side,
            ingredient: None,
            class: Some(format!("{} / {}", row.label_a, row.label_b)),
            saved,
            new,
            allergy: None,
            message: format!(
                "{} on {}: a known high-severity interaction. {}{aspirin_note} Ask your pharmacist or doctor whether this combination is intended.",
                cap(&shown),
                side_word(v.side),
                row.summary
            ),
        });
    }
    (out, seen)
}

fn max_daily(v: &ListView) -> Vec<Flag> {
    let mut by_ing: BTreeMap<&str, (f64, Vec<usize>)> = BTreeMap::new();
    for (i, f) in v.facts.iter().enumerate() {
        for ing in &f.ingredients {
            if let Some(d) = f.daily_max_mg(ing) {
                let e = by_ing.entry(ing.as_str()).or_default();
                e.0 += d;
                e.1.push(i);
            }
        }
    }
    let mut out = Vec::new();
    for (ing, (total, idx)) in by_ing {
        let Some((max, ingredient_wide)) = max_daily_mg(ing) else {
            continue;
        };
        // A product-specific label limit only counts when several products add up.
        if total <= max * 1.0001 || (!ingredient_wide && idx.len() < 2) {
            continue;
        }
        let (saved, new) = v.refs(&idx);
        out.push(Flag {
            kind: FlagType::MaxDailyDose,
            list: v.side,
            ingredient: Some(ing.to_string()),
            class: None,
            saved,
            new,
            allergy: None,
            message: format!(
                "{} on {} could add up to {} mg a day ({}), above the adult maximum of {} mg a day on the label; ask your pharmacist or doctor.",
                cap(ing),
                side_word(v.side),
                fmt_num(total),
                v.names(&idx),
                fmt_num(max)
            ),
        });
    }
    out
}

fn allergy_flags(v: &ListView, allergies: &[Allergy]) -> Vec<Flag> {
    let mut out = Vec::new();
    if allergies.is_empty() {
        return out;
    }
    for (i, f) in v.facts.iter().enumerate() {
        let entry_classes: Vec<String> = f
            .ingredients
            .iter()
            .flat_map(|x| ingredient_classes(x))
            .chain(f.classes.iter().map(|c| c.to_lowercase()))
            .collect();
        for a in allergies {
            let atext = a.text.to_lowercase();
            let mut hit: Option<(Option<String>, Option<String>)> = None;
            if let Some(ing) = f.ingredients.iter().find(|x| a.ingredients.contains(x)) {
                hit = Some((Some(ing.clone()), None));
            } else if let Some((label, _)) = ALLERGY_GROUPS.iter().find(|(_, m)| {
                f.ingredients.iter().any(|x| m.contains(&x.as_str()))
                    && (m.contains(&atext.as_str())
                        || a.ingredients.iter().any(|x| m.contains(&x.as_str())))
            }) {
                hit = Some((None, Some(label.to_string())));
            } else if let Some(c) = a.classes.iter().map(|c| c.to_lowercase()).find(|c| {
                ["penicillin", "cephalosporin", "sulfonamide"]
                    .iter()
                    .any(|k| c.contains(k))
                    && entry_classes.contains(c)
            }) {
                hit = Some((None, Some(c)));
            } else {
                let stem = atext.trim_end_matches('s');
                if stem.len() >= 4
                    && let Some(c) = entry_classes.iter().find(|c| c.contains(stem))
                {
                    hit = Some((None, Some(c.clone())));
                }
            }
            if let Some((ingredient, class)) = hit {
                let (saved, new) = v.refs(&[i]);
                out.push(Flag {
                    kind: FlagType::Allergy,
                    list: v.side,
                    ingredient,
                    class,
                    saved,
                    new,
                    allergy: Some(a.text.clone()),
                    message: format!(
                        "{} on {} may match your recorded allergy to {}; ask your pharmacist or doctor about it.",
                        f.label(),
                        side_word(v.side),
                        a.text
                    ),
                });
            }
        }
    }
    out
}

/// All flags for a reconciled pair of lists.
pub(crate) fn all_flags(
    groups: &[Group],
    outcomes: &[Outcome],
    saved_refs: &[SavedRef],
    saved: &[Facts],
    new_refs: &[NewRef],
    new: &[Facts],
    allergies: &[Allergy],
) -> Vec<Flag> {
    let sv = ListView {
        side: ListSide::Saved,
        facts: saved,
        saved_refs,
        new_refs,
    };
    let nv = ListView {
        side: ListSide::New,
        facts: new,
        saved_refs,
        new_refs,
    };
    let groups_of = Groups::new(&[saved, new]);
    let mut flags = Vec::new();
    for v in [&sv, &nv] {
        flags.extend(duplicate_ingredients(v));
        flags.extend(therapeutic_duplications(v, &groups_of));
    }
    // A saved drug gone and a new one of the same class: probably a substitution.
    let gone: Vec<(usize, BTreeSet<usize>)> = groups
        .iter()
        .zip(outcomes)
        .filter(|(_, o)| o.status == Status::Discontinued)
        .flat_map(|(g, _)| g.saved.iter().map(|&s| (s, groups_of.of(&saved[s]))))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    let arrived: Vec<(usize, BTreeSet<usize>)> = groups
        .iter()
        .zip(outcomes)
        .filter(|(_, o)| o.status == Status::New)
        .flat_map(|(g, _)| g.new.iter().map(|&n| (n, groups_of.of(&new[n]))))
        .filter(|(_, c)| !c.is_empty())
        .collect();
    // The medications gone and arrived in each class, in list order.
    let mut gone_in: Vec<Vec<usize>> = vec![Vec::new(); CLASS_GROUPS.len()];
    for (s, c) in &gone {
        for &gi in c {
            gone_in[gi].push(*s);
        }
    }
    let mut arrived_in: Vec<Vec<usize>> = vec![Vec::new(); CLASS_GROUPS.len()];
    for (n, c) in &arrived {
        for &gi in c {
            arrived_in[gi].push(*n);
        }
    }
    // One flag per class (merged when several classes name the same medicines).
    let mut subs: Vec<(Vec<usize>, Vec<usize>, Vec<&'static str>)> = Vec::new();
    for ((grp, ss), nn) in CLASS_GROUPS.iter().zip(gone_in).zip(arrived_in) {
        let differs = ss.iter().any(|&s| {
            nn.iter()
                .any(|&n| saved[s].ingredients != new[n].ingredients)
        });
        if ss.is_empty() || nn.is_empty() || !differs {
            continue;
        }
        match subs.iter_mut().find(|(a, b, _)| *a == ss && *b == nn) {
            Some((_, _, labels)) => labels.push(grp.label),
            None => subs.push((ss, nn, vec![grp.label])),
        }
    }
    for (ss, nn, labels) in subs {
        let class = labels.join(" + ");
        flags.push(Flag {
            kind: FlagType::TherapeuticSubstitution,
            list: ListSide::New,
            ingredient: None,
            allergy: None,
            message: format!(
                "{} {} not on the new list and {} {} new; {} {class}, so one may have replaced another. Ask your pharmacist or doctor so that they are not taken together by mistake.",
                sv.names(&ss),
                if ss.len() == 1 { "is" } else { "are" },
                nv.names(&nn),
                if nn.len() == 1 { "is" } else { "are" },
                if ss.len() + nn.len() == 2 { "both are" } else { "all are" },
            ),
            class: Some(class),
            saved: ss.iter().map(|&s| saved_refs[s].id.clone()).collect(),
            new: nn.iter().map(|&n| new_refs[n].index).collect(),
        });
    }
    for (g, o) in groups.iter().zip(outcomes) {
        let Some(side) = o.unit_error else { continue };
        let ing = g
            .new
            .first()
            .and_then(|&n| new[n].ingredients.first().cloned());
        let label = match side {
            ListSide::New => g.new.first().map(|&n| new[n].label()),
            ListSide::Saved => g.saved.first().map(|&s| saved[s].label()),
        }
        .unwrap_or_default();
        flags.push(Flag {
            kind: FlagType::SuspectedUnitError,
            list: side,
            ingredient: ing,
            class: None,
            saved: g.saved.iter().map(|&s| saved_refs[s].id.clone()).collect(),
            new: g.new.iter().map(|&n| new_refs[n].index).collect(),
            allergy: None,
            message: format!(
                "The dose of {label} on {} is about 1000 times the dose on the other list, which often means mg and mcg were mixed up; ask your pharmacist or doctor to check it.",
                side_word(side)
            ),
        });
    }
    // One list alone: a strength far above any labeled unit of a microgram drug
    // ("levothyroxine 50 mg") was probably written in mg for mcg.
    for (n, f) in new.iter().enumerate() {
        let already = flags
            .iter()
            .any(|x| x.kind == FlagType::SuspectedUnitError && x.new.contains(&new_refs[n].index));
        if already || f.ingredients.len() != 1 {
            continue;
        }
        let ing = &f.ingredients[0];
        let Some(max) = crate::lexicon::usual_max_strength_mg(ing) else {
            continue;
        };
        let amount = f
            .strength
            .first()
            .map(|s| &s.amount)
            .or(f.per_admin.first())
            .filter(|a| a.unit == "mg");
        let Some(a) = amount else { continue };
        if a.value <= max * 100.0 {
            continue;
        }
        flags.push(Flag {
            kind: FlagType::SuspectedUnitError,
            list: ListSide::New,
            ingredient: Some(ing.clone()),
            class: None,
            saved: vec![],
            new: vec![new_refs[n].index],
            allergy: None,
            message: format!(
                "{} on the new list is far more than any {ing} tablet or dose is made in ({ing} is usually written in mcg, up to {} mcg); mg and mcg may have been mixed up — ask your pharmacist or doctor to check it.",
                f.label(),
                fmt_mcg(max)
            ),
        });
    }
    flags.extend(allergy_flags(&nv, allergies));
    let (new_ix, seen) = interactions(&nv, &BTreeSet::new());
    let (saved_ix, _) = interactions(&sv, &seen);
    flags.extend(new_ix);
    flags.extend(saved_ix);
    flags.extend(max_daily(&sv));
    flags.extend(max_daily(&nv));
    flags
}

/// A mass in mg shown in mcg without trailing zeros (0.3 → "300").
fn fmt_mcg(mg: f64) -> String {
    super::facts::fmt_num(mg * 1000.0)
}
