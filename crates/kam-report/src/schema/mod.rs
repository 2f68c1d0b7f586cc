//! JSON Schemas (draft-07) of what kam-advise reads and writes, generated from the
//! Rust types with schemars: the profile, for editors (taplo, Even Better TOML); a line
//! of `--format json` and of `compare --format json`, for scripts. `kam-advise schema
//! WHICH` prints them.

pub mod profile;
pub mod values;

use schemars::Schema;
use schemars::generate::SchemaSettings;
use serde_json::Value;

use crate::render;

slug_enum! {
    /// The JSON Schemas of `kam-advise schema`.
    pub enum SchemaName {
        /// The profile (TOML): completion, documentation and checks in an editor.
        Profile = "profile",
        /// A line of `kam-advise --format json`.
        Advice = "advice",
        /// A line of `kam-advise compare --format json`.
        Compare = "compare",
    }
}

/// The schema `which`, with its `$id`, title and description.
pub(crate) fn document(which: SchemaName) -> Value {
    let settings = SchemaSettings::draft07();
    let (mut schema, title, description): (Schema, &str, &str) = match which {
        SchemaName::Profile => (
            settings
                .with(|s| s.inline_subschemas = true)
                .into_generator()
                .into_root_schema_for::<profile::ProfileDocument>(),
            "kam-advise profile",
            "An enterprise profile (TOML) for kam-advise: the facts the chapter 重点客户管理的组织 \
             needs to advise which key-account (KAM) organisation to set up. The schema lists \
             the spellings to write; kam-advise also reads `scale` and `industry` slugs in any \
             letter case and ignores spaces around a value. kam-advise checks more than a \
             schema can say: the order of `[network] levels`, that `counts` names only levels \
             given, that a currency sign is the currency's, and that amounts fit in yuan.",
        ),
        SchemaName::Advice => (
            render::json::schema(settings.for_serialize().into_generator()),
            "kam-advise advice",
            "One line of `kam-advise --format json` (JSON Lines): the advice on one profile. \
             Keys are only ever added within a `schema_version`, never renamed; texts follow \
             `lang`, keys and ids are English.",
        ),
        SchemaName::Compare => (
            settings
                .for_serialize()
                .into_generator()
                .into_root_schema_for::<render::compare::JsonRow<'static>>(),
            "kam-advise compare row",
            "One line of `kam-advise compare --format json` (JSON Lines): one enterprise of \
             a comparison.",
        ),
    };
    let id = format!("urn:kam-advise:schema:{}", which.slug());
    let object = schema.ensure_object();
    object.insert("$id".into(), id.into());
    object.insert("title".into(), title.into());
    object.insert("description".into(), description.into());
    let mut value = schema.to_value();
    unwrap_descriptions(&mut value);
    value
}

/// Joins the lines of every description that came from a doc comment, so that an
/// editor wraps it to its own width; a blank line still separates paragraphs.
fn unwrap_descriptions(value: &mut Value) {
    match value {
        Value::Object(object) => {
            for (key, item) in object.iter_mut() {
                match item {
                    Value::String(text) if key == "description" => {
                        let paragraphs: Vec<String> = text
                            .split("\n\n")
                            .map(|p| p.split('\n').map(str::trim).collect::<Vec<_>>().join(" "))
                            .collect();
                        *text = paragraphs.join("\n\n");
                    }
                    _ => unwrap_descriptions(item),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(unwrap_descriptions),
        _ => {}
    }
}

/// The schema `which` as pretty JSON, ending with a newline.
pub fn pretty(which: SchemaName) -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(&document(which))? + "\n")
}

#[cfg(test)]
mod tests;
