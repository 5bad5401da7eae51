//! What makes an outcome too much to ask in its time: perfection, a stated wait longer than
//! the time, a whole course, a large sum of money.

use super::scanned::{any_in, positions, Scanned};
use super::words::{first_four, whole_number};
use crate::smart::data::{cat, TIME_UNIT_DAYS};
use crate::smart::text::{Hit, CAP, DIGIT, IN_PAREN, PAREN_AFTER, SENT_START, SPACE_BEFORE};
use chrono::Datelike;

/// Asking for perfection: "never argue", "no incidents at all", "100%".
pub(crate) fn perfection<'a>(s: &Scanned<'a>, measure: bool) -> Option<&'a str> {
    // "100%", not "100": the sign is not a word of its own; and not "within 100 metres".
    let distance = |h: &&Hit| s.text.word_or_none(h.end as usize) == "metres";
    // Nor "below £100" or "100 common words": "100" only with its sign or "per cent" after.
    let not_percent = |h: &&Hit| {
        let (i, t) = (h.start as usize, &s.text);
        t.word(i) == "100"
            && !t.orig[t.range(i).end..].trim_start().starts_with('%')
            && !matches!(t.word_or_none(i + 1), "percent" | "per" | "pc")
    };
    // "Dad will never hit Ruben": for a parent who hit a child, not once more is the
    // bottom line, not perfection (reading 14); "Kian will never hit his sister" still is.
    // The parent is who "will never": "Mum will make sure Ruben never hits his sister" is
    // still perfection. ("I", a title for a child's own words, is no parent.)
    let parent_hits = |h: &&Hit| {
        let i = h.start as usize;
        const HURT: [&str; 5] = ["hit", "smack", "hurt", "harm", "slap"];
        const ADULT: [&str; 4] = ["stepdad", "partner", "father", "mother"];
        let parent = |j: usize| s.is(j, cat::TITLE) && s.text.word(j) != "i" || ADULT.contains(&s.text.word(j));
        s.text.word(i) == "never"
            && HURT.iter().any(|p| s.text.word_or_none(i + 1).starts_with(p))
            && i >= 2
            && s.text.word(i - 1) == "will"
            && parent(i - 2)
    };
    // "Pay the rent on time each month from now on" is a routine to start; "From now on,
    // Mikey will not hit anyone" asks that something never happen again. Only the second,
    // with a "not" in the same sentence, is perfection.
    // (Each denial found once: a sentence read for each "from now on" in it took seconds.)
    let denials =
        positions(s.text.toks.len(), &|j| matches!(s.text.word(j), "not" | "never" | "no" | "won't" | "don't"));
    let routine = |h: &&Hit| {
        let i = h.start as usize;
        let denied = || any_in(&denials, s.sentence_start(i), s.sentence_end(i));
        s.text.word(i) == "from" && s.text.word_or_none(i + 1) == "now" && !denied()
    };
    // One event on one day is not kept up for ever: "confirms both parents attended the
    // spring concert on 18 March without any argument" (the date just before "without any").
    let one_day = |h: &&Hit| {
        let (i, toks) = (h.start as usize, &s.text.toks);
        i >= 3
            && s.text.word(i) == "without"
            && s.text.word(i - 3) == "on"
            && toks[i - 2].has(DIGIT)
            && s.hit_at(i - 1, cat::MONTH).is_some()
    };
    // What a measure's count aims at is no demand that one slip fails: "Mum's diary shows
    // how often Stanley hurts his brother, aiming for no times at all" (not a description's
    // "Kai's target: never miss a day").
    let aimed = |h: &&Hit| {
        let (i, t) = (h.start as usize, &s.text);
        let (from, _) = s.clause(i);
        measure
            && (from.max(i.saturating_sub(3))..i).any(|j| {
                matches!(
                    (t.word(j), t.word_or_none(j + 1)),
                    ("aim" | "aims" | "aiming", "for") | ("target" | "goal" | "aim", "of" | "is")
                )
            })
    };
    s.said(cat::PERFECTION)
        .find(|h| !one_day(h) && !distance(h) && !not_percent(h) && !aimed(h) && !parent_hits(h) && !routine(h))
        .map(|h| s.text.number_span(h.start as usize, h.end as usize))
}

/// The longest wait a text states ("the waiting list is two years", "adaptations take 12
/// to 18 months", "not booking new appointments until 2028", "the earliest appointment is
/// in March 2028"), in days from `from`, with the clause that says it.
///
/// In an outcome's own words ([`WaitIn::Outcome`]), a length in a clause that names a
/// course counts too: "the 26-week programme", "goes to the group for 12 weeks", and "the
/// Freedom Programme (26 weeks)" in brackets after it; but in a clause that says where
/// someone is now (`needInterim`: "for the 2 years he is in prison") only a course's own
/// length ("the 26-week programme in prison").
pub(crate) fn wait<'a>(s: &Scanned<'a>, from: chrono::NaiveDate, whose: WaitIn) -> Option<(i64, &'a str)> {
    let courses = matches!(whose, WaitIn::Outcome | WaitIn::NeedCourse);
    let toks = &s.text.toks;
    let number = |i: usize| -> Option<i64> {
        let w = s.text.word(i);
        if toks[i].has(DIGIT) {
            // Digits only, at most four ("2028").
            whole_number(w, 4).map(i64::from)
        } else {
            s.hit_at(i, cat::NUMBER).map(|h| i64::from(h.id))
        }
    };
    // Not a word of a name: "10 of the 14 Incredible Years sessions".
    let named = |i: usize| toks[i].has(CAP) && !toks[i].has(SENT_START);
    let unit = |i: usize| {
        s.hit_at(i, cat::TIME_UNIT).filter(|_| !named(i)).and_then(|h| TIME_UNIT_DAYS.get(h.id as usize).copied())
    };
    let month = |i: usize| s.hit_at(i, cat::MONTH).map(|h| u32::from(h.id) + 1);
    let days_to = |d: Option<chrono::NaiveDate>| d.filter(|d| *d > from).map(|d| (d - from).num_days());
    // Clauses with a word for waiting; with `courses`, those naming a course too, and a
    // bracket straight after a course ("the Freedom Programme (26 weeks)").
    // Not a place: "he panics in waiting rooms".
    let room =
        |i: usize| s.text.word(i) == "waiting" && matches!(s.text.word_or_none(i + 1), "room" | "rooms" | "area");
    // "cannot be fitted before summer 2027", "…, not before the spring": a need's "until";
    // not what was so ("had not held a pencil before September").
    let not_before = |i: usize| {
        let near = s.clause(i).0.max(i.saturating_sub(5))..i;
        s.text.word(i) == "before"
            && near.clone().any(|j| matches!(s.text.word(j), "not" | "cannot" | "can't" | "won't"))
            && !near.into_iter().any(|j| matches!(s.text.word(j), "had" | "did" | "was" | "were" | "hadn't" | "didn't"))
            && until_date(s, i, from).is_some()
    };
    let read = |i: usize| {
        !courses && not_before(i)
            || s.is(i, cat::WAIT) && !room(i)
            || !courses && s.is(i, cat::NEED_WAIT)
            || courses && (s.is(i, cat::COURSE) || i > 0 && toks[i - 1].has(PAREN_AFTER) && s.is(i - 1, cat::COURSE))
    };
    let mut best: Option<(i64, &str)> = None;
    // Each clause once, however many words for waiting it has.
    let mut last_clause = None;
    for start in (0..toks.len()).filter(|&i| read(i)) {
        // "on the waiting list, which is 18 months": the clause after, about the same wait
        // (not "which he joined 2 years ago"), also "which the family have been told is
        // about 14 months" and "which the coroner expects to hold in about 18 months".
        let (lo, mut hi) = s.clause_past_asides(start);
        if last_clause.replace((lo, hi)) == Some((lo, hi)) {
            continue;
        }
        if s.text.word_or_none(hi) == "which" {
            let (_, end) = s.clause(hi);
            // Also "which the health trust says is currently 2 years" (reading 16).
            let told = (hi + 2..end.min(hi + 8)).any(|j| {
                let w = s.text.word(j - 1);
                (w.starts_with("told") || matches!(w, "says" | "said")) && s.text.word(j) == "is"
            });
            // "waiting for the inquest, which the coroner expects to hold in about 18 months"
            let expected = (hi + 1..end.min(hi + 6)).any(|j| s.text.word(j).starts_with("expect"));
            if s.text.word_or_none(hi + 1) == "is" || told || expected {
                hi = end;
            }
        } else if s.text.word_or_none(hi) == "currently" {
            // "on the children's mental health service waiting list, currently 18 months"
            hi = s.clause(hi).1;
        }
        let where_now = (lo..hi).any(|j| s.is(j, cat::NEED_INTERIM));
        let pregnancy = (lo..hi).any(|j| s.text.word(j).starts_with("pregnan") || s.text.word(j) == "maternity");
        // An outcome's clause that asks for the course itself ("enrol on and complete"), not
        // only to apply for it.
        let takes_course = (lo..hi).any(|j| {
            let w = s.text.word(j);
            ["complet", "finish", "attend", "pass"].iter().any(|v| w.starts_with(v)) || w == "do" || w == "be"
        });
        // "Last year she did not go back to school until October": what happened, not a wait.
        let past = (lo..hi).any(|j| {
            s.text.word(j) == "last"
                && matches!(
                    s.text.word_or_none(j + 1),
                    "year" | "summer" | "term" | "time" | "winter" | "spring" | "autumn"
                )
        });
        // Where the clause first applies or enrols for something (see `applied` below; found
        // once, as `modal` is).
        let application = (lo..hi).find(|&j| {
            let w = s.text.word(j);
            w.starts_with("appl") || w.starts_with("enrol") || w == "register" || w == "registers"
        });
        // "will", "would": what is to come, from here on in the clause (found once, so that
        // a long clause is read once).
        let modal = (lo..hi).find(|&j| matches!(s.text.word(j), "will" | "would" | "could" | "may"));
        // A course the need says someone is already on has less than its length to go.
        let begun = whose == WaitIn::NeedCourse
            && (lo..hi).any(|j| matches!(s.text.word(j), "started" | "began" | "already" | "halfway"));
        // Nor how long something the outcome hands over is kept: "Layla's passport is
        // handed in … and kept there until 31 August 2027"; how long something is paid for
        // ("the fee paid from the Family Hub's activity fund until August"); or what is left
        // out until then ("all lessons except contact sports until the end of January").
        // (With no word of waiting between, "paid after a wait until September", and not
        // denied: "will not be funded until September" is a wait.)
        let held = whose == WaitIn::Outcome
            && (lo..hi).any(|j| {
                matches!(s.text.word(j), "kept" | "paid" | "funded" | "except")
                    && !(j.saturating_sub(3)..j).any(|x| matches!(s.text.word(x), "not" | "never" | "won't"))
                    && (j + 1..hi.min(j + 9))
                        .find(|&k| s.text.word(k) == "until")
                        .is_some_and(|k| !(j + 1..k).any(|x| s.is(x, cat::WAIT)))
            });
        if past || begun || held || where_now && whose == (WaitIn::Need { besides_where: true }) {
            continue;
        }
        // Not where someone is until then: "then travels in Scotland until September",
        // "works away until March" (reading 14).
        // Nor where a family expects to stay until then ("expects to stay on the Longmoor
        // site until at least May").
        // Nor where someone is or was until then: "Dad is in Morocco until April", "the family
        // was in Ghana from her first birthday until September"; not "is in Year 4 and will
        // not be seen until June", nor "is at Oakwood Primary and …" (no other doing between),
        // nor a place that is a wait of its own ("in Bridgewater House temporary accommodation
        // until March", "at Hope House rehab until March", "in Reception until July").
        const NOT_AWAY: [&str; 16] = [
            "and",
            "but",
            "will",
            "not",
            "cannot",
            "be",
            "been",
            "seen",
            "accommodation",
            "rehab",
            "hospital",
            "hostel",
            "refuge",
            "unit",
            "ward",
            "placement",
        ];
        let somewhere = |j: usize| {
            matches!(s.text.word(j), "is" | "are" | "was" | "were")
                && matches!(s.text.word_or_none(j + 1), "in" | "at")
                && s.text.toks.get(j + 2).is_some_and(|t| t.has(CAP))
                && !matches!(s.text.word_or_none(j + 2), "year" | "reception" | "nursery")
                && (j + 3..(j + 9).min(hi))
                    .find(|&k| matches!(s.text.word(k), "until" | "till"))
                    .is_some_and(|u| !(j + 3..u).any(|k| NOT_AWAY.contains(&s.text.word(k))))
        };
        let away =
            (lo..hi).any(|j| matches!(first_four(s.text.word(j)), "trav" | "away" | "stay" | "abro") || somewhere(j));
        let mut days = None;
        // "not free until autumn 2027", "no short-break carers free until next summer",
        // "will not be processed until the spring": something a need says is not to be had
        // until a day, as `until_date` reads it (at its earliest). Not where someone is
        // until then ("at the Hollies residential school until the end of the summer
        // term"), nor how long an outcome goes on ("once a week until Christmas").
        let denied = |j: usize| {
            (j.saturating_sub(10).max(lo)..j)
                .any(|k| matches!(s.text.word(k), "not" | "no" | "never" | "cannot" | "won't" | "closed" | "full"))
        };
        let until = |j: usize| s.text.word(j) == "until" || not_before(j);
        for j in (lo..hi).filter(|&j| !away && whose != WaitIn::Outcome && until(j) && denied(j)) {
            // Or a date a few words on: "not taking new families until their volunteer
            // recruitment is done in the autumn of 2027".
            let later = || {
                (j + 1..hi.min(j + 10))
                    .filter(|&k| s.text.word_or_none(k + 1) == "in")
                    .find_map(|k| until_date(s, k, from))
            };
            days = days.max(days_to(until_date(s, j, from).or_else(later).map(|(d, _)| d)));
        }
        for i in lo..hi {
            // "a 26-week programme", "a nine-month waiting list", "his 1-year vaccinations"
            let hyphened = i + 1 < hi && unit(i + 1).is_some() && s.text.span(i, i + 2).contains('-');
            let names = |c: u8| (i + 2..(i + 6).min(hi)).any(|j| s.is(j, c));
            // A wait comes straight after its length ("a nine-month (NHS) waiting list"):
            // "her one-year review and catch-up jabs" is no wait.
            let names_wait = (i + 2..(i + 4).min(hi)).any(|j| s.is(j, cat::WAIT));
            if courses && where_now && !(hyphened && names(cat::COURSE)) {
                continue;
            }
            // "until March", "until March 2028", "in March 2028", "until 2028", "until late
            // 2027", "until the end of March"
            // Not "was a young carer until Mum died in August": what ended then (reading 15).
            let ended = |j: usize| {
                (j + 1..i)
                    .any(|k| matches!(s.text.word(k), "died" | "ended" | "stopped" | "left" | "moved" | "finished"))
            };
            let after_until = !away && (i.saturating_sub(4).max(lo)..i).any(|j| s.text.word(j) == "until" && !ended(j));
            let year_after = i + 1 < hi && number(i + 1).is_some_and(|n| n >= 2000);
            if let Some(m) = month(i).filter(|_| after_until && !year_after) {
                let year = from.year() + i32::from(from.month() >= m);
                days = days.max(days_to(chrono::NaiveDate::from_ymd_opt(year, m, 1)));
            }
            // "the wait is several months": three at least.
            let Some(n) = number(i).or((s.text.word(i) == "several").then_some(3)) else { continue };
            // In brackets, a length only after a course ("the Freedom Programme (26
            // weeks)"): "Leah (18 months) has no set bedtime" is her age.
            if toks[i].has(IN_PAREN) {
                // (A length in brackets is a word or two: look back no further.)
                let open = (i.saturating_sub(3)..i).rev().find(|&j| !toks[j].has(IN_PAREN));
                if !open.is_some_and(|j| toks[j].has(PAREN_AFTER) && s.is(j, cat::COURSE)) {
                    continue;
                }
            }
            // "have been on the housing list for three years", "has been on a waiting list for
            // a new medication review for five months": how long so far, not how long to go.
            // The last "been" in the 24 words before (so that a long pasted clause of numbers
            // is not read again for each one) counts if it is in the 8 before, or further back
            // as "been on" a list with nothing after it saying the wait is still to come ("has
            // been told there is a waiting list for counselling for six months").
            let so_far = i > lo + 1
                && s.text.word(i - 1) == "for"
                && (i.saturating_sub(24).max(lo)..i - 1).rev().find(|&j| s.text.word(j) == "been").is_some_and(|j| {
                    j + 8 >= i
                        || s.text.word(j + 1) == "on"
                            && !(j..i).any(|x| matches!(s.text.word(x), "is" | "are" | "told" | "says" | "said"))
                })
                && modal.map_or(true, |m| m >= i);
            // "on 13 January after a 14-month wait": how long it took, which is over.
            let over = i > lo + 1 && s.text.word(i - 1) == "a" && s.text.word(i - 2) == "after";
            if so_far || over {
                continue;
            }
            // "a check-up every 6 months" says how often, not how long; "did not book with
            // maternity until 22 weeks" when, in a pregnancy (not "closed until 9 months'
            // time").
            if i > lo {
                let until = s.text.word(i - 1) == "until" && i + 1 < hi && unit(i + 1) == Some(7) && pregnancy;
                if matches!(s.text.word(i - 1), "every" | "each") || until {
                    continue;
                }
            }
            // "apply for a construction course starting in September 2027": when what is
            // applied for starts, which the application comes before.
            let applied = courses && !takes_course && application.is_some_and(|j| j < i);
            if (2000..2200).contains(&n) && !applied {
                // "late 2027" is taken as September, "mid-2027" as June.
                let part = |w: &str| match w {
                    "late" => Some(9),
                    "mid" => Some(6),
                    _ => None,
                };
                let m = (i > lo).then(|| month(i - 1).or_else(|| part(s.text.word(i - 1)))).flatten();
                // (Not where someone is until then: "Nan is staying with us until March 2027".)
                if m.is_some() && !away || after_until {
                    days = days.max(days_to(chrono::NaiveDate::from_ymd_opt(n as i32, m.unwrap_or(1), 1)));
                }
            }
            // "his 1-year vaccinations", "her 2-year check": a kind of appointment, not a
            // length ("a 26-week domestic abuse programme" is the course's length, "a
            // nine-month waiting list" the wait's).
            let kind = hyphened && !names(cat::COURSE) && !names_wait;
            // "his 14-year-old uncle", "14 year old", "for 14 to 16 year olds": an age, never
            // a length.
            let old = |j: usize| matches!(s.text.word_or_none(j + 1), "old" | "olds");
            let age = i + 2 < hi && unit(i + 1).is_some() && old(i + 1);
            // "from Year 5 level to Year 6 level": a school year, not five of them.
            // Nor "units 1 to 6 of the Year 6 course": how many of something.
            let school_year = i > lo && s.text.word(i - 1) == "year" || s.text.word_or_none(i + 1) == "of";
            if kind || age || school_year {
                continue;
            }
            // "18 months", "12 to 18 months", "26-week"; not "3 sessions a month", how often.
            // Nor "Year 6" after a number ("at least 2 Year 6 books"): a school year.
            let year_n = |j: usize| s.text.word(j) == "year" && toks.get(j + 1).is_some_and(|t| t.has(DIGIT));
            let rate = |j: usize| {
                (j > i + 1 && matches!(s.text.word(j - 1), "a" | "per" | "each" | "every")) || old(j) || year_n(j)
            };
            if let Some(u) = (i + 1..(i + 4).min(hi)).filter(|&j| !rate(j)).find_map(unit) {
                days = days.max(Some(n.saturating_mul(u)));
            } else if whose == WaitIn::NeedCourse {
                // "a 30-session weekly programme", "12 weekly sessions", "10 fortnightly
                // sessions": one session a week (or fortnight), so as many weeks. Not "3
                // sessions a week", how often; and not an outcome's own "8 of the 12 weekly
                // sessions", which asks for less than the whole course.
                let every = |w: &str| match w {
                    "weekly" => Some(7),
                    "fortnightly" => Some(14),
                    _ => None,
                };
                let word = |j: usize| if j < hi { s.text.word(j) } else { "" };
                let per = if word(i + 1).starts_with("session") {
                    every(word(i + 2))
                } else {
                    every(word(i + 1)).filter(|_| word(i + 2).starts_with("session"))
                };
                if let Some(u) = per {
                    days = days.max(Some(n.saturating_mul(u)));
                }
            }
        }
        if let Some(d) = days {
            // "waiting for an autism assessment; the waiting list is three years", "referred
            // to Talking Therapies, which has a nine-month waiting list": the clause before,
            // about the same wait, says what is waited for.
            let mut said_from = lo;
            if lo > 0 && !toks[lo].has(SENT_START) {
                let (near, _) = s.clause(lo - 1);
                let mut before = near;
                // "…referred to the children's mental health service (CAMHS) in October; the
                // wait is 40 weeks": a bracket does not end the clause before.
                while before > 0
                    && !toks[before].has(SENT_START)
                    && (toks[before].has(IN_PAREN) || toks[before - 1].has(IN_PAREN))
                {
                    before = s.clause(before - 1).0;
                }
                let which = matches!(s.text.word(lo), "which" | "who" | "where");
                let word = |j: usize| if j < hi { s.text.word(j) } else { "" };
                // "…for CAMHS" after the wait says what it is for, as "the waiting list for
                // CAMHS" does ("the wait is over a year for CAMHS", "for an autism
                // assessment"); not "for a first appointment", "for him".
                const ANY: [&str; 9] =
                    ["first", "new", "routine", "appointment", "assessment", "him", "them", "to", ""];
                let named_after = |from: usize| {
                    (from..hi).any(|j| {
                        let det = matches!(word(j + 1), "a" | "an" | "his" | "her" | "their" | "the");
                        word(j) == "for" && !ANY.contains(&word(j + 1 + usize::from(det)))
                    })
                };
                // "…referred him for an autism assessment; the waiting list is 22 months", "may
                // have ADHD; the wait for an assessment is two years", but not "the waiting list
                // for CAMHS is 14 months", which says what it is for.
                // ("the local wait is about two years", "the NHS wait is 40 weeks": a word of
                // where or when, not of what for.)
                const SUCH: [&str; 7] = ["local", "current", "nhs", "usual", "average", "present", "expected"];
                // (After "and": "referred her for NHS hoarding therapy, and the waiting list is
                // 18 months".)
                let lead = lo + usize::from(matches!(word(lo), "and" | "but"));
                let first = (lead + 1..hi.min(lead + 4)).find(|&j| !SUCH.contains(&word(j))).unwrap_or(hi);
                let after = (first..hi).find(|&j| !s.is(j, cat::WAIT)).unwrap_or(hi);
                let back = matches!(word(after), "is" | "are" | "was" | "currently" | "now" | "stands")
                    || word(after) == "for" && matches!(word(after + 1), "a" | "an" | "his" | "her" | "their");
                let the_wait = word(lead) == "the" && after > first && back && !named_after(after + 1);
                // "…needing a specialist school; the council says there are no places until
                // September": places, spaces, for what the clause before names.
                let bare = (lo..hi).any(|j| s.is(j, cat::NEED_WAIT) && word(j) == "no")
                    && !(lo..hi).any(|k| s.is(k, cat::TOPIC));
                // "…referred to CAMHS in October, and their letter says the wait is about 40
                // weeks", "…referred to the Inform course; they have told her the next group
                // starts in April 2027": what they say of the wait, which the clause before
                // names; not "they say the CAMHS waiting list is 18 months", nor "its mentoring
                // scheme has a waiting list".
                let theirs =
                    (lo..hi.min(lo + 2)).find(|&j| matches!(word(j), "their" | "they" | "its")).is_some_and(|p| {
                        let w = (p + 1..hi).find(|&j| s.is(j, cat::WAIT)).unwrap_or(hi);
                        const SAY: [&str; 8] = ["says", "said", "say", "told", "tell", "tells", "wrote", "writes"];
                        // "…their letter says children are currently waiting about 40 weeks".
                        const TO_WHOM: [&str; 13] = [
                            "her",
                            "him",
                            "them",
                            "us",
                            "the",
                            "a",
                            "that",
                            "children",
                            "families",
                            "people",
                            "are",
                            "currently",
                            "now",
                        ];
                        let said = (p + 1..w).rev().find(|&j| SAY.contains(&word(j)));
                        said.is_some_and(|r| (r + 1..w).all(|j| TO_WHOM.contains(&word(j)))) && !named_after(w + 1)
                    });
                // Read back past a bracket, or for what "they" say, only from where the clause
                // before refers or applies for something, with no other doing after it:
                // "referred to talking therapies; the wait is 40 weeks", not "goes to the
                // parenting group (Incredible Years) and was referred…" nor "referred to CAMHS
                // and sees the school counsellor weekly; they say the wait…".
                let referral = (before..lo)
                    .rev()
                    .find(|&j| {
                        let w = s.text.word(j);
                        w.starts_with("referr") || w.starts_with("appl") || w == "list"
                    })
                    .filter(|&r| {
                        // Not the "and" of a service's name: "speech and language therapy",
                        // "drug and alcohol", "children and young people's".
                        let joins = |j: usize| matches!(s.text.word(j), "and" | "but");
                        let named = |j: usize| matches!(s.text.word(j - 1), "speech" | "drug" | "drugs" | "children");
                        !(r + 1..lo).any(|j| joins(j) && !named(j))
                    });
                // "…can't be fitted until the socket has healed, not before summer 2027".
                let not_then = word(lo) == "not" && word(lo + 1) == "before";
                if theirs {
                    said_from = referral.unwrap_or(lo);
                } else if which || the_wait || bare || not_then || (near..lo).any(|j| s.is(j, cat::WAIT)) {
                    said_from = if before < near { referral.unwrap_or(before) } else { near };
                }
            }
            if best.map_or(true, |(b, _)| d > b) {
                best = Some((d, s.text.span(said_from, hi)));
            }
        }
    }
    best
}

/// Does the outcome ask for a whole course to be finished: "complete the programme",
/// "finish the whole course"? Not "complete the first 8 sessions of the programme", "8 of
/// the 12 sessions", nor "complete the homework each week".
pub(crate) fn finishes_course(s: &Scanned) -> bool {
    let t = &s.text;
    (0..t.toks.len()).filter(|&j| t.word(j).starts_with("complet") || t.word(j).starts_with("finish")).any(|j| {
        // The course itself, not its sessions ("the 30-session programme" is the programme).
        let course =
            (j + 1..(j + 7).min(t.toks.len())).find(|&k| s.is(k, cat::COURSE) && !t.word(k).starts_with("session"));
        course.is_some_and(|e| (j + 1..e).all(|k| !matches!(t.word(k), "first" | "of")))
    })
}

/// Whose words [`wait`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum WaitIn {
    /// The outcome's own: a course's length counts too.
    Outcome,
    /// A need's; with `besides_where`, not a clause saying where someone is now ("Dad is in
    /// prison until 2028"), for an outcome about that place ("visits Dad in prison").
    Need { besides_where: bool },
    /// A need's, for an outcome that asks for a course to be finished: the course's length
    /// counts too ("has a place on the 30-session weekly programme"), unless it has begun.
    NeedCourse,
}

/// Sums of money written with a pound sign ("£30", "£1,050", "£12000"): whole pounds,
/// where the "£" is in the text, the sum's first token and its last (thousands after a
/// comma are words of their own).
pub(crate) fn sums<'s>(s: &'s Scanned) -> impl Iterator<Item = (i64, usize, usize, usize)> + 's {
    let t = &s.text;
    let digits = |k: usize| {
        t.word(k).bytes().take_while(u8::is_ascii_digit).take(9).fold(0i64, |n, b| n * 10 + i64::from(b - b'0'))
    };
    (0..t.toks.len()).filter_map(move |i| {
        if !t.toks[i].has(DIGIT) {
            return None;
        }
        // The sign is no word: "£30" is the word "30" with "£" before it. (`get`: the byte
        // before a word may be inside another letter, as in "Café".)
        let at = t.range(i).start.checked_sub('£'.len_utf8())?;
        t.orig.get(at..).filter(|r| r.starts_with('£'))?;
        // Three digits straight after a comma ("£1,050", "£1,200.50"), not "£65, and".
        let thousands = |k: usize| {
            let w = t.word_or_none(k + 1).as_bytes();
            w.len() >= 3
                && w[..3].iter().all(u8::is_ascii_digit)
                && w.get(3).map_or(true, |b| !b.is_ascii_digit())
                && t.range(k + 1).start == t.range(k).end + 1
                && t.orig.get(t.range(k).end..).is_some_and(|r| r.starts_with(','))
        };
        let (mut n, mut k) = (digits(i), i);
        while thousands(k) && n < 1_000_000 {
            k += 1;
            n = n * 1000 + digits(k);
        }
        Some((n, at, i, k))
    })
}

/// Sums of money and how often ("£30 a week", "£35-a-month", "£1,050 a month", "£9 a
/// session", "£40 an hour", "£18 a day"): whole pounds a week (a month is 12 of 52 weeks; a
/// session's, an hour's or a day's price is taken as a week's), where the "£" is in the text, the sum's first token, the token after
/// "week", and whether it was said by the week (or month).
pub(crate) fn sums_a_week<'s>(s: &'s Scanned) -> impl Iterator<Item = (i64, usize, usize, usize, bool)> + 's {
    let t = &s.text;
    sums(s).filter_map(move |(n, at, i, k)| {
        // "£6 weekly", "£40 monthly".
        match t.word_or_none(k + 1) {
            "weekly" => return Some((n, at, i, k + 2, true)),
            "monthly" => return Some((n * 12 / 52, at, i, k + 2, true)),
            "a" | "an" | "per" | "each" => {}
            _ => return None,
        }
        let (a_week, weekly) = match t.word_or_none(k + 2) {
            "week" => (n, true),
            "session" | "lesson" | "class" | "visit" | "hour" => (n, false),
            "fortnight" => (n / 2, true),
            // ("£18 a day for a taxi to school": a session's, five a week unless said.)
            "day" => (n, false),
            "month" => (n * 12 / 52, true),
            _ => return None,
        };
        Some((a_week, at, i, k + 3, weekly))
    })
}

/// The largest sum of money written with a pound sign ("£8,000", "£12000", "£600.50"), in
/// whole pounds, with the words as typed (the first, of two the same).
pub(crate) fn largest_sum<'a>(s: &Scanned<'a>) -> Option<(i64, &'a str)> {
    largest_where(s, |_, _| true)
}

/// The largest debt a need states: a sum with a word for debt in its clause ("owes £7,800
/// in council tax", "debts of about £18,000"), not a sum by the week or month ("pays £50 a
/// month towards her arrears"), with the words as typed.
pub(crate) fn largest_debt<'a>(s: &Scanned<'a>) -> Option<(i64, &'a str)> {
    largest_where(s, |i, k| {
        // (From the clause of its first digits to that of its last: "£11,000" has a comma.)
        let (lo, hi) = (s.clause(i).0, s.clause(k).1);
        let rate = matches!(s.text.word_or_none(k + 1), "a" | "an" | "per" | "each");
        !rate && (lo..hi).any(|j| s.is(j, cat::DEBT))
    })
}

/// The largest of the sums `keep` takes (given a sum's first token and its last), with its
/// words as typed (the first, of two the same).
fn largest_where<'a>(s: &Scanned<'a>, keep: impl Fn(usize, usize) -> bool) -> Option<(i64, &'a str)> {
    let orig: &'a str = s.text.orig;
    let mut best: Option<(i64, &str)> = None;
    for (n, at, i, k) in sums(s) {
        if best.map_or(true, |(b, _)| n > b) && keep(i, k) {
            best = Some((n, &orig[at..s.text.range(k).end]));
        }
    }
    best
}

/// The day a limit a need states at token `at`, in the future tense, begins: "Dad will be
/// deployed to Estonia from April", "is due to be deployed in May", "deploys to Cyprus on 4
/// January 2027". The first month after it in its clause, after "from", "in" or "on" (and a
/// day, if one comes before it), with nothing between that says when it ends instead
/// ("will be released in June", "is due home in May", "will move to days in January");
/// that day this year, or next year if its month has passed (in the year after it, if
/// one does). Not a limit said in the present or past ("has been deployed from April", "is
/// deployed from October to April"): it has begun.
pub(crate) fn begins(s: &Scanned, at: usize, today: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    let (lo, hi) = s.clause(at);
    let t = &s.text;
    // Said ahead: "will be deployed", "going to be deployed", "due to be deployed", "deploys".
    // Not "will still be deployed in February": it has begun.
    let will = (at.saturating_sub(4).max(lo)..at).any(|j| matches!(t.word(j), "will" | "going" | "due"));
    let still = (lo..at).any(|j| t.word(j) == "still");
    if still || !will && !matches!(t.word(at), "deploys" | "deploying") {
        return None;
    }
    const ENDS: [&str; 18] = [
        "release",
        "released",
        "home",
        "back",
        "return",
        "returns",
        "returning",
        "court",
        "visit",
        "visits",
        "move",
        "moves",
        "leave",
        "out",
        "until",
        "till",
        "end",
        "after",
    ];
    let (i, m) = (at + 1..hi).find_map(|i| Some((i, u32::from(s.hit_at(i, cat::MONTH)?.id) + 1)))?;
    if (at + 1..i).any(|j| ENDS.contains(&t.word(j)) || matches!(t.word(j), "due" | "new" | "job" | "days")) {
        return None;
    }
    // "from 12 April", "in early May": the word before the day or "early".
    let said = (lo..i)
        .rev()
        .map(|j| t.word(j))
        .find(|w| whole_number(w, 2).is_none() && !matches!(*w, "early" | "mid" | "late" | "the"));
    if !matches!(said, Some("from" | "in" | "on")) {
        return None;
    }
    let day = whole_number(t.word_or_none(i.wrapping_sub(1)), 2).filter(|d| (1..=31).contains(d)).unwrap_or(1);
    let year = match whole_number(t.word_or_none(i + 1), 4) {
        Some(y) if y >= 2000 => y as i32,
        _ => today.year() + i32::from(m < today.month()),
    };
    chrono::NaiveDate::from_ymd_opt(year, m, day)
}

/// The day that "until" at token `at` names, at its earliest, and the token after its
/// words: "until July 2027", "until the end of March", "until at least mid-January", "until
/// 20 December", "until 2029", "until next summer", "until the autumn of 2027". A month
/// without a year is its next one after `today`; a year alone, or a season, is taken at its
/// start, the end of a month at its last day and late in a month at the 21st, so that the
/// day read is never later than the one meant. Not a time of day ("until 10am") nor an
/// event without a day ("until the hearing"). Easter is taken as 22 March, the earliest it
/// falls, and Christmas as 25 December.
pub(crate) fn until_date(s: &Scanned, at: usize, today: chrono::NaiveDate) -> Option<(chrono::NaiveDate, usize)> {
    let t = &s.text;
    let mut i = at + 1;
    let mut skip = |words: &[&str]| {
        while words.contains(&t.word_or_none(i)) {
            i += 1;
        }
    };
    // "until his trial in May 2027", "until after Christmas": the day of what is named.
    skip(&["his", "her", "their", "the", "after"]);
    skip(&["trial", "hearing", "sentencing", "release", "court", "case"]);
    // "until the trial ends in June".
    skip(&["ends", "finishes", "is", "over"]);
    skip(&["in", "on"]);
    skip(&["at", "least", "the", "of", "early", "mid", "late", "end", "start", "beginning"]);
    let on =
        |year: i32, month: u32, day: u32, end: usize| Some((chrono::NaiveDate::from_ymd_opt(year, month, day)?, end));
    match t.word_or_none(i) {
        // Easter is never before 22 March.
        "easter" => return on(today.year() + i32::from(today.month() >= 4), 3, 22, i + 1),
        "christmas" => return on(today.year(), 12, 25, i + 1),
        _ => {}
    }
    let end = (at + 1..i).any(|j| t.word(j) == "end");
    let mid = (at + 1..i).any(|j| t.word(j) == "mid");
    let late = (at + 1..i).any(|j| t.word(j) == "late");
    let year_at = |j: usize| whole_number(t.word_or_none(j), 4).filter(|y| (2000..2100).contains(y)).map(|y| y as i32);
    let day_at = |j: usize| {
        let w = t.word_or_none(j);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        matches!(&w[digits.len()..], "" | "st" | "nd" | "rd" | "th")
            .then(|| whole_number(digits, 2))
            .flatten()
            .filter(|d| (1..=31).contains(d))
    };
    // "next summer", "the autumn of 2027": a season from its first month.
    const SEASONS: [(&str, u32); 4] = [("spring", 3), ("summer", 6), ("autumn", 9), ("winter", 12)];
    let next = t.word_or_none(i) == "next";
    let w = t.word_or_none(i + usize::from(next));
    if let Some(&(_, m)) = SEASONS.iter().find(|(n, _)| *n == w) {
        let k = i + usize::from(next) + 1;
        if t.word_or_none(k) == "of" {
            return on(year_at(k + 1)?, m, 1, k + 2);
        }
        // "summer 2028".
        if let Some(y) = year_at(k) {
            return on(y, m, 1, k + 1);
        }
        return on(today.year() + i32::from(m <= today.month()), m, 1, k);
    }
    if next && w == "year" {
        return on(today.year() + 1, 1, 1, i + 2);
    }
    // "12/03/2027", "12/3/27": the day, month and year in figures, the day first, as in
    // England.
    let joined = |j: usize| t.toks.get(j).is_some_and(|x| !x.has(SPACE_BEFORE));
    if let (Some(d), Some(m), true) =
        (day_at(i), whole_number(t.word_or_none(i + 1), 2), joined(i + 1) && joined(i + 2))
    {
        let y = year_at(i + 2).or_else(|| whole_number(t.word_or_none(i + 2), 2).map(|y| 2000 + y as i32));
        return on(y?, m, d, i + 3);
    }
    if let Some(year) = year_at(i) {
        return on(year, 1, 1, i + 1);
    }
    // "20 December", "December 20th", "mid-January", "the end of March 2027", "next
    // September" (its next one, as a month alone is).
    let i = i + usize::from(next);
    let day = day_at(i);
    let m_at = i + usize::from(day.is_some());
    let m = u32::from(s.hit_at(m_at, cat::MONTH)?.id) + 1;
    let (year, after) = match year_at(m_at + 1) {
        Some(y) => (y, m_at + 2),
        None => (today.year() + i32::from(m < today.month()), m_at + 1),
    };
    // A day after the month comes before its year: "December 20th", "March 15th 2027".
    let (day, after) = match day {
        Some(d) => (d, after),
        None => match day_at(m_at + 1) {
            Some(d) => (d, m_at + 2),
            None => (
                if late {
                    21
                } else if mid {
                    15
                } else {
                    1
                },
                after,
            ),
        },
    };
    if end && !mid {
        let first = chrono::NaiveDate::from_ymd_opt(year, m, 1)?;
        let last = first.checked_add_months(chrono::Months::new(1))?.pred_opt()?;
        return Some((last, after));
    }
    on(year, m, day, after)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The day after "until" in `s`, read on 22 November 2026, and the words it took.
    fn until(s: &str) -> Option<(String, String)> {
        let s = Scanned::new(crate::smart::data::get(), s);
        let at = (0..s.text.toks.len()).find(|&j| s.text.word(j) == "until")?;
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)?;
        let (day, end) = until_date(&s, at, today)?;
        Some((day.to_string(), s.text.span(at, end).to_string()))
    }

    #[test]
    fn the_day_after_until_is_read_at_its_earliest_with_the_words_that_say_it() {
        let day = |s: &str| until(s).map(|(d, _)| d);
        assert_eq!(day("Dad is away until the end of February"), Some("2027-02-28".into()));
        assert_eq!(day("Dad is in prison until 2028"), Some("2028-01-01".into()));
        assert_eq!(day("Nan is in Spain until next summer"), Some("2027-06-01".into()));
        assert_eq!(day("Dad is at sea until 20 December"), Some("2026-12-20".into()));
        assert_eq!(day("Mum is on the ward until at least mid-January"), Some("2027-01-15".into()));
        assert_eq!(day("Gran is in Pakistan until late March"), Some("2027-03-21".into()));
        assert_eq!(day("Dad is on remand until his trial in May 2027"), Some("2027-05-01".into()));
        assert_eq!(day("Auntie Sam is travelling until Easter"), Some("2027-03-22".into()));
        assert_eq!(day("Dad is in prison until 12/03/2027, then home"), Some("2027-03-12".into()));
        assert_eq!(day("Dad is in prison until 1/4/27"), Some("2027-04-01".into()));
        assert_eq!(day("Dad is on the drug trial until the trial ends in June"), Some("2027-06-01".into()));
        // The words taken end where the date's do.
        assert_eq!(
            until("He is away until the end of March 2027 and then home").map(|(_, w)| w),
            Some("until the end of March 2027".into())
        );
        assert_eq!(
            until("He is away until December 20th, then home").map(|(_, w)| w),
            Some("until December 20th".into())
        );
        // A time of day or an event without a day: no day.
        assert_eq!(day("Mum is at work until 6pm"), None);
        assert_eq!(day("Dad is on remand until the hearing"), None);
    }
}
