//! `phr config show`: the settings in force and where each one comes from.

use serde::Serialize;

use crate::context::Context;
use crate::error::CliResult;

#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Show each setting, its value and its source (flag, environment, config file, default)
    #[command(after_help = "\
The config file is config.toml in the platform config directory
(~/.config/phr/config.toml on Linux). Every key is optional:

  binder = \"/home/ana/binders/mum\"   # default binder directory
  session = \"30m\"                    # default length of `phr unlock`
  backups = 10                       # backups kept before each save
  export_format = \"text\"             # text, markdown or html
  color = \"auto\"                     # auto, always or never (NO_COLOR always wins)")]
    Show,
}

#[derive(Debug, Serialize)]
struct Setting {
    key: &'static str,
    value: String,
    source: &'static str,
}

pub fn run(ctx: &Context, cmd: &Command) -> CliResult {
    match cmd {
        Command::Show => show(ctx),
    }
}

fn show(ctx: &Context) -> CliResult {
    let c = &ctx.config;
    let from = |set: bool| if set { "config file" } else { "default" };
    let binder_source = if ctx.globals.binder.is_some() {
        if std::env::var_os("PHR_BINDER")
            .is_some_and(|v| Some(std::path::PathBuf::from(v)) == ctx.globals.binder)
        {
            "environment (PHR_BINDER)"
        } else {
            "flag (--binder)"
        }
    } else {
        from(c.binder.is_some())
    };
    let settings = vec![
        Setting {
            key: "binder",
            value: ctx.paths()?.dir.display().to_string(),
            source: binder_source,
        },
        Setting {
            key: "session",
            value: c.session().to_owned(),
            source: from(c.session.is_some()),
        },
        Setting {
            key: "backups",
            value: c.backups().to_string(),
            source: from(c.backups.is_some()),
        },
        Setting {
            key: "export_format",
            value: c.export_format().to_owned(),
            source: from(c.export_format.is_some()),
        },
        Setting {
            key: "color",
            value: if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                "never".to_owned()
            } else {
                c.color().to_owned()
            },
            source: if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                "environment (NO_COLOR)"
            } else {
                from(c.color.is_some())
            },
        },
    ];
    let file = crate::config::path()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    if ctx.ui.json {
        return ctx
            .ui
            .json(&serde_json::json!({ "config_file": file, "settings": settings }));
    }
    let mut t = ctx.ui.table(&["Setting", "Value", "Source"]);
    for s in &settings {
        t.add_row(vec![s.key.to_owned(), s.value.clone(), s.source.to_owned()]);
    }
    ctx.ui.out(&format!("{t}\nConfig file: {file}"))
}
