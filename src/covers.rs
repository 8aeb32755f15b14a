//! One filing's cover as a flat row: what `form6k covers` prints (CSV or JSONL) and what
//! the Python package's `form6k.covers` returns, built in one place so the two agree.
//!
//! Plain values, no spans: a table, not the contract of [`parse`](crate::parse). Keys are
//! the camelCase names of [`COLUMNS`], in the same order (`CliCoverRow` in
//! `schema/form6k.schema.json`). A column that can hold several values (two registrants,
//! three exhibits) is a list; [`CoverRow::record`] joins it with ` | ` for CSV. `None`
//! (JSON `null`, an empty CSV cell) is what the filing does not say. New columns go at the
//! end of [`CoverRow`] and [`COLUMNS`] before the diagnostics columns, so scripts reading
//! by name keep working.
//!
//! ```
//! let input = b"<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<TEXT>\nFORM 6-K\nFor the month of April 2003\n</TEXT>\n</DOCUMENT>\n";
//! let row = form6k::CoverRow::new("a.txt".to_string(), &form6k::parse(input));
//! assert_eq!(row.form_type.as_deref(), Some("6-K"));
//! assert_eq!(row.period.as_deref(), Some("2003-04"));
//! assert_eq!(row.record()[0], "a.txt");
//! ```

use crate::report::items::{FiscalPeriod, PeriodKind};
use crate::{Field, Filing};
use serde::Serialize;

/// The CSV header and the JSON keys: [`CoverRow`]'s fields, in order.
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
pub const JOIN: &str = " | ";

/// One filing's cover. Header values come from the filer parties (all of them, in
/// order, for a multi-filer submission); cover values from the report.
#[derive(Serialize, Debug, Default, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CoverRow {
    /// The input as the caller names it (a path, `-`).
    pub path: String,
    pub accession_number: Option<String>,
    /// `YYYY-MM-DD`.
    pub filed_as_of: Option<String>,
    pub cik: Vec<String>,
    pub conformed_name: Vec<String>,
    /// The report's form type, else the header's submission type.
    pub form_type: Option<String>,
    /// The cover's period of report: `YYYY-MM`, or `YYYY-MM-DD` when it gives a day.
    pub period: Option<String>,
    pub commission_file_numbers: Vec<String>,
    pub registrants: Vec<String>,
    pub english_names: Vec<String>,
    pub addresses: Vec<String>,
    /// `20-F` or `40-F`.
    pub annual_report_form: Option<String>,
    pub paper_submission_rule101b1: Option<bool>,
    pub paper_submission_rule101b7: Option<bool>,
    pub rule12g32b: Option<bool>,
    /// `82-...`.
    pub rule12g32b_file_number: Option<String>,
    /// Exhibit numbers as listed, e.g. `99.1`.
    pub exhibits: Vec<String>,
    /// Each signature's name, else its `/s/` line.
    pub signers: Vec<String>,
    /// The first item's headline (what the 6-K furnishes first).
    pub headline: Option<String>,
    /// The topics of all items, main topic of the first item first, each once.
    pub topics: Vec<&'static str>,
    /// The first results period: `Q2 2009`, `H1 2010`, `9M 2009`, `FY 2008`, `M 2009-06`,
    /// with `ended YYYY-MM-DD` when stated.
    pub fiscal_period: Option<String>,
    pub diagnostics_count: usize,
    /// Distinct codes, in the order first seen.
    pub diagnostic_codes: Vec<&'static str>,
}

fn val(f: &Option<Field<String>>) -> Option<String> {
    f.as_ref().map(|f| f.value.clone())
}

fn vals(fs: &[Field<String>]) -> Vec<String> {
    fs.iter().map(|f| f.value.clone()).collect()
}

impl CoverRow {
    /// The row of a parsed filing; `path` is how the output names the input.
    pub fn new(path: String, f: &Filing) -> CoverRow {
        let mut row = CoverRow {
            path,
            diagnostics_count: f.diagnostics.len(),
            ..CoverRow::default()
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

    /// The CSV cells, in [`COLUMNS`] order: lists joined with [`JOIN`], `None` empty,
    /// booleans `true` / `false`.
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
pub fn fiscal_label(f: &FiscalPeriod) -> String {
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
