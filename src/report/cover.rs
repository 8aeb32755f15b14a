//! The cover page: form title, period, Commission File Number, registrants and
//! addresses (read from the caption lines printed under them).
//!
//! ```text
//!                            For the month of April 2003
//!                               HANARO TELECOM, INC.
//!                             (Name of the Registrant)
//!                   Kukje Electronics Center Bldg., 24th Floor
//!                     (Address of Principal Executive Offices)
//! ```

use super::dates::parse_date_prefix;
use super::find;
use super::lines::Lines;
use super::{Period, Registrant};
use crate::span::Field;

/// The caption printed under a cover value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caption {
    Name,
    Names,
    Translation,
    NameAndAddress,
    Address,
    FileNumber,
    /// Jurisdiction, telephone, and other captions: they bound the values above and below.
    Other,
}

/// Letters and digits only, lowercase, single spaces: for comparing captions.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if matches!(c, '’' | '\'' | '`' | '´') {
            continue;
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

pub fn caption(line: &str) -> Option<Caption> {
    let t = line.trim_matches(|c: char| c.is_whitespace() || c == '|');
    let bracketed = t.starts_with('(') || t.starts_with('[');
    if t.len() > 160 || t.is_empty() {
        return None;
    }
    let f = fold(t);
    let has = |p: &str| f.contains(p);
    let starts = |p: &str| f.starts_with(p);
    let kind = if has("translation of") && (has("registrant") || has("name") || has("issuer")) {
        Caption::Translation
    } else if has("name and address") || has("name and principal executive") {
        Caption::NameAndAddress
    } else if has("names of registrant") || has("registrants names") {
        Caption::Names
    } else if has("name of registrant")
        || has("name of the registrant")
        || has("registrants name")
        || has("registrant name")
        || has("name of issuer")
        || has("exact name of")
        || has("name of company")
    {
        Caption::Name
    } else if has("address")
        && (has("principal") || has("executive") || has("registrant") || has("head office"))
    {
        Caption::Address
    } else if f == "commission file number" || f == "commission file no" {
        Caption::FileNumber
    } else if bracketed
        && (starts("jurisdiction")
            || starts("state or other jurisdiction")
            || has("telephone")
            || has("irs employer")
            || has("zip code")
            || starts("country of"))
    {
        Caption::Other
    } else {
        return None;
    };
    // Unbracketed, the caption must be the whole line and read like one.
    if !bracketed && f.split(' ').count() > 14 {
        return None;
    }
    Some(kind)
}

/// Lines that belong to the form's printed furniture: they end a walk upward
/// from a caption.
pub fn is_furniture(lower: &str) -> bool {
    const P: &[&str] = &[
        "for the month",
        "for the months",
        "commission file",
        "form 6-k",
        "report of foreign",
        "securities exchange act",
        "securities and exchange act",
        "pursuant to rule",
        "securities and exchange commission",
        "washington",
        "act registration",
        "united states",
        "rule 13a-16",
        "15d-16",
        "indicate by check",
        "for the period",
        "for the year ended",
        "as filed with",
        "date of report",
    ];
    P.iter().any(|p| lower.contains(p))
}

/// A line with no letters or digits (rules, pipes): skipped when walking.
pub fn is_rule(text: &str) -> bool {
    !text.chars().any(char::is_alphanumeric)
}

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
        let (skip, need_day) = if lower_line.starts_with("dated") {
            (5, true)
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

/// Lines of the value printed above caption line `i`, oldest first, as joined offsets.
fn above(lines: &Lines, i: usize, max: usize) -> Vec<usize> {
    let mut out = Vec::new();
    let mut j = i;
    while j > 0 && out.len() < max {
        j -= 1;
        let Some(line) = lines.lines.get(j) else {
            break;
        };
        if is_rule(&line.text) {
            continue;
        }
        let lower = line.text.to_ascii_lowercase();
        if caption(&line.text).is_some()
            || is_furniture(&lower)
            || line.text.split(' ').count() > 16
        {
            break;
        }
        if parse_date_prefix(&line.text).is_some_and(|(_, len)| len + 2 >= line.text.len()) {
            break;
        }
        // "(ABN 12 004 028 077)": a bracketed note between a value and its caption.
        if line.text.starts_with('(') && line.text.ends_with(')') {
            continue;
        }
        out.push(j);
    }
    out.reverse();
    out
}

/// "Tel: +91 22 6652 1000", "(852) 2918 3888": a telephone line is not part of an address.
fn is_phone(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let keyed = ["tel", "telephone", "phone", "fax", "facsimile"]
        .iter()
        .any(|k| {
            lower
                .strip_prefix(k)
                .is_some_and(|r| r.starts_with([':', '.', ' ']))
        });
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let bare = text
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    digits >= 7 && (keyed || bare)
}

fn is_placeholder(text: &str) -> bool {
    let f = fold(text);
    matches!(
        f.as_str(),
        "not applicable" | "n a" | "na" | "none" | "same" | "not available" | ""
    )
}

/// Text and span of lines `idx` joined by `sep` (or a space after a trailing comma).
fn join_lines(lines: &Lines, idx: &[usize], sep: &str) -> Option<Field<String>> {
    let mut value = String::new();
    let (first, last) = (
        lines.lines.get(*idx.first()?)?,
        lines.lines.get(*idx.last()?)?,
    );
    for &j in idx {
        let t = lines.lines.get(j)?.text.as_str();
        if !value.is_empty() {
            value.push_str(if value.ends_with(',') || value.ends_with(';') {
                " "
            } else {
                sep
            });
        }
        value.push_str(t);
    }
    let span = lines.span(first.start, last.end());
    Some(Field::new(value, span))
}

/// Company-form words that end a registrant name run together with its address.
const LEGAL_FORMS: &[&str] = &[
    "corporation",
    "corp.",
    "inc.",
    "incorporated",
    "limited",
    "ltd.",
    "ltd",
    "plc",
    "p.l.c.",
    "n.v.",
    "s.a.",
    "s.a.b. de c.v.",
    "ag",
    "se",
    "oyj",
    "asa",
    "a/s",
    "ab",
    "s.p.a.",
    "spa",
    "co., ltd.",
    "company",
    "group",
    "holdings",
    "kabushiki kaisha",
    "k.k.",
    "b.v.",
    "gmbh",
    "sa",
    "nv",
    "bhd",
    "berhad",
    "tbk",
    "pte",
    "llc",
];

/// Split "Nokia Corporation Nokia House ... Finland" after its company form.
fn split_name_address(text: &str) -> Option<usize> {
    let lower = text.to_ascii_lowercase();
    let mut at = 0;
    for word in lower.split(' ') {
        let end = at + word.len();
        let w = word.trim_end_matches(',');
        if LEGAL_FORMS.contains(&w) && end < lower.len() {
            return Some(end);
        }
        at = end + 1;
    }
    None
}

/// Registrants and addresses, from the captions in the head.
pub fn names_and_addresses(lines: &Lines, head: usize) -> (Vec<Registrant>, Vec<Field<String>>) {
    let mut registrants: Vec<Registrant> = Vec::new();
    let mut addresses = Vec::new();
    let mut last_was_native = false;
    for (i, line) in lines.lines.iter().enumerate() {
        if line.start >= head {
            break;
        }
        let Some(kind) = caption(&line.text) else {
            continue;
        };
        match kind {
            Caption::Name | Caption::Translation | Caption::Names => {
                let mut idx = above(lines, i, 3);
                // A name is the line above, or two when the first ends in a connector,
                // or every line of a block (a blank line or a new paragraph above it).
                if idx.len() > 1 {
                    let para_from = idx
                        .iter()
                        .rposition(|&j| lines.lines.get(j).is_some_and(|l| l.para_break))
                        .unwrap_or(idx.len() - 1);
                    let connector_from = idx
                        .windows(2)
                        .rposition(|w| {
                            let t = lines
                                .lines
                                .get(w[0])
                                .map_or("", |l| l.text.as_str())
                                .to_ascii_lowercase();
                            !(t.ends_with(" and") || t.ends_with('&') || t.ends_with(','))
                        })
                        .map_or(0, |p| p + 1);
                    idx.drain(..connector_from.min(para_from));
                }
                let Some(name) = join_lines(lines, &idx, " ") else {
                    continue;
                };
                if is_placeholder(&name.value) {
                    last_was_native = false;
                    continue;
                }
                if kind == Caption::Names {
                    for part in split_joint(lines, &idx) {
                        registrants.push(Registrant {
                            name: part,
                            english_name: None,
                        });
                    }
                    last_was_native = false;
                } else if kind == Caption::Translation && last_was_native {
                    if let Some(r) = registrants.last_mut() {
                        r.english_name = Some(name);
                    }
                    last_was_native = false;
                } else {
                    registrants.push(Registrant {
                        name,
                        english_name: None,
                    });
                    last_was_native = kind == Caption::Name;
                }
            }
            Caption::Address => {
                let mut idx = above(lines, i, 6);
                idx.retain(|&j| lines.lines.get(j).is_some_and(|l| !is_phone(&l.text)));
                if let Some(a) = join_lines(lines, &idx, ", ") {
                    if !is_placeholder(&a.value) {
                        addresses.push(a);
                    }
                }
                last_was_native = false;
            }
            Caption::NameAndAddress => {
                let idx = above(lines, i, 6);
                if idx.len() > 1 {
                    if let Some(name) = join_lines(lines, &idx[..1], " ") {
                        registrants.push(Registrant {
                            name,
                            english_name: None,
                        });
                    }
                    if let Some(a) = join_lines(lines, &idx[1..], ", ") {
                        addresses.push(a);
                    }
                } else if let Some(&j) = idx.first() {
                    let Some(l) = lines.lines.get(j) else {
                        continue;
                    };
                    match split_name_address(&l.text) {
                        Some(cut) => {
                            let name = l.text[..cut].trim_end_matches(',').to_string();
                            let rest_at = cut + 1;
                            registrants.push(Registrant {
                                name: Field::new(name.clone(), l.span(0, name.len())),
                                english_name: None,
                            });
                            let addr = l.text.get(rest_at..).unwrap_or("").to_string();
                            addresses.push(Field::new(addr, l.span(rest_at, l.text.len())));
                        }
                        None => registrants.push(Registrant {
                            name: Field::new(l.text.clone(), l.span(0, l.text.len())),
                            english_name: None,
                        }),
                    }
                }
                last_was_native = false;
            }
            Caption::FileNumber | Caption::Other => last_was_native = false,
        }
    }
    (registrants, addresses)
}

/// "Barclays PLC and Barclays Bank PLC" under "(Names of Registrants)": one entry each.
fn split_joint(lines: &Lines, idx: &[usize]) -> Vec<Field<String>> {
    let (Some(first), Some(last)) = (
        idx.first().and_then(|&j| lines.lines.get(j)),
        idx.last().and_then(|&j| lines.lines.get(j)),
    ) else {
        return Vec::new();
    };
    let (a, b) = (first.start, last.end());
    let text = lines.joined.get(a..b).unwrap_or("");
    let mut out = Vec::new();
    let mut start = 0;
    let lower = text.to_ascii_lowercase();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for sep in [" and\n", " and ", "\nand ", ";", " & "] {
        let mut from = 0;
        while let Some(p) = lower.get(from..).and_then(|t| t.find(sep)) {
            cuts.push((from + p, from + p + sep.len()));
            from += p + sep.len();
        }
    }
    cuts.sort_unstable();
    for (s, e) in cuts {
        if s < start {
            continue;
        }
        push_trimmed(lines, &mut out, a, text, start, s);
        start = e;
    }
    push_trimmed(lines, &mut out, a, text, start, text.len());
    out
}

fn push_trimmed(
    lines: &Lines,
    out: &mut Vec<Field<String>>,
    base: usize,
    text: &str,
    s: usize,
    e: usize,
) {
    let part = text.get(s..e).unwrap_or("");
    let lead = part.len() - part.trim_start_matches([' ', '\n', ',']).len();
    let body = part.trim_matches([' ', '\n', ',']);
    if body.is_empty() {
        return;
    }
    let (ps, pe) = (base + s + lead, base + s + lead + body.len());
    out.push(Field::new(body.replace('\n', " "), lines.span(ps, pe)));
}
