//! Tokenising free text once (lower-cased into one buffer) and matching word patterns.
//!
//! No regular expressions: a statement is split into word tokens, each remembering where it
//! sits in the original text and a few facts about its spelling (capital first letter, all
//! capitals, digits) and what came before it (a space, punctuation that ends a clause, a
//! sentence end). Patterns from `data/smart.json` are matched token by token, never across
//! a comma, semicolon, colon, bracket or sentence end. Every word that appears in a
//! pattern gets a number when the data is compiled, so matching compares integers.

use std::hash::Hasher;

pub(crate) const CAP: u16 = 1 << 0;
pub(crate) const ALL_CAPS: u16 = 1 << 1;
pub(crate) const DIGIT: u16 = 1 << 2;
pub(crate) const SPACE_BEFORE: u16 = 1 << 3;
pub(crate) const BARRIER_BEFORE: u16 = 1 << 4;
pub(crate) const SENT_START: u16 = 1 << 5;
pub(crate) const IN_PAREN: u16 = 1 << 6;
pub(crate) const PAREN_AFTER: u16 = 1 << 7;
pub(crate) const POSSESSIVE: u16 = 1 << 8;
/// At least two upper-case letters ("CiN", "ACEs", "CAMHS").
pub(crate) const UPPER2: u16 = 1 << 9;
/// After "if" / "when" in the same clause (set by `mark_starts`).
pub(crate) const IN_CONDITION: u16 = 1 << 10;
/// After "encouraged to" / "consider" in the same clause (set by `mark_starts`).
pub(crate) const SOFTENED: u16 = 1 << 11;
/// Inside the name of a service, role or scheme (set by `assess`).
pub(crate) const IN_NAME: u16 = 1 << 12;
/// After a colon.
pub(crate) const COLON_BEFORE: u16 = 1 << 13;
/// A semicolon before this token ("…; Dad will do them instead").
pub(crate) const SEMI_BEFORE: u16 = 1 << 14;

/// Word id of a word that is in no pattern.
const UNKNOWN: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    /// Range in `Text::lower`.
    lo: u32,
    hi: u32,
    /// Range in the original text (including a possessive "'s").
    o_lo: u32,
    o_hi: u32,
    /// Hash of the lower-case word (`hash_word`).
    hash: u64,
    /// Vocabulary id (set by `scan`), or `UNKNOWN`.
    id: u32,
    /// Bit `1 << cat` for every pattern category with a hit starting here (set by `scan`).
    pub starts: u64,
    /// Bit `1 << cat` for every pattern category with a hit covering this token.
    pub covers: u64,
    pub flags: u16,
    /// Letters in the token (for acronym length).
    pub letters: u8,
}

impl Tok {
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// A capitalised word in no word list: a first name ("Donna", "Kieran"), or a word the
    /// lists do not know.
    pub fn unlisted_capital(&self) -> bool {
        self.has(CAP) && self.covers == 0
    }
}

/// One piece of text, tokenised.
pub(crate) struct Text<'a> {
    pub orig: &'a str,
    lower: String,
    pub toks: Vec<Tok>,
    /// Words per sentence, in order.
    pub sentence_words: Vec<u32>,
}

impl<'a> Text<'a> {
    pub fn new(orig: &'a str) -> Text<'a> {
        tokenize(orig)
    }

    pub fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.lower[t.lo as usize..t.hi as usize]
    }

    /// As `word`, or "" past the last token: for the word after another.
    pub fn word_or_none(&self, i: usize) -> &str {
        if i < self.toks.len() {
            self.word(i)
        } else {
            ""
        }
    }

    /// The original words from token `a` to token `b - 1`, as the practitioner typed them.
    pub fn span(&self, a: usize, b: usize) -> &'a str {
        &self.orig[self.range(a).start..self.range(b - 1).end]
    }

    /// Where token `i` is in the original text.
    pub fn range(&self, i: usize) -> std::ops::Range<usize> {
        self.toks[i].o_lo as usize..self.toks[i].o_hi as usize
    }

    /// As `span`, with a "%" straight after a number included ("95%").
    pub fn number_span(&self, a: usize, b: usize) -> &'a str {
        let (lo, mut hi) = (self.range(a).start, self.range(b - 1).end);
        if self.orig.as_bytes().get(hi) == Some(&b'%') {
            hi += 1;
        }
        &self.orig[lo..hi]
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
}

/// The character at byte `i` and its length (ASCII without decoding).
#[inline]
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        s.get(i..)?.chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// Is `c` part of a word: a letter or a digit?
///
/// Outside ASCII this does without Unicode's tables (~3 KB of the WebAssembly module, for
/// the SMART analysis alone): every character counts as a letter except spaces,
/// punctuation and symbols, which practitioners' English text takes from a few blocks:
/// Latin-1's (no-break space to ¿, × and ÷), general punctuation to miscellaneous symbols
/// and arrows (dashes, curly quotes, bullets, €, arrows, maths, boxes, shapes), CJK
/// punctuation, the replacement character and emoji. Digits of other scripts count as
/// letters, which only means they are not read as numbers.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c, '\u{80}'..='\u{BF}' | '×' | '÷' | '\u{2000}'..='\u{2BFF}' | '\u{3000}'..='\u{303F}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFF0}'..='\u{FFFF}' | '\u{1F000}'..)
}

/// A capital letter: one that folds to another (see `fold`).
pub(crate) fn is_upper(c: char) -> bool {
    c.is_ascii_uppercase() || (!c.is_ascii() && crate::util::fold::fold_char(c) != c)
}

/// A word's hash, for finding its id in the vocabulary.
#[inline]
pub(crate) fn hash_word(w: &[u8]) -> u64 {
    let mut h = Fnv::default();
    h.write(w);
    h.finish()
}

fn tokenize(orig: &str) -> Text<'_> {
    let mut lower = String::with_capacity(orig.len());
    let mut toks = Vec::new();
    let mut sentence_words = Vec::new();

    let bytes = orig.as_bytes();
    let mut pending: u16 = SPACE_BEFORE;
    let mut sentence_break = true;
    let mut paren_depth: u32 = 0;
    // The token being built, if `in_tok`.
    let mut in_tok = false;
    let mut tok =
        Tok { lo: 0, hi: 0, o_lo: 0, o_hi: 0, hash: 0, id: UNKNOWN, starts: 0, covers: 0, flags: 0, letters: 0 };
    let mut uppers: u32 = 0;
    let mut first_upper = false;
    let mut last_digit = false;
    // Only whitespace between the last finished token and here.
    let mut only_space_since_tok = false;

    let mut i = 0;
    while let Some((c, len)) = char_at(orig, i) {
        if is_word_char(c) {
            if !in_tok {
                in_tok = true;
                let mut flags = pending;
                if sentence_break {
                    flags |= SENT_START | BARRIER_BEFORE;
                    sentence_words.push(0);
                    sentence_break = false;
                }
                if paren_depth > 0 {
                    flags |= IN_PAREN;
                }
                if flags & SPACE_BEFORE != 0 || toks.is_empty() {
                    if let Some(w) = sentence_words.last_mut() {
                        *w += 1;
                    }
                }
                pending = 0;
                tok = Tok {
                    lo: lower.len() as u32,
                    hi: 0,
                    o_lo: i as u32,
                    o_hi: 0,
                    hash: 0,
                    id: UNKNOWN,
                    starts: 0,
                    covers: 0,
                    flags,
                    letters: 0,
                };
                uppers = 0;
                first_upper = is_upper(c);
            }
            if len == 1 {
                // A run of ASCII letters and digits in one go.
                let mut j = i;
                let mut letters = 0u32;
                let mut digit = false;
                while let Some(&x) = bytes.get(j) {
                    if x.is_ascii_lowercase() {
                        letters += 1;
                    } else if x.is_ascii_uppercase() {
                        letters += 1;
                        uppers += 1;
                    } else if x.is_ascii_digit() {
                        digit = true;
                    } else {
                        break;
                    }
                    j += 1;
                }
                let from = lower.len();
                lower.push_str(&orig[i..j]);
                if let Some(s) = lower.get_mut(from..) {
                    s.make_ascii_lowercase();
                }
                tok.letters = tok.letters.saturating_add(letters.min(255) as u8);
                if digit {
                    tok.flags |= DIGIT;
                }
                last_digit = bytes[j - 1].is_ascii_digit();
                i = j;
            } else {
                last_digit = false;
                tok.letters = tok.letters.saturating_add(1);
                if is_upper(c) {
                    uppers += 1;
                }
                lower.push(crate::util::fold::fold_char(c));
                i += len;
            }
            continue;
        }
        // The next character matters only after a possible joiner or sentence end.
        let next = if matches!(c, '\'' | '’' | '&' | '.' | '!' | '?' | '-') {
            char_at(orig, i + len).map(|(n, _)| n)
        } else {
            None
        };
        if in_tok {
            // Joiners inside a word: don't, o'clock, A&E, 2.5
            if next.is_some_and(is_word_char) {
                let joined = match c {
                    '\'' | '’' => Some('\''),
                    '&' => Some('&'),
                    '.' if last_digit && next.is_some_and(|n| n.is_ascii_digit()) => Some('.'),
                    _ => None,
                };
                if let Some(j) = joined {
                    lower.push(j);
                    i += len;
                    continue;
                }
            }
            in_tok = false;
            finish(&mut tok, &mut lower, i, uppers, first_upper);
            toks.push(tok);
            only_space_since_tok = true;
        }
        i += len;
        match c {
            ' ' | '\t' | '\r' => {
                pending |= SPACE_BEFORE;
                continue;
            }
            '\n' => {
                pending |= SPACE_BEFORE;
                sentence_break = true;
                continue;
            }
            '.' | '!' | '?' => {
                if next.map_or(true, |n| n.is_whitespace() || n == '"' || n == '”' || n == ')') {
                    sentence_break = true;
                }
                pending |= BARRIER_BEFORE;
            }
            ':' => pending |= BARRIER_BEFORE | COLON_BEFORE,
            ';' => pending |= BARRIER_BEFORE | SEMI_BEFORE,
            // A dash between two numbers is a range, as a hyphen is ("works 6am–6pm", "7am –
            // 7pm", "2-3 times"); between words it may join two clauses ("on Saturdays—Mum
            // will do bedtime"), as one with a space each side does.
            '–' | '—' | '-'
                if pending & !SPACE_BEFORE == 0
                    && toks.last().is_some_and(|t: &Tok| t.has(DIGIT))
                    && bytes[i..].iter().find(|&&b| b != b' ').is_some_and(u8::is_ascii_digit) => {}
            ',' | '–' | '—' | '•' => pending |= BARRIER_BEFORE,
            // A hyphen with a space each side is a dash as most people type one.
            '-' if pending & SPACE_BEFORE != 0 && next.is_some_and(char::is_whitespace) => pending |= BARRIER_BEFORE,
            '(' | '[' => {
                if only_space_since_tok {
                    if let Some(last) = toks.last_mut() {
                        last.flags |= PAREN_AFTER;
                    }
                }
                paren_depth += 1;
                pending |= BARRIER_BEFORE;
            }
            ')' | ']' => {
                paren_depth = paren_depth.saturating_sub(1);
                pending |= BARRIER_BEFORE;
            }
            _ if c.is_whitespace() => {
                pending |= SPACE_BEFORE;
                continue;
            }
            _ => {}
        }
        only_space_since_tok = false;
    }
    if in_tok {
        finish(&mut tok, &mut lower, orig.len(), uppers, first_upper);
        toks.push(tok);
    }
    Text { orig, lower, toks, sentence_words }
}

fn finish(tok: &mut Tok, lower: &mut String, end: usize, uppers: u32, first_upper: bool) {
    tok.o_hi = end as u32;
    if lower.ends_with("'s") && lower.len() - 2 > tok.lo as usize {
        lower.truncate(lower.len() - 2);
        tok.flags |= POSSESSIVE;
        // Leave o_hi including the "'s": quotes read naturally ("Amira's").
    }
    tok.hi = lower.len() as u32;
    tok.hash = hash_word(&lower.as_bytes()[tok.lo as usize..]);
    if first_upper {
        tok.flags |= CAP;
    }
    if uppers >= 2 {
        tok.flags |= UPPER2;
    }
    if tok.letters >= 1 && uppers == u32::from(tok.letters) {
        tok.flags |= ALL_CAPS;
    }
}

// ---------------------------------------------------------------------------------------
// Patterns

/// The cache's hasher: FNV-1a for the last few bytes and short input, eight bytes a step
/// before that (byte by byte, hashing outcomes' text was a tenth of a native check). No
/// need for SipHash's resistance to chosen input: a kept result is used only for an equal
/// outcome.
#[derive(Default)]
pub(crate) struct Fnv(u64);

// inline(always): the wasm is built for size, which would leave these as calls per string.
impl Hasher for Fnv {
    #[inline(always)]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline(always)]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        let mut rest = bytes;
        while let Some((word, after)) = rest.split_first_chunk::<8>() {
            h = (h ^ u64::from_le_bytes(*word)).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(27);
            rest = after;
        }
        for b in rest {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// One word position of a pattern: any of these word ids, or a word starting with any of
/// these prefixes.
#[derive(Debug, Clone, Default)]
struct Word {
    ids: Vec<u32>,
    prefixes: Vec<Box<str>>,
}

#[derive(Debug, Clone)]
enum Step {
    Word(Word),
    /// Skip up to two words.
    Gap,
    /// The clause ends here: "cannot read $" is "Mum cannot read." or "cannot read, and
    /// relies on…", not "cannot read Kayden's cues".
    End,
}

#[derive(Debug, Clone)]
struct Pattern {
    steps: Vec<Step>,
    cat: u8,
    id: u16,
}

/// A hit: pattern category and id, tokens `start..end`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub cat: u8,
    pub id: u16,
    pub start: u32,
    pub end: u32,
}

/// Every pattern of every list, indexed by the id of its first word, or by the first
/// letter of its first word for prefix patterns.
#[derive(Default)]
pub(crate) struct Lexicon {
    patterns: Vec<Pattern>,
    /// (`hash_word`, word id), sorted by hash for a binary search; `words[id]` confirms a
    /// match. (Two words of the lists with the same 64-bit hash are not expected; a test
    /// checks there are none.)
    ids: Vec<(u64, u32)>,
    words: Vec<Box<str>>,
    /// Pattern ids by first word id.
    by_first: Vec<Vec<u32>>,
    /// Prefix patterns ("improv*") by the first byte of their prefix: (prefix, pattern id).
    by_prefix: Vec<Vec<(Box<str>, u32)>>,
    /// Words whose hash another word of the lists already had.
    #[cfg(test)]
    pub collisions: Vec<String>,
}

/// A prefix shorter than this matches only itself ("go*" is "go").
const MIN_PREFIX: usize = 3;

/// A pattern's words, split and lower-cased as `tokenize` splits text ("multi-agency" is
/// two words, "carer's" is "carer"); a "word*" prefix keeps its star, "a|b" and "~" stay whole.
fn pattern_words(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for raw in src.split_whitespace() {
        if raw == "~" || raw == "$" || raw.contains('|') {
            out.push(crate::util::fold::fold(raw));
            continue;
        }
        let (word, star) = raw.strip_suffix('*').map_or((raw, false), |w| (w, true));
        let t = Text::new(word);
        for i in 0..t.toks.len() {
            out.push(t.word(i).to_string());
        }
        if let Some(last) = out.last_mut().filter(|_| star && !t.is_empty()) {
            last.push('*');
        }
    }
    out
}

impl Lexicon {
    fn word_id(&mut self, w: &str) -> u32 {
        let h = hash_word(w.as_bytes());
        let at = self.ids.binary_search_by_key(&h, |e| e.0);
        if let Ok(k) = at {
            let id = self.ids[k].1;
            #[cfg(test)]
            if *self.words[id as usize] != *w {
                self.collisions.push(w.to_string());
            }
            return id;
        }
        let id = self.words.len() as u32;
        self.words.push(w.into());
        self.by_first.push(Vec::new());
        self.ids.insert(at.unwrap_err(), (h, id));
        id
    }

    fn lookup(&self, text: &Text, i: usize) -> u32 {
        match self.ids.binary_search_by_key(&text.toks[i].hash, |e| e.0).ok().map(|k| self.ids[k].1) {
            Some(id) if *self.words[id as usize] == *text.word(i) => id,
            _ => UNKNOWN,
        }
    }

    /// Add a pattern (see data/smart.json "about"). Returns false if it has no words.
    pub fn add(&mut self, src: &str, cat: u8, id: u16) -> bool {
        let words = pattern_words(src);
        let mut steps = Vec::with_capacity(words.len());
        for w in &words {
            if w == "~" {
                steps.push(Step::Gap);
                continue;
            }
            if w == "$" {
                steps.push(Step::End);
                continue;
            }
            let mut word = Word::default();
            for a in w.split('|').filter(|a| !a.is_empty()) {
                match a.strip_suffix('*') {
                    Some(p) if p.chars().count() >= MIN_PREFIX => word.prefixes.push(p.into()),
                    Some(p) => word.ids.push(self.word_id(p)),
                    None => word.ids.push(self.word_id(a)),
                }
            }
            if !word.ids.is_empty() || !word.prefixes.is_empty() {
                steps.push(Step::Word(word));
            }
        }
        let Some(Step::Word(first)) = steps.first() else { return false };
        let idx = self.patterns.len() as u32;
        for &w in &first.ids {
            self.by_first[w as usize].push(idx);
        }
        for p in &first.prefixes {
            if self.by_prefix.is_empty() {
                self.by_prefix = vec![Vec::new(); 256];
            }
            self.by_prefix[usize::from(p.as_bytes()[0])].push((p.clone(), idx));
        }
        self.patterns.push(Pattern { steps, cat, id });
        true
    }

    /// All hits in a text, in token order of their start, appended to `hits`; sets each
    /// token's word id and `Tok::starts`.
    pub fn scan(&self, text: &mut Text, hits: &mut Vec<Hit>) {
        for i in 0..text.toks.len() {
            text.toks[i].id = self.lookup(text, i);
        }
        let text = &*text;
        for i in 0..text.toks.len() {
            let id = text.toks[i].id;
            if let Some(ids) = self.by_first.get(id as usize) {
                for &p in ids {
                    let pat = &self.patterns[p as usize];
                    if pat.steps.len() == 1 {
                        // One word, already matched by its id.
                        hits.push(Hit { cat: pat.cat, id: pat.id, start: i as u32, end: i as u32 + 1 });
                    } else {
                        self.try_at(text, i, p, hits);
                    }
                }
            }
            let w = text.word(i);
            for (prefix, p) in self.by_prefix.get(usize::from(w.as_bytes()[0])).into_iter().flatten() {
                if w.starts_with(&**prefix) {
                    self.try_at(text, i, *p, hits);
                }
            }
        }
    }

    fn try_at(&self, text: &Text, i: usize, p: u32, hits: &mut Vec<Hit>) {
        let pat = &self.patterns[p as usize];
        if let Some(end) = match_steps(text, &pat.steps, i, true) {
            hits.push(Hit { cat: pat.cat, id: pat.id, start: i as u32, end: end as u32 });
        }
    }
}

/// The categories of words that open a condition, a reason or a softened clause.
#[derive(Clone, Copy)]
pub(crate) struct Openers {
    pub condition: u8,
    pub not_condition: u8,
    pub purpose: u8,
    pub verbs: u64,
    pub softener: u8,
}

/// Marks `Tok::starts` and `Tok::covers` from the hits, `IN_CONDITION` on the words of a
/// clause after a hit of category `condition` (unless one of `not_condition` starts at the
/// same word: "so much") or of `purpose` after a word of `verbs` in the same sentence, and
/// `SOFTENED` after one of `softener`.
pub(crate) fn mark_starts(text: &mut Text, hits: &[Hit], o: &Openers) {
    let Openers { condition, not_condition, purpose, verbs, softener } = *o;
    for h in hits {
        let bit = 1 << h.cat;
        text.toks[h.start as usize].starts |= bit;
        for t in &mut text.toks[h.start as usize..h.end as usize] {
            t.covers |= bit;
        }
    }
    for (cat, flag) in [(condition, IN_CONDITION), (softener, SOFTENED)] {
        let (mut open, mut asked) = (false, false);
        for t in &mut text.toks {
            if t.has(BARRIER_BEFORE) {
                open = false;
            }
            asked &= !t.has(SENT_START);
            // "Mum will go to Triple P to learn how to stay calm": why, not what is asked;
            // but "Mum to learn how to stay calm" asks it.
            let why = cat == condition && asked && t.starts & (1 << purpose) != 0;
            asked |= t.starts & verbs != 0;
            open |= why || t.starts & (1 << cat) != 0 && (cat != condition || t.starts & (1 << not_condition) == 0);
            if open {
                t.flags |= flag;
            }
        }
    }
}

impl Word {
    #[inline]
    fn matches(&self, text: &Text, i: usize) -> bool {
        let id = text.toks[i].id;
        (id != UNKNOWN && self.ids.contains(&id))
            || (!self.prefixes.is_empty() && self.prefixes.iter().any(|p| text.word(i).starts_with(&**p)))
    }
}

/// The end of a match of `steps` from token `i`, within one clause.
fn match_steps(text: &Text, steps: &[Step], i: usize, first: bool) -> Option<usize> {
    let Some((step, rest)) = steps.split_first() else { return Some(i) };
    match step {
        Step::Gap => {
            for skip in 0..=2usize {
                let j = i + skip;
                if j > text.toks.len() {
                    break;
                }
                if skip > 0 && text.toks[j - 1].has(BARRIER_BEFORE) {
                    break;
                }
                if let Some(end) = match_steps(text, rest, j, false) {
                    return Some(end);
                }
            }
            None
        }
        Step::End => match text.toks.get(i) {
            Some(t) if !t.has(BARRIER_BEFORE) => None,
            _ => match_steps(text, rest, i, false),
        },
        Step::Word(word) => {
            let tok = text.toks.get(i)?;
            if !first && tok.has(BARRIER_BEFORE) {
                return None;
            }
            if word.matches(text, i) {
                match_steps(text, rest, i + 1, false)
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_case_facts_and_strip_possessives() {
        let t = Text::new("Amira's CAMHS appt (CiN) at 8:45, don't.");
        let words: Vec<&str> = (0..t.toks.len()).map(|i| t.word(i)).collect();
        assert_eq!(words, ["amira", "camhs", "appt", "cin", "at", "8", "45", "don't"]);
        assert!(t.toks[0].has(POSSESSIVE) && t.toks[0].has(CAP) && t.toks[0].has(SENT_START));
        assert!(t.toks[1].has(ALL_CAPS));
        assert!(t.toks[2].has(PAREN_AFTER));
        assert!(t.toks[3].has(IN_PAREN) && t.toks[3].has(UPPER2) && !t.toks[3].has(ALL_CAPS));
        assert!(t.toks[5].has(DIGIT));
        assert!(t.toks[7].has(BARRIER_BEFORE));
        assert_eq!(t.span(0, 2), "Amira's CAMHS");
    }

    #[test]
    fn sentences_and_words_are_counted() {
        let t = Text::new("One two three. Four five-six 2.5 times! Seven");
        assert_eq!(t.sentence_words, vec![3, 4, 1]);
    }

    #[test]
    fn patterns_match_prefixes_gaps_and_alternatives_but_not_across_commas() {
        let mut lex = Lexicon::default();
        lex.add("improv*", 1, 0);
        lex.add("needs ~ met", 1, 1);
        lex.add("every|each day|week", 2, 0);
        lex.add("multi-agency", 3, 0);
        let t = Text::new("Improvement: her needs will be met every week via multi agency work");
        let mut t = t;
        let mut hits = Vec::new();
        lex.scan(&mut t, &mut hits);
        let got: Vec<(u8, u16, u32, u32)> = hits.iter().map(|h| (h.cat, h.id, h.start, h.end)).collect();
        assert_eq!(got, vec![(1, 0, 0, 1), (1, 1, 2, 6), (2, 0, 6, 8), (3, 0, 9, 11)]);
        let mut t = Text::new("her needs, will be met");
        let mut hits = Vec::new();
        lex.scan(&mut t, &mut hits);
        assert!(hits.is_empty());
    }

    #[test]
    fn a_dollar_sign_matches_only_where_the_clause_ends() {
        let mut lex = Lexicon::default();
        lex.add("cannot read $", 1, 0);
        let found = |s: &str| {
            let mut t = Text::new(s);
            let mut hits = Vec::new();
            lex.scan(&mut t, &mut hits);
            !hits.is_empty()
        };
        for s in ["Mum cannot read.", "Mum cannot read", "Dad cannot read, and relies on Tanya", "cannot read; she"] {
            assert!(found(s), "{s}");
        }
        for s in ["Mum cannot read Kayden's cues", "cannot read the letters", "cannot read and write"] {
            assert!(!found(s), "{s}");
        }
    }
}
