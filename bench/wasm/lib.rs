//! C-ABI exports timed by `bench/wasm.mjs`: the same stages as `benches/parse.rs`.
//!
//! `prepare(ptr, len)` reads the input once (decode, envelope, bodies) and keeps it,
//! so `run(stage)` can time one stage alone: 0 decode, 1 envelope, 2 bodies,
//! 3 report, 4 parse, 5 split (decode + envelope), 6 parse and serialize to JSON
//! (what a JS caller of the real binding also pays). `peak_parse()` is the most the
//! allocator held during one parse of the prepared input, above what it held before.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::RefCell;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

use form6k::{body, decode, envelope, numbers, report};

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

struct Prepared {
    input: Vec<u8>,
    text: String,
    env: envelope::Envelope,
    docs: Vec<envelope::Document>,
}

thread_local! {
    static PREPARED: RefCell<Option<Prepared>> = const { RefCell::new(None) };
}

/// A buffer of `len` bytes for the caller to fill; freed by `prepare`.
#[no_mangle]
pub extern "C" fn input_buffer(len: usize) -> *mut u8 {
    let mut v = vec![0u8; len];
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// Take the buffer from `input_buffer` and read it up to the report.
///
/// # Safety
/// `ptr`/`len` must be exactly what `input_buffer(len)` returned and was asked for.
#[no_mangle]
pub unsafe extern "C" fn prepare(ptr: *mut u8, len: usize) {
    let input = Vec::from_raw_parts(ptr, len, len);
    let text = decode::decode(&input).text.into_owned();
    let env = envelope::parse_envelope(&text);
    let mut docs = env.documents.clone();
    let mut diags = Vec::new();
    for d in &mut docs {
        d.body = body::parse_body(
            d.body_span.slice(&text),
            d.body_span.start,
            &d.format,
            &mut diags,
        );
    }
    PREPARED.with(|p| {
        *p.borrow_mut() = Some(Prepared {
            input,
            text,
            env,
            docs,
        })
    });
}

/// Run one stage on the prepared input; returns a number derived from the result.
#[no_mangle]
pub extern "C" fn run(stage: u32) -> usize {
    PREPARED.with(|p| {
        let p = p.borrow();
        let Some(p) = p.as_ref() else { return 0 };
        let text = p.text.as_str();
        match stage {
            0 => decode::decode(black_box(&p.input)).text.len(),
            1 => envelope::parse_envelope(black_box(text)).documents.len(),
            2 => {
                let mut diags = Vec::new();
                let bodies: Vec<_> = p
                    .env
                    .documents
                    .iter()
                    .map(|d| {
                        let mut body = body::parse_body(
                            d.body_span.slice(text),
                            d.body_span.start,
                            &d.format,
                            &mut diags,
                        );
                        body.iter_mut().for_each(numbers::annotate);
                        body
                    })
                    .collect();
                black_box(bodies).len()
            }
            3 => {
                let mut diags = Vec::new();
                let r = report::read_report(text, p.env.header.as_ref(), &p.docs, &mut diags);
                usize::from(black_box(r).is_some())
            }
            4 => form6k::parse(black_box(&p.input)).documents.len(),
            5 => envelope::parse_envelope(&decode::decode(black_box(&p.input)).text)
                .documents
                .len(),
            6 => serde_json::to_string(&form6k::parse(black_box(&p.input))).map_or(0, |s| s.len()),
            _ => 0,
        }
    })
}

/// Peak bytes held by the allocator during one parse of the prepared input.
#[no_mangle]
pub extern "C" fn peak_parse() -> usize {
    PREPARED.with(|p| {
        let p = p.borrow();
        let Some(p) = p.as_ref() else { return 0 };
        let base = HELD.load(Relaxed);
        PEAK.store(base, Relaxed);
        drop(black_box(form6k::parse(&p.input)));
        PEAK.load(Relaxed) - base
    })
}
