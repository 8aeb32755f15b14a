//! `span_of` is exact where the text the parser read is not the input: in PEM-wrapped
//! files with dash-stuffed lines (RFC 934: `- ` before each line starting with `-`,
//! undone before parsing) and in inputs decoded from Windows-1252. For every ASCII
//! letter and digit of every text block, caption and cell, the input bytes at its
//! `span_of` are that character (or the entity it was written as).

mod common;

use form6k::{Block, Filing};

/// Characters checked, and the first few whose span holds other bytes.
fn check(input: &[u8], filing: &Filing) -> (usize, Vec<String>) {
    let mut checked = 0;
    let mut wrong = Vec::new();
    // Each ASCII letter or digit on its own: the input at its span is that character, or
    // the entity (`&#111;`) it was written as. (A word's span also covers the tags inside
    // it, `9<SUP>th`, so characters are what can be compared.)
    let mut word = |text: &str, span_of: &dyn Fn(usize, usize) -> form6k::Span| {
        for (i, c) in text.char_indices() {
            if !c.is_ascii_alphanumeric() {
                continue;
            }
            let s = span_of(i, i + 1);
            checked += 1;
            let got = input.get(s.start..s.end).unwrap_or(b"");
            let entity = got.len() > 2 && got.len() <= 10 && got[0] == b'&' && got.ends_with(b";");
            if got != [c as u8] && !entity && wrong.len() < 5 {
                let around = text.get(i.saturating_sub(10)..(i + 10).min(text.len()));
                wrong.push(format!(
                    "{c:?} of {around:?} at {s:?} reads {:?}",
                    String::from_utf8_lossy(got)
                ));
            }
        }
    };
    for doc in &filing.documents {
        let Some(body) = &doc.body else { continue };
        for block in body.pages.iter().flat_map(|p| &p.blocks) {
            match block {
                Block::Text(t) => word(&t.text, &|a, b| t.span_of(a, b)),
                Block::Table(t) => {
                    if let Some(c) = &t.caption {
                        word(&c.text, &|a, b| c.span_of(a, b));
                    }
                    for c in t.rows.iter().flat_map(|r| &r.cells) {
                        word(&c.text, &|a, b| c.span_of(a, b));
                    }
                }
            }
        }
    }
    (checked, wrong)
}

/// Whether the input is PEM-wrapped with at least one dash-stuffed line.
fn dash_stuffed(input: &[u8]) -> bool {
    let head = &input[..input.len().min(4096)];
    head.windows(21).any(|w| w == b"BEGIN PRIVACY-ENHANCE")
        && input.windows(3).any(|w| w == b"\n- ")
}

#[test]
fn committed_dash_stuffed_submissions_have_exact_spans() {
    let names = [
        "0000950127-09-000085.txt",
        "0001167379-10-000144.txt",
        "0001130319-09-000182.txt",
    ];
    for name in names {
        let input = common::submission(name);
        assert!(dash_stuffed(&input), "{name} is not dash-stuffed");
        let filing = form6k::parse(&input);
        let (checked, wrong) = check(&input, &filing);
        assert!(checked > 1000, "{name}: only {checked} characters");
        assert!(wrong.is_empty(), "{name}: {wrong:#?}");
    }
}

#[test]
fn windows_1252_input_has_exact_spans() {
    // Curly quotes and a euro sign are one byte each in the input, three in the text.
    let mut input = b"<html><body><p>Revenue \x93grew\x94 to \x80 12 million".to_vec();
    input.extend_from_slice(b" in \x96 2009</p><table><tr><td>Net \x80 sales</td></tr></table>");
    let filing = form6k::parse(&input);
    assert_eq!(filing.encoding, form6k::Encoding::Windows1252);
    let (checked, wrong) = check(&input, &filing);
    assert_eq!(checked, 36, "Revenue grew to 12 million in 2009, Net sales");
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn corpus_dash_stuffed_files_have_exact_spans() {
    if !common::corpus_present("corpus_dash_stuffed_files_have_exact_spans") {
        return;
    }
    let mut files = Vec::new();
    let mut stack = vec![std::path::PathBuf::from(common::CORPUS)];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut stuffed, mut words) = (0, 0);
    let mut bad = Vec::new();
    for p in files {
        let input = std::fs::read(&p).unwrap();
        if !dash_stuffed(&input) {
            continue;
        }
        stuffed += 1;
        let (checked, wrong) = check(&input, &form6k::parse(&input));
        words += checked;
        if !wrong.is_empty() {
            bad.push(format!("{}: {wrong:?}", p.display()));
        }
    }
    println!("{stuffed} dash-stuffed corpus files, {words} characters checked");
    assert!(stuffed >= 40, "only {stuffed} dash-stuffed files found");
    assert!(bad.is_empty(), "{} files:\n{}", bad.len(), bad.join("\n"));
}
