//! What one input holds, as read: the [`Filing`] that [`crate::parse`] returns, and
//! how a document is found in it by its `<SEQUENCE>`. Its own floor (above the
//! envelope and the report, below the views and the parse pipeline) so that the
//! views read a filing without importing the pipeline.

use crate::decode::Encoding;
use crate::diagnostic::Diagnostic;
use crate::envelope::Header;
use crate::envelope::{Document, InputKind, Wrapper};
use crate::report::Report;
use crate::span::Span;
use serde::Serialize;

/// Everything read from one input.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Filing {
    pub kind: InputKind,
    /// How the bytes were decoded; spans are byte offsets into the input as given.
    pub encoding: Encoding,
    pub wrapper: Wrapper,
    pub header: Option<Header>,
    pub documents: Vec<Document>,
    pub report: Option<Report>,
    pub diagnostics: Vec<Diagnostic>,
}

crate::visit_spans!(Filing {
    wrapper,
    header,
    documents,
    report,
    diagnostics
});

impl Filing {
    /// The document with this `<SEQUENCE>`.
    pub fn document(&self, sequence: &str) -> Option<&Document> {
        self.documents
            .iter()
            .find(|d| d.sequence.as_ref().is_some_and(|s| s.value == sequence))
    }

    /// Every text map of every body (see [`crate::body::Body::visit_maps`]).
    pub fn visit_maps(&mut self, f: &mut dyn FnMut(&mut crate::span::TextMap)) {
        for body in self.documents.iter_mut().filter_map(|d| d.body.as_mut()) {
            body.visit_maps(f);
        }
    }

    /// The input bytes this filing accounts for, sorted and merged: the wrapper's
    /// lines, the header, every document, and every diagnostic's span. Whatever
    /// else the input holds is white space (see `docs/robustness.md`).
    pub fn coverage(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = self.wrapper.spans.clone();
        spans.extend(self.header.as_ref().map(|h| h.span));
        spans.extend(self.documents.iter().map(|d| d.span));
        spans.extend(self.diagnostics.iter().map(|d| d.span));
        spans.retain(|s| !s.is_empty());
        spans.sort_unstable();
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        merged
    }
}

/// The document with this `<SEQUENCE>`; `1` is also the lone document of an
/// input without one (a bare HTML or text document).
pub fn find_document<'a>(filing: &'a Filing, sequence: &str) -> Option<&'a Document> {
    filing
        .document(sequence)
        .or_else(|| match filing.documents.as_slice() {
            [only] if only.sequence.is_none() && sequence == "1" => Some(only),
            _ => None,
        })
}
