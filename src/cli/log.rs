//! `phr log`: the change log.

use crate::context::Context;
use crate::error::CliResult;
use crate::records::log;

#[derive(Debug, clap::Args)]
pub struct Args {}

pub fn run(ctx: &Context, _args: &Args) -> CliResult {
    let binder = ctx.open_read()?;
    if ctx.ui.json {
        // A change at a time: the log is never held whole.
        return ctx
            .ui
            .json_array(|items| log::each(binder.conn(), |c| items.push(c)));
    }
    let mut t = ctx.ui.table(&["When (UTC)", "Change", "Record", "What"]);
    // The table leaves out the old and new values: only its columns are read.
    log::each_brief(binder.conn(), |at, action, record, summary, source| {
        t.add_row(vec![
            at.to_owned(),
            action.to_owned(),
            record.unwrap_or_default().to_owned(),
            match source {
                Some(s) => format!("{summary} (from {s})"),
                None => summary.to_owned(),
            },
        ]);
        Ok::<(), rusqlite::Error>(())
    })
    .map_err(super::share::db_error)?;
    ctx.ui.out_table(&t)?;
    ctx.done_with(t);
    Ok(())
}
