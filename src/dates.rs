//! Dates and times as people type them: ISO forms, and today, tomorrow, yesterday,
//! "in 3 days", "2 weeks ago", "next monday", optionally followed by a time of day.
//! Times are in the local zone. Pure functions of the input and a fixed "now".

use chrono::{
    DateTime, Datelike, Duration, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Weekday,
};

/// The forms a date may take, for error messages.
pub const DATE_FORMS: &str =
    "YYYY-MM-DD, today, tomorrow, yesterday, \"in 3 days\", \"2 weeks ago\", \"next monday\"";
/// The forms a date and time may take, for error messages.
pub const DATETIME_FORMS: &str =
    "\"YYYY-MM-DD HH:MM\", \"tomorrow 9:30\", \"next monday 2pm\", or a date alone (9:00)";

/// A typed value as error messages quote it: at most 40 characters, control characters
/// escaped, so a 2 MB argument is not echoed back whole.
pub fn quoted(input: &str) -> String {
    let mut short: String = input.chars().take(40).collect();
    if short.len() < input.len() {
        short.push('…');
    }
    format!("{short:?}")
}

/// Parses a date relative to `today`.
pub fn parse_date(input: &str, today: NaiveDate) -> Option<NaiveDate> {
    let s = input.trim().to_lowercase();
    let s = s.as_str();
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    match s {
        "today" | "now" => return Some(today),
        "tomorrow" => return today.succ_opt(),
        "yesterday" => return today.pred_opt(),
        _ => {}
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    match words.as_slice() {
        ["in", n, unit] => offset(today, n, unit, 1),
        [n, unit, "ago"] => offset(today, n, unit, -1),
        ["next", day] => weekday(day).and_then(|w| next_weekday(today, w)),
        ["this", day] | [day] => weekday(day).and_then(|w| {
            if today.weekday() == w {
                Some(today)
            } else {
                next_weekday(today, w)
            }
        }),
        _ => None,
    }
}

fn offset(today: NaiveDate, n: &str, unit: &str, sign: i64) -> Option<NaiveDate> {
    let n: i64 = match n {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        _ => n.parse().ok()?,
    };
    if !(0..=3650).contains(&n) {
        return None;
    }
    let days = match unit.trim_end_matches('s') {
        "day" => n,
        "week" => n * 7,
        "month" => {
            let months = u32::try_from(n).ok()?;
            return if sign > 0 {
                today.checked_add_months(chrono::Months::new(months))
            } else {
                today.checked_sub_months(chrono::Months::new(months))
            };
        }
        "year" => {
            let months = u32::try_from(n * 12).ok()?;
            return if sign > 0 {
                today.checked_add_months(chrono::Months::new(months))
            } else {
                today.checked_sub_months(chrono::Months::new(months))
            };
        }
        _ => return None,
    };
    today.checked_add_signed(Duration::days(days * sign))
}

fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "monday" | "mon" => Weekday::Mon,
        "tuesday" | "tue" | "tues" => Weekday::Tue,
        "wednesday" | "wed" => Weekday::Wed,
        "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
        "friday" | "fri" => Weekday::Fri,
        "saturday" | "sat" => Weekday::Sat,
        "sunday" | "sun" => Weekday::Sun,
        _ => return None,
    })
}

/// The first `w` strictly after `today`; `None` past the end of the calendar (found by
/// the `dates` fuzz target: "next monday" on `NaiveDate::MAX` overflowed and panicked).
fn next_weekday(today: NaiveDate, w: Weekday) -> Option<NaiveDate> {
    let ahead =
        (7 + w.num_days_from_monday() as i64 - today.weekday().num_days_from_monday() as i64) % 7;
    today.checked_add_signed(Duration::days(if ahead == 0 { 7 } else { ahead }))
}

/// A date known only to the month (`2010-06`) or the year (`2010`), kept as written.
pub fn parse_partial_date(input: &str) -> Option<String> {
    let s = input.trim();
    let year_ok = |y: &str| {
        y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) && ("1800".."2201").contains(&y)
    };
    match s.split_once('-') {
        None if year_ok(s) => Some(s.to_owned()),
        Some((y, m)) if year_ok(y) && m.len() == 2 && matches!(m.parse::<u32>(), Ok(1..=12)) => {
            Some(s.to_owned())
        }
        _ => None,
    }
}

/// Parses a time of day: 14:30, 9:00, 9am, 2:30pm, noon.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim().to_lowercase();
    if s == "noon" {
        return NaiveTime::from_hms_opt(12, 0, 0);
    }
    let (body, pm) = if let Some(b) = s.strip_suffix("pm") {
        (b.trim(), Some(true))
    } else if let Some(b) = s.strip_suffix("am") {
        (b.trim(), Some(false))
    } else {
        (s.as_str(), None)
    };
    let (h, m) = match body.split_once(':') {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (body.parse::<u32>().ok()?, 0),
    };
    let h = match pm {
        Some(true) if (1..=11).contains(&h) => h + 12,
        Some(true) if h == 12 => 12,
        Some(false) if h == 12 => 0,
        Some(false) if (1..=11).contains(&h) => h,
        Some(_) => return None,
        None => h,
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

/// Parses a date with an optional time (default 09:00), relative to `now`.
pub fn parse_datetime(input: &str, now: NaiveDateTime) -> Option<NaiveDateTime> {
    let s = input.trim();
    for f in [
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, f) {
            return Some(dt);
        }
    }
    let today = now.date();
    if let Some(d) = parse_date(s, today) {
        return Some(d.and_time(NaiveTime::from_hms_opt(9, 0, 0)?));
    }
    // "<date words> <time>": try splitting off the last one or two words as the time.
    let words: Vec<&str> = s.split_whitespace().collect();
    for take in [1, 2] {
        if words.len() > take {
            let (date_part, time_part) = words.split_at(words.len() - take);
            let time_part = time_part.join("").replace("at", "");
            let date_part = date_part
                .iter()
                .copied()
                .filter(|w| *w != "at")
                .collect::<Vec<_>>()
                .join(" ");
            if let (Some(d), Some(t)) = (parse_date(&date_part, today), parse_time(&time_part)) {
                return Some(d.and_time(t));
            }
        }
    }
    None
}

/// Today's date in the local zone, from the (possibly fixed) clock.
pub fn local_today(now: DateTime<chrono::Utc>) -> NaiveDate {
    now.with_timezone(&Local).date_naive()
}

/// A local date-time as RFC 3339 with its offset, as stored.
pub fn local_stamp(dt: NaiveDateTime) -> String {
    match Local.from_local_datetime(&dt).earliest() {
        Some(t) => t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        None => dt.format("%Y-%m-%dT%H:%M:%S").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn dates_people_type() {
        let today = d("2026-11-26"); // a Thursday
        assert_eq!(parse_date("2026-12-01", today), Some(d("2026-12-01")));
        assert_eq!(parse_date("Today", today), Some(today));
        assert_eq!(parse_date("tomorrow", today), Some(d("2026-11-27")));
        assert_eq!(parse_date("yesterday", today), Some(d("2026-11-25")));
        assert_eq!(parse_date("in 3 days", today), Some(d("2026-11-29")));
        assert_eq!(parse_date("in 2 weeks", today), Some(d("2026-12-10")));
        assert_eq!(parse_date("2 weeks ago", today), Some(d("2026-11-12")));
        assert_eq!(parse_date("in 1 month", today), Some(d("2026-12-26")));
        assert_eq!(parse_date("next monday", today), Some(d("2026-11-30")));
        assert_eq!(parse_date("next thursday", today), Some(d("2026-12-03")));
        assert_eq!(parse_date("thursday", today), Some(today));
        assert_eq!(parse_date("fri", today), Some(d("2026-11-27")));
    }

    #[test]
    fn impossible_dates_are_refused() {
        let today = d("2026-11-26");
        for bad in [
            "2026-13-45",
            "2026-02-30",
            "",
            "soon",
            "in -3 days",
            "in 99999 days",
            "next blursday",
        ] {
            assert_eq!(parse_date(bad, today), None, "{bad}");
        }
    }

    #[test]
    fn partial_dates() {
        assert_eq!(parse_partial_date("2010-06").as_deref(), Some("2010-06"));
        assert_eq!(parse_partial_date("1998").as_deref(), Some("1998"));
        for bad in [
            "2010-13",
            "2010-6",
            "10-06",
            "20100",
            "2010-06-01",
            "abcd",
            "3000",
        ] {
            assert_eq!(parse_partial_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn date_times() {
        let now = d("2026-11-26").and_hms_opt(8, 0, 0).unwrap();
        let at = |s: &str| parse_datetime(s, now).map(|x| x.format("%Y-%m-%d %H:%M").to_string());
        assert_eq!(at("2026-12-01 14:30").as_deref(), Some("2026-12-01 14:30"));
        assert_eq!(at("2026-12-01T14:30").as_deref(), Some("2026-12-01 14:30"));
        assert_eq!(at("tomorrow 9:30").as_deref(), Some("2026-11-27 09:30"));
        assert_eq!(at("next monday 2pm").as_deref(), Some("2026-11-30 14:00"));
        assert_eq!(
            at("next monday at 2 pm").as_deref(),
            Some("2026-11-30 14:00")
        );
        assert_eq!(at("2026-12-01").as_deref(), Some("2026-12-01 09:00"));
        assert_eq!(at("tomorrow noon").as_deref(), Some("2026-11-27 12:00"));
        assert_eq!(at("2026-12-01 25:00"), None);
        assert_eq!(at("tomorrow 13pm"), None);
    }
}
