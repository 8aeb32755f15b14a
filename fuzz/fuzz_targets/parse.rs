//! `form6k::parse` on raw bytes: the whole stack, as the browser calls it.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let filing = form6k::parse(data);
    for d in &filing.diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= data.len(), "{d:?}");
    }
});
