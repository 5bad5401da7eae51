//! Text-only judgements on one outcome: Specific (description), Measurable (measure),
//! plain language (any field) and the number of separate demands (for Achievable).

use super::data::{cat, Compiled};
use super::text::{Hit, Text, ALL_CAPS, BARRIER_BEFORE, CAP, DIGIT, IN_PAREN, PAREN_AFTER, POSSESSIVE, SENT_START, SPACE_BEFORE};

/// A piece of text with its pattern hits and, per token, which categories start there.
pub(crate) struct Scanned<'a> {
    pub text: Text<'a>,
    pub hits: Vec<Hit>,
    starts: Vec<u32>,
}

impl<'a> Scanned<'a> {
    pub fn new(c: &Compiled, s: &'a str) -> Scanned<'a> {
        let text = Text::new(s);
        let hits = c.lex.scan(&text);
        let mut starts = vec![0u32; text.toks.len()];
        for h in &hits {
            starts[h.start as usize] |= 1 << h.cat;
        }
        Scanned { text, hits, starts }
    }

    /// More than half the words typed in capitals.
    pub fn shouting(&self) -> bool {
        let toks = &self.text.toks;
        toks.iter().filter(|t| t.has(ALL_CAPS) && t.letters >= 2).count() * 2 > toks.len()
    }

    fn starts_any(&self, i: usize, cats: &[u8]) -> bool {
        let mask = cats.iter().fold(0u32, |m, c| m | (1 << c));
        self.starts.get(i).is_some_and(|s| s & mask != 0)
    }

    fn of(&self, c: u8) -> impl Iterator<Item = &Hit> + '_ {
        self.hits.iter().filter(move |h| h.cat == c)
    }

    fn span(&self, h: &Hit) -> &'a str {
        self.text.span(h.start as usize, h.end as usize)
    }
}

/// Add `s` unless it is already there (ignoring case).
fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x.eq_ignore_ascii_case(s)) {
        v.push(s.to_string());
    }
}

#[derive(Debug, Default)]
pub(crate) struct Specific {
    pub no_text: bool,
    pub subject: Option<String>,
    pub vague: Vec<String>,
    pub anchors: Vec<String>,
    pub met: bool,
}

pub(crate) fn specific(s: &Scanned, child_name: Option<&str>) -> Specific {
    let mut out = Specific { no_text: s.text.is_empty(), ..Specific::default() };
    if out.no_text {
        return out;
    }
    out.subject = subject(s, child_name);
    let vague_ranges: Vec<(u16, u16)> = s.hits.iter().filter(|h| h.cat == cat::VAGUE || h.cat == cat::NOT_ANCHOR).map(|h| (h.start, h.end)).collect();
    for h in s.of(cat::VAGUE) {
        push_unique(&mut out.vague, s.span(h));
    }
    let inside_vague = |h: &Hit| h.cat != cat::QUANTITY && vague_ranges.iter().any(|&(a, b)| h.start >= a && h.end <= b);
    // Words after "if" / "when" in the same clause describe a condition, not the change.
    let mut in_condition = vec![false; s.text.toks.len()];
    let mut open = false;
    for (i, t) in s.text.toks.iter().enumerate() {
        if t.has(BARRIER_BEFORE) {
            open = false;
        }
        if s.starts_any(i, &[cat::CONDITION]) {
            open = true;
        }
        in_condition[i] = open;
    }
    for h in s.hits.iter().filter(|h| h.cat == cat::OBSERVABLE || h.cat == cat::QUANTITY) {
        if !inside_vague(h) && !in_condition[h.start as usize] {
            push_unique(&mut out.anchors, s.span(h));
        }
    }
    for (a, b) in numbers(&s.text) {
        if !in_condition[a] {
            push_unique(&mut out.anchors, s.text.span(a, b));
        }
    }
    out.met = out.subject.is_some() && (out.vague.is_empty() || !out.anchors.is_empty());
    out
}

/// Whose behaviour or circumstances: a pronoun, a family member, the home, the child's
/// name (given, or any capitalised word that reads as a name).
fn subject(s: &Scanned, child_name: Option<&str>) -> Option<String> {
    let text = &s.text;
    if let Some(h) = s.of(cat::SUBJECT).next() {
        return Some(s.span(h).to_string());
    }
    if let Some(name) = child_name.filter(|n| !n.is_empty()) {
        if let Some(i) = (0..text.toks.len()).find(|&i| text.word(i) == name) {
            return Some(text.span(i, i + 1).to_string());
        }
    }
    let n = text.toks.len();
    // In text typed all in capitals, capitals say nothing.
    let shouting = s.shouting();
    for (i, t) in text.toks.iter().enumerate() {
        let acronym = t.has(ALL_CAPS) && t.letters >= 2 && !shouting;
        if t.has(DIGIT) || acronym {
            continue;
        }
        if s.starts_any(i, &[cat::NOT_NAME, cat::JARGON, cat::FAMILIAR]) {
            continue;
        }
        let capital = t.has(CAP) && !shouting;
        if capital && !t.has(SENT_START) {
            return Some(text.span(i, i + 1).to_string());
        }
        if !t.has(SENT_START) {
            continue;
        }
        // First word of a sentence: capitalised anyway, so only a name if it is no word we
        // know and what follows reads like what follows a name. Typed in lower case (or
        // all in capitals), only a following verb will do.
        let known = [
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
        ];
        if s.starts_any(i, &known) {
            continue;
        }
        let next_verb = i + 1 < n && s.starts_any(i + 1, &[cat::AFTER_NAME, cat::OBSERVABLE, cat::VAGUE]);
        let next_ok = capital && i + 1 < n && {
            let nt = &text.toks[i + 1];
            (nt.has(BARRIER_BEFORE) && !nt.has(SENT_START)) || (nt.has(CAP) && !nt.has(ALL_CAPS)) || s.starts_any(i + 1, &[cat::SEPARATOR])
        };
        if (capital && t.has(POSSESSIVE)) || next_verb || next_ok {
            return Some(text.span(i, i + 1).to_string());
        }
    }
    None
}

/// Written words containing a digit, as token ranges: "8:45" and "0-10" are one each.
fn numbers(text: &Text) -> Vec<(usize, usize)> {
    let toks = &text.toks;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut b = i + 1;
        while b < toks.len() && !toks[b].has(SPACE_BEFORE) && !toks[b].has(SENT_START) {
            b += 1;
        }
        if toks[i..b].iter().any(|t| t.has(DIGIT)) {
            out.push((i, b));
        }
        i = b;
    }
    out
}

#[derive(Debug, Default)]
pub(crate) struct Measurable {
    pub no_text: bool,
    /// What can be counted or seen: numbers, how often, records.
    pub strong: Vec<String>,
    pub vague: Vec<String>,
    pub met: bool,
}

pub(crate) fn measurable(s: &Scanned) -> Measurable {
    let mut out = Measurable { no_text: s.text.is_empty(), ..Measurable::default() };
    if out.no_text {
        return out;
    }
    for h in &s.hits {
        match h.cat {
            cat::QUANTITY | cat::EVIDENCE => push_unique(&mut out.strong, s.span(h)),
            cat::COUNTABLE if counted(s, h) => push_unique(&mut out.strong, s.span(h)),
            cat::MEASURE_VAGUE => push_unique(&mut out.vague, s.span(h)),
            _ => {}
        }
    }
    for (a, b) in numbers(&s.text) {
        push_unique(&mut out.strong, s.text.span(a, b));
    }
    out.met = !out.strong.is_empty();
    out
}

/// A countable thing ("appointments") with a quantifier up to three words before it in
/// the same clause ("no missed appointments", "all appointments").
fn counted(s: &Scanned, h: &Hit) -> bool {
    let start = h.start as usize;
    let from = start.saturating_sub(3);
    (from..start).rev().any(|i| {
        let clear = (i + 1..=start).all(|j| !s.text.toks[j].has(BARRIER_BEFORE));
        clear && s.starts_any(i, &[cat::QUANTIFIER])
    }) || (from..start).any(|i| s.text.toks[i].has(DIGIT))
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Plain {
    /// (as typed, plain words to use)
    pub jargon: Vec<(String, String)>,
    /// Word counts of sentences over the threshold.
    pub long: Vec<u32>,
}

impl Plain {
    pub fn ok(&self) -> bool {
        self.jargon.is_empty() && self.long.is_empty()
    }
}

/// Jargon ids explained in this text: "CAMHS (children's mental health)" or
/// "Child and Adolescent Mental Health Service (CAMHS)".
pub(crate) fn explained(s: &Scanned, into: &mut Vec<u16>) {
    for h in s.of(cat::JARGON) {
        let first = &s.text.toks[h.start as usize];
        let last = &s.text.toks[h.end as usize - 1];
        if first.has(IN_PAREN) || last.has(PAREN_AFTER) {
            into.push(h.id);
        }
    }
}

pub(crate) fn plain(c: &Compiled, s: &Scanned, explained: &[u16]) -> Plain {
    let pl = &c.data.plain_language;
    let mut out = Plain::default();
    let mut seen: Vec<u16> = Vec::new();
    let mut covered = vec![false; s.text.toks.len()];
    for h in &s.hits {
        if h.cat == cat::FAMILIAR {
            covered[h.start as usize..h.end as usize].iter_mut().for_each(|c| *c = true);
        }
        if h.cat != cat::JARGON {
            continue;
        }
        let Some(entry) = pl.jargon.get(h.id as usize) else { continue };
        let first = &s.text.toks[h.start as usize];
        let single = h.end - h.start == 1;
        if single && entry.needs_capitals() && !(first.has(super::text::UPPER2)) {
            continue;
        }
        covered[h.start as usize..h.end as usize].iter_mut().for_each(|c| *c = true);
        if explained.contains(&h.id) || seen.contains(&h.id) {
            continue;
        }
        seen.push(h.id);
        out.jargon.push((s.span(h).to_string(), entry.plain.clone()));
    }
    if pl.flag_unknown_acronyms {
        let toks = &s.text.toks;
        if !s.shouting() {
            for (i, t) in toks.iter().enumerate() {
                let acronym = t.has(ALL_CAPS)
                    && !t.has(DIGIT)
                    && t.letters >= pl.acronym_letters.min
                    && t.letters <= pl.acronym_letters.max;
                if acronym && !covered[i] && !t.has(IN_PAREN) && !t.has(PAREN_AFTER) {
                    let shown = s.text.span(i, i + 1);
                    if !out.jargon.iter().any(|(j, _)| j == shown) {
                        out.jargon.push((shown.to_string(), pl.unknown_acronym_plain.clone()));
                    }
                }
            }
        }
    }
    let max = c.data.thresholds.long_sentence_words;
    out.long = s.text.sentence_words.iter().copied().filter(|&w| w > max).collect();
    out
}

/// Separate demands in a description: clauses with a verb, split at commas, semicolons,
/// sentence ends and joining words ("and", "as well as").
pub(crate) fn demands(s: &Scanned) -> usize {
    let n = s.text.toks.len();
    if n == 0 {
        return 0;
    }
    let mut sep = vec![false; n];
    let mut boundary = vec![false; n];
    for h in s.of(cat::SEPARATOR) {
        sep[h.start as usize..h.end as usize].iter_mut().for_each(|x| *x = true);
        if (h.end as usize) < n {
            boundary[h.end as usize] = true;
        }
    }
    let mut count = 0;
    let mut has_verb = false;
    for i in 0..n {
        if i > 0 && (boundary[i] || s.text.toks[i].has(BARRIER_BEFORE)) {
            count += usize::from(has_verb);
            has_verb = false;
        }
        if !sep[i] && s.starts_any(i, &[cat::OBSERVABLE, cat::CLAUSE_VERB, cat::VAGUE]) {
            has_verb = true;
        }
    }
    count + usize::from(has_verb)
}
