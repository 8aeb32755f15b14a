//! A signer being read, and the values taken from a signature line.
//!
//! ```text
//! By:  /s/ Kyu June Hwang        ->  by "/s/ Kyu June Hwang", name "Kyu June Hwang"
//! Date: April 8, 2003            ->  date "2003-04-08"
//! ```

use super::keys::Key;
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
    let lead = raw.len() - raw.trim_start().len();
    let value = raw.trim();
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
        Key::Title => cur.title.is_some(),
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
                None => cur.by = Some(value),
            }
        }
        Key::Name => {
            cur.touch(line);
            cur.name = Some(value);
        }
        Key::Title => {
            cur.touch(line);
            cur.title = Some(value);
            *title_line = Some(i);
        }
    }
}
