//! Rulesets as files: a council that is not built in (Kestrel Vale, made up, in
//! tests/fixtures/rulesets/), checked with nothing but its ruleset file through the library
//! and the CLI; broken rulesets refused with every problem at its path; the JSON Schema
//! made from the declarations; the built-in rulesets read through the same loader.

use chrono::NaiveDate;
use cinplan::rules::{self, Check, Ruleset, CHECK_KINDS};
use cinplan::Calendar;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rulesets")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn kestrel_vale_file() -> PathBuf {
    fixtures().join("kestrel-vale.json")
}

fn expected() -> Value {
    serde_json::from_str(&read(&fixtures().join("kestrel-vale-expected.json"))).unwrap()
}

fn cinplan(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cinplan")).args(args).output().expect("cinplan runs")
}

fn tmp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cinplan-rulesets-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

/// The findings (rule, path) and due dates (kind, date, done/overdue/"") of a report, as
/// kestrel-vale-expected.json writes them.
fn summary(report: &Value) -> (Vec<Value>, Vec<Value>, Vec<Value>) {
    let findings = report["findings"].as_array().unwrap().iter().map(|f| json!([f["rule"], f["path"]])).collect();
    let due = report["due"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let state = if d["overdue"] == true {
                "overdue"
            } else if d["done"] == true {
                "done"
            } else {
                ""
            };
            json!([d["kind"], d["date"], state])
        })
        .collect();
    let not_met = report["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] == "notMet")
        .map(|c| c["item"].clone())
        .collect();
    (findings, due, not_met)
}

fn assert_as_expected(plan: &str, report: &Value, how: &str) {
    let want = &expected()["plans"][plan];
    let (findings, due, not_met) = summary(report);
    assert_eq!(Value::from(findings), want["findings"], "{how}: findings for {plan}");
    assert_eq!(Value::from(due), want["due"], "{how}: due dates for {plan}");
    assert_eq!(Value::from(not_met), want["notMet"], "{how}: items not met in {plan}");
    assert_eq!(report["authority"]["id"], "kestrel-vale");
    let audit = &report["authority"]["ruleset"];
    assert_eq!(audit["version"], "1.0", "{how}: the report names the ruleset's version");
    assert_eq!(audit["builtIn"], false);
    assert_eq!(audit["procedure"]["publisher"], "Kestrel Vale Council");
    assert_eq!(audit["procedure"]["version"], "2.1");
}

fn today() -> NaiveDate {
    NaiveDate::parse_from_str(expected()["today"].as_str().unwrap(), "%Y-%m-%d").unwrap()
}

fn plans() -> Vec<(String, PathBuf)> {
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(fixtures().join("kestrel-vale-plans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    out.sort();
    assert_eq!(
        out.len(),
        expected()["plans"].as_object().unwrap().len(),
        "a plan in kestrel-vale-plans/ has no expected results"
    );
    out
}

#[test]
fn a_council_not_built_in_is_checked_with_its_ruleset_file_alone_in_the_library() {
    let rs = rules::load(&read(&kestrel_vale_file())).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(rules::ruleset("kestrel-vale").is_none(), "Kestrel Vale must not be built in");
    for (name, path) in plans() {
        let report = cinplan::check_str(&read(&path), &rs, today(), Calendar::embedded());
        assert_as_expected(&name, &serde_json::to_value(&report).unwrap(), "library");
    }
}

#[test]
fn a_council_not_built_in_is_checked_with_its_ruleset_file_alone_in_the_cli() {
    let ruleset = kestrel_vale_file();
    let today = expected()["today"].as_str().unwrap().to_string();
    for (name, path) in plans() {
        // No --authority: the one --ruleset given is the one used.
        let o = cinplan(&["check", "--ruleset", ruleset.to_str().unwrap(), "--today", &today, path.to_str().unwrap()]);
        let report: Value = serde_json::from_slice(&o.stdout)
            .unwrap_or_else(|e| panic!("{name}: {e}: {}", String::from_utf8_lossy(&o.stderr)));
        assert_as_expected(&name, &report, "CLI");
        let errors = report["findings"].as_array().unwrap().iter().filter(|f| f["severity"] == "error").count();
        assert_eq!(o.status.code(), Some(if errors > 0 { 1 } else { 0 }));
    }
    let weak = fixtures().join("kestrel-vale-plans/weak.json");
    let o = cinplan(&[
        "check",
        "--ruleset",
        ruleset.to_str().unwrap(),
        "--authority",
        "kestrel-vale",
        "--today",
        &today,
        "--format",
        "text",
        weak.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Ruleset: kestrel-vale version 1.0 (loaded from a file); procedure: Children's Services Procedures Manual, 3.4 Child in Need Plans and Reviews, Kestrel Vale Council, 2.1, 2026-03-02"), "{text}");
    assert!(text.contains("✗ Contingency plan"), "{text}");
    // Built-in authorities are still there beside it.
    let reading = common::examples_of("reading").into_iter().find(|e| e.weakness.is_none()).unwrap().path;
    let o = cinplan(&[
        "check",
        "--ruleset",
        ruleset.to_str().unwrap(),
        "--authority",
        "reading",
        "--today",
        &today,
        reading.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Applies one broken.json case's changes to the base ruleset; answers the file's text.
fn broken_text(case: &Value, base: &str) -> String {
    if let Some(text) = case["text"].as_str() {
        return text.to_string();
    }
    let mut v: Value = serde_json::from_str(base).unwrap();
    for path in case["remove"].as_array().into_iter().flatten() {
        let (parent, key) = split(path.as_str().unwrap());
        match v.pointer_mut(&parent).unwrap_or_else(|| panic!("no {parent}")) {
            Value::Object(m) => assert!(m.remove(key).is_some(), "nothing to remove at {path}"),
            Value::Array(a) => {
                a.remove(key.parse::<usize>().unwrap());
            }
            _ => panic!("cannot remove {path}"),
        }
    }
    for (path, value) in case["set"].as_object().into_iter().flatten() {
        let (parent, key) = split(path);
        match v.pointer_mut(&parent).unwrap_or_else(|| panic!("no {parent}")) {
            Value::Object(m) => {
                m.insert(key.to_string(), value.clone());
            }
            Value::Array(a) => match key.parse::<usize>().unwrap() {
                i if i == a.len() => a.push(value.clone()),
                i => a[i] = value.clone(),
            },
            _ => panic!("cannot set {path}"),
        }
    }
    let mut text = serde_json::to_string_pretty(&v).unwrap();
    if let Some(pair) = case["replace"].as_array() {
        let (from, to) = (pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
        assert!(text.contains(from), "nothing to replace: {from}");
        text = text.replacen(from, to, 1);
    }
    text
}

/// `rules.3.check` → (`/rules/3`, `check`).
fn split(path: &str) -> (String, &str) {
    let (parent, key) = path.rsplit_once('.').unwrap_or(("", path));
    let pointer = if parent.is_empty() { String::new() } else { format!("/{}", parent.replace('.', "/")) };
    (pointer, key)
}

fn broken_cases() -> (Vec<Value>, String) {
    let file: Value = serde_json::from_str(&read(&fixtures().join("broken.json"))).unwrap();
    let base = read(&fixtures().join(file["base"].as_str().unwrap()));
    (file["cases"].as_array().unwrap().clone(), base)
}

#[test]
fn each_broken_ruleset_is_refused_with_every_problem_at_its_path() {
    let (cases, base) = broken_cases();
    assert!(cases.len() >= 40, "only {} broken rulesets", cases.len());
    for case in &cases {
        let why = case["why"].as_str().unwrap();
        let text = broken_text(case, &base);
        let problems = rules::load(&text).err().unwrap_or_else(|| panic!("{why}: loaded"));
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        let want: Vec<&str> = case["errors"].as_array().unwrap().iter().map(|p| p.as_str().unwrap()).collect();
        assert_eq!(paths, want, "{why}: {problems:#?}");
        for p in &problems {
            assert!(!p.message.is_empty() && !p.message.contains("Json") && !p.message.contains("Some("), "{why}: {p}");
        }
        if let Some(says) = case["says"].as_str() {
            assert_eq!(problems[0].message, says, "{why}");
        }
    }
}

#[test]
fn the_cli_lists_every_problem_of_a_broken_ruleset_and_exits_1() {
    let (cases, base) = broken_cases();
    for (i, case) in cases.iter().enumerate() {
        let why = case["why"].as_str().unwrap();
        let file = tmp(&format!("broken-{i}.json"), &broken_text(case, &base));
        let o = cinplan(&["ruleset", "check", "--format", "json", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{why}");
        let answer: Value = serde_json::from_slice(&o.stdout).unwrap();
        let paths: Vec<&Value> = answer["errors"].as_array().unwrap().iter().map(|e| &e["path"]).collect();
        let want: Vec<&Value> = case["errors"].as_array().unwrap().iter().collect();
        assert_eq!(paths, want, "{why}");
        assert_eq!(answer["ok"], false);
    }
    // Checking plans with a broken ruleset stops before any plan, naming every problem.
    let case = cases.iter().find(|c| c["errors"].as_array().unwrap().len() == 3).unwrap();
    let file = tmp("three.json", &broken_text(case, &base));
    let plan = fixtures().join("kestrel-vale-plans/good.json");
    let o = cinplan(&["check", "--ruleset", file.to_str().unwrap(), plan.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.stdout.is_empty());
    for path in [
        "rules.0.severity: \"must\" is not one of error, warning, info",
        "rules.11.check.max.unit: \"fortnights\" is not one of days, workingDays, weeks, months",
        "deadlines.0.kind: \"firstMeeting\" is not a kind of deadline",
    ] {
        assert!(err.contains(path), "{err}");
    }
}

#[test]
fn an_id_built_into_cinplan_is_refused_unless_replacing_is_asked_for() {
    let mut v: Value = serde_json::from_str(&read(&kestrel_vale_file())).unwrap();
    v["id"] = json!("reading");
    let file = tmp("reading-own.json", &v.to_string());
    let plan = fixtures().join("kestrel-vale-plans/good.json");
    let o = cinplan(&["check", "--ruleset", file.to_str().unwrap(), "--today", "2026-11-22", plan.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is the id of a ruleset built into cinplan"));
    let o = cinplan(&[
        "check",
        "--ruleset",
        file.to_str().unwrap(),
        "--replace",
        "--today",
        "2026-11-22",
        plan.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let report: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["authority"]["id"], "reading");
    assert_eq!(report["authority"]["ruleset"]["builtIn"], false);
    assert_eq!(report["authority"]["ruleset"]["procedure"]["publisher"], "Kestrel Vale Council");
}

#[test]
fn ruleset_check_lists_slips_and_quotes_not_in_the_procedure() {
    let procedure = fixtures().join("kestrel-vale-procedure.txt");
    let clean = cinplan(&[
        "ruleset",
        "check",
        "--procedure",
        procedure.to_str().unwrap(),
        kestrel_vale_file().to_str().unwrap(),
    ]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&clean.stdout).lines().count(), 1, "{}", String::from_utf8_lossy(&clean.stdout));

    let mut v: Value = serde_json::from_str(&read(&kestrel_vale_file())).unwrap();
    // A quote retyped from memory, a message that does not say the limit, and the child's
    // voice item left with no rule.
    v["rules"][11]["quote"] = json!("The social worker must visit the child every four weeks");
    v["rules"][11]["message"] = json!("Visits are too far apart.");
    let rules = v["rules"].as_array_mut().unwrap();
    rules.retain(|r| r["item"] != "voice");
    let file = tmp("slips.json", &v.to_string());
    let o = cinplan(&[
        "ruleset",
        "check",
        "--procedure",
        procedure.to_str().unwrap(),
        "--format",
        "json",
        file.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "slips are warnings, not errors");
    let answer: Value = serde_json::from_slice(&o.stdout).unwrap();
    let warnings: Vec<String> = answer["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| format!("{}: {}", w["path"].as_str().unwrap(), w["message"].as_str().unwrap()))
        .collect();
    let has = |s: &str| warnings.iter().any(|w| w.contains(s));
    assert!(
        has("items.0: the checklist item \"Child's voice\" (voice) has no rule or deadline counting against it"),
        "{warnings:#?}"
    );
    // Rule 11 is rule 10 once the voice rule before it is gone.
    assert!(has("rules.10.message: does not use {actual}, {limit}"), "{warnings:#?}");
    assert!(
        has("rules.10.quote: not found in the procedure's text: \"The social worker must visit the child e…\""),
        "{warnings:#?}"
    );
    assert_eq!(warnings.len(), 3, "{warnings:#?}");
}

#[test]
fn the_schema_file_is_what_the_declarations_give() {
    let committed = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("rulesets/schema.json"));
    assert!(
        committed == rules::schema::json_schema_text(),
        "rulesets/schema.json is out of date: run `cargo run --quiet -- ruleset schema > rulesets/schema.json`"
    );
    let o = cinplan(&["ruleset", "schema"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout), committed);
    let schema: Value = serde_json::from_str(&committed).unwrap();
    assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
    // Editors complete the kinds of check and the plan fields from it.
    let kinds = &schema["$defs"]["Check"]["properties"]["kind"]["enum"];
    assert_eq!(kinds.as_array().unwrap().len(), CHECK_KINDS.len());
    let text = committed.as_str();
    assert!(text.contains("\"leadProfessional.name\"") && text.contains("\"visits.childSeenAlone\""));
}

/// The built-in rulesets, read from their files as a council's would be, give the reports
/// the built-in ones give, but for saying they were loaded.
#[test]
fn a_built_in_ruleset_loaded_from_its_file_reports_as_the_built_in_one() {
    for rs in rules::authorities() {
        let text = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("rulesets/{}.json", rs.id)));
        let loaded = rules::load(&text).unwrap();
        assert!(!rules::is_built_in(&loaded) && rules::is_built_in(rs));
        for ex in common::examples() {
            let a = cinplan::check_str(&ex.text, rs, ex.as_of, Calendar::embedded());
            let mut b = cinplan::check_str(&ex.text, &loaded, ex.as_of, Calendar::embedded());
            let audit = b.authority.ruleset.as_mut().unwrap();
            assert!(!audit.built_in);
            audit.built_in = true;
            assert_eq!(a, b, "{} on {}", rs.id, ex.name);
        }
    }
}

/// A plan where every kind of check finds something.
fn everything_wrong() -> Value {
    json!({
        "pathway": "supervisionOrder",
        "dates": { "planStart": "2026-09-01", "orderEnds": "2026-12-01" },
        "needs": [{ "id": "n1", "description": "School attendance" }],
        "outcomes": [
            { "description": "Attends school", "needs": ["n9"], "actions": [{ "description": "Walk to school" }] },
            { "description": "Feels settled", "needs": ["n1"], "measure": "Scale", "targetDate": "2028-01-01", "actions": [] }
        ],
        "services": [{ "name": "Speech therapy", "scarce": true }],
        "contacts": [{ "who": "Dee", "nature": "Home visits" }],
        "visits": { "frequency": { "every": 10, "unit": "weeks" }, "childSeenAlone": false },
        "reviews": { "frequency": { "every": 10, "unit": "weeks" }, "next": "2027-06-01" },
        "meetings": [
            { "kind": "initial", "date": "2026-10-01", "chair": { "name": "Sam", "role": "Family support worker" },
              "childAttended": false, "parentsAttended": false, "agreementSigned": false },
            { "kind": "final", "date": "2026-11-01", "chair": { "name": "Sam", "role": "Social worker" },
              "minuteTaker": { "name": "Sam" } }
        ]
    })
}

#[test]
fn every_placeholder_a_kind_of_check_promises_is_filled_in() {
    let rules: Vec<Value> = CHECK_KINDS
        .iter()
        .map(|k| {
            let mut check = json!({ "kind": k.name });
            for p in k.params {
                check[*p] = match (k.name, *p) {
                    ("present", _) => json!("contingency"),
                    ("isTrue", _) => json!("visits.childSeenAlone"),
                    ("maxInterval", "path") => json!("visits.frequency"),
                    ("chairRole", "allowed") => json!(["manager"]),
                    ("chairRole", _) => json!([]),
                    ("closureNotBefore", _) => json!({ "every": 12, "unit": "months" }),
                    _ => json!({ "every": 1, "unit": "weeks" }),
                };
            }
            let vars: String = k.vars.iter().map(|v| format!(" {{{v}}}")).collect();
            json!({ "id": k.name, "item": "contingency", "severity": "warning", "check": check,
                    "message": format!("{{authority}}{vars}"), "hint": format!("hint{vars}"),
                    "source": "s", "quote": "q" })
        })
        .collect();
    let text = json!({
        "format": 1, "id": "every-kind", "name": "Every kind", "shortName": "Every kind", "version": "1",
        "procedure": { "title": "T", "publisher": "P", "version": "1" }, "source": "s.txt",
        "smart": { "source": "S" },
        "expectedDuration": [{ "max": { "every": 6, "unit": "months" }, "source": "s" }],
        "rules": rules
    })
    .to_string();
    let rs: Ruleset = rules::load(&text).unwrap_or_else(|e| panic!("{e:#?}"));
    let report = cinplan::check_value(&everything_wrong(), &rs, today(), Calendar::embedded());
    for k in &CHECK_KINDS {
        let mine: Vec<_> = report.findings.iter().filter(|f| f.rule == k.name).collect();
        assert!(!mine.is_empty(), "{}: found nothing in the plan made to break every kind", k.name);
        for f in mine {
            assert!(
                !f.message.contains('{') && !f.hint.as_deref().unwrap_or("").contains('{'),
                "{}: {} / {:?}",
                k.name,
                f.message,
                f.hint
            );
        }
    }
    // The placeholders a kind does not promise are refused when the ruleset loads.
    let present = rs.rules.iter().find(|r| matches!(r.check, Check::Present { .. })).unwrap();
    assert!(present.check.kind().vars.is_empty());
}

/// docs/RULESETS.md is the format's reference: every kind of check (with its
/// placeholders), every kind of deadline, every anchor and every plan field a `present`
/// rule may name is in it, so a new one cannot land undocumented.
#[test]
fn the_reference_describes_every_kind_anchor_and_field() {
    let doc = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/RULESETS.md"));
    for k in &CHECK_KINDS {
        let heading = format!("### `{}`", k.name);
        let at = doc.find(&heading).unwrap_or_else(|| panic!("docs/RULESETS.md has no section {heading}"));
        let section = &doc[at..];
        let section = &section[..section[3..].find("\n### ").map_or(section.len(), |e| e + 3)];
        for var in k.vars {
            assert!(section.contains(&format!("`{{{var}}}`")), "{heading} does not name its placeholder {{{var}}}");
        }
    }
    for kind in rules::DUE_KINDS {
        assert!(doc.contains(&format!("| `{kind}` |")), "docs/RULESETS.md does not describe the deadline kind {kind}");
    }
    for anchor in cinplan::rules::Anchor::NAMES {
        assert!(doc.contains(&format!("| `{anchor}` |")), "docs/RULESETS.md does not describe the anchor {anchor}");
    }
    for path in rules::present_paths() {
        assert!(doc.contains(&format!("`{path}`")), "docs/RULESETS.md does not list the plan field {path}");
    }
}
