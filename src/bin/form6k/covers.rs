//! `form6k covers`: one row per filing, the cover page as a table.
//!
//! ```text
//! path,accessionNumber,filedAsOf,cik,conformedName,formType,period,...
//! sixk/0000903423-10-000505.txt,0000903423-10-000505,2010-08-27,0001087711,Santander UK plc,6-K,2010-08,...
//! ```
//!
//! The row is the library's [`form6k::covers`] (shared with the Python package): CSV
//! columns and JSONL keys are the same names, in the same order. A column that can hold
//! several values (two registrants, three exhibits) joins them with ` | ` in CSV and is
//! an array in JSONL. Empty (CSV) or `null` (JSONL) is what the filing does not say.

use crate::parse::failure;
use crate::run::{self, Fatal, Outcome, Summary};
use crate::InputArgs;
use clap::Args;
use form6k::covers::{CoverRow, COLUMNS};
use form6k::Bodies;

#[derive(Args)]
pub struct CoversArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// One JSON object per line instead of CSV (lists as arrays); an input that
    /// cannot be read is {"path": ..., "error": ...}.
    #[arg(long)]
    pub jsonl: bool,
}

fn csv_line(cells: &[String]) -> Result<Vec<u8>, String> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    w.write_record(cells).map_err(|e| e.to_string())?;
    w.into_inner().map_err(|e| e.to_string())
}

pub fn run(args: CoversArgs) -> Result<Summary, Fatal> {
    let options = form6k::Options {
        blocks: false,
        max_input: args.input.max_input,
        bodies: Bodies::Primary,
    };
    let jsonl = args.jsonl;
    let head = if jsonl {
        Vec::new()
    } else {
        let columns = COLUMNS.map(str::to_string);
        csv_line(&columns).map_err(Fatal::Io)?
    };
    run::run(&args.input, &head, |input, data| {
        let name = input.name();
        let filing = match data {
            Ok(bytes) => form6k::parse_with(&bytes, &options),
            Err(e) => return failure(&name, e, jsonl),
        };
        let row = CoverRow::new(name, &filing);
        let line = if jsonl {
            serde_json::to_vec(&row)
                .map(|mut v| {
                    v.push(b'\n');
                    v
                })
                .map_err(|e| e.to_string())
        } else {
            csv_line(&row.record())
        };
        match line {
            Ok(out) => Outcome {
                out,
                ..Outcome::default()
            },
            Err(e) => Outcome {
                messages: vec![format!("cannot write the row: {e}")],
                failed: true,
                ..Outcome::default()
            },
        }
    })
}
