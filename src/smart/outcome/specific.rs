//! S: whose behaviour or circumstances change, and nothing vague without something to see.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;
use crate::smart::assess;

impl<'p> One<'_, 'p> {
    /// S, and whether it is met.
    pub(super) fn specific(&self, findings: &mut Vec<Finding>) -> (LetterVerdict, bool) {
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
}
