//! The JSON Schema of the ruleset format (`rulesets/schema.json`), made from the
//! declarations the reader reads (`FromData::schema`): editors use it for completion and
//! for marking mistakes as a ruleset is written. `cinplan ruleset schema` prints it, and a
//! test checks that the committed file is what it prints.
//!
//! The schema says less than the reader checks (placeholders, references between rules
//! and items, a deadline's kind and its anchor): what the schema refuses, the reader
//! refuses too (tests/node/ruleset-schema.test.mjs), not the other way round.

use super::datafile::{Defs, FromData};
use super::Ruleset;
use serde_json::{json, Value};

/// The schema, as a JSON value.
pub fn json_schema() -> Value {
    let mut defs = Defs::new();
    Ruleset::schema(&mut defs);
    let mut root = defs.remove("Ruleset").unwrap_or_else(|| json!({}));
    refine(&mut root, &mut defs);
    root["$schema"] = json!("https://json-schema.org/draft/2020-12/schema");
    root["title"] = json!("cinplan ruleset, format 1");
    root["$defs"] = Value::Object(defs);
    root
}

/// The schema as the text of `rulesets/schema.json`.
pub fn json_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(&json_schema()).unwrap_or_default();
    text.push('\n');
    text
}

/// What the Rust types cannot say: the format's number, the shape of an id, a date and an
/// address, and that names and citations are not empty.
fn refine(root: &mut Value, defs: &mut Defs) {
    if let Some(required) = root["required"].as_array_mut() {
        required.insert(0, json!("format"));
    }
    let props = &mut root["properties"];
    props["format"] = json!({ "const": 1, "description": "The ruleset format the file is written in: 1." });
    props["id"]["pattern"] = json!("^[a-z0-9]+(-[a-z0-9]+)*$");
    props["id"]["maxLength"] = json!(60);
    for key in ["name", "shortName", "version", "source"] {
        props[key]["minLength"] = json!(1);
    }
    if let Some(procedure) = defs.get_mut("Procedure") {
        let p = &mut procedure["properties"];
        p["title"]["minLength"] = json!(1);
        p["publisher"]["minLength"] = json!(1);
        p["date"]["anyOf"][0]["pattern"] = json!("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        p["url"]["anyOf"][0]["pattern"] = json!("^https?://\\S+$");
        procedure["anyOf"] = json!([
            { "required": ["version"] },
            { "required": ["date"] }
        ]);
    }
    for (name, keys) in [
        ("Rule", &["id", "quote", "source"][..]),
        ("Deadline", &["id", "quote", "source"][..]),
        ("ItemDef", &["id", "label"][..]),
    ] {
        if let Some(def) = defs.get_mut(name) {
            for key in keys {
                def["properties"][key]["minLength"] = json!(1);
            }
        }
    }
    if let Some(deadline) = defs.get_mut("Deadline") {
        deadline["properties"]["kind"]["enum"] = json!(super::DUE_KINDS);
    }
}
