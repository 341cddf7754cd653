//! `phr share`: encrypt the binder to a caregiver's own key as well, list who can
//! open it, and remove someone (re-encrypting without them).

use rusqlite::{OptionalExtension, params};
use serde::Serialize;

use crate::binder::{crypto, new_uuid};
use crate::context::Context;
use crate::error::{CliError, CliResult};
use crate::records::log::{self, Entry};

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Add a caregiver's age recipient (age1…) or SSH public key (ssh-ed25519 …)
    #[command(after_help = "\
Examples:
  phr share add age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p --name \"Ana (daughter)\"
  phr share add \"$(cat ~/ana.pub)\" --name Ana

Ana then opens the same binder directory with her own key:
  phr --binder DIR --identity ~/.config/age/key.txt med list")]
    Add {
        /// The recipient: `age1…` from `age-keygen -y`, or an SSH public key line
        recipient: String,
        /// Who this is, e.g. "Ana (daughter)"
        #[arg(long)]
        name: String,
    },
    /// List who can open the binder
    List,
    /// Stop encrypting to someone (by name or recipient)
    Remove {
        /// The name given at `share add`, or the recipient itself
        who: String,
    },
}

#[derive(Debug, Serialize)]
struct Share {
    name: String,
    recipient: String,
    role: String,
    added_at: String,
}

pub fn run(ctx: &Context, cmd: &Command) -> CliResult {
    match cmd {
        Command::Add { recipient, name } => add(ctx, recipient, name),
        Command::List => list(ctx),
        Command::Remove { who } => remove(ctx, who),
    }
}

fn add(ctx: &Context, recipient: &str, name: &str) -> CliResult {
    let recipient = recipient.trim();
    let name = name.trim();
    if name.is_empty() {
        return Err(CliError::usage("--name is empty")
            .hint("say who this is, e.g. --name \"Ana (daughter)\""));
    }
    crypto::parse_recipient(recipient)?;
    let mut binder = ctx.open_write()?;
    let now = ctx.stamp();
    {
        let tx = binder.conn_mut().transaction().map_err(db_error)?;
        let exists: Option<String> = tx
            .query_row(
                "SELECT name FROM recipients WHERE recipient = ?1 OR name = ?2",
                params![recipient, name],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_error)?;
        if let Some(existing) = exists {
            return Err(CliError::failed(format!(
                "the binder is already shared with {existing:?} under that name or key"
            ))
            .hint("see `phr share list`"));
        }
        let count: i64 = tx
            .query_row("SELECT count(*) FROM recipients", [], |r| r.get(0))
            .map_err(db_error)?;
        if usize::try_from(count).unwrap_or(usize::MAX) >= crypto::MAX_RECIPIENTS {
            return Err(CliError::failed(format!(
                "the binder is already encrypted to {count} recipients, the most phr allows"
            ))
            .hint("see `phr share list`, and `phr share remove NAME` for one no longer needed"));
        }
        tx.execute(
            "INSERT INTO recipients(uuid, name, recipient, role, created_at, updated_at)
             VALUES (?1, ?2, ?3, 'caregiver', ?4, ?4)",
            params![new_uuid(), name, recipient, now],
        )
        .map_err(db_error)?;
        log::append(
            &tx,
            &Entry {
                at: &now,
                action: "share",
                kind: "access",
                record_uuid: None,
                record_id: None,
                summary: &format!("shared with {name}"),
                old: None,
                new: None,
                source: None,
            },
        )
        .map_err(db_error)?;
        tx.commit().map_err(db_error)?;
    }
    ctx.save(&mut binder)?;
    ctx.ui.status(&format!(
        "The binder is now encrypted to {name} as well. They open this directory with their own key: \
         phr --binder {} --identity THEIR_KEY_FILE …",
        binder.paths().dir.display()
    ));
    Ok(())
}

fn list(ctx: &Context) -> CliResult {
    let binder = ctx.open_read()?;
    let mut stmt = binder
        .conn()
        .prepare("SELECT name, recipient, role, created_at FROM recipients ORDER BY role = 'owner' DESC, id")
        .map_err(db_error)?;
    let shares: Vec<Share> = stmt
        .query_map([], |r| {
            Ok(Share {
                name: r.get(0)?,
                recipient: r.get(1)?,
                role: r.get(2)?,
                added_at: r.get(3)?,
            })
        })
        .and_then(|rows| rows.collect())
        .map_err(db_error)?;
    if ctx.ui.json {
        return ctx.ui.json(&shares);
    }
    let mut t = ctx.ui.table(&["Name", "Role", "Recipient", "Added"]);
    for s in &shares {
        t.add_row(vec![&s.name, &s.role, &s.recipient, &s.added_at]);
    }
    ctx.ui.out_table(&t)
}

fn remove(ctx: &Context, who: &str) -> CliResult {
    let who = who.trim();
    let mut binder = ctx.open_write()?;
    let now = ctx.stamp();
    let name = {
        let tx = binder.conn_mut().transaction().map_err(db_error)?;
        let row: Option<(i64, String, String)> = tx
            .query_row(
                "SELECT id, name, role FROM recipients WHERE name = ?1 OR recipient = ?1",
                [who],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()
            .map_err(db_error)?;
        let Some((id, name, role)) = row else {
            return Err(
                CliError::failed(format!("the binder is not shared with {who:?}"))
                    .hint("see the names with `phr share list`"),
            );
        };
        if role == "owner" {
            return Err(CliError::failed("the owner's key cannot be removed")
                .hint("to change how the owner unlocks, use `phr passwd`"));
        }
        tx.execute("DELETE FROM recipients WHERE id = ?1", [id])
            .map_err(db_error)?;
        log::append(
            &tx,
            &Entry {
                at: &now,
                action: "unshare",
                kind: "access",
                record_uuid: None,
                record_id: None,
                summary: &format!("stopped sharing with {name}"),
                old: None,
                new: None,
                source: None,
            },
        )
        .map_err(db_error)?;
        tx.commit().map_err(db_error)?;
        name
    };
    ctx.save(&mut binder)?;
    ctx.ui.status(&format!(
        "The binder was re-encrypted without {name}; their key no longer opens it.\n\
         Copies they already hold, and backups made before now in {}, stay readable by them.",
        binder.paths().backups().display()
    ));
    Ok(())
}

pub(crate) fn db_error(e: rusqlite::Error) -> CliError {
    crate::binder::db_cli_error(e)
}
