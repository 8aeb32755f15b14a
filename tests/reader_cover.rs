//! Cover marks and addresses on layouts of issuers no rule was written from (issue
//! 21): check boxes drawn in symbol fonts or as images, Rule 12g3-2(b) however it is
//! dashed or bracketed, and an address printed with no caption. Hand-made fixtures in
//! `tests/fixtures/reader/` (see the README there), exact values and the source their
//! spans point at; the rules are stated in `docs/reader.md`.

mod common;

use common::report::{codes, parse_fixture as parse, report, slice};

use common::report::val;
use form6k::Report;

fn addresses(r: &Report) -> Vec<&str> {
    r.addresses.iter().map(|a| a.value.as_str()).collect()
}

#[test]
fn symbol_font_letters_are_read_as_their_glyphs() {
    let (input, f) = parse("symbol-font-boxes.htm");
    let r = report(&f);
    // Wingdings 2 `T` is a box with an X, `*` an empty box.
    assert_eq!(val(&r.annual_report_form).as_deref(), Some("20-F"));
    let span = r.annual_report_form.as_ref().map(|x| slice(&input, x.span));
    assert_eq!(
        span.as_deref(),
        Some(r#"20-F <font style="DISPLAY: inline;" face="Wingdings 2, serif">T"#)
    );
    // Wingdings `¨` and `o` (CSS font-family) are empty boxes: not marked.
    assert_eq!(val(&r.paper_submission_rule101b1), Some(false));
    assert_eq!(
        r.paper_submission_rule101b1
            .as_ref()
            .map(|x| slice(&input, x.span)),
        Some("&#168;".to_string())
    );
    assert_eq!(val(&r.paper_submission_rule101b7), Some(false));
    // Yes `&#xF06F;` (private-use Wingdings `o`, spaced with no-break spaces set in
    // Wingdings too), No `ý`: No is marked.
    assert_eq!(val(&r.rule12g32b), Some(false));
    assert_eq!(
        r.rule12g32b.as_ref().map(|x| slice(&input, x.span)),
        Some(r#"No <font face="Wingdings">&#253;"#.to_string())
    );
    assert_eq!(r.rule12g32b_file_number, None);
    // The Markdown and the page see the same marks and bullets.
    let text = form6k::markdown::text(&f, "1").unwrap_or_default();
    assert!(text.contains("Form 20-F ☒ Form 40-F ☐"), "{text}");
    assert!(text.contains("Rule 101(b)(1): ☐"), "{text}");
    assert!(text.contains("Yes ☐ No ☒"), "{text}");
    assert!(text.contains("• Revenues rose 4%"), "{text}");
    assert!(text.contains("➢ Net income"), "{text}");
}

#[test]
fn box_images_are_read_from_their_names_and_alt_text() {
    let (input, f) = parse("box-images.htm");
    let r = report(&f);
    assert_eq!(val(&r.annual_report_form).as_deref(), Some("40-F"));
    assert_eq!(
        r.annual_report_form.as_ref().map(|x| slice(&input, x.span)),
        Some(r#"40-F <img src="images/check.gif" width="11" height="11">"#.to_string())
    );
    assert_eq!(val(&r.paper_submission_rule101b1), Some(false));
    assert_eq!(
        r.paper_submission_rule101b1
            .as_ref()
            .map(|x| slice(&input, x.span)),
        Some(r#"<img src="g20100311_02.gif" alt="Unchecked box">"#.to_string())
    );
    // `checkbox3.gif` is a box that does not say whether it is marked.
    let unread: Vec<String> = f
        .diagnostics
        .iter()
        .filter(|d| d.code == "box-image-unread")
        .map(|d| slice(&input, d.span))
        .collect();
    assert_eq!(unread, [r#"<img src="checkbox3.gif">"#]);
    assert!(codes(&f).contains(&"question-box-missing"));
    assert_eq!(val(&r.rule12g32b), Some(false));
    assert_eq!(
        r.rule12g32b.as_ref().map(|x| slice(&input, x.span)),
        Some(r#"No <img src="box_x.gif">"#.to_string())
    );
}

#[test]
fn rule_12g3_2b_with_a_dash_entity_is_asked_and_no_is_false() {
    let (input, f) = parse("rule-12g3-dashed.htm");
    let r = report(&f);
    assert_eq!(val(&r.rule12g32b), Some(false));
    let no = r.rule12g32b.as_ref().map(|x| slice(&input, x.span));
    assert!(
        no.as_deref()
            .is_some_and(|t| t.starts_with("No&nbsp;") && t.ends_with('X')),
        "{no:?}"
    );
    // "82-" with nothing filled in is no file number.
    assert_eq!(r.rule12g32b_file_number, None);
    assert_eq!(val(&r.annual_report_form).as_deref(), Some("20-F"));
}

#[test]
fn rule_12g3_2b_with_brackets_and_a_space_is_asked() {
    let (input, f) = parse("rule-12g3-bracketed.txt");
    let r = report(&f);
    assert_eq!(val(&r.rule12g32b), Some(false));
    assert_eq!(
        r.rule12g32b.as_ref().map(|x| slice(&input, x.span)),
        Some("No    X".to_string())
    );
    assert_eq!(addresses(r), ["Bredgade 40, DK-1260 Copenhagen K, Denmark"]);
}

#[test]
fn an_address_centred_under_the_name_without_a_caption_is_read() {
    let (input, f) = parse("address-no-caption.htm");
    let r = report(&f);
    assert_eq!(r.registrants.len(), 1);
    assert_eq!(r.registrants[0].name.value, "NORDHAVN MARINE A/S");
    assert_eq!(
        addresses(r),
        ["Kalkbrænderivej 14, DK-2100 Copenhagen Ø, Denmark"]
    );
    let span = slice(&input, r.addresses[0].span);
    assert!(
        span.starts_with("Kalkbr&aelig;nderivej 14</p>") && span.ends_with(">Denmark"),
        "{span}"
    );
}

#[test]
fn an_address_indented_under_an_uncaptioned_name_is_read() {
    let (input, f) = parse("address-no-caption.txt");
    let r = report(&f);
    assert_eq!(r.registrants.len(), 1);
    assert_eq!(r.registrants[0].name.value, "PACIFIC RIM COPPER CORP.");
    assert_eq!(
        addresses(r),
        ["1050 West Pender Street, Suite 2100, Vancouver, British Columbia V6E 3S7, Canada"]
    );
    let span = slice(&input, r.addresses[0].span);
    assert!(
        span.starts_with("1050 West Pender") && span.ends_with("Canada"),
        "{span}"
    );
}
