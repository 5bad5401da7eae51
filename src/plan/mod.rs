//! The plan, as the interchange format (shared/spec/plan-format.md) describes it, declared
//! once: each field with its key and its plain-English label. From this declaration come
//! the Rust types (and, through their serde names, the TypeScript `Plan` type), the
//! lenient reading of JSON into them (`read`), the list of fields a form can map to
//! ([`fields`], `planFields()` in JS), and the paths a `present` or `isTrue` rule may name
//! ([`field`]).
//!
//! Every field is optional: a half-typed form is the normal case, so "missing" is a
//! finding for the rules to make, never a reason to refuse the plan. Nested objects are
//! plain structs whose fields are all optional, so a missing object and an empty one read
//! the same. Reading JSON into these types never fails; see `read`.

mod read;
mod value;

pub use crate::dates::{Frequency, Unit};
pub use read::{invalid_finding, item_for_path, INVALID, MAX_INVALID, MAX_PLAN_BYTES, MAX_ROWS, MAX_TEXT};
pub use value::{Field, FieldType, PlanField};

use crate::json::{self, Json};
use crate::report::Finding;
use crate::util::{filled, named_enum};
use chrono::NaiveDate;
use read::{Path, Reader};
use serde::Deserialize;
use value::{list_fields, plan_struct, Choice, Record, Row, Shape, Value};

plan_struct! {
    pub struct Plan {
        pub child: Child = "child" ("child"),
        pub pathway: Option<Pathway> = "pathway" ("pathway"),
        pub dates: KeyDates = "dates" ("key dates"),
        pub lead_professional: LeadProfessional = "leadProfessional" ("lead professional"),
        #[doc = " Core addition: the CIN coordinator (Salford §1.2–1.3) or independent chair."]
        pub coordinator: Person = "coordinator" ("coordinator"),
        pub needs: Vec<Need> = "needs" ("needs"),
        pub outcomes: Vec<Outcome> = "outcomes" ("outcomes"),
        pub services: Vec<Service> = "services" ("services"),
        pub contingency: Option<String> = "contingency" ("contingency plan"),
        pub contacts: Vec<Contact> = "contacts" ("contacts"),
        pub visits: Visits = "visits" ("visits"),
        pub reviews: Reviews = "reviews" ("reviews"),
        pub meetings: Vec<Meeting> = "meetings" ("meetings"),
        pub oversight: Oversight = "oversight" ("oversight"),
        pub views: Views = "views" ("views"),
        pub risk_analysis: Option<String> = "riskAnalysis" ("risk analysis"),
        pub strengths: Option<String> = "strengths" ("family's strengths"),
        pub worries: Option<String> = "worries" ("worries"),
        pub equality: Option<String> = "equality" ("equality and diversity needs"),
        pub family_group_conference_considered: Option<bool> =
            "familyGroupConferenceConsidered" ("whether a family group conference was considered"),
    }
}

plan_struct! {
    pub struct Child {
        pub name: Option<String> = "name" ("child's name"),
        pub date_of_birth: Option<NaiveDate> = "dateOfBirth" ("child's date of birth"),
        pub disabled: Option<bool> = "disabled" ("whether the child is disabled"),
    }
}

named_enum! {
    pub enum Pathway {
        Assessment = "assessment",
        StepDownFromChildProtection = "stepDownFromChildProtection",
        SupervisionOrder = "supervisionOrder",
        ShortBreaks = "shortBreaks",
        Reunification = "reunification",
    }
}

plan_struct! {
    pub struct KeyDates {
        pub referral: Option<NaiveDate> = "referral" ("referral date"),
        pub assessment_started: Option<NaiveDate> = "assessmentStarted" ("date the assessment started"),
        pub assessment_completed: Option<NaiveDate> = "assessmentCompleted" ("date the assessment was completed"),
        pub plan_required: Option<NaiveDate> = "planRequired" ("date a plan was found to be needed"),
        pub plan_start: Option<NaiveDate> = "planStart" ("plan start date"),
        pub step_down: Option<NaiveDate> = "stepDown" ("step-down date"),
        pub order_ends: Option<NaiveDate> = "orderEnds" ("date the supervision order ends"),
    }
}

plan_struct! {
    pub struct LeadProfessional {
        pub name: Option<String> = "name" ("lead professional's name"),
        pub role: Option<String> = "role" ("lead professional's role"),
        pub agency: Option<String> = "agency" ("lead professional's agency"),
        pub responsibilities: Option<String> = "responsibilities" ("lead professional's responsibilities"),
    }
}

plan_struct! {
    #[doc = " A coordinator, a meeting's chair or minute taker."]
    pub struct Person {
        pub name: Option<String> = "name" ("{}'s name"),
        pub role: Option<String> = "role" ("{}'s role"),
    }
}

plan_struct! {
    pub struct Need {
        pub id: Option<String> = "id" ("need's id"),
        pub description: Option<String> = "description" ("need"),
    }
}

plan_struct! {
    pub struct Outcome {
        pub id: Option<String> = "id" ("outcome's id"),
        #[doc = " Ids of the needs this outcome answers."]
        pub needs: Vec<String> = "needs" ("needs the outcome answers"),
        pub description: Option<String> = "description" ("outcome"),
        pub measure: Option<String> = "measure" ("how the outcome is measured"),
        pub target_date: Option<NaiveDate> = "targetDate" ("target date"),
        pub actions: Vec<Action> = "actions" ("actions"),
    }
}

plan_struct! {
    pub struct Action {
        pub description: Option<String> = "description" ("action"),
        pub owner: Option<String> = "owner" ("who does the action"),
        pub due: Option<NaiveDate> = "due" ("action due date"),
    }
}

plan_struct! {
    pub struct Service {
        pub name: Option<String> = "name" ("service"),
        pub provider: Option<String> = "provider" ("service provider"),
        pub purpose: Option<String> = "purpose" ("purpose of the service"),
        pub scarce: Option<bool> = "scarce" ("whether the service is scarce"),
    }
}

plan_struct! {
    pub struct Contact {
        pub who: Option<String> = "who" ("contact"),
        pub role: Option<String> = "role" ("contact's role"),
        pub nature: Option<String> = "nature" ("nature of the contact"),
        pub frequency: Option<Frequency> = "frequency" ("contact frequency"),
    }
}

plan_struct! {
    pub struct Visits {
        pub frequency: Option<Frequency> = "frequency" ("visit frequency"),
        pub first: Option<NaiveDate> = "first" ("date of the first visit"),
        pub last: Option<NaiveDate> = "last" ("date of the last visit"),
        pub last_written_up: Option<NaiveDate> = "lastWrittenUp" ("date the last visit was written up"),
        pub child_seen_alone: Option<bool> = "childSeenAlone" ("whether the child was seen alone"),
    }
}

plan_struct! {
    pub struct Reviews {
        pub frequency: Option<Frequency> = "frequency" ("review frequency"),
        pub last: Option<NaiveDate> = "last" ("date of the last review"),
        pub next: Option<NaiveDate> = "next" ("date of the next review"),
        pub means: Option<String> = "means" ("how progress is reviewed"),
        #[doc = " Core addition: why reviews are less frequent than the procedure's usual maximum"]
        #[doc = " (Milton Keynes and Salford allow this in exceptional circumstances)."]
        pub exception_reason: Option<String> = "exceptionReason" ("reason for less frequent reviews"),
    }
}

plan_struct! {
    pub struct Meeting {
        pub kind: Option<MeetingKind> = "kind" ("kind of meeting"),
        pub date: Option<NaiveDate> = "date" ("meeting date"),
        pub chair: Person = "chair" ("chair"),
        pub minute_taker: Person = "minuteTaker" ("minute taker"),
        pub child_attended: Option<bool> = "childAttended" ("whether the child attended"),
        pub parents_attended: Option<bool> = "parentsAttended" ("whether the parents attended"),
        pub non_attendance_reason: Option<String> = "nonAttendanceReason" ("reason for not attending"),
        pub minutes_distributed: Option<NaiveDate> = "minutesDistributed" ("date the minutes were sent out"),
        pub plan_recorded: Option<NaiveDate> = "planRecorded" ("date the plan was recorded"),
        pub plan_copies_sent: Option<NaiveDate> = "planCopiesSent" ("date copies of the plan were sent"),
        pub agreement_signed: Option<bool> = "agreementSigned" ("whether the agreement was signed"),
    }
}

named_enum! {
    pub enum MeetingKind {
        Initial = "initial",
        Review = "review",
        Final = "final",
    }
}

plan_struct! {
    pub struct Oversight {
        pub last: Option<NaiveDate> = "last" ("date of the last management oversight"),
    }
}

plan_struct! {
    pub struct Views {
        pub child: Option<String> = "child" ("child's views"),
        pub parents: Option<String> = "parents" ("parents' views"),
    }
}

impl Choice for Pathway {
    const CHOICES: &'static [&'static str] = &Self::NAMES;
    fn parse(s: &str) -> Option<Self> {
        Self::parse(s)
    }
}

impl Choice for MeetingKind {
    const CHOICES: &'static [&'static str] = &Self::NAMES;
    fn parse(s: &str) -> Option<Self> {
        Self::parse(s)
    }
}

/// A need or an outcome counts once it is described (a form's empty row does not); any
/// other row by being there.
impl Row for Need {
    fn counts(&self) -> bool {
        filled(&self.description)
    }
}
impl Row for Outcome {
    fn counts(&self) -> bool {
        filled(&self.description)
    }
}
impl Row for Action {}
impl Row for Service {}
impl Row for Contact {}
impl Row for Meeting {}

/// Every field of the plan format, in the order declared: its path (`*` for a row's
/// index), what it holds and its label.
pub fn fields() -> Vec<PlanField> {
    let mut out = Vec::new();
    if let Shape::Object(decls) = Plan::SHAPE {
        list_fields(decls, "", "", &mut out);
    }
    out
}

/// The plain-English label of the field at `path`, for messages: "outcomes.0.targetDate"
/// → "target date", "visits.frequency.unit" → "unit of the visit frequency".
pub fn label_at(path: &str) -> Option<String> {
    match Plan::SHAPE {
        Shape::Object(decls) => value::label_at(decls, path),
        _ => None,
    }
}

/// What a `present` or `isTrue` rule sees at `path` ("leadProfessional.name",
/// "visits.frequency", "needs"); `None` for a path that is not a field of the plan (or is
/// inside a list's rows, which those rules do not look at one by one).
pub fn field<'a>(plan: &'a Plan, path: &str) -> Option<Field<'a>> {
    plan.field(path)
}

/// Whether `key` is the name of a member of some object of the plan format (at any depth):
/// the members a plan's JSON tree keeps.
pub fn is_key(key: &str) -> bool {
    keys().contains(&key)
}

/// Every name of a member of an object of the plan format, each once.
pub fn keys() -> &'static [&'static str] {
    static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        fn collect(decls: &[value::Decl], out: &mut Vec<&'static str>) {
            for d in decls {
                out.push(d.key);
                match d.shape {
                    Shape::Object(fields) | Shape::Rows(fields) => collect(fields, out),
                    Shape::Frequency => out.extend(["every", "unit"]),
                    Shape::Leaf(_) | Shape::Choice(_) => {}
                }
            }
        }
        let mut keys = Vec::new();
        if let Shape::Object(decls) = Plan::SHAPE {
            collect(decls, &mut keys);
        }
        let mut once = Vec::new();
        for k in keys {
            if !once.contains(&k) {
                once.push(k);
            }
        }
        once
    })
}

/// Whether a `present` or `isTrue` rule may name `path`.
pub fn is_field(path: &str) -> bool {
    field(&Plan::default(), path).is_some()
}

/// The one finding for a plan of `bytes` bytes (`None`: more than the limit, how much more
/// unknown), more than [`MAX_PLAN_BYTES`]: it is not read at all.
pub fn too_large(bytes: Option<u64>) -> Finding {
    let limit = crate::util::megabytes(MAX_PLAN_BYTES as u64);
    let size = match bytes {
        Some(bytes) => crate::util::megabytes(bytes),
        None => format!("more than {limit}"),
    };
    invalid_finding(String::new(), format!("This plan is too large to check: {size}; the limit is {limit}"))
}

/// Reads a plan from JSON text. Never fails: what is not a plan becomes `input.invalid`
/// findings, and the rest is read (text that is not JSON at all, or longer than
/// [`MAX_PLAN_BYTES`]: one finding at "").
pub fn plan_from_str(text: &str) -> (Plan, Vec<Finding>) {
    if text.len() > MAX_PLAN_BYTES {
        return (Plan::default(), vec![too_large(Some(text.len() as u64))]);
    }
    // Only what the reader looks at is kept: members it has a name for, the rows it reads.
    match json::parse_some(text, json::Keep { items: MAX_ROWS, key: is_key }) {
        Ok(v) => plan_from_json(&v),
        Err(e) => {
            let what = if e.is_too_deep() {
                "The plan is nested too deeply to be a plan".to_string()
            } else {
                format!("The plan is not valid JSON ({e})")
            };
            (Plan::default(), vec![invalid_finding(String::new(), what)])
        }
    }
}

/// A plan already parsed by serde_json (`check_value`), read through the same tree.
pub fn plan_from_value(v: &serde_json::Value) -> (Plan, Vec<Finding>) {
    match Json::deserialize(v) {
        Ok(tree) => plan_from_json(&tree),
        Err(e) => {
            let what = if json::is_too_deep(&e) {
                "The plan is nested too deeply to be a plan".to_string()
            } else {
                format!("The plan cannot be read ({e})")
            };
            (Plan::default(), vec![invalid_finding(String::new(), what)])
        }
    }
}

/// A plan already read into a [`Json`] tree.
pub(crate) fn plan_from_json(v: &Json) -> (Plan, Vec<Finding>) {
    let mut r = Reader::default();
    let root = Path::Root;
    let plan = match v {
        Json::Object(m) => Plan::read_fields(&mut r, m, &root),
        other => {
            r.invalid(&root, format!("A plan must be a JSON object; this is {}", read::describe(other)));
            Plan::default()
        }
    };
    (plan, r.findings())
}
