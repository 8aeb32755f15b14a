//! The text of one HTML block or cell as a reader sees it, with its [`TextMap`].
//!
//! ```text
//! <p>Form 20-F&nbsp;&#9746;&nbsp;&nbsp;Form   40-F&nbsp;&#9744;<br>next</p>
//!    -> "Form 20-F ☒ Form 40-F ☐\nnext"
//! ```
//!
//! White space (including no-break spaces, which read as plain spaces) collapses
//! to one space mapped to its source run; white space at the edges is dropped.
//! An entity maps to its whole source. Inside `<pre>` white space is kept.

use super::entities::{self, Replacement};
use super::plain_char;
use super::symbols::{self, SymbolFont};
use crate::span::{Span, TextMap};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Pending {
    #[default]
    Nothing,
    /// A collapsed run of white space, written only if more text follows.
    Space(Span),
    /// A block boundary inside a cell: a line break, written only if more text follows.
    Break(Span),
}

#[derive(Debug, Default)]
pub(super) struct TextBuf {
    text: String,
    map: TextMap,
    pending: Pending,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

impl TextBuf {
    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn materialize(&mut self) {
        let at_start = self.at_line_start();
        match std::mem::take(&mut self.pending) {
            Pending::Space(span) if !at_start => self.replaced(" ", span),
            Pending::Break(span) if !at_start => self.replaced("\n", span),
            _ => {}
        }
    }

    fn verbatim(&mut self, src_start: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        self.materialize();
        self.text.push_str(s);
        self.map.push_verbatim(src_start, s.len());
    }

    fn replaced(&mut self, s: &str, span: Span) {
        self.text.push_str(s);
        self.map.push_replaced(s.len(), span);
    }

    /// A character that stands for an element (an image of a check box) at `span`.
    pub fn glyph(&mut self, s: &str, span: Span) {
        self.materialize();
        self.replaced(s, span);
    }

    /// Collapsible white space at `span`.
    pub fn space(&mut self, span: Span) {
        if self.at_line_start() {
            return;
        }
        self.pending = match self.pending {
            Pending::Nothing => Pending::Space(span),
            Pending::Space(s) if s.end == span.start => Pending::Space(s.cover(span)),
            p => p,
        };
    }

    /// A block boundary inside a cell or caption.
    pub fn block_break(&mut self, span: Span) {
        if !self.text.is_empty() {
            self.pending = Pending::Break(span);
        }
    }

    /// `<br>`: a line break, dropped at the edges.
    pub fn line_break(&mut self, span: Span) {
        self.pending = Pending::Nothing;
        if !self.text.is_empty() {
            self.replaced("\n", span);
        }
    }

    /// Text `src[span]`: entities decoded unless `cdata`; white space kept if `pre`.
    pub fn push_text(&mut self, src: &str, span: Span, pre: bool, cdata: bool) {
        let Some(s) = src.get(span.start..span.end) else {
            return;
        };
        let base = span.start;
        let b = s.as_bytes();
        let (mut i, mut run) = (0usize, 0usize);
        while let Some(&c) = b.get(i) {
            if c < 0x80 && !is_space(c) && (c != b'&' || cdata) {
                i += 1;
                continue;
            }
            if c == b'&' {
                let Some(d) = s.get(i..).and_then(entities::decode) else {
                    i += 1;
                    continue;
                };
                self.verbatim(base + run, &s[run..i]);
                self.entity(d.text, Span::new(base + i, base + i + d.len), pre);
                i += d.len;
                run = i;
                continue;
            }
            if is_space(c) {
                self.verbatim(base + run, &s[run..i]);
                let mut j = i;
                while b.get(j).copied().is_some_and(is_space) {
                    j += 1;
                }
                if pre {
                    self.pre_space(&s[i..j], base + i);
                } else {
                    self.space(Span::new(base + i, base + j));
                }
                i = j;
                run = i;
                continue;
            }
            let Some(ch) = s.get(i..).and_then(|t| t.chars().next()) else {
                break;
            };
            let plain = plain_char(ch);
            if plain != ch {
                self.verbatim(base + run, &s[run..i]);
                let at = Span::new(base + i, base + i + ch.len_utf8());
                if plain == ' ' && !pre {
                    self.space(at);
                } else {
                    self.materialize();
                    self.replaced(plain.encode_utf8(&mut [0; 4]), at);
                }
                i += ch.len_utf8();
                run = i;
            } else {
                i += ch.len_utf8();
            }
        }
        self.verbatim(base + run, s.get(run..).unwrap_or(""));
    }

    /// Text `src[span]` set in a symbol font: each character (or entity) that the
    /// font draws as a glyph is written as that glyph, mapped to its source.
    pub fn push_symbol_text(
        &mut self,
        src: &str,
        span: Span,
        pre: bool,
        cdata: bool,
        font: SymbolFont,
    ) {
        let Some(s) = src.get(span.start..span.end) else {
            return;
        };
        let base = span.start;
        let mut i = 0;
        while let Some(rest) = s.get(i..).filter(|r| !r.is_empty()) {
            let decoded = (!cdata && rest.starts_with('&'))
                .then(|| entities::decode(rest))
                .flatten();
            let (c, len, entity) = match decoded {
                Some(d) => {
                    let mut out = String::new();
                    d.text.push_to(&mut out);
                    let mut chars = out.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => (c, d.len, true),
                        // An entity of several characters is no single glyph.
                        _ => {
                            self.entity(d.text, Span::new(base + i, base + i + d.len), pre);
                            i += d.len;
                            continue;
                        }
                    }
                }
                None => match rest.chars().next() {
                    Some(c) => (c, c.len_utf8(), false),
                    None => break,
                },
            };
            let at = Span::new(base + i, base + i + len);
            if plain_char(c) == ' ' && !pre {
                self.space(at);
            } else if let Some(g) = symbols::glyph(font, c) {
                self.materialize();
                self.replaced(g.encode_utf8(&mut [0; 4]), at);
            } else if entity {
                if let Some(d) = entities::decode(rest) {
                    self.entity(d.text, at, pre);
                }
            } else if c.is_ascii() && is_space(c as u8) && !pre {
                self.space(at);
            } else {
                self.push_text(src, at, pre, true);
            }
            i += len;
        }
    }

    fn entity(&mut self, value: Replacement<'_>, span: Span, pre: bool) {
        // Most references stand for one character: no strings built for them.
        let single = match value {
            Replacement::Char(c) => Some(c),
            Replacement::Str(s) => {
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Some(c),
                    _ => None,
                }
            }
        };
        if let Some(c) = single {
            let plain = plain_char(c);
            if !pre && plain.is_ascii() && is_space(plain as u8) {
                self.space(span);
            } else {
                self.materialize();
                self.replaced(plain.encode_utf8(&mut [0; 4]), span);
            }
            return;
        }
        let mut out = String::new();
        value.push_to(&mut out);
        let out: String = out.chars().map(plain_char).collect();
        if !pre && out.bytes().all(is_space) {
            self.space(span);
            return;
        }
        self.materialize();
        self.replaced(&out, span);
    }

    /// White space inside `<pre>`: kept, with CR LF and CR read as LF.
    fn pre_space(&mut self, s: &str, at: usize) {
        self.materialize();
        let b = s.as_bytes();
        let mut i = 0;
        while let Some(&c) = b.get(i) {
            if c == b'\r' {
                let len = if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                self.replaced("\n", Span::new(at + i, at + i + len));
                i += len;
            } else {
                self.text.push(c as char);
                self.map.push_verbatim(at + i, 1);
                i += 1;
            }
        }
    }

    /// The text with white space trimmed at the end, or `None` if there is none.
    pub fn finish(mut self) -> Option<(String, TextMap)> {
        let kept = self
            .text
            .trim_end_matches([' ', '\n', '\t', '\r', '\x0c'])
            .len();
        if kept == 0 {
            return None;
        }
        self.text.truncate(kept);
        self.map.truncate(kept);
        Some((self.text, self.map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str, pre: bool) -> (String, TextMap) {
        let mut t = TextBuf::default();
        t.push_text(src, Span::new(0, src.len()), pre, false);
        t.finish().unwrap_or_default()
    }

    #[test]
    fn collapses_and_maps() {
        let src = "  Form 20-F&nbsp;&#9746;&nbsp;&nbsp;Form \n 40-F\u{a0}&#x2610;  ";
        let (text, map) = run(src, false);
        assert_eq!(text, "Form 20-F ☒ Form 40-F ☐");
        assert_eq!(map.span(0, 4).slice(src), "Form");
        let box1 = text.find('☒').unwrap();
        assert_eq!(map.span(box1, box1 + 3).slice(src), "&#9746;");
        let gap = text.find(" Form 40").unwrap();
        assert_eq!(map.span(gap, gap + 1).slice(src), "&nbsp;&nbsp;");
        assert_eq!(map.full_span().slice(src), src.trim());
    }

    #[test]
    fn plain_forms_and_pre() {
        let (text, map) = run("20&#8209;F 20\u{2011}F", false);
        assert_eq!(text, "20-F 20-F");
        assert_eq!(map.span(7, 8), Span::new(13, 16));
        let (text, _) = run("  a  b\r\n  c\n\n", true);
        assert_eq!(text, "  a  b\n  c");
        let (text, _) = run("a & b &amp c &bogus;", false);
        assert_eq!(text, "a & b & c &bogus;");
    }
}
