//! The one place phr asks what time it is, so tests can fix the clock with `PHR_NOW`.

use chrono::{DateTime, Utc};

/// The environment variable that fixes the clock (RFC 3339, e.g. `2026-11-26T09:00:00Z`).
pub const NOW_VAR: &str = "PHR_NOW";

/// Now, or the instant `PHR_NOW` names. An unreadable `PHR_NOW` is ignored, not fatal.
pub fn now() -> DateTime<Utc> {
    std::env::var(NOW_VAR)
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(s.trim()).ok())
        .map(|d| d.with_timezone(&Utc))
        .unwrap_or_else(Utc::now)
}

/// A timestamp as stored in the binder: RFC 3339, UTC, whole seconds.
pub fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
