//! Sig vocabulary: which words are instructions rather than drug names, and how dose units,
//! dosage forms, routes and period units are spelled.

/// Normalised dose unit for a word ("tabs" → "tablet", "cc" → "mL"), if it is one.
pub fn dose_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "tablet" | "tablets" | "tab" | "tabs" | "tbl" | "pill" | "pills" | "caplet" | "caplets"
        | "tabl" => "tablet",
        "capsule" | "capsules" | "cap" | "caps" | "capsul" | "softgel" | "softgels" | "gelcap"
        | "gelcaps" => "capsule",
        "puff" | "puffs" | "inhalation" | "inhalations" | "actuation" | "actuations" | "inh" => {
            "puff"
        }
        "spray" | "sprays" => "spray",
        "drop" | "drops" | "gtt" | "gtts" | "gt" => "drop",
        "ml" | "mls" | "cc" | "milliliter" | "milliliters" | "millilitre" | "millilitres" => "mL",
        "mg" | "mgs" | "milligram" | "milligrams" => "mg",
        "mcg" | "mcgs" | "μg" | "ug" | "microgram" | "micrograms" => "mcg",
        "g" | "gm" | "gms" | "gram" | "grams" => "g",
        "unit" | "units" | "iu" | "ius" | "u" => "unit",
        "meq" => "mEq",
        "click" | "clicks" => "click",
        "application" | "applications" | "applicatorful" | "applicator" => "application",
        "nebule" | "nebules" | "neb" | "nebs" | "ampule" | "ampules" | "respule" | "respules" => {
            "nebule"
        }
        "vial" | "vials" => "vial",
        "enema" | "enemas" => "enema",
        "capful" | "capfuls" => "capful",
        "oz" | "ounce" | "ounces" => "oz",
        "patch" | "patches" => "patch",
        "suppository" | "suppositories" | "supp" | "supps" => "suppository",
        "lozenge" | "lozenges" | "troche" | "troches" => "lozenge",
        "packet" | "packets" | "sachet" | "sachets" => "packet",
        "scoop" | "scoops" => "scoop",
        "injection" | "injections" => "injection",
        "pen" | "pens" => "pen",
        "film" | "films" | "strip" | "strips" => "film",
        "piece" | "pieces" | "gum" => "piece",
        "ring" => "ring",
        "wafer" | "wafers" => "wafer",
        "dose" | "doses" => "dose",
        "chewable" | "chewables" => "tablet",
        _ => return None,
    })
}

/// Units that measure an amount of drug (strength or mass dose).
pub fn strength_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "mg" | "mgs" | "milligram" | "milligrams" => "mg",
        "mcg" | "mcgs" | "μg" | "ug" | "microgram" | "micrograms" => "mcg",
        "g" | "gm" | "gms" | "gram" | "grams" => "g",
        "unit" | "units" | "iu" | "ius" | "u" => "unit",
        "meq" => "mEq",
        "%" | "percent" => "%",
        "ml" | "mls" | "cc" => "mL",
        _ => return None,
    })
}

/// Mass units (convertible to mg).
pub fn is_mass(u: &str) -> bool {
    matches!(u, "mg" | "mcg" | "g")
}

/// Dosage form of a word, if it names one.
pub fn form(w: &str) -> Option<&'static str> {
    Some(match w {
        "tablet" | "tablets" | "tab" | "tabs" | "caplet" | "caplets" | "pill" | "pills" => "tablet",
        "capsule" | "capsules" | "cap" | "caps" | "softgel" | "softgels" | "gelcap" | "gelcaps" => {
            "capsule"
        }
        "chewable" | "chewables" | "chew" => "chewable tablet",
        "odt" => "orally disintegrating tablet",
        "solution" | "soln" | "sol" => "solution",
        "suspension" | "susp" => "suspension",
        "syrup" => "syrup",
        "elixir" => "elixir",
        "liquid" => "liquid",
        "cream" | "crm" => "cream",
        "ointment" | "oint" | "ung" => "ointment",
        "gel" => "gel",
        "lotion" => "lotion",
        "foam" => "foam",
        "shampoo" => "shampoo",
        "inhaler" | "hfa" | "mdi" | "diskus" | "ellipta" | "respimat" | "handihaler"
        | "inhaler." | "flexhaler" | "aerosol" => "inhaler",
        "nebulizer" | "nebuliser" | "nebule" | "nebules" | "respules" => "inhalation solution",
        "patch" | "patches" | "transdermal" => "patch",
        "drops" | "drop" | "gtt" | "gtts" => "drops",
        "spray" | "sprays" => "spray",
        "lozenge" | "lozenges" | "troche" | "troches" => "lozenge",
        "suppository" | "suppositories" | "supp" => "suppository",
        "enema" => "enema",
        "powder" | "packet" | "packets" | "sachet" => "powder",
        "injection" | "injectable" | "inj" => "injection",
        "pen" | "autoinjector" | "auto-injector" => "pen",
        "vial" => "vial",
        "film" => "film",
        "gum" => "gum",
        "granules" => "granules",
        _ => return None,
    })
}

/// Release designation of a word ("XL" → "ER", "EC" → "DR").
pub fn release(w: &str) -> Option<&'static str> {
    Some(match w {
        "er" | "xl" | "xr" | "sr" | "cr" | "cd" | "la" | "extended" | "sustained"
        | "controlled" | "modified" | "osmotic" | "12hr" | "24hr" | "ter" | "sa" | "pa" => "ER",
        "dr" | "ec" | "delayed" | "enteric" | "gastro" => "DR",
        _ => return None,
    })
}

/// Period unit code for a word ("hrs" → "h", "weeks" → "wk").
pub fn period_unit(w: &str) -> Option<&'static str> {
    Some(match w {
        "min" | "mins" | "minute" | "minutes" => "min",
        "h" | "hr" | "hrs" | "hour" | "hours" | "hrly" | "hourly" => "h",
        "d" | "day" | "days" | "dy" | "dys" | "daily" => "d",
        "w" | "wk" | "wks" | "week" | "weeks" | "weekly" => "wk",
        "mo" | "mos" | "month" | "months" | "mth" | "mths" | "monthly" => "mo",
        "y" | "yr" | "yrs" | "year" | "years" | "yearly" | "annually" => "yr",
        _ => return None,
    })
}

/// Length of a period unit in days.
pub fn unit_days(u: &str) -> f64 {
    match u {
        "min" => 1.0 / 1440.0,
        "h" => 1.0 / 24.0,
        "wk" => 7.0,
        "mo" => 30.0,
        "yr" => 365.0,
        _ => 1.0,
    }
}

/// Day of the week for a word ("mon", "mondays" → "monday").
pub fn weekday(w: &str) -> Option<&'static str> {
    Some(match w {
        "monday" | "mondays" | "mon" => "monday",
        "tuesday" | "tuesdays" | "tue" | "tues" => "tuesday",
        "wednesday" | "wednesdays" | "wed" => "wednesday",
        "thursday" | "thursdays" | "thu" | "thur" | "thurs" => "thursday",
        "friday" | "fridays" | "fri" => "friday",
        "saturday" | "saturdays" | "sat" => "saturday",
        "sunday" | "sundays" | "sun" => "sunday",
        _ => return None,
    })
}

/// Words that belong to the instructions, never to a drug name.
pub fn is_sig_word(w: &str) -> bool {
    more_sig_words(w)
        || dose_unit(w).is_some()
        || form(w).is_some()
        || period_unit(w).is_some()
        || weekday(w).is_some()
        || matches!(
            w,
            "take"
                | "takes"
                | "taking"
                | "taken"
                | "give"
                | "given"
                | "use"
                | "used"
                | "apply"
                | "applied"
                | "inhale"
                | "inhaled"
                | "instill"
                | "insert"
                | "inject"
                | "chew"
                | "dissolve"
                | "dissolved"
                | "swallow"
                | "place"
                | "spray"
                | "put"
                | "rub"
                | "massage"
                | "change"
                | "remove"
                | "wear"
                | "sig"
                | "rx"
                | "disp"
                | "dispense"
                | "qty"
                | "quantity"
                | "refill"
                | "refills"
                | "rf"
                | "by"
                | "mouth"
                | "orally"
                | "oral"
                | "po"
                | "p"
                | "o"
                | "per"
                | "a"
                | "an"
                | "the"
                | "of"
                | "to"
                | "be"
                | "and"
                | "or"
                | "then"
                | "than"
                | "for"
                | "with"
                | "without"
                | "at"
                | "in"
                | "on"
                | "into"
                | "each"
                | "every"
                | "other"
                | "alternate"
                | "once"
                | "twice"
                | "thrice"
                | "times"
                | "time"
                | "x"
                | "q"
                | "qd"
                | "od"
                | "bid"
                | "bd"
                | "tid"
                | "tds"
                | "qid"
                | "qds"
                | "qhs"
                | "hs"
                | "qam"
                | "qpm"
                | "qod"
                | "eod"
                | "qow"
                | "qw"
                | "qwk"
                | "biw"
                | "tiw"
                | "qiw"
                | "prn"
                | "as"
                | "needed"
                | "required"
                | "directed"
                | "uad"
                | "if"
                | "when"
                | "necessary"
                | "morning"
                | "mornings"
                | "evening"
                | "evenings"
                | "night"
                | "nights"
                | "nightly"
                | "bedtime"
                | "noon"
                | "afternoon"
                | "midnight"
                | "lunch"
                | "breakfast"
                | "dinner"
                | "supper"
                | "meal"
                | "meals"
                | "food"
                | "ac"
                | "pc"
                | "mane"
                | "nocte"
                | "am"
                | "pm"
                | "fortnight"
                | "fortnightly"
                | "sl"
                | "sublingual"
                | "sublingually"
                | "under"
                | "tongue"
                | "pr"
                | "rectally"
                | "rectal"
                | "pv"
                | "vaginally"
                | "vaginal"
                | "topically"
                | "topical"
                | "nasal"
                | "nostril"
                | "nostrils"
                | "eye"
                | "eyes"
                | "ear"
                | "ears"
                | "os"
                | "ou"
                | "lungs"
                | "subq"
                | "sq"
                | "sc"
                | "subcut"
                | "im"
                | "iv"
                | "left"
                | "right"
                | "both"
                | "affected"
                | "area"
                | "skin"
                | "up"
                | "max"
                | "maximum"
                | "not"
                | "exceed"
                | "do"
                | "no"
                | "more"
                | "until"
                | "gone"
                | "finished"
                | "daily"
                | "empty"
                | "stomach"
                | "before"
                | "after"
                | "after."
                | "whole"
                | "continue"
                | "start"
                | "stop"
                | "increase"
                | "increased"
                | "decrease"
                | "reduce"
                | "total"
                | "tablet(s)"
                | "s"
                | "ud"
                | "prn."
                | "bds"
                | "tdd"
                | "hourly"
                | "hrly"
                | "via"
                | "nebulizer"
                | "glass"
                | "water"
                | "full"
                | "dr"
                | "er"
                | "xl"
                | "xr"
                | "sr"
                | "ec"
                | "cd"
                | "la"
                | "except"
                | "followed"
                | "thereafter"
                | "spoon"
                | "spoons"
                | "spoonful"
                | "spoonfuls"
                | "spoonsful"
                | "teaspoon"
                | "teaspoons"
                | "tsp"
                | "tablespoon"
                | "tablespoons"
                | "tbsp"
                | "use."
                | "sleepy"
        )
}

/// Everyday and condition words that a misspelled drug name must never be "corrected"
/// from ("diabetes" is not Diabeta, "prostate" is not Prolate).
pub fn is_common_word(w: &str) -> bool {
    matches!(
        w,
        "diabetes"
            | "diabetic"
            | "prostate"
            | "pressure"
            | "cholesterol"
            | "thyroid"
            | "anxiety"
            | "depression"
            | "allergy"
            | "allergies"
            | "seizure"
            | "seizures"
            | "arthritis"
            | "swelling"
            | "itching"
            | "migraine"
            | "insomnia"
            | "constipation"
            | "diarrhea"
            | "heartburn"
            | "wheezing"
            | "asthma"
            | "angina"
            | "psoriasis"
            | "eczema"
            | "fever"
            | "cough"
            | "congestion"
            | "sinus"
            | "bladder"
            | "urine"
            | "kidney"
            | "kidneys"
            | "liver"
            | "heart"
            | "memory"
            | "smoking"
            | "weight"
            | "appetite"
            | "muscle"
            | "spasm"
            | "spasms"
            | "cramps"
            | "bleeding"
            | "clots"
            | "breathing"
            | "sugar"
            | "water"
            | "glass"
            | "juice"
            | "crush"
            | "shake"
            | "store"
            | "drowsy"
            | "alcohol"
            | "driving"
            | "stomach"
            | "finish"
            | "course"
            | "chewing"
            | "dissolve"
            | "nausea"
            | "vomiting"
            | "pharmacist"
            | "doctor"
            | "physician"
            | "symptoms"
            | "infection"
            | "headache"
            | "headaches"
            | "pain"
            | "sleep"
            | "blood"
            | "gout"
            | "acne"
            | "rash"
            | "dizziness"
            | "vertigo"
            | "edema"
            | "fluid"
            | "hives"
            | "cold"
            | "flu"
            | "throat"
            | "teeth"
            | "mouth"
            | "morning"
            | "evening"
            | "night"
            | "daily"
            | "weekly"
            | "tablet"
            | "tablets"
            | "capsule"
            | "capsules"
            | "before"
            | "after"
            | "with"
            | "meals"
            | "food"
            | "empty"
            | "until"
            | "every"
            | "hours"
            | "minutes"
            | "other"
            | "breakfast"
            | "dinner"
            | "lunch"
            | "supper"
            | "bedtime"
            | "awake"
            | "while"
            | "needed"
            | "directed"
            | "instructions"
            | "physical"
            | "therapy"
            | "labs"
            | "levels"
            | "reading"
            | "readings"
            | "sliding"
            | "scale"
            | "glucose"
            | "insulin"
            | "protein"
            | "vitamin"
            | "supplement"
            | "contents"
            | "applicator"
            | "nostril"
            | "nostrils"
            | "affected"
            | "area"
            | "areas"
            | "layer"
            | "thin"
            | "film"
            | "sparingly"
    )
}

/// Verbs and filler words of instructions and medication lists.
fn more_sig_words(w: &str) -> bool {
    matches!(
        w,
        "administer"
            | "administered"
            | "mix"
            | "mixed"
            | "gargle"
            | "rinse"
            | "swish"
            | "wash"
            | "spread"
            | "drink"
            | "sprinkle"
            | "infuse"
            | "nebulize"
            | "patient"
            | "pt"
            | "pts"
            | "resume"
            | "hold"
            | "begin"
            | "please"
            | "note"
            | "new"
            | "old"
            | "home"
            | "current"
            | "med"
            | "meds"
            | "medication"
            | "medications"
            | "medicine"
            | "now"
            | "stat"
            | "only"
            | "usual"
            | "same"
            | "while"
            | "awake"
            | "scheduled"
            | "routine"
            | "sliding"
            | "scale"
            | "may"
            | "can"
            | "should"
            | "must"
            | "will"
            | "you"
            | "your"
            | "it"
            | "this"
            | "that"
            | "these"
            | "is"
            | "are"
            | "was"
            | "has"
            | "takes"
            | "uses"
            | "instructions"
            | "instructed"
            | "needs"
            | "need"
            | "chewed"
            | "crushed"
            | "open"
            | "capsule(s)"
            | "cut"
            | "split"
            | "halve"
            | "halved"
            | "whole"
            | "contents"
            | "sprinkled"
            | "applesauce"
            | "pudding"
            | "lukewarm"
    )
}
