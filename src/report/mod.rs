//! The 6-K report: the cover page, check boxes, exhibits and signatures, read
//! from the block model of the primary document, the same way for plain text and HTML.
//!
//! ```text
//!                            For the month of April 2003
//!                               HANARO TELECOM, INC.
//!                             (Name of the Registrant)
//!                          Form 20-F   X   Form 40-F
//!                                     ---            ---
//! ```

use crate::span::{Field, Span};
use serde::Serialize;

/// The period a report covers: a month, or a full date when the cover states one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    pub year: u32,
    pub month: u32,
    pub day: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Registrant {
    /// The name as printed (native name when a translation follows).
    pub name: Field<String>,
    /// The English translation, when the cover gives one apart from the name.
    pub english_name: Option<Field<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Exhibit {
    /// As listed, e.g. `99.1`.
    pub number: Field<String>,
    pub description: Option<Field<String>>,
    /// The `<SEQUENCE>` of the submission document that is this exhibit, when present.
    pub document: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Signature {
    pub registrant: Option<Field<String>>,
    /// `YYYY-MM-DD`.
    pub date: Option<Field<String>>,
    /// The signature itself, e.g. `/s/ Kyu June Hwang`.
    pub by: Option<Field<String>>,
    pub name: Option<Field<String>>,
    pub title: Option<Field<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// `6-K` or `6-K/A`.
    pub form_type: Field<String>,
    pub period_of_report: Option<Field<Period>>,
    pub commission_file_numbers: Vec<Field<String>>,
    pub registrants: Vec<Registrant>,
    pub addresses: Vec<Field<String>>,
    /// `20-F` or `40-F`.
    pub annual_report_form: Option<Field<String>>,
    pub paper_submission_rule101b1: Option<Field<bool>>,
    pub paper_submission_rule101b7: Option<Field<bool>>,
    /// Rule 12g3-2(b): Yes is `true`.
    pub rule12g32b: Option<Field<bool>>,
    /// `82-...`.
    pub rule12g32b_file_number: Option<Field<String>>,
    pub exhibits: Vec<Exhibit>,
    pub signatures: Vec<Signature>,
    /// The `<SEQUENCE>` of the document the cover was read from, when the input has one.
    pub document: Option<String>,
}

crate::visit_spans!(Registrant { name, english_name });
crate::visit_spans!(Exhibit {
    number,
    description
});
crate::visit_spans!(Signature {
    registrant,
    date,
    by,
    name,
    title
});
crate::visit_spans!(Report {
    form_type,
    period_of_report,
    commission_file_numbers,
    registrants,
    addresses,
    annual_report_form,
    paper_submission_rule101b1,
    paper_submission_rule101b7,
    rule12g32b,
    rule12g32b_file_number,
    exhibits,
    signatures
});

/// Read the 6-K report, if the filing is one (placeholder until the report issue).
pub fn read_report(
    _header: Option<&crate::envelope::Header>,
    _documents: &[crate::envelope::Document],
    _diagnostics: &mut Vec<crate::diagnostic::Diagnostic>,
) -> Option<Report> {
    let _ = Span::default();
    None
}
