//! Text into blocks: where text goes (the flow, a caption or a cell, or nowhere
//! when hidden), how the gathered text is set, and page breaks.

use super::super::html_tables::TableState;
use super::super::html_text::TextBuf;
use super::super::symbols::Face;
use super::super::{Block, BlockStyle, ListKind, Page, TextBlock};
use super::stack::{HEAD, MAX_SEARCH};
use super::Builder;
use crate::span::Span;

/// How the text of the block being gathered is set.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct FlowLook {
    bold: bool,
    plain: bool,
    italic: bool,
    upright: bool,
    size: u8,
    /// Text or a `<br>` came into the flow since the last block.
    touched: bool,
    /// Words came into the flow.
    words: bool,
    /// Space stood before the block's first words.
    space_before: bool,
    centered: bool,
    heading: u8,
    list: ListKind,
}

impl FlowLook {
    fn style(self) -> BlockStyle {
        BlockStyle {
            heading: self.heading,
            bold: self.bold && !self.plain,
            centered: self.centered,
            list: self.list,
            italic: self.italic && !self.upright,
            size: self.size,
            blank_before: self.space_before,
        }
    }
}

impl Builder<'_> {
    // ---- text ----

    pub(super) fn text(&mut self, span: Span, cdata: bool) {
        let Some(s) = self.src.get(span.start..span.end) else {
            return;
        };
        if self.heads > 0 && !s.bytes().all(|b| b.is_ascii_whitespace()) {
            self.close_named(HEAD, span.start, MAX_SEARCH);
        }
        let mut span = span;
        if std::mem::take(&mut self.pre_skip_newline) {
            let skip = if s.starts_with("\r\n") {
                2
            } else {
                usize::from(s.starts_with('\n'))
            };
            span.start += skip;
        }
        let (src, pre) = (self.src, self.pre > 0);
        if self.hidden == 0 && self.sink_is_flow() {
            let words = src
                .get(span.start..span.end)
                .is_some_and(|t| t.bytes().any(|b| b.is_ascii_alphanumeric() || b >= 0x80));
            if words {
                self.note_look();
            }
        }
        let symbol = match self.faces.last() {
            Some(Face::Symbol(font)) => Some(*font),
            _ => None,
        };
        if let Some(buf) = self.sink() {
            match symbol {
                Some(font) => buf.push_symbol_text(src, span, pre, cdata, font),
                None => buf.push_text(src, span, pre, cdata),
            }
        }
    }

    /// Where text goes now: nowhere when hidden, else the caption or cell of the
    /// outermost table, else the flow of blocks.
    pub(super) fn sink(&mut self) -> Option<&mut TextBuf> {
        if self.hidden > 0 {
            return None;
        }
        match self.tables.first_mut() {
            Some(t) if t.caption_buf.is_some() => t.caption_buf.as_mut(),
            Some(TableState {
                cell: Some(cell), ..
            }) => Some(&mut cell.buf),
            _ => Some(&mut self.flow),
        }
    }

    pub(super) fn sink_is_flow(&self) -> bool {
        match self.tables.first() {
            Some(t) => t.caption_buf.is_none() && t.cell.is_none(),
            None => true,
        }
    }

    /// A block element starts or ends: a new block, or a new line inside a cell.
    pub(super) fn boundary(&mut self, span: Span) {
        if self.hidden > 0 {
            return;
        }
        if self.sink_is_flow() {
            self.flush_flow();
        } else if let Some(buf) = self.sink() {
            buf.block_break(span);
        }
    }

    pub(super) fn push_block(&mut self, block: Block) {
        if self.budget.admit(&block) {
            self.page.blocks.push(block);
        }
    }

    pub(super) fn flush_flow(&mut self) {
        let look = std::mem::take(&mut self.flow_look);
        if let Some((text, map)) = std::mem::take(&mut self.flow).finish() {
            self.gap = false;
            self.push_block(Block::Text(TextBlock {
                text,
                span: map.full_span(),
                column: None,
                map,
                style: look.style(),
            }));
        } else if look.touched {
            // An empty paragraph (`<p>&nbsp;</p>`, `<div><br></div>`) is space.
            self.gap = true;
        }
    }

    /// A `<br>` or text came into the flow.
    pub(super) fn flow_touched(&mut self) {
        self.flow_look.touched = true;
    }

    /// Text with words goes into the flow: record how it is set.
    pub(super) fn note_look(&mut self) {
        let gap = self.gap;
        let l = &mut self.flow_look;
        if !l.words {
            // The block's first words: space before them, or a `<br>` line.
            l.words = true;
            l.space_before = gap || l.touched;
        }
        l.touched = true;
        if self.bold > 0 {
            l.bold = true;
        } else {
            l.plain = true;
        }
        if self.italic > 0 {
            l.italic = true;
        } else {
            l.upright = true;
        }
        l.size = l.size.max(self.sizes.last().copied().unwrap_or(0));
        l.centered |= self.centered > 0;
        if let Some(level) = self.headings.iter().position(|&n| n > 0) {
            l.heading = l.heading.max(level as u8 + 1);
        }
        if self.items > 0 {
            l.list = self.lists.last().copied().unwrap_or(ListKind::Bullet);
        }
    }

    // ---- pages ----

    pub(super) fn page_break(&mut self, at: usize) {
        if self.hidden > 0 {
            return;
        }
        if !self.tables.is_empty() {
            self.break_after_table = true;
            return;
        }
        self.flush_flow();
        if self.page.blocks.is_empty() {
            return;
        }
        self.page.span.end = at;
        let number = self.page.number + 1;
        let done = std::mem::replace(
            &mut self.page,
            Page {
                number,
                span: Span::empty(at),
                blocks: Vec::new(),
            },
        );
        super::super::push_page(&mut self.pages, done);
    }
}
