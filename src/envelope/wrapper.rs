//! The outer wrapping: PEM armour and the root element.
//!
//! ```text
//! -----BEGIN PRIVACY-ENHANCED MESSAGE-----
//! Proc-Type: 2001,MIC-CLEAR
//! MIC-Info: RSA-MD5,RSA,
//!  PTDG/vRNFtRgVAKd2dh4zUuNxDTlDmQakTFjvvRuNjzgsksPVwKwhpb3RzNXJowf
//!
//! <SEC-DOCUMENT>0000092122-05-000042.txt : 20050125
//! ...
//! </SEC-DOCUMENT>
//! -----END PRIVACY-ENHANCED MESSAGE-----
//! ```
//!
//! Inside the armour the message is dash-stuffed (RFC 934, which PEM's RFC 1421
//! follows): every line of the message that begins with `-` was sent as `- ` and
//! the line, so that no message line can be read as the armour's end.
//!
//! ```text
//! - ------------------------------------------   (a table rule: `------...`)
//! - -HH`****`"BBB@#__V3\_                        (a uuencoded line of 13 bytes)
//! ```
//!
//! [`unstuff_pem`] undoes it before anything else reads the message, with an
//! [`OffsetMap`] from the unstuffed text back to the text as given. Input without
//! the armour is never unstuffed: there a line `- x` is what the filer wrote.

use super::documents::first_line;
use super::scan::{line_end, skip_ws, starts_at, trim};
use crate::decode::OffsetMap;
use crate::span::{Field, Span};
use memchr::memmem;

const PEM_BEGIN: &[u8] = b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----";
const PEM_END: &[u8] = b"-----END PRIVACY-ENHANCED MESSAGE-----";

pub struct Pem {
    /// The begin line and the armour headers up to the blank line.
    pub begin: Span,
    /// The end line, when present.
    pub end: Option<Span>,
    /// What the armour wraps.
    pub content: Span,
}

/// PEM armour around the whole input, if it starts with it.
pub fn read_pem(bytes: &[u8]) -> Option<Pem> {
    let len = bytes.len();
    let p = skip_ws(bytes, 0, len);
    if !starts_at(bytes, p, PEM_BEGIN) {
        return None;
    }
    // The armour headers end at the first blank line.
    let mut pos = p;
    let mut content_start = len;
    let mut begin_end = len;
    while pos < len {
        let (le, next) = line_end(bytes, pos, len);
        let (a, b) = trim(bytes, pos, le);
        if a >= b && pos > p {
            begin_end = pos;
            content_start = next;
            break;
        }
        pos = if next > pos { next } else { len };
    }
    let end = bytes
        .get(content_start..)
        .and_then(|s| memmem::rfind(s, PEM_END))
        .map(|i| {
            let s = content_start + i;
            Span::new(s, s + PEM_END.len())
        });
    let content = Span::new(
        content_start,
        end.map_or(len, |e| e.start).max(content_start),
    );
    let (_, be) = trim(bytes, p, begin_end);
    Some(Pem {
        begin: Span::new(p, be.max(p)),
        end,
        content,
    })
}

/// The text with RFC 934 dash-stuffing undone inside PEM armour, and the map from
/// its offsets to offsets in `text`; `None` when `text` has no armour or no stuffed
/// line. The armour's own lines are kept; message lines run from the line after
/// the begin line up to the first line that starts with the end line (a stuffed
/// end line inside the message starts with `- `, so it cannot be taken for it).
pub fn unstuff_pem(text: &str) -> Option<(String, OffsetMap)> {
    let bytes = text.as_bytes();
    let len = bytes.len();
    let p = skip_ws(bytes, 0, len);
    if !starts_at(bytes, p, PEM_BEGIN) {
        return None;
    }
    let (_, mut pos) = line_end(bytes, p, len);
    let mut out: Option<(String, OffsetMap)> = None;
    // Input copied to `out` so far.
    let mut copied = 0;
    while pos < len {
        if starts_at(bytes, pos, PEM_END) {
            break;
        }
        if starts_at(bytes, pos, b"- ") {
            let (s, map) =
                out.get_or_insert_with(|| (String::with_capacity(len), OffsetMap::default()));
            s.push_str(text.get(copied..pos).unwrap_or(""));
            copied = pos + 2;
            map.push(s.len(), copied);
        }
        let (_, next) = line_end(bytes, pos, len);
        pos = if next > pos { next } else { len };
    }
    let (mut s, mut map) = out?;
    s.push_str(text.get(copied..).unwrap_or(""));
    // The end of the text is the end of the input.
    map.push(s.len(), len);
    Some((s, map))
}

pub struct Root {
    /// The element name (`SEC-DOCUMENT`, `IMS-DOCUMENT`, `SUBMISSION`).
    pub name: Field<String>,
    pub value: Option<Field<String>>,
    /// The whole opening line.
    pub line: Span,
    /// The closing tag, when present.
    pub close: Option<Span>,
    /// Between the opening line and the closing tag (or the end of the region).
    pub content: Span,
}

const ROOTS: [&str; 3] = ["SEC-DOCUMENT", "IMS-DOCUMENT", "SUBMISSION"];

/// The root element opening the first non-blank line of `region`.
pub fn read_root(text: &str, region: Span) -> Option<Root> {
    let bytes = text.as_bytes();
    let (line, next) = first_line(bytes, region.start, region.end);
    let name = ROOTS.iter().find(|n| {
        starts_at(bytes, line.start, b"<")
            && starts_at(bytes, line.start + 1, n.as_bytes())
            && starts_at(bytes, line.start + 1 + n.len(), b">")
    })?;
    let name_span = Span::new(line.start + 1, line.start + 1 + name.len());
    let (vs, ve) = trim(bytes, name_span.end + 1, line.end);
    let value =
        (vs < ve).then(|| Field::new(Span::new(vs, ve).slice(text).to_string(), Span::new(vs, ve)));
    let closing = format!("</{name}>");
    let close = bytes
        .get(next..region.end)
        .and_then(|s| memmem::rfind(s, closing.as_bytes()))
        .map(|i| Span::new(next + i, next + i + closing.len()));
    Some(Root {
        name: Field::new(name.to_string(), name_span),
        value,
        line,
        close,
        content: Span::new(next, close.map_or(region.end, |c| c.start).max(next)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PEM: &str = "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<DOCUMENT>\n- ----  ----\n- -HH`\\_\n- x\n-----END PRIVACY-ENHANCED MESSAGE-----\n- after\n";

    #[test]
    fn dash_stuffing_is_undone_inside_the_armour_only() {
        let (text, map) = unstuff_pem(PEM).unwrap();
        assert_eq!(
            text,
            "-----BEGIN PRIVACY-ENHANCED MESSAGE-----\nProc-Type: 2001,MIC-CLEAR\n\n<DOCUMENT>\n----  ----\n-HH`\\_\nx\n-----END PRIVACY-ENHANCED MESSAGE-----\n- after\n"
        );
        // Every unstuffed line maps to its bytes after the `- `.
        for line in ["----  ----", "-HH`\\_", "x\n-----END", "- after"] {
            let at = text.find(line).unwrap();
            let input = map.to_input(at);
            assert_eq!(&PEM[input..input + line.len()], line);
        }
        assert_eq!(map.to_input(text.len()), PEM.len());
        assert_eq!(map.to_input(3), 3);
    }

    #[test]
    fn no_armour_or_no_stuffed_line_is_left_alone() {
        assert!(unstuff_pem("<DOCUMENT>\n- ----\n").is_none());
        assert!(unstuff_pem("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n\n<DOCUMENT>\n").is_none());
    }
}
