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
mod marks;
mod questions;
mod signatures;

use crate::body::Body;
use crate::diagnostic::Diagnostic;
use crate::envelope::{Document, DocumentFormat, Header};
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
    link_exhibits(
        source,
        &mut exhibits,
        documents,
        primary,
        &lines,
        header.is_some(),
        diagnostics,
    );
    let signatures = signatures::read(&lines, cut_end);
    let items = items::read_items(source, primary, documents, &exhibits, &registrants);
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

/// Point each exhibit at where it is: its own `EX-<number>` document, a page of the
/// 6-K document headed "Exhibit <number>", or another document of the submission
/// that opens with that heading. Only an exhibit found nowhere gets a diagnostic.
fn link_exhibits(
    source: &str,
    exhibits: &mut [Exhibit],
    documents: &[Document],
    primary: &Document,
    lines: &lines::Lines,
    submission: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let seq = |d: &Document| d.sequence.as_ref().map(|s| s.value.clone());
    let doc_type = |d: &Document| {
        d.doc_type
            .as_ref()
            .map(|t| t.value.trim().to_ascii_uppercase())
            .unwrap_or_default()
    };
    let numbers: Vec<String> = exhibits.iter().map(|e| e.number.value.clone()).collect();
    let mut unresolved: Vec<&mut Exhibit> = Vec::new();
    let mut taken: Vec<Option<String>> = Vec::new();
    for e in exhibits.iter_mut() {
        let number = e.number.value.as_str();
        let want = format!("EX-{number}");
        let own = documents.iter().find(|d| {
            let t = doc_type(d);
            t == want
                || t.strip_prefix(&want)
                    .is_some_and(|r| r.starts_with('.') && r[1..].chars().all(|c| c == '0'))
        });
        // `EX-99` for exhibit 99.1, when no other exhibit is 99.x.
        let major = number.split('.').next().unwrap_or(number);
        let by_major = || {
            let alone = numbers
                .iter()
                .filter(|n| n.split('.').next() == Some(major))
                .count()
                == 1;
            documents
                .iter()
                .find(|d| alone && doc_type(d) == format!("EX-{major}"))
        };
        if let Some(d) = own.or_else(by_major) {
            taken.push(seq(d));
            e.document = seq(d);
            e.start = Some(d.body_span);
            e.page = Some(1);
            continue;
        }
        if let Some(line) = exhibit_heading(lines, number, e.number.span) {
            e.document = seq(primary);
            e.start = Some(line.span(0, line.text.len()));
            e.page = Some(line.page);
            continue;
        }
        let opening = documents
            .iter()
            .filter(|d| !std::ptr::eq(*d, primary))
            .filter(|d| matches!(d.format, DocumentFormat::Text | DocumentFormat::Html))
            .find(|d| opens_with_heading(source, d, number));
        if let Some(d) = opening {
            taken.push(seq(d));
            e.document = seq(d);
            e.start = Some(d.body_span);
            e.page = Some(1);
            continue;
        }
        unresolved.push(e);
    }
    // The rest, in order, against the `EX-` documents no exhibit claimed, when they
    // are as many: a list that numbers "1" what the submission types `EX-99.1`.
    let claimed: Vec<Option<String>> = exhibits_docs(&unresolved);
    let free: Vec<&Document> = documents
        .iter()
        .filter(|d| doc_type(d).starts_with("EX-"))
        .filter(|d| {
            let s = seq(d);
            s.is_some() && !claimed.contains(&s) && !taken.contains(&s)
        })
        .collect();
    if !free.is_empty() && free.len() == unresolved.len() {
        for (e, d) in unresolved.iter_mut().zip(free) {
            e.document = seq(d);
            e.start = Some(d.body_span);
            e.page = Some(1);
        }
        return;
    }
    // One exhibit with no heading, and the 6-K document goes on after its list and
    // its signatures: the exhibit is what follows there.
    if let [e] = unresolved.as_mut_slice() {
        if let Some(line) = after_cover(lines, e.number.span) {
            diagnostics.push(Diagnostic::info(
                "exhibit-located-by-position",
                format!(
                    "exhibit {} has no heading of its own; taken to be the text that follows \
                     the exhibit list and the signatures in the 6-K document",
                    e.number.value
                ),
                line.span(0, line.text.len()),
            ));
            e.document = seq(primary);
            e.start = Some(line.span(0, line.text.len()));
            e.page = Some(line.page);
            return;
        }
    }
    for e in unresolved {
        let number = e.number.value.as_str();
        if submission {
            diagnostics.push(Diagnostic::info(
                "exhibit-not-in-submission",
                format!(
                    "exhibit {number} is listed but is in no document of the submission \
                     (no EX-{number} document, no page headed \"Exhibit {number}\")"
                ),
                e.number.span,
            ));
        }
    }
}

/// The documents the given exhibits already point at.
fn exhibits_docs(exhibits: &[&mut Exhibit]) -> Vec<Option<String>> {
    exhibits.iter().map(|e| e.document.clone()).collect()
}

/// The first line on a page after both the exhibit list entry at `listed` and the
/// signature sentence, when the document has such a page.
fn after_cover<'l, 'a>(lines: &'l lines::Lines<'a>, listed: Span) -> Option<&'l lines::Line<'a>> {
    let lower = &lines.lower;
    let signed = find::phrase(lower, 0, lower.len(), "duly caused this report")?;
    let sig_line = lines.lines.get(lines.line_at(signed.0))?;
    let list_line = lines
        .lines
        .iter()
        .find(|l| l.span(0, l.text.len()).end > listed.start)?;
    let mut page = sig_line.page.max(list_line.page);
    // A page that opens with the exhibit index lists the exhibit again; it starts after.
    loop {
        let first = lines
            .lines
            .iter()
            .find(|l| l.page > page && !cover::is_rule(&l.text))?;
        let t = first.text.trim_end_matches(':');
        if !exhibits::heading(t) {
            return Some(first);
        }
        page = first.page;
    }
}

/// Whether `text` is a heading for exhibit `number`: `Exhibit 99.1`, `EXHIBIT 1`,
/// `Exhibit 99.1 - Press Release`, `Ex. 99.1`.
fn is_exhibit_heading(text: &str, number: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let Some(rest) = ["exhibit no.", "exhibit", "ex.", "ex-", "item"]
        .iter()
        .find_map(|w| lower.strip_prefix(w))
    else {
        return false;
    };
    let rest = rest.trim_start();
    let Some(after) = rest.strip_prefix(number) else {
        return false;
    };
    let words = text.split(' ').count();
    let after_ok = after.is_empty()
        || after.starts_with([' ', ':', '-', '–', '—', ')', ','])
            && !after.starts_with(|c: char| c.is_ascii_digit());
    // A trailing period on a short heading: `Exhibit 1.`
    (after_ok || after == ".") && words <= 14
}

/// The line of the 6-K document that heads exhibit `number` (not the index entry at
/// `listed`): the first heading after the entry, else the last before it.
fn exhibit_heading<'l, 'a>(
    lines: &'l lines::Lines<'a>,
    number: &str,
    listed: Span,
) -> Option<&'l lines::Line<'a>> {
    let mut before = None;
    for line in &lines.lines {
        if !is_exhibit_heading(&line.text, number) {
            continue;
        }
        let span = line.span(0, line.text.len());
        if span.start <= listed.start && listed.start < span.end.max(span.start + 1) {
            continue;
        }
        if span.start > listed.start {
            return Some(line);
        }
        before = Some(line);
    }
    before
}

/// A document whose opening words carry the heading of exhibit `number`. Read from
/// the source (tags and entities as spaces), so that it does not need the document's
/// blocks, which bulk reading does not build for documents other than the 6-K.
fn opens_with_heading(source: &str, doc: &Document, number: &str) -> bool {
    let body = doc.body_span.slice(source);
    let mut end = body.len().min(4096);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let mut words: Vec<String> = Vec::new();
    let mut in_tag = false;
    let mut word = String::new();
    for c in body[..end].chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if in_tag => {}
            c if c.is_whitespace() || c == '&' || c == ';' => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            c => word.push(c),
        }
        if words.len() >= 60 {
            break;
        }
    }
    words.push(word);
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty() && *w != "nbsp" && *w != "#160")
        .collect();
    words.windows(2).take(40).any(|w| {
        let lower = w[0].to_ascii_lowercase();
        matches!(lower.as_str(), "exhibit" | "ex." | "exhibit:")
            && w[1].trim_end_matches([':', '.', ',']) == number
    })
}

/// Text that ends a sentence or a quotation is complete even where the input is cut after it.
fn ends_complete(text: &str) -> bool {
    text.trim_end()
        .ends_with(['.', ')', '"', '”', '’', '!', '?'])
}
