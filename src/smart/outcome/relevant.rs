//! R: the outcome answers a need the plan has, and is a change for the family, not a service's
//! own work.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;
use crate::smart::assess;
use crate::smart::data::cat;
use crate::smart::rewrite;
use crate::smart::wording::{is_are, short};
use crate::util::Blank;

impl<'p> One<'_, 'p> {
    /// R: linked to a need the plan has (the engine reports missing and unknown links),
    /// and about a change for the child or family rather than a service's own work.
    pub(super) fn relevant(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
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

    /// R's reasons for the links to needs: none, ids the plan has no need for, or the
    /// needs linked, quoted.
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
}
