//! Exhibits named in a sentence of the 6-K rather than listed.
//!
//! ```text
//! Attached herewith as Exhibit 99.1 is a press release, dated January 12, 2009, whereby ...
//! NORDWIND's press release, dated May 12, 2010, is included as appendix and
//! incorporated herein by reference.
//! ```
//!
//! The first kind gives its number ([`numbered`]); the second does not ([`unnumbered`]): its
//! number is the label the attached document prints atop itself ("Exhibit 99.1"), which
//! `link` finds, since only it sees the other documents.

use super::super::lines::Lines;
use super::super::{find, Exhibit};
use super::{letter_len, number_len};
use crate::span::Field;

/// What a sentence says is furnished, and where that is in `lines.joined`: the
/// subject of "... is included as appendix", "... is attached hereto", "... is
/// enclosed herewith", with no leading article. `number`: the exhibit number the
/// sentence gives ("... is attached as Exhibit 99.1"), if any.
pub struct Named {
    pub description: String,
    pub span: (usize, usize),
    pub number: Option<(usize, usize)>,
}

/// The verbs that say a document comes with the report.
const VERBS: &[&str] = &[
    "is included",
    "is attached",
    "is enclosed",
    "is appended",
    "is furnished",
    "is being furnished",
    "is submitted",
];

/// Where the verb must point: at the report, not inside the document.
const WHERE: &[&str] = &[
    "as appendix",
    "as an appendix",
    "as annex",
    "as an annex",
    "as attachment",
    "as an attachment",
    "as exhibit",
    "hereto",
    "herewith",
    "with this report",
    "to this report",
    "in this report",
    "with this form",
    "to this form",
    "in this form",
];

/// Words that make the subject a document.
const DOCUMENTS: &[&str] = &[
    "press release",
    "news release",
    "announcement",
    "report",
    "notice",
    "letter",
    "presentation",
    "circular",
    "statement",
    "translation",
    "document",
    "results",
    "prospectus",
];

/// The words that open a sentence naming an exhibit by its number.
const OPENERS: &[&str] = &[
    "attached",
    "furnished",
    "enclosed",
    "included",
    "filed",
    "submitted",
    "appended",
];

/// The first sentence of the 6-K document that names a furnished document.
pub fn unnumbered(lines: &Lines) -> Option<Named> {
    VERBS
        .iter()
        .filter_map(|verb| first_named(lines, verb))
        .min_by_key(|n| n.span.0)
}

/// The first sentence with `verb` that names a furnished document.
fn first_named(lines: &Lines, verb: &str) -> Option<Named> {
    let lower = &lines.lower;
    {
        let mut from = 0;
        while let Some((s, e)) = find::phrase(lower, from, lower.len(), verb) {
            from = e;
            let at = find::skip(lower, e, "");
            let Some(place) = WHERE
                .iter()
                .find_map(|w| find::starts_with(lower, at, w).map(|x| (w, x)))
            else {
                continue;
            };
            // "... as Exhibit 99.1", also after "hereto" or "herewith".
            let as_exhibit = if *place.0 == "as exhibit" {
                Some(place.1)
            } else {
                find::starts_with(lower, find::skip(lower, place.1, ""), "as exhibit")
            };
            let number = match as_exhibit {
                Some(x) => {
                    let n = find::skip(lower, x, "");
                    let len = number_len(lower.get(n..).unwrap_or(""));
                    if len == 0 {
                        continue;
                    }
                    Some((n, n + len))
                }
                None => None,
            };
            if let Some(named) = subject(lines, s, number) {
                return Some(named);
            }
        }
    }
    None
}

/// The subject of the sentence whose verb starts at `verb` in `lines.joined`.
fn subject(lines: &Lines, verb: usize, number: Option<(usize, usize)>) -> Option<Named> {
    let line = lines.line_at(verb);
    // The paragraph holding the verb: back to the line after a break.
    let mut first = line;
    while first > 0 && line - first < 3 && !lines.lines.get(first)?.para_break {
        first -= 1;
    }
    let para_start = lines.lines.get(first)?.start;
    let before = lines.joined.get(para_start..verb)?;
    let start = para_start + sentence_start(before);
    let text = lines.joined.get(start..verb)?;
    let trimmed = text.trim_end_matches([',', ' ', '\n']);
    let mut d = start;
    for article in ["The ", "A ", "An "] {
        if trimmed.starts_with(article) {
            d += article.len();
            break;
        }
    }
    let desc = lines.joined.get(d..start + trimmed.len())?;
    let lower = desc.to_ascii_lowercase();
    let words = desc.split_whitespace().count();
    let names_document = DOCUMENTS.iter().any(|w| lower.contains(w));
    let opens = desc
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '“' || c == '"');
    // "... which is attached hereto" is a clause of a longer sentence, not its subject.
    let clause = lower
        .split_whitespace()
        .any(|w| ["which", "that", "whereby", "we", "it"].contains(&w));
    if !(names_document && opens && !clause && (2..=30).contains(&words)) {
        return None;
    }
    Some(Named {
        description: desc.replace('\n', " "),
        span: (d, d + desc.len()),
        number,
    })
}

/// Where the last sentence of `text` starts: after its last full stop that ends a
/// sentence ("Inc." and "N.V." do not).
fn sentence_start(text: &str) -> usize {
    let b = text.as_bytes();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        if b.get(i) != Some(&b'.') || !b.get(i + 1).is_some_and(|c| *c == b' ' || *c == b'\n') {
            continue;
        }
        let word_start = text
            .get(..i)
            .and_then(|t| t.rfind([' ', '\n']))
            .map_or(0, |p| p + 1);
        let word = text.get(word_start..i).unwrap_or("").to_ascii_lowercase();
        let abbreviation = word.len() <= 1
            || word.contains('.')
            || [
                "inc", "co", "corp", "ltd", "plc", "no", "nos", "mr", "ms", "mrs", "dr",
            ]
            .contains(&word.as_str());
        if !abbreviation {
            return i
                + 1
                + usize::from(
                    text.get(i + 1..)
                        .is_some_and(|t| t.starts_with([' ', '\n'])),
                );
        }
    }
    0
}

/// The exhibit a sentence names, with its number.
pub fn exhibit(lines: &Lines, named: &Named, number: Field<String>) -> Exhibit {
    Exhibit {
        number,
        description: Some(Field::new(
            named.description.clone(),
            lines.span(named.span.0, named.span.1),
        )),
        document: None,
        start: None,
        page: None,
    }
}

/// Exhibits named in a sentence: "Attached herewith as Exhibit 99.1 is a press
/// release, dated January 12, 2009, whereby ...", "Attached as Exhibit 1 is a copy
/// of the press release of ...". The description is what the sentence says is
/// attached, up to a clause that tells what it announces ("whereby").
pub fn numbered(lines: &Lines) -> Vec<Exhibit> {
    let lower = &lines.lower;
    let mut out = Vec::new();
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    // "Attached (hereto) as Exhibit 99.1 is ...", and the same with the report's other
    // verbs: "Furnished herewith as ...", "Enclosed as ...", "Included as Exhibit 1 to
    // this report is ...", "Filed as Exhibit 99.1 hereto is ...".
    let mut starts: Vec<(usize, usize)> = Vec::new();
    for opener in OPENERS {
        let mut from = 0;
        while let Some((s, e)) = find::phrase(lower, from, lower.len(), opener) {
            from = e;
            starts.push((s, e));
        }
    }
    starts.sort_unstable();
    for (s, e) in starts {
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
        let len = match number_len(lower.get(num_at..).unwrap_or("")) {
            0 => letter_len(lines.joined.get(num_at..).unwrap_or("")),
            n => n,
        };
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
