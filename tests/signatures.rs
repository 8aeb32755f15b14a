//! The signature block on the layouts of issuers no rule was written from: hand-made
//! fixtures in `tests/fixtures/reader/signature-*` (described in the README there)
//! with exact values and the input their spans point at, and real submissions of
//! `../shared/corpus/` (skipped when the corpus is absent). The rules are in
//! `docs/reader.md`, section "Signatures".

mod common;

use common::report::{parse_fixture as parse, report, slice};

use common::report::val;
use form6k::{Filing, Report};

const CORPUS: &str = "../shared/corpus/";

/// (registrant, date, name, title) of each signature.
fn signers(r: &Report) -> Vec<[String; 4]> {
    r.signatures
        .iter()
        .map(|s| [&s.registrant, &s.date, &s.name, &s.title].map(|f| val(f).unwrap_or_default()))
        .collect()
}

fn row(registrant: &str, date: &str, name: &str, title: &str) -> [String; 4] {
    [registrant, date, name, title].map(str::to_string)
}

#[test]
fn a_title_wrapped_onto_the_next_row_or_line_is_one_title() {
    let (input, f) = parse("signature-title-wrapped.htm");
    let r = report(&f);
    assert_eq!(
        signers(r),
        [
            row(
                "Kestrel Instruments Corporation",
                "2010-03-24",
                "Hiroshi Tanabe",
                "Director and Managing Executive Officer"
            ),
            row(
                "KESTREL INSTRUMENTS CORPORATION",
                "2010-03-24",
                "Emi Sakamoto",
                "Executive Vice President and General Counsel"
            ),
            row(
                "KESTREL INSTRUMENTS CORPORATION",
                "2010-03-24",
                "Kenji Morita",
                "Senior Vice President and Chief Financial Officer"
            ),
        ]
    );
    // The joined title's span runs from its first row to its last.
    let span = r.signatures[0].title.as_ref().map(|t| t.span);
    let text = span.map(|s| slice(&input, s)).unwrap_or_default();
    assert!(
        text.starts_with("Director") && text.ends_with("Officer"),
        "{text:?}"
    );

    let (_, f) = parse("signature-title-wrapped.txt");
    assert_eq!(
        signers(report(&f)),
        [
            row(
                "KESTREL INSTRUMENTS CORPORATION",
                "2010-03-24",
                "Hiroshi Tanabe",
                "Director and Managing Executive Officer"
            ),
            row(
                "KESTREL INSTRUMENTS CORPORATION",
                "2010-03-24",
                "Yuki Mori",
                "Senior Vice President and Chief Financial Officer"
            ),
        ]
    );
}

#[test]
fn a_name_and_a_title_on_one_line_are_split() {
    let (input, f) = parse("signature-name-and-title.htm");
    let r = report(&f);
    assert_eq!(
        signers(r),
        [
            row(
                "HALCYON TANKERS HOLDINGS INC.",
                "2009-11-12",
                "E. Petros Makris",
                "President"
            ),
            row(
                "HALCYON BUNKERING LTD.",
                "2009-11-12",
                "Irini Vlachou",
                "Chief Executive Officer"
            ),
            row(
                "HALCYON SHIPPING FINANCE LTD.",
                "2009-11-12",
                "Nikos Andreou",
                "Chief Financial Officer"
            ),
            row(
                "Halcyon Ship Management S.A.",
                "2009-11-12",
                "Sofia Rallis",
                "Treasurer"
            ),
            row(
                "Halcyon Ship Management S.A.",
                "2009-11-12",
                "Georgios Kalas",
                "Attorney-in-Fact"
            ),
        ]
    );
    // The signature keeps only the signed name; name and title point at their own words.
    let s = &r.signatures[1];
    assert_eq!(val(&s.by).as_deref(), Some("/s/ Irini Vlachou"));
    let s = &r.signatures[2];
    let spans: Vec<String> = [&s.name, &s.title]
        .iter()
        .filter_map(|f| f.as_ref().map(|f| slice(&input, f.span)))
        .collect();
    assert_eq!(spans, ["Nikos Andreou", "Chief Financial Officer"]);

    let (_, f) = parse("signature-name-and-title.txt");
    let r = report(&f);
    assert_eq!(
        signers(r),
        [row(
            "LUMEN GOLD MINES LTD.",
            "2009-11-12",
            "Dana Whitford",
            "Finance Manager"
        )]
    );
    assert_eq!(
        val(&r.signatures[0].by).as_deref(),
        Some("/s/ Dana Whitford")
    );
}

#[test]
fn the_registrant_is_read_beside_the_keys_and_after_the_sentence() {
    let (input, f) = parse("signature-registrant-beside-keys.htm");
    let r = report(&f);
    assert_eq!(
        signers(r),
        [
            row(
                "HALCYON TANKERS HOLDINGS INC.",
                "2010-02-05",
                "E. Petros Makris",
                "President"
            ),
            row(
                "Halcyon Bunkering Ltd.",
                "2010-02-05",
                "Irini Vlachou",
                "Chief Executive Officer"
            ),
            row(
                "Halcyon Shipping Finance Ltd.",
                "2010-02-05",
                "Nikos Andreou",
                "Chief Financial Officer"
            ),
            row(
                "HALCYON SHIP MANAGEMENT S.A.",
                "2010-02-05",
                "Sofia Rallis",
                "Treasurer"
            ),
        ]
    );
    let reg = r.signatures[0].registrant.as_ref().map(|f| f.span);
    assert_eq!(
        reg.map(|s| slice(&input, s)).as_deref(),
        Some("HALCYON TANKERS HOLDINGS INC.")
    );

    let (input, f) = parse("signature-registrant-beside-keys.txt");
    let r = report(&f);
    assert_eq!(
        signers(r),
        [
            row(
                "Lumen Gold Mines Ltd.",
                "2010-02-05",
                "Dana Whitford",
                "President"
            ),
            row(
                "LUMEN EXPLORATION INC.",
                "2010-02-05",
                "Dana Whitford",
                "President"
            ),
            row(
                "Lumen Royalties Corp.",
                "2010-02-05",
                "Dana Whitford",
                "President"
            ),
        ]
    );
    let reg = r.signatures[1].registrant.as_ref().map(|f| f.span);
    assert_eq!(
        reg.map(|s| slice(&input, s)).as_deref(),
        Some("LUMEN EXPLORATION INC.")
    );
}

#[test]
fn a_furnished_release_after_the_sentence_signs_nothing() {
    // The 6-K's own signature is an image; the release's contact block and its "/s/"
    // line are not the registrant's signers.
    for name in ["signature-release-after.htm", "signature-release-after.txt"] {
        let (_, f) = parse(name);
        let r = report(&f);
        assert_eq!(signers(r), Vec::<[String; 4]>::new(), "{name}");
        assert_eq!(r.registrants.len(), 1, "{name}");
    }
}

#[test]
fn a_blank_left_unfilled_is_not_the_registrant() {
    let (_, f) = parse("signature-placeholder.htm");
    let r = report(&f);
    assert_eq!(
        signers(r),
        [
            row(
                "",
                "2009-04-01",
                "Hana Morita",
                "Director and Managing Executive Officer"
            ),
            row("", "2009-04-01", "Jun Sato", "Corporate Officer"),
        ]
    );
}

/// A real submission of the corpus, or `None` (with one line said) when it is absent.
fn real(path: &str) -> Option<Filing> {
    match std::fs::read(format!("{CORPUS}{path}")) {
        Ok(bytes) => Some(form6k::parse(&bytes)),
        Err(_) => {
            println!("skipped: {CORPUS}{path} is absent (the corpus lives beside the repository)");
            None
        }
    }
}

#[test]
fn real_signature_layouts_of_the_corpus() {
    let cases = [
        // A title cell wrapped onto the next table row.
        (
            "sixk-new-issuers/0000947871-09-000037.txt",
            row(
                "Advantest Corporation",
                "2009-01-28",
                "Yuichi Kurita",
                "Director and Managing Executive Officer",
            ),
        ),
        // `Name: Title:` in one cell, the name and title stacked in the next.
        (
            "sixk-submissions/0000919574-09-004032.txt",
            row(
                "AEGEAN MARINE PETROLEUM NETWORK INC.",
                "2009-02-26",
                "E. Nikolas Tavlarios",
                "President",
            ),
        ),
        // The registrant, "(registrant)" and `By:` in the cell beside the date.
        (
            "sixk-submissions/0000919574-10-000588.txt",
            row(
                "AEGEAN MARINE PETROLEUM NETWORK INC.",
                "2010-02-05",
                "E. Nikolas Tavlarios",
                "President",
            ),
        ),
        // `Name Title | : : | Christopher Boddington<br>Chief Financial Officer`.
        (
            "sixk-submissions/0000950123-10-065349.txt",
            row(
                "Agria Corporation",
                "2010-07-14",
                "Christopher Boddington",
                "Chief Financial Officer",
            ),
        ),
        // `Date:June 16, 2009` run together under the registrant's line.
        (
            "sixk-submissions/0001325310-09-000034.txt",
            row(
                "ALDA Pharmaceuticals Corp.",
                "2009-06-16",
                "Terrance G. Owen, Ph.D., M.B.A.",
                "President & CEO",
            ),
        ),
    ];
    for (path, want) in cases {
        let Some(f) = real(path) else { return };
        assert_eq!(signers(report(&f)), [want], "{path}");
    }
    // The second signer's `Name Stefan Basler` (no colon) and then his `Title:`.
    let Some(f) = real("sixk-submissions/0001167379-09-000008.txt") else {
        return;
    };
    let got = signers(report(&f));
    assert_eq!(
        got.get(1),
        Some(&row(
            "Alcon, Inc.",
            "2009-02-12",
            "Stefan Basler",
            "Attorney-in-Fact"
        )),
        "{got:?}"
    );
}

/// One signature set out in eleven ways a cover may set it (labels in cells of their
/// own, a name and title on one line, a wrapped title, no labels under "(Registrant)",
/// a blank "By:" line, the date first, a `<br>` block, the title in brackets after the
/// name, the title after the name on the "By:" line, a `<pre>` block), and two signers
/// side by side: each gives the same registrant, date, name and title.
#[test]
fn each_signature_layout_gives_the_signer() {
    let head = "<html><body><p align=center>FORM 6-K</p>\
        <p align=center>REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934</p>\
        <p align=center>For the month of October 2011</p>\
        <p align=center><b>NORTHWIND TRADING N.V.</b><br>(Translation of registrant's name into English)</p>\
        <p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F. Form 20-F X Form 40-F ___</p>\
        <p align=center><b>SIGNATURES</b></p>\
        <p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>";
    let cases = [
        "<table><tr><td></td><td>NORTHWIND TRADING N.V.</td></tr><tr><td>Date: October 4, 2011</td><td>By: /s/ Ingrid Dahl</td></tr><tr><td></td><td>Name: Ingrid Dahl</td></tr><tr><td></td><td>Title: Chief Financial Officer</td></tr></table>",
        "<table><tr><td colspan=3>NORTHWIND TRADING N.V.</td></tr><tr><td>By:</td><td>/s/ Ingrid Dahl</td></tr><tr><td>Name:</td><td>Ingrid Dahl</td></tr><tr><td>Title:</td><td>Chief Financial Officer</td></tr></table><p>Date: October 4, 2011</p>",
        "<p>NORTHWIND TRADING N.V.</p><p>By: /s/ Ingrid Dahl</p><p>Ingrid Dahl, Chief Financial Officer</p><p>Date: October 4, 2011</p>",
        "<p>NORTHWIND TRADING N.V.</p><p>(Registrant)</p><p>/s/ Ingrid Dahl</p><p>Ingrid Dahl</p><p>Chief Financial Officer</p><p>Date: October 4, 2011</p>",
        "<p>NORTHWIND TRADING N.V.</p><p>By: ____________________</p><p>Name: Ingrid Dahl</p><p>Title: Chief Financial Officer</p><p>Dated: 4 October 2011</p>",
        "<p>Date: October 4, 2011</p><p>NORTHWIND TRADING N.V.</p><p>By: <u>/s/ Ingrid Dahl</u></p><p>Ingrid Dahl</p><p>Chief Financial Officer</p>",
        "<p>NORTHWIND TRADING N.V.<br><br>By: /s/ Ingrid Dahl<br>Name: Ingrid Dahl<br>Title: Chief Financial Officer<br><br>Date: October 4, 2011</p>",
        "<p>NORTHWIND TRADING N.V.</p><p>By: /s/ Ingrid Dahl</p><p>Ingrid Dahl (Chief Financial Officer)</p><p>Date: October 4, 2011</p>",
        "<p>NORTHWIND TRADING N.V.</p><p>By: /s/ Ingrid Dahl, Chief Financial Officer</p><p>Date: October 4, 2011</p>",
        "<pre>\n                                     NORTHWIND TRADING N.V.\n\n\nDate: October 4, 2011               By: /s/ Ingrid Dahl\n                                         ------------------------\n                                     Name:  Ingrid Dahl\n                                     Title: Chief Financial Officer\n</pre>",
        "<table><tr><td>NORTHWIND TRADING N.V.</td></tr><tr><td>By: /s/ Ingrid Dahl<br>Name: Ingrid Dahl<br>Title: Chief Financial Officer</td><td>By: /s/ Lars Berg<br>Name: Lars Berg<br>Title: General Counsel</td></tr></table><p>Date: October 4, 2011</p>",
    ];
    let dahl = row(
        "NORTHWIND TRADING N.V.",
        "2011-10-04",
        "Ingrid Dahl",
        "Chief Financial Officer",
    );
    for (k, block) in cases.iter().enumerate() {
        let input = format!("{head}{block}</body></html>\n");
        let filing = form6k::parse(input.as_bytes());
        let got = signers(filing.report.as_ref().expect("a report"));
        assert_eq!(got.first(), Some(&dahl), "layout {k}: {block}");
        if k == cases.len() - 1 {
            let berg = row(
                "NORTHWIND TRADING N.V.",
                "2011-10-04",
                "Lars Berg",
                "General Counsel",
            );
            assert_eq!(got.get(1), Some(&berg), "two signers");
        }
    }
}
