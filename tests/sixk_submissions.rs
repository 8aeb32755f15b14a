//! Every real 6-K submission in `../shared/corpus/sixk-submissions/` (673 files,
//! 2009-2010): parsed without a panic, every span inside the input and on a
//! character boundary, every non-blank byte accounted for, and every uuencoded
//! attachment whose format is known decodes whole (JPEG `ffd8`..`ffd9`, GIF ..`3b`,
//! PDF ..`%%EOF`, ZIP with a central directory that parses). Most of these files
//! are PEM-wrapped and dash-stuffed, which corrupted attachments until it was undone.
//! Skipped, with one line, when `../shared` is absent.

mod common;

use common::{
    assert_lossless, assert_spans_in_bounds, assert_spans_on_char_boundaries, check_attachment,
    corpus_present, CORPUS,
};
use std::collections::BTreeMap;

fn files(dir: &str) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(format!("{CORPUS}{dir}"))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

/// Parse each file, check the invariants, and count the attachments checked per
/// format; every broken attachment is listed in the failure.
fn check_folder(dir: &str) -> (usize, BTreeMap<&'static str, usize>) {
    let mut checked = BTreeMap::new();
    let mut broken = Vec::new();
    let files = files(dir);
    for p in &files {
        let bytes = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
        let name = p
            .file_name()
            .map_or(String::new(), |n| n.to_string_lossy().into_owned());
        let f = form6k::parse(&bytes);
        assert_spans_in_bounds(&name, &bytes, &f);
        assert_spans_on_char_boundaries(&name, &bytes, &f);
        assert_lossless(&name, &bytes, &f);
        for a in f.documents.iter().filter_map(|d| d.attachment.as_ref()) {
            match check_attachment(&a.name.value, &a.data) {
                Ok(Some(fmt)) => *checked.entry(fmt).or_insert(0) += 1,
                Ok(None) => {}
                Err(e) => broken.push(format!("{name} {}: {e}", a.name.value)),
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken attachments: {broken:#?}",
        broken.len()
    );
    (files.len(), checked)
}

#[test]
fn every_sixk_submission_parses_whole_with_valid_attachments() {
    if !corpus_present("sixk_submissions") {
        return;
    }
    let (n, checked) = check_folder("sixk-submissions");
    assert_eq!(n, 673, "files in sixk-submissions/");
    // What the folder holds (the begin lines, counted by name): 431 JPEG, 97 GIF, 130 PDF.
    assert_eq!(
        checked.into_iter().collect::<Vec<_>>(),
        vec![("gif", 97), ("jpeg", 431), ("pdf", 130)]
    );
}

/// The other forms' submissions carry the ZIP and Office Open XML attachments.
#[test]
fn other_submissions_attachments_are_valid() {
    if !corpus_present("sixk_submissions (submissions/)") {
        return;
    }
    let (n, checked) = check_folder("submissions");
    assert!(n > 10, "{n} files in submissions/");
    assert!(checked.get("zip").copied().unwrap_or(0) > 0, "{checked:?}");
}
