//! The JS binding under wasm-bindgen-test, in Node and in headless Chromium
//! (`scripts/test-wasm.sh` runs both). Asserts values of the seed 6-K.
#![cfg(target_arch = "wasm32")]

use form6k::wasm::{attachment, parse, version};
use js_sys::{Array, JsString, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SEED: &str = include_str!("fixtures/seed/hanaro-2003-04.txt");
const SEED_BYTES: &[u8] = include_bytes!("fixtures/seed/hanaro-2003-04.txt");

fn get(v: &JsValue, path: &str) -> JsValue {
    path.split('.').fold(v.clone(), |v, key| {
        let key = match key.parse::<u32>() {
            Ok(i) => JsValue::from(i),
            Err(_) => JsValue::from_str(key),
        };
        Reflect::get(&v, &key).unwrap_or(JsValue::UNDEFINED)
    })
}

fn string(v: &JsValue, path: &str) -> String {
    get(v, path).as_string().unwrap_or_default()
}

fn len(v: &JsValue, path: &str) -> u32 {
    get(v, path)
        .dyn_into::<Array>()
        .map_or(u32::MAX, |a| a.length())
}

/// `source.slice(span.start, span.end)` for the span at `path`.
fn slice(filing: &JsValue, path: &str) -> String {
    let span = get(filing, path);
    let n = |k| get(&span, k).as_f64().unwrap_or(-1.0) as u32;
    let source: JsString = get(filing, "source").unchecked_into();
    String::from(source.slice(n("start"), n("end")))
}

fn options(blocks: JsValue) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"blocks".into(), &blocks).unwrap_or_default();
    o.into()
}

#[wasm_bindgen_test]
fn seed_from_string() {
    let f = parse(SEED.into(), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(string(&f, "kind"), "document");
    assert_eq!(string(&f, "encoding"), "utf-8");
    assert_eq!(string(&f, "encodingLabel"), "utf-8");
    assert_eq!(len(&f, "documents"), 1);
    assert_eq!(string(&f, "documents.0.format"), "text");
    assert!(get(&f, "header").is_null());
    assert_eq!(string(&f, "documents.0.body.pages.0.blocks.0.kind"), "text");
    let first = string(&f, "documents.0.body.pages.0.blocks.0.text");
    assert_eq!(first, "FORM 6-K");
    assert_eq!(
        slice(&f, "documents.0.body.pages.0.blocks.0.span"),
        "FORM 6-K"
    );
    assert_eq!(string(&f, "source"), SEED);
    assert_eq!(slice(&f, "documents.0.span"), SEED);
}

#[wasm_bindgen_test]
fn seed_from_bytes_matches_string() {
    let bytes = Uint8Array::from(SEED_BYTES);
    let f = parse(bytes.into(), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(string(&f, "source"), SEED);
    // One page per `<PAGE>` line.
    assert_eq!(len(&f, "documents.0.body.pages"), 4);
    assert_eq!(
        slice(&f, "documents.0.body.pages.0.blocks.0.span"),
        "FORM 6-K"
    );
}

#[wasm_bindgen_test]
fn blocks_false_drops_bodies() {
    let f = parse(SEED.into(), options(false.into()))
        .map_err(JsValue::from)
        .unwrap();
    assert!(get(&f, "documents.0.body").is_null());
    assert_eq!(string(&f, "documents.0.format"), "text");
}

/// Non-ASCII before a span: spans must count UTF-16 units, not UTF-8 bytes.
#[wasm_bindgen_test]
fn spans_are_utf16_after_non_ascii() {
    let text = format!("Société’s ☒ 𝐀\n{SEED}");
    let f = parse(text.as_str().into(), JsValue::UNDEFINED)
        .map_err(JsValue::from)
        .unwrap();
    assert_eq!(
        string(&f, "documents.0.body.pages.0.blocks.0.text"),
        "Société’s ☒ 𝐀"
    );
    assert_eq!(
        slice(&f, "documents.0.body.pages.0.blocks.0.span"),
        "Société’s ☒ 𝐀"
    );
    assert_eq!(
        slice(&f, "documents.0.body.pages.1.blocks.0.span"),
        "FORM 6-K"
    );
    // 15 UTF-16 units in the first line with its newline ("𝐀" is a surrogate pair).
    let start = get(&f, "documents.0.body.pages.1.blocks.0.span.start").as_f64();
    let expected = SEED.find("FORM 6-K").map(|i| (i + 15) as f64);
    assert_eq!(start, expected);
}

#[wasm_bindgen_test]
fn windows_1252_bytes_are_decoded() {
    let mut bytes = b"Soci\xe9t\xe9 \x93Anonyme\x94\n".to_vec();
    bytes.extend_from_slice(SEED_BYTES);
    let f = parse(
        Uint8Array::from(bytes.as_slice()).into(),
        JsValue::UNDEFINED,
    )
    .map_err(JsValue::from)
    .unwrap();
    assert_eq!(string(&f, "encoding"), "windows-1252");
    assert_eq!(string(&f, "encodingLabel"), "windows-1252");
    let source = string(&f, "source");
    assert!(source.starts_with("Société “Anonyme”\n<PAGE>"));
    assert_eq!(
        slice(&f, "documents.0.body.pages.0.blocks.0.span"),
        "Société “Anonyme”"
    );
    assert_eq!(
        slice(&f, "documents.0.body.pages.1.blocks.0.span"),
        "FORM 6-K"
    );
}

#[wasm_bindgen_test]
fn bad_input_and_options_are_errors() {
    assert!(parse(JsValue::from_f64(1.0), JsValue::UNDEFINED).is_err());
    assert!(parse(SEED.into(), options("no".into())).is_err());
    assert!(parse(SEED.into(), JsValue::from_str("blocks")).is_err());
    assert!(parse(SEED.into(), JsValue::NULL).is_ok());
}

#[wasm_bindgen_test]
fn no_attachment_in_seed() {
    let a = attachment(SEED.into(), "1".into())
        .map_err(JsValue::from)
        .unwrap();
    assert!(a.is_null());
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn attachment_sequence_must_be_a_string() {
    // A number once trapped the wasm (read as a string pointer); now it is an Error.
    for bad in [JsValue::from_f64(7.0), JsValue::NULL, JsValue::UNDEFINED] {
        let e = JsValue::from(attachment(SEED.into(), bad).unwrap_err());
        let message = js_sys::Reflect::get(&e, &"message".into()).unwrap();
        let message = message.as_string().unwrap();
        assert!(message.contains("sequence must be a string"), "{message}");
    }
}
