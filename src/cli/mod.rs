//! The command line: the `Cli` definition (its doc comments are the help text), the
//! conversion of raw arguments into checked settings, and one dispatch `match`.

mod backup;
mod care;
mod demo;
mod docs;
mod export;
mod import;
mod init;
mod log;
mod med;
mod record;
mod session;
mod share;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand};

use crate::context::{Context, Globals};
use crate::error::{CliError, CliResult};
use crate::records::kinds;
use crate::ui::Ui;

const AFTER_HELP: &str = "\
Unlocking, in this order: --identity FILE (PHR_IDENTITY); a session from
`eval \"$(phr unlock)\"` (PHR_SESSION); --passphrase-file FILE (PHR_PASSPHRASE_FILE);
a prompt at a terminal. A passphrase is never a command-line argument.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or identity,
4 binder missing or unreadable, 5 binder busy (another writer holds the lock).

Examples:
  phr init                                  create a binder (asks for a passphrase)
  eval \"$(phr unlock)\"                      skip the passphrase for 15 minutes
  phr med add \"Metformin 500 mg tab, 1 tab PO BID with meals\"
  phr med list --json";

/// A personal health record in one encrypted file: medications, care team, history,
/// and the printouts to bring to every appointment.
#[derive(Debug, Parser)]
#[command(name = "phr", version, about, long_about = None, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub globals: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// The options every command takes.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The binder directory [default: the platform data directory, ~/.local/share/phr on Linux]
    #[arg(long, global = true, env = "PHR_BINDER", value_name = "DIR")]
    pub binder: Option<PathBuf>,

    /// Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key
    #[arg(long, global = true, env = "PHR_IDENTITY", value_name = "FILE")]
    pub identity: Option<PathBuf>,

    /// Read the passphrase from the first line of FILE
    #[arg(long, global = true, env = "PHR_PASSPHRASE_FILE", value_name = "FILE")]
    pub passphrase_file: Option<PathBuf>,

    /// Print JSON for scripts instead of tables
    #[arg(long, global = true)]
    pub json: bool,

    /// Never prompt; fail and name the missing flag instead
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Silence status messages (errors and warnings still print)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new binder: binder.age and identity.age in a 0700 directory
    Init(init::Args),
    /// A tour on a throwaway binder filled with sample data
    Demo(demo::Args),
    /// Start a session so later commands skip the passphrase: eval "$(phr unlock)"
    Unlock(session::UnlockArgs),
    /// End the session started by `phr unlock`
    Lock,
    /// Change the passphrase that protects identity.age (the binder is untouched)
    Passwd(session::PasswdArgs),
    /// Share the binder with a caregiver's age or SSH key, list or remove them
    #[command(subcommand)]
    Share(share::Command),
    /// Medications: add, list
    #[command(subcommand)]
    Med(med::Command),
    /// The change log: every change, when, and from which source
    Log(log::Args),
    /// Print or write a printout, the calendar, the whole binder, or a FHIR summary
    Export(export::Args),
    /// Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle
    Import(import::Args),
    /// The encrypted backups kept before each save
    #[command(subcommand)]
    Backup(backup::Command),
    /// Print a shell completion script
    Completions(docs::CompletionsArgs),
    /// Write man pages, one per command, into DIR
    Man(docs::ManArgs),
}

/// Parses the arguments and runs the command.
pub fn run(args: impl IntoIterator<Item = OsString>) -> CliResult {
    let matches = match command().try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => {
            use clap::error::ErrorKind as K;
            let _ = e.print();
            return match e.kind() {
                K::DisplayHelp | K::DisplayVersion => Ok(()),
                K::DisplayHelpOnMissingArgumentOrSubcommand => Err(CliError::new(
                    crate::error::ErrorKind::Usage,
                    "a command is needed",
                )),
                _ => Err(
                    CliError::new(crate::error::ErrorKind::Usage, "invalid arguments")
                        .hint("see `phr --help`"),
                ),
            };
        }
    };
    let g = GlobalArgs::from_arg_matches(&matches).map_err(|e| CliError::usage(e.to_string()))?;
    let ui = Ui::new(g.json, g.quiet);
    let globals = Globals {
        binder: g.binder,
        identity: g.identity,
        passphrase_file: g.passphrase_file,
        no_input: g.no_input,
    };
    let ctx = Context::new(globals, ui);
    if let Some((name, sub)) = matches.subcommand() {
        if let Some(kind) = kinds::by_name(name) {
            return record::run(&ctx, kind, sub);
        }
        match name {
            "profile" => return care::profile(&ctx, sub),
            "agenda" => return care::agenda(&ctx),
            _ => {}
        }
    }
    let cli = Cli::from_arg_matches(&matches).map_err(|e| CliError::usage(e.to_string()))?;
    match &cli.command {
        Command::Init(a) => init::run(&ctx, a),
        Command::Demo(a) => demo::run(&ctx, a),
        Command::Unlock(a) => session::unlock(&ctx, a),
        Command::Lock => session::lock(&ctx),
        Command::Passwd(a) => session::passwd(&ctx, a),
        Command::Share(c) => share::run(&ctx, c),
        Command::Med(c) => med::run(&ctx, c),
        Command::Log(a) => log::run(&ctx, a),
        Command::Export(a) => export::run(&ctx, a),
        Command::Import(a) => import::run(&ctx, a),
        Command::Backup(c) => backup::run(&ctx, c),
        Command::Completions(a) => docs::completions(&ctx, a),
        Command::Man(a) => docs::man(&ctx, a),
    }
}

/// The clap command, for completions, man pages and tests.
pub fn command() -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    cmd = cmd.subcommand(care::profile_command());
    for kind in kinds::ALL {
        cmd = cmd.subcommand(record::command(kind));
    }
    cmd.subcommand(care::agenda_command())
}

#[cfg(test)]
mod tests {
    #[test]
    fn verify_cli() {
        super::command().debug_assert();
    }
}
