//! Helpers shared by the report tests (`covers.rs`, `variety.rs`).

use form6k::{Field, Filing, Report, Span};

pub fn val<T: Clone>(f: &Option<Field<T>>) -> Option<T> {
    f.as_ref().map(|f| f.value.clone())
}

/// (registrant, date, by, name, title) of each signature.
pub type Sig = (String, String, String, String, String);

pub fn sigs(r: &Report) -> Vec<Sig> {
    let s = |f: &Option<Field<String>>| val(f).unwrap_or_default();
    r.signatures
        .iter()
        .map(|x| {
            (
                s(&x.registrant),
                s(&x.date),
                s(&x.by),
                s(&x.name),
                s(&x.title),
            )
        })
        .collect()
}

/// The hand-made reader fixtures (`tests/fixtures/reader/`, README there).
pub const READER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/reader/");

/// A file's bytes and its parse.
pub fn parse_path(path: &str) -> (Vec<u8>, Filing) {
    let input = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let filing = form6k::parse(&input);
    (input, filing)
}

/// A reader fixture's bytes and its parse.
pub fn parse_fixture(name: &str) -> (Vec<u8>, Filing) {
    parse_path(&format!("{READER}{name}"))
}

/// The report, which the test expects.
pub fn report(f: &Filing) -> &Report {
    f.report
        .as_ref()
        .unwrap_or_else(|| panic!("no report: {:?}", f.diagnostics))
}

/// The input at a span, as text.
pub fn slice(input: &[u8], s: Span) -> String {
    String::from_utf8_lossy(input.get(s.start..s.end).unwrap_or(&[])).into_owned()
}

/// The diagnostics' codes.
pub fn codes(f: &Filing) -> Vec<&'static str> {
    f.diagnostics.iter().map(|d| d.code).collect()
}
