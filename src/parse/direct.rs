//! Reading JSON text straight into the shape of a plan (native builds; see `parse`).
//!
//! Every JSON value is read with `deserialize_any`, just as `serde_json::from_str::<Value>`
//! reads it, so the same texts are refused with the same errors (the recursion limit and
//! numbers out of range included); only no `Value`, map or owned key is built, and strings
//! are borrowed from the text. A value of the wrong shape is read through (`Skip`) and
//! remembered by its kind, and a repeated key keeps its last value, so the checks below
//! (`Reader::raw_*`) see exactly what `plan_from_value` sees in a `Value`.

use super::*;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Number;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

pub(super) fn plan_from_str(text: &str) -> (Plan, Vec<Finding>) {
    // The text is read straight into the shape of a plan (`RawPlan`, borrowing its strings),
    // then checked field by field exactly as `plan_from_value` checks a `Value`.
    let mut de = serde_json::Deserializer::from_str(text);
    let read = ValSeed::<RawPlan>::new().deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    match read {
        Ok(v) => {
            let mut r = Reader { findings: Vec::new() };
            let root = Path::Root;
            let plan = match v {
                Val::Typed(raw) => r.raw_plan(raw, &root),
                other => {
                    r.invalid(&root, format!("A plan must be a JSON object; this is {}", other.describe()));
                    Plan::default()
                }
            };
            (plan, r.findings)
        }
        Err(e) => (Plan::default(), vec![not_json(&e)]),
    }
}

/// One field's value as read: scalars kept, a container of the expected shape read as `T`,
/// any other container read through and remembered only by its kind.
enum Val<'de, T> {
    Null,
    Bool(bool),
    Num(Number),
    Str(Cow<'de, str>),
    List,
    Obj,
    Typed(T),
}

impl<'de, T: Shape<'de>> Val<'de, T> {
    fn describe(&self) -> &'static str {
        match self {
            Val::Null => "empty",
            Val::Bool(_) => "true/false",
            Val::Num(_) => "a number",
            Val::Str(_) => "text",
            Val::List => "a list",
            Val::Obj => "an object",
            Val::Typed(_) => T::KIND,
        }
    }
}

/// A field as read: `None` when the key is absent.
type Field<'de, T = Scalar> = Option<Val<'de, T>>;

/// What a field holds when its JSON has the expected shape (an object or a list).
trait Shape<'de>: Sized {
    /// How a value of this shape is named in a message.
    const KIND: &'static str;
    fn from_map<A: MapAccess<'de>>(m: A) -> Result<Option<Self>, A::Error> {
        skip_map(m).map(|()| None)
    }
    fn from_seq<A: SeqAccess<'de>>(s: A) -> Result<Option<Self>, A::Error> {
        skip_seq(s).map(|()| None)
    }
}

/// The shape of a field that must be a scalar (text, date, yes/no, number): no container fits.
enum Scalar {}

impl Shape<'_> for Scalar {
    const KIND: &'static str = "a value";
}

struct ValSeed<'de, T>(PhantomData<fn() -> Val<'de, T>>);

impl<T> ValSeed<'_, T> {
    fn new() -> Self {
        ValSeed(PhantomData)
    }
}

impl<'de, T: Shape<'de>> DeserializeSeed<'de> for ValSeed<'de, T> {
    type Value = Val<'de, T>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T: Shape<'de>> Visitor<'de> for ValSeed<'de, T> {
    type Value = Val<'de, T>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, b: bool) -> Result<Self::Value, E> {
        Ok(Val::Bool(b))
    }
    fn visit_i64<E>(self, n: i64) -> Result<Self::Value, E> {
        Ok(Val::Num(n.into()))
    }
    fn visit_u64<E>(self, n: u64) -> Result<Self::Value, E> {
        Ok(Val::Num(n.into()))
    }
    fn visit_f64<E>(self, n: f64) -> Result<Self::Value, E> {
        // As `Value` does: a number that is not finite reads as null.
        Ok(Number::from_f64(n).map_or(Val::Null, Val::Num))
    }
    fn visit_str<E>(self, s: &str) -> Result<Self::Value, E> {
        Ok(Val::Str(Cow::Owned(s.to_owned())))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Self::Value, E> {
        Ok(Val::Str(Cow::Borrowed(s)))
    }
    fn visit_string<E>(self, s: String) -> Result<Self::Value, E> {
        Ok(Val::Str(Cow::Owned(s)))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Val::Null)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Val::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<Self::Value, A::Error> {
        Ok(T::from_seq(s)?.map_or(Val::List, Val::Typed))
    }
    fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<Self::Value, A::Error> {
        Ok(T::from_map(m)?.map_or(Val::Obj, Val::Typed))
    }
}

/// Any JSON value, read through and dropped. Unlike `IgnoredAny` (which serde_json skips
/// without parsing) it reads numbers, strings and nesting as `Value` does, so text that
/// `Value` refuses (a number out of range, nesting past the recursion limit) is refused too.
struct Skip;

impl<'de> serde::Deserialize<'de> for Skip {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(SkipVisitor)
    }
}

struct SkipVisitor;

impl<'de> Visitor<'de> for SkipVisitor {
    type Value = Skip;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_str<E>(self, _: &str) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_unit<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_none<E>(self) -> Result<Skip, E> {
        Ok(Skip)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, s: A) -> Result<Skip, A::Error> {
        skip_seq(s).map(|()| Skip)
    }
    fn visit_map<A: MapAccess<'de>>(self, m: A) -> Result<Skip, A::Error> {
        skip_map(m).map(|()| Skip)
    }
}

fn skip_seq<'de, A: SeqAccess<'de>>(mut s: A) -> Result<(), A::Error> {
    while s.next_element::<Skip>()?.is_some() {}
    Ok(())
}

fn skip_map<'de, A: MapAccess<'de>>(mut m: A) -> Result<(), A::Error> {
    while m.next_key::<Skip>()?.is_some() {
        m.next_value::<Skip>()?;
    }
    Ok(())
}

/// An object key, borrowed from the text unless it has escapes.
struct Key<'de>(Cow<'de, str>);

impl<'de> serde::Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl<'de> Visitor<'de> for KeyVisitor {
    type Value = Key<'de>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(s.to_owned())))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Borrowed(s)))
    }
    fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
        Ok(Key(Cow::Owned(s)))
    }
}

/// A list: its first `MAX_ROWS` items as read, and how many items it had.
struct Rows<'de, T> {
    rows: Vec<Val<'de, T>>,
    len: usize,
}

impl<'de, T: Shape<'de>> Shape<'de> for Rows<'de, T> {
    const KIND: &'static str = "a list";
    fn from_seq<A: SeqAccess<'de>>(mut s: A) -> Result<Option<Self>, A::Error> {
        let mut rows = Vec::new();
        let mut len = 0;
        loop {
            let more = if len < MAX_ROWS {
                match s.next_element_seed(ValSeed::new())? {
                    Some(v) => {
                        rows.push(v);
                        true
                    }
                    None => false,
                }
            } else {
                s.next_element::<Skip>()?.is_some()
            };
            if !more {
                return Ok(Some(Rows { rows, len }));
            }
            len += 1;
        }
    }
}

/// An object read into a struct of its known fields (each `None` when absent; a repeated
/// key keeps its last value, as in a `Value`); other fields are read through and dropped.
macro_rules! raw_object {
    ($name:ident { $($field:ident: $shape:ty = $key:literal),* $(,)? }) => {
        #[derive(Default)]
        struct $name<'de> {
            $($field: Field<'de, $shape>,)*
        }

        impl<'de> Shape<'de> for $name<'de> {
            const KIND: &'static str = "an object";
            fn from_map<A: MapAccess<'de>>(mut m: A) -> Result<Option<Self>, A::Error> {
                let mut raw = Self::default();
                while let Some(Key(k)) = m.next_key::<Key>()? {
                    match &*k {
                        $($key => raw.$field = Some(m.next_value_seed(ValSeed::new())?),)*
                        _ => {
                            m.next_value::<Skip>()?;
                        }
                    }
                }
                Ok(Some(raw))
            }
        }
    };
}

raw_object!(RawPlan {
    child: RawChild<'de> = "child",
    pathway: Scalar = "pathway",
    dates: RawDates<'de> = "dates",
    lead_professional: RawLead<'de> = "leadProfessional",
    coordinator: RawPerson<'de> = "coordinator",
    needs: Rows<'de, RawNeed<'de>> = "needs",
    outcomes: Rows<'de, RawOutcome<'de>> = "outcomes",
    services: Rows<'de, RawService<'de>> = "services",
    contingency: Scalar = "contingency",
    contacts: Rows<'de, RawContact<'de>> = "contacts",
    visits: RawVisits<'de> = "visits",
    reviews: RawReviews<'de> = "reviews",
    meetings: Rows<'de, RawMeeting<'de>> = "meetings",
    oversight: RawOversight<'de> = "oversight",
    views: RawViews<'de> = "views",
    risk_analysis: Scalar = "riskAnalysis",
    strengths: Scalar = "strengths",
    worries: Scalar = "worries",
    equality: Scalar = "equality",
    family_group_conference_considered: Scalar = "familyGroupConferenceConsidered",
});

raw_object!(RawChild { name: Scalar = "name", date_of_birth: Scalar = "dateOfBirth", disabled: Scalar = "disabled" });

raw_object!(RawDates {
    referral: Scalar = "referral",
    assessment_started: Scalar = "assessmentStarted",
    assessment_completed: Scalar = "assessmentCompleted",
    plan_required: Scalar = "planRequired",
    plan_start: Scalar = "planStart",
    step_down: Scalar = "stepDown",
    order_ends: Scalar = "orderEnds",
});

raw_object!(RawLead {
    name: Scalar = "name",
    role: Scalar = "role",
    agency: Scalar = "agency",
    responsibilities: Scalar = "responsibilities",
});

raw_object!(RawPerson { name: Scalar = "name", role: Scalar = "role" });

raw_object!(RawNeed { id: Scalar = "id", description: Scalar = "description" });

raw_object!(RawOutcome {
    id: Scalar = "id",
    needs: Rows<'de, Scalar> = "needs",
    description: Scalar = "description",
    measure: Scalar = "measure",
    target_date: Scalar = "targetDate",
    actions: Rows<'de, RawAction<'de>> = "actions",
});

raw_object!(RawAction { description: Scalar = "description", owner: Scalar = "owner", due: Scalar = "due" });

raw_object!(RawService {
    name: Scalar = "name",
    provider: Scalar = "provider",
    purpose: Scalar = "purpose",
    scarce: Scalar = "scarce",
});

raw_object!(RawContact {
    who: Scalar = "who",
    role: Scalar = "role",
    nature: Scalar = "nature",
    frequency: RawFrequency<'de> = "frequency",
});

raw_object!(RawFrequency { every: Scalar = "every", unit: Scalar = "unit" });

raw_object!(RawVisits {
    frequency: RawFrequency<'de> = "frequency",
    first: Scalar = "first",
    last: Scalar = "last",
    last_written_up: Scalar = "lastWrittenUp",
    child_seen_alone: Scalar = "childSeenAlone",
});

raw_object!(RawReviews {
    frequency: RawFrequency<'de> = "frequency",
    last: Scalar = "last",
    next: Scalar = "next",
    means: Scalar = "means",
    exception_reason: Scalar = "exceptionReason",
});

raw_object!(RawMeeting {
    kind: Scalar = "kind",
    date: Scalar = "date",
    chair: RawPerson<'de> = "chair",
    minute_taker: RawPerson<'de> = "minuteTaker",
    child_attended: Scalar = "childAttended",
    parents_attended: Scalar = "parentsAttended",
    non_attendance_reason: Scalar = "nonAttendanceReason",
    minutes_distributed: Scalar = "minutesDistributed",
    plan_recorded: Scalar = "planRecorded",
    plan_copies_sent: Scalar = "planCopiesSent",
    agreement_signed: Scalar = "agreementSigned",
});

raw_object!(RawOversight { last: Scalar = "last" });

raw_object!(RawViews { child: Scalar = "child", parents: Scalar = "parents" });

/// The checks of `Reader`'s `Value` walk, over fields as read from text; the findings and
/// their order are the same.
impl Reader {
    fn raw_text(&mut self, f: Field, key: &str, at: &Path) -> Option<String> {
        match f {
            None | Some(Val::Null) => None,
            Some(Val::Str(s)) => {
                if s.trim().is_empty() {
                    None
                } else if s.len() > MAX_TEXT {
                    let mut cut = MAX_TEXT;
                    while !s.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    self.invalid(
                        &Path::Key(at, key),
                        format!("This text is {} characters long; only the first {MAX_TEXT} are checked", s.len()),
                    );
                    Some(s[..cut].to_string())
                } else {
                    Some(s.into_owned())
                }
            }
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected text here, found {}", other.describe()));
                None
            }
        }
    }

    fn raw_date(&mut self, f: Field, key: &str, at: &Path) -> Option<NaiveDate> {
        match f {
            None | Some(Val::Null) => None,
            Some(Val::Str(s)) if s.trim().is_empty() => None,
            Some(Val::Str(s)) => match parse_date(s.trim()) {
                Some(d) => Some(d),
                None => {
                    self.invalid(
                        &Path::Key(at, key),
                        format!("'{}' is not a real date in the form YYYY-MM-DD", shorten(&s)),
                    );
                    None
                }
            },
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected a date (YYYY-MM-DD), found {}", other.describe()));
                None
            }
        }
    }

    fn raw_boolean(&mut self, f: Field, key: &str, at: &Path) -> Option<bool> {
        match f {
            None | Some(Val::Null) => None,
            Some(Val::Bool(b)) => Some(b),
            // Form fields arrive as text; the common spellings of yes/no are not an error.
            Some(Val::Str(s)) => match s.trim().to_ascii_lowercase().as_str() {
                "" => None,
                "true" | "yes" => Some(true),
                "false" | "no" => Some(false),
                _ => {
                    self.invalid(&Path::Key(at, key), format!("Expected yes or no, found '{}'", shorten(&s)));
                    None
                }
            },
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected yes or no, found {}", other.describe()));
                None
            }
        }
    }

    /// A nested object; `null` or absent reads as empty.
    fn raw_obj<'de, T: Shape<'de>>(&mut self, f: Field<'de, T>, key: &str, at: &Path) -> Option<T> {
        match f {
            None | Some(Val::Null) => None,
            Some(Val::Typed(o)) => Some(o),
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected an object here, found {}", other.describe()));
                None
            }
        }
    }

    /// A list of objects, each read by `item`; a map or scalar where a list belongs is invalid.
    fn raw_list<'de, T: Shape<'de> + Default, U>(
        &mut self,
        f: Field<'de, Rows<'de, T>>,
        key: &str,
        at: &Path,
        mut item: impl FnMut(&mut Self, T, &Path) -> U,
    ) -> Vec<U> {
        let here = Path::Key(at, key);
        match f {
            None | Some(Val::Null) => Vec::new(),
            Some(Val::Typed(list)) => {
                if list.len > MAX_ROWS {
                    self.invalid(
                        &here,
                        format!("This list has {} rows; only the first {MAX_ROWS} are checked", list.len),
                    );
                }
                let mut out = Vec::with_capacity(list.rows.len());
                for (i, v) in list.rows.into_iter().enumerate() {
                    let p = Path::Index(&here, i);
                    match v {
                        Val::Typed(o) => out.push(item(self, o, &p)),
                        other => {
                            self.invalid(&p, format!("Expected an object in this list, found {}", other.describe()));
                            // Keep the row so later rows keep their index (paths stay true).
                            out.push(item(self, T::default(), &p));
                        }
                    }
                }
                out
            }
            Some(other) => {
                self.invalid(&here, format!("Expected a list here, found {}", other.describe()));
                Vec::new()
            }
        }
    }

    fn raw_frequency(&mut self, f: Field<RawFrequency>, key: &str, at: &Path) -> Option<Frequency> {
        let here = Path::Key(at, key);
        let f = self.raw_obj(f, key, at)?;
        let every = match f.every {
            None | Some(Val::Null) => None,
            Some(Val::Str(s)) if s.trim().is_empty() => None,
            Some(Val::Num(n)) => match n.as_u64() {
                Some(v @ 1..=1000) => Some(v as u32),
                _ => {
                    self.invalid(
                        &Path::Key(&here, "every"),
                        format!("'{n}' is not a whole number of days, weeks or months from 1 to 1000"),
                    );
                    None
                }
            },
            Some(other) => {
                let shown = match other {
                    Val::Str(s) => format!("'{}'", shorten(&s)),
                    v => v.describe().to_string(),
                };
                self.invalid(&Path::Key(&here, "every"), format!("Expected a number here, found {shown}"));
                None
            }
        };
        let unit = match f.unit {
            None | Some(Val::Null) => None,
            Some(Val::Str(s)) if s.trim().is_empty() => None,
            Some(Val::Str(s)) => match Unit::parse(s.trim()) {
                Some(u) => Some(u),
                None => {
                    self.invalid(
                        &Path::Key(&here, "unit"),
                        format!("'{}' is not a unit: use days, workingDays, weeks or months", shorten(&s)),
                    );
                    None
                }
            },
            Some(other) => {
                self.invalid(&Path::Key(&here, "unit"), format!("Expected a unit name, found {}", other.describe()));
                None
            }
        };
        Some(Frequency::new(every?, unit?))
    }

    fn raw_sub_person(&mut self, f: Field<RawPerson>, key: &str, at: &Path) -> Person {
        match self.raw_obj(f, key, at) {
            Some(o) => {
                let p = Path::Key(at, key);
                Person { name: self.raw_text(o.name, "name", &p), role: self.raw_text(o.role, "role", &p) }
            }
            None => Person::default(),
        }
    }

    fn raw_plan(&mut self, m: RawPlan, at: &Path) -> Plan {
        let mut plan = Plan::default();
        if let Some(o) = self.raw_obj(m.child, "child", at) {
            let p = Path::Key(at, "child");
            plan.child = Child {
                name: self.raw_text(o.name, "name", &p),
                date_of_birth: self.raw_date(o.date_of_birth, "dateOfBirth", &p),
                disabled: self.raw_boolean(o.disabled, "disabled", &p),
            };
        }
        if let Some(s) = self.raw_text(m.pathway, "pathway", at) {
            plan.pathway = Pathway::parse(s.trim());
            if plan.pathway.is_none() {
                self.invalid(
                    &Path::Key(at, "pathway"),
                    format!(
                        "'{}' is not a pathway: use assessment, stepDownFromChildProtection, supervisionOrder, shortBreaks or reunification",
                        shorten(&s)
                    ),
                );
            }
        }
        if let Some(o) = self.raw_obj(m.dates, "dates", at) {
            let p = Path::Key(at, "dates");
            plan.dates = KeyDates {
                referral: self.raw_date(o.referral, "referral", &p),
                assessment_started: self.raw_date(o.assessment_started, "assessmentStarted", &p),
                assessment_completed: self.raw_date(o.assessment_completed, "assessmentCompleted", &p),
                plan_required: self.raw_date(o.plan_required, "planRequired", &p),
                plan_start: self.raw_date(o.plan_start, "planStart", &p),
                step_down: self.raw_date(o.step_down, "stepDown", &p),
                order_ends: self.raw_date(o.order_ends, "orderEnds", &p),
            };
        }
        if let Some(o) = self.raw_obj(m.lead_professional, "leadProfessional", at) {
            let p = Path::Key(at, "leadProfessional");
            plan.lead_professional = LeadProfessional {
                name: self.raw_text(o.name, "name", &p),
                role: self.raw_text(o.role, "role", &p),
                agency: self.raw_text(o.agency, "agency", &p),
                responsibilities: self.raw_text(o.responsibilities, "responsibilities", &p),
            };
        }
        plan.coordinator = self.raw_sub_person(m.coordinator, "coordinator", at);
        plan.needs = self.raw_list(m.needs, "needs", at, |r, o, p| Need {
            id: r.raw_text(o.id, "id", p),
            description: r.raw_text(o.description, "description", p),
        });
        plan.outcomes = self.raw_list(m.outcomes, "outcomes", at, |r, o, p| Outcome {
            id: r.raw_text(o.id, "id", p),
            needs: r.raw_need_ids(o.needs, p),
            description: r.raw_text(o.description, "description", p),
            measure: r.raw_text(o.measure, "measure", p),
            target_date: r.raw_date(o.target_date, "targetDate", p),
            actions: r.raw_list(o.actions, "actions", p, |r, o, p| Action {
                description: r.raw_text(o.description, "description", p),
                owner: r.raw_text(o.owner, "owner", p),
                due: r.raw_date(o.due, "due", p),
            }),
        });
        plan.services = self.raw_list(m.services, "services", at, |r, o, p| Service {
            name: r.raw_text(o.name, "name", p),
            provider: r.raw_text(o.provider, "provider", p),
            purpose: r.raw_text(o.purpose, "purpose", p),
            scarce: r.raw_boolean(o.scarce, "scarce", p),
        });
        plan.contingency = self.raw_text(m.contingency, "contingency", at);
        plan.contacts = self.raw_list(m.contacts, "contacts", at, |r, o, p| Contact {
            who: r.raw_text(o.who, "who", p),
            role: r.raw_text(o.role, "role", p),
            nature: r.raw_text(o.nature, "nature", p),
            frequency: r.raw_frequency(o.frequency, "frequency", p),
        });
        if let Some(o) = self.raw_obj(m.visits, "visits", at) {
            let p = Path::Key(at, "visits");
            plan.visits = Visits {
                frequency: self.raw_frequency(o.frequency, "frequency", &p),
                first: self.raw_date(o.first, "first", &p),
                last: self.raw_date(o.last, "last", &p),
                last_written_up: self.raw_date(o.last_written_up, "lastWrittenUp", &p),
                child_seen_alone: self.raw_boolean(o.child_seen_alone, "childSeenAlone", &p),
            };
        }
        if let Some(o) = self.raw_obj(m.reviews, "reviews", at) {
            let p = Path::Key(at, "reviews");
            plan.reviews = Reviews {
                frequency: self.raw_frequency(o.frequency, "frequency", &p),
                last: self.raw_date(o.last, "last", &p),
                next: self.raw_date(o.next, "next", &p),
                means: self.raw_text(o.means, "means", &p),
                exception_reason: self.raw_text(o.exception_reason, "exceptionReason", &p),
            };
        }
        plan.meetings = self.raw_list(m.meetings, "meetings", at, |r, o, p| {
            let kind = r.raw_text(o.kind, "kind", p).and_then(|k| {
                let parsed = MeetingKind::parse(k.trim());
                if parsed.is_none() {
                    r.invalid(
                        &Path::Key(p, "kind"),
                        format!("'{}' is not a meeting kind: use initial, review or final", shorten(&k)),
                    );
                }
                parsed
            });
            Meeting {
                kind,
                date: r.raw_date(o.date, "date", p),
                chair: r.raw_sub_person(o.chair, "chair", p),
                minute_taker: r.raw_sub_person(o.minute_taker, "minuteTaker", p),
                child_attended: r.raw_boolean(o.child_attended, "childAttended", p),
                parents_attended: r.raw_boolean(o.parents_attended, "parentsAttended", p),
                non_attendance_reason: r.raw_text(o.non_attendance_reason, "nonAttendanceReason", p),
                minutes_distributed: r.raw_date(o.minutes_distributed, "minutesDistributed", p),
                plan_recorded: r.raw_date(o.plan_recorded, "planRecorded", p),
                plan_copies_sent: r.raw_date(o.plan_copies_sent, "planCopiesSent", p),
                agreement_signed: r.raw_boolean(o.agreement_signed, "agreementSigned", p),
            }
        });
        if let Some(o) = self.raw_obj(m.oversight, "oversight", at) {
            plan.oversight = Oversight { last: self.raw_date(o.last, "last", &Path::Key(at, "oversight")) };
        }
        if let Some(o) = self.raw_obj(m.views, "views", at) {
            let p = Path::Key(at, "views");
            plan.views =
                Views { child: self.raw_text(o.child, "child", &p), parents: self.raw_text(o.parents, "parents", &p) };
        }
        plan.risk_analysis = self.raw_text(m.risk_analysis, "riskAnalysis", at);
        plan.strengths = self.raw_text(m.strengths, "strengths", at);
        plan.worries = self.raw_text(m.worries, "worries", at);
        plan.equality = self.raw_text(m.equality, "equality", at);
        plan.family_group_conference_considered =
            self.raw_boolean(m.family_group_conference_considered, "familyGroupConferenceConsidered", at);
        plan
    }

    /// An outcome's needs: a list of ids, or (from a form) one text of ids separated by commas.
    fn raw_need_ids(&mut self, f: Field<Rows<Scalar>>, at: &Path) -> Vec<String> {
        let here = Path::Key(at, "needs");
        match f {
            None | Some(Val::Null) => Vec::new(),
            Some(Val::Str(s)) => split_ids(&s),
            Some(Val::Typed(list)) => {
                let mut ids = Vec::new();
                for (i, v) in list.rows.into_iter().enumerate() {
                    match v {
                        Val::Str(s) if !s.trim().is_empty() => ids.push(s.trim().to_string()),
                        Val::Str(_) | Val::Null => {}
                        other => self.invalid(
                            &Path::Index(&here, i),
                            format!("Expected a need id (text), found {}", other.describe()),
                        ),
                    }
                }
                ids
            }
            Some(other) => {
                self.invalid(&here, format!("Expected a list of need ids, found {}", other.describe()));
                Vec::new()
            }
        }
    }
}
