//! The stack of open elements: what a start or end tag opens and closes, the
//! ends a tag implies (`<p>`, `<li>`, `<dt>`), and the effects of an element
//! closing (a block boundary, a page break, a look that ends).

use super::super::html_tokenizer::{Name, MAX_NAMES};
use super::super::symbols::{self, Face};
use super::super::ListKind;
use super::elements::{box_image, font_tag_size, read_style, BoxImage, Kind, TagAttrs};
use super::Builder;
use crate::diagnostic::Severity;
use crate::span::Span;

pub(super) const HEAD: Name = Name::new(b"head");
const P: Name = Name::new(b"p");
const DT: Name = Name::new(b"dt");
const DD: Name = Name::new(b"dd");

/// How far down the stack an end tag looks for its element.
pub(super) const MAX_SEARCH: usize = 256;

#[derive(Debug, Clone, Copy)]
pub(super) struct Open {
    name: Name,
    hides: bool,
    pre: bool,
    block: bool,
    break_after: bool,
    /// A block that leaves space below it (a `<p>`'s default margin, `margin-bottom`).
    space_below: bool,
    /// Typography for [`BlockStyle`]: bold, centred, `<hN>` level, list kind.
    look: Look,
    /// The font face the element sets (`<font face>`, CSS `font-family`), if any.
    face: Option<Face>,
}

#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Look {
    bold: bool,
    centered: bool,
    italic: bool,
    /// Font size in points the element sets, 0 if none.
    size: u8,
    heading: u8,
    /// `<ul>` or `<ol>`.
    list: ListKind,
    item: bool,
}

impl<'a> Builder<'a> {
    // ---- elements ----

    pub(super) fn start(&mut self, name: Name, attrs: &'a str, self_closing: bool, span: Span) {
        let nb = name.as_bytes();
        let kind = Kind::of(nb);
        if self.heads > 0 && (!kind.in_head() || nb == b"body") {
            self.close_named(HEAD, span.start, MAX_SEARCH);
        }
        if kind.raw() || nb == b"html" || nb == b"body" {
            return;
        }
        let attrs = TagAttrs::read(attrs);
        let mut style = read_style(&attrs, &mut self.styles);
        // `align=center` where filers centre a heading (only on the elements that take it).
        if matches!(
            nb,
            b"p" | b"div" | b"td" | b"th" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6"
        ) {
            style.centered |= attrs
                .align
                .is_some_and(|a| a.trim().eq_ignore_ascii_case("center"));
        }
        if style.break_before {
            self.page_break(span.start);
        }
        match name.as_bytes() {
            b"table" => return self.open_table(style, span),
            b"caption" => return self.open_caption(span),
            b"tr" => return self.open_row(style, span),
            b"td" | b"th" => return self.open_cell(nb == b"th", &attrs, style, span),
            b"thead" | b"tbody" | b"tfoot" => return self.row_group(nb == b"thead", span),
            b"colgroup" | b"col" => return,
            b"page" => return self.page_break(span.start),
            b"img" => {
                match box_image(&attrs) {
                    _ if self.hidden > 0 => {}
                    Some(BoxImage::Glyph(glyph)) => {
                        if let Some(buf) = self.sink() {
                            buf.glyph(glyph, span);
                        }
                    }
                    Some(BoxImage::Unread) => self.diag(
                        Severity::Info,
                        "box-image-unread",
                        "an image named as a check box does not say whether it is marked; \
                         it is left out of the text",
                        span,
                    ),
                    None => {}
                }
                return;
            }
            b"br" => {
                if self.hidden == 0 && self.sink_is_flow() {
                    self.flow_touched();
                }
                if self.hidden == 0 {
                    if let Some(buf) = self.sink() {
                        buf.line_break(span);
                    }
                }
                if style.break_after {
                    self.page_break(span.end);
                }
                return;
            }
            _ => {}
        }
        if kind.closes_p() {
            self.auto_close(P, &[], span);
        }
        if nb == b"li" {
            self.auto_close(name, &[b"ul", b"ol"], span);
        }
        if nb == b"dt" || nb == b"dd" {
            self.auto_close(DT, &[b"dl"], span);
            self.auto_close(DD, &[b"dl"], span);
        }
        let block = kind.block();
        if block {
            self.boundary(span);
        }
        // Paragraphs and headings leave space around them unless their style says not.
        let spaced = nb == b"p" || matches!(nb, [b'h', b'1'..=b'6']);
        let space_below = block && style.space_below.unwrap_or(spaced);
        if block && style.space_above.unwrap_or(spaced) && self.hidden == 0 {
            self.gap = true;
        }
        if kind.void() || self_closing && !block {
            if style.break_after {
                self.page_break(span.end);
            }
            return;
        }
        let mut look = Look {
            bold: style.bold,
            centered: style.centered,
            italic: style.italic,
            size: style.size,
            ..Look::default()
        };
        // One match on the lowercase name: `Name::is` per element would cost more.
        match nb {
            [b'h', d @ b'1'..=b'6'] => look.heading = d - b'0',
            b"b" | b"strong" => look.bold = true,
            b"i" | b"em" => look.italic = true,
            b"font" if look.size == 0 => look.size = font_tag_size(attrs.size),
            b"center" => look.centered = true,
            b"ol" => look.list = ListKind::Ordered,
            b"ul" => look.list = ListKind::Bullet,
            b"li" => look.item = true,
            _ => {}
        }
        let mut face = style.face;
        if nb == b"font" {
            if let Some(f) = attrs.face {
                face = face.or(Some(symbols::face(f)));
            }
        }
        let open = Open {
            name,
            hides: style.hidden || matches!(nb, b"head" | b"ix:header" | b"template"),
            pre: matches!(nb, b"pre" | b"listing"),
            block,
            break_after: style.break_after,
            space_below,
            look,
            face,
        };
        self.push(open);
        if open.pre {
            self.pre_skip_newline = true;
        }
        if self_closing {
            // `<div/>` in XHTML: open and closed at once.
            self.pop_to(self.stack.len() - 1, span);
        }
    }

    pub(super) fn end(&mut self, name: Name, span: Span) {
        match name.as_bytes() {
            b"table" => self.close_table(span),
            b"caption" => self.close_caption(span.end),
            b"tr" => self.close_row(span.end),
            b"td" | b"th" => self.close_cell(span.end),
            b"thead" | b"tbody" | b"tfoot" => self.row_group(false, span),
            b"br" => self.start(name, "", false, span),
            b"p" if !self.is_open(name) => {
                // `</p>` with no `<p>` open reads as an empty paragraph.
                self.boundary(span);
            }
            _ => {
                self.close_named(name, span.end, MAX_SEARCH);
            }
        }
    }

    pub(super) fn push(&mut self, open: Open) {
        // Past MAX_NAMES distinct names (crafted input), a new name is not tracked: its
        // closing tag is then a stray one.
        if let Some(n) = self.open_counts.get_mut(&open.name) {
            *n += 1;
        } else if self.open_counts.len() < MAX_NAMES {
            self.open_counts.insert(open.name, 1);
        }
        self.heads += u32::from(open.name == HEAD);
        self.hidden += u32::from(open.hides);
        self.pre += u32::from(open.pre);
        self.look(open.look, true);
        if let Some(face) = open.face {
            self.faces.push(face);
        }
        self.stack.push(open);
    }

    /// Pop elements down to and including index `to`, with their closing effects.
    pub(super) fn pop_to(&mut self, to: usize, span: Span) {
        while self.stack.len() > to {
            let Some(open) = self.stack.pop() else {
                break;
            };
            if let Some(n) = self.open_counts.get_mut(&open.name) {
                *n = n.saturating_sub(1);
            }
            if open.name == HEAD {
                self.heads = self.heads.saturating_sub(1);
            }
            if open.block {
                self.boundary(span);
                if open.space_below && self.hidden == 0 {
                    self.gap = true;
                }
            }
            self.hidden -= u32::from(open.hides);
            self.pre -= u32::from(open.pre);
            self.look(open.look, false);
            if open.face.is_some() {
                self.faces.pop();
            }
            if open.break_after {
                self.page_break(span.end);
            }
        }
    }

    /// An element with `look` opens (`on`) or closes.
    pub(super) fn look(&mut self, look: Look, on: bool) {
        let count = |n: &mut u32, set: bool| {
            if set {
                *n = if on { *n + 1 } else { n.saturating_sub(1) };
            }
        };
        count(&mut self.bold, look.bold);
        count(&mut self.centered, look.centered);
        count(&mut self.italic, look.italic);
        if look.size > 0 {
            if on {
                self.sizes.push(look.size);
            } else {
                self.sizes.pop();
            }
        }
        count(&mut self.items, look.item);
        if let Some(n) = (look.heading as usize)
            .checked_sub(1)
            .and_then(|i| self.headings.get_mut(i))
        {
            count(n, true);
        }
        if look.list != ListKind::None {
            if on {
                self.lists.push(look.list);
            } else {
                self.lists.pop();
            }
        }
    }

    /// The stack index below which the current table cell's end tags may not reach.
    pub(super) fn scope_base(&self) -> usize {
        match self.tables.last() {
            Some(t) if t.caption_buf.is_some() => t.caption_base,
            Some(t) => t.cell.as_ref().map_or(t.stack_base, |c| c.stack_base),
            None => 0,
        }
    }

    /// Close the nearest open `name` within reach, if any.
    pub(super) fn close_named(&mut self, name: Name, at: usize, reach: usize) -> bool {
        if !self.is_open(name) {
            return false;
        }
        let base = self
            .scope_base()
            .max(self.stack.len().saturating_sub(reach));
        let found = (base..self.stack.len())
            .rev()
            .find(|&i| self.stack.get(i).is_some_and(|o| o.name == name));
        if let Some(i) = found {
            self.pop_to(i, Span::empty(at));
        }
        found.is_some()
    }

    /// A start tag that implies the end of an open `name` (`<p>`, `<li>`),
    /// unless one of `stops` is nearer.
    pub(super) fn auto_close(&mut self, name: Name, stops: &[&[u8]], at: Span) {
        if !self.is_open(name) {
            return;
        }
        let base = self.scope_base().max(self.stack.len().saturating_sub(64));
        for i in (base..self.stack.len()).rev() {
            let Some(open) = self.stack.get(i) else {
                return;
            };
            if open.name == name {
                return self.pop_to(i, Span::empty(at.start));
            }
            if stops.contains(&open.name.as_bytes()) {
                return;
            }
        }
    }
}
