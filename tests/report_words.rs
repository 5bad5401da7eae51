//! The words a report carries for people, so every screen says the same thing: each due date
//! under a label of its own, telling repeated kinds apart, and each met checklist item with
//! what meets it.

mod common;

use cinplan::dates::Calendar;
use cinplan::report::{Report, Status};
use common::examples;
use std::collections::HashSet;

fn report(ex: &common::Example) -> Report {
    let rs = cinplan::ruleset(&ex.authority).unwrap();
    cinplan::check_str(&ex.text, rs, ex.as_of, Calendar::embedded())
}

#[test]
fn every_due_date_has_a_label_and_no_two_share_one() {
    for ex in examples() {
        let r = report(&ex);
        let mut seen = HashSet::new();
        for d in &r.due {
            let label = d.label.as_deref().unwrap_or_else(|| panic!("{}: {} has no label", ex.name, d.kind));
            assert!(!label.trim().is_empty(), "{}: {}", ex.name, d.kind);
            assert!(seen.insert(label.to_string()), "{}: two due dates are called {label:?}", ex.name);
        }
    }
}

#[test]
fn the_dates_every_meeting_has_say_which_meeting() {
    let ex = examples().into_iter().find(|e| e.name == "reading/exemplary.json").unwrap();
    let labels: Vec<String> =
        report(&ex).due.into_iter().filter(|d| d.kind == "minutesDistributed").filter_map(|d| d.label).collect();
    assert_eq!(
        labels,
        [
            "Minutes of the initial meeting on 6 Oct 2026 sent out",
            "Minutes of the review meeting on 17 Nov 2026 sent out"
        ]
    );
}

#[test]
fn a_met_item_says_what_meets_it() {
    let ex = examples().into_iter().find(|e| e.name == "reading/exemplary.json").unwrap();
    let r = report(&ex);
    let reason = |item: &str| {
        let c = r.checklist.iter().find(|c| c.item == item).unwrap();
        assert_eq!(c.status, Status::Met, "{item}");
        c.reason.clone()
    };
    assert_eq!(reason("leadProfessional"), "Lead professional: Sam Okafor, Social Worker, with responsibilities.");
    assert_eq!(reason("smartOutcomes"), "SMART outcomes: 2 outcomes for 2 needs, with 5 actions.");
    assert!(reason("contingency").starts_with("Contingency plan: “"), "{}", reason("contingency"));
    assert_eq!(reason("reviewPoints"), "Review points: every 6 weeks, next review on 22 Dec 2026.");
    assert_eq!(reason("visitFrequency"), "Visit frequency: every 3 weeks, the child seen alone.");
    // An item the authority adds names the fields its rules asked for.
    assert!(reason("participation").ends_with(" recorded."), "{}", reason("participation"));

    // Every exemplary plan's items all say what meets them, never only that they do.
    for ex in examples().iter().filter(|e| e.weakness.is_none()) {
        for c in report(ex).checklist {
            if c.reason.ends_with("procedure.") {
                eprintln!("{}: {} has no evidence: {}", ex.name, c.item, c.reason);
            }
        }
    }
}
