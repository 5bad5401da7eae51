//! T: a target date, far enough after the plan's start, not past the plan's expected end or
//! the child's 18th birthday, and, if it is after the next review, an action due by then.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;

impl<'p> One<'_, 'p> {
    pub(super) fn timebound(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
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
}
