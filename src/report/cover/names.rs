//! Registrant names and addresses, read upward from the captions printed under them.
//!
//! ```text
//!                       KONINKLIJKE VEREENIGDE SCHEEPVAART
//!                              MAATSCHAPPIJ N.V.
//!            (Exact name of registrant as specified in its charter)
//!                        ROYAL UNITED SHIPPING COMPANY
//!               (Translation of registrant's name into English)
//!                        Boompjes 40, 3011 XB Rotterdam
//!                  (Address of principal executive offices)
//! ```

use super::{caption, fold, is_furniture, is_rule, Caption};
use crate::report::dates::parse_date_prefix;
use crate::report::lines::Lines;
use crate::report::Registrant;
use crate::span::Field;

/// Lines of the value printed above caption line `i`, oldest first, as joined offsets.
fn above(lines: &Lines, i: usize, max: usize, used: &[usize]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut j = i;
    while j > 0 && out.len() < max {
        j -= 1;
        // The value of a caption set above it ("Translation of registrant's name into
        // English:" / "Hoshizora Electric Corporation") is that caption's.
        if used.contains(&j) {
            break;
        }
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
        // "(ABN 12 004 028 077)": a bracketed note between a value and its caption;
        // telephone lines under an address are not part of it and do not count.
        if line.text.starts_with('(') && line.text.ends_with(')') || is_phone(&line.text) {
            continue;
        }
        out.push(j);
    }
    out.reverse();
    out
}

/// Lines of the value printed below caption line `i` (a caption set above its value,
/// "Address of principal executive offices:" / "Havenstraat 50" / "2591 TV The Hague"):
/// the short lines after it, up to another caption or the form's next printed line.
fn below(lines: &Lines, i: usize, max: usize, head: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for (j, line) in lines.lines.iter().enumerate().skip(i + 1) {
        if line.start >= head || out.len() >= max {
            break;
        }
        if is_rule(&line.text) {
            if out.is_empty() {
                continue;
            }
            break;
        }
        let lower = line.text.to_ascii_lowercase();
        if caption(&line.text).is_some()
            || is_furniture(&lower)
            || line.text.split(' ').count() > if out.is_empty() { 16 } else { 12 }
            || parse_date_prefix(&line.text).is_some_and(|(_, len)| len + 2 >= line.text.len())
        {
            break;
        }
        out.push(j);
    }
    out
}

/// A caption and its value on one line, or one table row: "Address of principal
/// executive offices: Havenstraat 50, 2591 TV The Hague", "Name of registrant: | ...".
/// The caption's kind and where the value starts in the line's text.
fn inline_value(text: &str) -> Option<(Caption, usize)> {
    let colon = text.find(':')?;
    let kind = caption(&text[..=colon])?;
    let rest = &text[colon + 1..];
    let value = rest.trim_start();
    if value.is_empty() || is_placeholder(value) {
        return None;
    }
    Some((kind, text.len() - value.len()))
}

/// "Tel: +91 22 6652 1000", "(852) 2918 3888": a telephone line is not part of an address.
fn is_phone(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    // "Tel: +91 ...", "Fax. (852) ...": the label, then the number ("TEL AVIV 6971012" is a
    // city and its postcode).
    let keyed = ["tel", "telephone", "phone", "fax", "facsimile"]
        .iter()
        .any(|k| {
            lower.strip_prefix(k).is_some_and(|r| {
                r.starts_with([':', '.', ' '])
                    && r.trim_start_matches([':', '.', ' '])
                        .starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
            })
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

/// A line that reads as a company's name standing alone: no digits, a few words,
/// and either a company form at its end (`AGRIA CORPORATION`, `RBS Holdings N.V.`)
/// or capitals throughout (`BANCO SANTANDER`).
fn looks_like_name(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    if words.len() > 10 || text.len() < 3 {
        return false;
    }
    let lower = text.to_ascii_lowercase();
    let last = lower
        .rsplit(' ')
        .next()
        .unwrap_or("")
        .trim_end_matches([',', ')']);
    // A company form at the end makes a name even with a digit in it ("3SBio Inc."),
    // as do an income fund's and a trust's ("Advantage Energy Income Fund").
    let formed = LEGAL_FORMS.contains(&last)
        || (words.len() >= 2 && matches!(last, "fund" | "trust") && starts_capital(&words));
    if formed {
        return !text.starts_with(|c: char| c.is_ascii_digit()) || words.len() <= 4;
    }
    if text.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let upper = letters.clone().filter(|c| c.is_uppercase()).count();
    upper > 0 && upper == letters.count() && words.len() >= 2
}

/// Every word of more than three letters starts with a capital (a name's style).
fn starts_capital(words: &[&str]) -> bool {
    words
        .iter()
        .filter(|w| w.len() > 3)
        .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

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
    // The last name caption, and whether any caption reads an address.
    let mut name_caption: Option<usize> = None;
    let mut address_captioned = false;
    // Lines read as the value of a caption set above them.
    let mut used: Vec<usize> = Vec::new();
    for (i, line) in lines.lines.iter().enumerate() {
        if line.start >= head {
            break;
        }
        if let Some((kind, at)) = inline_value(&line.text) {
            let value = Field::new(line.text[at..].to_string(), line.span(at, line.text.len()));
            match kind {
                Caption::Name | Caption::Translation | Caption::Names => {
                    name_caption = Some(i);
                    if kind == Caption::Translation && last_was_native {
                        if let Some(r) = registrants.last_mut() {
                            r.english_name = Some(value);
                        }
                        last_was_native = false;
                    } else {
                        registrants.push(Registrant {
                            name: value,
                            english_name: None,
                        });
                        last_was_native = kind == Caption::Name;
                    }
                    continue;
                }
                Caption::Address => {
                    address_captioned = true;
                    addresses.push(value);
                    last_was_native = false;
                    continue;
                }
                _ => {}
            }
        }
        let Some(kind) = caption(&line.text) else {
            continue;
        };
        // A caption ending in a colon is set above its value.
        let colon = line.text.trim_end().ends_with(':');
        match kind {
            Caption::Name | Caption::Translation | Caption::Names => name_caption = Some(i),
            Caption::Address | Caption::NameAndAddress => address_captioned = true,
            _ => {}
        }
        match kind {
            Caption::Name | Caption::Translation | Caption::Names => {
                // A caption ending in a colon: the name is the line under it.
                let mut idx = match colon {
                    true => below(lines, i, 1, head),
                    false => Vec::new(),
                };
                let from_below = !idx.is_empty();
                used.extend(&idx);
                // An address with no caption stands under the name, not under its caption.
                if let Some(&j) = idx.last() {
                    name_caption = Some(j);
                }
                if idx.is_empty() {
                    idx = above(lines, i, 3, &used);
                }
                // A name is the line above, or two when the first ends in a connector,
                // or every line of a block (a blank line or a new paragraph above it).
                if idx.len() > 1 && !from_below {
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
                let mut idx = if colon {
                    Vec::new()
                } else {
                    above(lines, i, 6, &used)
                };
                idx.retain(|&j| lines.lines.get(j).is_some_and(|l| !is_phone(&l.text)));
                // Nothing above it (another caption, the form's furniture): the caption
                // is set above its value.
                if idx.is_empty() {
                    idx = below(lines, i, 6, head);
                    idx.retain(|&j| lines.lines.get(j).is_some_and(|l| !is_phone(&l.text)));
                    used.extend(&idx);
                }
                // No name caption: the name stands in its place on the cover, first in
                // the block between the file number and the address caption.
                if registrants.is_empty() && idx.len() >= 2 {
                    let first = idx.first().and_then(|&j| lines.lines.get(j));
                    if let Some(l) = first.filter(|l| looks_like_name(&l.text)) {
                        registrants.push(Registrant {
                            name: Field::new(l.text.clone(), l.span(0, l.text.len())),
                            english_name: None,
                        });
                        idx.remove(0);
                    }
                }
                if let Some(a) = join_lines(lines, &idx, ", ") {
                    if !is_placeholder(&a.value) {
                        addresses.push(a);
                    }
                }
                last_was_native = false;
            }
            Caption::NameAndAddress => {
                let idx = above(lines, i, 6, &used);
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
    let mut anchor = name_caption;
    if registrants.is_empty() {
        if let Some((j, r)) = uncaptioned_name(lines, head) {
            registrants.push(r);
            anchor = Some(j);
        }
    }
    if !address_captioned && addresses.is_empty() {
        let under = anchor.filter(|_| !registrants.is_empty());
        addresses.extend(under.and_then(|j| address_under(lines, j, head)));
    }
    (registrants, addresses)
}

/// An address printed with no caption: the lines set centred right under the
/// registrant's name (or its caption), up to the form's next printed line.
///
/// ```text
///                         NORDHAVN MARINE LTD.
///                 (Exact name of registrant as specified in its charter)
///                          14 Kalkbrænderivej
///                    2100 Copenhagen Ø, Denmark
/// Indicate by check mark whether the registrant files or will file annual reports ...
/// ```
///
/// A cover laid out as a one-column table (the name, its caption and the address each
/// a row of one cell) reads the same way: its rows stand apart as centred lines do.
/// Lines over another caption ("(Jurisdiction of incorporation)") are that caption's
/// value and are passed over.
fn address_under(lines: &Lines, anchor: usize, head: usize) -> Option<Field<String>> {
    // A row of a table that holds one filled cell, not a line of a grid.
    let stacked = |l: &crate::report::lines::Line| l.in_table && !l.cellular;
    let first = lines.lines.get(anchor)?;
    let in_rows = stacked(first);
    // Set flush left under a name set the same way, or under its centred caption: the
    // lines are short and none reads as a sentence (checked below).
    let flush = |l: &crate::report::lines::Line| !l.centered && !l.in_table;
    let next = lines
        .lines
        .iter()
        .skip(anchor + 1)
        .find(|l| !is_rule(&l.text) && l.start < head);
    let plain = !in_rows && next.is_some_and(&flush);
    // A name read from a caption's row ("Exact name of registrant ...: | NAME") has its
    // address in the centred lines under the table.
    let next_centred = next.is_some_and(|l| l.centered && !l.in_table);
    if !(first.centered || in_rows || next_centred || plain && flush(first)) {
        return None;
    }
    let set_apart = |l: &crate::report::lines::Line| {
        if in_rows {
            stacked(l) || (l.centered && !l.in_table)
        } else if plain {
            flush(l) && l.text.split(' ').count() <= 8 && !l.text.ends_with('.')
        } else {
            l.centered && !l.in_table
        }
    };
    let mut idx = Vec::new();
    // Inside a note in brackets set over two lines ("(Address of" / "principal executive
    // offices)"): a caption, not the address.
    let mut bracketed = false;
    for (j, l) in lines.lines.iter().enumerate().skip(anchor + 1) {
        if l.start >= head {
            break;
        }
        if bracketed || (l.text.starts_with('(') && !l.text.contains(')')) {
            bracketed = !l.text.contains(')');
            continue;
        }
        if idx.len() > 5 {
            return None;
        }
        if is_rule(&l.text) {
            continue;
        }
        let lower = l.text.to_ascii_lowercase();
        if is_furniture(&lower) {
            break;
        }
        // Lines a caption stands under are that caption's value, not an address.
        if caption(&l.text) == Some(Caption::Other) {
            idx.clear();
            continue;
        }
        if caption(&l.text).is_some()
            || !set_apart(l)
            || l.text.split(' ').count() > 12
            || parse_date_prefix(&l.text).is_some()
        {
            return None;
        }
        if l.text.starts_with('(') && l.text.ends_with(')') || is_phone(&l.text) {
            continue;
        }
        idx.push(j);
    }
    let texts = || {
        idx.iter()
            .filter_map(|&j| lines.lines.get(j))
            .map(|l| &l.text)
    };
    // An address has a number (street, postcode) or parts set apart with commas,
    // and is not a second company's name.
    let addressy = texts().any(|t| t.contains(|c: char| c.is_ascii_digit() || c == ','));
    if idx.is_empty() || !addressy || texts().any(|t| looks_like_name(t) && !t.contains(',')) {
        return None;
    }
    join_lines(lines, &idx, ", ").filter(|a| !is_placeholder(&a.value))
}

/// A cover with no captions at all: the first line after the form's title, period
/// and file number lines that reads as a company's name.
fn uncaptioned_name(lines: &Lines, head: usize) -> Option<(usize, Registrant)> {
    // Only on a cover: a document with no Form 6-K title has no registrant's place.
    let top = lines.lower.get(..head.min(lines.lower.len())).unwrap_or("");
    if !top.contains("report of foreign") && !top.contains("form 6-k") {
        return None;
    }
    let mut after_furniture = false;
    for (j, line) in lines.lines.iter().enumerate() {
        if line.start >= head {
            break;
        }
        let lower = line.text.to_ascii_lowercase();
        if is_furniture(&lower) {
            after_furniture = true;
            continue;
        }
        if !after_furniture || is_rule(&line.text) || caption(&line.text).is_some() {
            continue;
        }
        if parse_date_prefix(&line.text).is_some() {
            continue;
        }
        if looks_like_name(&line.text) {
            let name = Field::new(line.text.clone(), line.span(0, line.text.len()));
            return Some((
                j,
                Registrant {
                    name,
                    english_name: None,
                },
            ));
        }
    }
    None
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
