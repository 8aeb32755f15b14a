//! The plain-text body parser on the seed, real text-era submissions, hand-made
//! fixtures (see `tests/fixtures/text/README.md`) and hostile input.

mod common;

use form6k::body::{plain_char, text, Block, Body, Cell, Page, Table, TextBlock};
use form6k::{Diagnostic, Span};

const SEED: &str = "tests/fixtures/seed/hanaro-2003-04.txt";
const SUBMISSIONS: &str = "../shared/corpus/submissions/";

/// Text-era submissions (plain-text `<TEXT>` sections).
const TEXT_ERA: [&str; 12] = [
    "0000899681-95-000096_negative-s3a-fullsub.txt",
    "aames-capital_0001011438-98-000429_negative-8k-fullsub.txt",
    "alabama-power_0000092122-05-000042_negative-8k-fullsub.txt",
    "amazon_0000891020-98-001352_negative-8k-fullsub.txt",
    "apple_0000320193-94-000016_negative-10k-fullsub.txt",
    "apple_0000320193-96-000027_negative-8k-fullsub.txt",
    "apple_0000320193-99-000010_negative-8k-fullsub.txt",
    "apple_0001047469-97-006960_negative-10k-fullsub.txt",
    "cisco_0000891618-95-000727_negative-8k-fullsub.txt",
    "common-sense-trust_0000950129-95-001652_negative-24f2nt.txt",
    "productivity-tech_0001094891-00-000193_negative-form4.txt",
    "sears_0000891092-04-003383_negative-8k-fullsub.txt",
];

fn read(path: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    String::from_utf8(bytes).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn parse_all(input: &str) -> (Body, Vec<Diagnostic>) {
    let mut d = Vec::new();
    (text::parse(input, 0, &mut d), d)
}

/// The bodies between each `<TEXT>` and `</TEXT>`: (offset, body).
fn text_sections(input: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = input[from..].find("<TEXT>") {
        let start = from + i + "<TEXT>".len();
        let Some(j) = input[start..].find("</TEXT>") else {
            break;
        };
        out.push((start, &input[start..start + j]));
        from = start + j;
    }
    out
}

fn tables(body: &Body) -> Vec<&Table> {
    all_blocks(body)
        .filter_map(|b| match b {
            Block::Table(t) => Some(&**t),
            Block::Text(_) => None,
        })
        .collect()
}

fn text_blocks(page: &Page) -> Vec<&TextBlock> {
    page.blocks
        .iter()
        .filter_map(|b| match b {
            Block::Text(t) => Some(t),
            Block::Table(_) => None,
        })
        .collect()
}

fn all_blocks(body: &Body) -> impl Iterator<Item = &Block> {
    body.pages.iter().flat_map(|p| p.blocks.iter())
}

fn row_texts(cells: &[Cell]) -> Vec<(u32, &str)> {
    cells.iter().map(|c| (c.column, c.text.as_str())).collect()
}

// ---- the generic checker ----

/// Length of a marker (`<R>`, `</F1>`, `<PAGE>`, ...) at the start of `s`.
fn marker_at(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('<')?;
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let named = ["PAGE", "TABLE", "CAPTION", "FN"]
        .iter()
        .any(|n| n.eq_ignore_ascii_case(&name));
    let ok = name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && (name.len() <= 3 || named)
        && rest[name.len()..].starts_with('>');
    ok.then(|| s.len() - rest.len() + name.len() + 1)
}

/// What a reader sees of some source: markers removed, white space collapsed.
fn words(s: &str) -> Vec<String> {
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        if let Some(n) = marker_at(&s[i..]) {
            i += n;
            continue;
        }
        let c = s[i..].chars().next().unwrap();
        let p = plain_char(c);
        out.push(if p.is_whitespace() { ' ' } else { p });
        i += c.len_utf8();
    }
    out.split_whitespace().map(str::to_string).collect()
}

/// Each character of `text` maps back to source that reads as it.
fn check_map(input: &str, text: &str, span_of: impl Fn(usize, usize) -> Span, what: &str) {
    for (i, c) in text.char_indices() {
        let src = span_of(i, i + c.len_utf8()).slice(input);
        if c == ' ' {
            assert!(
                src.chars().all(|s| plain_char(s).is_whitespace()),
                "{what}: space at {i} maps to {src:?}"
            );
        } else {
            let mut it = src.chars();
            let s = it.next().map(plain_char);
            assert!(
                s == Some(c) && it.next().is_none(),
                "{what}: {c:?} at {i} maps to {src:?}"
            );
        }
    }
}

/// Every span is inside the body and reads as its text; pages tile the body.
fn check_body(input: &str, offset: usize, len: usize, body: &Body) {
    assert!(!body.pages.is_empty());
    let mut at = offset;
    for (i, page) in body.pages.iter().enumerate() {
        assert_eq!(page.number as usize, i + 1);
        assert_eq!(
            page.span.start,
            at,
            "page {} starts where the last ended",
            i + 1
        );
        assert!(page.span.end >= page.span.start);
        at = page.span.end;
        for block in &page.blocks {
            match block {
                Block::Text(t) => check_text_block(input, t),
                Block::Table(t) => {
                    assert!(page.span.start <= t.span.start && t.span.end <= page.span.end);
                    if let Some(c) = &t.caption {
                        check_text_block(input, c);
                    }
                    for row in &t.rows {
                        assert!(!row.cells.is_empty());
                        for c in &row.cells {
                            check_cell(input, c);
                            assert!(t.span.start <= c.span.start && c.span.end <= t.span.end);
                            assert!(row.span.start <= c.span.start && c.span.end <= row.span.end);
                            assert!(c.column + c.colspan <= t.columns.max(1));
                        }
                    }
                }
            }
        }
    }
    assert_eq!(at, offset + len, "pages end at the end of the body");
}

fn check_text_block(input: &str, b: &TextBlock) {
    assert!(
        !b.text.is_empty() && b.text.trim() == b.text,
        "{:?}",
        b.text
    );
    assert_eq!(b.span, b.map.full_span());
    check_map(input, &b.text, |s, e| b.span_of(s, e), &b.text);
    // A block's span may run over several lines (a caption); read as words, it is the text.
    assert_eq!(
        words(b.span.slice(input)),
        words(&b.text),
        "block {:?}",
        b.text
    );
}

fn check_cell(input: &str, c: &Cell) {
    assert!(
        !c.text.is_empty() && c.text.trim() == c.text,
        "{:?}",
        c.text
    );
    assert_eq!(c.span, c.map.full_span());
    check_map(input, &c.text, |s, e| c.span_of(s, e), &c.text);
    // A merged cell's span also covers other columns of its lines: its words
    // appear in the span's words, in order.
    let source = words(c.span.slice(input));
    let mut it = source.iter();
    for w in words(&c.text) {
        assert!(
            it.any(|s| *s == w),
            "cell {:?}: {w:?} not in its span",
            c.text
        );
    }
}

// ---- the seed ----

#[test]
fn seed_pages_match_the_page_markers() {
    let input = read(SEED);
    let (body, d) = parse_all(&input);
    let markers = input
        .lines()
        .filter(|l| l.trim_start().to_ascii_uppercase().starts_with("<PAGE>"))
        .count();
    assert_eq!(markers, 4);
    assert_eq!(body.pages.len(), markers);
    assert!(d.is_empty(), "{d:?}");
    check_body(&input, 0, input.len(), &body);
}

#[test]
fn seed_check_mark_sits_over_the_underline() {
    let input = read(SEED);
    let (body, _) = parse_all(&input);
    let page = text_blocks(&body.pages[0]);
    let i = page
        .iter()
        .position(|b| b.text == "Form 20-F   X   Form 40-F")
        .expect("the Form 20-F line");
    let (form, rule) = (page[i], page[i + 1]);
    assert_eq!(form.column, Some(25));
    assert_eq!(rule.text, "---            ---");
    assert_eq!(rule.column, Some(36));
    let x = form.column.unwrap() as usize + form.text.find('X').unwrap();
    let first_rule = rule.column.unwrap() as usize..rule.column.unwrap() as usize + 3;
    assert!(first_rule.contains(&x), "X at {x}, rule at {first_rule:?}");
    assert_eq!(form.span.slice(&input), "Form 20-F   X   Form 40-F");
    let yes = page.iter().find(|b| b.text.starts_with("Yes")).unwrap();
    assert_eq!(
        (yes.text.as_str(), yes.column),
        ("Yes      No  X", Some(31))
    );
}

#[test]
fn seed_exhibit_index_table() {
    let input = read(SEED);
    let (body, _) = parse_all(&input);
    let t = tables(&body);
    assert_eq!(t.len(), 1);
    let t = t[0];
    assert_eq!(t.columns, 2);
    assert!(t.caption.is_none());
    assert_eq!(t.rows.len(), 2);
    assert!(t.rows[0].header);
    assert_eq!(
        row_texts(&t.rows[0].cells),
        vec![(0, "Exhibit No."), (1, "Description")]
    );
    assert!(!t.rows[1].header);
    let description = "the Company's annual report for the fiscal year ended December 31, 2002, \
         filed with Korea Securities Dealers Association Automated Quotation Market \
         (\"KOSDAQ\") and the Financial Supervisory Commission of Korea on March 31, 2003.";
    assert_eq!(
        row_texts(&t.rows[1].cells),
        vec![(0, "99.1:"), (1, description)]
    );
    // The merged cell maps each line back to its source.
    let cell = &t.rows[1].cells[1];
    let at = cell.text.find("31, 2002").unwrap();
    let span = cell.span_of(at, at + 8);
    assert_eq!(span.slice(&input), "31, 2002");
    assert!(cell.span.slice(&input).starts_with("the Company's"));
    assert!(cell.span.slice(&input).ends_with("March 31, 2003."));
    assert!(t.span.slice(&input).starts_with("<TABLE>"));
    assert!(t.span.slice(&input).ends_with("</TABLE>"));
}

#[test]
fn seed_spans_are_absolute() {
    let input = read(SEED);
    let prefix = "x".repeat(1000);
    let shifted = format!("{prefix}{input}");
    let mut d = Vec::new();
    let body = text::parse(&shifted[1000..], 1000, &mut d);
    check_body(&shifted, 1000, input.len(), &body);
    assert_eq!(body.pages[0].span.start, 1000);
}

// ---- real submissions ----

#[test]
fn every_text_era_section_maps_back_exactly() {
    if !common::corpus_present("text_body::every_text_era_section_maps_back_exactly") {
        return;
    }
    for name in TEXT_ERA {
        let input = read(&format!("{SUBMISSIONS}{name}"));
        let sections = text_sections(&input);
        assert!(!sections.is_empty(), "{name}");
        for (offset, section) in sections {
            let mut d = Vec::new();
            let body = text::parse(section, offset, &mut d);
            check_body(&input, offset, section.len(), &body);
        }
    }
}

fn section_tables(name: &str) -> (String, Vec<Table>) {
    let input = read(&format!("{SUBMISSIONS}{name}"));
    let mut out = Vec::new();
    for (offset, section) in text_sections(&input) {
        let mut d = Vec::new();
        let body = text::parse(section, offset, &mut d);
        out.extend(tables(&body).into_iter().cloned());
    }
    (input, out)
}

fn find_row<'a>(tables: &'a [Table], first: &str) -> (&'a Table, &'a [Cell]) {
    tables
        .iter()
        .find_map(|t| {
            t.rows
                .iter()
                .find(|r| r.cells.first().is_some_and(|c| c.text == first))
                .map(|r| (t, r.cells.as_slice()))
        })
        .unwrap_or_else(|| panic!("no row {first:?}"))
}

#[test]
fn amazon_exhibit_table_merges_continuations() {
    if !common::corpus_present("text_body::amazon_exhibit_table_merges_continuations") {
        return;
    }
    let (input, tables) = section_tables("amazon_0000891020-98-001352_negative-8k-fullsub.txt");
    let (t, cells) = find_row(&tables, "2.1");
    assert_eq!(t.columns, 2);
    assert_eq!(
        row_texts(cells),
        vec![
            (0, "2.1"),
            (
                1,
                "Agreement and Plan of Merger dated as of August 3 1998, by and among \
                 Amazon.com, Inc., AJ Acquisition, Inc. and Junglee Corp. (incorporated \
                 by reference from Amazon.com, Inc.'s Current Report on Form 8-K dated \
                 August 3, 1998)."
            )
        ]
    );
    assert_eq!(t.rows.len(), 3);
    assert_eq!(
        row_texts(&t.rows[1].cells),
        vec![(0, "23.1"), (1, "Independent Auditors' Consent")]
    );
    assert_eq!(cells[0].span.slice(&input), "2.1");
    // The cover table: three columns, no header.
    let (t, cells) = find_row(&tables, "DELAWARE");
    assert_eq!(t.columns, 3);
    assert_eq!(
        row_texts(cells),
        vec![(0, "DELAWARE"), (1, "000-22513"), (2, "91-1646860")]
    );
}

#[test]
fn apple_selected_financial_data() {
    if !common::corpus_present("text_body::apple_selected_financial_data") {
        return;
    }
    let (_, tables) = section_tables("apple_0001047469-97-006960_negative-10k-fullsub.txt");
    let (t, cells) = find_row(
        &tables,
        "Net income (loss)..........................................",
    );
    assert_eq!(t.columns, 6);
    assert_eq!(
        row_texts(&cells[1..]),
        vec![
            (1, "$  (1,045)"),
            (2, "$    (816)"),
            (3, "$     424"),
            (4, "$     310"),
            (5, "$      87")
        ]
    );
    let head = &t.rows[0];
    assert!(head.header);
    assert_eq!(
        row_texts(&head.cells),
        vec![
            (0, "FIVE FISCAL YEARS ENDED SEPTEMBER 26, 1997"),
            (1, "1997"),
            (2, "1996"),
            (3, "1995"),
            (4, "1994"),
            (5, "1993")
        ]
    );
    // The units line spans the five figure columns.
    let units = &t.rows[1].cells[0];
    assert_eq!(
        (units.text.as_str(), units.column, units.colspan),
        ("(IN MILLIONS, EXCEPT SHARE AND PER SHARE AMOUNTS)", 1, 5)
    );
    assert_eq!(t.rows.iter().filter(|r| r.header).count(), 2);
}

#[test]
fn alabama_power_income_account() {
    if !common::corpus_present("text_body::alabama_power_income_account") {
        return;
    }
    let (_, tables) = section_tables("alabama-power_0000092122-05-000042_negative-8k-fullsub.txt");
    let (t, cells) = find_row(&tables, "Wholesale Revenue");
    assert_eq!(t.columns, 7);
    assert_eq!(
        row_texts(cells),
        vec![
            (0, "Wholesale Revenue"),
            (1, "305"),
            (2, "324"),
            (3, "(19)"),
            (4, "1,343"),
            (5, "1,358"),
            (6, "(15)")
        ]
    );
    let heads: Vec<_> = t.rows.iter().filter(|r| r.header).collect();
    assert_eq!(
        row_texts(&heads[0].cells),
        vec![
            (1, "3 Months Ended December"),
            (4, "12 Months Ended December")
        ]
    );
    assert_eq!(
        (heads[0].cells[0].colspan, heads[0].cells[1].colspan),
        (3, 3)
    );
}

#[test]
fn s3a_footnote_section_follows_its_table() {
    if !common::corpus_present("text_body::s3a_footnote_section_follows_its_table") {
        return;
    }
    let name = "0000899681-95-000096_negative-s3a-fullsub.txt";
    let input = read(&format!("{SUBMISSIONS}{name}"));
    let (offset, section) = text_sections(&input)[0];
    let mut d = Vec::new();
    let body = text::parse(section, offset, &mut d);
    let blocks: Vec<&Block> = all_blocks(&body).collect();
    let t = blocks
        .iter()
        .position(|b| matches!(b, Block::Table(_)))
        .unwrap();
    let Block::Text(note) = blocks[t + 1] else {
        panic!("no footnote after the table")
    };
    assert_eq!(
        note.text,
        "Does not include shares of Common Stock issuable upon conversion of Series One Preferred Stock or"
    );
    assert_eq!(note.column, Some(5));
    let Block::Text(next) = blocks[t + 2] else {
        panic!()
    };
    assert_eq!(next.text, "exercise of warrants.");
}

// ---- fixtures ----

fn fixture(name: &str) -> (String, Body, Vec<Diagnostic>) {
    let input = read(&format!("tests/fixtures/text/{name}"));
    let (body, d) = parse_all(&input);
    check_body(&input, 0, input.len(), &body);
    (input, body, d)
}

fn rows(t: &Table) -> Vec<(bool, Vec<(u32, &str)>)> {
    t.rows
        .iter()
        .map(|r| (r.header, row_texts(&r.cells)))
        .collect()
}

#[test]
fn fixture_ragged_columns() {
    let (_, body, d) = fixture("ragged.txt");
    assert!(d.is_empty());
    let t = tables(&body)[0];
    assert_eq!(t.columns, 3);
    assert_eq!(
        rows(t),
        vec![
            (true, vec![(1, "YEAR ENDED DECEMBER 31,")]),
            (true, vec![(1, "1997"), (2, "1996")]),
            (
                false,
                vec![
                    (0, "Net sales..................."),
                    (1, "$   7,081"),
                    (2, "$    9,833")
                ]
            ),
            (
                false,
                vec![
                    (0, "Cost of sales.............."),
                    (1, "(12,345)"),
                    (2, "(8,865)")
                ]
            ),
            (false, vec![(0, "Extraordinary item, net of tax")]),
            (
                false,
                vec![
                    (0, "benefit of $3.............."),
                    (1, "--"),
                    (2, "1,234,567")
                ]
            ),
            (false, vec![(1, "$   7,081"), (2, "$    9,833")]),
        ]
    );
    assert_eq!(t.rows[0].cells[0].colspan, 2);
}

#[test]
fn fixture_footnotes() {
    let (input, body, _) = fixture("footnotes.txt");
    let page = &body.pages[0];
    let Block::Table(t) = &page.blocks[0] else {
        panic!()
    };
    assert_eq!(
        rows(t),
        vec![
            (true, vec![(0, "Name"), (1, "Shares"), (2, "Percent")]),
            (false, vec![(0, "John Smith"), (1, "1,000"), (2, "5.2%")]),
            (false, vec![(0, "Jane Doe"), (1, "500"), (2, "2.6%")]),
        ]
    );
    let smith = &t.rows[1].cells[0];
    assert_eq!(smith.span.slice(&input), "John Smith");
    let notes: Vec<_> = text_blocks(page)
        .iter()
        .map(|b| (b.text.as_str(), b.column))
        .collect();
    assert_eq!(
        notes,
        vec![
            ("Includes 200 shares held by his spouse.", Some(5)),
            ("Director since 1995.", Some(5)),
            ("After the table.", Some(0)),
        ]
    );
    assert!(t.span.slice(&input).ends_with("</TABLE>"));
}

#[test]
fn fixture_caption_and_multi_line_header() {
    let (_, body, _) = fixture("caption.txt");
    let t = tables(&body)[0];
    let caption = t.caption.as_ref().unwrap();
    assert_eq!(caption.text, "SELECTED FINANCIAL DATA (in thousands)");
    assert_eq!(caption.column, Some(21));
    assert_eq!(
        rows(t),
        vec![
            (true, vec![(1, "FISCAL YEAR ENDED")]),
            (true, vec![(1, "1997"), (2, "1996")]),
            (true, vec![(1, "(RESTATED)")]),
            (
                false,
                vec![(0, "Revenue"), (1, "$ 100 restated"), (2, "$  90")]
            ),
        ]
    );
}

#[test]
fn fixture_tabs() {
    let (input, body, _) = fixture("tabs.txt");
    let page = text_blocks(&body.pages[0]);
    assert_eq!(page[0].text, "Form 20-F       X       Form 40-F");
    assert_eq!(page[1].text, format!("---{}---", " ".repeat(21)));
    assert_eq!(page[1].column, Some(16));
    // The tab stops put X at visual column 16, over the first `---`.
    assert_eq!(
        page[0].column.unwrap() as usize + page[0].text.find('X').unwrap(),
        16
    );
    let x = page[0].span_of(16, 17);
    assert_eq!(x.slice(&input), "X");
    let tab = page[0].span_of(9, 16);
    assert_eq!(tab.slice(&input), "\t");
    let t = tables(&body)[0];
    assert_eq!(rows(t), vec![(false, vec![(0, "Item"), (1, "Value")])]);
}

#[test]
fn fixture_cr_only_line_ends() {
    let (input, body, _) = fixture("cr_only.txt");
    assert!(!input.contains('\n'));
    assert_eq!(body.pages.len(), 2);
    let first = text_blocks(&body.pages[0]);
    assert_eq!(
        (first[0].text.as_str(), first[0].column),
        ("FORM 6-K", Some(2))
    );
    let t = tables(&body)[0];
    assert_eq!(
        rows(t),
        vec![(false, vec![(0, "99.1"), (1, "Press release dated May 1")])]
    );
    assert_eq!(text_blocks(&body.pages[1])[0].text, "Last page");
}

#[test]
fn fixture_unclosed_table_ends_at_the_next_page() {
    let (input, body, d) = fixture("unclosed.txt");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "unclosed-table");
    assert_eq!(d[0].span.slice(&input), "<TABLE>");
    let t = tables(&body)[0];
    assert_eq!(
        rows(t),
        vec![
            (false, vec![(0, "One"), (1, "1")]),
            (false, vec![(0, "Two"), (1, "2")])
        ]
    );
    assert_eq!(text_blocks(&body.pages[1])[0].text, "SIGNATURES");
}

// ---- behaviours without a fixture file ----

#[test]
fn table_closed_across_a_page_is_split() {
    let input = "<TABLE>\n<S>   <C>\nA     1\n<PAGE>\nB     2\n</TABLE>\nafter\n";
    let (body, d) = parse_all(input);
    check_body(input, 0, input.len(), &body);
    assert!(d.is_empty());
    assert_eq!(body.pages.len(), 2);
    let second = tables(&Body {
        pages: vec![body.pages[1].clone()],
    })[0]
        .clone();
    assert_eq!(rows(&second), vec![(false, vec![(0, "B"), (1, "2")])]);
    assert_eq!(second.columns, 2);
    assert_eq!(text_blocks(&body.pages[1])[0].text, "after");
}

#[test]
fn markerless_table_infers_columns() {
    let input = "<TABLE>\n<CAPTION>\nName          Votes\n----          -----\nSmith         1,000\nJones           500\n</TABLE>\n";
    let (body, d) = parse_all(input);
    check_body(input, 0, input.len(), &body);
    assert_eq!(d[0].code, "table-without-column-markers");
    let t = tables(&body)[0];
    assert_eq!(t.columns, 2);
    assert_eq!(
        rows(t),
        vec![
            (true, vec![(0, "Name"), (1, "Votes")]),
            (false, vec![(0, "Smith"), (1, "1,000")]),
            (false, vec![(0, "Jones"), (1, "500")]),
        ]
    );
}

#[test]
fn revision_marks_are_stripped_and_mapped() {
    let input = "<R>\n     The Fund <R>may</R> invest.\n</R>\n";
    let (body, _) = parse_all(input);
    check_body(input, 0, input.len(), &body);
    let b = text_blocks(&body.pages[0]);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].text, "The Fund may invest.");
    assert_eq!(b[0].span_of(9, 12).slice(input), "may");
    assert_eq!(b[0].span.slice(input), "The Fund <R>may</R> invest.");
}

// ---- hostile input ----

#[test]
fn a_million_page_markers() {
    let input = "<PAGE>\n".repeat(1_000_000);
    let (body, _) = parse_all(&input);
    assert_eq!(body.pages.len(), 1_000_000);
    assert_eq!(body.pages[999_999].number, 1_000_000);
    assert_eq!(
        body.pages[999_999].span,
        Span::new(input.len() - 7, input.len())
    );
}

#[test]
fn a_twenty_megabyte_line() {
    let input = "word ".repeat(4_000_000);
    let (body, _) = parse_all(&input);
    let b = text_blocks(&body.pages[0]);
    assert_eq!(b.len(), 1);
    assert_eq!(b[0].text.len(), input.len() - 1);
    assert_eq!(b[0].span, Span::new(0, input.len() - 1));
    // A long line (2 MB) in a table without markers.
    let input = format!("<TABLE>\n{}", "ab  ".repeat(500_000));
    let (body, d) = parse_all(&input);
    assert_eq!(d[0].code, "unclosed-table");
    let t = tables(&body)[0];
    assert_eq!((t.columns, t.rows.len(), t.rows[0].cells.len()), (1, 1, 1));
}

#[test]
fn a_table_never_closed_runs_to_the_end() {
    let mut input = String::from("<TABLE>\n<S>  <C>\n");
    for i in 0..20_000 {
        input.push_str(&format!("r{i}  {i}\n"));
    }
    let (body, d) = parse_all(&input);
    assert_eq!(d.len(), 1);
    let t = tables(&body)[0];
    assert_eq!(t.rows.len(), 20_000);
    assert_eq!(t.span, Span::new(0, input.len() - 1));
    // Many unclosed tables in a row: each ends at the next.
    let input = "<TABLE>\nx\n".repeat(50_000);
    let (body, d) = parse_all(&input);
    assert_eq!(
        d.iter().filter(|d| d.code == "unclosed-table").count(),
        50_000
    );
    assert_eq!(tables(&body).len(), 50_000);
}

#[test]
fn column_markers_far_right() {
    let input = format!(
        "<TABLE>\n<S>{}<C>\nLabel{}value\n{}more\n</TABLE>\n",
        " ".repeat(9997),
        " ".repeat(9995),
        " ".repeat(10_000)
    );
    let (body, _) = parse_all(&input);
    check_body(&input, 0, input.len(), &body);
    let t = tables(&body)[0];
    assert_eq!(t.rows.len(), 1);
    assert_eq!(
        row_texts(&t.rows[0].cells),
        vec![(0, "Label"), (1, "value more")]
    );
    // Many markers on one line.
    let input = format!(
        "<TABLE>\n{}\n{}\n</TABLE>\n",
        "<C>".repeat(100_000),
        "12 ".repeat(100_000)
    );
    let (body, _) = parse_all(&input);
    let t = tables(&body)[0];
    assert_eq!(t.columns, 100_000);
    assert_eq!(t.rows[0].cells.len(), 100_000);
}

#[test]
fn mixed_line_endings() {
    let input = "one\r\ntwo\rthree\n\r\n\rfour\r";
    let (body, _) = parse_all(input);
    check_body(input, 0, input.len(), &body);
    let b: Vec<_> = text_blocks(&body.pages[0])
        .iter()
        .map(|b| (b.text.as_str(), b.span))
        .collect();
    assert_eq!(
        b,
        vec![
            ("one", Span::new(0, 3)),
            ("two", Span::new(5, 8)),
            ("three", Span::new(9, 14)),
            ("four", Span::new(18, 22)),
        ]
    );
}

#[test]
fn odd_markup_never_panics() {
    let cases = [
        "",
        "<",
        "<PAGE",
        "<TABLE>",
        "</TABLE>",
        "<TABLE></TABLE></TABLE><TABLE>",
        "<TABLE>\n<FN>\n<CAPTION>\n<S>\n",
        "<TABLE>\n<CAPTION>\n<CAPTION>\n\u{a0}\u{2011}<C>é\t<S>ü\n",
        "\t\t\t<C>\t<C>\n<TABLE>\t<S>\t<C>\n\u{a0}x\ty\n<PAGE><PAGE><TABLE>",
        "<TABLE>\n<S> <C>\n  a\n   b\n    c\n<PAGE>\n     d\n</TABLE>",
    ];
    for input in cases {
        let (body, _) = parse_all(input);
        check_body(input, 0, input.len(), &body);
    }
}
