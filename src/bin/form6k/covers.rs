//! `form6k covers`: one row per filing, the cover page as a table.
//!
//! ```text
//! path,accessionNumber,filedAsOf,cik,conformedName,formType,period,...
//! sixk/0000903423-10-000505.txt,0000903423-10-000505,2010-08-27,0001087711,Santander UK plc,6-K,2010-08,...
//! ```
//!
//! CSV columns and JSONL keys are the same names, in the same order. A column that
//! can hold several values (two registrants, three exhibits) joins them with ` | `
//! in CSV and is an array in JSONL. Empty (CSV) or `null` (JSONL) is what the filing
//! does not say. New columns go at the end of [`Row`] and [`COLUMNS`] (the report
//! will grow `headline`, `topics`, `fiscal_period`), so scripts reading by name keep
//! working.

use crate::parse::failure;
use crate::run::{self, Fatal, Outcome, Summary};
use crate::InputArgs;
use clap::Args;
use form6k::{Bodies, Field, Filing};
use serde::Serialize;

#[derive(Args)]
pub struct CoversArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// One JSON object per line instead of CSV (lists as arrays); an input that
    /// cannot be read is {"path": ..., "error": ...}.
    #[arg(long)]
    pub jsonl: bool,
}

/// The CSV header: [`Row`]'s fields, in order.
pub const COLUMNS: [&str; 23] = [
    "path",
    "accessionNumber",
    "filedAsOf",
    "cik",
    "conformedName",
    "formType",
    "period",
    "commissionFileNumbers",
    "registrants",
    "englishNames",
    "addresses",
    "annualReportForm",
    "paperSubmissionRule101b1",
    "paperSubmissionRule101b7",
    "rule12g32b",
    "rule12g32bFileNumber",
    "exhibits",
    "signers",
    "headline",
    "topics",
    "fiscalPeriod",
    "diagnosticsCount",
    "diagnosticCodes",
];

/// Between the values of a many-valued column in CSV.
const JOIN: &str = " | ";

/// One filing's cover. Header values come from the filer parties (all of them, in
/// order, for a multi-filer submission); cover values from the report.
#[derive(Serialize, Debug, Default)]
#[serde(rename_all = "camelCase")]
pub struct Row {
    path: String,
    accession_number: Option<String>,
    /// `YYYY-MM-DD`.
    filed_as_of: Option<String>,
    cik: Vec<String>,
    conformed_name: Vec<String>,
    /// The report's form type, else the header's submission type.
    form_type: Option<String>,
    /// The cover's period of report: `YYYY-MM`, or `YYYY-MM-DD` when it gives a day.
    period: Option<String>,
    commission_file_numbers: Vec<String>,
    registrants: Vec<String>,
    english_names: Vec<String>,
    addresses: Vec<String>,
    /// `20-F` or `40-F`.
    annual_report_form: Option<String>,
    paper_submission_rule101b1: Option<bool>,
    paper_submission_rule101b7: Option<bool>,
    rule12g32b: Option<bool>,
    /// `82-...`.
    rule12g32b_file_number: Option<String>,
    /// Exhibit numbers as listed, e.g. `99.1`.
    exhibits: Vec<String>,
    /// Each signature's name, else its `/s/` line.
    signers: Vec<String>,
    /// The first item's headline (what the 6-K furnishes first).
    headline: Option<String>,
    /// The topics of all items, main topic of the first item first, each once.
    topics: Vec<&'static str>,
    /// The first results period: `Q2 2009`, `H1 2010`, `9M 2009`, `FY 2008`, `M 2009-06`,
    /// with `ended YYYY-MM-DD` when stated.
    fiscal_period: Option<String>,
    diagnostics_count: usize,
    /// Distinct codes, in the order first seen.
    diagnostic_codes: Vec<&'static str>,
}

fn val(f: &Option<Field<String>>) -> Option<String> {
    f.as_ref().map(|f| f.value.clone())
}

fn vals(fs: &[Field<String>]) -> Vec<String> {
    fs.iter().map(|f| f.value.clone()).collect()
}

impl Row {
    pub fn new(path: String, f: &Filing) -> Row {
        let mut row = Row {
            path,
            diagnostics_count: f.diagnostics.len(),
            ..Row::default()
        };
        for d in &f.diagnostics {
            if !row.diagnostic_codes.contains(&d.code) {
                row.diagnostic_codes.push(d.code);
            }
        }
        if let Some(h) = &f.header {
            row.accession_number = val(&h.accession_number);
            row.filed_as_of = val(&h.filed_as_of);
            row.form_type = val(&h.submission_type);
            let filers = h
                .parties
                .iter()
                .filter(|p| p.role.value.eq_ignore_ascii_case("filer"));
            for c in filers.filter_map(|p| p.company_data.as_ref()) {
                row.cik.extend(val(&c.cik));
                row.conformed_name.extend(val(&c.conformed_name));
            }
        }
        let Some(r) = &f.report else {
            return row;
        };
        row.form_type = Some(r.form_type.value.clone());
        row.period = r.period_of_report.as_ref().map(|p| {
            let p = p.value;
            match p.day {
                Some(d) => format!("{:04}-{:02}-{d:02}", p.year, p.month),
                None => format!("{:04}-{:02}", p.year, p.month),
            }
        });
        row.commission_file_numbers = vals(&r.commission_file_numbers);
        for reg in &r.registrants {
            row.registrants.push(reg.name.value.clone());
            row.english_names.extend(val(&reg.english_name));
        }
        row.addresses = vals(&r.addresses);
        row.annual_report_form = val(&r.annual_report_form);
        let flag = |f: &Option<Field<bool>>| f.as_ref().map(|f| f.value);
        row.paper_submission_rule101b1 = flag(&r.paper_submission_rule101b1);
        row.paper_submission_rule101b7 = flag(&r.paper_submission_rule101b7);
        row.rule12g32b = flag(&r.rule12g32b);
        row.rule12g32b_file_number = val(&r.rule12g32b_file_number);
        row.exhibits = r.exhibits.iter().map(|e| e.number.value.clone()).collect();
        row.signers = r
            .signatures
            .iter()
            .filter_map(|s| val(&s.name).or_else(|| val(&s.by)))
            .collect();
        row.headline = r.items.first().and_then(|i| val(&i.headline));
        for t in r.items.iter().flat_map(|i| &i.topics) {
            let name = t.topic.as_str();
            if !row.topics.contains(&name) {
                row.topics.push(name);
            }
        }
        if row.topics.len() > 1 {
            row.topics.retain(|t| *t != "other");
        }
        row.fiscal_period = r
            .items
            .iter()
            .find_map(|i| i.fiscal_period.as_ref())
            .map(|f| fiscal_label(&f.value));
        row
    }

    /// The CSV cells, in [`COLUMNS`] order.
    pub fn record(&self) -> [String; COLUMNS.len()] {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let flag = |v: Option<bool>| v.map_or(String::new(), |b| b.to_string());
        [
            self.path.clone(),
            opt(&self.accession_number),
            opt(&self.filed_as_of),
            self.cik.join(JOIN),
            self.conformed_name.join(JOIN),
            opt(&self.form_type),
            opt(&self.period),
            self.commission_file_numbers.join(JOIN),
            self.registrants.join(JOIN),
            self.english_names.join(JOIN),
            self.addresses.join(JOIN),
            opt(&self.annual_report_form),
            flag(self.paper_submission_rule101b1),
            flag(self.paper_submission_rule101b7),
            flag(self.rule12g32b),
            opt(&self.rule12g32b_file_number),
            self.exhibits.join(JOIN),
            self.signers.join(JOIN),
            opt(&self.headline),
            self.topics.join(JOIN),
            opt(&self.fiscal_period),
            self.diagnostics_count.to_string(),
            self.diagnostic_codes.join(JOIN),
        ]
    }
}

/// `Q2 2009`, `H1 2010`, `9M 2009`, `FY 2008`, `M 2009-06`, `Q3 ended 2009-09-30`.
fn fiscal_label(f: &form6k::report::items::FiscalPeriod) -> String {
    use form6k::report::items::PeriodKind;
    let mut out = match (f.kind, f.number) {
        (PeriodKind::Quarter, Some(n)) => format!("Q{n}"),
        (PeriodKind::Quarter, None) => "Q".to_string(),
        (PeriodKind::Half, Some(n)) => format!("H{n}"),
        (PeriodKind::Half, None) => "H".to_string(),
        (PeriodKind::NineMonths, _) => "9M".to_string(),
        (PeriodKind::Year, _) => "FY".to_string(),
        (PeriodKind::Month, _) => "M".to_string(),
    };
    if let Some(y) = f.year {
        out.push_str(&format!(" {y}"));
    }
    if let Some(e) = &f.end {
        out.push_str(&format!(" ended {e}"));
    }
    out
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
        let row = Row::new(name, &filing);
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
