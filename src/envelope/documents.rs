//! Splitting a submission into its `<DOCUMENT>` blocks.
//!
//! ```text
//! <DOCUMENT>
//! <TYPE>EX-99.1
//! <SEQUENCE>2
//! <FILENAME>d6kex991.htm
//! <DESCRIPTION>PRESS RELEASE
//! <TEXT>
//! <XBRL>            (optional wrapper: <PDF>, <XBRL> or <XML>)
//! ...
//! </XBRL>
//! </TEXT>
//! </DOCUMENT>
//! ```
//!
//! `<DOCUMENT>` counts only at the start of a line. A document runs to the next
//! `<DOCUMENT>` line (or the end of the region); the last `</DOCUMENT>` before that
//! closes it, and the last `</TEXT>` before that ends its body, so a body that quotes
//! the closing tags keeps them. A document without `</DOCUMENT>` ends where the next
//! `<DOCUMENT>` begins, or at the end of the region; one without `</TEXT>` has its
//! body end at its `</DOCUMENT>`; the caller learns which closing tags were missing.

use super::scan::{is_blank, line_end, skip_eol, skip_ws, starts_at, trim, NextFinder};
use super::tokens::{tokenize, Token};
use super::{uuencode, Document, DocumentFormat};
use crate::diagnostic::Diagnostic;
use crate::span::{Field, Span};
use memchr::memmem;

/// A document that runs to the end of the region without its closing tags.
pub struct Unclosed {
    /// The `<DOCUMENT>` tag.
    pub open: Span,
    pub missing: Vec<&'static str>,
}

/// The documents in `start..end` and, when the last one is not closed, what it lacks
/// (innermost first).
pub fn read_documents(
    text: &str,
    start: usize,
    end: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Vec<Document>, Option<Unclosed>) {
    let bytes = text.as_bytes();
    let mut doc_open = NextFinder::new(b"<DOCUMENT>", true);
    let mut text_open = NextFinder::new(b"<TEXT>", false);
    // Closing tags are searched backwards from where the document must end (the next
    // `<DOCUMENT>` line, or the region's end): in a well-formed submission they are the
    // last bytes before it, so a body is scanned once (for that `<DOCUMENT>`), not twice.
    // The last `</DOCUMENT>` and the last `</TEXT>` before it close the document.
    let text_close = memmem::FinderRev::new(b"</TEXT>");
    let doc_close = memmem::FinderRev::new(b"</DOCUMENT>");
    let last = |f: &memmem::FinderRev, from: usize, to: usize| {
        bytes
            .get(from..to)
            .and_then(|s| f.rfind(s))
            .map(|i| from + i)
    };
    let mut docs = Vec::new();
    let mut unclosed = None;
    let mut pos = start;
    while let Some(ds) = doc_open.next(bytes, pos, end) {
        let meta_start = ds + b"<DOCUMENT>".len();
        let next_doc = doc_open.next(bytes, meta_start, end);
        let limit = next_doc.unwrap_or(end);
        let open = Span::new(ds, meta_start);
        let mut missing = Vec::new();
        let text_tag = text_open.next(bytes, meta_start, limit);
        let body_start =
            text_tag.map_or(meta_start, |t| skip_eol(bytes, t + b"<TEXT>".len(), limit));
        let close = last(&doc_close, body_start, limit);
        let (meta_end, body, after_text) = match text_tag {
            Some(t) => match last(&text_close, body_start, close.unwrap_or(limit)) {
                Some(c) => (t, Span::new(body_start, c), c + b"</TEXT>".len()),
                None => {
                    missing.push("</TEXT>");
                    let body_end = close.unwrap_or(limit);
                    (t, Span::new(body_start, body_end), body_end)
                }
            },
            None => {
                let me = close.unwrap_or(limit);
                if me < limit {
                    diagnostics.push(Diagnostic::warning(
                        "missing-text",
                        "document has no `<TEXT>` body",
                        open,
                    ));
                }
                (me, Span::empty(me), me)
            }
        };
        let doc_end = match close {
            Some(c) => {
                let (gs, ge) = trim(bytes, after_text, c);
                if gs < ge {
                    diagnostics.push(Diagnostic::warning(
                        "text-outside-document",
                        "text between `</TEXT>` and `</DOCUMENT>`",
                        Span::new(gs, ge),
                    ));
                }
                c + b"</DOCUMENT>".len()
            }
            None => {
                missing.push("</DOCUMENT>");
                limit
            }
        };
        if !missing.is_empty() {
            if next_doc.is_some() {
                diagnostics.push(Diagnostic::error(
                    "missing-closing-tag",
                    format!(
                        "document is not closed ({}) before the next `<DOCUMENT>`",
                        missing.join(", ")
                    ),
                    open,
                ));
            } else {
                unclosed = Some(Unclosed { open, missing });
            }
        }
        docs.push(read_document(
            text,
            Span::new(ds, doc_end),
            meta_start,
            meta_end,
            body,
            diagnostics,
        ));
        pos = doc_end.max(meta_start);
    }
    (docs, unclosed)
}

/// Where the first `<DOCUMENT>` line of `start..end` begins.
pub fn first_document(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    NextFinder::new(b"<DOCUMENT>", true).next(bytes, start, end)
}

fn read_document(
    text: &str,
    span: Span,
    meta_start: usize,
    meta_end: usize,
    body: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Document {
    let (mut doc_type, mut sequence, mut filename, mut description) = (None, None, None, None);
    for t in tokenize(text, meta_start, meta_end) {
        let Token::Open { name, value, .. } = t else {
            continue;
        };
        let slot = match name.slice(text) {
            "TYPE" => &mut doc_type,
            "SEQUENCE" => &mut sequence,
            "FILENAME" => &mut filename,
            "DESCRIPTION" => &mut description,
            _ => continue,
        };
        if slot.is_none() && !value.is_empty() {
            *slot = Some(Field::new(value.slice(text).to_string(), value));
        }
    }
    let name = filename
        .as_ref()
        .map_or("", |f: &Field<String>| f.value.as_str());
    let dtype = doc_type
        .as_ref()
        .map_or("", |f: &Field<String>| f.value.as_str());
    let (body_span, format) = unwrap_body(text, body, dtype, name, diagnostics);
    let attachment = match format {
        DocumentFormat::Uuencoded | DocumentFormat::Pdf => {
            uuencode::decode_attachment(body_span.slice(text), body_span.start, diagnostics)
        }
        _ => None,
    };
    Document {
        doc_type,
        sequence,
        filename,
        description,
        format,
        span,
        body_span,
        attachment,
        body: None,
    }
}

/// The body inside a `<PDF>`, `<XBRL>` or `<XML>` wrapper, and its format.
fn unwrap_body(
    text: &str,
    body: Span,
    doc_type: &str,
    filename: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Span, DocumentFormat) {
    let bytes = text.as_bytes();
    let p = skip_ws(bytes, body.start, body.end);
    let wrappers: [(&[u8], &[u8], DocumentFormat); 3] = [
        (b"<PDF>", b"</PDF>", DocumentFormat::Pdf),
        (b"<XBRL>", b"</XBRL>", DocumentFormat::Xbrl),
        (b"<XML>", b"</XML>", DocumentFormat::Xml),
    ];
    let mut inner = body;
    let mut wrapper = None;
    for (open, close, format) in wrappers {
        if !starts_at(bytes, p, open) {
            continue;
        }
        let is = skip_eol(bytes, p + open.len(), body.end);
        let (_, te) = trim(bytes, is, body.end);
        let ie = match te.checked_sub(close.len()) {
            Some(ce) if ce >= is && starts_at(bytes, ce, close) => ce,
            _ => {
                diagnostics.push(Diagnostic::warning(
                    "missing-closing-tag",
                    format!("`{}` wrapper is not closed", String::from_utf8_lossy(open)),
                    Span::new(p, p + open.len()),
                ));
                body.end
            }
        };
        inner = Span::new(is, ie.max(is));
        wrapper = Some(format);
        break;
    }
    let content = inner.slice(text);
    let sniffed = sniff_format(content);
    let format = match (wrapper, sniffed) {
        (_, DocumentFormat::Empty) => DocumentFormat::Empty,
        (Some(DocumentFormat::Pdf), _) => DocumentFormat::Pdf,
        (
            _,
            f @ (DocumentFormat::Uuencoded | DocumentFormat::Html | DocumentFormat::InlineXbrl),
        ) => f,
        (Some(DocumentFormat::Xbrl), DocumentFormat::Xml) => DocumentFormat::Xbrl,
        (_, DocumentFormat::Xml) if doc_type.starts_with("EX-101") => DocumentFormat::Xbrl,
        (_, DocumentFormat::Text) => by_extension(filename).unwrap_or(DocumentFormat::Text),
        (_, f) => f,
    };
    (inner, format)
}

/// Formats a body's first bytes cannot tell: scripts, style sheets, JSON.
fn by_extension(filename: &str) -> Option<DocumentFormat> {
    let ext = filename.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "js" => Some(DocumentFormat::Other("javascript".into())),
        "css" => Some(DocumentFormat::Other("css".into())),
        "json" => Some(DocumentFormat::Other("json".into())),
        _ => None,
    }
}

/// Guess a body's format from its content: its first kilobyte, and for HTML
/// whether any `<ix:` element occurs (inline XBRL).
pub fn sniff_format(body: &str) -> DocumentFormat {
    let bytes = body.as_bytes();
    let p = skip_ws(bytes, 0, bytes.len());
    let head: Vec<u8> = bytes
        .get(p..bytes.len().min(p + 1024))
        .unwrap_or_default()
        .to_ascii_lowercase();
    let has = |n: &[u8]| memchr::memmem::find(&head, n).is_some();
    let starts = |n: &[u8]| head.starts_with(n);
    if head.is_empty() || is_blank(&head) {
        DocumentFormat::Empty
    } else if starts(b"%pdf") {
        DocumentFormat::Pdf
    } else if uuencode::is_uuencoded(body) {
        DocumentFormat::Uuencoded
    } else if has_tag(&head, b"<html")
        || has(b"<!doctype html")
        || [
            &b"<body"[..],
            b"<head",
            b"<div",
            b"<p>",
            b"<p ",
            b"<font",
            b"<center",
            b"<br",
        ]
        .iter()
        .any(|n| starts(n))
    {
        if memchr::memmem::find(bytes, b"<ix:").is_some() {
            DocumentFormat::InlineXbrl
        } else {
            DocumentFormat::Html
        }
    } else if [
        &b"<xbrl"[..],
        b"<xbrli:xbrl",
        b"<xs:schema",
        b"<xsd:schema",
        b"<link:linkbase",
    ]
    .iter()
    .any(|n| has(n))
    {
        DocumentFormat::Xbrl
    } else if starts(b"<?xml") {
        DocumentFormat::Xml
    } else {
        DocumentFormat::Text
    }
}

/// Whether `tag` occurs as a whole tag name (`<html>` or `<html ...`, not `<htmlfilename>`).
fn has_tag(head: &[u8], tag: &[u8]) -> bool {
    memchr::memmem::find_iter(head, tag).any(|i| {
        head.get(i + tag.len())
            .is_some_and(|&c| c == b'>' || c.is_ascii_whitespace())
    })
}

/// The first line of `start..end`, trimmed, and where the next line starts.
pub fn first_line(bytes: &[u8], start: usize, end: usize) -> (Span, usize) {
    let s = skip_ws(bytes, start, end);
    let (le, next) = line_end(bytes, s, end);
    let (a, b) = trim(bytes, s, le);
    (Span::new(a, b.max(a)), next)
}
