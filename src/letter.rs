//! The letters `phr request` prints: a fax cover sheet asking one provider to send a
//! report to another, and a request for a copy of the patient's own records. Pure
//! functions from a small struct to text, Markdown or print-ready HTML; no I/O.

use chrono::NaiveDate;

/// A provider as the letter names them; empty strings are left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Party {
    pub name: String,
    pub org: String,
    pub phone: String,
    pub fax: String,
    pub email: String,
    pub portal: String,
    pub address: String,
}

/// Who asks and signs: the patient, or the liaison with their authority.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Signer {
    pub name: String,
    /// Empty when the patient signs.
    pub relationship: String,
    /// Legal authority, e.g. "health care power of attorney"; empty when not recorded.
    pub authority: String,
    pub phone: String,
    pub email: String,
    /// True when a liaison signs for the patient.
    pub for_patient: bool,
}

/// The form the patient would like their records in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    #[default]
    Electronic,
    Fhir,
    Ccda,
    Portal,
    Paper,
}

impl Prefer {
    pub fn as_str(self) -> &'static str {
        match self {
            Prefer::Electronic => "electronic",
            Prefer::Fhir => "fhir",
            Prefer::Ccda => "ccda",
            Prefer::Portal => "portal",
            Prefer::Paper => "paper",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "electronic" => Prefer::Electronic,
            "fhir" => Prefer::Fhir,
            "ccda" => Prefer::Ccda,
            "portal" => Prefer::Portal,
            "paper" => Prefer::Paper,
            _ => return None,
        })
    }

    fn words(self) -> &'static str {
        match self {
            Prefer::Electronic => "an electronic copy (for example PDF files sent by secure email)",
            Prefer::Fhir => "a FHIR download (through your patient access API or app connection)",
            Prefer::Ccda => "a C-CDA document (the standard electronic health summary)",
            Prefer::Portal => "a download made available in the patient portal",
            Prefer::Paper => "a paper copy sent by mail",
        }
    }
}

/// What the letter asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ask {
    /// Send the report to this provider.
    Send { to: Party },
    /// Send the patient a copy of their records, in this form.
    Records { prefer: Prefer },
}

/// Everything a letter says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub date: NaiveDate,
    /// The request's short id, so a reply can be matched (`rq3`).
    pub reference: String,
    pub patient_name: String,
    pub patient_born: Option<NaiveDate>,
    /// The provider asked.
    pub from: Party,
    pub what: String,
    pub by: Option<NaiveDate>,
    pub ask: Ask,
    pub signer: Signer,
}

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Markdown,
    Html,
}

/// A blank to fill in by hand.
const BLANK: &str = "____________________";

/// The letter as blocks, before a format is chosen.
enum Block {
    Title(String, String),
    Heading(String),
    Fields(Vec<(String, String)>),
    Para(String),
    Signature(Vec<String>),
}

fn long_date(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn or_blank(s: &str) -> String {
    if s.trim().is_empty() {
        BLANK.to_owned()
    } else {
        s.to_owned()
    }
}

fn name_and_org(p: &Party) -> String {
    if p.org.is_empty() {
        p.name.clone()
    } else {
        format!("{}, {}", p.name, p.org)
    }
}

/// The contact lines of a provider, in the order a sender would use them.
fn contact_fields(p: &Party, with_portal: bool) -> Vec<(String, String)> {
    let mut v = Vec::new();
    for (label, value) in [
        ("Fax", &p.fax),
        ("Email", &p.email),
        ("Portal", &p.portal),
        ("Phone", &p.phone),
        ("Address", &p.address),
    ] {
        if !value.is_empty() && (with_portal || label != "Portal") {
            v.push((label.to_owned(), value.clone()));
        }
    }
    v
}

fn signer_line(l: &Letter) -> String {
    let s = &l.signer;
    if !s.for_patient {
        return format!("{} (the patient)", or_blank(&s.name));
    }
    let mut who = s.name.clone();
    let mut quals = Vec::new();
    if !s.relationship.is_empty() {
        quals.push(s.relationship.clone());
    }
    if !s.authority.is_empty() {
        quals.push(s.authority.clone());
    }
    if !quals.is_empty() {
        who.push_str(&format!(" ({})", quals.join("; ")));
    }
    format!("{who}, for {}", or_blank(&l.patient_name))
}

fn blocks(l: &Letter) -> Vec<Block> {
    let mut b = Vec::new();
    let (title, sub) = match &l.ask {
        Ask::Send { .. } => ("Request to send a report", "Fax cover sheet"),
        Ask::Records { .. } => ("Request for a copy of health records", "Right of access"),
    };
    b.push(Block::Title(title.into(), sub.into()));
    let mut head = vec![
        ("Date".to_owned(), long_date(l.date)),
        ("To".to_owned(), name_and_org(&l.from)),
    ];
    head.extend(contact_fields(&l.from, false));
    head.push(("From".into(), signer_line(l)));
    head.push(("Call back".into(), or_blank(&l.signer.phone)));
    if !l.signer.email.is_empty() {
        head.push(("Reply email".into(), l.signer.email.clone()));
    }
    if matches!(l.ask, Ask::Send { .. }) {
        head.push(("Pages".into(), format!("{BLANK} (including this sheet)")));
    }
    head.push(("Reference".into(), l.reference.clone()));
    b.push(Block::Fields(head));

    b.push(Block::Heading("Patient".into()));
    b.push(Block::Fields(vec![
        ("Name".into(), or_blank(&l.patient_name)),
        (
            "Date of birth".into(),
            l.patient_born.map_or_else(|| BLANK.to_owned(), long_date),
        ),
    ]));

    match &l.ask {
        Ask::Send { to } => {
            b.push(Block::Heading("Please send".into()));
            b.push(Block::Para(format!(
                "Please send {} for the patient named above to:",
                l.what
            )));
            let mut f = vec![("Provider".to_owned(), name_and_org(to))];
            f.extend(contact_fields(to, true));
            b.push(Block::Fields(f));
            if let Some(by) = l.by {
                b.push(Block::Para(format!(
                    "It is needed by {}. Thank you for sending it promptly.",
                    long_date(by)
                )));
            }
            b.push(Block::Para(format!(
                "If anything is missing or you need a signed authorization, please call {}.",
                if l.signer.phone.is_empty() {
                    "the number above".to_owned()
                } else {
                    l.signer.phone.clone()
                }
            )));
        }
        Ask::Records { prefer } => {
            b.push(Block::Heading("Records requested".into()));
            b.push(Block::Para(format!(
                "Please send a copy of the following records of the patient named above: {}.",
                l.what
            )));
            b.push(Block::Para(format!("Preferred form: {}.", prefer.words())));
            let deliver = match prefer {
                Prefer::Portal => "Please tell me when they are in the portal.".to_owned(),
                Prefer::Paper => format!("Please mail them to: {}", BLANK.repeat(2)),
                _ => format!(
                    "Please send them to: {}",
                    if l.signer.email.is_empty() {
                        BLANK.repeat(2)
                    } else {
                        l.signer.email.clone()
                    }
                ),
            };
            b.push(Block::Para(deliver));
            if let Some(by) = l.by {
                b.push(Block::Para(format!(
                    "I would be grateful to receive them by {}.",
                    long_date(by)
                )));
            }
            b.push(Block::Heading("Right of access".into()));
            let mut right = "Under the HIPAA Privacy Rule (45 CFR 164.524), patients have the \
                right to see and get a copy of their health records, in the form they ask for \
                when it can be readily produced. This letter is that request."
                .to_owned();
            if l.signer.for_patient {
                right.push_str(&format!(
                    " I make it as the patient's personal representative{}.",
                    if l.signer.authority.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", l.signer.authority)
                    }
                ));
            }
            b.push(Block::Para(right));
        }
    }
    let mut sig = vec![
        format!("Signature: {}  Date: {}", "_".repeat(34), "_".repeat(14)),
        signer_line(l),
    ];
    if l.signer.for_patient && l.signer.authority.is_empty() {
        sig.push(format!("Authority: {BLANK}"));
    }
    b.push(Block::Signature(sig));
    b
}

/// Renders a letter in a format.
pub fn render(l: &Letter, f: Format) -> String {
    let b = blocks(l);
    match f {
        Format::Text => text(&b),
        Format::Markdown => markdown(&b),
        Format::Html => html(&b),
    }
}

const WIDTH: usize = 72;

/// Wraps words to `width` columns. The first line starts at column `indent` (after a
/// label) and later lines are indented by as much; a word longer than a line is kept whole.
fn wrap(s: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = indent;
    let mut first = true;
    for word in s.split_whitespace() {
        let w = word.chars().count();
        if !first && col + 1 + w > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else if !first {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
        first = false;
    }
    out
}

fn label_width(fields: &[(String, String)]) -> usize {
    fields
        .iter()
        .map(|(l, _)| l.chars().count() + 1)
        .max()
        .unwrap_or(0)
}

fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    let mut after_para = false;
    for b in blocks {
        if after_para && matches!(b, Block::Fields(_)) {
            out.push('\n');
        }
        after_para = matches!(b, Block::Para(_));
        match b {
            Block::Title(t, sub) => {
                let t = t.to_uppercase();
                out.push_str(&format!("{t}\n{sub}\n{}\n\n", "=".repeat(WIDTH)));
            }
            Block::Heading(h) => {
                out.push_str(&format!("\n{h}\n{}\n", "-".repeat(h.chars().count())));
            }
            Block::Fields(fields) => {
                let w = label_width(fields);
                for (label, value) in fields {
                    let lead = format!("{:<w$} ", format!("{label}:"));
                    out.push_str(&lead);
                    out.push_str(&wrap(value, WIDTH, w + 1));
                    out.push('\n');
                }
            }
            Block::Para(p) => {
                out.push('\n');
                out.push_str(&wrap(p, WIDTH, 0));
                out.push('\n');
            }
            Block::Signature(lines) => {
                out.push_str("\n\n");
                for l in lines {
                    out.push_str(&wrap(l, WIDTH, 0));
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Escapes the characters Markdown would read as formatting.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '!'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t, sub) => out.push_str(&format!("# {}\n\n*{}*\n\n", md(t), md(sub))),
            Block::Heading(h) => out.push_str(&format!("## {}\n\n", md(h))),
            Block::Fields(fields) => {
                for (label, value) in fields {
                    out.push_str(&format!("- **{}:** {}\n", md(label), md(value)));
                }
                out.push('\n');
            }
            Block::Para(p) => out.push_str(&format!("{}\n\n", md(p))),
            Block::Signature(lines) => {
                for l in lines {
                    out.push_str(&format!("{}  \n", md(l)));
                }
            }
        }
    }
    out.trim_end().to_owned() + "\n"
}

/// Escapes text for HTML element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = "\
body { font-family: Georgia, 'Times New Roman', serif; font-size: 12pt; line-height: 1.4;
  color: #000; background: #fff; max-width: 170mm; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin: 0; }
.sub { margin: 0 0 0.8em; font-style: italic; border-bottom: 2px solid #000; padding-bottom: 0.3em; }
h2 { font-size: 13pt; margin: 1.1em 0 0.3em; border-bottom: 1px solid #000; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; vertical-align: top; width: 9em; padding: 1px 0.8em 1px 0; font-weight: bold; }
td { padding: 1px 0; overflow-wrap: anywhere; }
p { margin: 0.5em 0; }
.sig { margin-top: 2.5em; break-inside: avoid; page-break-inside: avoid; }
.sig p { margin: 0.2em 0; }
@page { margin: 15mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 11pt; line-height: 1.3; }
  h2 { break-after: avoid; page-break-after: avoid; }
}";

fn html(blocks: &[Block]) -> String {
    let title = blocks
        .iter()
        .find_map(|b| match b {
            Block::Title(t, _) => Some(t.as_str()),
            _ => None,
        })
        .unwrap_or("Request");
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n",
        esc(title)
    );
    for b in blocks {
        match b {
            Block::Title(t, sub) => out.push_str(&format!(
                "<h1>{}</h1>\n<p class=\"sub\">{}</p>\n",
                esc(t),
                esc(sub)
            )),
            Block::Heading(h) => out.push_str(&format!("<h2>{}</h2>\n", esc(h))),
            Block::Fields(fields) => {
                out.push_str("<table>\n");
                for (label, value) in fields {
                    out.push_str(&format!(
                        "<tr><th>{}</th><td>{}</td></tr>\n",
                        esc(label),
                        esc(value)
                    ));
                }
                out.push_str("</table>\n");
            }
            Block::Para(p) => out.push_str(&format!("<p>{}</p>\n", esc(p))),
            Block::Signature(lines) => {
                out.push_str("<div class=\"sig\">\n");
                for l in lines {
                    out.push_str(&format!("<p>{}</p>\n", esc(l)));
                }
                out.push_str("</div>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letter(ask: Ask) -> Letter {
        Letter {
            date: NaiveDate::from_ymd_opt(2026, 11, 26).unwrap(),
            reference: "rq1".into(),
            patient_name: "Maria Souza".into(),
            patient_born: NaiveDate::from_ymd_opt(1948, 3, 2),
            from: Party {
                name: "Dr Amal Haddad".into(),
                fax: "555-0102".into(),
                phone: "555-0101".into(),
                ..Party::default()
            },
            what: "the echo report of 2026-11-10".into(),
            by: NaiveDate::from_ymd_opt(2026, 12, 1),
            ask,
            signer: Signer {
                name: "Ana <Souza>".into(),
                relationship: "daughter".into(),
                authority: "health care power of attorney".into(),
                phone: "555-0199".into(),
                email: String::new(),
                for_patient: true,
            },
        }
    }

    fn send() -> Ask {
        Ask::Send {
            to: Party {
                name: "Dr Lee".into(),
                fax: "555-0200".into(),
                ..Party::default()
            },
        }
    }

    #[test]
    fn text_holds_everything_and_fits_72_columns() {
        let t = render(&letter(send()), Format::Text);
        for needle in [
            "Maria Souza",
            "2 March 1948",
            "Dr Lee",
            "555-0200",
            "Dr Amal Haddad",
            "26 November 2026",
            "1 December 2026",
            "health care power of attorney",
            "Signature:",
        ] {
            assert!(t.contains(needle), "{needle} missing:\n{t}");
        }
        assert!(t.lines().all(|l| l.chars().count() <= WIDTH), "{t}");
    }

    #[test]
    fn html_escapes_and_has_print_css() {
        let h = render(&letter(send()), Format::Html);
        assert!(h.contains("Ana &lt;Souza&gt;"));
        assert!(!h.contains("<Souza>"));
        assert!(h.contains("@media print"));
        assert!(h.starts_with("<!DOCTYPE html>"));
    }

    #[test]
    fn records_letter_names_the_right_and_the_form() {
        let l = letter(Ask::Records {
            prefer: Prefer::Fhir,
        });
        let t = render(&l, Format::Markdown);
        assert!(t.contains("45 CFR 164.524"));
        assert!(t.contains("FHIR"));
        assert!(t.contains("personal representative"));
        assert!(t.contains("Ana \\<Souza\\>"));
    }

    #[test]
    fn wrap_never_splits_words_or_loses_them() {
        let s = "a bb ccc dddd eeeee ffffff ggggggg";
        let w = wrap(s, 10, 2);
        assert_eq!(w.split_whitespace().collect::<Vec<_>>().join(" "), s);
        let huge = "x".repeat(100);
        assert_eq!(wrap(&huge, 10, 0), huge);
    }
}
