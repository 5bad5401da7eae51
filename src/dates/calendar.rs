//! The working-day calendar: weekends plus the bank holidays of England and Wales.

use super::holidays::parse_govuk;
use super::interval::{add_interval, add_weekdays, is_weekend};
use super::{Frequency, Unit};
use chrono::{Datelike, NaiveDate};
use std::sync::OnceLock;

/// GOV.UK's bank-holidays.json for 2018–2028, frozen at build time. A newer file can be
/// loaded at run time with [`Calendar::from_govuk_json`].
const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/bank-holidays.json"));

/// Working days in England and Wales.
///
/// Build one with [`Calendar::embedded`] (the data shipped with the crate) or
/// [`Calendar::from_govuk_json`] (a newer GOV.UK file). Cheap to query: lookups are binary
/// searches over a few hundred dates and allocate nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    /// 1 January of the first year with an event.
    first: NaiveDate,
    /// 31 December of the last year with an event.
    last: NaiveDate,
    /// Every event, sorted by date, one per date (for names).
    events: Vec<(NaiveDate, String)>,
    /// The events that fall Monday to Friday, sorted: the weekdays that are not working
    /// days. A holiday listed on a weekend (GOV.UK never does; a hand-made file might)
    /// takes no extra day off, so it is left out of the counting.
    days_off: Vec<NaiveDate>,
}

impl Calendar {
    /// The bank holidays shipped in data/bank-holidays.json (2018–2028), parsed once.
    pub fn embedded() -> &'static Calendar {
        static EMBEDDED: OnceLock<Calendar> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            // The file is part of the crate, not input: the unit test `embedded_data_loads`
            // fails the build's tests if it is ever broken, so this cannot fire in a
            // released version.
            // Display, not expect's Debug (see smart::data::get).
            Calendar::from_govuk_json(EMBEDDED_JSON)
                .unwrap_or_else(|e| panic!("data/bank-holidays.json is invalid: {e}"))
        })
    }

    /// A calendar from the text of GOV.UK's bank-holidays.json
    /// (<https://www.gov.uk/bank-holidays.json>); only the `england-and-wales` division is
    /// read. A file that is not in that format gives an `Err` saying what is wrong.
    pub fn from_govuk_json(text: &str) -> Result<Calendar, String> {
        let events = parse_govuk(text)?;
        // parse_govuk refuses an empty list, so both ends exist.
        let (Some(&(first, _)), Some(&(last, _))) = (events.first(), events.last()) else {
            return Err("the bank holidays file lists no bank holidays".to_string());
        };
        // Coverage is the years the file lists completely (see `complete_year`): a file
        // with a holiday in 2026 and one in 2036 does not say there are none in between.
        let complete: Vec<i32> = (first.year()..=last.year()).filter(|&y| complete_year(&events, y)).collect();
        let (Some(&from), Some(&to)) = (complete.first(), complete.last()) else {
            return Err(format!(
                "the bank holidays file does not list a whole year of England and Wales bank holidays ({ALWAYS})"
            ));
        };
        // `complete` is in order: a year missing between two listed is a gap (searched
        // pairwise, not year by year through the list: a file can span 9,999 years).
        if let Some(gap) = complete.windows(2).find(|w| w[1] != w[0] + 1).map(|w| w[0] + 1) {
            return Err(format!(
                "the bank holidays file covers {from} to {to} but does not list all of {gap}'s bank holidays ({ALWAYS})"
            ));
        }
        let (Some(first), Some(last)) = (NaiveDate::from_ymd_opt(from, 1, 1), NaiveDate::from_ymd_opt(to, 12, 31))
        else {
            return Err("the bank holidays file lists years outside the calendar".to_string());
        };
        let days_off = events.iter().map(|&(d, _)| d).filter(|&d| !is_weekend(d)).collect();
        Ok(Calendar { first, last, events, days_off })
    }

    /// Whether `d` falls inside the years the holiday data covers. Outside them the
    /// calendar still answers, counting Monday to Friday as working days; the engine uses
    /// this to tell the user that a date may be off by an unknown bank holiday.
    pub fn covers(&self, d: NaiveDate) -> bool {
        self.first <= d && d <= self.last
    }

    /// First and last day of the covered years.
    pub fn coverage(&self) -> (NaiveDate, NaiveDate) {
        (self.first, self.last)
    }

    /// Monday to Friday and not a bank holiday (substitute days included).
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !is_weekend(d) && self.days_off.binary_search(&d).is_err()
    }

    /// The GOV.UK title of the bank holiday on `d`, exactly as the file has it. A
    /// substitute day keeps the title of the day it replaces: Monday 28 Dec 2026 is
    /// "Boxing Day", and Saturday 26 Dec 2026 — the real Boxing Day, which GOV.UK does not
    /// list because it is a weekend anyway — has no name here.
    pub fn holiday_name(&self, d: NaiveDate) -> Option<&str> {
        self.events.binary_search_by_key(&d, |&(day, _)| day).ok().map(|i| self.events[i].1.as_str())
    }

    /// "within N working days of X": day 1 is the first working day after X; returns the N-th.
    ///
    /// - n = 0 returns `from` unchanged, even when `from` is not a working day: zero days
    ///   after an event is the event's own day, and there is nothing to count.
    /// - `from` itself never counts, working day or not: a meeting on Thursday 17 Dec 2026
    ///   has minutes due 10 working days later on Tuesday 5 Jan 2027 (18, 21, 22, 23, 24,
    ///   29, 30, 31 Dec, 4, 5 Jan — 25 and 28 Dec are holidays, 1 Jan too).
    /// - From a weekend or holiday, day 1 is the next working day (Saturday → Monday is 1).
    /// - Beyond the coverage only weekends are skipped.
    ///
    /// Constant time in `n` apart from one step per bank holiday crossed: count `n`
    /// weekdays, see how many of them were bank holidays, count that many more from there,
    /// and repeat until a step crosses none. Each step only moves forward and the list of
    /// holidays is finite, so this ends.
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut cur = from;
        let mut remaining = n;
        loop {
            let next = add_weekdays(cur, remaining);
            let crossed = self.days_off_in(cur, next);
            if crossed == 0 {
                return next;
            }
            // `crossed` <= `remaining` (they are among the weekdays just counted), so this
            // fits in u32. `next` may itself be a holiday; counting on from it is still
            // right because it was one of the `crossed`.
            remaining = u32::try_from(crossed).unwrap_or(u32::MAX);
            cur = next;
        }
    }

    /// `d` itself when it is a working day, else the nearest earlier working day.
    ///
    /// Ends quickly: at most two weekend days plus a run of listed holidays stand between
    /// any day and a working day. At `NaiveDate::MIN` (nothing earlier exists) it returns
    /// `d` rather than panicking.
    pub fn previous_working_day(&self, d: NaiveDate) -> NaiveDate {
        let mut d = d;
        while !self.is_working_day(d) {
            match d.pred_opt() {
                Some(p) => d = p,
                None => return d,
            }
        }
        d
    }

    /// The deadline `f` after `from`: working days counted as above; days/weeks/months added on
    /// the calendar (months clamped) and then moved back to a working day.
    ///
    /// - Working days: [`Calendar::add_working_days`], which always lands on a working
    ///   day for n > 0.
    /// - Days, weeks, months: the calendar date (see [`add_interval`]); if that is a
    ///   weekend or bank holiday, the deadline is the previous working day, so following
    ///   the date never misses the real deadline. A 28-day visit from Mon 1 Mar 2027 falls
    ///   on Easter Monday 29 Mar, and Good Friday 26 Mar is a holiday too, so it is due
    ///   Thursday 25 Mar.
    /// - Moving back may land on `from` itself (1 day after a Friday is the Friday): the
    ///   thing is then due on the day of the event. It is kept: that is the only working
    ///   day inside the interval.
    /// - Moving back never goes before `from`. That can only happen when `from` is not a
    ///   working day and there is no working day between it and the calendar date (e.g.
    ///   2 days from Saturday 26 Dec 2026 is Monday 28, the Boxing Day substitute; moving
    ///   back would give Thursday 24, before the event happened). Then the deadline is the
    ///   first working day after `from` (Tuesday 29 Dec): asking for something before the
    ///   event that triggers it would be impossible to meet, and no earlier working day
    ///   follows the event.
    /// - every = 0 returns `from` unchanged for every unit (a degenerate interval; nothing
    ///   to count or move).
    /// - Beyond the coverage, only weekends move the date.
    pub fn deadline(&self, from: NaiveDate, f: Frequency) -> NaiveDate {
        if f.every == 0 {
            return from;
        }
        if f.unit == Unit::WorkingDays {
            return self.add_working_days(from, f.every);
        }
        let back = self.previous_working_day(add_interval(from, f));
        if back >= from {
            back
        } else {
            self.add_working_days(from, 1)
        }
    }

    /// Bank holidays in [a, b] (both ends included), with their names, in date order.
    /// Empty when `a > b`.
    pub fn holidays_between(&self, a: NaiveDate, b: NaiveDate) -> Vec<(NaiveDate, String)> {
        if a > b {
            return Vec::new();
        }
        let lo = self.events.partition_point(|&(d, _)| d < a);
        let hi = self.events.partition_point(|&(d, _)| d <= b);
        self.events[lo..hi].to_vec()
    }

    /// How many weekday bank holidays fall in (after, upto]. Two binary searches.
    fn days_off_in(&self, after: NaiveDate, upto: NaiveDate) -> usize {
        if upto <= after {
            return 0;
        }
        let hi = self.days_off.partition_point(|&d| d <= upto);
        let lo = self.days_off.partition_point(|&d| d <= after);
        hi - lo
    }
}

/// What every year of England and Wales bank holidays has, for messages.
const ALWAYS: &str =
    "every year has New Year’s Day, Good Friday, Easter Monday, the two May holidays, the summer holiday, Christmas Day and Boxing Day";

/// Whether the file lists all of year `y`'s bank holidays that England and Wales always
/// has, each found by the dates it can fall on (titles vary and are not relied on):
///
/// - New Year's Day: 1 January, or its substitute on 2 or 3 January;
/// - Good Friday and Easter Monday, from the date of Easter (`easter_sunday`);
/// - the early May holiday: 1–8 May (moved to Friday 8 May in 2020);
/// - the spring holiday: 25 May – 4 June (moved to early June in jubilee years);
/// - the summer holiday: 25–31 August;
/// - Christmas Day and Boxing Day: two days from 25 to 28 December (substitutes included).
///
/// Extra one-off holidays (a coronation, a funeral) do not matter either way. A file that
/// starts or ends mid-year leaves that year uncovered: its missing holidays are unknown,
/// not absent.
fn complete_year(events: &[(NaiveDate, String)], y: i32) -> bool {
    let count = |from: (u32, u32), to: (u32, u32)| {
        let (Some(a), Some(b)) = (NaiveDate::from_ymd_opt(y, from.0, from.1), NaiveDate::from_ymd_opt(y, to.0, to.1))
        else {
            return 0;
        };
        // `events` is sorted: two searches, not a scan per year (a file can span 9,999 years).
        events.partition_point(|(d, _)| *d <= b) - events.partition_point(|(d, _)| *d < a)
    };
    let has = |d: Option<NaiveDate>| d.is_some_and(|d| events.binary_search_by_key(&d, |&(e, _)| e).is_ok());
    let easter = easter_sunday(y);
    count((1, 1), (1, 3)) >= 1
        && has(easter.and_then(|e| e.checked_sub_days(chrono::Days::new(2))))
        && has(easter.and_then(|e| e.checked_add_days(chrono::Days::new(1))))
        && count((5, 1), (5, 8)) >= 1
        && count((5, 25), (6, 4)) >= 1
        && count((8, 25), (8, 31)) >= 1
        && count((12, 25), (12, 28)) >= 2
}

/// Easter Sunday in the Gregorian calendar (the "anonymous Gregorian" computus, as in
/// Meeus, *Astronomical Algorithms*): Good Friday and Easter Monday move with it.
fn easter_sunday(y: i32) -> Option<NaiveDate> {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15).rem_euclid(30);
    let l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn embedded_data_loads() {
        let cal = Calendar::from_govuk_json(EMBEDDED_JSON).unwrap();
        assert_eq!(cal.coverage(), (d(2018, 1, 1), d(2028, 12, 31)));
        // 8 a year, plus 2020's moved day (none extra), 2022's jubilee and funeral, 2023's
        // coronation.
        assert_eq!(cal.events.len(), 11 * 8 + 3);
        assert_eq!(cal.days_off.len(), cal.events.len(), "GOV.UK lists no weekend dates");
    }

    #[test]
    fn add_working_days_matches_day_by_day_counting() {
        let cal = Calendar::embedded();
        // Every start in late 2026 – early 2027 (Christmas, New Year, Easter) against the
        // obvious loop.
        let mut from = d(2026, 12, 1);
        while from < d(2027, 4, 30) {
            for n in 0..25u32 {
                let mut cur = from;
                for _ in 0..n {
                    cur = cur.succ_opt().unwrap();
                    while !cal.is_working_day(cur) {
                        cur = cur.succ_opt().unwrap();
                    }
                }
                assert_eq!(cal.add_working_days(from, n), cur, "from {from} n {n}");
            }
            from = from.succ_opt().unwrap();
        }
    }

    #[test]
    fn huge_counts_finish() {
        let cal = Calendar::embedded();
        let far = cal.add_working_days(d(2026, 1, 1), u32::MAX);
        assert!(far > d(100_000, 1, 1));
        assert_eq!(cal.add_working_days(NaiveDate::MAX, 5), NaiveDate::MAX);
        assert_eq!(cal.previous_working_day(NaiveDate::MIN), NaiveDate::MIN);
    }

    #[test]
    fn easter_falls_where_the_almanacs_put_it() {
        for (y, m, day) in [
            (2018, 4, 1),
            (2019, 4, 21),
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
            (2285, 3, 22),
            (1943, 4, 25),
        ] {
            assert_eq!(easter_sunday(y), Some(d(y, m, day)), "{y}");
        }
    }

    #[test]
    fn every_embedded_year_is_complete_and_a_partial_year_is_not() {
        let cal = Calendar::embedded();
        for y in 2018..=2028 {
            assert!(complete_year(&cal.events, y), "{y}");
        }
        let without_easter_monday: Vec<_> =
            cal.events.iter().filter(|(day, _)| *day != d(2026, 4, 6)).cloned().collect();
        assert!(!complete_year(&without_easter_monday, 2026));
        assert!(complete_year(&without_easter_monday, 2027));
    }
}
