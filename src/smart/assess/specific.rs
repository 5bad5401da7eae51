//! Specific: whose behaviour or circumstances an outcome is about, and the vague wording in it.

use super::plain::betrothal;
use super::scanned::{numbers, Few, Scanned};
use super::words::mask;
use crate::smart::data::{cat, Compiled};
use crate::smart::text::{
    Hit, ALL_CAPS, BARRIER_BEFORE, CAP, DIGIT, IN_CONDITION, IN_PAREN, POSSESSIVE, SENT_START, SOFTENED,
};

#[derive(Debug, Default)]
pub(crate) struct Specific<'a> {
    pub no_text: bool,
    /// Every vague word found is a word of change ("better", "improves"), none vague in itself.
    pub change_only: bool,
    pub subject: Option<&'a str>,
    pub vague: Few<'a>,
    pub anchors: Few<'a>,
    pub met: bool,
}

pub(crate) fn specific<'a>(c: &Compiled, s: &Scanned<'a>, child_name: Option<&str>, marriage: bool) -> Specific<'a> {
    let mut out = Specific { no_text: s.text.is_empty(), ..Specific::default() };
    if out.no_text {
        return out;
    }
    out.subject = subject(s, child_name);
    // What follows "if", "when" or "so that" is when or why, not what changes: "so that
    // Darcy can be happier at home" is not vague about the change.
    // Nor is what a bracket explains: "Disability Living Allowance (a benefit for the extra
    // care a disabled child needs)".
    let in_gloss = |h: &Hit| s.text.toks[h.start as usize].has(IN_PAREN) && !s.text.toks[0].has(IN_PAREN);
    // "kept in a sealed envelope in the school safe": the thing, not the feeling.
    let a_safe = |h: &Hit| {
        let i = h.start as usize;
        s.text.word(i) == "safe"
            && i > 0
            && matches!(s.text.word(i - 1), "the" | "a" | "school" | "office" | "locked" | "wall")
            && (i.saturating_sub(3)..i).any(|j| matches!(s.text.word(j), "in" | "into" | "from" | "inside"))
            && s.text.toks.get(i + 1).map_or(true, |t| t.has(BARRIER_BEFORE))
    };
    // Nor a word inside a longer professional term, which the plain-language check names
    // whole: "approach" in "the graduated approach".
    let in_term = |h: &Hit| {
        let i = h.start as usize;
        (i.saturating_sub(4)..i).any(|j| s.hit_at(j, cat::JARGON).is_some_and(|t| t.end >= h.end))
    };
    // "Tyrone's things", "his special things": what someone owns, not things in general;
    // but "get her things sorted" is her affairs.
    let belongings = |h: &Hit| {
        let i = h.start as usize;
        let owner = |j: usize| {
            s.text.toks[j].has(POSSESSIVE) || matches!(s.text.word(j), "his" | "her" | "their" | "my" | "our" | "own")
        };
        let affairs = matches!(s.text.word_or_none(i + 1), "sorted" | "done") || {
            let before = |j: usize| {
                j > 0
                    && matches!(
                        s.text.word(j - 1),
                        "sort" | "sorts" | "do" | "does" | "get" | "gets" | "with" | "manage"
                    )
            };
            (i.saturating_sub(2)..i).any(before)
        };
        s.text.word(i) == "things" && (i.saturating_sub(2)..i).any(owner) && !affairs
    };
    let vague = |h: &&Hit| !in_gloss(h) && !a_safe(h) && !in_term(h) && !belongings(h) && !betrothal(s, h, marriage);
    for h in s.said(cat::VAGUE).filter(vague) {
        out.vague.push(s.span(h));
    }
    let hard = !out.vague.is_empty();
    // "Improves" is vague about "things", not about "attendance".
    let areas = s.clauses_with(cat::AREA, |_| true);
    for h in s.said(cat::CHANGE).filter(|h| !s.in_clauses(h.start as usize, &areas)) {
        out.vague.push(s.span(h));
    }
    out.change_only = !hard && !out.vague.is_empty();
    // An observable verb inside a vague phrase ("attend all meetings") or a noun that
    // looks like one ("cannabis use") is no anchor; nor is anything after "if" / "when".
    const NOT_ANCHOR: u64 = mask(&[cat::VAGUE, cat::NOT_ANCHOR]);
    let toks = &s.text.toks;
    let mut h = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.starts & mask(&[cat::OBSERVABLE, cat::QUANTITY]) == 0 || t.has(IN_CONDITION) {
            continue;
        }
        while h < s.hits.len() && (s.hits[h].start as usize) < i {
            h += 1;
        }
        for hit in s.hits[h..].iter().take_while(|x| x.start as usize == i) {
            let anchor = match hit.cat {
                cat::QUANTITY => true,
                // "Encouraged to attend" promises no attending; "Ruby's sleep" and "his
                // reading" are things, not something anyone does.
                cat::OBSERVABLE => t.covers & NOT_ANCHOR == 0 && !t.has(SOFTENED) && !owned(s, i),
                _ => false,
            };
            if anchor {
                out.anchors.push(s.span(hit));
            }
        }
    }
    for (a, b) in numbers(&s.text) {
        // "s17" is a name for a law, not an amount.
        if !toks[a].has(IN_CONDITION) && toks[a].covers & (1 << cat::JARGON) == 0 {
            out.anchors.push(s.text.number_span(a, b));
        }
    }
    // A change word alone, then what it means after "so that": "Kemi's trauma responses will
    // reduce, so that she wakes no more than twice a week" says what will change (reading 14).
    if out.change_only && out.anchors.is_empty() {
        let text = &s.text;
        let after = (1..toks.len()).find(|&i| text.word(i - 1) == "so" && text.word(i) == "that");
        // Only how often or how many of something that happens ("twice a week", "3 nights
        // out of 7"), not any number ("ready for Year 7", "all 3 children are safe").
        const RATE: [&str; 10] = ["a", "per", "each", "every", "times", "out", "night", "nights", "day", "days"];
        let rate = |b: usize| (b..(b + 3).min(toks.len())).any(|j| RATE.contains(&text.word(j)));
        if let Some(from) = after {
            for (a, b) in numbers(text).filter(|&(a, b)| a > from && rate(b)) {
                out.anchors.push(text.number_span(a, b));
            }
            let quantity = |h: &&Hit| h.cat == cat::QUANTITY && h.start as usize > from && rate(h.end as usize);
            if let Some(h) = s.hits.iter().find(quantity) {
                out.anchors.push(s.span(h));
            }
        }
    }
    let subject_ok = out.subject.is_some() || !c.settings.require_subject;
    out.met = subject_ok && (out.vague.is_empty() || !out.anchors.is_empty());
    out
}

/// A word after a possessive ("Ruby's sleep", "his reading"): a noun, whatever else it
/// could be.
fn owned(s: &Scanned, i: usize) -> bool {
    i > 0
        && !s.text.toks[i].has(BARRIER_BEFORE)
        && (s.text.toks[i - 1].has(POSSESSIVE)
            || matches!(s.text.word(i - 1), "his" | "her" | "their" | "my" | "your" | "our"))
}

/// Whose behaviour or circumstances: a pronoun, a family member, the home, the child's
/// name (given, or any word that reads as a name).
fn subject<'a>(s: &Scanned<'a>, child_name: Option<&str>) -> Option<&'a str> {
    let text = &s.text;
    // A professional counts too ("Health visitor to deliver…"): whether an outcome about
    // a service's own work is relevant is the R letter's question, not this one's.
    if let Some(h) = s.hits.iter().find(|h| matches!(h.cat, cat::SUBJECT | cat::PLACE | cat::ROLE)) {
        return Some(s.span(h));
    }
    if let Some(name) = child_name.filter(|n| !n.is_empty()) {
        if let Some(i) = (0..text.toks.len()).find(|&i| text.word(i) == name) {
            return Some(text.span(i, i + 1));
        }
    }
    // "The landlord repairs…", "A stair gate is fitted…", "No batteries are charged in the
    // hallway": a thing or person named at the start of a sentence, unless the word is
    // itself vague ("The risks are reduced"). After "No", only with a verb soon after: "No
    // further incidents", "No smoking" and "No one" name nothing.
    const NOT_A_SUBJECT: u64 = mask(&[cat::VAGUE, cat::CHANGE, cat::MEASURE_VAGUE, cat::SERVICE_NOUN]);
    let no_thing = |i: usize| {
        text.word(i) == "no"
            && !matches!(text.word(i + 1), "further" | "more" | "significant" | "new" | "repeat" | "one" | "serious")
            && (i + 2..text.toks.len().min(i + 5))
                .any(|j| matches!(text.word(j), "is" | "are" | "will" | "gets" | "get"))
    };
    for i in 0..text.toks.len().saturating_sub(1) {
        let (t, next) = (&text.toks[i], &text.toks[i + 1]);
        if t.has(SENT_START)
            && (t.starts & (1 << cat::DETERMINER) != 0 || no_thing(i))
            && !next.has(BARRIER_BEFORE)
            && next.covers & NOT_A_SUBJECT == 0
            && !next.has(DIGIT)
        {
            return Some(text.span(i + 1, i + 2));
        }
    }
    const SKIP: u64 = mask(&[cat::NOT_NAME, cat::JARGON, cat::FAMILIAR]);
    const KNOWN: u64 = mask(&[
        cat::VAGUE,
        cat::OBSERVABLE,
        cat::QUANTITY,
        cat::EVIDENCE,
        cat::MEASURE_VAGUE,
        cat::CLAUSE_VERB,
        cat::SEPARATOR,
        cat::COUNTABLE,
        cat::AFTER_NAME,
        cat::CONDITION,
        cat::QUANTIFIER,
    ]);
    const VERB: u64 = mask(&[cat::AFTER_NAME, cat::OBSERVABLE, cat::VAGUE]);
    let n = text.toks.len();
    // In text typed all in capitals, capitals say nothing.
    let shouting = s.shouting();
    for (i, t) in text.toks.iter().enumerate() {
        let acronym = t.has(ALL_CAPS) && t.letters >= 2 && !shouting;
        if t.has(DIGIT) || acronym || t.starts & SKIP != 0 {
            continue;
        }
        let capital = t.has(CAP) && !shouting;
        if capital && !t.has(SENT_START) {
            return Some(text.span(i, i + 1));
        }
        if !t.has(SENT_START) || t.starts & KNOWN != 0 {
            continue;
        }
        // First word of a sentence: capitalised anyway, so only a name if it is no word we
        // know and what follows reads like what follows a name. Typed in lower case (or
        // all in capitals), only a following verb will do.
        let next_verb = s.starts_any(i + 1, VERB);
        let next_ok = capital && i + 1 < n && {
            let nt = &text.toks[i + 1];
            (nt.has(BARRIER_BEFORE) && !nt.has(SENT_START))
                || (nt.has(CAP) && !nt.has(ALL_CAPS))
                || s.starts_any(i + 1, mask(&[cat::SEPARATOR]))
        };
        if (capital && t.has(POSSESSIVE)) || next_verb || next_ok {
            return Some(text.span(i, i + 1));
        }
    }
    // What is left names no one only if it starts as an order ("Improve attendance",
    // "Engage with services", "To attend school"); "Smoke alarms fitted on every floor"
    // starts with what changes.
    const ORDER: u64 = mask(&[
        cat::VAGUE,
        cat::CHANGE,
        cat::IMPERATIVE,
        cat::SERVICE_VERB,
        cat::OBSERVABLE,
        cat::CLAUSE_VERB,
        cat::AFTER_NAME,
        cat::CONDITION,
        cat::SOFTENER,
        cat::WITNESS,
        cat::NOT_NAME,
        cat::MEASURE_VAGUE,
        cat::QUANTITY,
    ]);
    let first = text.toks.first()?;
    (first.starts & ORDER == 0 && !first.has(DIGIT) && first.letters >= 2).then(|| text.span(0, 1))
}
