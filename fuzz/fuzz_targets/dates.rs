//! Fuzzes the date and date-time readers behind every date flag.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap_or_default();
    let now = today.and_hms_opt(9, 0, 0).unwrap_or_default();
    let _ = phr::dates::parse_date(&text, today);
    let _ = phr::dates::parse_datetime(&text, now);
    // The extremes of the calendar, where offsets overflow.
    let _ = phr::dates::parse_date(&text, NaiveDate::MAX);
    let _ = phr::dates::parse_date(&text, NaiveDate::MIN);
    let _ = phr::dates::parse_datetime(&text, NaiveDate::MAX.and_hms_opt(23, 59, 59).unwrap_or_default());
});
