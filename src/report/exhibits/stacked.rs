//! An index row whose cells stack several exhibits on lines of their own.
//!
//! ```text
//! <td>99.1<br>99.2</td>   <td>Form 52-109F2 CEO Certification ...<br>Form 52-109F2 CFO ...</td>
//! ```
//!
//! The report's line for such a row joins each cell's lines with spaces, so the list
//! reads one exhibit "99.1" described as "99.2 Form ... Form ...". The line breaks are
//! in the source: where the description's cell breaks as often as the numbers do, the
//! row is that many exhibits, paired in order.

use super::super::lines::{Line, Lines};
use super::super::Exhibit;
use super::number_len;
use crate::span::Field;

/// At most this many exhibits are looked at as stacked rows, which keeps the pass
/// linear (an index has one or two such rows).
const MAX_CANDIDATES: usize = 16;

/// Split the exhibits read from stacked rows. `source`: the input the spans point
/// into; `plain_text`: the 6-K document is plain text, where a line break is a new line.
pub fn split(source: &str, plain_text: bool, lines: &Lines, exhibits: &mut Vec<Exhibit>) {
    // Exhibits whose description opens with another number: (where the number is, index).
    let candidates: Vec<(usize, usize)> = exhibits
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            e.description
                .as_ref()
                .is_some_and(|d| leading_numbers(&d.value).0 > 0)
        })
        .map(|(k, e)| (e.number.span.start, k))
        .take(MAX_CANDIDATES)
        .collect();
    if candidates.is_empty() {
        return;
    }
    let mut replacements: Vec<(usize, Vec<Exhibit>)> = Vec::new();
    for line in lines.lines.iter().filter(|l| l.cellular || l.in_table) {
        let Some(at) = first_number(&line.text) else {
            continue;
        };
        let start = line.span(at, at + 1).start;
        let Some(&(_, k)) = candidates.iter().find(|c| c.0 == start) else {
            continue;
        };
        if let Some(parts) = row(source, plain_text, line, at) {
            replacements.push((k, parts));
        }
    }
    if replacements.is_empty() {
        return;
    }
    let replaced = |k: usize| replacements.iter().any(|r| r.0 == k);
    let mut seen: std::collections::HashSet<String> = exhibits
        .iter()
        .enumerate()
        .filter(|(k, _)| !replaced(*k))
        .map(|(_, e)| e.number.value.clone())
        .collect();
    let old = std::mem::take(exhibits);
    for (k, e) in old.into_iter().enumerate() {
        match replacements.iter_mut().find(|r| r.0 == k) {
            Some(r) => {
                for p in std::mem::take(&mut r.1) {
                    if seen.insert(p.number.value.clone()) {
                        exhibits.push(p);
                    }
                }
            }
            None => exhibits.push(e),
        }
    }
}

/// How many exhibit numbers open `text`, one word each, and where the words after
/// them start.
fn leading_numbers(text: &str) -> (usize, usize) {
    let mut count = 0;
    let mut at = 0;
    for word in text.split(' ') {
        let w = word.trim_end_matches(['.', ':']);
        if w.is_empty() || number_len(w) != w.len() {
            break;
        }
        count += 1;
        at += word.len() + 1;
    }
    (count, at.min(text.len()))
}

/// Offset of the first word of `text` that is an exhibit number.
fn first_number(text: &str) -> Option<usize> {
    let mut at = 0;
    for word in text.split(' ') {
        let w = word.trim_end_matches(['.', ':']);
        if !w.is_empty() && number_len(w) == w.len() {
            return Some(at);
        }
        if word.chars().any(char::is_alphanumeric) {
            return None;
        }
        at += word.len() + 1;
    }
    None
}

/// The exhibits of one stacked row whose number words start at `at`, when its
/// description breaks into as many lines as there are numbers.
fn row(source: &str, plain_text: bool, line: &Line, at: usize) -> Option<Vec<Exhibit>> {
    let text = line.text.get(at..)?;
    let (count, desc_at) = leading_numbers(text);
    if count < 2 {
        return None;
    }
    let desc_at = at + desc_at;
    // Offsets of the spaces in the description that stand for a line break.
    let mut breaks = Vec::new();
    let mut from = desc_at;
    while let Some(p) = line.text.get(from..).and_then(|t| t.find(' ')) {
        let q = from + p;
        let gap = line.span(q.saturating_sub(1), q).end..line.span(q + 1, q + 2).start;
        if source.get(gap).is_some_and(|g| is_break(g, plain_text)) {
            breaks.push(q);
        }
        from = q + 1;
    }
    if breaks.len() + 1 != count {
        return None;
    }
    let mut out = Vec::with_capacity(count);
    let mut num_at = at;
    let mut desc_start = desc_at;
    for k in 0..count {
        let word = line.text.get(num_at..)?.split(' ').next()?;
        let num_len = word.trim_end_matches(['.', ':']).len();
        let desc_end = breaks.get(k).copied().unwrap_or(line.text.len());
        let desc = line.text.get(desc_start..desc_end)?.trim();
        if desc.is_empty() {
            return None;
        }
        out.push(Exhibit {
            number: Field::new(
                word.get(..num_len)?.to_string(),
                line.span(num_at, num_at + num_len),
            ),
            description: Some(Field::new(
                desc.to_string(),
                line.span(desc_start, desc_start + desc.len()),
            )),
            document: None,
            start: None,
            page: None,
        });
        num_at += word.len() + 1;
        desc_start = desc_end + 1;
    }
    Some(out)
}

/// Whether the source between two words is a line break: a `<br>` or a new paragraph
/// in HTML, a new line in plain text.
fn is_break(gap: &str, plain_text: bool) -> bool {
    let lower = gap.to_ascii_lowercase();
    if lower.contains('<') {
        return ["<br", "<p", "</p", "<div", "</div"]
            .iter()
            .any(|t| lower.contains(t));
    }
    plain_text && gap.contains('\n')
}
