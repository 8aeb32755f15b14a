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
//!
//! The builder's work is split by concern: `elements` (what a tag means: block,
//! void, raw, hidden, a style attribute, a check-box image), `stack` (the stack of
//! open elements: start and end tags, implied ends), `flow` (text into blocks and
//! pages) and `table_tags` (tables, rows, cells and captions).

mod elements;
mod flow;
mod stack;
mod table_tags;

use super::html_tables::TableState;
use super::html_text::TextBuf;
use super::html_tokenizer::{Name, NameMap, Token, Tokenizer};
use super::{BlockBudget, Body, ListKind, Page};
use crate::diagnostic::{Diagnostic, Severity};
use crate::span::Span;
use elements::StyleCache;
use flow::FlowLook;
use stack::Open;

/// Diagnostics of one code reported before the rest are only counted.
const MAX_REPEATS: u32 = 10;

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
    body.visit_maps(&mut |m| m.shift(by));
}

pub(super) struct Builder<'a> {
    src: &'a str,
    pages: Vec<Page>,
    page: Page,
    flow: TextBuf,
    stack: Vec<Open>,
    open_counts: NameMap<u32>,
    /// Open `<head>` elements (their count in `open_counts`, asked for every token).
    heads: u32,
    hidden: u32,
    pre: u32,
    pre_skip_newline: bool,
    tables: Vec<TableState>,
    /// A page break seen inside a table, taken when the table ends.
    break_after_table: bool,
    /// Open bold and centred elements, `<hN>` per level, `<li>`s.
    bold: u32,
    centered: u32,
    italic: u32,
    /// Space (a margin, an empty paragraph) since the last text block: the next one
    /// is `blank_before`.
    gap: bool,
    /// Font sizes (points) of the open elements that set one, innermost last.
    sizes: Vec<u8>,
    headings: [u32; 6],
    items: u32,
    /// Kinds of the open `<ul>`/`<ol>`, innermost last.
    lists: Vec<ListKind>,
    /// The look of the text gathered in `flow` so far.
    flow_look: FlowLook,
    /// Font faces set by the open elements, innermost last.
    faces: Vec<super::symbols::Face>,
    diagnostics: Vec<Diagnostic>,
    repeats: Vec<(&'static str, u32)>,
    styles: StyleCache<'a>,
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
            open_counts: NameMap::default(),
            heads: 0,
            hidden: 0,
            pre: 0,
            pre_skip_newline: false,
            tables: Vec::new(),
            break_after_table: false,
            bold: 0,
            centered: 0,
            italic: 0,
            gap: false,
            sizes: Vec::new(),
            headings: [0; 6],
            items: 0,
            lists: Vec::new(),
            flow_look: FlowLook::default(),
            faces: Vec::new(),
            diagnostics: Vec::new(),
            repeats: Vec::new(),
            styles: StyleCache::default(),
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

    fn token(&mut self, token: Token<'a>) {
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
