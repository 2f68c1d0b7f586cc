//! The shipped examples: their advice, pinned in both languages and as JSON.

mod support;

use serde_json::Value;
use support::{EXAMPLES, golden, kam, stdout_of};

fn json_of(example: &str, lang: &str) -> Value {
    let out = stdout_of(kam().args([
        &format!("examples/{example}.toml"),
        "--format",
        "json",
        "--lang",
        lang,
    ]));
    assert_eq!(out.lines().count(), 1, "one JSON line per profile: {out}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{example}: {e}: {out}"))
}

#[test]
fn every_example_is_listed_here() {
    let found = support::toml_stems("examples");
    assert_eq!(found, EXAMPLES);
}

#[test]
fn table_output_is_pinned_in_both_languages() {
    for example in EXAMPLES {
        for lang in ["en", "zh"] {
            let mut cmd = kam();
            cmd.args([&format!("examples/{example}.toml"), "--lang", lang]);
            let out = cmd.output().unwrap_or_else(|e| panic!("{e}"));
            assert!(out.status.success(), "{example}: {:?}", out);
            assert!(out.stderr.is_empty());
            let text = String::from_utf8(out.stdout).unwrap_or_default();
            golden(&format!("tests/expected/{example}.{lang}.txt"), &text);
        }
    }
}

#[test]
fn json_output_is_pinned() {
    for example in EXAMPLES {
        let out = stdout_of(kam().args([
            &format!("examples/{example}.toml"),
            "--format",
            "json",
            "--lang",
            "en",
        ]));
        golden(&format!("tests/expected/{example}.json"), &out);
    }
}

#[test]
fn json_has_every_key_of_spec_section_5() {
    let keys = [
        "schema_version",
        "source",
        "name",
        "revenue_cny",
        "key_accounts",
        "kind",
        "scale",
        "scale_source",
        "conditions",
        "dedicated_unit_warranted",
        "form",
        "form_clause",
        "units",
        "staffing",
        "reporting_line",
        "duties",
        "requirements",
        "manager_roles",
        "warnings",
        "hints",
    ];
    for example in EXAMPLES {
        for lang in ["en", "zh"] {
            let json = json_of(example, lang);
            for key in keys {
                assert!(json.get(key).is_some(), "{example} {lang}: no `{key}`");
            }
            assert_eq!(json["schema_version"], 1);
            assert_eq!(json["source"], format!("examples/{example}.toml"));
            assert_eq!(json["duties"].as_array().map(Vec::len), Some(7));
            assert_eq!(json["requirements"].as_array().map(Vec::len), Some(6));
            assert_eq!(json["manager_roles"].as_array().map(Vec::len), Some(2));
            let ids: Vec<&str> = json["conditions"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|c| c["id"].as_str())
                .collect();
            assert_eq!(
                ids,
                [
                    "revenue",
                    "key_accounts",
                    "strategic_plan",
                    "account_development"
                ]
            );
            for c in json["conditions"].as_array().into_iter().flatten() {
                assert!(c["met"].is_boolean() && c["clause"].is_string());
            }
            let staffing = &json["staffing"];
            for key in ["kam_managers", "headcount", "focus_executives"] {
                assert!(staffing[key].is_u64(), "{example}: staffing.{key}");
            }
            assert!(staffing["roles"].is_array());
            assert!(
                json["warnings"]
                    .as_array()
                    .is_some_and(|w| w.iter().all(Value::is_string))
            );
            assert!(
                json["hints"]
                    .as_array()
                    .is_some_and(|h| h.iter().all(Value::is_string))
            );
            for unit in json["units"].as_array().into_iter().flatten() {
                assert!(unit["name"].is_string() && unit["optional"].is_boolean());
            }
        }
    }
}

#[test]
fn each_example_gets_the_chapters_advice() {
    // (example, form, form_clause, warranted, scale, scale_source, revenue_cny, managers, headcount, focus)
    let cases = [
        (
            "large-retailer",
            "service-center",
            "(二)2",
            true,
            "large",
            "inferred",
            350_000_000u64,
            4u64,
            4u64,
            0u64,
        ),
        (
            "medium-manufacturer",
            "department",
            "(二)3",
            true,
            "medium",
            "inferred",
            80_000_000,
            2,
            3,
            0,
        ),
        (
            "multinational-usd",
            "committee",
            "(二)1",
            true,
            "large",
            "declared",
            8_520_000_000,
            5,
            5,
            40,
        ),
        (
            "no-key-accounts",
            "none",
            "(一)",
            true,
            "medium",
            "inferred",
            250_000_000,
            0,
            0,
            0,
        ),
        (
            "provincial-postal",
            "service-center",
            "(二)2",
            true,
            "large",
            "declared",
            12_000_000_000,
            3,
            3,
            0,
        ),
        (
            "regional-group",
            "department",
            "(二)3",
            true,
            "medium",
            "declared",
            200_000_000,
            4,
            4,
            0,
        ),
        (
            "small-software",
            "team",
            "(二)4",
            true,
            "small",
            "inferred",
            30_000_000,
            1,
            4,
            0,
        ),
        (
            "startup-unwarranted",
            "team",
            "(二)4",
            false,
            "small",
            "declared",
            8_000_000,
            1,
            4,
            0,
        ),
    ];
    for (example, form, clause, warranted, scale, source, revenue, managers, headcount, focus) in
        cases
    {
        let json = json_of(example, "en");
        assert_eq!(json["form"], form, "{example}");
        assert_eq!(json["form_clause"], clause, "{example}");
        assert_eq!(json["dedicated_unit_warranted"], warranted, "{example}");
        assert_eq!(json["scale"], scale, "{example}");
        assert_eq!(json["scale_source"], source, "{example}");
        assert_eq!(json["revenue_cny"], revenue, "{example}");
        assert_eq!(json["staffing"]["kam_managers"], managers, "{example}");
        assert_eq!(json["staffing"]["headcount"], headcount, "{example}");
        assert_eq!(json["staffing"]["focus_executives"], focus, "{example}");
    }
}

#[test]
fn committee_structure_and_reporting_line() {
    let json = json_of("multinational-usd", "en");
    let units: Vec<&str> = json["units"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|u| u["id"].as_str())
        .collect();
    assert_eq!(
        units,
        [
            "committee",
            "management-centre",
            "service-centre",
            "evaluation-centre"
        ]
    );
    assert_eq!(
        json["reporting_line"],
        serde_json::json!([
            "KAM managers",
            "National sales manager",
            "VP of marketing and sales",
            "CEO"
        ])
    );
    let zh = json_of("multinational-usd", "zh");
    assert_eq!(zh["reporting_line"][3], "首席执行官");
    assert_eq!(zh["form"], "committee", "ids stay English");
}

#[test]
fn tiered_service_centre_follows_the_postal_example() {
    let json = json_of("provincial-postal", "en");
    let tiers: Vec<(String, String, bool)> = json["units"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|u| {
            (
                u["id"].as_str().unwrap_or_default().to_string(),
                u["level"].as_str().unwrap_or_default().to_string(),
                u["optional"].as_bool().unwrap_or_default(),
            )
        })
        .collect();
    let expected = [
        ("management-body", "national", false),
        ("management-body", "provincial", false),
        ("service-centre", "prefecture", false),
        ("service-centre", "county", true),
    ];
    assert_eq!(tiers.len(), expected.len());
    for ((id, level, optional), (eid, elevel, eopt)) in tiers.iter().zip(expected) {
        assert_eq!(
            (id.as_str(), level.as_str(), *optional),
            (eid, elevel, eopt)
        );
    }
}

#[test]
fn unwarranted_profile_says_how_far_each_condition_is() {
    let json = json_of("startup-unwarranted", "en");
    let hints: Vec<&str> = json["hints"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        hints
            .iter()
            .any(|h| h.contains("CNY 42,000,000 short of the CNY 50,000,000 of (一)1")),
        "{hints:?}"
    );
    assert!(
        hints
            .iter()
            .any(|h| h.contains("3 more") && h.contains("(一)2")),
        "{hints:?}"
    );
    let zh = json_of("startup-unwarranted", "zh");
    let hints: Vec<&str> = zh["hints"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        hints.iter().any(|h| h.contains("还差4200万元")),
        "{hints:?}"
    );
}

#[test]
fn group_that_is_not_large_is_warned_about() {
    let json = json_of("regional-group", "en");
    let warnings = json["warnings"].as_array().cloned().unwrap_or_default();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].as_str().unwrap_or_default().contains("(二)1"));
}
