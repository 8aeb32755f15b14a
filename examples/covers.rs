//! The cover reader on 80 made-up 6-K cover pages (`tests/keys/synthetic/covers/`, see
//! `tests/keys/README.md`), written by someone who had not seen the reader: even rows
//! tune, odd rows held out and never read to change the reader.
//!
//! ```sh
//! cargo run --release --example covers -- --half held            # the held-out figure
//! cargo run --release --example covers -- --half tune --misses   # what to work on
//! ```

#[path = "../tests/common/keys.rs"]
mod keys;
#[path = "../tests/common/made_covers.rs"]
mod made_covers;
#[path = "../tests/common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use synthetic::Half;

fn main() {
    let args = synthetic::Args::read();
    let half = args.half;
    let misses = args.has("--misses");
    let rows = made_covers::score(half);
    let mut per: std::collections::BTreeMap<&str, (usize, usize)> = Default::default();
    for r in &rows {
        let e = per.entry(r.field).or_default();
        e.0 += 1;
        e.1 += usize::from(r.exact());
        if misses && half != Half::Held && !r.exact() {
            println!(
                "{} {}\n    want {}\n    got  {}",
                r.file, r.field, r.want, r.got
            );
        }
    }
    let exact = rows.iter().filter(|r| r.exact()).count();
    let n = rows.len();
    println!(
        "half: {half:?}, {} covers; fields exact {exact}/{n} ({:.1}%)",
        n / 9,
        100.0 * exact as f64 / n.max(1) as f64
    );
    for (field, (k, ok)) in per {
        println!("  {field:22} {ok}/{k}");
    }
}
