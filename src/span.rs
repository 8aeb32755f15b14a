//! Spans and fields: where in the input a value came from.
//!
//! A [`Span`] is a half-open range of byte offsets into the input as given to
//! [`crate::parse`]. Inside the parser every layer works on the decoded text
//! (UTF-8); when the input was not UTF-8 the spans are mapped back to input
//! byte offsets at the very end (see [`crate::decode`]).
//!
//! A [`TextMap`] records how a block's normalized text (entities decoded, white
//! space collapsed) lines up with the source, so that a value found anywhere
//! inside that text gets the exact span of the source bytes it was read from.

use serde::Serialize;

/// Half-open byte range `[start, end)` into the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn empty(at: usize) -> Span {
        Span { start: at, end: at }
    }

    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span shifted right by `by` bytes (a span relative to a slice made absolute).
    pub const fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// The text this span covers, or "" when it does not fall on char boundaries.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// A value read from the filing together with the span it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Field<T> {
    pub fn new(value: T, span: Span) -> Field<T> {
        Field { value, span }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Field<U> {
        Field {
            value: f(self.value),
            span: self.span,
        }
    }
}

/// One run of normalized text and the source it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Segment {
    text_start: u32,
    src_start: u32,
    src_end: u32,
    /// Offsets inside the text map one to one to the source (a copy of it, or a single
    /// byte standing for a single byte).
    verbatim: bool,
}

/// Maps byte offsets in a block's normalized text to byte offsets in the source.
///
/// Built by appending runs in text order: [`TextMap::push_verbatim`] for text copied
/// as is, [`TextMap::push_replaced`] for text that stands for other source bytes
/// (an entity, a collapsed run of white space, a tag turned into a space).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextMap {
    segments: Vec<Segment>,
    text_len: u32,
}

impl TextMap {
    pub fn new() -> TextMap {
        TextMap::default()
    }

    /// Bytes the map holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        self.segments.capacity() * std::mem::size_of::<Segment>()
    }

    /// Length of the normalized text this map covers.
    pub fn text_len(&self) -> usize {
        self.text_len as usize
    }

    /// `len` bytes of text copied verbatim from `src_start..src_start + len`.
    pub fn push_verbatim(&mut self, src_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.segments.last_mut() {
            let last_len = self.text_len - last.text_start;
            if last.verbatim && last.src_start as usize + last_len as usize == src_start {
                last.src_end = (src_start + len) as u32;
                self.text_len += len as u32;
                return;
            }
        }
        self.push_segment(Segment {
            text_start: self.text_len,
            src_start: src_start as u32,
            src_end: (src_start + len) as u32,
            verbatim: true,
        });
        self.text_len += len as u32;
    }

    /// `text_len` bytes of text that stand for the source bytes `src`.
    pub fn push_replaced(&mut self, text_len: usize, src: Span) {
        if text_len == 0 {
            return;
        }
        if text_len == 1 && src.len() == 1 {
            // One byte for one byte (a lone space or line break read as a space) maps
            // exactly as a verbatim byte does; merging it into its neighbours keeps one
            // segment per line of ordinary prose instead of one per word.
            return self.push_verbatim(src.start, 1);
        }
        self.push_segment(Segment {
            text_start: self.text_len,
            src_start: src.start as u32,
            src_end: src.end as u32,
            verbatim: false,
        });
        self.text_len += text_len as u32;
    }

    /// Most maps (a line of plain text, a paragraph of prose) hold one segment: the
    /// first is allocated alone, not as the four a `Vec` starts with; later pushes
    /// grow as usual.
    fn push_segment(&mut self, segment: Segment) {
        if self.segments.capacity() == 0 {
            self.segments.reserve_exact(1);
        }
        self.segments.push(segment);
    }

    /// Drop text from `len` on (used when trailing white space is trimmed).
    pub fn truncate(&mut self, len: usize) {
        let len = len as u32;
        while let Some(last) = self.segments.last() {
            if last.text_start >= len {
                self.segments.pop();
            } else {
                break;
            }
        }
        if let Some(last) = self.segments.last_mut() {
            if last.verbatim {
                let keep = len - last.text_start;
                last.src_end = last.src_end.min(last.src_start + keep);
            }
        }
        self.text_len = self.text_len.min(len);
    }

    fn segment_at(&self, text_offset: u32) -> Option<&Segment> {
        let i = self
            .segments
            .partition_point(|s| s.text_start <= text_offset);
        i.checked_sub(1).and_then(|i| self.segments.get(i))
    }

    /// The source span of the normalized text `text_start..text_end`.
    pub fn span(&self, text_start: usize, text_end: usize) -> Span {
        let (a, b) = (text_start as u32, text_end.max(text_start) as u32);
        let start = match self.segment_at(a) {
            Some(s) if s.verbatim => (s.src_start + (a - s.text_start)).min(s.src_end),
            Some(s) => s.src_start,
            None => return Span::default(),
        };
        let end = if b == a {
            start
        } else {
            match self.segment_at(b - 1) {
                Some(s) if s.verbatim => (s.src_start + (b - s.text_start)).min(s.src_end),
                Some(s) => s.src_end,
                None => start,
            }
        };
        Span::new(start as usize, (end as usize).max(start as usize))
    }

    /// The source span of the whole text.
    pub fn full_span(&self) -> Span {
        self.span(0, self.text_len as usize)
    }

    /// Move the map's source offsets to another text's offsets, as the output's spans
    /// are moved when the text the parser read is not the input (PEM dash-stuffing
    /// undone, bytes decoded): `start` maps an offset where source begins, `end` one
    /// where it ends. A verbatim run is cut at each of `cuts(lo, hi)` (offsets strictly
    /// inside `lo..hi` where the two texts stop advancing together), and each piece stays
    /// verbatim when it keeps its length, else stands for the source it now covers.
    pub fn remap(
        &mut self,
        start: &dyn Fn(usize) -> usize,
        end: &dyn Fn(usize) -> usize,
        cuts: &dyn Fn(usize, usize, &mut Vec<usize>),
    ) {
        let mut out: Vec<Segment> = Vec::with_capacity(self.segments.len());
        let mut at = Vec::new();
        for s in &self.segments {
            let (lo, hi) = (s.src_start as usize, s.src_end as usize);
            if !s.verbatim || hi <= lo {
                let a = start(lo);
                let b = if hi > lo { end(hi).max(a) } else { a };
                out.push(Segment {
                    text_start: s.text_start,
                    src_start: a as u32,
                    src_end: b as u32,
                    verbatim: false,
                });
                continue;
            }
            at.clear();
            at.push(lo);
            cuts(lo, hi, &mut at);
            at.push(hi);
            let mut text_start = s.text_start;
            for w in at.windows(2) {
                let (p, q) = (w[0], w[1]);
                if q <= p {
                    continue;
                }
                let (a, b) = (start(p), end(q));
                out.push(Segment {
                    text_start,
                    src_start: a as u32,
                    src_end: b.max(a) as u32,
                    verbatim: b >= a && b - a == q - p,
                });
                text_start += (q - p) as u32;
            }
        }
        out.shrink_to_fit();
        self.segments = out;
    }

    /// Shift every source offset by `by` (a map built on a slice made absolute).
    pub fn shift(&mut self, by: usize) {
        for s in &mut self.segments {
            s.src_start += by as u32;
            s.src_end += by as u32;
        }
    }
}

/// Every span inside a value, visited mutably: lets the whole output be moved
/// from decoded-text offsets to input byte offsets (or UTF-16 units for JS) in
/// one linear pass, without each layer knowing about encodings.
pub trait VisitSpans {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span));
}

impl VisitSpans for Span {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(self)
    }
}

impl<T> VisitSpans for Field<T> {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span)
    }
}

impl<T: VisitSpans> VisitSpans for Option<T> {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        if let Some(v) = self {
            v.visit_spans(f)
        }
    }
}

impl<T: VisitSpans> VisitSpans for Vec<T> {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        for v in self {
            v.visit_spans(f)
        }
    }
}

/// Implements [`VisitSpans`] for a struct by visiting the listed fields.
#[macro_export]
macro_rules! visit_spans {
    ($ty:ty { $($field:ident),* $(,)? }) => {
        impl $crate::span::VisitSpans for $ty {
            fn visit_spans(&mut self, f: &mut dyn FnMut(&mut $crate::span::Span)) {
                $( $crate::span::VisitSpans::visit_spans(&mut self.$field, f); )*
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_verbatim_and_replaced_runs() {
        // source: "A&amp;B  C" -> text "A&B C"
        let mut m = TextMap::new();
        m.push_verbatim(0, 1); // A
        m.push_replaced(1, Span::new(1, 6)); // &amp;
        m.push_verbatim(6, 1); // B
        m.push_replaced(1, Span::new(7, 9)); // two spaces
        m.push_verbatim(9, 1); // C
        assert_eq!(m.text_len(), 5);
        assert_eq!(m.span(0, 5), Span::new(0, 10));
        assert_eq!(m.span(1, 2), Span::new(1, 6));
        assert_eq!(m.span(2, 3), Span::new(6, 7));
        assert_eq!(m.span(4, 5), Span::new(9, 10));
        m.truncate(3);
        assert_eq!(m.full_span(), Span::new(0, 7));
    }

    #[test]
    fn adjacent_verbatim_runs_merge() {
        let mut m = TextMap::new();
        m.push_verbatim(10, 3);
        m.push_verbatim(13, 2);
        assert_eq!(m.segments.len(), 1);
        assert_eq!(m.span(1, 4), Span::new(11, 14));
    }
}
