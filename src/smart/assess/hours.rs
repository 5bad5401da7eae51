//! Hours of the day and days of the week: clock times ("3:15pm", "7.30pm", "6 am"), the
//! hours a need says someone works ("Mum works 10am to 7pm"), and which days a text speaks
//! of ("every weekday", "on Tuesdays", "four nights a week").

use super::scanned::Scanned;
use super::words::whole_number;
use crate::smart::data::cat;
use crate::smart::text::{BARRIER_BEFORE, COLON_BEFORE, DIGIT, SPACE_BEFORE};

/// A time as written at token `i`: its hour and minutes, whether it says "pm" ("am": false;
/// not said: `None`), and the token after it. "3pm", "3.15pm", "3:15pm", "6 am", "15:30"
/// (pm), "noon", "midnight"; "7.30" and "9:30" say no half of the day.
fn parts(s: &Scanned, i: usize) -> Option<(u32, u32, Option<bool>, usize)> {
    let t = &s.text;
    let w = t.word_or_none(i);
    match w {
        "noon" | "midday" => return Some((12, 0, Some(true), i + 1)),
        "midnight" => return Some((12, 0, Some(false), i + 1)),
        _ => {}
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let hour = whole_number(&w[..digits], 2)?;
    let mut rest = &w[digits..];
    let mut end = i + 1;
    let two = |m: &str| m.get(..2).filter(|d| d.bytes().all(|b| b.is_ascii_digit())).and_then(|d| whole_number(d, 2));
    // Minutes after a full stop in the same word ("3.15pm"), or after a colon, which ends
    // the word ("3:15pm").
    let mut minutes = 0;
    let dot = rest.starts_with('.');
    if let Some(m) = rest.strip_prefix('.') {
        minutes = two(m)?;
        rest = &m[2..];
    } else if rest.is_empty() && t.toks.get(end).is_some_and(|x| x.has(COLON_BEFORE) && !x.has(SPACE_BEFORE)) {
        let m = t.word(end);
        minutes = two(m)?;
        rest = &m[2..];
        end += 1;
    }
    // Read past a colon: "15:30", "00:00" (not "15", "£15.00").
    let colon = end > i + 1;
    // "6 am", "3 pm": the half of the day as a word of its own.
    if rest.is_empty() && matches!(t.word_or_none(end), "am" | "pm") {
        rest = t.word(end);
        end += 1;
    }
    // "at 9 every morning", "by 7 in the evening": a bare hour with its half of the day in
    // words just after it, after a word that puts it in time (not "takes 3 every morning",
    // a count).
    let timed = i > 0 && matches!(t.word(i - 1), "at" | "by" | "from" | "until" | "till" | "before");
    let in_words = match (t.word_or_none(end), t.word_or_none(end + 1), t.word_or_none(end + 2)) {
        _ if !timed || !rest.is_empty() || colon => None,
        // (Also "every weekday morning".)
        ("in", "the", "morning") | ("every" | "each", "morning", _) | ("every" | "each", _, "morning") => Some(false),
        ("in", "the", "afternoon" | "evening") | ("every" | "each", "afternoon" | "evening", _) => Some(true),
        // (12 at night is midnight.)
        ("at", "night", _) | ("every" | "each", "night", _) => Some(hour != 12),
        _ => None,
    };
    let half = match rest {
        "am" | "pm" if (1..=12).contains(&hour) => Some(rest == "pm"),
        "" if (1..=12).contains(&hour) && in_words.is_some() => in_words,
        // "15:30", with its minutes after a colon: the afternoon or evening (not "£15.00").
        "" if (13..=23).contains(&hour) && colon => return Some((hour - 12, minutes, Some(true), end)),
        // "the 17.52", "at 18.40": a timetable's time (not "£15.50").
        "" if (13..=23).contains(&hour) && dot && minutes < 60 && i > 0 && matches!(t.word(i - 1), "the" | "at") => {
            return Some((hour - 12, minutes, Some(true), end))
        }
        "" if (1..=12).contains(&hour) => None,
        // "00:00", "00:30": midnight on the 24-hour clock.
        "" if hour == 0 && colon => Some(false),
        _ => return None,
    };
    (minutes < 60).then_some((if hour == 0 { 12 } else { hour }, minutes, half, end))
}

/// Minutes after midnight of `hour` on the 12-hour clock in the half of the day `pm`.
fn minutes_of(hour: u32, minutes: u32, pm: bool) -> u32 {
    (hour % 12 + if pm { 12 } else { 0 }) * 60 + minutes
}

/// A clock time starting at token `i`, as minutes after midnight, and the token after it.
/// Only one that says its half of the day ("3pm", "3:15pm", "15:30", "noon"): "7.30" is
/// bedtime or breakfast, "£5.50" and "2.50 ml" are no time at all.
pub(crate) fn clock(s: &Scanned, i: usize) -> Option<(u32, usize)> {
    let (hour, minutes, half, end) = parts(s, i)?;
    Some((minutes_of(hour, minutes, half?), end))
}

/// A time an outcome asks for, as `clock` reads it, or a time with minutes after a colon and
/// no half of the day ("for his 9:30 start", "by 8:45", "collect him at 3:15"): an outcome
/// asks for a time in the family's day, so 7 to 11 is the morning and 12 to 6 the
/// afternoon or evening, unless the words beside it say which ("at 6:30 every morning",
/// "at 7:30 every evening", "bedtime at 8:00"). Not "7.30", which may be money or a dose,
/// nor a bare "9".
pub(crate) fn asked_clock(s: &Scanned, i: usize) -> Option<(u32, usize)> {
    let (hour, minutes, half, end) = parts(s, i)?;
    // Four words either side, in its sentence (not "…, and read with him every evening").
    let near = i.saturating_sub(4).max(s.sentence_start(i))..(end + 4).min(s.sentence_end(i));
    let said = |words: &[&str]| near.clone().any(|j| words.contains(&s.text.word(j)));
    let half = half.or_else(|| {
        (end == i + 2).then(|| {
            if said(&["morning", "mornings", "breakfast", "wake"]) {
                false
            } else {
                said(&["evening", "evenings", "night", "nights", "bedtime", "tonight", "tea", "teatime"])
                    || !(7..=11).contains(&hour)
            }
        })
    })?;
    Some((minutes_of(hour, minutes, half), end))
}

/// Hours from one time to another starting at token `i` ("10am to 7pm", "6pm–6am", "6 to
/// 7:30pm", "7.30-8.30pm", "9 till 5"), as minutes after midnight, and the token after them.
/// The first may leave its half of the day to the second: "6 to 7:30pm" is the evening, "11
/// to 2pm" crosses noon.
pub(crate) fn from_to(s: &Scanned, i: usize) -> Option<(u32, u32, usize)> {
    let (h1, m1, half1, next) = parts(s, i)?;
    let t = &s.text;
    // "10am to 4pm", "between 10am and 4pm".
    let and = t.word_or_none(next) == "and" && i > 0 && t.word(i - 1) == "between";
    let k = next + usize::from(and || matches!(t.word_or_none(next), "to" | "till" | "until" | "til"));
    let (h2, m2, half2, end) = parts(s, k)?;
    // Neither says its half: a day's hours, "9 till 5", "8.30 to 4.30", "7 to 3" (from 7 to
    // 10 in the morning, to 2 to 6 in the afternoon; not "6.00 to 2.00", which may be a night
    // shift, nor "2 to 4").
    let day = half1.is_none() && half2.is_none() && (7..=10).contains(&h1) && (2..=6).contains(&h2);
    let pm2 = half2.or(day.then_some(true))?;
    let pm1 = half1.unwrap_or(if day {
        false
    } else if h1 % 12 <= h2 % 12 {
        pm2
    } else {
        !pm2
    });
    let (from, to) = (minutes_of(h1, m1, pm1), minutes_of(h2, m2, pm2));
    (from != to).then_some((from, to, end))
}

/// Is the time `t` within the hours `from` to `to`? Hours past midnight ("6pm to 6am",
/// "4pm to midnight") wrap round.
pub(crate) fn within(t: u32, from: u32, to: u32) -> bool {
    if from < to {
        (from..to).contains(&t)
    } else {
        t >= from || t < to
    }
}

/// How long a shift said only by when it starts is taken to run: "starts her night shift at
/// 7pm" is still at work at 9pm; "a cleaning job that starts at 6am" may be over by 10am.
const SHIFT_MINUTES: u32 = 4 * 60;

/// Hours that a need says someone works: "works 10am to 7pm", "works a 2pm–10pm shift",
/// "works nights at the warehouse, 7pm to 7am", "starts her night shift at 7pm": the first
/// token of the words for the work, the token after the hours, and the hours from and to.
pub(crate) struct WorkHours {
    pub word: usize,
    pub end: usize,
    pub from: u32,
    pub to: u32,
}

/// Each stretch of hours a need says someone works (see `WorkHours`). Not "working with the
/// family support worker 10am to 12pm", and not hours said of someone named after the work
/// ("Mum works 6am to 10am and Leo is at nursery 10am to 3pm").
pub(crate) fn work_hours<'s>(s: &'s Scanned, child: Option<&'s str>) -> impl Iterator<Item = WorkHours> + 's {
    let t = &s.text;
    let work = move |j: usize| match t.word(j) {
        "work" | "works" | "shift" | "shifts" | "job" | "jobs" | "duty" | "college" | "dialysis" => true,
        // A job said by what is done: "cleans offices in the City from 6am to 10am".
        // (Not "cleans the house".)
        "cleans" => matches!(t.word_or_none(j + 1), "offices" | "schools" | "hotels" | "for" | "at"),
        "working" => t.word_or_none(j + 1) != "with",
        // "works nights", "is on nights"; not "nights at the pub".
        "nights" => j > 0 && matches!(t.word(j - 1), "works" | "working" | "on"),
        // "Dad does 5am to 1pm at the depot": hours straight after.
        "does" | "do" => t.toks.get(j + 1).is_some_and(|x| x.has(DIGIT)),
        _ => false,
    };
    let person = move |j: usize| s.someone(j) || Some(t.word(j)) == child;
    (0..t.toks.len()).filter_map(move |i| {
        let (start, stop) = s.clause(i);
        // Said of work just before, in the clause, or in the one before when the hours
        // start theirs ("works nights at the warehouse, 7pm to 7am"); or after them ("6am to
        // 6pm shifts"). From the first of the words for it: "works nights from 6pm".
        let said = if start == i { s.sentence_start(i) } else { start };
        // Nothing between them that starts something else: not "works evenings and is free
        // from 10am to 3pm", "finishes work at 2pm and is at home 2:30pm to 10pm".
        // ("Mum's shifts are 7am to 7pm": "are" just before the hours is theirs.)
        let other = |j: usize| {
            person(j)
                || matches!(t.word(j), "and" | "but" | "is" | "are" | "was" | "has" | "free") && j + 1 != i
                || t.word(j) == "home" && j > 0 && t.word(j - 1) == "at"
        };
        let before = (i.saturating_sub(10).max(said)..i).rev().take_while(|&j| !other(j)).find(|&j| work(j));
        let first = |j: usize| (said..=j).rev().take_while(|&k| work(k)).last().unwrap_or(j);
        if let Some((from, to, end)) = from_to(s, i) {
            let stop = stop.max(s.sentence_end(i).min(end + 2));
            let after = || (end..(end + 2).min(stop)).find(|&j| work(j)).map(|_| i);
            let word = before.map(first).or_else(after)?;
            return Some(WorkHours { word, end, from, to });
        }
        let (at, end) = clock(s, i)?;
        let j = i.checked_sub(1).filter(|&j| j > start)?;
        // Only when it ends: "both parents work until 6pm", "is at work till 6pm".
        if matches!(t.word(j), "until" | "till" | "til") {
            let word = before.filter(|&w| w + 1 == j).map(first)?;
            return Some(WorkHours { word, end, from: (at + 24 * 60 - SHIFT_MINUTES) % (24 * 60), to: at });
        }
        // Only when it starts: "starts her night shift at 7pm", "Mum's shift starts at 6am",
        // "is at work from 6am".
        if !matches!(t.word(j), "at" | "from") {
            return None;
        }
        // "starts work at the care home at 9 every morning": the place may come between.
        let near = j.saturating_sub(8).max(start)..j;
        let starts = near.clone().find(|&w| matches!(t.word(w), "start" | "starts" | "starting" | "begins"));
        let starts = starts.or_else(|| (t.word(j) == "from" && work(j - 1)).then_some(j - 1))?;
        let word = near.clone().find(|&w| work(w))?.min(starts);
        // "… and finishes at 4pm": its end, if said straight after.
        let finish = (end..(end + 4).min(t.toks.len())).find(|&k| matches!(t.word(k), "finishes" | "finish" | "ends"));
        if let Some((to, end)) = finish.filter(|&k| t.word_or_none(k + 1) == "at").and_then(|k| clock(s, k + 2)) {
            return Some(WorkHours { word, end, from: at, to });
        }
        Some(WorkHours { word, end, from: at, to: (at + SHIFT_MINUTES) % (24 * 60) })
    })
}

/// Bits of the days of the week from Monday (Saturday 5, Sunday 6).
pub(crate) type Days = u8;

/// Every weekday, Monday to Friday.
pub(crate) const WEEKDAYS: Days = 0b001_1111;

const DAY_NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/// The days tokens `from..to` speak of, and whether they say only some days of the week
/// ("three days a week", "four nights a week"; five or more is every weekday). "Every
/// morning", "each school night", "daily" and "on weekdays" are every weekday; "Tuesday to
/// Saturday" each day from one to the other; "at weekends" Saturday and Sunday. Not a day
/// off ("has Wednesdays off", "except Fridays"), nor one day ("next Tuesday", "on Tuesday 12
/// January").
pub(crate) fn days(s: &Scanned, from: usize, to: usize) -> (Days, bool) {
    let t = &s.text;
    let (mut bits, mut off, mut few) = (0, 0, false);
    // A day by name, or as it is shortened: "Tuesdays", "Tues", "Thurs" (not "sat", "sun").
    let name = |k: usize| {
        let w = t.word_or_none(k);
        let w = w.strip_suffix('s').filter(|w| w.len() > 2).unwrap_or(w);
        let short = matches!(w, "mon" | "tue" | "tues" | "wed" | "weds" | "thu" | "thur" | "thurs" | "fri");
        DAY_NAMES.iter().position(|&d| w == d || short && d.starts_with(w))
    };
    for j in from..to {
        if let Some(a) = name(j) {
            let before = if j > from { t.word(j - 1) } else { "" };
            let after = t.word_or_none(j + 1);
            // "Tuesday to Saturday" (not "Tues/Thurs", which is two days).
            // "Mon-Fri", "Monday–Friday": a range, as "to" is.
            let dash = j + 1 < to && t.orig[t.range(j).end..t.range(j + 1).start].contains(['-', '–']);
            let b = if after == "to" {
                name(j + 2).filter(|&b| b >= a).unwrap_or(a)
            } else if dash {
                name(j + 1).filter(|&b| b >= a).unwrap_or(a)
            } else {
                a
            };
            let these = (a..=b).fold(0, |m, d| m | 1 << d);
            // A day off: "has Wednesdays off", "except Fridays", "apart from Fridays".
            let apart = before == "from" && j > from + 1 && t.word(j - 2) == "apart";
            if matches!(before, "except" | "not") || apart || after == "off" {
                off |= these;
                continue;
            }
            // One day: "next Tuesday", "Tuesday 12 January", "Tuesday 12th".
            let date = after.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            // (Not a time after a comma: "on Thursdays, 9:30 to 11:30".)
            let time = t.toks.get(j + 1).is_some_and(|x| x.has(BARRIER_BEFORE))
                || t.toks.get(j + 2).is_some_and(|x| x.has(COLON_BEFORE) && !x.has(SPACE_BEFORE));
            let dated = !time
                && matches!(&after[date.len()..], "" | "st" | "nd" | "rd" | "th")
                && whole_number(date, 2).is_some();
            if !(matches!(before, "next" | "this") || dated || s.is(j + 1, cat::NUMBER)) {
                bits |= these;
            }
            continue;
        }
        match t.word(j) {
            // Another doing: its days are not these ("works 9am to 5pm, and goes to church on
            // Sundays", "… so he can go to Dad's for the weekend").
            "but" | "so" | "while" | "because" => break,
            "and" if name(j + 1).is_none() && !matches!(t.word_or_none(j + 1), "weekends" | "every" | "on") => break,
            "week" if j > from + 1 && t.word(j - 1) == "the" && t.word(j - 2) == "during" => bits |= WEEKDAYS,
            "weekend" | "weekends" => bits |= 0b110_0000,
            "weekday" | "weekdays" | "daily" | "weeknight" | "weeknights" => bits |= WEEKDAYS,
            "school" if matches!(t.word_or_none(j + 1), "days" | "mornings" | "nights" | "afternoons") => {
                bits |= WEEKDAYS
            }
            "twice" | "once" if t.word_or_none(j + 1) == "a" && t.word_or_none(j + 2) == "week" => few = true,
            "every" | "each" => {
                let day = |k: usize| matches!(t.word_or_none(k), "day" | "morning" | "evening" | "night" | "afternoon");
                if day(j + 1) || t.word_or_none(j + 1) == "school" && day(j + 2) {
                    bits |= WEEKDAYS;
                }
            }
            // "three days a week", "4 nights a week".
            "days" | "nights" | "shifts" if j > from && matches!(t.word_or_none(j + 1), "a" | "per") => {
                let n =
                    s.hit_at(j - 1, cat::NUMBER).map(|h| u32::from(h.id)).or_else(|| whole_number(t.word(j - 1), 1));
                match n {
                    Some(n) if n < 5 => few = true,
                    Some(_) => bits |= WEEKDAYS,
                    None => {}
                }
            }
            _ => {}
        }
    }
    // Days off from every weekday, or from the days named.
    if off != 0 {
        bits = if bits == 0 { WEEKDAYS } else { bits } & !off;
    }
    (bits, few)
}

/// Do hours worked on `work` days fall on some of the `asked` days? Hours with no day said
/// are every weekday's; worked on some days of the week not said which ("three days a
/// week"), they clash only with every weekday, and asked on some ("twice a week") with none.
pub(crate) fn clash((work, few): (Days, bool), (asked, some): (Days, bool)) -> bool {
    if some {
        // "Twice a week" may be the weekend.
        false
    } else if few {
        // Some days of the week, whichever, against every weekday.
        asked & WEEKDAYS == WEEKDAYS
    } else {
        (if work == 0 { WEEKDAYS } else { work }) & asked != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scanned(s: &str) -> Scanned<'_> {
        Scanned::new(crate::smart::data::get(), s)
    }

    fn time(s: &str) -> Option<u32> {
        clock(&scanned(s), 0).map(|(t, _)| t)
    }

    fn range(s: &str) -> Option<(u32, u32)> {
        from_to(&scanned(s), 0).map(|(a, b, _)| (a, b))
    }

    #[test]
    fn clock_times_are_read_only_with_their_half_of_the_day() {
        assert_eq!(time("3pm"), Some(15 * 60));
        assert_eq!(time("3.15pm"), Some(15 * 60 + 15));
        assert_eq!(time("3:15pm"), Some(15 * 60 + 15));
        assert_eq!(time("6 am"), Some(6 * 60));
        assert_eq!(time("12pm"), Some(12 * 60));
        assert_eq!(time("12am"), Some(0));
        assert_eq!(time("midnight"), Some(0));
        assert_eq!(time("noon"), Some(12 * 60));
        assert_eq!(time("15:30"), Some(15 * 60 + 30));
        // Bedtime or breakfast, money, a dose, a number alone: not read.
        for not in ["7.30", "9:30", "5.50", "2.50 ml", "3", "2.5", "13pm", "9:75pm", "0:30am", "15", "3.1pm"] {
            assert_eq!(time(not), None, "{not}");
        }
        // A bare hour with its half of the day in words after it, once something puts it in
        // time ("at", "by"); not a count ("takes 3 every morning").
        let at = |s: &str| clock(&scanned(s), 1).map(|(t, _)| t);
        assert_eq!(at("at 8 every morning"), Some(8 * 60));
        assert_eq!(at("by 7 in the evening"), Some(19 * 60));
        assert_eq!(at("at 10 at night"), Some(22 * 60));
        assert_eq!(at("until 12 at night"), Some(0));
        for not in ["takes 3 every morning", "at 8 every day", "at 8:30 every morning"] {
            assert_eq!(at(not), None, "{not}");
        }
    }

    #[test]
    fn hours_take_their_half_of_the_day_from_the_end_and_wrap_past_midnight() {
        assert_eq!(range("10am to 7pm"), Some((10 * 60, 19 * 60)));
        assert_eq!(range("6pm–6am"), Some((18 * 60, 6 * 60)));
        assert_eq!(range("6 to 7:30pm"), Some((18 * 60, 19 * 60 + 30)));
        assert_eq!(range("7.30-8.30pm"), Some((19 * 60 + 30, 20 * 60 + 30)));
        assert_eq!(range("11 to 2pm"), Some((11 * 60, 14 * 60)));
        assert_eq!(range("4pm until midnight"), Some((16 * 60, 0)));
        // Neither says its half: a working day's hours, from a morning to an afternoon.
        assert_eq!(range("9 till 5"), Some((9 * 60, 17 * 60)));
        assert_eq!(range("8.30 to 4.30"), Some((8 * 60 + 30, 16 * 60 + 30)));
        // Either could be meant, or both say the same time: not read.
        assert_eq!(range("6.00 to 2.00"), None);
        assert_eq!(range("2 to 4"), None);
        assert_eq!(range("7am to 7am"), None);
        assert!(within(19 * 60 + 30, 18 * 60, 6 * 60));
        assert!(within(5 * 60, 18 * 60, 6 * 60));
        assert!(!within(12 * 60, 18 * 60, 6 * 60));
        assert!(within(23 * 60, 16 * 60, 0));
        assert!(!within(14 * 60, 6 * 60, 14 * 60));
    }

    #[test]
    fn days_are_read_by_name_range_and_count_leaving_days_off_out() {
        let of = |s: &str| {
            let s = scanned(s);
            days(&s, 0, s.text.toks.len())
        };
        assert_eq!(of("Tuesday to Saturday"), (0b011_1110, false));
        assert_eq!(of("on Mondays and Thursdays"), (0b000_1001, false));
        assert_eq!(of("every weekday"), (WEEKDAYS, false));
        assert_eq!(of("at weekends"), (0b110_0000, false));
        assert_eq!(of("three days a week"), (0, true));
        assert_eq!(of("six days a week"), (WEEKDAYS, false));
        assert_eq!(of("has Wednesdays off"), (0b001_1011, false));
        assert_eq!(of("Mon to Thurs"), (0b000_1111, false));
        assert_eq!(of("SATs week"), (0, false));
        assert_eq!(of("during the week, and spends weekends with Leo"), (WEEKDAYS, false));
        assert_eq!(of("on Mondays and Thursdays, and goes to church on Sundays"), (0b000_1001, false));
        assert_eq!(of("every weekday except Fridays"), (0b000_1111, false));
        assert_eq!(of("next Tuesday"), (0, false));
        assert_eq!(of("on Tuesday 12 January"), (0, false));
        assert!(clash(of("Monday to Friday"), of("every Tuesday")));
        assert!(!clash(of("on Saturdays"), of("every Wednesday")));
        assert!(clash(of("on Saturdays"), of("on Saturday mornings")));
        assert!(!clash(of("three days a week"), of("every Tuesday")));
        assert!(clash(of("three days a week"), of("every weekday")));
        assert!(!clash(of("Monday to Friday"), of("twice a week")));
        assert!(!clash(of("three days a week"), of("twice a week")));
    }
}
