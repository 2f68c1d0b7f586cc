//! Money amounts: `8000万`, `1.2亿`, `80M`, `1,000,000`, TOML numbers, and their
//! conversion to whole yuan (CNY).
//!
//! Arithmetic is exact: amounts are decimals (integer mantissa and a count of
//! decimal places), never floats, so `1.2亿` is 120,000,000 yuan to the yuan and
//! an amount too large to hold is an error, not a wrong number.

/// The units a money string may carry, with their power of ten. Shown in errors.
pub const ACCEPTED_UNITS: &str = "万 (1e4), 亿 (1e8), K (1e3), M (1e6), B or bn (1e9), any case";

/// More decimal places than this carry no meaning for an amount in yuan.
const MAX_DECIMALS: u32 = 18;

/// An exact non-negative decimal number: `mantissa / 10^scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    UnknownUnit(String),
    TooLarge,
}

impl Decimal {
    pub const ONE: Decimal = Decimal {
        mantissa: 1,
        scale: 0,
    };

    /// Parses plain decimal notation (`123`, `0.25`, `1_000.5`) with optional
    /// `_`/`,` separators between digits, and an optional exponent (`8e7`).
    pub fn parse(text: &str) -> Result<Decimal, MoneyError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MoneyError::Empty);
        }
        if text.starts_with('-') {
            return Err(MoneyError::Negative);
        }
        let text = text.strip_prefix('+').unwrap_or(text);
        let lower = text.to_ascii_lowercase();
        if lower.contains("nan") || lower.contains("inf") {
            return Err(MoneyError::NotFinite);
        }
        let (number, exponent) = match lower.split_once('e') {
            Some((number, exp)) => {
                let exp: i32 = exp.parse().map_err(|_| MoneyError::Malformed)?;
                (number, exp)
            }
            None => (lower.as_str(), 0),
        };
        let mut mantissa: u128 = 0;
        let mut scale: u32 = 0;
        let mut seen_point = false;
        let mut seen_digit = false;
        let mut previous_was_digit = false;
        let chars: Vec<char> = number.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
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
                '_' | ',' => {
                    let next_is_digit = chars.get(i + 1).is_some_and(char::is_ascii_digit);
                    if !previous_was_digit || !next_is_digit || seen_point {
                        return Err(MoneyError::Malformed);
                    }
                    previous_was_digit = false;
                }
                '.' if !seen_point => {
                    seen_point = true;
                    previous_was_digit = false;
                }
                _ => return Err(MoneyError::Malformed),
            }
        }
        if !seen_digit {
            return Err(MoneyError::Malformed);
        }
        Decimal { mantissa, scale }.shift(exponent)
    }

    /// Converts a finite, non-negative float exactly as written in shortest form.
    pub fn from_f64(value: f64) -> Result<Decimal, MoneyError> {
        if !value.is_finite() {
            return Err(MoneyError::NotFinite);
        }
        if value < 0.0 {
            return Err(MoneyError::Negative);
        }
        // `Display` for f64 prints the shortest decimal that round-trips, without exponent.
        Decimal::parse(&value.to_string())
    }

    /// Multiplies by `10^exponent`.
    fn shift(self, exponent: i32) -> Result<Decimal, MoneyError> {
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

    /// Rounds away decimal places beyond [`MAX_DECIMALS`] (half up).
    fn limit_scale(self) -> Decimal {
        if self.scale <= MAX_DECIMALS {
            return self;
        }
        let drop = self.scale - MAX_DECIMALS;
        let mantissa = match pow10(drop) {
            Ok(divisor) => round_div(self.mantissa, divisor),
            Err(_) => 0, // dividing by more than 10^38 leaves nothing
        };
        Decimal {
            mantissa,
            scale: MAX_DECIMALS,
        }
    }

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
        let whole = round_div(self.mantissa, pow10(self.scale)?);
        u64::try_from(whole).map_err(|_| MoneyError::TooLarge)
    }

    /// Exactly 1, however many decimal places it was written with (`1`, `1.00`).
    pub fn is_one(self) -> bool {
        pow10(self.scale).is_ok_and(|p| p == self.mantissa)
    }

    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }
}

fn pow10(exponent: u32) -> Result<u128, MoneyError> {
    10u128.checked_pow(exponent).ok_or(MoneyError::TooLarge)
}

fn round_div(value: u128, divisor: u128) -> u128 {
    let quotient = value / divisor;
    if value % divisor >= divisor.div_ceil(2) {
        quotient + 1
    } else {
        quotient
    }
}

/// Splits a money string into its number and its unit's power of ten.
fn split_unit(text: &str) -> Result<(&str, u32), MoneyError> {
    let text = text.trim();
    let unit_start = text
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | '_' | ',' | '+' | '-')))
        .map_or(text.len(), |(i, _)| i);
    let (number, unit) = text.split_at(unit_start);
    let unit = unit.trim();
    let power = match unit.to_ascii_lowercase().as_str() {
        "" => 0,
        "万" => 4,
        "亿" => 8,
        "k" => 3,
        "m" => 6,
        "b" | "bn" => 9,
        _ => {
            if number.trim().is_empty() && !text.starts_with(['.', '_', ',']) {
                // No number at all: "abc", "nan", "inf".
                let lower = text.to_ascii_lowercase();
                if lower.contains("nan") || lower.contains("inf") {
                    return Err(MoneyError::NotFinite);
                }
                return Err(MoneyError::Malformed);
            }
            return Err(MoneyError::UnknownUnit(unit.to_string()));
        }
    };
    Ok((number, power))
}

/// Parses a money string with an optional unit (`8000万`, `1.2亿`, `80M`, `2.5bn`).
pub fn parse_amount(text: &str) -> Result<Decimal, MoneyError> {
    if text.trim().is_empty() {
        return Err(MoneyError::Empty);
    }
    if text.trim_start().starts_with('-') {
        return Err(MoneyError::Negative);
    }
    let (number, power) = split_unit(text)?;
    let power = i32::try_from(power).map_err(|_| MoneyError::TooLarge)?;
    Decimal::parse(number)?.shift(power)
}

/// Converts an amount in some currency to whole yuan: `amount × cny_rate`, rounded half up.
pub fn to_cny(amount: Decimal, cny_rate: Decimal) -> Result<u64, MoneyError> {
    amount.checked_mul(cny_rate)?.round_to_u64()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cny(text: &str) -> Result<u64, MoneyError> {
        to_cny(parse_amount(text)?, Decimal::ONE)
    }

    #[test]
    fn chinese_units_are_exact() {
        assert_eq!(cny("8000万"), Ok(80_000_000));
        assert_eq!(cny("5000万"), Ok(50_000_000));
        assert_eq!(cny("1.2亿"), Ok(120_000_000));
        assert_eq!(cny("0.5亿"), Ok(50_000_000));
        assert_eq!(cny("4999.9999万"), Ok(49_999_999));
    }

    #[test]
    fn latin_units_any_case_and_spacing() {
        assert_eq!(cny("80M"), Ok(80_000_000));
        assert_eq!(cny("80 m"), Ok(80_000_000));
        assert_eq!(cny("250k"), Ok(250_000));
        assert_eq!(cny("2.5bn"), Ok(2_500_000_000));
        assert_eq!(cny("1B"), Ok(1_000_000_000));
        assert_eq!(cny("3BN"), Ok(3_000_000_000));
    }

    #[test]
    fn separators_between_digits_only() {
        assert_eq!(cny("50,000,000"), Ok(50_000_000));
        assert_eq!(cny("50_000_000"), Ok(50_000_000));
        assert_eq!(cny("1,000.5"), Ok(1_001));
        assert_eq!(cny(",100"), Err(MoneyError::Malformed));
        assert_eq!(cny("100,"), Err(MoneyError::Malformed));
        assert_eq!(cny("1,,0"), Err(MoneyError::Malformed));
        assert_eq!(cny("1.000,5"), Err(MoneyError::Malformed));
    }

    #[test]
    fn bad_amounts_are_named() {
        assert_eq!(cny("-5万"), Err(MoneyError::Negative));
        assert_eq!(cny(""), Err(MoneyError::Empty));
        assert_eq!(cny("  "), Err(MoneyError::Empty));
        assert_eq!(cny("abc"), Err(MoneyError::Malformed));
        assert_eq!(cny("NaN"), Err(MoneyError::NotFinite));
        assert_eq!(
            cny("12 dollars"),
            Err(MoneyError::UnknownUnit("dollars".into()))
        );
        assert_eq!(cny("12千"), Err(MoneyError::UnknownUnit("千".into())));
        assert_eq!(cny("1.2.3"), Err(MoneyError::Malformed));
        assert_eq!(cny("99999999999999999999999亿"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn floats_convert_exactly_as_written() {
        assert_eq!(
            Decimal::from_f64(7.1).and_then(|r| to_cny(parse_amount("1000")?, r)),
            Ok(7_100)
        );
        assert_eq!(
            Decimal::from_f64(8.0e7).and_then(|d| d.round_to_u64()),
            Ok(80_000_000)
        );
        assert_eq!(Decimal::from_f64(f64::NAN), Err(MoneyError::NotFinite));
        assert_eq!(Decimal::from_f64(-1.0), Err(MoneyError::Negative));
    }

    #[test]
    fn extreme_but_valid_amounts_keep_every_yuan() {
        // 1e15 yuan: beyond f64's comfortable range for sums, exact here.
        assert_eq!(cny("1000000000000000"), Ok(1_000_000_000_000_000));
        let rate = Decimal::parse("7.123456").unwrap_or(Decimal::ONE);
        assert_eq!(
            to_cny(
                parse_amount("1000000000000000").unwrap_or(Decimal::ONE),
                rate
            ),
            Ok(7_123_456_000_000_000)
        );
        assert_eq!(cny("18446744073709551616"), Err(MoneyError::TooLarge));
    }

    #[test]
    fn rounding_is_half_up() {
        let rate = Decimal::parse("0.5").unwrap_or(Decimal::ONE);
        assert_eq!(
            to_cny(parse_amount("3").unwrap_or(Decimal::ONE), rate),
            Ok(2)
        );
        assert_eq!(
            to_cny(parse_amount("1").unwrap_or(Decimal::ONE), rate),
            Ok(1)
        );
        assert_eq!(cny("0.4"), Ok(0));
    }
}
