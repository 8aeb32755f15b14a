//! Byte-level helpers shared by the envelope readers: lines ending in `\r\n`, `\r`
//! (the `.nc` feed writes bare carriage returns) or `\n`, and a cached finder that
//! keeps repeated "next occurrence" questions linear in the input.

use memchr::memmem;

/// The end of the line starting at `pos` (before its terminator) and the start of
/// the next line. `end` bounds the search.
pub fn line_end(bytes: &[u8], pos: usize, end: usize) -> (usize, usize) {
    let end = end.min(bytes.len());
    if pos >= end {
        return (end, end);
    }
    match bytes
        .get(pos..end)
        .and_then(|s| memchr::memchr2(b'\r', b'\n', s))
    {
        Some(i) => {
            let at = pos + i;
            (at, skip_eol(bytes, at, end))
        }
        None => (end, end),
    }
}

/// Skip one line terminator at `pos`, if there is one.
pub fn skip_eol(bytes: &[u8], pos: usize, end: usize) -> usize {
    match bytes.get(pos) {
        Some(b'\r') if pos < end => {
            if bytes.get(pos + 1) == Some(&b'\n') && pos + 1 < end {
                pos + 2
            } else {
                pos + 1
            }
        }
        Some(b'\n') if pos < end => pos + 1,
        _ => pos,
    }
}

/// Whether `pos` starts a line (or the region starting at `floor`).
pub fn is_line_start(bytes: &[u8], pos: usize, floor: usize) -> bool {
    pos <= floor || matches!(bytes.get(pos.wrapping_sub(1)), Some(b'\n' | b'\r'))
}

pub fn is_blank(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

/// `start..end` with ASCII white space trimmed from both ends.
pub fn trim(bytes: &[u8], mut start: usize, mut end: usize) -> (usize, usize) {
    end = end.min(bytes.len());
    while start < end && bytes.get(start).is_some_and(u8::is_ascii_whitespace) {
        start += 1;
    }
    while end > start && bytes.get(end - 1).is_some_and(u8::is_ascii_whitespace) {
        end -= 1;
    }
    (start, end)
}

/// The first position at or after `pos` that is not ASCII white space.
pub fn skip_ws(bytes: &[u8], mut pos: usize, end: usize) -> usize {
    while pos < end && bytes.get(pos).is_some_and(u8::is_ascii_whitespace) {
        pos += 1;
    }
    pos
}

/// Whether `bytes[pos..]` starts with `lit`.
pub fn starts_at(bytes: &[u8], pos: usize, lit: &[u8]) -> bool {
    bytes.get(pos..).is_some_and(|s| s.starts_with(lit))
}

/// Finds the next occurrence of a needle at or after a position, remembering the
/// last answer: queries that move forward never rescan, so each finder reads the
/// input at most about once however many documents ask.
pub struct NextFinder {
    finder: memmem::Finder<'static>,
    /// Occurrences must start a line.
    line_start: bool,
    /// The last query position and its answer.
    asked: usize,
    answer: Option<Option<usize>>,
}

impl NextFinder {
    pub fn new(needle: &'static [u8], line_start: bool) -> NextFinder {
        NextFinder {
            finder: memmem::Finder::new(needle),
            line_start,
            asked: 0,
            answer: None,
        }
    }

    /// The first occurrence at or after `from`, at or before `end - needle length`.
    pub fn next(&mut self, bytes: &[u8], from: usize, end: usize) -> Option<usize> {
        let cached = match self.answer {
            Some(Some(p)) if self.asked <= from && from <= p => Some(Some(p)),
            Some(None) if self.asked <= from => Some(None),
            _ => None,
        };
        let found = match cached {
            Some(found) => found,
            None => {
                let found = self.search(bytes, from);
                self.asked = from;
                self.answer = Some(found);
                found
            }
        };
        let needle = self.finder.needle().len();
        found.filter(|&p| p + needle <= end)
    }

    fn search(&self, bytes: &[u8], mut from: usize) -> Option<usize> {
        loop {
            let p = from + self.finder.find(bytes.get(from..)?)?;
            if !self.line_start || is_line_start(bytes, p, 0) {
                return Some(p);
            }
            from = p + 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_end_at_any_terminator() {
        let b = b"a\r\nb\rc\nd";
        assert_eq!(line_end(b, 0, b.len()), (1, 3));
        assert_eq!(line_end(b, 3, b.len()), (4, 5));
        assert_eq!(line_end(b, 5, b.len()), (6, 7));
        assert_eq!(line_end(b, 7, b.len()), (8, 8));
        assert_eq!(line_end(b, 9, b.len()), (8, 8));
    }

    #[test]
    fn finder_answers_forward_queries_and_respects_line_starts() {
        let b = b"x<D>\n<D>\n<D>";
        let mut f = NextFinder::new(b"<D>", true);
        assert_eq!(f.next(b, 0, b.len()), Some(5));
        assert_eq!(f.next(b, 5, b.len()), Some(5));
        assert_eq!(f.next(b, 6, b.len()), Some(9));
        assert_eq!(f.next(b, 6, 10), None);
        assert_eq!(f.next(b, 10, b.len()), None);
        assert_eq!(f.next(b, 0, b.len()), Some(5));
    }
}
