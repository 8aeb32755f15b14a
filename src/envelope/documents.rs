//! Splitting the input into header and `<DOCUMENT>` blocks.
//!
//! ```text
//! <DOCUMENT>
//! <TYPE>EX-99.1
//! <SEQUENCE>2
//! <FILENAME>d6kex991.htm
//! <DESCRIPTION>PRESS RELEASE
//! <TEXT>
//! ...
//! </TEXT>
//! </DOCUMENT>
//! ```

use super::{DocumentFormat, Envelope, InputKind, Wrapper};
use crate::span::Span;

/// Placeholder split: the whole input as one bare document (the envelope issue replaces this).
pub fn split(text: &str) -> Envelope {
    let format = sniff_format(text);
    Envelope {
        kind: InputKind::Document,
        wrapper: Wrapper {
            privacy_enhanced: false,
            root: None,
            root_value: None,
            header_style: None,
        },
        header: None,
        documents: vec![super::Document {
            doc_type: None,
            sequence: None,
            filename: None,
            description: None,
            format,
            span: Span::new(0, text.len()),
            body_span: Span::new(0, text.len()),
            attachment: None,
            body: None,
        }],
        diagnostics: Vec::new(),
    }
}

/// Guess a body's format from its first bytes.
pub fn sniff_format(body: &str) -> DocumentFormat {
    let head: String = body
        .trim_start()
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.is_empty() {
        DocumentFormat::Empty
    } else if head.starts_with("%pdf") {
        DocumentFormat::Pdf
    } else if head.starts_with("begin ") {
        DocumentFormat::Uuencoded
    } else if head.contains("<html") || head.starts_with("<!doctype html") {
        DocumentFormat::Html
    } else if head.starts_with("<?xml") || head.starts_with("<xbrl") {
        DocumentFormat::Xml
    } else {
        DocumentFormat::Text
    }
}
