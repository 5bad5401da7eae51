//! The due-date engine: turns an authority's deadlines into dated entries.
//!
//! What a deadline counts from is data (`Anchor`); what records it as done is fixed per kind
//! by the plan format's completion fields (plan-format.md): a kind with no completion field
//! is shown but never `overdue`. Where two deadlines of one kind apply to the same event
//! (Authority C: 4 weeks from referral, and before day 35 of the assessment), the earlier
//! wins. A kind whose inputs are missing is left out, never guessed.

use super::Ctx;
use crate::dates::{format_date, push_date};
use crate::plan::{Frequency, Meeting, MeetingKind, Pathway, Unit};
use crate::report::{DueDate, Finding};
use crate::rules::{Anchor, Deadline};
use crate::util::row_path;
use chrono::{Datelike, NaiveDate};

/// One computed deadline before merging.
struct Entry<'r> {
    due: DueDate,
    /// When the plan records the event as done, and where.
    done_on: Option<NaiveDate>,
    deadline: &'r Deadline,
    /// Whether the format has a completion field for this event.
    trackable: bool,
}

pub(super) fn compute(ctx: &Ctx) -> (Vec<DueDate>, Vec<Finding>) {
    let mut entries: Vec<Entry> = Vec::new();
    for d in &ctx.rs.deadlines {
        if ctx.applies(&d.when) {
            expand(ctx, d, &mut entries);
        }
    }
    // Keep the earliest deadline for each event (kind + place + label).
    crate::util::sort::sort_by(&mut entries, |a, b| a.due.date.cmp(&b.due.date));
    let mut kept: Vec<Entry> = Vec::new();
    for e in entries {
        let dup =
            kept.iter().any(|k| k.due.kind == e.due.kind && k.due.path == e.due.path && k.due.label == e.due.label);
        if !dup {
            kept.push(e);
        }
    }

    let mut findings = Vec::new();
    // Dates are written YYYY-MM-DD: one past the year 9999 cannot be, and no plan needs it.
    // It comes only from a typing slip in a date it counts from, so it is left out and said.
    kept.retain(|e| {
        let writable = e.due.date.year() <= 9999;
        if !writable {
            let what = event_name(&e.due.kind, e.due.label.as_deref());
            let message = format!(
                "{what} cannot be worked out: it would fall after the year 9999. Check the date it counts from."
            );
            findings.push(finding(e.deadline, e.due.path.clone().unwrap_or_default(), message));
        }
        writable
    });
    let mut beyond: Option<NaiveDate> = None;
    for e in &mut kept {
        let d = e.deadline;
        e.due.done = e.done_on.is_some();
        e.due.overdue = e.trackable && !e.due.done && ctx.today > e.due.date;
        let what = event_name(&e.due.kind, e.due.label.as_deref());
        let path = || e.due.path.clone().unwrap_or_default();
        if e.due.overdue {
            let msg = format!(
                "{what} was due by {} and is not recorded as done. Due {}.",
                format_date(e.due.date),
                e.due.basis
            );
            findings.push(finding(d, path(), msg));
        } else if let Some(done) = e.done_on.filter(|x| *x > e.due.date) {
            let msg = format!(
                "{what} is recorded on {}, after the deadline of {}. Due {}.",
                format_date(done),
                format_date(e.due.date),
                e.due.basis
            );
            findings.push(finding(d, path(), msg));
        }
        if !ctx.cal.covers(e.due.date) && beyond.map_or(true, |b| e.due.date < b) {
            beyond = Some(e.due.date);
        }
    }
    if let Some(date) = beyond {
        let (first, last) = ctx.cal.coverage();
        findings.push(Finding {
            rule: "dates.beyond-holiday-data".into(),
            item: "timescales".into(),
            severity: crate::report::Severity::Warning,
            path: String::new(),
            message: if date > last {
                format!(
                    "A due date ({}) falls after the bank holiday data, which ends on {}: bank holidays after that are not known, so dates there count only weekends. Load a newer bank-holidays.json.",
                    format_date(date),
                    format_date(last)
                )
            } else {
                format!(
                    "A due date ({}) falls before the bank holiday data, which starts on {}: bank holidays before that are not known, so dates there count only weekends. Load a bank-holidays.json that covers it.",
                    format_date(date),
                    format_date(first)
                )
            },
            source: "GOV.UK bank holidays (England and Wales)".into(),
            quote: None,
            hint: None,
        });
    }

    // Every date under a label of its own, one wording for every screen and the CLI.
    for e in &mut kept {
        if e.due.label.is_none() {
            e.due.label = Some(label(ctx, &e.due));
        }
    }

    let mut due: Vec<DueDate> = kept.into_iter().map(|e| e.due).collect();
    crate::util::sort::sort_by(&mut due, |a, b| a.date.cmp(&b.date).then_with(|| a.kind.cmp(&b.kind)));
    (due, findings)
}

fn finding(d: &Deadline, path: String, message: String) -> Finding {
    Finding {
        rule: d.id.clone(),
        item: d.item.clone(),
        severity: d.severity,
        path,
        message,
        source: d.source.clone(),
        quote: Some(d.quote.clone()),
        hint: None,
    }
}

fn event_name(kind: &str, label: Option<&str>) -> String {
    if let Some(l) = label {
        return l.to_string();
    }
    match kind {
        "initialMeeting" => "The initial Child in Need meeting",
        "firstVisit" => "The first visit",
        "nextReview" => "The next review",
        "nextVisit" => "The next visit",
        "visitWriteUp" => "The write-up of the last visit",
        "minutesDistributed" => "Sending out the minutes",
        "planRecorded" => "Recording the plan",
        "planCopiesSent" => "Sending copies of the plan",
        "managerOversight" => "Manager oversight of the plan",
        "assessmentUpdate" => "The updated assessment",
        "escalationReview" => "The escalation review",
        "earliestClosure" => "Closure",
        other => other,
    }
    .to_string()
}

/// What a due date is called where the ruleset gives it no label of its own; the kinds
/// every meeting has say which meeting ("Minutes of the review meeting on 12 Jan 2027
/// sent out").
fn label(ctx: &Ctx, due: &DueDate) -> String {
    let meeting = || {
        let i: Option<usize> =
            due.path.as_deref().and_then(|p| p.strip_prefix("meetings.")?.split('.').next()?.parse().ok());
        match i.and_then(|i| ctx.plan.meetings.get(i)) {
            Some(m) => {
                let mut s = meeting_word(m.kind).to_string();
                if let Some(date) = m.date {
                    s.push_str(" on ");
                    push_date(&mut s, date);
                }
                s
            }
            None => "the meeting".to_string(),
        }
    };
    match due.kind.as_str() {
        "initialMeeting" => "Initial Child in Need meeting".into(),
        "firstVisit" => "First visit".into(),
        "nextReview" => "Next review".into(),
        "nextVisit" => "Next visit".into(),
        "visitWriteUp" => "Last visit written up".into(),
        "minutesDistributed" => ["Minutes of ", &meeting(), " sent out"].concat(),
        "planRecorded" => ["Plan from ", &meeting(), " recorded"].concat(),
        "planCopiesSent" => ["Copies of the plan from ", &meeting(), " sent"].concat(),
        "managerOversight" => "Manager oversight".into(),
        "assessmentUpdate" => "Updated assessment".into(),
        "escalationReview" => "Escalation review".into(),
        "earliestClosure" => "Earliest closure".into(),
        other => other.into(),
    }
}

fn expand<'r>(ctx: &Ctx<'r>, d: &'r Deadline, out: &mut Vec<Entry<'r>>) {
    let plan = ctx.plan;
    let mut push = |anchor: NaiveDate, what: &str, own: bool, after: Frequency, done_on, trackable, path: String| {
        let (date, moved) = if d.kind == "earliestClosure" {
            // An earliest date, not a deadline: moving it earlier would allow closing too soon.
            (crate::dates::add_interval(anchor, after), None)
        } else {
            let raw = crate::dates::add_interval(anchor, after);
            let date = ctx.cal.deadline(anchor, after);
            let moved = (after.unit != Unit::WorkingDays && date != raw).then_some(raw);
            // Normally a deadline on a weekend or holiday comes back to the working day
            // before; only from a non-working anchor with none in between does it go later.
            (date, moved)
        };
        // The plan's own interval is named as such: "3 weeks (as the plan sets) after …".
        let own = if own { " (as the plan sets)" } else { "" };
        // "6 weeks after the review on 6 Oct 2026 (Reading)", written piece by piece rather
        // than with format!: this runs for every deadline of every check.
        let mut basis = String::with_capacity(96);
        after.push_to(&mut basis);
        basis.push_str(own);
        basis.push_str(" after ");
        basis.push_str(what);
        basis.push_str(" on ");
        push_date(&mut basis, anchor);
        basis.push_str(" (");
        basis.push_str(&ctx.rs.short_name);
        basis.push(')');
        if let Some(raw) = moved {
            let why = ctx.cal.holiday_name(raw).unwrap_or("a weekend");
            basis.push_str(if date < raw { "; brought forward from " } else { "; moved from " });
            push_date(&mut basis, raw);
            basis.push_str(" (");
            basis.push_str(why);
            basis.push(')');
        }
        out.push(Entry {
            due: DueDate {
                kind: d.kind.clone(),
                label: d.label.clone(),
                date,
                overdue: false,
                done: false,
                basis,
                source: d.source.clone(),
                path: Some(path),
            },
            done_on,
            deadline: d,
            trackable,
        });
    };

    match d.from {
        Anchor::EachMeeting => {
            let (field, path_field): (fn(&Meeting) -> Option<NaiveDate>, &str) = match d.kind.as_str() {
                "minutesDistributed" => (|m| m.minutes_distributed, "minutesDistributed"),
                "planRecorded" => (|m| m.plan_recorded, "planRecorded"),
                "planCopiesSent" => (|m| m.plan_copies_sent, "planCopiesSent"),
                _ => return,
            };
            let Some(after) = d.after else { return };
            for (i, m) in plan.meetings.iter().enumerate() {
                if let Some(date) = m.date {
                    push(date, meeting_word(m.kind), false, after, field(m), true, row_path("meetings", i, path_field));
                }
            }
        }
        _ => {
            let Some((anchor, what)) = anchor_date(ctx, d.from) else { return };
            match d.kind.as_str() {
                "initialMeeting" => {
                    let Some(after) = d.after else { return };
                    // Recorded by the initial meeting's date; the format has no completion
                    // field for it, so it is never reported overdue, only late.
                    let held = plan
                        .meetings
                        .iter()
                        .enumerate()
                        .find(|(_, m)| m.kind == Some(MeetingKind::Initial) && m.date.is_some());
                    let path = held.map(|(i, _)| row_path("meetings", i, "date")).unwrap_or_else(|| "meetings".into());
                    push(anchor, what, false, after, held.and_then(|(_, m)| m.date), false, path);
                }
                "firstVisit" => {
                    let Some(after) = d.after else { return };
                    push(anchor, what, false, after, plan.visits.first, true, "visits.first".into());
                }
                "nextVisit" => {
                    // The stricter of the authority's maximum and the plan's own frequency.
                    for f in intervals(d.after, plan.visits.frequency) {
                        let own = Some(f) == plan.visits.frequency && Some(f) != d.after;
                        push(anchor, what, own, f, None, true, "visits.last".into());
                    }
                }
                "visitWriteUp" => {
                    let Some(after) = d.after else { return };
                    let done = plan.visits.last_written_up.filter(|w| *w >= anchor);
                    push(anchor, what, false, after, done, true, "visits.lastWrittenUp".into());
                }
                "nextReview" => {
                    // With a recorded exception the plan's own interval is the deadline.
                    let authority = d.after.filter(|a| !ctx.review_exception(*a));
                    for f in intervals(authority, plan.reviews.frequency) {
                        let own = Some(f) == plan.reviews.frequency && Some(f) != d.after;
                        push(anchor, what, own, f, None, false, "reviews.next".into());
                    }
                }
                "managerOversight" => {
                    let Some(after) = d.after else { return };
                    push(anchor, what, false, after, None, true, "oversight.last".into());
                }
                "assessmentUpdate" | "escalationReview" | "earliestClosure" => {
                    let Some(after) = d.after else { return };
                    let path = match d.kind.as_str() {
                        "assessmentUpdate" => "dates.assessmentCompleted",
                        _ => "dates.planStart",
                    };
                    push(anchor, what, false, after, None, false, path.into());
                }
                _ => {}
            }
        }
    }
}

/// The authority's interval and the plan's own, each computed; the merge keeps the earlier.
fn intervals(authority: Option<Frequency>, plan: Option<Frequency>) -> Vec<Frequency> {
    let mut v: Vec<Frequency> = authority.into_iter().collect();
    if let Some(p) = plan {
        if Some(p) != authority {
            v.push(p);
        }
    }
    v
}

fn meeting_word(k: Option<MeetingKind>) -> &'static str {
    match k {
        Some(MeetingKind::Initial) => "the initial meeting",
        Some(MeetingKind::Review) => "the review meeting",
        Some(MeetingKind::Final) => "the final meeting",
        None => "the Child in Need meeting",
    }
}

fn anchor_date(ctx: &Ctx, a: Anchor) -> Option<(NaiveDate, &'static str)> {
    let d = &ctx.plan.dates;
    let s = |x: &'static str| x;
    match a {
        Anchor::Referral => d.referral.map(|x| (x, s("the referral"))),
        Anchor::AssessmentStarted => d.assessment_started.map(|x| (x, s("the start of the single assessment"))),
        Anchor::AssessmentCompleted => d.assessment_completed.map(|x| (x, s("completion of the assessment"))),
        Anchor::PlanRequired => d.plan_required.map(|x| (x, s("the decision that a plan is required"))),
        Anchor::PlanStart => d.plan_start.map(|x| (x, s("the start of the plan"))),
        Anchor::StepDownOrPlanStart => match (ctx.pathway, d.step_down) {
            (Pathway::StepDownFromChildProtection, Some(x)) => Some((x, s("step-down from child protection"))),
            _ => d.plan_start.map(|x| (x, s("the start of the plan"))),
        },
        Anchor::EachMeeting => None,
        Anchor::LastVisit => {
            let v = &ctx.plan.visits;
            v.last.map(|x| (x, s("the last visit"))).or(v.first.map(|x| (x, s("the first visit"))))
        }
        Anchor::LastReview => ctx.last_review,
        Anchor::LastOversightOrPlanStart => ctx
            .plan
            .oversight
            .last
            .map(|x| (x, s("the last manager oversight")))
            .or(d.plan_start.map(|x| (x, s("the start of the plan")))),
    }
}
