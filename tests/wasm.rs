//! The WebAssembly exports, run inside wasm by wasm-bindgen-test; scripts/test.sh runs them
//! in Node and in headless Chromium:
//!
//!   CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
//!     cargo test --target wasm32-unknown-unknown --features wasm --test wasm
//!   (the same with WASM_BINDGEN_USE_BROWSER=1 and CHROMEDRIVER=/usr/bin/chromedriver)
//!
//! On other targets, or without the `wasm` feature, this file is empty.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use cinplan::wasm::{authorities, check, load_bank_holidays, version};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const GOOD: &str = include_str!("fixtures/plans/complete.json");
const HOLIDAYS: &str = include_str!("../data/bank-holidays.json");
const TODAY: &str = "2026-11-22";

fn options(authority: &str, today: &str) -> JsValue {
    to_js(&json!({ "authority": authority, "today": today }))
}

fn reading() -> JsValue {
    options("reading", TODAY)
}

fn to_js(v: &Value) -> JsValue {
    js_sys::JSON::parse(&v.to_string()).expect("test JSON parses")
}

/// A report as plain JSON data (via the host's JSON.stringify: what a page would see).
fn data(report: &JsValue) -> Value {
    let text = js_sys::JSON::stringify(report).expect("a report is plain JSON data");
    serde_json::from_str(&String::from(text)).expect("JSON.stringify gives JSON")
}

fn invalid_paths(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings is a list")
        .iter()
        .filter(|f| f["rule"] == "input.invalid")
        .map(|f| f["path"].as_str().expect("path is text").to_string())
        .collect()
}

fn assert_report_shape(report: &Value) {
    for key in ["checklist", "findings", "due"] {
        assert!(report[key].is_array(), "{key} is a list in {report}");
    }
    assert!(report["authority"].is_object());
}

#[wasm_bindgen_test]
fn a_good_plan_gives_a_report_of_plain_objects_with_everything_met() {
    let report = check(JsValue::from_str(GOOD), reading());
    // Plain objects, not Maps.
    assert!(!report.is_instance_of::<js_sys::Map>());
    let proto = js_sys::Object::get_prototype_of(&report);
    assert_eq!(proto, js_sys::Object::get_prototype_of(&js_sys::Object::new().into()));
    let r = data(&report);
    assert_report_shape(&r);
    assert_eq!(r["authority"]["id"], "reading");
    assert_eq!(r["today"], TODAY);
    assert!(invalid_paths(&r).is_empty(), "{}", r["findings"]);
    let checklist = r["checklist"].as_array().unwrap();
    assert!(!checklist.is_empty());
    assert!(checklist.iter().all(|c| c["status"] == "met"), "{}", r["checklist"]);
    assert!(!r["due"].as_array().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn the_export_answers_what_the_rust_api_answers() {
    let rs = cinplan::ruleset("reading").unwrap();
    let today = cinplan::dates::parse_date(TODAY).unwrap();
    let expected = serde_json::to_value(cinplan::check_str(GOOD, rs, today, cinplan::Calendar::embedded())).unwrap();
    assert_eq!(data(&check(JsValue::from_str(GOOD), reading())), expected);
    // The same plan as an object.
    let object = js_sys::JSON::parse(GOOD).unwrap();
    assert_eq!(data(&check(object, reading())), expected);
}

#[wasm_bindgen_test]
fn input_that_is_not_a_plan_gives_input_invalid_at_the_root() {
    // (A cycle through a member the plan format has: one elsewhere is never read.)
    let cyclic = js_sys::Object::new();
    js_sys::Reflect::set(&cyclic, &"child".into(), &cyclic).unwrap();
    let big = js_sys::BigInt::from(10u32);
    let with_bigint = js_sys::Object::new();
    js_sys::Reflect::set(&with_bigint, &"child".into(), &big.into()).unwrap();
    let junk: Vec<(&str, JsValue)> = vec![
        ("a number", JsValue::from_f64(42.0)),
        ("an array", js_sys::Array::of2(&1.into(), &2.into()).into()),
        ("text that is not JSON", JsValue::from_str("abc")),
        ("undefined", JsValue::UNDEFINED),
        ("null", JsValue::NULL),
        ("a cyclic object", cyclic.into()),
        ("JSON nested 10000 deep", JsValue::from_str(&("[".repeat(10_000) + &"]".repeat(10_000)))),
    ];
    for (what, plan) in junk {
        let r = data(&check(plan, reading()));
        assert_report_shape(&r);
        assert!(invalid_paths(&r).contains(&String::new()), "{what}: {}", r["findings"]);
    }
    // A BigInt is the number it is: wrong where an object belongs, at that path.
    let r = data(&check(with_bigint.into(), reading()));
    assert!(invalid_paths(&r).contains(&"child".to_string()), "{}", r["findings"]);
}

#[wasm_bindgen_test]
fn a_bad_field_is_reported_at_its_path() {
    let mut plan: Value = serde_json::from_str(GOOD).unwrap();
    plan["outcomes"][0]["targetDate"] = json!("2027-02-30");
    let r = data(&check(to_js(&plan), reading()));
    assert!(invalid_paths(&r).contains(&"outcomes.0.targetDate".to_string()), "{}", r["findings"]);
}

#[wasm_bindgen_test]
fn unusable_options_give_input_invalid_at_authority_or_today_and_no_deadlines() {
    let cases: Vec<(JsValue, Vec<&str>)> = vec![
        (options("atlantis", TODAY), vec!["authority"]),
        (options("reading", "22/11/2026"), vec!["today"]),
        (options("reading", "2026-02-30"), vec!["today"]),
        (options("", ""), vec!["authority", "today"]),
        (JsValue::UNDEFINED, vec!["authority", "today"]),
        (JsValue::from_f64(1.0), vec!["authority", "today"]),
    ];
    for (opts, want) in cases {
        let r = data(&check(JsValue::from_str(GOOD), opts));
        assert_report_shape(&r);
        let mut got = invalid_paths(&r);
        got.sort();
        assert_eq!(got, want, "{}", r["findings"]);
        assert_eq!(r["due"], json!([]), "no deadline is computed for a guessed authority or date");
    }
}

#[wasm_bindgen_test]
fn authorities_and_version() {
    let list = data(&authorities());
    let ids: Vec<&str> = list.as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    // Exactly the crate's rulesets, in its order.
    let crate_ids: Vec<&str> = cinplan::authorities().iter().map(|rs| rs.id.as_str()).collect();
    assert_eq!(ids, crate_ids);
    assert!(!ids.is_empty());
    assert!(list[0]["shortName"].is_string() && list[0]["document"].is_string());
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn bank_holidays_load_change_deadlines_and_reset() {
    let before = data(&check(JsValue::from_str(GOOD), reading()));
    let due = before["due"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["basis"].as_str().unwrap().contains("working day"))
        .expect("the good Reading plan has a deadline in working days")
        .clone();

    // Junk leaves the calendar alone.
    let bad = data(&load_bank_holidays(JsValue::from_str("not json")));
    assert_eq!(bad["ok"], false);
    assert!(!bad["message"].as_str().unwrap().is_empty());
    let bad = data(&load_bank_holidays(JsValue::from_f64(3.0)));
    assert_eq!(bad["ok"], false);
    assert_eq!(data(&check(JsValue::from_str(GOOD), reading())), before);

    // A made-up holiday on the deadline moves it later.
    let mut holidays: Value = serde_json::from_str(HOLIDAYS).unwrap();
    holidays["england-and-wales"]["events"]
        .as_array_mut()
        .unwrap()
        .push(json!({"title": "Test holiday", "date": due["date"], "notes": "", "bunting": false}));
    let loaded = data(&load_bank_holidays(JsValue::from_str(&holidays.to_string())));
    assert_eq!(loaded["ok"], true, "{}", loaded["message"]);
    let after = data(&check(JsValue::from_str(GOOD), reading()));
    let moved = after["due"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["kind"] == due["kind"] && d["path"] == due["path"])
        .expect("the deadline is still there");
    assert!(moved["date"].as_str().unwrap() > due["date"].as_str().unwrap(), "{moved} vs {due}");

    // null goes back to the built-in calendar.
    assert_eq!(data(&load_bank_holidays(JsValue::NULL))["ok"], true);
    assert_eq!(data(&check(JsValue::from_str(GOOD), reading())), before);
}
