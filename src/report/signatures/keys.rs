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
        let next = words.get(k + 1).map(|x| x.1);
        let key = match lower.as_str() {
            "by:" => Some(Key::By),
            "by" if (k == 0 && next.is_none())
                || next.is_some_and(|n| n.to_ascii_lowercase().starts_with("/s/")) =>
            {
                Some(Key::By)
            }
            "name:" => Some(Key::Name),
            "title:" => Some(Key::Title),
            "date:" | "dated:" => Some(Key::Date),
            "date" | "dated"
                if k == 0
                    && next.is_some_and(|n| {
                        find_date(n).is_some() || crate::report::dates::month(n).is_some()
                    }) =>
            {
                Some(Key::Date)
            }
            // `/s/ Name` with no `By:` before it (its own line, or the next cell after a date).
            _ if lower.starts_with("/s/") => {
                let after_by = k > 0
                    && words.get(k - 1).is_some_and(|p| {
                        p.1.eq_ignore_ascii_case("by") || p.1.eq_ignore_ascii_case("by:")
                    });
                if !after_by {
                    out.push((Key::By, s, s));
                }
                None
            }
            _ => None,
        };
        if let Some(key) = key {
            out.push((key, s, (s + w.len() + 1).min(text.len())));
        }
    }
    out
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
