//! Fuzzes the medication parser: any text, valid UTF-8 or lossily decoded bytes, parses
//! without panicking, and every derived figure the printouts use is computed too.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let p = phr::sig::parse(&text);
    let _ = p.timing.as_ref().map(|t| t.per_day());
    let _ = p.strength_components();
    let _ = p.dose_mass_mg();
    let _ = p.dose_mass_mg_max();
    let _ = p.daily_mass_mg();
    let _ = p.daily_mass_mg_max();
    let _ = p.dose_amount();
    let _ = p.daily_amount();
    let _ = p.ingredient_daily_mg_max();
});
