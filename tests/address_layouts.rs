//! How a cover may set its registrant's address (`docs/reader.md`, "Address layouts"):
//! under the name with its caption below it, with the caption above it (ending in a
//! colon, or in brackets with no value above), with the caption and the address on one
//! line or in one table row, with no caption at all (centred or flush left), with the
//! caption's brackets over two lines, and with telephone lines under it. Each layout is a
//! small made-up cover around the same name and address; every one must give both.

const HEAD: &str = "<html><body>\
<p align=center>FORM 6-K</p>\
<p align=center>SECURITIES AND EXCHANGE COMMISSION<br>Washington, D.C. 20549</p>\
<p align=center>Report of Foreign Private Issuer<br>Pursuant to Rule 13a-16 or 15d-16 of<br>the Securities Exchange Act of 1934</p>\
<p align=center>For the month of October 2011</p>\
<p align=center>Commission File Number: 001-31099</p>\n";

const TAIL: &str = "<p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F.</p>\
<p>Form 20-F <u>&nbsp;X&nbsp;</u> Form 40-F ______</p>\
<p align=center><b>SIGNATURES</b></p>\
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>\
<table><tr><td>Date: October 4, 2011</td><td>By: /s/ Ingrid Dahl<br>Name: Ingrid Dahl<br>Title: Chief Financial Officer</td></tr></table>\
</body></html>\n";

const NAME: &str = "<p align=center><b>NORTHWIND TRADING N.V.</b><br>(Translation of registrant's name into English)</p>";
const LINES: &str = "Havenstraat 50<br>2591 TV The Hague<br>The Netherlands";
const ADDRESS: &str = "Havenstraat 50, 2591 TV The Hague, The Netherlands";

fn read(cover: &str) -> (Vec<String>, Vec<String>) {
    let input = format!("{HEAD}{cover}{TAIL}");
    let filing = form6k::parse(input.as_bytes());
    let report = filing.report.expect("a report");
    let names = report.registrants.iter().map(|r| r.name.value.clone());
    let addresses = report.addresses.iter().map(|a| {
        // Every address points at its own words in the input.
        let printed = &input[a.span.start..a.span.end];
        assert!(printed.starts_with("Havenstraat") || printed.starts_with("Northwind House"));
        a.value.clone()
    });
    (names.collect(), addresses.collect())
}

#[test]
fn each_address_layout_gives_the_name_and_the_address() {
    let cases = [
        ("caption below", format!("{NAME}<p align=center>{LINES}<br>(Address of principal executive offices)</p>")),
        ("caption above, colon", format!("{NAME}<p>Address of principal executive offices:</p><p>{LINES}</p>")),
        ("caption above, brackets", format!("{NAME}<p align=center>(Address of principal executive offices)</p><p align=center>{LINES}</p>")),
        ("caption and value on one line", format!("{NAME}<p>Address of principal executive offices: {ADDRESS}</p>")),
        ("caption and value in one table row", format!("<table><tr><td>Name of registrant:</td><td>NORTHWIND TRADING N.V.</td></tr><tr><td>Address of principal executive offices:</td><td>{ADDRESS}</td></tr></table>")),
        ("no caption, centred", format!("<p align=center><b>NORTHWIND TRADING N.V.</b></p><p align=center>{LINES}</p>")),
        ("no caption, flush left", "<p><b>NORTHWIND TRADING N.V.</b></p><p>Havenstraat 50</p><p>2591 TV The Hague</p><p>The Netherlands</p>".to_string()),
        ("no caption, one block", format!("<p>NORTHWIND TRADING N.V.<br>{LINES}</p>")),
        ("no caption, flush left under a centred name caption", format!("{NAME}<p>{LINES}</p>")),
        ("caption's brackets over two lines", format!("{NAME}<p align=center>{LINES}<br>(Address of<br>principal executive offices)</p>")),
    ];
    for (layout, cover) in &cases {
        assert_eq!(
            read(cover),
            (
                vec!["NORTHWIND TRADING N.V.".to_string()],
                vec![ADDRESS.to_string()]
            ),
            "{layout}"
        );
    }
    // Telephone lines between the address and its caption are not part of it, and do not
    // count against the lines an address may have.
    let phones = format!("{NAME}<p align=center>Northwind House<br>{LINES}<br>P.O. Box 85<br>Tel: +31 70 344 3210<br>Fax: +31 70 344 3211<br>(Address of principal executive offices)</p>");
    assert_eq!(
        read(&phones).1,
        vec![format!("Northwind House, {ADDRESS}, P.O. Box 85")]
    );
}
