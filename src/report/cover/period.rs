//! The period of report: the month the cover states, or its date.
//!
//! ```text
//!                         For the month of May, 2016.
//!               Report on Form 6-K dated May 6, 2009
//!                           February 13, 2023
//! ```

use super::is_rule;
use crate::report::dates::parse_date_prefix;
use crate::report::find;
use crate::report::lines::Lines;
use crate::report::Period;
use crate::span::Field;

/// The period of report, read from the head of the cover (`head` = joined offset where it ends).
pub fn period(lines: &Lines, head: usize) -> Option<Field<Period>> {
    let lower = &lines.lower;
    let date_at = |at: usize, need_day: bool| -> Option<Field<Period>> {
        let at = find::skip(&lines.joined, at, ":-–—,");
        let (p, len) = parse_date_prefix(lines.joined.get(at..)?)?;
        if need_day && p.day.is_none() {
            return None;
        }
        Some(Field::new(p, lines.span(at, at + len)))
    };
    for phrase in [
        "for the month of",
        "for the months of",
        "for the month ended",
        "for the month ending",
    ] {
        if let Some((_, end)) = find::phrase(lower, 0, head, phrase) {
            if let Some(f) = date_at(end, false) {
                return Some(f);
            }
        }
    }
    for phrase in [
        "date of report (date of earliest event reported)",
        "date of report",
        "for period ended",
        "for the period ended",
        "for the quarter ended",
        "for the fiscal year ended",
        "for the year ended",
        "form 6-k dated",
        "form 6-k/a dated",
    ] {
        if let Some((_, end)) = find::phrase(lower, 0, head, phrase) {
            if let Some(f) = date_at(end, true) {
                return Some(f);
            }
        }
    }
    // `Dated November 13, 2006` or a bare date on a line of its own, in the period's place.
    let mut prev: Option<&str> = None;
    for line in &lines.lines {
        if line.start >= head {
            break;
        }
        let lower_line = line.text.to_ascii_lowercase();
        // `Dated November 13, 2006`, `For March 30, 2009`: a date standing for the period.
        let (skip, need_day) = if lower_line.starts_with("dated") {
            (5, true)
        } else if lower_line.starts_with("date:") {
            // `Date: July 30, 2010` in the period's place, above the registrant.
            (5, true)
        } else if lower_line.starts_with("for ") {
            (4, false)
        } else {
            (0, false)
        };
        let text = line.text.get(skip..).unwrap_or("");
        let lead = text.len() - text.trim_start_matches([' ', ':']).len();
        if let Some((p, len)) = parse_date_prefix(&text[lead..]) {
            let rest = text
                .get(lead + len..)
                .unwrap_or("")
                .trim_matches(|c: char| c == '.' || c.is_whitespace());
            let sentence_goes_on = prev.is_some_and(|p| {
                let last = p.trim_end().rsplit(' ').next().unwrap_or("");
                last.chars().next().is_some_and(char::is_lowercase) && !last.ends_with('.')
            });
            if rest.is_empty() && !sentence_goes_on && (!need_day || p.day.is_some()) {
                let a = skip + lead;
                return Some(Field::new(p, line.span(a, a + len)));
            }
        }
        if !is_rule(&line.text) {
            prev = Some(&line.text);
        }
    }
    None
}
