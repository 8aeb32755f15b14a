//! Symbol fonts: a letter set in Wingdings, Wingdings 2, Webdings or Symbol shows
//! that font's glyph, not the letter. The HTML reader writes the glyph instead.
//!
//! ```text
//! Form 20-F <font face="Wingdings 2">T</font>  Form 40-F <font face="Wingdings 2">*</font>
//!   -> "Form 20-F ☒ Form 40-F ☐"
//! Yes <span style="font-family:Wingdings">o</span> No <span style="font-family:Wingdings">x</span>
//!   -> "Yes ☐ No ☒"
//! ```
//!
//! Boxes become ballot boxes (☐ U+2610, ☒ U+2612, ☑ U+2611) whatever their drawing;
//! other marks and bullets become the Unicode character of their glyph. A letter a
//! table does not name is left as written. The fonts' own tables place the glyphs at
//! a byte (the Windows code page position); filers also write them in the private-use
//! area at U+F000 plus that byte (`&#xF0FE;`). Tables: the fonts' published glyph
//! charts (Wingdings, Wingdings 2, Webdings) and the Symbol encoding Tcl ships
//! (`encoding/symbol.enc`); only glyphs with a Unicode equivalent are listed.

/// A font whose letters are pictures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolFont {
    Wingdings,
    Wingdings2,
    Webdings,
    Symbol,
}

/// What a `face` attribute or `font-family` declaration sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Face {
    /// A font of letters: text reads as written.
    Text,
    Symbol(SymbolFont),
}

/// The face a font-family list sets: its first family, the one a reader with the
/// font installed sees (`"Wingdings 2", serif`, `'Wingdings'`, `Symbol`).
pub fn face(families: &str) -> Face {
    // The first family: `split(',')` set up a searcher for every style read.
    let comma = families.bytes().position(|b| b == b',');
    let first = families
        .get(..comma.unwrap_or(families.len()))
        .unwrap_or("");
    let name = first.trim().trim_matches(|c| c == '"' || c == '\'').trim();
    let is = |n: &str| name.eq_ignore_ascii_case(n);
    if is("wingdings") {
        Face::Symbol(SymbolFont::Wingdings)
    } else if is("wingdings 2") || is("wingdings2") {
        Face::Symbol(SymbolFont::Wingdings2)
    } else if is("webdings") {
        Face::Symbol(SymbolFont::Webdings)
    } else if is("symbol") {
        Face::Symbol(SymbolFont::Symbol)
    } else {
        Face::Text
    }
}

/// The face a `font` shorthand sets (`bold 10pt Wingdings`, `12px "Wingdings 2", serif`):
/// the family follows the size, so its first family is the words after the first
/// token that starts with a digit (`10pt`, `12px/14px`), up to the first comma.
pub fn shorthand_face(value: &str) -> Face {
    let first = value.split(',').next().unwrap_or("");
    let words: Vec<&str> = first.split_whitespace().collect();
    let from = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit() || c == '.'))
        .map_or(0, |i| i + 1);
    match words.get(from..) {
        Some(family) if !family.is_empty() => face(&family.join(" ")),
        _ => Face::Text,
    }
}

const EMPTY: char = '☐';
const CROSSED: char = '☒';
const CHECKED: char = '☑';

/// The glyph `c` shows in `font`, if the table names one other than `c` itself.
pub fn glyph(font: SymbolFont, c: char) -> Option<char> {
    let code = match u32::from(c) {
        // Spaces, the no-break space too, stay spaces: filers space boxes with them.
        0xA0 | 0xF020 | 0xF0A0 => return None,
        u @ 0xF021..=0xF0FF => u - 0xF000,
        u @ 0x20..=0xFF => u,
        // Bytes 0x9E and 0x9F decode as Windows-1252 `ž` and `Ÿ`.
        0x17E => 0x9E,
        0x178 => 0x9F,
        _ => return None,
    };
    let byte = u8::try_from(code).ok()?;
    let g = match font {
        SymbolFont::Wingdings => wingdings(byte),
        SymbolFont::Wingdings2 => wingdings2(byte),
        SymbolFont::Webdings => webdings(byte),
        SymbolFont::Symbol => symbol(byte),
    }?;
    (g != c).then_some(g)
}

fn wingdings(b: u8) -> Option<char> {
    Some(match b {
        // Boxes: white square, bold white square, shadowed squares, white medium square.
        b'o' | b'p' | b'q' | b'r' | 0xA8 => EMPTY,
        // X in a rectangle box, ballot box with X, ballot box with check.
        b'x' | 0xFD => CROSSED,
        0xFE => CHECKED,
        b'n' => '■',
        0xFB => '✗',
        0xFC => '✓',
        // Bullets and list marks.
        b'l' => '●',
        b'm' => '❍',
        b's' => '⬧',
        b't' => '⧫',
        b'u' => '◆',
        b'v' => '❖',
        b'w' => '⬥',
        0x9E => '·',
        0x9F => '•',
        0xA7 => '▪',
        0xA1 => '○',
        0xA4 => '◉',
        0xAA => '✦',
        0xAB => '★',
        0xD8 => '➢',
        0xE8 => '➔',
        0xF0 => '⇨',
        _ => return None,
    })
}

fn wingdings2(b: u8) -> Option<char> {
    Some(match b {
        // White square; `*` draws an empty page outline, the empty box of covers.
        0xA3 | b'*' => EMPTY,
        // Ballot boxes with script X, light X and X; ballot box with check.
        b'Q' | b'S' | b'T' => CROSSED,
        b'R' => CHECKED,
        b'O' => '🗴',
        b'P' => '🗸',
        0xA2 => '■',
        0xA8 => '▣',
        _ => return None,
    })
}

fn webdings(b: u8) -> Option<char> {
    Some(match b {
        b'c' => EMPTY,
        b'a' => '✔',
        b'g' => '■',
        b'r' => '🗙',
        b'n' => '⚫',
        _ => return None,
    })
}

/// Symbol at 0x20..=0x7E, then 0xA0..=0xFF; `\0` where the glyph has no Unicode
/// character of its own (bracket pieces, the Apple logo).
const SYMBOL_LOW: &str = " !∀#∃%&∍()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_\0αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼";
const SYMBOL_HIGH: &str = "\0ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…\0\0↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓⋄\u{2329}\0\0\0∑\0\0\0\0\0\0\0\0\0\0\0\u{232A}∫⌠\0⌡\0\0\0\0\0\0\0\0\0\0";

fn symbol(b: u8) -> Option<char> {
    let g = match b {
        0x20..=0x7E => SYMBOL_LOW.chars().nth(usize::from(b - 0x20)),
        0xA0..=0xFF => SYMBOL_HIGH.chars().nth(usize::from(b - 0xA0)),
        _ => None,
    }?;
    (g != '\0').then_some(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faces_are_read_from_the_first_family() {
        assert_eq!(face("Wingdings"), Face::Symbol(SymbolFont::Wingdings));
        assert_eq!(
            face("\"Wingdings 2\", serif"),
            Face::Symbol(SymbolFont::Wingdings2)
        );
        assert_eq!(face(" 'WEBDINGS'"), Face::Symbol(SymbolFont::Webdings));
        assert_eq!(face("Symbol"), Face::Symbol(SymbolFont::Symbol));
        assert_eq!(face("Times New Roman, Wingdings"), Face::Text);
        assert_eq!(face("Wingdings 3"), Face::Text);
        assert_eq!(
            shorthand_face("bold 10pt Wingdings"),
            Face::Symbol(SymbolFont::Wingdings)
        );
        assert_eq!(
            shorthand_face("12px/14px \"Wingdings 2\", serif"),
            Face::Symbol(SymbolFont::Wingdings2)
        );
        assert_eq!(shorthand_face("10pt Times New Roman"), Face::Text);
    }

    #[test]
    fn box_glyphs() {
        use SymbolFont::*;
        let g = |f, c| glyph(f, c);
        for c in ['o', '¨', 'q', '\u{F06F}', '\u{F0A8}'] {
            assert_eq!(g(Wingdings, c), Some('☐'), "{c}");
        }
        for c in ['x', 'ý', '\u{F0FD}'] {
            assert_eq!(g(Wingdings, c), Some('☒'), "{c}");
        }
        assert_eq!(g(Wingdings, 'þ'), Some('☑'));
        assert_eq!(g(Wingdings, 'n'), Some('■'));
        assert_eq!(g(Wingdings, 'Ÿ'), Some('•'));
        assert_eq!(g(Wingdings, 'A'), None);
        assert_eq!(g(Wingdings, '\u{A0}'), None);
        assert_eq!(g(Wingdings2, 'T'), Some('☒'));
        assert_eq!(g(Wingdings2, 'S'), Some('☒'));
        assert_eq!(g(Wingdings2, 'R'), Some('☑'));
        assert_eq!(g(Wingdings2, '*'), Some('☐'));
        assert_eq!(g(Wingdings2, '£'), Some('☐'));
        assert_eq!(g(Webdings, 'c'), Some('☐'));
        assert_eq!(g(Webdings, 'a'), Some('✔'));
        assert_eq!(g(Symbol, '·'), Some('•'));
        assert_eq!(g(Symbol, 'Ö'), Some('√'));
        assert_eq!(g(Symbol, 'a'), Some('α'));
        assert_eq!(g(Symbol, 'W'), Some('Ω'));
        assert_eq!(g(Symbol, '~'), Some('∼'));
        assert_eq!(g(Symbol, 'ÿ'), None);
        assert_eq!(g(Symbol, '5'), None);
        assert_eq!(SYMBOL_LOW.chars().count(), 95);
        assert_eq!(SYMBOL_HIGH.chars().count(), 96);
    }
}
