//! Header lines as tokens: `KEY:<tab>value` labels and `<TAG>value` / `</TAG>` tags.
//!
//! ```text
//! 		COMPANY CONFORMED NAME:			ALABAMA POWER CO
//! <FILER><COMPANY-DATA><CONFORMED-NAME>ACORN ENERGY, INC.
//! </COMPANY-DATA>
//! ```
//!
//! Both styles mix in real files (label headers carry `<ACCEPTANCE-DATETIME>`,
//! `<REPORTING-OWNER>` and series data as tags), so one lexer reads both and the
//! header builder decides what each token means.
// The examples keep EDGAR's tabs: they are the syntax.
#![allow(clippy::tabs_in_doc_comments)]

use super::scan::{line_end, trim};
use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    /// `KEY: value` with the number of leading tabs. `value` is trimmed and may be empty.
    Label {
        indent: usize,
        key: Span,
        value: Span,
    },
    /// `<NAME>value`; `value` runs to the next tag or the end of the line, trimmed.
    Open {
        start: usize,
        name: Span,
        value: Span,
    },
    /// `</NAME>`.
    Close { start: usize, name: Span },
    /// A line that is neither.
    Malformed { line: Span },
}

impl Token {
    /// Where the token's text ends.
    pub fn end(&self) -> usize {
        match *self {
            Token::Label { key, value, .. } => value.end.max(key.end),
            Token::Open { name, value, .. } => value.end.max(name.end + 1),
            Token::Close { name, .. } => name.end + 1,
            Token::Malformed { line } => line.end,
        }
    }
}

/// Tokens of `text[start..end]`, in order, read a line at a time (a header is read
/// twice rather than held as a list). Blank lines give none.
pub fn tokenize(text: &str, start: usize, end: usize) -> Tokens<'_> {
    let bytes = text.as_bytes();
    Tokens {
        bytes,
        pos: start,
        end: end.min(bytes.len()),
        line: Vec::new(),
        next: 0,
    }
}

/// The iterator [`tokenize`] returns.
pub struct Tokens<'a> {
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    /// The current line's tokens (a line of run-together tags gives several).
    line: Vec<Token>,
    next: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        while self.next >= self.line.len() {
            if self.pos >= self.end {
                return None;
            }
            self.line.clear();
            self.next = 0;
            let (bytes, pos) = (self.bytes, self.pos);
            let (le, next) = line_end(bytes, pos, self.end);
            let (ls, lt) = trim(bytes, pos, le);
            if ls < lt {
                if bytes.get(ls) == Some(&b'<') {
                    tags(bytes, ls, lt, &mut self.line);
                } else {
                    self.line.push(label(bytes, pos, ls, lt));
                }
            }
            // line_end always moves past a terminator or to `end`.
            self.pos = if next > pos { next } else { self.end };
        }
        let t = self.line.get(self.next).copied();
        self.next += 1;
        t
    }
}

/// A run of tags on one line, `ls..le` trimmed, starting with `<`.
pub fn tags(bytes: &[u8], ls: usize, le: usize, out: &mut Vec<Token>) {
    let mut p = ls;
    while p < le {
        let Some((closing, name)) = tag_name(bytes, p, le) else {
            out.push(Token::Malformed {
                line: Span::new(p, le),
            });
            return;
        };
        if closing {
            out.push(Token::Close { start: p, name });
            p = name.end + 1;
            continue;
        }
        let vstart = name.end + 1;
        let vend = next_tag(bytes, vstart, le);
        let (a, b) = trim(bytes, vstart, vend);
        let value = if a < b {
            Span::new(a, b)
        } else {
            Span::empty(vstart)
        };
        out.push(Token::Open {
            start: p,
            name,
            value,
        });
        p = vend.max(vstart);
    }
}

/// `<NAME>` or `</NAME>` at `p`: whether closing, and the span of NAME.
pub fn tag_name(bytes: &[u8], p: usize, le: usize) -> Option<(bool, Span)> {
    if bytes.get(p) != Some(&b'<') {
        return None;
    }
    let closing = bytes.get(p + 1) == Some(&b'/');
    let ns = p + 1 + usize::from(closing);
    let mut q = ns;
    while q < le
        && bytes
            .get(q)
            .is_some_and(|&c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
    {
        q += 1;
    }
    if q == ns || q >= le || bytes.get(q) != Some(&b'>') {
        return None;
    }
    Some((closing, Span::new(ns, q)))
}

/// The next `<` that starts a tag (`<` then a letter or `/`) in `from..le`, or `le`.
fn next_tag(bytes: &[u8], from: usize, le: usize) -> usize {
    let mut p = from;
    while p < le {
        let Some(i) = bytes.get(p..le).and_then(|s| memchr::memchr(b'<', s)) else {
            return le;
        };
        let at = p + i;
        if bytes
            .get(at + 1)
            .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'/')
        {
            return at;
        }
        p = at + 1;
    }
    le
}

/// `KEY: value` on the line starting at `pos`, text trimmed to `ls..le`.
fn label(bytes: &[u8], pos: usize, ls: usize, le: usize) -> Token {
    let malformed = Token::Malformed {
        line: Span::new(ls, le),
    };
    let indent = bytes
        .get(pos..ls)
        .map_or(0, |s| s.iter().filter(|&&c| c == b'\t').count());
    let Some(colon) = bytes.get(ls..le).and_then(|s| memchr::memchr(b':', s)) else {
        return malformed;
    };
    let (ks, ke) = trim(bytes, ls, ls + colon);
    let key_ok = ks < ke
        && bytes.get(ks..ke).is_some_and(|k| {
            k.iter().all(|&c| {
                c.is_ascii_uppercase()
                    || c.is_ascii_digit()
                    || matches!(
                        c,
                        b' ' | b'-' | b'&' | b'/' | b'(' | b')' | b'.' | b',' | b'\''
                    )
            })
        });
    if !key_ok {
        return malformed;
    }
    let (vs, ve) = trim(bytes, ls + colon + 1, le);
    let value = if vs < ve {
        Span::new(vs, ve)
    } else {
        Span::empty(ls + colon + 1)
    };
    Token::Label {
        indent,
        key: Span::new(ks, ke),
        value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_labels_and_run_together_tags() {
        let t = "\t\tCITY:\t\tX Y\r<A>1<B>2 </B>\nnot a label\n";
        let toks: Vec<Token> = tokenize(t, 0, t.len()).collect();
        let s = |sp: Span| sp.slice(t);
        match toks.first() {
            Some(&Token::Label { indent, key, value }) => {
                assert_eq!((indent, s(key), s(value)), (2, "CITY", "X Y"));
            }
            other => panic!("{other:?}"),
        }
        match (toks.get(1), toks.get(2), toks.get(3)) {
            (
                Some(&Token::Open { name, value, .. }),
                Some(&Token::Open {
                    name: n2,
                    value: v2,
                    ..
                }),
                Some(&Token::Close { name: n3, .. }),
            ) => {
                assert_eq!((s(name), s(value)), ("A", "1"));
                assert_eq!((s(n2), s(v2)), ("B", "2"));
                assert_eq!(s(n3), "B");
            }
            other => panic!("{other:?}"),
        }
        assert!(matches!(toks.get(4), Some(Token::Malformed { .. })));
        assert_eq!(toks.len(), 5);
    }
}
