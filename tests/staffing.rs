//! What the advice says of staffing and of a firm with no unit, end to end, as a
//! teacher and a client would read it (docs/rules.md, "Staffing" and "Sources").

use serde_json::Value;

use crate::support::kam;

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

fn json(doc: &str, args: &[&str]) -> Value {
    let out = run(doc, &[&["--format", "json"], args].concat());
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn firm(accounts: u64, extra: &str) -> String {
    format!("name = \"A\"\nannual_revenue = \"6亿\"\nkey_accounts = {accounts}\n{extra}")
}

#[test]
fn a_large_firms_centre_is_not_smaller_than_a_medium_firms_department() {
    let center = json(&firm(18, "scale = \"large\"\n"), &[]);
    let department = json(&firm(18, "scale = \"medium\"\n"), &[]);
    assert_eq!(center["form"], "service-center");
    assert_eq!(center["staffing"]["headcount"], 3);
    assert_eq!(department["staffing"]["headcount"], 3);
    let specialist = &center["staffing"]["roles"][1];
    assert_eq!(specialist["id"], "kam-specialist");
    assert_eq!(specialist["source"], "assumption");
}

#[test]
fn a_large_group_with_two_accounts_gets_a_committee_no_smaller_than_a_centre() {
    let committee = json(&firm(2, "kind = \"group\"\nscale = \"large\"\n"), &[]);
    assert_eq!(committee["form"], "committee");
    assert_eq!(committee["staffing"]["headcount"], 5);
    let member = &committee["staffing"]["roles"][0];
    assert_eq!(member["id"], "committee-member");
    assert_eq!(member["count"], Value::Null);
    assert_eq!(member["in_headcount"], false);
    let zh = run(
        &firm(2, "kind = \"group\"\nscale = \"large\"\n"),
        &["--lang", "zh"],
    );
    assert!(zh.contains("委员会委员：由高层管理者兼任"), "{zh}");
}

#[test]
fn every_counted_centre_has_a_manager_and_an_uncounted_tier_no_headcount() {
    let public = "kind = \"public-sector\"\n[network]\nlevels = [\"provincial\", \"prefecture\"]\n";
    let counted = json(
        &firm(45, &format!("{public}counts = {{ prefecture = 333 }}\n")),
        &[],
    );
    assert_eq!(counted["staffing"]["kam_managers"], 333);
    assert_eq!(counted["staffing"]["headcount"], 333);
    let uncounted = json(&firm(45, public), &[]);
    assert_eq!(uncounted["staffing"]["headcount"], Value::Null);
    assert_eq!(uncounted["staffing"]["kam_managers"], 5);
    let text = run(&firm(45, public), &["--lang", "en"]);
    assert!(text.contains("KAM manager ≥1 each"), "{text}");
    assert!(
        text.contains("at least 1 at each prefecture-level service centre"),
        "{text}"
    );
    assert!(!text.contains("prefecture-level level"), "{text}");
    // One centre counted as one is a single centre, floored like a department.
    let one = json(
        &firm(4, &format!("{public}counts = {{ prefecture = 1 }}\n")),
        &[],
    );
    assert_eq!(one["staffing"]["headcount"], 3);
}

#[test]
fn a_firm_given_no_unit_hears_only_of_its_named_manager() {
    let tiny = "name = \"Tiny\"\nscale = \"small\"\nannual_revenue = \"800万\"\nkey_accounts = 3\n\
                current_setup = \"sales\"\n";
    let en = run(tiny, &["--lang", "en"]);
    assert!(!en.to_lowercase().contains("new unit"), "{en}");
    assert!(!en.contains("Headcount"), "{en}");
    let steps = json(tiny, &["--lang", "en"])["gap"]["steps"].to_string();
    assert!(
        steps.contains("Give the named manager each account's records"),
        "{steps}"
    );
    let zh = run(tiny, &["--lang", "zh"]);
    assert!(!zh.contains("新机构"), "{zh}");
    assert!(!zh.contains("专人对重点客户负责"), "{zh}");
    assert!(!zh.contains("机构编制"), "{zh}");
    assert!(zh.contains("指定的兼管负责人"), "{zh}");
    assert!(!zh.contains("规则2（no"), "{zh}");
}

#[test]
fn a_rules_file_marks_the_figures_it_changed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rules.toml");
    std::fs::write(&path, "accounts_per_manager = 6\n").unwrap();
    let rules = path.to_str().unwrap();
    let advice = json(&firm(12, "scale = \"medium\"\n"), &["--rules", rules]);
    let sources: Vec<&str> = advice["staffing"]["roles"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|r| r["source"].as_str())
        .collect();
    assert_eq!(sources, ["rules-file", "rules-file"]);
    let roles = &advice["staffing"]["roles"];
    assert!(
        roles[0]["basis"]
            .as_str()
            .unwrap_or_default()
            .contains("the organisation's own setting ◆"),
        "{roles}"
    );
    assert!(
        !roles[0]["basis"]
            .as_str()
            .unwrap_or_default()
            .contains("the tool's reading")
    );
    // Restating a default changes nothing.
    std::fs::write(&path, "accounts_per_manager = 9\n").unwrap();
    let advice = json(&firm(12, "scale = \"medium\"\n"), &["--rules", rules]);
    assert_eq!(advice["staffing"]["roles"][0]["source"], "derived");
}

#[test]
fn sentences_follow_the_firms_answers_and_counts_agree() {
    let yes = "scale = \"medium\"\ncurrent_setup = \"sales\"\n[strategy]\nstrategic_plan = true\n";
    let en = run(&firm(12, yes), &["--lang", "en"]);
    assert!(!en.contains("Is no need seen"), "{en}");
    let all = "scale = \"medium\"\n[strategy]\nstrategic_plan = true\naccount_development = true\n";
    let en = run(&firm(12, all), &["--lang", "en"]);
    assert!(en.contains("All four conditions of (一) are met"), "{en}");
    assert!(!en.contains("(s)"), "{en}");
    let small = "name = \"S\"\nannual_revenue = \"6000万\"\nkey_accounts = 4\nscale = \"small\"\n\
                 current_setup = \"none\"\n";
    let en = run(small, &["--lang", "en"]);
    assert!(
        en.contains("Appoint a KAM manager to look after the 4 key accounts"),
        "{en}"
    );
    assert!(!en.contains("each looking after about 9"), "{en}");
    // A small firm with 8 rated key accounts gets a department, not a team for "very few".
    let eight = json(
        "name = \"E\"\nannual_revenue = \"3000万\"\nkey_accounts = 8\nscale = \"small\"\n",
        &[],
    );
    assert_eq!(eight["form_rule"], "small-many-accounts");
}

#[test]
fn few_accounts_under_rules_5_to_7_hint_that_a_team_is_defensible() {
    let en = run(&firm(4, "scale = \"medium\"\n"), &["--lang", "en"]);
    assert!(en.contains("is also a defensible reading"), "{en}");
    let zh = run(&firm(4, "scale = \"medium\"\n"), &["--lang", "zh"]);
    assert!(zh.contains("也是站得住的理解"), "{zh}");
}

/// The teacher's reading of the staffing texts: an uncounted tier's managers are a
/// minimum, never a network's staff; the floor is named only as a floor; one source for
/// the specialists whatever the form; the cost of a network says what it leaves out.
#[test]
fn staffing_texts_say_what_each_figure_is() {
    let uncounted = firm(
        20,
        "kind = \"public-sector\"\n[network]\nlevels = [\"national\", \"provincial\", \"prefecture\"]\n",
    );
    let en = run(&uncounted, &[]);
    assert!(
        en.contains(
            "KAM managers: at least 3 by the average load, with at least 1 at each service centre"
        ),
        "{en}"
    );
    assert!(!en.contains("KAM managers: 3\n"), "{en}");
    let zh = run(&uncounted, &["--lang", "zh"]);
    assert!(
        zh.contains("重点客户经理：按平均管理客户数至少3名，且每个服务中心至少1名"),
        "{zh}"
    );

    // 32 accounts: 4 managers fill the committee's management centre past the floor of 3.
    let group = firm(
        32,
        "kind = \"group\"\nscale = \"large\"\ncurrent_setup = \"sales\"\n",
    );
    let en = run(&group, &["--format", "markdown"]);
    assert!(
        en.contains("Staff the committee's management centre with the 4 KAM managers above (no fewer than the tool's floor)"),
        "{en}"
    );
    assert!(!en.contains("at least 4 people"), "{en}");
    // 18 accounts: 2 managers, so the floor of 3 binds and is named as the floor.
    let center = firm(18, "scale = \"large\"\ncurrent_setup = \"sales\"\n");
    let en = run(&center, &["--format", "markdown"]);
    assert!(
        en.contains("to at least 3 people, 1 KAM specialist among them (the tool's floor"),
        "{en}"
    );

    let department = json(&firm(12, "scale = \"medium\"\n"), &[]);
    let specialist = &department["staffing"]["roles"][1];
    assert_eq!(specialist["id"], "kam-specialist");
    assert_eq!(specialist["source"], "assumption");

    let network = firm(
        45,
        "kind = \"public-sector\"\ncurrent_setup = \"sales\"\n[network]\nlevels = [\"provincial\", \"prefecture\", \"county\"]\ncounts = { prefecture = 14 }\n",
    );
    let en = run(&network, &["--format", "markdown"]);
    assert!(en.contains("at least 14 KAM managers at the service centres, plus the management bodies above and any county centres"), "{en}");
    assert!(
        en.contains("At 127 key accounts the average load suggests at least 15 KAM managers"),
        "{en}"
    );
    let zh = run(&network, &["--lang", "zh", "--format", "markdown"]);
    assert!(zh.contains("费用过大（原文作“费用过重点”）？费用主要取决于机构的人员：各服务中心至少14名重点客户经理，另加上级管理机构和县级服务中心"), "{zh}");
    assert!(zh.contains("重点客户经理：**14名**"), "{zh}");
}

/// (一)3 and (一)4 left out are "not stated", never the firm's "no"; a public body is
/// not called an enterprise in the verdict; the jump to a department names its size.
#[test]
fn unanswered_conditions_public_bodies_and_the_next_form() {
    let small = "name = \"A\"\nannual_revenue = \"800万\"\nkey_accounts = 4\nscale = \"small\"\n";
    let en = run(
        &format!("{small}[strategy]\naccount_development = true\n"),
        &[],
    );
    assert!(
        en.contains("│ (一)3  ┆ Considered for strategy and development  ┆ not stated"),
        "{en}"
    );
    assert!(
        en.contains("A unit would develop key accounts faster ┆ yes"),
        "{en}"
    );
    assert!(
        en.contains("At 6 key accounts the recommendation becomes a KAM department (二)3, with a headcount of 3 people."),
        "{en}"
    );
    let zh = run(small, &["--lang", "zh"]);
    assert!(zh.contains("从战略和发展角度考虑设立 ┆ 未填写"), "{zh}");
    assert!(
        zh.contains("建议的组织形式将变为重点客户管理部(二)3，编制3人。"),
        "{zh}"
    );
    let json = json(&firm(4, "scale = \"small\"\n"), &[]);
    assert_eq!(json["conditions"][2]["value"], false);

    let body = firm(20, "kind = \"public-sector\"\n");
    let zh = run(&body, &["--lang", "zh"]);
    assert!(
        zh.contains("（满足一项即可），可以考虑设立专门的重点客户管理机构。"),
        "{zh}"
    );
    assert!(!zh.contains("企业可以考虑"), "{zh}");
    let en = run(&body, &[]);
    assert!(
        en.contains("the organisation may consider a\ndedicated KAM unit"),
        "{en}"
    );
}
