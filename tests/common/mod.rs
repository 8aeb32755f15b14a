//! Helpers shared by the integration tests.
#![allow(dead_code)]

pub mod keys;
pub mod made_covers;
pub mod openings;
pub mod report;
pub mod synthetic;

use form6k::{Encoding, Filing, Span};

pub const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");

/// Real filings kept in the repository (see `tests/fixtures/submissions/README.md`).
pub const SUBMISSIONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/submissions/");

/// Whether `../shared/corpus` is there. When it is not (a clone outside this
/// workspace), prints one line naming what `test` leaves unchecked; the caller
/// then returns, so the test skips instead of failing.
pub fn corpus_present(test: &str) -> bool {
    let present = std::path::Path::new(CORPUS).is_dir();
    if !present {
        println!("skipped {test}: ../shared/corpus is absent (a clone outside the workspace)");
    }
    present
}

/// The seed 6-K (Hanaro Telecom, April 2003), committed as a fixture.
pub fn seed() -> Vec<u8> {
    include_bytes!("../fixtures/seed/hanaro-2003-04.txt").to_vec()
}

/// A committed real submission from `tests/fixtures/submissions/`.
pub fn submission(name: &str) -> Vec<u8> {
    std::fs::read(format!("{SUBMISSIONS}{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// The diagnostic codes of a filing, in order.
pub fn codes(f: &Filing) -> Vec<&'static str> {
    f.diagnostics.iter().map(|d| d.code).collect()
}

pub fn has(f: &Filing, code: &str) -> bool {
    f.diagnostics.iter().any(|d| d.code == code)
}

/// Input bytes outside [`Filing::coverage`] that are not white space (for UTF-16,
/// NUL high bytes of white space too), as merged spans.
pub fn unaccounted(input: &[u8], f: &Filing) -> Vec<Span> {
    let utf16 = matches!(f.encoding, Encoding::Utf16Le | Encoding::Utf16Be);
    let blank = |b: u8| b.is_ascii_whitespace() || (utf16 && b == 0);
    let mut out: Vec<Span> = Vec::new();
    let mut pos = 0;
    let gaps = f
        .coverage()
        .into_iter()
        .chain([Span::empty(input.len())])
        .map(|s| {
            let gap = Span::new(pos, s.start.max(pos));
            pos = pos.max(s.end);
            gap
        })
        .collect::<Vec<_>>();
    for g in gaps {
        let end = g.end.min(input.len());
        let bytes = input.get(g.start..end).unwrap_or_default();
        for (i, &b) in (g.start..).zip(bytes) {
            if !blank(b) {
                match out.last_mut() {
                    Some(l) if l.end == i => l.end = i + 1,
                    _ => out.push(Span::new(i, i + 1)),
                }
            }
        }
    }
    out
}

/// Every byte belongs to the wrapper, the header, a document or a diagnostic's span.
pub fn assert_lossless(name: &str, input: &[u8], f: &Filing) {
    let gaps = unaccounted(input, f);
    assert!(
        gaps.is_empty(),
        "{name}: bytes not accounted for: {:?} (first: {:?})",
        &gaps[..gaps.len().min(5)],
        gaps.first().map(
            |g| String::from_utf8_lossy(&input[g.start..g.end.min(g.start + 60)]).into_owned()
        )
    );
}

/// Every span inside the input.
pub fn assert_spans_in_bounds(name: &str, input: &[u8], f: &Filing) {
    use form6k::VisitSpans;
    let mut f = f.clone();
    f.visit_spans(&mut |s| {
        assert!(
            s.start <= s.end && s.end <= input.len(),
            "{name}: span {s:?} outside 0..{}",
            input.len()
        )
    });
}

/// Every span endpoint on a character boundary of the input, when the input is
/// UTF-8 (then the decoded text is the input, byte for byte).
pub fn assert_spans_on_char_boundaries(name: &str, input: &[u8], f: &Filing) {
    use form6k::VisitSpans;
    let Ok(text) = std::str::from_utf8(input) else {
        return;
    };
    let mut f = f.clone();
    f.visit_spans(&mut |s| {
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{name}: span {s:?} splits a character"
        )
    });
}

/// What is wrong with the bytes of an attachment whose format its content or its
/// name says (JPEG, GIF, PDF, ZIP and the Office Open XML files), or `Ok(None)`
/// when the format is none of those; `Ok(Some(format))` when they are whole.
pub fn check_attachment(name: &str, data: &[u8]) -> Result<Option<&'static str>, String> {
    let lower = name.to_ascii_lowercase();
    let ext = lower.rsplit('.').next().unwrap_or("");
    let starts = |m: &[u8]| data.starts_with(m);
    let fmt = if starts(b"\xFF\xD8") || ext == "jpg" || ext == "jpeg" {
        "jpeg"
    } else if starts(b"GIF8") || ext == "gif" {
        "gif"
    } else if starts(b"%PDF") || ext == "pdf" {
        "pdf"
    } else if starts(b"PK\x03\x04") || ["zip", "xlsx", "docx", "pptx"].contains(&ext) {
        "zip"
    } else {
        return Ok(None);
    };
    let tail = |n: usize| &data[data.len().saturating_sub(n)..];
    let ok = match fmt {
        // One logo in the corpus is a JPEG padded with NULs to 8,192 bytes as filed;
        // decoders stop at the end marker, so NULs after it are allowed.
        "jpeg" => {
            let end = data.iter().rposition(|&b| b != 0).map_or(0, |i| i + 1);
            starts(b"\xFF\xD8") && data[..end].ends_with(b"\xFF\xD9")
        }
        "gif" => starts(b"GIF8") && data.ends_with(b";"),
        "pdf" => starts(b"%PDF") && data.trim_ascii_end().ends_with(b"%%EOF"),
        _ => return check_zip(data).map(|()| Some("zip")),
    };
    if ok {
        Ok(Some(fmt))
    } else {
        Err(format!(
            "{fmt}: {} bytes, starts {:02x?}, ends {:02x?}",
            data.len(),
            &data[..data.len().min(4)],
            tail(4)
        ))
    }
}

/// A ZIP archive opens: its end-of-central-directory record is there, and the
/// central directory it points to holds as many well-formed entries as it says.
pub fn check_zip(data: &[u8]) -> Result<(), String> {
    let u16_at = |i: usize| {
        data.get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]) as usize)
    };
    let u32_at = |i: usize| {
        data.get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
    };
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the end.
    let from = data.len().saturating_sub(22 + 0xFFFF);
    let eocd = (from..data.len().saturating_sub(21))
        .rev()
        .find(|&i| data[i..].starts_with(b"PK\x05\x06"))
        .ok_or("zip: no end-of-central-directory record")?;
    let entries = u16_at(eocd + 10).ok_or("zip: short record")?;
    let mut at = u32_at(eocd + 16).ok_or("zip: short record")?;
    for n in 0..entries {
        if !data.get(at..).is_some_and(|d| d.starts_with(b"PK\x01\x02")) {
            return Err(format!(
                "zip: central directory entry {n} of {entries} not at {at}"
            ));
        }
        let (name, extra, comment) = (
            u16_at(at + 28).ok_or("zip: short entry")?,
            u16_at(at + 30).ok_or("zip: short entry")?,
            u16_at(at + 32).ok_or("zip: short entry")?,
        );
        let local = u32_at(at + 42).ok_or("zip: short entry")?;
        if !data
            .get(local..)
            .is_some_and(|d| d.starts_with(b"PK\x03\x04"))
        {
            return Err(format!("zip: entry {n}'s local header not at {local}"));
        }
        at += 46 + name + extra + comment;
    }
    if at > eocd {
        return Err("zip: central directory runs into its end record".into());
    }
    Ok(())
}
