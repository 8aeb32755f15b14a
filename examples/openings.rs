//! The headline reader on 120 made-up exhibit openings (`tests/keys/synthetic/openings/`,
//! see `tests/keys/README.md`), written by someone who had not seen the reader: the
//! even rows of `keys.tsv` are the tuning half, the odd rows are held out and never read
//! to change the reader.
//!
//! ```sh
//! cargo run --release --example openings -- --half held            # the held-out figure
//! cargo run --release --example openings -- --half tune --misses   # what to work on
//! ```

#[path = "../tests/common/keys.rs"]
mod keys;
#[path = "../tests/common/openings.rs"]
mod openings;
#[path = "../tests/common/synthetic.rs"]
#[allow(dead_code)]
mod synthetic;

use synthetic::Half;

fn main() {
    let args = synthetic::Args::read();
    let half = args.half;
    let misses = args.has("--misses");
    // `--second`: the second set (openings2), all of it tuning.
    let second = args.has("--second");
    let rows = match second {
        true => openings::score_dir(openings::DIR2, Half::All),
        false => openings::score(half),
    };
    let exact = rows.iter().filter(|r| r.exact()).count();
    if misses && (second || half != Half::Held) {
        for r in rows.iter().filter(|r| !r.exact()) {
            println!("{}\n    want {:?}\n    got  {:?}", r.file, r.want, r.got);
        }
    }
    let n = rows.len();
    let pct = 100.0 * exact as f64 / n.max(1) as f64;
    println!("half: {half:?}, {n} openings; headline exact {exact}/{n} ({pct:.1}%)");
}
