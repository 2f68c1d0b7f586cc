//! The engine's checks on the values consultants write (money, currency, rates) and
//! on a rules file, with the problems in the English catalogue's words: the engine
//! crate has no words, so its tests that read a message are here.
use crate::money::{Decimal, Revenue};
use crate::profile::{Profile, parse_profile};
use crate::render::problems::in_english;
use crate::rules::Rules;

fn profile(extra: &str) -> Result<Profile, String> {
    let text = format!("name = \"A\"\nkey_accounts = 3\nscale = \"small\"\n{extra}");
    parse_profile("p.toml", text.as_bytes()).map_err(|e| in_english(&e))
}

fn dec(text: &str) -> Decimal {
    Decimal::parse(text).unwrap_or_else(|e| panic!("{text}: {e:?}"))
}

#[test]
fn rmb_and_renminbi_are_cny_without_a_rate() {
    for written in ["RMB", "rmb", "人民币", "cny", "CNY"] {
        let p = profile(&format!(
            "annual_revenue = \"8000万元\"\ncurrency = \"{written}\"\n"
        ))
        .unwrap_or_else(|e| panic!("{written}: {e}"));
        assert_eq!(p.currency, "CNY", "{written}");
        assert_eq!(p.revenue_cny, 80_000_000, "{written}");
        assert_eq!(
            p.revenue,
            Revenue {
                amount: dec("80000000"),
                currency: "CNY".into(),
                cny_rate: Decimal::ONE,
                cny: dec("80000000"),
            }
        );
    }
    // A rate of exactly 1 with CNY is allowed.
    let p = profile("annual_revenue = 5\ncurrency = \"RMB\"\ncny_rate = 1.0\n");
    assert_eq!(p.map(|p| p.revenue_cny), Ok(5));
}

#[test]
fn other_codes_are_upper_cased_and_keep_amount_and_rate() {
    let p = profile("annual_revenue = \"€1.5M\"\ncurrency = \"eur\"\ncny_rate = 7.8\n");
    let p = p.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.currency, "EUR");
    assert_eq!(p.revenue.currency, "EUR");
    assert_eq!(p.revenue.amount.to_string(), "1500000");
    assert_eq!(p.revenue.cny_rate.to_string(), "7.8");
    assert_eq!(p.revenue.cny.to_string(), "11700000");
    assert_eq!(p.revenue_cny, 11_700_000);
}

#[test]
fn toml_floats_are_exact() {
    let p = profile("annual_revenue = 1.5e9\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.revenue_cny, 1_500_000_000);
    assert_eq!(p.revenue.amount.to_string(), "1500000000");
    // 0.1 + 0.2 style trap: 10,000,000 × 7.8 is 78,000,000, not 77,999,999.
    let p = profile("annual_revenue = 10_000_000\ncurrency = \"USD\"\ncny_rate = 7.8\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.revenue_cny, 78_000_000);
    // Whole yuan are truncated, never rounded up; the exact figure is kept.
    let p = profile("annual_revenue = 0.25\ncurrency = \"USD\"\ncny_rate = 2\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.revenue_cny, 0);
    assert_eq!(p.revenue.cny, dec("0.5"));
}

#[test]
fn revenue_in_another_currency_is_exact_and_truncated() {
    let usd = |amount: &str| {
        profile(&format!(
            "annual_revenue = \"{amount}\"\ncurrency = \"USD\"\ncny_rate = 7.1\n"
        ))
        .unwrap_or_else(|e| panic!("{amount}: {e}"))
    };
    let p = usd("7,042,253.52");
    assert_eq!(p.revenue_cny, 49_999_999);
    assert_eq!(p.revenue.cny.to_string(), "49999999.992");
    let p = usd("7,042,253.53");
    assert_eq!(p.revenue_cny, 50_000_000);
    assert_eq!(p.revenue.cny.to_string(), "50000000.063");
    let p = profile("annual_revenue = \"49999999.6\"\n").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(p.revenue_cny, 49_999_999);
    assert_eq!(p.revenue.cny, dec("49999999.6"));
}

#[test]
fn total_assets_are_truncated_too() {
    // USD 704,225.35 at 7.1 is CNY 4,999,999.985: below 500万, never shown at it.
    let p = profile(
        "annual_revenue = 1\ncurrency = \"USD\"\ncny_rate = 7.1\ntotal_assets = \"$704,225.35\"\n",
    );
    assert_eq!(p.map(|p| p.total_assets_cny), Ok(Some(4_999_999)));
}

#[test]
fn total_assets_read_like_revenue() {
    let p = profile(
        "annual_revenue = \"$2M\"\ncurrency = \"usd\"\ncny_rate = 7\ntotal_assets = \"$1,000K\"\n",
    );
    assert_eq!(p.map(|p| p.total_assets_cny), Ok(Some(7_000_000)));
    let err = profile("annual_revenue = \"1亿\"\ntotal_assets = \"€3亿\"\n");
    assert_eq!(
        err,
        Err(
            "p.toml:5:16: `total_assets` has the sign `€`, which is for EUR, not CNY, \
             found the string \"€3亿\"; for an amount in EUR, set `currency = \"EUR\"` \
             and `cny_rate` to the CNY value of one EUR"
                .into()
        )
    );
}

#[test]
fn mismatched_signs_and_rates_are_errors() {
    let err = profile("annual_revenue = \"€80M\"\ncurrency = \"USD\"\ncny_rate = 7.1\n");
    assert!(
        err.as_ref()
            .is_err_and(|e| e.contains("has the sign `€`, which is for EUR, not USD")),
        "{err:?}"
    );
    let err = profile("annual_revenue = \"¥80M\"\ncurrency = \"USD\"\ncny_rate = 7.1\n");
    assert!(
        err.as_ref()
            .is_err_and(|e| e.contains("has the sign `¥`, which is for CNY, not USD")),
        "{err:?}"
    );
    let err = profile("annual_revenue = 5\ncurrency = \"RMB\"\ncny_rate = 7.1\n");
    assert_eq!(
        err,
        Err(
            "p.toml:6:12: `cny_rate` applies only when `currency` is not CNY, and \"RMB\" \
             is CNY: remove `cny_rate`, or set `currency` to the code the amounts are in"
                .into()
        )
    );
    // A currency that is no code: its own error, and no guess about the sign.
    let err = profile("annual_revenue = \"$5\"\ncurrency = \"dollars\"\ncny_rate = 7\n");
    assert_eq!(
        err,
        Err(
            "p.toml:5:12: `currency` must be a three-letter ISO code such as CNY, USD or EUR \
             (RMB and 人民币 are CNY), found \"dollars\""
                .into()
        )
    );
}

#[test]
fn overflowing_yuan_is_an_error() {
    let err = profile("annual_revenue = \"18446744073709551616\"\n");
    assert!(
        err.as_ref()
            .is_err_and(|e| e.contains("`annual_revenue` in yuan is too large")),
        "{err:?}"
    );
    let err =
        profile("annual_revenue = \"2598133000000000000\"\ncurrency = \"USD\"\ncny_rate = 7.1\n");
    assert!(err.is_err(), "{err:?}");
}

#[test]
fn a_rules_file_too_large_or_nonsense_is_said_in_words() {
    let err = Rules::parse(
        "r.toml",
        b"revenue_threshold_cny = \"20000000000000000000\"\n",
    )
    .map_err(|e| in_english(&e));
    assert_eq!(
        err,
        Err(format!(
            "r.toml:1:25: `revenue_threshold_cny` in yuan is too large to compute with (over {} yuan)",
            u64::MAX
        ))
    );
    let err = Rules::parse("r.toml", b"accounts_per_manager = 0\n").map_err(|e| in_english(&e));
    assert_eq!(
            err,
            Err("r.toml:1:24: `accounts_per_manager` must be at least 1: a KAM manager looks after one account or more".into())
        );
    let err = Rules::parse("r.toml", b"acounts_per_manager = 5\n").map_err(|e| in_english(&e));
    assert_eq!(
        err,
        Err(
            "r.toml:1:1: unknown key `acounts_per_manager`: did you mean `accounts_per_manager`?"
                .into()
        )
    );
}
