//! Diagnostics: what the parser could not read, as data with spans.
//!
//! `parse` never fails on content. Everything it could not read, or read with
//! doubt, becomes a [`Diagnostic`] whose span points at the start of the
//! construct that broke. Codes are stable strings (`kebab-case`) that tools
//! can match on; messages are for people and may change.

use crate::span::Span;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// The input is damaged: something expected is missing or unreadable.
    Error,
    /// Read, but doubtful, contradictory or unusual.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable identifier, e.g. `missing-closing-tag`.
    pub code: &'static str,
    pub message: String,
    pub span: Span,
    /// A second place the diagnostic speaks of, when it compares two (the cover's
    /// value and the header's).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub related: Option<Span>,
}

crate::visit_spans!(Diagnostic { span, related });

impl Diagnostic {
    pub fn new(
        severity: Severity,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
    ) -> Self {
        Diagnostic {
            severity,
            code,
            message: message.into(),
            span,
            related: None,
        }
    }

    /// The same diagnostic, also pointing at `related`.
    pub fn with_related(mut self, related: Span) -> Self {
        self.related = Some(related);
        self
    }

    pub fn error(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic::new(Severity::Error, code, message, span)
    }

    pub fn warning(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic::new(Severity::Warning, code, message, span)
    }

    pub fn info(code: &'static str, message: impl Into<String>, span: Span) -> Self {
        Diagnostic::new(Severity::Info, code, message, span)
    }
}
