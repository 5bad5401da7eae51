//! Dates in working days with England and Wales bank holidays.
//!
//! CONTRACT (other modules call exactly these; keep the signatures):
//! - `Calendar::embedded() -> &'static Calendar` — data/bank-holidays.json, embedded at build time.
//! - `Calendar::from_govuk_json(&str) -> Result<Calendar, String>` — GOV.UK bank-holidays.json format
//!   (the `england-and-wales` division).
//! - `Calendar::covers(d)`, `coverage() -> (first, last)`, `is_working_day(d)`, `holiday_name(d)`,
//!   `add_working_days(from, n)`, `previous_working_day(d)`, `deadline(from, Frequency)`,
//!   `holidays_between(a, b)`.
//! - free functions `add_months_clamped(d, n)`, `add_interval(d, Frequency)` (calendar result, no moving),
//!   `format_date(d)` -> "6 Oct 2026", `exceeds(f, max) -> bool`.

use crate::model::Frequency;
use chrono::NaiveDate;

#[derive(Debug, Clone)]
pub struct Calendar {
    _private: (),
}

impl Calendar {
    pub fn embedded() -> &'static Calendar {
        unimplemented!()
    }
    pub fn from_govuk_json(_text: &str) -> Result<Calendar, String> {
        unimplemented!()
    }
    /// Whether `d` falls inside the years the holiday data covers.
    pub fn covers(&self, _d: NaiveDate) -> bool {
        unimplemented!()
    }
    /// First and last day of the covered years.
    pub fn coverage(&self) -> (NaiveDate, NaiveDate) {
        unimplemented!()
    }
    pub fn is_working_day(&self, _d: NaiveDate) -> bool {
        unimplemented!()
    }
    pub fn holiday_name(&self, _d: NaiveDate) -> Option<&str> {
        unimplemented!()
    }
    /// "within N working days of X": day 1 is the first working day after X; returns the N-th.
    pub fn add_working_days(&self, _from: NaiveDate, _n: u32) -> NaiveDate {
        unimplemented!()
    }
    /// `d` itself when it is a working day, else the nearest earlier working day.
    pub fn previous_working_day(&self, _d: NaiveDate) -> NaiveDate {
        unimplemented!()
    }
    /// The deadline `f` after `from`: working days counted as above; days/weeks/months added on
    /// the calendar (months clamped) and then moved back to a working day.
    pub fn deadline(&self, _from: NaiveDate, _f: Frequency) -> NaiveDate {
        unimplemented!()
    }
    /// Bank holidays in [a, b], with their names.
    pub fn holidays_between(&self, _a: NaiveDate, _b: NaiveDate) -> Vec<(NaiveDate, String)> {
        unimplemented!()
    }
}

pub fn add_months_clamped(_d: NaiveDate, _n: u32) -> NaiveDate {
    unimplemented!()
}
/// Calendar result of adding `f` (working days need a calendar, so they count Mon–Fri only here).
pub fn add_interval(_d: NaiveDate, _f: Frequency) -> NaiveDate {
    unimplemented!()
}
pub fn format_date(_d: NaiveDate) -> String {
    unimplemented!()
}
/// Whether an interval `f` is, for some start on a working day, longer than `max`.
pub fn exceeds(_f: Frequency, _max: Frequency) -> bool {
    unimplemented!()
}
