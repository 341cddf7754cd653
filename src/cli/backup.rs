//! `phr backup list` and `phr backup restore ID`: the rotating encrypted backups.

use crate::binder::{self, backup};
use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List the backups, newest first
    List,
    /// Put a backup back in place of binder.age (the current file is kept as a backup)
    #[command(after_help = "\
Examples:
  phr backup list
  phr backup restore 12

The backup must open with your key before it replaces anything; the file it replaces
becomes the newest backup, so a restore can itself be undone.")]
    Restore {
        /// The id shown by `phr backup list`
        id: String,
    },
}

pub fn run(ctx: &Context, cmd: &Command) -> CliResult {
    match cmd {
        Command::List => list(ctx),
        Command::Restore { id } => restore(ctx, id),
    }
}

fn list(ctx: &Context) -> CliResult {
    let paths = ctx.paths()?;
    if !paths.dir.exists() {
        return Err(binder::BinderError::Missing(paths.dir.clone()).into());
    }
    let backups = backup::list(&paths.backups())
        .map_err(|e| binder::BinderError::io("could not read the backups directory", e))?;
    if ctx.ui.json {
        return ctx.ui.json(&backups);
    }
    if backups.is_empty() {
        ctx.ui
            .status("No backups yet: one is kept before each save.");
        return Ok(());
    }
    let mut t = ctx.ui.table(&["Id", "Saved at (UTC)", "Size"]);
    for b in &backups {
        t.add_row(vec![
            b.id.clone(),
            b.saved_at.clone(),
            format!("{} bytes", b.bytes),
        ]);
    }
    ctx.ui.out_table(&t)
}

fn restore(ctx: &Context, id: &str) -> CliResult {
    let paths = ctx.paths()?;
    let (keys, origin) = ctx.keys(&paths)?;
    let restored = binder::restore(&paths, &keys, origin, id, ctx.config.backups())?;
    ctx.ui.status(&format!(
        "Restored backup {id} (saved {restored}). The replaced binder is now the newest backup."
    ));
    // A backup is encrypted to whoever could open the binder then: say who that is, so
    // a caregiver removed since can be removed again.
    let b = binder::Binder::open_read(&paths, &keys, origin)?;
    let mut stmt = b
        .conn()
        .prepare("SELECT name FROM recipients WHERE role = 'caregiver' ORDER BY id")
        .map_err(super::share::db_error)?;
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .and_then(|rows| rows.collect())
        .map_err(super::share::db_error)?;
    if !names.is_empty() {
        ctx.ui.warn(&format!(
            "the restored binder is shared with {}. If you removed someone since this backup was made, remove them again with `phr share remove NAME`.",
            names.join(", ")
        ));
    }
    Ok(())
}
