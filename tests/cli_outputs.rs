//! What `form6k covers` and `form6k extract` write: the covers CSV read back with a
//! CSV parser and equal to the JSONL and to `parse --report-only`, extracted files
//! that open as what they are and stay inside `--out`, the keys the schema lists, and
//! `Bodies::Primary` (what the fast paths use) giving the report all bodies give.

mod cli_support;

use cli_support::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

#[test]
fn covers_csv_reads_back_equal_to_the_jsonl() {
    let Some(dir) = corpus("sixk-submissions") else {
        return;
    };
    // The files up to 200 KB (542 of 673; the test binary is unoptimised).
    let files: Vec<PathBuf> = small_files(&dir, 200_000);
    let list: String = files.iter().map(|p| format!("{}\n", s(p))).collect();
    let out = run_with_stdin(&["covers", "-j", "2", "--files-from", "-"], list.as_bytes());
    assert!(out.status.success());
    let raw = run_with_stdin(&["covers", "--jsonl", "--files-from", "-"], list.as_bytes()).stdout;
    let json = lines(&raw);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    // CSV columns are the JSONL keys, in order.
    for line in raw.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        assert_eq!(keys_in_order(line), headers);
    }
    assert_eq!(headers.len(), 23);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), files.len());
    assert!(files.len() > 500);
    assert_eq!(records.len(), json.len());
    let (mut quoted, mut lists) = (0, 0);
    for (rec, row) in records.iter().zip(&json) {
        for (h, cell) in headers.iter().zip(rec.iter()) {
            let want = match &row[h] {
                Value::Null => String::new(),
                Value::String(s) => s.clone(),
                Value::Bool(b) => b.to_string(),
                Value::Number(n) => n.to_string(),
                Value::Array(a) => {
                    lists += usize::from(a.len() > 1);
                    let v: Vec<String> =
                        a.iter().map(|x| x.as_str().unwrap().to_string()).collect();
                    v.join(" | ")
                }
                other => panic!("unexpected {other}"),
            };
            quoted += usize::from(cell.contains([',', '"', '\n']));
            assert_eq!(cell, want, "{} column {h}", row["path"]);
        }
    }
    // The corpus exercises quoting and many-valued cells.
    assert!(
        quoted > 100 && lists > 100,
        "quoted {quoted}, lists {lists}"
    );

    // Header values and cover values of one filing, as its answer key in
    // ../shared/corpus/sixk-labels/ gives them (Abbey National plc, December 2008).
    let row = json
        .iter()
        .find(|r| r["accessionNumber"] == "0000903423-09-000026")
        .unwrap();
    assert_eq!(row["cik"], serde_json::json!(["0001087711"]));
    assert_eq!(
        row["conformedName"],
        serde_json::json!(["ABBEY NATIONAL PLC"])
    );
    assert_eq!(row["filedAsOf"], "2009-01-09");
    assert_eq!(row["formType"], "6-K");
    assert_eq!(row["period"], "2008-12");
    assert_eq!(row["annualReportForm"], "20-F");
    assert_eq!(
        row["registrants"],
        serde_json::json!(["ABBEY NATIONAL PLC"])
    );
    assert_eq!(row["commissionFileNumbers"], serde_json::json!([]));
    // What it is about, as its answer key says.
    assert_eq!(
        row["headline"],
        "Changes to the legal structure of Abbey and Alliance & Leicester"
    );
    assert_eq!(row["topics"], serde_json::json!(["m-and-a"]));
    assert_eq!(row["fiscalPeriod"], Value::Null);
    // A results release and its fiscal period (Santander UK's 2009 results; answer key
    // 0000903423-10-000043: headline as below, topics ["results"]).
    let results = json
        .iter()
        .find(|r| r["accessionNumber"] == "0000903423-10-000043")
        .unwrap();
    assert_eq!(
        results["headline"],
        "Santander UK profits up over 30% delivering a fifth successive year of double digit growth"
    );
    assert_eq!(results["topics"], serde_json::json!(["results"]));
    assert_eq!(results["fiscalPeriod"], "FY 2009 ended 2009-12-31");

    // Every row is the flat form of what `parse --report-only` says of the same file.
    let full = lines(
        &run_with_stdin(
            &["parse", "--jsonl", "--report-only", "--files-from", "-"],
            list.as_bytes(),
        )
        .stdout,
    );
    assert_eq!(full.len(), json.len());
    let values = |v: &Value, key: &str| -> Value {
        Value::Array(
            v.as_array()
                .unwrap()
                .iter()
                .map(|x| x[key]["value"].clone())
                .collect(),
        )
    };
    for (row, line) in json.iter().zip(&full) {
        assert_eq!(row["path"], line["path"]);
        let (h, r) = (&line["filing"]["header"], &line["filing"]["report"]);
        assert_eq!(row["accessionNumber"], h["accessionNumber"]["value"]);
        assert_eq!(row["filedAsOf"], h["filedAsOf"]["value"]);
        assert_eq!(row["formType"], r["formType"]["value"]);
        assert_eq!(row["registrants"], values(&r["registrants"], "name"));
        assert_eq!(
            row["commissionFileNumbers"],
            r["commissionFileNumbers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| f["value"].clone())
                .collect::<Value>()
        );
        assert_eq!(row["exhibits"], values(&r["exhibits"], "number"));
        assert_eq!(row["annualReportForm"], r["annualReportForm"]["value"]);
        assert_eq!(row["rule12g32b"], r["rule12g32b"]["value"]);
        assert_eq!(
            row["diagnosticsCount"],
            line["filing"]["diagnostics"].as_array().unwrap().len()
        );
        if let Some(p) = r["periodOfReport"]["value"].as_object() {
            let period = row["period"].as_str().unwrap();
            assert!(
                period.starts_with(&format!(
                    "{}-{:02}",
                    p["year"],
                    p["month"].as_u64().unwrap()
                )),
                "{period}"
            );
        }
    }
    // Every filing of this folder is a 6-K with an accession number.
    for r in &json {
        assert_eq!(r["accessionNumber"], stem(r["path"].as_str().unwrap()));
        assert!(r["formType"].as_str().unwrap().starts_with("6-K"));
    }
}

/// Every file under `root`, relative to it.
fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn extract_writes_files_that_open_as_what_they_are() {
    let Some(sixk) = corpus("sixk-submissions") else {
        return;
    };
    let Some(subs) = corpus("submissions") else {
        return;
    };
    let jpeg = sixk.join("0000912282-09-000008.txt");
    let pdf = sixk.join("0001167379-09-000003.txt");
    let zip = subs.join("1895-bancorp_0000943374-24-000509_negative-8k-fullsub.txt");
    let tmp = tempfile::tempdir().unwrap();
    let out_dir = tmp.path().join("out");
    let out = run(&[
        "extract",
        "-j",
        "2",
        "--out",
        s(&out_dir),
        s(&jpeg),
        s(&pdf),
        s(&zip),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = lines(&out.stdout);
    assert_eq!(written.len(), 3);
    assert_eq!(written[2]["path"], s(&zip));
    let mut kinds = std::collections::BTreeMap::new();
    for (w, accession) in written.iter().zip([
        "0000912282-09-000008",
        "0001167379-09-000003",
        "0000943374-24-000509",
    ]) {
        let dir = out_dir.join(accession);
        assert_eq!(w["dir"], s(&dir));
        let index: Value =
            serde_json::from_slice(&std::fs::read(dir.join("index.json")).unwrap()).unwrap();
        assert_eq!(index["accessionNumber"], accession);
        let docs = index["documents"].as_array().unwrap();
        assert_eq!(
            w["files"],
            docs.iter().filter(|d| !d["file"].is_null()).count()
        );
        for d in docs {
            let Some(file) = d["file"].as_str() else {
                continue;
            };
            let bytes = std::fs::read(dir.join(file)).unwrap();
            assert_eq!(d["bytes"], bytes.len());
            let ct = d["contentType"].as_str().unwrap_or("");
            match ct {
                "image/jpeg" => {
                    assert!(bytes.starts_with(&[0xFF, 0xD8]), "{file}");
                    let end = bytes.len() - bytes.iter().rev().take_while(|&&b| b == 0).count();
                    assert_eq!(&bytes[end - 2..end], [0xFF, 0xD9], "{file}");
                }
                "application/pdf" => {
                    assert!(bytes.starts_with(b"%PDF-"), "{file}");
                    let tail = String::from_utf8_lossy(&bytes[bytes.len().saturating_sub(64)..]);
                    assert!(tail.contains("%%EOF"), "{file}");
                }
                "application/zip" => {
                    assert!(bytes.starts_with(b"PK\x03\x04"), "{file}");
                    // The end-of-central-directory record: a whole archive.
                    let tail = &bytes[bytes.len().saturating_sub(22 + 65_535)..];
                    assert!(tail.windows(4).any(|w| w == b"PK\x05\x06"), "{file}");
                }
                _ => {}
            }
            *kinds.entry(ct.to_string()).or_insert(0) += 1;
            if d["format"] == "html" {
                let text = String::from_utf8_lossy(&bytes).to_ascii_lowercase();
                assert!(text.contains("<html") || text.contains("<body"), "{file}");
            }
        }
    }
    for ct in ["image/jpeg", "application/pdf", "application/zip"] {
        assert!(
            kinds.get(ct).is_some_and(|&n| n >= 1),
            "no {ct} in {kinds:?}"
        );
    }
    // Nothing outside --out.
    let outside: Vec<PathBuf> = all_files(tmp.path())
        .into_iter()
        .filter(|p| !p.starts_with("out"))
        .collect();
    assert!(outside.is_empty(), "{outside:?}");
}

#[test]
fn extract_keeps_crafted_names_inside_the_output_directory() {
    let tmp = tempfile::tempdir().unwrap();
    // `../../tmp/evil.txt` from DIR/<accession>/ would be tmp/a/tmp/evil.txt.
    let out_dir = tmp.path().join("a/b/out");
    let out = run(&["extract", "--out", s(&out_dir), EVIL]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<String> = all_files(tmp.path())
        .iter()
        .map(|p| p.to_str().unwrap().to_string())
        .collect();
    let inside = "a/b/out/0000000000-26-000001/";
    assert_eq!(
        files,
        [
            "cover.txt",
            "dots.txt",
            "etc_evil-absolute.txt",
            "index.json",
            "tmp_evil.txt",
            "win_bell.txt",
        ]
        .map(|f| format!("{inside}{f}"))
    );
    let evil = std::fs::read_to_string(out_dir.join("0000000000-26-000001/tmp_evil.txt")).unwrap();
    assert_eq!(evil, "climbed out of DIR\n");
}

/// What the body layer reports about the blocks it builds.
const BODY_CODES: [&str; 11] = [
    "unclosed-table",
    "stray-table-close",
    "table-without-column-markers",
    "blocks-truncated",
    "repeated-diagnostic",
    "table-grid-too-large",
    "unclosed-comment",
    "unclosed-cdata",
    "unclosed-attribute-quote",
    "unclosed-tag",
    "unclosed-raw-text",
];

#[test]
fn primary_bodies_give_the_same_report_faster_path() {
    // `Bodies::Primary` (what --no-blocks, --report-only and covers use) reads the same
    // report as building every body, on the whole 6-K submissions of the corpus up to
    // 500 KB (610 of 673; the test build is unoptimised).
    let Some(dir) = corpus("sixk-submissions") else {
        return;
    };
    let all = form6k::Options {
        blocks: false,
        ..Default::default()
    };
    let primary = form6k::Options {
        blocks: false,
        bodies: form6k::Bodies::Primary,
        ..Default::default()
    };
    let mut with_exhibit_bodies = 0;
    for f in small_files(&dir, 500_000) {
        let bytes = std::fs::read(&f).unwrap();
        let a = form6k::parse_with(&bytes, &all);
        let p = form6k::parse_with(&bytes, &primary);
        assert_eq!(a.report, p.report, "{}", f.display());
        assert_eq!(a.header, p.header, "{}", f.display());
        assert_eq!(a.documents, p.documents, "{}", f.display());
        // Envelope and report diagnostics are all kept; only body-layer ones go.
        for d in &p.diagnostics {
            assert!(a.diagnostics.contains(d), "{}: {d:?}", f.display());
        }
        for d in a.diagnostics.iter().filter(|d| !p.diagnostics.contains(d)) {
            assert!(BODY_CODES.contains(&d.code), "{}: {d:?}", f.display());
        }
        let readable = |d: &&form6k::Document| {
            matches!(
                d.format,
                form6k::DocumentFormat::Text | form6k::DocumentFormat::Html
            )
        };
        with_exhibit_bodies += usize::from(a.documents.iter().filter(readable).count() > 1);
    }
    assert!(with_exhibit_bodies > 100, "{with_exhibit_bodies}");

    // With blocks on, the report's document has its body and the others none.
    let bytes = std::fs::read(dir.join("0000903423-10-000505.txt")).unwrap();
    let f = form6k::parse_with(
        &bytes,
        &form6k::Options {
            bodies: form6k::Bodies::Primary,
            ..Default::default()
        },
    );
    let with_body: Vec<_> = f
        .documents
        .iter()
        .filter(|d| d.body.is_some())
        .map(|d| d.sequence.as_ref().map(|s| s.value.as_str()))
        .collect();
    assert_eq!(with_body, [Some("1")]);
    assert_eq!(f.report.and_then(|r| r.document).as_deref(), Some("1"));
    assert!(f.documents.len() > 1);
}

#[test]
fn cli_outputs_have_the_keys_the_schema_lists() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/schema/form6k.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let required = |def: &str| -> Vec<String> {
        let r = schema["$defs"][def]["required"].as_array();
        r.unwrap_or_else(|| panic!("no {def} in the schema"))
            .iter()
            .map(|k| k.as_str().unwrap().to_string())
            .collect()
    };
    let only = run(&["parse", "--compact", "--report-only", EVIL]).stdout;
    assert_eq!(keys_in_order(&only), required("CliReportOnly"));
    let v: Value = serde_json::from_slice(&only).unwrap();
    // (Through a Value, whose keys are sorted.)
    let mut want = required("CliHeaderSummary");
    want.sort();
    let got: Vec<&String> = v["header"].as_object().unwrap().keys().collect();
    assert_eq!(got, want.iter().collect::<Vec<_>>());
    assert_eq!(v["header"]["parties"][0]["cik"]["value"], "0000000000");
    let row = run(&["covers", "--jsonl", EVIL]).stdout;
    assert_eq!(keys_in_order(&row), required("CliCoverRow"));
}
