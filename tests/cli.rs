//! The `form6k` command line: each subcommand on real filings, input order under
//! `-j 2`, `--files-from -`, directories, the covers CSV read back with a CSV parser,
//! extracted files that open as what they are and stay inside `--out`, a closed
//! pipe, the size limit and exit codes. Everything is written to temporary folders.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seed/hanaro-2003-04.txt"
);
const EVIL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/cli/evil-names.txt"
);

fn form6k() -> Command {
    Command::new(env!("CARGO_BIN_EXE_form6k"))
}

fn run(args: &[&str]) -> Output {
    form6k()
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run form6k: {e}"))
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = form6k()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run form6k: {e}"));
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// The corpus folder, or `None` after one line saying the test is skipped.
fn corpus(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(CORPUS).join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} is absent", dir.display());
        None
    }
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The files of `dir` of at most `max` bytes, sorted.
fn small_files(dir: &Path, max: u64) -> Vec<PathBuf> {
    let mut files = sorted_files(dir);
    files.retain(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= max));
    files
}

fn lines(out: &[u8]) -> Vec<Value> {
    out.split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap_or_else(|e| panic!("not JSON ({e})")))
        .collect()
}

/// The keys of a JSON object, in the order written.
fn keys_in_order(json: &[u8]) -> Vec<String> {
    struct Keys(Vec<String>);
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Keys;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Keys, A::Error> {
            let mut keys = Vec::new();
            while let Some(k) = m.next_key::<String>()? {
                m.next_value::<serde::de::IgnoredAny>()?;
                keys.push(k);
            }
            Ok(Keys(keys))
        }
    }
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
            d.deserialize_map(Visit)
        }
    }
    serde_json::from_slice::<Keys>(json).unwrap().0
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn stem(p: &str) -> &str {
    Path::new(p).file_stem().unwrap().to_str().unwrap()
}

#[test]
fn help_version_and_usage_errors() {
    let out = run(&["--version"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        format!("form6k {}", form6k::VERSION)
    );
    for cmd in ["parse", "covers", "extract"] {
        let out = run(&[cmd, "--help"]);
        assert!(out.status.success(), "{cmd} --help");
        let help = String::from_utf8_lossy(&out.stdout);
        for flag in ["--files-from", "--jobs", "--quiet", "--max-input"] {
            assert!(help.contains(flag), "{cmd} --help lacks {flag}");
        }
    }
    assert!(String::from_utf8_lossy(&run(&["parse", "--help"]).stdout).contains("--report-only"));
    // Unknown flag, no input, a missing --out, no subcommand: usage errors, status 2.
    for args in [
        &["parse", "--frobnicate", SEED][..],
        &["parse"],
        &["extract", SEED],
        &["covers", "-j", "0", SEED],
        &[],
        &["parse", "-", "--files-from", "-"],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // After `--`, a name starting with dashes is a path (here one that does not exist).
    let out = run(&["parse", "--jsonl", "--", "--no-blocks"]);
    assert_eq!(out.status.code(), Some(1));
    let l = lines(&out.stdout);
    assert_eq!(l[0]["path"], "--no-blocks");
    assert!(l[0]["error"].as_str().unwrap().contains("cannot read"));
}

#[test]
fn parse_stdin_pretty_compact_and_report_only() {
    let seed = std::fs::read(SEED).unwrap();
    let pretty = run_with_stdin(&["parse", "-"], &seed);
    assert!(pretty.status.success());
    let compact = run(&["parse", "--compact", SEED]);
    let a: Value = serde_json::from_slice(&pretty.stdout).unwrap();
    let b: Value = serde_json::from_slice(&compact.stdout).unwrap();
    assert_eq!(a, b);
    assert_eq!(compact.stdout.iter().filter(|&&c| c == b'\n').count(), 1);
    assert!(pretty.stdout.iter().filter(|&&c| c == b'\n').count() > 100);
    assert!(a["documents"][0]["body"]["pages"].as_array().unwrap().len() > 1);
    assert_eq!(
        a["report"]["registrants"][0]["name"]["value"],
        "HANARO TELECOM, INC."
    );

    let no_blocks = lines(&run(&["parse", "--compact", "--no-blocks", SEED]).stdout);
    assert!(no_blocks[0]["documents"][0]["body"].is_null());
    assert_eq!(no_blocks[0]["report"], a["report"]);

    let raw = run(&["parse", "--compact", "--report-only", SEED]).stdout;
    assert_eq!(
        keys_in_order(&raw),
        ["kind", "encoding", "header", "report", "diagnostics"]
    );
    let only = lines(&run(&["parse", "--jsonl", "--report-only", SEED]).stdout);
    assert_eq!(only[0]["filing"]["report"], a["report"]);
    assert_eq!(only[0]["filing"]["diagnostics"], a["diagnostics"]);
}

#[test]
fn parse_jsonl_keeps_input_order_under_two_jobs() {
    let Some(dir) = corpus("sixk-submissions") else {
        return;
    };
    // Big and small files interleaved, in reverse order: a fast file finishes before
    // a slow one ahead of it and must wait.
    let mut files = sorted_files(&dir);
    files.truncate(60);
    files.reverse();
    let mut args = vec!["parse", "--jsonl", "--no-blocks", "-j", "2"];
    args.extend(files.iter().map(|p| s(p)));
    let out = run(&args);
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let l = lines(&out.stdout);
    assert_eq!(l.len(), files.len());
    for raw in out.stdout.split(|&b| b == b'\n').take(files.len()) {
        assert_eq!(keys_in_order(raw), ["path", "filing"]);
    }
    for (line, file) in l.iter().zip(&files) {
        // The path names the file; the filing is that file's.
        assert_eq!(line["path"], s(file));
        let accession = &line["filing"]["header"]["accessionNumber"]["value"];
        assert_eq!(accession, stem(s(file)));
    }
    // An unreadable path in the middle is an error line in its place; exit status 1.
    let missing = dir.join("no-such-filing.txt");
    let out = run(&[
        "parse",
        "--jsonl",
        "--no-blocks",
        "-j",
        "2",
        s(&files[0]),
        s(&missing),
        s(&files[1]),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let l = lines(&out.stdout);
    assert_eq!(l.len(), 3);
    assert_eq!(l[1]["path"], s(&missing));
    assert!(l[1]["filing"].is_null() && l[1]["error"].is_string());
    assert_eq!(l[2]["path"], s(&files[1]));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-filing.txt"));
}

/// The covers of `args` as JSONL rows.
fn covers_jsonl(args: &[&str]) -> Vec<Value> {
    let mut a = vec!["covers", "--jsonl"];
    a.extend_from_slice(args);
    let out = run(&a);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    lines(&out.stdout)
}

#[test]
fn directories_are_walked_recursively_in_sorted_order() {
    let Some(dir) = corpus("sixk-submissions") else {
        return;
    };
    let files = sorted_files(&dir);
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    // b/ sorts after a.txt, and z.txt after b/'s files; other extensions are skipped.
    std::fs::create_dir_all(root.join("b/c")).unwrap();
    let layout = [
        ("a.txt", &files[0]),
        ("b/c/d.nc", &files[1]),
        ("b/e.TXT", &files[2]),
        ("z.txt", &files[3]),
        ("skip.pdf", &files[4]),
        ("b/skip", &files[5]),
    ];
    for (name, src) in layout {
        std::fs::copy(src, root.join(name)).unwrap();
    }
    let rows = covers_jsonl(&["-j", "2", s(root)]);
    let got: Vec<String> = rows
        .iter()
        .map(|r| {
            let p = r["path"].as_str().unwrap();
            p.strip_prefix(s(root)).unwrap().to_string()
        })
        .collect();
    assert_eq!(got, ["/a.txt", "/b/c/d.nc", "/b/e.TXT", "/z.txt"]);
    let want: Vec<&str> = files[..4].iter().map(|p| stem(s(p))).collect();
    let accessions: Vec<&str> = rows
        .iter()
        .map(|r| r["accessionNumber"].as_str().unwrap())
        .collect();
    assert_eq!(accessions, want);
}

#[test]
fn files_from_stdin_equals_paths_as_arguments() {
    let Some(dir) = corpus("sixk-submissions") else {
        return;
    };
    let files: Vec<PathBuf> = sorted_files(&dir).into_iter().step_by(9).collect();
    let list: String = files.iter().map(|p| format!("{}\n", s(p))).collect();
    let piped = run_with_stdin(
        &["covers", "--jsonl", "-j", "2", "--files-from", "-"],
        list.as_bytes(),
    );
    assert!(piped.status.success());
    let mut args = vec!["-j", "1"];
    args.extend(files.iter().map(|p| s(p)));
    let direct = covers_jsonl(&args);
    assert_eq!(lines(&piped.stdout), direct);
    assert_eq!(direct.len(), files.len());
    // A list file (not stdin) with blank lines and CRLF endings reads the same.
    let tmp = tempfile::tempdir().unwrap();
    let list_file = tmp.path().join("list.txt");
    std::fs::write(&list_file, list.replace('\n', "\r\n\r\n")).unwrap();
    assert_eq!(covers_jsonl(&["--files-from", s(&list_file)]), direct);
}

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
    assert_eq!(headers.len(), 20);
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
    let (Some(sixk), Some(subs)) = (corpus("sixk-submissions"), corpus("submissions")) else {
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

#[test]
fn a_closed_pipe_ends_quietly_with_status_zero() {
    // Enough output to fill any pipe buffer many times over.
    let mut args = vec!["parse", "--jsonl", "-j", "2"];
    args.extend(std::iter::repeat_n(SEED, 2000));
    let mut child = form6k()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is gone (stdout dropped above), as after `| head -1`.
    let status = child.wait().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "");
    let line: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(line["path"], SEED);
}

#[test]
fn inputs_over_max_input_are_refused_with_status_one() {
    let len = std::fs::metadata(SEED).unwrap().len();
    let limit = (len - 1).to_string();
    // A file, then the same bytes on standard input.
    let out = run(&["parse", "--jsonl", "--max-input", &limit, SEED, EVIL]);
    assert_eq!(out.status.code(), Some(1));
    let l = lines(&out.stdout);
    assert_eq!(l[0]["path"], SEED);
    assert!(l[0]["error"].as_str().unwrap().contains("over the limit"));
    assert_eq!(l[1]["path"], EVIL);
    assert_eq!(l[1]["filing"]["kind"], "submission");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{SEED}: {len} bytes, over the limit of {limit} bytes"
        )),
        "{err}"
    );

    let seed = std::fs::read(SEED).unwrap();
    let out = run_with_stdin(&["covers", "--max-input", &limit, "-"], &seed);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("over the limit"));
    // CSV: the header and no row for the refused input.
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);

    // At the limit exactly, it is read.
    let out = run_with_stdin(&["covers", "--max-input", &len.to_string(), "-"], &seed);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
    // The default is 64 MiB; --max-input raises it past the library's default.
    let help = String::from_utf8_lossy(&run(&["covers", "--help"]).stdout).into_owned();
    assert!(help.contains("67108864"));
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
fn readme_command_line_examples_run() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = &readme[readme.find("## Command line").unwrap()..];
    let start = section.find("```sh\n").unwrap() + "```sh\n".len();
    let block = &section[start..start + section[start..].find("```").unwrap()];
    let tmp = tempfile::tempdir().unwrap();
    std::fs::copy(SEED, tmp.path().join("filing.txt")).unwrap();
    std::fs::create_dir_all(tmp.path().join("edgar/2026")).unwrap();
    std::fs::copy(SEED, tmp.path().join("edgar/hanaro.txt")).unwrap();
    std::fs::copy(EVIL, tmp.path().join("edgar/2026/crafted.txt")).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_form6k")).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut ran = 0;
    for line in block.lines() {
        let command = line.split(" # ").next().unwrap().trim();
        if command.is_empty() || command.starts_with("cargo ") {
            continue;
        }
        let out = Command::new("sh")
            .args(["-c", command])
            .current_dir(tmp.path())
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stderr.is_empty(), "{command}");
        let printed = String::from_utf8_lossy(&out.stdout);
        if command.contains(" > ") {
            assert!(printed.is_empty());
        } else {
            assert!(
                printed.contains("\"path\"") || printed.contains("\"kind\""),
                "{command}: {printed}"
            );
        }
        ran += 1;
    }
    assert_eq!(ran, 6);
    let csv = std::fs::read_to_string(tmp.path().join("covers.csv")).unwrap();
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(csv.contains("HANARO TELECOM, INC."));
    assert!(tmp.path().join("files/filing/index.json").is_file());
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

#[test]
fn progress_bar_only_on_a_terminal_and_not_with_quiet() {
    // util-linux `script` gives the command a terminal and copies what it draws.
    if Command::new("script").arg("--version").output().is_err() {
        println!("skipped: no `script` command to provide a terminal");
        return;
    }
    let files = vec![SEED; 300].join(" ");
    let bin = env!("CARGO_BIN_EXE_form6k");
    let on_terminal = |flags: &str| -> String {
        let command = format!("{bin} covers {flags} -j 1 {files} > /dev/null");
        let out = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let drawn = on_terminal("");
    assert!(drawn.contains("/300 files, "), "{drawn:?}");
    assert!(drawn.contains("MB/s") && drawn.contains("files/s") && drawn.contains("ETA"));
    assert_eq!(on_terminal("--quiet"), "");
    // Not a terminal (a pipe, as in every other test here): nothing on standard error.
    let out = run(&["covers", "-j", "1", SEED, SEED]);
    assert!(out.status.success() && out.stderr.is_empty());
}
