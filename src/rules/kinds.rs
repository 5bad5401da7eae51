//! The kinds of check and of deadline a ruleset may use, as data: what each checks, the
//! parameters it takes and the placeholders its messages may use. The reader, the
//! ruleset lint, the JSON Schema and docs/RULESETS.md all go by these tables; the checks
//! themselves are in `engine::checks`, the deadlines in `engine::due`.

use super::datafile::{self, did_you_mean, expected, field, field_or, object, quoted, At, Defs, FromData, Problems};
use super::Check;
use crate::dates::Frequency;
use crate::json::Json;
use crate::plan::{Field, Plan};
use serde_json::{json, Value};

/// One kind of check.
pub struct CheckKind {
    /// As rulesets write it: `"kind": "maxInterval"`.
    pub name: &'static str,
    /// The parameters it takes beside `kind`.
    pub params: &'static [&'static str],
    /// The placeholders every one of its findings fills in, beside `{authority}`. (Some
    /// kinds fill others only sometimes, e.g. `{date}` once a target date is given; a
    /// message may not rely on those.)
    pub vars: &'static [&'static str],
}

const fn kind(name: &'static str, params: &'static [&'static str], vars: &'static [&'static str]) -> CheckKind {
    CheckKind { name, params, vars }
}

impl CheckKind {
    /// What it checks, in one sentence (for the schema and the docs; not in the wasm).
    pub fn about(&self) -> &'static str {
        match self.name {
        "present" => "The field at path is filled in: text not blank, a list with a row, a date, number, choice or yes/no given.",
        "isTrue" => "The yes/no field at path is yes.",
        "maxInterval" => "The plan's review or visit frequency (path: reviews.frequency or visits.frequency) is no longer than max.",
        "nextReviewWithin" => "The next review (reviews.next) is no later than max after the last review or meeting, unless a longer interval's reason is recorded.",
        "reviewExceptionRecorded" => "Reviews set further apart than usual have their reason recorded (reviews.exceptionReason).",
        "contactsDescribed" => "Contacts are recorded, each with its nature and frequency.",
        "outcomeNeeds" => "Each outcome names at least one need, and only needs the plan has.",
        "outcomeNeedsKnown" => "Each need an outcome names is one the plan has (an outcome naming none passes).",
        "outcomeMeasure" => "Each outcome says how it will be measured.",
        "outcomeTargetDate" => "Each outcome has a target date after the plan starts.",
        "outcomeWithinDuration" => "Each outcome's target date falls within the expected duration (expectedDuration) from the plan's start.",
        "outcomeWithinOrder" => "Each outcome's target date falls before a supervision order ends (dates.orderEnds).",
        "outcomeActions" => "Each outcome has at least one action.",
        "actionOwner" => "Each action names who will do it ({n} is its outcome's number).",
        "actionDue" => "Each action has a due date ({n} is its outcome's number).",
        "scarceServices" => "Flags each service marked scarce: the plan should not depend on it.",
        "minuteTakerNotChair" => "Each meeting held has a minute taker, who is not the chair.",
        "chairRole" => "Each meeting held is chaired by a role containing one of allowed (any, when empty) and none of forbidden.",
        "nonAttendanceReason" => "A meeting the child or the parents did not attend records why.",
        "parentsAttended" => "The parents attended each meeting held.",
        "agreementSigned" => "Each meeting held records the signed agreement to the plan.",
        "reviewBeforeClosure" => "A final meeting comes after a review of the plan.",
        "closureNotBefore" => "A final meeting is no earlier than after from the plan's start (from step-down on that pathway).",
            _ => "",
        }
    }
}

/// Every kind of check, in the order docs/RULESETS.md describes them. The placeholders
/// are those `engine::checks` fills for every finding of the kind (tests/rulesets.rs
/// breaks a plan for each kind and checks that they are filled).
pub const CHECK_KINDS: [CheckKind; 23] = [
    kind("present", &["path"], &[]),
    kind("isTrue", &["path"], &[]),
    kind("maxInterval", &["path", "max"], &["actual", "limit"]),
    kind("nextReviewWithin", &["max"], &["date", "deadline", "limit"]),
    kind("reviewExceptionRecorded", &["usual"], &["actual", "limit"]),
    kind("contactsDescribed", &[], &["actual"]),
    kind("outcomeNeeds", &[], &["n", "actual"]),
    kind("outcomeNeedsKnown", &[], &["n", "actual"]),
    kind("outcomeMeasure", &[], &["n"]),
    kind("outcomeTargetDate", &[], &["n"]),
    kind("outcomeWithinDuration", &[], &["n", "date", "deadline", "limit"]),
    kind("outcomeWithinOrder", &[], &["n", "date", "deadline"]),
    kind("outcomeActions", &[], &["n"]),
    kind("actionOwner", &[], &["n"]),
    kind("actionDue", &[], &["n"]),
    kind("scarceServices", &[], &["n", "actual"]),
    kind("minuteTakerNotChair", &[], &["n", "actual"]),
    kind("chairRole", &["allowed", "forbidden"], &["n", "role"]),
    kind("nonAttendanceReason", &[], &["n", "actual"]),
    kind("parentsAttended", &[], &["n"]),
    kind("agreementSigned", &[], &["n"]),
    kind("reviewBeforeClosure", &[], &["n", "date"]),
    kind("closureNotBefore", &["after"], &["n", "date", "deadline", "limit"]),
];

/// The kinds of deadline: the `due[].kind` names of the plan format. What records each as
/// done, and where in the plan, is fixed in `engine::due`.
pub const DUE_KINDS: [&str; 12] = [
    "initialMeeting",
    "firstVisit",
    "nextReview",
    "nextVisit",
    "visitWriteUp",
    "minutesDistributed",
    "planRecorded",
    "planCopiesSent",
    "managerOversight",
    "assessmentUpdate",
    "escalationReview",
    "earliestClosure",
];

/// The deadline kinds recorded per meeting: they count from `eachMeeting`, and only they do.
pub const PER_MEETING_KINDS: [&str; 3] = ["minutesDistributed", "planRecorded", "planCopiesSent"];

/// The frequencies a `maxInterval` check compares.
pub const INTERVAL_PATHS: [&str; 2] = ["reviews.frequency", "visits.frequency"];

impl Check {
    /// This check's kind, as the tables above describe it.
    pub fn kind(&self) -> &'static CheckKind {
        let name = match self {
            Check::Present { .. } => "present",
            Check::IsTrue { .. } => "isTrue",
            Check::MaxInterval { .. } => "maxInterval",
            Check::NextReviewWithin { .. } => "nextReviewWithin",
            Check::ReviewExceptionRecorded { .. } => "reviewExceptionRecorded",
            Check::ContactsDescribed => "contactsDescribed",
            Check::OutcomeNeeds => "outcomeNeeds",
            Check::OutcomeNeedsKnown => "outcomeNeedsKnown",
            Check::OutcomeMeasure => "outcomeMeasure",
            Check::OutcomeTargetDate => "outcomeTargetDate",
            Check::OutcomeWithinDuration => "outcomeWithinDuration",
            Check::OutcomeWithinOrder => "outcomeWithinOrder",
            Check::OutcomeActions => "outcomeActions",
            Check::ActionOwner => "actionOwner",
            Check::ActionDue => "actionDue",
            Check::ScarceServices => "scarceServices",
            Check::MinuteTakerNotChair => "minuteTakerNotChair",
            Check::ChairRole { .. } => "chairRole",
            Check::NonAttendanceReason => "nonAttendanceReason",
            Check::ParentsAttended => "parentsAttended",
            Check::AgreementSigned => "agreementSigned",
            Check::ReviewBeforeClosure => "reviewBeforeClosure",
            Check::ClosureNotBefore { .. } => "closureNotBefore",
        };
        CHECK_KINDS.iter().find(|k| k.name == name).unwrap_or(&CHECK_KINDS[0])
    }
}

/// The plan fields a `present` rule may name, in the plan format's order: every field
/// that is text, a date, a number, a choice, a yes/no, an interval or a list.
pub fn present_paths() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for f in crate::plan::fields() {
        let mut prefix = String::new();
        for part in f.path.split('.') {
            if part == "*" {
                break;
            }
            if !prefix.is_empty() {
                prefix.push('.');
            }
            prefix.push_str(part);
            if crate::plan::is_field(&prefix) && !out.contains(&prefix) {
                out.push(prefix.clone());
            }
        }
    }
    out
}

/// The yes/no fields an `isTrue` rule may name.
pub fn yes_no_paths() -> Vec<String> {
    let plan = Plan::default();
    present_paths().into_iter().filter(|p| matches!(crate::plan::field(&plan, p), Some(Field::Flag(_)))).collect()
}

/// `path` of a `present` or `isTrue` check: a field of the plan (a yes/no field for isTrue).
fn plan_path(m: &crate::json::Object, at: &At, yes_no: bool, p: &mut Problems) -> String {
    let path: String = field(m, "path", at, p);
    if path.is_empty() {
        if m.get("path").and_then(Json::as_str).is_some() {
            p.add(&at.key("path"), "is blank; name a field of the plan");
        }
        return path;
    }
    let fits = match crate::plan::field(&Plan::default(), &path) {
        None => false,
        Some(Field::Flag(_)) => true,
        Some(_) => !yes_no,
    };
    if !fits {
        let known = if yes_no { yes_no_paths() } else { present_paths() };
        let what = if yes_no { " is not a yes/no field of the plan" } else { " is not a field of the plan" };
        let known_names: Vec<&str> = known.iter().map(String::as_str).collect();
        let near = did_you_mean(&path, &known_names);
        let rest = if near.is_empty() && yes_no {
            ["; isTrue can check ", &known.join(", ")].concat()
        } else if near.is_empty() {
            "; docs/RULESETS.md lists the fields".to_string()
        } else {
            near
        };
        p.add(&at.key("path"), [&quoted(&path), what, &rest].concat());
    }
    path
}

impl FromData for Check {
    /// `{"kind": "maxInterval", "path": …, "max": …}`: the kind, then exactly its parameters.
    fn from_data(v: &Json, at: &At, p: &mut Problems) -> Self {
        let Some(m) = v.as_object() else {
            p.add(at, expected("an object (fields in { })", v));
            return Self::fallback();
        };
        let kind_at = at.key("kind");
        let kind = match m.get("kind") {
            None => {
                p.add(&kind_at, "is required but missing: it says what is checked, e.g. \"present\"");
                None
            }
            Some(Json::String(name)) => {
                let found = CHECK_KINDS.iter().find(|k| k.name == name.as_ref());
                if found.is_none() {
                    let names: Vec<&str> = CHECK_KINDS.iter().map(|k| k.name).collect();
                    let mut near = did_you_mean(name, &names);
                    if near.is_empty() {
                        near = ["; the kinds are ", &names.join(", ")].concat();
                    }
                    p.add(&kind_at, [&quoted(name), " is not a kind of check", &near].concat());
                }
                found
            }
            Some(other) => {
                p.add(&kind_at, expected("the name of a kind of check, e.g. \"present\"", other));
                None
            }
        };
        let Some(kind) = kind else { return Self::fallback() };
        let mut known = vec!["kind"];
        known.extend(kind.params);
        object(v, at, &known, p);
        let freq = |key, p: &mut Problems| -> Frequency { field(m, key, at, p) };
        match kind.name {
            "present" => Check::Present { path: plan_path(m, at, false, p) },
            "isTrue" => Check::IsTrue { path: plan_path(m, at, true, p) },
            "maxInterval" => {
                let path = match m.get("path") {
                    Some(v) => {
                        datafile::one_of(v, &at.key("path"), &INTERVAL_PATHS, p).map_or("", |i| INTERVAL_PATHS[i])
                    }
                    None => {
                        p.add(&at.key("path"), "is required but missing");
                        ""
                    }
                };
                Check::MaxInterval { path: path.to_string(), max: freq("max", p) }
            }
            "nextReviewWithin" => Check::NextReviewWithin { max: freq("max", p) },
            "reviewExceptionRecorded" => Check::ReviewExceptionRecorded { usual: freq("usual", p) },
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
                allowed: field_or(m, "allowed", at, p, Vec::new),
                forbidden: field_or(m, "forbidden", at, p, Vec::new),
            },
            "nonAttendanceReason" => Check::NonAttendanceReason,
            "parentsAttended" => Check::ParentsAttended,
            "agreementSigned" => Check::AgreementSigned,
            "reviewBeforeClosure" => Check::ReviewBeforeClosure,
            "closureNotBefore" => Check::ClosureNotBefore { after: freq("after", p) },
            // A kind in CHECK_KINDS that is not read here: a test reads every kind.
            _ => {
                p.add(&kind_at, [&quoted(kind.name), " is not read by this version of cinplan"].concat());
                Self::fallback()
            }
        }
    }

    fn fallback() -> Self {
        Check::ContactsDescribed
    }

    /// One schema per kind, told apart by `kind`, so editors complete the parameters.
    fn schema(defs: &mut Defs) -> Value {
        datafile::named_schema(defs, "Check", |defs| {
            let interval = Frequency::schema(defs);
            let texts = json!({ "type": "array", "items": { "type": "string" } });
            let each: Vec<Value> = CHECK_KINDS
                .iter()
                .map(|k| {
                    let mut fields = vec![("kind", json!({ "const": k.name }), true, &[][..])];
                    for param in k.params {
                        let (schema, required, doc): (Value, bool, &[&str]) = match (k.name, *param) {
                            ("present", "path") => (
                                json!({ "enum": present_paths() }),
                                true,
                                &["The plan field, e.g. \"leadProfessional.name\"."],
                            ),
                            ("isTrue", "path") => {
                                (json!({ "enum": yes_no_paths() }), true, &["The yes/no plan field."])
                            }
                            ("maxInterval", "path") => {
                                (json!({ "enum": INTERVAL_PATHS }), true, &["The plan's review or visit frequency."])
                            }
                            ("chairRole", "allowed") => (
                                texts.clone(),
                                false,
                                &["Words one of which the chair's role must contain (any role when empty)."],
                            ),
                            ("chairRole", "forbidden") => {
                                (texts.clone(), false, &["Words the chair's role must not contain."])
                            }
                            ("maxInterval" | "nextReviewWithin", "max") => {
                                (interval.clone(), true, &["The longest interval allowed."])
                            }
                            ("reviewExceptionRecorded", "usual") => {
                                (interval.clone(), true, &["The usual longest interval between reviews."])
                            }
                            _ => (interval.clone(), true, &["The shortest time from the plan's start."]),
                        };
                        fields.push((param, schema, required, doc));
                    }
                    let placeholders = if k.vars.is_empty() {
                        " Message placeholders: {authority}.".to_string()
                    } else {
                        [" Message placeholders: {authority}, {", &k.vars.join("}, {"), "}."].concat()
                    };
                    let about = [k.about(), &placeholders].concat();
                    datafile::object_schema(fields, &[&about])
                })
                .collect();
            json!({
                "description": "What is checked: \"kind\" names the kind of check, and the rest are its parameters.",
                "type": "object",
                "required": ["kind"],
                "properties": { "kind": { "enum": CHECK_KINDS.iter().map(|k| k.name).collect::<Vec<_>>() } },
                "oneOf": each,
            })
        })
    }
}
