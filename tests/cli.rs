//! The `form6k` command line: arguments and exit codes, `parse` (stdin, pretty,
//! compact, --report-only), input order under `-j 2`, directories, `--files-from -`,
//! a closed pipe, the size limit, the progress bar and the README's example lines.
//! Everything is written to temporary folders. Covers and extract: `cli_outputs.rs`.

mod cli_support;

use cli_support::*;
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

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
        assert!(
            help.contains("Exit status: 0 when every input was read"),
            "{cmd}"
        );
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

#[test]
fn max_input_raises_the_64_mib_default() {
    // 65 MiB of blank lines: over the default, read when --max-input allows it (the
    // library's own limit follows the flag: no `input-too-large` diagnostic).
    let tmp = tempfile::tempdir().unwrap();
    let big = tmp.path().join("big.txt");
    std::fs::write(&big, vec![b'\n'; 65 << 20]).unwrap();
    let refused = run(&["covers", "--jsonl", s(&big)]);
    assert_eq!(refused.status.code(), Some(1));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("68157440 bytes, over the limit of 67108864 bytes"),
        "{err}"
    );
    let read = run(&["covers", "--jsonl", "--max-input", "70000000", s(&big)]);
    assert!(
        read.status.success(),
        "{}",
        String::from_utf8_lossy(&read.stderr)
    );
    let row = &lines(&read.stdout)[0];
    assert_eq!(row["path"], s(&big));
    // Read, not refused: blank lines are only "not a filing".
    assert_eq!(
        row["diagnosticCodes"],
        serde_json::json!(["not-a-filing"]),
        "{row}"
    );
}
