//! Uuencoded attachments.
//!
//! ```text
//! begin 644 image001.jpg
//! M_]C_X  02D9)1@ ! 0$ 8 !@  #_VP!# ;$! 0$! 0$! 0$! 0$!...
//! `
//! end
//! ```
//!
//! Each line starts with a length character (`space + n`, `n` decoded bytes), then
//! groups of four characters, six bits each, `space` or `` ` `` for zero. Lines are
//! decoded one at a time: padding bits in a line's last group are ignored (encoders
//! leave junk there), characters missing from the end of a line read as zero (mail
//! gateways strip trailing spaces), and a line with a character outside the
//! alphabet is reported and skipped while decoding goes on.

use super::scan::{line_end, skip_ws, starts_at, trim};
use super::Attachment;
use crate::diagnostic::Diagnostic;
use crate::span::{Field, Span};

/// At most this many bad lines are reported per attachment; a summary follows.
const MAX_LINE_DIAGNOSTICS: usize = 10;

/// Whether a body starts (after white space) with a `begin MODE NAME` line.
pub fn is_uuencoded(body: &str) -> bool {
    begin_line(body.as_bytes(), 0, body.len()).is_some()
}

/// `begin 644 name` at the first non-blank position of `start..end`:
/// (mode, name, start of the next line).
fn begin_line(bytes: &[u8], start: usize, end: usize) -> Option<(Span, Span, usize)> {
    let p = skip_ws(bytes, start, end);
    if !starts_at(bytes, p, b"begin ") {
        return None;
    }
    let ms = p + 6;
    let mut me = ms;
    while me < end && bytes.get(me).is_some_and(|c| (b'0'..=b'7').contains(c)) {
        me += 1;
    }
    if !(3..=4).contains(&(me - ms)) || bytes.get(me) != Some(&b' ') {
        return None;
    }
    let (le, next) = line_end(bytes, me, end);
    let (ns, ne) = trim(bytes, me + 1, le);
    if ns >= ne {
        return None;
    }
    Some((Span::new(ms, me), Span::new(ns, ne), next))
}

/// Decode the uuencoded attachment in a document body. `body` is the body text,
/// `offset` its position in the input (spans in the result are absolute). `None`
/// when the body does not start with a `begin` line. Lets a caller (e.g. the wasm
/// binding) decode one document's attachment from its `bodySpan` without parsing
/// the whole filing again.
pub fn decode_attachment(
    body: &str,
    offset: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Attachment> {
    let bytes = body.as_bytes();
    let (mode, name, mut pos) = begin_line(bytes, 0, bytes.len())?;
    let mut data = Vec::with_capacity(bytes.len() / 4 * 3);
    let mut bad = 0usize;
    let mut ended = false;
    while pos < bytes.len() {
        let (le, next) = line_end(bytes, pos, bytes.len());
        let line = bytes.get(pos..le).unwrap_or_default();
        let at = Span::new(offset + pos, offset + le);
        pos = if next > pos { next } else { bytes.len() };
        if line.trim_ascii_end() == b"end" {
            ended = true;
            break;
        }
        if line.is_empty() {
            continue;
        }
        if decode_line(line, &mut data).is_err() {
            bad += 1;
            if bad <= MAX_LINE_DIAGNOSTICS {
                diagnostics.push(Diagnostic::error(
                    "uuencode-bad-line",
                    "line is not uuencoded data; skipped",
                    at,
                ));
            }
        }
    }
    if bad > MAX_LINE_DIAGNOSTICS {
        diagnostics.push(Diagnostic::error(
            "uuencode-bad-line",
            format!("{bad} bad uuencoded lines in all; only the first {MAX_LINE_DIAGNOSTICS} are reported"),
            name.shift(offset),
        ));
    }
    if !ended {
        diagnostics.push(Diagnostic::warning(
            "uuencode-missing-end",
            "uuencoded data has no `end` line; decoded what is there",
            Span::new(offset + mode.start.saturating_sub(6), offset + name.end),
        ));
    }
    Some(Attachment {
        name: Field::new(name.slice(body).to_string(), name.shift(offset)),
        mode: mode.slice(body).to_string(),
        size: data.len(),
        content_type: content_type(&data).to_string(),
        data,
    })
}

/// Decode one line onto `out`; on a bad line nothing is written.
fn decode_line(line: &[u8], out: &mut Vec<u8>) -> Result<(), ()> {
    let (&len, rest) = line.split_first().ok_or(())?;
    if !(b' '..=b'`').contains(&len) {
        return Err(());
    }
    // At most 63 bytes a line (the length character holds six bits): 21 groups.
    let n = usize::from((len - b' ') & 0x3f);
    let groups = n.div_ceil(3);
    if rest.len() > groups * 4 + 2
        && !rest
            .get(groups * 4..)
            .is_some_and(|t| t.iter().all(|c| c.is_ascii_whitespace()))
    {
        // More than a stray checksum character after the data: not a uuencoded line.
        return Err(());
    }
    // Characters missing from the end of the line read as spaces (zero). The groups
    // are decoded branch-free into a stack buffer and checked once, so the hot loop
    // has no per-character early exit and `out` grows once per line.
    let mut quads = [b' '; 84];
    let have = rest.len().min(groups * 4);
    if let (Some(dst), Some(src)) = (quads.get_mut(..have), rest.get(..have)) {
        dst.copy_from_slice(src);
    }
    let mut decoded = [0u8; 63];
    let mut ok = true;
    for (q, o) in quads
        .chunks_exact(4)
        .zip(decoded.chunks_exact_mut(3))
        .take(groups)
    {
        let mut v = 0u32;
        for &c in q {
            ok &= (b' '..=b'`').contains(&c);
            v = (v << 6) | u32::from(c.wrapping_sub(b' ') & 0x3f);
        }
        o.copy_from_slice(&[(v >> 16) as u8, (v >> 8) as u8, v as u8]);
    }
    if !ok {
        return Err(());
    }
    out.extend_from_slice(decoded.get(..n).unwrap_or_default());
    Ok(())
}

/// A MIME type for decoded bytes, from their first bytes ("magic numbers"); the
/// Office Open XML formats are told from plain ZIP by the part names inside.
pub fn content_type(data: &[u8]) -> &'static str {
    let has = |needle: &[u8]| memchr::memmem::find(data, needle).is_some();
    if data.starts_with(b"%PDF") {
        "application/pdf"
    } else if data.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else if data.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if data.starts_with(b"GIF87a") || data.starts_with(b"GIF89a") {
        "image/gif"
    } else if data.starts_with(b"PK\x03\x04") {
        if has(b"xl/workbook") {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        } else if has(b"word/document") {
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        } else if has(b"ppt/presentation") {
            "application/vnd.openxmlformats-officedocument.presentationml.presentation"
        } else {
            "application/zip"
        }
    } else if data.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // Compound file: legacy .xls/.doc/.ppt; which one needs reading the directory.
        "application/x-ole-storage"
    } else {
        "application/octet-stream"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_known_line_and_ignores_padding_bits() {
        // "Cat" encodes as `#0V%T`.
        let mut out = Vec::new();
        decode_line(b"#0V%T", &mut out).unwrap();
        assert_eq!(out, b"Cat");
        // Two bytes "Ca": the last group's padding bits may be anything.
        out.clear();
        decode_line(b"\"0V%!", &mut out).unwrap();
        assert_eq!(out, b"Ca");
        out.clear();
        assert!(decode_line(b"#0v%t", &mut out).is_err());
        assert!(out.is_empty());
    }

    #[test]
    fn reports_bad_lines_and_keeps_going() {
        let body = "\nbegin 644 cat.txt\n#0V%T\nhello world\n#0V%T\n`\nend\n";
        let mut d = Vec::new();
        let a = decode_attachment(body, 100, &mut d).unwrap();
        assert_eq!(a.data, b"CatCat");
        assert_eq!((a.name.value.as_str(), a.mode.as_str()), ("cat.txt", "644"));
        assert_eq!(a.name.span, Span::new(111, 118));
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "uuencode-bad-line");
        assert_eq!(d[0].span.slice(&format!("{:100}{body}", "")), "hello world");
    }

    #[test]
    fn missing_end_is_reported() {
        let mut d = Vec::new();
        let a = decode_attachment("begin 600 x\n#0V%T\n", 0, &mut d).unwrap();
        assert_eq!(a.data, b"Cat");
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].code, "uuencode-missing-end");
        assert!(decode_attachment("no begin here", 0, &mut d).is_none());
    }
}
