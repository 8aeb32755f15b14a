//! `cargo bench`: throughput of each stage of form6k, peak memory and scaling.
//!
//! ```text
//! cargo bench --bench parse                      # everything, a table on stdout
//! cargo bench --bench parse -- --quick           # fewer iterations
//! cargo bench --bench parse -- --json FILE       # also write the figures as JSON
//! cargo bench --bench parse -- --generate        # only write target/bench-data/ and
//!                                                # target/bench-results/groups.json
//! cargo bench --bench parse -- --profile FILE 20 # only parse FILE 20 times (perf, callgrind)
//! cargo bench --bench parse -- --profile-split FILE 20 # only decode + envelope (the split)
//! cargo bench --bench parse -- --peak FILE...    # peak memory / input of each FILE's parse
//! cargo bench --bench parse -- --scale WORD      # only the scaling cases whose input
//!                                                # names WORD (e.g. `'<'`)
//! ```
//!
//! Stages are timed apart on the same input: `decode` (bytes to text), `envelope`
//! (header and document split, uudecode included), `bodies` (every document body),
//! `report` (the 6-K cover and the rest), and `parse` end to end. `split` is
//! `decode` + `envelope`: the work a whole-submission splitter does, which is what the
//! peer comparison sets against secsgml2 and edgartools. Every figure is the median of
//! several runs; MB/s is input bytes (10^6) per second of that stage, so stage figures
//! are comparable with each other. Peak memory is the most the allocator held during
//! one `parse`, above what was held before it, over the input size.

#[path = "support/inputs.rs"]
mod inputs;

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
use std::time::{Duration, Instant};

use form6k::{body, decode, envelope, numbers, report};

/// The system allocator, counting what is held and the most ever held.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn held_add(n: usize) {
    let now = HELD.fetch_add(n, Relaxed) + n;
    PEAK.fetch_max(now, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        held_add(layout.size());
        System.alloc(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size(), Relaxed);
        System.dealloc(ptr, layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        held_add(layout.size());
        System.alloc_zeroed(layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > layout.size() {
            held_add(new_size - layout.size());
        } else {
            HELD.fetch_sub(layout.size() - new_size, Relaxed);
        }
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Bytes allocated at the peak of `f`, above what was held when it started.
fn peak_of<T>(f: impl FnOnce() -> T) -> usize {
    let base = HELD.load(Relaxed);
    PEAK.store(base, Relaxed);
    drop(black_box(f()));
    PEAK.load(Relaxed) - base
}

struct Budget {
    min_runs: usize,
    max_runs: usize,
    time: Duration,
}

/// Median wall time of `f` over at least `min_runs` runs, more while under the budget.
fn median<T>(b: &Budget, mut f: impl FnMut() -> T) -> Duration {
    let mut runs = Vec::new();
    let start = Instant::now();
    while runs.len() < b.min_runs || (runs.len() < b.max_runs && start.elapsed() < b.time) {
        let t = Instant::now();
        drop(black_box(f()));
        runs.push(t.elapsed());
    }
    runs.sort();
    runs[runs.len() / 2]
}

const STAGES: [&str; 6] = ["decode", "envelope", "bodies", "report", "parse", "split"];

/// Median seconds of each stage in [`STAGES`] on one input.
fn time_stages(bytes: &[u8], b: &Budget) -> [f64; 6] {
    let decoded = decode::decode(bytes);
    let text: &str = &decoded.text;
    let env = envelope::parse_envelope(text);
    let mut docs = env.documents.clone();
    let mut diags = Vec::new();
    for d in &mut docs {
        d.body = body::parse_body(
            d.body_span.slice(text),
            d.body_span.start,
            &d.format,
            &mut diags,
        );
    }
    let t = [
        median(b, || decode::decode(black_box(bytes))),
        median(b, || envelope::parse_envelope(black_box(text))),
        median(b, || {
            let mut diags = Vec::new();
            let bodies: Vec<_> = env
                .documents
                .iter()
                .map(|d| {
                    let s = d.body_span;
                    let mut body = body::parse_body(s.slice(text), s.start, &d.format, &mut diags);
                    body.iter_mut().for_each(numbers::annotate);
                    body
                })
                .collect();
            (bodies, diags)
        }),
        median(b, || {
            let mut diags = Vec::new();
            report::read_report(text, env.header.as_ref(), &docs, &mut diags)
        }),
        median(b, || form6k::parse(black_box(bytes))),
        median(b, || {
            let d = decode::decode(black_box(bytes));
            envelope::parse_envelope(&d.text)
        }),
    ];
    t.map(|d| d.as_secs_f64())
}

struct GroupResult {
    name: &'static str,
    files: usize,
    bytes: usize,
    seconds: [f64; 6],
    peak_bytes: usize,
    peak_ratio: f64,
    /// The slowest single-file `parse`, milliseconds.
    max_file_ms: f64,
    /// (path, seconds of each stage) per file, for comparisons file by file.
    per_file: Vec<(String, [f64; 6])>,
}

fn run_group(g: &inputs::Group, b: &Budget) -> Option<GroupResult> {
    let mut r = GroupResult {
        name: g.name,
        files: 0,
        bytes: 0,
        seconds: [0.0; 6],
        peak_bytes: 0,
        peak_ratio: 0.0,
        max_file_ms: 0.0,
        per_file: Vec::new(),
    };
    for f in &g.files {
        let bytes = std::fs::read(f).ok()?;
        let t = time_stages(&bytes, b);
        for (sum, s) in r.seconds.iter_mut().zip(t) {
            *sum += s;
        }
        r.max_file_ms = r.max_file_ms.max(t[4] * 1e3);
        r.per_file.push((f.display().to_string(), t));
        let peak = peak_of(|| form6k::parse(&bytes));
        let ratio = peak as f64 / bytes.len().max(1) as f64;
        if ratio > r.peak_ratio {
            r.peak_ratio = ratio;
            r.peak_bytes = peak;
        }
        r.files += 1;
        r.bytes += bytes.len();
    }
    Some(r)
}

struct ScaleResult {
    path: &'static str,
    kind: &'static str,
    bytes: usize,
    ratio: f64,
    mbps: f64,
}

/// time(2N)/time(N) of one case; the two sizes alternate so machine noise hits both.
fn run_scale(c: &inputs::ScaleCase, n: usize, b: &Budget) -> ScaleResult {
    let small = (c.build)(n);
    let large = (c.build)(2 * n);
    let run = |s: &str| -> Duration {
        if c.path == "envelope" {
            median(b, || envelope::parse_envelope(black_box(s)))
        } else {
            median(b, || {
                form6k::parse_str(black_box(s), &form6k::Options::default())
            })
        }
    };
    let (mut ts, mut tl) = (Vec::new(), Vec::new());
    for _ in 0..3 {
        ts.push(run(&small));
        tl.push(run(&large));
    }
    ts.sort();
    tl.sort();
    let (ts, tl) = (ts[1].as_secs_f64(), tl[1].as_secs_f64());
    ScaleResult {
        path: c.path,
        kind: c.kind,
        bytes: small.len(),
        // Per byte: the large input is about, not exactly, twice the small one.
        ratio: (tl / ts) * (small.len() as f64 * 2.0 / large.len() as f64),
        mbps: large.len() as f64 / tl / 1e6,
    }
}

fn mbps(bytes: usize, secs: f64) -> f64 {
    bytes as f64 / secs.max(1e-12) / 1e6
}

fn main() {
    // `cargo bench` adds `--bench` after the arguments given; it is not a file to read.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let json_path = args
        .iter()
        .position(|a| a == "--json")
        .and_then(|i| args.get(i + 1).cloned());
    let quick = flag("--quick");
    // `--peak FILE...`: peak memory of one parse of each file, over its size.
    if let Some(i) = args.iter().position(|a| a == "--peak") {
        for path in args.iter().skip(i + 1) {
            let Ok(bytes) = std::fs::read(path) else {
                eprintln!("--peak: cannot read {path}");
                continue;
            };
            let peak = peak_of(|| form6k::parse(&bytes));
            let ratio = peak as f64 / bytes.len().max(1) as f64;
            println!("{ratio:8.2} {peak:>12} {:>10} {path}", bytes.len());
        }
        return;
    }
    // `--profile FILE RUNS`: only parse FILE RUNS times, for perf or callgrind
    // (nothing else runs, so a profile holds only the parse);
    // `--profile-split FILE RUNS`: only the split (decode + envelope).
    let split_only = flag("--profile-split");
    if let Some(i) = args
        .iter()
        .position(|a| a == "--profile" || a == "--profile-split")
    {
        let bytes = args.get(i + 1).and_then(|p| std::fs::read(p).ok());
        let runs = args.get(i + 2).and_then(|r| r.parse().ok()).unwrap_or(10);
        let Some(bytes) = bytes else {
            eprintln!("--profile[-split] FILE RUNS: cannot read the file");
            std::process::exit(1);
        };
        for _ in 0..runs {
            if split_only {
                let d = decode::decode(black_box(&bytes));
                drop(black_box(envelope::parse_envelope(&d.text)));
            } else {
                drop(black_box(form6k::parse(black_box(&bytes))));
            }
        }
        return;
    }
    if let Err(e) = inputs::write_generated() {
        eprintln!("cannot write {}: {e}", inputs::DATA);
        std::process::exit(1);
    }
    // The groups as file lists, for the wasm and peer runners.
    let listed = serde_json::json!({ "groups": inputs::groups().iter().map(|g| serde_json::json!({
        "name": g.name,
        "files": g.files.iter().map(|f| f.display().to_string()).collect::<Vec<_>>(),
    })).collect::<Vec<_>>() });
    let written = std::fs::create_dir_all(inputs::RESULTS).and_then(|()| {
        std::fs::write(
            format!("{}/groups.json", inputs::RESULTS),
            listed.to_string(),
        )
    });
    if let Err(e) = written {
        eprintln!("cannot write {}: {e}", inputs::RESULTS);
        std::process::exit(1);
    }
    if flag("--generate") {
        return;
    }
    let budget = Budget {
        min_runs: if quick { 3 } else { 5 },
        max_runs: if quick { 10 } else { 50 },
        time: Duration::from_millis(if quick { 200 } else { 1000 }),
    };

    println!(
        "form6k {} native, stage throughput in MB/s (10^6 input bytes per second; median)",
        form6k::VERSION
    );
    println!(
        "{:<20} {:>5} {:>10} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7}",
        "group",
        "files",
        "bytes",
        "decode",
        "envelope",
        "bodies",
        "report",
        "parse",
        "split",
        "max ms",
        "peak/in"
    );
    let scale_only = args
        .iter()
        .position(|a| a == "--scale")
        .and_then(|i| args.get(i + 1).cloned());
    let mut groups = Vec::new();
    for g in inputs::groups()
        .into_iter()
        .filter(|_| scale_only.is_none())
    {
        let Some(r) = run_group(&g, &budget) else {
            eprintln!("{}: a file could not be read", g.name);
            continue;
        };
        let s = r.seconds.map(|s| mbps(r.bytes, s));
        println!(
            "{:<20} {:>5} {:>10} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>9.1} {:>9.2} {:>7.2}",
            r.name,
            r.files,
            r.bytes,
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            s[5],
            r.max_file_ms,
            r.peak_ratio
        );
        groups.push(r);
    }

    let mut scaling = Vec::new();
    if !flag("--no-scaling") {
        let n = if quick { 1 << 20 } else { 2 << 20 };
        println!(
            "\nscaling: time(2N)/time(N), N = {} MiB (per byte; 2.0 is linear)",
            n >> 20
        );
        println!(
            "{:<9} {:<44} {:>7} {:>10}",
            "path", "input", "ratio", "MB/s @2N"
        );
        let cases = inputs::scale_cases().into_iter().filter(|c| {
            scale_only
                .as_deref()
                .is_none_or(|w| c.kind.contains(w) || c.path == w)
        });
        for c in cases {
            let r = run_scale(&c, n, &budget);
            println!(
                "{:<9} {:<44} {:>7.2} {:>10.1}",
                r.path, r.kind, r.ratio, r.mbps
            );
            scaling.push(r);
        }
    }

    if let Some(path) = json_path {
        let json = serde_json::json!({
            "runner": "native",
            "version": form6k::VERSION,
            "groups": groups.iter().map(|r| serde_json::json!({
                "name": r.name,
                "files": r.files,
                "bytes": r.bytes,
                "seconds": STAGES.iter().zip(r.seconds).map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>(),
                "peakBytes": r.peak_bytes,
                "peakRatio": r.peak_ratio,
                "maxFileMs": r.max_file_ms,
                "perFile": r.per_file.iter().map(|(f, t)| serde_json::json!({
                    "file": f,
                    "seconds": STAGES.iter().zip(t).map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect::<serde_json::Map<_, _>>(),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "scaling": scaling.iter().map(|r| serde_json::json!({
                "path": r.path, "input": r.kind, "bytesN": r.bytes, "ratio": r.ratio, "mbps2N": r.mbps,
            })).collect::<Vec<_>>(),
        });
        let text = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = std::fs::write(&path, text + "\n") {
            eprintln!("cannot write {path}: {e}");
            std::process::exit(1);
        }
    }
}
