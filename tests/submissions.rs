//! Real 6-K submissions committed in `tests/fixtures/submissions/` (see the README
//! there for what each shows): these tests run in any clone, with or without
//! `../shared`. PEM dash-stuffing (RFC 934) undone in body text and in uuencoded
//! data, with spans on the input bytes; the same bytes without the armour left
//! alone; a paper filing, several 6-K documents, a 6-K with no cover.

mod common;

use common::{assert_lossless, assert_spans_in_bounds, check_attachment, submission, SUBMISSIONS};
use form6k::{Block, DocumentFormat, Filing, InputKind};

fn parse(name: &str) -> (Vec<u8>, Filing) {
    let bytes = submission(name);
    let f = form6k::parse(&bytes);
    assert_spans_in_bounds(name, &bytes, &f);
    assert_lossless(name, &bytes, &f);
    (bytes, f)
}

/// Every text block and table cell: (text, span start, span end).
fn texts(f: &Filing) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    for page in f
        .documents
        .iter()
        .filter_map(|d| d.body.as_ref())
        .flat_map(|b| &b.pages)
    {
        for block in &page.blocks {
            match block {
                Block::Text(t) => out.push((t.text.clone(), t.span.start, t.span.end)),
                Block::Table(t) => {
                    for c in t.rows.iter().flat_map(|r| &r.cells) {
                        out.push((c.text.clone(), c.span.start, c.span.end));
                    }
                }
            }
        }
    }
    out
}

/// (name, first two bytes, last two bytes) of each attachment.
fn attachments(f: &Filing) -> Vec<(String, Vec<u8>, Vec<u8>)> {
    f.documents
        .iter()
        .filter_map(|d| d.attachment.as_ref())
        .map(|a| {
            let d = &a.data;
            (
                a.name.value.clone(),
                d[..2].to_vec(),
                d[d.len() - 2..].to_vec(),
            )
        })
        .collect()
}

/// The same bytes without the PEM begin block and end line.
fn without_armour(bytes: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(bytes).expect("ASCII fixture");
    let start = text.find("\n\n").expect("armour headers end") + 2;
    let end = text
        .rfind("-----END PRIVACY-ENHANCED MESSAGE-----")
        .expect("end line");
    text.as_bytes()[start..end].to_vec()
}

#[test]
fn dash_stuffed_table_rules_read_as_rules_with_spans_after_the_stuffing() {
    let name = "0000950127-09-000085.txt";
    let (bytes, f) = parse(name);
    // Input offsets just after each `- ` that starts a line.
    let after_stuffing: Vec<usize> = (1..bytes.len())
        .filter(|&i| bytes[i - 1] == b'\n' && bytes[i..].starts_with(b"- "))
        .map(|i| i + 2)
        .collect();
    assert_eq!(after_stuffing.len(), 4);
    let all = texts(&f);
    // Three are rule rows of a table ruled with dashes and `|`, read as rules (not
    // cells); the fourth rules one column and is a cell whose span starts right
    // after the stuffing and slices to its text.
    let at_stuffing: Vec<_> = all
        .iter()
        .filter(|(_, s, _)| after_stuffing.contains(s))
        .collect();
    assert_eq!(at_stuffing.len(), 1, "{at_stuffing:?}");
    let (text, start, end) = at_stuffing[0];
    assert_eq!(text, &"-".repeat(26));
    assert_eq!(
        std::str::from_utf8(&bytes[*start..*end]).ok(),
        Some(text.as_str())
    );
    assert!(!all.iter().any(|(t, _, _)| t.starts_with("- -")));
    // Without the armour nothing is unstuffed: the same lines read `- ----`.
    let bare = form6k::parse(&without_armour(&bytes));
    let stuffed = texts(&bare)
        .into_iter()
        .filter(|(t, _, _)| t.starts_with("- -"))
        .count();
    assert_eq!(stuffed, 1);
}

#[test]
fn dash_stuffed_uuencoded_lines_decode_to_whole_files() {
    let (bytes, f) = parse("0001130319-09-000182.txt");
    // The last data line of the first JPEG starts with `-` (13 bytes) and was stuffed.
    assert!(bytes
        .windows(24)
        .any(|w| w == b"\n- -NVUC>UZ%MEA;_,__V3\\_"));
    let jpeg = (vec![0xFF, 0xD8], vec![0xFF, 0xD9]);
    assert_eq!(
        attachments(&f),
        vec![
            ("o54604o5460400.jpg".into(), jpeg.0.clone(), jpeg.1.clone()),
            ("o54604o5460401.jpg".into(), jpeg.0.clone(), jpeg.1.clone()),
        ]
    );
    // Read without the armour, the stuffed line is data and the JPEG ends wrong.
    let bare = form6k::parse(&without_armour(&bytes));
    let first = bare.documents[1].attachment.as_ref().expect("attachment");
    assert_ne!(first.data[first.data.len() - 2..], [0xFF, 0xD9]);
}

#[test]
fn dash_stuffed_pdf_ends_with_eof_and_gif_with_its_trailer() {
    let (_, f) = parse("0001167379-10-000144.txt");
    let checked: Vec<_> = f
        .documents
        .iter()
        .filter_map(|d| d.attachment.as_ref())
        .map(|a| {
            (
                a.name.value.as_str(),
                check_attachment(&a.name.value, &a.data),
            )
        })
        .collect();
    assert_eq!(
        checked,
        vec![
            ("acl6k0826novartis.pdf", Ok(Some("pdf"))),
            ("acl6k0826novartisex991.pdf", Ok(Some("pdf"))),
            ("acl6k0826novartisex9910.jpg", Ok(Some("jpeg"))),
        ]
    );
    let (_, f) = parse("0001130319-09-000293.txt");
    let a = f.documents[1].attachment.as_ref().expect("gif");
    assert_eq!(check_attachment(&a.name.value, &a.data), Ok(Some("gif")));
    assert!(a.data.starts_with(b"GIF8"));
}

#[test]
fn several_six_k_documents_in_one_submission() {
    let (_, f) = parse("0001167379-10-000144.txt");
    let types: Vec<(&str, &DocumentFormat)> = f
        .documents
        .iter()
        .map(|d| {
            (
                d.doc_type.as_ref().map_or("", |t| t.value.as_str()),
                &d.format,
            )
        })
        .collect();
    assert_eq!(
        types,
        vec![
            ("6-K", &DocumentFormat::Html),
            ("EX-99.1", &DocumentFormat::Html),
            ("6-K", &DocumentFormat::Pdf),
            ("EX-99.1", &DocumentFormat::Pdf),
            ("GRAPHIC", &DocumentFormat::Uuencoded),
        ]
    );
    // The cover is read from the first 6-K, the HTML one.
    let r = f.report.as_ref().expect("report");
    assert_eq!(r.document.as_deref(), Some("1"));
    assert_eq!(r.commission_file_numbers[0].value, "001-31269");
}

#[test]
fn paper_filing_is_a_submission_with_one_generated_document() {
    let (_, f) = parse("9999999997-09-008892.txt");
    assert_eq!(f.kind, InputKind::Submission);
    assert!(f.wrapper.privacy_enhanced);
    let h = f.header.as_ref().expect("header");
    let accession = h.accession_number.as_ref().map(|a| a.value.as_str());
    assert_eq!(accession, Some("9999999997-09-008892"));
    assert_eq!(f.documents.len(), 1);
    let d = &f.documents[0];
    assert_eq!(
        d.filename.as_ref().map(|n| n.value.as_str()),
        Some("9999999997-09-008892.paper")
    );
    assert_eq!(d.format, DocumentFormat::Text);
    assert!(!f.diagnostics.iter().any(|d| d.code == "not-a-filing"));
}

#[test]
fn a_six_k_without_a_cover_has_no_cover_values() {
    let (_, f) = parse("0001325310-10-000019.txt");
    let r = f.report.as_ref().expect("a 6-K, by its type");
    assert!(r.commission_file_numbers.is_empty());
    assert!(r.annual_report_form.is_none());
    assert!(r.period_of_report.is_none());
}

#[test]
fn every_fixture_is_listed_in_the_readme() {
    let readme = std::fs::read_to_string(format!("{SUBMISSIONS}README.md")).expect("README");
    let mut names: Vec<String> = std::fs::read_dir(SUBMISSIONS)
        .expect("fixtures")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 12);
    for n in &names {
        assert!(
            readme.contains(&format!("`{n}`")),
            "{n} is not in the README"
        );
        let (bytes, f) = parse(n);
        assert!(!bytes.is_empty() && f.kind == InputKind::Submission, "{n}");
    }
}
