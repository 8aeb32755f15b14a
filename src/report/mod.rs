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

mod against_header;
mod cover;
mod dates;
mod exhibits;
mod find;
pub mod items;
mod lines;
mod link;
mod marks;
mod questions;
mod signatures;

use crate::body::Body;
use crate::diagnostic::Diagnostic;
use crate::envelope::{Document, Header};
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
    /// The `<SEQUENCE>` of the submission document that holds this exhibit: its own
    /// `EX-` document, or the 6-K document itself when the exhibit follows the cover there.
    pub document: Option<String>,
    /// Where the exhibit starts: its heading in the document ("Exhibit 99.1"), or the
    /// body of its own document.
    pub start: Option<Span>,
    /// The page of that document where it starts.
    pub page: Option<u32>,
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
    /// What the report furnishes: one item per exhibit, or the cover document's content.
    pub items: Vec<items::Item>,
}

crate::visit_spans!(Registrant { name, english_name });
crate::visit_spans!(Exhibit {
    number,
    description,
    start
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
    signatures,
    items
});

/// `6-K` or `6-K/A`, as a header's or document's type.
pub(crate) fn is_6k_type(t: &str) -> bool {
    let t = t.trim().to_ascii_uppercase();
    t == "6-K" || t == "6-K/A"
}

/// Read the 6-K report, if the filing is one. `source` is the decoded input.
pub fn read_report(
    source: &str,
    header: Option<&Header>,
    documents: &[Document],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Report> {
    let header_type = header.and_then(|h| h.submission_type.as_ref());
    if header_type.is_some_and(|t| !is_6k_type(&t.value)) {
        return None;
    }
    let typed = documents
        .iter()
        .find(|d| d.doc_type.as_ref().is_some_and(|t| is_6k_type(&t.value)));
    let primary = typed.or_else(|| documents.iter().find(|d| d.body.is_some()))?;
    if typed.is_none() && primary.doc_type.is_some() && header_type.is_none() {
        // A lone <DOCUMENT> of another type.
        return None;
    }
    let envelope_type = header_type.or(typed.and_then(|d| d.doc_type.as_ref()));
    let more: Vec<&Document> = documents
        .iter()
        .filter(|d| !std::ptr::eq(*d, primary))
        .filter(|d| d.doc_type.as_ref().is_some_and(|t| is_6k_type(&t.value)))
        // A PDF copy of the same 6-K (uuencoded) is a rendition, not another report.
        .filter(|d| d.attachment.is_none())
        .collect();
    if let Some(second) = more.first() {
        let seqs: Vec<&str> = more
            .iter()
            .filter_map(|d| d.sequence.as_ref().map(|s| s.value.as_str()))
            .collect();
        diagnostics.push(Diagnostic::info(
            "several-6k-documents",
            format!(
                "the submission holds {} more 6-K document(s) (sequence {}); the cover is read \
                 from the first",
                more.len(),
                seqs.join(", ")
            ),
            second.span,
        ));
    }
    let empty = Body::default();
    let body = primary.body.as_ref().unwrap_or(&empty);
    let lines = lines::lines(body, source);
    if let Some(at) = lines.cut {
        diagnostics.push(Diagnostic::warning(
            "report-lines-truncated",
            format!(
                "the report read the first {} lines of the document; exhibits and \
                 signatures after them were not looked for",
                lines::MAX_LINES
            ),
            Span::new(at, primary.body_span.end.max(at)),
        ));
    }
    if cover::is_blank_form(&lines) {
        diagnostics.push(Diagnostic::info(
            "blank-form",
            "this is the SEC's blank Form 6-K with its instructions, not a report",
            primary.span,
        ));
        return None;
    }
    let title = cover::form_title(&lines, 80);
    let form_type = match (envelope_type, title) {
        (Some(t), _) => Field::new(t.value.trim().to_ascii_uppercase(), t.span),
        (None, Some(t)) => t,
        (None, None) => return None,
    };

    let body_text = primary.body_span.slice(source);
    let tail = body_text.trim_end_matches([' ', '\t']);
    let cut_end = !tail.is_empty() && !tail.ends_with(['\n', '\r', '>']);

    // The head of the cover ends at its first check-box question, or its signature.
    let lower = &lines.lower;
    let head = find::phrase(lower, 0, lower.len(), "indicate by check mark")
        .or_else(|| find::phrase(lower, 0, lower.len(), "the registrant files annual reports"))
        .or_else(|| find::phrase(lower, 0, lower.len(), "duly caused this report"))
        .map_or_else(
            || lines.lines.get(80).map_or(lower.len(), |l| l.start),
            |(s, _)| s,
        );
    let questions_end = find::phrase(lower, head, lower.len(), "duly caused this report")
        .map_or_else(
            || {
                lines
                    .lines
                    .get(lines.line_at(head) + 120)
                    .map_or(lower.len(), |l| l.start)
            },
            |(s, _)| s,
        );

    let period_of_report = cover::period(&lines, head);
    if period_of_report.is_none() {
        if let Some((s, e)) = find::phrase(lower, 0, head, "for the month of") {
            diagnostics.push(Diagnostic::warning(
                "period-unreadable",
                "the cover says \"For the month of\" but no month and year could be read after it",
                lines.span(s, e),
            ));
        }
    }
    if let (Some(p), Some(h)) = (&period_of_report, header.and_then(|h| h.period.as_ref())) {
        let cover_month = format!("{:04}-{:02}", p.value.year, p.value.month);
        if !h.value.starts_with(&cover_month) {
            diagnostics.push(Diagnostic::warning(
                "period-mismatch",
                format!("the cover's period ({cover_month}) differs from the header's period of report ({})", h.value),
                p.span,
            ).with_related(h.span));
        }
    }
    let commission_file_numbers = cover::commission_file_numbers(&lines, head);
    let (registrants, addresses) = cover::names_and_addresses(&lines, head);
    if registrants.is_empty() {
        diagnostics.push(Diagnostic::warning(
            "registrant-not-found",
            "no registrant name could be read from the cover",
            primary.body_span,
        ));
    }
    if let Some(h) = header {
        against_header::check(h, &registrants, &commission_file_numbers, diagnostics);
    }
    let answers = questions::read(&lines, questions_end, diagnostics);
    let mut exhibits = exhibits::read(&lines, cut_end);
    link::link_exhibits(
        source,
        &mut exhibits,
        documents,
        primary,
        &lines,
        header.is_some(),
        diagnostics,
    );
    let signatures = signatures::read(&lines, cut_end);
    let mut truncated = false;
    let items = items::read_items(
        source,
        primary,
        documents,
        &exhibits,
        &registrants,
        &mut truncated,
    );
    if truncated {
        if let Some(last) = items.last() {
            diagnostics.push(Diagnostic::info(
                "items-truncated",
                format!(
                    "the first {} exhibit documents were read for what the 6-K furnishes; \
                     later ones have no item",
                    items::MAX_DOCUMENT_ITEMS
                ),
                Span::new(last.span.end, source.len()),
            ));
        }
    }
    Some(Report {
        form_type,
        period_of_report,
        commission_file_numbers,
        registrants,
        addresses,
        annual_report_form: answers.annual_report_form,
        paper_submission_rule101b1: answers.rule101b1,
        paper_submission_rule101b7: answers.rule101b7,
        rule12g32b: answers.rule12g32b,
        rule12g32b_file_number: answers.rule12g32b_file_number,
        exhibits,
        signatures,
        document: primary.sequence.as_ref().map(|s| s.value.clone()),
        items,
    })
}

/// Text that ends a sentence or a quotation is complete even where the input is cut after it.
fn ends_complete(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', ')', '"', '”', '’', '!', '?'])
}
