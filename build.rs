//! Embeds compact copies of the data files (rulesets/*.json, data/*.json).
//!
//! The files in the repository stay pretty-printed and annotated for the people who
//! maintain them; the crate only needs what its readers read. So the embedded copy is
//! minified and drops what no code reads: a rule's `interpretation` (a maintainer's note on
//! how the procedure's words were turned into a check), smart.json's `about`, and the
//! bank-holiday fields other than each England and Wales event's `title` and `date`. In
//! the wasm this is about 4 KB of the gzipped size. Parsing here also means a data file
//! that is not JSON stops the build with its name, before any test runs.

use serde_json::{Map, Value};
use std::path::Path;
use std::{env, fs};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for entry in fs::read_dir("rulesets").expect("rulesets/ exists") {
        let path = entry.expect("rulesets/ is readable").path();
        if path.extension().is_some_and(|e| e == "json") {
            embed(&path, &out, |v| drop_key(v, "interpretation"));
        }
    }
    embed(Path::new("data/smart.json"), &out, |v| {
        if let Value::Object(m) = v {
            m.remove("about");
        }
    });
    embed(Path::new("data/bank-holidays.json"), &out, keep_england_and_wales);
    println!("cargo::rerun-if-changed=rulesets");
    println!("cargo::rerun-if-changed=data");
}

/// Writes `path`, transformed and minified, to `out/<file name>`.
fn embed(path: &Path, out: &str, transform: impl Fn(&mut Value)) {
    println!("cargo::rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut value: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()));
    transform(&mut value);
    let name = path.file_name().expect("a file name");
    let compact = serde_json::to_string(&value).expect("a Value always serializes");
    fs::write(Path::new(out).join(name), compact).expect("OUT_DIR is writable");
}

fn drop_key(v: &mut Value, key: &str) {
    match v {
        Value::Object(m) => {
            m.remove(key);
            m.values_mut().for_each(|v| drop_key(v, key));
        }
        Value::Array(a) => a.iter_mut().for_each(|v| drop_key(v, key)),
        _ => {}
    }
}

/// GOV.UK's file with only what `dates::holidays` reads, in the same shape, so the embedded
/// copy still goes through the reader a newer GOV.UK file goes through.
fn keep_england_and_wales(v: &mut Value) {
    const DIVISION: &str = "england-and-wales";
    let events = v[DIVISION]["events"].as_array().map(|events| {
        events
            .iter()
            .map(|e| {
                let mut kept = Map::new();
                for key in ["title", "date"] {
                    if let Some(x) = e.get(key) {
                        kept.insert(key.to_string(), x.clone());
                    }
                }
                Value::Object(kept)
            })
            .collect::<Vec<_>>()
    });
    let mut division = Map::new();
    division.insert("events".to_string(), Value::Array(events.unwrap_or_default()));
    let mut root = Map::new();
    root.insert(DIVISION.to_string(), Value::Object(division));
    *v = Value::Object(root);
}
