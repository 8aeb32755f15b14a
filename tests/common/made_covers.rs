//! The made-up 6-K cover pages of `tests/keys/synthetic/covers/` (80 HTML covers in many
//! layouts, `keys.tsv` what a reader reads on each), scored field by field with the same
//! comparison as the corpus keys (`keys::same`). Shared by `examples/covers.rs` and
//! `tests/keys.rs`.

use super::keys::{actual, same};
use super::synthetic::Half;
use serde_json::{json, Value};

pub const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/keys/synthetic/covers/");

/// One field of one cover.
pub struct Checked {
    pub file: String,
    pub field: &'static str,
    pub want: Value,
    pub got: Value,
}

impl Checked {
    pub fn exact(&self) -> bool {
        same(self.field, &self.want, &self.got)
    }
}

fn opt(s: &str) -> Value {
    match s {
        "NULL" | "" => Value::Null,
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => Value::String(s.to_string()),
    }
}

/// Every field of every cover of `half` (even data rows tune, odd rows held out).
pub fn score(half: Half) -> Vec<Checked> {
    let keys = std::fs::read_to_string(format!("{DIR}keys.tsv")).expect("covers/keys.tsv");
    let mut out = Vec::new();
    for c in super::synthetic::rows(&keys, half) {
        if c.len() < 12 {
            continue;
        }
        let html = std::fs::read(format!("{DIR}{}", c[0])).expect("a cover");
        let filing = serde_json::to_value(form6k::parse(&html)).expect("JSON");
        let address = match opt(c[4]) {
            Value::Null => json!([]),
            a => json!([a]),
        };
        let wanted: [(&'static str, Value); 9] = [
            ("reportMonth", opt(c[1])),
            ("commissionFileNumber", opt(c[2])),
            ("registrantNames", json!([c[3]])),
            ("address", address),
            ("annualReportForm", opt(c[5])),
            ("rule101b1", opt(c[6])),
            ("rule101b7", opt(c[7])),
            ("rule12g32b", opt(c[8])),
            (
                "signatures",
                json!([{"name": opt(c[9]), "title": opt(c[10]), "date": opt(c[11])}]),
            ),
        ];
        for (field, want) in wanted {
            let mut got = actual(&filing, field);
            // The key names the first name printed (form6k's list adds the English
            // translation, which the key leaves out) and the first signer.
            if matches!(field, "registrantNames" | "signatures") {
                got = Value::Array(
                    got.as_array()
                        .into_iter()
                        .flatten()
                        .take(1)
                        .cloned()
                        .collect(),
                );
            }
            out.push(Checked {
                file: c[0].to_string(),
                field,
                want,
                got,
            });
        }
    }
    out
}
