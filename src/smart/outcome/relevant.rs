//! R: the outcome answers a need the plan has, and is a change for the family, not a service's
//! own work.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;
use crate::smart::assess::{self, Scanned};
use crate::smart::data::cat;
use crate::smart::rewrite;
use crate::smart::text::{CAP, POSSESSIVE};
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
        } else if let Some(term) = self.siblings() {
            w.unmet(&mut verdict, "relevantSibling", &[("term", V::S(term))]);
            let vars = [("term", V::S(term))];
            // Asked, not told, as for an unrelated need: a need may leave the brother or
            // sister out and still be about them.
            let at = path(self.i, "description");
            self.flag(findings, Severity::Warning, "smart.relevant", at, "relevantSibling", "message", &vars);
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

    /// "Noah's sister Ivy will start swimming lessons": an outcome for the child's brother or
    /// sister that says nothing of the child (no name, no "so …", no "him" after a
    /// sister), linked only to needs that mention no brother, sister, younger or older
    /// children or the sibling's name. Then it is about another child's life, not the
    /// need's: "Tyler's little brother starts at the school's nursery" answers "Tyler's
    /// mum cannot get him to school because his little brother has no childcare", and
    /// "Stacey's brother will go to the breakfast club, so Stacey gets to her own lessons"
    /// says what it changes for Stacey.
    fn siblings(&self) -> Option<&'p str> {
        let t = &self.desc.text;
        let child = self.env.child?;
        if self.needs.is_empty() || !t.toks.first()?.has(POSSESSIVE) || t.word(0) != child {
            return None;
        }
        const KIN: [&str; 10] = [
            "brother",
            "brothers",
            "sister",
            "sisters",
            "sibling",
            "siblings",
            "twin",
            "twins",
            "stepbrother",
            "stepsister",
        ];
        // A need may name them as the parent's: "Mum's eldest son (17)".
        const CHILDREN: [&str; 4] = ["son", "sons", "daughter", "daughters"];
        const AGE: [&str; 10] =
            ["little", "older", "younger", "big", "baby", "twin", "eldest", "youngest", "half", "step"];
        let k = if KIN.contains(&t.word_or_none(1)) {
            1
        } else if AGE.contains(&t.word_or_none(1)) && KIN.contains(&t.word_or_none(2)) {
            2
        } else {
            return None;
        };
        // "Jordan's brother's cannabis": a thing of theirs, which may well be the child's need.
        if t.toks[k].has(POSSESSIVE) {
            return None;
        }
        // Their name, if it follows: "Jordan's sister Kacey", "Darcy's little brother, Oliver
        // (8)"; but not "Jordan's brother Liam's friends", a thing of his again.
        let name = t.toks.get(k + 1).filter(|x| x.has(CAP)).map(|_| t.word(k + 1));
        if name.is_some() && t.toks[k + 1].has(POSSESSIVE) {
            return None;
        }
        // The child named again, or as "him" ("Jordan's brother stops hitting him"), or by
        // the other sex's pronoun ("Maisie's brother goes to the club, so she has time"), or
        // as "her" after a verb ("Maisie's sister walks her to school", not "her friends").
        let theirs: &[&str] = match t.word(k) {
            "sister" | "sisters" | "stepsister" => &["he", "him", "his", "himself"],
            "brother" | "brothers" | "stepbrother" => &["she", "her", "herself", "him"],
            _ => &["him"],
        };
        let object = |j: usize| t.word(j) == "her" && matches!(t.word_or_none(j + 1), "" | "to" | "home");
        let of_child = (k + 1..t.toks.len()).any(|j| {
            let w = t.word(j);
            w == child || w == "so" || theirs.contains(&w) || object(j) || w == "help" && t.word(j - 1) == "to"
        });
        let of_them = |x: &Scanned| {
            (0..x.text.toks.len()).any(|j| {
                let w = x.text.word(j);
                KIN.contains(&w)
                    || CHILDREN.contains(&w)
                    || Some(w) == name
                    || w == "baby" && t.word(1) == "baby"
                    || matches!(w, "children" | "ones" | "kids")
                        && j > 0
                        && matches!(x.text.word(j - 1), "younger" | "older" | "other")
            })
        };
        if of_child || self.needs.iter().any(of_them) {
            return None;
        }
        Some(t.span(0, name.map_or(k + 1, |_| k + 2)))
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
