//! HTML bodies: the tags EDGAR filers write, read into pages of blocks and tables.
//!
//! ```text
//! <P ALIGN=center><FONT SIZE=2>Form 20-F&nbsp;&#9746;</FONT>
//! <TABLE><TR><TD>Form 40-F<TD>&#x2610;</TABLE>
//! <HR STYLE="page-break-after:always">
//! <div style="display:none"><ix:header>...</ix:header></div>
//! ```
//!
//! No tree is built. An explicit stack of open elements (never recursion) tells
//! what is hidden (`display:none`, `<head>`, `ix:header`), what is `<pre>`, and
//! which closing tags end a page (`page-break-after`). Block elements end the
//! current text block; inline ones (`<font>`, `<b>`, `ix:nonNumeric`) do not.
//! Tables keep their own stack; a table inside a cell adds its text to that cell.
//! End tags look down the stack a bounded distance, so every tag costs O(1)
//! amortized however deep or broken the nesting.

use super::html_tables::{span_attr, CellState, Grid, RowState, TableState};
use super::html_text::TextBuf;
use super::html_tokenizer::{attr, Name, Token, Tokenizer};
use super::{Block, BlockBudget, BlockStyle, Body, Cell, ListKind, Page, Row, Table, TextBlock};
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::Span;
use std::collections::HashMap;

/// How far down the stack an end tag looks for its element.
const MAX_SEARCH: usize = 256;
/// Diagnostics of one code reported before the rest are only counted.
const MAX_REPEATS: u32 = 10;

const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "spacer", "track", "wbr", "isindex",
];

const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "ul",
    "legend",
    "option",
    "optgroup",
    "frameset",
];

/// Start tags that end an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "listing",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "ul",
    "li",
    "dd",
    "dt",
];

/// Elements allowed in `<head>`; any other start tag ends it.
const IN_HEAD: &[&str] = &[
    "title", "meta", "link", "style", "script", "base", "noscript", "template", "head",
];

/// Elements whose content the tokenizer skips (see `html_tokenizer`).
const RAW: &[&str] = &[
    "script", "style", "title", "textarea", "iframe", "noembed", "noframes", "xmp",
];

#[derive(Debug, Clone, Copy)]
struct Open {
    name: Name,
    hides: bool,
    pre: bool,
    block: bool,
    break_after: bool,
    /// Typography for [`BlockStyle`]: bold, centred, `<hN>` level, list kind.
    look: Look,
}

#[derive(Debug, Default, Clone, Copy)]
struct Look {
    bold: bool,
    centered: bool,
    heading: u8,
    /// `<ul>` or `<ol>`.
    list: ListKind,
    item: bool,
}

/// What a `style` attribute says that matters here.
#[derive(Debug, Default, Clone, Copy)]
struct Style {
    hidden: bool,
    break_before: bool,
    break_after: bool,
    bold: bool,
    centered: bool,
}

fn read_style(attrs: &str) -> Style {
    let mut s = Style {
        hidden: attr(attrs, "hidden").is_some(),
        ..Style::default()
    };
    for decl in attr(attrs, "style").unwrap_or("").split(';') {
        let Some((prop, value)) = decl.split_once(':') else {
            continue;
        };
        let prop = prop.trim();
        let value = value.split_whitespace().next().unwrap_or("");
        let is = |p: &str, v: &str| prop.eq_ignore_ascii_case(p) && value.eq_ignore_ascii_case(v);
        s.hidden |= is("display", "none");
        s.break_before |= is("page-break-before", "always") || is("break-before", "page");
        s.break_after |= is("page-break-after", "always") || is("break-after", "page");
        s.bold |= prop.eq_ignore_ascii_case("font-weight")
            && (value.eq_ignore_ascii_case("bold")
                || value.eq_ignore_ascii_case("bolder")
                || matches!(value, "600" | "700" | "800" | "900"));
        s.centered |= is("text-align", "center");
    }
    s
}

/// Parse an HTML body; `offset` is its position in the input, spans are absolute.
pub fn parse(body: &str, offset: usize, diagnostics: &mut Vec<Diagnostic>) -> Body {
    let mut b = Builder::new(body);
    let mut tokens = Tokenizer::new(body);
    for token in &mut tokens {
        b.token(token);
    }
    let mut out = b.finish();
    shift(&mut out.0, offset);
    for mut d in out.1 {
        d.span = d.span.shift(offset);
        diagnostics.push(d);
    }
    out.0
}

fn shift(body: &mut Body, by: usize) {
    use crate::span::VisitSpans;
    body.visit_spans(&mut |s| *s = s.shift(by));
    for page in &mut body.pages {
        for block in &mut page.blocks {
            match block {
                Block::Text(t) => t.map.shift(by),
                Block::Table(t) => {
                    if let Some(c) = &mut t.caption {
                        c.map.shift(by);
                    }
                    for cell in t.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
                        cell.map.shift(by);
                    }
                }
            }
        }
    }
}

/// How the text of the block being gathered is set.
#[derive(Debug, Default, Clone, Copy)]
struct FlowLook {
    bold: bool,
    plain: bool,
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
            blank_before: false,
        }
    }
}

struct Builder<'a> {
    src: &'a str,
    pages: Vec<Page>,
    page: Page,
    flow: TextBuf,
    stack: Vec<Open>,
    open_counts: HashMap<Name, u32>,
    hidden: u32,
    pre: u32,
    pre_skip_newline: bool,
    tables: Vec<TableState>,
    /// A page break seen inside a table, taken when the table ends.
    break_after_table: bool,
    /// Open bold and centred elements, `<hN>` per level, `<li>`s.
    bold: u32,
    centered: u32,
    headings: [u32; 6],
    items: u32,
    /// Kinds of the open `<ul>`/`<ol>`, innermost last.
    lists: Vec<ListKind>,
    /// The look of the text gathered in `flow` so far.
    flow_look: FlowLook,
    diagnostics: Vec<Diagnostic>,
    repeats: Vec<(&'static str, u32)>,
    budget: BlockBudget,
}

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Builder<'a> {
        Builder {
            src,
            pages: Vec::new(),
            page: Page {
                number: 1,
                span: Span::empty(0),
                blocks: Vec::new(),
            },
            flow: TextBuf::default(),
            stack: Vec::new(),
            open_counts: HashMap::new(),
            hidden: 0,
            pre: 0,
            pre_skip_newline: false,
            tables: Vec::new(),
            break_after_table: false,
            bold: 0,
            centered: 0,
            headings: [0; 6],
            items: 0,
            lists: Vec::new(),
            flow_look: FlowLook::default(),
            diagnostics: Vec::new(),
            repeats: Vec::new(),
            budget: BlockBudget::new(src.len()),
        }
    }

    fn diag(&mut self, severity: Severity, code: &'static str, message: &str, span: Span) {
        let n = match self.repeats.iter_mut().find(|(c, _)| *c == code) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                self.repeats.push((code, 1));
                1
            }
        };
        if n <= MAX_REPEATS {
            self.diagnostics
                .push(Diagnostic::new(severity, code, message, span));
        }
    }

    fn is_open(&self, name: Name) -> bool {
        self.open_counts.get(&name).is_some_and(|&n| n > 0)
    }

    fn token(&mut self, token: Token<'_>) {
        match token {
            Token::Text { span, cdata } => self.text(span, cdata),
            Token::Start {
                name,
                attrs,
                self_closing,
                span,
            } => {
                self.pre_skip_newline = false;
                self.start(name, attrs, self_closing, span);
            }
            Token::End { name, span } => self.end(name, span),
            Token::Problem {
                code,
                message,
                span,
            } => self.diag(Severity::Warning, code, message, span),
        }
    }

    // ---- text ----

    fn text(&mut self, span: Span, cdata: bool) {
        let Some(s) = self.src.get(span.start..span.end) else {
            return;
        };
        if self.is_open(Name::new(b"head")) && !s.bytes().all(|b| b.is_ascii_whitespace()) {
            self.close_named(Name::new(b"head"), span.start, MAX_SEARCH);
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
        if let Some(buf) = self.sink() {
            buf.push_text(src, span, pre, cdata);
        }
    }

    /// Where text goes now: nowhere when hidden, else the caption or cell of the
    /// outermost table, else the flow of blocks.
    fn sink(&mut self) -> Option<&mut TextBuf> {
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

    fn sink_is_flow(&self) -> bool {
        match self.tables.first() {
            Some(t) => t.caption_buf.is_none() && t.cell.is_none(),
            None => true,
        }
    }

    /// A block element starts or ends: a new block, or a new line inside a cell.
    fn boundary(&mut self, span: Span) {
        if self.hidden > 0 {
            return;
        }
        if self.sink_is_flow() {
            self.flush_flow();
        } else if let Some(buf) = self.sink() {
            buf.block_break(span);
        }
    }

    fn push_block(&mut self, block: Block) {
        if self.budget.admit(&block) {
            self.page.blocks.push(block);
        }
    }

    fn flush_flow(&mut self) {
        let look = std::mem::take(&mut self.flow_look);
        if let Some((text, map)) = std::mem::take(&mut self.flow).finish() {
            self.push_block(Block::Text(TextBlock {
                text,
                span: map.full_span(),
                column: None,
                map,
                style: look.style(),
            }));
        }
    }

    /// Text with words goes into the flow: record how it is set.
    fn note_look(&mut self) {
        let l = &mut self.flow_look;
        if self.bold > 0 {
            l.bold = true;
        } else {
            l.plain = true;
        }
        l.centered |= self.centered > 0;
        if let Some(level) = self.headings.iter().position(|&n| n > 0) {
            l.heading = l.heading.max(level as u8 + 1);
        }
        if self.items > 0 {
            l.list = self.lists.last().copied().unwrap_or(ListKind::Bullet);
        }
    }

    // ---- pages ----

    fn page_break(&mut self, at: usize) {
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
        super::push_page(&mut self.pages, done);
    }

    // ---- elements ----

    fn start(&mut self, name: Name, attrs: &str, self_closing: bool, span: Span) {
        let is = |n: &str| name.is(n);
        if self.is_open(Name::new(b"head")) && (!name.is_any(IN_HEAD) || is("body")) {
            self.close_named(Name::new(b"head"), span.start, MAX_SEARCH);
        }
        if name.is_any(RAW) || is("html") || is("body") {
            return;
        }
        let mut style = read_style(attrs);
        // `align=center` where filers centre a heading (one more attribute scan, so
        // only on the elements that take it).
        if matches!(
            name.as_bytes(),
            b"p" | b"div" | b"td" | b"th" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6"
        ) && attrs.len() > 5
        {
            style.centered |=
                attr(attrs, "align").is_some_and(|a| a.trim().eq_ignore_ascii_case("center"));
        }
        if style.break_before {
            self.page_break(span.start);
        }
        match name.as_bytes() {
            b"table" => return self.open_table(style, span),
            b"caption" => return self.open_caption(span),
            b"tr" => return self.open_row(style, span),
            b"td" | b"th" => return self.open_cell(is("th"), attrs, style, span),
            b"thead" | b"tbody" | b"tfoot" => return self.row_group(is("thead"), span),
            b"colgroup" | b"col" => return,
            b"page" => return self.page_break(span.start),
            b"img" => {
                if let Some(glyph) = box_image(attrs) {
                    if self.hidden == 0 {
                        if let Some(buf) = self.sink() {
                            buf.glyph(glyph, span);
                        }
                    }
                }
                return;
            }
            b"br" => {
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
        if name.is_any(CLOSES_P) {
            self.auto_close(Name::new(b"p"), &[], span);
        }
        if is("li") {
            self.auto_close(name, &["ul", "ol"], span);
        }
        if is("dt") || is("dd") {
            self.auto_close(Name::new(b"dt"), &["dl"], span);
            self.auto_close(Name::new(b"dd"), &["dl"], span);
        }
        let block = name.is_any(BLOCK);
        if block {
            self.boundary(span);
        }
        if name.is_any(VOID) || self_closing && !block {
            if style.break_after {
                self.page_break(span.end);
            }
            return;
        }
        let mut look = Look {
            bold: style.bold,
            centered: style.centered,
            ..Look::default()
        };
        // One match on the lowercase name: `Name::is` per element would cost more.
        match name.as_bytes() {
            [b'h', d @ b'1'..=b'6'] => look.heading = d - b'0',
            b"b" | b"strong" => look.bold = true,
            b"center" => look.centered = true,
            b"ol" => look.list = ListKind::Ordered,
            b"ul" => look.list = ListKind::Bullet,
            b"li" => look.item = true,
            _ => {}
        }
        let open = Open {
            name,
            hides: style.hidden || is("head") || is("ix:header") || is("template"),
            pre: is("pre") || is("listing"),
            block,
            break_after: style.break_after,
            look,
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

    fn end(&mut self, name: Name, span: Span) {
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

    fn push(&mut self, open: Open) {
        *self.open_counts.entry(open.name).or_insert(0) += 1;
        self.hidden += u32::from(open.hides);
        self.pre += u32::from(open.pre);
        self.look(open.look, true);
        self.stack.push(open);
    }

    /// Pop elements down to and including index `to`, with their closing effects.
    fn pop_to(&mut self, to: usize, span: Span) {
        while self.stack.len() > to {
            let Some(open) = self.stack.pop() else {
                break;
            };
            if let Some(n) = self.open_counts.get_mut(&open.name) {
                *n = n.saturating_sub(1);
            }
            if open.block {
                self.boundary(span);
            }
            self.hidden -= u32::from(open.hides);
            self.pre -= u32::from(open.pre);
            self.look(open.look, false);
            if open.break_after {
                self.page_break(span.end);
            }
        }
    }

    /// An element with `look` opens (`on`) or closes.
    fn look(&mut self, look: Look, on: bool) {
        let count = |n: &mut u32, set: bool| {
            if set {
                *n = if on { *n + 1 } else { n.saturating_sub(1) };
            }
        };
        count(&mut self.bold, look.bold);
        count(&mut self.centered, look.centered);
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
    fn scope_base(&self) -> usize {
        match self.tables.last() {
            Some(t) if t.caption_buf.is_some() => t.caption_base,
            Some(t) => t.cell.as_ref().map_or(t.stack_base, |c| c.stack_base),
            None => 0,
        }
    }

    /// Close the nearest open `name` within reach, if any.
    fn close_named(&mut self, name: Name, at: usize, reach: usize) -> bool {
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
    fn auto_close(&mut self, name: Name, stops: &[&str], at: Span) {
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
            if open.name.is_any(stops) {
                return;
            }
        }
    }

    // ---- tables ----

    fn open_table(&mut self, style: Style, span: Span) {
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

    fn close_table(&mut self, span: Span) {
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

    fn open_caption(&mut self, span: Span) {
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

    fn close_caption(&mut self, at: usize) {
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

    fn row_group(&mut self, head: bool, span: Span) {
        if self.tables.is_empty() {
            return;
        }
        self.close_caption(span.start);
        self.close_row(span.start);
        if let Some(t) = self.tables.last_mut() {
            t.in_head_group = head;
        }
    }

    fn open_row(&mut self, style: Style, span: Span) {
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

    fn close_row(&mut self, at: usize) {
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

    fn open_cell(&mut self, th: bool, attrs: &str, style: Style, span: Span) {
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
                colspan: span_attr(attr(attrs, "colspan"), 1000),
                rowspan: span_attr(attr(attrs, "rowspan"), 65534),
                th,
                hides: style.hidden,
                stack_base,
            });
        }
    }

    fn close_cell(&mut self, at: usize) {
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

    // ---- end ----

    fn finish(mut self) -> (Body, Vec<Diagnostic>) {
        let end = self.src.len();
        if let Some(t) = self.tables.first() {
            let at = Span::new(t.start, t.start);
            self.diag(
                Severity::Warning,
                "unclosed-table",
                "table has no `</table>` before the end of the body",
                at,
            );
        }
        while !self.tables.is_empty() {
            self.close_table(Span::empty(end));
        }
        self.pop_to(0, Span::empty(end));
        self.flush_flow();
        self.diagnostics.extend(self.budget.diagnostic(end));
        self.page.span.end = end;
        if self.page.blocks.is_empty() {
            // A break at the very end makes no page of its own.
            match self.pages.last_mut() {
                Some(last) => last.span.end = end,
                None => super::push_page(&mut self.pages, self.page),
            }
        } else {
            super::push_page(&mut self.pages, self.page);
        }
        for (code, n) in self.repeats {
            if n > MAX_REPEATS {
                self.diagnostics.push(Diagnostic::info(
                    "repeated-diagnostic",
                    format!("{} more `{code}` diagnostics not shown", n - MAX_REPEATS),
                    Span::empty(end),
                ));
            }
        }
        (Body { pages: self.pages }, self.diagnostics)
    }
}

/// A check box drawn as an image, read from what the image is called: its `alt`
/// text when that is a box glyph, else its file name (`ballot.jpg` / `ballotx.jpg`,
/// `checkbox_checked.gif`, `box-empty.png`): `☒` or `☐`, or `None` for other images.
fn box_image(attrs: &str) -> Option<&'static str> {
    if let Some(alt) = attr(attrs, "alt") {
        match alt.trim() {
            "☒" | "☑" | "[X]" | "[x]" | "X" | "x" => return Some("☒"),
            "☐" | "[ ]" | "[]" => return Some("☐"),
            _ => {}
        }
    }
    let src = attr(attrs, "src")?;
    let file = src.rsplit(['/', '\\']).next().unwrap_or(src);
    let stem = file.split('.').next().unwrap_or(file).to_ascii_lowercase();
    let word = [
        "ballot",
        "checkbox",
        "check_box",
        "check-box",
        "tickbox",
        "box",
    ]
    .iter()
    .find_map(|w| stem.find(w).map(|at| (at, w.len())))?;
    let (before, after) = (&stem[..word.0], &stem[word.0 + word.1..]);
    let after = after.trim_matches(|c: char| c == '_' || c == '-');
    // Only a name that is about the box: `ballot`, `ballotx`, `box_checked`, `unchecked_box`.
    let marked = |t: &str| {
        matches!(
            t,
            "x" | "checked" | "check" | "tick" | "ticked" | "marked" | "on" | "yes" | "filled"
        )
    };
    let empty = |t: &str| {
        matches!(
            t,
            "" | "empty" | "unchecked" | "blank" | "off" | "no" | "open"
        )
    };
    let before = before.trim_matches(|c: char| c == '_' || c == '-');
    if marked(after) || (after.is_empty() && marked(before)) {
        Some("☒")
    } else if empty(after) && empty(before) {
        Some("☐")
    } else {
        None
    }
}
