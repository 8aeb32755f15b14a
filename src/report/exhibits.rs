//! Exhibits: numbered lists of what the report furnishes.
//!
//! ```text
//! EXHIBIT INDEX                        Documents attached hereto:
//! Exhibit No.    Description           99)   A press release announcing ...
//!    99.1:       the Company's ...     Exhibit 99.1 – Announcement – Proposed ...
//! Enclosures:  - 1. Samsung to license Nokia's software ...
//! ```

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
    let Some(rest) = ["exhibit number", "exhibit no", "exhibit", "number", "no"]
        .iter()
        .find_map(|h| f.strip_prefix(h))
    else {
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
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
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
    let mut i = 0;
    while i < n {
        let Some(line) = lines.lines.get(i) else {
            break;
        };
        let text = line.text.trim_end_matches(':');
        let opens = heading(
            text.trim_start_matches(['#', '*', ' '])
                .trim_end_matches(['*', ' ', ':']),
        ) || ((line.in_table || line.cellular) && header_row(text))
            || intro(&line.text);
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
        if !truncated && seen.insert(number.clone()) {
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
    for e in sentences(lines) {
        if seen.insert(e.number.value.clone()) {
            out.push(e);
        }
    }
    out
}

/// Length of the exhibit number (`99.1`, `1`, `31.1.1`) at the start of `text`: digits,
/// and dots between digits.
pub(super) fn number_len(text: &str) -> usize {
    let b = text.as_bytes();
    b.iter()
        .enumerate()
        .take_while(|&(k, &c)| {
            c.is_ascii_digit()
                || (c == b'.' && k > 0 && b.get(k + 1).is_some_and(u8::is_ascii_digit))
        })
        .count()
}

/// "Results of Operations 6": an entry of a table of contents, with its page.
fn ends_in_page_number(desc: &str) -> bool {
    let trimmed = desc.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = desc.len() - trimmed.len();
    (1..=3).contains(&digits) && trimmed.ends_with(' ') && trimmed.trim().len() > 3
}

/// Exhibits named in a sentence: "Attached herewith as Exhibit 99.1 is a press
/// release, dated January 12, 2009, whereby ...", "Attached as Exhibit 1 is a copy
/// of the press release of ...". The description is what the sentence says is
/// attached, up to a clause that tells what it announces ("whereby").
fn sentences(lines: &Lines) -> Vec<Exhibit> {
    let lower = &lines.lower;
    let mut out = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut from = 0;
    while let Some((s, e)) = find::phrase(lower, from, lower.len(), "attached") {
        from = e;
        // The sentence starts here: "Attached" opens a line or follows a full stop.
        let before = lower.get(..s).unwrap_or("").trim_end_matches(' ');
        if !(before.is_empty() || before.ends_with(['\n', '.'])) {
            continue;
        }
        let mut at = find::skip(lower, e, "");
        for w in ["herewith", "hereto", "here to"] {
            if let Some(x) = find::starts_with(lower, at, w) {
                at = find::skip(lower, x, "");
                break;
            }
        }
        let Some(x) = find::starts_with(lower, at, "as exhibit").map(|x| {
            lower
                .get(x..)
                .and_then(|t| t.strip_prefix('s'))
                .map_or(x, |_| x + 1)
        }) else {
            continue;
        };
        let num_at = find::skip(lower, x, "");
        let len = number_len(lower.get(num_at..).unwrap_or(""));
        if len == 0 {
            continue;
        }
        let num_end = num_at + len;
        // "... Exhibit 1 to this Form 6-K is ..." / "... Exhibit 99.1 is ...".
        // "... Exhibit 99.1 and incorporated by reference herein is ...": the verb may
        // come a clause later, but within the sentence.
        let window = lower
            .get(num_end..(num_end + 150).min(lower.len()))
            .unwrap_or("");
        let window = window.get(..sentence_len(window, window)).unwrap_or(window);
        let verb = [" is ", "\nis ", " is\n", " are ", "\nare ", " are\n"]
            .iter()
            .filter_map(|v| window.find(v).map(|p| p + v.len()))
            .min();
        let Some(is_end) = verb.map(|v| num_end + v) else {
            continue;
        };
        let mut d = find::skip(lower, is_end, "");
        let rest = lower.get(d..).unwrap_or("");
        // The article goes, unless the sentence speaks of "a copy of" the document.
        if !rest.starts_with("a copy") {
            for article in ["a ", "an ", "the "] {
                if rest.starts_with(article) {
                    d += article.len();
                    break;
                }
            }
        }
        let tail = lower.get(d..).unwrap_or("");
        let mut end = d + sentence_len(tail, lines.joined.get(d..).unwrap_or(""));
        for clause in [", whereby", "\nwhereby", " whereby"] {
            if let Some(p) = lower.get(d..end).and_then(|t| t.find(clause)) {
                end = d + p;
                break;
            }
        }
        let desc = lines.joined.get(d..end).unwrap_or("");
        let trimmed = desc.trim_end_matches([',', ' ', '\n', '.']);
        if trimmed.is_empty() {
            continue;
        }
        let number = lines.joined.get(num_at..num_end).unwrap_or("").to_string();
        if !seen.insert(number.clone()) {
            continue;
        }
        out.push(Exhibit {
            number: Field::new(number, lines.span(num_at, num_end)),
            description: Some(Field::new(
                trimmed.replace('\n', " "),
                lines.span(d, d + trimmed.len()),
            )),
            document: None,
            start: None,
            page: None,
        });
    }
    out
}

/// Length of the sentence at the start of `text`: up to a full stop that ends it
/// (not one of "Inc." or "No. 5"), or the end of the paragraph.
fn sentence_len(text: &str, original: &str) -> usize {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() && i < 1500 {
        match b[i] {
            b'.' => {
                let next = b.get(i + 1).copied();
                let word_start = text[..i].rfind([' ', '\n']).map_or(0, |p| p + 1);
                let word = &text[word_start..i];
                let next_word_upper = original
                    .get(i + 1..)
                    .map(str::trim_start)
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase);
                // "Mr. Smith" goes on; "Verbeke Bunkering N.V. This report" ends at "N.V.".
                let title = matches!(word, "mr" | "ms" | "mrs" | "dr" | "no" | "nos" | "st");
                let company = matches!(
                    word,
                    "inc"
                        | "co"
                        | "corp"
                        | "ltd"
                        | "n.v"
                        | "s.a"
                        | "plc"
                        | "u.s"
                        | "jr"
                        | "sr"
                        | "b.v"
                        | "a.g"
                        | "s.p.a"
                ) || word.len() == 1;
                let abbreviation = title || (company && !next_word_upper);
                if next.is_none_or(|n| n == b' ' || n == b'\n') && !abbreviation {
                    return i + 1;
                }
                if next.is_none() {
                    return i + 1;
                }
            }
            b'\n' if b.get(i + 1) == Some(&b'\n') => return i,
            _ => {}
        }
        i += 1;
    }
    i.min(b.len())
}
