//! The command line: the `Cli` definition (its doc comments are the help text), the
//! conversion of raw arguments into checked settings, and one dispatch `match`.

mod backup;
mod care;
mod config;
mod demo;
mod docs;
mod export;
mod import;
mod init;
mod log;
mod med;
mod reconcile;
mod record;
mod request;
mod session;
mod share;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand};

use crate::context::{Context, Globals};
use crate::error::{CliError, CliResult};
use crate::records::kinds;
use crate::ui::Ui;

pub use session::parse_duration;

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
    #[arg(
        long,
        global = true,
        env = "PHR_BINDER",
        hide_env_values = true,
        value_name = "DIR"
    )]
    pub binder: Option<PathBuf>,

    /// Unlock with this age identity file (plain, or passphrase-protected like identity.age), or an unencrypted SSH key
    #[arg(
        long,
        global = true,
        env = "PHR_IDENTITY",
        hide_env_values = true,
        value_name = "FILE"
    )]
    pub identity: Option<PathBuf>,

    /// Read the passphrase from the first line of FILE
    #[arg(
        long,
        global = true,
        env = "PHR_PASSPHRASE_FILE",
        hide_env_values = true,
        value_name = "FILE"
    )]
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
    #[command(display_order = 1)]
    Init(init::Args),
    /// A tour on a throwaway binder filled with sample data
    #[command(display_order = 2)]
    Demo(demo::Args),
    /// Start a session so later commands skip the passphrase: eval "$(phr unlock)"
    #[command(display_order = 70)]
    Unlock(session::UnlockArgs),
    /// End the session started by `phr unlock`
    #[command(display_order = 71)]
    Lock,
    /// Change the passphrase that protects identity.age (the binder is untouched)
    #[command(display_order = 72)]
    Passwd(session::PasswdArgs),
    /// Share the binder with a caregiver's age or SSH key, list or remove them
    #[command(subcommand)]
    #[command(display_order = 73)]
    Share(share::Command),
    /// Medications: add, list, show, edit, stop, history, verify, parse
    #[command(subcommand)]
    #[command(display_order = 10)]
    Med(med::Command),
    /// Ask providers to send reports, or for a copy of your records; tracked until done
    #[command(subcommand)]
    Request(request::Command),
    /// The change log: every change, when, and from which source
    #[command(display_order = 60)]
    Log(log::Args),
    /// Compare a new medication list with the saved one; accept changes one by one or with --apply
    #[command(display_order = 11)]
    Reconcile(reconcile::Args),
    /// Print or write a printout, the calendar, the whole binder, or a FHIR summary
    Export(export::Args),
    /// Import a phr export (JSON, TOML, YAML) or a FHIR R4 Bundle
    Import(import::Args),
    /// The encrypted backups kept before each save
    #[command(subcommand)]
    #[command(display_order = 74)]
    Backup(backup::Command),
    /// Show the settings in force and where each comes from
    #[command(subcommand)]
    #[command(display_order = 80)]
    Config(config::Command),
    /// Print a shell completion script
    #[command(display_order = 90)]
    Completions(docs::CompletionsArgs),
    /// Write man pages, one per command, into DIR
    #[command(display_order = 91)]
    Man(docs::ManArgs),
}

/// Parses the arguments and runs the command, as the whole of a `phr` process: what the
/// command has finished with is left for the process's end (see [`Context::done_with`]).
pub fn run(args: impl IntoIterator<Item = OsString>) -> CliResult {
    run_in(args, None, true)
}

/// Runs a command with a session key given in-process instead of `PHR_SESSION`, in a
/// process that goes on afterwards (the demo's commands).
pub fn run_with_session(
    args: impl IntoIterator<Item = OsString>,
    session: Option<&str>,
) -> CliResult {
    run_in(args, session, false)
}

fn run_in(
    args: impl IntoIterator<Item = OsString>,
    session: Option<&str>,
    ends_process: bool,
) -> CliResult {
    let args: Vec<OsString> = args.into_iter().collect();
    let matches = match command_for(&args).try_get_matches_from(args) {
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
    let config_path = crate::config::path();
    let config = match &config_path {
        Some(p) => crate::config::load(p)?,
        None => crate::config::Config::default(),
    };
    let ui = Ui::new(g.json, g.quiet, config.color());
    let globals = Globals {
        binder: g.binder,
        identity: g.identity,
        passphrase_file: g.passphrase_file,
        no_input: g.no_input,
        session: session.map(str::to_owned),
    };
    let mut ctx = Context::new(globals, ui, config);
    ctx.ends_process = ends_process;
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
        Command::Request(c) => request::run(&ctx, c),
        Command::Log(a) => log::run(&ctx, a),
        Command::Reconcile(a) => reconcile::run(&ctx, a),
        Command::Export(a) => export::run(&ctx, a),
        Command::Import(a) => import::run(&ctx, a),
        Command::Backup(c) => backup::run(&ctx, c),
        Command::Config(c) => config::run(&ctx, c),
        Command::Completions(a) => docs::completions(&ctx, a),
        Command::Man(a) => docs::man(&ctx, a),
    }
}

/// The clap command, for completions, man pages and tests.
pub fn command() -> clap::Command {
    with_every_kind(<Cli as clap::CommandFactory>::command())
}

/// The clap command for parsing `args`: only the part of the tree they name when their
/// first word that is neither an option nor its value names a command (building every
/// record kind's commands, and clap's checks of them, took about half a millisecond of
/// each run); the whole tree for anything else (`help`, a misspelt name, none), so that
/// what clap prints is what it prints for the whole tree.
pub fn command_for(args: &[OsString]) -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    let Some(name) = first_word(&cmd, args) else {
        return with_every_kind(cmd);
    };
    if cmd.find_subcommand(name).is_some() {
        return cmd;
    }
    match (kinds::by_name(name), name) {
        (Some(kind), _) => cmd.subcommand(record::command(kind)),
        (None, "profile") => cmd.subcommand(care::profile_command()),
        (None, "agenda") => cmd.subcommand(care::agenda_command()),
        _ => with_every_kind(cmd),
    }
}

/// The first of `args` (after the program's name) that is neither an option of `cmd`'s
/// nor an option's value; `None` where one cannot be sure (an option `cmd` does not
/// know, short options other than a lone flag, text that is not UTF-8, `--`).
fn first_word<'a>(cmd: &clap::Command, args: &'a [OsString]) -> Option<&'a str> {
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let arg = arg.to_str()?;
        let option = if let Some(long) = arg.strip_prefix("--") {
            if long.is_empty() {
                return None;
            }
            match long.split_once('=') {
                Some((long, _)) => {
                    cmd.get_arguments().find(|a| a.get_long() == Some(long))?;
                    continue;
                }
                None => cmd.get_arguments().find(|a| a.get_long() == Some(long))?,
            }
        } else if let Some(short) = arg.strip_prefix('-') {
            let mut chars = short.chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return None;
            };
            cmd.get_arguments().find(|a| a.get_short() == Some(c))?
        } else {
            return Some(arg);
        };
        if option.get_action().takes_values() {
            rest.next()?;
        }
    }
    None
}

/// `cmd` with `profile`, every record kind's commands and `agenda` added.
fn with_every_kind(mut cmd: clap::Command) -> clap::Command {
    cmd = cmd.subcommand(care::profile_command().display_order(5));
    for (i, kind) in kinds::ALL.iter().enumerate() {
        let order = match kind.name {
            "provider" => 6,
            "contact" => 7,
            _ => 20 + i,
        };
        cmd = cmd.subcommand(record::command(kind).display_order(order));
    }
    cmd.subcommand(care::agenda_command().display_order(50))
}

#[cfg(test)]
mod tests {
    use std::ffi::OsString;

    #[test]
    fn verify_cli() {
        super::command().debug_assert();
    }

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    /// The names of the top-level commands of the tree built for `line`.
    fn built_for(line: &str) -> Vec<String> {
        let cmd = super::command_for(&args(line));
        cmd.get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect()
    }

    #[test]
    fn only_the_named_part_of_the_tree_is_built() {
        let every = built_for("phr");
        assert!(every.len() > 20, "{every:?}");
        for line in [
            "phr note add text",
            "phr --binder note note list",
            "phr --binder=x -q --json note list",
            "phr --quiet --passphrase-file f note",
        ] {
            let built = built_for(line);
            assert!(built.contains(&"note".to_owned()), "{line}");
            assert!(!built.contains(&"provider".to_owned()), "{line}");
            assert!(!built.contains(&"profile".to_owned()), "{line}");
            super::command_for(&args(line)).debug_assert();
        }
        for line in [
            "phr med list",
            "phr --json reconcile list.txt",
            "phr export fhir",
        ] {
            let built = built_for(line);
            assert!(!built.contains(&"note".to_owned()), "{line}");
            assert!(built.contains(&"med".to_owned()), "{line}");
        }
        for (line, only) in [("phr profile show", "profile"), ("phr agenda", "agenda")] {
            let built = built_for(line);
            assert!(built.contains(&only.to_owned()) && !built.contains(&"note".to_owned()));
        }
        // Anything unsure builds the whole tree, so that clap's help and errors list
        // every command.
        for line in [
            "phr help note",
            "phr nte",
            "phr --unknown note",
            "phr -qj note",
            "phr -- note",
            "phr --binder",
            "phr --help",
        ] {
            assert_eq!(built_for(line), every, "{line}");
        }
    }

    /// What was parsed, level by level: each argument's values and where they came
    /// from, then the subcommand's name. (`ArgMatches`' own `Debug` also lists the
    /// commands that could have been given, in builds with debug assertions.)
    fn parsed(m: &clap::ArgMatches) -> Vec<String> {
        let mut out = Vec::new();
        let mut m = m;
        loop {
            for id in m.ids() {
                let values: Vec<String> = m
                    .try_get_raw(id.as_str())
                    .ok()
                    .flatten()
                    .map(|v| v.map(|x| x.to_string_lossy().into_owned()).collect())
                    .unwrap_or_default();
                out.push(format!("{id} {values:?} {:?}", m.value_source(id.as_str())));
            }
            match m.subcommand() {
                Some((name, sub)) => {
                    out.push(format!("> {name}"));
                    m = sub;
                }
                None => return out,
            }
        }
    }

    /// Every command parses alike whether the whole tree is built or only its part.
    #[test]
    fn a_part_of_the_tree_parses_as_the_whole() {
        for line in [
            "phr note add text --with Dr",
            "phr --binder b provider add Dr --role pcp",
            "phr -q profile show",
            "phr --json med list --all",
            "phr reconcile list.txt --apply",
        ] {
            let part = super::command_for(&args(line)).try_get_matches_from(args(line));
            let whole = super::command().try_get_matches_from(args(line));
            let (Ok(part), Ok(whole)) = (part, whole) else {
                panic!("{line} does not parse");
            };
            assert_eq!(parsed(&part), parsed(&whole), "{line}");
            assert!(parsed(&part).len() > 3, "{line}");
        }
    }
}
