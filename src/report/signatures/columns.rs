//! Signers side by side: one line holds the same key once per signer.
//!
//! ```text
//! By: /s/ Anna Lindqvist                    By: /s/ Marc Dubois
//! Name: Anna Lindqvist                      Name: Marc Dubois
//! Title: Chief Executive Officer            Title: Chief Financial Officer
//! ```
//!
//! The i-th `By:` (`Name:`, `Title:`) of a line goes to the i-th signer of the
//! row group; a lone `Date:` applies to every signer of the group. A line right
//! under the titles whose pieces stand in the titles' cells or columns carries the
//! rest of each title (`Title: Senior Vice President and` / `Chief Financial Officer`).

use super::{date_field, field, keys::opens_part, titles, Key, Signer};
use crate::report::dates::find_date;
use crate::report::lines::Line;
use crate::span::{Field, Span};

/// The signers of the current row group.
#[derive(Debug, Default)]
pub(super) struct Columns {
    group: Vec<Signer>,
    /// Where each signer's title value starts: its cell (table rows) or column (plain text).
    title_at: Vec<Option<u32>>,
    /// The line that last carried the titles.
    title_line: Option<usize>,
}

/// How many times the most repeated key stands in the line.
pub(super) fn repeats(ks: &[(Key, usize, usize)]) -> usize {
    ks.iter()
        .map(|(k, _, _)| ks.iter().filter(|(x, _, _)| x == k).count())
        .max()
        .unwrap_or(0)
}

impl Columns {
    pub(super) fn active(&self) -> bool {
        !self.group.is_empty()
    }

    /// Read a line whose keys repeat. `cur` is the signer being built before the
    /// group opened (it may hold the block's date); finished signers go to `done`.
    pub(super) fn read(
        &mut self,
        line: &Line,
        at: usize,
        ks: &[(Key, usize, usize)],
        cur: &mut Signer,
        done: &mut Vec<Signer>,
        registrant: &Option<Field<String>>,
    ) {
        let text = line.text.as_str();
        let n = repeats(ks);
        let mut seen: Vec<Key> = Vec::new();
        for (j, &(key, _, v)) in ks.iter().enumerate() {
            let i = seen.iter().filter(|&&k| k == key).count();
            seen.push(key);
            let end = ks.get(j + 1).map_or(text.len(), |k| k.1);
            let value = match key {
                Key::Date => date_field(line, v, end),
                _ => field(line, v, end),
            };
            let Some(value) = value else {
                continue;
            };
            let taken = self.group.get(i).is_some_and(|s| has(s, key));
            if self.group.len() < n || taken {
                self.open(n, cur, done, registrant);
            }
            if key == Key::Title {
                if self.title_at.len() <= i {
                    self.title_at.resize(i + 1, None);
                }
                let start = line
                    .text
                    .get(v..)
                    .map_or(v, |t| v + t.len() - t.trim_start().len());
                self.title_at[i] = position(line, start);
                self.title_line = Some(at);
            }
            if let Some(s) = self.group.get_mut(i) {
                s.touch(line);
                set(s, key, value);
            }
        }
    }

    /// A keyless line right under the titles: each piece of it, in a title's cell or
    /// column, goes on that title. False (nothing taken) unless every piece fits.
    pub(super) fn continue_titles(&mut self, line: &Line, at: usize) -> bool {
        if self.title_line.is_none_or(|t| t + 1 != at) || line.para_break {
            return false;
        }
        let mut plan = Vec::new();
        for (pos, a, b) in pieces(line) {
            let text = line.text.get(a..b).unwrap_or("");
            let fits = |p: &Option<u32>| {
                p.is_some_and(|p| {
                    if line.in_table {
                        p == pos
                    } else {
                        (p..=p + 4).contains(&pos)
                    }
                })
            };
            let Some(j) = self.title_at.iter().position(fits) else {
                return false;
            };
            if text.split(' ').count() > 10 || find_date(text).is_some() || opens_part(text) {
                return false;
            }
            plan.push((j, a, b));
        }
        if plan.is_empty() {
            return false;
        }
        for (j, a, b) in plan {
            let Some(t) = self.group.get_mut(j).and_then(|s| s.title.as_mut()) else {
                return false;
            };
            let text = line.text.get(a..b).unwrap_or("");
            let sep = if line.cellular && !titles::unfinished(&t.value) && !titles::continues(text)
            {
                ", "
            } else {
                " "
            };
            t.value.push_str(sep);
            t.value.push_str(text);
            t.span = Span::new(t.span.start, line.span(a, b).end.max(t.span.start));
        }
        self.title_line = Some(at);
        true
    }

    /// A lone date inside the group belongs to all its signers.
    pub(super) fn date(&mut self, value: &Field<String>) {
        for s in &mut self.group {
            s.date.get_or_insert_with(|| value.clone());
        }
    }

    /// Start a new group of `n` signers, carrying over the date already read.
    fn open(
        &mut self,
        n: usize,
        cur: &mut Signer,
        done: &mut Vec<Signer>,
        registrant: &Option<Field<String>>,
    ) {
        self.flush(done);
        let date = cur.date.clone();
        if cur.signed() {
            done.push(std::mem::take(cur));
        }
        *cur = Signer::default();
        cur.registrant.clone_from(registrant);
        for _ in 0..n {
            let mut s = Signer::default();
            s.registrant.clone_from(registrant);
            s.date.clone_from(&date);
            self.group.push(s);
        }
    }

    pub(super) fn flush(&mut self, done: &mut Vec<Signer>) {
        done.append(&mut self.group);
        self.title_at.clear();
        self.title_line = None;
    }
}

/// The cell (table rows) or visual column (plain text) clean offset `a` stands in.
fn position(line: &Line, a: usize) -> Option<u32> {
    if line.in_table {
        line.cell_of(a)
    } else {
        line.column_of(a)
    }
}

/// The pieces of a line: (position, start, end) of each cell's text (table rows) or
/// of each run of words two spaces or more apart (plain text).
fn pieces(line: &Line) -> Vec<(u32, usize, usize)> {
    let text = line.text.as_str();
    // The rest of a few titles, not a paragraph (each word's position is looked up).
    if text.len() > 2 * titles::MAX_LINE {
        return Vec::new();
    }
    let mut out: Vec<(u32, usize, usize)> = Vec::new();
    let mut at = 0;
    let mut prev_end: Option<(usize, u32)> = None;
    for w in text.split(' ') {
        let (a, b) = (at, at + w.len());
        at = b + 1;
        let Some(pos) = position(line, a) else {
            return Vec::new();
        };
        let same = match (prev_end, out.last_mut()) {
            (Some((e, p)), Some(last)) => {
                let joined = if line.in_table {
                    pos == p
                } else {
                    line.column_of(e).is_some_and(|c| pos <= c + 1)
                };
                if joined {
                    last.2 = b;
                }
                joined
            }
            _ => false,
        };
        if !same {
            out.push((pos, a, b));
        }
        prev_end = Some((b, pos));
    }
    out
}

fn has(s: &Signer, key: Key) -> bool {
    match key {
        Key::By => s.by.is_some(),
        Key::Name => s.name.is_some(),
        Key::Title => s.title.is_some(),
        Key::Date => s.date.is_some(),
    }
}

fn set(s: &mut Signer, key: Key, value: Field<String>) {
    match key {
        Key::By => s.by = Some(value),
        Key::Name => s.name = Some(value),
        Key::Title => s.title = Some(value),
        Key::Date => s.date = Some(value),
    }
}
