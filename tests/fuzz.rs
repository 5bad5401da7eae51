//! A fuzz harness on stable Rust (proptest), run for as long as it is given: plans, rulesets
//! and bank-holiday files, each a real one damaged at random, are read and checked, and
//!
//! - nothing panics (in WebAssembly a panic stops the check the practitioner is typing in);
//! - the answer is always a valid report: statuses, severities and dates as the report
//!   format has them, every checklist entry pointing at findings that exist;
//! - the report is bounded: at most `MAX_FINDINGS` findings and 4 MB, whatever the plan;
//! - reading is not quadratic in the input's size: sixteen times the input never takes more
//!   than 80 times as long (linear is 16 times, a step quadratic in it 256 times; the slack
//!   is for a busy CI machine of two shared cores, where linear work was seen to take up to
//!   35 times as long, and each time is the fastest of five runs).
//!
//! The tests are `#[ignore]`d in `cargo test`: `scripts/fuzz.sh [minutes]` runs them
//! (`scripts/test.sh` for one minute). `CINPLAN_FUZZ_SECONDS` is each target's share of the
//! time. A failure prints the input that failed and saves it under `target/fuzz-failures/`.

use chrono::NaiveDate;
use cinplan::dates::Calendar;
use cinplan::report::{Report, Severity, Status, MAX_FINDINGS};
use cinplan::Ruleset;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use serde_json::{json, Value};
use std::time::{Duration, Instant};

mod common;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// Each target's share of the time: `CINPLAN_FUZZ_SECONDS`, 10 s when unset.
fn budget() -> Duration {
    let secs = std::env::var("CINPLAN_FUZZ_SECONDS").ok().and_then(|s| s.parse::<f64>().ok()).unwrap_or(10.0);
    Duration::from_secs_f64(secs.max(0.5))
}

/// Runs `test` on values of `strategy` until the budget is spent; on a failure, saves the
/// failing input (proptest's smallest) and fails.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(&S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let start = Instant::now();
    let mut cases = 0;
    while start.elapsed() < budget() {
        // A fresh random seed each round (so a longer run tries more), 16 cases a round.
        let mut runner = TestRunner::new(Config { cases: 16, failure_persistence: None, ..Config::default() });
        if let Err(e) = runner.run(&strategy, |v| test(&v)) {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-failures");
            let _ = std::fs::create_dir_all(&dir);
            let file = dir.join(format!("{name}-{}.txt", std::process::id()));
            let _ = std::fs::write(&file, format!("{e}"));
            panic!("{name}: {e}\n(saved in {})", file.display());
        }
        cases += 16;
    }
    println!("{name}: {cases} cases in {:.0?}", start.elapsed());
}

// ---- what is damaged ----------------------------------------------------------------

/// Every plan kept in files: the example plans and tests/fixtures/plans/.
fn kept_plans() -> Vec<Value> {
    let mut plans: Vec<Value> = common::examples().into_iter().map(|e| e.plan).collect();
    plans.push(serde_json::from_str(&common::test_plan("complete.json")).unwrap());
    plans.push(serde_json::from_str(&common::test_plan("spec-example.json")).unwrap());
    plans
}

fn file(path: &str) -> Value {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every place a value stands in `v`, as keys and indexes.
fn places(v: &Value, here: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                here.push(json!(k));
                out.push(here.clone());
                places(c, here, out);
                here.pop();
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                here.push(json!(i));
                out.push(here.clone());
                places(c, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn at<'v>(v: &'v mut Value, place: &[Value]) -> Option<&'v mut Value> {
    let mut cur = v;
    for k in place {
        cur = match k {
            Value::String(k) => cur.get_mut(k.as_str())?,
            Value::Number(i) => cur.get_mut(i.as_u64()? as usize)?,
            _ => return None,
        };
    }
    Some(cur)
}

/// Values that are wrong somewhere, or right in an odd way: what a form or an export sends.
fn junk() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("JSON numbers", |f| f.is_finite()).prop_map(Value::from),
        (0u32..1100).prop_map(Value::from),
        "\\PC{0,12}".prop_map(Value::from),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}".prop_map(Value::from),
        "[ ,;]{0,2}(n[0-9]{1,3}[ ,;]{1,2}){0,8}".prop_map(Value::from),
        prop_oneof![Just("yes"), Just("No"), Just("weeks"), Just("workingDays"), Just("final"), Just("review")]
            .prop_map(Value::from),
        (1usize..200_000, "\\PC").prop_map(|(n, c)| Value::from(c.repeat(n))),
        (0u32..1000, prop_oneof![Just("days"), Just("weeks"), Just("months"), Just("fortnights"), Just("")])
            .prop_map(|(every, unit)| json!({"every": every, "unit": unit})),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::from),
            prop::collection::btree_map("[a-z]{1,8}|id|needs|description|date|kind|every|unit", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

#[derive(Debug, Clone)]
enum Edit {
    /// The value at place `.0` (an index into the value's places) becomes `.1`.
    Put(usize, Value),
    /// The member or item at the place goes.
    Remove(usize),
    /// The list at the place (or holding it) is repeated `.1` times over.
    Repeat(usize, usize),
    /// A member the format does not have.
    Add(String, Value),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        5 => (any::<usize>(), junk()).prop_map(|(p, v)| Edit::Put(p, v)),
        2 => any::<usize>().prop_map(Edit::Remove),
        1 => (any::<usize>(), 2usize..700).prop_map(|(p, n)| Edit::Repeat(p, n)),
        1 => ("\\PC{1,10}", junk()).prop_map(|(k, v)| Edit::Add(k, v)),
    ]
}

fn apply(v: &mut Value, e: &Edit) {
    let mut all = Vec::new();
    places(v, &mut Vec::new(), &mut all);
    let pick = |i: usize| (!all.is_empty()).then(|| all[i % all.len()].clone());
    match e {
        Edit::Put(i, new) => {
            if let Some(p) = pick(*i) {
                if let Some(slot) = at(v, &p) {
                    *slot = new.clone();
                }
            }
        }
        Edit::Remove(i) => {
            if let Some(mut p) = pick(*i) {
                let last = p.pop();
                match (at(v, &p), last) {
                    (Some(Value::Object(m)), Some(Value::String(k))) => {
                        m.remove(&k);
                    }
                    (Some(Value::Array(a)), Some(Value::Number(n))) => {
                        a.remove(n.as_u64().unwrap() as usize);
                    }
                    _ => {}
                }
            }
        }
        Edit::Repeat(i, n) => {
            if let Some(mut p) = pick(*i) {
                p.pop();
                if let Some(Value::Array(a)) = at(v, &p) {
                    let copy = a.clone();
                    // At most about 4 MB of list: larger plans are refused unread, and a
                    // list of long junk repeated 700 times took gigabytes to make.
                    let size = Value::Array(copy.clone()).to_string().len().max(1);
                    for _ in 1..(*n).min(1 + 4_000_000 / size) {
                        a.extend(copy.iter().cloned());
                    }
                    a.truncate(5_000);
                }
            }
        }
        Edit::Add(k, new) => {
            if let Value::Object(m) = v {
                m.insert(k.clone(), new.clone());
            }
        }
    }
}

#[derive(Debug, Clone)]
enum TextEdit {
    None,
    Bom,
    Cut(usize),
    Insert(usize, String),
}

fn text_edit() -> impl Strategy<Value = TextEdit> {
    prop_oneof![
        6 => Just(TextEdit::None),
        1 => Just(TextEdit::Bom),
        1 => any::<usize>().prop_map(TextEdit::Cut),
        2 => (any::<usize>(), "[\\[\\]{}\",:\\\\ ]{1,3}|\\\\u[0-9a-fA-F]{0,4}|\\PC{1,3}")
            .prop_map(|(at, s)| TextEdit::Insert(at, s)),
    ]
}

/// `v` written, then the text edit made (most leave it JSON).
fn damaged_text(v: &Value, t: &TextEdit) -> String {
    let mut text = v.to_string();
    let boundary = |text: &str, mut i: usize| {
        i %= text.len() + 1;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    match t {
        TextEdit::None => {}
        TextEdit::Bom => text.insert(0, '\u{feff}'),
        TextEdit::Cut(i) => text.truncate(boundary(&text, *i)),
        TextEdit::Insert(i, s) => text.insert_str(boundary(&text, *i), s),
    }
    text
}

fn damaged(base: Vec<Value>) -> impl Strategy<Value = String> {
    let n = base.len();
    (0..n, prop::collection::vec(edit(), 0..6), text_edit()).prop_map(move |(i, edits, t)| {
        let mut v = base[i].clone();
        for e in &edits {
            apply(&mut v, e);
        }
        damaged_text(&v, &t)
    })
}

// ---- what is asserted -----------------------------------------------------------------

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
}

/// The report is one the format allows, and no larger than the limits say.
fn valid(report: &Report) -> Result<(), TestCaseError> {
    let text = serde_json::to_string(report).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(text.len() <= 4_000_000, "a report of {} bytes", text.len());
    prop_assert!(report.findings.len() <= MAX_FINDINGS + 1, "{} findings", report.findings.len());
    let v: Value = serde_json::from_str(&text).unwrap();
    prop_assert!(v["today"].as_str().is_some_and(is_date));
    for f in &report.findings {
        prop_assert!(!f.rule.is_empty() && !f.item.is_empty() && !f.message.trim().is_empty(), "{f:?}");
        prop_assert!(matches!(f.severity, Severity::Error | Severity::Warning | Severity::Info));
        prop_assert!(f.message.chars().count() < 2_000, "a message of {} characters", f.message.len());
    }
    for o in &report.smart {
        for l in &o.letters {
            prop_assert!(l.reasons.iter().all(|r| r.chars().count() < 2_000), "a SMART reason of {l:?}");
        }
    }
    prop_assert!(!report.checklist.is_empty());
    for c in &report.checklist {
        prop_assert!(matches!(c.status, Status::Met | Status::Partial | Status::NotMet));
        prop_assert!(!c.reason.trim().is_empty());
        prop_assert!(c.findings.iter().all(|&k| k < report.findings.len()), "{c:?}");
    }
    for d in v["due"].as_array().unwrap() {
        prop_assert!(d["date"].as_str().is_some_and(is_date), "{d}");
    }
    for h in v["holidays"].as_array().unwrap() {
        prop_assert!(h["date"].as_str().is_some_and(is_date), "{h}");
    }
    Ok(())
}

fn check(text: &str, rs: &Ruleset, cal: &Calendar) -> Report {
    cinplan::check_str(text, rs, today(), cal)
}

#[test]
#[ignore = "a fuzz run: scripts/fuzz.sh"]
fn fuzz_plans() {
    let rulesets = cinplan::authorities();
    fuzz("plans", (damaged(kept_plans()), 0..rulesets.len()), |(text, r)| {
        valid(&check(text, &rulesets[*r], Calendar::embedded()))
    });
}

#[test]
#[ignore = "a fuzz run: scripts/fuzz.sh"]
fn fuzz_rulesets() {
    let ids: Vec<String> = cinplan::authorities().iter().map(|r| r.id.clone()).collect();
    let rulesets: Vec<Value> = ids.iter().map(|id| file(&format!("rulesets/{id}.json"))).collect();
    let plan = common::test_plan("complete.json");
    fuzz("rulesets", damaged(rulesets), |text| {
        if let Ok(rs) = Ruleset::from_json(text) {
            valid(&check(&plan, &rs, Calendar::embedded()))?;
        }
        Ok(())
    });
}

#[test]
#[ignore = "a fuzz run: scripts/fuzz.sh"]
fn fuzz_bank_holidays() {
    let holidays = vec![file("data/bank-holidays.json")];
    let plan = common::test_plan("complete.json");
    let rs = cinplan::ruleset("reading").unwrap();
    // Dates anywhere in the calendar, as a hand-edited file may have them.
    let dates = prop::collection::vec(
        (1i32..=9999, 1u32..=12, 1u32..=31, "\\PC{0,8}").prop_map(|(y, m, d, t)| (format!("{y:04}-{m:02}-{d:02}"), t)),
        0..40,
    );
    fuzz("bank holidays", (damaged(holidays), dates), |(text, extra)| {
        let mut texts = vec![text.clone()];
        if let Ok(mut v) = serde_json::from_str::<Value>(text) {
            if let Some(Value::Array(events)) = v.pointer_mut("/england-and-wales/events") {
                events.extend(extra.iter().map(|(date, title)| json!({"date": date, "title": title})));
                texts.push(v.to_string());
            }
        }
        for text in texts {
            if let Ok(cal) = Calendar::from_govuk_json(&text) {
                let (from, to) = cal.coverage();
                prop_assert!(from <= to);
                valid(&check(&plan, rs, &cal))?;
            }
        }
        Ok(())
    });
}

// ---- linear time ---------------------------------------------------------------------

/// The fastest of five runs of `f` (the least disturbed by the rest of the machine).
fn fastest(f: &dyn Fn()) -> Duration {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap()
}

/// The complete plan with `f` done to it, as text.
fn with(f: &dyn Fn(&mut Value)) -> String {
    let mut p: Value = serde_json::from_str(&common::test_plan("complete.json")).unwrap();
    f(&mut p);
    p.to_string()
}

/// Checking `text` against Reading's procedure.
fn checked(text: String) -> Box<dyn Fn()> {
    Box::new(move || {
        std::hint::black_box(cinplan::check_str(
            &text,
            cinplan::ruleset("reading").unwrap(),
            today(),
            Calendar::embedded(),
        ));
    })
}

type Growth = Box<dyn Fn(usize) -> Box<dyn Fn()>>;

/// Checking the complete plan with `field` of its first outcome ("need": of its first need;
/// "need and description": both, with no word in common) as `unit` said over and over to
/// `k` characters, as when a document is pasted into it. A different text each run ("Run
/// 3."), as each keystroke makes: the SMART analysis keeps the judgement of a text it has
/// seen.
fn pasted(field: &'static str, unit: &'static str, k: usize) -> Box<dyn Fn()> {
    let text: String = unit.repeat(k / unit.len() + 1).chars().take(k).collect();
    let runs = std::cell::Cell::new(0);
    Box::new(move || {
        runs.set(runs.get() + 1);
        let said = format!("{text} Run {}.", runs.get());
        checked(with(&|p| match field {
            "need" => p["needs"][0]["description"] = json!(said),
            // Both pasted, each looked through for the other's words: the description is
            // the need backwards, so the two have no word in common.
            "need and description" => {
                p["needs"][0]["description"] = json!(said);
                p["outcomes"][0]["description"] = json!(said.chars().rev().collect::<String>());
            }
            _ => p["outcomes"][0][field] = json!(said),
        }))()
    })
}

/// Ways a plan, a ruleset or a calendar grows: each gives the work on the input at size `k`,
/// with the largest `k` to time it at: 16 times it is an input of 1 to 2 MB, under the
/// limits (where it would be refused at once), and small enough that the processor's
/// caches do not slow the larger input more than the smaller (which made 16 times the
/// input take 30 times as long with no step worse than linear).
/// Where rows and ids grow together, each grows as √k.
fn growths() -> Vec<(&'static str, usize, Growth)> {
    let ruleset = file("rulesets/reading.json");
    let holidays = file("data/bank-holidays.json");
    // Outcomes' texts of one clause or sentence, each read in a way that once grew with the
    // square of its length (a second or more a keystroke at 100,000 characters): a
    // witness's clause read again for each witness, each "by" after a record and each
    // "confirmed" (for a "not" before it); a wait's
    // clause for each year in it; a sentence for each "from now on"; a suggestion's words
    // against each of the outcome's; a need's limit for each time it is said, and whose it
    // is looked for back through the sentence each time; each word of a need against each
    // of its outcome's (and the outcome's sorted again for each acronym in a wait).
    let smart: [(&'static str, &'static str, &'static str); 9] = [
        ("a measure of witnesses", "measure", "seen by Dr Ali and "),
        ("a measure of confirmations", "measure", "Dad confirmed and "),
        ("a measure of records", "measure", "Police records checked and "),
        ("an outcome of waits", "description", "until 2028 "),
        ("an outcome of routines", "description", "from now on and "),
        (
            "an outcome of topics",
            "description",
            "Mum will improve her parenting and the home conditions and the school attendance and ",
        ),
        ("a need of limits", "need", "the school is 30 miles away and "),
        ("a need and an outcome", "need and description", "Kayden wanders outside before bedtime. "),
        ("a wait for services and an outcome", "need and description", "CAMHS and SALT have a 2 year wait and "),
    ];
    let mut growths: Vec<(&'static str, usize, Growth)> = vec![
        ("a long text", 2_500, Box::new(|k| checked(with(&|p| p["contingency"] = json!("word ".repeat(10 * k)))))),
        (
            "many rows",
            16_000,
            Box::new(|k| checked(with(&|p| p["services"] = json!(vec![json!({"name": "x"}); k / 2])))),
        ),
        (
            "many members the format does not have",
            9_000,
            Box::new(|k| {
                checked(with(&|p| p["extra"] = Value::Object((0..k).map(|i| (format!("k{i}"), json!(i))).collect())))
            }),
        ),
        (
            "need ids as text",
            15_000,
            Box::new(|k| checked(with(&|p| p["outcomes"][0]["needs"] = json!("n1, n2; ".repeat(k))))),
        ),
        (
            // Outcomes, needs and ids together (what used to be matched pairwise).
            "outcomes naming needs",
            15_000,
            Box::new(|k| {
                let n = ((k as f64).sqrt() as usize).max(2);
                checked(with(&|p| {
                    p["needs"] =
                        json!((0..n).map(|i| json!({"id": format!("n{i}"), "description": "x"})).collect::<Vec<_>>());
                    let ids: Vec<String> = (0..n).map(|i| format!("m{i}")).collect();
                    p["outcomes"] = json!(vec![json!({"description": "Amira goes to school", "needs": ids}); n]);
                }))
            }),
        ),
        (
            // Wrong values in many places, each an input.invalid finding (once compared
            // pairwise with every other finding).
            "outcomes with wrong need ids",
            15_000,
            Box::new(|k| {
                let n = ((k as f64).sqrt() as usize).max(2);
                checked(with(&|p| p["outcomes"] = json!(vec![json!({"description": "x", "needs": vec![1; n]}); n])))
            }),
        ),
        (
            "a ruleset with many rules",
            6_000,
            Box::new(move |k| {
                let mut r = ruleset.clone();
                let rules = r["rules"].as_array().unwrap().clone();
                r["rules"] = json!(rules
                    .iter()
                    .cycle()
                    .take(k / 80)
                    .enumerate()
                    .map(|(i, rule)| {
                        let mut rule = rule.clone();
                        rule["id"] = json!(format!("r{i}"));
                        rule
                    })
                    .collect::<Vec<_>>());
                let text = r.to_string();
                Box::new(move || {
                    let _ = std::hint::black_box(Ruleset::from_json(&text));
                })
            }),
        ),
        (
            "a bank-holidays file of many years",
            6_500,
            Box::new(move |k| {
                let mut h = holidays.clone();
                let events = h["england-and-wales"]["events"].as_array().unwrap().clone();
                let more: Vec<Value> = (0..k / 8)
                    .map(|i| {
                        let mut e = events[i % events.len()].clone();
                        let date = e["date"].as_str().unwrap().to_string();
                        let year = 2100 + (i / events.len()) as i32 % 7000;
                        e["date"] = json!(format!("{year:04}{}", &date[4..]));
                        e
                    })
                    .collect();
                h["england-and-wales"]["events"] = json!([events, more].concat());
                let text = h.to_string();
                Box::new(move || {
                    let _ = std::hint::black_box(Calendar::from_govuk_json(&text));
                })
            }),
        ),
    ];
    for (name, field, unit) in smart {
        growths.push((name, 6_000, Box::new(move |k| pasted(field, unit, k))));
    }
    growths
}

/// How much longer sixteen times the input may take (see the top of this file).
const MAX_RATIO: f64 = 80.0;

#[test]
#[ignore = "a fuzz run: scripts/fuzz.sh"]
fn reading_is_linear_in_the_input() {
    let start = Instant::now();
    let growths = growths();
    let mut rounds = 0;
    // At least one round of every growth, then more (at random sizes) while time is left.
    let mut rng = proptest::test_runner::TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha);
    while rounds == 0 || start.elapsed() < budget() {
        for (name, most, grow) in &growths {
            let k = most / 2 + (rng.next_u32() as usize % (most / 2));
            let (small, large) = (grow(k), grow(16 * k));
            // A ratio past the limit is timed again, twice: a quadratic step is past it
            // every time, a busy moment of the machine seldom three times running.
            let mut ratio = f64::MAX;
            for _ in 0..3 {
                let (a, b) = (fastest(&*small), fastest(&*large));
                ratio = ratio.min(b.as_secs_f64() / a.as_secs_f64().max(1e-6));
                println!("{name}: size {k} {a:.1?}, size {} {b:.1?} ({ratio:.1}x)", 16 * k);
                // Sizes too small to time say nothing.
                if ratio <= MAX_RATIO || b < Duration::from_millis(2) {
                    break;
                }
            }
            assert!(ratio <= MAX_RATIO, "{name}: 16 times the input took {ratio:.1} times as long");
        }
        rounds += 1;
    }
}
