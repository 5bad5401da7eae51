//! Text-only judgements on one outcome: Specific (description), Measurable (measure),
//! plain language (any field) and the number of separate demands (for Achievable).
//!
//! Everything found is borrowed from the practitioner's text (`&'a str`); strings are only
//! built for the report.

use super::data::{cat, Compiled};
use super::text::{
    mark_starts, Bufs, Hit, Text, ALL_CAPS, BARRIER_BEFORE, CAP, DIGIT, IN_CONDITION, IN_PAREN, PAREN_AFTER,
    POSSESSIVE, SENT_START, SPACE_BEFORE, UPPER2,
};

/// A piece of text with its pattern hits.
pub(crate) struct Scanned<'a> {
    pub text: Text<'a>,
    pub hits: Vec<Hit>,
}

const fn mask(cats: &[u8]) -> u32 {
    let mut m = 0u32;
    let mut i = 0;
    while i < cats.len() {
        m |= 1 << cats[i];
        i += 1;
    }
    m
}

impl<'a> Scanned<'a> {
    /// Tokenise and match `s`, reusing buffers from `pool` (see `recycle`).
    pub fn new(c: &Compiled, s: &'a str, pool: &mut Vec<Bufs>) -> Scanned<'a> {
        let (mut text, mut hits) = Text::with(s, pool.pop().unwrap_or_default());
        if !text.is_empty() {
            c.lex.scan(&mut text, &mut hits);
            mark_starts(&mut text, &hits, cat::CONDITION);
        }
        Scanned { text, hits }
    }

    /// Give the buffers back for the next text.
    pub fn recycle(self, pool: &mut Vec<Bufs>) {
        pool.push(self.text.into_bufs(self.hits));
    }

    /// More than half the words typed in capitals.
    pub fn shouting(&self) -> bool {
        let toks = &self.text.toks;
        toks.iter().filter(|t| t.has(ALL_CAPS) && t.letters >= 2).count() * 2 > toks.len()
    }

    fn starts_any(&self, i: usize, mask: u32) -> bool {
        self.text.toks.get(i).is_some_and(|t| t.starts & mask != 0)
    }

    fn of(&self, c: u8) -> impl Iterator<Item = &Hit> + '_ {
        self.hits.iter().filter(move |h| h.cat == c)
    }

    fn span(&self, h: &Hit) -> &'a str {
        self.text.span(h.start as usize, h.end as usize)
    }

    /// Does the token sequence `words` (lower case) occur in this text?
    pub fn contains_words(&self, words: &[String]) -> bool {
        let n = self.text.toks.len();
        if words.is_empty() || words.len() > n {
            return false;
        }
        (0..=n - words.len()).any(|i| words.iter().enumerate().all(|(k, w)| self.text.word(i + k) == w))
    }
}

/// Up to eight distinct words found, for showing to the practitioner (more are dropped).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Few<'a> {
    items: [&'a str; 8],
    len: u8,
}

impl<'a> Few<'a> {
    /// Add `s` unless it is already there (ignoring case).
    fn push(&mut self, s: &'a str) {
        let n = self.len as usize;
        if n < self.items.len() && !self.items[..n].iter().any(|x| x.eq_ignore_ascii_case(s)) {
            self.items[n] = s;
            self.len += 1;
        }
    }

    pub fn as_slice(&self) -> &[&'a str] {
        &self.items[..self.len as usize]
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn len(&self) -> usize {
        self.len as usize
    }
}

/// Written words containing a digit, as token ranges: "8:45" and "0-10" are one each.
fn numbers<'t>(text: &'t Text) -> impl Iterator<Item = (usize, usize)> + 't {
    let toks = &text.toks;
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < toks.len() {
            let a = i;
            let mut b = i + 1;
            while b < toks.len() && !toks[b].has(SPACE_BEFORE) && !toks[b].has(SENT_START) {
                b += 1;
            }
            i = b;
            if toks[a..b].iter().any(|t| t.has(DIGIT)) {
                return Some((a, b));
            }
        }
        None
    })
}

#[derive(Debug, Default)]
pub(crate) struct Specific<'a> {
    pub no_text: bool,
    pub subject: Option<&'a str>,
    pub vague: Few<'a>,
    pub anchors: Few<'a>,
    pub met: bool,
}

pub(crate) fn specific<'a>(c: &Compiled, s: &Scanned<'a>, child_name: Option<&str>) -> Specific<'a> {
    let mut out = Specific { no_text: s.text.is_empty(), ..Specific::default() };
    if out.no_text {
        return out;
    }
    out.subject = subject(s, child_name);
    for h in s.of(cat::VAGUE) {
        out.vague.push(s.span(h));
    }
    // An observable verb inside a vague phrase ("attend all meetings") or a noun that
    // looks like one ("cannabis use") is no anchor; nor is anything after "if" / "when".
    const NOT_ANCHOR: u32 = mask(&[cat::VAGUE, cat::NOT_ANCHOR]);
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
                cat::OBSERVABLE => t.covers & NOT_ANCHOR == 0,
                _ => false,
            };
            if anchor {
                out.anchors.push(s.span(hit));
            }
        }
    }
    for (a, b) in numbers(&s.text) {
        if !toks[a].has(IN_CONDITION) {
            out.anchors.push(s.text.number_span(a, b));
        }
    }
    let subject_ok = out.subject.is_some() || !c.data.specific.require_subject;
    out.met = subject_ok && (out.vague.is_empty() || !out.anchors.is_empty());
    out
}

/// Whose behaviour or circumstances: a pronoun, a family member, the home, the child's
/// name (given, or any word that reads as a name).
fn subject<'a>(s: &Scanned<'a>, child_name: Option<&str>) -> Option<&'a str> {
    let text = &s.text;
    if let Some(h) = s.of(cat::SUBJECT).next() {
        return Some(s.span(h));
    }
    if let Some(name) = child_name.filter(|n| !n.is_empty()) {
        if let Some(i) = (0..text.toks.len()).find(|&i| text.word(i) == name) {
            return Some(text.span(i, i + 1));
        }
    }
    const SKIP: u32 = mask(&[cat::NOT_NAME, cat::JARGON, cat::FAMILIAR]);
    const KNOWN: u32 = mask(&[
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
    const VERB: u32 = mask(&[cat::AFTER_NAME, cat::OBSERVABLE, cat::VAGUE]);
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
    None
}

#[derive(Debug, Default)]
pub(crate) struct Measurable<'a> {
    pub no_text: bool,
    /// What can be counted or seen: numbers, how often, records.
    pub strong: Few<'a>,
    pub vague: Few<'a>,
    pub met: bool,
}

pub(crate) fn measurable<'a>(s: &Scanned<'a>) -> Measurable<'a> {
    let mut out = Measurable { no_text: s.text.is_empty(), ..Measurable::default() };
    if out.no_text {
        return out;
    }
    for h in &s.hits {
        match h.cat {
            cat::QUANTITY | cat::EVIDENCE => out.strong.push(s.span(h)),
            cat::COUNTABLE if counted(s, h) => out.strong.push(s.span(h)),
            cat::MEASURE_VAGUE => out.vague.push(s.span(h)),
            _ => {}
        }
    }
    for (a, b) in numbers(&s.text) {
        out.strong.push(s.text.number_span(a, b));
    }
    out.met = !out.strong.is_empty();
    out
}

/// A countable thing ("appointments") with a quantifier up to three words before it in
/// the same clause ("no missed appointments", "all appointments").
fn counted(s: &Scanned, h: &Hit) -> bool {
    let start = h.start as usize;
    let toks = &s.text.toks;
    for i in (start.saturating_sub(3)..start).rev() {
        if toks[i + 1].has(BARRIER_BEFORE) {
            return false;
        }
        if toks[i].has(DIGIT) || s.starts_any(i, mask(&[cat::QUANTIFIER])) {
            return true;
        }
    }
    false
}

#[derive(Debug, Default, Clone)]
pub(crate) struct Plain<'a, 'c> {
    /// (as typed, plain words to use)
    pub jargon: Vec<(&'a str, &'c str)>,
    /// Words in the longest sentence, if over the threshold (else 0).
    pub longest: u32,
}

impl Plain<'_, '_> {
    pub fn ok(&self) -> bool {
        self.jargon.is_empty() && self.longest == 0
    }
}

/// Jargon ids explained in this text: "CAMHS (children's mental health)" or
/// "Child and Adolescent Mental Health Service (CAMHS)".
pub(crate) fn explained(s: &Scanned, into: &mut Vec<u16>) {
    for h in s.of(cat::JARGON) {
        let first = &s.text.toks[h.start as usize];
        let last = &s.text.toks[h.end as usize - 1];
        if (first.has(IN_PAREN) || last.has(PAREN_AFTER)) && !into.contains(&h.id) {
            into.push(h.id);
        }
    }
}

/// A jargon hit that counts: acronyms only when typed with capitals.
fn jargon_applies(c: &Compiled, s: &Scanned, h: &Hit) -> bool {
    let Some(entry) = c.data.plain_language.jargon.get(h.id as usize) else { return false };
    let single = h.end - h.start == 1;
    !(single && entry.needs_capitals() && !s.text.toks[h.start as usize].has(UPPER2))
}

/// At most this many unfamiliar terms are listed for one field.
const MAX_TERMS: usize = 12;

pub(crate) fn plain<'a, 'c>(c: &'c Compiled, s: &Scanned<'a>, explained: &[u16]) -> Plain<'a, 'c> {
    let pl = &c.data.plain_language;
    let mut out = Plain::default();
    let mut seen: Vec<u16> = Vec::new();
    for h in s.of(cat::JARGON) {
        if out.jargon.len() >= MAX_TERMS {
            break;
        }
        if !jargon_applies(c, s, h) || explained.contains(&h.id) || seen.contains(&h.id) {
            continue;
        }
        seen.push(h.id);
        out.jargon.push((s.span(h), pl.jargon[h.id as usize].plain.as_str()));
    }
    let toks = &s.text.toks;
    if pl.flag_unknown_acronyms && toks.iter().any(|t| t.has(ALL_CAPS)) && !s.shouting() {
        // An all-capitals token covered by a jargon or familiar hit is dealt with (jargon
        // typed in capitals always applies).
        const KNOWN: u32 = mask(&[cat::JARGON, cat::FAMILIAR]);
        for (i, t) in toks.iter().enumerate() {
            if out.jargon.len() >= MAX_TERMS {
                break;
            }
            let acronym = t.has(ALL_CAPS)
                && !t.has(DIGIT)
                && t.letters >= pl.acronym_letters.min
                && t.letters <= pl.acronym_letters.max;
            if acronym && !t.has(IN_PAREN) && !t.has(PAREN_AFTER) && t.covers & KNOWN == 0 {
                let shown = s.text.span(i, i + 1);
                if !out.jargon.iter().any(|(j, _)| *j == shown) {
                    out.jargon.push((shown, pl.unknown_acronym_plain.as_str()));
                }
            }
        }
    }
    let max = c.data.thresholds.long_sentence_words;
    out.longest = s.text.sentence_words.iter().copied().filter(|&w| w > max).max().unwrap_or(0);
    out
}

/// Separate demands in a description: clauses with a verb, split at commas, semicolons,
/// sentence ends and joining words ("and", "as well as").
pub(crate) fn demands(s: &Scanned) -> usize {
    const VERB: u32 = mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB, cat::VAGUE]);
    let toks = &s.text.toks;
    let mut separators = s.of(cat::SEPARATOR).peekable();
    let mut count = 0;
    let mut has_verb = false;
    let mut i = 0;
    while i < toks.len() {
        if i > 0 && toks[i].has(BARRIER_BEFORE) {
            count += usize::from(has_verb);
            has_verb = false;
        }
        while separators.peek().is_some_and(|h| (h.start as usize) < i) {
            separators.next();
        }
        if let Some(sep) = separators.peek().filter(|h| h.start as usize == i) {
            count += usize::from(has_verb);
            has_verb = false;
            i = (sep.end as usize).max(i + 1);
            continue;
        }
        has_verb |= toks[i].starts & VERB != 0;
        i += 1;
    }
    count + usize::from(has_verb)
}
