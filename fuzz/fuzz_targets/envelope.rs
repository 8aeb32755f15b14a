//! `envelope::parse_envelope` on any UTF-8 text: spans stay inside the text and on
//! char boundaries.
#![no_main]
use form6k::VisitSpans;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let env = form6k::envelope::parse_envelope(text);
    let mut check = |s: &mut form6k::Span| {
        assert!(s.start <= s.end && s.end <= text.len(), "span {s:?} out of 0..{}", text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "span {s:?} splits a char");
    };
    let mut header = env.header;
    header.visit_spans(&mut check);
    let mut documents = env.documents;
    documents.visit_spans(&mut check);
    for d in env.diagnostics {
        let mut s = d.span;
        check(&mut s);
    }
});
