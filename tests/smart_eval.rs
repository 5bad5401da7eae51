//! The SMART feedback against the labelled corpus (tests/fixtures/smart/outcomes.json),
//! judged as `cargo run --example smart-eval` judges it: each outcome checked as a
//! one-outcome plan through `cinplan::check`, flagged when a warning or error names it.
//!
//! The test split (30% of the corpus: all of h001…, and a fixed 30% of each other part but
//! c001…, each part written by a labeller who had seen neither the analyser nor the other
//! parts) is never used to tune the word lists. The issue's targets are at least 95% of
//! weak outcomes flagged and at most 5% of good ones: on the test split the false alarms
//! are met, the recall is not yet (on train neither: 84.3%).

#[path = "../examples/smart-eval/eval.rs"]
mod eval;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/smart/outcomes.json");

/// The part an outcome belongs to: its id's letters ("ka" of ka001).
fn part(id: &str) -> &str {
    id.trim_end_matches(|c: char| c.is_ascii_digit())
}

fn bench(corpus: &eval::Corpus) -> eval::Bench {
    eval::Bench::new(env!("CARGO_MANIFEST_DIR"), "salford", corpus).expect("Salford's test plan")
}

#[test]
fn the_corpus_is_large_labelled_and_split_by_a_fixed_rule() {
    let corpus = eval::load(CORPUS).expect("corpus");
    assert!(corpus.items.len() >= 300, "{} outcomes", corpus.items.len());
    let mut ids: Vec<&str> = corpus.items.iter().map(|i| i.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), corpus.items.len(), "ids are unique");
    for item in &corpus.items {
        // The first part (c001…) is all train: its own test split was seen while tuning. The
        // second (h001…) is all test. The others (a001…, b001…, d001… to z001…) are split below.
        let part = part(&item.id);
        assert!(!part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase()), "{}: a part is letters", item.id);
        if part == "c" || part == "h" {
            assert_eq!(item.split, if part == "h" { "test" } else { "train" }, "{}", item.id);
        }
        assert!(!item.description.trim().is_empty() && !item.reason.trim().is_empty(), "{}", item.id);
    }
    // In a, b, d to z and each part of two letters, the good and the weak outcomes are
    // each put in id order, and every one whose place (from 0) ends in 2, 5 or 8 is test:
    // fixed before anyone read them.
    let split_by_rule = [
        "a", "b", "d", "e", "f", "g", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x",
        "y", "z", "ka", "ta", "da", "ea", "pa", "na", "ha", "mi", "gc", "yc", "cm", "nr", "gt", "fg", "hs", "pr", "mf",
        "bv", "yj", "ol", "dh", "rr", "fm", "rp", "co", "eh", "hy", "fi", "mo", "ru", "sw", "pd", "ob", "fa", "ep",
        "se", "tr", "pm", "ad", "nd", "tp", "hd", "pf", "ys", "ex", "ts", "hp", "sh", "an", "sm", "cn", "ct", "ed",
        "ee", "gm", "lf", "hm", "eb", "ah", "sp", "fx", "rs", "bi", "dp", "ib", "bt", "os", "ph", "lc", "sa", "ef",
        "pt", "yw", "gp", "po", "il", "fc", "tn", "sl", "pv", "sg", "ae",
    ];
    // Every part is one of these or c or h: a new part is added here, or its split is not checked.
    let mut parts: Vec<&str> = corpus.items.iter().map(|i| part(&i.id)).collect();
    parts.sort_unstable();
    parts.dedup();
    let mut known: Vec<&str> = split_by_rule.iter().copied().chain(["c", "h"]).collect();
    known.sort_unstable();
    assert_eq!(parts, known, "the corpus's parts");
    for p in split_by_rule {
        for weak in [false, true] {
            let mut items: Vec<&eval::Item> =
                corpus.items.iter().filter(|i| part(&i.id) == p && i.weak() == weak).collect();
            items.sort_by(|a, b| a.id.cmp(&b.id));
            assert!(items.len() >= 50, "part {p}: {} outcomes", items.len());
            for (place, item) in items.iter().enumerate() {
                let test = matches!(place % 10, 2 | 5 | 8);
                assert_eq!(item.split, if test { "test" } else { "train" }, "{}", item.id);
            }
        }
    }
    for split in ["train", "test"] {
        let part: Vec<&eval::Item> = corpus.items.iter().filter(|i| i.split == split).collect();
        let weak = part.iter().filter(|i| i.weak()).count();
        assert_eq!(weak * 2, part.len(), "{split}: half weak, half good");
        for (k, l) in eval::LETTERS.iter().enumerate() {
            assert!(part.iter().any(|i| !i.labels[k]), "{split}: no outcome fails {l}");
        }
    }
    let test = corpus.items.iter().filter(|i| i.split == "test").count();
    let share = test as f64 / corpus.items.len() as f64;
    assert!((0.29..=0.31).contains(&share), "30% test: {test} of {}", corpus.items.len());
}

/// Recall and false alarms on one split, with the misjudged outcomes for the message (not
/// for the test split: whoever reads them next is tuning on it).
fn judge(split: &str, min_recall: f64, max_false_alarms: f64) {
    let corpus = eval::load(CORPUS).expect("corpus");
    let e = eval::evaluate(&bench(&corpus), &corpus, split);
    let wrong: Vec<String> = e
        .misjudged()
        .filter(|_| split != "test")
        .map(|j| {
            let said: Vec<&str> = j.flags.iter().map(|f| f.2.as_str()).collect();
            format!("{} ({}): {:?} / {:?} -> {said:?}", j.item.id, j.item.reason, j.item.description, j.item.measure)
        })
        .collect();
    let o = e.overall;
    println!("{split} split: recall {:.1}%, false alarms {:.1}%", o.recall() * 100.0, o.false_alarm_rate() * 100.0);
    assert!(o.weak >= 50 && o.good >= 50, "too few to judge: {} weak, {} good", o.weak, o.good);
    assert!(
        o.recall() >= min_recall && o.false_alarm_rate() <= max_false_alarms,
        "{split} split: recall {}/{} (at least {min_recall}), false alarms {}/{} (at most {max_false_alarms}); misjudged:\n{}",
        o.caught,
        o.weak,
        o.false_alarms,
        o.good,
        wrong.join("\n")
    );
}

/// On the train split (15,256 outcomes after the thirty-ninth round): 6,443 of 7,628 weak
/// outcomes flagged (84.5%) and 150 of 7,628 good ones (1.97%). A line under the measured
/// figures, not the issue's targets, so that a change that makes the feedback worse fails
/// here; it moves down only when harder parts come in, and up as the analysis improves.
/// Each move and the figures behind it: docs/SMART-HISTORY.md, "The guard lines".
#[test]
fn on_the_train_split_it_does_no_worse_than_measured() {
    judge("train", 0.844, 0.02);
}

/// On the test split, which nobody tunes on (6,540 outcomes after the thirty-ninth round):
/// 2,613 of 3,270 weak outcomes flagged (79.9%; the issue's target of 95% is not met) and 122
/// of 3,270 good ones (3.7%; its target of at most 5% is). The line moved down from 0.802
/// because the round's four new parts brought harder test outcomes (77 of 120 weak flagged),
/// not because any outcome flagged before went unflagged. The line holds what was measured,
/// so that a change that makes the feedback worse on unseen outcomes fails here; each round's
/// reading and each move of the line: docs/SMART-HISTORY.md, "The guard lines". README
/// "SMART analysis: how good is it" has the rest.
#[test]
fn on_the_unseen_test_split_it_does_no_worse_than_measured() {
    judge("test", 0.799, 0.04);
}

/// Every rewrite a warning suggests, taken as offered, checked again (`smart-eval
/// --rewrites`). Measured 2026-11-29 before this was looked at: 90 of 1,277 on the train
/// split were warned about again (80 of them the same warning: "on the waiting list by the
/// review" was itself held up by the wait) or brought a warning of their own; 29 of 521 on
/// the test split. After: 1 of 360 and 0 of 147, none warned about again (fewer are offered
/// now: only where one fits, README "Suggested rewrites").
#[test]
fn a_suggested_rewrite_taken_as_offered_passes_the_check_it_was_offered_for() {
    let corpus = eval::load(CORPUS).expect("corpus");
    let bench = bench(&corpus);
    for split in ["train", "test"] {
        let (offered, failed) = eval::rewrites(&bench, &corpus, split);
        let again = failed.iter().filter(|f| f.again).count();
        // Which ones, for the train split only: whoever reads the test split's is tuning on it.
        let shown: Vec<String> = failed
            .iter()
            .filter(|_| split == "train")
            .map(|f| format!("{} {}: {:?} -> {}", f.item.id, f.offered_by.0, f.rewrite, f.now))
            .collect();
        println!(
            "{split} split: {offered} rewrites, {again} warned about again, {} with a warning of their own",
            failed.len() - again
        );
        // Enough for the figures to mean something: suggestions are offered only where they
        // fit (90 on the test split, 225 on train, since the tenth round stopped offering a
        // record that cannot show the change; 41 and 118 since the eleventh stopped offering
        // what readers found wrong for most outcomes it was offered for: the stock outcomes
        // for school, sleep and caring, and "on the waiting list by the review"; 39 and 131
        // in the thirteenth, with parts l and o; 31 and 101 in the fourteenth, which stopped
        // offering invented numbers of new words and meals, a witness to why something does
        // not happen, anything for perfection and the home's stock outcome; 23 and 75 in the
        // fifteenth, which stopped offering the stock outcomes readers found unusable wherever
        // they were offered: a clear drug test at every weekly appointment, a quota of angry
        // outbursts, a written safety plan, a happiness score and a curfew, and a school
        // that confirms what is done at home).
        assert!(offered >= 20, "{split}: only {offered} rewrites");
        assert!(
            again == 0 && failed.len() * 200 <= offered,
            "{split}: {} of {offered}:\n{}",
            failed.len(),
            shown.join("\n")
        );
    }
}

/// `smart-eval --authority ID` puts each outcome into that council's example plan. Until
/// 2026-12-02 it read the plan with serde's derive, which only Salford's passed (the others
/// name the lead professional, not a coordinator), so the option failed for six of seven
/// councils. Every council's plan is read now, and an outcome's S, M, A, R and plain-language
/// verdicts are the same under each: only T (how long a council expects a plan to last)
/// and the findings' citations differ.
#[test]
fn every_council_can_be_the_one_the_outcomes_are_judged_under() {
    let corpus = eval::load(CORPUS).expect("corpus");
    let salford = bench(&corpus);
    let sample: Vec<&eval::Item> = corpus.items.iter().step_by(37).collect();
    assert!(sample.len() > 300);
    // Salford's length for a plan is the one the labels assume (so smart-eval adds no note);
    // Reading's is 6 months and Lewisham sets none.
    assert_eq!(salford.expected_end(), corpus.expected_end);
    let end = |id: &str| eval::Bench::new(env!("CARGO_MANIFEST_DIR"), id, &corpus).ok().and_then(|b| b.expected_end());
    assert_eq!(end("reading"), Some(chrono::NaiveDate::from_ymd_opt(2027, 4, 5).unwrap()));
    assert_eq!(end("lewisham"), None);
    let verdicts = |b: &eval::Bench, item: &eval::Item| {
        let letters = eval::judge(b, item).letters;
        [0, 1, 2, 3, 5].map(|l| letters[l].0)
    };
    for r in cinplan::authorities() {
        let b = eval::Bench::new(env!("CARGO_MANIFEST_DIR"), &r.id, &corpus)
            .unwrap_or_else(|e| panic!("{}'s example plan: {e}", r.id));
        let mut flagged = 0;
        for item in &sample {
            assert_eq!(verdicts(&b, item), verdicts(&salford, item), "{} under {}", item.id, r.id);
            flagged += eval::judge(&b, item).flagged() as usize;
        }
        assert!(flagged > sample.len() / 3, "{}: {flagged} of {} flagged", r.id, sample.len());
    }
}

/// `smart-eval --as-advice TEXT` answers "what if this kind of warning were advice?": an
/// outcome whose only warnings hold TEXT is no longer counted as flagged, and nothing else
/// changes (README "SMART analysis: how good is it" has the figures for the two kinds of
/// warning worded as a question).
#[test]
fn a_kind_of_warning_can_be_counted_as_advice_to_see_what_it_costs() {
    let corpus = eval::load(CORPUS).expect("corpus");
    let plain = bench(&corpus);
    let mut soft = bench(&corpus);
    soft.as_advice = vec!["nothing in common".to_string()];
    let (mut moved, mut kept) = (0, 0);
    for item in corpus.items.iter().filter(|i| i.split == "train").step_by(3) {
        let (a, b) = (eval::judge(&plain, item), eval::judge(&soft, item));
        let only_soft = a.flags.iter().all(|(_, _, message, _)| message.contains("nothing in common"));
        assert_eq!(b.flagged(), a.flagged() && !only_soft, "{}", item.id);
        moved += usize::from(a.flagged() && !b.flagged());
        kept += usize::from(b.flagged());
    }
    assert!(moved > 10 && kept > 1000, "{moved} no longer flagged, {kept} still flagged");
}
