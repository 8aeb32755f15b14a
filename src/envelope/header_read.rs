//! Reading header tokens into the one [`Header`] model, whichever style wrote them.
//!
//! ```text
//! FILER:                                  <FILER>
//! 	COMPANY DATA:                       <COMPANY-DATA>
//! 		CENTRAL INDEX KEY:	0000003153  <CIK>0000003153
//! ```
//!
//! Blocks open on a party name (`FILER:`, `<SUBJECT-COMPANY>`) or a section name
//! (`COMPANY DATA:`, `<BUSINESS-ADDRESS>`). Label blocks close when the next block of
//! the same level opens or a top-level key follows; tag blocks close on their closing
//! tag. Keys the model does not name are kept, in order, as [`RawField`]s.
// The examples keep EDGAR's tabs: they are the syntax.
#![allow(clippy::tabs_in_doc_comments)]

use super::header::{Address, CompanyData, FilingValues, FormerName, Header, Party, RawField};
use super::header_values::{self as values, Key, Scope, SectionKind};
use super::tokens::{tokenize, Token};
use super::HeaderStyle;
use crate::diagnostic::Diagnostic;
use crate::span::{Field, Span};
use std::collections::HashMap;

enum Section {
    Company(CompanyData),
    Filing(FilingValues),
    Address { mail: bool, address: Address },
    Former(FormerName),
}

struct OpenSection<'t> {
    section: Section,
    by_tag: Option<&'t str>,
    span: Span,
}

struct OpenParty<'t> {
    party: Party,
    by_tag: Option<&'t str>,
}

struct Builder<'t> {
    text: &'t str,
    header: Header,
    party: Option<OpenParty<'t>>,
    section: Option<OpenSection<'t>>,
    /// Tag containers this model does not name (`<SERIES-AND-CLASSES-CONTRACTS-DATA>`).
    containers: Vec<&'t str>,
    diagnostics: Vec<Diagnostic>,
}

/// Read the header in `text[start..end]`.
pub fn read_header(
    text: &str,
    start: usize,
    end: usize,
    diagnostics: &mut Vec<Diagnostic>,
) -> (Header, HeaderStyle) {
    // An empty-valued tag is a container when its closing tag follows: the last
    // closing tag of each name, found in a first pass over the tokens.
    let mut last_close: HashMap<&str, usize> = HashMap::new();
    let mut labels = false;
    for t in tokenize(text, start, end) {
        match t {
            Token::Close { start, name } => {
                last_close.insert(name.slice(text), start);
            }
            Token::Label { .. } => labels = true,
            _ => {}
        }
    }
    let style = if labels {
        HeaderStyle::Label
    } else {
        HeaderStyle::Tag
    };
    let mut b = Builder {
        text,
        header: Header {
            span: Span::new(start, end),
            ..Header::default()
        },
        party: None,
        section: None,
        containers: Vec::new(),
        diagnostics: Vec::new(),
    };
    let mut tokens = tokenize(text, start, end).peekable();
    while let Some(t) = tokens.next() {
        let container = match t {
            Token::Open { start, name, .. } => last_close
                .get(name.slice(text))
                .is_some_and(|&at| at > start),
            _ => false,
        };
        b.token(&t, tokens.peek(), container);
    }
    b.finish_open_tags();
    b.close_party();
    diagnostics.append(&mut b.diagnostics);
    (b.header, style)
}

impl<'t> Builder<'t> {
    fn s(&self, span: Span) -> &'t str {
        span.slice(self.text)
    }

    fn token(&mut self, t: &Token, next: Option<&Token>, container: bool) {
        match *t {
            Token::Label { indent, key, value } => self.label(indent, key, value),
            Token::Open { start, name, value } => {
                self.open_tag(start, name, value, next, container)
            }
            Token::Close { start, name } => self.close_tag(start, name),
            Token::Malformed { line } => {
                self.diagnostics.push(Diagnostic::warning(
                    "malformed-header-line",
                    format!(
                        "header line is neither `KEY: value` nor a tag: {:?}",
                        self.s(line)
                    ),
                    line,
                ));
                self.raw("", line, line);
            }
        }
        self.extend(t.end());
    }

    fn label(&mut self, indent: usize, key: Span, value: Span) {
        let k = self.s(key);
        if let Some(kind) = values::section(k) {
            return self.open_section(kind, None, key.start);
        }
        let known = values::key(k);
        if value.is_empty() && indent == 0 && known.is_none() {
            // Any other top-level block name is a party role (`FILED BY:`, `ISSUER:`...).
            return self.open_party(Field::new(k.to_string(), key), None);
        }
        let in_tag_party = self.party.as_ref().is_some_and(|p| p.by_tag.is_some());
        let top = known.is_some_and(|k| values::scope(k) == Scope::Top);
        if (indent == 0 && !in_tag_party) || top {
            self.close_label_blocks();
        }
        self.field(k, key, known, value);
    }

    fn open_tag(
        &mut self,
        start: usize,
        name: Span,
        value: Span,
        next: Option<&Token>,
        container: bool,
    ) {
        let n = self.s(name);
        if value.is_empty() {
            if let Some(kind) = values::section(n) {
                return self.open_section(kind, Some(n), start);
            }
            let next_is_company = matches!(next, Some(&Token::Open { name: nn, .. })
                if matches!(values::section(self.s(nn)), Some(SectionKind::Company)));
            if values::is_party(n) || (container && next_is_company) {
                let role = n.replace('-', " ");
                return self.open_party(Field::new(role, name), Some(n));
            }
            if container {
                self.close_label_blocks();
                self.containers.push(n);
                return;
            }
        }
        let known = values::key(n);
        if known.is_some_and(|k| values::scope(k) == Scope::Top) && self.containers.is_empty() {
            self.close_label_blocks();
        }
        self.field(n, name, known, value);
    }

    fn close_tag(&mut self, start: usize, name: Span) {
        let n = self.s(name);
        if self.section.as_ref().is_some_and(|s| s.by_tag == Some(n)) {
            return self.close_section();
        }
        if self.party.as_ref().is_some_and(|p| p.by_tag == Some(n)) {
            self.missing_close_for_section();
            return self.close_party();
        }
        if self.containers.last() == Some(&n) {
            self.containers.pop();
            return;
        }
        let span = Span::new(start, name.end + 1);
        if let Some(i) = self.containers.iter().rposition(|&c| c == n) {
            self.containers.truncate(i);
        }
        self.diagnostics.push(Diagnostic::warning(
            "unexpected-closing-tag",
            format!("`</{n}>` does not close the open header block"),
            span,
        ));
    }

    /// A key and value: to the model when it names the key, else kept raw.
    fn field(&mut self, k: &'t str, key: Span, known: Option<Key>, value: Span) {
        let stored = match known {
            Some(known) if self.containers.is_empty() => self.assign(known, value),
            _ => false,
        };
        if !stored {
            self.raw(k, key, value);
        }
    }

    /// Store a known key; false when it does not belong where it was found.
    fn assign(&mut self, key: Key, value: Span) -> bool {
        let v = self.s(value);
        if v.is_empty() {
            return true; // EDGAR writes empty keys (`SEC ACT:`); nothing to store.
        }
        let field = Field::new(v.to_string(), value);
        if values::scope(key) == Scope::Top {
            return self.assign_top(key, field);
        }
        let Some(open) = self.section.as_mut() else {
            return false;
        };
        let slot = match (&mut open.section, key) {
            (Section::Company(c), Key::ConformedName) => &mut c.conformed_name,
            (Section::Company(c), Key::Cik) => &mut c.cik,
            (Section::Company(c), Key::Sic) => {
                return set_once(&mut c.sic, field.map(|raw| values::read_sic(&raw)));
            }
            (Section::Company(c), Key::OrganizationName) => &mut c.organization_name,
            (Section::Company(c), Key::IrsNumber) => &mut c.irs_number,
            (Section::Company(c), Key::StateOfIncorporation) => &mut c.state_of_incorporation,
            (Section::Company(c), Key::FiscalYearEnd) => &mut c.fiscal_year_end,
            (Section::Filing(f), Key::FormType) => &mut f.form_type,
            (Section::Filing(f), Key::Act) => {
                return set_once(&mut f.act, field.map(|raw| values::read_act(&raw)));
            }
            (Section::Filing(f), Key::FileNumber) => &mut f.file_number,
            (Section::Filing(f), Key::FilmNumber) => &mut f.film_number,
            (Section::Address { address: a, .. }, Key::Street1) => &mut a.street1,
            (Section::Address { address: a, .. }, Key::Street2) => &mut a.street2,
            (Section::Address { address: a, .. }, Key::City) => &mut a.city,
            (Section::Address { address: a, .. }, Key::State) => &mut a.state,
            (Section::Address { address: a, .. }, Key::Zip) => &mut a.zip,
            (Section::Address { address: a, .. }, Key::Phone) => &mut a.phone,
            (Section::Former(f), Key::FormerConformedName) => &mut f.name,
            (Section::Former(f), Key::DateChanged) => {
                let Some(date) = values::date(v) else {
                    self.bad_value("date of name change", value);
                    return false;
                };
                return set_once(&mut f.date_changed, Field::new(date, value));
            }
            _ => return false,
        };
        set_once(slot, field)
    }

    fn assign_top(&mut self, key: Key, field: Field<String>) -> bool {
        let h = &mut self.header;
        let (slot, what) = match key {
            Key::AccessionNumber => return set_once(&mut h.accession_number, field),
            Key::SubmissionType => return set_once(&mut h.submission_type, field),
            Key::Items => {
                h.items.push(field);
                return true;
            }
            Key::GroupMembers => {
                h.group_members.push(field);
                return true;
            }
            Key::PublicDocumentCount => {
                let Ok(n) = field.value.parse::<u32>() else {
                    self.bad_value("public document count", field.span);
                    return false;
                };
                return set_once(&mut h.public_document_count, Field::new(n, field.span));
            }
            Key::AcceptanceDateTime => {
                let Some(dt) = values::date_time(&field.value) else {
                    self.bad_value("acceptance date-time", field.span);
                    return false;
                };
                return set_once(&mut h.acceptance_date_time, Field::new(dt, field.span));
            }
            Key::Period => (&mut h.period, "period of report"),
            Key::FiledAsOf => (&mut h.filed_as_of, "filed-as-of date"),
            Key::DateOfChange => (&mut h.date_of_change, "date of change"),
            Key::EffectivenessDate => (&mut h.effectiveness_date, "effectiveness date"),
            _ => return false,
        };
        match values::date(&field.value) {
            Some(d) => set_once(slot, Field::new(d, field.span)),
            None => {
                self.bad_value(what, field.span);
                false
            }
        }
    }

    fn bad_value(&mut self, what: &str, span: Span) {
        self.diagnostics.push(Diagnostic::warning(
            "malformed-header-value",
            format!(
                "{what} {:?} is not in EDGAR's format; kept as written",
                self.s(span)
            ),
            span,
        ));
    }

    /// Keep a key this model does not name (or a value it could not read), in order.
    fn raw(&mut self, key: &str, key_span: Span, value: Span) {
        let mut k = self.containers.join("/");
        if !k.is_empty() {
            k.push('/');
        }
        k.push_str(key);
        let raw = RawField {
            key: k,
            value: self.s(value).to_string(),
            span: value,
            key_span,
        };
        match self.section.as_mut().map(|s| &mut s.section) {
            Some(Section::Company(c)) => c.other.push(raw),
            Some(Section::Filing(f)) => f.other.push(raw),
            Some(Section::Address { address, .. }) => address.other.push(raw),
            Some(Section::Former(_)) | None => match self.party.as_mut() {
                Some(p) => p.party.other.push(raw),
                None => self.header.other.push(raw),
            },
        }
    }

    fn extend(&mut self, end: usize) {
        if let Some(s) = self.section.as_mut() {
            s.span.end = s.span.end.max(end);
        }
        if let Some(p) = self.party.as_mut() {
            p.party.span.end = p.party.span.end.max(end);
        }
    }

    fn open_party(&mut self, role: Field<String>, by_tag: Option<&'t str>) {
        if let Some((tag, start)) = self
            .party
            .as_ref()
            .and_then(|p| p.by_tag.map(|t| (t, p.party.span.start)))
        {
            self.missing_close_for_section();
            self.missing_close(tag, start);
        }
        self.close_party();
        let start = role
            .span
            .start
            .saturating_sub(usize::from(by_tag.is_some()));
        self.party = Some(OpenParty {
            party: Party {
                span: Span::new(start, role.span.end),
                role,
                company_data: None,
                filing_values: Vec::new(),
                business_address: None,
                mail_address: None,
                former_names: Vec::new(),
                other: Vec::new(),
            },
            by_tag,
        });
    }

    fn open_section(&mut self, kind: SectionKind, by_tag: Option<&'t str>, start: usize) {
        self.missing_close_for_section();
        self.close_section();
        if self.party.is_none() {
            self.diagnostics.push(Diagnostic::warning(
                "malformed-header-line",
                "header block outside any party (FILER, SUBJECT COMPANY...)",
                Span::empty(start),
            ));
            self.open_party(Field::new(String::new(), Span::empty(start)), None);
        }
        let span = Span::empty(start);
        let section = match kind {
            SectionKind::Company => Section::Company(CompanyData::default()),
            SectionKind::Filing => Section::Filing(FilingValues::default()),
            SectionKind::Business | SectionKind::Mail => Section::Address {
                mail: kind == SectionKind::Mail,
                address: Address::default(),
            },
            SectionKind::Former => Section::Former(FormerName {
                name: None,
                date_changed: None,
                span,
            }),
        };
        self.section = Some(OpenSection {
            section,
            by_tag,
            span,
        });
    }

    /// A tag-opened section still open when something else begins.
    fn missing_close_for_section(&mut self) {
        if let Some(s) = &self.section {
            if let Some(tag) = s.by_tag {
                let start = s.span.start;
                self.missing_close(tag, start);
            }
        }
    }

    fn missing_close(&mut self, tag: &str, start: usize) {
        self.diagnostics.push(Diagnostic::warning(
            "missing-closing-tag",
            format!("`<{tag}>` is not closed by `</{tag}>`"),
            Span::new(start, start + tag.len() + 2),
        ));
    }

    /// Label blocks end where a top-level key or tag container begins.
    fn close_label_blocks(&mut self) {
        if self.section.as_ref().is_some_and(|s| s.by_tag.is_none()) {
            self.close_section();
        }
        if self.party.as_ref().is_some_and(|p| p.by_tag.is_none()) {
            self.close_party();
        }
    }

    fn close_section(&mut self) {
        let Some(open) = self.section.take() else {
            return;
        };
        let Some(p) = self.party.as_mut().map(|p| &mut p.party) else {
            return;
        };
        let duplicate = match open.section {
            Section::Company(c) => set_block(&mut p.company_data, c),
            Section::Filing(f) => {
                p.filing_values.push(f);
                false
            }
            Section::Address { mail, mut address } => {
                address.span = open.span;
                set_block(
                    if mail {
                        &mut p.mail_address
                    } else {
                        &mut p.business_address
                    },
                    address,
                )
            }
            Section::Former(mut f) => {
                f.span = open.span;
                p.former_names.push(f);
                false
            }
        };
        if duplicate {
            self.diagnostics.push(Diagnostic::warning(
                "duplicate-header-block",
                "a second block of this kind in one party; the first is kept",
                open.span,
            ));
        }
    }

    fn close_party(&mut self) {
        self.close_section();
        if let Some(p) = self.party.take() {
            self.header.parties.push(p.party);
        }
    }

    fn finish_open_tags(&mut self) {
        self.missing_close_for_section();
        if let Some(p) = &self.party {
            if let Some(tag) = p.by_tag {
                let start = p.party.span.start;
                self.missing_close(tag, start);
            }
        }
    }
}

fn set_once<T>(slot: &mut Option<T>, value: T) -> bool {
    if slot.is_some() {
        return false;
    }
    *slot = Some(value);
    true
}

/// Set a block; true when one was already there (the new one is dropped).
fn set_block<T>(slot: &mut Option<T>, value: T) -> bool {
    !set_once(slot, value)
}
