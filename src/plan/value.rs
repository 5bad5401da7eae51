//! What a field's declaration gives (`plan_struct!` in `plan/mod.rs`): for every kind of
//! value a plan holds, how it is read leniently, what `fields()` (`planFields()` in JS)
//! says of it, and what a `present` or `isTrue` rule sees of it.

use super::read::{Path, Reader};
use crate::dates::{Frequency, Unit};
use crate::json::{Json, Object};
use crate::util::Blank;
use chrono::NaiveDate;
use serde::Serialize;

/// A value a plan field holds.
pub(crate) trait Value: Default {
    /// Reads it from `v` (`None`: the key is absent) standing at `at`. Whatever cannot be
    /// used becomes an `input.invalid` finding and reads as missing.
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self;
    /// What it is, as data, for the field list ([`list_fields`]).
    const SHAPE: Shape;
    /// What a `present` or `isTrue` rule sees at `rest`, a dotted path below this value
    /// ("" for the value itself); `None` where the plan format has no such field.
    fn field(&self, rest: &str) -> Option<Field<'_>>;
}

/// An object of the plan: the plan itself, the child, an outcome, a meeting…
pub(crate) trait Record: Value {
    fn read_fields(r: &mut Reader, m: &Object, at: &Path) -> Self;
}

/// A row of a list. A list counts as filled in for a `present` rule when one of its rows
/// counts: by default a row counts by being there.
pub(crate) trait Row: Record {
    fn counts(&self) -> bool {
        true
    }
}

/// A value written as one of a few names: a pathway, a meeting kind.
pub(crate) trait Choice: Sized {
    const CHOICES: &'static [&'static str];
    fn parse(s: &str) -> Option<Self>;
}

/// A declared field as data: its key, its label and what it holds.
pub(crate) struct Decl {
    pub key: &'static str,
    pub label: &'static str,
    pub shape: Shape,
}

/// What a declared field holds.
pub(crate) enum Shape {
    Leaf(FieldType),
    Choice(&'static [&'static str]),
    /// "every 3 weeks": two fields in a form, the number and the unit.
    Frequency,
    Object(&'static [Decl]),
    Rows(&'static [Decl]),
}

/// The rows of a list of `row` objects.
const fn rows(row: Shape) -> Shape {
    match row {
        Shape::Object(fields) => Shape::Rows(fields),
        other => other,
    }
}

/// Adds the fields `decls` stands for to `out`: `path` is where they stand, `owner` the
/// label of the object that holds them.
pub(crate) fn list_fields(decls: &[Decl], path: &str, owner: &str, out: &mut Vec<PlanField>) {
    for d in decls {
        let path = join(path, d.key);
        let label = label(d.label, owner);
        match d.shape {
            Shape::Leaf(kind) => push(out, path, kind, label, None),
            Shape::Choice(choices) => push(out, path, FieldType::Choice, label, Some(choices)),
            Shape::Frequency => {
                let unit = unit_label(&label);
                push(out, join(&path, "every"), FieldType::Number, label, None);
                push(out, join(&path, "unit"), FieldType::Choice, unit, Some(&Unit::NAMES));
            }
            Shape::Object(fields) => list_fields(fields, &path, &label, out),
            Shape::Rows(fields) => list_fields(fields, &join(&path, "*"), &label, out),
        }
    }
}

/// The label of the field at `path` ("outcomes.0.targetDate" → "target date"), as
/// [`list_fields`] names it; a row's path names its list ("outcomes.2" → "outcomes").
/// `None` for a path the declaration does not have.
pub(crate) fn label_at(decls: &[Decl], path: &str) -> Option<String> {
    let mut decls = decls;
    let mut owner = String::new();
    // Row indexes say which row, not which field.
    let mut keys = path.split('.').filter(|k| !k.bytes().all(|b| b.is_ascii_digit()));
    while let Some(key) = keys.next() {
        let d = decls.iter().find(|d| d.key == key)?;
        let label = label(d.label, &owner);
        match d.shape {
            Shape::Object(fields) | Shape::Rows(fields) => {
                decls = fields;
                owner = label;
            }
            Shape::Frequency => {
                return match keys.next() {
                    None | Some("every") => Some(label),
                    Some("unit") => Some(unit_label(&label)),
                    Some(_) => None,
                };
            }
            Shape::Leaf(_) | Shape::Choice(_) => return keys.next().is_none().then_some(label),
        }
    }
    (!owner.is_empty()).then_some(owner)
}

/// What a `present` or `isTrue` rule sees of a field.
pub enum Field<'a> {
    Text(Option<&'a str>),
    Flag(Option<bool>),
    Filled(bool),
}

impl Field<'_> {
    /// Filled in: text that is not blank, a yes or a no, any date, number, choice or row.
    pub fn is_present(&self) -> bool {
        match self {
            Field::Text(s) => s.is_some_and(|s| !s.is_blank()),
            Field::Flag(b) => b.is_some(),
            Field::Filled(b) => *b,
        }
    }

    /// A yes.
    pub fn is_true(&self) -> bool {
        matches!(self, Field::Flag(Some(true)))
    }
}

/// One field of the plan format, for a form: where it goes, what it holds, what it is called.
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanField {
    /// Its path, with `*` for a row's index: `outcomes.*.targetDate`.
    pub path: String,
    /// What it holds, which is how a form's text for it should be typed.
    #[serde(rename = "type")]
    pub kind: FieldType,
    /// Its name in plain English, for messages: "target date".
    pub label: String,
    /// For `choice`: the names it may take.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub choices: Option<Vec<&'static str>>,
}

/// What a field holds: `text`; a `date` (`YYYY-MM-DD`); a whole `number`; a `boolean`
/// (yes or no); a `list` of ids (or one text of them separated by commas); a `choice` of
/// names.
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FieldType {
    Text,
    Date,
    Number,
    Boolean,
    List,
    Choice,
}

fn push(out: &mut Vec<PlanField>, path: String, kind: FieldType, label: String, choices: Option<&[&'static str]>) {
    out.push(PlanField { path, kind, label, choices: choices.map(<[_]>::to_vec) });
}

/// `path.key`, or `key` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        return key.to_string();
    }
    [path, ".", key].concat()
}

/// A frequency's unit: "unit of the visit frequency".
fn unit_label(frequency: &str) -> String {
    ["unit of the ", frequency].concat()
}

/// A field's label with its owner's put in for `{}` ("{}'s name" of the chair).
fn label(template: &str, owner: &str) -> String {
    match template.split_once("{}") {
        Some((before, after)) => [before, owner, after].concat(),
        None => template.to_string(),
    }
}

/// The value itself, when `rest` asks for it.
fn leaf<'a>(rest: &str, field: Field<'a>) -> Option<Field<'a>> {
    rest.is_empty().then_some(field)
}

impl Value for Option<String> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.text(v, at)
    }
    const SHAPE: Shape = Shape::Leaf(FieldType::Text);
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Text(self.as_deref()))
    }
}

impl Value for Option<NaiveDate> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.date(v, at)
    }
    const SHAPE: Shape = Shape::Leaf(FieldType::Date);
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Filled(self.is_some()))
    }
}

impl Value for Option<bool> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.boolean(v, at)
    }
    const SHAPE: Shape = Shape::Leaf(FieldType::Boolean);
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Flag(*self))
    }
}

impl<T: Choice> Value for Option<T> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.choice(v, at, T::parse)
    }
    const SHAPE: Shape = Shape::Choice(T::CHOICES);
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Filled(self.is_some()))
    }
}

impl Value for Option<Frequency> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.frequency(v, at)
    }
    const SHAPE: Shape = Shape::Frequency;
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Filled(self.is_some()))
    }
}

/// Ids (an outcome's needs).
impl Value for Vec<String> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.ids(v, at)
    }
    const SHAPE: Shape = Shape::Leaf(FieldType::List);
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Filled(!self.is_empty()))
    }
}

/// A list of rows: a rule may ask whether the list is filled in, not about one row.
impl<T: Row> Value for Vec<T> {
    fn read(r: &mut Reader, v: Option<&Json>, at: &Path) -> Self {
        r.rows(v, at, T::read_fields)
    }
    const SHAPE: Shape = rows(T::SHAPE);
    fn field(&self, rest: &str) -> Option<Field<'_>> {
        leaf(rest, Field::Filled(self.iter().any(Row::counts)))
    }
}

/// Declares an object of the plan, each field with its key and its label beside it:
///
/// ```ignore
/// plan_struct! {
///     pub struct Action {
///         /// What will be done.
///         pub description: Option<String> = "description" ("action"),
///         pub due: Option<NaiveDate> = "due" ("action due date"),
///     }
/// }
/// ```
///
/// Expands to the struct (serde renames from the keys, so its TypeScript type has the
/// plan format's names) and its [`Value`] and [`Record`]: reading each field by its key
/// in the order declared, the fields as data for [`list_fields`] (`{}` in a label is the
/// owner's label, for objects used in several places, such as a person), and looking a
/// field up by its path.
///
/// Docs on the struct or a field are written `#[doc = "…"]`: a `///` comment reaches the
/// TypeScript generator through the macro as a raw string and would show there as `r"`.
macro_rules! plan_struct {
    (
        $(#[$attr:meta])*
        pub struct $ty:ident {
            $(
                $(#[$field_attr:meta])*
                pub $field:ident : $field_ty:ty = $key:literal ($label:literal)
            ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct $ty {
            $($(#[$field_attr])* #[serde(rename = $key)] pub $field: $field_ty,)*
        }

        impl $crate::plan::value::Record for $ty {
            fn read_fields(
                r: &mut $crate::plan::read::Reader,
                m: &$crate::json::Object,
                at: &$crate::plan::read::Path,
            ) -> Self {
                use $crate::plan::value::Value;
                $ty { $($field: Value::read(r, m.get($key), &$crate::plan::read::Path::Key(at, $key)),)* }
            }
        }

        impl $crate::plan::value::Value for $ty {
            fn read(
                r: &mut $crate::plan::read::Reader,
                v: Option<&$crate::json::Json>,
                at: &$crate::plan::read::Path,
            ) -> Self {
                match r.object(v, at) {
                    Some(m) => <Self as $crate::plan::value::Record>::read_fields(r, m, at),
                    None => Self::default(),
                }
            }

            const SHAPE: $crate::plan::value::Shape = $crate::plan::value::Shape::Object(&[$(
                $crate::plan::value::Decl {
                    key: $key,
                    label: $label,
                    shape: <$field_ty as $crate::plan::value::Value>::SHAPE,
                },
            )*]);

            fn field(&self, rest: &str) -> Option<$crate::plan::value::Field<'_>> {
                let (key, below) = rest.split_once('.').unwrap_or((rest, ""));
                match key {
                    $($key => $crate::plan::value::Value::field(&self.$field, below),)*
                    _ => None,
                }
            }
        }
    };
}
pub(crate) use plan_struct;
