//! A tolerant HTML tokenizer: tags, text, and the rest skipped, in one linear pass.
//!
//! ```text
//! <!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><?xml version="1.0"?>
//! <P ALIGN=center STYLE='page-break-before:always'><FONT SIZE=2>Form&nbsp;6-K<BR>
//! <!-- unclosed comment?  <![CDATA[ text ]]>  <script>...</script>
//! ```
//!
//! Every search that can fail (`-->`, a closing quote, `>`, `</script`) remembers
//! where it failed, so a later search from further on fails at once: no input makes
//! the tokenizer quadratic. An unclosed comment ends at the next `>` (what browsers
//! did before HTML5) rather than swallowing the rest of the document.

use crate::span::Span;
use memchr::memmem;

/// A lower-cased tag name, truncated to 16 bytes: cheap to copy, hash and compare.
/// The name ends at its first NUL byte, if any; `len` is that length, found once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Name {
    bytes: [u8; 16],
    len: u8,
}

impl std::hash::Hash for Name {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        // `len` follows from `bytes`: two words say it all.
        let (lo, hi) = self.words();
        state.write_u64(lo);
        state.write_u64(hi);
    }
}

impl Name {
    pub const fn new(name: &[u8]) -> Name {
        let mut bytes = [0u8; 16];
        // The length up to the first NUL, if any, as `as_bytes` reads it.
        let mut len = 16;
        let mut i = 0;
        while i < 16 && i < name.len() {
            if name[i] == 0 && len == 16 {
                len = i;
            }
            bytes[i] = name[i].to_ascii_lowercase();
            i += 1;
        }
        if i < len {
            len = i;
        }
        Name {
            bytes,
            len: len as u8,
        }
    }

    fn words(&self) -> (u64, u64) {
        let [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p] = self.bytes;
        (
            u64::from_le_bytes([a, b, c, d, e, f, g, h]),
            u64::from_le_bytes([i, j, k, l, m, n, o, p]),
        )
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.bytes
            .get(..usize::from(self.len))
            .unwrap_or(&self.bytes)
    }
}

/// A map from names with an Fx-style hash: names are short and fixed-size. The hash is
/// not keyed, so the map that uses it holds at most [`MAX_NAMES`] names: names crafted
/// to collide cannot make it quadratic (`parse` stays linear in its input).
pub type NameMap<V> = std::collections::HashMap<Name, V, std::hash::BuildHasherDefault<FxHasher>>;

/// How many distinct element names a [`NameMap`] of open elements tracks; real filings
/// use fewer than a hundred.
pub const MAX_NAMES: usize = 512;

/// The multiply-rotate hash of rustc's `FxHasher`, for [`NameMap`].
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(w));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.add(word);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// Text to decode (entities, white space); `cdata` text is taken literally.
    Text {
        span: Span,
        cdata: bool,
    },
    Start {
        name: Name,
        /// The source between the name and the closing `>`.
        attrs: &'a str,
        self_closing: bool,
        span: Span,
    },
    End {
        name: Name,
        span: Span,
    },
    /// A lexical problem worth a diagnostic; the tokenizer has already recovered.
    Problem {
        code: &'static str,
        message: &'static str,
        span: Span,
    },
}

/// Elements whose content is not markup and is not shown (or not body text).
fn skipped_content(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"title"
            | b"textarea"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"xmp"
    )
}

pub struct Tokenizer<'a> {
    src: &'a str,
    pos: usize,
    /// Searches that failed from these positions on fail for good.
    no_comment_end_from: usize,
    no_cdata_end_from: usize,
    no_gt_from: usize,
    no_quote_from: [usize; 2],
    /// Raw text to skip after a `<script>`-like start tag: its name.
    skip_raw: Option<Name>,
    no_raw_end_from: Vec<(Name, usize)>,
    queued: Option<Token<'a>>,
}

impl<'a> Tokenizer<'a> {
    pub fn new(src: &'a str) -> Tokenizer<'a> {
        let never = usize::MAX;
        Tokenizer {
            src,
            pos: 0,
            no_comment_end_from: never,
            no_cdata_end_from: never,
            no_gt_from: never,
            no_quote_from: [never; 2],
            skip_raw: None,
            no_raw_end_from: Vec::new(),
            queued: None,
        }
    }

    fn bytes(&self) -> &'a [u8] {
        self.src.as_bytes()
    }

    /// Position of `needle` at or after `from`, remembering failures in `no_from`.
    fn search(&self, from: usize, needle: &[u8], no_from: &mut usize) -> Option<usize> {
        if from >= *no_from {
            return None;
        }
        let hay = self.bytes().get(from..).unwrap_or(&[]);
        let found = if needle.len() == 1 {
            memchr::memchr(needle[0], hay)
        } else {
            memmem::find(hay, needle)
        };
        match found {
            Some(i) => Some(from + i),
            None => {
                *no_from = from;
                None
            }
        }
    }

    fn find_gt(&mut self, from: usize) -> Option<usize> {
        let mut no = self.no_gt_from;
        let r = self.search(from, b">", &mut no);
        self.no_gt_from = no;
        r
    }

    /// `<!-- ... -->`, starting at `at` (the `<`). Returns the token after recovery.
    fn comment(&mut self, at: usize) -> Option<Token<'a>> {
        let body = at + 4;
        // `<!-->` and `<!--->` are complete (empty) comments.
        for short in [&b">"[..], b"->"] {
            if self.bytes().get(body..body + short.len()) == Some(short) {
                self.pos = body + short.len();
                return None;
            }
        }
        let mut no = self.no_comment_end_from;
        let end = self.search(body, b"-->", &mut no);
        self.no_comment_end_from = no;
        if let Some(end) = end {
            self.pos = end + 3;
            return None;
        }
        let end = self.find_gt(body).map_or(self.src.len(), |i| i + 1);
        self.pos = end;
        Some(Token::Problem {
            code: "unclosed-comment",
            message: "comment has no `-->`; it is read as ending at the next `>`",
            span: Span::new(at, end),
        })
    }

    fn cdata(&mut self, at: usize) -> Token<'a> {
        let body = at + 9;
        let mut no = self.no_cdata_end_from;
        let end = self.search(body, b"]]>", &mut no);
        self.no_cdata_end_from = no;
        match end {
            Some(end) => {
                self.pos = end + 3;
                Token::Text {
                    span: Span::new(body, end),
                    cdata: true,
                }
            }
            None => {
                let end = self.find_gt(body).map_or(self.src.len(), |i| i + 1);
                self.pos = end;
                Token::Problem {
                    code: "unclosed-cdata",
                    message: "CDATA section has no `]]>`; it is read as ending at the next `>`",
                    span: Span::new(at, end),
                }
            }
        }
    }

    /// A start or end tag whose name starts at `name_at`; `at` is the `<`.
    fn tag(&mut self, at: usize, name_at: usize, end_tag: bool) -> Option<Token<'a>> {
        let b = self.bytes();
        let name_end = name_at
            + b.get(name_at..)
                .unwrap_or(&[])
                .iter()
                .position(|&c| c.is_ascii_whitespace() || c == b'/' || c == b'>')
                .unwrap_or(b.len() - name_at);
        let name = Name::new(b.get(name_at..name_end).unwrap_or(&[]));
        // Scan attributes, honouring quoted values.
        let mut i = name_end;
        let mut problem = None;
        let close = loop {
            match b.get(i) {
                None => break None,
                Some(b'>') => break Some(i),
                Some(b'=') => {
                    i += 1;
                    while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
                        i += 1;
                    }
                    let quote = match b.get(i) {
                        Some(b'"') => 0,
                        Some(b'\'') => 1,
                        _ => continue,
                    };
                    let q = [b"\"", b"'"][quote];
                    let mut no = self.no_quote_from[quote];
                    let found = self.search(i + 1, q, &mut no);
                    self.no_quote_from[quote] = no;
                    match found {
                        Some(e) => i = e + 1,
                        None => {
                            problem = Some(Token::Problem {
                                code: "unclosed-attribute-quote",
                                message: "attribute value has no closing quote; the tag ends at the next `>`",
                                span: Span::new(i, i + 1),
                            });
                            break self.find_gt(i + 1);
                        }
                    }
                }
                Some(_) => i += 1,
            }
        };
        let Some(close) = close else {
            self.pos = self.src.len();
            return Some(Token::Problem {
                code: "unclosed-tag",
                message: "tag has no closing `>` before the end of the body; it is dropped",
                span: Span::new(at, self.src.len()),
            });
        };
        self.pos = close + 1;
        let span = Span::new(at, close + 1);
        let token = if end_tag {
            Token::End { name, span }
        } else {
            let attrs = self.src.get(name_end..close).unwrap_or("");
            let self_closing = attrs.ends_with('/');
            if !self_closing && skipped_content(name.as_bytes()) {
                self.skip_raw = Some(name);
            }
            Token::Start {
                name,
                attrs,
                self_closing,
                span,
            }
        };
        if let Some(p) = problem {
            self.queued = Some(token);
            return Some(p);
        }
        Some(token)
    }

    /// Skip the content of a `<script>`-like element up to its end tag.
    fn skip_raw_text(&mut self, name: Name) -> Option<Token<'a>> {
        let from = self.pos;
        let known_missing = self
            .no_raw_end_from
            .iter()
            .any(|&(n, p)| n == name && from >= p);
        let b = self.bytes();
        let tag = name.as_bytes();
        let found = if known_missing {
            None
        } else {
            memmem::find_iter(b.get(from..).unwrap_or(&[]), b"</")
                .map(|k| from + k)
                .find(|&k| {
                    let after = k + 2 + tag.len();
                    b.get(k + 2..after)
                        .is_some_and(|n| n.eq_ignore_ascii_case(tag))
                        && match b.get(after) {
                            None => true,
                            Some(&c) => c.is_ascii_whitespace() || c == b'>' || c == b'/',
                        }
                })
        };
        match found {
            Some(k) => {
                self.pos = k;
                None
            }
            None => {
                if !known_missing {
                    self.no_raw_end_from.retain(|&(n, _)| n != name);
                    self.no_raw_end_from.push((name, from));
                }
                Some(Token::Problem {
                    code: "unclosed-raw-text",
                    message: "element has no end tag; its content is read as markup",
                    span: Span::empty(from),
                })
            }
        }
    }
}

impl<'a> Iterator for Tokenizer<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(t) = self.queued.take() {
            return Some(t);
        }
        if let Some(name) = self.skip_raw.take() {
            if let Some(problem) = self.skip_raw_text(name) {
                return Some(problem);
            }
        }
        loop {
            let at = self.pos;
            let b = self.bytes();
            if at >= b.len() {
                return None;
            }
            if b[at] != b'<' {
                let end = memchr::memchr(b'<', &b[at..]).map_or(b.len(), |i| at + i);
                self.pos = end;
                return Some(Token::Text {
                    span: Span::new(at, end),
                    cdata: false,
                });
            }
            let rest = &b[at..];
            let next = rest.get(1).copied();
            match next {
                Some(c) if c.is_ascii_alphabetic() => return self.tag(at, at + 1, false),
                Some(b'/') => match rest.get(2).copied() {
                    Some(c) if c.is_ascii_alphabetic() => return self.tag(at, at + 2, true),
                    Some(b'>') => {
                        self.pos = at + 3;
                        continue;
                    }
                    _ => {}
                },
                Some(b'!') => {
                    if rest.starts_with(b"<!--") {
                        match self.comment(at) {
                            Some(t) => return Some(t),
                            None => continue,
                        }
                    }
                    if rest.len() >= 9 && rest[..9].eq_ignore_ascii_case(b"<![CDATA[") {
                        return Some(self.cdata(at));
                    }
                }
                Some(b'?') => {}
                _ => {
                    // A lone `<` is text.
                    self.pos = at + 1;
                    return Some(Token::Text {
                        span: Span::new(at, at + 1),
                        cdata: false,
                    });
                }
            }
            // `<!DOCTYPE ...>`, `<?xml ...?>`, `</ bogus>`: skipped to the next `>`.
            self.pos = self.find_gt(at + 1).map_or(b.len(), |i| i + 1);
        }
    }
}

/// The attributes in a tag's attribute source, in order: `(key, value)`, the value
/// unquoted (`""` for a bare key). A pair with an empty key may come last.
#[derive(Debug, Clone)]
pub struct Attrs<'a> {
    src: &'a str,
    i: usize,
}

impl<'a> Attrs<'a> {
    pub fn new(src: &'a str) -> Attrs<'a> {
        Attrs { src, i: 0 }
    }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = (&'a str, &'a str);

    fn next(&mut self) -> Option<(&'a str, &'a str)> {
        let attrs = self.src;
        let b = attrs.as_bytes();
        let mut i = self.i;
        if i >= b.len() {
            return None;
        }
        while b
            .get(i)
            .is_some_and(|c| c.is_ascii_whitespace() || *c == b'/')
        {
            i += 1;
        }
        let start = i;
        while b
            .get(i)
            .is_some_and(|c| !c.is_ascii_whitespace() && *c != b'=' && *c != b'/')
        {
            i += 1;
        }
        let Some(key) = attrs.get(start..i) else {
            self.i = usize::MAX;
            return None;
        };
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        let mut value = "";
        if b.get(i) == Some(&b'=') {
            i += 1;
            while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
                i += 1;
            }
            let got = match b.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = memchr::memchr(q, &b[i + 1..]).map_or(b.len(), |k| i + 1 + k);
                    let v = attrs.get(i + 1..end);
                    i = end + 1;
                    v
                }
                _ => {
                    let s = i;
                    while b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
                        i += 1;
                    }
                    attrs.get(s..i)
                }
            };
            let Some(got) = got else {
                self.i = usize::MAX;
                return None;
            };
            value = got;
        }
        if i == start {
            i += 1;
        }
        self.i = i;
        Some((key, value))
    }
}

/// The value of attribute `name` in a tag's attribute source, unquoted (the first
/// one, if the tag repeats it).
#[cfg(test)]
pub fn attr<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    Attrs::new(attrs)
        .find(|(key, _)| key.eq_ignore_ascii_case(name))
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<String> {
        Tokenizer::new(src)
            .map(|t| match t {
                Token::Text { span, .. } => format!("T:{}", span.slice(src)),
                Token::Start { name, .. } => {
                    format!("<{}>", String::from_utf8_lossy(name.as_bytes()))
                }
                Token::End { name, .. } => {
                    format!("</{}>", String::from_utf8_lossy(name.as_bytes()))
                }
                Token::Problem { code, .. } => format!("!{code}"),
            })
            .collect()
    }

    #[test]
    fn tags_text_comments() {
        assert_eq!(
            kinds("<!DOCTYPE html><?xml v?><P ALIGN=center>a<!-- x -->b</p>"),
            ["<p>", "T:a", "T:b", "</p>"]
        );
        assert_eq!(kinds("a < b"), ["T:a ", "T:<", "T: b"]);
        assert_eq!(
            kinds("<script>if (a<b) x='</p>'</script>c"),
            ["<script>", "</script>", "T:c"]
        );
        assert_eq!(kinds("<![CDATA[x<y]]>"), ["T:x<y"]);
        assert_eq!(kinds("<a title='x>y'>z"), ["<a>", "T:z"]);
    }

    #[test]
    fn recovers_from_unclosed_constructs() {
        assert_eq!(kinds("<!-- open <p>text"), ["!unclosed-comment", "T:text"]);
        assert_eq!(kinds("<p>x<div"), ["<p>", "T:x", "!unclosed-tag"]);
        assert_eq!(
            kinds("<a title=\"x>y"),
            ["!unclosed-attribute-quote", "<a>", "T:y"]
        );
        assert_eq!(
            kinds("<title>t<p>x"),
            ["<title>", "!unclosed-raw-text", "T:t", "<p>", "T:x"]
        );
    }

    #[test]
    fn names() {
        assert_eq!(Name::new(b"DIV").as_bytes(), b"div");
        assert_eq!(Name::new(b"ix:nonNumeric").as_bytes(), b"ix:nonnumeric");
        assert_eq!(
            Name::new(b"ABCDEFGHIJKLMNOPQRS").as_bytes(),
            b"abcdefghijklmnop"
        );
        // A NUL ends the name as read, but the names stay different.
        assert_eq!(Name::new(b"P\0x").as_bytes(), b"p");
        assert_ne!(Name::new(b"p\0x"), Name::new(b"p"));
        assert_eq!(Name::new(b"").as_bytes(), b"");
        const P: Name = Name::new(b"p");
        assert_eq!(P, Name::new(b"P"));
    }

    #[test]
    fn attributes() {
        let a = " ALIGN=center style='display: none' colspan=\"2\" nowrap";
        assert_eq!(attr(a, "align"), Some("center"));
        assert_eq!(attr(a, "STYLE"), Some("display: none"));
        assert_eq!(attr(a, "colspan"), Some("2"));
        assert_eq!(attr(a, "nowrap"), Some(""));
        assert_eq!(attr(a, "rowspan"), None);
        assert_eq!(attr("/", "x"), None);
    }
}
