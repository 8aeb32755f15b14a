//! Runs the CLI over every hand-labelled 6-K in `../shared/corpus/labels/` and
//! scores each labelled field against the answer key (format in that folder's
//! README). Every field must be exactly right.

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

/// Case, quotes and white space folded away.
fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if matches!(c, '\'' | '"' | '’' | '‘' | '“' | '”' | '`') {
            continue;
        }
        if c.is_whitespace() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            continue;
        }
        out.extend(c.to_lowercase());
    }
    out.trim_end().to_string()
}

fn fold_address(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn value<'a>(v: &'a Value, key: &str) -> &'a Value {
    match v.get(key) {
        Some(Value::Object(o)) if o.contains_key("value") => &o["value"],
        Some(x) => x,
        None => &Value::Null,
    }
}

fn str_of(v: &Value) -> Option<String> {
    v.as_str().map(str::to_string)
}

/// What form6k says for each label key, in the label's own terms.
fn actual(filing: &Value, key: &str) -> Value {
    let report = &filing["report"];
    if key == "isSixK" {
        return Value::Bool(!report.is_null());
    }
    if report.is_null() {
        return match key {
            "registrantNames" | "address" | "signatures" | "exhibits" => Value::Array(vec![]),
            _ => Value::Null,
        };
    }
    match key {
        "formType" => value(report, "formType").clone(),
        "reportMonth" | "reportDate" => {
            let p = value(report, "periodOfReport");
            if p.is_null() {
                return Value::Null;
            }
            let (y, m, d) = (p["year"].as_u64().unwrap_or(0), p["month"].as_u64().unwrap_or(0), p["day"].as_u64());
            if key == "reportMonth" {
                Value::String(format!("{y:04}-{m:02}"))
            } else {
                d.map_or(Value::Null, |d| Value::String(format!("{y:04}-{m:02}-{d:02}")))
            }
        }
        "commissionFileNumber" => Value::Array(
            report["commissionFileNumbers"]
                .as_array()
                .map(|a| a.iter().map(|f| f["value"].clone()).collect())
                .unwrap_or_default(),
        ),
        "registrantNames" => {
            let mut names = Vec::new();
            for r in report["registrants"].as_array().into_iter().flatten() {
                names.push(value(r, "name").clone());
                let e = value(r, "englishName");
                if !e.is_null() {
                    names.push(e.clone());
                }
            }
            Value::Array(names)
        }
        "address" => Value::Array(
            report["addresses"].as_array().map(|a| a.iter().map(|f| f["value"].clone()).collect()).unwrap_or_default(),
        ),
        "annualReportForm" => value(report, "annualReportForm").clone(),
        "rule101b1" => value(report, "paperSubmissionRule101b1").clone(),
        "rule101b7" => value(report, "paperSubmissionRule101b7").clone(),
        "rule12g32b" => value(report, "rule12g32b").clone(),
        "rule12g32bFileNumber" => value(report, "rule12g32bFileNumber").clone(),
        "signatures" => Value::Array(
            report["signatures"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|s| {
                    serde_json::json!({
                        "registrant": value(s, "registrant"),
                        "date": value(s, "date"),
                        "name": value(s, "name"),
                        "title": value(s, "title"),
                    })
                })
                .collect(),
        ),
        "exhibits" => Value::Array(
            report["exhibits"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|e| serde_json::json!({ "number": value(e, "number"), "description": value(e, "description") }))
                .collect(),
        ),
        _ => Value::Null,
    }
}

fn same(key: &str, expected: &Value, got: &Value) -> bool {
    match key {
        "commissionFileNumber" => {
            let want: Vec<String> = match expected {
                Value::Null => vec![],
                Value::String(s) => vec![s.clone()],
                Value::Array(a) => a.iter().filter_map(str_of).collect(),
                _ => return false,
            };
            let have: Vec<String> = got
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(str_of)
                .collect();
            want == have
        }
        "registrantNames" => {
            let f = |v: &Value| -> Vec<String> {
                let mut x: Vec<String> = v
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(str_of)
                    .map(|s| fold(&s))
                    .collect();
                x.sort();
                x
            };
            f(expected) == f(got)
        }
        "address" => {
            let f = |v: &Value| -> Vec<String> {
                v.as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(str_of)
                    .map(|s| fold_address(&s))
                    .collect()
            };
            f(expected) == f(got)
        }
        "signatures" | "exhibits" => {
            let (Some(a), Some(b)) = (expected.as_array(), got.as_array()) else {
                return false;
            };
            a.len() == b.len()
                && a.iter().zip(b).all(|(x, y)| {
                    x.as_object().is_some_and(|o| {
                        o.iter().all(|(k, v)| match (v.as_str(), y[k].as_str()) {
                            // A sentence's full stop is not part of a description.
                            (Some(p), Some(q)) if k == "description" => {
                                fold(p).trim_end_matches('.') == fold(q).trim_end_matches('.')
                            }
                            (Some(p), Some(q)) => fold(p) == fold(q),
                            _ => v == &y[k],
                        })
                    })
                })
        }
        _ => expected == got,
    }
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
