//! The wording of reasons, findings and hints, from `data/smart.json`, filled in for one plan.

use crate::rules::template::V;
use crate::smart::assess::{self, Plain, Specific};
use crate::smart::data::Compiled;
use crate::util::Blank;

/// Reason keys in data/smart.json `text.reasons` (checked by a test).
#[cfg(test)]
const REASON_KEYS: &[&str] = &[
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
    "achievableResults",
    "achievableLimit",
    "relevantService",
    "relevantMeetings",
    "relevantUnrelated",
    "relevantSibling",
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
const FINDING_KEYS: &[(&str, &str)] = &[
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
    ("relevantSibling", "message"),
    ("relevantSibling", "hint"),
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
pub(super) struct Wording<'a> {
    c: &'a Compiled,
    authority: &'a str,
    /// The child's given name, or "the child", as messages quote it.
    pub(super) name: String,
    possessive: String,
}

impl<'a> Wording<'a> {
    /// The wording for a plan of `authority` about the child called `given_name` (or "the
    /// child").
    pub(super) fn new(c: &'a Compiled, authority: &'a str, given_name: Option<&str>) -> Wording<'a> {
        // The name is quoted in advice: shortened, as every value a message quotes back.
        let name = given_name.map_or_else(|| c.phrase("theChild").to_string(), crate::util::shorten);
        let mut possessive = name.clone();
        possessive.push_str(if name.ends_with('s') { "'" } else { "'s" });
        Wording { c, authority, name, possessive }
    }

    /// A letter's reason, `key`'s template filled from `vars`.
    pub(super) fn reason(&self, key: &str, vars: &[(&str, V)]) -> String {
        self.c.templates.reason(key).render(&[], vars)
    }

    /// A finding template with the plan-wide variables plus `vars`.
    pub(super) fn finding(&self, group: &str, key: &str, n: usize, vars: &[(&str, V)]) -> String {
        let globals = [
            ("n", V::N(n)),
            ("authority", V::S(self.authority)),
            ("name", V::S(&self.name)),
            ("possessive", V::S(&self.possessive)),
        ];
        self.c.templates.finding(group, key).render(&globals, vars)
    }

    /// Marks a letter not met for `key`'s reason (replacing the reason it was met for).
    pub(super) fn unmet(&self, letter: &mut (bool, Vec<String>), key: &str, vars: &[(&str, V)]) {
        if letter.0 {
            letter.1.clear();
            letter.0 = false;
        }
        letter.1.push(self.reason(key, vars));
    }

    /// S's verdict and reasons from what the description says.
    pub(super) fn specific_reasons(&self, s: &Specific) -> (bool, Vec<String>) {
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

    /// M's verdict and reasons from what the measure shows.
    pub(super) fn measurable_reasons(&self, m: &assess::Measurable) -> (bool, Vec<String>) {
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
    pub(super) fn demand_reasons(&self, demands: usize, scarce: Option<&str>) -> (bool, Vec<String>) {
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

    /// The plain-language verdict and reasons from each field's jargon and long sentences.
    pub(super) fn plain_reasons(&self, plains: &[Plain], no_text: bool) -> (bool, Vec<String>) {
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

/// The letter's reason, the message's gap and the hint for what a measure lacks, and the
/// words it quotes. A measure that repeats the outcome's number needs a record, not a number.
pub(super) fn lack_words<'l>(lack: &'l assess::Lack) -> (&'static str, &'static str, &'static str, &'l [&'l str]) {
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

/// "is" for one, "are" for more.
pub(super) fn is_are(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

/// "thing asked" for one, "things asked" for more.
fn things(n: usize) -> &'static str {
    if n == 1 {
        "thing asked"
    } else {
        "things asked"
    }
}

/// `s` trimmed, cut to `max_chars` characters with "…" if it is longer.
pub(super) fn short(s: &str, max_chars: usize) -> std::borrow::Cow<'_, str> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smart::data::get;

    /// `One::once` leaves a suggestion out by cutting a hint at " Try: '": every hint that
    /// shows one must show it that way, at its end.
    #[test]
    fn every_hint_with_a_suggestion_ends_with_it_after_try() {
        let t = &get().templates;
        for (g, k) in FINDING_KEYS.iter().filter(|(_, k)| k.starts_with("hint")) {
            let hint = t.finding(g, k).render(&[], &[("rewrite", V::S("XYZ"))]);
            if hint.contains("XYZ") {
                assert!(hint.ends_with(" Try: 'XYZ'."), "text.{g}.{k}: {hint}");
            }
        }
    }

    #[test]
    fn every_wording_key_the_code_uses_exists() {
        let t = &get().templates;
        for k in ["theChild", "unknownAcronym", "eachParent", "verbForms"] {
            assert!(!get().phrase(k).is_empty(), "phrases.{k} missing");
        }
        for k in REASON_KEYS {
            assert!(t.has("reasons", k), "text.reasons.{k} missing");
        }
        for (g, k) in FINDING_KEYS {
            assert!(t.has(g, k), "text.{g}.{k} missing");
        }
    }
}
