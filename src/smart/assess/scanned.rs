//! A text read once for every judgement: its tokens, the word-list hits that count (vague,
//! change and joining-word hits inside a name are dropped), and where its clauses and
//! sentences start; with helpers the questions share (`Few`, `numbers`, `positions`,
//! `any_in`).

use super::words::{first_four, mask, word_stem, DEMAND_VERB, PRONOUNS};
use crate::smart::data::{cat, Compiled};
use crate::smart::text::{
    mark_starts, Hit, Openers, Text, ALL_CAPS, BARRIER_BEFORE, CAP, COLON_BEFORE, DIGIT, IN_CONDITION, IN_NAME,
    IN_PAREN, PAREN_AFTER, POSSESSIVE, SEMI_BEFORE, SENT_START, SPACE_BEFORE,
};

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
pub(super) fn positions(n: usize, keep: &dyn Fn(usize) -> bool) -> Vec<u32> {
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
pub(super) fn any_in(sorted: &[u32], from: usize, to: usize) -> bool {
    sorted.get(first_from(sorted, from)).is_some_and(|&j| (j as usize) < to)
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
    pub(super) fn shouting(&self) -> bool {
        let toks = &self.text.toks;
        toks.iter().filter(|t| t.has(ALL_CAPS) && t.letters >= 2).count() * 2 > toks.len()
    }

    /// Does a hit of any category in `mask` start at token `i`?
    pub(super) fn starts_any(&self, i: usize, mask: u64) -> bool {
        self.text.toks.get(i).is_some_and(|t| t.starts & mask != 0)
    }

    /// Does a hit of category `c` start at token `i`?
    pub(crate) fn is(&self, i: usize, c: u8) -> bool {
        self.starts_any(i, 1 << c)
    }

    /// The hits of category `c`.
    pub(crate) fn of(&self, c: u8) -> impl Iterator<Item = &Hit> + '_ {
        self.hits.iter().filter(move |h| h.cat == c)
    }

    /// The hits of category `c` that are said as the change itself, not after "if", "when"
    /// or "so that" (when or why): "so that Darcy can be happier at home" asks for nothing.
    pub(crate) fn said(&self, c: u8) -> impl Iterator<Item = &Hit> + '_ {
        self.of(c).filter(|h| !self.text.toks[h.start as usize].has(IN_CONDITION))
    }

    /// The hit of category `c` starting at token `i`, if any.
    pub(super) fn hit_at(&self, i: usize, c: u8) -> Option<&Hit> {
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

    /// As `clause`, but begun before any short aside in brackets just before it ("told Mum
    /// (Rukhsar) in October that the wait is 9 months"): a name or an age said in passing,
    /// not a new clause.
    pub(crate) fn clause_past_asides(&self, i: usize) -> (usize, usize) {
        let toks = &self.text.toks;
        let (mut lo, hi) = self.clause(i);
        while lo > 0 && toks[lo - 1].has(IN_PAREN) && !toks[lo].has(SENT_START) {
            // (An aside is two words at most: look no further back than that.)
            let open = (lo.saturating_sub(3)..lo).rev().find(|&j| !toks[j].has(IN_PAREN)).map_or(0, |j| j + 1);
            let short = lo - open <= 2 && (open + 1..lo).all(|j| !toks[j].has(BARRIER_BEFORE));
            if open == 0 || !short || !toks[open - 1].has(PAREN_AFTER) || toks[open].has(SENT_START) {
                break;
            }
            lo = self.clause(open - 1).0;
        }
        (lo, hi)
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
    pub(super) fn clauses_with(&self, c: u8, keep: impl Fn(usize) -> bool) -> Vec<u32> {
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
    pub(super) fn in_clauses(&self, i: usize, clauses: &[u32]) -> bool {
        let a = self.clause(i).0;
        any_in(clauses, a, a + 1)
    }

    /// Words of four letters or more that are not in `common`, cut to four letters
    /// (`word_stem`), so that "cares" and "carer's" meet.
    pub(crate) fn stems(&self, common: u64) -> impl Iterator<Item = &str> + '_ {
        self.stems_in(0, self.text.toks.len(), common)
    }

    /// As `stems`, of the tokens `from..to`.
    pub(crate) fn stems_in(&self, from: usize, to: usize, common: u64) -> impl Iterator<Item = &str> + '_ {
        self.words_in(from, to, common, 4).map(word_stem)
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
    pub(super) fn words(&self, common: u64, min: u8) -> impl Iterator<Item = &str> + '_ {
        self.words_in(0, self.text.toks.len(), common, min)
    }

    /// As `words`, of the tokens `from..to`.
    fn words_in(&self, from: usize, to: usize, common: u64, min: u8) -> impl Iterator<Item = &str> + '_ {
        (from..to).filter_map(move |i| {
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
        self.people_in(self.sentence_start(i), i, child)
    }

    /// Is token `j` a word for a person that names someone ("Mum", "Dad", "the family"), not
    /// a pronoun?
    pub(crate) fn someone(&self, j: usize) -> bool {
        self.is(j, cat::SUBJECT) && !PRONOUNS.contains(&self.text.word(j))
    }

    /// Is token `j` a word for a person or a capitalised word no list knows, as a first
    /// name is ("Mum", "Steve")?
    pub(crate) fn person_or_name(&self, j: usize) -> bool {
        self.someone(j) || self.text.toks[j].unlisted_capital()
    }

    /// As `people_before`, of the tokens `from..to`.
    pub(crate) fn people_in<'s>(
        &'s self,
        from: usize,
        to: usize,
        child: Option<&'s str>,
    ) -> impl Iterator<Item = usize> + 's {
        let toks = &self.text.toks;
        (from..to).rev().filter(move |&j| {
            let w = self.text.word(j);
            // A first name as the subject: "Donna has…", "Kieran (18), is…", "Ruby's dad,
            // Jason, lives…" (not "at Oak Lane").
            let closed = j > 0 && self.is(j - 1, cat::SUBJECT) && toks[j].has(BARRIER_BEFORE);
            let named = toks[j].unlisted_capital()
                && (toks.get(j + 1).is_some_and(|t| t.has(IN_PAREN) || closed && t.has(BARRIER_BEFORE))
                    || self.says_of(j + 1));
            // Not "Kayden's" in "Dad will do Kayden's bedtime", nor "Joseph" in "Ramon, dad of
            // Joseph (8), has…": whose, not who.
            !toks[j].has(POSSESSIVE)
                && (j == 0 || self.text.word(j - 1) != "of")
                && !self.said_to_be(j)
                && (self.someone(j) || Some(w) == child || named)
        })
    }

    /// Does token `i` begin what is said of a name just before it ("Donna has…", "Kieran
    /// will…")?
    fn says_of(&self, i: usize) -> bool {
        matches!(
            self.text.word_or_none(i),
            "will" | "has" | "had" | "is" | "was" | "cannot" | "works" | "speaks" | "rarely" | "never" | "does" | "who"
        )
    }

    /// Is the person word at token `j` what someone named before it is, not someone else:
    /// "Dad is his only carer and works nights", "Dad, his main carer, works nights" (the
    /// nights are Dad's). Only a word for what someone does for the child, not who they are:
    /// "Kai's main carer is his dad, who cannot drive" is Dad's; "Mia lives with Mum, her
    /// stepdad, who cannot read, and…" is a list.
    fn said_to_be(&self, j: usize) -> bool {
        let t = &self.text;
        if !matches!(t.word(j), "carer" | "carers" | "guardian" | "parent") {
            return false;
        }
        let whose = |d: usize| matches!(t.word(d), "his" | "her" | "their");
        let Some(d) = [1, 2].into_iter().filter_map(|k| j.checked_sub(k)).find(|&d| whose(d)) else { return false };
        // One word at most between: "his only carer", "her main carer".
        let complement = d > 1 && matches!(t.word(d - 1), "is" | "was") && self.person_or_name(d - 2);
        let apart = self.text.toks[d].has(BARRIER_BEFORE)
            && d > 0
            && self.someone(d - 1)
            && self.text.toks.get(j + 1).is_some_and(|x| x.has(BARRIER_BEFORE));
        complement || apart
    }

    /// Whom "He", "She" or "They" starting the sentence of token `i` stands for: the one
    /// person named in the sentence before ("Joshua (11) has epilepsy. He boards at a school
    /// 80 miles away"; "Dad (Lee) has epilepsy. He lost his licence"), as a token index.
    /// Nobody if it names two: "Kayla lives with Nan. She is in hospital" could be either;
    /// nor if it speaks of someone else as "him" or "her" ("Leo misses him. He is in
    /// prison"), nor "He" for Mum. ("His" and "Her" are left alone: "Her work is 30 miles
    /// away" is not about her.)
    pub(crate) fn sentence_pronoun(&self, i: usize, child: Option<&'a str>) -> Option<usize> {
        let s = self.sentence_start(i);
        let pronoun = self.text.word(s);
        if s == 0 || s >= i || !matches!(pronoun, "he" | "she" | "they") {
            return None;
        }
        let from = self.sentence_start(s - 1);
        if (from..s).any(|j| matches!(self.text.word(j), "him" | "her" | "them")) {
            return None;
        }
        // A name beside a family word is the same person: "Dad (Lee)".
        let mut named = self.people_in(from, s, child).filter(|&j| self.named_beside(j).is_none());
        let p = named.next().filter(|_| named.next().is_none())?;
        (!self.other_sex(pronoun, p)).then_some(p)
    }

    /// Is the person at token `p` one "he" or "she" cannot stand for: "He" for Mum.
    fn other_sex(&self, pronoun: &str, p: usize) -> bool {
        const HE: [&str; 8] = ["dad", "father", "stepdad", "grandad", "grandfather", "uncle", "brother", "son"];
        const SHE: [&str; 11] =
            ["mum", "mother", "mam", "stepmum", "nan", "nana", "gran", "grandma", "grandmother", "aunt", "sister"];
        let w = self.text.word(p);
        if pronoun == "he" {
            SHE.contains(&w)
        } else {
            pronoun == "she" && HE.contains(&w)
        }
    }

    /// Whom "she" or "he" just before token `i`, later in a sentence, stands for: the one
    /// grown-up of that sex named before it in the sentence ("Mum (Gabriela) has Sofia (4
    /// months) and Marco (2) and is recovering from surgery; she must not lift…" is Mum's,
    /// not Marco's: the child, children ("twins", "the baby") and anyone given an age in
    /// brackets are left out, and a name pair is one person; "Stepmum Jo looks after Kai
    /// while Dad works, and she must not drive" is Jo's). Also "her" or "him" just told
    /// something (`told_object`), then neither whoever told them nor a professional ("Mum is
    /// expecting twins and the midwife has told her to rest in bed" is Mum's). Nobody if
    /// there are two ("Nan looks after Kai because Mum is in prison; she is serving three
    /// years"), or the one is saying it ("Mum says she…"), or the child is named just before,
    /// saying what they have or do ("Mum is worried because Lily (4) has a heart condition
    /// and she cannot walk far").
    pub(crate) fn clause_pronoun(&self, i: usize, child: Option<&'a str>) -> Option<usize> {
        // Children, or more than one person: none is "she" or "he".
        const NOT_ONE: [&str; 16] = [
            "baby",
            "babies",
            "twins",
            "triplets",
            "children",
            "kids",
            "toddler",
            "toddlers",
            "newborn",
            "infant",
            "boys",
            "girls",
            "siblings",
            "family",
            "parents",
            "household",
        ];
        let s = self.sentence_start(i);
        let told = self.told_object(i);
        let at = match told {
            Some(k) => k,
            None => (i.saturating_sub(2).max(s + 1)..i).find(|&k| matches!(self.text.word(k), "he" | "she"))?,
        };
        let pronoun = match self.text.word(at) {
            "her" => "she",
            "him" => "he",
            w => w,
        };
        // Whoever told them is not them: "Gran has told her to rest in bed". The word before
        // the verb, whoever it is ("her surgeon has told her…"); after ", who …," the one
        // before it ("her friend Kate, who is staying, has told her…"); after another comma
        // or "and", the sentence's first person ("Gran has come to stay and has told her…").
        let teller = told.and_then(|k| {
            let mut v = k - 1;
            while v > s && matches!(self.text.word(v - 1), "has" | "have" | "had" | "also" | "just" | "already") {
                v -= 1;
            }
            if v == s {
                return None;
            }
            let comma = self.text.toks[v].has(BARRIER_BEFORE);
            let clause = self.clause(v - 1).0;
            if comma && self.text.word(clause) == "who" {
                self.people_in(s, clause, child).next()
            } else if comma || self.text.word(v - 1) == "and" {
                self.people_in(s, v, child).last()
            } else {
                Some(v - 1)
            }
        });
        let teller_too = teller.and_then(|t| self.other_half(t));
        let toks = &self.text.toks;
        // Given an age under 16 in brackets ("Marco (2)", "Sofia (4 months)"; not "Chloe (17)").
        let aged = |j: usize| {
            toks.get(j + 1).is_some_and(|t| t.has(IN_PAREN) && t.has(DIGIT))
                && !matches!(self.text.word(j + 1).as_bytes(), [b'1', b'6'..=b'9', ..] | [b'2'..=b'9', b'0'..=b'9', ..])
        };
        let says = |j: usize| {
            matches!(self.text.word_or_none(j + 1), "says" | "said" | "reports" | "thinks" | "feels" | "told")
        };
        let is_child = |j: usize| Some(self.text.word(j)) == child;
        // Told by someone with a child beside them, it may be the child who is told: "Mum
        // took Lily (14) to the GP, who told her to rest in bed".
        if told.is_some() && self.people_in(s, at, child).any(|j| is_child(j) || aged(j)) {
            return None;
        }
        // The child as the subject just before: "Lily (4) has…".
        let near = self.people_in(s, at, child).next()?;
        let after = (near + 1..at).find(|&k| !toks[k].has(IN_PAREN)).unwrap_or(at);
        if is_child(near) && self.says_of(after) {
            return None;
        }
        let mut grown = self.people_in(s, at, child).filter(|&j| {
            !is_child(j)
                && !aged(j)
                && self.named_beside(j).is_none()
                && !self.other_sex(pronoun, j)
                && !(told.is_some() && (self.is(j, cat::ROLE) || Some(j) == teller || Some(j) == teller_too))
                && !NOT_ONE.contains(&self.text.word(j))
        });
        let one = grown.next().filter(|_| grown.next().is_none())?;
        // "Mum is worried because the GP has told her to rest in bed": maybe the child told.
        if told.is_some() && (one + 1..at).any(|k| matches!(self.text.word(k), "worried" | "concerned" | "because")) {
            return None;
        }
        // Nor if someone is named after them as whose: "Mum is worried because Lily's asthma
        // is worse and she…".
        let whose_between =
            (one + 1..at).any(|k| toks[k].has(POSSESSIVE) && (toks[k].unlisted_capital() || self.someone(k)));
        (!says(one) && !whose_between).then_some(one)
    }

    /// "her" or "him" just told something, in the two words before token `i`: "…has told her
    /// to rest in bed", "told him not to drive"; not "has told her sister", whose.
    pub(crate) fn told_object(&self, i: usize) -> Option<usize> {
        let s = self.sentence_start(i);
        (i.saturating_sub(2).max(s + 1)..i).find(|&k| {
            matches!(self.text.word(k), "her" | "him")
                && matches!(self.text.word(k - 1), "told" | "asked" | "advised" | "warned")
                && (k + 1 == i || matches!(self.text.word(k + 1), "not" | "to" | "that"))
        })
    }

    /// The other half of a name pair at token `p`, either way round: "Lee" for "Dad" in "Dad
    /// (Lee)", "Dad" for "Lee", "Mum" for "Kate" in "Kate (Mum)" (`named_beside`).
    pub(crate) fn other_half(&self, p: usize) -> Option<usize> {
        let end = (p + 5).min(self.text.toks.len());
        self.named_beside(p).or_else(|| (p + 1..end).find(|&j| self.named_beside(j) == Some(p)))
    }

    /// The person a name at token `j` is given for, one person by two words: "Dad" in "Dad
    /// (Steven) will", "Nan (Sue Hall)", "Kayden's dad, Lee, is", "Dad Omar (36)"; "Lee" in
    /// "Lee (Dad)". Not for a list ("Mum, Lee, Sam and Ava", "Dad, Mum, and Nan"), nor for
    /// "Uncle Tom (Dad's brother)" asked of "brother": a bracket holds a name, or one word
    /// for a person.
    pub(crate) fn named_beside(&self, j: usize) -> Option<usize> {
        let (toks, t) = (&self.text.toks, &self.text);
        let person = |k: usize| self.person_or_name(k);
        if toks[j].has(IN_PAREN) {
            // Back to the word before the bracket, through a name of more than one word.
            // (A name has at most four words: not a long bracket walked back through for
            // each of its words.)
            let mut k = j;
            while k > 0
                && k + 4 > j
                && toks[k].has(IN_PAREN)
                && (toks[k].unlisted_capital() || k == j && self.someone(k))
            {
                k -= 1;
            }
            return (k < j && !toks[k].has(IN_PAREN) && person(k)).then_some(k);
        }
        if j == 0 || !toks[j].unlisted_capital() || !self.someone(j - 1) {
            return None;
        }
        // "Dad Omar (36)", "Dad Lee is serving…" (not "sees Dad Tuesdays"), or closed off by
        // commas with no more names after.
        let next = toks.get(j + 1);
        let closed = next
            .map_or(true, |x| x.has(BARRIER_BEFORE) && !x.unlisted_capital() && !matches!(t.word(j + 1), "and" | "or"));
        // A comma or a dash, not a new sentence ("Ruby lives with Dad. Lee, her brother, is")
        // nor a semicolon or colon.
        let apart = toks[j].has(BARRIER_BEFORE);
        let new_part = toks[j].has(SENT_START | SEMI_BEFORE | COLON_BEFORE);
        let said_of = next.is_some_and(|x| x.has(IN_PAREN)) || self.says_of(j + 1);
        (!apart && said_of || apart && closed && !new_part).then_some(j - 1)
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

    /// Does the token sequence `words` occur in this text (in any case: its words are lower
    /// case)?
    pub fn contains_words<W: AsRef<str>>(&self, words: &[W]) -> bool {
        let n = self.text.toks.len();
        if words.is_empty() || words.len() > n {
            return false;
        }
        (0..=n - words.len())
            .any(|i| words.iter().enumerate().all(|(k, w)| self.text.word(i + k).eq_ignore_ascii_case(w.as_ref())))
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
    pub(super) fn push(&mut self, s: &'a str) {
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
pub(super) fn numbers<'t>(text: &'t Text) -> impl Iterator<Item = (usize, usize)> + 't {
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
