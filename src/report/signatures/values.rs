//! A signer being read, and the values taken from a signature line.
//!
//! ```text
//! By:  /s/ Kyu June Hwang        ->  by "/s/ Kyu June Hwang", name "Kyu June Hwang"
//! Date: April 8, 2003            ->  date "2003-04-08"
//! ```

use super::keys::Key;
use super::titles;
use crate::report::cover::fold;
use crate::report::dates::{find_date, iso};
use crate::report::lines::Line;
use crate::span::Field;

#[derive(Debug, Default, Clone)]
pub(super) struct Signer {
    pub(super) registrant: Option<Field<String>>,
    pub(super) date: Option<Field<String>>,
    pub(super) by: Option<Field<String>>,
    pub(super) name: Option<Field<String>>,
    pub(super) title: Option<Field<String>>,
    /// Joined-text end of the last free-text value, to judge truncation.
    pub(super) text_end: usize,
    /// That value ends a sentence, so a cut right after it lost nothing.
    pub(super) last_complete: bool,
    /// The title was split off the name or signature line; a `Title:` line still to come replaces it.
    pub(super) title_split: bool,
}

impl Signer {
    pub(super) fn touch(&mut self, line: &Line) {
        self.text_end = line.end();
        self.last_complete = crate::report::ends_complete(&line.text);
    }

    pub(super) fn signed(&self) -> bool {
        self.by.is_some() || self.name.is_some()
    }
}

pub(super) fn field(line: &Line, a: usize, b: usize) -> Option<Field<String>> {
    let raw = line.text.get(a..b)?;
    // A colon in a column of its own (`Name Title | : : | Anna Lindqvist ...`) is no part of the value.
    let lead = raw.len() - raw.trim_start_matches([' ', ':']).len();
    let value = raw[lead..].trim_end();
    if value.is_empty() {
        return None;
    }
    Some(Field::new(
        value.to_string(),
        line.span(a + lead, a + lead + value.len()),
    ))
}

pub(super) fn date_field(line: &Line, a: usize, b: usize) -> Option<Field<String>> {
    let raw = line.text.get(a..b)?;
    let (p, s, e) = find_date(raw)?;
    Some(Field::new(iso(&p)?, line.span(a + s, a + e)))
}

/// The name in a `/s/ Name` signature.
pub(super) fn signed_name(by: &Field<String>, line: &Line) -> Option<Field<String>> {
    let v = by.value.as_str();
    let name = v.get(super::keys::signed_mark_len(v)..)?.trim();
    if name.is_empty() {
        return None;
    }
    // Locate the name inside the line for its span.
    let at = line.text.find(name)?;
    Some(Field::new(name.to_string(), line.span(at, at + name.len())))
}

#[allow(clippy::too_many_arguments)]
pub(super) fn apply(
    cur: &mut Signer,
    signers: &mut Vec<Signer>,
    key: Key,
    value: Field<String>,
    line: &Line,
    title_line: &mut Option<usize>,
    i: usize,
    registrant: &Option<Field<String>>,
) {
    let start_new = match key {
        Key::Date => cur.date.is_some() && cur.signed(),
        Key::By => cur.by.is_some(),
        Key::Name => cur.name.is_some(),
        Key::Title => cur.title.is_some() && !cur.title_split,
    };
    if start_new {
        signers.push(std::mem::take(cur));
        cur.registrant.clone_from(registrant);
    }
    match key {
        Key::Date => {
            cur.date = Some(value);
        }
        Key::By => {
            cur.touch(line);
            // `By /s/ Scott Linsley (Authorised Signatory)`: the title in brackets after the name.
            let v = value.value.as_str();
            let paren = v
                .rfind(" (")
                .filter(|_| v.ends_with(')') && cur.title.is_none());
            match paren.and_then(|p| {
                let at = line.text.find(v)?;
                Some((
                    field(line, at, at + p)?,
                    field(line, at + p + 2, at + v.len() - 1)?,
                ))
            }) {
                Some((by, title)) => {
                    cur.by = Some(by);
                    cur.title = Some(title);
                    *title_line = Some(i);
                }
                None => {
                    let (by, title) = split_off_title(line, value, true);
                    cur.by = Some(by);
                    if let (Some(t), None) = (title, &cur.title) {
                        cur.title = Some(t);
                        cur.title_split = true;
                        *title_line = Some(i);
                    }
                }
            }
        }
        Key::Name => {
            cur.touch(line);
            let (name, title) = split_off_title(line, value, false);
            cur.name = Some(name);
            if let (Some(t), None) = (title, &cur.title) {
                cur.title = Some(t);
                cur.title_split = true;
                *title_line = Some(i);
            }
        }
        Key::Title => {
            cur.touch(line);
            let signed = cur.by.as_ref().and_then(|b| signed_name(b, line));
            let (name, title) =
                name_before_title(line, value, cur.name.as_ref().or(signed.as_ref()));
            if cur.name.is_none() {
                cur.name = name;
            }
            cur.title = title;
            cur.title_split = false;
            *title_line = Some(i);
        }
    }
}

/// `/s/ Anna Lindqvist, Chief Financial Officer` (or the title in a cell of its own):
/// the signature or name, and the title after it.
fn split_off_title(
    line: &Line,
    value: Field<String>,
    signed: bool,
) -> (Field<String>, Option<Field<String>>) {
    let v = value.value.as_str();
    if v.len() > titles::MAX_LINE {
        return (value, None);
    }
    let Some(at) = line.text.find(v) else {
        return (value, None);
    };
    let mark = if signed {
        super::keys::signed_mark_len(v)
    } else {
        0
    };
    let name = v.get(mark..).unwrap_or("");
    let lead = name.len() - name.trim_start().len();
    let from = at + mark + lead;
    // A cell of its own after the name's cell, or (plain text) two spaces or more.
    let cell = line.cell_of(from);
    let apart = |p: usize| {
        if line.cellular {
            line.cell_of(p) != cell
        } else {
            let gap = line.column_of(p).zip(line.column_of(p - 1));
            gap.is_some_and(|(a, b)| a >= b + 2)
        }
    };
    let next_cell = line
        .text
        .get(from..at + v.len())
        .into_iter()
        .flat_map(|t| t.match_indices(' '))
        .map(|(p, _)| from + p + 1)
        .find(|&p| apart(p));
    let split = next_cell
        .filter(|&p| {
            let rest = line.text.get(p..at + v.len()).unwrap_or("");
            let name = line.text.get(from..p).unwrap_or("");
            // Spaces are weaker than cells: a name of two words, a title of two or a title's word.
            titles::untitled_title(rest)
                && (line.cellular
                    || name.split(' ').filter(|w| !w.is_empty()).count() >= 2
                        && (rest.contains(' ') || titles::starts_title(rest)))
        })
        .map(|p| (p, line.text.get(from..p).map_or(0, |n| n.trim_end().len())))
        .or_else(|| {
            let (t, n) = titles::after_name(line.text.get(from..at + v.len())?)?;
            Some((from + t, n))
        });
    let Some((title_at, name_len)) = split else {
        return (value, None);
    };
    let title = field(line, title_at, at + v.len()).filter(|t| titles::untitled_title(&t.value));
    match (title, field(line, at, from + name_len)) {
        (Some(title), Some(name)) => (name, Some(title)),
        _ => (value, None),
    }
}

/// A title value that begins with the signer's name (`Name: Title: | E. Anna Lindqvist
/// President`): the name, and the title without it.
fn name_before_title(
    line: &Line,
    value: Field<String>,
    known: Option<&Field<String>>,
) -> (Option<Field<String>>, Option<Field<String>>) {
    let v = value.value.as_str();
    let Some(at) = line.text.find(v) else {
        return (None, Some(value));
    };
    let cut = match known {
        Some(n) => prefix_len(v, &n.value).map(|p| (p, p)),
        None => titles::after_name(v),
    };
    let Some((title_at, name_len)) = cut.filter(|&(t, _)| t < v.len()) else {
        return (None, Some(value));
    };
    let rest = v.get(title_at..).unwrap_or("");
    let skip = rest.len() - rest.trim_start_matches([' ', ',', '-', '–', '—']).len();
    match field(line, at + title_at + skip, at + v.len()) {
        Some(title) => {
            let name = v
                .get(..name_len)
                .unwrap_or("")
                .trim_end_matches([' ', ',', '-', '–', '—', ':']);
            (field(line, at, at + name.len()), Some(title))
        }
        None => (None, Some(value)),
    }
}

/// The byte length `name` takes at the start of `text`, case and punctuation aside.
pub(super) fn prefix_len(text: &str, name: &str) -> Option<usize> {
    let want = fold(name);
    if want.is_empty() {
        return None;
    }
    let ends = text
        .match_indices(' ')
        .map(|(p, _)| p)
        .chain(std::iter::once(text.len()));
    for end in ends.take(12) {
        let got = fold(text.get(..end)?);
        if got == want {
            return Some(end);
        }
        if got.len() > want.len() {
            return None;
        }
    }
    None
}

/// A line under the signature that starts with the signed name: `Anna Lindqvist,
/// Chief Financial Officer`, `Anna Lindqvist - President`; or `Name Anna Lindqvist`.
pub(super) fn name_and_title(
    line: &Line,
    by: &Field<String>,
) -> Option<(Field<String>, Option<Field<String>>)> {
    let text = line.text.as_str();
    if text.len() > titles::MAX_LINE {
        return None;
    }
    let signed = signed_name(by, line)?;
    let lower = text.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("name ") {
        if fold(rest) == fold(&signed.value) {
            return Some((field(line, 5, text.len())?, None));
        }
    }
    let p = prefix_len(text, &signed.value)?;
    let rest = text.get(p..)?;
    let skip = rest.len()
        - rest
            .trim_start_matches([' ', ',', '-', '–', '—', '('])
            .len();
    // `Anna Lindqvist (Chief Financial Officer)`: the title without its brackets.
    let bracketed = rest.get(..skip).is_some_and(|s| s.contains('(')) && text.ends_with(')');
    let end = text.len() - usize::from(bracketed);
    let title = field(line, p + skip, end).filter(|t| titles::untitled_title(&t.value))?;
    let name = text
        .get(..p)?
        .trim_end_matches([' ', ',', '-', '–', '—', ':']);
    Some((field(line, 0, name.len())?, Some(title)))
}

/// Text of a key line that no key holds: before the first key (`ACME LTD (Registrant)
/// By: /s/ ...`) or after a date (`Date: May 5, 2010 | ACME LTD`), "(Registrant)" left off.
pub(super) fn leftover(line: &Line, ks: &[(Key, usize, usize)]) -> Option<Field<String>> {
    let text = line.text.as_str();
    let mut spans = vec![(0, ks.first()?.1)];
    for (n, &(key, _, v)) in ks.iter().enumerate() {
        let end = ks.get(n + 1).map_or(text.len(), |k| k.1);
        if key == Key::Date {
            if let Some((_, _, e)) = text.get(v..end).and_then(find_date) {
                spans.push((v + e, end));
            }
        }
    }
    spans
        .into_iter()
        .find_map(|(a, b)| registrant_field(line, a, b))
}

/// The registrant's name in `line.text[a..b]`, without its label: `Registrant: ACME
/// LTD`, `(Registrant) ACME LTD`, `ACME LTD (Registrant)`.
pub(super) fn registrant_field(line: &Line, a: usize, b: usize) -> Option<Field<String>> {
    let t = line.text.get(a..b)?;
    let lower = t.to_ascii_lowercase();
    let punct = [' ', ',', ';', '|', ':'];
    let mut start = t.len() - t.trim_start_matches(punct).len();
    for label in ["registrant:", "(registrant)"] {
        if lower.get(start..).is_some_and(|l| l.starts_with(label)) {
            start += label.len();
        }
    }
    let mut end = lower.trim_end().len();
    if lower
        .get(..end)
        .is_some_and(|l| l.ends_with("(registrant)"))
    {
        end -= "(registrant)".len();
    }
    let rest = t.get(start..end)?;
    start += rest.len() - rest.trim_start_matches(punct).len();
    field(line, a + start.min(end), a + end)
}
