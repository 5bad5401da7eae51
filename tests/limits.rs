//! The limits README "Limits" writes down, each as a person meets it: what is read, what
//! happens past each limit, and that the answer stays small whatever is sent.

use chrono::NaiveDate;
use cinplan::dates::{Calendar, MAX_HOLIDAYS_BYTES};
use cinplan::plan::{plan_from_str, FieldType, MAX_INVALID, MAX_PLAN_BYTES, MAX_ROWS, MAX_TEXT};
use cinplan::report::{Report, MAX_FINDINGS, TRUNCATED};
use cinplan::rules::MAX_RULESET_BYTES;
use cinplan::Ruleset;
use serde_json::{json, Value};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn check(text: &str) -> Report {
    cinplan::check_str(text, cinplan::ruleset("reading").unwrap(), today(), Calendar::embedded())
}

fn good() -> Value {
    let p = format!("{}/tests/fixtures/plans/complete.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

fn invalid(r: &Report) -> Vec<&cinplan::Finding> {
    r.findings.iter().filter(|f| f.rule == "input.invalid").collect()
}

/// Puts `v` at a dotted path (`outcomes.0.needs`), making objects and lists on the way.
fn put(plan: &mut Value, path: &str, v: Value) {
    let mut cur = plan;
    for key in path.split('.') {
        cur = match key.parse::<usize>() {
            Ok(i) => {
                if !cur.is_array() {
                    *cur = json!([]);
                }
                let list = cur.as_array_mut().unwrap();
                while list.len() <= i {
                    list.push(json!({}));
                }
                &mut list[i]
            }
            Err(_) => {
                if !cur.is_object() {
                    *cur = json!({});
                }
                cur.as_object_mut().unwrap().entry(key).or_insert(Value::Null)
            }
        };
    }
    *cur = v;
}

#[test]
fn a_plan_larger_than_the_limit_is_one_finding_and_is_not_read() {
    let text = format!("[{}0]", "0,".repeat((MAX_PLAN_BYTES - 1) / 2));
    assert_eq!(text.len(), MAX_PLAN_BYTES + 1);
    let r = check(&text);
    let bad = invalid(&r);
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(bad[0].path, "");
    assert_eq!(bad[0].message, "This plan is too large to check: 10.1 MB; the limit is 10 MB");
    // 137 MB, as a person reads it.
    let huge = " ".repeat(136_000_001);
    assert_eq!(invalid(&check(&huge))[0].message, "This plan is too large to check: 137 MB; the limit is 10 MB");
    // Exactly at the limit it is read.
    let mut plan = good().to_string();
    plan.push_str(&" ".repeat(MAX_PLAN_BYTES - plan.len()));
    assert_eq!(plan.len(), MAX_PLAN_BYTES);
    assert_eq!(invalid(&check(&plan)).len(), 0);
}

#[test]
fn text_is_counted_and_cut_in_characters() {
    let mut plan = good();
    plan["contingency"] = json!("😀".repeat(200_000));
    let text = plan.to_string();
    let r = check(&text);
    let f = invalid(&r).into_iter().find(|f| f.path == "contingency").expect("the long text is reported");
    assert_eq!(f.message, format!("This text is 200000 characters long; only the first {MAX_TEXT} are checked"));
    let (read, _) = plan_from_str(&text);
    assert_eq!(read.contingency.unwrap().chars().count(), MAX_TEXT);
    // Text of exactly the limit is whole.
    plan["contingency"] = json!("é".repeat(MAX_TEXT));
    assert!(invalid(&check(&plan.to_string())).is_empty());
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let text = good().to_string();
    assert_eq!(check(&format!("\u{feff}{text}")), check(&text));
    assert!(invalid(&check(&format!("\u{feff}{text}"))).is_empty());
    // Bank holidays and rulesets saved by the same editors.
    let holidays = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/bank-holidays.json")).unwrap();
    assert!(Calendar::from_govuk_json(&format!("\u{feff}{holidays}")).is_ok());
    let ruleset = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rulesets/reading.json")).unwrap();
    assert!(Ruleset::from_json(&format!("\u{feff}{ruleset}")).is_ok());
}

#[test]
fn need_ids_as_text_have_the_caps_of_a_list_and_a_short_answer() {
    let ids: Vec<String> = (0..600).map(|i| format!("x{i}")).collect();
    for needs in [json!(ids), json!(ids.join(", "))] {
        let mut plan = good();
        plan["outcomes"][0]["needs"] = needs;
        let r = check(&plan.to_string());
        let f = invalid(&r).into_iter().find(|f| f.path == "outcomes.0.needs").expect("the cap is reported");
        assert_eq!(f.message, format!("This list has 600 need ids; only the first {MAX_ROWS} are checked"));
    }
    // The ids the plan does not have: a few named, the rest counted (in a ruleset whose
    // message quotes them; the councils' own do not).
    let mut rs: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/rulesets/reading.json")).unwrap(),
    )
    .unwrap();
    for rule in rs["rules"].as_array_mut().unwrap() {
        if rule["id"] == "outcomes.need-linked" {
            rule["message"] = json!("{actual}.");
        }
    }
    let rs = Ruleset::from_json(&rs.to_string()).unwrap();
    let mut plan = good();
    plan["outcomes"][0]["needs"] = json!(ids[..10].join(" "));
    let r = cinplan::check_str(&plan.to_string(), &rs, today(), Calendar::embedded());
    let unknown = r.findings.iter().find(|f| f.path == "outcomes.0.needs").unwrap();
    assert_eq!(unknown.message, "x0, x1, x2, x3, x4 and 5 more is not one of the plan's needs.");
    // Nine megabytes of ids in one text: cut as any text is, and the report stays small.
    let mut plan = good();
    plan["outcomes"][0]["needs"] = json!("n1, ".repeat(2_250_000));
    let r = check(&plan.to_string());
    let messages: Vec<&str> = invalid(&r).iter().map(|f| f.message.as_str()).collect();
    assert!(messages.iter().any(|m| m.starts_with("This text is 9000000 characters long")), "{messages:?}");
    assert!(messages.iter().any(|m| m.starts_with("This list has 25000 need ids")), "{messages:?}");
    assert!(serde_json::to_string(&r).unwrap().len() < 100_000);
}

/// The long value to put in a field of this type, one a message would quote back (a
/// number too long for serde_json is put in as [`LONG_NUMBER`] and written by [`text`]).
fn long_value(kind: FieldType) -> Value {
    let long = "Q".repeat(50_000);
    match kind {
        FieldType::Number => json!(LONG_NUMBER),
        FieldType::List => json!([long]),
        _ => json!(long),
    }
}

const LONG_NUMBER: &str = "a number of 50,000 digits";

fn text(plan: &Value) -> String {
    plan.to_string().replace(&format!("\"{LONG_NUMBER}\""), &"7".repeat(50_000))
}

#[test]
fn every_value_quoted_back_in_a_message_is_shortened() {
    // Each field of the format in turn, with a long value of its own type (a date, a
    // number, a choice, yes or no that cannot be read are quoted back)...
    let mut cases: Vec<(String, Value)> =
        cinplan::plan::fields().into_iter().map(|f| (f.path.replace('*', "0"), long_value(f.kind))).collect();
    // ...and the names and roles the checks quote: a contact with no nature, the chair who
    // took the minutes, a chair's role, a scarce service, the child's name in SMART advice.
    let long = json!("Q".repeat(50_000));
    cases.extend([
        ("contacts.0".to_string(), json!({"who": long})),
        ("meetings.0.chair".to_string(), json!({"name": long, "role": long})),
        ("meetings.0.minuteTaker.name".to_string(), long.clone()),
        ("services.0".to_string(), json!({"name": long, "scarce": true})),
        // A scarce service an outcome depends on (its action books the children's centre),
        // quoted back by the SMART analysis under its long name.
        ("services.1".to_string(), json!({"name": long, "provider": "Children's centre", "scarce": true})),
        ("child.name".to_string(), long.clone()),
        ("outcomes.0.description".to_string(), json!(format!("{} will feel better", "Q".repeat(50_000)))),
        // A number is quoted back as what can be counted.
        ("outcomes.0.measure".to_string(), json!(format!("Seen {} times", "1".repeat(50_000)))),
    ]);
    for (path, value) in cases {
        let mut plan = good();
        if path == "meetings.0.minuteTaker.name" {
            put(&mut plan, "meetings.0.chair.name", value.clone());
        }
        if path == "child.name" {
            // Advice that names the child: an outcome too vague to measure.
            put(&mut plan, "outcomes.0.description", json!("Things get better at home"));
            put(&mut plan, "outcomes.0.measure", json!("We will see"));
        }
        put(&mut plan, &path, value);
        let r = check(&text(&plan));
        for f in &r.findings {
            for text in [Some(&f.message), f.hint.as_ref()].into_iter().flatten() {
                assert!(text.chars().count() < 1_000, "{path}: {} is {} characters", f.rule, text.len());
            }
        }
        for reason in r.smart.iter().flat_map(|o| &o.letters).flat_map(|l| &l.reasons) {
            assert!(reason.chars().count() < 1_000, "{path}: a SMART reason of {} characters", reason.len());
        }
    }
}

#[test]
fn a_report_lists_at_most_max_findings_and_says_how_many_more() {
    // 500 outcomes of 500 actions, none with an owner or a due date: a million findings.
    let mut plan = good();
    let outcome = json!({"id": "o", "needs": ["n1"], "description": "Amira attends school every day",
        "measure": "the register", "targetDate": "2027-02-26", "actions": vec![json!({}); MAX_ROWS]});
    plan["outcomes"] = json!(vec![outcome; MAX_ROWS]);
    let r = check(&plan.to_string());
    assert_eq!(r.findings.len(), MAX_FINDINGS + 1);
    let last = r.findings.last().unwrap();
    assert_eq!(last.rule, TRUNCATED);
    assert!(last.message.starts_with(&format!("This report lists {MAX_FINDINGS} findings; ")), "{}", last.message);
    // The checklist still counts every finding, and points only at those listed.
    let smart = r.checklist.iter().find(|c| c.item == "smartOutcomes").unwrap();
    assert_ne!(smart.status, cinplan::Status::Met);
    assert!(r.checklist.iter().all(|c| c.findings.iter().all(|&k| k < MAX_FINDINGS)));
    assert!(serde_json::to_string(&r).unwrap().len() < 2_000_000);
}

#[test]
fn at_most_max_invalid_findings_are_made_and_the_rest_counted() {
    let mut plan = good();
    let outcome = json!({"id": "o", "needs": vec![json!(1); MAX_ROWS]});
    plan["outcomes"] = json!(vec![outcome; 10]);
    let r = check(&plan.to_string());
    let bad = invalid(&r);
    assert_eq!(bad.len(), MAX_INVALID + 1);
    let more = bad.last().unwrap();
    assert_eq!(more.path, "");
    let wanted = format!(
        "{} more parts of the plan cannot be read; only the first {MAX_INVALID} are listed",
        5000 - MAX_INVALID
    );
    assert_eq!(more.message, wanted);
}

#[test]
fn a_ruleset_or_bank_holidays_file_past_its_limit_is_refused_and_their_errors_stay_short() {
    let e = Ruleset::from_json(&" ".repeat(MAX_RULESET_BYTES + 1)).unwrap_err();
    assert_eq!(e, "the ruleset is too large: 1.1 MB; the limit is 1 MB");
    let e = Calendar::from_govuk_json(&" ".repeat(MAX_HOLIDAYS_BYTES + 1)).unwrap_err();
    assert_eq!(e, "the bank holidays file is too large: 1.1 MB; the limit is 1 MB");

    let long = "Q".repeat(500_000);
    let e = Ruleset::from_json(&format!(r#"{{"{long}": 1}}"#)).unwrap_err();
    assert!(e.len() < 1_000, "{} bytes", e.len());
    let e = Calendar::from_govuk_json(&format!(
        r#"{{"england-and-wales": {{"events": [{{"title": "{long}", "date": "{long}"}}]}}}}"#
    ))
    .unwrap_err();
    assert!(e.len() < 1_000, "{} bytes", e.len());
}
