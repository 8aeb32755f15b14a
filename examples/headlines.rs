//! The topic reader on made-up press releases (`tests/keys/synthetic/headlines.tsv`:
//! headline, lede, the topics a reader files it under), each set as the release of a
//! small 6-K under the same cover. Written by someone who had not seen the reader's
//! phrase table, to measure how many of the phrasings foreign issuers use it knows.
//! Even rows (the first, third, ... data row) are the tuning half, odd rows the held-out
//! half: `--half held` scores only those.
//!
//! ```sh
//! cargo run --release --example headlines -- --half held [--misses]
//! ```

fn main() {
    let mut half = "all".to_string();
    let mut misses = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--half" => half = args.next().unwrap_or_default(),
            "--misses" => misses = true,
            _ => {}
        }
    }
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/keys/synthetic/headlines.tsv"
    );
    let text = std::fs::read_to_string(path).expect("the headline set");
    let (mut n, mut first, mut no_extra) = (0, 0, 0);
    let mut per: std::collections::BTreeMap<String, (u32, u32)> = Default::default();
    for (i, row) in text.lines().skip(1).enumerate() {
        let held = i % 2 == 1;
        if (half == "held" && !held) || (half == "tune" && held) {
            continue;
        }
        let cols: Vec<&str> = row.split('\t').collect();
        let [headline, lede, topics] = cols[..] else {
            continue;
        };
        let want: Vec<&str> = topics.split('|').collect();
        let got = read(headline, lede);
        n += 1;
        let ok_first = got.first().map(String::as_str) == Some(want[0]);
        let ok_extra = got.iter().all(|t| want.contains(&t.as_str()));
        first += u32::from(ok_first);
        no_extra += u32::from(ok_extra);
        let e = per.entry(want[0].to_string()).or_default();
        e.0 += 1;
        e.1 += u32::from(ok_first);
        if misses && !(ok_first && ok_extra) {
            println!("{headline}\n    want {want:?} got {got:?}");
        }
    }
    let pct = |a: u32| 100.0 * f64::from(a) / f64::from(n.max(1));
    println!("half: {half}, {n} releases");
    println!("first topic found: {first}/{n} ({:.1}%)", pct(first));
    println!("no extra topic:    {no_extra}/{n} ({:.1}%)", pct(no_extra));
    for (topic, (k, ok)) in per {
        println!("  {topic:20} {ok}/{k}");
    }
}

/// The topics form6k reads from one release under a plain cover.
fn read(headline: &str, lede: &str) -> Vec<String> {
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
         <p>Date: April 4, 2013 By: /s/ A. Signer Name: A. Signer Title: Secretary</p>\
         <p align=center><b>{}</b></p><p>{}</p></body></html>\n",
        esc(headline),
        esc(lede)
    );
    let filing = form6k::parse(input.as_bytes());
    let Some(report) = filing.report else {
        return Vec::new();
    };
    report
        .items
        .first()
        .map(|i| {
            i.topics
                .iter()
                .map(|t| t.topic.as_str().to_string())
                .collect()
        })
        .unwrap_or_default()
}
