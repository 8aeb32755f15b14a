//! `form6k markdown` and `form6k tables`: a document as Markdown, tables as CSV or
//! as one JSON line per figure (docs/markdown.md).
//!
//! ```text
//! form6k markdown 0000950123-10-044690.txt --document 2     the EX-99.1 as Markdown
//! form6k tables 0000950123-10-044690.txt --facts            one JSON line per figure
//! ```

use crate::run::{Fatal, Summary};
use clap::Args;
use std::io::{Read, Write};
use std::path::PathBuf;

#[derive(Args)]
pub struct MarkdownArgs {
    /// The filing (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// The document with this <SEQUENCE> [default: the 6-K's own document].
    #[arg(long, value_name = "SEQ", conflicts_with = "all")]
    pub document: Option<String>,
    /// Every document with a text body, each after a `<!-- document N (TYPE) -->` line.
    #[arg(long)]
    pub all: bool,
    /// Plain text instead of Markdown.
    #[arg(long)]
    pub text: bool,
}

#[derive(Args)]
pub struct TablesArgs {
    /// The filing (`-` reads standard input).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Only the document with this <SEQUENCE> [default: every document].
    #[arg(long, value_name = "SEQ")]
    pub document: Option<String>,
    /// Every table's resolved grid as CSV: document, table, then the cells of a row.
    #[arg(long, conflicts_with = "facts", required_unless_present = "facts")]
    pub csv: bool,
    /// One JSON object per figure: document, table, row, column, raw, value, scale,
    /// currency, percent, span.
    #[arg(long)]
    pub facts: bool,
}

pub fn run_markdown(a: MarkdownArgs) -> Result<Summary, Fatal> {
    let which = match (a.document, a.all) {
        (Some(s), _) => Which::One(s),
        (None, true) => Which::All,
        (None, false) => Which::Main,
    };
    let input = read(&a.file)?;
    finish(write_markdown(
        &input,
        &which,
        a.text,
        &mut std::io::stdout().lock(),
    ))
}

pub fn run_tables(a: TablesArgs) -> Result<Summary, Fatal> {
    let which = a.document.map_or(Which::All, Which::One);
    let format = if a.facts {
        TablesFormat::Facts
    } else {
        TablesFormat::Csv
    };
    let input = read(&a.file)?;
    finish(write_tables(
        &input,
        &which,
        format,
        &mut std::io::stdout().lock(),
    ))
}

fn read(path: &PathBuf) -> Result<Vec<u8>, Fatal> {
    let mut buf = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut buf).map(|_| buf)
    } else {
        std::fs::read(path)
    };
    read.map_err(|e| Fatal::Io(format!("cannot read {}: {e}", path.display())))
}

/// A closed output pipe (`| head`) ends quietly.
fn finish(done: Result<(), Failure>) -> Result<Summary, Fatal> {
    match done {
        Ok(()) | Err(Failure::ClosedPipe) => Ok(Summary { failed: false }),
        Err(Failure::Usage(m)) => Err(Fatal::Usage(m)),
        Err(Failure::Write(m)) => Err(Fatal::Io(m)),
    }
}

/// Why writing stopped.
pub enum Failure {
    /// No such document, or it has no text body.
    Usage(String),
    ClosedPipe,
    Write(String),
}

fn write_failure(e: std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Failure::ClosedPipe
    } else {
        Failure::Write(format!("cannot write output: {e}"))
    }
}

/// Which documents a command reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    /// The document with this `<SEQUENCE>`.
    One(String),
    /// Every document with a text body.
    All,
    /// The 6-K's own document (the first with a text body when there is no cover).
    Main,
}

/// What `form6k tables` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TablesFormat {
    /// The resolved grid of every table: `document,table,cell...` per row.
    Csv,
    /// One JSON object per figure (see `form6k::Fact`).
    Facts,
}

/// The sequences of the documents `which` names that have a body.
fn sequences(filing: &form6k::Filing, which: &Which) -> Result<Vec<String>, Failure> {
    let with_body = |d: &&form6k::Document| d.body.is_some();
    // A bare document has no <SEQUENCE>: it is document 1.
    let seq = |d: &form6k::Document| {
        Some(
            d.sequence
                .as_ref()
                .map_or("1".to_string(), |s| s.value.clone()),
        )
    };
    match which {
        Which::One(s) => match form6k::markdown::find_document(filing, s) {
            Some(d) if d.body.is_some() => Ok(vec![s.clone()]),
            Some(_) => Err(Failure::Usage(format!("document {s} has no text body"))),
            None => Err(Failure::Usage(format!("no document with <SEQUENCE> {s}"))),
        },
        Which::All => Ok(filing
            .documents
            .iter()
            .filter(with_body)
            .filter_map(seq)
            .collect()),
        Which::Main => {
            let from_report = filing
                .report
                .as_ref()
                .and_then(|r| r.document.clone())
                .filter(|s| {
                    form6k::markdown::find_document(filing, s).is_some_and(|d| d.body.is_some())
                });
            from_report
                .or_else(|| filing.documents.iter().filter(with_body).find_map(seq))
                .map(|s| vec![s])
                .ok_or_else(|| Failure::Usage("no document with a text body".to_string()))
        }
    }
}

/// Write the Markdown (or plain text) of the documents `which` names.
pub fn write_markdown(
    input: &[u8],
    which: &Which,
    plain: bool,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let filing = form6k::parse(input);
    let seqs = sequences(&filing, which)?;
    let many = seqs.len() > 1;
    for (i, s) in seqs.iter().enumerate() {
        let text = if plain {
            form6k::text(&filing, s)
        } else {
            form6k::markdown(&filing, s).map(|m| m.text)
        }
        .unwrap_or_default();
        let kind = form6k::markdown::find_document(&filing, s)
            .and_then(|d| d.doc_type.as_ref())
            .map_or(String::new(), |t| format!(" ({})", t.value));
        let sep = if i > 0 { "\n" } else { "" };
        let head = if many && plain {
            format!("{sep}==== document {s}{kind} ====\n\n")
        } else if many {
            format!("{sep}<!-- document {s}{kind} -->\n\n")
        } else {
            String::new()
        };
        out.write_all(head.as_bytes())
            .and_then(|()| out.write_all(text.as_bytes()))
            .map_err(write_failure)?;
    }
    Ok(())
}

/// Write the tables of the documents `which` names as CSV or facts.
pub fn write_tables(
    input: &[u8],
    which: &Which,
    format: TablesFormat,
    out: &mut dyn Write,
) -> Result<(), Failure> {
    let filing = form6k::parse(input);
    let seqs = sequences(&filing, which)?;
    let csv_err = |e: csv::Error| match e.into_kind() {
        csv::ErrorKind::Io(e) => write_failure(e),
        other => Failure::Write(format!("cannot write output: {other:?}")),
    };
    match format {
        TablesFormat::Facts => {
            for s in &seqs {
                for fact in form6k::table_facts(&filing, s) {
                    serde_json::to_writer(&mut *out, &fact).map_err(|e| write_failure(e.into()))?;
                    out.write_all(b"\n").map_err(write_failure)?;
                }
            }
        }
        TablesFormat::Csv => {
            let mut w = csv::WriterBuilder::new().flexible(true).from_writer(out);
            for s in &seqs {
                let tables = form6k::tables::document_tables(&filing, s);
                for (i, t) in tables.into_iter().enumerate() {
                    let n = (i + 1).to_string();
                    for record in form6k::tables::csv_records(t) {
                        let fields = [s.as_str(), n.as_str()]
                            .into_iter()
                            .chain(record.iter().map(String::as_str));
                        w.write_record(fields).map_err(csv_err)?;
                    }
                }
            }
            w.flush().map_err(write_failure)?;
        }
    }
    Ok(())
}
