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
