//! Embeds compact copies of the data files (rulesets/*.json, data/*.json), and writes the
//! list of rulesets (`rulesets.rs`: every `rulesets/<id>.json`), so that an authority is
//! one file: adding `rulesets/<id>.json` is all it takes to build it in.
//!
//! The files in the repository stay pretty-printed and annotated for the people who
//! maintain them; the crate only needs what its readers read. So the embedded copy is
//! minified and drops what no code reads: a rule's `interpretation` (a maintainer's note on
//! how the procedure's words were turned into a check), a ruleset's `$schema`, smart.json's `about`, and the
//! bank-holiday fields other than each England and Wales event's `title` and `date`. In
//! the wasm this is about 4 KB of the gzipped size. Parsing here also means a data file
//! that is not JSON stops the build with its name, before any test runs.

use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let rulesets: Vec<PathBuf> = fs::read_dir("rulesets")
        .expect("rulesets/ exists")
        .map(|entry| entry.expect("rulesets/ is readable").path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        // The format's JSON Schema lives beside the rulesets, for editors; it is not one.
        .filter(|path| path.file_name().is_some_and(|n| n != "schema.json"))
        .collect();
    let mut list: Vec<(String, String, String)> = Vec::new();
    for path in &rulesets {
        let id = path.file_stem().and_then(|s| s.to_str()).expect("a ruleset's file name is its id");
        let mut source = String::new();
        embed(path, &out, |v| {
            // The id inside must be the file's name: it is how the authority is asked for.
            match v.get("id").and_then(Value::as_str) {
                Some(inner) if inner == id => {}
                inner => panic!("{}: \"id\" is {inner:?}; it must be the file's name, {id:?}", path.display()),
            }
            source = v.get("source").and_then(Value::as_str).unwrap_or_default().to_string();
            drop_key(v, "interpretation");
            // For editors only: where the format's JSON Schema is.
            if let Value::Object(m) = v {
                m.remove("$schema");
            }
        });
        let file = Path::new(&out).join(path.file_name().expect("a file name"));
        list.push((source, id.to_string(), file.display().to_string()));
    }
    // Rulesets from the same procedure document side by side: their texts share most of
    // their words, and gzip (which finds repeats only within 32 KB) then makes the module
    // ~2 KB smaller than in order of id. `authorities()` lists them in order of id.
    list.sort();
    let mut code = String::from("// Written by build.rs: every rulesets/<id>.json, by procedure document.\n&[\n");
    for (_, id, file) in &list {
        code.push_str(&format!("    ({id:?}, include_str!({file:?})),\n"));
    }
    code.push_str("]\n");
    fs::write(Path::new(&out).join("rulesets.rs"), code).expect("OUT_DIR is writable");
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
fn embed(path: &Path, out: &str, mut transform: impl FnMut(&mut Value)) {
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
