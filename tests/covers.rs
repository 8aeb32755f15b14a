//! The 6-K report read from hand-made cover fixtures (`tests/fixtures/covers/`, one
//! behaviour each, described in the README there): exact values, and for some the
//! input bytes their spans point at.

mod common;

use common::report::{sigs, val, Sig};
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

/// (year, month, day).
type Ymd = (u32, u32, Option<u32>);

/// (year, month, day) of the period of report.
fn period(r: &Report) -> Option<Ymd> {
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

/// The annual-report form and the 12g3-2(b) answer of a layout fixture.
fn answers(r: &Report) -> (Option<String>, Option<bool>) {
    (val(&r.annual_report_form), val(&r.rule12g32b))
}

#[test]
fn check_box_layouts() {
    let cases: &[(&str, Option<&str>, Option<bool>)] = &[
        ("layout-seed-underline.txt", Some("40-F"), Some(true)),
        ("layout-columns.txt", Some("20-F"), Some(false)),
        ("layout-padded-brackets.txt", Some("40-F"), Some(false)),
        ("layout-marks-before.txt", Some("40-F"), None),
        ("layout-run-together.txt", Some("20-F"), Some(false)),
        ("annual-sentence.txt", Some("20-F"), None),
    ];
    for &(name, form, rule12g) in cases {
        let p = parse(name);
        let r = p.report();
        assert_eq!(answers(r), (form.map(str::to_string), rule12g), "{name}");
        assert_eq!(val(&r.paper_submission_rule101b1), None, "{name}");
        assert!(p.codes().is_empty(), "{name}: {:?}", p.codes());
    }
    // The column mark's span runs from the label "20-F" to the X on the line below it.
    let p = parse("layout-columns.txt");
    let f = p.report().annual_report_form.clone().map(|f| f.span);
    let src = f.map(|s| p.slice(s)).unwrap_or_default();
    assert!(src.starts_with("20-F") && src.ends_with('X'), "{src:?}");
}

#[test]
fn paper_submission_yes_no_and_82_number() {
    let p = parse("yes-no-101.txt");
    let r = p.report();
    assert_eq!(val(&r.paper_submission_rule101b1), Some(false));
    assert_eq!(val(&r.paper_submission_rule101b7), Some(false));
    assert_eq!(val(&r.rule12g32b), None);
    let p = parse("rule12g-82-number.txt");
    let r = p.report();
    assert_eq!(val(&r.rule12g32b), Some(true));
    let n = r.rule12g32b_file_number.clone();
    assert_eq!(n.as_ref().map(|f| f.value.as_str()), Some("82-1234"));
    assert_eq!(n.map(|f| p.slice(f.span)).as_deref(), Some("82-1234"));
}

#[test]
fn both_marked_and_none_marked_are_diagnostics() {
    let p = parse("both-marked.txt");
    let r = p.report();
    assert_eq!(answers(r), (None, None));
    assert_eq!(
        p.codes(),
        ["annual-report-form-both-marked", "question-both-marked"]
    );
    let p = parse("none-marked.txt");
    let r = p.report();
    assert_eq!(answers(r), (None, Some(false)));
    assert_eq!(
        p.codes(),
        ["annual-report-form-unmarked", "question-unmarked"]
    );
}

#[test]
fn periods_in_every_form() {
    let cases: &[(&str, Option<Ymd>, &str)] = &[
        (
            "period-upper-colon.txt",
            Some((2010, 9, None)),
            "SEPTEMBER 2010",
        ),
        ("period-jul-03.txt", Some((2003, 7, None)), "Jul-03"),
        ("period-may-comma.txt", Some((2016, 5, None)), "May, 2016"),
        (
            "period-split-lines.txt",
            Some((2011, 10, None)),
            "October, 2011",
        ),
        (
            "period-report-dated.txt",
            Some((2009, 5, Some(6))),
            "May 6, 2009",
        ),
        (
            "period-dated.txt",
            Some((2006, 11, Some(13))),
            "November 13, 2006",
        ),
        (
            "period-date-of-report.txt",
            Some((2014, 8, Some(1))),
            "August 1, 2014",
        ),
        (
            "period-ended.txt",
            Some((2003, 8, Some(29))),
            "August 29, 2003",
        ),
        (
            "period-bare-date.txt",
            Some((2023, 2, Some(13))),
            "February 13, 2023",
        ),
        (
            "period-bare-month.txt",
            Some((2009, 4, None)),
            "April, 2009",
        ),
        ("period-none.txt", None, ""),
        ("period-html.htm", Some((2021, 11, None)), ""),
    ];
    for &(name, want, src) in cases {
        let p = parse(name);
        let r = p.report();
        assert_eq!(period(r), want, "{name}");
        if !src.is_empty() {
            let span = r.period_of_report.as_ref().map(|f| f.span);
            let got = span.map(|s| squeeze(&p.slice(s))).unwrap_or_default();
            assert_eq!(got, src, "{name}");
        }
        assert_eq!(vals(&r.addresses).len(), 1, "{name}");
    }
    let p = parse("period-html.htm");
    let span = p.report().period_of_report.as_ref().map(|f| f.span);
    let src = span.map(|s| p.slice(s)).unwrap_or_default();
    assert!(
        src.starts_with("November") && src.ends_with("2021"),
        "{src:?}"
    );
}

#[test]
fn cover_month_contradicting_header_period() {
    let p = parse("period-mismatch.txt");
    assert_eq!(period(p.report()), Some((2004, 6, None)));
    assert_eq!(p.codes(), ["period-mismatch"]);
}

#[test]
fn commission_file_number_labels() {
    let cases: &[(&str, &[&str])] = &[
        ("fileno-colon.txt", &["001-14446"]),
        ("fileno-no.txt", &["1-15128"]),
        ("fileno-1934-act.txt", &["333-12345"]),
        ("fileno-two.txt", &["001-11111", "333-22222"]),
        ("fileno-caption.txt", &["0-16174"]),
    ];
    for &(name, want) in cases {
        let p = parse(name);
        let r = p.report();
        assert_eq!(vals(&r.commission_file_numbers), want, "{name}");
        for f in &r.commission_file_numbers {
            assert_eq!(p.slice(f.span), f.value, "{name}");
        }
    }
}

#[test]
fn registrants_joint_native_and_english() {
    let p = parse("joint-exact-name.txt");
    let r = p.report();
    assert_eq!(
        names(r),
        [
            ("HARBOURSIDE HOLDINGS PLC", None),
            ("HARBOURSIDE BANK LIMITED", None)
        ]
    );
    assert_eq!(vals(&r.commission_file_numbers), ["001-35001", "001-35002"]);
    assert_eq!(
        vals(&r.addresses),
        ["1 Dock Street, London EC3N 1AB, England"]
    );
    let p = parse("native-english.txt");
    let r = p.report();
    assert_eq!(
        names(r),
        [(
            "SHINKAI DENKI KABUSHIKI KAISHA",
            Some("SHINKAI ELECTRIC CORPORATION")
        )]
    );
    let english = r.registrants[0].english_name.as_ref().map(|f| f.span);
    assert_eq!(
        english.map(|s| p.slice(s)).as_deref(),
        Some("SHINKAI ELECTRIC CORPORATION")
    );
    assert_eq!(
        vals(&r.addresses),
        ["3-1, Marunouchi 2-chome, Chiyoda-ku, Tokyo 100-8310, Japan"]
    );
}

#[test]
fn amended_report() {
    for (name, period_want, number) in [
        ("form-6ka.txt", (2021, 4, None), "000-53445"),
        ("form-6ka.htm", (2022, 5, None), "001-39999"),
    ] {
        let p = parse(name);
        let r = p.report();
        assert_eq!(r.form_type.value, "6-K/A", "{name}");
        assert_eq!(p.slice(r.form_type.span), "FORM 6-K/A", "{name}");
        assert_eq!(period(r), Some(period_want), "{name}");
        assert_eq!(vals(&r.commission_file_numbers), [number], "{name}");
        assert_eq!(val(&r.annual_report_form).as_deref(), Some("20-F"));
    }
}

#[test]
fn address_in_a_table() {
    let p = parse("address-table.htm");
    let r = p.report();
    assert_eq!(names(r), [("ALPENGLOW AG", None)]);
    assert_eq!(
        vals(&r.addresses),
        ["Bahnhofstrasse 45, 8001 Zürich, Switzerland"]
    );
    let src = p.slice(r.addresses[0].span);
    assert!(src.starts_with("Bahnhofstrasse 45") && src.ends_with("Switzerland"));
}

fn sig(r: &str, d: &str, by: &str, name: &str, title: &str) -> Sig {
    (r.into(), d.into(), by.into(), name.into(), title.into())
}

#[test]
fn two_signers_side_by_side() {
    let p = parse("signatures-two-columns.txt");
    let r = p.report();
    let co = "BLUEFIN MINING CORPORATION";
    assert_eq!(
        sigs(r),
        [
            sig(
                co,
                "2004-06-30",
                "/s/ Anna Lindqvist",
                "Anna Lindqvist",
                "Chief Executive Officer"
            ),
            sig(
                co,
                "2004-06-30",
                "/s/ Marc Dubois",
                "Marc Dubois",
                "Chief Financial Officer"
            ),
        ]
    );
    // The second column's values point into the right half of the line.
    let second = &r.signatures[1];
    for f in [&second.by, &second.name, &second.title]
        .into_iter()
        .flatten()
    {
        assert_eq!(p.slice(f.span), f.value);
    }
    let p = parse("signatures-html-table.htm");
    let r = p.report();
    let co = "AURORA SHIPPING S.A.";
    assert_eq!(
        sigs(r),
        [
            sig(
                co,
                "2020-03-16",
                "/s/ Elena Petrova",
                "Elena Petrova",
                "Chief Executive Officer"
            ),
            sig(
                co,
                "2020-03-16",
                "/s/ Jonas Berg",
                "Jonas Berg",
                "Chief Financial Officer"
            ),
        ]
    );
    let title = r.signatures[1].title.as_ref().map(|f| p.slice(f.span));
    assert_eq!(title.as_deref(), Some("Chief Financial Officer"));
}

fn exhibits(r: &Report) -> Vec<(&str, &str)> {
    r.exhibits
        .iter()
        .map(|e| {
            let d = e.description.as_ref().map_or("", |d| d.value.as_str());
            (e.number.value.as_str(), d)
        })
        .collect()
}

#[test]
fn exhibit_lists() {
    let p = parse("exhibits-html-table.htm");
    let r = p.report();
    assert_eq!(
        exhibits(r),
        [
            (
                "99.1",
                "Press release dated March 16, 2020, announcing fourth quarter results"
            ),
            (
                "99.2",
                "Unaudited condensed consolidated financial statements"
            ),
        ]
    );
    assert_eq!(p.slice(r.exhibits[1].number.span), "99.2");
    let p = parse("exhibits-dash-lines.txt");
    let r = p.report();
    assert_eq!(
        exhibits(r),
        [
            (
                "99.1",
                "Announcement – Proposed Acquisition of Northern Copper Assets"
            ),
            ("99.2", "Announcement – Results of Annual General Meeting"),
        ]
    );
}

#[test]
fn windows_1252_cover_spans_slice_the_original_bytes() {
    let p = parse("cp1252.txt");
    assert!(std::str::from_utf8(&p.input).is_err());
    let r = p.report();
    let name = &r.registrants[0].name;
    assert_eq!(name.value, "SOCIÉTÉ GÉNÉRALE D’ÉNERGIE S.A.");
    // One byte per character in the input: the span is shorter than the UTF-8 value.
    assert_eq!(name.span.len(), name.value.chars().count());
    assert_eq!(p.slice(name.span), name.value);
    assert_eq!(
        vals(&r.addresses),
        ["12, rue de l’Église, 69002 Lyon, France"]
    );
    assert_eq!(p.slice(r.addresses[0].span).lines().count(), 2);
    assert_eq!(period(r), Some((2005, 10, None)));
}

#[test]
fn not_a_6k() {
    for name in [
        "negative-8k.txt",
        "negative-20f.txt",
        "negative-6k-in-sentence.txt",
    ] {
        let p = parse(name);
        assert!(p.filing.report.is_none(), "{name}");
    }
}
