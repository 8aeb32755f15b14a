//! Bytes to text: UTF-8 when valid, otherwise Windows-1252 (Latin-1 for the five
//! bytes Windows-1252 leaves undefined), or UTF-16 when a byte-order mark or the
//! pattern of NUL bytes says so. Nothing is replaced and nothing is dropped: every
//! input byte becomes a character, so the decoded text says what the filer wrote.
//!
//! The parser works on the decoded text; [`OffsetMap`] takes a text offset back
//! to the input byte offset it came from.

use crate::span::TextMap;
use serde::Serialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Encoding {
    #[serde(rename = "utf-8")]
    Utf8,
    /// Mostly valid UTF-8 with stray bytes that were read as Windows-1252.
    #[serde(rename = "utf-8+windows-1252")]
    Utf8WithWindows1252,
    #[serde(rename = "windows-1252")]
    Windows1252,
    #[serde(rename = "utf-16le")]
    Utf16Le,
    #[serde(rename = "utf-16be")]
    Utf16Be,
}

impl Encoding {
    /// The WHATWG label for `TextDecoder`.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8WithWindows1252 => "utf-8",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

/// Characters for bytes 0x80..=0x9F in Windows-1252; the undefined five keep their Latin-1 value.
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// The Windows-1252 character for one byte.
pub fn cp1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => CP1252_HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Where text offsets and input offsets part: at each break point the text offset
/// and the input offset are given; between break points both advance together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OffsetMap {
    points: Vec<(u32, u32)>,
}

impl OffsetMap {
    /// Identity: the text is the input.
    pub fn is_identity(&self) -> bool {
        self.points.is_empty()
    }

    /// From text offset `text` on, text and input advance together from `input`.
    /// Calls come in increasing text order.
    pub(crate) fn push(&mut self, text: usize, input: usize) {
        if text as i64 - input as i64 != self.delta_last() {
            self.points.push((text as u32, input as u32));
        }
    }

    fn delta_last(&self) -> i64 {
        self.points.last().map_or(0, |&(t, i)| t as i64 - i as i64)
    }

    /// Text offsets of the break points strictly inside `lo..hi`, in order.
    fn points_inside(&self, lo: usize, hi: usize) -> impl Iterator<Item = usize> + '_ {
        let from = self.points.partition_point(|&(t, _)| t as usize <= lo);
        self.points[from..]
            .iter()
            .map(|&(t, _)| t as usize)
            .take_while(move |&t| t < hi)
    }

    /// Move a [`TextMap`] built on text with lines of the input left out (PEM
    /// dash-stuffing undone: `- ` gone at the start of a line) to input offsets. An end
    /// offset maps to just after the byte before it, so that a run ending where a gap was
    /// left out does not take the gap in.
    pub fn remap_gapped(&self, map: &mut TextMap) {
        map.remap(
            &|x| self.to_input(x),
            &|x| x.checked_sub(1).map_or(0, |p| self.to_input(p) + 1),
            &|lo, hi, out| out.extend(self.points_inside(lo, hi)),
        );
    }

    /// Move a [`TextMap`] built on the decoded `text` to input offsets: a character
    /// decoded to a different length (a Windows-1252 byte, a UTF-16 unit) becomes a run of
    /// its own, standing for its input bytes; the runs between stay verbatim.
    pub fn remap_decoded(&self, map: &mut TextMap, text: &str) {
        map.remap(
            &|x| self.to_input(x),
            &|x| self.to_input(x),
            &|lo, hi, out| {
                // A break point follows the character that changed length; cut before it too.
                for t in self.points_inside(lo, hi.saturating_add(1)) {
                    let before = text
                        .get(..t)
                        .and_then(|s| s.chars().next_back())
                        .map_or(0, char::len_utf8);
                    let c = t - before;
                    if c > lo && out.last().is_none_or(|&l| l < c) {
                        out.push(c);
                    }
                    if t < hi && out.last().is_none_or(|&l| l < t) {
                        out.push(t);
                    }
                }
            },
        );
    }

    /// The input byte offset of text offset `text`.
    pub fn to_input(&self, text: usize) -> usize {
        let i = self.points.partition_point(|&(t, _)| t as usize <= text);
        match i.checked_sub(1).and_then(|i| self.points.get(i)) {
            Some(&(t, inp)) => inp as usize + (text - t as usize),
            None => text,
        }
    }
}

/// Decoded input.
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub encoding: Encoding,
    pub map: OffsetMap,
    /// Input offsets of bytes that were not valid UTF-8 (only for the mixed encoding), capped.
    pub invalid_utf8: Vec<usize>,
}

/// How many invalid bytes are listed one by one before the rest are only counted.
pub const MAX_LISTED_INVALID: usize = 32;

pub fn decode(input: &[u8]) -> Decoded<'_> {
    if let Some(enc) = utf16_kind(input) {
        return decode_utf16(input, enc);
    }
    match std::str::from_utf8(input) {
        Ok(s) => Decoded {
            text: Cow::Borrowed(s),
            encoding: Encoding::Utf8,
            map: OffsetMap::default(),
            invalid_utf8: Vec::new(),
        },
        Err(_) => decode_mixed_or_cp1252(input),
    }
}

fn utf16_kind(input: &[u8]) -> Option<Encoding> {
    match input {
        [0xFF, 0xFE, ..] => return Some(Encoding::Utf16Le),
        [0xFE, 0xFF, ..] => return Some(Encoding::Utf16Be),
        _ => {}
    }
    // No BOM: ASCII-heavy UTF-16 has a NUL in every other byte.
    let sample = &input[..input.len().min(512) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd_nul * 10 >= pairs * 9 && even_nul * 10 < pairs {
        Some(Encoding::Utf16Le)
    } else if even_nul * 10 >= pairs * 9 && odd_nul * 10 < pairs {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

fn decode_utf16(input: &[u8], enc: Encoding) -> Decoded<'_> {
    let le = enc == Encoding::Utf16Le;
    let mut text = String::with_capacity(input.len() / 2 + 16);
    let mut map = OffsetMap::default();
    let units = input.chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut pos = 0usize;
    for r in char::decode_utf16(units) {
        map.push(text.len(), pos);
        match r {
            Ok(c) => {
                pos += c.len_utf16() * 2;
                text.push(c);
            }
            Err(_) => {
                // A lone surrogate cannot be text; keep its place with U+FFFD.
                pos += 2;
                text.push('\u{FFFD}');
            }
        }
    }
    if input.len() % 2 == 1 {
        map.push(text.len(), pos);
        if let Some(&b) = input.last() {
            text.push(cp1252_char(b));
            pos += 1;
        }
    }
    // The end of the text maps to the end of the input, not into the last unit.
    map.push(text.len(), pos);
    Decoded {
        text: Cow::Owned(text),
        encoding: enc,
        map,
        invalid_utf8: Vec::new(),
    }
}

fn decode_mixed_or_cp1252(input: &[u8]) -> Decoded<'_> {
    // Count valid multi-byte sequences against invalid bytes: a UTF-8 file with a few
    // stray bytes stays UTF-8; a Windows-1252 file has no valid multi-byte sequences.
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    let mut rest = input;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                multibyte += s.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                multibyte += good.iter().filter(|&&b| b >= 0xC0).count();
                invalid += 1;
                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                rest = bad.get(skip..).unwrap_or(&[]);
            }
        }
    }
    let mixed = multibyte > invalid;
    let mut text = String::with_capacity(input.len() + input.len() / 8);
    let mut map = OffsetMap::default();
    let mut invalid_utf8 = Vec::new();
    let mut pos = 0usize;
    let mut rest = input;
    while !rest.is_empty() {
        let valid = if mixed {
            match std::str::from_utf8(rest) {
                Ok(s) => s.len(),
                Err(e) => e.valid_up_to(),
            }
        } else {
            rest.iter().position(|&b| b >= 0x80).unwrap_or(rest.len())
        };
        if valid > 0 {
            map.push(text.len(), pos);
            // Safe: either checked UTF-8 or pure ASCII.
            text.push_str(std::str::from_utf8(&rest[..valid]).unwrap_or(""));
            pos += valid;
            rest = &rest[valid..];
        }
        let bad_len = if mixed {
            match std::str::from_utf8(rest) {
                Ok(_) => 0,
                Err(e) => e.error_len().unwrap_or(rest.len()),
            }
        } else {
            rest.iter().take_while(|&&b| b >= 0x80).count()
        };
        for &b in rest.iter().take(bad_len) {
            map.push(text.len(), pos);
            if mixed && invalid_utf8.len() < MAX_LISTED_INVALID {
                invalid_utf8.push(pos);
            }
            text.push(cp1252_char(b));
            pos += 1;
        }
        rest = &rest[bad_len..];
    }
    map.push(text.len(), pos);
    Decoded {
        text: Cow::Owned(text),
        encoding: if mixed {
            Encoding::Utf8WithWindows1252
        } else {
            Encoding::Windows1252
        },
        map,
        invalid_utf8,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_decodes_and_maps_back() {
        let input = b"caf\xe9 \x93quoted\x94 \x97 end";
        let d = decode(input);
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert_eq!(d.text, "café \u{201C}quoted\u{201D} \u{2014} end");
        let end = d.text.find("end").unwrap_or(0);
        assert_eq!(d.map.to_input(end), input.len() - 3);
        assert_eq!(d.map.to_input(0), 0);
    }

    #[test]
    fn utf8_is_borrowed_and_identity() {
        let d = decode("Form 20-F ☒".as_bytes());
        assert_eq!(d.encoding, Encoding::Utf8);
        assert!(d.map.is_identity());
        assert!(matches!(d.text, Cow::Borrowed(_)));
    }

    #[test]
    fn stray_byte_in_utf8_keeps_utf8() {
        let input = "☒ yes ☐ no "
            .as_bytes()
            .iter()
            .copied()
            .chain([0x92, b'x'])
            .collect::<Vec<_>>();
        let d = decode(&input);
        assert_eq!(d.encoding, Encoding::Utf8WithWindows1252);
        assert!(d.text.ends_with("no \u{2019}x"));
        assert_eq!(d.invalid_utf8, vec![input.len() - 2]);
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut le = vec![0xFF, 0xFE];
        for u in "<PAGE> Form 6-K é".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le);
        assert_eq!(d.encoding, Encoding::Utf16Le);
        assert_eq!(d.text, "\u{FEFF}<PAGE> Form 6-K é");
        let e = d.text.find('é').unwrap_or(0);
        assert_eq!(d.map.to_input(e), le.len() - 2);
        let be: Vec<u8> = "<DOCUMENT> text"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        let d = decode(&be);
        assert_eq!(d.encoding, Encoding::Utf16Be);
        assert_eq!(d.text, "<DOCUMENT> text");
    }
}
