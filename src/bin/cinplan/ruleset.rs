//! Rulesets from files: `cinplan check --ruleset FILE` (a council not built in, or a
//! built-in one replaced with `--replace`), `cinplan ruleset check FILE` (is it a usable
//! ruleset, and what in it looks like a slip) and `cinplan ruleset schema` (the format's
//! JSON Schema, as `rulesets/schema.json` holds it).

use super::{parse_format, text_arg, Fail, Format};
use crate::inputs::{Input, Unread};
use crate::output::Out;
use cinplan::rules::{self, lint, load, Problem, Ruleset};
use std::ffi::OsString;

/// A ruleset file's text; one larger than the loader reads is refused unread, in the
/// loader's words.
fn read_ruleset(input: &Input) -> Result<String, Fail> {
    match input.read(rules::MAX_RULESET_BYTES) {
        Ok(text) => Ok(text),
        Err(Unread::Failed(message)) => Err(Fail::Input(message)),
        Err(Unread::TooLarge(bytes)) => Err(Fail::Input(not_usable(
            &input.shown(),
            &[load::too_large(usize::try_from(bytes).unwrap_or(usize::MAX))],
        ))),
    }
}

/// Reads the `--ruleset` files: every problem of every file, or the rulesets. A later
/// file with the same id takes the place of an earlier one.
pub fn load_files(paths: &[OsString], replace: bool) -> Result<Vec<Ruleset>, Fail> {
    let mut loaded: Vec<Ruleset> = Vec::new();
    let mut failures: Vec<String> = Vec::new();
    for path in paths {
        let input = Input::File(path.into());
        let text = read_ruleset(&input)?;
        match rules::load(&text).and_then(|rs| load::admit(&rs, replace).map(|()| rs).map_err(|p| vec![p])) {
            Ok(rs) => load::put(&mut loaded, rs),
            Err(problems) => failures.push(not_usable(&input.shown(), &problems)),
        }
    }
    if failures.is_empty() {
        Ok(loaded)
    } else {
        Err(Fail::Input(failures.join("\n")))
    }
}

fn not_usable(file: &str, problems: &[Problem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| format!("  {}", shown(p))).collect();
    format!("{file} is not a usable ruleset:\n{}", lines.join("\n"))
}

/// `path: message`, or the message alone for the file as a whole.
fn shown(p: &Problem) -> String {
    if p.path.is_empty() {
        p.message.clone()
    } else {
        format!("{}: {}", p.path, p.message)
    }
}

/// The ruleset with this id: one loaded from a file first, else a built-in one.
pub fn find<'a>(loaded: &'a [Ruleset], id: &str) -> Option<&'a Ruleset> {
    loaded.iter().find(|r| r.id == id).or_else(|| rules::ruleset(id))
}

/// Every id a plan may be checked against.
pub fn ids(loaded: &[Ruleset]) -> Vec<String> {
    let mut ids: Vec<String> = rules::authority_ids().into_iter().map(String::from).collect();
    for r in loaded {
        if !ids.contains(&r.id) {
            ids.push(r.id.clone());
        }
    }
    ids.sort();
    ids
}

/// `cinplan ruleset …`
pub fn run(args: &[OsString], out: &mut Out) -> Result<u8, Fail> {
    let Some((sub, rest)) = args.split_first() else {
        return Err(Fail::Usage("ruleset needs check or schema".into()));
    };
    match text_arg(sub)? {
        "check" => check(rest, out),
        "schema" => {
            if let Some(extra) = rest.first() {
                return Err(Fail::Usage(format!("unexpected argument '{}'", extra.to_string_lossy())));
            }
            out.text(&rules::schema::json_schema_text())?;
            Ok(0)
        }
        other => Err(Fail::Usage(format!("unknown ruleset command '{other}' (use check or schema)"))),
    }
}

fn check(args: &[OsString], out: &mut Out) -> Result<u8, Fail> {
    let mut procedure: Option<OsString> = None;
    let mut format = Format::Text;
    let mut files: Vec<OsString> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| Fail::Usage(format!("{name} needs a value")));
        match a.to_str() {
            Some("--procedure") => procedure = Some(value("--procedure")?),
            Some("--format") => format = parse_format(text_arg(&value("--format")?)?)?,
            Some(s) if s.starts_with("--") => return Err(Fail::Usage(format!("unknown option '{s}'"))),
            _ => files.push(a.clone()),
        }
    }
    if files.is_empty() {
        return Err(Fail::Usage("ruleset check needs a ruleset file".into()));
    }
    let procedure = match procedure {
        // A procedure is a document's text: the plan limit is ample.
        Some(path) => {
            let input = Input::File(path.into());
            Some(match input.read(cinplan::plan::MAX_PLAN_BYTES) {
                Ok(text) => text,
                Err(Unread::Failed(message)) => return Err(Fail::Input(message)),
                Err(Unread::TooLarge(_)) => {
                    return Err(Fail::Input(format!("{} is too large for a procedure's text", input.shown())))
                }
            })
        }
        None => None,
    };
    let mut worst = 0;
    for path in &files {
        let input = Input::File(path.into());
        let text = read_ruleset(&input)?;
        let (id, errors, warnings) = match rules::load(&text) {
            Ok(rs) => (Some(rs.id.clone()), Vec::new(), lint::lint(&rs, procedure.as_deref())),
            Err(errors) => (None, errors, Vec::new()),
        };
        if !errors.is_empty() {
            worst = 1;
        }
        if format == Format::Json {
            let answer = serde_json::json!({
                "file": input.shown(), "ok": errors.is_empty(), "id": id, "errors": errors, "warnings": warnings,
            });
            out.line(&answer.to_string())?;
            continue;
        }
        let file = input.shown();
        if errors.is_empty() {
            let id = id.unwrap_or_default();
            let built_in = if rules::ruleset(&id).is_some() {
                " (an id built into cinplan: check plans against this file with --ruleset and --replace)"
            } else {
                ""
            };
            out.line(&format!("{file}: a usable ruleset, id \"{id}\"{built_in}"))?;
        } else {
            out.line(&format!("{file}: not a usable ruleset; {} to fix:", count(errors.len(), "problem")))?;
            for p in &errors {
                out.line(&format!("  {}", shown(p)))?;
            }
        }
        if !warnings.is_empty() {
            out.line(&format!("{file}: {} to look at:", count(warnings.len(), "thing")))?;
            for p in &warnings {
                out.line(&format!("  {}", shown(p)))?;
            }
        }
    }
    Ok(worst)
}

fn count(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}
