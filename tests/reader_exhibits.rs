//! Exhibit lists of layouts seen on issuers no rule was written from (issue 21): the
//! fixtures `tests/fixtures/reader/exhibits-*.txt` (described in the README there),
//! each with the exact exhibits, where their spans point and where they are linked,
//! and real submissions of the corpus (skipped when it is absent).

mod common;

use common::report::{codes, parse_fixture as parse, report, slice};

use form6k::{Filing, Report, Span};

const CORPUS: &str = "../shared/corpus/";

/// Number, description, document and page of each exhibit.
fn exhibits(r: &Report) -> Vec<(String, String, Option<String>, Option<u32>)> {
    r.exhibits
        .iter()
        .map(|e| {
            (
                e.number.value.clone(),
                e.description
                    .as_ref()
                    .map(|d| d.value.clone())
                    .unwrap_or_default(),
                e.document.clone(),
                e.page,
            )
        })
        .collect()
}

fn ex(n: &str, d: &str, doc: &str, page: u32) -> (String, String, Option<String>, Option<u32>) {
    (n.into(), d.into(), Some(doc.into()), Some(page))
}

/// The exhibit numbers of the report's items, in order.
fn item_exhibits(r: &Report) -> Vec<Option<String>> {
    r.items
        .iter()
        .map(|i| i.exhibit.as_ref().map(|e| e.value.clone()))
        .collect()
}

#[test]
fn numbered_entries_under_material_contained_in_this_report() {
    let (input, f) = parse("exhibits-material-contained.txt");
    let r = report(&f);
    assert_eq!(
        exhibits(r),
        [
            ex(
                "1",
                "English translation of a press release dated May 14, 2010, regarding the \
                 revision of the dividend forecast for the fiscal year ending March 31, 2011.",
                "2",
                1
            ),
            ex(
                "2",
                "English translation of the notice of the 68th ordinary general meeting of \
                 shareholders of the registrant.",
                "3",
                1
            ),
        ]
    );
    assert_eq!(slice(&input, r.exhibits[0].number.span), "1");
    let d = r.exhibits[1].description.as_ref().map(|d| d.span);
    assert!(d.is_some_and(|s| slice(&input, s).starts_with("English translation of the notice")));
    assert_eq!(item_exhibits(r), [Some("1".into()), Some("2".into())]);
    assert!(!codes(&f).contains(&"exhibit-not-in-submission"));
}

#[test]
fn a_numbered_list_of_press_releases_with_no_heading_under_the_cover() {
    let (input, f) = parse("exhibits-no-heading.txt");
    let r = report(&f);
    // The numbered paragraphs of the press release in EX-99.1 are not exhibits.
    assert_eq!(
        exhibits(r),
        [
            ex(
                "1",
                "Press release issued by Brightwater Holdings plc dated 4 June 2010 \
                 announcing its interim results for the six months to 30 April 2010.",
                "2",
                1
            ),
            ex(
                "2",
                "Press release issued by Brightwater Holdings plc dated 7 June 2010 \
                 regarding directors' dealings in its ordinary shares.",
                "3",
                1
            ),
        ]
    );
    assert_eq!(slice(&input, r.exhibits[1].number.span), "2");
    assert_eq!(item_exhibits(r), [Some("1".into()), Some("2".into())]);
}

#[test]
fn letter_exhibits_and_numbered_paragraphs_that_are_not_exhibits() {
    let (input, f) = parse("exhibits-letters.txt");
    let r = report(&f);
    // Exhibit A's numbered paragraphs and footnote, and Exhibit B's numbered
    // headings, are not exhibits.
    assert_eq!(
        exhibits(r),
        [
            ex(
                "A",
                "Press release dated May 12, 2010 announcing first quarter production",
                "1",
                4
            ),
            ex("B", "Material change report dated May 12, 2010", "1", 5),
        ]
    );
    assert_eq!(slice(&input, r.exhibits[1].number.span), "B");
    assert_eq!(
        r.exhibits[0].start.map(|s| slice(&input, s)).as_deref(),
        Some("Exhibit A")
    );
    assert_eq!(item_exhibits(r), [Some("A".into()), Some("B".into())]);
    let headlines: Vec<Option<&str>> = r
        .items
        .iter()
        .map(|i| i.headline.as_ref().map(|h| h.value.as_str()))
        .collect();
    assert_eq!(
        headlines,
        [
            Some("VALDORO REPORTS FIRST QUARTER PRODUCTION"),
            Some("MATERIAL CHANGE REPORT")
        ]
    );
}

#[test]
fn a_description_wrapped_after_a_colon_and_a_suffixed_number() {
    let (input, f) = parse("exhibits-wrapped-and-suffixed.txt");
    let r = report(&f);
    assert_eq!(
        exhibits(r),
        [
            ex(
                "99.1",
                "Press Release re Nordwind Telecom Sets A New Course: Reports Financial \
                 Results for Q2 2010 dated August 3, 2010.",
                "2",
                1
            ),
            ex(
                "99.1(a)",
                "Supplementary financial tables to Exhibit 99.1.",
                "3",
                1
            ),
        ]
    );
    assert_eq!(slice(&input, r.exhibits[1].number.span), "99.1(a)");
    // The description's span runs over both source paragraphs.
    let d = r.exhibits[0]
        .description
        .as_ref()
        .map(|d| slice(&input, d.span));
    assert!(
        d.as_deref()
            .is_some_and(|d| d.starts_with("Press Release re")
                && d.ends_with("dated August 3, 2010.")
                && d.contains("</p>")),
        "{d:?}"
    );
    assert_eq!(
        item_exhibits(r),
        [Some("99.1".into()), Some("99.1(a)".into())]
    );
}

#[test]
fn stacked_index_cells_are_one_exhibit_a_line() {
    let (input, f) = parse("exhibits-stacked-cells.txt");
    let r = report(&f);
    assert_eq!(
        exhibits(r),
        [
            ex(
                "99.1",
                "Form 52-109F2 CEO Certification of Interim Filings",
                "2",
                1
            ),
            ex(
                "99.2",
                "Form 52-109F2 CFO Certification of Interim Filings",
                "3",
                1
            ),
        ]
    );
    assert_eq!(slice(&input, r.exhibits[1].number.span), "99.2");
    assert_eq!(
        r.exhibits[1]
            .description
            .as_ref()
            .map(|d| slice(&input, d.span))
            .as_deref(),
        Some("Form 52-109F2 CFO Certification of Interim Filings")
    );
}

#[test]
fn a_press_release_named_in_a_sentence_takes_the_number_it_is_labelled_with() {
    let (input, f) = parse("exhibits-appendix-sentence.txt");
    let r = report(&f);
    assert_eq!(
        exhibits(r),
        [ex(
            "99.1",
            "Hollandia Leven’s press release, dated August 3, 2010",
            "2",
            1
        )]
    );
    // The number is the label printed atop the furnished document.
    let n = r.exhibits[0].number.span;
    assert_eq!(slice(&input, n), "99.1");
    assert!(slice(&input, Span::new(n.start - 20, n.start)).ends_with("<b>Exhibit "));
    assert_eq!(
        r.exhibits[0]
            .description
            .as_ref()
            .map(|d| slice(&input, d.span))
            .as_deref(),
        Some("Hollandia Leven&#8217;s press release, dated August 3, 2010")
    );
    assert_eq!(item_exhibits(r), [Some("99.1".into())]);
    assert_eq!(
        r.items[0].headline.as_ref().map(|h| h.value.as_str()),
        Some("Hollandia Leven completes sale of its Belgian pension business")
    );

    // Said "attached hereto as Exhibit 99.1", with no label on the document: the
    // sentence's number.
    let text = String::from_utf8_lossy(&input)
        .replace(
            "is included as appendix and incorporated herein by reference",
            "is attached hereto as Exhibit 99.1",
        )
        .replace("<p align=\"right\"><b>Exhibit 99.1</b></p>", "");
    let f = form6k::parse(text.as_bytes());
    let r = report(&f);
    assert_eq!(
        exhibits(r),
        [ex(
            "99.1",
            "Hollandia Leven’s press release, dated August 3, 2010",
            "2",
            1
        )]
    );
    assert_eq!(slice(text.as_bytes(), r.exhibits[0].number.span), "99.1");

    // Neither numbered nor labelled: no exhibit is made up.
    let text = text.replace("hereto as Exhibit 99.1", "hereto");
    let f = form6k::parse(text.as_bytes());
    assert!(report(&f).exhibits.is_empty(), "{:?}", report(&f).exhibits);
}

/// A real submission of the corpus, or `None` (with one line said) when it is absent.
fn real(path: &str) -> Option<Filing> {
    match std::fs::read(format!("{CORPUS}{path}")) {
        Ok(bytes) => Some(form6k::parse(&bytes)),
        Err(_) => {
            println!("skipped: {CORPUS} is absent (the corpus lives beside the repository)");
            None
        }
    }
}

#[test]
fn real_exhibit_lists_of_these_layouts() {
    // Advantest: "Material Contained in this Report:", "1." alone on its line.
    let Some(f) = real("sixk-new-issuers/0000947871-10-001024.txt") else {
        return;
    };
    let e = exhibits(report(&f));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!((e[0].0.as_str(), e[0].2.as_deref()), ("1", Some("2")));
    assert!(e[0]
        .1
        .starts_with("English translation of the Japanese-language FY2010 Second"));
    assert!(e[0].1.ends_with("on October 28, 2010."));
    // B Communications: the cover's entry wraps after "Era:".
    let Some(f) = real("sixk-new-issuers/0001178913-10-001998.txt") else {
        return;
    };
    let e = exhibits(report(&f));
    assert_eq!(e.len(), 1, "{e:?}");
    assert_eq!(
        e[0].1,
        "Press Release re B Communications Moves Confidently Into The Bezeq Era: Reports \
         Financial Results for Q2 2010 dated August 3, 2010."
    );
    // Advantage Energy: "EXHIBIT TITLE" over a table whose cells stack 99.1 and 99.2.
    let Some(f) = real("sixk-submissions/0000950142-09-000663.txt") else {
        return;
    };
    let e: Vec<(String, String, Option<String>)> = exhibits(report(&f))
        .into_iter()
        .map(|(n, d, doc, _)| (n, d, doc))
        .collect();
    assert_eq!(
        e,
        [
            (
                "99.1".into(),
                "Form 52-109F2 CEO Certification of Interim Filings".into(),
                Some("2".into())
            ),
            (
                "99.2".into(),
                "Form 52-109F2 CFO Certification of Interim Filings".into(),
                Some("3".into())
            ),
        ]
    );
}

/// The sentence that names an exhibit by its number may open with any of the report's
/// verbs ("Attached", "Furnished", "Enclosed", "Included", "Filed"): made-up covers.
#[test]
fn an_exhibit_sentence_opens_with_any_furnishing_verb() {
    let head = "<html><body><p align=center>FORM 6-K</p>\
        <p align=center>REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934</p>\
        <p align=center>For the month of October 2011</p>\
        <p align=center><b>NORTHWIND TRADING N.V.</b><br>(Translation of registrant's name into English)</p>\
        <p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F. Form 20-F X Form 40-F ___</p>";
    let tail = "<p align=center><b>SIGNATURES</b></p>\
        <p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>\
        <p>NORTHWIND TRADING N.V.</p><p>By: /s/ Ingrid Dahl</p><p>Name: Ingrid Dahl</p><p>Title: Chief Financial Officer</p><p>Date: October 4, 2011</p></body></html>\n";
    for (sentence, number) in [
        ("Attached hereto as Exhibit 99.1 is", "99.1"),
        ("Furnished herewith as Exhibit 99.1 is", "99.1"),
        ("Enclosed as Exhibit 99.1 is", "99.1"),
        ("Included as Exhibit 1 to this report is", "1"),
        ("Filed as Exhibit 99.1 hereto is", "99.1"),
    ] {
        let input = format!(
            "{head}<p>{sentence} a press release of Northwind Trading N.V. dated October 3, 2011.</p>{tail}"
        );
        let filing = form6k::parse(input.as_bytes());
        let report = filing.report.expect("a report");
        let got: Vec<(String, Option<String>)> = report
            .exhibits
            .iter()
            .map(|e| {
                (
                    e.number.value.clone(),
                    e.description.as_ref().map(|d| d.value.clone()),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![(
                number.to_string(),
                Some("press release of Northwind Trading N.V. dated October 3, 2011".to_string())
            )],
            "{sentence}"
        );
    }
}
