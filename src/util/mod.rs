//! Small pieces every layer uses: trimming and blank tests, case folding for word
//! matching, one sort routine (each kept small in the WebAssembly module, see their
//! files), numbers written without `core::fmt`, and user text shortened for quoting back.

pub(crate) mod blank;
pub(crate) mod fold;
pub(crate) mod sort;
pub(crate) mod textset;

pub(crate) use blank::{filled, Blank};
pub(crate) use textset::TextSet;

/// An enum whose values are written by name in plans and data files ("workingDays"):
/// the enum with serde's name for each variant (so the generated TypeScript type is the
/// union of the names), and `ALL`, `NAMES`, `as_str` and `parse` over the one list.
macro_rules! named_enum {
    (
        $(#[$attr:meta])*
        pub enum $ty:ident { $($variant:ident = $name:literal),* $(,)? }
    ) => {
        $(#[$attr])*
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $ty {
            $(#[serde(rename = $name)] $variant,)*
        }

        impl $ty {
            pub const ALL: [$ty; [$($name),*].len()] = [$($ty::$variant),*];
            /// Each value's name, in the order of `ALL`.
            pub const NAMES: [&'static str; [$($name),*].len()] = [$($name),*];

            pub fn as_str(self) -> &'static str {
                Self::NAMES[self as usize]
            }

            pub fn parse(s: &str) -> Option<$ty> {
                Self::NAMES.iter().position(|n| *n == s).map(|i| Self::ALL[i])
            }
        }
    };
}
pub(crate) use named_enum;

/// Decimal digits without the formatting machinery (`core::fmt` interprets its format at
/// every call, and dates and counts are written hundreds of times per check).
pub(crate) fn push_num(out: &mut String, mut n: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

/// The path of row `i` of the list `list`, and of `field` in it ("" for the row itself):
/// `row_path("outcomes", 0, "measure")` is "outcomes.0.measure". Every finding has a path,
/// so they are written without `core::fmt` (one routine in the module instead of a format
/// at each place a finding is made).
pub(crate) fn row_path(list: &str, i: usize, field: &str) -> String {
    let mut p = String::with_capacity(list.len() + field.len() + 4);
    p.push_str(list);
    p.push('.');
    push_num(&mut p, i);
    if !field.is_empty() {
        p.push('.');
        p.push_str(field);
    }
    p
}

/// The path of outcome `i`'s action `j`'s `field`: "outcomes.0.actions.1.owner".
pub(crate) fn action_path(i: usize, j: usize, field: &str) -> String {
    row_path(&row_path("outcomes", i, "actions"), j, field)
}

/// User text quoted back in a message is kept short (a 10 MB value must not be echoed).
pub(crate) fn shorten(s: &str) -> String {
    const MAX: usize = 40;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(MAX).collect();
        t.push('…');
        t
    }
}

/// A size in bytes for people: "136 MB", "10.1 MB" (decimal megabytes, rounded up, so a
/// size just over a limit never reads as the limit itself).
pub(crate) fn megabytes(bytes: u64) -> String {
    let tenths = bytes.div_ceil(100_000);
    if tenths % 10 == 0 || tenths >= 1000 {
        format!("{} MB", tenths.div_ceil(10))
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}
