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
use crate::numbers::{bare_currency, Number, Unit};

use crate::filing::Filing;
pub use crate::numbers::heading_rows;
use crate::span::Span;
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
    #[serde(serialize_with = "crate::body::serialize_value")]
    pub value: Option<f64>,
    /// From the figure itself, else the table's unit; 1 for percentages and, when
    /// the unit excepts them, per-share figures; `null` when nothing states it.
    pub scale: Option<u64>,
    pub currency: Option<String>,
    pub percent: bool,
    pub span: Span,
}

/// Where the cells of a table go: the logical column of every grid column where a
/// non-empty cell starts. Sparse (a grid may be wide: 1,000 columns per colspan),
/// built in O(cells log cells).
struct Layout {
    /// Sorted grid columns where non-empty cells start.
    starts: Vec<u32>,
    /// For each start: its logical column, if it has one.
    logical: Vec<Option<usize>>,
    columns: usize,
}

impl Layout {
    fn new(table: &Table) -> Layout {
        let cells = || {
            table
                .rows
                .iter()
                .flat_map(|r| &r.cells)
                .filter(|c| !c.text.trim().is_empty())
        };
        let mut starts: Vec<u32> = cells().map(|c| c.column).collect();
        starts.sort_unstable();
        starts.dedup();
        let n = starts.len();
        let slot = |col: u32| starts.partition_point(|&x| x < col);
        // 0 nothing, 1 prefix only ($), 2 suffix only (`)`, `%`), 3 own text.
        let mut kind = vec![0u8; n];
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for cell in cells() {
            let t = cell.text.trim();
            let k = if bare_currency(t).is_some() {
                1
            } else if matches!(t, ")" | "%" | ")%" | "%)") {
                2
            } else {
                3
            };
            let at = slot(cell.column);
            if cell.colspan > 1 && k == 3 {
                spans.push((at, slot(cell.column.saturating_add(cell.colspan))));
            } else if let Some(s) = kind.get_mut(at) {
                if *s == 0 || k == 3 {
                    *s = k.max(*s);
                }
            }
        }
        // A spanning cell over columns with nothing of their own keeps its first one.
        let mut own = vec![0usize; n + 1];
        for (i, &k) in kind.iter().enumerate() {
            own[i + 1] = own[i] + usize::from(k == 3);
        }
        for &(s, e) in &spans {
            let covered =
                own.get(e.min(n)).copied().unwrap_or(0) - own.get(s).copied().unwrap_or(0);
            if covered == 0 {
                if let Some(k) = kind.get_mut(s) {
                    *k = 3;
                }
            }
        }
        let mut logical: Vec<Option<usize>> = vec![None; n];
        let mut count = 0usize;
        for (l, &k) in logical.iter_mut().zip(&kind) {
            if k == 3 {
                *l = Some(count);
                count += 1;
            }
        }
        // `$` joins the next column with text of its own, `)` and `%` the one before.
        let mut next = None;
        for (l, &k) in logical.iter_mut().zip(&kind).rev() {
            match k {
                3 => next = *l,
                1 => *l = next.or(Some(count.saturating_sub(1))),
                _ => {}
            }
        }
        let mut previous = None;
        for (l, &k) in logical.iter_mut().zip(&kind) {
            match k {
                3 => previous = *l,
                2 => *l = previous.or(Some(0)),
                _ => {}
            }
        }
        if count == 0 && n > 0 {
            count = 1;
            logical.iter_mut().for_each(|l| *l = Some(0));
        }
        Layout {
            starts,
            logical,
            columns: count,
        }
    }

    /// The logical columns a cell at `column` spanning `colspan` covers, as a range.
    fn targets(&self, column: u32, colspan: u32) -> Option<std::ops::RangeInclusive<usize>> {
        let lo = self.starts.partition_point(|&x| x < column);
        let hi = self
            .starts
            .partition_point(|&x| x < column.saturating_add(colspan.max(1)));
        let slots = self.logical.get(lo..hi)?;
        let first = slots.iter().find_map(|&l| l)?;
        let last = slots.iter().rev().find_map(|&l| l)?;
        Some(first..=last.max(first))
    }

    /// One logical column for everything: for tables whose grid would be out of
    /// proportion to their cells (see [`grid`]).
    fn single(&mut self) {
        self.columns = 1;
        self.logical.iter_mut().for_each(|l| *l = Some(0));
    }
}

/// The table with its logical columns.
pub fn grid(table: &Table) -> Grid {
    let mut layout = Layout::new(table);
    // A GitHub table fills every column of every row; a table whose grid would
    // be far larger than its cells (hostile input) is read as one column.
    let cells: usize = table.rows.iter().map(|r| r.cells.len()).sum();
    if layout.columns.saturating_mul(table.rows.len()) > cells.saturating_mul(16) + 4096 {
        layout.single();
    }
    let columns = layout.columns;
    let headings = heading_rows(table);
    // Text a spanned heading may add by being repeated over its columns.
    let mut repeat_budget = cells.saturating_mul(64) + 65_536;
    let mut rows = Vec::with_capacity(table.rows.len());
    for (row, &heading) in table.rows.iter().zip(&headings) {
        let mut cells = vec![GridCell::default(); columns];
        for cell in &row.cells {
            let text = cell.text.trim();
            if text.is_empty() {
                continue;
            }
            let Some(targets) = layout.targets(cell.column, cell.colspan) else {
                continue;
            };
            let first = *targets.start();
            let repeat = heading && first > 0;
            for t in targets {
                if t > first {
                    repeat_budget = repeat_budget.saturating_sub(text.len());
                    if !repeat || repeat_budget == 0 {
                        break;
                    }
                }
                let Some(g) = cells.get_mut(t) else {
                    break;
                };
                join_text(&mut g.text, text);
                g.span = Some(g.span.map_or(cell.span, |s| s.cover(cell.span)));
                g.repeated = t > first;
                if g.number.is_none() {
                    g.number = cell.number.as_deref().cloned();
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
    let label_only = |r: &GridRow| {
        r.cells.first().is_some_and(|c| !c.text.is_empty())
            && r.cells.iter().skip(1).all(|c| c.text.is_empty())
    };
    let mut out: Vec<GridRow> = Vec::with_capacity(rows.len());
    for mut row in std::mem::take(rows) {
        let wraps = out.last().is_some_and(|above| {
            !above.heading
                && !row.heading
                && label_only(above)
                && !label_only(&row)
                && row
                    .cells
                    .first()
                    .and_then(|c| c.text.chars().next())
                    .is_some_and(|c| c.is_ascii_lowercase())
        });
        if wraps {
            if let (Some(above), Some(label)) = (out.pop(), row.cells.first_mut()) {
                if let Some(top) = above.cells.into_iter().next() {
                    label.text = format!("{} {}", top.text, label.text);
                    label.span = match (top.span, label.span) {
                        (Some(a), Some(b)) => Some(a.cover(b)),
                        (a, b) => a.or(b),
                    };
                }
            }
        }
        out.push(row);
    }
    *rows = out;
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

/// The column headings of a [`Grid`]: one list per run of heading rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Headings {
    runs: Vec<Vec<String>>,
    /// For each row, the run of headings over it.
    of_row: Vec<Option<usize>>,
}

impl Headings {
    /// The heading of logical column `column` over row `row` ("" when none).
    pub fn get(&self, row: usize, column: usize) -> &str {
        self.of_row
            .get(row)
            .copied()
            .flatten()
            .and_then(|r| self.runs.get(r))
            .and_then(|run| run.get(column))
            .map_or("", String::as_str)
    }
}

impl Grid {
    /// The heading of each logical column over each row (see the module docs).
    pub fn column_headings(&self) -> Headings {
        let mut h = Headings::default();
        let mut in_run = false;
        for row in &self.rows {
            if row.heading {
                if !in_run {
                    h.runs.push(vec![String::new(); self.columns]);
                    in_run = true;
                }
                let lead = row.cells.first().map(|c| c.text.as_str()).unwrap_or("");
                let lead_lower = lead.to_ascii_lowercase();
                let names_period = PERIOD_WORDS.iter().any(|w| lead_lower.contains(w))
                    && crate::numbers::read_unit(lead).is_none();
                let Some(current) = h.runs.last_mut() else {
                    continue;
                };
                for (cell, head) in row.cells.iter().zip(current.iter_mut()).skip(1) {
                    if cell.text.is_empty() {
                        continue;
                    }
                    if names_period {
                        join_heading(head, lead);
                    }
                    join_heading(head, &cell.text);
                }
            } else {
                in_run = false;
            }
            h.of_row.push(h.runs.len().checked_sub(1));
        }
        h
    }
}

/// Headings longer than this stop growing (a run of many heading rows).
const MAX_HEADING: usize = 300;

fn join_heading(into: &mut String, text: &str) {
    // "$" and "(in thousands)" over a column are its unit, not its heading.
    if into.ends_with(text)
        || into.len() > MAX_HEADING
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
    crate::filing::find_document(filing, sequence)
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
    for (r, row) in grid.rows.iter().enumerate() {
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
            let column = one_line(headings.get(r, c));
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
                (Some(c), Some(u)) if *c == "$" => Some(u.clone()),
                (Some(c), _) => Some(c.to_string()),
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
    if crate::numbers::states_units(context) {
        return Some(1);
    }
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
