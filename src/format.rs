//! What a document's body is, as the envelope tells it (from `<PDF>`/`<XBRL>`
//! wrappers, a `begin 644` line, the first tags of the body, the file name) and
//! as the body layer reads it (text or HTML). Its own module so that neither
//! layer imports the other for it: `envelope` holds bodies, `body` needs only this.
//!
//! ```text
//! <FILENAME>d6k.htm        <TEXT>          ->  html
//! <TEXT>                   <PAGE> ...      ->  text
//! <TEXT>                   begin 644 x.jpg ->  uuencoded
//! ```

use serde::{Serialize, Serializer};

/// What a document's body is. In JSON a plain string: `text`, `html`, `inlineXbrl`,
/// `xml`, `xbrl`, `pdf`, `uuencoded`, `empty`, or the name held by `Other`
/// (`javascript`, `css`, `json`, from the file name when the content cannot tell).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentFormat {
    Text,
    Html,
    /// Inline XBRL: HTML with `ix:` elements.
    InlineXbrl,
    Xml,
    Xbrl,
    Pdf,
    /// A uuencoded binary (`begin 644 name`); see `attachment`.
    Uuencoded,
    Empty,
    Other(String),
}

impl DocumentFormat {
    pub fn as_str(&self) -> &str {
        match self {
            DocumentFormat::Text => "text",
            DocumentFormat::Html => "html",
            DocumentFormat::InlineXbrl => "inlineXbrl",
            DocumentFormat::Xml => "xml",
            DocumentFormat::Xbrl => "xbrl",
            DocumentFormat::Pdf => "pdf",
            DocumentFormat::Uuencoded => "uuencoded",
            DocumentFormat::Empty => "empty",
            DocumentFormat::Other(s) => s,
        }
    }
}

impl Serialize for DocumentFormat {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
