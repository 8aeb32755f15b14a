//! Plain-text tables: `<TABLE>` ... `</TABLE>` with `<CAPTION>`, `<S>`/`<C>` column
//! markers and `<FN>` footnotes.
//!
//! ```text
//! <TABLE>
//! <CAPTION>
//!                                   YEAR ENDED          <- header rows
//!                                 1997       1996
//!                               ---------  ---------    <- rules: dropped
//! <S>                           <C>        <C>          <- column starts
//! Net sales...................  $   7,081  $   9,833    <- a row
//! Common and common             $     (8)  $     12
//!                               ---------  ---------
//!                               $   7,073  $   9,845    <- not a continuation (after a rule)
//! <FN>
//! <F1> Restated.                                        <- footnote: a text block after the table
//! </TABLE>
//! ```
//!
//! Rules, in order of the lines:
//! - Lines between `<TABLE>` and `<CAPTION>` are the caption (one [`TextBlock`],
//!   lines joined by a space). Lines after `<CAPTION>` and above the `<S>`/`<C>`
//!   line are header rows; with no `<CAPTION>`, every line above the marker line
//!   is a header row. A later `<CAPTION>` starts a new run of header rows.
//! - The line with `<S>`/`<C>` markers sets the column starts: the visual column
//!   of each marker. `columns` is the largest number of markers on such a line.
//!   Text beside the markers is a row.
//! - Rule lines (only `-`, `=`, `_`, with `|`/`+` allowed, at least three rule
//!   characters) and blank lines give no row.
//! - A line is cut into cells at gaps, never inside a word. Words one space apart
//!   are one phrase; a wider gap ends it, and so does a single space between
//!   figures (`(1,045) $`) when the next word starts exactly on the start of the
//!   column after the phrase's own. A
//!   phrase belongs to the column it starts in, allowing it to start up to two
//!   columns left of a column start (ragged right-aligned numbers). A phrase that
//!   lands in a column already holding text, but lies mostly right of the next
//!   column start, moves to that next column. Phrases of one column make one cell,
//!   its spacing kept. A cell reaching at least two columns into following
//!   columns that hold nothing in that line spans them (`colspan`).
//! - In header rows, cells that are only an underline are dropped; an underline
//!   reaching over several columns widens the one heading cell above it within
//!   those columns to span them (`2009` centred over `-----------` over Q4..Q1).
//! - Only non-empty cells are kept; `column` says where each one is.
//! - Continuations: a body row with no cell in column 0 that directly follows a
//!   body row (no blank or rule line between) is merged into it: each cell's text
//!   is appended, after a space, to the cell of the row above covering its
//!   column (or becomes a new cell there). Header rows are never merged.
//! - `<FN>` starts the footnotes: every later line is a text block placed after the
//!   table. Footnote markers (`<F1>`) are dropped from text wherever they are.
//! - No marker line at all: columns are inferred from the body and header lines:
//!   a column starts after every run of two or more visual columns that is blank
//!   on every line. More than 64 such columns (likely prose) falls back to one cell
//!   per line. Lines after `<CAPTION>` above the first rule line are header rows
//!   only if such a rule line exists.

use super::{block, Frag, Item, Kind, Src};
use crate::body::{Block, Cell, Row, Table, TextBlock};
use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// How far left of a column start a phrase may begin and still belong to it.
const LEFT_TOLERANCE: u32 = 2;
/// How far into a following column a cell must reach to span it.
const SPAN_REACH: u32 = 2;
const MAX_INFERRED_COLUMNS: usize = 64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Section {
    /// Above the marker line; `caption_at` is the index in `pending` of the first
    /// line after `<CAPTION>`.
    Head {
        caption_at: Option<usize>,
    },
    Body,
    Notes,
}

/// A table being read, line by line.
pub(crate) struct TableBuilder {
    /// Offset of the `<TABLE>` marker.
    at: usize,
    unclosed: bool,
    /// Span of the part of the table on the current page.
    start: Option<usize>,
    end: usize,
    /// Visual columns where the grid columns start; empty until known.
    columns: Vec<u32>,
    column_count: usize,
    inferred: bool,
    section: Section,
    /// Lines above the marker line, read once the columns are known.
    pending: Vec<Frag>,
    caption: Option<TextBlock>,
    rows: Vec<Row>,
    notes: Vec<TextBlock>,
    /// The last line was a body row, so the next may continue it.
    continuable: bool,
}

/// A cell located on a line, not yet rendered.
#[derive(Clone, Copy, Debug)]
struct Placed {
    column: usize,
    colspan: usize,
    frag: Frag,
    end_col: u32,
}

impl TableBuilder {
    pub fn new(at: usize, unclosed: bool) -> TableBuilder {
        TableBuilder {
            at,
            unclosed,
            start: Some(at),
            end: at,
            columns: Vec::new(),
            column_count: 0,
            inferred: false,
            section: Section::Head { caption_at: None },
            pending: Vec::new(),
            caption: None,
            rows: Vec::new(),
            notes: Vec::new(),
            continuable: false,
        }
    }

    pub fn unclosed(&self) -> bool {
        self.unclosed
    }

    pub fn set_end(&mut self, end: usize) {
        self.end = self.end.max(end);
    }

    /// Continue on a new page: the columns carry over, the rest starts afresh.
    pub fn restart(&mut self, at: usize) {
        self.start = None;
        self.end = at;
        self.column_count = self.columns.len();
    }

    pub fn line(&mut self, src: &Src, frag: Frag, diagnostics: &mut Vec<Diagnostic>) {
        self.start.get_or_insert(frag.start);
        self.set_end(frag.end);
        let mut frag = frag;
        if let Some(rest) = src.after_tag(frag, "<CAPTION>") {
            match &mut self.section {
                Section::Head { caption_at } => {
                    caption_at.get_or_insert(self.pending.len());
                }
                section => {
                    *section = Section::Head {
                        caption_at: Some(0),
                    }
                }
            }
            self.continuable = false;
            frag = rest;
        }
        if self.section == Section::Notes {
            self.notes.extend(block(src, frag));
            return;
        }
        if let Some(rest) = src.after_tag(frag, "<FN>") {
            self.resolve_head(src, diagnostics);
            self.section = Section::Notes;
            self.notes.extend(block(src, rest));
            return;
        }
        if let Some(columns) = column_markers(src, frag) {
            self.column_count = self.column_count.max(columns.len());
            self.columns = columns;
            self.inferred = false;
            self.resolve_head(src, diagnostics);
            self.section = Section::Body;
            self.continuable = false;
        }
        match self.section {
            Section::Head { .. } => self.pending.push(frag),
            _ => self.body_line(src, frag),
        }
    }

    /// The table so far (if it has anything) and its footnotes, as blocks; the
    /// builder is left ready for the next part.
    pub fn take_part(&mut self, src: &Src, diagnostics: &mut Vec<Diagnostic>) -> Vec<Block> {
        self.resolve_head(src, diagnostics);
        if let Section::Head { .. } = self.section {
            self.section = Section::Head {
                caption_at: Some(0),
            };
        }
        let mut blocks = Vec::new();
        let caption = self.caption.take();
        let rows = std::mem::take(&mut self.rows);
        if !rows.is_empty() || caption.is_some() {
            let start = self.start.unwrap_or(self.end);
            blocks.push(Block::Table(Box::new(Table {
                span: src.span(start, self.end.max(start)),
                caption,
                rows,
                columns: self.column_count as u32,
                unit: None,
            })));
        }
        blocks.extend(std::mem::take(&mut self.notes).into_iter().map(Block::Text));
        if self.inferred {
            self.columns.clear();
            self.inferred = false;
        }
        self.continuable = false;
        blocks
    }

    /// Read the lines held above the marker line: caption, then header rows.
    fn resolve_head(&mut self, src: &Src, diagnostics: &mut Vec<Diagnostic>) {
        let Section::Head { caption_at } = self.section else {
            return;
        };
        let pending = std::mem::take(&mut self.pending);
        let split = caption_at.unwrap_or(0).min(pending.len());
        let (title, head) = pending.split_at(split);
        for &f in title {
            if let Some(b) = block(src, f) {
                self.caption = Some(match self.caption.take() {
                    Some(c) => join(src, c, f),
                    None => b,
                });
            }
        }
        if !self.columns.is_empty() {
            for &f in head {
                self.head_line(src, f);
            }
            return;
        }
        if head.iter().all(|&f| src.is_blank(f)) {
            return;
        }
        diagnostics.push(Diagnostic::info(
            "table-without-column-markers",
            "table has no <S>/<C> line; columns inferred from aligned gaps",
            src.span(self.at, self.at + 7),
        ));
        self.columns = infer_columns(src, head);
        self.column_count = self.columns.len();
        self.inferred = true;
        let first_rule = head.iter().position(|&f| is_rule(src, f));
        let head_rows = if caption_at.is_some() {
            first_rule
        } else {
            None
        };
        for (i, &f) in head.iter().enumerate() {
            if head_rows.is_some_and(|r| i < r) {
                self.head_line(src, f);
            } else {
                self.body_line(src, f);
            }
        }
    }

    fn head_line(&mut self, src: &Src, frag: Frag) {
        if src.is_blank(frag) {
            return;
        }
        let mut cells = cut(src, frag, &self.columns);
        // Underlines drawn beside heading text (`-----  RETAINED`) are not headings,
        // but say how many columns the heading above them spans.
        for p in cells.iter().filter(|p| is_rule(src, p.frag)) {
            self.underline(p.column, p.colspan);
        }
        cells.retain(|p| !is_rule(src, p.frag));
        if !cells.is_empty() {
            self.rows.push(row(src, &cells, true));
        }
    }

    /// A heading underline over grid columns `column..column + span`: in the
    /// heading rows right above it, the one cell within those columns spans them
    /// all (a heading of several lines, each centred over the same columns).
    fn underline(&mut self, column: usize, span: usize) {
        if span < 2 {
            return;
        }
        let (start, end) = (column as u32, (column + span) as u32);
        for row in self.rows.iter_mut().rev().take_while(|r| r.header) {
            let mut inside = row
                .cells
                .iter()
                .enumerate()
                .filter(|(_, c)| c.column < end && c.column + c.colspan > start);
            let (Some((i, c)), None) = (inside.next(), inside.next()) else {
                return;
            };
            if c.column < start {
                return;
            }
            let end = end.max(c.column + c.colspan);
            if let Some(c) = row.cells.get_mut(i) {
                c.column = start;
                c.colspan = end - start;
            }
        }
    }

    fn body_line(&mut self, src: &Src, frag: Frag) {
        if src.is_blank(frag) || is_rule(src, frag) {
            self.continuable = false;
            return;
        }
        let cells = cut(src, frag, &self.columns);
        let Some(first) = cells.first() else {
            return;
        };
        let previous = self.rows.last_mut().filter(|r| !r.header);
        match previous {
            Some(prev) if self.continuable && first.column > 0 => merge(src, prev, &cells),
            _ => self.rows.push(row(src, &cells, false)),
        }
        self.continuable = true;
    }
}

fn row(src: &Src, cells: &[Placed], header: bool) -> Row {
    let cells: Vec<Cell> = cells.iter().map(|p| cell(src, p)).collect();
    Row {
        span: cover(&cells),
        header,
        cells,
    }
}

fn cell(src: &Src, p: &Placed) -> Cell {
    let mut cell = Cell {
        column: p.column as u32,
        colspan: p.colspan as u32,
        rowspan: 1,
        ..Cell::default()
    };
    src.render(p.frag, &mut cell.text, &mut cell.map);
    cell.span = cell.map.full_span();
    cell
}

fn cover(cells: &[Cell]) -> Span {
    let mut it = cells.iter().map(|c| c.span);
    let first = it.next().unwrap_or_default();
    it.fold(first, Span::cover)
}

/// Append a continuation line's cells to the row above.
fn merge(src: &Src, prev: &mut Row, cells: &[Placed]) {
    for p in cells {
        let column = p.column as u32;
        let i = prev
            .cells
            .partition_point(|c| c.column.saturating_add(c.colspan) <= column);
        match prev.cells.get_mut(i) {
            Some(c) if c.column <= column => {
                c.text.push(' ');
                c.map.push_replaced(1, Span::empty(src.base + p.frag.start));
                src.render(p.frag, &mut c.text, &mut c.map);
                c.span = c.map.full_span();
            }
            _ => prev.cells.insert(i, cell(src, p)),
        }
    }
    prev.span = cover(&prev.cells);
}

/// A caption line added to the caption so far.
fn join(src: &Src, mut caption: TextBlock, frag: Frag) -> TextBlock {
    if let Some((start, col)) = src.first_visible(frag) {
        caption.text.push(' ');
        caption.map.push_replaced(1, Span::empty(src.base + start));
        src.render(
            Frag { start, col, ..frag },
            &mut caption.text,
            &mut caption.map,
        );
        let trimmed = caption.text.trim_end().len();
        caption.text.truncate(trimmed);
        caption.map.truncate(trimmed);
        caption.span = caption.map.full_span();
    }
    caption
}

/// The visual columns of the `<S>`/`<C>` markers on a line, if it has any.
fn column_markers(src: &Src, frag: Frag) -> Option<Vec<u32>> {
    let columns: Vec<u32> = src
        .items(frag)
        .filter(|it| it.kind == Kind::Marker && it.len == 3)
        .filter(|it| {
            let b = src.bytes(it.start, it.end());
            b.eq_ignore_ascii_case(b"<S>") || b.eq_ignore_ascii_case(b"<C>")
        })
        .map(|it| it.col)
        .collect();
    (!columns.is_empty()).then_some(columns)
}

/// A line drawn with `-`, `=` or `_` (a rule under headings or above totals).
fn is_rule(src: &Src, frag: Frag) -> bool {
    let mut rule_chars = 0usize;
    for it in src.items(frag).filter(|it| it.kind == Kind::Visible) {
        match it.ch {
            '-' | '=' | '_' => rule_chars += 1,
            '|' | '+' => {}
            _ => return false,
        }
    }
    rule_chars >= 3
}

/// Column starts of a table without markers (see the module docs).
fn infer_columns(src: &Src, lines: &[Frag]) -> Vec<u32> {
    let mut occupied: Vec<bool> = Vec::new();
    for &f in lines.iter().filter(|&&f| !is_rule(src, f)) {
        for it in src.items(f).filter(|it| it.kind == Kind::Visible) {
            let c = it.col as usize;
            if occupied.len() <= c {
                occupied.resize(c + 1, false);
            }
            if let Some(o) = occupied.get_mut(c) {
                *o = true;
            }
        }
    }
    let mut starts = Vec::new();
    let mut gap = u32::MAX;
    for (c, &o) in occupied.iter().enumerate() {
        if o {
            if gap >= 2 {
                starts.push(c as u32);
            }
            gap = 0;
        } else {
            gap = gap.saturating_add(1);
        }
    }
    if starts.len() > MAX_INFERRED_COLUMNS {
        starts.truncate(1);
    }
    if starts.is_empty() {
        starts.push(0);
    }
    starts
}

/// Cut a line into cells at the columns (see the module docs).
fn cut(src: &Src, frag: Frag, columns: &[u32]) -> Vec<Placed> {
    let mut placed: Vec<Placed> = Vec::new();
    let mut phrase: Option<Placed> = None;
    let mut last = ' ';
    for it in src.items(frag).filter(|it| it.kind == Kind::Visible) {
        let previous = std::mem::replace(&mut last, it.ch);
        if let Some(p) = &mut phrase {
            let gap = it.col.saturating_sub(p.end_col);
            let joined = gap == 0 || gap < 2 && !starts_next_column(columns, p, previous, &it);
            if joined {
                p.frag.end = it.end();
                p.end_col = it.next_col();
                continue;
            }
            place(&mut placed, *p, columns);
        }
        phrase = Some(Placed {
            column: 0,
            colspan: 1,
            frag: Frag {
                start: it.start,
                end: it.end(),
                col: it.col,
            },
            end_col: it.next_col(),
        });
    }
    if let Some(p) = phrase {
        place(&mut placed, p, columns);
    }
    let next_columns: Vec<usize> = placed
        .iter()
        .skip(1)
        .map(|p| p.column)
        .chain([usize::MAX])
        .collect();
    for (p, next) in placed.iter_mut().zip(next_columns) {
        let reach = columns.partition_point(|&c| c.saturating_add(SPAN_REACH) <= p.end_col);
        let last = reach.min(next).max(p.column + 1);
        p.colspan = last - p.column;
    }
    placed
}

/// Whether one space is enough to end a phrase: between figures (`(1,045) $  (816)`)
/// when the next word starts exactly on the start of the column after the phrase's
/// own, never inside a heading already spanning columns.
fn starts_next_column(columns: &[u32], phrase: &Placed, last: char, next: &Item) -> bool {
    let figures =
        matches!(last, '0'..='9' | ')' | '%') && matches!(next.ch, '0'..='9' | '$' | '(' | '-');
    let own = column_of(columns, phrase.frag.col);
    let j = columns.partition_point(|&c| c < next.col);
    figures && j == own + 1 && columns.get(j) == Some(&next.col)
}

/// The column a phrase starting at visual column `col` belongs to.
fn column_of(columns: &[u32], col: u32) -> usize {
    let reach = col.saturating_add(LEFT_TOLERANCE);
    columns.partition_point(|&c| c <= reach).saturating_sub(1)
}

/// Put a phrase into its column: a new cell, or the end of the last one.
fn place(placed: &mut Vec<Placed>, p: Placed, columns: &[u32]) {
    let mut column = column_of(columns, p.frag.col);
    if let Some(last) = placed.last_mut() {
        column = column.max(last.column);
        if column == last.column {
            if let Some(&next) = columns.get(column + 1) {
                let right = p.end_col.saturating_sub(next);
                let left = next.saturating_sub(p.frag.col);
                if right > left {
                    column += 1;
                }
            }
        }
        if column == last.column {
            last.frag.end = p.frag.end;
            last.end_col = p.end_col;
            return;
        }
    }
    placed.push(Placed { column, ..p });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(line: &str, columns: &[u32]) -> Vec<(usize, usize, String)> {
        let src = Src {
            text: line,
            base: 0,
        };
        let frag = Frag {
            start: 0,
            end: line.len(),
            col: 0,
        };
        cut(&src, frag, columns)
            .iter()
            .map(|p| {
                let c = cell(&src, p);
                (p.column, p.colspan, c.text)
            })
            .collect()
    }

    #[test]
    fn cuts_at_gaps_not_inside_words() {
        let got = cells("   99.1:       the Company's annual report", &[3, 15]);
        assert_eq!(
            got,
            vec![
                (0, 1, "99.1:".to_string()),
                (1, 1, "the Company's annual report".to_string())
            ]
        );
    }

    #[test]
    fn a_single_space_on_a_column_start_separates() {
        let line = "Net income....  $  (1,045) $    (816)";
        let got = cells(line, &[0, 16, 27]);
        assert_eq!(got[1].2, "$  (1,045)");
        assert_eq!(got[2].2, "$    (816)");
    }

    #[test]
    fn ragged_numbers_starting_left_of_the_column_stay_in_it() {
        //         0         1         2
        //         012345678901234567890123456789
        let line = "Sales  12,345  1,234,567";
        let got = cells(line, &[0, 8, 17]);
        assert_eq!(
            got.iter().map(|c| (c.0, c.2.as_str())).collect::<Vec<_>>(),
            vec![(0, "Sales"), (1, "12,345"), (2, "1,234,567")]
        );
    }

    #[test]
    fn wide_headings_span_empty_columns() {
        let line = "          (IN MILLIONS, EXCEPT SHARE AMOUNTS)";
        let got = cells(line, &[0, 10, 20, 30]);
        assert_eq!(
            got,
            vec![(1, 3, "(IN MILLIONS, EXCEPT SHARE AMOUNTS)".into())]
        );
    }

    #[test]
    fn rules_need_three_rule_characters() {
        let src = Src {
            text: "- ------|  --  ab--",
            base: 0,
        };
        let f = |start, end| Frag { start, end, col: 0 };
        assert!(is_rule(&src, f(0, 8)));
        assert!(!is_rule(&src, f(10, 12)));
        assert!(!is_rule(&src, f(14, 19)));
    }

    #[test]
    fn inferred_columns_need_a_gap_of_two_on_every_line() {
        let text = "Alpha   1   22\nBeta Gamma  333";
        let src = Src { text, base: 0 };
        let lines = [
            Frag {
                start: 0,
                end: 14,
                col: 0,
            },
            Frag {
                start: 15,
                end: text.len(),
                col: 0,
            },
        ];
        assert_eq!(infer_columns(&src, &lines), vec![0, 12]);
    }
}
