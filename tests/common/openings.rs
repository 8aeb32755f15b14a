//! The made-up exhibit openings of `tests/keys/synthetic/openings/` (120 HTML fragments:
//! what stands above a release's title, the title, the first paragraphs; `keys.tsv` the
//! headline a reader quotes, `NULL` when none is printed), each read as exhibit 99.1 of a
//! small submission. Shared by `examples/openings.rs` and `tests/keys.rs`.

use super::keys::fold_headline;
use super::synthetic::Half;

pub const DIR: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/keys/synthetic/openings/"
);

/// One file's headline: the key's and form6k's.
pub struct Opening {
    pub file: String,
    pub want: Option<String>,
    pub got: Option<String>,
}

impl Opening {
    pub fn exact(&self) -> bool {
        self.want.as_deref().map(fold_headline) == self.got.as_deref().map(fold_headline)
    }
}

/// The second set (150 openings, session 9), all of it for tuning.
pub const DIR2: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/keys/synthetic/openings2/"
);

/// Every file of `half` of the first set: even data rows tune, odd rows held out.
pub fn score(half: Half) -> Vec<Opening> {
    score_dir(DIR, half)
}

/// Every file of `half` of the set in `dir`.
pub fn score_dir(dir: &str, half: Half) -> Vec<Opening> {
    let keys = std::fs::read_to_string(format!("{dir}keys.tsv")).expect("keys.tsv");
    let mut out = Vec::new();
    for cols in super::synthetic::rows(&keys, half) {
        let [file, headline, ..] = cols[..] else {
            continue;
        };
        let html = std::fs::read_to_string(format!("{dir}{file}")).expect("an opening");
        out.push(Opening {
            file: file.to_string(),
            want: (headline != "NULL").then(|| headline.to_string()),
            got: read(&html),
        });
    }
    out
}

/// The first item's headline of a submission furnishing `html` as exhibit 99.1.
pub fn read(html: &str) -> Option<String> {
    let input = format!(
        "<SEC-DOCUMENT>0000000000-13-000009.txt\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t6-K\n</SEC-HEADER>\n\
         <DOCUMENT>\n<TYPE>6-K\n<SEQUENCE>1\n<FILENAME>cover.htm\n<TEXT>\n\
         <html><body><p align=center>FORM 6-K</p>\
         <p align=center>REPORT OF FOREIGN PRIVATE ISSUER PURSUANT TO RULE 13a-16 OR 15d-16 OF THE SECURITIES EXCHANGE ACT OF 1934</p>\
         <p align=center>For the month of April 2013</p>\
         <p align=center><b>REGISTRANT LTD.</b><br>(Translation of registrant's name into English)</p>\
         <p align=center>1 Main Street, Oslo 0150, Norway<br>(Address of principal executive offices)</p>\
         <p>Indicate by check mark whether the registrant files or will file annual reports under cover of Form 20-F or Form 40-F. Form 20-F X Form 40-F ___</p>\
         <p>Exhibit 99.1 Press release</p>\
         <p align=center><b>SIGNATURE</b></p>\
         <p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized.</p>\
         <table><tr><td>Date: April 4, 2013</td><td>By: /s/ A. Signer<br>Name: A. Signer<br>Title: Secretary</td></tr></table>\
         </body></html>\n</TEXT>\n</DOCUMENT>\n\
         <DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex991.htm\n<TEXT>\n<html><body>\n{html}\n</body></html>\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n"
    );
    let filing = form6k::parse(input.as_bytes());
    let item = filing.report?.items.into_iter().next()?;
    item.headline.map(|h| h.value)
}
