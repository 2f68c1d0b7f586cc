//! Money amounts: `8000万元`, `¥8,000万`, `0.8亿`, `80M`, `80 million`,
//! `80,000,000`, TOML numbers, and their conversion to whole yuan (CNY).
//!
//! Arithmetic is exact: amounts are decimals (integer mantissa and a count of
//! decimal places), never floats, so `1.2亿` is 120,000,000 yuan to the yuan, a TOML
//! float is the decimal its text shows (`7.8` is 7.8), and an amount too large to
//! hold is an error, not a wrong number.
//!
//! A money string is, in this order: an optional currency sign (`¥` or `￥` for CNY,
//! `$` for USD, `€` for EUR), digits with optional `_`, `,` or `，` separators and one
//! decimal point, an optional space, an optional unit ([`UNITS`]) and an optional
//! trailing `元`. Full-width digits, punctuation and space, as a Chinese input method
//! types them (`８０００万`, `80，000，000`, `３．５万亿元`), read as their ASCII forms.

use std::fmt;

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

/// [`UNITS`] in English words, for error messages.
pub const ACCEPTED_UNITS: &str = "千 (1e3), 万 (1e4), 百万 (1e6), 千万 (1e7), 亿 (1e8), 万亿 (1e12), \
     K, M, B or bn, T, thousand, million, billion, trillion (any case)";

/// The currency signs a money string may start with, and the currency each belongs to.
pub const SIGNS: [(char, &str); 4] = [('¥', "CNY"), ('￥', "CNY"), ('$', "USD"), ('€', "EUR")];

/// More decimal places than this carry no meaning for an amount in yuan; digits
/// beyond them are ignored.
const MAX_DECIMALS: u32 = 18;

/// How much of an unknown unit an error message quotes.
const UNIT_QUOTE_CHARS: usize = 20;

/// An exact non-negative decimal number: `mantissa / 10^scale`.
///
/// Equality is by value (`1.50` equals `1.5`); `Display` shows the normalised
/// form: no trailing zeros, no exponent (`80500000`, `7.1`, `1`).
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
    /// A currency sign of another currency: `sign` belongs to `sign_currency`,
    /// the amount is in `currency`.
    SignMismatch {
        sign: char,
        sign_currency: &'static str,
        currency: String,
    },
}

/// Annual revenue as the profile gives it: the amount in its currency, the
/// currency (upper-case code), and CNY per one unit of it (1 for CNY).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revenue {
    pub amount: Decimal,
    pub currency: String,
    pub cny_rate: Decimal,
}

impl Revenue {
    /// An amount in CNY.
    pub fn cny(amount: Decimal) -> Revenue {
        Revenue {
            amount,
            currency: "CNY".to_string(),
            cny_rate: Decimal::ONE,
        }
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
        parse_digits(number, &['_'], true)?.shift(exponent)
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
    /// ignores such digits: this never moves a value across a half-yuan).
    fn limit_scale(self) -> Decimal {
        if self.scale <= MAX_DECIMALS {
            return self;
        }
        let drop = self.scale - MAX_DECIMALS;
        let mantissa = pow10(drop).map_or(0, |divisor| self.mantissa / divisor);
        Decimal {
            mantissa,
            scale: MAX_DECIMALS,
        }
    }

    /// The product, to 18 decimal places. For whole yuan use [`to_cny`],
    /// which is exact for any operands.
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

    /// Rounds half up to a whole number that fits `u64`.
    pub fn round_to_u64(self) -> Result<u64, MoneyError> {
        round_wide([low(self.mantissa), high(self.mantissa), 0, 0], self.scale)
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

/// `limbs / 10^scale`, rounded half up, as `u64`.
fn round_wide(mut limbs: [u64; 4], scale: u32) -> Result<u64, MoneyError> {
    // The first digit dropped decides the rounding: the rest is below half of it.
    let mut first_dropped = 0;
    for _ in 0..scale {
        let mut remainder: u128 = 0;
        for limb in limbs.iter_mut().rev() {
            let current = (remainder << 64) | u128::from(*limb);
            *limb = low(current / 10);
            remainder = current % 10;
        }
        first_dropped = remainder;
    }
    if limbs[1..].iter().any(|&l| l != 0) {
        return Err(MoneyError::TooLarge);
    }
    let round_up = u64::from(first_dropped >= 5);
    limbs[0].checked_add(round_up).ok_or(MoneyError::TooLarge)
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
fn half_width(c: char) -> char {
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
    let mut chars = unit.chars();
    let head: String = chars
        .by_ref()
        .take(UNIT_QUOTE_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
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
    let sign = SIGNS.iter().find(|&&(s, _)| text.starts_with(s));
    let rest = sign.map_or(text, |&(s, _)| &text[s.len_utf8()..]);
    if rest.starts_with('-') {
        return Err(MoneyError::Negative);
    }

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
    let value = parse_digits(number, &[',', '_'], false)?;
    if let (Some(&(sign, sign_currency)), Some(currency)) = (sign, currency)
        && sign_currency != currency
    {
        return Err(MoneyError::SignMismatch {
            sign,
            sign_currency,
            currency: currency.to_string(),
        });
    }
    let power = i32::try_from(power).map_err(|_| MoneyError::TooLarge)?;
    value.shift(power)
}

/// Converts an amount in some currency to whole yuan: `amount × cny_rate`, rounded
/// half up. Exact for any amount and rate; more than `u64::MAX` yuan is an error.
pub fn to_cny(amount: Decimal, cny_rate: Decimal) -> Result<u64, MoneyError> {
    let product = mul_wide(amount.mantissa, cny_rate.mantissa);
    round_wide(product, amount.scale + cny_rate.scale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(text: &str) -> Result<Decimal, MoneyError> {
        parse_amount(text, Some("CNY"))
    }

    fn cny(text: &str) -> Result<u64, MoneyError> {
        to_cny(amount(text)?, Decimal::ONE)
    }

    fn dec(text: &str) -> Decimal {
        Decimal::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
    }

    #[test]
    fn the_contracts_examples_are_all_80_million() {
        for text in [
            "8000万",
            "8000万元",
            "¥8,000万",
            "0.8亿元",
            "80,000,000",
            "80M",
            "80 million",
        ] {
            assert_eq!(cny(text), Ok(80_000_000), "{text}");
        }
    }

    #[test]
    fn the_users_strings_read() {
        let cases: [(&str, u64); 11] = [
            ("5000万元", 50_000_000),
            ("1.2亿元", 120_000_000),
            ("¥8000万", 80_000_000),
            ("80 million", 80_000_000),
            ("5千万", 50_000_000),
            ("300百万", 300_000_000),
            ("８０００万", 80_000_000),
            ("80，000，000", 80_000_000),
            ("３.５万亿元", 3_500_000_000_000),
            ("３．５万亿元", 3_500_000_000_000),
            ("￥1,200万", 12_000_000),
        ];
        for (text, yuan) in cases {
            assert_eq!(cny(text), Ok(yuan), "{text}");
        }
    }

    #[test]
    fn every_unit_has_its_power() {
        let cases: [(&str, u64); 22] = [
            ("2千", 2_000),
            ("2万", 20_000),
            ("2百万", 2_000_000),
            ("2千万", 20_000_000),
            ("2亿", 200_000_000),
            ("2万亿", 2_000_000_000_000),
            ("2K", 2_000),
            ("2k", 2_000),
            ("2 thousand", 2_000),
            ("2M", 2_000_000),
            ("2m", 2_000_000),
            ("2 Million", 2_000_000),
            ("2B", 2_000_000_000),
            ("2bn", 2_000_000_000),
            ("2BN", 2_000_000_000),
            ("2Bn", 2_000_000_000),
            ("2 billion", 2_000_000_000),
            ("2T", 2_000_000_000_000),
            ("2t", 2_000_000_000_000),
            ("2 TRILLION", 2_000_000_000_000),
            ("2", 2),
            ("2元", 2),
        ];
        for (text, yuan) in cases {
            assert_eq!(cny(text), Ok(yuan), "{text}");
        }
        assert_eq!(UNITS.len(), 15);
        for (name, _) in UNITS {
            assert!(
                ACCEPTED_UNITS.contains(name),
                "{name} not in ACCEPTED_UNITS"
            );
        }
    }

    #[test]
    fn the_optional_space_and_yuan() {
        assert_eq!(cny("8000 万"), Ok(80_000_000));
        assert_eq!(cny("8000 万元"), Ok(80_000_000));
        assert_eq!(cny("8000　万元"), Ok(80_000_000)); // ideographic space
        assert_eq!(cny("80000000元"), Ok(80_000_000));
        assert_eq!(cny("80000000 元"), Ok(80_000_000));
        assert_eq!(cny(" 8000万 "), Ok(80_000_000));
        assert_eq!(cny("8000  万"), Err(MoneyError::Malformed));
        assert_eq!(cny("8000万 元"), Err(MoneyError::Malformed));
        assert_eq!(cny("8000元万"), Err(MoneyError::UnknownUnit("元万".into())));
        assert_eq!(cny("¥ 8000万"), Err(MoneyError::Malformed));
    }

    #[test]
    fn full_width_digits_and_punctuation() {
        assert_eq!(cny("１２３４５"), Ok(12_345));
        assert_eq!(cny("１，２３４，５６７．５"), Ok(1_234_568));
        assert_eq!(cny("１＿０００"), Ok(1_000));
        assert_eq!(cny("－５万"), Err(MoneyError::Negative));
        // Full-width letters are not units.
        assert_eq!(cny("８０Ｍ"), Err(MoneyError::UnknownUnit("Ｍ".into())));
    }

    #[test]
    fn separators_between_digits_only() {
        assert_eq!(cny("50,000,000"), Ok(50_000_000));
        assert_eq!(cny("50_000_000"), Ok(50_000_000));
        assert_eq!(cny("5000，0000"), Ok(50_000_000));
        assert_eq!(cny("1,000.5"), Ok(1_001));
        assert_eq!(cny(",100"), Err(MoneyError::Malformed));
        assert_eq!(cny("100,"), Err(MoneyError::Malformed));
        assert_eq!(cny("1,,0"), Err(MoneyError::Malformed));
        assert_eq!(cny("1.000,5"), Err(MoneyError::Malformed));
        assert_eq!(cny("1,.5"), Err(MoneyError::Malformed));
    }

    #[test]
    fn signs_belong_to_their_currency() {
        assert_eq!(parse_amount("¥8000万", Some("CNY")), Ok(dec("8e7")));
        assert_eq!(parse_amount("￥8000万", Some("CNY")), Ok(dec("8e7")));
        assert_eq!(parse_amount("$80M", Some("USD")), Ok(dec("8e7")));
        assert_eq!(parse_amount("＄80M", Some("USD")), Ok(dec("8e7")));
        assert_eq!(parse_amount("€80M", Some("EUR")), Ok(dec("8e7")));
        assert_eq!(parse_amount("80M", Some("GBP")), Ok(dec("8e7")));
        let mismatch = |sign, sign_currency, currency: &str| MoneyError::SignMismatch {
            sign,
            sign_currency,
            currency: currency.into(),
        };
        assert_eq!(
            parse_amount("€80M", Some("USD")),
            Err(mismatch('€', "EUR", "USD"))
        );
        assert_eq!(
            parse_amount("¥80M", Some("USD")),
            Err(mismatch('¥', "CNY", "USD"))
        );
        assert_eq!(
            parse_amount("$80M", Some("CNY")),
            Err(mismatch('$', "USD", "CNY"))
        );
        assert_eq!(
            parse_amount("￥80M", Some("JPY")),
            Err(mismatch('￥', "CNY", "JPY"))
        );
        // The currency itself unknown: the sign is not held against it.
        assert_eq!(parse_amount("$80M", None), Ok(dec("8e7")));
        assert_eq!(cny("¥-5万"), Err(MoneyError::Negative));
        assert_eq!(cny("¥"), Err(MoneyError::Malformed));
        assert_eq!(cny("¥¥5"), Err(MoneyError::Malformed));
        assert_eq!(cny("5¥"), Err(MoneyError::UnknownUnit("¥".into())));
    }

    #[test]
    fn bad_amounts_are_named() {
        assert_eq!(cny("-5万"), Err(MoneyError::Negative));
        assert_eq!(cny(""), Err(MoneyError::Empty));
        assert_eq!(cny("  "), Err(MoneyError::Empty));
        assert_eq!(cny("　"), Err(MoneyError::Empty));
        assert_eq!(cny("abc"), Err(MoneyError::Malformed));
        assert_eq!(cny("万"), Err(MoneyError::Malformed));
        assert_eq!(cny("元"), Err(MoneyError::Malformed));
        assert_eq!(cny("+5"), Err(MoneyError::Malformed));
        assert_eq!(cny("8e7"), Err(MoneyError::UnknownUnit("e7".into())));
        assert_eq!(cny("NaN"), Err(MoneyError::NotFinite));
        assert_eq!(cny("inf"), Err(MoneyError::NotFinite));
        assert_eq!(cny("-inf"), Err(MoneyError::NotFinite));
        assert_eq!(
            cny("12 dollars"),
            Err(MoneyError::UnknownUnit("dollars".into()))
        );
        assert_eq!(cny("12百亿"), Err(MoneyError::UnknownUnit("百亿".into())));
        assert_eq!(
            cny("12 lakh元"),
            Err(MoneyError::UnknownUnit("lakh".into()))
        );
        assert_eq!(cny("1.2.3"), Err(MoneyError::Malformed));
        assert_eq!(cny("1.2.3万"), Err(MoneyError::Malformed));
        assert_eq!(cny("１．２．３"), Err(MoneyError::Malformed));
        let long = format!("1 {}", "x".repeat(100));
        assert_eq!(
            cny(&long),
            Err(MoneyError::UnknownUnit(format!("{}…", "x".repeat(20))))
        );
    }

    #[test]
    fn too_large_is_an_error_never_a_wrap() {
        assert_eq!(cny("99999999999999999999999亿"), Err(MoneyError::TooLarge));
        assert_eq!(cny("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(cny("18446744073709551616"), Err(MoneyError::TooLarge));
        assert_eq!(cny("18446744073709551615.5"), Err(MoneyError::TooLarge));
        assert_eq!(cny("18446744073709551615.4"), Ok(u64::MAX));
        assert_eq!(cny(&"9".repeat(39)), Err(MoneyError::TooLarge));
        assert_eq!(cny("18446744.073709551615万亿"), Ok(u64::MAX));
        assert_eq!(cny("18446744.073709551616万亿"), Err(MoneyError::TooLarge));
        assert_eq!(Decimal::parse("1e400"), Err(MoneyError::TooLarge));
        // 2,598,133,000,000,000,000 × 7.1 is just over u64::MAX yuan.
        assert_eq!(
            to_cny(dec("2598133000000000000"), dec("7.1")),
            Err(MoneyError::TooLarge)
        );
        assert_eq!(
            to_cny(dec("2598133000000000000"), dec("7")),
            Ok(18_186_931_000_000_000_000)
        );
    }

    #[test]
    fn rounding_is_half_up_to_whole_yuan() {
        let half = dec("0.5");
        assert_eq!(to_cny(Decimal::from(3), half), Ok(2));
        assert_eq!(to_cny(Decimal::from(1), half), Ok(1));
        assert_eq!(cny("0.4"), Ok(0));
        assert_eq!(cny("0.5"), Ok(1));
        assert_eq!(cny("2.5"), Ok(3)); // half up, not to even
        assert_eq!(cny("4999.99995万"), Ok(50_000_000));
        assert_eq!(cny("4999.99994万"), Ok(49_999_999));
        assert_eq!(cny("0.499999999999999999999999"), Ok(0));
        assert_eq!(to_cny(dec("1000"), dec("7.1235")), Ok(7_124));
        assert_eq!(to_cny(dec("1000"), dec("7.1234")), Ok(7_123));
    }

    #[test]
    fn toml_floats_are_the_decimal_their_text_shows() {
        assert_eq!(dec("7.8").to_string(), "7.8");
        assert_eq!(dec("7.8"), dec("78e-1"));
        assert_ne!(dec("7.8"), dec("7.799999999999999822"));
        assert_eq!(dec("1.5e9").round_to_u64(), Ok(1_500_000_000));
        assert_eq!(dec("1.5E9").to_string(), "1500000000");
        assert_eq!(dec("+1.5e+9").to_string(), "1500000000");
        assert_eq!(dec("8.05e7").to_string(), "80500000");
        assert_eq!(dec("1_000.5").to_string(), "1000.5");
        assert_eq!(dec("0.1").to_string(), "0.1");
        assert_eq!(dec("1e-3").to_string(), "0.001");
        // 7.8 × 10,000,000: an f64 7.8 would give 77,999,999.99…
        assert_eq!(
            to_cny(Decimal::from(10_000_000), dec("7.8")),
            Ok(78_000_000)
        );
        assert_eq!(to_cny(dec("1e9"), dec("0.3")), Ok(300_000_000));
        assert_eq!(Decimal::parse("nan"), Err(MoneyError::NotFinite));
        assert_eq!(Decimal::parse("-inf"), Err(MoneyError::NotFinite));
        assert_eq!(Decimal::parse("+inf"), Err(MoneyError::NotFinite));
        assert_eq!(Decimal::parse("-5.0e6"), Err(MoneyError::Negative));
        assert_eq!(Decimal::parse("1e"), Err(MoneyError::Malformed));
        assert_eq!(Decimal::parse("1.2.3"), Err(MoneyError::Malformed));
    }

    #[test]
    fn display_is_normalised() {
        assert_eq!(dec("80500000").to_string(), "80500000");
        assert_eq!(dec("7.10").to_string(), "7.1");
        assert_eq!(dec("1.000").to_string(), "1");
        assert_eq!(dec("0.000").to_string(), "0");
        assert_eq!(dec("0.05").to_string(), "0.05");
        assert_eq!(
            amount("8000万").map(|d| d.to_string()),
            Ok("80000000".into())
        );
        assert_eq!(
            amount("0.8亿").map(|d| d.to_string()),
            Ok("80000000".into())
        );
        assert_eq!(dec("1.50").normalized(), dec("1.5"));
        assert!(dec("1.00").is_one());
        assert!(!dec("1.01").is_one());
    }

    #[test]
    fn extreme_but_valid_amounts_keep_every_yuan() {
        assert_eq!(cny("1000000000000000"), Ok(1_000_000_000_000_000));
        assert_eq!(
            to_cny(dec("1000000000000000"), dec("7.123456")),
            Ok(7_123_456_000_000_000)
        );
        // Both operands at full precision: the product needs more than 128 bits.
        assert_eq!(
            to_cny(
                dec("1000000000000000.123456789012345678"),
                dec("7.123456789012345678")
            ),
            Ok(7_123_456_789_012_347)
        );
    }

    #[test]
    fn both_catalogues_list_every_unit_and_sign() {
        use crate::problem::{Found, Issue};
        use crate::text::{Lang, catalog};
        let issue = Issue::Money {
            key: "annual_revenue".into(),
            error: MoneyError::UnknownUnit("lakh".into()),
            found: Found::Str("1 lakh".into()),
        };
        for lang in Lang::ALL {
            let text = catalog(*lang).issue(&issue);
            for (name, _) in UNITS {
                assert!(text.contains(name), "{lang:?}: {name} missing from {text}");
            }
            for (sign, _) in SIGNS {
                assert!(text.contains(sign), "{lang:?}: {sign} missing from {text}");
            }
            assert!(text.contains('元') && text.contains('，'), "{text}");
        }
    }

    #[test]
    fn currency_codes() {
        assert_eq!(currency_code("CNY").as_deref(), Some("CNY"));
        assert_eq!(currency_code("RMB").as_deref(), Some("CNY"));
        assert_eq!(currency_code("rmb").as_deref(), Some("CNY"));
        assert_eq!(currency_code(" 人民币 ").as_deref(), Some("CNY"));
        assert_eq!(currency_code("eur").as_deref(), Some("EUR"));
        assert_eq!(currency_code("xYz").as_deref(), Some("XYZ"));
        assert_eq!(currency_code("dollars"), None);
        assert_eq!(currency_code("US"), None);
        assert_eq!(currency_code("€"), None);
    }
}
