//! `decode::decode` on raw bytes: every input byte must map back inside the input.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let d = form6k::decode::decode(data);
    let end = d.map.to_input(d.text.len());
    assert!(end <= data.len(), "text end maps to {end}, past the input ({})", data.len());
    let mut last = 0;
    for (i, _) in d.text.char_indices() {
        let at = d.map.to_input(i);
        assert!(at >= last && at <= data.len(), "offset map goes back or out at {i}");
        last = at;
    }
});
