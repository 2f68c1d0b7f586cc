//! Amounts written with Chinese numerals or mixed units, as Chinese documents write
//! them (docs/guide.md "Money"): 五亿, 三千万, 一千二百万, 两亿五千万, 十亿, the financial forms
//! 壹亿伍仟万 (拾佰仟, 萬億), digits between units (1亿5000万, 1亿2千万, 3千亿), an
//! optional trailing 元 or 圆, then 整.
//!
//! The grammar (the schema's money pattern is built from the same tables, and a test
//! holds the two to the same strings):
//! - a *section* is a value below 10^4: items of one digit and a unit, 千 then 百 then
//!   十, each optional (十 alone first: 十五万), then an optional last digit — or one
//!   number alone (Chinese digit, or Arabic digits: at most four after a big unit);
//!   零 may open a section or follow a unit;
//! - sections are closed by 万亿 (10^12), 亿 (10^8) and 万 (10^4), in that order;
//! - a last digit straight after 百 or 千 ("一百五": 150 as people say it, or 105?), and
//!   a last section after 亿 or 万 that does not reach the place just below it
//!   ("两亿五": 250,000,000 or 200,000,005?) leave their unit out: never guessed,
//!   [`MoneyError::ElidedUnit`] gives both readings. 零 before them makes them plain.

use super::{Decimal, MoneyError, Readings};

/// The Chinese digits, everyday and financial forms (traditional ones too).
pub const DIGITS: [(char, u8); 22] = [
    ('一', 1),
    ('壹', 1),
    ('二', 2),
    ('两', 2),
    ('贰', 2),
    ('貳', 2),
    ('三', 3),
    ('叁', 3),
    ('參', 3),
    ('四', 4),
    ('肆', 4),
    ('五', 5),
    ('伍', 5),
    ('六', 6),
    ('陆', 6),
    ('陸', 6),
    ('七', 7),
    ('柒', 7),
    ('八', 8),
    ('捌', 8),
    ('九', 9),
    ('玖', 9),
];

/// 零 in its two forms: it fills a gap and has no value of its own.
pub const ZEROS: [char; 2] = ['零', '〇'];

/// The units within a section, with their power of ten: 十 百 千 (拾 佰 仟).
pub const SMALL_UNITS: [(char, u32); 6] = [
    ('十', 1),
    ('拾', 1),
    ('百', 2),
    ('佰', 2),
    ('千', 3),
    ('仟', 3),
];

/// The units that close a section: 万 and 亿 (萬 億); 万 straight before 亿 is 万亿.
pub const BIG_UNITS: [(char, u32); 4] = [('万', 4), ('萬', 4), ('亿', 8), ('億', 8)];

/// What may end the amount: 元 or 圆 (yuan), then 整 (and no fraction).
pub const YUAN: [char; 2] = ['元', '圆'];
pub const WHOLE: char = '整';

/// Whether `text` has a Chinese numeral or unit, so that it may be read here.
pub(crate) fn has_numerals(text: &str) -> bool {
    text.chars().any(|c| {
        digit(c).is_some()
            || small_unit(c).is_some()
            || big_unit(c).is_some()
            || ZEROS.contains(&c)
            || c == '圆'
            || c == WHOLE
    })
}

/// Whether what follows the first number of an amount is units with numbers between
/// them ("亿15000万"), not one unknown unit ("lakh", "百亿").
pub(crate) fn has_numbers_between_units(tail: &str) -> bool {
    let starts_with_unit = tail
        .chars()
        .next()
        .is_some_and(|c| small_unit(c).is_some() || big_unit(c).is_some());
    starts_with_unit
        && tail
            .chars()
            .any(|c| c.is_ascii_digit() || digit(c).is_some())
}

fn digit(c: char) -> Option<u8> {
    DIGITS.iter().find(|(d, _)| *d == c).map(|&(_, v)| v)
}

fn small_unit(c: char) -> Option<u32> {
    SMALL_UNITS.iter().find(|(u, _)| *u == c).map(|&(_, p)| p)
}

fn big_unit(c: char) -> Option<u32> {
    BIG_UNITS.iter().find(|(u, _)| *u == c).map(|&(_, p)| p)
}

/// One piece of the amount.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    /// A number and how many digits it has (a Chinese digit has one).
    Number(Decimal, u32),
    Zero,
    Small(u32),
    Big(u32),
}

/// The pieces of `text`: Arabic numbers (digits only, not starting with 0), Chinese
/// digits, 零 and units; 万亿 is one unit.
fn tokens(text: &str) -> Result<Vec<Token>, MoneyError> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c.is_ascii_digit() {
            let start = i;
            while chars.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            if c == '0' {
                return Err(MoneyError::Malformed);
            }
            let number: String = chars[start..i].iter().collect();
            let places = u32::try_from(i - start).map_err(|_| MoneyError::TooLarge)?;
            out.push(Token::Number(Decimal::parse(&number)?, places));
            continue;
        }
        let token = if let Some(d) = digit(c) {
            Token::Number(Decimal::from(u64::from(d)), 1)
        } else if ZEROS.contains(&c) {
            Token::Zero
        } else if let Some(p) = small_unit(c) {
            Token::Small(p)
        } else if let Some(p) = big_unit(c) {
            if p == 4 && chars.get(i + 1).copied().and_then(big_unit) == Some(8) {
                i += 1;
                Token::Big(12)
            } else {
                Token::Big(p)
            }
        } else {
            return Err(MoneyError::Malformed);
        };
        out.push(token);
        i += 1;
    }
    Ok(out)
}

/// `n × 10^power`.
fn times_ten_to(n: Decimal, power: u32) -> Result<Decimal, MoneyError> {
    n.shift(i32::try_from(power).map_err(|_| MoneyError::TooLarge)?)
}

/// A section as read: its value as written, its value with a last digit that left
/// its unit out put in that unit's place, whether 零 opened it, and its digits.
struct Section {
    literal: Decimal,
    scaled: Decimal,
    opened_by_zero: bool,
    /// The digits of the value (its highest place + 1).
    places: u32,
}

/// Reads tokens as one section from `*at`; `first`: no big unit before it.
fn section(tokens: &[Token], at: &mut usize, first: bool) -> Result<Section, MoneyError> {
    let mut opened_by_zero = false;
    while tokens.get(*at) == Some(&Token::Zero) {
        opened_by_zero = true;
        *at += 1;
    }
    let mut value = Decimal::ZERO;
    let mut last_unit: Option<u32> = None;
    let mut zero_after_unit = false;
    loop {
        let item = match (tokens.get(*at), tokens.get(*at + 1)) {
            (Some(Token::Number(n, 1)), Some(Token::Small(p))) => Some((*n, *p, 2)),
            (Some(Token::Small(1)), _) if last_unit.is_none() => Some((Decimal::ONE, 1, 1)),
            _ => None,
        };
        let Some((n, p, used)) = item else { break };
        if last_unit.is_some_and(|last| p >= last) {
            return Err(MoneyError::Malformed);
        }
        value = value.checked_add(times_ten_to(n, p)?)?;
        last_unit = Some(p);
        *at += used;
        zero_after_unit = false;
        while tokens.get(*at) == Some(&Token::Zero) {
            zero_after_unit = true;
            *at += 1;
        }
    }
    let mut scaled = value;
    match (tokens.get(*at), last_unit) {
        // One number alone: at most four digits below a big unit.
        (Some(Token::Number(n, places)), None) => {
            if !first && *places > 4 {
                return Err(MoneyError::Malformed);
            }
            value = *n;
            scaled = *n;
            *at += 1;
        }
        // A last digit after the items.
        (Some(Token::Number(n, 1)), Some(unit)) => {
            value = value.checked_add(*n)?;
            scaled = if unit >= 2 && !zero_after_unit {
                scaled.checked_add(times_ten_to(*n, unit - 1)?)?
            } else {
                value
            };
            *at += 1;
        }
        (Some(Token::Number(..)), Some(_)) => return Err(MoneyError::Malformed),
        (_, None) => return Err(MoneyError::Malformed),
        _ => {}
    }
    let places = u32::try_from(value.truncated(0).to_string().len()).unwrap_or(u32::MAX);
    Ok(Section {
        literal: value,
        scaled,
        opened_by_zero,
        places,
    })
}

/// The amount `text` names (a currency name and sign already taken off).
pub(crate) fn parse(text: &str) -> Result<Decimal, MoneyError> {
    let body = text.strip_suffix(WHOLE).unwrap_or(text);
    let body = body.strip_suffix(YUAN).unwrap_or(body);
    let tokens = tokens(body)?;
    let mut at = 0;
    let (mut literal, mut scaled) = (Decimal::ZERO, Decimal::ZERO);
    let mut last_big: Option<u32> = None;
    loop {
        if at == tokens.len() && last_big.is_some() {
            break;
        }
        let read = section(&tokens, &mut at, last_big.is_none())?;
        match tokens.get(at) {
            Some(Token::Big(p)) => {
                if last_big.is_some_and(|last| *p >= last) {
                    return Err(MoneyError::Malformed);
                }
                literal = literal.checked_add(times_ten_to(read.literal, *p)?)?;
                scaled = scaled.checked_add(times_ten_to(read.scaled, *p)?)?;
                last_big = Some(*p);
                at += 1;
            }
            None => {
                literal = literal.checked_add(read.literal)?;
                // After a big unit, a last section must reach the place below it, or
                // be opened by 零.
                let shift = match last_big {
                    Some(big) if !read.opened_by_zero => {
                        big.checked_sub(read.places).ok_or(MoneyError::Malformed)?
                    }
                    _ => 0,
                };
                scaled = scaled.checked_add(times_ten_to(read.scaled, shift)?)?;
                break;
            }
            Some(_) => return Err(MoneyError::Malformed),
        }
    }
    if scaled != literal {
        return Err(MoneyError::ElidedUnit(Box::new(Readings {
            scaled,
            literal,
        })));
    }
    Ok(literal)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yuan(text: &str) -> Result<String, MoneyError> {
        parse(text).map(|d| d.to_string())
    }

    #[test]
    fn chinese_numerals_everyday_and_financial() {
        for (text, expected) in [
            ("五亿", "500000000"),
            ("五亿元", "500000000"),
            ("三千万", "30000000"),
            ("一千二百万元", "12000000"),
            ("两亿五千万", "250000000"),
            ("十亿", "1000000000"),
            ("十五万", "150000"),
            ("二十五", "25"),
            ("一百零五万", "1050000"),
            ("一千零五十万", "10500000"),
            ("一万五千", "15000"),
            ("两亿零五", "200000005"),
            ("一亿零五百万", "105000000"),
            ("壹亿伍仟万元整", "150000000"),
            ("贰仟万圆整", "20000000"),
            ("叁億", "300000000"),
            ("1亿5000万", "150000000"),
            ("1亿2千万", "120000000"),
            ("3千亿", "300000000000"),
            ("3万亿", "3000000000000"),
            ("1万亿2千亿", "1200000000000"),
            ("1亿零500万", "105000000"),
            ("1万5000", "15000"),
            ("5千3百", "5300"),
            ("五", "5"),
        ] {
            assert_eq!(yuan(text).as_deref(), Ok(expected), "{text}");
        }
    }

    #[test]
    fn an_elided_last_unit_gives_both_readings() {
        for (text, scaled, literal) in [
            ("两亿五", "250000000", "200000005"),
            ("1亿5000", "150000000", "100005000"),
            ("一亿五千", "150000000", "100005000"),
            ("一百五", "150", "105"),
            ("两千五万", "25000000", "20050000"),
            ("1万500", "15000", "10500"),
        ] {
            let Err(MoneyError::ElidedUnit(readings)) = parse(text) else {
                panic!("{text}: {:?}", parse(text))
            };
            assert_eq!(
                (readings.scaled.to_string(), readings.literal.to_string()),
                (scaled.into(), literal.into())
            );
        }
    }

    #[test]
    fn nonsense_is_not_an_amount() {
        for text in [
            "亿",
            "万亿五",
            "五五亿",
            "一万一亿",
            "1亿15000万",
            "五千六千",
            "一百十",
            "百万",
            "五亿x",
            "零",
            "五亿零",
            "五亿亿",
            "12百亿",
            "05亿",
            "五零亿",
            "1万50000",
        ] {
            assert!(
                matches!(parse(text), Err(MoneyError::Malformed)),
                "{text}: {:?}",
                parse(text)
            );
        }
    }
}
