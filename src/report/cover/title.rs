//! The form title and the heading that make a page a 6-K cover.
//!
//! ```text
//!                                   FORM 6-K/A
//!                               (Amendment No. 1)
//!                        REPORT OF FOREIGN PRIVATE ISSUER
//!                      Pursuant to Rule 13a-16 or 15d-16 of
//! ```

use super::fold;
use crate::report::lines::Lines;
use crate::span::Field;

/// Find the form title in the first lines: `FORM 6-K`, `Form 6-K/A`,
/// `Report on Form 6-K`, or the report heading `REPORT OF FOREIGN (PRIVATE) ISSUER`.
pub fn form_title(lines: &Lines, limit: usize) -> Option<Field<String>> {
    let mut heading = None;
    for (n, line) in lines.lines.iter().take(limit).enumerate() {
        let lower = line.text.to_ascii_lowercase();
        let stripped = lower.trim_matches(|c: char| c == '#' || c == '*' || c.is_whitespace());
        let squeezed: String = stripped.chars().filter(|c| !c.is_whitespace()).collect();
        // "6-K/A", "6-K (Amendment No. 1)"; not "Form 6-K containing the amendment".
        let amended = |rest: &str| {
            rest.starts_with("/a")
                || rest.starts_with("(amendment")
                || rest.starts_with("amendment")
        };
        if let Some(rest) = squeezed
            .strip_prefix("form6-k")
            .or_else(|| squeezed.strip_prefix("6-k"))
        {
            if rest.is_empty() || amended(rest) || rest.starts_with('(') {
                let value = if amended(rest) { "6-K/A" } else { "6-K" };
                let off = lower.find("6-k").unwrap_or(0);
                let start = lower.find(|c: char| c.is_alphanumeric()).unwrap_or(0);
                let end = (off + 3 + if value == "6-K/A" { 2 } else { 0 }).min(line.text.len());
                // "FORM 6-K" with "Amendment No. 1" on the line under it.
                let next = lines.lines.get(n + 1).filter(|_| rest.is_empty());
                if let Some(next) = next.filter(|l| fold(&l.text).starts_with("amendment no")) {
                    let span = lines.span(line.start + start, next.end());
                    return Some(Field::new("6-K/A".to_string(), span));
                }
                return Some(Field::new(value.to_string(), line.span(start, end)));
            }
        }
        if let Some(at) = lower.find("report on form 6-k") {
            // Inside a sentence ("will furnish a report on Form 6-K") it names
            // another document, unless the page around it is a 6-K cover.
            let rest = lower[at + "report on form 6-k".len()..]
                .trim_start_matches("/a")
                .trim_start_matches([' ', ',', ':']);
            let title_like = at == 0
                && (rest.is_empty()
                    || rest.starts_with("dated")
                    || rest.starts_with("for ")
                    || rest.starts_with('('));
            if !title_like && !cover_structure(lines, limit) {
                continue;
            }
            let end = at + "report on form 6-k".len();
            let amended = lower.get(end..).is_some_and(|r| r.starts_with("/a"));
            let value = if amended { "6-K/A" } else { "6-K" };
            return Some(Field::new(
                value.to_string(),
                line.span(at, end + if amended { 2 } else { 0 }),
            ));
        }
        if heading.is_none()
            && (lower.contains("report of foreign private issuer")
                || lower.contains("report of foreign issuer"))
        {
            heading = Some(line);
        }
    }
    let line = heading?;
    // A heading alone is a 6-K only with the rule it is furnished under.
    let head_text = lines.lower.get(
        ..lines
            .lines
            .get(limit.min(lines.lines.len()).saturating_sub(1))?
            .end(),
    )?;
    if head_text.contains("13a-16") {
        let lower = line.text.to_ascii_lowercase();
        let at = lower.find("report of foreign").unwrap_or(0);
        return Some(Field::new(
            "6-K".to_string(),
            line.span(at, line.text.len()),
        ));
    }
    None
}

/// The head reads like a 6-K cover: the rule it is furnished under, or its heading.
fn cover_structure(lines: &Lines, limit: usize) -> bool {
    let end = lines
        .lines
        .get(limit.min(lines.lines.len()).saturating_sub(1))
        .map_or(0, |l| l.end());
    let head = lines.lower.get(..end).unwrap_or("");
    ["13a-16", "15d-16", "report of foreign"]
        .iter()
        .any(|p| head.contains(p))
}

/// The SEC's blank form and its instructions are not a report.
pub fn is_blank_form(lines: &Lines) -> bool {
    let lower = &lines.lower;
    lower.contains("general instructions")
        && (lower.contains("omb number")
            || lower.contains("sec 1815")
            || lower.contains("persons who are to respond"))
}
