//! Document bodies, plain text and HTML, reduced to one model: pages of blocks.
//!
//! ```text
//! <PAGE>
//!                          Form 20-F   X   Form 40-F
//!                                     ---            ---
//! <TABLE>
//! <CAPTION>
//! Exhibit No.    Description
//!    <S>         <C>
//!    99.1:       the Company's annual report ...
//! </TABLE>
//! ```
//! ```text
//! <p>Form 20-F&nbsp;&#9746;&nbsp;&nbsp;Form 40-F&nbsp;&#9744;</p>
//! <table><tr><td colspan="2">Exhibit</td></tr>...</table>
//! ```
//!
//! A block's `text` is what a reader sees. For HTML: entities decoded, runs of
//! white space collapsed to one space, `<br>` as `\n`. For plain text: one block
//! per non-blank line, tabs expanded to stops of 8, inner spacing kept so that
//! `column` plus a character's index gives its visual column (the seed's check
//! marks sit on a blank after a label, with a `---` row beneath). In both,
//! non-breaking spaces become spaces and U+2011 a plain hyphen. A block's span
//! covers its source; its [`TextMap`] gives the span of any part of its text.

pub mod entities;
mod entity_table;
mod figure;
pub mod html;
mod html_tables;
mod html_text;
mod html_tokenizer;
pub mod symbols;
pub mod text;

use crate::diagnostic::Diagnostic;
use crate::format::DocumentFormat;
use crate::span::{Span, TextMap};
use serde::Serialize;

pub(crate) use figure::serialize_value;
pub use figure::{Number, Unit};

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Body {
    pub pages: Vec<Page>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// 1-based.
    pub number: u32,
    pub span: Span,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Block {
    Text(TextBlock),
    /// Boxed: a table is larger than a line of text, and most blocks are text.
    Table(Box<Table>),
}

/// A line (plain text) or paragraph (HTML) of text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextBlock {
    pub text: String,
    pub span: Span,
    /// Plain text only: the visual column (tabs expanded) of the first character.
    pub column: Option<u32>,
    /// Normalized text offsets to source offsets.
    #[serde(skip)]
    pub map: TextMap,
    /// How the block was set (heading, bold, centred, list item), for
    /// [`crate::markdown`] and the page's reading view; left out of the JSON when
    /// plain, and each of its fields when unset.
    #[serde(skip_serializing_if = "BlockStyle::is_plain")]
    pub style: BlockStyle,
}

/// Typographic hints of a text block: what makes a line read as a heading or a
/// list item. HTML: from the elements around the text; plain text: the blank lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BlockStyle {
    /// 1-6 inside `<h1>`..`<h6>`, else 0.
    #[serde(skip_serializing_if = "is_zero")]
    pub heading: u8,
    /// Every letter or digit of the block is inside `<b>`, `<strong>` or bold CSS.
    #[serde(skip_serializing_if = "is_false")]
    pub bold: bool,
    /// Inside `align=center`, `text-align:center` or `<center>`.
    #[serde(skip_serializing_if = "is_false")]
    pub centered: bool,
    /// Inside `<li>`: its list.
    #[serde(skip_serializing_if = "ListKind::is_none")]
    pub list: ListKind,
    /// Plain text: a blank line (or a table, or the page start) comes before the line.
    /// HTML: space comes before the block: a margin or padding above it or below the
    /// block before (a `<p>`'s by default), or an empty paragraph or `<br>` line.
    #[serde(skip_serializing_if = "is_false")]
    pub blank_before: bool,
    /// HTML: the font size of the block's letters in points, rounded (`font-size`, or
    /// `<font size=N>` at the browser's sizes); 0 when the markup does not say.
    #[serde(skip_serializing_if = "is_zero")]
    pub size: u8,
    /// HTML: every letter or digit of the block is inside `<i>`, `<em>` or italic CSS.
    #[serde(skip_serializing_if = "is_false")]
    pub italic: bool,
}

impl BlockStyle {
    /// No style at all: the block is a plain paragraph or line.
    pub fn is_plain(&self) -> bool {
        *self == BlockStyle::default()
    }
}

fn is_zero(v: &u8) -> bool {
    *v == 0
}

fn is_false(v: &bool) -> bool {
    !*v
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ListKind {
    #[default]
    None,
    /// `<ul>` (or an `<li>` outside any list).
    Bullet,
    /// `<ol>`.
    Ordered,
}

impl ListKind {
    fn is_none(&self) -> bool {
        *self == ListKind::None
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Table {
    pub span: Span,
    /// Plain text `<CAPTION>` or HTML `<caption>` text, if any.
    pub caption: Option<TextBlock>,
    pub rows: Vec<Row>,
    /// Number of grid columns (after colspans).
    pub columns: u32,
    /// The scale and currency stated for the table's figures, if any (see
    /// [`crate::numbers`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<Unit>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    pub span: Span,
    /// A header row (`<th>` cells, or caption lines above `<S>` in plain text).
    pub header: bool,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub text: String,
    pub span: Span,
    /// 0-based grid column where the cell starts (rowspans from rows above are skipped).
    pub column: u32,
    pub colspan: u32,
    pub rowspan: u32,
    /// The number the cell holds, if any (see [`crate::numbers`]). Boxed: most
    /// cells hold none, and a cell is one of the most numerous things built.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<Box<Number>>,
    #[serde(skip)]
    pub map: TextMap,
}

impl Body {
    /// Every text map of the body (blocks, captions, cells), for moving them with the
    /// spans when offsets change.
    pub fn visit_maps(&mut self, f: &mut dyn FnMut(&mut TextMap)) {
        for block in self.pages.iter_mut().flat_map(|p| p.blocks.iter_mut()) {
            match block {
                Block::Text(t) => f(&mut t.map),
                Block::Table(t) => {
                    if let Some(c) = &mut t.caption {
                        f(&mut c.map);
                    }
                    for cell in t.rows.iter_mut().flat_map(|r| r.cells.iter_mut()) {
                        f(&mut cell.map);
                    }
                }
            }
        }
    }
}

impl TextBlock {
    /// The source span of `text[start..end]`.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        self.map.span(start, end)
    }
}

impl Cell {
    /// The source span of `text[start..end]`.
    pub fn span_of(&self, start: usize, end: usize) -> Span {
        self.map.span(start, end)
    }
}

crate::visit_spans!(Body { pages });
crate::visit_spans!(Page { span, blocks });
crate::visit_spans!(TextBlock { span });
crate::visit_spans!(Table {
    span,
    caption,
    rows,
    unit
});
crate::visit_spans!(Row { span, cells });
crate::visit_spans!(Cell { span, number });

impl crate::span::VisitSpans for Block {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        match self {
            Block::Text(t) => t.visit_spans(f),
            Block::Table(t) => t.visit_spans(f),
        }
    }
}

/// Parse a document body. `body` is the body's text, `offset` its position in the
/// decoded input; all spans returned are absolute. Formats without a readable body
/// (PDF, uuencoded, XML) give `None`. Cells' numbers and tables' units are left
/// empty: [`crate::numbers::annotate`] (which [`crate::parse`] calls) reads them.
pub fn parse_body(
    body: &str,
    offset: usize,
    format: &DocumentFormat,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Body> {
    match format {
        DocumentFormat::Text => Some(text::parse(body, offset, diagnostics)),
        DocumentFormat::Html | DocumentFormat::InlineXbrl => {
            Some(html::parse(body, offset, diagnostics))
        }
        _ => None,
    }
}

/// Add a finished page, its block list trimmed to what it holds (a long document's
/// pages would otherwise keep up to twice the block slots they use).
pub(crate) fn push_page(pages: &mut Vec<Page>, mut page: Page) {
    page.blocks.shrink_to_fit();
    pages.push(page);
}

/// Bytes of block structure (block, text, map, rows and cells) the body layer may
/// build per byte of body. Real filings use well under this; dense input (a letter
/// per line, a tag per paragraph) would use a hundred times more. Once the budget is
/// spent (the block that spends it is kept whole, so one huge table survives), later
/// blocks are dropped with one `blocks-truncated` warning, so that memory stays
/// proportional to the input whatever its shape.
pub const BLOCK_BUDGET_PER_BYTE: usize = 16;
/// The budget of any body, however small: bodies under about a megabyte are never cut.
const BLOCK_BUDGET_FLOOR: usize = 16 << 20;

/// What is left of a body's [`BLOCK_BUDGET_PER_BYTE`] budget.
#[derive(Debug)]
pub(crate) struct BlockBudget {
    left: usize,
    /// Where the first dropped block began (relative to what the parser counts from).
    cut: Option<usize>,
}

impl BlockBudget {
    pub fn new(body_len: usize) -> BlockBudget {
        BlockBudget {
            left: body_len
                .saturating_mul(BLOCK_BUDGET_PER_BYTE)
                .saturating_add(BLOCK_BUDGET_FLOOR),
            cut: None,
        }
    }

    /// Whether `block` is kept: every block is until the budget is spent.
    pub fn admit(&mut self, block: &Block) -> bool {
        if self.cut.is_some() {
            return false;
        }
        if self.left > 0 {
            self.left = self.left.saturating_sub(block_bytes(block));
            return true;
        }
        self.cut = Some(match block {
            Block::Text(t) => t.span.start,
            Block::Table(t) => t.span.start,
        });
        false
    }

    /// The `blocks-truncated` warning, spanning from the first dropped block to `end`.
    pub fn diagnostic(&self, end: usize) -> Option<Diagnostic> {
        self.cut.map(|at| {
            Diagnostic::warning(
                "blocks-truncated",
                format!(
                    "the body's blocks would take more than {BLOCK_BUDGET_PER_BYTE} bytes of \
                     structure per input byte; blocks from here on are left out"
                ),
                Span::new(at, end.max(at)),
            )
        })
    }
}

fn text_bytes(text: &str, map: &TextMap) -> usize {
    text.len() + map.heap_bytes()
}

/// Heap and inline bytes a block holds.
fn block_bytes(block: &Block) -> usize {
    let own = std::mem::size_of::<Block>();
    match block {
        Block::Text(t) => own + text_bytes(&t.text, &t.map),
        Block::Table(t) => {
            let caption = t
                .caption
                .as_ref()
                .map_or(0, |c| text_bytes(&c.text, &c.map));
            let rows = t.rows.iter().map(|r| {
                std::mem::size_of::<Row>()
                    + r.cells
                        .iter()
                        .map(|c| std::mem::size_of::<Cell>() + text_bytes(&c.text, &c.map))
                        .sum::<usize>()
            });
            own + caption + rows.sum::<usize>()
        }
    }
}

/// Characters that read as a plain space or hyphen for matching.
pub fn plain_char(c: char) -> char {
    match c {
        '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{2002}' | '\u{2003}' | '\u{2009}'
        | '\u{200A}' => ' ',
        '\u{2010}' | '\u{2011}' => '-',
        _ => c,
    }
}
