//! HTML tables: rows, cells and their places on the grid.
//!
//! ```text
//! <TABLE><TR><TH COLSPAN=2>Form<TD ROWSPAN=2>x
//!        <TR><TD>20-F<TD>&#9746;          -> columns 0-1, 2 | 0, 1 (2 is taken)
//! </TABLE>
//! ```
//!
//! Cells may be left open (`<TD>a<TD>b`); a cell is placed when it closes. A
//! rowspan marks the columns it covers as taken until a later row, so cells of
//! the rows below skip them. Marking costs the cells it covers, so a table draws
//! on a budget proportional to the input; past it, rowspans are read as 1.

use super::html_text::TextBuf;
use super::{Cell, Row, TextBlock};
use crate::span::Span;

/// An open `<table>`. Only the outermost table of a nest keeps rows; the text
/// of tables inside its cells goes into the enclosing cell.
#[derive(Debug, Default)]
pub(super) struct TableState {
    pub start: usize,
    /// Length of the element stack when the table opened.
    pub stack_base: usize,
    pub hides: bool,
    pub break_after: bool,
    /// Opened inside hidden content: read for structure, not emitted.
    pub dropped: bool,
    pub caption: Option<TextBlock>,
    pub caption_buf: Option<TextBuf>,
    pub caption_base: usize,
    pub in_head_group: bool,
    pub row: Option<RowState>,
    pub cell: Option<CellState>,
    pub rows: Vec<Row>,
    /// Rows opened so far, visible or not (nested tables separate rows with it).
    pub rows_seen: u32,
    pub grid: Grid,
}

#[derive(Debug, Default)]
pub(super) struct RowState {
    pub start: usize,
    pub hides: bool,
    pub cells: Vec<Cell>,
    pub all_th: bool,
    pub cells_seen: u32,
}

#[derive(Debug, Default)]
pub(super) struct CellState {
    pub buf: TextBuf,
    pub tag: Span,
    pub colspan: u32,
    pub rowspan: u32,
    pub th: bool,
    pub hides: bool,
    pub stack_base: usize,
}

#[derive(Debug, Default)]
pub(super) struct Grid {
    /// For each column, the first row index at which a rowspan no longer covers it.
    taken_until: Vec<u32>,
    next_column: u32,
    pub columns: u32,
    /// Cells still allowed to be marked for rowspans.
    pub budget: usize,
    pub over_budget: bool,
}

impl Grid {
    pub fn new(budget: usize) -> Grid {
        Grid {
            budget,
            ..Grid::default()
        }
    }

    pub fn start_row(&mut self) {
        self.next_column = 0;
    }

    /// Place a cell in row `row`; returns its column and the rowspan honoured.
    pub fn place(&mut self, row: u32, colspan: u32, rowspan: u32) -> (u32, u32) {
        let mut x = self.next_column;
        while self
            .taken_until
            .get(x as usize)
            .is_some_and(|&until| until > row)
        {
            x += 1;
        }
        let end = x.saturating_add(colspan);
        let mut rowspan = rowspan;
        if rowspan > 1 {
            let grow = (end as usize).saturating_sub(self.taken_until.len());
            let cost = grow + colspan as usize * (rowspan as usize - 1);
            if cost <= self.budget {
                self.budget -= cost;
                if grow > 0 {
                    self.taken_until.resize(end as usize, 0);
                }
                let until = row.saturating_add(rowspan);
                for t in self
                    .taken_until
                    .iter_mut()
                    .take(end as usize)
                    .skip(x as usize)
                {
                    *t = (*t).max(until);
                }
            } else {
                self.over_budget = true;
                rowspan = 1;
            }
        }
        self.next_column = end;
        self.columns = self.columns.max(end);
        (x, rowspan)
    }
}

/// A `colspan`/`rowspan` value as browsers read it: leading digits, clamped.
pub(super) fn span_attr(value: Option<&str>, max: u32) -> u32 {
    let digits = value.map_or("", |v| {
        let v = v.trim();
        &v[..v.bytes().take_while(u8::is_ascii_digit).count()]
    });
    match digits.parse::<u32>() {
        Ok(0) | Err(_) if digits.len() <= 9 => 1,
        Ok(n) => n.clamp(1, max),
        Err(_) => max,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rowspans_skip_taken_columns() {
        let mut g = Grid::new(100);
        g.start_row();
        assert_eq!(g.place(0, 1, 2), (0, 2));
        assert_eq!(g.place(0, 2, 1), (1, 1));
        g.start_row();
        assert_eq!(g.place(1, 1, 1), (1, 1));
        assert_eq!(g.place(1, 1, 1), (2, 1));
        g.start_row();
        assert_eq!(g.place(2, 1, 1), (0, 1));
        assert_eq!(g.columns, 3);
    }

    #[test]
    fn budget_caps_marking() {
        let mut g = Grid::new(10);
        g.start_row();
        assert_eq!(g.place(0, 1000, 65534), (0, 1));
        assert!(g.over_budget);
        assert_eq!(g.columns, 1000);
    }

    #[test]
    fn span_values() {
        assert_eq!(span_attr(Some("2"), 1000), 2);
        assert_eq!(span_attr(Some(" 3px"), 1000), 3);
        assert_eq!(span_attr(Some("0"), 1000), 1);
        assert_eq!(span_attr(Some("x"), 1000), 1);
        assert_eq!(span_attr(Some("5000"), 1000), 1000);
        assert_eq!(span_attr(Some("99999999999999"), 1000), 1000);
        assert_eq!(span_attr(None, 1000), 1);
    }
}
