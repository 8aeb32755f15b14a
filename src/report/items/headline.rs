//! The headline of an item and its dateline date.
//!
//! ```text
//! FOR IMMEDIATE RELEASE                                   <- furniture, skipped
//! Contact: Joseph Tung, CFO  Tel: +886-2-8780-5489         <- contact line, skipped
//! ADVANCED SEMICONDUCTOR ENGINEERING, INC.                 <- the company's name ...
//! ANNOUNCES MONTHLY NET REVENUES                           <- ... kept before a verb
//! TAIPEI, TAIWAN, R.O.C., JANUARY 7, 2009 – ADVANCED ...   <- the dateline ends the search
//! ```
//!
//! The headline is the first line that is not furniture (release labels, exhibit
//! numbers, dates, names, addresses, contacts, tickers, signature lines, the cover's
//! own sentences), with the lines that continue it: a next line starting in lower
//! case, or a line ending in a word such as "to" or "of". A body paragraph before any
//! such line means there is no headline (unless a letter's salutation came first: the
//! notice after the letter is the title then).

use super::units::{paragraph_text, Line};
use crate::report::dates;
use crate::span::Field;

/// What a line of the item's head is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Release labels, numbers, contact and signature lines.
    Furniture,
    /// A date alone or with its place ("London, 29 April 2010").
    Date,
    /// The company's name alone.
    Name,
    /// "To the Shareholders of", "Dear Shareholder".
    Salutation,
    /// A sentence or more of running text.
    Paragraph,
    /// One or two words: a title only with the line after it ("CONSOLIDATED").
    Fragment,
    Title,
}

/// Words a headline line may end in when the next line continues it.
const CONNECTORS: &str = "to|of|for|and|the|a|an|in|on|with|by|at|from|through|as|&|-|–|—|,|its|into|over|under|after|up|ended|between|among|re|regarding|concerning|against|versus|vs|via|including|upon|within|during|amid|toward|towards|their|our|his|her";

/// First words that make a headline of the company's name before them.
const VERBS: &str = "announces|reports|declares|provides|completes|receives|signs|appoints|enters|files|agrees|acquires|confirms|launches|expands|to|takes|awarded|wins|closes|extends|issues|updates|names|secures|sells|prices|posts|achieves|commences|obtains|releases|publishes|holds|approves|elects|reaches|establishes|increases|raises|buys|sells|purchases";

const COMPANY_SUFFIXES: &str = "inc|incorporated|ltd|limited|corp|corporation|plc|sa|s a|nv|n v|ag|co|company|llc|lp|se|spa|s p a|bv|ab|asa|oyj|kk|tbk|berhad|bhd|a s|oy|publ|ab publ|gmbh|kgaa|ltda|sab de cv|s a b de c v|sae|saa|s a a|s a e|sgps|pcl";

/// Labels that are furniture when they make up the whole line (folded).
const FURNITURE: &str = "press release|news release|for immediate release|immediate release|for release|media release|release|news|announcement|table of contents|contents|end|ends|signature|signatures|not applicable|n a|yes|no|contact|contacts|media contact|media contacts|investor contact|investor contacts|for further information|for more information|investor relations|media relations|presseinformation|pressemitteilung|press information|communique de presse|comunicado de prensa|investor and media relations|investor media relations|investors and media|media and investors|press contact|press contacts|press office|corporate communications|source|notes to editors|note to editors|for publication|stock exchange announcement|regulatory announcement|registrant|exhibit|exhibits|attachment|enclosure|ad hoc announcement|corporate news|for immediate distribution|translation|free translation|english translation|execution copy|execution version|conformed copy|draft";

const STREET_WORDS: &str = "street|st|avenue|ave|road|rd|parkway|square|floor|suite|building|bldg|drive|boulevard|blvd|box|tower|plaza|lane|way|av|avenida|avda|rue|calle|viale|piazza|strasse|straße|str|laan|plein|platz|vej|gade|gatan|katu|rua|piso|andar|allee|quai";

/// Whether `word` is one of the `|`-separated `list`.
fn one_of(list: &str, word: &str) -> bool {
    list.split('|').any(|w| w == word)
}

/// Whether `text` contains one of the `|`-separated `list`.
fn contains_one_of(list: &str, text: &str) -> bool {
    list.split('|').any(|w| text.contains(w))
}

/// Line starts that make furniture of any line: exhibit labels and list entries, the
/// signature's sentence, the footers of financial statements.
const ALWAYS_PREFIXES: &str =
    "exhibit|ex-|ex.|pursuant to|see accompanying notes|the accompanying notes|see notes to";

/// Line starts that make furniture of a short line: signature lines, labels, contacts.
const SHORT_PREFIXES: &str = "date:|dated:|by:|by |name:|title:|/s/|schedule |item |\
page |contact|for further|for more information|tel:|tel.|tel |fax|phone:|phone |e-mail|email|web:|web |website|form |source:|\
media:|investors:|analysts:|appendix|annex|attachment|82-|commission file|(|yes |attention|\
incorporation by reference|explanatory note";

/// Words that make furniture of a line wherever they are: the 6-K speaking of itself.
const CONTAINED: &str = "6-k|/s/|duly caused|quicklinks|click here|rapidly navigate|release via|newswire|business wire|marketwire";

/// Contact details.
const CONTACT: &str = "@|www.|http|telephone|facsimile|tel:";

/// Whether `text` starts with one of the `|`-separated `list`.
fn starts_one_of(list: &str, text: &str) -> bool {
    list.split('|').any(|w| text.starts_with(w))
}

/// A line ending in a comma, dash or ampersand goes on in the next.
fn ends_in_joint(text: &str) -> bool {
    matches!(text.chars().last(), Some(',' | '-' | '–' | '—' | '&'))
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Whether a folded line is a company name alone.
fn is_name(folded: &str, names: &[String]) -> bool {
    one_name(folded, names)
}

/// The parties of a release or agreement: names joined by "and", each perhaps with its
/// defined term in brackets ("Alliance & Leicester plc (“A&L”) and Santander UK plc
/// (“Santander UK”)").
fn parties(text: &str, names: &[String]) -> bool {
    let parts: Vec<&str> = text.split(" and ").collect();
    (2..=4).contains(&parts.len())
        && parts
            .iter()
            .all(|p| one_name(&crate::report::cover::fold(&without_brackets(p)), names))
}

/// `text` without its bracketed parts, folded white space.
fn without_brackets(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0u32;
    for c in text.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn one_name(folded: &str, names: &[String]) -> bool {
    if folded.is_empty() {
        return false;
    }
    if names
        .iter()
        .any(|n| !n.is_empty() && (folded == n || n.starts_with(folded) && folded.len() > 8))
    {
        return true;
    }
    let n = words(folded).count();
    n <= 7
        && COMPANY_SUFFIXES.split('|').any(|s| {
            folded
                .strip_suffix(s)
                .is_some_and(|head| head.ends_with(' '))
        })
        && !words(folded).any(|w| one_of(VERBS, w) || one_of(TITLE_PREPOSITIONS, w))
}

/// Words that make a line ending in a company suffix a title about the company
/// ("Management Changes at Santander UK plc"), not a name ("Bank of Ireland plc").
const TITLE_PREPOSITIONS: &str =
    "at|to|for|on|with|from|by|in|into|over|against|versus|vs|concerning|regarding";

fn digits(text: &str) -> usize {
    text.bytes().filter(u8::is_ascii_digit).count()
}

fn letters(text: &str) -> usize {
    text.chars().filter(|c| c.is_alphabetic()).count()
}

/// A whole sentence or more.
fn is_paragraph(text: &str) -> bool {
    let n = words(text).count();
    if text.len() > 240 {
        return true;
    }
    let t = text.trim_end_matches(['"', '”', '’', ')']);
    if n >= 14 && t.ends_with('.') {
        let last = t.rsplit(' ').next().unwrap_or("").trim_end_matches('.');
        // "... Bunkering N.V." ends in an abbreviation, not a sentence.
        let abbreviation =
            last.contains('.') || one_of("inc|ltd|corp|co|jr|sr|no|bhd|llc", &super::lower(last));
        return !abbreviation;
    }
    // A dateline opens running text: "PIRAEUS, Greece, November 11, 2009 – Aegean ...".
    n >= 8 && dateline_at(text).is_some()
}

/// A date alone, with a place ("London, 29 April 2010"), or after a label.
fn date_line(text: &str) -> Option<(usize, usize)> {
    if text.len() > 90 {
        return None;
    }
    let (_, s, e) = dates::find_date(text)?;
    let (before, after) = (&text[..s], &text[e..]);
    let other = word_count(before) + word_count(after);
    let label = if before.trim().is_empty() {
        after
    } else {
        before
    };
    let lower = super::lower(label.trim_start_matches([' ', '-', '–', '—']));
    let labelled = starts_one_of(RELEASE_LABELS, &lower)
        || lower.starts_with("date")
        || lower.starts_with("as of");
    let comma = before.contains(',') || after.contains(',');
    // A dateline with a legend: "June 23, 2009—ALL AMOUNTS ARE STATED IN U.S.$".
    let dashed = before.trim().is_empty() && after.trim_start().starts_with(['—', '–', '-']);
    // "Amsterdam 9 June 2010", "London, 29 April 2010", "Athens, Greece, May 3, 2010".
    let ok = other <= 1 || (other <= 5 && comma) || (labelled && other <= 8) || dashed;
    ok.then_some((s, e))
}

/// The date of a dateline at the head of `text`, followed by a dash: (start, end).
fn dateline_at(text: &str) -> Option<(usize, usize)> {
    let mut head_end = text.len().min(120);
    while !text.is_char_boundary(head_end) {
        head_end -= 1;
    }
    let (_, s, e) = dates::find_date(&text[..head_end])?;
    let after = text[e..].trim_start_matches([' ', ')', '/']);
    let dash = ["–", "—", "-", "/"].iter().any(|d| after.starts_with(d));
    (dash && s < 80).then_some((s, e))
}

/// The heading of a financial statement or of its notes ("Consolidated Balance Sheets",
/// "Basis of Presentation"): a section of the statements, not the document's title
/// ("Interim Consolidated Financial Statements for the ..." is one).
fn statement_heading(folded: &str) -> bool {
    const HEADS: &str = "consolidated balance sheet|consolidated balance sheets|balance sheet|balance sheets|consolidated statement of|consolidated statements of|statement of|statements of|notes to|basis of presentation|significant accounting policies";
    let folded = folded.strip_prefix("unaudited ").unwrap_or(folded);
    words(folded).count() <= 10
        && HEADS.split('|').any(|h| {
            folded
                .strip_prefix(h)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        })
        && !words(folded).any(|w| one_of(VERBS, w))
}

/// Words of a line that names only a period ("THIRD QUARTER 2009"): a kicker over the
/// headline, not the headline.
fn period_only(folded: &str) -> bool {
    const PERIOD: &str =
        "first|second|third|fourth|quarter|half|year|full|fiscal|q1|q2|q3|q4|annual|interim|fy";
    words(folded).all(|w| one_of(PERIOD, w) || w.bytes().all(|b| b.is_ascii_digit()))
}

fn all_caps(text: &str) -> bool {
    let mut upper = false;
    for c in text.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}

/// Telephone numbers (and page numbers, codes), e-mail addresses.
fn contact_detail(text: &str) -> bool {
    (digits(text) >= 7 && digits(text) * 2 >= letters(text)) || text.contains('@')
}

/// Runs of letters and digits in `text`.
fn word_count(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for c in text.chars() {
        let w = c.is_alphanumeric();
        n += usize::from(w && !in_word);
        in_word = w;
    }
    n
}

/// Release labels that may carry the release date ("FOR RELEASE NOVEMBER 12, 2009").
const RELEASE_LABELS: &str = "not for publication|not for release|for immediate release|for release|immediate release|not for distribution|for publication|press release|news release|media release|press information|media information|embargo";

/// Labels in two languages or two labels on one line: "Presseinformation / Press
/// Information", "Media Release | Communiqué".
fn furniture_parts(text: &str) -> bool {
    let parts: Vec<String> = text
        .split(['/', '|'])
        .map(crate::report::cover::fold)
        .collect();
    parts.len() >= 2 && parts.iter().all(|p| one_of(FURNITURE, p))
}

/// A contact's name with a title of address ("Dr. Tobias Wendler"), a role in investor
/// or press relations ("Despina Livanou Head of Investor Relations"), a code line ("Scrip
/// Code: 532918 / Symbol: VANTARA"), or the caption of a figures table ("Key figures
/// (EUR million)", "Highlights – US$ million").
fn person_or_role(text: &str, folded: &str, lower: &str) -> bool {
    let n = words(folded).count();
    let verb = words(folded).any(|w| one_of(VERBS, w));
    let titled = [
        "dr. ", "mr. ", "mrs. ", "ms. ", "prof. ", "dr ", "mr ", "mrs ", "ms ",
    ]
    .iter()
    .any(|t| lower.starts_with(t))
        && n <= 5
        && text.chars().filter(|c| c.is_uppercase()).count() >= 2;
    let role = n <= 9
        && !verb
        && [
            "investor relations",
            "media relations",
            "press relations",
            "corporate communications",
            "spokesperson",
            "press officer",
        ]
        .iter()
        .any(|r| lower.contains(r));
    let code = n <= 10
        && [
            "scrip code",
            "stock code",
            "securities code",
            "isin",
            "symbol:",
            "(stock code",
            "(scrip code",
        ]
        .iter()
        .any(|c| lower.starts_with(c));
    let figures = n <= 8
        && !verb
        && lower.contains(" million")
        && (text.contains('(') || text.contains('–') || text.contains(" - "));
    titled || role || code || figures
}

/// Words that make one or two words set apart a document's name ("MATERIAL FACT").
const DOCUMENT_NAMES: &str = "update|change|changes|appointment|appointments|fact|rating|notice|notification|disclosure|circular|statement|report|resolution|resolutions|communication|clarification";

/// A letter's closing: "Kindly take the above on record. Thanking you, Yours faithfully".
fn letter_closing(lower: &str) -> bool {
    [
        "yours faithfully",
        "yours sincerely",
        "yours truly",
        "thanking you",
        "kindly take the above",
    ]
    .iter()
    .any(|c| lower.contains(c))
}

/// Legends, however long: "NOT FOR RELEASE, PUBLICATION OR DISTRIBUTION IN OR INTO ...".
const LEGENDS: &str =
    "not for release|not for publication|not for distribution|not for dissemination";

/// Release labels that make furniture of a short line they stand in, with the company's
/// name or the date and time around them ("KAARNA PAPER OYJ STOCK EXCHANGE RELEASE 3
/// February 2017 at 9:00 EET", "Ad hoc announcement pursuant to Art. 53 LR – Media Release").
const LABELS_INSIDE: &str = "stock exchange release|stock exchange announcement|company announcement|ad hoc announcement|ad-hoc announcement|ad hoc release|media release|investor news|regulatory release";

fn classify(text: &str, names: &[String]) -> Kind {
    // "[GRAPHIC OMITTED] Acergy", "[AGRIUM LOGO]": what stands for a picture is not text.
    let text = strip_pictures(text);
    // A letter's subject line is its title, however short ("Re: Credit Rating"), unless
    // the subject is only the company ("Subject: Northwind Trading Company Ltd.").
    let subject = subject_at(text);
    if subject > 0 {
        return match classify(&text[subject..], names) {
            Kind::Name => Kind::Name,
            _ => Kind::Title,
        };
    }
    // The Takeover Code's disclosure forms are titles ("Form 8.3 - Baltica Shipping plc"),
    // not the 6-K's form lines.
    if super::lower(text).starts_with("form 8.")
        && words(&crate::report::cover::fold(text)).count() >= 3
    {
        return Kind::Title;
    }
    // "Date 4 May 2010" is a date; "DATE OF BOARD MEETING" is a title.
    if super::lower(text).starts_with("date ") && date_line(&text[5..]).is_some() {
        return Kind::Date;
    }
    // A note wholly in brackets over the title, however long: "(a joint stock limited
    // company incorporated in the People's Republic of China with limited liability)".
    if text.starts_with('(') && text.ends_with(')') && text.len() < 300 {
        return Kind::Furniture;
    }
    let folded = crate::report::cover::fold(text);
    let lower = super::lower(text);
    // "pk/CM_Agrium", "-2-": a line of one token is a code or a page number.
    let token = !text.contains(' ') && !text.chars().all(char::is_alphabetic);
    if letters(text) < 3 || token {
        return Kind::Furniture;
    }
    let short = text.len() < 70;
    // "Exhibit 99.1 Press release, dated ...": an exhibit list entry, however long.
    if starts_one_of(ALWAYS_PREFIXES, &lower)
        || (short && starts_one_of(SHORT_PREFIXES, &lower))
        || (text.len() < 140 && starts_one_of(RELEASE_LABELS, &lower))
        || starts_one_of(LEGENDS, &lower)
        || (words(&folded).count() <= 14 && contains_one_of(LABELS_INSIDE, &lower))
        || (short && (folded.ends_with("press release") || folded.ends_with("news release")))
        || contains_one_of(CONTAINED, &lower)
        || contains_one_of(super::COVER, &lower)
    {
        return Kind::Furniture;
    }
    // An entry of the 6-K's list of what it furnishes: "“Philips presents ...”, dated
    // January 30, 2023.", "99.1  Press release titled "...", dated ...", "1. Press
    // release issued by ... dated ...".
    if text.starts_with(['“', '"']) && lower.contains("dated") {
        return Kind::Furniture;
    }
    if list_entry(&lower) {
        return Kind::Furniture;
    }
    if date_line(text).is_some() {
        return Kind::Date;
    }
    if furniture_parts(text) || person_or_role(text, &folded, &lower) || letter_closing(&lower) {
        return Kind::Furniture;
    }
    if one_of(FURNITURE, folded.as_str()) {
        return Kind::Furniture;
    }
    if lower.contains("exhibit")
        && "attached|furnish|enclosed|herewith|incorporated|filed"
            .split('|')
            .any(|w| lower.contains(w))
    {
        return Kind::Furniture;
    }
    for s in "to the shareholders|dear shareholder|to our shareholders|to the holders|dear sir|dear unitholder|to the unitholders|ladies and gentlemen|to whom it may concern".split('|') {
        if lower.starts_with(s) {
            return Kind::Salutation;
        }
    }
    if is_paragraph(text) {
        return Kind::Paragraph;
    }
    if text.ends_with(':') || contains_one_of(CONTACT, &lower) {
        return Kind::Furniture;
    }
    if contact_detail(text) {
        return Kind::Furniture;
    }
    let n = words(&folded).count();
    if postal_line(text, n) || one_of(COUNTRIES, &folded) {
        return Kind::Furniture;
    }
    if short
        && (n <= 4 && text.contains(':')
            || ticker_pairs(text)
            || "nyse|nasdaq|tsx|amex|lse|asx|otcbb".split('|').any(|t| {
                lower.match_indices(t).any(|(at, _)| {
                    lower[at + t.len()..].starts_with(':') || lower[..at].ends_with('(')
                })
            }))
    {
        return Kind::Furniture;
    }
    if period_only(&folded) || statement_heading(&folded) || addressee(text, &folded, n) {
        return Kind::Furniture;
    }
    if n <= 14 && words(&folded).any(|w| one_of(STREET_WORDS, w)) && digits(text) > 0 {
        return Kind::Furniture;
    }
    // A letterhead's parts set on one line between dots: "45 rue de la République · 69002
    // Lyon, France".
    if text.contains(['·', '•']) && text.split(['·', '•']).any(|p| address_line(p.trim())) {
        return Kind::Furniture;
    }
    if is_name(&folded, names) || parties(text, names) {
        return Kind::Name;
    }
    // A place: "Athens, Greece", "New Westminster, British Columbia V3M 1A7".
    // A comma between words, not a thousands separator ("Chair Buys 60,000 Shares").
    let comma = text
        .match_indices(',')
        .any(|(at, _)| !text[at + 1..].starts_with(|c: char| c.is_ascii_digit()));
    let place = comma && (n <= 4 || n <= 7 && digits(text) > 0);
    if place && dates::find_date(text).is_none() {
        return Kind::Furniture;
    }
    // A person and role in a contact box: "Joseph Tung, CFO / Vice President".
    const ROLES: &str = "ceo|cfo|coo|president|director|manager|officer|chairman|secretary|treasurer|counsel|relations|spokesperson|head";
    if n <= 8 && text.contains(',') && words(&folded).any(|w| one_of(ROLES, w)) {
        return Kind::Furniture;
    }
    // A running head: "Abbey National plc — Pro Forma Financial Information".
    for dash in [" — ", " – "] {
        if let Some((left, _)) = text.split_once(dash) {
            if is_name(&crate::report::cover::fold(left), names) && short {
                return Kind::Furniture;
            }
        }
    }
    if n <= 2 {
        return Kind::Fragment;
    }
    Kind::Title
}

/// Countries (folded) that close a letterhead's address on a line of their own.
const COUNTRIES: &str = "china|people s republic of china|peoples republic of china|prc|p r c|japan|the netherlands|netherlands|holland|germany|federal republic of germany|canada|israel|united kingdom|england|scotland|wales|ireland|switzerland|greece|taiwan|taiwan r o c|r o c|republic of china|korea|republic of korea|south korea|luxembourg|france|belgium|italy|spain|portugal|austria|sweden|norway|denmark|finland|iceland|india|brazil|mexico|argentina|chile|peru|colombia|australia|new zealand|singapore|hong kong|hong kong sar|bermuda|cayman islands|british virgin islands|south africa|russia|russian federation|turkey|cyprus|malta|monaco|indonesia|philippines|thailand|malaysia|usa|u s a|united states|united states of america";

/// A postal line of an address: "185 38 Piraeus" (a few words opening with a number),
/// "Shenyang 110027", "Calgary, Alberta T2J 7E8"'s kin ending in a code of five or more
/// digits.
fn postal_line(text: &str, n: usize) -> bool {
    let code = text
        .split(|c: char| !c.is_ascii_digit())
        .any(|run| (5..=7).contains(&run.len()));
    // "Chair Buys 60000 Shares" says something: a postal line has no verb.
    let verb = crate::report::cover::fold(text)
        .split(' ')
        .any(|w| one_of(VERBS, w));
    n <= 4 && (text.starts_with(|c: char| c.is_ascii_digit()) || code) && !verb
}

/// A line of a letterhead's address: a street ("No. 3 A1, Road 10"), a postal line, or
/// a country alone.
fn address_line(text: &str) -> bool {
    let folded = crate::report::cover::fold(text);
    let n = words(&folded).count();
    (n <= 14 && words(&folded).any(|w| one_of(STREET_WORDS, w)) && digits(text) > 0)
        || postal_line(text, n)
        || one_of(COUNTRIES, &folded)
}

/// A regulator or exchange named alone, as a letter's addressee ("Ontario Securities
/// Commission", "Toronto Stock Exchange"): a few words, each capitalised.
fn addressee(text: &str, folded: &str, n: usize) -> bool {
    let capitalised = text
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()));
    capitalised
        && ((n <= 6
            && [
                "securities commission",
                "security commission",
                "securities authority",
            ]
            .iter()
            .any(|e| folded.ends_with(e)))
            || (n <= 4 && folded.ends_with("stock exchange")))
}

/// A numbered entry of a list of furnished documents: a number ("99.1", "1.", "(2)")
/// and then words that describe a document.
fn list_entry(lower: &str) -> bool {
    let Some((number, rest)) = lower.split_once(' ') else {
        return false;
    };
    let number = number.trim_matches(['(', ')', '.', ':']);
    !number.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && [
            "dated",
            "titled",
            "press release",
            "news release",
            "announcement",
        ]
        .iter()
        .any(|w| rest.contains(w))
}

/// A line of ticker symbols as `SYMBOL:EXCHANGE` (or `EXCHANGE:SYMBOL`) pairs in
/// capitals, however many: "APH:TSX-V, APCSF:OTCQB", "NYSE:ABC | TSX:ABC".
fn ticker_pairs(text: &str) -> bool {
    let t = text.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
    !t.is_empty()
        && !t.chars().any(char::is_lowercase)
        && t.split([',', ';', '|', '/']).all(|part| {
            let part = part.trim();
            part.split_once(':').is_some_and(|(a, b)| {
                let (a, b) = (a.trim(), b.trim());
                !a.is_empty()
                    && !b.is_empty()
                    && a.len() <= 12
                    && b.len() <= 12
                    && !a.contains(' ')
                    && !b.contains(' ')
            })
        })
}

/// Where a letter's subject starts after its label ("RE: ", "Re.: ", "Subject: ",
/// "Sub: ", "Ref.: "), or 0.
fn subject_at(text: &str) -> usize {
    let lower = super::lower(text);
    for label in [
        "re:",
        "re.:",
        "re :",
        "subject:",
        "subject :",
        "sub:",
        "sub :",
        "sub.:",
        "ref:",
        "ref.:",
        "ref :",
    ] {
        if let Some(rest) = lower.strip_prefix(label) {
            let value = rest.trim_start();
            if letters(value) >= 3 {
                return text.len() - value.len();
            }
        }
    }
    0
}

fn strip_pictures(text: &str) -> &str {
    let mut t = text.trim();
    while t.starts_with('[') {
        match t.find(']') {
            Some(e) => t = t[e + 1..].trim_start(),
            None => break,
        }
    }
    t
}

/// A line ending in a word that needs more: "... Announces Agreement to".
fn connected(prev: &str) -> bool {
    let last = super::lower(prev.rsplit(' ').next().unwrap_or(""));
    // A possessive needs its noun: "... Clinical Trial of NovaBay’s" / "NVC-422 ...".
    let possessive = last.len() > 2 && (last.ends_with("’s") || last.ends_with("'s"));
    one_of(CONNECTORS, last.as_str()) || ends_in_joint(prev) || possessive
}

fn continues(prev: &str, next: &str) -> bool {
    let starts_lower = next.chars().next().is_some_and(|c| c.is_lowercase());
    let lower = super::lower(next);
    let period = lower.starts_with("for the ");
    // "... UNAUDITED FOURTH QUARTER" / "AND FULL YEAR 2008 RESULTS"
    let first = lower.split(' ').next().unwrap_or("");
    let joins = first == "and" || first == "&";
    // "FOR THE THREE MONTH AND SIX MONTH PERIODS" / "ENDED DECEMBER 31, 2009": the
    // period's end is the title's.
    let ended = matches!(first, "ended" | "ending");
    // "... Year Ended December" / "31, 2008 Financial Results": a date set over the lines.
    let split_date = next.starts_with(|c: char| c.is_ascii_digit())
        && dates::month(prev.rsplit(' ').next().unwrap_or("")).is_some();
    starts_lower || period || joins || ended || split_date || connected(prev)
}

/// What the head of an item gives.
pub struct Head {
    pub headline: Option<Field<String>>,
    /// Lines of the headline (indices into the item's lines).
    pub headline_lines: std::ops::Range<usize>,
    pub date: Option<Field<String>>,
    /// Index of the first line of running text before any headline.
    pub first_paragraph: Option<usize>,
}

/// Read the headline and date from the first lines of an item.
pub fn read(lines: &[Line], names: &[String]) -> Head {
    let mut head = Head {
        headline: None,
        headline_lines: 0..0,
        date: None,
        first_paragraph: None,
    };
    let mut letter = false;
    let mut name_before: Option<usize> = None;
    // Inside the 6-K's own signature block: its names and titles are not headlines.
    let mut signature: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < lines.len().min(100) {
        let line = &lines[i];
        // A paragraph of several lines (plain text) is judged as a whole.
        let whole = if i == 0 || lines[i - 1].paragraph != line.paragraph {
            paragraph_text(lines, i)
        } else {
            line.text.to_string()
        };
        let lower = super::lower(line.text);
        let mut kind = if is_paragraph(&whole) && date_line(line.text).is_none() {
            classify(&whole, names)
        } else {
            classify(line.text, names)
        };
        if kind == Kind::Furniture && prominent(line) && title_with_colon(lines, i, names) {
            kind = Kind::Title;
        }
        // A line between two lines of a letterhead's address ("No. 3 A1, Road 10" /
        // "Shenyang Economy & Technology Development Zone" / "Shenyang 110027") is
        // more of the address.
        if matches!(kind, Kind::Title | Kind::Fragment)
            && i > 0
            && address_line(lines[i - 1].text)
            && lines.get(i + 1).is_some_and(|n| address_line(n.text))
        {
            kind = Kind::Furniture;
        }
        // A plain line above the prominent title: not the headline.
        if matches!(kind, Kind::Title | Kind::Fragment)
            && !prominent(line)
            && !all_caps(line.text)
            && prominent_title_after(lines, i, names)
        {
            kind = Kind::Furniture;
        }
        let folded = crate::report::cover::fold(line.text);
        if folded == "signature" || folded == "signatures" || lower.contains("duly caused") {
            signature = Some((0, false));
        } else if let Some((count, title_seen)) = signature {
            let long_title = kind == Kind::Title && words(line.text).count() > 6;
            let ends = title_seen
                || count >= 12
                || line.after_table
                || long_title
                || matches!(kind, Kind::Paragraph | Kind::Salutation)
                || starts_one_of(RELEASE_LABELS, &lower)
                || lower.starts_with("exhibit");
            if ends {
                signature = None;
                if title_seen {
                    kind = Kind::Furniture;
                }
            } else {
                signature = Some((count + 1, lower.starts_with("title")));
                kind = Kind::Furniture;
            }
        }
        match kind {
            Kind::Date => {
                if head.date.is_none() {
                    head.date = date_of(line);
                }
                name_before = None;
            }
            Kind::Name => name_before = Some(i),
            Kind::Furniture => {
                if head.date.is_none() && starts_one_of(RELEASE_LABELS, &lower) {
                    head.date = dateline(line);
                }
                name_before = None;
                // A wrapped plain-text sentence of furniture ("Exhibit 99.1: the Company's
                // annual report for the fiscal year ended" / "December 31, 2002, filed
                // with ..."): its other lines are furniture too.
                if line.wrapped && (line.text.len() >= 60 || connected(line.text)) {
                    let p = line.paragraph;
                    while i + 1 < lines.len() && lines[i + 1].paragraph == p {
                        i += 1;
                    }
                }
            }
            Kind::Salutation => {
                letter = true;
                name_before = None;
            }
            // A note in parentheses over the document ("(The following is an unofficial
            // English translation of ...)") stands apart from its text: read on.
            Kind::Paragraph
                if head.first_paragraph.is_none()
                    && (parenthesised(&whole)
                        || disclaimer(&whole)
                        || labelled_block(lines, i)) =>
            {
                let p = line.paragraph;
                while i + 1 < lines.len() && lines[i + 1].paragraph == p {
                    i += 1;
                }
                name_before = None;
            }
            // A standfirst set in italics above the release's bold title ("On 26 June
            // 2009, the Minister ..." / "ABN AMRO Group provides an update on capital
            // actions"): the title after it is the headline.
            Kind::Paragraph if head.first_paragraph.is_none() && italic_intro(lines, i, names) => {
                while i + 1 < lines.len() && lines[i + 1].style.italic {
                    i += 1;
                }
                name_before = None;
            }
            Kind::Paragraph => {
                if head.first_paragraph.is_none() {
                    head.first_paragraph = Some(i);
                }
                if head.date.is_none() {
                    head.date = dateline(line);
                }
                if !letter {
                    break;
                }
                // Skip the rest of this paragraph.
                let p = line.paragraph;
                while i + 1 < lines.len() && lines[i + 1].paragraph == p {
                    i += 1;
                }
                name_before = None;
            }
            // A name in a contact box: "The IGB Group" over "(212) 477-8438".
            Kind::Fragment | Kind::Title
                if words(line.text).count() <= 5
                    && lines.get(i + 1).is_some_and(|n| contact_detail(n.text)) =>
            {
                name_before = None;
            }
            Kind::Fragment | Kind::Title => {
                let first_word =
                    super::lower(strip_pictures(line.text).split(' ').next().unwrap_or(""));
                // A title of one or two words under the parties of a joint release set
                // the same way reads with them ("Acergy S.A. and Subsea 7 Inc." /
                // "Combination Schedule"): alone it would say nothing.
                let with_parties = |n: usize| {
                    kind == Kind::Fragment
                        && lines
                            .get(n)
                            .is_some_and(|p| same_look(p, line) && parties(p.text, names))
                };
                let from = match name_before {
                    Some(n)
                        if n + 1 == i
                            && (one_of(VERBS, first_word.as_str()) || with_parties(n)) =>
                    {
                        n
                    }
                    _ => i,
                };
                let mut to = i + 1;
                while to < lines.len() && to - from < 6 {
                    let prev = &lines[to - 1];
                    let next = &lines[to];
                    let same = next.paragraph == prev.paragraph;
                    let next_kind = classify(next.text, names);
                    let words_kind = matches!(next_kind, Kind::Title | Kind::Fragment);
                    let fragment_before = to == i + 1 && kind == Kind::Fragment;
                    // A `<br>` break inside a headline keeps its case; a subtitle changes it.
                    let same_style = all_caps(prev.text) == all_caps(next.text);
                    // Blocks set alike continue a title ("ASE INC. AND TWO SUBSIDIARIES
                    // ANNOUNCED" / "EXTENSION OF TENDER OFFER FOR USI"), and so does a
                    // subtitle in the same heading style.
                    let alike = same_look(prev, next)
                        && same_style
                        && prev.style.size > 0
                        // A paragraph's own space above it parts two headings, unless
                        // both are set larger than the text (a display title's lines).
                        && (!next.style.blank_before || (prev.large && next.large))
                        && !next.after_table
                        && !clause_line(next.text)
                        && !restates(&lines[from..to], next.text)
                        && (words_kind
                            || next_kind == Kind::Date && worded_date(next.text)
                            || display_line(prev, next, next_kind));
                    let joined = alike
                        || (continues(prev.text, next.text)
                            && (connected(prev.text) || letters(next.text) >= 3))
                        || (same && prev.wrapped && words_kind && !clause_line(next.text))
                        || (same
                            && prev.broken
                            && same_style
                            && words_kind
                            && !clause_line(next.text))
                        || (fragment_before
                            && all_caps(prev.text)
                            && all_caps(next.text)
                            && words_kind);
                    if !joined || next_kind == Kind::Paragraph {
                        break;
                    }
                    to += 1;
                }
                // A document's name set apart over its text ("MATERIAL FACT", "Credit
                // Rating"): one or two words are its title when the text follows.
                let named = prominent(line)
                    && words(&super::lower(line.text)).any(|w| one_of(DOCUMENT_NAMES, w))
                    && lines.get(i + 1).is_some_and(|n| {
                        is_paragraph(&paragraph_text(lines, i + 1)) && !prominent(n)
                    });
                if kind == Kind::Fragment && to == i + 1 && from == i && !named {
                    name_before = None;
                    i += 1;
                    continue;
                }
                let mut text = String::new();
                // A letter's subject line: "RE: NOTICE OF RECORD DATE ..." is titled by
                // its subject.
                let subject = subject_at(lines[from].text);
                for (k, l) in lines[from..to].iter().enumerate() {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    let t = if k == 0 { &l.text[subject..] } else { l.text };
                    text.push_str(strip_pictures(t));
                }
                let first = &lines[from];
                let span = first
                    .span_of(subject, first.text.len())
                    .cover(lines[to - 1].span());
                head.headline = Some(Field::new(collapse(&text), span));
                head.headline_lines = from..to;
                // The date may follow the headline.
                for (k, l) in lines.iter().enumerate().skip(to).take(6) {
                    if head.date.is_some() {
                        break;
                    }
                    let whole = paragraph_text(lines, k);
                    if date_line(l.text).is_some() {
                        head.date = date_of(l);
                    } else if is_paragraph(&whole) {
                        head.date = dateline(l);
                        break;
                    }
                }
                return head;
            }
        }
        i += 1;
    }
    head
}

/// Whether an exhibit list's description reads as a document's title ("Report of
/// Voting Results"), not as a label or a sentence ("Press release dated ...").
pub fn title_like(text: &str, names: &[String]) -> bool {
    words(text).count() <= 15 && classify(text, names) == Kind::Title
}

/// A short line of a display title: set larger than the text like the line before it
/// ("MINUTES" / "OF" / "2009 ANNUAL SHAREHOLDERS’ MEETING" / "OF" / the company's name),
/// whatever its words say; a note in brackets ("(Translation)") or a release label ("News
/// Release") is not part of it.
fn display_line(prev: &Line, next: &Line, next_kind: Kind) -> bool {
    prev.large
        && next.large
        && matches!(next_kind, Kind::Furniture | Kind::Name)
        && words(next.text).count() <= 8
        && !next.text.trim_start().starts_with(['(', '['])
        && !contact_detail(next.text)
        && !one_of(FURNITURE, &crate::report::cover::fold(next.text))
        && !starts_one_of(RELEASE_LABELS, &super::lower(next.text))
}

/// Paragraphs set in italics from line `i` on, then a prominent title in upright type.
fn italic_intro(lines: &[Line], i: usize, names: &[String]) -> bool {
    let mut j = i;
    while j < lines.len() && lines[j].style.italic && !prominent(&lines[j]) {
        j += 1;
    }
    j > i
        && j - i <= 12
        && lines.get(j).is_some_and(|l| {
            prominent(l) && !l.style.italic && classify(l.text, names) == Kind::Title
        })
}

/// Text wholly in one pair of parentheses: "(The following is a translation ...)".
/// An exchange's standing disclaimer set above the title ("Hong Kong Exchanges and
/// Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility for
/// the contents of this announcement, ..."): not the release's text.
fn disclaimer(text: &str) -> bool {
    let lower = super::lower(text);
    [
        "take no responsibility for the contents",
        "make no representation as to its accuracy",
        "expressly disclaim any liability",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// A block of labelled lines above the title ("Company name: Shirakawa Holdings, Inc." /
/// "Representative: ..." / "(Code: 9478, ...)" / "Contact: ..."): facts, not text.
fn labelled_block(lines: &[Line], i: usize) -> bool {
    let p = lines[i].paragraph;
    let block = lines[i..].iter().take_while(|l| l.paragraph == p);
    let mut n = 0;
    for l in block {
        let t = l.text.trim();
        let labelled = t
            .split_once(':')
            .is_some_and(|(label, _)| !label.is_empty() && label.split(' ').count() <= 4);
        if !(labelled || t.starts_with('(') && t.ends_with(')')) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

fn parenthesised(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    if !t.starts_with('(') || !t.ends_with(')') {
        return false;
    }
    // The opening parenthesis closes at the end, not before: "(a) ... (b)" is no note.
    let mut depth = 0usize;
    for (at, c) in t.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return at + 1 == t.len();
                }
            }
            _ => {}
        }
    }
    false
}

/// Set apart from running text: bold, an `<hN>` heading, or a larger font.
fn prominent(line: &Line) -> bool {
    line.style.bold || line.style.heading > 0 || line.large
}

/// Two lines set the same prominent way (weight, heading level, alignment).
fn same_look(a: &Line, b: &Line) -> bool {
    prominent(a)
        && a.style.bold == b.style.bold
        && a.style.heading == b.style.heading
        && a.style.centered == b.style.centered
        && a.style.size == b.style.size
        && a.style.italic == b.style.italic
}

/// A prominent line that could start a headline in the few lines after line `i`, before
/// running text or a table: a plain line above it (a running head, a contact's name and
/// role) is not the headline when the document sets its title apart.
fn prominent_title_after(lines: &[Line], i: usize, names: &[String]) -> bool {
    for (j, line) in lines.iter().enumerate().take(i + 13).skip(i + 1) {
        if line.after_table {
            return false;
        }
        let kind = classify(line.text, names);
        if kind == Kind::Paragraph || is_paragraph(&paragraph_text(lines, j)) {
            return false;
        }
        // A section heading of one or two words ("General") is no title.
        if kind == Kind::Title && prominent(line) {
            return true;
        }
    }
    false
}

/// A prominent line ending in a colon with the next line set the same way: the first
/// half of a title ("... Into The Bezeq Era:" / "Reports Financial Results for Q2 2010").
fn title_with_colon(lines: &[Line], i: usize, names: &[String]) -> bool {
    let (line, Some(next)) = (&lines[i], lines.get(i + 1)) else {
        return false;
    };
    line.text.ends_with(':')
        && words(line.text).count() >= 3
        && classify(line.text.trim_end_matches(':'), names) == Kind::Title
        && same_look(line, next)
        && !next.after_table
        && classify(next.text, names) == Kind::Title
}

/// A line that qualifies a title rather than continuing it: a dateline ("October 23,
/// 2009 — ALL AMOUNTS ARE STATED IN U.S.$"), an agreement's parties
/// ("BETWEEN ... AND ..."), its date ("Dated as of ..."), a meeting's date ("TO BE
/// HELD ON MAY 14, 2009").
fn clause_line(text: &str) -> bool {
    let lower = super::lower(text);
    dates::find_date(text).is_some_and(|(_, s, _)| s == 0)
        || starts_one_of(
            "between|by and between|among|and between|dated|to be held|held on|as of|made as of",
            &lower,
        )
}

/// A line that says again most of what the title lines said ("Unaudited Pro Forma
/// Financial Information" / "Abbey ... unaudited pro forma condensed ... financial
/// information"): a second title, not the title's continuation.
fn restates(title: &[Line], next: &str) -> bool {
    let next = crate::report::cover::fold(next);
    let mut said = 0;
    let mut long = 0;
    for l in title {
        let folded = crate::report::cover::fold(l.text);
        for w in words(&folded).filter(|w| w.len() > 3) {
            long += 1;
            said += usize::from(words(&next).any(|n| n == w));
        }
    }
    said >= 4 && said * 3 >= long * 2
}

/// A date after words of a title ("Scheduled for August 3, 2010"), not a dateline.
fn worded_date(text: &str) -> bool {
    dates::find_date(text).is_some_and(|(_, s, _)| word_count(&text[..s]) >= 2)
}

fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for w in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn date_field(line: &Line, s: usize, e: usize) -> Option<Field<String>> {
    let (p, _) = dates::parse_date_prefix(&line.text[s..])?;
    dates::iso(&p).map(|v| Field::new(v, line.span_of(s, e)))
}

fn date_of(line: &Line) -> Option<Field<String>> {
    let (s, e) = date_line(line.text)?;
    date_field(line, s, e)
}

/// The date of a dateline opening a paragraph: "PIRAEUS, Greece, January 15, 2009 – ...".
fn dateline(line: &Line) -> Option<Field<String>> {
    let head_end = line
        .text
        .char_indices()
        .take_while(|&(i, _)| i < 140)
        .last()
        .map_or(0, |(i, c)| i + c.len_utf8());
    let head = line.text.get(..head_end)?;
    let (_, s, e) = dates::find_date(head)?;
    date_field(line, s, e)
}
