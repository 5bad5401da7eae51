//! The example plans, as the Rust tests read them: `www/examples/<authority-id>/*.json`, one
//! folder per authority, each plan with its own `example` member (title, weakness, about,
//! rules, asOf) that the plan reader ignores. The demo shows the same files
//! (scripts/examples.mjs lists them for it).
#![allow(dead_code)] // each test file uses its own part of this

use chrono::NaiveDate;
use serde_json::Value;
use std::path::{Path, PathBuf};

pub fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("www").join("examples")
}

/// A plan that is not an example: `tests/fixtures/plans/<name>` (checked against Reading).
pub fn test_plan(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plans").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

pub struct Example {
    /// The folder's name, an authority id.
    pub authority: String,
    /// `<authority>/<file>.json`, as the demo names it.
    pub name: String,
    pub path: PathBuf,
    pub text: String,
    pub plan: Value,
    /// None for the exemplary plan.
    pub weakness: Option<String>,
    /// The rule ids a weak plan must raise.
    pub rules: Vec<String>,
    /// The date the example is written for.
    pub as_of: NaiveDate,
}

/// The authority folders in `www/examples/`, sorted.
pub fn example_folders() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(examples_dir())
        .expect("www/examples/ exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    out.sort();
    out
}

/// Every example plan of one authority (none when it has no folder), sorted by file name.
/// Panics, naming the file, when a plan is not JSON or its `example` member is malformed.
pub fn examples_of(authority: &str) -> Vec<Example> {
    let dir = examples_dir().join(authority);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> =
        entries.map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "json")).collect();
    paths.sort();
    paths.into_iter().map(|path| read(authority, path)).collect()
}

/// Every example plan, folder by folder.
pub fn examples() -> Vec<Example> {
    example_folders().iter().flat_map(|a| examples_of(a)).collect()
}

/// The authority's exemplary plan (the one with `weakness: null`).
pub fn exemplary(authority: &str) -> Value {
    let mut good: Vec<Example> = examples_of(authority).into_iter().filter(|e| e.weakness.is_none()).collect();
    assert_eq!(good.len(), 1, "www/examples/{authority}/ needs exactly one exemplary plan (\"weakness\": null)");
    good.remove(0).plan
}

fn read(authority: &str, path: PathBuf) -> Example {
    let name = format!("{authority}/{}", path.file_name().unwrap().to_string_lossy());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let plan: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name} is not JSON: {e}"));
    let meta = plan.get("example").and_then(Value::as_object);
    let meta = meta.unwrap_or_else(|| panic!("{name} has no \"example\" member"));
    let text_of = |key: &str| match meta.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => s.clone(),
        other => panic!("{name}: example.{key} should be some words, not {other:?}"),
    };
    text_of("title");
    text_of("about");
    let weakness = match meta.get("weakness") {
        Some(Value::Null) => None,
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        other => panic!("{name}: example.weakness should be null (exemplary) or words, not {other:?}"),
    };
    let rules = match meta.get("rules") {
        Some(Value::Array(a)) => a
            .iter()
            .map(|r| r.as_str().unwrap_or_else(|| panic!("{name}: example.rules holds {r}")).to_string())
            .collect(),
        other => panic!("{name}: example.rules should be a list of rule ids, not {other:?}"),
    };
    let as_of = meta
        .get("asOf")
        .and_then(Value::as_str)
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .unwrap_or_else(|| panic!("{name}: example.asOf should be a date, YYYY-MM-DD"));
    Example { authority: authority.to_string(), name, path, text, plan, weakness, rules, as_of }
}
