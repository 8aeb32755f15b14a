//! The header vocabulary: each key the model names, in label wording and tag
//! wording, and EDGAR's date formats.
//!
//! ```text
//! CONFORMED PERIOD OF REPORT:	20050125        <PERIOD>20050125
//! <ACCEPTANCE-DATETIME>20050125092650
//! ```
// The examples keep EDGAR's tabs: they are the syntax.
#![allow(clippy::tabs_in_doc_comments)]

use super::header::{Act, Sic};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    AccessionNumber,
    SubmissionType,
    PublicDocumentCount,
    Period,
    FiledAsOf,
    DateOfChange,
    AcceptanceDateTime,
    EffectivenessDate,
    Items,
    GroupMembers,
    ConformedName,
    Cik,
    Sic,
    OrganizationName,
    IrsNumber,
    StateOfIncorporation,
    FiscalYearEnd,
    FormType,
    Act,
    FileNumber,
    FilmNumber,
    Street1,
    Street2,
    City,
    State,
    Zip,
    Phone,
    FormerConformedName,
    DateChanged,
}

/// Where a key belongs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Top,
    Section,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionKind {
    Company,
    Filing,
    Business,
    Mail,
    Former,
}

/// (label wording, tag wording, key).
const KEYS: &[(&str, &str, Key)] = &[
    ("ACCESSION NUMBER", "ACCESSION-NUMBER", Key::AccessionNumber),
    ("CONFORMED SUBMISSION TYPE", "TYPE", Key::SubmissionType),
    (
        "PUBLIC DOCUMENT COUNT",
        "PUBLIC-DOCUMENT-COUNT",
        Key::PublicDocumentCount,
    ),
    ("CONFORMED PERIOD OF REPORT", "PERIOD", Key::Period),
    ("FILED AS OF DATE", "FILING-DATE", Key::FiledAsOf),
    (
        "DATE AS OF CHANGE",
        "DATE-OF-FILING-DATE-CHANGE",
        Key::DateOfChange,
    ),
    (
        "ACCEPTANCE-DATETIME",
        "ACCEPTANCE-DATETIME",
        Key::AcceptanceDateTime,
    ),
    (
        "EFFECTIVENESS DATE",
        "EFFECTIVENESS-DATE",
        Key::EffectivenessDate,
    ),
    ("ITEM INFORMATION", "ITEMS", Key::Items),
    ("GROUP MEMBERS", "GROUP-MEMBERS", Key::GroupMembers),
    (
        "COMPANY CONFORMED NAME",
        "CONFORMED-NAME",
        Key::ConformedName,
    ),
    ("CENTRAL INDEX KEY", "CIK", Key::Cik),
    (
        "STANDARD INDUSTRIAL CLASSIFICATION",
        "ASSIGNED-SIC",
        Key::Sic,
    ),
    (
        "ORGANIZATION NAME",
        "ORGANIZATION-NAME",
        Key::OrganizationName,
    ),
    ("IRS NUMBER", "IRS-NUMBER", Key::IrsNumber),
    (
        "STATE OF INCORPORATION",
        "STATE-OF-INCORPORATION",
        Key::StateOfIncorporation,
    ),
    ("FISCAL YEAR END", "FISCAL-YEAR-END", Key::FiscalYearEnd),
    ("FORM TYPE", "FORM-TYPE", Key::FormType),
    ("SEC ACT", "ACT", Key::Act),
    ("SEC FILE NUMBER", "FILE-NUMBER", Key::FileNumber),
    ("FILM NUMBER", "FILM-NUMBER", Key::FilmNumber),
    ("STREET 1", "STREET1", Key::Street1),
    ("STREET 2", "STREET2", Key::Street2),
    ("CITY", "CITY", Key::City),
    ("STATE", "STATE", Key::State),
    ("ZIP", "ZIP", Key::Zip),
    ("BUSINESS PHONE", "PHONE", Key::Phone),
    (
        "FORMER CONFORMED NAME",
        "FORMER-CONFORMED-NAME",
        Key::FormerConformedName,
    ),
    ("DATE OF NAME CHANGE", "DATE-CHANGED", Key::DateChanged),
];

const SECTIONS: &[(&str, &str, SectionKind)] = &[
    ("COMPANY DATA", "COMPANY-DATA", SectionKind::Company),
    ("OWNER DATA", "OWNER-DATA", SectionKind::Company),
    ("FILING VALUES", "FILING-VALUES", SectionKind::Filing),
    (
        "BUSINESS ADDRESS",
        "BUSINESS-ADDRESS",
        SectionKind::Business,
    ),
    ("MAIL ADDRESS", "MAIL-ADDRESS", SectionKind::Mail),
    ("FORMER COMPANY", "FORMER-COMPANY", SectionKind::Former),
    ("FORMER NAME", "FORMER-NAME", SectionKind::Former),
];

/// Party roles known by name in tag style; any other block holding company data is one too.
const PARTIES: &[&str] = &[
    "FILER",
    "FILED-BY",
    "SUBJECT-COMPANY",
    "REPORTING-OWNER",
    "ISSUER",
    "SERIAL-COMPANY",
    "DEPOSITOR",
    "SECURITIZER",
];

/// The key a label or tag names, if the model names it.
pub fn key(name: &str) -> Option<Key> {
    KEYS.iter()
        .find(|(l, t, _)| *l == name || *t == name)
        .map(|&(_, _, k)| k)
}

pub fn scope(key: Key) -> Scope {
    match key {
        Key::AccessionNumber
        | Key::SubmissionType
        | Key::PublicDocumentCount
        | Key::Period
        | Key::FiledAsOf
        | Key::DateOfChange
        | Key::AcceptanceDateTime
        | Key::EffectivenessDate
        | Key::Items
        | Key::GroupMembers => Scope::Top,
        _ => Scope::Section,
    }
}

pub fn section(name: &str) -> Option<SectionKind> {
    SECTIONS
        .iter()
        .find(|(l, t, _)| *l == name || *t == name)
        .map(|&(_, _, k)| k)
}

pub fn is_party(tag: &str) -> bool {
    PARTIES.contains(&tag)
}

/// `YYYYMMDD` to `YYYY-MM-DD`.
pub fn date(v: &str) -> Option<String> {
    let b = v.as_bytes();
    if b.len() != 8 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let (y, m, d) = (v.get(0..4)?, v.get(4..6)?, v.get(6..8)?);
    let (mi, di) = (m.parse::<u8>().ok()?, d.parse::<u8>().ok()?);
    if !(1..=12).contains(&mi) || !(1..=31).contains(&di) {
        return None;
    }
    Some(format!("{y}-{m}-{d}"))
}

/// `YYYYMMDDHHMMSS` to `YYYY-MM-DDTHH:MM:SS`.
pub fn date_time(v: &str) -> Option<String> {
    let b = v.as_bytes();
    if b.len() != 14 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let day = date(v.get(0..8)?)?;
    let (h, mi, s) = (v.get(8..10)?, v.get(10..12)?, v.get(12..14)?);
    if h > "23" || mi > "59" || s > "60" {
        return None;
    }
    Some(format!("{day}T{h}:{mi}:{s}"))
}

/// `ELECTRIC SERVICES [4911]` (label) or `4911` (tag).
pub fn read_sic(raw: &str) -> Sic {
    let raw_t = raw.trim();
    let (name, code) = match (raw_t.rfind('['), raw_t.strip_suffix(']')) {
        (Some(open), Some(inner)) => (
            raw_t.get(..open).unwrap_or("").trim(),
            inner.get(open + 1..).unwrap_or("").trim(),
        ),
        _ if raw_t.bytes().all(|b| b.is_ascii_digit()) => ("", raw_t),
        _ => (raw_t, ""),
    };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    Sic {
        code: some(code),
        name: some(name),
        raw: raw.to_string(),
    }
}

/// `1934 Act` (label) or `34` (tag), both to `34`. Anything else is kept as written.
pub fn read_act(raw: &str) -> Act {
    let t = raw.trim();
    let year = t
        .strip_suffix("Act")
        .or_else(|| t.strip_suffix("ACT"))
        .map(str::trim)
        .unwrap_or(t);
    let value = match year.len() {
        4 if year.starts_with("19") && year.bytes().all(|b| b.is_ascii_digit()) => {
            year.get(2..).unwrap_or(year)
        }
        _ => year,
    };
    Act {
        value: value.to_string(),
        raw: raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_edgar_format_only() {
        assert_eq!(date("20050125").as_deref(), Some("2005-01-25"));
        assert_eq!(date("2005012"), None);
        assert_eq!(date("20051325"), None);
        assert_eq!(
            date_time("20050125092650").as_deref(),
            Some("2005-01-25T09:26:50")
        );
        assert_eq!(date_time("20050125252650"), None);
    }

    #[test]
    fn both_wordings_name_one_key() {
        assert_eq!(key("SEC ACT"), Some(Key::Act));
        assert_eq!(key("ACT"), Some(Key::Act));
        assert_eq!(key("SROS"), None);
        assert_eq!(section("OWNER-DATA"), Some(SectionKind::Company));
    }
}
