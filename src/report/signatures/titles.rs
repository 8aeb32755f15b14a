//! The words of an officer's title: where a title starts after a name on the same
//! line, and whether a title set over two lines or cells goes on.
//!
//! ```text
//! /s/ Anna Lindqvist  Chief Executive Officer    ->  "Anna Lindqvist" | "Chief Executive Officer"
//! Anna Lindqvist, Chief Financial Officer        ->  "Anna Lindqvist" | "Chief Financial Officer"
//! Title: Director and Managing                   ->  "Director and Managing Executive Officer"
//!        Executive Officer
//! ```

use crate::report::cover::caption;
use crate::report::dates::find_date;

/// The longest signature line split into a name and a title, in bytes.
pub(super) const MAX_LINE: usize = 200;

/// Words that open a title (and are not often a name).
const OPENERS: &[&str] = &[
    "chief",
    "president",
    "vice",
    "executive",
    "senior",
    "managing",
    "director",
    "chairman",
    "chairwoman",
    "secretary",
    "treasurer",
    "controller",
    "comptroller",
    "deputy",
    "assistant",
    "acting",
    "interim",
    "authorised",
    "authorized",
    "attorney",
    "attorney-in-fact",
    "ceo",
    "cfo",
    "coo",
    "evp",
    "svp",
    "vp",
];

/// Words that open a title only before the word given (`General Counsel`, `Head of`).
const OPENER_PAIRS: &[(&str, &[&str])] = &[
    ("general", &["counsel", "manager"]),
    ("head", &["of"]),
    ("company", &["secretary"]),
    ("corporate", &["secretary", "vice", "controller"]),
    (
        "group",
        &[
            "chief",
            "controller",
            "treasurer",
            "secretary",
            "general",
            "head",
        ],
    ),
];

/// Words a title does not end on: the line or cell below carries the rest.
const UNFINISHED: &[&str] = &[
    "and",
    "&",
    "of",
    "for",
    "the",
    "-",
    "–",
    "to",
    "managing",
    "executive",
    "vice",
    "senior",
    "chief",
    "deputy",
    "assistant",
    "acting",
    "interim",
    "associate",
    "principal",
    "general",
    "financial",
    "operating",
    "accounting",
    "legal",
    "administrative",
    "corporate",
    "investor",
    "human",
    "joint",
];

/// Words that close a title and never open one: a line starting with one goes on the title above.
const CLOSERS: &[&str] = &["officer", "officers", "counsel"];

/// A line that can be an officer's title standing alone under a signature: a few
/// words, no date, no caption, not the start of the next part of the filing.
pub(super) fn untitled_title(text: &str) -> bool {
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

/// Other words of titles and departments, never of a name.
const NOUNS: &[&str] = &[
    "manager",
    "relations",
    "finance",
    "affairs",
    "division",
    "department",
    "board",
    "signatory",
    "fact",
    "reporting",
    "policy",
    "president",
    "director",
    "secretary",
    "controller",
    "treasurer",
];

fn bare(word: &str) -> String {
    word.trim_matches(|c: char| matches!(c, ',' | '.' | ';' | ':' | '(' | ')'))
        .to_ascii_lowercase()
}

/// Whether the word at `k` of `words` opens a title.
fn opens(words: &[&str], k: usize) -> bool {
    let Some(w) = words.get(k).map(|w| bare(w)) else {
        return false;
    };
    if OPENERS.contains(&w.as_str()) {
        return true;
    }
    let next = words.get(k + 1).map(|w| bare(w)).unwrap_or_default();
    OPENER_PAIRS
        .iter()
        .any(|(a, b)| *a == w && b.contains(&next.as_str()))
}

/// Whether `text` begins with a word that opens titles (`President`, `Chief ...`).
pub(super) fn starts_title(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').take(2).collect();
    opens(&words, 0)
}

/// A title that does not end where the line ends: the last word is a connector or
/// a qualifier (`Director and Managing`, `Executive Vice President and`), or a comma.
pub(super) fn unfinished(title: &str) -> bool {
    if title.ends_with(',') {
        return true;
    }
    let words: Vec<&str> = title.split(' ').collect();
    let last = words
        .last()
        .map(|w| w.to_ascii_lowercase())
        .unwrap_or_default();
    if !UNFINISHED.contains(&last.as_str()) {
        return false;
    }
    // `Secretary General`, `Director General` end there.
    let before = words.len().checked_sub(2).and_then(|i| words.get(i));
    !(last == "general"
        && before
            .is_some_and(|b| ["secretary", "director", "attorney"].contains(&bare(b).as_str())))
}

/// A line that can only be the rest of a title above it: it starts in lower case,
/// with a connector, or with a word that closes a title (`Officer`, `Counsel`).
pub(super) fn continues(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or("");
    first.chars().next().is_some_and(char::is_lowercase)
        || ["and", "&", "of", "for", "-", "–"].contains(&first)
        || CLOSERS.contains(&bare(first).as_str())
}

/// Where a title starts in `text` after a name of at least two words (`Anna
/// Lindqvist, Chief Financial Officer`, `Anna Lindqvist - President`): the byte
/// offset of the title's first word and the length of the name before it.
pub(super) fn after_name(text: &str) -> Option<(usize, usize)> {
    // A name and a title are a few words; longer text is something else (and the
    // search stays bounded).
    if text.len() > MAX_LINE {
        return None;
    }
    let mut at = 0;
    let mut spans = Vec::new();
    for w in text.split(' ') {
        spans.push((at, w));
        at += w.len() + 1;
    }
    let words: Vec<&str> = spans.iter().map(|s| s.1).collect();
    // A name: two words or more, each capitalized (or an initial), none a title's word
    // (`Investor Relations Manager & Deputy CFO` is one title).
    let named = |k: usize| {
        let name = &words[..k];
        name.iter()
            .filter(|w| w.chars().any(char::is_alphabetic))
            .count()
            >= 2
            && name.iter().all(|w| {
                let b = bare(w);
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    && !UNFINISHED.contains(&b.as_str())
                    && !CLOSERS.contains(&b.as_str())
                    && !NOUNS.contains(&b.as_str())
            })
    };
    let k = (2..words.len()).find(|&k| opens(&words, k) && named(k))?;
    let start = spans.get(k)?.0;
    let name = text.get(..start)?.trim_end_matches([' ', ',', '-', '–']);
    Some((start, name.len()))
}
