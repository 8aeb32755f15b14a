//! Topics: a keyword score over the parts of an item a reader looks at first.
//!
//! ```text
//! Agrium Reports Third Quarter Results            headline        x3: "results" 3, "quarter" 2
//! EXHIBIT 99.1  NEWS RELEASE DATED ...            description     x2
//! CALGARY, Alberta - Agrium Inc. ... announced    first paragraphs x1
//! CONSOLIDATED NET REVENUES (UNAUDITED)           captions, headings x1
//! ```
//!
//! Each keyword has a weight (3 decides alone, 2 strong, 1 a hint). In each part a
//! topic scores the sum of its distinct keywords' weights, at most 3, times the part's
//! weight. Where phrases overlap the longest counts ("results of the annual general
//! meeting" is a meeting, not results). The best topic is kept when it scores at
//! least [`MIN_TOP`]; another when it scores at least [`MIN_MORE`] and half the best;
//! at most three. Nothing that strong: `other`.

use super::units::Line;
use crate::span::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Results,
    Dividend,
    ShareholderMeeting,
    ManagementChange,
    SecuritiesOffering,
    ShareBuyback,
    Ownership,
    MAndA,
    Operations,
    LegalRegulatory,
    AnnualReport,
    Other,
}

impl Topic {
    pub fn as_str(self) -> &'static str {
        match self {
            Topic::Results => "results",
            Topic::Dividend => "dividend",
            Topic::ShareholderMeeting => "shareholder-meeting",
            Topic::ManagementChange => "management-change",
            Topic::SecuritiesOffering => "securities-offering",
            Topic::ShareBuyback => "share-buyback",
            Topic::Ownership => "ownership",
            Topic::MAndA => "m-and-a",
            Topic::Operations => "operations",
            Topic::LegalRegulatory => "legal-regulatory",
            Topic::AnnualReport => "annual-report",
            Topic::Other => "other",
        }
    }
}

/// The best topic needs this score: one decisive keyword in the headline, or the same
/// spread over the other parts.
pub const MIN_TOP: u32 = 5;
/// A further topic needs this score (and half the best).
pub const MIN_MORE: u32 = 6;

/// Part weights.
pub const HEADLINE: u32 = 3;
pub const DESCRIPTION: u32 = 2;
pub const BODY: u32 = 1;
/// The body's lines together count at most this much: the body alone can make the
/// main topic of an item with no headline, never a further topic.
pub const BODY_CAP: u32 = 5;

use Topic::*;

/// (phrase, topic, weight). Phrases are lower case and match whole words; a trailing
/// `*` lets the last word run on ("acquisition*" also finds "acquisitions").
const KEYWORDS: &[(&str, Topic, u32)] = &[
    // results
    ("results", Results, 3),
    ("financial results", Results, 3),
    ("quarterly results", Results, 3),
    ("first quarter", Results, 2),
    ("second quarter", Results, 2),
    ("third quarter", Results, 2),
    ("fourth quarter", Results, 2),
    ("quarter", Results, 1),
    ("half-year", Results, 2),
    ("half year", Results, 2),
    ("first half", Results, 2),
    ("interim report", Results, 3),
    ("interim financial*", Results, 3),
    ("interim consolidated financial statements", Results, 3),
    ("financial statements", Results, 3),
    ("financial information", Results, 2),
    ("net revenue*", Results, 2),
    ("revenue*", Results, 1),
    ("sales", Results, 1),
    ("profit*", Results, 2),
    ("earnings", Results, 3),
    ("net income", Results, 2),
    ("net loss", Results, 2),
    ("ebitda", Results, 1),
    ("ebit", Results, 1),
    ("management's discussion and analysis", Results, 3),
    ("management’s discussion and analysis", Results, 3),
    ("md&a", Results, 3),
    ("full year", Results, 2),
    ("three months ended", Results, 2),
    ("three month period ended", Results, 2),
    ("six months ended", Results, 2),
    ("nine months ended", Results, 2),
    ("year ended", Results, 1),
    ("trading update", Results, 3),
    ("trading statement", Results, 3),
    ("guidance", Results, 1),
    ("order intake", Results, 1),
    ("unaudited", Results, 1),
    // dividend
    ("dividend*", Dividend, 3),
    ("distribution", Dividend, 2),
    ("distributions", Dividend, 3),
    ("monthly distribution", Dividend, 3),
    ("cash distribution", Dividend, 3),
    ("wide distribution", Other, 0),
    ("for distribution", Other, 0),
    ("distribution in", Other, 0),
    ("payout", Dividend, 2),
    ("ex-dividend", Dividend, 3),
    ("asset distribution*", Operations, 0),
    // shareholder meeting
    ("annual general meeting", ShareholderMeeting, 3),
    ("extraordinary general meeting", ShareholderMeeting, 3),
    ("general meeting*", ShareholderMeeting, 3),
    ("annual meeting*", ShareholderMeeting, 3),
    ("special meeting*", ShareholderMeeting, 3),
    ("shareholders meeting", ShareholderMeeting, 3),
    ("shareholders' meeting", ShareholderMeeting, 3),
    ("meeting of shareholders", ShareholderMeeting, 3),
    ("annual and special meeting", ShareholderMeeting, 3),
    ("agm", ShareholderMeeting, 3),
    ("egm", ShareholderMeeting, 3),
    ("proxy", ShareholderMeeting, 2),
    ("proxy statement", ShareholderMeeting, 3),
    ("management information circular", ShareholderMeeting, 3),
    ("information circular", ShareholderMeeting, 3),
    ("shareholders approve", ShareholderMeeting, 3),
    ("shareholders approved", ShareholderMeeting, 3),
    ("shareholders vote", ShareholderMeeting, 3),
    ("voting results", ShareholderMeeting, 3),
    ("results of voting", ShareholderMeeting, 3),
    ("notice of meeting", ShareholderMeeting, 3),
    ("resolutions", ShareholderMeeting, 1),
    // management change
    ("appoint*", ManagementChange, 3),
    ("appointment*", ManagementChange, 3),
    ("appointment of auditor*", Other, 0),
    ("appointment of deloitte", Other, 0),
    ("resign*", ManagementChange, 3),
    ("resignation", ManagementChange, 3),
    ("retire*", ManagementChange, 2),
    ("retirement", ManagementChange, 2),
    ("steps down", ManagementChange, 3),
    ("step down", ManagementChange, 3),
    ("management change*", ManagementChange, 3),
    ("promotes", ManagementChange, 3),
    ("promoted", ManagementChange, 3),
    ("successor", ManagementChange, 2),
    ("succeed*", ManagementChange, 2),
    ("chief executive officer", ManagementChange, 1),
    ("chief financial officer", ManagementChange, 1),
    ("ceo", ManagementChange, 1),
    ("cfo", ManagementChange, 1),
    ("board of directors", ManagementChange, 0),
    ("new director*", ManagementChange, 3),
    ("new chief", ManagementChange, 3),
    // securities offering
    ("offering", SecuritiesOffering, 3),
    ("public offering", SecuritiesOffering, 3),
    ("financing", SecuritiesOffering, 1),
    ("unit financing", SecuritiesOffering, 3),
    ("share financing", SecuritiesOffering, 3),
    ("equity financing", SecuritiesOffering, 3),
    ("bought deal", SecuritiesOffering, 3),
    ("private placement", SecuritiesOffering, 3),
    ("prospectus", SecuritiesOffering, 3),
    ("underwriter*", SecuritiesOffering, 2),
    ("underwritten", SecuritiesOffering, 2),
    ("senior notes", SecuritiesOffering, 3),
    ("notes due", SecuritiesOffering, 3),
    ("bond issue", SecuritiesOffering, 3),
    ("debenture*", SecuritiesOffering, 2),
    ("capital increase", SecuritiesOffering, 3),
    ("rights issue", SecuritiesOffering, 3),
    ("rights offering", SecuritiesOffering, 3),
    ("new shares", SecuritiesOffering, 2),
    ("share issue", SecuritiesOffering, 3),
    ("placing", SecuritiesOffering, 2),
    ("listing", SecuritiesOffering, 2),
    ("shelf", SecuritiesOffering, 1),
    ("flow-through", SecuritiesOffering, 2),
    ("warrants", SecuritiesOffering, 1),
    // share buyback
    ("buyback*", ShareBuyback, 3),
    ("buy-back*", ShareBuyback, 3),
    ("buy back", ShareBuyback, 3),
    ("share repurchase*", ShareBuyback, 3),
    ("repurchase*", ShareBuyback, 3),
    ("own shares", ShareBuyback, 2),
    ("treasury shares", ShareBuyback, 2),
    ("normal course issuer bid", ShareBuyback, 3),
    // ownership
    ("voting rights", Ownership, 3),
    ("total voting rights", Ownership, 3),
    ("major holding*", Ownership, 3),
    ("major shareholding*", Ownership, 3),
    ("notification of major", Ownership, 3),
    ("wphg", Ownership, 3),
    ("securities trading act", Ownership, 3),
    ("director's dealing*", Ownership, 3),
    ("directors' dealing*", Ownership, 3),
    ("directors dealing*", Ownership, 3),
    ("managers' transactions", Ownership, 3),
    ("holding(s) in company", Ownership, 3),
    ("holding in company", Ownership, 3),
    ("holdings in company", Ownership, 3),
    ("stake", Ownership, 2),
    ("shareholding*", Ownership, 2),
    ("interest in shares", Ownership, 2),
    ("beneficial owner*", Ownership, 3),
    ("early warning", Ownership, 3),
    ("insider", Ownership, 2),
    ("share awards", Ownership, 2),
    ("share related awards", Ownership, 3),
    ("option exercise", Ownership, 2),
    ("threshold", Ownership, 1),
    // m-and-a
    ("acquire*", MAndA, 3),
    ("acquisition*", MAndA, 3),
    ("acquired", MAndA, 2),
    ("merger*", MAndA, 3),
    ("merge", MAndA, 2),
    ("takeover", MAndA, 3),
    ("take-over", MAndA, 3),
    ("tender offer", MAndA, 3),
    ("exchange offer", MAndA, 3),
    ("takeover offer", MAndA, 3),
    ("disposal*", MAndA, 3),
    ("dispose*", MAndA, 3),
    ("disposition*", MAndA, 3),
    ("divest*", MAndA, 3),
    ("divestiture*", MAndA, 3),
    ("sale of", MAndA, 3),
    ("agreement to acquire", MAndA, 3),
    ("agreement to sell", MAndA, 3),
    ("agreement to merge", MAndA, 3),
    ("sale-leaseback", MAndA, 3),
    ("sells", MAndA, 2),
    ("joint venture*", MAndA, 3),
    ("strategic alliance", MAndA, 2),
    ("business combination", MAndA, 3),
    ("amalgamation", MAndA, 3),
    ("plan of arrangement", MAndA, 3),
    ("arrangement agreement", MAndA, 3),
    ("legal structure", MAndA, 2),
    ("bid", MAndA, 2),
    ("stake in", MAndA, 1),
    // operations
    ("contract*", Operations, 2),
    ("awarded", Operations, 2),
    ("supply agreement*", Operations, 3),
    ("license agreement*", Operations, 3),
    ("licence agreement*", Operations, 3),
    ("cooperation", Operations, 2),
    ("agreement", Operations, 1),
    ("production", Operations, 2),
    ("drilling", Operations, 2),
    ("wells", Operations, 2),
    ("delivery", Operations, 2),
    ("takes delivery", Operations, 3),
    ("launch*", Operations, 1),
    ("product", Operations, 1),
    ("products", Operations, 1),
    ("plant", Operations, 2),
    ("facility", Operations, 2),
    ("order*", Operations, 1),
    ("customer*", Operations, 1),
    ("expands", Operations, 2),
    ("expansion", Operations, 2),
    ("corporate update", Operations, 3),
    ("restructuring", Operations, 2),
    ("operational update", Operations, 3),
    ("business update", Operations, 3),
    ("partnership", Operations, 2),
    ("collaboration", Operations, 2),
    ("project*", Operations, 1),
    ("construction", Operations, 2),
    ("breaks ground", Operations, 3),
    ("exploration", Operations, 2),
    ("newbuilding*", Operations, 2),
    ("vessel*", Operations, 2),
    ("tanker*", Operations, 2),
    ("fleet", Operations, 2),
    ("marketing", Operations, 1),
    ("clinical", Operations, 2),
    ("trial*", Operations, 1),
    ("research", Operations, 1),
    ("develop*", Operations, 1),
    ("commercialize", Operations, 1),
    ("manufactur*", Operations, 1),
    ("mine", Operations, 1),
    ("technology", Operations, 1),
    // legal and regulatory
    ("lawsuit*", LegalRegulatory, 3),
    ("litigation", LegalRegulatory, 3),
    ("class action", LegalRegulatory, 3),
    ("court", LegalRegulatory, 2),
    ("settlement", LegalRegulatory, 3),
    ("department of justice", LegalRegulatory, 3),
    ("investigation*", LegalRegulatory, 3),
    ("regulatory approval*", LegalRegulatory, 3),
    ("approval", LegalRegulatory, 2),
    ("approved for", LegalRegulatory, 2),
    ("sfda", LegalRegulatory, 3),
    ("fda", LegalRegulatory, 3),
    ("antitrust", LegalRegulatory, 3),
    ("hart-scott-rodino", LegalRegulatory, 3),
    ("hart-scott-rodino", MAndA, 2),
    ("competition authorit*", LegalRegulatory, 2),
    ("penalty", LegalRegulatory, 2),
    ("dismissed", LegalRegulatory, 2),
    ("arbitration", LegalRegulatory, 3),
    ("ruling", LegalRegulatory, 2),
    ("judgment", LegalRegulatory, 2),
    ("patent*", LegalRegulatory, 2),
    ("prosecution", LegalRegulatory, 3),
    ("regulator*", LegalRegulatory, 2),
    ("subpoena", LegalRegulatory, 3),
    // annual report
    ("annual report", AnnualReport, 3),
    ("annual review", AnnualReport, 2),
    ("form 20-f", AnnualReport, 3),
    ("annual information form", AnnualReport, 3),
    ("annual accounts", AnnualReport, 2),
    ("sustainability report", AnnualReport, 2),
];

/// Where a part's text came from.
pub enum At<'a> {
    /// A line of the item: a match has its exact span.
    Line(&'a Line<'a>),
    /// A value read elsewhere (an exhibit description): a match points at all of it.
    Whole(Span),
}

/// A part of the item: its text, its weight and where it came from.
pub struct Part<'a> {
    pub text: &'a str,
    pub weight: u32,
    pub at: At<'a>,
}

impl<'a> Part<'a> {
    pub fn line(line: &'a Line<'a>, weight: u32) -> Part<'a> {
        Part {
            text: super::head_of(line.text, super::MAX_PART),
            weight,
            at: At::Line(line),
        }
    }

    /// Whether this part is the next line of `prev`'s paragraph.
    pub fn continues(&self, prev: &Part) -> bool {
        match (&self.at, &prev.at) {
            (At::Line(a), At::Line(b)) => a.paragraph == b.paragraph,
            _ => false,
        }
    }

    /// The span of `text[start..end]`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        match self.at {
            At::Line(l) => l.span_of(start, end),
            At::Whole(s) => s,
        }
    }
}

#[derive(Default, Clone, Copy)]
struct Tally {
    score: u32,
}

/// Scores of every topic over `parts`, with the spans of the words that counted.
pub fn score(parts: &[Part]) -> Vec<(Topic, u32, Vec<Span>)> {
    // Per topic: the scores of the body, the description and the headline.
    let mut totals: Vec<(Topic, [u32; 3], Vec<Span>)> = Vec::new();
    for part in parts {
        let lower = part.text.to_ascii_lowercase();
        let found = matches(&lower);
        let mut per_topic: Vec<(Topic, Tally, Vec<&str>, Vec<Span>)> = Vec::new();
        for &(s, e, k) in &found {
            // A shorter phrase inside a longer one does not count; the same words may
            // count for two topics ("Hart-Scott-Rodino"). No sort: the lists are short,
            // and a sort's code would cost the wasm more than this loop.
            let beaten = found.iter().any(|&(os, oe, _)| {
                os < e && s < oe && (oe - os > e - s || (oe - os == e - s && os < s))
            });
            if beaten {
                continue;
            }
            let (phrase, topic, weight) = KEYWORDS[k];
            if weight == 0 {
                continue;
            }
            let entry = match per_topic.iter_mut().position(|t| t.0 == topic) {
                Some(p) => &mut per_topic[p],
                None => {
                    per_topic.push((topic, Tally::default(), Vec::new(), Vec::new()));
                    let last = per_topic.len() - 1;
                    &mut per_topic[last]
                }
            };
            if !entry.2.contains(&phrase) {
                entry.2.push(phrase);
                entry.1.score += weight;
            }
            entry.3.push(part.span(s, e));
        }
        for (topic, tally, _, spans) in per_topic {
            let add = tally.score.min(3) * part.weight;
            let class = usize::from(part.weight > BODY) + usize::from(part.weight > DESCRIPTION);
            match totals.iter_mut().find(|t| t.0 == topic) {
                Some(t) => {
                    t.1[class] += add;
                    t.2.extend(spans);
                }
                None => {
                    let mut by_class = [0; 3];
                    by_class[class] = add;
                    totals.push((topic, by_class, spans));
                }
            }
        }
    }
    let mut out: Vec<(Topic, u32, Vec<Span>)> = totals
        .into_iter()
        .map(|(topic, c, spans)| {
            let score = c[0].min(BODY_CAP) + c[1].min(3 * DESCRIPTION) + c[2].min(3 * HEADLINE);
            (topic, score, spans)
        })
        .collect();
    // Best first (ties in the vocabulary's order): a selection, the list has at most 12.
    let mut sorted = Vec::with_capacity(out.len());
    while !out.is_empty() {
        let mut best = 0;
        for (i, t) in out.iter().enumerate() {
            let b = &out[best];
            if t.1 > b.1 || (t.1 == b.1 && t.0 < b.0) {
                best = i;
            }
        }
        sorted.push(out.swap_remove(best));
    }
    sorted
}

/// The topics kept from the scores: see the module doc.
pub fn choose(scores: Vec<(Topic, u32, Vec<Span>)>) -> Vec<(Topic, Vec<Span>)> {
    let best = scores.first().map_or(0, |s| s.1);
    let mut out = Vec::new();
    for (topic, score, mut spans) in scores {
        let keep = if out.is_empty() {
            score >= MIN_TOP
        } else {
            score >= MIN_MORE && score * 2 >= best
        };
        if keep && out.len() < 3 {
            spans.sort_unstable();
            spans.dedup();
            spans.truncate(8);
            out.push((topic, spans));
        }
    }
    if out.is_empty() {
        out.push((Other, Vec::new()));
    }
    out
}

/// Every keyword match in `lower`: (start, end, keyword index).
fn matches(lower: &str) -> Vec<(usize, usize, usize)> {
    let bytes = lower.as_bytes();
    let boundary = |i: usize| {
        i == 0
            || i >= bytes.len()
            || !(bytes[i - 1].is_ascii_alphanumeric() && bytes[i].is_ascii_alphanumeric())
    };
    let word_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut out = Vec::new();
    for (k, &(phrase, _, _)) in KEYWORDS.iter().enumerate() {
        let (stem, run_on) = match phrase.strip_suffix('*') {
            Some(s) => (s, true),
            None => (phrase, false),
        };
        let mut from = 0;
        while let Some(p) = lower.get(from..).and_then(|t| t.find(stem)) {
            let s = from + p;
            let mut e = s + stem.len();
            from = s + 1;
            while !lower.is_char_boundary(from) {
                from += 1;
            }
            if s > 0 && word_at(s - 1) && word_at(s) {
                continue;
            }
            if run_on {
                while word_at(e) {
                    e += 1;
                }
            } else if !boundary(e) {
                continue;
            }
            out.push((s, e, k));
        }
    }
    out
}
