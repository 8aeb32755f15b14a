//! The item's text as a reader meets it: lines, grouped into paragraphs.
//!
//! ```text
//! Santander UK profits up over 30% delivering a fifth successive      <- a line (HTML <p>)
//! year of double digit growth                                          <- a line
//! PIRAEUS, Greece, January 15, 2009 – Aegean Marine Petroleum ...      <- a paragraph
//! ```
//!
//! An HTML block is one paragraph whose lines are its `<br>` breaks; in plain text a
//! paragraph is a run of lines with no blank line between them. Tables are left out of
//! the lines (signature blocks, contact boxes, figures) but their captions are kept.

use crate::body::{Block, TextBlock};
use crate::envelope::{Document, DocumentFormat};
use crate::span::Span;

/// One line of text and where it came from.
pub struct Line<'a> {
    pub text: &'a str,
    block: &'a TextBlock,
    /// Offset of `text` in the block's text.
    at: usize,
    /// Paragraph number: lines with the same number belong together.
    pub paragraph: usize,
}

impl Line<'_> {
    /// Source span of `text[start..end]`.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        self.block.span_of(self.at + start, self.at + end)
    }

    pub fn span(&self) -> Span {
        self.span_of(0, self.text.len())
    }
}

/// The lines of an item, at most `max`, and the table captions met on the way.
pub struct Units<'a> {
    pub lines: Vec<Line<'a>>,
    pub captions: Vec<Line<'a>>,
}

/// Lines of `document` whose blocks start inside `range`.
pub fn lines<'a>(source: &str, document: &'a Document, range: Span, max: usize) -> Units<'a> {
    let mut out = Units {
        lines: Vec::new(),
        captions: Vec::new(),
    };
    let Some(body) = &document.body else {
        return out;
    };
    let plain = document.format == DocumentFormat::Text;
    let mut paragraph = 0;
    let mut last_end: Option<usize> = None;
    let blocks = body.pages.iter().flat_map(|p| p.blocks.iter());
    for block in blocks {
        if out.lines.len() >= max {
            break;
        }
        let (start, text_block) = match block {
            Block::Text(t) => (t.span.start, Some(t)),
            Block::Table(t) => (t.span.start, None),
        };
        if start < range.start {
            continue;
        }
        if start >= range.end {
            break;
        }
        let Some(t) = text_block else {
            if let Block::Table(table) = block {
                if let Some(c) = &table.caption {
                    push_lines(&mut out.captions, c, paragraph + 1);
                }
            }
            paragraph += 1;
            last_end = None;
            continue;
        };
        // Plain text: a line right under the previous one continues its paragraph.
        let joined = plain
            && last_end.is_some_and(|e| {
                source
                    .get(e..t.span.start)
                    .is_some_and(|gap| gap.bytes().filter(|&b| b == b'\n').count() <= 1)
            });
        if !joined {
            paragraph += 1;
        }
        last_end = Some(t.span.end);
        push_lines(&mut out.lines, t, paragraph);
    }
    out
}

fn push_lines<'a>(out: &mut Vec<Line<'a>>, block: &'a TextBlock, paragraph: usize) {
    let mut at = 0;
    for piece in block.text.split('\n') {
        let lead = piece.len() - piece.trim_start().len();
        let text = piece.trim();
        if !text.is_empty() {
            out.push(Line {
                text,
                block,
                at: at + lead,
                paragraph,
            });
        }
        at += piece.len() + 1;
    }
}

/// The text of paragraph `p` starting at line `i`, lines joined by a space.
pub fn paragraph_text(lines: &[Line], i: usize) -> String {
    let Some(first) = lines.get(i) else {
        return String::new();
    };
    let mut s = String::new();
    for l in lines[i..].iter().take_while(|l| l.paragraph == first.paragraph) {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(l.text);
    }
    s
}
