//! The 6-K report read from hand-made cover fixtures (`tests/fixtures/covers/`, one
//! behaviour each, described in the README there): exact values, and for some the
//! input bytes their spans point at.

use form6k::{Field, Filing, Report, Span};

const DIR: &str = "tests/fixtures/covers/";

struct Parsed {
    input: Vec<u8>,
    filing: Filing,
}

impl Parsed {
    fn report(&self) -> &Report {
        self.filing
            .report
            .as_ref()
            .unwrap_or_else(|| panic!("no report; diagnostics: {:?}", self.codes()))
    }

    fn codes(&self) -> Vec<&'static str> {
        self.filing.diagnostics.iter().map(|d| d.code).collect()
    }

    /// The input text a span covers (Windows-1252 inputs are decoded byte by byte).
    fn slice(&self, span: Span) -> String {
        let bytes = self.input.get(span.start..span.end).unwrap_or(&[]);
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => bytes.iter().map(|&b| cp1252(b)).collect(),
        }
    }
}

fn cp1252(b: u8) -> char {
    match b {
        0x92 => '’',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        _ => char::from(b),
    }
}

fn parse(name: &str) -> Parsed {
    let path = format!("{DIR}{name}");
    let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let filing = form6k::parse(&input);
    Parsed { input, filing }
}

fn val<T: Clone>(f: &Option<Field<T>>) -> Option<T> {
    f.as_ref().map(|f| f.value.clone())
}

fn vals(f: &[Field<String>]) -> Vec<&str> {
    f.iter().map(|f| f.value.as_str()).collect()
}

fn names(r: &Report) -> Vec<(&str, Option<&str>)> {
    r.registrants
        .iter()
        .map(|x| {
            (
                x.name.value.as_str(),
                x.english_name.as_ref().map(|e| e.value.as_str()),
            )
        })
        .collect()
}

/// (year, month, day) of the period of report.
fn period(r: &Report) -> Option<(u32, u32, Option<u32>)> {
    r.period_of_report
        .as_ref()
        .map(|p| (p.value.year, p.value.month, p.value.day))
}

/// Collapsed white space, for comparing a span's text with a value.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every glyph fixture is the same cover with one check-mark style: (file stem,
/// the form marked, how the checked mark is written in the text / HTML input).
const GLYPHS: &[(&str, &str, &str, &str)] = &[
    ("upper-x", "20-F", "X", "X"),
    ("lower-x", "40-F", "x", "x"),
    ("bracket-x", "20-F", "[X]", "[X]"),
    // Table pipes read as spaces: the span ends at the X.
    ("pipe-x", "40-F", "|X", "|X"),
    ("underscore-x", "40-F", "___X___", "___X___"),
    ("ballot-x", "20-F", "☒", "&#9746;"),
    ("ballot-check", "40-F", "☑", "&#x2611;"),
    ("check", "20-F", "✓", "&#x2713;"),
    ("heavy-check", "40-F", "✔", "&#10004;"),
    ("apl-x", "20-F", "⌧", "&#8999;"),
    ("black-square", "20-F", "■", "&#9632;"),
    ("wingdings-thorn", "40-F", "þ", "&#254;"),
    ("wingdings-yacute", "20-F", "ý", "&yacute;"),
    ("wingdings2-r", "20-F", "R", ">R"),
    ("wingdings2-p", "40-F", "P", ">P"),
    ("wingdings-udiaeresis", "20-F", "ü", "&uuml;"),
    ("wingdings-odiaeresis", "40-F", "Ö", "&Ouml;"),
];

#[test]
fn every_check_mark_style_in_text_and_html() {
    for (n, &(stem, form, text_mark, html_mark)) in GLYPHS.iter().enumerate() {
        for (ext, mark) in [("txt", text_mark), ("htm", html_mark)] {
            let name = format!("glyph-{stem}.{ext}");
            let p = parse(&name);
            let r = p.report();
            let ctx = format!("{name}: {:?}", p.codes());
            assert_eq!(r.form_type.value, "6-K", "{ctx}");
            assert_eq!(period(r), Some((2012, 3, None)), "{ctx}");
            let number = format!("001-{:05}", 31000 + n);
            assert_eq!(vals(&r.commission_file_numbers), [number.as_str()], "{ctx}");
            assert_eq!(names(r).len(), 1, "{ctx}");
            assert_eq!(
                fold(&r.registrants[0].name.value),
                "northwind trading company ltd.",
                "{ctx}"
            );
            assert_eq!(vals(&r.addresses), ["12 Harbour Road, Wan Chai, Hong Kong"]);
            let annual = r.annual_report_form.as_ref();
            assert_eq!(annual.map(|f| f.value.as_str()), Some(form), "{ctx}");
            // The answer's span covers the marked label and its mark.
            let src = annual.map(|f| p.slice(f.span)).unwrap_or_default();
            assert!(src.contains(mark) && src.contains(form), "{ctx}: {src:?}");
            assert_eq!(val(&r.paper_submission_rule101b1), Some(false), "{ctx}");
            assert_eq!(val(&r.paper_submission_rule101b7), None, "{ctx}");
            assert_eq!(val(&r.rule12g32b), Some(false), "{ctx}");
            assert_eq!(val(&r.rule12g32b_file_number), None, "{ctx}");
            assert!(p.codes().is_empty(), "{ctx}");
        }
    }
}

fn fold(s: &str) -> String {
    squeeze(&s.to_lowercase())
}
