//! Tables as a reader sees them: the columns that hold something, their headings,
//! and each figure as a fact (row label, column heading, value, unit).
//!
//! ```text
//! grid column:  0                 1   2       3  4   5       6
//!               |                 |   Three Months Ended     |     <- heading (colspan 5)
//!               |                 |   2009    |  |   2008    |     <- heading
//!               Net sales         $   60,584     $   2,141         <- data
//! logical:      0                     1              2
//! ```
//!
//! HTML statements spread one figure over several grid columns (a `$` cell, the
//! number, a `)` or `%` cell) and put empty spacer columns between. The *logical*
//! columns are the grid columns that hold text of their own; a column holding only
//! currency symbols joins the next such column, one holding only `)` or `%` the one
//! before, and empty columns are dropped.
//!
//! Heading rows are the rows above the first data row (a row with a figure other
//! than a bare year), plus `<th>` rows and, further down, rows with no row label,
//! no figures but years, and text in other columns (they start a new run of
//! headings). A figure's column heading joins, top down, the text of the current
//! heading rows over its column (spanned cells count for every column they cover),
//! led by the label cell's text when that names a period ("Three months ended
//! March 31,"). The row label is the text of the first logical column.

use crate::body::{Block, Table};
use crate::numbers::{bare_currency, is_year, Number, Unit};
use crate::span::Span;
use crate::Filing;
use serde::Serialize;

/// A table with its columns resolved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    /// Logical columns.
    pub columns: usize,
    pub rows: Vec<GridRow>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GridRow {
    pub heading: bool,
    /// Exactly `columns` cells.
    pub cells: Vec<GridCell>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct GridCell {
    /// The texts of the cells placed here, joined (`$` `2,141` -> `$2,141`).
    pub text: String,
    pub number: Option<Number>,
    /// Source of the text; `None` for an empty cell.
    pub span: Option<Span>,
    /// A heading cell's text repeated from the column where its colspan starts.
    pub repeated: bool,
}

/// One figure of a table.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Fact {
    /// The document's `<SEQUENCE>`.
    pub document: Option<String>,
    /// 1-based index of the table in the document.
    pub table: usize,
    /// The row label.
    pub row: String,
    /// The resolved column heading.
    pub column: String,
    /// The figure as printed, with the cells that joined it.
    pub raw: String,
    /// Signed, unscaled; `null` for a dash.
    #[serde(serialize_with = "crate::numbers::serialize_value")]
    pub value: Option<f64>,
    /// From the figure itself, else the table's unit; 1 for percentages and, when
    /// the unit excepts them, per-share figures; `null` when nothing states it.
    pub scale: Option<u64>,
    pub currency: Option<String>,
    pub percent: bool,
    pub span: Span,
}

/// Where each grid column goes: its logical column, if any.
fn layout(table: &Table) -> (Vec<Option<usize>>, usize) {
    let n = table.columns as usize;
    // 0 nothing, 1 prefix only ($), 2 suffix only (`)`, `%`), 3 own text.
    let mut kind = vec![0u8; n];
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for cell in table.rows.iter().flat_map(|r| &r.cells) {
        let t = cell.text.trim();
        if t.is_empty() {
            continue;
        }
        let c = cell.column as usize;
        let k = if bare_currency(t).is_some() {
            1
        } else if matches!(t, ")" | "%" | ")%" | "%)") {
            2
        } else {
            3
        };
        if cell.colspan > 1 && k == 3 {
            spans.push((c, c + cell.colspan as usize));
        } else if let Some(slot) = kind.get_mut(c) {
            *slot = if *slot == 0 || k == 3 {
                k.max(*slot)
            } else {
                *slot
            };
        }
    }
    // A spanning cell over columns with nothing of their own keeps its first one.
    for (s, e) in spans {
        let end = e.min(n);
        if (s..end).all(|c| kind.get(c).is_none_or(|&k| k != 3)) {
            if let Some(k) = kind.get_mut(s) {
                *k = 3;
            }
        }
    }
    let mut logical = vec![None; n];
    let mut count = 0usize;
    for (c, &k) in kind.iter().enumerate() {
        if k == 3 {
            logical[c] = Some(count);
            count += 1;
        }
    }
    for c in 0..n {
        match kind[c] {
            1 => logical[c] = (c + 1..n).find_map(|x| if kind[x] == 3 { logical[x] } else { None }),
            2 => {
                logical[c] = (0..c)
                    .rev()
                    .find_map(|x| if kind[x] == 3 { logical[x] } else { None })
            }
            _ => {}
        }
        if logical[c].is_none() && kind[c] != 0 {
            logical[c] = Some(count.saturating_sub(1));
        }
    }
    if count == 0 && kind.iter().any(|&k| k != 0) {
        count = 1;
        logical.iter_mut().for_each(|l| *l = Some(0));
    }
    (logical, count)
}

/// Which rows of `table` are heading rows (see the module docs).
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

/// The table with its logical columns.
pub fn grid(table: &Table) -> Grid {
    let (logical, columns) = layout(table);
    let headings = heading_rows(table);
    let mut rows = Vec::with_capacity(table.rows.len());
    for (row, &heading) in table.rows.iter().zip(&headings) {
        let mut cells = vec![GridCell::default(); columns];
        for cell in &row.cells {
            let text = cell.text.trim();
            if text.is_empty() {
                continue;
            }
            let start = cell.column as usize;
            let end = start + cell.colspan.max(1) as usize;
            let mut targets: Vec<usize> = (start..end)
                .filter_map(|c| logical.get(c).copied().flatten())
                .collect();
            targets.dedup();
            let Some(&first) = targets.first() else {
                continue;
            };
            let repeat = heading && first > 0;
            for (k, &t) in targets.iter().enumerate() {
                if k > 0 && !repeat {
                    break;
                }
                let Some(g) = cells.get_mut(t) else {
                    continue;
                };
                join_text(&mut g.text, text);
                g.span = Some(g.span.map_or(cell.span, |s| s.cover(cell.span)));
                g.repeated = k > 0;
                if g.number.is_none() {
                    g.number = cell.number.clone();
                }
            }
        }
        rows.push(GridRow { heading, cells });
    }
    join_wrapped_labels(&mut rows);
    Grid { columns, rows }
}

/// A row label wrapped onto the next line ("Cash provided by operating" over
/// "activities    (114)    69"): a row holding only a label, followed by a data
/// row whose label starts in lower case, joins that row.
fn join_wrapped_labels(rows: &mut Vec<GridRow>) {
    let mut i = 0;
    while i + 1 < rows.len() {
        let wraps = {
            let (a, b) = (&rows[i], &rows[i + 1]);
            let label_only = |r: &GridRow| {
                r.cells.first().is_some_and(|c| !c.text.is_empty())
                    && r.cells.iter().skip(1).all(|c| c.text.is_empty())
            };
            !a.heading
                && !b.heading
                && label_only(a)
                && !label_only(b)
                && b.cells
                    .first()
                    .and_then(|c| c.text.chars().next())
                    .is_some_and(|c| c.is_ascii_lowercase())
        };
        if wraps {
            let upper = rows.remove(i);
            if let (Some(top), Some(label)) = (upper.cells.first(), rows[i].cells.first_mut()) {
                label.text = format!("{} {}", top.text, label.text);
                label.span = match (top.span, label.span) {
                    (Some(a), Some(b)) => Some(a.cover(b)),
                    (a, b) => a.or(b),
                };
            }
        }
        i += 1;
    }
}

/// `$` + `2,141` -> `$2,141`; `(1,234` + `)` -> `(1,234)`; else a space between.
fn join_text(into: &mut String, text: &str) {
    let glue = into.is_empty()
        || bare_currency(into).is_some() && !into.ends_with(|c: char| c.is_ascii_alphabetic())
        || matches!(text, ")" | "%" | ")%" | "%)");
    if !glue {
        into.push(' ');
    }
    into.push_str(text);
}

/// Words that say a heading names a period, so it leads the column headings.
const PERIOD_WORDS: &[&str] = &[
    "ended", "ending", "months", "quarter", "year", "as at", "as of", "period",
];

impl Grid {
    /// The heading of each logical column for each row: `headings[row][column]`.
    pub fn column_headings(&self) -> Vec<Vec<String>> {
        let mut current: Vec<String> = vec![String::new(); self.columns];
        let mut in_run = false;
        let mut out = Vec::with_capacity(self.rows.len());
        for row in &self.rows {
            if row.heading {
                if !in_run {
                    current.iter_mut().for_each(String::clear);
                    in_run = true;
                }
                let lead = row.cells.first().map(|c| c.text.as_str()).unwrap_or("");
                let lead_lower = lead.to_ascii_lowercase();
                let names_period = PERIOD_WORDS.iter().any(|w| lead_lower.contains(w))
                    && crate::numbers::read_unit(lead).is_none();
                for (c, cell) in row.cells.iter().enumerate().skip(1) {
                    if cell.text.is_empty() {
                        continue;
                    }
                    let Some(h) = current.get_mut(c) else {
                        continue;
                    };
                    if names_period {
                        join_heading(h, lead);
                    }
                    join_heading(h, &cell.text);
                }
            } else {
                in_run = false;
            }
            out.push(current.clone());
        }
        out
    }
}

fn join_heading(into: &mut String, text: &str) {
    // "$" and "(in thousands)" over a column are its unit, not its heading.
    if into.ends_with(text)
        || bare_currency(text).is_some()
        || crate::numbers::read_unit(text).is_some_and(|u| u.0.is_some())
    {
        return;
    }
    if !into.is_empty() {
        into.push(' ');
    }
    into.push_str(text);
}

/// The tables of the document with this `<SEQUENCE>`, in order.
pub fn document_tables<'a>(filing: &'a Filing, sequence: &str) -> Vec<&'a Table> {
    crate::markdown::find_document(filing, sequence)
        .and_then(|d| d.body.as_ref())
        .map(|b| {
            b.pages
                .iter()
                .flat_map(|p| &p.blocks)
                .filter_map(|b| match b {
                    Block::Table(t) => Some(&**t),
                    Block::Text(_) => None,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every figure in the tables of the document with this `<SEQUENCE>`.
pub fn table_facts(filing: &Filing, sequence: &str) -> Vec<Fact> {
    let mut facts = Vec::new();
    for (i, table) in document_tables(filing, sequence).into_iter().enumerate() {
        facts.extend(facts_of(table, i + 1, Some(sequence)));
    }
    facts
}

/// The figures of one table; `index` is its 1-based place in the document.
pub fn facts_of(table: &Table, index: usize, document: Option<&str>) -> Vec<Fact> {
    let grid = grid(table);
    let headings = grid.column_headings();
    let mut facts = Vec::new();
    // The last row holding only a label ("Earnings per share:") heads the rows below.
    let mut section = String::new();
    for (row, heads) in grid.rows.iter().zip(&headings) {
        if row.heading {
            continue;
        }
        let label = one_line(row.cells.first().map_or("", |c| c.text.as_str()));
        if !label.is_empty() && row.cells.iter().skip(1).all(|c| c.text.is_empty()) {
            section = label.to_ascii_lowercase();
            continue;
        }
        let context = format!("{} {section}", label.to_ascii_lowercase());
        for (c, cell) in row.cells.iter().enumerate().skip(1) {
            let (Some(n), Some(span)) = (&cell.number, cell.span) else {
                continue;
            };
            let column = one_line(heads.get(c).map_or("", String::as_str));
            // Note references ("Note | 7") are not figures of the statement.
            if column.eq_ignore_ascii_case("note") || column.eq_ignore_ascii_case("notes") {
                continue;
            }
            // "Gross profit (%)", "% change": the row or column says it is a percentage.
            let percent = n.percent || says_percent(&label) || says_percent(&column);
            let unit = table.unit.as_ref();
            // A bare `$` says less than the table's unit ("in millions of U.S. dollars").
            let currency = match (&n.currency, unit.and_then(|u| u.currency.as_ref())) {
                _ if percent || shares_row(&context) => None,
                (Some(c), Some(u)) if c == "$" => Some(u.clone()),
                (Some(c), _) => Some(c.clone()),
                (None, u) => u.cloned(),
            };
            facts.push(Fact {
                document: document.map(str::to_string),
                table: index,
                row: label.clone(),
                column,
                raw: cell.text.clone(),
                value: n.value,
                scale: if percent {
                    Some(1)
                } else {
                    fact_scale(n, unit, &context)
                },
                currency,
                percent,
                span: n.span.cover(span),
            });
        }
    }
    facts
}

/// A label or heading naming a percentage: `(%)`, or `%` as a word of its own.
fn says_percent(text: &str) -> bool {
    text.contains("(%)") || text.split_whitespace().any(|w| w == "%")
}

/// White space (line breaks in cells) as single spaces.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A row counting shares ("Weighted average number of shares"), not money.
fn shares_row(context: &str) -> bool {
    let shares = [
        "shares used",
        "number of shares",
        "number of common shares",
        "weighted average",
        "weighted-average",
    ];
    shares.iter().any(|w| context.contains(w))
}

/// `context` is the row label and its section, lower case.
fn fact_scale(n: &Number, unit: Option<&Unit>, context: &str) -> Option<u64> {
    if n.scale.is_some() {
        return n.scale;
    }
    if n.percent {
        return Some(1);
    }
    let unit = unit?;
    if shares_row(context) {
        return unit.share_scale.or(unit.scale);
    }
    let per_share = [
        "per share",
        "per ads",
        "per ordinary",
        "per common",
        "per diluted",
    ];
    if unit.except_per_share && per_share.iter().any(|w| context.contains(w)) {
        return Some(1);
    }
    unit.scale
}

/// The resolved grid as CSV records: one per row, `columns` fields each.
pub fn csv_records(table: &Table) -> Vec<Vec<String>> {
    grid(table)
        .rows
        .into_iter()
        .map(|r| r.cells.into_iter().map(|c| c.text).collect())
        .collect()
}
