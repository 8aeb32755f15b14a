//! Names from a filing made safe to use as file names.
//!
//! ```text
//! begin 644 ../../tmp/evil.txt          -> tmp_evil.txt
//! <FILENAME>..\..\win<BEL>bell.txt       -> win_bell.txt
//! ```
//!
//! A `<FILENAME>` or a uuencode `begin` line is whatever the filer typed; written as a
//! path as it stands, it can climb out of the folder it was meant for.

/// Longest name returned, in bytes.
const MAX_NAME: usize = 120;

/// `name` as one safe file name: path separators (`/`, `\`) and empty, `.` and `..`
/// components dropped and the rest joined with `_`; control characters and the
/// characters Windows refuses (`: * ? " < > |`) as `_`; no leading dot; at most 120
/// bytes, keeping a short extension. `None` when nothing is left.
///
/// ```
/// assert_eq!(form6k::safe_file_name("../../tmp/evil.txt").as_deref(), Some("tmp_evil.txt"));
/// assert_eq!(form6k::safe_file_name("/etc/passwd").as_deref(), Some("etc_passwd"));
/// assert_eq!(form6k::safe_file_name("g50878g08q86.jpg").as_deref(), Some("g50878g08q86.jpg"));
/// assert_eq!(form6k::safe_file_name(".."), None);
/// ```
pub fn safe_file_name(name: &str) -> Option<String> {
    let parts: Vec<String> = name
        .split(['/', '\\'])
        .map(|part| {
            let cleaned: String = part
                .chars()
                .map(|c| match c {
                    c if c.is_control() => '_',
                    ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
                    c => c,
                })
                .collect();
            cleaned.trim().trim_end_matches('.').to_string()
        })
        .filter(|p| !p.is_empty() && p.chars().any(|c| c != '.'))
        .collect();
    let mut joined = parts.join("_");
    if joined.starts_with('.') {
        joined.replace_range(0..1, "_");
    }
    if joined.len() > MAX_NAME {
        // Keep the extension: a JPEG stays openable as one.
        let ext = joined
            .rfind('.')
            .filter(|&i| joined.len() - i <= 10)
            .and_then(|i| joined.get(i..))
            .unwrap_or("")
            .to_string();
        let mut cut = MAX_NAME - ext.len();
        while !joined.is_char_boundary(cut) {
            cut -= 1;
        }
        joined = format!("{}{ext}", joined.get(..cut).unwrap_or(""));
    }
    (!joined.is_empty()).then_some(joined)
}

#[cfg(test)]
mod tests {
    use super::safe_file_name as safe;

    #[test]
    fn climbing_and_absolute_names_become_one_component() {
        assert_eq!(safe("../../tmp/evil.txt").as_deref(), Some("tmp_evil.txt"));
        assert_eq!(
            safe("..\\..\\win\u{7}bell.txt").as_deref(),
            Some("win_bell.txt")
        );
        assert_eq!(
            safe("/etc/evil-absolute.txt").as_deref(),
            Some("etc_evil-absolute.txt")
        );
        assert_eq!(safe("a/./b//c").as_deref(), Some("a_b_c"));
        assert_eq!(safe(".hidden").as_deref(), Some("_hidden"));
        assert_eq!(safe("C:\\x?.pdf").as_deref(), Some("C__x_.pdf"));
        assert_eq!(safe("name. "), Some("name".to_string()));
        for nothing in ["", "..", ".", "../..", "/", " \\ "] {
            assert_eq!(safe(nothing), None, "{nothing:?}");
        }
    }

    #[test]
    fn long_names_are_cut_at_a_character_keeping_the_extension() {
        let long = format!("{}.jpeg", "é".repeat(100));
        let s = safe(&long).unwrap();
        assert!(
            s.len() <= 120 && s.ends_with(".jpeg") && s.starts_with('é'),
            "{s}"
        );
        let s = safe(&"x".repeat(300)).unwrap();
        assert_eq!(s.len(), 120);
    }
}
