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

mod file_numbers;
mod names;
mod period;
mod title;

pub use file_numbers::commission_file_numbers;
pub use names::names_and_addresses;
pub use period::period;
pub use title::{form_title, is_blank_form};

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
    if text.is_ascii() {
        return fold_ascii(text);
    }
    fold_chars(text)
}

/// [`fold`] of any text, a `char` at a time.
fn fold_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            push_lower(&mut out, c);
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

/// [`fold`] of ASCII text, a byte at a time (most lines of most filings).
fn fold_ascii(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() {
            out.push(b.to_ascii_lowercase());
        } else if b == b'\'' || b == b'`' {
            continue;
        } else if out.last().is_some_and(|&l| l != b' ') {
            out.push(b' ');
        }
    }
    while out.last() == Some(&b' ') {
        out.pop();
    }
    // Only ASCII letters, digits and spaces were pushed.
    String::from_utf8(out).unwrap_or_default()
}

/// `c` lowercased as `char::to_lowercase` does for the scripts filings print names in:
/// Latin (ASCII, Latin-1, Latin Extended-A, fullwidth), Greek and Cyrillic. Other
/// scripts' capitals stay as written. `to_lowercase` would bring in the whole Unicode
/// case table, 11.7 KB of the wasm, to fold captions and registrant names.
fn push_lower(out: &mut String, c: char) {
    let u = u32::from(c);
    let lower = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x410..=0x42F | 0xFF21..=0xFF3A => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x130 => return out.push_str("i\u{307}"),
        0x100..=0x137 | 0x14A..=0x177 if u % 2 == 0 => u + 1,
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        0x178 => 0xFF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E..=0x38F => u + 0x3F,
        _ => u,
    };
    out.push(char::from_u32(lower).unwrap_or(c));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `push_lower` agrees with `char::to_lowercase` on every character it changes
    /// and on every character of the blocks it claims.
    #[test]
    fn push_lower_matches_std_where_it_applies() {
        let claimed =
            |u: u32| matches!(u, 0..=0x17F | 0x380..=0x3CE | 0x400..=0x45F | 0xFF00..=0xFFEF);
        let (mut changed, mut covered) = (0, 0);
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut ours = String::new();
            push_lower(&mut ours, c);
            let std: String = c.to_lowercase().collect();
            if ours != c.to_string() || claimed(u32::from(c)) {
                assert_eq!(ours, std, "U+{:04X}", u32::from(c));
                changed += usize::from(ours != c.to_string());
                covered += 1;
            }
        }
        // Every capital letter of those blocks (Python: `c.lower() != c` over them).
        assert_eq!(changed, 226);
        assert_eq!(covered, 0x180 + 0x4F + 0x60 + 0xF0);
    }

    #[test]
    fn the_ascii_fold_is_the_char_fold() {
        for t in [
            "",
            "  ",
            "SOCIEDAD QUIMICA Y MINERA DE CHILE S.A.",
            " (Exact name of registrant's name) ",
            "Form 20-F ..X.. Form 40-F ____",
            "a`b'c  --  D\tE\n",
            "12g3-2(b): 82-____",
        ] {
            assert_eq!(fold_ascii(t), fold_chars(t), "{t:?}");
        }
    }

    #[test]
    fn fold_lowercases_accented_names() {
        assert_eq!(
            fold("SOCIEDAD QUÍMICA Y MINERA"),
            "sociedad química y minera"
        );
        assert_eq!(
            fold("Sociedad Química y Minera"),
            "sociedad química y minera"
        );
        assert_eq!(fold("ŁÓDŹ ÖRNEK A.Ş."), "łódź örnek a ş");
        assert_eq!(fold("ΑΘΗΝΑ ПАО «ГАЗПРОМ»"), "αθηνα пао газпром");
    }
}
