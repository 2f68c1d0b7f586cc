//! Money amounts: `8000万元`, `¥8,000万`, `0.8亿`, `80M`, `80 million`,
//! `80,000,000`, TOML numbers, and their conversion to yuan (CNY): exact, and in whole
//! yuan truncated toward zero.
//!
//! Arithmetic is exact: amounts are decimals (integer mantissa and a count of
//! decimal places), never floats, so `1.2亿` is 120,000,000 yuan to the yuan, a TOML
//! float is the decimal its text shows (`7.8` is 7.8), USD 7,042,253.52 at 7.1 is
//! CNY 49,999,999.992 (not 50,000,000), and an amount too large to hold is an error,
//! not a wrong number.
//!
//! A money string is, in this order: an optional currency sign (`¥` or `￥` for CNY,
//! `$` for USD, `€` for EUR), digits with optional `_`, `,` or `，` separators and one
//! decimal point, an optional space, an optional unit ([`UNITS`]) and an optional
//! trailing `元`. Full-width digits, punctuation and space, as a Chinese input method
//! types them (`８０００万`, `80，000，000`, `３．５万亿元`), read as their ASCII forms.
//! Failing that, Chinese numerals and mixed units (`五亿`, `壹亿伍仟万元整`,
//! `1亿5000万`) are read by [`chinese`].

use std::fmt;

pub mod chinese;

/// Longest money string read, in characters: the longest sensible one ("RMB
/// 1,000,000,000,000.123456789012345678 million") is far shorter. Anything longer is
/// refused before it is parsed.
pub const MAX_TEXT_CHARS: usize = 128;

/// The units a money string may carry, with their power of ten. Latin units are
/// matched in any case.
pub const UNITS: [(&str, u32); 15] = [
    ("千", 3),
    ("万", 4),
    ("百万", 6),
    ("千万", 7),
    ("亿", 8),
    ("万亿", 12),
    ("K", 3),
    ("thousand", 3),
    ("M", 6),
    ("million", 6),
    ("B", 9),
    ("bn", 9),
    ("billion", 9),
    ("T", 12),
    ("trillion", 12),
];

/// The currency signs a money string may start with, and the currency each belongs to.
pub const SIGNS: [(char, &str); 4] = [('¥', "CNY"), ('￥', "CNY"), ('$', "USD"), ('€', "EUR")];

/// Currency codes, names and the signs of more than one character a money string may
/// carry, with the currency each names (docs/guide.md "Money"): a code or name before or after
/// the amount (`RMB 80 million`, `80 million RMB`, `1.2亿元人民币`), a sign before it
/// (`US$12M`). Latin letters in any case.
pub const NAMES: [(&str, &str, Side); 17] = [
    ("CNY", "CNY", Side::Either),
    ("RMB", "CNY", Side::Either),
    ("人民币", "CNY", Side::Either),
    ("USD", "USD", Side::Either),
    ("US$", "USD", Side::Before),
    ("美元", "USD", Side::Either),
    ("EUR", "EUR", Side::Either),
    ("欧元", "EUR", Side::Either),
    ("HKD", "HKD", Side::Either),
    ("HK$", "HKD", Side::Before),
    ("港元", "HKD", Side::Either),
    ("港币", "HKD", Side::Either),
    ("GBP", "GBP", Side::Either),
    ("£", "GBP", Side::Before),
    ("英镑", "GBP", Side::Either),
    ("JPY", "JPY", Side::Either),
    ("日元", "JPY", Side::Either),
];

/// Where a name of [`NAMES`] may stand beside the amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Before the amount only, as a sign.
    Before,
    /// Before or after it, as a code or name.
    Either,
}

/// The sizes of the digit groups commas may separate: thousands ("80,000,000") or,
/// as by 万, ten-thousands ("5000，0000").
pub const COMMA_GROUPS: [usize; 2] = [3, 4];

/// More decimal places than this carry no meaning for an amount in yuan; digits
/// beyond them are ignored.
pub const MAX_DECIMALS: u32 = 18;

/// How much of an unknown unit an error message quotes.
const UNIT_QUOTE_CHARS: usize = 20;

/// An exact non-negative decimal number: `mantissa / 10^scale`, with at most
/// [`MAX_DECIMALS`] decimal places.
///
/// Equality and order are by value (`1.50` equals `1.5`); `Display` shows the
/// normalised form: no trailing zeros, no exponent (`80500000`, `7.1`, `1`).
#[derive(Debug, Clone, Copy)]
pub struct Decimal {
    mantissa: u128,
    scale: u32,
}

/// Why a money value was rejected (put into words by the text catalogues).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    Negative,
    NotFinite,
    Empty,
    Malformed,
    /// A unit not in [`UNITS`], as written (cut to a quotable length).
    UnknownUnit(String),
    TooLarge,
    /// Longer than [`MAX_TEXT_CHARS`] characters: no amount is written so long, and
    /// it is not read (five thousand nines are refused here, not parsed).
    TooLong,
    /// A number with a digit other than 0 that has none in the first
    /// [`MAX_DECIMALS`] places (`1e-400`): it would read as 0.
    TooSmall,
    /// A currency sign of another currency: `sign` belongs to `sign_currency`,
    /// the amount is in `currency`.
    SignMismatch {
        sign: char,
        sign_currency: &'static str,
        currency: String,
    },
    /// A currency code or name (or a sign such as `US$`) of another currency: `name`
    /// as written names `name_currency`, the amount is in `currency`.
    NameMismatch {
        name: String,
        name_currency: &'static str,
        currency: String,
    },
    /// Chinese units with the last one left out ("两亿五"): `scaled` reads the last
    /// digits one place below the unit before them (2.5亿), `literal` as written
    /// (200,000,005). Never guessed.
    ElidedUnit(Box<Readings>),
}

/// The two readings of an amount whose last unit was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readings {
    pub scaled: Decimal,
    pub literal: Decimal,
}

/// Annual revenue as the profile gives it: the amount in its currency, the
/// currency (upper-case code), and CNY per one unit of it (1 for CNY); with the exact
/// CNY amount they make.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revenue {
    pub amount: Decimal,
    pub currency: String,
    pub cny_rate: Decimal,
    /// `amount × cny_rate`, exact (`to_cny_exact`): what (一)1 compares.
    pub cny: Decimal,
}

impl Revenue {
    /// An amount in CNY.
    pub fn cny(amount: Decimal) -> Revenue {
        Revenue {
            amount,
            currency: "CNY".to_string(),
            cny_rate: Decimal::ONE,
            cny: amount,
        }
    }

    /// An amount in `currency` at `cny_rate`; more than `u64::MAX` yuan is an error.
    pub fn new(
        amount: Decimal,
        currency: String,
        cny_rate: Decimal,
    ) -> Result<Revenue, MoneyError> {
        Ok(Revenue {
            amount,
            currency,
            cny_rate,
            cny: to_cny_exact(amount, cny_rate)?,
        })
    }
}

impl Decimal {
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };

    pub const ONE: Decimal = Decimal {
        mantissa: 1,
        scale: 0,
    };

    /// Parses a plain decimal number as TOML writes one: an optional `+`, digits
    /// with optional `_` between them, an optional decimal point, an optional
    /// exponent (`7.8`, `1.5e9`, `+8E7`, `1_000.5`). Exact: `7.8` is 78 / 10.
    pub fn parse(text: &str) -> Result<Decimal, MoneyError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        let lower = text.to_ascii_lowercase();
        if lower.contains("nan") || lower.contains("inf") {
            return Err(MoneyError::NotFinite);
        }
        if lower.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let body = lower.strip_prefix('+').unwrap_or(&lower);
        let (number, exponent) = match body.split_once('e') {
            Some((number, exp)) => {
                let exp: i32 = exp.parse().map_err(|_| MoneyError::Malformed)?;
                (number, exp)
            }
            None => (body, 0),
        };
        not_vanished(number, parse_digits(number, &['_'], true)?.shift(exponent)?)
    }

    /// The same value without trailing zeros after the decimal point.
    pub fn normalized(self) -> Decimal {
        let Decimal {
            mut mantissa,
            mut scale,
        } = self;
        if mantissa == 0 {
            return Decimal::ZERO;
        }
        while scale > 0 && mantissa % 10 == 0 {
            mantissa /= 10;
            scale -= 1;
        }
        Decimal { mantissa, scale }
    }

    /// Multiplies by `10^exponent`.
    fn shift(self, exponent: i32) -> Result<Decimal, MoneyError> {
        if self.mantissa == 0 {
            return Ok(Decimal::ZERO);
        }
        if exponent >= 0 {
            let up = exponent.unsigned_abs();
            if up <= self.scale {
                return Ok(Decimal {
                    mantissa: self.mantissa,
                    scale: self.scale - up,
                });
            }
            let factor = pow10(up - self.scale)?;
            let mantissa = self
                .mantissa
                .checked_mul(factor)
                .ok_or(MoneyError::TooLarge)?;
            Ok(Decimal { mantissa, scale: 0 })
        } else {
            let scale = self.scale.saturating_add(exponent.unsigned_abs());
            Ok(Decimal {
                mantissa: self.mantissa,
                scale,
            }
            .limit_scale())
        }
    }

    /// Drops decimal places beyond [`MAX_DECIMALS`] (truncating, as the parser
    /// ignores such digits).
    fn limit_scale(self) -> Decimal {
        self.truncated(MAX_DECIMALS)
    }

    /// Truncated toward zero to `places` decimal places: 49999999.992 to 2 places is
    /// 49999999.99, to 0 places 49999999.
    pub fn truncated(self, places: u32) -> Decimal {
        if self.scale <= places {
            return self;
        }
        // Beyond 10^38 the quotient of any u128 is 0.
        let mantissa = pow10(self.scale - places).map_or(0, |divisor| self.mantissa / divisor);
        Decimal {
            mantissa,
            scale: places,
        }
    }

    /// Rounded up (away from zero) to `places` decimal places: 0.008 to 2 places is
    /// 0.01; a value with no more places is itself.
    pub fn rounded_up(self, places: u32) -> Result<Decimal, MoneyError> {
        let down = self.truncated(places);
        if down == self {
            return Ok(self);
        }
        let mantissa = down.mantissa.checked_add(1).ok_or(MoneyError::TooLarge)?;
        Ok(Decimal {
            mantissa,
            scale: down.scale,
        })
    }

    /// Whether a fraction remains after the whole part (49999999.5 yes, 7.00 no).
    pub fn has_fraction(self) -> bool {
        self.normalized().scale > 0
    }

    /// `self + other`; an overflow is an error.
    pub fn checked_add(self, other: Decimal) -> Result<Decimal, MoneyError> {
        let (a, b, scale) = aligned(self, other)?;
        let mantissa = a.checked_add(b).ok_or(MoneyError::TooLarge)?;
        Ok(Decimal { mantissa, scale })
    }

    /// `self - other`; `other` larger than `self` is [`MoneyError::Negative`].
    pub fn checked_sub(self, other: Decimal) -> Result<Decimal, MoneyError> {
        let (a, b, scale) = aligned(self, other)?;
        let mantissa = a.checked_sub(b).ok_or(MoneyError::Negative)?;
        Ok(Decimal { mantissa, scale })
    }

    /// The product, to 18 decimal places. For yuan use `to_cny_exact` and
    /// [`to_cny`], which are exact for any operands.
    pub fn checked_mul(self, other: Decimal) -> Result<Decimal, MoneyError> {
        let mantissa = self
            .mantissa
            .checked_mul(other.mantissa)
            .ok_or(MoneyError::TooLarge)?;
        Ok(Decimal {
            mantissa,
            scale: self.scale + other.scale,
        }
        .limit_scale())
    }

    /// The whole part, truncated toward zero, as `u64` (49999999.992 is 49999999):
    /// whole yuan never rounded up, so that for a whole-yuan threshold `T`,
    /// `trunc(x) >= T` exactly when `x >= T`.
    pub fn trunc_u64(self) -> Result<u64, MoneyError> {
        truncate_wide([low(self.mantissa), high(self.mantissa), 0, 0], self.scale)
    }

    /// Exactly 1, however many decimal places it was written with (`1`, `1.00`).
    pub fn is_one(self) -> bool {
        self.normalized() == Decimal::ONE
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.normalized(), other.normalized());
        a.mantissa == b.mantissa && a.scale == b.scale
    }
}

impl Eq for Decimal {}

impl Ord for Decimal {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let (a, b) = (self.normalized(), other.normalized());
        let scale = a.scale.max(b.scale);
        // Both at one scale, exactly: at most MAX_DECIMALS places apart, so the factor
        // fits u128 and the product four limbs.
        let wide = |d: Decimal| mul_wide(d.mantissa, pow10(scale - d.scale).unwrap_or(u128::MAX));
        wide(a).iter().rev().cmp(wide(b).iter().rev())
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl From<u64> for Decimal {
    fn from(value: u64) -> Decimal {
        Decimal {
            mantissa: u128::from(value),
            scale: 0,
        }
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.normalized();
        let digits = n.mantissa.to_string();
        let scale = n.scale as usize;
        if scale == 0 {
            return f.pad(&digits);
        }
        let digits = if digits.len() <= scale {
            format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
        } else {
            digits
        };
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        f.pad(&format!("{whole}.{fraction}"))
    }
}

fn pow10(exponent: u32) -> Result<u128, MoneyError> {
    10u128.checked_pow(exponent).ok_or(MoneyError::TooLarge)
}

fn low(value: u128) -> u64 {
    value as u64 // the low 64 bits, by intent
}

fn high(value: u128) -> u64 {
    (value >> 64) as u64
}

/// `a × b` as four 64-bit limbs, least significant first: exact, never overflows.
fn mul_wide(a: u128, b: u128) -> [u64; 4] {
    let (a, b) = ([low(a), high(a)], [low(b), high(b)]);
    let mut limbs = [0u64; 4];
    for (i, &x) in a.iter().enumerate() {
        let mut carry: u128 = 0;
        for (j, &y) in b.iter().enumerate() {
            let sum = u128::from(x) * u128::from(y) + u128::from(limbs[i + j]) + carry;
            limbs[i + j] = low(sum);
            carry = sum >> 64;
        }
        limbs[i + 2] = low(carry);
    }
    limbs
}

/// Divides four limbs by 10 in place, dropping the remainder.
fn div10_wide(limbs: &mut [u64; 4]) {
    let mut remainder: u128 = 0;
    for limb in limbs.iter_mut().rev() {
        let current = (remainder << 64) | u128::from(*limb);
        *limb = low(current / 10);
        remainder = current % 10;
    }
}

/// `limbs / 10^scale`, truncated toward zero, as `u64`.
fn truncate_wide(mut limbs: [u64; 4], scale: u32) -> Result<u64, MoneyError> {
    for _ in 0..scale {
        div10_wide(&mut limbs);
    }
    if limbs[1..].iter().any(|&l| l != 0) {
        return Err(MoneyError::TooLarge);
    }
    Ok(limbs[0])
}

/// The mantissas of two values at one scale (the larger of theirs), for adding and
/// subtracting; a mantissa too large for that scale is an error.
fn aligned(a: Decimal, b: Decimal) -> Result<(u128, u128, u32), MoneyError> {
    let (a, b) = (a.normalized(), b.normalized());
    let scale = a.scale.max(b.scale);
    let up = |d: Decimal| {
        pow10(scale - d.scale)?
            .checked_mul(d.mantissa)
            .ok_or(MoneyError::TooLarge)
    };
    Ok((up(a)?, up(b)?, scale))
}

/// Digits with optional `separators` between two digits (after the decimal
/// point only when `fraction_separators`) and at most one decimal point.
fn parse_digits(
    text: &str,
    separators: &[char],
    fraction_separators: bool,
) -> Result<Decimal, MoneyError> {
    let mut mantissa: u128 = 0;
    let mut scale: u32 = 0;
    let mut seen_point = false;
    let mut seen_digit = false;
    let mut previous_was_digit = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' => {
                seen_digit = true;
                previous_was_digit = true;
                if seen_point && scale >= MAX_DECIMALS {
                    continue; // beyond any meaningful precision
                }
                mantissa = mantissa
                    .checked_mul(10)
                    .and_then(|m| m.checked_add(u128::from(c as u8 - b'0')))
                    .ok_or(MoneyError::TooLarge)?;
                if seen_point {
                    scale += 1;
                }
            }
            '.' if !seen_point => {
                seen_point = true;
                previous_was_digit = false;
            }
            c if separators.contains(&c) => {
                let next_is_digit = chars.peek().is_some_and(char::is_ascii_digit);
                if !previous_was_digit || !next_is_digit || (seen_point && !fraction_separators) {
                    return Err(MoneyError::Malformed);
                }
                previous_was_digit = false;
            }
            _ => return Err(MoneyError::Malformed),
        }
    }
    if !seen_digit {
        return Err(MoneyError::Malformed);
    }
    Ok(Decimal { mantissa, scale })
}

/// A full-width digit, punctuation mark or space as its ASCII form; anything
/// else (letters included) as it is.
pub fn half_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => match char::from_u32(u32::from(c) - 0xFEE0) {
            Some(ascii) if !ascii.is_ascii_alphabetic() => ascii,
            _ => c,
        },
        _ => c,
    }
}

/// The power of ten of a unit, any case; the empty unit is 10^0.
fn unit_power(unit: &str) -> Option<u32> {
    if unit.is_empty() {
        return Some(0);
    }
    UNITS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(unit))
        .map(|&(_, power)| power)
}

/// An unknown unit, cut and cleaned for quoting.
fn quoted_unit(unit: &str) -> String {
    crate::quote::quote_limited(unit, UNIT_QUOTE_CHARS)
}

/// The currency code a profile's `currency` names: `RMB` (any case) and `人民币`
/// are CNY; any other three ASCII letters are a code, upper-cased (not checked
/// against ISO 4217). `None` when it is no code at all.
pub fn currency_code(written: &str) -> Option<String> {
    let written = written.trim();
    if written == "人民币" || written.eq_ignore_ascii_case("RMB") {
        return Some("CNY".to_string());
    }
    (written.len() == 3 && written.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| written.to_ascii_uppercase())
}

/// Parses a money string (`8000万元`, `¥8,000万`, `0.8亿`, `80M`, `80 million`,
/// `８０００万`) into the amount it names, in its currency.
///
/// A currency sign must belong to `currency` (an upper-case code); with `None`
/// (the currency is itself unknown) any of [`SIGNS`] is let through.
pub fn parse_amount(text: &str, currency: Option<&str>) -> Result<Decimal, MoneyError> {
    if text.chars().nth(MAX_TEXT_CHARS).is_some() {
        return Err(MoneyError::TooLong);
    }
    let text: String = text.chars().map(half_width).collect();
    let text = text.trim();
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    if !text.chars().any(|c| c.is_ascii_digit()) {
        let lower = text.to_ascii_lowercase();
        if lower.contains("nan") || lower.contains("inf") {
            return Err(MoneyError::NotFinite);
        }
    }
    if text.starts_with('-') {
        return Err(MoneyError::Negative);
    }
    let (named, text) = strip_name(text);
    if let (Some((name, name_currency)), Some(currency)) = (named, currency)
        && name_currency != currency
    {
        return Err(MoneyError::NameMismatch {
            name: name.to_string(),
            name_currency,
            currency: currency.to_string(),
        });
    }
    if text.starts_with('-') {
        return Err(MoneyError::Negative);
    }
    // Scientific notation: a plain number only ("1.5e8"), no unit after it.
    if is_scientific(text) {
        return Decimal::parse(text);
    }
    let sign = SIGNS.iter().find(|&&(s, _)| text.starts_with(s));
    let rest = sign.map_or(text, |&(s, _)| &text[s.len_utf8()..]);
    if rest.starts_with('-') {
        return Err(MoneyError::Negative);
    }
    // Digits and one unit; else Chinese numerals or mixed units ("五亿", "1亿5000万"),
    // whose refusal is said only when it is about a left-out unit.
    let value = match digits_and_unit(rest) {
        Ok(value) => value,
        Err(plain) if chinese::has_numerals(rest) => match chinese::parse(rest) {
            Ok(value) => value,
            Err(elided @ MoneyError::ElidedUnit(_)) => return Err(elided),
            // "亿15000万" is no unit: the amount is not understood as a whole.
            Err(_) => {
                return Err(match plain {
                    MoneyError::UnknownUnit(unit) if chinese::has_numbers_between_units(&unit) => {
                        MoneyError::Malformed
                    }
                    other => other,
                });
            }
        },
        Err(plain) => return Err(plain),
    };
    if let (Some(&(sign, sign_currency)), Some(currency)) = (sign, currency)
        && sign_currency != currency
    {
        return Err(MoneyError::SignMismatch {
            sign,
            sign_currency,
            currency: currency.to_string(),
        });
    }
    Ok(value)
}

/// An amount in digits with an optional unit and 元: `8000万`, `80 million`, `1.2亿元`.
fn digits_and_unit(rest: &str) -> Result<Decimal, MoneyError> {
    let number_end = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '_')))
        .unwrap_or(rest.len());
    let (number, tail) = rest.split_at(number_end);
    let tail = tail.strip_suffix('元').unwrap_or(tail);
    let unit = tail.strip_prefix(' ').unwrap_or(tail);
    let Some(power) = unit_power(unit) else {
        let trimmed = unit.trim();
        // No number, or a known unit with stray spaces: not an amount at all.
        if number.is_empty() || unit_power(trimmed).is_some() {
            return Err(MoneyError::Malformed);
        }
        return Err(MoneyError::UnknownUnit(quoted_unit(trimmed)));
    };
    if !commas_group_thousands(number) {
        // "1,2亿" may be a decimal comma (1.2亿) or a typo: never guess which.
        return Err(MoneyError::Malformed);
    }
    let value = parse_digits(number, &[',', '_'], false)?;
    let power = i32::try_from(power).map_err(|_| MoneyError::TooLarge)?;
    not_vanished(number, value.shift(power)?)
}

/// `value`, unless `number` has a digit other than 0 and `value` is 0: a figure
/// below the smallest place read is refused, not read as nothing.
fn not_vanished(number: &str, value: Decimal) -> Result<Decimal, MoneyError> {
    if value == Decimal::ZERO && number.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
        return Err(MoneyError::TooSmall);
    }
    Ok(value)
}

/// Whether the commas of a number, if any, separate groups of digits in its whole
/// part: all of three ("80,000,000", "8,000.5") or all of four, as by 万 ("5000，0000");
/// "1,2" and "80,0" no.
/// The text without a currency code or name of [`NAMES`] before or after the amount,
/// and the name as written with its currency.
fn strip_name(text: &str) -> (Option<(&str, &'static str)>, &str) {
    let letter_at = |s: &str, end: bool| {
        let c = if end {
            s.chars().next_back()
        } else {
            s.chars().next()
        };
        c.is_some_and(|c| c.is_ascii_alphabetic())
    };
    for &(name, currency, side) in &NAMES {
        if let Some(head) = text.get(..name.len())
            && head.eq_ignore_ascii_case(name)
        {
            let rest = &text[name.len()..];
            if !(letter_at(name, true) && letter_at(rest, false)) {
                return (Some((head, currency)), rest.trim_start());
            }
        }
        if side == Side::Either
            && let Some(at) = text.len().checked_sub(name.len())
            && let Some(tail) = text.get(at..)
            && tail.eq_ignore_ascii_case(name)
        {
            let rest = &text[..at];
            if !(letter_at(name, false) && letter_at(rest, true)) {
                return (Some((tail, currency)), rest.trim_end());
            }
        }
    }
    (None, text)
}

/// A number in scientific notation as TOML writes one: digits, an optional fraction,
/// `e` or `E`, an optional sign and digits (`1.5e8`, `8E7`).
fn is_scientific(text: &str) -> bool {
    let Some((mantissa, exponent)) = text.split_once(['e', 'E']) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some((whole, fraction)) => digits(whole) && (fraction.is_empty() || digits(fraction)),
        None => digits(mantissa),
    };
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    mantissa_ok && digits(exponent)
}

fn commas_group_thousands(number: &str) -> bool {
    let whole = number.split('.').next().unwrap_or(number);
    if !number.contains(',') {
        return true;
    }
    if number
        .split('.')
        .skip(1)
        .any(|fraction| fraction.contains(','))
    {
        return false;
    }
    let mut groups = whole.split(',');
    let first = groups.next().unwrap_or("");
    let digits = |g: &str| g.chars().filter(char::is_ascii_digit).count();
    let rest: Vec<usize> = groups.map(digits).collect();
    COMMA_GROUPS
        .iter()
        .any(|&n| (1..=n).contains(&digits(first)) && rest.iter().all(|&g| g == n))
}

/// Converts an amount in some currency to yuan, exactly: `amount × cny_rate`
/// (USD 7,042,253.52 at 7.1 is CNY 49,999,999.992). More than `u64::MAX` yuan is an
/// error.
///
/// The product keeps [`MAX_DECIMALS`] decimal places, digits beyond them dropped;
/// every amount, rate and threshold is read to that many places, so no comparison
/// with a threshold turns on them (`trunc₁₈(x) >= T` exactly when `x >= T`).
pub(crate) fn to_cny_exact(amount: Decimal, cny_rate: Decimal) -> Result<Decimal, MoneyError> {
    let mut limbs = mul_wide(amount.mantissa, cny_rate.mantissa);
    let mut scale = amount.scale + cny_rate.scale;
    while scale > MAX_DECIMALS {
        div10_wide(&mut limbs);
        scale -= 1;
    }
    // The whole yuan fit u64, so the mantissa (below 2^64 × 10^18) fits u128.
    truncate_wide(limbs, scale)?;
    if limbs[2..].iter().any(|&l| l != 0) {
        return Err(MoneyError::TooLarge);
    }
    let mantissa = u128::from(limbs[0]) | (u128::from(limbs[1]) << 64);
    Ok(Decimal { mantissa, scale }.normalized())
}

/// Converts an amount in some currency to whole yuan: `amount × cny_rate`, exact,
/// then truncated toward zero — never rounded up, so a revenue below a whole-yuan
/// threshold never shows at it (USD 7,042,253.52 at 7.1 is CNY 49,999,999). More than
/// `u64::MAX` yuan is an error.
pub fn to_cny(amount: Decimal, cny_rate: Decimal) -> Result<u64, MoneyError> {
    to_cny_exact(amount, cny_rate)?.trunc_u64()
}

#[cfg(test)]
mod tests;
