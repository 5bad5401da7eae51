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

pub(crate) mod datafile;
pub mod template;

use crate::dates::Frequency;
use crate::json::{Json, Object};
use crate::plan::Pathway;
use crate::report::Severity;
use datafile::{data_struct, FromData};
use std::sync::OnceLock;
use template::Template;

/// The five checklist items every authority has, in display order.
pub const CORE_ITEMS: [(&str, &str); 5] = [
    ("leadProfessional", "Lead professional"),
    ("smartOutcomes", "SMART outcomes"),
    ("contingency", "Contingency plan"),
    ("reviewPoints", "Review points"),
    ("visitFrequency", "Visit frequency"),
];

data_struct! {
    #[derive(Debug, Clone)]
    pub struct Ruleset {
        pub id: String = "id",
        /// "Reading (Brighter Futures for Children)"
        pub name: String = "name",
        /// Used in messages: "Reading requires …"
        pub short_name: String = "shortName",
        /// The seed file: "berkshire-west.txt".
        pub source: String = "source",
        /// Title of the procedure document, as cited.
        pub document: String = "document",
        /// Checklist items this authority adds to the five.
        pub items: Vec<ItemDef> = "items" or Vec::new(),
        /// Citation and quote used for SMART text-quality findings.
        pub smart: Citation = "smart",
        /// How long most plans are expected to last (outcome target dates beyond it are flagged).
        pub expected_duration: Vec<ExpectedDuration> = "expectedDuration" or Vec::new(),
        pub rules: Vec<Rule> = "rules",
        pub deadlines: Vec<Deadline> = "deadlines" or Vec::new(),
    }
}

data_struct! {
    #[derive(Debug, Clone)]
    pub struct ItemDef {
        pub id: String = "id",
        pub label: String = "label",
    }
}

data_struct! {
    #[derive(Debug, Clone)]
    pub struct Citation {
        pub source: String = "source",
        pub quote: Option<String> = "quote",
    }
}

data_struct! {
    #[derive(Debug, Clone)]
    pub struct ExpectedDuration {
        pub max: Frequency = "max",
        pub when: When = "when" or When::default(),
        pub source: String = "source",
        pub quote: Option<String> = "quote",
        pub interpretation: Option<String> = "interpretation",
    }
}

data_struct! {
    /// Conditions under which a rule or deadline applies. All given conditions must hold.
    #[derive(Debug, Clone, Default)]
    pub struct When {
        /// Applies only on these pathways. A plan with no pathway counts as `assessment`.
        pub pathway_in: Option<Vec<Pathway>> = "pathwayIn",
        pub pathway_not_in: Option<Vec<Pathway>> = "pathwayNotIn",
        /// `true`: only for a disabled child; `false`: only when the child is not recorded as disabled.
        pub disabled: Option<bool> = "disabled",
        /// Only once the plan (from `dates.planStart`) has run at least this long by `today`.
        pub plan_age_at_least: Option<Frequency> = "planAgeAtLeast",
    }
}

data_struct! {
    #[derive(Debug, Clone)]
    pub struct Rule {
        pub id: String = "id",
        /// Checklist item the rule counts against.
        pub item: String = "item",
        /// error: the procedure says must; warning: should; info: advice.
        pub severity: Severity = "severity",
        pub check: Check = "check",
        pub when: When = "when" or When::default(),
        /// When this rule fails the item is `notMet` rather than `partial`
        /// (the item's core content is missing altogether).
        pub essential: bool = "essential" or false,
        pub message: Template = "message",
        pub hint: Option<Template> = "hint",
        /// "Berkshire West guidance, 'How often do Child in Need meetings take place?'"
        pub source: String = "source",
        /// The procedure's own words.
        pub quote: String = "quote",
        /// The reading the product takes where the procedure is ambiguous.
        pub interpretation: Option<String> = "interpretation",
    }
}

/// The kinds of check. Each is implemented once, in `engine::checks`.
#[derive(Debug, Clone)]
pub enum Check {
    /// A field must be filled in (text not blank, list not empty, date/number/boolean given).
    /// `path` is a field of the plan (`plan::is_field`).
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
    /// Every need an outcome lists exists (an outcome listing none passes): for authorities
    /// that read needs as optional, a link to a need the plan does not have is still wrong.
    OutcomeNeedsKnown,
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
    ChairRole { allowed: Vec<String>, forbidden: Vec<String> },
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

data_struct! {
    /// A deadline the due-date engine computes. What counts as done, and which date the
    /// deadline counts from, is fixed per `kind` (see `engine::due`); the data gives the
    /// amount, the conditions and the citation.
    #[derive(Debug, Clone)]
    pub struct Deadline {
        pub id: String = "id",
        /// One of the `due[].kind` names in plan-format.md.
        pub kind: String = "kind",
        /// The date counted from.
        pub from: Anchor = "from",
        /// Missing only for `nextVisit` "as stated in plan".
        pub after: Option<Frequency> = "after",
        /// "Principal Manager review" — names the event where a kind has several.
        pub label: Option<String> = "label",
        pub when: When = "when" or When::default(),
        /// Item for a finding when the recorded event was late.
        pub item: String = "item" or "timescales".to_string(),
        pub severity: Severity = "severity" or Severity::Error,
        pub source: String = "source",
        pub quote: String = "quote",
        pub interpretation: Option<String> = "interpretation",
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// The kinds of check that take no parameters.
const UNIT_CHECKS: [&str; 16] = [
    "contactsDescribed",
    "outcomeNeeds",
    "outcomeNeedsKnown",
    "outcomeMeasure",
    "outcomeTargetDate",
    "outcomeWithinDuration",
    "outcomeWithinOrder",
    "outcomeActions",
    "actionOwner",
    "actionDue",
    "scarceServices",
    "minuteTakerNotChair",
    "nonAttendanceReason",
    "parentsAttended",
    "agreementSigned",
    "reviewBeforeClosure",
];

impl FromData for Check {
    /// `{"kind": "maxInterval", "path": …, "max": …}`: the kind, then exactly its parameters.
    fn from_data(v: &Json, at: &str) -> Result<Self, String> {
        let kind = v.get("kind").ok_or_else(|| format!("{}: missing", datafile::child(at, "kind")))?;
        let kind = kind.as_str().unwrap_or_default();
        let params: &[&str] = match kind {
            "present" | "isTrue" => &["kind", "path"],
            "maxInterval" => &["kind", "path", "max"],
            "nextReviewWithin" => &["kind", "max"],
            "chairRole" => &["kind", "allowed", "forbidden"],
            "closureNotBefore" => &["kind", "after"],
            "reviewExceptionRecorded" => &["kind", "usual"],
            k if UNIT_CHECKS.contains(&k) => &["kind"],
            other => {
                let other = crate::util::shorten(other);
                return Err(format!("{}: unknown kind of check \"{other}\"", datafile::child(at, "kind")));
            }
        };
        let m = datafile::object(v, at, params)?;
        let get = |key| datafile::field(m, key, at);
        Ok(match kind {
            "present" => Check::Present { path: get("path")? },
            "isTrue" => Check::IsTrue { path: get("path")? },
            "maxInterval" => Check::MaxInterval { path: get("path")?, max: get_frequency(m, "max", at)? },
            "nextReviewWithin" => Check::NextReviewWithin { max: get_frequency(m, "max", at)? },
            "contactsDescribed" => Check::ContactsDescribed,
            "outcomeNeeds" => Check::OutcomeNeeds,
            "outcomeNeedsKnown" => Check::OutcomeNeedsKnown,
            "outcomeMeasure" => Check::OutcomeMeasure,
            "outcomeTargetDate" => Check::OutcomeTargetDate,
            "outcomeWithinDuration" => Check::OutcomeWithinDuration,
            "outcomeWithinOrder" => Check::OutcomeWithinOrder,
            "outcomeActions" => Check::OutcomeActions,
            "actionOwner" => Check::ActionOwner,
            "actionDue" => Check::ActionDue,
            "scarceServices" => Check::ScarceServices,
            "minuteTakerNotChair" => Check::MinuteTakerNotChair,
            "chairRole" => Check::ChairRole {
                allowed: datafile::field_or(m, "allowed", at, Vec::new)?,
                forbidden: datafile::field_or(m, "forbidden", at, Vec::new)?,
            },
            "nonAttendanceReason" => Check::NonAttendanceReason,
            "parentsAttended" => Check::ParentsAttended,
            "agreementSigned" => Check::AgreementSigned,
            "reviewBeforeClosure" => Check::ReviewBeforeClosure,
            "closureNotBefore" => Check::ClosureNotBefore { after: get_frequency(m, "after", at)? },
            "reviewExceptionRecorded" => Check::ReviewExceptionRecorded { usual: get_frequency(m, "usual", at)? },
            // Listed in UNIT_CHECKS but not read here: a kind added to one list and not the other.
            other => return Err(format!("{}: kind \"{other}\" is not read", datafile::child(at, "kind"))),
        })
    }
}

fn get_frequency(m: &Object, key: &str, at: &str) -> Result<Frequency, String> {
    datafile::field(m, key, at)
}

impl FromData for Anchor {
    fn from_data(v: &Json, at: &str) -> Result<Self, String> {
        const ALL: [(Anchor, &str); 10] = [
            (Anchor::Referral, "referral"),
            (Anchor::AssessmentStarted, "assessmentStarted"),
            (Anchor::AssessmentCompleted, "assessmentCompleted"),
            (Anchor::PlanRequired, "planRequired"),
            (Anchor::PlanStart, "planStart"),
            (Anchor::StepDownOrPlanStart, "stepDownOrPlanStart"),
            (Anchor::EachMeeting, "eachMeeting"),
            (Anchor::LastVisit, "lastVisit"),
            (Anchor::LastReview, "lastReview"),
            (Anchor::LastOversightOrPlanStart, "lastOversightOrPlanStart"),
        ];
        datafile::one_of(v, at, &ALL.map(|(_, name)| name)).map(|i| ALL[i].0)
    }
}

/// Every `rulesets/<id>.json` as `(id, text)` (listed by `build.rs`).
const EMBEDDED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/rulesets.rs"));

/// Every embedded ruleset, in order of id.
pub fn authorities() -> &'static [Ruleset] {
    static ALL: OnceLock<Vec<Ruleset>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all: Vec<Ruleset> = EMBEDDED
            .iter()
            .map(|(id, text)| {
                // The files are part of the build and tested; a broken one is a bug.
                Ruleset::from_json(text).unwrap_or_else(|e| panic!("rulesets/{id}.json is invalid: {e}"))
            })
            .collect();
        crate::util::sort::sort_by(&mut all, |a, b| a.id.cmp(&b.id));
        all
    })
}

pub fn ruleset(id: &str) -> Option<&'static Ruleset> {
    authorities().iter().find(|r| r.id == id)
}

pub fn authority_ids() -> Vec<&'static str> {
    authorities().iter().map(|rs| rs.id.as_str()).collect()
}

/// The largest ruleset read, in bytes of JSON text; each council's is about 20 kB.
pub const MAX_RULESET_BYTES: usize = 1_000_000;

impl Ruleset {
    /// Parse a ruleset from JSON text (for custom or test rulesets).
    pub fn from_json(text: &str) -> Result<Ruleset, String> {
        if text.len() > MAX_RULESET_BYTES {
            return Err(format!(
                "the ruleset is too large: {}; the limit is {}",
                crate::util::megabytes(text.len() as u64),
                crate::util::megabytes(MAX_RULESET_BYTES as u64)
            ));
        }
        datafile::from_text(text)
    }

    /// The checklist items in display order: the five, then this authority's own.
    pub fn checklist_items(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        CORE_ITEMS.iter().copied().chain(self.items.iter().map(|i| (i.id.as_str(), i.label.as_str())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-rule ruleset whose rule's `check` is `check`.
    fn with_check(check: &str) -> Result<Ruleset, String> {
        Ruleset::from_json(&format!(
            r#"{{"id": "t", "name": "T", "shortName": "T", "source": "t.txt", "document": "D",
                "smart": {{"source": "S"}},
                "rules": [{{"id": "r", "item": "contingency", "severity": "warning", "check": {check},
                            "message": "m", "source": "s", "quote": "q"}}]}}"#
        ))
    }

    #[test]
    fn a_well_formed_rule_reads_with_its_defaults() {
        let rs =
            with_check(r#"{"kind": "maxInterval", "path": "reviews.frequency", "max": {"every": 6, "unit": "weeks"}}"#)
                .unwrap();
        let rule = &rs.rules[0];
        assert!(matches!(&rule.check, Check::MaxInterval { path, max }
            if path == "reviews.frequency" && *max == Frequency::new(6, crate::dates::Unit::Weeks)));
        assert_eq!(rule.severity, Severity::Warning);
        assert!(!rule.essential && rule.when.pathway_in.is_none() && rule.hint.is_none());
        assert!(rs.items.is_empty() && rs.deadlines.is_empty());
    }

    #[test]
    fn every_file_in_rulesets_is_an_authority_in_order_of_id() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rulesets");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let ids: Vec<&str> = authorities().iter().map(|rs| rs.id.as_str()).collect();
        assert_eq!(ids, files);
        assert_eq!(authority_ids(), files);
    }

    #[test]
    fn mistakes_in_a_ruleset_are_refused_with_their_path() {
        let cases = [
            (r#"{"kind": "sometimesTrue", "path": "contingency"}"#, "rules.0.check.kind: unknown kind of check"),
            (r#"{"kind": "present"}"#, "rules.0.check.path: missing"),
            (r#"{"kind": "present", "path": "contingency", "max": 3}"#, "rules.0.check.max: unknown field"),
            (r#"{"kind": "outcomeNeeds", "path": "outcomes"}"#, "rules.0.check.path: unknown field"),
            (
                r#"{"kind": "nextReviewWithin", "max": {"every": 6, "unit": "fortnights"}}"#,
                "rules.0.check.max.unit: expected one of",
            ),
            (
                r#"{"kind": "nextReviewWithin", "max": {"every": -1, "unit": "weeks"}}"#,
                "rules.0.check.max.every: expected a whole number",
            ),
            (r#"{"path": "contingency"}"#, "rules.0.check.kind: missing"),
        ];
        for (check, expected) in cases {
            let err = with_check(check).expect_err(check);
            assert!(err.starts_with(expected), "{check}: got {err:?}, expected it to start {expected:?}");
        }
        let misspelt = Ruleset::from_json(r#"{"id": "t", "nmae": "T"}"#).unwrap_err();
        assert!(misspelt.starts_with("nmae: unknown field"), "{misspelt}");
    }
}
