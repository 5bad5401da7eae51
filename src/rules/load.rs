//! Loading a ruleset: the one reader for the embedded files and for any file given at run
//! time (the CLI's `--ruleset`, wasm `loadRuleset`, the adapter's `ruleset` option).
//!
//! First the file is read into the types (`datafile`, every problem of shape noted); then
//! what only the code knows is checked: that each rule counts against a checklist item
//! the ruleset has, that its message uses only placeholders its kind of check fills in,
//! that ids are unique, that a deadline's kind can count from its anchor. A file with any
//! problem is refused, with all of them listed; nothing panics on any input.

use super::datafile::{self, quoted, At, Problem, Problems};
use super::kinds::{DUE_KINDS, PER_MEETING_KINDS};
use super::{Anchor, Ruleset, CORE_ITEMS, FORMAT};
use crate::json::{self, Json};

/// The largest ruleset file read (the built-in ones are about 20 KB).
pub const MAX_RULESET_BYTES: usize = 1_000_000;

/// Reads a ruleset from JSON text: the ruleset, or every problem found (at most
/// [`datafile::MAX_PROBLEMS`], then their count).
pub fn load(text: &str) -> Result<Ruleset, Vec<Problem>> {
    if text.len() > MAX_RULESET_BYTES {
        return Err(vec![too_large(text.len())]);
    }
    match json::parse(text) {
        Ok(v) => load_json(&v),
        Err(e) => Err(vec![datafile::not_json(&e)]),
    }
}

/// The refusal of a file of `bytes` bytes, over [`MAX_RULESET_BYTES`].
pub fn too_large(bytes: usize) -> Problem {
    let message = [
        "the ruleset is too large: ",
        &crate::util::megabytes(bytes as u64),
        "; the limit is ",
        &crate::util::megabytes(MAX_RULESET_BYTES as u64),
    ]
    .concat();
    Problem { path: String::new(), message }
}

/// As [`load`], from a parsed tree.
pub(crate) fn load_json(v: &Json) -> Result<Ruleset, Vec<Problem>> {
    let mut p = Problems::default();
    // A file of another format version is not read further: its fields may mean other things.
    match v.get("format") {
        Some(f) if f.as_i64() != Some(i64::from(FORMAT)) => {
            let message = match f.as_i64() {
                Some(n) if n > i64::from(FORMAT) => {
                    let mut m = String::from("this file is written in ruleset format ");
                    crate::util::push_num(&mut m, n as usize);
                    m.push_str("; this version of cinplan reads format 1");
                    m
                }
                _ => datafile::expected("1, the ruleset format this file is written in", f),
            };
            p.add(&At::Top.key("format"), message);
            return Err(p.into_vec());
        }
        None if v.as_object().is_some() => {
            p.add(
                &At::Top.key("format"),
                "is required but missing: write \"format\": 1 (the version of the ruleset format)",
            );
        }
        _ => {}
    }
    let rs: Ruleset = datafile::read(v, &mut p);
    if v.as_object().is_some() {
        check(&rs, &mut p);
    }
    if p.is_empty() {
        Ok(rs)
    } else {
        Err(p.into_vec())
    }
}

/// Notes `message` at `path` unless a problem is already noted there, inside or around it
/// (a value that could not be read stands in as blank, and one problem is enough).
fn note(p: &mut Problems, path: String, message: impl Into<String>) {
    if !p.near(&path) {
        p.add_path(path, message);
    }
}

fn path(parts: &[&str]) -> String {
    parts.iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(".")
}

fn num(i: usize) -> String {
    let mut s = String::new();
    crate::util::push_num(&mut s, i);
    s
}

/// Whether `id` may name an authority: lower-case letters and digits, in words joined by
/// single hyphens ("kestrel-vale"), as file names and web addresses can carry it.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 60
        && id.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// What only the code knows, checked across the whole ruleset.
fn check(rs: &Ruleset, p: &mut Problems) {
    let blank = |p: &mut Problems, at: String, text: &str| {
        if text.trim().is_empty() {
            note(p, at, "is blank; write it out");
        }
    };
    if !rs.id.is_empty() && !valid_id(&rs.id) {
        note(
            p,
            "id".into(),
            [
                &quoted(&rs.id),
                " should be lower-case letters and digits, words joined by hyphens, e.g. \"kestrel-vale\"",
            ]
            .concat(),
        );
    }
    for (key, text) in [
        ("id", &rs.id),
        ("name", &rs.name),
        ("shortName", &rs.short_name),
        ("version", &rs.version),
        ("source", &rs.source),
    ] {
        blank(p, key.into(), text);
    }
    let pr = &rs.procedure;
    blank(p, "procedure.title".into(), &pr.title);
    blank(p, "procedure.publisher".into(), &pr.publisher);
    if pr.version.as_deref().map_or(true, |v| v.trim().is_empty()) && pr.date.is_none() {
        note(p, "procedure".into(), "should give the procedure's version, its date (YYYY-MM-DD), or both");
    }
    if let Some(d) = &pr.date {
        if crate::dates::parse_date(d).is_none() {
            note(p, "procedure.date".into(), [&quoted(d), " is not a date written YYYY-MM-DD"].concat());
        }
    }
    if let Some(url) = &pr.url {
        if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
            note(p, "procedure.url".into(), [&quoted(url), " is not a web address (https://…)"].concat());
        }
    }
    blank(p, "smart.source".into(), &rs.smart.source);

    // The checklist: the five, then the ruleset's own, each id once.
    let mut items: Vec<&str> = CORE_ITEMS.iter().map(|(id, _)| *id).collect();
    for (i, item) in rs.items.iter().enumerate() {
        let at = path(&["items", &num(i)]);
        blank(p, path(&[&at, "label"]), &item.label);
        if item.id.trim().is_empty() {
            blank(p, path(&[&at, "id"]), &item.id);
        } else if items.contains(&item.id.as_str()) {
            let what = if CORE_ITEMS.iter().any(|(id, _)| *id == item.id) {
                " is one of the five items every checklist has; give this item an id of its own"
            } else {
                " is already an item of this ruleset"
            };
            note(p, path(&[&at, "id"]), [&quoted(&item.id), what].concat());
        } else {
            items.push(&item.id);
        }
    }
    let item_ref = |p: &mut Problems, at: String, item: &str| {
        if item == "timescales" && !items.contains(&item) {
            let message = "counts against \"timescales\" (the item of a deadline that names none), which this ruleset does not have: add that item, or give the deadline an item of its own";
            note(p, at, message);
        } else if item.trim().is_empty() {
            note(p, at, "is blank; name a checklist item");
        } else if !items.contains(&item) {
            let near = datafile::did_you_mean(item, &items);
            let rest = if near.is_empty() { ["; the items are ", &items.join(", ")].concat() } else { near };
            note(p, at, [&quoted(item), " is not a checklist item of this ruleset", &rest].concat());
        }
    };

    // Rule and deadline ids name findings: each once across both.
    let mut ids: Vec<String> = Vec::new();
    let mut unique = |p: &mut Problems, at: String, id: &str| {
        if id.trim().is_empty() {
            note(p, at, "is blank; write it out");
        } else if ids.iter().any(|seen| seen == id) {
            note(p, at, [&quoted(id), " is the id of another rule or deadline; each needs its own"].concat());
        } else {
            ids.push(id.to_string());
        }
    };

    for (i, rule) in rs.rules.iter().enumerate() {
        let at = path(&["rules", &num(i)]);
        unique(p, path(&[&at, "id"]), &rule.id);
        item_ref(p, path(&[&at, "item"]), &rule.item);
        blank(p, path(&[&at, "source"]), &rule.source);
        blank(p, path(&[&at, "quote"]), &rule.quote);
        let check_at = path(&[&at, "check"]);
        if p.near(&check_at) {
            continue; // the check's kind is not known, so neither are its placeholders
        }
        let kind = rule.check.kind();
        let mut templates = vec![("message", &rule.message)];
        templates.extend(rule.hint.as_ref().map(|h| ("hint", h)));
        for (key, template) in templates {
            let mut seen: Vec<&str> = Vec::new();
            for var in template.variables() {
                if var == "authority" || kind.vars.contains(&var) || seen.contains(&var) {
                    continue;
                }
                seen.push(var);
                let mut may = String::from("{authority}");
                for v in kind.vars {
                    may.push_str(", {");
                    may.push_str(v);
                    may.push('}');
                }
                let message =
                    ["{", var, "} is not filled in by a \"", kind.name, "\" check; its messages may use ", &may]
                        .concat();
                note(p, path(&[&at, key]), message);
            }
        }
        if rule.message.is_blank() {
            note(p, path(&[&at, "message"]), "is blank; write what the practitioner should read");
        }
    }

    for (i, d) in rs.deadlines.iter().enumerate() {
        let at = path(&["deadlines", &num(i)]);
        unique(p, path(&[&at, "id"]), &d.id);
        item_ref(p, path(&[&at, "item"]), &d.item);
        blank(p, path(&[&at, "source"]), &d.source);
        blank(p, path(&[&at, "quote"]), &d.quote);
        if d.kind.trim().is_empty() {
            note(p, path(&[&at, "kind"]), "is blank; name the kind of deadline, e.g. \"nextReview\"");
            continue;
        }
        if !DUE_KINDS.contains(&d.kind.as_str()) {
            let near = datafile::did_you_mean(&d.kind, &DUE_KINDS);
            let rest = if near.is_empty() { ["; the kinds are ", &DUE_KINDS.join(", ")].concat() } else { near };
            note(p, path(&[&at, "kind"]), [&quoted(&d.kind), " is not a kind of deadline", &rest].concat());
            continue;
        }
        let per_meeting = PER_MEETING_KINDS.contains(&d.kind.as_str());
        let from_at = path(&[&at, "from"]);
        if per_meeting && d.from != Anchor::EachMeeting {
            note(
                p,
                from_at,
                [&quoted(&d.kind), " is recorded for each meeting, so it counts from \"eachMeeting\""].concat(),
            );
        } else if !per_meeting && d.from == Anchor::EachMeeting {
            let message = [
                "only ",
                &PER_MEETING_KINDS.join(", "),
                " count from each meeting; ",
                &quoted(&d.kind),
                " needs another date to count from",
            ]
            .concat();
            note(p, from_at, message);
        }
        if d.after.is_none() && d.kind != "nextVisit" {
            note(p, path(&[&at, "after"]), "is required but missing: how long after the date it counts from (only nextVisit may leave it out, to use the plan's own visit frequency)");
        }
    }
}

/// Refuses a loaded ruleset whose id is built into cinplan, unless replacing it is asked for.
pub fn admit(rs: &Ruleset, replace: bool) -> Result<(), Problem> {
    if !replace && super::ruleset(&rs.id).is_some() {
        let message = [
            &quoted(&rs.id),
            " is the id of a ruleset built into cinplan; give this one an id of its own, or ask to replace the built-in one",
        ]
        .concat();
        return Err(Problem { path: "id".into(), message });
    }
    Ok(())
}

/// Loaded rulesets, as the CLI and the wasm bindings keep them: a later load of an id
/// replaces the earlier one.
pub fn put<T: AsRef<Ruleset>>(loaded: &mut Vec<T>, rs: T) {
    loaded.retain(|r| r.as_ref().id != rs.as_ref().id);
    loaded.push(rs);
}

impl AsRef<Ruleset> for Ruleset {
    fn as_ref(&self) -> &Ruleset {
        self
    }
}
