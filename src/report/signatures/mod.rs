//! The signature block after "Pursuant to the requirements of the Securities
//! Exchange Act of 1934, the registrant has duly caused this report to be signed".
//!
//! ```text
//!                                             HANARO TELECOM, INC.
//! Date: April 8, 2003                         By:  /s/ Kyu June Hwang
//!                                                  Name:  Kyu June Hwang
//!                                                  Title: Managing Director
//! ```

mod columns;
mod keys;
mod values;

use super::cover::{caption, fold, is_rule};
use super::dates::{find_date, iso};
use super::find;
use super::lines::Lines;
use super::Signature;
use crate::span::{Field, Span};
use keys::{is_company_line, line_keys, Key};
use values::{apply, date_field, field, signed_name, Signer};

const CONNECTORS: &[&str] = &["and", "&", "of", "for", "the", "-", "–", "to"];

/// Every signature block of the document: joint registrants may each sign on a
/// page of their own, each under its own "Pursuant to the requirements ..." sentence.
/// The most signature blocks read from one document.
const MAX_BLOCKS: usize = 50;

pub fn read(lines: &Lines, cut_end: bool) -> Vec<Signature> {
    let lower = &lines.lower;
    let mut sentences = Vec::new();
    let mut from = 0;
    while let Some((s, e)) = find::phrase(lower, from, lower.len(), "caused this report") {
        let rest = lower.get(e..).unwrap_or("");
        let rest = rest.strip_prefix(" on form 6-k/a").unwrap_or(rest);
        let rest = rest.strip_prefix(" on form 6-k").unwrap_or(rest);
        if rest.starts_with(" to be signed") {
            sentences.push((s, e));
        }
        from = e;
    }
    if sentences.is_empty() {
        // Phrasings other than the form's: the first "to be signed on its behalf".
        sentences.extend(find::phrase(
            lower,
            0,
            lower.len(),
            "to be signed on its behalf",
        ));
    }
    let mut out: Vec<Signature> = Vec::new();
    // Joint reports sign a few times; a document that repeats the sentence thousands of
    // times has no more signers worth reading (and the check for repeats stays small).
    for (s, e) in sentences.into_iter().take(MAX_BLOCKS) {
        for sig in read_block(lines, s, e, cut_end) {
            let value = |f: &Option<Field<String>>| f.as_ref().map(|f| f.value.clone());
            let seen = out.iter().any(|o| {
                value(&o.name) == value(&sig.name) && value(&o.registrant) == value(&sig.registrant)
            });
            if !seen {
                out.push(sig);
            }
        }
    }
    out
}

fn read_block(lines: &Lines, s: usize, e: usize, cut_end: bool) -> Vec<Signature> {
    let lower = &lines.lower;
    let sentence_end = lower
        .get(e..)
        .and_then(|t| {
            let b = t.as_bytes();
            (0..b.len())
                .find(|&i| b[i] == b'.' && b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()))
        })
        .map_or(e, |p| e + p + 1);
    let sentence_start = lines.lines.get(lines.line_at(s)).map_or(s, |l| l.start);
    let block_date = lines
        .joined
        .get(sentence_start..sentence_end)
        .and_then(find_date)
        .and_then(|(p, a, b)| {
            Some(Field::new(
                iso(&p)?,
                lines.span(sentence_start + a, sentence_start + b),
            ))
        });
    let first = lines.line_at(sentence_end.saturating_sub(1)) + 1;

    let mut signers: Vec<Signer> = Vec::new();
    let mut cur = Signer::default();
    let mut registrant: Option<Field<String>> = None;
    let mut pending: Option<Key> = None;
    let mut title_line: Option<usize> = None;
    let mut expect_name = false;
    let mut registrant_line: Option<usize> = None;
    // The column a plain-text title's continuation lines keep.
    let mut title_col: Option<u32> = None;
    // The line of the last `By:` key.
    let mut by_line: Option<usize> = None;
    let mut cols = columns::Columns::default();
    let start_page = lines.lines.get(first).map_or(0, |l| l.page);
    for i in first..lines.lines.len().min(first + 60) {
        let Some(line) = lines.lines.get(i) else {
            break;
        };
        if line.page > start_page + 1 {
            break;
        }
        let text = line.text.as_str();
        if is_rule(text) {
            continue;
        }
        let f = fold(text);
        if text.starts_with('(') && f == "signature" {
            expect_name = true;
            continue;
        }
        // Column headings; a `Name:` line of its own is a key whose value follows.
        if matches!(
            f.as_str(),
            "signature" | "signatures" | "registrant" | "name" | "title"
        ) && !text.ends_with(':')
        {
            continue;
        }
        let ks = line_keys(line);
        if columns::repeats(&ks) > 1 {
            pending = None;
            title_line = None;
            cols.read(line, &ks, &mut cur, &mut signers, &registrant);
            continue;
        }
        if cols.active() {
            if let [(Key::Date, _, v)] = ks[..] {
                if let Some(d) = date_field(line, v, text.len()) {
                    cols.date(&d);
                    continue;
                }
            }
            cols.flush(&mut signers);
        }
        if !ks.is_empty() {
            title_line = None;
            title_col = None;
            by_line = ks.iter().any(|k| k.0 == Key::By).then_some(i);
            // Text before the first key (a registrant line that also holds `By:`).
            for (n, &(key, _, v)) in ks.iter().enumerate() {
                let end = ks.get(n + 1).map_or(text.len(), |k| k.1);
                let Some(value) = key_value(key, line, v, end) else {
                    pending = Some(key);
                    continue;
                };
                pending = None;
                apply(
                    &mut cur,
                    &mut signers,
                    key,
                    value,
                    line,
                    &mut title_line,
                    i,
                    &registrant,
                );
            }
            continue;
        }
        if let Some(key) = pending.take() {
            if let Some(value) = key_value(key, line, 0, text.len()) {
                apply(
                    &mut cur,
                    &mut signers,
                    key,
                    value,
                    line,
                    &mut title_line,
                    i,
                    &registrant,
                );
                continue;
            }
        }
        if cur.by.is_some()
            && cur.title.is_none()
            && text.starts_with('(')
            && text.ends_with(')')
            && caption(text).is_none()
        {
            // "(Chief Legal Officer)" under the signature.
            let inner = &text[1..text.len() - 1];
            cur.title = field(line, 1, 1 + inner.len());
            cur.touch(line);
            title_line = Some(i);
            continue;
        }
        if cur.by.is_some() && cur.name.is_none() {
            let same = cur
                .by
                .as_ref()
                .and_then(|b| signed_name(b, line))
                .is_some_and(|n| fold(&n.value) == fold(text));
            if same || expect_name {
                cur.name = field(line, 0, text.len());
                cur.touch(line);
                expect_name = false;
                // The line after a bare name line is the title.
                title_line = None;
                pending = Some(Key::Title);
                continue;
            }
        }
        // `By /s/ Tim Coupland` with the title on the next line and no label.
        if cur.by.is_some()
            && cur.title.is_none()
            && title_line.is_none()
            && by_line.is_some_and(|b| b + 1 == i)
            && untitled_title(text)
        {
            cur.title = field(line, 0, text.len());
            cur.touch(line);
            title_line = Some(i);
            continue;
        }
        if let (Some(t), Some(title)) = (title_line, cur.title.as_mut()) {
            if let Some(prev) = lines.lines.get(t).filter(|p| p.page == line.page) {
                let last = title
                    .value
                    .rsplit(' ')
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let connector = CONNECTORS.contains(&last.as_str()) || title.value.ends_with(',');
                let cells = prev.cellular && line.cellular;
                // Plain text: the next line starts in the title's own column
                // ("Title: Corporate Vice" / "       President & General").
                let keyed = prev.text.to_ascii_lowercase().starts_with("title");
                let value_col = title_col.or_else(|| {
                    let first = title.value.split(' ').next()?;
                    prev.column_of(prev.text.find(first)?).filter(|_| keyed)
                });
                let aligned = value_col.is_some()
                    && !line.para_break
                    && t + 1 == i
                    && value_col
                        .is_some_and(|c| line.column.is_some_and(|l| (c..=c + 4).contains(&l)))
                    && !f.starts_with("exhibit");
                let words = text.split(' ').count();
                let is_registrant = registrant.as_ref().is_some_and(|r| fold(&r.value) == f);
                if (connector || cells || aligned)
                    && words <= 10
                    && !is_registrant
                    && find_date(text).is_none()
                {
                    title
                        .value
                        .push_str(if connector || aligned { " " } else { ", " });
                    if aligned {
                        title_col = value_col;
                    }
                    title.value.push_str(text);
                    title.span = Span::new(
                        title.span.start,
                        line.span(0, text.len()).end.max(title.span.start),
                    );
                    cur.touch(line);
                    title_line = Some(i);
                    continue;
                }
            }
        }
        if !cur.signed() && signers.is_empty() {
            // A company line before the first signature is the registrant.
            if text.split(' ').count() <= 12 && !text.ends_with(':') && caption(text).is_none() {
                // A name broken over two lines of one block continues the line above.
                let joined = match (&registrant, registrant_line) {
                    (Some(r), Some(prev)) if prev + 1 == i && !line.para_break => {
                        let end = line.span(0, text.len()).end.max(r.span.start);
                        Some(Field::new(
                            format!("{} {text}", r.value),
                            Span::new(r.span.start, end),
                        ))
                    }
                    _ => field(line, 0, text.len()),
                };
                registrant = joined;
                registrant_line = Some(i);
                cur.registrant.clone_from(&registrant);
            }
            continue;
        }
        // Joint reports: the next registrant's name opens its own signature.
        if cur.signed() && !cols.active() && is_company_line(text, lines.lines.get(i + 1)) {
            signers.push(std::mem::take(&mut cur));
            registrant = field(line, 0, text.len());
            cur.registrant.clone_from(&registrant);
            continue;
        }
        if cur.signed() || !signers.is_empty() || cols.active() {
            break;
        }
    }
    if cur.signed() || cur.date.is_some() && !signers.is_empty() && !cols.active() {
        signers.push(cur);
    }
    cols.flush(&mut signers);
    // One `Date:` line for the block dates every signer that has none of its own.
    let dates: Vec<&Field<String>> = signers.iter().filter_map(|s| s.date.as_ref()).collect();
    let shared = match dates.first() {
        Some(d) if dates.iter().all(|x| x.value == d.value) => Some((*d).clone()),
        _ => None,
    };
    signers
        .into_iter()
        .filter(|s| s.signed())
        .filter(|s| !(cut_end && s.text_end >= lines.joined.len() && !s.last_complete))
        .map(|s| {
            let name = s.name.or_else(|| {
                let by = s.by.as_ref()?;
                let v = by.value.as_str();
                let n = v.get(keys::signed_mark_len(v)..)?.trim();
                (!n.is_empty()).then(|| Field::new(n.to_string(), by.span))
            });
            Signature {
                registrant: s.registrant.or_else(|| registrant.clone()),
                date: s
                    .date
                    .or_else(|| block_date.clone())
                    .or_else(|| shared.clone()),
                by: s.by,
                name,
                title: s.title,
            }
        })
        .collect()
}

/// The value after a key: a date for `Date:`, the text otherwise.
fn key_value(key: Key, line: &super::lines::Line, a: usize, b: usize) -> Option<Field<String>> {
    match key {
        Key::Date => date_field(line, a, b),
        _ => field(line, a, b),
    }
}

/// A line that can be an officer's title standing alone under a signature: a few
/// words, no date, no caption, not the start of the next part of the filing.
fn untitled_title(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let words = text.split(' ').count();
    // A company's name under the signature is not a title.
    let last = lower
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', '.']);
    let company = matches!(
        last,
        "inc"
            | "corp"
            | "corporation"
            | "ltd"
            | "limited"
            | "plc"
            | "n.v"
            | "s.a"
            | "ag"
            | "co"
            | "company"
            | "llc"
            | "group"
            | "holdings"
            | "se"
            | "asa"
            | "oyj"
            | "b.v"
            | "s.p.a"
    );
    !company
        && words <= 8
        && text.chars().next().is_some_and(char::is_alphabetic)
        && find_date(text).is_none()
        && caption(text).is_none()
        && !["exhibit", "index", "page", "date", "signature"]
            .iter()
            .any(|w| lower.starts_with(w))
}
