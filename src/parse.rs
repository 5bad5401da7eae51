//! Reading a plan from JSON never fails as a whole.
//!
//! Each value of the wrong type, impossible date, unknown enumeration value or list given
//! as a map becomes an `input.invalid` finding at its path, the value is treated as
//! missing, and the rest of the plan is read on. Unknown fields are ignored. A blank
//! string or `null` is simply missing (a half-typed form), not invalid.
//!
//! One walk reads every plan: text through cinplan's own JSON reader (`crate::json`, which
//! borrows strings from the text and, unlike serde_json, reads a lone UTF-16 surrogate as
//! U+FFFD), or a `serde_json::Value` a caller already has (`check_value`), turned into the
//! same tree. `tests/parse_equivalence.rs` holds the text path to serde_json's reading of
//! ~16 800 damaged plans.

use crate::blank::Blank;
use crate::json::{self, Json, Object};
use crate::model::*;
use crate::report::{Finding, Severity};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::Value;

/// Rows read per list; a plan with more is answered, with a finding, on the first ones.
pub const MAX_ROWS: usize = 500;
/// Characters kept per text field; longer text is cut, with a finding.
pub const MAX_TEXT: usize = 100_000;

pub const INVALID: &str = "input.invalid";

pub fn plan_from_str(text: &str) -> (Plan, Vec<Finding>) {
    match json::parse(text) {
        Ok(v) => plan_from_json(&v),
        Err(e) => {
            let what = if e.is_too_deep() {
                "The plan is nested too deeply to be a plan".to_string()
            } else {
                format!("The plan is not valid JSON ({e})")
            };
            (Plan::default(), vec![invalid_finding(String::new(), what)])
        }
    }
}

/// A plan already parsed by serde_json (`check_value`), read through the same tree.
pub fn plan_from_value(v: &Value) -> (Plan, Vec<Finding>) {
    match Json::deserialize(v) {
        Ok(tree) => plan_from_json(&tree),
        Err(e) => {
            let what = if json::is_too_deep(&e) {
                "The plan is nested too deeply to be a plan".to_string()
            } else {
                format!("The plan cannot be read ({e})")
            };
            (Plan::default(), vec![invalid_finding(String::new(), what)])
        }
    }
}

/// A plan already read into a [`Json`] tree.
pub(crate) fn plan_from_json(v: &Json) -> (Plan, Vec<Finding>) {
    let mut r = Reader { findings: Vec::new() };
    let root = Path::Root;
    let plan = match v {
        Json::Object(m) => r.plan(m, &root),
        other => {
            r.invalid(&root, format!("A plan must be a JSON object; this is {}", describe(other)));
            Plan::default()
        }
    };
    (plan, r.findings)
}

pub(crate) fn invalid_finding(path: String, message: String) -> Finding {
    Finding {
        rule: INVALID.into(),
        item: crate::engine::item_for_path(&path).into(),
        severity: Severity::Error,
        path,
        message,
        source: "cinplan plan format (plan-format.md)".into(),
        quote: None,
        hint: None,
    }
}

/// A path built only when a finding needs it, so reading a good plan allocates no paths.
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn render(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Key(Path::Root, k) => (*k).to_string(),
            Path::Key(p, k) => format!("{}.{k}", p.render()),
            Path::Index(Path::Root, i) => i.to_string(),
            Path::Index(p, i) => format!("{}.{i}", p.render()),
        }
    }
}

fn describe(v: &Json) -> &'static str {
    match v {
        Json::Null => "empty",
        Json::Bool(_) => "true/false",
        Json::Number(_) => "a number",
        Json::String(_) => "text",
        Json::Array(_) => "a list",
        Json::Object(_) => "an object",
    }
}

struct Reader {
    findings: Vec<Finding>,
}

impl Reader {
    fn invalid(&mut self, path: &Path, message: String) {
        self.findings.push(invalid_finding(path.render(), message));
    }

    fn text(&mut self, m: &Object, key: &str, at: &Path) -> Option<String> {
        match m.get(key) {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) => {
                if s.is_blank() {
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
                    Some(s.to_string())
                }
            }
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected text here, found {}", describe(other)));
                None
            }
        }
    }

    fn date(&mut self, m: &Object, key: &str, at: &Path) -> Option<NaiveDate> {
        match m.get(key) {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) if s.is_blank() => None,
            Some(Json::String(s)) => match parse_date(s.trimmed()) {
                Some(d) => Some(d),
                None => {
                    self.invalid(
                        &Path::Key(at, key),
                        format!("'{}' is not a real date in the form YYYY-MM-DD", shorten(s)),
                    );
                    None
                }
            },
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected a date (YYYY-MM-DD), found {}", describe(other)));
                None
            }
        }
    }

    fn boolean(&mut self, m: &Object, key: &str, at: &Path) -> Option<bool> {
        match m.get(key) {
            None | Some(Json::Null) => None,
            Some(Json::Bool(b)) => Some(*b),
            // Form fields arrive as text; the common spellings of yes/no are not an error.
            Some(Json::String(s)) => match s.trimmed().to_ascii_lowercase().as_str() {
                "" => None,
                "true" | "yes" => Some(true),
                "false" | "no" => Some(false),
                _ => {
                    self.invalid(&Path::Key(at, key), format!("Expected yes or no, found '{}'", shorten(s)));
                    None
                }
            },
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected yes or no, found {}", describe(other)));
                None
            }
        }
    }

    /// A nested object; `null` or absent reads as empty.
    fn obj<'m, 'j>(&mut self, m: &'m Object<'j>, key: &str, at: &Path) -> Option<&'m Object<'j>> {
        match m.get(key) {
            None | Some(Json::Null) => None,
            Some(Json::Object(o)) => Some(o),
            Some(other) => {
                self.invalid(&Path::Key(at, key), format!("Expected an object here, found {}", describe(other)));
                None
            }
        }
    }

    /// A list of objects, each read by `item`; a map or scalar where a list belongs is invalid.
    fn list<T>(
        &mut self,
        m: &Object,
        key: &str,
        at: &Path,
        mut item: impl FnMut(&mut Self, &Object, &Path) -> T,
    ) -> Vec<T> {
        let here = Path::Key(at, key);
        match m.get(key) {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::Array(a)) => {
                if a.len() > MAX_ROWS {
                    self.invalid(
                        &here,
                        format!("This list has {} rows; only the first {MAX_ROWS} are checked", a.len()),
                    );
                }
                let mut out = Vec::with_capacity(a.len().min(MAX_ROWS));
                for (i, v) in a.iter().take(MAX_ROWS).enumerate() {
                    let p = Path::Index(&here, i);
                    match v {
                        Json::Object(o) => out.push(item(self, o, &p)),
                        other => {
                            self.invalid(&p, format!("Expected an object in this list, found {}", describe(other)));
                            // Keep the row so later rows keep their index (paths stay true).
                            out.push(item(self, &Object::default(), &p));
                        }
                    }
                }
                out
            }
            Some(other) => {
                self.invalid(&here, format!("Expected a list here, found {}", describe(other)));
                Vec::new()
            }
        }
    }

    fn frequency(&mut self, m: &Object, key: &str, at: &Path) -> Option<Frequency> {
        let here = Path::Key(at, key);
        let f = self.obj(m, key, at)?;
        let every = match f.get("every") {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) if s.is_blank() => None,
            Some(Json::Number(n)) => match n.as_u64() {
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
                    Json::String(s) => format!("'{}'", shorten(s)),
                    v => describe(v).to_string(),
                };
                self.invalid(&Path::Key(&here, "every"), format!("Expected a number here, found {shown}"));
                None
            }
        };
        let unit = match f.get("unit") {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) if s.is_blank() => None,
            Some(Json::String(s)) => match Unit::parse(s.trimmed()) {
                Some(u) => Some(u),
                None => {
                    self.invalid(
                        &Path::Key(&here, "unit"),
                        format!("'{}' is not a unit: use days, workingDays, weeks or months", shorten(s)),
                    );
                    None
                }
            },
            Some(other) => {
                self.invalid(&Path::Key(&here, "unit"), format!("Expected a unit name, found {}", describe(other)));
                None
            }
        };
        Some(Frequency::new(every?, unit?))
    }

    fn person(&mut self, m: &Object, at: &Path) -> Person {
        Person { name: self.text(m, "name", at), role: self.text(m, "role", at) }
    }

    fn sub_person(&mut self, m: &Object, key: &str, at: &Path) -> Person {
        match self.obj(m, key, at) {
            Some(o) => self.person(o, &Path::Key(at, key)),
            None => Person::default(),
        }
    }

    fn plan(&mut self, m: &Object, at: &Path) -> Plan {
        let mut plan = Plan::default();
        if let Some(o) = self.obj(m, "child", at) {
            let p = Path::Key(at, "child");
            plan.child = Child {
                name: self.text(o, "name", &p),
                date_of_birth: self.date(o, "dateOfBirth", &p),
                disabled: self.boolean(o, "disabled", &p),
            };
        }
        if let Some(s) = self.text(m, "pathway", at) {
            plan.pathway = Pathway::parse(s.trimmed());
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
        if let Some(o) = self.obj(m, "dates", at) {
            let p = Path::Key(at, "dates");
            plan.dates = KeyDates {
                referral: self.date(o, "referral", &p),
                assessment_started: self.date(o, "assessmentStarted", &p),
                assessment_completed: self.date(o, "assessmentCompleted", &p),
                plan_required: self.date(o, "planRequired", &p),
                plan_start: self.date(o, "planStart", &p),
                step_down: self.date(o, "stepDown", &p),
                order_ends: self.date(o, "orderEnds", &p),
            };
        }
        if let Some(o) = self.obj(m, "leadProfessional", at) {
            let p = Path::Key(at, "leadProfessional");
            plan.lead_professional = LeadProfessional {
                name: self.text(o, "name", &p),
                role: self.text(o, "role", &p),
                agency: self.text(o, "agency", &p),
                responsibilities: self.text(o, "responsibilities", &p),
            };
        }
        plan.coordinator = self.sub_person(m, "coordinator", at);
        plan.needs = self
            .list(m, "needs", at, |r, o, p| Need { id: r.text(o, "id", p), description: r.text(o, "description", p) });
        plan.outcomes = self.list(m, "outcomes", at, |r, o, p| Outcome {
            id: r.text(o, "id", p),
            needs: r.need_ids(o, p),
            description: r.text(o, "description", p),
            measure: r.text(o, "measure", p),
            target_date: r.date(o, "targetDate", p),
            actions: r.list(o, "actions", p, |r, o, p| Action {
                description: r.text(o, "description", p),
                owner: r.text(o, "owner", p),
                due: r.date(o, "due", p),
            }),
        });
        plan.services = self.list(m, "services", at, |r, o, p| Service {
            name: r.text(o, "name", p),
            provider: r.text(o, "provider", p),
            purpose: r.text(o, "purpose", p),
            scarce: r.boolean(o, "scarce", p),
        });
        plan.contingency = self.text(m, "contingency", at);
        plan.contacts = self.list(m, "contacts", at, |r, o, p| Contact {
            who: r.text(o, "who", p),
            role: r.text(o, "role", p),
            nature: r.text(o, "nature", p),
            frequency: r.frequency(o, "frequency", p),
        });
        if let Some(o) = self.obj(m, "visits", at) {
            let p = Path::Key(at, "visits");
            plan.visits = Visits {
                frequency: self.frequency(o, "frequency", &p),
                first: self.date(o, "first", &p),
                last: self.date(o, "last", &p),
                last_written_up: self.date(o, "lastWrittenUp", &p),
                child_seen_alone: self.boolean(o, "childSeenAlone", &p),
            };
        }
        if let Some(o) = self.obj(m, "reviews", at) {
            let p = Path::Key(at, "reviews");
            plan.reviews = Reviews {
                frequency: self.frequency(o, "frequency", &p),
                last: self.date(o, "last", &p),
                next: self.date(o, "next", &p),
                means: self.text(o, "means", &p),
                exception_reason: self.text(o, "exceptionReason", &p),
            };
        }
        plan.meetings = self.list(m, "meetings", at, |r, o, p| {
            let kind = r.text(o, "kind", p).and_then(|k| {
                let parsed = MeetingKind::parse(k.trimmed());
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
                date: r.date(o, "date", p),
                chair: r.sub_person(o, "chair", p),
                minute_taker: r.sub_person(o, "minuteTaker", p),
                child_attended: r.boolean(o, "childAttended", p),
                parents_attended: r.boolean(o, "parentsAttended", p),
                non_attendance_reason: r.text(o, "nonAttendanceReason", p),
                minutes_distributed: r.date(o, "minutesDistributed", p),
                plan_recorded: r.date(o, "planRecorded", p),
                plan_copies_sent: r.date(o, "planCopiesSent", p),
                agreement_signed: r.boolean(o, "agreementSigned", p),
            }
        });
        if let Some(o) = self.obj(m, "oversight", at) {
            plan.oversight = Oversight { last: self.date(o, "last", &Path::Key(at, "oversight")) };
        }
        if let Some(o) = self.obj(m, "views", at) {
            let p = Path::Key(at, "views");
            plan.views = Views { child: self.text(o, "child", &p), parents: self.text(o, "parents", &p) };
        }
        plan.risk_analysis = self.text(m, "riskAnalysis", at);
        plan.strengths = self.text(m, "strengths", at);
        plan.worries = self.text(m, "worries", at);
        plan.equality = self.text(m, "equality", at);
        plan.family_group_conference_considered = self.boolean(m, "familyGroupConferenceConsidered", at);
        plan
    }

    /// An outcome's needs: a list of ids, or (from a form) one text of ids separated by commas.
    fn need_ids(&mut self, m: &Object, at: &Path) -> Vec<String> {
        let here = Path::Key(at, "needs");
        match m.get("needs") {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::String(s)) => split_ids(s),
            Some(Json::Array(a)) => {
                let mut ids = Vec::new();
                for (i, v) in a.iter().take(MAX_ROWS).enumerate() {
                    match v {
                        Json::String(s) if !s.is_blank() => ids.push(s.trimmed().to_string()),
                        Json::String(_) | Json::Null => {}
                        other => self.invalid(
                            &Path::Index(&here, i),
                            format!("Expected a need id (text), found {}", describe(other)),
                        ),
                    }
                }
                ids
            }
            Some(other) => {
                self.invalid(&here, format!("Expected a list of need ids, found {}", describe(other)));
                Vec::new()
            }
        }
    }
}

fn split_ids(s: &str) -> Vec<String> {
    s.split([',', ';', ' ']).map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

/// Strict `YYYY-MM-DD`: four-digit year, two-digit month and day, a real calendar date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter().try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
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
