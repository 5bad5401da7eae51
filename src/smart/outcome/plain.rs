//! Plain language: jargon and acronyms a family may not know, and sentences too long to follow.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;
use crate::smart::assess::{self, Plain};
use crate::util::action_path;

impl<'p> One<'_, 'p> {
    /// P: the description, the measure and every action's description.
    pub(super) fn plain(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
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
