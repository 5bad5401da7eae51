//! `cinplan`: check Child in Need plans from the command line.
//!
//! Exit codes: 0 no errors found; 1 errors found; 2 usage error or unreadable input.

use cinplan::dates::{format_date, Calendar};
use cinplan::report::{Report, Severity, Status};
use cinplan::rules::{authorities, authority_ids, ruleset};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage:
  cinplan check [--authority ID] [--today YYYY-MM-DD] [--format json|text] [--holidays FILE] [FILE|DIR|-]...
  cinplan authorities [--format json|text]

check   Checks each plan (JSON in the cinplan plan format) against the authority's procedure.
        A directory is searched for *.json files. '-' or no file reads standard input.
        One file: the JSON report. Several: one line per file, {\"file\": ..., \"report\": ...}.
        --authority  the authority id; if absent, the plan's own \"authority\" field is used
        --today      the date to compute overdue against (default: today's UTC date)
        --holidays   a newer GOV.UK bank-holidays.json to use instead of the built-in one
exit status: 0 no errors found, 1 errors found, 2 usage error or unreadable input";

struct Usage(String);

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => ExitCode::from(code),
        Err(Usage(msg)) => {
            eprintln!("cinplan: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[derive(PartialEq)]
enum Format {
    Json,
    Text,
}

fn run(args: &[String]) -> Result<u8, Usage> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(Usage("no command given".into()));
    };
    match cmd.as_str() {
        "check" => check(rest),
        "authorities" => list_authorities(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(0)
        }
        other => Err(Usage(format!("unknown command '{other}'"))),
    }
}

fn valid_ids() -> String {
    format!("valid authority ids: {}", authority_ids().join(", "))
}

fn parse_format(v: &str) -> Result<Format, Usage> {
    match v {
        "json" => Ok(Format::Json),
        "text" => Ok(Format::Text),
        other => Err(Usage(format!("unknown format '{other}' (use json or text)"))),
    }
}

fn list_authorities(args: &[String]) -> Result<u8, Usage> {
    let mut format = Format::Text;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--format" => format = parse_format(it.next().ok_or_else(|| Usage("--format needs a value".into()))?)?,
            other => return Err(Usage(format!("unexpected argument '{other}'"))),
        }
    }
    if format == Format::Json {
        let list: Vec<serde_json::Value> = authorities()
            .iter()
            .map(|r| serde_json::json!({"id": r.id, "name": r.name, "source": r.source, "document": r.document}))
            .collect();
        println!("{}", serde_json::to_string_pretty(&list).expect("plain JSON values serialize"));
    } else {
        for r in authorities() {
            println!("{:<15} {}\n{:<15} source: {} ({})", r.id, r.name, "", r.source, r.document);
        }
    }
    Ok(0)
}

fn today_utc() -> chrono::NaiveDate {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    chrono::DateTime::from_timestamp(secs as i64, 0).map(|t| t.date_naive()).unwrap_or_default()
}

fn check(args: &[String]) -> Result<u8, Usage> {
    let mut authority: Option<String> = None;
    let mut today = None;
    let mut format = Format::Json;
    let mut holidays: Option<String> = None;
    let mut inputs: Vec<String> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| Usage(format!("{name} needs a value")));
        match a.as_str() {
            "--authority" => authority = Some(value("--authority")?),
            "--today" => {
                let v = value("--today")?;
                today = Some(
                    cinplan::dates::parse_date(&v)
                        .ok_or_else(|| Usage(format!("--today '{v}' is not a real date in the form YYYY-MM-DD")))?,
                );
            }
            "--format" => format = parse_format(&value("--format")?)?,
            "--holidays" => holidays = Some(value("--holidays")?),
            s if s.starts_with("--") => return Err(Usage(format!("unknown option '{s}'"))),
            _ => inputs.push(a.clone()),
        }
    }
    if let Some(id) = &authority {
        if ruleset(id).is_none() {
            return Err(Usage(format!("unknown authority '{id}'; {}", valid_ids())));
        }
    }
    let today = today.unwrap_or_else(today_utc);
    let custom;
    let calendar: &Calendar = match &holidays {
        None => Calendar::embedded(),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Usage(format!("cannot read bank holidays file '{path}': {e}")))?;
            custom = Calendar::from_govuk_json(&text)
                .map_err(|e| Usage(format!("bank holidays file '{path}' is not usable: {e}")))?;
            &custom
        }
    };

    let files = collect_inputs(&inputs)?;
    let several = files.len() > 1 || inputs.iter().any(|i| Path::new(i).is_dir());
    let mut any_errors = false;
    for file in &files {
        let text = read_input(file)?;
        let id = match &authority {
            Some(id) => id.clone(),
            None => plan_authority(&text).ok_or_else(|| {
                Usage(format!("no --authority given and {} names none; {}", shown(file), valid_ids()))
            })?,
        };
        let rs = ruleset(&id)
            .ok_or_else(|| Usage(format!("{} names unknown authority '{id}'; {}", shown(file), valid_ids())))?;
        let report = cinplan::check_str(&text, rs, today, calendar);
        any_errors |= report.errors() > 0;
        match format {
            Format::Json if several => {
                let line = serde_json::json!({ "file": shown(file), "report": report });
                println!("{line}");
            }
            Format::Json => println!("{}", serde_json::to_string_pretty(&report).expect("reports serialize")),
            Format::Text => {
                if several {
                    println!("== {}", shown(file));
                }
                print!("{}", text_report(&report));
            }
        }
    }
    Ok(if any_errors { 1 } else { 0 })
}

/// `None` stands for standard input.
fn collect_inputs(inputs: &[String]) -> Result<Vec<Option<PathBuf>>, Usage> {
    if inputs.is_empty() {
        return Ok(vec![None]);
    }
    let mut out = Vec::new();
    for i in inputs {
        if i == "-" {
            out.push(None);
            continue;
        }
        let p = PathBuf::from(i);
        if p.is_dir() {
            let mut found = Vec::new();
            walk(&p, &mut found).map_err(|e| Usage(format!("cannot read directory '{i}': {e}")))?;
            found.sort();
            if found.is_empty() {
                return Err(Usage(format!("directory '{i}' holds no .json files")));
            }
            out.extend(found.into_iter().map(Some));
        } else {
            out.push(Some(p));
        }
    }
    Ok(out)
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let p = entry?.path();
        if p.is_dir() {
            walk(&p, found)?;
        } else if p.extension().is_some_and(|e| e == "json") {
            found.push(p);
        }
    }
    Ok(())
}

fn shown(file: &Option<PathBuf>) -> String {
    file.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "standard input".into())
}

fn read_input(file: &Option<PathBuf>) -> Result<String, Usage> {
    let mut bytes = Vec::new();
    let res = match file {
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) => std::fs::read(p).map(|b| bytes = b),
    };
    res.map_err(|e| Usage(format!("cannot read {}: {e}", shown(file))))?;
    String::from_utf8(bytes).map_err(|_| Usage(format!("{} is not UTF-8 text", shown(file))))
}

/// A plan file may name its authority (an export from a system serving several).
fn plan_authority(text: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    v.get("authority")?.as_str().map(str::to_string)
}

fn text_report(r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Child in Need plan — checked against {} ({}), today {}",
        r.authority.name,
        r.authority.source,
        format_date(r.today)
    );
    let _ = writeln!(s, "\nChecklist");
    for c in &r.checklist {
        let mark = match c.status {
            Status::Met => "✓",
            Status::Partial => "~",
            Status::NotMet => "✗",
        };
        let status = match c.status {
            Status::Met => "met",
            Status::Partial => "partial",
            Status::NotMet => "not met",
        };
        let _ = writeln!(s, "  {mark} {:<26} {status}", c.label);
    }
    let _ = writeln!(s, "\nFindings ({} errors, {} warnings)", r.errors(), r.warnings());
    if r.findings.is_empty() {
        let _ = writeln!(s, "  none");
    }
    for f in &r.findings {
        let sev = match f.severity {
            Severity::Error => "ERROR",
            Severity::Warning => "WARN ",
            Severity::Info => "INFO ",
        };
        let at = if f.path.is_empty() { "(plan)".to_string() } else { f.path.clone() };
        let _ = writeln!(s, "  {sev} {at}\n        {}\n        [{}] {}", f.message, f.rule, f.source);
    }
    let _ = writeln!(s, "\nDue dates");
    if r.due.is_empty() {
        let _ = writeln!(s, "  none can be computed yet (key dates are missing)");
    } else {
        let w = r.due.iter().map(|d| d.kind.len()).max().unwrap_or(4).max(4);
        let _ = writeln!(s, "  {:<w$}  {:<11}  {:<8}  basis", "kind", "date", "status");
        for d in &r.due {
            let st = if d.overdue {
                "OVERDUE"
            } else if d.done {
                "done"
            } else {
                ""
            };
            let basis = match &d.label {
                Some(l) => format!("{l}: {}", d.basis),
                None => d.basis.clone(),
            };
            let _ = writeln!(s, "  {:<w$}  {:<11}  {:<8}  {basis}", d.kind, format_date(d.date), st);
        }
    }
    s
}
