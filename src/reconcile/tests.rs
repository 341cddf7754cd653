//! Unit tests for the reconciliation rules, on scenarios written for phr (not copies of
//! the shared sample files). Most build normalised facts directly so that each rule is
//! tested independently of the sig parser.

use super::facts::{Amount, Facts, Strength};
use super::report::{
    self, Change, FlagType, ListSide, MatchKind, NewRef, Report, SavedRef, Status,
};
use super::{
    Context, NewList, SavedMed, follow_up_questions, reconcile, render_markdown, render_table,
    table_rows,
};

/// A medication fact sheet for tests: `m("Lipitor", &["atorvastatin"]).mg(20.0).daily()`.
fn m(name: &str, ingredients: &[&str]) -> Facts {
    let mut ings: Vec<String> = ingredients.iter().map(|s| s.to_string()).collect();
    ings.sort();
    Facts {
        display: name.to_string(),
        name: name.to_lowercase(),
        key: if ings.is_empty() {
            vec![format!("~{}", name.to_lowercase())]
        } else {
            ings.clone()
        },
        ingredients: ings,
        ..Facts::default()
    }
}

impl Facts {
    /// Single strength in mg, one unit per administration.
    fn mg(mut self, v: f64) -> Self {
        self.strength = vec![Strength {
            amount: Amount::new(v, "mg"),
            per: None,
        }];
        self.per_admin = vec![Amount::new(v, "mg")];
        if self.ingredients.len() == 1 {
            self.per_ingredient
                .insert(self.ingredients[0].clone(), Amount::new(v, "mg"));
        }
        self
    }
    /// `count` units of a product of `strength` mg.
    fn tabs(mut self, count: f64, strength: f64) -> Self {
        self = self.mg(strength);
        self.per_admin = vec![Amount::new(count * strength, "mg")];
        if self.ingredients.len() == 1 {
            self.per_ingredient.insert(
                self.ingredients[0].clone(),
                Amount::new(count * strength, "mg"),
            );
        }
        self
    }
    /// Combination strengths, in ingredient order as given.
    fn combo(mut self, parts: &[(&str, f64)]) -> Self {
        self.strength = parts
            .iter()
            .map(|(_, v)| Strength {
                amount: Amount::new(*v, "mg"),
                per: None,
            })
            .collect();
        self.per_admin = parts.iter().map(|(_, v)| Amount::new(*v, "mg")).collect();
        for (i, v) in parts {
            self.per_ingredient
                .insert(i.to_string(), Amount::new(*v, "mg"));
        }
        self
    }
    fn units(mut self, v: f64) -> Self {
        self.per_admin = vec![Amount::new(v, "unit")];
        self
    }
    fn per_day(mut self, f: f64) -> Self {
        self.freq = Some((f, f));
        self
    }
    fn daily(self) -> Self {
        self.per_day(1.0)
    }
    fn bid(self) -> Self {
        self.per_day(2.0)
    }
    fn prn(mut self) -> Self {
        self.prn = true;
        self
    }
    fn route(mut self, r: &str) -> Self {
        self.route = Some(r.to_string());
        self
    }
    fn form(mut self, f: &str) -> Self {
        self.form = Some(f.to_string());
        self
    }
    fn er(mut self) -> Self {
        self.extended_release = true;
        self
    }
    fn uad(mut self) -> Self {
        self.as_directed = true;
        self
    }
    fn when(mut self, w: &str) -> Self {
        self.when = Some(w.to_string());
        self
    }
    fn site(mut self, s: &str) -> Self {
        self.site = Some(s.to_string());
        self
    }
    fn brand(mut self) -> Self {
        self.brand = Some(true);
        self
    }
}

fn run_with(saved: Vec<Facts>, new: Vec<Facts>, allergies: &[&str]) -> Report {
    let sr: Vec<SavedRef> = saved
        .iter()
        .enumerate()
        .map(|(i, f)| SavedRef {
            id: format!("m{}", i + 1),
            text: f.display.clone(),
        })
        .collect();
    let nr: Vec<NewRef> = new
        .iter()
        .enumerate()
        .map(|(i, f)| NewRef {
            index: i,
            text: f.display.clone(),
        })
        .collect();
    let al: Vec<super::facts::Allergy> = allergies
        .iter()
        .map(|a| super::facts::Allergy::from_text(a))
        .collect();
    report::build(Some("test".into()), sr, &saved, &nr, &new, &al)
}

fn run(saved: Vec<Facts>, new: Vec<Facts>) -> Report {
    run_with(saved, new, &[])
}

/// The item holding saved position `s` (0-based).
fn item_s(r: &Report, s: usize) -> &report::Item {
    let id = format!("m{}", s + 1);
    r.items
        .iter()
        .find(|i| i.saved.iter().any(|x| x.id == id))
        .expect("saved item")
}

fn item_n(r: &Report, n: usize) -> &report::Item {
    r.items
        .iter()
        .find(|i| i.new.iter().any(|x| x.index == n))
        .expect("new item")
}

fn flags(r: &Report, t: FlagType) -> Vec<&report::Flag> {
    r.flags.iter().filter(|f| f.kind == t).collect()
}

// ---- matching and status ------------------------------------------------------------

#[test]
fn brand_and_generic_pair_unchanged() {
    let r = run(
        vec![m("Crestor", &["rosuvastatin"]).brand().mg(10.0).daily()],
        vec![
            m("rosuvastatin", &["rosuvastatin"])
                .mg(10.0)
                .daily()
                .form("tablet"),
        ],
    );
    assert_eq!(r.items.len(), 1);
    assert_eq!(r.items[0].status, Status::Unchanged);
    assert_eq!(r.items[0].match_kind, MatchKind::BrandGeneric);
    assert!(r.flags.is_empty());
}

#[test]
fn same_name_and_salt_form_match() {
    let r = run(
        vec![m("metoprolol tartrate", &["metoprolol"]).mg(25.0).bid()],
        vec![m("metoprolol", &["metoprolol"]).mg(25.0).bid()],
    );
    assert_eq!(r.items[0].match_kind, MatchKind::SameName);
    assert_eq!(r.items[0].status, Status::Unchanged);
}

#[test]
fn abbreviation_is_a_synonym() {
    let r = run(
        vec![m("HCTZ", &["hydrochlorothiazide"]).mg(25.0).daily()],
        vec![
            m("hydrochlorothiazide", &["hydrochlorothiazide"])
                .mg(25.0)
                .daily(),
        ],
    );
    assert_eq!(r.items[0].match_kind, MatchKind::Synonym);
}

#[test]
fn two_tablets_of_5_equal_one_of_10() {
    let r = run(
        vec![m("amlodipine", &["amlodipine"]).tabs(2.0, 5.0).daily()],
        vec![m("amlodipine", &["amlodipine"]).tabs(1.0, 10.0).daily()],
    );
    assert_eq!(
        r.items[0].status,
        Status::Unchanged,
        "{}",
        r.items[0].message
    );
    assert!(r.items[0].changes.is_empty());
    assert!(r.items[0].message.contains("different product strength"));
}

#[test]
fn dose_change_is_reported_once_as_dose() {
    let r = run(
        vec![m("lisinopril", &["lisinopril"]).mg(10.0).daily()],
        vec![m("lisinopril", &["lisinopril"]).mg(20.0).daily()],
    );
    assert_eq!(r.items[0].status, Status::Changed);
    assert_eq!(r.items[0].changes, vec![Change::Dose]);
    assert!(r.items[0].message.contains("10 mg → 20 mg"));
}

#[test]
fn mcg_and_mg_written_differently_are_equal() {
    // 0.075 mg == 75 mcg: both normalised to mg before comparison
    let r = run(
        vec![m("Synthroid", &["levothyroxine"]).mg(0.075).daily()],
        vec![
            m("levothyroxine", &["levothyroxine"])
                .mg(75.0 / 1000.0)
                .daily(),
        ],
    );
    assert_eq!(r.items[0].status, Status::Unchanged);
}

#[test]
fn frequency_change_and_prn_switch() {
    let r = run(
        vec![
            m("metformin", &["metformin"]).mg(500.0).daily(),
            m("ondansetron", &["ondansetron"]).mg(4.0).per_day(3.0),
            m("cyclobenzaprine", &["cyclobenzaprine"])
                .mg(10.0)
                .per_day(3.0)
                .prn(),
        ],
        vec![
            m("metformin", &["metformin"]).mg(500.0).bid(),
            m("ondansetron", &["ondansetron"])
                .mg(4.0)
                .per_day(3.0)
                .prn(),
            m("cyclobenzaprine", &["cyclobenzaprine"])
                .mg(10.0)
                .per_day(3.0),
        ],
    );
    for s in 0..3 {
        let it = item_s(&r, s);
        assert_eq!(it.status, Status::Changed, "{}", it.message);
        assert_eq!(it.changes, vec![Change::Frequency]);
    }
}

#[test]
fn weekly_vs_daily_and_every_other_day() {
    let r = run(
        vec![
            m("methotrexate", &["methotrexate"])
                .mg(15.0)
                .per_day(1.0 / 7.0),
            m("furosemide", &["furosemide"]).mg(20.0).per_day(0.5),
        ],
        vec![
            m("methotrexate", &["methotrexate"]).mg(15.0).daily(),
            m("furosemide", &["furosemide"]).mg(20.0).per_day(0.5),
        ],
    );
    assert_eq!(item_s(&r, 0).changes, vec![Change::Frequency]);
    assert!(item_s(&r, 0).message.contains("once a week → once a day"));
    assert_eq!(item_s(&r, 1).status, Status::Unchanged);
}

#[test]
fn time_of_day_is_a_note_not_a_change() {
    let r = run(
        vec![
            m("simvastatin", &["simvastatin"])
                .mg(20.0)
                .daily()
                .when("bedtime"),
        ],
        vec![
            m("simvastatin", &["simvastatin"])
                .mg(20.0)
                .daily()
                .when("evening"),
        ],
    );
    assert_eq!(r.items[0].status, Status::Unchanged);
    assert!(r.items[0].message.contains("time of day"));
}

#[test]
fn route_and_form_changes() {
    let r = run(
        vec![
            m("Ozempic", &["semaglutide"])
                .brand()
                .mg(0.5)
                .per_day(1.0 / 7.0)
                .route("subcutaneous")
                .form("injection"),
            m("cyanocobalamin", &["cyanocobalamin"])
                .mg(1.0)
                .daily()
                .route("oral"),
            m("ondansetron", &["ondansetron"])
                .mg(4.0)
                .per_day(3.0)
                .form("tablet"),
            m("Toprol XL", &["metoprolol"])
                .brand()
                .mg(50.0)
                .daily()
                .er(),
        ],
        vec![
            m("Rybelsus", &["semaglutide"])
                .brand()
                .mg(7.0)
                .daily()
                .route("oral")
                .form("tablet"),
            m("cyanocobalamin", &["cyanocobalamin"])
                .mg(1.0)
                .per_day(1.0 / 30.0)
                .route("intramuscular"),
            m("ondansetron", &["ondansetron"])
                .mg(4.0)
                .per_day(3.0)
                .form("orally disintegrating tablet"),
            m("metoprolol tartrate", &["metoprolol"]).mg(25.0).bid(),
        ],
    );
    assert_eq!(
        item_s(&r, 0).changes,
        vec![Change::Dose, Change::Frequency, Change::Route, Change::Form]
    );
    assert_eq!(
        item_s(&r, 1).changes,
        vec![Change::Frequency, Change::Route]
    );
    assert_eq!(item_s(&r, 2).changes, vec![Change::Form]);
    assert_eq!(
        item_s(&r, 3).changes,
        vec![Change::Dose, Change::Frequency, Change::Form]
    );
}

#[test]
fn injection_matches_subcutaneous_and_delayed_release_is_not_a_change() {
    let mut dr = m("omeprazole", &["omeprazole"]).mg(20.0).daily();
    dr.extended_release = false; // DR is recorded as not-extended
    let r = run(
        vec![
            m("insulin glargine", &["insulin glargine"])
                .units(20.0)
                .daily()
                .route("injection"),
            m("omeprazole", &["omeprazole"]).mg(20.0).daily(),
        ],
        vec![
            m("Lantus", &["insulin glargine"])
                .brand()
                .units(20.0)
                .daily()
                .route("subcutaneous"),
            dr,
        ],
    );
    assert_eq!(item_s(&r, 0).status, Status::Unchanged);
    assert_eq!(item_s(&r, 1).status, Status::Unchanged);
}

#[test]
fn insulin_units_change_is_a_dose_change() {
    let r = run(
        vec![
            m("insulin glargine", &["insulin glargine"])
                .units(20.0)
                .daily(),
        ],
        vec![
            m("insulin glargine", &["insulin glargine"])
                .units(24.0)
                .daily(),
        ],
    );
    assert_eq!(r.items[0].changes, vec![Change::Dose]);
    assert!(flags(&r, FlagType::SuspectedUnitError).is_empty());
}

#[test]
fn eye_site_change() {
    let r = run(
        vec![
            m("latanoprost", &["latanoprost"])
                .daily()
                .site("both eyes")
                .route("ophthalmic"),
        ],
        vec![
            m("latanoprost", &["latanoprost"])
                .daily()
                .site("left eye")
                .route("ophthalmic"),
        ],
    );
    assert_eq!(r.items[0].changes, vec![Change::Site]);
}

#[test]
fn as_directed_is_indeterminate() {
    let r = run(
        vec![m("warfarin", &["warfarin"]).mg(5.0).daily()],
        vec![m("warfarin", &["warfarin"]).mg(5.0).uad()],
    );
    assert_eq!(r.items[0].status, Status::Indeterminate);
    assert!(r.items[0].message.contains("as directed"));
}

#[test]
fn missing_regimen_on_one_side_is_indeterminate() {
    let r = run(
        vec![m("cetirizine", &["cetirizine"]).mg(10.0).daily()],
        vec![m("Zyrtec", &["cetirizine"]).brand()],
    );
    assert_eq!(r.items[0].status, Status::Indeterminate);
}

#[test]
fn new_and_discontinued() {
    let r = run(
        vec![
            m("fish oil", &[]).mg(1000.0).daily(),
            m("aspirin", &["aspirin"]).mg(81.0).daily(),
        ],
        vec![
            m("aspirin", &["aspirin"]).mg(81.0).daily(),
            m("apixaban", &["apixaban"]).mg(5.0).bid(),
        ],
    );
    assert_eq!(item_s(&r, 0).status, Status::Discontinued);
    assert!(item_s(&r, 0).new.is_empty());
    assert_eq!(item_n(&r, 1).status, Status::New);
    assert!(item_n(&r, 1).saved.is_empty());
    // aspirin + apixaban: antiplatelet vs anticoagulant, no duplication flag
    assert!(
        r.flags
            .iter()
            .all(|f| f.kind != FlagType::TherapeuticDuplication)
    );
    assert!(r.flags.iter().all(|f| f.kind != FlagType::Interaction));
}

#[test]
fn unknown_products_pair_by_name() {
    let r = run(
        vec![m("Fish Oil", &[]).mg(1000.0).daily()],
        vec![m("fish oil", &[]).mg(1000.0).daily()],
    );
    assert_eq!(r.items.len(), 1);
    assert_eq!(r.items[0].status, Status::Unchanged);
}

// ---- combinations -----------------------------------------------------------------

fn hyzaar() -> Facts {
    m("Hyzaar", &["losartan", "hydrochlorothiazide"])
        .brand()
        .combo(&[("losartan", 50.0), ("hydrochlorothiazide", 12.5)])
        .daily()
}

#[test]
fn combination_split_into_parts_is_one_unchanged_item() {
    let r = run(
        vec![hyzaar(), m("metformin", &["metformin"]).mg(500.0).bid()],
        vec![
            m("metformin", &["metformin"]).mg(500.0).bid(),
            m("losartan", &["losartan"]).mg(50.0).daily(),
            m("hydrochlorothiazide", &["hydrochlorothiazide"])
                .mg(12.5)
                .daily(),
        ],
    );
    let it = item_s(&r, 0);
    assert_eq!(
        it.new.iter().map(|n| n.index).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(it.status, Status::Unchanged, "{}", it.message);
    assert_eq!(it.match_kind, MatchKind::SameIngredients);
    assert_eq!(r.items.len(), 2);
}

#[test]
fn parts_merged_into_combination_with_one_component_changed() {
    let r = run(
        vec![
            m("losartan", &["losartan"]).mg(50.0).daily(),
            m("hydrochlorothiazide", &["hydrochlorothiazide"])
                .mg(25.0)
                .daily(),
        ],
        vec![hyzaar()],
    );
    assert_eq!(r.items.len(), 1);
    assert_eq!(r.items[0].saved.len(), 2);
    assert_eq!(r.items[0].status, Status::Changed);
    assert_eq!(r.items[0].changes, vec![Change::Dose]);
}

#[test]
fn split_beats_single_pairing_when_it_accounts_for_more() {
    // saved: combo + extra HCTZ; new: losartan + HCTZ + lisinopril-HCTZ combo
    let r = run(
        vec![
            hyzaar(),
            m("lisinopril", &["lisinopril"]).mg(10.0).daily(),
            m("hydrochlorothiazide", &["hydrochlorothiazide"])
                .mg(12.5)
                .daily(),
        ],
        vec![
            m("losartan", &["losartan"]).mg(50.0).daily(),
            m("hydrochlorothiazide", &["hydrochlorothiazide"])
                .mg(12.5)
                .daily(),
            m(
                "lisinopril-hydrochlorothiazide",
                &["lisinopril", "hydrochlorothiazide"],
            )
            .combo(&[("lisinopril", 10.0), ("hydrochlorothiazide", 12.5)])
            .daily(),
        ],
    );
    assert_eq!(r.items.len(), 2);
    assert!(r.items.iter().all(|i| i.status == Status::Unchanged));
    // every entry in exactly one item
    let s: usize = r.items.iter().map(|i| i.saved.len()).sum();
    let n: usize = r.items.iter().map(|i| i.new.len()).sum();
    assert_eq!((s, n), (3, 3));
    // flags on both lists: HCTZ twice, ACE inhibitor + ARB
    for side in [ListSide::Saved, ListSide::New] {
        assert!(
            flags(&r, FlagType::DuplicateIngredient)
                .iter()
                .any(|f| f.list == side && f.ingredient.as_deref() == Some("hydrochlorothiazide"))
        );
        assert!(
            flags(&r, FlagType::TherapeuticDuplication)
                .iter()
                .any(|f| f.list == side)
        );
    }
}

#[test]
fn partly_overlapping_combinations_are_indeterminate() {
    let r = run(
        vec![
            m("Tylenol PM", &["acetaminophen", "diphenhydramine"])
                .brand()
                .daily(),
        ],
        vec![
            m("Percocet", &["acetaminophen", "oxycodone"])
                .brand()
                .daily(),
        ],
    );
    assert_eq!(r.items.len(), 1);
    assert_eq!(r.items[0].status, Status::Indeterminate);
}

// ---- flags ---------------------------------------------------------------------------

#[test]
fn hidden_acetaminophen_is_a_duplicate_ingredient() {
    let r = run(
        vec![],
        vec![
            m("Norco", &["hydrocodone", "acetaminophen"]).brand(),
            m("Tylenol PM", &["acetaminophen", "diphenhydramine"]).brand(),
            m("acetaminophen", &["acetaminophen"]).mg(500.0),
        ],
    );
    let d = flags(&r, FlagType::DuplicateIngredient);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].ingredient.as_deref(), Some("acetaminophen"));
    assert_eq!(d[0].new, vec![0, 1, 2]);
    assert_eq!(d[0].list, ListSide::New);
    assert!(d[0].message.contains("pharmacist or doctor"));
}

#[test]
fn same_ingredient_by_different_routes_or_eyes_is_not_duplicated() {
    let r = run(
        vec![],
        vec![
            m("Flonase", &["fluticasone"]).brand().route("nasal"),
            m("Flovent", &["fluticasone"]).brand().route("inhalation"),
            m("timolol", &["timolol"])
                .route("ophthalmic")
                .site("left eye"),
            m("timolol", &["timolol"])
                .route("ophthalmic")
                .site("right eye"),
        ],
    );
    assert!(
        flags(&r, FlagType::DuplicateIngredient).is_empty(),
        "{:?}",
        r.flags
    );
}

#[test]
fn same_ingredient_twice_brand_and_brand() {
    let r = run(
        vec![],
        vec![
            m("Wellbutrin XL", &["bupropion"])
                .brand()
                .mg(300.0)
                .daily()
                .er(),
            m("Zyban", &["bupropion"]).brand().mg(150.0).bid().er(),
        ],
    );
    assert_eq!(flags(&r, FlagType::DuplicateIngredient).len(), 1);
    assert!(flags(&r, FlagType::TherapeuticDuplication).is_empty());
}

#[test]
fn therapeutic_duplication_specific_classes_only() {
    let r = run(
        vec![
            m("omeprazole", &["omeprazole"]).mg(20.0).daily(),
            m("pantoprazole", &["pantoprazole"]).mg(40.0).daily(),
            m("amlodipine", &["amlodipine"]).mg(5.0).daily(),
            m("lisinopril", &["lisinopril"]).mg(10.0).daily(),
        ],
        vec![
            m("sertraline", &["sertraline"]).mg(50.0).daily(),
            m("escitalopram", &["escitalopram"]).mg(10.0).daily(),
            m("aspirin", &["aspirin"]).mg(81.0).daily(),
            m("ibuprofen", &["ibuprofen"]).mg(400.0).prn(),
        ],
    );
    let t = flags(&r, FlagType::TherapeuticDuplication);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(
        t.iter()
            .any(|f| f.list == ListSide::Saved && f.saved == vec!["m1", "m2"])
    );
    assert!(
        t.iter()
            .any(|f| f.list == ListSide::New && f.new == vec![0, 1])
    );
}

#[test]
fn ics_laba_duplication_is_one_flag() {
    let r = run(
        vec![],
        vec![
            m("Advair", &["fluticasone", "salmeterol"])
                .brand()
                .route("inhalation"),
            m("Symbicort", &["budesonide", "formoterol"])
                .brand()
                .route("inhalation"),
            m("albuterol", &["albuterol"]).route("inhalation").prn(),
        ],
    );
    let t = flags(&r, FlagType::TherapeuticDuplication);
    assert_eq!(t.len(), 1, "{t:?}");
    assert_eq!(t[0].new, vec![0, 1]);
    assert!(
        t[0].class
            .as_deref()
            .unwrap_or("")
            .contains("corticosteroid")
    );
}

#[test]
fn substitution_within_a_class() {
    let r = run(
        vec![
            m("simvastatin", &["simvastatin"]).mg(40.0).daily(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
        ],
        vec![
            m("atorvastatin", &["atorvastatin"]).mg(40.0).daily(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
        ],
    );
    let s = flags(&r, FlagType::TherapeuticSubstitution);
    assert_eq!(s.len(), 1);
    assert_eq!(s[0].saved, vec!["m1"]);
    assert_eq!(s[0].new, vec![0]);
    assert_eq!(item_s(&r, 0).status, Status::Discontinued);
    assert_eq!(item_n(&r, 0).status, Status::New);
    // no substitution between unrelated drugs
    let r = run(
        vec![m("simvastatin", &["simvastatin"]).mg(40.0).daily()],
        vec![m("metformin", &["metformin"]).mg(500.0).bid()],
    );
    assert!(flags(&r, FlagType::TherapeuticSubstitution).is_empty());
}

#[test]
fn thousandfold_difference_is_a_suspected_unit_error() {
    let r = run(
        vec![m("levothyroxine", &["levothyroxine"]).mg(0.1).daily()],
        vec![m("levothyroxine", &["levothyroxine"]).mg(100.0).daily()],
    );
    assert_eq!(r.items[0].changes, vec![Change::Dose]);
    let u = flags(&r, FlagType::SuspectedUnitError);
    assert_eq!(u.len(), 1);
    assert_eq!(u[0].list, ListSide::New);
    assert_eq!(u[0].new, vec![0]);
    assert_eq!(u[0].saved, vec!["m1"]);
    // the slip is on the list with the larger dose
    let r = run(
        vec![m("levothyroxine", &["levothyroxine"]).mg(88.0).daily()],
        vec![m("levothyroxine", &["levothyroxine"]).mg(0.088).daily()],
    );
    assert_eq!(
        flags(&r, FlagType::SuspectedUnitError)[0].list,
        ListSide::Saved
    );
    // a doubling is not a unit error
    let r = run(
        vec![m("levothyroxine", &["levothyroxine"]).mg(0.1).daily()],
        vec![m("levothyroxine", &["levothyroxine"]).mg(0.2).daily()],
    );
    assert!(flags(&r, FlagType::SuspectedUnitError).is_empty());
}

#[test]
fn allergy_by_ingredient_and_by_class() {
    let r = run_with(
        vec![],
        vec![
            m("amoxicillin", &["amoxicillin"]).mg(500.0).per_day(3.0),
            m("Bactrim", &["sulfamethoxazole", "trimethoprim"])
                .brand()
                .bid(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
        ],
        &["penicillin", "sulfa"],
    );
    let a = flags(&r, FlagType::Allergy);
    assert_eq!(a.len(), 2, "{a:?}");
    assert!(a.iter().any(|f| f.new == vec![0]));
    assert!(a.iter().any(|f| f.new == vec![1]));
    assert!(a.iter().all(|f| f.message.contains("pharmacist or doctor")));
}

#[test]
fn high_severity_interactions_only() {
    let r = run(
        vec![
            m("lisinopril", &["lisinopril"]).mg(10.0).daily(),
            m("aspirin", &["aspirin"]).mg(81.0).daily(),
        ],
        vec![
            m("warfarin", &["warfarin"]).mg(5.0).daily(),
            m("ibuprofen", &["ibuprofen"]).mg(400.0).prn(),
            m("citalopram", &["citalopram"]).mg(20.0).daily(),
        ],
    );
    let i = flags(&r, FlagType::Interaction);
    assert_eq!(i.len(), 1, "{i:?}");
    assert_eq!(i[0].new, vec![0, 1]);
    let msg = i[0].message.to_lowercase();
    assert!(msg.contains("pharmacist or doctor"));
    assert!(!msg.contains("stop") && !msg.contains("do not take"));
    // ACE inhibitor + aspirin is on the non-interruptive list: never flagged
    assert!(i.iter().all(|f| f.list == ListSide::New));
}

#[test]
fn qt_drugs_need_two_different_members() {
    let r = run(
        vec![],
        vec![
            m("citalopram", &["citalopram"]).mg(20.0).daily(),
            m("Celexa", &["citalopram"]).brand().mg(10.0).daily(),
        ],
    );
    assert!(flags(&r, FlagType::Interaction).is_empty());
    let r = run(
        vec![],
        vec![
            m("citalopram", &["citalopram"]).mg(20.0).daily(),
            m("ondansetron", &["ondansetron"])
                .mg(4.0)
                .prn()
                .per_day(3.0),
        ],
    );
    assert_eq!(flags(&r, FlagType::Interaction).len(), 1);
}

#[test]
fn total_acetaminophen_above_4g() {
    let r = run(
        vec![],
        vec![
            m("Norco", &["hydrocodone", "acetaminophen"])
                .brand()
                .combo(&[("hydrocodone", 5.0), ("acetaminophen", 325.0)])
                .per_day(6.0)
                .prn(),
            m("acetaminophen", &["acetaminophen"])
                .tabs(2.0, 500.0)
                .per_day(3.0),
        ],
    );
    let x = flags(&r, FlagType::MaxDailyDose);
    assert_eq!(x.len(), 1, "{:?}", r.flags);
    assert_eq!(x[0].ingredient.as_deref(), Some("acetaminophen"));
    assert!(x[0].message.contains("4950 mg"));
    let r = run(
        vec![],
        vec![
            m("acetaminophen", &["acetaminophen"])
                .mg(500.0)
                .per_day(4.0),
        ],
    );
    assert!(flags(&r, FlagType::MaxDailyDose).is_empty());
}

#[test]
fn no_flags_on_a_clean_list() {
    let r = run(
        vec![
            m("atorvastatin", &["atorvastatin"]).mg(20.0).daily(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
        ],
        vec![
            m("Lipitor", &["atorvastatin"]).brand().mg(20.0).daily(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
        ],
    );
    assert!(r.flags.is_empty(), "{:?}", r.flags);
    assert!(r.items.iter().all(|i| i.status == Status::Unchanged));
}

// ---- output --------------------------------------------------------------------------

fn sample_report() -> Report {
    run(
        vec![
            m("aspirin", &["aspirin"]).mg(81.0).daily(),
            m("lisinopril", &["lisinopril"]).mg(10.0).daily(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
            m("simvastatin", &["simvastatin"]).mg(20.0).daily(),
        ],
        vec![
            m("lisinopril", &["lisinopril"]).mg(20.0).daily(),
            m("metformin", &["metformin"]).mg(500.0).bid(),
            m("atorvastatin", &["atorvastatin"]).mg(40.0).daily(),
        ],
    )
}

#[test]
fn json_shape_matches_the_contract() {
    let v = serde_json::to_value(sample_report()).unwrap();
    assert_eq!(v["source"], "test");
    let item = &v["items"][0];
    for k in ["status", "changes", "saved", "new", "match", "message"] {
        assert!(item.get(k).is_some(), "item key {k}");
    }
    assert_eq!(item["saved"][0]["id"], "m1");
    let f = &v["flags"][0];
    for k in [
        "type",
        "list",
        "ingredient",
        "class",
        "saved",
        "new",
        "message",
    ] {
        assert!(f.get(k).is_some(), "flag key {k}");
    }
    assert_eq!(f["type"], "therapeutic_substitution");
    let changed = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["status"] == "changed")
        .unwrap();
    assert_eq!(changed["changes"], serde_json::json!(["dose"]));
    assert_eq!(changed["match"], "same_name");
}

#[test]
fn markdown_groups_and_disclaims() {
    let md = render_markdown(&sample_report());
    let pos = |s: &str| md.find(s).unwrap_or_else(|| panic!("missing {s}"));
    assert!(
        pos("## Changed") < pos("## New")
            && pos("## New") < pos("## Stopped?")
            && pos("## Stopped?") < pos("## Unchanged")
    );
    assert!(md.contains("does not prescribe"));
    assert!(md.contains("## Warnings"));
}

#[test]
fn table_rows_grouped_and_table_fits() {
    let r = sample_report();
    let rows = table_rows(&r);
    let order: Vec<&str> = rows.iter().map(|r| r.section).collect();
    let first = |s: &str| order.iter().position(|x| *x == s).unwrap();
    assert!(first("Changed") < first("New") && first("New") < first("Stopped?"));
    assert_eq!(*order.last().unwrap(), "Warnings");
    let t = render_table(&r, 100);
    assert!(t.lines().all(|l| l.chars().count() <= 100), "{t}");
    assert!(t.contains("does not prescribe"));
}

/// A report longer than one table block is drawn as several tables, every row kept.
#[test]
fn a_long_report_is_drawn_in_blocks() {
    let saved: Vec<Facts> = (0..1100)
        .map(|i| m(&format!("Drug{i:04}"), &[&format!("drug{i:04}")]))
        .collect();
    let r = run(saved, Vec::new());
    assert_eq!(table_rows(&r).len(), 1100);
    let t = render_table(&r, 80);
    assert!(t.lines().all(|l| l.chars().count() <= 80));
    assert_eq!(
        t.matches("Saved list").count(),
        3,
        "three blocks, three headers"
    );
    assert!((0..1100).all(|i| t.contains(&format!("Drug{i:04}"))));
    assert!(t.contains("does not prescribe"));
    // An empty report is still one (empty) table with its header.
    let empty = render_table(&run(Vec::new(), Vec::new()), 80);
    assert_eq!(empty.matches("Saved list").count(), 1);
}

#[test]
fn follow_up_questions_for_unresolved_items() {
    let q = follow_up_questions(&sample_report());
    assert!(
        q.iter().any(|x| x == "Was aspirin stopped on purpose?"),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.contains("instead of") && x.contains("is that change intended?"))
    );
    assert!(q.iter().any(|x| x.contains("replace")));
    assert!(
        !q.iter().any(|x| x.contains("metformin")),
        "unchanged items ask nothing"
    );
}

// ---- through the parser ----------------------------------------------------------------

#[test]
fn reconcile_through_parser_keeps_every_entry_once() {
    let saved = vec![
        SavedMed::new("m1", "Lipitor 20 mg tablet daily"),
        SavedMed::new("m2", "Hyzaar 50-12.5 mg daily"),
    ];
    let new = NewList::from_lines(&[
        "atorvastatin 20 mg daily",
        "losartan 50 mg daily",
        "hydrochlorothiazide 12.5 mg daily",
        "apixaban 5 mg twice daily",
    ]);
    let r = reconcile(&saved, &new, &Context::default());
    let s: usize = r.items.iter().map(|i| i.saved.len()).sum();
    let n: usize = r.items.iter().map(|i| i.new.len()).sum();
    assert_eq!((s, n), (2, 4));
}

#[test]
fn puff_counts_compare_when_strength_is_written_on_one_side_only() {
    let puffs = |n: f64| Amount::new(n, "puff");
    let mut with_strength = m("albuterol HFA", &["albuterol"])
        .per_day(6.0)
        .prn()
        .route("inhalation");
    with_strength.strength = vec![Strength {
        amount: Amount::new(0.09, "mg"),
        per: Some((1.0, "puff".into())),
    }];
    with_strength.per_admin = vec![Amount::new(0.18, "mg")];
    with_strength.count = Some(puffs(2.0));
    let mut bare = m("ProAir", &["albuterol"])
        .brand()
        .per_day(6.0)
        .prn()
        .route("inhalation");
    bare.per_admin = vec![puffs(2.0)];
    bare.count = Some(puffs(2.0));
    let r = run(vec![with_strength.clone()], vec![bare.clone()]);
    assert_eq!(
        r.items[0].status,
        Status::Unchanged,
        "{}",
        r.items[0].message
    );
    bare.per_admin = vec![puffs(1.0)];
    bare.count = Some(puffs(1.0));
    let r = run(vec![with_strength], vec![bare]);
    assert_eq!(r.items[0].changes, vec![Change::Dose]);
    assert!(
        r.items[0].message.contains("2 puff → 1 puff"),
        "{}",
        r.items[0].message
    );
}

#[test]
fn eye_drops_and_creams_are_not_systemic_duplicates_or_interactions() {
    let r = run(
        vec![],
        vec![
            m("timolol", &["timolol"])
                .route("ophthalmic")
                .site("both eyes"),
            m("metoprolol", &["metoprolol"]).mg(25.0).bid(),
            m("ketoconazole cream", &["ketoconazole"]).route("topical"),
            m("simvastatin", &["simvastatin"]).mg(20.0).daily(),
        ],
    );
    assert!(r.flags.is_empty(), "{:?}", r.flags);
}

#[test]
fn strength_change_when_the_dose_itself_is_not_written() {
    let pct = |v: f64| Strength {
        amount: Amount::new(v, "%"),
        per: None,
    };
    let mut a = m("triamcinolone cream", &["triamcinolone"])
        .bid()
        .route("topical");
    a.strength = vec![pct(0.1)];
    let mut b = m("triamcinolone cream", &["triamcinolone"])
        .bid()
        .route("topical");
    b.strength = vec![pct(0.025)];
    let r = run(vec![a.clone()], vec![b]);
    assert_eq!(
        r.items[0].changes,
        vec![Change::Strength],
        "{}",
        r.items[0].message
    );
    let r = run(vec![a.clone()], vec![a]);
    assert_eq!(r.items[0].status, Status::Unchanged);
}

#[test]
fn split_doses_compare_per_day() {
    // "2 tablets in the morning and 1 at night" (3 a day) vs 1 tablet three times a day
    let mut split = m("furosemide", &["furosemide"]).mg(20.0);
    split.daily_total = Some(3.0);
    split.per_admin = vec![];
    let r = run(
        vec![split.clone()],
        vec![m("furosemide", &["furosemide"]).mg(20.0).per_day(3.0)],
    );
    assert_eq!(
        r.items[0].status,
        Status::Unchanged,
        "{}",
        r.items[0].message
    );
    let r = run(
        vec![split],
        vec![m("furosemide", &["furosemide"]).mg(20.0).per_day(2.0)],
    );
    assert_eq!(r.items[0].changes, vec![Change::Dose]);
}

#[test]
fn tapers_are_indeterminate() {
    let mut taper = m("prednisone", &["prednisone"]).mg(40.0).daily();
    taper.multi_step = true;
    let r = run(
        vec![taper],
        vec![m("prednisone", &["prednisone"]).mg(20.0).daily()],
    );
    assert_eq!(r.items[0].status, Status::Indeterminate);
}

#[test]
fn vitamin_d_in_iu_and_mcg_through_the_parser() {
    let saved = vec![SavedMed::new("m1", "Vitamin D3 2000 IU daily")];
    let new = NewList::from_lines(&["cholecalciferol 50 mcg once daily"]);
    let r = reconcile(&saved, &new, &Context::default());
    assert_eq!(r.items.len(), 1);
    assert_eq!(
        r.items[0].status,
        Status::Unchanged,
        "{}",
        r.items[0].message
    );
}

#[test]
fn irregular_schedules_through_the_parser_are_indeterminate() {
    let saved = vec![
        SavedMed::new(
            "m1",
            "warfarin 5 mg daily except 2.5 mg on Mondays and Fridays",
        ),
        SavedMed::new("m2", "insulin lispro per sliding scale with meals"),
    ];
    let new = NewList::from_lines(&["warfarin 5 mg daily", "Humalog 4 units with meals"]);
    let r = reconcile(&saved, &new, &Context::default());
    assert!(
        r.items.iter().all(|i| i.status == Status::Indeterminate),
        "{:?}",
        r.items
    );
}

#[test]
fn the_same_irregular_schedule_on_both_lists_is_unchanged() {
    let saved = vec![SavedMed::new(
        "m1",
        "Coumadin 5 mg daily except 2.5 mg on Mondays",
    )];
    let new = NewList::from_lines(&["warfarin 5 mg daily except 2.5 mg on Mondays"]);
    let r = reconcile(&saved, &new, &Context::default());
    assert_eq!(
        r.items[0].status,
        Status::Unchanged,
        "{}",
        r.items[0].message
    );
}

#[test]
fn messages_show_amounts_as_written() {
    let f = |t: &str| Facts::from_parsed(t, &crate::sig::parse(t));
    assert_eq!(f("Vitamin D3 1000 IU daily").label(), "Vitamin D3 1000 IU");
    assert_eq!(f("Glucophage 1000 mg bid").label(), "Glucophage 1000 mg");
    assert_eq!(
        f("cyanocobalamin 1000 mcg daily").label(),
        "cyanocobalamin 1000 mcg"
    );
    // compared in base units: 25 mcg of D3 is 1000 IU, the same dose
    let a = f("Vitamin D3 1000 IU daily");
    let b = f("cholecalciferol 25 mcg daily");
    assert!(a.per_admin[0].same(&b.per_admin[0]));
    let saved = vec![super::SavedMed::new("m1", "Glucophage 1000 mg bid")];
    let new = NewList::from_lines(&["metformin 500 mg bid"]);
    let r = reconcile(&saved, &new, &Context::default());
    let json = serde_json::to_string(&r).unwrap();
    assert!(json.contains("1000 mg"), "{json}");
    assert!(!json.contains("1 g"), "{json}");
}

#[test]
fn follow_up_questions_name_the_allergy_and_both_drugs() {
    let saved = vec![SavedMed::new("m1", "warfarin 5 mg daily")];
    let new = NewList::from_lines(&[
        "warfarin 5 mg daily",
        "Percocet 5-325 1 tab q6h prn pain",
        "ibuprofen 400 mg tid",
    ]);
    let ctx = Context {
        allergies: vec!["codeine".into()],
    };
    let r = reconcile(&saved, &new, &ctx);
    let q = follow_up_questions(&r);
    assert!(
        q.iter()
            .any(|x| x.contains("Percocet") && x.contains("codeine allergy")),
        "{q:?}"
    );
    assert!(
        q.iter()
            .any(|x| x.contains("warfarin") && x.contains("ibuprofen")),
        "{q:?}"
    );
    let md = render_markdown(&r);
    assert!(md.contains("short list of high-severity interactions"));
    let table = render_table(&r, 80);
    assert!(table.contains("high-severity interactions"));
}

#[test]
fn microgram_drug_written_in_mg_on_one_list() {
    let r = reconcile(
        &[],
        &NewList::from_lines(&[
            "levothyroxine 50 mg PO daily",
            "levothyroxine 50 mcg PO daily",
            "digoxin 0.125 mg daily",
            "digoxin 125 mg daily",
            "metoprolol 50 mg bid",
        ]),
        &Context::default(),
    );
    let hits: Vec<&Vec<usize>> = flags(&r, FlagType::SuspectedUnitError)
        .iter()
        .map(|f| &f.new)
        .collect();
    assert_eq!(hits, vec![&vec![0], &vec![3]], "{:?}", r.flags);
}

#[test]
fn numbers_print_as_with_three_decimals_trimmed() {
    // `fmt_num` prints whole numbers directly; the text must not change.
    let trimmed = |v: f64| {
        let r = (v * 1000.0).round() / 1000.0;
        let s = format!("{r:.3}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s.is_empty() || s == "-0" {
            "0".to_string()
        } else {
            s.to_string()
        }
    };
    for v in [
        0.0,
        -0.0,
        1.0,
        10.0,
        100.0,
        1000.0,
        2500.0,
        12.5,
        0.075,
        -5.0,
        0.0004,
        0.9996,
        999.9999,
        1e14,
        1e16,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ] {
        assert_eq!(super::facts::fmt_num(v), trimmed(v), "{v}");
    }
}
