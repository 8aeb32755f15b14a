//! `body::html::parse`, the HTML body reader (tokenizer, entities, tables).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut diagnostics = Vec::new();
    let body = form6k::body::html::parse(text, 7, &mut diagnostics);
    for page in &body.pages {
        assert!(page.span.start >= 7 && page.span.end <= text.len() + 7);
    }
});
