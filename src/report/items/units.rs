//! The item's text as a reader meets it: lines, grouped into paragraphs.
//!
//! ```text
//! Santander UK profits up over 30% delivering a fifth successive      <- a line (HTML <p>)
//! year of double digit growth                                          <- a line
//! PIRAEUS, Greece, January 15, 2009 – Aegean Marine Petroleum ...      <- a paragraph
//! ```
//!
//! An HTML block is one paragraph whose lines are its `<br>` breaks (an empty line
//! starts a new paragraph); in plain text a paragraph is a run of lines with no blank
//! line between them. Tables are left out (signature blocks, contact boxes, figures),
//! except their captions and tables of one cell, which are boxes around text
//! (a title page, a letterhead).

use crate::body::Block;
use crate::envelope::{Document, DocumentFormat};
use crate::span::{Span, TextMap};

/// One line of text and where it came from.
pub struct Line<'a> {
    pub text: &'a str,
    map: &'a TextMap,
    /// Offset of `text` in its block's (or cell's) text.
    at: usize,
    /// Paragraph number: lines with the same number belong together.
    pub paragraph: usize,
    /// A plain-text line: the next line of its paragraph is a wrap of the same text.
    pub wrapped: bool,
    /// A `<br>` line of an HTML paragraph: the next line of its paragraph is a break.
    pub broken: bool,
    /// A table (left out) stands between this line and the line before it.
    pub after_table: bool,
}

impl Line<'_> {
    /// Source span of `text[start..end]`.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        self.map.span(self.at + start, self.at + end)
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
    let mut after_table = false;
    for block in body.pages.iter().flat_map(|p| p.blocks.iter()) {
        if out.lines.len() >= max {
            break;
        }
        let start = match block {
            Block::Text(t) => t.span.start,
            Block::Table(t) => t.span.start,
        };
        if start < range.start {
            continue;
        }
        if start >= range.end {
            break;
        }
        match block {
            Block::Table(table) => {
                if let Some(c) = &table.caption {
                    paragraph += 1;
                    let mut p = paragraph;
                    push_lines(&mut out.captions, &c.text, &c.map, &mut p, false, false);
                }
                let mut cell = None;
                let mut filled = 0;
                for c in table.rows.iter().flat_map(|r| r.cells.iter()) {
                    if !c.text.trim().is_empty() {
                        filled += 1;
                        cell = Some(c);
                    }
                }
                if let (1, Some(c)) = (filled, cell) {
                    paragraph += 1;
                    let first = out.lines.len();
                    push_lines(&mut out.lines, &c.text, &c.map, &mut paragraph, false, true);
                    if let Some(l) = out.lines.get_mut(first) {
                        l.after_table = true;
                    }
                    after_table = false;
                } else {
                    after_table = true;
                }
                last_end = None;
            }
            Block::Text(t) => {
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
                let first = out.lines.len();
                push_lines(
                    &mut out.lines,
                    &t.text,
                    &t.map,
                    &mut paragraph,
                    plain,
                    !plain,
                );
                if let Some(l) = out.lines.get_mut(first) {
                    l.after_table = after_table;
                }
                after_table = false;
            }
        }
    }
    out
}

/// The lines of a block's text; an empty line inside it starts a new paragraph.
fn push_lines<'a>(
    out: &mut Vec<Line<'a>>,
    text: &'a str,
    map: &'a TextMap,
    paragraph: &mut usize,
    wrapped: bool,
    broken: bool,
) {
    let mut at = 0;
    let mut blank = false;
    for piece in text.split('\n') {
        let lead = piece.len() - piece.trim_start().len();
        let line = piece.trim();
        if line.is_empty() {
            blank = true;
        } else {
            if blank {
                *paragraph += 1;
                blank = false;
            }
            out.push(Line {
                text: line,
                map,
                at: at + lead,
                paragraph: *paragraph,
                wrapped,
                broken,
                after_table: false,
            });
        }
        at += piece.len() + 1;
    }
}

/// The text of the paragraph starting at line `i`, lines joined by a space.
pub fn paragraph_text(lines: &[Line], i: usize) -> String {
    let Some(first) = lines.get(i) else {
        return String::new();
    };
    let mut s = String::new();
    for l in lines[i..]
        .iter()
        .take_while(|l| l.paragraph == first.paragraph)
    {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(l.text);
    }
    s
}
