//! The cover against the SEC header: where the two say different things.
//!
//! ```text
//! COMPANY CONFORMED NAME:   ABN AMRO HOLDING N V        <- header
//! SEC FILE NUMBER:          001-14624
//!                  ABN AMRO HOLDING N.V.                 <- cover
//!          Commission File Number: 001-14624
//! ```
//!
//! Names are compared as a reader would: case, punctuation, spacing and the
//! company-form words (`N.V.`, `Inc.`, `Limited`) aside, and the header's former
//! names count. File numbers compare by their digits (`000-12345` and `0-12345`
//! are one number).

use super::Registrant;
use crate::diagnostic::Diagnostic;
use crate::envelope::Header;
use crate::span::Field;

/// Company forms that conformed names abbreviate or drop.
const FORMS: &[&str] = &[
    "nv",
    "sa",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "ag",
    "se",
    "spa",
    "ab",
    "asa",
    "as",
    "oyj",
    "bv",
    "llc",
    "lp",
    "the",
    "de",
    "cv",
    "sab",
    "group",
    "holding",
    "holdings",
    "kabushiki",
    "kaisha",
    "kk",
    "aktiengesellschaft",
    "gmbh",
    "sociedad",
    "anonima",
    "societe",
    "anonyme",
    "sca",
    "pty",
    "pte",
    "pt",
    "tbk",
    "bhd",
    "berhad",
    "pjsc",
    "ojsc",
    "oao",
    "ltda",
    "nl",
];

/// EDGAR's suffixes on conformed names: `NOKIA CORP/ADR/`, `TOYOTA MOTOR CORP/`, `X LTD/FI`.
fn without_edgar_suffix(name: &str) -> &str {
    let mut n = name.trim_end();
    loop {
        let t = n.strip_suffix('/').unwrap_or(n);
        match t.rfind('/') {
            Some(p) if t.len() - p <= 6 && t[p + 1..].chars().all(|c| c.is_ascii_alphabetic()) => {
                n = &t[..p];
            }
            _ => return t,
        }
    }
}

/// Letters and digits of each word, lowercased, company forms left out.
fn key(name: &str) -> String {
    let folded: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let words: Vec<&str> = folded.split_whitespace().collect();
    // "N V" / "S A" come out as two one-letter words: join single letters first.
    let mut joined: Vec<String> = Vec::new();
    for w in words {
        match joined.last_mut() {
            Some(last)
                if w.len() == 1
                    && last.len() <= 2
                    && last.chars().all(char::is_alphabetic)
                    && FORMS.contains(&format!("{last}{w}").as_str()) =>
            {
                last.push_str(w)
            }
            _ => joined.push(w.to_string()),
        }
    }
    joined
        .into_iter()
        .filter(|w| !FORMS.contains(&w.as_str()))
        .collect::<Vec<_>>()
        .join("")
}

/// Digits of a file number without leading zeros in each group: `000-53543` = `0-53543`.
fn number_key(n: &str) -> String {
    n.split('-')
        .map(|g| {
            let g = g.trim_start_matches('0');
            if g.is_empty() {
                "0"
            } else {
                g
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

pub fn check(
    header: &Header,
    registrants: &[Registrant],
    file_numbers: &[Field<String>],
    diagnostics: &mut Vec<Diagnostic>,
) {
    let filers: Vec<_> = header
        .parties
        .iter()
        .filter(|p| p.company_data.is_some())
        .collect();
    let mut names: Vec<&Field<String>> = Vec::new();
    let mut known: Vec<String> = Vec::new();
    for p in &filers {
        if let Some(n) = p
            .company_data
            .as_ref()
            .and_then(|c| c.conformed_name.as_ref())
        {
            names.push(n);
            known.push(key(without_edgar_suffix(&n.value)));
        }
        known.extend(
            p.former_names
                .iter()
                .filter_map(|f| f.name.as_ref())
                .map(|n| key(without_edgar_suffix(&n.value))),
        );
    }
    if let Some(first) = names.first() {
        for r in registrants {
            let on_cover = [Some(&r.name), r.english_name.as_ref()];
            let matches = on_cover.iter().flatten().any(|n| {
                let k = key(&n.value);
                !k.is_empty()
                    && known
                        .iter()
                        .any(|h| *h == k || h.starts_with(&k) || k.starts_with(h.as_str()))
            });
            if !matches {
                diagnostics.push(
                    Diagnostic::warning(
                        "registrant-differs-from-header",
                        format!(
                            "the cover's registrant \"{}\" is not the header's company \"{}\" (nor one of its former names)",
                            r.name.value, first.value
                        ),
                        r.name.span,
                    )
                    .with_related(first.span),
                );
            }
        }
    }
    let header_numbers: Vec<&Field<String>> = filers
        .iter()
        .flat_map(|p| p.filing_values.iter())
        .filter_map(|v| v.file_number.as_ref())
        .collect();
    if let Some(first) = header_numbers.first() {
        for n in file_numbers {
            let k = number_key(&n.value);
            if !header_numbers.iter().any(|h| number_key(&h.value) == k) {
                diagnostics.push(
                    Diagnostic::info(
                        "file-number-differs-from-header",
                        format!(
                            "the cover's Commission File Number {} is not the header's SEC file number {}",
                            n.value, first.value
                        ),
                        n.span,
                    )
                    .with_related(first.span),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_as_a_reader_reads_them() {
        assert_eq!(key("ABN AMRO HOLDING N.V."), key("ABN AMRO HOLDING N V"));
        assert_eq!(key("Agria Corp"), key("AGRIA CORPORATION"));
        assert_ne!(key("Agria Corp"), key("Alcon Inc"));
        assert_eq!(
            key(without_edgar_suffix("NOKIA CORP/ADR/")),
            key("Nokia Corporation")
        );
        assert_eq!(
            key(without_edgar_suffix("TOYOTA MOTOR CORP/")),
            key("TOYOTA MOTOR CORPORATION")
        );
        assert_eq!(
            key("TOYOTA JIDOSHA KABUSHIKI KAISHA"),
            key(without_edgar_suffix("TOYOTA JIDOSHA K K"))
        );
        assert_eq!(number_key("000-53543"), number_key("0-53543"));
        assert_ne!(number_key("001-33766"), number_key("333-33766"));
    }
}
