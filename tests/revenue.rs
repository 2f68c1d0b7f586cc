//! Revenue compared exactly (amount × cny_rate) and whole yuan truncated, never
//! rounded up, end to end: the (一)1 condition, its hint, a `--rules` threshold with a
//! fraction of a yuan, the NBS 2017 bounds and the JSON fields (docs/rules.md,
//! "Conditions" and "Scale").

use serde_json::Value;

use crate::support::{kam, stdout_of};

/// A medium enterprise with 3 key accounts and this revenue (`extra` lines added).
fn profile(revenue: &str, extra: &str) -> String {
    format!("name = \"A\"\nannual_revenue = \"{revenue}\"\nkey_accounts = 3\n{extra}")
}

const USD: &str = "currency = \"USD\"\ncny_rate = 7.1\nscale = \"medium\"\n";
const MEDIUM: &str = "scale = \"medium\"\n";

/// The output for a profile on stdin; the command must succeed.
fn run(doc: &str, args: &[&str]) -> String {
    let out = kam()
        .arg("-")
        .args(args)
        .write_stdin(doc.to_string())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{doc} {args:?}: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

fn json_of(doc: &str, args: &[&str]) -> Value {
    let out = run(doc, &[&["--format", "json"], args].concat());
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn revenue_condition(json: &Value) -> &Value {
    let condition = &json["conditions"][0];
    assert_eq!(condition["id"], "revenue");
    condition
}

/// A rules file in a temporary directory, kept as long as the directory.
fn rules_file(dir: &tempfile::TempDir, text: &str) -> String {
    let path = dir.path().join("rules.toml");
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn usd_a_fraction_of_a_yuan_short_of_5000_wan_does_not_meet_it() {
    // USD 7,042,253.52 at 7.1 is CNY 49,999,999.992: rounded half up it was 5000万.
    let doc = profile("7,042,253.52", USD);
    let json = json_of(&doc, &[]);
    assert_eq!(json["revenue_cny"], 49_999_999u64);
    assert_eq!(json["revenue"]["amount"], "7042253.52");
    assert_eq!(json["revenue"]["cny_rate"], "7.1");
    assert_eq!(json["revenue"]["cny"], "49999999.992");
    let condition = revenue_condition(&json);
    assert_eq!(condition["met"], false);
    assert_eq!(condition["value"], 49_999_999u64);
    assert_eq!(condition["threshold"], 50_000_000u64);
    assert_eq!(json["unit_worth_considering"], false);
    assert_eq!(
        json["hints"][0],
        "Revenue is CNY 0.01 short of the CNY 50,000,000 of (一)1."
    );

    let en = run(&doc, &["--why"]);
    for shown in [
        "USD 7,042,253.52 = CNY 49,999,999 (at 7.1)",
        "┆ CNY 49,999,999 ┆ ≥ CNY 50,000,000 ┆ no ",
        "→ Revenue is CNY 0.01 short of the CNY 50,000,000 of (一)1.",
        "(一)1 Annual revenue: CNY 49,999,999 < CNY 50,000,000 → not met.",
    ] {
        assert!(en.contains(shown), "{shown}:\n{en}");
    }
    assert!(!en.contains("CNY 50,000,000 ┆ ≥"), "{en}");
    let zh = run(&doc, &["--why", "--lang", "zh"]);
    for shown in [
        "折合4999.9999万元",
        "┆ 4999.9999万元 ┆ ≥ 5000万元 ┆ 否",
        "→ 年度销售额距(一)1的5000万元还差0.01元。",
        "(一)1（年度销售额）：4999.9999万元 < 5000万元，不满足。",
    ] {
        assert!(zh.contains(shown), "{shown}:\n{zh}");
    }
    let zh = json_of(&doc, &["--lang", "zh"]);
    assert_eq!(zh["hints"][0], "年度销售额距(一)1的5000万元还差0.01元。");
}

#[test]
fn usd_a_cent_more_meets_5000_wan() {
    // USD 7,042,253.53 at 7.1 is CNY 50,000,000.063.
    let json = json_of(&profile("7,042,253.53", USD), &[]);
    assert_eq!(json["revenue_cny"], 50_000_000u64);
    assert_eq!(json["revenue"]["cny"], "50000000.063");
    assert_eq!(revenue_condition(&json)["met"], true);
    assert_eq!(json["unit_worth_considering"], true);
    let hints = json["hints"].to_string();
    assert!(!hints.contains("short of"), "{hints}");
}

#[test]
fn cny_six_tenths_of_a_yuan_short_is_short_and_shows_the_yuan_below() {
    let doc = profile("49999999.6", MEDIUM);
    let json = json_of(&doc, &[]);
    assert_eq!(json["revenue_cny"], 49_999_999u64);
    assert_eq!(json["revenue"]["amount"], "49999999.6");
    assert_eq!(json["revenue"]["cny"], "49999999.6");
    assert_eq!(revenue_condition(&json)["met"], false);
    assert_eq!(
        json["hints"][0],
        "Revenue is CNY 0.40 short of the CNY 50,000,000 of (一)1."
    );
    let en = run(&doc, &[]);
    assert!(
        en.contains("Annual revenue: CNY 49,999,999 ·"),
        "shown truncated, never at 5000万:\n{en}"
    );
    assert!(
        en.contains("┆ CNY 49,999,999 ┆ ≥ CNY 50,000,000 ┆ no "),
        "{en}"
    );
    let zh = run(&doc, &["--lang", "zh"]);
    assert!(zh.contains("┆ 4999.9999万元 ┆ ≥ 5000万元 ┆ 否"), "{zh}");
    assert!(
        zh.contains("年度销售额距(一)1的5000万元还差0.40元。"),
        "{zh}"
    );
    let md = run(&doc, &["--format", "markdown"]);
    assert!(md.contains("| Annual revenue | CNY 49,999,999 |"), "{md}");
    assert!(
        md.contains("| CNY 49,999,999 | ≥ CNY 50,000,000 | no |"),
        "{md}"
    );
}

#[test]
fn a_rules_threshold_with_a_fraction_of_a_yuan_is_compared_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_file(&dir, "revenue_threshold_cny = \"49999999.5\"\n");
    let rules_args = ["--rules", rules.as_str()];

    // 49,999,999.6 ≥ 49,999,999.5: met, and both shown to the fen, as they compare.
    let above = profile("49999999.6", MEDIUM);
    let json = json_of(&above, &rules_args);
    assert_eq!(revenue_condition(&json)["met"], true);
    assert_eq!(json["revenue_cny"], 49_999_999u64);
    assert_eq!(json["default_rules"], false);
    let en = run(&above, &[&rules_args[..], &["--why"]].concat());
    for shown in [
        "┆ CNY 49,999,999.60 ┆ ≥ CNY 49,999,999.50 ┆ yes ",
        "(一)1 Annual revenue: CNY 49,999,999.60 ≥ CNY 49,999,999.50 → met.",
    ] {
        assert!(en.contains(shown), "{shown}:\n{en}");
    }
    let zh = run(
        &above,
        &[&rules_args[..], &["--why", "--lang", "zh"]].concat(),
    );
    for shown in [
        "┆ 49,999,999.60元 ┆ ≥ 49,999,999.50元 ┆ 是",
        "(一)1（年度销售额）：49,999,999.60元 ≥ 49,999,999.50元，满足。",
    ] {
        assert!(zh.contains(shown), "{shown}:\n{zh}");
    }

    // 49,999,999.4 < 49,999,999.5: not met, short by 0.10.
    let below = profile("49999999.4", MEDIUM);
    let json = json_of(&below, &rules_args);
    assert_eq!(revenue_condition(&json)["met"], false);
    assert_eq!(
        json["hints"][0],
        "Revenue is CNY 0.10 short of the CNY 49,999,999.50 of (一)1."
    );
    let zh = run(&below, &[&rules_args[..], &["--lang", "zh"]].concat());
    assert!(
        zh.contains("┆ 49,999,999.40元 ┆ ≥ 49,999,999.50元 ┆ 否"),
        "{zh}"
    );
    assert!(
        zh.contains("年度销售额距(一)1的49,999,999.50元还差0.10元。"),
        "{zh}"
    );

    // explain states the threshold in force, exactly.
    let explain = stdout_of(kam().args(["--rules", rules.as_str(), "explain", "conditions"]));
    assert!(
        explain.contains("annual revenue ≥ CNY 49,999,999.50"),
        "{explain}"
    );
    let explain = stdout_of(kam().args([
        "--rules",
        rules.as_str(),
        "--lang",
        "zh",
        "explain",
        "conditions",
    ]));
    assert!(
        explain.contains("年度销售额达到49,999,999.50元"),
        "{explain}"
    );
}

#[test]
fn rules_print_a_fractional_threshold_so_that_it_reads_back_exactly() {
    // The default prints as it always has.
    let toml = stdout_of(kam().arg("rules"));
    assert!(
        toml.contains("\nrevenue_threshold_cny = 50_000_000\n"),
        "{toml}"
    );
    let json: Value =
        serde_json::from_str(&stdout_of(kam().args(["rules", "-f", "json"]))).unwrap();
    assert_eq!(json["revenue_threshold_cny"], 50_000_000u64);

    let dir = tempfile::tempdir().unwrap();
    let rules = rules_file(&dir, "revenue_threshold_cny = \"4999.99995万\"\n");
    let toml = stdout_of(kam().args(["--rules", rules.as_str(), "rules"]));
    assert!(
        toml.contains("\nrevenue_threshold_cny = 49_999_999.5\n"),
        "{toml}"
    );
    let json: Value = serde_json::from_str(&stdout_of(kam().args([
        "--rules",
        rules.as_str(),
        "rules",
        "-f",
        "json",
    ])))
    .unwrap();
    assert_eq!(json["revenue_threshold_cny"], "49999999.5");

    // What `rules` printed, loaded again, gives the same advice as the file it came from.
    let printed = rules_file(&dir, &toml);
    let doc = profile("49999999.6", MEDIUM);
    for args in [["--rules", rules.as_str()], ["--rules", printed.as_str()]] {
        let json = json_of(&doc, &args);
        assert_eq!(revenue_condition(&json)["met"], true, "{args:?}");
    }
}

#[test]
fn nbs_bounds_compare_exactly_a_fraction_below_is_below() {
    // Retail, medium from 500万: USD 704,225.35 at 7.1 is CNY 4,999,999.985.
    let doc = "name = \"R\"\nannual_revenue = \"$704,225.35\"\ncurrency = \"USD\"\ncny_rate = 7.1\n\
               industry = \"retail\"\nemployees = 60\nkey_accounts = 8\n";
    let json = json_of(doc, &[]);
    assert_eq!(json["scale"], "small");
    assert_eq!(json["scale_source"], "inferred");
    assert_eq!(json["revenue_cny"], 4_999_999u64);
    let en = run(doc, &["--why"]);
    let en = en.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        en.contains("revenue ≥ CNY 5,000,000, the firm has CNY 4,999,999: not met"),
        "{en}"
    );
    let zh = run(doc, &["--why", "--lang", "zh"]);
    let zh: String = zh.split_whitespace().collect();
    assert!(
        zh.contains("营业收入须不少于500万元，本企业为499.9999万元，不满足"),
        "{zh}"
    );
    // A cent more reaches the bound.
    let json = json_of(&doc.replace("704,225.35", "704,225.36"), &[]);
    assert_eq!(json["scale"], "medium");

    // Construction, medium from 5000万 of total assets: 49,999,999.99 is below it.
    let doc = "name = \"K\"\nannual_revenue = \"1亿\"\nindustry = \"construction\"\n\
               total_assets = \"49999999.99\"\nkey_accounts = 8\n";
    let json = json_of(doc, &[]);
    assert_eq!(json["scale"], "small");
    assert_eq!(json["total_assets_cny"], 49_999_999u64);
    let json = json_of(&doc.replace("49999999.99", "5000万"), &[]);
    assert_eq!(json["scale"], "medium");
}

/// docs/guide.md "Money": codes, names and signs on either side, and scientific notation,
/// read the same under either output language; a currency other than the profile's
/// says what to set, in the output language.
#[test]
fn money_with_currency_names_and_scientific_notation_in_both_languages() {
    let cny = [
        ("RMB 80 million", 80_000_000u64),
        ("CNY 80 million", 80_000_000),
        ("80 million RMB", 80_000_000),
        ("1.2亿元人民币", 120_000_000),
        ("1.5e8", 150_000_000),
    ];
    let usd = [
        ("US$12M", 85_200_000u64),
        ("USD 12M", 85_200_000),
        ("1200万美元", 85_200_000),
    ];
    for lang in ["en", "zh"] {
        for (written, yuan) in cny {
            let json = json_of(&profile(written, MEDIUM), &["--lang", lang]);
            assert_eq!(json["revenue_cny"], yuan, "{lang}: {written}");
        }
        for (written, yuan) in usd {
            let json = json_of(&profile(written, USD), &["--lang", lang]);
            assert_eq!(json["revenue_cny"], yuan, "{lang}: {written}");
            assert_eq!(json["revenue"]["amount"], "12000000", "{lang}: {written}");
        }
    }
    for (lang, said) in [
        (
            "en",
            "for an amount in USD, set `currency = \"USD\"` and `cny_rate`",
        ),
        (
            "zh",
            "金额若是 USD，请设 `currency = \"USD\"`，并把 `cny_rate`",
        ),
    ] {
        for written in ["$12M", "US$12M", "USD 12M"] {
            let out = kam()
                .args(["-", "--lang", lang])
                .write_stdin(profile(written, MEDIUM))
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1));
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains(said), "{lang}: {written}: {stderr}");
            assert!(stderr.contains("cny_rate = 7.1"), "{lang}: {stderr}");
        }
    }
}

/// docs/guide.md "Money": Chinese numerals (everyday and 大写) and mixed units read as Chinese
/// documents write them; a left-out last unit and nonsense are refused in one short
/// line in the output language.
#[test]
fn money_in_chinese_numerals_and_mixed_units_in_both_languages() {
    let cny = [
        ("五亿", 500_000_000u64),
        ("五亿元", 500_000_000),
        ("三千万", 30_000_000),
        ("一千二百万元", 12_000_000),
        ("两亿五千万", 250_000_000),
        ("壹亿伍仟万元整", 150_000_000),
        ("1亿5000万", 150_000_000),
        ("1亿2千万", 120_000_000),
        ("3千亿", 300_000_000_000),
        ("人民币五亿元", 500_000_000),
        ("¥三千万", 30_000_000),
    ];
    for lang in ["en", "zh"] {
        for (written, yuan) in cny {
            let json = json_of(&profile(written, MEDIUM), &["--lang", lang]);
            assert_eq!(json["revenue_cny"], yuan, "{lang}: {written}");
        }
    }
    let refused = |written: &str, lang: &str| {
        let out = kam()
            .args(["-", "--lang", lang])
            .write_stdin(profile(written, MEDIUM))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{written}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        stderr
    };
    assert_eq!(
        refused("两亿五", "en"),
        "error: -:2:18: `annual_revenue` leaves out the unit of its last digits, found the string \"两亿五\"; is it 250,000,000 or 200,000,005? Write that unit (两亿五千万) or 零 before the last digits (两亿零五)\n"
    );
    assert_eq!(
        refused("两亿五", "zh"),
        "错误：-:2:18: `annual_revenue` 最后几位没有写单位，实际为字符串 \"两亿五\"；是 250,000,000 还是 200,000,005？请写出单位（如 两亿五千万），或在最后几位前加“零”（如 两亿零五）\n"
    );
    for (lang, said) in [("en", "is not an amount"), ("zh", "不是金额")] {
        for written in ["五亿亿", "一百十", "1亿15000万"] {
            let stderr = refused(written, lang);
            assert!(stderr.contains(said), "{lang}: {written}: {stderr}");
            assert!(stderr.len() < 300, "{stderr}");
        }
    }
}

/// `kam-advise explain money`: the forms an amount may take, each with what the tool
/// reads it as, in both languages; a refused amount points there.
#[test]
fn explain_money_lists_every_form_with_its_reading() {
    for (lang, cny, usd) in [
        (
            "en",
            "CNY 80,000,000",
            "USD 12,000,000 = CNY 85,200,000 (at 7.1)",
        ),
        ("zh", "8000万元", "折合8520万元"),
    ] {
        let out =
            stdout_of(kam().args(["explain", "money", "--format", "markdown", "--lang", lang]));
        let rows: Vec<&str> = out
            .lines()
            .filter(|l| l.starts_with("| \"") || l.starts_with("| 8"))
            .collect();
        assert!(rows.len() >= 18, "{lang}: {out}");
        for row in &rows {
            assert!(!row.contains("—"), "{lang}: a form read as nothing: {row}");
        }
        for written in [
            "\"8000万\"",
            "\"伍亿元\"",
            "\"RMB 80 million\"",
            "\"1.5e8\"",
            "\"US$12M\"",
        ] {
            assert!(out.contains(written), "{lang}: {written}");
        }
        assert!(out.contains(cny), "{lang}: {out}");
        assert!(out.contains(usd), "{lang}: {out}");
        assert!(
            out.contains("两亿五"),
            "{lang}: the elided unit is explained"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.toml");
    std::fs::write(&path, profile("12 lakh", MEDIUM)).unwrap();
    for lang in ["en", "zh"] {
        let out = kam().arg(&path).args(["--lang", lang]).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("`kam-advise explain money`"),
            "{lang}: {stderr}"
        );
    }
}
