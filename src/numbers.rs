//! Numbers in table cells, and the unit a table states for its figures.
//!
//! ```text
//!                           (in millions of US$, except per share data)   <- the table's unit
//!                             Three Months Ended June 30,
//!                              2009            2008                       <- years: headings
//! Net sales                 $ 60,584        $ 2,141                       <- `$` cell joins
//! Other income (expense)       (488)             -                        <- -488, and nil
//! Gross margin                  (1.2)%          36.8 %                    <- percents
//! ```
//!
//! A cell holds a number when its whole text is one: an optional currency
//! (`$`, `US$`, `RMB`, `€`, `¥` ...), an optional sign or parentheses (negative),
//! digits with comma groups and a decimal point, and optionally `%` or a scale
//! word (`million`, `billion`, `thousand`). A dash alone (`-`, `--`, `—`, `–`)
//! or `Nil` is a nil figure: a number with `value` null. Cells that are only a currency
//! symbol, or only `)` or `%`, next to a number (HTML statements put them in cells
//! of their own) join that number: its span then covers them. Cells of heading
//! rows holding only years (`2009`) are headings, not numbers.
//!
//! A table's [`Unit`] is the scale and currency stated for it ("(RMB in
//! thousands)", "in millions of US$, except per share data"), read from its
//! caption, its heading rows, or the few lines of text just above it.

use crate::body::{Block, Body, Cell, Table, TextBlock};
use crate::span::Span;

pub use crate::body::{Number, Unit};

/// Currency symbols and codes, longest first; the second item is how it is reported.
const CURRENCIES: &[(&str, &str)] = &[
    ("U.S.$", "US$"),
    ("US$", "US$"),
    ("HK$", "HK$"),
    ("NT$", "NT$"),
    ("Cdn$", "C$"),
    ("C$", "C$"),
    ("A$", "A$"),
    ("R$", "R$"),
    ("S$", "S$"),
    ("RMB", "RMB"),
    ("Rmb", "RMB"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CHF", "CHF"),
    ("CAD", "CAD"),
    ("CNY", "CNY"),
    ("HKD", "HKD"),
    ("TWD", "TWD"),
    ("KRW", "KRW"),
    ("$", "$"),
    ("€", "€"),
    ("£", "£"),
    ("¥", "¥"),
    ("₩", "₩"),
];

const SCALES: &[(&str, u64)] = &[
    ("thousand", 1_000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("mln", 1_000_000),
    ("bn", 1_000_000_000),
];

fn currency_at(s: &str) -> Option<(&'static str, usize)> {
    CURRENCIES
        .iter()
        .find(|(sym, _)| s.starts_with(sym))
        .map(|&(sym, shown)| (shown, sym.len()))
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}'
    )
}

/// A cell text that is only a currency symbol or code (`$`, `US$`, `RMB`).
pub fn bare_currency(text: &str) -> Option<&'static str> {
    let t = text.trim();
    currency_at(t)
        .filter(|&(_, n)| n == t.len())
        .map(|(c, _)| c)
}

/// Parse a cell's whole text as a number. The span is `span_of(start, end)` of
/// the text read.
pub fn parse_number(text: &str) -> Option<Number> {
    let t = text.trim();
    // Most cells are words: no digit and longer than a nil figure (`US$ --`, `Nil`).
    if t.len() > 12 && !t.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let lead = text.len() - text.trim_start().len();
    let mut rest = t;
    let (mut paren, mut minus, mut currency) = (false, false, None);
    // Prefix: parentheses, a currency, a sign, in any order, spaces between.
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix('(') {
            if paren {
                return None;
            }
            paren = true;
            rest = r;
        } else if let Some((c, n)) = currency_at(rest) {
            if currency.is_some() {
                return None;
            }
            currency = Some(c);
            rest = rest.get(n..)?;
        } else if let Some(c) = rest.chars().next().filter(|&c| is_dash(c) || c == '+') {
            let after = rest.get(c.len_utf8()..)?;
            // A sign touches its figure: `-  90` is a dash and a figure, not -90.
            let next = after.chars().next();
            if !next.is_some_and(|n| n.is_ascii_digit() || n == '.' || n == '$') {
                break;
            }
            if minus {
                return None;
            }
            minus |= c != '+';
            rest = after;
        } else {
            break;
        }
    }
    if rest.eq_ignore_ascii_case("nil") {
        rest = "-";
    }
    let digits_len = number_len(rest);
    let value = if digits_len == 0 {
        // A dash alone (or with `$`, `%`) is a nil figure.
        let dashes = rest.chars().take_while(|&c| is_dash(c)).count();
        if dashes == 0 || dashes > 4 {
            return None;
        }
        let len: usize = rest.chars().take(dashes).map(char::len_utf8).sum();
        rest = rest.get(len..)?;
        None
    } else {
        let printed: String = rest
            .get(..digits_len)?
            .chars()
            .filter(|&c| c != ',')
            .collect();
        rest = rest.get(digits_len..)?;
        Some(decimal(&printed)?)
    };
    // Suffix: `%`, `)`, a scale word, in any order.
    let (mut percent, mut closed, mut scale) = (false, false, None);
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix('%') {
            percent = true;
            rest = r;
        } else if let Some(r) = rest.strip_prefix(')') {
            if !paren || closed {
                return None;
            }
            closed = true;
            rest = r;
        } else if let Some((word, n)) = SCALES.iter().find_map(|&(w, n)| {
            let r = rest.strip_prefix('-').unwrap_or(rest);
            let head = r.get(..w.len())?;
            head.eq_ignore_ascii_case(w)
                .then_some((r.get(w.len()..)?, n))
        }) {
            if scale.is_some() || value.is_none() {
                return None;
            }
            scale = Some(n);
            rest = word.strip_prefix('s').unwrap_or(word);
        } else {
            break;
        }
    }
    if !rest.is_empty() || paren && !closed && value.is_none() {
        return None;
    }
    let negative = paren || minus;
    Some(Number {
        value: value.map(|v| if negative { -v } else { v }),
        negative,
        percent,
        currency,
        scale,
        span: Span::new(lead, lead + t.len()),
    })
}

/// `1234.56` as the nearest `f64`: the digits as an integer over a power of ten,
/// both exact in an `f64` for up to 15 significant digits (`str::parse::<f64>`
/// would bring kilobytes of code into the wasm). More digits: `None`.
fn decimal(digits: &str) -> Option<f64> {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let mut mantissa: u64 = 0;
    let mut significant = 0;
    for b in int.bytes().chain(frac.bytes()) {
        if !b.is_ascii_digit() {
            return None;
        }
        if mantissa > 0 || b != b'0' {
            significant += 1;
        }
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    const POWERS: [f64; 16] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];
    if significant > 15 {
        return None;
    }
    Some(mantissa as f64 / POWERS.get(frac.len()).copied()?)
}

/// Length of `1,234.56` / `1234` / `.5` at the start of `s`; 0 if none. Comma
/// groups must be three digits.
fn number_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let int_digits = i;
    while int_digits > 0 && b.get(i) == Some(&b',') {
        let group = b
            .get(i + 1..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
        if group != 3 {
            break;
        }
        i += 4;
    }
    if b.get(i) == Some(&b'.') {
        let frac = b
            .get(i + 1..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count());
        if frac > 0 {
            i += 1 + frac;
        }
    }
    // `3rd`, `10b5`: not a figure, unless a scale word follows (`36.8million`).
    let glued = b.get(i).is_some_and(|c| c.is_ascii_alphanumeric());
    if glued && !scale_follows(s.get(i..).unwrap_or("")) {
        return 0;
    }
    i
}

fn scale_follows(s: &str) -> bool {
    SCALES
        .iter()
        .any(|(w, _)| s.get(..w.len()).is_some_and(|h| h.eq_ignore_ascii_case(w)))
}

/// A bare year (`2009`), which in a heading row is a heading, not a figure.
pub fn is_year(n: &Number, text: &str) -> bool {
    let t = text.trim();
    t.len() == 4
        && n.value.is_some_and(|v| (1900.0..2100.0).contains(&v))
        && t.bytes().all(|b| b.is_ascii_digit())
}

/// Read the unit a short text states: "(in thousands of RMB)", "US$ in millions,
/// except per share data", "(Expressed in millions of Canadian dollars)".
pub fn read_unit(text: &str) -> Option<(Option<u64>, Option<String>, bool)> {
    read_unit_full(text).map(|u| (u.scale, u.currency, u.except_per_share))
}

/// [`read_unit`] with the share scale; `text` and `span` left empty.
fn read_unit_full(text: &str) -> Option<Unit> {
    if text.len() > 240 || text.split_whitespace().count() > 30 {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    const BILLIONS: &[&str] = &["in billions", "billions of", "billion)"];
    const MILLIONS: &[&str] = &[
        "in millions",
        "millions of",
        "(millions",
        "million)",
        "in million",
    ];
    const THOUSANDS: &[&str] = &[
        "in thousands",
        "thousands of",
        "(thousands",
        "thousand)",
        "in thousand",
        "'000",
        "\u{2019}000",
        "(000",
        "$000",
        "in 000",
    ];
    let scale = [
        (BILLIONS, 1_000_000_000),
        (MILLIONS, 1_000_000),
        (THOUSANDS, 1_000),
    ]
    .into_iter()
    .find(|(words, _)| contains_any(&lower, words))
    .map(|(_, n)| n);
    let currency = unit_currency(text, &lower);
    // "(Expressed in Canadian dollars)": a currency and no scale word is scale 1.
    let stated = text.trim_start().starts_with('(') || find(&lower, "expressed in").is_some();
    let scale = match scale {
        Some(n) => n,
        None if stated && text.len() <= 80 && currency.is_some() => 1,
        None => return None,
    };
    // "shares which are reflected in thousands", "shares in millions".
    let share_scale = find(&lower, "shares")
        .and_then(|at| lower.get(at..))
        .and_then(|after| {
            [("in thousands", 1_000), ("in millions", 1_000_000)]
                .into_iter()
                .find(|(w, _)| find(after, w).is_some())
        })
        .map(|(_, n)| n)
        .filter(|&n| n != scale);
    // "except per share data", "except for share and per share data", "except
    // number of shares": share figures are not in the scale.
    let except = find(&lower, "except")
        .and_then(|at| lower.get(at..))
        .is_some_and(|rest| find(rest, "share").is_some() || find(rest, "per ads").is_some());
    Some(Unit {
        currency,
        scale: Some(scale),
        except_per_share: except,
        share_scale,
        text: String::new(),
        span: Span::default(),
    })
}

/// A row label stating its own unit in parentheses, with no scale word: "Basic
/// earnings per share (U.S. dollars)". Its figures are not scaled.
pub fn states_units(label: &str) -> bool {
    let mut rest = label;
    while let Some(open) = rest.find('(') {
        let Some(after) = rest.get(open..) else {
            break;
        };
        let close = after.find(')').map_or(after.len(), |c| c + 1);
        let part = after.get(..close).unwrap_or(after);
        if read_unit_full(part).is_some_and(|u| u.scale == Some(1)) {
            return true;
        }
        rest = after.get(close..).unwrap_or("");
    }
    false
}

/// Where `needle` first occurs in `hay` (texts of at most 240 bytes): a scan that
/// compares only where the first byte matches; small code for the wasm.
#[inline(never)]
fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last).find(|&i| hay.get(i) == Some(&first) && hay.get(i..i + needle.len()) == Some(needle))
}

fn contains_any(hay: &str, needles: &[&str]) -> bool {
    needles.iter().any(|n| find(hay, n).is_some())
}

fn unit_currency(text: &str, lower: &str) -> Option<String> {
    const NAMES: &[(&str, &str)] = &[
        ("u.s. dollar", "USD"),
        ("us dollar", "USD"),
        ("united states dollar", "USD"),
        ("canadian dollar", "CAD"),
        ("hong kong dollar", "HKD"),
        ("new taiwan dollar", "TWD"),
        ("renminbi", "RMB"),
        ("euro", "EUR"),
        ("swiss franc", "CHF"),
        ("pounds sterling", "GBP"),
        ("japanese yen", "JPY"),
        ("korean won", "KRW"),
    ];
    if let Some((_, code)) = NAMES.iter().find(|(n, _)| find(lower, n).is_some()) {
        return Some(code.to_string());
    }
    // A symbol or code anywhere, as a word of its own or before a space.
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        if rest.is_empty() {
            break;
        }
        let word_start = text
            .get(..i)
            .and_then(|b| b.chars().next_back())
            .is_none_or(|c| !c.is_ascii_alphanumeric());
        if word_start {
            if let Some((c, n)) = currency_at(rest) {
                let word_end = rest
                    .get(n..)
                    .and_then(|r| r.chars().next())
                    .is_none_or(|c| !c.is_ascii_alphanumeric());
                if word_end {
                    return Some(c.to_string());
                }
            }
        }
        i += rest.chars().next().map_or(1, char::len_utf8);
    }
    if find(lower, "dollars").is_some() {
        return Some("$".to_string());
    }
    None
}

/// Give every cell holding a number its [`Number`], and every table its [`Unit`].
pub fn annotate(body: &mut Body) {
    for page in &mut body.pages {
        for i in 0..page.blocks.len() {
            let (before, rest) = page.blocks.split_at_mut(i);
            let Some(Block::Table(table)) = rest.first_mut() else {
                continue;
            };
            // A table without figures (most are layout) has no unit to read.
            if number_cells(table) {
                table.unit = table_unit(table, before);
            }
        }
    }
}

/// Whether any cell holds a number.
fn number_cells(table: &mut Table) -> bool {
    let mut any = false;
    for row in &mut table.rows {
        let cells = &mut row.cells;
        for i in 0..cells.len() {
            let Some(cell) = cells.get(i) else {
                continue;
            };
            let Some(mut n) = parse_number(&cell.text) else {
                continue;
            };
            n.span = cell.span_of(n.span.start, n.span.end);
            join_neighbours(cells, i, &mut n);
            any = true;
            if let Some(c) = cells.get_mut(i) {
                c.number = Some(Box::new(n));
            }
        }
    }
    if !any {
        return false;
    }
    // Years in heading rows are headings.
    let flags = heading_rows(table);
    for (row, heading) in table.rows.iter_mut().zip(flags) {
        if heading {
            for c in &mut row.cells {
                if c.number.as_ref().is_some_and(|n| is_year(n, &c.text)) {
                    c.number = None;
                }
            }
        }
    }
    true
}

/// `$` in the non-empty cell before, `)` or `%` in the one after.
fn join_neighbours(cells: &[Cell], i: usize, n: &mut Number) {
    let prev = cells
        .get(..i)
        .and_then(|c| c.iter().rev().find(|c| !c.text.trim().is_empty()));
    if let Some(p) = prev {
        if let (None, Some(c)) = (&n.currency, bare_currency(&p.text)) {
            n.currency = Some(c);
            n.span = p.span.cover(n.span);
        }
    }
    let next = cells
        .get(i + 1..)
        .and_then(|c| c.iter().find(|c| !c.text.trim().is_empty()));
    if let Some(c) = next {
        let t = c.text.trim();
        if matches!(t, ")" | "%" | ")%" | "%)" | "pts" | "bps") || t == "%)" {
            n.percent |= t.contains('%');
            n.span = n.span.cover(c.span);
        }
    }
}

/// The unit from the caption, the heading rows, or the text just above.
fn table_unit(table: &Table, before: &[Block]) -> Option<Unit> {
    let unit = |text: &str, span: Span| {
        read_unit_full(text).map(|u| Unit {
            text: text.to_string(),
            span,
            ..u
        })
    };
    let found = |t: &TextBlock| unit(&t.text, t.span);
    if let Some(u) = table.caption.as_ref().and_then(found) {
        return Some(u);
    }
    let flags = heading_rows(table);
    for (row, heading) in table.rows.iter().zip(flags) {
        if !heading {
            break;
        }
        if let Some(u) = row.cells.iter().find_map(|c| unit(&c.text, c.span)) {
            return Some(u);
        }
    }
    for b in before.iter().rev().take(3) {
        match b {
            Block::Text(t) => {
                if let Some(u) = found(t) {
                    return Some(u);
                }
            }
            Block::Table(_) => break,
        }
    }
    None
}

/// Which rows of `table` are heading rows (see [`crate::tables`]): the rows above the first
/// figures, `<th>` rows, and rows of years or text without a row label. Here, below the
/// tables floor, because reading a table's figures and unit needs it.
pub fn heading_rows(table: &Table) -> Vec<bool> {
    let label_column = table
        .rows
        .iter()
        .flat_map(|r| &r.cells)
        .filter(|c| !c.text.trim().is_empty())
        .map(|c| c.column)
        .min()
        .unwrap_or(0);
    // Still in the leading run of heading rows; the last row with text had a label.
    let (mut lead, mut label_above) = (true, false);
    table
        .rows
        .iter()
        .map(|row| {
            let mut label = false;
            let (mut figures, mut years, mut other) = (0, 0, 0);
            for c in &row.cells {
                if c.text.trim().is_empty() {
                    continue;
                }
                if c.column == label_column {
                    label = true;
                    continue;
                }
                match &c.number {
                    Some(n) if is_year(n, &c.text) => years += 1,
                    Some(_) => figures += 1,
                    None if bare_currency(&c.text).is_some() => {}
                    None => other += 1,
                }
            }
            let empty = !label && figures + years + other == 0;
            if empty {
                return lead;
            }
            // Above the first figures, a row of text with a label is a heading when
            // the row before had none ("Name | Shares Owned" under "Number of
            // Common"); a second such row is data ("Common Stock | AAPL").
            let after_label = std::mem::replace(&mut label_above, label);
            let heading = figures == 0
                && (row.header
                    || !label && years + other > 0
                    || lead && (other == 0 && years > 0 || other > 0 && !after_label));
            lead &= heading;
            heading
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// value, negative, percent, currency, scale.
    type Read = (Option<f64>, bool, bool, Option<String>, Option<u64>);

    fn v(s: &str) -> Option<Read> {
        parse_number(s).map(|n| {
            (
                n.value,
                n.negative,
                n.percent,
                n.currency.map(String::from),
                n.scale,
            )
        })
    }

    #[test]
    fn figures() {
        assert_eq!(v("60,584"), Some((Some(60584.0), false, false, None, None)));
        assert_eq!(v("(1,234)"), Some((Some(-1234.0), true, false, None, None)));
        assert_eq!(v("(1.2)%"), Some((Some(-1.2), true, true, None, None)));
        assert_eq!(
            v("$ 2,141"),
            Some((Some(2141.0), false, false, Some("$".into()), None))
        );
        assert_eq!(v("—"), Some((None, false, false, None, None)));
        assert_eq!(v("-"), Some((None, false, false, None, None)));
        assert_eq!(v("Nil"), Some((None, false, false, None, None)));
        assert_eq!(
            v("$ --"),
            Some((None, false, false, Some("$".into()), None))
        );
        assert_eq!(v("1.27"), Some((Some(1.27), false, false, None, None)));
        assert_eq!(
            v("US$36.8 million"),
            Some((
                Some(36.8),
                false,
                false,
                Some("US$".into()),
                Some(1_000_000)
            ))
        );
        assert_eq!(
            v("¥1,000"),
            Some((Some(1000.0), false, false, Some("¥".into()), None))
        );
        assert_eq!(
            v("RMB 12.5"),
            Some((Some(12.5), false, false, Some("RMB".into()), None))
        );
        assert_eq!(
            v("€(3.4)"),
            Some((Some(-3.4), true, false, Some("€".into()), None))
        );
        assert_eq!(v("-12%"), Some((Some(-12.0), true, true, None, None)));
        assert_eq!(v("(1,045"), Some((Some(-1045.0), true, false, None, None)));
        assert_eq!(
            v("$-12"),
            Some((Some(-12.0), true, false, Some("$".into()), None))
        );
        assert_eq!(v("-           90"), None);
    }

    #[test]
    fn not_figures() {
        for s in [
            "", "Note 3", "2009 Q1", "1,2", "3rd", "(a)", "-----", "$", "%", "abc", "1.2.3", "10-K",
        ] {
            assert_eq!(parse_number(s), None, "{s:?}");
        }
    }

    #[test]
    fn units() {
        assert_eq!(
            read_unit("(in millions of US$, except per share data)"),
            Some((Some(1_000_000), Some("US$".into()), true))
        );
        assert_eq!(
            read_unit("(RMB in thousands)"),
            Some((Some(1_000), Some("RMB".into()), false))
        );
        assert_eq!(
            read_unit("(Expressed in thousands of Canadian dollars)"),
            Some((Some(1_000), Some("CAD".into()), false))
        );
        assert_eq!(
            read_unit("(in millions)"),
            Some((Some(1_000_000), None, false))
        );
        assert_eq!(
            read_unit("(Expressed in Canadian dollars)"),
            Some((Some(1), Some("CAD".into()), false))
        );
        assert_eq!(
            read_unit(
                "(Expressed in thousands of U.S. dollars – except for share and per share data)"
            ),
            Some((Some(1_000), Some("USD".into()), true))
        );
        assert!(states_units("Basic earnings per share (U.S. dollars)"));
        assert!(!states_units("Revenue (in thousands of U.S. dollars)"));
        assert!(!states_units("Net income (loss)"));
        assert_eq!(read_unit("Net sales rose"), None);
        assert_eq!(read_unit("Sales in dollars rose"), None);
    }
}
