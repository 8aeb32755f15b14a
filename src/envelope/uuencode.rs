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

use super::scan::{line_end, skip_eol, skip_ws, starts_at, trim};
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
        if let Some(next) = decode_whole_line(bytes, pos, &mut data) {
            pos = next;
            continue;
        }
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
        if decode_line(undo_dot_stuffing(line), &mut data).is_err() {
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

/// The common case, a well-formed line at `pos` whose groups are all there and end
/// with a line break: decode it onto `out` and return the start of the next line.
/// Checking the characters also finds the line's end (a line break is outside the
/// alphabet), so there is no separate scan for it. `None` (nothing written) sends
/// the line to the general path, which handles short, long, bad and `end` lines.
fn decode_whole_line(bytes: &[u8], pos: usize, out: &mut Vec<u8>) -> Option<usize> {
    let n = usize::from(bytes.get(pos)?.wrapping_sub(b' '));
    if n == 0 || n > 63 {
        return None;
    }
    let end = pos + 1 + n.div_ceil(3) * 4;
    let quads = bytes.get(pos + 1..end)?;
    if !matches!(bytes.get(end), Some(b'\n' | b'\r'))
        || !quads.iter().fold(true, |ok, &c| ok & is_uu(c))
    {
        return None;
    }
    // Two groups (eight characters) at a time as one u64, six bytes out per store;
    // 63 bytes at most, and the last 8-byte store may reach two bytes past them.
    let mut decoded = [0u8; 72];
    let mut at = 0;
    let mut pairs = quads.chunks_exact(8);
    for pair in &mut pairs {
        let x = u64::from_le_bytes(pair.try_into().ok()?);
        let (g1, g2) = decode_pair(x);
        let word = u64::from(g1) << 40 | u64::from(g2) << 16;
        decoded
            .get_mut(at..at + 8)?
            .copy_from_slice(&word.to_be_bytes());
        at += 6;
    }
    if let [a, b, c, d] = *pairs.remainder() {
        let v = six(a) << 18 | six(b) << 12 | six(c) << 6 | six(d);
        decoded
            .get_mut(at..at + 4)?
            .copy_from_slice(&(v << 8).to_be_bytes());
    }
    out.extend_from_slice(decoded.get(..n)?);
    Some(skip_eol(bytes, end, bytes.len()))
}

/// Eight characters of the alphabet, first in the low byte, to the 24-bit values of
/// their two groups: six bits per byte, then 12 per 16-bit lane, then 24 per 32.
fn decode_pair(x: u64) -> (u32, u32) {
    let t = x.wrapping_sub(0x2020_2020_2020_2020) & 0x3f3f_3f3f_3f3f_3f3f;
    let u = (t & 0x003f_003f_003f_003f) << 6 | (t >> 8) & 0x003f_003f_003f_003f;
    let w = (u & 0x0000_0fff_0000_0fff) << 12 | (u >> 16) & 0x0000_0fff_0000_0fff;
    (w as u32, (w >> 32) as u32)
}

/// Whether `c` is in the uuencoding alphabet (space to backquote).
fn is_uu(c: u8) -> bool {
    c.wrapping_sub(b' ') <= 0x40
}

/// The six bits a character stands for (backquote, like space, is zero).
fn six(c: u8) -> u32 {
    u32::from(c.wrapping_sub(b' ') & 0x3f)
}

/// A line of 14 bytes starts with `.`; mail transfer (SMTP, RFC 5321 4.5.2) sends
/// a line starting with `.` as `..` and the line, and some filings kept the extra
/// dot (`..6HTY5,5)02MV=_Q/_]D_`, the last line of a JPEG). Such a line is one
/// character longer than its 20 characters of data allow: the extra dot is dropped.
/// A true 14-byte line whose data starts with `.` has 21 characters in all.
fn undo_dot_stuffing(line: &[u8]) -> &[u8] {
    const STUFFED_LEN: usize = 2 + 14usize.div_ceil(3) * 4;
    match line.strip_prefix(b".") {
        Some(rest) if rest.starts_with(b".") && line.trim_ascii_end().len() == STUFFED_LEN => rest,
        _ => line,
    }
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
    fn a_dot_stuffed_line_loses_its_extra_dot() {
        // 14 bytes ending in a JPEG's end marker ff d9, as one filing carries them.
        let stuffed = "begin 644 x.jpg\n..6HTY5,5)02MV=_Q/_]D_\n`\nend\n";
        let mut d = Vec::new();
        let a = decode_attachment(stuffed, 0, &mut d).unwrap();
        assert_eq!(a.data.len(), 14);
        assert!(a.data.ends_with(&[0xFF, 0xD9]), "{:02x?}", a.data);
        assert!(d.is_empty());
        // A true 14-byte line whose data starts with `.` (21 characters) is kept.
        let mut out = Vec::new();
        decode_line(undo_dot_stuffing(b"..6HTY5,5)02MV=_Q/_]D"), &mut out).unwrap();
        // `.` (14) then `6` (22): the dot is data, 14 << 2 | 22 >> 4.
        assert_eq!((out.len(), out.first()), (14, Some(&0x39)));
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

    /// The fast path for whole lines and the general path agree on every length,
    /// and on lines with a bad character (which the fast path leaves alone).
    #[test]
    fn whole_line_path_matches_the_general_path() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for n in 0..=63usize {
            let data: Vec<u8> = (0..n)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    seed as u8
                })
                .collect();
            let mut line = vec![b' ' + n as u8];
            for g in data.chunks(3) {
                let v = g
                    .iter()
                    .chain([0, 0].iter())
                    .take(3)
                    .fold(0u32, |v, &b| v << 8 | u32::from(b));
                for k in (0..4).rev() {
                    line.push(b' ' + ((v >> (6 * k)) & 0x3f) as u8);
                }
            }
            let (mut slow, mut fast) = (Vec::new(), Vec::new());
            decode_line(&line, &mut slow).unwrap();
            assert_eq!(slow, data, "general path, n = {n}");
            let mut with_eol = line.clone();
            with_eol.extend_from_slice(b"\r\nM");
            let next = decode_whole_line(&with_eol, 0, &mut fast);
            if n == 0 {
                assert_eq!(next, None);
            } else {
                assert_eq!(next, Some(line.len() + 2), "n = {n}");
                assert_eq!(fast, data, "fast path, n = {n}");
                let mut bad = with_eol.clone();
                bad[line.len() / 2 + 1] = b'a';
                assert_eq!(decode_whole_line(&bad, 0, &mut fast), None);
                assert_eq!(fast, data, "nothing written for a bad line");
            }
        }
    }
}
