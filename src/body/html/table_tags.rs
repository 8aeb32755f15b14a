//! Table tags: `<table>`, `<caption>`, row groups, `<tr>`, `<td>`/`<th>`. The
//! outermost table becomes a block; a table inside a cell adds its text to that cell.

use super::super::html_tables::{span_attr, CellState, Grid, RowState, TableState};
use super::super::html_text::TextBuf;
use super::super::{Block, BlockStyle, Cell, Row, Table, TextBlock};
use super::elements::{Style, TagAttrs};
use super::Builder;
use crate::diagnostic::Severity;
use crate::span::Span;

impl Builder<'_> {
    // ---- tables ----

    pub(super) fn open_table(&mut self, style: Style, span: Span) {
        if let Some(t) = self.tables.last() {
            if t.cell.is_none() && t.caption_buf.is_none() {
                // `<table>` directly in a table ends it, as in browsers.
                self.close_table(Span::empty(span.start));
            }
        }
        if self.tables.is_empty() {
            self.flush_flow();
        } else {
            self.boundary(span);
        }
        let table = TableState {
            start: span.start,
            stack_base: self.stack.len(),
            hides: style.hidden,
            break_after: style.break_after,
            dropped: self.hidden > 0 || style.hidden,
            grid: Grid::new(self.src.len() + 65536),
            ..TableState::default()
        };
        self.hidden += u32::from(style.hidden);
        self.tables.push(table);
    }

    pub(super) fn close_table(&mut self, span: Span) {
        if self.tables.is_empty() {
            return;
        }
        self.close_caption(span.start);
        self.close_row(span.start);
        let Some(t) = self.tables.last() else {
            return;
        };
        let base = t.stack_base;
        self.pop_to(base, Span::empty(span.start));
        let Some(t) = self.tables.pop() else {
            return;
        };
        self.hidden -= u32::from(t.hides);
        if t.grid.over_budget {
            self.diag(
                Severity::Warning,
                "table-grid-too-large",
                "rowspans cover more cells than the input could fill; the rest are read as 1",
                Span::new(t.start, span.end),
            );
        }
        if !self.tables.is_empty() {
            self.boundary(span);
        } else {
            self.flush_flow();
            if !t.dropped {
                self.push_block(Block::Table(Box::new(Table {
                    span: Span::new(t.start, span.end),
                    caption: t.caption,
                    rows: t.rows,
                    columns: t.grid.columns,
                    unit: None,
                })));
            }
            if std::mem::take(&mut self.break_after_table) {
                self.page_break(span.end);
            }
        }
        if t.break_after {
            self.page_break(span.end);
        }
    }

    pub(super) fn open_caption(&mut self, span: Span) {
        if self.tables.is_empty() {
            return;
        }
        self.close_row(span.start);
        let base = self.stack.len();
        if let Some(t) = self.tables.last_mut() {
            t.caption_buf = Some(TextBuf::default());
            t.caption_base = base;
        }
    }

    pub(super) fn close_caption(&mut self, at: usize) {
        let Some(base) = self
            .tables
            .last()
            .and_then(|t| t.caption_buf.as_ref().map(|_| t.caption_base))
        else {
            return;
        };
        self.pop_to(base, Span::empty(at));
        let nested = self.tables.len() > 1;
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let Some(buf) = t.caption_buf.take() else {
            return;
        };
        if nested {
            return;
        }
        if let Some((text, map)) = buf.finish() {
            t.caption = Some(TextBlock {
                text,
                span: map.full_span(),
                column: None,
                map,
                style: BlockStyle::default(),
            });
        }
    }

    pub(super) fn row_group(&mut self, head: bool, span: Span) {
        if self.tables.is_empty() {
            return;
        }
        self.close_caption(span.start);
        self.close_row(span.start);
        if let Some(t) = self.tables.last_mut() {
            t.in_head_group = head;
        }
    }

    pub(super) fn open_row(&mut self, style: Style, span: Span) {
        if self.tables.is_empty() {
            return;
        }
        self.close_caption(span.start);
        self.close_row(span.start);
        let nested = self.tables.len() > 1;
        if nested && self.tables.last().is_some_and(|t| t.rows_seen > 0) {
            self.boundary(span);
        }
        let base = self.tables.last().map_or(0, |t| t.stack_base);
        self.pop_to(base, Span::empty(span.start));
        self.hidden += u32::from(style.hidden);
        if let Some(t) = self.tables.last_mut() {
            t.rows_seen += 1;
            t.grid.start_row();
            t.row = Some(RowState {
                start: span.start,
                hides: style.hidden,
                all_th: true,
                ..RowState::default()
            });
        }
    }

    pub(super) fn close_row(&mut self, at: usize) {
        self.close_cell(at);
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let Some(row) = t.row.take() else {
            return;
        };
        let header = t.in_head_group || !row.cells.is_empty() && row.all_th;
        if !row.hides {
            t.rows.push(Row {
                span: Span::new(row.start, at),
                header,
                cells: row.cells,
            });
        }
        self.hidden -= u32::from(row.hides);
    }

    pub(super) fn open_cell(&mut self, th: bool, attrs: &TagAttrs<'_>, style: Style, span: Span) {
        if self.tables.is_empty() {
            return;
        }
        self.close_caption(span.start);
        self.close_cell(span.start);
        if self.tables.last().is_some_and(|t| t.row.is_none()) {
            self.open_row(Style::default(), Span::empty(span.start));
        }
        let nested = self.tables.len() > 1;
        let Some(t) = self.tables.last() else {
            return;
        };
        let (seen, base) = (t.row.as_ref().map_or(0, |r| r.cells_seen), t.stack_base);
        self.pop_to(base, Span::empty(span.start));
        if nested && seen > 0 && self.hidden == 0 {
            if let Some(buf) = self.sink() {
                buf.space(span);
            }
        }
        self.hidden += u32::from(style.hidden);
        let stack_base = self.stack.len();
        if let Some(t) = self.tables.last_mut() {
            if let Some(row) = t.row.as_mut() {
                row.cells_seen += 1;
            }
            t.cell = Some(CellState {
                buf: TextBuf::default(),
                tag: span,
                colspan: span_attr(attrs.colspan, 1000),
                rowspan: span_attr(attrs.rowspan, 65534),
                th,
                hides: style.hidden,
                stack_base,
            });
        }
    }

    pub(super) fn close_cell(&mut self, at: usize) {
        let Some(base) = self
            .tables
            .last()
            .and_then(|t| t.cell.as_ref().map(|c| c.stack_base))
        else {
            return;
        };
        self.pop_to(base, Span::empty(at));
        let nested = self.tables.len() > 1;
        let Some(t) = self.tables.last_mut() else {
            return;
        };
        let Some(cell) = t.cell.take() else {
            return;
        };
        self.hidden -= u32::from(cell.hides);
        if nested || cell.hides {
            return;
        }
        let Some(row) = t.row.as_mut() else {
            return;
        };
        let (column, rowspan) = t
            .grid
            .place(t.rows.len() as u32, cell.colspan, cell.rowspan);
        row.all_th &= cell.th;
        let (text, map) = cell.buf.finish().unwrap_or_default();
        let span = if text.is_empty() {
            cell.tag
        } else {
            map.full_span()
        };
        row.cells.push(Cell {
            text,
            span,
            column,
            colspan: cell.colspan,
            rowspan,
            number: None,
            map,
        });
    }
}
