//! The HTML body parser on real filings, hand-made fixtures and hostile input.

mod common;

use form6k::body::symbols::{self, Face, SymbolFont};
use form6k::body::{entities, html, plain_char, Block, Body, Cell, Table, TextBlock};
use form6k::{Diagnostic, Span};
use std::time::Instant;

const CORPUS: &str = "../shared/corpus";
const FIXTURES: &str = "tests/fixtures/html";

fn read(path: &str) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    String::from_utf8(bytes).expect("UTF-8 test file")
}

/// The HTML between `<TEXT>` and `</TEXT>` (until the envelope layer hands it
/// over), or the whole file; and its offset.
fn html_body(src: &str) -> (&str, usize) {
    match (src.find("<TEXT>"), src.rfind("</TEXT>")) {
        (Some(a), Some(b)) if a + 6 <= b => (&src[a + 6..b], a + 6),
        _ => (src, 0),
    }
}

fn parse_file(path: &str) -> (String, Body, Vec<Diagnostic>) {
    let src = read(path);
    let (body, offset) = html_body(&src);
    let mut diags = Vec::new();
    let parsed = html::parse(body, offset, &mut diags);
    (src, parsed, diags)
}

fn blocks(body: &Body) -> impl Iterator<Item = &Block> {
    body.pages.iter().flat_map(|p| p.blocks.iter())
}

fn texts(body: &Body) -> Vec<&TextBlock> {
    blocks(body)
        .filter_map(|b| match b {
            Block::Text(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn tables(body: &Body) -> Vec<&Table> {
    blocks(body)
        .filter_map(|b| match b {
            Block::Table(t) => Some(&**t),
            _ => None,
        })
        .collect()
}

fn block<'a>(body: &'a Body, text: &str) -> &'a TextBlock {
    texts(body)
        .into_iter()
        .find(|t| t.text == text)
        .unwrap_or_else(|| panic!("no block {text:?}"))
}

fn cell_texts(t: &Table) -> Vec<Vec<&str>> {
    t.rows
        .iter()
        .map(|r| r.cells.iter().map(|c| c.text.as_str()).collect())
        .collect()
}

// ---- an independent normalizer for the span check ----

const BLOCKISH: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "td",
    "th",
    "table",
    "caption",
    "center",
    "blockquote",
    "pre",
    "dl",
    "dt",
    "dd",
    "hr",
    "address",
    "section",
    "thead",
    "tbody",
    "tfoot",
];

/// Source HTML to the text a reader sees, crudely: comments, scripts and hidden
/// elements dropped, tags removed (block tags and `<br>` as white space),
/// entities decoded, white space collapsed, a character set in a symbol font
/// (`face=`, `font-family:`, `font:`) as its glyph. Only meant for spans of one block.
fn normalize_source(src: &str, faces: Vec<(String, Face)>) -> String {
    let mut out = String::new();
    let mut rest = src;
    let mut hidden: Option<(String, u32)> = None;
    // Elements that set a font face, innermost last.
    let mut faces = faces;
    let symbol = |faces: &[(String, Face)]| match faces.last() {
        Some((_, Face::Symbol(f))) => Some(*f),
        _ => None,
    };
    let push = |out: &mut String, c: char, font: Option<SymbolFont>| {
        let g = font
            .filter(|_| plain_char(c) != ' ')
            .and_then(|f| symbols::glyph(f, c));
        out.push(g.unwrap_or(c));
    };
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("<!--") {
            rest = r.find("-->").map_or("", |i| &r[i + 3..]);
            continue;
        }
        if rest.starts_with('<')
            && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
        {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            rest = &rest[end..];
            let closing = tag.starts_with("</");
            let name: String = tag
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
                .collect::<String>()
                .to_ascii_lowercase();
            let lower = tag.to_ascii_lowercase().replace(' ', "");
            if let Some((h, depth)) = &mut hidden {
                if *h == name {
                    if closing {
                        *depth -= 1;
                    } else {
                        *depth += 1;
                    }
                    if *depth == 0 {
                        hidden = None;
                    }
                }
                continue;
            }
            if !closing && (lower.contains("display:none") || name == "script" || name == "style") {
                hidden = Some((name, 1));
                continue;
            }
            if closing {
                if faces.last().is_some_and(|(n, _)| *n == name) {
                    faces.pop();
                }
            } else if let Some(face) = tag_face(tag) {
                faces.push((name.clone(), face));
            }
            if name == "br" {
                out.push('\n');
            } else if BLOCKISH.contains(&name.as_str()) {
                out.push(' ');
            }
            continue;
        }
        if hidden.is_some() {
            rest = &rest[rest.chars().next().map_or(1, char::len_utf8)..];
            continue;
        }
        if rest.starts_with('&') {
            if let Some(d) = entities::decode(rest) {
                let mut text = String::new();
                d.text.push_to(&mut text);
                for c in text.chars() {
                    push(
                        &mut out,
                        c,
                        symbol(&faces).filter(|_| text.chars().count() == 1),
                    );
                }
                rest = &rest[d.len..];
                continue;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        push(&mut out, c, symbol(&faces));
        rest = &rest[c.len_utf8()..];
    }
    collapse(&out)
}

/// The font faces open at each font tag of `src`, for a span that starts after it.
fn face_stacks(src: &str) -> Vec<(usize, Vec<(String, Face)>)> {
    let mut out = vec![(0, Vec::new())];
    let mut faces: Vec<(String, Face)> = Vec::new();
    let mut at = 0;
    while let Some(i) = src[at..].find('<') {
        let start = at + i;
        let end = src[start..].find('>').map_or(src.len(), |j| start + j + 1);
        let tag = &src[start..end];
        at = end;
        let closing = tag.starts_with("</");
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':')
            .collect::<String>()
            .to_ascii_lowercase();
        let before = faces.len();
        if closing {
            if faces.last().is_some_and(|(n, _)| *n == name) {
                faces.pop();
            }
        } else if let Some(face) = tag_face(tag) {
            faces.push((name, face));
        }
        if faces.len() != before {
            out.push((end, faces.clone()));
        }
    }
    out
}

/// The font face a start tag sets, read crudely: `face="..."`, `font-family:...`
/// or `font:...` in its style.
fn tag_face(tag: &str) -> Option<Face> {
    let lower = tag.to_ascii_lowercase();
    let value = |at: usize, stops: &[char]| {
        let v = lower[at..].trim_start_matches([' ', '=', ':', '"', '\'']);
        v[..v.find(stops).unwrap_or(v.len())].to_string()
    };
    if let Some(i) = lower
        .find("font-family:")
        .or_else(|| lower.find("font-family :"))
    {
        let i = i + lower[i..].find(':')? + 1;
        return Some(symbols::face(&value(i, &[';', '"', '>'])));
    }
    if let Some(i) = lower.find(" face=") {
        return Some(symbols::face(&value(i + 6, &['"', '\'', '>'])));
    }
    let i = lower.find("font:")?;
    Some(symbols::shorthand_face(&value(i + 5, &[';', '"', '>'])))
}

fn collapse(s: &str) -> String {
    s.chars()
        .map(plain_char)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every block, caption and cell span slices the input to its own text.
fn check_spans(path: &str, src: &str, body: &Body) -> usize {
    let mut checked = 0;
    let stacks = face_stacks(src);
    let mut check = |what: &str, text: &str, span: Span| {
        let slice = span.slice(src);
        let k = stacks.partition_point(|(at, _)| *at <= span.start);
        let faces = stacks.get(k.saturating_sub(1)).map(|(_, f)| f.clone());
        assert_eq!(
            normalize_source(slice, faces.unwrap_or_default()),
            collapse(text),
            "{path}: {what} at {span:?}"
        );
        checked += 1;
    };
    for page in &body.pages {
        assert!(page.span.start <= page.span.end);
        for b in &page.blocks {
            assert!(page.span.start <= b_span(b).start && b_span(b).end <= page.span.end);
            match b {
                Block::Text(t) => {
                    check("block", &t.text, t.span);
                    assert_eq!(t.span_of(0, t.text.len()), t.span);
                }
                Block::Table(t) => {
                    if let Some(c) = &t.caption {
                        check("caption", &c.text, c.span);
                    }
                    for cell in t.rows.iter().flat_map(|r| &r.cells) {
                        check("cell", &cell.text, cell.span);
                    }
                }
            }
        }
    }
    // Pages tile the body.
    for w in body.pages.windows(2) {
        assert_eq!(w[0].span.end, w[1].span.start, "{path}: pages tile");
    }
    checked
}

fn b_span(b: &Block) -> Span {
    match b {
        Block::Text(t) => t.span,
        Block::Table(t) => t.span,
    }
}

fn corpus_html_files() -> Vec<String> {
    let mut files = Vec::new();
    for dir in ["sixk", "documents"] {
        let mut names: Vec<_> = std::fs::read_dir(format!("{CORPUS}/{dir}"))
            .expect("corpus folder")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".htm") || n.ends_with(".html"))
            .collect();
        names.sort();
        files.extend(names.into_iter().map(|n| format!("{dir}/{n}")));
    }
    files
}

// ---- real 6-Ks ----

#[test]
fn alcon_cover_blocks_and_tables() {
    if !common::corpus_present("html_body::alcon_cover_blocks_and_tables") {
        return;
    }
    let (src, body, diags) = parse_file(&format!("{CORPUS}/sixk/alcon_20230213_html6k.htm"));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(body.pages.len(), 3);
    assert_eq!(body.pages[0].span.start, src.find("<TEXT>").unwrap() + 6);
    assert_eq!(body.pages[2].span.end, src.rfind("</TEXT>").unwrap());

    let first: Vec<&str> = texts(&body)
        .iter()
        .take(4)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(
        first,
        [
            "UNITED STATES",
            "SECURITIES AND EXCHANGE COMMISSION",
            "Washington, D.C. 20549",
            "_________________"
        ]
    );
    let cover = block(
        &body,
        "Indicate by check mark whether the registrant files or will file annual reports \
         under cover of Form 20-F or Form 40-F: Form 20-F ☒ Form 40-F ☐",
    );
    let at = cover.text.find('☒').unwrap();
    assert_eq!(
        cover.span_of(at, at + '☒'.len_utf8()).slice(&src),
        "&#9746;"
    );
    let at = cover.text.find('☐').unwrap();
    assert_eq!(
        cover.span_of(at, at + '☐'.len_utf8()).slice(&src),
        "&#9744;"
    );
    let at = cover.text.find(": Form 20-F").unwrap();
    assert_eq!(cover.span_of(at, at + 1).slice(&src), "&#58;");

    let file = block(&body, "Commission File Number: 001-31269");
    let at = file.text.find("001").unwrap();
    assert_eq!(file.span_of(at, file.text.len()).slice(&src), "001-31269");
    block(&body, "February 13, 2023");
    block(&body, "Rue Louis-d'Affry 6\n1701, Fribourg, Switzerland");

    let t = tables(&body);
    assert_eq!(t.len(), 3);
    assert_eq!((t[1].rows.len(), t[1].columns), (4, 9));
    let exhibit = &t[1].rows[3].cells;
    assert_eq!(
        (
            exhibit[0].text.as_str(),
            exhibit[0].column,
            exhibit[0].colspan
        ),
        ("99.1", 0, 3)
    );
    assert!(exhibit[2]
        .text
        .starts_with("Press release issued by Alcon Inc. dated February 12, 2023"));
    assert_eq!(exhibit[2].column, 6);
    assert_eq!(t[1].rows[1].cells[0].text, "Exhibit\nNumber");
    let sig: &Cell = &t[2].rows[3].cells[4];
    assert_eq!(
        (sig.text.as_str(), sig.column),
        ("/s/ David J. Endicott", 12)
    );
    assert_eq!(sig.span_of(0, 3).slice(&src), "&#47;s&#47;");
    assert_eq!(t[2].columns, 15);
    assert!(body.pages[1]
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Text(t) if t.text == "EXHIBIT INDEX")));
}

#[test]
fn philips_cover_blocks() {
    if !common::corpus_present("html_body::philips_cover_blocks") {
        return;
    }
    let (src, body, diags) =
        parse_file(&format!("{CORPUS}/sixk/royal-philips_20230130_html6k.htm"));
    assert!(diags.is_empty(), "{diags:?}");
    assert_eq!(body.pages.len(), 3);
    assert!(tables(&body).is_empty());
    let cover = block(&body, "Form 20-F ☒ Form 40-F ☐");
    assert_eq!(cover.span_of(10, 13).slice(&src), "&#x2612;");
    block(&body, "Yes ☐ No ☒");
    block(&body, "REPORT OF FOREIGN ISSUER");
    block(&body, "KONINKLIJKE PHILIPS N.V.");
    block(
        &body,
        "Indicate by check mark if the registrant is submitting the Form 6-K in paper as \
         permitted by Regulation S-T Rule101(b)(1): ☐",
    );
    block(
        &body,
        "M.J. van Ginneken\nKoninklijke Philips N.V.\nAmstelplein 2\n1096 BC Amsterdam – The Netherlands",
    );
    assert_eq!(texts(&body)[0].text, "SECURITIES AND EXCHANGE COMMISSION");
    let p2: Vec<_> = body.pages[1].blocks.iter().collect();
    assert!(
        matches!(p2[0], Block::Text(t) if t.text == "This report comprises a copy of the following press release:")
    );
    let p3 = &body.pages[2].blocks[0];
    assert!(matches!(p3, Block::Text(t) if t.text == "Press information"));
}

#[test]
fn every_span_slices_to_its_text() {
    if !common::corpus_present("html_body::every_span_slices_to_its_text") {
        return;
    }
    let mut total = 0;
    for file in corpus_html_files() {
        let (src, body, _) = parse_file(&format!("{CORPUS}/{file}"));
        let n = check_spans(&file, &src, &body);
        assert!(n > 10, "{file}: only {n} spans checked");
        total += n;
    }
    assert!(total > 15_000, "{total}");
}

#[test]
fn every_fixture_span_slices_to_its_text() {
    let mut total = 0;
    for name in FIXTURE_NAMES {
        let path = format!("{FIXTURES}/{name}");
        let (src, body, _) = parse_file(&path);
        total += check_spans(&path, &src, &body);
    }
    assert!(total > 30, "{total}");
}

#[test]
fn table_counts_match_python_html_parser() {
    if !common::corpus_present("html_body::table_counts_match_python_html_parser") {
        return;
    }
    let json = read(&format!("{FIXTURES}/table-counts.json"));
    let expected: serde_json::Value = serde_json::from_str(&json).unwrap();
    let expected = expected.as_object().unwrap();
    assert_eq!(expected.len(), corpus_html_files().len());
    for file in corpus_html_files() {
        let (_, body, _) = parse_file(&format!("{CORPUS}/{file}"));
        let ours: Vec<(u64, u64)> = tables(&body)
            .iter()
            .map(|t| (t.rows.len() as u64, u64::from(t.columns)))
            .collect();
        let theirs: Vec<(u64, u64)> = expected[&file]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_u64().unwrap(), p[1].as_u64().unwrap()))
            .collect();
        assert_eq!(ours, theirs, "{file}");
    }
    assert_eq!(
        expected["documents/aegon_0000928385-01-500187_negative-20f.htm"]
            .as_array()
            .unwrap()
            .len(),
        103
    );
    assert_eq!(
        expected["documents/apple_0000320193-23-000077_negative-10q.htm"]
            .as_array()
            .unwrap()
            .len(),
        43
    );
}

// ---- fixtures, one behaviour each ----

const FIXTURE_NAMES: &[&str] = &[
    "unclosed-td.html",
    "nested-tables.html",
    "display-none.html",
    "entities.html",
    "ix-nonnumeric.html",
    "colspan-rowspan.html",
    "page-breaks.html",
    "br-lines.html",
    "unclosed-comment.html",
];

fn fixture(name: &str) -> (String, Body, Vec<Diagnostic>) {
    parse_file(&format!("{FIXTURES}/{name}"))
}

#[test]
fn unclosed_td_and_tr() {
    let (_, body, diags) = fixture("unclosed-td.html");
    assert!(diags.is_empty());
    let t = tables(&body);
    assert_eq!(t.len(), 1);
    assert_eq!(
        cell_texts(t[0]),
        [vec!["Form 20-F", "X", "Form 40-F", ""], vec!["Yes", "No"]]
    );
    assert_eq!(t[0].columns, 4);
    assert!(!t[0].rows[0].header);
    assert!(t[0].rows[1].header);
    assert!(matches!(blocks(&body).last(), Some(Block::Text(t)) if t.text == "after"));
}

#[test]
fn nested_tables_fold_into_the_cell() {
    let (_, body, _) = fixture("nested-tables.html");
    let b: Vec<_> = blocks(&body).collect();
    assert_eq!(b.len(), 2);
    assert!(matches!(b[0], Block::Text(t) if t.text == "stray text"));
    let Block::Table(t) = b[1] else { panic!() };
    assert_eq!(
        cell_texts(t),
        [vec!["Outer A", "in 1 in 2\nin 3"], vec!["Outer B"]]
    );
    assert_eq!(t.columns, 2);
}

#[test]
fn display_none_head_script_hidden() {
    let (_, body, _) = fixture("display-none.html");
    let all: Vec<&str> = texts(&body).iter().map(|t| t.text.as_str()).collect();
    assert_eq!(all, ["shown visible"]);
    let t = tables(&body);
    assert_eq!(t.len(), 1, "the display:none table is not emitted");
    assert_eq!(cell_texts(t[0]), [vec!["kept"]]);
    assert_eq!(t[0].columns, 1);
}

#[test]
fn entities_named_numeric_legacy() {
    let (src, body, _) = fixture("entities.html");
    let all: Vec<&str> = texts(&body).iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        all,
        [
            "Form 20-F ☒ Form 40-F ☐",
            "Yes ☐ No ☒",
            // `&not` is a legacy name, so `&notanentity;` reads as `¬anentity;` (as in browsers).
            "AT&T © 2023 été ¬anentity; <b> 20-F Commission File Number: 1/2 ∳ –",
        ]
    );
    let cover = texts(&body)[0];
    let gap = cover.text.find(" Form 40").unwrap();
    assert_eq!(
        cover.span_of(gap, gap + 1).slice(&src),
        "&nbsp;&nbsp;&nbsp;"
    );
    let last = texts(&body)[2];
    let dash = last.text.find("20-F").unwrap() + 2;
    assert_eq!(last.span_of(dash, dash + 1).slice(&src), "&#8209;");
    let copy = last.text.find('©').unwrap();
    assert_eq!(last.span_of(copy, copy + 2).slice(&src), "&copy");
}

#[test]
fn inline_xbrl_is_transparent_and_header_hidden() {
    let (src, body, _) = fixture("ix-nonnumeric.html");
    let all: Vec<&str> = texts(&body).iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        all,
        [
            "Commission File Number: 001-31269",
            "Revenue 81,797 million"
        ]
    );
    let b = texts(&body)[0];
    let at = b.text.find("001").unwrap();
    assert_eq!(b.span_of(at, b.text.len()).slice(&src), "001-31269");
}

#[test]
fn colspan_rowspan_grid() {
    let (_, body, _) = fixture("colspan-rowspan.html");
    let t = tables(&body)[0];
    assert_eq!(t.columns, 4);
    assert_eq!(t.rows.len(), 5);
    let grid: Vec<Vec<(&str, u32, u32, u32)>> = t
        .rows
        .iter()
        .map(|r| {
            r.cells
                .iter()
                .map(|c| (c.text.as_str(), c.column, c.colspan, c.rowspan))
                .collect()
        })
        .collect();
    assert_eq!(
        grid,
        [
            vec![("Form", 0, 2, 1), ("Mark", 2, 1, 3), ("Note", 3, 1, 1)],
            vec![("20-F", 0, 1, 2), ("a", 1, 1, 1), ("b", 3, 1, 1)],
            vec![("c", 1, 1, 1), ("d", 3, 1, 1)],
            vec![("wide", 0, 4, 1)],
            vec![],
        ]
    );
    assert!(t.rows[0].header && !t.rows[1].header && !t.rows[4].header);
}

#[test]
fn page_breaks() {
    let (src, body, _) = fixture("page-breaks.html");
    let pages: Vec<Vec<&str>> = body
        .pages
        .iter()
        .map(|p| {
            p.blocks
                .iter()
                .map(|b| match b {
                    Block::Text(t) => t.text.as_str(),
                    Block::Table(_) => "<table>",
                })
                .collect()
        })
        .collect();
    assert_eq!(
        pages,
        [
            vec!["page one", "still one"],
            vec!["page two"],
            vec!["page three"],
            vec!["page four"],
            vec!["page five"]
        ]
    );
    assert_eq!(
        body.pages.iter().map(|p| p.number).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
    assert_eq!(body.pages[0].span.start, 0);
    assert!(body.pages[0].span.slice(&src).ends_with("still one</div>"));
    assert!(body.pages[2].span.slice(&src).starts_with("<hr"));
    assert_eq!(body.pages[4].span.end, src.len());
}

#[test]
fn br_lines_and_pre() {
    let (_, body, _) = fixture("br-lines.html");
    let all: Vec<&str> = texts(&body).iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        all,
        [
            "M.J. van Ginneken\nKoninklijke Philips N.V.\nAmstelplein 2\n\n1096 BC Amsterdam",
            "  Exhibit   Description\n  99.1      Press release",
        ]
    );
}

#[test]
fn unclosed_comment_ends_at_next_gt() {
    let (_, body, diags) = fixture("unclosed-comment.html");
    let all: Vec<&str> = texts(&body).iter().map(|t| t.text.as_str()).collect();
    assert_eq!(all, ["first paragraph", "second & last"]);
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0].code, "unclosed-comment");
    assert_eq!(diags[0].span, Span::new(0, 28));
}

#[test]
fn offsets_are_absolute() {
    let src = "0123456789<p>Hi &amp; bye</p>";
    let mut d = Vec::new();
    let body = html::parse(&src[10..], 10, &mut d);
    let t = texts(&body)[0];
    assert_eq!(t.text, "Hi & bye");
    assert_eq!(t.span.slice(src), "Hi &amp; bye");
    assert_eq!(t.span_of(3, 4).slice(src), "&amp;");
    assert_eq!(body.pages[0].span, Span::new(10, src.len()));
}

// ---- hostile input ----

/// Debug builds are ~20x slower; sizes shrink there so the suite stays fast.
fn size(release: usize) -> usize {
    if cfg!(debug_assertions) {
        release / 10
    } else {
        release
    }
}

fn parse_timed(src: &str) -> (Body, Vec<Diagnostic>) {
    let t = Instant::now();
    let mut d = Vec::new();
    let body = html::parse(src, 0, &mut d);
    let limit = if cfg!(debug_assertions) { 20.0 } else { 5.0 };
    assert!(t.elapsed().as_secs_f64() < limit, "took {:?}", t.elapsed());
    (body, d)
}

#[test]
fn hostile_deep_nesting() {
    let n = 100_000;
    let src = format!("{}deep{}", "<div>".repeat(n), "</div>".repeat(n / 2));
    let (body, _) = parse_timed(&src);
    assert_eq!(texts(&body).len(), 1);
    assert_eq!(texts(&body)[0].text, "deep");
    // Unbalanced the other way, and nested tables.
    let src = format!(
        "{}x{}",
        "<table><tr><td>".repeat(n / 10),
        "</span></td>".repeat(n)
    );
    let (body, _) = parse_timed(&src);
    let t = tables(&body);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].rows[0].cells[0].text, "x");
}

#[test]
fn hostile_million_cells() {
    let n = size(1_000_000);
    let src = format!("<table><tr>{}</table>", "<td>1".repeat(n));
    let (body, _) = parse_timed(&src);
    let t = tables(&body);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].rows.len(), 1);
    assert_eq!(t[0].rows[0].cells.len(), n);
    assert_eq!(t[0].columns as usize, n);
    // Rowspans and colspans at their limits cannot blow up the grid.
    let src = format!(
        "<table>{}</table>",
        "<tr><td colspan=1000 rowspan=65534>x".repeat(size(20_000))
    );
    let (body, d) = parse_timed(&src);
    assert_eq!(tables(&body)[0].rows.len(), size(20_000));
    assert!(d.iter().any(|d| d.code == "table-grid-too-large"));
}

#[test]
fn hostile_unclosed_comments() {
    let n = size(200_000);
    let src = format!("<!-- never closed {}", "<p>para</p>".repeat(n));
    let (body, d) = parse_timed(&src);
    assert_eq!(texts(&body).len(), n);
    assert_eq!(d.iter().filter(|d| d.code == "unclosed-comment").count(), 1);
    // Many unclosed comments: linear, and diagnostics are capped.
    let src = "<!-- x> y ".repeat(n);
    let (body, d) = parse_timed(&src);
    assert_eq!(texts(&body)[0].text.len(), n * 2 - 1);
    assert_eq!(
        d.iter().filter(|d| d.code == "unclosed-comment").count(),
        10
    );
    assert!(d.iter().any(|d| d.code == "repeated-diagnostic"));
    // Unclosed quotes, CDATA and scripts.
    for (unit, code, last) in [
        // Quotes pair up across tags; one more leaves the last one open.
        ("<a title=\"x>y ", "unclosed-attribute-quote", "y"),
        ("<![CDATA[ z> w ", "unclosed-cdata", "w"),
        ("<script> s <p>v ", "unclosed-raw-text", "v"),
    ] {
        let (body, d) = parse_timed(&(unit.repeat(n / 10 * 2) + unit));
        assert!(d.iter().any(|d| d.code == code), "{code}");
        assert!(texts(&body).last().unwrap().text.ends_with(last), "{code}");
    }
}

#[test]
fn hostile_long_line() {
    let n = size(20_000_000);
    let mut src = String::with_capacity(n + 10);
    src.push_str("<p>");
    while src.len() < n {
        src.push_str("word &amp; ");
    }
    let (body, _) = parse_timed(&src);
    let t = texts(&body);
    assert_eq!(t.len(), 1);
    assert!(t[0].text.starts_with("word & word"));
    assert_eq!(t[0].span.end, src.len() - 1);
}

#[test]
fn hostile_unclosed_at_eof() {
    for src in [
        "<p>text<div><table><tr><td>cell<b",
        "<table><tr><td>a",
        "<div style=\"display:none",
        "<p>x<",
        "<",
        "&",
        "&#",
        "&#x",
        "<!--",
        "<![CDATA[",
        "</",
        "<pre>",
        "<script>",
        "<td>x</td> <tr>y</table></td></tr>",
        "<caption>c</caption><table><caption>c2",
        "\u{a0}\u{2011}<p>é&nbsp",
    ] {
        let mut d = Vec::new();
        let body = html::parse(src, 0, &mut d);
        assert!(!body.pages.is_empty(), "{src:?}");
        check_spans(src, src, &body);
    }
    let mut d = Vec::new();
    let body = html::parse("<p>text<div><table><tr><td>cell<b", 0, &mut d);
    assert_eq!(tables(&body)[0].rows[0].cells[0].text, "cell");
    let codes: Vec<_> = d.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["unclosed-tag", "unclosed-table"]);
}

/// The JSON carries a block's style compactly: only what is set, no `style` when nothing is.
#[test]
fn block_style_in_json_only_when_set() {
    if !common::corpus_present("html_body::block_style_in_json_only_when_set") {
        return;
    }
    let (_, body, _) = parse_file(&format!("{CORPUS}/sixk/royal-philips_20230130_html6k.htm"));
    let json = |t: &TextBlock| serde_json::to_value(t).expect("a block serializes");
    // `<h5 style="... font-weight: bold; ...">`, centred by its container.
    let h5 = block(&body, "REPORT OF FOREIGN ISSUER");
    let style = &json(h5)["style"];
    assert_eq!(style["heading"], 5, "{style}");
    assert_eq!(style["bold"], true, "{style}");
    assert_eq!(style["centered"], true, "{style}");
    // Every block: exactly the fields that are set, and no `style` at all when none is.
    let mut plain = 0;
    for t in texts(&body) {
        let v = json(t);
        let st = t.style;
        if st.is_plain() {
            plain += 1;
            assert_eq!(v.get("style"), None, "{v}");
            continue;
        }
        let keys: Vec<&str> = v["style"]
            .as_object()
            .expect("a style object")
            .keys()
            .map(|k| k.as_str())
            .collect();
        let mut want = vec![];
        if st.blank_before {
            want.push("blankBefore");
        }
        if st.bold {
            want.push("bold");
        }
        if st.centered {
            want.push("centered");
        }
        if st.heading != 0 {
            want.push("heading");
        }
        if st.italic {
            want.push("italic");
        }
        if st.list != form6k::body::ListKind::None {
            want.push("list");
        }
        if st.size != 0 {
            want.push("size");
        }
        assert_eq!(keys, want, "{v}");
    }
    // In this filing every block has a margin or a size; a block with no style has no `style`.
    assert_eq!(plain, 0);
    assert_eq!(json(&TextBlock::default()).get("style"), None);
}
