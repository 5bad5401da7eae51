//! A set of texts, looked up in constant time: a plan's need ids, the paths already
//! reported, a data file's keys. (Comparing each with every other was quadratic: 500
//! outcomes naming 500 ids each against 500 needs.)

use super::u64map::{SpreadU64, U64Map};
use std::hash::Hasher;

#[derive(Default)]
pub(crate) struct TextSet<'a> {
    /// A text's hash → its place in `texts`.
    index: U64Map,
    texts: Vec<&'a str>,
    /// Each text's place among all inserts.
    places: Vec<usize>,
    inserts: usize,
}

impl<'a> TextSet<'a> {
    /// Adds `s`; false when it was there already.
    pub fn insert(&mut self, s: &'a str) -> bool {
        let next = self.texts.len() as u32;
        let place = self.inserts;
        self.inserts += 1;
        let at = *self.index.entry(hash(s)).or_insert(next);
        if at != next {
            return self.texts[at as usize] != s;
        }
        self.texts.push(s);
        self.places.push(place);
        true
    }

    pub fn contains(&self, s: &str) -> bool {
        self.position(s).is_some()
    }

    /// Where `s` was first inserted (counting every insert, repeats too), as
    /// `iter().position()` over what was inserted would say.
    pub fn position(&self, s: &str) -> Option<usize> {
        // An equal hash is confirmed by comparing the texts. (Two texts with one hash keep
        // only the first: the second then reads as absent, at worst a needless finding.)
        let at = *self.index.get(&hash(s))? as usize;
        (self.texts[at] == s).then(|| self.places[at])
    }
}

fn hash(s: &str) -> u64 {
    let mut h = SpreadU64::default();
    h.write(s.as_bytes());
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_was_put_in_and_tells_a_repeat() {
        let mut set = TextSet::default();
        assert!(set.insert("n1") && set.insert("n2") && set.insert(""));
        assert!(!set.insert("n1"));
        assert!(set.contains("n1") && set.contains("n2") && set.contains(""));
        assert!(!set.contains("n3") && !set.contains("n"));
        assert_eq!((set.position("n1"), set.position("n2"), set.position("")), (Some(0), Some(1), Some(2)));
    }
}
