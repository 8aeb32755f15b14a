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
mod file_name;
pub mod filing;
mod format;
pub mod markdown;
pub mod numbers;
pub mod report;
pub mod span;
pub mod tables;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

/// The examples of `docs/markdown.md`, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../docs/markdown.md")]
pub struct MarkdownDocs;

pub use body::{Block, Body, Cell, Page, Row, Table, TextBlock};
pub use decode::Encoding;
pub use diagnostic::{Diagnostic, Severity};
pub use envelope::{Attachment, Document, DocumentFormat, Header, InputKind, Party, Wrapper};
pub use file_name::safe_file_name;
pub use filing::Filing;
pub use markdown::{markdown, text, Markdown, MarkdownSpan};
pub use numbers::{Number, Unit};
pub use report::{Exhibit, Period, Registrant, Report, Signature};
pub use span::{Field, Span, VisitSpans};
pub use tables::{table_facts, Fact};

/// README.md's Rust examples, compiled by `cargo test --doc` so that they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What [`parse_with`] includes in its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Include each document's pages and blocks. Off keeps the output small for
    /// bulk work; the report is read either way.
    pub blocks: bool,
    /// Inputs longer than this many bytes are refused: the [`Filing`] holds only an
    /// `input-too-large` error. Keeps a browser tab from running out of memory; see
    /// `docs/robustness.md` for the memory measured per input byte.
    pub max_input: usize,
    /// Which documents are read into pages and blocks; see [`Bodies`].
    pub bodies: Bodies,
}

/// Which documents' bodies [`parse_with`] builds into pages and blocks.
///
/// Building blocks is most of the work on a large submission (every HTML exhibit goes
/// through the tokenizer), and the report reads only one document. [`Bodies::Primary`]
/// builds that one alone: the header, every document's envelope fields, attachments
/// and envelope diagnostics are the same as with [`Bodies::All`]; what is missing is
/// the other documents' `body` (`None`) and the body-layer diagnostics about their
/// blocks (`unclosed-table`, `unclosed-tag`, `blocks-truncated`, ...).
///
/// ```
/// use form6k::{Bodies, Options};
/// let input = b"<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<TEXT>\nFORM 6-K\nFor the month of April 2003\n</TEXT>\n</DOCUMENT>\n\
///               <DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<TEXT>\nPress release\n</TEXT>\n</DOCUMENT>\n";
/// let options = Options { bodies: Bodies::Primary, ..Default::default() };
/// let filing = form6k::parse_with(input, &options);
/// assert!(filing.documents[0].body.is_some());
/// assert!(filing.documents[1].body.is_none());
/// assert!(filing.report.as_ref().is_some_and(|r| r.period_of_report.is_some()));
/// assert_eq!(filing.report, form6k::parse(input).report);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Bodies {
    /// Every document with a text or HTML body (the default).
    #[default]
    All,
    /// Only the document the report is read from: the first of type `6-K` or `6-K/A`,
    /// else the first with a text or HTML body.
    Primary,
}

/// The default [`Options::max_input`]: 64 MiB.
pub const DEFAULT_MAX_INPUT: usize = 64 << 20;

impl Default for Options {
    fn default() -> Options {
        Options {
            blocks: true,
            max_input: DEFAULT_MAX_INPUT,
            bodies: Bodies::All,
        }
    }
}

/// Parse any EDGAR input. Never panics and never fails on content.
pub fn parse(input: &[u8]) -> Filing {
    parse_with(input, &Options::default())
}

/// [`parse`] with options.
pub fn parse_with(input: &[u8], options: &Options) -> Filing {
    if input.len() > options.max_input {
        return refused(input.len(), options.max_input);
    }
    let decoded = decode::decode(input);
    // A byte-order mark is encoding, not content: the envelope starts after it.
    let bom = if decoded.text.starts_with('\u{FEFF}') {
        '\u{FEFF}'.len_utf8()
    } else {
        0
    };
    let mut filing = parse_text(
        decoded.text.get(bom..).unwrap_or(""),
        decoded.encoding,
        options,
        true,
    );
    if bom > 0 {
        filing.visit_spans(&mut |s| {
            s.start += bom;
            s.end += bom;
        });
        filing.visit_maps(&mut |m| m.shift(bom));
        filing.diagnostics.push(Diagnostic::info(
            "byte-order-mark",
            format!(
                "input starts with a {} byte-order mark",
                decoded.encoding.label()
            ),
            Span::new(0, bom),
        ));
    }
    check_binary(input, &decoded, &mut filing.diagnostics);
    if !decoded.map.is_identity() {
        let map = &decoded.map;
        filing.visit_spans(&mut |s| {
            s.start = map.to_input(s.start);
            s.end = map.to_input(s.end);
        });
        filing.visit_maps(&mut |m| map.remap_decoded(m, &decoded.text));
    }
    // Input offsets already: pushed after the text-to-input mapping.
    for &at in &decoded.invalid_utf8 {
        filing.diagnostics.push(Diagnostic::warning(
            "invalid-utf8",
            "byte is not valid UTF-8; read as Windows-1252",
            Span::new(at, at + 1),
        ));
    }
    filing
}

/// The filing for an input over [`Options::max_input`]: nothing read, one error.
fn refused(len: usize, max: usize) -> Filing {
    Filing {
        kind: InputKind::Document,
        encoding: Encoding::Utf8,
        wrapper: Wrapper::default(),
        header: None,
        documents: Vec::new(),
        report: None,
        diagnostics: vec![Diagnostic::error(
            "input-too-large",
            format!("input is {len} bytes, over the limit of {max} bytes; not read"),
            Span::new(0, len),
        )],
    }
}

/// File signatures of binary formats someone may hand the parser by mistake.
const BINARY_MAGIC: [(&[u8], &str); 7] = [
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office Open XML file)"),
    (b"%PDF-", "a PDF file"),
    (b"GIF8", "a GIF image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"\xD0\xCF\x11\xE0", "an OLE file (legacy Office)"),
    (b"\x1F\x8B", "a gzip file"),
];

/// Say when the input is binary, or holds NUL bytes in text (`decoded.text` offsets).
fn check_binary(input: &[u8], decoded: &decode::Decoded, diagnostics: &mut Vec<Diagnostic>) {
    if let Some((_, what)) = BINARY_MAGIC.iter().find(|(m, _)| input.starts_with(m)) {
        // Says more than the envelope's `not-a-filing`, which it replaces.
        diagnostics.retain(|d| d.code != "not-a-filing");
        diagnostics.push(Diagnostic::error(
            "binary-input",
            format!("input is {what}, not EDGAR text; read as text anyway"),
            Span::new(0, decoded.text.len()),
        ));
        return;
    }
    let bytes = decoded.text.as_bytes();
    let Some(first) = memchr::memchr(0, bytes) else {
        return;
    };
    let count = memchr::memchr_iter(0, bytes).count();
    let run = bytes
        .get(first..)
        .map_or(0, |r| r.iter().take_while(|&&b| b == 0).count());
    diagnostics.push(Diagnostic::warning(
        "nul-byte",
        format!("{count} NUL byte(s) in the text, the first run here; kept as characters"),
        Span::new(first, first + run),
    ));
}
/// Parse text that is already decoded; spans are byte offsets into `text`.
pub fn parse_str(text: &str, options: &Options) -> Filing {
    if text.len() > options.max_input {
        return refused(text.len(), options.max_input);
    }
    parse_text(text, Encoding::Utf8, options, true)
}

/// [`parse_str`] without the report (`report` is `None`): the documents and their bodies
/// only, for the wasm views module, which reads bodies and so need not carry the report
/// reader's code.
#[cfg(all(target_arch = "wasm32", feature = "wasm-views"))]
pub(crate) fn parse_bodies(text: &str) -> Filing {
    if text.len() > DEFAULT_MAX_INPUT {
        return refused(text.len(), DEFAULT_MAX_INPUT);
    }
    parse_text(text, Encoding::Utf8, &Options::default(), false)
}

fn parse_text(text: &str, encoding: Encoding, options: &Options, with_report: bool) -> Filing {
    // PEM armour: read the message with its dash-stuffing undone, spans put back.
    if let Some((unstuffed, map)) = envelope::unstuff_pem(text) {
        let mut filing = parse_message(&unstuffed, encoding, options, with_report);
        filing.visit_spans(&mut |s| {
            s.start = map.to_input(s.start);
            s.end = map.to_input(s.end);
        });
        filing.visit_maps(&mut |m| map.remap_gapped(m));
        return filing;
    }
    parse_message(text, encoding, options, with_report)
}

fn parse_message(text: &str, encoding: Encoding, options: &Options, with_report: bool) -> Filing {
    let envelope::Envelope {
        kind,
        wrapper,
        header,
        mut documents,
        mut diagnostics,
    } = envelope::parse_envelope(text);
    // With `Bodies::Primary`, the document the report reads: a 6-K typed one, else
    // bodies are built in order until one has a body (as `report::read_report` picks).
    let typed_6k = match options.bodies {
        Bodies::All => None,
        Bodies::Primary => documents.iter().position(|d| {
            d.doc_type
                .as_ref()
                .is_some_and(|t| report::is_6k_type(&t.value))
        }),
    };
    for (i, doc) in documents.iter_mut().enumerate() {
        if typed_6k.is_some_and(|p| p != i) {
            continue;
        }
        let body_text = doc.body_span.slice(text);
        doc.body = body::parse_body(
            body_text,
            doc.body_span.start,
            &doc.format,
            &mut diagnostics,
        );
        if options.bodies == Bodies::Primary && typed_6k.is_none() && doc.body.is_some() {
            break;
        }
    }
    // The report's items read the head of each exhibit document (its headline and first
    // paragraphs). With `Bodies::Primary` those bodies are built from the document's first
    // `report::items::ITEM_HEAD` bytes only, with their own diagnostics set aside, and dropped again.
    let mut heads = Vec::new();
    if options.bodies == Bodies::Primary {
        for (i, doc) in documents.iter_mut().enumerate() {
            let exhibit = doc.doc_type.as_ref().is_some_and(|t| {
                t.value
                    .trim()
                    .get(..3)
                    .is_some_and(|p| p.eq_ignore_ascii_case("ex-"))
            });
            if doc.body.is_some() || !exhibit {
                continue;
            }
            // As many as the report reads as items (`MAX_DOCUMENT_ITEMS`); binary
            // exhibits have no body and are not counted there either.
            if !matches!(
                doc.format,
                DocumentFormat::Text | DocumentFormat::Html | DocumentFormat::InlineXbrl
            ) {
                continue;
            }
            if heads.len() == report::items::MAX_DOCUMENT_ITEMS + 1 {
                break;
            }
            let body_text = doc.body_span.slice(text);
            let end = report::items::head_end(body_text);
            let mut scratch = Vec::new();
            doc.body = body::parse_body(
                &body_text[..end],
                doc.body_span.start,
                &doc.format,
                &mut scratch,
            );
            heads.push(i);
        }
    }
    let report = match with_report {
        true => report::read_report(text, header.as_ref(), &documents, &mut diagnostics),
        false => None,
    };
    for i in heads {
        if let Some(doc) = documents.get_mut(i) {
            doc.body = None;
        }
    }
    // The figures in the tables, for the blocks output and the views above it (the
    // report reads none of them, so `--no-blocks` skips this).
    for doc in &mut documents {
        match &mut doc.body {
            Some(body) if options.blocks => numbers::annotate(body),
            _ => doc.body = None,
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

// The cover row of `form6k covers` and the Python package's `covers`. Native only, and
// declared last: the wasm build is then byte for byte what it was without it (a caller of
// `Topic::as_str` more changed LLVM's inlining there, and lines above this shift the panic
// locations the wasm carries).
#[cfg(not(target_arch = "wasm32"))]
pub mod covers;
#[cfg(not(target_arch = "wasm32"))]
pub use covers::CoverRow;
