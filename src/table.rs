//! Draws text tables character for character as comfy-table draws them (dynamic
//! arrangement to a fixed width, padding 1, no styling; the ASCII_FULL style of the
//! reconcile report and the UTF8_FULL_CONDENSED style of every other table), but from
//! borrowed slices. comfy-table builds a `String` for every piece of every line and
//! measures each cell several times: for thousands of rows (a reconcile report, a long
//! medication list or change log) drawing took longer than everything else the command
//! did. The tests below compare this with comfy-table on generated tables in both
//! styles, so a comfy-table upgrade that changes the layout shows up there.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A line with no more than this many columns left is full, and comfy-table starts a new
/// one (its `MIN_FREE_CHARS`).
const MIN_FREE: usize = 2;

/// Whether every byte is printable ASCII: then the display width of the text, and of
/// every slice of it, is its length in bytes.
fn printable_ascii(s: &str) -> bool {
    crate::json::none_of(s.as_bytes(), |b| !(0x20..0x7f).contains(&b))
}

/// Display width, as comfy-table measures it.
fn width(s: &str) -> usize {
    if printable_ascii(s) {
        s.len()
    } else {
        s.width()
    }
}

/// The width of a slice of a line that is printable ASCII (`ascii`) or not: every cell is
/// measured more than once, so the check is made once per line.
fn width_in(ascii: bool, s: &str) -> usize {
    if ascii { s.len() } else { s.width() }
}

/// The characters a table is drawn with.
pub struct Style {
    /// Left, fill, junction and right of the top line.
    top: [char; 4],
    /// The same for the line under the header.
    under_header: [char; 4],
    /// The same for the lines between rows; none when rows follow each other directly.
    between: Option<[char; 4]>,
    /// The same for the bottom line.
    bottom: [char; 4],
    /// Left border, line between cells, right border of a row.
    sides: [char; 3],
}

/// comfy-table's ASCII_FULL: `+`, `-`, `|`, a line between rows.
pub const ASCII_FULL: Style = Style {
    top: ['+', '-', '+', '+'],
    under_header: ['+', '=', '=', '+'],
    between: Some(['|', '-', '+', '|']),
    bottom: ['+', '-', '+', '+'],
    sides: ['|', '|', '|'],
};

/// comfy-table's UTF8_FULL_CONDENSED: box drawing, no line between rows.
pub const UTF8_FULL_CONDENSED: Style = Style {
    top: ['┌', '─', '┬', '┐'],
    under_header: ['╞', '═', '╪', '╡'],
    between: None,
    bottom: ['└', '─', '┴', '┘'],
    sides: ['│', '┆', '│'],
};

/// Appends a table with `header` and `rows` (each as many cells as the header), at most
/// `table_width` columns wide, one `\n` after every line (comfy-table's `to_string()`
/// plus the newline the caller adds).
pub fn draw<R: AsRef<[S]>, S: AsRef<str>>(
    out: &mut String,
    style: &Style,
    header: &[&str],
    rows: &[R],
    table_width: u16,
) {
    let kept: Result<(), std::convert::Infallible> =
        draw_spilling(out, style, header, rows, table_width, |_| Ok(()));
    let Ok(()) = kept;
}

/// [`draw`], calling `spill` with what is drawn so far after the header and after every
/// row, so that a long table can be written out as it goes instead of held whole:
/// `spill` may take text out of `out` (and clear it), or leave it to be appended to.
pub fn draw_spilling<R: AsRef<[S]>, S: AsRef<str>, E>(
    out: &mut String,
    style: &Style,
    header: &[&str],
    rows: &[R],
    table_width: u16,
    mut spill: impl FnMut(&mut String) -> Result<(), E>,
) -> Result<(), E> {
    let content = arrange(header, rows, usize::from(table_width));
    let outer: Vec<usize> = content
        .iter()
        .map(|w| usize::from(w.saturating_add(2)))
        .collect();
    out.push_str(&rule(&outer, style.top));
    let mut parts: Vec<Vec<(&str, usize)>> = vec![Vec::new(); header.len()];
    let mut wrapped = Vec::new();
    draw_row(out, style, header, &content, &mut parts, &mut wrapped);
    out.push_str(&rule(&outer, style.under_header));
    spill(out)?;
    let between = style.between.map(|b| rule(&outer, b));
    let mut cells: Vec<&str> = Vec::with_capacity(header.len());
    for (i, row) in rows.iter().enumerate() {
        if i > 0
            && let Some(b) = &between
        {
            out.push_str(b);
        }
        cells.clear();
        cells.extend(row.as_ref().iter().map(AsRef::as_ref));
        draw_row(out, style, &cells, &content, &mut parts, &mut wrapped);
        spill(out)?;
    }
    out.push_str(&rule(&outer, style.bottom));
    Ok(())
}

/// A horizontal line: left, then the fill over each column joined by the junction, right.
fn rule(widths: &[usize], [left, fill, junction, right]: [char; 4]) -> String {
    let mut line = String::new();
    line.push(left);
    for (i, &w) in widths.iter().enumerate() {
        if i > 0 {
            line.push(junction);
        }
        line.extend(std::iter::repeat_n(fill, w));
    }
    line.push(right);
    line.push('\n');
    line
}

/// Appends `n` blanks.
fn blanks(out: &mut String, mut n: usize) {
    const BLANKS: &str = "                                                                ";
    while n > 0 {
        let k = n.min(BLANKS.len());
        out.push_str(&BLANKS[..k]);
        n -= k;
    }
}

/// One row: every cell's text split at newlines and wrapped to its column, the cells side
/// by side, shorter cells filled with blanks. `parts` (each line and its width) and
/// `wrapped` are scratch space kept across rows.
fn draw_row<'a>(
    out: &mut String,
    style: &Style,
    cells: &[&'a str],
    content: &[u16],
    parts: &mut [Vec<(&'a str, usize)>],
    wrapped: &mut Vec<&'a str>,
) {
    for (c, (&cw, lines)) in content.iter().zip(parts.iter_mut()).enumerate() {
        lines.clear();
        // A row shorter than the header has empty cells at its end.
        let cell = cells.get(c).copied().unwrap_or("");
        let cw = usize::from(cw);
        for line in cell.split('\n') {
            let ascii = printable_ascii(line);
            let w = width_in(ascii, line);
            if w > cw {
                wrapped.clear();
                split_line(line, ascii, cw, wrapped);
                lines.extend(wrapped.iter().map(|p| (*p, width_in(ascii, p))));
            } else {
                lines.push((line, w));
            }
        }
    }
    let [left, inner, right] = style.sides;
    let height = parts.iter().map(Vec::len).max().unwrap_or(0);
    for i in 0..height {
        out.push(left);
        for (c, (lines, &cw)) in parts.iter().zip(content).enumerate() {
            let cw = usize::from(cw);
            match lines.get(i) {
                Some(&(line, w)) => {
                    out.push(' ');
                    out.push_str(line);
                    blanks(out, cw.saturating_sub(w) + 1);
                }
                None => blanks(out, cw + 2),
            }
            out.push(if c + 1 == content.len() { right } else { inner });
        }
        out.push('\n');
    }
}

/// Content width of each column: comfy-table's dynamic arrangement for columns with no
/// constraints. Columns narrower than the average space keep their width; the others are
/// fixed to their longest line after wrapping when that saves at least three columns, and
/// what is left is shared out evenly, the first columns getting the remainder.
fn arrange<R: AsRef<[S]>, S: AsRef<str>>(
    header: &[&str],
    rows: &[R],
    table_width: usize,
) -> Vec<u16> {
    let n = header.len();
    let mut max_width = vec![0u16; n];
    let mut note = |c: usize, cell: &str| {
        let w = cell.split('\n').map(width).max().unwrap_or(0);
        let w = u16::try_from(w).unwrap_or(u16::MAX).max(1);
        max_width[c] = max_width[c].max(w);
    };
    for (c, cell) in header.iter().enumerate() {
        note(c, cell);
    }
    for row in rows {
        for (c, cell) in row.as_ref().iter().enumerate().take(n) {
            note(c, cell.as_ref());
        }
    }
    // Outer borders, the lines between columns, and one blank each side of every cell.
    let mut st = Widths {
        decided: vec![None; n],
        remaining: table_width.saturating_sub(2 + n.saturating_sub(1) + 2 * n),
        left: n,
    };

    let mut found = true;
    while found && st.left > 0 && st.average() > 0 {
        found = false;
        for (c, &w) in max_width.iter().enumerate() {
            if st.decided[c].is_some() || usize::from(w) > st.average() {
                continue;
            }
            if !st.fix(c, w) {
                break;
            }
            found = true;
        }
    }

    let mut found = st.left > 0;
    while found {
        found = false;
        for (c, head) in header.iter().enumerate() {
            if st.decided[c].is_some() {
                continue;
            }
            let avg = st.average();
            let column = rows
                .iter()
                .map(|r| r.as_ref().get(c).map_or("", AsRef::as_ref));
            let longest = longest_line_after_split(avg, head, column);
            if avg.saturating_sub(longest) >= 3 {
                if !st.fix(c, u16::try_from(longest).unwrap_or(u16::MAX)) {
                    break;
                }
                found = true;
            }
        }
    }

    if st.left > 0 {
        let remaining = st.remaining.max(st.left);
        let each = remaining / st.left;
        let mut excess = remaining - each * st.left;
        for d in st.decided.iter_mut().filter(|d| d.is_none()) {
            let w = if excess > 0 {
                excess -= 1;
                each + 1
            } else {
                each
            };
            *d = Some(u16::try_from(w).unwrap_or(u16::MAX).max(1));
        }
    }
    st.decided.iter().map(|d| d.unwrap_or(1)).collect()
}

/// Column widths decided so far, and the space not yet given out.
struct Widths {
    decided: Vec<Option<u16>>,
    remaining: usize,
    /// Columns still undecided.
    left: usize,
}

impl Widths {
    fn average(&self) -> usize {
        self.remaining.checked_div(self.left).unwrap_or(0)
    }

    /// Fixes column `c` to `w` (at least 1); false when no column is left undecided.
    fn fix(&mut self, c: usize, w: u16) -> bool {
        self.decided[c] = Some(w.max(1));
        self.remaining = self.remaining.saturating_sub(usize::from(w));
        self.left -= 1;
        self.left > 0
    }
}

/// The widest line of one column's cells once wrapped to `avg` columns, or any width
/// above `avg - 3` as soon as one is found: the caller only asks whether wrapping saves
/// three columns, and stopping early spares wrapping every cell of a long report.
fn longest_line_after_split<'a>(
    avg: usize,
    header: &'a str,
    cells: impl Iterator<Item = &'a str>,
) -> usize {
    let cw = usize::from(u16::try_from(avg).unwrap_or(u16::MAX).max(1));
    let enough = avg.saturating_sub(3);
    let mut longest = 0;
    let mut parts = Vec::new();
    for cell in std::iter::once(header).chain(cells) {
        for line in cell.split('\n') {
            let ascii = printable_ascii(line);
            let w = width_in(ascii, line);
            if w > avg {
                parts.clear();
                split_line(line, ascii, cw, &mut parts);
                longest = parts
                    .iter()
                    .map(|p| width_in(ascii, p))
                    .fold(longest, usize::max);
            } else {
                longest = longest.max(w);
            }
        }
        if longest > enough {
            return longest;
        }
    }
    longest
}

/// The words of a line, split at single spaces (empty words included, as `str::split`
/// gives them), with one word put back when it did not fit.
struct Words<'a> {
    line: &'a str,
    /// Start of the next word not yet taken, None once the last word was taken.
    pos: Option<usize>,
    back: Option<(usize, usize)>,
}

impl Words<'_> {
    fn next(&mut self) -> Option<(usize, usize)> {
        if let Some(w) = self.back.take() {
            return Some(w);
        }
        let start = self.pos?;
        // Words are short: a plain loop beats a memchr call per word.
        match self.line.as_bytes()[start..]
            .iter()
            .position(|&b| b == b' ')
        {
            Some(i) => {
                self.pos = Some(start + i + 1);
                Some((start, start + i))
            }
            None => {
                self.pos = None;
                Some((start, self.line.len()))
            }
        }
    }
}

/// comfy-table's `split_line` with a space delimiter. Every line it builds is a run of
/// whole words (or the piece of a long word) joined by the spaces between them, so each
/// is a slice of `line`: tracked as a byte range instead of built up as a `String`.
///
/// `ascii` says whether the line is printable ASCII ([`printable_ascii`], which the
/// caller has already asked).
fn split_line<'a>(line: &'a str, ascii: bool, content_width: usize, out: &mut Vec<&'a str>) {
    let mut words = Words {
        line,
        pos: Some(0),
        back: None,
    };
    // The line being filled (empty when start == end) and its display width.
    let (mut start, mut end) = (0, 0);
    let mut len = 0;
    while let Some((ws, we)) = words.next() {
        let word = &line[ws..we];
        let word_len = width_in(ascii, word);
        let empty = start == end;
        let sep = usize::from(!empty);
        if len + sep + word_len <= content_width {
            if empty {
                start = ws;
            }
            end = we;
            len += sep + word_len;
            if len > content_width.saturating_sub(MIN_FREE) {
                out.push(&line[start..end]);
                (start, end, len) = (0, 0, 0);
            }
            continue;
        }
        let room = content_width.saturating_sub(len).saturating_sub(sep);
        if !empty && room <= MIN_FREE {
            words.back = Some((ws, we));
            out.push(&line[start..end]);
            (start, end, len) = (0, 0, 0);
            continue;
        }
        if word_len > content_width {
            // Fill the line with the head of the long word; the rest is the next word.
            let mut head = split_long_word(room, word);
            if empty && head == 0 {
                // Not even one character fits: take one anyway, as comfy-table does.
                head = word.chars().next().map_or(0, char::len_utf8);
            }
            let line_start = if empty { ws } else { start };
            out.push(&line[line_start..ws + head]);
            words.back = Some((ws + head, we));
            (start, end, len) = (0, 0, 0);
            continue;
        }
        out.push(&line[start..end]);
        (start, end, len) = (ws, we, word_len);
        if len > content_width.saturating_sub(MIN_FREE) {
            out.push(&line[start..end]);
            (start, end, len) = (0, 0, 0);
        }
    }
    if start != end {
        out.push(&line[start..end]);
    }
}

/// Where to cut a word so that its head is at most `allowed` columns wide (in bytes),
/// whole grapheme clusters only.
fn split_long_word(allowed: usize, word: &str) -> usize {
    if printable_ascii(word) {
        return word.len().min(allowed);
    }
    let mut w = 0;
    for (i, g) in word.grapheme_indices(true) {
        let gw = g.width();
        if w + gw > allowed {
            return i;
        }
        w += gw;
    }
    word.len()
}

#[cfg(test)]
mod tests {
    use comfy_table::{ContentArrangement, Table};
    use proptest::prelude::*;

    use super::{ASCII_FULL, Style, UTF8_FULL_CONDENSED, draw};

    /// comfy-table's drawing, set up as the report (ASCII_FULL) or as `Ui::table`.
    fn comfy<R: AsRef<[String]>>(
        condensed: bool,
        header: &[&str],
        rows: &[R],
        width: u16,
    ) -> String {
        let mut t = Table::new();
        if condensed {
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        }
        t.force_no_tty()
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(width)
            .set_header(header.to_vec());
        for r in rows {
            t.add_row(r.as_ref().to_vec());
        }
        let mut s = t.to_string();
        s.push('\n');
        s
    }

    fn ours<R: AsRef<[String]>>(style: &Style, header: &[&str], rows: &[R], width: u16) -> String {
        let mut s = String::new();
        draw(&mut s, style, header, rows, width);
        s
    }

    /// [`ours`], written out in pieces as [`super::draw_spilling`] hands them over: the
    /// text is taken at every other call and left to be appended to at the others.
    fn spilled<R: AsRef<[String]>>(header: &[&str], rows: &[R], width: u16) -> String {
        let (mut out, mut calls, mut pieces) = (String::new(), 0, 0);
        let mut written = String::new();
        let kept: Result<(), ()> =
            super::draw_spilling(&mut out, &UTF8_FULL_CONDENSED, header, rows, width, |o| {
                calls += 1;
                if calls % 2 == 1 {
                    written.push_str(o);
                    o.clear();
                    pieces += 1;
                }
                Ok(())
            });
        assert_eq!(kept, Ok(()));
        // One call after the header and one after each row.
        assert_eq!(calls, rows.len() + 1);
        assert_eq!(pieces, rows.len() / 2 + 1, "a table is written in pieces");
        written.push_str(&out);
        written
    }

    fn owned(rows: &[[&str; 5]]) -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
            .collect()
    }

    const WORDS: &[&str] = &[
        "",
        "a",
        "mg",
        "Lisinopril",
        "10",
        "→",
        "–",
        "café",
        "漢字",
        "🙂",
        "e\u{301}",
        "hydrochlorothiazide-lisinopril-metoprolol-succinate",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字漢字",
        "x→y→z→w→v→u→t→s→r→q→p→o→n→m→l→k→j→i→h",
        "\n",
        "\t",
    ];

    fn cell() -> impl Strategy<Value = String> {
        prop::collection::vec((0..WORDS.len(), prop::bool::weighted(0.1)), 0..30).prop_map(|ws| {
            let mut s = String::new();
            for (i, (w, double)) in ws.into_iter().enumerate() {
                if i > 0 {
                    s.push_str(if double { "  " } else { " " });
                }
                s.push_str(WORDS[w]);
            }
            s
        })
    }

    /// A header of one to seven columns and rows of as many cells.
    fn table() -> impl Strategy<Value = (Vec<String>, Vec<Vec<String>>)> {
        (1usize..8).prop_flat_map(|n| {
            (
                prop::collection::vec(cell(), n),
                prop::collection::vec(prop::collection::vec(cell(), n), 0..8),
            )
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn draws_what_comfy_table_draws(
            (header, rows) in table(),
            width in prop_oneof![Just(40u16), Just(80u16), Just(100u16), 1u16..200],
            condensed in any::<bool>(),
        ) {
            let h: Vec<&str> = header.iter().map(String::as_str).collect();
            let style = if condensed { &UTF8_FULL_CONDENSED } else { &ASCII_FULL };
            prop_assert_eq!(ours(style, &h, &rows, width), comfy(condensed, &h, &rows, width));
        }

        #[test]
        fn written_in_pieces_it_is_the_same_table(
            (header, rows) in table(),
            width in prop_oneof![Just(40u16), Just(80u16), 1u16..200],
        ) {
            let h: Vec<&str> = header.iter().map(String::as_str).collect();
            prop_assert_eq!(spilled(&h, &rows, width), ours(&UTF8_FULL_CONDENSED, &h, &rows, width));
        }
    }

    #[test]
    fn report_header_and_typical_rows() {
        let h = ["", "Saved list", "New list", "What", "Note"];
        let rows = [
            [
                "Changed",
                "Lisinopril 10 mg daily",
                "Lisinopril 20 mg daily",
                "dose",
                "Lisinopril 10 mg → Lisinopril 20 mg: dose 10 mg → 20 mg. Ask your pharmacist or doctor whether this change is intended.",
            ],
            ["Stopped?", "Aspirin 81 mg\nFish oil", "", "", ""],
        ];
        // A short row has empty cells at its end, and does not show the row before's.
        let short = ours(
            &UTF8_FULL_CONDENSED,
            &h,
            &[vec!["x".to_owned(); 5], vec!["y".to_owned()]],
            80,
        );
        let padded = ours(
            &UTF8_FULL_CONDENSED,
            &h,
            &[
                vec!["x".to_owned(); 5],
                ["y", "", "", "", ""].map(str::to_owned).to_vec(),
            ],
            80,
        );
        assert_eq!(short, padded);
        let rows = owned(&rows);
        let none: &[Vec<String>] = &[];
        for w in [40, 80, 100, 120] {
            for (style, condensed) in [(&ASCII_FULL, false), (&UTF8_FULL_CONDENSED, true)] {
                assert_eq!(ours(style, &h, &rows, w), comfy(condensed, &h, &rows, w));
                assert_eq!(ours(style, &h, none, w), comfy(condensed, &h, none, w));
            }
        }
    }
}
