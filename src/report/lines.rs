//! The report's view of a body: one stream of lines, whatever the format.
//!
//! A plain-text block is one line; an HTML paragraph gives one line per `<br>`;
//! a table row is one line whose cells are joined by a tab (a row with a single
//! filled cell is split at its line breaks). Each line has a *clean* text for
//! matching: table-rendering pipes and tabs read as spaces, white space collapsed.
//! All clean lines are joined with `\n` into [`Lines::joined`], so phrases that a
//! layout broke across lines ("For the\nmonth of October,\n2011") still match.
//! Any range of the joined text maps back to the source span it came from.

use crate::body::{Block, Body, Cell};
use crate::span::{Span, TextMap};

/// A piece of a raw line and the block text it came from.
#[derive(Debug, Clone, Copy)]
struct Part<'a> {
    /// Offset of the piece in the raw line.
    at: usize,
    len: usize,
    map: &'a TextMap,
    /// Offset of the piece in the text `map` describes.
    map_off: usize,
}

#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// Clean text: `|` and tabs as spaces, runs of white space as one space, trimmed.
    pub text: String,
    /// Offset of `text` in [`Lines::joined`].
    pub start: usize,
    /// Visual column of the first raw character (plain text only).
    pub column: Option<u32>,
    /// Raw text (spacing kept), when it differs from `text`, and the map from clean
    /// offsets to raw offsets.
    raw: Option<String>,
    clean_map: TextMap,
    parts: Vec<Part<'a>>,
    /// A blank line, a new block or a new page comes before this line.
    pub para_break: bool,
    pub page: u32,
    /// From a table row.
    pub in_table: bool,
    /// Set centred: an HTML block inside `align=center`, `text-align:center` or
    /// `<center>`, or a plain-text line indented by 8 columns or more.
    pub centered: bool,
    /// The raw line had table pipes or cell tabs (a rendered table row).
    pub cellular: bool,
    /// Table rows: the index of the cell the raw line starts in.
    cell: Option<u32>,
}

impl<'a> Line<'a> {
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Source span of `text[a..b]`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        let raw = self.clean_map.span(a, b);
        let start = self.raw_to_src(raw.start, false);
        let end = if raw.end > raw.start {
            self.raw_to_src(raw.end, true)
        } else {
            start
        };
        Span::new(start, end.max(start))
    }

    fn raw_to_src(&self, at: usize, is_end: bool) -> usize {
        let probe = if is_end { at.saturating_sub(1) } else { at };
        let i = self.parts.partition_point(|p| p.at <= probe);
        let Some(p) = i.checked_sub(1).and_then(|i| self.parts.get(i)) else {
            return 0;
        };
        let off = p.map_off + (at.min(p.at + p.len) - p.at);
        if is_end {
            p.map.span(off.saturating_sub(1), off).end
        } else {
            p.map.span(off, off + 1).start
        }
    }

    fn raw(&self) -> &str {
        self.raw.as_deref().unwrap_or(&self.text)
    }

    /// The table cell that clean offset `a` lies in (table rows only).
    pub fn cell_of(&self, a: usize) -> Option<u32> {
        let raw = self.clean_map.span(a, a).start;
        let tabs = self.raw().get(..raw).map_or(0, |s| s.matches('\t').count());
        Some(self.cell? + tabs as u32)
    }

    /// The visual column of clean offset `a` (plain text only).
    pub fn column_of(&self, a: usize) -> Option<u32> {
        let raw = self.clean_map.span(a, a).start;
        let col = self.column?;
        Some(col + self.raw().get(..raw).map_or(0, |s| s.chars().count()) as u32)
    }
}

/// All lines of a body.
pub struct Lines<'a> {
    pub lines: Vec<Line<'a>>,
    /// Every line's clean text, joined with `\n`.
    pub joined: String,
    /// `joined`, ASCII-lowercased (same byte offsets).
    pub lower: String,
    /// Where in the source the line stream stopped, when the body has more than
    /// [`MAX_LINES`] lines.
    pub cut: Option<usize>,
}

/// The most lines the report reads from a body. A 6-K's cover, exhibit list and
/// signatures come in far fewer (the 5 MB HTML 6-K of the benchmark gives 5,736, the
/// plain-text seed 6-K 87); the cap keeps the report's structures bounded on dense
/// input (a letter per line).
pub const MAX_LINES: usize = 200_000;

impl<'a> Lines<'a> {
    /// Index of the line holding joined offset `at`.
    pub fn line_at(&self, at: usize) -> usize {
        self.lines
            .partition_point(|l| l.start <= at)
            .saturating_sub(1)
    }

    /// Source span of `joined[a..b]`.
    pub fn span(&self, a: usize, b: usize) -> Span {
        let (la, lb) = (self.line_at(a), self.line_at(b.saturating_sub(1).max(a)));
        let (Some(x), Some(y)) = (self.lines.get(la), self.lines.get(lb)) else {
            return Span::default();
        };
        let start = x.span(a.saturating_sub(x.start).min(x.text.len()), x.text.len());
        let end = y.span(0, b.saturating_sub(y.start).min(y.text.len()));
        Span::new(start.start, end.end.max(start.start))
    }
}

/// Build the line stream of a body. `source` is the decoded input, used only to
/// see whether blank lines separate two plain-text blocks.
pub fn lines<'a>(body: &'a Body, source: &str) -> Lines<'a> {
    // The line list is sized up front (at most one line per piece of text), so it does
    // not grow to twice what it holds; the joined text (often much shorter than the
    // blocks' text, white space collapsed) grows and is trimmed before it is copied.
    let mut b = Builder {
        lines: Vec::with_capacity(line_capacity(body).min(MAX_LINES + 1)),
        joined: String::new(),
    };
    let mut prev_end: Option<usize> = None;
    let mut cut = None;
    'pages: for page in &body.pages {
        let mut first_in_page = true;
        for block in &page.blocks {
            if b.lines.len() >= MAX_LINES {
                cut = Some(match block {
                    Block::Text(t) => t.span.start,
                    Block::Table(t) => t.span.start,
                });
                break 'pages;
            }
            match block {
                Block::Text(t) => {
                    let para = first_in_page
                        || t.column.is_none()
                        || prev_end.is_none_or(|e| blank_between(source, e, t.span.start));
                    let mut first = true;
                    let mut at = 0;
                    let centered = t.style.centered || t.column.is_some_and(|c| c >= 8);
                    for piece in t.text.split('\n') {
                        let before = b.lines.len();
                        b.push_raw(
                            piece,
                            &[(piece.len(), &t.map, at)],
                            t.column,
                            para && first,
                            page.number,
                            None,
                        );
                        if let Some(l) = b.lines.get_mut(before..).and_then(|l| l.first_mut()) {
                            l.centered = centered;
                        }
                        first = false;
                        at += piece.len() + 1;
                    }
                    prev_end = Some(t.span.end);
                }
                Block::Table(table) => {
                    let mut first = true;
                    if let Some(c) = &table.caption {
                        b.push_raw(
                            &c.text,
                            &[(c.text.len(), &c.map, 0)],
                            c.column,
                            true,
                            page.number,
                            Some(0),
                        );
                        first = false;
                    }
                    for row in &table.rows {
                        let filled: Vec<(usize, &Cell)> = row
                            .cells
                            .iter()
                            .enumerate()
                            .filter(|(_, c)| !c.text.trim().is_empty())
                            .collect();
                        if let [(index, c)] = filled[..] {
                            let mut at = 0;
                            for piece in c.text.split('\n') {
                                b.push_raw(
                                    piece,
                                    &[(piece.len(), &c.map, at)],
                                    None,
                                    first,
                                    page.number,
                                    Some(index as u32),
                                );
                                at += piece.len() + 1;
                                first = false;
                            }
                        } else if !filled.is_empty() {
                            let mut raw = String::new();
                            let mut parts = Vec::new();
                            for (i, c) in row.cells.iter().enumerate() {
                                if i > 0 {
                                    raw.push('\t');
                                    parts.push((1, &c.map, usize::MAX));
                                }
                                raw.push_str(&c.text);
                                parts.push((c.text.len(), &c.map, 0));
                            }
                            b.push_raw(&raw, &parts, None, first, page.number, Some(0));
                            first = false;
                        }
                    }
                    prev_end = Some(table.span.end);
                }
            }
            first_in_page = false;
        }
    }
    b.joined.shrink_to_fit();
    let lower = b.joined.to_ascii_lowercase();
    Lines {
        lines: b.lines,
        joined: b.joined,
        lower,
        cut,
    }
}

/// At most how many lines `body` gives.
fn line_capacity(body: &Body) -> usize {
    let breaks = |text: &str| memchr::memchr_iter(b'\n', text.as_bytes()).count();
    let mut count = 0;
    for block in body.pages.iter().flat_map(|p| &p.blocks) {
        match block {
            Block::Text(t) => count += 1 + breaks(&t.text),
            Block::Table(table) => {
                count += usize::from(table.caption.is_some());
                for row in &table.rows {
                    count += 1 + row.cells.iter().map(|c| breaks(&c.text)).sum::<usize>();
                }
            }
        }
    }
    count
}

fn blank_between(source: &str, a: usize, b: usize) -> bool {
    let gap = source.as_bytes().get(a..b).unwrap_or(&[]);
    memchr::memchr_iter(b'\n', gap).take(2).count() >= 2
}

struct Builder<'a> {
    lines: Vec<Line<'a>>,
    joined: String,
}

impl<'a> Builder<'a> {
    /// `pieces`: (length in raw, map, offset in map's text); a `usize::MAX`
    /// offset marks a synthetic separator with no source of its own.
    fn push_raw(
        &mut self,
        raw: &str,
        pieces: &[(usize, &'a TextMap, usize)],
        column: Option<u32>,
        para_break: bool,
        page: u32,
        cell: Option<u32>,
    ) {
        let in_table = cell.is_some();
        let mut parts = Vec::with_capacity(pieces.len());
        let mut at = 0;
        for &(len, map, map_off) in pieces {
            if map_off != usize::MAX {
                parts.push(Part {
                    at,
                    len,
                    map,
                    map_off,
                });
            }
            at += len;
        }
        let mut text = String::with_capacity(raw.len());
        let mut clean_map = TextMap::new();
        let mut pending_space: Option<usize> = None;
        let mut cellular = false;
        // Runs of characters that are neither white space nor `|` are copied whole.
        let bytes = raw.as_bytes();
        let (mut i, mut run) = (0, 0);
        while let Some(&c) = bytes.get(i) {
            let (space, len) = if c < 0x80 {
                (matches!(c, b'\t'..=b'\r' | b' ' | b'|'), 1)
            } else {
                match raw.get(i..).and_then(|r| r.chars().next()) {
                    Some(ch) => (ch.is_whitespace(), ch.len_utf8()),
                    None => break,
                }
            };
            if c == b'|' || c == b'\t' {
                cellular = true;
            }
            if space {
                text.push_str(raw.get(run..i).unwrap_or(""));
                clean_map.push_verbatim(run, i - run);
                pending_space.get_or_insert(i);
            } else if let Some(s) = pending_space.take() {
                if !text.is_empty() {
                    text.push(' ');
                    clean_map.push_replaced(1, Span::new(s, i));
                }
                run = i;
            }
            i += len;
            if space {
                run = i;
            }
        }
        if pending_space.is_none() {
            text.push_str(raw.get(run..).unwrap_or(""));
            clean_map.push_verbatim(run, raw.len() - run);
        }
        if text.is_empty() {
            return;
        }
        if !self.joined.is_empty() {
            self.joined.push('\n');
        }
        let start = self.joined.len();
        self.joined.push_str(&text);
        let raw = (raw != text).then(|| raw.to_string());
        self.lines.push(Line {
            text,
            start,
            column,
            raw,
            clean_map,
            parts,
            para_break,
            page,
            in_table,
            centered: false,
            cellular,
            cell,
        });
    }
}
