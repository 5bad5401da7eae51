//! The SMART evaluation: checks every outcome of a labelled corpus as a one-outcome plan and
//! compares what cinplan says with a person's labels. Shared by `examples/smart-eval`
//! (the command) and `tests/smart_eval.rs` (the targets).
//!
//! Each item becomes a plan good in every other respect (the authority's complete test
//! plan, its dates moved so that the plan starts on the corpus's `planStart`), holding one
//! outcome: the item's description, measure and target date, linked to one need with the
//! item's text (no link when the item has no need), and one dated action. Then:
//!
//! - overall, an outcome is *flagged* when any warning or error names it (a path starting
//!   `outcomes.0`), and *weak* when any of its six labels is false;
//! - per letter, the report's verdict for that letter (`smart[0].letters`) against the label.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use cinplan::plan::{Action, Frequency, Need, Outcome, Plan, Unit};
use cinplan::report::{Report, Severity};
use cinplan::Ruleset;
use serde_json::Value;

pub const LETTERS: [&str; 6] = ["S", "M", "A", "R", "T", "P"];

#[derive(Clone)]
pub struct Item {
    pub id: String,
    pub split: String,
    pub child: String,
    pub need: Option<String>,
    pub description: String,
    pub measure: String,
    pub target_date: Option<NaiveDate>,
    /// S M A R T P, in that order: true = good.
    pub labels: [bool; 6],
    pub reason: String,
}

impl Item {
    pub fn weak(&self) -> bool {
        self.labels.iter().any(|l| !l)
    }
}

pub struct Corpus {
    pub today: NaiveDate,
    pub plan_start: NaiveDate,
    pub next_review: Option<NaiveDate>,
    /// The plan's expected end the T labels assume (a later target date is weak on T).
    pub expected_end: Option<NaiveDate>,
    pub items: Vec<Item>,
}

fn date(v: &Value, what: &str) -> Result<NaiveDate, String> {
    let s = v.as_str().ok_or_else(|| format!("{what}: expected a date"))?;
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("{what}: {s:?}: {e}"))
}

fn text(v: &Value, what: &str) -> Result<String, String> {
    match v {
        Value::String(s) => Ok(s.clone()),
        Value::Null => Ok(String::new()),
        _ => Err(format!("{what}: expected text")),
    }
}

pub fn load(path: &str) -> Result<Corpus, String> {
    let raw = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let v: Value = serde_json::from_str(&raw).map_err(|e| format!("{path}: {e}"))?;
    let ctx = &v["context"];
    let mut items = Vec::new();
    for (k, x) in v["items"].as_array().ok_or("no items")?.iter().enumerate() {
        let at = |f: &str| format!("items.{k}.{f}");
        let mut labels = [false; 6];
        for (l, slot) in LETTERS.iter().zip(labels.iter_mut()) {
            *slot = x["labels"][l].as_bool().ok_or_else(|| format!("{}: expected true or false", at(l)))?;
        }
        items.push(Item {
            id: text(&x["id"], &at("id"))?,
            split: text(&x["split"], &at("split"))?,
            child: text(&x["child"], &at("child"))?,
            need: x["need"].as_str().map(str::to_string),
            description: text(&x["description"], &at("description"))?,
            measure: text(&x["measure"], &at("measure"))?,
            target_date: match &x["targetDate"] {
                Value::Null => None,
                d => Some(date(d, &at("targetDate"))?),
            },
            labels,
            reason: text(&x["reason"], &at("reason")).unwrap_or_default(),
        });
    }
    Ok(Corpus {
        today: date(&ctx["today"], "context.today")?,
        plan_start: date(&ctx["planStart"], "context.planStart")?,
        next_review: ctx.get("nextReview").and_then(|d| date(d, "context.nextReview").ok()),
        expected_end: ctx.get("expectedEnd").and_then(|d| date(d, "context.expectedEnd").ok()),
        items,
    })
}

/// Every date in `v` moved by `days`.
fn shift_dates(v: &mut Value, days: i64) {
    match v {
        Value::String(s) => {
            if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                *s = (d + Duration::days(days)).format("%Y-%m-%d").to_string();
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| shift_dates(x, days)),
        Value::Object(m) => m.values_mut().for_each(|x| shift_dates(x, days)),
        _ => {}
    }
}

/// The plans every item is put into, for one authority.
pub struct Bench {
    pub ruleset: &'static Ruleset,
    pub today: NaiveDate,
    pub plan_start: NaiveDate,
    /// Warnings whose message holds one of these are counted as advice (`--as-advice`):
    /// what the figures would be if a kind of warning the analysis is less sure of were
    /// advice instead.
    pub as_advice: Vec<String>,
    base: Plan,
}

impl Bench {
    /// The authority's exemplary plan (`www/examples/<id>/exemplary.json`) moved to the corpus's dates.
    pub fn new(root: &str, authority: &str, corpus: &Corpus) -> Result<Bench, String> {
        let ruleset = cinplan::ruleset(authority).ok_or_else(|| format!("no authority {authority:?}"))?;
        let path = format!("{root}/www/examples/{authority}/exemplary.json");
        let raw = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let mut v: Value = serde_json::from_str(&raw).map_err(|e| format!("{path}: {e}"))?;
        let start = date(&v["dates"]["planStart"], "planStart")?;
        shift_dates(&mut v, (corpus.plan_start - start).num_days());
        // Read as `cinplan check` reads a plan (the format's other names, such as
        // "leadProfessional" for "coordinator", are accepted), not by serde's derive.
        let (mut base, invalid) = cinplan::plan::plan_from_value(&v);
        if let Some(f) = invalid.first() {
            return Err(format!("{path}: {} ({})", f.message, f.path));
        }
        if let Some(next) = corpus.next_review {
            // Reviewed last at the start, next on the corpus's date: the date the analysis
            // wants a first step before.
            base.meetings.truncate(1);
            if let Some(first) = base.meetings.first_mut() {
                first.date = Some(corpus.plan_start);
            }
            base.reviews.last = Some(corpus.plan_start);
            base.reviews.next = Some(next);
            let days = (next - corpus.plan_start).num_days();
            if days > 0 && days % 7 == 0 {
                base.reviews.frequency = Some(Frequency::new((days / 7) as u32, Unit::Weeks));
            }
        }
        Ok(Bench { ruleset, today: corpus.today, plan_start: corpus.plan_start, as_advice: Vec::new(), base })
    }

    pub fn plan(&self, item: &Item) -> Plan {
        let mut plan = self.base.clone();
        plan.child.name = Some(item.child.clone());
        plan.needs = item.need.iter().map(|t| Need { id: Some("n1".into()), description: Some(t.clone()) }).collect();
        let some = |s: &str| (!s.trim().is_empty()).then(|| s.to_string());
        plan.outcomes = vec![Outcome {
            id: Some("o1".into()),
            needs: item.need.iter().map(|_| "n1".to_string()).collect(),
            description: some(&item.description),
            measure: some(&item.measure),
            target_date: item.target_date,
            actions: vec![Action {
                description: Some("Talk through this outcome with the family at each visit".into()),
                owner: Some("Social worker".into()),
                due: Some(self.plan_start + Duration::days(14)),
            }],
        }];
        plan
    }

    pub fn check(&self, item: &Item) -> Report {
        cinplan::check(&self.plan(item), self.ruleset, self.today)
    }

    /// The latest target date the authority's procedure expects for these plans (none when it
    /// sets no length), as the engine works it out.
    pub fn expected_end(&self) -> Option<NaiveDate> {
        cinplan::engine::expected_end(&self.base, self.ruleset, self.today)
    }

    /// The next review the engine works out for these plans.
    pub fn next_review(&self) -> Option<NaiveDate> {
        let r = cinplan::check(&self.base, self.ruleset, self.today);
        r.due.iter().find(|d| d.kind == "nextReview").map(|d| d.date)
    }
}

/// Does `path` name outcome 0 or a field in it?
fn names_the_outcome(path: &str) -> bool {
    path == "outcomes.0" || path.starts_with("outcomes.0.")
}

pub struct Judged<'c> {
    pub item: &'c Item,
    /// Warnings and errors naming the outcome: (severity, rule, message, hint).
    pub flags: Vec<(Severity, String, String, Option<String>)>,
    /// Advice naming the outcome.
    pub advice: Vec<String>,
    /// Letter verdicts, S M A R T P: (met, reasons).
    pub letters: [(bool, Vec<String>); 6],
}

impl Judged<'_> {
    pub fn flagged(&self) -> bool {
        !self.flags.is_empty()
    }
}

pub fn judge<'c>(bench: &Bench, item: &'c Item) -> Judged<'c> {
    let report = bench.check(item);
    let mut flags = Vec::new();
    let mut advice = Vec::new();
    for f in report.findings.iter().filter(|f| names_the_outcome(&f.path)) {
        if f.severity == Severity::Info || bench.as_advice.iter().any(|w| f.message.contains(w.as_str())) {
            advice.push(f.message.clone());
        } else {
            flags.push((f.severity, f.rule.clone(), f.message.clone(), f.hint.clone()));
        }
    }
    let mut letters: [(bool, Vec<String>); 6] = Default::default();
    if let Some(s) = report.smart.first() {
        for (l, slot) in LETTERS.iter().zip(letters.iter_mut()) {
            if let Some(v) = s.letters.iter().find(|v| v.letter == *l) {
                *slot = (v.met, v.reasons.clone());
            }
        }
    }
    Judged { item, flags, advice, letters }
}

/// Flagged-when-weak and flagged-when-good counts.
#[derive(Default, Clone, Copy)]
pub struct Counts {
    pub weak: usize,
    pub caught: usize,
    pub good: usize,
    pub false_alarms: usize,
}

impl Counts {
    fn add(&mut self, weak: bool, flagged: bool) {
        if weak {
            self.weak += 1;
            self.caught += usize::from(flagged);
        } else {
            self.good += 1;
            self.false_alarms += usize::from(flagged);
        }
    }

    pub fn recall(&self) -> f64 {
        if self.weak == 0 {
            1.0
        } else {
            self.caught as f64 / self.weak as f64
        }
    }

    pub fn false_alarm_rate(&self) -> f64 {
        if self.good == 0 {
            0.0
        } else {
            self.false_alarms as f64 / self.good as f64
        }
    }
}

pub struct Evaluation<'c> {
    pub overall: Counts,
    pub letters: [Counts; 6],
    pub judged: Vec<Judged<'c>>,
}

impl Evaluation<'_> {
    /// Items whose overall verdict differs from their labels.
    pub fn misjudged(&self) -> impl Iterator<Item = &Judged<'_>> {
        self.judged.iter().filter(|j| j.flagged() != j.item.weak())
    }
}

/// `split`: "train", "test" or "all".
pub fn evaluate<'c>(bench: &Bench, corpus: &'c Corpus, split: &str) -> Evaluation<'c> {
    let mut e = Evaluation { overall: Counts::default(), letters: [Counts::default(); 6], judged: Vec::new() };
    for item in corpus.items.iter().filter(|i| split == "all" || i.split == split) {
        let j = judge(bench, item);
        e.overall.add(item.weak(), j.flagged());
        for k in 0..6 {
            e.letters[k].add(!item.labels[k], !j.letters[k].0);
        }
        e.judged.push(j);
    }
    e
}

/// A suggested rewrite that, taken as offered, still gets a warning: the same one again
/// (`again`), or one the outcome did not have before.
pub struct FailedRewrite<'c> {
    pub item: &'c Item,
    /// The warning that offered it: (rule, path).
    pub offered_by: (String, String),
    pub rewrite: String,
    pub again: bool,
    /// What is said of the outcome with the rewrite in place.
    pub now: String,
}

/// Every rewrite a warning suggests ("Try: '…'"), taken as offered (in place of the
/// measure for a warning about the measure, else of the description), and the outcome
/// checked again: how many were offered, and those that did not pass the check they were
/// offered for or brought a warning of their own. A practitioner who takes the advice and
/// is warned again stops taking it.
pub fn rewrites<'c>(bench: &Bench, corpus: &'c Corpus, split: &str) -> (usize, Vec<FailedRewrite<'c>>) {
    let warnings = |r: &Report| -> Vec<(String, String, String)> {
        r.findings
            .iter()
            .filter(|f| names_the_outcome(&f.path) && f.severity != Severity::Info)
            .map(|f| (f.rule.clone(), f.path.clone(), f.message.clone()))
            .collect()
    };
    let mut offered = 0;
    let mut failed = Vec::new();
    for item in corpus.items.iter().filter(|i| split == "all" || i.split == split) {
        let report = bench.check(item);
        let before = warnings(&report);
        for f in report.findings.iter().filter(|f| names_the_outcome(&f.path) && f.severity != Severity::Info) {
            let Some(rewrite) = f.hint.as_deref().and_then(suggested) else { continue };
            offered += 1;
            let mut taken = item.clone();
            if f.path.ends_with(".measure") {
                taken.measure = rewrite.to_string();
            } else {
                taken.description = rewrite.to_string();
            }
            let after = warnings(&bench.check(&taken));
            let again = after.iter().find(|(rule, path, _)| *rule == f.rule && *path == f.path);
            let new = after.iter().find(|(rule, _, _)| !before.iter().any(|(r, _, _)| r == rule));
            if let Some((_, _, now)) = again.or(new) {
                failed.push(FailedRewrite {
                    item,
                    offered_by: (f.rule.clone(), f.path.clone()),
                    rewrite: rewrite.to_string(),
                    again: again.is_some(),
                    now: now.clone(),
                });
            }
        }
    }
    (offered, failed)
}

/// The rewrite in a hint: the text between "Try: '" and the last "'".
fn suggested(hint: &str) -> Option<&str> {
    let from = hint.find("Try: '")? + "Try: '".len();
    let to = hint.rfind('\'').filter(|&to| to > from)?;
    Some(&hint[from..to])
}
