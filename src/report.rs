//! The report: what the core answers for one plan (shared/spec/plan-format.md, "Report").

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    pub authority: AuthorityRef,
    /// The date the report was computed against, as the caller passed it.
    #[serde(serialize_with = "iso_date::serialize")]
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

/// The findings a report lists at most. A real plan has tens; a plan with thousands of
/// broken rows would otherwise give a report larger than itself. Past the limit the
/// report says how many more there were (rule [`TRUNCATED`]); the checklist still counts
/// every finding.
pub const MAX_FINDINGS: usize = 1_000;
/// The rule of the finding that says some were left out.
pub const TRUNCATED: &str = "report.truncated";

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
    /// Which ruleset, in which version, the plan was checked against (the audit trail).
    /// Absent only when no ruleset could be used (an unknown authority).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ruleset: Option<RulesetRef>,
}

/// The ruleset a report was made with.
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetRef {
    /// The ruleset format (1).
    pub format: u32,
    /// The ruleset's own version, as its file gives it.
    pub version: String,
    /// Built into cinplan (`true`), or loaded at run time from a file (`false`).
    pub built_in: bool,
    /// The procedure the rules come from.
    pub procedure: Procedure,
}

/// The procedure a ruleset follows, as the ruleset names it.
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Procedure {
    pub title: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Where it is published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
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
    #[serde(serialize_with = "iso_date::serialize")]
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
    #[serde(serialize_with = "iso_date::serialize")]
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

/// Report dates written `YYYY-MM-DD` exactly as chrono writes them, without `core::fmt` for
/// the years 0 to 9999 (every real plan's): chrono's `Display` interprets a format string
/// for each of a report's ~20 dates.
mod iso_date {
    use chrono::{Datelike, NaiveDate};
    use serde::Serializer;

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        match text(*date) {
            Some(bytes) => {
                // SAFETY: `text` writes ASCII digits and hyphens only.
                serializer.serialize_str(unsafe { std::str::from_utf8_unchecked(&bytes) })
            }
            // chrono writes a sign and more digits outside 0..=9999 ("+10000-01-01").
            None => serializer.collect_str(date),
        }
    }

    pub(super) fn text(date: NaiveDate) -> Option<[u8; 10]> {
        let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
        let mut out = *b"0000-00-00";
        for (at, value, digits) in [(0, year, 4), (5, date.month(), 2), (8, date.day(), 2)] {
            let mut rest = value;
            for i in (at..at + digits).rev() {
                out[i] = b'0' + (rest % 10) as u8;
                rest /= 10;
            }
        }
        Some(out)
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn writes_what_chrono_writes() {
            let mut date = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
            for _ in 0..800 {
                assert_eq!(text(date).map(|b| String::from_utf8(b.to_vec()).unwrap()), Some(date.to_string()));
                date = date.succ_opt().unwrap();
            }
            for (y, m, d) in [(0, 1, 1), (7, 3, 9), (999, 12, 31), (9999, 12, 31)] {
                let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
                assert_eq!(String::from_utf8(text(date).unwrap().to_vec()).unwrap(), date.to_string());
            }
            for y in [-1, 10000, 262_142] {
                assert_eq!(text(NaiveDate::from_ymd_opt(y, 1, 1).unwrap()), None);
            }
        }

        #[test]
        fn a_report_writes_dates_as_chrono_does_beyond_four_digit_years() {
            let holiday =
                super::super::Holiday { date: NaiveDate::from_ymd_opt(10000, 1, 2).unwrap(), name: "x".into() };
            assert_eq!(serde_json::to_string(&holiday).unwrap(), r#"{"date":"+10000-01-02","name":"x"}"#);
            let holiday =
                super::super::Holiday { date: NaiveDate::from_ymd_opt(2026, 12, 25).unwrap(), name: "x".into() };
            assert_eq!(serde_json::to_string(&holiday).unwrap(), r#"{"date":"2026-12-25","name":"x"}"#);
        }
    }
}
