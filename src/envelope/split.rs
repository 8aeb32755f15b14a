//! The envelope as a whole: armour, root, header, documents, in that order, and
//! what is missing or left over around them.
//!
//! ```text
//! -----BEGIN PRIVACY-ENHANCED MESSAGE-----   (optional)
//! <SEC-DOCUMENT>...                          (or <IMS-DOCUMENT>, <SUBMISSION>, or none)
//! <SEC-HEADER>... </SEC-HEADER>              (or a bare header, or none)
//! <DOCUMENT>... </DOCUMENT>                  (any number)
//! </SEC-DOCUMENT>
//! -----END PRIVACY-ENHANCED MESSAGE-----
//! ```

use super::documents::{first_document, first_line, read_documents, sniff_format};
use super::header::RawField;
use super::header_read::read_header;
use super::scan::{starts_at, trim};
use super::wrapper::{read_pem, read_root};
use super::{Document, Envelope, Header, InputKind, Wrapper};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use memchr::memmem;

/// Header starts without a `<SEC-HEADER>` tag (`.nc` files, bare `.hdr.sgml` copies).
const BARE_HEADER_STARTS: [&[u8]; 4] = [
    b"<ACCEPTANCE-DATETIME>",
    b"<ACCESSION-NUMBER>",
    b"<PRIVATE-TO-PUBLIC>",
    b"ACCESSION NUMBER:",
];

/// An element whose closing tag was not found: (its opening, the closing it lacks).
type Open = (Span, &'static str);

pub fn split(text: &str) -> Envelope {
    let bytes = text.as_bytes();
    let mut diagnostics = Vec::new();
    let mut covered: Vec<Span> = Vec::new();
    let mut unclosed: Vec<Open> = Vec::new();
    let mut wrapper = Wrapper::default();

    let mut region = Span::new(0, bytes.len());
    let pem = read_pem(bytes);
    if let Some(p) = &pem {
        wrapper.privacy_enhanced = true;
        covered.push(p.begin);
        match p.end {
            Some(e) => covered.push(e),
            None => unclosed.push((p.begin, "-----END PRIVACY-ENHANCED MESSAGE-----")),
        }
        region = p.content;
    }

    let root = read_root(text, region);
    if let Some(r) = &root {
        covered.push(r.line);
        match r.close {
            Some(c) => covered.push(c),
            None => unclosed.push((r.line, root_closer(&r.name.value))),
        }
        region = r.content;
        wrapper.root = Some(r.name.clone());
        wrapper.root_value = r.value.clone();
    }
    // So far only the armour and root lines are covered: those are the wrapper's own.
    wrapper.spans = covered.clone();
    wrapper.spans.sort_unstable();
    let is_submission_root = root.as_ref().is_some_and(|r| r.name.value == "SUBMISSION");

    // The header: `<SEC-HEADER>` / `<IMS-HEADER>`, or a bare header before the first document.
    let first_doc = first_document(bytes, region.start, region.end);
    let doc_limit = first_doc.unwrap_or(region.end);
    let (line, next) = first_line(bytes, region.start, region.end);
    let mut header = None;
    let mut docs_from = region.start;
    if line.start < doc_limit {
        let tag = ["SEC-HEADER", "IMS-HEADER"]
            .into_iter()
            .find(|n| starts_at(bytes, line.start, format!("<{n}>").as_bytes()));
        if let Some(tag) = tag {
            let closing = format!("</{tag}>");
            let close = bytes
                .get(next..doc_limit)
                .and_then(|s| memmem::find(s, closing.as_bytes()))
                .map(|i| Span::new(next + i, next + i + closing.len()));
            let content_end = close.map_or(doc_limit, |c| c.start).max(next);
            let (mut h, style) = read_header(text, next, content_end, &mut diagnostics);
            let open = Span::new(line.start, line.start + tag.len() + 2);
            let (vs, ve) = trim(bytes, open.end, line.end);
            if vs < ve {
                h.other.insert(
                    0,
                    RawField {
                        key: tag.to_string(),
                        value: Span::new(vs, ve).slice(text).to_string(),
                        span: Span::new(vs, ve),
                        key_span: Span::new(open.start + 1, open.end - 1),
                    },
                );
            }
            h.span = Span::new(line.start, close.map_or(content_end, |c| c.end));
            match close {
                Some(_) => {}
                None if first_doc.is_some() => diagnostics.push(Diagnostic::error(
                    "missing-closing-tag",
                    format!("`<{tag}>` is not closed by `</{tag}>` before the first `<DOCUMENT>`"),
                    open,
                )),
                None => unclosed.push((
                    open,
                    if tag == "SEC-HEADER" {
                        "</SEC-HEADER>"
                    } else {
                        "</IMS-HEADER>"
                    },
                )),
            }
            covered.push(h.span);
            docs_from = h.span.end;
            wrapper.header_style = Some(style);
            header = Some(h);
        } else if is_submission_root
            || BARE_HEADER_STARTS
                .iter()
                .any(|s| starts_at(bytes, line.start, s))
        {
            let (mut h, style) = read_header(text, line.start, doc_limit, &mut diagnostics);
            let (hs, he) = trim(bytes, line.start, doc_limit);
            h.span = Span::new(hs, he.max(hs));
            covered.push(h.span);
            docs_from = doc_limit;
            wrapper.header_style = Some(style);
            header = Some(h);
        }
    }

    let (mut documents, last_unclosed) =
        read_documents(text, docs_from, region.end, &mut diagnostics);
    for d in &documents {
        covered.push(d.span);
    }
    if let Some(u) = last_unclosed {
        for m in u.missing.into_iter().rev() {
            unclosed.push((u.open, m));
        }
    }

    let kind = if header.is_some() || root.is_some() || documents.len() > 1 {
        InputKind::Submission
    } else {
        InputKind::Document
    };
    if kind == InputKind::Document && documents.is_empty() {
        // A bare document: everything inside the armour, if any.
        documents.push(bare_document(text, region_or_all(&pem, bytes.len())));
        covered.push(region_or_all(&pem, bytes.len()));
        if pem.is_none() {
            check_edgar_like(bytes, &mut diagnostics);
        }
    }

    if let Some(h) = &header {
        check_document_count(h, &documents, root.is_some(), &mut diagnostics);
    }
    report_unclosed(
        &unclosed,
        root.as_ref().and_then(|r| r.close),
        pem.as_ref().and_then(|p| p.end),
        bytes.len(),
        &mut diagnostics,
    );
    report_gaps(bytes, covered, &mut diagnostics);

    Envelope {
        kind,
        wrapper,
        header,
        documents,
        diagnostics,
    }
}

/// What any EDGAR filing or document shows somewhere, lower case: the SGML tags
/// of plain-text filings, the Commission's name, the Act, form names and the
/// cover's captions. A bare input with none of these is not a filing.
const EDGAR_WORDS: [&[u8]; 11] = [
    b"<page>",
    b"<type>",
    b"securities and exchange commission",
    b"securities exchange act",
    b"commission file",
    b"6-k",
    b"20-f",
    b"40-f",
    b"10-k",
    b"8-k",
    b"edgar",
];

/// A `not-a-filing` warning when a bare input (no armour, root, header or
/// `<DOCUMENT>`) is empty, only white space, or shows none of [`EDGAR_WORDS`].
/// One pass, in lower-cased chunks that overlap by the longest word.
fn check_edgar_like(bytes: &[u8], diagnostics: &mut Vec<Diagnostic>) {
    let (a, b) = trim(bytes, 0, bytes.len());
    let message = if bytes.is_empty() {
        "input is empty: not an EDGAR filing"
    } else if a >= b {
        "input is only white space: not an EDGAR filing"
    } else if looks_like_edgar(bytes) {
        return;
    } else {
        "no EDGAR header, <DOCUMENT>, form name or cover caption anywhere: not an EDGAR filing"
    };
    diagnostics.push(Diagnostic::warning(
        "not-a-filing",
        message,
        Span::new(a, b.max(a)),
    ));
}

fn looks_like_edgar(bytes: &[u8]) -> bool {
    const CHUNK: usize = 64 * 1024;
    let overlap = EDGAR_WORDS.iter().map(|w| w.len()).max().unwrap_or(0);
    let finders: Vec<memmem::Finder> = EDGAR_WORDS.iter().map(memmem::Finder::new).collect();
    // No more than the input needs: a small input is not worth a 64 KB buffer.
    let mut lower = Vec::with_capacity((CHUNK + overlap).min(bytes.len()));
    let mut start = 0;
    while start < bytes.len() {
        let end = (start + CHUNK + overlap).min(bytes.len());
        lower.clear();
        lower.extend(
            bytes
                .get(start..end)
                .unwrap_or_default()
                .iter()
                .map(u8::to_ascii_lowercase),
        );
        if finders.iter().any(|f| f.find(&lower).is_some()) {
            return true;
        }
        start += CHUNK;
    }
    false
}

fn root_closer(name: &str) -> &'static str {
    match name {
        "SEC-DOCUMENT" => "</SEC-DOCUMENT>",
        "IMS-DOCUMENT" => "</IMS-DOCUMENT>",
        _ => "</SUBMISSION>",
    }
}

fn region_or_all(pem: &Option<super::wrapper::Pem>, len: usize) -> Span {
    pem.as_ref().map_or(Span::new(0, len), |p| p.content)
}

fn bare_document(text: &str, span: Span) -> Document {
    Document {
        doc_type: None,
        sequence: None,
        filename: None,
        description: None,
        format: sniff_format(span.slice(text)),
        span,
        body_span: span,
        attachment: None,
        body: None,
    }
}

/// PUBLIC DOCUMENT COUNT against the documents found. A header alone (no root, no
/// documents) is not compared: it describes documents that are elsewhere.
fn check_document_count(
    h: &Header,
    docs: &[Document],
    has_root: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(count) = &h.public_document_count else {
        return;
    };
    if docs.is_empty() && !has_root {
        return;
    }
    if count.value as usize != docs.len() {
        diagnostics.push(Diagnostic::warning(
            "document-count-mismatch",
            format!(
                "PUBLIC DOCUMENT COUNT is {} but {} documents were found",
                count.value,
                docs.len()
            ),
            count.span,
        ));
    }
}

/// Closing tags that were not found. When nothing closes after them (no root
/// closing tag, no PEM end line), the input was cut: one `truncated-input` error at
/// the innermost open element. Otherwise each is a `missing-closing-tag`.
fn report_unclosed(
    unclosed: &[Open],
    root_close: Option<Span>,
    pem_end: Option<Span>,
    len: usize,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let Some(&(innermost, _)) = unclosed.last() else {
        return;
    };
    if root_close.is_none() && pem_end.is_none() {
        let missing: Vec<&str> = unclosed.iter().rev().map(|&(_, m)| m).collect();
        diagnostics.push(Diagnostic::error(
            "truncated-input",
            format!(
                "input ends at byte {len} inside an open element; missing {}",
                missing.join(", ")
            ),
            innermost,
        ));
        return;
    }
    for &(open, closer) in unclosed {
        diagnostics.push(Diagnostic::error(
            "missing-closing-tag",
            format!("`{closer}` not found"),
            open,
        ));
    }
}

/// Non-blank text outside every part the envelope accounts for.
fn report_gaps(bytes: &[u8], mut covered: Vec<Span>, diagnostics: &mut Vec<Diagnostic>) {
    covered.sort_unstable();
    let mut pos = 0;
    for s in covered.iter().copied().chain([Span::empty(bytes.len())]) {
        if s.start > pos {
            let (a, b) = trim(bytes, pos, s.start);
            if a < b {
                diagnostics.push(Diagnostic::warning(
                    "text-outside-document",
                    "text outside the header and every document",
                    Span::new(a, b),
                ));
            }
        }
        pos = pos.max(s.end);
    }
}
