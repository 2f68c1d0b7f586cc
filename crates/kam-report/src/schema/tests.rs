//! The schemas against the code they describe: every key the profile checker knows,
//! every id the JSON carries, valid draft-07 documents with their `$id`.

use serde_json::{Value, json};

use super::*;
use crate::advice::{ConditionId, Form, FormRule, GapDirection, RoleId, UnitKind};
use crate::profile::{Kind, Level, ProfileKey, ScaleSource, Setup, TOP_KEYS, Table};
use crate::rules::Source;
use crate::scale::Scale;
use crate::text::Lang;

fn keys(object: &Value) -> Vec<String> {
    let mut keys: Vec<String> = object["properties"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    keys.sort();
    keys
}

fn sorted(words: &[&str]) -> Vec<String> {
    let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    words.sort();
    words
}

#[test]
fn every_schema_is_a_draft_07_document_with_its_id() {
    for which in SchemaName::ALL {
        let schema = document(*which);
        assert!(jsonschema::meta::is_valid(&schema), "{which}");
        assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
        assert_eq!(schema["$id"], format!("urn:kam-advise:schema:{which}"));
        assert!(
            schema["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("kam-advise"))
        );
        assert!(schema["description"].as_str().is_some_and(|d| d.len() > 40));
        assert!(jsonschema::draft7::new(&schema).is_ok(), "{which}");
    }
}

/// The tables of a profile, with the keys inside each.
fn tables() -> Vec<(&'static str, Vec<&'static str>)> {
    Table::ALL
        .iter()
        .map(|t| (t.slug(), t.key_names()))
        .collect()
}

/// The schema of `key`, at the top or inside its table.
fn key_schema(schema: &Value, key: ProfileKey) -> &Value {
    match key.table() {
        None => &schema["properties"][key.slug()],
        Some(table) => &schema["properties"][table.slug()]["properties"][key.slug()],
    }
}

#[test]
fn the_profile_schema_names_every_key_the_checker_knows_and_no_other() {
    let schema = document(SchemaName::Profile);
    assert_eq!(keys(&schema), sorted(&TOP_KEYS));
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(
        schema["required"],
        json!(["name", "annual_revenue", "key_accounts"])
    );
    assert_eq!(tables().len(), 3);
    for (table, table_keys) in tables() {
        let nested = &schema["properties"][table];
        assert_eq!(nested["type"], "object", "{table}");
        assert_eq!(keys(nested), sorted(&table_keys), "{table}");
        assert_eq!(nested["additionalProperties"], false, "{table}");
    }
    assert_eq!(
        schema["properties"]["network"]["required"],
        json!(["levels"])
    );
    assert_eq!(
        schema["properties"]["team"]["required"],
        json!(["functions"])
    );
    let counts = &schema["properties"]["network"]["properties"]["counts"];
    assert_eq!(counts["additionalProperties"], false);
}

#[test]
fn every_key_of_the_profile_is_described_and_each_clause_is_cited() {
    let schema = document(SchemaName::Profile);
    let described = |key: ProfileKey| {
        let text = key_schema(&schema, key)["description"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        assert!(text.len() > 20, "{key}: {text:?}");
        text
    };
    for key in ProfileKey::ALL {
        described(*key);
    }
    for (key, clause) in [
        (ProfileKey::StrategicPlan, "(一)3"),
        (ProfileKey::AccountDevelopment, "(一)4"),
    ] {
        assert!(described(key).starts_with(clause), "{key}");
    }
    assert!(described(ProfileKey::AnnualRevenue).contains("(一)1"));
    assert!(described(ProfileKey::KeyAccounts).contains("(一)2"));
}

#[test]
fn the_profile_schema_lists_every_value_of_every_enum_key() {
    let schema = document(SchemaName::Profile);
    // The canonical list comes first in `anyOf`, so that editors complete it.
    let listed = |key: &Value| -> Vec<String> {
        key["anyOf"][0]["enum"]
            .as_array()
            .map(|values| {
                values
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    let properties = &schema["properties"];
    let must_list = |key: &Value, values: Vec<&str>| {
        let listed = listed(key);
        for value in values {
            assert!(
                listed.iter().any(|l| l == value),
                "{value} not in {listed:?}"
            );
        }
    };
    must_list(
        &properties["kind"],
        Kind::ALL.iter().map(|k| k.slug()).collect(),
    );
    must_list(
        &properties["scale"],
        Scale::ALL.iter().map(|s| s.slug()).collect(),
    );
    must_list(
        &properties["current_setup"],
        Setup::ALL.iter().map(|s| s.slug()).collect(),
    );
    must_list(
        &properties["industry"],
        crate::scale::INDUSTRIES.iter().map(|r| r.slug).collect(),
    );
    must_list(
        &properties["network"]["properties"]["levels"]["items"],
        Level::ALL.iter().map(|l| l.slug()).collect(),
    );
    let counts = &properties["network"]["properties"]["counts"]["properties"];
    for level in Level::ALL {
        assert!(counts.get(level.slug()).is_some(), "{level}");
    }
    // Every enum value carries its taplo documentation, one per value.
    for key in ["kind", "scale", "current_setup", "industry"] {
        let docs = &properties[key]["anyOf"][0]["x-taplo"]["docs"]["enumValues"];
        assert_eq!(
            docs.as_array().map(Vec::len),
            Some(listed(&properties[key]).len())
        );
    }
}

#[test]
fn the_advice_schema_lists_every_id_and_allows_added_keys() {
    let schema = document(SchemaName::Advice);
    let definitions = &schema["definitions"];
    let enums: [(&str, Vec<&str>); 13] = [
        ("Form", Form::ALL.iter().map(|v| v.slug()).collect()),
        ("FormRule", FormRule::ALL.iter().map(|v| v.slug()).collect()),
        (
            "ConditionId",
            ConditionId::ALL.iter().map(|v| v.slug()).collect(),
        ),
        ("UnitKind", UnitKind::ALL.iter().map(|v| v.slug()).collect()),
        ("RoleId", RoleId::ALL.iter().map(|v| v.slug()).collect()),
        ("Source", Source::ALL.iter().map(|v| v.slug()).collect()),
        ("Kind", Kind::ALL.iter().map(|v| v.slug()).collect()),
        ("Scale", Scale::ALL.iter().map(|v| v.slug()).collect()),
        (
            "ScaleSource",
            ScaleSource::ALL.iter().map(|v| v.slug()).collect(),
        ),
        ("Setup", Setup::ALL.iter().map(|v| v.slug()).collect()),
        ("Level", Level::ALL.iter().map(|v| v.slug()).collect()),
        (
            "GapDirection",
            GapDirection::ALL.iter().map(|v| v.slug()).collect(),
        ),
        ("Lang", Lang::ALL.iter().map(|v| v.slug()).collect()),
    ];
    for (name, slugs) in enums {
        assert_eq!(definitions[name]["enum"], json!(slugs), "{name}");
    }
    assert_eq!(schema["properties"]["schema_version"]["const"], 3);
    assert!(schema.get("additionalProperties").is_none());
    let required = schema["required"].as_array().cloned().unwrap_or_default();
    assert!(required.contains(&json!("form_rule")));
    assert!(
        !required.contains(&json!("trace")),
        "trace comes with --why only"
    );
    assert!(
        !required.contains(&json!("industry")),
        "industry is there when given"
    );
}

#[test]
fn the_advice_schema_has_the_exact_revenue_as_a_decimal_string() {
    let schema = document(SchemaName::Advice);
    assert_eq!(schema["properties"]["revenue_cny"]["type"], "integer");
    let revenue = &schema["definitions"]["JsonRevenue"];
    let required = revenue["required"].as_array().cloned().unwrap_or_default();
    for key in ["amount", "currency", "cny_rate", "cny"] {
        assert!(required.contains(&json!(key)), "{key}");
    }
    let cny = &revenue["properties"]["cny"];
    assert_eq!(cny["type"], "string");
    let decimal = jsonschema::draft7::new(cny).unwrap_or_else(|e| panic!("{cny}: {e}"));
    for good in ["80500000", "49999999.992", "0", "0.05", "1"] {
        assert!(decimal.is_valid(&json!(good)), "{good}");
    }
    for bad in ["080", "1.50", "1.", "-1", "1e9", "", "5000万"] {
        assert!(!decimal.is_valid(&json!(bad)), "{bad}");
    }
}
