//! The slots a table's figures go in: a cell's [`Number`] and a table's [`Unit`].
//! The body layer builds cells and tables with these empty; [`crate::numbers`],
//! the floor above, reads the figures and fills them in (so that `body` never
//! imports `numbers`).

use crate::span::Span;
use serde::{Serialize, Serializer};

/// A figure read from a table cell.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Number {
    /// The figure as printed, signed (`(488)` is -488, `(1.2)%` is -1.2), without
    /// scale; `null` for a dash (a nil figure).
    #[serde(serialize_with = "serialize_value")]
    pub value: Option<f64>,
    /// Printed in parentheses or with a minus sign.
    pub negative: bool,
    /// Printed with `%`.
    pub percent: bool,
    /// The currency printed with the figure (`$`, `US$`, `RMB`, `€` ...), as printed.
    pub currency: Option<&'static str>,
    /// A scale printed with the figure (`36.8 million`: 1000000).
    pub scale: Option<u64>,
    /// The figure with its sign, currency and `%`, across cells when they join.
    pub span: Span,
}

/// The scale and currency a table states for its figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unit {
    /// 1000 for "in thousands", 1000000 for "in millions" ...
    pub scale: Option<u64>,
    /// "US$", "RMB", "EUR", "C$" ...: a symbol as printed, a currency's name as its code.
    pub currency: Option<String>,
    /// "except per share data": per-share figures are not scaled.
    pub except_per_share: bool,
    /// "number of shares ... in thousands": the scale of share counts, when stated apart.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_scale: Option<u64>,
    /// The text stating it (a caption, a heading cell or a line above the table).
    pub text: String,
    pub span: Span,
}

crate::visit_spans!(Number { span });

impl crate::span::VisitSpans for Box<Number> {
    fn visit_spans(&mut self, f: &mut dyn FnMut(&mut Span)) {
        f(&mut self.span)
    }
}
crate::visit_spans!(Unit { span });

/// Whole numbers as JSON integers (`-488`, not `-488.0`).
pub(crate) fn serialize_value<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match *v {
        Some(x) if x.fract() == 0.0 && x.abs() < 9.0e15 => s.serialize_i64(x as i64),
        Some(x) => s.serialize_f64(x),
        None => s.serialize_none(),
    }
}
