//! The table in `docs/corpus.md`: over every file of a folder (by default
//! `../shared/corpus/sixk-submissions`), how many 6-K reports have each report
//! field, and how many files and diagnostics there are of each diagnostic code.
//!
//! ```sh
//! cargo run --example corpus_stats                          # print the table
//! cargo run --example corpus_stats -- --write docs/corpus.md  # and put it in the doc
//! cargo run --example corpus_stats -- DIR                   # another folder
//! ```
//!
//! `--write FILE` replaces what lies between the `<!-- corpus_stats -->` and
//! `<!-- /corpus_stats -->` lines of FILE.

use form6k::{Filing, Report};
use std::collections::BTreeMap;
use std::path::PathBuf;

const DEFAULT_DIR: &str = "../shared/corpus/sixk-submissions";
const BEGIN: &str = "<!-- corpus_stats -->";
const END: &str = "<!-- /corpus_stats -->";

/// How many values a report has for one field.
type Values = fn(&Report) -> usize;

/// The report fields, in the order of the JSON.
const FIELDS: [(&str, Values); 13] = [
    ("formType", |_| 1),
    ("periodOfReport", |r| {
        usize::from(r.period_of_report.is_some())
    }),
    ("commissionFileNumbers", |r| r.commission_file_numbers.len()),
    ("registrants", |r| r.registrants.len()),
    ("registrants[].englishName", |r| {
        r.registrants
            .iter()
            .filter(|x| x.english_name.is_some())
            .count()
    }),
    ("addresses", |r| r.addresses.len()),
    ("annualReportForm", |r| {
        usize::from(r.annual_report_form.is_some())
    }),
    ("paperSubmissionRule101b1", |r| {
        usize::from(r.paper_submission_rule101b1.is_some())
    }),
    ("paperSubmissionRule101b7", |r| {
        usize::from(r.paper_submission_rule101b7.is_some())
    }),
    ("rule12g32b", |r| usize::from(r.rule12g32b.is_some())),
    ("rule12g32bFileNumber", |r| {
        usize::from(r.rule12g32b_file_number.is_some())
    }),
    ("exhibits", |r| r.exhibits.len()),
    ("signatures", |r| r.signatures.len()),
];

#[derive(Default)]
struct Count {
    files: usize,
    total: usize,
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (mut dir, mut write) = (PathBuf::from(DEFAULT_DIR), None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--write" => write = args.next().map(PathBuf::from),
            _ => dir = PathBuf::from(a),
        }
    }
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(d) => d
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect(),
        Err(e) => {
            eprintln!("corpus_stats: {}: {e}", dir.display());
            std::process::exit(1);
        }
    };
    files.sort();
    let (mut reports, mut fields, mut codes) = (0, BTreeMap::new(), BTreeMap::new());
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let filing = form6k::parse(&bytes);
        count(&filing, &mut reports, &mut fields, &mut codes);
    }
    let table = table(&dir, files.len(), reports, &fields, &codes);
    print!("{table}");
    if let Some(doc) = write {
        if let Err(e) = write_into(&doc, &table) {
            eprintln!("corpus_stats: {}: {e}", doc.display());
            std::process::exit(1);
        }
        eprintln!("corpus_stats: wrote the table into {}", doc.display());
    }
}

fn count(
    f: &Filing,
    reports: &mut usize,
    fields: &mut BTreeMap<&'static str, Count>,
    codes: &mut BTreeMap<&'static str, Count>,
) {
    if let Some(r) = &f.report {
        *reports += 1;
        for (name, values) in FIELDS {
            let n = values(r);
            let c = fields.entry(name).or_default();
            c.files += usize::from(n > 0);
            c.total += n;
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for d in &f.diagnostics {
        let c = codes.entry(d.code).or_default();
        c.total += 1;
        if !seen.contains(&d.code) {
            seen.push(d.code);
            c.files += 1;
        }
    }
}

fn table(
    dir: &std::path::Path,
    files: usize,
    reports: usize,
    fields: &BTreeMap<&'static str, Count>,
    codes: &BTreeMap<&'static str, Count>,
) -> String {
    let mut out = format!(
        "{files} files in `{}`, {reports} with a 6-K report (form6k {}).\n\n",
        dir.display(),
        form6k::VERSION
    );
    out.push_str("| report field / diagnostic code | reports / files | values / diagnostics |\n");
    out.push_str("| --- | ---: | ---: |\n");
    for (name, _) in FIELDS {
        let c = fields.get(name).map_or((0, 0), |c| (c.files, c.total));
        out.push_str(&format!("| field `{name}` | {} | {} |\n", c.0, c.1));
    }
    let mut by_count: Vec<_> = codes.iter().collect();
    by_count.sort_by(|a, b| b.1.files.cmp(&a.1.files).then(a.0.cmp(b.0)));
    for (code, c) in by_count {
        out.push_str(&format!(
            "| diagnostic `{code}` | {} | {} |\n",
            c.files, c.total
        ));
    }
    out
}

fn write_into(doc: &std::path::Path, table: &str) -> std::io::Result<()> {
    let text = std::fs::read_to_string(doc)?;
    let (Some(b), Some(e)) = (text.find(BEGIN), text.find(END)) else {
        return Err(std::io::Error::other(format!("no {BEGIN} ... {END} lines")));
    };
    if e < b {
        return Err(std::io::Error::other(format!("{END} before {BEGIN}")));
    }
    let head = &text[..b + BEGIN.len()];
    let tail = &text[e..];
    std::fs::write(doc, format!("{head}\n{table}{tail}"))
}
