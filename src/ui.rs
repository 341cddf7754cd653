//! Output discipline: data goes to stdout (tables for people, JSON for scripts),
//! status and prompts go to stderr, colour only on a terminal without `NO_COLOR`.

use std::io::{IsTerminal, Write};

use serde::Serialize;

use crate::error::CliResult;

/// A failure to write JSON: a write error keeps its kind (a closed pipe is not an
/// error to report), anything else is a bug.
fn json_error(e: crate::json::Error) -> crate::error::CliError {
    match e {
        crate::json::Error::Io(e) => crate::error::CliError::from(e),
        e => crate::error::CliError::internal("could not write JSON").cause(e),
    }
}

type Stdout = std::io::BufWriter<std::io::StdoutLock<'static>>;

/// The elements of a JSON array being written by [`Ui::json_array`].
pub struct JsonItems<'w> {
    out: &'w mut Stdout,
    /// The element being written: each is serialized whole, then passed on.
    item: Vec<u8>,
    first: bool,
}

impl JsonItems<'_> {
    /// Writes one element.
    pub fn push<T: Serialize + ?Sized>(&mut self, item: &T) -> CliResult {
        self.item.clear();
        self.item
            .extend_from_slice(if self.first { b"\n  " } else { b",\n  " });
        crate::json::to_vec_pretty_at(&mut self.item, 1, item).map_err(json_error)?;
        self.first = false;
        self.out.write_all(&self.item)?;
        Ok(())
    }
}

/// How this invocation prints.
#[derive(Debug, Clone)]
pub struct Ui {
    pub json: bool,
    pub quiet: bool,
    pub color: bool,
    pub stdout_tty: bool,
}

impl Ui {
    /// `color` is the configured choice: auto, always or never. `NO_COLOR` always wins.
    pub fn new(json: bool, quiet: bool, color: &str) -> Self {
        let stdout_tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = !no_color
            && match color {
                "always" => true,
                "never" => false,
                _ => stdout_tty,
            };
        Ui {
            json,
            quiet,
            color,
            stdout_tty,
        }
    }

    /// Data for stdout.
    pub fn out(&self, text: &str) -> CliResult {
        let mut o = std::io::stdout().lock();
        o.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            o.write_all(b"\n")?;
        }
        o.flush()?;
        Ok(())
    }

    /// A table on stdout, written as it is drawn.
    pub fn out_table(&self, table: &Table) -> CliResult {
        self.out_drawn(|out, spill| table.draw(out, spill))
    }

    /// Text on stdout, written as `draw` draws it (see [`write_drawn`]): what
    /// [`Ui::out`] writes of the whole text, without holding it whole.
    pub fn out_drawn(
        &self,
        draw: impl FnOnce(
            &mut String,
            &mut dyn FnMut(&mut String) -> std::io::Result<()>,
        ) -> std::io::Result<()>,
    ) -> CliResult {
        let mut o = std::io::stdout().lock();
        write_drawn(&mut o, draw)?;
        o.flush()?;
        Ok(())
    }

    /// A value as pretty JSON on stdout, written as it is serialized (a long list is
    /// never built as one string first).
    pub fn json<T: Serialize + ?Sized>(&self, value: &T) -> CliResult {
        let mut o = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        crate::json::write_pretty_at(&mut o, 0, value).map_err(json_error)?;
        o.write_all(b"\n")?;
        o.flush()?;
        Ok(())
    }

    /// A JSON array on stdout whose elements `fill` pushes one at a time, so that the
    /// whole list never exists in memory.
    pub fn json_array(&self, fill: impl FnOnce(&mut JsonItems<'_>) -> CliResult) -> CliResult {
        let mut o = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        o.write_all(b"[")?;
        let mut items = JsonItems {
            out: &mut o,
            item: Vec::new(),
            first: true,
        };
        fill(&mut items)?;
        // As serde_json writes an array: `[]` when empty, else the bracket on a line of its own.
        let end: &[u8] = if items.first { b"]\n" } else { b"\n]\n" };
        o.write_all(end)?;
        o.flush()?;
        Ok(())
    }

    /// A status message for stderr, silenced by `-q`.
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            eprintln!("{msg}");
        }
    }

    /// A warning for stderr; `-q` does not silence it.
    pub fn warn(&self, msg: &str) {
        eprintln!("Warning: {msg}");
    }

    /// A table that wraps to the terminal (or to `$COLUMNS`, else 80 columns, when not
    /// a terminal).
    pub fn table(&self, header: &[&str]) -> Table {
        let width = if self.stdout_tty {
            // comfy-table asks the terminal; a terminal of unknown size gets no wrapping.
            comfy_table::Table::new().width().unwrap_or(u16::MAX)
        } else {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|c| c.parse::<u16>().ok())
                .unwrap_or(80)
        };
        Table {
            header: header.iter().map(|h| (*h).to_owned()).collect(),
            rows: Vec::new(),
            width,
        }
    }
}

/// A table for people: box-drawing lines, no line between rows, cells wrapped at spaces
/// to fit the width, drawn as comfy-table draws its UTF8_FULL_CONDENSED preset (see
/// [`crate::table`], which draws thousands of rows in a fraction of comfy-table's time).
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
    width: u16,
}

impl Table {
    /// Adds a row of cells, one for each header column (missing cells are empty).
    pub fn add_row<T: Into<String>>(&mut self, cells: Vec<T>) -> &mut Self {
        let mut row: Vec<String> = cells.into_iter().map(Into::into).collect();
        row.resize(self.header.len(), String::new());
        self.rows.push(row);
        self
    }
}

impl Table {
    /// Draws the table into `out`, handing what is drawn to `spill` after each row (see
    /// [`crate::table::draw_spilling`]).
    fn draw<E>(
        &self,
        out: &mut String,
        spill: impl FnMut(&mut String) -> Result<(), E>,
    ) -> Result<(), E> {
        let header: Vec<&str> = self.header.iter().map(String::as_str).collect();
        crate::table::draw_spilling(
            out,
            &crate::table::UTF8_FULL_CONDENSED,
            &header,
            &self.rows,
            self.width,
            spill,
        )
    }
}

/// Writes to `w` the text that `draw` appends to the string it is given, in pieces of a
/// few kilobytes: `draw` calls the spill it is handed whenever it may let go of what it
/// has drawn. A newline ends the text if `draw` did not end it with one (as [`Ui::out`]).
pub fn write_drawn(
    w: &mut impl Write,
    draw: impl FnOnce(
        &mut String,
        &mut dyn FnMut(&mut String) -> std::io::Result<()>,
    ) -> std::io::Result<()>,
) -> std::io::Result<()> {
    const SPILL: usize = 32 * 1024;
    let mut out = String::with_capacity(SPILL + 4096);
    let mut ends_line = false;
    draw(&mut out, &mut |o: &mut String| {
        if o.len() >= SPILL {
            w.write_all(o.as_bytes())?;
            ends_line = o.ends_with('\n');
            o.clear();
        }
        Ok(())
    })?;
    w.write_all(out.as_bytes())?;
    if !out.is_empty() {
        ends_line = out.ends_with('\n');
    }
    if !ends_line {
        w.write_all(b"\n")?;
    }
    Ok(())
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let header: Vec<&str> = self.header.iter().map(String::as_str).collect();
        let mut out = String::new();
        crate::table::draw(
            &mut out,
            &crate::table::UTF8_FULL_CONDENSED,
            &header,
            &self.rows,
            self.width,
        );
        // Like comfy-table's, the text ends without a newline.
        f.write_str(out.strip_suffix('\n').unwrap_or(&out))
    }
}

#[cfg(test)]
mod tests {
    use super::write_drawn;

    /// What `write_drawn` writes when `draw` appends `pieces`, spilling after each.
    fn written(pieces: &[&str]) -> String {
        let mut w = Vec::new();
        write_drawn(&mut w, |out, spill| {
            for p in pieces {
                out.push_str(p);
                spill(out)?;
            }
            Ok(())
        })
        .unwrap();
        String::from_utf8(w).unwrap()
    }

    #[test]
    fn drawn_text_is_written_whole_and_ends_with_one_newline() {
        let long = "x".repeat(40 * 1024);
        let long_line = format!("{long}\n");
        // Ends without a newline: one is added, as `Ui::out` adds it.
        assert_eq!(written(&["a\n", "b"]), "a\nb\n");
        // Ends with one: none is added.
        assert_eq!(written(&["a\n", "b\n"]), "a\nb\n");
        // What was spilled is written before what is kept, in order.
        assert_eq!(written(&[&long, "\nend"]), format!("{long}\nend\n"));
        // Spilled right at the end: the newline is judged from what was spilled.
        assert_eq!(written(&["a", &long_line]), format!("a{long_line}"));
        assert_eq!(written(&["a", &long]), format!("a{long}\n"));
        assert_eq!(written(&[]), "\n");
    }
}
