//! The schema's values against the checker's: every spelling listed is read as the
//! value it stands for, every value has its spellings, and the patterns match exactly
//! the strings the money, currency and name checks accept.

use std::sync::LazyLock;

use jsonschema::Validator;
use proptest::prelude::*;
use serde_json::json;

use super::*;
use crate::money::{MoneyError, currency_code, parse_amount};
use crate::scale::IndustryRow;

/// A validator of strings against `pattern`, as JSON Schema's `pattern` reads it.
fn matcher(pattern: &str) -> Validator {
    jsonschema::draft7::new(&json!({ "type": "string", "pattern": pattern })).unwrap()
}

fn matches(validator: &Validator, text: &str) -> bool {
    validator.is_valid(&json!(text))
}

static MONEY: LazyLock<Validator> = LazyLock::new(|| matcher(&money_pattern()));
static ONE_LINE: LazyLock<Validator> = LazyLock::new(|| matcher(&one_line_pattern()));

/// Whether the money parser reads `text` as an amount: too large to compute with is
/// still an amount by its form (the checker says so, not the schema).
fn is_amount(text: &str) -> bool {
    matches!(parse_amount(text, None), Ok(_) | Err(MoneyError::TooLarge))
}

#[test]
fn every_spelling_is_read_as_the_value_it_stands_for() {
    for s in kinds() {
        assert_eq!(
            Kind::from_input(&s.text).map(Kind::slug),
            Some(s.slug),
            "{}",
            s.text
        );
    }
    for s in setups() {
        assert_eq!(
            Setup::from_input(&s.text).map(Setup::slug),
            Some(s.slug),
            "{}",
            s.text
        );
    }
    for s in levels() {
        assert_eq!(
            Level::from_input(&s.text).map(Level::slug),
            Some(s.slug),
            "{}",
            s.text
        );
    }
    for s in scales() {
        assert_eq!(
            Scale::from_name(&s.text).map(Scale::slug),
            Some(s.slug),
            "{}",
            s.text
        );
    }
    for s in industries() {
        assert_eq!(
            IndustryRow::find(&s.text).map(|r| r.slug),
            Some(s.slug),
            "{}",
            s.text
        );
    }
}

#[test]
fn every_value_and_every_chinese_name_is_listed() {
    fn texts(spellings: &[Spelling]) -> Vec<&str> {
        spellings.iter().map(|s| s.text.as_str()).collect()
    }
    let (kinds, setups, levels) = (kinds(), setups(), levels());
    for kind in Kind::ALL {
        assert!(texts(&kinds).contains(&kind.slug()), "{kind}");
    }
    for (_, names) in Kind::CHINESE {
        assert!(names.iter().all(|n| texts(&kinds).contains(n)), "{names:?}");
    }
    for setup in Setup::ALL {
        assert!(texts(&setups).contains(&setup.slug()), "{setup}");
    }
    for (_, names) in Setup::CHINESE {
        assert!(
            names.iter().all(|n| texts(&setups).contains(n)),
            "{names:?}"
        );
    }
    assert!(texts(&setups).contains(&"service-centre"));
    for level in Level::ALL {
        assert!(texts(&levels).contains(&level.slug()), "{level}");
    }
    for (_, names) in Level::CHINESE {
        assert!(
            names.iter().all(|n| texts(&levels).contains(n)),
            "{names:?}"
        );
    }
    let scales = scales();
    for scale in Scale::ALL {
        assert!(texts(&scales).contains(&scale.slug()), "{scale}");
        assert!(texts(&scales).contains(&scale.zh_name()), "{scale}");
    }
    let industries = industries();
    for row in &INDUSTRIES {
        assert!(texts(&industries).contains(&row.slug), "{}", row.slug);
        assert!(texts(&industries).contains(&row.zh_name), "{}", row.slug);
    }
}

/// The strings of the money tests, and more near misses.
const MONEY_STRINGS: &[&str] = &[
    "",
    "  ",
    " 8000万 ",
    "$80M",
    "+1.5e+9",
    "+5",
    "+inf",
    ",100",
    "-5.0e6",
    "-5万",
    "-inf",
    "0",
    "0.000",
    "0.001",
    "0.05",
    "0.5",
    "0.8亿",
    "0.8亿元",
    "1 lakh",
    "1",
    "1,,0",
    "1,.5",
    "1,000.5",
    "1,234.5,6",
    "1,2亿",
    "1.00",
    "1.000,5",
    "1.2.3",
    "1.2.3万",
    "1.2亿元",
    "1.5",
    "1.5E9",
    "1.5e9",
    "100,",
    "1000",
    "1000.5",
    "1000000000000000.123456789012345678",
    "12 dollars",
    "12 lakh元",
    "1234,567",
    "12百亿",
    "18446744.073709551616万亿",
    "18446744073709551616",
    "1_000.5",
    "1e",
    "1e-3",
    "1e9",
    "2 Million",
    "2 TRILLION",
    "2 billion",
    "2 thousand",
    "2B",
    "2BN",
    "2Bn",
    "2K",
    "2M",
    "2T",
    "2bn",
    "2k",
    "2m",
    "2t",
    "2万",
    "2万亿",
    "2亿",
    "2元",
    "2千",
    "2千万",
    "2百万",
    "300百万",
    "4999.99995万",
    "50,000,000",
    "5000万元",
    "5000，0000",
    "50_000_000",
    "5¥",
    "5千万",
    "7.1",
    "78e-1",
    "8,000万",
    "8.05e7",
    "80 million",
    "80,0",
    "80,000,000",
    "8000  万",
    "8000 万",
    "8000 万元",
    "80000000 元",
    "80000000元",
    "8000　万元",
    "8000万 元",
    "8000万",
    "8000元万",
    "80M",
    "80，000，000",
    "8e7",
    "99999999999999999999999亿",
    "NaN",
    "abc",
    "e7",
    "inf",
    "nan",
    "x",
    "¥ 8000万",
    "¥",
    "¥-5万",
    "¥8,000万",
    "¥8000万",
    "¥80M",
    "¥¥5",
    "€",
    "€80M",
    "　",
    "万",
    "元",
    "元万",
    "百亿",
    "＄80M",
    "－５万",
    "１，２３４，５６７．５",
    "１．２．３",
    "１２３４５",
    "１＿０００",
    "３.５万亿元",
    "３．５万亿元",
    "８０００万",
    "８０Ｍ",
    "Ｍ",
    "￥1,200万",
    "￥8000万",
    "￥80M",
    "1_0,000",
    "1,0_00",
    "1__0",
    "_1",
    "1_",
    "1._5",
    ".5",
    "5.",
    "1,000.",
    "1,0000",
    "1,00",
    "1.5_0",
    "8000万元 ",
    "8000万\t",
    "\t8000万",
    "80 ",
    "五亿",
    "五亿元",
    "三千万",
    "一千二百万元",
    "两亿五千万",
    "十亿",
    "十五万",
    "壹亿伍仟万元整",
    "1亿5000万",
    "1亿2千万",
    "3千亿",
    "1万5000",
    "一万五千",
    "两亿零五",
    "两亿五",
    "一百五",
    "1亿5000",
    "五亿 元",
    "五亿零",
    "一百十",
    "1亿15000万",
    "¥五亿",
];

#[test]
fn the_money_pattern_accepts_exactly_what_the_parser_reads() {
    for text in MONEY_STRINGS {
        assert_eq!(matches(&MONEY, text), is_amount(text), "{text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn the_money_pattern_agrees_with_the_parser_on_any_string(
        text in "[0-9０-９.．,，_＿ 　\u{85}\t¥￥$＄€\\-+元万亿千百KkMmBbnTtilo]{0,10}"
    ) {
        prop_assert_eq!(matches(&MONEY, &text), is_amount(&text), "{:?}", text);
    }

    #[test]
    fn the_money_pattern_agrees_with_the_parser_on_chinese_numerals(
        text in "[0-9０５一二两五九壹伍零〇十拾百佰千仟万萬亿億元圆整¥ ]{0,9}"
    ) {
        prop_assert_eq!(matches(&MONEY, &text), is_amount(&text), "{:?}", text);
    }

    /// Few characters, so that many strings are amounts.
    #[test]
    fn the_money_pattern_agrees_with_the_parser_on_chinese_amounts(
        text in "[150五零十百千万亿]{1,8}"
    ) {
        prop_assert_eq!(matches(&MONEY, &text), is_amount(&text), "{:?}", text);
    }
}

#[test]
fn the_currency_patterns_agree_with_the_currency_check() {
    let (currency, cny) = (matcher(&currency_pattern()), matcher(&cny_pattern()));
    for text in [
        "CNY",
        "cny",
        "RMB",
        "rmb",
        "人民币",
        " 人民币 ",
        "USD",
        "eur",
        "xYz",
        "US",
        "USDT",
        "dollars",
        "",
        "U$D",
        "元",
        "ＵＳＤ",
        " usd ",
        "rMb",
    ] {
        let code = currency_code(text);
        assert_eq!(matches(&currency, text), code.is_some(), "{text:?}");
        assert_eq!(
            matches(&cny, text),
            code.as_deref() == Some("CNY"),
            "{text:?}"
        );
    }
}

proptest! {
    #[test]
    fn the_one_line_pattern_agrees_with_the_name_check(
        name in "[ \t\n\u{7}\u{85}\u{a0}\u{2028}\u{3000}\u{feff}A中]{0,6}"
    ) {
        let text = format!(
            "name = {}\nannual_revenue = 1\nkey_accounts = 1\nscale = \"small\"\n",
            toml::Value::String(name.clone())
        );
        let accepted = crate::parse_profile("p.toml", text.as_bytes()).is_ok();
        prop_assert_eq!(matches(&ONE_LINE, &name), accepted, "{:?}", name);
    }
}
