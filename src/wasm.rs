//! WebAssembly bindings (feature `wasm`): a thin layer over the Rust API in `lib.rs`.
//!
//! JS names: `check(plan, {authority, today})`, `authorities()`, `loadBankHolidays(text)`,
//! `version()`. None of them throws on bad input:
//!
//! - The plan may be an object or JSON text. Text is read by [`crate::check_str`]. An object
//!   of plain data is walked by `plan_in.js` and read by `object_tape` into the same tree
//!   (no JSON text written and scanned again); any other object (one with `toJSON`, a
//!   `Date`, a class instance, one nested deeper than the JSON reader reads) is turned into
//!   JSON text with the host's `JSON.stringify`, so every object reads exactly as its JSON
//!   would. An object that `JSON.stringify` refuses (it refers to itself, holds a BigInt, or
//!   is nested deeper than the host's stack) gives an `input.invalid` finding at path `""`;
//!   `undefined`, a function or a symbol read as `null`, which is not a plan, and says so the
//!   same way.
//! - Options that cannot be used do not fall back to a guess: a report with a wrong
//!   authority or a wrong "today" would show deadlines that look right and are not. Instead
//!   the answer is report-shaped with no checklist, due dates or SMART verdicts, and one
//!   `input.invalid` finding per bad option, at path `"authority"` or `"today"`.
//!   `report.authority.id` and `report.today` then echo what was passed (as text, `""` when
//!   it was missing or not text), so `report.today` is not a date in that case only.
//! - Panics: nothing here is meant to panic. On stable wasm32 a panic aborts the instance
//!   (no unwinding), so `catch_unwind` cannot keep it alive; instead the panic hook reports
//!   the panic once through `console.error` and schedules a fresh instance, which
//!   wasm-bindgen's glue creates at the next call: the call that panicked throws a JS
//!   `RuntimeError` (the form adapter catches it, keeping the page usable and the form
//!   untouched), and the next call is answered as usual.
//!
//! The TypeScript types in the generated `.d.ts` come from the Rust types through
//! `tsify_next` (report and plan types in `report.rs` and `model.rs`, option and result
//! types here); nothing is written twice by hand.

mod tape;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Once;

use chrono::NaiveDate;
use js_sys::{JsString, Uint32Array, Uint8Array};
use serde::Serialize;
use tsify_next::Tsify;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::dates::Calendar;
use crate::model::Plan;
use crate::parse::{invalid_finding, parse_date, shorten, INVALID};
use crate::report::{AuthorityRef, Finding, Report, Severity};
use crate::rules::{self, Ruleset};

#[wasm_bindgen(typescript_custom_section)]
const TS_EXTRA: &'static str = r#"
/** A calendar date written `YYYY-MM-DD`. */
export type NaiveDate = string;

/** Any part of a plan may be missing or `null`: a half-typed form is the normal case. */
export type DeepPartial<T> = T extends (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | null }
    : T;

/** What `check` accepts as a plan: the plan format, partly filled, or its JSON text. */
export type PlanInput = DeepPartial<Plan>;
"#;

/// Options for [`check`]. Read property by property (so a bad one becomes a finding, not
/// an exception); the struct is here for its TypeScript type.
#[allow(dead_code)]
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct CheckOptions {
    /// An authority id from `authorities()`, e.g. `"reading"`.
    pub authority: String,
    /// The date to check against, `YYYY-MM-DD`. The core has no clock.
    pub today: String,
}

/// One authority whose procedure cinplan knows.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct AuthorityInfo {
    pub id: String,
    pub name: String,
    pub short_name: String,
    /// The procedure file the rules come from.
    pub source: String,
    /// The procedure document's title.
    pub document: String,
}

/// The first and last dates a bank-holiday calendar knows about.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// What [`load_bank_holidays`] answers.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LoadResult {
    /// Whether the calendar is now in use for later checks.
    pub ok: bool,
    /// One sentence for a person: what was loaded, or why not.
    pub message: String,
    /// The calendar in use after the call (the previous one when `ok` is false).
    pub coverage: Coverage,
}

thread_local! {
    /// The calendar `loadBankHolidays` installed; `None` means the embedded one. Cloned out
    /// (an `Rc`) rather than borrowed during a check, so that a panic in the check cannot
    /// leave it borrowed (see `tape`'s state).
    static CALENDAR: RefCell<Option<Rc<Calendar>>> = const { RefCell::new(None) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Installs (once) a panic hook that reports a panic through `console.error`.
///
/// On wasm32 a panic aborts the call where it is, without unwinding: the call throws a
/// `RuntimeError` (the form adapter catches it and keeps the page as it was). The module
/// keeps answering because no state is borrowed across a call (`tape`'s buffers and the
/// SMART cache are taken out and put back; the loaded calendar is an `Rc` cloned out): a
/// panic can only lose what the call had taken, which the next call makes anew. What the
/// aborted call had allocated is not freed: a few kilobytes, for a bug that should never
/// happen.
///
/// Not `wasm_bindgen::handler::schedule_reinit` (a fresh instance at the next call): the
/// `bundler` glue of wasm-bindgen 0.2.130 has no module to instantiate again, and every
/// call after a panic threw a `ReferenceError` there.
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!(
                "cinplan: internal error ({info}). This is a bug in cinplan; the check that hit it has stopped, and the next one starts afresh."
            ));
        }));
    });
}

/// Panics on purpose, for the test that a panic is reported once and the module answers
/// again afterwards. Only in builds with the `panic-probe` feature, never in the package.
///
/// It panics where a real bug would do most harm: while writing an answer, with the
/// module's reusable buffers in use. Had they been borrowed (a `RefCell`), the borrow would
/// never be released and every later answer would fail.
#[cfg(feature = "panic-probe")]
#[wasm_bindgen(js_name = panicForTest)]
pub fn panic_for_test() -> JsValue {
    struct Explodes;
    impl Serialize for Explodes {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            panic!("a panic requested by a test")
        }
    }
    install_panic_hook();
    to_js(&Explodes)
}

fn to_js<T: Serialize>(value: &T) -> JsValue {
    // The answers here are plain data (strings, numbers, bools, lists, structs), which the
    // tape always carries; if one ever did not, `null` is a safer answer than an exception
    // in a keystroke handler.
    tape::to_js(value).unwrap_or(JsValue::NULL)
}

thread_local! {
    /// The names of the options as JS strings, made once rather than at every check.
    static OPTION_NAMES: [JsValue; 2] = [JsValue::from_str("authority"), JsValue::from_str("today")];
}

/// `options.authority` and `options.today`; `undefined` for each when `options` is not an
/// object or reading the property throws.
fn option_values(options: &JsValue) -> (JsValue, JsValue) {
    if !options.is_object() {
        return (JsValue::UNDEFINED, JsValue::UNDEFINED);
    }
    OPTION_NAMES.with(|[authority, today]| {
        let get = |name| js_sys::Reflect::get(options, name).unwrap_or(JsValue::UNDEFINED);
        (get(authority), get(today))
    })
}

fn option_finding(path: &str, message: String) -> Finding {
    Finding {
        rule: INVALID.into(),
        item: "input".into(),
        severity: Severity::Error,
        path: path.into(),
        message,
        source: "cinplan check() options".into(),
        quote: None,
        hint: None,
    }
}

/// Reads `{authority, today}`; on failure, the report to answer instead.
fn read_options(options: &JsValue) -> Result<(&'static Ruleset, NaiveDate), JsValue> {
    let (authority, today) = option_values(options);
    let authority_text = authority.as_string();
    let today_text = today.as_string();
    let ruleset = authority_text.as_deref().and_then(rules::ruleset);
    let date = today_text.as_deref().and_then(parse_date);
    if let (Some(rs), Some(d)) = (ruleset, date) {
        return Ok((rs, d));
    }

    let mut findings = Vec::new();
    if ruleset.is_none() {
        let known: Vec<&str> = rules::authorities().iter().map(|r| r.id.as_str()).collect();
        let message = match &authority_text {
            Some(id) if !id.is_empty() => format!(
                "There is no procedure for the authority \"{}\"; use one of: {}.",
                shorten(id),
                known.join(", ")
            ),
            _ => format!("No authority was given; use one of: {}.", known.join(", ")),
        };
        findings.push(option_finding("authority", message));
    }
    if date.is_none() {
        let message = match &today_text {
            Some(t) if !t.is_empty() => {
                format!("\"{}\" is not a date written YYYY-MM-DD, so no deadline can be worked out.", shorten(t))
            }
            _ => {
                "No date for today was given (options.today, YYYY-MM-DD), so no deadline can be worked out.".to_string()
            }
        };
        findings.push(option_finding("today", message));
    }
    let report = Report {
        authority: match ruleset {
            Some(rs) => AuthorityRef { id: rs.id.clone(), name: rs.name.clone(), source: rs.source.clone() },
            None => AuthorityRef {
                id: authority_text.as_deref().map(shorten).unwrap_or_default(),
                name: String::new(),
                source: String::new(),
            },
        },
        today: date.unwrap_or_default(),
        checklist: Vec::new(),
        findings,
        due: Vec::new(),
        holidays: Vec::new(),
        smart: Vec::new(),
    };
    let js = to_js(&report);
    if date.is_none() && js.is_object() {
        let echo = today_text.as_deref().map(shorten).unwrap_or_default();
        let _ = js_sys::Reflect::set(&js, &JsValue::from_str("today"), &JsValue::from_str(&echo));
    }
    Err(js)
}

fn with_calendar<R>(f: impl FnOnce(&Calendar) -> R) -> R {
    match CALENDAR.with(|cell| cell.borrow().clone()) {
        Some(calendar) => f(&calendar),
        None => f(Calendar::embedded()),
    }
}

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsString, destination: &Uint8Array) -> EncodeIntoResult;
    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

thread_local! {
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// A JS string as a Rust string, encoded by the host's `TextEncoder.encodeInto` straight
/// into wasm memory.
///
/// Why not `JsValue::as_string`: wasm-bindgen's glue copies a string one UTF-16 unit at a
/// time in a JS loop, which was an eighth of a whole `check()` for a 4 KB plan.
fn utf8(text: &JsString) -> String {
    // UTF-8 needs at most 3 bytes per UTF-16 unit (a surrogate pair, 2 units, makes 4).
    let capacity = text.length() as usize * 3;
    let mut bytes: Vec<u8> = Vec::with_capacity(capacity);
    // The encoder is made (on first use) before the view, so nothing allocates in wasm
    // memory between the view and `encodeInto`.
    let written = ENCODER.with(|encoder| {
        // SAFETY: the view covers exactly the vector's allocation and is used only by the
        // `encodeInto` call, during which nothing allocates in wasm memory (so the memory
        // cannot grow and move). `written` bytes were initialised by `encodeInto`, at most
        // `capacity`.
        unsafe {
            let view = Uint8Array::view_mut_raw(bytes.as_mut_ptr(), capacity);
            let written = encoder.encode_into(text, &view).written() as usize;
            bytes.set_len(written.min(capacity));
            written
        }
    });
    debug_assert!(written <= capacity);
    // `encodeInto` writes well-formed UTF-8 (a lone surrogate becomes U+FFFD).
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[wasm_bindgen(module = "/src/wasm/plan_in.js")]
extern "C" {
    #[wasm_bindgen(js_name = writePlan)]
    fn write_plan(plan: &JsValue) -> JsValue;
    #[wasm_bindgen(js_name = planOps)]
    fn plan_ops() -> u32;
    #[wasm_bindgen(js_name = copyPlanOps)]
    fn copy_plan_ops(into: &Uint32Array);
}

/// A plan object as `plan_in.js` writes it (see `object_tape`): its ops and its text, or
/// `None` when it holds something that only `JSON.stringify` writes faithfully.
fn plan_tape(plan: &JsValue) -> Option<(Vec<u32>, String, usize)> {
    let text = write_plan(plan).dyn_into::<JsString>().ok()?;
    let len = plan_ops() as usize;
    let mut ops: Vec<u32> = Vec::with_capacity(len);
    // SAFETY: the view covers exactly the vector's allocation and is used only by the
    // `copyPlanOps` call, during which nothing allocates in wasm memory; it writes `len`
    // values, which initialises them all.
    unsafe {
        copy_plan_ops(&Uint32Array::view_mut_raw(ops.as_mut_ptr(), len));
        ops.set_len(len);
    }
    Some((ops, utf8(&text), text.length() as usize))
}

/// The plan as JSON text, or `None` when the host cannot write it as JSON.
fn plan_text(plan: &JsValue) -> Option<String> {
    if let Some(text) = plan.dyn_ref::<JsString>() {
        return Some(utf8(text));
    }
    match js_sys::JSON::stringify(plan) {
        // `JSON.stringify(undefined)` and friends answer `undefined`: read as `null`.
        Ok(text) => Some(if text.is_undefined() { "null".to_string() } else { utf8(&text) }),
        Err(_) => None,
    }
}

/// Reads the plan (JSON text, or an object by the fastest way that gives the same answer)
/// and checks it.
fn check_plan(plan: &JsValue, rs: &Ruleset, today: NaiveDate, calendar: &Calendar) -> Report {
    if !plan.is_string() {
        if let Some((ops, text, units)) = plan_tape(plan) {
            if let Some(tree) = crate::object_tape::read(&ops, &text, units) {
                let (plan, invalid) = crate::parse::plan_from_json(&tree);
                return crate::engine::run(&plan, invalid, rs, today, calendar);
            }
        }
    }
    match plan_text(plan) {
        Some(text) => crate::check_str(&text, rs, today, calendar),
        None => {
            let finding = invalid_finding(
                String::new(),
                "The plan cannot be read as JSON: it refers to itself, holds a value JSON cannot hold, or is nested far too deeply"
                    .to_string(),
            );
            crate::engine::run(&Plan::default(), vec![finding], rs, today, calendar)
        }
    }
}

/// Checks a plan against an authority's procedure.
///
/// `plan` is a plan object or its JSON text; `options` is `{authority, today}`. Never
/// throws: anything that is not a plan, or options that cannot be used, come back as
/// findings with rule `input.invalid` and the path of the bad part.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn check(
    #[wasm_bindgen(unchecked_param_type = "PlanInput | string")] plan: JsValue,
    #[wasm_bindgen(unchecked_param_type = "CheckOptions")] options: JsValue,
) -> JsValue {
    install_panic_hook();
    let (rs, today) = match read_options(&options) {
        Ok(ok) => ok,
        Err(report) => return report,
    };
    let report = with_calendar(|calendar| check_plan(&plan, rs, today, calendar));
    to_js(&report)
}

/// The authorities whose procedures cinplan knows, in a stable order.
#[wasm_bindgen(unchecked_return_type = "AuthorityInfo[]")]
pub fn authorities() -> JsValue {
    install_panic_hook();
    let list: Vec<AuthorityInfo> = rules::authorities()
        .iter()
        .map(|r| AuthorityInfo {
            id: r.id.clone(),
            name: r.name.clone(),
            short_name: r.short_name.clone(),
            source: r.source.clone(),
            document: r.document.clone(),
        })
        .collect();
    to_js(&list)
}

fn coverage(calendar: &Calendar) -> Coverage {
    let (from, to) = calendar.coverage();
    Coverage { from, to }
}

/// Uses a newer GOV.UK bank-holidays.json (its text) for every later `check`.
///
/// `null` or `undefined` goes back to the bank holidays built into cinplan. Text that is
/// not a GOV.UK bank-holidays file leaves the calendar in use unchanged, with `ok: false`
/// and the reason in `message`. Never throws.
#[wasm_bindgen(js_name = loadBankHolidays, unchecked_return_type = "LoadResult")]
pub fn load_bank_holidays(#[wasm_bindgen(unchecked_param_type = "string | null")] text: JsValue) -> JsValue {
    install_panic_hook();
    let result = if text.is_null() || text.is_undefined() {
        CALENDAR.with(|cell| *cell.borrow_mut() = None);
        let coverage = coverage(Calendar::embedded());
        LoadResult {
            ok: true,
            message: format!("Using the bank holidays built into cinplan ({} to {}).", coverage.from, coverage.to),
            coverage,
        }
    } else {
        match text.as_string() {
            None => LoadResult {
                ok: false,
                message: "Bank holidays must be given as the text of a GOV.UK bank-holidays.json file; the calendar in use is unchanged.".into(),
                coverage: with_calendar(coverage),
            },
            Some(text) => match Calendar::from_govuk_json(&text) {
                Ok(calendar) => {
                    let coverage = coverage(&calendar);
                    CALENDAR.with(|cell| *cell.borrow_mut() = Some(Rc::new(calendar)));
                    LoadResult {
                        ok: true,
                        message: format!(
                            "Bank holidays loaded for {} to {}; later checks use them.",
                            coverage.from, coverage.to
                        ),
                        coverage,
                    }
                }
                Err(reason) => LoadResult {
                    ok: false,
                    message: format!("Bank holidays not loaded: {reason}. The calendar in use is unchanged."),
                    coverage: with_calendar(coverage),
                },
            },
        }
    };
    to_js(&result)
}

/// The cinplan version (the crate's), e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
