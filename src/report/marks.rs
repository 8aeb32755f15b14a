//! Check boxes: the glyphs covers use, and which label a mark belongs to.
//!
//! ```text
//! Form 20-F   X   Form 40-F            (the seed: X on the blank after a label)
//!            ---            ---
//! Form 20-F ☒ Form 40-F ☐              Form 20-F [  x  ]   Form 40-F  [     ]
//! ☒ Form 20-F  ☐ Form 40-F             Form 20-F: þ Form 40-F: o   Form 20-FX
//! Yes ☐ No ☒                           Yes: o No: þ      Yes     No  X
//! ```

use super::lines::Lines;

/// What a token says about a box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Checked,
    Unchecked,
}

/// Characters that mark a box as checked wherever they stand.
const CHECKED_GLYPHS: &[char] = &[
    '☒', '☑', '✓', '✔', '⌧', '■', '√', '✗', '✘', '☓', '⊠', '🗹', '🗷', '▣', '◼', '⬛', '✕', '✖', '🗴',
    '🗸', '🗙', '🗵',
];
/// Characters that draw an empty box.
const EMPTY_GLYPHS: &[char] = &[
    '☐', '□', '¨', '❑', '❏', '○', '◯', '▢', '⬜', '◻', 'ٱ', '⃞', '⎕', '▯',
    // A box glyph that did not survive the filer's conversion.
    '\u{FFFD}',
];

/// Symbol fonts (Wingdings) put their glyphs in the private-use area at U+F000 +
/// the letter's code: U+F0FE is Wingdings `þ` (☒), U+F0A8 is `¨` (☐).
fn symbol_font_letter(c: char) -> Option<char> {
    let code = u32::from(c);
    (0xF020..=0xF0FF)
        .contains(&code)
        .then(|| char::from_u32(code - 0xF000))
        .flatten()
}

/// Letters that stand for a box when they are a token of their own: Wingdings
/// fonts show ☒/☑ as `þ`, `ý`, `x`, `R`, `P`, `ü`, `Ö` and ☐ as `o`, `¨`, `q`, `£`.
fn letter_mark(t: &str) -> Option<Mark> {
    match t {
        "X" | "x" | "þ" | "ý" | "R" | "P" | "ü" | "Ö" | "Þ" | "Ý" => Some(Mark::Checked),
        "o" | "q" | "£" => Some(Mark::Unchecked),
        _ => None,
    }
}

/// What a whole token (no spaces) says, if it is a box.
pub fn classify(token: &str) -> Option<Mark> {
    let t = token.trim_matches(|c: char| c == ':' || c == ',' || c == ';');
    if t.is_empty() {
        return None;
    }
    if let Some(m) = letter_mark(t) {
        return Some(m);
    }
    let mut chars = t.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if let Some(letter) = symbol_font_letter(c) {
            let mut buf = [0u8; 4];
            return letter_mark(letter.encode_utf8(&mut buf))
                .or_else(|| classify(letter.encode_utf8(&mut buf)));
        }
    }
    if t.chars().any(|c| CHECKED_GLYPHS.contains(&c))
        && t.chars()
            .all(|c| is_box_char(c) || CHECKED_GLYPHS.contains(&c))
    {
        return Some(Mark::Checked);
    }
    if t.chars()
        .all(|c| EMPTY_GLYPHS.contains(&c) || is_box_char(c))
    {
        // Only drawing characters: `___`, `---`, `[]`, `|_|`, `☐`, `( )`.
        let drawn = t
            .chars()
            .filter(|&c| c == '_' || c == '-' || c == '=')
            .count();
        // `_` alone is what `|_|` leaves once table pipes read as spaces.
        let underscores = t.chars().all(|c| c == '_');
        if t.chars().any(|c| EMPTY_GLYPHS.contains(&c))
            || underscores
            || drawn >= 2
            || (drawn >= 1 && t.chars().any(|c| matches!(c, '|' | '[' | ']' | '(' | ')')))
            || t == "[]"
            || t == "()"
            || t == "["
            || t == "]"
        {
            return Some(Mark::Unchecked);
        }
        return None;
    }
    // A letter inside box drawing: `[X]`, `|X|`, `___X___`, `(x)`, `[x`.
    let inner = t.trim_matches(is_box_char);
    if inner.len() < t.len() {
        if let Some(m) = letter_mark(inner) {
            if m == Mark::Checked && matches!(inner, "X" | "x" | "þ" | "ý" | "ü" | "Ö" | "√")
            {
                return Some(Mark::Checked);
            }
            if m == Mark::Unchecked && inner == "o" {
                return Some(Mark::Unchecked);
            }
        }
    }
    None
}

fn is_box_char(c: char) -> bool {
    matches!(c, '[' | ']' | '(' | ')' | '_' | '-' | '=' | '|' | '.' | '‚')
}

/// A token of an answer: a label, a mark, or the word "Form".
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Label { index: usize, span: (usize, usize) },
    Mark { mark: Mark, span: (usize, usize) },
}

/// The labels a question offers, matched loosely: `20-F` matches `20-F`, `20F`,
/// `20-F:` and `Form20-F`; `Yes` matches `Yes:`, `YES`.
pub struct Labels<'a>(pub &'a [&'a str]);

impl Labels<'_> {
    /// Split a token into a label and what follows it run together (`20-FX`).
    fn split<'t>(&self, token: &'t str) -> Option<(usize, usize, &'t str)> {
        let lower = token.to_ascii_lowercase();
        let bare = lower.strip_prefix("form").unwrap_or(&lower);
        let skipped = lower.len() - bare.len();
        for (i, label) in self.0.iter().enumerate() {
            let l = label.to_ascii_lowercase();
            let alt = l.replace('-', "");
            for cand in [&l, &alt] {
                if bare.starts_with(cand.as_str()) {
                    let end = skipped + cand.len();
                    return Some((i, end, token.get(end..).unwrap_or("")));
                }
            }
        }
        None
    }
}

/// Read the answer that follows a question: from `from` in the joined text,
/// tokens that are labels, marks or the word "Form", up to the first other word.
/// Returns the items with joined-text spans, and where reading stopped.
pub fn read_answer(
    lines: &Lines,
    from: usize,
    labels: &Labels,
    max_tokens: usize,
) -> (Vec<Item>, usize) {
    let text = &lines.joined;
    let mut items = Vec::new();
    let mut pos = from;
    let mut end = from;
    let mut count = 0;
    // Dotted leaders (`Yes . . . . No . .X. .`) are many tokens that say nothing:
    // they do not count against `max_tokens`, but against a larger bound of their own.
    let mut leaders = 0;
    while count < max_tokens && leaders < 200 {
        let rest = text.get(pos..).unwrap_or("");
        let skip = rest.len() - rest.trim_start().len();
        let tok_start = pos + skip;
        let tok_len = text
            .get(tok_start..)
            .unwrap_or("")
            .find(char::is_whitespace)
            .unwrap_or(text.len() - tok_start);
        if tok_len == 0 {
            break;
        }
        let tok = text.get(tok_start..tok_start + tok_len).unwrap_or("");
        count += 1;
        pos = tok_start + tok_len;
        // A box glued to the label after it (`☒Form 40-F`, `☐No`): read the box, then the rest.
        if let Some(cut) = tok.find(char::is_alphanumeric).filter(|&c| c > 0) {
            let head = &tok[..cut];
            if let Some(m) = classify(head).filter(|_| classify(tok).is_none()) {
                items.push(Item::Mark {
                    mark: m,
                    span: (tok_start, tok_start + cut),
                });
                end = tok_start + cut;
                pos = tok_start + cut;
                continue;
            }
        }
        if let Some(m) = classify(tok) {
            items.push(Item::Mark {
                mark: m,
                span: (tok_start, pos),
            });
            end = pos;
            continue;
        }
        let trimmed = tok.trim_end_matches([':', '.', ',', ';']);
        if trimmed.eq_ignore_ascii_case("form")
            || trimmed.is_empty()
            || tok.chars().all(|c| "[]()|:.,;".contains(c))
        {
            if tok.chars().all(|c| "[]()|:.,;".contains(c)) {
                count -= 1;
                leaders += 1;
            }
            continue;
        }
        if let Some((i, label_end, rest)) = labels.split(trimmed) {
            let rest_mark = if rest.is_empty() {
                None
            } else {
                classify(rest)
            };
            if rest.is_empty() || rest_mark.is_some() || rest.chars().all(|c| !c.is_alphanumeric())
            {
                items.push(Item::Label {
                    index: i,
                    span: (tok_start, tok_start + label_end),
                });
                if let Some(m) = rest_mark {
                    items.push(Item::Mark {
                        mark: m,
                        span: (tok_start + label_end, tok_start + trimmed.len()),
                    });
                }
                end = pos;
                continue;
            }
        }
        break;
    }
    (items, end)
}

/// Which labels are checked. Marks follow their labels unless the answer opens
/// with a mark. On plain text, a line of marks with no labels below a line of
/// labels gives its marks by column.
pub fn checked_labels(
    lines: &Lines,
    items: &[Item],
    n_labels: usize,
) -> Vec<Option<(usize, usize)>> {
    let mut checked: Vec<Option<(usize, usize)>> = vec![None; n_labels];
    let marks_first = matches!(items.first(), Some(Item::Mark { .. }));
    let labels: Vec<(usize, (usize, usize))> = items
        .iter()
        .filter_map(|it| match it {
            Item::Label { index, span } => Some((*index, *span)),
            _ => None,
        })
        .collect();
    // Column assignment for marks on a line of their own below the labels.
    let label_lines: Vec<usize> = labels.iter().map(|(_, s)| lines.line_at(s.0)).collect();
    for (k, it) in items.iter().enumerate() {
        let Item::Mark { mark, span } = it else {
            continue;
        };
        if *mark != Mark::Checked {
            continue;
        }
        let mark_line = lines.line_at(span.0);
        let on_label_line = label_lines.contains(&mark_line);
        let target =
            if !on_label_line && !labels.is_empty() && label_lines.iter().all(|&l| l < mark_line) {
                by_column(lines, &labels, *span).or_else(|| neighbour(items, k, marks_first))
            } else {
                neighbour(items, k, marks_first)
            };
        if let Some(t) = target {
            if let Some(slot) = checked.get_mut(t) {
                slot.get_or_insert(*span);
            }
        }
    }
    checked
}

fn neighbour(items: &[Item], k: usize, marks_first: bool) -> Option<usize> {
    let label = |it: &Item| match it {
        Item::Label { index, .. } => Some(*index),
        _ => None,
    };
    if marks_first {
        items.get(k + 1..)?.iter().find_map(label)
    } else {
        items.get(..k)?.iter().rev().find_map(label)
    }
}

fn by_column(
    lines: &Lines,
    labels: &[(usize, (usize, usize))],
    mark: (usize, usize),
) -> Option<usize> {
    let col_of = |at: usize| {
        let l = lines.lines.get(lines.line_at(at))?;
        l.column_of(at - l.start)
    };
    // Plain text: visual columns, a mark may stand a little left of its label.
    if let Some(mark_col) = col_of(mark.0) {
        let mut best = None;
        for (index, span) in labels {
            let c = col_of(span.0)?;
            if c <= mark_col + 2 {
                best = Some(*index);
            }
        }
        return best;
    }
    // A table: the mark's cell lies under (or right of) its label's cell.
    let cell_of = |at: usize| {
        let l = lines.lines.get(lines.line_at(at))?;
        l.cell_of(at - l.start)
    };
    let mark_cell = cell_of(mark.0)?;
    let mut best = None;
    for (index, span) in labels {
        if cell_of(span.0)? <= mark_cell {
            best = Some(*index);
        }
    }
    best
}

/// The joined-text span of an answer's items, for a diagnostic.
pub fn items_span(items: &[Item]) -> Option<(usize, usize)> {
    let spans = items.iter().map(|it| match it {
        Item::Label { span, .. } | Item::Mark { span, .. } => *span,
    });
    spans.fold(None, |acc: Option<(usize, usize)>, s| {
        Some(acc.map_or(s, |a| (a.0.min(s.0), a.1.max(s.1))))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs() {
        for t in [
            "X", "x", "[X]", "|X|", "___X___", "☒", "☑", "✓", "✔", "⌧", "■", "þ", "ý", "R", "P",
            "ü", "Ö", "[x]",
        ] {
            assert_eq!(classify(t), Some(Mark::Checked), "{t}");
        }
        for t in [
            "o", "¨", "☐", "□", "[]", "|_|", "___", "£", "q", "ٱ", "---", "[", "]", "_",
        ] {
            assert_eq!(classify(t), Some(Mark::Unchecked), "{t}");
        }
        for t in ["Form", "20-F", "Yes", "the", "-", "(1)"] {
            assert_eq!(classify(t), None, "{t}");
        }
    }
}
