//! `form6k`: parse EDGAR filings from the command line and print JSON.

use std::io::{Read, Write};
use std::process::ExitCode;

#[path = "../cli/documents.rs"]
mod documents;

const HELP: &str = "\
form6k - parse SEC EDGAR Form 6-K filings into JSON

USAGE:
    form6k parse [OPTIONS] FILE...
    form6k markdown FILE [--document SEQ | --all] [--text]
    form6k tables FILE (--csv | --facts) [--document SEQ]

    FILE is a whole EDGAR submission (.txt, .nc), a header (.hdr.sgml), a lone
    <DOCUMENT> block, or a bare plain-text or HTML 6-K. `-` reads standard input.

OPTIONS:
    --jsonl        one JSON object per line: {\"path\": ..., \"filing\": ...}
    --no-blocks    leave out each document's pages and blocks (smaller output)
    --compact      print JSON on one line (the default with --jsonl)
    -h, --help     print this help
    -V, --version  print the version

markdown: the 6-K's own document (or --document SEQ, or --all) as Markdown;
    --text writes plain text instead.
tables: every table of every document (or of --document SEQ) as CSV rows
    (document, table, cells of the resolved grid), or with --facts one JSON
    line per figure: document, table, row, column, raw, value, scale,
    currency, percent, span.

Spans in the output are half-open byte offsets into the file as given.
Exit status: 0 when every input could be read (even with diagnostics),
1 when a path could not be read, 2 for a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if matches!(
        args.first().map(String::as_str),
        Some("markdown" | "tables")
    ) {
        return documents_command(&args);
    }
    let mut files = Vec::new();
    let (mut jsonl, mut compact, mut blocks, mut command) = (false, false, true, None);
    for a in &args {
        match a.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            "-V" | "--version" => {
                println!("form6k {}", form6k::VERSION);
                return ExitCode::SUCCESS;
            }
            "--jsonl" => jsonl = true,
            "--compact" => compact = true,
            "--no-blocks" => blocks = false,
            s if s.starts_with("--") => {
                eprintln!("form6k: unknown option {s}\n\n{HELP}");
                return ExitCode::from(2);
            }
            s if command.is_none() => command = Some(s.to_string()),
            s => files.push(s.to_string()),
        }
    }
    if command.as_deref() != Some("parse") || files.is_empty() {
        eprintln!("form6k: expected `form6k parse FILE...`\n\n{HELP}");
        return ExitCode::from(2);
    }
    let options = form6k::Options {
        blocks,
        ..Default::default()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failed = false;
    for path in &files {
        let bytes = match read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("form6k: cannot read {path}: {e}");
                failed = true;
                continue;
            }
        };
        let filing = form6k::parse_with(&bytes, &options);
        let written = if jsonl {
            let line = serde_json::json!({ "path": path, "filing": filing });
            serde_json::to_writer(&mut out, &line)
        } else if compact {
            serde_json::to_writer(&mut out, &filing)
        } else {
            serde_json::to_writer_pretty(&mut out, &filing)
        }
        .map_err(std::io::Error::from)
        .and_then(|()| writeln!(out));
        if let Err(e) = written {
            eprintln!("form6k: cannot write output: {e}");
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() {
        return ExitCode::from(1);
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

/// `form6k markdown ...` and `form6k tables ...` (see `documents.rs`).
fn documents_command(args: &[String]) -> ExitCode {
    let (mut file, mut which, mut plain, mut format) = (None, documents::Which::Main, false, None);
    let command = args.first().map(String::as_str).unwrap_or("");
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--document" => match it.next() {
                Some(s) => which = documents::Which::One(s.clone()),
                None => return usage("--document needs a sequence number"),
            },
            "--all" if command == "markdown" => which = documents::Which::All,
            "--text" if command == "markdown" => plain = true,
            "--csv" if command == "tables" => format = Some(documents::TablesFormat::Csv),
            "--facts" if command == "tables" => format = Some(documents::TablesFormat::Facts),
            "-h" | "--help" => {
                print!("{HELP}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with("--") => return usage(&format!("unknown option {s}")),
            s if file.is_none() => file = Some(s.to_string()),
            _ => return usage("expected one FILE"),
        }
    }
    let Some(path) = file else {
        return usage("expected a FILE");
    };
    let bytes = match read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("form6k: cannot read {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let done = if command == "markdown" {
        documents::write_markdown(&bytes, &which, plain, &mut out)
    } else {
        let Some(format) = format else {
            return usage("tables needs --csv or --facts");
        };
        if which == documents::Which::Main {
            which = documents::Which::All;
        }
        documents::write_tables(&bytes, &which, format, &mut out)
    };
    match done.and_then(|()| out.flush().map_err(|e| e.to_string())) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("form6k: {path}: {e}");
            ExitCode::from(1)
        }
    }
}

fn usage(message: &str) -> ExitCode {
    eprintln!("form6k: {message}\n\n{HELP}");
    ExitCode::from(2)
}
