//! Why a met checklist item is met, in the plan's own words: "Lead professional: Sam
//! Okafor, Social Worker, with responsibilities". A trainer (or a practitioner checking
//! their own plan) sees what the procedure was satisfied by, not only that it was.

use super::Ctx;
use crate::dates::format_date;
use crate::plan::{label_at, Frequency, Outcome};
use crate::report::DueDate;
use crate::rules::Check;
use crate::util::{filled, shorten};

/// What meets the item `id`, after its label ("Sam Okafor, Social Worker, with
/// responsibilities"); `None` when the plan has nothing to show for it.
pub(super) fn evidence(ctx: &Ctx, id: &str, due: &[DueDate]) -> Option<String> {
    let plan = ctx.plan;
    match id {
        "leadProfessional" => {
            let lp = &plan.lead_professional;
            let mut parts: Vec<&str> = [&lp.name, &lp.role].into_iter().flatten().map(|s| s.trim()).collect();
            if parts.is_empty() {
                return None;
            }
            if filled(&lp.responsibilities) {
                parts.push("with responsibilities");
            }
            Some(parts.join(", "))
        }
        "smartOutcomes" => {
            // Rows count once described, as for the rules (a form's empty row does not).
            let outcomes: Vec<&Outcome> = plan.outcomes.iter().filter(|o| filled(&o.description)).collect();
            if outcomes.is_empty() {
                return None;
            }
            let needs = plan.needs.iter().filter(|n| filled(&n.description)).count();
            let actions: usize = outcomes.iter().map(|o| o.actions.len()).sum();
            Some(
                [
                    &count(outcomes.len(), "outcome"),
                    " for ",
                    &count(needs, "need"),
                    ", with ",
                    &count(actions, "action"),
                ]
                .concat(),
            )
        }
        "contingency" => plan.contingency.as_deref().map(|c| ["“", &shorten(c.trim()), "”"].concat()),
        "reviewPoints" => every(plan.reviews.frequency, "next review on", plan.reviews.next.map(format_date)),
        "visitFrequency" => {
            let alone = (plan.visits.child_seen_alone == Some(true)).then(|| "the child seen alone".to_string());
            every(plan.visits.frequency, "", alone)
        }
        // An authority's own item: the fields its `present` rules asked for, and its dates.
        _ => {
            let mut labels: Vec<String> = Vec::new();
            for rule in ctx.rs.rules.iter().filter(|r| r.item == id && ctx.applies(&r.when)) {
                if let Check::Present { path } = &rule.check {
                    match label_at(path) {
                        Some(l) if !labels.contains(&l) => labels.push(l),
                        _ => {}
                    }
                }
            }
            let mut parts = Vec::new();
            if let Some((last, rest)) = labels.split_last() {
                let listed = if rest.is_empty() { last.clone() } else { [&rest.join(", "), " and ", last].concat() };
                parts.push(listed + " recorded");
            }
            parts.extend(dates(ctx, id, due));
            (!parts.is_empty()).then(|| parts.join("; "))
        }
    }
}

/// The item's due dates: "2 dates done on time; the next is Next visit, 7 Dec 2026".
fn dates(ctx: &Ctx, id: &str, due: &[DueDate]) -> Option<String> {
    let kinds: Vec<&str> = ctx.rs.deadlines.iter().filter(|d| d.item == id).map(|d| d.kind.as_str()).collect();
    let mine: Vec<&DueDate> = due.iter().filter(|d| kinds.contains(&d.kind.as_str())).collect();
    let done = mine.iter().filter(|d| d.done).count();
    let next = mine.iter().filter(|d| !d.done).min_by_key(|d| d.date);
    let next =
        next.map(|d| ["the next is ", d.label.as_deref().unwrap_or(&d.kind), ", ", &format_date(d.date)].concat());
    match (done, next) {
        (0, None) => None,
        (0, Some(next)) => Some(next),
        (n, None) => Some(count(n, "date") + " done on time"),
        (n, Some(next)) => Some([&count(n, "date"), " done on time; ", &next].concat()),
    }
}

/// "every 6 weeks, next review on 17 Nov 2026"; `then` follows after `joint`.
fn every(f: Option<Frequency>, joint: &str, then: Option<String>) -> Option<String> {
    let f = f?;
    let mut out = String::from("every ");
    f.push_to(&mut out);
    if let Some(then) = then {
        out.push_str(", ");
        if !joint.is_empty() {
            out.push_str(joint);
            out.push(' ');
        }
        out.push_str(&then);
    }
    Some(out)
}

/// "1 outcome", "3 needs".
fn count(n: usize, noun: &str) -> String {
    let mut s = String::new();
    crate::util::push_num(&mut s, n);
    s.push(' ');
    s.push_str(noun);
    if n != 1 {
        s.push('s');
    }
    s
}
