//! `report::read_report` on one bare document: the first byte picks a plain-text or
//! HTML body, so the cover, check-box, exhibit and signature readers see both.
#![no_main]
use form6k::{body, report, Document, DocumentFormat, Span};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let format = if pick & 1 == 0 {
        DocumentFormat::Text
    } else {
        DocumentFormat::Html
    };
    let span = Span::new(0, text.len());
    let mut diagnostics = Vec::new();
    let body = body::parse_body(text, 0, &format, &mut diagnostics);
    let doc = Document {
        doc_type: None,
        sequence: None,
        filename: None,
        description: None,
        format,
        span,
        body_span: span,
        attachment: None,
        body,
    };
    let _ = report::read_report(text, None, &[doc], &mut diagnostics);
});
