//! Lower-casing for matching words, without Unicode's full case tables.
//!
//! Why not `str::to_lowercase`: its conversion tables are ~11 KB of the WebAssembly module
//! (~5 KB gzip), and here lower case only serves to compare a plan's words with each other
//! and with the English word lists in `data/smart.json` and the rulesets. Folding covers
//! the letters of the names and words practitioners type in English-language plans: ASCII,
//! Latin-1 and Latin Extended-A (Zoë, Łucja, Şükrü, Ødegård), Greek and basic Cyrillic.
//! Letters of other scripts have no case or are compared as typed, which only means
//! "ÉMILIE" and "émilie" in those scripts would count as two words — never a wrong
//! finding, since no word list holds them.

/// `c` in lower case, for the letters described above; any other character unchanged.
pub fn fold_char(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A => n + 0x20,
        // Latin-1: À–Þ except ×.
        0xC0..=0xDE if n != 0xD7 => n + 0x20,
        // Latin Extended-A: capitals on even code points, except the runs on odd ones.
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if n % 2 == 0 => n + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if n % 2 == 1 => n + 1,
        0x0130 => 0x69, // İ
        0x0178 => 0xFF, // Ÿ
        // Greek capitals, plain and with tonos.
        0x0391..=0x03A9 if n != 0x03A2 => n + 0x20,
        0x0386 => 0x03AC,
        0x0388..=0x038A => n + 0x25,
        0x038C => 0x03CC,
        0x038E..=0x038F => n + 0x3F,
        // Cyrillic capitals.
        0x0410..=0x042F => n + 0x20,
        0x0400..=0x040F => n + 0x50,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` with every letter folded by [`fold_char`].
pub fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_as_unicode_does_for_the_letters_it_covers() {
        // Every capital it claims to cover folds exactly as the standard library does.
        let covered = (0x41..=0x5A).chain(0xC0..=0xDE).chain(0x100..=0x17F).chain(0x386..=0x3A9).chain(0x400..=0x42F);
        for n in covered {
            let Some(c) = char::from_u32(n) else { continue };
            let std: Vec<char> = c.to_lowercase().collect();
            if std.len() == 1 {
                assert_eq!(fold_char(c), std[0], "U+{n:04X} {c}");
            }
        }
        assert_eq!(fold("Zoë ŁUCJA Ødegård ŞÜKRÜ Αθηνά ЮЛИЯ"), "zoë łucja ødegård şükrü αθηνά юлия");
        assert_eq!(fold("Amira attends SCHOOL"), "amira attends school");
        // Letters without case, and other scripts, are left as they are.
        assert_eq!(fold("Ⓐ 東京 ß ŉ"), "Ⓐ 東京 ß ŉ");
    }
}
