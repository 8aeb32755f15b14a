//! `form6k::covers`: the row the CLI's `covers` and Python's `form6k.covers` print.
// `covers` is native only (the CLI and Python use it; the wasm does not build it).
#![cfg(not(target_arch = "wasm32"))]

use form6k::covers::{CoverRow, COLUMNS};

/// The keys serde writes are [`COLUMNS`], in order: the CSV header and the JSONL
/// objects cannot drift apart.
#[test]
fn columns_are_the_serialized_keys() {
    let f = form6k::parse(b"FORM 6-K\nFor the month of April 2003\n");
    let row = CoverRow::new("x".to_string(), &f);
    let json = serde_json::to_string(&row).unwrap_or_default();
    let at: Vec<usize> = COLUMNS
        .iter()
        .map(|c| json.find(&format!("\"{c}\":")).unwrap_or(usize::MAX))
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{json}");
    assert_eq!(json.matches("\":").count(), COLUMNS.len(), "{json}");
    assert_eq!(row.record()[6], "2003-04");
}
