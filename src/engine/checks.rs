//! One function per kind of rule (`rules::Check`), named after it; `run` picks it. Each
//! looks at the plan and emits the current rule's finding, with the path of the field a
//! practitioner has to change.

use super::{Ctx, Sink, Vars};
use crate::dates::{self, format_date};
use crate::plan::{Frequency, Meeting, MeetingKind, Pathway};
use crate::rules::Check;
use crate::util::{action_path, filled, row_path, shorten, Blank, TextSet};

pub(super) fn run(check: &Check, ctx: &Ctx, out: &mut Sink) {
    match check {
        Check::Present { path } => present(ctx, path, out),
        Check::IsTrue { path } => is_true(ctx, path, out),
        Check::MaxInterval { path, max } => max_interval(ctx, path, *max, out),
        Check::ReviewExceptionRecorded { usual } => review_exception_recorded(ctx, *usual, out),
        Check::NextReviewWithin { max } => next_review_within(ctx, *max, out),
        Check::ContactsDescribed => contacts_described(ctx, out),
        Check::OutcomeNeeds => outcome_needs(ctx, true, out),
        Check::OutcomeNeedsKnown => outcome_needs(ctx, false, out),
        Check::OutcomeMeasure => outcome_measure(ctx, out),
        Check::OutcomeTargetDate => outcome_target_date(ctx, out),
        Check::OutcomeWithinDuration => outcome_within_duration(ctx, out),
        Check::OutcomeWithinOrder => outcome_within_order(ctx, out),
        Check::OutcomeActions => outcome_actions(ctx, out),
        Check::ActionOwner => action_owner(ctx, out),
        Check::ActionDue => action_due(ctx, out),
        Check::ScarceServices => scarce_services(ctx, out),
        Check::MinuteTakerNotChair => minute_taker_not_chair(ctx, out),
        Check::ChairRole { allowed, forbidden } => chair_role(ctx, allowed, forbidden, out),
        Check::NonAttendanceReason => non_attendance_reason(ctx, out),
        Check::ParentsAttended => parents_attended(ctx, out),
        Check::AgreementSigned => agreement_signed(ctx, out),
        Check::ReviewBeforeClosure => review_before_closure(ctx, out),
        Check::ClosureNotBefore { after } => closure_not_before(ctx, *after, out),
    }
}

/// A field is filled in (text not blank, list not empty, date, number or yes/no given).
fn present(ctx: &Ctx, path: &str, out: &mut Sink) {
    // Unknown paths are caught by the ruleset tests; at run time they check nothing.
    if let Some(f) = crate::plan::field(ctx.plan, path) {
        if !f.is_present() {
            out.emit(path.into(), &Vars::default());
        }
    }
}

/// A yes/no field is yes.
fn is_true(ctx: &Ctx, path: &str, out: &mut Sink) {
    if let Some(f) = crate::plan::field(ctx.plan, path) {
        if !f.is_true() {
            out.emit(path.into(), &Vars::default());
        }
    }
}

/// A frequency (reviews or visits) is no longer than `max`.
fn max_interval(ctx: &Ctx, path: &str, max: Frequency, out: &mut Sink) {
    let plan = ctx.plan;
    let f = match path {
        "reviews.frequency" => plan.reviews.frequency,
        "visits.frequency" => plan.visits.frequency,
        _ => None,
    };
    if let Some(f) = f {
        if dates::exceeds(f, max) {
            out.emit(path.into(), &interval_vars(f, max));
        }
    }
}

/// Reviews further apart than `usual` have their reason recorded.
fn review_exception_recorded(ctx: &Ctx, usual: Frequency, out: &mut Sink) {
    let plan = ctx.plan;
    if let Some(f) = plan.reviews.frequency {
        if dates::exceeds(f, usual) && !filled(&plan.reviews.exception_reason) {
            out.emit("reviews.frequency".into(), &interval_vars(f, usual));
        }
    }
}

/// The next review is no later than `max` after the last one.
fn next_review_within(ctx: &Ctx, max: Frequency, out: &mut Sink) {
    let plan = ctx.plan;
    // A recorded exception (Milton Keynes, Salford) lets the plan's own longer interval stand.
    if ctx.review_exception(max) {
        return;
    }
    if let (Some(next), Some((last, _))) = (plan.reviews.next, ctx.last_review) {
        let deadline = ctx.cal.deadline(last, max);
        if next > deadline {
            out.emit(
                "reviews.next".into(),
                &Vars {
                    date: Some(format_date(next)),
                    deadline: Some(format_date(deadline)),
                    limit: Some(max.describe()),
                    ..Vars::default()
                },
            );
        }
    }
}

/// Contacts are recorded, each with its nature and frequency.
fn contacts_described(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    if plan.contacts.is_empty() {
        out.emit("contacts".into(), &Vars { actual: Some("no contacts are recorded".into()), ..Vars::default() });
    }
    for (i, c) in plan.contacts.iter().enumerate() {
        let who = c.who.as_deref().map_or_else(|| format!("contact {}", i + 1), shorten);
        if !filled(&c.nature) {
            let v =
                Vars { n: Some(i + 1), actual: Some(format!("{who}: nature of contact missing")), ..Vars::default() };
            out.emit(row_path("contacts", i, "nature"), &v);
        }
        if c.frequency.is_none() {
            let v = Vars { n: Some(i + 1), actual: Some(format!("{who}: frequency missing")), ..Vars::default() };
            out.emit(row_path("contacts", i, "frequency"), &v);
        }
    }
}

/// Each outcome names only needs the plan has, and (when `link_required`) at least one.
fn outcome_needs(ctx: &Ctx, link_required: bool, out: &mut Sink) {
    let plan = ctx.plan;
    let mut known = TextSet::default();
    for id in plan.needs.iter().filter_map(|n| n.id.as_deref()) {
        known.insert(id);
    }
    for (i, o) in plan.outcomes.iter().enumerate() {
        let unknown: Vec<&str> = o.needs.iter().map(String::as_str).filter(|id| !known.contains(id)).collect();
        let actual = if !unknown.is_empty() {
            format!("{} is not one of the plan's needs", some_of(&unknown))
        } else if o.needs.is_empty() && link_required {
            "no need is linked".to_string()
        } else {
            continue;
        };
        out.emit(row_path("outcomes", i, "needs"), &row_vars(i, Some(actual)));
    }
}

/// Each outcome says how it is measured.
fn outcome_measure(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, o) in plan.outcomes.iter().enumerate() {
        if !filled(&o.measure) {
            out.emit(row_path("outcomes", i, "measure"), &row_vars(i, None));
        }
    }
}

/// Each outcome has a target date after the plan starts.
fn outcome_target_date(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, o) in plan.outcomes.iter().enumerate() {
        let bad = match (o.target_date, plan.dates.plan_start) {
            (None, _) => true,
            (Some(t), Some(start)) => t <= start,
            (Some(_), None) => false,
        };
        if bad {
            let mut v = row_vars(i, None);
            v.date = o.target_date.map(format_date);
            v.deadline = plan.dates.plan_start.map(format_date);
            out.emit(row_path("outcomes", i, "targetDate"), &v);
        }
    }
}

/// Target dates fall within the authority's expected plan duration.
fn outcome_within_duration(ctx: &Ctx, out: &mut Sink) {
    if let Some((end, d)) = ctx.expected_end() {
        targets_after(ctx, end, Some(d.max), out);
    }
}

/// Target dates fall within the supervision order.
fn outcome_within_order(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    if let Some(end) = plan.dates.order_ends {
        targets_after(ctx, end, None, out);
    }
}

/// Each outcome has an action.
fn outcome_actions(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, o) in plan.outcomes.iter().enumerate() {
        if o.actions.is_empty() {
            out.emit(row_path("outcomes", i, "actions"), &row_vars(i, None));
        }
    }
}

/// Each action names who does it.
fn action_owner(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, o) in plan.outcomes.iter().enumerate() {
        for (j, a) in o.actions.iter().enumerate() {
            if !filled(&a.owner) {
                out.emit(action_path(i, j, "owner"), &row_vars(i, None));
            }
        }
    }
}

/// Each action has a due date.
fn action_due(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, o) in plan.outcomes.iter().enumerate() {
        for (j, a) in o.actions.iter().enumerate() {
            if a.due.is_none() {
                out.emit(action_path(i, j, "due"), &row_vars(i, None));
            }
        }
    }
}

/// Services marked scarce are flagged.
fn scarce_services(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, s) in plan.services.iter().enumerate() {
        if s.scarce == Some(true) {
            let name = s.name.as_deref().map_or_else(|| format!("service {}", i + 1), shorten);
            out.emit(row_path("services", i, "scarce"), &row_vars(i, Some(name)));
        }
    }
}

/// Each held meeting's minute taker is named and is not the chair.
fn minute_taker_not_chair(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, m) in held(&plan.meetings) {
        let actual = match (&m.minute_taker.name, &m.chair.name) {
            (None, _) => Some("no minute taker is recorded".to_string()),
            (Some(t), Some(c)) if same_person(t, c) => {
                Some(format!("the chair, {}, took the minutes", shorten(c.trimmed())))
            }
            _ => None,
        };
        if let Some(actual) = actual {
            out.emit(row_path("meetings", i, "minuteTaker.name"), &row_vars(i, Some(actual)));
        }
    }
}

/// Each held meeting's chair has an allowed role and no forbidden one.
fn chair_role(ctx: &Ctx, allowed: &[String], forbidden: &[String], out: &mut Sink) {
    let plan = ctx.plan;
    for (i, m) in held(&plan.meetings) {
        let role = m.chair.role.as_deref().map(crate::util::fold::fold);
        let ok = match &role {
            None => false,
            Some(r) => {
                !forbidden.iter().any(|f| r.contains(&crate::util::fold::fold(f)))
                    && (allowed.is_empty() || allowed.iter().any(|a| r.contains(&crate::util::fold::fold(a))))
            }
        };
        if !ok {
            let shown = m.chair.role.as_deref().map_or_else(|| "no role recorded".into(), shorten);
            let v = Vars { n: Some(i + 1), role: Some(shown.clone()), actual: Some(shown), ..Vars::default() };
            out.emit(row_path("meetings", i, "chair.role"), &v);
        }
    }
}

/// A held meeting the child or parents missed records why.
fn non_attendance_reason(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, m) in held(&plan.meetings) {
        let absent = match (m.child_attended == Some(false), m.parents_attended == Some(false)) {
            (true, true) => Some("the child and the parents"),
            (true, false) => Some("the child"),
            (false, true) => Some("the parents"),
            (false, false) => None,
        };
        if let Some(who) = absent {
            if !filled(&m.non_attendance_reason) {
                out.emit(row_path("meetings", i, "nonAttendanceReason"), &row_vars(i, Some(who.into())));
            }
        }
    }
}

/// The parents attended each held meeting.
fn parents_attended(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, m) in held(&plan.meetings) {
        if m.parents_attended == Some(false) {
            out.emit(row_path("meetings", i, "parentsAttended"), &row_vars(i, None));
        }
    }
}

/// Each held meeting records the signed agreement.
fn agreement_signed(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, m) in held(&plan.meetings) {
        if m.agreement_signed != Some(true) {
            out.emit(row_path("meetings", i, "agreementSigned"), &row_vars(i, None));
        }
    }
}

/// A final meeting comes after a review.
fn review_before_closure(ctx: &Ctx, out: &mut Sink) {
    let plan = ctx.plan;
    for (i, m) in plan.meetings.iter().enumerate() {
        if m.kind != Some(MeetingKind::Final) {
            continue;
        }
        let Some(final_date) = m.date else { continue };
        let reviewed = plan.reviews.last.is_some_and(|d| d <= final_date)
            || plan
                .meetings
                .iter()
                .any(|r| r.kind == Some(MeetingKind::Review) && r.date.is_some_and(|d| d <= final_date));
        if !reviewed {
            let v = Vars { n: Some(i + 1), date: Some(format_date(final_date)), ..Vars::default() };
            out.emit(row_path("meetings", i, "kind"), &v);
        }
    }
}

/// A final meeting is no earlier than `after` from the start (or step-down).
fn closure_not_before(ctx: &Ctx, after: Frequency, out: &mut Sink) {
    let plan = ctx.plan;
    let anchor = match (ctx.pathway, plan.dates.step_down) {
        (Pathway::StepDownFromChildProtection, Some(d)) => Some(d),
        _ => plan.dates.plan_start,
    };
    let Some(anchor) = anchor else { return };
    let earliest = dates::add_interval(anchor, after);
    for (i, m) in plan.meetings.iter().enumerate() {
        if let (Some(MeetingKind::Final), Some(d)) = (m.kind, m.date) {
            if d < earliest {
                let v = Vars {
                    n: Some(i + 1),
                    date: Some(format_date(d)),
                    deadline: Some(format_date(earliest)),
                    limit: Some(after.describe()),
                    ..Vars::default()
                };
                out.emit(row_path("meetings", i, "date"), &v);
            }
        }
    }
}

/// Flags each outcome whose target date is later than `end` (the expected plan end, or the
/// end of a supervision order).
fn targets_after(ctx: &Ctx, end: chrono::NaiveDate, limit: Option<Frequency>, out: &mut Sink) {
    for (i, o) in ctx.plan.outcomes.iter().enumerate() {
        if let Some(t) = o.target_date.filter(|t| *t > end) {
            let v = Vars {
                n: Some(i + 1),
                date: Some(format_date(t)),
                deadline: Some(format_date(end)),
                limit: limit.map(|l| l.describe()),
                ..Vars::default()
            };
            out.emit(row_path("outcomes", i, "targetDate"), &v);
        }
    }
}

/// Meetings that have taken place or are booked: rows with a date. An empty row being
/// typed is not yet a meeting to hold to account.
fn held(meetings: &[Meeting]) -> impl Iterator<Item = (usize, &Meeting)> {
    meetings.iter().enumerate().filter(|(_, m)| m.date.is_some())
}

fn same_person(a: &str, b: &str) -> bool {
    a.trimmed().eq_ignore_ascii_case(b.trimmed())
}

/// Ids quoted back: the first few, each shortened, and how many more.
fn some_of(ids: &[&str]) -> String {
    const SHOWN: usize = 5;
    let mut out = String::new();
    for (k, id) in ids.iter().take(SHOWN).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(&shorten(id));
    }
    if ids.len() > SHOWN {
        out.push_str(&format!(" and {} more", ids.len() - SHOWN));
    }
    out
}

fn row_vars(i: usize, actual: Option<String>) -> Vars {
    Vars { n: Some(i + 1), actual, ..Vars::default() }
}

fn interval_vars(actual: Frequency, limit: Frequency) -> Vars {
    Vars { actual: Some(actual.describe()), limit: Some(limit.describe()), ..Vars::default() }
}
