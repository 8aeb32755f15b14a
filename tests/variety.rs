//! The 6-K report read from cover fixtures modelled on real filers' layouts
//! (`tests/fixtures/covers/variety/`, described in the README there): every value
//! a careful reader sees, exactly, and the diagnostics where something cannot be read.

mod common;

use common::report::val;
use form6k::{Field, Filing, Report};

const DIR: &str = "tests/fixtures/covers/variety/";

/// (year, month, day).
type Ymd = (u32, u32, Option<u32>);
/// (registrant, date, by, name, title).
type Sig = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// What a careful reader sees on one cover.
struct Want {
    file: &'static str,
    form: &'static str,
    period: Option<Ymd>,
    file_numbers: &'static [&'static str],
    names: &'static [(&'static str, Option<&'static str>)],
    addresses: &'static [&'static str],
    annual: Option<&'static str>,
    rule101b1: Option<bool>,
    rule101b7: Option<bool>,
    rule12g32b: Option<bool>,
    number82: Option<&'static str>,
    exhibits: &'static [(&'static str, &'static str)],
    signatures: &'static [Sig],
    codes: &'static [&'static str],
}

fn parse(name: &str) -> (Vec<u8>, Filing) {
    let path = format!("{DIR}{name}");
    let input = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let filing = form6k::parse(&input);
    (input, filing)
}

fn check(w: &Want) {
    let (input, filing) = parse(w.file);
    let codes: Vec<&str> = filing.diagnostics.iter().map(|d| d.code).collect();
    let ctx = format!("{}: {codes:?}", w.file);
    let r: &Report = filing
        .report
        .as_ref()
        .unwrap_or_else(|| panic!("no report: {ctx}"));
    assert_eq!(r.form_type.value, w.form, "{ctx}");
    let period = r
        .period_of_report
        .as_ref()
        .map(|p| (p.value.year, p.value.month, p.value.day));
    assert_eq!(period, w.period, "period {ctx}");
    let numbers: Vec<&str> = r
        .commission_file_numbers
        .iter()
        .map(|f| f.value.as_str())
        .collect();
    assert_eq!(numbers, w.file_numbers, "file numbers {ctx}");
    let names: Vec<(&str, Option<&str>)> = r
        .registrants
        .iter()
        .map(|x| {
            (
                x.name.value.as_str(),
                x.english_name.as_ref().map(|e| e.value.as_str()),
            )
        })
        .collect();
    assert_eq!(names, w.names, "registrants {ctx}");
    let addresses: Vec<&str> = r.addresses.iter().map(|f| f.value.as_str()).collect();
    assert_eq!(addresses, w.addresses, "addresses {ctx}");
    assert_eq!(
        val(&r.annual_report_form).as_deref(),
        w.annual,
        "annual {ctx}"
    );
    assert_eq!(
        val(&r.paper_submission_rule101b1),
        w.rule101b1,
        "101(b)(1) {ctx}"
    );
    assert_eq!(
        val(&r.paper_submission_rule101b7),
        w.rule101b7,
        "101(b)(7) {ctx}"
    );
    assert_eq!(val(&r.rule12g32b), w.rule12g32b, "12g3-2(b) {ctx}");
    assert_eq!(
        val(&r.rule12g32b_file_number).as_deref(),
        w.number82,
        "82- {ctx}"
    );
    let exhibits: Vec<(&str, &str)> = r
        .exhibits
        .iter()
        .map(|e| {
            let d = e.description.as_ref().map_or("", |d| d.value.as_str());
            (e.number.value.as_str(), d)
        })
        .collect();
    assert_eq!(exhibits, w.exhibits, "exhibits {ctx}");
    let sigs = common::report::sigs(r);
    let want_sigs: Vec<(String, String, String, String, String)> = w
        .signatures
        .iter()
        .map(|&(a, b, c, d, e)| (a.into(), b.into(), c.into(), d.into(), e.into()))
        .collect();
    assert_eq!(sigs, want_sigs, "signatures {ctx}");
    assert_eq!(codes, w.codes, "diagnostics {}", w.file);

    // Values read from one place point at it in the input.
    let text = String::from_utf8_lossy(&input);
    // A value may run across HTML runs (`001-</span><span>34211`): compare without tags.
    let slice = |f: &Field<String>| untag(text.get(f.span.start..f.span.end).unwrap_or(""));
    for f in &r.commission_file_numbers {
        assert_eq!(slice(f), f.value, "{ctx}");
    }
    for e in &r.exhibits {
        assert_eq!(slice(&e.number), e.number.value, "{ctx}");
    }
    if let Some(f) = &r.rule12g32b_file_number {
        let digits: String = slice(f).chars().filter(char::is_ascii_digit).collect();
        let want: String = f.value.chars().filter(char::is_ascii_digit).collect();
        assert_eq!(digits, want, "{ctx}");
    }
}

fn untag(s: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

const CO_JP: &str = "ASAHIMORI ELECTRONICS CO., LTD.";
const FORMOSA: &str = "Formosa Lumen Semiconductor Manufacturing Company Ltd.";
const KVSM: &str = "KONINKLIJKE VEREENIGDE SCHEEPVAART MAATSCHAPPIJ N.V.";
const COPAGUAS: &str = "COMPANHIA DE SANEAMENTO DAS ÁGUAS DO ESTADO DE MINAS GERAIS – COPAGUAS";
const MITSUKOSHI: &str = "MITSUKOSHI TRUST AND BANKING COMPANY, LIMITED";
const CGE: &str = "COMPAGNIE GÉNÉRALE DES EAUX ET DE L’ÉNERGIE";

const WANTS: &[Want] = &[
    Want {
        file: "jp-donnelley-wingdings.htm",
        form: "6-K",
        period: Some((2007, 11, None)),
        file_numbers: &["001-14522"],
        names: &[(CO_JP, None)],
        addresses: &["1-7-1 Konan, Minato-ku, Tokyo 108-0075, Japan"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[
            ("99.1", "Press release dated November 12, 2007 regarding consolidated financial results for the six months ended September 30, 2007"),
            ("99.2", "Notice concerning interim dividends"),
        ],
        signatures: &[(CO_JP, "2007-11-16", "/s/ Kenji Watanabe", "Kenji Watanabe", "General Manager, Investor Relations Office")],
        codes: &[],
    },
    Want {
        file: "kr-workiva-spans.htm",
        form: "6-K",
        period: Some((2024, 3, None)),
        file_numbers: &["001-34211"],
        names: &[("Hanbit Financial Group Inc.", None)],
        addresses: &["120, Namdaemun-ro, Jung-gu, Seoul 04533, Korea"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: None,
        number82: None,
        exhibits: &[],
        signatures: &[("Hanbit Financial Group Inc.", "2024-03-28", "/s/ Min-jun Park", "Min-jun Park", "Senior Managing Director")],
        codes: &[],
    },
    Want {
        file: "tw-two-column-table.htm",
        form: "6-K",
        period: Some((2005, 8, None)),
        file_numbers: &["001-15731"],
        names: &[(FORMOSA, None)],
        addresses: &["No. 8, Li-Hsin Road 6, Hsinchu Science Park, Taiwan"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[(FORMOSA, "2005-08-10", "/s/ Lora Ho", "Lora Ho", "Senior Vice President & Chief Financial Officer")],
        codes: &[],
    },
    Want {
        file: "nl-1998-plain-page.txt",
        form: "6-K",
        period: Some((1998, 6, None)),
        file_numbers: &[],
        names: &[(KVSM, Some("ROYAL UNITED SHIPPING COMPANY"))],
        addresses: &["Boompjes 40, 3011 XB Rotterdam, The Netherlands"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: Some(true),
        number82: Some("82-3945"),
        exhibits: &[],
        signatures: &[(KVSM, "1998-06-30", "/s/ J.H. van der Berg", "J.H. van der Berg", "Member of the Board of Management")],
        codes: &[],
    },
    Want {
        file: "br-exact-translation.htm",
        form: "6-K",
        period: Some((2012, 4, None)),
        file_numbers: &["001-15030"],
        names: &[(COPAGUAS, Some("Water Sanitation Company of the State of Minas Gerais – COPAGUAS"))],
        addresses: &["Rua Mar de Espanha, 525, Belo Horizonte, Minas Gerais, 30330-900, Federative Republic of Brazil"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[("Companhia de Saneamento das Águas do Estado de Minas Gerais – COPAGUAS", "2012-04-27", "/s/ Ricardo Augusto Lima", "Ricardo Augusto Lima", "Chief Financial and Investor Relations Officer")],
        codes: &[],
    },
    Want {
        file: "nl-uk-joint-registrants.htm",
        form: "6-K",
        period: Some((2010, 5, None)),
        file_numbers: &["1-4546", "1-4547"],
        names: &[("HOLLANDIA FOODS N.V.", None), ("HOLLANDIA FOODS PLC", None)],
        addresses: &[
            "WEENA 455, 3013 AL, P.O. BOX 760, 3000 DK, ROTTERDAM, THE NETHERLANDS",
            "HOLLANDIA HOUSE, 100 VICTORIA EMBANKMENT, LONDON, EC4Y 0DY, UNITED KINGDOM",
        ],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[
            ("HOLLANDIA FOODS N.V.", "2010-05-21", "/s/ M. Verhoeven", "M. Verhoeven", "Joint Secretary"),
            ("HOLLANDIA FOODS PLC", "2010-05-21", "/s/ M. Verhoeven", "M. Verhoeven", "Joint Secretary"),
        ],
        codes: &[],
    },
    Want {
        file: "uk-fileno-table.htm",
        form: "6-K",
        period: Some((2023, 2, None)),
        file_numbers: &["1-32575"],
        names: &[("Nordsea Energy plc", None)],
        addresses: &["Nordsea Centre, London, SE1 7NA, United Kingdom"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: None,
        number82: None,
        exhibits: &[
            ("99.1", "Press release dated 2 February 2023 – Fourth quarter and full year 2022 results"),
            ("99.2", "Press release dated 2 February 2023 – Announcement of share buyback programme"),
        ],
        signatures: &[("Nordsea Energy plc", "2023-02-02", "/s/ Claire Hughes", "Claire Hughes", "Deputy Company Secretary")],
        codes: &[],
    },
    Want {
        file: "ca-40f-toppan.htm",
        form: "6-K",
        period: Some((2021, 2, None)),
        file_numbers: &["001-38612"],
        names: &[("MAPLE NORTH RESOURCES LTD.", None)],
        addresses: &["Suite 2000, 885 West Georgia Street, Vancouver, British Columbia V6C 3E8, Canada"],
        annual: Some("40-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: None,
        number82: None,
        exhibits: &[
            ("99.1", "News Release dated February 18, 2021 – Maple North Reports Fourth Quarter and Year-End 2020 Results"),
            ("99.2", "Management’s Discussion and Analysis for the year ended December 31, 2020"),
            ("99.3", "Audited Consolidated Financial Statements for the year ended December 31, 2020"),
        ],
        signatures: &[("MAPLE NORTH RESOURCES LTD.", "2021-02-18", "/s/ Daniel Tremblay", "Daniel Tremblay", "Chief Financial Officer")],
        codes: &[],
    },
    Want {
        file: "cn-adr-rendering.txt",
        form: "6-K",
        period: Some((2022, 11, Some(14))),
        file_numbers: &["001-38357"],
        names: &[("Jade River Education Holdings Ltd.", None)],
        addresses: &["Building 7, No. 18 Zhongguancun East Road, Haidian District, Beijing 100083, People’s Republic of China"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: None,
        number82: None,
        exhibits: &[
            ("99.1", "Press Release — Jade River Education Announces Unaudited Financial Results for the Third Quarter of 2022"),
            ("99.2", "Press Release — Jade River Education Announces Share Repurchase Program"),
        ],
        signatures: &[("Jade River Education Holdings Ltd.", "2022-11-14", "/s/ Wei Chen", "Wei Chen", "Chief Financial Officer")],
        codes: &[],
    },
    Want {
        file: "in-rendering-phone-line.txt",
        form: "6-K",
        period: Some((2017, 7, None)),
        file_numbers: &["001-15216"],
        names: &[("SAHYADRI BANK LIMITED", None)],
        addresses: &["Sahyadri Bank House, Senapati Bapat Marg, Lower Parel (West), Mumbai 400 013, India"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[("99.1", "Communication to stock exchanges on results of the Annual General Meeting held on July 19, 2017")],
        signatures: &[("Sahyadri Bank Limited", "2017-07-21", "/s/ Anil Deshpande", "Anil Deshpande", "Company Secretary")],
        codes: &[],
    },
    Want {
        file: "kr-fileno-after-address.txt",
        form: "6-K",
        period: Some((2009, 2, None)),
        file_numbers: &["1-13368"],
        names: &[("DAEHAN STEEL CORPORATION", None)],
        addresses: &["892 Daechi-dong, Kangnam-ku, Seoul, Korea 135-777"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[("DAEHAN STEEL CORPORATION", "2009-02-27", "/s/ Sung-Ho Lee", "Sung-Ho Lee", "Senior Vice President")],
        codes: &[],
    },
    Want {
        file: "de-two-signers-stacked.htm",
        form: "6-K",
        period: Some((2020, 11, None)),
        file_numbers: &["1-15174"],
        names: &[("RHEINWERK AKTIENGESELLSCHAFT", None)],
        addresses: &["Werner-Rhein-Strasse 1, D-80333 Munich, Federal Republic of Germany"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: None,
        number82: None,
        exhibits: &[],
        signatures: &[
            ("RHEINWERK AKTIENGESELLSCHAFT", "2020-11-12", "/s/ Dr. Katrin Vogel", "Dr. Katrin Vogel", "Head of Financial Reporting and Controlling"),
            ("RHEINWERK AKTIENGESELLSCHAFT", "2020-11-12", "/s/ Dr. Stefan Brandt", "Dr. Stefan Brandt", "General Counsel"),
        ],
        codes: &[],
    },
    Want {
        file: "ch-6ka-amendment-line.htm",
        form: "6-K/A",
        period: Some((2024, 1, None)),
        file_numbers: &["001-15024"],
        names: &[("Helvetia Pharma AG", None)],
        addresses: &["Lichtstrasse 35, 4056 Basel, Switzerland"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: None,
        number82: None,
        exhibits: &[],
        signatures: &[("Helvetia Pharma AG", "2024-02-02", "/s/ Martina Keller", "Martina Keller", "Head Group Financial Reporting and Accounting")],
        codes: &[],
    },
    Want {
        file: "jp-plain-two-line-name.txt",
        form: "6-K",
        period: Some((2004, 5, None)),
        file_numbers: &["1-10798"],
        names: &[(MITSUKOSHI, None)],
        addresses: &["4-5, Marunouchi 1-chome, Chiyoda-ku, Tokyo 100-8233, Japan"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[
            ("99.1", "Press release dated May 14, 2004 regarding financial results for the fiscal year ended March 31, 2004"),
            ("99.2", "Press release dated May 14, 2004 regarding the year-end dividend"),
        ],
        signatures: &[(MITSUKOSHI, "2004-05-14", "/s/ Hiroshi Tanaka", "Hiroshi Tanaka", "Managing Director")],
        codes: &[],
    },
    Want {
        file: "au-rendering-marks-before.txt",
        form: "6-K",
        period: Some((2016, 8, None)),
        file_numbers: &["001-09526"],
        names: &[("SOUTHERN CROSS MINERALS LIMITED", None)],
        addresses: &["171 COLLINS STREET, MELBOURNE, VICTORIA 3000 AUSTRALIA"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[("Southern Cross Minerals Limited", "2016-08-23", "/s/ Rachel Agnew", "Rachel Agnew", "Group Company Secretary")],
        codes: &[],
    },
    Want {
        file: "fr-html-name-in-one-paragraph.htm",
        form: "6-K",
        period: Some((2016, 3, None)),
        file_numbers: &["001-10888"],
        names: &[(CGE, None)],
        addresses: &["2, place Jean Millier, La Défense 6, 92400 Courbevoie, France"],
        annual: Some("20-F"),
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[(CGE, "2016-03-24", "/s/ Pierre-Antoine Mercier", "Pierre-Antoine Mercier", "Chief Financial Officer")],
        codes: &[],
    },
    Want {
        file: "no-visible-marks.txt",
        form: "6-K",
        period: Some((2012, 10, None)),
        file_numbers: &["001-33042"],
        names: &[("Andes Copper Mining Company", None)],
        addresses: &["Avenida Apoquindo 3721, Piso 9, Las Condes, Santiago, Chile"],
        annual: None,
        // Asked with no box to mark: not marked (the answer keys' reading).
        rule101b1: Some(false),
        rule101b7: Some(false),
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[],
        codes: &[
            "annual-report-form-unmarked",
            "question-box-missing",
            "question-box-missing",
            "question-box-missing",
        ],
    },
    Want {
        file: "period-unreadable.txt",
        form: "6-K",
        period: None,
        file_numbers: &["333-107214"],
        names: &[("PACIFICA TELECOM S.A.", None)],
        addresses: &["Avenida Providencia 111, Piso 14, Providencia, Santiago, Chile"],
        annual: Some("20-F"),
        rule101b1: None,
        rule101b7: None,
        rule12g32b: Some(false),
        number82: None,
        exhibits: &[],
        signatures: &[("PACIFICA TELECOM S.A.", "2004-03-03", "/s/ Rodrigo Fuentes", "Rodrigo Fuentes", "Chief Financial Officer")],
        codes: &["period-unreadable"],
    },
];

#[test]
fn every_variety_cover_reads_as_an_analyst_reads_it() {
    let mut failed = Vec::new();
    for w in WANTS {
        if let Err(e) = std::panic::catch_unwind(|| check(w)) {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failed.push(format!("{}: {msg}", w.file));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed:\n{}",
        failed.len(),
        WANTS.len(),
        failed.join("\n")
    );
}

#[test]
fn press_releases_that_mention_the_form_are_not_reports() {
    for name in [
        "negative-press-release-prose.txt",
        "negative-press-release.htm",
    ] {
        let (_, filing) = parse(name);
        assert!(filing.report.is_none(), "{name}: {:?}", filing.report);
    }
}

#[test]
fn every_fixture_is_listed_and_tested() {
    let readme = std::fs::read_to_string(format!("{DIR}README.md")).unwrap_or_default();
    let mut files: Vec<String> = std::fs::read_dir(DIR)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n != "README.md")
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    assert_eq!(files.len(), 20);
    for f in &files {
        assert!(readme.contains(&format!("`{f}`")), "{f} not in README");
        let tested = WANTS.iter().any(|w| w.file == f) || f.starts_with("negative-");
        assert!(tested, "{f} has no expected values");
    }
}
