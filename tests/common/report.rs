//! Helpers shared by the report tests (`covers.rs`, `variety.rs`).

use form6k::{Field, Report};

pub fn val<T: Clone>(f: &Option<Field<T>>) -> Option<T> {
    f.as_ref().map(|f| f.value.clone())
}

/// (registrant, date, by, name, title) of each signature.
pub type Sig = (String, String, String, String, String);

pub fn sigs(r: &Report) -> Vec<Sig> {
    let s = |f: &Option<Field<String>>| val(f).unwrap_or_default();
    r.signatures
        .iter()
        .map(|x| {
            (
                s(&x.registrant),
                s(&x.date),
                s(&x.by),
                s(&x.name),
                s(&x.title),
            )
        })
        .collect()
}
