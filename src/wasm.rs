//! The JavaScript binding: a thin adapter over [`crate::parse_with`].
//!
//! ```js
//! import { parse, attachment, version } from "form6k";
//! const filing = parse(text);                  // string: spans index `text`
//! const f2 = parse(bytes, { blocks: false });  // Uint8Array: spans index `f2.source`
//! filing.source.slice(span.start, span.end);   // the source of any value
//! ```
//!
//! The output is the CLI's JSON (plain objects, arrays and `null`) plus two
//! properties: `source`, the text the spans index (the input string itself, or the
//! decoded bytes), and `encodingLabel`, the WHATWG label of how bytes were read.
//! Spans are UTF-16 code-unit offsets into `source`, so `String.prototype.slice`
//! gives back the text of any value; the Rust API's spans are byte offsets.
//!
//! This is the only file that knows about wasm-bindgen: the core stays plain Rust.

use crate::decode::Encoding;
use js_sys::Uint8Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// `parse`, `attachment` and `version`: the first module, what the page loads.
#[cfg(not(feature = "wasm-views"))]
#[path = "wasm_parse.rs"]
mod parser;
#[cfg(not(feature = "wasm-views"))]
pub use parser::{attachment, parse, version};

/// `toMarkdown` and `tableFacts`: the second module (feature `wasm-views`), which the
/// package loads on first use, so that the first load is the parser alone.
#[cfg(feature = "wasm-views")]
#[path = "wasm_markdown.rs"]
mod markdown;

/// Runs once when the module is instantiated: panics reach the console with a message.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

pub(crate) enum Input {
    Text(String),
    Bytes(Vec<u8>),
}

impl Input {
    pub(crate) fn from_js(input: &JsValue) -> Result<Input, JsError> {
        if let Some(text) = input.as_string() {
            Ok(Input::Text(text))
        } else if let Some(bytes) = input.dyn_ref::<Uint8Array>() {
            Ok(Input::Bytes(bytes.to_vec()))
        } else {
            Err(JsError::new(
                "form6k: input must be a string or a Uint8Array",
            ))
        }
    }
}

/// Converts input byte offsets to UTF-16 code-unit offsets into the decoded text.
///
/// Built in one pass over the input. Most filings are ASCII, where both offsets
/// agree; only characters whose input length differs from their UTF-16 length are
/// recorded, as (input offset just after the character, total shrink so far),
/// and a lookup is a binary search.
pub(crate) struct Utf16Index {
    /// Every input byte pair is one UTF-16 unit (UTF-16 input).
    halve: bool,
    points: Vec<(u32, u32)>,
}

impl Utf16Index {
    /// Valid UTF-8 text (or the valid runs of mostly-UTF-8 bytes).
    pub(crate) fn utf8(text: &[u8]) -> Utf16Index {
        let mut index = Utf16Index {
            halve: false,
            points: Vec::new(),
        };
        index.add_utf8(text, 0);
        index
    }

    #[cfg_attr(feature = "wasm-views", allow(dead_code))]
    pub(crate) fn for_input(input: &[u8], encoding: Encoding) -> Utf16Index {
        match encoding {
            Encoding::Utf8 => Utf16Index::utf8(input),
            // Every byte became one character of the Basic Multilingual Plane.
            Encoding::Windows1252 => Utf16Index::utf8(b""),
            Encoding::Utf16Le | Encoding::Utf16Be => Utf16Index {
                halve: true,
                points: Vec::new(),
            },
            Encoding::Utf8WithWindows1252 => {
                // Valid runs as UTF-8; each stray byte is one BMP character (no shrink).
                let mut index = Utf16Index::utf8(b"");
                let mut at = 0;
                for chunk in input.utf8_chunks() {
                    index.add_utf8(chunk.valid().as_bytes(), at);
                    at += chunk.valid().len() + chunk.invalid().len();
                }
                index
            }
        }
    }

    fn add_utf8(&mut self, text: &[u8], offset: usize) {
        let mut shrink = self.points.last().map_or(0, |&(_, s)| s as usize);
        let mut i = 0;
        while let Some(rest) = text.get(i..) {
            // Skip ASCII quickly; only lead bytes of multi-byte characters matter.
            let Some(skip) = rest.iter().position(|&b| b >= 0x80) else {
                break;
            };
            i += skip;
            let lead = text.get(i).copied().unwrap_or(0);
            let (len, units) = match lead {
                0xF0.. => (4, 2),
                0xE0.. => (3, 1),
                _ => (2, 1),
            };
            i += len;
            shrink += len - units;
            self.points.push(((offset + i) as u32, shrink as u32));
        }
    }

    pub(crate) fn to_utf16(&self, at: usize) -> usize {
        if self.halve {
            return at.div_ceil(2);
        }
        let i = self.points.partition_point(|&(end, _)| end as usize <= at);
        let shrink = i
            .checked_sub(1)
            .and_then(|i| self.points.get(i))
            .map_or(0, |&(_, s)| s as usize);
        at - shrink
    }
}
