//! The made-up press releases of `tests/keys/synthetic/headlines.tsv` (headline, lede,
//! the topics a reader files it under), each read as the one release of a small 6-K
//! under the same cover. Shared by `examples/headlines.rs` and `tests/keys.rs`.

/// The set, next to this crate's tests.
pub const SET: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/keys/synthetic/headlines.tsv"
);

/// The data rows of a TSV set (after its header) that belong to `half`, with their
/// columns: the even rows are the tuning half, the odd ones held out.
pub fn rows(text: &str, half: Half) -> Vec<Vec<&str>> {
    text.lines()
        .skip(1)
        .enumerate()
        .filter(|(i, _)| match half {
            Half::All => true,
            Half::Tune => i % 2 == 0,
            Half::Held => i % 2 == 1,
        })
        .map(|(_, row)| row.split('\t').collect())
        .collect()
}

/// The examples' command line: `--half tune|held` and the flags after it, with the
/// value that follows `--file`.
pub struct Args {
    pub half: Half,
    pub flags: Vec<String>,
    pub file: Option<String>,
}

impl Args {
    pub fn read() -> Args {
        let mut out = Args {
            half: Half::All,
            flags: Vec::new(),
            file: None,
        };
        let mut args = std::env::args().skip(1);
        while let Some(a) = args.next() {
            match a.as_str() {
                "--half" => {
                    out.half = match args.next().as_deref() {
                        Some("tune") => Half::Tune,
                        Some("held") => Half::Held,
                        _ => Half::All,
                    }
                }
                "--file" => out.file = args.next(),
                _ => out.flags.push(a),
            }
        }
        out
    }

    pub fn has(&self, flag: &str) -> bool {
        self.flags.iter().any(|f| f == flag)
    }
}

/// Which rows: the even data rows are the tuning half, the odd ones held out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Half {
    Tune,
    Held,
    All,
}

/// One row's figures.
pub struct Scored {
    pub headline: String,
    pub lede: String,
    pub want: Vec<String>,
    pub got: Vec<String>,
}

impl Scored {
    pub fn first_found(&self) -> bool {
        self.got.first() == self.want.first()
    }
    pub fn no_extra(&self) -> bool {
        self.got.iter().all(|t| self.want.contains(t))
    }
}

/// Every row of `half`, read.
pub fn score(half: Half) -> Vec<Scored> {
    score_file(SET, half)
}

/// Every row of `half` of another set in the same format (headline, lede, topics).
pub fn score_file(path: &str, half: Half) -> Vec<Scored> {
    let text = std::fs::read_to_string(path).expect("a synthetic headline set");
    let mut out = Vec::new();
    for cols in rows(&text, half) {
        let [headline, lede, topics] = cols[..] else {
            continue;
        };
        out.push(Scored {
            headline: headline.to_string(),
            lede: lede.to_string(),
            want: topics.split('|').map(str::to_string).collect(),
            got: read(headline, lede),
        });
    }
    out
}

/// The topics form6k reads from one release under a plain cover.
pub fn read(headline: &str, lede: &str) -> Vec<String> {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    let input = format!(
        "<html><body><p align=center>FORM 6-K</p>\
         <p align=center>REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934</p>\
         <p align=center>For the month of April 2013</p>\
         <p align=center><b>REGISTRANT LTD.</b><br>(Translation of registrant's name into English)</p>\
         <p align=center>1 Main Street, Oslo 0150, Norway<br>(Address of principal executive offices)</p>\
         <p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F. Form 20-F X Form 40-F ___</p>\
         <p align=center><b>SIGNATURE</b></p>\
         <p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>\
         <table><tr><td>Date: April 4, 2013</td><td>By: /s/ A. Signer<br>Name: A. Signer<br>Title: Secretary</td></tr></table>\
         <p align=center><b>{}</b></p><p>{}</p></body></html>\n",
        esc(headline),
        esc(lede)
    );
    let filing = form6k::parse(input.as_bytes());
    let Some(report) = filing.report else {
        return Vec::new();
    };
    let Some(item) = report.items.first() else {
        return Vec::new();
    };
    item.topics
        .iter()
        .map(|t| t.topic.as_str().to_string())
        .collect()
}
