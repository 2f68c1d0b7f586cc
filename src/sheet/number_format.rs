//! What an XLSX number format adds to a number: the text around it (`"万元"`, a
//! currency such as `[$$-409]` or `¥`) and its scaling (a `,` after the last digit
//! shows thousands). A revenue cell holding 8000 under the format `#,##0"万元"`
//! shows 8000万元, and means it; holding 1,200,000,000 under `[$$-409]#,##0.00` it
//! shows $1,200,000,000.00, dollars. Read as the bare number, the first was 8000
//! yuan and the second as many yuan as dollars. The money columns read the number
//! as the format shows it (`8000万元`, `$1200000000`), and the money parser judges
//! the unit and the currency as in a profile file; a count column keeps the number.

/// Longest text a format may put around a number, in bytes: a unit or a currency
/// is a few characters; a longer one is not shown (the number is read bare, as a
/// format of only digits would be).
const MAX_AFFIX_BYTES: usize = 32;

/// The first custom number format's id: those below are built in, and the built-in
/// currency formats (5–8, 41–44) show the currency of the reader's locale, which the
/// file does not say.
const FIRST_CUSTOM_ID: u32 = 164;

/// The text a number format puts before and after a positive number, and the
/// powers of a thousand it divides by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Decoration {
    prefix: String,
    suffix: String,
    thousands: u8,
}

impl Decoration {
    /// The decoration of format `code` (number format `id`); `None` when it shows
    /// the bare number: a built-in format, a percentage or an exponent, text only,
    /// or nothing but digits and punctuation around them.
    pub(super) fn of(id: Option<u32>, code: &str) -> Option<Decoration> {
        if id.is_some_and(|id| id < FIRST_CUSTOM_ID) {
            return None;
        }
        let section = first_section(code);
        // The text before the digits, and after them: `sides[usize::from(digits)]`.
        let mut sides = [String::new(), String::new()];
        let mut digits = false;
        let mut thousands = 0u8;
        let mut chars = section.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => sides[usize::from(digits)].push_str(&until(&mut chars, '"')),
                '\\' => {
                    if let Some(c) = chars.next() {
                        sides[usize::from(digits)].push(c);
                    }
                }
                // A space as wide as the next character, or that character
                // repeated to fill the cell: nothing a reader takes as text.
                '_' | '*' => {
                    chars.next();
                }
                '[' => {
                    let inside = until(&mut chars, ']');
                    // `[$USD-409]`, `[$€-2]`: the currency as shown; `[$-804]` only
                    // a locale. Colours and conditions show nothing.
                    if let Some(currency) = inside.strip_prefix('$') {
                        let shown = currency.split('-').next().unwrap_or("");
                        sides[usize::from(digits)].push_str(shown);
                    }
                }
                '0' | '#' | '?' => {
                    digits = true;
                    // Digits after text after digits: a fraction or a second number
                    // (`0 "to" 0`), not one amount.
                    if !sides[1].trim().is_empty() {
                        return None;
                    }
                    thousands = 0;
                }
                ',' if digits => thousands = thousands.saturating_add(1),
                ',' | '.' => {}
                '%' | 'E' | 'e' | '@' | '/' => return None,
                // Letters outside quotes are the format's own codes (General, a
                // date's parts, a colour's name): no text of the amount.
                c if c.is_ascii_alphabetic() => {}
                c => sides[usize::from(digits)].push(c),
            }
        }
        // Grouping commas are followed by a digit: only those after the last are
        // scaling. They were counted and reset at each digit above.
        // The outer ends trimmed; a space next to the number is kept (`USD 5`).
        let [prefix, suffix] = sides;
        let prefix = prefix.trim_start().to_string();
        let suffix = suffix.trim_end().to_string();
        // Text a reader takes as part of the amount: a letter or a digit, `$`, or
        // any character past ASCII (¥, €, £, 万, 元); not brackets or dashes.
        let text = |t: &str| {
            t.chars()
                .any(|c| c.is_alphanumeric() || c == '$' || !(c.is_ascii() || c.is_whitespace()))
        };
        if !digits || (!text(&prefix) && !text(&suffix)) {
            return None;
        }
        if prefix.len() + suffix.len() > MAX_AFFIX_BYTES {
            return None;
        }
        Some(Decoration {
            prefix,
            suffix,
            thousands: thousands.min(6),
        })
    }

    /// `number` as the format shows it, in full (not rounded to its places):
    /// `8000万元`, `$1200000000`, `80.5M` for 80,500,000 under `#,##0.0,,"M"`.
    pub(super) fn show(&self, number: f64) -> String {
        let scaled = number / 1000f64.powi(i32::from(self.thousands));
        format!("{}{scaled}{}", self.prefix, self.suffix)
    }
}

/// The characters up to `end` (taken, not kept), or to the end of the format.
fn until(chars: &mut std::str::Chars<'_>, end: char) -> String {
    chars.by_ref().take_while(|&c| c != end).collect()
}

/// The format for positive numbers: up to the first `;` outside quotes, brackets
/// and escapes.
fn first_section(code: &str) -> &str {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    for (at, c) in code.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\\' | '_' | '*' => escaped = true,
            '[' => bracket = true,
            ']' => bracket = false,
            ';' if !bracket => return &code[..at],
            _ => {}
        }
    }
    code
}

#[cfg(test)]
mod tests {
    use super::Decoration;

    fn shown(code: &str, number: f64) -> Option<String> {
        Decoration::of(Some(164), code).map(|d| d.show(number))
    }

    #[test]
    fn text_around_the_number_is_kept_with_it() {
        assert_eq!(shown("#,##0\"万元\"", 8000.0).as_deref(), Some("8000万元"));
        assert_eq!(shown("0.0\"亿\"", 1.2).as_deref(), Some("1.2亿"));
        assert_eq!(
            shown("[$$-409]#,##0.00", 1.2e9).as_deref(),
            Some("$1200000000")
        );
        assert_eq!(
            shown("[$USD] #,##0;[Red]-[$USD] #,##0", 5e7).as_deref(),
            Some("USD 50000000")
        );
        assert_eq!(shown("\"¥\"#,##0", 8e7).as_deref(), Some("¥80000000"));
        assert_eq!(shown("¥#,##0;¥\\-#,##0", 8e7).as_deref(), Some("¥80000000"));
        assert_eq!(shown("[$€-407] #,##0", 3e7).as_deref(), Some("€ 30000000"));
        assert_eq!(
            shown("_($* #,##0_);_($* (#,##0)", 3e7).as_deref(),
            Some("$30000000")
        );
    }

    #[test]
    fn commas_after_the_digits_divide_by_a_thousand() {
        assert_eq!(
            shown("#,##0.0,,\"M\"", 80_500_000.0).as_deref(),
            Some("80.5M")
        );
        assert_eq!(shown("#,##0,\"千元\"", 80_000.0).as_deref(), Some("80千元"));
    }

    #[test]
    fn a_format_of_digits_only_shows_the_bare_number() {
        for code in [
            "General",
            "0",
            "#,##0.00",
            "#,##0,",
            "#,##0_);(#,##0)",
            "[Red]#,##0",
            "[$-804]#,##0",
            "0.00\" \"",
            "0%",
            "0.00E+00",
            "# ?/?",
            "@",
        ] {
            assert_eq!(Decoration::of(Some(164), code), None, "{code}");
        }
        // Built in (the locale's currency, which the file does not name).
        assert_eq!(Decoration::of(Some(44), "_($* #,##0.00_)"), None);
        // Text longer than any unit or currency.
        let long = format!("0\"{}\"", "x".repeat(40));
        assert_eq!(Decoration::of(Some(164), &long), None);
    }
}
