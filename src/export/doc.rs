//! A small document model (title, headings, paragraphs, lists, tables) that every
//! printout is built as once and then rendered to plain text, Markdown or print-ready
//! HTML, so the three formats always say the same thing.

use std::fmt::Write as _;

/// The three printable formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// The page a document is laid out for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// A4 and US Letter alike.
    Sheet,
    /// A wallet card, 85 × 55 mm.
    Card,
}

/// One line of a list; `struck` ones print crossed out, with `note` after them.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub text: String,
    pub struck: bool,
    pub note: Option<String>,
}

impl Item {
    pub fn new(text: impl Into<String>) -> Self {
        Item {
            text: text.into(),
            ..Item::default()
        }
    }
}

/// A table row; `struck` rows print crossed out, with `note` after them.
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub cells: Vec<String>,
    pub struck: bool,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub enum Block {
    Heading(String),
    Para(String),
    /// Label: value lines (a header block).
    Fields(Vec<(String, String)>),
    List(Vec<Item>),
    Table {
        headers: Vec<String>,
        rows: Vec<Row>,
    },
}

#[derive(Debug, Clone)]
pub struct Doc {
    pub title: String,
    /// "As of 2026-11-26": printed under the title and on every printed page.
    pub as_of: String,
    pub page: Page,
    pub blocks: Vec<Block>,
}

impl Doc {
    pub fn new(title: impl Into<String>, as_of: impl Into<String>) -> Self {
        Doc {
            title: title.into(),
            as_of: as_of.into(),
            page: Page::Sheet,
            blocks: Vec::new(),
        }
    }
    pub fn heading(&mut self, s: impl Into<String>) {
        self.blocks.push(Block::Heading(s.into()));
    }
    pub fn para(&mut self, s: impl Into<String>) {
        self.blocks.push(Block::Para(s.into()));
    }
    pub fn fields(&mut self, f: Vec<(String, String)>) {
        self.blocks.push(Block::Fields(f));
    }
    pub fn list(&mut self, items: Vec<Item>) {
        self.blocks.push(Block::List(items));
    }
    /// A list, or `empty` as a paragraph when there is nothing to list.
    pub fn list_or(&mut self, items: Vec<Item>, empty: &str) {
        if items.is_empty() {
            self.para(empty);
        } else {
            self.list(items);
        }
    }
    pub fn table(&mut self, headers: &[&str], rows: Vec<Row>) {
        self.blocks.push(Block::Table {
            headers: headers.iter().map(|h| (*h).to_owned()).collect(),
            rows,
        });
    }

    pub fn render(&self, format: Format) -> String {
        let mut o = String::new();
        self.render_into(format, &mut o);
        o
    }

    /// [`Doc::render`], written to `w` as it is rendered: a long printout is never held
    /// whole as text.
    pub fn render_to(&self, format: Format, w: &mut dyn std::io::Write) -> std::io::Result<()> {
        /// Writes text to `w`, keeping the first error (the renderer goes on, unwritten).
        struct Out<'a> {
            w: &'a mut dyn std::io::Write,
            error: Option<std::io::Error>,
        }
        impl std::fmt::Write for Out<'_> {
            fn write_str(&mut self, s: &str) -> std::fmt::Result {
                if self.error.is_none()
                    && let Err(e) = self.w.write_all(s.as_bytes())
                {
                    self.error = Some(e);
                }
                match self.error {
                    Some(_) => Err(std::fmt::Error),
                    None => Ok(()),
                }
            }
        }
        let mut out = Out { w, error: None };
        self.render_into(format, &mut out);
        match out.error {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    fn render_into(&self, format: Format, o: &mut impl std::fmt::Write) {
        match format {
            Format::Text => self.text(o),
            Format::Markdown => self.markdown(o),
            Format::Html => self.html(o),
        }
    }

    fn text(&self, o: &mut impl std::fmt::Write) {
        let _ = writeln!(o, "{}", self.title);
        let _ = writeln!(o, "{}", "=".repeat(self.title.chars().count()));
        let _ = writeln!(o, "{}", self.as_of);
        for b in &self.blocks {
            match b {
                Block::Heading(h) => {
                    let _ = write!(o, "\n{h}\n{}\n", "-".repeat(h.chars().count()));
                }
                Block::Para(p) => {
                    let _ = writeln!(o, "{p}");
                }
                Block::Fields(f) => {
                    for (k, v) in f {
                        let _ = writeln!(o, "{k}: {v}");
                    }
                }
                Block::List(items) => {
                    for i in items {
                        let note = i.note.as_deref().map(|n| format!(" ({n})"));
                        let _ = writeln!(o, "- {}{}", i.text, note.unwrap_or_default());
                    }
                }
                Block::Table { headers, rows } => {
                    for (n, r) in rows.iter().enumerate() {
                        let first = r.cells.first().map_or("", String::as_str);
                        let note = r.note.as_deref().map(|n| format!(" ({n})"));
                        let _ = writeln!(o, "{}. {first}{}", n + 1, note.unwrap_or_default());
                        for (h, c) in headers.iter().zip(&r.cells).skip(1) {
                            if !c.is_empty() {
                                let _ = writeln!(o, "   {h}: {c}");
                            }
                        }
                    }
                }
            }
        }
    }

    fn markdown(&self, o: &mut impl std::fmt::Write) {
        let _ = writeln!(o, "# {}\n\n*{}*", md(&self.title), md(&self.as_of));
        for b in &self.blocks {
            let _ = o.write_char('\n');
            match b {
                Block::Heading(h) => {
                    let _ = writeln!(o, "## {}", md(h));
                }
                Block::Para(p) => {
                    let _ = writeln!(o, "{}", md(p));
                }
                Block::Fields(f) => {
                    for (k, v) in f {
                        let _ = writeln!(o, "- **{}:** {}", md(k), md(v));
                    }
                }
                Block::List(items) => {
                    for i in items {
                        let t = if i.struck {
                            format!("~~{}~~", md(&i.text))
                        } else {
                            md(&i.text)
                        };
                        let note = i.note.as_deref().map(|n| format!(" ({})", md(n)));
                        let _ = writeln!(o, "- {t}{}", note.unwrap_or_default());
                    }
                }
                Block::Table { headers, rows } => {
                    let hs: Vec<String> = headers.iter().map(|h| md_cell(h)).collect();
                    let _ = writeln!(o, "| {} |", hs.join(" | "));
                    let _ = writeln!(o, "|{}", "---|".repeat(headers.len()));
                    for r in rows {
                        let cells: Vec<String> = r
                            .cells
                            .iter()
                            .enumerate()
                            .map(|(i, c)| {
                                let mut c = md_cell(c);
                                if r.struck && !c.is_empty() {
                                    c = format!("~~{c}~~");
                                }
                                if i == 0
                                    && let Some(n) = &r.note
                                {
                                    c = format!("{c} ({})", md_cell(n));
                                }
                                c
                            })
                            .collect();
                        let _ = writeln!(o, "| {} |", cells.join(" | "));
                    }
                }
            }
        }
    }

    fn html(&self, o: &mut impl std::fmt::Write) {
        let css = match self.page {
            // The running header: page margin boxes repeat the title and the "as of"
            // date on every printed page, and number the pages.
            Page::Sheet => format!(
                "@page {{ size: auto; margin: 14mm 10mm 12mm 10mm;\n  @top-left {{ content: \"{}\"; font-size: 7.5pt; color: #333; }}\n  @top-right {{ content: \"{}\"; font-size: 7.5pt; color: #333; }}\n  @bottom-right {{ content: \"Page \" counter(page) \" of \" counter(pages); font-size: 7.5pt; color: #333; }}\n}}\n{SHEET_CSS}",
                css_string(&self.title),
                css_string(&self.as_of)
            ),
            Page::Card => CARD_CSS.to_owned(),
        };
        let _ = write!(
            o,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n{css}</style>\n</head>\n<body>\n",
            esc(&self.title)
        );
        let _ = writeln!(
            o,
            "<main>\n<h1>{}</h1>\n<p class=\"asof\">{}</p>",
            esc(&self.title),
            esc(&self.as_of)
        );
        for b in &self.blocks {
            match b {
                Block::Heading(h) => {
                    let _ = writeln!(o, "<h2>{}</h2>", esc(h));
                }
                Block::Para(p) => {
                    let _ = writeln!(o, "<p>{}</p>", esc(p));
                }
                Block::Fields(f) => {
                    let _ = o.write_str("<dl>\n");
                    for (k, v) in f {
                        let _ = writeln!(o, "<dt>{}</dt><dd>{}</dd>", esc(k), esc(v));
                    }
                    let _ = o.write_str("</dl>\n");
                }
                Block::List(items) => {
                    let _ = o.write_str("<ul>\n");
                    for i in items {
                        let t = if i.struck {
                            format!("<del>{}</del>", esc(&i.text))
                        } else {
                            esc(&i.text)
                        };
                        let note = i
                            .note
                            .as_deref()
                            .map(|n| format!(" <span class=\"note\">({})</span>", esc(n)));
                        let _ = writeln!(o, "<li>{t}{}</li>", note.unwrap_or_default());
                    }
                    let _ = o.write_str("</ul>\n");
                }
                Block::Table { headers, rows } => {
                    let _ = o.write_str("<table>\n<thead><tr>");
                    for h in headers {
                        let _ = write!(o, "<th>{}</th>", esc(h));
                    }
                    let _ = o.write_str("</tr></thead>\n<tbody>\n");
                    for r in rows {
                        let _ = o.write_str(if r.struck {
                            "<tr class=\"stopped\">"
                        } else {
                            "<tr>"
                        });
                        for (i, c) in r.cells.iter().enumerate() {
                            let mut cell = esc(c);
                            if r.struck && !cell.is_empty() {
                                cell = format!("<del>{cell}</del>");
                            }
                            if i == 0
                                && let Some(n) = &r.note
                            {
                                let _ = write!(cell, "<br><span class=\"note\">{}</span>", esc(n));
                            }
                            let _ = write!(o, "<td>{cell}</td>");
                        }
                        let _ = o.write_str("</tr>\n");
                    }
                    let _ = o.write_str("</tbody>\n</table>\n");
                }
            }
        }
        let _ = o.write_str("</main>\n</body>\n</html>\n");
    }
}

const SHEET_CSS: &str = "\
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
main { max-width: 190mm; margin: 0 auto; }
h1 { font-size: 15pt; margin: 0 0 1mm 0; }
h2 { font-size: 11pt; margin: 3mm 0 1mm 0; border-bottom: 0.4pt solid #000; }
p { margin: 1mm 0; }
.asof { color: #333; margin-bottom: 2mm; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0.5mm 3mm; margin: 1mm 0; }
dt { font-weight: bold; }
dd { margin: 0; }
ul { margin: 1mm 0; padding-left: 5mm; }
table { width: 100%; border-collapse: collapse; table-layout: auto; }
th, td { border: 0.4pt solid #555; padding: 0.8mm 1.2mm; text-align: left; vertical-align: top; font-size: 8pt; overflow-wrap: break-word; hyphens: manual; }
th { background: #eee; }
tr { page-break-inside: avoid; break-inside: avoid; }
tr.stopped td { color: #555; }
.note { font-style: italic; }
@media print {
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

const CARD_CSS: &str = "\
@page { size: 85mm 55mm; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 6pt; line-height: 1.15; color: #000; }
main { box-sizing: border-box; width: 85mm; height: 55mm; overflow: hidden; padding: 2mm 2.5mm; border: 0.3pt solid #000; }
h1 { font-size: 8pt; margin: 0; }
h2 { font-size: 6.5pt; margin: 0.8mm 0 0 0; }
p, dl, ul { margin: 0; }
.asof { font-size: 5pt; color: #333; }
dl { display: grid; grid-template-columns: max-content auto; gap: 0 1.5mm; }
dt { font-weight: bold; }
dd { margin: 0; }
ul { padding-left: 3mm; }
table { border-collapse: collapse; }
td, th { padding: 0 1mm 0 0; text-align: left; }
";

/// Text for a CSS string: quotes, backslashes and anything that could end the
/// style element are escaped.
fn css_string(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' => {
                let _ = write!(o, "\\{:x} ", c as u32);
            }
            c if c.is_control() => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    esc_into(&mut o, s);
    o
}

/// [`esc`], appending to `o` (what builds a long list without a string per item).
pub fn esc_into(o: &mut String, s: &str) {
    // Copied a run at a time: most text has nothing to escape. The characters escaped
    // are ASCII, so each run ends on a character boundary.
    let mut rest = s;
    while let Some(i) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        o.push_str(&rest[..i]);
        o.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[i + 1..];
    }
    o.push_str(rest);
}

/// Escapes Markdown's inline markers so names print as written.
fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '~' | '[' | ']' | '<' | '>' | '#'
        ) {
            o.push('\\');
        }
        o.push(c);
    }
    o
}

fn md_cell(s: &str) -> String {
    md(s).replace('|', "\\|").replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A writer that takes `room` bytes, then fails.
    struct Full {
        room: usize,
    }

    impl std::io::Write for Full {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::Error::other("disk full"));
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            Ok(n)
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn written_as_rendered_it_is_the_same_text() {
        let mut d = Doc::new("Medication list", "As of 2026-11-26");
        d.heading("Active");
        d.para("Bring this <list> & update it.");
        d.fields(vec![("Born".into(), "1950-01-02".into())]);
        d.list_or(vec![Item::new("Aspirin 81 mg")], "None.");
        d.table(
            &["Name", "Dose"],
            (0..500)
                .map(|i| Row {
                    cells: vec![format!("Drug {i}"), "1 tablet".into()],
                    struck: i % 7 == 0,
                    note: (i % 5 == 0).then(|| "new".to_owned()),
                })
                .collect(),
        );
        for format in [Format::Text, Format::Markdown, Format::Html] {
            let mut written = Vec::new();
            d.render_to(format, &mut written).unwrap();
            assert_eq!(String::from_utf8(written).unwrap(), d.render(format));
            // A failing writer's error comes back; nothing past it is written.
            let err = d.render_to(format, &mut Full { room: 1000 }).unwrap_err();
            assert_eq!(err.to_string(), "disk full");
        }
    }

    #[test]
    fn escapes_in_every_format() {
        let mut d = Doc::new("A <b> & c", "As of today");
        d.table(
            &["Name", "Dose"],
            vec![Row {
                cells: vec!["x|y*".into(), "1".into()],
                struck: true,
                note: Some("stopped 2026-01-01".into()),
            }],
        );
        assert!(d.render(Format::Html).contains("A &lt;b&gt; &amp; c"));
        assert!(d.render(Format::Html).contains("<del>x|y*</del>"));
        assert!(d.render(Format::Markdown).contains("~~x\\|y\\*~~"));
        assert!(
            d.render(Format::Text)
                .contains("1. x|y* (stopped 2026-01-01)")
        );
    }

    #[test]
    fn esc_escapes_each_html_character_and_keeps_the_rest() {
        for (input, want) in [
            ("", ""),
            ("plain café", "plain café"),
            ("<b>", "&lt;b&gt;"),
            ("a & 'b' \"c\"", "a &amp; &#39;b&#39; &quot;c&quot;"),
            ("é<é>&", "é&lt;é&gt;&amp;"),
            ("&&", "&amp;&amp;"),
        ] {
            assert_eq!(esc(input), want, "{input:?}");
        }
    }
}
