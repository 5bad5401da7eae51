//! A small JSON reader for plans: text in, a tree borrowing the text's strings out.
//!
//! Why not `serde_json::Value`: a `Value` copies every key and string and keeps objects in
//! B-trees, and its number code would be in the WebAssembly module. Plans are small objects
//! read by a handful of keys, so here an object is a list of pairs, and a string without
//! escapes is a slice of the text. It also reads what a browser can send
//! and serde_json refuses: `JSON.stringify` writes a lone UTF-16 surrogate (half an emoji
//! left by a cut-and-paste) as `"\ud83d"`, which here becomes U+FFFD, so one damaged
//! character does not make the whole plan unreadable.
//!
//! Likewise a number too large for a float (`1e999`) is just a number here (wrong where a
//! plan wants a count, like any other), where serde_json refuses the whole text.
//!
//! Otherwise it is strict JSON (RFC 8259), as serde_json reads it: the same texts are
//! refused, objects and lists nest at most [`MAX_DEPTH`] deep and a repeated key keeps its
//! last value. A number keeps its text: the plan format only ever needs whole numbers, and
//! reading floats would bring the float-parsing tables into the WebAssembly module. Tested
//! against serde_json in `tests/parse_equivalence.rs`.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::borrow::Cow;
use std::fmt;
use std::ops::Deref;

/// Objects and lists inside each other, counting the outermost: serde_json's limit, so
/// deep junk is refused alike.
pub const MAX_DEPTH: usize = 127;

#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Number(Number<'a>),
    String(Cow<'a, str>),
    Array(List<'a>),
    Object(Object<'a>),
}

impl<'a> Json<'a> {
    /// A member of an object; `None` for a missing key or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?.get(key)
    }
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => n.as_i64(),
            _ => None,
        }
    }
}

/// A number as written (checked against JSON's grammar).
#[derive(Debug, Clone, PartialEq)]
pub struct Number<'a>(pub Cow<'a, str>);

impl Number<'_> {
    /// `NaN` and the infinities, which a JavaScript object can hold and JSON text cannot, are
    /// kept by their JavaScript names (`"NaN"`, `"Infinity"`, `"-Infinity"`), so that a plan
    /// object holding one is told so at its path instead of reading it as missing.
    pub fn is_finite(&self) -> bool {
        !matches!(&*self.0, "NaN" | "Infinity" | "-Infinity")
    }

    /// The number if it is written as a whole number (no fraction or exponent) that fits.
    pub fn as_u64(&self) -> Option<u64> {
        let digits = self.0.as_bytes();
        if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        self.0.parse().ok()
    }

    /// As [`Number::as_u64`], allowing a minus sign.
    pub fn as_i64(&self) -> Option<i64> {
        match self.0.strip_prefix('-') {
            Some(rest) => Number(Cow::Borrowed(rest)).as_u64().and_then(|n| 0i64.checked_sub_unsigned(n)),
            None => self.as_u64().and_then(|n| i64::try_from(n).ok()),
        }
    }
}

impl fmt::Display for Number<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A list's items, or its first items: [`parse_some`] keeps only as many items of each
/// list as the plan reader reads ([`crate::plan::MAX_ROWS`]) and counts the rest, so a
/// plan with a million rows is answered without holding a million rows. Derefs to the
/// items kept.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct List<'a> {
    items: Vec<Json<'a>>,
    count: usize,
}

impl<'a> List<'a> {
    /// The first items of a list `count` long (`count` at least `items.len()`).
    pub fn cut(items: Vec<Json<'a>>, count: usize) -> List<'a> {
        let count = count.max(items.len());
        List { items, count }
    }

    /// How many items the list has, kept or not.
    pub fn count(&self) -> usize {
        self.count
    }
}

impl<'a> From<Vec<Json<'a>>> for List<'a> {
    fn from(items: Vec<Json<'a>>) -> List<'a> {
        let count = items.len();
        List { items, count }
    }
}

impl<'a> Deref for List<'a> {
    type Target = [Json<'a>];
    fn deref(&self) -> &[Json<'a>] {
        &self.items
    }
}

/// An object's members in the order written.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object<'a>(pub Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> Object<'a> {
    /// The value of `key`; when the key is repeated, the last one (as in serde_json's `Value`).
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The members in the order written (a repeated key appears each time).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

/// Why a text is not JSON, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub what: &'static str,
    pub line: usize,
    pub column: usize,
}

impl Error {
    /// The nesting limit was passed (the text may be valid JSON, just too deep for a plan).
    pub fn is_too_deep(&self) -> bool {
        self.what == TOO_DEEP
    }
}

/// Whether a deserializer's error is [`Json`]'s own refusal of deep nesting.
pub fn is_too_deep(error: &impl fmt::Display) -> bool {
    error.to_string() == TOO_DEEP
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.what, self.line, self.column)
    }
}

const TOO_DEEP: &str = "nested more than 127 deep";

/// Reads one JSON value filling the whole text (whitespace around it allowed). A UTF-8
/// byte order mark before it is skipped: editors on Windows write one, and it is not part
/// of the data (RFC 8259 §8.1 lets a reader ignore it).
pub fn parse(text: &str) -> Result<Json<'_>, Error> {
    parse_with(text, None)
}

/// What [`parse_some`] keeps of a text it reads whole (so the same texts are refused as by
/// [`parse`]): what a reader that looks up only `key`s, and only `items` items of a list,
/// can see. The tree then takes memory in proportion to what is read, not to the text: a
/// million members with other names, or a million items, are not kept.
#[derive(Clone, Copy)]
pub struct Keep {
    /// Items kept per list; [`List::count`] says how many there were. A list directly
    /// inside a list keeps none (such a reader looks no deeper than "a list").
    pub items: usize,
    /// The members kept: those whose key this says yes to. A repeated key replaces the
    /// member kept, so [`Object::get`] answers as with [`parse`].
    pub key: fn(&str) -> bool,
}

/// As [`parse`], keeping only what `keep` says.
pub fn parse_some(text: &str, keep: Keep) -> Result<Json<'_>, Error> {
    parse_with(text, Some(keep))
}

fn parse_with(text: &str, keep: Option<Keep>) -> Result<Json<'_>, Error> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser { text, bytes: text.as_bytes(), at: 0, depth: 0, keep, in_list: false };
    p.space();
    let value = p.value()?;
    p.space();
    if p.at < p.bytes.len() {
        return Err(p.error("unexpected text after the value"));
    }
    Ok(value)
}

/// Any serde data (a `serde_json::Value`, through `&Value`) as a [`Json`] tree, borrowing
/// strings where the source lends them, with the same nesting limit as [`parse`]: a value
/// built in memory can be deeper than any text, or refer to itself through a deserializer
/// that follows references. A whole number is written in decimal; any other number as
/// serde_json writes it; a number that is not finite reads as `null`, as JSON has it.
impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Nested(MAX_DEPTH).deserialize(d)
    }
}

/// Reads one value with `.0` more levels of objects and lists allowed.
#[derive(Clone, Copy)]
struct Nested(usize);

impl Nested {
    fn deeper<E: de::Error>(self) -> Result<Nested, E> {
        match self.0 {
            0 => Err(E::custom(TOO_DEEP)),
            n => Ok(Nested(n - 1)),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Nested {
    type Value = Json<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Nested {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON data")
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_none<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        self.deserialize(d)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Number(Cow::Owned(n.to_string()))))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Number(Cow::Owned(n.to_string()))))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Json<'de>, E> {
        Ok(serde_json::Number::from_f64(n).map_or(Json::Null, |n| Json::Number(Number(Cow::Owned(n.to_string())))))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s.to_string())))
    }
    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let inner = self.deeper()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Json::Array(items.into()))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let inner = self.deeper()?;
        let mut members = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            members.push((key, map.next_value_seed(inner)?));
        }
        Ok(Json::Object(Object(members)))
    }
}

/// An object's key, borrowed where the source lends it.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cow<'de, str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(s))
    }
    fn visit_str<E>(self, s: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s.to_string()))
    }
    fn visit_string<E>(self, s: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(s))
    }
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
    /// `None`: everything.
    keep: Option<Keep>,
    /// Whether the value being read is an item of a list.
    in_list: bool,
}

impl<'a> Parser<'a> {
    fn error(&self, what: &'static str) -> Error {
        let before = &self.bytes[..self.at.min(self.bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = self.text[line_start..self.at.min(self.text.len())].chars().count() + 1;
        Error { what, line, column }
    }

    // inline(always) here and below: the wasm is built for size (.cargo/config.toml), which
    // would otherwise leave these per-byte helpers as calls, once per byte of the plan.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &'static str, value: Json<'a>) -> Result<Json<'a>, Error> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Json<'a>, Error> {
        match self.peek() {
            None => Err(self.error("the text ends where a value should be")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b't') => self.literal("true", Json::Bool(true)),
            Some(b'f') => self.literal("false", Json::Bool(false)),
            Some(b'n') => self.literal("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Result<Json<'a>, Error>) -> Result<Json<'a>, Error> {
        if self.depth == MAX_DEPTH {
            return Err(self.error(TOO_DEEP));
        }
        self.depth += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Result<Json<'a>, Error> {
        self.at += 1; // [
        let keep = match self.keep {
            None => usize::MAX,
            Some(_) if self.in_list => 0,
            Some(k) => k.items,
        };
        let outer = std::mem::replace(&mut self.in_list, true);
        let list = self.items(keep);
        self.in_list = outer;
        list
    }

    fn items(&mut self, keep: usize) -> Result<Json<'a>, Error> {
        let mut items = Vec::new();
        let mut count = 0;
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items.into()));
        }
        loop {
            self.space();
            let item = self.value()?;
            if count < keep {
                items.push(item);
            }
            count += 1;
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(List::cut(items, count)));
                }
                None => return Err(self.error("the text ends inside a list")),
                Some(_) => return Err(self.error("expected , or ] in a list")),
            }
        }
    }

    fn object(&mut self) -> Result<Json<'a>, Error> {
        let outer = std::mem::replace(&mut self.in_list, false);
        let object = self.members();
        self.in_list = outer;
        object
    }

    fn members(&mut self) -> Result<Json<'a>, Error> {
        self.at += 1; // {
        let mut members: Vec<(Cow<'a, str>, Json<'a>)> = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(Object(members)));
        }
        loop {
            self.space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected a key in quotes")),
            }
            let key = self.string()?;
            self.space();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected : after a key")),
            }
            self.space();
            let value = self.value()?;
            match self.keep {
                None => members.push((key, value)),
                Some(keep) if (keep.key)(&key) => match members.iter_mut().find(|(k, _)| *k == key) {
                    Some(member) => member.1 = value,
                    None => members.push((key, value)),
                },
                Some(_) => {}
            }
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(Object(members)));
                }
                None => return Err(self.error("the text ends inside an object")),
                Some(_) => return Err(self.error("expected , or } in an object")),
            }
        }
    }

    /// A string at `"`; borrowed from the text unless it has escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        self.at += 1; // "
        let start = self.at;
        // Fast path: no escapes, no control characters (one scan to the first byte that
        // needs a decision).
        self.at = self.plain_run(start);
        match self.peek() {
            None => return Err(self.error("the text ends inside a string")),
            Some(b'"') => {
                let s = &self.text[start..self.at];
                self.at += 1;
                return Ok(Cow::Borrowed(s));
            }
            Some(b'\\') => {}
            Some(_) => return Err(self.error("a control character inside a string")),
        }
        let mut out = String::with_capacity(self.at - start + 16);
        out.push_str(&self.text[start..self.at]);
        loop {
            match self.peek() {
                None => return Err(self.error("the text ends inside a string")),
                Some(b'"') => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escaped = self.peek().ok_or_else(|| self.error("the text ends inside a string"))?;
                    self.at += 1;
                    match escaped {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => {
                            self.at -= 1;
                            return Err(self.error("an unknown escape in a string"));
                        }
                    }
                }
                Some(0..=0x1f) => return Err(self.error("a control character inside a string")),
                Some(_) => {
                    // Copy the run up to the next quote or backslash (whole UTF-8 characters).
                    let run = self.at;
                    self.at = self.plain_run(run);
                    out.push_str(&self.text[run..self.at]);
                }
            }
        }
    }

    /// Where the run of string bytes from `from` that need no decision ends: at the first
    /// quote, backslash or control character, or the end of the text. A plain loop rather
    /// than `position`: this is the hottest loop of a check, and in the size-optimised wasm
    /// the iterator's closure was not inlined.
    #[inline(always)]
    fn plain_run(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.bytes.len() {
            let b = self.bytes[i];
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            i += 1;
        }
        i
    }

    fn hex4(&mut self) -> Result<u16, Error> {
        let digits =
            self.bytes.get(self.at..self.at + 4).ok_or_else(|| self.error("the text ends inside an escape"))?;
        let mut n: u16 = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return Err(self.error("a \\u escape needs four hex digits")),
            };
            n = n * 16 + u16::from(v);
        }
        self.at += 4;
        Ok(n)
    }

    /// After `\u`: a character, a surrogate pair, or U+FFFD for a lone surrogate.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        match first {
            0xD800..=0xDBFF => {
                if self.bytes[self.at..].starts_with(b"\\u") {
                    let save = self.at;
                    self.at += 2;
                    let second = self.hex4()?;
                    if (0xDC00..=0xDFFF).contains(&second) {
                        let c = 0x10000 + ((u32::from(first) - 0xD800) << 10) + (u32::from(second) - 0xDC00);
                        return Ok(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
                    }
                    // Not a low surrogate: this one is lone; read the next escape on its own.
                    self.at = save;
                }
                Ok(char::REPLACEMENT_CHARACTER)
            }
            0xDC00..=0xDFFF => Ok(char::REPLACEMENT_CHARACTER),
            n => Ok(char::from_u32(u32::from(n)).unwrap_or(char::REPLACEMENT_CHARACTER)),
        }
    }

    /// A number, checked against JSON's grammar, then read as serde_json reads it.
    fn number(&mut self) -> Result<Json<'a>, Error> {
        let start = self.at;
        let digits = |p: &mut Self| {
            let from = p.at;
            while let Some(b'0'..=b'9') = p.peek() {
                p.at += 1;
            }
            p.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                digits(self);
            }
            _ => return Err(self.error("expected a digit")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        Ok(Json::Number(Number(Cow::Borrowed(&self.text[start..self.at]))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Json<'_> {
        Json::String(Cow::Borrowed(v))
    }

    #[test]
    fn reads_values_and_borrows_plain_strings() {
        let text = r#" {"a": [1, -2.5e3, true, false, null], "b": "plain", "c": "esc\"aped\u00e9\n"} "#;
        let Json::Object(o) = parse(text).unwrap() else { panic!("not an object") };
        assert!(matches!(o.get("b"), Some(Json::String(Cow::Borrowed("plain")))));
        assert_eq!(o.get("c"), Some(&Json::String(Cow::Owned("esc\"apedé\n".into()))));
        let Some(Json::Array(a)) = o.get("a") else { panic!("not a list") };
        assert_eq!(a[0], Json::Number(Number("1".into())));
        assert_eq!(a[1], Json::Number(Number("-2.5e3".into())));
        assert_eq!(a[2..], [Json::Bool(true), Json::Bool(false), Json::Null]);
    }

    #[test]
    fn numbers_keep_their_text_and_read_as_whole_numbers_only_when_written_so() {
        fn n(t: &str) -> Number<'_> {
            match parse(t).unwrap() {
                Json::Number(n) => n,
                other => panic!("{other:?}"),
            }
        }
        assert_eq!(n("42").as_u64(), Some(42));
        assert_eq!(n("0").as_u64(), Some(0));
        assert_eq!(n("-7").as_i64(), Some(-7));
        assert_eq!(n("-9223372036854775808").as_i64(), Some(i64::MIN));
        for t in ["4.0", "4e0", "-4", "18446744073709551616", "1e999"] {
            assert_eq!(n(t).as_u64(), None, "{t}");
            assert_eq!(n(t).to_string(), t);
        }
    }

    #[test]
    fn a_repeated_key_keeps_its_last_value() {
        let Json::Object(o) = parse(r#"{"k": 1, "k": "two"}"#).unwrap() else { panic!() };
        assert_eq!(o.get("k"), Some(&s("two")));
    }

    #[test]
    fn surrogates_pair_up_and_lone_ones_become_the_replacement_character() {
        assert_eq!(parse(r#""\ud83d\ude00""#).unwrap(), Json::String(Cow::Owned("😀".into())));
        assert_eq!(parse(r#""a\ud83db""#).unwrap(), Json::String(Cow::Owned("a\u{fffd}b".into())));
        assert_eq!(parse(r#""\ude00\ud83d""#).unwrap(), Json::String(Cow::Owned("\u{fffd}\u{fffd}".into())));
        assert_eq!(parse(r#""\ud83d\u0041""#).unwrap(), Json::String(Cow::Owned("\u{fffd}A".into())));
    }

    #[test]
    fn refuses_what_json_refuses_with_where() {
        for bad in [
            "",
            " ",
            "{",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "[01]",
            "[1.]",
            "[.5]",
            "[1e]",
            "[-]",
            "\"\\x\"",
            "\"a\nb\"",
            "\"\\u12g4\"",
            "tru",
            "nul",
            "[1] 2",
            "{\"a\" 1}",
            "'a'",
            "NaN",
            "\"open",
        ] {
            let e = parse(bad).expect_err(bad);
            assert!(e.line >= 1 && e.column >= 1, "{bad}: {e}");
            assert!(serde_json::from_str::<serde_json::Value>(bad).is_err(), "serde_json accepts {bad:?}");
        }
        let e = parse("{\n  \"a\": tru\n}").unwrap_err();
        assert_eq!((e.line, e.column), (2, 8));
    }

    #[test]
    fn serde_data_reads_as_its_text_does_with_the_same_nesting_limit() {
        let text = r#"{"a": [1, -2, 2.5, 1e+21, true, null, "s"], "b": {"c": "d"}}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let tree = Json::deserialize(&value).unwrap();
        assert_eq!(tree, parse(text).unwrap());
        assert!(matches!(tree.get("b").and_then(|b| b.get("c")), Some(Json::String(Cow::Borrowed("d")))));
        let mut deep = serde_json::json!(1);
        for _ in 0..MAX_DEPTH {
            deep = serde_json::json!([deep]);
        }
        assert!(Json::deserialize(&deep).is_ok());
        let deeper = serde_json::json!({ "n": deep });
        assert!(is_too_deep(&Json::deserialize(&deeper).unwrap_err()));
    }

    #[test]
    fn nesting_stops_at_the_limit() {
        let ok = format!("{}1{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&ok).is_ok());
        let deep = format!("{}1{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(parse(&deep).unwrap_err().is_too_deep());
        // Far deeper than any stack: refused without recursing that far.
        assert!(parse(&"[".repeat(1_000_000)).unwrap_err().is_too_deep());
    }
}
