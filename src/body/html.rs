//! HTML bodies: a tolerant tokenizer for the HTML EDGAR filers produce.
//!
//! ```text
//! <P ALIGN=center><FONT SIZE=2>Form 20-F&nbsp;&#9746;</FONT>
//! <TABLE><TR><TD>Form 40-F<TD>&#x2610;</TABLE>
//! ```

use super::Body;
use crate::diagnostic::Diagnostic;

/// Placeholder (the body issue implements this).
pub fn parse(_body: &str, _offset: usize, _diagnostics: &mut Vec<Diagnostic>) -> Body {
    Body::default()
}
