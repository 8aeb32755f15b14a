//! Runs the CLI over every hand-labelled 6-K in `../shared/corpus/labels/` and
//! scores each labelled field against the answer key (format in that folder's
//! README). Every field must be exactly right.

mod common;

use common::keys::{actual, same};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

const CORPUS: &str = "../shared/corpus";

fn find_input(name: &str) -> Option<PathBuf> {
    let root = Path::new(CORPUS);
    for dir in [
        "",
        "covers",
        "sixk",
        "submissions",
        "documents",
        "sixk-submissions",
    ] {
        let p = root.join(dir).join(name);
        if p.is_file() {
            return Some(p);
        }
    }
    None
}

/// The answer keys of one folder under the corpus, sorted.
fn label_files(folder: &str) -> Vec<PathBuf> {
    let labels = Path::new(CORPUS).join(folder);
    let Ok(dir) = std::fs::read_dir(&labels) else {
        panic!("the corpus is missing: {}", labels.display());
    };
    let mut files: Vec<PathBuf> = dir
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_labelled_field_is_right() {
    if !Path::new(CORPUS).is_dir() {
        println!("skipped: {CORPUS} is absent (the labelled corpus lives beside the repository)");
        return;
    }
    let mut files = label_files("labels");
    files.extend(label_files("sixk-labels"));
    let (mut right, mut total) = (0usize, 0usize);
    let mut by_key: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut wrong = Vec::new();
    for label_path in &files {
        let label: Value =
            serde_json::from_str(&std::fs::read_to_string(label_path).unwrap_or_default())
                .unwrap_or(Value::Null);
        let Some(name) = label["file"].as_str() else {
            continue;
        };
        let input = find_input(name)
            .unwrap_or_else(|| panic!("input for {} not found", label_path.display()));
        let out = Command::new(env!("CARGO_BIN_EXE_form6k"))
            .args(["parse", "--no-blocks", "--compact"])
            .arg(&input)
            .output()
            .unwrap_or_else(|e| panic!("cannot run the CLI: {e}"));
        assert!(out.status.success(), "CLI failed on {name}");
        let filing: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
        for (key, expected) in label.as_object().into_iter().flatten() {
            // headline and topics are scored by tests/topics.rs.
            if matches!(key.as_str(), "file" | "notes" | "headline" | "topics")
                || expected == "skip"
            {
                continue;
            }
            total += 1;
            let got = actual(&filing, key);
            let tally = by_key.entry(key.clone()).or_default();
            tally.1 += 1;
            if same(key, expected, &got) {
                right += 1;
                tally.0 += 1;
            } else {
                wrong.push(format!(
                    "{name}: {key}\n    expected {expected}\n    got      {got}"
                ));
            }
        }
    }
    println!(
        "labelled fields exactly right: {right}/{total} ({:.1}%)",
        100.0 * right as f64 / total.max(1) as f64
    );
    for (key, (r, t)) in &by_key {
        println!("  {key}: {r}/{t}");
    }
    for w in &wrong {
        println!("{w}");
    }
    assert!(total > 300, "too few labelled fields were read: {total}");
    assert!(
        wrong.is_empty(),
        "{} of {total} labelled fields are wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
