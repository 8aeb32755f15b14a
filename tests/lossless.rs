//! Lossless accounting: every non-blank byte of the input belongs to the wrapper,
//! the header, a document or a diagnostic's span. Checked over the whole corpus, the
//! regression fixtures, and the fuzz corpora when `fuzz/seed.sh` and a fuzz run
//! have made them (they are not committed).

mod common;

use common::{assert_lossless, assert_spans_in_bounds, CORPUS};
use std::path::Path;

fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn check_all(dir: &Path) -> usize {
    let mut files = Vec::new();
    files_under(dir, &mut files);
    files.sort();
    let mut read = 0;
    for p in &files {
        // A running fuzzer replaces corpus files as it reduces them: one listed a
        // moment ago may be gone.
        let Ok(bytes) = std::fs::read(p) else {
            continue;
        };
        read += 1;
        let f = form6k::parse(&bytes);
        let name = p.display().to_string();
        assert_spans_in_bounds(&name, &bytes, &f);
        assert_lossless(&name, &bytes, &f);
    }
    read
}

#[test]
fn whole_corpus_is_accounted_for() {
    if !common::corpus_present("lossless::whole_corpus_is_accounted_for") {
        return;
    }
    let n = check_all(Path::new(CORPUS));
    assert!(n >= 80, "the corpus has {n} files");
}

#[test]
fn committed_real_submissions_are_accounted_for() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/submissions");
    assert!(check_all(Path::new(dir)) >= 11);
}

#[test]
fn regression_fixtures_are_accounted_for() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/regressions");
    assert!(check_all(Path::new(dir)) > 0);
}

#[test]
fn fuzz_corpora_are_accounted_for_when_present() {
    let dir = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz/corpus/parse"));
    // Absent on a fresh clone: the corpora are made by fuzz/seed.sh and fuzz runs.
    check_all(dir);
}
