//! `phr log`: the change log.

use crate::context::Context;
use crate::error::CliResult;
use crate::records::log;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _args: &Args) -> CliResult {
    let binder = ctx.open_read()?;
    let changes = log::list(binder.conn(), None).map_err(super::share::db_error)?;
    if ctx.ui.json {
        return ctx.ui.json(&changes);
    }
    let mut t = ctx.ui.table(&["When (UTC)", "Change", "Record", "What"]);
    for c in &changes {
        t.add_row(vec![
            c.at.clone(),
            c.action.clone(),
            c.record.clone().unwrap_or_default(),
            match &c.source {
                Some(s) => format!("{} (from {s})", c.summary),
                None => c.summary.clone(),
            },
        ]);
    }
    ctx.ui.out(&t.to_string())
}
