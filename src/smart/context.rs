//! What the engine knows that the SMART analysis needs.

use chrono::NaiveDate;

/// What the engine knows that the SMART analysis needs.
#[derive(Debug, Clone, Copy, Default)]
pub struct SmartContext<'a> {
    /// Short name for messages, e.g. "Reading".
    pub authority: &'a str,
    /// Citation for SMART findings, e.g. "Berkshire West guidance, 'What is a Child in Need Plan?'".
    pub source: &'a str,
    /// The procedure's words about SMART.
    pub quote: Option<&'a str>,
    pub plan_start: Option<NaiveDate>,
    /// The day the plan is checked: what time is left for an outcome counts from here.
    pub today: Option<NaiveDate>,
    /// The computed next review due date.
    pub next_review: Option<NaiveDate>,
    /// Plan start + the authority's expected plan duration, if any.
    pub max_end: Option<NaiveDate>,
    /// The child's 18th birthday, if the plan gives a date of birth and the birthday is after
    /// the plan starts: section 17 help for a child stops there, so an outcome due on or after
    /// it cannot be this plan's. (For a young person already 18 when the plan started no date
    /// in the plan could be before it, and each outcome would be told to find one.)
    pub turns_18: Option<NaiveDate>,
}
