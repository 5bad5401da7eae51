//! Results per outcome, kept between checks of the same plan.
//!
//! A live form re-checks the whole plan on every keystroke, while the practitioner edits
//! one outcome at a time: an outcome whose words, dates, links and context have not changed
//! gives the same verdict and findings as last time, so they are copied instead of worked
//! out again. The first time an outcome is seen only its hash is noted (the one being typed
//! changes at every check and is never copied); seen again unchanged, its results are kept.
//! A kept result is used only if the outcome is *equal* to the one it was made from (not
//! just of equal hash) and the plan-wide context (authority, citation, dates, child's name,
//! needs, services) hashes the same. One cache per thread; entries not used by the latest
//! check are dropped once there are more than `KEEP`.
//!
//! Entries are found by scanning them: a few hundred keys at most, microseconds per check,
//! where a `HashMap` type would add ~1.4 KB gzip to the WebAssembly module.

use super::text::Fnv;
use crate::plan::{Outcome, Plan};
use crate::report::{Finding, OutcomeSmart};
use std::cell::Cell;
use std::hash::{Hash, Hasher};

use super::context::SmartContext;

const KEEP: usize = 256;

pub(crate) struct Entry {
    key: u64,
    used: u64,
    /// Absent until the outcome has been seen twice.
    kept: Option<Kept>,
}

pub(crate) struct Kept {
    index: usize,
    context: u64,
    outcome: Outcome,
    pub verdict: OutcomeSmart,
    pub findings: Vec<Finding>,
}

/// What the cache knows about an outcome.
pub(crate) enum Lookup<'a> {
    /// Same as last time: here are the results.
    Hit(&'a Kept),
    /// Seen before with this hash: keep the results this time.
    Keep,
    /// New (or changed): just work it out.
    Miss,
}

#[derive(Default)]
pub(crate) struct Cache {
    entries: Vec<Entry>,
    generation: u64,
}

thread_local! {
    static CACHE: Cell<Cache> = Cell::new(Cache::default());
}

/// Run `f` with this thread's cache (a fresh, empty one if it is already in use).
///
/// The cache is taken out for the call and put back after it, not borrowed: in wasm a
/// panic aborts the call without unwinding, and a borrow held then would never end. Taken
/// out, a panic only loses what was cached.
pub(crate) fn with<R>(f: impl FnOnce(&mut Cache) -> R) -> R {
    let mut cache = CACHE.take();
    let result = f(&mut cache);
    CACHE.set(cache);
    result
}

impl Cache {
    /// Start a check; returns its generation.
    pub fn begin(&mut self) -> u64 {
        self.generation += 1;
        self.generation
    }

    pub fn lookup(&mut self, key: u64, index: usize, context: u64, outcome: &Outcome, generation: u64) -> Lookup<'_> {
        let at = self.slot(key);
        let entry = &mut self.entries[at];
        let seen = entry.used != 0;
        entry.used = generation;
        match &entry.kept {
            Some(k) if k.index == index && k.context == context && k.outcome == *outcome => Lookup::Hit(k),
            _ if seen => Lookup::Keep,
            _ => Lookup::Miss,
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub fn keep(
        &mut self,
        key: u64,
        index: usize,
        context: u64,
        outcome: &Outcome,
        verdict: &OutcomeSmart,
        findings: &[Finding],
        generation: u64,
    ) {
        let kept =
            Kept { index, context, outcome: outcome.clone(), verdict: verdict.clone(), findings: findings.to_vec() };
        let at = self.slot(key);
        self.entries[at] = Entry { key, used: generation, kept: Some(kept) };
    }

    /// The index of `key`'s entry, made (unused, nothing kept) if there is none.
    fn slot(&mut self, key: u64) -> usize {
        if let Some(at) = self.entries.iter().position(|e| e.key == key) {
            return at;
        }
        self.entries.push(Entry { key, used: 0, kept: None });
        self.entries.len() - 1
    }

    /// End a check: forget what it did not use, if there is too much.
    pub fn end(&mut self, generation: u64) {
        if self.entries.len() > KEEP {
            self.entries.retain(|e| e.used == generation);
        }
    }
}

/// Everything outside the outcome that its verdict and findings depend on.
pub(crate) fn context_key(plan: &Plan, ctx: &SmartContext) -> u64 {
    let mut h = Fnv::default();
    ctx.authority.hash(&mut h);
    ctx.source.hash(&mut h);
    ctx.quote.hash(&mut h);
    ctx.plan_start.hash(&mut h);
    ctx.today.hash(&mut h);
    ctx.next_review.hash(&mut h);
    ctx.max_end.hash(&mut h);
    ctx.turns_18.hash(&mut h);
    plan.child.name.hash(&mut h);
    for n in &plan.needs {
        n.id.hash(&mut h);
        n.description.hash(&mut h);
    }
    for s in &plan.services {
        s.name.hash(&mut h);
        s.provider.hash(&mut h);
        s.scarce.hash(&mut h);
    }
    h.finish()
}

pub(crate) fn outcome_key(context: u64, index: usize, o: &Outcome) -> u64 {
    let mut h = Fnv::default();
    context.hash(&mut h);
    index.hash(&mut h);
    o.description.hash(&mut h);
    o.measure.hash(&mut h);
    o.target_date.hash(&mut h);
    o.needs.hash(&mut h);
    for a in &o.actions {
        a.description.hash(&mut h);
        a.owner.hash(&mut h);
        a.due.hash(&mut h);
    }
    h.finish()
}
