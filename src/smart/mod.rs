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

mod assess;
mod data;
mod text;

use crate::model::{Outcome, Plan};
use crate::report::{Finding, LetterVerdict, OutcomeSmart, Severity};
use assess::{Measurable, Plain, Scanned, Specific};
use chrono::NaiveDate;
use data::Compiled;

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
    let t = TextCheck::new(c, description, measure, None, &[]);
    let w = Words::new(c, "", None);
    let (s_met, s_reasons) = w.specific_reasons(&t.spec);
    let (m_met, m_reasons) = w.measurable_reasons(&t.meas_v);
    let max = c.data.thresholds.max_demands;
    let a_met = t.demands <= max;
    let a_reasons = vec![if a_met {
        w.reason("achievableMet", &[("count", &t.demands.to_string()), ("things", things(t.demands))])
    } else {
        w.reason("achievableTooMany", &[("count", &t.demands.to_string()), ("max", &max.to_string())])
    }];
    let plains = [&t.plain_desc, &t.plain_meas];
    let (p_met, p_reasons) = w.plain_reasons(&plains, t.desc.text.is_empty() && t.meas.text.is_empty());
    StatementVerdict {
        specific: TextLetter { met: s_met, reasons: s_reasons },
        measurable: TextLetter { met: m_met, reasons: m_reasons },
        achievable: TextLetter { met: a_met, reasons: a_reasons },
        plain: TextLetter { met: p_met, reasons: p_reasons },
        vague: t.spec.vague.clone(),
        jargon: plains.iter().flat_map(|p| p.jargon.iter().cloned()).collect(),
        demands: t.demands,
    }
}

/// SMART verdicts for every outcome, and findings for the quality of their text.
pub fn analyse(plan: &Plan, ctx: &SmartContext) -> (Vec<OutcomeSmart>, Vec<Finding>) {
    let c = data::get();
    let full_name = plan.child.name.as_deref().unwrap_or("").trim();
    let given = full_name.split_whitespace().next().filter(|g| g.chars().any(char::is_alphabetic));
    let given_lower = given.map(str::to_lowercase);
    let w = Words::new(c, ctx.authority, given);
    let scarce = scarce_names(plan);
    let mut verdicts = Vec::with_capacity(plan.outcomes.len());
    let mut findings = Vec::new();
    for (i, o) in plan.outcomes.iter().enumerate() {
        let (v, f) = outcome(c, &w, plan, ctx, i, o, given_lower.as_deref(), &scarce);
        verdicts.push(v);
        findings.extend(f);
    }
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
    "measurableNoText",
    "measurableVague",
    "measurableNothing",
    "measurableMet",
    "achievableScarce",
    "achievableTooMany",
    "achievableMet",
    "relevantNone",
    "relevantUnknown",
    "relevantMet",
    "timeboundNone",
    "timeboundTooShort",
    "timeboundBeforeStart",
    "timeboundBeyondEnd",
    "timeboundNoInterim",
    "timeboundMet",
    "timeboundInterim",
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
    ("specific", "hint"),
    ("measurable", "message"),
    ("measurable", "vagueFragment"),
    ("measurable", "hint"),
    ("achievableScarce", "message"),
    ("achievableScarce", "hint"),
    ("achievableTooMany", "message"),
    ("achievableTooMany", "hint"),
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
struct TextCheck<'a> {
    desc: Scanned<'a>,
    meas: Scanned<'a>,
    spec: Specific,
    meas_v: Measurable,
    plain_desc: Plain,
    plain_meas: Plain,
    demands: usize,
    /// Jargon explained somewhere in this outcome (ids).
    explained: Vec<u16>,
}

impl<'a> TextCheck<'a> {
    fn new(c: &Compiled, description: &'a str, measure: &'a str, child: Option<&str>, more_explained: &[u16]) -> TextCheck<'a> {
        let desc = Scanned::new(c, description);
        let meas = Scanned::new(c, measure);
        let mut explained = more_explained.to_vec();
        assess::explained(&desc, &mut explained);
        assess::explained(&meas, &mut explained);
        let spec = assess::specific(&desc, child);
        let meas_v = assess::measurable(&meas);
        let plain_desc = assess::plain(c, &desc, &explained);
        let plain_meas = assess::plain(c, &meas, &explained);
        let demands = assess::demands(&desc);
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
        let name = given_name.map(str::to_string).unwrap_or_else(|| c.data.text.the_child.clone());
        let possessive = if name.ends_with('s') { format!("{name}'") } else { format!("{name}'s") };
        Words { c, authority, name, possessive }
    }

    fn reason(&self, key: &str, vars: &[(&str, &str)]) -> String {
        fill(self.c.data.text.reason(key), vars)
    }

    /// A finding template with the plan-wide variables plus `vars`.
    fn finding(&self, group: &str, key: &str, n: usize, vars: &[(&str, &str)]) -> String {
        let n = n.to_string();
        let mut all: Vec<(&str, &str)> = vec![("n", &n), ("authority", self.authority), ("name", &self.name), ("possessive", &self.possessive)];
        all.extend_from_slice(vars);
        fill(self.c.data.text.finding(group, key), &all)
    }

    fn specific_reasons(&self, s: &Specific) -> (bool, Vec<String>) {
        if s.no_text {
            return (false, vec![self.reason("specificNoText", &[])]);
        }
        let mut r = Vec::new();
        if s.subject.is_none() {
            r.push(self.reason("specificNoSubject", &[]));
        }
        if !s.vague.is_empty() && s.anchors.is_empty() {
            r.push(self.reason("specificVague", &[("terms", &quoted(&s.vague))]));
        }
        if s.met {
            let anchor = if s.anchors.is_empty() { String::new() } else { format!(" ({})", quoted(&s.anchors)) };
            r.push(self.reason("specificMet", &[("anchor", &anchor)]));
        }
        (s.met, r)
    }

    fn measurable_reasons(&self, m: &Measurable) -> (bool, Vec<String>) {
        if m.no_text {
            return (false, vec![self.reason("measurableNoText", &[])]);
        }
        if m.met {
            return (true, vec![self.reason("measurableMet", &[("terms", &quoted(&m.strong))])]);
        }
        let mut r = Vec::new();
        if !m.vague.is_empty() {
            r.push(self.reason("measurableVague", &[("terms", &quoted(&m.vague)), ("isAre", is_are(m.vague.len()))]));
        }
        r.push(self.reason("measurableNothing", &[]));
        (false, r)
    }

    fn plain_reasons(&self, plains: &[&Plain], no_text: bool) -> (bool, Vec<String>) {
        if no_text {
            return (false, vec![self.reason("plainNoText", &[])]);
        }
        let mut terms: Vec<String> = Vec::new();
        for p in plains {
            for (t, _) in &p.jargon {
                if !terms.contains(t) {
                    terms.push(t.clone());
                }
            }
        }
        let mut r = Vec::new();
        if !terms.is_empty() {
            r.push(self.reason("plainJargon", &[("terms", &quoted(&terms))]));
        }
        let max = self.c.data.thresholds.long_sentence_words.to_string();
        for p in plains {
            for words in &p.long {
                r.push(self.reason("plainLong", &[("words", &words.to_string()), ("max", &max)]));
            }
        }
        let met = r.is_empty();
        if met {
            r.push(self.reason("plainMet", &[]));
        }
        (met, r)
    }

    fn finding_for(&self, ctx: &SmartContext, rule: &str, path: String, message: String, hint: String) -> Finding {
        Finding {
            rule: rule.to_string(),
            item: "smartOutcomes".to_string(),
            severity: Severity::Warning,
            path,
            message,
            source: ctx.source.to_string(),
            quote: ctx.quote.map(str::to_string),
            hint: Some(hint),
        }
    }
}

/// Replace `{key}` with its value; unknown keys stay as they are.
fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match vars.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(key);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// “a”, “a” and “b”, “a”, “b” and “c”.
fn quoted(items: &[String]) -> String {
    let q: Vec<String> = items.iter().map(|s| format!("“{s}”")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        n => format!("{} and {}", q[..n - 1].join(", "), q[n - 1]),
    }
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

fn short(s: &str, max_chars: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max_chars) {
        Some((i, _)) => format!("{}…", s[..i].trim_end()),
        None => s.to_string(),
    }
}

fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// Names and providers of services the plan marks scarce, lower-cased, with a display name.
fn scarce_names(plan: &Plan) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for s in plan.services.iter().filter(|s| s.scarce == Some(true)) {
        let shown = s.name.as_deref().or(s.provider.as_deref()).unwrap_or("").trim();
        for n in [s.name.as_deref(), s.provider.as_deref()].into_iter().flatten() {
            let n = n.trim();
            if n.chars().filter(|c| c.is_alphanumeric()).count() >= 3 {
                out.push((n.to_lowercase(), shown.to_string()));
            }
        }
    }
    out
}

/// `needle` (lower-case) occurs in `hay` as whole words, ignoring case.
fn mentions(hay: &str, needle: &str) -> bool {
    let hay = hay.to_lowercase();
    let mut from = 0;
    while let Some(p) = hay[from..].find(needle) {
        let s = from + p;
        let e = s + needle.len();
        let before = hay[..s].chars().next_back().map_or(true, |c| !c.is_alphanumeric());
        let after = hay[e..].chars().next().map_or(true, |c| !c.is_alphanumeric());
        if before && after {
            return true;
        }
        from = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    false
}

#[allow(clippy::too_many_arguments)]
fn outcome(
    c: &Compiled,
    w: &Words,
    plan: &Plan,
    ctx: &SmartContext,
    i: usize,
    o: &Outcome,
    child: Option<&str>,
    scarce: &[(String, String)],
) -> (OutcomeSmart, Vec<Finding>) {
    let n = i + 1;
    let base = format!("outcomes.{i}");
    let mut findings = Vec::new();
    let description = o.description.as_deref().unwrap_or("");
    let measure = o.measure.as_deref().unwrap_or("");

    // Actions are read for plain language too; a term explained anywhere in the outcome
    // counts as explained everywhere in it.
    let actions: Vec<Scanned> = o.actions.iter().map(|a| Scanned::new(c, a.description.as_deref().unwrap_or(""))).collect();
    let mut explained_in_actions = Vec::new();
    for a in &actions {
        assess::explained(a, &mut explained_in_actions);
    }
    let t = TextCheck::new(c, description, measure, child, &explained_in_actions);
    let action_plain: Vec<Plain> = actions.iter().map(|a| assess::plain(c, a, &t.explained)).collect();

    // S
    let (s_met, s_reasons) = w.specific_reasons(&t.spec);
    if !s_met && !t.spec.no_text {
        let message = if !t.spec.vague.is_empty() && t.spec.anchors.is_empty() {
            w.finding("specific", "message", n, &[("terms", &quoted(&t.spec.vague))])
        } else {
            w.finding("specific", "messageNoSubject", n, &[])
        };
        let hint = w.finding("specific", "hint", n, &[]);
        findings.push(w.finding_for(ctx, "smart.specific", format!("{base}.description"), message, hint));
    }

    // M
    let (m_met, m_reasons) = w.measurable_reasons(&t.meas_v);
    if !m_met && !t.meas_v.no_text {
        let vague = if t.meas_v.vague.is_empty() {
            String::new()
        } else {
            let v = &t.meas_v.vague;
            w.finding("measurable", "vagueFragment", n, &[("terms", &quoted(v)), ("isAre", is_are(v.len()))])
        };
        let message = w.finding("measurable", "message", n, &[("text", &short(measure, 80)), ("vague", &vague)]);
        let hint = w.finding("measurable", "hint", n, &[]);
        findings.push(w.finding_for(ctx, "smart.measurable", format!("{base}.measure"), message, hint));
    }

    // A
    let mut a_reasons = Vec::new();
    let mut scarce_hit: Option<(&str, String)> = None;
    if !scarce.is_empty() {
        let mut fields: Vec<(String, &str)> = vec![(format!("{base}.description"), description), (format!("{base}.measure"), measure)];
        for (j, a) in o.actions.iter().enumerate() {
            fields.push((format!("{base}.actions.{j}.description"), a.description.as_deref().unwrap_or("")));
            fields.push((format!("{base}.actions.{j}.owner"), a.owner.as_deref().unwrap_or("")));
        }
        'outer: for (lower, shown) in scarce {
            for (path, text) in &fields {
                if !text.is_empty() && mentions(text, lower) {
                    scarce_hit = Some((shown.as_str(), path.clone()));
                    break 'outer;
                }
            }
        }
    }
    if let Some((service, path)) = &scarce_hit {
        a_reasons.push(w.reason("achievableScarce", &[("service", service)]));
        let message = w.finding("achievableScarce", "message", n, &[("service", service)]);
        let hint = w.finding("achievableScarce", "hint", n, &[("service", service)]);
        findings.push(w.finding_for(ctx, "smart.achievable", path.clone(), message, hint));
    }
    let max_demands = c.data.thresholds.max_demands;
    let count = t.demands.to_string();
    if t.demands > max_demands {
        let max = max_demands.to_string();
        a_reasons.push(w.reason("achievableTooMany", &[("count", &count), ("max", &max)]));
        let message = w.finding("achievableTooMany", "message", n, &[("count", &count), ("max", &max)]);
        let hint = w.finding("achievableTooMany", "hint", n, &[]);
        findings.push(w.finding_for(ctx, "smart.achievable", format!("{base}.description"), message, hint));
    }
    let a_met = a_reasons.is_empty();
    if a_met {
        a_reasons.push(w.reason("achievableMet", &[("count", &count), ("things", things(t.demands))]));
    }

    // R (structural: reasons only; the engine reports missing links)
    let (r_met, r_reasons) = relevant(w, plan, o);

    // T
    let (t_met, t_reasons) = timebound(w, c, ctx, o, n, &base, &mut findings);

    // P
    let mut plains: Vec<&Plain> = vec![&t.plain_desc, &t.plain_meas];
    plains.extend(action_plain.iter());
    let no_text = t.desc.text.is_empty() && t.meas.text.is_empty() && actions.iter().all(|a| a.text.is_empty());
    let (p_met, p_reasons) = w.plain_reasons(&plains, no_text);
    let mut plain_fields: Vec<(String, &Plain)> = vec![(format!("{base}.description"), &t.plain_desc), (format!("{base}.measure"), &t.plain_meas)];
    for (j, p) in action_plain.iter().enumerate() {
        plain_fields.push((format!("{base}.actions.{j}.description"), p));
    }
    for (path, p) in plain_fields {
        if p.ok() {
            continue;
        }
        findings.push(plain_finding(w, c, ctx, n, path, p));
    }

    let letter = |l: &str, met: bool, reasons: Vec<String>| LetterVerdict { letter: l.to_string(), met, reasons };
    let verdict = OutcomeSmart {
        path: base,
        letters: vec![
            letter("S", s_met, s_reasons),
            letter("M", m_met, m_reasons),
            letter("A", a_met, a_reasons),
            letter("R", r_met, r_reasons),
            letter("T", t_met, t_reasons),
            letter("P", p_met, p_reasons),
        ],
    };
    (verdict, findings)
}

fn plain_finding(w: &Words, c: &Compiled, ctx: &SmartContext, n: usize, path: String, p: &Plain) -> Finding {
    let max = c.data.thresholds.long_sentence_words.to_string();
    let terms: Vec<String> = p.jargon.iter().map(|(t, _)| t.clone()).collect();
    let replacements = p.jargon.iter().map(|(t, plain)| format!("“{plain}” instead of “{t}”")).collect::<Vec<_>>().join("; ");
    let longest = p.long.iter().max().copied().unwrap_or(0).to_string();
    let mut message = String::new();
    if !terms.is_empty() {
        message.push_str(&w.finding("plainLanguage", "messageJargon", n, &[("terms", &quoted(&terms))]));
    }
    if !p.long.is_empty() {
        if !message.is_empty() {
            message.push(' ');
        }
        message.push_str(&w.finding("plainLanguage", "messageLong", n, &[("words", &longest)]));
    }
    message.push_str(&w.finding("plainLanguage", "suffix", n, &[]));
    let hint_key = match (terms.is_empty(), p.long.is_empty()) {
        (false, false) => "hintBoth",
        (false, true) => "hintJargon",
        _ => "hintLong",
    };
    let hint = w.finding("plainLanguage", hint_key, n, &[("replacements", &replacements), ("max", &max)]);
    w.finding_for(ctx, "smart.plainLanguage", path, message, hint)
}

fn relevant(w: &Words, plan: &Plan, o: &Outcome) -> (bool, Vec<String>) {
    let linked: Vec<&str> = o.needs.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
    if linked.is_empty() {
        return (false, vec![w.reason("relevantNone", &[])]);
    }
    let unknown: Vec<String> = linked
        .iter()
        .filter(|id| !plan.needs.iter().any(|n| n.id.as_deref().map(str::trim) == Some(**id)))
        .map(|s| s.to_string())
        .collect();
    if !unknown.is_empty() {
        return (false, vec![w.reason("relevantUnknown", &[("terms", &quoted(&unknown)), ("isAre", is_are(unknown.len()))])]);
    }
    let shown: Vec<String> = linked
        .iter()
        .map(|id| {
            plan.needs
                .iter()
                .find(|n| n.id.as_deref().map(str::trim) == Some(*id))
                .and_then(|n| n.description.as_deref())
                .filter(|d| !d.trim().is_empty())
                .map_or_else(|| id.to_string(), |d| short(d, 60))
        })
        .collect();
    (true, vec![w.reason("relevantMet", &[("terms", &quoted(&shown))])])
}

fn timebound(w: &Words, c: &Compiled, ctx: &SmartContext, o: &Outcome, n: usize, base: &str, findings: &mut Vec<Finding>) -> (bool, Vec<String>) {
    let Some(target) = o.target_date else {
        return (false, vec![w.reason("timeboundNone", &[])]);
    };
    let mut r = Vec::new();
    let td = date(target);
    let min = c.data.thresholds.min_target_days;
    let min_s = min.to_string();
    if let Some(start) = ctx.plan_start {
        let days = (target - start).num_days();
        let sd = date(start);
        if days < 0 {
            r.push(w.reason("timeboundBeforeStart", &[("date", &td), ("start", &sd)]));
            let message = w.finding("timeboundTooShort", "messageBeforeStart", n, &[("date", &td), ("start", &sd)]);
            let hint = w.finding("timeboundTooShort", "hint", n, &[("min", &min_s)]);
            findings.push(w.finding_for(ctx, "smart.timebound", format!("{base}.targetDate"), message, hint));
        } else if days < min {
            let days_s = days.to_string();
            r.push(w.reason("timeboundTooShort", &[("days", &days_s), ("min", &min_s)]));
            let message = w.finding("timeboundTooShort", "message", n, &[("date", &td), ("days", &days_s), ("min", &min_s)]);
            let hint = w.finding("timeboundTooShort", "hint", n, &[("min", &min_s)]);
            findings.push(w.finding_for(ctx, "smart.timebound", format!("{base}.targetDate"), message, hint));
        }
    }
    if let Some(end) = ctx.max_end {
        if target > end {
            r.push(w.reason("timeboundBeyondEnd", &[("date", &td), ("end", &date(end))]));
        }
    }
    let mut interim = String::new();
    if let Some(review) = ctx.next_review {
        if target > review {
            let rd = date(review);
            if o.actions.iter().any(|a| a.due.is_some_and(|d| d <= review)) {
                interim = w.reason("timeboundInterim", &[("review", &rd)]);
            } else {
                r.push(w.reason("timeboundNoInterim", &[("review", &rd)]));
                // With no dated action at all the engine already reports the missing dues.
                if o.actions.iter().any(|a| a.due.is_some()) {
                    let message = w.finding("timeboundNoInterim", "message", n, &[("date", &td), ("review", &rd)]);
                    let hint = w.finding("timeboundNoInterim", "hint", n, &[("review", &rd)]);
                    findings.push(w.finding_for(ctx, "smart.timebound", format!("{base}.targetDate"), message, hint));
                }
            }
        }
    }
    let met = r.is_empty();
    if met {
        r.push(w.reason("timeboundMet", &[("date", &td), ("interim", &interim)]));
    }
    (met, r)
}
