//! Helpers shared by `tests/cli.rs` and `tests/cli_outputs.rs`: running the binary,
//! the corpus (skipped with one line when absent), JSON lines.
#![allow(dead_code)]

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
pub const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seed/hanaro-2003-04.txt"
);
pub const EVIL: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/cli/evil-names.txt"
);

pub fn form6k() -> Command {
    Command::new(env!("CARGO_BIN_EXE_form6k"))
}

pub fn run(args: &[&str]) -> Output {
    form6k()
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run form6k: {e}"))
}

pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = form6k()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run form6k: {e}"));
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
}

/// The corpus folder, or `None` after one line saying the test is skipped.
pub fn corpus(sub: &str) -> Option<PathBuf> {
    let dir = Path::new(CORPUS).join(sub);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!("skipped: {} is absent", dir.display());
        None
    }
}

pub fn sorted_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The files of `dir` of at most `max` bytes, sorted.
pub fn small_files(dir: &Path, max: u64) -> Vec<PathBuf> {
    let mut files = sorted_files(dir);
    files.retain(|p| std::fs::metadata(p).is_ok_and(|m| m.len() <= max));
    files
}

pub fn lines(out: &[u8]) -> Vec<Value> {
    out.split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).unwrap_or_else(|e| panic!("not JSON ({e})")))
        .collect()
}

/// The keys of a JSON object, in the order written.
pub fn keys_in_order(json: &[u8]) -> Vec<String> {
    struct Keys(Vec<String>);
    struct Visit;
    impl<'de> serde::de::Visitor<'de> for Visit {
        type Value = Keys;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut m: A) -> Result<Keys, A::Error> {
            let mut keys = Vec::new();
            while let Some(k) = m.next_key::<String>()? {
                m.next_value::<serde::de::IgnoredAny>()?;
                keys.push(k);
            }
            Ok(Keys(keys))
        }
    }
    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Keys, D::Error> {
            d.deserialize_map(Visit)
        }
    }
    serde_json::from_slice::<Keys>(json).unwrap().0
}

pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

pub fn stem(p: &str) -> &str {
    Path::new(p).file_stem().unwrap().to_str().unwrap()
}

/// The covers of `args` as JSONL rows.
pub fn covers_jsonl(args: &[&str]) -> Vec<Value> {
    let mut a = vec!["covers", "--jsonl"];
    a.extend_from_slice(args);
    let out = run(&a);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    lines(&out.stdout)
}
