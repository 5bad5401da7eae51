//! Writing answers to standard output without ever panicking.
//!
//! `println!` panics when a write fails: when the reader has gone (`cinplan check DIR |
//! head`) or the disk is full. Here a closed pipe ends the run quietly (nobody is left to
//! read the rest), and any other failure is one line on standard error with exit status 2.

use cinplan::dates::format_date;
use cinplan::report::{Report, Severity, Status};
use std::io::{BufWriter, ErrorKind, Stdout, Write};

pub enum Stop {
    /// The reader closed the pipe: stop writing, say nothing.
    Closed,
    /// Writing failed for another reason (disk full): the message to show.
    Failed(String),
}

pub struct Out(BufWriter<Stdout>);

impl Out {
    pub fn new() -> Out {
        Out(BufWriter::new(std::io::stdout()))
    }

    pub fn text(&mut self, text: &str) -> Result<(), Stop> {
        self.0.write_all(text.as_bytes()).map_err(stop)
    }

    pub fn line(&mut self, text: &str) -> Result<(), Stop> {
        self.text(text)?;
        self.text("\n")
    }

    /// Written out now, so each file's line reaches a reader as soon as it is checked.
    pub fn flush(&mut self) -> Result<(), Stop> {
        self.0.flush().map_err(stop)
    }
}

fn stop(e: std::io::Error) -> Stop {
    if e.kind() == ErrorKind::BrokenPipe {
        Stop::Closed
    } else {
        Stop::Failed(format!("cannot write the report: {}", e.to_string().split(" (os error").next().unwrap_or("")))
    }
}

/// The report for people: checklist, findings with citations, due dates as a table.
pub fn text_report(r: &Report) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Child in Need plan — checked against {} ({}), today {}",
        r.authority.name,
        r.authority.source,
        format_date(r.today)
    );
    // The audit trail: which rules, in which version, from which procedure.
    if let Some(rs) = &r.authority.ruleset {
        let p = &rs.procedure;
        let from = if rs.built_in { "built into cinplan" } else { "loaded from a file" };
        let dated: Vec<&str> = [p.version.as_deref(), p.date.as_deref()].into_iter().flatten().collect();
        let _ = writeln!(
            s,
            "Ruleset: {} version {} ({from}); procedure: {}, {}{}{}",
            r.authority.id,
            rs.version,
            p.title,
            p.publisher,
            if dated.is_empty() { "" } else { ", " },
            dated.join(", ")
        );
    }
    let _ = writeln!(s, "\nChecklist");
    for c in &r.checklist {
        let (mark, status) = match c.status {
            Status::Met => ("✓", "met"),
            Status::Partial => ("~", "partial"),
            Status::NotMet => ("✗", "not met"),
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
        let at = if f.path.is_empty() { "(plan)" } else { f.path.as_str() };
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
