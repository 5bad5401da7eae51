//! Hours of the day and days of the week: clock times ("3:15pm", "7.30pm", "6 am"), the
//! hours a need says someone works ("Mum works 10am to 7pm"), and which days a text speaks
//! of ("every weekday", "on Tuesdays", "four nights a week").

use super::scanned::Scanned;
use super::words::whole_number;
use crate::smart::data::cat;
use crate::smart::text::{COLON_BEFORE, SPACE_BEFORE};

/// A clock time starting at token `i`, as minutes after midnight, and the token after it:
/// "3pm", "3.15pm", "3:15pm", "3 pm", "15:30", "noon", "midnight". A time written without
/// "am" or "pm" counts only with its minutes ("9:30", "7.45"), and is read as a family's day
/// has it: 7 to 11 in the morning, 12 to 6 in the afternoon or evening. A number alone ("at
/// 3", "7 till 7") is not read as a time.
pub(crate) fn clock(s: &Scanned, i: usize) -> Option<(u32, usize)> {
    let t = &s.text;
    let w = t.word_or_none(i);
    match w {
        "noon" | "midday" => return Some((12 * 60, i + 1)),
        "midnight" => return Some((0, i + 1)),
        _ => {}
    }
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    let hour = whole_number(&w[..digits], 2)?;
    let mut rest = &w[digits..];
    let mut end = i + 1;
    // Minutes after a full stop in the same word ("3.15pm"), or after a colon, which ends
    // the word ("3:15pm").
    let mut minutes = None;
    if let Some(m) = rest.strip_prefix('.') {
        let n = m.bytes().take_while(u8::is_ascii_digit).count();
        minutes = Some(whole_number(&m[..n], 2).filter(|_| n == 2)?);
        rest = &m[n..];
    } else if rest.is_empty() && t.toks.get(end).is_some_and(|x| x.has(COLON_BEFORE) && !x.has(SPACE_BEFORE)) {
        let m = t.word(end);
        let n = m.bytes().take_while(u8::is_ascii_digit).count();
        minutes = Some(whole_number(&m[..n], 2).filter(|_| n == 2)?);
        rest = &m[n..];
        end += 1;
    }
    // "6 am", "3 pm": the half of the day as a word of its own.
    if rest.is_empty() && matches!(t.word_or_none(end), "am" | "pm") {
        rest = t.word(end);
        end += 1;
    }
    let (said, minutes) = (minutes.is_some(), minutes.unwrap_or(0));
    if minutes >= 60 {
        return None;
    }
    let hour = match rest {
        "am" if (1..=12).contains(&hour) => hour % 12,
        "pm" if (1..=12).contains(&hour) => hour % 12 + 12,
        // Minutes but no half of the day: "15:30", "9:30", "3:15"; not a number alone.
        "" if !said => return None,
        "" if (13..=23).contains(&hour) => hour,
        "" if (7..=11).contains(&hour) => hour,
        "" if hour == 12 => 12,
        "" if (1..=6).contains(&hour) => hour + 12,
        _ => return None,
    };
    Some((hour * 60 + minutes, end))
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

/// Hours that a need says someone works: "works 10am to 7pm", "works a 2pm–10pm shift",
/// "is out from 6am to 9pm", "works nights, 8pm to 8am": the first token of the word for
/// the work, the token after the hours, and the hours from and to.
pub(crate) struct WorkHours {
    pub word: usize,
    pub end: usize,
    pub from: u32,
    pub to: u32,
}

/// How long a shift said only by when it starts is taken to run: "starts her night shift at
/// 7pm" is still at work at 9pm.
const SHIFT_MINUTES: u32 = 8 * 60;

/// Each stretch of hours a need says someone works (see `WorkHours`).
pub(crate) fn work_hours<'s>(s: &'s Scanned) -> impl Iterator<Item = WorkHours> + 's {
    let t = &s.text;
    let work = |j: usize| {
        matches!(
            t.word(j),
            "work"
                | "works"
                | "working"
                | "shift"
                | "shifts"
                | "job"
                | "jobs"
                | "out"
                | "duty"
                | "nights"
                | "college"
                | "dialysis"
                | "lectures"
                | "classes"
        )
    };
    (0..t.toks.len()).filter_map(move |i| {
        let (from, next) = clock(s, i)?;
        let (start, stop) = s.clause(i);
        let k = next + usize::from(matches!(t.word_or_none(next), "to" | "till" | "until" | "til" | "and"));
        let Some((to, end)) = clock(s, k) else {
            // Only when it starts: "starts her night shift at 7pm", "starts work at 6am".
            let j = i.checked_sub(1).filter(|&j| matches!(t.word(j), "at" | "from") && j > start)?;
            let word =
                (j.saturating_sub(4).max(start)..j).find(|&w| matches!(t.word(w), "start" | "starts" | "begins"))?;
            (word + 1..j).any(work).then_some(())?;
            return Some(WorkHours { word, end: next, from, to: (from + SHIFT_MINUTES) % (24 * 60) });
        };
        // Said of work in the words just before, in the clause: "works 6am to 2pm", "does
        // early cleaning shifts from 5am to 8am", "is out from 6am", "works two jobs from";
        // or after: "6am to 6pm shifts".
        // (Or the clause before, which the hours are said of: "works nights at the warehouse,
        // 7pm to 7am".)
        let said = if start == i { s.sentence_start(i) } else { start };
        // From the first of the words for it: "works nights from 6pm".
        let word = (i.saturating_sub(10).max(said)..i).rev().find(|&j| work(j));
        let word = word.map(|j| (said..=j).rev().take_while(|&k| work(k)).last().unwrap_or(j));
        let word = word.or_else(|| (end..(end + 2).min(stop)).find(|&j| work(j)).map(|_| i))?;
        Some(WorkHours { word, end, from, to })
    })
}

/// Which days a stretch of text speaks of.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Days {
    /// Every day or every weekday: "every morning", "each school night", "daily", "Monday to
    /// Friday".
    Every,
    /// Weekdays by name ("on Tuesdays", "every Wednesday"), as bits from Monday.
    Named(u8),
    /// Some days of a week, not which: "three days a week", "four nights a week".
    Some,
    /// Saturdays or Sundays only.
    Weekend,
    /// No day at all.
    Unsaid,
}

/// The days tokens `from..to` speak of.
pub(crate) fn days(s: &Scanned, from: usize, to: usize) -> Days {
    let t = &s.text;
    const WEEKDAYS: [&str; 5] = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    let (mut every, mut named, mut weekend, mut few) = (false, 0u8, false, false);
    for j in from..to {
        let w = t.word(j);
        let w = w.strip_suffix('s').unwrap_or(w);
        match w {
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" => {
                let a = WEEKDAYS.iter().position(|&d| d == w).unwrap_or(0);
                // "Tuesday to Saturday": each weekday from one to the other.
                let last = t.word_or_none(j + 2);
                let b = match (t.word_or_none(j + 1), last.strip_suffix('s').unwrap_or(last)) {
                    ("to", "saturday" | "sunday") => 4,
                    ("to", d) => WEEKDAYS.iter().position(|&x| x == d).filter(|&b| b >= a).unwrap_or(a),
                    _ => a,
                };
                named |= (a..=b).fold(0, |m, d| m | 1 << d);
            }
            "saturday" | "sunday" | "weekend" => weekend = true,
            "weekday" | "daily" | "weeknight" => every = true,
            "every" | "each" => {
                let day = |k: usize| {
                    matches!(t.word_or_none(k), "day" | "morning" | "evening" | "night" | "afternoon" | "weekday")
                };
                every |= day(j + 1) || t.word_or_none(j + 1) == "school" && day(j + 2);
            }
            // "three days a week", "4 nights a week": some days, not which; five or more is
            // every weekday.
            "day" | "night" | "shift" if j > 0 && matches!(t.word_or_none(j + 1), "a" | "per") => {
                let n =
                    s.hit_at(j - 1, cat::NUMBER).map(|h| u32::from(h.id)).or_else(|| whole_number(t.word(j - 1), 1));
                match n {
                    Some(n) if n < 5 => few = true,
                    Some(_) => every = true,
                    None => {}
                }
            }
            _ => {}
        }
    }
    if few {
        Days::Some
    } else if every || named == 0b11111 {
        Days::Every
    } else if named != 0 {
        Days::Named(named)
    } else if weekend {
        Days::Weekend
    } else {
        Days::Unsaid
    }
}

/// Do hours worked on `work` days fall on some of the `asked` days? Hours with no day said
/// are every weekday's; asked on some days of a week not said which, they may not clash.
pub(crate) fn clash(work: Days, asked: Days) -> bool {
    match (work, asked) {
        (Days::Named(a), Days::Named(b)) => a & b != 0,
        (Days::Every | Days::Unsaid, Days::Named(_)) => true,
        (Days::Every | Days::Unsaid | Days::Some | Days::Named(_), Days::Every) => true,
        (Days::Weekend, Days::Weekend) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn time(s: &str) -> Option<u32> {
        let c = crate::smart::data::get();
        let s = Scanned::new(c, s);
        clock(&s, 0).map(|(t, _)| t)
    }

    #[test]
    fn clock_times_are_read_as_people_write_them() {
        assert_eq!(time("3pm"), Some(15 * 60));
        assert_eq!(time("3.15pm"), Some(15 * 60 + 15));
        assert_eq!(time("3:15pm"), Some(15 * 60 + 15));
        assert_eq!(time("6 am"), Some(6 * 60));
        assert_eq!(time("12pm"), Some(12 * 60));
        assert_eq!(time("12am"), Some(0));
        assert_eq!(time("midnight"), Some(0));
        assert_eq!(time("noon"), Some(12 * 60));
        assert_eq!(time("15:30"), Some(15 * 60 + 30));
        // No half of the day: 7 to 11 is the morning, 1 to 6 the afternoon.
        assert_eq!(time("9:30"), Some(9 * 60 + 30));
        assert_eq!(time("3:15"), Some(15 * 60 + 15));
        // Not times: a number alone, a decimal, a score, an hour that is not one.
        assert_eq!(time("3"), None);
        assert_eq!(time("2.5"), None);
        assert_eq!(time("13pm"), None);
        assert_eq!(time("9:75"), None);
        assert_eq!(time("0:30"), None);
    }

    #[test]
    fn hours_past_midnight_wrap_round() {
        assert!(within(19 * 60 + 30, 18 * 60, 6 * 60));
        assert!(within(5 * 60, 18 * 60, 6 * 60));
        assert!(!within(12 * 60, 18 * 60, 6 * 60));
        assert!(within(23 * 60, 16 * 60, 0));
        assert!(!within(14 * 60, 6 * 60, 14 * 60));
    }
}
