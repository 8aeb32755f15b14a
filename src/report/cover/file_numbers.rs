//! The cover's Commission File Number(s).
//!
//! ```text
//!                    Commission File Number: 001-14446
//!       Commission File Numbers: 001-11111 and 333-22222
//!                                 0-16174
//!                        (Commission File Number)
//! ```

use super::{caption, Caption};
use crate::report::find;
use crate::report::lines::Lines;
use crate::span::Field;

/// Commission File Numbers printed on the cover head.
pub fn commission_file_numbers(lines: &Lines, head: usize) -> Vec<Field<String>> {
    let lower = &lines.lower;
    let mut out: Vec<Field<String>> = Vec::new();
    for phrase in [
        "commission file number",
        "commission file no",
        "commission file nos",
        "1934 act registration no",
        "1934 act registration number",
        "commission file #",
    ] {
        let mut from = 0;
        while let Some((_, end)) = find::phrase(lower, from, head, phrase) {
            from = end;
            let mut at = find::skip(lower, end, "s.:#()");
            // A number without its prefix (`Commission File Number: 51848`) in the labelled place.
            if file_number_at(lower, at).is_none() {
                if let Some((s, e)) = bare_number_at(lower, at) {
                    let value = lines.joined.get(s..e).unwrap_or("").to_string();
                    if !out.iter().any(|f| f.value == value) {
                        out.push(Field::new(value, lines.span(s, e)));
                    }
                }
            }
            while let Some((s, e)) = file_number_at(lower, at) {
                let value = lines.joined.get(s..e).unwrap_or("").to_string();
                if !out.iter().any(|f| f.value == value) {
                    out.push(Field::new(value, lines.span(s, e)));
                }
                at = find::skip(lower, e, ",;/&");
                if let Some(after) = find::starts_with(lower, at, "and") {
                    at = find::skip(lower, after, "");
                }
            }
        }
    }
    // `001-12345` above a `(Commission File Number)` caption.
    for (i, line) in lines.lines.iter().enumerate() {
        if line.start >= head {
            break;
        }
        if caption(&line.text) == Some(Caption::FileNumber) {
            if let Some(prev) = i.checked_sub(1).and_then(|i| lines.lines.get(i)) {
                if let Some((s, e)) = file_number_at(lower, prev.start) {
                    let value = lines.joined.get(s..e).unwrap_or("").to_string();
                    if !out.iter().any(|f| f.value == value) {
                        out.push(Field::new(value, lines.span(s, e)));
                    }
                }
            }
        }
    }
    out
}

/// Four to nine digits standing alone at `at`.
fn bare_number_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = text.get(at..)?;
    let len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let next = rest.as_bytes().get(len);
    let ends = next.is_none_or(|c| !c.is_ascii_alphanumeric() && *c != b'-' && *c != b',');
    ((4..=9).contains(&len) && ends).then_some((at, at + len))
}

/// A file number (`001-14446`, `1-15128`, `333-12345`, `0-16174`) starting at `at`.
fn file_number_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut i = at;
    let digits = |i: &mut usize| {
        let s = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - s
    };
    let d1 = digits(&mut i);
    if !(1..=3).contains(&d1) || b.get(i) != Some(&b'-') {
        return None;
    }
    i += 1;
    let d2 = digits(&mut i);
    if !(3..=6).contains(&d2) {
        return None;
    }
    // `333-12345-01`
    if b.get(i) == Some(&b'-') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        digits(&mut i);
    }
    if b.get(i).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    Some((at, i))
}
