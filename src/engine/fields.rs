//! The plan fields a data rule (`present`, `isTrue`) may name, by their interchange path.
//!
//! A closed list rather than a generic path walker: a ruleset naming a path that is not here
//! fails the ruleset tests, instead of silently checking nothing.

use crate::blank::Blank;
use crate::model::Plan;

/// What a field holds, as far as "is it filled in?" goes.
pub enum Field<'a> {
    Text(Option<&'a str>),
    Flag(Option<bool>),
    Filled(bool),
}

pub const KNOWN_PATHS: &[&str] = &[
    "child.name",
    "child.dateOfBirth",
    "child.disabled",
    "pathway",
    "dates.referral",
    "dates.assessmentStarted",
    "dates.assessmentCompleted",
    "dates.planRequired",
    "dates.planStart",
    "dates.stepDown",
    "dates.orderEnds",
    "leadProfessional.name",
    "leadProfessional.role",
    "leadProfessional.agency",
    "leadProfessional.responsibilities",
    "coordinator.name",
    "coordinator.role",
    "needs",
    "outcomes",
    "services",
    "contingency",
    "contacts",
    "visits.frequency",
    "visits.first",
    "visits.last",
    "visits.childSeenAlone",
    "reviews.frequency",
    "reviews.last",
    "reviews.next",
    "reviews.means",
    "meetings",
    "oversight.last",
    "views.child",
    "views.parents",
    "riskAnalysis",
    "strengths",
    "worries",
    "equality",
    "familyGroupConferenceConsidered",
];

pub fn get<'a>(plan: &'a Plan, path: &str) -> Option<Field<'a>> {
    use Field::*;
    let t = |s: &'a Option<String>| Text(s.as_deref());
    Some(match path {
        "child.name" => t(&plan.child.name),
        "child.dateOfBirth" => Filled(plan.child.date_of_birth.is_some()),
        "child.disabled" => Flag(plan.child.disabled),
        "pathway" => Filled(plan.pathway.is_some()),
        "dates.referral" => Filled(plan.dates.referral.is_some()),
        "dates.assessmentStarted" => Filled(plan.dates.assessment_started.is_some()),
        "dates.assessmentCompleted" => Filled(plan.dates.assessment_completed.is_some()),
        "dates.planRequired" => Filled(plan.dates.plan_required.is_some()),
        "dates.planStart" => Filled(plan.dates.plan_start.is_some()),
        "dates.stepDown" => Filled(plan.dates.step_down.is_some()),
        "dates.orderEnds" => Filled(plan.dates.order_ends.is_some()),
        "leadProfessional.name" => t(&plan.lead_professional.name),
        "leadProfessional.role" => t(&plan.lead_professional.role),
        "leadProfessional.agency" => t(&plan.lead_professional.agency),
        "leadProfessional.responsibilities" => t(&plan.lead_professional.responsibilities),
        "coordinator.name" => t(&plan.coordinator.name),
        "coordinator.role" => t(&plan.coordinator.role),
        "needs" => Filled(plan.needs.iter().any(|n| filled(&n.description))),
        "outcomes" => Filled(plan.outcomes.iter().any(|o| filled(&o.description))),
        "services" => Filled(!plan.services.is_empty()),
        "contingency" => t(&plan.contingency),
        "contacts" => Filled(!plan.contacts.is_empty()),
        "visits.frequency" => Filled(plan.visits.frequency.is_some()),
        "visits.first" => Filled(plan.visits.first.is_some()),
        "visits.last" => Filled(plan.visits.last.is_some()),
        "visits.childSeenAlone" => Flag(plan.visits.child_seen_alone),
        "reviews.frequency" => Filled(plan.reviews.frequency.is_some()),
        "reviews.last" => Filled(plan.reviews.last.is_some()),
        "reviews.next" => Filled(plan.reviews.next.is_some()),
        "reviews.means" => t(&plan.reviews.means),
        "meetings" => Filled(!plan.meetings.is_empty()),
        "oversight.last" => Filled(plan.oversight.last.is_some()),
        "views.child" => t(&plan.views.child),
        "views.parents" => t(&plan.views.parents),
        "riskAnalysis" => t(&plan.risk_analysis),
        "strengths" => t(&plan.strengths),
        "worries" => t(&plan.worries),
        "equality" => t(&plan.equality),
        "familyGroupConferenceConsidered" => Flag(plan.family_group_conference_considered),
        _ => return None,
    })
}

pub fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.is_blank())
}

impl Field<'_> {
    pub fn is_present(&self) -> bool {
        match self {
            Field::Text(s) => s.is_some_and(|s| !s.is_blank()),
            Field::Flag(b) => b.is_some(),
            Field::Filled(b) => *b,
        }
    }
    pub fn is_true(&self) -> bool {
        matches!(self, Field::Flag(Some(true)))
    }
}
