//! The report: what the core answers for one plan (shared/spec/plan-format.md, "Report").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub authority: AuthorityRef,
    /// The date the report was computed against, as the caller passed it.
    pub today: NaiveDate,
    pub checklist: Vec<ChecklistEntry>,
    pub findings: Vec<Finding>,
    pub due: Vec<DueDate>,
    /// Bank holidays from the earlier of today and the first due date to the later of
    /// 12 weeks ahead and the last due date (at most two years), for calendars.
    #[serde(default)]
    pub holidays: Vec<Holiday>,
    /// Per-outcome SMART verdicts (S, M, A, R, T and plain language), one per outcome.
    #[serde(default)]
    pub smart: Vec<OutcomeSmart>,
}

impl Report {
    pub fn errors(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }
    pub fn warnings(&self) -> usize {
        self.findings.iter().filter(|f| f.severity == Severity::Warning).count()
    }
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorityRef {
    pub id: String,
    pub name: String,
    /// The file in shared/seeds the rules come from.
    pub source: String,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChecklistEntry {
    pub item: String,
    /// Human label: "Lead professional".
    pub label: String,
    pub status: Status,
    /// One sentence saying why the status is what it is.
    pub reason: String,
    /// Indexes into `Report::findings` that belong to this item.
    pub findings: Vec<usize>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    Met,
    Partial,
    NotMet,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    pub rule: String,
    /// The checklist item this finding counts against (`input` for `input.invalid`).
    pub item: String,
    pub severity: Severity,
    /// Dotted path into the plan: `outcomes.0.targetDate`; "" for the plan as a whole.
    pub path: String,
    pub message: String,
    /// The procedure and its section or heading.
    pub source: String,
    /// The procedure's own words, for trainers ("why does it say that?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// A concrete suggestion for fixing it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DueDate {
    pub kind: String,
    /// Names the event where a kind has several ("Independent case-mapping meeting").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub date: NaiveDate,
    pub overdue: bool,
    /// Whether the plan records the event as done.
    pub done: bool,
    /// "6 weeks after the review on 6 Oct 2026 (Reading)".
    pub basis: String,
    pub source: String,
    /// Where in the plan the event is recorded, for placing the date beside a field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Holiday {
    pub date: NaiveDate,
    pub name: String,
}

/// SMART verdict for one outcome. Filled by the SMART analysis (`smart` module).
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeSmart {
    /// `outcomes.N`
    pub path: String,
    pub letters: Vec<LetterVerdict>,
}

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LetterVerdict {
    /// "S", "M", "A", "R", "T" or "P" (plain language).
    pub letter: String,
    pub met: bool,
    pub reasons: Vec<String>,
}
