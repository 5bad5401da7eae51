//! Working-day arithmetic as a practitioner would check it with a paper calendar.
//! Every expected date below was counted by hand; the comments show the count.

use chrono::{Datelike, NaiveDate, Weekday};
use cinplan::dates::{add_interval, add_months_clamped, exceeds, format_date, Calendar};
use cinplan::plan::{Frequency, Unit};
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn cal() -> &'static Calendar {
    Calendar::embedded()
}

const fn f(every: u32, unit: Unit) -> Frequency {
    Frequency::new(every, unit)
}

// ---------------------------------------------------------------- the embedded data

#[test]
fn embedded_coverage_is_2018_to_2028() {
    assert_eq!(cal().coverage(), (d(2018, 1, 1), d(2028, 12, 31)));
    assert!(cal().covers(d(2018, 1, 1)));
    assert!(cal().covers(d(2028, 12, 31)));
    assert!(!cal().covers(d(2017, 12, 31)));
    assert!(!cal().covers(d(2029, 1, 1)));
}

#[test]
fn bank_holidays_2026_and_2027_are_exactly_govuks() {
    let got: Vec<(NaiveDate, String)> = cal().holidays_between(d(2026, 1, 1), d(2027, 12, 31));
    let want = [
        (d(2026, 1, 1), "New Year’s Day"),
        (d(2026, 4, 3), "Good Friday"),
        (d(2026, 4, 6), "Easter Monday"),
        (d(2026, 5, 4), "Early May bank holiday"),
        (d(2026, 5, 25), "Spring bank holiday"),
        (d(2026, 8, 31), "Summer bank holiday"),
        (d(2026, 12, 25), "Christmas Day"),
        (d(2026, 12, 28), "Boxing Day"), // substitute for Saturday 26th
        (d(2027, 1, 1), "New Year’s Day"),
        (d(2027, 3, 26), "Good Friday"), // Easter Sunday 2027 is 28 March
        (d(2027, 3, 29), "Easter Monday"),
        (d(2027, 5, 3), "Early May bank holiday"),
        (d(2027, 5, 31), "Spring bank holiday"),
        (d(2027, 8, 30), "Summer bank holiday"),
        (d(2027, 12, 27), "Christmas Day"), // substitute for Saturday 25th
        (d(2027, 12, 28), "Boxing Day"),    // substitute for Sunday 26th
    ];
    let want: Vec<(NaiveDate, String)> = want.iter().map(|&(d, t)| (d, t.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn one_off_holidays_are_in_the_data() {
    // 2020: Early May bank holiday moved to Friday 8 May (VE Day 75).
    assert!(cal().is_working_day(d(2020, 5, 4)));
    assert!(!cal().is_working_day(d(2020, 5, 8)));
    // 2022: Spring bank holiday moved to Thursday 2 June, Platinum Jubilee Friday 3 June,
    // the State Funeral on Monday 19 September.
    assert!(cal().is_working_day(d(2022, 5, 30)));
    assert!(!cal().is_working_day(d(2022, 6, 2)));
    assert!(!cal().is_working_day(d(2022, 6, 3)));
    assert!(!cal().is_working_day(d(2022, 9, 19)));
    // 2023: the Coronation, Monday 8 May, on top of Early May bank holiday on 1 May.
    assert!(!cal().is_working_day(d(2023, 5, 1)));
    assert!(!cal().is_working_day(d(2023, 5, 8)));
    assert_eq!(cal().holiday_name(d(2023, 5, 8)), Some("Bank holiday for the coronation of King Charles III"));
    // 2022: Christmas Day on a Sunday, so Tuesday 27 December is its substitute.
    assert_eq!(cal().holiday_name(d(2022, 12, 27)), Some("Christmas Day"));
    // New Year's Day on a Saturday (2022, 2028) → Monday 3 January.
    assert!(!cal().is_working_day(d(2022, 1, 3)));
    assert!(!cal().is_working_day(d(2028, 1, 3)));
    // Every year 2018–2028 has at least the eight regular holidays.
    for year in 2018..=2028 {
        let n = cal().holidays_between(d(year, 1, 1), d(year, 12, 31)).len();
        assert!(n >= 8, "{year} has {n} bank holidays");
    }
}

#[test]
fn boxing_day_2026_substitute() {
    // Boxing Day 2026 is a Saturday; Monday 28 December is the bank holiday, under
    // GOV.UK's title "Boxing Day". Saturday the 26th is not a working day because it is a
    // Saturday; GOV.UK does not list it, so it has no holiday name.
    assert_eq!(d(2026, 12, 26).weekday(), Weekday::Sat);
    assert!(!cal().is_working_day(d(2026, 12, 26)));
    assert!(!cal().is_working_day(d(2026, 12, 28)));
    assert_eq!(cal().holiday_name(d(2026, 12, 28)), Some("Boxing Day"));
    assert_eq!(cal().holiday_name(d(2026, 12, 25)), Some("Christmas Day"));
    assert_eq!(cal().holiday_name(d(2026, 12, 26)), None);
    assert!(cal().is_working_day(d(2026, 12, 29)));
    // Both ends of holidays_between are included.
    let names: Vec<String> =
        cal().holidays_between(d(2026, 12, 25), d(2026, 12, 28)).into_iter().map(|(_, t)| t).collect();
    assert_eq!(names, ["Christmas Day", "Boxing Day"]);
    assert!(cal().holidays_between(d(2026, 12, 28), d(2026, 12, 25)).is_empty());
}

// ---------------------------------------------------------------- working days

#[test]
fn minutes_ten_working_days_after_a_meeting_before_christmas_2026() {
    // Meeting Thursday 17 Dec 2026. Day 1 is the next working day:
    // Fri 18 (1), Mon 21 (2), Tue 22 (3), Wed 23 (4), Thu 24 (5),
    // Fri 25 Christmas Day, Mon 28 Boxing Day substitute,
    // Tue 29 (6), Wed 30 (7), Thu 31 (8), Fri 1 Jan New Year's Day,
    // Mon 4 Jan (9), Tue 5 Jan 2027 (10).
    assert_eq!(cal().add_working_days(d(2026, 12, 17), 10), d(2027, 1, 5));
    assert_eq!(cal().deadline(d(2026, 12, 17), f(10, Unit::WorkingDays)), d(2027, 1, 5));
    // Day 5 is Christmas Eve; day 6 jumps the two holidays and the weekend.
    assert_eq!(cal().add_working_days(d(2026, 12, 17), 5), d(2026, 12, 24));
    assert_eq!(cal().add_working_days(d(2026, 12, 17), 6), d(2026, 12, 29));
    // Without bank holidays (Mon–Fri only) it would have been Thursday 31 December.
    assert_eq!(add_interval(d(2026, 12, 17), f(10, Unit::WorkingDays)), d(2026, 12, 31));
}

#[test]
fn ten_working_days_across_the_august_bank_holiday_2027() {
    // From Friday 20 Aug 2027: Mon 23 (1), 24 (2), 25 (3), 26 (4), Fri 27 (5),
    // Mon 30 Summer bank holiday, Tue 31 (6), Wed 1 Sep (7), 2 (8), Fri 3 (9), Mon 6 (10).
    assert_eq!(cal().add_working_days(d(2027, 8, 20), 10), d(2027, 9, 6));
    assert!(!cal().is_working_day(d(2027, 8, 30)));
    assert_eq!(cal().holiday_name(d(2027, 8, 30)), Some("Summer bank holiday"));
    // Day 5 is the Friday before the holiday, day 6 the Tuesday after it.
    assert_eq!(cal().add_working_days(d(2027, 8, 20), 5), d(2027, 8, 27));
    assert_eq!(cal().add_working_days(d(2027, 8, 20), 6), d(2027, 8, 31));
}

#[test]
fn two_working_days_after_a_friday() {
    // Visit Friday 20 Nov 2026: write-up due Mon 23 (1), Tue 24 (2).
    assert_eq!(cal().add_working_days(d(2026, 11, 20), 2), d(2026, 11, 24));
    // Friday 28 May 2027, before Spring bank holiday Monday 31 May: Tue 1 Jun (1), Wed 2 (2).
    assert_eq!(cal().add_working_days(d(2027, 5, 28), 2), d(2027, 6, 2));
    // Thursday before Easter 2027: Good Friday and Easter Monday are skipped.
    assert_eq!(cal().add_working_days(d(2027, 3, 25), 2), d(2027, 3, 31));
}

#[test]
fn counting_from_a_weekend_or_holiday_and_zero() {
    // From Saturday, day 1 is Monday.
    assert_eq!(cal().add_working_days(d(2026, 11, 21), 1), d(2026, 11, 23));
    // From Christmas Day 2026 (a holiday), day 1 is Tuesday 29 December.
    assert_eq!(cal().add_working_days(d(2026, 12, 25), 1), d(2026, 12, 29));
    // n = 0 is the day itself, even a non-working one.
    assert_eq!(cal().add_working_days(d(2026, 12, 25), 0), d(2026, 12, 25));
    assert_eq!(cal().add_working_days(d(2026, 11, 23), 0), d(2026, 11, 23));
}

#[test]
fn previous_working_day() {
    assert_eq!(cal().previous_working_day(d(2026, 11, 23)), d(2026, 11, 23));
    // Monday 28 Dec 2026 (holiday) → Sun, Sat, Fri 25 (holiday) → Thursday 24.
    assert_eq!(cal().previous_working_day(d(2026, 12, 28)), d(2026, 12, 24));
    // Tuesday 28 Dec 2027 → 27 holiday, weekend → Friday 24 Dec 2027.
    assert_eq!(cal().previous_working_day(d(2027, 12, 28)), d(2027, 12, 24));
}

// ---------------------------------------------------------------- calendar deadlines

#[test]
fn twenty_eight_day_visit_landing_on_easter_monday_moves_back_past_good_friday() {
    // 1 Mar 2027 + 28 days = Monday 29 March, Easter Monday. Back: Sun 28, Sat 27,
    // Good Friday 26 — all off — so Thursday 25 March.
    assert_eq!(add_interval(d(2027, 3, 1), f(28, Unit::Days)), d(2027, 3, 29));
    assert_eq!(cal().deadline(d(2027, 3, 1), f(28, Unit::Days)), d(2027, 3, 25));
    // 4 weeks is the same 28 days.
    assert_eq!(cal().deadline(d(2027, 3, 1), f(4, Unit::Weeks)), d(2027, 3, 25));
}

#[test]
fn months_clamp_to_the_end_of_the_month() {
    assert_eq!(add_months_clamped(d(2026, 11, 30), 3), d(2027, 2, 28));
    assert_eq!(add_months_clamped(d(2027, 11, 30), 3), d(2028, 2, 29)); // leap year
    assert_eq!(add_months_clamped(d(2027, 1, 31), 1), d(2027, 2, 28));
    assert_eq!(add_months_clamped(d(2028, 1, 31), 1), d(2028, 2, 29));
    assert_eq!(add_months_clamped(d(2026, 8, 31), 1), d(2026, 9, 30));
    assert_eq!(add_months_clamped(d(2026, 11, 5), 3), d(2027, 2, 5));
    assert_eq!(add_months_clamped(d(2026, 11, 5), 14), d(2028, 1, 5)); // over a year end
    assert_eq!(add_months_clamped(d(2026, 11, 5), 0), d(2026, 11, 5));
    assert_eq!(add_interval(d(2026, 11, 30), f(3, Unit::Months)), d(2027, 2, 28));
    // As a deadline, 28 Feb 2027 is a Sunday, so it moves back to Friday 26 February.
    assert_eq!(cal().deadline(d(2026, 11, 30), f(3, Unit::Months)), d(2027, 2, 26));
    // 29 Feb 2028 is a Tuesday: no move.
    assert_eq!(cal().deadline(d(2027, 11, 30), f(3, Unit::Months)), d(2028, 2, 29));
}

#[test]
fn deadline_never_moves_before_its_anchor() {
    // 1 day after Friday 20 Nov 2026 is Saturday; moving back lands on the Friday itself.
    assert_eq!(cal().deadline(d(2026, 11, 20), f(1, Unit::Days)), d(2026, 11, 20));
    // 2 days after Saturday 26 Dec 2026 is Monday 28 (Boxing Day substitute); moving back
    // would give Thursday 24, before the event, so it is the next working day instead.
    assert_eq!(cal().deadline(d(2026, 12, 26), f(2, Unit::Days)), d(2026, 12, 29));
    // every = 0 is the anchor itself.
    assert_eq!(cal().deadline(d(2026, 12, 26), f(0, Unit::Weeks)), d(2026, 12, 26));
}

// ---------------------------------------------------------------- coverage and other files

#[test]
fn beyond_coverage_counts_monday_to_friday() {
    let c = cal();
    assert!(!c.covers(d(2030, 12, 25)));
    // Christmas 2030 is unknown to the embedded data: Wednesday 25 Dec counts as working.
    assert!(c.is_working_day(d(2030, 12, 25)));
    assert_eq!(c.add_working_days(d(2030, 12, 24), 1), d(2030, 12, 25));
    assert!(!c.is_working_day(d(2030, 12, 28))); // still a Saturday
                                                 // Crossing out of coverage: Fri 29 Dec 2028 + 2 → Mon 1 Jan 2029 counts (unknown), Tue 2.
    assert_eq!(c.add_working_days(d(2028, 12, 29), 2), d(2029, 1, 2));
}

/// 2029 and 2030 in full (as GOV.UK would publish them), listed out of order, plus another
/// division that must be ignored.
const NEWER_FILE: &str = r#"{
  "england-and-wales": {"division": "england-and-wales", "events": [
    {"title": "New Year’s Day", "date": "2030-01-01", "notes": "", "bunting": true},
    {"title": "Good Friday", "date": "2030-04-19", "notes": "", "bunting": false},
    {"title": "Easter Monday", "date": "2030-04-22", "notes": "", "bunting": true},
    {"title": "Early May bank holiday", "date": "2030-05-06", "notes": "", "bunting": true},
    {"title": "Spring bank holiday", "date": "2030-05-27", "notes": "", "bunting": true},
    {"title": "Summer bank holiday", "date": "2030-08-26", "notes": "", "bunting": true},
    {"title": "Christmas Day", "date": "2030-12-25", "notes": "", "bunting": true},
    {"title": "Boxing Day", "date": "2030-12-26", "notes": "", "bunting": true},
    {"title": "New Year’s Day", "date": "2029-01-01", "notes": "", "bunting": true},
    {"title": "Good Friday", "date": "2029-03-30", "notes": "", "bunting": false},
    {"title": "Easter Monday", "date": "2029-04-02", "notes": "", "bunting": true},
    {"title": "Early May bank holiday", "date": "2029-05-07", "notes": "", "bunting": true},
    {"title": "Spring bank holiday", "date": "2029-05-28", "notes": "", "bunting": true},
    {"title": "Summer bank holiday", "date": "2029-08-27", "notes": "", "bunting": true},
    {"title": "Christmas Day", "date": "2029-12-25", "notes": "", "bunting": true},
    {"title": "Boxing Day", "date": "2029-12-26", "notes": "", "bunting": true}
  ]},
  "scotland": {"division": "scotland", "events": [
    {"title": "St Andrew’s Day", "date": "2030-12-02", "notes": "", "bunting": true}
  ]}
}"#;

/// The embedded file's England and Wales events for `years`, with `extra` added.
fn govuk_file(years: std::ops::RangeInclusive<i32>, extra: &[(&str, &str)]) -> String {
    let full: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/bank-holidays.json")).unwrap(),
    )
    .unwrap();
    let mut events: Vec<serde_json::Value> = full["england-and-wales"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| years.contains(&e["date"].as_str().unwrap()[..4].parse::<i32>().unwrap()))
        .cloned()
        .collect();
    events.extend(extra.iter().map(|(title, date)| serde_json::json!({"title": title, "date": date})));
    serde_json::json!({"england-and-wales": {"division": "england-and-wales", "events": events}}).to_string()
}

#[test]
fn only_years_listed_in_full_are_covered() {
    // Two holidays ten years apart say nothing about the years between: refused, so no
    // minutes for 17 Dec 2026 are counted as due on 31 Dec (5 Jan 2027 is right).
    let sparse = r#"{"england-and-wales": {"events": [
        {"title": "Christmas Day", "date": "2026-12-25"}, {"title": "Christmas Day", "date": "2036-12-25"}]}}"#;
    let err = Calendar::from_govuk_json(sparse).unwrap_err();
    assert!(err.contains("whole year") && err.contains("Easter Monday"), "{err}");
    // The two ends of time do not switch off the beyond-the-data warning for every year.
    let ends = r#"{"england-and-wales": {"events": [
        {"title": "Start", "date": "0001-01-01"}, {"title": "End", "date": "9999-12-31"}]}}"#;
    assert!(Calendar::from_govuk_json(ends).is_err());
    // A year missing from the middle is named.
    let gap = govuk_file(2024..=2028, &[]).replace("\"2026-04-06\"", "\"2026-04-07\"");
    let err = Calendar::from_govuk_json(&gap).unwrap_err();
    assert!(err.contains("2024 to 2028") && err.contains("2026"), "{err}");
    // Complete years plus a stray holiday years later: the stray year is not covered.
    let stray = Calendar::from_govuk_json(&govuk_file(2026..=2027, &[("Made-up day", "2035-06-01")])).unwrap();
    assert_eq!(stray.coverage(), (d(2026, 1, 1), d(2027, 12, 31)));
    assert!(!stray.covers(d(2035, 6, 1)) && !stray.covers(d(2030, 1, 1)));
    assert_eq!(stray.add_working_days(d(2026, 12, 17), 10), d(2027, 1, 5));
    // A file that starts in the middle of a year leaves that year out.
    let midyear = govuk_file(2025..=2027, &[]).replace("\"2025-01-01\"", "\"2024-12-31\"");
    let midyear = Calendar::from_govuk_json(&midyear).unwrap();
    assert_eq!(midyear.coverage(), (d(2026, 1, 1), d(2027, 12, 31)));
}

#[test]
fn a_newer_file_changes_the_results() {
    let newer = Calendar::from_govuk_json(NEWER_FILE).unwrap();
    // Coverage: whole years from the first to the last event (events need not be sorted).
    assert_eq!(newer.coverage(), (d(2029, 1, 1), d(2030, 12, 31)));
    assert!(newer.covers(d(2030, 12, 25)));
    assert!(!newer.covers(d(2026, 12, 28)));
    // Christmas 2030 is now known: Tue 24 + 1 working day skips Wed 25 and Thu 26.
    assert!(!newer.is_working_day(d(2030, 12, 25)));
    assert_eq!(newer.holiday_name(d(2030, 12, 26)), Some("Boxing Day"));
    assert_eq!(newer.add_working_days(d(2030, 12, 24), 1), d(2030, 12, 27));
    assert_eq!(cal().add_working_days(d(2030, 12, 24), 1), d(2030, 12, 25));
    // Only England and Wales is read: St Andrew's Day is a working day.
    assert!(newer.is_working_day(d(2030, 12, 2)));
    // And 2026's holidays are not in this file, so the Christmas minutes come earlier.
    assert_eq!(newer.add_working_days(d(2026, 12, 17), 10), d(2026, 12, 31));
    // Mon 1 Jan 2029 is a holiday in the new file, not in the embedded one.
    assert_eq!(newer.add_working_days(d(2028, 12, 29), 2), d(2029, 1, 3));
}

#[test]
fn malformed_files_are_errors_not_panics() {
    let bad = [
        "",
        "{",
        "null",
        "[]",
        r#"{"scotland": {"events": []}}"#,
        r#"{"england-and-wales": {}}"#,
        r#"{"england-and-wales": {"events": {}}}"#,
        r#"{"england-and-wales": {"events": []}}"#,
        r#"{"england-and-wales": {"events": [42]}}"#,
        r#"{"england-and-wales": {"events": [{"date": "2030-01-01"}]}}"#,
        r#"{"england-and-wales": {"events": [{"title": "X"}]}}"#,
        r#"{"england-and-wales": {"events": [{"title": "X", "date": "01/01/2030"}]}}"#,
        r#"{"england-and-wales": {"events": [{"title": "X", "date": "2030-02-30"}]}}"#,
        r#"{"england-and-wales": {"events": [{"title": "X", "date": 20300101}]}}"#,
    ];
    for text in bad {
        let err = Calendar::from_govuk_json(text).expect_err(text);
        assert!(!err.is_empty());
    }
    let err = Calendar::from_govuk_json(r#"{"scotland": {"events": []}}"#).unwrap_err();
    assert!(err.contains("england-and-wales"), "message should name the division: {err}");
    let err = Calendar::from_govuk_json(r#"{"england-and-wales": {"events": [{"title": "X", "date": "01/01/2030"}]}}"#)
        .unwrap_err();
    assert!(err.contains("01/01/2030"), "message should quote the bad date: {err}");
}

// ---------------------------------------------------------------- free functions

#[test]
fn formats_dates_for_people() {
    assert_eq!(format_date(d(2026, 10, 6)), "6 Oct 2026");
    assert_eq!(format_date(d(2027, 1, 5)), "5 Jan 2027");
    assert_eq!(format_date(d(2026, 12, 28)), "28 Dec 2026");
    assert_eq!(format_date(d(2028, 2, 29)), "29 Feb 2028");
}

#[test]
fn add_interval_is_plain_calendar_arithmetic() {
    // No moving back: 28 days from 1 Mar 2027 is the holiday itself.
    assert_eq!(add_interval(d(2027, 3, 1), f(28, Unit::Days)), d(2027, 3, 29));
    assert_eq!(add_interval(d(2026, 11, 22), f(3, Unit::Weeks)), d(2026, 12, 13));
    // Working days without a calendar: Monday to Friday only, Christmas Day counts.
    assert_eq!(add_interval(d(2026, 12, 24), f(1, Unit::WorkingDays)), d(2026, 12, 25));
    assert_eq!(add_interval(d(2026, 11, 20), f(1, Unit::WorkingDays)), d(2026, 11, 23));
    for unit in [Unit::Days, Unit::WorkingDays, Unit::Weeks, Unit::Months] {
        assert_eq!(add_interval(d(2026, 11, 21), f(0, unit)), d(2026, 11, 21));
    }
}

#[test]
fn exceeds_table() {
    use Unit::*;
    let table = [
        (f(1, Months), f(20, WorkingDays), true),
        (f(4, Weeks), f(20, WorkingDays), false),
        (f(14, Weeks), f(3, Months), true),
        (f(13, Weeks), f(3, Months), true), // 91 days > Feb–Apr's 89
        (f(12, Weeks), f(3, Months), false),
        (f(3, Months), f(3, Months), false),
        (f(8, Weeks), f(6, Weeks), true),
        (f(28, Days), f(3, Weeks), true),
        (f(20, WorkingDays), f(28, Days), false),
        (f(1, Months), f(28, Days), true),
        (f(4, Weeks), f(28, Days), false),
        (f(2, Months), f(10, Weeks), false),
        // More that the rules rely on.
        (f(3, Weeks), f(3, Weeks), false),
        (f(4, Months), f(3, Months), true),
        (f(6, Weeks), f(3, Months), false),
        (f(21, WorkingDays), f(20, WorkingDays), true),
        (f(21, Days), f(20, WorkingDays), false),
        (f(29, Days), f(20, WorkingDays), true),
        (f(1, WorkingDays), f(2, Days), true), // Friday → Monday is 3 days
        (f(5, WorkingDays), f(1, Weeks), false),
    ];
    for (plan, max, want) in table {
        assert_eq!(exceeds(plan, max), want, "exceeds({}, {})", plan.describe(), max.describe());
    }
}

// ---------------------------------------------------------------- properties

fn any_date() -> impl Strategy<Value = NaiveDate> {
    // 2016–2031: before, across and after the embedded coverage.
    (0i64..(16 * 366)).prop_map(|n| d(2016, 1, 1) + chrono::Duration::days(n))
}

fn any_unit() -> impl Strategy<Value = Unit> {
    prop_oneof![Just(Unit::Days), Just(Unit::WorkingDays), Just(Unit::Weeks), Just(Unit::Months)]
}

proptest! {
    #[test]
    fn add_working_days_lands_on_a_working_day(from in any_date(), n in 1u32..400) {
        let due = cal().add_working_days(from, n);
        prop_assert!(cal().is_working_day(due), "{} + {} = {} is not a working day", from, n, due);
        prop_assert!(due > from);
    }

    #[test]
    fn add_working_days_counts_exactly_n_working_days(from in any_date(), n in 0u32..60) {
        let due = cal().add_working_days(from, n);
        let mut count = 0;
        let mut day = from;
        while day < due {
            day = day.succ_opt().unwrap();
            if cal().is_working_day(day) {
                count += 1;
            }
        }
        prop_assert_eq!(count, n);
    }

    #[test]
    fn add_working_days_is_monotonic(from in any_date(), n in 0u32..400) {
        let a = cal().add_working_days(from, n);
        let b = cal().add_working_days(from, n + 1);
        prop_assert!(b > a, "{} then {}", a, b);
        // And a later start never gives an earlier deadline.
        let later = cal().add_working_days(from.succ_opt().unwrap(), n);
        prop_assert!(later >= a);
    }

    #[test]
    fn deadline_is_a_working_day_not_after_the_calendar_date(
        from in any_date(), every in 1u32..60, unit in any_unit()
    ) {
        let fq = Frequency::new(every, unit);
        let due = cal().deadline(from, fq);
        prop_assert!(cal().is_working_day(due), "{} + {:?} = {}", from, fq, due);
        prop_assert!(due >= from);
        if unit != Unit::WorkingDays && cal().is_working_day(from) {
            // Following the date never misses the real deadline.
            prop_assert!(due <= add_interval(from, fq));
        }
    }

    #[test]
    fn months_keep_the_day_or_clamp(from in any_date(), n in 0u32..40) {
        let to = add_months_clamped(from, n);
        let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
        prop_assert_eq!(months, n as i32);
        prop_assert!(to.day() == from.day() || (to.day() < from.day() && to.succ_opt().unwrap().day() == 1));
    }

    #[test]
    fn any_text_is_ok_or_err_never_a_panic(text in ".{0,200}") {
        let _ = Calendar::from_govuk_json(&text);
    }
}
