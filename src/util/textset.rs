//! A set of texts, looked up in constant time: a plan's need ids, the paths already
//! reported, a data file's keys. (Comparing each with every other was quadratic: 500
//! outcomes naming 500 ids each against 500 needs.)

use std::collections::HashMap;

/// How the set hashes. On wasm32-unknown-unknown the standard library has no source of
/// randomness, so `RandomState` gives every map the same fixed keys anyway; saying so
/// leaves its per-thread seed out of the module. Natively the keys stay random, so that
/// crafted ids cannot make a batch check slow.
#[cfg(target_arch = "wasm32")]
type Keys = std::hash::BuildHasherDefault<std::collections::hash_map::DefaultHasher>;
#[cfg(not(target_arch = "wasm32"))]
type Keys = std::collections::hash_map::RandomState;

#[derive(Default)]
pub(crate) struct TextSet<'a> {
    /// Each text → where it was first inserted, counting every insert (repeats too).
    first: HashMap<&'a str, usize, Keys>,
    inserts: usize,
}

impl<'a> TextSet<'a> {
    /// Adds `s`; false when it was there already.
    pub fn insert(&mut self, s: &'a str) -> bool {
        let place = self.inserts;
        self.inserts += 1;
        let mut new = false;
        self.first.entry(s).or_insert_with(|| {
            new = true;
            place
        });
        new
    }

    // Looked up by the key's own type (`&&str`), as `insert` hashes it: one copy of the
    // hashing in the WebAssembly module instead of two (about 80 bytes).
    pub fn contains(&self, s: &str) -> bool {
        self.first.contains_key(&s)
    }

    /// Where `s` was first inserted (counting every insert, repeats too), as
    /// `iter().position()` over what was inserted would say.
    pub fn position(&self, s: &str) -> Option<usize> {
        self.first.get(&s).copied()
    }
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
