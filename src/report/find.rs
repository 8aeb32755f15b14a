//! Finding phrases in the joined, lowercased cover text, tolerant of how
//! layouts break and glue words: `Pursuant toRule 13a-16`, `For the\nmonth of`.

/// Find `phrase` (lowercase words separated by single spaces) in `lower[from..to]`.
/// Between words any white space, or none, may stand. Returns the byte range.
pub fn phrase(lower: &str, from: usize, to: usize, phrase: &str) -> Option<(usize, usize)> {
    let to = to.min(lower.len());
    let hay = lower.get(..to)?;
    let mut words = phrase.split(' ');
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let mut at = from;
    while at < to {
        let found = hay.get(at..)?.find(first)? + at;
        if let Some(end) = match_rest(hay, found + first.len(), &rest) {
            return Some((found, end));
        }
        at = found + first.len().max(1);
    }
    None
}

fn match_rest(hay: &str, mut pos: usize, rest: &[&str]) -> Option<usize> {
    for w in rest {
        let tail = hay.get(pos..)?;
        let trimmed = tail.trim_start();
        pos += tail.len() - trimmed.len();
        if !trimmed.starts_with(w) {
            return None;
        }
        pos += w.len();
    }
    Some(pos)
}

/// Whether `lower[at..]` starts with `phrase` (same tolerance as [`phrase`]).
pub fn starts_with(lower: &str, at: usize, phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    match_rest(lower, at, &words)
}

/// Skip white space and the given characters from `at`.
pub fn skip(text: &str, mut at: usize, chars: &str) -> usize {
    while let Some(c) = text.get(at..).and_then(|t| t.chars().next()) {
        if c.is_whitespace() || chars.contains(c) {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tolerant_of_breaks_and_glue() {
        let t = "pursuant torule 13a-16 or15d-16\nfor the\nmonth of october,\n2011";
        assert_eq!(phrase(t, 0, t.len(), "to rule"), Some((9, 15)));
        let (s, e) = phrase(t, 0, t.len(), "for the month of").unwrap_or((0, 0));
        assert_eq!(&t[s..e], "for the\nmonth of");
        assert_eq!(phrase(t, 0, 10, "month of"), None);
    }
}
