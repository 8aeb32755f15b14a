//! `parse`, `attachment` and `version` for JavaScript: the first wasm module, a child
//! of [`super`] (the binding), sharing its input handling and UTF-16 offsets.

use super::{Input, Utf16Index};
use crate::decode;
use crate::span::VisitSpans;
use crate::{Filing, Options};
use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The crate version, e.g. `0.1.0`.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    crate::VERSION.to_string()
}

/// Parse a filing given as a string or as bytes (`Uint8Array`, Node `Buffer`).
///
/// Throws an `Error` when `input` is neither or when `options` is not
/// `{ blocks?: boolean, maxInput?: number }`; never on content (that is what
/// `diagnostics` are for). `maxInput` raises (or lowers) the input cap in bytes, 64 MiB
/// by default: a longer input gives only an `input-too-large` diagnostic.
#[wasm_bindgen(skip_typescript)]
pub fn parse(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let options = read_options(&options)?;
    let (mut filing, source, index) = match Input::from_js(&input)? {
        Input::Text(text) => {
            let filing = crate::parse_str(&text, &options);
            (filing, input, Utf16Index::utf8(text.as_bytes()))
        }
        Input::Bytes(bytes) => {
            let filing = crate::parse_with(&bytes, &options);
            let index = Utf16Index::for_input(&bytes, filing.encoding);
            let text = decode::decode(&bytes).text;
            (filing, JsValue::from_str(&text), index)
        }
    };
    filing.visit_spans(&mut |s| {
        s.start = index.to_utf16(s.start);
        s.end = index.to_utf16(s.end);
    });
    let out = to_js(&filing)?;
    set(&out, "source", &source)?;
    set(&out, "encodingLabel", &filing.encoding.label().into())?;
    Ok(out)
}

/// The decoded bytes of the uuencoded attachment in the document with this
/// `<SEQUENCE>`, or `null` when there is no such document or it has no attachment.
/// Reads only the envelope: bodies are not parsed.
///
/// `sequence` must be a string (`"7"`): a number, `null` or anything else throws an
/// `Error` saying so. wasm-bindgen would read a non-string `&str` argument as a pointer
/// into memory and trap, so the argument is taken as any JS value and checked here.
#[wasm_bindgen(skip_typescript)]
pub fn attachment(input: JsValue, sequence: JsValue) -> Result<JsValue, JsError> {
    let input = Input::from_js(&input)?;
    let Some(sequence) = sequence.as_string() else {
        return Err(JsError::new(&format!(
            "form6k: attachment(input, sequence): sequence must be a string such as \"7\", not {}",
            describe(&sequence)
        )));
    };
    let sequence = sequence.as_str();
    let text = match input {
        Input::Text(text) => text,
        Input::Bytes(bytes) => decode::decode(&bytes).text.into_owned(),
    };
    // Attachments are decoded from the message with PEM dash-stuffing undone.
    let envelope = match crate::envelope::unstuff_pem(&text) {
        Some((message, _)) => crate::envelope::parse_envelope(&message),
        None => crate::envelope::parse_envelope(&text),
    };
    let found = envelope
        .documents
        .iter()
        .find(|d| d.sequence.as_ref().is_some_and(|s| s.value == sequence))
        .and_then(|d| d.attachment.as_ref());
    Ok(match found {
        Some(a) => Uint8Array::from(a.data.as_slice()).into(),
        None => JsValue::NULL,
    })
}

/// How a wrong argument is named in an error message: `the number 7`, `null`, ...
fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if value.is_undefined() {
        "undefined (it is missing)".into()
    } else if value.as_f64().is_some() {
        // JS formats the number: Rust's float formatting would add ~10 KB gzip to the wasm.
        let n = js_sys::JSON::stringify(value)
            .ok()
            .and_then(|s| s.as_string());
        format!("the number {}", n.unwrap_or_default())
    } else {
        format!(
            "a value of type {}",
            value.js_typeof().as_string().unwrap_or_default()
        )
    }
}

/// `undefined`/`null` or an object whose keys are an optional boolean `blocks` and an
/// optional `maxInput`, a whole number of bytes.
/// Unknown keys are an error: a misspelt option should not be silently ignored.
fn read_options(options: &JsValue) -> Result<Options, JsError> {
    let mut out = Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    let bad = || {
        JsError::new(
            "form6k: options must be an object like { blocks: false, maxInput: 268435456 }",
        )
    };
    if !options.is_object() || options.is_function() || js_sys::Array::is_array(options) {
        return Err(bad());
    }
    let obj: &Object = options.unchecked_ref();
    for key in Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = Reflect::get(obj, &JsValue::from_str(&key)).map_err(|_| bad())?;
        match key.as_str() {
            "blocks" if value.is_undefined() => {}
            "blocks" => {
                out.blocks = value
                    .as_bool()
                    .ok_or_else(|| JsError::new("form6k: options.blocks must be a boolean"))?
            }
            "maxInput" if value.is_undefined() => {}
            "maxInput" => {
                out.max_input = value
                    .as_f64()
                    .filter(|n| n.fract() == 0.0 && *n >= 0.0)
                    // Saturating: more than the address space is no limit at all.
                    .map(|n| n.min(usize::MAX as f64) as usize)
                    .ok_or_else(|| {
                        JsError::new(&format!(
                            "form6k: options.maxInput must be a whole number of bytes, not {}",
                            describe(&value)
                        ))
                    })?
            }
            other => {
                return Err(JsError::new(&format!(
                    "form6k: unknown option `{other}` (known: blocks, maxInput)"
                )))
            }
        }
    }
    Ok(out)
}

fn set(target: &JsValue, key: &str, value: &JsValue) -> Result<(), JsError> {
    Reflect::set(target, &JsValue::from_str(key), value)
        .map(drop)
        .map_err(|_| JsError::new("form6k: cannot build the result object"))
}

/// Plain JS values (objects, arrays, `null` for `None`), by way of a JSON string and
/// `JSON.parse`: the CLI's exact JSON, and measured smaller than serde-wasm-bindgen
/// (wasm 33.3 KB gzip against 36.4) at the same speed (65 ms against 64 ms in Node for
/// a 3.3 MB filing giving 41 000 blocks).
fn to_js(filing: &Filing) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(filing)
        .map_err(|e| JsError::new(&format!("form6k: cannot convert the result: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("form6k: cannot convert the result"))
}
