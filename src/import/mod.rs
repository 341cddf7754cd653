//! `phr import`: reading a file safely (size cap, UTF-8, nesting), telling a phr binder
//! export from a FHIR Bundle, and the report of what was imported, skipped and why.

pub mod fhir;
pub(crate) mod shape;

use std::path::Path;

use std::collections::HashMap;

use serde::Serialize;
use serde_json::Value;

use crate::error::CliError;

/// Files larger than this are refused before they are parsed.
pub const MAX_BYTES: u64 = 32 * 1024 * 1024;

/// What one import did, per kind, and what it skipped and why.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub file: String,
    pub format: String,
    pub dry_run: bool,
    pub kinds: Vec<KindCount>,
    pub skipped: Vec<Skip>,
    pub warnings: Vec<String>,
    /// Where each (kind, what, why) is in `skipped`, so counting stays linear.
    #[serde(skip)]
    pub(crate) skip_index: HashMap<(String, String, String), usize>,
}

#[derive(Debug, Default, Serialize, Clone)]
pub struct KindCount {
    pub kind: String,
    /// New records added.
    pub added: usize,
    /// Records already in the binder that the file's newer version replaced.
    pub updated: usize,
    /// Records already in the binder, unchanged (the same, or the binder's is newer).
    pub unchanged: usize,
    pub skipped: usize,
}

#[derive(Debug, Serialize, Clone)]
pub struct Skip {
    pub kind: String,
    pub what: String,
    pub why: String,
    /// How many were skipped for this reason.
    pub count: usize,
}

impl Report {
    fn entry(&mut self, kind: &str) -> &mut KindCount {
        if let Some(i) = self.kinds.iter().position(|k| k.kind == kind) {
            return &mut self.kinds[i];
        }
        self.kinds.push(KindCount {
            kind: kind.to_owned(),
            ..KindCount::default()
        });
        let n = self.kinds.len() - 1;
        &mut self.kinds[n]
    }
    pub fn added(&mut self, kind: &str) {
        self.entry(kind).added += 1;
    }
    pub fn updated(&mut self, kind: &str) {
        self.entry(kind).updated += 1;
    }
    pub fn unchanged(&mut self, kind: &str) {
        self.entry(kind).unchanged += 1;
    }
    pub fn skip(&mut self, kind: &str, what: impl Into<String>, why: impl Into<String>) {
        self.entry(kind).skipped += 1;
        let key = (kind.to_owned(), what.into(), why.into());
        if let Some(&i) = self.skip_index.get(&key) {
            self.skipped[i].count += 1;
            return;
        }
        self.skip_index.insert(key.clone(), self.skipped.len());
        let (kind, what, why) = key;
        self.skipped.push(Skip {
            kind,
            what,
            why,
            count: 1,
        });
    }
    pub fn warn(&mut self, w: impl Into<String>) {
        let w = w.into();
        if !self.warnings.contains(&w) {
            self.warnings.push(w);
        }
    }
    /// Whether anything would change.
    pub fn changes(&self) -> bool {
        self.kinds.iter().any(|k| k.added + k.updated > 0)
    }
}

/// How the file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Json,
    Toml,
    Yaml,
}

/// Reads a file with the size cap and the UTF-8 check; errors name the file and position.
pub fn read_text(path: &Path) -> Result<String, CliError> {
    use std::io::Read;
    let shown = path.display().to_string();
    let f = std::fs::File::open(path).map_err(|e| {
        CliError::failed(format!("could not open {shown}"))
            .cause(e)
            .hint("check the path and that you may read the file")
    })?;
    let mut bytes = Vec::new();
    f.take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| CliError::failed(format!("could not read {shown}")).cause(e))?;
    decode(path, bytes)
}

/// The checks of [`read_text`] on bytes already read (`path` only names them): the size
/// cap, then UTF-8, an error naming the line and column of the first bad byte.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, CliError> {
    let shown = path.display().to_string();
    if bytes.len() as u64 > MAX_BYTES {
        return Err(CliError::failed(format!(
            "{shown} is larger than {} MiB",
            MAX_BYTES / 1024 / 1024
        ))
        .hint("split the file, or export a smaller range from the portal"));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let (line, col) = line_col_bytes(e.as_bytes(), at);
        CliError::failed(format!(
            "{shown} is not UTF-8 text: invalid byte at line {line}, column {col}"
        ))
        .hint("save the file as UTF-8 and try again")
    })
}

/// Guesses the syntax from the extension, then from the first character.
pub fn sniff(path: &Path, text: &str) -> Syntax {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "json" => return Syntax::Json,
        "toml" => return Syntax::Toml,
        "yaml" | "yml" => return Syntax::Yaml,
        _ => {}
    }
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        return Syntax::Json;
    }
    let first = t
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap_or("");
    let toml_like = first.starts_with('[')
        || first
            .split_once('=')
            .is_some_and(|(k, _)| !k.contains(':') && !k.trim().contains(' '));
    if toml_like {
        Syntax::Toml
    } else {
        Syntax::Yaml
    }
}

/// Parses the text into a JSON value; errors name the file, line and column.
pub fn parse(path: &Path, text: &str, syntax: Syntax) -> Result<Value, CliError> {
    let shown = path.display().to_string();
    let text = text.trim_start_matches('\u{feff}');
    let bad = |what: &str, detail: String| {
        CliError::failed(format!("{shown} is not valid {what}: {detail}"))
            .hint("fix the file at that position, or export it again")
    };
    match syntax {
        Syntax::Json => serde_json::from_str(text).map_err(|e| {
            bad(
                "JSON",
                format!(
                    "{} at line {}, column {}",
                    category(&e),
                    e.line(),
                    e.column()
                ),
            )
        }),
        Syntax::Toml => toml::from_str::<Value>(text).map_err(|e| {
            let pos = e.span().map(|s| line_col(text, s.start));
            // The library's message may quote the file; only its category is shown.
            let what = if e.message().contains("recurs") {
                "nested too deeply"
            } else {
                "syntax error"
            };
            bad(
                "TOML",
                match pos {
                    Some((l, c)) => format!("{what} at line {l}, column {c}"),
                    None => what.into(),
                },
            )
        }),
        Syntax::Yaml => crate::yaml::from_str::<Value>(text).map_err(|e| {
            bad(
                "YAML",
                match e.position {
                    Some((l, c)) => format!("{} at line {l}, column {c}", e.what),
                    None => e.what,
                },
            )
        }),
    }
}

/// Serde-json's error category without the message text (which may quote data).
fn category(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Io => "read error",
        Category::Syntax if e.to_string().contains("recursion limit") => "nested too deeply",
        Category::Syntax => "syntax error",
        Category::Data => "wrong type of value",
        Category::Eof => "unexpected end of file",
    }
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    line_col_bytes(text.as_bytes(), offset)
}

/// 1-based line and column (in bytes) of a byte offset.
fn line_col_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(bytes.len());
    let before = &bytes[..offset];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let col = offset
        - before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1)
        + 1;
    (line, col)
}

/// A wrong-type error for a value deep inside an accepted file.
pub fn wrong(path: &Path, what: &str) -> CliError {
    CliError::failed(format!(
        "{} has an unexpected value: {what}",
        path.display()
    ))
    .hint("the file does not look like a phr export or a FHIR R4 Bundle")
}
