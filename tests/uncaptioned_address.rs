//! A cover's address printed with no caption under it (`docs/covers.md`, "Address with
//! no caption"). Real covers with their "(Address of principal executive offices)"
//! caption taken out must give the same address: the lines under the registrant's name
//! (or its caption) are the address, whether they are centred paragraphs or the rows of a
//! one-column layout table; and with its name captions taken out too, the name is still
//! read, and the address under it. The corpus part scores the tune keys only (never the blind
//! ones) against the key's address.

mod common;

use common::keys::{blind_files, INPUTS, KEY_DIRS};
use serde_json::Value;
use std::path::Path;

/// Length of the separator (white space, tags, `&nbsp;`) at `s[i..]`.
fn separator(s: &[u8], mut i: usize) -> usize {
    let start = i;
    loop {
        match s.get(i) {
            Some(c) if c.is_ascii_whitespace() => i += 1,
            Some(b'<') => match s[i..].iter().position(|&c| c == b'>') {
                Some(p) => i += p + 1,
                None => break,
            },
            Some(b'&') => {
                let rest = &s[i..];
                match [&b"&nbsp;"[..], b"&#160;", b"&#xa0;"]
                    .iter()
                    .find(|e| rest.len() >= e.len() && rest[..e.len()].eq_ignore_ascii_case(e))
                {
                    Some(e) => i += e.len(),
                    None => break,
                }
            }
            _ => break,
        }
    }
    i - start
}

/// The word `w` (ASCII, any case) at `s[i..]`, then its length.
fn word(s: &[u8], i: usize, w: &str) -> Option<usize> {
    let w = w.as_bytes();
    let got = s.get(i..i + w.len())?;
    got.eq_ignore_ascii_case(w).then_some(w.len())
}

/// `bytes` without its first "(Address of [the] [registrant's] principal executive
/// office[s])" caption (the brackets too), or `None` when it has none.
fn strip_caption(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut i = 0;
    while i < bytes.len() {
        if let Some(n) = word(bytes, i, "address") {
            let mut j = i + n;
            let mut ok = true;
            for (w, optional) in [
                ("of", false),
                ("the", true),
                ("registrant", true),
                ("principal", false),
                ("executive", false),
                ("office", false),
            ] {
                let sep = separator(bytes, j);
                match word(bytes, j + sep, w) {
                    Some(n) => {
                        j += sep + n;
                        if w == "registrant" {
                            // "registrant's" with any apostrophe (or its entity).
                            while j < bytes.len()
                                && !bytes[j].is_ascii_whitespace()
                                && bytes[j] != b'<'
                            {
                                j += 1;
                            }
                        }
                    }
                    None if optional => {}
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                if bytes.get(j).is_some_and(|c| c.eq_ignore_ascii_case(&b's')) {
                    j += 1;
                }
                let sep = separator(bytes, j);
                if bytes.get(j + sep) == Some(&b')') {
                    j += sep + 1;
                }
                let mut a = i;
                while a > 0 && bytes[a - 1].is_ascii_whitespace() {
                    a -= 1;
                }
                if a > 0 && bytes[a - 1] == b'(' {
                    a -= 1;
                }
                let mut out = bytes[..a].to_vec();
                out.extend_from_slice(&bytes[j..]);
                return Some(out);
            }
        }
        i += 1;
    }
    None
}

/// `bytes` without the first bracketed caption that opens with `words` ("(Exact name of
/// registrant as specified in its charter)"), or `None` when it has none.
fn strip_bracketed(bytes: &[u8], words: &[&str]) -> Option<Vec<u8>> {
    for (i, _) in bytes.iter().enumerate().filter(|(_, &c)| c == b'(') {
        let mut j = i + 1;
        let mut ok = true;
        for w in words {
            let sep = separator(bytes, j);
            match word(bytes, j + sep, w) {
                Some(n) => j += sep + n,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            continue;
        }
        let close = bytes[j..].iter().take(200).position(|&c| c == b')')?;
        let mut out = bytes[..i].to_vec();
        out.extend_from_slice(&bytes[j + close + 1..]);
        return Some(out);
    }
    None
}

/// `bytes` with neither an address caption nor a name caption: a cover with no captions.
fn strip_all_captions(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = strip_caption(bytes)?;
    let mut any = false;
    for words in [&["exact", "name", "of"][..], &["translation", "of"]] {
        if let Some(o) = strip_bracketed(&out, words) {
            out = o;
            any = true;
        }
    }
    any.then_some(out)
}

fn names(bytes: &[u8]) -> Vec<String> {
    let report = form6k::parse_with(
        bytes,
        &form6k::Options {
            blocks: false,
            ..Default::default()
        },
    )
    .report;
    report
        .map(|r| r.registrants.iter().map(|n| fold(&n.name.value)).collect())
        .unwrap_or_default()
}

fn addresses(bytes: &[u8]) -> Vec<String> {
    let options = form6k::Options {
        blocks: false,
        ..Default::default()
    };
    let report = form6k::parse_with(bytes, &options).report;
    report
        .map(|r| r.addresses.iter().map(|a| a.value.clone()).collect())
        .unwrap_or_default()
}

/// Letters and digits only, lowercased: how the keys' addresses are compared.
fn fold(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[test]
fn the_strip_removes_exactly_the_caption() {
    let html = b"<p align=center>9000 Glenlyon Parkway</p><p align=center>(Address of\n principal executive&nbsp;offices)</p><p>Indicate";
    let out = strip_caption(html).unwrap();
    assert_eq!(
        String::from_utf8(out).unwrap(),
        "<p align=center>9000 Glenlyon Parkway</p><p align=center></p><p>Indicate"
    );
    let text = b"  Room 1701\n  (Address of registrant's principal executive office)\n";
    let out = strip_caption(text).unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), "  Room 1701\n  \n");
    assert!(strip_caption(b"(Address of the head office)").is_none());
}

/// The committed real submissions: without its caption, each cover's address reads as
/// it does with it.
#[test]
fn fixture_covers_read_their_address_without_its_caption() {
    let mut checked = Vec::new();
    let dir = Path::new(common::SUBMISSIONS);
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    for name in names {
        let bytes = common::submission(&name);
        let with = addresses(&bytes);
        let Some(stripped) = strip_caption(&bytes) else {
            continue;
        };
        if with.is_empty() {
            continue;
        }
        let without = addresses(&stripped);
        assert_eq!(
            without.iter().map(|a| fold(a)).collect::<Vec<_>>(),
            with.iter().map(|a| fold(a)).collect::<Vec<_>>(),
            "{name}: {without:?} against {with:?}"
        );
        checked.push(name);
    }
    // Among them Ballard's cover, laid out as a one-column table (a row per line, the
    // jurisdiction's row and caption between the name and the address).
    assert!(
        checked.iter().any(|n| n == "0001309014-10-000096.txt"),
        "{checked:?}"
    );
    assert!(checked.len() >= 9, "{checked:?}");
}

/// The tune keys (and the 80 keys of `sixk-labels/`) whose cover has an address caption:
/// with the caption taken out, the address still equals the key's.
#[test]
fn keyed_covers_read_their_address_without_its_caption() {
    if !common::corpus_present("keyed_covers_read_their_address_without_its_caption") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let blind = blind_files();
    let mut keys = Vec::new();
    for d in KEY_DIRS
        .iter()
        .map(|d| root.join(d))
        .chain([Path::new(common::CORPUS).join("sixk-labels")])
    {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "json") {
                keys.push(p);
            }
        }
    }
    keys.sort();
    let (mut scored, mut exact) = (0, 0);
    let mut misses = Vec::new();
    let (mut bare_scored, mut bare_exact) = (0, 0);
    let mut bare_misses = Vec::new();
    for k in &keys {
        let key: Value = serde_json::from_slice(&std::fs::read(k).unwrap()).unwrap();
        let Some(file) = key["file"].as_str() else {
            continue;
        };
        let expected: Vec<String> = key["address"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(fold)
            .collect();
        if blind.contains(file) || expected.is_empty() {
            continue;
        }
        let Some(input) = INPUTS
            .iter()
            .map(|d| root.join(d).join(file))
            .find(|p| p.is_file())
        else {
            continue;
        };
        let bytes = std::fs::read(input).unwrap();
        let expected_names: Vec<String> = key["registrantNames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(fold)
            .collect();
        if let Some(bare) = strip_all_captions(&bytes) {
            bare_scored += 1;
            let got: Vec<String> = addresses(&bare).iter().map(|a| fold(a)).collect();
            let got_names = names(&bare);
            if got == expected && got_names == expected_names {
                bare_exact += 1;
            } else {
                bare_misses.push(format!("{file}: {got_names:?} {got:?}"));
            }
        }
        let Some(stripped) = strip_caption(&bytes) else {
            continue;
        };
        scored += 1;
        let got: Vec<String> = addresses(&stripped).iter().map(|a| fold(a)).collect();
        if got == expected {
            exact += 1;
        } else {
            misses.push(format!("{file}: {got:?}"));
        }
    }
    println!("uncaptioned addresses: {exact}/{scored} exact; misses: {misses:?}");
    println!(
        "no captions at all: {bare_exact}/{bare_scored} names and addresses exact; misses: {bare_misses:?}"
    );
    // Measured 2026-12-07: 133 of 134 (ABN AMRO again), 120 before a company form let a
    // name hold a digit ("3SBio Inc.") and an income fund read as a name.
    assert!(
        bare_scored >= 130,
        "{bare_scored} keyed covers had both captions"
    );
    // Session 7's keys added one miss each here: AIXTRON's 0001157523-10-005634, whose
    // address (under "AIXTRON AKTIENGESELLSCHAFT") is not found once the captions go
    // (176 of 178, 236 of 238 below); left for the address reader. Session 8's keys
    // added Acergy's 0000950127-10-000121 (207 of 210).
    assert!(
        bare_exact + 3 >= bare_scored,
        "{bare_exact}/{bare_scored}: {bare_misses:?}"
    );
    // Measured 2026-12-07: 175 of 176 (ABN AMRO's two addresses, of which one keeps its
    // caption: the uncaptioned reading is only tried on a cover with no address caption).
    assert!(
        scored >= 170,
        "{scored} keyed covers had an address caption"
    );
    assert!(exact + 2 >= scored, "{exact}/{scored}: {misses:?}");
}
