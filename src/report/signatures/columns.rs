//! Signers side by side: one line holds the same key once per signer.
//!
//! ```text
//! By: /s/ Anna Lindqvist                    By: /s/ Marc Dubois
//! Name: Anna Lindqvist                      Name: Marc Dubois
//! Title: Chief Executive Officer            Title: Chief Financial Officer
//! ```
//!
//! The i-th `By:` (`Name:`, `Title:`) of a line goes to the i-th signer of the
//! row group; a lone `Date:` applies to every signer of the group.

use super::{date_field, field, Key, Signer};
use crate::report::lines::Line;
use crate::span::Field;

/// The signers of the current row group.
#[derive(Debug, Default)]
pub(super) struct Columns {
    group: Vec<Signer>,
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
            if let Some(s) = self.group.get_mut(i) {
                s.touch(line);
                set(s, key, value);
            }
        }
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
    }
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
