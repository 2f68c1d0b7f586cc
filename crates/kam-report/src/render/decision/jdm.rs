//! The decision table as a GoRules JSON Decision Model (JDM): an input node, one
//! decision table node with hit policy `first`, and an output node, joined by two
//! edges. The GoRules editor opens it and the ZEN engine runs it: given
//! `{revenue_cny, key_accounts, strategic_plan, account_development, kind, scale}` it
//! returns `{form, form_rule}`.

use serde::Serialize;
use serde::ser::SerializeMap;

use super::{Input, Output, Row, rows, string_literal};
use crate::rules::Rules;
use crate::text::Catalog;
use crate::text::Topic;

/// The media type GoRules gives a decision document.
const CONTENT_TYPE: &str = "application/vnd.gorules.decision";

const INPUT_NODE: &str = "input";
const TABLE_NODE: &str = "form-rules";
const OUTPUT_NODE: &str = "output";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Document {
    content_type: &'static str,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

#[derive(Serialize)]
struct Node {
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    name: String,
    position: Position,
    content: Content,
}

/// Where the editor draws a node.
#[derive(Serialize)]
struct Position {
    x: u32,
    y: u32,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Content {
    /// An input or output node; an empty schema validates nothing.
    Schema {
        schema: &'static str,
    },
    Table(Table),
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Table {
    hit_policy: &'static str,
    inputs: Vec<Column>,
    outputs: Vec<Column>,
    rules: Vec<Cells>,
    /// Only the table's outputs leave the node, not the inputs with them.
    pass_through: bool,
    /// The whole input is the table's context (no sub-object, no loop).
    input_field: Option<&'static str>,
    output_path: Option<&'static str>,
    execution_mode: &'static str,
}

/// A column: its id (the key of its cells), heading and field.
#[derive(Serialize)]
struct Column {
    id: &'static str,
    name: &'static str,
    field: &'static str,
}

/// One row as JDM keeps it: `_id`, `_description`, then a cell per column id.
struct Cells {
    id: &'static str,
    description: String,
    row: Row,
}

impl Serialize for Cells {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(2 + Input::ALL.len() + Output::ALL.len()))?;
        map.serialize_entry("_id", self.id)?;
        map.serialize_entry("_description", &self.description)?;
        for input in Input::ALL {
            // An empty cell accepts any value.
            let cell = self.row.test(*input).unary().unwrap_or_default();
            map.serialize_entry(input.slug(), &cell)?;
        }
        for output in Output::ALL {
            map.serialize_entry(output.slug(), &string_literal(self.row.output(*output)))?;
        }
        map.end()
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Edge {
    id: &'static str,
    source_id: &'static str,
    target_id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
}

/// The form rules in force as a JDM document, pretty-printed, with a final newline.
pub fn document(rules: &Rules, text: &dyn Catalog) -> Result<String, serde_json::Error> {
    let labels = text.labels();
    let column = |id: &'static str, name: &'static str| Column {
        id,
        name,
        field: id,
    };
    let table = Table {
        hit_policy: "first",
        inputs: Input::ALL
            .iter()
            .map(|i| column(i.slug(), i.label(text)))
            .collect(),
        outputs: Output::ALL
            .iter()
            .map(|o| column(o.slug(), o.label(text)))
            .collect(),
        rules: rows(rules)
            .into_iter()
            .map(|row| Cells {
                id: row.rule.slug(),
                description: row.annotation(rules, text),
                row,
            })
            .collect(),
        pass_through: false,
        input_field: None,
        output_path: None,
        execution_mode: "single",
    };
    let node = |id, kind, name: &str, x, content| Node {
        id,
        kind,
        name: name.to_string(),
        position: Position { x, y: 200 },
        content,
    };
    let schema = || Content::Schema { schema: "" };
    let document = Document {
        content_type: CONTENT_TYPE,
        nodes: vec![
            node(INPUT_NODE, "inputNode", labels.profile, 100, schema()),
            node(
                TABLE_NODE,
                "decisionTableNode",
                text.topic_title(Topic::Forms),
                400,
                Content::Table(table),
            ),
            node(
                OUTPUT_NODE,
                "outputNode",
                labels.recommendation,
                700,
                schema(),
            ),
        ],
        edges: vec![
            Edge {
                id: "input-to-form-rules",
                source_id: INPUT_NODE,
                target_id: TABLE_NODE,
                kind: "edge",
            },
            Edge {
                id: "form-rules-to-output",
                source_id: TABLE_NODE,
                target_id: OUTPUT_NODE,
                kind: "edge",
            },
        ],
    };
    Ok(serde_json::to_string_pretty(&document)? + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Lang, catalog};

    #[test]
    fn the_table_node_holds_the_nine_rules_with_their_cells() {
        let rules = Rules {
            team_max_key_accounts: 15,
            ..Rules::default()
        };
        let json = document(&rules, catalog(Lang::En)).unwrap_or_default();
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(doc["contentType"], CONTENT_TYPE);
        let table = &doc["nodes"][1]["content"];
        assert_eq!(table["hitPolicy"], "first");
        assert_eq!(table["inputs"][0]["field"], "revenue_cny");
        assert_eq!(table["inputs"][0]["name"], "Annual revenue in yuan (CNY)");
        assert_eq!(table["outputs"][1]["field"], "form_rule");
        let rows = table["rules"].as_array().cloned().unwrap_or_default();
        assert_eq!(rows.len(), 9);
        assert_eq!(rows[1]["revenue_cny"], "< 50000000");
        assert_eq!(rows[1]["kind"], "");
        assert_eq!(rows[7]["_id"], "small-many-accounts");
        assert_eq!(rows[7]["key_accounts"], "> 15");
        assert_eq!(rows[7]["form"], "\"department\"");
        let first_keys: Vec<&String> = rows[0]
            .as_object()
            .map(|o| o.keys().collect())
            .unwrap_or_default();
        assert_eq!(first_keys.len(), 10, "{first_keys:?}");
    }
}
