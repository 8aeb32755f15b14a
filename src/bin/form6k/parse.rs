//! `form6k parse`: each filing as JSON.
//!
//! ```text
//! {"path":"a.txt","filing":{"kind":"submission",...}}        --jsonl
//! {"path":"b.txt","error":"cannot read: No such file or directory (os error 2)"}
//! ```

use crate::inputs::InputArgs;
use crate::inputs::ReadError;
use crate::run::{self, Fatal, Outcome, Summary};
use clap::Args;
use form6k::{Bodies, Diagnostic, Field, Filing, Header, InputKind, Report};
use serde::Serialize;

#[derive(Args)]
pub struct ParseArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// One JSON object per line: {"path": ..., "filing": ...}; an input that cannot
    /// be read is {"path": ..., "error": ...}.
    #[arg(long)]
    pub jsonl: bool,
    /// Print each filing's JSON on one line (the default with --jsonl).
    #[arg(long)]
    pub compact: bool,
    /// Leave out pages and blocks; only the document the report reads is built
    /// into blocks, so this is much faster on submissions with many exhibits.
    #[arg(long)]
    pub no_blocks: bool,
    /// Print only a header summary, the report and the diagnostics (implies the
    /// speed of --no-blocks).
    #[arg(long)]
    pub report_only: bool,
}

/// `--report-only`: the header's identity, the report, the diagnostics.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReportOnly<'a> {
    kind: InputKind,
    encoding: form6k::Encoding,
    header: Option<HeaderSummary<'a>>,
    report: &'a Option<Report>,
    diagnostics: &'a [Diagnostic],
}

/// The keys of `Header` that say which filing this is, under the same names.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct HeaderSummary<'a> {
    accession_number: &'a Option<Field<String>>,
    submission_type: &'a Option<Field<String>>,
    public_document_count: &'a Option<Field<u32>>,
    period: &'a Option<Field<String>>,
    filed_as_of: &'a Option<Field<String>>,
    acceptance_date_time: &'a Option<Field<String>>,
    parties: Vec<PartySummary<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PartySummary<'a> {
    role: &'a Field<String>,
    conformed_name: Option<&'a Field<String>>,
    cik: Option<&'a Field<String>>,
}

fn summary(h: &Header) -> HeaderSummary<'_> {
    HeaderSummary {
        accession_number: &h.accession_number,
        submission_type: &h.submission_type,
        public_document_count: &h.public_document_count,
        period: &h.period,
        filed_as_of: &h.filed_as_of,
        acceptance_date_time: &h.acceptance_date_time,
        parties: h
            .parties
            .iter()
            .map(|p| PartySummary {
                role: &p.role,
                conformed_name: p
                    .company_data
                    .as_ref()
                    .and_then(|c| c.conformed_name.as_ref()),
                cik: p.company_data.as_ref().and_then(|c| c.cik.as_ref()),
            })
            .collect(),
    }
}

pub fn run(args: ParseArgs) -> Result<Summary, Fatal> {
    let fast = args.no_blocks || args.report_only;
    let options = form6k::Options {
        blocks: !fast,
        max_input: args.input.max_input,
        bodies: if fast { Bodies::Primary } else { Bodies::All },
    };
    let (jsonl, compact, report_only) = (args.jsonl, args.compact, args.report_only);
    run::run(&args.input, b"", |input, data| {
        let mut o = Outcome::default();
        let name = input.name();
        let filing = match data {
            Ok(bytes) => {
                // The JSON with blocks is about the size of the input (1.23 MB for the
                // 1.37 MB Plymouth Rock 20-F): room for it at once, not by doubling.
                o.out.reserve(if fast { 1 << 12 } else { bytes.len() });
                form6k::parse_with(&bytes, &options)
            }
            Err(e) => return failure(&name, e, jsonl),
        };
        let written = if report_only {
            let value = ReportOnly {
                kind: filing.kind,
                encoding: filing.encoding,
                header: filing.header.as_ref().map(summary),
                report: &filing.report,
                diagnostics: &filing.diagnostics,
            };
            write_json(&mut o.out, &name, &value, jsonl, compact)
        } else {
            write_json::<Filing>(&mut o.out, &name, &filing, jsonl, compact)
        };
        if let Err(e) = written {
            o.messages.push(format!("cannot serialize: {e}"));
            o.failed = true;
        }
        o
    })
}

/// `value` as the command prints it: a JSONL line `{"path","filing"}`, or the bare
/// JSON (pretty unless `compact`). Streamed: no `serde_json::Value` copy is built.
fn write_json<T: Serialize>(
    out: &mut Vec<u8>,
    path: &str,
    value: &T,
    jsonl: bool,
    compact: bool,
) -> serde_json::Result<()> {
    if jsonl {
        out.extend_from_slice(b"{\"path\":");
        serde_json::to_writer(&mut *out, path)?;
        out.extend_from_slice(b",\"filing\":");
        serde_json::to_writer(&mut *out, value)?;
        out.extend_from_slice(b"}");
    } else if compact {
        serde_json::to_writer(&mut *out, value)?;
    } else {
        serde_json::to_writer_pretty(&mut *out, value)?;
    }
    out.push(b'\n');
    Ok(())
}

/// An input that was not parsed: a message on standard error, exit status 1, and
/// with `jsonl` (where every input has its line) `{"path","error"}`.
pub fn failure(path: &str, e: ReadError, jsonl: bool) -> Outcome {
    let message = e.to_string();
    let mut out = Vec::new();
    if jsonl {
        out.extend_from_slice(b"{\"path\":");
        let _ = serde_json::to_writer(&mut out, path);
        out.extend_from_slice(b",\"error\":");
        let _ = serde_json::to_writer(&mut out, &message);
        out.extend_from_slice(b"}\n");
    }
    Outcome {
        out,
        messages: vec![message],
        failed: true,
        input_bytes: 0,
    }
}
