//! `phr init`: a new binder directory with a fresh owner key wrapped by a passphrase.

use crate::binder::crypto::Passphrase;
use crate::binder::{Binder, BinderError};
use crate::context::Context;
use crate::error::{CliError, CliResult};

/// Shortest passphrase phr accepts from a person.
pub const MIN_PASSPHRASE: usize = 8;

#[derive(Debug, clap::Args)]
#[command(after_help = "\
Examples:
  phr init                                   asks twice, or offers a generated passphrase
  phr --binder ~/binders/mum init            a second binder, e.g. for a parent
  phr init --passphrase-file pass.txt        for scripts (first line of the file)

The binder can always be read without phr:
  age -d -i identity.age binder.age > binder.sqlite && sqlite3 binder.sqlite")]
pub struct Args {}

pub fn run(ctx: &Context, _args: &Args) -> CliResult {
    let paths = ctx.paths()?;
    if paths.binder().exists() || paths.identity().exists() {
        return Err(BinderError::AlreadyExists(paths.dir.clone()).into());
    }
    let passphrase = new_passphrase(ctx, "--passphrase-file FILE")?;
    ctx.ui
        .status("Deriving the key from the passphrase (this takes a second)…");
    Binder::create(&paths, &passphrase, &ctx.stamp())?;
    if ctx.ui.json {
        ctx.ui.json(&serde_json::json!({ "binder": paths.dir }))?;
    } else {
        ctx.ui
            .out(&format!("Created a binder in {}", paths.dir.display()))?;
        ctx.ui.status(
            "Keep the passphrase safe: without it (or a caregiver's key) the binder cannot be opened.\n\
             Next: `phr med add \"…\"`, or `eval \"$(phr unlock)\"` to skip the passphrase for 15 minutes.",
        );
    }
    Ok(())
}

/// A new passphrase: from the passphrase file, or asked twice at a terminal, with the
/// offer of a generated one. `flag` names the scripted alternative in errors.
pub fn new_passphrase(ctx: &Context, flag: &str) -> CliResult<Passphrase> {
    if let Some(p) = ctx.passphrase_from_file()? {
        return check_strength(p);
    }
    new_passphrase_prompted(ctx, flag)
}

pub fn new_passphrase_prompted(ctx: &Context, flag: &str) -> CliResult<Passphrase> {
    if !ctx.can_prompt() {
        return Err(
            CliError::usage("a new passphrase is needed and phr may not prompt")
                .hint(format!("give it with `{flag}` (the file's first line)")),
        );
    }
    let generate = ctx.ask(|| {
        dialoguer::Confirm::new()
            .with_prompt("Generate a strong passphrase for you?")
            .default(true)
            .interact()
    })?;
    if generate {
        let p = Passphrase::random()?;
        eprintln!(
            "\nYour passphrase:\n\n    {}\n\nWrite it down and keep it somewhere safe.\n",
            p.expose()
        );
        return Ok(p);
    }
    for _ in 0..3 {
        let a = ctx.prompt_passphrase("New passphrase")?;
        let b = ctx.prompt_passphrase("Repeat the passphrase")?;
        if !a.ct_eq(&b) {
            ctx.ui.warn("the two passphrases differ; try again");
            continue;
        }
        match check_strength(a) {
            Ok(p) => return Ok(p),
            Err(e) => ctx.ui.warn(&e.message),
        }
    }
    Err(CliError::failed("no passphrase was set"))
}

fn check_strength(p: Passphrase) -> CliResult<Passphrase> {
    if p.expose().chars().count() < MIN_PASSPHRASE {
        return Err(CliError::failed(format!(
            "the passphrase is shorter than {MIN_PASSPHRASE} characters"
        ))
        .hint("use a longer one, or let `phr init` generate one at a terminal"));
    }
    Ok(p)
}
