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

/// How many exhibit documents (`EX-...`) become items: a submission furnishing more is
/// read for its first ones (`items-truncated`), which keeps a bulk run's time to the
/// report bounded whatever the number of documents.
pub const MAX_DOCUMENT_ITEMS: usize = 100;

/// How many lines of an item are read: its head and first paragraphs.
const MAX_LINES: usize = 160;

/// How much of an exhibit document the items read: 256 KiB of its source, its headline
/// and first pages many times over. `Bodies::Primary` builds only that much of an
/// exhibit's body; with every body built, the items read the same blocks (see
/// [`units::lines`]), so the report does not depend on which bodies were built. At 1 MiB
/// `form6k covers` over the 673 corpus 6-Ks took about 1.5 times as long, and of its
/// rows only one changed at 256 KiB (a fiscal period read from a note 265 KB into an
/// exhibit, now read from the exhibit's title).
pub const ITEM_HEAD: usize = 1 << 18;

/// The end of the head of an exhibit's body text: [`ITEM_HEAD`] bytes, back to the end
/// of a line (and a character).
pub fn head_end(body_text: &str) -> usize {
    let mut end = body_text.len().min(ITEM_HEAD);
    if end < body_text.len() {
        end = body_text[..end].rfind('\n').map_or(end, |p| p + 1);
        while !body_text.is_char_boundary(end) {
            end -= 1;
        }
    }
    end
}

/// Read one item. `names` are the registrant names folded (`cover::fold`), to recognise
/// them as furniture.
pub fn read_item(source: &str, item: &ItemSource, names: &[String]) -> Item {
    let units = units::lines(source, item.document, item.span, MAX_LINES);
    let lines = &units.lines;
    let mut head = headline::read(lines, names);
    // A document with no text of its own (a scanned page, an image): the list's title
    // for it stands in ("99.1 Report of Voting Results").
    let wordless = !lines
        .iter()
        .any(|l| l.text.chars().filter(|c| c.is_alphabetic()).count() >= 3);
    if head.headline.is_none() && wordless {
        head.headline = item.description.as_ref().and_then(|d| {
            quoted_title(source, d)
                .or_else(|| headline::title_like(&d.value, names).then(|| d.clone()))
        });
    }

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
    // With no headline, from the item's start: a first paragraph read as furniture
    // (a sentence naming the 6-K) still says what the item is about.
    let from = if head.headline.is_some() {
        head.headline_lines.end
    } else {
        0
    };
    // The first paragraph of running text (the lede) says what the news is: it weighs
    // as much as the exhibit's description.
    let mut paragraphs = 0;
    let mut last_paragraph = None;
    for l in lines.iter().skip(from) {
        // "About Northwind", safe-harbour and forward-looking text: the issuer's
        // standing words, not what this news is about.
        if boilerplate(l.text) {
            break;
        }
        if head.headline.is_none() && form_words(l.text) {
            continue;
        }
        if last_paragraph != Some(l.paragraph) {
            last_paragraph = Some(l.paragraph);
            if l.text.len() > 120 {
                paragraphs += 1;
            }
            if paragraphs > 2 {
                break;
            }
        }
        let lede = paragraphs == 1 && l.text.len() > 120;
        let weight = if lede { topics::LEDE } else { topics::BODY };
        parts.push(topics::Part::line(l, weight));
    }
    for c in &units.captions {
        parts.push(topics::Part::line(c, topics::BODY));
    }
    let chosen = topics::choose(&parts, names);

    let fiscal_period = if chosen.iter().any(|t| t.topic == Topic::Results) {
        // A period phrase broken over the headline's lines ("FOR THE THREE MONTH AND
        // SIX" / "MONTH PERIODS" / "ENDED DECEMBER 31, 2009") is read in the joined
        // headline, its span the headline's, when no line names one.
        fiscal_period(&parts).or_else(|| {
            let h = head
                .headline
                .as_ref()
                .filter(|_| head.headline_lines.len() > 1)?;
            fiscal_period(&[topics::Part {
                text: head_of(&h.value, MAX_PART),
                weight: topics::HEADLINE,
                at: topics::At::Whole(h.span),
            }])
        })
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

/// The 6-K's own words left in an item's text: the signature's sentence and labels,
/// cover questions.
fn form_words(text: &str) -> bool {
    let lower = lower(head_of(text, 400));
    let folded = lower.trim_end_matches(':').trim();
    folded == "signature"
        || folded == "signatures"
        || lower.contains("duly caused")
        || lower.contains("pursuant to the requirements")
        || COVER.split('|').any(|c| lower.contains(c))
}

/// The start of the standing text at the end of a release: "About <issuer>", the
/// forward-looking statements' and safe harbour's paragraphs, notes to editors.
fn boilerplate(text: &str) -> bool {
    let lower = lower(head_of(text, 200));
    let short = text.len() < 60;
    (short && (lower.starts_with("about ") || lower.starts_with("notes to editors")))
        || [
            "forward-looking statement",
            "forward looking statement",
            "safe harbor",
            "safe harbour",
            "cautionary statement",
            "cautionary note",
        ]
        .iter()
        .any(|p| lower.contains(p))
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
/// order; with none, the primary document from the end of its cover. `truncated` is
/// set when more than [`MAX_DOCUMENT_ITEMS`] exhibit documents were there.
pub fn read_items(
    source: &str,
    primary: &Document,
    documents: &[Document],
    exhibits: &[Exhibit],
    registrants: &[Registrant],
    truncated: &mut bool,
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
    let mut from_documents = 0;
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
        if from_documents == MAX_DOCUMENT_ITEMS {
            *truncated = true;
            break;
        }
        from_documents += 1;
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
        let mut read = read_item(source, &item, &names);
        // The furnished document is not here to print its title: a title the list
        // quotes ("Press release titled “...”") stands in.
        if read.headline.is_none() {
            read.headline = item
                .description
                .as_ref()
                .and_then(|d| quoted_title(source, d));
        }
        items.push(read);
    }
    items
}

/// The title a list entry quotes after "titled" or "entitled": `“...”` or `"..."`,
/// with its span in the source when the source spells it the same way.
fn quoted_title(source: &str, description: &Field<String>) -> Option<Field<String>> {
    let text = &description.value;
    let low = lower(text);
    let at = ["entitled", "titled"]
        .iter()
        .find_map(|w| low.find(w).map(|i| i + w.len()))?;
    let rest = text.get(at..)?.trim_start();
    let (open, close) = if rest.starts_with('“') {
        ('“', '”')
    } else if rest.starts_with('"') {
        ('"', '"')
    } else {
        return None;
    };
    let inner = &rest[open.len_utf8()..];
    let end = inner.find(close)?;
    let title = inner[..end].trim().trim_end_matches(',').trim();
    if title.split_whitespace().count() < 2 {
        return None;
    }
    let span = description.span;
    let exact = source
        .get(span.start..span.end)
        .and_then(|s| s.find(title))
        .map(|i| Span::new(span.start + i, span.start + i + title.len()));
    Some(Field::new(title.to_string(), exact.unwrap_or(span)))
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

#[cfg(test)]
mod tests {
    use super::boilerplate;

    #[test]
    fn standing_text_is_boilerplate() {
        assert!(boilerplate("About Northwind Trading"));
        assert!(boilerplate("This release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act."));
        assert!(boilerplate("Safe Harbour Statement"));
        assert!(!boilerplate(
            "Northwind Trading today announced the acquisition of Baltic Freight AB."
        ));
        assert!(!boilerplate(
            "About 40% of the shares were tendered into the offer, the company said on Monday."
        ));
    }
}
