//! `cinplan`: check Child in Need plans from the command line.
//!
//! Exit codes: 0 no errors found; 1 errors found; 2 usage error, or a plan that could not be
//! read (in a batch the other plans are still checked, and each gets its own line).

mod inputs;
mod output;
mod ruleset;

use cinplan::dates::Calendar;
use cinplan::report::Report;
use cinplan::rules::{authorities, Ruleset};
use inputs::{Input, Unread};
use output::{text_report, Out, Stop};
use std::ffi::OsString;
use std::process::ExitCode;

const USAGE: &str = "usage:
  cinplan check [--authority ID] [--ruleset FILE [--replace]]... [--today YYYY-MM-DD] [--format json|text] [--holidays FILE] [FILE|DIR|-]...
  cinplan authorities [--format json|text]
  cinplan ruleset check [--procedure TEXT_FILE] [--format json|text] FILE...
  cinplan ruleset schema

check   Checks each plan (JSON in the cinplan plan format) against the authority's procedure.
        A directory is searched for *.json files. '-' or no file reads standard input.
        One file: the JSON report. Several: one line per file, {\"file\": ..., \"report\": ...},
        or {\"file\": ..., \"error\": ...} for a file that cannot be read or checked.
        --authority  the authority id; if absent, the one --ruleset's, else the plan's own \"authority\" field
        --ruleset    a ruleset file (a council not built in); may be given more than once
        --replace    lets a --ruleset file take the place of the built-in ruleset with its id
        --today      the date to compute overdue against (default: today's UTC date)
        --holidays   a newer GOV.UK bank-holidays.json to use instead of the built-in one
        exit status: 0 no errors found, 1 errors found, 2 usage error or a plan that could not be read

ruleset check   Checks that each FILE is a ruleset cinplan can use, listing every problem with
        its place in the file; then lists what looks like a slip (checklist items nothing
        counts against, rules that never apply, placeholders a message does not use).
        --procedure  the procedure's text: each quote not found in it is listed
        exit status: 0 usable, 1 some file is not, 2 usage error or a file that cannot be read
ruleset schema  Prints the ruleset format's JSON Schema (rulesets/schema.json)";

/// Why a run stops early.
enum Fail {
    /// The command line is wrong: the message, then the usage text.
    Usage(String),
    /// One line for the person running it (an unreadable plan, a bad holidays file).
    Input(String),
    /// Writing the answer failed.
    Stop(Stop),
}

impl From<Stop> for Fail {
    fn from(s: Stop) -> Fail {
        Fail::Stop(s)
    }
}

/// A message on standard error; if even that cannot be written there is nobody to tell.
fn say(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "cinplan: {message}");
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut out = Out::new();
    let result = run(&args, &mut out).and_then(|code| Ok(out.flush().map(|()| code)?));
    match result {
        Ok(code) => ExitCode::from(code),
        // The reader has gone (`| head`): what it wanted, it has.
        Err(Fail::Stop(Stop::Closed)) => ExitCode::SUCCESS,
        Err(Fail::Stop(Stop::Failed(message)) | Fail::Input(message)) => {
            say(&message);
            ExitCode::from(2)
        }
        Err(Fail::Usage(message)) => {
            say(&format!("{message}\n\n{USAGE}"));
            ExitCode::from(2)
        }
    }
}

#[derive(PartialEq)]
enum Format {
    Json,
    Text,
}

/// An argument that must be text (an option or its value); file names need not be.
fn text_arg(a: &OsString) -> Result<&str, Fail> {
    a.to_str().ok_or_else(|| Fail::Usage(format!("'{}' is not readable text", a.to_string_lossy())))
}

fn run(args: &[OsString], out: &mut Out) -> Result<u8, Fail> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(Fail::Usage("no command given".into()));
    };
    match text_arg(cmd)? {
        "check" => check(rest, out),
        "authorities" => list_authorities(rest, out),
        "ruleset" => ruleset::run(rest, out),
        "-h" | "--help" | "help" => {
            out.line(USAGE)?;
            Ok(0)
        }
        other => Err(Fail::Usage(format!("unknown command '{other}'"))),
    }
}

fn valid_ids(loaded: &[Ruleset]) -> String {
    format!("valid authority ids: {}", ruleset::ids(loaded).join(", "))
}

fn parse_format(v: &str) -> Result<Format, Fail> {
    match v {
        "json" => Ok(Format::Json),
        "text" => Ok(Format::Text),
        other => Err(Fail::Usage(format!("unknown format '{other}' (use json or text)"))),
    }
}

fn list_authorities(args: &[OsString], out: &mut Out) -> Result<u8, Fail> {
    let mut format = Format::Text;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match text_arg(a)? {
            "--format" => {
                let v = it.next().ok_or_else(|| Fail::Usage("--format needs a value".into()))?;
                format = parse_format(text_arg(v)?)?;
            }
            other => return Err(Fail::Usage(format!("unexpected argument '{other}'"))),
        }
    }
    if format == Format::Json {
        let list: Vec<serde_json::Value> = authorities()
            .iter()
            .map(|r| serde_json::json!({"id": r.id, "name": r.name, "source": r.source, "document": r.procedure.title}))
            .collect();
        out.line(&serde_json::to_string_pretty(&list).expect("plain JSON values serialize"))?;
    } else {
        for r in authorities() {
            out.line(&format!("{:<15} {}\n{:<15} source: {} ({})", r.id, r.name, "", r.source, r.procedure.title))?;
        }
    }
    Ok(0)
}

fn today_utc() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    chrono::DateTime::from_timestamp(secs as i64, 0).map(|t| t.date_naive()).unwrap_or_default()
}

fn check(args: &[OsString], out: &mut Out) -> Result<u8, Fail> {
    let mut authority: Option<String> = None;
    let mut today = None;
    let mut format = Format::Json;
    let mut holidays: Option<OsString> = None;
    let mut ruleset_files: Vec<OsString> = Vec::new();
    let mut replace = false;
    let mut files: Vec<OsString> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| Fail::Usage(format!("{name} needs a value")));
        match a.to_str() {
            Some("--authority") => authority = Some(text_arg(&value("--authority")?)?.to_string()),
            Some("--today") => {
                let v = value("--today")?;
                let v = text_arg(&v)?;
                today =
                    Some(cinplan::dates::parse_date(v).ok_or_else(|| {
                        Fail::Usage(format!("--today '{v}' is not a real date in the form YYYY-MM-DD"))
                    })?);
            }
            Some("--format") => format = parse_format(text_arg(&value("--format")?)?)?,
            Some("--holidays") => holidays = Some(value("--holidays")?),
            Some("--ruleset") => ruleset_files.push(value("--ruleset")?),
            Some("--replace") => replace = true,
            Some(s) if s.starts_with("--") => return Err(Fail::Usage(format!("unknown option '{s}'"))),
            _ => files.push(a.clone()),
        }
    }
    let loaded = ruleset::load_files(&ruleset_files, replace)?;
    if let [only] = loaded.as_slice() {
        authority = authority.or_else(|| Some(only.id.clone()));
    }
    if let Some(id) = &authority {
        if ruleset::find(&loaded, id).is_none() {
            return Err(Fail::Usage(format!("unknown authority '{id}'; {}", valid_ids(&loaded))));
        }
    }
    let today = today.unwrap_or_else(today_utc);
    let custom;
    let calendar: &Calendar = match &holidays {
        None => Calendar::embedded(),
        Some(path) => {
            let shown = path.to_string_lossy();
            let text = match Input::File(path.into()).read(cinplan::dates::MAX_HOLIDAYS_BYTES) {
                Ok(text) => text,
                Err(Unread::Failed(message)) => return Err(Fail::Input(message)),
                Err(Unread::TooLarge(bytes)) => {
                    let why = cinplan::dates::holidays_too_large(bytes);
                    return Err(Fail::Input(format!("the bank holidays file {shown} is not usable: {why}")));
                }
            };
            custom = Calendar::from_govuk_json(&text)
                .map_err(|e| Fail::Input(format!("the bank holidays file {shown} is not usable: {e}")))?;
            &custom
        }
    };

    let inputs = inputs::collect(&files).map_err(Fail::Input)?;
    for note in &inputs.notes {
        say(note);
    }
    let several = inputs.list.len() > 1 || inputs.any_folder;
    // 0 no errors, 1 errors found, 2 some plan could not be read: the worst one counts.
    let mut worst = 0;
    for input in &inputs.list {
        let answer = check_one(input, authority.as_deref(), &loaded, today, calendar);
        let written = match answer {
            Err(message) if !several => return Err(Fail::Input(message)),
            Err(message) => {
                worst = 2;
                write_error(out, input, &message, &format)
            }
            Ok(report) => {
                if report.errors() > 0 {
                    worst = worst.max(1);
                }
                write_report(out, input, &report, &format, several)
            }
        };
        match written.and_then(|()| out.flush()) {
            Ok(()) => {}
            Err(Stop::Closed) => return Ok(worst),
            Err(failed) => return Err(Fail::Stop(failed)),
        }
    }
    Ok(worst)
}

/// One plan's report, or why it has none (it cannot be read, or names no known authority).
fn check_one(
    input: &Input,
    authority: Option<&str>,
    loaded: &[Ruleset],
    today: chrono::NaiveDate,
    calendar: &Calendar,
) -> Result<Report, String> {
    let text = match input.read(cinplan::plan::MAX_PLAN_BYTES) {
        Ok(text) => text,
        Err(Unread::Failed(message)) => return Err(message),
        Err(Unread::TooLarge(bytes)) => match authority {
            // The report check_str gives such a plan, without holding its text.
            Some(id) => {
                let rs = ruleset::find(loaded, id)
                    .ok_or_else(|| format!("unknown authority '{id}'; {}", valid_ids(loaded)))?;
                let finding = cinplan::plan::too_large(Some(bytes));
                return Ok(cinplan::engine::run(&cinplan::Plan::default(), vec![finding], rs, today, calendar));
            }
            None => return Err(format!("{}: {}", input.shown(), cinplan::plan::too_large(Some(bytes)).message)),
        },
    };
    let id = match authority {
        Some(id) => id.to_string(),
        None => plan_authority(&text)
            .ok_or_else(|| format!("no --authority given and {} names none; {}", input.shown(), valid_ids(loaded)))?,
    };
    let rs = ruleset::find(loaded, &id)
        .ok_or_else(|| format!("{} names unknown authority '{id}'; {}", input.shown(), valid_ids(loaded)))?;
    Ok(cinplan::check_str(&text, rs, today, calendar))
}

fn write_report(out: &mut Out, input: &Input, report: &Report, format: &Format, several: bool) -> Result<(), Stop> {
    match format {
        Format::Json if several => {
            out.line(&serde_json::json!({ "file": input.shown(), "report": report }).to_string())
        }
        Format::Json => out.line(&serde_json::to_string_pretty(report).expect("reports serialize")),
        Format::Text => {
            if several {
                out.line(&format!("== {}", input.shown()))?;
            }
            out.text(&text_report(report))
        }
    }
}

fn write_error(out: &mut Out, input: &Input, message: &str, format: &Format) -> Result<(), Stop> {
    match format {
        Format::Json => out.line(&serde_json::json!({ "file": input.shown(), "error": message }).to_string()),
        Format::Text => out.line(&format!("== {}\n  Not checked: {message}\n", input.shown())),
    }
}

/// A plan file may name its authority (an export from a system serving several). Read
/// with the core's reader, keeping no list items: the plan is read again to be checked.
fn plan_authority(text: &str) -> Option<String> {
    let v = cinplan::json::parse_some(text, cinplan::json::Keep { items: 0, key: |k| k == "authority" }).ok()?;
    v.get("authority")?.as_str().map(str::to_string)
}
