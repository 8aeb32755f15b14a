//! `form6k`: parse EDGAR filings from the command line, on all cores.
//!
//! ```text
//! form6k parse --jsonl --no-blocks edgar/2010/       {"path": ..., "filing": ...} per file
//! form6k covers edgar/ > covers.csv                  one row per filing
//! find edgar -name '*.txt' | form6k covers --jsonl --files-from -
//! form6k extract --out files/ 0000903423-10-000505.txt
//! form6k markdown 0000950123-10-044690.txt --document 2  the EX-99.1 as Markdown
//! form6k tables 0000950123-10-044690.txt --facts         one JSON line per figure
//! ```
//!
//! Each subcommand reads its inputs in parallel (`run`) and writes results in input
//! order; `inputs` turns arguments into the list of files. Floors, each importing only
//! those below: `main` -> the subcommands (`parse`, `covers`, `extract`, `documents`)
//! -> `run` -> `inputs`.

mod covers;
mod documents;
mod extract;
mod inputs;
mod parse;
mod run;

use clap::{Parser, Subcommand};
use inputs::InputArgs;
use std::io::Write;
use std::process::ExitCode;

/// Printed after every `--help`.
const AFTER_HELP: &str = "\
Spans in the output are half-open byte offsets into the file as given.
Exit status: 0 when every input was read (even with diagnostics), 1 when an
input could not be read or was over --max-input, 2 for a usage error.
A closed output pipe (`| head`) ends quietly with 0.";

#[derive(Parser)]
#[command(
    name = "form6k",
    version,
    propagate_version = true,
    about = "Parse SEC EDGAR Form 6-K filings: JSON, a table of covers, attachments out",
    after_help = AFTER_HELP
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse each filing into JSON (pretty by default).
    #[command(after_help = AFTER_HELP)]
    Parse(parse::ParseArgs),
    /// One row per filing: the cover page as a table (CSV, or --jsonl).
    #[command(after_help = AFTER_HELP)]
    Covers(covers::CoversArgs),
    /// Write each document's body and each decoded attachment under --out DIR.
    #[command(after_help = AFTER_HELP)]
    Extract(extract::ExtractArgs),
    /// A document as Markdown (headings, lists, GitHub tables), or plain text.
    Markdown(documents::MarkdownArgs),
    /// Tables as CSV (the resolved grid) or as facts (one JSON line per figure).
    Tables(documents::TablesArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(a) => parse::run(a),
        Command::Covers(a) => covers::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Markdown(a) => documents::run_markdown(a),
        Command::Tables(a) => documents::run_tables(a),
    };
    match result {
        Ok(run::Summary { failed: false }) => ExitCode::SUCCESS,
        Ok(run::Summary { failed: true }) => ExitCode::from(1),
        Err(run::Fatal::Usage(msg)) => {
            let _ = writeln!(std::io::stderr(), "form6k: {msg}");
            ExitCode::from(2)
        }
        Err(run::Fatal::Io(msg)) => {
            let _ = writeln!(std::io::stderr(), "form6k: {msg}");
            ExitCode::from(1)
        }
    }
}
