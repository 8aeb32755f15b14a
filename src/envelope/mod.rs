//! The envelope: how EDGAR wraps a filing, outermost first.
//!
//! ```text
//! -----BEGIN PRIVACY-ENHANCED MESSAGE-----        (1990s files, optional)
//! <SEC-DOCUMENT>0000092122-05-000042.txt : 20050125   (or <IMS-DOCUMENT>)
//! <SEC-HEADER>0000092122-05-000042.hdr.sgml : 20050125
//! ACCESSION NUMBER:		0000092122-05-000042    (label style, tab-indented blocks)
//! </SEC-HEADER>
//! <DOCUMENT>
//! <TYPE>6-K
//! <SEQUENCE>1
//! <FILENAME>d6k.htm
//! <TEXT>
//! ...
//! </TEXT>
//! </DOCUMENT>
//! </SEC-DOCUMENT>
//! ```
//!
//! or the dissemination tag style (`.nc`): `<SUBMISSION><ACCESSION-NUMBER>...<FILER>
//! <COMPANY-DATA><CONFORMED-NAME>...` with tags run together, then `<DOCUMENT>`s.
//! This layer splits the input into header and documents and decodes uuencoded
//! attachments; it does not look inside document bodies. Inside PEM armour the
//! message is read with its RFC 934 dash-stuffing undone ([`unstuff_pem`]).
//!
//! What the input is: anything with a header, a root element or more than one
//! `<DOCUMENT>` is a [`InputKind::Submission`] (a `.hdr.sgml` header alone is one,
//! with no documents); a lone `<DOCUMENT>` block, or input with none of these (a
//! bare text or HTML document, then spanning the whole input), is a
//! [`InputKind::Document`].
//!
//! Diagnostic codes raised here (spans point where the broken construct starts):
//!
//! | code | severity | meaning |
//! | --- | --- | --- |
//! | `truncated-input` | error | the input ends inside an open element (document, header, root, PEM armour); one per input, at the innermost open element, naming every closing tag it lacks |
//! | `missing-closing-tag` | error / warning | a closing tag is missing but the input goes on: `</TEXT>`/`</DOCUMENT>` before the next `<DOCUMENT>`, `</SEC-HEADER>` before the first document, `</SEC-DOCUMENT>` or the PEM end line (errors); a tag-style header block or `<XBRL>`/`<PDF>`/`<XML>` wrapper left open (warnings) |
//! | `missing-text` | warning | a closed `<DOCUMENT>` without a `<TEXT>` body |
//! | `malformed-header-line` | warning | a header line that is neither `KEY: value` nor a tag, or a block outside any party; kept as a raw field |
//! | `malformed-header-value` | warning | a date, date-time or count not in EDGAR's format; the value is kept as a raw field, the model field stays empty |
//! | `unexpected-closing-tag` | warning | a header closing tag that closes nothing open |
//! | `duplicate-header-block` | warning | a second company-data or address block of one kind in one party; the first is kept |
//! | `document-count-mismatch` | warning | `PUBLIC DOCUMENT COUNT` differs from the documents found |
//! | `uuencode-bad-line` | error | a line of uuencoded data with characters outside the alphabet; skipped, decoding goes on |
//! | `uuencode-missing-end` | warning | uuencoded data without its `end` line |
//! | `text-outside-document` | warning | non-blank text outside the armour, root, header and every document |
//! | `not-a-filing` | warning | a bare input (no armour, root, header or `<DOCUMENT>`) that is empty, only white space, or shows nothing EDGAR-like (SGML tags, the Commission's name, a form name, a cover caption); the span is its non-blank text |
// The examples keep EDGAR's tabs: they are the syntax.
#![allow(clippy::tabs_in_doc_comments)]

pub mod documents;
pub mod header;
mod header_read;
mod header_values;
mod scan;
mod split;
mod tokens;
pub mod uuencode;
mod wrapper;

use crate::diagnostic::Diagnostic;
use crate::span::{Field, Span};
use serde::Serialize;

pub use crate::format::DocumentFormat;
pub use header::{
    Act, Address, CompanyData, FilingValues, FormerName, Header, Party, RawField, Sic,
};
pub use uuencode::decode_attachment;
pub use wrapper::unstuff_pem;

/// What the input is, as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum InputKind {
    /// An EDGAR submission: a header, with or without documents.
    Submission,
    /// One document: a lone `<DOCUMENT>` block, or a bare plain-text or HTML document.
    Document,
}

/// How the header is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum HeaderStyle {
    /// `KEY:<tab>value` lines with tab-indented blocks (`<SEC-HEADER>`, `<IMS-HEADER>`).
    Label,
    /// The dissemination style: `<ACCESSION-NUMBER>value<TYPE>value...` (`.nc`).
    Tag,
}

/// The wrapping around the filing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Wrapper {
    /// `-----BEGIN PRIVACY-ENHANCED MESSAGE-----` armour present.
    pub privacy_enhanced: bool,
    /// The outer element: `SEC-DOCUMENT`, `IMS-DOCUMENT` or `SUBMISSION`, with its span.
    pub root: Option<Field<String>>,
    /// The text after the root tag, e.g. `0000092122-05-000042.txt : 20050125`.
    pub root_value: Option<Field<String>>,
    pub header_style: Option<HeaderStyle>,
    /// The wrapper's own bytes, in input order: the PEM begin line with its armour
    /// headers, the root's opening line, the root's closing tag, the PEM end line.
    pub spans: Vec<Span>,
}

/// A uuencoded attachment, decoded.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    /// The name on the `begin` line.
    pub name: Field<String>,
    /// The mode on the `begin` line, e.g. `644`.
    pub mode: String,
    /// Size in decoded bytes.
    pub size: usize,
    /// A MIME type read from the decoded bytes' magic numbers: `application/pdf`,
    /// `image/jpeg`, `image/png`, `image/gif`, `application/zip`, the Office Open XML
    /// types for `.xlsx`/`.docx`/`.pptx`, `application/x-ole-storage` for legacy
    /// Office files, else `application/octet-stream`.
    pub content_type: String,
    /// The decoded bytes (Rust API only; the JSON gives name and size).
    #[serde(skip)]
    pub data: Vec<u8>,
}

/// One `<DOCUMENT>` of a submission, or the whole input when it is a bare document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    #[serde(rename = "type")]
    pub doc_type: Option<Field<String>>,
    pub sequence: Option<Field<String>>,
    pub filename: Option<Field<String>>,
    pub description: Option<Field<String>>,
    pub format: DocumentFormat,
    /// The whole `<DOCUMENT>...</DOCUMENT>` block (the whole input for a bare document).
    pub span: Span,
    /// The body: inside `<TEXT>...</TEXT>`, without the wrapping `<PDF>`, `<XBRL>`, `<XML>` tags.
    pub body_span: Span,
    pub attachment: Option<Attachment>,
    /// Pages and blocks of a text or HTML body; filled by the body layer.
    pub body: Option<crate::body::Body>,
}

/// The envelope split: header, documents and what the splitting found wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Envelope {
    pub kind: InputKind,
    pub wrapper: Wrapper,
    pub header: Option<Header>,
    pub documents: Vec<Document>,
    pub diagnostics: Vec<Diagnostic>,
}

crate::visit_spans!(Wrapper {
    root,
    root_value,
    spans
});
crate::visit_spans!(Attachment { name });
crate::visit_spans!(Document {
    doc_type,
    sequence,
    filename,
    description,
    span,
    body_span,
    attachment,
    body
});

/// Split decoded input into header and documents. Spans are byte offsets into `text`.
pub fn parse_envelope(text: &str) -> Envelope {
    split::split(text)
}
