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
//! except their captions and tables of one cell, or of a few rows of one filled cell
//! each without figures, which are boxes around text (a title page, a letterhead, a
//! dateline over a title).

use crate::body::{Block, BlockStyle};
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
    /// How its block was set (bold, centred, heading); default for table cells and
    /// plain text.
    pub style: BlockStyle,
    /// Set in a font larger than the item's running text.
    pub large: bool,
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

/// Rows of one filled cell each that a table may have and still be read as lines.
const MAX_STACK: usize = 6;

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
    let start_of = |block: &Block| match block {
        Block::Text(t) => t.span.start,
        Block::Table(t) => t.span.start,
    };
    // Only the head of a long exhibit document (`super::ITEM_HEAD`): the blocks before
    // its end, and of the block its end cuts (a release set in one `<pre>`) the lines
    // that end before the head's last source line. A body built from the head alone
    // (`Bodies::Primary`) holds the same lines, whole.
    let body_text = document.body_span.slice(source);
    let head = super::head_end(body_text);
    let blocks = body.pages.iter().flat_map(|p| p.blocks.iter());
    let exhibit = document.doc_type.as_ref().is_some_and(|t| {
        t.value
            .trim()
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("ex-"))
    });
    // (blocks to read, and the index of the one the head's end cuts with the start of
    // the head's last source line)
    let (read, cut) = if exhibit && head < body_text.len() {
        let limit = document.body_span.start + head;
        let n = blocks.clone().filter(|b| start_of(b) < limit).count();
        let safe = document.body_span.start
            + body_text[..head.saturating_sub(1)]
                .rfind('\n')
                .map_or(0, |p| p + 1);
        (n, n.checked_sub(1).map(|i| (i, safe)))
    } else {
        (usize::MAX, None)
    };
    for (index, block) in blocks.take(read).enumerate() {
        let cut_here = cut.filter(|&(i, _)| i == index).map(|(_, safe)| safe);
        if cut_here.is_some() && matches!(block, Block::Table(_)) {
            break;
        }
        if out.lines.len() >= max {
            break;
        }
        let start = start_of(block);
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
                    push_lines(
                        &mut out.captions,
                        &c.text,
                        &c.map,
                        &mut p,
                        false,
                        false,
                        c.style,
                    );
                }
                // A box of text: one filled cell, or a short stack of rows with one
                // filled cell each and no figures (a dateline over a title).
                let mut stack = Vec::new();
                let mut boxed = true;
                for r in &table.rows {
                    let mut filled = r.cells.iter().filter(|c| !c.text.trim().is_empty());
                    match (filled.next(), filled.next()) {
                        (Some(c), None) => stack.push(c),
                        (None, _) => {}
                        _ => boxed = false,
                    }
                }
                let figures = stack.len() > 1
                    && stack
                        .iter()
                        .any(|c| c.number.is_some() || !c.text.chars().any(char::is_alphabetic));
                if boxed && !stack.is_empty() && stack.len() <= MAX_STACK && !figures {
                    let first = out.lines.len();
                    for c in stack {
                        paragraph += 1;
                        push_lines(
                            &mut out.lines,
                            &c.text,
                            &c.map,
                            &mut paragraph,
                            false,
                            true,
                            BlockStyle::default(),
                        );
                    }
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
                    t.style,
                );
                if let Some(safe) = cut_here {
                    let whole = out.lines[first..]
                        .iter()
                        .take_while(|l| l.span().end < safe)
                        .count();
                    out.lines.truncate(first + whole);
                }
                if let Some(l) = out.lines.get_mut(first) {
                    l.after_table = after_table;
                }
                after_table = false;
            }
        }
    }
    mark_large(&mut out.lines);
    out
}

/// Marks the lines set larger than the running text: the size most of the letters
/// are in (each size weighed by its text's length).
fn mark_large(lines: &mut [Line]) {
    let mut weight = [0usize; 64];
    for l in lines.iter() {
        if let Some(w) = weight.get_mut(usize::from(l.style.size)) {
            *w += l.text.len();
        }
    }
    let Some((body, _)) = weight
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|&(size, w)| (*w, std::cmp::Reverse(size)))
        .filter(|(_, w)| **w > 0)
    else {
        return;
    };
    for l in lines.iter_mut() {
        l.large = usize::from(l.style.size) > body + 1;
    }
}

/// The lines of a block's text; an empty line inside it starts a new paragraph.
fn push_lines<'a>(
    out: &mut Vec<Line<'a>>,
    text: &'a str,
    map: &'a TextMap,
    paragraph: &mut usize,
    wrapped: bool,
    broken: bool,
    style: BlockStyle,
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
                style,
                large: false,
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
