//! `toMarkdown` and `tableFacts` for JavaScript: a child of [`super`] (the
//! binding), sharing its input handling and UTF-16 offsets.
//!
//! ```js
//! import { parse, toMarkdown, tableFacts } from "form6k";
//! const filing = parse(text);
//! const md = toMarkdown(filing, "1");          // { text, map: [{ markdownRange, span }] } or null
//! filing.source.slice(md.map[0].span.start, md.map[0].span.end);
//! for (const f of tableFacts(filing, "2")) console.log(f.row, f.column, f.value, f.scale);
//! ```
//!
//! Both take what `parse` returned (its `source` is read again) or the input
//! itself (a string or bytes). `markdownRange` is a UTF-16 range of `text`;
//! every `span` is a UTF-16 range of `filing.source`, as in `parse`.

use super::{Input, Utf16Index};
use crate::span::VisitSpans;
use crate::{decode, Filing, Span};
use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The Markdown of the document with this `<SEQUENCE>`, or `null`.
#[wasm_bindgen(js_name = toMarkdown, skip_typescript)]
pub fn to_markdown(filing: JsValue, sequence: &str) -> Result<JsValue, JsError> {
    let (filing, index) = reparse(&filing)?;
    let Some(mut md) = crate::markdown(&filing, sequence) else {
        return Ok(JsValue::NULL);
    };
    let text_index = Utf16Index::utf8(md.text.as_bytes());
    for m in &mut md.map {
        m.markdown_range = Span::new(
            text_index.to_utf16(m.markdown_range.start),
            text_index.to_utf16(m.markdown_range.end),
        );
        m.visit_spans(&mut |s| *s = utf16(&index, *s));
    }
    json(&md)
}

/// Every figure in the tables of the document with this `<SEQUENCE>` (an empty
/// array when there is no such document).
#[wasm_bindgen(js_name = tableFacts, skip_typescript)]
pub fn table_facts(filing: JsValue, sequence: &str) -> Result<JsValue, JsError> {
    let (filing, index) = reparse(&filing)?;
    let mut facts = crate::table_facts(&filing, sequence);
    for f in &mut facts {
        f.span = utf16(&index, f.span);
    }
    json(&facts)
}

fn utf16(index: &Utf16Index, s: Span) -> Span {
    Span::new(index.to_utf16(s.start), index.to_utf16(s.end))
}

/// Parse again the text a filing's spans index: `filing.source`, or the input.
fn reparse(filing: &JsValue) -> Result<(Filing, Utf16Index), JsError> {
    let source = if filing.is_object() && !filing.is_instance_of::<js_sys::Uint8Array>() {
        Reflect::get(filing, &JsValue::from_str("source"))
            .ok()
            .filter(|s| s.is_string())
            .ok_or_else(|| {
                JsError::new("form6k: expected what parse() returned, a string or a Uint8Array")
            })?
    } else {
        filing.clone()
    };
    let text = match Input::from_js(&source)? {
        Input::Text(text) => text,
        Input::Bytes(bytes) => decode::decode(&bytes).text.into_owned(),
    };
    // Bodies only: the views read no report (and so this module carries no report reader).
    let filing = crate::parse_bodies(&text);
    Ok((filing, Utf16Index::utf8(text.as_bytes())))
}

fn json<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)
        .map_err(|e| JsError::new(&format!("form6k: cannot convert the result: {e}")))?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("form6k: cannot convert the result"))
}
