//! The wasm-bindgen binding (the wasm binding issue fills this in).
