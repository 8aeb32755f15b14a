//! form6k: a parser for SEC EDGAR Form 6-K filings.
//!
//! [`parse`] takes the bytes of a whole EDGAR submission (label style with
//! `<SEC-HEADER>`, the dissemination `.nc` tag style, 1990s PEM-wrapped files), a
//! header alone, a lone `<DOCUMENT>` block, or a bare plain-text or HTML
//! document, and always returns a [`Filing`]: the header, every document (bodies as
//! pages of blocks, uuencoded attachments decoded), the 6-K report when the filing
//! is one, and diagnostics for whatever could not be read. Every value carries the
//! [`Span`] of the input bytes it came from.
//!
//! ```
//! let filing = form6k::parse(b"<PAGE>\n        FORM 6-K\n  For the month of April 2003\n");
//! assert_eq!(filing.kind, form6k::InputKind::Document);
//! ```

pub mod body;
pub mod decode;
pub mod diagnostic;
pub mod envelope;
pub mod report;
pub mod span;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use body::{Block, Body, Cell, Page, Row, Table, TextBlock};
pub use decode::Encoding;
pub use diagnostic::{Diagnostic, Severity};
pub use envelope::{Attachment, Document, DocumentFormat, Header, InputKind, Party, Wrapper};
pub use report::{Exhibit, Period, Registrant, Report, Signature};
pub use span::{Field, Span, VisitSpans};

use serde::Serialize;

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What [`parse_with`] includes in its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Include each document's pages and blocks. Off keeps the output small for
    /// bulk work; the report is read either way.
    pub blocks: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { blocks: true }
    }
}

/// Everything read from one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Filing {
    pub kind: InputKind,
    /// How the bytes were decoded; spans are byte offsets into the input as given.
    pub encoding: Encoding,
    pub wrapper: Wrapper,
    pub header: Option<Header>,
    pub documents: Vec<Document>,
    pub report: Option<Report>,
    pub diagnostics: Vec<Diagnostic>,
}

crate::visit_spans!(Filing {
    wrapper,
    header,
    documents,
    report,
    diagnostics
});
crate::visit_spans!(Diagnostic { span });

impl Filing {
    /// The document with this `<SEQUENCE>`.
    pub fn document(&self, sequence: &str) -> Option<&Document> {
        self.documents
            .iter()
            .find(|d| d.sequence.as_ref().is_some_and(|s| s.value == sequence))
    }
}

/// Parse any EDGAR input. Never panics and never fails on content.
pub fn parse(input: &[u8]) -> Filing {
    parse_with(input, &Options::default())
}

/// [`parse`] with options.
pub fn parse_with(input: &[u8], options: &Options) -> Filing {
    let decoded = decode::decode(input);
    let mut filing = parse_text(&decoded.text, decoded.encoding, options);
    if !decoded.map.is_identity() {
        let map = &decoded.map;
        filing.visit_spans(&mut |s| {
            s.start = map.to_input(s.start);
            s.end = map.to_input(s.end);
        });
    }
    // These spans are input offsets already: add them after the remap.
    for &at in &decoded.invalid_utf8 {
        filing.diagnostics.push(Diagnostic::warning(
            "invalid-utf8",
            "byte is not valid UTF-8; read as Windows-1252",
            Span::new(at, at + 1),
        ));
    }
    filing
}

/// Parse text that is already decoded; spans are byte offsets into `text`.
pub fn parse_str(text: &str, options: &Options) -> Filing {
    parse_text(text, Encoding::Utf8, options)
}

fn parse_text(text: &str, encoding: Encoding, options: &Options) -> Filing {
    let envelope::Envelope {
        kind,
        wrapper,
        header,
        mut documents,
        mut diagnostics,
    } = envelope::parse_envelope(text);
    for doc in &mut documents {
        let body_text = doc.body_span.slice(text);
        doc.body = body::parse_body(
            body_text,
            doc.body_span.start,
            &doc.format,
            &mut diagnostics,
        );
    }
    let report = report::read_report(text, header.as_ref(), &documents, &mut diagnostics);
    if !options.blocks {
        for doc in &mut documents {
            doc.body = None;
        }
    }
    Filing {
        kind,
        encoding,
        wrapper,
        header,
        documents,
        report,
        diagnostics,
    }
}
