//! What a text is about: the topics its words touch (school, sleep, money, …).

use super::scanned::Scanned;
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
