//! The one hash map type of the crate: from a key that is already spread well (a hash or an
//! address) to a small index.
//!
//! One type because every distinct `HashMap<K, V, S>` brings its own copy of the table code
//! into the wasm (about 2.5 KB each); values live in a `Vec` beside the map.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

pub(crate) type U64Map = HashMap<u64, u32, BuildHasherDefault<SpreadU64>>;

/// The key is already unique and cheap: one multiply spreads it over the table. (The
/// general-purpose hashers cost more than the rest of a look-up.)
#[derive(Default)]
pub(crate) struct SpreadU64(u64);

impl Hasher for SpreadU64 {
    fn finish(&self) -> u64 {
        self.0
    }
    // Only u64 keys are hashed; this is here because the trait requires it.
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29);
    }
}
