//! Where each listed exhibit is: its own `EX-` document, a page of the 6-K document
//! headed with its number, another document that opens with that heading, or what
//! follows the list and the signatures.
//!
//! ```text
//! EXHIBIT INDEX                       <DOCUMENT>
//! 99.1   Press release                <TYPE>EX-99.1          (its own document)
//! ...
//! Exhibit 99.1                        (a page of the 6-K document)
//! ANNOUNCEMENT OF SENIOR MANAGEMENT CHANGES
//! ```
//!
//! Every index here is built once, so linking is linear in the lines, documents and
//! exhibits however many there are.

use super::lines::{Line, Lines};
use super::{cover, exhibits, find, Exhibit};
use crate::diagnostic::Diagnostic;
use crate::envelope::{Document, DocumentFormat};
use crate::span::{Field, Span};
use std::collections::{HashMap, HashSet};

fn seq(d: &Document) -> Option<String> {
    d.sequence.as_ref().map(|s| s.value.clone())
}

fn doc_type(d: &Document) -> String {
    d.doc_type
        .as_ref()
        .map(|t| t.value.trim().to_ascii_uppercase())
        .unwrap_or_default()
}

/// `EX-99.1` for `EX-99.1`, `EX-99.10`? no: `EX-99.1.0`/`EX-99.10` are other numbers;
/// only trailing `.0`s fold (`EX-1.0` is exhibit 1).
fn type_key(t: &str) -> &str {
    let mut k = t;
    while let Some(rest) = k.strip_suffix(".0") {
        k = rest;
    }
    k
}

/// The number a heading line names: `Exhibit 99.1`, `EXHIBIT 1`, `Exhibit 99.1 - Press
/// Release`, `Ex. 99.1`, `Exhibit A`, `Item 1`; `None` for other lines.
fn heading_number(text: &str) -> Option<&str> {
    let lower = text.to_ascii_lowercase();
    let prefix = ["exhibit no.", "exhibit", "ex.", "ex-", "item"]
        .iter()
        .find(|w| lower.starts_with(*w))?;
    let rest = text.get(prefix.len()..)?;
    let rest_trim = rest.trim_start();
    let at = text.len() - rest_trim.len();
    let len = match exhibits::number_len(rest_trim) {
        0 if *prefix != "item" => exhibits::letter_len(rest_trim),
        n => n,
    };
    if len == 0 || text.split(' ').count() > 14 {
        return None;
    }
    let after = rest_trim.get(len..)?;
    let ok =
        after.is_empty() || after == "." || after.starts_with([' ', ':', '-', '–', '—', ')', ',']);
    ok.then(|| text.get(at..at + len)).flatten()
}

/// The numbers an exhibit document opens with ("Exhibit 99.1" among its first words)
/// and where each is, read from its source (tags and entities as spaces), so that it
/// needs no blocks: bulk reading builds none for documents other than the 6-K.
fn opening_numbers(source: &str, doc: &Document) -> Vec<(String, Span)> {
    let body = doc.body_span.slice(source);
    let mut end = body.len().min(4096);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    // Words and where they start in `body`.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut in_tag = false;
    let mut word_at: Option<usize> = None;
    let head = body.get(..end).unwrap_or("");
    for (i, c) in head.char_indices() {
        let breaks = match c {
            '<' => {
                in_tag = true;
                true
            }
            '>' if in_tag => {
                in_tag = false;
                true
            }
            _ if in_tag => true,
            c => c.is_whitespace() || c == '&' || c == ';',
        };
        match (breaks, word_at) {
            (true, Some(a)) => {
                let w = head.get(a..i).unwrap_or("");
                if w != "nbsp" && w != "#160" {
                    words.push((a, w));
                }
                word_at = None;
            }
            (false, None) => word_at = Some(i),
            _ => {}
        }
        if words.len() >= 41 {
            break;
        }
    }
    if let Some(a) = word_at.filter(|_| words.len() < 41) {
        words.push((a, head.get(a..).unwrap_or("")));
    }
    words
        .windows(2)
        .take(40)
        .filter(|w| {
            matches!(
                w[0].1.to_ascii_lowercase().as_str(),
                "exhibit" | "ex." | "exhibit:"
            )
        })
        .map(|w| {
            let n = w[1].1.trim_end_matches([':', '.', ',']);
            let at = doc.body_span.start + w[1].0;
            (n.to_string(), Span::new(at, at + n.len()))
        })
        .collect()
}

/// Point each exhibit at where it is. Only an exhibit found nowhere gets a diagnostic.
pub fn link_exhibits(
    source: &str,
    exhibits: &mut Vec<Exhibit>,
    documents: &[Document],
    primary: &Document,
    lines: &Lines,
    submission: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    exhibits::stacked::split(
        source,
        primary.format == DocumentFormat::Text,
        lines,
        exhibits,
    );
    if exhibits.is_empty() {
        if let Some(e) = appendix(source, documents, primary, lines) {
            exhibits.push(e);
        } else {
            return;
        }
    }
    // Documents by type (the first of each), and by the exhibit number they open with.
    let mut by_type: HashMap<String, &Document> = HashMap::new();
    let mut by_opening: HashMap<String, &Document> = HashMap::new();
    for d in documents {
        by_type
            .entry(type_key(&doc_type(d)).to_string())
            .or_insert(d);
        if !std::ptr::eq(d, primary)
            && matches!(d.format, DocumentFormat::Text | DocumentFormat::Html)
        {
            for (n, _) in opening_numbers(source, d) {
                by_opening.entry(n).or_insert(d);
            }
        }
    }
    // Heading lines of the 6-K document by the number they name, in order.
    let mut headings: HashMap<&str, Vec<&Line>> = HashMap::new();
    for line in &lines.lines {
        if let Some(n) = heading_number(&line.text) {
            headings.entry(n).or_default().push(line);
        }
    }
    let mut majors: HashMap<&str, usize> = HashMap::new();
    for e in exhibits.iter() {
        let n = e.number.value.as_str();
        *majors.entry(n.split('.').next().unwrap_or(n)).or_default() += 1;
    }
    let majors: HashMap<String, usize> = majors
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();

    // Where the exhibits found by number start: a position found for another exhibit
    // is not taken again by one that has no heading.
    let mut starts: Vec<usize> = Vec::new();
    let mut unresolved: Vec<&mut Exhibit> = Vec::new();
    let mut taken: HashSet<String> = HashSet::new();
    for e in exhibits.iter_mut() {
        let number = e.number.value.clone();
        let major = number.split('.').next().unwrap_or(&number).to_string();
        // Its own `EX-` document; `EX-99` for exhibit 99.1 when no other exhibit is 99.x.
        // `99.1(a)` may be typed `EX-99.1(A)` or `EX-99.1A`.
        let typed = |n: &str| {
            by_type
                .get(type_key(&format!("EX-{n}").to_ascii_uppercase()))
                .copied()
        };
        let own = typed(&number)
            .or_else(|| {
                number
                    .contains('(')
                    .then(|| typed(&number.replace(['(', ')'], "")))
                    .flatten()
            })
            .or_else(|| {
                (majors.get(&major) == Some(&1))
                    .then(|| by_type.get(&format!("EX-{major}")).copied())
                    .flatten()
            });
        if let Some(d) = own {
            taken.extend(seq(d));
            e.document = seq(d);
            e.start = Some(d.body_span);
            e.page = Some(1);
            continue;
        }
        let described = e.description.as_ref().map(|d| d.value.as_str());
        if let Some(line) = heading_line(headings.get(number.as_str()), e.number.span, described) {
            e.document = seq(primary);
            e.start = Some(line.span(0, line.text.len()));
            starts.extend(e.start.map(|s| s.start));
            e.page = Some(line.page);
            continue;
        }
        if let Some(d) = by_opening.get(number.as_str()) {
            taken.extend(seq(d));
            e.document = seq(d);
            e.start = Some(d.body_span);
            e.page = Some(1);
            continue;
        }
        unresolved.push(e);
    }
    // The rest, in order, against the `EX-` documents no exhibit claimed, when they
    // are as many: a list that numbers "1" what the submission types `EX-99.1`.
    let free: Vec<&Document> = documents
        .iter()
        .filter(|d| doc_type(d).starts_with("EX-"))
        .filter(|d| seq(d).is_some_and(|s| !taken.contains(&s)))
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
        let placed = after_cover(lines, e.number.span)
            .filter(|l| !starts.contains(&l.span(0, l.text.len()).start));
        if let Some(line) = placed {
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
    if submission {
        for e in unresolved {
            let number = e.number.value.as_str();
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

/// Of the heading lines for one number, the first after the index entry at `listed`
/// (not the entry's own line), else the last before it. A later list that names the
/// exhibit again (an exhibit index after the signatures: "Exhibit 99.1 | Notice and
/// Proxy Statement ...", its `description` repeated) is not where the exhibit starts.
fn heading_line<'l, 'a>(
    candidates: Option<&Vec<&'l Line<'a>>>,
    listed: Span,
    description: Option<&str>,
) -> Option<&'l Line<'a>> {
    let described = description
        .map(cover::fold)
        .filter(|d| d.split(' ').count() >= 2);
    let lists_again = |line: &Line| {
        described
            .as_ref()
            .is_some_and(|d| cover::fold(&line.text).contains(d.as_str()))
    };
    let mut before = None;
    for &line in candidates? {
        let span = line.span(0, line.text.len());
        if span.start <= listed.start && listed.start < span.end.max(span.start + 1) {
            continue;
        }
        if span.start > listed.start {
            if !lists_again(line) {
                return Some(line);
            }
            continue;
        }
        before = Some(line);
    }
    before
}

/// The first line on a page after both the exhibit list entry at `listed` and the
/// signature sentence, when the document has such a page; a page that opens with the
/// exhibit index lists the exhibit again, and the exhibit starts after it.
fn after_cover<'l, 'a>(lines: &'l Lines<'a>, listed: Span) -> Option<&'l Line<'a>> {
    let lower = &lines.lower;
    let signed = find::phrase(lower, 0, lower.len(), "duly caused this report")?;
    let sig_line = lines.lines.get(lines.line_at(signed.0))?;
    let list_line = lines
        .lines
        .iter()
        .find(|l| l.span(0, l.text.len()).end > listed.start)?;
    let mut page = sig_line.page.max(list_line.page);
    // One pass: the first line of each later page, until one is not an index heading.
    for line in &lines.lines {
        if line.page <= page || cover::is_rule(&line.text) {
            continue;
        }
        if !exhibits::heading(line.text.trim_end_matches(':')) {
            return Some(line);
        }
        page = line.page;
    }
    None
}

/// The one exhibit of a 6-K with no exhibit list that names what it furnishes in a
/// sentence ("X's press release, dated ..., is included as appendix"): numbered as the
/// sentence numbers it, else as the furnished document labels itself ("Exhibit 99.1"
/// atop another document, or a heading line of the 6-K after the sentence), when
/// exactly one number is so printed.
fn appendix(
    source: &str,
    documents: &[Document],
    primary: &Document,
    lines: &Lines,
) -> Option<Exhibit> {
    let named = exhibits::sentences::unnumbered(lines)?;
    if let Some((a, b)) = named.number {
        let number = lines.joined.get(a..b)?.to_string();
        return Some(exhibits::sentences::exhibit(
            lines,
            &named,
            Field::new(number, lines.span(a, b)),
        ));
    }
    let mut labels: Vec<(String, Span)> = Vec::new();
    for d in documents {
        if !std::ptr::eq(d, primary)
            && matches!(d.format, DocumentFormat::Text | DocumentFormat::Html)
        {
            labels.extend(opening_numbers(source, d).into_iter().take(1));
        }
    }
    for line in &lines.lines {
        if line.start > named.span.1 {
            if let Some(n) = heading_number(&line.text) {
                let at = line.text.len() - line.text.get(line.text.find(n)?..)?.len();
                labels.push((n.to_string(), line.span(at, at + n.len())));
            }
        }
    }
    let (number, span) = labels.first()?.clone();
    let whole = exhibits::number_len(&number).max(exhibits::letter_len(&number));
    if labels.iter().any(|(n, _)| *n != number) || whole != number.len() {
        return None;
    }
    Some(exhibits::sentences::exhibit(
        lines,
        &named,
        Field::new(number, span),
    ))
}
