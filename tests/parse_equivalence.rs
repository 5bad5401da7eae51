//! `plan_from_str` reads JSON text with cinplan's own reader (`cinplan::json`);
//! `plan_from_value` walks what serde_json parsed. serde_json is the oracle: for every
//! fixture and many damaged copies of them, both must give exactly the same plan and the
//! same findings in the same order. Only the wording of "not valid JSON" may differ (each
//! reader says where in its own words); whether a text is refused may not.

use cinplan::plan::{plan_from_str, plan_from_value, MAX_ROWS, MAX_TEXT};
use cinplan::{Finding, Plan};
use serde_json::{json, Value};

const NOT_JSON: &str = "The plan is not valid JSON (";

/// serde_json parses, then the same walk.
fn oracle(text: &str) -> (Plan, Vec<Finding>) {
    match serde_json::from_str::<Value>(text) {
        Ok(v) => plan_from_value(&v),
        Err(e) => {
            let what = if e.to_string().contains("recursion limit") {
                "The plan is nested too deeply to be a plan".to_string()
            } else {
                format!("{NOT_JSON}{e})")
            };
            let f = Finding {
                rule: "input.invalid".into(),
                item: cinplan::plan::item_for_path("").into(),
                severity: cinplan::report::Severity::Error,
                path: String::new(),
                message: what,
                source: String::new(),
                quote: None,
                hint: None,
            };
            (Plan::default(), vec![f])
        }
    }
}

/// Both refused the text as not JSON: equal whatever the wording after the colon.
fn both_not_json(a: &(Plan, Vec<Finding>), b: &(Plan, Vec<Finding>)) -> bool {
    let refused =
        |r: &(Plan, Vec<Finding>)| r.1.len() == 1 && r.1[0].path.is_empty() && r.1[0].message.starts_with(NOT_JSON);
    refused(a) && refused(b) && a.0 == b.0
}

fn same(text: &str) -> usize {
    let fast = plan_from_str(text);
    let slow = oracle(text);
    if fast != slow && !both_not_json(&fast, &slow) {
        let shown: String = text.chars().take(600).collect();
        panic!("plan_from_str differs from serde_json + walk for:\n{shown}\nfast: {fast:#?}\nslow: {slow:#?}");
    }
    fast.1.len()
}

/// Every plan kept in files: the examples (www/examples/<authority-id>/) and the JSON in
/// tests/fixtures/<folder>/.
fn fixtures() -> Vec<(String, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    for dir in [format!("{root}/www/examples"), format!("{root}/tests/fixtures")] {
        for sub in std::fs::read_dir(dir).unwrap() {
            let sub = sub.unwrap().path();
            // smart/ holds the SMART corpora: lists of outcomes, not plans.
            if !sub.is_dir() || sub.ends_with("tests/fixtures/smart") {
                continue;
            }
            for f in std::fs::read_dir(&sub).unwrap() {
                let f = f.unwrap().path();
                if f.extension().is_some_and(|e| e == "json") {
                    out.push((f.display().to_string(), std::fs::read_to_string(&f).unwrap()));
                }
            }
        }
    }
    out.sort();
    assert!(out.len() >= 10, "fixtures not found");
    out
}

fn good() -> Value {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans/complete.json");
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// JSON pointers to every value in `v` (the root excluded).
fn pointers(v: &Value, here: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                let p = format!("{here}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                let p = format!("{here}/{i}");
                out.push(p.clone());
                pointers(c, p, out);
            }
        }
        _ => {}
    }
}

/// Every pointer a plan can have a value at, whether or not a fixture fills it: each field
/// the plan declares (`cinplan::plan::fields()`, row 0 of each list), the objects and rows
/// on the way to it, and the first id of a list of ids.
fn known() -> Vec<String> {
    let mut out = Vec::new();
    for field in cinplan::plan::fields() {
        let ptr = format!("/{}", field.path.replace('*', "0").replace('.', "/"));
        out.extend(ptr.match_indices('/').skip(1).map(|(i, _)| ptr[..i].to_string()));
        if field.kind == cinplan::plan::FieldType::List {
            out.push(format!("{ptr}/0"));
        }
        out.push(ptr);
    }
    out
}

fn junk() -> Vec<Value> {
    let long: String = "é".repeat(60) + &"x".repeat(140);
    vec![
        Value::Null,
        json!(1),
        json!(-1.5),
        json!(0),
        json!(-0.0),
        json!(7),
        json!(1000),
        json!(1001),
        json!(2.0),
        json!(u64::MAX),
        json!(i64::MIN),
        json!("x"),
        json!(""),
        json!("   "),
        json!("7"),
        json!("yes"),
        json!(" No "),
        json!("TRUE"),
        json!("weeks"),
        json!("workingDays"),
        json!("review"),
        json!("assessment"),
        json!("2027-02-30"),
        json!("2027-02-28"),
        json!(" 2027-02-28 "),
        json!("N1, N2;N3  N4,,"),
        json!(long),
        json!([]),
        json!({}),
        json!([{}]),
        json!([1, "N1", null, "", " N2 ", [], {}, true]),
        json!({"a": {"b": [1, 2]}}),
        json!({"0": {"id": "N1"}, "1": {"id": "N2"}}),
        json!({"every": 2, "unit": "weeks"}),
        json!({"every": "2", "unit": 5}),
        json!(true),
        json!(false),
    ]
}

/// Puts `with` at pointer `p` in `v`, creating the objects and first list rows on the way.
fn put(v: &mut Value, p: &str, with: Value) -> bool {
    let mut cur = v;
    let parts: Vec<&str> = p.split('/').skip(1).collect();
    for (n, part) in parts.iter().enumerate() {
        let last = n + 1 == parts.len();
        let next_is_index = !last && parts[n + 1].parse::<usize>().is_ok();
        let fresh = || if next_is_index { json!([]) } else { json!({}) };
        cur = match cur {
            Value::Object(m) => {
                if last {
                    m.insert(part.to_string(), with);
                    return true;
                }
                m.entry(part.to_string()).or_insert_with(fresh)
            }
            Value::Array(a) => {
                let Ok(i) = part.parse::<usize>() else { return false };
                if i > a.len() {
                    return false;
                }
                if i == a.len() {
                    a.push(if last { Value::Null } else { fresh() });
                }
                if last {
                    a[i] = with;
                    return true;
                }
                &mut a[i]
            }
            _ => return false,
        };
    }
    false
}

#[test]
fn every_fixture_reads_the_same() {
    for (name, text) in fixtures() {
        let fast = plan_from_str(&text);
        assert_eq!(fast, oracle(&text), "{name}");
        // Pretty and compact forms of the same plan read the same too.
        if let Ok(v) = serde_json::from_str::<Value>(&text) {
            same(&v.to_string());
            same(&serde_json::to_string_pretty(&v).unwrap());
        }
    }
}

#[test]
fn every_field_replaced_by_every_kind_of_junk_reads_the_same() {
    let junk = junk();
    let mut cases = 0;
    let mut findings = 0;
    for (name, text) in fixtures() {
        // Every kind of junk everywhere in one plan; a tenth of them (in turn) in the others.
        let all = name.ends_with("plans/complete.json");
        let Some((base, ptrs)) = plan_and_fields(&text) else { continue };
        for (n, p) in ptrs.iter().enumerate() {
            for (_, j) in junk.iter().enumerate().filter(|(k, _)| all || (n + k) % 10 == 0) {
                let mut v = base.clone();
                if put(&mut v, p, j.clone()) {
                    findings += same(&v.to_string());
                    cases += 1;
                }
            }
            // A list given as a map of its rows; an object given as a one-row list.
            if let Some(x) = base.pointer(p) {
                let swapped = match x {
                    Value::Array(a) => {
                        Value::Object(a.iter().enumerate().map(|(i, r)| (i.to_string(), r.clone())).collect())
                    }
                    Value::Object(_) => json!([x]),
                    _ => continue,
                };
                let mut v = base.clone();
                put(&mut v, p, swapped);
                findings += same(&v.to_string());
                cases += 1;
            }
        }
    }
    eprintln!("{cases} cases, {findings} findings");
    assert!(cases > 5_000, "only {cases} cases");
    assert!(findings > cases / 2, "the junk should have made findings ({findings} in {cases} cases)");
}

#[test]
fn unknown_fields_of_every_kind_are_ignored_alike() {
    let mut nested = json!(1);
    for _ in 0..100 {
        nested = json!({ "n": [nested] });
    }
    let mut ptrs = vec![String::new()];
    pointers(&good(), String::new(), &mut ptrs);
    for p in ptrs {
        for j in junk().into_iter().chain([nested.clone()]) {
            let mut v = good();
            match v.pointer_mut(&p) {
                Some(Value::Object(m)) => {
                    m.insert("somethingElse".into(), j);
                }
                _ => continue,
            }
            same(&v.to_string());
        }
    }
}

/// Text-level damage a `Value` cannot express: repeated keys, escapes, odd numbers, cut text.
/// Where the two readers differ on purpose: serde_json refuses a lone UTF-16 surrogate
/// escape, which `JSON.stringify` writes for half an emoji; cinplan reads it as U+FFFD and
/// checks the rest of the plan.
#[test]
fn a_lone_surrogate_is_one_replaced_character_not_an_unreadable_plan() {
    for (escape, read) in
        [("\\ud800x", "\u{fffd}x"), ("\\uDD1E", "\u{fffd}"), ("a\\ud83d\\ude00b\\ud83d", "a😀b\u{fffd}")]
    {
        let mut v = good();
        v["contingency"] = json!("PLACEHOLDER");
        let text = v.to_string().replace("PLACEHOLDER", escape);
        assert!(serde_json::from_str::<Value>(&text).is_err() || !escape.contains("\\ud800"));
        let (plan, findings) = plan_from_str(&text);
        assert_eq!(plan.contingency.as_deref(), Some(read), "{escape}");
        v["contingency"] = json!(read);
        assert_eq!((plan, findings), plan_from_value(&v), "{escape}: the rest of the plan reads as usual");
    }
}

/// Also on purpose: a number too large for a float is refused by serde_json with the whole
/// text; cinplan reads it as a number, which is wrong only where the plan wants a count.
#[test]
fn a_huge_number_is_wrong_where_it_stands_not_everywhere() {
    let mut v = good();
    v["contingency"] = json!("PLACEHOLDER");
    v["somethingElse"] = json!("OTHER");
    v["reviews"]["frequency"]["every"] = json!("EVERY");
    let text =
        v.to_string().replace("\"PLACEHOLDER\"", "1e999").replace("\"OTHER\"", "-1e999").replace("\"EVERY\"", "1e999");
    assert!(serde_json::from_str::<Value>(&text).is_err());
    let (plan, findings) = plan_from_str(&text);
    let paths: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["contingency", "reviews.frequency.every"]);
    assert_eq!(findings[0].message, "Enter the contingency plan as text");
    assert_eq!(findings[1].message, "The review frequency must be a whole number from 1 to 1000");
    assert_eq!(plan.child.name.as_deref(), Some("Amira"), "the rest of the plan is read");
}

/// A number where a count belongs is not quoted back (serde_json would write its own form of
/// it, "100.0" for "1e2"): both readers give the same plan, place and words.
#[test]
fn a_number_that_is_not_a_count_is_answered_alike() {
    for n in ["1e2", "-0", "18446744073709551616", "4.000000000000001", "12345678901234567890123", "0", "1001"] {
        let text = format!("{{\"reviews\":{{\"frequency\":{{\"every\":{n},\"unit\":\"weeks\"}}}}}}");
        let (plan, findings) = plan_from_str(&text);
        let (oracle_plan, oracle_findings) = oracle(&text);
        assert_eq!(plan, oracle_plan, "{n}");
        assert_eq!(findings.len(), 1, "{n}: {findings:?}");
        assert_eq!(findings[0].path, "reviews.frequency.every");
        assert_eq!(oracle_findings, findings, "{n}");
        assert_eq!(findings[0].message, "The review frequency must be a whole number from 1 to 1000", "{n}");
    }
}

#[test]
fn text_level_oddities_read_the_same() {
    let g = good().to_string();
    let mut texts: Vec<String> = vec![
        "42".into(),
        "[1,2,3]".into(),
        "\"a plan\"".into(),
        "null".into(),
        "true".into(),
        "{}".into(),
        "".into(),
        "   ".into(),
        "{".into(),
        "{\"child\":}".into(),
        "{} x".into(),
        "{}{}".into(),
        "{\"contingency\":\"\\q\"}".into(),
        "{\"a\":\"\u{1}\"}".into(),
        "{\"a\":01}".into(),
        "{\"a\":1.}".into(),
        "{\"a\":-}".into(),
        "{\"a\":tru}".into(),
        "{1:2}".into(),
        "{\"a\" 1}".into(),
        "{\"a\":1,}".into(),
        "{\"needs\":[1,]}".into(),
        "{\"\\u0063hild\":{\"n\\u0061me\":\"Esc\\u00e9ped \\\"name\\\"\"}}".into(),
        "{\"child\":{\"name\":\"first\"},\"child\":{\"name\":\"second\"}}".into(),
        "{\"child\":{\"name\":1},\"child\":{\"name\":\"second\"}}".into(),
        "{\"child\":{\"name\":\"first\"},\"child\":5}".into(),
        "{\"outcomes\":[{\"targetDate\":\"bad\",\"targetDate\":\"2027-01-01\"}]}".into(),
        "{\"outcomes\":[{\"targetDate\":\"2027-01-01\",\"targetDate\":\"bad\"}]}".into(),
        "{\"pathway\":\"nope\",\"pathway\":\"  assessment \"}".into(),
        "{\"pathway\":\"nope\"}".into(),
        "{\"meetings\":[{\"kind\":\"nope\"},5,{\"kind\":\"final\",\"kind\":\"\"}]}".into(),
    ];
    // Repeated keys around the real plan: the last value wins, the first leaves no finding.
    for (k, junk) in [
        ("outcomes", "5"),
        ("outcomes", "[{\"targetDate\":\"x\"}]"),
        ("child", "[]"),
        ("reviews", "{\"frequency\":\"x\"}"),
        ("contingency", "{}"),
    ] {
        texts.push(format!("{{\"{k}\":{junk},{}", &g[1..]));
        texts.push(format!("{},\"{k}\":{junk}}}", &g[..g.len() - 1]));
    }
    // Nesting: at, under and over the recursion limit, at the root and inside fields.
    for depth in [1, 50, 120, 125, 126, 127, 128, 129, 130, 200, 5000] {
        let deep = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        let deep_obj = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
        texts.push(deep.clone());
        texts.push(deep_obj.clone());
        for field in ["contingency", "child", "outcomes", "somethingElse"] {
            texts.push(format!("{{\"{field}\":{deep},{}", &g[1..]));
            texts.push(format!("{{\"{field}\":{deep_obj},{}", &g[1..]));
        }
        texts.push(format!("{{\"outcomes\":[{{\"actions\":[{{\"due\":{deep}}}]}}]}}"));
        texts.push(format!("{{\"outcomes\":[{{\"needs\":[{deep_obj}]}}]}}"));
    }
    // Every prefix of a plan is (mostly) invalid JSON; the errors must match too.
    let small = json!({"child": {"name": "A\u{e9}\"b"}, "outcomes": [{"needs": ["N1", 2], "targetDate": "2027-01-01"}], "reviews": {"frequency": {"every": 4, "unit": "weeks"}}}).to_string();
    for cut in 0..=small.len() {
        if small.is_char_boundary(cut) {
            texts.push(small[..cut].to_string());
        }
    }
    for cut in (0..g.len()).step_by(7) {
        if g.is_char_boundary(cut) {
            texts.push(g[..cut].to_string());
        }
    }
    for t in &texts {
        same(t);
    }
}

#[test]
fn caps_on_rows_and_text_read_the_same() {
    let row = good()["outcomes"][0].clone();
    for n in [MAX_ROWS - 1, MAX_ROWS, MAX_ROWS + 1, MAX_ROWS + 7] {
        let mut v = good();
        let mut rows: Vec<Value> = (0..n).map(|_| row.clone()).collect();
        rows[n - 1] = json!(5);
        v["outcomes"] = Value::Array(rows);
        v["needs"] = Value::Array((0..n).map(|i| json!({"id": format!("N{i}")})).collect());
        v["outcomes"][0]["needs"] = Value::Array((0..n).map(|i| json!(i)).collect());
        v["outcomes"][1]["actions"] = Value::Array((0..n).map(|_| json!([])).collect());
        same(&v.to_string());
    }
    for n in [MAX_TEXT - 1, MAX_TEXT, MAX_TEXT + 1] {
        for fill in ["a", "é", "😀"] {
            let mut v = good();
            // Multi-byte characters put the cut inside a character.
            let s: String = fill.repeat(n / fill.len() + 1);
            v["contingency"] = json!(s);
            v["outcomes"][0]["description"] = json!(s.chars().take(MAX_TEXT / 2 + 1).collect::<String>());
            v["pathway"] = json!(s);
            same(&v.to_string());
        }
    }
}

/// A fixture that is a plan object, with the pointers of every field it has or could have.
fn plan_and_fields(text: &str) -> Option<(Value, Vec<String>)> {
    let base = serde_json::from_str::<Value>(text).ok().filter(Value::is_object)?;
    let mut ptrs = Vec::new();
    pointers(&base, String::new(), &mut ptrs);
    ptrs.extend(known());
    ptrs.sort();
    ptrs.dedup();
    Some((base, ptrs))
}

/// Many fields wrong at once, so the order of the findings is compared too.
#[test]
fn many_fields_wrong_at_once_read_the_same_in_the_same_order() {
    let junk = junk();
    for (_, text) in fixtures() {
        let Some((base, ptrs)) = plan_and_fields(&text) else { continue };
        for turn in 0..junk.len() {
            // Each field its own kind of junk, the kinds turning from one plan to the next.
            let mut mixed = base.clone();
            // Each field the same kind of junk.
            let mut alike = base.clone();
            for (n, p) in ptrs.iter().enumerate() {
                put(&mut mixed, p, junk[(n + turn) % junk.len()].clone());
                put(&mut alike, p, junk[turn].clone());
            }
            same(&mixed.to_string());
            same(&alike.to_string());
            // Only the leaves wrong, so every object and list is still walked.
            let mut leaves = base.clone();
            for (n, p) in ptrs.iter().enumerate() {
                if !ptrs.iter().any(|q| q.len() > p.len() && q.starts_with(p.as_str()) && q.as_bytes()[p.len()] == b'/')
                {
                    put(&mut leaves, p, junk[(n * 7 + turn) % junk.len()].clone());
                }
            }
            assert!(same(&leaves.to_string()) > 5);
        }
    }
}
