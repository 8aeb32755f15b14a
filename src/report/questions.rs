//! The cover's check-box questions and their answers.
//!
//! ```text
//! Indicate by check mark whether the registrant files or will file annual reports
//! under cover of Form 20-F or Form 40-F.          Form 20-F ☒   Form 40-F ☐
//! Indicate by check mark if the registrant is submitting the Form 6-K in paper as
//! permitted by Regulation S-T Rule 101(b)(1): ☐
//! ... pursuant to Rule 12g3-2(b) under the Securities Exchange Act of 1934.
//!                                 Yes ☐   No ☒
//! If "Yes" is marked, indicate below the file number assigned ... 82-________
//! ```

use super::find;
use super::lines::Lines;
use super::marks::{checked_labels, items_span, read_answer, Item, Labels, Mark};
use crate::diagnostic::Diagnostic;
use crate::span::Field;

#[derive(Debug, Default)]
pub struct Answers {
    pub annual_report_form: Option<Field<String>>,
    pub rule101b1: Option<Field<bool>>,
    pub rule101b7: Option<Field<bool>>,
    pub rule12g32b: Option<Field<bool>>,
    pub rule12g32b_file_number: Option<Field<String>>,
    /// Joined offset where the last question's answer ends.
    pub end: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    Annual,
    Rule101b1,
    Rule101b7,
    Rule12g32b,
}

/// Where a question's citation is and which question it is.
fn classify(lower: &str, from: usize, to: usize) -> Option<(Question, usize)> {
    let find_any = |pats: &[&str]| {
        pats.iter()
            .filter_map(|p| find::phrase(lower, from, to, p))
            .min()
    };
    if let Some((_, e)) = find_any(&["101(b)(1)", "101 (b)(1)", "101(b) (1)", "101(b)(l)"]) {
        return Some((Question::Rule101b1, e));
    }
    if let Some((_, e)) = find_any(&["101(b)(7)", "101 (b)(7)", "101(b) (7)"]) {
        return Some((Question::Rule101b7, e));
    }
    if let Some(e) = rule_12g32b(lower, from, to) {
        return Some((Question::Rule12g32b, e));
    }
    if find::phrase(lower, from, to, "annual report").is_some() {
        // The question's own "Form 20-F or Form 40-F": its end is after the last form name.
        let a = find_any(&["40-f", "40f"]).map(|(_, e)| e);
        let b = find_any(&["20-f", "20f"]).map(|(_, e)| e);
        let e = match (a, b) {
            (Some(a), Some(b)) => a.max(b),
            (x, y) => x.or(y)?,
        };
        return Some((Question::Annual, e));
    }
    None
}

/// End of the first citation of Rule 12g3-2(b) in `lower[from..to]`, however it is
/// spaced, dashed, bracketed or misprinted: `12g3-2(b)`, `12g3- 2(b)`, `12g3 – 2(b)`,
/// `12g(3)-2(b)`, `12g3-2 (b)`, `12-g-3-2(b)`, `12g3-3(b)`.
fn rule_12g32b(lower: &str, from: usize, to: usize) -> Option<usize> {
    let to = to.min(lower.len());
    let mut at = from;
    while let Some(i) = memchr::memmem::find(lower.as_bytes().get(at..to)?, b"12") {
        let start = at + i;
        // The letters and digits after "12" (spaces, dashes and brackets skipped),
        // then "(b)".
        let mut seen = [0u8; 3];
        let mut n = 0;
        let mut j = start + 2;
        while n < 3 && j < to && j < start + 24 {
            let Some(c) = lower.get(j..).and_then(|t| t.chars().next()) else {
                break;
            };
            if c.is_ascii_alphanumeric() {
                seen[n] = c as u8;
                n += 1;
            } else if !is_citation_filler(c) {
                break;
            }
            j += c.len_utf8();
        }
        let rest = lower.get(j..to).unwrap_or("").trim_start();
        if n == 3 && rest.starts_with("(b)") && matches!(seen, [b'g', b'3', b'2' | b'3']) {
            return Some(to - rest.len() + 3);
        }
        at = start + 2;
    }
    None
}

/// What a citation's parts may be set apart with: spaces, hyphens and dashes of any
/// width, and the brackets of `12g(3)`.
fn is_citation_filler(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '(' | ')' | '\u{2010}'
                ..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FF0D}' | '\u{AD}'
        )
}

/// End of the question sentence after its citation: past `.`/`:`/`?` and closing brackets.
fn question_end(lower: &str, from: usize, limit: usize) -> usize {
    let bytes = lower.as_bytes();
    let mut i = from;
    let stop = limit.min(bytes.len());
    while i < stop {
        let c = bytes[i];
        if c == b':'
            || c == b'?'
            || (c == b'.'
                && bytes
                    .get(i + 1)
                    .is_none_or(|n| n.is_ascii_whitespace() || *n == b')' || *n == b']'))
        {
            return find::skip(lower, i + 1, ")]");
        }
        if c == b'\n' && i > from + 1 && bytes.get(i - 1).is_some_and(|p| *p == b')' || *p == b']')
        {
            return i;
        }
        i += 1;
    }
    find::skip(lower, from, ")]:.")
}

/// Read every check-box question on the cover (up to `limit` in the joined text).
pub fn read(lines: &Lines, limit: usize, diags: &mut Vec<Diagnostic>) -> Answers {
    let lower = &lines.lower;
    let mut answers = Answers::default();
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some((s, e)) = find::phrase(lower, from, limit, "indicate by check mark") {
        starts.push(s);
        from = e;
    }
    for (k, &s) in starts.iter().enumerate() {
        let next = starts.get(k + 1).copied().unwrap_or(limit).min(s + 700);
        let Some((q, cite_end)) = classify(lower, s, next) else {
            continue;
        };
        let end = question_end(lower, cite_end, next);
        let q_span = lines.span(s, cite_end);
        match q {
            Question::Annual => {
                if answers.annual_report_form.is_some() {
                    continue;
                }
                let (items, stop) = read_answer(lines, end, &Labels(&["20-F", "40-F"]), 14);
                answers.end = answers.end.max(stop);
                let checked = checked_labels(lines, &items, 2);
                let marked: Vec<(usize, (usize, usize))> = checked
                    .iter()
                    .enumerate()
                    .filter_map(|(i, c)| c.map(|s| (i, s)))
                    .collect();
                match marked.as_slice() {
                    [(i, mark)] => {
                        let value = if *i == 0 { "20-F" } else { "40-F" };
                        let label = label_span(&items, *i).unwrap_or(*mark);
                        let span = lines.span(label.0.min(mark.0), label.1.max(mark.1));
                        answers.annual_report_form = Some(Field::new(value.to_string(), span));
                    }
                    [] => diags.push(Diagnostic::warning(
                        "annual-report-form-unmarked",
                        "the Form 20-F / Form 40-F question has no box marked that could be read",
                        items_span(&items).map_or(q_span, |s| lines.span(s.0, s.1)),
                    )),
                    _ => diags.push(Diagnostic::warning(
                        "annual-report-form-both-marked",
                        "both Form 20-F and Form 40-F are marked",
                        items_span(&items).map_or(q_span, |s| lines.span(s.0, s.1)),
                    )),
                }
            }
            Question::Rule101b1 | Question::Rule101b7 | Question::Rule12g32b => {
                let (items, stop) = read_answer(lines, end, &Labels(&["Yes", "No"]), 10);
                answers.end = answers.end.max(stop);
                let value = yes_no(lines, &items, q_span, q, diags);
                let slot = match q {
                    Question::Rule101b1 => &mut answers.rule101b1,
                    Question::Rule101b7 => &mut answers.rule101b7,
                    _ => &mut answers.rule12g32b,
                };
                if slot.is_none() {
                    *slot = value;
                }
                if q == Question::Rule12g32b && answers.rule12g32b_file_number.is_none() {
                    answers.rule12g32b_file_number =
                        file_number_82(lines, stop, next.max(stop + 400));
                }
            }
        }
    }
    if answers.annual_report_form.is_none() {
        // "The registrant files annual reports under cover of Form 20-F."
        for phrase in [
            "files annual reports under cover of form",
            "files its annual reports under cover of form",
            "files annual reports on form",
        ] {
            if let Some((s, e)) = find::phrase(lower, 0, limit, phrase) {
                let at = find::skip(lower, e, "");
                for (label, value) in [
                    ("20-f", "20-F"),
                    ("40-f", "40-F"),
                    ("20f", "20-F"),
                    ("40f", "40-F"),
                ] {
                    if lower.get(at..).is_some_and(|t| t.starts_with(label)) {
                        answers.annual_report_form = Some(Field::new(
                            value.to_string(),
                            lines.span(s, at + label.len()),
                        ));
                        break;
                    }
                }
            }
        }
    }
    answers
}

fn label_span(items: &[Item], index: usize) -> Option<(usize, usize)> {
    items.iter().find_map(|it| match it {
        Item::Label { index: i, span } if *i == index => Some(*span),
        _ => None,
    })
}

fn yes_no(
    lines: &Lines,
    items: &[Item],
    q_span: crate::span::Span,
    q: Question,
    diags: &mut Vec<Diagnostic>,
) -> Option<Field<bool>> {
    let has_labels = items.iter().any(|i| matches!(i, Item::Label { .. }));
    let name = match q {
        Question::Rule101b1 => "Regulation S-T Rule 101(b)(1)",
        Question::Rule101b7 => "Regulation S-T Rule 101(b)(7)",
        _ => "Rule 12g3-2(b)",
    };
    let has_marks = items.iter().any(|i| matches!(i, Item::Mark { .. }));
    if !has_marks {
        // Asked, with no box at all to mark (or one drawn as an image that had no
        // name to read): nothing marks it, so it reads as not marked.
        let span = items_span(items).map_or(q_span, |s| lines.span(s.0, s.1));
        diags.push(Diagnostic::info(
            "question-box-missing",
            format!("no check box could be seen for {name}; read as not marked (false)"),
            span,
        ));
        return Some(Field::new(false, span));
    }
    if !has_labels {
        // A single box: marked is true, empty is false.
        let mark = items.iter().find_map(|i| match i {
            Item::Mark { mark, span } => Some((*mark, *span)),
            _ => None,
        });
        return mark.map(|(m, span)| Field::new(m == Mark::Checked, lines.span(span.0, span.1)));
    }
    let checked = checked_labels(lines, items, 2);
    match (checked[0], checked[1]) {
        (Some(y), None) => {
            let l = label_span(items, 0).unwrap_or(y);
            Some(Field::new(true, lines.span(l.0.min(y.0), l.1.max(y.1))))
        }
        (None, Some(n)) => {
            let l = label_span(items, 1).unwrap_or(n);
            Some(Field::new(false, lines.span(l.0.min(n.0), l.1.max(n.1))))
        }
        (None, None) => {
            let span = items_span(items).map_or(q_span, |s| lines.span(s.0, s.1));
            diags.push(Diagnostic::info(
                "question-unmarked",
                format!("neither Yes nor No is marked for {name}; read as not marked (false)"),
                span,
            ));
            Some(Field::new(false, span))
        }
        (Some(_), Some(_)) => {
            let span = items_span(items).map_or(q_span, |s| lines.span(s.0, s.1));
            diags.push(Diagnostic::warning(
                "question-both-marked",
                format!("both Yes and No are marked for {name}"),
                span,
            ));
            None
        }
    }
}

/// The `82-` number after the 12g3-2(b) answer, when one is filled in.
fn file_number_82(lines: &Lines, from: usize, to: usize) -> Option<Field<String>> {
    let lower = &lines.lower;
    let stop = find::phrase(lower, from, to, "indicate by check mark").map_or(to, |(s, _)| s);
    let (_, e) = find::phrase(lower, from, stop, "82-")?;
    let at = find::skip(lower, e, "");
    let digits = lower
        .get(at..)?
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'-')
        .count();
    let first_digit = lower.as_bytes().get(at).is_some_and(u8::is_ascii_digit);
    if !first_digit || digits == 0 {
        return None;
    }
    let num = lower.get(at..at + digits)?.trim_end_matches('-');
    Some(Field::new(
        format!("82-{num}"),
        lines.span(e - 3, at + num.len()),
    ))
}

#[cfg(test)]
mod tests {
    use super::rule_12g32b;

    #[test]
    fn rule_12g32b_however_it_is_set() {
        for (text, cite) in [
            ("pursuant to rule 12g3-2(b) under", "12g3-2(b)"),
            ("pursuant to rule 12g3 – 2(b) under", "12g3 – 2(b)"),
            ("pursuant to rule 12g3—2(b) under", "12g3—2(b)"),
            ("pursuant to rule 12g(3)-2(b) under", "12g(3)-2(b)"),
            ("pursuant to rule 12g3-2 (b) under", "12g3-2 (b)"),
            ("pursuant to rule 12-g-3-3(b) under", "12-g-3-3(b)"),
            ("pursuant to rule 12g3- 2(b) under", "12g3- 2(b)"),
        ] {
            let end = rule_12g32b(text, 0, text.len());
            let start = text.find("12g").or_else(|| text.find("12-")).unwrap();
            assert_eq!(end.map(|e| &text[start..e]), Some(cite), "{text}");
        }
        for text in [
            "rule 12b-25(b)",
            "rule 13a-16",
            "dated 12 june 2010 (b)",
            "12g4-2(b)",
        ] {
            assert_eq!(rule_12g32b(text, 0, text.len()), None, "{text}");
        }
    }
}
