//! The spellings input accepts wherever it comes from — a TOML profile, a sheet's
//! cell, an interview answer — kept in one place so that they read the same values
//! the same way (docs/guide.md "The profile", "Spelling").

/// The words that mean yes, compared after trimming and in lower case.
pub const YES: &[&str] = &["true", "yes", "y", "1", "是", "是的", "对"];
/// The words that mean no, compared after trimming and in lower case.
pub const NO: &[&str] = &["false", "no", "n", "0", "否", "不", "不是", "不对"];

/// Yes or no written as a word: `true/false`, `yes/no`, `y/n`, `1/0`, `是/否`,
/// `对/不对`, in any case; `None` for any other text.
pub fn flag(text: &str) -> Option<bool> {
    let word = text.trim().to_lowercase();
    if YES.contains(&word.as_str()) {
        Some(true)
    } else if NO.contains(&word.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// A whole number written as text: an optional sign and ASCII or full-width digits,
/// with `,` or `_` between groups, as the plain number (`"-"` kept, leading zeros
/// dropped: `" 1,200 "` → `"1200"`, `"００７"` → `"7"`); `None` for any other text.
pub fn whole_number(text: &str) -> Option<String> {
    let text = half_width(text.trim());
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(&text)),
    };
    let plain: String = digits.chars().filter(|c| *c != ',' && *c != '_').collect();
    let grouped_ok = !digits.starts_with([',', '_']) && !digits.ends_with([',', '_']);
    if !grouped_ok || plain.is_empty() || !plain.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let trimmed = plain.trim_start_matches('0');
    Some(format!(
        "{sign}{}",
        if trimmed.is_empty() { "0" } else { trimmed }
    ))
}

/// Full-width digits and punctuation (as a Chinese input method types them) as ASCII.
pub fn half_width(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '０'..='９' | '－' | '＋' | '，' | '＿' | '．' => {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// An enum value as its id is written: trimmed and in lower case (`Group` → `group`).
/// Chinese names are unchanged.
pub(crate) fn id_case(text: &str) -> String {
    text.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_in_any_case_and_both_languages() {
        for yes in ["true", "Yes", " Y ", "1", "是", "对", "TRUE"] {
            assert_eq!(flag(yes), Some(true), "{yes}");
        }
        for no in ["false", "NO", "n", "0", "否", "不对", "False"] {
            assert_eq!(flag(no), Some(false), "{no}");
        }
        for other in ["", "maybe", "yes please", "2"] {
            assert_eq!(flag(other), None, "{other}");
        }
    }

    #[test]
    fn whole_numbers_with_groups_and_full_width_digits() {
        assert_eq!(whole_number("12").as_deref(), Some("12"));
        assert_eq!(whole_number(" 1,200 ").as_deref(), Some("1200"));
        assert_eq!(whole_number("００７").as_deref(), Some("7"));
        assert_eq!(whole_number("３２").as_deref(), Some("32"));
        assert_eq!(whole_number("-3").as_deref(), Some("-3"));
        assert_eq!(whole_number("1_000").as_deref(), Some("1000"));
        for other in ["", ",12", "12,", "12.5", "twelve", "1e3"] {
            assert_eq!(whole_number(other), None, "{other}");
        }
    }
}
