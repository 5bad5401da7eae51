//! Input that is not a plan gets `input.invalid` findings at its path, never a panic, and the
//! rest of the plan is still checked.

use chrono::NaiveDate;
use cinplan::dates::Calendar;
use cinplan::report::{Report, Status};
use serde_json::{json, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn check(text: &str) -> Report {
    cinplan::check_str(text, cinplan::ruleset("reading").unwrap(), today(), Calendar::embedded())
}

fn check_v(v: &Value) -> Report {
    check(&v.to_string())
}

fn invalid_at<'a>(r: &'a Report, path: &str) -> Option<&'a cinplan::Finding> {
    r.findings.iter().find(|f| f.rule == "input.invalid" && f.path == path)
}

fn good() -> Value {
    let p = format!("{}/tests/fixtures/plans/complete.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

#[test]
fn a_plan_that_is_not_an_object_is_one_invalid_finding_at_the_root() {
    for text in ["42", "[1,2,3]", "\"a plan\"", "null", "true"] {
        let r = check(text);
        let f = invalid_at(&r, "").unwrap_or_else(|| panic!("{text}: no input.invalid at the root"));
        assert!(f.message.contains("JSON object"), "{}", f.message);
        // Still a full report: the checklist shows what is missing.
        assert_eq!(r.checklist.len(), 8);
        assert!(r.checklist.iter().any(|c| c.status == Status::NotMet));
    }
}

#[test]
fn text_that_is_not_json_is_reported_not_thrown() {
    for text in ["", "{", "{\"child\": }", "not json at all", "\u{0}\u{1}"] {
        let r = check(text);
        assert!(invalid_at(&r, "").is_some(), "{text:?}");
    }
}

#[test]
fn an_impossible_date_is_invalid_at_its_path_and_the_rest_is_still_checked() {
    let mut plan = good();
    plan["outcomes"][0]["targetDate"] = json!("2027-02-30");
    plan["contingency"] = json!("");
    let r = check_v(&plan);
    let f = invalid_at(&r, "outcomes.0.targetDate").expect("impossible date reported");
    assert_eq!(f.message, "Enter the target date as a real date, for example 27 3 2027");
    // The rest of the plan is checked: the missing contingency is still found.
    assert!(r.findings.iter().any(|f| f.rule == "contingency.present"));
    // One message at the field, not two: the missing-target-date rule stays quiet there.
    assert_eq!(r.findings.iter().filter(|f| f.path == "outcomes.0.targetDate").count(), 1);
    let smart = r.checklist.iter().find(|c| c.item == "smartOutcomes").unwrap();
    assert_ne!(smart.status, Status::Met);
}

#[test]
fn dates_in_other_shapes_are_invalid() {
    for bad in ["30/11/2026", "2026-11-31", "2026-13-01", "2026-1-5", "tomorrow", "20261122"] {
        let mut plan = good();
        plan["dates"]["planStart"] = json!(bad);
        let r = check_v(&plan);
        assert!(invalid_at(&r, "dates.planStart").is_some(), "{bad} accepted");
    }
    let mut plan = good();
    plan["dates"]["planStart"] = json!(20261122);
    assert!(invalid_at(&check_v(&plan), "dates.planStart").is_some());
}

#[test]
fn wrong_types_are_invalid_at_their_paths() {
    let mut plan = good();
    plan["reviews"]["frequency"]["every"] = json!("six");
    plan["visits"]["frequency"]["unit"] = json!("fortnights");
    plan["contingency"] = json!(12);
    plan["leadProfessional"]["name"] = json!({"first": "Sam"});
    plan["child"]["disabled"] = json!("maybe");
    plan["pathway"] = json!("adoption");
    plan["meetings"][0]["kind"] = json!("strategy");
    plan["outcomes"][1]["needs"] = json!([7]);
    let r = check_v(&plan);
    for path in [
        "reviews.frequency.every",
        "visits.frequency.unit",
        "contingency",
        "leadProfessional.name",
        "child.disabled",
        "pathway",
        "meetings.0.kind",
        "outcomes.1.needs.0",
    ] {
        assert!(invalid_at(&r, path).is_some(), "nothing reported at {path}");
    }
    // A bad field counts against its checklist item.
    let c = r.checklist.iter().find(|c| c.item == "contingency").unwrap();
    assert_eq!(c.status, Status::NotMet);
}

/// What a practitioner reads for each input problem: GOV.UK's words, from the field's label,
/// never the plan format's name, its date notation or a citation of it.
#[test]
fn input_problems_are_worded_from_the_fields_label() {
    let mut plan = good();
    plan["reviews"]["frequency"]["every"] = json!("six");
    plan["visits"]["frequency"]["every"] = json!(0);
    plan["visits"]["frequency"]["unit"] = json!("fortnights");
    plan["contingency"] = json!(12);
    plan["child"]["disabled"] = json!("maybe");
    plan["pathway"] = json!("adoption");
    plan["meetings"][0]["kind"] = json!("strategy");
    plan["meetings"][0]["chair"] = json!("Sam");
    plan["dates"]["planStart"] = json!("30/02/2027");
    plan["dates"]["referral"] = json!("6//2027");
    plan["outcomes"][0]["targetDate"] = json!("//2027");
    plan["outcomes"][1]["actions"][0]["due"] = json!(20270301);
    plan["visits"]["last"] = json!("12/3/");
    let r = check_v(&plan);
    let expected = [
        ("reviews.frequency.every", "The review frequency must be a number"),
        ("visits.frequency.every", "The visit frequency must be a whole number from 1 to 1000"),
        ("visits.frequency.unit", "Select the unit of the visit frequency from the list"),
        ("contingency", "Enter the contingency plan as text"),
        ("child.disabled", "Select yes or no for whether the child is disabled"),
        ("pathway", "Select the pathway from the list"),
        ("meetings.0.kind", "Select the kind of meeting from the list"),
        ("meetings.0.chair", "The chair could not be read"),
        ("dates.planStart", "Enter the plan start date as a real date, for example 27 3 2027"),
        ("dates.referral", "The referral date must include a month"),
        ("outcomes.0.targetDate", "The target date must include a day and month"),
        ("outcomes.1.actions.0.due", "Enter the action due date as a real date, for example 27 3 2027"),
        ("visits.last", "The date of the last visit must include a year"),
    ];
    for (path, message) in expected {
        let f = invalid_at(&r, path).unwrap_or_else(|| panic!("nothing reported at {path}"));
        assert_eq!(f.message, message, "{path}");
        assert_eq!(f.source, "", "{path}: an input problem cites no procedure");
    }
    for f in r.findings.iter().filter(|f| f.rule == "input.invalid") {
        for word in ["YYYY", "plan format", "plan-format", "Expected", "JSON"] {
            assert!(!f.message.contains(word), "{}: {}", f.path, f.message);
        }
    }
}

#[test]
fn numbers_must_be_whole_and_positive() {
    for bad in [json!(0), json!(-3), json!(2.5), json!(1e12)] {
        let mut plan = good();
        plan["reviews"]["frequency"]["every"] = bad.clone();
        assert!(invalid_at(&check_v(&plan), "reviews.frequency.every").is_some(), "{bad} accepted");
    }
}

#[test]
fn a_list_that_is_a_map_is_invalid_and_other_lists_are_still_read() {
    let mut plan = good();
    plan["outcomes"] = json!({"0": {"description": "x"}});
    plan["needs"][1] = json!("not an object");
    let r = check_v(&plan);
    assert!(invalid_at(&r, "outcomes").is_some());
    assert!(invalid_at(&r, "needs.1").is_some());
    // With no readable outcomes the item is not met (one message at the field, the invalid one).
    let smart = r.checklist.iter().find(|c| c.item == "smartOutcomes").unwrap();
    assert_eq!(smart.status, Status::NotMet);
    // needs.0 was still read, so the needs rule does not fire.
    assert!(!r.findings.iter().any(|f| f.rule == "needs.described"));
}

#[test]
fn unknown_fields_are_ignored() {
    let mut plan = good();
    plan["favouriteColour"] = json!("green");
    plan["outcomes"][0]["rag"] = json!({"deep": [1, 2, 3]});
    let r = check_v(&plan);
    assert_eq!(r.errors(), 0, "{:#?}", r.findings);
}

#[test]
fn deeply_nested_junk_is_answered() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let r = check(&deep);
    assert!(invalid_at(&r, "").is_some());
    let inside = format!("{{\"contingency\": {}1{}}}", "{\"a\":".repeat(5_000), "}".repeat(5_000));
    let r = check(&inside);
    assert!(invalid_at(&r, "").is_some());
}

#[test]
fn a_nine_megabyte_plan_is_answered() {
    // Just under the largest plan read (MAX_PLAN_BYTES, 10 MB; tests/limits.rs).
    let mut plan = good();
    plan["riskAnalysis"] = json!("a".repeat(9_000_000));
    let r = check_v(&plan);
    assert!(invalid_at(&r, "riskAnalysis").is_some(), "oversized text not reported");
    // And a plan with thousands of rows is checked on its first rows, with a finding.
    let mut plan = good();
    let row = plan["outcomes"][0].clone();
    plan["outcomes"] = Value::Array(vec![row; 20_000]);
    let r = check_v(&plan);
    let f = invalid_at(&r, "outcomes").expect("row cap reported");
    assert!(f.message.contains("20000"), "{}", f.message);
}

#[test]
fn junk_in_every_field_never_panics() {
    // Every field of the good plan replaced, in turn, by each kind of junk.
    // Text that starts or ends with punctuation as well: a description opening with ":"
    // once made the SMART analysis look at the word before the first.
    let junk = [
        json!(null),
        json!(1),
        json!(-1.5),
        json!("x"),
        json!(""),
        json!([]),
        json!({}),
        json!([{}]),
        json!(true),
        json!(": Mum will take Alfie to school by 8.45am every day"),
        json!(", not; (and) : until"),
    ];
    let plan = good();
    let mut paths = Vec::new();
    collect_paths(&plan, String::new(), &mut paths);
    for path in &paths {
        for j in &junk {
            let mut p = plan.clone();
            *p.pointer_mut(path).unwrap() = j.clone();
            let r = check_v(&p);
            assert_eq!(r.authority.id, "reading");
        }
    }
    assert!(paths.len() > 80);
}

fn collect_paths(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, v)| collect_paths(v, format!("{at}/{k}"), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, v)| collect_paths(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

#[test]
fn a_due_date_past_the_year_9999_is_left_out_and_said() {
    let mut plan = good();
    plan["reviews"]["last"] = json!("9999-11-30");
    plan["reviews"]["next"] = Value::Null;
    plan["visits"]["last"] = json!("9999-12-30");
    let r = check_v(&plan);
    // Never "+10000-01-14": every date in the report is written YYYY-MM-DD.
    let text = serde_json::to_string(&r).unwrap();
    assert!(!text.contains("\"+1"), "{text}");
    assert!(!r.due.iter().any(|d| d.kind == "nextReview" || d.kind == "nextVisit"), "{:?}", r.due);
    let said = |what: &str| {
        r.findings.iter().any(|f| f.message.starts_with(what) && f.message.contains("after the year 9999"))
    };
    assert!(said("The next review") && said("The next visit"), "{:?}", r.findings);
}
