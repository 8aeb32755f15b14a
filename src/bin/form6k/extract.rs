//! `form6k extract --out DIR`: each document's body and each decoded attachment as
//! files, under `DIR/<accession number or file stem>/`, with an `index.json` there.
//!
//! ```text
//! begin 644 ../../tmp/evil.txt        ->  DIR/0000000000-00-000000/tmp_evil.txt
//! ```
//!
//! Names come from the filing (`<FILENAME>`, the `begin` line), so they go through
//! [`form6k::safe_file_name`] before they touch the file system: one path component,
//! no `..`, no control characters, no characters Windows refuses, no leading dot.

use crate::inputs::InputArgs;
use crate::parse::failure;
use crate::run::{self, Fatal, Outcome, Summary};
use clap::Args;
use form6k::{safe_file_name as sanitize, Bodies, Document, Filing};
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The directory to write into (created if missing).
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

/// One document in `index.json`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Entry<'a> {
    sequence: Option<&'a str>,
    #[serde(rename = "type")]
    doc_type: Option<&'a str>,
    filename: Option<&'a str>,
    description: Option<&'a str>,
    format: &'a str,
    /// The file written, relative to the filing's directory; `null` for an empty body.
    file: Option<String>,
    bytes: usize,
    /// Decoded from uuencoding (`contentType` says what it is).
    decoded: bool,
    content_type: Option<&'a str>,
}

/// The line on standard output for each input.
#[derive(Serialize)]
struct Written<'a> {
    path: &'a str,
    dir: &'a str,
    files: usize,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Index<'a> {
    path: &'a str,
    accession_number: Option<&'a str>,
    documents: Vec<Entry<'a>>,
}

/// `name`, or `name-2`, `name-3`... (before the extension) when taken. Case is
/// ignored, for file systems that do.
fn unique(name: String, used: &mut HashSet<String>) -> String {
    let mut candidate = name.clone();
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 => name.split_at(i),
        _ => (name.as_str(), ""),
    };
    let mut n = 2;
    while !used.insert(candidate.to_lowercase()) {
        candidate = format!("{stem}-{n}{ext}");
        n += 1;
    }
    candidate
}

/// The file name for a document: the attachment's name, else `<FILENAME>`, else
/// `<sequence>.<txt|htm|...>`.
fn file_name(doc: &Document, index: usize) -> String {
    let from_filing = doc
        .attachment
        .as_ref()
        .and_then(|a| sanitize(&a.name.value))
        .or_else(|| doc.filename.as_ref().and_then(|f| sanitize(&f.value)));
    from_filing.unwrap_or_else(|| {
        let seq = doc
            .sequence
            .as_ref()
            .and_then(|s| sanitize(&s.value))
            .unwrap_or_else(|| (index + 1).to_string());
        let ext = match doc.format.as_str() {
            "html" | "inlineXbrl" => "htm",
            "xml" | "xbrl" => "xml",
            "pdf" => "pdf",
            _ => "txt",
        };
        format!("document-{seq}.{ext}")
    })
}

/// Write one filing's files; returns the directory and the number of files.
fn s(f: &Option<form6k::Field<String>>) -> Option<&str> {
    f.as_ref().map(|f| f.value.as_str())
}

fn write_filing(
    out: &Path,
    path: &str,
    input: &[u8],
    filing: &Filing,
) -> std::io::Result<(PathBuf, usize)> {
    let accession = filing
        .header
        .as_ref()
        .and_then(|h| h.accession_number.as_ref())
        .map(|a| a.value.as_str());
    let dir_name = accession
        .and_then(sanitize)
        .or_else(|| {
            Path::new(path)
                .file_stem()
                .and_then(|s| sanitize(&s.to_string_lossy()))
        })
        .unwrap_or_else(|| "stdin".to_string());
    let dir = out.join(dir_name);
    std::fs::create_dir_all(&dir)?;
    let mut used = HashSet::from(["index.json".to_string()]);
    let mut entries = Vec::new();
    let mut files = 0;
    for (i, doc) in filing.documents.iter().enumerate() {
        let data: &[u8] = match &doc.attachment {
            Some(a) => &a.data,
            None => input
                .get(doc.body_span.start..doc.body_span.end)
                .unwrap_or_default(),
        };
        let file = if data.is_empty() {
            None
        } else {
            let name = unique(file_name(doc, i), &mut used);
            std::fs::write(dir.join(&name), data)?;
            files += 1;
            Some(name)
        };
        entries.push(Entry {
            sequence: s(&doc.sequence),
            doc_type: s(&doc.doc_type),
            filename: s(&doc.filename),
            description: s(&doc.description),
            format: doc.format.as_str(),
            file,
            bytes: data.len(),
            decoded: doc.attachment.is_some(),
            content_type: doc.attachment.as_ref().map(|a| a.content_type.as_str()),
        });
    }
    let index = Index {
        path,
        accession_number: accession,
        documents: entries,
    };
    let json = serde_json::to_vec_pretty(&index).map_err(std::io::Error::from)?;
    std::fs::write(dir.join("index.json"), json)?;
    Ok((dir, files))
}

pub fn run(args: ExtractArgs) -> Result<Summary, Fatal> {
    std::fs::create_dir_all(&args.out)
        .map_err(|e| Fatal::Io(format!("cannot create {}: {e}", args.out.display())))?;
    let options = form6k::Options {
        blocks: false,
        max_input: args.input.max_input,
        bodies: Bodies::Primary,
    };
    let out = args.out.as_path();
    run::run(&args.input, b"", |input, data| {
        let name = input.name();
        let bytes = match data {
            Ok(b) => b,
            Err(e) => return failure(&name, e, true),
        };
        let filing = form6k::parse_with(&bytes, &options);
        match write_filing(out, &name, &bytes, &filing) {
            Ok((dir, files)) => {
                // One line per input: where its files went.
                let done = Written {
                    path: &name,
                    dir: &dir.to_string_lossy(),
                    files,
                };
                let mut line = serde_json::to_vec(&done).unwrap_or_default();
                line.push(b'\n');
                Outcome {
                    out: line,
                    ..Outcome::default()
                }
            }
            Err(e) => Outcome {
                messages: vec![format!("cannot write files: {e}")],
                failed: true,
                ..Outcome::default()
            },
        }
    })
}
