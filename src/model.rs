//! The plan, as the interchange format (shared/spec/plan-format.md) describes it.
//!
//! Every field is optional: a half-typed form is the normal case, so "missing" is a
//! finding for the rules to make, never a reason to refuse the plan. Nested objects are
//! plain structs whose fields are all optional, so a missing object and an empty one read
//! the same. Reading JSON into these types never fails; see `parse`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    pub child: Child,
    pub pathway: Option<Pathway>,
    pub dates: KeyDates,
    pub lead_professional: LeadProfessional,
    /// Core addition: the CIN coordinator (Salford §1.2–1.3) or independent chair.
    pub coordinator: Person,
    pub needs: Vec<Need>,
    pub outcomes: Vec<Outcome>,
    pub services: Vec<Service>,
    pub contingency: Option<String>,
    pub contacts: Vec<Contact>,
    pub visits: Visits,
    pub reviews: Reviews,
    pub meetings: Vec<Meeting>,
    pub oversight: Oversight,
    pub views: Views,
    pub risk_analysis: Option<String>,
    pub strengths: Option<String>,
    pub worries: Option<String>,
    pub equality: Option<String>,
    pub family_group_conference_considered: Option<bool>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Child {
    pub name: Option<String>,
    pub date_of_birth: Option<NaiveDate>,
    pub disabled: Option<bool>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Pathway {
    Assessment,
    StepDownFromChildProtection,
    SupervisionOrder,
    ShortBreaks,
    Reunification,
}

impl Pathway {
    pub const ALL: [Pathway; 5] = [
        Pathway::Assessment,
        Pathway::StepDownFromChildProtection,
        Pathway::SupervisionOrder,
        Pathway::ShortBreaks,
        Pathway::Reunification,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Pathway::Assessment => "assessment",
            Pathway::StepDownFromChildProtection => "stepDownFromChildProtection",
            Pathway::SupervisionOrder => "supervisionOrder",
            Pathway::ShortBreaks => "shortBreaks",
            Pathway::Reunification => "reunification",
        }
    }

    pub fn parse(s: &str) -> Option<Pathway> {
        Pathway::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyDates {
    pub referral: Option<NaiveDate>,
    pub assessment_started: Option<NaiveDate>,
    pub assessment_completed: Option<NaiveDate>,
    pub plan_required: Option<NaiveDate>,
    pub plan_start: Option<NaiveDate>,
    pub step_down: Option<NaiveDate>,
    pub order_ends: Option<NaiveDate>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LeadProfessional {
    pub name: Option<String>,
    pub role: Option<String>,
    pub agency: Option<String>,
    pub responsibilities: Option<String>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub name: Option<String>,
    pub role: Option<String>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Need {
    pub id: Option<String>,
    pub description: Option<String>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    pub id: Option<String>,
    /// Ids of the needs this outcome answers.
    pub needs: Vec<String>,
    pub description: Option<String>,
    pub measure: Option<String>,
    pub target_date: Option<NaiveDate>,
    pub actions: Vec<Action>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    pub description: Option<String>,
    pub owner: Option<String>,
    pub due: Option<NaiveDate>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    pub name: Option<String>,
    pub provider: Option<String>,
    pub purpose: Option<String>,
    pub scarce: Option<bool>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Contact {
    pub who: Option<String>,
    pub role: Option<String>,
    pub nature: Option<String>,
    pub frequency: Option<Frequency>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Visits {
    pub frequency: Option<Frequency>,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    pub last_written_up: Option<NaiveDate>,
    pub child_seen_alone: Option<bool>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reviews {
    pub frequency: Option<Frequency>,
    pub last: Option<NaiveDate>,
    pub next: Option<NaiveDate>,
    pub means: Option<String>,
    /// Core addition: why reviews are less frequent than the procedure's usual maximum
    /// (Milton Keynes and Salford allow this in exceptional circumstances).
    pub exception_reason: Option<String>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meeting {
    pub kind: Option<MeetingKind>,
    pub date: Option<NaiveDate>,
    pub chair: Person,
    pub minute_taker: Person,
    pub child_attended: Option<bool>,
    pub parents_attended: Option<bool>,
    pub non_attendance_reason: Option<String>,
    pub minutes_distributed: Option<NaiveDate>,
    pub plan_recorded: Option<NaiveDate>,
    pub plan_copies_sent: Option<NaiveDate>,
    pub agreement_signed: Option<bool>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MeetingKind {
    Initial,
    Review,
    Final,
}

impl MeetingKind {
    pub fn parse(s: &str) -> Option<MeetingKind> {
        match s {
            "initial" => Some(MeetingKind::Initial),
            "review" => Some(MeetingKind::Review),
            "final" => Some(MeetingKind::Final),
            _ => None,
        }
    }
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Oversight {
    pub last: Option<NaiveDate>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Views {
    pub child: Option<String>,
    pub parents: Option<String>,
}

/// "every 3 weeks": an interval between two events.
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Frequency {
    pub every: u32,
    pub unit: Unit,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Unit {
    Days,
    WorkingDays,
    Weeks,
    Months,
}

impl Unit {
    pub fn parse(s: &str) -> Option<Unit> {
        match s {
            "days" => Some(Unit::Days),
            "workingDays" => Some(Unit::WorkingDays),
            "weeks" => Some(Unit::Weeks),
            "months" => Some(Unit::Months),
            _ => None,
        }
    }
}

impl Frequency {
    pub const fn new(every: u32, unit: Unit) -> Frequency {
        Frequency { every, unit }
    }

    /// "6 weeks", "1 month", "20 working days".
    pub fn describe(&self) -> String {
        let mut out = String::with_capacity(16);
        self.push_to(&mut out);
        out
    }

    /// `describe` written onto the end of `out`.
    pub fn push_to(&self, out: &mut String) {
        let n = self.every;
        let word = match (self.unit, n == 1) {
            (Unit::Days, true) => "day",
            (Unit::Days, false) => "days",
            (Unit::WorkingDays, true) => "working day",
            (Unit::WorkingDays, false) => "working days",
            (Unit::Weeks, true) => "week",
            (Unit::Weeks, false) => "weeks",
            (Unit::Months, true) => "month",
            (Unit::Months, false) => "months",
        };
        crate::template::push_num(out, n as usize);
        out.push(' ');
        out.push_str(word);
    }
}

impl std::fmt::Display for Frequency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}
