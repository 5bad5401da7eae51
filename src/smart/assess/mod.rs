//! Judgements on one text (an outcome's field or a need) without the rest of the plan:
//! Specific (description), Measurable (measure), plain language (any field), the number of
//! separate demands, waits, courses and perfection (for Achievable), and topics (for Relevant).
//!
//! Everything found is borrowed from the practitioner's text (`&'a str`); strings are only
//! built for the report.
//!
//! Read once (`scanned`), then one file per question.

mod achievable;
mod ages;
mod demands;
mod hours;
mod measurable;
mod plain;
mod scanned;
mod service;
mod specific;
mod topics;
mod words;

pub(crate) use achievable::{
    begins, finishes_course, largest_debt, largest_sum, perfection, sums, sums_a_week, until_date, wait, WaitIn,
};
pub(crate) use ages::ages;
pub(crate) use demands::demands;
pub(crate) use hours::{asked_clock, clash, clock, days, from_to, within, work_hours, Days};
pub(crate) use measurable::{measurable, Lack, Measurable};
pub(crate) use plain::{jargon_applies, plain, Explained, Plain};
pub(crate) use scanned::Scanned;
pub(crate) use service::{meetings, service_task};
pub(crate) use specific::{specific, Specific};
pub(crate) use topics::{names_only_people, topics, topics_besides_people};
pub(crate) use words::{first_four, whole_number, word_stem, COMMON, COMMON_BESIDES_NAMES, NOT_TOPICAL};
