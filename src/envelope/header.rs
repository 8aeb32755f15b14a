//! The submission header, label style and tag style read into one model.
//!
//! ```text
//! ACCESSION NUMBER:		0000092122-05-000042
//! CONFORMED SUBMISSION TYPE:	8-K
//! FILER:
//! 	COMPANY DATA:
//! 		COMPANY CONFORMED NAME:			ALABAMA POWER CO
//! 		STANDARD INDUSTRIAL CLASSIFICATION:	ELECTRIC SERVICES [4911]
//! ```
//! ```text
//! <ACCESSION-NUMBER>0001493152-25-001317<TYPE>8-K<FILER><COMPANY-DATA>
//! <CONFORMED-NAME>ACORN ENERGY, INC.<ASSIGNED-SIC>8711</COMPANY-DATA>...
//! ```
// The examples keep EDGAR's tabs: they are the syntax.
#![allow(clippy::tabs_in_doc_comments)]

use crate::span::{Field, Span};
use serde::Serialize;

/// A key and value as written, kept when the key is not one this model names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RawField {
    /// The key as written: a label (`SROS`) or tag name (`RELATIONSHIP`). Inside tag
    /// blocks this model does not name, the block names lead, joined by `/`
    /// (`SERIES-AND-CLASSES-CONTRACTS-DATA/NEW-SERIES/SERIES-ID`). Empty for a line
    /// that could not be read as a key and value (then `value` is the whole line).
    pub key: String,
    pub value: String,
    /// The value text (empty, just after the key, when there is no value).
    pub span: Span,
    pub key_span: Span,
}

/// Standard Industrial Classification: `ELECTRIC SERVICES [4911]` (label) or `4911` (tag).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Sic {
    pub code: Option<String>,
    pub name: Option<String>,
    pub raw: String,
}

/// The Act a filing is under: `1934 Act` (label) or `34` (tag), normalized to `34`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Act {
    pub value: String,
    pub raw: String,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CompanyData {
    pub conformed_name: Option<Field<String>>,
    pub cik: Option<Field<String>>,
    pub sic: Option<Field<Sic>>,
    pub organization_name: Option<Field<String>>,
    pub irs_number: Option<Field<String>>,
    pub state_of_incorporation: Option<Field<String>>,
    /// `MMDD` as written, e.g. `1231`.
    pub fiscal_year_end: Option<Field<String>>,
    pub other: Vec<RawField>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FilingValues {
    pub form_type: Option<Field<String>>,
    pub act: Option<Field<Act>>,
    pub file_number: Option<Field<String>>,
    pub film_number: Option<Field<String>>,
    pub other: Vec<RawField>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Address {
    pub street1: Option<Field<String>>,
    pub street2: Option<Field<String>>,
    pub city: Option<Field<String>>,
    pub state: Option<Field<String>>,
    pub zip: Option<Field<String>>,
    pub phone: Option<Field<String>>,
    pub other: Vec<RawField>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormerName {
    pub name: Option<Field<String>>,
    /// `YYYY-MM-DD`.
    pub date_changed: Option<Field<String>>,
    pub span: Span,
}

/// One party to the filing: `FILER`, `FILED BY`, `SUBJECT COMPANY`, `REPORTING OWNER`, `ISSUER`...
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Party {
    /// The role as written in the label style (`SUBJECT COMPANY`); tag names are mapped to it.
    pub role: Field<String>,
    pub company_data: Option<CompanyData>,
    pub filing_values: Vec<FilingValues>,
    pub business_address: Option<Address>,
    pub mail_address: Option<Address>,
    pub former_names: Vec<FormerName>,
    /// Keys inside the party block that this model does not name, in order.
    pub other: Vec<RawField>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Header {
    pub accession_number: Option<Field<String>>,
    pub submission_type: Option<Field<String>>,
    pub public_document_count: Option<Field<u32>>,
    /// `YYYY-MM-DD`.
    pub period: Option<Field<String>>,
    /// `YYYY-MM-DD`.
    pub filed_as_of: Option<Field<String>>,
    /// `YYYY-MM-DD`.
    pub date_of_change: Option<Field<String>>,
    /// `YYYY-MM-DDTHH:MM:SS` (EDGAR's clock, US Eastern).
    pub acceptance_date_time: Option<Field<String>>,
    pub effectiveness_date: Option<Field<String>>,
    pub items: Vec<Field<String>>,
    pub group_members: Vec<Field<String>>,
    pub parties: Vec<Party>,
    /// Top-level keys this model does not name, in order.
    pub other: Vec<RawField>,
    pub span: Span,
}

crate::visit_spans!(RawField { span, key_span });
crate::visit_spans!(CompanyData {
    conformed_name,
    cik,
    sic,
    organization_name,
    irs_number,
    state_of_incorporation,
    fiscal_year_end,
    other
});
crate::visit_spans!(FilingValues {
    form_type,
    act,
    file_number,
    film_number,
    other
});
crate::visit_spans!(Address {
    street1,
    street2,
    city,
    state,
    zip,
    phone,
    other,
    span
});
crate::visit_spans!(FormerName {
    name,
    date_changed,
    span
});
crate::visit_spans!(Party {
    role,
    company_data,
    filing_values,
    business_address,
    mail_address,
    former_names,
    other,
    span
});
crate::visit_spans!(Header {
    accession_number,
    submission_type,
    public_document_count,
    period,
    filed_as_of,
    date_of_change,
    acceptance_date_time,
    effectiveness_date,
    items,
    group_members,
    parties,
    other,
    span
});
