//! The plan's field list (`cinplan::plan::fields()`, `planFields()` in JS) says what the
//! reader reads: a form that types its values by it sends what the core accepts, and a
//! wrong value of each field is reported at that field's own path.

use cinplan::plan::{fields, is_field, plan_from_value, FieldType, PlanField};
use serde_json::{json, Value};

/// Puts `value` at a dotted path, making the objects and first rows on the way.
fn put(plan: &mut Value, path: &str, value: Value) {
    let parts: Vec<&str> = path.split('.').collect();
    let mut cur = plan;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        if let Ok(n) = part.parse::<usize>() {
            let list = cur.as_array_mut().expect("a list on the way");
            while list.len() <= n {
                list.push(json!({}));
            }
            cur = &mut list[n];
        } else {
            let next_is_row = parts.get(i + 1).is_some_and(|p| p.parse::<usize>().is_ok());
            let object = cur.as_object_mut().expect("an object on the way");
            if last {
                object.insert(part.to_string(), value);
                return;
            }
            cur = object.entry(part.to_string()).or_insert_with(|| if next_is_row { json!([]) } else { json!({}) });
        }
    }
}

/// A right and a wrong value for a field of this kind.
fn right_and_wrong(field: &PlanField) -> (Value, Value) {
    match field.kind {
        FieldType::Text => (json!("Sam Okafor"), json!(5)),
        FieldType::Date => (json!("2026-10-06"), json!("2026-02-30")),
        FieldType::Number => (json!(3), json!("three")),
        FieldType::Boolean => (json!("yes"), json!("maybe")),
        FieldType::List => (json!(["n1"]), json!(5)),
        FieldType::Choice => (json!(field.choices.as_ref().expect("a choice has choices")[0]), json!("nope")),
    }
}

#[test]
fn every_field_reads_a_right_value_and_reports_a_wrong_one_at_its_path() {
    let all = fields();
    assert!(all.len() > 60, "{} fields", all.len());
    for field in &all {
        let path = field.path.replace('*', "0");
        let (right, wrong) = right_and_wrong(field);
        let mut plan = json!({});
        put(&mut plan, &path, right.clone());
        let (_, findings) = plan_from_value(&plan);
        assert!(findings.is_empty(), "{path} = {right}: {findings:?}");
        let mut plan = json!({});
        put(&mut plan, &path, wrong.clone());
        let (_, findings) = plan_from_value(&plan);
        assert!(
            findings.iter().any(|f| f.rule == "input.invalid" && f.path == path),
            "{path} = {wrong} is not reported there: {findings:?}"
        );
    }
}

#[test]
fn fields_have_one_entry_each_a_label_and_choices_only_where_they_choose() {
    let all = fields();
    let mut paths: Vec<&str> = all.iter().map(|f| f.path.as_str()).collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), all.len(), "a path is listed twice");
    for f in &all {
        assert!(!f.label.is_empty() && !f.label.contains('{'), "{}: label {:?}", f.path, f.label);
        assert_eq!(f.choices.is_some(), f.kind == FieldType::Choice, "{}", f.path);
    }
    let get = |p: &str| all.iter().find(|f| f.path == p).unwrap_or_else(|| panic!("{p} is not listed"));
    assert_eq!(get("outcomes.*.targetDate").kind, FieldType::Date);
    assert_eq!(get("outcomes.*.targetDate").label, "target date");
    assert_eq!(get("leadProfessional.name").label, "lead professional's name");
    assert_eq!(get("meetings.*.minuteTaker.name").label, "minute taker's name");
    assert_eq!(get("reviews.frequency.every").label, "review frequency");
    assert_eq!(get("reviews.frequency.every").kind, FieldType::Number);
    assert_eq!(get("outcomes.*.needs").kind, FieldType::List);
    assert_eq!(get("pathway").choices.as_deref().map(<[_]>::len), Some(5));
    assert_eq!(get("visits.frequency.unit").choices.as_deref(), Some(&["days", "workingDays", "weeks", "months"][..]));
    assert_eq!(get("meetings.*.kind").choices.as_deref(), Some(&["initial", "review", "final"][..]));
}

#[test]
fn a_rule_may_name_every_field_outside_the_rows_and_every_list() {
    for f in fields() {
        let whole = f.path.trim_end_matches(".every").trim_end_matches(".unit");
        let top = whole.split(".*").next().unwrap();
        assert!(is_field(top), "{top} (from {})", f.path);
        if !f.path.contains('*') {
            assert!(is_field(whole), "{whole}");
        }
    }
    for path in ["", "child", "visits.frequency.every", "outcomes.0.description", "outcomes.description", "nope"] {
        assert!(!is_field(path), "{path}");
    }
}
