//! SMART outcome analysis and plain-language feedback.
//!
//! For each outcome of a plan: Specific, Measurable, Achievable, Relevant, Time-bound and
//! Plain language, each met or not with its reasons (`OutcomeSmart`), and findings for the
//! *quality of the text* (vague wording, a measure nothing can be counted by, jargon, very
//! long sentences, too many demands, perfection, a wait longer than the time allowed, a
//! complete change or a large debt paid off in too little time,
//! dependence on a scarce service, a service's own work instead of a change for the
//! family, a target date too soon, no step before the next review) and advice where the
//! analysis is unsure (nothing in common with the linked need).
//! Structural gaps (no measure, no need linked, no target date, no actions) are the
//! engine's findings; here they are only reasons.
//!
//! Everything that is words or numbers — the lists of vague words, observable verbs,
//! records that count as evidence, jargon with its plain replacement, topics, settings, and
//! the wording of reasons, messages, hints and suggested rewrites — lives in
//! `data/smart.json`, embedded at build time and compiled once on first use.
//!
//! A live form re-checks the plan at every keystroke; each thread keeps the results of
//! outcomes that have not changed since the last check (`cache`), so a re-check only works
//! out the outcome being edited.

mod assess;
mod cache;
mod context;
mod data;
mod outcome;
mod rewrite;
mod text;
mod wording;

pub use context::SmartContext;
use outcome::PlanEnv;
use wording::Wording;

use crate::plan::Plan;
use crate::report::{Finding, OutcomeSmart};
use crate::util::Blank;
use assess::Scanned;
/// One letter judged on the text alone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextLetter {
    pub met: bool,
    pub reasons: Vec<String>,
}

/// Text-only verdict for one outcome statement (description + measure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementVerdict {
    /// Says whose behaviour or circumstances change, and nothing vague without something
    /// anyone could see or count.
    pub specific: TextLetter,
    /// The measure names something countable or observable.
    pub measurable: TextLetter,
    /// Not too many demands in one outcome (the scarce-service half needs the plan).
    pub achievable: TextLetter,
    /// No unexplained jargon or acronyms, no very long sentences.
    pub plain: TextLetter,
    /// Vague words found in the description, as typed.
    pub vague: Vec<String>,
    /// Jargon found (as typed, plain words to use instead).
    pub jargon: Vec<(String, String)>,
    /// Separate demands counted in the description.
    pub demands: usize,
}

impl StatementVerdict {
    /// Specific, Measurable and Plain language all met.
    pub fn is_well_formed(&self) -> bool {
        self.specific.met && self.measurable.met && self.plain.met
    }
}

/// Judge one statement on its words alone.
pub fn assess_statement(description: &str, measure: &str) -> StatementVerdict {
    let c = data::get();
    let w = Wording::new(c, "", None);
    let (desc, meas) = (Scanned::new(c, description), Scanned::new(c, measure));
    let mut explained = assess::Explained::default();
    explained.add(&desc);
    explained.add(&meas);
    let spec = assess::specific(c, &desc, None, explained.marriage);
    let demands = assess::demands(c, &desc);
    let plains = [assess::plain(c, &desc, &explained), assess::plain(c, &meas, &explained)];
    let (s_met, s_reasons) = w.specific_reasons(&spec);
    let (m_met, m_reasons) = w.measurable_reasons(&assess::measurable(&meas, &desc, None));
    let (a_met, a_reasons) = w.demand_reasons(demands, None);
    let (p_met, p_reasons) = w.plain_reasons(&plains, desc.text.is_empty() && meas.text.is_empty());
    StatementVerdict {
        specific: TextLetter { met: s_met, reasons: s_reasons },
        measurable: TextLetter { met: m_met, reasons: m_reasons },
        achievable: TextLetter { met: a_met, reasons: a_reasons },
        plain: TextLetter { met: p_met, reasons: p_reasons },
        vague: spec.vague.as_slice().iter().map(|v| v.to_string()).collect(),
        jargon: plains.iter().flat_map(|p| p.jargon.iter().map(|(a, b)| (a.to_string(), b.to_string()))).collect(),
        demands,
    }
}

/// SMART verdicts for every outcome, and findings for the quality of their text.
pub fn analyse(plan: &Plan, ctx: &SmartContext) -> (Vec<OutcomeSmart>, Vec<Finding>) {
    let c = data::get();
    let full_name = plan.child.name.as_deref().unwrap_or("").trimmed();
    let given =
        full_name.split_whitespace().next().filter(|g| g.chars().any(|c| text::is_word_char(c) && !c.is_ascii_digit()));
    // Matched against words of the text, which split at hyphens ("Ruby-Mae" → "ruby").
    let given_lower = given
        .and_then(|g| g.split(|c: char| !text::is_word_char(c)).find(|p| !p.is_empty()))
        .map(crate::util::fold::fold);
    let w = Wording::new(c, ctx.authority, given);
    let env = PlanEnv::new(c, &w, ctx, plan, given_lower.as_deref());
    let mut verdicts = Vec::with_capacity(plan.outcomes.len());
    let mut findings = Vec::new();
    let context = cache::context_key(plan, ctx);
    cache::with(|cache| {
        let generation = cache.begin();
        for (i, o) in plan.outcomes.iter().enumerate() {
            let key = cache::outcome_key(context, i, o);
            let keep = match cache.lookup(key, i, context, o, generation) {
                cache::Lookup::Hit(k) => {
                    verdicts.push(k.verdict.clone());
                    findings.extend_from_slice(&k.findings);
                    continue;
                }
                cache::Lookup::Keep => true,
                cache::Lookup::Miss => false,
            };
            let from = findings.len();
            let verdict = env.outcome(i, o, &mut findings);
            if keep {
                cache.keep(key, i, context, o, &verdict, &findings[from..], generation);
            }
            verdicts.push(verdict);
        }
        cache.end(generation);
    });
    (verdicts, findings)
}
