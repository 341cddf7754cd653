//! Parser tests with hand-written cases (not taken from the shared dev set).
use super::*;

fn p(s: &str) -> ParsedMed {
    parse(s)
}

fn fpd(s: &str) -> Option<f64> {
    p(s).frequency_per_day
}

fn close(a: Option<f64>, b: f64) -> bool {
    a.is_some_and(|a| (a - b).abs() < 0.001)
}

#[test]
fn latin_frequencies() {
    for (s, want) in [
        ("1 tab po qd", 1.0),
        ("1 cap bid", 2.0),
        ("2 tabs t.i.d.", 3.0),
        ("1 tab QID", 4.0),
        ("10 mL tds", 3.0),
        ("1 tab qds", 4.0),
        ("i tab qhs", 1.0),
        ("1 tab qam", 1.0),
        ("1 tab qpm", 1.0),
        ("1 tab q.o.d.", 0.5),
        ("1 tab q4h", 6.0),
        ("1 tab q 8 hrs", 3.0),
        ("1 tab q12h", 2.0),
        ("1 tab every eight hours", 3.0),
        ("1 tab twice a day", 2.0),
        ("1 tab three times daily", 3.0),
        ("1 tab 2x daily", 2.0),
        ("1 tab 3 times per day", 3.0),
        ("1 tab once weekly", 1.0 / 7.0),
        ("1 tab every other week", 1.0 / 14.0),
        ("1 injection monthly", 1.0 / 30.0),
        ("1 tab biw", 2.0 / 7.0),
        ("2 tabs every 48 hours", 0.5),
        ("1 tab on alternate days", 0.5),
        ("one tab every third day", 1.0 / 3.0),
    ] {
        assert!(close(fpd(s), want), "{s}: {:?} want {want}", fpd(s));
    }
}

#[test]
fn frequency_ranges() {
    let m = p("1 tab q4-6h prn");
    assert!(close(m.frequency_per_day, 4.0) && close(m.frequency_per_day_max, 6.0));
    let m = p("use 1-2 times a day");
    assert!(close(m.frequency_per_day, 1.0) && close(m.frequency_per_day_max, 2.0));
    let m = p("apply bid to tid");
    assert!(close(m.frequency_per_day, 2.0) && close(m.frequency_per_day_max, 3.0));
    let m = p("take 1 every 3 to 4 days");
    assert!(close(m.frequency_per_day, 0.25) && close(m.frequency_per_day_max, 1.0 / 3.0));
    // "up to": only a maximum
    let m = p("1 spray up to 3 times daily");
    assert!(m.frequency_per_day.is_none() && close(m.frequency_per_day_max, 3.0));
}

#[test]
fn numbers_and_dose_ranges() {
    let m = p("take one to two capsules nightly");
    assert_eq!(
        (m.dose, m.dose_max, m.dose_unit.as_deref()),
        (Some(1.0), Some(2.0), Some("capsule"))
    );
    let m = p("take 1 or 2 puffs");
    assert_eq!((m.dose, m.dose_max), (Some(1.0), Some(2.0)));
    assert_eq!(p("½ tablet daily").dose, Some(0.5));
    assert_eq!(p("1/2 tab daily").dose, Some(0.5));
    assert_eq!(p("0.5 tab daily").dose, Some(0.5));
    assert_eq!(p("one and one half tablets daily").dose, Some(1.5));
    assert_eq!(p("Take a capsule every morning").dose, Some(1.0));
    let m = p("take 1 tablet 40 mg total daily");
    assert_eq!(
        (m.dose, m.dose_mass, m.dose_mass_unit.as_deref()),
        (Some(1.0), Some(40.0), Some("mg"))
    );
}

#[test]
fn units_any_spelling() {
    assert_eq!(
        p("inject 40 u subq daily").dose_unit.as_deref(),
        Some("unit")
    );
    assert_eq!(p("give 2.5 cc po bid").dose_unit.as_deref(), Some("mL"));
    assert_eq!(p("take 400 IU daily").dose_unit.as_deref(), Some("unit"));
    assert_eq!(p("take 500 μg daily").dose_unit.as_deref(), Some("mcg"));
    assert_eq!(p("take 500 ug daily").dose_unit.as_deref(), Some("mcg"));
    assert_eq!(p("take 2 grams daily").dose_unit.as_deref(), Some("g"));
    assert_eq!(p("take 1 teaspoon twice daily").dose, Some(5.0));
    let m = p("Potassium chloride 20 mEq tab daily");
    assert_eq!(m.strength_unit.as_deref(), Some("mEq"));
    let m = p("hydrocortisone 1% cream apply bid");
    assert_eq!(
        (m.strength.clone(), m.strength_unit.as_deref()),
        (Some(Strength::Single(1.0)), Some("%"))
    );
    assert_eq!(m.route.as_deref(), Some("topical"));
}

#[test]
fn weekly_monthly_weekdays() {
    let m = p("methotrexate 2.5 mg 8 tabs every Friday");
    assert_eq!(m.day_of_week, ["friday"]);
    assert!(close(m.frequency_per_day, 1.0 / 7.0));
    let m = p("1 tab on Tues, Thurs and Sat");
    assert_eq!(m.day_of_week.len(), 3);
    assert!(close(m.frequency_per_day, 3.0 / 7.0));
    assert!(close(
        p("inject 1 mL every 4 weeks").frequency_per_day,
        1.0 / 28.0
    ));
    assert!(close(p("once a month").frequency_per_day, 1.0 / 30.0));
}

#[test]
fn time_of_day() {
    let m = p("1 tab at bedtime");
    assert_eq!(m.when.as_deref(), Some("bedtime"));
    assert!(close(m.frequency_per_day, 1.0));
    let m = p("2 caps in the evening");
    assert_eq!(m.when.as_deref(), Some("evening"));
    let m = p("1 tab with meals");
    assert!(close(m.frequency_per_day, 3.0));
    assert_eq!(m.meal.as_deref(), Some("with meals"));
    assert!(close(
        p("1 tab before breakfast and dinner").frequency_per_day,
        2.0
    ));
    assert!(close(p("1 tab at 9am and 9pm").frequency_per_day, 2.0));
}

#[test]
fn prn_reason_indication() {
    let m = p("1 tab q6h as needed for muscle spasm");
    assert!(m.prn);
    assert_eq!(m.prn_reason.as_deref(), Some("muscle spasm"));
    assert_eq!(m.indication.as_deref(), Some("muscle spasm"));
    let m = p("1 tab daily for cholesterol");
    assert!(!m.prn);
    assert_eq!(m.indication.as_deref(), Some("cholesterol"));
    let m = p("2 puffs prn shortness of breath");
    assert!(m.prn);
    assert_eq!(m.prn_reason.as_deref(), Some("shortness of breath"));
    assert!(p("1 tab if needed").prn);
}

#[test]
fn max_per_day() {
    let m = p("1-2 tabs q4h prn pain, not to exceed 6 tablets in 24 hours");
    assert_eq!(
        m.max_per_day,
        Some(MaxPerDay {
            value: 6.0,
            unit: Some("tablet".into())
        })
    );
    assert!(close(m.frequency_per_day, 6.0));
    let m = p("1 tab q6h prn max 4 doses per day");
    assert_eq!(m.max_per_day.map(|x| x.value), Some(4.0));
}

#[test]
fn split_doses_and_steps() {
    let m = p("take 3 tabs in the morning and 2 tabs in the evening");
    assert_eq!(m.daily_total, Some(5.0));
    assert!(close(m.frequency_per_day, 2.0));
    let m = p("1 cap am + 1 cap pm");
    assert_eq!(m.daily_total, Some(2.0));
    assert_eq!(m.dose, Some(1.0));
    let m = p(
        "take 3 tablets daily for 2 days, then 2 tablets daily for 2 days, then 1 tablet daily for 2 days",
    );
    assert_eq!(m.steps.len(), 3);
    assert_eq!(m.steps[0].dose, Some(3.0));
    assert_eq!(m.steps[2].dose, Some(1.0));
    assert_eq!(m.steps[1].duration.as_ref().map(|d| d.value), Some(2.0));
    assert!(m.timing.is_none());
}

#[test]
fn durations() {
    for (s, v, u) in [
        ("1 tab bid x7d", 7.0, "d"),
        ("1 tab bid x 10 days", 10.0, "d"),
        ("1 tab daily for 10 days", 10.0, "d"),
        ("1 tab daily times 5 days", 5.0, "d"),
        ("1 tab daily for a week", 1.0, "wk"),
        ("1 tab daily for six months", 6.0, "mo"),
    ] {
        let d = p(s).duration;
        assert_eq!(
            d.as_ref().map(|d| (d.value, d.unit.as_str())),
            Some((v, u)),
            "{s}"
        );
    }
}

#[test]
fn as_directed() {
    assert!(p("use as directed").as_directed);
    assert!(p("UAD").as_directed);
    assert!(p("inject per instructions").as_directed || p("inject as instructed").as_directed);
}

#[test]
fn routes_and_sites() {
    for (s, r) in [
        ("1 tab by mouth daily", "oral"),
        ("1 tab sl prn chest pain", "sublingual"),
        ("1 supp pr qhs", "rectal"),
        ("2 gtt os bid", "ophthalmic"),
        ("2 drops in each ear tid", "otic"),
        ("2 sprays each nostril daily", "nasal"),
        ("inject 10 units subq", "subcutaneous"),
        ("1 mL IM once", "intramuscular"),
        ("1 g IV q24h", "intravenous"),
        ("apply 1 patch daily", "transdermal"),
        ("ventolin inhaler 2 puffs q4h prn", "inhalation"),
        ("1 tab sc weekly", "subcutaneous"),
    ] {
        assert_eq!(p(s).route.as_deref(), Some(r), "{s}");
    }
    assert_eq!(p("1 drop OD qhs").site.as_deref(), Some("right eye"));
    assert_eq!(p("1 drop ou bid").site.as_deref(), Some("both eyes"));
    // without an eye context, "od" is once daily
    assert!(close(fpd("1 tab od"), 1.0));
}

#[test]
fn release_and_forms() {
    for (s, r) in [
        ("nifedipine XL 60 mg daily", "ER"),
        ("bupropion SR 150 mg bid", "ER"),
        ("Depakote DR 500 mg bid", "DR"),
        ("aspirin EC 81 mg daily", "DR"),
        ("diltiazem extended-release 180 mg daily", "ER"),
        ("pantoprazole delayed release 40 mg daily", "DR"),
    ] {
        assert_eq!(p(s).release.as_deref(), Some(r), "{s}");
    }
    assert_eq!(
        p("loratadine 10 mg ODT daily").form.as_deref(),
        Some("orally disintegrating tablet")
    );
    assert_eq!(
        p("calcium carbonate chewable 500 mg").form.as_deref(),
        Some("chewable tablet")
    );
    assert_eq!(
        p("amoxicillin 400 mg/5 mL suspension 5 mL bid")
            .strength_unit
            .as_deref(),
        Some("mg/5mL")
    );
}

#[test]
fn combination_strengths() {
    let m = p("oxycodone-acetaminophen 10-325 mg 1 tab q6h prn");
    assert_eq!(m.ingredients, ["acetaminophen", "oxycodone"]);
    assert_eq!(
        m.strength_components(),
        vec![(10.0, "mg".to_string()), (325.0, "mg".to_string())]
    );
    let m = p("Zestoretic 20-25 mg daily");
    assert!(matches!(m.strength, Some(Strength::Multi(ref v)) if v.len() == 2));
    let m = p("Percocet 5/325 1-2 tabs q4h prn");
    assert!(matches!(m.strength, Some(Strength::Multi(ref v)) if v[1].value == 325.0));
}

#[test]
fn noise_words() {
    let m = p("Sig: Take 1 tablet by mouth daily. Disp: 90 tablets. Refills: 3");
    assert_eq!(m.dose, Some(1.0));
    assert!(close(m.frequency_per_day, 1.0));
    let m = p("lisinopril 10 mg #30 1 po qd");
    assert_eq!(m.dose, Some(1.0));
    assert_eq!(m.strength, Some(Strength::Single(10.0)));
}

#[test]
fn names_brands_and_unknown() {
    let m = p("Zoloft 100 mg daily");
    assert_eq!(m.name.as_deref(), Some("zoloft"));
    assert_eq!(m.ingredients, ["sertraline"]);
    assert!(m.recognized);
    let m = p("Florbexitran 25 mg tablet daily");
    assert_eq!(m.name.as_deref(), Some("florbexitran"));
    assert_eq!(m.ingredients, ["florbexitran"]);
    assert!(!m.recognized && m.classes.is_empty());
    assert_eq!(m.strength, Some(Strength::Single(25.0)));
    // An unknown name before a count of doses is kept too.
    for (text, dose) in [
        ("Florbexitran 2 tablets daily", 2.0),
        ("Florbexitran 1-2 caps bid", 1.0),
        ("Florbexitran 1 to 2 puffs q4h prn", 1.0),
    ] {
        let m = p(text);
        assert_eq!(m.name.as_deref(), Some("florbexitran"), "{text}");
        assert_eq!((m.dose, m.recognized), (Some(dose), false), "{text}");
    }
    // A number that is no count of doses leaves the words unnamed, as before.
    assert_eq!(p("Florbexitran 42 10 mg tablet").name, None);
    let m = p("Tylenol PM 2 caplets qhs prn sleep");
    assert_eq!(m.ingredients, ["acetaminophen", "diphenhydramine"]);
    // typo in a drug name
    assert_eq!(p("take 1 lisinoprel daily").ingredients, ["lisinopril"]);
}

#[test]
fn mass_helpers() {
    let m = p("metformin 500 mg tab 2 tabs bid");
    assert_eq!(m.dose_mass_mg(), Some(1000.0));
    assert_eq!(m.daily_mass_mg(), Some(2000.0));
    let m = p("Paracetamol 1 g qds");
    assert_eq!(m.dose_mass_mg(), Some(1000.0));
    assert_eq!(m.daily_mass_mg(), Some(4000.0));
    let m = p("acetaminophen 500 mg 1-2 tabs q4-6h");
    assert_eq!(m.dose_mass_mg_max(), Some(1000.0));
    assert_eq!(m.daily_mass_mg_max(), Some(6000.0));
    let m = p("levothyroxine 88 mcg daily");
    assert!(m.dose_mass_mg().is_some_and(|x| (x - 0.088).abs() < 1e-9));
    let m = p("amoxicillin 250 mg/5 mL 10 mL tid");
    assert_eq!(m.dose_mass_mg(), Some(500.0));
    let m = p("Norco 5-325 mg 2 tabs q6h");
    let per = m.ingredient_daily_mg_max();
    assert!(
        per.iter()
            .any(|(i, mg)| i == "acetaminophen" && (*mg - 2600.0).abs() < 1e-6),
        "{per:?}"
    );
}

#[test]
fn json_shape() {
    let m = p("Hyzaar 100-25 mg 1 tab daily");
    let v = serde_json::to_value(&m).unwrap_or_default();
    assert!(v["strength"].is_array());
    assert_eq!(v["strength"][0]["value"], 100.0);
    assert!(v.get("dose_max").is_none());
    assert_eq!(v["prn"], false);
    let m = p("Lipitor 20 mg daily");
    let v = serde_json::to_value(&m).unwrap_or_default();
    assert_eq!(v["strength"], 20.0);
    assert_eq!(v["strength_unit"], "mg");
    let back: ParsedMed = serde_json::from_value(v).unwrap_or_default();
    assert_eq!(back, m);
}

#[test]
fn never_panics_on_odd_input() {
    for s in [
        "",
        " ",
        "....",
        "---",
        "1/0",
        "q",
        "every",
        "take",
        "for for for",
        "x x x",
        "💊",
        "ＴＡＫＥ １",
        "then then",
    ] {
        let _ = parse(s);
    }
    let huge = format!(
        "take {} tabs {} times a day x{}d",
        "9".repeat(400),
        "9".repeat(320),
        "9".repeat(330)
    );
    let m = parse(&huge);
    let json = serde_json::to_string(&m).unwrap_or_default();
    let back: ParsedMed = serde_json::from_str(&json).unwrap_or_default();
    assert_eq!(back, m);
    let long = "take 1 tab ".repeat(500);
    let _ = parse(&long);
}

#[test]
fn weekday_ranges_and_step_carry_over() {
    let m = p("1 tab mon-fri");
    assert_eq!(m.day_of_week.len(), 5);
    assert!(close(m.frequency_per_day, 5.0 / 7.0));
    let m = p("2 caps daily for 2 weeks, then every other day");
    assert_eq!(m.steps.len(), 2);
    assert_eq!(m.steps[1].dose, Some(2.0));
    assert!(close(m.steps[1].frequency_per_day, 0.5));
    let m = p("methylprednisolone 8 mg daily x 3 days then 4 mg daily x 3 days");
    assert_eq!(m.steps[0].dose, Some(8.0));
    assert_eq!(m.steps[1].dose, Some(4.0));
    // "more than" is not a step boundary
    let m = p("1 tab q6h prn; do not take more than 4 tablets a day");
    assert!(m.steps.is_empty());
    assert_eq!(m.max_per_day.map(|x| x.value), Some(4.0));
}

#[test]
fn indications_are_not_drugs() {
    for w in [
        "diabetes",
        "thyroid",
        "prostate",
        "water retention",
        "anxiety",
    ] {
        let m = p(&format!("take 1 tab daily for {w}"));
        assert!(m.name.is_none(), "{w}: {:?}", m.name);
        assert_eq!(m.indication.as_deref(), Some(w));
    }
    assert!(p("Patient takes 10 mg daily").name.is_none());
    assert!(p("Administer 2 mL q4h").name.is_none());
    // a real drug named like a condition still works with a strength
    assert_eq!(p("Armour Thyroid 60 mg daily").ingredients, ["thyroid"]);
}

#[test]
fn one_letter_vitamins() {
    assert_eq!(p("D3 1000 units daily").ingredients, ["cholecalciferol"]);
    assert_eq!(p("B12 1000 mcg IM monthly").ingredients, ["cyanocobalamin"]);
    assert!(close(fpd("4 / d"), 4.0));
}

#[test]
fn amounts_in_other_units() {
    let m = p("Lantus 22 units subq qhs");
    assert_eq!(m.dose_amount(), Some((22.0, "unit".to_string())));
    let m = p("Vitamin D3 2000 IU daily");
    assert_eq!(m.daily_amount(), Some((2000.0, "unit".to_string())));
    let iu_to_mcg =
        crate::lexicon::unit_conversion("cholecalciferol", "unit", "mcg").unwrap_or(0.0);
    assert!((2000.0 * iu_to_mcg - 50.0).abs() < 1e-9);
    let m = p("Klor-Con 20 mEq tab bid");
    assert_eq!(m.daily_amount(), Some((40.0, "mEq".to_string())));
    let m = p("lisinopril 10 mg 1 tab daily");
    assert_eq!(m.dose_amount(), Some((10.0, "mg".to_string())));
}

#[test]
fn eprescribing_style() {
    let m = p("Take 2 tablets (1,000 mg total) by mouth 2 (two) times a day with meals.");
    assert_eq!((m.dose, m.dose_mass), (Some(2.0), Some(1000.0)));
    assert!(close(m.frequency_per_day, 2.0));
    let m = p("Apply 1 patch onto the skin every 72 (seventy-two) hours.");
    assert_eq!(m.route.as_deref(), Some("transdermal"));
    assert!(close(m.frequency_per_day, 1.0 / 3.0));
    assert_eq!(
        p("Inject 12 Units under the skin nightly.")
            .route
            .as_deref(),
        Some("subcutaneous")
    );
    let m = p(
        "Take 1 tablet by mouth every 8 (eight) hours as needed for pain. Max daily amount: 3 tablets",
    );
    assert_eq!(m.max_per_day.map(|x| x.value), Some(3.0));
}

#[test]
fn stated_maximum_caps_daily_mass() {
    let m = p("Advil 200mg 2 tabs q4-6h PRN, max 6 tabs/day");
    assert_eq!(m.daily_mass_mg_max(), Some(1200.0));
    assert_eq!(
        p("Tylenol #3 1 tab q4h prn").ingredients,
        ["acetaminophen", "codeine"]
    );
}

#[test]
fn misspelled_sig_words() {
    let m = p("tak 1 tablest evry mornig");
    assert_eq!(
        (m.dose, m.dose_unit.as_deref()),
        (Some(1.0), Some("tablet"))
    );
    assert!(close(m.frequency_per_day, 1.0));
    let m = p("take 2 capsuls twice dialy for 5 dayz");
    assert_eq!(m.dose_unit.as_deref(), Some("capsule"));
    assert!(close(m.frequency_per_day, 2.0));
    assert_eq!(m.duration.map(|d| d.value), Some(5.0));
    assert!(close(fpd("1 tab at nite"), 1.0));
    // a misspelled drug name is matched to the lexicon's spelling
    assert_eq!(
        p("1 tab of metformn bid").name.as_deref(),
        Some("metformin")
    );
}

#[test]
fn strength_without_a_name() {
    let m = p("10mg/325mg 1 tab q6h");
    assert!(matches!(m.strength, Some(Strength::Multi(ref v)) if v.len() == 2));
    assert_eq!(m.dose, Some(1.0));
}

#[test]
fn classes_follow_the_route() {
    let nasal = p("Flonase 50 mcg 2 sprays each nostril daily");
    let inhaled = p("Flovent HFA 110 mcg 2 puffs bid");
    assert_eq!(nasal.route.as_deref(), Some("nasal"));
    assert!(nasal.classes.iter().all(|c| c != "inhaled corticosteroid"));
    assert!(
        inhaled
            .classes
            .iter()
            .any(|c| c == "inhaled corticosteroid")
    );
    assert!(
        inhaled
            .classes
            .iter()
            .all(|c| c != "intranasal corticosteroid")
    );
    // a brand with no route word gets its labeled route
    assert_eq!(
        p("Ozempic 0.5 mg weekly").route.as_deref(),
        Some("subcutaneous")
    );
}

#[test]
fn hold_clauses_are_instructions() {
    let m = p("Eliquis 5 mg 1 tab BID, hold for bleeding");
    assert_eq!(m.indication, None);
    assert_eq!(m.dose, Some(1.0));
    assert_eq!(m.instructions.as_deref(), Some("hold for bleeding"));
    let m = p("Metoprolol 25 mg BID, hold if HR < 60");
    assert_eq!(m.dose, None);
    assert!(matches!(m.strength, Some(Strength::Single(v)) if v == 25.0));
    assert!(close(m.frequency_per_day, 2.0));
    assert_eq!(m.instructions.as_deref(), Some("hold if hr < 60"));
    let m = p("lisinopril 10 mg daily if SBP < 100 call doctor");
    assert!(m.dose.is_none() && close(m.frequency_per_day, 1.0));
    let m = p("insulin lispro 4 units with meals, BG > 150 add 2 units");
    assert_eq!(m.dose, Some(4.0));
    assert!(m.instructions.is_some());
    let m = p("carvedilol 6.25 mg 1 tab twice daily hold parameters: SBP less than 90 or HR 55");
    assert_eq!(m.dose, Some(1.0));
    assert!(close(m.frequency_per_day, 2.0));
    assert_eq!(m.indication, None);
}

#[test]
fn count_after_frequency_is_a_limit() {
    let m = p("Nitro 0.4 mg SL q5min x3 prn chest pain");
    assert_eq!(m.dose, None);
    assert_eq!(m.ingredients, vec!["nitroglycerin".to_string()]);
    // After an interval in minutes the count is for one episode, not a day.
    assert_eq!(m.max_per_episode, Some(3.0));
    assert!(m.max_per_day.is_none());
    let m = p("nitroglycerin 0.4 mg 1 tab SL every 5 minutes x 3 doses as needed");
    assert_eq!(m.dose, Some(1.0));
    assert_eq!((m.max_per_episode, m.max_per_day), (Some(3.0), None));
    let m = p("1 spray q5min up to 3 times prn");
    assert_eq!(m.dose, Some(1.0));
    assert_eq!((m.max_per_episode, m.max_per_day), (Some(3.0), None));
    // After a longer interval it stays a count of doses a day.
    let m = p("Ibuprofen 400 mg q6h prn pain up to 3 times");
    assert_eq!(m.max_per_episode, None);
    let mx = m.max_per_day.expect("limit");
    assert_eq!((mx.value, mx.unit.as_deref()), (3.0, Some("dose")));
    // after the reason it is a limit too, and not part of the reason or a dose
    for text in [
        "Nitroglycerin 0.4 mg SL tablet, 1 tab under the tongue q5min prn chest pain x3",
        "Nitroglycerin 0.4 mg SL q5min PRN chest pain x3 doses",
    ] {
        let m = p(text);
        assert_eq!(m.prn_reason.as_deref(), Some("chest pain"), "{text}");
        assert_ne!(m.dose_unit.as_deref(), Some("dose"), "{text}");
        assert_eq!(
            (m.max_per_episode, m.max_per_day.is_none()),
            (Some(3.0), true),
            "{text}"
        );
    }
    // a duration is still a duration, a daily "up to" is still a frequency
    let m = p("1 tab bid x 5 days");
    assert!(m.duration.is_some() && m.max_per_day.is_none());
    let m = p("1 spray up to 3 times daily");
    assert!(m.max_per_day.is_none() && close(m.frequency_per_day_max, 3.0));
}

#[test]
fn stated_daily_maximums() {
    for (s, v) in [
        ("ibuprofen 200 mg 2 tabs q6h prn pain, max 8/day", 8.0),
        (
            "acetaminophen 500 mg 1 tab q6h prn, max 4 doses per day",
            4.0,
        ),
        (
            "APAP 500 mg 2 tabs q6h, not more than 6 tablets in 24 hours",
            6.0,
        ),
    ] {
        assert_eq!(p(s).max_per_day.map(|x| x.value), Some(v), "{s}");
    }
}

#[test]
fn irregular_schedules_are_flagged_not_guessed() {
    for s in [
        "Coumadin 5 mg M/W/F, 2.5 mg other days",
        "warfarin 5 mg daily except 2.5 mg on Mondays",
        "warfarin 5 mg on Monday and Friday, 2.5 mg on Tuesday Wednesday Thursday",
        "warfarin alternate 5 mg and 2.5 mg daily",
        "insulin lispro sliding scale AC",
        "warfarin 2 mg tab per INR",
        "prednisone 5 mg daily except Sundays",
    ] {
        let m = p(s);
        assert!(m.irregular, "{s}");
        assert!(
            m.dose.is_none() && m.timing.is_none() && m.frequency_per_day.is_none(),
            "{s}"
        );
        assert!(m.steps.is_empty(), "{s}");
    }
    let m = p("Coumadin 5 mg M/W/F, 2.5 mg other days");
    assert!(matches!(m.strength, Some(Strength::Single(v)) if v == 5.0));
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["irregular"], true);
    for s in [
        "1 tab every other day",
        "1 tab on alternate days",
        "prednisone 40 mg daily x 3 days then 20 mg daily x 3 days",
        "alendronate 70 mg every Monday",
    ] {
        let m = p(s);
        assert!(!m.irregular, "{s}");
        assert!(serde_json::to_value(&m).unwrap().get("irregular").is_none());
    }
}

#[test]
fn component_names_follow_written_order() {
    let m = p("Norco 5-325 1 tab q6h prn pain");
    assert_eq!(m.ingredients, vec!["acetaminophen", "hydrocodone"]);
    assert_eq!(m.component_names(), vec!["hydrocodone", "acetaminophen"]);
    assert_eq!(m.strength_components()[0].0, 5.0);
    let m = p("Hyzaar 100-25 mg daily");
    assert_eq!(m.component_names(), vec!["losartan", "hydrochlorothiazide"]);
    let m = p("acetaminophen-codeine 300-30 mg 1 tab q4h prn");
    assert_eq!(m.component_names(), vec!["acetaminophen", "codeine"]);
    let m = p("lisinopril 10 mg daily");
    assert_eq!(m.component_order(), None);
    assert_eq!(m.component_names(), vec!["lisinopril"]);
}

#[test]
fn forms_and_release_from_the_product() {
    let m = p("ASA 81 mg EC daily");
    assert_eq!(m.form.as_deref(), Some("tablet"));
    assert_eq!(m.release.as_deref(), Some("DR"));
    assert_eq!(p("Klor-Con 20 mEq daily").release.as_deref(), Some("ER"));
    assert_eq!(p("Concerta 36 mg qam").release.as_deref(), Some("ER"));
    assert_eq!(p("Klor-Con powder 20 mEq packet daily").release, None);
    assert_eq!(p("Ambien 10 mg qhs").release, None);
    assert_eq!(p("Ambien CR 12.5 mg qhs").release.as_deref(), Some("ER"));
    assert_eq!(
        p("metformin 500 mg bid w/ meals").meal.as_deref(),
        Some("with meals")
    );
    assert_eq!(
        p("levothyroxine 50 mcg daily on an empty stomach")
            .meal
            .as_deref(),
        Some("empty stomach")
    );
}

#[test]
fn strength_after_a_route_word_before_a_count() {
    let m = p("fluticasone nasal 50 mcg 2 sprays in each nostril daily");
    assert!(matches!(m.strength, Some(Strength::Single(v)) if v == 50.0));
    assert_eq!(m.strength_unit.as_deref(), Some("mcg"));
    assert_eq!((m.dose, m.dose_unit.as_deref()), (Some(2.0), Some("spray")));
    let m = p("timolol ophthalmic 0.5% 1 drop in each eye bid");
    assert_eq!(m.dose, Some(1.0));
    assert!(m.strength.is_some());
}

#[test]
fn hold_clause_ends_at_the_next_instruction() {
    let m = p("Metoprolol 25 mg BID hold if HR < 60 or SBP < 100 take with food");
    assert_eq!(
        m.instructions.as_deref(),
        Some("hold if hr < 60 or sbp < 100")
    );
    assert_eq!(m.meal.as_deref(), Some("with meals"));
    assert!(m.dose.is_none() && close(m.frequency_per_day, 2.0));
    let m = p("Humalog sliding scale AC");
    assert!(m.irregular);
    assert_eq!(m.instructions.as_deref(), Some("sliding scale"));
    assert_eq!(m.meal.as_deref(), Some("before meals"));
}
