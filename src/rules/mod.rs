//! Rulesets: a council's procedure as data, one JSON file per authority (format 1, see
//! docs/RULESETS.md and `rulesets/schema.json`). The files in `rulesets/` are embedded at
//! build time; any other is loaded at run time through the same reader (`load`).
//!
//! A rule names a *kind* of check (implemented once in `engine::checks`) and gives it
//! parameters, a severity, a message and the procedure passage it comes from. Adding a
//! requirement to an authority is editing its JSON file; a new kind of check is the only
//! thing that needs code.
//!
//! Message templates may use `{authority}` (short name) and the variables the rule's kind
//! of check fills in ([`CheckKind::vars`]): `{limit}` (the authority's number, e.g.
//! "6 weeks"), `{actual}` (what the plan says), `{n}` (1-based row number, e.g. outcome 2),
//! `{date}` / `{deadline}` (formatted dates), `{role}`.

pub(crate) mod datafile;
mod kinds;
pub mod lint;
pub mod load;
pub mod schema;
pub mod template;

pub use datafile::Problem;
pub use kinds::{present_paths, yes_no_paths, CheckKind, CHECK_KINDS, DUE_KINDS, INTERVAL_PATHS, PER_MEETING_KINDS};
pub use load::{load, MAX_RULESET_BYTES};

use crate::dates::Frequency;
use crate::plan::Pathway;
use crate::report::{Procedure, Severity};
use datafile::{data_struct, read_struct};
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

/// The version of the ruleset format this cinplan reads.
pub const FORMAT: u32 = 1;

data_struct! {
    /// A council's Child in Need procedure as the rules cinplan checks plans against (ruleset format 1; docs/RULESETS.md).
    #[derive(Debug, Clone)]
    pub struct Ruleset {
        /// Where editors find this format's JSON Schema, e.g. "./schema.json"; cinplan does not read it.
        pub schema: Option<String> = "$schema",
        /// The ruleset format the file is written in: 1. (Required: `load` says so when it
        /// is missing, before reading the rest.)
        pub format: u32 = "format" or 0,
        /// How the authority is asked for: lower-case letters, digits and hyphens, e.g. "kestrel-vale".
        pub id: String = "id",
        /// The authority's full name, e.g. "Reading (Brighter Futures for Children)".
        pub name: String = "name",
        /// The short name messages use: "Reading requires …".
        pub short_name: String = "shortName",
        /// This ruleset's own version, e.g. "1.0" or "2026-11-29": every report names it.
        pub version: String = "version",
        /// The procedure the rules come from: its title, publisher, version or date, and address.
        pub procedure: Procedure = "procedure",
        /// The name of the procedure's text file the quotes come from, e.g. "berkshire-west.txt" (reports show it as authority.source).
        pub source: String = "source",
        /// Checklist items this authority adds to the five every authority has.
        pub items: Vec<ItemDef> = "items" or Vec::new(),
        /// The procedure passage the SMART findings on outcomes cite.
        pub smart: Citation = "smart",
        /// How long most plans are expected to last: outcome target dates beyond it are flagged by an outcomeWithinDuration rule.
        pub expected_duration: Vec<ExpectedDuration> = "expectedDuration" or Vec::new(),
        /// What the procedure requires of a plan, one rule per requirement.
        pub rules: Vec<Rule> = "rules",
        /// The dates the procedure sets (reviews, visits, minutes…), each counted from an anchor.
        pub deadlines: Vec<Deadline> = "deadlines" or Vec::new(),
    }
}

read_struct!(Procedure {
    title: String = "title"; "The procedure's title, as published.",
    publisher: String = "publisher"; "Who publishes it: the council or the safeguarding partnership.",
    version: Option<String> = "version"; "Its version or amendment, as the document states it (give this, the date, or both).",
    date: Option<String> = "date"; "The date of the version the rules follow, YYYY-MM-DD.",
    url: Option<String> = "url"; "Where it is published (https://…)."
}; "The procedure the rules come from. Reports name it, for the audit trail.");

data_struct! {
    /// A checklist item of this authority's own.
    #[derive(Debug, Clone)]
    pub struct ItemDef {
        /// How rules and deadlines refer to it, e.g. "participation".
        pub id: String = "id",
        /// What the checklist calls it, e.g. "Child and family voice".
        pub label: String = "label",
    }
}

data_struct! {
    /// A passage of the procedure.
    #[derive(Debug, Clone)]
    pub struct Citation {
        /// The procedure and its section or heading.
        pub source: String = "source",
        /// The procedure's own words.
        pub quote: Option<String> = "quote",
    }
}

data_struct! {
    /// How long plans are expected to last, on the plans `when` describes.
    #[derive(Debug, Clone)]
    pub struct ExpectedDuration {
        /// The longest expected duration, from the plan's start.
        pub max: Frequency = "max",
        /// Which plans it applies to (all when absent); the first that applies counts.
        pub when: When = "when" or When::default(),
        /// The procedure and its section or heading.
        pub source: String = "source",
        /// The procedure's own words.
        pub quote: Option<String> = "quote",
        /// How the procedure's words were read, where they could be read more than one way.
        pub interpretation: Option<String> = "interpretation",
    }
}

data_struct! {
    /// Conditions under which a rule or deadline applies. All given conditions must hold.
    #[derive(Debug, Clone, Default)]
    pub struct When {
        /// Applies only on these pathways. A plan with no pathway counts as "assessment".
        pub pathway_in: Option<Vec<Pathway>> = "pathwayIn",
        /// Applies on every pathway but these.
        pub pathway_not_in: Option<Vec<Pathway>> = "pathwayNotIn",
        /// true: only for a disabled child; false: only when the child is not recorded as disabled.
        pub disabled: Option<bool> = "disabled",
        /// Only once the plan (from dates.planStart) has run at least this long by today.
        pub plan_age_at_least: Option<Frequency> = "planAgeAtLeast",
    }
}

data_struct! {
    /// One requirement of the procedure, checked in every plan.
    #[derive(Debug, Clone)]
    pub struct Rule {
        /// Names the rule in reports (finding.rule), e.g. "reviews.interval-max"; unique in the ruleset.
        pub id: String = "id",
        /// The checklist item the rule counts against: one of the five or one of items.
        pub item: String = "item",
        /// error: the procedure says must; warning: it says should; info: advice.
        pub severity: Severity = "severity",
        /// What is checked: a kind of check and its parameters.
        pub check: Check = "check",
        /// Which plans the rule applies to (all when absent).
        pub when: When = "when" or When::default(),
        /// When this rule fails the item is "not met" rather than "partly met" (the item's core content is missing altogether).
        pub essential: bool = "essential" or false,
        /// What the practitioner reads, in plain English; may use {authority} and the placeholders of its kind of check.
        pub message: Template = "message",
        /// A concrete suggestion for fixing it; the same placeholders as the message.
        pub hint: Option<Template> = "hint",
        /// The procedure and its section or heading, e.g. "Reading procedure §3, 'Reviews'".
        pub source: String = "source",
        /// The procedure's own words the rule comes from.
        pub quote: String = "quote",
        /// How the procedure's words were read, where they could be read more than one way.
        pub interpretation: Option<String> = "interpretation",
    }
}

/// The kinds of check. Each is implemented once, in `engine::checks`; what each checks,
/// its parameters and its placeholders are listed in `kinds.rs`.
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
    /// deadline counts from, is fixed per kind (see engine::due); the data gives the
    /// amount, the conditions and the citation.
    #[derive(Debug, Clone)]
    pub struct Deadline {
        /// Names the deadline in reports (a late or missed one's finding.rule); unique in the ruleset.
        pub id: String = "id",
        /// Which event: one of the due[].kind names of the plan format, e.g. "nextReview".
        pub kind: String = "kind",
        /// The date counted from.
        pub from: Anchor = "from",
        /// How long after it; may be left out only for nextVisit, whose interval is then the plan's own.
        pub after: Option<Frequency> = "after",
        /// Names the event where a kind has several, e.g. "Principal Manager review".
        pub label: Option<String> = "label",
        /// Which plans the deadline applies to (all when absent).
        pub when: When = "when" or When::default(),
        /// The checklist item a finding counts against when the event was late or missed.
        pub item: String = "item" or "timescales".to_string(),
        /// error (the default): the procedure says must; warning: should.
        pub severity: Severity = "severity" or Severity::Error,
        /// The procedure and its section or heading.
        pub source: String = "source",
        /// The procedure's own words the deadline comes from.
        pub quote: String = "quote",
        /// How the procedure's words were read, where they could be read more than one way.
        pub interpretation: Option<String> = "interpretation",
    }
}

crate::util::named_enum! {
    /// The date a deadline counts from. `stepDownOrPlanStart`: `dates.stepDown` on the
    /// step-down pathway, else `dates.planStart`; `eachMeeting`: each meeting's date (one
    /// due entry per meeting); `lastVisit`: `visits.last`, else `visits.first`;
    /// `lastReview`: the later of `reviews.last` and the latest initial or review meeting;
    /// `lastOversightOrPlanStart`: `oversight.last`, else `dates.planStart`.
    pub enum Anchor {
        Referral = "referral",
        AssessmentStarted = "assessmentStarted",
        AssessmentCompleted = "assessmentCompleted",
        PlanRequired = "planRequired",
        PlanStart = "planStart",
        StepDownOrPlanStart = "stepDownOrPlanStart",
        EachMeeting = "eachMeeting",
        LastVisit = "lastVisit",
        LastReview = "lastReview",
        LastOversightOrPlanStart = "lastOversightOrPlanStart",
    }
}

impl datafile::FromData for Anchor {
    fn from_data(v: &crate::json::Json, at: &datafile::At, p: &mut datafile::Problems) -> Self {
        datafile::one_of(v, at, &Anchor::NAMES, p).map_or(Anchor::PlanStart, |i| Anchor::ALL[i])
    }
    fn fallback() -> Self {
        Anchor::PlanStart
    }
    fn schema(_: &mut datafile::Defs) -> serde_json::Value {
        datafile::enum_schema(&Anchor::NAMES)
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
                load(text)
                    .unwrap_or_else(|problems| panic!("rulesets/{id}.json is invalid:\n{}", datafile::lines(&problems)))
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

/// Whether `rs` is one of the rulesets built into cinplan (not one loaded at run time,
/// even with the same content).
pub fn is_built_in(rs: &Ruleset) -> bool {
    authorities().iter().any(|b| std::ptr::eq(b, rs))
}

impl Ruleset {
    /// Reads a ruleset from JSON text; on failure, the first problems, one per line
    /// ([`load`] gives them as a list).
    pub fn from_json(text: &str) -> Result<Ruleset, String> {
        load(text).map_err(|problems| datafile::lines(&problems))
    }

    /// The checklist items in display order: the five, then this authority's own.
    pub fn checklist_items(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        CORE_ITEMS.iter().copied().chain(self.items.iter().map(|i| (i.id.as_str(), i.label.as_str())))
    }

    /// What reports say of this ruleset (`report.authority.ruleset`).
    pub fn audit(&self) -> crate::report::RulesetRef {
        crate::report::RulesetRef {
            format: self.format,
            version: self.version.clone(),
            built_in: is_built_in(self),
            procedure: self.procedure.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-rule ruleset whose rule's `check` is `check`.
    fn with_check(check: &str) -> Result<Ruleset, String> {
        Ruleset::from_json(&format!(
            r#"{{"format": 1, "id": "t", "name": "T", "shortName": "T", "version": "1", "source": "t.txt",
                "procedure": {{"title": "D", "publisher": "P", "date": "2026-01-05"}},
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
        assert!(!is_built_in(&rs));
        assert!(authorities().iter().all(is_built_in));
    }

    #[test]
    fn every_kind_of_check_is_read() {
        for kind in &CHECK_KINDS {
            let params: Vec<String> = kind
                .params
                .iter()
                .map(|p| match (kind.name, *p) {
                    (_, "path") if kind.name == "isTrue" => r#""path": "visits.childSeenAlone""#.to_string(),
                    (_, "path") => r#""path": "reviews.frequency""#.to_string(),
                    (_, "allowed" | "forbidden") => format!(r#""{p}": ["manager"]"#),
                    _ => format!(r#""{p}": {{"every": 6, "unit": "weeks"}}"#),
                })
                .collect();
            let check = format!(
                r#"{{"kind": "{}"{}{}}}"#,
                kind.name,
                if params.is_empty() { "" } else { ", " },
                params.join(", ")
            );
            let rs = with_check(&check).unwrap_or_else(|e| panic!("{check}: {e}"));
            assert_eq!(rs.rules[0].check.kind().name, kind.name);
        }
    }

    #[test]
    fn mistakes_in_a_ruleset_are_refused_with_their_path() {
        let cases = [
            (r#"{"kind": "sometimesTrue", "path": "contingency"}"#, "rules.0.check.kind: \"sometimesTrue\" is not a kind of check"),
            (r#"{"kind": "present"}"#, "rules.0.check.path: is required but missing"),
            (r#"{"kind": "present", "path": "contingency", "max": 3}"#, "rules.0.check.max: is not a field here"),
            (r#"{"kind": "outcomeNeeds", "path": "outcomes"}"#, "rules.0.check.path: is not a field here"),
            (
                r#"{"kind": "nextReviewWithin", "max": {"every": 6, "unit": "fortnights"}}"#,
                "rules.0.check.max.unit: \"fortnights\" is not one of days, workingDays, weeks, months",
            ),
            (
                r#"{"kind": "nextReviewWithin", "max": {"every": -1, "unit": "weeks"}}"#,
                "rules.0.check.max.every: should be a whole number from 1 to 999, not the number -1",
            ),
            (r#"{"path": "contingency"}"#, "rules.0.check.kind: is required but missing"),
            (r#"{"kind": "present", "path": "leadProfesional.name"}"#, "rules.0.check.path: \"leadProfesional.name\" is not a field of the plan; did you mean \"leadProfessional.name\"?"),
            (r#"{"kind": "isTrue", "path": "contingency"}"#, "rules.0.check.path: \"contingency\" is not a yes/no field of the plan"),
        ];
        for (check, expected) in cases {
            let err = with_check(check).expect_err(check);
            assert!(err.starts_with(expected), "{check}: got {err:?}, expected it to start {expected:?}");
        }
        let misspelt = Ruleset::from_json(r#"{"format": 1, "id": "t", "nmae": "T"}"#).unwrap_err();
        assert!(misspelt.starts_with("nmae: is not a field here; did you mean \"name\"?"), "{misspelt}");
    }
}
