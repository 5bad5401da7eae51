//! Text-only judgements on one outcome: Specific (description), Measurable (measure),
//! plain language (any field) and the number of separate demands (for Achievable).
//!
//! Everything found is borrowed from the practitioner's text (`&'a str`); strings are only
//! built for the report.

use super::data::{cat, Compiled, TIME_UNIT_DAYS};
use super::text::{
    mark_starts, Hit, Openers, Text, Tok, ALL_CAPS, BARRIER_BEFORE, CAP, COLON_BEFORE, DIGIT, IN_CONDITION, IN_NAME,
    IN_PAREN, PAREN_AFTER, POSSESSIVE, SEMI_BEFORE, SENT_START, SOFTENED, SPACE_BEFORE, UPPER2,
};
use chrono::Datelike;

/// A piece of text with its pattern hits.
pub(crate) struct Scanned<'a> {
    pub text: Text<'a>,
    pub hits: Vec<Hit>,
    /// Where clauses start, in order: the tokens after a comma, colon, semicolon, dash,
    /// bullet, bracket or sentence end (`BARRIER_BEFORE`; token 0 always starts one and is
    /// left out). Looked up, not walked to, because some checks ask for the clause of every
    /// word of a kind, and a pasted text with no commas made that take seconds.
    barriers: Vec<u32>,
    /// As `barriers`, where sentences start.
    sentences: Vec<u32>,
}

/// The tokens of `0..n` that `keep` accepts, in order.
fn positions(n: usize, keep: &dyn Fn(usize) -> bool) -> Vec<u32> {
    let mut found = Vec::new();
    for i in (0..n).filter(|&i| keep(i)) {
        found.push(i as u32);
    }
    found
}

/// Where in `sorted` (token positions, in order) the first at or after token `i` is.
fn first_from(sorted: &[u32], i: usize) -> usize {
    sorted.partition_point(|&j| (j as usize) < i)
}

/// Is one of `sorted` (token positions, in order) in `from..to`?
fn any_in(sorted: &[u32], from: usize, to: usize) -> bool {
    sorted.get(first_from(sorted, from)).is_some_and(|&j| (j as usize) < to)
}

const fn mask(cats: &[u8]) -> u64 {
    let mut m = 0u64;
    let mut i = 0;
    while i < cats.len() {
        m |= 1 << cats[i];
        i += 1;
    }
    m
}

/// What opens a condition, a reason or a softened clause (`text::mark_starts`).
const OPENERS: Openers = Openers {
    condition: cat::CONDITION,
    not_condition: cat::NOT_CONDITION,
    purpose: cat::PURPOSE,
    verbs: DEMAND_VERB,
    softener: cat::SOFTENER,
};

impl<'a> Scanned<'a> {
    /// Tokenise and match `s`.
    pub fn new(c: &Compiled, s: &'a str) -> Scanned<'a> {
        let mut text = Text::new(s);
        let mut hits = Vec::new();
        if !text.is_empty() {
            c.lex.scan(&mut text, &mut hits);
            drop_inside_names(&mut text, &mut hits);
            mark_starts(&mut text, &hits, &OPENERS);
        }
        let toks = &text.toks;
        let barriers = positions(toks.len(), &|i| i > 0 && toks[i].has(BARRIER_BEFORE));
        let sentences = positions(toks.len(), &|i| i > 0 && toks[i].has(SENT_START));
        Scanned { text, hits, barriers, sentences }
    }

    /// More than half the words typed in capitals.
    pub fn shouting(&self) -> bool {
        let toks = &self.text.toks;
        toks.iter().filter(|t| t.has(ALL_CAPS) && t.letters >= 2).count() * 2 > toks.len()
    }

    fn starts_any(&self, i: usize, mask: u64) -> bool {
        self.text.toks.get(i).is_some_and(|t| t.starts & mask != 0)
    }

    /// Does a hit of category `c` start at token `i`?
    pub(crate) fn is(&self, i: usize, c: u8) -> bool {
        self.starts_any(i, 1 << c)
    }

    pub(crate) fn of(&self, c: u8) -> impl Iterator<Item = &Hit> + '_ {
        self.hits.iter().filter(move |h| h.cat == c)
    }

    /// The hits of category `c` that are said as the change itself, not after "if", "when"
    /// or "so that" (when or why): "so that Darcy can be happier at home" asks for nothing.
    pub(crate) fn said(&self, c: u8) -> impl Iterator<Item = &Hit> + '_ {
        self.of(c).filter(|h| !self.text.toks[h.start as usize].has(IN_CONDITION))
    }

    /// The hit of category `c` starting at token `i`, if any.
    pub(crate) fn hit_at(&self, i: usize, c: u8) -> Option<&Hit> {
        // Asked of every token by some checks: looking through every hit each time made a
        // long pasted text take seconds (hits are in token order, `Lexicon::scan`).
        if !self.is(i, c) {
            return None;
        }
        let from = self.hits.partition_point(|h| (h.start as usize) < i);
        self.hits[from..].iter().take_while(|h| h.start as usize == i).find(|h| h.cat == c)
    }

    /// The clause holding token `i`, as a token range: between commas, semicolons,
    /// brackets and sentence ends.
    pub(crate) fn clause(&self, i: usize) -> (usize, usize) {
        self.between(&self.barriers, i)
    }

    /// The stretch holding token `i` between two of `starts` (or the text's ends).
    fn between(&self, starts: &[u32], i: usize) -> (usize, usize) {
        let next = first_from(starts, i + 1);
        let a = next.checked_sub(1).map_or(0, |k| starts[k] as usize);
        (a, starts.get(next).map_or(self.text.toks.len(), |&j| j as usize))
    }

    /// Where the sentence holding token `i` starts (a token index).
    pub(crate) fn sentence_start(&self, i: usize) -> usize {
        self.between(&self.sentences, i).0
    }

    /// Where the sentence holding token `i` ends: the next sentence's first token, or the
    /// text's length.
    pub(crate) fn sentence_end(&self, i: usize) -> usize {
        self.between(&self.sentences, i).1
    }

    /// The clauses (by their first token, in order, as hits are: `Lexicon::scan`) in which
    /// a hit of category `c` starts at a token `keep` accepts, not in a condition: asked
    /// once, so that asking it of the clause of every word of a kind does not read a long
    /// clause once per word (see `in_clauses`).
    fn clauses_with(&self, c: u8, keep: impl Fn(usize) -> bool) -> Vec<u32> {
        let mut starts = Vec::new();
        for h in self.said(c).filter(|h| keep(h.start as usize)) {
            let a = self.clause(h.start as usize).0 as u32;
            if starts.last() != Some(&a) {
                starts.push(a);
            }
        }
        starts
    }

    /// Is token `i` in one of `clauses` (from `clauses_with`)?
    fn in_clauses(&self, i: usize, clauses: &[u32]) -> bool {
        let a = self.clause(i).0;
        any_in(clauses, a, a + 1)
    }

    /// Words of four letters or more that are not in `common`, cut to four letters, so
    /// that "cares" and "carer's" meet.
    pub(crate) fn stems(&self, common: u64) -> impl Iterator<Item = &str> + '_ {
        self.words(common, 4).map(first_four)
    }

    /// As `stems`, of the words a topic has ("school", "attendance", "rent"), not people's:
    /// what two texts being about the same thing rests on, not "at least" or "review".
    pub(crate) fn topic_stems(&self) -> impl Iterator<Item = &str> + '_ {
        let toks = &self.text.toks;
        // Not a word of a worker's title: "health" in "Health visitor to refer Ellie-May to
        // the skin clinic" is no health appointment (reading 8); "school" alone is a topic.
        // (Marked once: looking through every hit for each word made a long text take
        // seconds.)
        let mut titled = vec![false; toks.len()];
        for h in self.of(cat::ROLE).filter(|h| h.end > h.start + 1) {
            titled[h.start as usize..h.end as usize].fill(true);
        }
        (0..toks.len())
            .filter(|&i| toks[i].letters >= 4 && toks[i].covers & mask(&[cat::TOPIC]) != 0)
            .filter(move |&i| toks[i].covers & mask(&[cat::SUBJECT]) == 0 && !titled[i])
            .map(|i| first_four(self.text.word(i)))
    }

    /// Words of `min` letters or more, without digits, that are not in `common`.
    fn words(&self, common: u64, min: u8) -> impl Iterator<Item = &str> + '_ {
        (0..self.text.toks.len()).filter_map(move |i| {
            let t = &self.text.toks[i];
            (t.letters >= min && !t.has(DIGIT) && t.covers & common == 0).then(|| self.text.word(i))
        })
    }

    pub(crate) fn span(&self, h: &Hit) -> &'a str {
        self.text.span(h.start as usize, h.end as usize)
    }

    /// The people named before token `i` in its sentence, nearest first, as token indices:
    /// the first is the person a statement there is about ("Dad" in "Dad is serving a prison
    /// sentence"; the child by name; a first name, "Donna has…"), not a pronoun.
    pub(crate) fn people_before<'s>(&'s self, i: usize, child: Option<&'s str>) -> impl Iterator<Item = usize> + 's {
        let toks = &self.text.toks;
        (self.sentence_start(i)..i).rev().filter(move |&j| {
            let w = self.text.word(j);
            // A first name as the subject: "Donna has…", "Kieran (18), is…", "Ruby's dad,
            // Jason, lives…" (not "at Oak Lane").
            let closed = j > 0 && self.is(j - 1, cat::SUBJECT) && toks[j].has(BARRIER_BEFORE);
            let named = toks[j].unlisted_capital()
                && (toks.get(j + 1).is_some_and(|t| t.has(IN_PAREN) || closed && t.has(BARRIER_BEFORE))
                    || matches!(
                        self.text.word_or_none(j + 1),
                        "will"
                            | "has"
                            | "is"
                            | "was"
                            | "cannot"
                            | "works"
                            | "speaks"
                            | "rarely"
                            | "never"
                            | "does"
                            | "who"
                    ));
            // Not "Kayden's" in "Dad will do Kayden's bedtime", nor "Joseph" in "Ramon, dad of
            // Joseph (8), has…": whose, not who.
            !toks[j].has(POSSESSIVE)
                && (j == 0 || self.text.word(j - 1) != "of")
                && (self.is(j, cat::SUBJECT) && !PRONOUNS.contains(&w) || Some(w) == child || named)
        })
    }

    /// Is token `i` denied in its clause: after a negation ("will not look for paid work")
    /// or one of `also` ("has no right to work")?
    pub(crate) fn denied(&self, i: usize, also: &[&str]) -> bool {
        let (from, _) = self.clause(i);
        (from..i).any(|j| self.is(j, cat::NEGATION) || also.contains(&self.text.word(j)))
    }

    /// Is `word` (lower case) one of this text's words?
    pub(crate) fn has_word(&self, word: &str) -> bool {
        (0..self.text.toks.len()).any(|k| self.text.word(k) == word)
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

/// Vague-sounding words inside the name of a service, role or scheme ("Family Support
/// Worker", "Citizens Advice", "the Drug and Alcohol Service", "safe sleep") are part of
/// the name, not the practitioner's own vague wording, and an "and" in a name joins no two
/// demands: those hits are dropped. A name is a `names` pattern, or two or more
/// capitalised words in a row (not counting the first word of a sentence), joined by at
/// most "and", "of", "for", "the", "to", "&".
fn drop_inside_names(text: &mut Text, hits: &mut Vec<Hit>) {
    const DROPPED: u64 = mask(&[cat::VAGUE, cat::MEASURE_VAGUE, cat::CHANGE, cat::SEPARATOR]);
    if !hits.iter().any(|h| DROPPED & (1 << h.cat) != 0) {
        return;
    }
    let n = text.toks.len();
    let shouting = text.toks.iter().filter(|t| t.has(ALL_CAPS) && t.letters >= 2).count() * 2 > n;
    for h in hits.iter().filter(|h| h.cat == cat::NAME) {
        text.toks[h.start as usize..h.end as usize].iter_mut().for_each(|t| t.flags |= IN_NAME);
    }
    let mut i = 0;
    while i < n && !shouting {
        let capital = |t: &Text, i: usize| t.toks[i].has(CAP) && !t.toks[i].has(SENT_START);
        if !capital(text, i) {
            i += 1;
            continue;
        }
        // A run of capitalised words with single joiners between them, in one clause.
        let (start, mut end, mut caps) = (i, i + 1, 1);
        while end < n && !text.toks[end].has(BARRIER_BEFORE) {
            if capital(text, end) {
                caps += 1;
            } else if !(matches!(text.word(end), "and" | "of" | "for" | "the" | "to" | "&")
                && end + 1 < n
                && capital(text, end + 1)
                && !text.toks[end + 1].has(BARRIER_BEFORE))
            {
                break;
            }
            end += 1;
        }
        if caps >= 2 {
            text.toks[start..end].iter_mut().for_each(|t| t.flags |= IN_NAME);
        }
        i = end;
    }
    let toks = &text.toks;
    hits.retain(|h| {
        DROPPED & (1 << h.cat) == 0 || !toks[h.start as usize..h.end as usize].iter().all(|t| t.has(IN_NAME))
    });
}

/// Up to eight distinct words found, for showing to the practitioner (more are dropped).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Few<'a> {
    items: [&'a str; 8],
    len: u8,
}

impl<'a> Few<'a> {
    /// Add `s` unless it is already there (ignoring case) or is part of the same words as
    /// one already there: "Seen by" and "Seen" are one term to a reader. A term that holds
    /// one already there takes its place.
    fn push(&mut self, s: &'a str) {
        // Every term is a slice of the one text being judged: where it lies says what holds what.
        let range = |t: &str| (t.as_ptr() as usize, t.as_ptr() as usize + t.len());
        let within = |inner: &str, outer: &str| {
            let ((a, b), (c, d)) = (range(inner), range(outer));
            c <= a && b <= d
        };
        let n = self.len as usize;
        if self.items[..n].iter().any(|x| x.eq_ignore_ascii_case(s) || within(s, x)) {
            return;
        }
        if let Some(k) = self.items[..n].iter().position(|x| within(x, s)) {
            self.items[k] = s;
        } else if n < self.items.len() {
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
    for h in s.said(cat::VAGUE).filter(|h| !in_gloss(h) && !a_safe(h) && !in_term(h) && !betrothal(s, h, marriage)) {
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
    // "The landlord repairs…", "A stair gate is fitted…": a thing or person named at the
    // start of a sentence, unless the word is itself vague ("The risks are reduced").
    const NOT_A_SUBJECT: u64 = mask(&[cat::VAGUE, cat::CHANGE, cat::MEASURE_VAGUE, cat::SERVICE_NOUN]);
    for i in 0..text.toks.len().saturating_sub(1) {
        let (t, next) = (&text.toks[i], &text.toks[i + 1]);
        if t.has(SENT_START)
            && t.starts & (1 << cat::DETERMINER) != 0
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

#[derive(Debug, Default)]
pub(crate) struct Measurable<'a> {
    pub no_text: bool,
    /// What can be counted or seen: numbers, how often, records.
    pub strong: Few<'a>,
    pub vague: Few<'a>,
    pub met: bool,
    /// Only the outcome's own words said again, amount and all ("Eden is in two
    /// after-school clubs" for "Eden will join two after-school clubs"): no record, no one
    /// who checks, so not met whatever amount it names.
    pub repeats: bool,
    /// Only going to sessions or appointments counted, for an outcome where a behaviour
    /// stops: the words that count the going.
    pub attendance: Option<&'a str>,
    /// Only what someone will do, with no record or person who will see it done.
    pub intends: bool,
    /// Only something given, delivered or booked that the outcome does not name, for an
    /// outcome where something else changes: the word that says it was provided.
    pub provided: Option<&'a str>,
    /// "Number of …": what is counted, and whether it is the outcome's own change
    /// ([`counted_things`]): such a measure names something to count, so "names no number"
    /// would be wrong; what it lacks is how many, or a count of the change itself.
    pub counts: Option<(&'a str, bool)>,
    /// Shares no word that says what it is about with the outcome (the child's name aside):
    /// "Callum's screen-time report on his phone" for "Callum will go out with friends",
    /// "Rosie will have joined the school's service children's club" for "The name-calling
    /// will stop". When nothing else is wrong with it, that is what to say, not that it
    /// names no record: a report is one, but of something else (reading 15).
    pub elsewhere: bool,
}

/// Why a measure with something in it still cannot show the outcome: the first of
/// `Measurable`'s findings that holds, in the order the message and the letter's reason
/// both put them.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Lack<'a> {
    Repeats,
    Attendance(&'a str),
    Intends,
    Provided(&'a str),
    /// What is counted, and whether it is the outcome's own change.
    Count(&'a str, bool),
}

impl<'a> Measurable<'a> {
    pub(crate) fn lack(&self) -> Option<Lack<'a>> {
        if self.repeats {
            Some(Lack::Repeats)
        } else if let Some(going) = self.attendance {
            Some(Lack::Attendance(going))
        } else if self.intends {
            Some(Lack::Intends)
        } else if let Some(given) = self.provided {
            Some(Lack::Provided(given))
        } else {
            self.counts.map(|(what, own)| Lack::Count(what, own))
        }
    }
}

/// What in `s` can be counted or seen; `description` is the outcome it measures.
pub(crate) fn measurable<'a>(s: &Scanned<'a>, description: &Scanned, child: Option<&str>) -> Measurable<'a> {
    let mut out = Measurable { no_text: s.text.is_empty(), ..Measurable::default() };
    if out.no_text {
        return out;
    }
    // Records, witnesses and counted things say how anyone will know; an amount alone
    // may be the outcome's own, said again.
    let mut recorded = false;
    // "At each review" says when someone confirms, not that a review is the measure: "Her
    // aunt confirms at each review whether Keeley is still living with her" (reading 16).
    let each_review = |j: usize| j > 0 && s.text.word(j) == "review" && matches!(s.text.word(j - 1), "each" | "every");
    let vague = s.clauses_with(cat::MEASURE_VAGUE, |j| !each_review(j));
    // Where "by" names someone (`by_someone`).
    let bys = positions(s.text.toks.len(), &|j| s.text.word(j) == "by" && j + 1 < s.clause(j).1 && !when(s, j + 1));
    // What denies a confirmation (`confirmed`).
    let nots = positions(s.text.toks.len(), &|j| s.is(j, cat::NEGATION) || s.text.word(j) == "yet");
    for h in &s.hits {
        let record = match h.cat {
            cat::EVIDENCE => true,
            cat::COUNTABLE => counted(s, h),
            cat::WITNESS => witnessed(s, h, &vague),
            cat::WITNESS_PASSIVE => witnessed(s, h, &vague) && (by_someone(s, h, &bys) || confirmed(s, h, &nots)),
            _ => false,
        };
        recorded |= record;
        if record || h.cat == cat::QUANTITY {
            out.strong.push(s.span(h));
        } else if h.cat == cat::MEASURE_VAGUE {
            out.vague.push(s.span(h));
        }
    }
    for (a, b) in numbers(&s.text) {
        out.strong.push(s.text.number_span(a, b));
    }
    out.repeats = !recorded && repeats(s, description);
    out.attendance = attendance_only(s, description);
    out.provided = provided_only(s, description);
    out.counts = counted_things(s, description);
    // "Mum will switch Josh's console off at 11pm": what someone will do, time and all, is
    // a plan, not how anyone will know it was done.
    // Not when a professional does it: "The health visitor will weigh Maisie every month".
    let (_, first) = s.clause(0);
    // Not a state hoped for: "Self-esteem will be higher" names no record either, but it says
    // what will be, not what anyone will do (reading 14).
    let plans = (0..first.min(5)).any(|j| {
        (s.text.word(j) == "will" || s.text.word(j) == "going" && s.text.word_or_none(j + 1) == "to")
            && s.text.word_or_none(j + 1) != "be"
    });
    out.intends = !recorded && plans && s.of(cat::ROLE).next().is_none();
    // Only a measure with a topic of its own ("club", "phone"), and not one that says who
    // will tell: "Cara to tell us", "Aidan to feed back", "Mum says she is paying" name no
    // record.
    const TELLS: [&str; 10] = ["tell", "tells", "feed", "feeds", "say", "says", "said", "update", "talk", "noted"];
    let t = &s.text;
    // Nor a plan ("Mum to budget"), which may be the outcome in other words.
    let tells = (0..t.toks.len()).any(|i| TELLS.contains(&t.word(i)) || t.word(i) == "back")
        || (1..t.toks.len().min(4)).any(|i| t.word(i) == "to" && t.toks[i - 1].covers & mask(&[cat::SUBJECT]) != 0);
    // "School" and "home" are common words, but say what a text is about.
    let own = |x: &Scanned, i: usize| {
        let c = x.text.toks[i].covers;
        x.text.toks[i].letters >= 3 && (c & ABOUT_NOTHING == 0 || c & mask(&[cat::TOPIC]) != 0)
    };
    // Three letters of each word's stem: "taking" and "take", "paying" and "pay" meet (so
    // do a few words that only start alike, which only keeps this message back). Sorted,
    // so that a long pasted measure is not compared with every word of a long outcome.
    let d = &description.text;
    let mut theirs: Vec<&str> = (0..d.toks.len()).filter(|&j| own(description, j)).map(|j| three(d.word(j))).collect();
    theirs.sort_unstable();
    let child = child.map(first_four);
    let shared = (0..t.toks.len())
        .filter(|&i| own(s, i) && Some(first_four(t.word(i))) != child)
        .any(|i| theirs.binary_search(&three(t.word(i))).is_ok());
    // Nor one on the outcome's own topic in other words ("Arrears cleared" for paying the
    // rent), nor a state hoped for ("Self-esteem will be higher"), which names no record.
    let hoped = (1..t.toks.len()).any(|i| t.word(i - 1) == "will" && matches!(t.word(i), "be" | "feel" | "feels"));
    out.elsewhere = out.vague.is_empty()
        && !tells
        && !hoped
        && s.topic_stems().next().is_some()
        && topics(s) & topics(description) == 0
        && !shared;
    out.met =
        !out.strong.is_empty() && !out.repeats && out.attendance.is_none() && !out.intends && out.provided.is_none();
    out
}

/// A measure that only counts going to sessions or appointments, for an outcome where a
/// behaviour stops and nothing is said about going anywhere: "Ethan will stop damaging
/// the house" measured by "Ethan to attend all appointments with his Youth Justice worker,
/// confirmed by the worker". Going cannot show that the damage has stopped. Not when the
/// measure also names what would show it ("…, and there are no police call-outs", "the
/// health visitor sees no ashtrays") or the outcome is about going ("Dad will go to the
/// Change Programme every week and will not…").
fn attendance_only<'a>(measure: &Scanned<'a>, description: &Scanned) -> Option<&'a str> {
    // Not "attendance" alone: school attendance is often what shows the change.
    // A course finished or an assembly watched is going too: "Dad completes the ten-week
    // Understanding Deafness course" does not show that he has stopped shouting.
    let going = |w: &str| {
        w.starts_with("attend") && w != "attendance"
            || ["session", "appointment", "meeting"].iter().any(|p| w.starts_with(p))
            || matches!(
                w,
                "course"
                    | "courses"
                    | "programme"
                    | "programmes"
                    | "assembly"
                    | "assemblies"
                    | "workshop"
                    | "workshops"
                    | "module"
                    | "modules"
            )
    };
    let d = &description.text;
    // "Stop", "will not", "never", "no longer", not in a condition ("if Dad will not
    // leave"); not "on the mornings Mum cannot", "instead of the bus".
    // Nor in what something says: "showing the leaflet that says proof of address is not
    // needed".
    let mut reported = Vec::with_capacity(d.toks.len());
    let mut after = false;
    for (i, t) in d.toks.iter().enumerate() {
        after &= !t.has(BARRIER_BEFORE);
        reported.push(after);
        after |= matches!(d.word(i), "that" | "which" | "says" | "said");
    }
    // Nor what a gloss says: "a non-molestation order, which is a court order to stop
    // someone harassing her".
    // (A definition, "which is a …", in the twelve words before.)
    let glossed = |i: usize| {
        (i.saturating_sub(12)..i).any(|j| {
            d.word(j) == "which"
                && matches!(d.word_or_none(j + 1), "is" | "are")
                && matches!(d.word_or_none(j + 2), "a" | "an")
                && !(j + 1..=i).any(|k| d.toks[k].has(BARRIER_BEFORE))
        })
    };
    let stops = (0..d.toks.len())
        .any(|i| matches!(d.word(i), "stop" | "stops") && !d.toks[i].has(IN_CONDITION) && !glossed(i))
        || description.said(cat::NEGATION).any(|h| {
            matches!(d.word(h.start as usize), "not" | "never" | "won't" | "no") && !reported[h.start as usize]
        });
    // Going somewhere is what the outcome is about: sessions, a course, school attendance,
    // check-ups.
    // ("class", not "classmates".)
    const GOES: [&str; 6] = ["check", "miss", "review", "clinic", "club", "training"];
    let goes = (0..d.toks.len()).any(|i| {
        let w = d.word(i);
        going(w)
            || GOES.iter().any(|p| w.starts_with(p))
            || matches!(
                w,
                "attendance" | "go" | "goes" | "going" | "school" | "nursery" | "college" | "class" | "classes"
            )
    }) || description.of(cat::COURSE).next().is_some();
    // Or happens less: "will pull her hair less", "fewer nightmares", "feel less anxious";
    // not "no less than 20 minutes a day", which asks for more.
    let less = (0..d.toks.len()).any(|i| {
        matches!(d.word(i), "less" | "fewer")
            && !d.toks[i].has(IN_CONDITION)
            && !reported[i]
            && d.word_or_none(i + 1) != "than"
    });
    if !(stops || less) || goes {
        return None;
    }
    let m = &measure.text;
    // "At each contact session" says when someone checks, not that anyone went.
    // Nor does "in a session" after what someone says there: "explains the steps to his
    // worker in a session" (not "takes part in the sessions each week").
    let said_there = |i: usize| {
        const SAYS: [&str; 8] = ["explains", "explain", "tells", "tell", "shows", "show", "says", "describes"];
        i >= 2
            && matches!(m.word(i - 2), "in" | "during")
            && matches!(m.word(i - 1), "a" | "the" | "their" | "her" | "his")
            && (measure.clause(i).0..i).any(|j| SAYS.contains(&m.word(j)))
    };
    let at = (0..m.toks.len()).find(|&i| {
        going(m.word(i)) && !(i.saturating_sub(2)..i).any(|j| matches!(m.word(j), "each" | "every")) && !said_there(i)
    })?;
    // Anything else that could show the change: a record of more than who came, someone
    // who sees or hears it.
    const WHO_CAME: [&str; 8] = ["register", "sheet", "list", "record", "letter", "notes", "certificate", "confirm"];
    let shows = shows_more(measure, false, |w| going(w) || WHO_CAME.iter().any(|p| w.starts_with(p)));
    (!shows).then(|| m.span(at, at + 1))
}

/// Does a measure name something else that could show the change: a "no …", or a record,
/// a witness or a count (any count, or with `counted_only` one with a quantifier before it)
/// whose word is not one of `besides` (the papers of the going or providing it is judged
/// for)?
fn shows_more(measure: &Scanned, counted_only: bool, besides: impl Fn(&str) -> bool) -> bool {
    let m = &measure.text;
    (0..m.toks.len()).any(|i| matches!(m.word(i), "no" | "not" | "none" | "without"))
        || measure
            .hits
            .iter()
            .filter(|h| match h.cat {
                cat::EVIDENCE | cat::WITNESS | cat::WITNESS_PASSIVE => true,
                cat::COUNTABLE => !counted_only || counted(measure, h),
                _ => false,
            })
            .any(|h| !besides(m.word(h.start as usize)))
}

/// A measure that is "(The) number of …": what it counts, up to what that is said of
/// ("worksheet packs" posted to the family, "sessions" the social worker has with Jimmy),
/// and whether that is the outcome's own change ("Number of dry nights" for "Ellie will
/// have more dry nights") rather than something else ("worksheet packs" for "Mikey will
/// do English and maths four mornings a week").
fn counted_things<'a>(measure: &Scanned<'a>, description: &Scanned) -> Option<(&'a str, bool)> {
    let text = &measure.text;
    let number = usize::from(text.word_or_none(0) == "the");
    if text.word_or_none(number) != "number" || text.word_or_none(number + 1) != "of" {
        return None;
    }
    // "Number of the lates": from the thing itself.
    let first =
        number + 2 + usize::from(matches!(text.word_or_none(number + 2), "the" | "a" | "her" | "his" | "their"));
    if first >= text.toks.len() {
        return None;
    }
    let (_, end) = measure.clause(first);
    const SAID_OF: [&str; 14] =
        ["the", "that", "which", "who", "with", "given", "posted", "sent", "to", "by", "from", "about", "in", "at"];
    // At most four words: "hate crime reporting leaflets".
    let stop = (first + 1..end).find(|&j| SAID_OF.contains(&text.word(j))).unwrap_or(end).min(first + 4);
    let own = (first..stop).any(|j| {
        let w = first_four(text.word(j));
        text.toks[j].letters >= 4 && description.stems(COMMON).any(|d| d == w)
    });
    Some((text.span(first, stop), own))
}

/// A measure that only shows that something was given, delivered, booked or paid for, and
/// names nothing the outcome does: "Lacey has been given a free toothbrush pack by the
/// health visitor" for "Ava will only have milk or water in her bottle"; "Kayla's Family
/// Nurse visits are now booked weekly" for "Ezra's weight will be back up to his line";
/// "Mum has bought a Year 7 maths textbook" for "Millie will do 30 minutes of maths".
/// What was provided cannot show that the change happened. Not when what was provided is
/// what the outcome names ("Sam to have a bed of his own" / "…once it is delivered";
/// "Dad will claim Universal Credit" / "the Universal Credit award letter"), nor when the
/// measure also names a record or someone who sees the change ("…, and the health visitor
/// sees where Louie sleeps"; "the booking record shows Zayn stayed").
fn provided_only<'a>(measure: &Scanned<'a>, description: &Scanned) -> Option<&'a str> {
    const PROVIDED: [&str; 8] =
        ["given", "delivered", "booked", "registered", "received", "invoice", "award", "bought"];
    // The papers that say it was provided and the words around them (by their first four
    // letters: "letter", "notes", "confirming", "delivery", "showing", "booking") are not
    // what was; nor is a list given ("given a list of local youth activities"), unless it
    // is one someone keeps.
    const PAPERS: [&str; 6] = ["lett", "note", "conf", "deli", "show", "book"];
    // An outcome that is itself to have, get or pay for something may be shown by what was
    // provided under another name: "Mum gets the benefits she is due" by "her Universal
    // Credit award letter", "Mia has a school place" by "registered at Oak Primary",
    // "the heating works" by "the new boiler's invoice"; nor one about giving, signing or
    // moving ("Mum will give permission" by "consent form received", "rehoused by June" by
    // "keys given by the council"), nor one about asking ("Mum will ask the housing team to
    // raise the family's priority" by "their letter confirming they have received it").
    let d = &description.text;
    let having = |i| {
        matches!(
            d.word(i),
            "have"
                | "has"
                | "having"
                | "get"
                | "gets"
                | "getting"
                | "receive"
                | "receives"
                | "claim"
                | "claims"
                | "apply"
                | "applies"
                | "afford"
                | "pay"
                | "pays"
                | "paid"
                | "place"
                | "access"
                | "work"
                | "works"
                | "working"
                | "give"
                | "gives"
                | "sign"
                | "signs"
                | "move"
                | "moves"
                | "moved"
                | "rehoused"
        )
    };
    let m = &measure.text;
    // Asking, where the measure shows the request itself arrived ("their letter confirming
    // they have received the request"); not "Lily will ask a teacher for help" by "given a
    // time-out card".
    let asking = (0..d.toks.len()).any(|i| matches!(d.word(i), "ask" | "asks" | "request" | "requests"))
        && (0..m.toks.len()).any(|i| m.word(i).starts_with("request") || m.word(i).starts_with("appli"));
    if asking || (0..d.toks.len()).any(having) {
        return None;
    }
    let at = (0..m.toks.len()).find(|&i| PROVIDED.contains(&m.word(i)) && !m.toks[i].has(IN_CONDITION))?;
    let kept = (0..m.toks.len()).any(|i| matches!(m.word(i), "keep" | "keeps" | "kept"));
    // "…confirms Poppy is registered and attended" says she went.
    let shows = (0..m.toks.len()).any(|i| m.word(i).starts_with("attend"))
        || shows_more(measure, true, |w| {
            PAPERS.contains(&first_four(w)) || PROVIDED.contains(&w) || w == "list" && !kept
        });
    if shows {
        return None;
    }
    // What was provided: the measure's own words, less who provided it ("by the school",
    // "from the council", "The GP surgery confirms they are given") and a person's name
    // ("Dawit has been given…"); service names ("Rainbow Nursery") stay.
    let toks = &m.toks;
    let from = (0..at).rev().find(|&i| matches!(first_four(m.word(i)), "conf" | "show")).map_or(0, |i| i + 1);
    let mut agent = false;
    let mut what = Vec::new();
    // Where each word of `what` is, for its topics.
    let mut at_what = vec![false; toks.len()];
    for i in from..toks.len() {
        if toks[i].has(BARRIER_BEFORE) {
            agent = false;
        }
        let w = m.word(i);
        agent |= matches!(w, "by" | "from");
        let lone_name = toks[i].has(CAP)
            && !(i > 0 && toks[i - 1].has(CAP) && !toks[i].has(BARRIER_BEFORE))
            && !(i + 1 < toks.len() && toks[i + 1].has(CAP) && !toks[i + 1].has(BARRIER_BEFORE));
        let t = &toks[i];
        if agent || lone_name || t.letters < 4 || t.has(DIGIT) || t.covers & NOT_TOPICAL != 0 {
            continue;
        }
        let stem = first_four(w);
        if !PAPERS.contains(&stem) && !PROVIDED.contains(&w) {
            what.push(stem);
            // Not what is booked ("an appointment has been booked" is no filled tooth).
            at_what[i] = !["appo", "visi", "sess", "plac"].contains(&stem);
        }
    }
    let here = |h: &&Hit| h.cat == cat::TOPIC && at_what[h.start as usize] && h.id < 32;
    let topics = measure.hits.iter().filter(here).fold(0u32, |a, h| a | 1 << h.id);
    // Named in the outcome in its own words, or in another word of the same topic ("all
    // vaccinations were given" for "up to date with her jabs").
    let named =
        description.stems(COMMON).any(|d| what.contains(&d)) || topics & topics_besides_people(description) != 0;
    (!what.is_empty() && !named).then(|| m.span(at, at + 1))
}

/// Someone seeing or confirming something: not "to check" (a task, not an event), not
/// after "if", and not of something vague ("the school sees an improvement"), which is
/// said in one of the clauses `vague`.
fn witnessed(s: &Scanned, h: &Hit, vague: &[u32]) -> bool {
    let i = h.start as usize;
    // Not "Mum to check", but "brings the medicines to clinic for Dr Okafor to check": a
    // worker, or a name that is not the family's, just before "to", after "for" in the same
    // clause ("Ask for Mum to check" is still her own word).
    let for_someone = i > 2 && {
        let t = &s.text.toks[i - 2];
        let worker = t.covers & (1 << cat::ROLE) != 0;
        let named = t.has(CAP) && !t.has(SENT_START) && !s.is(i - 2, cat::SUBJECT) && !s.is(i - 2, cat::TITLE);
        let by = (i.saturating_sub(5)..i - 2).rev().find(|&j| s.text.word(j) == "for");
        (worker || named) && by.is_some_and(|f| f >= s.clause(i - 1).0)
    };
    let after_to = i > 0 && s.text.word(i - 1) == "to" && !s.text.toks[i].has(BARRIER_BEFORE) && !for_someone;
    // "Mum reports this is happening", "Mum will tell her social worker she has not drunk"
    // are her own word, as "Mum says" is: a measure that starts with Mum, Dad or another
    // relative, and that word in its first four ("the school tells the social worker", "the
    // worker who visits Mum tells…" are theirs).
    let own_word = i < 4 && s.is(0, cat::TITLE) && matches!(s.text.word(i), "reports" | "tell" | "tells" | "told");
    !after_to && !own_word && !s.text.toks[i].has(IN_CONDITION) && !s.in_clauses(i, vague)
}

/// "Seen … by the health visitor": a witness named after a passive, at one of `bys` (the
/// words "by" before someone, in order) later in its clause.
fn by_someone(s: &Scanned, h: &Hit, bys: &[u32]) -> bool {
    let (_, b) = s.clause(h.start as usize);
    any_in(bys, h.end as usize, b)
}

/// "Delivery confirmed", "College enrolment confirmed": an event confirmed, by whoever
/// made it; not "Each confirmed", "They confirmed", "Was confirmed", "Not yet confirmed"
/// (a negation or "yet" before it in its clause: one of `nots`, in order; found once, as a
/// clause read for each "confirmed" in it took most of a second in a long pasted text).
fn confirmed(s: &Scanned, h: &Hit, nots: &[u32]) -> bool {
    let i = h.start as usize;
    const NOT_AN_EVENT: [&str; 16] = [
        "each", "all", "both", "every", "it", "this", "that", "is", "are", "was", "were", "be", "been", "and", "or",
        "outcome",
    ];
    s.text.word(i) == "confirmed"
        && i > 0
        && !s.text.toks[i].has(BARRIER_BEFORE)
        && !PRONOUNS.contains(&s.text.word(i - 1))
        && !NOT_AN_EVENT.contains(&s.text.word(i - 1))
        && !any_in(nots, s.clause(i).0, i)
}

/// Does token `i` start a time rather than a person: "(by) March", "14 December", "the end
/// of term", "Christmas"?
fn when(s: &Scanned, i: usize) -> bool {
    let i = if s.text.word(i) == "the" && i + 1 < s.text.toks.len() { i + 1 } else { i };
    let season = matches!(s.text.word(i), "christmas" | "easter" | "half" | "summer" | "spring" | "autumn" | "winter");
    let point = matches!(s.text.word(i), "then" | "next" | "review" | "end" | "time" | "start");
    s.text.toks[i].has(DIGIT) || s.is(i, cat::MONTH) || season || point
}

/// A countable thing ("appointments") with a quantifier up to three words before it in
/// the same clause ("no missed appointments", "all appointments"), but not the hope said
/// again ("no further incidents").
fn counted(s: &Scanned, h: &Hit) -> bool {
    let start = h.start as usize;
    let toks = &s.text.toks;
    for i in (start.saturating_sub(3)..start).rev() {
        if toks[i + 1].has(BARRIER_BEFORE) {
            return false;
        }
        if s.starts_any(i, mask(&[cat::HOPE_AGAIN])) {
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

/// Terms explained in an outcome: jargon (by id) and other acronyms (as typed), next to a
/// bracket: "CAMHS (children's mental health)", "Improving Access to Psychological
/// Therapies (IAPT, the NHS talking therapy service)". Explained once, a term is plain
/// everywhere in the outcome. And jargon typed as a programme's name, with capitals and
/// then a course ("the Step Up sessions"): typed so, it is the name everywhere in the
/// outcome ("Step Up attendance record"), but typed in lower case it is still jargon.
#[derive(Debug, Default)]
pub(crate) struct Explained<'a> {
    jargon: Vec<u16>,
    acronyms: Vec<&'a str>,
    programmes: Vec<u16>,
    /// Whether the outcome or a need it answers speaks of marriage ("her parents say she can
    /// go only if she is engaged to her cousin"): then "engaged" and "engagement" are to be
    /// married.
    pub marriage: bool,
}

/// Is jargon hit `h` typed like a name: two words or more, each with a capital (not all
/// capitals)?
fn programme(s: &Scanned, h: &Hit) -> bool {
    let toks = &s.text.toks[h.start as usize..h.end as usize];
    toks.len() > 1 && toks.iter().all(|t| t.has(CAP) && !t.has(ALL_CAPS))
}

impl<'a> Explained<'a> {
    pub fn add(&mut self, s: &Scanned<'a>) {
        self.marriage |= (0..s.text.toks.len()).any(|j| {
            marriage_word(s.text.word(j))
                || matches!(s.text.word(j), "engaged" | "promised") && s.text.word_or_none(j + 1) == "to"
                || s.text.word(j) == "engagement"
                    && (j + 1..s.text.toks.len().min(j + 4)).any(|k| s.text.word(k) == "arranged")
        });
        let toks = &s.text.toks;
        // "SSAFA, the armed forces charity", "SUDEP Action, a charity for families after a
        // death from epilepsy": a name, then a comma and what kind of thing it is; not a list
        // ("the IDVA, the school and the GP").
        const KIND: [&str; 17] = [
            "charity",
            "service",
            "team",
            "group",
            "scheme",
            "programme",
            "course",
            "organisation",
            "helpline",
            "line",
            "club",
            "project",
            "fund",
            "app",
            "website",
            "guide",
            "centre",
        ];
        let glossed = |i: usize| {
            let mut j = i + 1;
            while j < toks.len() && j < i + 4 && !toks[j].has(BARRIER_BEFORE) && toks[j].has(CAP) {
                j += 1;
            }
            if !(j + 1 < toks.len() && toks[j].has(BARRIER_BEFORE) && !toks[j].has(SENT_START)) {
                return false;
            }
            let end = (j + 1..toks.len()).find(|&k| toks[k].has(BARRIER_BEFORE)).unwrap_or(toks.len());
            matches!(s.text.word(j), "a" | "an" | "the")
                && (j + 1..end).any(|k| KIND.contains(&s.text.word(k)))
                && !(j + 1..end).any(|k| matches!(s.text.word(k), "and" | "or"))
        };
        // "WAY Widowed and Young": the acronym, then (from `from`) the words it stands for,
        // capitalised but for small joining words (not "The TA takes Alfie", whose letters
        // come by chance).
        // Small words may stand for a letter ("Widowed And Young") or be passed over
        // ("English as an Additional Language" for "EAL"): both are tried.
        let small = |j: usize| {
            !toks[j].has(ALL_CAPS)
                && matches!(s.text.word(j), "and" | "of" | "for" | "the" | "to" | "as" | "an" | "a" | "in")
        };
        let spelled_at = |i: usize, from: usize| {
            let letters = s.text.span(i, i + 1).as_bytes();
            if letters.len() < 3 {
                return false;
            }
            let starts =
                |j: usize, l: &u8| s.text.span(j, j + 1).as_bytes().first().is_some_and(|f| f.eq_ignore_ascii_case(l));
            // The bracket that opens before the words is no break in them.
            let joined = |j: usize| j == from && toks[j].has(IN_PAREN) || !toks[j].has(BARRIER_BEFORE);
            let mut j = from;
            let strict = letters.iter().all(|l| {
                let ok = j < toks.len() && joined(j) && (toks[j].has(CAP) || small(j)) && starts(j, l);
                j += 1;
                ok
            });
            let mut j = from;
            let passed = letters.iter().all(|l| {
                // At most two small words before each letter's word.
                let most = j + 2;
                while j < toks.len().min(most) && joined(j) && small(j) {
                    j += 1;
                }
                let ok = j < toks.len() && joined(j) && toks[j].has(CAP) && starts(j, l);
                j += 1;
                ok
            });
            strict || passed
        };
        let spelled = |i: usize| spelled_at(i, i + 1);
        // "the PANTS rules (the NSPCC guide to …)", "Her EAL teacher (English as an
        // Additional Language teacher)": a bracket, after the word the acronym names, that
        // says what it is or spells it out.
        // Also "IWM North (the Imperial War Museum in Manchester)", where the bracket
        // spells the acronym out after a name's next word.
        let next_bracketed = |i: usize| {
            toks.get(i + 1).is_some_and(|n| n.has(PAREN_AFTER) && !n.has(BARRIER_BEFORE))
                && (!toks[i + 1].has(CAP) && matches!(s.text.word_or_none(i + 2), "the" | "a" | "an")
                    || spelled_at(i, i + 2))
        };
        let bracketed = |i: usize| {
            toks[i].has(IN_PAREN) || toks[i].has(PAREN_AFTER) || next_bracketed(i) || glossed(i) || spelled(i)
        };
        for h in s.of(cat::JARGON) {
            let (first, last) = (&toks[h.start as usize], &toks[h.end as usize - 1]);
            if programme(s, h) && s.is(h.end as usize, cat::COURSE) && !self.programmes.contains(&h.id) {
                self.programmes.push(h.id);
            }
            let named = first.has(UPPER2) && glossed(h.end as usize - 1);
            if (first.has(IN_PAREN) || last.has(PAREN_AFTER) || named) && !self.jargon.contains(&h.id) {
                self.jargon.push(h.id);
            }
        }
        for (i, t) in toks.iter().enumerate() {
            if t.has(ALL_CAPS) && t.letters >= 2 && bracketed(i) {
                self.acronyms.push(s.text.span(i, i + 1));
            }
        }
    }
}

/// Is jargon hit `h` part of someone's job title or a record's name ("the designated
/// safeguarding lead", "Mrs Hughes, the Emotional Literacy Support Assistant", "the
/// school safeguarding log")? A family hears those as names. Not an acronym's as typed:
/// "the CAMHS worker" is still a word a family may not know.
fn in_title(s: &Scanned, h: &Hit) -> bool {
    let toks = &s.text.toks;
    let (start, end) = (h.start as usize, h.end as usize);
    if toks[start].has(UPPER2) {
        return false;
    }
    // A name typed with capitals runs on ("Emotional Literacy Support Assistant").
    let mut j = end;
    if programme(s, h) {
        while j < end + 2 && toks.get(j).is_some_and(|t| t.has(CAP)) {
            j += 1;
        }
    }
    let last = if j > end { s.text.word(j - 1) } else { s.text.word_or_none(j) };
    matches!(
        last,
        "lead"
            | "leads"
            | "officer"
            | "officers"
            | "assistant"
            | "worker"
            | "log"
            | "file"
            | "system"
            | "record"
            | "folder"
    )
}

/// "No engagement, nikah (religious wedding) or marriage will be arranged", "will not be
/// engaged at Eid": an engagement to be married, not taking part. Said so by a word of
/// marriage in the eight words either side, by "engaged to her cousin" or "engaged at Eid",
/// or by "engagement party", "ring" or "ceremony"; not "Dad will be engaged." or "engaged
/// with" or "in", which still mean taking part.
pub(crate) fn betrothal(s: &Scanned, h: &Hit, marriage: bool) -> bool {
    let (i, toks) = (h.start as usize, &s.text.toks);
    let (w, after) = (s.text.word(i), s.text.word_or_none(i + 1));
    if !matches!(w, "engagement" | "engaged") || matches!(after, "with" | "in") {
        return false;
    }
    let next_cap = toks.get(i + 2).is_some_and(|t| t.has(CAP) || t.has(DIGIT));
    let said_so = match w {
        "engaged" => {
            after == "to" && matches!(s.text.word_or_none(i + 2), "her" | "his" | "a" | "an" | "someone" | "their")
                || matches!(after, "at" | "before") && next_cap
        }
        _ => matches!(after, "party" | "ceremony" | "ring" | "to"),
    };
    said_so || marriage || (i.saturating_sub(8)..toks.len().min(i + 9)).any(|j| marriage_word(s.text.word(j)))
}

fn marriage_word(w: &str) -> bool {
    ["marri", "marry", "wedding", "nikah", "rishta", "fianc"].iter().any(|p| w.starts_with(p))
}

/// A jargon hit that counts: acronyms only when typed with capitals.
pub(crate) fn jargon_applies(c: &Compiled, s: &Scanned, h: &Hit) -> bool {
    let Some(entry) = c.jargon.get(h.id as usize) else { return false };
    let single = h.end - h.start == 1;
    !(single && entry.needs_capitals && !s.text.toks[h.start as usize].has(UPPER2))
}

/// "OPAs", "EPs": capitals with a plural "s".
fn plural_acronym(text: &Text, i: usize) -> bool {
    let w = text.span(i, i + 1);
    w.len() >= 3 && w.ends_with('s') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_uppercase())
}

/// At most this many unfamiliar terms are listed for one field.
const MAX_TERMS: usize = 12;

pub(crate) fn plain<'a, 'c>(c: &'c Compiled, s: &Scanned<'a>, explained: &Explained) -> Plain<'a, 'c> {
    let settings = &c.settings;
    let mut out = Plain::default();
    let mut seen: Vec<u16> = Vec::new();
    for h in s.of(cat::JARGON) {
        if out.jargon.len() >= MAX_TERMS {
            break;
        }
        // One word found by two entries ("CIN" and "CiN", each matching either way) is named once.
        let repeated = out.jargon.iter().any(|(j, _)| *j == s.span(h));
        // "Contextual safeguarding" and "engages with" are one term each, not also
        // "safeguarding" and "engages"; of two that overlap ("to evidence that"), the first.
        // The longer or first term's plain words replace all its words. A term inside a
        // name families know ("Statutory Sick Pay") is plain.
        let len = |x: &Hit| x.end - x.start;
        // (Only hits starting near this one can overlap it: no term is twelve words long. A
        // long pasted text of one repeated term stays quick.)
        let near = s.hits.partition_point(|x| x.start + 12 < h.start);
        let inside = s.hits[near..].iter().take_while(|o| o.start < h.end).any(|o| {
            o.cat == cat::JARGON && h.start < o.end && (len(o) > len(h) || (len(o) == len(h) && o.start < h.start))
                || o.cat == cat::FAMILIAR && o.start <= h.start && o.end >= h.end
        });
        // One entry's other spellings ("engages", "engaged") are named once; its other
        // acronyms ("DV", "DA") each, so that mending one does not bring up the next.
        let again = seen.contains(&h.id) && !c.jargon[h.id as usize].needs_capitals;
        let named = explained.programmes.contains(&h.id) && programme(s, h);
        if !jargon_applies(c, s, h) || explained.jargon.contains(&h.id) || named || again || repeated || inside {
            continue;
        }
        if in_title(s, h) || betrothal(s, h, explained.marriage) {
            continue;
        }
        seen.push(h.id);
        out.jargon.push((s.span(h), c.jargon[h.id as usize].plain.as_str()));
    }
    let toks = &s.text.toks;
    if settings.flag_unknown_acronyms && toks.iter().any(|t| t.has(UPPER2)) && !s.shouting() {
        // An all-capitals token covered by a jargon or familiar hit is dealt with (jargon
        // typed in capitals always applies).
        const KNOWN: u64 = mask(&[cat::JARGON, cat::FAMILIAR]);
        for (i, t) in toks.iter().enumerate() {
            if out.jargon.len() >= MAX_TERMS {
                break;
            }
            let acronym = (t.has(ALL_CAPS) || plural_acronym(&s.text, i))
                && !t.has(DIGIT)
                && t.letters >= settings.acronym_min_letters
                && t.letters <= settings.acronym_max_letters;
            let shown = s.text.span(i, i + 1);
            // "GOV.UK": a web address, not an acronym.
            let web = toks.get(i + 1).is_some_and(|n| !n.has(SPACE_BEFORE))
                && matches!(s.text.word_or_none(i + 1), "uk" | "com" | "org" | "net");
            if acronym
                && !web
                && !explained.acronyms.contains(&shown)
                && !t.has(IN_PAREN)
                && !t.has(PAREN_AFTER)
                && t.covers & KNOWN == 0
                && !out.jargon.iter().any(|(j, _)| *j == shown)
            {
                out.jargon.push((shown, c.phrase("unknownAcronym")));
            }
        }
    }
    let max = c.settings.long_sentence_words;
    out.longest = s.text.sentence_words.iter().copied().filter(|&w| w > max).max().unwrap_or(0);
    out
}

/// Words that make a clause a demand (and after which "to learn how" is why).
const DEMAND_VERB: u64 = mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB, cat::VAGUE]);

/// Separate demands in a description: clauses with a verb, split at commas, semicolons,
/// sentence ends and joining words ("and", "as well as"). Not demands of their own: a
/// condition or a reason ("when…", "so that…", "until…"), what a bracket explains, the
/// same demand put the other way ("…, not tell him off"), one word between commas that
/// says how something is ("Harvey is up, washed, dressed and…"), and the parts of one demand
/// spelled out after a colon ("follow a written crying plan: put Alfie down…, leave the
/// room… and ring his brother"; but "Mum will: …" and "three goals: …" list demands) or
/// after "including", "such as" or "which is" ("a bedtime routine, including a bath, a
/// story and lights out by 8pm").
pub(crate) fn demands(c: &Compiled, s: &Scanned) -> usize {
    let toks = &s.text.toks;
    let mut separators = s.of(cat::SEPARATOR).peekable();
    let mut count = 0;
    let mut has_verb = false;
    // What spells out a demand's parts, if anything: a colon's steps run to the next
    // "and … will" or the sentence's end; the parts after "including" also stop at a verb
    // that starts a clause ("…, such as the GP and dentist, stop drinking, find a job") or at
    // "will" soon after a comma, a semicolon or "and" ("; Dad will…", "…, and the health
    // visitor will…").
    const COLON: u8 = 1;
    const WORDS: u8 = 2;
    let mut spelled_out = 0u8;
    let mut contrast = false;
    // A long list is as many demands, verbs or not: "a diary of meals, sleep, moods, …".
    let mut list = List::default();
    // One person's demands are what make an outcome too much for them: a sentence led by
    // someone else ("… Esme will take the barricade down", "Freya's hitting will fall")
    // counts for that person, and one who comes back adds to their own; but a pile for the
    // whole family is still a pile (more than twice `maxDemands` in all).
    let mut loads: Vec<(&str, usize)> = Vec::new();
    let mut whose = "";
    // "Paula will not force the door; she will knock…": what she will do instead, after a
    // semicolon, is the same demand put the other way, and the "will not" clause no demand
    // of its own.
    let mut negated = false;
    let mut contingency = false;
    let mut before_contingency = "";
    let quoted = quoted(&s.text);
    let mut i = 0;
    while i < toks.len() {
        let w = s.text.word(i);
        // A sentence, or a clause after a semicolon ("…; Dad will do them instead").
        // "If she is late, Mum will ring her, then Auntie Grace…": what happens if the plan
        // slips (a family's plan names it; reading 14) is a load of its own, not more for
        // the child to do; the sentence after it goes back to whoever came before.
        if toks[i].has(SENT_START) {
            let now = matches!(w, "if" | "otherwise");
            if now != contingency {
                let (from, to) = if now { (whose, CONTINGENCY) } else { (CONTINGENCY, before_contingency) };
                add_load(&mut loads, from, count + usize::from(has_verb));
                if now {
                    before_contingency = whose;
                }
                (count, has_verb, whose, contingency) = (0, false, to, now);
            }
            list.close(i, &s.text);
            (list.items, list.things) = (0, false);
            spelled_out = 0;
        }
        // A later sentence that says what something is asks nothing: "This letter sets out
        // the law…", "The High Commission is the UK's embassy there."
        if i > 0 && toks[i].has(SENT_START) && aside(s, i) {
            i = s.sentence_end(i);
            continue;
        }
        if toks[i].has(SENT_START) || toks[i].has(SEMI_BEFORE) {
            let person = |j: usize| {
                toks[j].has(CAP) && s.is(j, cat::SUBJECT) && !PRONOUNS.contains(&s.text.word(j))
                    || toks[j].unlisted_capital()
            };
            // "Dad will…", "Esme's…", and "Her friend Nell will…" (Nell's; not "Leah and
            // Claire will…", both of theirs).
            let named = if toks[i].has(POSSESSIVE) || s.text.word_or_none(i + 1) == "will" {
                Some(i).filter(|&j| person(j))
            } else {
                (i + 1..(i + 4).min(toks.len()))
                    .find(|&j| s.text.word(j) == "will")
                    .and_then(|v| (i..v).rev().find(|&j| person(j) && !toks[j].has(POSSESSIVE)))
                    .filter(|&j| (i + 1..=j).all(|k| !toks[k].has(BARRIER_BEFORE) && !s.is(k, cat::SEPARATOR)))
            };
            if let Some(j) = named.filter(|&j| s.text.word(j) != whose) {
                add_load(&mut loads, whose, count + usize::from(has_verb));
                (count, has_verb, whose) = (0, false, s.text.word(j));
            }
        }
        // A colon: its steps are one demand's, also after "a plan for" ("a plan for when Mum
        // comes round drunk: go to my room, text Nan…"), unless what comes before it lists
        // demands: not "Mum will: stop drinking, …", "the following: …" nor "three goals:
        // …" ("Mum will:" is no demand of its own). How often ("the bedtime routine every
        // night: bath, story, …", "nightly:") counts no things; a number or a one-word
        // amount ("three") does.
        if i > 0 && toks[i].has(COLON_BEFORE) {
            let (from, _) = s.clause(i - 1);
            const QUANTITY: u64 = 1 << cat::QUANTITY;
            let counted = (from..i).any(|j| {
                toks[j].starts & QUANTITY != 0 && toks[j + 1].covers & QUANTITY == 0 && !s.text.word(j).ends_with("ly")
                    || toks[j].has(DIGIT)
            });
            let before = s.text.word(i - 1);
            // "One of her three calm-down steps: leave the room, put music on, or text her
            // aunt" is a choice of one.
            let one_of = (from + 1..i).any(|j| s.text.word(j - 1) == "one" && s.text.word(j) == "of")
                // Nor the steps someone will be able to say: "say his 3 steps if he feels the
                // urge …: stop, put the phone down, talk to his uncle".
                || (from..i).any(|j| {
                    matches!(s.text.word(j), "say" | "tell" | "explain" | "name" | "remember")
                        && (j + 1..(j + 4).min(i)).any(|k| matches!(s.text.word(k), "steps" | "rules" | "words"))
                });
            let lists = AUX.contains(&before)
                || matches!(before, "following" | "things" | "goals" | "changes")
                || counted && !one_of;
            has_verb &= !AUX.contains(&before);
            if lists && spelled_out == WORDS {
                // "a plan for the next three months: stop drinking, find a job, …": the
                // plan, then each demand it lists.
                spelled_out = 0;
                count += usize::from(has_verb);
                has_verb = false;
            } else if !lists && (has_verb || spelled_out == WORDS) {
                spelled_out = COLON;
            }
        }
        // After "including", a separator, comma or semicolon in the four words before a
        // "will"; after a colon, a separator in the two before it; or, after "including", a
        // verb that starts a clause.
        let words = spelled_out == WORDS;
        // Not "how she will let Mum know", "what Mum will do": what the plan says.
        let wh = i > 1 && matches!(s.text.word(i - 2), "what" | "how" | "who" | "where" | "when");
        let ends = spelled_out != 0
            && (s.text.word(i) == "will"
                && !wh
                && (i.saturating_sub(if words { 4 } else { 2 })..i)
                    .any(|k| s.is(k, cat::SEPARATOR) || words && toks[k + 1].has(BARRIER_BEFORE))
                || words
                    && toks[i].starts & DEMAND_VERB != 0
                    && (toks[i].has(BARRIER_BEFORE) || i > 0 && s.is(i - 1, cat::SEPARATOR)));
        if ends {
            spelled_out = 0;
            count += usize::from(has_verb);
            has_verb = false;
        }
        // A card's or a rule's words in quotes are its name: "his 'stop, walk, tell' card".
        if quoted[i] {
            i += 1;
            continue;
        }
        if let Some(h) = s.hit_at(i, cat::SPELLS_OUT).filter(|_| (has_verb || count > 0) && spelled_out == 0) {
            // What the conditions are or what someone is told, "which are that he lives at
            // his aunt's, stays in between 8pm and 7am, does not go …", runs on through its
            // verbs, as a colon's steps do (reading 15: bail conditions counted as four).
            spelled_out = if s.text.word(h.end as usize - 1) == "that" { COLON } else { WORDS };
            i = h.end as usize;
            continue;
        }
        // "Harvey will be told, in simple words, that Daddy has died and cannot come back":
        // what someone is told is the words of one demand ("told that" is in the list).
        let told = |j: usize| {
            matches!(
                s.text.word(j),
                "told"
                    | "tell"
                    | "tells"
                    | "explain"
                    | "explains"
                    | "explained"
                    | "know"
                    | "knows"
                    | "learn"
                    | "learns"
            )
        };
        if w == "that" && toks[i].has(BARRIER_BEFORE) && (has_verb || count > 0) && spelled_out == 0 {
            // In the sentence so far, at most 12 words back: "told" is often a clause before.
            let from =
                (i.saturating_sub(12)..i).rev().find(|&j| toks[j].has(SENT_START)).unwrap_or(i.saturating_sub(12));
            if (from..i).any(told) {
                spelled_out = COLON;
                i += 1;
                continue;
            }
        }
        if spelled_out != 0 {
            i += 1;
            continue;
        }
        if i > 0 && toks[i].has(BARRIER_BEFORE) {
            let instead =
                negated && toks[i].has(SEMI_BEFORE) && PRONOUNS.contains(&w) && s.text.word_or_none(i + 1) == "will";
            count += usize::from(has_verb && !instead);
            (has_verb, negated) = (false, false);
            // A bracket is inside an item ("rubella (MMR) jab"), unless a comma follows it
            // ("the dentist (Mr Patel), the eczema clinic").
            let (lo, hi) = (s.text.range(i - 1).end, s.text.range(i).start);
            let bracket = toks[i].has(IN_PAREN) || toks[i - 1].has(IN_PAREN) && !s.text.orig[lo..hi].contains(',');
            if !bracket {
                list.close(i, &s.text);
            }
            // "praise him with a sticker, not tell him off": the same demand put the
            // other way; "Harvey is up, washed, dressed and …": one word between commas,
            // a state of the same routine.
            let state = w.ends_with("ed")
                && (toks.get(i + 1).map_or(true, |t| t.has(BARRIER_BEFORE)) || s.is(i + 1, cat::SEPARATOR));
            // "… so that she understands what has happened, what the school is doing and
            // what Abdi has been watching": each "what" goes on with what she understands.
            let what = matches!(w, "what" | "how" | "why") && !toks[i].has(SENT_START);
            contrast = !toks[i].has(SENT_START) && (w == "not" || state || what);
        }
        while separators.peek().is_some_and(|h| (h.start as usize) < i) {
            separators.next();
        }
        // "so she can get in and out": a condition's "and" joins no demands; nor does the
        // "also" of "will also" or "and also", which is one join at most.
        let joined = i > 0 && (s.text.word(i - 1) == "will" || s.is(i - 1, cat::SEPARATOR));
        // "she will be changed and dressed in clean clothes": two states of one routine.
        const CARE: [&str; 7] = ["changed", "dressed", "washed", "fed", "bathed", "showered", "clothed"];
        let states = i > 0 && CARE.contains(&s.text.word(i - 1)) && CARE.contains(&s.text.word_or_none(i + 1));
        if let Some(sep) =
            separators.peek().filter(|h| h.start as usize == i && !toks[i].has(IN_CONDITION) && !joined && !states)
        {
            count += usize::from(has_verb);
            // "…, what the school is doing and what Abdi has been watching": still what she
            // understands.
            let more = contrast && matches!(s.text.word_or_none(sep.end as usize), "what" | "how" | "why");
            (has_verb, contrast) = (false, more);
            list.close(i, &s.text);
            i = (sep.end as usize).max(i + 1);
            list.from = i;
            continue;
        }
        negated |= matches!(w, "not" | "never") && i > 0 && s.text.word(i - 1) == "will";
        // "When a flashback starts, …" says when, and is no demand of its own; nor is
        // what a bracket explains ("Shout (the free text line)").
        // "the signs of online extremism and the controls on his phone": after "the", a
        // thing, not a doing.
        let thing = i > 0 && matches!(s.text.word(i - 1), "the" | "a" | "an" | "his" | "their" | "its");
        // "…, as Dr Ford's plan says": whose plan it is, not something more to do (an "as"
        // after a comma, in the same clause, at most four words before).
        let cited = matches!(w, "says" | "said" | "shows") && {
            let from = s.clause(i).0;
            from < i && from + 5 >= i && s.text.word(from) == "as" && toks[from].has(BARRIER_BEFORE)
        };
        has_verb |= toks[i].starts & DEMAND_VERB != 0
            && !toks[i].has(IN_CONDITION)
            && !toks[i].has(IN_PAREN)
            && !contrast
            && !thing
            && !cited;
        i += 1;
    }
    add_load(&mut loads, whose, count + usize::from(has_verb));
    let all: usize = loads.iter().map(|l| l.1).sum();
    let most = loads.iter().map(|l| l.1).max().unwrap_or(0);
    let count = if all > 2 * c.settings.max_demands { all } else { most };
    list.close(toks.len(), &s.text);
    if list.longest > c.settings.max_list_items {
        count.max(list.longest)
    } else {
        count
    }
}

/// Does the sentence starting at `i` only say what something already named is? It starts
/// "This", "These" or "It" ("This letter sets out the law and is often called …"), or with
/// a name the outcome has just used (in the 40 words before) and "is" or "are" ("The High
/// Commission is the UK's embassy there"); and it asks nothing ("will", "must", "to",
/// "should", "means") of anyone it names.
fn aside(s: &Scanned, i: usize) -> bool {
    let toks = &s.text.toks;
    let end = s.sentence_end(i);
    // Nor one about someone ("This means Mum cooks a hot meal each night, keeps …").
    let asks = (i..end).any(|j| {
        matches!(s.text.word(j), "will" | "must" | "should" | "to" | "can" | "needs" | "means" | "mean")
            || s.is(j, cat::SUBJECT)
            || s.is(j, cat::TITLE)
    });
    if asks {
        return false;
    }
    let first = if s.text.word(i) == "the" { i + 1 } else { i };
    let mut j = first;
    while j < end && toks[j].has(CAP) && !toks[j].has(ALL_CAPS) {
        j += 1;
    }
    let named = j > first
        && matches!(s.text.word_or_none(j), "is" | "are")
        && (first..j).all(|k| (i.saturating_sub(40)..i).any(|e| s.text.word(e) == s.text.word(k)));
    matches!(s.text.word(i), "this" | "these" | "it") || named
}

/// Which words are inside short quotes (at most eight words) that hold a comma: "his 'stop,
/// walk, tell' card". A quote opens after a space or a bracket and closes straight after a
/// word; an apostrophe inside a word ("doesn't") or after one ("the parents' evening", with
/// no quote open) is neither.
fn quoted(t: &Text<'_>) -> Vec<bool> {
    const QUOTES: [char; 6] = ['\'', '‘', '’', '"', '“', '”'];
    let n = t.toks.len();
    let mut out = vec![false; n];
    let gap = |i: usize| {
        let lo = if i == 0 { 0 } else { t.range(i - 1).end };
        &t.orig[lo..t.range(i).start]
    };
    let mut i = 0;
    while i < n {
        let g = gap(i);
        let opens = g.ends_with(QUOTES) && {
            let before = g.trim_end_matches(QUOTES);
            before.is_empty() && i == 0 || before.ends_with(|c: char| c.is_whitespace() || c == '(')
        };
        // The quote closes straight after a word, within eight words.
        let close = opens.then(|| (i + 1..n.min(i + 9)).find(|&j| gap(j).starts_with(QUOTES))).flatten();
        // Only a name made of a list ("'stop, walk, tell'"): quoted demands are still
        // demands ("'stop hitting', 'go to school every day', …").
        let close = close.filter(|&j| (i + 1..j).any(|k| gap(k).contains(',')));
        match close {
            Some(j) => {
                out[i..j].iter_mut().for_each(|q| *q = true);
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

/// Whose load the demands of an "If …" sentence are: no word is this.
const CONTINGENCY: &str = " if";

/// Adds `n` demands to `who`'s.
fn add_load<'a>(loads: &mut Vec<(&'a str, usize)>, who: &'a str, n: usize) {
    match loads.iter_mut().find(|l| l.0 == who) {
        Some(l) => l.1 += n,
        None => loads.push((who, n)),
    }
}

/// The longest list in a description, in items: a run of short stretches (at most
/// `ITEM_WORDS` words) between commas and "and"s, after one of any length ("Mum will go to
/// a parenting course, a baby group, college, …"). A longer stretch starts a new run, so a
/// long sentence with many commas ("…every time Daisy has a seizure, with the time, what
/// happened before, how long it lasted and what she did, in the seizure diary the nurse
/// gave her") is not counted as one list of all its parts. Things to get are one demand,
/// not a list of them: "get together the cot, mattress, bedding, bottles, …" is getting
/// the home ready for the baby, and readers said splitting it into ten outcomes would make
/// a worse plan.
#[derive(Default)]
struct List {
    items: usize,
    longest: usize,
    /// Where the item being read began.
    from: usize,
    /// The run's items since "get", "buy" or "gather" are the things to get.
    things: bool,
}

impl List {
    /// The words an item of a list has at most, after the first.
    const ITEM_WORDS: usize = 5;
    /// Verbs whose list is of things to get, not of things to do ("gets", "buying").
    const GET: [&'static str; 3] = ["get", "buy", "gather"];

    /// The item being read ends at `at`. A name on its own says who, and is no item: "her
    /// son, Gary, and her neighbour, Ken, in her phone".
    fn close(&mut self, at: usize, text: &Text<'_>) {
        let toks = &text.toks;
        let words = at.saturating_sub(self.from);
        let name = words == 1 && toks.get(self.from).is_some_and(|t| t.unlisted_capital() && !t.has(ALL_CAPS));
        let item = self.from..at.min(toks.len());
        // Something to do, not to get, ends the things: "…, nappies and a car seat, and
        // clean the flat".
        if words > Self::ITEM_WORDS || item.clone().any(|j| toks[j].starts & DEMAND_VERB != 0) {
            self.things = false;
        }
        if words > Self::ITEM_WORDS {
            self.items = 1;
        } else if words > 0 && !name && !self.things {
            self.items += 1;
        }
        // "Get" or "buy" straight before what is got: not "get Leo to nursery, the GP, …",
        // "get up", "get help".
        self.things |= item.clone().any(|j| Self::GET.iter().any(|g| text.word(j).starts_with(g)))
            && !item.clone().any(|j| matches!(text.word(j), "to" | "up" | "help" | "back" | "in" | "out"));
        self.longest = self.longest.max(self.items);
        self.from = at;
    }
}

/// Words for a person that name nobody in particular.
const PRONOUNS: [&str; 12] = ["i", "he", "she", "they", "we", "his", "her", "their", "him", "them", "my", "our"];

/// Words between a professional and their verb: "The social worker will visit".
const AUX: [&str; 9] = ["will", "to", "should", "must", "would", "can", "also", "and", "&"];

/// An outcome about a service's own work, not a change for the child or family: "SW to
/// make a referral", "The health visitor visits every two weeks", "Refer Blessing to Young
/// Carers", "Referral to be made". Returns the words that show it.
pub(crate) fn service_task<'a>(s: &Scanned<'a>) -> Option<&'a str> {
    let toks = &s.text.toks;
    if toks.is_empty() {
        return None;
    }
    // A professional, or a word that joins one to the next: "Police, the school and the
    // youth service will meet".
    let joins = |t: &Tok| t.covers & (1 << cat::ROLE) != 0 || t.starts & (1 << cat::DETERMINER) != 0;
    // The first clause, and the next ones while they start with a professional.
    let (_, mut end) = s.clause(0);
    while end < toks.len()
        && joins(&toks[end])
        && (end..(end + 2).min(toks.len())).any(|j| toks[j].starts & (1 << cat::ROLE) != 0)
    {
        end = s.clause(end).1.max(end + 1);
    }
    // "Nursery to be attended every morning" is the family's doing, not the nursery's: "to
    // be" is left to the passive check below ("Meetings to be held").
    let to_verb_by = |j: usize, end: usize| s.text.word(j) == "to" && j + 1 < end && s.text.word(j + 1) != "be";
    let to_verb = |j: usize| to_verb_by(j, end);
    let det = usize::from(toks[0].starts & (1 << cat::DETERMINER) != 0);
    // A professional as the subject, in the first two words (not "Kyle's school").
    for h in s.of(cat::ROLE) {
        let (i, e) = (h.start as usize, h.end as usize);
        // "Mum's mental health nurse will visit her": still a worker's task; "Kyle's school
        // attendance will…" is not the school's.
        let theirs = || toks[..i].iter().any(|t| t.has(POSSESSIVE)) && s.text.word_or_none(e) != "will";
        if i > det + 1 || e >= end || theirs() {
            continue;
        }
        if toks[..i].iter().any(|t| t.starts & mask(&[cat::SUBJECT, cat::PLACE]) != 0) {
            continue;
        }
        if to_verb(e) {
            return Some(s.text.span(i, e + 2));
        }
        // The professional's own verb, after "will", "and the social worker" and the like (not
        // "the school gives Jay a mentor he meets"); after "to", any verb ("School and
        // Children's Services to have a joined-up approach").
        let mut k = e;
        while k < end && (joins(&toks[k]) || toks[k].has(CAP) || AUX.contains(&s.text.word(k))) {
            if to_verb(k) {
                return Some(s.text.span(i, k + 2));
            }
            k += 1;
        }
        // "School and Mum will agree how…", "… will review Kit's chart": done together with
        // the family, not the school's own work.
        let with_family = (e..k).any(|j| (s.is(j, cat::SUBJECT) || s.is(j, cat::TITLE)) && !s.is(j, cat::ROLE))
            && matches!(s.text.word_or_none(k), "agree" | "agrees" | "review" | "reviews");
        if let Some(v) = s.of(cat::SERVICE_VERB).find(|v| v.start as usize == k && k < end && !with_family) {
            // "The school will invite Mum to a meeting and Mum will agree a morning plan":
            // the family has a change of its own in the same sentence.
            let family_too = (v.end as usize..toks.len())
                .take_while(|&j| !toks[j].has(SENT_START))
                .any(|j| s.is(j, cat::SUBJECT) && s.text.word_or_none(j + 1) == "will");
            if !family_too {
                return Some(s.text.span(i, v.end as usize));
            }
        }
    }
    // An order to a worker.
    if let Some(v) = s.of(cat::IMPERATIVE).find(|v| v.start == 0) {
        return Some(s.span(v));
    }
    // Something services do, in the passive, in any clause: "Logan's wishes to be explored",
    // "Meetings to be held monthly", "needs to be holistically assessed"; but what a parent
    // asks for is theirs ("Mum will ask to be referred to Talking Therapies").
    // Not a review or what happens if not, after an outcome that starts with the family's
    // own change, in the same sentence, in a later clause or after "or": "Mum will not
    // leave Lewis with anyone under 16, or the case will be escalated", "Parents will agree
    // a rota for the night feeds, to be reviewed at core group" (but "Lewis will be seen by
    // CAMHS, and his needs will be assessed" is services' work).
    // A time phrase may come first: "Within 6 weeks, Mum will…", "Every morning, …", "By
    // Leo's birthday, …".
    let person = |j: usize| s.is(j, cat::SUBJECT) || toks[j].unlisted_capital();
    const WHEN: [&str; 9] = ["within", "by", "from", "in", "after", "before", "over", "during", "until"];
    let timed =
        (WHEN.contains(&s.text.word(0)) || !(0..end).any(person)) && end < toks.len() && !toks[end].has(SENT_START);
    let lead = if timed { s.clause(end).1.max(end) } else { end };
    let family_first = (0..lead).any(|j| {
        // "Mum will agree", "Mum will not leave"; not "Lewis will be seen".
        let verb = if s.text.word_or_none(j + 2) == "not" { j + 3 } else { j + 2 };
        let own = verb < lead && s.text.word(verb) != "be";
        j + 1 < lead && person(j) && (s.text.word(j + 1) == "will" && own || to_verb_by(j + 1, lead))
    });
    let then = |h: &Hit| {
        let i = h.start as usize;
        let later = i >= end && !toks[end..=i].iter().any(|t| t.has(SENT_START))
            || (i.saturating_sub(6)..i).any(|j| matches!(s.text.word(j), "or" | "otherwise"));
        family_first
            && later
            && matches!(s.text.word(i), "reviewed" | "escalated" | "considered" | "monitored" | "discussed")
    };
    // (At most the first 64: a long pasted text stays quick.)
    for h in s.of(cat::SERVICE_PASSIVE).filter(|h| !then(h)).take(64) {
        let v = h.start as usize;
        let be = (v.saturating_sub(2)..v)
            .find(|&j| s.text.word(j) == "be" && !toks[j + 1..=v].iter().any(|t| t.has(BARRIER_BEFORE)));
        // "Ruqia will be offered a hot meal each day and eat a full lunch at least 4 days a
        // week": what is offered to someone who then does something (in the next twelve
        // words) is theirs.
        let then_does = |b: usize| {
            const DOES: u64 = mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB]);
            b >= 2
                && person(b - 2)
                && s.text.word(b - 1) == "will"
                && (v + 1..toks.len().min(v + 13)).take_while(|&j| !toks[j].has(SENT_START)).any(|j| {
                    // Not "and seen within 12 weeks", "and have an appointment": still the
                    // service's.
                    let w = s.text.word(j);
                    let given = w.ends_with("ed")
                        || matches!(w, "be" | "seen" | "given" | "done" | "made" | "taken")
                        || matches!(w, "have" | "has" | "get" | "gets")
                            && matches!(s.text.word_or_none(j + 1), "a" | "an");
                    s.text.word(j - 1) == "and" && toks[j].starts & DOES != 0 && !given
                })
        };
        // "A school place will be applied for by Mum": the family's doing. Nor what will
        // not be done: "no engagement or marriage will be arranged for her", "will not be
        // excluded".
        // (A family title: not "by the Family Hub", a service's name, nor "by her social
        // worker".)
        let by_family = (h.end as usize..toks.len().min(h.end as usize + 3)).any(|j| {
            s.text.word(j) == "by"
                && !toks.get(j + 1).map_or(true, |t| t.has(BARRIER_BEFORE))
                && s.is(j + 1, cat::TITLE)
                && !s.is(j + 2, cat::ROLE)
                && !toks.get(j + 2).is_some_and(|t| t.has(CAP) && !t.has(BARRIER_BEFORE))
        });
        // "No" is the passive's own subject, after "that" or at the sentence's start: not "if
        // there is no improvement", "no later than 1 December Jo will be…".
        let denied = |b: usize| {
            let from =
                (b.saturating_sub(10)..b).rev().find(|&j| toks[j].has(SENT_START)).unwrap_or(b.saturating_sub(10));
            let subject = |j: usize| {
                s.text.word(j) == "no"
                    && (toks[j].has(SENT_START) || j > 0 && s.text.word(j - 1) == "that")
                    && !matches!(s.text.word_or_none(j + 1), "later" | "sooner" | "longer" | "more" | "less" | "delay")
                    && !(j + 1..b).any(|k| s.is(k, cat::SUBJECT) || s.is(k, cat::TITLE))
            };
            b > 0 && s.text.word(b - 1) == "not" || b > 1 && s.text.word(b - 1) == "will" && (from..b).any(subject)
        };
        // "Mia will see her GP with Mum and be referred to mental health support, and she
        // will keep a safety plan on her phone": the referral comes of what she does. (It
        // looks at most 30 words either way, and `denied` 10 back, so that a long pasted
        // text stays quick.)
        let own_verb = |b: usize| {
            let (lo, hi) = (b.saturating_sub(30), toks.len().min(v + 30));
            let from = (lo..b).rev().find(|&j| toks[j].has(SENT_START)).unwrap_or(lo);
            let to = (v..hi).find(|&j| toks[j].has(SENT_START)).unwrap_or(hi);
            // (A family member, or a name that starts the sentence, the child's: not "they",
            // "she" or a service's name further on, "… and Kooth will offer her chats".)
            let family = |j: usize| {
                s.is(j, cat::SUBJECT) && !PRONOUNS.contains(&s.text.word(j))
                    || toks[j].has(SENT_START) && toks[j].unlisted_capital()
            };
            (from..to.saturating_sub(2)).any(|j| {
                let verb = if s.text.word(j + 2) == "not" { j + 3 } else { j + 2 };
                family(j) && s.text.word(j + 1) == "will" && verb < to && s.text.word(verb) != "be"
            })
        };
        let theirs = |b: usize| {
            then_does(b) || by_family || denied(b) || own_verb(b) || b > 1 && s.text.word(b - 2).starts_with("ask")
        };
        if let Some(be) = be.filter(|&b| !theirs(b)) {
            let from = if be > 0 && matches!(s.text.word(be - 1), "to" | "will") { be - 1 } else { be };
            return Some(s.text.span(from, h.end as usize));
        }
    }
    // A task as the subject ("Referral to be made"), or all there is ("Referral to the
    // food bank").
    const VERB: u64 =
        mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB, cat::SERVICE_VERB, cat::VAGUE, cat::CHANGE, cat::WITNESS]);
    // "to be made", "will be completed", "is to be held": a task done by someone unnamed.
    let to_be = (0..end).any(|j| s.text.word(j) == "be");
    // Not what comes first: "After meeting Sheikh Hassan at their mosque, Mum and Dad will
    // agree …".
    let first = matches!(s.text.word(0), "after" | "before" | "following" | "once")
        && s.text.word_or_none(1) == "meeting"
        && toks.get(2).is_some_and(|t| t.has(CAP));
    if let Some(n) = s.of(cat::SERVICE_NOUN).find(|n| n.start < 3 && (n.end as usize) <= end && !first) {
        // The noun itself may look like a verb ("Monitoring of attendance").
        let (a, b) = (n.start as usize, n.end as usize);
        let verbless = toks[..end].iter().enumerate().all(|(k, t)| (a..b).contains(&k) || t.starts & VERB == 0);
        if to_be || verbless {
            return Some(s.span(n));
        }
    }
    None
}

/// Going to meetings with workers, not a change for the child: "Mum will attend all CIN
/// meetings and reviews".
pub(crate) fn meetings<'a>(s: &Scanned<'a>) -> Option<&'a str> {
    s.said(cat::MEETINGS).next().map(|h| s.span(h))
}

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
            // Digits only, at most four ("2028"): no need for the general number parser.
            (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0')))
        } else {
            s.hit_at(i, cat::NUMBER).map(|h| i64::from(h.id))
        }
    };
    let unit = |i: usize| s.hit_at(i, cat::TIME_UNIT).and_then(|h| TIME_UNIT_DAYS.get(h.id as usize).copied());
    let month = |i: usize| s.hit_at(i, cat::MONTH).map(|h| u32::from(h.id) + 1);
    let days_to = |d: Option<chrono::NaiveDate>| d.filter(|d| *d > from).map(|d| (d - from).num_days());
    // Clauses with a word for waiting; with `courses`, those naming a course too, and a
    // bracket straight after a course ("the Freedom Programme (26 weeks)").
    let read = |i: usize| {
        s.is(i, cat::WAIT)
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
        let (lo, mut hi) = s.clause(start);
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
        let away = (lo..hi).any(|j| matches!(first_four(s.text.word(j)), "trav" | "away" | "stay"));
        let mut days = None;
        for i in lo..hi {
            // "a 26-week programme", "a nine-month waiting list", "his 1-year vaccinations"
            let hyphened = i + 1 < hi && unit(i + 1).is_some() && s.text.span(i, i + 2).contains('-');
            let names = |c: u8| (i + 2..(i + 6).min(hi)).any(|j| s.is(j, c));
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
            // "have been on the housing list for three years": how long so far, not how long
            // to go.
            let so_far = i > lo + 1
                && s.text.word(i - 1) == "for"
                && (i.saturating_sub(8).max(lo)..i - 1).any(|j| s.text.word(j) == "been")
                && modal.map_or(true, |m| m >= i);
            if so_far {
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
                if m.is_some() || after_until {
                    days = days.max(days_to(chrono::NaiveDate::from_ymd_opt(n as i32, m.unwrap_or(1), 1)));
                }
            }
            // "his 1-year vaccinations", "her 2-year check": a kind of appointment, not a
            // length ("a 26-week domestic abuse programme" is the course's length, "a
            // nine-month waiting list" the wait's).
            let kind = hyphened && !names(cat::COURSE) && !names(cat::WAIT);
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
                let (before, _) = s.clause(lo - 1);
                let which = matches!(s.text.word(lo), "which" | "who" | "where");
                // "…referred him for an autism assessment; the waiting list is 22 months", "may
                // have ADHD; the wait for an assessment is two years", but not "the waiting list
                // for CAMHS is 14 months", which says what it is for.
                let after = (lo + 1..hi).find(|&j| !s.is(j, cat::WAIT)).unwrap_or(hi);
                let word = |j: usize| if j < hi { s.text.word(j) } else { "" };
                let back = matches!(word(after), "is" | "are" | "was" | "currently" | "now" | "stands")
                    || word(after) == "for" && matches!(word(after + 1), "a" | "an" | "his" | "her" | "their");
                let the_wait = s.text.word(lo) == "the" && after > lo + 1 && back;
                // "…needing a specialist school; the council says there are no places until
                // September": places, spaces, for what the clause before names.
                let bare = (lo..hi).any(|j| s.is(j, cat::NEED_WAIT) && word(j) == "no")
                    && !(lo..hi).any(|k| s.is(k, cat::TOPIC));
                if which || the_wait || bare || (before..lo).any(|j| s.is(j, cat::WAIT)) {
                    said_from = before;
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

/// The largest sum of money written with a pound sign ("£8,000", "£12000", "£600.50"), in
/// whole pounds, with the words as typed.
pub(crate) fn largest_sum(s: &str) -> Option<(i64, &str)> {
    let mut best: Option<(i64, &str)> = None;
    for (at, _) in s.match_indices('£') {
        let rest = &s[at + '£'.len_utf8()..];
        let len = rest.find(|c: char| !(c.is_ascii_digit() || c == ',')).unwrap_or(rest.len());
        let digits = rest[..len].trim_end_matches(',');
        if digits.is_empty() || digits.len() > 15 {
            continue;
        }
        let pounds = digits.bytes().filter(u8::is_ascii_digit).fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
        if best.map_or(true, |(b, _)| pounds > b) {
            best = Some((pounds, &s[at..at + '£'.len_utf8() + digits.len()]));
        }
    }
    best
}

/// Words too common to show that two texts are about the same thing.
pub(crate) const COMMON: u64 =
    mask(&[cat::NOT_NAME, cat::AFTER_NAME, cat::CLAUSE_VERB, cat::QUANTITY, cat::QUANTIFIER]);

/// Words that do not show what a text is about: common words, people, professionals,
/// witnesses and records ("Mum", "the social worker confirms", "register").
pub(crate) const NOT_TOPICAL: u64 =
    COMMON | mask(&[cat::SUBJECT, cat::ROLE, cat::WITNESS, cat::WITNESS_PASSIVE, cat::EVIDENCE, cat::DETERMINER]);

/// The topics (bits of topic ids) a text touches.
pub(crate) fn topics(s: &Scanned) -> u32 {
    topic_bits(s, |_| true)
}

/// The topics an outcome is about, leaving out the people it names: "Kai's nan has her
/// cataract operation" is about health, not about the family, whoever has it.
pub(crate) fn topics_besides_people(s: &Scanned) -> u32 {
    topic_bits(s, |h| !names_only_people(s, h))
}

/// Is every word of the hit a person ("Dad", "her nan")?
pub(crate) fn names_only_people(s: &Scanned, h: &Hit) -> bool {
    (h.start..h.end).all(|i| s.text.toks[i as usize].covers & (1 << cat::SUBJECT) != 0)
}

fn topic_bits(s: &Scanned, keep: impl Fn(&Hit) -> bool) -> u32 {
    s.of(cat::TOPIC).filter(|h| h.id < 32 && keep(h)).fold(0, |acc, h| acc | 1 << h.id)
}

/// The first four letters of a word (all of a shorter one).
pub(crate) fn first_four(w: &str) -> &str {
    w.char_indices().nth(4).map_or(w, |(i, _)| &w[..i])
}

/// A word cut to four letters, after "-ing", "-oes" and a plural or third-person "-s":
/// "eating" and "eat", "goes" and "go", "takes" and "take", "weeks" and "week".
fn stem(w: &str) -> &str {
    let w = match w.strip_suffix("ing").filter(|r| r.len() >= 3) {
        Some(r) => r,
        None if w.ends_with("oes") => &w[..w.len() - 2],
        None if w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") => &w[..w.len() - 1],
        None => w,
    };
    first_four(w)
}

/// The first three letters of a word's stem.
fn three(w: &str) -> &str {
    let w = stem(w);
    w.char_indices().nth(3).map_or(w, |(k, _)| &w[..k])
}

/// Words that say nothing of what a measure or an outcome is about: common words, people,
/// "the", "every".
const ABOUT_NOTHING: u64 = COMMON | mask(&[cat::SUBJECT, cat::DETERMINER]);

/// Does the measure only repeat the outcome: every word of it (bar common ones, and vague
/// ones where it has no number) in the description ("Head lice treated" for "Layla's head lice are treated",
/// "Harriet will be eating three meals a day" for "Harriet will eat three meals a day",
/// "Leon has his inhaler every morning - ongoing" for "Mum will give Leon his inhaler
/// every morning")?
pub(crate) fn repeats(measure: &Scanned, description: &Scanned) -> bool {
    // "… - ongoing", "… as required": no more a measure for what it adds; but "improves
    // from 60% to 90%" says by how much.
    let vague = if numbers(&measure.text).next().is_none() { mask(&[cat::MEASURE_VAGUE]) } else { 0 };
    let mut any = false;
    let all = measure.words(COMMON | vague, 4).all(|w| {
        any = true;
        let w = stem(w);
        description.words(COMMON, 2).any(|x| stem(x) == w)
    });
    any && all
}
