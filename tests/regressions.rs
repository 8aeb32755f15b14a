//! Bugs found by fuzzing (see `docs/robustness.md`), one named test each, with the
//! input inline or under `tests/fixtures/regressions/`.

mod common;

use common::{assert_lossless, assert_spans_in_bounds, codes};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/regressions/");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}{name}")).expect("fixture is committed")
}

/// `parse` fuzz target: the spans of `invalid-utf8` diagnostics are input offsets
/// already, but were mapped from text to input offsets a second time.
#[test]
fn invalid_utf8_span_is_the_bad_byte() {
    // Valid UTF-8 (é three times) with two stray Windows-1252 quotes: mixed decoding.
    let input = b"caf\xC3\xA9 \xC3\xA9 \xC3\xA9 \x92x\x92";
    let f = form6k::parse(input);
    let spans: Vec<_> = f
        .diagnostics
        .iter()
        .filter(|d| d.code == "invalid-utf8")
        .map(|d| (d.span.start, d.span.end))
        .collect();
    assert_eq!(spans, vec![(12, 13), (14, 15)]);
    assert_eq!(input[12], 0x92);
    assert_eq!(input[14], 0x92);
    assert_lossless("inline", input, &f);

    let input = fixture("parse-invalid-utf8-span-mapped-twice.bin");
    let f = form6k::parse(&input);
    assert!(codes(&f).contains(&"invalid-utf8"));
    assert_spans_in_bounds("fixture", &input, &f);
    for d in f.diagnostics.iter().filter(|d| d.code == "invalid-utf8") {
        assert_eq!(d.span.len(), 1, "{d:?}");
        assert!(std::str::from_utf8(&input[d.span.start..]).is_err());
    }
}

/// Bad-input matrix (UTF-16 BE): a span ending at the end of the text mapped to the
/// start of the last UTF-16 unit, one byte short, leaving the last byte unaccounted.
#[test]
fn utf16_end_of_text_maps_to_end_of_input() {
    for input in [
        &b"\xFE\xFF\0<\0P\0A\0G\0E\0>"[..],
        b"\xFF\xFE<\0P\0A\0G\0E\0>\0",
        b"\0<\0P\0A\0G\0E\0>\0x\0y",
        b"\xFE\xFF\0<\0P\0>\0x\0y!",
    ] {
        let f = form6k::parse(input);
        assert_eq!(f.documents[0].span.end, input.len(), "{input:?}");
        assert_lossless("utf-16", input, &f);
    }
}
