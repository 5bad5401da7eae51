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
mod data;
mod rewrite;
mod text;

use crate::plan::{Outcome, Plan};
use crate::report::{Finding, LetterVerdict, OutcomeSmart, Severity};
use crate::rules::template::V;
use crate::util::{action_path, Blank};
use assess::{Plain, Scanned, Specific, WaitIn};
use chrono::NaiveDate;
use data::{cat, Compiled, Limit, Topic};
use text::Hit;

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
    /// The day the plan is checked: what time is left for an outcome counts from here.
    pub today: Option<NaiveDate>,
    /// The computed next review due date.
    pub next_review: Option<NaiveDate>,
    /// Plan start + the authority's expected plan duration, if any.
    pub max_end: Option<NaiveDate>,
    /// The child's 18th birthday, if the plan gives a date of birth and the birthday is after
    /// the plan starts: section 17 help for a child stops there, so an outcome due on or after
    /// it cannot be this plan's. (For a young person already 18 when the plan started no date
    /// in the plan could be before it, and each outcome would be told to find one.)
    pub turns_18: Option<NaiveDate>,
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
    let w = Words::new(c, "", None);
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
    "measurableElsewhere",
    "measurableRepeats",
    "measurableAttendance",
    "measurableIntends",
    "measurableProvided",
    "measurableCount",
    "measurableCountTarget",
    "measurableMet",
    "achievableScarce",
    "achievableTooMany",
    "achievableMet",
    "achievableWait",
    "achievableWaitOwn",
    "achievableCourse",
    "achievablePerfect",
    "achievableTooSoon",
    "achievableDebt",
    "achievableLimit",
    "relevantService",
    "relevantMeetings",
    "relevantUnrelated",
    "relevantNone",
    "relevantUnknown",
    "relevantMet",
    "timeboundNone",
    "timeboundTooShort",
    "timeboundBeforeStart",
    "timeboundBeyondEnd",
    "timeboundAfter18",
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
    ("measurable", "gapAttendance"),
    ("measurable", "gapIntends"),
    ("measurable", "gapProvided"),
    ("measurable", "gapCount"),
    ("measurable", "gapCountTarget"),
    ("measurable", "gapWho"),
    ("measurable", "gapElsewhere"),
    ("measurable", "hintElsewhere"),
    ("measurable", "hintRepeats"),
    ("measurable", "hintWho"),
    ("measurable", "hintAttendance"),
    ("measurable", "hintProvided"),
    ("measurable", "hintCount"),
    ("measurable", "hintCountTarget"),
    ("measurable", "hint"),
    ("achievableScarce", "message"),
    ("achievableScarce", "hint"),
    ("achievableTooMany", "message"),
    ("achievableTooMany", "hint"),
    ("achievableWait", "message"),
    ("achievableWait", "messageOwn"),
    ("achievableWait", "hint"),
    ("achievableCourse", "message"),
    ("achievableCourse", "hint"),
    ("achievablePerfect", "message"),
    ("achievablePerfect", "hint"),
    ("achievableLimit", "message"),
    ("achievableLimit", "hint"),
    ("relevantMeetings", "message"),
    ("relevantMeetings", "hint"),
    ("relevantService", "message"),
    ("relevantService", "hint"),
    ("relevantUnrelated", "message"),
    ("relevantUnrelated", "hint"),
    ("timeboundTooShort", "message"),
    ("timeboundTooShort", "hint"),
    ("timeboundBeforeStart", "message"),
    ("timeboundBeforeStart", "hint"),
    ("timeboundAfter18", "message"),
    ("timeboundAfter18", "hint"),
    ("timeboundNoInterim", "message"),
    ("timeboundNoInterim", "hint"),
    ("plainLanguage", "messageJargon"),
    ("plainLanguage", "messageAlso"),
    ("plainLanguage", "messageLong"),
    ("plainLanguage", "suffix"),
    ("plainLanguage", "hintJargon"),
    ("plainLanguage", "hintLong"),
    ("plainLanguage", "hintBoth"),
];

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
        let name = given_name.map_or_else(|| c.phrase("theChild").to_string(), crate::util::shorten);
        let mut possessive = name.clone();
        possessive.push_str(if name.ends_with('s') { "'" } else { "'s" });
        Words { c, authority, name, possessive }
    }

    fn reason(&self, key: &str, vars: &[(&str, V)]) -> String {
        self.c.templates.reason(key).render(&[], vars)
    }

    /// A finding template with the plan-wide variables plus `vars`.
    fn finding(&self, group: &str, key: &str, n: usize, vars: &[(&str, V)]) -> String {
        let globals = [
            ("n", V::N(n)),
            ("authority", V::S(self.authority)),
            ("name", V::S(&self.name)),
            ("possessive", V::S(&self.possessive)),
        ];
        self.c.templates.finding(group, key).render(&globals, vars)
    }

    /// Marks a letter not met for `key`'s reason (replacing the reason it was met for).
    fn unmet(&self, letter: &mut (bool, Vec<String>), key: &str, vars: &[(&str, V)]) {
        if letter.0 {
            letter.1.clear();
            letter.0 = false;
        }
        letter.1.push(self.reason(key, vars));
    }

    fn specific_reasons(&self, s: &Specific) -> (bool, Vec<String>) {
        if s.no_text {
            return (false, vec![self.reason("specificNoText", &[])]);
        }
        let mut r = Vec::with_capacity(2);
        if s.subject.is_none() && self.c.settings.require_subject {
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

    fn measurable_reasons(&self, m: &assess::Measurable) -> (bool, Vec<String>) {
        if m.no_text {
            return (false, vec![self.reason("measurableNoText", &[])]);
        }
        if m.met {
            return (true, vec![self.reason("measurableMet", &[("terms", V::Q(m.strong.as_slice()))])]);
        }
        // With vague words, only going to sessions is said before them.
        let lack = if m.vague.is_empty() { m.lack() } else { m.attendance.map(assess::Lack::Attendance) };
        if let Some(lack) = &lack {
            let (reason, _, _, terms) = lack_words(lack);
            return (false, vec![self.reason(reason, &[("terms", V::Q(terms))])]);
        }
        let mut r = Vec::with_capacity(2);
        if !m.vague.is_empty() {
            r.push(self.reason(
                "measurableVague",
                &[("terms", V::Q(m.vague.as_slice())), ("isAre", V::S(is_are(m.vague.len())))],
            ));
        }
        r.push(self.reason(if m.elsewhere { "measurableElsewhere" } else { "measurableNothing" }, &[]));
        (false, r)
    }

    /// Achievable on text alone, plus the scarce service the outcome depends on, if any.
    fn demand_reasons(&self, demands: usize, scarce: Option<&str>) -> (bool, Vec<String>) {
        let max = self.c.settings.max_demands;
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

    fn plain_reasons(&self, plains: &[Plain], no_text: bool) -> (bool, Vec<String>) {
        if no_text {
            return (false, vec![self.reason("plainNoText", &[])]);
        }
        let mut terms: Vec<&str> = Vec::new();
        for p in plains {
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
        let max = self.c.settings.long_sentence_words as usize;
        for p in plains {
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

/// The path of outcome `i`'s `field` ("" for the outcome itself): "outcomes.0.measure".
fn path(i: usize, field: &str) -> String {
    crate::util::row_path("outcomes", i, field)
}

/// The letter's reason, the message's gap and the hint for what a measure lacks, and the
/// words it quotes. A measure that repeats the outcome's number needs a record, not a number.
fn lack_words<'l>(lack: &'l assess::Lack) -> (&'static str, &'static str, &'static str, &'l [&'l str]) {
    use assess::Lack;
    match lack {
        Lack::Repeats => ("measurableRepeats", "gapRepeats", "hintRepeats", &[]),
        Lack::Attendance(going) => {
            ("measurableAttendance", "gapAttendance", "hintAttendance", std::slice::from_ref(going))
        }
        Lack::Intends => ("measurableIntends", "gapIntends", "hint", &[]),
        Lack::Provided(given) => ("measurableProvided", "gapProvided", "hintProvided", std::slice::from_ref(given)),
        Lack::Count(what, true) => {
            ("measurableCountTarget", "gapCountTarget", "hintCountTarget", std::slice::from_ref(what))
        }
        Lack::Count(what, false) => ("measurableCount", "gapCount", "hintCount", std::slice::from_ref(what)),
    }
}

/// The one person a family word names, whichever word is used: "mother" and "Mum".
fn kin(w: &str) -> Option<&'static str> {
    Some(match w {
        "mum" | "mother" | "mummy" | "mam" | "mom" => "mum",
        "dad" | "father" | "daddy" => "dad",
        "stepdad" | "stepfather" => "stepdad",
        "stepmum" | "stepmother" => "stepmum",
        "nan" | "nana" | "nanny" | "gran" | "granny" | "grandma" | "grandmother" => "nan",
        "grandad" | "grandpa" | "grandfather" => "grandad",
        _ => return None,
    })
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

/// `s` trimmed, cut to `max_chars` characters with "…" if it is longer.
fn short(s: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
    let s = s.trimmed();
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => {
            let mut cut = s[..i].trim_end().to_string();
            cut.push('…');
            cut.into()
        }
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
        let mut words: Vec<Vec<String>> = Vec::new();
        for n in [s.name.as_deref(), s.provider.as_deref()].into_iter().flatten() {
            let t = text::Text::new(n);
            if n.chars().filter(|&c| text::is_word_char(c)).count() >= 3 && !t.is_empty() {
                words.push((0..t.toks.len()).map(|i| t.word(i).to_string()).collect());
            }
        }
        if !words.is_empty() {
            // Quoted back in messages: shortened, as every value a message quotes is.
            out.push(Scarce { words, shown: crate::util::shorten(shown) });
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
    /// The plan's need ids (trimmed), looked up rather than scanned for each id of each
    /// outcome (500 × 500 × 500 at worst).
    need_ids: crate::util::TextSet<'p>,
}

impl<'p> PlanEnv<'p> {
    /// The descriptions of the plan's needs this outcome is linked to.
    fn linked_needs<'o>(&'o self, o: &'o Outcome) -> impl Iterator<Item = &'p str> + 'o {
        o.needs.iter().filter_map(move |id| self.need(id)?.description.as_deref().filter(|d| !d.is_blank()))
    }

    /// The plan's need with this id.
    fn need(&self, id: &str) -> Option<&'p crate::plan::Need> {
        self.need_ids.position(id.trimmed()).map(|k| &self.plan.needs[k])
    }

    /// Does `suggestion`, a topic's pattern, have `min` different topic words in common with
    /// `with` (the outcome's own description or measure, its needs)? A pattern is offered
    /// only then: "The home is clean, warm and safe" was offered for nappy rash and for
    /// walking up the stairs at home, breakfast for a baby of seven weeks. Two words for a
    /// whole outcome: one ("home", "parenting") is often all a suggestion on another subject
    /// has in common.
    fn shares(&self, suggestion: &str, with: &[&Scanned], min: usize) -> bool {
        let child = self.child.map(assess::first_four);
        let s = Scanned::new(self.c, suggestion);
        // Theirs worked out once, not again for each word of the suggestion.
        let mut theirs: Vec<&str> = Vec::new();
        for x in with {
            theirs.extend(x.topic_stems());
        }
        theirs.sort_unstable();
        // Different words: "home" twice in "The home is clean … home conditions" is one.
        let mut shared: Vec<&str> = Vec::new();
        for w in s.topic_stems().filter(|&w| Some(w) != child && theirs.binary_search(&w).is_ok()) {
            if !shared.contains(&w) {
                shared.push(w);
            }
        }
        shared.len() >= min
    }

    fn finding(&self, severity: Severity, rule: &str, path: String, message: String, hint: String) -> Finding {
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

    /// The verdict on outcome `i`, and its findings added to `findings`.
    fn outcome(&self, i: usize, o: &'p Outcome, findings: &mut Vec<Finding>) -> OutcomeSmart {
        let c = self.c;
        let text = |s: &'p Option<String>| s.as_deref().unwrap_or("");
        let desc = Scanned::new(c, text(&o.description));
        let meas = Scanned::new(c, text(&o.measure));
        let mut actions = Vec::new();
        for a in &o.actions {
            actions.push(Scanned::new(c, text(&a.description)));
        }
        let mut needs = Vec::new();
        for d in self.linked_needs(o) {
            needs.push(Scanned::new(c, d));
        }
        // A term explained anywhere in the outcome counts as explained everywhere in it, and
        // so does one explained in a need it answers, which the family reads in the same
        // plan: "British Sign Language (BSL)" there, "a BSL interpreter" here.
        let mut explained = assess::Explained::default();
        for s in actions.iter().chain([&desc, &meas]).chain(&needs) {
            explained.add(s);
        }
        // What suggestions are built from: the outcome's topic (else its needs'), for a
        // measure in its own words; a topic that answers its need, for a whole outcome
        // instead; the person it is about, and what it says will happen.
        let topic = rewrite::topic(c, &[&desc, &meas], &needs, false);
        let who = rewrite::who(c, &desc, &self.w.name, false, &needs);
        // Whose the need is, for what is theirs ("every health appointment"): the child's if
        // it is said of them ("Jakub (9) has missed his medication review"), else the
        // person the outcome is about ("Mum has missed her mental health appointments").
        let childs = needs.first().is_some_and(|n| {
            n.text.toks.first().is_some_and(|t| !t.has(text::POSSESSIVE)) && n.text.span(0, 1) == self.w.name
        });
        let whose = if childs { &self.w.name } else { &who }.clone();
        let instead = rewrite::topic(c, &[&desc, &meas], &needs, true);
        let whole = rewrite::offered(instead, &self.w.name, &who, &whose);
        let mut one = One {
            env: self,
            i,
            n: i + 1,
            o,
            service_task: assess::service_task(&desc),
            meas_v: assess::measurable(&meas, &desc, self.child),
            desc,
            meas,
            actions,
            needs,
            explained,
            topic,
            instead,
            who,
            whose,
            whole,
            offered: Default::default(),
        };
        if !one.fits(&one.whole) {
            one.whole.clear();
        }
        let (s, s_met) = one.specific(findings);
        let letters = vec![
            s,
            one.measurable(s_met, findings),
            one.achievable(findings),
            one.relevant(findings),
            one.timebound(findings),
            one.plain(findings),
        ];
        OutcomeSmart { path: path(i, ""), letters }
    }
}

/// One outcome being judged: its texts, read once, and what suggestions are built from.
struct One<'e, 'p> {
    env: &'e PlanEnv<'p>,
    i: usize,
    /// Its number in messages ("Outcome 1").
    n: usize,
    o: &'p Outcome,
    desc: Scanned<'p>,
    meas: Scanned<'p>,
    /// What in the measure can be counted or seen.
    meas_v: assess::Measurable<'p>,
    actions: Vec<Scanned<'p>>,
    needs: Vec<Scanned<'p>>,
    /// Terms explained somewhere in the outcome.
    explained: assess::Explained<'p>,
    /// Words that show the outcome is about a service's own work, if it is.
    service_task: Option<&'p str>,
    /// The topic of its measure's suggestion (the outcome's own).
    topic: &'p Topic,
    /// The topic of a whole outcome to suggest instead (one that answers its need).
    instead: &'p Topic,
    /// The person the outcome is about ("Mum", or the child).
    who: String,
    /// The person whose need it is, as far as its first words say (the child, or `who`).
    whose: String,
    /// A whole outcome in the topic's pattern, to suggest instead, if it fits (else empty).
    whole: String,
    /// Rewrites suggested so far.
    offered: std::cell::RefCell<Vec<String>>,
}

fn letter(l: &str, (met, reasons): (bool, Vec<String>)) -> LetterVerdict {
    LetterVerdict { letter: l.to_string(), met, reasons }
}

impl<'p> One<'_, 'p> {
    /// A finding of `rule` at `path`, worded by `group`'s `key` and its "hint", both
    /// filled from `vars`.
    #[allow(clippy::too_many_arguments)]
    fn flag(
        &self,
        findings: &mut Vec<Finding>,
        severity: Severity,
        rule: &str,
        path: String,
        group: &str,
        key: &str,
        vars: &[(&str, V)],
    ) {
        let w = self.env.w;
        let message = w.finding(group, key, self.n, vars);
        let hint = self.once(w.finding(group, "hint", self.n, vars), vars);
        findings.push(self.env.finding(severity, rule, path, message, hint));
    }

    /// Does a topic's whole outcome fit this one: two different topic words in common with
    /// its description, its measure or its needs (`PlanEnv::shares`)?
    fn fits(&self, suggestion: &str) -> bool {
        let with: Vec<&Scanned> = [&self.desc, &self.meas].into_iter().chain(&self.needs).collect();
        self.env.shares(suggestion, &with, 2)
    }

    /// `hint` with its "Try: '…'" only if there is a rewrite in `vars` and it was not
    /// suggested already for this outcome: one suggestion once, not the same under three
    /// letters, and none rather than one that does not fit.
    fn once(&self, mut hint: String, vars: &[(&str, V)]) -> String {
        let rewrite = vars.iter().find_map(|(k, v)| match v {
            V::S(s) if *k == "rewrite" => Some(*s),
            _ => None,
        });
        let Some(rewrite) = rewrite else { return hint };
        let mut offered = self.offered.borrow_mut();
        if rewrite.is_empty() || offered.iter().any(|o| o == rewrite) {
            if let Some(at) = hint.find(" Try: '") {
                hint.truncate(at);
            }
        } else {
            offered.push(rewrite.to_string());
        }
        hint
    }

    /// S, and whether it is met.
    fn specific(&self, findings: &mut Vec<Finding>) -> (LetterVerdict, bool) {
        let c = self.env.c;
        let spec = assess::specific(c, &self.desc, self.env.child, self.explained.marriage);
        let (met, reasons) = self.env.w.specific_reasons(&spec);
        if !met && !spec.no_text {
            let vague = !spec.vague.is_empty() && spec.anchors.is_empty();
            // Only words of change, with a measure that can be checked: the measure says how
            // much, but the outcome still does not say what will change ("Mum improves
            // things"; people labelling outcomes judged all of these not specific).
            let change = vague && spec.change_only && spec.subject.is_some() && self.meas_v.met;
            let key = match (vague, change) {
                (true, true) => "messageChange",
                (true, false) => "message",
                _ => "messageNoSubject",
            };
            let vars =
                [("terms", V::Q(spec.vague.as_slice())), ("who", V::S(&self.who)), ("rewrite", V::S(&self.whole))];
            self.flag(
                findings,
                Severity::Warning,
                "smart.specific",
                path(self.i, "description"),
                "specific",
                key,
                &vars,
            );
        }
        (letter("S", (met, reasons)), met)
    }

    fn measurable(&self, s_met: bool, findings: &mut Vec<Finding>) -> LetterVerdict {
        let (c, w, n) = (self.env.c, self.env.w, self.n);
        let m = &self.meas_v;
        let verdict = w.measurable_reasons(m);
        if !verdict.0 && !m.no_text {
            let v = &m.vague;
            // "His teacher assesses his English", "issued by the SEND team": someone is named,
            // not what they look for ("kept off school" names no one).
            let meas = &self.meas;
            // Nor "Maisie to tell the social worker how she is finding it" (reading 14).
            let told =
                |i: usize| i > 1 && meas.text.word(i - 1) == "the" && matches!(meas.text.word(i - 2), "tell" | "tells");
            let checker = |h: &Hit| {
                h.start < 3 || (h.start > 0 && meas.text.word(h.start as usize - 1) == "by") || told(h.start as usize)
            };
            let names_who = v.is_empty() && !m.repeats && meas.of(cat::ROLE).any(checker);
            // What the measure lacks, for the message, and the hint that goes with it.
            let lack = m.lack();
            let (gap, hint, terms): (&str, &str, &[&str]) = if !v.is_empty() {
                ("gapVague", "hint", v.as_slice())
            } else if let Some(lack) = &lack {
                let (_, gap, hint, terms) = lack_words(lack);
                (gap, hint, terms)
            } else if names_who {
                ("gapWho", "hintWho", &[])
            } else if m.elsewhere {
                ("gapElsewhere", "hintElsewhere", &[])
            } else {
                ("gapNothing", "hint", &[])
            };
            let gap = w.finding("measurable", gap, n, &[("terms", V::Q(terms)), ("isAre", V::S(is_are(terms.len())))]);
            // A specific outcome keeps its own words, with who will check it put first.
            // Only if that passes this check itself: not "The clinic confirms that Sienna's
            // diabetes is better controlled".
            // And only with a record that can show it: one that shares a word with what the
            // outcome says, or with what the topic's record shows (its pattern): the school
            // for "Rhys arrives at school on time", not for "Hope is reading at the level
            // expected for her age", nor the clinic for "Mum puts Tommy's cream on at bedtime".
            let own_words = (s_met && self.service_task.is_none())
                .then(|| {
                    let (witness, statement) =
                        (rewrite::witness(self.topic, &w.name), rewrite::statement(c, &self.desc));
                    let shows = rewrite::outcome(self.topic, &w.name, &self.who, &self.whose);
                    let said = Scanned::new(c, &statement);
                    // Nor one that keeps a word another check flags: "sees that the home is
                    // warmer", "shows 100% attendance", "shows that Mum engages".
                    let flagged = [cat::VAGUE, cat::CHANGE, cat::MEASURE_VAGUE, cat::PERFECTION, cat::JARGON];
                    let vague = flagged.iter().any(|&k| said.of(k).next().is_some());
                    // Nor a record of one topic for an outcome that is also about another: the
                    // school cannot confirm a phone handed to Mum at 10pm, nor drug tests a
                    // 9pm curfew.
                    let own = c.topics.iter().position(|t| std::ptr::eq(t, self.topic)).map_or(0, |k| 1u32 << k);
                    let alone = assess::topics_besides_people(&said) & !own == 0;
                    // Nor why something does not happen: the school sees a day missed, not
                    // that Aaliyah "is not kept off school to look after her brother" ("to"
                    // and a verb; not "late to school", "to bed", "to the shop", "to Nan's").
                    let why_not = said.of(cat::NEGATION).next().is_some_and(|h| {
                        const WHERE: u64 = 1 << cat::DETERMINER | 1 << cat::PLACE | 1 << cat::NOT_NAME;
                        let t = &said.text;
                        (h.end as usize + 1..t.toks.len()).any(|j| {
                            t.word(j - 1) == "to" && t.toks[j].starts & WHERE == 0 && !t.toks[j].has(text::CAP)
                        })
                    });
                    let fits = !vague
                        && alone
                        && !why_not
                        && [&witness, &shows].into_iter().any(|r| self.env.shares(r, &[&said], 1));
                    fits.then(|| rewrite::measure(&witness, &statement))
                })
                .flatten()
                .filter(|m| assess::measurable(&Scanned::new(c, m), &self.desc, None).met);
            // A specific outcome whose own words no record fits gets no stock outcome in their
            // place: "Mum goes to 10 of the 12 sessions" does not show that she has stopped
            // smacking.
            let suggestion = own_words.unwrap_or_else(|| if s_met { String::new() } else { self.whole.clone() });
            let text = short(self.meas.text.orig, 80);
            let vars = [("text", V::S(&text)), ("gap", V::S(&gap)), ("rewrite", V::S(&suggestion))];
            let message = w.finding("measurable", "message", n, &vars);
            let hint = self.once(w.finding("measurable", hint, n, &vars), &vars);
            findings.push(self.env.finding(
                Severity::Warning,
                "smart.measurable",
                path(self.i, "measure"),
                message,
                hint,
            ));
        }
        letter("M", verdict)
    }

    fn achievable(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
        let (c, w, i) = (self.env.c, self.env.w, self.i);
        let scarce = self.scarce_mention();
        let demands = assess::demands(c, &self.desc);
        let mut verdict = w.demand_reasons(demands, scarce.as_ref().map(|(s, _)| *s));
        const A: &str = "smart.achievable";
        if let Some((clause, days, from)) = self.long_wait() {
            let date = V::D(self.o.target_date.unwrap_or_default());
            // Rounded up: a 30-week course is "about 30 weeks".
            let weeks = V::N(usize::try_from((days + 6) / 7).unwrap_or(0));
            let vars = [("wait", V::S(&clause)), ("date", date), ("weeks", weeks)];
            // A course longer than the time left is no wait for something the family cannot
            // get: the outcome asks for too much at once, and says so in its own words.
            let (reason, group, key) = match from {
                WaitIn::Outcome => ("achievableWaitOwn", "achievableWait", "messageOwn"),
                WaitIn::Need { .. } => ("achievableWait", "achievableWait", "message"),
                WaitIn::NeedCourse => ("achievableCourse", "achievableCourse", "message"),
            };
            w.unmet(&mut verdict, reason, &vars);
            // No outcome offered for the meantime: "on the waiting list by the review" was
            // already true for most families whose need states the wait (readers: 13 of 23
            // unusable), and what helps while they wait is the family's own.
            self.flag(findings, Severity::Warning, A, path(i, "targetDate"), group, key, &vars);
        }
        // In each field that asks for it, so that mending the description does not bring
        // up the measure's "100% attendance" next.
        let mut reason = true;
        for (s, field) in [(&self.desc, "description"), (&self.meas, "measure")] {
            let Some(term) = assess::perfection(s, field == "measure") else { continue };
            if std::mem::take(&mut reason) {
                w.unmet(&mut verdict, "achievablePerfect", &[("term", V::S(term))]);
            }
            // No outcome offered, only what to ask for: "never" made an allowed amount set, in a
            // plan the family reads, how often a child may be hurt or shouted at ("Kian will
            // hit his sister no more than once a week"; readers of readings 7 and 8), and a
            // topic's stock outcome kept the fault ("clean, warm and safe at every visit" for
            // "from now on", reading 8).
            let vars = [("term", V::S(term))];
            self.flag(findings, Severity::Warning, A, path(i, field), "achievablePerfect", "message", &vars);
        }
        if let Some((term, days, debt)) = self.too_soon() {
            let date = V::D(self.o.target_date.unwrap_or_default());
            let (reason, key) = if debt { ("achievableDebt", "messageDebt") } else { ("achievableTooSoon", "message") };
            // No topic's whole change offered as the first step the hint asks for: "a negative
            // test at every weekly appointment" was, to a mother who has had fits when she
            // stopped drinking. A debt keeps its pattern, if it fits (paying the rent).
            let first = if debt { self.whole.clone() } else { String::new() };
            let vars = [("term", V::S(term)), ("days", V::N(days)), ("date", date), ("rewrite", V::S(&first))];
            w.unmet(&mut verdict, reason, &vars);
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableTooSoon", key, &vars);
        }
        if let Some((limit, l)) = self.ruled_out() {
            let instead = rewrite::capitalised(&l.rewrite.render(&[], &[("who", V::S(&self.who))]));
            let vars = [("limit", V::S(limit)), ("why", V::S(&l.why)), ("rewrite", V::S(&instead))];
            w.unmet(&mut verdict, "achievableLimit", &vars);
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableLimit", "message", &vars);
        }
        if let Some((service, at)) = scarce {
            let vars = [("service", V::S(service))];
            self.flag(findings, Severity::Warning, A, at, "achievableScarce", "message", &vars);
        }
        let max = c.settings.max_demands;
        if demands > max {
            let vars = [("count", V::N(demands)), ("max", V::N(max))];
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableTooMany", "message", &vars);
        }
        letter("A", verdict)
    }

    /// A complete change asked for in too little time: "fully toilet trained" in a week,
    /// "off methadone altogether" in three (counted from today, or from the plan's start if
    /// later), or a change that takes months in a few weeks ("moves to a new council house",
    /// "passes her driving test"); or a large debt all paid off ("pays off all £8,000 of the
    /// arrears") with no amount a week or a month to pay it by. Returns the words, the days
    /// left and whether it is the debt.
    fn too_soon(&self) -> Option<(&'p str, usize, bool)> {
        let (c, ctx, target) = (self.env.c, self.env.ctx, self.o.target_date?);
        let from = ctx.today.max(ctx.plan_start)?;
        let days = (target - from).num_days();
        if days < 1 {
            return None;
        }
        let desc = &self.desc;
        // "Back at school full time by 18 December, adding an hour a day each week".
        let gradual = desc.said(cat::GRADUAL).next().is_some();
        // Not "Ruby will not walk on her own near the main road".
        let within = |kind, max_days| {
            desc.said(kind).find(|h| !desc.denied(h.start as usize, &[])).filter(|_| days <= max_days && !gradual)
        };
        let hit = within(cat::COMPLETE, c.settings.complete_change_days)
            .or_else(|| within(cat::BIG_CHANGE, c.settings.big_change_days));
        if let Some(h) = hit {
            return Some((desc.span(h), days as usize, false));
        }
        // "£50 a month towards the £8,000": a repayment plan, which is achievable; "clears
        // the garden and saves £1,000" is no debt.
        let named = |c: u8| desc.said(c).next().is_some();
        if !named(cat::PAY_OFF) || !named(cat::DEBT) || desc.of(cat::QUANTITY).next().is_some() {
            return None;
        }
        let (amount, shown) = assess::largest_sum(desc.text.orig)?;
        (amount >= c.settings.large_debt_pounds).then_some((shown, days as usize, true))
    }

    /// What the family's circumstances, as a linked need states them, rule out and the
    /// outcome asks for: "no recourse to public funds" and "claims Universal Credit"; "Dad
    /// is in prison" and "Dad will do bedtime at home" (a person's limit, for an outcome
    /// that names them, unless it says another way: "on the prison phone"). The need's
    /// words and why (`limits` in data/smart.json).
    fn ruled_out(&self) -> Option<(&'p str, &'p Limit)> {
        let (c, desc, child) = (self.env.c, &self.desc, self.env.child);
        // Nothing to rule out when no need it answers states a limit.
        if self.needs.iter().all(|n| n.of(cat::LIMIT_NEED).next().is_none()) {
            return None;
        }
        // What the outcome asks that a limit rules out (not "will not look for paid work
        // until the claim is decided"), and whom each is about, found once: the people named
        // before it in its clause ("Filip will see Dad at home" is Dad's too; "…, and Kayden
        // will have a dry bed at home" only Kayden's), else the nearest one before it ("Mum
        // will take letters to Nan, who will fill in the forms" is Nan's); "" if nobody is.
        let mut asks: Vec<(u16, &str)> = Vec::new();
        // The first 64 asks are plenty for an outcome a person wrote; a pasted essay with
        // thousands would be looked through again for each (each looks back through its
        // sentence).
        for h in desc.said(cat::LIMIT_OUTCOME).filter(|h| !desc.denied(h.start as usize, &[])).take(64) {
            let at = h.start as usize;
            let (from, _) = desc.clause(at);
            let mut people = desc.people_before(at, child).peekable();
            let nearest = people.peek().copied();
            // Each person once per limit: an outcome that asks the same of the same people
            // a thousand times is still one list to look through.
            let mut add = |who| {
                if !asks.contains(&(h.id, who)) {
                    asks.push((h.id, who));
                }
            };
            let mut found = false;
            for j in people.take_while(|&j| j >= from) {
                found = true;
                add(desc.text.word(j));
            }
            if !found {
                add(nearest.map_or("", |j| desc.text.word(j)));
            }
        }
        // What takes limit `id` back, not denied ("no longer", not "no part-time work").
        fn unless<'s>(s: &'s Scanned, id: u16) -> impl Iterator<Item = &'s Hit> + 's {
            s.of(cat::LIMIT_UNLESS).filter(move |h| h.id == id && !s.denied(h.start as usize, &["no", "without"]))
        }
        // "Mum, who is British": a family's limit ("no recourse to public funds") is someone
        // else's in the family when anything said of anyone takes it back; not "does not have
        // settled status", "has no right to work".
        let exempt = |id: u16| {
            let family = c.limits.get(id as usize).is_some_and(|l| !l.person);
            let another_way = desc.of(cat::LIMIT_INSTEAD).any(|h| h.id == id);
            another_way
                || [desc, &self.meas]
                    .into_iter()
                    .chain(self.needs.iter().filter(|_| family))
                    .any(|s| unless(s, id).next().is_some())
        };
        // The limits asked of, and not exempt, each looked at once (a need pasted long
        // states the same limit many times).
        let mut open: Vec<u16> = Vec::new();
        for &(id, _) in &asks {
            if !open.contains(&id) && !exempt(id) {
                open.push(id);
            }
        }
        // A limit of one person's ("Dad is in prison", "Mum cannot read") holds only for an
        // outcome that asks it of them: "Mum will do the school run" is no concern of Dad's.
        let concerns_them = |need: &Scanned, h: &Hit| {
            let Some(limit) = c.limits.get(h.id as usize) else { return false };
            if !limit.person {
                return true;
            }
            let mut named = need.people_before(h.start as usize, child);
            let Some(p) = named.next() else { return false };
            // "The family have no car", "the parents cannot read", "his parents cannot read the
            // posts": everyone's.
            // Not "the family support worker", "Mum's parents", "his foster parents".
            let everyone = matches!(need.text.word(p), "family" | "parents")
                && !need.is(p, cat::ROLE)
                && matches!(
                    need.text.word_or_none(p.wrapping_sub(1)),
                    "the" | "our" | "their" | "whole" | "both" | "his" | "her"
                );
            if everyone {
                return true;
            }
            // "Mehreen's mother is in hospital" and "Mum will take Mehreen": one person; not
            // "Dad's mother", who is a grandmother.
            let toks = &need.text.toks;
            let of_kin = p > 0 && toks[p - 1].has(text::POSSESSIVE) && need.is(p - 1, cat::TITLE);
            // "Kayden's dad, Lee, is in prison", "Dad (Lee, 34)", "Dad Omar (36)", "Nan, Mum's
            // mother, is …": a name and who they are, one person, in brackets or closed off;
            // not "lives with Mum; Lee works 14-hour days", "Dad – Mum works …" nor "Mum, Lee
            // works …".
            let k = p - of_kin as usize;
            let q = named.find(|&q| q < k).filter(|&q| {
                let closed = toks.get(p + 1).is_some_and(|t| t.has(text::BARRIER_BEFORE));
                let apart = toks[k].has(text::BARRIER_BEFORE);
                q + 1 == k
                    && (toks[k].has(text::IN_PAREN)
                        || apart && closed
                        || !apart && need.is(q, cat::SUBJECT) && toks[k].unlisted_capital())
            });
            // Of "Dad's mum" only her name, if it is given, is compared: the outcome's "Mum" is
            // someone else ("Dad's partner" is still the partner).
            let (p, q) = (need.text.word(p), q.map(|q| need.text.word(q)));
            let same = |w: &str, x: &str| w == x || kin(w).is_some() && kin(w) == kin(x);
            let them = |w: &str| (!of_kin || kin(p).is_none()) && same(w, p) || q.is_some_and(|q| same(w, q));
            // Taken back by what the need says of them, or of nobody named (not the child):
            // "Dad works 12 hour shifts, only at weekends", "…. He is now part-time"; not "Dad
            // works 12 hour shifts and Tyler sees Nan only at weekends" nor "Mum no longer works
            // nights, but Dad works …". The first 16 are plenty.
            let taken_back = unless(need, h.id).take(16).any(|u| {
                let mut said_of = need.people_before(u.start as usize, None).map(|j| need.text.word(j));
                said_of.find(|&w| Some(w) != child).map_or(true, them)
            });
            let mut mine = asks.iter().filter(|a| a.0 == h.id);
            !taken_back && (mine.clone().any(|&(_, w)| them(w)) || mine.any(|a| a.1.is_empty()) && desc.has_word(p))
        };
        // The first 64 times a need states a limit asked of are plenty, as for the asks: each
        // looks back through its sentence for whose it is.
        self.needs.iter().find_map(|need| {
            let mut stated = need.of(cat::LIMIT_NEED).filter(|h| open.contains(&h.id)).take(64);
            let h = stated.find(|h| concerns_them(need, h))?;
            Some((need.span(h), c.limits.get(h.id as usize)?))
        })
    }

    /// The first scarce service named in the outcome, and the path of the field naming it.
    fn scarce_mention(&self) -> Option<(&str, String)> {
        let i = self.i;
        for s in &self.env.scarce {
            let named = |x: &Scanned| s.words.iter().any(|w| x.contains_words(w));
            let named_in_action = |j: usize| {
                let owner = self.o.actions[j].owner.as_deref().unwrap_or("");
                if named(&self.actions[j]) {
                    Some(action_path(i, j, "description"))
                } else if named(&Scanned::new(self.env.c, owner)) {
                    Some(action_path(i, j, "owner"))
                } else {
                    None
                }
            };
            let at = if named(&self.desc) {
                Some(path(i, "description"))
            } else if named(&self.meas) {
                Some(path(i, "measure"))
            } else {
                (0..self.actions.len()).find_map(named_in_action)
            };
            if let Some(at) = at {
                return Some((s.shown.as_str(), at));
            }
        }
        None
    }

    /// A wait longer than the time the outcome allows, and whether the outcome states it
    /// itself: stated in the outcome ("the 26-week programme"), or in a need it answers
    /// ("the waiting list is two years", target in four months) if the outcome is about
    /// what is waited for (they share a word) and not about the wait, nor about where
    /// someone now is ("visits Dad in prison" and "Dad is in prison until 2028").
    fn long_wait(&self) -> Option<(String, i64, WaitIn)> {
        let env = self.env;
        let (start, target) = (env.ctx.plan_start?, self.o.target_date?);
        let outcome_has = |c: u8| [&self.desc, &self.meas].iter().any(|s| s.of(c).next().is_some());
        // "While she waits", "in the meantime": an outcome for the wait itself.
        if outcome_has(cat::INTERIM) {
            return None;
        }
        let allowed = (target - start).num_days();
        for s in [&self.desc, &self.meas] {
            if let Some((days, clause)) = assess::wait(s, start, WaitIn::Outcome) {
                if days > allowed {
                    return Some((clause.trim().to_string(), days, WaitIn::Outcome));
                }
            }
        }
        // "Kayden visits Dad in prison": not held up by "Dad is in prison until 2028".
        let besides_where = outcome_has(cat::NEED_INTERIM);
        // "Jack will complete the programme", where the need says how long it is; not
        // "complete the first 8 sessions of the programme" nor "complete the homework".
        let finishes = assess::finishes_course(&self.desc);
        let mut found: Option<(i64, &str, WaitIn)> = None;
        let kinds = [WaitIn::Need { besides_where }, WaitIn::NeedCourse];
        let waits = self.needs.iter().flat_map(|need| {
            kinds
                .iter()
                .filter(|&&k| finishes || k != WaitIn::NeedCourse)
                .filter_map(move |&k| assess::wait(need, start, k).map(|(d, c)| (d, c, k)))
        });
        for (days, clause, from) in waits {
            let said = Scanned::new(env.c, clause);
            // "CAMHS said the wait is 14 months" holds up "therapy with the children's mental
            // health service": an acronym's plain words are the clause's too. Each acronym
            // once: a pasted clause says the same ones thousands of times.
            let mut asked: Vec<u16> = Vec::new();
            let plain = |h: &Hit| {
                if !assess::jargon_applies(env.c, &said, h) || asked.contains(&h.id) {
                    return false;
                }
                asked.push(h.id);
                self.shares_a_word(&Scanned::new(env.c, &env.c.jargon[h.id as usize].plain), assess::COMMON)
            };
            // Not "waiting" itself: "Dad is waiting for a judge" is no outcome held up by the wait.
            const WORDS: u64 = assess::COMMON | 1 << cat::WAIT;
            let shared = self.shares_a_word(&said, WORDS) || said.of(cat::JARGON).any(plain);
            if days > allowed && shared && found.map_or(true, |(d, _, _)| days > d) {
                found = Some((days, clause, from));
            }
        }
        found.map(|(days, clause, from)| (clause.trim().to_string(), days, from))
    }

    /// Does `other` share a word with the description or the measure (four letters or more,
    /// cut to four, not the child's name nor of the categories in `common`)? The outcome's
    /// words sorted, so that a need and an outcome both pasted long are not compared word
    /// by word (seconds a keystroke).
    fn shares_a_word(&self, other: &Scanned, common: u64) -> bool {
        let child = self.env.child.map(assess::first_four);
        let mut own: Vec<&str> = Vec::new();
        for s in [&self.desc, &self.meas] {
            own.extend(s.stems(common));
        }
        own.sort_unstable();
        other.stems(common).any(|w| Some(w) != child && own.binary_search(&w).is_ok())
    }

    /// R: linked to a need the plan has (the engine reports missing and unknown links),
    /// and about a change for the child or family rather than a service's own work.
    fn relevant(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
        let w = self.env.w;
        let mut verdict = self.links();
        if let Some(task) = self.service_task {
            w.unmet(&mut verdict, "relevantService", &[("term", V::S(task))]);
            let who = rewrite::who(self.env.c, &self.desc, &w.name, true, &self.needs);
            let for_them = rewrite::offered(self.instead, &w.name, &who, &self.whose);
            let for_them = if self.fits(&for_them) { for_them } else { String::new() };
            let vars = [("term", V::S(task)), ("rewrite", V::S(&for_them))];
            let at = path(self.i, "description");
            self.flag(findings, Severity::Warning, "smart.relevant", at, "relevantService", "message", &vars);
        } else if let Some(term) = assess::meetings(&self.desc) {
            w.unmet(&mut verdict, "relevantMeetings", &[("term", V::S(term))]);
            let vars = [("term", V::S(term))];
            let at = path(self.i, "description");
            self.flag(findings, Severity::Warning, "smart.relevant", at, "relevantMeetings", "message", &vars);
        } else if let Some(need) = self.unrelated() {
            let need = short(need, 80);
            w.unmet(&mut verdict, "relevantUnrelated", &[("need", V::S(&need))]);
            let vars = [("need", V::S(&need))];
            // Topics and words in common are a rough guide, so the message asks rather than
            // tells ("seems", "check that it answers it"); README "SMART analysis" has why it
            // is a warning. It offers no outcome instead: one from the need's topic alone
            // (its stock sentence) was wrong for the need more often than right, as readers
            // found (8 of 12).
            let at = path(self.i, "needs");
            self.flag(findings, Severity::Warning, "smart.relevant", at, "relevantUnrelated", "message", &vars);
        }
        letter("R", verdict)
    }

    /// The need this outcome is linked to, if the two seem to have nothing in common: no
    /// topic (school, sleep, money, …) of one is the other's or related to it, and they
    /// share no word that says what they are about. A need with a worry for the child's
    /// safety (`concern`: being hit) counts only that worry's related topics, beside its
    /// own. Only when every linked need is like that, and both outcome and need have a
    /// topic.
    fn unrelated(&self) -> Option<&'p str> {
        let c = self.env.c;
        // Not from the measure alone when the outcome is vague: "Musa's basic needs will be
        // met" is told so, and its measure of school shoes and a coat is no sign that it is
        // about something else (reading 14); "Sam will learn to swim 25 metres" is told by
        // its swimming certificate.
        let own = assess::topics_besides_people(&self.desc);
        if own == 0 && self.desc.of(cat::VAGUE).next().is_some() {
            return None;
        }
        let mine = own | assess::topics_besides_people(&self.meas);
        if mine == 0 {
            return None;
        }
        let mut first = None;
        for need in &self.needs {
            let theirs = assess::topics(need);
            // A need about a worry for the child's safety is answered by that worry's topics
            // or by any of the need's own, not by what is only near its other topics.
            let basis = if theirs & c.concerns != 0 { theirs & c.concerns } else { theirs };
            let near = theirs | c.near_any(basis);
            let shared = self.shares_a_word(need, assess::NOT_TOPICAL);
            if theirs == 0 || mine & near != 0 || shared {
                return None;
            }
            first = first.or(Some(need.text.orig));
        }
        first
    }

    fn links(&self) -> (bool, Vec<String>) {
        let (env, w) = (self.env, self.env.w);
        let linked = self.o.needs.iter().map(|s| s.trimmed()).filter(|s| !s.is_empty());
        if linked.clone().next().is_none() {
            return (false, vec![w.reason("relevantNone", &[])]);
        }
        // Quoted back: the first five unknown ids, each shortened (an id can be any text).
        let mut unknown: Vec<String> = Vec::new();
        let mut texts: Vec<std::borrow::Cow<str>> = Vec::new();
        for id in linked {
            match env.need(id) {
                None if unknown.len() < 5 => unknown.push(crate::util::shorten(id)),
                None => {}
                Some(need) if texts.len() < 6 => {
                    let d = need.description.as_deref().filter(|d| !d.is_blank());
                    texts.push(d.map_or_else(|| id.into(), |d| short(d, 60)));
                }
                Some(_) => {}
            }
        }
        let unknown: Vec<&str> = unknown.iter().map(String::as_str).collect();
        if !unknown.is_empty() {
            let vars = [("terms", V::Q(&unknown)), ("isAre", V::S(is_are(unknown.len())))];
            return (false, vec![w.reason("relevantUnknown", &vars)]);
        }
        let mut shown: Vec<&str> = Vec::new();
        for t in &texts {
            shown.push(t);
        }
        (true, vec![w.reason("relevantMet", &[("terms", V::Q(&shown))])])
    }

    fn timebound(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
        let (env, w, o) = (self.env, self.env.w, self.o);
        let ctx = env.ctx;
        let Some(target) = o.target_date else {
            return letter("T", (false, vec![w.reason("timeboundNone", &[])]));
        };
        let mut r = Vec::new();
        let td = V::D(target);
        let min = env.c.settings.min_target_days;
        if let Some(start) = ctx.plan_start {
            let days = (target - start).num_days();
            if days < min {
                let vars = [
                    ("date", td),
                    ("start", V::D(start)),
                    ("days", V::N(days.max(0) as usize)),
                    ("min", V::N(min.max(0) as usize)),
                ];
                // On or before the start, not "only 0 days after" (`engine::run` leaves this
                // out where the procedure's own rule has already said it).
                let key = if days <= 0 { "timeboundBeforeStart" } else { "timeboundTooShort" };
                r.push(w.reason(key, &vars));
                let at = path(self.i, "targetDate");
                self.flag(findings, Severity::Warning, "smart.timebound", at, key, "message", &vars);
            }
        }
        if let Some(end) = ctx.max_end {
            if target > end {
                r.push(w.reason("timeboundBeyondEnd", &[("date", td), ("end", V::D(end))]));
            }
        }
        if let Some(adult) = ctx.turns_18.filter(|b| target >= *b) {
            let vars = [("date", td), ("birthday", V::D(adult))];
            r.push(w.reason("timeboundAfter18", &vars));
            let at = path(self.i, "targetDate");
            self.flag(findings, Severity::Warning, "smart.timebound", at, "timeboundAfter18", "message", &vars);
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
                        let vars = [("date", td), ("review", rd)];
                        let at = path(self.i, "targetDate");
                        self.flag(
                            findings,
                            Severity::Warning,
                            "smart.timebound",
                            at,
                            "timeboundNoInterim",
                            "message",
                            &vars,
                        );
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
        letter("T", (met, r))
    }

    /// P: the description, the measure and every action's description.
    fn plain(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
        let c = self.env.c;
        let mut plains: Vec<Plain> = Vec::new();
        let mut no_text = true;
        for s in [&self.desc, &self.meas].into_iter().chain(&self.actions) {
            plains.push(assess::plain(c, s, &self.explained));
            no_text &= s.text.is_empty();
        }
        // The letter's reason names every word, as typed in each field.
        let verdict = self.env.w.plain_reasons(&plains, no_text);
        // A word in both the description and the measure is named once, on the description,
        // which says it is also in the measure: readers counted a second warning for the same
        // word as noise. Words the same when their plain words are ("IDVA", "IDVA's").
        let unknown = c.phrase("unknownAcronym");
        let mut also: Vec<&str> = Vec::new();
        if let [first, second, ..] = &mut plains[..] {
            second.jargon.retain(|&(t, p)| {
                let named = first.jargon.iter().any(|&(u, q)| q == p && (p != unknown || t == u));
                if named {
                    also.push(t);
                }
                !named
            });
        }
        for (k, p) in plains.iter().enumerate() {
            if !p.ok() {
                // Which field, so that a word only in the measure is looked for there.
                let (at, field) = match k {
                    0 => (path(self.i, "description"), String::new()),
                    1 => (path(self.i, "measure"), "'s measure".to_string()),
                    _ => (action_path(self.i, k - 2, "description"), format!("'s action {}", k - 1)),
                };
                findings.push(self.plain_finding(at, p, &field, if k == 0 { &also } else { &[] }));
            }
        }
        letter("P", verdict)
    }

    fn plain_finding(&self, at: String, p: &Plain, field: &str, also: &[&str]) -> Finding {
        let (w, n) = (self.env.w, self.n);
        let max = V::N(self.env.c.settings.long_sentence_words as usize);
        let terms: Vec<&str> = p.jargon.iter().map(|(t, _)| *t).collect();
        let mut replacements = String::new();
        // An acronym cinplan does not know: "“OT” written out in full", not "“the words in
        // full” instead of “OT”".
        let unknown = self.env.c.phrase("unknownAcronym");
        for (k, (t, plain)) in p.jargon.iter().enumerate() {
            if k > 0 {
                replacements.push_str("; ");
            }
            let parts = if *plain == unknown {
                ["“", t, "” ", plain, ""]
            } else {
                ["“", plain, "” instead of “", t, "”"]
            };
            for part in parts {
                replacements.push_str(part);
            }
        }
        let field = V::S(field);
        let mut message = String::new();
        if !terms.is_empty() {
            let vars = [("terms", V::Q(&terms)), ("field", field)];
            message.push_str(&w.finding("plainLanguage", "messageJargon", n, &vars));
        }
        if !also.is_empty() {
            message.push_str(&w.finding("plainLanguage", "messageAlso", n, &[("terms", V::Q(also))]));
        }
        if p.longest > 0 {
            if !message.is_empty() {
                message.push(' ');
            }
            let vars = [("words", V::N(p.longest as usize)), ("field", field)];
            message.push_str(&w.finding("plainLanguage", "messageLong", n, &vars));
        }
        message.push_str(&w.finding("plainLanguage", "suffix", n, &[]));
        let hint_key = match (terms.is_empty(), p.longest == 0) {
            (false, false) => "hintBoth",
            (false, true) => "hintJargon",
            _ => "hintLong",
        };
        let hint = w.finding("plainLanguage", hint_key, n, &[("replacements", V::S(&replacements)), ("max", max)]);
        self.env.finding(Severity::Warning, "smart.plainLanguage", at, message, hint)
    }
}
