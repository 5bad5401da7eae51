//! M: what in the measure can be counted or seen, and whether it can show the outcome.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;
use crate::smart::assess::{self, Scanned};
use crate::smart::data::cat;
use crate::smart::text::Hit;
use crate::smart::wording::{is_are, lack_words, short};
use crate::smart::{rewrite, text};

impl<'p> One<'_, 'p> {
    pub(super) fn measurable(&self, s_met: bool, findings: &mut Vec<Finding>) -> LetterVerdict {
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
}
