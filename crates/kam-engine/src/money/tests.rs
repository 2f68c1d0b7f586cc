//! Money as people write it: every form, unit, sign and limit.
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
    assert_eq!(cny("１，２３４，５６７．５"), Ok(1_234_567));
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
    assert_eq!(cny("1,000.5"), Ok(1_000));
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
    assert_eq!(cny("8e"), Err(MoneyError::UnknownUnit("e".into())));
    assert_eq!(cny("8e7万"), Err(MoneyError::UnknownUnit("e7万".into())));
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
    // Truncated, the fraction of the largest whole yuan does not carry it over.
    assert_eq!(cny("18446744073709551615.5"), Ok(u64::MAX));
    assert_eq!(cny("18446744073709551615.999"), Ok(u64::MAX));
    assert_eq!(cny(&"9".repeat(39)), Err(MoneyError::TooLarge));
    // Past 128 characters a text is not read at all, and said to be too long (not
    // "not an amount", which five thousand nines are not).
    assert_eq!(cny(&"9".repeat(128)), Err(MoneyError::TooLarge));
    assert_eq!(cny(&"9".repeat(129)), Err(MoneyError::TooLong));
    assert_eq!(cny(&"9".repeat(5_000)), Err(MoneyError::TooLong));
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
fn whole_yuan_are_truncated_never_rounded_up() {
    let half = dec("0.5");
    assert_eq!(to_cny(Decimal::from(3), half), Ok(1));
    assert_eq!(to_cny(Decimal::from(1), half), Ok(0));
    assert_eq!(cny("0.4"), Ok(0));
    assert_eq!(cny("0.5"), Ok(0));
    assert_eq!(cny("2.5"), Ok(2));
    assert_eq!(cny("4999.99995万"), Ok(49_999_999));
    assert_eq!(cny("4999.99999999万"), Ok(49_999_999));
    assert_eq!(cny("5000万"), Ok(50_000_000));
    assert_eq!(cny("0.999999999999999999999999"), Ok(0));
    assert_eq!(to_cny(dec("1000"), dec("7.1235")), Ok(7_123));
    assert_eq!(to_cny(dec("1000"), dec("7.1239")), Ok(7_123));
}

#[test]
fn the_contracts_usd_case_is_just_below_5000_wan() {
    // USD 7,042,253.52 at 7.1 is CNY 49,999,999.992: rounded it would reach 5000万.
    let rate = dec("7.1");
    let below = to_cny_exact(dec("7042253.52"), rate);
    assert_eq!(below, Ok(dec("49999999.992")));
    assert_eq!(
        below.as_ref().map(|d| d.to_string()),
        Ok("49999999.992".into())
    );
    assert_eq!(to_cny(dec("7042253.52"), rate), Ok(49_999_999));
    assert!(below.is_ok_and(|d| d < Decimal::from(50_000_000)));
    // One cent more is CNY 50,000,000.063.
    let above = to_cny_exact(dec("7042253.53"), rate);
    assert_eq!(above, Ok(dec("50000000.063")));
    assert_eq!(to_cny(dec("7042253.53"), rate), Ok(50_000_000));
    assert!(above.is_ok_and(|d| d >= Decimal::from(50_000_000)));
}

#[test]
fn exact_cny_keeps_every_decimal_and_fits_u64_yuan() {
    assert_eq!(
        to_cny_exact(dec("80500000"), Decimal::ONE).map(|d| d.to_string()),
        Ok("80500000".into())
    );
    assert_eq!(to_cny_exact(dec("1.5"), dec("7.8")), Ok(dec("11.7")));
    assert_eq!(to_cny_exact(dec("0"), dec("7.8")), Ok(Decimal::ZERO));
    assert_eq!(
        to_cny_exact(dec("18446744073709551615.999"), Decimal::ONE),
        Ok(dec("18446744073709551615.999"))
    );
    assert_eq!(
        to_cny_exact(dec("18446744073709551616"), Decimal::ONE),
        Err(MoneyError::TooLarge)
    );
    assert_eq!(
        to_cny_exact(dec("2598133000000000000"), dec("7.1")),
        Err(MoneyError::TooLarge)
    );
    // 36 decimal places of product: the 18 kept are truncated, the rest dropped.
    assert_eq!(
        to_cny_exact(dec("0.000000001"), dec("0.0000000011")),
        Ok(dec("0.000000000000000001"))
    );
    assert_eq!(
        to_cny_exact(dec("0.000000001"), dec("0.0000000009")),
        Ok(Decimal::ZERO)
    );
}

#[test]
fn decimals_compare_add_and_subtract_by_value() {
    assert!(dec("49999999.992") < dec("50000000"));
    assert!(dec("49999999.6") > dec("49999999.5"));
    assert!(dec("1.50") == dec("1.5") && dec("1.50") <= dec("1.5"));
    assert!(dec("0.000000000000000001") > Decimal::ZERO);
    assert!(dec("18446744073709551615.999") > dec("18446744073709551615"));
    assert_eq!(
        dec("50000000").checked_sub(dec("49999999.992")),
        Ok(dec("0.008"))
    );
    assert_eq!(dec("1").checked_sub(dec("1.0")), Ok(Decimal::ZERO));
    assert_eq!(dec("1").checked_sub(dec("1.01")), Err(MoneyError::Negative));
    assert_eq!(
        dec("49999999").checked_add(dec("0.5")),
        Ok(dec("49999999.5"))
    );
    assert!(dec("0.5").has_fraction());
    assert!(!dec("7.00").has_fraction());
}

#[test]
fn truncated_and_rounded_up_to_places() {
    assert_eq!(dec("49999999.992").truncated(2), dec("49999999.99"));
    assert_eq!(dec("49999999.992").truncated(0), dec("49999999"));
    assert_eq!(dec("49999999.6").truncated(2), dec("49999999.6"));
    assert_eq!(dec("0.008").rounded_up(2), Ok(dec("0.01")));
    assert_eq!(dec("0.001").rounded_up(2), Ok(dec("0.01")));
    assert_eq!(dec("0.01").rounded_up(2), Ok(dec("0.01")));
    assert_eq!(dec("0.5").rounded_up(2), Ok(dec("0.5")));
    assert_eq!(dec("1000000").rounded_up(2), Ok(dec("1000000")));
    assert_eq!(dec("2.0001").rounded_up(0), Ok(dec("3")));
}

#[test]
fn toml_floats_are_the_decimal_their_text_shows() {
    assert_eq!(dec("7.8").to_string(), "7.8");
    assert_eq!(dec("7.8"), dec("78e-1"));
    assert_ne!(dec("7.8"), dec("7.799999999999999822"));
    assert_eq!(dec("1.5e9").trunc_u64(), Ok(1_500_000_000));
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
        Ok(7_123_456_789_012_346)
    );
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

#[test]
fn commas_must_group_thousands() {
    assert_eq!(
        parse_amount("80,000,000", Some("CNY")),
        Ok(Decimal::from(80_000_000))
    );
    assert_eq!(
        parse_amount("8,000万", Some("CNY")),
        Ok(Decimal::from(80_000_000))
    );
    assert_eq!(
        parse_amount("80，000，000", Some("CNY")),
        Ok(Decimal::from(80_000_000))
    );
    assert_eq!(
        parse_amount("1,2亿", Some("CNY")),
        Err(MoneyError::Malformed)
    );
    assert_eq!(
        parse_amount("80,0", Some("CNY")),
        Err(MoneyError::Malformed)
    );
    assert_eq!(
        parse_amount("1234,567", Some("CNY")),
        Err(MoneyError::Malformed)
    );
    assert_eq!(
        parse_amount("1,234.5,6", Some("CNY")),
        Err(MoneyError::Malformed)
    );
}

#[test]
fn currency_codes_names_and_signs_on_either_side() {
    let in_cny = |text: &str| parse_amount(text, Some("CNY"));
    let in_usd = |text: &str| parse_amount(text, Some("USD"));
    let wan = |n: u64| Ok(Decimal::from(n * 10_000));
    for text in [
        "RMB 80 million",
        "CNY 80 million",
        "80 million RMB",
        "rmb80M",
        "人民币8000万",
        "8000万元人民币",
        "８０ million RMB",
    ] {
        assert_eq!(in_cny(text), wan(8000), "{text}");
    }
    assert_eq!(in_cny("1.2亿元人民币"), wan(12_000));
    for text in [
        "US$12M",
        "USD 12M",
        "12M USD",
        "usd 12 million",
        "1200万美元",
    ] {
        assert_eq!(in_usd(text), wan(1200), "{text}");
    }
    assert_eq!(parse_amount("HK$5M", Some("HKD")), wan(500));
    assert_eq!(parse_amount("£5M", Some("GBP")), wan(500));
    assert_eq!(parse_amount("5亿日元", Some("JPY")), wan(50_000));
    // A name of another currency says which; "12 mln" is no currency, just not understood.
    assert_eq!(
        in_cny("USD 12M"),
        Err(MoneyError::NameMismatch {
            name: "USD".into(),
            name_currency: "USD",
            currency: "CNY".into(),
        })
    );
    assert_eq!(
        in_usd("8000万元人民币"),
        Err(MoneyError::NameMismatch {
            name: "人民币".into(),
            name_currency: "CNY",
            currency: "USD".into(),
        })
    );
    assert_eq!(in_cny("12 mln"), Err(MoneyError::UnknownUnit("mln".into())));
    // A code glued to a word is not a code.
    assert_eq!(
        in_cny("80 millionRMB"),
        Err(MoneyError::UnknownUnit("millionRMB".into()))
    );
}

#[test]
fn scientific_notation_as_a_plain_number() {
    let cny = |text: &str| parse_amount(text, Some("CNY"));
    assert_eq!(cny("1.5e8"), Ok(Decimal::from(150_000_000)));
    assert_eq!(cny("8E7"), Ok(Decimal::from(80_000_000)));
    assert_eq!(cny("1.5e+8"), Ok(Decimal::from(150_000_000)));
    assert_eq!(cny("RMB 1.5e8"), Ok(Decimal::from(150_000_000)));
    assert_eq!(cny("１.５e８"), Ok(Decimal::from(150_000_000)));
    assert_eq!(cny("1.5e8万"), Err(MoneyError::UnknownUnit("e8万".into())));
}
