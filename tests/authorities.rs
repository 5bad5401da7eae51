//! An authority is one ruleset file, `rulesets/<id>.json`, and one folder of example plans,
//! `www/examples/<id>/`, which the demo shows and the tests read. Nothing else lists the
//! authorities: these tests fail until a new ruleset has its folder, with one exemplary plan
//! that gives no findings and weak plans that raise what they say.

mod common;

use cinplan::{authorities, Calendar};
use common::{example_folders, examples, examples_of};

#[test]
fn the_authorities_are_the_files_in_rulesets_in_order_of_id() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rulesets");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        // The format's JSON Schema, for editors, lives beside the rulesets.
        .filter(|name| name != "schema")
        .collect();
    files.sort();
    let ids: Vec<String> = authorities().iter().map(|rs| rs.id.clone()).collect();
    assert!(!ids.is_empty());
    assert_eq!(ids, files, "one authority per rulesets/<id>.json, with that id, in order of id");
    assert_eq!(cinplan::rules::authority_ids(), files);
}

#[test]
fn every_authority_has_one_exemplary_plan_that_gives_no_findings() {
    assert!(!authorities().is_empty());
    for rs in authorities() {
        let mine = examples_of(&rs.id);
        assert!(
            !mine.is_empty(),
            "{id} has no example plans: add www/examples/{id}/ with an exemplary plan (\"example\": {{ …, \"weakness\": null }})",
            id = rs.id
        );
        let good: Vec<_> = mine.iter().filter(|e| e.weakness.is_none()).collect();
        let names: Vec<&str> = good.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(good.len(), 1, "{}: needs exactly one exemplary plan (weakness null), has {names:?}", rs.id);
        assert!(mine.len() > 1, "{}: add at least one weak plan beside the exemplary one, for trainers", rs.id);
        let ex = good[0];
        assert!(ex.rules.is_empty(), "{}: an exemplary plan lists no rules", ex.name);
        let report = cinplan::check_str(&ex.text, rs, ex.as_of, Calendar::embedded());
        let found: Vec<String> =
            report.findings.iter().map(|f| format!("{} at {}: {}", f.rule, f.path, f.message)).collect();
        assert!(found.is_empty(), "{} gives findings on {}:\n{}", ex.name, ex.as_of, found.join("\n"));
        assert!(!report.due.is_empty(), "{}: no due dates", ex.name);
    }
}

#[test]
fn every_example_folder_is_an_authority() {
    let folders = example_folders();
    assert!(!folders.is_empty());
    for id in &folders {
        assert!(cinplan::ruleset(id).is_some(), "www/examples/{id}/ is not an authority (no rulesets/{id}.json)");
    }
    // Beside the folders only the list scripts/examples.mjs may write for plain hosting.
    for entry in std::fs::read_dir(common::examples_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            path.is_dir() || name == "index.json",
            "www/examples/{name}: plans go in a folder named after their authority"
        );
    }
}

#[test]
fn every_weak_example_raises_the_rules_it_lists() {
    let all = examples();
    let weak: Vec<_> = all.iter().filter(|e| e.weakness.is_some()).collect();
    assert!(weak.len() >= authorities().len(), "only {} weak examples", weak.len());
    for ex in weak {
        assert!(!ex.rules.is_empty(), "{}: a weak example lists the rule ids it raises", ex.name);
        let rs = cinplan::ruleset(&ex.authority).unwrap();
        let report = cinplan::check_str(&ex.text, rs, ex.as_of, Calendar::embedded());
        for rule in &ex.rules {
            assert!(
                report.findings.iter().any(|f| &f.rule == rule),
                "{} ({}) does not raise {rule}; it raises {:?}",
                ex.name,
                ex.weakness.as_deref().unwrap_or_default(),
                report.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
            );
        }
    }
}
