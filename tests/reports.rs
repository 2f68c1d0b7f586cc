//! Reports and teaching: Markdown, Graphviz, explain, --why, gap, init, compare.

use std::process::Command as Process;

use crate::support::{EXAMPLES, Snapshots, kam, stdout_of};
use serde_json::Value;

#[test]
fn markdown_reports_are_pinned() {
    let mut snaps = Snapshots::default();
    for example in EXAMPLES.iter().map(String::as_str) {
        let out = stdout_of(kam().args([
            &format!("examples/{example}.toml"),
            "--format",
            "markdown",
            "--lang",
            "en",
        ]));
        snaps.check(&format!("tests/expected/{example}.en.md"), &out);
    }
    for example in ["medium-manufacturer", "provincial-postal"] {
        let out = stdout_of(kam().args([
            &format!("examples/{example}.toml"),
            "--format",
            "markdown",
            "--lang",
            "zh",
            "--why",
        ]));
        snaps.check(&format!("tests/expected/{example}.zh.why.md"), &out);
    }
}

#[test]
fn markdown_report_has_every_part_a_consultant_hands_over() {
    let md = stdout_of(kam().args([
        "examples/medium-manufacturer.toml",
        "--format",
        "markdown",
        "--lang",
        "en",
    ]));
    assert!(md.starts_with("# Key-account organisation advice — 华东精密机械有限公司\n"));
    for anchor in [
        "profile",
        "conditions",
        "recommendation",
        "org-chart",
        "staffing",
        "duties",
        "requirements",
        "manager",
        "next-steps",
    ] {
        assert!(
            md.contains(&format!("<a id=\"{anchor}\"></a>")),
            "anchor {anchor}"
        );
    }
    assert!(md.contains("```mermaid\nflowchart TD\n"));
    assert!(
        md.contains("| (一)1 | Annual revenue | CNY 80,000,000 | ≥ CNY 50,000,000 | **yes** |")
    );
    assert!(md.contains("7. Organise the training of the people who manage key accounts. — (三)7"));
    assert!(md.contains("1. Take the key accounts out of individual salespeople's hands"));
}

#[test]
fn markdown_escapes_pipes_and_user_text() {
    let out = kam()
        .args(["-", "--format", "markdown", "--lang", "en"])
        .write_stdin(
            "name = \"A|B *Co*\"\nannual_revenue = \"1亿\"\nkey_accounts = 8\nscale = \"medium\"\n",
        )
        .output()
        .unwrap();
    let md = String::from_utf8_lossy(&out.stdout);
    assert!(
        md.starts_with("# Key-account organisation advice — A\\|B \\*Co\\*\n"),
        "{md}"
    );
}

#[test]
fn dot_charts_are_pinned() {
    let mut snaps = Snapshots::default();
    for example in EXAMPLES.iter().map(String::as_str) {
        let out = stdout_of(kam().args([
            &format!("examples/{example}.toml"),
            "--format",
            "dot",
            "--lang",
            "zh",
        ]));
        snaps.check(&format!("tests/expected/{example}.zh.dot"), &out);
    }
}

/// Renders every example's chart with Graphviz, when it is installed, and checks
/// that the picture holds the labels (Chinese included).
#[test]
fn graphviz_renders_every_chart_when_installed() {
    if Process::new("dot").arg("-V").output().is_err() {
        eprintln!("graphviz `dot` not installed: chart rendering not checked");
        return;
    }
    for example in EXAMPLES.iter().map(String::as_str) {
        for lang in ["en", "zh"] {
            let dot = stdout_of(kam().args([
                &format!("examples/{example}.toml"),
                "--format",
                "dot",
                "--lang",
                lang,
            ]));
            let mut child = Process::new("dot")
                .arg("-Tsvg")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            if let Some(mut stdin) = child.stdin.take() {
                use std::io::Write;
                stdin.write_all(dot.as_bytes()).unwrap();
            }
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "{example} {lang}: {stderr}");
            let svg = String::from_utf8_lossy(&out.stdout);
            let label = match (example, lang) {
                ("multinational-usd", "zh") => "重点客户管理委员会",
                ("multinational-usd", "en") => "KAM committee",
                ("provincial-postal", "zh") => "县级重点客户服务中心（可选）",
                ("no-key-accounts", "en") => "no dedicated KAM unit for now",
                ("no-key-accounts", "zh") => "暂不设立专门的重点客户管理机构",
                (_, "zh") => "重点客户",
                _ => "KAM",
            };
            assert!(
                svg.contains(label),
                "{example} {lang}: no `{label}` in the SVG"
            );
        }
    }
}

#[test]
fn why_adds_the_reasoning_everywhere() {
    let table =
        stdout_of(kam().args(["examples/medium-manufacturer.toml", "--why", "--lang", "en"]));
    assert!(table.contains("Reasoning"));
    assert!(
        table.contains(
            "Rule 7 (medium-sized firm) (二)3: medium? scale: medium → yes: KAM department."
        ),
        "{table}"
    );
    assert!(
        table.contains("KAM managers = 12 ÷ 9, rounded up = 2."),
        "{table}"
    );
    let plain = stdout_of(kam().args(["examples/medium-manufacturer.toml", "--lang", "en"]));
    assert!(!plain.contains("Reasoning"));

    let json: Value = serde_json::from_str(&stdout_of(kam().args([
        "examples/medium-manufacturer.toml",
        "--why",
        "--format",
        "json",
        "--lang",
        "en",
    ])))
    .unwrap_or_default();
    let trace: Vec<&str> = json["trace"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(trace.len(), 14, "{trace:?}");
    assert!(
        trace[0].starts_with(
            "Scale by NBS 2017 (industry (mining, manufacturing, utilities)): To be large: employees ≥ 1,000, the firm has 450: not met"
        ),
        "{}",
        trace[0]
    );
    assert_eq!(
        trace[13],
        "Department headcount: the chapter puts a department at 3-4 people (二)3; the tool takes the larger of 3 and 2 KAM managers = 3."
    );
    let without: Value = serde_json::from_str(&stdout_of(kam().args([
        "examples/medium-manufacturer.toml",
        "--format",
        "json",
    ])))
    .unwrap_or_default();
    assert!(without.get("trace").is_none());
}

#[test]
fn gap_from_todays_setup_in_json() {
    let json: Value = serde_json::from_str(&stdout_of(kam().args([
        "examples/medium-manufacturer.toml",
        "--format",
        "json",
        "--lang",
        "en",
    ])))
    .unwrap_or_default();
    let gap = &json["gap"];
    assert_eq!(gap["current"], "sales");
    assert_eq!(json["form"], "department");
    assert_eq!(gap["direction"], "build");
    assert!(
        gap["steps"][0]
            .as_str()
            .unwrap_or_default()
            .contains("the firm does not use them")
    );
    // The opening's reasons: too few accounts answered, cost and need put as questions.
    // The firm answered (一)3 yes: it is not asked whether it sees a need.
    let reasons = gap["reasons"].as_array().cloned().unwrap_or_default();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        !reasons
            .iter()
            .any(|r| r.as_str().unwrap_or_default().contains("no need"))
    );
    assert!(
        reasons[0]
            .as_str()
            .unwrap_or_default()
            .contains("12 key accounts are rated")
    );
    assert!(reasons[1].as_str().unwrap_or_default().contains("3 people"));
    assert_eq!(gap["steps"].as_array().map(Vec::len), Some(6));
    let json: Value = serde_json::from_str(&stdout_of(kam().args([
        "examples/multinational-usd.toml",
        "--format",
        "json",
    ])))
    .unwrap_or_default();
    assert_eq!(json["gap"]["direction"], "grow");
    assert_eq!(
        json["gap"]["reasons"],
        serde_json::json!([]),
        "a team is already a unit"
    );
    let json: Value = serde_json::from_str(&stdout_of(kam().args([
        "examples/large-retailer.toml",
        "--format",
        "json",
    ])))
    .unwrap_or_default();
    assert!(json["gap"].is_null(), "no current_setup, no gap");
}

#[test]
fn explain_prints_the_rules_in_both_languages() {
    let mut snaps = Snapshots::default();
    for lang in ["en", "zh"] {
        let all = stdout_of(kam().args(["explain", "--lang", lang]));
        snaps.check(&format!("tests/expected/explain.{lang}.txt"), &all);
        let md = stdout_of(kam().args(["explain", "--lang", lang, "--format", "markdown"]));
        snaps.check(&format!("tests/expected/explain.{lang}.md"), &md);
    }
    let conditions = stdout_of(kam().args(["explain", "conditions", "--lang", "en"]));
    assert!(conditions.contains("annual revenue ≥ CNY 50,000,000"));
    assert!(!conditions.contains("NBS 2017"), "one topic only");
    let scale = stdout_of(kam().args(["explain", "scale", "--lang", "zh"]));
    assert!(scale.contains("租赁和商务服务业") && scale.contains("X≥300, Z≥120000"));
    let out = kam()
        .args(["explain", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_uses_the_rules_in_force() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("r.toml");
    std::fs::write(&rules, "accounts_per_manager = 7\n").unwrap();
    let staffing = stdout_of(
        kam()
            .args(["explain", "staffing", "--lang", "en", "--rules"])
            .arg(&rules),
    );
    assert!(
        staffing.contains("key accounts ÷ 7, rounded up"),
        "{staffing}"
    );
}

#[test]
fn init_writes_a_profile_that_runs_as_it_stands() {
    let mut snaps = Snapshots::default();
    for lang in ["en", "zh"] {
        snaps.check(
            &format!("tests/expected/init.{lang}.toml"),
            &stdout_of(kam().args(["init", "--lang", lang])),
        );
    }
    let dir = tempfile::tempdir().unwrap();
    // (arguments, form, warnings): a group that is only medium-sized is warned about.
    let cases = [
        (vec![], "department", 0),
        (vec!["--scale", "small"], "team", 0),
        (vec!["--scale", "micro"], "team", 0),
        (
            vec!["--kind", "multinational", "--scale", "large"],
            "committee",
            0,
        ),
        (
            vec!["--kind", "public-sector", "--scale", "large"],
            "service-center",
            0,
        ),
        (
            vec!["--kind", "group", "--scale", "medium"],
            "department",
            1,
        ),
    ];
    for (args, form, warnings) in cases {
        let path = dir.path().join("p.toml");
        let template = stdout_of(kam().arg("init").args(&args));
        std::fs::write(&path, &template).unwrap();
        let out = kam()
            .arg(&path)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        assert_eq!(json["form"], form, "{args:?}");
        assert_eq!(
            json["warnings"].as_array().map(Vec::len),
            Some(warnings),
            "{args:?}: {}",
            json["warnings"]
        );
    }
}

#[test]
fn compare_prints_one_row_per_enterprise() {
    let mut snaps = Snapshots::default();
    snaps.check(
        "tests/expected/compare.en.txt",
        &stdout_of(kam().args(["compare", "examples/", "--lang", "en"])),
    );
    snaps.check(
        "tests/expected/compare.zh.md",
        &stdout_of(kam().args([
            "compare",
            "examples/",
            "--lang",
            "zh",
            "--format",
            "markdown",
        ])),
    );
    let lines = stdout_of(kam().args(["compare", "examples/", "--format", "json"]));
    let rows: Vec<Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_default())
        .collect();
    // Eleven profiles and the five rows of examples/portfolio.csv.
    assert_eq!(rows.len(), 16);
    assert_eq!(rows[3]["form"], "committee");
    assert_eq!(rows[3]["form_rule"], "multinational");
    assert_eq!(rows[3]["kam_managers"], 5);
    let out = kam()
        .args([
            "compare",
            "examples/small-software.toml",
            "tests/bad/typo-key.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Lakeside"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("error: 1 of 2 profiles failed"));
}

/// Human texts name a form rule by its number and a name in the output language: a
/// Chinese report shows no rule id, and an English one shows none bare.
#[test]
fn reports_name_rules_in_the_output_language() {
    const IDS: [&str; 6] = [
        "no-key-accounts",
        "no-condition-met",
        "large-group",
        "public-sector",
        "large-enterprise",
        "small-many-accounts",
    ];
    let more_ids = ["medium-scale", "small-scale"];
    for example in EXAMPLES.iter().map(String::as_str) {
        let profile = format!("examples/{example}.toml");
        for lang in ["en", "zh"] {
            for format in ["table", "markdown", "html"] {
                let out = stdout_of(kam().args([
                    profile.as_str(),
                    "--why",
                    "--lang",
                    lang,
                    "--format",
                    format,
                ]))
                // The profile's own name may be an id ("large-group.toml").
                .replace(example, "");
                for id in IDS.iter().chain(&more_ids) {
                    assert!(!out.contains(id), "{example} {lang} {format}: {id}");
                }
                if lang == "zh" {
                    assert!(out.contains("规则"), "{example} {format}");
                    assert!(!out.contains("（multinational）"), "{example} {format}");
                }
            }
        }
    }
}

/// The tool's readings of the printed chapter (重点型 → 大型, 重点多 → 大多) are said to
/// be readings, and `explain readings` lists them, in both languages.
#[test]
fn explain_says_readings_are_readings() {
    let zh = stdout_of(kam().args(["explain", "--lang", "zh", "--format", "markdown"]));
    assert!(!zh.contains("原话"), "{zh}");
    let readings = stdout_of(kam().args(["explain", "readings", "--lang", "zh"]));
    for (printed, read) in [
        ("重点型集团企业", "大型集团企业"),
        ("国内重点型企业", "国内大型企业"),
        ("重点多", "大多"),
        ("费用过重点", "费用过大"),
        ("很重点程度上", "很大程度上"),
        ("最重点限度", "最大限度"),
    ] {
        assert!(
            readings.contains(printed) && readings.contains(read),
            "{printed}"
        );
    }
    let en = stdout_of(kam().args(["explain", "forms", "--lang", "en"]));
    assert!(!en.contains("chapter's word"), "{en}");
    assert!(
        en.contains("How the tool reads the printed chapter"),
        "{en}"
    );
    let rules = stdout_of(kam().args(["rules", "--lang", "en"]));
    let team = rules
        .lines()
        .find(|l| l.contains("still be advised a team"))
        .unwrap_or_default();
    assert!(
        team.contains("fewer than the 6 at which (一)2 lets a firm consider a KAM department"),
        "{team}"
    );
}
