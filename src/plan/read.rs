//! Reading a plan from JSON never fails as a whole.
//!
//! Each value of the wrong type, impossible date, unknown name or list given as a map
//! becomes an `input.invalid` finding at its path, the value is treated as missing, and the
//! rest of the plan is read on. Unknown fields are ignored. A blank string or `null` is
//! simply missing (a half-typed form), not invalid.
//!
//! One walk reads every plan, over the [`Json`] tree: from text through cinplan's own JSON
//! reader (`crate::json`, which borrows strings from the text and, unlike serde_json, reads
//! a lone UTF-16 surrogate as U+FFFD), or from a `serde_json::Value` a caller already has
//! (`check_value`) through the tree's `Deserialize`. The walk is declared with the plan
//! (`plan_struct!`, one field after another); here are the readers of each kind of value
//! it is made of. `tests/parse_equivalence.rs` holds the text path to serde_json's reading
//! of ~16 800 damaged plans.

use crate::dates::{parse_date, Frequency, Unit};
use crate::json::{Json, Object};
use crate::report::{Finding, Severity};
use crate::util::Blank;
use chrono::NaiveDate;

/// Rows read per list; a plan with more is answered, with a finding, on the first ones.
pub const MAX_ROWS: usize = 500;
/// Characters kept per text field; longer text is cut, with a finding.
pub const MAX_TEXT: usize = 100_000;
/// The largest plan checked, in bytes of JSON text (UTF-8). A larger one is refused before
/// it is read, with one `input.invalid` finding: reading it could take more memory than a
/// browser tab should give (the JSON text and its tree, about ten times the text at
/// worst; README "Limits"). A plan that keeps to the other limits is far smaller: the
/// complete example is 5 kB, one with 100 outcomes 150 kB.
pub const MAX_PLAN_BYTES: usize = 10_000_000;
/// `input.invalid` findings listed per plan; past them, one finding says how many more
/// there were, so the report stays small whatever is sent. (Half of the report's own limit,
/// `report::MAX_FINDINGS`, so these always fit in it.)
pub const MAX_INVALID: usize = 500;

pub const INVALID: &str = "input.invalid";

/// An input problem. It cites no procedure (`source` is empty): the message says what to
/// enter, in the words of the field's label, and never names the plan format.
pub fn invalid_finding(path: String, message: String) -> Finding {
    Finding {
        rule: INVALID.into(),
        item: item_for_path(&path).into(),
        severity: Severity::Error,
        path,
        message,
        source: String::new(),
        quote: None,
        hint: None,
    }
}

/// Which checklist item a bad field belongs to, so `input.invalid` shows under the right item.
pub fn item_for_path(path: &str) -> &'static str {
    let head = path.split('.').next().unwrap_or("");
    match head {
        "leadProfessional" | "coordinator" => "leadProfessional",
        "needs" | "outcomes" | "services" => "smartOutcomes",
        "contingency" => "contingency",
        "reviews" => "reviewPoints",
        "visits" | "contacts" => "visitFrequency",
        _ => "input",
    }
}

/// A path built only when a finding needs it, so reading a good plan allocates no paths.
pub(crate) enum Path<'a> {
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

pub(crate) fn describe(v: &Json) -> &'static str {
    match v {
        Json::Null => "empty",
        Json::Bool(_) => "true/false",
        Json::Number(n) if !n.is_finite() => "a number that is not a real number (infinite or undefined)",
        Json::Number(_) => "a number",
        Json::String(_) => "text",
        Json::Array(_) => "a list",
        Json::Object(_) => "an object",
    }
}

/// What a date that cannot be read is answered with, GOV.UK's way (`{}` is the field's
/// label): a date typed in three boxes ("6//2027", as the adapter passes a half-filled
/// one) says which part is missing.
fn date_problem(typed: &str) -> &'static str {
    let mut parts = typed.split('/').map(|p| p.trim().is_empty());
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(day), Some(month), Some(year), None) => match (day, month, year) {
            (true, true, _) => "The {} must include a day and month",
            (true, false, true) => "The {} must include a day and year",
            (false, true, true) => "The {} must include a month and year",
            (true, false, false) => "The {} must include a day",
            (false, true, false) => "The {} must include a month",
            (false, false, true) => "The {} must include a year",
            (false, false, false) => REAL_DATE,
        },
        _ => REAL_DATE,
    }
}

const REAL_DATE: &str = "Enter the {} as a real date, for example 27 3 2027";

/// The readers of each kind of value; `v` is the value at `at`, `None` when the key is
/// absent.
#[derive(Default)]
pub(crate) struct Reader {
    findings: Vec<Finding>,
    /// Findings past [`MAX_INVALID`], counted, not kept.
    more: usize,
}

impl Reader {
    /// The `input.invalid` findings made, in reading order: the first [`MAX_INVALID`], then
    /// one saying how many more there were.
    pub fn findings(mut self) -> Vec<Finding> {
        if self.more > 0 {
            let message =
                format!("{} more parts of the plan cannot be read; only the first {MAX_INVALID} are listed", self.more);
            self.findings.push(invalid_finding(String::new(), message));
        }
        self.findings
    }

    /// Whether another finding is kept; past [`MAX_INVALID`] it is only counted.
    fn room(&mut self) -> bool {
        let room = self.findings.len() < MAX_INVALID;
        if !room {
            self.more += 1;
        }
        room
    }

    pub fn invalid(&mut self, at: &Path, message: String) {
        if self.room() {
            self.findings.push(invalid_finding(at.render(), message));
        }
    }

    /// An input problem worded from the label of the field at `at`: `{}` in `message` is
    /// the label ("Enter the {} as text" → "Enter the target date as text").
    fn problem(&mut self, at: &Path, message: &str) {
        if !self.room() {
            return;
        }
        let path = at.render();
        let label = super::label_at(&path);
        let (before, after) = message.split_once("{}").unwrap_or((message, ""));
        let message = [before, label.as_deref().unwrap_or("answer"), after].concat();
        self.findings.push(invalid_finding(path, message));
    }

    pub fn text(&mut self, v: Option<&Json>, at: &Path) -> Option<String> {
        match v {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) => {
                if s.is_blank() {
                    None
                } else if let Some((cut, _)) = (s.len() > MAX_TEXT).then(|| s.char_indices().nth(MAX_TEXT)).flatten() {
                    // Counted and cut in characters (an emoji is one), as a person counts.
                    let chars = MAX_TEXT + s[cut..].chars().count();
                    self.invalid(
                        at,
                        format!("This text is {chars} characters long; only the first {MAX_TEXT} are checked"),
                    );
                    Some(s[..cut].to_string())
                } else {
                    Some(s.to_string())
                }
            }
            Some(_) => {
                self.problem(at, "Enter the {} as text");
                None
            }
        }
    }

    pub fn date(&mut self, v: Option<&Json>, at: &Path) -> Option<NaiveDate> {
        match v {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) if s.is_blank() => None,
            Some(Json::String(s)) => match parse_date(s.trimmed()) {
                Some(d) => Some(d),
                None => {
                    self.problem(at, date_problem(s));
                    None
                }
            },
            Some(_) => {
                self.problem(at, REAL_DATE);
                None
            }
        }
    }

    pub fn boolean(&mut self, v: Option<&Json>, at: &Path) -> Option<bool> {
        match v {
            None | Some(Json::Null) => None,
            Some(Json::Bool(b)) => Some(*b),
            // Form fields arrive as text; the common spellings of yes/no are not an error.
            Some(Json::String(s)) => match s.trimmed().to_ascii_lowercase().as_str() {
                "" => None,
                "true" | "yes" => Some(true),
                "false" | "no" => Some(false),
                _ => {
                    self.problem(at, "Select yes or no for {}");
                    None
                }
            },
            Some(_) => {
                self.problem(at, "Select yes or no for {}");
                None
            }
        }
    }

    /// One of a few names, given as text (which is read as text first: cut if too long).
    pub fn choice<T>(&mut self, v: Option<&Json>, at: &Path, parse: fn(&str) -> Option<T>) -> Option<T> {
        let s = self.text(v, at)?;
        let parsed = parse(s.trimmed());
        if parsed.is_none() {
            self.problem(at, "Select the {} from the list");
        }
        parsed
    }

    /// A nested object; `null` or absent reads as empty.
    pub fn object<'m, 'j>(&mut self, v: Option<&'m Json<'j>>, at: &Path) -> Option<&'m Object<'j>> {
        match v {
            None | Some(Json::Null) => None,
            Some(Json::Object(o)) => Some(o),
            Some(_) => {
                self.problem(at, "The {} could not be read");
                None
            }
        }
    }

    /// A list of objects, each read by `row`; a map or scalar where a list belongs is
    /// invalid.
    pub fn rows<T: Default>(
        &mut self,
        v: Option<&Json>,
        at: &Path,
        row: fn(&mut Reader, &Object, &Path) -> T,
    ) -> Vec<T> {
        match v {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::Array(a)) => {
                if a.count() > MAX_ROWS {
                    self.invalid(
                        at,
                        format!("This list has {} rows; only the first {MAX_ROWS} are checked", a.count()),
                    );
                }
                let mut out = Vec::with_capacity(a.len().min(MAX_ROWS));
                for (i, v) in a.iter().take(MAX_ROWS).enumerate() {
                    let p = Path::Index(at, i);
                    match v {
                        Json::Object(o) => out.push(row(self, o, &p)),
                        _ => {
                            self.problem(&p, "One of the {} could not be read");
                            // Keep the row so later rows keep their index (paths stay true).
                            out.push(T::default());
                        }
                    }
                }
                out
            }
            Some(_) => {
                self.problem(at, "The {} could not be read");
                Vec::new()
            }
        }
    }

    /// `{"every": 3, "unit": "weeks"}`; missing unless both parts are there and right.
    pub fn frequency(&mut self, v: Option<&Json>, at: &Path) -> Option<Frequency> {
        let f = self.object(v, at)?;
        let every_at = Path::Key(at, "every");
        let every = match f.get("every") {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) if s.is_blank() => None,
            Some(Json::Number(n)) if n.is_finite() => match n.as_u64() {
                Some(v @ 1..=1000) => Some(v as u32),
                _ => {
                    self.problem(&every_at, "The {} must be a whole number from 1 to 1000");
                    None
                }
            },
            Some(_) => {
                self.problem(&every_at, "The {} must be a number");
                None
            }
        };
        let unit_at = Path::Key(at, "unit");
        let unit = match f.get("unit") {
            None | Some(Json::Null) => None,
            Some(Json::String(s)) if s.is_blank() => None,
            Some(Json::String(s)) => match Unit::parse(s.trimmed()) {
                Some(u) => Some(u),
                None => {
                    self.problem(&unit_at, "Select the {} from the list");
                    None
                }
            },
            Some(_) => {
                self.problem(&unit_at, "Select the {} from the list");
                None
            }
        };
        Some(Frequency::new(every?, unit?))
    }

    /// Ids: a list of them, or (from a form) one text of ids separated by commas. Either
    /// way at most [`MAX_ROWS`] ids are read, and the text is read as any text is (at most
    /// [`MAX_TEXT`] characters).
    pub fn ids(&mut self, v: Option<&Json>, at: &Path) -> Vec<String> {
        match v {
            None | Some(Json::Null) => Vec::new(),
            Some(Json::String(_)) => {
                let Some(text) = self.text(v, at) else { return Vec::new() };
                let mut ids = Vec::new();
                let mut count = 0;
                for id in text.split([',', ';', ' ']).map(str::trim).filter(|x| !x.is_empty()) {
                    if count < MAX_ROWS {
                        ids.push(id.to_string());
                    }
                    count += 1;
                }
                if count > MAX_ROWS {
                    self.too_many_ids(at, count);
                }
                ids
            }
            Some(Json::Array(a)) => {
                if a.count() > MAX_ROWS {
                    self.too_many_ids(at, a.count());
                }
                let mut ids = Vec::new();
                for (i, v) in a.iter().take(MAX_ROWS).enumerate() {
                    match v {
                        // Read as any text is (cut past MAX_TEXT characters).
                        Json::String(_) => {
                            if let Some(id) = self.text(Some(v), &Path::Index(at, i)) {
                                ids.push(id.trimmed().to_string());
                            }
                        }
                        Json::Null => {}
                        _ => self.problem(&Path::Index(at, i), "Enter the {} as their ids, for example n1, n2"),
                    }
                }
                ids
            }
            Some(_) => {
                self.problem(at, "Enter the {} as their ids, for example n1, n2");
                Vec::new()
            }
        }
    }

    fn too_many_ids(&mut self, at: &Path, count: usize) {
        self.invalid(at, format!("This list has {count} need ids; only the first {MAX_ROWS} are checked"));
    }
}
