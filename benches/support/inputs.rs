//! Benchmark inputs: the corpus groups, the generated large inputs and the scaling pairs.
//!
//! Everything generated is deterministic (a fixed-seed xorshift for blob bytes, corpus
//! files in sorted order), so two runs, or the native and wasm runs, read the same bytes.
//! Generated files go to `target/bench-data/` and are never committed.

use std::fs;
use std::path::{Path, PathBuf};

/// The corpus, relative to the repository root.
pub const CORPUS: &str = "../shared/corpus";
/// Where generated inputs are written.
pub const DATA: &str = "target/bench-data";
/// Where the group lists and results are written.
pub const RESULTS: &str = "target/bench-results";
/// Size of the generated whole submission.
pub const BIG_SUBMISSION_BYTES: usize = 50 * 1024 * 1024;
/// Size of the generated HTML 6-K.
pub const BIG_HTML_BYTES: usize = 5 * 1024 * 1024;

/// A named set of files measured together.
pub struct Group {
    pub name: &'static str,
    pub files: Vec<PathBuf>,
}

fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file());
    files.sort();
    files
}

/// The groups every runner (native, wasm, peers) measures, in order.
pub fn groups() -> Vec<Group> {
    let corpus = Path::new(CORPUS);
    vec![
        Group {
            name: "corpus-submissions",
            files: sorted_files(&corpus.join("submissions")),
        },
        Group {
            name: "submission-50mb",
            files: vec![Path::new(DATA).join("submission-50mb.txt")],
        },
        Group {
            name: "html-6k",
            files: sorted_files(&corpus.join("sixk")),
        },
        Group {
            name: "html-6k-5mb",
            files: vec![Path::new(DATA).join("html6k-5mb.htm")],
        },
    ]
}

/// Deterministic pseudo-random bytes (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| (self.next() >> 56) as u8).collect()
    }
}

/// Uuencode `data` as EDGAR does: `begin 644 name`, 45 bytes a line, `` ` `` for zero.
pub fn uuencode(name: &str, data: &[u8]) -> String {
    let enc = |v: u8| if v == 0 { '`' } else { (b' ' + v) as char };
    let mut out = format!("begin 644 {name}\n");
    for chunk in data.chunks(45) {
        out.push(enc(chunk.len() as u8));
        for g in chunk.chunks(3) {
            let b = [g[0], *g.get(1).unwrap_or(&0), *g.get(2).unwrap_or(&0)];
            out.push(enc(b[0] >> 2));
            out.push(enc(((b[0] & 3) << 4) | (b[1] >> 4)));
            out.push(enc(((b[1] & 15) << 2) | (b[2] >> 6)));
            out.push(enc(b[2] & 63));
        }
        out.push('\n');
    }
    out.push_str("`\nend\n");
    out
}

/// The `<DOCUMENT>...</DOCUMENT>` blocks of a submission, as text.
fn document_blocks(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(s) = text[from..].find("<DOCUMENT>") {
        let s = from + s;
        let Some(e) = text[s..].find("</DOCUMENT>") else {
            break;
        };
        let e = s + e + "</DOCUMENT>".len();
        out.push(&text[s..e]);
        from = e;
    }
    out
}

fn read_lossy(path: &Path) -> String {
    String::from_utf8_lossy(&fs::read(path).unwrap_or_default()).into_owned()
}

const HEADER: &str = "<SEC-DOCUMENT>0009999999-26-000001.txt : 20260101
<SEC-HEADER>0009999999-26-000001.hdr.sgml : 20260101
<ACCEPTANCE-DATETIME>20260101060000
ACCESSION NUMBER:\t\t0009999999-26-000001
CONFORMED SUBMISSION TYPE:\t6-K
PUBLIC DOCUMENT COUNT:\t\t{count}
CONFORMED PERIOD OF REPORT:\t20260101
FILED AS OF DATE:\t\t20260101
DATE AS OF CHANGE:\t\t20260101

FILER:

\tCOMPANY DATA:\t
\t\tCOMPANY CONFORMED NAME:\t\t\tBENCHMARK HOLDINGS N.V.
\t\tCENTRAL INDEX KEY:\t\t\t0009999999
\t\tSTANDARD INDUSTRIAL CLASSIFICATION:\tSERVICES-PREPACKAGED SOFTWARE [7372]
\t\tIRS NUMBER:\t\t\t\t000000000
\t\tFISCAL YEAR END:\t\t\t1231

\tFILING VALUES:
\t\tFORM TYPE:\t\t6-K
\t\tSEC ACT:\t\t1934 Act
\t\tSEC FILE NUMBER:\t001-99999
\t\tFILM NUMBER:\t\t26000001

\tBUSINESS ADDRESS:\t
\t\tSTREET 1:\t\t1 BENCH STREET
\t\tCITY:\t\t\tAMSTERDAM
\t\tSTATE:\t\t\tP7
\t\tZIP:\t\t\t1000 AA
</SEC-HEADER>
";

/// A 6-K submission of `target` bytes or a little more: the Alcon 6-K as document 1,
/// then, in turn, every corpus document block, the large HTML documents wrapped as
/// exhibits and a uuencoded pseudo-random blob (about a third of the bytes).
pub fn big_submission(target: usize) -> String {
    let corpus = Path::new(CORPUS);
    let sixk = read_lossy(&corpus.join("sixk/alcon_20230213_html6k.htm"));
    let mut pool: Vec<String> = Vec::new();
    for f in sorted_files(&corpus.join("submissions")) {
        let text = read_lossy(&f);
        pool.extend(document_blocks(&text).into_iter().map(str::to_string));
    }
    for f in sorted_files(&corpus.join("documents")) {
        pool.push(wrap("EX-99", "exhibit.htm", &read_lossy(&f)));
    }
    let mut rng = Rng::new(0x6b_6b_6b);
    let mut docs = vec![sixk.trim_end().to_string()];
    let mut size = docs[0].len();
    let mut i = 0usize;
    while size < target && !pool.is_empty() {
        let doc = if i % 3 == 2 {
            let n = 100_000 + (rng.next() % 900_000) as usize;
            let name = format!("blob{i}.bin");
            wrap("GRAPHIC", &name, &uuencode(&name, &rng.bytes(n)))
        } else {
            pool[i % pool.len()].clone()
        };
        size += doc.len() + 1;
        docs.push(doc);
        i += 1;
    }
    let mut out = HEADER.replace("{count}", &docs.len().to_string());
    for d in &docs {
        out.push_str(d);
        out.push('\n');
    }
    out.push_str("</SEC-DOCUMENT>\n");
    out
}

fn wrap(doc_type: &str, filename: &str, body: &str) -> String {
    format!(
        "<DOCUMENT>\n<TYPE>{doc_type}\n<SEQUENCE>9\n<FILENAME>{filename}\n<TEXT>\n{}\n</TEXT>\n</DOCUMENT>",
        body.trim_end()
    )
}

/// The inside of an HTML document's `<body>`, or the whole text when it has none.
fn body_inner(html: &str) -> &str {
    let lower = html.to_ascii_lowercase();
    let start = lower
        .find("<body")
        .and_then(|s| lower[s..].find('>').map(|e| s + e + 1))
        .unwrap_or(0);
    let end = lower.rfind("</body>").filter(|&e| e >= start);
    &html[start..end.unwrap_or(html.len())]
}

/// An HTML 6-K of `target` bytes or a little more: the Royal Philips 6-K with the body
/// of the corpus' large HTML documents appended inside its `<body>`, in turn.
pub fn big_html_6k(target: usize) -> String {
    let corpus = Path::new(CORPUS);
    let sixk = read_lossy(&corpus.join("sixk/royal-philips_20230130_html6k.htm"));
    let cut = sixk
        .to_ascii_lowercase()
        .rfind("</body>")
        .unwrap_or(sixk.len());
    let (head, tail) = sixk.split_at(cut);
    let bodies: Vec<String> = sorted_files(&corpus.join("documents"))
        .iter()
        .map(|f| body_inner(&read_lossy(f)).to_string())
        .collect();
    let mut out = head.to_string();
    let mut i = 0;
    while out.len() + tail.len() < target && !bodies.is_empty() {
        out.push_str(&bodies[i % bodies.len()]);
        i += 1;
    }
    out.push_str(tail);
    out
}

/// Write the generated inputs unless they are already there with the same bytes.
pub fn write_generated() -> std::io::Result<()> {
    fs::create_dir_all(DATA)?;
    for (name, text) in [
        ("submission-50mb.txt", big_submission(BIG_SUBMISSION_BYTES)),
        ("html6k-5mb.htm", big_html_6k(BIG_HTML_BYTES)),
    ] {
        let path = Path::new(DATA).join(name);
        if fs::read(&path).ok().as_deref() != Some(text.as_bytes()) {
            fs::write(&path, text)?;
        }
    }
    Ok(())
}

/// A scaling case: builds an input of about `n` units.
pub struct ScaleCase {
    pub path: &'static str,
    pub kind: &'static str,
    pub build: fn(usize) -> String,
}

fn repeat_to(unit: &str, n: usize) -> String {
    unit.repeat(n.div_ceil(unit.len().max(1)))
}

/// Normal and adversarial inputs for each path; `n` is a byte budget.
pub fn scale_cases() -> Vec<ScaleCase> {
    vec![
        ScaleCase {
            path: "envelope",
            kind: "normal: N documents",
            build: |n| {
                let blocks = {
                    let t = read_lossy(&Path::new(CORPUS).join(
                        "submissions/1895-bancorp_0000943374-24-000509_negative-8k-fullsub.txt",
                    ));
                    document_blocks(&t).join("\n")
                };
                let mut out = HEADER.replace("{count}", "1");
                out.push_str(&repeat_to(&(blocks + "\n"), n));
                out.push_str("</SEC-DOCUMENT>\n");
                out
            },
        },
        ScaleCase {
            path: "envelope",
            kind: "adversarial: unclosed <DOCUMENT>s",
            build: |n| repeat_to("<DOCUMENT>\n<TYPE>6-K\n<TEXT>\n<PAGE> x <\n", n),
        },
        ScaleCase {
            path: "envelope",
            kind: "adversarial: header of bad lines",
            build: |n| {
                let mut out = String::from("<SEC-HEADER>\n");
                out.push_str(&repeat_to("NOT A FIELD <X> ::\n\t\tKEY:\tv\n", n));
                out
            },
        },
        ScaleCase {
            path: "text",
            kind: "normal: seed 6-K repeated",
            build: |n| {
                repeat_to(
                    &read_lossy(&Path::new(CORPUS).join("000_e7d0646948fb95ab.txt")),
                    n,
                )
            },
        },
        ScaleCase {
            path: "text",
            kind: "adversarial: unclosed <TABLE>s, long lines",
            build: |n| {
                let line = format!("<TABLE>\n<S> {} <C>\n", "1 ".repeat(2000));
                repeat_to(&line, n)
            },
        },
        ScaleCase {
            path: "text",
            kind: "adversarial: one line, no newline",
            build: |n| repeat_to("word  12,345  <C> ", n),
        },
        ScaleCase {
            path: "html",
            kind: "normal: Philips 6-K body repeated",
            build: |n| {
                let t =
                    read_lossy(&Path::new(CORPUS).join("sixk/royal-philips_20230130_html6k.htm"));
                format!("<html><body>{}</body></html>", repeat_to(body_inner(&t), n))
            },
        },
        ScaleCase {
            path: "html",
            kind: "adversarial: unclosed nested tags",
            build: |n| {
                format!(
                    "<html><body>{}",
                    repeat_to("<div><table><tr><td><p><b>x &amp y", n)
                )
            },
        },
        ScaleCase {
            path: "html",
            kind: "adversarial: '<' and '&' without end",
            build: |n| format!("<html><body>{}", repeat_to("a < b &c d &#x &amp <3 ", n)),
        },
        ScaleCase {
            path: "html",
            kind: "adversarial: one wide table",
            build: |n| {
                format!(
                    "<html><body><table><tr>{}</table>",
                    repeat_to("<td colspan=2>1</td>", n)
                )
            },
        },
        ScaleCase {
            path: "text",
            kind: "adversarial: an index of N exhibits, each with a page of its own",
            build: |n| {
                // Every exhibit is listed, headed on a page and read as an item: the
                // report's linking and items must stay linear in the number of exhibits.
                let mut head = String::from(
                    "FORM 6-K\nFor the month of May 2010\nACME LTD\n\
                     (Exact name of registrant as specified in its charter)\n\nEXHIBIT INDEX\n",
                );
                let per = 120;
                let count = (n / (2 * per)).max(1);
                for i in 1..=count {
                    head.push_str(&format!("99.{i}    Press release number {i}\n"));
                }
                head.push_str(
                    "SIGNATURES\nthe registrant has duly caused this report to be signed\n\
                     Date: May 1, 2010    By: /s/ John Smith\n",
                );
                for i in 1..=count {
                    head.push_str(&format!(
                        "<PAGE>\nExhibit 99.{i}\nACME announces results for the quarter\n"
                    ));
                }
                head
            },
        },
    ]
}
