//! Scoring a filing against a hand-written answer key (format:
//! `../shared/corpus/labels/README.md` and `../shared/corpus/sixk-labels/README.md`).
//! Shared by `tests/labels.rs`, `tests/keys.rs` and `examples/accuracy.rs`.
#![allow(dead_code)]

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Case, quotes and white space folded away.
pub fn fold(s: &str) -> String {
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

/// Headlines compare after folding case and white space only.
pub fn fold_headline(s: &str) -> String {
    s.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
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

fn values(v: &Value) -> Value {
    Value::Array(
        v.as_array()
            .map(|a| a.iter().map(|f| f["value"].clone()).collect())
            .unwrap_or_default(),
    )
}

/// What form6k says for each cover key, in the key's own terms (`filing` is the JSON).
pub fn actual(filing: &Value, key: &str) -> Value {
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
            let (y, m, d) = (
                p["year"].as_u64().unwrap_or(0),
                p["month"].as_u64().unwrap_or(0),
                p["day"].as_u64(),
            );
            if key == "reportMonth" {
                Value::String(format!("{y:04}-{m:02}"))
            } else {
                d.map_or(Value::Null, |d| {
                    Value::String(format!("{y:04}-{m:02}-{d:02}"))
                })
            }
        }
        "commissionFileNumber" => values(&report["commissionFileNumbers"]),
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
        "address" => values(&report["addresses"]),
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
                .map(|e| {
                    serde_json::json!({ "number": value(e, "number"), "description": value(e, "description") })
                })
                .collect(),
        ),
        _ => Value::Null,
    }
}

/// An exhibit description for comparing: folded, without a trailing full stop or a
/// leading article.
fn description(text: &str) -> String {
    let f = fold(text);
    let f = f.trim_end_matches('.');
    ["the ", "a ", "an "]
        .iter()
        .find_map(|a| f.strip_prefix(a))
        .unwrap_or(f)
        .to_string()
}

/// Whether form6k's value `got` is the key's `expected` for `key`.
pub fn same(key: &str, expected: &Value, got: &Value) -> bool {
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
                            // A sentence's full stop and a leading article ("the
                            // Press Release issued by ...") are not part of a description.
                            (Some(p), Some(q)) if k == "description" => {
                                description(p) == description(q)
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

/// The key's cover fields: every key but the file name, notes, headline and topics,
/// and those marked "skip".
pub fn cover_fields(key: &Value) -> Vec<(&str, &Value)> {
    key.as_object()
        .into_iter()
        .flatten()
        .filter(|(k, v)| {
            !matches!(k.as_str(), "file" | "notes" | "headline" | "topics") && *v != "skip"
        })
        .map(|(k, v)| (k.as_str(), v))
        .collect()
}

/// The first item's headline and topic codes, as the JSON gives them.
pub fn first_item(filing: &Value) -> (Option<String>, Vec<String>) {
    let item = &filing["report"]["items"][0];
    let headline = item["headline"]["value"].as_str().map(str::to_string);
    let topics = item["topics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|t| t["topic"].as_str().map(str::to_string))
        .collect();
    (headline, topics)
}

/// One key scored.
#[derive(Debug, Default, Clone)]
pub struct Score {
    /// (field, right) for each cover field.
    pub fields: Vec<(String, bool)>,
    pub headline: bool,
    pub first_topic: bool,
    pub no_extra_topic: bool,
    /// Lines saying what was wrong.
    pub misses: Vec<String>,
}

/// Scores `filing` (the JSON of `form6k::parse`) against `key`.
pub fn score(key: &Value, filing: &Value) -> Score {
    let name = key["file"].as_str().unwrap_or("?");
    let mut s = Score::default();
    for (field, expected) in cover_fields(key) {
        let got = actual(filing, field);
        let ok = same(field, expected, &got);
        if !ok {
            s.misses.push(format!(
                "{name}: {field}\n    expected {expected}\n    got      {got}"
            ));
        }
        s.fields.push((field.to_string(), ok));
    }
    let (headline, topics) = first_item(filing);
    let want_headline = key["headline"].as_str();
    s.headline = want_headline.map(fold_headline) == headline.as_deref().map(fold_headline);
    if !s.headline {
        s.misses.push(format!(
            "{name}: headline\n    expected {want_headline:?}\n    got      {headline:?}"
        ));
    }
    let want: Vec<&str> = key["topics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    s.first_topic = want.first().is_some_and(|t| topics.iter().any(|g| g == t));
    s.no_extra_topic = topics.iter().all(|t| want.contains(&t.as_str()));
    if !s.first_topic || !s.no_extra_topic {
        s.misses.push(format!(
            "{name}: topics\n    expected {want:?}\n    got      {topics:?}"
        ));
    }
    s
}

/// The repository's key folders (`tests/keys/README.md`).
pub const KEY_DIRS: [&str; 2] = ["tests/keys/sixk-new-issuers", "tests/keys/sixk-submissions"];

/// Where the keys' inputs are.
pub const INPUTS: [&str; 2] = [
    "../shared/corpus/sixk-new-issuers",
    "../shared/corpus/sixk-submissions",
];

/// Which keys to score: `tests/keys/blind.txt` names the blind ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Blind,
    Tune,
    All,
}

/// Counts over a set of keys.
#[derive(Debug, Default, Clone)]
pub struct Tally {
    pub keys: usize,
    /// (right, total) cover fields.
    pub fields: (usize, usize),
    pub headline: usize,
    pub first_topic: usize,
    pub no_extra: usize,
}

impl Tally {
    fn add(&mut self, s: &Score) {
        self.keys += 1;
        self.fields.0 += s.fields.iter().filter(|f| f.1).count();
        self.fields.1 += s.fields.len();
        self.headline += usize::from(s.headline);
        self.first_topic += usize::from(s.first_topic);
        self.no_extra += usize::from(s.no_extra_topic);
    }

    pub fn pct(part: usize, whole: usize) -> f64 {
        100.0 * part as f64 / whole.max(1) as f64
    }
}

/// Scores per issuer (the header's first conformed name) and per cover field.
#[derive(Debug, Default)]
pub struct Summary {
    pub split: String,
    pub by_issuer: BTreeMap<String, Tally>,
    pub by_field: BTreeMap<String, (usize, usize)>,
    pub total: Tally,
    pub misses: Vec<String>,
}

fn pct(a: usize, b: usize) -> String {
    format!("{a}/{b} ({:.1}%)", Tally::pct(a, b))
}

impl Summary {
    /// The Markdown tables of `docs/accuracy.md`.
    pub fn table(&self) -> String {
        let mut out = format!("split: {}, {} keys\n\n", self.split, self.total.keys);
        out.push_str("| issuer | keys | cover fields exact | headline exact | first topic found | no extra topic |\n");
        out.push_str("| --- | --- | --- | --- | --- | --- |\n");
        let row = |name: &str, t: &Tally| {
            format!(
                "| {name} | {} | {} | {} | {} | {} |\n",
                t.keys,
                pct(t.fields.0, t.fields.1),
                pct(t.headline, t.keys),
                pct(t.first_topic, t.keys),
                pct(t.no_extra, t.keys)
            )
        };
        for (issuer, t) in &self.by_issuer {
            out.push_str(&row(issuer, t));
        }
        out.push_str(&row("**all**", &self.total));
        out.push_str("\n| cover field | exact |\n| --- | --- |\n");
        for (f, (r, n)) in &self.by_field {
            out.push_str(&format!("| {f} | {} |\n", pct(*r, *n)));
        }
        out
    }
}

/// The blind keys' input file names (`tests/keys/blind.txt`, relative to the crate).
pub fn blind_files() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/keys/blind.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// Scores every key of `dirs` in `split` against `form6k::parse` of its input.
pub fn score_keys(dirs: &[PathBuf], split: Split) -> Summary {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let blind = blind_files();
    let mut key_files: Vec<PathBuf> = dirs
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(root.join(d))
                .into_iter()
                .flatten()
                .flatten()
        })
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    key_files.sort();
    let options = form6k::Options {
        blocks: false,
        ..Default::default()
    };
    let mut summary = Summary {
        split: format!("{split:?}").to_lowercase(),
        ..Summary::default()
    };
    for path in &key_files {
        let Some(key) = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
        else {
            summary
                .misses
                .push(format!("{}: not a JSON key", path.display()));
            continue;
        };
        let Some(file) = key["file"].as_str() else {
            continue;
        };
        let is_blind = blind.contains(file);
        if (split == Split::Blind && !is_blind) || (split == Split::Tune && is_blind) {
            continue;
        }
        let Some(input) = INPUTS
            .iter()
            .map(|d| root.join(d).join(file))
            .find(|p| p.is_file())
        else {
            summary
                .misses
                .push(format!("{file}: input not found under ../shared/corpus"));
            continue;
        };
        let bytes = std::fs::read(&input).unwrap_or_default();
        let filing = serde_json::to_value(form6k::parse_with(&bytes, &options)).unwrap_or_default();
        let issuer = filing["header"]["parties"][0]["companyData"]["conformedName"]["value"]
            .as_str()
            .unwrap_or("(no header)")
            .to_string();
        let s = score(&key, &filing);
        for (f, ok) in &s.fields {
            let t = summary.by_field.entry(f.clone()).or_default();
            t.0 += usize::from(*ok);
            t.1 += 1;
        }
        summary.by_issuer.entry(issuer).or_default().add(&s);
        summary.total.add(&s);
        summary.misses.extend(s.misses);
    }
    summary
}
