//! Stable sorting through one sort routine.
//!
//! `slice::sort_by` is generic over the element and the comparison, so each call site with
//! its own element type puts another copy of the standard library's sort (~3.7 KB) into
//! the wasm. Here the standard sort runs once, non-generically, on indices, with the
//! comparison behind a `dyn`; only the small reordering step is per type. The lists sorted
//! (findings, due dates, bank holidays) have at most a few hundred entries.

use std::cmp::Ordering;

/// Sorts `v` by `cmp`, keeping the order of equal elements (like `slice::sort_by`).
pub(crate) fn sort_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        order(v.len(), &|a, b| cmp(&v[a], &v[b]))
    };
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.iter().filter_map(|&i| slots[i as usize].take()));
}

/// `0..n` in the order `cmp` gives their elements, equal ones kept in index order.
///
/// Ties are broken by index, so no two indices compare equal and the unstable sort gives
/// exactly the stable order; its code is ~0.6 KB gzip smaller in the wasm than
/// `sort_by`'s.
#[inline(never)]
fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<u32> {
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by(|&a, &b| cmp(a as usize, b as usize).then(a.cmp(&b)));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let words = ["pear", "fig", "apple", "kiwi", "date", "plum", "lime", "", "fig", "yam"];
        for n in 0..=words.len() {
            let mut ours: Vec<(usize, &str)> = words[..n].iter().copied().enumerate().collect();
            let mut std = ours.clone();
            // By length only, so that equal keys show whether their order is kept.
            sort_by(&mut ours, |a, b| a.1.len().cmp(&b.1.len()));
            std.sort_by_key(|a| a.1.len());
            assert_eq!(ours, std, "first {n} words");
        }
        // Many items with few keys: an unstable sort keeps equal ones in order only by
        // chance below about 20 items, so this is what shows the index breaking ties.
        let mut ours: Vec<(usize, u64)> = (0..500).map(|i| (i, (i as u64 * 7919) % 3)).collect();
        let mut std = ours.clone();
        sort_by(&mut ours, |a, b| a.1.cmp(&b.1));
        std.sort_by_key(|a| a.1);
        assert_eq!(ours, std);
    }
}
