//! Dates as covers print them: `April 8, 2003`, `8 April 2003`, `April, 2009`,
//! `May, 2014.`, `Jul-03`, `Sept 10, 2019`, `2023-02-13`.

use super::Period;

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month named by a word: full names and the usual abbreviations, any case.
pub fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    for (i, m) in MONTHS.iter().enumerate() {
        if *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept")) {
            return Some(i as u32 + 1);
        }
    }
    None
}

fn period(year: u32, month: u32, day: Option<u32>) -> Period {
    Period { year, month, day }
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn year(word: &str) -> Option<u32> {
    let d = word.trim_end_matches(['.', ',', ')', ';', ':']);
    if d.len() == 4 && d.bytes().all(|b| b.is_ascii_digit()) {
        let y: u32 = d.parse().ok()?;
        return (1900..=2100).contains(&y).then_some(y);
    }
    None
}

fn day(word: &str) -> Option<u32> {
    let d = word.trim_end_matches([',', '.']);
    let d = d
        .strip_suffix("st")
        .or_else(|| d.strip_suffix("nd"))
        .or_else(|| d.strip_suffix("rd"))
        .or_else(|| d.strip_suffix("th"))
        .unwrap_or(d);
    if (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) {
        d.parse().ok().filter(|&n| (1..=31).contains(&n))
    } else {
        None
    }
}

/// A date at the start of `text`: returns the period and the byte length read.
/// `day` is set only when the text states a full date.
pub fn parse_date_prefix(text: &str) -> Option<(Period, usize)> {
    let words = words(text, 5);
    let w = |i: usize| words.get(i).map(|&(s, e)| &text[s..e]);
    // 2023-02-13
    if let Some(first) = w(0) {
        let t = first.trim_end_matches(['.', ',']);
        let b = t.as_bytes();
        if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
            if let (Ok(y), Ok(m), Ok(d)) = (
                t[..4].parse::<u32>(),
                t[5..7].parse::<u32>(),
                t[8..].parse::<u32>(),
            ) {
                if (1900..=2100).contains(&y)
                    && (1..=12).contains(&m)
                    && d >= 1
                    && d <= days_in(m, y)
                {
                    return Some((period(y, m, Some(d)), words[0].0 + 10));
                }
            }
        }
        // Jul-03, Jul-2003
        if let Some((m, y)) = t.split_once('-') {
            if let Some(m) = month(m) {
                let y = if y.len() == 2 && y.bytes().all(|b| b.is_ascii_digit()) {
                    y.parse::<u32>()
                        .ok()
                        .map(|y| if y < 50 { 2000 + y } else { 1900 + y })
                } else {
                    year(y)
                };
                if let Some(y) = y {
                    return Some((period(y, m, None), words[0].0 + t.len()));
                }
            }
        }
    }
    // April 8, 2003 / April, 2009 / April 2003
    if let Some(m) = w(0).and_then(month) {
        if let (Some(d), Some(y)) = (w(1).and_then(day), w(2).and_then(year)) {
            if d <= days_in(m, y) {
                return Some((period(y, m, Some(d)), end_of(text, words[2])));
            }
        }
        let first = w(0).unwrap_or("");
        let comma_or_plain = first.ends_with(',') || !first.ends_with('.') || first.len() <= 5;
        if let Some(y) = w(1).and_then(year) {
            if comma_or_plain {
                return Some((period(y, m, None), end_of(text, words[1])));
            }
        }
    }
    // 2nd day of July, 2018 (the form of a deed: "Dated this 2nd day of July, 2018")
    if let (Some(d), Some(m), Some(y)) = (
        w(0).and_then(day),
        w(3).and_then(month),
        w(4).and_then(year),
    ) {
        let of = w(1).is_some_and(|x| x.eq_ignore_ascii_case("day"))
            && w(2).is_some_and(|x| x.eq_ignore_ascii_case("of"));
        if of && d <= days_in(m, y) {
            return Some((period(y, m, Some(d)), end_of(text, words[4])));
        }
    }
    // 8 April 2003
    if let (Some(d), Some(m), Some(y)) = (
        w(0).and_then(day),
        w(1).and_then(month),
        w(2).and_then(year),
    ) {
        if d <= days_in(m, y) {
            return Some((period(y, m, Some(d)), end_of(text, words[2])));
        }
    }
    None
}

/// The first date anywhere in `text` (for signature lines and sentences).
pub fn find_date(text: &str) -> Option<(Period, usize, usize)> {
    let mut from = 0;
    for (s, _) in words(text, usize::MAX) {
        if s < from {
            continue;
        }
        if let Some((p, len)) = parse_date_prefix(&text[s..]) {
            if p.day.is_some() {
                return Some((p, s, s + len));
            }
            from = s + len;
        }
    }
    None
}

fn end_of(text: &str, word: (usize, usize)) -> usize {
    let w = text.get(word.0..word.1).unwrap_or("");
    word.0 + w.trim_end_matches([',', ';', ':', ')', '.']).len()
}

/// Word ranges of `text` (split on white space, and on the dashes a dateline runs its
/// legend on with: "June 23, 2009—ALL AMOUNTS ..."), at most `max`.
fn words(text: &str, max: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() || c == '—' || c == '–' {
            if let Some(s) = start.take() {
                // `November , 2021`: a comma set off by a blank (an underlined month) is not a word.
                if text.get(s..i) == Some(",") {
                    continue;
                }
                out.push((s, i));
                if out.len() >= max {
                    return out;
                }
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        if out.len() < max {
            out.push((s, text.len()));
        }
    }
    out
}

/// `YYYY-MM-DD` for a full date.
pub fn iso(p: &Period) -> Option<String> {
    p.day
        .map(|d| format!("{:04}-{:02}-{:02}", p.year, p.month, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(t: &str) -> Option<(u32, u32, Option<u32>)> {
        parse_date_prefix(t).map(|(p, _)| (p.year, p.month, p.day))
    }

    #[test]
    fn cover_date_forms() {
        assert_eq!(p("April 2003"), Some((2003, 4, None)));
        assert_eq!(p("March, 2003"), Some((2003, 3, None)));
        assert_eq!(p("May, 2014."), Some((2014, 5, None)));
        assert_eq!(p("Jul-03"), Some((2003, 7, None)));
        assert_eq!(p("October,\n2011"), Some((2011, 10, None)));
        assert_eq!(p("November , 2021"), Some((2021, 11, None)));
        assert_eq!(p("May 6, 2009"), Some((2009, 5, Some(6))));
        assert_eq!(p("Sept 10, 2019"), Some((2019, 9, Some(10))));
        assert_eq!(p("13 February 2023"), Some((2023, 2, Some(13))));
        assert_eq!(p("2023-02-13"), Some((2023, 2, Some(13))));
        assert_eq!(p("February 30, 2023"), None);
        assert_eq!(p("Mayor 2003"), None);
        assert_eq!(p(", 20"), None);
    }

    #[test]
    fn finds_a_date_in_a_sentence() {
        let t = "duly authorized at Amsterdam, on January 30, 2023.";
        let (d, s, e) = find_date(t).unwrap_or((period(0, 0, None), 0, 0));
        assert_eq!((d.year, d.month, d.day), (2023, 1, Some(30)));
        assert_eq!(&t[s..e], "January 30, 2023");
    }
}
