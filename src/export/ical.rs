//! Appointments as iCalendar (RFC 5545): stable UIDs from record UUIDs, times in UTC,
//! text escaped, lines folded at 75 octets, CRLF line ends.

use chrono::{DateTime, Duration, Utc};

use crate::records::generic::{Record, text};
use crate::records::kinds;
use crate::records::snapshot::Snapshot;

/// Escapes a TEXT value: backslash, semicolon, comma and newlines.
fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => o.push_str("\\\\"),
            ';' => o.push_str("\\;"),
            ',' => o.push_str("\\,"),
            '\n' => o.push_str("\\n"),
            '\r' => {}
            c => o.push(c),
        }
    }
    o
}

/// Folds a content line at 75 octets (never inside a UTF-8 character) and ends it with CRLF.
fn fold(line: &str, out: &mut String) {
    let mut len = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if len + n > 75 {
            out.push_str("\r\n ");
            len = 1;
        }
        out.push(c);
        len += n;
    }
    out.push_str("\r\n");
}

fn utc(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

fn event(a: &Record, stamp: &str, out: &mut String) -> bool {
    let Ok(start) = DateTime::parse_from_rfc3339(text(a, "when")) else {
        return false;
    };
    let start = start.with_timezone(&Utc);
    let mut lines = vec![
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}@phr", text(a, "uuid")),
        format!("DTSTAMP:{stamp}"),
        format!("DTSTART:{}", utc(start)),
        format!("DTEND:{}", utc(start + Duration::hours(1))),
    ];
    let summary = match text(a, "reason") {
        "" => format!("Appointment with {}", text(a, "with")),
        r => format!("{r} with {}", text(a, "with")),
    };
    lines.push(format!("SUMMARY:{}", escape(&summary)));
    if !text(a, "location").is_empty() {
        lines.push(format!("LOCATION:{}", escape(text(a, "location"))));
    }
    let mut desc = vec![format!("With {}", text(a, "with"))];
    if !text(a, "reason").is_empty() {
        desc.push(format!("Reason: {}", text(a, "reason")));
    }
    if !text(a, "notes").is_empty() {
        desc.push(format!("Notes: {}", text(a, "notes")));
    }
    lines.push(format!("DESCRIPTION:{}", escape(&desc.join("\n"))));
    lines.push(format!(
        "STATUS:{}",
        match text(a, "status") {
            "cancelled" => "CANCELLED",
            _ => "CONFIRMED",
        }
    ));
    lines.push("END:VEVENT".into());
    for l in lines {
        fold(&l, out);
    }
    true
}

/// Every appointment (scheduled, done and cancelled) as one VCALENDAR.
pub fn calendar(snap: &Snapshot, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    for l in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//phr//personal health record//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        fold(l, &mut out);
    }
    let stamp = utc(now);
    for a in snap.of(&kinds::APPOINTMENT) {
        event(a, &stamp, &mut out);
    }
    fold("END:VCALENDAR", &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_at_75_octets_on_char_boundaries() {
        let mut o = String::new();
        fold(&format!("DESCRIPTION:{}", "é".repeat(80)), &mut o);
        for l in o.split("\r\n") {
            assert!(l.len() <= 75, "{}", l.len());
        }
        assert!(o.ends_with("\r\n"));
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
