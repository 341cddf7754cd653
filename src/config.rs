//! The user's settings file, `config.toml` in the platform config directory
//! (`~/.config/phr/config.toml` on Linux): default binder, session length, backups kept,
//! default export format and colour. Flags and environment variables win over it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::CliError;

/// The settings as written in `config.toml`; every key is optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The binder directory used when neither `--binder` nor `PHR_BINDER` is given.
    pub binder: Option<PathBuf>,
    /// How long `phr unlock` lasts by default, e.g. "15m", "1h".
    pub session: Option<String>,
    /// How many backups to keep (1–1000).
    pub backups: Option<usize>,
    /// The default `--format` of printable exports: text, markdown or html.
    pub export_format: Option<String>,
    /// Colour: auto (on a terminal without NO_COLOR), always, never.
    pub color: Option<String>,
}

pub const DEFAULT_SESSION: &str = "15m";
pub const EXPORT_FORMATS: &[&str] = &["text", "markdown", "html"];
pub const COLORS: &[&str] = &["auto", "always", "never"];

/// Where the config file lives (it need not exist).
pub fn path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "phr").map(|d| d.config_dir().join("config.toml"))
}

/// Reads and checks the config file; a missing file is the default configuration.
pub fn load(path: &Path) -> Result<Config, CliError> {
    const MAX: u64 = 1024 * 1024;
    let text = match crate::binder::file::read_at_most(path, MAX) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
            return Err(CliError::failed(format!(
                "the config file {} is larger than 1 MiB",
                path.display()
            ))
            .hint("a config file holds a few settings; see `phr config show`"));
        }
        Err(e) => {
            return Err(CliError::failed(format!(
                "could not read the config file {}",
                path.display()
            ))
            .cause(e));
        }
    };
    let text = String::from_utf8(text).map_err(|_| {
        CliError::failed(format!(
            "the config file {} is not UTF-8 text",
            path.display()
        ))
    })?;
    let config: Config = toml::from_str(&text).map_err(|e| {
        let at = e
            .span()
            .map(|s| {
                let line = text[..s.start.min(text.len())].matches('\n').count() + 1;
                format!(" at line {line}")
            })
            .unwrap_or_default();
        CliError::failed(format!(
            "the config file {} is not valid{at}",
            path.display()
        ))
        .cause(e.message())
        .hint(
            "the keys are binder, session, backups, export_format and color; see `phr config show`",
        )
    })?;
    config.check(path)?;
    Ok(config)
}

impl Config {
    fn check(&self, path: &Path) -> Result<(), CliError> {
        let bad = |key: &str, why: String| {
            CliError::failed(format!(
                "the config file {} has a bad `{key}`",
                path.display()
            ))
            .cause(why)
        };
        if let Some(s) = &self.session {
            crate::cli::parse_duration(s).map_err(|e| bad("session", e))?;
        }
        if let Some(n) = self.backups
            && !(1..=1000).contains(&n)
        {
            return Err(bad("backups", format!("{n} is not between 1 and 1000")));
        }
        if let Some(f) = &self.export_format
            && !EXPORT_FORMATS.contains(&f.as_str())
        {
            return Err(bad(
                "export_format",
                format!("{f:?} is not one of {}", EXPORT_FORMATS.join(", ")),
            ));
        }
        if let Some(c) = &self.color
            && !COLORS.contains(&c.as_str())
        {
            return Err(bad(
                "color",
                format!("{c:?} is not one of {}", COLORS.join(", ")),
            ));
        }
        Ok(())
    }

    pub fn backups(&self) -> usize {
        self.backups.unwrap_or(crate::binder::DEFAULT_BACKUPS)
    }

    pub fn session(&self) -> &str {
        self.session.as_deref().unwrap_or(DEFAULT_SESSION)
    }

    pub fn export_format(&self) -> &str {
        self.export_format.as_deref().unwrap_or("text")
    }

    pub fn color(&self) -> &str {
        self.color.as_deref().unwrap_or("auto")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(text: &str) -> (tempfile::TempDir, PathBuf) {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("config.toml");
        std::fs::write(&p, text).unwrap();
        (d, p)
    }

    #[test]
    fn missing_file_is_default() {
        let d = tempfile::tempdir().unwrap();
        let c = load(&d.path().join("none.toml")).unwrap();
        assert_eq!(c, Config::default());
        assert_eq!(c.backups(), 10);
        assert_eq!(c.session(), "15m");
    }

    #[test]
    fn reads_all_keys() {
        let (_d, p) = write(
            "binder = \"/x/mum\"\nsession = \"1h\"\nbackups = 20\nexport_format = \"html\"\ncolor = \"never\"\n",
        );
        let c = load(&p).unwrap();
        assert_eq!(c.binder.as_deref(), Some(Path::new("/x/mum")));
        assert_eq!(c.backups(), 20);
        assert_eq!(c.export_format(), "html");
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let (_d, p) = write("session = \"1h\"\nbackupz = 3\n");
        let e = load(&p).unwrap_err();
        assert!(e.message.contains("line 2"), "{}", e.message);
        let (_d, p) = write("session = \"forever\"\n");
        assert!(load(&p).unwrap_err().message.contains("`session`"));
        let (_d, p) = write("backups = 0\n");
        assert!(load(&p).is_err());
        let (_d, p) = write("export_format = \"pdf\"\n");
        assert!(load(&p).is_err());
        let (_d, p) = write("= broken");
        assert!(load(&p).is_err());
    }
}
