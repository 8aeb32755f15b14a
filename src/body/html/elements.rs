//! What a tag means to the builder: which elements are blocks, void, raw or only
//! allowed in `<head>`, what a `style` attribute says, and which images are check boxes.

use super::super::html_tokenizer::Attrs;
use super::super::symbols::{self, Face};

/// What kind of element a (lower-cased) name is, decided by one `match`: the
/// name lists below (void, block, ...) scanned one by one dominated profiles.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Kind(u8);

impl Kind {
    const VOID: u8 = 1;
    const BLOCK: u8 = 2;
    const CLOSES_P: u8 = 4;
    const IN_HEAD: u8 = 8;
    const RAW: u8 = 16;

    pub(super) fn of(name: &[u8]) -> Kind {
        const V: u8 = Kind::VOID;
        const B: u8 = Kind::BLOCK;
        const P: u8 = Kind::CLOSES_P;
        const H: u8 = Kind::IN_HEAD;
        const R: u8 = Kind::RAW;
        Kind(match name {
            b"area" | b"basefont" | b"bgsound" | b"br" | b"col" | b"embed" | b"frame"
            | b"image" | b"img" | b"input" | b"keygen" | b"param" | b"source" | b"spacer"
            | b"track" | b"wbr" | b"isindex" => V,
            b"base" | b"link" | b"meta" => V | H,
            b"hr" => V | B | P,
            b"address" | b"article" | b"aside" | b"blockquote" | b"center" | b"details"
            | b"dialog" | b"dir" | b"div" | b"dl" | b"fieldset" | b"figcaption" | b"figure"
            | b"footer" | b"form" | b"h1" | b"h2" | b"h3" | b"h4" | b"h5" | b"h6" | b"header"
            | b"hgroup" | b"listing" | b"main" | b"menu" | b"nav" | b"ol" | b"p" | b"pre"
            | b"section" | b"summary" | b"ul" | b"li" | b"dd" | b"dt" => B | P,
            b"legend" | b"option" | b"optgroup" | b"frameset" => B,
            b"title" | b"style" | b"script" => H | R,
            b"noscript" | b"template" | b"head" => H,
            b"textarea" | b"iframe" | b"noembed" | b"noframes" | b"xmp" => R,
            _ => 0,
        })
    }

    /// Elements with no content and no end tag.
    pub(super) fn void(self) -> bool {
        self.0 & Kind::VOID != 0
    }

    /// Elements that end the current text block.
    pub(super) fn block(self) -> bool {
        self.0 & Kind::BLOCK != 0
    }

    /// Start tags that end an open `<p>`.
    pub(super) fn closes_p(self) -> bool {
        self.0 & Kind::CLOSES_P != 0
    }

    /// Elements allowed in `<head>`; any other start tag ends it.
    pub(super) fn in_head(self) -> bool {
        self.0 & Kind::IN_HEAD != 0
    }

    /// Elements whose content the tokenizer skips (see `html_tokenizer`).
    pub(super) fn raw(self) -> bool {
        self.0 & Kind::RAW != 0
    }
}

/// `s` lower-cased into `buf`, or `None` if it is longer.
fn lowered<'b, const N: usize>(s: &str, buf: &'b mut [u8; N]) -> Option<&'b [u8]> {
    let dst = buf.get_mut(..s.len())?;
    for (d, c) in dst.iter_mut().zip(s.bytes()) {
        *d = c.to_ascii_lowercase();
    }
    Some(dst)
}

/// `s.split(sep as char)` for an ASCII `sep`, without the searcher's set-up (style
/// attributes are short).
fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The attributes the builder reads, found in one pass over the tag (the first of
/// each, as [`attr`] finds).
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct TagAttrs<'a> {
    pub(super) hidden: bool,
    pub(super) style: Option<&'a str>,
    pub(super) align: Option<&'a str>,
    pub(super) size: Option<&'a str>,
    pub(super) face: Option<&'a str>,
    pub(super) alt: Option<&'a str>,
    pub(super) src: Option<&'a str>,
    pub(super) colspan: Option<&'a str>,
    pub(super) rowspan: Option<&'a str>,
}

impl<'a> TagAttrs<'a> {
    pub(super) fn read(attrs: &'a str) -> TagAttrs<'a> {
        let mut t = TagAttrs::default();
        for (key, value) in Attrs::new(attrs) {
            let mut buf = [0u8; 8];
            let Some(key) = lowered(key, &mut buf) else {
                continue;
            };
            let slot = match key {
                b"hidden" => {
                    t.hidden = true;
                    continue;
                }
                b"style" => &mut t.style,
                b"align" => &mut t.align,
                b"size" => &mut t.size,
                b"face" => &mut t.face,
                b"alt" => &mut t.alt,
                b"src" => &mut t.src,
                b"colspan" => &mut t.colspan,
                b"rowspan" => &mut t.rowspan,
                _ => continue,
            };
            if slot.is_none() {
                *slot = Some(value);
            }
        }
        t
    }
}

/// What a `style` attribute says that matters here.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Style {
    pub(super) hidden: bool,
    pub(super) break_before: bool,
    pub(super) break_after: bool,
    pub(super) bold: bool,
    pub(super) centered: bool,
    pub(super) italic: bool,
    /// `font-size` in points, rounded; 0 when not stated in absolute units.
    pub(super) size: u8,
    /// Whether `margin-top` / `margin-bottom` (or `padding-`, or the `margin`
    /// shorthand) leave space, when the style says.
    pub(super) space_above: Option<bool>,
    pub(super) space_below: Option<bool>,
    /// The font face a `font-family` or `font` declaration sets.
    pub(super) face: Option<Face>,
}

/// Whether a CSS length leaves space: `12px`, `1em` yes; `0`, `0px`, `0pt` no.
fn leaves_space(value: &str) -> Option<bool> {
    let v = value.trim();
    let len = v
        .bytes()
        .take_while(|c| c.is_ascii_digit() || *c == b'.' || *c == b'-')
        .count();
    let n: f32 = v.get(..len)?.parse().ok()?;
    Some(n > 0.5)
}

/// Margin and padding together: space if either leaves some.
fn merge_space(a: Option<bool>, b: Option<bool>) -> Option<bool> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x || y),
        (x, None) => x,
        (None, y) => y,
    }
}

/// A CSS `font-size` in points: `12pt`, `16px` (3/4 pt), `1.2em` (of 12 pt, the
/// browsers' default), and the keywords; 0 for what this cannot tell.
pub(super) fn font_size(value: &str) -> u8 {
    let v = value.trim();
    let mut buf = [0u8; 8];
    let keyword = match lowered(v, &mut buf) {
        Some(v) => match v {
            b"xx-small" => 7.0,
            b"x-small" => 7.5,
            b"small" => 10.0,
            b"medium" => 12.0,
            b"large" => 13.5,
            b"x-large" => 18.0,
            b"xx-large" => 24.0,
            _ => 0.0,
        },
        None => 0.0,
    };
    let pt = if keyword > 0.0 {
        keyword
    } else {
        let digits = v.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
        let Ok(n) = digits.trim().parse::<f32>() else {
            return 0;
        };
        let unit = v.get(digits.len()..).unwrap_or("");
        let is = |u: &str| unit.eq_ignore_ascii_case(u);
        if is("pt") {
            n
        } else if is("px") {
            n * 0.75
        } else if is("em") || is("rem") {
            n * 12.0
        } else if is("%") {
            n * 0.12
        } else {
            0.0
        }
    };
    pt.round().clamp(0.0, 255.0) as u8
}

/// `<font size=N>` in points: the browsers' sizes 1-7 (3 is 12 pt), `+N`/`-N` from 3.
pub(super) fn font_tag_size(size: Option<&str>) -> u8 {
    let Some(v) = size.map(str::trim) else {
        return 0;
    };
    let n: i32 = match v.strip_prefix('+') {
        Some(rel) => 3 + rel.parse::<i32>().unwrap_or(0),
        None if v.starts_with('-') => 3 + v.parse::<i32>().unwrap_or(0),
        None => v.parse().unwrap_or(0),
    };
    match n.clamp(0, 7) {
        1 => 8,
        2 => 10,
        3 => 12,
        4 => 14,
        5 => 18,
        6 => 24,
        7 => 36,
        _ => 0,
    }
}

/// What a tag's `style` and `hidden` attributes say.
pub(super) fn read_style<'a>(attrs: &TagAttrs<'a>, cache: &mut StyleCache<'a>) -> Style {
    let mut s = match attrs.style {
        Some(css) => cache.read(css),
        None => Style::default(),
    };
    s.hidden |= attrs.hidden;
    s
}

/// The styles read last, most recent first: filers repeat a few `style` attributes
/// on every paragraph and cell, and comparing is cheaper than reading (8 hold about
/// 86% of the corpus's `style` attributes).
#[derive(Debug, Default)]
pub(super) struct StyleCache<'a> {
    recent: Vec<(&'a str, Style)>,
}

impl<'a> StyleCache<'a> {
    const SIZE: usize = 8;

    fn read(&mut self, css: &'a str) -> Style {
        if let Some(i) = self.recent.iter().position(|&(c, _)| c == css) {
            if let Some(hit) = self.recent.get_mut(..=i) {
                hit.rotate_right(1);
            }
            return self
                .recent
                .first()
                .map_or_else(|| read_css(css), |&(_, s)| s);
        }
        let style = read_css(css);
        if self.recent.len() >= Self::SIZE {
            self.recent.pop();
        }
        self.recent.insert(0, (css, style));
        style
    }
}

/// What a `style` attribute's declarations say.
fn read_css(css: &str) -> Style {
    let mut s = Style::default();
    for decl in split_byte(css, b';') {
        let Some(colon) = decl.bytes().position(|b| b == b':') else {
            continue;
        };
        let (prop, value) = (&decl[..colon], &decl[colon + 1..]);
        // The property lower-cased in place of a dozen case-blind comparisons; none
        // read here is over 17 bytes.
        let mut buf = [0u8; 17];
        let Some(prop) = lowered(prop.trim(), &mut buf) else {
            continue;
        };
        match prop {
            b"margin" | b"padding" => {
                // One to four lengths: top, then right, bottom (the top's if absent), left.
                let mut lengths = value.split_whitespace();
                let first = lengths.next();
                let third = lengths.nth(1);
                let top = first.and_then(leaves_space);
                let bottom = third.or(first).and_then(leaves_space);
                s.space_above = merge_space(s.space_above, top);
                s.space_below = merge_space(s.space_below, bottom);
                continue;
            }
            b"font-family" => {
                s.face = Some(symbols::face(value));
                continue;
            }
            b"font" => {
                s.face = Some(symbols::shorthand_face(value));
                continue;
            }
            _ => {}
        }
        let value = value.split_whitespace().next().unwrap_or("");
        let is = |v: &str| value.eq_ignore_ascii_case(v);
        match prop {
            b"margin-top" | b"padding-top" => {
                s.space_above = merge_space(s.space_above, leaves_space(value));
            }
            b"margin-bottom" | b"padding-bottom" => {
                s.space_below = merge_space(s.space_below, leaves_space(value));
            }
            b"display" => s.hidden |= is("none"),
            b"page-break-before" => s.break_before |= is("always"),
            b"break-before" => s.break_before |= is("page"),
            b"page-break-after" => s.break_after |= is("always"),
            b"break-after" => s.break_after |= is("page"),
            b"font-weight" => {
                s.bold |=
                    is("bold") || is("bolder") || matches!(value, "600" | "700" | "800" | "900");
            }
            b"text-align" => s.centered |= is("center"),
            b"font-style" => s.italic |= is("italic") || is("oblique"),
            b"font-size" => s.size = font_size(value),
            _ => {}
        }
    }
    s
}

/// What an image says about a check box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum BoxImage {
    /// `☒` or `☐`.
    Glyph(&'static str),
    /// Named as a box (`checkbox3.gif`, alt "box") without saying whether it is marked.
    Unread,
}

/// A check box drawn as an image, read from what the image is called: its `alt`
/// text when that says (`☒`, `[X]`, "checked", "empty box"), else its file name
/// (`ballot.jpg` / `ballotx.jpg`, `check.gif` / `uncheck.gif`, `box_x.gif`,
/// `checkbox_checked.gif`, `box-empty.png`); `None` for images that are not boxes.
pub(super) fn box_image(attrs: &TagAttrs<'_>) -> Option<BoxImage> {
    const MARKED: BoxImage = BoxImage::Glyph("☒");
    const EMPTY: BoxImage = BoxImage::Glyph("☐");
    let alt = attrs.alt.map(|a| a.trim().to_ascii_lowercase());
    if let Some(alt) = alt.as_deref().filter(|a| !a.is_empty()) {
        match alt {
            "☒" | "☑" | "[x]" | "x" | "✓" | "✔" | "■" => return Some(MARKED),
            "☐" | "[ ]" | "[]" | "□" | "o" => return Some(EMPTY),
            _ => {}
        }
        let words: Vec<&str> = alt
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let has = |w: &str| words.contains(&w);
        let boxy = has("box") || has("checkbox") || has("check") || has("ballot") || has("tick");
        let empty = [
            "unchecked",
            "unticked",
            "unmarked",
            "empty",
            "blank",
            "not",
            "no",
        ];
        let marked = ["checked", "ticked", "marked", "x", "yes", "filled"];
        if has("unchecked") || boxy && empty.iter().any(|w| has(w)) {
            return Some(EMPTY);
        }
        if has("checked") || boxy && marked.iter().any(|w| has(w)) {
            return Some(MARKED);
        }
        if boxy {
            return Some(BoxImage::Unread);
        }
    }
    let src = attrs.src?;
    let file = src.rsplit(['/', '\\']).next().unwrap_or(src);
    let stem = file.split('.').next().unwrap_or(file).to_ascii_lowercase();
    let bare = stem.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_' || c == '-');
    let read = match bare {
        "check" | "checked" | "checkmark" | "check_mark" | "tick" | "ticked" | "boxx" | "xbox" => {
            Some(MARKED)
        }
        "uncheck" | "unchecked" | "nocheck" | "untick" | "unticked" => Some(EMPTY),
        _ => None,
    };
    if let Some(read) = read {
        // `check1.gif` / `check2.gif` name two states without saying which.
        return Some(if bare == stem { read } else { BoxImage::Unread });
    }
    let word = [
        "ballot",
        "checkbox",
        "check_box",
        "check-box",
        "tickbox",
        "box",
    ]
    .iter()
    .find_map(|w| stem.find(w).map(|at| (at, w.len())))?;
    let (before, after) = (&stem[..word.0], &stem[word.0 + word.1..]);
    let after = after.trim_matches(|c: char| c == '_' || c == '-');
    // Only a name that is about the box: `ballot`, `ballotx`, `box_checked`, `unchecked_box`.
    let marked = |t: &str| {
        matches!(
            t,
            "x" | "checked" | "check" | "tick" | "ticked" | "marked" | "on" | "yes" | "filled"
        )
    };
    let empty = |t: &str| {
        matches!(
            t,
            "" | "empty" | "unchecked" | "blank" | "off" | "no" | "open"
        )
    };
    let before = before.trim_matches(|c: char| c == '_' || c == '-');
    if marked(after) || (after.is_empty() && marked(before)) {
        Some(MARKED)
    } else if empty(after) && empty(before) {
        Some(EMPTY)
    } else if word.1 > 3 || before.is_empty() {
        // `checkbox3.gif`, `ballot_a.gif`, `box1.gif`: a box, but which?
        Some(BoxImage::Unread)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::{box_image, BoxImage, Kind, TagAttrs};

    #[test]
    fn box_images_by_name_and_alt() {
        let read = |attrs: &str| match box_image(&TagAttrs::read(attrs)) {
            Some(BoxImage::Glyph(g)) => g,
            Some(BoxImage::Unread) => "?",
            None => "-",
        };
        for (attrs, want) in [
            (r#"src="check.gif""#, "☒"),
            (r#"src="images/uncheck.gif""#, "☐"),
            (r#"src="box_x.gif""#, "☒"),
            (r#"src="ballotx.jpg""#, "☒"),
            (r#"src="ballot.jpg""#, "☐"),
            (r#"src="g123.gif" alt="Checked box""#, "☒"),
            (r#"src="g124.gif" alt="Unchecked box""#, "☐"),
            (r#"src="g125.gif" alt="check box not marked""#, "☐"),
            (r#"src="g126.gif" alt="[X]""#, "☒"),
            (r#"src="checkbox3.gif""#, "?"),
            (r#"src="check1.gif""#, "?"),
            (r#"src="g127.gif" alt="box""#, "?"),
            (r#"src="logo.gif" alt="Company logo not shown""#, "-"),
            (r#"src="logo_box.gif""#, "-"),
            (r#"src="chart.png""#, "-"),
        ] {
            assert_eq!(read(attrs), want, "{attrs}");
        }
    }

    /// `Kind::of` says what the name lists it replaced said.
    #[test]
    fn kinds_match_the_name_lists() {
        const VOID: &[&str] = &[
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
            "img", "input", "keygen", "link", "meta", "param", "source", "spacer", "track", "wbr",
            "isindex",
        ];
        const CLOSES_P: &[&str] = &[
            "address",
            "article",
            "aside",
            "blockquote",
            "center",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "listing",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "ul",
            "li",
            "dd",
            "dt",
        ];
        const BLOCK_ONLY: &[&str] = &["legend", "option", "optgroup", "frameset"];
        const IN_HEAD: &[&str] = &[
            "title", "meta", "link", "style", "script", "base", "noscript", "template", "head",
        ];
        const RAW: &[&str] = &[
            "script", "style", "title", "textarea", "iframe", "noembed", "noframes", "xmp",
        ];
        let all = [VOID, CLOSES_P, BLOCK_ONLY, IN_HEAD, RAW].concat();
        for name in all
            .iter()
            .chain(&["span", "font", "table", "td", "b", "body", "ix:header"])
        {
            let k = Kind::of(name.as_bytes());
            let has = |list: &[&str]| list.contains(name);
            assert_eq!(k.void(), has(VOID), "{name}");
            assert_eq!(k.block(), has(CLOSES_P) || has(BLOCK_ONLY), "{name}");
            assert_eq!(k.closes_p(), has(CLOSES_P), "{name}");
            assert_eq!(k.in_head(), has(IN_HEAD), "{name}");
            assert_eq!(k.raw(), has(RAW), "{name}");
        }
    }
}
