//! WebAssembly bindings (feature `wasm`): each export reads its arguments, calls the Rust
//! API in `lib.rs`, and hands the answer to JS as plain objects.
//!
//! JS names: `check(plan, {authority, today})`, `authorities()`, `planFields()`,
//! `loadBankHolidays(text)`, `loadRuleset(ruleset, options)` (in `wasm/rulesets.rs`),
//! `version()`. None of them throws on bad input:
//!
//! - The plan may be JSON text or an object. Text is read by the core's JSON reader; its
//!   length is looked at before it is copied into WebAssembly memory, and a plan longer
//!   than [`MAX_PLAN_BYTES`] is refused there with one `input.invalid` finding. An object
//!   reads as its JSON text would (`toJSON` and `Date` objects, class instances, getters, a
//!   `Map` as `{}`, `undefined`, holes in arrays), read by [`object::read`] without writing
//!   the text: only as much of each list as is checked, `NaN` and the infinities reported
//!   at their path, every call that can run page code guarded. An object it cannot read (it
//!   contains itself, is nested past 127 levels, or a getter or Proxy trap throws) gives an
//!   `input.invalid` finding at path `""`; `undefined`, a function or a symbol read as
//!   `null`, which is not a plan, and says so the same way.
//! - Answers go to JS as JSON text parsed by the host's `JSON.parse`, not built property by
//!   property (serde-wasm-bindgen sets each with `obj[key] = value`): `JSON.parse` makes
//!   each property the object's own, so a page that defined a `findings` (or `message`, …)
//!   accessor on `Object.prototype` cannot swallow it. It is also a smaller module.
//! - Options that cannot be used do not fall back to a guess: a report with a wrong
//!   authority or a wrong "today" would show deadlines that look right and are not. Instead
//!   the answer is report-shaped with no checklist, due dates or SMART verdicts, and one
//!   `input.invalid` finding per bad option, at path `"authority"` or `"today"`.
//!   `report.authority.id` and `report.today` then echo what was passed (as text, `""` when
//!   it was missing or not text), so `report.today` is not a date in that case only.
//! - Panics: nothing here is meant to panic. On wasm32 a panic aborts the call without
//!   unwinding: the call throws a JS `RuntimeError` (the form adapter catches it, keeping the
//!   page usable and the form untouched), the hook below reports it once through
//!   `console.error`, and the next call is answered as usual, because no state is borrowed
//!   across a call (the SMART cache is taken out and put back; the loaded calendar is an
//!   `Rc` cloned out). What the aborted call had allocated is not freed: a few kilobytes,
//!   for a bug that should never happen. (Not `wasm_bindgen::handler::schedule_reinit`: the
//!   `bundler` glue of wasm-bindgen 0.2.130 has no module to instantiate again, and every
//!   call after a panic threw a `ReferenceError` there.)
//!
//! The TypeScript types in the generated `.d.ts` come from the Rust types through
//! `tsify_next` (report types in `report.rs`, plan types in `plan/`, option and result
//! types here); nothing is written twice by hand.

mod object;
mod rulesets;

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Once;

use chrono::NaiveDate;
use serde::Serialize;
use tsify_next::Tsify;
use wasm_bindgen::prelude::*;

use crate::dates::{parse_date, Calendar};
use crate::plan::{invalid_finding, too_large, PlanField, INVALID, MAX_PLAN_BYTES};
use crate::report::Procedure;
use crate::report::{AuthorityRef, Finding, Report, Severity};
use crate::util::shorten;
use object::Refused;
use rulesets::Chosen;

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
    /// The ruleset's own version.
    pub version: String,
    /// The procedure the rules come from: title, publisher, version or date, address.
    pub procedure: Procedure,
    /// Loaded with `loadRuleset` (`true`), or built into cinplan.
    pub loaded: bool,
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
    /// leave it borrowed.
    static CALENDAR: RefCell<Option<Rc<Calendar>>> = const { RefCell::new(None) };
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Installs (once) a panic hook that reports a panic through `console.error`.
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
/// It panics while an answer is being handed to JS, where a real bug would leave most
/// half done.
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

/// A Rust value as plain JS data: objects (never `Map`s), arrays, strings, numbers.
fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    // The answers here are plain data, which always serialize; if one ever did not, `null`
    // is a safer answer than an exception in a keystroke handler.
    serde_json::to_string(value).ok().and_then(|text| js_sys::JSON::parse(&text).ok()).unwrap_or(JsValue::NULL)
}

/// `options.authority` and `options.today` as text, when they are text; a property that
/// is missing, not text, or whose getter throws reads as `None`.
fn option_texts(options: &JsValue) -> (Option<String>, Option<String>) {
    if !options.is_object() {
        return (None, None);
    }
    let get = |name: &str| {
        let v = js_sys::Reflect::get(options, &JsValue::from_str(name)).ok().filter(JsValue::is_string)?;
        // An id or a date: a long text is not one, and is not copied whole.
        let units = v.unchecked_ref::<js_sys::JsString>().length();
        let v = if units > 1000 { v.unchecked_ref::<js_sys::JsString>().slice(0, 1000).into() } else { v };
        object::copy(&v)
    };
    (get("authority"), get("today"))
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
fn read_options(options: &JsValue) -> Result<(Chosen, NaiveDate), JsValue> {
    let (authority, today) = option_texts(options);
    let ruleset = authority.as_deref().and_then(rulesets::find);
    let date = today.as_deref().and_then(parse_date);
    let (ruleset, date) = match (ruleset, date) {
        (Some(rs), Some(d)) => return Ok((rs, d)),
        other => other,
    };

    let mut findings = Vec::new();
    if ruleset.is_none() {
        let all = rulesets::all();
        let known: Vec<&str> = all.iter().map(|r| r.id.as_str()).collect();
        let said = match &authority {
            Some(id) if !id.is_empty() => format!("There is no procedure for the authority \"{}\"", shorten(id)),
            _ => "No authority was given".into(),
        };
        let message = format!("{said}; use one of: {}.", known.join(", "));
        findings.push(option_finding("authority", message));
    }
    if date.is_none() {
        let message = match &today {
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
        authority: match &ruleset {
            Some(rs) => AuthorityRef {
                id: rs.id.clone(),
                name: rs.name.clone(),
                source: rs.source.clone(),
                ruleset: Some(rs.audit()),
            },
            None => AuthorityRef {
                id: authority.as_deref().map(shorten).unwrap_or_default(),
                name: String::new(),
                source: String::new(),
                ruleset: None,
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
        let echo = today.as_deref().map(shorten).unwrap_or_default();
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

/// The plan read: JSON text by the core's reader, an object by [`object::read`]; what
/// cannot be read at all is one `input.invalid` finding at `""`.
fn read_plan(plan: &JsValue) -> (crate::Plan, Vec<Finding>) {
    let refused = |message: String| (crate::Plan::default(), vec![invalid_finding(String::new(), message)]);
    if plan.is_string() {
        // Its length looked at before the text is copied into WebAssembly memory (UTF-16
        // units, never more than its UTF-8 bytes): a 136 MB text must not be copied at all.
        let units = plan.unchecked_ref::<js_sys::JsString>().length() as u64;
        if units > MAX_PLAN_BYTES as u64 {
            return (crate::Plan::default(), vec![too_large(Some(units))]);
        }
        return match object::copy(plan) {
            Some(text) => crate::plan::plan_from_str(&text),
            None => refused(COPY_FAILED.to_string()),
        };
    }
    match object::read(plan) {
        Ok(tree) => crate::plan::plan_from_json(&tree),
        Err(Refused::TooLarge) => (crate::Plan::default(), vec![too_large(None)]),
        Err(Refused::TooDeep) => refused("The plan is nested too deeply to be a plan".to_string()),
        Err(Refused::Cycle) => refused("The plan cannot be read: it contains itself".to_string()),
        Err(Refused::CannotCopy) => refused(COPY_FAILED.to_string()),
        Err(Refused::Threw(at)) => {
            let at = if at.is_empty() { "it" } else { &at };
            refused(format!("The plan cannot be read: reading {at} raised an error"))
        }
    }
}

/// When text cannot be copied into WebAssembly memory at all: neither by wasm-bindgen's
/// glue (the page's `TextEncoder.prototype.encodeInto`) nor one unit at a time (the page's
/// `String.prototype.charCodeAt`), both looked up when called.
const COPY_FAILED: &str =
    "The plan cannot be read: the page has changed the browser's text functions, which copying its text needs";

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
    let (plan, invalid) = read_plan(&plan);
    let report = with_calendar(|calendar| crate::engine::run(&plan, invalid, &rs, today, calendar));
    to_js(&report)
}

/// The authorities whose procedures cinplan knows, built in or loaded, in order of id.
#[wasm_bindgen(unchecked_return_type = "AuthorityInfo[]")]
pub fn authorities() -> JsValue {
    install_panic_hook();
    let list: Vec<AuthorityInfo> = rulesets::all()
        .iter()
        .map(|r| AuthorityInfo {
            id: r.id.clone(),
            name: r.name.clone(),
            short_name: r.short_name.clone(),
            source: r.source.clone(),
            document: r.procedure.title.clone(),
            version: r.version.clone(),
            procedure: r.procedure.clone(),
            loaded: matches!(r, Chosen::Loaded(_)),
        })
        .collect();
    to_js(&list)
}

/// Every field of the plan format, for a form to map its own fields to: its path (`*` for
/// a row's index: `outcomes.*.targetDate`), what it holds (`type`, which says how to type a
/// form's text for it), its plain-English `label`, and for a `choice` its `choices`.
#[wasm_bindgen(js_name = planFields, unchecked_return_type = "PlanField[]")]
pub fn plan_fields() -> JsValue {
    install_panic_hook();
    let fields: Vec<PlanField> = crate::plan::fields();
    to_js(&fields)
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
        // Its length looked at before it is copied into WebAssembly memory (UTF-16 units,
        // never more than its UTF-8 bytes).
        let units = if text.is_string() { text.unchecked_ref::<js_sys::JsString>().length() as usize } else { 0 };
        let loaded = if units > crate::dates::MAX_HOLIDAYS_BYTES {
            Err(crate::dates::holidays_too_large(units as u64))
        } else {
            match text.is_string().then(|| object::copy(&text)).flatten() {
                Some(text) => Calendar::from_govuk_json(&text),
                None => Err("it must be given as the text of a GOV.UK bank-holidays.json file".into()),
            }
        };
        match loaded {
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
        }
    };
    to_js(&result)
}

/// The cinplan version (the crate's), e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
