//! A plan object read as its JSON text would be, without writing the text.
//!
//! The promise `check()` makes: an object of plain data gives the report its JSON text
//! gives. So this walk follows `JSON.stringify`'s rules (ECMA-262, SerializeJSONProperty):
//! own enumerable string keys in `Object.keys` order, `toJSON` (a `Date` is its ISO text),
//! boxed strings, numbers and booleans as what they box, `undefined`, functions and symbols
//! left out of objects and `null` in lists (so a hole in a list is `null`), a getter's value.
//! Where it departs from `JSON.stringify`, on purpose:
//!
//! - Only what the plan reader can see is read, as the core's JSON reader keeps only that of
//!   a text ([`crate::json::Keep`]): members whose name the plan format has (a getter on
//!   any other is not run), a list's first [`MAX_ROWS`] items with its length taken as it
//!   is, and of a list inside a list only its length. A million outcomes, or a sparse list
//!   of length 2³²−1, cost no more than 500 (`JSON.stringify` wrote every item: seconds to
//!   minutes).
//! - `NaN` and the infinities are kept (see [`Number::is_finite`]), so the reader reports
//!   them at their path; `JSON.stringify` turned them into `null`, which read as missing.
//! - A BigInt is the whole number it is; `JSON.stringify` threw.
//! - The whole walk is limited to [`MAX_PLAN_BYTES`] of text (strings and keys, as UTF-8)
//!   and checks a string's length before copying it into WebAssembly memory, so an
//!   oversized plan is refused before anything big is allocated.
//! - Every call into JS that can run page code (a getter, a Proxy trap, `toJSON`) or throw
//!   is imported with `catch`: an exception becomes a finding, never unwinds through the
//!   module. What `JSON.stringify` refused (a cycle, nesting past [`MAX_DEPTH`], an error
//!   thrown while reading) still gives one `input.invalid` finding at path `""`.
//! - Only built-in functions are called (`Object.keys`, `Array.isArray`, `Reflect.get`,
//!   `String`), none of them methods a page can replace on a prototype; `JSON.stringify`
//!   itself could be replaced by a page.
//!
//! Why not `serde_wasm_bindgen::from_value`: its JS calls are not guarded (a throwing getter
//! escapes as an exception through wasm), it reads a `Date` as `{}`, a `Map` as its
//! entries, a boxed string as an error, and it reads every item of a list.

use crate::json::{Json, List, Number, Object as Members, MAX_DEPTH};
use crate::plan::{MAX_PLAN_BYTES, MAX_ROWS};
use js_sys::{Array, Function, JsString, Reflect};
use std::borrow::Cow;
use std::cell::OnceCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, which runs a Proxy's `ownKeys` trap (js-sys's does not catch).
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn own_keys(value: &JsValue) -> Result<Array, JsValue>;

    /// `Array.isArray`, which throws for a revoked Proxy.
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(value: &JsValue) -> Result<bool, JsValue>;

    /// `String(value)`: a string's own text, a number as `JSON.stringify` writes it, a
    /// BigInt's digits. With `catch`, because copying the text into WebAssembly memory goes
    /// through the page's `TextEncoder.prototype.encodeInto` (wasm-bindgen's glue), which a
    /// page may have replaced with one that throws: see [`copy`].
    #[wasm_bindgen(catch, js_name = String)]
    fn text(value: &JsValue) -> Result<String, JsValue>;
}

/// A JS string's text in Rust. When the glue's copy fails (the page's `encodeInto` throws),
/// the text is read again one UTF-16 unit at a time, which needs no encoder: slower, and
/// only ever on such a page. A lone surrogate becomes U+FFFD either way.
pub(super) fn copy(s: &JsValue) -> Option<String> {
    text(s).ok().or_else(|| {
        let s = s.dyn_ref::<JsString>()?;
        let units: Vec<u16> = s.iter().collect();
        Some(String::from_utf16_lossy(&units))
    })
}

thread_local! {
    /// The names of the plan format's members, each mapped to its place in
    /// [`crate::plan::keys`], in an object with no prototype: a member's name is looked up
    /// in it with one call, and only a name the format has is ever copied (none is: the
    /// Rust side has them all). Made once.
    static NAMES: OnceCell<js_sys::Object> = const { OnceCell::new() };
}

fn with_names<R>(f: impl FnOnce(&js_sys::Object) -> R) -> R {
    NAMES.with(|cell| {
        f(cell.get_or_init(|| {
            let names = js_sys::Object::create(JsValue::NULL.unchecked_ref());
            for (i, key) in crate::plan::keys().iter().enumerate() {
                let _ = Reflect::set(&names, &JsValue::from_str(key), &JsValue::from(i as u32));
            }
            names
        }))
    })
}

/// Why the plan as a whole cannot be read (one finding at path `""`).
pub(super) enum Refused {
    /// Its text would pass [`MAX_PLAN_BYTES`].
    TooLarge,
    /// Nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// An object holds itself.
    Cycle,
    /// Page code threw while the part at this path was read.
    Threw(String),
    /// Text could not be copied into WebAssembly memory (the page's `TextEncoder` threw).
    CannotCopy,
}

/// Reads `plan` into a [`Json`] tree as its JSON text would read, within the limits above.
pub(super) fn read(plan: &JsValue) -> Result<Json<'static>, Refused> {
    let mut walk = Walk {
        left: MAX_PLAN_BYTES,
        open: Vec::new(),
        path: Vec::new(),
        to_json: JsValue::from_str("toJSON"),
        length: JsValue::from_str("length"),
        in_list: false,
    };
    Ok(walk.property(plan.clone(), &Key::Root)?.unwrap_or(Json::Null))
}

/// The key a value was read under, which `toJSON` is given.
enum Key<'k> {
    Root,
    Name(&'k JsValue),
    Index(u32),
}

impl Key<'_> {
    fn to_js(&self) -> JsValue {
        match self {
            Key::Root => JsValue::from_str(""),
            Key::Name(k) => (*k).clone(),
            Key::Index(i) => JsValue::from_str(&i.to_string()),
        }
    }
}

/// A step of the path to the value being read.
enum Step {
    Key(&'static str),
    Index(u32),
}

struct Walk {
    /// Bytes of text the plan may still have.
    left: usize,
    /// The objects and lists being read, outermost first (to tell a cycle from depth).
    open: Vec<JsValue>,
    /// Where the walk is, for the finding when page code throws.
    path: Vec<Step>,
    to_json: JsValue,
    length: JsValue,
    /// Whether the value being read is an item of a list.
    in_list: bool,
}

impl Walk {
    fn spend(&mut self, bytes: usize) -> Result<(), Refused> {
        self.left = self.left.checked_sub(bytes).ok_or(Refused::TooLarge)?;
        Ok(())
    }

    fn threw(&self) -> Refused {
        let mut at = String::new();
        for (k, step) in self.path.iter().enumerate() {
            if k > 0 {
                at.push('.');
            }
            match step {
                Step::Key(key) => at.push_str(key),
                Step::Index(i) => crate::util::push_num(&mut at, *i as usize),
            }
        }
        Refused::Threw(at)
    }

    /// A JS string's text, its length looked at before it is copied.
    fn string(&mut self, s: &JsValue) -> Result<String, Refused> {
        // UTF-16 units: never more than the UTF-8 bytes the text will take.
        let units = s.unchecked_ref::<JsString>().length() as usize;
        if units > self.left {
            return Err(Refused::TooLarge);
        }
        let text = copy(s).ok_or(Refused::CannotCopy)?;
        self.spend(text.len() + 2)?;
        Ok(text)
    }

    /// SerializeJSONProperty: the value read under `key`, `None` where JSON has nothing
    /// (`undefined`, a function, a symbol). Strings and objects, nearly all of a plan, are
    /// told apart first, with as few calls into JS as can be.
    fn property(&mut self, value: JsValue, key: &Key) -> Result<Option<Json<'static>>, Refused> {
        if value.is_string() {
            return Ok(Some(Json::String(Cow::Owned(self.string(&value)?))));
        }
        if !value.is_object() {
            // (JSON.stringify also asks a BigInt for `toJSON`, which only a page that added
            // `BigInt.prototype.toJSON` has; `Reflect.get` takes objects only.)
            return self.value(value);
        }
        let to_json = Reflect::get(&value, &self.to_json).map_err(|_| self.threw())?;
        match to_json.dyn_ref::<Function>() {
            Some(f) => {
                let value = f.call1(&value, &key.to_js()).map_err(|_| self.threw())?;
                self.value(value)
            }
            None => self.object(value).map(Some),
        }
    }

    /// A value after `toJSON`.
    fn value(&mut self, value: JsValue) -> Result<Option<Json<'static>>, Refused> {
        if value.is_string() {
            return Ok(Some(Json::String(Cow::Owned(self.string(&value)?))));
        }
        if value.is_object() {
            return self.object(value).map(Some);
        }
        if let Some(n) = value.as_f64() {
            return Ok(Some(self.number(n, &value)?));
        }
        if let Some(b) = value.as_bool() {
            self.spend(5)?;
            return Ok(Some(Json::Bool(b)));
        }
        if value.is_bigint() {
            let digits = text(&value).map_err(|_| self.threw())?;
            self.spend(digits.len())?;
            return Ok(Some(Json::Number(Number(Cow::Owned(digits)))));
        }
        if value.is_null() {
            self.spend(4)?;
            return Ok(Some(Json::Null));
        }
        // undefined, a function, a symbol.
        Ok(None)
    }

    fn number(&mut self, n: f64, value: &JsValue) -> Result<Json<'static>, Refused> {
        let written = if n.is_nan() {
            "NaN".to_string()
        } else if n.is_infinite() {
            if n > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
        } else if n.fract() == 0.0 && n.abs() < 4_294_967_296.0 {
            // A whole number JS writes in plain digits (and -0 as 0): written here, no call.
            let mut s = String::new();
            if n < 0.0 {
                s.push('-');
            }
            crate::util::push_num(&mut s, n.abs() as u32 as usize);
            s
        } else {
            // Fractions and large numbers: JS's own shortest form (1e+21, 0.1).
            text(value).map_err(|_| self.threw())?
        };
        self.spend(written.len())?;
        Ok(Json::Number(Number(Cow::Owned(written))))
    }

    /// An object after `toJSON`: a boxed primitive, a list or an object.
    fn object(&mut self, value: JsValue) -> Result<Json<'static>, Refused> {
        if self.open.len() == MAX_DEPTH {
            // JSON.stringify tells a cycle from depth; so does the finding.
            return Err(if self.open.contains(&value) { Refused::Cycle } else { Refused::TooDeep });
        }
        if is_array(&value).map_err(|_| self.threw())? {
            self.open.push(value);
            let outer = std::mem::replace(&mut self.in_list, true);
            let list = self.list(if outer { 0 } else { MAX_ROWS });
            self.in_list = outer;
            self.open.pop();
            return list;
        }
        let keys = own_keys(&value).map_err(|_| self.threw())?;
        let count = keys.length();
        // A boxed number or boolean has no keys of its own: looked for only then, so that
        // a plain object costs no extra call. (A boxed string, in `members`.)
        if count == 0 {
            let boxed = if value.is_instance_of::<js_sys::Boolean>() {
                Some(value.unchecked_ref::<js_sys::Boolean>().value_of().into())
            } else if value.is_instance_of::<js_sys::Number>() {
                Some(value.unchecked_ref::<js_sys::Number>().value_of().into())
            } else if value.is_instance_of::<JsString>() {
                Some(value.unchecked_ref::<JsString>().value_of().into())
            } else {
                None
            };
            if let Some(primitive) = boxed {
                return Ok(self.value(primitive)?.unwrap_or(Json::Null));
            }
        }
        self.open.push(value);
        let outer = std::mem::replace(&mut self.in_list, false);
        let members = self.members(&keys, count);
        self.in_list = outer;
        self.open.pop();
        members
    }

    /// SerializeJSONObject, over the `count` keys `Object.keys` gave.
    fn members(&mut self, keys: &Array, count: u32) -> Result<Json<'static>, Refused> {
        let value = self.open.last().cloned().unwrap_or(JsValue::NULL);
        self.spend(2)?;
        let names = crate::plan::keys();
        let mut members = Vec::new();
        for i in 0..count {
            let k = keys.get(i);
            // The plan format's own name for it, if it has one; any other is not read (its
            // five bytes, `"k":0`, at the least, still count towards the limit).
            let known = with_names(|n| Reflect::get(n, &k)).ok().and_then(|at| at.as_f64());
            let Some(name) = known.and_then(|at| names.get(at as usize)) else {
                // A boxed string's keys are its indexes, none of them a name the format
                // has: looked for only when the first key is not.
                if i == 0 && value.is_instance_of::<JsString>() {
                    let text = value.unchecked_ref::<JsString>().value_of().into();
                    return Ok(self.value(text)?.unwrap_or(Json::Null));
                }
                self.spend(5)?;
                continue;
            };
            self.spend(name.len() + 4)?;
            self.path.push(Step::Key(name));
            let got = Reflect::get(&value, &k).map_err(|_| self.threw())?;
            let read = self.property(got, &Key::Name(&k))?;
            self.path.pop();
            if let Some(v) = read {
                members.push((Cow::Borrowed(*name), v));
            }
        }
        Ok(Json::Object(Members(members)))
    }

    /// SerializeJSONArray, as far as the plan reader reads: the first `keep` items.
    fn list(&mut self, keep: usize) -> Result<Json<'static>, Refused> {
        let value = self.open.last().cloned().unwrap_or(JsValue::NULL);
        let length = Reflect::get(&value, &self.length).map_err(|_| self.threw())?;
        // LengthOfArrayLike (a Proxy may answer anything): a whole number, 0 to 2^53 - 1.
        let count = length.as_f64().filter(|n| *n >= 1.0).map_or(0, |n| n.min(9_007_199_254_740_991.0) as usize);
        self.spend(2)?;
        let mut items = Vec::with_capacity(count.min(keep));
        for i in 0..count.min(keep) as u32 {
            self.path.push(Step::Index(i));
            let got = Reflect::get_u32(&value, i).map_err(|_| self.threw())?;
            let read = self.property(got, &Key::Index(i))?;
            self.path.pop();
            self.spend(1)?;
            items.push(read.unwrap_or(Json::Null));
        }
        Ok(Json::Array(List::cut(items, count)))
    }
}
