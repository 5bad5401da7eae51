//! The memory a check may use (README "Limits"): counted by an allocator that keeps the
//! peak, over the plans that cost the most: those with the most rows, and those with the
//! most values per byte of text, just under the largest plan read. One test in its own
//! file, so that no other test allocates meanwhile.

use chrono::NaiveDate;
use cinplan::dates::Calendar;
use cinplan::plan::{MAX_PLAN_BYTES, MAX_ROWS};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static NOW: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = NOW.fetch_add(layout.size(), Relaxed) + layout.size();
            PEAK.fetch_max(now, Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        NOW.fetch_sub(layout.size(), Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The most memory held at once while `text` is checked, beyond what was held before.
fn peak_while_checking(text: &str) -> usize {
    let rs = cinplan::ruleset("reading").unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let before = NOW.load(Relaxed);
    PEAK.store(before, Relaxed);
    let report = cinplan::check_str(text, rs, today, Calendar::embedded());
    let peak = PEAK.load(Relaxed) - before;
    drop(report);
    peak
}

/// `open` + `item` repeated + `close`, as long as fits in the limit.
fn filled(open: &str, item: &str, close: &str) -> String {
    let n = (MAX_PLAN_BYTES - open.len() - close.len()) / item.len();
    let mut s = String::with_capacity(MAX_PLAN_BYTES);
    s.push_str(open);
    for _ in 0..n {
        s.push_str(item);
    }
    // The last item's comma would not be JSON.
    if s.ends_with(',') {
        s.pop();
    }
    s.push_str(close);
    assert!(s.len() <= MAX_PLAN_BYTES);
    s
}

#[test]
fn a_check_holds_at_most_64_mb_besides_its_text() {
    let rows = format!("[{}],", "0,".repeat(MAX_ROWS).trim_end_matches(','));
    let cases = [
        // Small values in lists inside lists (each list keeps its first 500 items).
        ("lists of lists of numbers", filled(r#"{"x": [["#, &rows, "]]}")),
        // An object with a million small members: every member is kept.
        ("one object of a million members", filled("{", r#""k":0,"#, "}")),
        // Strings with escapes, each copied out of the text.
        ("escaped strings", filled(r#"{"x": ["#, r#""\n","#, "]}")),
        // The most rows a plan can have, each with findings: 500 outcomes of 500 actions
        // and 500 need ids each.
        ("500 outcomes of 500 actions and 500 need ids", {
            let actions = format!("[{}]", "{},".repeat(MAX_ROWS).trim_end_matches(','));
            let ids = format!("[{}]", r#""n","#.repeat(MAX_ROWS).trim_end_matches(','));
            let outcome =
                format!(r#"{{"description": "Amira attends school", "needs": {ids}, "actions": {actions}}},"#);
            format!("{{\"outcomes\": [{}]}}", outcome.repeat(MAX_ROWS).trim_end_matches(','))
        }),
        ("long texts", filled(r#"{"outcomes": ["#, &format!(r#"{{"description": "{}"}},"#, "a".repeat(99_990)), "]}")),
    ];
    for (what, text) in &cases {
        let peak = peak_while_checking(text);
        println!("{what}: {} bytes of text, peak {peak} bytes besides it", text.len());
        // README "Limits": besides its text, a check holds at most 64 MB (what is kept of
        // the text is bounded by what the plan reader reads, not by the text's length).
        assert!(peak <= 64_000_000, "{what}: {peak} bytes at the peak");
    }

    // A plan over the limit is refused before anything the size of it is made.
    let huge = " ".repeat(3 * MAX_PLAN_BYTES);
    let peak = peak_while_checking(&huge);
    assert!(peak < 200_000, "{peak} bytes to refuse a plan over the limit");
}
