//! Markdown of real documents: every word of a document's text is in its Markdown,
//! in order; tables come out with their columns; the source map points at the
//! source; three 6-Ks are compared with snapshots in `tests/fixtures/markdown/`.

use form6k::markdown::{table_kind, TableKind};
use form6k::tables::grid;
use form6k::{Block, Filing};
use std::path::{Path, PathBuf};

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");
const SNAPSHOTS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/markdown/");

fn corpus() -> Option<PathBuf> {
    let dir = PathBuf::from(CORPUS);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: ../shared/corpus is absent");
        None
    }
}

/// Letters-and-digits runs: what must survive escaping and table layout.
fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The text of a document's blocks in reading order.
fn block_words(filing: &Filing, seq: &str) -> Vec<String> {
    let doc = form6k::markdown::find_document(filing, seq).unwrap();
    let mut out = Vec::new();
    for block in doc
        .body
        .iter()
        .flat_map(|b| &b.pages)
        .flat_map(|p| &p.blocks)
    {
        match block {
            Block::Text(t) => out.extend(words(&t.text).into_iter().map(String::from)),
            Block::Table(t) => {
                if let Some(c) = &t.caption {
                    out.extend(words(&c.text).into_iter().map(String::from));
                }
                for cell in t.rows.iter().flat_map(|r| &r.cells) {
                    out.extend(words(&cell.text).into_iter().map(String::from));
                }
            }
        }
    }
    out
}

/// Column counts of the GitHub tables in `md`, checking every row of each has as
/// many cells as its heading row.
fn markdown_tables(md: &str, name: &str) -> Vec<usize> {
    let mut counts = Vec::new();
    let mut current: Option<usize> = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let mut pipes = 0;
            let mut escaped = false;
            for c in line.chars() {
                if c == '|' && !escaped {
                    pipes += 1;
                }
                escaped = c == '\\' && !escaped;
            }
            match current {
                None => current = Some(pipes - 1),
                Some(n) => assert_eq!(pipes - 1, n, "{name}: row with other column count: {line}"),
            }
        } else if let Some(n) = current.take() {
            counts.push(n);
        }
    }
    counts.extend(current);
    counts
}

fn check_document(filing: &Filing, seq: &str, name: &str) {
    let md = form6k::markdown(filing, seq).unwrap();
    // Every word, in order.
    let have = words(&md.text);
    let mut at = 0;
    for (i, w) in block_words(filing, seq).iter().enumerate() {
        match have.get(at..).and_then(|h| h.iter().position(|x| x == w)) {
            Some(k) => at += k + 1,
            None => panic!("{name} doc {seq}: word {i} {w:?} missing after markdown word {at}"),
        }
    }
    // Tables: one GitHub table per grid table, with its logical column count.
    let doc = form6k::markdown::find_document(filing, seq).unwrap();
    let want: Vec<usize> = doc
        .body
        .iter()
        .flat_map(|b| &b.pages)
        .flat_map(|p| &p.blocks)
        .filter_map(|b| match b {
            Block::Table(t) => Some(grid(t)),
            Block::Text(_) => None,
        })
        .filter(|g| table_kind(g) == TableKind::Grid)
        .map(|g| g.columns)
        .collect();
    assert_eq!(markdown_tables(&md.text, name), want, "{name} doc {seq}");
    // The map: ordered, inside the text, non-empty.
    let mut last = 0;
    for m in &md.map {
        assert!(m.markdown_range.start >= last && m.markdown_range.end <= md.text.len());
        assert!(m.markdown_range.start < m.markdown_range.end);
        last = m.markdown_range.end;
    }
}

fn documents_of(filing: &Filing) -> Vec<String> {
    filing
        .documents
        .iter()
        .filter(|d| d.body.is_some())
        .map(|d| d.sequence.as_ref().map_or("1".into(), |s| s.value.clone()))
        .collect()
}

#[test]
fn every_corpus_6k_round_trips() {
    let Some(dir) = corpus() else { return };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("sixk-submissions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.push(dir.join("000_e7d0646948fb95ab.txt"));
    files.extend(
        [
            "alcon_20230213_html6k.htm",
            "royal-philips_20230130_html6k.htm",
        ]
        .map(|f| dir.join("sixk").join(f)),
    );
    let mut documents = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        let filing = form6k::parse(&std::fs::read(path).unwrap());
        for seq in documents_of(&filing) {
            check_document(&filing, &seq, &name);
            documents += 1;
        }
    }
    assert!(documents > 1000, "only {documents} documents read");
}

#[test]
fn income_statement_of_the_10q() {
    let Some(dir) = corpus() else { return };
    let path = dir.join("documents/apple_0000320193-23-000077_negative-10q.htm");
    let filing = form6k::parse(&std::fs::read(path).unwrap());
    let md = form6k::markdown(&filing, "1").unwrap().text;
    let want = "\
|                                              | Three Months Ended | Three Months Ended | Nine Months Ended | Nine Months Ended |
| -------------------------------------------- | -----------------: | -----------------: | ----------------: | ----------------: |
|                                              |       July 1, 2023 |      June 25, 2022 |      July 1, 2023 |     June 25, 2022 |
| Net sales:                                   |                    |                    |                   |                   |
| Products                                     |            $60,584 |            $63,355 |          $230,901 |          $245,241 |
| Services                                     |             21,213 |             19,604 |            62,886 |            58,941 |
";
    assert!(md.contains(want), "income statement not found as expected");
    assert!(md.contains("## CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Unaudited)\n"));
    assert!(md.contains("| Other income/(expense), net                  |              (265) |"));
}

#[test]
fn map_points_at_the_source() {
    let Some(dir) = corpus() else { return };
    let path = dir.join("sixk-submissions/0000950123-10-044690.txt");
    let input = std::fs::read(path).unwrap();
    let filing = form6k::parse(&input);
    let md = form6k::markdown(&filing, "2").unwrap();
    let source = String::from_utf8_lossy(&input);
    let mut checked = 0;
    for m in &md.map {
        let out = &md.text[m.markdown_range.start..m.markdown_range.end];
        let src = &source[m.span.start..m.span.end];
        // Text as printed (escapes and tab expansion aside): its words, in order,
        // within the span (a plain-text cell continued on the next line spans both).
        let in_src = words(src);
        let mut at = 0;
        for w in words(out) {
            let k = in_src[at..].iter().position(|x| *x == w);
            assert!(k.is_some(), "{w:?} of {out:?} not in {src:?}");
            at += k.unwrap() + 1;
        }
        checked += 1;
    }
    assert!(checked > 500, "{checked}");
    // The table of other expenses, as a GitHub table.
    assert!(md.text.contains(
        "\
| Three months ended March 31,              | 2010 | 2009 |
| ----------------------------------------- | ---: | ---: |
| Stock-based compensation                  |   33 |   10 |
| Loss on derivative financial instruments  |   68 |   69 |
| Gain on disposal of marketable securities | (52) |   -- |"
    ));
}

/// `tests/fixtures/markdown/NAME.md` against the Markdown of a corpus 6-K.
/// `UPDATE_SNAPSHOTS=1` rewrites them instead.
fn snapshot(rel: &str, seq: &str, file: &str) {
    let Some(dir) = corpus() else { return };
    let filing = form6k::parse(&std::fs::read(dir.join(rel)).unwrap());
    let md = form6k::markdown(&filing, seq).unwrap().text;
    let path = Path::new(SNAPSHOTS).join(file);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &md).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (UPDATE_SNAPSHOTS=1 writes it)", path.display()));
    if md != want {
        let line = md
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(md.lines().count().min(want.lines().count()));
        panic!(
            "{file} differs from the Markdown of {rel} at line {}: {:?} vs {:?} \
             (UPDATE_SNAPSHOTS=1 rewrites it)",
            line + 1,
            md.lines().nth(line),
            want.lines().nth(line)
        );
    }
}

#[test]
fn snapshot_plain_text_results_release() {
    snapshot(
        "sixk-submissions/0000950123-10-044690.txt",
        "2",
        "0000950123-10-044690-ex99-1.md",
    );
}

#[test]
fn snapshot_html_6k() {
    snapshot(
        "sixk/royal-philips_20230130_html6k.htm",
        "1",
        "royal-philips_20230130.md",
    );
}

#[test]
fn snapshot_seed() {
    snapshot("000_e7d0646948fb95ab.txt", "1", "seed.md");
}

/// Tables whose grid would dwarf their cells: the Markdown and the facts stay in
/// proportion to the input (no timing asserted; a quadratic build would not end).
#[test]
fn hostile_tables_stay_in_proportion() {
    let wide_row: String = (0..3000).map(|i| format!("<td>c{i}</td>")).collect();
    let tall: String = (0..20_000)
        .map(|i| format!("<tr><td>r{i}</td></tr>"))
        .collect();
    let heading_cell = format!("<td colspan=1000>{}</td>", "heading ".repeat(20));
    let headings: String = (0..3000)
        .map(|_| format!("<tr><td></td>{heading_cell}</tr>"))
        .collect();
    let spaced_row: String = (0..1000).map(|i| format!("<td>{i}x</td>")).collect();
    let html = format!(
        "<html><body><table><tr>{wide_row}</tr>{tall}</table>\
         <table><tr><td></td>{spaced_row}</tr>{headings}<tr><td>a</td><td>1</td></tr></table></body></html>"
    );
    let filing = form6k::parse(html.as_bytes());
    let md = form6k::markdown(&filing, "1").unwrap();
    assert!(
        md.text.len() < html.len() * 40,
        "{} bytes of Markdown for {} of input",
        md.text.len(),
        html.len()
    );
    assert!(md.text.contains("r19999"));
    let facts = form6k::table_facts(&filing, "1");
    assert!(facts.len() < 10, "{}", facts.len());
}

/// `form6k::text`: the same reading without markup.
#[test]
fn plain_text_of_the_seed() {
    let Some(dir) = corpus() else { return };
    let filing = form6k::parse(&std::fs::read(dir.join("000_e7d0646948fb95ab.txt")).unwrap());
    let text = form6k::text(&filing, "1").unwrap();
    assert!(text
        .starts_with("FORM 6-K\n\nSECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n"));
    assert!(text.contains("\nForm 20-F   X   Form 40-F\n           ---            ---\n"));
    assert!(text.contains("\nExhibit No. Description\n\n99.1: the Company's annual report"));
    assert!(!text.contains("##") && !text.contains('|') && !text.contains("```"));
    assert_eq!(form6k::text(&filing, "2"), None);
}
