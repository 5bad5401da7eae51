//! Calendar arithmetic that needs no bank holidays: months with clamping, Monday-to-Friday
//! counting, and comparing two intervals of different units.

use super::{Frequency, Unit};
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// `d` plus `n` calendar months, keeping the day of the month and clamping it to the last
/// day of the resulting month.
///
/// - 30 Nov 2026 + 3 months = 28 Feb 2027: February has no 30th, so the month's last day
///   is the answer. Rolling over into March (as "add 30 days a month" or an overflowing
///   day-of-month would) would put the deadline *after* the end of the month the
///   procedure meant.
/// - 30 Nov 2027 + 3 months = 29 Feb 2028 (leap year).
/// - 31 Jan + 1 month = 28 or 29 Feb.
/// - Clamping is not reversible: 28 Feb + 1 month = 28 Mar, not 31 Mar. Each deadline is
///   counted from its own anchor, never chained from a clamped result.
/// - n = 0 returns `d`.
/// - A result past `NaiveDate::MAX` (year 262143) is `NaiveDate::MAX` rather than a panic.
pub fn add_months_clamped(d: NaiveDate, n: u32) -> NaiveDate {
    let total = i64::from(d.year()) * 12 + i64::from(d.month0()) + i64::from(n);
    let Ok(year) = i32::try_from(total.div_euclid(12)) else {
        return NaiveDate::MAX;
    };
    // rem_euclid(12) is 0..=11, so the cast cannot truncate.
    let month = total.rem_euclid(12) as u32 + 1;
    let day = d.day().min(days_in_month(year, month));
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MAX)
}

/// The day someone born on `born` turns `years` old: the same day and month `years` later.
///
/// - Born 29 February: in a year with no 29 February the birthday is 1 March, the first
///   day on which the anniversary has begun (Family Law Reform Act 1969, s. 9: an age is
///   reached at the start of the anniversary of the birth). 28 February would make a
///   17-year-old an adult a day early.
/// - A result past `NaiveDate::MAX` is `NaiveDate::MAX` rather than a panic.
pub fn birthday(born: NaiveDate, years: u32) -> NaiveDate {
    let Some(year) = i32::try_from(years).ok().and_then(|y| born.year().checked_add(y)) else {
        return NaiveDate::MAX;
    };
    born.with_year(year).or_else(|| NaiveDate::from_ymd_opt(year, 3, 1)).unwrap_or(NaiveDate::MAX)
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `d` plus `n` days, stopping at `NaiveDate::MAX` instead of overflowing.
fn add_days_saturating(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(NaiveDate::MAX)
}

pub(super) fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The n-th Monday-to-Friday day after `d` (day 1 is the first weekday after `d`; n = 0 is
/// `d`). Constant time, so a huge `n` cannot make a check slow.
///
/// Counting from a Saturday or Sunday gives the same days as counting from the Friday
/// before it (the first weekday after any of the three is the Monday), so a weekend start
/// is first moved back to that Friday; then whole weeks are 7 days each and the remaining
/// 1–4 weekdays cross one weekend (2 more days) if they run past Friday.
pub(super) fn add_weekdays(d: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return d;
    }
    let wd = d.weekday().num_days_from_monday(); // Mon = 0 … Sun = 6
    let back_to_friday = u64::from(wd.saturating_sub(4)); // Sat = 1, Sun = 2, else 0
    let wd = wd.min(4);
    let r = n % 5;
    let mut days = u64::from(n / 5) * 7 + u64::from(r);
    if wd + r > 4 {
        days += 2;
    }
    // n >= 1 always moves at least to the next weekday, which is at least as far as the
    // Friday we moved back to, so this never underflows.
    add_days_saturating(d, days - back_to_friday)
}

/// Calendar result of adding `f` to `d`, with no moving to a working day (that is
/// [`Calendar::deadline`](super::Calendar::deadline)'s job). Working days need a calendar,
/// so here they count Monday to Friday only. n = 0 returns `d` for every unit.
pub fn add_interval(d: NaiveDate, f: Frequency) -> NaiveDate {
    let n = u64::from(f.every);
    match f.unit {
        Unit::Days => add_days_saturating(d, n),
        Unit::Weeks => add_days_saturating(d, n * 7),
        Unit::Months => add_months_clamped(d, f.every),
        Unit::WorkingDays => add_weekdays(d, f.every),
    }
}

/// Whether an interval `f` is, for some start on a working day, longer than `max` —
/// i.e. whether a plan that says "every `f`" can let more time pass than a procedure's
/// "at least every `max`" allows.
///
/// - Same unit: compare the numbers (3 months never exceeds 3 months, whatever the
///   months' lengths, because both are counted the same way from the same start).
/// - Different units: each interval spans a range of calendar days depending on where it
///   starts; `f` exceeds `max` if its longest span is longer than `max`'s shortest
///   (`max_span(f) > min_span(max)`). Spans assume a start on a working day and no bank
///   holidays: holidays move individual dates, not the meaning of the interval.
///   - 1 month (28–31 days) exceeds 20 working days (exactly 28 days from a working day).
///   - 4 weeks (28 days) does not exceed 20 working days or 28 days.
///   - 13 weeks (91 days) exceeds 3 months: February–April is only 89 days.
///   - 12 weeks (84 days) does not; 2 months (59–62 days) does not exceed 10 weeks.
pub fn exceeds(f: Frequency, max: Frequency) -> bool {
    if f.unit == max.unit {
        return f.every > max.every;
    }
    span(f).1 > span(max).0
}

/// (shortest, longest) number of calendar days `f` can span from a start on a working day.
fn span(f: Frequency) -> (u64, u64) {
    let n = u64::from(f.every);
    match f.unit {
        Unit::Days => (n, n),
        Unit::Weeks => (7 * n, 7 * n),
        Unit::Months => month_span(n),
        Unit::WorkingDays => {
            // 5 working days are always exactly 7 calendar days. The remaining r (1–4)
            // are r days if they stay inside the week (start on Monday) and r + 2 if they
            // cross a weekend (start late in the week). From Saturday or Sunday the span
            // would differ, but the anchors the engine uses (meetings, visits) are on
            // working days.
            let (k, r) = (n / 5, n % 5);
            let lo = 7 * k + r;
            (lo, if r > 0 { lo + 2 } else { lo })
        }
    }
}

/// Month lengths over one four-year leap cycle, starting with a leap year's January.
/// (The Gregorian century rule — 2100 is not a leap year — is ignored: it would only
/// matter for a window that contains February 2100.)
const CYCLE: [u8; 48] = {
    let mut out = [0u8; 48];
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut i = 0;
    while i < 48 {
        out[i] = if i == 1 { 29 } else { lengths[i % 12] };
        i += 1;
    }
    out
};
const CYCLE_DAYS: u64 = 1461; // 4 * 365 + 1

/// (shortest, longest) span of n consecutive calendar months, over every starting month.
/// Clamping (31 Jan + 1 month = 28 Feb) only shortens a span towards the window that
/// starts one month later, so it stays inside this range.
fn month_span(n: u64) -> (u64, u64) {
    let whole = (n / 48) * CYCLE_DAYS;
    let r = (n % 48) as usize;
    if r == 0 {
        return (whole, whole);
    }
    // Sliding window of r months around the cycle: no allocation, 48 steps.
    let mut sum: u64 = CYCLE[..r].iter().map(|&x| u64::from(x)).sum();
    let (mut lo, mut hi) = (sum, sum);
    for start in 1..48 {
        sum = sum - u64::from(CYCLE[start - 1]) + u64::from(CYCLE[(start + r - 1) % 48]);
        lo = lo.min(sum);
        hi = hi.max(sum);
    }
    (whole + lo, whole + hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn birthdays() {
        assert_eq!(birthday(d(2009, 4, 2), 18), d(2027, 4, 2));
        // 29 February: 1 March in a common year, 29 February in a leap year.
        assert_eq!(birthday(d(2008, 2, 29), 18), d(2026, 3, 1));
        assert_eq!(birthday(d(2008, 2, 29), 20), d(2028, 2, 29));
        assert_eq!(birthday(d(2008, 12, 31), 18), d(2026, 12, 31));
        assert_eq!(birthday(d(2008, 1, 1), 0), d(2008, 1, 1));
        assert_eq!(birthday(NaiveDate::MAX, 18), NaiveDate::MAX);
        assert_eq!(birthday(d(2008, 1, 1), u32::MAX), NaiveDate::MAX);
    }

    #[test]
    fn month_spans() {
        assert_eq!(month_span(1), (28, 31));
        assert_eq!(month_span(2), (59, 62));
        assert_eq!(month_span(3), (89, 92));
        assert_eq!(month_span(12), (365, 366));
        assert_eq!(month_span(48), (1461, 1461));
        assert_eq!(month_span(49), (1461 + 28, 1461 + 31));
    }

    #[test]
    fn weekdays_match_day_by_day_counting() {
        // Against the obvious loop, from every day of two weeks and n up to 30.
        for start in 0..14 {
            let from = d(2026, 11, 2) + chrono::Duration::days(start);
            for n in 0..30u32 {
                let mut cur = from;
                for _ in 0..n {
                    cur = cur.succ_opt().unwrap();
                    while is_weekend(cur) {
                        cur = cur.succ_opt().unwrap();
                    }
                }
                assert_eq!(add_weekdays(from, n), cur, "from {from} n {n}");
            }
        }
    }

    #[test]
    fn never_panics_at_the_end_of_time() {
        assert_eq!(add_weekdays(NaiveDate::MAX, u32::MAX), NaiveDate::MAX);
        assert_eq!(add_months_clamped(NaiveDate::MAX, u32::MAX), NaiveDate::MAX);
        assert_eq!(add_months_clamped(NaiveDate::MAX, 1), NaiveDate::MAX);
        assert_eq!(add_interval(d(2026, 1, 1), Frequency::new(u32::MAX, Unit::Weeks)), NaiveDate::MAX);
        assert!(!exceeds(Frequency::new(u32::MAX, Unit::Weeks), Frequency::new(u32::MAX, Unit::Weeks)));
        assert!(exceeds(Frequency::new(u32::MAX, Unit::Weeks), Frequency::new(u32::MAX, Unit::Days)));
    }
}
