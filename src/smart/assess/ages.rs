//! The ages a need says a service takes: "the project only takes young people aged 11 to
//! 16", "works with children aged 8 to 18", "only takes children from the age of 8", "is
//! only for people aged 65 and over", "takes children from 2 years old", "for 15 to 17
//! year olds", "you must be 16".

use super::scanned::Scanned;
use super::words::whole_number;

/// The youngest and oldest ages (in years) said at tokens `i..`, and the token after them.
/// "aged 11 to 16", "aged 11-16", "aged 8 and over", "aged 16+", "from the age of 8", "from
/// age 8", "over the age of 16", "under the age of 5", "from 2 years old", "15 to 17 year
/// olds", "must be 16", "65 and over", "over-16s", "under-5s", "11-16s", "under 12 months",
/// "under 21".
pub(crate) fn ages(s: &Scanned, i: usize) -> Option<(u32, u32, usize)> {
    let t = &s.text;
    // A number of years: not "18 months", "45 minutes".
    let n = |j: usize| {
        let unit = t.word_or_none(j + 1);
        let other = unit.starts_with("month")
            || unit.starts_with("week")
            || unit.starts_with("day")
            || unit.starts_with("min")
            || unit.starts_with("hour");
        // Nor a day: "between 10 and 12 January".
        let month = j + 1 < t.toks.len() && s.is(j + 1, crate::smart::data::cat::MONTH);
        whole_number(t.word_or_none(j), 2).filter(|_| !other && !month)
    };
    // "16s" in "over-16s", "under-5s".
    let ns = |j: usize| {
        let w = t.word_or_none(j);
        whole_number(w.strip_suffix('s')?, 2)
    };
    let over = |j: usize| matches!(t.word_or_none(j), "over" | "above" | "older" | "upwards" | "up");
    // A second age after the first: "11 to 16", "11-16", "8 and over", "16+".
    let rest = |a: u32, j: usize| -> Option<(u32, u32, usize)> {
        let w = t.word_or_none(j);
        if matches!(w, "to" | "and") && n(j + 1).is_some() {
            let b = n(j + 1)?;
            return (b >= a).then_some((a, b, j + 2));
        }
        if matches!(w, "and" | "or") && over(j + 1) {
            return Some((a, u32::MAX, j + 2));
        }
        // "aged 12 and under", "11 or younger".
        if matches!(w, "and" | "or") && matches!(t.word_or_none(j + 1), "under" | "younger" | "below" | "less") {
            return Some((0, a, j + 2));
        }
        // "11-16", "11–16", "11-16s".
        let dash = j < t.toks.len() && t.orig[t.range(j - 1).end..t.range(j).start].contains(['-', '–']);
        if let Some(b) = n(j).or_else(|| ns(j)).filter(|&b| b > a && dash) {
            return Some((a, b, j + 1));
        }
        let plus = t.orig[t.range(j - 1).end..].starts_with('+');
        plus.then_some((a, u32::MAX, j))
    };
    let w = t.word(i);
    match w {
        "aged" | "ages" => {
            let a = n(i + 1)?;
            rest(a, i + 2).or(Some((a, a, i + 2)))
        }
        // "from the age of 8", "from age 8", "over the age of 16", "under the age of 5".
        "from" | "over" | "under" if t.word_or_none(i + 1) == "the" || t.word_or_none(i + 1) == "age" => {
            let k = if t.word_or_none(i + 1) == "the" { i + 2 } else { i + 1 };
            let k = k + usize::from(t.word_or_none(k) == "age");
            let k = k + usize::from(t.word_or_none(k) == "of");
            let a = n(k).filter(|_| k > i + 1 && t.word(k - 1) != "the")?;
            Some(if w == "under" { (0, a.checked_sub(1)?, k + 1) } else { (a, u32::MAX, k + 1) })
        }
        // "over-16s", "under-5s".
        "over" | "under" if ns(i + 1).is_some() => {
            let a = ns(i + 1)?;
            Some(if w == "under" { (0, a.checked_sub(1)?, i + 2) } else { (a, u32::MAX, i + 2) })
        }
        // "for babies under 12 months", "for mums under 21" (not "under 5 minutes").
        "under" => {
            let a = whole_number(t.word_or_none(i + 1), 2)?;
            match t.word_or_none(i + 2) {
                "month" | "months" => Some((0, a.checked_sub(1)? / 12, i + 3)),
                "year" | "years" => Some((0, a.checked_sub(1)?, i + 3)),
                "" | "and" | "or" | "who" | "only" => Some((0, a.checked_sub(1)?, i + 2)),
                _ if t.toks[i + 2].has(crate::smart::text::BARRIER_BEFORE) => Some((0, a.checked_sub(1)?, i + 2)),
                _ => None,
            }
        }
        // "from 2 years old".
        "from" if matches!(t.word_or_none(i + 2), "year" | "years") && t.word_or_none(i + 3) == "old" => {
            Some((n(i + 1)?, u32::MAX, i + 4))
        }
        // "must be 16", "must be 16 or over", "must be 16 years old" (not "must be 45 minutes
        // or less").
        "must" if t.word_or_none(i + 1) == "be" => {
            let a = n(i + 2)?;
            let next = t.word_or_none(i + 3);
            let barrier = t.toks.get(i + 3).is_some_and(|x| x.has(crate::smart::text::BARRIER_BEFORE));
            (matches!(next, "" | "to" | "years" | "year") || barrier || matches!(next, "or" | "and") && over(i + 4))
                .then_some((a, u32::MAX, i + 3))
        }
        _ => {
            // "15 to 17 year olds", "65 and over".
            let a = n(i)?;
            let (lo, hi, end) = rest(a, i + 1)?;
            let olds = matches!(t.word_or_none(end), "year" | "years") && t.word_or_none(end + 1).starts_with("old");
            // "11-16s": ages as a group's name for its members; "between 5 and 11";
            // "primary-age children, 4 to 11".
            let who = i > 0 && matches!(t.word(i - 1), "between" | "children" | "people" | "pupils" | "ages");
            let plural = ns(end - 1).is_some() || who;
            (olds || plural || hi == u32::MAX && !(i > 0 && n(i - 1).is_some())).then_some((
                lo,
                hi,
                end + 2 * usize::from(olds),
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(s: &str) -> Option<(u32, u32)> {
        let s = Scanned::new(crate::smart::data::get(), s);
        (0..s.text.toks.len()).find_map(|i| ages(&s, i)).map(|(a, b, _)| (a, b))
    }

    #[test]
    fn ages_as_services_say_them() {
        const ANY: u32 = u32::MAX;
        assert_eq!(first("the project only takes young people aged 11 to 16"), Some((11, 16)));
        assert_eq!(first("works with children aged 8-18"), Some((8, 18)));
        assert_eq!(first("is only for people aged 65 and over"), Some((65, ANY)));
        assert_eq!(first("for people aged 16+"), Some((16, ANY)));
        assert_eq!(first("only takes children from the age of 8"), Some((8, ANY)));
        assert_eq!(first("from age 8"), Some((8, ANY)));
        assert_eq!(first("for children under the age of 5"), Some((0, 4)));
        assert_eq!(first("takes children from 2 years old"), Some((2, ANY)));
        assert_eq!(first("the programme is for 15 to 17 year olds"), Some((15, 17)));
        assert_eq!(first("you must be 16 to ride one"), Some((16, ANY)));
        assert_eq!(first("a group for over-16s"), Some((16, ANY)));
        assert_eq!(first("a stay and play for under-5s"), Some((0, 4)));
        assert_eq!(first("Beacon Youth Club is for 11-16s."), Some((11, 16)));
        assert_eq!(first("the group is for babies under 12 months."), Some((0, 0)));
        assert_eq!(first("the group is for mums under 21."), Some((0, 20)));
        assert_eq!(first("it takes under 5 minutes"), None);
        assert_eq!(first("the homework club is only for children aged 12 and under"), Some((0, 12)));
        assert_eq!(first("the toddler group only takes children from the age of 18 months"), None);
        assert_eq!(first("aged 18 months to 4 years"), None);
        assert_eq!(first("contact visits must be 45 minutes or less"), None);
        assert_eq!(first("you must be 16 or over."), Some((16, ANY)));
        assert_eq!(first("only children between 5 and 11 can use the club"), Some((5, 11)));
        assert_eq!(first("the holiday club is for primary-age children, 4 to 11."), Some((4, 11)));
        // Not ages: a count, a time, a date.
        assert_eq!(first("Mum has 3 children and works 9 to 5"), None);
        assert_eq!(first("from 2 to 4 pm"), None);
        assert_eq!(first("between 10 and 12 January"), None);
    }
}
