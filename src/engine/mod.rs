//! The checking engine: applies an authority's rules and deadlines to a plan.
//!
//! `checks` holds one function per kind of rule, `due` the deadline engine, `message` the
//! template filling. This module ties them together and turns findings into the checklist.

mod checks;
mod due;
mod evidence;
mod message;

use crate::dates::{self, Calendar};
use crate::plan::{MeetingKind, Pathway, Plan};
use crate::report::{
    AuthorityRef, ChecklistEntry, Finding, Holiday, Report, Severity, Status, MAX_FINDINGS, TRUNCATED,
};
use crate::rules::{Rule, Ruleset, When};
use crate::smart::{self, SmartContext};
use chrono::NaiveDate;

pub use message::Vars;

/// What every check needs, computed once per plan.
pub(crate) struct Ctx<'a> {
    pub plan: &'a Plan,
    pub rs: &'a Ruleset,
    pub today: NaiveDate,
    pub cal: &'a Calendar,
    pub pathway: Pathway,
    pub disabled: bool,
    /// The later of `reviews.last` and the latest initial or review meeting, with what it was.
    pub last_review: Option<(NaiveDate, &'static str)>,
}

impl<'a> Ctx<'a> {
    fn new(plan: &'a Plan, rs: &'a Ruleset, today: NaiveDate, cal: &'a Calendar) -> Ctx<'a> {
        let from_meetings = plan
            .meetings
            .iter()
            .filter(|m| matches!(m.kind, Some(MeetingKind::Initial) | Some(MeetingKind::Review)))
            .filter_map(|m| {
                let what = if m.kind == Some(MeetingKind::Initial) { "the initial meeting" } else { "the review" };
                m.date.map(|d| (d, what))
            })
            .max_by_key(|(d, _)| *d);
        let from_reviews = plan.reviews.last.map(|d| (d, "the review"));
        let last_review = match (from_meetings, from_reviews) {
            (Some(a), Some(b)) => Some(if b.0 >= a.0 { b } else { a }),
            (a, b) => a.or(b),
        };
        Ctx {
            plan,
            rs,
            today,
            cal,
            pathway: plan.pathway.unwrap_or(Pathway::Assessment),
            disabled: plan.child.disabled == Some(true),
            last_review,
        }
    }

    pub fn applies(&self, when: &When) -> bool {
        if let Some(list) = &when.pathway_in {
            if !list.contains(&self.pathway) {
                return false;
            }
        }
        if let Some(list) = &when.pathway_not_in {
            if list.contains(&self.pathway) {
                return false;
            }
        }
        if let Some(d) = when.disabled {
            if d != self.disabled {
                return false;
            }
        }
        if let Some(age) = when.plan_age_at_least {
            match self.plan.dates.plan_start {
                Some(start) if dates::add_interval(start, age) <= self.today => {}
                _ => return false,
            }
        }
        true
    }

    /// Whether the plan records why its reviews are further apart than `usual`.
    pub fn review_exception(&self, usual: crate::plan::Frequency) -> bool {
        crate::util::filled(&self.plan.reviews.exception_reason)
            && self.plan.reviews.frequency.is_some_and(|f| dates::exceeds(f, usual))
    }

    /// The latest date by which outcomes are expected to be achieved, if the authority sets one.
    pub fn expected_end(&self) -> Option<(NaiveDate, &'a crate::rules::ExpectedDuration)> {
        let start = self.plan.dates.plan_start?;
        let d = self.rs.expected_duration.iter().find(|d| self.applies(&d.when))?;
        Some((dates::add_interval(start, d.max), d))
    }
}

/// A finding on its way into the report, with whether it means the item is missing.
pub(crate) struct Raw {
    pub finding: Finding,
    pub essential: bool,
}

pub(crate) struct Sink<'r> {
    pub out: Vec<Raw>,
    pub rule: Option<&'r Rule>,
    pub authority: &'r str,
    /// Findings of the current rule so far; past [`MAX_ROWS`](crate::plan::MAX_ROWS) of
    /// them (a rule over every action of every outcome can find 250,000) the rest are
    /// counted in `more`, not made, and an essential rule still marks its item.
    pub of_rule: usize,
    pub more: usize,
    pub notmet: Vec<String>,
}

impl<'r> Sink<'r> {
    /// Emit the current rule's finding at `path` with the template filled from `vars`.
    /// (`path` is a `String`, not `impl Into<String>`: one copy of this in the module.)
    pub fn emit(&mut self, path: String, vars: &Vars) {
        let rule = self.rule.expect("emit is only called while a rule runs");
        self.of_rule += 1;
        if self.of_rule > crate::plan::MAX_ROWS {
            self.more += 1;
            if rule.essential && !self.notmet.contains(&rule.item) {
                self.notmet.push(rule.item.clone());
            }
            return;
        }
        self.out.push(Raw {
            finding: Finding {
                rule: rule.id.clone(),
                item: rule.item.clone(),
                severity: rule.severity,
                path,
                message: vars.fill(&rule.message, self.authority),
                source: rule.source.clone(),
                quote: Some(rule.quote.clone()),
                hint: rule.hint.as_ref().map(|h| vars.fill(h, self.authority)),
            },
            essential: rule.essential,
        });
    }
}

/// The latest date by which `rs` expects `plan`'s outcomes to be achieved (its first
/// expected duration that applies to the plan, from its start), if the procedure sets one:
/// the date `outcomeWithinDuration` checks target dates against. Native only (the SMART
/// evaluator uses it): in the WebAssembly module, where nothing calls it, a second caller
/// of `Ctx::new` stopped it being inlined into `run` and made the `.wasm` 468 bytes larger
/// gzipped.
#[cfg(not(target_arch = "wasm32"))]
pub fn expected_end(plan: &Plan, rs: &Ruleset, today: NaiveDate) -> Option<NaiveDate> {
    Ctx::new(plan, rs, today, Calendar::embedded()).expected_end().map(|(d, _)| d)
}

pub fn run(plan: &Plan, invalid: Vec<Finding>, rs: &Ruleset, today: NaiveDate, cal: &Calendar) -> Report {
    let ctx = Ctx::new(plan, rs, today, cal);
    let mut sink =
        Sink { out: Vec::new(), rule: None, authority: &rs.short_name, of_rule: 0, more: 0, notmet: Vec::new() };
    for rule in &rs.rules {
        if ctx.applies(&rule.when) {
            sink.rule = Some(rule);
            sink.of_rule = 0;
            checks::run(&rule.check, &ctx, &mut sink);
        }
    }
    let (due, due_findings) = due::compute(&ctx);
    sink.out.extend(due_findings.into_iter().map(|finding| Raw { finding, essential: false }));

    let next_review = due.iter().find(|d| d.kind == "nextReview").map(|d| d.date);
    let smart_ctx = SmartContext {
        authority: &rs.short_name,
        source: &rs.smart.source,
        quote: rs.smart.quote.as_deref(),
        plan_start: plan.dates.plan_start,
        today: Some(today),
        next_review,
        max_end: ctx.expected_end().map(|(d, _)| d),
        turns_18: plan
            .child
            .date_of_birth
            .map(|b| crate::dates::birthday(b, 18))
            .filter(|b| plan.dates.plan_start.map_or(true, |s| *b > s)),
    };
    let (smart, mut smart_findings) = smart::analyse(plan, &smart_ctx);
    // A target date on or before the start that the procedure's own target-date rule has
    // already reported is not reported again in other words. Only that rule's: another
    // finding on the same date ("after the plan is expected to end") does not stand for
    // "nothing is due before the next review".
    let said = |path: &str| {
        sink.out.iter().any(|r| {
            r.finding.path == path
                && rs
                    .rules
                    .iter()
                    .any(|x| x.id == r.finding.rule && matches!(x.check, crate::rules::Check::OutcomeTargetDate))
        })
    };
    smart_findings.retain(|f| f.rule != "smart.timebound" || !said(&f.path));
    sink.out.extend(smart_findings.into_iter().map(|finding| Raw { finding, essential: false }));

    let (findings, checklist) = assemble(invalid, sink, &ctx, &due);
    let holidays = holidays_around(&due, today, cal);
    Report {
        authority: AuthorityRef {
            id: rs.id.clone(),
            name: rs.name.clone(),
            source: rs.source.clone(),
            ruleset: Some(rs.audit()),
        },
        today,
        checklist,
        findings,
        due,
        holidays,
        smart,
    }
}

fn holidays_around(due: &[crate::report::DueDate], today: NaiveDate, cal: &Calendar) -> Vec<Holiday> {
    let first = due.iter().map(|d| d.date).min().map_or(today, |d| d.min(today));
    let ahead = today + chrono::Duration::weeks(12);
    let last = due.iter().map(|d| d.date).max().map_or(ahead, |d| d.max(ahead));
    let last = last.min(first + chrono::Duration::days(731));
    cal.holidays_between(first, last).into_iter().map(|(date, name)| Holiday { date, name }).collect()
}

/// Orders the findings, drops a rule's finding where the same field already has an
/// `input.invalid` one (the practitioner needs one message there, not two), and gives each
/// checklist item its status, and a met one what meets it.
fn assemble(
    invalid: Vec<Finding>,
    sink: Sink,
    ctx: &Ctx,
    due: &[crate::report::DueDate],
) -> (Vec<Finding>, Vec<ChecklistEntry>) {
    let rs = ctx.rs;
    // Items whose essential rule failed (even if that finding is dropped below).
    let mut notmet: Vec<String> = sink.notmet;
    // Looked up, not scanned: a plan can have a thousand bad fields and as many findings.
    let mut invalid_paths = crate::util::TextSet::default();
    for f in &invalid {
        invalid_paths.insert(&f.path);
    }
    let mut kept = Vec::with_capacity(sink.out.len());
    for r in sink.out {
        if r.essential {
            notmet.push(r.finding.item.clone());
        }
        if !invalid_paths.contains(&r.finding.path) {
            kept.push(r.finding);
        }
    }
    let mut findings = invalid;
    findings.append(&mut kept);
    // Errors first, then warnings, then advice; within a severity, plan order is kept.
    crate::util::sort::sort_by(&mut findings, |a, b| a.severity.cmp(&b.severity));

    let mut checklist: Vec<ChecklistEntry> = rs
        .checklist_items()
        .map(|(id, label)| {
            let mine: Vec<usize> = findings.iter().enumerate().filter(|(_, f)| f.item == id).map(|(k, _)| k).collect();
            let mut serious = mine.iter().map(|&k| &findings[k]).filter(|f| f.severity != Severity::Info);
            let first = serious.next();
            let more = serious.count();
            let status = if notmet.iter().any(|n| n == id) {
                Status::NotMet
            } else if first.is_none() {
                Status::Met
            } else {
                Status::Partial
            };
            let reason = match first {
                None => match evidence::evidence(ctx, id, due) {
                    Some(evidence) => [label, ": ", &evidence, "."].concat(),
                    None => format!("{label}: meets {}'s procedure.", rs.short_name),
                },
                Some(f) if more == 0 => f.message.clone(),
                Some(f) => format!("{} (and {more} more)", f.message),
            };
            ChecklistEntry { item: id.to_string(), label: label.to_string(), status, reason, findings: mine }
        })
        .collect();
    let more = sink.more + findings.len().saturating_sub(MAX_FINDINGS);
    if more > 0 {
        findings.truncate(MAX_FINDINGS);
        for entry in &mut checklist {
            entry.findings.retain(|&k| k < MAX_FINDINGS);
        }
        findings.push(Finding {
            rule: TRUNCATED.into(),
            item: "input".into(),
            severity: Severity::Warning,
            path: String::new(),
            message: format!("This report lists {MAX_FINDINGS} findings; {more} more are not shown"),
            source: "cinplan".into(),
            quote: None,
            hint: None,
        });
    }
    (findings, checklist)
}
