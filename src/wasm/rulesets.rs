//! Rulesets loaded at run time (`loadRuleset`), beside the built-in ones: what `check`
//! and `authorities()` choose from. A loaded ruleset takes the place of an earlier one
//! with its id; it takes the place of a built-in one only when `replace: true` is passed.
//! A ruleset with any problem is not loaded, so a broken file never replaces a working one.

use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;

use serde::Serialize;
use tsify_next::Tsify;
use wasm_bindgen::prelude::*;

use super::{install_panic_hook, object, to_js};
use crate::rules::{self, Problem, Ruleset};

thread_local! {
    /// Cloned out (an `Rc`) for a check, never borrowed across one (see `CALENDAR`).
    static LOADED: RefCell<Vec<Rc<Ruleset>>> = const { RefCell::new(Vec::new()) };
}

/// A ruleset a check may use: built in, or loaded.
pub(super) enum Chosen {
    BuiltIn(&'static Ruleset),
    Loaded(Rc<Ruleset>),
}

impl Deref for Chosen {
    type Target = Ruleset;
    fn deref(&self) -> &Ruleset {
        match self {
            Chosen::BuiltIn(rs) => rs,
            Chosen::Loaded(rs) => rs,
        }
    }
}

/// The ruleset with this id: a loaded one first (it may replace a built-in one).
pub(super) fn find(id: &str) -> Option<Chosen> {
    let loaded = LOADED.with(|cell| cell.borrow().iter().find(|r| r.id == id).cloned());
    loaded.map(Chosen::Loaded).or_else(|| rules::ruleset(id).map(Chosen::BuiltIn))
}

/// Every ruleset a check may use, in order of id.
pub(super) fn all() -> Vec<Chosen> {
    let loaded: Vec<Rc<Ruleset>> = LOADED.with(|cell| cell.borrow().clone());
    let mut out: Vec<Chosen> =
        rules::authorities().iter().filter(|b| !loaded.iter().any(|l| l.id == b.id)).map(Chosen::BuiltIn).collect();
    out.extend(loaded.into_iter().map(Chosen::Loaded));
    crate::util::sort::sort_by(&mut out, |a, b| a.id.cmp(&b.id));
    out
}

/// Options for [`load_ruleset`].
#[allow(dead_code)]
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LoadRulesetOptions {
    /// Let the ruleset take the place of the built-in one with the same id (default false:
    /// such a ruleset is refused).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replace: Option<bool>,
}

/// What [`load_ruleset`] answers.
#[derive(Debug, Clone, Serialize, Tsify)]
#[serde(rename_all = "camelCase")]
pub struct LoadRulesetResult {
    /// Whether the ruleset is now loaded: `check(plan, { authority: id, … })` uses it.
    pub ok: bool,
    /// The ruleset's id (as its file gives it, when it is readable; `null` when not).
    pub id: Option<String>,
    /// Every problem that stopped it loading, each at its path in the file. (Advice on a
    /// ruleset that loads, such as quotes not found in the procedure, is the CLI's
    /// `cinplan ruleset check`: it would make the module about 3 KB larger.)
    pub errors: Vec<Problem>,
}

/// Loads a ruleset (its JSON text, or the parsed object) for later checks.
///
/// Never throws. A ruleset with any problem is not loaded and changes nothing: every
/// problem comes back in `errors`, each with its path in the file
/// (`rules.3.check.max.unit`). An id built into cinplan is refused unless
/// `options.replace` is true; loading an id loaded before replaces that one.
#[wasm_bindgen(js_name = loadRuleset, unchecked_return_type = "LoadRulesetResult")]
pub fn load_ruleset(
    #[wasm_bindgen(unchecked_param_type = "string | object")] ruleset: JsValue,
    #[wasm_bindgen(unchecked_param_type = "LoadRulesetOptions")] options: Option<JsValue>,
) -> JsValue {
    install_panic_hook();
    let replace = options.filter(JsValue::is_object).is_some_and(|o| {
        js_sys::Reflect::get(&o, &JsValue::from_str("replace")).ok().and_then(|v| v.as_bool()) == Some(true)
    });
    let result = match ruleset_text(&ruleset) {
        Err(problem) => LoadRulesetResult { ok: false, id: None, errors: vec![problem] },
        Ok(text) => match rules::load(&text) {
            Err(errors) => LoadRulesetResult { ok: false, id: id_in(&text), errors },
            Ok(rs) => match rules::load::admit(&rs, replace) {
                Err(problem) => LoadRulesetResult { ok: false, id: Some(rs.id.clone()), errors: vec![problem] },
                Ok(()) => {
                    let id = rs.id.clone();
                    LOADED.with(|cell| rules::load::put(&mut cell.borrow_mut(), Rc::new(rs)));
                    LoadRulesetResult { ok: true, id: Some(id), errors: Vec::new() }
                }
            },
        },
    };
    to_js(&result)
}

/// The ruleset as JSON text: itself when it is text, else what `JSON.stringify` writes of
/// it (a ruleset is plain data an integrator fetched, not a form's live object). Its length
/// is looked at before it is copied into WebAssembly memory (UTF-16 units, never more than
/// its UTF-8 bytes), so an oversized file is not copied at all.
fn ruleset_text(ruleset: &JsValue) -> Result<String, Problem> {
    let problem = |message: &str| Problem { path: String::new(), message: message.to_string() };
    let text = if ruleset.is_string() {
        ruleset.clone()
    } else {
        // `JSON.stringify(undefined)` (and of a function or a symbol) answers `undefined`: `null`.
        match js_sys::JSON::stringify(ruleset) {
            Ok(text) if text.is_undefined() => JsValue::from_str("null"),
            Ok(text) => text.into(),
            Err(_) => return Err(problem(
                "The ruleset cannot be read as JSON: it refers to itself, holds a value JSON cannot hold, or is nested far too deeply",
            )),
        }
    };
    let units = text.unchecked_ref::<js_sys::JsString>().length() as usize;
    if units > rules::MAX_RULESET_BYTES {
        return Err(rules::load::too_large(units));
    }
    object::copy(&text)
        .ok_or_else(|| problem("The ruleset cannot be read: the page has changed the browser's text functions"))
}

/// The `id` a ruleset that did not load gives, if it gives one as text.
fn id_in(text: &str) -> Option<String> {
    let v = crate::json::parse(text).ok()?;
    v.get("id")?.as_str().map(crate::util::shorten)
}
