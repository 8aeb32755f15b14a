//! The keys of a signature line and the lines that name a company.
//!
//! ```text
//! Date: June 30, 1998              By: /s/ J.H. van der Berg
//! Date: November 12, 2020  /s/ Dr. Katrin Vogel
//! Name: Anna Lindqvist            Title: Chief Executive Officer
//! ```

use crate::report::cover::caption;
use crate::report::dates::find_date;
use crate::report::lines::Line;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Key {
    By,
    Name,
    Title,
    Date,
}

/// Keys in a line: (key, key start, value start) in clean-text offsets.
pub(super) fn keys(text: &str) -> Vec<(Key, usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    let words: Vec<(usize, &str)> = text
        .split(' ')
        .map(|w| {
            let s = at;
            at += w.len() + 1;
            (s, w)
        })
        .collect();
    for (k, &(s, w)) in words.iter().enumerate() {
        let lower = w.to_ascii_lowercase();
        let mut next = words.get(k + 1).map(|x| x.1);
        // A colon in a cell of its own, or spaced off: `By | : | /s/ Xie Tao`, `Date : May 1`.
        let spaced_colon = next == Some(":");
        let key_len = if spaced_colon {
            next = words.get(k + 2).map(|x| x.1);
            w.len() + 2
        } else {
            w.len()
        };
        let bare = lower.as_str();
        // A key run into its value: `Date:June 16, 2009`, `By:/s/ Anna Lindqvist`.
        if let Some((key, p)) = glued(bare) {
            out.push((key, s, s + p));
            continue;
        }
        let rest = text.get((s + key_len + 1).min(text.len())..).unwrap_or("");
        let key = match bare {
            "by:" => Some(Key::By),
            "by" if spaced_colon => Some(Key::By),
            "by" if (k == 0 && next.is_none())
                || next.is_some_and(|n| n.starts_with('/') || n.eq_ignore_ascii_case("s/")) =>
            {
                Some(Key::By)
            }
            "name:" => Some(Key::Name),
            "title:" => Some(Key::Title),
            "name" | "title" if spaced_colon => Some(if bare == "name" {
                Key::Name
            } else {
                Key::Title
            }),
            "date:" | "dated:" => Some(Key::Date),
            "date" | "dated" if spaced_colon => Some(Key::Date),
            "date" | "dated"
                if k == 0
                    && (next.is_some_and(|n| crate::report::dates::month(n).is_some())
                        || next.is_some_and(|n| n.eq_ignore_ascii_case("this"))
                        || find_date(rest).is_some_and(|(_, a, _)| a == 0)) =>
            {
                Some(Key::Date)
            }
            // `/s/ Name` with no `By:` before it (its own line, or the next cell after a date).
            _ if lower.starts_with("/s/") || (lower == "/" && signed_mark_len(&text[s..]) > 0) => {
                let before = words[..k].iter().rev().map(|p| p.1).find(|w| *w != ":");
                let after_by = before
                    .is_some_and(|p| p.eq_ignore_ascii_case("by") || p.eq_ignore_ascii_case("by:"));
                if !after_by {
                    out.push((Key::By, s, s));
                }
                None
            }
            _ => None,
        };
        if let Some(key) = key {
            out.push((key, s, (s + key_len + 1).min(text.len())));
        }
    }
    out
}

/// The key a word opens when the value follows the colon with no space, and the
/// length of the key.
fn glued(word: &str) -> Option<(Key, usize)> {
    [
        ("by:", Key::By),
        ("name:", Key::Name),
        ("title:", Key::Title),
        ("date:", Key::Date),
        ("dated:", Key::Date),
    ]
    .into_iter()
    .find(|(p, _)| word.len() > p.len() && word.starts_with(p))
    .map(|(p, k)| (k, p.len()))
}

/// [`keys`], and in a table row a bare `Name` or `Title` in the first filled cell
/// (`| | Name | David Cole |`, `| | | Name Stefan Basler |`).
pub(super) fn line_keys(line: &Line) -> Vec<(Key, usize, usize)> {
    let ks = keys(&line.text);
    if !ks.is_empty() || !line.in_table {
        return ks;
    }
    let text = line.text.as_str();
    let (first, rest) = text.split_once(' ').unwrap_or((text, ""));
    let key = match first.to_ascii_lowercase().as_str() {
        "name" => Key::Name,
        "title" => Key::Title,
        _ => return ks,
    };
    if rest.trim().is_empty() {
        return ks;
    }
    vec![(key, 0, first.len() + 1)]
}

/// Length of a `/s/` mark at the start of a signature, however it is spaced
/// (`/s/`, `/ s /`, `s/`), or 0.
pub(super) fn signed_mark_len(v: &str) -> usize {
    let b = v.as_bytes();
    let mut i = 0;
    let skip = |i: &mut usize| {
        while b.get(*i) == Some(&b' ') {
            *i += 1;
        }
    };
    let slash = b.first() == Some(&b'/');
    if slash {
        i += 1;
        skip(&mut i);
    }
    if !b.get(i).is_some_and(|c| c.eq_ignore_ascii_case(&b's')) {
        return 0;
    }
    i += 1;
    skip(&mut i);
    if b.get(i) != Some(&b'/') {
        return 0;
    }
    i + 1
}

/// A company name line (no key, not a caption or a date) followed by a signature line.
pub(super) fn is_company_line(text: &str, next: Option<&Line>) -> bool {
    let words = text.split(' ').count();
    let next_signs = next.is_some_and(|n| {
        keys(&n.text)
            .first()
            .is_some_and(|k| matches!(k.0, Key::By | Key::Date))
    });
    words <= 12
        && !text.ends_with(':')
        && !text.starts_with('(')
        && caption(text).is_none()
        && find_date(text).is_none()
        && next_signs
}

/// A line that opens another part of the filing, so no signature follows it: an
/// exhibit heading or index, a contact block, a press release's legend.
pub(super) fn opens_part(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(' ').collect();
    let first = words.first().map_or("", |w| w.trim_end_matches(':'));
    let second = words.get(1).map_or("", |w| w.trim_end_matches(':'));
    let colon = words.first().is_some_and(|w| w.ends_with(':'));
    let exhibit = matches!(first, "exhibit" | "exhibits")
        && words.len() <= 6
        && (second.is_empty()
            || second == "index"
            || second == "list"
            || second.chars().next().is_some_and(|c| c.is_ascii_digit())
            || second.len() == 1);
    let contact = matches!(first, "contact" | "contacts")
        && (colon
            || words.len() == 1
            || ["information", "details", "person", "persons"].contains(&second));
    let relations = matches!(first, "media" | "investor" | "investors" | "press")
        && (colon
            || matches!(second, "contact" | "contacts")
            || lower.starts_with("investor relations:")
            || lower.starts_with("media relations:"));
    const LEGENDS: &[&str] = &[
        "index to exhibits",
        "for further information",
        "for more information",
        "for additional information",
        "further information",
        "press release",
        "news release",
        "for immediate release",
        "not for release",
        "not for publication",
        "not for distribution",
    ];
    exhibit || contact || relations || LEGENDS.iter().any(|l| lower.starts_with(l))
}
