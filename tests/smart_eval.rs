//! The SMART feedback against the labelled corpus (tests/fixtures/smart/outcomes.json),
//! judged as `cargo run --example smart-eval` judges it: each outcome checked as a
//! one-outcome plan through `cinplan::check`, flagged when a warning or error names it.
//!
//! The test split (30% of the corpus: all of h001…, and a fixed 30% of each other part but
//! c001…, each part written by a labeller who had seen neither the analyser nor the other
//! parts) is never used to tune the word lists. The issue's targets are at least 95% of
//! weak outcomes flagged and at most 5% of good ones: on the test split the false alarms
//! are met, the recall is not yet (on train neither: 93.8%).

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
        "se", "tr", "pm",
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

/// On the outcomes of the train split (6,856, with parts yj, ol, dh and rr): measured
/// 2026-11-30 (twenty-first round) at 3,110 of 3,428 weak outcomes flagged (90.7%) and 9 of
/// 3,428 good ones (0.3%); on the 6,296 before those four 2,884 and 9, as at the twentieth
/// round's end, and on their own 280, 209 and 9 before the round, 226 and 0 after; the
/// twentieth round, on 6,296, 2,884 (91.6%) and 9; on the 5,736 before those four, 2,647 (92.3%) and 6, as at the
/// nineteenth round's end, and on their own 560, 223 and 18 before the round, 237 and 3
/// after; the nineteenth round, on 5,736, 2,647 (92.3%) and 6; on the 5,176 before cm, nr,
/// gt and fg, 2,420 (93.5%) and 6; the
/// eighteenth round, 2,397 (92.6%) and 6; on the 4,896 before gc and yc, 2,282 (93.2%) and 6; the seventeenth round,
/// 2,276 (93.0%) and 8; on the 4,616 before ha and mi, 2,170 (94.0%) and 6; the sixteenth round,
/// 2,166 (93.8%) and 9; before what pa and na's train outcomes showed, 2,165 (93.8%) and 13. The
/// fifteenth round, on the 4,336 before them: 2,057 (94.9%) and 6. The line was 95% until
/// parts da and ea came in at 89% and 91% on first sight, and 94.5% until pa and na (asked
/// for at least 30 subtle weak outcomes each) came in at 78% and 71%, with 1% and 10% of
/// their good outcomes flagged, 93.5% until ha and mi came in at 75% and 75%, and 92.5%
/// until gc and yc came in at 76% and 66%, with 3% and 5% of their good outcomes flagged
/// (cm, nr, gt and fg came in at 70%, 75%, 71% and 80%, and the line held), and 92% until
/// hs, pr, mf and bv came in at 77%, 82%, 79% and 76%, with 7% to 10% of their good
/// outcomes flagged, and 91% until yj, ol, dh and rr came in at 74%, 78%, 72% and 84% (fm,
/// rp, co and eh came in at 80%, 71%, 72% and 75%, with 16%, 5%, 1% and 6% of their good
/// outcomes flagged, and the line held: 3,340 of 3,708, 90.1%, and 9, after the
/// twenty-second round), and 90% until hy, fi, mo and ru came in at 77%, 78%, 71% and 76%,
/// with 0%, 4%, 5% and 5% of their good outcomes flagged (3,579 of 3,988, 89.7%, and 11,
/// after the twenty-third round; 3,553 and 19 with the build from before it), and 89% until
/// sw, pd, ob and fa came in at 74%, 74%, 74% and 67% on their train outcomes, with 4%, 7%,
/// 3% and 1% of their good ones flagged (3,782 of 4,268, 88.6%, and 13 after the
/// twenty-sixth round; 3,782 and 21 with the build from before it), and 88% until ep, se,
/// tr and pm came in at 80%, 77%, 81% and 74% on their train outcomes, with 3%, 1%, 1% and
/// 3% of their good ones flagged (4,002 of 4,548, 88.0% to the tenth of a point but under
/// it, and 13 after the twenty-eighth round; 4,001 and 19 with the build from before it);
/// 2026-11-29 (eighth round, 3,216 outcomes) it was 95.3% and 0.2%. A line, not the issue's
/// targets.
#[test]
fn on_the_train_split_it_does_no_worse_than_measured() {
    judge("train", 0.87, 0.01);
}

/// On outcomes nobody tuned on (3,660 now) the recall target is not met yet: measured
/// 2026-11-29 (eighth round, after its review, with parts y and z) at 629 of 690 weak
/// outcomes flagged (91.2%) and 23 of 690 good ones (3.3%); the build before the round gives
/// 90.7% / 3.3% on the same outcomes (the ninth round, at its end: 91.2% / 3.2%; the
/// eleventh: 91.3% / 3.2%; the twelfth, with parts a and b, 1,500 outcomes: 91.9% / 3.3%;
/// the thirteenth, with parts l and o, 1,620: 742 of 810, 91.6%, and 27 of 810, 3.3%, the
/// same before and after its changes; the fourteenth, with parts ka and ta, 1,740: 799 of
/// 870, 91.8%, before its changes and 796, 91.5%, after, 29 of 870, 3.3%, each time: three
/// weak outcomes were flagged only by a warning that was wrong about their measure; the
/// fifteenth, with parts da and ea, 1,860: 850 of 930, 91.4%, and 31 of 930, 3.3%, before
/// what their train outcomes showed, 855, 91.9%, and 29, 3.1%, after; the sixteenth, with
/// parts pa and na, 1,980: 896 of 990, 90.5%, and 33 of 990, 3.3%, before what their train
/// outcomes showed, 897, 90.6%, and 33 after; the seventeenth, with parts ha and mi, 2,100:
/// 944 of 1,050, 89.9%, and 35 of 1,050, 3.3%, and on the 1,980 before them 897 and 32;
/// the eighteenth, with parts gc and yc, 2,220: 980 of 1,110, 88.3%, and 37 of 1,110,
/// 3.3%, and on the 2,100 before them 944 and 33; gc and yc's 120 gave 36 of 60 and 4 of 60
/// on first sight and the same after the round's work on their train outcomes; the
/// nineteenth, with parts cm, nr, gt and fg, 2,460: 1,073 of 1,230, 87.2%, and 38 of 1,230,
/// 3.1%, and on the 2,220 before them 983 and 36, from 980 and 37; the four parts' 120
/// gave 88 of 120 and 2 with the build from before the round, 90 and 2 after it; the
/// twentieth, with parts hs, pr, mf and bv, 2,700: 1,168 of 1,350, 86.5%, and 48 of 1,350,
/// 3.6%, and on the 2,460 before them 1,076 and 37, from 1,073 and 38; the four parts' 120
/// gave 91 of 120 and 17 with the build from before the round, 92 and 11 after it; the
/// twenty-first, with parts yj, ol, dh and rr, 2,940: 1,270 of 1,470, 86.4%, and 47 of
/// 1,470, 3.2%, from 1,267 and 49 with the build from before the round; on the 2,700 before
/// them 1,171 and 47, from 1,168 and 48; the four parts' 120 gave 99 of 120 and 1 before
/// the round, 99 and 0 after it; the twenty-second, with parts fm, rp, co and eh, 3,180:
/// 1,362 of 1,590, 85.7%, and 50 of 1,590, 3.1%, from 1,361 and 55 with the build from
/// before the round; on the 2,940 before them 1,271 and 45, from 1,270 and 47; the four
/// parts' 120 gave 91 of 120 and 8 before the round, 91 and 5 after it; the twenty-third,
/// with parts hy, fi, mo and ru, 3,420: 1,451 of 1,710, 84.9%, and 54 of 1,710, 3.2%, the
/// same with the build from before the round; on the 3,180 before them 1,362 and 50, and
/// on the four parts' 120, 89 of 120 and 4, both unchanged: the round's work on their train
/// outcomes changed nothing unseen; the twenty-sixth, with parts sw, pd, ob and fa, 3,660:
/// 1,537 of 1,830, 84.0%, and 53 of 1,830, 2.9%, from 1,536 and 54 with the build from
/// before the round; on the 3,420 before them 1,451 and 53, from 1,451 and 54; the four
/// parts' 120 gave 85 of 120 and 0 before the round, 86 and 0 after it; the twenty-eighth,
/// with parts ep, se, tr and pm, 3,900: 1,629 of 1,950, 83.5%, and 53 of 1,950, 2.7%, from
/// 1,629 and 56 with the build from before the round; the four parts' 120 gave 92 of 120 and
/// 3 before the round, 92 and 2 after it). Of the
/// parts, gc, yc, pa and na are now the hardest, with s, t, ha and mi (all eight were asked
/// for subtle weak outcomes). README "SMART analysis: how good is it" has the rest. This holds
/// that line, so that a change that makes the feedback worse on unseen outcomes fails here;
/// raise it as the analysis improves (it was 91% / 4% until the fifteenth round, 91.5% /
/// 3.5% until pa and na came in, 90% until ha and mi came in, 89.5% until gc and yc
/// came in, 88% until cm, nr, gt and fg came in, 87% / 3.5% until hs, pr, mf and bv
/// came in, whose good outcomes were the hardest yet, 86% until fm, rp, co and eh came
/// in at 75.8% on their 120 test outcomes, 85% until hy, fi, mo and ru came in at
/// 74.2%, and 84% until sw, pd, ob and fa came in at 70.8%, leaving 84.0%).
#[test]
fn on_the_unseen_test_split_it_does_no_worse_than_measured() {
    judge("test", 0.83, 0.04);
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
