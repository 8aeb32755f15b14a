//! The envelope layer against the real corpus: document splits, header values in
//! both styles, uudecoding, truncation, encodings. Expected values come from the
//! fixtures in `tests/fixtures/envelope/` (made without form6k; see its README) or
//! were read off the files by hand.

mod common;

use form6k::envelope::{parse_envelope, HeaderStyle};
use form6k::{Diagnostic, DocumentFormat, Field, Filing, InputKind, Options, Severity, Span};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/envelope/");

fn corpus(rel: &str) -> Vec<u8> {
    std::fs::read(format!("{CORPUS}{rel}")).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

fn submission(prefix: &str) -> (String, Vec<u8>) {
    let dir = format!("{CORPUS}submissions/");
    let name = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .find(|n| n.starts_with(prefix))
        .unwrap_or_else(|| panic!("no submission {prefix}"));
    let bytes = corpus(&format!("submissions/{name}"));
    (name, bytes)
}

fn parse(bytes: &[u8]) -> Filing {
    form6k::parse_with(
        bytes,
        &Options {
            blocks: false,
            ..Default::default()
        },
    )
}

fn v(f: &Option<Field<String>>) -> &str {
    f.as_ref().map_or("", |f| f.value.as_str())
}

fn errors(d: &[Diagnostic]) -> Vec<&Diagnostic> {
    d.iter().filter(|d| d.severity == Severity::Error).collect()
}

fn codes(d: &[Diagnostic]) -> Vec<&str> {
    d.iter().map(|d| d.code).collect()
}

/// Rows of a TSV fixture, header line skipped.
fn tsv(name: &str) -> Vec<Vec<String>> {
    std::fs::read_to_string(format!("{FIXTURES}{name}"))
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect()
}

#[test]
fn every_submission_splits_into_the_documents_listed() {
    if !common::corpus_present("envelope::every_submission_splits_into_the_documents_listed") {
        return;
    }
    let mut expected: BTreeMap<String, Vec<[String; 3]>> = BTreeMap::new();
    for row in tsv("documents.tsv") {
        let list = expected.entry(row[0].clone()).or_default();
        if row[2] != "-" {
            list.push([row[3].clone(), row[4].clone(), row[5].clone()]);
        }
    }
    assert_eq!(expected.len(), 23, "every corpus submission is listed");
    for (file, docs) in &expected {
        let bytes = corpus(&format!("submissions/{file}"));
        let f = parse(&bytes);
        assert_eq!(f.kind, InputKind::Submission, "{file}");
        let got: Vec<[String; 3]> = f
            .documents
            .iter()
            .map(|d| [v(&d.doc_type), v(&d.sequence), v(&d.filename)].map(str::to_string))
            .collect();
        assert_eq!(&got, docs, "{file}");
        let text = std::str::from_utf8(&bytes).unwrap();
        for d in &f.documents {
            assert!(d.span.slice(text).starts_with("<DOCUMENT>"), "{file}");
            assert!(d.span.slice(text).ends_with("</DOCUMENT>"), "{file}");
            for fld in [&d.doc_type, &d.sequence, &d.filename, &d.description]
                .into_iter()
                .flatten()
            {
                assert_eq!(fld.span.slice(text), fld.value, "{file}");
            }
            let after = text.get(d.body_span.end..).unwrap_or("");
            assert!(
                after.starts_with("</TEXT>")
                    || after.starts_with("</XBRL>")
                    || after.starts_with("</XML>")
                    || after.starts_with("</PDF>"),
                "{file}: body ends before a closing tag"
            );
        }
        // Whole files: nothing is cut, so no errors (count mismatches are warnings).
        assert!(
            errors(&f.diagnostics).is_empty(),
            "{file}: {:?}",
            f.diagnostics
        );
    }
}

#[test]
fn multi_filer_label_header() {
    if !common::corpus_present("envelope::multi_filer_label_header") {
        return;
    }
    let (_, bytes) = submission("alabama-power");
    let f = parse(&bytes);
    assert!(f.wrapper.privacy_enhanced);
    assert_eq!(f.wrapper.root.as_ref().unwrap().value, "SEC-DOCUMENT");
    assert_eq!(
        v(&f.wrapper.root_value),
        "0000092122-05-000042.txt : 20050125"
    );
    assert_eq!(f.wrapper.header_style, Some(HeaderStyle::Label));
    let h = f.header.unwrap();
    assert_eq!(v(&h.accession_number), "0000092122-05-000042");
    assert_eq!(v(&h.submission_type), "8-K");
    assert_eq!(h.public_document_count.as_ref().unwrap().value, 7);
    assert_eq!(v(&h.period), "2005-01-25");
    assert_eq!(v(&h.filed_as_of), "2005-01-25");
    assert_eq!(v(&h.date_of_change), "2005-01-25");
    assert_eq!(v(&h.acceptance_date_time), "2005-01-25T09:26:50");
    assert_eq!(h.items.len(), 1);
    assert_eq!(
        h.items[0].value,
        "Results of Operations and Financial Condition"
    );
    let names: Vec<&str> = h
        .parties
        .iter()
        .map(|p| v(&p.company_data.as_ref().unwrap().conformed_name))
        .collect();
    assert_eq!(
        names,
        [
            "ALABAMA POWER CO",
            "MISSISSIPPI POWER CO",
            "SAVANNAH ELECTRIC & POWER CO",
            "GEORGIA POWER CO",
            "SOUTHERN CO",
            "GULF POWER CO",
            "SOUTHERN POWER CO"
        ]
    );
    assert!(h.parties.iter().all(|p| p.role.value == "FILER"));
    let alabama = &h.parties[0];
    let cd = alabama.company_data.as_ref().unwrap();
    assert_eq!(v(&cd.cik), "0000003153");
    let sic = &cd.sic.as_ref().unwrap().value;
    assert_eq!(
        (sic.code.as_deref(), sic.name.as_deref(), sic.raw.as_str()),
        (
            Some("4911"),
            Some("ELECTRIC SERVICES"),
            "ELECTRIC SERVICES [4911]"
        )
    );
    assert_eq!(v(&cd.irs_number), "630004250");
    assert_eq!(v(&cd.state_of_incorporation), "AL");
    assert_eq!(v(&cd.fiscal_year_end), "1231");
    let fv = &alabama.filing_values[0];
    let act = &fv.act.as_ref().unwrap().value;
    assert_eq!((act.value.as_str(), act.raw.as_str()), ("34", "1934 Act"));
    assert_eq!(v(&fv.form_type), "8-K");
    assert_eq!(v(&fv.file_number), "001-03164");
    assert_eq!(v(&fv.film_number), "05545962");
    let ba = alabama.business_address.as_ref().unwrap();
    assert_eq!(
        [
            v(&ba.street1),
            v(&ba.street2),
            v(&ba.city),
            v(&ba.state),
            v(&ba.zip),
            v(&ba.phone)
        ],
        [
            "600 N 18TH ST",
            "P O BOX 2641",
            "BIRMINGHAM",
            "AL",
            "35291",
            "2052571000"
        ]
    );
    // Spans cover the value as written.
    let text = std::str::from_utf8(&bytes).unwrap();
    assert_eq!(
        h.accession_number.as_ref().unwrap().span.slice(text),
        "0000092122-05-000042"
    );
    assert_eq!(h.period.as_ref().unwrap().span.slice(text), "20050125");
    assert_eq!(
        cd.sic.as_ref().unwrap().span.slice(text),
        "ELECTRIC SERVICES [4911]"
    );
    assert!(h.span.slice(text).starts_with("<SEC-HEADER>"));
    assert!(h.span.slice(text).ends_with("</SEC-HEADER>"));
}

#[test]
fn dissemination_tag_header() {
    if !common::corpus_present("envelope::dissemination_tag_header") {
        return;
    }
    let (_, bytes) = submission("acorn-energy");
    let f = parse(&bytes);
    assert_eq!(f.wrapper.root.as_ref().unwrap().value, "SUBMISSION");
    assert_eq!(f.wrapper.header_style, Some(HeaderStyle::Tag));
    let h = f.header.unwrap();
    assert_eq!(v(&h.accession_number), "0001493152-25-001317");
    assert_eq!(v(&h.submission_type), "8-K");
    assert_eq!(v(&h.period), "2025-01-06");
    assert_eq!(v(&h.filed_as_of), "2025-01-08");
    let items: Vec<&str> = h.items.iter().map(|i| i.value.as_str()).collect();
    assert_eq!(items, ["5.02", "9.01"]);
    assert_eq!(h.parties.len(), 1);
    let p = &h.parties[0];
    assert_eq!(p.role.value, "FILER");
    let cd = p.company_data.as_ref().unwrap();
    assert_eq!(v(&cd.conformed_name), "ACORN ENERGY, INC.");
    assert_eq!(v(&cd.organization_name), "07 Trade & Services");
    let sic = &cd.sic.as_ref().unwrap().value;
    assert_eq!(
        (sic.code.as_deref(), sic.name.as_deref()),
        (Some("8711"), None)
    );
    let act = &p.filing_values[0].act.as_ref().unwrap().value;
    assert_eq!((act.value.as_str(), act.raw.as_str()), ("34", "34"));
    assert_eq!(
        v(&p.business_address.as_ref().unwrap().phone),
        "302-656-1708"
    );
    assert_eq!(
        v(&p.mail_address.as_ref().unwrap().street1),
        "1000 N WEST STREET, SUITE 1200"
    );
    let former: Vec<(&str, &str)> = p
        .former_names
        .iter()
        .map(|n| (v(&n.name), v(&n.date_changed)))
        .collect();
    assert_eq!(
        former,
        [
            ("ACORN FACTOR, INC.", "2006-09-20"),
            ("DATA SYSTEMS & SOFTWARE INC", "1993-10-19"),
            ("DEFENSE SOFTWARE & SYSTEMS INC", "1993-03-28"),
        ]
    );
    assert!(h.other.is_empty(), "{:?}", h.other);
    // 14 counted, 13 disseminated.
    assert!(codes(&f.diagnostics).contains(&"document-count-mismatch"));
    assert_eq!(f.documents[0].format, DocumentFormat::InlineXbrl);
}

#[test]
fn header_only_files_other_parties_and_raw_fields() {
    if !common::corpus_present("envelope::header_only_files_other_parties_and_raw_fields") {
        return;
    }
    let (_, bytes) = submission("caterpillar");
    let f = parse(&bytes);
    assert_eq!(f.kind, InputKind::Submission);
    assert!(f.documents.is_empty());
    assert!(f.diagnostics.is_empty(), "{:?}", f.diagnostics);
    let h = f.header.unwrap();
    assert_eq!(v(&h.acceptance_date_time), "2022-04-28T06:32:03");
    assert_eq!(h.items.len(), 3);
    assert_eq!(
        v(&h.parties[0].former_names[0].name),
        "CATERPILLAR TRACTOR CO"
    );
    assert_eq!(v(&h.parties[0].former_names[0].date_changed), "1986-06-23");

    let (_, bytes) = submission("ishares");
    let f = parse(&bytes);
    assert!(f.diagnostics.is_empty(), "{:?}", f.diagnostics);
    let h = f.header.unwrap();
    assert_eq!(v(&h.acceptance_date_time), "2024-03-13T15:00:33");
    assert_eq!(h.parties.len(), 2);
    let acts: Vec<&str> = h
        .parties
        .iter()
        .map(|p| {
            p.filing_values[0]
                .act
                .as_ref()
                .unwrap()
                .value
                .value
                .as_str()
        })
        .collect();
    assert_eq!(acts, ["40", "33"]);
    let keys: Vec<&str> = h.other.iter().map(|r| r.key.as_str()).collect();
    assert!(keys.contains(&"PRIVATE-TO-PUBLIC"));
    let series = h
        .other
        .iter()
        .find(|r| r.key.ends_with("/SERIES-ID"))
        .unwrap();
    assert_eq!(series.value, "S000085230");

    let (_, bytes) = submission("productivity-tech");
    let f = parse(&bytes);
    let h = f.header.unwrap();
    let roles: Vec<&str> = h.parties.iter().map(|p| p.role.value.as_str()).collect();
    assert_eq!(roles, ["SUBJECT COMPANY", "REPORTING OWNER"]);
    let owner = h.parties[1].company_data.as_ref().unwrap();
    assert_eq!(v(&owner.conformed_name), "FOSTER ALAN H");
    let sic = &owner.sic.as_ref().unwrap().value;
    assert_eq!(
        (sic.code.as_deref(), sic.name.as_deref(), sic.raw.as_str()),
        (None, None, "[]")
    );
    assert_eq!(owner.other[0].key, "RELATIONSHIP");
    assert_eq!(owner.other[0].value, "DIRECTOR");
    // `SEC ACT:` with no value is absent, not empty.
    assert!(h.parties[0].filing_values[0].act.is_none());

    let (_, bytes) = submission("apple_0000320193-94");
    let f = parse(&bytes);
    assert_eq!(f.wrapper.root.as_ref().unwrap().value, "IMS-DOCUMENT");
    let h = f.header.unwrap();
    let sros = h.other.iter().find(|r| r.key == "SROS").unwrap();
    assert_eq!(sros.value, "NASD");
    let text = std::str::from_utf8(&bytes).unwrap();
    assert_eq!(sros.span.slice(text), "NASD");
    assert_eq!(sros.key_span.slice(text), "SROS");

    let (_, bytes) = submission("carmax");
    let h = parse(&bytes).header.unwrap();
    let roles: Vec<&str> = h.parties.iter().map(|p| p.role.value.as_str()).collect();
    assert_eq!(roles, ["FILER", "SERIAL COMPANY"]);
}

#[test]
fn cover_excerpts_give_header_and_a_truncated_document() {
    if !common::corpus_present("envelope::cover_excerpts_give_header_and_a_truncated_document") {
        return;
    }
    for (file, acc, filename, cik) in [
        (
            "covers/pages_tsmc_0001193125-19-108474_fullsub.txt",
            "0001193125-19-108474",
            "d707428d6k.htm",
            "0001046179",
        ),
        (
            "covers/pages_america-movil_0001292814-21-004544_fullsub.txt",
            "0001292814-21-004544",
            "amx20211124_6k.htm",
            "0001129137",
        ),
    ] {
        let bytes = corpus(file);
        let f = parse(&bytes);
        let h = f.header.as_ref().unwrap();
        assert_eq!(v(&h.accession_number), acc);
        assert_eq!(v(&h.submission_type), "6-K");
        assert_eq!(v(&h.parties[0].company_data.as_ref().unwrap().cik), cik);
        assert_eq!(f.documents.len(), 1, "{file}");
        let d = &f.documents[0];
        assert_eq!((v(&d.doc_type), v(&d.filename)), ("6-K", filename));
        assert_eq!(d.body_span.end, bytes.len());
        let cut = f
            .diagnostics
            .iter()
            .find(|d| d.code == "truncated-input")
            .unwrap();
        assert_eq!(cut.span.start, d.span.start, "points at the cut document");
        assert!(cut.message.contains("</TEXT>") && cut.message.contains("</SEC-DOCUMENT>"));
    }
    let f = parse(&corpus(
        "covers/pages_america-movil_0001292814-21-004544_fullsub.txt",
    ));
    let p = &f.header.unwrap().parties[0];
    assert_eq!(p.former_names.len(), 3);
    assert_eq!(v(&p.former_names[1].name), "AMERICA  MOBILE");
}

#[test]
fn lone_document_blocks() {
    if !common::corpus_present("envelope::lone_document_blocks") {
        return;
    }
    for (file, filename) in [
        ("sixk/alcon_20230213_html6k.htm", "form6-k10feb2023.htm"),
        ("sixk/royal-philips_20230130_html6k.htm", "phg-20230130.htm"),
    ] {
        let f = parse(&corpus(file));
        assert_eq!(f.kind, InputKind::Document);
        assert!(f.header.is_none());
        assert_eq!(f.documents.len(), 1);
        let d = &f.documents[0];
        assert_eq!(
            (v(&d.doc_type), v(&d.sequence), v(&d.filename)),
            ("6-K", "1", filename)
        );
        assert_eq!(d.format, DocumentFormat::Html);
        assert!(f.diagnostics.is_empty(), "{file}: {:?}", f.diagnostics);
    }
}

#[test]
fn seed_is_a_bare_text_document() {
    let bytes = common::seed();
    let f = parse_envelope(std::str::from_utf8(&bytes).unwrap());
    assert_eq!(f.kind, InputKind::Document);
    assert_eq!(f.documents.len(), 1);
    assert_eq!(f.documents[0].format, DocumentFormat::Text);
    assert_eq!(f.documents[0].span, Span::new(0, bytes.len()));
    assert!(f.documents[0].doc_type.is_none());
    assert!(f.diagnostics.is_empty(), "{:?}", f.diagnostics);
    let f = form6k::parse(&bytes);
    assert!(errors(&f.diagnostics).is_empty(), "{:?}", f.diagnostics);
}

#[test]
fn every_uuencoded_attachment_decodes_byte_exact() {
    if !common::corpus_present("envelope::every_uuencoded_attachment_decodes_byte_exact") {
        return;
    }
    let rows = tsv("uuencode-sha256.tsv");
    assert_eq!(rows.len(), 18);
    let mut by_file: BTreeMap<&str, Vec<&Vec<String>>> = BTreeMap::new();
    for r in &rows {
        by_file.entry(r[0].as_str()).or_default().push(r);
    }
    for (file, expected) in by_file {
        let f = parse(&corpus(&format!("submissions/{file}")));
        let found: Vec<_> = f
            .documents
            .iter()
            .filter_map(|d| d.attachment.as_ref())
            .collect();
        assert_eq!(found.len(), expected.len(), "{file}");
        for (a, r) in found.iter().zip(expected) {
            assert_eq!(a.name.value, r[1], "{file}");
            assert_eq!(a.mode, r[2]);
            assert_eq!(a.size.to_string(), r[3], "{file} {}", r[1]);
            assert_eq!(a.data.len(), a.size);
            let hex: String = Sha256::digest(&a.data)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect();
            assert_eq!(hex, r[4], "{file} {}", r[1]);
            let ext = r[1].rsplit('.').next().unwrap();
            let want = match ext {
                "jpg" => "image/jpeg",
                "zip" => "application/zip",
                "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                other => panic!("unexpected extension {other}"),
            };
            assert_eq!(a.content_type, want, "{}", r[1]);
        }
        assert!(
            !codes(&f.diagnostics)
                .iter()
                .any(|c| c.starts_with("uuencode")),
            "{file}"
        );
    }
}

#[test]
fn decode_attachment_works_from_a_body_span_alone() {
    if !common::corpus_present("envelope::decode_attachment_works_from_a_body_span_alone") {
        return;
    }
    let (_, bytes) = submission("oracle");
    let text = std::str::from_utf8(&bytes).unwrap();
    let f = parse_envelope(text);
    let d = f.documents.iter().find(|d| d.attachment.is_some()).unwrap();
    let mut diags = Vec::new();
    let a =
        form6k::envelope::decode_attachment(d.body_span.slice(text), d.body_span.start, &mut diags)
            .unwrap();
    assert_eq!(Some(&a), d.attachment.as_ref());
    assert!(diags.is_empty());
}

#[test]
fn windows_1252_round_trip() {
    let bytes = std::fs::read(format!("{FIXTURES}cp1252-submission.txt")).unwrap();
    let f = form6k::parse(&bytes);
    assert_eq!(f.encoding, form6k::Encoding::Windows1252);
    let h = f.header.as_ref().unwrap();
    let name = h.parties[0]
        .company_data
        .as_ref()
        .unwrap()
        .conformed_name
        .as_ref()
        .unwrap();
    assert_eq!(
        name.value,
        "Soci\u{e9}t\u{e9} d\u{2019}Exemple \u{2014} Fictive SA"
    );
    let slice = |s: Span| &bytes[s.start..s.end];
    assert_eq!(
        slice(name.span),
        b"Soci\xe9t\xe9 d\x92Exemple \x97 Fictive SA"
    );
    let addr = h.parties[0].business_address.as_ref().unwrap();
    assert_eq!(v(&addr.street1), "1 rue de l\u{2019}\u{c9}glise");
    assert_eq!(slice(addr.city.as_ref().unwrap().span), b"S\xe8te");
    let d = &f.documents[0];
    let desc = d.description.as_ref().unwrap();
    assert_eq!(desc.value, "R\u{e9}sum\u{e9} \u{2014} avril");
    assert_eq!(slice(desc.span), b"R\xe9sum\xe9 \x97 avril");
    assert!(slice(d.span).starts_with(b"<DOCUMENT>") && slice(d.span).ends_with(b"</DOCUMENT>"));
    assert!(slice(d.body_span).ends_with(b"Soci\xe9t\xe9 d\x92Exemple\n"));
    assert_eq!(v(&h.filed_as_of), "2003-04-01");
    assert!(errors(&f.diagnostics).is_empty(), "{:?}", f.diagnostics);
}

/// Cut `text` at `cut` and check that everything wholly before the cut survives.
fn check_cut(
    name: &str,
    full: &form6k::envelope::Envelope,
    text: &str,
    cut: usize,
    expect_error: bool,
) {
    let mut cut = cut.min(text.len());
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let e = parse_envelope(&text[..cut]);
    for d in e.diagnostics.iter() {
        assert!(d.span.end <= cut, "{name}@{cut}: span past the end {d:?}");
    }
    if expect_error {
        assert!(
            !errors(&e.diagnostics).is_empty(),
            "{name}@{cut}: no error for a cut file"
        );
    }
    for (i, d) in full.documents.iter().enumerate() {
        if d.span.end <= cut {
            let got = e
                .documents
                .get(i)
                .unwrap_or_else(|| panic!("{name}@{cut}: document {i} lost"));
            assert_eq!(
                (&got.doc_type, &got.sequence, &got.filename),
                (&d.doc_type, &d.sequence, &d.filename)
            );
            assert_eq!(got.span, d.span, "{name}@{cut}");
            assert_eq!(got.attachment, d.attachment, "{name}@{cut}");
        }
    }
    if let Some(h) = &full.header {
        let g = e.header.as_ref();
        let keep = |f: &Option<Field<String>>, got: Option<&Option<Field<String>>>| {
            if f.as_ref().is_some_and(|f| f.span.end < cut) {
                assert_eq!(got, Some(f), "{name}@{cut}");
            }
        };
        keep(&h.accession_number, g.map(|g| &g.accession_number));
        keep(&h.submission_type, g.map(|g| &g.submission_type));
        keep(&h.filed_as_of, g.map(|g| &g.filed_as_of));
        for (i, p) in h.parties.iter().enumerate() {
            let gp = g.and_then(|g| g.parties.get(i));
            let name = p
                .company_data
                .as_ref()
                .and_then(|c| c.conformed_name.clone());
            keep(
                &name,
                gp.and_then(|p| p.company_data.as_ref())
                    .map(|c| &c.conformed_name),
            );
        }
    }
}

#[test]
fn truncated_copies_keep_what_came_before_the_cut() {
    if !common::corpus_present("envelope::truncated_copies_keep_what_came_before_the_cut") {
        return;
    }
    // (file prefix, bytes to cut through, whether every cut must give an error)
    for (prefix, upto, expect_error) in [
        ("alabama-power", usize::MAX, true),
        ("productivity-tech", usize::MAX, true),
        ("caterpillar", usize::MAX, true),
        ("expertelligence", usize::MAX, true),
        ("acorn-energy", 12_000, true),
        ("ishares", usize::MAX, false), // a header alone has no closing tag to miss
    ] {
        let (name, bytes) = submission(prefix);
        let text = std::str::from_utf8(&bytes).unwrap();
        let full = parse_envelope(text);
        let mut cut = 97;
        while cut < text.len().min(upto) {
            check_cut(&name, &full, text, cut, expect_error);
            cut += 97;
        }
    }
}

#[test]
fn truncated_inside_a_uuencoded_attachment() {
    if !common::corpus_present("envelope::truncated_inside_a_uuencoded_attachment") {
        return;
    }
    let (name, bytes) = submission("barclays-bank");
    let text = std::str::from_utf8(&bytes).unwrap();
    let full = parse_envelope(text);
    let begin = text.find("\nbegin 644 image_004.jpg").unwrap() + 1;
    // Every 97 bytes across the first attachments, and mid-line in the third data line.
    let mut cut = begin - 300;
    while cut < begin + 6_000 {
        check_cut(&name, &full, text, cut, true);
        cut += 97;
    }
    let third = text[begin..].match_indices('\n').nth(2).unwrap().0 + begin + 20;
    let e = parse_envelope(&text[..third]);
    let c = codes(&e.diagnostics);
    assert!(
        c.contains(&"truncated-input") && c.contains(&"uuencode-missing-end"),
        "{c:?}"
    );
    let a = e.documents.last().unwrap().attachment.as_ref().unwrap();
    assert_eq!(a.name.value, "image_004.jpg");
    assert_eq!(a.data[..3], [0xFF, 0xD8, 0xFF]);
    // Cut inside a header tag and inside a `<DOCUMENT>` tag.
    let (_, bytes) = submission("acorn-energy");
    let text = std::str::from_utf8(&bytes).unwrap();
    let at = text.find("<CONFORMED-NAME>").unwrap() + 5;
    let e = parse_envelope(&text[..at]);
    assert_eq!(
        v(&e.header.as_ref().unwrap().accession_number),
        "0001493152-25-001317"
    );
    assert!(codes(&e.diagnostics).contains(&"truncated-input"));
    // In `.nc` files the header runs to the first `<DOCUMENT>`: a cut tag is a bad header line.
    let at = text.find("<DOCUMENT>").unwrap() + 4;
    let e = parse_envelope(&text[..at]);
    assert!(e.documents.is_empty());
    let c = codes(&e.diagnostics);
    assert!(
        c.contains(&"malformed-header-line") && c.contains(&"truncated-input"),
        "{c:?}"
    );
    assert_eq!(e.header.as_ref().unwrap().parties.len(), 1);
}

#[test]
fn broken_structure_is_reported_where_it_starts() {
    let text = "<SEC-DOCUMENT>x.txt : 20200101\n<SEC-HEADER>x.hdr.sgml\nACCESSION NUMBER:\t0000000000-20-000001\nPUBLIC DOCUMENT COUNT:\t3\nthis line is not a header line\nCONFORMED PERIOD OF REPORT:\t2020-01-01\n</SEC-HEADER>\nstray text\n<DOCUMENT>\n<TYPE>6-K\n<TEXT>\nno closing text tag\n<DOCUMENT>\n<TYPE>EX-99\n<TEXT>\nbegin 644 a.bin\n#0V%T\nbad line here\nend\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
    let e = parse_envelope(text);
    assert_eq!(e.documents.len(), 2);
    let at = |code: &str| {
        let d = e
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{code}: {:?}", e.diagnostics));
        d.span.slice(text).to_string()
    };
    assert_eq!(
        at("malformed-header-line"),
        "this line is not a header line"
    );
    assert_eq!(at("malformed-header-value"), "2020-01-01");
    assert_eq!(at("text-outside-document"), "stray text");
    assert_eq!(at("missing-closing-tag"), "<DOCUMENT>");
    assert_eq!(at("uuencode-bad-line"), "bad line here");
    assert_eq!(at("document-count-mismatch"), "3");
    let h = e.header.as_ref().unwrap();
    assert!(h.period.is_none());
    assert!(
        h.other.iter().any(|r| r.value == "2020-01-01"),
        "kept as written"
    );
    assert_eq!(e.documents[1].attachment.as_ref().unwrap().data, b"Cat");
    assert!(e.documents[0]
        .body_span
        .slice(text)
        .starts_with("no closing text tag"));
}

#[test]
fn document_format_serializes_as_a_plain_string() {
    let j = |f: DocumentFormat| serde_json::to_value(f).unwrap();
    assert_eq!(j(DocumentFormat::InlineXbrl), "inlineXbrl");
    assert_eq!(j(DocumentFormat::Uuencoded), "uuencoded");
    assert_eq!(j(DocumentFormat::Other("css".into())), "css");
}

#[test]
fn odd_inputs_never_panic() {
    let odd = [
        "",
        "\r\r\r",
        "<",
        "</",
        "<DOCUMENT>",
        "<DOCUMENT>\n<TEXT>",
        "<DOCUMENT>\n<TEXT>\n<PDF>\nbegin 644 x.pdf\n",
        "<TEXT>\n</TEXT>\n</DOCUMENT>",
        "<SEC-HEADER>",
        "<SEC-DOCUMENT>\n<SEC-HEADER>\n</SEC-HEADER>\n",
        "<SUBMISSION>\n<FILER>\n<COMPANY-DATA>\n<FILER>\n</COMPANY-DATA></FILER></FILER>",
        "-----BEGIN PRIVACY-ENHANCED MESSAGE-----",
        "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n\n-----END PRIVACY-ENHANCED MESSAGE-----",
        "ACCESSION NUMBER:\nFILER:\n\tCOMPANY DATA:\n\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\t[\n",
        "<SEC-HEADER>\nCOMPANY DATA:\n\tCITY:\tX\n<X>\n</Y>\n</X>\n</SEC-HEADER>",
        "<DOCUMENT>\n<TEXT>\nbegin 644 a\n\u{e9}\u{e9}\u{e9}\n!\nend\n</TEXT>\n</DOCUMENT>\n",
    ];
    for s in odd {
        let e = parse_envelope(s);
        for d in &e.diagnostics {
            assert!(
                d.span.start <= d.span.end && d.span.end <= s.len(),
                "{s:?}: {d:?}"
            );
        }
        for d in &e.documents {
            assert!(d.body_span.end <= s.len() && d.span.end <= s.len(), "{s:?}");
        }
        form6k::parse(s.as_bytes());
    }
}

#[test]
fn many_unclosed_documents_stay_linear() {
    // Every `</TEXT>` missing but the last: a quadratic search would rescan to the end each time.
    let mut s = String::from("<SEC-DOCUMENT>\n");
    for i in 0..20_000 {
        s.push_str(&format!("<DOCUMENT>\n<TYPE>EX-{i}\n<TEXT>\nbody\n"));
    }
    s.push_str("</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n");
    let t = std::time::Instant::now();
    let e = parse_envelope(&s);
    assert_eq!(e.documents.len(), 20_000);
    assert_eq!(
        e.diagnostics
            .iter()
            .filter(|d| d.code == "missing-closing-tag")
            .count(),
        19_999
    );
    assert!(t.elapsed().as_secs() < 5, "{:?}", t.elapsed());
}
