//! `kam-advise rules --format jdm|dmn`: the form rules as a standard decision table.
//! These tests check the documents' shape; `tests/decision/check_jdm.py` runs the JDM
//! in GoRules' ZEN engine and `tests/decision/check_dmn.mjs` reads the DMN with
//! dmn-moddle (both from `.ci/run`, when the tools can be installed).

use std::collections::{BTreeMap, BTreeSet};

use crate::support::{kam, stdout_of};
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use serde_json::Value;

/// The form rules of docs/rules.md, "The form", in order.
const FORM_RULES: [&str; 9] = [
    "no-key-accounts",
    "no-condition-met",
    "multinational",
    "large-group",
    "public-sector",
    "large-enterprise",
    "medium-scale",
    "small-many-accounts",
    "small-scale",
];

const INPUTS: [&str; 6] = [
    "revenue_cny",
    "key_accounts",
    "strategic_plan",
    "account_development",
    "kind",
    "scale",
];

fn changed_rules(dir: &tempfile::TempDir) -> std::path::PathBuf {
    let path = dir.path().join("rules.toml");
    std::fs::write(
        &path,
        "revenue_threshold_cny = \"3000万\"\nkey_accounts_threshold = 4\nteam_max_key_accounts = 15\n",
    )
    .unwrap();
    path
}

fn jdm(args: &[&str]) -> Value {
    let out = stdout_of(kam().args(["rules", "--format", "jdm"]).args(args));
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("not JSON: {e}\n{out}"))
}

fn table(doc: &Value) -> &Value {
    &doc["nodes"][1]["content"]
}

#[test]
fn jdm_is_an_input_a_first_hit_table_and_an_output() {
    let doc = jdm(&[]);
    assert_eq!(doc["contentType"], "application/vnd.gorules.decision");
    let types: Vec<&str> = doc["nodes"]
        .as_array()
        .map(|n| n.iter().filter_map(|n| n["type"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(types, ["inputNode", "decisionTableNode", "outputNode"]);
    let ids: Vec<&str> = doc["nodes"]
        .as_array()
        .map(|n| n.iter().filter_map(|n| n["id"].as_str()).collect())
        .unwrap_or_default();
    let edges: Vec<(&str, &str)> = doc["edges"]
        .as_array()
        .map(|e| {
            e.iter()
                .map(|e| {
                    (
                        e["sourceId"].as_str().unwrap_or_default(),
                        e["targetId"].as_str().unwrap_or_default(),
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(edges, [(ids[0], ids[1]), (ids[1], ids[2])]);

    let table = table(&doc);
    assert_eq!(table["hitPolicy"], "first");
    let fields = |key: &str| -> Vec<String> {
        table[key]
            .as_array()
            .map(|c| c.iter().map(|c| c["field"].to_string()).collect())
            .unwrap_or_default()
    };
    let quoted =
        |names: &[&str]| -> Vec<String> { names.iter().map(|n| format!("\"{n}\"")).collect() };
    assert_eq!(fields("inputs"), quoted(&INPUTS));
    assert_eq!(fields("outputs"), quoted(&["form", "form_rule"]));

    let rules = table["rules"].as_array().cloned().unwrap_or_default();
    let rule_ids: Vec<&str> = rules.iter().filter_map(|r| r["_id"].as_str()).collect();
    assert_eq!(rule_ids, FORM_RULES);
    for (i, rule) in rules.iter().enumerate() {
        let description = rule["_description"].as_str().unwrap_or_default();
        // A human note: the rule's number and name, never its id (that is `_id`).
        assert!(
            description.starts_with(&format!("Rule {} (", i + 1))
                && description.contains(") · (")
                && !description.contains(&format!("({})", FORM_RULES[i])),
            "{description}"
        );
        assert_eq!(rule["form_rule"], format!("\"{}\"", FORM_RULES[i]));
        for column in INPUTS.iter().chain(&["form", "form_rule"]) {
            assert!(rule[*column].is_string(), "rule {i} has no cell {column}");
        }
    }
    // The chapter's figures in the cells; rule 2 is written from the inputs.
    assert_eq!(rules[0]["key_accounts"], "0");
    assert_eq!(rules[1]["revenue_cny"], "< 50000000");
    assert_eq!(rules[1]["key_accounts"], "< 6");
    assert_eq!(rules[1]["strategic_plan"], "false");
    assert_eq!(rules[1]["account_development"], "false");
    assert_eq!(rules[3]["kind"], "\"group\"");
    assert_eq!(rules[3]["scale"], "\"large\"");
    assert_eq!(rules[7]["key_accounts"], "> 5");
    assert_eq!(rules[7]["scale"], "\"small\", \"micro\"");
    assert_eq!(rules[7]["form"], "\"department\"");
    assert!(INPUTS.iter().all(|c| rules[8][*c] == ""));
    assert_eq!(rules[8]["form"], "\"team\"");
}

#[test]
fn a_rules_file_changes_the_thresholds_in_both_tables() {
    let dir = tempfile::tempdir().unwrap();
    let rules = changed_rules(&dir);
    let path = rules.to_str().unwrap_or_default();
    // Given before the subcommand, like every option.
    let doc: Value = serde_json::from_str(&stdout_of(
        kam().args(["--rules", path, "--format", "jdm", "rules"]),
    ))
    .unwrap();
    let cells = &table(&doc)["rules"];
    assert_eq!(cells[1]["revenue_cny"], "< 30000000");
    assert_eq!(cells[1]["key_accounts"], "< 4");
    assert_eq!(cells[7]["key_accounts"], "> 15");
    assert!(
        cells[7]["_description"]
            .as_str()
            .is_some_and(|d| d.contains("more than 15 rated key accounts")),
        "{}",
        cells[7]["_description"]
    );

    let dmn = Dmn::read(&stdout_of(
        kam().args(["rules", "--format", "dmn", "--rules", path]),
    ));
    assert_eq!(
        dmn.entries("rule-no-condition-met", "inputEntry"),
        ["< 30000000", "< 4", "false", "false", "-", "-"]
    );
    assert_eq!(
        dmn.entries("rule-small-many-accounts", "inputEntry"),
        ["-", "> 15", "-", "-", "-", "\"small\", \"micro\""]
    );
}

#[test]
fn chinese_labels_leave_fields_and_cells_alone() {
    let en = jdm(&["--lang", "en"]);
    let zh = jdm(&["--lang", "zh"]);
    assert_eq!(
        table(&en)["inputs"][0]["name"],
        "Annual revenue in yuan (CNY)"
    );
    assert_eq!(table(&zh)["inputs"][0]["name"], "年度销售额（元）");
    assert_eq!(table(&zh)["inputs"][4]["name"], "类型");
    assert_eq!(
        table(&zh)["rules"][2]["_description"],
        "规则3（跨国集团） · (二)1 · 国际跨国集团（不区分规模，本工具的理解）"
    );
    let cells = |doc: &Value| -> Vec<Vec<String>> {
        table(doc)["rules"]
            .as_array()
            .map(|rules| {
                rules
                    .iter()
                    .map(|r| {
                        INPUTS
                            .iter()
                            .chain(&["form", "form_rule"])
                            .map(|c| r[*c].to_string())
                            .collect()
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(cells(&en), cells(&zh));
}

/// A DMN document read back with quick-xml: every element with its attributes and
/// text, in document order.
struct Dmn {
    elements: Vec<Element>,
}

struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    text: String,
    /// The `id` of the nearest enclosing `rule`, if any.
    rule: Option<String>,
    /// The element it is written in.
    parent: Option<String>,
}

impl Dmn {
    /// Parses the whole document; any XML error (a tag closed out of order, a bad
    /// entity) fails the test.
    fn read(xml: &str) -> Dmn {
        let mut reader = Reader::from_str(xml);
        let mut elements: Vec<Element> = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        let element = |start: &BytesStart, elements: &[Element], open: &[usize]| {
            let attributes = start
                .attributes()
                .map(|a| {
                    let a = a.unwrap_or_else(|e| panic!("attribute: {e}"));
                    let key = a.key.as_ref().to_string();
                    let value = a
                        .normalized_value(XmlVersion::Implicit1_0)
                        .unwrap()
                        .into_owned();
                    (key, value)
                })
                .collect::<BTreeMap<_, _>>();
            let name = start.name().as_ref().to_string();
            let rule = if name == "rule" {
                attributes.get("id").cloned()
            } else {
                open.last().and_then(|i| elements[*i].rule.clone())
            };
            Element {
                name,
                attributes,
                text: String::new(),
                rule,
                parent: open.last().map(|i| elements[*i].name.clone()),
            }
        };
        loop {
            match reader.read_event() {
                Ok(Event::Start(start)) => {
                    elements.push(element(&start, &elements, &open));
                    open.push(elements.len() - 1);
                }
                Ok(Event::Empty(start)) => elements.push(element(&start, &elements, &open)),
                Ok(Event::End(_)) => {
                    open.pop();
                }
                Ok(Event::Text(text)) => {
                    if let Some(i) = open.last() {
                        elements[*i].text.push_str(&text);
                    }
                }
                Ok(Event::GeneralRef(entity)) => {
                    let resolved = resolve_predefined_entity(&entity)
                        .unwrap_or_else(|| panic!("unknown entity &{};", &*entity));
                    if let Some(i) = open.last() {
                        elements[*i].text.push_str(resolved);
                    }
                }
                Ok(Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("not well-formed XML at {}: {e}", reader.buffer_position()),
            }
        }
        assert!(open.is_empty(), "unclosed elements");
        Dmn { elements }
    }

    fn named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.name == name)
    }

    fn attribute(&self, name: &str, attribute: &str) -> Vec<String> {
        self.named(name)
            .filter_map(|e| e.attributes.get(attribute).cloned())
            .collect()
    }

    /// The texts of a rule's input or output entries, in column order.
    fn entries(&self, rule: &str, entry: &str) -> Vec<String> {
        self.named("text")
            .filter(|t| t.rule.as_deref() == Some(rule) && t.parent.as_deref() == Some(entry))
            .map(|t| t.text.clone())
            .collect()
    }
}

#[test]
fn dmn_is_well_formed_dmn_1_3_with_the_nine_rules() {
    for lang in ["en", "zh"] {
        let xml = stdout_of(kam().args(["rules", "--format", "dmn", "--lang", lang]));
        assert!(
            xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
            "{xml}"
        );
        let dmn = Dmn::read(&xml);
        let root = &dmn.elements[0];
        assert_eq!(root.name, "definitions");
        assert_eq!(
            root.attributes.get("xmlns").map(String::as_str),
            Some("https://www.omg.org/spec/DMN/20191111/MODEL/")
        );
        assert_eq!(dmn.attribute("decisionTable", "hitPolicy"), ["FIRST"]);
        let rules = dmn.attribute("rule", "id");
        let expected: Vec<String> = FORM_RULES.iter().map(|r| format!("rule-{r}")).collect();
        assert_eq!(rules, expected);
        assert_eq!(
            dmn.attribute("inputExpression", "typeRef"),
            ["number", "number", "boolean", "boolean", "string", "string"]
        );
        let expressions: Vec<String> = dmn
            .named("text")
            .filter(|t| t.parent.as_deref() == Some("inputExpression"))
            .map(|t| t.text.clone())
            .collect();
        assert_eq!(expressions, INPUTS);
        assert_eq!(dmn.attribute("output", "name"), ["form", "form_rule"]);
        assert_eq!(dmn.attribute("output", "typeRef"), ["string", "string"]);
        for rule in &rules {
            assert_eq!(dmn.entries(rule, "inputEntry").len(), 6, "{rule}");
            assert_eq!(dmn.entries(rule, "outputEntry").len(), 2, "{rule}");
        }
        assert_eq!(
            dmn.entries("rule-no-condition-met", "inputEntry"),
            ["< 50000000", "< 6", "false", "false", "-", "-"]
        );
        assert_eq!(
            dmn.entries("rule-large-group", "outputEntry"),
            ["\"committee\"", "\"large-group\""]
        );
        assert_eq!(
            dmn.named("description")
                .filter(|d| d.parent.as_deref() == Some("rule"))
                .count(),
            9
        );

        // Every diagram element and requirement points at an element of the model.
        let ids: BTreeSet<String> = dmn
            .elements
            .iter()
            .filter_map(|e| e.attributes.get("id").cloned())
            .collect();
        let mut refs = dmn.attribute("dmndi:DMNShape", "dmnElementRef");
        assert_eq!(refs.len(), 7, "the decision and six input data");
        refs.extend(dmn.attribute("dmndi:DMNEdge", "dmnElementRef"));
        refs.extend(
            dmn.attribute("requiredInput", "href")
                .iter()
                .map(|h| h.trim_start_matches('#').to_string()),
        );
        assert_eq!(refs.len(), 7 + 6 + 6);
        for r in refs {
            assert!(ids.contains(&r), "{lang}: {r} refers to nothing");
        }
        assert_eq!(dmn.attribute("inputData", "name"), INPUTS);
    }
}

#[test]
fn decision_tables_are_only_for_rules_and_listed_in_help() {
    let help = stdout_of(kam().args(["rules", "--help"]));
    assert!(help.contains("jdm"), "{help}");
    assert!(help.contains("dmn"), "{help}");
    assert!(help.contains("GoRules"), "{help}");
    assert!(help.contains("DMN 1.3"), "{help}");

    let out = kam()
        .args(["examples/small-software.toml", "--format", "jdm"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("`--format jdm` does not apply to the advice on profiles"),
        "{stderr}"
    );
    let out = kam().args(["--format", "dmn", "explain"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_bad_rules_file_prints_no_table() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("bad.toml");
    std::fs::write(&rules, "team_max_key_acounts = 12\n").unwrap();
    for format in ["jdm", "dmn"] {
        let out = kam()
            .args(["rules", "--format", format, "--rules"])
            .arg(&rules)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        assert!(out.stdout.is_empty(), "{format}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("bad.toml:1:1: unknown key `team_max_key_acounts`"),
            "{stderr}"
        );
    }
}
