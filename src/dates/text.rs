//! Dates as text: read strictly as `YYYY-MM-DD` (plans, options, bank-holiday files),
//! written for people as "6 Oct 2026".

use crate::util::push_num;
use chrono::{Datelike, NaiveDate};

/// Strict `YYYY-MM-DD`: four-digit year, two-digit month and day, a real calendar date.
/// (chrono's `%Y-%m-%d` also accepts `2026-1-5` and signed years, which in a plan or a
/// bank-holiday file are more likely mistakes than dates; this also keeps chrono's
/// format-string machinery out of the WebAssembly build.)
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
}

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// "6 Oct 2026": day without a leading zero, English three-letter month (never the
/// locale's; the procedures and the report are in English), four-digit year.
pub fn format_date(d: NaiveDate) -> String {
    let mut out = String::with_capacity(11);
    push_date(&mut out, d);
    out
}

/// `format_date` written onto the end of `out`.
pub fn push_date(out: &mut String, d: NaiveDate) {
    push_num(out, d.day() as usize);
    out.push(' ');
    out.push_str(MONTHS[d.month0() as usize % 12]);
    out.push(' ');
    if d.year() < 0 {
        out.push('-');
    }
    push_num(out, d.year().unsigned_abs() as usize);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn reads_only_real_dates_written_in_full() {
        assert_eq!(parse_date("2026-12-28"), Some(d(2026, 12, 28)));
        for loose in ["2026-1-05", "2026-02-30", "+2026-01-05", "2026/01/05", " 2026-01-05", "26-01-05"] {
            assert_eq!(parse_date(loose), None, "{loose}");
        }
    }

    #[test]
    fn formats_without_leading_zero() {
        assert_eq!(format_date(d(2026, 10, 6)), "6 Oct 2026");
        assert_eq!(format_date(d(2027, 2, 28)), "28 Feb 2027");
    }
}
