//! How exactly form6k reads the filings that hand-written answer keys describe: per
//! issuer and per field, cover fields, headline, first topic and no extra topic (the
//! figures of `docs/accuracy.md`).
//!
//! ```sh
//! cargo run --release --example accuracy -- --split blind            # the blind set
//! cargo run --release --example accuracy -- --split tune --misses    # what to work on
//! cargo run --release --example accuracy -- --split all DIR...       # other key folders
//! ```
//!
//! Keys are read from `tests/keys/sixk-new-issuers/` and `tests/keys/sixk-submissions/`
//! (or the folders given); inputs are found in `../shared/corpus/sixk-new-issuers/` and
//! `../shared/corpus/sixk-submissions/`. `tests/keys/blind.txt` names the blind keys:
//! `--split blind` scores only those, `--split tune` only the others, `--split all` all.
//! `--misses` prints every wrong value.

#[path = "../tests/common/keys.rs"]
mod keys;

use std::path::PathBuf;

fn main() {
    let mut split = keys::Split::All;
    let mut misses = false;
    let mut dirs: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--split" => {
                split = match args.next().as_deref() {
                    Some("blind") => keys::Split::Blind,
                    Some("tune") => keys::Split::Tune,
                    Some("all") => keys::Split::All,
                    _ => {
                        eprintln!("--split takes blind, tune or all");
                        std::process::exit(2);
                    }
                }
            }
            "--misses" => misses = true,
            _ => dirs.push(PathBuf::from(a)),
        }
    }
    if dirs.is_empty() {
        dirs = keys::KEY_DIRS.iter().map(PathBuf::from).collect();
    }
    let summary = keys::score_keys(&dirs, split);
    print!("{}", summary.table());
    if misses {
        println!();
        for w in &summary.misses {
            println!("{w}");
        }
    }
}
