//! One outcome judged with what the plan around it says: its needs, dates, services and
//! the people in it. Each letter is worked out in its own file.

use crate::plan::{Outcome, Plan};
use crate::report::{Finding, LetterVerdict, OutcomeSmart, Severity};
use crate::rules::template::V;
use crate::smart::assess::{self, Scanned};
use crate::smart::context::SmartContext;
use crate::smart::data::{Compiled, Topic};
use crate::smart::wording::Wording;
use crate::smart::{rewrite, text};
use crate::util::Blank;

mod achievable;
mod circumstances;
mod measurable;
mod plain;
mod relevant;
mod specific;
mod timebound;

/// The path of outcome `i`'s `field` ("" for the outcome itself): "outcomes.0.measure".
fn path(i: usize, field: &str) -> String {
    crate::util::row_path("outcomes", i, field)
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
pub(super) struct PlanEnv<'p> {
    c: &'p Compiled,
    w: &'p Wording<'p>,
    ctx: &'p SmartContext<'p>,
    plan: &'p Plan,
    child: Option<&'p str>,
    scarce: Vec<Scarce>,
    /// The plan's need ids (trimmed), looked up rather than scanned for each id of each
    /// outcome (500 × 500 × 500 at worst).
    need_ids: crate::util::TextSet<'p>,
}

impl<'p> PlanEnv<'p> {
    /// What every outcome of `plan` is judged with; `child` is the child's given name as
    /// the text's words are matched (lower case, to the first hyphen).
    pub(super) fn new(
        c: &'p Compiled,
        w: &'p Wording<'p>,
        ctx: &'p SmartContext<'p>,
        plan: &'p Plan,
        child: Option<&'p str>,
    ) -> PlanEnv<'p> {
        let mut need_ids = crate::util::TextSet::default();
        for n in &plan.needs {
            need_ids.insert(n.id.as_deref().map_or("", str::trim));
        }
        PlanEnv { c, w, ctx, plan, child, scarce: scarce_services(plan), need_ids }
    }

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
    pub(super) fn outcome(&self, i: usize, o: &'p Outcome, findings: &mut Vec<Finding>) -> OutcomeSmart {
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
        for s in actions.iter().chain([&desc, &meas]) {
            explained.add_initials(s);
            explained.add_said_plainly(c, s, &[&desc, &meas]);
        }
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

    /// Does `other` share a word with the description or the measure (four letters or more,
    /// cut to four, not the child's name nor of the categories in `common`)? The outcome's
    /// words sorted, so that a need and an outcome both pasted long are not compared word
    /// by word (seconds a keystroke).
    fn shares_a_word(&self, other: &Scanned, common: u64) -> bool {
        let child = self.env.child.map(assess::word_stem);
        let mut own: Vec<&str> = Vec::new();
        for s in [&self.desc, &self.meas] {
            own.extend(s.stems(common));
        }
        own.sort_unstable();
        other.stems(common).any(|w| Some(w) != child && own.binary_search(&w).is_ok())
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
}
