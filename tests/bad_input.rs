//! The bad-input matrix: each case asserts the diagnostic given and that everything
//! else still parsed. Sizes are the issue's; none needed shrinking for debug builds
//! (the slowest case, the 20 MB line, takes a few seconds unoptimized).

mod common;

use common::{assert_lossless, assert_spans_in_bounds, codes, has, submission};
use form6k::{parse, parse_with, DocumentFormat, Encoding, Filing, InputKind, Options};

const SEED: &[u8] = include_bytes!("fixtures/seed/hanaro-2003-04.txt");
/// A plain-text 6-K submission, PEM-wrapped, two documents (tests/fixtures/submissions).
const SUBMISSION: &str = "0000950127-09-000085.txt";
/// An HTML 6-K submission with two uuencoded JPEGs.
const UUENCODED: &str = "0001130319-09-000182.txt";

fn corpus(name: &str) -> Vec<u8> {
    submission(name)
}

/// Parse, and check the invariants every case shares.
fn check(name: &str, input: &[u8]) -> Filing {
    let f = parse(input);
    assert_spans_in_bounds(name, input, &f);
    assert_lossless(name, input, &f);
    f
}

fn registrant(f: &Filing) -> Option<&str> {
    let r = f.report.as_ref()?;
    r.registrants.first().map(|r| r.name.value.as_str())
}

fn seed_registrant() -> String {
    registrant(&parse(SEED))
        .expect("the seed names its registrant")
        .to_string()
}

fn utf16(bytes: &[u8], le: bool, bom: bool) -> Vec<u8> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let mut out = Vec::new();
    if bom {
        out.extend_from_slice(if le { &[0xFF, 0xFE] } else { &[0xFE, 0xFF] });
    }
    for u in text.encode_utf16() {
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len())
        .position(|w| w == needle)
        .expect("needle present")
}

#[test]
fn empty_input() {
    let f = check("empty", b"");
    assert_eq!(codes(&f), vec!["not-a-filing"]);
    assert_eq!(
        f.diagnostics[0].message,
        "input is empty: not an EDGAR filing"
    );
    assert_eq!(f.kind, InputKind::Document);
    assert_eq!(f.documents.len(), 1);
    assert_eq!(f.documents[0].format, DocumentFormat::Empty);
    assert!(f.report.is_none());
}

#[test]
fn whitespace_only() {
    let f = check("ws", b"  \r\n\t\n   \n");
    assert_eq!(codes(&f), vec!["not-a-filing"]);
    assert!(f.diagnostics[0].message.contains("white space"));
    assert_eq!(f.documents[0].format, DocumentFormat::Empty);
}

#[test]
fn text_with_nothing_edgar_like_is_not_a_filing() {
    let input = b"Dear Sam,\n\nthe minutes of Tuesday's meeting are attached.\n<p>Regards</p>\n";
    let f = check("letter", input);
    assert_eq!(codes(&f), vec!["not-a-filing"]);
    assert_eq!(
        (f.diagnostics[0].span.start, f.diagnostics[0].span.end),
        (0, input.len() - 1)
    );
    assert!(f.report.is_none());
    // Any one EDGAR-like word, in any case and however deep, makes it a document.
    let mut late = "filler line\n".repeat(20_000).into_bytes();
    late.extend_from_slice(b"Report of Foreign Private Issuer on form 6-k\n");
    assert!(!has(&parse(&late), "not-a-filing"));
    // Bare 6-K documents, plain text and HTML, are filings.
    assert!(!has(&parse(SEED), "not-a-filing"));
    assert!(!has(
        &parse(b"<html><body><p>SECURITIES AND EXCHANGE COMMISSION</p></body></html>"),
        "not-a-filing"
    ));
}

#[test]
fn binary_inputs_are_named() {
    let cases: [(&str, &[u8], &str); 3] = [
        (
            "png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f",
            "PNG",
        ),
        (
            "zip",
            b"PK\x03\x04\x14\0\0\0\x08\0\xff\xfe\0\0abc.txt\x93\x88",
            "ZIP",
        ),
        (
            "pdf",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
            "PDF",
        ),
    ];
    for (name, input, what) in cases {
        let f = check(name, input);
        assert_eq!(codes(&f), vec!["binary-input"], "{name}");
        let d = &f.diagnostics[0];
        assert!(d.message.contains(what), "{name}: {}", d.message);
        assert_eq!((d.span.start, d.span.end), (0, input.len()), "{name}");
        // Read as text anyway: one bare document.
        assert_eq!(f.documents.len(), 1);
    }
}

#[test]
fn nul_bytes_inside_text() {
    let mut input = SEED.to_vec();
    let at = input.len() - 10;
    input.splice(at..at, [0u8, 0, 0]);
    let f = check("nul", &input);
    assert_eq!(codes(&f), vec!["nul-byte"]);
    assert_eq!(
        (f.diagnostics[0].span.start, f.diagnostics[0].span.end),
        (at, at + 3)
    );
    assert_eq!(registrant(&f), Some(seed_registrant().as_str()));
}

#[test]
fn utf16_with_and_without_bom_is_decoded() {
    let expected = seed_registrant();
    for (name, le, bom, enc) in [
        ("le+bom", true, true, Encoding::Utf16Le),
        ("be+bom", false, true, Encoding::Utf16Be),
        ("le", true, false, Encoding::Utf16Le),
        ("be", false, false, Encoding::Utf16Be),
    ] {
        let input = utf16(SEED, le, bom);
        let f = check(name, &input);
        assert_eq!(f.encoding, enc, "{name}");
        let want: Vec<&str> = if bom { vec!["byte-order-mark"] } else { vec![] };
        assert_eq!(codes(&f), want, "{name}");
        assert_eq!(registrant(&f), Some(expected.as_str()), "{name}");
        // Spans are input offsets: the registrant's span slices the UTF-16 bytes.
        let r = &f.report.as_ref().expect("report").registrants[0].name;
        assert_eq!(r.span.len(), expected.encode_utf16().count() * 2, "{name}");
    }
    // A whole submission behind a UTF-16 BOM keeps its header and documents.
    let sub = corpus(SUBMISSION);
    let plain = parse(&sub);
    let f = check("submission utf-16", &utf16(&sub, true, true));
    assert_eq!(codes(&f), vec!["byte-order-mark"]);
    assert_eq!(f.kind, InputKind::Submission);
    assert!(f.header.is_some());
    assert_eq!(f.documents.len(), plain.documents.len());
}

#[test]
fn invalid_utf8_mid_file() {
    // A UTF-8 file (it has multi-byte characters) with stray bytes: read as UTF-8,
    // the stray bytes as Windows-1252, each one named.
    let mut input = "Registrant ☒ Form 20-F ☐ Form 40-F — café\n"
        .repeat(20)
        .into_bytes();
    let mid = input.len() / 2 + 1;
    input.splice(mid..mid, [0xFF, 0x92]);
    let f = check("mixed", &input);
    assert_eq!(f.encoding, Encoding::Utf8WithWindows1252);
    assert_eq!(codes(&f), vec!["invalid-utf8", "invalid-utf8"]);
    assert_eq!(f.diagnostics[0].span.start, mid);
    // An ASCII file with one high byte is Windows-1252, which the encoding says.
    let mut input = SEED.to_vec();
    input.insert(1500, 0xE9);
    let f = check("cp1252", &input);
    assert_eq!(f.encoding, Encoding::Windows1252);
    assert_eq!(codes(&f), Vec::<&str>::new());
    assert_eq!(registrant(&f), Some(seed_registrant().as_str()));
}

#[test]
fn cr_only_and_mixed_line_endings() {
    let expected = seed_registrant();
    let cr: Vec<u8> = SEED
        .iter()
        .map(|&b| if b == b'\n' { b'\r' } else { b })
        .collect();
    let f = check("cr", &cr);
    assert_eq!(codes(&f), Vec::<&str>::new());
    assert_eq!(registrant(&f), Some(expected.as_str()));
    let mut mixed = Vec::new();
    for (i, line) in SEED.split(|&b| b == b'\n').enumerate() {
        mixed.extend_from_slice(line);
        mixed.extend_from_slice([&b"\n"[..], b"\r\n", b"\r"][i % 3]);
    }
    let f = check("mixed", &mixed);
    assert_eq!(codes(&f), Vec::<&str>::new());
    assert_eq!(registrant(&f), Some(expected.as_str()));
    // A submission with CR-only lines keeps header and documents.
    let sub = corpus(SUBMISSION);
    let cr: Vec<u8> = sub
        .iter()
        .filter(|&&b| b != b'\r')
        .map(|&b| if b == b'\n' { b'\r' } else { b })
        .collect();
    let f = check("submission cr", &cr);
    assert!(f.header.is_some());
    assert_eq!(f.documents.len(), parse(&sub).documents.len());
}

#[test]
fn utf8_bom() {
    let sub = corpus(SUBMISSION);
    let plain = parse(&sub);
    let mut input = vec![0xEF, 0xBB, 0xBF];
    input.extend_from_slice(&sub);
    let f = check("bom", &input);
    assert_eq!(codes(&f), vec!["byte-order-mark"]);
    assert_eq!(f.encoding, Encoding::Utf8);
    assert_eq!(f.kind, InputKind::Submission);
    let h = f.header.as_ref().expect("header read after the BOM");
    assert_eq!(
        h.span.start,
        plain.header.as_ref().expect("header").span.start + 3
    );
    assert_eq!(f.documents.len(), plain.documents.len());
}

#[test]
fn truncated_inside_the_header() {
    let sub = corpus(SUBMISSION);
    let cut = find(&sub, b"</SEC-HEADER>") / 2;
    let f = check("header", &sub[..cut]);
    assert!(has(&f, "truncated-input"), "{:?}", codes(&f));
    let h = f.header.as_ref().expect("what was there of the header");
    assert!(h.accession_number.is_some());
    assert!(f.documents.is_empty());
}

#[test]
fn truncated_inside_a_tag() {
    let sub = corpus(SUBMISSION);
    let cut = find(&sub, b"<DOCUMENT>") + 4;
    let f = check("tag", &sub[..cut]);
    assert_eq!(
        codes(&f),
        vec![
            "document-count-mismatch",
            "truncated-input",
            "text-outside-document"
        ]
    );
    let last = f.diagnostics.last().expect("diagnostic");
    assert_eq!(&sub[last.span.start..last.span.end], b"<DOC");
    assert!(f.header.is_some());
}

#[test]
fn truncated_inside_a_uuencoded_line() {
    let sub = corpus(UUENCODED);
    let begin = find(&sub, b"\nbegin 644 o54604o5460400.jpg");
    let line = begin + 200;
    let cut = line + sub[line..].iter().position(|&b| b == b'\n').expect("line") / 2 + 1;
    let f = check("uuencode", &sub[..cut]);
    assert!(has(&f, "truncated-input"), "{:?}", codes(&f));
    assert!(has(&f, "uuencode-missing-end"), "{:?}", codes(&f));
    let doc = f.documents.last().expect("the cut document");
    let att = doc.attachment.as_ref().expect("what was decoded");
    assert!(att.size > 0);
    assert!(f.header.is_some());
}

#[test]
fn document_never_closed() {
    let input = b"<SEC-DOCUMENT>x.txt\n<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n<PAGE>\n  For the month of April 2003\n";
    let f = check("unclosed", input);
    assert_eq!(codes(&f)[0], "truncated-input");
    assert!(f.diagnostics[0]
        .message
        .contains("</TEXT>, </DOCUMENT>, </SEC-DOCUMENT>"));
    assert_eq!(f.documents.len(), 1);
    assert_eq!(
        f.documents[0].doc_type.as_ref().map(|t| t.value.as_str()),
        Some("6-K")
    );
    assert!(f.documents[0].body.is_some());
}

#[test]
fn nested_document() {
    let input = b"<SEC-DOCUMENT>x.txt\n<DOCUMENT>\n<TYPE>6-K\n<TEXT>\nouter\n<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\ninner\n</TEXT>\n</DOCUMENT>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    let f = check("nested", input);
    // A `<DOCUMENT>` line ends the document before it, which lacks its closing tags;
    // the inner one is closed by the last `</TEXT>` and `</DOCUMENT>` before the root's
    // end, so the doubled closers stay inside its body.
    assert_eq!(
        codes(&f)
            .into_iter()
            .filter(|c| *c != "registrant-not-found")
            .collect::<Vec<_>>(),
        vec!["missing-closing-tag"]
    );
    assert!(f.diagnostics[0]
        .message
        .contains("(</TEXT>, </DOCUMENT>) before the next `<DOCUMENT>`"));
    let types: Vec<_> = f
        .documents
        .iter()
        .filter_map(|d| d.doc_type.as_ref())
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(types, vec!["6-K", "EX-99"]);
    let outer = &f.documents[0].body_span;
    assert_eq!(&input[outer.start..outer.end], b"outer\n");
    let inner = &f.documents[1].body_span;
    assert_eq!(
        &input[inner.start..inner.end],
        b"inner\n</TEXT>\n</DOCUMENT>\n"
    );
}

#[test]
fn a_million_page_tags() {
    let mut input = b"<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n".to_vec();
    for _ in 0..1_000_000 {
        input.extend_from_slice(b"<PAGE>\n");
    }
    input.extend_from_slice(b"last line\n</TEXT>\n</DOCUMENT>\n");
    let f = check("pages", &input);
    assert_eq!(codes(&f), vec!["registrant-not-found"]);
    let body = f.documents[0].body.as_ref().expect("body");
    assert!(body.pages.len() >= 1_000_000, "{}", body.pages.len());
}

#[test]
fn twenty_megabyte_line() {
    let mut input = b"<PAGE>\n".to_vec();
    input.resize(20 << 20, b'a');
    let f = check("20MB", &input);
    assert_eq!(codes(&f), Vec::<&str>::new());
    let body = f.documents[0].body.as_ref().expect("body");
    let blocks: usize = body.pages.iter().map(|p| p.blocks.len()).sum();
    assert_eq!(blocks, 1);
}

#[test]
fn hundred_thousand_nested_html_elements() {
    let mut input = b"<html><body>".to_vec();
    for _ in 0..100_000 {
        input.extend_from_slice(b"<div><span>");
    }
    input.extend_from_slice(b"deep text");
    let f = check("nested html", &input);
    assert_eq!(codes(&f), vec!["not-a-filing"]);
    assert_eq!(f.documents[0].format, DocumentFormat::Html);
    let body = f.documents[0].body.as_ref().expect("body");
    let text: Vec<_> = body
        .pages
        .iter()
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            form6k::Block::Text(t) => Some(t.text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(text, vec!["deep text"]);
    let mut tables = b"<html><body>".to_vec();
    for _ in 0..100_000 {
        tables.extend_from_slice(b"<table><tr><td>");
    }
    let f = check("nested tables", &tables);
    // Tags and no words: read as HTML, and said not to be a filing.
    assert_eq!(codes(&f), vec!["not-a-filing", "unclosed-table"]);
}

#[test]
fn header_line_of_a_megabyte() {
    let name = "X".repeat(1 << 20);
    let input = format!("<SEC-HEADER>\nACCESSION NUMBER:\t0000000000-03-000001\nFILER:\n\tCOMPANY DATA:\n\t\tCOMPANY CONFORMED NAME:\t{name}\n</SEC-HEADER>\n");
    let f = check("header line", input.as_bytes());
    assert_eq!(codes(&f), Vec::<&str>::new());
    let h = f.header.as_ref().expect("header");
    let party = h.parties.first().expect("filer");
    let cd = party.company_data.as_ref().expect("company data");
    assert_eq!(
        cd.conformed_name.as_ref().map(|n| n.value.len()),
        Some(1 << 20)
    );
}

#[test]
fn over_the_input_limit_is_refused() {
    // 200 MB, over the default limit of 64 MiB: refused at once, nothing allocated.
    let input = vec![b'a'; 200 << 20];
    let f = check("200MB", &input);
    assert_eq!(codes(&f), vec!["input-too-large"]);
    assert!(f.diagnostics[0].message.contains("209715200 bytes"));
    assert!(f.documents.is_empty() && f.header.is_none());
    // The limit is an option.
    let small = Options {
        max_input: 100,
        ..Options::default()
    };
    let f = parse_with(SEED, &small);
    assert_eq!(codes(&f), vec!["input-too-large"]);
    let f = parse_with(
        SEED,
        &Options {
            max_input: SEED.len(),
            ..Options::default()
        },
    );
    assert_eq!(codes(&f), Vec::<&str>::new());
}

#[test]
fn many_lines_cap_the_report_not_the_body() {
    // The seed 6-K with 250,000 short lines after its exhibit table: the report
    // reads its first lines (cover, signature, exhibits) and says where it stopped.
    let mut input = SEED.to_vec();
    input.push(b'\n');
    for _ in 0..250_000 {
        input.extend_from_slice(b"lorem ipsum\n");
    }
    let f = check("many lines", &input);
    let d = f
        .diagnostics
        .iter()
        .find(|d| d.code == "report-lines-truncated")
        .expect("report-lines-truncated");
    assert_eq!(&input[d.span.start..d.span.start + 12], b"lorem ipsum\n");
    let r = f.report.as_ref().expect("report");
    let period = r.period_of_report.as_ref().expect("period");
    assert_eq!((period.value.year, period.value.month), (2003, 4));
    assert_eq!(r.signatures.len(), 1);
    assert_eq!(r.exhibits.len(), 1);
    // The body itself is not cut: every line is a block.
    let blocks: usize = f.documents[0]
        .body
        .as_ref()
        .map_or(0, |b| b.pages.iter().map(|p| p.blocks.len()).sum());
    assert!(blocks > 250_000, "{blocks}");
    assert!(!has(&f, "blocks-truncated"));
}

#[test]
fn many_exhibit_documents_cap_the_items_not_the_documents() {
    // The seed 6-K followed by 150 exhibit documents, each a short press release: the
    // first 100 become items (with `Bodies::All` and `Bodies::Primary` alike), the rest
    // are split and kept as documents, and `items-truncated` says where items stopped.
    let mut input =
        b"<SUBMISSION>\n<TYPE>6-K\n<DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<TEXT>\n".to_vec();
    input.extend_from_slice(SEED);
    input.extend_from_slice(b"\n</TEXT>\n</DOCUMENT>\n");
    for n in 0..150 {
        input.extend_from_slice(
            format!(
                "<DOCUMENT>\n<TYPE>EX-99.{}\n<SEQUENCE>{}\n<TEXT>\n<html><body><p><b>Northwind Trading Signs Contract Number {n}</b></p>\n<p>OSLO, Norway - June 1, 2011 - Northwind Trading Company Ltd. today announced a supply contract with a customer in Poland, its {n}th this year.</p></body></html>\n</TEXT>\n</DOCUMENT>\n",
                n + 1,
                n + 2
            )
            .as_bytes(),
        );
    }
    let f = check("many exhibit documents", &input);
    assert_eq!(f.documents.len(), 151);
    let r = f.report.as_ref().expect("report");
    assert_eq!(r.items.len(), 100);
    assert_eq!(
        r.items[99].headline.as_ref().map(|h| h.value.as_str()),
        Some("Northwind Trading Signs Contract Number 99")
    );
    let d = f
        .diagnostics
        .iter()
        .find(|d| d.code == "items-truncated")
        .expect("items-truncated");
    assert!(d.span.start >= r.items[99].span.end);
    let primary = form6k::parse_with(
        &input,
        &form6k::Options {
            bodies: form6k::Bodies::Primary,
            ..Default::default()
        },
    );
    assert_eq!(primary.report, f.report);
    assert!(has(&primary, "items-truncated"));
}
