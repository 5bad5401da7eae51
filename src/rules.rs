//! Rulesets: one JSON file per authority in `rulesets/`, embedded at build time.
//!
//! A rule names a *kind* of check (implemented once in `engine::checks`) and gives it
//! parameters, a severity, a message and the procedure passage it comes from. Adding a
//! requirement to an authority is editing its JSON file; a new kind of check is the only
//! thing that needs code. See README "Changing or adding a rule".
//!
//! Message templates may use: `{authority}` (short name), `{limit}` (the authority's number,
//! e.g. "6 weeks"), `{actual}` (what the plan says), `{n}` (1-based row number, e.g. outcome 2),
//! `{date}` / `{deadline}` (formatted dates), `{role}`.

use crate::model::{Frequency, Pathway};
use crate::report::Severity;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// The five checklist items every authority has, in display order.
pub const CORE_ITEMS: [(&str, &str); 5] = [
    ("leadProfessional", "Lead professional"),
    ("smartOutcomes", "SMART outcomes"),
    ("contingency", "Contingency plan"),
    ("reviewPoints", "Review points"),
    ("visitFrequency", "Visit frequency"),
];

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Ruleset {
    pub id: String,
    /// "Reading (Brighter Futures for Children)"
    pub name: String,
    /// Used in messages: "Reading requires …"
    pub short_name: String,
    /// The seed file: "berkshire-west.txt".
    pub source: String,
    /// Title of the procedure document, as cited.
    pub document: String,
    /// Checklist items this authority adds to the five.
    #[serde(default)]
    pub items: Vec<ItemDef>,
    /// Citation and quote used for SMART text-quality findings.
    pub smart: Citation,
    /// How long most plans are expected to last (outcome target dates beyond it are flagged).
    #[serde(default)]
    pub expected_duration: Vec<ExpectedDuration>,
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ItemDef {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    #[serde(default)]
    pub quote: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ExpectedDuration {
    pub max: Frequency,
    #[serde(default)]
    pub when: When,
    pub source: String,
    #[serde(default)]
    pub quote: Option<String>,
    #[serde(default)]
    pub interpretation: Option<String>,
}

/// Conditions under which a rule or deadline applies. All given conditions must hold.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct When {
    /// Applies only on these pathways. A plan with no pathway counts as `assessment`.
    #[serde(default)]
    pub pathway_in: Option<Vec<Pathway>>,
    #[serde(default)]
    pub pathway_not_in: Option<Vec<Pathway>>,
    /// `true`: only for a disabled child; `false`: only when the child is not recorded as disabled.
    #[serde(default)]
    pub disabled: Option<bool>,
    /// Only once the plan (from `dates.planStart`) has run at least this long by `today`.
    #[serde(default)]
    pub plan_age_at_least: Option<Frequency>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    /// Checklist item the rule counts against.
    pub item: String,
    /// error: the procedure says must; warning: should; info: advice.
    pub severity: Severity,
    pub check: Check,
    #[serde(default)]
    pub when: When,
    /// When this rule fails the item is `notMet` rather than `partial`
    /// (the item's core content is missing altogether).
    #[serde(default)]
    pub essential: bool,
    pub message: String,
    #[serde(default)]
    pub hint: Option<String>,
    /// "Berkshire West guidance, 'How often do Child in Need meetings take place?'"
    pub source: String,
    /// The procedure's own words.
    pub quote: String,
    /// The reading the product takes where the procedure is ambiguous.
    #[serde(default)]
    pub interpretation: Option<String>,
}

/// The kinds of check. Each is implemented once, in `engine::checks`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Check {
    /// A field must be filled in (text not blank, list not empty, date/number/boolean given).
    /// `path` is one of `engine::fields::KNOWN_PATHS`.
    Present { path: String },
    /// A yes/no field must be yes.
    IsTrue { path: String },
    /// `reviews.frequency` or `visits.frequency` must not be longer than `max`
    /// (compared across units, see `dates::exceeds`).
    MaxInterval { path: String, max: Frequency },
    /// `reviews.next` must be no later than `max` after the last review or meeting.
    NextReviewWithin { max: Frequency },
    /// Every contact has its nature and frequency recorded; at least one contact when the
    /// plan has services.
    ContactsDescribed,
    /// Each outcome lists at least one need, and every listed need exists.
    OutcomeNeeds,
    /// Each outcome has a measure.
    OutcomeMeasure,
    /// Each outcome has a target date, after the plan start.
    OutcomeTargetDate,
    /// Each outcome's target date falls within the authority's expected plan duration.
    OutcomeWithinDuration,
    /// On a supervision order, outcome target dates fall within the order (`dates.orderEnds`).
    OutcomeWithinOrder,
    /// Each outcome has at least one action.
    OutcomeActions,
    /// Each action names who will do it.
    ActionOwner,
    /// Each action has a due date.
    ActionDue,
    /// Services marked scarce are flagged: the plan should not depend on them.
    ScarceServices,
    /// Each meeting's minute taker is named and is not the chair.
    MinuteTakerNotChair,
    /// Each meeting's chair role must contain one of `allowed` (case-insensitive) and none of
    /// `forbidden`. An empty `allowed` allows any role not forbidden.
    ChairRole {
        #[serde(default)]
        allowed: Vec<String>,
        #[serde(default)]
        forbidden: Vec<String>,
    },
    /// A meeting the child or the parents did not attend records the reason.
    NonAttendanceReason,
    /// Each meeting records that the parents attended.
    ParentsAttended,
    /// Each meeting records that the child and parents signed their agreement.
    AgreementSigned,
    /// A final meeting is preceded by a review of the plan.
    ReviewBeforeClosure,
    /// A final meeting is no earlier than `after` from the plan start (or step-down date on
    /// the step-down pathway).
    ClosureNotBefore { after: Frequency },
    /// Review frequency longer than `usual` needs `reviews.exceptionReason` recorded.
    ReviewExceptionRecorded { usual: Frequency },
}

/// A deadline the due-date engine computes. What counts as done, and which date the
/// deadline counts from, is fixed per `kind` (see `engine::due`); the data gives the
/// amount, the conditions and the citation.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Deadline {
    pub id: String,
    /// One of the `due[].kind` names in plan-format.md.
    pub kind: String,
    /// The date counted from.
    pub from: Anchor,
    /// Missing only for `nextVisit` "as stated in plan".
    #[serde(default)]
    pub after: Option<Frequency>,
    /// "Principal Manager review" — names the event where a kind has several.
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub when: When,
    /// Item for a finding when the recorded event was late.
    #[serde(default = "default_deadline_item")]
    pub item: String,
    #[serde(default = "default_deadline_severity")]
    pub severity: Severity,
    pub source: String,
    pub quote: String,
    #[serde(default)]
    pub interpretation: Option<String>,
}

fn default_deadline_item() -> String {
    "timescales".into()
}
fn default_deadline_severity() -> Severity {
    Severity::Error
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Anchor {
    Referral,
    AssessmentStarted,
    AssessmentCompleted,
    PlanRequired,
    PlanStart,
    /// `dates.stepDown` on the step-down pathway, else `dates.planStart`.
    StepDownOrPlanStart,
    /// Each meeting's date (one due entry per meeting).
    EachMeeting,
    /// The last visit (`visits.last`, else `visits.first`).
    LastVisit,
    /// The later of `reviews.last` and the latest initial/review meeting.
    LastReview,
    /// `oversight.last`, else `dates.planStart`.
    LastOversightOrPlanStart,
}

const EMBEDDED: [(&str, &str); 7] = [
    ("milton-keynes", include_str!("../rulesets/milton-keynes.json")),
    ("reading", include_str!("../rulesets/reading.json")),
    ("wokingham", include_str!("../rulesets/wokingham.json")),
    ("west-berkshire", include_str!("../rulesets/west-berkshire.json")),
    ("authority-c", include_str!("../rulesets/authority-c.json")),
    ("lewisham", include_str!("../rulesets/lewisham.json")),
    ("salford", include_str!("../rulesets/salford.json")),
];

/// Every embedded ruleset, in a stable order.
pub fn authorities() -> &'static [Ruleset] {
    static ALL: OnceLock<Vec<Ruleset>> = OnceLock::new();
    ALL.get_or_init(|| {
        EMBEDDED
            .iter()
            .map(|(id, text)| {
                let rs: Ruleset = serde_json::from_str(text)
                    // The files are part of the build and tested; a broken one is a bug.
                    .unwrap_or_else(|e| panic!("rulesets/{id}.json is invalid: {e}"));
                assert_eq!(rs.id, *id, "rulesets/{id}.json has the wrong id");
                rs
            })
            .collect()
    })
}

pub fn ruleset(id: &str) -> Option<&'static Ruleset> {
    authorities().iter().find(|r| r.id == id)
}

pub fn authority_ids() -> Vec<&'static str> {
    EMBEDDED.iter().map(|(id, _)| *id).collect()
}

impl Ruleset {
    /// Parse a ruleset from JSON text (for custom or test rulesets).
    pub fn from_json(text: &str) -> Result<Ruleset, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    /// The checklist items in display order: the five, then this authority's own.
    pub fn checklist_items(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        CORE_ITEMS.iter().copied().chain(self.items.iter().map(|i| (i.id.as_str(), i.label.as_str())))
    }
}
