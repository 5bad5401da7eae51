//! Handing a Rust value to JS as plain objects: written as a tape in wasm, built in one
//! pass by `tape.js`.
//!
//! Why not serde-wasm-bindgen: it makes every object, property and string with its own
//! call across the boundary, and each string is a separate `TextDecoder` call in the glue.
//! For a ~100-string report that was a third of a whole `check()`. Here the value becomes
//! a list of numbers (the tape) and two texts holding all its strings; the JS side cuts the
//! strings out with `slice` and builds the objects in one loop. Field names and enum values
//! (`&'static str` in the Rust types) are handed to JS once and then reused by number, so
//! V8 sees the same key strings on every call.
//!
//! The tape, one `f64` per slot (JS reads it as a `Float64Array`):
//!
//! | op | slots after it    | meaning                                              |
//! |----|-------------------|------------------------------------------------------|
//! | 0  |                   | start an object                                      |
//! | 1  |                   | start a list                                         |
//! | 2  |                   | end the innermost object or list                     |
//! | 3  | known index       | the next value's key                                 |
//! | 4  | start, length     | a string: `ascii.slice(start, start + length)`       |
//! | 5  | known index       | a string handed over earlier                         |
//! | 6  | number            | a number                                             |
//! | 7, 8, 9 |              | `true`, `false`, `null`                              |
//! | 10 | start, length     | a string: `wide.slice(start, start + length)` (UTF-16 units) |
//!
//! Two texts because the host turns UTF-8 into a JS string ~20 times faster when it is all
//! ASCII (measured in Node 20: 70 KB in 15 µs against 320 µs with a few curly quotes in
//! it); most of a report's strings are ASCII, and the rest (curly quotes, dashes, names)
//! go to `wide`.
//!
//! Maps are refused (the report has none): a key typed by a user must never become a
//! property name such as `__proto__`.

use std::cell::Cell;
use std::fmt::{self, Write as _};

use crate::u64map::U64Map;
use js_sys::{Array, JsString};
use serde::ser::{self, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/wasm/tape.js")]
extern "C" {
    #[wasm_bindgen(js_name = decodeTape)]
    fn decode_tape(tape: &[f64], ascii: &JsString, wide: &JsString, known: &Array) -> JsValue;
}

const OBJECT: f64 = 0.0;
const LIST: f64 = 1.0;
const END: f64 = 2.0;
const KEY: f64 = 3.0;
const TEXT: f64 = 4.0;
const KNOWN: f64 = 5.0;
const NUMBER: f64 = 6.0;
const TRUE: f64 = 7.0;
const FALSE: f64 = 8.0;
const NULL: f64 = 9.0;
const WIDE: f64 = 10.0;

/// Strings already handed to JS: by address and length, because every one is a
/// `&'static str` (a field name or an enum value) and so lives, unchanged, as long as the
/// module. (Length too: the linker may place one string at the start of a longer one.)
struct Known {
    index: U64Map,
    strings: Array,
}

// Taken out for the length of a call and put back after it, not borrowed: a panic aborts
// the call where it is, and a `RefCell` borrowed at that moment would stay borrowed, so
// every later call would fail. Taken out, a panic only loses them: the next call starts
// with new ones.
thread_local! {
    static KNOWN_STRINGS: Cell<Option<Known>> = const { Cell::new(None) };
    /// Reused between calls so a check allocates no new tape or text once warm.
    static BUFFERS: Cell<Option<Buffers>> = const { Cell::new(None) };
}

#[derive(Default)]
struct Buffers {
    tape: Vec<f64>,
    ascii: String,
    wide: String,
    wide_seen: WideSeen,
}

/// The strings already in `wide` during one call, so that a repeated one is cut from the
/// same place. A report repeats its non-ASCII strings (the procedure's quotes, with their
/// curly quotes and dashes, once per outcome), and the host turns non-ASCII UTF-8 into a JS
/// string ~25 times slower than ASCII: for a 100-outcome plan that was most of the time
/// spent making strings.
#[derive(Default)]
struct WideSeen {
    /// A cheap key of the string (length, first and last bytes) to an index in `spans`; a
    /// key shared by two different strings keeps the later one.
    index: U64Map,
    /// (byte offset in `wide`, byte length, offset in UTF-16 units, length in units).
    spans: Vec<(u32, u32, u32, u32)>,
}

impl WideSeen {
    fn clear(&mut self) {
        self.index.clear();
        self.spans.clear();
    }
}

fn quick_key(s: &str) -> u64 {
    let b = s.as_bytes();
    let word = |at: usize| b.get(at..at + 8).map_or(0, |w| u64::from_le_bytes(w.try_into().unwrap_or([0; 8])));
    let (first, last) = (word(0), word(b.len().saturating_sub(8)));
    (b.len() as u64) ^ first.rotate_left(17) ^ last.wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// `value` as plain JS objects, lists, strings, numbers, booleans and `null`; `None` when it
/// holds something that has no such form (a map, a number outside what JS can hold exactly).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Option<JsValue> {
    let mut known = KNOWN_STRINGS.take().unwrap_or_else(|| Known { index: U64Map::default(), strings: Array::new() });
    let mut buffers = BUFFERS.take().unwrap_or_default();
    let Buffers { tape, ascii, wide, wide_seen } = &mut buffers;
    tape.clear();
    ascii.clear();
    wide.clear();
    wide_seen.clear();
    let mut writer = Writer { tape, ascii, wide, wide_units: 0, wide_seen, known: &mut known };
    let js = value.serialize(&mut writer).ok().map(|()| {
        let ascii = JsString::from(ascii.as_str());
        let wide = JsString::from(wide.as_str());
        // The tape is read by `decodeTape` as a view of wasm memory: nothing allocates in
        // wasm until it returns.
        decode_tape(tape, &ascii, &wide, &known.strings)
    });
    KNOWN_STRINGS.set(Some(known));
    BUFFERS.set(Some(buffers));
    js
}

struct Writer<'a> {
    tape: &'a mut Vec<f64>,
    /// The strings that are all ASCII (one byte is one UTF-16 unit).
    ascii: &'a mut String,
    /// The others.
    wide: &'a mut String,
    /// Length of `wide` in UTF-16 units, as JS counts it.
    wide_units: usize,
    wide_seen: &'a mut WideSeen,
    known: &'a mut Known,
}

impl Writer<'_> {
    fn known(&mut self, s: &'static str) -> f64 {
        let next = self.known.index.len() as u32;
        let key = (s.as_ptr() as usize as u64) ^ ((s.len() as u64) << 40);
        let index = *self.known.index.entry(key).or_insert_with(|| {
            self.known.strings.push(&JsValue::from_str(s));
            next
        });
        f64::from(index)
    }

    fn text(&mut self, s: &str) {
        if s.is_ascii() {
            self.tape.extend([TEXT, self.ascii.len() as f64, s.len() as f64]);
            self.ascii.push_str(s);
        } else {
            let key = quick_key(s);
            if let Some(&i) = self.wide_seen.index.get(&key) {
                let (start, len, unit_start, units) = self.wide_seen.spans[i as usize];
                if self.wide.as_bytes().get(start as usize..start as usize + len as usize) == Some(s.as_bytes()) {
                    self.tape.extend([WIDE, f64::from(unit_start), f64::from(units)]);
                    return;
                }
            }
            // UTF-16 units from the bytes: one per character (every byte but continuation
            // bytes 10xxxxxx), two for a four-byte one (lead byte 11110xxx). Decoding each
            // character to count costs more than the rest of writing the text.
            let units = s.bytes().map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0)).sum::<usize>();
            self.tape.extend([WIDE, self.wide_units as f64, units as f64]);
            // Offsets past u32 (a 4 GB report) are simply not remembered.
            if let (Ok(start), Ok(len), Ok(unit_start), Ok(count)) = (
                u32::try_from(self.wide.len()),
                u32::try_from(s.len()),
                u32::try_from(self.wide_units),
                u32::try_from(units),
            ) {
                self.wide_seen.index.insert(key, self.wide_seen.spans.len() as u32);
                self.wide_seen.spans.push((start, len, unit_start, count));
            }
            self.wide.push_str(s);
            self.wide_units += units;
        }
    }

    fn number(&mut self, n: f64) {
        self.tape.extend([NUMBER, n]);
    }

    /// A variant with data is `{variant: …}`: opens that object, then `inner` (a list or an
    /// object) for the data.
    fn open_variant(&mut self, variant: &'static str, inner: f64) {
        self.tape.push(OBJECT);
        self.key(variant);
        self.tape.push(inner);
    }

    fn key(&mut self, key: &'static str) {
        let index = self.known(key);
        self.tape.extend([KEY, index]);
    }
}

#[derive(Debug)]
pub(crate) struct Unsupported(String);

impl fmt::Display for Unsupported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Unsupported(msg.to_string())
    }
}

type Result<T = ()> = std::result::Result<T, Unsupported>;

/// Integers beyond 2^53 would change value as JS numbers.
fn exact(n: f64) -> Result<f64> {
    if n.abs() <= 9_007_199_254_740_992.0 {
        Ok(n)
    } else {
        Err(Unsupported("a whole number too large for JS".into()))
    }
}

/// `serialize_*` methods for number types that convert to `f64` without loss.
macro_rules! serialize_as_f64 {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, v: $t) -> Result {
            self.serialize_f64(f64::from(v))
        }
    )*};
}

impl<'a, 'w> ser::Serializer for &'a mut Writer<'w> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = ser::Impossible<(), Unsupported>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Result {
        self.tape.push(if v { TRUE } else { FALSE });
        Ok(())
    }
    // Every number JS can hold exactly is a JS number; see `exact` for the 64-bit ones.
    serialize_as_f64!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32);
    serialize_as_f64!(serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_f32: f32);
    fn serialize_i64(self, v: i64) -> Result {
        let n = exact(v as f64)?;
        self.number(n);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result {
        let n = exact(v as f64)?;
        self.number(n);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result {
        // As JSON would: a number that is not finite becomes null.
        if v.is_finite() {
            self.number(v);
        } else {
            self.tape.push(NULL);
        }
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result {
        self.text(v.encode_utf8(&mut [0; 4]));
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result {
        self.text(v);
        Ok(())
    }
    /// Dates (chrono writes them with `collect_str`) go straight into the text, with no
    /// string of their own.
    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
        let start = self.ascii.len();
        write!(self.ascii, "{value}").map_err(|_| Unsupported("a value that cannot be written".into()))?;
        if self.ascii.is_char_boundary(start) && self.ascii[start..].is_ascii() {
            self.tape.extend([TEXT, start as f64, (self.ascii.len() - start) as f64]);
        } else {
            let written = self.ascii.split_off(start);
            self.text(&written);
        }
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result {
        self.tape.push(LIST);
        for b in v {
            self.number(f64::from(*b));
        }
        self.tape.push(END);
        Ok(())
    }
    fn serialize_none(self) -> Result {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result {
        self.tape.push(NULL);
        Ok(())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result {
        let index = self.known(variant);
        self.tape.extend([KNOWN, index]);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _name: &'static str, value: &T) -> Result {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.tape.push(OBJECT);
        self.key(variant);
        value.serialize(&mut *self)?;
        self.tape.push(END);
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self> {
        self.tape.push(LIST);
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Self> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self> {
        self.open_variant(variant, LIST);
        Ok(self)
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(Unsupported("maps are not handed to JS".into()))
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self> {
        self.tape.push(OBJECT);
        Ok(self)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Self> {
        self.open_variant(variant, OBJECT);
        Ok(self)
    }
}

/// The six serde traits for the insides of lists and structs differ only in names, the
/// struct ones' keys, and how many containers `end` closes (a variant is an object around
/// its value).
macro_rules! compound {
    ($trait:ident, $method:ident, ($($key:ident)?), $ends:expr) => {
        impl ser::$trait for &mut Writer<'_> {
            type Ok = ();
            type Error = Unsupported;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? value: &T) -> Result {
                $(self.key($key);)?
                value.serialize(&mut **self)
            }
            fn end(self) -> Result {
                self.tape.extend($ends);
                Ok(())
            }
        }
    };
}

compound!(SerializeSeq, serialize_element, (), [END]);
compound!(SerializeTuple, serialize_element, (), [END]);
compound!(SerializeTupleStruct, serialize_field, (), [END]);
compound!(SerializeTupleVariant, serialize_field, (), [END, END]);
compound!(SerializeStruct, serialize_field, (key), [END]);
compound!(SerializeStructVariant, serialize_field, (key), [END, END]);
