//! Exhibits: numbered lists of what the report furnishes.
//!
//! ```text
//! EXHIBIT INDEX                        Documents attached hereto:
//! Exhibit No.    Description           99)   A press release announcing ...
//!    99.1:       the Company's ...     Exhibit 99.1 – Announcement – Proposed ...
//! Enclosures:  - 1. Samsung to license Nokia's software ...
//! ```

pub(super) mod sentences;
pub(super) mod stacked;

use super::find;
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
    "list of materials",
    "documents attached hereto",
    "documents attached",
    "enclosures",
    "enclosure",
    "materials contained in this report",
    "this report comprises",
    "furnished herewith",
    "documents furnished",
    "documents included",
    "attachments",
    "contents",
    "table of contents",
    "this form 6-k consists of the following",
    "this report on form 6-k consists of the following",
    "exhibits furnished herewith",
    "exhibits to form 6-k",
];

/// A table's heading row over an exhibit list: `Exhibit No. | Description`,
/// `EXHIBIT | TITLE`, `Exhibit Number | Document`.
fn header_row(text: &str) -> bool {
    let f = super::cover::fold(text);
    let Some(rest) = [
        "exhibit number",
        "exhibit no",
        "exhibit i ",
        "exhibit",
        "number",
        "no",
    ]
    .iter()
    .find_map(|h| f.strip_prefix(h)) else {
        return false;
    };
    matches!(
        rest.trim(),
        "" | "description"
            | "title"
            | "document"
            | "documents"
            | "description of exhibit"
            | "description of document"
            | "name"
            | "item"
            | "exhibit"
    )
}

/// A line that introduces what follows as the report's exhibits: "The following
/// documents are furnished as exhibits to this report:".
fn intro(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.ends_with(':')
        && lower.split(' ').count() >= 4
        && !lower.starts_with(|c: char| c.is_ascii_digit())
        && [
            "exhibit",
            "furnish",
            "attached hereto",
            "attached herewith",
            "attached to this",
            "are attached",
            "is attached",
            "consists of",
            "enclosed",
            "following document",
        ]
        .iter()
        .any(|w| lower.contains(w))
}

pub(super) fn heading(text: &str) -> bool {
    let f = super::cover::fold(text);
    HEADINGS.contains(&f.as_str()) || holds_heading(&f)
}

/// "Material Contained in this Report", "Documents Included as Part of this Report",
/// "Exhibits furnished with this Form 6-K": a noun for what is furnished and a
/// participle that says the report holds it, in a short line.
fn holds_heading(folded: &str) -> bool {
    let mut words = folded.split(' ');
    let (Some(noun), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    const NOUNS: &[&str] = &[
        "material",
        "materials",
        "document",
        "documents",
        "exhibit",
        "exhibits",
        "attachment",
        "attachments",
        "enclosure",
        "enclosures",
    ];
    const VERBS: &[&str] = &[
        "contained",
        "included",
        "furnished",
        "attached",
        "enclosed",
        "submitted",
    ];
    folded.split(' ').count() <= 9
        && NOUNS.contains(&noun)
        && VERBS.contains(&verb)
        && !folded
            .split(' ')
            .any(|w| ["is", "are", "was", "were"].contains(&w))
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
    let mut len = number_len(body);
    if len == 0 && explicit {
        len = letter_len(body);
        // "Exhibit I | Description": a heading row, not exhibit I.
        let rest = super::cover::fold(body.get(len..).unwrap_or(""));
        if [
            "description",
            "title",
            "document",
            "documents",
            "name",
            "item",
        ]
        .contains(&rest.as_str())
        {
            return None;
        }
    }
    if len == 0 || len > 12 {
        return None;
    }
    // `3SBio Inc.`: digits that start a word are not a number.
    if bytes.get(len).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    // `-3-`: a page number.
    if !explicit && text.trim().trim_matches('-') == body.get(..len).unwrap_or("") {
        return None;
    }
    // `30 June 2010`: a date, not an item.
    let mut after_words = body.get(len..).unwrap_or("").split_whitespace();
    if let (Some(m), Some(y)) = (after_words.next(), after_words.next()) {
        let year = y.trim_end_matches([',', '.']);
        if crate::report::dates::month(m).is_some()
            && year.len() == 4
            && year.bytes().all(|c| c.is_ascii_digit())
        {
            return None;
        }
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
    // Numbers already read: one entry each, however often a list repeats them.
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut in_list = false;
    let mut list_page = 0;
    let mut misses = 0;
    // Items read since the list opened.
    let mut listed = 0;
    // The list opened under "Contents": a table of contents, of the report's own items
    // or of an attached document; `page_refs` once its entries end in page numbers
    // ("Business Activity 3"), which makes it the latter: then only "Exhibit N" entries count.
    let mut contents = false;
    let mut page_refs = false;
    let mut contents_seen = false;
    let n = lines.lines.len();
    let lower = &lines.lower;
    // The few lines right after the cover's last question (the Rule 12g3-2(b) file
    // number), where a list of what the report furnishes stands.
    let cover = match (
        find::phrase(lower, 0, lower.len(), "indicate by check mark"),
        find::phrase(lower, 0, lower.len(), "duly caused this report"),
    ) {
        (Some(q), Some(s)) => {
            let mut last = None;
            let mut from = q.1;
            while let Some(m) = find::phrase(lower, from, s.0, "12g3-2(b)") {
                last = Some(m.1);
                from = m.1;
            }
            let after = last.map_or(s.0, |e| lines.line_at(e) + 1);
            let start = lines.lines.get(after).map_or(s.0, |l| l.start);
            let end = lines.lines.get(after + 4).map_or(s.0, |l| l.start).min(s.0);
            start..end
        }
        _ => 0..0,
    };
    let mut i = 0;
    while i < n {
        let Some(line) = lines.lines.get(i) else {
            break;
        };
        let text = line.text.trim_end_matches(':');
        let opens = heading(
            text.trim_start_matches(['#', '*', ' '])
                .trim_end_matches(['*', ' ', ':']),
        ) || ((line.in_table || line.cellular || text.contains(' '))
            && header_row(text))
            || intro(&line.text);
        // "Material<br>Contained in this Report:": a heading broken over two lines.
        let next = lines.lines.get(i + 1).filter(|n| !n.para_break);
        let two_line = !opens
            && text.split(' ').count() <= 2
            && next.is_some_and(|n| {
                let joined = format!("{text} {}", n.text.trim_end_matches([' ', ':']));
                heading(&joined)
            });
        if two_line {
            i += 1;
        }
        let opens = opens || two_line;
        let f = super::cover::fold(text);
        let is_contents = f == "contents" || f == "table of contents";
        // "Table of Contents" printed atop every page is a link back, not a new list.
        if is_contents && contents_seen {
            i += 1;
            continue;
        }
        contents_seen |= is_contents;
        if opens {
            in_list = true;
            list_page = line.page;
            listed = 0;
            misses = 0;
            contents = is_contents;
            page_refs = false;
            i += 1;
            continue;
        }
        // A list read on one page does not run on into the next (an exhibit's text).
        if in_list && (line.page > list_page + 1 || (listed > 0 && line.page > list_page)) {
            in_list = false;
        }
        // "1. Press release issued by ...": on the cover, between its questions and the
        // signatures, a numbered line that names a document opens a list with no heading.
        if !in_list && cover.contains(&line.start) && names_document(line, lines.lines.get(i + 1)) {
            in_list = true;
            list_page = line.page;
            listed = 0;
            misses = 0;
            contents = false;
            page_refs = false;
        }
        // An "Exhibit No. / Description" header row keeps the list open.
        let Some((num, desc_at)) = item(&line.text, in_list, line.cellular) else {
            if in_list {
                let words = line.text.split(' ').count();
                let header_row = (line.in_table || line.cellular) && words <= 6;
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
        // A description the layout broke after "... Into The Bezeq Era:" or "... of" goes
        // on in the next line, unless that line starts something else.
        while unfinished(&desc) {
            let Some(next) = lines.lines.get(j) else {
                break;
            };
            if !continues(line, next) {
                break;
            }
            desc.push(' ');
            desc.push_str(&next.text);
            desc_span.1 = next.end();
            j += 1;
        }
        let truncated =
            cut_end && desc_span.1 >= lines.joined.len() && !super::ends_complete(&desc);
        let explicit = line
            .text
            .get(..num.0)
            .is_some_and(|t| t.to_ascii_lowercase().contains("ex"));
        if contents && in_list && ends_in_page_number(&desc) {
            page_refs = true;
        }
        if contents && page_refs && !explicit {
            i = j;
            continue;
        }
        // `Press Release ... | 4`: a page number in the last cell of a contents table.
        if line.cellular || (contents && explicit) {
            let trimmed = desc.trim_end_matches(|c: char| c.is_ascii_digit());
            let digits = desc.len() - trimmed.len();
            if (1..=3).contains(&digits) && trimmed.ends_with(' ') && trimmed.trim().len() > 3 {
                desc.truncate(trimmed.trim_end().len());
                desc_span.1 = desc_span.0 + desc.len().min(desc_span.1 - desc_span.0);
            }
        }
        if in_list {
            listed += 1;
        }
        if truncated {
            i = j;
            continue;
        }
        if let Some(&k) = seen.get(&number) {
            // Listed again (a cover list, then an index): a description that stops short
            // gives way to a longer one that starts alike.
            if let Some(e) = out.get_mut(k) {
                let old = e
                    .description
                    .as_ref()
                    .filter(|d| !super::ends_complete(&d.value))
                    .map(|d| super::cover::fold(&d.value));
                let new = super::cover::fold(&desc);
                if old.is_some_and(|o| new.len() > o.len() && new.starts_with(o.as_str())) {
                    e.description = Some(Field::new(desc, lines.span(desc_span.0, desc_span.1)));
                }
            }
        } else {
            seen.insert(number.clone(), out.len());
            let number_span = line.span(num.0, num.1);
            out.push(Exhibit {
                number: Field::new(number, number_span),
                description: Some(Field::new(desc, lines.span(desc_span.0, desc_span.1))),
                document: None,
                start: None,
                page: None,
            });
        }
        i = j;
    }
    for e in sentences::numbered(lines) {
        if !seen.contains_key(&e.number.value) {
            seen.insert(e.number.value.clone(), out.len());
            out.push(e);
        }
    }
    out
}

/// A numbered line ("1. Press release issued by ...", or "1." over such a line) whose
/// text opens by naming a document.
fn names_document(line: &super::lines::Line, next: Option<&super::lines::Line>) -> bool {
    let Some((num, d)) = item(&line.text, true, line.cellular) else {
        return false;
    };
    let explicit = line
        .text
        .get(..num.0)
        .is_some_and(|t| t.to_ascii_lowercase().contains("ex"));
    let text = match line.text.get(d..) {
        Some("") => next.map_or("", |n| n.text.as_str()),
        Some(t) => t,
        None => "",
    };
    let lower = text.to_ascii_lowercase();
    let lower = ["a copy of ", "copy of ", "a ", "an ", "the "]
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower);
    !explicit
        && [
            "press release",
            "news release",
            "english translation",
            "english-language translation",
            "material change report",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
}

/// A description that cannot end where its line does: after a colon, a comma or a
/// dash, or after a word that needs another ("of", "re", "dated").
fn unfinished(desc: &str) -> bool {
    let d = desc.trim_end();
    if d.ends_with([':', ',', '–', '—', '-', '&']) {
        return !d.ends_with("--");
    }
    const JOINING: &[&str] = &[
        "of",
        "re",
        "re:",
        "and",
        "the",
        "for",
        "on",
        "to",
        "in",
        "by",
        "with",
        "from",
        "at",
        "a",
        "an",
        "dated",
        "regarding",
        "concerning",
        "relating",
        "announcing",
    ];
    let last = d.rsplit(' ').next().unwrap_or("");
    d.contains(' ') && JOINING.contains(&last)
}

/// Whether `next` can carry on the description of the item on `line`: on the same
/// page, short, and not an item, a heading or the signatures.
fn continues(line: &super::lines::Line, next: &super::lines::Line) -> bool {
    let text = next.text.trim_end_matches(':');
    let f = super::cover::fold(text);
    next.page == line.page
        && next.text.split(' ').count() <= 40
        && item(&next.text, true, next.cellular).is_none()
        && !heading(text)
        && !header_row(text)
        && !f.starts_with("signature")
        && !super::cover::is_rule(&next.text)
}

/// Length of the exhibit number (`99.1`, `1`, `31.1.1`, `99.1(a)`) at the start of
/// `text`: digits, dots between digits, and a suffix of one to three letters or digits
/// in brackets right after them.
pub(super) fn number_len(text: &str) -> usize {
    let b = text.as_bytes();
    let len = b
        .iter()
        .enumerate()
        .take_while(|&(k, &c)| {
            c.is_ascii_digit()
                || (c == b'.' && k > 0 && b.get(k + 1).is_some_and(u8::is_ascii_digit))
        })
        .count();
    if len == 0 || b.get(len) != Some(&b'(') {
        return len;
    }
    let inner = b
        .iter()
        .skip(len + 1)
        .take(4)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if (1..=3).contains(&inner) && b.get(len + 1 + inner) == Some(&b')') {
        len + inner + 2
    } else {
        len
    }
}

/// Length of a letter that stands for an exhibit's number after the word "Exhibit"
/// (`Exhibit A`, `Exhibit IV`): one capital, or a Roman numeral of up to four, alone
/// as a word.
pub(super) fn letter_len(text: &str) -> usize {
    let b = text.as_bytes();
    let roman = b
        .iter()
        .take(5)
        .take_while(|c| matches!(c, b'I' | b'V' | b'X'))
        .count();
    let len = if roman > 1 {
        roman
    } else {
        usize::from(b.first().is_some_and(u8::is_ascii_uppercase))
    };
    if len == 0 || len > 4 || b.get(len).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return 0;
    }
    len
}

/// "Results of Operations 6": an entry of a table of contents, with its page.
fn ends_in_page_number(desc: &str) -> bool {
    let trimmed = desc.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = desc.len() - trimmed.len();
    (1..=3).contains(&digits) && trimmed.ends_with(' ') && trimmed.trim().len() > 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_suffix_and_letters_stand_alone() {
        assert_eq!(number_len("99.1(a) Supplementary tables"), 7);
        assert_eq!(number_len("31.1.1 Certification"), 6);
        assert_eq!(number_len("99.1 (a) Press release"), 4);
        assert_eq!(number_len("1(abcd) x"), 1);
        assert_eq!(letter_len("A Press release"), 1);
        assert_eq!(letter_len("IV – Circular"), 2);
        assert_eq!(letter_len("INDEX"), 0);
        assert_eq!(letter_len("a copy"), 0);
    }

    #[test]
    fn headings_that_say_the_report_holds_the_list() {
        assert!(heading("Material Contained in this Report"));
        assert!(heading("Documents Included as Part of this Report"));
        assert!(heading("Exhibits furnished with this Form 6-K"));
        assert!(!heading(
            "information contained in this Form is also thereby furnishing"
        ));
        assert!(!heading(
            "Documents attached to the notice are available at the office"
        ));
    }

    #[test]
    fn unfinished_descriptions() {
        assert!(unfinished("Press Release re Nordwind Sets A New Course:"));
        assert!(unfinished("Press release dated"));
        assert!(!unfinished("Press release dated August 3, 2010"));
        assert!(!unfinished("Press release --"));
    }
}
