//! Showing a user's text in a message, a header or a list of paths: the one place
//! that decides how a character that would act on the terminal, hide itself or
//! reorder the line is written. Control characters (C0, DEL, C1 such as U+0085),
//! invisible format characters (zero-width space and joiners, the byte-order mark,
//! the soft hyphen, word joiner) and the bidirectional controls (LRE ... RLO, LRI
//! ... PDI, LRM, RLM, ALM), and the line and paragraph separators are shown as
//! `\u{XXXX}`, so `8000\u{200B}万` and a file named `evil\u{1B}]0;…` read as what
//! they are. Tab and newline are escaped too: a message stays one line.

/// Whether `c` is shown escaped.
pub(crate) fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'
                | '\u{034F}'
                | '\u{061C}'
                | '\u{115F}'
                | '\u{1160}'
                | '\u{17B4}'
                | '\u{17B5}'
                | '\u{180B}'..='\u{180F}'
                | '\u{200B}'..='\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{206F}'
                | '\u{3164}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{FEFF}'
                | '\u{FFA0}'
                | '\u{FFF0}'..='\u{FFFB}'
                | '\u{E0000}'..='\u{E007F}'
        )
}

/// `text` with every hidden character (see `is_hidden`) written `\u{XXXX}`.
pub fn shown(text: &str) -> String {
    if !text.chars().any(is_hidden) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    out
}

fn push_shown(out: &mut String, c: char) {
    if is_hidden(c) {
        out.push_str(&format!("\\u{{{:04X}}}", u32::from(c)));
    } else {
        out.push(c);
    }
}

/// `text` cut at `limit` characters (with "…" when cut), hidden characters
/// escaped as [`shown`] does.
pub fn quote_limited(text: &str, limit: usize) -> String {
    let mut chars = text.chars();
    let mut head = String::new();
    for c in chars.by_ref().take(limit) {
        push_shown(&mut head, c);
    }
    if chars.next().is_some() {
        head.push('…');
    }
    head
}

/// A path as messages and reports name it: as given, with any byte that is not
/// UTF-8 written `\xNN` rather than lost, and control, invisible and bidi
/// characters written `\u{XXXX}` (`quote::shown`), so a file name cannot send
/// terminal escapes or split a line.
pub fn path_name(path: &std::path::Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut name = String::new();
        for chunk in path.as_os_str().as_bytes().utf8_chunks() {
            name.push_str(&shown(chunk.valid()));
            for byte in chunk.invalid() {
                name.push_str(&format!("\\x{byte:02X}"));
            }
        }
        name
    }
    #[cfg(not(unix))]
    {
        shown(&path.display().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(shown("8000\u{200B}万"), "8000\\u{200B}万");
        assert_eq!(
            shown("evil\u{1B}]0;PWNED\u{7}"),
            "evil\\u{001B}]0;PWNED\\u{0007}"
        );
        assert_eq!(
            shown("a\u{202E}b\nc\u{85}"),
            "a\\u{202E}b\\u{000A}c\\u{0085}"
        );
        assert_eq!(shown("华东 精密 café"), "华东 精密 café");
        assert_eq!(quote_limited("ab\u{FEFF}cd", 3), "ab\\u{FEFF}…");
    }
}
