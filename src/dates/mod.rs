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
//!   `format_date(d)` -> "6 Oct 2026", `parse_date("2026-10-06")` (strict), `exceeds(f, max) -> bool`.
//! - `Frequency` ("every 3 weeks") and its `Unit`, which plans and rulesets both use.
//!
//! # The rules, in one place
//!
//! These are the readings of the procedures' words that every deadline in the crate
//! follows (shared/spec/checklists.md, "Date arithmetic the engine must get right"). Each
//! one is explained again beside the code that implements it.
//!
//! - A *working day* is Monday to Friday and not a bank holiday of England and Wales.
//!   Substitute days count as the holiday (GOV.UK lists the substitute, e.g. Monday
//!   28 December 2026 for Boxing Day on a Saturday, and not the weekend date).
//! - "Within N working days of X": day 1 is the first working day *after* X, and the
//!   deadline is the N-th. N = 0 is X itself.
//! - Calendar months keep the day of the month, clamped to the month's last day
//!   (30 November 2026 + 3 months = 28 February 2027).
//! - A deadline counted in days, weeks or months that lands on a non-working day moves
//!   back to the previous working day, so that whoever follows the date never misses
//!   the real deadline — but never to before the event that started the clock (see
//!   [`Calendar::deadline`]).
//! - Outside the years the holiday data covers, every Monday to Friday counts as a
//!   working day; [`Calendar::covers`] lets the engine say so in a finding.
//! - Nothing here panics or loops without bound on any date chrono can represent:
//!   results that would pass `NaiveDate::MAX` stop there.
//!
//! The hot functions (`is_working_day`, `add_working_days`, `previous_working_day`,
//! `deadline`, `covers`, `holiday_name`) do not allocate: holidays are kept as sorted
//! vectors and looked up by binary search.

mod calendar;
mod frequency;
mod holidays;
pub use holidays::{too_large as holidays_too_large, MAX_HOLIDAYS_BYTES};
mod interval;
mod text;

pub use calendar::Calendar;
pub use frequency::{Frequency, Unit};
pub use interval::{add_interval, add_months_clamped, birthday, exceeds};
pub use text::{format_date, parse_date, push_date};
