//! PLACEHOLDER until the SMART analysis lands (helper writing it replaces this file).
use crate::model::Plan;
use crate::report::{Finding, OutcomeSmart};
use chrono::NaiveDate;

pub struct SmartContext<'a> {
    pub authority: &'a str,
    pub source: &'a str,
    pub quote: Option<&'a str>,
    pub plan_start: Option<NaiveDate>,
    pub next_review: Option<NaiveDate>,
    pub max_end: Option<NaiveDate>,
}

pub fn analyse(_plan: &Plan, _ctx: &SmartContext) -> (Vec<OutcomeSmart>, Vec<Finding>) {
    (Vec::new(), Vec::new())
}
