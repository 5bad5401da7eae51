//! SMART outcome analysis and plain-language feedback.
//!
//! For each outcome of a plan: Specific, Measurable, Achievable, Relevant, Time-bound and
//! Plain language, each met or not with its reasons (`OutcomeSmart`), and findings for the
//! *quality of the text* (vague wording, a measure nothing can be counted by, jargon, very
//! long sentences, too many demands, dependence on a scarce service, a target date too
//! soon, no step before the next review). Structural gaps (no measure, no need linked, no
//! target date, no actions) are the engine's findings; here they are only reasons.
//!
//! Everything that is words or numbers — the lists of vague words, observable verbs,
//! records that count as evidence, jargon with its plain replacement, thresholds, and the
//! wording of reasons, messages and hints — lives in `data/smart.json`, embedded at build
//! time and compiled once on first use.
//!
//! A live form re-checks the plan at every keystroke; each thread keeps the results of
//! outcomes that have not changed since the last check (`cache`), so a re-check only works
//! out the outcome being edited.

mod assess;
mod cache;
mod data;
mod rewrite;
mod text;

use crate::plan::{Outcome, Plan};
use crate::report::{Finding, LetterVerdict, OutcomeSmart, Severity};
use crate::rules::template::V;
use crate::util::Blank;
use assess::{Measurable, Plain, Scanned, Specific};
use chrono::NaiveDate;
use data::{cat, Compiled};
use std::fmt::Write;
use text::Bufs;

/// What the engine knows that the SMART analysis needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct SmartContext<'a> {
    /// Short name for messages, e.g. "Reading".
    pub authority: &'a str,
    /// Citation for SMART findings, e.g. "Berkshire West guidance, 'What is a Child in Need Plan?'".
    pub source: &'a str,
    /// The procedure's words about SMART.
    pub quote: Option<&'a str>,
    pub plan_start: Option<NaiveDate>,
    /// The computed next review due date.
    pub next_review: Option<NaiveDate>,
    /// Plan start + the authority's expected plan duration, if any.
    pub max_end: Option<NaiveDate>,
}

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
    let t = TextCheck::new(c, description, measure, None, &[], &mut Vec::new());
    let w = Words::new(c, "", None);
    let (s_met, s_reasons) = w.specific_reasons(&t.spec);
    let (m_met, m_reasons) = w.measurable_reasons(&t.meas_v);
    let (a_met, a_reasons) = w.demand_reasons(t.demands, None);
    let plains = [&t.plain_desc, &t.plain_meas];
    let (p_met, p_reasons) = w.plain_reasons(&plains, &[], t.desc.text.is_empty() && t.meas.text.is_empty());
    StatementVerdict {
        specific: TextLetter { met: s_met, reasons: s_reasons },
        measurable: TextLetter { met: m_met, reasons: m_reasons },
        achievable: TextLetter { met: a_met, reasons: a_reasons },
        plain: TextLetter { met: p_met, reasons: p_reasons },
        vague: t.spec.vague.as_slice().iter().map(|v| v.to_string()).collect(),
        jargon: plains.iter().flat_map(|p| p.jargon.iter().map(|(a, b)| (a.to_string(), b.to_string()))).collect(),
        demands: t.demands,
    }
}

/// SMART verdicts for every outcome, and findings for the quality of their text.
pub fn analyse(plan: &Plan, ctx: &SmartContext) -> (Vec<OutcomeSmart>, Vec<Finding>) {
    let c = data::get();
    let full_name = plan.child.name.as_deref().unwrap_or("").trimmed();
    let given = full_name.split_whitespace().next().filter(|g| g.chars().any(char::is_alphabetic));
    // Matched against words of the text, which split at hyphens ("Ruby-Mae" → "ruby").
    let given_lower = given
        .and_then(|g| g.split(|c: char| !c.is_alphanumeric()).find(|p| !p.is_empty()))
        .map(crate::util::fold::fold);
    let w = Words::new(c, ctx.authority, given);
    let env = PlanEnv {
        c,
        w: &w,
        ctx,
        plan,
        child: given_lower.as_deref(),
        scarce: scarce_services(plan),
        need_ids: {
            // Looked up, not scanned, for each id of each outcome (500 × 500 × 500 at worst).
            let mut ids = crate::util::TextSet::default();
            for n in &plan.needs {
                ids.insert(n.id.as_deref().map_or("", str::trim));
            }
            ids
        },
    };
    let mut verdicts = Vec::with_capacity(plan.outcomes.len());
    let mut findings = Vec::new();
    let mut scratch = Scratch { pool: Vec::new(), actions: Vec::new(), plains: Vec::new() };
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
            let verdict = env.outcome(i, o, &mut findings, &mut scratch);
            if keep {
                cache.keep(key, i, context, o, &verdict, &findings[from..], generation);
            }
            verdicts.push(verdict);
        }
        cache.end(generation);
    });
    (verdicts, findings)
}

// ---------------------------------------------------------------------------------------

/// Reason keys in data/smart.json `text.reasons` (checked by a test).
#[cfg(test)]
pub(crate) const REASON_KEYS: &[&str] = &[
    "specificNoText",
    "specificNoSubject",
    "specificVague",
    "specificMet",
    "specificMetAnchors",
    "measurableNoText",
    "measurableVague",
    "measurableNothing",
    "measurableMet",
    "achievableScarce",
    "achievableTooMany",
    "achievableMet",
    "achievableWait",
    "achievableWaitOwn",
    "achievablePerfect",
    "relevantService",
    "relevantNone",
    "relevantUnknown",
    "relevantMet",
    "timeboundNone",
    "timeboundTooShort",
    "timeboundBeforeStart",
    "timeboundBeyondEnd",
    "timeboundNoInterim",
    "timeboundMet",
    "timeboundMetInterim",
    "plainNoText",
    "plainJargon",
    "plainLong",
    "plainMet",
];

/// Finding templates in data/smart.json `text.findings` (checked by a test).
#[cfg(test)]
pub(crate) const FINDING_KEYS: &[(&str, &str)] = &[
    ("specific", "message"),
    ("specific", "messageNoSubject"),
    ("specific", "messageChange"),
    ("specific", "hint"),
    ("measurable", "message"),
    ("measurable", "gapVague"),
    ("measurable", "gapNothing"),
    ("measurable", "gapRepeats"),
    ("measurable", "hint"),
    ("achievableScarce", "message"),
    ("achievableScarce", "hint"),
    ("achievableTooMany", "message"),
    ("achievableTooMany", "hint"),
    ("achievableWait", "message"),
    ("achievableWait", "messageOwn"),
    ("achievableWait", "hint"),
    ("achievablePerfect", "message"),
    ("achievablePerfect", "hint"),
    ("relevantService", "message"),
    ("relevantService", "hint"),
    ("timeboundTooShort", "message"),
    ("timeboundTooShort", "messageBeforeStart"),
    ("timeboundTooShort", "hint"),
    ("timeboundNoInterim", "message"),
    ("timeboundNoInterim", "hint"),
    ("plainLanguage", "messageJargon"),
    ("plainLanguage", "messageLong"),
    ("plainLanguage", "suffix"),
    ("plainLanguage", "hintJargon"),
    ("plainLanguage", "hintLong"),
    ("plainLanguage", "hintBoth"),
];

/// Description and measure of one outcome, scanned and judged.
struct TextCheck<'a, 'c> {
    desc: Scanned<'a>,
    meas: Scanned<'a>,
    spec: Specific<'a>,
    meas_v: Measurable<'a>,
    plain_desc: Plain<'a, 'c>,
    plain_meas: Plain<'a, 'c>,
    demands: usize,
    /// Jargon explained somewhere in this outcome (ids).
    explained: Vec<u16>,
}

impl<'a, 'c> TextCheck<'a, 'c> {
    fn new(
        c: &'c Compiled,
        description: &'a str,
        measure: &'a str,
        child: Option<&str>,
        more_explained: &[u16],
        pool: &mut Vec<Bufs>,
    ) -> TextCheck<'a, 'c> {
        let desc = Scanned::new(c, description, pool);
        let meas = Scanned::new(c, measure, pool);
        let mut explained = more_explained.to_vec();
        assess::explained(&desc, &mut explained);
        assess::explained(&meas, &mut explained);
        let spec = assess::specific(c, &desc, child);
        let meas_v = assess::measurable(&meas);
        let plain_desc = assess::plain(c, &desc, &explained);
        let plain_meas = assess::plain(c, &meas, &explained);
        let demands = assess::demands(c, &desc);
        TextCheck { desc, meas, spec, meas_v, plain_desc, plain_meas, demands, explained }
    }
}

/// Wording from the data file, filled in for one plan.
struct Words<'a> {
    c: &'a Compiled,
    authority: &'a str,
    name: String,
    possessive: String,
}

impl<'a> Words<'a> {
    fn new(c: &'a Compiled, authority: &'a str, given_name: Option<&str>) -> Words<'a> {
        // The name is quoted in advice: shortened, as every value a message quotes back.
        let name = given_name.map_or_else(|| c.text.the_child.clone(), crate::util::shorten);
        let possessive = if name.ends_with('s') { format!("{name}'") } else { format!("{name}'s") };
        Words { c, authority, name, possessive }
    }

    fn reason(&self, key: &str, vars: &[(&str, V)]) -> String {
        self.c.text.reason(key).render(&[], vars)
    }

    /// A finding template with the plan-wide variables plus `vars`.
    fn finding(&self, group: &str, key: &str, n: usize, vars: &[(&str, V)]) -> String {
        let globals = [
            ("n", V::N(n)),
            ("authority", V::S(self.authority)),
            ("name", V::S(&self.name)),
            ("possessive", V::S(&self.possessive)),
        ];
        self.c.text.finding(group, key).render(&globals, vars)
    }

    /// Marks a letter not met for `key`'s reason (replacing the reason it was met for).
    fn unmet(&self, met: &mut bool, reasons: &mut Vec<String>, key: &str, vars: &[(&str, V)]) {
        if *met {
            reasons.clear();
            *met = false;
        }
        reasons.push(self.reason(key, vars));
    }

    fn specific_reasons(&self, s: &Specific) -> (bool, Vec<String>) {
        if s.no_text {
            return (false, vec![self.reason("specificNoText", &[])]);
        }
        let mut r = Vec::with_capacity(2);
        if s.subject.is_none() && self.c.data.specific.require_subject {
            r.push(self.reason("specificNoSubject", &[]));
        }
        if !s.vague.is_empty() && s.anchors.is_empty() {
            r.push(self.reason("specificVague", &[("terms", V::Q(s.vague.as_slice()))]));
        }
        if s.met {
            r.push(if s.anchors.is_empty() {
                self.reason("specificMet", &[])
            } else {
                self.reason("specificMetAnchors", &[("terms", V::Q(s.anchors.as_slice()))])
            });
        }
        (s.met, r)
    }

    fn measurable_reasons(&self, m: &Measurable) -> (bool, Vec<String>) {
        if m.no_text {
            return (false, vec![self.reason("measurableNoText", &[])]);
        }
        if m.met {
            return (true, vec![self.reason("measurableMet", &[("terms", V::Q(m.strong.as_slice()))])]);
        }
        let mut r = Vec::with_capacity(2);
        if !m.vague.is_empty() {
            r.push(self.reason(
                "measurableVague",
                &[("terms", V::Q(m.vague.as_slice())), ("isAre", V::S(is_are(m.vague.len())))],
            ));
        }
        r.push(self.reason("measurableNothing", &[]));
        (false, r)
    }

    /// Achievable on text alone, plus the scarce service the outcome depends on, if any.
    fn demand_reasons(&self, demands: usize, scarce: Option<&str>) -> (bool, Vec<String>) {
        let max = self.c.data.thresholds.max_demands;
        let mut r = Vec::new();
        if let Some(service) = scarce {
            r.push(self.reason("achievableScarce", &[("service", V::S(service))]));
        }
        if demands > max {
            r.push(self.reason("achievableTooMany", &[("count", V::N(demands)), ("max", V::N(max))]));
        }
        let met = r.is_empty();
        if met {
            r.push(self.reason("achievableMet", &[("count", V::N(demands)), ("things", V::S(things(demands)))]));
        }
        (met, r)
    }

    fn plain_reasons(&self, fields: &[&Plain], actions: &[Plain], no_text: bool) -> (bool, Vec<String>) {
        if no_text {
            return (false, vec![self.reason("plainNoText", &[])]);
        }
        let plains = || fields.iter().copied().chain(actions.iter());
        let mut terms: Vec<&str> = Vec::new();
        for p in plains() {
            for (t, _) in &p.jargon {
                if !terms.contains(t) {
                    terms.push(t);
                }
            }
        }
        let mut r = Vec::new();
        if !terms.is_empty() {
            r.push(self.reason("plainJargon", &[("terms", V::Q(&terms))]));
        }
        let max = self.c.data.thresholds.long_sentence_words as usize;
        for p in plains() {
            if p.longest > 0 {
                r.push(self.reason("plainLong", &[("words", V::N(p.longest as usize)), ("max", V::N(max))]));
            }
        }
        let met = r.is_empty();
        if met {
            r.push(self.reason("plainMet", &[]));
        }
        (met, r)
    }
}

/// The date a first step is due by: the next review, else the target date, else the start.
fn ctx_review(ctx: &SmartContext, o: &Outcome) -> chrono::NaiveDate {
    ctx.next_review.or(o.target_date).or(ctx.plan_start).unwrap_or_default()
}

fn is_are(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

fn things(n: usize) -> &'static str {
    if n == 1 {
        "thing asked"
    } else {
        "things asked"
    }
}

fn short(s: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    let s = s.trimmed();
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()).into(),
        None => s.into(),
    }
}

/// A service the plan marks scarce: its name and provider as words, and how to show it.
struct Scarce {
    words: Vec<Vec<String>>,
    shown: String,
}

fn scarce_services(plan: &Plan) -> Vec<Scarce> {
    let mut out = Vec::new();
    for s in plan.services.iter().filter(|s| s.scarce == Some(true)) {
        let shown = s.name.as_deref().or(s.provider.as_deref()).unwrap_or("").trimmed();
        let words: Vec<Vec<String>> = [s.name.as_deref(), s.provider.as_deref()]
            .into_iter()
            .flatten()
            .filter(|n| n.chars().filter(|c| c.is_alphanumeric()).count() >= 3)
            .map(|n| {
                let t = text::Text::new(n);
                (0..t.toks.len()).map(|i| t.word(i).to_string()).collect::<Vec<String>>()
            })
            .filter(|w| !w.is_empty())
            .collect();
        if !words.is_empty() {
            out.push(Scarce { words, shown: shown.to_string() });
        }
    }
    out
}

/// What is the same for every outcome of one plan.
struct PlanEnv<'p> {
    c: &'p Compiled,
    w: &'p Words<'p>,
    ctx: &'p SmartContext<'p>,
    plan: &'p Plan,
    child: Option<&'p str>,
    scarce: Vec<Scarce>,
    need_ids: crate::util::TextSet<'p>,
}

/// Buffers reused from one outcome to the next.
struct Scratch<'p, 'c> {
    pool: Vec<Bufs>,
    actions: Vec<Scanned<'p>>,
    plains: Vec<Plain<'p, 'c>>,
}

impl<'p> PlanEnv<'p> {
    fn finding(&self, rule: &str, path: String, message: String, hint: String) -> Finding {
        self.finding_as(Severity::Warning, rule, path, message, hint)
    }

    /// A finding of `rule` at `path`, worded by `group`'s `key` and its "hint", both
    /// filled from `vars`. Not inlined: one call per kind of finding keeps the module small.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn flag(
        &self,
        findings: &mut Vec<Finding>,
        severity: Severity,
        rule: &str,
        path: String,
        n: usize,
        group: &str,
        key: &str,
        vars: &[(&str, V)],
    ) {
        let message = self.w.finding(group, key, n, vars);
        let hint = self.w.finding(group, "hint", n, vars);
        findings.push(self.finding_as(severity, rule, path, message, hint));
    }

    fn finding_as(&self, severity: Severity, rule: &str, path: String, message: String, hint: String) -> Finding {
        Finding {
            rule: rule.to_string(),
            item: "smartOutcomes".to_string(),
            severity,
            path,
            message,
            source: self.ctx.source.to_string(),
            quote: self.ctx.quote.map(str::to_string),
            hint: Some(hint),
        }
    }

    fn outcome(
        &self,
        i: usize,
        o: &'p Outcome,
        findings: &mut Vec<Finding>,
        scratch: &mut Scratch<'p, 'p>,
    ) -> OutcomeSmart {
        let (c, w) = (self.c, self.w);
        let n = i + 1;
        let description = o.description.as_deref().unwrap_or("");
        let measure = o.measure.as_deref().unwrap_or("");

        // Actions are read for plain language too; a term explained anywhere in the
        // outcome counts as explained everywhere in it.
        let mut explained_in_actions = Vec::new();
        for a in &o.actions {
            let s = Scanned::new(c, a.description.as_deref().unwrap_or(""), &mut scratch.pool);
            assess::explained(&s, &mut explained_in_actions);
            scratch.actions.push(s);
        }
        let pool = &mut scratch.pool;
        let actions = &scratch.actions;
        let t = TextCheck::new(c, description, measure, self.child, &explained_in_actions, pool);
        scratch.plains.extend(actions.iter().map(|a| assess::plain(c, a, &t.explained)));
        let action_plain = &scratch.plains;

        // What suggestions are built from: the outcome's topic (else its needs'), the person
        // it is about, and what it says will happen.
        let needs: Vec<Scanned> = self.linked_needs(o).map(|d| Scanned::new(c, d, pool)).collect();
        let mut texts: Vec<&Scanned> = vec![&t.desc];
        texts.extend(needs.iter());
        texts.push(&t.meas);
        let topic = rewrite::topic(c, &texts);
        let who = rewrite::who(c, &t.desc, &w.name);
        let service_task = assess::service_task(&t.desc);
        let whole = rewrite::outcome(topic, &w.name, &who);

        // S
        let (s_met, s_reasons) = w.specific_reasons(&t.spec);
        if !s_met && !t.spec.no_text {
            let vague = !t.spec.vague.is_empty() && t.spec.anchors.is_empty();
            let terms = [("terms", V::Q(t.spec.vague.as_slice()))];
            // Only words of change, with a measure that can be checked: advice, not a warning.
            let unsure = vague && t.spec.change_only && t.spec.subject.is_some() && t.meas_v.met;
            let key = match (vague, unsure) {
                (true, true) => "messageChange",
                (true, false) => "message",
                _ => "messageNoSubject",
            };
            let severity = if unsure { Severity::Info } else { Severity::Warning };
            let vars = [terms[0], ("who", V::S(&who)), ("rewrite", V::S(&whole))];
            self.flag(
                findings,
                severity,
                "smart.specific",
                format!("outcomes.{i}.description"),
                n,
                "specific",
                key,
                &vars,
            );
        }

        // M
        let (m_met, m_reasons) = w.measurable_reasons(&t.meas_v);
        if !m_met && !t.meas_v.no_text {
            let v = &t.meas_v.vague;
            let gap = if !v.is_empty() {
                w.finding(
                    "measurable",
                    "gapVague",
                    n,
                    &[("terms", V::Q(v.as_slice())), ("isAre", V::S(is_are(v.len())))],
                )
            } else if assess::repeats(c, &t.meas, &t.desc) {
                w.finding("measurable", "gapRepeats", n, &[])
            } else {
                w.finding("measurable", "gapNothing", n, &[])
            };
            // A specific outcome keeps its own words, with who will check it put first.
            let suggestion = if s_met && service_task.is_none() {
                rewrite::measure(topic, &w.name, &rewrite::statement(c, &t.desc))
            } else {
                whole.clone()
            };
            let text = short(measure, 80);
            let vars = [("text", V::S(&text)), ("gap", V::S(&gap)), ("rewrite", V::S(&suggestion))];
            let path = format!("outcomes.{i}.measure");
            self.flag(findings, Severity::Warning, "smart.measurable", path, n, "measurable", "message", &vars);
        }

        // A
        let scarce = self.scarce_mention(i, o, &t, actions, pool);
        let wait = self.long_wait(o, &t, pool);
        let perfect = [(&t.desc, "description"), (&t.meas, "measure")]
            .into_iter()
            .find_map(|(s, field)| assess::perfection(s).map(|p| (p, field)));
        let (mut a_met, mut a_reasons) = w.demand_reasons(t.demands, scarce.as_ref().map(|(s, _)| *s));
        if let Some((_, clause, own)) = &wait {
            let date = V::D(o.target_date.unwrap_or_default());
            let vars = [("wait", V::S(clause)), ("date", date)];
            let (reason, key) = if *own { ("achievableWaitOwn", "messageOwn") } else { ("achievableWait", "message") };
            w.unmet(&mut a_met, &mut a_reasons, reason, &vars);
            let review = V::D(ctx_review(self.ctx, o));
            let first = c.data.text.rewrites.wait.render(&[], &[("who", V::S(&who)), ("review", review)]);
            let vars = [vars[0], vars[1], ("rewrite", V::S(&first))];
            let path = format!("outcomes.{i}.targetDate");
            self.flag(findings, Severity::Warning, "smart.achievable", path, n, "achievableWait", key, &vars);
        }
        if let Some((term, field)) = perfect {
            w.unmet(&mut a_met, &mut a_reasons, "achievablePerfect", &[("term", V::S(term))]);
            let s = if field == "description" { &t.desc } else { &t.meas };
            let reachable = rewrite::without_perfection(c, s).unwrap_or_else(|| whole.clone());
            let vars = [("term", V::S(term)), ("rewrite", V::S(&reachable))];
            let path = format!("outcomes.{i}.{field}");
            self.flag(findings, Severity::Warning, "smart.achievable", path, n, "achievablePerfect", "message", &vars);
        }
        if let Some((service, path)) = scarce {
            let vars = [("service", V::S(service))];
            self.flag(findings, Severity::Warning, "smart.achievable", path, n, "achievableScarce", "message", &vars);
        }
        let max_demands = c.data.thresholds.max_demands;
        if t.demands > max_demands {
            let vars = [("count", V::N(t.demands)), ("max", V::N(max_demands))];
            let path = format!("outcomes.{i}.description");
            self.flag(findings, Severity::Warning, "smart.achievable", path, n, "achievableTooMany", "message", &vars);
        }

        // R (the engine reports missing and unknown links; here only what the words show)
        let (mut r_met, mut r_reasons) = self.relevant(o);
        if let Some(task) = service_task {
            w.unmet(&mut r_met, &mut r_reasons, "relevantService", &[("term", V::S(task))]);
            let for_child = rewrite::outcome(topic, &w.name, &w.name);
            let vars = [("term", V::S(task)), ("rewrite", V::S(&for_child))];
            let path = format!("outcomes.{i}.description");
            self.flag(findings, Severity::Warning, "smart.relevant", path, n, "relevantService", "message", &vars);
        }

        // T
        let (t_met, t_reasons) = self.timebound(i, o, findings);

        // P
        let no_text = t.desc.text.is_empty() && t.meas.text.is_empty() && actions.iter().all(|a| a.text.is_empty());
        let (p_met, p_reasons) = w.plain_reasons(&[&t.plain_desc, &t.plain_meas], action_plain, no_text);
        if !t.plain_desc.ok() {
            findings.push(self.plain_finding(n, format!("outcomes.{i}.description"), &t.plain_desc));
        }
        if !t.plain_meas.ok() {
            findings.push(self.plain_finding(n, format!("outcomes.{i}.measure"), &t.plain_meas));
        }
        for (j, p) in action_plain.iter().enumerate() {
            if !p.ok() {
                findings.push(self.plain_finding(n, format!("outcomes.{i}.actions.{j}.description"), p));
            }
        }

        let TextCheck { desc, meas, .. } = t;
        desc.recycle(pool);
        meas.recycle(pool);
        for s in needs {
            s.recycle(pool);
        }
        scratch.plains.clear();
        for a in scratch.actions.drain(..) {
            a.recycle(&mut scratch.pool);
        }
        let letter = |l: &str, met: bool, reasons: Vec<String>| LetterVerdict { letter: l.to_string(), met, reasons };
        OutcomeSmart {
            path: format!("outcomes.{i}"),
            letters: vec![
                letter("S", s_met, s_reasons),
                letter("M", m_met, m_reasons),
                letter("A", a_met, a_reasons),
                letter("R", r_met, r_reasons),
                letter("T", t_met, t_reasons),
                letter("P", p_met, p_reasons),
            ],
        }
    }

    /// The first scarce service named in the outcome, and the path of the field naming it.
    fn scarce_mention(
        &self,
        i: usize,
        o: &Outcome,
        t: &TextCheck,
        actions: &[Scanned],
        pool: &mut Vec<Bufs>,
    ) -> Option<(&str, String)> {
        if self.scarce.is_empty() {
            return None;
        }
        let owners: Vec<Scanned> =
            o.actions.iter().map(|a| Scanned::new(self.c, a.owner.as_deref().unwrap_or(""), pool)).collect();
        let found = self.scarce_in(i, t, actions, &owners);
        for s in owners {
            s.recycle(pool);
        }
        found
    }

    fn scarce_in(&self, i: usize, t: &TextCheck, actions: &[Scanned], owners: &[Scanned]) -> Option<(&str, String)> {
        for s in &self.scarce {
            let named = |x: &Scanned| s.words.iter().any(|w| x.contains_words(w));
            let path = if named(&t.desc) {
                Some(format!("outcomes.{i}.description"))
            } else if named(&t.meas) {
                Some(format!("outcomes.{i}.measure"))
            } else {
                (0..actions.len()).find_map(|j| {
                    if named(&actions[j]) {
                        Some(format!("outcomes.{i}.actions.{j}.description"))
                    } else if named(&owners[j]) {
                        Some(format!("outcomes.{i}.actions.{j}.owner"))
                    } else {
                        None
                    }
                })
            };
            if let Some(p) = path {
                return Some((s.shown.as_str(), p));
            }
        }
        None
    }

    /// A wait stated in a need this outcome answers that is longer than the time the
    /// outcome allows ("the waiting list is two years", target in four months), if the
    /// outcome is about what is waited for (they share a word) and not about the wait.
    fn long_wait(&self, o: &Outcome, t: &TextCheck, pool: &mut Vec<Bufs>) -> Option<(i64, String, bool)> {
        let (start, target) = (self.ctx.plan_start?, o.target_date?);
        // "While she waits", "in the meantime": an outcome for the wait itself.
        if t.desc.of(cat::INTERIM).next().is_some() || t.meas.of(cat::INTERIM).next().is_some() {
            return None;
        }
        let allowed = (target - start).num_days();
        // A wait the outcome states itself ("(waiting list 18 months)") counts too.
        for s in [&t.desc, &t.meas] {
            if let Some((days, clause)) = assess::wait(self.c, s, start, true) {
                if days > allowed {
                    return Some((days, clause.trim().to_string(), true));
                }
            }
        }
        let common = assess::COMMON;
        let mut found: Option<(i64, String, bool)> = None;
        for need in self.linked_needs(o) {
            let s = Scanned::new(self.c, need, pool);
            if let Some((days, clause)) = assess::wait(self.c, &s, start, false) {
                let c = Scanned::new(self.c, clause, pool);
                let shared = c.stems(common).any(|w| {
                    Some(w) != self.child.map(|n| n.get(..4).unwrap_or(n))
                        && (t.desc.stems(common).any(|x| x == w) || t.meas.stems(common).any(|x| x == w))
                });
                if days > allowed && shared && found.as_ref().map_or(true, |(d, _, _)| days > *d) {
                    found = Some((days, clause.trim().to_string(), false));
                }
                c.recycle(pool);
            }
            s.recycle(pool);
        }
        found
    }

    /// The descriptions of the plan's needs this outcome is linked to.
    fn linked_needs<'o>(&'o self, o: &'o Outcome) -> impl Iterator<Item = &'p str> + 'o {
        o.needs.iter().filter_map(move |id| {
            let k = self.need_ids.position(id.trimmed())?;
            self.plan.needs[k].description.as_deref().filter(|d| !d.is_blank())
        })
    }

    fn plain_finding(&self, n: usize, path: String, p: &Plain) -> Finding {
        let w = self.w;
        let max = V::N(self.c.data.thresholds.long_sentence_words as usize);
        let terms: Vec<&str> = p.jargon.iter().map(|(t, _)| *t).collect();
        let mut replacements = String::new();
        for (k, (t, plain)) in p.jargon.iter().enumerate() {
            if k > 0 {
                replacements.push_str("; ");
            }
            let _ = write!(replacements, "“{plain}” instead of “{t}”");
        }
        let longest = p.longest as usize;
        let mut message = String::new();
        if !terms.is_empty() {
            message.push_str(&w.finding("plainLanguage", "messageJargon", n, &[("terms", V::Q(&terms))]));
        }
        if p.longest > 0 {
            if !message.is_empty() {
                message.push(' ');
            }
            message.push_str(&w.finding("plainLanguage", "messageLong", n, &[("words", V::N(longest))]));
        }
        message.push_str(&w.finding("plainLanguage", "suffix", n, &[]));
        let hint_key = match (terms.is_empty(), p.longest == 0) {
            (false, false) => "hintBoth",
            (false, true) => "hintJargon",
            _ => "hintLong",
        };
        let hint = w.finding("plainLanguage", hint_key, n, &[("replacements", V::S(&replacements)), ("max", max)]);
        self.finding("smart.plainLanguage", path, message, hint)
    }

    fn relevant(&self, o: &Outcome) -> (bool, Vec<String>) {
        let w = self.w;
        let linked = o.needs.iter().map(|s| s.trimmed()).filter(|s| !s.is_empty());
        if linked.clone().next().is_none() {
            return (false, vec![w.reason("relevantNone", &[])]);
        }
        let index = |id: &str| self.need_ids.position(id);
        // Quoted back: the first five, each shortened (an id can be any text).
        let unknown: Vec<String> =
            linked.clone().filter(|id| index(id).is_none()).take(5).map(crate::util::shorten).collect();
        let unknown: Vec<&str> = unknown.iter().map(String::as_str).collect();
        if !unknown.is_empty() {
            return (
                false,
                vec![w.reason("relevantUnknown", &[("terms", V::Q(&unknown)), ("isAre", V::S(is_are(unknown.len())))])],
            );
        }
        let mut texts: [std::borrow::Cow<str>; 6] = Default::default();
        let mut k = 0;
        for id in linked.take(texts.len()) {
            let need = index(id).and_then(|k| self.plan.needs[k].description.as_deref()).filter(|d| !d.is_blank());
            texts[k] = need.map_or_else(|| id.into(), |d| short(d, 60));
            k += 1;
        }
        let mut shown: [&str; 6] = [""; 6];
        for (s, t) in shown.iter_mut().zip(&texts) {
            *s = t.as_ref();
        }
        (true, vec![w.reason("relevantMet", &[("terms", V::Q(&shown[..k]))])])
    }

    fn timebound(&self, i: usize, o: &Outcome, findings: &mut Vec<Finding>) -> (bool, Vec<String>) {
        let (w, ctx) = (self.w, self.ctx);
        let n = i + 1;
        let Some(target) = o.target_date else {
            return (false, vec![w.reason("timeboundNone", &[])]);
        };
        let mut r = Vec::new();
        let td = V::D(target);
        let min = self.c.data.thresholds.min_target_days;
        if let Some(start) = ctx.plan_start {
            let days = (target - start).num_days();
            if days < min {
                let vars = [
                    ("date", td),
                    ("start", V::D(start)),
                    ("days", V::N(days.max(0) as usize)),
                    ("min", V::N(min.max(0) as usize)),
                ];
                let (reason, message) = if days < 0 {
                    ("timeboundBeforeStart", "messageBeforeStart")
                } else {
                    ("timeboundTooShort", "message")
                };
                r.push(w.reason(reason, &vars));
                let message = w.finding("timeboundTooShort", message, n, &vars);
                let hint = w.finding("timeboundTooShort", "hint", n, &vars);
                findings.push(self.finding("smart.timebound", format!("outcomes.{i}.targetDate"), message, hint));
            }
        }
        if let Some(end) = ctx.max_end {
            if target > end {
                r.push(w.reason("timeboundBeyondEnd", &[("date", td), ("end", V::D(end))]));
            }
        }
        let mut step_before_review = None;
        if let Some(review) = ctx.next_review {
            if target > review {
                let rd = V::D(review);
                if o.actions.iter().any(|a| a.due.is_some_and(|d| d <= review)) {
                    step_before_review = Some(rd);
                } else {
                    r.push(w.reason("timeboundNoInterim", &[("review", rd)]));
                    // With no dated action at all the engine already reports the missing dues.
                    if o.actions.iter().any(|a| a.due.is_some()) {
                        let message = w.finding("timeboundNoInterim", "message", n, &[("date", td), ("review", rd)]);
                        let hint = w.finding("timeboundNoInterim", "hint", n, &[("review", rd)]);
                        findings.push(self.finding(
                            "smart.timebound",
                            format!("outcomes.{i}.targetDate"),
                            message,
                            hint,
                        ));
                    }
                }
            }
        }
        let met = r.is_empty();
        if met {
            r.push(match step_before_review {
                Some(rd) => w.reason("timeboundMetInterim", &[("date", td), ("review", rd)]),
                None => w.reason("timeboundMet", &[("date", td)]),
            });
        }
        (met, r)
    }
}
