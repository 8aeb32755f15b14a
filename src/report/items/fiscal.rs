//! The period a results item covers.
//!
//! ```text
//! unaudited financial results for the second quarter ended June 30, 2009   quarter 2, 2009-06-30
//! FY2008 Third Quarter                                                      quarter 3, year 2008
//! Half-Year Financial Report — First Half 2010                              half 1, year 2010
//! for the three months to 31 March 2010                                     quarter, 2010-03-31
//! INTERIM ... FOR THE NINE MONTHS ENDED SEPTEMBER 30, 2010                  nine-months
//! ... FOR THE THREE MONTH AND SIX MONTH PERIODS ENDED DECEMBER 31, 2009      quarter, 2009-12-31
//! ANNOUNCES MONTHLY NET REVENUES                                            month
//! ```

use crate::report::dates;
use serde::Serialize;

/// Serialized as `quarter`, `half`, `nine-months`, `year`, `month`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodKind {
    Quarter,
    Half,
    NineMonths,
    Year,
    Month,
}

impl PeriodKind {
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Quarter => "quarter",
            PeriodKind::Half => "half",
            PeriodKind::NineMonths => "nine-months",
            PeriodKind::Year => "year",
            PeriodKind::Month => "month",
        }
    }
}

// By hand: one string, smaller in the wasm than the derive's per-variant code.
impl Serialize for PeriodKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FiscalPeriod {
    pub kind: PeriodKind,
    /// 1-4 for a quarter, 1-2 for a half, when stated.
    pub number: Option<u32>,
    /// The (fiscal) year as printed ("Second Quarter 2010", "FY2008").
    pub year: Option<u32>,
    /// `YYYY-MM-DD`, when the end date is stated ("ended June 30, 2009").
    pub end: Option<String>,
}

/// (kind, number, phrases separated by `|`). Matched lower case, whole words; the first
/// in the text wins, the longest where two start at the same place.
const PHRASES: &[(PeriodKind, Option<u32>, &str)] = &[
    (PeriodKind::Quarter, Some(1), "first quarter|1st quarter|quarter 1|q1|1q"),
    (PeriodKind::Quarter, Some(2), "second quarter|2nd quarter|quarter 2|q2|2q"),
    (PeriodKind::Quarter, Some(3), "third quarter|3rd quarter|quarter 3|q3|3q"),
    (PeriodKind::Quarter, Some(4), "fourth quarter|4th quarter|quarter 4|q4|4q"),
    (PeriodKind::Quarter, None, "three months ended|three months to|three month period ended|three-month period ended|quarter ended|three and six months ended|three and nine months ended|three and six month periods ended|three and nine month periods ended|three month and six month periods ended|three month and nine month periods ended|three months and six months ended|three months and nine months ended"),
    (PeriodKind::Half, Some(1), "first half"),
    (PeriodKind::Half, Some(2), "second half"),
    (PeriodKind::Half, None, "half-year|half year|half-yearly|six months ended|six months to|six month period ended|six-month period ended"),
    (PeriodKind::NineMonths, None, "nine months ended|nine months to|nine month period ended|nine-month period ended"),
    (PeriodKind::Year, None, "full year|full-year|year ended|year to|fiscal year|annual results|fy"),
    (PeriodKind::Month, None, "monthly|month ended|for the month of"),
];

/// The fiscal period named in `text`: (period, start, end of the phrase read).
pub fn find(text: &str) -> Option<(FiscalPeriod, usize, usize)> {
    let lower = super::lower(text);
    let b = lower.as_bytes();
    let alnum = |i: usize| b.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut best: Option<(usize, usize, &str, PeriodKind, Option<u32>)> = None;
    let phrases = PHRASES
        .iter()
        .flat_map(|g| g.2.split('|').map(move |p| (p, g.0, g.1)));
    for (phrase, kind, number) in phrases {
        let mut from = 0;
        while let Some(p) = lower.get(from..).and_then(|t| t.find(phrase)) {
            let s = from + p;
            let e = s + phrase.len();
            from = e;
            let left_ok = s == 0 || !alnum(s - 1);
            // "FY2008", "Q1'09", "1Q09": a year may follow at once.
            let right_ok = !alnum(e) || (glued(phrase) && b.get(e).is_some_and(u8::is_ascii_digit));
            if left_ok && right_ok {
                if best.is_none_or(|(bs, be, ..)| s < bs || (s == bs && e > be)) {
                    best = Some((s, e, phrase, kind, number));
                }
                break;
            }
        }
    }
    let (s, e, phrase, kind, number) = best?;
    let mut period = FiscalPeriod {
        kind,
        number,
        year: None,
        end: None,
    };
    let mut end = e;
    // A year just after: "Second Quarter 2010", "first half of 2010", "FY2008", "Q1'09".
    let after = &b[e..];
    let mut skip = 0;
    // Spacing, an apostrophe ("Q1'09"), "of" ("first half of 2010"), and a few words of
    // what the report is ("Half Year Financial Report 2010", "Third Quarter Results 2009").
    for _ in 0..5 {
        while skip < after.len() && matches!(after[skip], b' ' | b'\'' | b'-') {
            skip += 1;
        }
        let rest = &after[skip..];
        let word_len = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let noise = matches!(
            &rest[..word_len],
            b"of"
                | b"financial"
                | b"report"
                | b"results"
                | b"interim"
                | b"statements"
                | b"earnings"
        );
        if !noise || rest.get(word_len) != Some(&b' ') {
            break;
        }
        skip += word_len;
    }
    let digits = after[skip..]
        .iter()
        .take_while(|d| d.is_ascii_digit())
        .count();
    let value = after[skip..skip + digits].iter().fold(0u32, |n, d| {
        n.saturating_mul(10).saturating_add(u32::from(d - b'0'))
    });
    let next_alnum = alnum(e + skip + digits) || b.get(e + skip + digits) == Some(&b'%');
    if digits == 4 && (1900..=2100).contains(&value) {
        period.year = Some(value);
    } else if digits == 2 && glued(phrase) && skip <= 1 && !next_alnum {
        period.year = Some(2000 + value);
    }
    if period.year.is_some() {
        end = e + skip + digits;
    }
    // An end date: "ended June 30, 2009", "to 31 March 2010".
    let mut window_end = (e + 60).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end -= 1;
    }
    let window = text.get(e..window_end).unwrap_or("");
    if let Some((p, ds, de)) = dates::find_date(window) {
        let between = lower.get(e..e + ds).unwrap_or("");
        let near = between.len() < 40
            && (phrase.ends_with("ended")
                || phrase.ends_with(" to")
                || between.contains("ended")
                || between.contains(" to ")
                || between.contains("as at"));
        if near {
            period.end = dates::iso(&p);
            period.year = period.year.or(Some(p.year));
            end = e + de;
        }
    }
    // A quarter named before its year without a number: "FY2008 Third Quarter".
    if period.kind == PeriodKind::Year && phrase == "fy" {
        if let Some((q, qs, qe)) = find(&text[e..]) {
            if q.kind == PeriodKind::Quarter && qs < 12 {
                return Some((
                    FiscalPeriod {
                        year: period.year,
                        ..q
                    },
                    s,
                    e + qe,
                ));
            }
        }
    }
    Some((period, s, end))
}

/// Phrases a year may be glued to: "FY2008", "Q1'09", "1Q09".
fn glued(phrase: &str) -> bool {
    matches!(
        phrase,
        "fy" | "q1" | "q2" | "q3" | "q4" | "1q" | "2q" | "3q" | "4q"
    )
}

/// Every fiscal period named in `text`, in order.
pub fn find_all(text: &str) -> Vec<(FiscalPeriod, usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some((p, s, e)) = text.get(from..).and_then(find) {
        out.push((p, from + s, from + e));
        from += e.max(s + 1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year_of(text: &str) -> Option<(PeriodKind, Option<u32>, Option<u32>)> {
        find(text).map(|(p, _, _)| (p.kind, p.number, p.year))
    }

    #[test]
    fn a_year_after_the_kind_of_report() {
        assert_eq!(
            year_of("half year financial report 2010"),
            Some((PeriodKind::Half, None, Some(2010)))
        );
        assert_eq!(
            year_of("first half of 2010"),
            Some((PeriodKind::Half, Some(1), Some(2010)))
        );
        assert_eq!(
            year_of("third quarter results 2009"),
            Some((PeriodKind::Quarter, Some(3), Some(2009)))
        );
        assert_eq!(
            year_of("q1'09 revenue"),
            Some((PeriodKind::Quarter, Some(1), Some(2009)))
        );
    }
}
