//! Which words count as what, for every judgement: sets of word-list categories (people,
//! demand verbs, common words) and the short stems words are compared by.

use crate::smart::data::cat;

/// The word-list categories `cats` as one set of bits, to test a token against at once.
pub(super) const fn mask(cats: &[u8]) -> u64 {
    let mut m = 0u64;
    let mut i = 0;
    while i < cats.len() {
        m |= 1 << cats[i];
        i += 1;
    }
    m
}

/// Words for a person that name nobody in particular.
pub(super) const PRONOUNS: [&str; 12] =
    ["i", "he", "she", "they", "we", "his", "her", "their", "him", "them", "my", "our"];

/// Words between a professional and their verb: "The social worker will visit".
pub(super) const AUX: [&str; 9] = ["will", "to", "should", "must", "would", "can", "also", "and", "&"];

/// Words that make a clause a demand (and after which "to learn how" is why).
pub(super) const DEMAND_VERB: u64 = mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB, cat::VAGUE]);

/// Words too common to show that two texts are about the same thing.
pub(crate) const COMMON: u64 =
    mask(&[cat::NOT_NAME, cat::AFTER_NAME, cat::CLAUSE_VERB, cat::QUANTITY, cat::QUANTIFIER]);

/// As `COMMON`, but keeping the words that come after a name ("Nursery", "Centre", "Club"):
/// what a service is called.
pub(crate) const COMMON_BESIDES_NAMES: u64 = COMMON & !mask(&[cat::AFTER_NAME]);

/// Words that do not show what a text is about: common words, people, professionals,
/// witnesses and records ("Mum", "the social worker confirms", "register").
pub(crate) const NOT_TOPICAL: u64 =
    COMMON | mask(&[cat::SUBJECT, cat::ROLE, cat::WITNESS, cat::WITNESS_PASSIVE, cat::EVIDENCE, cat::DETERMINER]);

/// Words that say nothing of what a measure or an outcome is about: common words, people,
/// "the", "every".
pub(super) const ABOUT_NOTHING: u64 = COMMON | mask(&[cat::SUBJECT, cat::DETERMINER]);

/// A word of digits only, at most `most` of them ("2028", an age in brackets "(14)"), as a
/// number: no need for the general number parser.
pub(crate) fn whole_number(w: &str, most: usize) -> Option<u32> {
    (!w.is_empty() && w.len() <= most && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.bytes().fold(0, |n, b| n * 10 + u32::from(b - b'0')))
}

/// The first four letters of a word (all of a shorter one).
pub(crate) fn first_four(w: &str) -> &str {
    w.char_indices().nth(4).map_or(w, |(i, _)| &w[..i])
}

/// What two texts share a word by: its first four letters ("school" and "schools"), or
/// five where four join words with nothing in common: a "mentor" is no "mental" health
/// service with an 18-month wait (a "mentoring" scheme's wait is still the mentor's).
pub(crate) fn word_stem(w: &str) -> &str {
    match first_four(w) {
        "ment" => w.char_indices().nth(5).map_or(w, |(i, _)| &w[..i]),
        four => four,
    }
}

/// A word cut to four letters, after "-ing", "-oes" and a plural or third-person "-s":
/// "eating" and "eat", "goes" and "go", "takes" and "take", "weeks" and "week".
pub(super) fn stem(w: &str) -> &str {
    let w = match w.strip_suffix("ing").filter(|r| r.len() >= 3) {
        Some(r) => r,
        None if w.ends_with("oes") => &w[..w.len() - 2],
        None if w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss") => &w[..w.len() - 1],
        None => w,
    };
    first_four(w)
}

/// The first three letters of a word's stem.
pub(super) fn three(w: &str) -> &str {
    let w = stem(w);
    w.char_indices().nth(3).map_or(w, |(k, _)| &w[..k])
}
