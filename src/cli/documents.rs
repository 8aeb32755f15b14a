//! `form6k markdown` and `form6k tables`: a document as Markdown, tables as CSV or
//! as one JSON line per figure. Included by the CLI binary with `#[path]`; the
//! argument parsing stays in `form6k.rs`.

use std::io::Write;

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
fn sequences(filing: &form6k::Filing, which: &Which) -> Result<Vec<String>, String> {
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
            Some(_) => Err(format!("document {s} has no text body")),
            None => Err(format!("no document with <SEQUENCE> {s}")),
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
                .ok_or_else(|| "no document with a text body".to_string())
        }
    }
}

/// Write the Markdown (or plain text) of the documents `which` names.
pub fn write_markdown(
    input: &[u8],
    which: &Which,
    plain: bool,
    out: &mut dyn Write,
) -> Result<(), String> {
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
            .map_err(|e| format!("cannot write output: {e}"))?;
    }
    Ok(())
}

/// Write the tables of the documents `which` names as CSV or facts.
pub fn write_tables(
    input: &[u8],
    which: &Which,
    format: TablesFormat,
    out: &mut dyn Write,
) -> Result<(), String> {
    let filing = form6k::parse(input);
    let seqs = sequences(&filing, which)?;
    let err = |e: &dyn std::fmt::Display| format!("cannot write output: {e}");
    match format {
        TablesFormat::Facts => {
            for s in &seqs {
                for fact in form6k::table_facts(&filing, s) {
                    serde_json::to_writer(&mut *out, &fact).map_err(|e| err(&e))?;
                    out.write_all(b"\n").map_err(|e| err(&e))?;
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
                        w.write_record(fields).map_err(|e| err(&e))?;
                    }
                }
            }
            w.flush().map_err(|e| err(&e))?;
        }
    }
    Ok(())
}
