//! `phr completions SHELL` and `phr man DIR`, generated from the command definition.

use std::path::PathBuf;

use crate::context::Context;
use crate::error::{CliError, CliResult};

#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    pub shell: clap_complete::Shell,
}

#[derive(Debug, clap::Args)]
pub struct ManArgs {
    /// Directory to write phr.1, phr-init.1, … into (created if missing)
    pub dir: PathBuf,
}

pub fn completions(ctx: &Context, a: &CompletionsArgs) -> CliResult {
    let mut buf = Vec::new();
    clap_complete::generate(a.shell, &mut super::command(), "phr", &mut buf);
    ctx.ui.out(&String::from_utf8_lossy(&buf))
}

/// Renders every man page: (file name, contents).
pub fn man_pages() -> Result<Vec<(String, Vec<u8>)>, std::io::Error> {
    let mut out = Vec::new();
    fn walk(
        cmd: &clap::Command,
        prefix: &str,
        out: &mut Vec<(String, Vec<u8>)>,
    ) -> std::io::Result<()> {
        let name = if prefix.is_empty() {
            cmd.get_name().to_owned()
        } else {
            format!("{prefix}-{}", cmd.get_name())
        };
        let cmd = cmd.clone().name(name.clone());
        let mut buf = Vec::new();
        clap_mangen::Man::new(cmd.clone()).render(&mut buf)?;
        out.push((format!("{name}.1"), buf));
        for sub in cmd.get_subcommands() {
            if sub.get_name() == "help" {
                continue;
            }
            walk(sub, &name, out)?;
        }
        Ok(())
    }
    let mut root = super::command();
    root.build();
    walk(&root, "", &mut out)?;
    Ok(out)
}

pub fn man(ctx: &Context, a: &ManArgs) -> CliResult {
    std::fs::create_dir_all(&a.dir)
        .map_err(|e| CliError::failed(format!("could not create {}", a.dir.display())).cause(e))?;
    let pages =
        man_pages().map_err(|e| CliError::failed("could not render the man pages").cause(e))?;
    for (name, bytes) in &pages {
        let p = a.dir.join(name);
        std::fs::write(&p, bytes)
            .map_err(|e| CliError::failed(format!("could not write {}", p.display())).cause(e))?;
    }
    ctx.ui.status(&format!(
        "Wrote {} man pages to {}",
        pages.len(),
        a.dir.display()
    ));
    Ok(())
}
