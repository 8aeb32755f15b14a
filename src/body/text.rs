//! Plain-text bodies: `<PAGE>` splits pages; every non-blank line is a block.
//!
//! ```text
//! <PAGE>
//!                            For the month of April 2003
//!                          Form 20-F   X   Form 40-F
//!                                     ---            ---
//! ```

use super::{Block, Body, Page, TextBlock};
use crate::diagnostic::Diagnostic;
use crate::span::{Span, TextMap};

/// Placeholder: lines only (the body issue adds `<TABLE>` and footnotes).
pub fn parse(body: &str, offset: usize, _diagnostics: &mut Vec<Diagnostic>) -> Body {
    let mut pages = Vec::new();
    let mut page = Page {
        number: 1,
        span: Span::empty(offset),
        blocks: Vec::new(),
    };
    let mut pos = 0usize;
    for raw in body.split_inclusive('\n') {
        let start = pos;
        pos += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim_start().to_ascii_uppercase().starts_with("<PAGE>") {
            if !page.blocks.is_empty() || pages.is_empty() && start > 0 {
                page.span.end = offset + start;
                pages.push(std::mem::take(&mut page));
            }
            page = Page {
                number: pages.len() as u32 + 1,
                span: Span::empty(offset + start),
                blocks: Vec::new(),
            };
            continue;
        }
        if let Some(b) = line_block(line, offset + start) {
            page.blocks.push(Block::Text(b));
        }
    }
    page.span.end = offset + body.len();
    if !page.blocks.is_empty() || pages.is_empty() {
        pages.push(page);
    }
    Body { pages }
}

/// One line as a block: tabs expanded to stops of 8, leading and trailing space dropped.
pub fn line_block(line: &str, offset: usize) -> Option<TextBlock> {
    let mut text = String::new();
    let mut map = TextMap::new();
    let mut col = 0u32;
    let mut first_col = None;
    for (i, c) in line.char_indices() {
        let c = super::plain_char(c);
        if c == '\t' {
            let w = 8 - (col % 8);
            if first_col.is_some() {
                text.extend(std::iter::repeat(' ').take(w as usize));
                map.push_replaced(w as usize, Span::new(offset + i, offset + i + 1));
            }
            col += w;
            continue;
        }
        if c == ' ' && first_col.is_none() {
            col += 1;
            continue;
        }
        if first_col.is_none() {
            first_col = Some(col);
        }
        let orig = line[i..].chars().next().unwrap_or(c);
        if orig == c {
            text.push(c);
            map.push_verbatim(offset + i, c.len_utf8());
        } else {
            text.push(c);
            map.push_replaced(
                c.len_utf8(),
                Span::new(offset + i, offset + i + orig.len_utf8()),
            );
        }
        col += 1;
    }
    let trimmed = text.trim_end().len();
    if trimmed == 0 {
        return None;
    }
    text.truncate(trimmed);
    map.truncate(trimmed);
    let span = map.full_span();
    Some(TextBlock {
        text,
        span,
        column: first_col,
        map,
    })
}
