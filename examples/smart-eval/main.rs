//! How well cinplan's SMART feedback agrees with a person's labels.
//!
//!     cargo run --example smart-eval -- tests/fixtures/smart/outcomes.json --split test
//!
//! Prints, overall and per letter (S M A R T P), how many weak outcomes were flagged
//! (recall) and how many good ones were flagged (false alarms), then every outcome judged
//! wrongly overall with what cinplan said. `--letters` also lists each letter judged
//! wrongly; `--authority ID` checks against another authority (default: salford, whose expected
//! plan length is the corpus's). `--rewrites` also takes every suggested rewrite ("Try:
//! '…'") as offered, checks the outcome again, and lists those still warned about.
//! `--as-advice TEXT` (repeatable) counts warnings whose message holds TEXT as advice, not
//! as flags: what the figures would be if that kind of warning were advice (`info`).

mod eval;

use eval::{Counts, LETTERS};
use std::process::ExitCode;

const USAGE: &str =
    "usage: smart-eval FILE [--split train|test|all] [--authority ID] [--letters] [--rewrites] [--as-advice TEXT]...";

/// Salford expects plans to end within 12 months, as the corpus's `expectedEnd` does, so
/// target dates are judged as the corpus judges them (Reading, for one, expects 6 months).
const DEFAULT_AUTHORITY: &str = "salford";

/// The targets for the overall figures.
const MIN_RECALL: f64 = 0.95;
const MAX_FALSE_ALARMS: f64 = 0.05;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut split = "all".to_string();
    let mut authority = DEFAULT_AUTHORITY.to_string();
    let mut show_letters = false;
    let mut show_rewrites = false;
    let mut as_advice = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--split" => split = it.next().cloned().unwrap_or_default(),
            "--authority" => authority = it.next().cloned().unwrap_or_default(),
            "--letters" => show_letters = true,
            "--rewrites" => show_rewrites = true,
            "--as-advice" => match it.next().filter(|t| !t.is_empty()) {
                Some(t) => as_advice.push(t.clone()),
                None => {
                    eprintln!("smart-eval: --as-advice needs the words of a message\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            f if file.is_none() && !f.starts_with("--") => file = Some(f.to_string()),
            other => {
                eprintln!("smart-eval: unexpected {other:?}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    if !["train", "test", "all"].contains(&split.as_str()) {
        eprintln!("smart-eval: --split must be train, test or all\n{USAGE}");
        return ExitCode::from(2);
    }
    let file = file.unwrap_or_else(|| "tests/fixtures/smart/outcomes.json".into());
    let corpus = match eval::load(&file) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("smart-eval: {e}");
            return ExitCode::from(2);
        }
    };
    let mut bench = match eval::Bench::new(env!("CARGO_MANIFEST_DIR"), &authority, &corpus) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("smart-eval: {e}");
            return ExitCode::from(2);
        }
    };
    bench.as_advice = as_advice;
    if let (Some(want), Some(got)) = (corpus.next_review, bench.next_review()) {
        if want != got {
            println!("note: the corpus expects the next review on {want}; the test plans have it on {got}");
        }
    }
    let end = bench.expected_end();
    if let Some(want) = corpus.expected_end.filter(|w| Some(*w) != end) {
        let got = match end {
            Some(d) => format!("has plans end by {d}"),
            None => "sets no length for a plan".to_string(),
        };
        println!(
            "note: the corpus's T labels take the plan's expected end as {want}; {}'s procedure {got}, so its T figures are not the labels' own",
            bench.ruleset.short_name
        );
    }
    let e = eval::evaluate(&bench, &corpus, &split);
    println!(
        "SMART evaluation of {file}, split {split}: {} outcomes ({} weak, {} good), each checked as a one-outcome {} plan\n",
        e.judged.len(),
        e.overall.weak,
        e.overall.good,
        bench.ruleset.short_name
    );
    println!("          weak  flagged  recall    good  flagged  false alarms");
    let row = |name: &str, c: &Counts| {
        println!(
            "{name:<8} {:>5} {:>8} {:>6.1}%  {:>6} {:>8} {:>8.1}%",
            c.weak,
            c.caught,
            c.recall() * 100.0,
            c.good,
            c.false_alarms,
            c.false_alarm_rate() * 100.0
        );
    };
    row("overall", &e.overall);
    for (l, c) in LETTERS.iter().zip(&e.letters) {
        row(l, c);
    }
    let recall_ok = e.overall.recall() >= MIN_RECALL;
    let alarms_ok = e.overall.false_alarm_rate() <= MAX_FALSE_ALARMS;
    println!(
        "\ntargets: recall at least {:.0}% ({}), false alarms at most {:.0}% ({})",
        MIN_RECALL * 100.0,
        if recall_ok { "met" } else { "NOT met" },
        MAX_FALSE_ALARMS * 100.0,
        if alarms_ok { "met" } else { "NOT met" }
    );

    let wrong: Vec<_> = e.misjudged().collect();
    println!("\nMisjudged overall: {}", wrong.len());
    for j in wrong {
        let it = j.item;
        let bad: Vec<&str> = LETTERS.iter().zip(it.labels).filter(|(_, ok)| !ok).map(|(l, _)| *l).collect();
        println!(
            "\n{} labelled {} but {}\n  outcome: {:?}\n  measure: {:?}\n  label reason: {}",
            it.id,
            if bad.is_empty() { "good".to_string() } else { format!("weak ({})", bad.join(" ")) },
            if j.flagged() { "flagged" } else { "not flagged" },
            it.description,
            it.measure,
            it.reason
        );
        for (sev, rule, msg, hint) in &j.flags {
            println!("  {sev:?} {rule}: {msg}");
            if let Some(h) = hint {
                println!("      hint: {h}");
            }
        }
        for a in &j.advice {
            println!("  advice: {a}");
        }
        if !j.flagged() {
            for (k, (met, reasons)) in j.letters.iter().enumerate() {
                if !it.labels[k] {
                    println!("  {} said {}: {}", LETTERS[k], if *met { "met" } else { "not met" }, reasons.join(" "));
                }
            }
        }
    }
    if show_letters {
        for (k, l) in LETTERS.iter().enumerate() {
            let wrong: Vec<_> = e.judged.iter().filter(|j| j.letters[k].0 != j.item.labels[k]).collect();
            println!("\nLetter {l} misjudged: {}", wrong.len());
            for j in wrong {
                println!(
                    "  {} labelled {}, cinplan {}: {:?} / {:?}\n      {}",
                    j.item.id,
                    if j.item.labels[k] { "met" } else { "not met" },
                    if j.letters[k].0 { "met" } else { "not met" },
                    j.item.description,
                    j.item.measure,
                    j.letters[k].1.join(" ")
                );
            }
        }
    }
    if show_rewrites {
        let (offered, failed) = eval::rewrites(&bench, &corpus, &split);
        let again = failed.iter().filter(|f| f.again).count();
        println!(
            "\nSuggested rewrites: {offered}, taken as offered; warned about again: {again}; \
             bringing a warning of their own: {}",
            failed.len() - again
        );
        for f in &failed {
            println!(
                "  {} {} at {}: {:?} / {:?}\n      tried: {:?}\n      {}: {}",
                f.item.id,
                f.offered_by.0,
                f.offered_by.1,
                f.item.description,
                f.item.measure,
                f.rewrite,
                if f.again { "again" } else { "new" },
                f.now
            );
        }
    }
    ExitCode::SUCCESS
}
