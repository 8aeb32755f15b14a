//! The seed (Hanaro Telecom's plain-text 6-K for April 2003): the whole report,
//! and every span in it pointing at the text its value was read from.

use form6k::Report;
use serde_json::Value;

const SEED: &str = "tests/fixtures/seed/hanaro-2003-04.txt";

fn seed() -> (String, Report) {
    let text = std::fs::read_to_string(SEED).unwrap_or_else(|e| panic!("{SEED}: {e}"));
    let filing = form6k::parse(text.as_bytes());
    let report = filing
        .report
        .unwrap_or_else(|| panic!("the seed has no report"));
    (text, report)
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn alnum(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn seed_report_values() {
    let (_, r) = seed();
    assert_eq!(r.form_type.value, "6-K");
    let p = r.period_of_report.as_ref().map(|p| p.value);
    assert_eq!(p.map(|p| (p.year, p.month, p.day)), Some((2003, 4, None)));
    assert!(r.commission_file_numbers.is_empty());
    assert_eq!(r.registrants.len(), 1);
    assert_eq!(r.registrants[0].name.value, "HANARO TELECOM, INC.");
    assert_eq!(r.registrants[0].english_name, None);
    let addresses: Vec<&str> = r.addresses.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(
        addresses,
        ["Kukje Electronics Center Bldg., 24th Floor, Seocho-dong 1445-3, Seocho-ku, Seoul, Korea 137-728"]
    );
    assert_eq!(
        r.annual_report_form.as_ref().map(|f| f.value.as_str()),
        Some("20-F")
    );
    assert_eq!(r.paper_submission_rule101b1, None);
    assert_eq!(r.paper_submission_rule101b7, None);
    assert_eq!(r.rule12g32b.as_ref().map(|f| f.value), Some(false));
    assert_eq!(r.rule12g32b_file_number, None);
    assert_eq!(r.exhibits.len(), 1);
    let e = &r.exhibits[0];
    assert_eq!(e.number.value, "99.1");
    assert_eq!(
        e.description.as_ref().map(|d| d.value.as_str()),
        Some(
            "the Company's annual report for the fiscal year ended December 31, 2002, \
             filed with Korea Securities Dealers Association Automated Quotation Market \
             (\"KOSDAQ\") and the Financial Supervisory Commission of Korea on March 31, 2003."
        )
    );
    assert_eq!(r.signatures.len(), 1);
    let s = &r.signatures[0];
    let v = |f: &Option<form6k::Field<String>>| f.as_ref().map(|f| f.value.clone());
    assert_eq!(v(&s.registrant).as_deref(), Some("HANARO TELECOM, INC."));
    assert_eq!(v(&s.date).as_deref(), Some("2003-04-08"));
    assert_eq!(v(&s.by).as_deref(), Some("/s/ Kyu June Hwang"));
    assert_eq!(v(&s.name).as_deref(), Some("Kyu June Hwang"));
    assert_eq!(v(&s.title).as_deref(), Some("Managing Director"));
}

/// Every `{value, span}` Field anywhere in the JSON of the report: (path, value, span).
fn fields(v: &Value, path: &str, out: &mut Vec<(String, Value, (usize, usize))>) {
    match v {
        Value::Object(o) => {
            if let (Some(value), Some(span)) = (o.get("value"), o.get("span")) {
                let at = |k: &str| span[k].as_u64().unwrap_or(u64::MAX) as usize;
                out.push((path.to_string(), value.clone(), (at("start"), at("end"))));
                return;
            }
            for (k, x) in o {
                fields(x, &format!("{path}.{k}"), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                fields(x, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[test]
fn every_span_slices_the_seed_to_its_value() {
    let (text, r) = seed();
    let json = serde_json::to_value(&r).unwrap_or(Value::Null);
    let mut all = Vec::new();
    fields(&json, "report", &mut all);
    // `items` (tests/topics.rs): the seed furnishes only an exhibit list, so its one item
    // has no headline and no date (no Field); its topic is read from the exhibit's
    // description, "the Company's annual report for the fiscal year ended ...".
    assert_eq!(json["items"].as_array().map(Vec::len), Some(1));
    assert_eq!(json["items"][0]["headline"], Value::Null);
    assert_eq!(json["items"][0]["topics"][0]["topic"], "annual-report");
    // 1 form type, period, registrant, address, annual form, 12g3-2(b), exhibit
    // number and description, signature registrant/date/by/name/title.
    assert_eq!(all.len(), 13, "{all:?}");
    for (path, value, (s, e)) in all {
        let src = text
            .get(s..e)
            .unwrap_or_else(|| panic!("{path}: span {s}..{e}"));
        let src = squeeze(src);
        assert!(!src.is_empty(), "{path}");
        match &value {
            Value::String(v) if path.ends_with(".date") => {
                // `2003-04-08` read from `April 8, 2003`.
                let (y, m, d) = (&v[..4], &v[5..7], &v[8..]);
                let month = MONTHS[m.parse::<usize>().unwrap_or(1) - 1];
                let d = d.trim_start_matches('0');
                assert_eq!(src, format!("{month} {d}, {y}"), "{path}");
            }
            Value::String(v) if path.starts_with("report.addresses") => {
                // Lines joined with ", " from lines printed one under another.
                assert_eq!(alnum(&src), alnum(v), "{path}: {src:?}");
            }
            Value::String(v) => {
                let v = squeeze(v);
                assert!(src == v || src.contains(&v), "{path}: {src:?} vs {v:?}");
                // Labels are read with their context (`FORM 6-K`, `20-F   X`).
                if !path.ends_with("annualReportForm") && !path.ends_with("formType") {
                    assert_eq!(src, v, "{path}");
                }
            }
            Value::Object(p) => {
                let month = MONTHS[p["month"].as_u64().unwrap_or(1) as usize - 1];
                assert_eq!(src, format!("{month} {}", p["year"]), "{path}");
            }
            Value::Bool(b) => {
                // The marked answer: `No  X` for false.
                let label = if *b { "Yes" } else { "No" };
                assert!(
                    src.starts_with(label) && src.ends_with('X'),
                    "{path}: {src:?}"
                );
            }
            other => panic!("{path}: unexpected value {other:?}"),
        }
    }
}
