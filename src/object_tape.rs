//! A plan object as the wasm bindings receive it from `src/wasm/plan_in.js`: a list of ops
//! and one text holding all its strings, read into the same [`Json`] tree the JSON reader
//! makes, so the rest of the core cannot tell which way a plan came in.
//!
//! Why not `JSON.stringify` and the JSON reader: for an object, that is the host writing
//! JSON text and the module reading it back, character by character. `plan_in.js` walks the
//! object instead (what `JSON.stringify` would write, no more), and here the strings are cut
//! out of one text by their lengths: no quotes, escapes or number grammar to scan. It is
//! only ever given plain data; anything that `JSON.stringify` treats specially makes
//! `plan_in.js` give up, and the bindings use `JSON.stringify` as before.
//!
//! The ops, one `u32` each (`plan_in.js` writes them; the numbers are defined there too):
//!
//! | op | slot after it | meaning                                     |
//! |----|---------------|---------------------------------------------|
//! | 0  |               | start an object                             |
//! | 1  |               | start a list                                |
//! | 2  |               | end the innermost object or list            |
//! | 3  | length        | a key: the next string of the text          |
//! | 4  | length        | a string: the next string of the text       |
//! | 5  | length        | a number, as JS writes it (`String(n)`)     |
//! | 6, 7, 8 |          | `true`, `false`, `null`                     |
//!
//! Lengths are in UTF-16 units, as JS counts them. The text is every string followed by a
//! NUL, in op order, encoded as UTF-8 by the host's `TextEncoder` (a lone surrogate becomes
//! U+FFFD, as the JSON reader makes of `JSON.stringify`'s `"\ud83d"`). The NUL keeps the
//! halves of an emoji cut in two, one half at the end of one string and the other at the
//! start of the next, from being joined into one character by the encoder.

use std::borrow::Cow;

use crate::json::{Json, Number, Object, MAX_DEPTH};

const OBJECT: u32 = 0;
const LIST: u32 = 1;
const END: u32 = 2;
const KEY: u32 = 3;
const STRING: u32 = 4;
const NUMBER: u32 = 5;
const TRUE: u32 = 6;
const FALSE: u32 = 7;
const NULL: u32 = 8;

/// The value the ops describe, or `None` when they do not describe one value exactly (which
/// `plan_in.js` never writes; the bindings then fall back to `JSON.stringify`).
///
/// `text_units` is the text's length in UTF-16 units: when it equals the byte length, every
/// character is ASCII and lengths are byte counts.
pub fn read<'a>(ops: &[u32], text: &'a str, text_units: usize) -> Option<Json<'a>> {
    let mut reader = Reader { ops, at: 0, text, pos: 0, ascii: text.len() == text_units };
    let value = reader.value(0)?;
    (reader.at == ops.len() && reader.pos == text.len()).then_some(value)
}

struct Reader<'o, 'a> {
    ops: &'o [u32],
    at: usize,
    text: &'a str,
    /// Byte offset of the next string in `text`.
    pos: usize,
    ascii: bool,
}

impl<'a> Reader<'_, 'a> {
    // inline(always): the wasm is built for size (.cargo/config.toml), which leaves these
    // per-op helpers as calls otherwise.
    #[inline(always)]
    fn next(&mut self) -> Option<u32> {
        let op = *self.ops.get(self.at)?;
        self.at += 1;
        Some(op)
    }

    /// The next string of the text: `units` UTF-16 units, then its NUL.
    #[inline(always)]
    fn string(&mut self) -> Option<&'a str> {
        let units = self.next()? as usize;
        let rest = self.text.get(self.pos..)?;
        let bytes = if self.ascii { units } else { utf8_len(rest, units)? };
        let s = rest.get(..bytes)?;
        if rest.as_bytes().get(bytes) != Some(&0) {
            return None;
        }
        self.pos += bytes + 1;
        Some(s)
    }

    fn value(&mut self, depth: usize) -> Option<Json<'a>> {
        Some(match self.next()? {
            STRING => Json::String(Cow::Borrowed(self.string()?)),
            NUMBER => Json::Number(Number(Cow::Borrowed(self.string()?))),
            TRUE => Json::Bool(true),
            FALSE => Json::Bool(false),
            NULL => Json::Null,
            // Depth counted as the JSON reader counts it, so the same plans are refused.
            OBJECT | LIST if depth >= MAX_DEPTH => return None,
            OBJECT => {
                let mut members = Vec::new();
                loop {
                    match self.next()? {
                        END => break,
                        KEY => {
                            let key = self.string()?;
                            members.push((Cow::Borrowed(key), self.value(depth + 1)?));
                        }
                        _ => return None,
                    }
                }
                Json::Object(Object(members))
            }
            LIST => {
                let mut items = Vec::new();
                while self.ops.get(self.at) != Some(&END) {
                    items.push(self.value(depth + 1)?);
                }
                self.at += 1;
                Json::Array(items)
            }
            _ => return None,
        })
    }
}

/// Bytes taken by the first `units` UTF-16 units of `s`; `None` when they end inside a
/// character or past the end.
fn utf8_len(s: &str, units: usize) -> Option<usize> {
    // Most strings are ASCII even in a text that is not.
    if s.as_bytes().get(..units).is_some_and(|b| b.is_ascii()) {
        return Some(units);
    }
    let mut counted = 0;
    for (at, c) in s.char_indices() {
        if counted == units {
            return Some(at);
        }
        counted += c.len_utf16();
    }
    (counted == units).then_some(s.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    /// Ops and text for a value written as `plan_in.js` writes it, by hand.
    fn tape(parts: &[(u32, Option<&str>)]) -> (Vec<u32>, String, usize) {
        let mut ops = Vec::new();
        let mut text = String::new();
        for (op, s) in parts {
            ops.push(*op);
            if let Some(s) = s {
                ops.push(s.encode_utf16().count() as u32);
                text.push_str(s);
                text.push('\0');
            }
        }
        let units = text.encode_utf16().count();
        (ops, text, units)
    }

    #[test]
    fn reads_the_tree_the_json_reader_reads() {
        let (ops, text, units) = tape(&[
            (OBJECT, None),
            (KEY, Some("child")),
            (OBJECT, None),
            (KEY, Some("name")),
            (STRING, Some("Zoë 👧 O'Neil")),
            (KEY, Some("disabled")),
            (FALSE, None),
            (END, None),
            (KEY, Some("needs")),
            (LIST, None),
            (NUMBER, Some("3")),
            (NULL, None),
            (TRUE, None),
            (STRING, Some("")),
            (END, None),
            (KEY, Some("")),
            (STRING, Some("a\u{0}b")),
            (END, None),
        ]);
        let want = json::parse(
            r#"{"child":{"name":"Zoë 👧 O'Neil","disabled":false},"needs":[3,null,true,""],"":"a\u0000b"}"#,
        )
        .unwrap();
        assert_eq!(read(&ops, &text, units), Some(want));
    }

    #[test]
    fn ascii_text_is_cut_by_length_alone() {
        let (ops, text, units) = tape(&[(LIST, None), (STRING, Some("ab")), (STRING, Some("c")), (END, None)]);
        assert_eq!(units, text.len());
        assert_eq!(read(&ops, &text, units), json::parse(r#"["ab","c"]"#).ok());
    }

    #[test]
    fn refuses_ops_that_do_not_make_exactly_one_value() {
        let (ops, text, units) = tape(&[(LIST, None), (STRING, Some("ab")), (END, None)]);
        // Unclosed, trailing op, length past the text, a length that ends inside a character.
        assert_eq!(read(&ops[..ops.len() - 1], &text, units), None);
        assert_eq!(read(&[ops.clone(), vec![NULL]].concat(), &text, units), None);
        assert_eq!(read(&[LIST, STRING, 9, END], &text, units), None);
        let (ops, text, units) = tape(&[(STRING, Some("👧"))]);
        assert_eq!(read(&[STRING, 1], &text, units), None);
        assert!(read(&ops, &text, units).is_some());
        // Text left over, an unknown op, a key outside an object.
        assert_eq!(read(&[NULL], "x\0", 2), None);
        assert_eq!(read(&[42], "", 0), None);
        assert_eq!(read(&[KEY, 0], "\0", 1), None);
    }

    #[test]
    fn nesting_deeper_than_the_json_reader_allows_is_refused() {
        let ops = |depth: usize| [vec![LIST; depth], vec![END; depth]].concat();
        assert!(read(&ops(MAX_DEPTH), "", 0).is_some());
        assert_eq!(read(&ops(MAX_DEPTH + 1), "", 0), None);
        assert!(json::parse(&format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1))).is_err());
    }
}
