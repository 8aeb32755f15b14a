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
use super::TopicEvidence;
use crate::span::Span;
use serde::Serialize;

/// The topic vocabulary; serialized as its kebab-case name (`as_str`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

/// Every topic, in the vocabulary's order (`topic as usize` is its index).
const TOPICS: [Topic; 12] = [
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
];

// By hand: the derive's per-variant code is larger in the wasm than one string.
impl Serialize for Topic {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
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
/// The first paragraph of running text: scored with the description.
pub const LEDE: u32 = 2;
/// The body's lines together count at most this much: the body alone can make the
/// main topic of an item with no headline, never a further topic.
pub const BODY_CAP: u32 = 5;

use Topic::*;

/// (topic, weight, phrases): phrases are lower case, separated by `|`, and match whole
/// words; a trailing `*` lets the last word run on ("acquisition*" also finds
/// "acquisitions"). Weight 0 phrases count for nothing: they only keep a shorter phrase
/// inside them from counting. One string per group keeps the table small in the wasm.
const KEYWORDS: &[(Topic, u32, &str)] = &[
    (
        Other,
        0,
        "shareholder rights plan agreement|offering local|offering customers|offering clients|offering users|offering access|offering services|offering products|offering solutions|offering improved|offering consumers|offering passengers|offering subscribers|offering viewers|clarification*|clarifies|media report*|press report*|news item|rumour*|rumor*|response to inquiry|in response to an inquiry|outlook revised|outlook to negative|outlook to positive|outlook to stable|rating outlook|outlook negative|outlook stable|outlook positive|negative outlook|positive outlook|stable outlook|change of financial year|change in financial year|change of fiscal year|change in fiscal year|changes financial year|changes its financial year|changing its financial year|change of accounting period|change in accounting period|financial year end|appoints new depositary|appoints depositary|appointment of depositary|appointment of new depositary|new depositary|depositary bank|appoints transfer agent|appointment of transfer agent|appoints registrar|appointment of registrar|appointment of paying agent|appoints joint broker|appoints broker|appointment of broker|appointment of joint broker|appoints financial adviser|appointment of financial adviser|appoints nominated adviser|appointment of nominated adviser|appointment of nomad|appoints corporate broker|appointment of corporate broker|financing framework|green financing framework|sustainable financing framework|green bond framework|bridge loan|bridge facility|loan agreement|syndicated loan|trade name|change of trade name|accounting auditor*|change of accounting auditor*|audit firm|changes name|changes its name|changed its name|change its name|to change name|effect on convertible notes|effect on convertible bonds|effect on the convertible notes|effect on the convertible bonds|conversion price|conversion ratio|adjustment to conversion|adjustment of conversion|sustainability report*|esg report*|corporate responsibility report*|corporate social responsibility report*|csr report*|responsibility report*|corporate website|new website|website|mobile app|mobile application|investor relations|award|awards|wins award|receives award|named one of|named among|change of name|name change|change of company name|change of corporate name|corporate name|new name|rebrand*|change of address|change of registered office|ticker symbol|cusip|rights plan agreement|final results of|results of annual|results of the annual|results of special|results of the special|results of extraordinary|results of the extraordinary|results of tender|results of the tender|results of the offer|results of the rights|shareholder rights plan|rights plan|stock option plan|stock option and|option plan|incentive plan|board of directors resolved|resolved at a meeting|meeting of its board|meeting of the board|tender results|rating|ceo certification|cfo certification|certification of|securities commission*|security commission*|securities and exchange commission|exchange commission",
    ),
    (
        Operations,
        2,
        "milestone*|deployment|multi-year deal|multi-year agreement|multi-year contract|supply deal|services deal|outsourcing deal|transformation deal|wins deal|signs deal|deliveries|discovery|discovers|output|drill program*|drilling program*|deploy*|shipment*|capacity|subscriber*|new service*|streaming service*",
    ),
    (
        Operations,
        3,
        "purchase order*|order from|production guidance|production outlook|launches generic|launched its generic|launch of generic|generic version|generic drug*|generic product*|quarter production|quarterly production|reports production|operational preview|operating preview|production preview|commercial operation*|start of commercial|start of operation*|topline results|top-line results|positive topline|trial results|clinical results|partners with|teams up with|joins forces|co-develop*|jointly develop|joint development|strategic partnership|quarterly activities|subscriber data|subscriber numbers|operating metrics|operating figures|longwall operations|roof fall|force majeure|production halt|halts production|suspension of operations|operations suspended|fatality|fatal incident|industrial action|strike action|first gold|first oil|first gas|first production|first shipment|commercial production|operating statistics|operational statistics|operating data|operational data|traffic statistics|production report|production results|drilling update|exploration update|new discovery|unveils|introduces new|orders from|production update|traffic|passenger*|load factor|resource estimate*|mineral resource*|drill results|drilling results|assay*|commissioning|new plant|new facility|product launch|new product*|memorandum of understanding|achievements",
    ),
    (
        LegalRegulatory,
        2,
        "judgement|claim|inspection*|financial services agency|authorized|authorised|referred|inquiry|enquiry|complaint|allegation*|tax assessment|tax dispute|new law|claims|ministry|commission|regulatory|application for",
    ),
    (
        LegalRegulatory,
        3,
        "anti-trust|clearance|cease-and-desist|cease-and-desist order|surcharge|surcharge payment order|business improvement order|improvement order|administrative order|administrative action|administrative penalty|administrative sanction|business suspension order|fair trade commission|show cause notice|show-cause notice|notice of violation|usfda|us fda|u.s. fda|fda inspection|483 observations|establishment inspection report|production licence*|production license*|exploration licence*|exploration license*|mining licence*|mining license*|licensing round|mining lease|exploration permit|mining permit|mining right*|phase 2 referral|phase 2 investigation|phase ii investigation|phase 1 investigation|in-depth investigation|referral|icsid|arbitral award|arbitration award|award against|environmental assessment certificate|environmental approval|environmental permit|environmental licence*|environmental license*|environmental clearance|environmental assessment|minimum bid price|bid price requirement|minimum bid|regain compliance|approved its application|application approved|positive opinion|chmp|consent decree|consent order|cease and desist|warning letter|form 483|import alert|injunction|indictment|indicted|convicted|conviction|acquitted|acquittal|guilty|probe|high court|court of appeal*|appeals court|tribunal|verdict|appeal|license*|licence*|regulatory decision|tariff*|sanction*|receives approval|granted approval|authorization|authorisation|permit*|clinical trial application|submits application|marketing authori*|european commission|supreme court|district court",
    ),
    (
        MAndA,
        2,
        "sold|offer for|to sell|offer to|stake|spin-off|spin off|demerger",
    ),
    (
        MAndA,
        3,
        "tendered|tender their shares|results of tender offer|results of the tender offer|capital and business alliance|business and capital alliance|capital alliance|capital tie-up|capital and business tie-up|sole shareholder|squeeze-out|squeeze out|going private|take private|take-private|sale of subsidiary|sell subsidiary|sells subsidiary|transfer of shares of subsidiary|transfer all shares|transfer of all shares|cease to be a subsidiary|ceases to be a subsidiary|will cease to be a subsidiary|no longer a subsidiary|transfer of subsidiary|company split|absorption-type|absorption-type merger|simplified merger|short-form merger|business transfer|transfer of business|rule 2.4|rule 2.7|rule 2.8|rule 2.6|possible offer|possible cash offer|preliminary approach|approach from|firm offer|firm intention|recommended cash offer|recommended offer|recommended acquisition|recommended cash acquisition|scheme becomes effective|scheme effective|scheme is now effective|sanctioning the scheme|sanction of the scheme|scheme sanctioned|sanctions the scheme|sells stake in|sells its stake|sale of stake|sale of its stake|acquires stake|acquires a stake|buys stake|buys a stake|tender shares|tender into|best and final offer|poison pill|takeover bid|unsolicited|proposed combination|combination with|combination of|buys|completes sale|to buy",
    ),
    (
        ShareBuyback,
        3,
        "transaction in own shares|transactions in own shares|for cancellation|shares for cancellation|cancellation of shares|cancellation of own shares|cancellation of treasury shares|purchase of own shares|repurchase of shares|treasury stock|purchase of treasury stock|acquisition of treasury stock|acquisition of own shares",
    ),
    (
        Ownership,
        3,
        "substantial holding*|notification of shareholding*|notification of holding*|holding notification|shareholding notification|disclosure of shareholding*|shareholding disclosure|notifiable interest*|notifiable holding*|rule 8.3|rule 8.5|under rule 8.3|under rule 8.5|rule 8.3 of the takeover code|rule 8.3 of the irish takeover rules|rule 8.3 of the code|exempt principal trader|discloses dealings|disclosure of dealings|cfo sells|ceo sells|chair sells|chairman sells|director sells|directors sell|founder sells|cfo buys|ceo buys|chair buys|chairman buys|director buys|directors buy|founder buys|insider sells|insider buys|raises stake|raises its stake|increases stake|increase stake|increases its stake|increase its stake|to increase stake|increase its holding|increases its holding|increases holding|raises holding|reduces holding|reduces its holding|relevant shareholding|relevant holding|relevant interest*|acquisition of relevant shareholding|acquisition of relevant|significant shareholding|qualifying holding|interested party|interested parties|holdings of interested parties|change in holdings|changes in holdings|pledge*|encumbrance*|sast|controlling shareholder*|change in controlling shareholder|change of controlling shareholder|bringing its holding|bringing his holding|bringing her holding|bringing the holding|bringing its total holding|reducing its holding|reducing its interest|reducing his holding|increasing its holding|increasing its interest|now holds|open market transactions|on-market purchase*|open-market purchase*|form 8.3|form 8.5|opening position disclosure|dealing disclosure|disclosure of interest*|notice of interest*|change in interest*|change of interest*|changes in interest*|becoming a substantial|ceasing to be a substantial|cessation of substantial|director's interest notice|directors' interest notice|appendix 3y|large shareholding*|large volume holding*|report of possession|threshold crossing|crossing of threshold*|crossed the threshold|threshold notification|shareholding structure|shareholding pattern|founder's plan|chairman's plan|chief executive's plan|ceo's plan|director's plan|directors' plan|insider purchase*|insider buying|purchase by director*|purchase of shares by|purchases of shares by|sale of shares by|shares purchased by|substantial acquisition of shares|persons discharging managerial responsibilit*|managerial responsibilit*|largest shareholder|notification of voting rights|voting rights announcement|major shareholder*|substantial shareholder*|schedule 13d|schedule 13g|pdmr|change in shareholding|directors' interests",
    ),
    (
        SecuritiesOffering,
        2,
        "debt financing|preference shares|preferred securities|exchange of|issuance of|issue of|hybrid|perpetual|bookbuild*|book-build*",
    ),
    (
        SecuritiesOffering,
        3,
        "capital securities|subordinated notes|capital raising|equity raising|capital raise|equity raise|fundraising|fund raising|raise capital|raises capital|raising of capital|quotation of securities|application for quotation|appendix 2a|appendix 3b|appendix 3g|cleansing notice|cleansing statement|results of a public offering|results of the public offering|results of public offering|results of rights issue|results of the rights issue|results of the offering|results of offering|results of the placing|results of placing|result of the placing|results of the bookbuild|results of the accelerated bookbuild|disposal of treasury shares|disposition of treasury shares|restricted stock|restricted share*|stock compensation|share-based compensation|performance share*|placing|pricing of|prices offering|upsize*|sukuk|covered bond*|debt issue|debt issuance|bond issuance|bond issues|note issuance|notes issuance|issue of shares|issuance of shares|issue of new shares|allotment*|allots|allotted|admission to trading|application for listing|additional listing|block listing|blocklisting|at-the-market|atm program*|equity distribution agreement|registered direct|initial public offering|ipo|senior unsecured notes|straight bonds|unsecured bonds|green bond*|eurobond*|commercial paper|medium term note*|medium-term note*|euro medium term note*|emtn|note programme|bond programme|tier 1 capital|tier 2 capital|additional tier 1|placement|entitlement offer*|rights offer*|share purchase plan|accelerated bookbuild*|stock option*|share option*|stock acquisition right*|share acquisition right*|securities purchase agreement|subscription agreement|delist*|notes offering|issue of notes|issuance of notes|issue of bonds|issuance of bonds|equity issue|share capital increase|institutional tender",
    ),
    (
        ManagementChange,
        2,
        "nominated|nomination of|elected|elects|head of|board member*|supervisory board member*|to leave|will leave|to depart|departure|new directors",
    ),
    (
        ManagementChange,
        3,
        "directorate change*|personnel change*|changes in personnel|change of personnel|change in personnel|personnel matters|management reshuffle|executive reshuffle|not re-elected|names new|named as|named chief|named president|named chairman|named ceo|named cfo|names ceo|names cfo|names chief|names president|names chairman|takes over as|to take over as|succession|leadership change*|leadership transition|change in management|changes in management|change of management|executive appointment*|board renewal|composition of the board|changes in the board|changes to board|change in the board|passed away|passing of|death of|demise of|interim ceo|acting ceo|interim chief|acting chief|co-opt*|steps aside|relinquish*|not seek re-election|not to seek re-election|not stand for re-election|not to stand for re-election|not offer himself for re-election|not offer herself for re-election|not put himself forward for re-election|not put herself forward for re-election|stepped down|will step down|to step down|has resigned|board change|change of director*|change in director*|changes to the board|change of chief|change in chief|director change*|new board member*|board appointment*|new independent director*|commencement as|takes office|will succeed|new chairman|new president|departure of|stepping down|leaves the board|joins the board|elected to the board|re-elected|board changes|executive changes",
    ),
    (
        Results,
        2,
        "outlook|net sales|forecast*|preliminary|key figures|financial highlights|operating income|operating profit|interim filing*|embedded value|q1*|q2*|q3*|q4*|1q*|2q*|3q*|4q*|h1|h2|1h*|2h*|fy*|loss for|swings to",
    ),
    (
        Results,
        3,
        "quarterly report|quarterly securities report|revenue guidance|sales guidance|ebitda guidance|profit guidance|earnings outlook|quarterly activities|activities report|cashflow report|cash flow report|appendix 4c|appendix 4d|appendix 4e|agm statement|agm trading update|trading in line|trading is in line|in line with expectations|ahead of expectations|below expectations|previous guidance|below guidance|above guidance|upper end of|lower end of|top end of|bottom end of|revision of forecast*|revisions of forecast*|revision to forecast*|revisions to forecast*|revised forecast*|forecast revision*|revision of earnings forecast*|revision of financial forecast*|revision of business forecast*|revision of full-year forecast*|revision of the forecast*|upward revision*|downward revision*|earnings forecast*|profit forecast*|financial forecast*|earnings guidance|financial guidance|revises guidance|raises guidance|lowers guidance|cuts guidance|reaffirms guidance|reiterates guidance|updates guidance|guidance update|profit warning|earnings warning|preliminary figures|interim statement|interim management statement|quarterly statement|operating results|fiscal results|earnings call|earnings conference call|results conference call|difference between forecast*|differences between forecast*|forecast and actual|posts loss|reports loss|posts net loss|reports net loss|reports profit|reports net profit|posts net profit|posts profit|posts record|reports record|swings to loss|swings to profit|swings to a loss|swings to a profit|returns to profit|return to profit|semi-annual securities report|annual results|half-year report|half year report|interim results|preliminary results|results announcement|earnings release|financial report|business results|consolidated results",
    ),
    (
        Results,
        3,
        "results|financial results|quarterly results|interim report|interim financial*|interim consolidated financial statements|financial statements|earnings|management's discussion and analysis|md&a|trading update|trading statement",
    ),
    (
        Results,
        2,
        "first quarter|second quarter|third quarter|fourth quarter|six months to|three months to|nine months to|twelve months to|for the year to|for the half|for the quarter|adjusted ebitda|underlying ebitda|like-for-like sales|like-for-like|first-quarter|second-quarter|third-quarter|fourth-quarter|full-year|year-end results|quarter ended|period ended|funds from operations|consolidated revenue*|consolidated net revenue*|consolidated net sales|consolidated sales|half-year|half year|first half|financial information|net revenue*|profit*|net income|net loss|full year|three months ended|three month period ended|six months ended|nine months ended",
    ),
    (
        Results,
        1,
        "quarter|revenue*|sales|financial year|ebitda|ebit|year ended|guidance|order intake|unaudited|loss|losses",
    ),
    (
        Dividend,
        3,
        "dividend*|distributions|dividend forecast*|year-end dividend forecast*|interim dividend forecast*|annual dividend forecast*|the dividend forecast*|revision of dividend forecast*|revision of year-end dividend forecast*|revision of interim dividend forecast*|revision of annual dividend forecast*|revision of the dividend forecast*|revision of the dividend forecast*|revision of the year-end dividend forecast*|revision of the interim dividend forecast*|revision of the annual dividend forecast*|revision of the the dividend forecast*|upward revision of dividend forecast*|upward revision of year-end dividend forecast*|upward revision of interim dividend forecast*|upward revision of annual dividend forecast*|upward revision of the dividend forecast*|downward revision of dividend forecast*|downward revision of year-end dividend forecast*|downward revision of interim dividend forecast*|downward revision of annual dividend forecast*|downward revision of the dividend forecast*|revised dividend forecast*|revised year-end dividend forecast*|revised interim dividend forecast*|revised annual dividend forecast*|revised the dividend forecast*|revises dividend forecast*|revises year-end dividend forecast*|revises interim dividend forecast*|revises annual dividend forecast*|revises the dividend forecast*|raises dividend forecast*|raises year-end dividend forecast*|raises interim dividend forecast*|raises annual dividend forecast*|raises the dividend forecast*|lowers dividend forecast*|lowers year-end dividend forecast*|lowers interim dividend forecast*|lowers annual dividend forecast*|lowers the dividend forecast*|cuts dividend forecast*|cuts year-end dividend forecast*|cuts interim dividend forecast*|cuts annual dividend forecast*|cuts the dividend forecast*|interest on shareholders' equity|interest on shareholders’ equity|interest on equity|interest on capital|interest on own capital|approval of dividend*|dividend on preference shares|dividends on preference shares|dividend on preferred shares|dividends on preferred shares|dividend on the preference shares|dividends on the preference shares|dividend on the preferred shares|dividends on the preferred shares|preference dividend*|preferred dividend*|preference share dividend*|preferred share dividend*|monthly distribution|cash distribution|ex-dividend",
    ),
    (
        Dividend,
        2,
        "distribution|payout|return of capital|capital return|special distribution|scrip",
    ),
    (
        Other,
        0,
        "wide distribution|for distribution|distribution in|appointment of auditor*|appointment of deloitte|change of auditor*|change in auditor*|auditor rotation|rotation of auditor*|rotation of independent auditor*|new auditor*|replacement of auditor*|credit facility|credit facilities|loan facility|revolving credit|term loan",
    ),
    (
        Operations,
        0,
        "asset distribution*|distribution period|distribution network*|distribution system*|distribution business|distribution grid|distribution company|power distribution|electricity distribution|gas distribution",
    ),
    (
        ShareholderMeeting,
        3,
        "annual general meeting|agm results|egm results|agm result|meeting results|general meeting results|results of court meeting|results of the court meeting|results of the meeting|results of meeting|results of the general meeting|results of general meeting|shareholder proposal*|shareholders' proposal*|court meeting|scheme meeting|notice convening|approved all proposals|approved all resolutions|all resolutions were passed|stockholders meeting|stockholders' meeting|meeting of stockholders|shareholder meeting|general assembly|ordinary general assembly|extraordinary general assembly|general shareholders meeting|general shareholders' meeting|postal ballot|e-voting|scrutinizer*|scrutiniser*|convocation|notice of convening|convening notice|form of proxy|proxy form|extraordinary general meeting|general meeting*|annual meeting*|special meeting*|shareholders meeting|shareholders' meeting|meeting of shareholders|annual and special meeting|agm|egm|proxy statement|management information circular|information circular|shareholders approve|shareholders approved|shareholders vote|voting results|results of voting|notice of meeting",
    ),
    (
        ShareholderMeeting,
        2,
        "proxy",
    ),
    (
        ShareholderMeeting,
        1,
        "resolutions",
    ),
    (
        ManagementChange,
        3,
        "appoint*|appointment*|resign*|resignation|steps down|step down|management change*|promotes|promoted|new director*|new chief",
    ),
    (
        ManagementChange,
        2,
        "retire*|retirement|successor|succeed*",
    ),
    (
        ManagementChange,
        1,
        "chief executive officer|chief financial officer|chief executive|chief financial|managing director|ceo|cfo",
    ),
    (
        ManagementChange,
        0,
        "board of directors",
    ),
    (
        SecuritiesOffering,
        3,
        "offering|public offering|unit financing|share financing|equity financing|bought deal|private placement|prospectus|senior notes|notes due|bond issue|capital increase|rights issue|rights offering|share issue",
    ),
    (
        SecuritiesOffering,
        1,
        "financing|shelf|warrants|tranche|notes|bond|bonds",
    ),
    (
        SecuritiesOffering,
        2,
        "underwriter*|underwritten|priced|pricing|convertible*|exchangeable|follow-on|redemption of|redeem|redeems|early redemption|debenture*|new shares|listing|flow-through",
    ),
    (
        ShareBuyback,
        3,
        "buyback*|buy-back*|results of acquisition of own shares|results of the acquisition of own shares|result of acquisition of own shares|results of repurchase|results of share repurchase|results of the share buyback|results of buyback|results of the buyback|results of purchase of own shares|retirement of treasury shares|retirement of own shares|retire treasury shares|retire its treasury shares|cancellation of treasury stock|acquisition of treasury shares|trust contract|treasury stock trust|treasury share trust|tender offer route|through tender offer|by way of tender offer|tender offer for own shares|tender offer for its own shares|tender offer for its shares|approval of share repurchase*|approval of share buyback*|approval of buyback*|ncib|issuer bid|own share purchase*|own share acquisition*|purchase of its own shares|purchases of its own shares|own ordinary shares|self-tender|dutch auction|share cancellation|buy back|share repurchase*|repurchase*|normal course issuer bid",
    ),
    (
        ShareBuyback,
        2,
        "own shares|treasury shares",
    ),
    (
        Ownership,
        3,
        "voting rights|total voting rights|major holding*|major shareholding*|notification of major|wphg|securities trading act|director's dealing*|directors' dealing*|directors dealing*|managers' transactions|holding(s) in company|holding in company|holdings in company|beneficial owner*|early warning|share related awards",
    ),
    (
        Ownership,
        2,
        "stake|shareholding*|promoter*|through open market|holding to|interest to|sells shares|sold shares|reduces stake|reduces its stake|reduced its stake|ownership from|shareholding in|interest in shares|insider|share awards|option exercise",
    ),
    (
        Ownership,
        1,
        "threshold",
    ),
    (
        MAndA,
        3,
        "share exchange|into a wholly owned subsidiary|into a wholly-owned subsidiary|contract to acquire|contract to sell|contract to purchase|acquire*|acquisition*|merger*|takeover|take-over|tender offer|exchange offer|takeover offer|disposal*|dispose*|disposition*|divest*|divestiture*|sale of|agreement to acquire|agreement to sell|agreement to merge|sale-leaseback|joint venture*|business combination|amalgamation|plan of arrangement|arrangement agreement|scheme of arrangement|scheme implementation|scheme booklet|completed the purchase of all|completion of the purchase of all|purchase of all of the|share purchase agreement*|stock purchase agreement*|sale and purchase agreement*|share sale agreement*|share sale and purchase agreement*",
    ),
    (
        MAndA,
        2,
        "acquired|merge|sells|strategic alliance|legal structure|bid|hart-scott-rodino|offer|offers|offeror|offeree|rejection of",
    ),
    (
        MAndA,
        1,
        "stake in",
    ),
    (
        Operations,
        2,
        "contract*|awarded|cooperation|production|drilling|wells|delivery|plant|facility|expands|expansion|restructuring|partnership|collaboration|construction|exploration|newbuilding*|vessel*|tanker*|fleet|clinical",
    ),
    (
        Operations,
        3,
        "phase i|phase ii|phase iii|phase 1|phase 2|phase 3|phase 1b|phase 2a|phase 2b|phase i/ii|clinical data|trial data|study results|topline|disruption|outage|cyber attack|cyberattack|cyber incident|supply agreement*|license agreement*|licence agreement*|takes delivery|corporate update|operational update|business update|breaks ground|commences operations|begins operations|starts operations|start of operations|opens new|inaugurates|inauguration",
    ),
    (
        Operations,
        1,
        "agreement|product|products|launch*|deal|engagement|tonnes|ounces|vehicles|units|order*|customer*|project*|marketing|trial*|research|develop*|commercialize|manufactur*|mine|technology",
    ),
    (
        LegalRegulatory,
        3,
        "bankruptcy*|chapter 11|insolvency|receivership|creditor protection|notice of failure|failure to satisfy|failure to comply|deficiency letter|deficiency notice|listing rule*|listing requirement*|continued listing|non-compliance|noncompliance|lawsuit*|litigation|class action|settlement|department of justice|investigation*|regulatory approval*|sfda|fda|antitrust|hart-scott-rodino|arbitration|prosecution|subpoena",
    ),
    (
        LegalRegulatory,
        2,
        "court|approval|approved for|competition authorit*|penalty|dismissed|ruling|judgment|patent*|regulator*|new regulation*|draft regulation*|new rules|fine|fined|fines|proceedings|recall*",
    ),
    (
        AnnualReport,
        3,
        "annual report|form 20-f|annual report for fy*|annual report for the financial year|annual report for financial year|annual report for fiscal year|annual report for the fiscal year|business report for fiscal year|business report for the fiscal year|business report for fy*|annual and sustainability report*|annual and sustainability review|annual report and sustainability report|annual and csr report|annual and integrated report|periodic report|business report|annual business report|audit report|form 40-f|20-f|40-f|integrated report|integrated annual report|annual financial report|universal registration document|registration document|annual information form|securities report|annual securities report",
    ),
    (
        AnnualReport,
        2,
        "annual review|annual accounts|auditor's report|auditors' report|management report|combined management report",
    ),
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

/// The topics of `parts`, best first, each with the spans of the words that counted:
/// see the module doc. Scores are kept in arrays indexed by topic (no lists of tuples:
/// each list type costs the wasm its own code).
pub fn choose(parts: &[Part], names: &[String]) -> Vec<TopicEvidence> {
    let own = own_names(names);
    // Per topic: the scores of the body, the description and the headline.
    let mut by_class = [[0u32; 4]; TOPICS.len()];
    let mut spans: [Vec<Span>; TOPICS.len()] = Default::default();
    let index = index();
    // The headline names a matter of no topic ("Shareholder Rights Plan Agreement"):
    // the running text may not give the item a topic the headline does not.
    let mut neutral_headline = false;
    // Where in the headline each topic is first named: ties go to the one named first
    // ("Purchase of Treasury Stock from Shareholders Opposed to Merger").
    let mut first_named = [usize::MAX; TOPICS.len()];
    let mut headline_at = 0;
    for part in parts {
        let mut lower = super::lower(part.text);
        mask_names(&mut lower, &own);
        let found = matches(&lower, &index);

        let mut sums = [0u32; TOPICS.len()];
        let mut counted: Vec<&str> = Vec::new();
        for &(s, e, phrase, topic, weight) in &found {
            // A shorter phrase inside a longer one does not count; the same words may
            // count for two topics ("Hart-Scott-Rodino"). No sort: the lists are short,
            // and a sort's code would cost the wasm more than this loop.
            let beaten = found.iter().any(|&(os, oe, ..)| {
                os < e && s < oe && (oe - os > e - s || (oe - os == e - s && os < s))
            });
            if beaten || weight == 0 {
                neutral_headline |= !beaten && topic == Other && part.weight == HEADLINE;
                continue;
            }
            let t = topic as usize;
            if part.weight == HEADLINE {
                first_named[t] = first_named[t].min(headline_at + s);
            }
            if !counted.contains(&phrase) {
                counted.push(phrase);
                sums[t] += weight;
            }
            let span = part.span(s, e);
            if spans[t].len() < 8 && !spans[t].contains(&span) {
                spans[t].push(span);
            }
        }
        if part.weight == HEADLINE {
            headline_at += part.text.len() + 1;
        }
        let class = match part.weight {
            BODY => 0,
            LEDE if matches!(part.at, At::Line(_)) => 3,
            w if w > DESCRIPTION => 2,
            _ => 1,
        };
        for (t, sum) in sums.iter().enumerate() {
            by_class[t][class] += sum.min(&3) * part.weight;
        }
    }
    let mut scores = [0u32; TOPICS.len()];
    let mut best = 0;
    let headline_named = by_class.iter().any(|c| c[2] > 0);
    let (body_cap, lede_cap) = match neutral_headline && !headline_named {
        true => (0, 0),
        false => (BODY_CAP, 3 * LEDE),
    };
    for (t, c) in by_class.iter().enumerate() {
        scores[t] = c[0].min(body_cap)
            + c[3].min(lede_cap)
            + c[1].min(3 * DESCRIPTION)
            + c[2].min(3 * HEADLINE);
        best = best.max(scores[t]);
    }
    let mut out: Vec<TopicEvidence> = Vec::new();
    let mut taken = [false; TOPICS.len()];
    // Best first, ties in the vocabulary's order: a selection over twelve scores.
    while out.len() < 3 {
        let mut pick: Option<usize> = None;
        for (t, &score) in scores.iter().enumerate() {
            let before = |p: usize| {
                score > scores[p] || (score == scores[p] && first_named[t] < first_named[p])
            };
            if !taken[t] && pick.is_none_or(before) {
                pick = Some(t);
            }
        }
        let Some(t) = pick else { break };
        taken[t] = true;
        let keep = if out.is_empty() {
            scores[t] >= MIN_TOP
        } else {
            // The running text alone never adds a topic: the headline or the
            // description must name it too.
            scores[t] >= MIN_MORE && scores[t] * 2 >= best && by_class[t][1] + by_class[t][2] > 0
        };
        if !keep {
            break;
        }
        let mut evidence = std::mem::take(&mut spans[t]);
        evidence.sort_unstable();
        out.push(TopicEvidence {
            topic: TOPICS[t],
            evidence,
        });
    }
    if out.is_empty() {
        out.push(TopicEvidence {
            topic: Other,
            evidence: Vec::new(),
        });
    }
    out
}

/// A keyword found: (start, end, phrase, topic, weight).
type Match = (usize, usize, &'static str, Topic, u32);

/// A keyword phrase ready to compare: (stem, runs on, phrase, topic, weight).
type Phrase = (&'static str, bool, &'static str, Topic, u32);

/// Which list of the index a phrase starting with `b` is in: a-z, 0-9.
fn bucket(b: u8) -> Option<usize> {
    match b {
        b'a'..=b'z' => Some(usize::from(b - b'a')),
        b'0'..=b'9' => Some(26 + usize::from(b - b'0')),
        _ => None,
    }
}

/// The keyword phrases by their first letter or digit, built once per item: each word of
/// a part is then compared with the phrases of its first letter only (a search for each
/// phrase in each line was most of the parse time).
fn index() -> Vec<Vec<Phrase>> {
    let mut index: Vec<Vec<Phrase>> = Vec::with_capacity(36);
    for _ in 0..36 {
        index.push(Vec::new());
    }
    for &(topic, weight, phrases) in KEYWORDS {
        for phrase in phrases.split('|') {
            let (stem, run_on) = match phrase.strip_suffix('*') {
                Some(s) => (s, true),
                None => (phrase, false),
            };
            if let Some(list) = stem
                .bytes()
                .next()
                .and_then(bucket)
                .and_then(|k| index.get_mut(k))
            {
                list.push((stem, run_on, phrase, topic, weight));
            }
        }
    }
    index
}

/// Every keyword match in `lower`: phrases start at the start of a word and end at the end
/// of one (or run on to it, for `*`).
/// Words that end a company's name and are left out of the words masked.
const NAME_SUFFIXES: &str = "inc|incorporated|ltd|limited|corp|corporation|plc|sa|nv|ag|co|company|llc|lp|se|spa|bv|ab|asa|oyj|kk|tbk|berhad|bhd|the|s|a|n|v|p|de|c";

/// The registrants' names (folded) as the words to mask: those before the company
/// suffix, ASCII only.
fn own_names(names: &[String]) -> Vec<Vec<&str>> {
    let mut out = Vec::new();
    for n in names {
        let mut words: Vec<&str> = n.split(' ').filter(|w| !w.is_empty()).collect();
        while words
            .last()
            .is_some_and(|w| NAME_SUFFIXES.split('|').any(|s| s == *w))
        {
            words.pop();
        }
        if !words.is_empty() && words.iter().all(|w| w.is_ascii()) {
            out.push(words);
        }
    }
    out
}

/// The issuer's own name is not evidence of what the news is about: "Alberta Star
/// Development Corp." does not speak of development, "Kaiyo Mining Resources" of mining.
/// Its words are blanked out of `lower` (offsets kept) wherever they stand in a row.
fn mask_names(lower: &mut String, own: &[Vec<&str>]) {
    if own.is_empty() {
        return;
    }
    let bytes = lower.as_bytes();
    let mut tokens: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let s = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            tokens.push((s, i));
        } else {
            i += 1;
        }
    }
    let mut blank: Vec<(usize, usize)> = Vec::new();
    for name in own {
        for t in 0..tokens.len() {
            let hit = name
                .iter()
                .enumerate()
                .all(|(k, w)| tokens.get(t + k).is_some_and(|&(s, e)| &lower[s..e] == *w));
            if hit {
                blank.push((tokens[t].0, tokens[t + name.len() - 1].1));
            }
        }
    }
    if blank.is_empty() {
        return;
    }
    let mut masked = std::mem::take(lower).into_bytes();
    for (s, e) in blank {
        for b in &mut masked[s..e] {
            // Only ASCII bytes sit between the words matched: spaces keep UTF-8 valid.
            if b.is_ascii() {
                *b = b' ';
            }
        }
    }
    *lower = String::from_utf8(masked).unwrap_or_default();
}

fn matches(lower: &str, index: &[Vec<Phrase>]) -> Vec<Match> {
    let bytes = lower.as_bytes();
    let word_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut out = Vec::new();
    for (i, &b) in bytes.iter().enumerate() {
        if i > 0 && word_at(i - 1) {
            continue;
        }
        let Some(list) = bucket(b).and_then(|k| index.get(k)) else {
            continue;
        };
        for &(stem, run_on, phrase, topic, weight) in list {
            let Some(len) = phrase_len(&bytes[i..], stem.as_bytes()) else {
                continue;
            };
            let mut e = i + len;
            if run_on {
                while word_at(e) {
                    e += 1;
                }
            } else if word_at(e) && word_at(e - 1) {
                continue;
            }
            out.push((i, e, phrase, topic, weight));
        }
    }
    out
}

/// The length of `stem` at the start of `text`, where an apostrophe of the stem matches
/// a typographic one too ("shareholders’ meeting").
fn phrase_len(text: &[u8], stem: &[u8]) -> Option<usize> {
    const CURLY: &[u8] = "’".as_bytes();
    let (mut t, mut k) = (0, 0);
    while k < stem.len() {
        if stem[k] == b'\'' && text[t..].starts_with(CURLY) {
            t += CURLY.len();
        } else if text.get(t) == Some(&stem[k]) {
            t += 1;
        } else {
            return None;
        }
        k += 1;
    }
    Some(t)
}
