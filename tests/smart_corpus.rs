//! SMART outcome analysis: a small text-only corpus (precision and recall for spotting weak
//! outcome statements) and one test per letter with concrete plans.
//!
//! Corpus: tests/fixtures/smart/corpus.json, the first, smaller corpus (130 statements,
//! labelled well-formed or weak on S, M and plain language only), kept as a regression
//! check of judgement on words alone. The larger corpus labelled per letter, judged through
//! whole plans, is tests/fixtures/smart/outcomes.json (tests/smart_eval.rs). A statement is classed well-formed iff
//! Specific, Measurable and Plain language all pass on its text alone. The validation
//! items were written before the word lists were tuned and never used for tuning; set
//! SMART_SHOW_VALIDATION=1 to list the validation items the analysis gets wrong.

use chrono::NaiveDate;
use cinplan::plan::{Action, Child, Need, Outcome, Plan, Service};
use cinplan::report::{Finding, OutcomeSmart, Severity};
use cinplan::smart::{analyse, assess_statement, SmartContext};
use serde_json::Value;

const MIN_SCORE: f64 = 0.90;

struct Item {
    id: String,
    split: String,
    weak: bool,
    description: String,
    measure: String,
}

fn corpus() -> Vec<Item> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/smart/corpus.json"))
        .expect("corpus file");
    let v: Value = serde_json::from_str(&text).expect("corpus is JSON");
    let s = |x: &Value, k: &str| x[k].as_str().unwrap_or_else(|| panic!("item without {k}: {x}")).to_string();
    v["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|x| {
            let label = s(x, "label");
            assert!(label == "weak" || label == "well-formed", "bad label {label}");
            Item {
                id: s(x, "id"),
                split: s(x, "split"),
                weak: label == "weak",
                description: s(x, "description"),
                measure: s(x, "measure"),
            }
        })
        .collect()
}

struct Score {
    precision: f64,
    recall: f64,
    tp: usize,
    fp: usize,
    fneg: usize,
    n: usize,
    wrong: Vec<String>,
}

/// Precision and recall for detecting *weak* statements.
fn score(items: &[&Item]) -> Score {
    let (mut tp, mut fp, mut fneg) = (0, 0, 0);
    let mut wrong = Vec::new();
    for it in items {
        let v = assess_statement(&it.description, &it.measure);
        let flagged = !v.is_well_formed();
        match (flagged, it.weak) {
            (true, true) => tp += 1,
            (true, false) => fp += 1,
            (false, true) => fneg += 1,
            (false, false) => {}
        }
        if flagged != it.weak {
            let why: Vec<String> = [("S", &v.specific), ("M", &v.measurable), ("P", &v.plain)]
                .iter()
                .map(|(l, x)| format!("{l}={} {:?}", if x.met { "ok" } else { "NO" }, x.reasons))
                .collect();
            wrong.push(format!(
                "  {} labelled {} but judged {}: {:?} / {:?}\n      {}",
                it.id,
                if it.weak { "weak" } else { "well-formed" },
                if flagged { "weak" } else { "well-formed" },
                it.description,
                it.measure,
                why.join("\n      ")
            ));
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    Score { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fneg), tp, fp, fneg, n: items.len(), wrong }
}

#[test]
fn corpus_is_large_balanced_and_split() {
    let items = corpus();
    assert!(items.len() >= 80, "need at least 80 statements, have {}", items.len());
    let mut ids: Vec<&str> = items.iter().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), items.len(), "ids must be unique");
    for split in ["train", "validation"] {
        let part: Vec<&Item> = items.iter().filter(|i| i.split == split).collect();
        let weak = part.iter().filter(|i| i.weak).count();
        assert_eq!(weak * 2, part.len(), "{split}: half weak, half well-formed");
    }
    let validation = items.iter().filter(|i| i.split == "validation").count();
    assert!(validation * 5 >= items.len() && validation * 3 <= items.len(), "about a quarter validation");
    assert!(items.iter().all(|i| i.split == "train" || i.split == "validation"));
}

#[test]
fn corpus_precision_and_recall_for_weak_statements() {
    let items = corpus();
    let show_validation = std::env::var("SMART_SHOW_VALIDATION").is_ok_and(|v| v == "1");
    let mut failures = Vec::new();
    for split in ["train", "validation"] {
        let part: Vec<&Item> = items.iter().filter(|i| i.split == split).collect();
        let s = score(&part);
        println!(
            "SMART corpus {split:<10}: precision {:.1}%  recall {:.1}%  (n={}, weak caught {}, false alarms {}, weak missed {})",
            s.precision * 100.0,
            s.recall * 100.0,
            s.n,
            s.tp,
            s.fp,
            s.fneg
        );
        if split == "train" || show_validation {
            for w in &s.wrong {
                println!("{w}");
            }
        }
        if s.precision < MIN_SCORE || s.recall < MIN_SCORE {
            failures
                .push(format!("{split}: precision {:.3}, recall {:.3} (minimum {MIN_SCORE})", s.precision, s.recall));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

// ---------------------------------------------------------------------------------------
// Letters, on text alone

#[test]
fn specific_flags_vague_words_only_when_nothing_observable_goes_with_them() {
    let v = assess_statement("Improve Amira's emotional wellbeing", "School register");
    assert!(!v.specific.met);
    assert!(v.vague.iter().any(|t| t == "Improve") && v.vague.iter().any(|t| t == "wellbeing"), "{:?}", v.vague);
    assert!(v.specific.reasons.iter().any(|r| r.contains("“Improve”")), "{:?}", v.specific.reasons);

    for weak in [
        "Mum to engage with services",
        "The children's needs are met",
        "Reduce risk to the children",
        "Parents to work with professionals to address concerns",
        "Mum to be aware of the impact of domestic abuse",
        "Ella to be kept safe",
    ] {
        assert!(!assess_statement(weak, "School register").specific.met, "{weak} should not be specific");
    }
    // A vague verb with something anyone could see or count is fine.
    let v = assess_statement("Amira's attendance improves to 95%", "School register");
    assert!(v.specific.met, "{:?}", v.specific.reasons);
    assert!(
        assess_statement("Mum is supported to take Leo to nursery 3 mornings a week", "Nursery register").specific.met
    );
    // Observable behaviour, no number needed.
    assert!(assess_statement("Jayden sees the dentist and has his two fillings done", "Dental record").specific.met);
}

#[test]
fn specific_needs_to_say_whose_behaviour_changes() {
    let v = assess_statement("Improve attendance to 95%", "School register");
    assert!(!v.specific.met);
    assert!(v.specific.reasons.iter().any(|r| r.contains("whose")), "{:?}", v.specific.reasons);
    assert!(assess_statement("Amira attends school every day", "School register").specific.met);
    assert!(assess_statement("She attends school every day", "School register").specific.met);
    assert!(
        assess_statement("The kitchen is clean and there is food in the fridge", "Seen at visits every 3 weeks")
            .specific
            .met
    );
}

#[test]
fn measurable_needs_something_to_count_or_see() {
    for weak in [
        "Ongoing",
        "As appropriate",
        "Improved",
        "Better behaviour",
        "Social worker to monitor",
        "No further concerns",
        "Feedback from professionals",
        "Fewer concerns",
    ] {
        let v = assess_statement("Amira attends school every day", weak);
        assert!(!v.measurable.met, "{weak:?} should not count as a measure");
    }
    let v = assess_statement("Amira attends school every day", "Ongoing");
    assert!(v.measurable.reasons.iter().any(|r| r.contains("“Ongoing”")), "{:?}", v.measurable.reasons);
    for good in [
        "School register",
        "Attendance above 95%",
        "Sleep diary kept by Mum",
        "Twice a week",
        "No missed appointments at the GP surgery",
        "Worry score of 4 or less on Aisha's 0-10 scale",
        "Seen by the social worker at each visit",
    ] {
        let v = assess_statement("Amira attends school every day", good);
        assert!(v.measurable.met, "{good:?} should count as a measure: {:?}", v.measurable.reasons);
    }
    assert!(!assess_statement("Amira attends school every day", "").measurable.met);
}

#[test]
fn plain_language_flags_jargon_with_plain_words_and_long_sentences() {
    let v = assess_statement("Mum attends the MARAC and the TAC every 6 weeks", "SW to check with the DSL");
    assert!(!v.plain.met);
    let terms: Vec<&str> = v.jargon.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(terms, ["MARAC", "TAC", "SW", "DSL"]);
    assert!(v.jargon.iter().any(|(t, plain)| t == "SW" && plain == "social worker"));

    // Explained once anywhere in the outcome: fine everywhere in it.
    let v = assess_statement(
        "Jordan goes to the Child and Adolescent Mental Health Service (CAMHS) every week",
        "CAMHS attendance letter",
    );
    assert!(v.plain.met, "{:?}", v.plain.reasons);
    // Same letters, ordinary word, typed in lower case.
    assert!(assess_statement("Leo eats mash and vegetables at tea every day", "Food diary").plain.met);
    // An abbreviation not in the list is still unexplained.
    let v = assess_statement("Mum goes to the QRTX group every Monday", "Group register");
    assert_eq!(v.jargon.first().map(|(t, _)| t.as_str()), Some("QRTX"));
    // Familiar ones are fine.
    assert!(assess_statement("Amira sees her GP and goes to PE every week", "GP record").plain.met);

    let long = "Mum will make sure that Amira gets up on time every school day, has breakfast, is dressed in clean uniform, has her book bag and PE kit ready, and is walked to the gate by 8:45 so that she is not late for the start of lessons";
    let v = assess_statement(long, "School register");
    assert!(!v.plain.met);
    assert!(v.plain.reasons.iter().any(|r| r.contains("words")), "{:?}", v.plain.reasons);
    let split = "Amira gets up on time every school day. She has breakfast and is dressed by 8:15. Mum walks her to the gate by 8:45.";
    assert!(assess_statement(split, "School register").plain.met);
}

#[test]
fn achievable_flags_too_many_demands_in_one_outcome() {
    let v = assess_statement("Amira attends school every day and arrives by 8:45", "School register");
    assert!(v.achievable.met && v.demands == 2, "{} {:?}", v.demands, v.achievable.reasons);
    let many = "Mum attends the parenting course, cleans the kitchen daily, takes Leo to the dentist, stops drinking and goes to every GP appointment";
    let v = assess_statement(many, "Course register");
    assert!(!v.achievable.met, "{} demands", v.demands);
    // A list of things is not a list of demands.
    let v = assess_statement("Evie has a bed, a mattress, a pillow and a duvet of her own", "Seen at the next visit");
    assert!(v.achievable.met, "{} demands", v.demands);
}

#[test]
fn odd_text_never_panics() {
    for s in [
        "",
        " ",
        "...",
        "İSTANBUL İ",
        "😀 Amira 😀",
        "(((",
        ")))",
        "'s",
        "a'",
        "&&&",
        "5.5.5",
        "\n\n\t",
        "CAMHS(",
        "(CAMHS",
        // A measure half typed: a count with nothing to count yet.
        "Number of",
        "The number of",
        "Number of.",
        "number of;",
        "Her pain will reduce so that",
        "If",
        "Dad will never",
    ] {
        let v = assess_statement(s, s);
        let _ = v.is_well_formed();
    }
    let long = "word ".repeat(5000);
    assert!(!assess_statement(&long, &long).plain.met);
}

// ---------------------------------------------------------------------------------------
// Letters in a plan

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

fn ctx() -> SmartContext<'static> {
    SmartContext {
        authority: "Reading",
        source: "Berkshire West guidance, 'What is a Child in Need Plan?'",
        quote: Some("The Child in Need Plan must be ... SMART"),
        plan_start: Some(d("2026-10-06")),
        today: Some(d("2026-10-06")),
        next_review: Some(d("2026-11-17")),
        max_end: Some(d("2027-04-06")),
        turns_18: None,
    }
}

fn good_outcome() -> Outcome {
    Outcome {
        id: Some("o1".into()),
        needs: vec!["n1".into()],
        description: Some("Amira attends school every day and arrives by 8:45".into()),
        measure: Some("Attendance above 95% on the school register".into()),
        target_date: Some(d("2027-01-29")),
        actions: vec![Action {
            description: Some("Walk Amira to school".into()),
            owner: Some("Mum (Leila)".into()),
            due: Some(d("2026-10-12")),
        }],
    }
}

fn plan_with(outcomes: Vec<Outcome>) -> Plan {
    Plan {
        child: Child { name: Some("Amira Khan".into()), ..Child::default() },
        needs: vec![Need {
            id: Some("n1".into()),
            description: Some("Amira's school attendance is 71% this term".into()),
        }],
        outcomes,
        ..Plan::default()
    }
}

fn letter<'a>(v: &'a OutcomeSmart, l: &str) -> &'a cinplan::report::LetterVerdict {
    v.letters.iter().find(|x| x.letter == l).unwrap_or_else(|| panic!("no letter {l}"))
}

fn rules(f: &[Finding]) -> Vec<(&str, &str)> {
    f.iter().map(|x| (x.rule.as_str(), x.path.as_str())).collect()
}

#[test]
fn a_good_outcome_meets_every_letter_and_has_no_findings() {
    let (v, f) = analyse(&plan_with(vec![good_outcome()]), &ctx());
    assert_eq!(v.len(), 1);
    assert_eq!(v[0].path, "outcomes.0");
    let letters: Vec<&str> = v[0].letters.iter().map(|l| l.letter.as_str()).collect();
    assert_eq!(letters, ["S", "M", "A", "R", "T", "P"]);
    for l in &v[0].letters {
        assert!(l.met, "{} not met: {:?}", l.letter, l.reasons);
        assert!(!l.reasons.is_empty());
    }
    assert!(f.is_empty(), "{f:?}");
    assert!(letter(&v[0], "T").reasons[0].contains("17 Nov 2026"), "{:?}", letter(&v[0], "T").reasons);
}

#[test]
fn text_findings_are_warnings_with_path_source_quote_and_a_hint_naming_the_child() {
    let mut o = good_outcome();
    o.description = Some("Improve Amira's wellbeing".into());
    o.measure = Some("Ongoing".into());
    let (v, f) = analyse(&plan_with(vec![good_outcome(), o]), &ctx());
    assert!(!letter(&v[1], "S").met && !letter(&v[1], "M").met);
    assert_eq!(rules(&f), [("smart.specific", "outcomes.1.description"), ("smart.measurable", "outcomes.1.measure")]);
    for x in &f {
        assert_eq!(x.severity, Severity::Warning);
        assert_eq!(x.item, "smartOutcomes");
        assert_eq!(x.source, ctx().source);
        assert_eq!(x.quote.as_deref(), ctx().quote);
        assert!(x.message.contains("Outcome 2"), "{}", x.message);
        assert!(x.message.contains("Reading"), "{}", x.message);
    }
    assert!(f[0].hint.as_deref().is_some_and(|h| h.contains("Amira")), "{:?}", f[0].hint);
    // No suggestion here: wellbeing is not what the need, about school, is about
    // (tests/smart_feedback.rs has when one is, and that it is offered once).
    let tries: Vec<&str> = f.iter().filter_map(|x| x.hint.as_deref()?.split("Try: ").nth(1)).collect();
    assert!(tries.is_empty(), "{:?}", f.iter().map(|x| &x.hint).collect::<Vec<_>>());
    assert!(f[0].message.contains("“Improve”"), "{}", f[0].message);
    assert!(f[1].message.contains("“Ongoing”"), "{}", f[1].message);

    // A hyphenated name is still the child's name.
    let mut p = plan_with(vec![good_outcome()]);
    p.child.name = Some("Ruby-Mae Jones".into());
    p.outcomes[0].description = Some("ruby-mae goes to nursery 3 mornings a week".into());
    let (v, f) = analyse(&p, &ctx());
    assert!(letter(&v[0], "S").met && f.is_empty(), "{:?} {f:?}", letter(&v[0], "S").reasons);

    // Without a name the hint speaks of "the child".
    let mut p = plan_with(vec![good_outcome()]);
    p.child.name = None;
    p.outcomes[0].description = Some("Support the family".into());
    let (_, f) = analyse(&p, &ctx());
    assert!(f[0].hint.as_deref().is_some_and(|h| h.contains("the child")), "{:?}", f[0].hint);
}

#[test]
fn structural_gaps_are_reasons_not_findings() {
    let o = Outcome { needs: vec![], description: Some("Amira attends school every day".into()), ..Outcome::default() };
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(f.is_empty(), "the engine reports missing measure, need and date: {f:?}");
    assert!(!letter(&v[0], "M").met && !letter(&v[0], "R").met && !letter(&v[0], "T").met);
    assert!(letter(&v[0], "R").reasons[0].contains("need"));
    assert!(letter(&v[0], "T").reasons[0].contains("target date"));
}

#[test]
fn relevant_needs_a_link_to_a_need_in_the_plan() {
    let mut o = good_outcome();
    o.needs = vec!["n9".into()];
    let (v, f) = analyse(&plan_with(vec![good_outcome(), o]), &ctx());
    assert!(letter(&v[0], "R").met);
    assert!(letter(&v[0], "R").reasons[0].contains("71%"), "{:?}", letter(&v[0], "R").reasons);
    assert!(!letter(&v[1], "R").met);
    assert!(letter(&v[1], "R").reasons[0].contains("“n9”"), "{:?}", letter(&v[1], "R").reasons);
    assert!(f.is_empty());
}

#[test]
fn achievable_flags_dependence_on_a_scarce_service() {
    let mut p = plan_with(vec![good_outcome()]);
    p.services = vec![
        Service { name: Some("CAMHS".into()), provider: Some("NHS".into()), purpose: None, scarce: Some(true) },
        Service {
            name: Some("Family support worker".into()),
            provider: Some("Early Help".into()),
            purpose: None,
            scarce: Some(false),
        },
    ];
    let (v, f) = analyse(&p, &ctx());
    assert!(letter(&v[0], "A").met, "not mentioned: {:?}", letter(&v[0], "A").reasons);
    assert!(f.is_empty());

    p.outcomes[0].actions.push(Action {
        description: Some("Refer Amira to CAMHS for counselling".into()),
        owner: Some("Social worker".into()),
        due: Some(d("2026-10-20")),
    });
    let (v, f) = analyse(&p, &ctx());
    assert!(!letter(&v[0], "A").met);
    let a: Vec<&Finding> = f.iter().filter(|x| x.rule == "smart.achievable").collect();
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].path, "outcomes.0.actions.1.description");
    assert!(a[0].message.contains("CAMHS") && a[0].message.contains("scarce"), "{}", a[0].message);
}

#[test]
fn timebound_flags_a_target_too_soon_after_the_start() {
    let mut o = good_outcome();
    o.target_date = Some(d("2026-10-16"));
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(!letter(&v[0], "T").met);
    assert_eq!(rules(&f), [("smart.timebound", "outcomes.0.targetDate")]);
    assert!(f[0].message.contains("10 days"), "{}", f[0].message);

    let mut o = good_outcome();
    o.target_date = Some(d("2026-10-20")); // exactly two weeks: fine
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(letter(&v[0], "T").met && f.is_empty(), "{:?} {f:?}", letter(&v[0], "T").reasons);
}

#[test]
fn timebound_wants_a_step_before_the_next_review_when_the_target_is_later() {
    let mut o = good_outcome();
    o.actions[0].due = Some(d("2026-12-01")); // after the review on 17 Nov
    let (v, f) = analyse(&plan_with(vec![o.clone()]), &ctx());
    assert!(!letter(&v[0], "T").met);
    assert_eq!(rules(&f), [("smart.timebound", "outcomes.0.targetDate")]);
    assert!(f[0].message.contains("17 Nov 2026"), "{}", f[0].message);
    assert!(f[0].hint.as_deref().is_some_and(|h| h.contains("17 Nov 2026")));

    // Target before the review: no step needed.
    o.target_date = Some(d("2026-11-13"));
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(letter(&v[0], "T").met && f.is_empty(), "{:?}", letter(&v[0], "T").reasons);
}

#[test]
fn timebound_notes_a_target_beyond_the_expected_end_without_a_finding() {
    let mut o = good_outcome();
    o.target_date = Some(d("2027-06-30"));
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(!letter(&v[0], "T").met);
    assert!(letter(&v[0], "T").reasons.iter().any(|r| r.contains("6 Apr 2027")), "{:?}", letter(&v[0], "T").reasons);
    assert!(f.is_empty(), "the engine reports late target dates: {f:?}");
}

#[test]
fn plain_language_findings_point_at_the_field_and_suggest_plain_words() {
    let mut o = good_outcome();
    o.measure = Some("SW to check the register with the DSL every 2 weeks".into());
    o.actions[0].description = Some("Refer to the FGC service".into());
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(!letter(&v[0], "P").met);
    assert_eq!(
        rules(&f),
        [("smart.plainLanguage", "outcomes.0.measure"), ("smart.plainLanguage", "outcomes.0.actions.0.description")]
    );
    let hint = f[0].hint.as_deref().unwrap_or("");
    assert!(hint.contains("“social worker” instead of “SW”"), "{hint}");
    assert!(f[0].message.contains("Reading"), "{}", f[0].message);
    assert!(letter(&v[0], "M").met, "jargon does not make a measure unmeasurable");
}

// ---------------------------------------------------------------------------------------
// Checking again (results per outcome are kept between checks on a thread)

#[test]
fn checking_again_gives_the_same_answer_and_follows_every_edit() {
    let mut o = good_outcome();
    o.description = Some("Improve Amira's wellbeing".into());
    let mut p = plan_with(vec![good_outcome(), o]);
    let first = analyse(&p, &ctx());
    for _ in 0..3 {
        assert_eq!(analyse(&p, &ctx()), first, "same plan, same answer");
    }

    // Editing one outcome changes its verdict and findings, and nothing else.
    p.outcomes[1].description = Some("Amira goes to her school counsellor every Tuesday".into());
    let (v, f) = analyse(&p, &ctx());
    assert!(letter(&v[1], "S").met);
    assert!(f.iter().all(|x| x.rule != "smart.specific"), "{f:?}");
    assert_eq!(v[0], first.0[0]);

    // A change outside the outcome that its words depend on is noticed too.
    p.outcomes[1].description = Some("Support the family".into());
    let (_, f) = analyse(&p, &ctx());
    assert!(f[0].hint.as_deref().is_some_and(|h| h.contains("Amira")));
    p.child.name = Some("Leo".into());
    let (_, f) = analyse(&p, &ctx());
    assert!(f[0].hint.as_deref().is_some_and(|h| h.contains("Leo")), "{:?}", f[0].hint);
    let wokingham = SmartContext { authority: "Wokingham", ..ctx() };
    let (_, f) = analyse(&p, &wokingham);
    assert!(f[0].message.contains("Wokingham"), "{}", f[0].message);
    let mut later = ctx();
    later.next_review = Some(d("2026-12-01"));
    let (v, _) = analyse(&p, &later);
    assert!(
        letter(&v[0], "T").met && letter(&v[0], "T").reasons[0].contains("1 Dec 2026"),
        "{:?}",
        letter(&v[0], "T").reasons
    );

    // Moving an outcome to another place renumbers its messages and paths.
    p.outcomes.swap(0, 1);
    let (v, f) = analyse(&p, &ctx());
    assert_eq!(v[0].path, "outcomes.0");
    assert_eq!(f[0].path, "outcomes.0.description");
    assert!(f[0].message.contains("Outcome 1"), "{}", f[0].message);
}

#[test]
fn many_plans_in_a_row_stay_correct() {
    // More distinct outcomes than are kept between checks.
    for k in 0..400 {
        let mut o = good_outcome();
        o.measure = Some(format!("Attendance above {}% on the school register", 50 + k % 50));
        let plan = plan_with(vec![o]);
        let (v, f) = analyse(&plan, &ctx());
        assert!(letter(&v[0], "M").met && f.is_empty(), "{k}");
        assert!(
            letter(&v[0], "M").reasons[0].contains(&format!("{}%", 50 + k % 50)),
            "{:?}",
            letter(&v[0], "M").reasons
        );
    }
}

#[test]
fn very_long_pasted_text_is_read_whole() {
    // Thousands of clauses, numbers, "and"s and abbreviations in one field: every part is
    // still looked at (the counts prove it) and the answer comes back.
    let n = 20_000;
    let many_ands = "Amira reads and ".repeat(n) + "Amira reads";
    let v = assess_statement(&many_ands, "School register");
    assert_eq!(v.demands, n + 1);
    assert!(!v.achievable.met && !v.plain.met);

    let numbers = format!("Amira attends {} days", "5 ".repeat(n));
    assert!(assess_statement(&numbers, "School register").specific.met);

    let acronyms: String = (0..n).map(|k| format!("the Q{}X team, ", (b'A' + (k % 26) as u8) as char)).collect();
    let v = assess_statement(&format!("Mum sees {acronyms}weekly."), "Register");
    assert!(!v.plain.met && !v.jargon.is_empty() && v.jargon.len() <= 12, "{}", v.jargon.len());

    let explained = "Child and Adolescent Mental Health Service (CAMHS) ".repeat(n);
    assert!(assess_statement(&explained, "CAMHS letter").jargon.is_empty());
}

#[test]
fn a_target_date_on_the_start_is_reported_by_the_analysis_for_a_ruleset_without_a_rule_for_it() {
    // `cinplan::check` leaves this warning out where the procedure's own rule has reported
    // the date (tests/smart_feedback.rs); a council's ruleset need not have that rule.
    let mut o = good_outcome();
    o.target_date = ctx().plan_start;
    let (v, f) = analyse(&plan_with(vec![o]), &ctx());
    assert!(!letter(&v[0], "T").met);
    let t = f.iter().find(|x| x.rule == "smart.timebound").unwrap_or_else(|| panic!("{f:?}"));
    assert!(t.message.contains("is not after the plan starts") && !t.message.contains("0 days"), "{}", t.message);
    assert!(t.hint.as_deref().is_some_and(|h| h.contains("check the year")), "{:?}", t.hint);
}
