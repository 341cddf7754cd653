//! Lexicon tests with hand-written cases.
use super::*;

fn ings(name: &str) -> Vec<String> {
    lookup(name).map(|d| d.ingredients).unwrap_or_default()
}

#[test]
fn brand_to_generic() {
    assert_eq!(ings("Zocor"), ["simvastatin"]);
    assert_eq!(ings("ELIQUIS"), ["apixaban"]);
    assert_eq!(ings("Claritin"), ["loratadine"]);
    assert_eq!(ings("Pepcid AC"), ["famotidine"]);
}

#[test]
fn synonyms_and_abbreviations() {
    assert_eq!(ings("paracetamol"), ["acetaminophen"]);
    assert_eq!(ings("salbutamol"), ["albuterol"]);
    assert_eq!(ings("frusemide"), ["furosemide"]);
    assert_eq!(ings("HCTZ"), ["hydrochlorothiazide"]);
    assert_eq!(ings("APAP"), ["acetaminophen"]);
    assert_eq!(ings("TMP-SMX"), ["sulfamethoxazole", "trimethoprim"]);
    assert_eq!(ings("St. John's wort"), ["hypericum perforatum"]);
    assert_eq!(ings("vitamin B 12"), ["cyanocobalamin"]);
}

#[test]
fn salt_forms_and_release() {
    assert_eq!(ings("metoprolol succinate"), ["metoprolol"]);
    assert_eq!(ings("Metoprolol Tartrate"), ["metoprolol"]);
    assert_eq!(ings("amlodipine besylate"), ["amlodipine"]);
    assert_eq!(ings("bupropion HCl XL"), ["bupropion"]);
    assert_eq!(ings("potassium chloride"), ["potassium chloride"]);
}

#[test]
fn combinations() {
    let n = lookup("Norco").expect("norco");
    assert!(n.is_combination);
    assert_eq!(n.ingredients, ["acetaminophen", "hydrocodone"]);
    assert!(n.classes.iter().any(|c| c == "opioid"));
    assert_eq!(ings("Hyzaar"), ["hydrochlorothiazide", "losartan"]);
    assert_eq!(ings("Tylenol PM"), ["acetaminophen", "diphenhydramine"]);
    assert_eq!(
        ings("lisinopril-hydrochlorothiazide"),
        ["hydrochlorothiazide", "lisinopril"]
    );
    // not listed as a product: assembled from its parts
    assert_eq!(ings("atenolol/HCTZ"), ["atenolol", "hydrochlorothiazide"]);
    assert_eq!(
        ings("acetaminophen and diphenhydramine"),
        ["acetaminophen", "diphenhydramine"]
    );
    assert_eq!(ings("Advair Diskus"), ["fluticasone", "salmeterol"]);
}

#[test]
fn classes() {
    assert!(classes_of("omeprazole").contains(&"proton pump inhibitor".to_string()));
    assert!(classes_of("sertraline").contains(&"SSRI".to_string()));
    let asa = classes_of("aspirin");
    let apix = classes_of("apixaban");
    assert!(
        asa.iter().all(|c| !apix.contains(c)),
        "aspirin and apixaban share a class"
    );
    assert!(classes_of("lisinopril").contains(&"ACE inhibitor".to_string()));
    assert!(classes_of("losartan").iter().any(|c| c.contains("ARB")));
}

#[test]
fn unknown_drug() {
    assert!(lookup("zorblaxitol").is_none());
    assert!(lookup("").is_none());
    assert!(classes_of("zorblaxitol").is_empty());
}

#[test]
fn fuzzy() {
    assert_eq!(lookup_fuzzy("codaine").map(|x| x.0), Some("codeine".into()));
    assert_eq!(
        lookup_fuzzy("bendaryl").map(|x| x.0),
        Some("benadryl".into())
    );
    assert!(lookup_fuzzy("tablet").is_none());
    assert!(lookup_fuzzy("abc").is_none());
}

#[test]
fn max_daily_values() {
    assert_eq!(
        max_daily("acetaminophen").map(|m| m.amount_mg),
        Some(4000.0)
    );
    assert_eq!(max_daily("Tylenol").map(|m| m.amount_mg), Some(4000.0));
    assert_eq!(max_daily("ibuprofen").map(|m| m.amount_mg), Some(1200.0));
    assert!(
        max_daily_all("ibuprofen")
            .iter()
            .any(|m| m.amount_mg == 3200.0)
    );
    assert!(max_daily("lisinopril").is_none());
    assert!(
        !max_daily("acetaminophen")
            .map(|m| m.source)
            .unwrap_or("")
            .is_empty()
    );
}

#[test]
fn conversions() {
    let f = unit_conversion("cholecalciferol", "IU", "mcg").expect("vit D");
    assert!((f - 0.025).abs() < 1e-9);
    let g = unit_conversion("vitamin D3", "mcg", "IU").expect("vit D reverse");
    assert!((g - 40.0).abs() < 1e-9);
    let h = unit_conversion("vitamin d3", "IU", "mg").expect("vit D to mg");
    assert!((h - 0.000_025).abs() < 1e-12);
    assert_eq!(unit_conversion("anything", "g", "mg"), Some(1000.0));
    assert!(unit_conversion("lisinopril", "unit", "mg").is_none());
}

#[test]
fn coverage() {
    assert!(ingredient_count() >= 300);
    assert!(name_count() >= 1500);
}

#[test]
fn route_hints() {
    assert_eq!(route_hint("Flonase"), Some("nasal"));
    assert_eq!(route_hint("Advair Diskus"), Some("inhalation"));
    assert_eq!(route_hint("ozempic"), Some("subcutaneous"));
    assert_eq!(route_hint("fluticasone"), None);
}

#[test]
fn otc_brand_kind() {
    assert_eq!(lookup("Prilosec OTC").map(|d| d.kind), Some(Kind::Otc));
    assert_eq!(lookup("Nexium 24HR").map(|d| d.kind), Some(Kind::Otc));
    assert_eq!(lookup("Prilosec").map(|d| d.kind), Some(Kind::RxOtc));
    assert_eq!(implied_release("K-Dur"), Some("ER"));
    assert_eq!(implied_release("metoprolol"), None);
}
