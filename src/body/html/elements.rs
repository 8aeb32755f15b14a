//! What a tag means to the builder: which elements are blocks, void, raw or only
//! allowed in `<head>`, what a `style` attribute says, and which images are check boxes.

use super::super::html_tokenizer::attr;
use super::super::symbols::{self, Face};

pub(super) const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img",
    "input", "keygen", "link", "meta", "param", "source", "spacer", "track", "wbr", "isindex",
];

pub(super) const BLOCK: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
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
    "li",
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
    "legend",
    "option",
    "optgroup",
    "frameset",
];

/// Start tags that end an open `<p>`.
pub(super) const CLOSES_P: &[&str] = &[
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

/// Elements allowed in `<head>`; any other start tag ends it.
pub(super) const IN_HEAD: &[&str] = &[
    "title", "meta", "link", "style", "script", "base", "noscript", "template", "head",
];

/// Elements whose content the tokenizer skips (see `html_tokenizer`).
pub(super) const RAW: &[&str] = &[
    "script", "style", "title", "textarea", "iframe", "noembed", "noframes", "xmp",
];

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
    let digits: String = value
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.' || *c == '-')
        .collect();
    let n: f32 = digits.parse().ok()?;
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
    let v = value.trim().to_ascii_lowercase();
    let keyword = match v.as_str() {
        "xx-small" => 7.0,
        "x-small" => 7.5,
        "small" => 10.0,
        "medium" => 12.0,
        "large" => 13.5,
        "x-large" => 18.0,
        "xx-large" => 24.0,
        _ => 0.0,
    };
    let pt = if keyword > 0.0 {
        keyword
    } else {
        let digits = v.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '%');
        let Ok(n) = digits.trim().parse::<f32>() else {
            return 0;
        };
        match &v[digits.len()..] {
            "pt" => n,
            "px" => n * 0.75,
            "em" | "rem" => n * 12.0,
            "%" => n * 0.12,
            _ => 0.0,
        }
    };
    pt.round().clamp(0.0, 255.0) as u8
}

/// `<font size=N>` in points: the browsers' sizes 1-7 (3 is 12 pt), `+N`/`-N` from 3.
pub(super) fn font_tag_size(attrs: &str) -> u8 {
    let Some(v) = attr(attrs, "size").map(str::trim) else {
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

pub(super) fn read_style(attrs: &str) -> Style {
    let mut s = Style {
        hidden: attr(attrs, "hidden").is_some(),
        ..Style::default()
    };
    for decl in attr(attrs, "style").unwrap_or("").split(';') {
        let Some((prop, value)) = decl.split_once(':') else {
            continue;
        };
        let prop = prop.trim();
        if prop.eq_ignore_ascii_case("margin") || prop.eq_ignore_ascii_case("padding") {
            // One to four lengths: top, then right, bottom (the top's if absent), left.
            let lengths: Vec<&str> = value.split_whitespace().collect();
            let top = lengths.first().and_then(|v| leaves_space(v));
            let bottom = lengths
                .get(2)
                .or(lengths.first())
                .and_then(|v| leaves_space(v));
            s.space_above = merge_space(s.space_above, top);
            s.space_below = merge_space(s.space_below, bottom);
            continue;
        }
        if prop.eq_ignore_ascii_case("font-family") {
            s.face = Some(symbols::face(value));
            continue;
        }
        if prop.eq_ignore_ascii_case("font") {
            s.face = Some(symbols::shorthand_face(value));
            continue;
        }
        let value = value.split_whitespace().next().unwrap_or("");
        if prop.eq_ignore_ascii_case("margin-top") || prop.eq_ignore_ascii_case("padding-top") {
            s.space_above = merge_space(s.space_above, leaves_space(value));
        }
        if prop.eq_ignore_ascii_case("margin-bottom") || prop.eq_ignore_ascii_case("padding-bottom")
        {
            s.space_below = merge_space(s.space_below, leaves_space(value));
        }
        let is = |p: &str, v: &str| prop.eq_ignore_ascii_case(p) && value.eq_ignore_ascii_case(v);
        s.hidden |= is("display", "none");
        s.break_before |= is("page-break-before", "always") || is("break-before", "page");
        s.break_after |= is("page-break-after", "always") || is("break-after", "page");
        s.bold |= prop.eq_ignore_ascii_case("font-weight")
            && (value.eq_ignore_ascii_case("bold")
                || value.eq_ignore_ascii_case("bolder")
                || matches!(value, "600" | "700" | "800" | "900"));
        s.centered |= is("text-align", "center");
        s.italic |= is("font-style", "italic") || is("font-style", "oblique");
        if prop.eq_ignore_ascii_case("font-size") {
            s.size = font_size(value);
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
pub(super) fn box_image(attrs: &str) -> Option<BoxImage> {
    const MARKED: BoxImage = BoxImage::Glyph("☒");
    const EMPTY: BoxImage = BoxImage::Glyph("☐");
    let alt = attr(attrs, "alt").map(|a| a.trim().to_ascii_lowercase());
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
    let src = attr(attrs, "src")?;
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
    use super::{box_image, BoxImage};

    #[test]
    fn box_images_by_name_and_alt() {
        let read = |attrs: &str| match box_image(attrs) {
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
}
