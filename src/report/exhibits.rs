//! Exhibits: numbered lists of what the report furnishes.
//!
//! ```text
//! EXHIBIT INDEX                        Documents attached hereto:
//! Exhibit No.    Description           99)   A press release announcing ...
//!    99.1:       the Company's ...     Exhibit 99.1 – Announcement – Proposed ...
//! Enclosures:  - 1. Samsung to license Nokia's software ...
//! ```

use super::lines::Lines;
use super::Exhibit;
use crate::span::Field;

/// Headings that open a list of what the report furnishes.
const HEADINGS: &[&str] = &[
    "exhibit index",
    "index to exhibits",
    "index of exhibits",
    "exhibit list",
    "list of exhibits",
    "exhibits",
    "exhibit",
    "list of materials",
    "documents attached hereto",
    "documents attached",
    "enclosures",
    "enclosure",
    "materials contained in this report",
    "contents",
    "table of contents",
    "this report comprises",
    "furnished herewith",
    "documents furnished",
    "documents included",
    "attachments",
];

fn heading(text: &str) -> bool {
    let f = super::cover::fold(text);
    HEADINGS.contains(&f.as_str())
}

/// An item start: returns (number range, description start) in `line.text`.
fn item(text: &str, in_list: bool, cells: bool) -> Option<((usize, usize), usize)> {
    let mut at = 0;
    // Markdown bullets: "- 1. ..."
    let t = text.trim_start_matches(['-', '*', '•', '·']);
    at += text.len() - t.len();
    let t2 = t.trim_start();
    at += t.len() - t2.len();
    let lower = t2.to_ascii_lowercase();
    let mut explicit = false;
    let mut rest_at = at;
    for word in [
        "exhibit no.",
        "exhibit no",
        "exhibit number",
        "exhibit",
        "ex-",
        "ex.",
    ] {
        if let Some(r) = lower.strip_prefix(word) {
            rest_at = at + word.len();
            rest_at += r.len() - r.trim_start().len();
            explicit = true;
            break;
        }
    }
    let after = text.get(rest_at..)?;
    let paren = after.starts_with('(');
    let num_start = rest_at + usize::from(paren);
    let body = text.get(num_start..)?;
    let bytes = body.as_bytes();
    let mut len = 0;
    while len < bytes.len() {
        let c = bytes[len];
        let dot_digit = c == b'.' && len > 0 && bytes.get(len + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || dot_digit {
            len += 1;
        } else {
            break;
        }
    }
    if len == 0 || len > 8 {
        return None;
    }
    let number = (num_start, num_start + len);
    let mut d = number.1;
    let tail = text.get(d..).unwrap_or("");
    let sep_len = tail.len()
        - tail
            .trim_start_matches([')', ':', '.', '–', '—', '-', ' ', '|', '\t'])
            .len();
    let sep = tail.get(..sep_len).unwrap_or("");
    d += sep_len;
    // "99.1 Press release dated ...": a dotted number and a title, in a list.
    let dotted_title = in_list
        && text
            .get(number.0..number.1)
            .is_some_and(|n| n.contains('.'))
        && text
            .get(d..)
            .is_some_and(|t| t.starts_with(char::is_uppercase));
    let separated = sep.contains([')', ':', '–', '—', '-', '|', '.'])
        || sep.len() >= 2
        || cells
        || dotted_title;
    if paren && !sep.contains(')') {
        return None;
    }
    if !(explicit || separated && in_list) {
        return None;
    }
    if !explicit && sep.trim().is_empty() && !cells && !dotted_title {
        return None;
    }
    Some((number, d))
}

/// Read exhibit lists from all lines. `cut_end`: the input ends mid-line, so text
/// that runs to its end may be incomplete.
pub fn read(lines: &Lines, cut_end: bool) -> Vec<Exhibit> {
    let mut out: Vec<Exhibit> = Vec::new();
    let mut in_list = false;
    let mut list_page = 0;
    let mut misses = 0;
    let n = lines.lines.len();
    let mut i = 0;
    while i < n {
        let Some(line) = lines.lines.get(i) else {
            break;
        };
        let text = line.text.trim_end_matches(':');
        if heading(
            text.trim_start_matches(['#', '*', ' '])
                .trim_end_matches(['*', ' ', ':']),
        ) {
            in_list = true;
            list_page = line.page;
            misses = 0;
            i += 1;
            continue;
        }
        if in_list && line.page > list_page + 1 {
            in_list = false;
        }
        // An "Exhibit No. / Description" header row keeps the list open.
        let Some((num, desc_at)) = item(&line.text, in_list, line.cellular) else {
            if in_list {
                let words = line.text.split(' ').count();
                let header_row = (line.in_table || line.cellular) && words <= 6;
                // "The following documents ... are being furnished herewith:" introduces the list.
                let intro = misses == 0 && line.text.ends_with(':');
                if intro {
                    i += 1;
                    continue;
                }
                if !header_row && (words > 6 || misses > 0) {
                    in_list = false;
                }
                misses += 1;
            }
            i += 1;
            continue;
        };
        misses = 0;
        let number = line
            .text
            .get(num.0..num.1)
            .unwrap_or("")
            .trim_end_matches('.')
            .to_string();
        let mut desc = line.text.get(desc_at..).unwrap_or("").trim().to_string();
        let mut desc_span = (line.start + desc_at, line.end());
        let explicit_inline = !in_list;
        // Loose "Exhibit 1 Press Release" lines outside a list must read like a title.
        let strong_sep = line
            .text
            .get(num.1..desc_at)
            .is_some_and(|sep| sep.contains([':', '–', '—', ')']));
        if explicit_inline
            && !strong_sep
            && !desc.starts_with(|c: char| c.is_uppercase() || c == '“' || c == '"')
        {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if desc.is_empty() {
            // "Exhibit 1:" with the description on the next line.
            match lines.lines.get(j) {
                Some(next)
                    if item(&next.text, true, next.cellular).is_none()
                        && !heading(&next.text)
                        && in_list =>
                {
                    desc = next.text.clone();
                    desc_span = (next.start, next.end());
                    j += 1;
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        }
        // Plain-text continuation lines: indented deeper, no blank line between.
        while let Some(next) = lines.lines.get(j) {
            let deeper = match (line.column, next.column) {
                (Some(a), Some(b)) => b > a,
                _ => false,
            };
            if !deeper || next.para_break || item(&next.text, true, next.cellular).is_some() {
                break;
            }
            desc.push(' ');
            desc.push_str(&next.text);
            desc_span.1 = next.end();
            j += 1;
        }
        let truncated =
            cut_end && desc_span.1 >= lines.joined.len() && !super::ends_complete(&desc);
        if !truncated && !out.iter().any(|e| e.number.value == number) {
            let number_span = line.span(num.0, num.1);
            out.push(Exhibit {
                number: Field::new(number, number_span),
                description: Some(Field::new(desc, lines.span(desc_span.0, desc_span.1))),
                document: None,
            });
        }
        i = j;
    }
    out
}
