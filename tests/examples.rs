//! The shipped examples: their advice, pinned in both languages and as JSON.

use crate::support::{EXAMPLES, Snapshots, kam, stdout_of};
use serde_json::Value;

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
fn table_output_is_pinned_in_both_languages() {
    let mut snaps = Snapshots::default();
    for example in EXAMPLES.iter().map(String::as_str) {
        for lang in ["en", "zh"] {
            let mut cmd = kam();
            cmd.args([&format!("examples/{example}.toml"), "--lang", lang]);
            let out = cmd.output().unwrap();
            assert!(out.status.success(), "{example}: {:?}", out);
            assert!(out.stderr.is_empty());
            let text = String::from_utf8(out.stdout).unwrap_or_default();
            snaps.check(&format!("tests/expected/{example}.{lang}.txt"), &text);
        }
    }
}

#[test]
fn json_output_is_pinned() {
    let mut snaps = Snapshots::default();
    for example in EXAMPLES.iter().map(String::as_str) {
        let out = stdout_of(kam().args([
            &format!("examples/{example}.toml"),
            "--format",
            "json",
            "--lang",
            "en",
        ]));
        snaps.check(&format!("tests/expected/{example}.json"), &out);
    }
}

#[test]
fn json_has_every_key_of_schema_version_3() {
    let keys = [
        "schema_version",
        "source",
        "lang",
        "name",
        "revenue_cny",
        "revenue",
        "key_accounts",
        "kind",
        "scale",
        "scale_source",
        "conditions",
        "unit_worth_considering",
        "verdict",
        "form",
        "form_rule",
        "form_clause",
        "form_name",
        "form_reason",
        "units",
        "staffing",
        "reporting_line",
        "duties",
        "requirements_intro",
        "requirements",
        "manager_intro",
        "manager_responsibility",
        "manager_abilities",
        "manager_roles",
        "warnings",
        "hints",
        "default_rules",
        "gap",
    ];
    for example in EXAMPLES.iter().map(String::as_str) {
        for lang in ["en", "zh"] {
            let json = json_of(example, lang);
            for key in keys {
                assert!(json.get(key).is_some(), "{example} {lang}: no `{key}`");
            }
            assert_eq!(json["schema_version"], 3);
            assert_eq!(json["lang"], lang);
            assert_eq!(json["source"], format!("examples/{example}.toml"));
            assert_eq!(json["duties"].as_array().map(Vec::len), Some(7));
            assert_eq!(json["requirements"].as_array().map(Vec::len), Some(6));
            assert_eq!(json["manager_roles"].as_array().map(Vec::len), Some(2));
            assert!(json["manager_abilities"].as_array().map_or(0, Vec::len) >= 3);
            for item in ["manager_intro", "manager_responsibility"] {
                assert_eq!(json[item]["clause"], "(四)2", "{example}: {item}");
            }
            for list in ["manager_abilities", "manager_roles"] {
                for item in json[list].as_array().into_iter().flatten() {
                    assert_eq!(item["clause"], "(四)2", "{example}: {list}");
                }
            }
            assert_eq!(json["requirements_intro"]["clause"], "(四)1");
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
            let staffing = &json["staffing"];
            for key in ["kam_managers", "focus_executives"] {
                assert!(staffing[key].is_u64(), "{example}: staffing.{key}");
            }
            // Null only for a network whose service tier is not counted.
            let uncounted = example == "provincial-postal";
            assert_eq!(
                staffing["headcount"].is_null(),
                uncounted,
                "{example}: staffing.headcount"
            );
            assert!(staffing["headcount"].is_u64() || uncounted);
            for role in staffing["roles"].as_array().into_iter().flatten() {
                let source = role["source"].as_str().unwrap_or_default();
                assert!(
                    ["chapter", "derived", "assumption", "rules-file"].contains(&source),
                    "{example}: {role}"
                );
            }
            // Unit ids are unique and parents name an id of the same record.
            let units = json["units"].as_array().cloned().unwrap_or_default();
            let ids: Vec<&str> = units.iter().filter_map(|u| u["id"].as_str()).collect();
            let mut unique = ids.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "{example}: {ids:?}");
            for unit in &units {
                assert!(unit["name"].is_string() && unit["optional"].is_boolean());
                let parent = &unit["parent"];
                assert!(
                    parent.is_null() || ids.contains(&parent.as_str().unwrap_or_default()),
                    "{example}: {unit}"
                );
            }
            for post in json["reporting_line"].as_array().into_iter().flatten() {
                assert!(post["id"].is_string() && post["name"].is_string());
            }
        }
    }
}

/// (example, form_rule, form, form_clause, worth considering, scale, scale_source,
/// revenue_cny, KAM managers, headcount, focus executives)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    bool,
    Option<&'static str>,
    &'static str,
    u64,
    u64,
    Option<u64>,
    u64,
);

#[test]
fn each_example_gets_the_chapters_advice() {
    let cases: [Case; 11] = [
        (
            "large-group",
            "large-group",
            "committee",
            "(二)1",
            true,
            Some("large"),
            "declared",
            8_600_000_000,
            4,
            Some(6),
            32,
        ),
        (
            "large-retailer",
            "large-enterprise",
            "service-center",
            "(二)2",
            true,
            Some("large"),
            "inferred",
            350_000_000,
            4,
            Some(4),
            0,
        ),
        (
            "medium-manufacturer",
            "medium-scale",
            "department",
            "(二)3",
            true,
            Some("medium"),
            "inferred",
            80_000_000,
            2,
            Some(3),
            0,
        ),
        (
            "multinational-usd",
            "multinational",
            "committee",
            "(二)1",
            true,
            Some("large"),
            "declared",
            8_520_000_000,
            5,
            Some(7),
            40,
        ),
        (
            "no-key-accounts",
            "no-key-accounts",
            "none",
            "(一)2",
            true,
            Some("medium"),
            "inferred",
            250_000_000,
            0,
            Some(0),
            0,
        ),
        (
            "provincial-network",
            "public-sector",
            "service-center",
            "(二)2",
            true,
            None,
            "none",
            3_500_000_000,
            14,
            Some(14),
            0,
        ),
        (
            "provincial-postal",
            "public-sector",
            "service-center",
            "(二)2",
            true,
            Some("large"),
            "declared",
            12_000_000_000,
            3,
            None,
            0,
        ),
        (
            "regional-group",
            "medium-scale",
            "department",
            "(二)3",
            true,
            Some("medium"),
            "declared",
            200_000_000,
            4,
            Some(4),
            0,
        ),
        (
            "small-many-accounts",
            "small-many-accounts",
            "department",
            "(二)3",
            false,
            Some("small"),
            "inferred",
            45_000_000,
            2,
            Some(3),
            0,
        ),
        (
            "small-software",
            "small-scale",
            "team",
            "(二)4",
            true,
            Some("small"),
            "inferred",
            30_000_000,
            1,
            Some(1),
            0,
        ),
        (
            "startup-no-condition",
            "no-condition-met",
            "none",
            "(一)",
            false,
            Some("small"),
            "declared",
            8_000_000,
            0,
            Some(0),
            0,
        ),
    ];
    let covered: Vec<&str> = cases.iter().map(|c| c.1).collect();
    for rule in [
        "no-key-accounts",
        "no-condition-met",
        "multinational",
        "large-group",
        "public-sector",
        "large-enterprise",
        "medium-scale",
        "small-many-accounts",
        "small-scale",
    ] {
        assert!(covered.contains(&rule), "no example for {rule}");
    }
    for (example, rule, form, clause, worth, scale, source, revenue, managers, headcount, focus) in
        cases
    {
        let json = json_of(example, "en");
        assert_eq!(json["form_rule"], rule, "{example}");
        assert_eq!(json["form"], form, "{example}");
        assert_eq!(json["form_clause"], clause, "{example}");
        // small-many-accounts meets a condition through its 14 key accounts.
        let worth = worth || example == "small-many-accounts";
        assert_eq!(json["unit_worth_considering"], worth, "{example}");
        assert_eq!(json["scale"], serde_json::json!(scale), "{example}");
        assert_eq!(json["scale_source"], source, "{example}");
        assert_eq!(json["revenue_cny"], revenue, "{example}");
        assert_eq!(json["staffing"]["kam_managers"], managers, "{example}");
        assert_eq!(
            json["staffing"]["headcount"],
            serde_json::json!(headcount),
            "{example}"
        );
        assert_eq!(json["staffing"]["focus_executives"], focus, "{example}");
    }
}

#[test]
fn the_verdict_agrees_with_the_form_in_both_languages() {
    for example in EXAMPLES.iter().map(String::as_str) {
        for lang in ["en", "zh"] {
            let json = json_of(example, lang);
            let verdict = json["verdict"].as_str().unwrap_or_default();
            let none = json["form"] == "none";
            let (may, no_unit) = match lang {
                "en" => ("may consider", "no dedicated KAM unit for now"),
                _ => ("可以考虑设立", "暂不"),
            };
            if none {
                let says_none = [no_unit, "none is recommended", "no ground", "没有依据设立"];
                assert!(
                    says_none.iter().any(|s| verdict.contains(s)),
                    "{example} {lang}: {verdict}"
                );
                // No duties are printed for a unit that will not exist.
                let table =
                    stdout_of(kam().args([&format!("examples/{example}.toml"), "--lang", lang]));
                assert!(!table.contains("(三)1"), "{example} {lang}");
                // The Chinese text is also read by students: it points to the chapter,
                // not to a command line.
                let pointer = match lang {
                    "en" => "kam-advise explain duties",
                    _ => "可对照本章(三)和(四)",
                };
                assert!(table.contains(pointer), "{example} {lang}");
                assert!(
                    lang == "en" || !table.contains("kam-advise explain"),
                    "{example} {lang}"
                );
            } else {
                assert!(verdict.contains(may), "{example} {lang}: {verdict}");
            }
            for banned in ["warranted", "应设立", "should set up"] {
                assert!(
                    !json.to_string().contains(banned),
                    "{example} {lang}: {banned}"
                );
            }
        }
    }
}

#[test]
fn committee_sits_under_top_management_with_no_reporting_line() {
    let json = json_of("multinational-usd", "en");
    let units: Vec<(&str, &str)> = json["units"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|u| Some((u["id"].as_str()?, u["kind"].as_str()?)))
        .collect();
    assert_eq!(
        units,
        [
            ("committee", "committee"),
            ("management-center", "management-center"),
            ("service-center", "service-center"),
            ("evaluation-center", "evaluation-center")
        ]
    );
    assert_eq!(json["reporting_line"], serde_json::json!([]));
    let table = stdout_of(kam().args(["examples/multinational-usd.toml"]));
    assert!(
        table.contains("Top management\n  └─ KAM committee"),
        "{table}"
    );
    assert!(!table.contains("national sales manager"), "{table}");
    assert!(!table.contains("senior executive"), "{table}");
    let zh = json_of("multinational-usd", "zh");
    assert_eq!(zh["form"], "committee", "ids stay English");
}

#[test]
fn a_department_carries_the_quoted_reporting_line() {
    let json = json_of("medium-manufacturer", "zh");
    assert_eq!(
        json["reporting_line"],
        serde_json::json!([
            {"id": "kam-manager", "name": "重点客户经理"},
            {"id": "national-sales-manager", "name": "全国销售经理"},
            {"id": "vp-marketing-sales", "name": "营销与销售副总裁"},
            {"id": "ceo", "name": "首席执行官"}
        ])
    );
}

#[test]
fn a_network_is_tiered_as_given_with_managers_at_the_service_centres() {
    let json = json_of("provincial-network", "en");
    let units: Vec<(String, Option<u64>, bool, Value)> = json["units"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|u| {
            (
                u["id"].as_str().unwrap_or_default().to_string(),
                u["count"].as_u64(),
                u["optional"].as_bool().unwrap_or_default(),
                u["parent"].clone(),
            )
        })
        .collect();
    assert_eq!(
        units,
        [
            (
                "management-body-provincial".to_string(),
                None,
                false,
                Value::Null
            ),
            (
                "service-center-prefecture".to_string(),
                Some(14),
                false,
                "management-body-provincial".into()
            ),
            (
                "service-center-county".to_string(),
                Some(96),
                true,
                "service-center-prefecture".into()
            ),
        ]
    );
    assert_eq!(json["scale"], Value::Null);
    let table = stdout_of(kam().args(["examples/provincial-network.toml", "--lang", "zh"]));
    assert!(table.contains("地市级重点客户服务中心 ×14\n        ├─ 县级重点客户服务中心 ×96（可选）\n        └─ 重点客户经理（每个中心≥1人）"), "{table}");
    // Every one of the 14 centres has a KAM manager: 14 in all, not the 5 the 9 suggests.
    assert_eq!(json["staffing"]["headcount"], 14);
    assert_eq!(json["staffing"]["roles"][0]["source"], "assumption");
    assert!(!table.contains("国家级"), "{table}");
    assert!(!table.contains("industry"), "{table}");
}

#[test]
fn no_condition_met_says_how_far_each_condition_is() {
    let json = json_of("startup-no-condition", "en");
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
    assert!(
        hints.iter().any(|h| h
            .contains("(一)3 and (一)4 are for the organisation itself to judge")
            && h.contains("KAM team")),
        "{hints:?}"
    );
    assert_eq!(json["staffing"]["roles"][0]["id"], "named-manager");
    assert_eq!(json["staffing"]["roles"][0]["source"], "assumption");
    let zh = json_of("startup-no-condition", "zh");
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
fn a_small_firm_with_many_accounts_gets_a_department_and_the_sales_department_is_answered() {
    let json = json_of("small-many-accounts", "en");
    assert!(
        json["form_reason"]
            .as_str()
            .unwrap_or_default()
            .contains("14")
    );
    let gap = &json["gap"];
    assert_eq!(gap["direction"], "build");
    assert_eq!(gap["reasons"].as_array().map(Vec::len), Some(3));
    assert!(
        gap["reasons"][0]
            .as_str()
            .unwrap_or_default()
            .contains("at least the 6 of (一)2")
    );
    assert!(
        gap["steps"][0]
            .as_str()
            .unwrap_or_default()
            .contains("sales department")
    );
}

#[test]
fn group_that_is_not_large_is_warned_about() {
    let json = json_of("regional-group", "en");
    let warnings = json["warnings"].as_array().cloned().unwrap_or_default();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].as_str().unwrap_or_default().contains("(二)1"));
}

/// The README's "What you get" shows the start of the pinned English table of
/// `examples/medium-manufacturer.toml`: a newcomer who runs the first command sees it.
#[test]
fn the_readme_sample_is_the_pinned_output() {
    let readme = std::fs::read_to_string("README.md").unwrap_or_default();
    let pinned =
        std::fs::read_to_string("tests/expected/medium-manufacturer.en.txt").unwrap_or_default();
    let opening = "```text\n$ kam-advise examples/medium-manufacturer.toml --lang en\n";
    let start = readme
        .find(opening)
        .expect("README shows the first example's output")
        + opening.len();
    let sample: String = readme[start..]
        .lines()
        .take_while(|line| !line.starts_with("  ... then"))
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(
        sample.lines().count() > 20,
        "the sample shows the conditions and the form"
    );
    assert!(
        pinned.starts_with(&sample),
        "README's sample differs from tests/expected/medium-manufacturer.en.txt:\n{sample}"
    );
}
