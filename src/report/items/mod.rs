//! What the 6-K furnishes: one item per exhibit (or the cover document's own content
//! when there is none), each with its headline, dateline date, topics and, for
//! results, the fiscal period. Rules, not a model: see `docs/topics.md`.
//!
//! ```text
//! EXHIBIT 99.1
//! Agrium Reports Third Quarter Results                    <- headline
//! CALGARY, Alberta - November 4, 2009 - Agrium Inc. ...   <- date 2009-11-04
//!                                                            topics: results (quarter 3)
//! ```
//!
//! [`read_item`] reads one item from a document and the span where the item starts;
//! [`read_items`] picks the items of a submission: its exhibit documents, else the
//! primary document after its cover.

mod fiscal;
mod headline;
mod topics;
mod units;

pub use fiscal::{FiscalPeriod, PeriodKind};
pub use topics::Topic;

use super::{Exhibit, Registrant};
use crate::envelope::{Document, DocumentFormat};
use crate::span::{Field, Span};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TopicEvidence {
    pub topic: Topic,
    /// The words that decided it.
    pub evidence: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// The exhibit number, e.g. `99.1`, when the item is an exhibit.
    pub exhibit: Option<Field<String>>,
    /// The `<SEQUENCE>` of the document the item is in.
    pub document: Option<String>,
    /// Where the item is.
    pub span: Span,
    /// The title of the news or report, as printed.
    pub headline: Option<Field<String>>,
    /// The dateline date, `YYYY-MM-DD`.
    pub date: Option<Field<String>>,
    /// Main topic first; `other` alone when no topic has enough evidence.
    pub topics: Vec<TopicEvidence>,
    /// For `results`: the period the results cover.
    pub fiscal_period: Option<Field<FiscalPeriod>>,
}

crate::visit_spans!(TopicEvidence { evidence });
crate::visit_spans!(Item {
    exhibit,
    span,
    headline,
    date,
    topics,
    fiscal_period
});

/// Where one item is: a document and the span of it that the item covers (from the
/// block where it starts to the end of the document, or to where the next item starts).
pub struct ItemSource<'a> {
    pub document: &'a Document,
    pub span: Span,
    pub exhibit: Option<Field<String>>,
    /// The exhibit's description in the index, or the document's `<DESCRIPTION>`.
    pub description: Option<Field<String>>,
}

/// How many exhibits carried in the 6-K document become items.
const MAX_INSIDE: usize = 50;

/// How many lines of an item are read: its head and first paragraphs.
const MAX_LINES: usize = 160;

/// Read one item. `names` are the registrant names folded (`cover::fold`), to recognise
/// them as furniture.
pub fn read_item(source: &str, item: &ItemSource, names: &[String]) -> Item {
    let units = units::lines(source, item.document, item.span, MAX_LINES);
    let lines = &units.lines;
    let head = headline::read(lines, names);

    let mut parts: Vec<topics::Part> = Vec::new();
    // Matched in each line of the headline, so that spans stay exact.
    for l in &lines[head.headline_lines.clone()] {
        parts.push(topics::Part::line(l, topics::HEADLINE));
    }
    if let Some(d) = &item.description {
        parts.push(topics::Part {
            text: head_of(&d.value, MAX_PART),
            weight: topics::DESCRIPTION,
            at: topics::At::Whole(d.span),
        });
    }
    // Lines after the headline up to the end of the second paragraph: sub-headlines
    // and the opening paragraphs.
    let from = if head.headline.is_some() {
        head.headline_lines.end
    } else {
        head.first_paragraph.unwrap_or(0)
    };
    let mut paragraphs = 0;
    let mut last_paragraph = None;
    for l in lines.iter().skip(from) {
        if last_paragraph != Some(l.paragraph) {
            last_paragraph = Some(l.paragraph);
            if l.text.len() > 120 {
                paragraphs += 1;
            }
            if paragraphs > 2 {
                break;
            }
        }
        parts.push(topics::Part::line(l, topics::BODY));
    }
    for c in &units.captions {
        parts.push(topics::Part::line(c, topics::BODY));
    }
    let chosen = topics::choose(&parts);

    let fiscal_period = if chosen.iter().any(|t| t.topic == Topic::Results) {
        fiscal_period(&parts)
    } else {
        None
    };
    Item {
        exhibit: item.exhibit.clone(),
        document: item.document.sequence.as_ref().map(|s| s.value.clone()),
        span: item.span,
        headline: head.headline,
        date: head.date,
        topics: chosen,
        fiscal_period,
    }
}

/// The fiscal period: the first phrase naming one decides the kind; later phrases
/// naming the same period complete its number, year and end date ("Second Quarter
/// 2012 Results" ... "for the second quarter ended June 30, 2012"), and the span is
/// then the phrase that stated the end date.
fn fiscal_period(parts: &[topics::Part]) -> Option<Field<FiscalPeriod>> {
    let mut best: Option<Field<FiscalPeriod>> = None;
    for (i, part) in parts.iter().enumerate() {
        for (mut p, s, e) in fiscal::find_all(part.text) {
            let mut span = part.span(s, e);
            // "... for the second quarter ended" / "June 30, 2012." on the next line.
            let tail = part.text.get(e..).unwrap_or("").trim();
            let next = parts.get(i + 1).filter(|n| n.continues(part));
            if let (None, true, Some(n)) = (&p.end, tail.len() < 12, next) {
                let ended =
                    ["", "ended", "ending", "to", "as at", "as of"].contains(&lower(tail).as_str());
                if let Some((d, len)) =
                    crate::report::dates::parse_date_prefix(n.text).filter(|_| ended)
                {
                    p.end = crate::report::dates::iso(&d);
                    p.year = p.year.or(Some(d.year));
                    span = span.cover(n.span(0, len));
                }
            }
            let Some(b) = &mut best else {
                best = Some(Field::new(p, span));
                continue;
            };
            let same = b.value.kind == p.kind
                && (b.value.number.is_none() || p.number.is_none() || b.value.number == p.number);
            if !same {
                continue;
            }
            b.value.number = b.value.number.or(p.number);
            b.value.year = b.value.year.or(p.year);
            if b.value.end.is_none() && p.end.is_some() {
                b.value.end = p.end;
                b.span = span;
            }
        }
        if best.as_ref().is_some_and(|b| b.value.end.is_some()) {
            break;
        }
    }
    best
}

/// `text` in ASCII lower case: one copy of the loop for the whole module (each inlined
/// `to_ascii_lowercase` costs the wasm its own).
#[inline(never)]
pub(crate) fn lower(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// How much of one line or description the topic score reads: a line of running text
/// that long has said what it is about.
const MAX_PART: usize = 1_000;

/// The first `max` bytes of `text`, cut at a character boundary.
pub(crate) fn head_of(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Whether a document carries text an item can be read from.
fn readable(d: &Document) -> bool {
    d.body.is_some()
        && matches!(
            d.format,
            DocumentFormat::Text | DocumentFormat::Html | DocumentFormat::InlineXbrl
        )
}

/// The items of a 6-K: each exhibit that is a document of its own (`EX-...`), in
/// order; with none, the primary document from the end of its cover.
pub fn read_items(
    source: &str,
    primary: &Document,
    documents: &[Document],
    exhibits: &[Exhibit],
    registrants: &[Registrant],
) -> Vec<Item> {
    let mut names = Vec::with_capacity(registrants.len());
    for r in registrants {
        names.push(super::cover::fold(&r.name.value));
    }
    let mut items = Vec::new();
    // Exhibits carried in the 6-K document itself, each from its heading to the next
    // one's (or the document's end).
    let primary_seq = primary.sequence.as_ref().map(|s| s.value.as_str());
    let mut inside: Vec<(&Exhibit, Span)> = exhibits
        .iter()
        .filter(|e| e.document.as_deref() == primary_seq)
        .filter_map(|e| e.start.map(|s| (e, s)))
        .filter(|(_, s)| s.start >= primary.body_span.start && s.start < primary.body_span.end)
        .collect();
    inside.sort_by_key(|(_, s)| s.start);
    // Each item reads its lines from the document's blocks: a bounded number of them
    // keeps a document that heads thousands of "exhibits" linear.
    inside.truncate(MAX_INSIDE);
    if readable(primary) {
        for (k, (e, s)) in inside.iter().enumerate() {
            let end = inside
                .get(k + 1)
                .map_or(primary.body_span.end, |(_, next)| next.start);
            let item = ItemSource {
                document: primary,
                span: Span::new(s.start, end.max(s.start)),
                exhibit: Some(e.number.clone()),
                description: e.description.clone(),
            };
            items.push(read_item(source, &item, &names));
        }
    }
    for d in documents {
        let Some(t) = &d.doc_type else { continue };
        let lead = t.value.len() - t.value.trim_start().len();
        let number = t.value.trim();
        let is_exhibit = number
            .get(..3)
            .is_some_and(|p| p.eq_ignore_ascii_case("ex-"));
        if !is_exhibit || !readable(d) || std::ptr::eq(d, primary) {
            continue;
        }
        let seq = d.sequence.as_ref().map(|s| s.value.as_str());
        let listed = exhibits
            .iter()
            .find(|e| e.document.is_some() && e.document.as_deref() == seq);
        // The index's number when it lists this document, else the type's ("EX-99.1").
        let at = t.span.start + lead + 3;
        let exhibit = listed.map_or_else(
            || {
                Field::new(
                    number[3..].to_string(),
                    Span::new(at, at + number.len() - 3),
                )
            },
            |e| e.number.clone(),
        );
        let description = listed
            .and_then(|e| e.description.clone())
            .or_else(|| d.description.clone());
        let item = ItemSource {
            document: d,
            span: d.body_span,
            exhibit: Some(exhibit),
            description,
        };
        items.push(read_item(source, &item, &names));
    }
    if items.is_empty() && readable(primary) {
        // The exhibit index's first description says what the content is about (it is
        // read for topics only: whether the exhibit is in this document is not known here).
        let item = ItemSource {
            document: primary,
            span: Span::new(content_start(primary), primary.body_span.end),
            exhibit: None,
            description: exhibits.first().and_then(|e| e.description.clone()),
        };
        items.push(read_item(source, &item, &names));
    }
    items
}

/// Phrases of the cover page: the item starts after the last of them.
pub(crate) const COVER: &str = "indicate by check mark|12g3-2|101(b)|commission file number|(address of principal|name of registrant|registrant's name|registrant’s name|report of foreign|rule 13a-16|authorized to receive notices";

/// Phrases of the cover that running text may use too: they count in a short line only.
const COVER_LINES: &str = "for the month of";

/// Labels that open a press release: the cover is over.
const RELEASE: &str = "for immediate release|press release|news release";

/// Where the primary document's own content starts: after the last cover line among
/// its first blocks, before the first running paragraph that follows the cover.
fn content_start(doc: &Document) -> usize {
    let Some(body) = &doc.body else {
        return doc.body_span.start;
    };
    let mut start = doc.body_span.start;
    let mut seen = false;
    let mut since = 0;
    // A cover question or caption ending in a colon: its answer follows (an address,
    // "82-____", "N/A").
    let mut answer = false;
    for block in body.pages.iter().flat_map(|p| p.blocks.iter()).take(200) {
        // Tables count for nothing: a cover's tables (check boxes, the file number)
        // come with a text line of the cover after them.
        let crate::body::Block::Text(t) = block else {
            continue;
        };
        let (text, span) = (lower(&t.text), t.span);
        let short = text.len() < 80;
        if seen && RELEASE.split('|').any(|r| text.trim_start().starts_with(r)) {
            break;
        }
        if answer
            || COVER.split('|').any(|c| text.contains(c))
            || (short && COVER_LINES.split('|').any(|c| text.contains(c)))
            || (text.contains("20-f") && text.contains("40-f"))
        {
            answer = !answer && text.trim_end().ends_with(':');
            seen = true;
            since = 0;
            start = span.end;
        } else if seen {
            since += text.len();
            if since > 600 {
                break;
            }
        }
    }
    start
}
