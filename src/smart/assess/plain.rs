//! Plain language: jargon and acronyms a family may not know, unless explained or part of a
//! name or a job title, and sentences too long to follow.

use super::scanned::Scanned;
use super::words::mask;
use crate::smart::data::{cat, Compiled};
use crate::smart::text::{
    Hit, Text, ALL_CAPS, BARRIER_BEFORE, CAP, DIGIT, IN_PAREN, PAREN_AFTER, SENT_START, SPACE_BEFORE, UPPER2,
};

#[derive(Debug, Default, Clone)]
pub(crate) struct Plain<'a, 'c> {
    /// (as typed, plain words to use)
    pub jargon: Vec<(&'a str, &'c str)>,
    /// Words in the longest sentence, if over the threshold (else 0).
    pub longest: u32,
}

impl Plain<'_, '_> {
    /// No jargon and no sentence too long.
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
    /// The first letters of the words written, small joining words left out, a space at
    /// each break: "English as an additional language group" gives "ealg".
    initials: String,
    /// Whether the outcome or a need it answers speaks of marriage ("her parents say she can
    /// go only if she is engaged to her cousin"): then "engaged" and "engagement" are to be
    /// married.
    pub marriage: bool,
}

/// What a place's name ends in, after a term typed like a name ("Step Up Skills Hub").
const PLACES: [&str; 12] =
    ["hub", "centre", "project", "academy", "unit", "college", "site", "base", "theatre", "football", "club", "arts"];

/// Does a place's name end within three words from `j`, each typed with a capital ("Step
/// Up Skills Hub", "Engage Youth Theatre")?
fn place_after(s: &Scanned, j: usize) -> bool {
    let toks = &s.text.toks;
    let mut j = j;
    let end = j + 3;
    while j < toks.len().min(end) && !toks[j].has(BARRIER_BEFORE) {
        if PLACES.contains(&s.text.word(j)) {
            return true;
        }
        // Not "Engage With The Youth Club": typed in capitals word by word.
        if !toks[j].has(CAP) || ["in", "with", "at", "the", "to", "on", "for", "and"].contains(&s.text.word(j)) {
            break;
        }
        j += 1;
    }
    false
}

/// Is jargon hit `h` typed like a name: two words or more, each with a capital (not all
/// capitals)?
fn programme(s: &Scanned, h: &Hit) -> bool {
    let toks = &s.text.toks[h.start as usize..h.end as usize];
    toks.len() > 1 && toks.iter().all(|t| t.has(CAP) && !t.has(ALL_CAPS))
}

impl<'a> Explained<'a> {
    /// Notes what `s` explains (and whether it speaks of marriage anywhere).
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
            // "ERIC, the children's bowel and bladder charity": an "and" inside what kind of
            // thing it is, which it ends with (not "MARAC, the police and the housing team").
            let kind = |k: usize| KIND.contains(&s.text.word(k));
            let one = !(j + 1..end).any(|k| matches!(s.text.word(k), "a" | "an" | "the"));
            matches!(s.text.word(j), "a" | "an" | "the")
                && (kind(end - 1) && one
                    || (j + 1..end).any(kind) && !(j + 1..end).any(|k| matches!(s.text.word(k), "and" | "or")))
        };
        // "WAY Widowed and Young": the acronym, then (from `from`) the words it stands for,
        // capitalised but for small joining words (not "The TA takes Alfie", whose letters
        // come by chance).
        // Small words may stand for a letter ("Widowed And Young") or be passed over
        // ("English as an Additional Language" for "EAL"): both are tried.
        let small = |j: usize| !toks[j].has(ALL_CAPS) && SMALL.contains(&s.text.word(j));
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
            // Or a place's name: "Step Up Skills Hub", "the Step Up site" (not "Child Protection
            // Plan", which is still the term).
            let named_so = s.is(h.end as usize, cat::COURSE) || place_after(s, h.end as usize);
            if programme(s, h) && named_so && !self.programmes.contains(&h.id) {
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

    /// Notes the acronyms in `s` whose plain words the outcome itself also says: "with the
    /// occupational therapist" in its description explains "the OT's follow-up visit" in
    /// its measure. Only acronyms, typed in capitals: readers labelled "risk indicators" in
    /// a description jargon even when its measure says "warning signs".
    pub fn add_said_plainly(&mut self, c: &Compiled, s: &Scanned<'a>, own: &[&Scanned]) {
        // Each term once: a pasted text may say the same one thousands of times.
        let mut tried: Vec<u16> = Vec::new();
        for h in s.of(cat::JARGON).filter(|h| s.text.toks[h.start as usize].has(UPPER2)) {
            if tried.contains(&h.id) || self.jargon.contains(&h.id) {
                continue;
            }
            tried.push(h.id);
            let Some(entry) = c.jargon.get(h.id as usize) else { continue };
            // Its words without their stops and commas, up to a bracket: "education, health and
            // care plan".
            let skip = |w: &&str| matches!(*w, "a" | "an" | "the");
            let words: Vec<&str> = entry
                .plain
                .split_whitespace()
                .take_while(|w| !w.starts_with('('))
                .skip_while(skip)
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''))
                .map(|w| w.strip_suffix("'s").unwrap_or(w))
                .collect();
            if own.iter().any(|o| o.contains_words(&words)) {
                self.jargon.push(h.id);
            }
        }
    }

    /// Notes the first letters of `s`'s words, for acronyms written out in the outcome's
    /// own words (not a need's: "uses British Sign Language" there leaves "BSL" here
    /// unexplained, as readers labelled it).
    pub fn add_initials(&mut self, s: &Scanned<'a>) {
        let toks = &s.text.toks;
        for (j, t) in toks.iter().enumerate() {
            if t.has(BARRIER_BEFORE) || t.has(ALL_CAPS) {
                self.initials.push(' ');
            }
            let w = s.text.word(j);
            if !t.has(ALL_CAPS) && !t.has(DIGIT) && !SMALL.contains(&w) {
                self.initials.extend(w.chars().next());
            }
        }
        self.initials.push(' ');
    }

    /// Is `acronym` written out in full somewhere in the outcome, without a bracket: "the
    /// school's English as an additional language group" and "the EAL coordinator's
    /// register"?
    fn spelled_out(&self, acronym: &str) -> bool {
        acronym.len() >= 3
            && acronym.bytes().all(|b| b.is_ascii_uppercase())
            && self.initials.contains(&acronym.to_ascii_lowercase())
    }
}

/// Joining words an acronym passes over ("English as an Additional Language" is "EAL").
const SMALL: [&str; 9] = ["and", "of", "for", "the", "to", "as", "an", "a", "in"];

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
pub(super) fn betrothal(s: &Scanned, h: &Hit, marriage: bool) -> bool {
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

/// A word of marriage: "married", "wedding", "nikah", "rishta", "fiancé".
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

/// The unfamiliar terms in `s` (not those `explained` or inside a name or title) and its
/// longest sentence if too long.
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
        // "the Engage Youth Theatre", "Engage Football sessions": one such word typed with a
        // capital inside a sentence, running on into a place's name, is that name's first
        // word; not "the Camhs Crisis Team" or "a Contingency Plan", still the terms, nor
        // text typed in capitals word by word ("Ella Will Engage In Youth Club").
        let (i, t) = (h.start as usize, &s.text.toks[h.start as usize]);
        let run_on = h.end as usize == i + 1
            && i > 0
            && (!s.text.toks[i - 1].has(CAP) || s.text.toks[i - 1].has(SENT_START))
            && t.has(CAP)
            && !t.has(ALL_CAPS)
            && s.text.toks.get(i + 1).is_some_and(|n| n.has(CAP))
            && place_after(s, i + 1);
        if !jargon_applies(c, s, h)
            || explained.jargon.contains(&h.id)
            || explained.spelled_out(s.span(h))
            || named
            || run_on
            || again
            || repeated
            || inside
        {
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
                && !explained.spelled_out(shown)
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
