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
mod titles;
mod values;

use super::cover::{caption, fold, is_rule};
use super::dates::{find_date, iso};
use super::find;
use super::lines::Lines;
use super::Signature;
use crate::span::{Field, Span};
use keys::{is_company_line, line_keys, opens_part, Key};
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
    let sentence_end = sentence_end(lower, e);
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
    // The registrant printed after the sentence on its line ("... duly authorized. ACME LTD").
    if let Some(line) = first.checked_sub(1).and_then(|l| lines.lines.get(l)) {
        let at = sentence_end.saturating_sub(line.start);
        let tail = line.text.get(at..).unwrap_or("");
        if keys::keys(tail).is_empty() && registrant_like(tail) {
            registrant = values::registrant_field(line, at, line.text.len());
            cur.registrant.clone_from(&registrant);
        }
    }
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
        // A furnished document (its exhibit heading, contacts, release legend) ends the block.
        if opens_part(text) {
            break;
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
            cols.read(line, i, &ks, &mut cur, &mut signers, &registrant);
            continue;
        }
        if cols.active() {
            if ks.is_empty() && cols.continue_titles(line, i) {
                continue;
            }
            if let [(Key::Date, _, v)] = ks[..] {
                if let Some(d) = date_field(line, v, text.len()) {
                    cols.date(&d);
                    continue;
                }
            }
            cols.flush(&mut signers);
        }
        if !ks.is_empty() {
            if !cur.signed() && signers.is_empty() {
                // A registrant in the row of the keys: before the first key, or after the date.
                if let Some(r) = values::leftover(line, &ks).filter(|r| registrant_like(&r.value)) {
                    registrant = Some(r);
                    cur.registrant.clone_from(&registrant);
                }
            }
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
            // The name and the title on one line: `Anna Lindqvist, Chief Financial Officer`.
            if let Some((name, title)) = cur
                .by
                .as_ref()
                .and_then(|b| values::name_and_title(line, b))
            {
                cur.name = Some(name);
                cur.touch(line);
                title_line = None;
                match title {
                    Some(t) if cur.title.is_none() => {
                        cur.title = Some(t);
                        title_line = Some(i);
                    }
                    Some(_) => {}
                    None => pending = Some(Key::Title),
                }
                continue;
            }
        }
        // `By /s/ Tim Coupland` with the title on the next line and no label.
        if cur.by.is_some()
            && cur.title.is_none()
            && title_line.is_none()
            && by_line.is_some_and(|b| b + 1 == i)
            && titles::untitled_title(text)
        {
            // `Anna Lindqvist (Chief Financial Officer)` under `By: /s/ Anna Lindqvist`:
            // the title without the name again.
            let named = cur
                .by
                .as_ref()
                .and_then(|b| values::name_and_title(line, b))
                .and_then(|(_, t)| t);
            cur.title = named.or_else(|| field(line, 0, text.len()));
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
                // `Director and Managing` / `Executive Officer`: the next line of the
                // paragraph or the next row of the table carries the rest.
                // A line opening with "and" goes on from the title even as a block of its
                // own ("Vice-President, Legal Affairs" / "and Corporate Secretary").
                let and_line = {
                    let l = text.to_ascii_lowercase();
                    l.starts_with("and ") || l.starts_with("& ")
                };
                let hinted = (titles::unfinished(&title.value) || titles::continues(text))
                    && t + 1 == i
                    && (!line.para_break || and_line);
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
                if (connector || cells || aligned || hinted)
                    && words <= 10
                    && !is_registrant
                    && find_date(text).is_none()
                {
                    title.value.push_str(if connector || aligned || hinted {
                        " "
                    } else {
                        ", "
                    });
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
            // Prose before any signature: another document has begun (a press release
            // whose letter is signed "/s/ ..."), not the signature block.
            if text.split(' ').count() > 12 {
                break;
            }
            // A company line before the first signature is the registrant.
            if !text.ends_with(':')
                && caption(text).is_none()
                && find_date(text).is_none()
                && !placeholder(&fold(text))
            {
                // A name broken over two lines of one block continues the line above.
                let joined = match (&registrant, registrant_line) {
                    (Some(r), Some(prev)) if prev + 1 == i && !line.para_break => {
                        let end = line.span(0, text.len()).end.max(r.span.start);
                        Some(Field::new(
                            format!("{} {text}", r.value),
                            Span::new(r.span.start, end),
                        ))
                    }
                    _ => values::registrant_field(line, 0, text.len()),
                };
                if joined.is_some() {
                    registrant = joined;
                    registrant_line = Some(i);
                    cur.registrant.clone_from(&registrant);
                }
            }
            continue;
        }
        // Joint reports: the next registrant's name opens its own signature.
        if cur.signed() && !cols.active() && is_company_line(text, lines.lines.get(i + 1)) {
            signers.push(std::mem::take(&mut cur));
            registrant = values::registrant_field(line, 0, text.len());
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

/// Where the "caused this report to be signed" sentence ends: at its first full stop,
/// or at the end of the line that says "duly authorized" when the full stop is further
/// on (a sentence printed without one does not run on into the registrant's "Inc.").
fn sentence_end(lower: &str, e: usize) -> usize {
    let t = lower.get(e..).unwrap_or("");
    let b = t.as_bytes();
    let stop = (0..b.len())
        .find(|&i| b[i] == b'.' && b.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()))
        .map(|p| p + 1);
    // With no full stop at all, the sentence ends where the phrase does, or at "authorized".
    let stop_or_end = stop.unwrap_or(t.len());
    let window = (0..=stop_or_end.min(400))
        .rev()
        .find(|&i| t.is_char_boundary(i))
        .unwrap_or(0);
    let line_end = ["authorized", "authorised"]
        .iter()
        .filter_map(|w| find::phrase(t, 0, window, w))
        .filter_map(|(_, end)| Some(end + t.get(end..stop_or_end)?.find('\n')?))
        .min();
    e + match (line_end, stop) {
        (Some(l), _) => l,
        (None, Some(s)) => s,
        (None, None) => 0,
    }
}

/// Text that can be the registrant's name above (or beside) a signature: a few words,
/// not a caption, a key, a date or a heading.
fn registrant_like(text: &str) -> bool {
    let f = fold(text);
    !f.is_empty()
        && text.split(' ').count() <= 12
        && !text.ends_with(':')
        && !text.starts_with('(')
        && caption(text).is_none()
        && find_date(text).is_none()
        && !matches!(
            f.as_str(),
            "signature" | "signatures" | "registrant" | "name" | "title" | "by"
        )
        && !placeholder(&f)
}

/// A caption of a form's blank left unfilled where the registrant's name belongs:
/// "Company Name", "(Name of Registrant)", "Registrant Name" (given folded).
fn placeholder(folded: &str) -> bool {
    matches!(
        folded.trim_matches(['(', ')', '[', ']', ' ']),
        "company name"
            | "name of registrant"
            | "registrant name"
            | "company"
            | "name of company"
            | "registrant's name"
            | "registrant’s name"
            | "name of issuer"
            | "issuer name"
    )
}
