//! The topic reader on 360 made-up press releases (`tests/keys/synthetic/headlines.tsv`,
//! see `tests/keys/README.md`): how many of the phrasings foreign issuers title their
//! releases with it knows. The set was written by someone who had not seen the reader's
//! phrase table; the even data rows are the tuning half, the odd rows are held out and
//! never read to change the reader.
//!
//! ```sh
//! cargo run --release --example headlines -- --half held            # the held-out figure
//! cargo run --release --example headlines -- --half tune --misses   # what to work on
//! cargo run --release --example headlines -- --file tests/keys/synthetic/tune2.tsv --misses
//! ```
//!
//! `--file PATH` scores every row of another set in the same format (all of it one half);
//! `--lede` prints each miss's lede too (never with the held-out half).

#[path = "../tests/common/synthetic.rs"]
mod synthetic;

use synthetic::Half;

fn main() {
    let args = synthetic::Args::read();
    let (half, file) = (args.half, args.file.clone());
    let mut misses = args.has("--misses");
    let lede = args.has("--lede");
    if misses && half == Half::Held && file.is_none() {
        eprintln!("the held-out half's misses are never shown");
        misses = false;
    }
    let rows = match &file {
        Some(path) => synthetic::score_file(path, Half::All),
        None => synthetic::score(half),
    };
    let n = rows.len() as u32;
    let mut per: std::collections::BTreeMap<&str, (u32, u32)> = Default::default();
    for r in &rows {
        let e = per.entry(r.want[0].as_str()).or_default();
        e.0 += 1;
        e.1 += u32::from(r.first_found());
        if misses && !(r.first_found() && r.no_extra()) {
            println!("{}\n    want {:?} got {:?}", r.headline, r.want, r.got);
            if lede {
                println!("    lede: {}", r.lede);
            }
        }
    }
    let first = rows.iter().filter(|r| r.first_found()).count() as u32;
    let extra = rows.iter().filter(|r| r.no_extra()).count() as u32;
    let pct = |a: u32| 100.0 * f64::from(a) / f64::from(n.max(1));
    match &file {
        Some(path) => println!("file: {path}, {n} releases"),
        None => println!("half: {half:?}, {n} releases"),
    }
    println!("first topic found: {first}/{n} ({:.1}%)", pct(first));
    println!("no extra topic:    {extra}/{n} ({:.1}%)", pct(extra));
    for (topic, (k, ok)) in per {
        println!("  {topic:20} {ok}/{k}");
    }
}
