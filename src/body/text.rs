//! Plain-text bodies: `<PAGE>` splits pages, `<TABLE>` holds column tables, every
//! other non-blank line is a block.
//!
//! ```text
//! <PAGE>
//!                            For the month of April 2003
//!                          Form 20-F   X   Form 40-F
//!                                     ---            ---
//! <TABLE>
//! <CAPTION>
//! Exhibit No.    Description
//!    <S>         <C>
//!    99.1:       the Company's annual report for the fiscal year ended December
//!                31, 2002, filed with Korea Securities Dealers Association
//! </TABLE>
//! ```
//!
//! Lines end at `\r\n`, `\n` or a lone `\r`. A line is read in *visual columns*:
//! tabs expand to stops of 8 and every other character, markers included, is
//! one column wide. A [`TextBlock`]'s `column` is the visual column of its first
//! character, and its text keeps inner spacing (tabs expanded), so `column` plus
//! a character index is that character's visual column on lines without markers.
//!
//! Markers are tags the filer's software put in the text: `<S>`, `<C>`, `<FN>`,
//! `<F1>`, `<R>`, `</R>`, `<U>`: any `<name>` or `</name>` whose name is one to
//! three ASCII letters or digits starting with a letter, plus `PAGE`, `TABLE`,
//! `CAPTION`. They are never text: they are dropped and the [`TextMap`] skips
//! them, but they still occupy their columns, because filers aligned the source.
//! Longer tags (`<CASH>` in an EX-27 schedule) are text.
//!
//! Structure, read at the start of a line (after spaces):
//! - `<PAGE>` starts a page. Pages tile the body; blank text before the first
//!   `<PAGE>` belongs to the first page, non-blank text makes a page of its own.
//!   The rest of the marker line is read as a line of the new page.
//! - `<TABLE>` ... `</TABLE>` is a table, read by [`table`] (its rules are
//!   documented there). `</TABLE>` may also end a line. A table that runs into a
//!   `<PAGE>` is split into one table per page; a table that is never closed ends
//!   at the next `<PAGE>` or `<TABLE>` (or the end of the body).
//!
//! Diagnostics: `unclosed-table` (warning, at the `<TABLE>`), `stray-table-close`
//! (warning, a `</TABLE>` outside a table), `table-without-column-markers` (info,
//! a table with no `<S>`/`<C>` line whose columns were inferred).

#[path = "text_table.rs"]
pub mod table;

use super::{Block, BlockBudget, Body, Page, TextBlock};
use crate::diagnostic::Diagnostic;
use crate::span::{Span, TextMap};
use table::TableBuilder;

const TAB_STOP: u32 = 8;

/// The body being read and its position in the whole input.
#[derive(Clone, Copy)]
pub(crate) struct Src<'a> {
    pub text: &'a str,
    pub base: usize,
}

/// A piece of one line: bytes `start..end` of the body, `col` the visual column at `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Frag {
    pub start: usize,
    pub end: usize,
    pub col: u32,
}

impl<'a> Src<'a> {
    pub fn bytes(&self, start: usize, end: usize) -> &'a [u8] {
        self.text.as_bytes().get(start..end).unwrap_or(&[])
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start, self.base + end)
    }

    /// Every character of `frag` with its byte offset and visual column;
    /// markers come as one item of their full width.
    pub fn items(&self, frag: Frag) -> Items<'a> {
        Items {
            text: self.text.get(frag.start..frag.end).unwrap_or(""),
            at: 0,
            base: frag.start,
            col: frag.col,
        }
    }

    /// The first visible (not blank, not a marker) character: its offset and column.
    pub fn first_visible(&self, frag: Frag) -> Option<(usize, u32)> {
        self.items(self.skip_spaces(frag))
            .find(|it| it.kind == Kind::Visible)
            .map(|it| (it.start, it.col))
    }

    /// Leading blanks skipped: offset and column of what follows.
    pub fn skip_blanks(&self, frag: Frag) -> Frag {
        let frag = self.skip_spaces(frag);
        let mut out = Frag {
            start: frag.end,
            ..frag
        };
        let mut col = frag.col;
        for it in self.items(frag) {
            if it.kind != Kind::Blank {
                out = Frag {
                    start: it.start,
                    end: frag.end,
                    col: it.col,
                };
                return out;
            }
            col = it.next_col();
        }
        out.col = col;
        out
    }

    /// Leading ASCII spaces skipped (one column each), without reading items.
    fn skip_spaces(&self, frag: Frag) -> Frag {
        let n = self
            .bytes(frag.start, frag.end)
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        Frag {
            start: frag.start + n,
            end: frag.end,
            col: frag.col.saturating_add(n as u32),
        }
    }

    /// The visual column reached at the end of `frag`.
    pub fn end_col(&self, frag: Frag) -> u32 {
        let bytes = self.bytes(frag.start, frag.end);
        if !bytes.contains(&b'\t') {
            // Every character, and every byte of a marker, is one column.
            let chars = bytes.iter().filter(|&&b| (b as i8) >= -0x40).count();
            return frag.col.saturating_add(chars as u32);
        }
        self.items(frag).last().map_or(frag.col, |it| it.next_col())
    }

    /// If `frag` starts (after blanks) with `tag` (ASCII, any case), what follows it.
    pub fn after_tag(&self, frag: Frag, tag: &str) -> Option<Frag> {
        let lead = self.skip_blanks(frag);
        let n = tag.len();
        let found = self
            .bytes(lead.start, lead.end)
            .get(..n)
            .is_some_and(|b| b.eq_ignore_ascii_case(tag.as_bytes()));
        found.then_some(Frag {
            start: lead.start + n,
            end: frag.end,
            col: lead.col + n as u32,
        })
    }

    pub fn is_blank(&self, frag: Frag) -> bool {
        self.first_visible(frag).is_none()
    }

    /// Append `frag` to `text` with tabs expanded, markers dropped and
    /// [`super::plain_char`] applied; `map` records where each byte came from.
    pub fn render(&self, frag: Frag, text: &mut String, map: &mut TextMap) {
        let mut frag = frag;
        loop {
            // A run of printable ASCII other than `<` is copied whole: each byte is one
            // column, shown as itself, and maps verbatim. Items read what follows it.
            let run = self.bytes(frag.start, frag.end);
            let n = run.iter().take_while(|&&b| is_plain_ascii(b)).count();
            if n > 0 {
                text.push_str(self.text.get(frag.start..frag.start + n).unwrap_or(""));
                map.push_verbatim(self.base + frag.start, n);
                frag.start += n;
                frag.col = frag.col.saturating_add(n as u32);
            }
            let Some(it) = self.items(frag).next() else {
                return;
            };
            match it.kind {
                Kind::Marker => {}
                Kind::Blank | Kind::Visible if it.ch == '\t' => {
                    let w = it.width as usize;
                    for _ in 0..w {
                        text.push(' ');
                    }
                    map.push_replaced(w, self.span(it.start, it.start + 1));
                }
                Kind::Blank | Kind::Visible => {
                    let shown = shown_char(it.ch);
                    text.push(shown);
                    if shown == it.ch {
                        map.push_verbatim(self.base + it.start, shown.len_utf8());
                    } else {
                        let src = self.span(it.start, it.start + it.ch.len_utf8());
                        map.push_replaced(shown.len_utf8(), src);
                    }
                }
            }
            frag.start = it.end();
            frag.col = it.next_col();
        }
    }
}

/// A byte that reads as itself, one column wide, and cannot start a marker.
fn is_plain_ascii(b: u8) -> bool {
    (b' '..=b'~').contains(&b) && b != b'<'
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Blank,
    Marker,
    Visible,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Item {
    pub kind: Kind,
    pub ch: char,
    /// Byte offset in the body.
    pub start: usize,
    pub len: usize,
    pub col: u32,
    pub width: u32,
}

impl Item {
    pub fn end(&self) -> usize {
        self.start + self.len
    }

    pub fn next_col(&self) -> u32 {
        self.col.saturating_add(self.width)
    }
}

pub(crate) struct Items<'a> {
    text: &'a str,
    at: usize,
    base: usize,
    col: u32,
}

impl Iterator for Items<'_> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        let rest = self.text.get(self.at..)?;
        let ch = rest.chars().next()?;
        let (kind, len, width) = if ch == '<' {
            match marker_len(rest.as_bytes()) {
                Some(n) => (Kind::Marker, n, n as u32),
                None => (Kind::Visible, 1, 1),
            }
        } else if ch == '\t' {
            (Kind::Blank, 1, TAB_STOP - self.col % TAB_STOP)
        } else if shown_char(ch) == ' ' {
            (Kind::Blank, ch.len_utf8(), 1)
        } else {
            (Kind::Visible, ch.len_utf8(), 1)
        };
        let item = Item {
            kind,
            ch,
            start: self.base + self.at,
            len,
            col: self.col,
            width,
        };
        self.at += len;
        self.col = self.col.saturating_add(width);
        Some(item)
    }
}

/// How a character reads: [`super::plain_char`], and form feeds and vertical tabs as spaces.
fn shown_char(c: char) -> char {
    match c {
        '\u{000B}' | '\u{000C}' => ' ',
        c => super::plain_char(c),
    }
}

/// Length of the marker at the start of `s`, if one is there (see the module docs).
pub(crate) fn marker_len(s: &[u8]) -> Option<usize> {
    const NAMED: [&[u8]; 4] = [b"PAGE", b"TABLE", b"CAPTION", b"FN"];
    let slash = usize::from(s.get(1) == Some(&b'/'));
    let name_start = 1 + slash;
    let name_len = s
        .iter()
        .skip(name_start)
        .take(8)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let name = s.get(name_start..name_start + name_len)?;
    let starts_with_letter = name.first().is_some_and(u8::is_ascii_alphabetic);
    let closed = s.get(name_start + name_len) == Some(&b'>');
    let known = name_len <= 3 || NAMED.iter().any(|n| n.eq_ignore_ascii_case(name));
    (s.first() == Some(&b'<') && starts_with_letter && closed && known)
        .then_some(name_start + name_len + 1)
}

/// Byte ranges of the lines of `text`, without their terminators.
fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = text.as_bytes();
    let mut pos = 0usize;
    std::iter::from_fn(move || {
        let rest = bytes.get(pos..).filter(|r| !r.is_empty())?;
        let start = pos;
        match memchr::memchr2(b'\n', b'\r', rest) {
            Some(i) => {
                let end = start + i;
                let crlf = bytes.get(end..end + 2) == Some(b"\r\n".as_slice());
                pos = end + if crlf { 2 } else { 1 };
                Some((start, end))
            }
            None => {
                pos = bytes.len();
                Some((start, bytes.len()))
            }
        }
    })
}

/// Where `</TABLE>` (any case) starts in `frag`, if anywhere.
fn find_table_close(src: &Src, frag: Frag) -> Option<usize> {
    let bytes = src.bytes(frag.start, frag.end);
    memchr::memchr_iter(b'<', bytes)
        .find(|&i| {
            bytes
                .get(i..i + 8)
                .is_some_and(|b| b.eq_ignore_ascii_case(b"</TABLE>"))
        })
        .map(|i| frag.start + i)
}

/// Offsets of the `<TABLE>` markers that are never closed. Mirrors the table
/// handling of [`Parser::line`], without reading any content.
fn unclosed_tables(src: &Src) -> Vec<usize> {
    let mut unclosed = Vec::new();
    let mut open: Option<usize> = None;
    for (start, end) in lines(src.text) {
        let mut frag = Frag { start, end, col: 0 };
        loop {
            if let Some(rest) = src.after_tag(frag, "<PAGE>") {
                frag = rest;
            } else if let Some(rest) = src.after_tag(frag, "<TABLE>") {
                if let Some(o) = open.replace(frag.start) {
                    unclosed.push(o);
                }
                frag = rest;
            } else if let Some(at) = find_table_close(src, frag) {
                if open.take().is_none() && src.after_tag(frag, "</TABLE>").is_none() {
                    // Not at the line start and no table open: plain text, as in `line`.
                    break;
                }
                frag = Frag {
                    start: at + 8,
                    end: frag.end,
                    col: 0,
                };
            } else {
                break;
            }
        }
    }
    unclosed.extend(open);
    unclosed
}

struct Parser<'a, 'd> {
    src: Src<'a>,
    pages: Vec<Page>,
    page: Page,
    /// The current page began at a `<PAGE>` marker (not the implicit first page).
    page_marked: bool,
    table: Option<TableBuilder>,
    /// Sorted offsets of `<TABLE>` markers never closed.
    unclosed: Vec<usize>,
    /// A blank line, a table or a page start came since the last text line.
    after_blank: bool,
    diagnostics: &'d mut Vec<Diagnostic>,
    budget: BlockBudget,
}

/// Parse a plain-text body. `offset` is the body's position in the whole input;
/// every span returned is absolute.
pub fn parse(body: &str, offset: usize, diagnostics: &mut Vec<Diagnostic>) -> Body {
    let src = Src {
        text: body,
        base: offset,
    };
    let mut p = Parser {
        src,
        pages: Vec::new(),
        page: Page {
            number: 1,
            span: Span::empty(offset),
            blocks: Vec::new(),
        },
        page_marked: false,
        table: None,
        unclosed: unclosed_tables(&src),
        after_blank: true,
        diagnostics,
        budget: BlockBudget::new(body.len()),
    };
    for (start, end) in lines(body) {
        p.line(Frag { start, end, col: 0 });
    }
    p.close_table(0);
    p.diagnostics
        .extend(p.budget.diagnostic(offset + body.len()));
    p.page.span.end = offset + body.len();
    super::push_page(&mut p.pages, p.page);
    Body { pages: p.pages }
}

impl Parser<'_, '_> {
    fn line(&mut self, mut frag: Frag) {
        let src = self.src;
        loop {
            if let Some(rest) = src.after_tag(frag, "<PAGE>") {
                self.page_break(frag.start);
                frag = rest;
                continue;
            }
            if let Some(rest) = src.after_tag(frag, "<TABLE>") {
                self.close_table(frag.start);
                self.open_table(frag.start);
                frag = rest;
                continue;
            }
            if let Some(at) = find_table_close(&src, frag) {
                let before = Frag { end: at, ..frag };
                let col = src.end_col(before) + 8;
                let rest = Frag {
                    start: at + 8,
                    end: frag.end,
                    col,
                };
                if let Some(t) = &mut self.table {
                    t.line(&src, before, self.diagnostics);
                    self.close_table(at + 8);
                    frag = rest;
                    continue;
                }
                if src.after_tag(frag, "</TABLE>").is_some() {
                    self.diagnostics.push(Diagnostic::warning(
                        "stray-table-close",
                        "</TABLE> without an open <TABLE>; ignored",
                        src.span(at, at + 8),
                    ));
                    frag = rest;
                    continue;
                }
            }
            match &mut self.table {
                Some(t) => t.line(&src, frag, self.diagnostics),
                None => match block(&src, frag) {
                    Some(mut b) => {
                        b.style.blank_before = std::mem::take(&mut self.after_blank);
                        self.push(Block::Text(b));
                    }
                    None => self.after_blank = true,
                },
            }
            return;
        }
    }

    fn push(&mut self, block: Block) {
        if matches!(block, Block::Table(_)) {
            self.after_blank = true;
        }
        if self.budget.admit(&block) {
            self.page.blocks.push(block);
        }
    }

    fn open_table(&mut self, at: usize) {
        let unclosed = self.unclosed.binary_search(&at).is_ok();
        if unclosed {
            self.diagnostics.push(Diagnostic::warning(
                "unclosed-table",
                "<TABLE> is never closed; it ends at the next <PAGE> or <TABLE>",
                self.src.span(at, at + 7),
            ));
        }
        self.table = Some(TableBuilder::new(at, unclosed));
    }

    /// End the open table (if any) at `end` (or its last line, if later) and add
    /// it to the page.
    fn close_table(&mut self, end: usize) {
        if let Some(mut t) = self.table.take() {
            t.set_end(end);
            let blocks = t.take_part(&self.src, self.diagnostics);
            blocks.into_iter().for_each(|b| self.push(b));
        }
    }

    fn page_break(&mut self, at: usize) {
        self.after_blank = true;
        let continued = match self.table.take() {
            Some(t) if !t.unclosed() => Some(t),
            Some(t) => {
                // Never closed: it ends with its last line.
                self.table = Some(t);
                self.close_table(0);
                None
            }
            None => None,
        };
        let mut continued = continued.map(|mut t| {
            let blocks = t.take_part(&self.src, self.diagnostics);
            blocks.into_iter().for_each(|b| self.push(b));
            t
        });
        if !self.page_marked && self.pages.is_empty() && self.page.blocks.is_empty() {
            // Only blank text before the first <PAGE>: it is part of that page.
            self.page_marked = true;
        } else {
            self.page.span.end = self.src.base + at;
            let number = self.pages.len() as u32 + 2;
            let page = Page {
                number,
                span: Span::empty(self.src.base + at),
                blocks: Vec::new(),
            };
            super::push_page(&mut self.pages, std::mem::replace(&mut self.page, page));
            self.page_marked = true;
        }
        if let Some(t) = &mut continued {
            t.restart(at);
        }
        self.table = continued;
    }
}

/// One line (or the rest of one) as a block, or `None` when it is blank.
pub(crate) fn block(src: &Src, frag: Frag) -> Option<TextBlock> {
    let (start, col) = src.first_visible(frag)?;
    // Room for the line as it stands; tabs and replaced characters may grow it.
    let mut text = String::with_capacity(frag.end - start);
    let mut map = TextMap::new();
    src.render(Frag { start, col, ..frag }, &mut text, &mut map);
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    map.truncate(trimmed);
    Some(TextBlock {
        span: map.full_span(),
        text,
        column: Some(col),
        map,
        style: Default::default(),
    })
}

/// One line as a block: tabs expanded to stops of 8, markers dropped, leading and
/// trailing space dropped. `offset` is the line's position in the input.
pub fn line_block(line: &str, offset: usize) -> Option<TextBlock> {
    let src = Src {
        text: line,
        base: offset,
    };
    block(
        &src,
        Frag {
            start: 0,
            end: line.len(),
            col: 0,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(s: &str) -> (Body, Vec<Diagnostic>) {
        let mut d = Vec::new();
        (parse(s, 0, &mut d), d)
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Text(t) => Some(t.text.as_str()),
                Block::Table(_) => None,
            })
            .collect()
    }

    #[test]
    fn markers_are_short_tags_and_structural_names() {
        assert_eq!(marker_len(b"<R>x"), Some(3));
        assert_eq!(marker_len(b"</R>"), Some(4));
        assert_eq!(marker_len(b"<F12>"), Some(5));
        assert_eq!(marker_len(b"<caption>"), Some(9));
        assert_eq!(marker_len(b"<CASH>"), None);
        assert_eq!(marker_len(b"<1>"), None);
        assert_eq!(marker_len(b"< R>"), None);
        assert_eq!(marker_len(b"<R"), None);
        assert_eq!(marker_len(b"<"), None);
    }

    #[test]
    fn line_ends_of_every_kind() {
        let v: Vec<_> = lines("a\r\nb\rc\n\nd").collect();
        assert_eq!(v, vec![(0, 1), (3, 4), (5, 6), (7, 7), (8, 9)]);
    }

    #[test]
    fn tabs_expand_and_columns_count_from_the_line_start() {
        let b = line_block("\tA\tB", 100).unwrap();
        assert_eq!(b.text, "A       B");
        assert_eq!(b.column, Some(8));
        assert_eq!(b.span, Span::new(101, 104));
        assert_eq!(b.span_of(1, 8), Span::new(102, 103));
    }

    #[test]
    fn markers_are_dropped_but_keep_their_columns() {
        let b = line_block("<R>Revised</R> text", 0).unwrap();
        assert_eq!(b.text, "Revised text");
        assert_eq!(b.column, Some(3));
        assert_eq!(b.span_of(0, 7), Span::new(3, 10));
        assert_eq!(b.span_of(8, 12), Span::new(15, 19));
        assert!(line_block("  <S>  <C> ", 0).is_none());
    }

    #[test]
    fn pages_tile_the_body() {
        let s = "intro\n<PAGE>\none\n  <page> two\n";
        let (body, _) = parse_str(s);
        let spans: Vec<_> = body.pages.iter().map(|p| p.span).collect();
        assert_eq!(
            spans,
            vec![Span::new(0, 6), Span::new(6, 17), Span::new(17, s.len())]
        );
        assert_eq!(texts(&body.pages[2]), vec!["two"]);
        let numbers: Vec<_> = body.pages.iter().map(|p| p.number).collect();
        assert_eq!(numbers, vec![1, 2, 3]);
    }

    #[test]
    fn blank_text_before_the_first_page_marker_joins_it() {
        let (body, _) = parse_str("\n\n<PAGE>\nA\n<PAGE>\n<PAGE>\n");
        assert_eq!(body.pages.len(), 3);
        assert_eq!(body.pages[0].span.start, 0);
        assert_eq!(texts(&body.pages[0]), vec!["A"]);
    }

    #[test]
    fn stray_close_is_reported_and_dropped() {
        let (body, d) = parse_str("a\n</TABLE> b\n");
        assert_eq!(texts(&body.pages[0]), vec!["a", "b"]);
        assert_eq!(d[0].code, "stray-table-close");
        assert_eq!(d[0].span, Span::new(2, 10));
    }
}
