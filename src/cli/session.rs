//! `phr unlock`, `phr lock` and `phr passwd`: sessions that skip the passphrase, and
//! changing the passphrase that wraps the owner's key.

use std::path::PathBuf;
use std::time::Duration;

use age::secrecy::ExposeSecret;

use crate::binder::{self, session};
use crate::context::{Context, SESSION_VAR, read_passphrase_file};
use crate::error::{CliError, CliResult};

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  eval \"$(phr unlock)\"            sets PHR_SESSION in this shell for 15 minutes
  eval \"$(phr unlock --for 1h)\"
  phr lock                        ends it at once

The session file lives in the runtime directory (mode 0600) and holds the owner's key
encrypted to the session key; PHR_SESSION holds only that session key.")]
pub struct UnlockArgs {
    /// How long the session lasts: 90s, 15m, 2h, 1h30m (at most 24h) [default: 15m, or `session` in config.toml]
    #[arg(long = "for", value_name = "DURATION", value_parser = parse_duration)]
    pub duration: Option<Duration>,
}

#[derive(Debug, clap::Args)]
#[command(after_help = "\
The old passphrase comes from --passphrase-file or a prompt; the new one from
--new-passphrase-file or a prompt (asked twice). Only identity.age is rewritten, with a
single atomic rename; binder.age and running sessions are untouched.")]
pub struct PasswdArgs {
    /// Read the new passphrase from the first line of FILE
    #[arg(long, value_name = "FILE")]
    pub new_passphrase_file: Option<PathBuf>,
}

/// Parses `90s`, `15m`, `2h`, `1h30m`, `1d`.
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let bad = || format!("{s:?} is not a duration; write it like 90s, 15m, 2h or 1h30m");
    let mut total: u64 = 0;
    let mut num = String::new();
    let s = s.trim();
    if s.is_empty() {
        return Err(bad());
    }
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let n: u64 = num.parse().map_err(|_| bad())?;
        num.clear();
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86400,
            _ => return Err(bad()),
        };
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
    }
    if !num.is_empty() {
        return Err(bad());
    }
    if total == 0 {
        return Err("a session must last at least one second".into());
    }
    if total > 86400 {
        return Err("a session lasts at most 24h".into());
    }
    Ok(Duration::from_secs(total))
}

pub fn unlock(ctx: &Context, args: &UnlockArgs) -> CliResult {
    let paths = ctx.paths()?;
    if !paths.exists() {
        return Err(binder::BinderError::Missing(paths.dir.clone()).into());
    }
    let duration = match args.duration {
        Some(d) => d,
        None => parse_duration(ctx.config.session()).map_err(CliError::failed)?,
    };
    let owner = ctx.owner_key_by_passphrase(&paths)?;
    let expires = ctx.now() + chrono::Duration::seconds(duration.as_secs() as i64);
    let existing = std::env::var(SESSION_VAR).ok();
    let key = session::start(&paths.dir, &owner, expires.timestamp(), existing.as_deref())?;
    if ctx.ui.json {
        ctx.ui.json(&serde_json::json!({
            "session": key.expose_secret(),
            "expires_at": crate::clock::stamp(expires),
        }))?;
    } else {
        ctx.ui
            .out(&format!("export {SESSION_VAR}={}", key.expose_secret()))?;
        ctx.ui.status(&format!(
            "Unlocked {} until {} (UTC). Run it as eval \"$(phr unlock)\" to set {SESSION_VAR}; `phr lock` ends it.",
            paths.dir.display(),
            expires.format("%H:%M")
        ));
    }
    Ok(())
}

pub fn lock(ctx: &Context) -> CliResult {
    let paths = ctx.paths()?;
    let ended = session::end(&paths.dir)?;
    if ctx.ui.json {
        ctx.ui.json(&serde_json::json!({ "ended": ended }))?;
    } else if ended {
        ctx.ui.status(&format!(
            "Locked {}: the session has ended.",
            paths.dir.display()
        ));
    } else {
        ctx.ui
            .status(&format!("No session was open for {}.", paths.dir.display()));
    }
    Ok(())
}

pub fn passwd(ctx: &Context, args: &PasswdArgs) -> CliResult {
    let paths = ctx.paths()?;
    if !paths.exists() {
        return Err(binder::BinderError::Missing(paths.dir.clone()).into());
    }
    let old = match ctx.passphrase_from_file()? {
        Some(p) => p,
        None if ctx.can_prompt() => ctx.prompt_passphrase("Current passphrase")?,
        None => {
            return Err(
                CliError::usage("the current passphrase is needed and phr may not prompt")
                    .hint("give it with `--passphrase-file FILE`"),
            );
        }
    };
    // Check the old passphrase before asking for a new one.
    binder::unwrap_owner(&paths, &old)?;
    let new = match &args.new_passphrase_file {
        Some(f) => {
            let p = read_passphrase_file(f)?;
            if p.expose().chars().count() < super::init::MIN_PASSPHRASE {
                return Err(CliError::failed(format!(
                    "the new passphrase is shorter than {} characters",
                    super::init::MIN_PASSPHRASE
                )));
            }
            p
        }
        None => super::init::new_passphrase_prompted(ctx, "--new-passphrase-file FILE")?,
    };
    binder::rewrap_identity(&paths, &old, &new, &ctx.stamp())?;
    ctx.ui
        .status("The passphrase was changed. The old one no longer opens this binder.");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(parse_duration("90s"), Ok(Duration::from_secs(90)));
        assert!(parse_duration("").is_err());
        assert!(parse_duration("15").is_err());
        assert!(parse_duration("2w").is_err());
        assert!(parse_duration("25h").is_err());
        assert!(parse_duration("0m").is_err());
        assert!(parse_duration("99999999999999999999h").is_err());
    }
}
