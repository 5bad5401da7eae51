//! Trimming and blank tests that skip Unicode's whitespace table for the usual case.
//!
//! `str::trim` decodes characters from both ends and looks each up as Unicode whitespace;
//! plan fields are read, trimmed and tested for blankness hundreds of times per check.
//! Text that starts and ends with a visible ASCII character (almost every field) cannot be
//! trimmed, so it is answered from two bytes; anything else goes to `str::trim`, and the
//! results are the same.

pub(crate) trait Blank {
    /// Same as `str::trim`.
    fn trimmed(&self) -> &str;
    /// Same as `str::trim(..).is_empty()`.
    fn is_blank(&self) -> bool;
}

impl Blank for str {
    #[inline]
    fn trimmed(&self) -> &str {
        match self.as_bytes() {
            [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => self,
            [only] if only.is_ascii_graphic() => self,
            _ => self.trim(),
        }
    }

    #[inline]
    fn is_blank(&self) -> bool {
        // A visible ASCII character is never whitespace.
        !self.bytes().any(|b| b.is_ascii_graphic()) && self.trim().is_empty()
    }
}

/// Whether an optional text field holds something other than whitespace.
pub(crate) fn filled(s: &Option<String>) -> bool {
    s.as_deref().is_some_and(|s| !s.is_blank())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_str_trim() {
        let cases = [
            "",
            " ",
            "a",
            " a",
            "a ",
            "\ta b\n",
            "\u{a0}Amira\u{a0}",
            "\u{2003}",
            "é",
            " é ",
            "x\u{3000}",
            "\u{85}",
            "ab",
            "!",
            "\u{feff}x",
        ];
        for s in cases {
            assert_eq!(s.trimmed(), s.trim(), "{s:?}");
            assert_eq!(s.is_blank(), s.trim().is_empty(), "{s:?}");
        }
    }
}
