//! An outcome linked to a need the plan does not have is flagged under every council,
//! with that council's own citation; where a council reads needs as optional (Lewisham)
//! it is a warning, and an outcome with no link at all still passes there.

use chrono::NaiveDate;
use cinplan::dates::Calendar;
use cinplan::report::{Report, Severity};
use serde_json::{json, Value};

mod common;

fn good_plan(authority: &str) -> Value {
    common::exemplary(authority)
}

fn check(plan: &Value, authority: &str) -> Report {
    let rs = cinplan::ruleset(authority).unwrap();
    cinplan::check_value(plan, rs, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), Calendar::embedded())
}

#[test]
fn a_link_to_a_need_the_plan_does_not_have_is_flagged_under_every_council() {
    for rs in cinplan::authorities() {
        let mut plan = good_plan(&rs.id);
        plan["outcomes"][0]["needs"] = json!(["n9"]);
        let report = check(&plan, &rs.id);
        let f = report
            .findings
            .iter()
            .find(|f| f.path == "outcomes.0.needs")
            .unwrap_or_else(|| panic!("{}: a link to need n9, which the plan does not have, passed", rs.id));
        assert_ne!(f.severity, Severity::Info, "{}: only advice for a broken link", rs.id);
        assert!(f.message.contains(&rs.short_name), "{}: {}", rs.id, f.message);
        assert!(rs.rules.iter().any(|r| r.id == f.rule && r.source == f.source), "{}: cites {}", rs.id, f.source);

        // Linked to a need that exists again: the finding goes.
        plan["outcomes"][0]["needs"] = json!(["n1"]);
        assert!(!check(&plan, &rs.id).findings.iter().any(|f| f.path == "outcomes.0.needs"), "{}", rs.id);
    }
}

#[test]
fn where_needs_are_optional_a_broken_link_is_a_warning_and_no_link_passes() {
    let mut plan = good_plan("lewisham");
    plan["outcomes"][1]["needs"] = json!(["n1", "n7"]);
    let report = check(&plan, "lewisham");
    let f: Vec<_> = report.findings.iter().filter(|f| f.path.ends_with(".needs")).collect();
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].path.as_str(), f[0].severity), ("outcomes.1.needs", Severity::Warning));
    assert!(f[0].message.starts_with("Goal 2 "), "{}", f[0].message);

    plan["outcomes"][1]["needs"] = json!([]);
    let report = check(&plan, "lewisham");
    assert!(!report.findings.iter().any(|f| f.path.ends_with(".needs")), "{:?}", report.findings);
    // Reading requires every outcome to answer a need.
    let mut plan = good_plan("reading");
    plan["outcomes"][1]["needs"] = json!([]);
    let report = check(&plan, "reading");
    assert!(report.findings.iter().any(|f| f.path == "outcomes.1.needs" && f.severity == Severity::Error));
}
