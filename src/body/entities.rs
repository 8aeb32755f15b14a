//! HTML character references: all HTML5 named ones, decimal and hex.
//!
//! ```text
//! Form 20-F&nbsp;&#9746;  Form 40-F&#x2610;  20&#8209;F  &nbsp (legacy, no semicolon)
//! ```
//!
//! The named table is one sorted string (see `entity_table.rs`), searched by
//! bisection over its bytes, so it costs its text and nothing else.

use super::entity_table::ENTITIES;

/// Longest name in the table (`CounterClockwiseContourIntegral`).
const MAX_NAME: usize = 31;

/// A decoded reference: its replacement text and how many source bytes it used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decoded<'a> {
    pub text: Replacement<'a>,
    pub len: usize,
}

/// What a reference stands for: a named entity's text or a single character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replacement<'a> {
    Str(&'a str),
    Char(char),
}

impl Replacement<'_> {
    pub fn push_to(self, out: &mut String) {
        match self {
            Replacement::Str(s) => out.push_str(s),
            Replacement::Char(c) => out.push(c),
        }
    }
}

/// Decode the reference at the start of `s` (which begins with `&`), the way
/// browsers do in text: numeric references with or without `;`, named ones
/// with `;`, and the legacy names (`&nbsp`, `&amp`, `&copy`...) without it,
/// longest match first. `None` when `s` starts no reference (the `&` is text).
pub fn decode(s: &str) -> Option<Decoded<'static>> {
    let b = s.as_bytes();
    if b.first() != Some(&b'&') {
        return None;
    }
    if b.get(1) == Some(&b'#') {
        return decode_numeric(b);
    }
    let name_len = b[1..]
        .iter()
        .take(MAX_NAME + 1)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if name_len == 0 {
        return None;
    }
    let name = &s[1..1 + name_len];
    // The few names that fill filings, without the search.
    let common = match name {
        "nbsp" => Some("\u{a0}"),
        "amp" => Some("&"),
        "lt" => Some("<"),
        "gt" => Some(">"),
        "quot" => Some("\""),
        _ => None,
    };
    if let Some(text) = common {
        let semi = usize::from(b.get(1 + name_len) == Some(&b';'));
        return Some(Decoded {
            text: Replacement::Str(text),
            len: name_len + 1 + semi,
        });
    }
    if b.get(1 + name_len) == Some(&b';') {
        if let Some((value, _)) = lookup(name) {
            return Some(Decoded {
                text: Replacement::Str(value),
                len: name_len + 2,
            });
        }
    }
    // Legacy names need no semicolon and may run into the following text
    // (`&copy2023`); the longest is 6 bytes.
    for len in (2..=name_len.min(6)).rev() {
        if let Some((value, true)) = lookup(&name[..len]) {
            let semi = usize::from(b.get(1 + len) == Some(&b';'));
            return Some(Decoded {
                text: Replacement::Str(value),
                len: len + 1 + semi,
            });
        }
    }
    None
}

fn decode_numeric(b: &[u8]) -> Option<Decoded<'static>> {
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let digits_at = if hex { 3 } else { 2 };
    let radix = if hex { 16 } else { 10 };
    let mut value: u32 = 0;
    let mut n = 0;
    for &c in b.get(digits_at..).unwrap_or(&[]) {
        let Some(d) = (c as char).to_digit(radix) else {
            break;
        };
        value = value.saturating_mul(radix).saturating_add(d);
        n += 1;
    }
    if n == 0 {
        return None;
    }
    let end = digits_at + n;
    let len = end + usize::from(b.get(end) == Some(&b';'));
    Some(Decoded {
        text: Replacement::Char(numeric_char(value)),
        len,
    })
}

/// What browsers show for `&#value;`: C1 controls read as Windows-1252,
/// nothing and non-characters as U+FFFD.
fn numeric_char(value: u32) -> char {
    const C1: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    let value = match value {
        0x80..=0x9F => C1
            .get(value as usize - 0x80)
            .map_or(value, |&v| u32::from(v)),
        0 => 0xFFFD,
        _ => value,
    };
    char::from_u32(value).unwrap_or('\u{FFFD}')
}

/// The text for an entity name (without `&` and `;`) and whether the name is
/// a legacy one that may appear without its semicolon.
pub fn lookup(name: &str) -> Option<(&'static str, bool)> {
    let table = ENTITIES.as_bytes();
    let (mut lo, mut hi) = (0usize, table.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The entry holding byte `mid` starts after the previous NUL.
        let start = table
            .get(..mid)
            .and_then(|t| memchr::memrchr(0, t))
            .map_or(0, |i| i + 1);
        let end = start + memchr::memchr(0, table.get(start..)?)?;
        let entry = ENTITIES.get(start..end)?;
        let sep = entry.find([';', ':'])?;
        match entry.as_bytes()[..sep].cmp(name.as_bytes()) {
            std::cmp::Ordering::Equal => {
                return Some((&entry[sep + 1..], entry.as_bytes()[sep] == b':'));
            }
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> (String, usize) {
        let d = decode(s).expect("a reference");
        let mut out = String::new();
        d.text.push_to(&mut out);
        (out, d.len)
    }

    #[test]
    fn table_is_sorted_and_complete() {
        let names: Vec<&str> = ENTITIES
            .split('\0')
            .filter(|e| !e.is_empty())
            .map(|e| &e[..e.find([';', ':']).unwrap()])
            .collect();
        assert_eq!(names.len(), 2125);
        assert!(names.windows(2).all(|w| w[0].as_bytes() < w[1].as_bytes()));
        // `colon;` has ':' as its text, so read the separator after the name.
        let legacy = names
            .iter()
            .filter(|n| lookup(n).is_some_and(|(_, l)| l))
            .count();
        assert_eq!(legacy, 106);
        for name in &names {
            assert!(lookup(name).is_some(), "{name}");
        }
    }

    #[test]
    fn named_numeric_and_legacy() {
        assert_eq!(text("&nbsp;x"), ("\u{a0}".into(), 6));
        assert_eq!(text("&nbsp x"), ("\u{a0}".into(), 5));
        assert_eq!(text("&amp;"), ("&".into(), 5));
        assert_eq!(text("&copy2023"), ("©".into(), 5));
        assert_eq!(text("&notin;"), ("∉".into(), 7));
        assert_eq!(text("&notit;"), ("¬".into(), 4));
        assert_eq!(text("&#9746;"), ("☒".into(), 7));
        assert_eq!(text("&#x2610;"), ("☐".into(), 8));
        assert_eq!(text("&#X2612"), ("☒".into(), 7));
        assert_eq!(text("&#58;"), (":".into(), 5));
        assert_eq!(text("&#8209;"), ("\u{2011}".into(), 7));
        assert_eq!(text("&#150;"), ("–".into(), 6));
        assert_eq!(text("&#0;"), ("\u{FFFD}".into(), 4));
        assert_eq!(text("&#99999999999;"), ("\u{FFFD}".into(), 14));
        assert_eq!(text("&CounterClockwiseContourIntegral;"), ("∳".into(), 33));
        assert_eq!(text("&NewLine;"), ("\n".into(), 9));
        assert_eq!(text("&fjlig;"), ("fj".into(), 7));
        assert_eq!(text("&AElig;"), ("Æ".into(), 7));
        assert_eq!(decode("&bogus;"), None);
        assert_eq!(decode("& x"), None);
        assert_eq!(decode("&#;"), None);
        assert_eq!(decode("&#x;"), None);
    }
}
