//! What a text is about (the topics its words touch), and a measure that only repeats its outcome.

use super::scanned::{numbers, Scanned};
use super::words::{mask, stem, COMMON};
use crate::smart::data::cat;
use crate::smart::text::Hit;

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
