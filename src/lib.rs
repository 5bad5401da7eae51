//! cinplan: checks a Child in Need plan against a local authority's procedure and
//! computes its due dates in working days (England and Wales bank holidays).
//!
//! A plan flows: JSON (`json`) → the plan, read leniently (`plan`) → the checks of the
//! authority's rules (`rules`, `engine`, with `dates` and `smart`) → the report (`report`).
//! The plain Rust API comes first; the WebAssembly bindings (`wasm` feature) and the
//! CLI (`src/bin/cinplan.rs`) are thin layers over it.

pub mod dates;
pub mod engine;
pub mod json;
pub mod plan;
pub mod report;
pub mod rules;
pub mod smart;
mod util;
#[cfg(feature = "wasm")]
pub mod wasm;

pub use dates::Calendar;
pub use plan::Plan;
pub use report::{Finding, Report, Severity, Status};
pub use rules::{authorities, ruleset, Ruleset};

use chrono::NaiveDate;

/// Check a plan already in Rust types, with the embedded bank holidays.
pub fn check(plan: &Plan, ruleset: &Ruleset, today: NaiveDate) -> Report {
    engine::run(plan, Vec::new(), ruleset, today, Calendar::embedded())
}

/// As `check`, with a calendar of your own (a newer GOV.UK bank-holidays.json).
pub fn check_with(plan: &Plan, ruleset: &Ruleset, today: NaiveDate, calendar: &Calendar) -> Report {
    engine::run(plan, Vec::new(), ruleset, today, calendar)
}

/// Check a JSON value. Parts that are not a plan become `input.invalid` findings at their
/// path; the rest is still checked. Never fails.
pub fn check_value(value: &serde_json::Value, ruleset: &Ruleset, today: NaiveDate, calendar: &Calendar) -> Report {
    let (plan, invalid) = plan::plan_from_value(value);
    engine::run(&plan, invalid, ruleset, today, calendar)
}

/// Check JSON text. Text that is not JSON at all gives one `input.invalid` finding at "".
pub fn check_str(text: &str, ruleset: &Ruleset, today: NaiveDate, calendar: &Calendar) -> Report {
    let (plan, invalid) = plan::plan_from_str(text);
    engine::run(&plan, invalid, ruleset, today, calendar)
}

// The WebAssembly module's allocator: talc in place of the standard library's dlmalloc,
// which made the `.wasm` ~2.4 KB larger gzipped (docs/PERFORMANCE.md). Native builds keep
// the system allocator.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
