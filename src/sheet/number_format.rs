//! What an XLSX number format adds to a number: the text around it (`"万元"`, a
//! currency such as `[$$-409]` or `¥`) and its scaling (a `,` after the last digit
//! shows thousands). A revenue cell holding 8000 under the format `#,##0"万元"`
//! shows 8000万元, and means it; holding 1,200,000,000 under `[$$-409]#,##0.00` it
//! shows $1,200,000,000.00, dollars. Read as the bare number, the first was 8000
//! yuan and the second as many yuan as dollars. The money columns read the number
//! as the format shows it (`8000万元`, `USD 1200000000`), and the money parser
//! judges the unit and the currency as in a profile file; a count column keeps the
//! number. A format whose text cannot be read with the number (a percentage, an
//! exponent or a fraction with a unit, a condition that is not understood, an
//! unclosed quote, a currency sign whose locale is not known) is refused for an
//! amount rather than read bare.

use std::collections::HashMap;

use calamine::Style;

use super::row::Cell;

/// Longest text a format may put around a number, in bytes: a unit or a currency
/// is a few characters. Longer is refused for an amount.
const MAX_AFFIX_BYTES: usize = 32;

/// Longest format code read, in bytes (Excel allows 255 characters): a longer one
/// is refused for an amount without being read.
const MAX_CODE_BYTES: usize = 1024;

/// The first custom number format's id: those below are built in, and the built-in
/// currency formats (5–8, 41–44) show the currency of the reader's locale, which the
/// file does not say.
const FIRST_CUSTOM_ID: u32 = 164;

/// Most powers of a thousand a format may divide by (`,,,,,,` shows exa-units).
const MAX_THOUSANDS: u8 = 6;

/// Currency signs that stand for several currencies: with a locale (`[$$-C09]`) the
/// locale decides; with one not in [`LOCALE_CURRENCIES`], the amount is refused.
const SHARED_SIGNS: [&str; 3] = ["$", "¥", "￥"];

/// The currency of a locale id (Windows LCID, in hex as a format writes it), for
/// the locales whose sign is one of [`SHARED_SIGNS`].
const LOCALE_CURRENCIES: [(&str, &str); 12] = [
    ("409", "USD"),
    ("804", "CNY"),
    ("411", "JPY"),
    ("C09", "AUD"),
    ("1009", "CAD"),
    ("80A", "MXN"),
    ("C04", "HKD"),
    ("1404", "MOP"),
    ("404", "TWD"),
    ("1004", "SGD"),
    ("1409", "NZD"),
    ("2C0A", "ARS"),
];

/// Cell styles whose number format is kept worked out while a sheet is read.
const MAX_STYLES_KEPT: usize = 4096;

/// The number formats of a workbook's cell styles, worked out as number cells use
/// them: once per style for the first styles of the table (a workbook has a few
/// dozen; past the cap a format is worked out per cell, and a code is at most
/// [`MAX_CODE_BYTES`] to work out). A style id past the table is never kept.
#[derive(Default)]
pub(super) struct Formats {
    kept: HashMap<usize, Option<NumberFormat>>,
}

impl Formats {
    /// The cell of `number` under style `style`: `None` when its format adds no
    /// text (the cell is then the bare number).
    pub(super) fn cell(&mut self, styles: &[Style], style: usize, number: f64) -> Option<Cell> {
        let of = |style: usize| {
            let format = styles.get(style)?.number_format.as_ref()?;
            NumberFormat::of(format.format_id, &format.format_code)
        };
        let shown = match self.kept.get(&style) {
            Some(format) => format.as_ref().map(|f| f.show(number)),
            None => {
                let format = of(style);
                let shown = format.as_ref().map(|f| f.show(number));
                if style < styles.len() && self.kept.len() < MAX_STYLES_KEPT {
                    self.kept.insert(style, format);
                }
                shown
            }
        };
        match shown? {
            Shown::Bare => None,
            Shown::Text(text) => Some(Cell::Formatted {
                number,
                shown: Some(text),
            }),
            Shown::Unread => Some(Cell::Formatted {
                number,
                shown: None,
            }),
        }
    }
}

/// How a money cell's number reads under its format.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shown {
    /// The bare number: the format adds no text to it.
    Bare,
    /// The number with the format's text, as the money parser reads it.
    Text(String),
    /// The format adds text that cannot be read with the number.
    Unread,
}

/// A custom number format, section by section (positive; negative; zero; text).
#[derive(Debug, Clone, PartialEq)]
pub(super) struct NumberFormat {
    sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq)]
struct Section {
    condition: Option<Condition>,
    kind: Kind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Bare,
    Shown {
        prefix: String,
        suffix: String,
        thousands: u8,
    },
    Unread,
}

/// `[<1000]`, `[>=1E6]`, `[=0]`, `[<>5]`: when a section applies.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Condition {
    op: Op,
    value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Condition {
    fn parse(text: &str) -> Option<Condition> {
        let (op, rest) = [
            ("<=", Op::Le),
            (">=", Op::Ge),
            ("<>", Op::Ne),
            ("<", Op::Lt),
            (">", Op::Gt),
            ("=", Op::Eq),
        ]
        .iter()
        .find_map(|(sign, op)| text.strip_prefix(sign).map(|rest| (*op, rest)))?;
        let value: f64 = rest.trim().parse().ok()?;
        value.is_finite().then_some(Condition { op, value })
    }

    fn holds(self, n: f64) -> bool {
        match self.op {
            Op::Lt => n < self.value,
            Op::Le => n <= self.value,
            Op::Gt => n > self.value,
            Op::Ge => n >= self.value,
            Op::Eq => n == self.value,
            Op::Ne => n != self.value,
        }
    }
}

impl NumberFormat {
    /// Format `code` (number format `id`); `None` when it shows a number bare
    /// whatever the number: a built-in format, or no section adds text.
    pub(super) fn of(id: Option<u32>, code: &str) -> Option<NumberFormat> {
        if id.is_some_and(|id| id < FIRST_CUSTOM_ID) {
            return None;
        }
        if code.len() > MAX_CODE_BYTES {
            let section = Section {
                condition: None,
                kind: Kind::Unread,
            };
            return Some(NumberFormat {
                sections: vec![section],
            });
        }
        let sections: Vec<Section> = split_sections(code)
            .into_iter()
            .map(Section::parse)
            .collect();
        if sections.iter().all(|s| s.kind == Kind::Bare) {
            return None;
        }
        Some(NumberFormat { sections })
    }

    /// `number` as the format shows it, in full (not rounded to its places):
    /// `8000万元`, `USD 1200000000`, `80.5M` for 80,500,000 under `#,##0.0,,"M"`.
    /// A negative number or one that is not finite is left bare, for the checker
    /// to refuse as such.
    pub(super) fn show(&self, number: f64) -> Shown {
        if !number.is_finite() || number < 0.0 {
            return Shown::Bare;
        }
        let Some(section) = self.section(number) else {
            return Shown::Unread;
        };
        match &section.kind {
            Kind::Bare => Shown::Bare,
            Kind::Unread => Shown::Unread,
            Kind::Shown {
                prefix,
                suffix,
                thousands,
            } => {
                let scaled = number / 1000f64.powi(i32::from(*thousands));
                Shown::Text(format!("{prefix}{scaled}{suffix}"))
            }
        }
    }

    /// The section that shows `number` (0 or more), as a spreadsheet picks it:
    /// with conditions, the first whose condition holds (one without a condition
    /// takes the rest); without, the third for zero when there is one, else the
    /// first.
    fn section(&self, number: f64) -> Option<&Section> {
        if self.sections.iter().any(|s| s.condition.is_some()) {
            return self
                .sections
                .iter()
                .find(|s| s.condition.is_none_or(|c| c.holds(number)));
        }
        match self.sections.get(2) {
            Some(zero) if number == 0.0 => Some(zero),
            _ => self.sections.first(),
        }
    }
}

impl Section {
    fn parse(code: &str) -> Section {
        let mut condition = None;
        // The text before the digits, and after them: `sides[usize::from(digits)]`.
        let mut sides = [String::new(), String::new()];
        let mut digits = false;
        // Text after the digits, then digits again: two numbers (`0 "to" 0`).
        let mut twice = false;
        // A percentage, an exponent, a fraction, text (`@`): not an amount's form.
        let mut odd = false;
        let mut unread = false;
        let mut thousands = 0u8;
        let mut chars = code.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => match until(&mut chars, '"') {
                    Some(text) => sides[usize::from(digits)].push_str(&text),
                    None => unread = true,
                },
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
                '[' => match until(&mut chars, ']') {
                    None => unread = true,
                    // `[$USD-409]`, `[$€-2]`: the currency as shown, or as its
                    // locale names it; `[$-804]` only a locale.
                    Some(inside) if inside.starts_with('$') => match currency(&inside[1..]) {
                        Some(text) => sides[usize::from(digits)].push_str(&text),
                        None => unread = true,
                    },
                    Some(inside) if inside.starts_with(['<', '>', '=']) => {
                        condition = Condition::parse(&inside);
                        unread |= condition.is_none();
                    }
                    // A colour, `[DBNum1]`, elapsed time: nothing shown as text.
                    Some(_) => {}
                },
                '0' | '#' | '?' => {
                    twice |= digits && !sides[1].trim().is_empty();
                    digits = true;
                    thousands = 0;
                }
                'G' | 'g' => {
                    // `General`, and WPS's Chinese `G/通用格式`: the number itself.
                    let rest = chars.as_str();
                    let word = ["eneral", "/通用格式"].into_iter().find(|w| {
                        rest.get(..w.len())
                            .is_some_and(|p| p.eq_ignore_ascii_case(w))
                    });
                    if let Some(word) = word {
                        chars = rest[word.len()..].chars();
                        twice |= digits && !sides[1].trim().is_empty();
                        digits = true;
                        thousands = 0;
                    }
                }
                ',' if digits => thousands = thousands.saturating_add(1),
                ',' | '.' => {}
                '%' | '/' | '@' => odd = true,
                'E' | 'e' if chars.as_str().starts_with(['+', '-']) => odd = true,
                // Letters outside quotes are the format's own codes (a date's
                // parts, a colour's name): no text of the amount.
                c if c.is_ascii_alphabetic() => {}
                c => sides[usize::from(digits)].push(c),
            }
        }
        let [prefix, suffix] = sides;
        // The outer ends trimmed; a space next to the number is kept (`USD 5`).
        let prefix = prefix.trim_start().to_string();
        let suffix = suffix.trim_end().to_string();
        let has_text = is_text(&prefix) || is_text(&suffix);
        let kind = if unread || (has_text && (odd || twice || !digits)) {
            Kind::Unread
        } else if !has_text || !digits {
            Kind::Bare
        } else if prefix.len() + suffix.len() > MAX_AFFIX_BYTES || thousands > MAX_THOUSANDS {
            Kind::Unread
        } else {
            Kind::Shown {
                prefix,
                suffix,
                thousands,
            }
        };
        Section { condition, kind }
    }
}

/// Text a reader takes as part of the amount: a letter or a digit, `$`, or any
/// character past ASCII (¥, €, £, 万, 元); not brackets, dashes or spaces.
fn is_text(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_alphanumeric() || c == '$' || !(c.is_ascii() || c.is_whitespace()))
}

/// The text of a `[$SIGN-LOCALE]` (given without its `$`): the sign as shown, or
/// the currency code of its locale when the sign is shared (`$`, `¥`); `None` for a
/// shared sign of a locale not known. Empty for a locale alone (`[$-804]`).
fn currency(inside: &str) -> Option<String> {
    let (sign, locale) = inside.split_once('-').unwrap_or((inside, ""));
    if !SHARED_SIGNS.contains(&sign) || locale.is_empty() {
        return Some(sign.to_string());
    }
    let locale = locale.trim_start_matches('0');
    LOCALE_CURRENCIES
        .iter()
        .find(|(id, _)| id.eq_ignore_ascii_case(locale))
        .map(|(_, code)| format!("{code} "))
}

/// The characters up to `end` (taken, not kept); `None` when `end` never comes.
fn until(chars: &mut std::str::Chars<'_>, end: char) -> Option<String> {
    let mut text = String::new();
    for c in chars.by_ref() {
        if c == end {
            return Some(text);
        }
        text.push(c);
    }
    None
}

/// The sections of a format: split at each `;` outside quotes, brackets and
/// escapes; at most four (positive; negative; zero; text).
fn split_sections(code: &str) -> Vec<&str> {
    let mut quoted = false;
    let mut bracket = false;
    let mut escaped = false;
    let mut start = 0;
    let mut sections = Vec::new();
    for (at, c) in code.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '"' => quoted = !quoted,
            _ if quoted => {}
            '\\' | '_' | '*' => escaped = true,
            '[' => bracket = true,
            ']' => bracket = false,
            ';' if !bracket => {
                sections.push(&code[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    sections.push(&code[start..]);
    sections.truncate(4);
    sections
}

#[cfg(test)]
mod tests {
    use super::{NumberFormat, Shown};

    fn shown(code: &str, number: f64) -> Shown {
        NumberFormat::of(Some(164), code).map_or(Shown::Bare, |f| f.show(number))
    }

    fn text(t: &str) -> Shown {
        Shown::Text(t.to_string())
    }

    #[test]
    fn text_around_the_number_is_kept_with_it() {
        assert_eq!(shown("#,##0\"万元\"", 8000.0), text("8000万元"));
        assert_eq!(shown("0.0\"亿\"", 1.2), text("1.2亿"));
        assert_eq!(shown("0\\万", 8000.0), text("8000万"));
        assert_eq!(shown("[$$-409]#,##0.00", 1.2e9), text("USD 1200000000"));
        assert_eq!(
            shown("[$USD] #,##0;[Red]-[$USD] #,##0", 5e7),
            text("USD 50000000")
        );
        assert_eq!(shown("\"¥\"#,##0", 8e7), text("¥80000000"));
        assert_eq!(shown("¥#,##0;¥\\-#,##0", 8e7), text("¥80000000"));
        assert_eq!(shown("[$€-407] #,##0", 3e7), text("€ 30000000"));
        assert_eq!(shown("_($* #,##0_);_($* (#,##0)", 3e7), text("$30000000"));
        // General with a unit, as Excel and WPS write it in Chinese.
        assert_eq!(shown("General\"万元\"", 8000.0), text("8000万元"));
        assert_eq!(shown("G/通用格式\"亿元\"", 1.2), text("1.2亿元"));
        assert_eq!(shown("[$-804]General\"万元\"", 8000.0), text("8000万元"));
    }

    #[test]
    fn a_shared_sign_is_read_by_its_locale() {
        assert_eq!(shown("[$¥-411]#,##0", 8e7), text("JPY 80000000"));
        assert_eq!(shown("[$¥-804]#,##0", 8e7), text("CNY 80000000"));
        assert_eq!(shown("[$$-C09]#,##0", 8e7), text("AUD 80000000"));
        assert_eq!(shown("[$$-1009]#,##0", 8e7), text("CAD 80000000"));
        assert_eq!(shown("[$$-0409]#,##0", 8e7), text("USD 80000000"));
        // A dollar of a locale not known is not taken for USD.
        assert_eq!(shown("[$$-2409]#,##0", 8e7), Shown::Unread);
    }

    #[test]
    fn the_section_shown_is_the_one_a_spreadsheet_picks() {
        assert_eq!(shown("[<1000]0\"万元\";0\"元\"", 8000.0), text("8000元"));
        assert_eq!(shown("[<1000]0\"万元\";0\"元\"", 800.0), text("800万元"));
        assert_eq!(
            shown("[>=1000000]0.0,,\"M\";0\"万元\"", 8000.0),
            text("8000万元")
        );
        assert_eq!(shown("[>=1000000]0.0,,\"M\";0\"万元\"", 8e7), text("80M"));
        // Zero takes the third section.
        assert_eq!(shown("0\"万\";-0\"万\";\"无\"", 0.0), Shown::Unread);
        // A negative number is left bare for the checker to refuse.
        assert_eq!(shown("0\"万\"", -8000.0), Shown::Bare);
        assert_eq!(shown("[<abc]0\"万\"", 8000.0), Shown::Unread);
    }

    #[test]
    fn commas_after_the_digits_divide_by_a_thousand() {
        assert_eq!(shown("#,##0.0,,\"M\"", 80_500_000.0), text("80.5M"));
        assert_eq!(shown("#,##0,\"千元\"", 80_000.0), text("80千元"));
        assert_eq!(shown("0.0,,,,,,,,\"M\"", 123_456_789.0), Shown::Unread);
    }

    #[test]
    fn text_that_cannot_be_read_with_the_number_is_refused() {
        for code in [
            "0%\"万元\"",
            "0.00E+00\"万\"",
            "# ?/?\"万\"",
            "0 \"to\" 0",
            "0\"万元",
            "[$$-409#,##0",
            "0\"万元（人民币，不含税，以合同金额为准）\"",
        ] {
            assert_eq!(shown(code, 8000.0), Shown::Unread, "{code}");
        }
        let long = format!("0\"{}\"", "x".repeat(2000));
        assert_eq!(shown(&long, 8000.0), Shown::Unread);
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
            assert_eq!(NumberFormat::of(Some(164), code), None, "{code}");
        }
        // Built in (the locale's currency, which the file does not name).
        assert_eq!(NumberFormat::of(Some(44), "_($* #,##0.00_)"), None);
    }
}
