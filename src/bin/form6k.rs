//! `form6k`: parse EDGAR filings from the command line and print JSON.

use std::io::{Read, Write};
use std::process::ExitCode;

const HELP: &str = "\
form6k - parse SEC EDGAR Form 6-K filings into JSON

USAGE:
    form6k parse [OPTIONS] FILE...

    FILE is a whole EDGAR submission (.txt, .nc), a header (.hdr.sgml), a lone
    <DOCUMENT> block, or a bare plain-text or HTML 6-K. `-` reads standard input.

OPTIONS:
    --jsonl        one JSON object per line: {\"path\": ..., \"filing\": ...}
    --no-blocks    leave out each document's pages and blocks (smaller output)
    --compact      print JSON on one line (the default with --jsonl)
    -h, --help     print this help
    -V, --version  print the version

Spans in the output are half-open byte offsets into the file as given.
Exit status: 0 when every input could be read (even with diagnostics),
1 when a path could not be read, 2 for a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
