//! Tables as numbers, on real filings: (row label, column heading, value, unit)
//! for cells chosen by reading the tables in the source, negatives, nil figures
//! and percentages included; the numbers cells carry in the JSON; CSV records.

use form6k::{table_facts, Fact, Filing};
use std::path::PathBuf;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/");

fn filing(rel: &str) -> Option<Filing> {
    let dir = PathBuf::from(CORPUS);
    if !dir.is_dir() {
        println!("skipped: ../shared/corpus is absent");
        return None;
    }
    Some(form6k::parse(&std::fs::read(dir.join(rel)).unwrap()))
}

/// (table, row label, column heading, value, scale, currency, percent); a row
/// label that repeats in the table is the first unless it says `#2`, `#3` ...
type Want = (
    usize,
    &'static str,
    &'static str,
    Option<f64>,
    Option<u64>,
    Option<&'static str>,
    bool,
);

fn check(facts: &[Fact], wants: &[Want], name: &str) {
    for &(table, row, column, value, scale, currency, percent) in wants {
        // "Products#2": the second row so labelled (under "Cost of sales:").
        let (row, nth) = match row.split_once('#') {
            Some((r, n)) => (r, n.parse::<usize>().unwrap() - 1),
            None => (row, 0),
        };
        let found: Vec<&Fact> = facts
            .iter()
            .filter(|f| f.table == table && f.row == row && f.column == column)
            .collect();
        let found = found.get(nth..nth + 1).unwrap_or(&found);
        let [f] = found else {
            let near: Vec<_> = facts
                .iter()
                .filter(|f| f.table == table && f.row == row)
                .map(|f| &f.column)
                .collect();
            panic!(
                "{name}: {} facts for table {table}, {row:?}, {column:?}; columns of the row: {near:?}",
                found.len()
            );
        };
        let got = (f.value, f.scale, f.currency.as_deref(), f.percent);
        assert_eq!(
            got,
            (value, scale, currency, percent),
            "{name}: table {table}, {row:?}, {column:?} (raw {:?})",
            f.raw
        );
    }
}

#[test]
fn income_statement_of_the_10q() {
    let Some(f) = filing("documents/apple_0000320193-23-000077_negative-10q.htm") else {
        return;
    };
    // CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS: "(In millions, except number of
    // shares which are reflected in thousands and per share amounts)".
    let m = Some(1_000_000);
    check(
        &table_facts(&f, "1"),
        &[
            (
                13,
                "Products",
                "Three Months Ended July 1, 2023",
                Some(60584.0),
                m,
                Some("$"),
                false,
            ),
            (
                13,
                "Products",
                "Nine Months Ended June 25, 2022",
                Some(245241.0),
                m,
                Some("$"),
                false,
            ),
            (
                13,
                "Services",
                "Three Months Ended June 25, 2022",
                Some(19604.0),
                m,
                None,
                false,
            ),
            (
                13,
                "Products#2",
                "Three Months Ended July 1, 2023",
                Some(39136.0),
                m,
                None,
                false,
            ),
            (
                13,
                "Total net sales",
                "Nine Months Ended July 1, 2023",
                Some(293787.0),
                m,
                None,
                false,
            ),
            (
                13,
                "Gross margin",
                "Three Months Ended July 1, 2023",
                Some(36413.0),
                m,
                None,
                false,
            ),
            (
                13,
                "Other income/(expense), net",
                "Three Months Ended July 1, 2023",
                Some(-265.0),
                m,
                None,
                false,
            ),
            (
                13,
                "Other income/(expense), net",
                "Nine Months Ended June 25, 2022",
                Some(-97.0),
                m,
                None,
                false,
            ),
            (
                13,
                "Net income",
                "Nine Months Ended July 1, 2023",
                Some(74039.0),
                m,
                Some("$"),
                false,
            ),
            // Earnings per share: not scaled.
            (
                13,
                "Basic",
                "Three Months Ended July 1, 2023",
                Some(1.27),
                Some(1),
                Some("$"),
                false,
            ),
            (
                13,
                "Diluted",
                "Nine Months Ended June 25, 2022",
                Some(4.82),
                Some(1),
                Some("$"),
                false,
            ),
            // Shares used in computing earnings per share: thousands.
            (
                13,
                "Diluted#2",
                "Three Months Ended July 1, 2023",
                Some(15775021.0),
                Some(1000),
                None,
                false,
            ),
        ],
        "apple 10-Q",
    );
}

#[test]
fn twenty_f_statements() {
    if let Some(f) = filing("documents/plymouth-rock_0001062993-21-003193_negative-20f.htm") {
        // Consolidated Statements of Loss and Comprehensive Loss, "(Expressed in
        // Canadian dollars)".
        let y = |year| match year {
            2020 => "For the year ended November 30, 2020",
            2019 => "For the year ended November 30, 2019",
            _ => "For the year ended November 30, 2018",
        };
        let cad = Some("CAD");
        check(
            &table_facts(&f, "1"),
            &[
                (116, "Sales", y(2020), Some(70931.0), Some(1), cad, false),
                (116, "Sales", y(2018), None, Some(1), cad, false),
                (
                    116,
                    "Write-off of inventories",
                    y(2019),
                    Some(-22800.0),
                    Some(1),
                    cad,
                    false,
                ),
                (
                    116,
                    "NET LOSS",
                    y(2019),
                    Some(-4366807.0),
                    Some(1),
                    cad,
                    false,
                ),
                (
                    116,
                    "TOTAL COMPREHENSIVE LOSS",
                    y(2018),
                    Some(-986901.0),
                    Some(1),
                    cad,
                    false,
                ),
                (
                    116,
                    "LOSS PER SHARE, Basic and Diluted",
                    y(2020),
                    Some(-0.08),
                    Some(1),
                    cad,
                    false,
                ),
            ],
            "plymouth-rock 20-F",
        );
    }
    if let Some(f) = filing("documents/loncor_0001062993-16-008650_negative-20f.htm") {
        let held = "Percentage of Outstanding Common Shares";
        let owned = "Number of Common Shares Owned";
        check(
            &table_facts(&f, "1"),
            &[
                (
                    76,
                    "Arnold T. Kondrat",
                    held,
                    Some(49.1),
                    Some(1),
                    None,
                    true,
                ),
                (
                    76,
                    "William R. Wilson",
                    held,
                    Some(0.002),
                    Some(1),
                    None,
                    true,
                ),
                (
                    76,
                    "Geoffrey G. Farr",
                    owned,
                    Some(105000.0),
                    None,
                    None,
                    false,
                ),
                (76, "Maurice J. Colson", owned, None, None, None, false),
                // Selected financial data "(in $000 except share data)".
                (
                    9,
                    "Net income (loss) for the year",
                    "2013",
                    Some(-27224.0),
                    Some(1000),
                    None,
                    false,
                ),
                (
                    9,
                    "Basic and diluted net income (loss) per share",
                    "2015",
                    Some(-0.03),
                    Some(1),
                    None,
                    false,
                ),
                (
                    144,
                    "Foreign exchange (gain)/loss",
                    "For the years ended December 31, 2015",
                    Some(-177310.0),
                    None,
                    None,
                    false,
                ),
            ],
            "loncor 20-F",
        );
    }
}

#[test]
fn plain_text_tables_of_a_results_release() {
    let Some(f) = filing("sixk-submissions/0000950123-10-044690.txt") else {
        return;
    };
    let m = Some(1_000_000);
    let usd = Some("USD");
    let q1 = "Three months ended March 31, 2010";
    let q1_2009 = "Three months ended March 31, 2009";
    check(
        &table_facts(&f, "2"),
        &[
            // Other expense (income): no unit stated next to the table.
            (
                1,
                "Stock-based compensation",
                q1,
                Some(33.0),
                None,
                None,
                false,
            ),
            (
                1,
                "Gain on disposal of marketable securities",
                q1,
                Some(-52.0),
                None,
                None,
                false,
            ),
            (
                1,
                "Gain on disposal of marketable securities",
                q1_2009,
                None,
                None,
                None,
                false,
            ),
            (
                1,
                "Interest income",
                q1_2009,
                Some(-12.0),
                None,
                None,
                false,
            ),
            // SELECTED QUARTERLY INFORMATION "(Unaudited, in millions of U.S. dollars,
            // except per share information)": 2009 and 2008 underlined over four quarters.
            (8, "Net sales", "2010 Q1", Some(1798.0), m, usd, false),
            (8, "Net sales", "2009 Q2", Some(4090.0), m, usd, false),
            (8, "Net sales", "2008 Q1", Some(1107.0), m, usd, false),
            (
                8,
                "Net (loss) earnings",
                "2009 Q1",
                Some(-60.0),
                m,
                usd,
                false,
            ),
            (8, "-basic", "2009 Q1", Some(-0.38), Some(1), usd, false),
            (8, "-diluted", "2010 Q1", Some(-0.04), Some(1), usd, false),
            (8, "-diluted", "2008 Q2", Some(4.0), Some(1), usd, false),
            // Business segments: three heading lines, and a row of percentages.
            (
                40,
                "Gross profit",
                "Three months ended March 31, Wholesale 2010",
                Some(217.0),
                m,
                usd,
                false,
            ),
            (
                40,
                "Gross profit (%)",
                "Three months ended March 31, Wholesale 2010",
                Some(28.0),
                Some(1),
                None,
                true,
            ),
            (
                40,
                "Gross profit (%)",
                "Three months ended March 31, Advanced Technologies 2009",
                Some(15.0),
                Some(1),
                None,
                true,
            ),
        ],
        "0000950123-10-044690",
    );
}

#[test]
fn html_results_6k_of_2009() {
    let Some(f) = filing("sixk-submissions/0000919574-09-010262.txt") else {
        return;
    };
    let k = Some(1000);
    let usd = Some("USD");
    let q08 = "For the Three Months Ended March 31, 2008";
    let q09 = "For the Three Months Ended March 31, 2009";
    check(
        &table_facts(&f, "1"),
        &[
            // "(in thousands of U.S. dollars, unless otherwise stated)"
            (
                12,
                "Sales of marine petroleum products",
                q08,
                Some(530372.0),
                k,
                usd,
                false,
            ),
            (12, "Net income", q09, Some(4397.0), k, usd, false),
            // "... per share (U.S. dollars)": stated otherwise.
            (
                12,
                "Basic and diluted earnings per share (U.S. dollars)",
                q08,
                Some(0.18),
                Some(1),
                usd,
                false,
            ),
            // "(Expressed in thousands of U.S. dollars – except for share and per share data)"
            (
                31,
                "Retained earnings",
                "March 31, 2009",
                Some(97678.0),
                k,
                usd,
                false,
            ),
            (
                32,
                "Basic earnings per common share",
                "Three Months Ended March 31, 2009",
                Some(0.10),
                Some(1),
                usd,
                false,
            ),
            (
                33,
                "Dividends paid",
                "Three Months Ended March 31, 2009",
                Some(-428.0),
                k,
                usd,
                false,
            ),
        ],
        "0000919574-09-010262",
    );
}

#[test]
fn plain_text_statement_of_changes_in_equity() {
    let Some(f) = filing("sixk-submissions/0000950127-09-000095.txt") else {
        return;
    };
    // "Share capital / $'000" over each column: thousands of dollars.
    let k = Some(1000);
    check(
        &table_facts(&f, "1"),
        &[
            (
                1,
                "Balance as at 1 December 2006",
                "Share capital",
                Some(389014.0),
                k,
                Some("$"),
                false,
            ),
            (
                1,
                "Balance as at 1 December 2006",
                "Own shares",
                Some(-16512.0),
                k,
                Some("$"),
                false,
            ),
            (
                1,
                "Balance as at 1 December 2006",
                "Retained loss",
                Some(-3378.0),
                k,
                Some("$"),
                false,
            ),
            (
                1,
                "- Dividend paid",
                "Paid in surplus",
                Some(-37707.0),
                k,
                Some("$"),
                false,
            ),
            (
                1,
                "- Dividend paid",
                "Share capital",
                None,
                k,
                Some("$"),
                false,
            ),
        ],
        "0000950127-09-000095",
    );
}

#[test]
fn cells_carry_numbers_and_tables_their_unit() {
    let Some(f) = filing("sixk-submissions/0000950123-10-044690.txt") else {
        return;
    };
    let tables = form6k::tables::document_tables(&f, "2");
    let quarterly = tables[7];
    let unit = quarterly.unit.as_ref().expect("unit");
    assert_eq!(
        (unit.scale, unit.currency.as_deref(), unit.except_per_share),
        (Some(1_000_000), Some("USD"), true)
    );
    assert_eq!(
        unit.text,
        "(Unaudited, in millions of U.S. dollars, except per share information)"
    );
    let net_sales = quarterly
        .rows
        .iter()
        .find(|r| r.cells.first().is_some_and(|c| c.text == "Net sales"))
        .unwrap();
    let first = net_sales.cells[1].number.as_ref().unwrap();
    assert_eq!(
        (first.value, first.negative, first.currency),
        (Some(1798.0), false, Some("$"))
    );
    // The JSON: `number` on cells, `unit` on tables, integers without `.0`.
    let json = serde_json::to_value(quarterly).unwrap();
    assert_eq!(json["unit"]["scale"], 1_000_000);
    let at = quarterly
        .rows
        .iter()
        .position(|r| std::ptr::eq(r, net_sales))
        .unwrap();
    let cells = &json["rows"][at]["cells"];
    assert_eq!(cells[1]["number"]["value"], 1798);
    assert_eq!(cells[1]["number"]["currency"], "$");
    assert!(cells[0].get("number").is_none());
    // CSV records: the resolved grid, one field per logical column.
    let records = form6k::tables::csv_records(quarterly);
    assert!(records.iter().all(|r| r.len() == 10));
    assert!(records.contains(
        &[
            "Net sales",
            "$1,798",
            "1,442",
            "1,844",
            "4,090",
            "1,753",
            "1,941",
            "3,113",
            "3,870",
            "1,107"
        ]
        .map(String::from)
        .to_vec()
    ));
}

/// The command-line example of `docs/markdown.md`, and `--csv`.
#[test]
fn cli_facts_as_documented() {
    let dir = PathBuf::from(CORPUS);
    if !dir.is_dir() {
        println!("skipped: ../shared/corpus is absent");
        return;
    }
    let file = dir.join("sixk-submissions/0000950123-10-044690.txt");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_form6k"))
            .args(args)
            .arg(&file)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/markdown.md")).unwrap();
    let shown = doc
        .lines()
        .skip_while(|l| !l.starts_with("$ form6k tables"))
        .nth(1)
        .unwrap();
    let facts = run(&["tables", "--facts", "--document", "2"]);
    assert_eq!(facts.lines().next(), Some(shown));
    assert_eq!(
        facts.lines().count(),
        table_facts(
            &filing("sixk-submissions/0000950123-10-044690.txt").unwrap(),
            "2"
        )
        .len()
    );
    let csv = run(&["tables", "--csv", "--document", "2"]);
    assert!(
        csv.contains("\n2,8,Net sales,\"$1,798\",\"1,442\",\"1,844\","),
        "{}",
        &csv[..400]
    );
    let md = run(&["markdown", "--document", "2"]);
    assert!(md.starts_with("## EXHIBIT 99.1\n"));
    let all = run(&["markdown", "--all"]);
    assert_eq!(all.matches("<!-- document ").count(), 4);
}
