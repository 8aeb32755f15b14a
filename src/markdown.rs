//! A document as Markdown (or plain text), for people and language models, with
//! a map from every piece of Markdown back to the source it came from.
//!
//! ```text
//! <p align=center><b>FIRST QUARTER RESULTS</b></p>      ## FIRST QUARTER RESULTS
//! <li>Net sales up 8%</li>                         ->   - Net sales up 8%
//! <hr style="page-break-after:always">                  ---
//! <table>...</table>                                    | | 2010 | 2009 |
//!                                                       | --- | ---: | ---: |
//!                                                       | Net sales | 1,234 | (56) |
//! ```
//!
//! Rules:
//! - `<h1>`..`<h6>` become `#` headings of that level. A short line (at most 15
//!   words, no final period) that is bold, centred or in capitals, standing alone,
//!   becomes a `##` (centred) or `###` heading.
//! - `<li>` items become `-` or `1.` items; plain-text lines starting with a bullet
//!   (`-`, `*`, `•`) become `-` items.
//! - Plain-text lines join into paragraphs up to a blank line; a paragraph whose
//!   lines keep columns apart (four or more spaces inside a line) is kept as
//!   printed, in a fenced block.
//! - Each page after the first starts with `---`.
//! - Tables become GitHub tables over their logical columns (see [`crate::tables`]):
//!   `$`, `)` and `%` cells join their figure, empty spacer columns go, a spanned
//!   heading cell is repeated over every column it covers, and the first row is
//!   the table's heading row when it is one. Columns of figures align right, and
//!   every column is padded to one width so the source stays readable.
//! - A layout table (one logical column of text, or no figures and a cell of
//!   running text, over 120 bytes) becomes paragraphs, a row's cells joined by a
//!   space; one whose first column holds only bullets or footnote marks becomes
//!   a list.
//! - Markdown's own characters in the text are escaped with `\`.
//!
//! [`text`] gives the same document without markup: headings and paragraphs as
//! lines, tables as columns padded with spaces.

use crate::body::{Block, Body, ListKind, Table, TextBlock};
use crate::filing::Filing;
use crate::span::Span;
use crate::tables::{grid, Grid};
use serde::Serialize;

pub use crate::filing::find_document;

/// A document rendered as Markdown.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Markdown {
    pub text: String,
    /// For each line of a text block and each table cell: where it is in `text`
    /// and the span of its block or cell in the input (a `<br>` line or a
    /// plain-text line of a paragraph points at its whole block). Ordered by
    /// `markdown_range`.
    pub map: Vec<MarkdownSpan>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MarkdownSpan {
    /// Byte range in [`Markdown::text`].
    pub markdown_range: Span,
    /// Byte range in the input.
    pub span: Span,
}

crate::visit_spans!(MarkdownSpan { span });

/// The Markdown of the document with this `<SEQUENCE>`, or `None` when there is
/// no such document or it has no text body (PDF, images, XML). A bare document
/// (no `<DOCUMENT>` wrapper, so no `<SEQUENCE>`) is document `1`.
pub fn markdown(filing: &Filing, sequence: &str) -> Option<Markdown> {
    let body = find_document(filing, sequence)?.body.as_ref()?;
    Some(body_markdown(body, Flavor::Markdown))
}

/// The plain text of the document with this `<SEQUENCE>` (see [`markdown`]).
pub fn text(filing: &Filing, sequence: &str) -> Option<String> {
    let body = find_document(filing, sequence)?.body.as_ref()?;
    Some(body_markdown(body, Flavor::Text).text)
}

/// Render any body.
pub fn body_markdown(body: &Body, flavor: Flavor) -> Markdown {
    let mut w = Writer {
        out: Markdown::default(),
        flavor,
    };
    let mut first_page = true;
    for page in &body.pages {
        if page.blocks.is_empty() {
            continue;
        }
        if !first_page && flavor == Flavor::Markdown {
            w.raw("---\n\n");
        }
        first_page = false;
        let mut i = 0;
        let mut ordinal = 0;
        while let Some(block) = page.blocks.get(i) {
            match block {
                Block::Table(t) => {
                    w.table(t);
                    ordinal = 0;
                    i += 1;
                }
                Block::Text(t) if t.column.is_some() => {
                    // Plain text: the lines up to the next blank line.
                    let n = page
                        .blocks
                        .get(i + 1..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|b| matches!(b, Block::Text(t) if !t.style.blank_before))
                        .count();
                    let lines: Vec<&TextBlock> = page
                        .blocks
                        .get(i..=i + n)
                        .unwrap_or(&[])
                        .iter()
                        .filter_map(|b| match b {
                            Block::Text(t) => Some(t),
                            Block::Table(_) => None,
                        })
                        .collect();
                    w.plain_paragraph(&lines);
                    i += n + 1;
                }
                Block::Text(t) => {
                    ordinal = if t.style.list == ListKind::Ordered {
                        ordinal + 1
                    } else {
                        0
                    };
                    w.html_block(t, ordinal);
                    i += 1;
                }
            }
        }
    }
    let trimmed = w.out.text.trim_end().len();
    w.out.text.truncate(trimmed);
    if !w.out.text.is_empty() {
        w.out.text.push('\n');
    }
    w.out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flavor {
    Markdown,
    Text,
}

struct Writer {
    out: Markdown,
    flavor: Flavor,
}

/// A short line that reads as a heading when bold, centred or in capitals.
fn heading_like(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=15).contains(&words)
        && text.len() <= 150
        && !text.ends_with(['.', ',', ';', ':'])
        && text.chars().any(|c| c.is_ascii_alphabetic())
}

fn upper_case(text: &str) -> bool {
    // ASCII letters only: Unicode case tables would cost the wasm kilobytes.
    let letters = text.chars().filter(char::is_ascii_alphabetic);
    let (mut upper, mut all) = (0, 0);
    for c in letters {
        all += 1;
        upper += usize::from(c.is_ascii_uppercase());
    }
    all >= 3 && upper == all
}

/// A bullet at the start of a plain-text line: the text after it.
fn bullet(text: &str) -> Option<&str> {
    for mark in ["- -", "-", "*", "\u{2022}", "\u{00B7}"] {
        if let Some(rest) = text.strip_prefix(mark) {
            if rest.starts_with([' ', '\t']) && !rest.trim().is_empty() {
                return Some(rest.trim_start());
            }
        }
    }
    None
}

/// How a table is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableKind {
    /// No text at all: nothing.
    Empty,
    /// One logical column: a layout table, its text as paragraphs.
    Paragraphs,
    /// Two columns, the first only bullets or footnote marks: a list.
    List,
    /// A GitHub table with [`Grid::columns`] columns.
    Grid,
}

/// How [`markdown`] renders a table with this grid.
pub fn table_kind(g: &Grid) -> TableKind {
    let first = |r: &crate::tables::GridRow| r.cells.first().is_some_and(|c| !c.text.is_empty());
    if g.columns == 0 {
        TableKind::Empty
    } else if g.columns == 1 || prose(g) {
        TableKind::Paragraphs
    } else if g.columns == 2
        && g.rows.iter().any(first)
        && g.rows.iter().all(|r| {
            r.cells
                .first()
                .is_none_or(|c| c.text.is_empty() || mark_only(&c.text))
        })
    {
        TableKind::List
    } else {
        TableKind::Grid
    }
}

/// No figures, and a cell of running text: text laid out with a table.
fn prose(g: &Grid) -> bool {
    let cells = || g.rows.iter().flat_map(|r| &r.cells);
    cells().all(|c| c.number.is_none()) && cells().any(|c| c.text.len() > 120)
}

/// A cell that is only a bullet or a footnote mark: `•`, `(1)`, `1.`, `(a)`, `*`.
fn mark_only(text: &str) -> bool {
    let t = text.trim();
    if matches!(
        t,
        "\u{2022}" | "\u{00B7}" | "-" | "*" | "o" | "\u{25CF}" | "\u{25AA}"
    ) {
        return true;
    }
    let inner = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| t.strip_suffix('.'))
        .or_else(|| t.strip_suffix(')'));
    inner
        .is_some_and(|i| (1..=3).contains(&i.len()) && i.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Writer {
    fn raw(&mut self, s: &str) {
        self.out.text.push_str(s);
    }

    /// Text from the filing, escaped, recorded in the map as coming from `span`.
    fn source(&mut self, s: &str, span: Span, line_start: bool) {
        let start = self.out.text.len();
        if self.flavor == Flavor::Markdown {
            escape(s, line_start, &mut self.out.text);
        } else {
            self.out.text.push_str(s);
        }
        self.mapped(start, span);
    }

    fn mapped(&mut self, start: usize, span: Span) {
        let end = self.out.text.len();
        if end > start {
            self.out.map.push(MarkdownSpan {
                markdown_range: Span::new(start, end),
                span,
            });
        }
    }

    fn html_block(&mut self, t: &TextBlock, ordinal: usize) {
        let md = self.flavor == Flavor::Markdown;
        let s = &t.style;
        let one_line = !t.text.contains('\n');
        if s.heading > 0 && one_line {
            if md {
                self.raw(&"#".repeat(s.heading as usize));
                self.raw(" ");
            }
            self.source(&t.text, t.span, false);
        } else if s.list != ListKind::None {
            let mark = if s.list == ListKind::Ordered {
                format!("{ordinal}. ")
            } else {
                "- ".to_string()
            };
            self.raw(&mark);
            self.lines(t, false);
        } else if one_line && heading_like(&t.text) && (s.bold || s.centered && upper_case(&t.text))
        {
            if md {
                self.raw(if s.centered { "## " } else { "### " });
            }
            self.source(&t.text, t.span, false);
        } else {
            self.lines(t, true);
        }
        self.raw("\n\n");
    }

    /// A block's text, its `<br>` lines kept as Markdown hard breaks.
    fn lines(&mut self, t: &TextBlock, line_start: bool) {
        for (k, line) in t.text.split('\n').enumerate() {
            if k > 0 {
                self.raw(if self.flavor == Flavor::Markdown {
                    "  \n"
                } else {
                    "\n"
                });
            }
            // The block's span, not `span_of` the line: a block's TextMap is not
            // carried through the input's offset maps (PEM dash-stuffing, encodings).
            self.source(line, t.span, line_start || k > 0);
        }
    }

    fn plain_paragraph(&mut self, lines: &[&TextBlock]) {
        let Some(first) = lines.first() else {
            return;
        };
        let md = self.flavor == Flavor::Markdown;
        let columnar = lines.iter().any(|l| {
            let text = l.text.trim();
            bullet(text).unwrap_or(text).contains("    ")
        });
        if columnar {
            let left = lines.iter().filter_map(|l| l.column).min().unwrap_or(0);
            if md {
                self.raw("```text\n");
            }
            for l in lines {
                let indent = l.column.unwrap_or(0).saturating_sub(left) as usize;
                self.raw(&" ".repeat(indent));
                let start = self.out.text.len();
                self.out.text.push_str(&l.text);
                self.mapped(start, l.span);
                self.raw("\n");
            }
            if md {
                self.raw("```\n");
            }
            self.raw("\n");
            return;
        }
        if lines.len() == 1 && heading_like(&first.text) {
            let centered = first.column.is_some_and(|c| c >= 12);
            if upper_case(&first.text) || centered && first.text.len() <= 60 {
                if md {
                    self.raw(if centered { "## " } else { "### " });
                }
                self.source(&first.text, first.span, false);
                self.raw("\n\n");
                return;
            }
        }
        // Short centred lines (a cover's) keep their line breaks.
        let centred = lines
            .iter()
            .all(|l| l.column.is_some_and(|c| c >= 8) && l.text.len() <= 70);
        let mut line_start = true;
        for (k, l) in lines.iter().enumerate() {
            let mut text = l.text.as_str();
            if let Some(rest) = bullet(text) {
                // A bullet starts an item, on a line of its own.
                if k > 0 {
                    self.raw("\n");
                }
                self.raw("- ");
                text = rest;
                line_start = false;
            } else if k > 0 {
                self.raw(if centred { "\n" } else { " " });
                line_start = centred;
            }
            self.source(text, l.span, line_start);
            line_start = false;
        }
        self.raw("\n\n");
    }

    fn table(&mut self, table: &Table) {
        if let Some(c) = &table.caption {
            self.source(&c.text.replace('\n', " "), c.span, true);
            self.raw("\n\n");
        }
        let g = grid(table);
        match table_kind(&g) {
            TableKind::Empty => {}
            TableKind::Paragraphs => self.layout_paragraphs(&g, false),
            TableKind::List => self.layout_paragraphs(&g, true),
            TableKind::Grid => self.grid_table(&g),
        }
    }

    /// A layout table: each row's text as a paragraph (or a list item).
    fn layout_paragraphs(&mut self, g: &Grid, list: bool) {
        for row in &g.rows {
            // A bullet mark is the list's own; a footnote mark (`(1)`) is text.
            let cells: Vec<_> = row
                .cells
                .iter()
                .filter(|c| !c.text.is_empty())
                .filter(|c| !(list && c.text.chars().all(|ch| !ch.is_ascii_alphanumeric())))
                .collect();
            if cells.is_empty() {
                continue;
            }
            if list {
                self.raw("- ");
            }
            for (k, c) in cells.iter().enumerate() {
                if k > 0 {
                    self.raw(" ");
                }
                let text = c.text.replace('\n', " ");
                self.source(&text, c.span.unwrap_or_default(), k == 0 && !list);
            }
            self.raw("\n\n");
        }
    }

    fn grid_table(&mut self, g: &Grid) {
        let md = self.flavor == Flavor::Markdown;
        let texts: Vec<Vec<String>> = g
            .rows
            .iter()
            .map(|r| r.cells.iter().map(|c| cell_text(&c.text, md)).collect())
            .collect();
        // A column of figures aligns right.
        let numeric: Vec<bool> = (0..g.columns)
            .map(|c| {
                let (mut figures, mut other) = (0, 0);
                for r in g.rows.iter().filter(|r| !r.heading) {
                    match r.cells.get(c) {
                        Some(x) if x.number.is_some() => figures += 1,
                        Some(x) if !x.text.is_empty() => other += 1,
                        _ => {}
                    }
                }
                figures > 0 && figures >= other
            })
            .collect();
        let widths: Vec<usize> = (0..g.columns)
            .map(|c| {
                texts
                    .iter()
                    .map(|r| r.get(c).map_or(0, |t| t.chars().count()))
                    .max()
                    .unwrap_or(0)
                    .clamp(3, 60)
            })
            .collect();
        // Rows with nothing in them are spacing.
        let rows: Vec<_> = g
            .rows
            .iter()
            .zip(&texts)
            .filter(|(r, _)| r.cells.iter().any(|c| !c.text.is_empty()))
            .collect();
        let header_first = rows.first().is_some_and(|(r, _)| r.heading);
        if md && !header_first {
            let empty = GridRowRef::empty(g.columns);
            self.table_row(&empty.0, &empty.1, &widths, &numeric);
            self.delimiter(&widths, &numeric);
        }
        let mut first = true;
        for (row, texts) in rows {
            let cells: Vec<(Option<Span>, bool)> =
                row.cells.iter().map(|c| (c.span, c.repeated)).collect();
            self.table_row(&cells, texts, &widths, &numeric);
            if md && first && header_first {
                self.delimiter(&widths, &numeric);
            }
            first = false;
        }
        self.raw("\n");
    }

    fn delimiter(&mut self, widths: &[usize], numeric: &[bool]) {
        self.raw("|");
        for (w, &n) in widths.iter().zip(numeric) {
            self.raw(" ");
            let dashes = "-".repeat(w.saturating_sub(usize::from(n)));
            self.raw(&dashes);
            if n {
                self.raw(":");
            }
            self.raw(" |");
        }
        self.raw("\n");
    }

    fn table_row(
        &mut self,
        cells: &[(Option<Span>, bool)],
        texts: &[String],
        widths: &[usize],
        numeric: &[bool],
    ) {
        let md = self.flavor == Flavor::Markdown;
        if md {
            self.raw("|");
        }
        for (c, w) in widths.iter().enumerate() {
            let text = texts.get(c).map_or("", String::as_str);
            let pad = w.saturating_sub(text.chars().count());
            let right = numeric.get(c).copied().unwrap_or(false);
            if md || c > 0 {
                self.raw(if md { " " } else { "  " });
            }
            if right {
                self.raw(&" ".repeat(pad));
            }
            let start = self.out.text.len();
            self.out.text.push_str(text);
            if let Some(&(Some(span), repeated)) = cells.get(c) {
                if !repeated {
                    self.mapped(start, span);
                }
            }
            if !right && (md || c + 1 < widths.len()) {
                self.raw(&" ".repeat(pad));
            }
            if md {
                self.raw(" |");
            }
        }
        let trimmed = self.out.text.trim_end_matches(' ').len();
        self.out.text.truncate(trimmed);
        self.raw("\n");
    }
}

/// An empty heading row for tables whose first row is not a heading.
struct GridRowRef(Vec<(Option<Span>, bool)>, Vec<String>);

impl GridRowRef {
    fn empty(columns: usize) -> GridRowRef {
        GridRowRef(vec![(None, false); columns], vec![String::new(); columns])
    }
}

/// A table cell's text on one line, `|` escaped.
fn cell_text(text: &str, md: bool) -> String {
    let one_line = text.replace('\n', " ");
    if !md {
        return one_line;
    }
    let mut out = String::with_capacity(one_line.len());
    escape(&one_line, false, &mut out);
    out.replace('|', "\\|")
}

/// Escape what Markdown would read as markup.
fn escape(s: &str, line_start: bool, out: &mut String) {
    if line_start {
        let t = s.trim_start();
        let ordered = {
            let digits = t.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0
                && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
                && t.as_bytes().get(digits + 1).is_none_or(|b| *b == b' ')
        };
        if t.starts_with(['#', '>', '-', '+', '=', '|']) || ordered && t.len() > 1 {
            if ordered {
                let digits = t.bytes().take_while(u8::is_ascii_digit).count();
                out.push_str(t.get(..digits).unwrap_or(""));
                out.push('\\');
                return escape(t.get(digits..).unwrap_or(""), false, out);
            }
            out.push('\\');
        }
    }
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(html: &str) -> String {
        let format = crate::envelope::DocumentFormat::Html;
        let mut body = crate::body::parse_body(html, 0, &format, &mut Vec::new()).unwrap();
        crate::numbers::annotate(&mut body);
        body_markdown(&body, Flavor::Markdown).text
    }

    #[test]
    fn headings_lists_and_escapes() {
        let out = md(
            "<html><body><h2>Results</h2><p align=center><b>FIRST QUARTER</b></p>\
            <p>Sales rose *8%* to_day.</p><ul><li>one</li><li>two</li></ul>\
            <ol><li>a</li><li>b</li></ol></body></html>",
        );
        assert_eq!(
            out,
            "## Results\n\n## FIRST QUARTER\n\nSales rose \\*8%\\* to\\_day.\n\n- one\n\n- two\n\n1. a\n\n2. b\n"
        );
    }

    #[test]
    fn financial_table_joins_cells_and_drops_spacers() {
        let out = md("<table><tr><td></td><td colspan=3>2010</td><td></td><td colspan=3>2009</td></tr>\
            <tr><td>Net sales</td><td>$</td><td>1,234</td><td></td><td></td><td>$</td><td>(56</td><td>)</td></tr></table>");
        assert_eq!(
            out,
            "|           |   2010 |  2009 |\n| --------- | -----: | ----: |\n| Net sales | $1,234 | $(56) |\n"
        );
    }

    #[test]
    fn layout_tables_are_paragraphs_and_lists() {
        let out = md("<table><tr><td>Only text here.</td></tr></table>\
            <table><tr><td>\u{2022}</td><td>first point</td></tr><tr><td>\u{2022}</td><td>second</td></tr></table>");
        assert_eq!(out, "Only text here.\n\n- first point\n\n- second\n");
    }
}
