//! The report reader on the shapes of real 6-K submissions: hand-made fixtures in
//! `tests/fixtures/reader/` (one layout each, described in the README there) with
//! exact values and the input their spans point at, and a few real submissions of
//! `../shared/corpus/sixk-submissions/` (skipped when the corpus is absent).

mod common;

use common::report::{codes, parse_path as parse, report, slice};

use common::report::{sigs, val};
use form6k::Filing;

const DIR: &str = "tests/fixtures/reader/";
const SUBMISSIONS: &str = "../shared/corpus/sixk-submissions/";

fn s(x: &str) -> String {
    x.to_string()
}

#[test]
fn name_without_caption_dotted_marks_and_a_sentence_exhibit() {
    let (input, f) = parse(&format!("{DIR}name-no-caption.txt"));
    let r = report(&f);
    assert_eq!(r.registrants.len(), 1);
    assert_eq!(
        r.registrants[0].name.value,
        "NORDVIK SHIPPING HOLDINGS N.V."
    );
    assert_eq!(
        slice(&input, r.registrants[0].name.span),
        "NORDVIK SHIPPING HOLDINGS N.V."
    );
    let addresses: Vec<&str> = r.addresses.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(
        addresses,
        ["Havenstraat 12, 3011 AB Rotterdam, The Netherlands"]
    );
    assert_eq!(val(&r.annual_report_form).as_deref(), Some("20-F"));
    assert_eq!(val(&r.rule12g32b), Some(false));
    let no = r.rule12g32b.as_ref().map(|f| slice(&input, f.span));
    assert!(
        no.as_deref()
            .is_some_and(|t| t.starts_with("No") && t.ends_with(".X.")),
        "{no:?}"
    );
    assert_eq!(r.exhibits.len(), 1);
    let e = &r.exhibits[0];
    assert_eq!(e.number.value, "99.1");
    assert_eq!(
        val(&e.description).as_deref(),
        Some("press release, dated June 3, 2010")
    );
    assert_eq!(
        sigs(r),
        [(
            s("NORDVIK SHIPPING HOLDINGS N.V."),
            s("2010-06-04"),
            s("/ s / Pieter de Vries"),
            s("Pieter de Vries"),
            s("Authorised Signatory")
        )]
    );
    assert!(!codes(&f).contains(&"registrant-not-found"));
}

#[test]
fn exhibit_carried_in_the_document_and_boxes_drawn_as_images() {
    let (input, f) = parse(&format!("{DIR}exhibit-in-document.htm"));
    let r = report(&f);
    assert_eq!(
        r.registrants[0].name.value,
        "HUANGSHAN AGRI-TECH CORPORATION"
    );
    let annual = r
        .annual_report_form
        .as_ref()
        .map(|a| (a.value.clone(), slice(&input, a.span)));
    assert_eq!(
        annual,
        Some((s("20-F"), s("20-F <img src=\"ballotx.jpg\">")))
    );
    // Asked, with no box at all: not marked.
    assert_eq!(val(&r.paper_submission_rule101b1), Some(false));
    assert_eq!(val(&r.paper_submission_rule101b7), Some(false));
    assert_eq!(val(&r.rule12g32b), Some(false));
    // One exhibit: the numbered list and the "/s/" line inside it are not read.
    assert_eq!(r.exhibits.len(), 1, "{:?}", r.exhibits);
    let e = &r.exhibits[0];
    assert_eq!(
        (e.number.value.as_str(), val(&e.description)),
        ("99.1", Some(s("Press release")))
    );
    assert_eq!(e.page, Some(4));
    assert_eq!(
        e.start.map(|sp| slice(&input, sp)).as_deref(),
        Some("Exhibit 99.1")
    );
    assert_eq!(
        sigs(r),
        [(
            s("Huangshan Agri-Tech Corporation"),
            s("2009-09-17"),
            s("/s/ Li Wei"),
            s("Li Wei"),
            s("Chief Executive Officer")
        )]
    );
    assert!(!codes(&f).contains(&"exhibit-not-in-submission"));
}

#[test]
fn a_table_of_contents_with_page_numbers_is_not_an_exhibit_list() {
    let (_, f) = parse(&format!("{DIR}contents-not-exhibits.txt"));
    let r = report(&f);
    assert!(r.exhibits.is_empty(), "{:?}", r.exhibits);
    assert_eq!(r.signatures.len(), 1);
}

#[test]
fn cover_against_header_disagreements_carry_both_spans() {
    let (input, f) = parse(&format!("{DIR}header-disagrees.txt"));
    let d = |code: &str| {
        f.diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("no {code}: {:?}", codes(&f)))
    };
    let name = d("registrant-differs-from-header");
    assert_eq!(slice(&input, name.span), "Kestrel Copper Limited");
    assert_eq!(
        name.related.map(|r| slice(&input, r)).as_deref(),
        Some("WESTLAKE MINERALS CORP")
    );
    let number = d("file-number-differs-from-header");
    assert_eq!(slice(&input, number.span), "000-34568");
    assert_eq!(
        number.related.map(|r| slice(&input, r)).as_deref(),
        Some("001-34567")
    );
}

#[test]
fn the_same_names_and_numbers_as_the_header_say_nothing() {
    // A cover name that folds to the header's former name, and the same file number.
    let text = std::fs::read_to_string(format!("{DIR}header-disagrees.txt")).unwrap_or_default();
    let agreeing = text
        .replace("Kestrel Copper Limited", "Westlake Gold Corp.")
        .replace("000-34568", "001-34567");
    let f = form6k::parse(agreeing.as_bytes());
    let c = codes(&f);
    assert!(!c.contains(&"registrant-differs-from-header"), "{c:?}");
    assert!(!c.contains(&"file-number-differs-from-header"), "{c:?}");
}

#[test]
fn joint_registrants_sign_on_pages_of_their_own() {
    let (_, f) = parse(&format!("{DIR}joint-signature-pages.htm"));
    let r = report(&f);
    let got: Vec<(String, String, String, String)> = sigs(r)
        .into_iter()
        .map(|(reg, date, _, name, title)| (reg, date, name, title))
        .collect();
    assert_eq!(
        got,
        [
            (
                s("LINDEMANN BANK HOLDING N.V."),
                s("2010-02-08"),
                s("David Cole"),
                s("Chief Financial Officer")
            ),
            (
                s("LINDEMANN BANK HOLDING N.V."),
                s("2010-02-08"),
                s("Petra Hofman"),
                s("Group Controller")
            ),
            (
                s("LINDEMANN BANK N.V."),
                s("2010-02-08"),
                s("David Cole"),
                s("Chief Financial Officer")
            ),
        ]
    );
    let p = r.period_of_report.as_ref().map(|p| p.value);
    assert_eq!(
        p.map(|p| (p.year, p.month, p.day)),
        Some((2010, 2, Some(8)))
    );
}

/// A real submission of the corpus, or `None` (with one line said) when the corpus is absent.
fn real(name: &str) -> Option<Filing> {
    let path = format!("{SUBMISSIONS}{name}");
    match std::fs::read(&path) {
        Ok(bytes) => Some(form6k::parse(&bytes)),
        Err(_) => {
            println!("skipped: {SUBMISSIONS} is absent (the corpus lives beside the repository)");
            None
        }
    }
}

#[test]
fn real_exhibits_are_linked_to_where_they_are() {
    // Agria: the press release follows the cover in the 6-K document, on page 4.
    let Some(f) = real("0000950123-09-043710.txt") else {
        return;
    };
    let r = report(&f);
    let e: Vec<(&str, Option<&str>, Option<u32>)> = r
        .exhibits
        .iter()
        .map(|e| (e.number.value.as_str(), e.document.as_deref(), e.page))
        .collect();
    assert_eq!(e, [("99.1", Some("1"), Some(4))]);
    // Agrium: the index numbers "1" what the submission types EX-99.1 (sequence 2).
    let Some(f) = real("0000950123-10-113837.txt") else {
        return;
    };
    let e: Vec<(&str, Option<&str>)> = report(&f)
        .exhibits
        .iter()
        .map(|e| (e.number.value.as_str(), e.document.as_deref()))
        .collect();
    assert_eq!(e, [("1", Some("2"))]);
    assert!(!codes(&f).contains(&"exhibit-not-in-submission"));
}

#[test]
fn real_tables_of_contents_are_not_exhibit_lists() {
    // AIXTRON's interim report (contents with page numbers, "Table of Contents" atop
    // each page) and Santander UK's articles of association (numbered clauses).
    for name in ["0001104659-09-061003.txt", "0000903423-10-000157.txt"] {
        let Some(f) = real(name) else { return };
        assert!(
            report(&f).exhibits.is_empty(),
            "{name}: {:?}",
            report(&f).exhibits
        );
    }
}

#[test]
fn real_plain_text_title_wrapped_in_its_column() {
    // Acergy: "Title: Corporate Vice" with "President & General" / "Counsel" below it.
    let Some(f) = real("0000950127-09-000095.txt") else {
        return;
    };
    let titles: Vec<Option<String>> = report(&f)
        .signatures
        .iter()
        .map(|s| val(&s.title))
        .collect();
    assert_eq!(
        titles,
        [Some(s("Corporate Vice President & General Counsel"))]
    );
}

#[test]
fn thousands_of_listed_exhibits_are_each_linked_to_their_page() {
    // An index of 3,000 exhibits, each headed on a page of its own further down: every
    // one is linked (linking builds its indexes once), and at most 50 of those carried
    // in the 6-K document become items.
    let n = 3000;
    let mut text = String::from(
        "FORM 6-K\nFor the month of May 2010\nACME LTD\n\
         (Exact name of registrant as specified in its charter)\n\nEXHIBIT INDEX\n",
    );
    for i in 1..=n {
        text.push_str(&format!("99.{i}    Press release number {i}\n"));
    }
    text.push_str(
        "SIGNATURES\nthe registrant has duly caused this report to be signed\n\
         Date: May 1, 2010    By: /s/ John Smith\n",
    );
    for i in 1..=n {
        text.push_str(&format!(
            "<PAGE>\nExhibit 99.{i}\nACME announces results number {i}\n"
        ));
    }
    let f = form6k::parse(text.as_bytes());
    let r = report(&f);
    assert_eq!(r.exhibits.len(), n);
    for (i, e) in r.exhibits.iter().enumerate() {
        let start = e.start.map(|sp| slice(text.as_bytes(), sp));
        assert_eq!(
            start,
            Some(format!("Exhibit 99.{}", i + 1)),
            "{}",
            e.number.value
        );
        assert_eq!(e.page, Some(i as u32 + 2));
    }
    assert_eq!(r.items.len(), 50);
}

#[test]
fn an_unlabelled_line_under_the_signature_is_a_title_unless_it_names_a_company() {
    let cover = "FORM 6-K\nFor the month of May 2010\nACME LTD\n\
                 (Exact name of registrant as specified in its charter)\n\nSIGNATURES\n\
                 the registrant has duly caused this report to be signed on its behalf.\n";
    let titled = format!("{cover}By /s/ Tim Coupland\nPresident & CEO\nDate May 3, 2010\n");
    let r = form6k::parse(titled.as_bytes())
        .report
        .unwrap_or_else(|| panic!("no report"));
    let t: Vec<Option<String>> = r.signatures.iter().map(|s| val(&s.title)).collect();
    assert_eq!(t, [Some(s("President & CEO"))]);
    let company = format!("{cover}By /s/ Tim Coupland\nACME Holdings Corp.\n");
    let r = form6k::parse(company.as_bytes())
        .report
        .unwrap_or_else(|| panic!("no report"));
    let t: Vec<Option<String>> = r.signatures.iter().map(|s| val(&s.title)).collect();
    assert_eq!(t, [None]);
}
