//! Every rule of every authority, broken one at a time.
//!
//! Each authority has an exemplary plan (`www/examples/<id>/`, the one with `"weakness": null`,
//! which the demo shows too) that must give zero errors and every checklist item `met`. For
//! each rule in its ruleset a mutation below breaks exactly that rule in that plan: the finding must appear at the right path with the rule's own
//! citation, no other rule may fire, and under an authority without that rule the same broken
//! plan must not be flagged by it. A rule with no mutation here fails the test, so a new rule
//! cannot land untested.

use chrono::{Duration, NaiveDate};
use cinplan::dates::{add_interval, Calendar};
use cinplan::plan::{Frequency, Unit};
use cinplan::report::{Report, Severity, Status};
use cinplan::rules::{authorities, Check, Deadline, Rule, Ruleset};
use serde_json::{json, Value};

mod common;

/// The date the mutations below are worked out for: every exemplary plan is written for it.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The authority's exemplary plan.
fn good_plan(authority: &str) -> Value {
    let plan = common::exemplary(authority);
    assert_eq!(
        plan["example"]["asOf"].as_str(),
        Some(today().to_string().as_str()),
        "www/examples/{authority}/: the rule-by-rule tests break the exemplary plan as it stands on {}",
        today()
    );
    plan
}

fn run(plan: &Value, rs: &Ruleset) -> Report {
    cinplan::check_value(plan, rs, today(), Calendar::embedded())
}

fn date(v: &Value) -> NaiveDate {
    NaiveDate::parse_from_str(v.as_str().expect("a date string"), "%Y-%m-%d").unwrap()
}

fn set(plan: &mut Value, path: &str, v: Value) {
    let (parent, key) = path.rsplit_once('.').map_or(("", path), |(p, k)| (p, k));
    let ptr = if parent.is_empty() { String::new() } else { format!("/{}", parent.replace('.', "/")) };
    let target = plan.pointer_mut(&ptr).unwrap_or_else(|| panic!("the plan has no {parent}"));
    match target {
        Value::Array(a) => a[key.parse::<usize>().expect("index")] = v,
        Value::Object(o) => {
            o.insert(key.to_string(), v);
        }
        other => panic!("{parent} is {other}, not an object"),
    }
}

fn get<'a>(plan: &'a Value, path: &str) -> &'a Value {
    plan.pointer(&format!("/{}", path.replace('.', "/"))).unwrap_or(&Value::Null)
}

fn freq_json(f: Frequency) -> Value {
    serde_json::to_value(f).unwrap()
}

/// One unit longer than the authority allows.
fn longer(max: Frequency) -> Frequency {
    Frequency::new(max.every + 1, max.unit)
}

/// The latest review anchor in the plan (reviews.last is kept equal to the last meeting).
fn last_review(plan: &Value) -> NaiveDate {
    date(get(plan, "reviews.last"))
}

/// `meetings.<n>` for the plan's last meeting, where the rules about meetings are broken.
fn last_meeting(plan: &Value) -> String {
    let n = plan["meetings"].as_array().map_or(0, Vec::len);
    assert!(n > 0, "the exemplary plan records no meeting");
    format!("meetings.{}", n - 1)
}

/// Breaks the rule in `plan`; returns the path where the finding must appear.
fn break_rule(rule: &Rule, plan: &mut Value) -> String {
    match &rule.check {
        Check::Present { path } => {
            let blank = match get(plan, path) {
                Value::Array(_) => json!([]),
                Value::Bool(_) => Value::Null,
                Value::Object(_) => Value::Null,
                _ => json!(""),
            };
            if path == "coordinator.name" {
                set(plan, "coordinator", json!({}));
            } else {
                set(plan, path, blank);
            }
            path.clone()
        }
        Check::IsTrue { path } => {
            set(plan, path, json!(false));
            path.clone()
        }
        Check::MaxInterval { path, max } => {
            set(plan, path, freq_json(longer(*max)));
            path.clone()
        }
        Check::ReviewExceptionRecorded { usual } => {
            set(plan, "reviews.frequency", freq_json(longer(*usual)));
            set(plan, "reviews.exceptionReason", json!(""));
            // Keep the next date itself in time, so only the missing reason is at fault.
            let next = last_review(plan) + Duration::days(28);
            set(plan, "reviews.next", json!(next.to_string()));
            "reviews.frequency".into()
        }
        Check::NextReviewWithin { max } => {
            // Reviews at the authority's interval, with no exception recorded, and a next date too late.
            set(plan, "reviews.frequency", freq_json(*max));
            set(plan, "reviews.exceptionReason", json!(""));
            let late = add_interval(last_review(plan), *max) + Duration::days(7);
            set(plan, "reviews.next", json!(late.to_string()));
            "reviews.next".into()
        }
        Check::ContactsDescribed => {
            set(plan, "contacts.0.frequency", Value::Null);
            "contacts.0.frequency".into()
        }
        Check::OutcomeNeeds | Check::OutcomeNeedsKnown => {
            set(plan, "outcomes.0.needs", json!(["n9"]));
            "outcomes.0.needs".into()
        }
        Check::OutcomeMeasure => {
            set(plan, "outcomes.0.measure", json!(""));
            "outcomes.0.measure".into()
        }
        Check::OutcomeTargetDate => {
            set(plan, "outcomes.0.targetDate", Value::Null);
            "outcomes.0.targetDate".into()
        }
        Check::OutcomeWithinDuration => {
            // Two weeks past the longest expected duration any authority sets (12 months).
            let start = date(get(plan, "dates.planStart"));
            let late = add_interval(start, Frequency::new(12, Unit::Months)) + Duration::days(14);
            set(plan, "outcomes.1.targetDate", json!(late.to_string()));
            "outcomes.1.targetDate".into()
        }
        Check::OutcomeWithinOrder => {
            let target = date(get(plan, "outcomes.1.targetDate"));
            set(plan, "dates.orderEnds", json!((target - Duration::days(7)).to_string()));
            "outcomes.1.targetDate".into()
        }
        Check::OutcomeActions => {
            set(plan, "outcomes.1.actions", json!([]));
            "outcomes.1.actions".into()
        }
        Check::ActionOwner => {
            set(plan, "outcomes.0.actions.1.owner", json!(""));
            "outcomes.0.actions.1.owner".into()
        }
        Check::ActionDue => {
            set(plan, "outcomes.0.actions.1.due", Value::Null);
            "outcomes.0.actions.1.due".into()
        }
        Check::ScarceServices => {
            set(plan, "services.1.scarce", json!(true));
            "services.1.scarce".into()
        }
        Check::MinuteTakerNotChair => {
            let m = last_meeting(plan);
            let chair = get(plan, &format!("{m}.chair.name")).clone();
            set(plan, &format!("{m}.minuteTaker.name"), chair);
            format!("{m}.minuteTaker.name")
        }
        Check::ChairRole { forbidden, allowed } => {
            let role = forbidden.first().cloned().unwrap_or_else(|| {
                assert!(!allowed.is_empty(), "{}: chairRole with nothing allowed or forbidden", rule.id);
                "Family support worker".into()
            });
            let m = last_meeting(plan);
            set(plan, &format!("{m}.chair.role"), json!(role));
            format!("{m}.chair.role")
        }
        Check::NonAttendanceReason => {
            let m = last_meeting(plan);
            set(plan, &format!("{m}.childAttended"), json!(false));
            set(plan, &format!("{m}.nonAttendanceReason"), json!(""));
            format!("{m}.nonAttendanceReason")
        }
        Check::ParentsAttended => {
            let m = last_meeting(plan);
            set(plan, &format!("{m}.parentsAttended"), json!(false));
            // The reason is recorded, so only the attendance rule may speak.
            set(plan, &format!("{m}.nonAttendanceReason"), json!("Dad was in hospital; his views were given by phone"));
            format!("{m}.parentsAttended")
        }
        Check::AgreementSigned => {
            let m = last_meeting(plan);
            set(plan, &format!("{m}.agreementSigned"), json!(false));
            format!("{m}.agreementSigned")
        }
        Check::ReviewBeforeClosure => {
            // Closing at the initial meeting's plan, with no review held.
            let first = get(plan, "meetings.0").clone();
            let mut fin = first.clone();
            fin["kind"] = json!("final");
            plan["meetings"] = json!([first, fin]);
            plan["reviews"]["last"] = Value::Null;
            "meetings.1.kind".into()
        }
        Check::ClosureNotBefore { .. } => {
            let mut fin = get(plan, &last_meeting(plan)).clone();
            fin["kind"] = json!("final");
            fin["date"] = json!("2026-11-20");
            plan["meetings"].as_array_mut().unwrap().push(fin);
            let n = plan["meetings"].as_array().unwrap().len() - 1;
            format!("meetings.{n}.date")
        }
    }
}

/// Rules whose findings may accompany any mutation: SMART text advice and the dates notice.
fn incidental(rule: &str) -> bool {
    rule.starts_with("smart.") || rule == "dates.beyond-holiday-data"
}

/// Rules that a mutation of `rule` cannot help breaking too.
fn consequences(rule: &str) -> &'static [&'static str] {
    match rule {
        // With no needs identified, no outcome can be tied to one.
        "needs.described" => &["outcomes.need-linked", "outcomes.need-known"],
        // Without a frequency, a recorded exception for longer reviews no longer covers the next date.
        "reviews.frequency" => &["reviews.next-within"],
        _ => &[],
    }
}

/// Makes the plan meet the rule's `when` (pathway, disabled child, plan age).
fn satisfy_when(rule_when: &cinplan::rules::When, plan: &mut Value) {
    if let Some(p) = rule_when.pathway_in.as_ref().and_then(|l| l.first()) {
        set(plan, "pathway", json!(p.as_str()));
    }
    if let Some(not) = &rule_when.pathway_not_in {
        let now = cinplan::plan::Pathway::parse(plan["pathway"].as_str().unwrap_or("assessment"));
        if now.is_some_and(|p| not.contains(&p)) {
            let other = cinplan::plan::Pathway::ALL.into_iter().find(|p| !not.contains(p)).unwrap();
            set(plan, "pathway", json!(other.as_str()));
        }
    }
    if let Some(d) = rule_when.disabled {
        set(plan, "child.disabled", json!(d));
    }
    if let Some(age) = rule_when.plan_age_at_least {
        // Start the plan long enough ago; keep the rest of the timeline as it is.
        let start = date(get(plan, "dates.planStart"));
        let mut s = start;
        while add_interval(s, age) > today() {
            s -= Duration::days(30);
        }
        set(plan, "dates.planStart", json!(s.to_string()));
    }
}

#[test]
fn every_authority_has_a_good_plan_with_no_errors_and_every_item_met() {
    for rs in authorities() {
        let report = run(&good_plan(&rs.id), rs);
        let problems: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.severity != Severity::Info)
            .map(|f| format!("{} at {}: {}", f.rule, f.path, f.message))
            .collect();
        assert!(problems.is_empty(), "{}: good plan has findings:\n{}", rs.id, problems.join("\n"));
        assert!(report.checklist.len() >= 5);
        for item in &report.checklist {
            assert_eq!(item.status, Status::Met, "{}: {} is {:?}", rs.id, item.item, item.status);
        }
        assert!(!report.due.is_empty(), "{}: good plan has no due dates", rs.id);
    }
}

#[test]
fn each_rule_is_caught_at_its_path_with_its_citation_and_only_where_it_exists() {
    let mut checked = 0;
    for rs in authorities() {
        for rule in &rs.rules {
            let mut plan = good_plan(&rs.id);
            satisfy_when(&rule.when, &mut plan);
            if let (Check::OutcomeWithinDuration, Some(d)) = (&rule.check, rs.expected_duration.first()) {
                // The expected duration has its own conditions (not on short breaks, …).
                satisfy_when(&d.when, &mut plan);
            }
            let baseline = run(&plan, rs);
            let before: Vec<&str> = baseline.findings.iter().map(|f| f.rule.as_str()).collect();
            let path = break_rule(rule, &mut plan);
            let report = run(&plan, rs);

            let hit = report.findings.iter().find(|f| f.rule == rule.id && f.path == path);
            let hit = hit.unwrap_or_else(|| {
                panic!(
                    "{}: rule {} not caught at {path}; findings: {:#?}",
                    rs.id,
                    rule.id,
                    report.findings.iter().map(|f| (&f.rule, &f.path)).collect::<Vec<_>>()
                )
            });
            assert_eq!(hit.source, rule.source, "{}: {} cites the wrong source", rs.id, rule.id);
            assert_eq!(hit.severity, rule.severity);
            assert!(!hit.message.contains('{'), "{}: {} has an unfilled placeholder: {}", rs.id, rule.id, hit.message);
            assert!(
                hit.message.contains(&rs.short_name) || !rule.message.uses("authority"),
                "{}: message does not name the authority",
                rs.id
            );
            let others: Vec<String> = report
                .findings
                .iter()
                .filter(|f| f.rule != rule.id && !incidental(&f.rule) && !before.contains(&f.rule.as_str()))
                .filter(|f| !consequences(&rule.id).contains(&f.rule.as_str()))
                .map(|f| format!("{} at {}", f.rule, f.path))
                .collect();
            assert!(others.is_empty(), "{}: breaking {} also fired: {:?}", rs.id, rule.id, others);
            let item = report.checklist.iter().find(|c| c.item == rule.item).expect("rule item is on the checklist");
            assert_ne!(item.status, Status::Met, "{}: {} fired but {} is still met", rs.id, rule.id, rule.item);

            // The same broken plan under authorities that do not have this rule.
            for other in authorities().iter().filter(|o| !o.rules.iter().any(|r| r.id == rule.id)) {
                let r = run(&plan, other);
                assert!(
                    !r.findings.iter().any(|f| f.rule == rule.id),
                    "{} flagged {} which only other authorities have",
                    other.id,
                    rule.id
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 7 * 10, "only {checked} rules checked");
}

/// Breaks a deadline with a completion field; returns the path of the finding.
fn break_deadline(d: &Deadline, plan: &mut Value) -> Option<String> {
    Some(match d.kind.as_str() {
        "initialMeeting" => {
            set(plan, "meetings.0.date", json!("2026-10-30"));
            "meetings.0.date".into()
        }
        "firstVisit" => {
            set(plan, "visits.first", json!("2026-09-15"));
            "visits.first".into()
        }
        "nextVisit" => {
            // Longer ago than any interval allows (short breaks: 6 months).
            set(plan, "visits.last", json!("2026-01-05"));
            set(plan, "visits.lastWrittenUp", json!("2026-01-06"));
            "visits.last".into()
        }
        "visitWriteUp" => {
            // Written up only today, days after the last visit.
            set(plan, "visits.lastWrittenUp", json!(today().to_string()));
            "visits.lastWrittenUp".into()
        }
        // The first meeting's: its deadlines have passed, where the last one's may not have yet.
        "minutesDistributed" => {
            set(plan, "meetings.0.minutesDistributed", Value::Null);
            "meetings.0.minutesDistributed".into()
        }
        "planRecorded" => {
            set(plan, "meetings.0.planRecorded", Value::Null);
            "meetings.0.planRecorded".into()
        }
        "planCopiesSent" => {
            set(plan, "meetings.0.planCopiesSent", Value::Null);
            "meetings.0.planCopiesSent".into()
        }
        "managerOversight" => {
            set(plan, "oversight.last", json!("2026-09-01"));
            "oversight.last".into()
        }
        // No completion field in the format: shown, never reported as missed.
        _ => return None,
    })
}

#[test]
fn each_deadline_with_a_completion_field_is_reported_when_missed_or_late() {
    for rs in authorities() {
        for d in &rs.deadlines {
            let mut plan = good_plan(&rs.id);
            satisfy_when(&d.when, &mut plan);
            let due_before = run(&plan, rs);
            let Some(path) = break_deadline(d, &mut plan) else {
                // Shown only: the due entry is there with the deadline's citation, never overdue.
                let entry = due_before.due.iter().find(|e| e.kind == d.kind && e.source == d.source);
                let entry = entry.unwrap_or_else(|| panic!("{}: no due entry for {} ({})", rs.id, d.kind, d.id));
                assert!(!entry.overdue, "{}: {} has no completion field but is overdue", rs.id, d.kind);
                continue;
            };
            let report = run(&plan, rs);
            let hit = report.findings.iter().find(|f| f.path == path && f.item == d.item);
            let hit = hit.unwrap_or_else(|| {
                panic!(
                    "{}: deadline {} not reported at {path}: {:#?}",
                    rs.id,
                    d.id,
                    report.findings.iter().map(|f| (&f.rule, &f.path)).collect::<Vec<_>>()
                )
            });
            // Two deadlines for one event merge into the earlier; either citation may show.
            let sources: Vec<&str> =
                rs.deadlines.iter().filter(|o| o.kind == d.kind).map(|o| o.source.as_str()).collect();
            assert!(sources.contains(&hit.source.as_str()), "{}: {} cites {}", rs.id, d.id, hit.source);
            assert!(hit.message.contains("due by") || hit.message.contains("after the deadline"), "{}", hit.message);
        }
    }
}

#[test]
fn reviews_every_8_weeks_are_flagged_only_where_the_procedure_asks_for_more_often() {
    let eight = Frequency::new(8, Unit::Weeks);
    let longer_than = |max: &Frequency| add_interval(today(), eight) > add_interval(today(), *max);
    let mut flagged = Vec::new();
    for rs in authorities() {
        let mut plan = good_plan(&rs.id);
        set(&mut plan, "reviews.frequency", freq_json(eight));
        let report = run(&plan, rs);
        let f = report.findings.iter().find(|f| f.path == "reviews.frequency");
        let stricter = rs.rules.iter().find(
            |r| matches!(&r.check, Check::MaxInterval { path, max } if path == "reviews.frequency" && longer_than(max)),
        );
        match stricter {
            Some(rule) => {
                let f = f.unwrap_or_else(|| panic!("{} accepted 8-weekly reviews", rs.id));
                assert_eq!(f.severity, rule.severity);
                assert!(f.message.contains("8 weeks"), "{}", f.message);
                flagged.push(rs.id.as_str());
            }
            None => assert!(f.is_none(), "{} flagged 8-weekly reviews: {:?}", rs.id, f),
        }
    }
    // Berkshire West's six weeks, in its own words, for the two councils that follow it.
    for id in ["reading", "wokingham"] {
        assert!(flagged.contains(&id), "{id} accepted 8-weekly reviews");
        let mut plan = good_plan(id);
        set(&mut plan, "reviews.frequency", freq_json(eight));
        let report = run(&plan, cinplan::ruleset(id).unwrap());
        let f = report.findings.iter().find(|f| f.path == "reviews.frequency").unwrap();
        assert_eq!(f.severity, Severity::Error);
        assert!(f.message.contains("8 weeks") && f.message.contains("6 weeks"), "{}", f.message);
        assert!(f.source.contains("How often do Child in Need meetings take place?"));
    }
}

#[test]
fn intervals_are_compared_across_units() {
    let lewisham = cinplan::ruleset("lewisham").unwrap();
    let mut plan = good_plan("lewisham");
    set(&mut plan, "visits.frequency", json!({"every": 1, "unit": "months"}));
    let r = run(&plan, lewisham);
    assert!(
        r.findings.iter().any(|f| f.path == "visits.frequency" && f.severity == Severity::Error),
        "monthly visits passed Lewisham's 20 working days"
    );
    set(&mut plan, "visits.frequency", json!({"every": 4, "unit": "weeks"}));
    let r = run(&plan, lewisham);
    assert!(!r.findings.iter().any(|f| f.path == "visits.frequency"), "4-weekly visits failed 20 working days");

    let salford = cinplan::ruleset("salford").unwrap();
    let mut plan = good_plan("salford");
    set(&mut plan, "reviews.frequency", json!({"every": 14, "unit": "weeks"}));
    let r = run(&plan, salford);
    assert!(r.findings.iter().any(|f| f.path == "reviews.frequency"), "14 weeks passed Salford's 3 months");
    set(&mut plan, "reviews.frequency", json!({"every": 12, "unit": "weeks"}));
    let r = run(&plan, salford);
    assert!(!r.findings.iter().any(|f| f.path == "reviews.frequency"), "12 weeks failed Salford's 3 months");
}

#[test]
fn a_disabled_child_with_stable_needs_may_have_longer_reviews_in_milton_keynes() {
    let mk = cinplan::ruleset("milton-keynes").unwrap();
    let mut plan = good_plan("milton-keynes");
    set(&mut plan, "child.disabled", json!(false));
    set(&mut plan, "reviews.exceptionReason", json!(""));
    set(&mut plan, "reviews.frequency", json!({"every": 4, "unit": "months"}));
    let not_disabled = run(&plan, mk);
    let f = not_disabled.findings.iter().find(|f| f.path == "reviews.frequency").expect("4-monthly reviews flagged");
    assert_eq!(f.severity, Severity::Error);

    set(&mut plan, "child.disabled", json!(true));
    let disabled = run(&plan, mk);
    let f = disabled.findings.iter().find(|f| f.path == "reviews.frequency").expect("still asks for the reason");
    assert_eq!(f.severity, Severity::Warning, "a disabled child's longer interval is not an error");

    set(&mut plan, "reviews.exceptionReason", json!("Needs stable for two years; parents and manager agree"));
    let recorded = run(&plan, mk);
    assert!(!recorded.findings.iter().any(|f| f.path == "reviews.frequency"));
}

#[test]
fn short_breaks_change_the_visit_interval_in_berkshire_west() {
    let reading = cinplan::ruleset("reading").unwrap();
    let mut plan = good_plan("reading");
    set(&mut plan, "visits.last", json!("2026-11-13"));
    set(&mut plan, "visits.frequency", json!({"every": 3, "unit": "months"}));
    assert!(run(&plan, reading).findings.iter().any(|f| f.path == "visits.frequency"));
    set(&mut plan, "pathway", json!("shortBreaks"));
    let r = run(&plan, reading);
    assert!(!r.findings.iter().any(|f| f.path == "visits.frequency"), "3-monthly visits are fine for short breaks");
    let next = r.due.iter().find(|d| d.kind == "nextVisit").expect("next visit computed");
    // Last visit 13 Nov 2026 + 3 months (the plan's own, stricter than 6) = 13 Feb 2027, a Saturday → Fri 12 Feb.
    assert_eq!(next.date, NaiveDate::from_ymd_opt(2027, 2, 12).unwrap(), "{}", next.basis);
}

#[test]
fn the_rulesets_name_only_known_fields_and_fill_every_placeholder() {
    for rs in authorities() {
        let mut ids = std::collections::HashSet::new();
        for rule in &rs.rules {
            assert!(ids.insert(&rule.id), "{}: duplicate rule id {}", rs.id, rule.id);
            assert!(!rule.quote.trim().is_empty() && !rule.source.trim().is_empty(), "{}: {} uncited", rs.id, rule.id);
            assert!(
                rs.checklist_items().any(|(id, _)| id == rule.item),
                "{}: {} counts against unknown item {}",
                rs.id,
                rule.id,
                rule.item
            );
            if let Check::Present { path } | Check::IsTrue { path } = &rule.check {
                assert!(cinplan::plan::is_field(path), "{}: unknown path {path}", rs.id);
            }
        }
        for d in &rs.deadlines {
            assert!(cinplan::rules::DUE_KINDS.contains(&d.kind.as_str()), "{}: unknown due kind {}", rs.id, d.kind);
            assert!(d.after.is_some() || d.kind == "nextVisit", "{}: {} has no interval", rs.id, d.id);
            assert!(!d.quote.trim().is_empty(), "{}: {} uncited", rs.id, d.id);
        }
        // The seed the ruleset cites is real, and its quotes come from it (as `cinplan
        // ruleset check --procedure` looks for them: words only, passage by passage).
        let seed = std::fs::read_to_string(format!("{}/../shared/seeds/{}", env!("CARGO_MANIFEST_DIR"), rs.source));
        if let Ok(seed) = seed {
            let missing: Vec<String> = cinplan::rules::lint::lint(rs, Some(&seed))
                .into_iter()
                .filter(|w| w.message.starts_with("not found in the procedure's text"))
                .map(|w| format!("{}: {}", w.path, w.message))
                .collect();
            assert!(missing.is_empty(), "{}: quotes not found in {}:\n{}", rs.id, rs.source, missing.join("\n"));
        }
    }
}

#[test]
fn a_due_date_beyond_the_bank_holiday_data_says_so() {
    let rs = cinplan::ruleset("reading").unwrap();
    let mut plan = good_plan("reading");
    // Assessment completed late in 2028: the 6-month update falls in 2029, past the data.
    set(&mut plan, "dates.assessmentCompleted", json!("2028-10-02"));
    let r = run(&plan, rs);
    let f = r.findings.iter().find(|f| f.rule == "dates.beyond-holiday-data").expect("no beyond-data finding");
    assert!(f.message.contains("2 Apr 2029") && f.message.contains("31 Dec 2028"), "{}", f.message);
    assert!(!run(&good_plan("reading"), rs).findings.iter().any(|f| f.rule == "dates.beyond-holiday-data"));
}

#[test]
fn the_report_lists_the_bank_holidays_its_due_dates_span() {
    let r = run(&good_plan("reading"), cinplan::ruleset("reading").unwrap());
    let names: Vec<String> = r.holidays.iter().map(|h| format!("{} {}", h.date, h.name)).collect();
    assert!(names.contains(&"2026-12-28 Boxing Day".to_string()), "{names:?}");
    assert!(names.contains(&"2026-12-25 Christmas Day".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("2026-12-26")), "Saturday 26th is not the holiday in 2026");
}
