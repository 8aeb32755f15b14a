//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod report;

use form6k::{Encoding, Filing, Span};

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");

/// The diagnostic codes of a filing, in order.
pub fn codes(f: &Filing) -> Vec<&'static str> {
    f.diagnostics.iter().map(|d| d.code).collect()
}

pub fn has(f: &Filing, code: &str) -> bool {
    f.diagnostics.iter().any(|d| d.code == code)
}

/// Input bytes outside [`Filing::coverage`] that are not white space (for UTF-16,
/// NUL high bytes of white space too), as merged spans.
pub fn unaccounted(input: &[u8], f: &Filing) -> Vec<Span> {
    let utf16 = matches!(f.encoding, Encoding::Utf16Le | Encoding::Utf16Be);
    let blank = |b: u8| b.is_ascii_whitespace() || (utf16 && b == 0);
    let mut out: Vec<Span> = Vec::new();
    let mut pos = 0;
    let gaps = f
        .coverage()
        .into_iter()
        .chain([Span::empty(input.len())])
        .map(|s| {
            let gap = Span::new(pos, s.start.max(pos));
            pos = pos.max(s.end);
            gap
        })
        .collect::<Vec<_>>();
    for g in gaps {
        let end = g.end.min(input.len());
        let bytes = input.get(g.start..end).unwrap_or_default();
        for (i, &b) in (g.start..).zip(bytes) {
            if !blank(b) {
                match out.last_mut() {
                    Some(l) if l.end == i => l.end = i + 1,
                    _ => out.push(Span::new(i, i + 1)),
                }
            }
        }
    }
    out
}

/// Every byte belongs to the wrapper, the header, a document or a diagnostic's span.
pub fn assert_lossless(name: &str, input: &[u8], f: &Filing) {
    let gaps = unaccounted(input, f);
    assert!(
        gaps.is_empty(),
        "{name}: bytes not accounted for: {:?} (first: {:?})",
        &gaps[..gaps.len().min(5)],
        gaps.first().map(
            |g| String::from_utf8_lossy(&input[g.start..g.end.min(g.start + 60)]).into_owned()
        )
    );
}

/// Every span inside the input.
pub fn assert_spans_in_bounds(name: &str, input: &[u8], f: &Filing) {
    use form6k::VisitSpans;
    let mut f = f.clone();
    f.visit_spans(&mut |s| {
        assert!(
            s.start <= s.end && s.end <= input.len(),
            "{name}: span {s:?} outside 0..{}",
            input.len()
        )
    });
}
