//! SMART feedback as a practitioner meets it: one outcome in an otherwise complete plan
//! (tests/fixtures/plans/complete.json), checked with `cinplan::check`. Good outcomes
//! written as practitioners write them get no warning; weak ones do, and each warning
//! names what set it off and suggests a rewrite in the outcome's own words.

use chrono::NaiveDate;
use cinplan::plan::{Need, Plan};
use cinplan::report::{Finding, LetterVerdict, Report, Severity};

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn base() -> Plan {
    let p = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans/complete.json");
    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap()
}

/// Reading's complete plan (child Amira, starts 25 Sep 2026, reviewed next on 18 Dec 2026)
/// with its first outcome replaced, linked to one need with the text `need`.
fn check(child: &str, need: &str, description: &str, measure: &str) -> Report {
    check_plan(plan(child, need, description, measure))
}

fn plan(child: &str, need: &str, description: &str, measure: &str) -> Plan {
    let mut p = base();
    p.child.name = Some(child.to_string());
    p.needs = vec![Need { id: Some("n1".into()), description: Some(need.into()) }];
    p.outcomes.truncate(1);
    let o = &mut p.outcomes[0];
    o.needs = vec!["n1".into()];
    o.description = Some(description.into());
    o.measure = Some(measure.into());
    o.target_date = Some(d("2027-02-26"));
    p
}

fn check_plan(p: Plan) -> Report {
    cinplan::check(&p, cinplan::ruleset("reading").unwrap(), d("2026-11-22"))
}

/// Warnings and errors about the outcome.
fn flags(r: &Report) -> Vec<&Finding> {
    r.findings.iter().filter(|f| f.path.starts_with("outcomes.0") && f.severity != Severity::Info).collect()
}

fn about<'r>(r: &'r Report, rule: &str) -> &'r Finding {
    r.findings
        .iter()
        .find(|f| f.rule == rule && f.path.starts_with("outcomes.0"))
        .unwrap_or_else(|| panic!("no {rule}: {:#?}", r.findings))
}

fn letter<'r>(r: &'r Report, l: &str) -> &'r LetterVerdict {
    r.smart[0].letters.iter().find(|x| x.letter == l).unwrap()
}

fn show(r: &Report) -> Vec<String> {
    flags(r).iter().map(|f| format!("{}: {}", f.rule, f.message)).collect()
}

/// The SMART warnings and errors about the outcome, as `show` gives them.
fn smart_said(r: &Report) -> Vec<String> {
    show(r).into_iter().filter(|f| f.starts_with("smart.")).collect()
}

#[test]
fn observable_events_with_a_named_witness_or_record_are_not_flagged() {
    // The issue's four, each with a need it answers.
    let good = [
        (
            "Harvey (2) has fallen down the stairs twice",
            "The flat has a safety gate at the top of the stairs",
            "Seen fitted by the health visitor on her next visit",
        ),
        (
            "Tyler (7) has had no GP since the family moved",
            "Dad registers Tyler with a new GP",
            "The surgery confirms Tyler is on its list",
        ),
        (
            "The boiler is broken and the home has no heating",
            "The landlord repairs the broken boiler",
            "Seen working by the social worker at the next home visit",
        ),
        (
            "Tyler (7) lost his hearing aids in the summer",
            "Tyler receives his new hearing aids",
            "The audiology clinic letter confirms they were fitted",
        ),
        // "Have seen", and "no more" as none.
        (
            "Selin (18 months) pulled a kettle cord in the shared hostel kitchen and was burnt",
            "Mum will keep Selin strapped in her buggy whenever they are in the shared kitchen",
            "The hostel manager and the health visitor say they have seen Mum do this, and there are no more burns",
        ),
    ];
    for (need, description, measure) in good {
        let r = check("Tyler", need, description, measure);
        assert!(flags(&r).is_empty(), "{description} / {measure}: {:?}", show(&r));
        for l in ["S", "M", "R", "P"] {
            assert!(letter(&r, l).met, "{description}: {l} {:?}", letter(&r, l).reasons);
        }
    }
    // Their weak twins still are.
    let weak = [
        ("Harvey (2) has fallen down the stairs twice", "The flat is safer", "Ongoing"),
        ("Tyler (7) has had no GP since the family moved", "Dad registers Tyler with a new GP", "To be reviewed"),
        (
            "The boiler is broken and the home has no heating",
            "Housing issues to be addressed",
            "Social worker to monitor",
        ),
        ("Tyler (7) lost his hearing aids in the summer", "Tyler receives support with his hearing", "As appropriate"),
    ];
    for (need, description, measure) in weak {
        let r = check("Tyler", need, description, measure);
        assert!(!flags(&r).is_empty(), "{description} / {measure} passed");
    }
    // A parent's own word that she has checked is no record.
    let r = check(
        "Leo",
        "Leo (3) eats only crisps",
        "Leo eats a hot meal every day",
        "Mum says she has checked that Leo eats it",
    );
    assert!(!letter(&r, "M").met, "{:?}", letter(&r, "M").reasons);
}

#[test]
fn no_message_says_an_observable_event_cannot_be_counted_or_seen() {
    let weak = [
        ("Dad to engage with services", "Ongoing"),
        ("Tyler receives support", "SW to check at visits"),
        ("Improve Tyler's wellbeing", "As appropriate"),
        ("Tyler has new glasses", "To be reviewed"),
    ];
    for (description, measure) in weak {
        let r = check("Tyler", "Tyler (7) cannot see the board at school", description, measure);
        for f in &r.findings {
            let text = format!("{} {}", f.message, f.hint.as_deref().unwrap_or(""));
            assert!(!text.contains("something anyone can count or see"), "{text}");
            // Dates as people write them, never 2026-10-05.
            assert!(
                !text.as_bytes().windows(5).any(|w| w[4] == b'-' && w[..4].iter().all(u8::is_ascii_digit)),
                "{text}"
            );
        }
    }
}

#[test]
fn each_warning_names_the_word_or_gap_and_suggests_a_rewrite_in_the_outcomes_own_words() {
    // A specific outcome with no measure: the suggestion keeps the outcome as written, as
    // what is seen, with a record that can show it put first.
    let r =
        check("Rhys", "Rhys (10) is often late to school", "Rhys will arrive at school on time each day", "Ongoing");
    let m = about(&r, "smart.measurable");
    assert!(m.message.contains("“Ongoing”"), "{}", m.message);
    let hint = m.hint.as_deref().unwrap();
    // The school, not its register: a register shows attendance, but readers found it put
    // before clean clothes, a finished care plan and a phone handed in at 10pm.
    assert!(hint.contains("Try: 'The school confirms that Rhys arrives at school on time each day'"), "{hint}");
    // A record that cannot show it is not offered, nor a stock outcome in place of a specific
    // one: a clinic for new glasses, the school for reading at the level expected for her age,
    // drug tests for a 9pm curfew (an outcome about two things), a parenting course's
    // attendance for smacking.
    for (child, need, description) in [
        ("Safa", "Safa (9) cannot see the board since her glasses broke", "Safa has new glasses"),
        (
            "Hope",
            "Hope (7) reads at the level of a 4-year-old",
            "Hope will be reading at the expected level for her age",
        ),
        (
            "Esme",
            "Esme (15) drinks at weekends and comes home after midnight",
            "Esme does not drink alcohol and will be home by 9pm at weekends",
        ),
        (
            "Alfie",
            "Alfie (5) has tantrums and Mum sometimes smacks him",
            "Mum will use the praise and reward ideas from the parenting course with Alfie instead of smacking",
        ),
    ] {
        let r = check(child, need, description, "Ongoing");
        let hint = about(&r, "smart.measurable").hint.as_deref().unwrap_or("");
        assert_eq!(hint, "Name a number, a record such as a register or diary, or who will see it.", "{description}");
    }

    // A vague outcome: the word is named, and the suggestion is about this child and topic.
    let r = check(
        "Amira",
        "Amira (8) has tooth decay and has missed her dental appointments",
        "Improve attendance at health appointments",
        "Ongoing",
    );
    let s = about(&r, "smart.specific");
    assert!(s.message.contains("whose"), "no one named: {}", s.message);
    let hint = s.hint.as_deref().unwrap();
    assert!(hint.contains("Try: 'Amira") && hint.contains("appointment") && hint.contains("surgery"), "{hint}");
    // No stock outcome where readers found it wrong for most outcomes it was offered for:
    // school attendance (95% of days, for a child out of school for a year), a bedtime (for
    // a baby asleep on the sofa, or a boy of 13), a break from caring (for a child doing a
    // parent's personal care). The message still says what is missing.
    for (need, description) in [
        ("Amira (14) has not been to school since Year 7", "Improve attendance"),
        ("Amira (13) sleeps on the sofa most nights", "Improve sleep"),
        (
            "Amira (14) is a young carer for her dad, who is recovering from a stroke; she does his personal care before school",
            "Amira will be supported in her caring role",
        ),
    ] {
        let r = check("Amira", need, description, "Ongoing");
        let hint = about(&r, "smart.specific").hint.as_deref().unwrap_or("");
        assert!(hint.starts_with("Say what Amira will do") && !hint.contains("Try:"), "{description}: {hint}");
    }

    let r = check("Tyler", "Tyler (7) is late most days", "Mum to engage with school", "Ongoing");
    let s = about(&r, "smart.specific");
    assert!(s.message.contains("“engage”"), "{}", s.message);
    // No suggestion: school attendance is not lateness, and a suggestion is offered only
    // when it shares two words with the outcome or its need.
    assert!(s.hint.as_deref().unwrap().starts_with("Say what Mum will do"), "{:?}", s.hint);
    let p = about(&r, "smart.plainLanguage");
    // "engage with" is one term, with words that fit where it stood ("take part with school"
    // did not), and "engage" inside it is not named again.
    let p = p.hint.as_deref().unwrap();
    assert!(p.contains("“work with” instead of “engage with”") && !p.contains("take part"), "{p}");

    // An acronym is named, with the words to use instead.
    let r = check(
        "Kobe",
        "Kobe (15) was found with a knife in his bag",
        "Kobe completes the YJS knife crime programme",
        "His youth justice worker confirms all six sessions are done",
    );
    let p = about(&r, "smart.plainLanguage");
    assert!(p.message.contains("“YJS”"), "{}", p.message);
    assert!(p.hint.as_deref().unwrap().contains("“youth justice service” instead of “YJS”"), "{:?}", p.hint);
}

#[test]
fn words_inside_names_of_services_and_roles_are_not_vague() {
    let good = [
        (
            "Sami (11) falls behind in class",
            "Sami has a one-page profile from the Special Educational Needs Coordinator",
            "The coordinator confirms it is shared with all his teachers",
        ),
        (
            "Mum is isolated and low since the baby was born",
            "Mum has a named family support worker",
            "The family support worker's visit log",
        ),
        (
            "Dad drinks every day",
            "Dad has a key worker at the Drug and Alcohol Service",
            "The Drug and Alcohol Service confirms it in a letter",
        ),
        (
            "Mum has £2,400 of debts",
            "Mum has a debt plan from Citizens Advice",
            "Mum shows the social worker the Citizens Advice letter",
        ),
    ];
    for (need, description, measure) in good {
        let r = check("Sami", need, description, measure);
        assert!(flags(&r).is_empty(), "{description}: {:?}", show(&r));
    }
    // Nor in a meeting's name, even where the meeting is a service's work (reading 7).
    let r = check(
        "Finley",
        "Finley (15) is being exploited by older boys selling drugs",
        "A multi-agency risk management meeting will be held every month",
        "Minutes of each meeting",
    );
    assert!(flags(&r).iter().all(|f| f.rule != "smart.specific"), "{:?}", show(&r));
    assert!(!letter(&r, "R").met, "{:?}", show(&r));
    // The same words used by the practitioner are still vague.
    let r = check("Sami", "Dad drinks every day", "Dad to be supported with his needs", "Ongoing");
    let s = about(&r, "smart.specific");
    assert!(s.message.contains("“supported”") && s.message.contains("“needs”"), "{}", s.message);
}

/// Words of change with nothing concrete ("doing better", "improve things") are not specific
/// even when the measure can be checked: every labeller of the corpus judged so, and a
/// warning for them raised no false alarm there (an earlier round gave only advice).
#[test]
fn words_of_change_with_nothing_concrete_are_not_specific_even_with_a_checkable_measure() {
    let r = check(
        "Lily-Rose",
        "Mum's low mood affects how she cares for Lily-Rose",
        "Mum is doing better",
        "Mum scores herself 7 out of 10 or more on the scale at each visit",
    );
    let s = about(&r, "smart.specific");
    assert_eq!(s.severity, Severity::Warning);
    assert!(s.message.contains("“better”") && s.message.contains("not what will change"), "{}", s.message);
    assert!(!letter(&r, "S").met);
    // "Ruby's sleep" is a thing, not something anyone does: no anchor for "explore options".
    let r = check(
        "Ruby",
        "Ruby (5) wakes 4 or 5 times a night",
        "Mum will explore options around Ruby's sleep",
        "Sleep diary kept for four weeks and shared with the health visitor",
    );
    assert_eq!(about(&r, "smart.specific").severity, Severity::Warning, "{:?}", show(&r));
    // A change in something concrete is specific.
    let r = check(
        "Ruby",
        "Ruby (5) wakes 4 or 5 times a night",
        "Ruby's sleep improves: she wakes no more than once a night",
        "Sleep diary kept for four weeks and shared with the health visitor",
    );
    assert!(letter(&r, "S").met, "{:?}", letter(&r, "S").reasons);
    // With nothing to check it by, the same words are a warning.
    let r = check("Lily-Rose", "Mum's low mood affects how she cares for Lily-Rose", "Mum is doing better", "Ongoing");
    assert_eq!(about(&r, "smart.specific").severity, Severity::Warning);
    // Looking at a habit, or putting routines in place, names no change, however good the
    // measure.
    for (description, term) in [
        ("Mum's partner will look at his cannabis use", "look at his cannabis use"),
        ("Dad to put in place better routines for Jayce", "put in place better routines"),
    ] {
        let r = check(
            "Kelsey",
            "Mum's partner smokes cannabis in the flat and Kelsey (12) is late for school",
            description,
            "The head of year confirms Kelsey arrives on time every day for 6 weeks",
        );
        let f = about(&r, "smart.specific");
        assert!(f.message.contains(term), "{}", f.message);
    }
}

#[test]
fn an_outcome_about_a_services_own_work_is_not_relevant() {
    for description in [
        "SW to make a referral to the young carers service",
        "Refer Blessing to Young Carers",
        "Referral to be made to Young Carers",
        // "Family" is also the family, whose change an outcome may be; "family worker" is a
        // professional.
        "Family worker to complete a Young Carers referral and share the plan with all agencies",
        "The social worker will finish the family's assessment and share it with the nursery",
        "School will invite Blessing's parents to a meeting to agree a behaviour plan",
        // A professional arranging or writing is their work; children's social care and the
        // Special Educational Needs Coordinator are professionals.
        "The social worker will arrange for a young carers worker to meet Blessing",
        "The school nurse will write a care plan for Blessing with her teachers",
        "The Youth Justice Service and children's social care will hold a joint meeting",
        "The Special Educational Needs Coordinator will hold a meeting with Blessing's teachers",
    ] {
        let r =
            check("Blessing", "Blessing (13) cares for her mum and is late for school", description, "Referral made");
        let f = about(&r, "smart.relevant");
        assert_eq!(f.severity, Severity::Warning);
        // A change for Blessing that answers the need, if one fits: a young carer's break,
        // school; not a nursery place for a girl of 13 because the service named a nursery.
        let hint = f.hint.as_deref().unwrap();
        assert!(hint.contains("what will change for Blessing"), "{hint}");
        let tried = hint.split("Try: '").nth(1).unwrap_or("");
        assert!(!tried.contains("nursery"), "{description}: {hint}");
        assert!(tried.is_empty() || tried.starts_with("Blessing"), "{description}: {hint}");
        assert!(!letter(&r, "R").met);
    }
    // A service changing the child's circumstances is fine.
    let r = check(
        "Harper",
        "Harper (13) walks out of school when she is upset",
        "Harper's school gives her a pass to a quiet room she can use when she is upset",
        "The head of year records each time Harper uses it",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
}

#[test]
fn a_stated_wait_or_a_demand_for_perfection_is_not_achievable() {
    let need = "Zainab (14) is very anxious; the waiting time for therapy at the Child and Adolescent Mental Health Service is 18 months";
    let r = check(
        "Zainab",
        need,
        "Zainab has weekly therapy at the Child and Adolescent Mental Health Service",
        "The service confirms she has had 10 sessions",
    );
    let f = about(&r, "smart.achievable");
    assert!(f.message.contains("18 months") && f.message.contains("26 Feb 2027"), "{}", f.message);
    // The hint asks for the meantime and offers no outcome: "on the waiting list by the
    // review" was already true for most families whose need states the wait.
    let hint = f.hint.as_deref().unwrap();
    assert!(hint.starts_with("Set an outcome for the meantime") && !hint.contains("Try:"), "{hint}");
    // Something for the meantime is fine.
    let r = check(
        "Zainab",
        need,
        "Zainab sees the school counsellor every week while she waits",
        "The school counsellor confirms at least 8 sessions",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));

    let r = check(
        "Nadia",
        "Nadia (14) and Mum argue every day",
        "Nadia and Mum never argue",
        "Mum's diary, seen at each visit",
    );
    let f = about(&r, "smart.achievable");
    assert!(f.message.contains("“never argue”"), "{}", f.message);
    assert!(f.hint.as_deref().unwrap().contains("what they will do, rather than what must never"), "{:?}", f.hint);
}

#[test]
fn an_outcome_needing_longer_than_it_allows_or_asking_too_much_at_once_is_not_achievable() {
    // A wait stated in the need, as a year.
    let need = "Sami (11) needs his medicine reviewed, but the clinic has no appointments until 2028";
    let r = check("Sami", need, "Sami's medicine is reviewed at the clinic", "The clinic letter confirms the review");
    let f = about(&r, "smart.achievable");
    assert!(f.message.contains("until 2028") && f.path == "outcomes.0.targetDate", "{}", f.message);
    // Outcomes about something else, or for the meantime, are not held up by it.
    let r =
        check("Sami", need, "Sami takes his medicine every school morning", "The school nurse's chart shows each dose");
    assert!(flags(&r).is_empty(), "{:?}", show(&r));

    let r = check(
        "Esme",
        "Mum has a learning disability and finds the day hard to organise",
        "Mum keeps a daily diary of meals, sleep, moods, school, visitors, spending and medicines",
        "Mum shows the social worker the diary at each visit",
    );
    let f = about(&r, "smart.achievable");
    assert!(f.message.contains("7 different things"), "{}", f.message);
    // Three things in a list is one clear outcome.
    let r = check(
        "Corey",
        "Corey (13) and his mum fled to a refuge flat with no furniture",
        "Corey has a bed, a wardrobe and a desk in his room",
        "The social worker sees them in his room",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    // What is no demand of its own, whatever it says: why it is asked ("to learn about … and
    // how to …"), until when, the steps of one plan after a colon, an "and" inside a
    // service's name, the same demand put the other way ("…, not tell him off"), and what a
    // bracket explains.
    not_ruled_out(
        "Isla",
        "The facilitator and the school confirm it in writing each month",
        &[
            (
                "Dad's violence towards Mum has been witnessed by Isla (6); Dad has now left",
                "Mum will complete the Freedom Programme, 12 weekly sessions, to learn about abusive behaviour and how to keep herself and Isla safe",
            ),
            (
                "Mum has not been out of bed before midday for weeks; Isla (6) is often late for school",
                "Mum will see her GP about her low mood and start the treatment they agree, and Dad will do the school and nursery run until she is better",
            ),
        ],
    );
    not_ruled_out(
        "Alfie",
        "The health visitor and the school confirm it in writing each month",
        &[
            (
                "Alfie (6 weeks) cries for hours most evenings and Dad says he 'nearly lost it'",
                "Dad will follow a written crying plan: put Alfie down safely in his cot, leave the room for a few minutes to calm down, and ring his brother for help",
            ),
            (
                "Dad drinks up to 8 cans a day and has driven Alfie to school after drinking",
                "Dad will not drive Alfie anywhere; Mum or Gran will take Alfie to school, and Dad will start the Drug and Alcohol Service's programme",
            ),
        ],
    );
    not_ruled_out(
        "Tommy",
        "The school nurse checks the chart every three weeks",
        &[
            (
                "Tommy (7) has been soiling at school and Mum shouts at him",
                "Tommy will wear pants in the day and sit on the toilet after each meal, and Mum will praise him with a sticker, not tell him off, after an accident",
            ),
            (
                "Sienna (14) has been cutting her arms",
                "I will give my blades to the school nurse and use my safety plan, ringing my aunt or texting Shout (the free text line), when I feel like hurting myself",
            ),
        ],
    );
    // A list after "will:" or "three goals:" is still as many demands.
    let r = check(
        "Alfie",
        "Mum drinks most nights and the flat is too small",
        "Mum will work on three goals: stop drinking, stop smoking, find a new flat and get a job",
        "The social worker sees each of them by the review",
    );
    assert!(achievable_flag(&r).is_some_and(|f| f.message.contains("different things")), "{:?}", show(&r));
    let r = check(
        "Alfie",
        "Mum drinks most nights and the flat is too small",
        "Mum will: stop drinking, stop smoking, find a new flat and get a job",
        "The social worker sees each of them by the review",
    );
    assert!(achievable_flag(&r).is_some_and(|f| f.message.contains("4 different things")), "{:?}", show(&r));
    // At the start, "to learn how" is what is asked, and "manage" is still vague.
    let r = check("Leo", "Leo (4) has tantrums", "Mum to learn how to manage Leo's behaviour", "Ongoing");
    assert!(about(&r, "smart.specific").message.contains("“manage”"), "{:?}", show(&r));
}

#[test]
fn a_wait_a_start_date_or_a_ban_stated_in_the_need_past_the_target_is_not_achievable() {
    // Target 26 Feb 2027. Each need says when what the outcome asks for can first happen.
    for (need, description, measure, quoted) in [
        (
            "Mum speaks Somali and is on the waiting list for English classes at the college; the next free place is September 2027",
            "Mum will speak to Liban's teachers in English at parents' evening",
            "The form tutor confirms Mum spoke to each teacher",
            "next free place is September 2027",
        ),
        (
            "Mum has been told the only Somali-speaking parenting group in the city starts in September 2027",
            "Mum will finish the 10-week Somali-speaking parenting course",
            "Certificate from the course",
            "starts in September 2027",
        ),
        (
            "Dad's Personal Independence Payment appeal will not be heard until late 2027; the family owe £900 in rent",
            "Dad will receive Personal Independence Payment from his appeal",
            "The tribunal decision letter",
            "until late 2027",
        ),
    ] {
        let r = check("Charlie", need, description, measure);
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains(quoted), "{}", f.message);
    }
    // In an outcome "starts in" says when, not how long.
    let r = check(
        "Leo",
        "Leo (4) still wets himself every day; he starts in Reception in September 2027",
        "Leo will be dry in the day before he starts in Reception",
        "Mum's toileting chart, checked by the health visitor each month",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    // A phased return is not asked for at once.
    not_ruled_out(
        "Leo",
        "The school register shows the hours Leo is in school each week",
        &[(
            "Leo (9) has been on a part-time timetable at school since October",
            "Leo will be back in school full time by the review, adding an hour a day each week",
        )],
    );
}

#[test]
fn everyday_words_for_a_concrete_change_are_not_flagged() {
    for (child, need, description, measure) in [
        // "accessible" alone is vague; a wheelchair-accessible car is not.
        (
            "Brody",
            "The family's car is too small for Brody's (8) wheelchair, so he misses family outings",
            "The family will have a wheelchair-accessible car through the Motability scheme",
            "The Motability lease agreement shows the car",
        ),
        // A "supportive seat" is a thing the occupational therapist brings (reading 7).
        (
            "Phoebe",
            "Phoebe (2) cannot sit up on her own to eat",
            "Phoebe will have a supportive seat for meal times, provided by the occupational therapist",
            "The occupational therapist sees Phoebe using the seat at lunch",
        ),
        // "work on" is vague ("work on his behaviour"); work on the farm is a place and a job.
        (
            "Ted",
            "Ted (9) helps with lambing and milking before school, often from 5am, and falls asleep in class",
            "Ted will not work on the farm before school on school days",
            "Ted's teacher records any day he falls asleep in class",
        ),
        // So is work on a market stall (reading 7).
        (
            "Roxana",
            "Roxana (13) misses school on market days to help Dad",
            "Roxana will not miss school to work on the stall",
            "The school register shows Roxana in school on market days",
        ),
        // A PIN is as familiar as a GP.
        (
            "Bethany",
            "Bethany (16) has been giving her bank card to a 'boyfriend' she met online",
            "Bethany will keep her bank card and PIN to herself",
            "Bethany's bank statements, looked at each fortnight with Mum, show no cash taken out by anyone else",
        ),
        // Paying is money, and so is child maintenance.
        (
            "Mia",
            "Since the separation Dad has stopped paying anything towards the children",
            "Dad will pay child maintenance through the Child Maintenance Service every month",
            "Mum's bank statements show a maintenance payment arriving each month",
        ),
        // Becoming unwell is health, as a hospital stay is.
        (
            "Sienna",
            "Mum has bipolar disorder and was admitted to hospital in September",
            "If Mum becomes unwell again, Sienna will stay with Aunty Jade, as set out in a written family plan",
            "The signed family plan is kept at home and Aunty Jade confirms she has agreed",
        ),
        // A developmental delay is development, which Portage answers (reading 7 found "nothing
        // in common" with it).
        (
            "Umut",
            "Umut (2) has global developmental delay and Mum is struggling with his care in one room",
            "Mum will have a Portage worker visiting every week",
            "The Portage service's record of each visit",
        ),
    ] {
        let r = check(child, need, description, measure);
        assert!(flags(&r).is_empty(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn work_that_services_do_in_the_passive_is_not_a_change_for_the_family() {
    for (need, description) in [
        ("Logan (15) says he is bullied and refuses to go to school", "Logan's wishes and feelings to be explored"),
        ("Tia (11) hears domestic abuse at night", "Team Around the Family meetings to be held monthly"),
        ("Dad drinks heavily", "Dad's drinking to be holistically assessed by the alcohol service"),
        ("Ollie (3) has speech delay", "Speech and language therapy to be arranged"),
        // From the new parts' train outcomes: what services do to a case, a child's views or
        // a referral.
        ("Lexi (5) has been missing nursery", "The case will be stepped down to Early Help"),
        ("Logan (15) refuses to go to school", "Logan's wishes and feelings will be ascertained through direct work"),
        ("Logan (15) refuses to go to school", "The child's voice will be captured through direct work"),
    ] {
        let r = check("Logan", need, description, "Confirmed in writing by the service");
        let f = about(&r, "smart.relevant");
        assert_eq!(f.severity, Severity::Warning, "{description}");
        assert!(f.message.contains("be "), "names the words: {}", f.message);
        assert!(!letter(&r, "R").met, "{description}");
    }
    // Things done to the home are changes for the family.
    let r = check(
        "Logan",
        "The boiler is broken and the home has no heating",
        "Boiler to be repaired",
        "Seen working by the social worker at the next visit",
    );
    assert!(letter(&r, "R").met, "{:?}", letter(&r, "R").reasons);
    // "<professional> and <professional> to …" is their work too.
    let r = check(
        "Tomasz",
        "Tomasz's parents cannot read school letters in English",
        "School and Children's Services to have a joined-up approach",
        "The school confirms it in writing",
    );
    assert_eq!(about(&r, "smart.relevant").severity, Severity::Warning);
}

#[test]
fn an_outcome_with_nothing_in_common_with_its_need_gets_a_warning() {
    let r = check(
        "Jasmine",
        "Jasmine (17) is pregnant and has nothing ready for the baby",
        "Jasmine passes her driving theory test",
        "Jasmine shows the social worker her pass certificate",
    );
    // Words of an outcome's own that put it in a topic: a cooker is the home, not speech.
    let r2 = check(
        "Harper",
        "Harper (3) has a speech delay and Mum does not know how to help her talk",
        "Mum will get a new cooker fitted through the local welfare scheme",
        "Mum shows the new cooker at a visit",
    );
    assert!(about(&r2, "smart.relevant").message.contains("nothing in common"), "{:?}", show(&r2));
    let r2 = check(
        "Zainab",
        "The boiler is broken and the flat has had no heating since October",
        "Zainab goes to her weekly CAMHS sessions",
        "CAMHS confirms she has been to at least 6 sessions",
    );
    assert!(about(&r2, "smart.relevant").message.contains("nothing in common"), "{:?}", show(&r2));
    let f = about(&r, "smart.relevant");
    // A warning worded as a question ("seems", "check that it answers it"); README "SMART
    // analysis: how good is it" has the figures it was decided on.
    assert_eq!(f.severity, Severity::Warning, "{}", f.message);
    assert!(f.message.contains("seems to have nothing in common") && f.message.contains("pregnant"), "{}", f.message);
    assert!(f.message.contains("check that it answers it"), "{}", f.message);
    // No stock outcome from the need's topic instead: readers found it wrong for the need
    // in 8 of 12 ("a home safety check" for shouting and throwing).
    assert_eq!(f.hint.as_deref(), Some("Link it to the need it answers, or set one for this need."));
    assert_eq!(show(&r).len(), 1, "{:?}", show(&r));
    assert!(!letter(&r, "R").met);
    // The people an outcome names are not what it is about: a relative's own operation
    // does not answer a child's fighting because the relative is family.
    let r = check(
        "Kai",
        "Kai (12) has been excluded 3 times for fighting",
        "Kai's nan will have her cataract operation at the eye hospital",
        "Hospital discharge letter",
    );
    assert!(!letter(&r, "R").met, "{:?}", letter(&r, "R").reasons);
    // Outcomes that answer their need in other words: a related topic, or a word in common.
    for (need, description, measure) in [
        (
            "Mum's low mood means the children are often left to get their own meals",
            "Mum sees her GP and starts the talking therapy she is offered",
            "The therapist's letter confirms she goes to her sessions",
        ),
        (
            "Baby Isaac sleeps in the bed with Mum, who smokes",
            "Isaac sleeps in his own cot every night",
            "The health visitor sees the cot made up at each visit",
        ),
        (
            "Noah (2) is underweight and has dropped two centiles",
            "Noah has three meals and two snacks every day",
            "The health visitor weighs Noah every two weeks",
        ),
        (
            "Mum has no money for food by the end of each month",
            "Mum's Universal Credit is paid on time each month",
            "Mum shows the social worker her payment statements",
        ),
    ] {
        let r = check("Noah", need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
        assert!(!r.findings.iter().any(|f| f.rule == "smart.relevant"), "{description}");
    }
    for (child, need, description, measure) in [
        // The home and things in it say what an outcome is about; people do not.
        (
            "Jayden",
            "Jayden (4) sleeps on a sofa cushion on the floor of Mum's bedroom",
            "Jayden has his own bed with a mattress and bedding in the small bedroom",
            "Seen by the health visitor at her home visit",
        ),
        // "Reception" is school.
        (
            "Leyla",
            "Leyla (5) has missed 22 days of Reception, mostly Mondays and Fridays when Mum goes to her sister's",
            "Mum: 'I'll only visit my sister at weekends and in the holidays, so Leyla is at school every day.'",
            "The school register shows Leyla at 95% attendance from January to Easter",
        ),
        // Reading 8: a baby no one outside the home has seen is answered by the clinic;
        // clothes washed answer a child teased for how he smells.
        ("Kai", "Kai (8) is teased at school because he smells", "Mum washes Kai's clothes twice a week", "Ongoing"),
        (
            "Emmanuel",
            "Emmanuel (1) has not been seen by anyone outside the home since he was born",
            "Emmanuel goes to the baby clinic every month",
            "The health visitor records him weighed at the clinic each month",
        ),
    ] {
        let r = check(child, need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
    // Outside the home is the clinic only for someone not seen there: a job club does not
    // answer tooth decay.
    let r = check(
        "Ella",
        "Ella (2) has tooth decay and has never seen a dentist",
        "Mum goes to a job club outside the home twice a week",
        "The job club's register",
    );
    assert!(!letter(&r, "R").met, "{:?}", show(&r));
}

#[test]
fn a_need_about_a_child_being_hurt_is_not_answered_by_an_outcome_only_near_its_other_words() {
    // "School" and "brother" in the need are where and who, not what worries: a budgeting
    // course is near money, which is not near the bruises.
    let r = check(
        "Stanley",
        "Stanley (8) has been going to school with bruises he says are from his older brother",
        "Mum will complete a budgeting course with Citizens Advice",
        "A certificate of completion",
    );
    let f = about(&r, "smart.relevant");
    assert_eq!(f.severity, Severity::Warning, "{}", f.message);
    assert!(f.message.contains("bruises"), "{}", f.message);
    // An activity is near a child's own behaviour, not near being hit.
    let r = check(
        "Frankie",
        "Frankie (9) has been hit with a belt by Dad as a punishment",
        "Frankie will join the Cubs and go every Wednesday evening",
        "The Cubs leader confirms attendance each month",
    );
    assert!(!letter(&r, "R").met, "{:?}", letter(&r, "R").reasons);
    // What answers being hurt: parenting, safety, the adult's behaviour; and any outcome
    // in a topic the need itself names (school, when the bruises are seen at school).
    for (description, measure) in [
        (
            "Dad will use the calm-down plan from the parenting course instead of smacking",
            "Frankie tells the social worker at each visit that nobody has hit him",
        ),
        (
            "Frankie goes to school every day so staff can see he is safe",
            "The school register shows at least 95% attendance",
        ),
    ] {
        let r = check(
            "Frankie",
            "Frankie (9) has bruises from being hit by Dad; school noticed them",
            description,
            measure,
        );
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
    // A child's own hitting is his behaviour, not harm done to him; and a baby's bruise is
    // answered by being seen at nursery.
    for (need, description, measure) in [
        (
            "Leo (6) hits them when his brothers take his toys and has tantrums at bedtime",
            "Leo will go to the Beavers every week",
            "The Beavers leader's register",
        ),
        (
            "Baby Ava (8 months) had a bruise on her cheek that Mum could not explain; Mum is isolated and low",
            "Ava will go to nursery three days a week",
            "The nursery register",
        ),
    ] {
        let r = check("Leo", need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
}

#[test]
fn perfection_in_behaviour_is_not_achievable_but_a_safety_rule_is() {
    for (description, term) in [
        ("Lily is always polite to Mum", "always polite"),
        ("Ellie never has a tantrum at home or nursery", "never has a tantrum"),
        ("Josh is never late for school again", "never late"),
    ] {
        let r = check("Lily", "Lily (15) argues with Mum every night", description, "Mum's diary, seen at each visit");
        let f = about(&r, "smart.achievable");
        assert!(f.message.contains(term), "{}", f.message);
    }
    let r = check("Lily", "Lily (15) argues with Mum every night", "Lily will behave well all the time", "Mum's diary");
    assert!(about(&r, "smart.achievable").message.contains("all the time"), "{:?}", show(&r));
    for description in [
        "Maya always sleeps in her cot on her back",
        "Ben is always with an adult when Mum goes out",
        "Mum and Dad will bath Maya in a baby bath with an adult holding her all the time",
    ] {
        let r = check(
            "Maya",
            "Baby Maya sleeps on the sofa with Dad",
            description,
            "The health visitor sees it at each visit",
        );
        assert!(letter(&r, "A").met, "{description}: {:?}", letter(&r, "A").reasons);
    }
}

#[test]
fn a_wait_as_a_date_or_a_course_longer_than_the_time_allowed_is_not_achievable() {
    // A date: the earliest appointment (target 26 Feb 2027).
    let r = check(
        "Aaron",
        "Aaron (6) needs a wheelchair; the wheelchair service's earliest appointment is in March 2028",
        "Aaron has his own wheelchair",
        "The wheelchair service confirms it is delivered",
    );
    assert!(about(&r, "smart.achievable").message.contains("March 2028"));
    // The outcome's own course, its length in brackets (the plan starts 25 Sep 2026).
    let r = check(
        "Ethan",
        "Dad has been violent to Mum and Ethan (14)",
        "Dad completes the Caring Dads programme (26 weeks)",
        "The programme confirms he has finished it",
    );
    assert!(about(&r, "smart.achievable").message.contains("26 weeks"), "{:?}", show(&r));
    // A delay in a child's development is not a wait.
    let r = check(
        "Leo",
        "Leo (2) has a 6-month speech delay",
        "Leo says at least 20 new words",
        "The speech and language therapist counts them at her visit",
    );
    assert!(letter(&r, "A").met, "{:?}", letter(&r, "A").reasons);
    // A course that fits in the time is fine.
    let r = check(
        "Ethan",
        "Dad shouts at Ethan (14) and has agreed to a parenting course",
        "Dad completes the 10-week Triple P course",
        "The course leader confirms he went to at least 8 of the 10 sessions",
    );
    assert!(letter(&r, "A").met, "{:?}", letter(&r, "A").reasons);
    // A course in prison still takes its length; only a need's "until" for the release does
    // not hold up an outcome about prison (the limits test has "visits Dad in prison").
    let r = check_by(
        "2026-12-20",
        "Ethan",
        "Dad is in prison for hitting Mum; Ethan (14) is frightened he will come back",
        "Dad completes the 26-week domestic abuse programme in prison",
        "The prison's programme tutor confirms he finished it",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("26-week"), "{}", f.message);
}

/// Target `date` for the one outcome of `plan(...)`.
fn check_by(date: &str, child: &str, need: &str, description: &str, measure: &str) -> Report {
    let mut p = plan(child, need, description, measure);
    p.outcomes[0].target_date = Some(d(date));
    check_plan(p)
}

fn achievable_flag(r: &Report) -> Option<&Finding> {
    flags(r).into_iter().find(|f| f.rule == "smart.achievable")
}

#[test]
fn a_complete_or_big_change_in_a_few_weeks_or_a_large_debt_paid_off_at_once_is_not_achievable() {
    // Checked on 22 Nov 2026: 12 days left.
    let need = "Isabella (4) is still in nappies day and night";
    let soon = check_by("2026-12-04", "Isabella", need, "Isabella is fully toilet trained", "Nursery toileting record");
    let f = achievable_flag(&soon).unwrap_or_else(|| panic!("{:?}", show(&soon)));
    assert!(f.message.contains("“fully”") && f.message.contains("12 days"), "{}", f.message);
    assert!(f.message.contains("4 Dec 2026") || f.message.contains("4 December 2026"), "{}", f.message);
    // No suggestion on another subject: the development pattern ("says at least 20 new
    // words") is not one for toilet training.
    let hint = f.hint.as_deref().unwrap_or("");
    assert!(hint.contains("first step") && !hint.contains("words"), "{hint}");
    assert!(!letter(&soon, "A").met);
    // The same change with months to reach it is fine.
    let later =
        check_by("2027-06-30", "Isabella", need, "Isabella is fully toilet trained", "Nursery toileting record");
    assert!(achievable_flag(&later).is_none(), "{:?}", show(&later));

    // Changes that take months however hard a family tries: rehousing, a driving test,
    // stones of weight. In a few weeks they are flagged; by the summer they are not, and a
    // move out of the home (a decision, not a wait) never is.
    let need = "The family's flat is overcrowded and Lana (7) has no space to play";
    for description in [
        "The family will move to a new council house with a garden",
        "Mum will pass her driving test so she can take Lana to her appointments",
        "Mum will lose six stone so she can take Lana to the park",
        "Mum will find a new flat with a bedroom for Lana",
        "Dad will own his own home so Lana has space to play",
        "Lana will be back in a mainstream school full-time",
    ] {
        let soon = check_by("2026-12-22", "Lana", need, description, "Tenancy agreement");
        let f = achievable_flag(&soon).unwrap_or_else(|| panic!("{description}: {:?}", show(&soon)));
        assert!(f.message.contains("big change") && f.message.contains("30 days"), "{}", f.message);
        let later = check_by("2027-06-30", "Lana", need, description, "Tenancy agreement");
        assert!(achievable_flag(&later).is_none(), "{description}: {:?}", show(&later));
    }
    let out = check_by("2026-12-04", "Lana", need, "Mum's partner moves out of the family home", "Tenancy agreement");
    assert!(achievable_flag(&out).is_none(), "{:?}", show(&out));
    // A home already found is no change still to come.
    let found = check_by(
        "2026-12-22",
        "Lana",
        need,
        "Mum, who has found a new flat, will sign the tenancy and move in with Lana",
        "Tenancy agreement",
    );
    assert!(achievable_flag(&found).is_none(), "{:?}", show(&found));

    let need = "Mum gets £900 a month Universal Credit and owes £8,000 in rent arrears";
    let all =
        check("Tia", need, "Mum pays off all £8,000 of the rent arrears", "Rent statement showing a zero balance");
    let f = achievable_flag(&all).unwrap_or_else(|| panic!("{:?}", show(&all)));
    assert!(f.message.contains("“£8,000”"), "{}", f.message);
    // A repayment plan is achievable; so is a small debt.
    not_ruled_out(
        "Tia",
        "Rent statement from the council",
        &[
            (need, "Mum pays £50 a month towards the £8,000 rent arrears, as agreed with the council"),
            (need, "Mum pays off her £300 catalogue debt"),
        ],
    );
}

#[test]
fn never_again_is_perfection_and_a_visit_to_a_check_is_no_wait() {
    let r = check(
        "Kian",
        "Kian (8) hits his younger sister several times a day",
        "Kian will never hit his sister again",
        "Mum's incident diary",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("perfection"), "{}", f.message);
    // "Take … to her 2-year check" is a trip, not a wait of two years.
    not_ruled_out(
        "Lily-Mae",
        "The health visitor's letter confirms the check",
        &[(
            "Lily-Mae (2) says very few words and has not had her 2-year check",
            "Mum takes Lily-Mae to her 2-year check at the children's centre",
        )],
    );
}

#[test]
fn referrals_to_be_made_and_professionals_visiting_are_services_work() {
    for (need, description, measure) in [
        (
            "Oscar (7) soils himself at school most days",
            "A referral will be made for Oscar to see the school nurse",
            "School nurse confirms she has received it",
        ),
        (
            "Baby Ezra is not gaining weight",
            "The health visitor will see Ezra at home every month",
            "Health visitor's visit record",
        ),
        (
            "Mollie (2) is not yet walking",
            "The social worker will complete a full assessment of Mollie's needs",
            "Assessment signed by the team manager",
        ),
    ] {
        let r = check("Oscar", need, description, measure);
        let f = about(&r, "smart.relevant");
        assert_eq!(f.severity, Severity::Warning, "{description}");
        assert!(f.message.contains("what a service will do"), "{description}: {}", f.message);
    }
    // Asking to be referred is what a parent does (reading 9); being referred is not.
    let need = "Mum's depression means she sleeps in the day and Matilda (4) is left alone";
    let asks =
        "Mum will go to her GP and ask to be referred to Talking Therapies, and go to the sessions she is offered";
    let r = check("Matilda", need, asks, "GP letter and the Talking Therapies attendance record");
    assert!(letter(&r, "R").met, "{:?}", show(&r));
    let r = check("Matilda", need, "Mum to be referred to Talking Therapies", "GP letter");
    assert!(about(&r, "smart.relevant").message.contains("what a service will do"), "{:?}", show(&r));
}

#[test]
fn an_acronym_explained_once_is_plain_everywhere_in_the_outcome() {
    let r = check(
        "Amelia",
        "Mum has panic attacks and has not left the house for two months",
        "Mum will start Improving Access to Psychological Therapies (IAPT, the NHS talking therapy service) for her panic attacks",
        "IAPT confirms Mum's first appointment and how many sessions she has been to",
    );
    assert!(!flags(&r).iter().any(|f| f.rule == "smart.plainLanguage"), "{:?}", show(&r));
    // Not explained anywhere: still flagged.
    let r = check(
        "Amelia",
        "Mum has panic attacks and has not left the house for two months",
        "Mum will start IAPT for her panic attacks",
        "IAPT confirms Mum's first appointment",
    );
    assert!(flags(&r).iter().any(|f| f.rule == "smart.plainLanguage"), "{:?}", show(&r));
}

#[test]
fn a_suggested_rewrite_is_about_what_the_outcome_is_about_not_who_it_names() {
    // "Dad" is a family word, but this outcome is about money: the suggestion is too.
    let r = check(
        "Evan",
        "Dad's gambling has left the family in debt, with no money for food",
        "Dad will address things with his gambling",
        "Ongoing",
    );
    let f = about(&r, "smart.specific");
    assert!(f.message.contains("“address”"), "{}", f.message);
    // An outcome about time with Dad keeps a suggestion about time with family, whatever
    // its need is about.
    let r = check("Evan", "Dad drinks heavily at weekends", "Evan sees his dad every Saturday", "Ongoing");
    let hint = about(&r, "smart.measurable").hint.as_deref().unwrap_or("");
    assert!(!hint.contains("test"), "{hint}");
}

#[test]
fn an_outcome_the_familys_circumstances_rule_out_is_flagged_with_why() {
    let need = "Dad has no recourse to public funds because of his immigration status; the family live on Mum's wages";
    let r = check("Amir", need, "Dad will claim Universal Credit for the family", "Universal Credit statement");
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("may not be possible"), "{}", f.message);
    assert!(
        f.message.contains("“no recourse to public funds”") && f.message.contains("cannot usually claim"),
        "{}",
        f.message
    );
    // The suggestion is what such a family can do, not "pays the rent in full".
    let hint = f.hint.as_deref().unwrap_or("");
    assert!(hint.contains("Try: '") && hint.contains("no recourse to public funds team"), "{hint}");
    let need = "Mum is seeking asylum and lives on about £49 a week; she cannot afford Samira's uniform";
    let r = check("Samira", need, "Mum will get a part-time job and buy the uniform", "Payslips");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    not_ruled_out(
        "Samira",
        "The school confirms Samira is in uniform",
        &[
            // What the family can do, the same need: no flag.
            (need, "Mum will get Samira's uniform from the school's uniform bank"),
            // Not asked for: "will not look for paid work".
            (need, "Mum will not look for paid work until her asylum claim is decided, and will use the uniform bank"),
        ],
    );
    // A decision only the Home Office can make, by a date nobody knows.
    let need = "The family have waited more than two years for an asylum decision; Mum is very anxious";
    let r = check("Samira", need, "The family will be granted refugee status", "A letter from the Home Office");
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("“asylum decision”") && f.message.contains("Home Office"), "{}", f.message);
    // A status already granted, or a claim that is not an immigration one, is no decision
    // of the Home Office's to wait for.
    not_ruled_out(
        "Samira",
        "The letters, seen by the social worker",
        &[
            (
                "Mum was granted refugee status by the Home Office in June but lost the letter",
                "Mum will get a replacement refugee status letter and open a bank account",
            ),
            (
                "Mum now has leave to remain from the Home Office and has made a Universal Credit claim",
                "Mum's Universal Credit claim is approved and paid",
            ),
        ],
    );
    // Help the family can get meanwhile is no decision of anyone else's.
    not_ruled_out(
        "Samira",
        "The grant letter",
        &[(need, "Mum will be granted a school uniform grant from the council's welfare fund")],
    );
    // One person's limit, for an outcome that names them; not when it is done another way.
    ruled_out(&[
        (
            "Kayden",
            "Dad is serving a three-year sentence, with release expected in 2028; Kayden (6) misses him",
            "Dad will do Kayden's bedtime routine at home three nights a week",
            "The social worker sees it at each visit",
            "three-year sentence”",
        ),
        (
            "Kayden",
            "Dad has a learning disability and cannot read or write; he is Kayden's main carer",
            "Dad will fill in and return every school form himself",
            "The social worker sees it at each visit",
            "“cannot read or write”",
        ),
        (
            "Kayden",
            "Dad was banned from driving in September for drink-driving",
            "Dad will drive Kayden to his college taster days each Friday",
            "The social worker sees it at each visit",
            "“banned from driving”",
        ),
        (
            "Kayden",
            "Mum is having a caesarean in December and has been told not to lift for 6 weeks",
            "Mum will carry Kayden to and from the childminder every day",
            "The social worker sees it at each visit",
            "“told not to lift”",
        ),
        // Unsafe, not only slow: fits when he last stopped drinking.
        (
            "Kayden",
            "Dad drinks a litre of vodka a day and has had fits when he tried to stop before",
            "Dad will stop drinking and stay sober",
            "The social worker sees it at each visit",
            "“fits when he tried to stop”",
        ),
    ]);
    // A detox planned with a doctor is the way to stop: no warning for it.
    not_ruled_out(
        "Kayden",
        "The drug and alcohol service confirms each stage",
        &[(
            "Dad drinks a litre of vodka a day and has had fits when he tried to stop before",
            "Dad will stop drinking through a medically supervised detox",
        )],
    );
    let r = check(
        "Kayden",
        "Dad drinks a litre of vodka a day and has had fits when he tried to stop before",
        "Dad will stop drinking and stay sober",
        "Breath tests by the drug and alcohol service",
    );
    let hint = achievable_flag(&r).and_then(|f| f.hint.as_deref()).unwrap_or("");
    assert!(hint.contains("Try: 'Dad sees the GP or the drug and alcohol service to plan a detox"), "{hint}");
    not_ruled_out(
        "Kayden",
        "The social worker sees it at each visit",
        &[
            (
                "Dad is in prison until 2028; Kayden (6) cries at bedtime",
                "Mum will do Kayden's bedtime at home every night",
            ),
            (
                "Dad is in prison until 2028; Kayden (6) cries at bedtime",
                "Kayden will visit Dad in prison once a month with Nan",
            ),
            (
                "Dad is in prison until 2028; Kayden (6) cries at bedtime",
                "Dad will read Kayden a bedtime story on the prison phone every Sunday",
            ),
            (
                "Dad cannot read or write; he is Kayden's main carer",
                "Kayden's aunt will read Dad the school letters every Sunday",
            ),
            ("Dad was banned from driving in September", "Mum will drive Kayden to school every day"),
            // Learning what the limit is about is no demand that runs into it.
            (
                "Mum cannot drive and the family live 9 miles from the nursery",
                "Mum will start driving lessons in January",
            ),
            (
                "Dad cannot read or write; he is Kayden's main carer",
                "Dad will learn to write his name at the adult literacy class",
            ),
            ("Dad is in prison until March", "Dad will live with Kayden and Mum after his release"),
            ("Mum cannot read English", "Mum will read the school letters with an interpreter each week"),
            // Not in prison now, or never: released, a night in police custody, a custody
            // dispute, a suspended sentence.
            (
                "Dad was released from prison in August and now lives with Kayden and Mum",
                "Dad walks Kayden to school every morning",
            ),
            (
                "Mum and Dad are in a custody dispute at the family court",
                "Dad picks Kayden up from school every Wednesday, as the court order sets out",
            ),
            (
                "Dad is serving a suspended sentence and has a curfew from 7pm",
                "Dad does Kayden's bedtime routine at home every night",
            ),
            // The person is named, but someone else does it.
            (
                "Kayden misses his dad, who is in prison until 2028, and wets the bed",
                "Kayden sleeps dry at home at least five nights a week, with a photo of Dad by his bed",
            ),
            (
                "Mum has been told not to lift anything heavy for six weeks after her operation",
                "Nan lifts Kayden in and out of his cot each day while Mum recovers",
            ),
            (
                "Mum does not drive and the hospital is 20 miles away",
                "Mum arranges for Nan to drive Kayden to every clinic appointment",
            ),
            // Not a limit on reading: a child's level, a baby's cues.
            (
                "Kayden (7) cannot read or write at the level expected for his age",
                "Kayden practises writing his spellings each evening with Mum",
            ),
            (
                "Mum cannot read Kayden's cues when he is hungry or tired",
                "Mum writes down Kayden's feeds and sleeps each day in a diary",
            ),
            // A sentence is also what a child learns to say.
            ("Kayden (3) does not speak in sentences yet", "Kayden says a two-word sentence at bedtime at home"),
        ],
    );
    // A mixed-status family: the limit is Dad's, and Mum, who is British, can claim.
    let need = "Dad has no recourse to public funds, and Mum, who is British, thought this meant she could not claim";
    not_ruled_out(
        "Alfie",
        "The award letters for each claim",
        &[
            (need, "Mum will claim Child Benefit and Universal Credit"),
            (need, "Mum will claim Universal Credit in her own name"),
        ],
    );
    // But not when the need says the person has no such status.
    for (need, description) in [
        (
            "Dad has no recourse to public funds because he does not have settled status",
            "Dad will claim Universal Credit",
        ),
        (
            "Mum is seeking asylum and has no right to work while her claim is decided",
            "Mum will get a paid job in a cafe",
        ),
    ] {
        let r = check("Alfie", need, description, "The award letter or payslips");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
}

/// The reasons given for a letter, as one text.
fn reasons(r: &Report, l: &str) -> String {
    letter(r, l).reasons.join(" ")
}

#[test]
fn a_measure_that_only_repeats_the_outcome_is_not_a_measure_even_with_its_number() {
    let need = "Eden (9) has few friends and is lonely at school";
    let r = check("Eden", need, "Eden will join two after-school clubs", "Eden is in two after-school clubs");
    let f = about(&r, "smart.measurable");
    assert!(f.message.contains("only repeats the outcome"), "{}", f.message);
    // It has a number: the hint asks for a record, not a number.
    let hint = f.hint.as_deref().unwrap_or("");
    assert!(hint.starts_with("Name a record") && !hint.contains("Name a number"), "{hint}");
    // After-school clubs are an activity: not the school's register (and, with no record
    // that shares a word with "clubs", no suggestion: src/smart/rewrite.rs has how a
    // suggested measure says what is seen, not what will be).
    assert!(!hint.contains("school register"), "{hint}");
    assert!(reasons(&r, "M").contains("Only repeats the outcome"), "{}", reasons(&r, "M"));
    // The same amount with a record is a measure.
    let r = check("Eden", need, "Eden will join two after-school clubs", "The clubs' registers show Eden at two clubs");
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    // The outcome's own verbs in another form ("having", "done", "learnt") are still a repeat.
    for (description, measure) in [
        ("Leo will have breakfast before school every day", "Leo is having breakfast every morning"),
        ("Mum will do Millie's exercises with her every day", "Millie's exercises are done every day"),
        ("Jasmine will learn to cook five simple meals", "Jasmine has learnt to cook five meals"),
        ("Harriet will eat three meals a day at home with the family", "Harriet will be eating three meals a day"),
        (
            "Harrison will go to a sports club after school at least twice a week",
            "Harrison goes to a sports club twice a week",
        ),
    ] {
        let r = check("Leo", "Leo (6) is often hungry at school", description, measure);
        assert!(reasons(&r, "M").contains("Only repeats the outcome"), "{measure}: {}", reasons(&r, "M"));
    }
}

#[test]
fn records_families_and_workers_keep_are_measures_and_loose_words_are_not() {
    for measure in [
        "Urine screen results from the Drug and Alcohol Service",
        "Dental appointment card showing the date of the check-up",
        "Elijah shares screenshots with his youth worker",
        "Dad's payslips",
        "School's attendance printout given to Mum",
        "The speech and language therapist's progress report",
        "A signed licence agreement for supported lodgings",
        "A written house agreement signed by Reece, Mum and his stepdad",
        "The housing officer emails the social worker when the repairs are done",
        "The dentist writes to confirm the treatment is finished",
        "Mum and Gracie check her settings with the school's online safety officer in January",
        "The bed is in place when the social worker visits",
        // An education, health and care plan issued, received or amended is a document
        // anyone can see.
        "Mum receives the amended EHCP",
        "The final EHC plan is issued by the council",
        "The final education, health and care plan",
        // Records by another name (reading 7: "completed and uploaded" was said to name no
        // record): a note, a card, a sheet, a file, a report by who wrote it, a signature.
        "The assessment is completed and uploaded",
        "Visits recorded",
        "Each session logged",
        "Meetings minuted",
        "Assessment on file",
        "The delivery note from the baby bank",
        "His football club membership card",
        "Team sheets kept by the PE teacher",
        "The optician's report",
        "The plan signed off by the head teacher",
        // Reading 8: a flag on a system, a calendar, a reading assessment, the final plan, a
        // referral form.
        "A flag on the police system",
        "Dad keeps a calendar of the nights Lucy stays over",
        "School reading assessment",
        "The final plan from the council's special needs team",
        "Referral form sent",
        // Where the family lives, seen there.
        "The family support worker visits the family at their new address",
        "Weigh-in card from the slimming club",
        // What someone outside the family tells is theirs to tell.
        "The school tells the social worker that Lucy was there every day",
        "The family support worker who visits Mum tells the social worker that Lucy got to school",
    ] {
        let r = check("Lucy", "Lucy (8) misses school", "Mum gets Lucy to school by 8.45am every day", measure);
        assert!(letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
    // A record word with nothing recorded, nor anyone to keep it: not "recorded" alone, not
    // the sheets on a bed or a reward system.
    for measure in [
        "Signed",
        "Mum sees good results",
        "Lucy is calm when Dad visits",
        "As per EHCP",
        "His EHC plan",
        "Lucy's behaviour will be recorded",
        "Clean sheets on Lucy's bed",
        "Lucy is on a reward system at home",
        // A parent's own word is not a check (a code review of the fourteenth round).
        "Mum reports this is happening",
        "Mum tells her social worker that Lucy has been to school",
        "Dad told the social worker it went well",
        "Mum will tell the social worker that Lucy got to school",
        "Mum and Dad tell the social worker that Lucy got to school",
    ] {
        let r = check("Lucy", "Lucy (8) misses school", "Mum gets Lucy to school by 8.45am every day", measure);
        assert!(!letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
}

#[test]
fn services_at_work_together_are_not_a_change_for_the_family() {
    for description in [
        "School and the social worker will share information every week",
        "The Early Help worker will deliver 8 sessions of parenting work at home",
        "The social worker will speak to the school nurse and GP about Iris's soiling",
        "School will hold a meeting with Mum to discuss the soiling",
        "Police, school and the youth service will meet to share what they know about Iris",
        "Police, the school and the youth service will meet to share what they know about Iris",
        "Health visitor and nursery to talk monthly about Iris's soiling",
        "The Family Hub worker will visit every fortnight to check on Iris",
    ] {
        let r = check("Iris", "Iris (6) has been soiling at school and at home", description, "Case notes");
        let f = about(&r, "smart.relevant");
        assert!(f.message.contains("what a service will do"), "{description}: {}", f.message);
    }
    // "To be attended" is the family's doing.
    let r = check(
        "Iris",
        "Iris (3) misses most nursery sessions",
        "Nursery to be attended every weekday morning",
        "The nursery register",
    );
    assert!(!r.findings.iter().any(|f| f.message.contains("what a service will do")), "{:?}", show(&r));
}

#[test]
fn vague_words_are_named_and_concrete_phrases_are_not_vague() {
    let need = "Kieran (10) misses sport and swimming because he has no kit";
    let measure = "His class teacher sees him with his kit on sport days";
    for (description, term) in [
        ("Parents will meet Kieran's health needs", "“needs”"),
        ("Mum will improve home safety", "“home safety”"),
        ("Kieran will think about his kit", "“think about”"),
        ("Kieran will make healthier choices", "“choices”"),
        ("Mum will put better routines in place", "“put better routines in place”"),
        ("Mum will be more proactive about Kieran's kit", "“proactive”"),
        // "So much" opens no reason: what follows is still judged.
        ("Mum will be so much more consistent", "“consistent”"),
    ] {
        let r = check("Kieran", need, description, measure);
        assert!(reasons(&r, "S").contains(term), "{description}: {}", reasons(&r, "S"));
    }
    for description in [
        "Kieran has a sports kit, swimming things and school shoes that fit",
        "Dad blocks gambling sites on his phone, and Mum will manage the household money",
        "Dad will claim help with rent through Universal Credit",
        "Mum and Dad will both be confident to set up Kieran's overnight tube feed",
    ] {
        let r = check("Kieran", need, description, measure);
        assert!(letter(&r, "S").met, "{description}: {}", reasons(&r, "S"));
    }
}

#[test]
fn professional_words_are_named_and_known_acronyms_are_plain() {
    for term in [
        "dosette box",
        "parental capacity",
        "physical chastisement",
        "positive reinforcement",
        "attuned parenting",
        "consistent boundaries",
        "reachable moment",
    ] {
        let description = format!("Mum will use the {term} the worker showed her");
        let r = check("Josie", "Josie (2) has big tantrums", &description, "Mum's weekly diary of each tantrum");
        assert!(reasons(&r, "P").contains(&format!("“{term}”")), "{term}: {}", reasons(&r, "P"));
    }
    // "Safety plan" as a verb is the profession's; as a thing someone makes, it is plain.
    let r = check(
        "Josie",
        "Mum has seizures when alone with Josie (2)",
        "Mum will safety plan with Nan for when she has a seizure",
        "A written plan signed by Mum and Nan",
    );
    let f = about(&r, "smart.plainLanguage");
    assert!(
        f.hint.as_deref().unwrap().contains("“will make a safety plan” instead of “will safety plan”"),
        "{:?}",
        f.hint
    );
    let r = check(
        "Josie",
        "Mum has seizures when alone with Josie (2)",
        "Mum will make a safety plan with Nan for when she has a seizure",
        "A written plan signed by Mum and Nan",
    );
    assert!(letter(&r, "P").met, "{}", reasons(&r, "P"));
    let r = check(
        "Josie",
        "Mum has seizures when alone with Josie (2)",
        "Mum to stick to safety plan when she feels a seizure coming",
        "Nan's diary of each seizure",
    );
    assert!(letter(&r, "P").met, "{}", reasons(&r, "P"));
    for measure in [
        "Letters from HM Revenue and Customs confirming the payments",
        "CCTV at the entrance, checked by the housing officer",
    ] {
        let r = check("Riley", "Riley (4) has no money for food", "Nan will claim Child Benefit for Riley", measure);
        assert!(letter(&r, "P").met, "{measure}: {}", reasons(&r, "P"));
    }
}

#[test]
fn big_changes_soon_and_piles_of_jobs_are_not_achievable() {
    for (description, term) in [
        ("Mum will speak fluent English by the December review", "fluent"),
        ("Tyrone will be reading at the expected level for his age", "expected level"),
        ("Mum will be off methadone and all drugs by the next review", "off methadone"),
        ("The family will move into a settled home in the borough", "move into a settled home"),
        ("Maisie will be at a healthy weight", "healthy weight"),
        // Said as attending, not only as going back (readers found only "every day" flagged).
        ("Tyrone will attend school full time, every day, by the review", "attend school full time"),
        // Words between the kind of home and the home.
        ("The family will move into a settled long-term home in the borough", "move into a settled long-term home"),
        // An education, health and care plan takes about 20 weeks from the request.
        (
            "Tyrone will have a finished education, health and care plan naming a specialist school",
            "have a finished education",
        ),
    ] {
        let r = check_by("2026-12-14", "Tyrone", "The family needs help", description, "A letter confirms it");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains(&format!("“{term}")), "{}", f.message);
    }
    // Not big changes: a home the family has already, a step of a detox, a count of nights,
    // a job or a plan someone has already.
    for description in [
        "The family stay in their settled home and pay the rent each month",
        "Mum completes her 7-day home detox with the drug and alcohol service",
        "Kai sleeps through the night on at least 4 nights a week",
        "Dad will take Kai to breakfast club before his full-time job",
        "Mum will share Kai's final EHCP with his new school",
    ] {
        let r = check_by(
            "2026-12-14",
            "Kai",
            "Mum drinks two bottles of wine a day",
            description,
            "The service confirms it",
        );
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    // A complete change counts as too soon within five weeks (33 days here).
    let r = check_by(
        "2026-12-25",
        "Isabella",
        "Isabella (4) is in nappies",
        "Isabella is fully toilet trained",
        "Nursery toilet chart",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // A debt cleared at once; but clearing the garden and saving £1,000 is no debt.
    let need = "Mum and Dad live on benefits";
    let r =
        check_by("2026-12-14", "Tyrone", need, "Mum and Dad will clear all £2,000 of rent arrears", "Rent statement");
    assert!(achievable_flag(&r).is_some_and(|f| f.message.contains("“£2,000”")), "{:?}", show(&r));
    let r = check_by(
        "2026-12-22",
        "Tyrone",
        need,
        "Mum will clear the garden and save £1,000 towards a deposit",
        "Bank statement",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
    // Four jobs in one outcome, each with its own verb ("treat", "repaint", "cut", "find").
    for description in [
        "Mum will clear every room, deep clean the kitchen, treat the dog for fleas and repaint the house",
        "Kai will stop going missing, cut all contact with the older males, return to school and stop using cannabis",
        "Mum will deep-clean every room, get the children to school, find a job and clear her rent arrears",
    ] {
        let r = check("Kai", "The home is cluttered and Kai (14) misses school", description, "Seen at a home visit");
        assert!(reasons(&r, "A").contains("4 different things"), "{description}: {}", reasons(&r, "A"));
    }
    // Five jobs, two of them verbs no other list knew ("quit", "lose").
    let r = check(
        "Kai",
        "Dad drinks heavily and Kai (5) is often late to school",
        "Dad will give up drinking, quit smoking, lose weight, go to the gym five times a week and start a college course",
        "Seen at a home visit",
    );
    assert!(reasons(&r, "A").contains("5 different things"), "{}", reasons(&r, "A"));
    // A list is of short items: five services to go to and a course to start are six
    // things, and stay six with a bracket inside an item or after one; a sentence with many
    // commas is one thing said at length (reading 7 found "7 different things" for one
    // physiotherapy routine and for one seizure diary).
    let need = "Kai (4) has a long-term condition and misses his care at home";
    let measure = "The nurse checks the chart at each clinic visit";
    for description in [
        "Mum will take Kai to the dentist, the eczema clinic, the speech group, a parenting course and the GP every week, and start English classes",
        "Mum will take Kai to the GP, the dentist (Mr Patel), the eczema clinic, the speech group, the optician and the physio every week",
    ] {
        let r = check("Kai", need, description, measure);
        assert!(reasons(&r, "A").contains("6 different things"), "{description}: {}", reasons(&r, "A"));
    }
    for description in [
        "Mum will take Kai to the GP for his measles, mumps and rubella (MMR) jab and to the health visitor clinic for his check",
        "Mum will write down every time Kai has a seizure, with the time, what happened before, how long it lasted and what she did, in the diary the epilepsy nurse gave her",
        "Kai will do his chest physiotherapy every morning and evening with Mum or Dad, using the exercises, breathing device and timings the hospital physiotherapist showed them, and tick his chart each time",
    ] {
        let r = check("Kai", need, description, measure);
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // What a plan agreed with others says, "how she will…", "what Mum will…", is the plan's,
    // not more demands (reading 8 found "6 different things" for one safety agreement), and
    // so are the steps after a colon in such a plan; but a plan whose colon counts what
    // follows ("for the next three months:") lists demands.
    let need = "Keira (14) goes missing at weekends";
    let measure = "Mum's record of the times Keira comes home";
    for description in [
        "Keira will agree with Mum and her youth worker a plan for what time she comes home, who she can stay with, how she will let Mum know where she is, and what Mum will do if she is late, and will stick to it",
        "I will have a plan for when Mum comes round drunk: go to my room, text Nan, and ring the police if Mum tries to get in",
    ] {
        let r = check("Keira", need, description, measure);
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    let r = check(
        "Keira",
        need,
        "Mum will agree a plan for the next three months: stop drinking, find a job, move house, clear her arrears and start college",
        measure,
    );
    assert!(reasons(&r, "A").contains("6 different things"), "{}", reasons(&r, "A"));
    // A number just before the colon counts what follows; a routine's states do not count,
    // but what has been done, or another person's demand, does.
    for description in [
        "Mum will do these three: stop drinking, find a job, move house and go to college",
        "Dad has finished the Caring Dads course, moved out of Nan's, cut down his drinking and started work",
        "Mum will stop drinking, Ahmed will go to school every day, Dad will find a job and Nan will do the school run",
    ] {
        let r = check("Keira", need, description, measure);
        assert!(!letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // Six small things, or what a plan includes, are one outcome; so is a routine's every
    // state, one word between commas (reading 8).
    for description in [
        "Mum uses the bedtime routine every night: bath, story, milk, teeth, lights out at 7.30",
        "Mum uses the bedtime routine nightly: bath, story, milk, teeth, lights out at 7.30",
        "Mum will make sure that Kai is up, washed, dressed and has had his breakfast every morning",
        "Mum will meet a Women's Aid worker and make a safety plan, including who the children can call and where they can go",
    ] {
        let r = check("Kai", "Kai (4) has tantrums at bedtime", description, "Mum's chart, seen by the family support worker");
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // The parts of one routine, spelled out after "including" or "which is", are one
    // demand, however many; a new "will" after them starts the next demand.
    for (description, demands) in [
        ("Mum and Dad will follow the new bedtime routine every night, which is a bath at 7pm, a story, the weighted blanket on, the tablet turned off and lights off by 7.45pm", "1 thing asked"),
        ("Mum will put in place a bedtime routine for Kai which will include turning off the television at 7.30pm, a bath, a story and lights out at 8.30pm, and Mum will also ask the GP about his sleep", "2 things asked"),
        // "will also" is one join, not two.
        ("Mum will keep a bedtime routine, and will also ask the GP, and will also stop drinking", "3 things asked"),
        // What is spelled out stops at a new demand: "and will…", a verb after a comma or
        // "and", "; Dad will…".
        ("Mum will start a bedtime routine, including a bath, a story and lights out by 8pm, and will deep-clean every room, find a job and clear her rent arrears", "4 different things"),
        ("Mum will keep the house clean, which is important for Kai, and stop drinking, find a job and pay her rent arrears", "4 different things"),
        ("Mum will attend appointments such as the GP and dentist, stop drinking, find a job and clear her arrears", "4 different things"),
        ("Mum will keep a routine, including a bath; Dad will stop drinking, find a job, clear his arrears and fix the car", "4 different things"),
    ] {
        let r = check("Kai", "Kai (4) has tantrums at bedtime", description, "Mum's sleep diary, seen by the family support worker");
        assert!(reasons(&r, "A").contains(demands), "{description}: {}", reasons(&r, "A"));
    }
    // "So Rosa never misses a dose" is why, not a demand for perfection.
    let r = check(
        "Rosa",
        "Rosa (7) has epilepsy and Mum has run out of her medicine twice",
        "Mum will order Rosa's repeat prescription on the first of each month so Rosa never misses a dose",
        "The pharmacy's collection record",
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
}

#[test]
fn how_often_and_kinds_of_check_are_no_wait_but_a_stated_wait_is() {
    for (need, description) in [
        (
            "Rory (10) has not seen a dentist for 5 years",
            "Rory will have urgent dental treatment and then a check-up every 6 months",
        ),
        ("Rory (18 months) has not had his 1-year vaccinations", "Nan will take Rory for his 1-year vaccinations"),
        (
            "Rory (3 weeks) is jaundiced and sleepy",
            "Mum will wake Rory to feed at least every three hours, day and night",
        ),
    ] {
        let r = check_by("2026-12-31", "Rory", need, description, "The clinic's letter confirms it");
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    let r =
        check_by("2026-12-07", "Rory", "Rory (4) wets day and night", "Rory is dry day and night", "Nursery record");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    for (need, description, words) in [
        (
            "Dad has been violent to Mum and Ethan (14)",
            "Dad completes the 26-week domestic abuse programme",
            "26-week domestic abuse programme",
        ),
        (
            "Mum has severe anxiety. She has been referred to Talking Therapies, which has a nine-month waiting list.",
            "Mum will finish a 12-week course of talking therapy by February",
            "nine-month waiting list",
        ),
        (
            "Tobias (7) is waiting for an autism assessment; the waiting list is three years",
            "Tobias will get his autism diagnosis so school can put the right help in place",
            "autism assessment",
        ),
    ] {
        let r = check_by("2027-02-26", "Ethan", need, description, "A letter confirms it");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains(words), "{}", f.message);
    }
}

#[test]
fn a_term_inside_a_longer_one_is_named_once() {
    // "Seen by" and "seen" are the same words to a reader.
    let r = check(
        "Harvey",
        "Harvey (2) has fallen down the stairs twice",
        "A stair gate is fitted",
        "Seen by the health visitor",
    );
    let m = reasons(&r, "M");
    assert_eq!(m.matches("“").count(), 1, "{m}");
}

#[test]
fn a_measure_that_is_only_the_hope_again_or_an_unnamed_observation_says_nobody_will_know() {
    let need = "Mum drinks heavily at weekends, and Jack (9) and Ella (6) have been left alone at night twice";
    let description = "Mum will not leave Jack and Ella alone at home at any time";
    for measure in ["No further incidents.", "Through observation."] {
        let r = check("Jack", need, description, measure);
        assert!(!letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
        assert!(flags(&r).iter().any(|f| f.rule == "smart.measurable"), "{measure}: {:?}", show(&r));
    }
    // The same words with someone who keeps the count or does the observing.
    for measure in [
        "No further incidents in the police call-out log, checked by the social worker each month",
        "Observation by the family support worker at each weekly visit",
        "Nan's observation notes from her evening visits",
    ] {
        let r = check("Jack", need, description, measure);
        assert!(letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
    // A planner on the fridge is a record, a nurse weighing a child a witness.
    let r = check(
        "Dexter",
        "Dexter (9) weighs 58kg and gets out of breath walking to school. Mum buys takeaways most nights.",
        "The family will eat a home-cooked meal together at least five nights a week",
        "Mum's meal planner on the fridge, and the school nurse weighing Dexter in January and April",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
}

#[test]
fn a_wait_stated_after_what_is_waited_for_and_years_of_catching_up_in_weeks_are_not_achievable() {
    // "the waiting list" is the wait for what the clause before names.
    let r = check_by(
        "2027-03-31",
        "Archie",
        "Archie (6) has very disturbed sleep. The paediatrician has referred him for an autism assessment; the waiting list is currently 22 months.",
        "Archie will have an autism diagnosis by March, so Mum can apply for Disability Living Allowance",
        "The child development centre sends Mum a letter with the outcome of the assessment",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("22 months"), "{}", f.message);
    // Years behind, caught up in a few weeks (checked on 22 Nov 2026).
    for (need, description) in [
        (
            "Jaden (10) reads at the level of a six-year-old and gets into fights when he is teased",
            "Jaden will be reading at the level expected for his age",
        ),
        (
            "Keira (15) has not been to school for two years and is very anxious outside the house",
            "Keira will catch up on all her GCSE subjects",
        ),
        (
            "Marcus (14) reads at the level of a 7-year-old and is falling behind in all his subjects",
            "Marcus will read at his age level",
        ),
        (
            "Leila (6) has cerebral palsy and walks only with a frame; she cannot manage the stairs at home",
            "Leila will walk on her own without her frame, including up the stairs at home",
        ),
    ] {
        let soon =
            check_by("2026-12-14", "Jaden", need, description, "The school's reading test and teachers' reports");
        assert!(achievable_flag(&soon).is_some(), "{description}: {:?}", show(&soon));
        // With the rest of the plan to do it in, it is a fair aim.
        let later =
            check_by("2027-09-30", "Jaden", need, description, "The school's reading test and teachers' reports");
        assert!(achievable_flag(&later).is_none(), "{description}: {:?}", show(&later));
    }
}

#[test]
fn a_young_parents_group_answers_a_need_about_caring_for_a_baby() {
    // Paige is the child of the plan, so her name in both is no common ground.
    let r = check(
        "Paige",
        "Paige (16) has a 4-week-old baby, Rio, and is finding it hard to tell when he is hungry or unwell",
        "Paige will go to the young parents' group at the family hub every Wednesday with Rio",
        "The family hub register shows Paige and Rio there at least three Wednesdays a month",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
}

#[test]
fn evidence_as_a_verb_is_professional_jargon() {
    let r = check(
        "Harry",
        "Dad's flat is dirty; the kitchen has mouldy food. Harry (6) stays with him every weekend.",
        "Dad will evidence that the kitchen is cleaned every day",
        "The family support worker sees the kitchen clean at her weekly visit",
    );
    let p = about(&r, "smart.plainLanguage");
    assert!(p.message.contains("will evidence"), "{}", p.message);
    assert!(p.hint.as_deref().unwrap_or("").contains("will show"), "{:?}", p.hint);
    // As a noun it is an everyday word.
    let r = check(
        "Harry",
        "Dad's flat is dirty; the kitchen has mouldy food. Harry (6) stays with him every weekend.",
        "Dad will clean the kitchen every day",
        "The family support worker's photos at her weekly visit are the evidence",
    );
    assert!(!flags(&r).iter().any(|f| f.rule == "smart.plainLanguage"), "{:?}", show(&r));
}

#[test]
fn safely_after_a_concrete_task_is_not_vague() {
    let r = check(
        "Mila",
        "Mila (10 months) has a feeding tube through her nose and pulls it out most nights; Mum takes her to hospital each time",
        "Mum and Dad will learn to replace Mila's nose tube safely at home",
        "The children's community nurse signs off both parents as trained",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    assert!(letter(&r, "S").met, "{}", reasons(&r, "S"));
}

#[test]
fn the_hope_again_with_a_witness_and_a_count_of_review_appointments_are_measures() {
    let need = "Mum drinks heavily at weekends, and Jack (9) and Ella (6) have been left alone at night twice";
    let description = "Mum will not leave Jack and Ella alone at home at any time";
    for measure in [
        "Police report no further call-outs to the house",
        "No further incidents reported by the school",
        "Nan sees no further incidents",
        "Family support worker's observations of play during home visits",
        "Nursery staff observations",
    ] {
        let r = check("Jack", need, description, measure);
        assert!(letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
    // Appointments counted are a measure of appointments kept (but not of Mum not leaving
    // the children alone: going cannot show that).
    let kept = "Mum will not miss Jack's asthma reviews, and Dad will not miss his drug tests";
    for measure in [
        "Jack goes to all his review appointments at the asthma clinic",
        "Dad attends all drug monitoring appointments",
    ] {
        let r = check("Jack", need, kept, measure);
        assert!(letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
    // A date after "by" is no one who observes; "as observed" names no one either; a
    // parent weighing formula is no check.
    for measure in ["Through observation by March", "As observed.", "Mum weighing the powder correctly"] {
        let r = check("Jack", need, description, measure);
        assert!(!letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
}

#[test]
fn a_wait_that_names_its_own_service_does_not_hold_up_what_is_done_meanwhile() {
    for (need, description, measure) in [
        (
            "Ruby (9) is anxious about school and sees the school nurse weekly; the waiting list for CAMHS is 14 months.",
            "Ruby will see the school nurse every week and use her worry box at home",
            "The school nurse's record of Ruby's sessions",
        ),
        (
            "Leo (4) has decay in most of his teeth; the earliest NHS dentist appointment is in 7 months.",
            "Mum will brush Leo's teeth twice a day and swap his juice for water",
            "The health visitor checks the brushing chart at each visit",
        ),
        (
            "Mum takes antidepressants from her GP; the wait for talking therapy is 9 months.",
            "Mum takes her antidepressants every day, as her GP prescribed",
            "The GP confirms each prescription was collected",
        ),
    ] {
        let r = check_by("2027-03-31", "Ruby", need, description, measure);
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    // "The wait for an assessment" is the wait for what the clause before names.
    let r = check_by(
        "2027-03-31",
        "Kieran",
        "Kieran (8) may have ADHD; the wait for an assessment is two years, and school are struggling with his behaviour.",
        "Kieran will have an ADHD diagnosis and medication in place by March",
        "The paediatrician's letter",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
}

#[test]
fn everyday_aims_for_a_childs_age_or_walking_are_not_big_changes() {
    // Checked on 22 Nov 2026, due 14 Dec 2026: three weeks.
    for (need, description) in [
        (
            "Ruby (2) missed her 1-year jabs",
            "Ruby will have all the vaccinations expected for her age, with the health visitor going with Mum",
        ),
        (
            "Noah (3 months) is not gaining weight; his feeds are watered down",
            "Mum will make up Noah's bottles with the amount of milk expected for his age",
        ),
        ("Jay (4) has missed his boosters and MMR", "Jay will catch up on all his missed immunisations at the GP"),
        (
            "Sophie (11) is anxious about travelling to school",
            "Sophie will walk on her own to the bus stop and catch the school bus each morning",
        ),
        (
            "Ruby (5) was found alone on the main road",
            "Ruby will not walk on her own near the main road; Mum or Nan will hold her hand",
        ),
        (
            "Leila (6) has cerebral palsy and walks only with a frame",
            "Leila will practise standing without her frame for 10 seconds, three times a day, with Mum",
        ),
    ] {
        let r = check_by("2026-12-14", "Ruby", need, description, "The health visitor sees it at her visit");
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    let r = check_by(
        "2026-12-24",
        "Leila",
        "Leila (6) has cerebral palsy and walks only with a frame",
        "Leila will walk unaided by Christmas",
        "Her physiotherapist records her walking at a home visit",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
}

#[test]
fn caring_for_a_child_safely_is_vague_but_a_reason_after_so_that_is_not_the_change() {
    for description in ["Mum will care for Ruby safely", "The children will be safely cared for at home"] {
        let r = check(
            "Ruby",
            "Ruby (3) has been found alone in the flat twice",
            description,
            "The social worker sees Ruby at each visit",
        );
        assert!(!letter(&r, "S").met, "{description}: {}", reasons(&r, "S"));
    }
    let r = check(
        "Darcy",
        "Darcy (7) uses a wheelchair and cannot get through the hallway, which is full of bags and boxes",
        "The hallway and stairs will be clear of bags and boxes so that Darcy can be happier at home",
        "The social worker sees the hallway clear at each visit",
    );
    assert!(letter(&r, "S").met, "{}", reasons(&r, "S"));
}

#[test]
fn a_length_while_someone_is_in_prison_is_not_a_course_but_a_wait_for_a_course_still_is() {
    let need = "Dad is in prison and Mia (6) misses him";
    for description in [
        "Dad will record a bedtime story for Mia each month through the prison's Storybook Dads programme for the 2 years he is in prison",
        "Mia will go to the prison's family visits group with Nan every month throughout the 3 years of Dad's sentence",
    ] {
        let r = check_by("2027-03-31", "Mia", need, description, "The prison's family worker confirms it each month");
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    let r = check_by(
        "2027-03-31",
        "Mia",
        "Dad is in prison until 2028 for hitting Mum. Mum has been referred to the Freedom Programme; the waiting list is 9 months.",
        "Mum will complete the Freedom Programme before Dad comes out of prison",
        "The Freedom Programme certificate",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("9 months"), "{}", f.message);
}

#[test]
fn an_invitation_to_a_meeting_as_an_order_or_in_the_passive_is_a_services_task() {
    for description in [
        "Invite Mum and Dad to a school meeting to agree a morning plan",
        "Mum and Dad will be invited to a school meeting to agree a morning plan",
    ] {
        let r = check("Sami", "Sami (8) has been hitting other children at playtime", description, "Meeting notes");
        assert!(!letter(&r, "R").met, "{description}: {}", reasons(&r, "R"));
    }
    // With a change of the family's own in the same sentence, it is the family's outcome too.
    let r = check(
        "Kayla",
        "Kayla (8) is late for school most days",
        "The school will invite Mum to a meeting and Mum will go and agree a morning plan",
        "The meeting notes, and the register shows Kayla on time 9 days in 10",
    );
    assert!(letter(&r, "R").met, "{}", reasons(&r, "R"));
    // A family's own invitation is their change.
    let r = check(
        "Kayla",
        "Kayla (12) has no friends outside school and stays in her room",
        "Kayla will invite a friend home for tea once a fortnight",
        "Mum's diary of the visits, seen by the social worker",
    );
    assert!(letter(&r, "R").met, "{}", reasons(&r, "R"));
}

#[test]
fn evidence_with_each_modal_gets_the_plain_words_for_that_modal() {
    for (modal, plain) in
        [("can", "can show"), ("should", "should show"), ("must", "must show"), ("and Mum", "show that")]
    {
        let r = check(
            "Harry",
            "Dad's flat is dirty; the kitchen has mouldy food. Harry (6) stays with him every weekend.",
            &format!("Dad {modal} evidence that the kitchen is cleaned every day"),
            "The family support worker sees the kitchen clean at her weekly visit",
        );
        let p = about(&r, "smart.plainLanguage");
        assert!(p.hint.as_deref().unwrap_or("").contains(plain), "{modal}: {:?}", p.hint);
    }
}

/// The rewrite a warning about `rule` suggests ("Try: '…'").
fn suggestion<'r>(r: &'r Report, rule: &str, field: &str) -> &'r str {
    let f = flags(r)
        .into_iter()
        .find(|f| f.rule == rule && f.path.ends_with(field))
        .unwrap_or_else(|| panic!("no {rule} at {field}: {:?}", show(r)));
    let hint = f.hint.as_deref().unwrap_or("");
    let from = hint.find("Try: '").map(|i| i + 6).unwrap_or_else(|| panic!("no rewrite: {hint}"));
    &hint[from..hint.rfind('\'').unwrap()]
}

#[test]
fn a_suggested_rewrite_taken_as_offered_is_not_warned_about_again() {
    // A long wait in the need: an outcome for the meantime is not held up by the wait it is
    // about.
    let need = "Jayden (8) may be autistic; the local autism assessment waiting list is two years";
    let tried = "Jayden is on the waiting list by 14 Dec 2026, as a letter from the service confirms";
    let r = check("Jayden", need, tried, "The diagnosis letter");
    assert!(letter(&r, "A").met, "{tried}: {:?}", show(&r));
    // But an outcome that only names the list is still held up by it.
    let r = check("Jayden", need, "Jayden comes off the waiting list and has his assessment", "Diagnosis letter");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));

    // A measure in the outcome's own words, with a witness put first, only if that is a
    // measure: not "The clinic or surgery confirms that Sienna's diabetes is better controlled".
    let r = check(
        "Sienna",
        "Sienna (12) has Type 1 diabetes and her blood sugar is often too high",
        "Sienna's diabetes is better controlled",
        "Better control of diabetes",
    );
    let hint = about(&r, "smart.measurable").hint.as_deref().unwrap_or("");
    assert!(!hint.contains("better controlled"), "{hint}");
    // A habit is seen over visits, not at the next one.
    let r = check(
        "Harry",
        "The kitchen is dirty and has mouldy food; Harry (6) has had stomach bugs",
        "Mum will keep the kitchen clean",
        "Ongoing",
    );
    let tried = suggestion(&r, "smart.measurable", "measure");
    assert_eq!(tried, "On home visits the social worker sees that Mum keeps the kitchen clean");

    // A service's work: nothing from the service's topic (health appointments, for "school
    // nurse"); nor the stock "has a written safety plan" readers found given to toddlers and
    // to the parent who was violent (readings 1 to 3).
    let r = check(
        "Musa",
        "Musa (13) has seen domestic abuse at home",
        "School nurse to refer Musa to the domestic abuse service for a safety plan",
        "Referral made",
    );
    let hint = about(&r, "smart.relevant").hint.as_deref().unwrap_or("");
    assert!(hint.contains("what will change for Musa") && !hint.contains("Try:"), "{hint}");
    // For a baby asleep on the sofa with Dad, neither health appointments nor a bedtime.
    let r =
        check("Musa", "Dad fell asleep with baby Musa on the sofa", "Health visitor to deliver safe sleep advice", "");
    let hint = about(&r, "smart.relevant").hint.as_deref().unwrap_or("");
    assert!(!hint.contains("Try:"), "{hint}");
}

#[test]
fn perfection_is_flagged_in_each_field_that_asks_for_it_and_no_allowed_amount_of_harm_is_offered() {
    let r = check(
        "Shay",
        "Shay (9) hits and swears at Mum when he is told no",
        "Shay never hits, shouts, swears or slams doors, at home or at school",
        "No incidents at all recorded by Mum or the school",
    );
    // Both at once: mending the description does not bring up the measure next.
    let at: Vec<&str> = flags(&r).iter().filter(|f| f.rule == "smart.achievable").map(|f| f.path.as_str()).collect();
    assert!(at.contains(&"outcomes.0.description") && at.contains(&"outcomes.0.measure"), "{at:?}");
    // "Never" is not made an allowed amount: readers found "Mum will raise her voice to the
    // children no more than once a week" set, in a plan the family reads, how often a child
    // may be shouted at; the hint asks for what they will do instead.
    for (child, need, description) in [
        (
            "Shay",
            "Shay (9) hits and swears at Mum when he is told no",
            "Shay never hits, shouts, swears or slams doors",
        ),
        ("Kian", "Kian (8) hits his little sister", "Kian will never hit his sister again."),
        (
            "Ellie",
            "Mum shouts at Ellie (9) and her brothers most days",
            "Mum will never raise her voice to the children",
        ),
        ("Nadia", "Nadia (15) and Mum argue every night and twice it became physical", "Nadia and Mum never argue"),
        (
            "Adi",
            "Dad drinks most evenings and falls asleep when he is caring for Adi (4)",
            "Dad will never drink again.",
        ),
        // Where a stock quota once fitted ("no more than one angry outburst a week", offered
        // nowhere since the fifteenth round), nothing is offered for "never" either.
        ("Kai", "Kai (8) has angry outbursts at home and hits his sister", "Kai never has angry outbursts at home"),
    ] {
        let r = check(child, need, description, "Mum's diary, seen by the family support worker");
        let f = about(&r, "smart.achievable");
        assert!(f.message.contains("“never") || f.message.contains("“Never"), "{description}: {}", f.message);
        let hint = f.hint.as_deref().unwrap();
        assert!(hint.contains("what they will do") && !hint.contains("Try:"), "{description}: {hint}");
        assert!(flags(&r).iter().all(|f| !f.hint.as_deref().unwrap_or("").contains("no more than")), "{description}");
    }
}

#[test]
fn three_sessions_a_month_is_how_often_not_how_long() {
    // Due in four weeks: "a month" is how often she goes, not a course of a month's length.
    let r = check_by(
        "2026-12-18",
        "Ruby",
        "Ruby (11) is lonely and has no friends outside school",
        "Ruby goes to at least 3 sessions a month at the youth club",
        "The youth club's register",
    );
    assert!(letter(&r, "A").met, "{:?}", show(&r));
    // A course's own length still counts.
    let r = check_by(
        "2026-12-18",
        "Ruby",
        "Ruby (11) is lonely and has no friends outside school",
        "Ruby goes to the youth club's group for 3 months",
        "The youth club's register",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
}

#[test]
fn a_suggestion_on_another_subject_is_not_offered_and_one_suggestion_is_offered_once() {
    // Two people reviewing the suggestions (README "Suggested rewrites") found most
    // patterns picked on one word: a clean, warm home for a girl learning the stairs, a bedtime
    // for nappy rash, breakfast for a girl who needs a seat. None rather than those.
    for (child, need, description, wrong) in [
        (
            "Leila",
            "Leila (6) has cerebral palsy and walks only with a frame",
            "Leila will be helped with the stairs at home",
            "clean, warm and safe",
        ),
        (
            "Phoebe",
            "Phoebe (2) cannot sit up on her own",
            "Phoebe's needs at meal times will be addressed",
            "breakfast",
        ),
        ("Emmanuel", "Emmanuel (1) has severe nappy rash", "Emmanuel's nappy rash gets better", "8pm"),
    ] {
        let r = check(child, need, description, "Better");
        let hints: Vec<&str> = flags(&r).iter().filter_map(|f| f.hint.as_deref()).collect();
        assert!(!hints.is_empty(), "{description}: {:?}", show(&r));
        assert!(hints.iter().all(|h| !h.contains(wrong)), "{description}: {hints:?}");
    }
    // When the outcome and the need are about the same thing, the pattern is offered, once
    // (not again under each letter it fails).
    let r = check("Jacob", "Mum is £900 behind with the rent", "Mum to engage with the rent arrears", "Ongoing");
    let tries: Vec<&str> = flags(&r).iter().filter_map(|f| f.hint.as_deref()?.split("Try: '").nth(1)).collect();
    assert_eq!(tries.len(), 1, "{:?}", show(&r));
    assert!(tries[0].starts_with("Mum pays the rent in full every month"), "{tries:?}");
    // "each parent" inside a sentence, "Each parent" at the start of one.
    let r = check(
        "Harley",
        "Harley (7) has epilepsy and sometimes misses his tablets",
        "Parents will ensure medication compliance",
        "Ongoing",
    );
    let hint = about(&r, "smart.specific").hint.as_deref().unwrap_or("");
    assert!(hint.contains("Say what each parent") && !hint.contains("what Each"), "{hint}");
}

#[test]
fn messages_say_which_field_and_what_to_write_and_a_date_problem_is_reported_once() {
    // A word only in the measure: the message says so, so it is looked for there. A word in
    // both is named once, on the description, which says the measure has it too (readers
    // found the second warning for the same word noise).
    let r = check(
        "Kai",
        "Kai (8) has been left alone at home in the evenings",
        "Kai is looked after by an adult every evening, as the CIN plan says",
        "The CIN review hears from the IDVA that Kai was never left alone",
    );
    let plain: Vec<&Finding> = flags(&r).into_iter().filter(|f| f.rule == "smart.plainLanguage").collect();
    let at =
        |field: &str| plain.iter().find(|f| f.path.ends_with(field)).unwrap_or_else(|| panic!("{field}: {plain:?}"));
    let (description, measure) = (&at("description").message, &at("measure").message);
    assert!(description.starts_with("Outcome 1 uses words"), "{description}");
    assert!(description.contains("Its measure also uses “CIN”."), "{description}");
    assert!(measure.starts_with("Outcome 1's measure uses words a family may not know: “IDVA”."), "{measure}");
    // One word is named once, even when two entries of the word list find it.
    assert_eq!(plain.iter().map(|f| f.message.matches("“CIN”").count()).sum::<usize>(), 2, "{plain:?}");
    assert_eq!(description.matches("“CIN”").count(), 2, "{description}");
    // Only in the measure, it is named there.
    let r =
        check("Kai", "Kai (8) has been left alone", "Kai is with an adult every evening", "The CIN review hears it");
    let plain: Vec<&Finding> = flags(&r).into_iter().filter(|f| f.rule == "smart.plainLanguage").collect();
    assert!(plain.len() == 1 && plain[0].path.ends_with("measure"), "{plain:?}");
    assert_eq!(plain[0].message.matches("“CIN”").count(), 1, "{plain:?}");
    // An acronym cinplan does not know: write it out, not "the words in full" instead of it.
    let r = check(
        "Kai",
        "Kai (8) needs help getting dressed",
        "Kai is dressed for school by 8am with help from the PBS worker",
        "The PBS worker confirms it",
    );
    let hint = about(&r, "smart.plainLanguage").hint.as_deref().unwrap_or("");
    assert!(hint.contains("“PBS” written out in full") && !hint.contains("the words in full"), "{hint}");

    // A target date on the day the plan starts (25 Sep 2026): the engine's error, with a
    // hint, and no second warning saying it again in other words; the letter says why.
    let r = check_by(
        "2026-09-25",
        "Kai",
        "Kai (8) has been left alone at home",
        "Kai is with an adult every evening",
        "Nan's diary",
    );
    let dated: Vec<&str> =
        flags(&r).iter().filter(|f| f.path.ends_with("targetDate")).map(|f| f.rule.as_str()).collect();
    assert_eq!(dated, ["outcomes.target-date"], "{:?}", show(&r));
    let f = flags(&r).into_iter().find(|f| f.rule == "outcomes.target-date").unwrap();
    assert!(f.hint.as_deref().is_some_and(|h| h.contains("typed correctly")), "{:?}", f.hint);
    assert!(letter(&r, "T").reasons.join(" ").contains("not after the plan starts"), "{:?}", letter(&r, "T").reasons);
    // With no date at all, the hint does not speak of "the date given".
    let mut p = plan("Kai", "Kai (8) has been left alone at home", "Kai is with an adult every evening", "Nan's diary");
    p.outcomes[0].target_date = None;
    let r = check_plan(p);
    let f = flags(&r).into_iter().find(|f| f.rule == "outcomes.target-date").unwrap();
    // Nor of a date before the start (readings 8 and 9 found it where there was no date).
    assert!(
        f.hint.as_deref().is_some_and(|h| !h.contains("date given") && !h.contains("before the start")),
        "{:?}",
        f.hint
    );
    assert!(!show(&r).join(" ").contains("only 0 days"), "{:?}", show(&r));

    // An outcome linked to no need: the hint speaks of the plan's needs, not of an id.
    let mut p = plan("Kai", "Kai (8) has been left alone at home", "Kai is with an adult every evening", "Nan's diary");
    p.outcomes[0].needs.clear();
    let r = check_plan(p);
    let f =
        flags(&r).into_iter().find(|f| f.rule == "outcomes.need-linked").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.hint.as_deref().is_some_and(|h| !h.contains("n1") && h.contains("need")), "{:?}", f.hint);
}

#[test]
fn no_whole_change_is_offered_as_a_first_step_and_no_waiting_list_where_there_is_none_to_join() {
    // Stopping at once, in days, after years of drinking: the hint asks for a first step and
    // does not offer the whole change again ("a negative test at every weekly appointment").
    let r = check_by(
        "2026-12-04",
        "Zac",
        "Mum drinks a litre of vodka a day and has had fits when she tried to stop",
        "Mum will stop drinking completely",
        "Breath tests at the drug and alcohol service",
    );
    let hint = achievable_flag(&r).and_then(|f| f.hint.as_deref()).unwrap_or("");
    assert!(hint.starts_with("Set a first step") && !hint.contains("negative test"), "{hint}");
    // Already on the list: being put on it is no step; the hint asks for the meantime.
    let need = "Summer (10) is anxious; she is on a 14-month waiting list for the children's mental health service";
    let r = check(
        "Summer",
        need,
        "Summer will have weekly therapy with the children's mental health service",
        "Therapist's record",
    );
    let hint = achievable_flag(&r).and_then(|f| f.hint.as_deref()).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(hint.starts_with("Set an outcome for the meantime") && !hint.contains("on the waiting list by"), "{hint}");
    // A course of the outcome's own longer than the time it allows has no list to be put on
    // ("Dad is on the waiting list" for a 30-week programme, with no wait anywhere).
    let r = check_by(
        "2026-12-31",
        "Bella",
        "Dad has hit Bella's (6) mum and Bella has seen it",
        "Dad will complete the 30-week Caring Dads programme",
        "Certificate from the programme",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    let hint = f.hint.as_deref().unwrap_or("");
    assert!(f.message.contains("30-week") && !hint.contains("waiting list"), "{}: {hint}", f.message);
}

#[test]
fn words_in_the_name_of_an_event_or_a_team_or_an_address_are_not_vague() {
    // "review" in a medication review, "options" in the housing options team, "address" in
    // a new address: not the vague words they are on their own.
    let r = check(
        "Jakub",
        "Jakub (8) has ADHD and Dad forgets to collect his prescription",
        "Dad collects Jakub's ADHD medicine from the pharmacy every month",
        "The children's clinic confirms Jakub went to his next medication review",
    );
    assert!(letter(&r, "M").met, "{:?}", letter(&r, "M").reasons);
    let r = check(
        "Senait",
        "Senait (1) and Mum are in one room in a hostel",
        "Mum has an appointment with the housing options team by 14 December",
        "The housing options team's letter",
    );
    assert!(letter(&r, "S").met, "{:?}", letter(&r, "S").reasons);
    let r = check(
        "Kai",
        "Kai (8) has moved and school do not know where he lives",
        "Mum gives the school Kai's new address by Friday",
        "The school office confirms it has the new address",
    );
    assert!(letter(&r, "S").met, "{:?}", letter(&r, "S").reasons);
    // What a plan will name is the plan's: "the support he needs" in an EHCP (reading 8).
    let r = check(
        "Harvey",
        "Harvey (8) has autism and struggles in class",
        "Harvey will have an education, health and care plan naming the support he needs in class",
        "The plan is issued by the council's special needs team",
    );
    assert!(letter(&r, "S").met, "{:?}", letter(&r, "S").reasons);
    // "the address" is a place too, and a support plan is a named document.
    let r = check(
        "Finley",
        "Finley (15) has been missing five times since September",
        "Mum gives the police the address of every friend Finley stays with",
        "The police missing person log shows the addresses",
    );
    assert!(letter(&r, "S").met, "{:?}", letter(&r, "S").reasons);
    let r = check(
        "Daisy",
        "Daisy (11) has dyslexia and is refusing to go into English lessons",
        "Daisy goes to every English lesson with the reading pen her support plan names",
        "The school register shows Daisy in every English lesson",
    );
    assert!(letter(&r, "S").met, "{:?}", letter(&r, "S").reasons);
    // On their own they still are.
    let r =
        check("Kai", "Kai (8) is often late to school", "Mum will address Kai's lateness", "To be discussed at review");
    assert!(!letter(&r, "S").met && !letter(&r, "M").met, "{:?}", show(&r));
}

#[test]
fn services_and_plans_practitioners_name_say_what_an_outcome_is_about() {
    // A reader found these flagged as having nothing in common with their need.
    for (child, need, description) in [
        (
            "Tyrone",
            "Tyrone (13) has been caught with cannabis at school and spends time with older boys known to police",
            "Tyrone goes to the YOT prevention sessions every week",
        ),
        ("Layla", "Dad has been violent to Mum and Layla (5) has seen it", "Dad goes to all 24 sessions of the DVPP"),
        (
            "Toby",
            "Toby (11) has been on a timetable of two hours a day since September",
            "Toby is back on a full timetable",
        ),
        ("Umut", "Umut (2) has global developmental delay", "Mum takes Umut to Portage every week"),
        ("Sami", "Sami (14) is autistic and out of school", "Sami has an EHC plan naming a specialist place"),
    ] {
        let r = check(child, need, description, "The worker's register, seen at each review");
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
    // Words practitioners use for drugs, bedwetting, coming home, speech therapy and a
    // disabled child's parking: each of these was told it had nothing in common with its
    // need. (A measure with no topic of its own, so that the description's words decide.)
    for (child, need, description) in [
        (
            "Sonny",
            "Dad uses ketamine and has looked after Sonny (2) while under its effects",
            "Dad to go to the substance misuse service every week",
        ),
        (
            "Mikey",
            "Mikey (9) wets the bed and Dad says it is just a phase",
            "Dad takes Mikey to every enuresis clinic appointment",
        ),
        ("Kayden", "Kayden, 14, stays out late and has been reported missing 5 times.", "Kayden to come home on time."),
        (
            "Leo",
            "Leo (4) has very little speech for his age",
            "Mum will do the SALT programme with Leo for 10 minutes a day.",
        ),
        (
            "Jack",
            "Jack (8) has cerebral palsy and the family cannot park near the hospital",
            "Mum applies for a Blue Badge for Jack",
        ),
    ] {
        let r = check(child, need, description, "Checked at each visit by the family worker");
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
}

#[test]
fn a_warning_on_a_target_date_is_left_out_only_where_the_procedures_rule_said_the_same() {
    // After the plan's expected end (the procedure's warning) and with nothing due before the
    // review (SMART's): two different things, both reported.
    let mut p = plan(
        "Kai",
        "Kai (8) is late for school most days",
        "Kai arrives at school by 8:45 every day",
        "The school register",
    );
    p.outcomes[0].target_date = Some(d("2027-06-30"));
    for a in &mut p.outcomes[0].actions {
        a.due = Some(d("2027-01-15"));
    }
    let r = check_plan(p);
    let dated: Vec<&str> =
        flags(&r).iter().filter(|f| f.path.ends_with("targetDate")).map(|f| f.rule.as_str()).collect();
    assert_eq!(dated, ["outcomes.within-duration", "smart.timebound"], "{:?}", show(&r));
}

#[test]
fn plain_words_fit_where_the_term_stood_and_a_longer_term_is_named_once() {
    let r = check(
        "Kobe",
        "Kobe (15) was found with a knife in his bag",
        "Safeguarding concerns are reduced through direct work sessions with the YOS, as per the TAC plan",
        "Contextual safeguarding meeting notes",
    );
    let plain: Vec<&Finding> = r.findings.iter().filter(|f| f.rule == "smart.plainLanguage").collect();
    let desc = plain.iter().find(|f| f.path.ends_with("description")).unwrap().hint.as_deref().unwrap();
    // The whole term, with words that read in its place; not also the shorter term inside it.
    for (term, plain) in [
        ("Safeguarding concerns", "worries about the children's safety"),
        ("direct work sessions", "sessions with the worker"),
        ("YOS", "youth justice service"),
        ("as per", "as set out in"),
        ("TAC", "team around the child (the workers helping the family)"),
    ] {
        assert!(desc.contains(&format!("“{plain}” instead of “{term}”")), "{term}: {desc}");
    }
    assert!(!desc.contains("instead of “Safeguarding”") && !desc.contains("instead of “direct work”"), "{desc}");
    let meas = plain.iter().find(|f| f.path.ends_with("measure")).unwrap();
    assert_eq!(meas.message.matches("safeguarding").count(), 1, "{}", meas.message);

    // An acronym that is a topic's name says what the outcome is about: CCE is exploitation.
    let r = check("Rhys", "Rhys (14) is being exploited", "Rhys to be safeguarded from CCE", "Police log");
    assert!(!r.findings.iter().any(|f| f.rule == "smart.relevant"), "{:?}", show(&r));
    let hint = about(&r, "smart.plainLanguage").hint.as_deref().unwrap();
    assert!(hint.contains("“kept safe” instead of “safeguarded”"), "{hint}");

    // "Mum and Dad will…" is about both parents: the hint does not name Mum alone.
    let r = check(
        "Macy",
        "Macy (20 months) comes back from Dad's unwashed and hungry",
        "Mum and Dad will sort things out between them for Macy",
        "Mum and Dad both write in a handover book, checked by the family support worker",
    );
    let hint = about(&r, "smart.specific").hint.as_deref().unwrap();
    assert!(hint.starts_with("Say what each parent will do"), "{hint}");
    // Not Mum and Nan: Nan is not a parent.
    let r = check(
        "Macy",
        "Macy (20 months) comes back from Dad's unwashed and hungry",
        "Mum and Nan will sort things out between them for Macy",
        "Nan writes in a handover book, checked by the family support worker",
    );
    let hint = about(&r, "smart.specific").hint.as_deref().unwrap();
    assert!(!hint.contains("each parent"), "{hint}");
}

#[test]
fn an_outcome_that_says_the_child_has_been_referred_is_still_held_up_by_the_wait() {
    // "has been referred" says where things stand, not a step for the meantime: the
    // diagnosis still waits 22 months. (A code review found this let through when
    // referral words were read as "while waiting".)
    let r = check(
        "Archie",
        "Archie (6) sleeps badly and may be autistic; the waiting list for an autism assessment is 22 months",
        "Archie has been referred and will have an autism diagnosis by March",
        "The diagnosis letter",
    );
    let f = about(&r, "smart.achievable");
    assert!(f.message.contains("long wait"), "{}", f.message);
    assert!(f.hint.as_deref().unwrap().starts_with("Set an outcome for the meantime"), "{:?}", f.hint);
}

#[test]
fn what_a_message_quotes_and_says_is_what_the_practitioner_wrote_and_needs() {
    // The perfection quoted whole: "100%", not "100".
    let r = check(
        "Reuben",
        "Reuben (12) goes to school 20 minutes a week",
        "Reuben will have 100% attendance",
        "The school register",
    );
    let f = flags(&r).into_iter().find(|f| f.rule == "smart.achievable").unwrap();
    assert!(f.message.contains("(“100%”)"), "{}", f.message);
    // A measure naming who checks, but not what they look for, is told that, not that it
    // names no one.
    let r = check(
        "Mohammed",
        "Mohammed (9) speaks little English",
        "Mohammed's English improves",
        "His teacher assesses his English",
    );
    let m = about(&r, "smart.measurable");
    assert!(m.message.contains("it says who will check, not what they will count or see"), "{}", m.message);
    assert!(m.hint.as_deref().unwrap().starts_with("Say what they will count or see"), "{:?}", m.hint);
    // Two terms that overlap ("to evidence that"): the first one's words, once.
    let r = check(
        "Zara",
        "Zara (6) misses school",
        "Mum to evidence that Zara goes to school",
        "The school register shows 90% attendance",
    );
    let p = about(&r, "smart.plainLanguage").hint.as_deref().unwrap();
    assert!(p.contains("“to show” instead of “to evidence”") && !p.contains("evidence that"), "{p}");
    // "S47 enquiry" is one term: not "child protection enquiry enquiry"; "abstinent from
    // cocaine" is "not using cocaine"; "a multi-agency approach" a joint one.
    let r = check(
        "Zara",
        "Zara (6) has bruises",
        "Mum is abstinent from cocaine after the S47 enquiry, with a multi-agency approach",
        "Hair strand test results",
    );
    let p = about(&r, "smart.plainLanguage").hint.as_deref().unwrap();
    for (plain, term) in
        [("child protection enquiry", "S47 enquiry"), ("not using", "abstinent from"), ("joint", "multi-agency")]
    {
        assert!(p.contains(&format!("“{plain}” instead of “{term}”")), "{term}: {p}");
    }
    // Two acronyms of one entry are each named: mending "DV" does not bring up "DA" next.
    let r = check(
        "Kai",
        "Kai (8) has seen DV at home",
        "Mum goes to the DA group and the DV course",
        "The group's register",
    );
    let p = about(&r, "smart.plainLanguage").hint.as_deref().unwrap();
    assert!(p.contains("instead of “DA”") && p.contains("instead of “DV”"), "{p}");
}

#[test]
fn what_new_writers_showed_the_checker_missed_or_flagged_wrongly() {
    // Corpus parts a and b (twelfth round), and what a code review of the round found.
    // A score of 10 out of 10 asked for is perfection; a lower one, or the top of a scale
    // a measure describes, is not.
    let need = "Mum has severe postnatal depression and Ezra (4 months) is often left to cry";
    let r = check(
        "Ezra",
        need,
        "Mum will no longer be depressed, scoring her mood 10 out of 10",
        "Mum's mood score with the health visitor at each visit",
    );
    assert!(about(&r, "smart.achievable").message.contains("10 out of 10”"), "{:?}", show(&r));
    for measure in [
        "The health visitor's record of Mum's score at each visit",
        "Mum's score at each visit, on a scale where 0 out of 10 is very low and 10 out of 10 is very good",
    ] {
        let r = check("Ezra", need, "Mum scores her mood at least 6 out of 10 with the health visitor", measure);
        assert!(flags(&r).is_empty(), "{measure}: {:?}", show(&r));
    }
    // A social worker chasing a panel is the service's work.
    let r = check(
        "Mehmet",
        "Mehmet (15) was permanently excluded in October and has no school place",
        "The social worker will chase the Fair Access Panel to get Mehmet a school place",
        "Panel minutes show Mehmet's case was heard",
    );
    assert!(about(&r, "smart.relevant").message.contains("chase"), "{:?}", show(&r));
    // An age ("his 14-year-old uncle", "14 year old") is not a wait, even with "until" after it.
    for age in ["14-year-old", "14 year old"] {
        let r = check(
            "Ted",
            &format!("Ted (6) is sometimes left with his {age} uncle until Nan gets back from her shift"),
            "Nan and Mum will change their shift days so that one of them is always at home with Ted overnight",
            "Nan's and Mum's rotas, shown to the family support worker each month, show no nights when both are at work",
        );
        assert!(flags(&r).iter().all(|f| f.rule != "smart.achievable"), "{age}: {:?}", show(&r));
    }
    // "sort out", "redecorate" and "come off" are demands of their own; "out of reach" is none.
    let r = check(
        "Lola",
        "Lola (2) is underweight and Mum is in debt",
        "Mum will clear her debt, redecorate the flat, sort out her benefits and come off her tablets",
        "Bank statements, the benefits letter and a letter from the GP",
    );
    assert!(about(&r, "smart.achievable").message.contains("asks for 4 different things"), "{:?}", show(&r));
    let r = check(
        "Frankie",
        "Frankie (2) has swallowed tablets left on the kitchen side",
        "Mum will fit a stair gate, keep her tablets and cleaning products out of reach and put a guard on the fire",
        "The health visitor sees the gate, the locked cupboard and the fireguard at her next visit",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    // A measure that says the outcome again and adds "ongoing" is still no measure; one that
    // "improves from 60% to 90%" says by how much.
    let r = check(
        "Leon",
        "Leon (7) has asthma and often misses his preventer inhaler",
        "Mum will give Leon his brown preventer inhaler every morning and evening",
        "Leon has his inhaler every morning and evening - ongoing",
    );
    assert!(!letter(&r, "M").met, "{:?}", show(&r));
    assert!(about(&r, "smart.measurable").path.ends_with("measure"), "{:?}", show(&r));
    let r = check(
        "Jay",
        "Jay (9) is in school on 60% of days",
        "Jay will go to school every day",
        "Jay's attendance improves from 60% to 90%, as the school register shows",
    );
    assert!(letter(&r, "M").met, "{:?}", show(&r));
}

#[test]
fn a_suggestion_keeps_the_grammar_and_the_person_of_the_outcome() {
    // Each verb joined on by "and" agrees with the person, as the first does (four train
    // outcomes were offered "Mum books … and take him"); after "will not" it stays as it is.
    for (description, said) in [
        (
            "Mum will book Finley a dentist appointment and take him",
            "Mum books Finley a dentist appointment and takes him",
        ),
        ("Mum will set an alarm and get Finley to school by 8.45am every day", "and gets Finley to school"),
        (
            "Mum and Dad will book Finley a dentist appointment and take him",
            "Mum and Dad book Finley a dentist appointment and take him",
        ),
    ] {
        let r = check("Finley", "Finley (6) has toothache and has never seen a dentist", description, "As required");
        let hint = about(&r, "smart.measurable").hint.as_deref().unwrap();
        assert!(hint.contains(said), "{description}: {hint}");
    }
    // "And be" agrees whatever follows it (reading 10 was offered "goes to school 5 days a
    // week and be in different lessons").
    let r = check(
        "Bella",
        "Bella (13) was put on a part-time timetable after fights with another girl; she is in 3 days a week",
        "Bella will go to school 5 days a week and be in different lessons from the other girl",
        "School to feed back at the next review",
    );
    let hint = about(&r, "smart.measurable").hint.as_deref().unwrap();
    assert!(hint.contains("goes to school 5 days a week and is in different lessons"), "{hint}");
    // Not an adjective or what the child does: a code review found "clean and tidies" and
    // "Mum helps Finley get dressed and gets to school".
    for (description, kept) in [
        ("Mum will keep the flat warm and clean", "warm and clean'"),
        ("Mum will keep the flat clean and tidy every day", "and tidy every day"),
        ("Mum will help Finley get dressed and get to school by 8.45am every day", "and get to school"),
        ("Mum will ask Finley to pack his bag the night before and get to school by 8.45am", "and get to school"),
    ] {
        let r = check(
            "Finley",
            "Finley (6) is often late for school and the flat is cold and dirty",
            description,
            "As required",
        );
        let hint = about(&r, "smart.measurable").hint.as_deref().unwrap();
        assert!(!hint.contains("Try:") || hint.contains(kept), "{description}: {hint}");
    }
    // A service's task that names who is to take part is told of an outcome for them: "Early
    // Help will refer Mum to a parenting course" is Mum going to it, not the child.
    let r = check(
        "Tilly",
        "Mum finds Tilly's (4) tantrums hard to manage and shouts at her",
        "Early Help will refer Mum to a parenting course",
        "Referral sent and acknowledged by the course provider",
    );
    let hint = about(&r, "smart.relevant").hint.as_deref().unwrap();
    assert!(hint.contains("Try: 'Mum goes to"), "{hint}");
    // Not a relative named after the child, nor "i.e.".
    for description in [
        "The youth worker will refer Jay to a Tuesday youth group and ring Mum with the times",
        "The youth worker will refer Jay to a Tuesday youth group (i.e. not the Friday one)",
    ] {
        let r = check("Jay", "Jay (13) has no friends and stays in his room", description, "The group's register");
        let hint = about(&r, "smart.relevant").hint.as_deref().unwrap();
        assert!(!hint.contains("Try: 'Mum") && !hint.contains("Try: 'I "), "{description}: {hint}");
    }
    // A stock outcome leaves the time to the target date: "before the review" was wrong
    // for an outcome due in March (readers found it unusable). The appointments are the
    // child's: "Dad goes to every health appointment" read as Dad's own (reading 7).
    let r = check(
        "Jakub",
        "Jakub (7) has epilepsy and has missed three hospital appointments",
        "Dad will ensure Jakub's health needs are met",
        "The children's clinic confirms Jakub went to his next appointment",
    );
    let hint = about(&r, "smart.specific").hint.as_deref().unwrap();
    assert!(
        hint.contains("Try: 'Jakub goes to each health appointment or has it rebooked within a week, as the clinic"),
        "{hint}"
    );
    // Unless the need is said of the parent: then they are the parent's own appointments.
    let r = check(
        "Ruby",
        "Mum has missed her last four mental health appointments and Ruby (9) is late to school",
        "Mum will engage with her mental health team",
        "The mental health team confirms it",
    );
    let hint = about(&r, "smart.specific").hint.as_deref().unwrap();
    assert!(hint.contains("Try: 'Mum goes to each health appointment"), "{hint}");
}

#[test]
fn what_the_thirteenth_rounds_writers_showed_the_checker_missed_or_flagged_wrongly() {
    // Corpus parts l and o (a hospital social worker; a team for parents with learning
    // disabilities and families new to England), from their train outcomes.
    // "Lift-access" and "wheelchair access" say what kind of home; a licence is a record;
    // a parents' evening is school, as the need says.
    for (child, need, description, measure) in [
        (
            "Jayden",
            "Jayden (8) uses a wheelchair and the family's flat is up three flights of stairs",
            "Jayden's family will have a tenancy offer for a ground-floor or lift-access home that fits his wheelchair",
            "A tenancy offer letter from the council",
        ),
        (
            "Denis",
            "The family's caravan has no running water and Denis (3) has had stomach bugs",
            "The family will have a pitch on the council's Redbrook Lane site, with water, power and a toilet block",
            "The site manager's pitch licence, signed by Mum and Dad",
        ),
        (
            "Florentina",
            "Mum and Dad cannot read; they missed Florentina's (5) parents' evening",
            "Mum and Dad will go to each parents' meeting at Florentina's school, and the school will phone them the day before",
            "The school records Mum and Dad at the spring parents' meeting",
        ),
        // A routine or a chart "of" its parts is one thing, as "including" spells them out.
        (
            "Leah",
            "Leah (1) goes to sleep after midnight most nights",
            "Mum and Dad will follow a picture bedtime routine of bath, milk, story and cot, and have Leah in her cot by 7:30pm",
            "Mum ticks a sleep chart each night, which the Home-Start volunteer looks at each week",
        ),
        // So is a plan "for" its parts (reading 6 found it counted as four things).
        (
            "Jay",
            "Jay (14) has been missing overnight three times since September",
            "Mum and Jay will agree a plan for what time Jay comes home, who he is with, how he gets home and what Mum does if he is late",
            "Mum's log shows Jay home by the agreed time on at least 5 nights a week",
        ),
    ] {
        let r = check(child, need, description, measure);
        assert!(flags(&r).is_empty(), "{description}: {:?}", show(&r));
    }
    // A plan among other demands is still one of them.
    let r = check(
        "Kim",
        "Mum is drinking heavily and Kim (6) is not fed",
        "Mum will make a plan for her drinking, stop drinking, find a job, clear the arrears and take Kim to school every day",
        "The social worker checks at each visit",
    );
    assert!(about(&r, "smart.achievable").message.contains("5 different things"), "{:?}", show(&r));
    // A professional who asks another service, or holds a meeting of some kind, is doing the
    // service's work.
    for description in [
        "The social worker will ask the clinic booking teams to put Ibrahim's appointments on the same days",
        "The health visitor will hold a home visit planning meeting with the community teams before Ibrahim goes home",
    ] {
        let r = check(
            "Ibrahim",
            "Ibrahim (2) has six hospital clinics and Mum has missed four of them",
            description,
            "The hospital booking letters",
        );
        assert!(!letter(&r, "R").met, "{description}: {:?}", show(&r));
    }
    // Nor is a hospital visit by the family, nor a count of a school's requests.
    for (need, description, measure) in [
        (
            "Ibrahim (2) has been on the ward for a month and Mum has not visited",
            "Hospital visits: Mum visits Ibrahim on the ward at least 4 times a week",
            "The ward's visitor book",
        ),
        (
            "Ibrahim (7) is sent home from school most weeks for his behaviour",
            "School asks Mum to collect Ibrahim early no more than once a half term",
            "The school office's log of calls home",
        ),
    ] {
        let r = check("Ibrahim", need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", show(&r));
    }
    // "Come to terms with" names no change anyone could see.
    let r = check(
        "Gemma",
        "Gemma (4) has just been diagnosed with a life-limiting condition and Mum is in shock",
        "Mum will come to terms with Gemma's diagnosis",
        "Mum scores how she is coping from 0 to 10 with the hospital social worker each month",
    );
    assert!(about(&r, "smart.specific").message.contains("come to terms"), "{:?}", show(&r));
}

#[test]
fn a_suggestion_readers_found_they_could_not_use_is_not_offered() {
    // Reading 7 (thirteenth round): a measure in the outcome's own words that keeps a word of
    // change or a comparison ("develops", "cleaner") is no more measurable than the outcome;
    // the school cannot see a phone handed over at home on a school night; a home safety
    // check does not answer a child scared of a violent partner.
    for (child, need, description, measure, wrong) in [
        // Reading 9 (fifteenth round), and readings 1, 2 and 3 before it: stock outcomes that
        // invented a weekly test and asked for a clear one every time (to a mother drinking in
        // the evenings, and to children), a quota of angry outbursts for a boy who hits his
        // sister, a written safety plan for a toddler or for the violent parent, a happiness
        // score for a three-year-old, and a child as the one with an asylum solicitor.
        (
            "Tia",
            "Mum drinks a bottle of wine most evenings and has not woken when Tia (7) has seizures at night",
            "Mum will address her alcohol use",
            "Mum goes to the Drug and Alcohol Service every week and their attendance record is shared",
            "negative test",
        ),
        (
            "Jenson",
            "Jenson (10) hits his younger sister when he is angry and Mum does not know how to stop it",
            "Mum will be supported with Jenson's behaviour",
            "Mum's diary of each time he hits",
            "no more than",
        ),
        (
            "Peter",
            "Peter (1) was in the room when Dad hit Mum",
            "Mum will be supported around domestic abuse",
            "Ongoing",
            "written safety plan",
        ),
        (
            "Elif",
            "Mum says she feels very alone since the family moved; Elif (3) has no contact with other children",
            "Mum will be supported to address her isolation and improve her wellbeing",
            "Mum's own score of how alone she feels (0-10), asked by her family support worker each month, drops from 8 to 5 or lower",
            "score of at least",
        ),
        (
            "Kidane",
            "The family have waited more than two years for an asylum decision; Mum is very anxious and this affects how she cares for Kidane (6)",
            "The family will be granted refugee status, so Mum's worry lifts",
            "A letter from the Home Office granting status",
            "Kidane has a solicitor",
        ),
        (
            "Tobias",
            "Tobias (4) says only a few words",
            "Tobias's speech develops",
            "Tobias is talking more",
            "develops'",
        ),
        (
            "Daisy",
            "Daisy (2) has had infections from a mouldy bathroom",
            "The bathroom will be cleaner",
            "Will be reviewed",
            "cleaner'",
        ),
        (
            "Louie",
            "Louie (12) is on his phone all night and falls asleep in lessons",
            "Louie will hand his phone to Mum at 10pm every school night",
            "This will be looked at in the review",
            "The school confirms",
        ),
        (
            "Aisha",
            "Aisha (10) is scared when Mum's boyfriend shouts and throws things",
            "Professionals will meet every four weeks to review Aisha's safety at home",
            "Meeting minutes",
            "home safety check",
        ),
        // Reading 7, the fourteenth round: no one can see why a day is missed, only that it
        // is; no number of new words or meals invented before anyone has assessed the child.
        (
            "Aaliyah",
            "Aaliyah (8) is often kept off school to look after her baby brother while Mum sleeps",
            "Aaliyah will not be kept off school to look after her brother",
            "Aaliyah is not kept off school to look after her brother",
            "Try:",
        ),
        (
            "Dylan",
            "Dylan (3) has a speech delay",
            "Dylan's speech and language needs to be explored",
            "Ongoing",
            "new words",
        ),
        (
            "Harvey",
            "Harvey (4) often arrives at nursery hungry",
            "Mum will address Harvey's needs around food",
            "Nursery keep a daily record of whether Harvey has had breakfast",
            "evening meal",
        ),
    ] {
        let r = check(child, need, description, measure);
        let hints: Vec<&str> = flags(&r).iter().filter_map(|f| f.hint.as_deref()).collect();
        assert!(!hints.is_empty(), "{description}: {:?}", show(&r));
        assert!(hints.iter().all(|h| !h.contains(wrong)), "{description}: {hints:?}");
    }
    // The home's stock outcome is not offered: readers found "The home is clean, warm and safe
    // at every visit" generic, and asking for perfection (reading 8); nor is any outcome for
    // one asked "from now on". Its words still let the home visit be offered as the
    // witness of what the outcome itself says.
    let r = check(
        "Esme",
        "There is dog mess on the kitchen floor and no clean bedding for Esme (4)",
        "The home conditions will be clean and safe from now on",
        "Seen at visits",
    );
    assert!(flags(&r).iter().all(|f| !f.hint.as_deref().unwrap_or("").contains("Try:")), "{:?}", show(&r));
    let r = check(
        "Mia",
        "Mia (1) has diarrhoea and the kitchen is dirty",
        "Mum will keep the kitchen clean",
        "Mum will keep the kitchen clean",
    );
    let hint = about(&r, "smart.measurable").hint.as_deref().unwrap();
    assert!(hint.contains("Try: 'On home visits the social worker sees that Mum keeps the kitchen clean'"), "{hint}");
    // A worker's title is not what the outcome is about: "health" in "Health visitor to refer
    // Ellie-May to the skin clinic" is no health appointment (reading 8).
    let r = check(
        "Ellie-May",
        "Ellie-May (5) has severe eczema that keeps her awake most nights",
        "Health visitor to refer Ellie-May to the skin clinic at the hospital",
        "Referral letter seen",
    );
    assert!(
        flags(&r).iter().all(|f| !f.hint.as_deref().unwrap_or("").contains("health appointment")),
        "{:?}",
        show(&r)
    );
    // The school sees a clean uniform, not the washing done at home (reading 8).
    let r = check(
        "Denisa",
        "Denisa (9) is often sent to school in dirty clothes",
        "Mum will wash Denisa's school uniform on Sunday and Wednesday evenings",
        "Mum will keep working with the family worker",
    );
    let hint = about(&r, "smart.measurable").hint.as_deref().unwrap();
    assert!(!hint.contains("school confirms"), "{hint}");
    // Where "to" is where, not why, the school can see it.
    let r = check(
        "Leo",
        "Leo (8) is late to school most days",
        "Leo will not be late to school on any day",
        "Leo is not late to school",
    );
    let hint = about(&r, "smart.measurable").hint.as_deref().unwrap();
    assert!(hint.contains("Try: 'The school confirms that Leo is not late to school on any day'"), "{hint}");
    // "Cleaner" is a comparison with nothing to compare to; "oven cleaner" is a thing.
    let r = check(
        "Daisy",
        "Daisy (2) has had infections from a mouldy bathroom",
        "The bathroom will be cleaner",
        "Will be reviewed",
    );
    assert!(about(&r, "smart.specific").message.contains("“cleaner”"), "{:?}", show(&r));
    let r = check(
        "Daisy",
        "Daisy (2) drank bleach from under the sink",
        "Mum will keep cleaning products in the locked cupboard above the sink",
        "The health visitor checks the cupboard at each visit and sees the oven cleaner locked away",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
}

#[test]
fn what_two_new_writers_showed_domestic_abuse_and_school_attendance() {
    // The fifteenth round's corpus parts (a domestic abuse practice lead, an education
    // welfare officer). Outcomes that answer their need in the words of that work.
    for (child, need, description, measure) in [
        (
            "Zainab",
            "Mum's husband keeps her passport and says she will be deported if she leaves him; Zainab (2) has seen him push Mum",
            "Mum will get free immigration advice about staying in this country in her own right",
            "A letter from the legal centre confirming the appointment",
        ),
        (
            "Bethany",
            "Bethany (16) is going out with a man of 21 who checks her phone and has slapped her",
            "Bethany will go to the eight-week healthy relationships group at the Youth Hub",
            "The Youth Hub register shows her at six or more of the eight sessions",
        ),
        (
            "Noah",
            "Mum and Dad took Noah (7) abroad for five weeks in term time and came back to a penalty notice",
            "Mum and Dad will ask the headteacher in writing before any time off, and Noah will have no unauthorised absence this year",
            "The school register and the office's record of leave requests",
        ),
    ] {
        let r = check(child, need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", show(&r));
    }
    // Records and checks by other names; a check a health visitor does is no vague word.
    for (description, measure) in [
        (
            "Dad will have supervised time with Archie at the contact centre every other Sunday",
            "Contact centre staff write down each visit and the time Dad arrived",
        ),
        (
            "The family's Universal Credit will be paid again and Archie will have free school meals",
            "The Universal Credit journal message confirming payment",
        ),
    ] {
        let r = check("Archie", "Archie (6) misses meals and Dad's money has stopped", description, measure);
        assert!(letter(&r, "M").met, "{measure}: {:?}", show(&r));
    }
    let r = check(
        "Iris",
        "Iris (2) has not been seen by a health visitor since the family went into the refuge",
        "Iris will have her development check with the health visitor",
        "The health visitor records the check in Iris's red book",
    );
    assert!(letter(&r, "S").met, "{:?}", show(&r));
    // A bail condition's distance is not a demand for perfection; 100% still is, however
    // it is written (a code review).
    let r = check(
        "Jenson",
        "Jenson (10) was punched by Dad and watches for his car every night",
        "Dad will keep to his bail conditions and not come within 100 metres of the family home",
        "Police confirm each month that there have been no reports of Dad near the address",
    );
    assert!(letter(&r, "A").met, "{:?}", show(&r));
    for description in ["Kai's attendance will be 100 percent every week", "Kai will have 100 % attendance"] {
        let r = check("Kai", "Kai (9) misses school", description, "The school register");
        assert!(reasons(&r, "A").contains("perfection"), "{description}: {}", reasons(&r, "A"));
    }
    // Reading 10 (the two new parts' train outcomes): a credit report, incident numbers and a
    // school's note of calls are records; "any fillings he needs" is no vague need.
    for measure in [
        "A credit report showing the balance going down",
        "Police incident numbers kept by Mum, and the school's note of her calls",
    ] {
        let r = check(
            "Patrick",
            "Patrick's (9) dad broke his bail by coming to the house twice",
            "Mum will ring 999 every time Dad comes to the house",
            measure,
        );
        assert!(letter(&r, "M").met, "{measure}: {:?}", show(&r));
    }
    let r = check(
        "Ibrahim",
        "Ibrahim (4) has toothache and has never seen a dentist",
        "Ibrahim will have a check-up at the dentist and any fillings he needs",
        "A letter from the dental practice confirming the check-up",
    );
    assert!(letter(&r, "S").met, "{:?}", show(&r));
    // A child's own diary, or a parent confirming, is no one else's check.
    for measure in ["Mia will write down her feelings", "Mum confirming she has not had a drink"] {
        let r = check("Mia", "Mia (9) is low and Mum drinks", "Mum will not drink when caring for Mia", measure);
        assert!(!letter(&r, "M").met, "{measure}: {:?}", show(&r));
    }

    // Weak outcomes of the same work: a wait said after a comma, full-time work in a month,
    // and a professional's or the police's task. (A court's next hearing, a therapist's
    // estimate of how long help lasts and a baby "on the 75th centile" were tried too: a code
    // review found each one flagged good outcomes that shared a word with it or kept things as
    // they were, "at the next visit", "on the same centile", so they were not kept.)
    for (date, child, need, description, measure) in [
        (
            "2027-04-30",
            "Freddie",
            "Freddie (10) has panic attacks since he saw Dad attack Mum. He is on the children's mental health service waiting list, which is currently 18 months.",
            "Freddie will have finished a course of trauma therapy with the children's mental health service",
            "A letter from the service confirming the sessions are finished",
        ),
        (
            "2026-12-14",
            "Kieran",
            "Mum has been warned she may be fined for Kieran's (14) 62% attendance",
            "Within four weeks Mum will be working full time",
            "Mum's payslips",
        ),
    ] {
        let r = check_by(date, child, need, description, measure);
        assert!(!letter(&r, "A").met, "{description}: {:?}", show(&r));
    }
    // But not time already passed, nor work already there.
    for (child, need, description, measure) in [
        (
            "Leo",
            "Leo (9) is anxious; he is on the waiting list for the anxiety group, which he joined 2 years ago",
            "Leo will go to the anxiety group every week",
            "The group's register",
        ),
        (
            "Ella",
            "Ella (7) is often collected late from school",
            "Mum will keep working full time and Nan will collect Ella from school every day",
            "The school's collection log",
        ),
    ] {
        let r = check_by("2026-12-14", child, need, description, measure);
        assert!(letter(&r, "A").met, "{description}: {:?}", show(&r));
    }
    for (description, measure) in [
        (
            "The education welfare officer will make a referral to the Inclusion Panel for Kai",
            "The panel clerk confirms it",
        ),
        ("Police will put a marker on the family's address so any 999 call is urgent", "Police confirm the marker"),
    ] {
        let r = check("Kai", "Mum's ex-partner has threatened to take Kai (11) from school", description, measure);
        assert!(
            about(&r, "smart.relevant").message.contains("what a service will do"),
            "{description}: {:?}",
            show(&r)
        );
    }
}

#[test]
fn what_two_new_writers_showed_young_parents_and_violence_at_home() {
    // The sixteenth round's corpus parts (a young parents' team, an adolescent support team
    // for violence towards parents) and a reading of what the checker said about them.
    // One person's load is what makes an outcome too much: a parent's step and the child's
    // change in one outcome are not a pile of demands.
    let diary = "Mum's diary of incidents, checked at each visit";
    not_ruled_out(
        "Freya",
        diary,
        &[(
            "Freya (14) hits her mum, Helen, about three times a week when school is mentioned",
            "Chris will talk to Freya about school once a week at a set time, and Helen will step back from it. Freya's hitting of Helen will fall to once a fortnight.",
        )],
    );
    not_ruled_out(
        "Reece",
        diary,
        &[(
            "Reece (15) goes missing overnight about three times a month",
            "Carly will write down the names of Reece's friends and the places he goes. She will give the list to PC Hughes so police can find him quickly. Reece will be missing overnight no more than once a month.",
        )],
    );
    not_ruled_out(
        "Harvey",
        diary,
        &[(
            "Harvey (13) pushes his nan, Pat (71), when she stops him going out late",
            "Pat will have the numbers of her son, Gary, and her neighbour, Ken, in her phone and by the bed.",
        )],
    );
    // But one person's demands still count across sentences, and a list of services is
    // still a list when one of them is an acronym.
    for description in [
        "Mum will stop drinking. She will find a job. Mum will go to college. She will clean the house every day.",
        "Dad will attend a parenting course, anger management, AA, counselling, the job centre and debt advice every week.",
    ] {
        let r = check("Kai", "Kai (6) is often hungry and the house is dirty", description, "The social worker's visit notes");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains("different things"), "{}", f.message);
    }

    // A limit of one person's holds for a person named by their first name, and for anyone
    // named before what the outcome asks ("Kieran will see Zain … at the family centre").
    let need = "Layla (13) hits her mum, Donna; Donna has a learning disability and cannot read or write";
    let r = check("Layla", need, "Donna will keep a written diary of every incident", "The diary, seen each Friday");
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    let hint = f.hint.as_deref().unwrap_or("");
    assert!(hint.contains("'Donna has help from someone named in the plan with anything to read or write"), "{hint}");
    // Someone else's limit.
    not_ruled_out("Layla", "Her school mentor's notes", &[(need, "Layla will write down what helps her calm down")]);
    let prison = "Zain's dad, Kieran (18), is serving a sentence at HMP Forest Bank; his release date is December 2027";
    let r = check("Zain", prison, "Kieran will see Zain every Saturday at Oak Lane Family Centre", "The sign-in sheet");
    assert!(reasons(&r, "A").contains("prison"), "{}", reasons(&r, "A"));
    let r = check(
        "Jake",
        "Jake's (10) dad is due out of prison in February and has said he will turn up at Uncle Stuart's",
        "Jake will only see his dad at the family centre, at times planned with Uncle Stuart",
        "The family centre's sign-in sheet",
    );
    assert!(letter(&r, "A").met, "{:?}", show(&r));
    // A code review of the above: a need that names someone twice ("his dad, Lee"), and the
    // people of the clause that asks, not of the whole sentence.
    for (need, description) in [
        ("Kayden's dad, Lee, is in prison", "Dad will do Kayden's bedtime at home three nights a week"),
        ("Dad (Lee, 34) is in prison", "Dad will do Kayden's bedtime at home three nights a week"),
        ("Kayden's dad is in prison", "Filip will see Dad at home every Saturday"),
        ("Jay's mum, Lisa, cannot read or write", "Mum will fill in and return every school form on time"),
        ("Dad is serving a four-year sentence and is due out in 2029", "Dad will walk Kayden to school every morning"),
    ] {
        let r = check("Kayden", need, description, "Mum's diary, seen at each visit");
        assert!(!letter(&r, "A").met, "{need} / {description}: {:?}", show(&r));
    }
    for (need, description) in [
        (
            "Mum cannot read or write",
            "Mum will take school letters to Nan, who will fill in and return the forms within a week",
        ),
        ("Mum cannot read or write", "Mum will keep to the written agreement that no visitors stay overnight"),
        (
            "Dad is in prison",
            "While Dad is away, Mum will take Kayden to the stay and play at the family centre every Tuesday",
        ),
        (
            "Dad is in prison",
            "Mum will keep Dad updated about Kayden, and Kayden will have a dry bed most nights at home",
        ),
    ] {
        let r = check("Kayden", need, description, "Mum's diary, seen at each visit");
        assert!(letter(&r, "A").met, "{need} / {description}: {:?}", show(&r));
    }
    // One person's demands add up when they come back, and a pile for the whole family is
    // still a pile.
    for description in [
        "Mum will stop drinking and go to AA every week. Dad will do the school run. Mum will also keep the kitchen clean and cook a hot meal every night.",
        "Mum will stop drinking, go to AA every week and keep a drink diary. Dad will find a job and pay £20 a week off the rent arrears. Jay will go to school every day and come home by 9pm.",
        "Jay will go to bed by 10pm, get up at 7am and eat breakfast. Attendance will be 95% or more. Homework will be handed in every week.",
    ] {
        let r = check("Jay", "Jay (13) misses school and Mum drinks", description, "The school register");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // A change named only in a condition is not what changes.
    let r = check(
        "Reece",
        "Reece (15) goes missing",
        "Mum will get better at responding when Reece goes missing",
        "Police records checked monthly",
    );
    assert!(!letter(&r, "S").met, "{:?}", show(&r));

    // A suggestion speaks of the person the outcome is about, by their name, when the need
    // names them; not of a word that starts a sentence ("Communication will improve").
    let r = check(
        "Ezra",
        "Ezra (4 months) has lost weight; his mum, Kayla, sleeps through feeds",
        "Kayla will engage with services",
        "Visits",
    );
    let f = about(&r, "smart.specific");
    assert!(f.hint.as_deref().unwrap_or("").contains("Say what Kayla will do"), "{:?}", f.hint);
    let r = check("Jay", "Jay (9) misses school", "Communication will improve between Mum and Dad", "Visits");
    let f = about(&r, "smart.specific");
    assert!(!f.hint.as_deref().unwrap_or("").contains("Communication will do"), "{:?}", f.hint);

    // Records by other names; a change in how often a child goes missing is specific.
    for measure in [
        "Leanne's tally of times Mia goes to her room instead of screaming",
        "Bank transfers shown on Kiera's banking app at each visit",
        "New tenancy signed",
    ] {
        let r =
            check("Mia", "Mia (13) screams at Mum most days", "Mia will go to her room when she feels angry", measure);
        assert!(letter(&r, "M").met, "{measure}: {:?}", show(&r));
    }
    let r = check(
        "Tia",
        "Tia (16) was reported missing three times in September",
        "Tia's missing episodes will reduce to zero",
        "Police records checked monthly",
    );
    assert!(letter(&r, "S").met, "{:?}", show(&r));
}

#[test]
fn what_the_seventeenth_round_read_in_needs_and_measures() {
    // A wait said as "no places" or "no spaces", for what the clause before names, or as
    // "several months".
    let r = check_by(
        "2027-03-31",
        "Arslan",
        "Arslan (14) has been assessed as needing a specialist autism school; the council has told Mum there are no places until September 2027.",
        "Arslan will start at the specialist autism school after February half term",
        "The school register shows Arslan attending",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("no places until September 2027"), "{}", f.message);
    let r = check_by(
        "2027-03-31",
        "Arslan",
        "Arslan (14) has been assessed as needing a specialist autism school; the council has told Mum there are no places until September 2027.",
        "Arslan will go to the youth club every Saturday",
        "The youth club register",
    );
    assert!(letter(&r, "A").met, "{:?}", show(&r));
    for (need, said) in [
        (
            "Mum wants to move to a refuge away from Dad. The refuge worker says the wait is several months.",
            "several months",
        ),
        (
            "Mum and Elsie need to move to a women's refuge; there are no spaces until June 2027.",
            "no spaces until June 2027",
        ),
    ] {
        let r =
            check_by("2026-12-14", "Elsie", need, "Mum and Elsie will be living in a refuge", "The refuge confirms it");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need}: {:?}", show(&r)));
        assert!(f.message.contains(said), "{}", f.message);
    }
    // A clause that names its own place is about that place.
    for need in [
        "Tia loves swimming, but the nursery has no places until September 2027",
        "Tia loves swimming; there are no places at the nursery until September 2027",
    ] {
        let r = check_by(
            "2027-03-31",
            "Tia",
            need,
            "Mum will take Tia swimming every Saturday",
            "Mum's diary, seen at visits",
        );
        assert!(letter(&r, "A").met, "{need}: {:?}", show(&r));
    }

    // One person's limits, said with other words between: "told not to drive or lift";
    // a parent who works away, asked for something every day (not at weekends, not by
    // phone, not someone else).
    let need = "Mum has been told not to drive or lift for 6 weeks after her caesarean";
    ruled_out(&[(
        "Mabel",
        need,
        "Mum will carry Mabel to the childminder every day",
        "The childminder's register",
        "“told not to drive or lift”",
    )]);
    let r = check("Mabel", need, "Mum will drive Mabel to the childminder every day", "The childminder's register");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // "a lift" is a ride, and "not to let Dad drive" is about Dad.
    for (need, description) in [
        (
            "Jade has been told not to accept a lift from older men",
            "Jade will carry her charged phone whenever she goes out",
        ),
        ("Mum has been told not to let Dad drive the children", "Mum will drive the children to school every day"),
    ] {
        let r = check("Jade", need, description, "Mum's diary, seen at visits");
        assert!(letter(&r, "A").met, "{need}: {:?}", show(&r));
    }
    let need = "Mum is registered blind, and Dad has started working away in Scotland Monday to Friday until June";
    let r = check("Jenson", need, "Dad will walk Jenson to school every morning", "The school register");
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("“working away”") && f.message.contains("on the days they are away"), "{}", f.message);
    // No outcome is offered instead: readers found "a family member or friend named in the
    // plan does it" a template with nobody in it (reading 12).
    assert!(!f.hint.as_deref().unwrap_or("").contains("Try:"), "{:?}", f.hint);
    for description in [
        "Dad will take Jenson swimming every Saturday",
        "Dad will phone Jenson every evening",
        "Nan will walk Jenson to school every morning",
        "Dad will take his medication every day",
        "Dad will text Jenson every evening",
    ] {
        let r = check("Jenson", need, description, "Mum's diary, seen at each visit");
        assert!(letter(&r, "A").met, "{description}: {:?}", show(&r));
    }
    for need in
        ["Dad used to work away but is now home every night", "Mum is working away at her debts with StepChange"]
    {
        let r = check("Jenson", need, "Dad will walk Jenson to school every morning", "The school register");
        assert!(letter(&r, "A").met, "{need}: {:?}", show(&r));
    }

    // A programme's name is no jargon, in the outcome or its measure; the same words as
    // jargon still are.
    let r = check(
        "Archie",
        "Archie (14) hits his mum, Nicola",
        "Archie will go to at least 10 of the 12 Step Up sessions for young people who are violent at home",
        "Step Up attendance record",
    );
    assert!(letter(&r, "P").met, "{:?}", show(&r));
    for description in [
        "If the hitting goes on, the case will step up",
        "The team will step up sessions to twice a week",
        "Archie will go to the Step Up sessions; if the hitting goes on, the case will step up",
    ] {
        let r = check("Archie", "Archie (14) hits his mum, Nicola", description, "Visits");
        assert!(!letter(&r, "P").met, "{description}: {:?}", show(&r));
    }

    // What someone will do instead of what they will not is one change; another person's
    // part after a semicolon is theirs. A pile after "will not" is still a pile.
    for description in [
        "Paula will not force Esme's door; she will knock, say goodnight and leave a note. Esme will take the barricade down each morning.",
        "Kelsey will be in bed by 8 pm on school nights and will not do night feeds; Dad will do them instead, after the Home-Start volunteer shows him how.",
    ] {
        let r = check("Esme", "Esme (14) hits her mum at night", description, "Paula's night log, seen each week");
        assert!(letter(&r, "A").met, "{description}: {:?}", show(&r));
    }
    for description in [
        "Mum will not drink; she will go to AA, cook a meal every night, clean the house and find a job",
        "Mum will not drink, she will go to AA, cook a meal every night and clean the house",
    ] {
        let r = check("Esme", "Esme (14) hits her mum at night", description, "Mum's diary, seen each week");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }

    // An event confirmed is a measure, by whoever made it; "each confirmed", "not yet
    // confirmed" are not.
    let r = check(
        "Lacey",
        "Lacey (13) sleeps on the floor",
        "Mum will get Lacey a bed through the welfare fund",
        "Delivery confirmed",
    );
    assert!(letter(&r, "M").met, "{:?}", show(&r));
    for measure in ["Each confirmed", "Confirmed", "Not yet confirmed", "They confirmed", "Was confirmed"] {
        let r = check(
            "Lacey",
            "Lacey (13) sleeps on the floor",
            "Mum will get Lacey a bed through the welfare fund",
            measure,
        );
        assert!(!letter(&r, "M").met, "{measure}: {:?}", show(&r));
    }

    // A need about a toddler's few words and a missed check is about development and
    // health, which a parent's slimming club does not answer.
    let r = check(
        "Lily",
        "Lily (2) says very few words and has not had her 2-year check",
        "Mum will lose 2 stone by going to the slimming club every week",
        "Weigh-in card from the slimming club",
    );
    assert!(!letter(&r, "R").met, "{:?}", show(&r));

    // A word a plan uses for meetings is quoted whole; going to them is not a change for
    // the child (the eighteenth round: an R warning, as every train outcome's labels have
    // it, not a vague one).
    let r = check(
        "Lily",
        "Lily (2) is often hungry",
        "Dad will attend all core group meetings",
        "Minutes show Dad present",
    );
    let f = about(&r, "smart.relevant");
    assert!(f.message.contains("going to meetings with workers (“attend all core group meetings”)"), "{}", f.message);
    assert!(letter(&r, "S").met && !letter(&r, "R").met, "{:?}", show(&r));
    // But going to one's own reviews, or to a parenting group, is one's own.
    for description in
        ["Dad will attend all his mental health care reviews", "Dad will attend the dads' group every week"]
    {
        let r = check(
            "Lily",
            "Dad's mental health means Lily (2) is often hungry",
            description,
            "The service confirms each one",
        );
        assert!(letter(&r, "R").met, "{description}: {:?}", show(&r));
    }

    // A family's change comes first; what a service will do if it does not happen, or when
    // it is reviewed, does not make it a service's task. A service's task alone still is.
    for description in [
        "Mum will not leave Lewis with anyone under 16, or the case will be escalated to a child protection conference",
        "Dad will take Kobe to all his speech therapy appointments or the case will be escalated",
        "Nan and Chantelle will agree a written plan for sharing the baby's care; this will be reviewed at the next meeting",
        "Parents will agree a rota for the night feeds, to be reviewed at the next meeting",
    ] {
        let r = check("Lewis", "Lewis (9) is left with his cousin (14) at night", description, "Mum's diary, seen at visits");
        let service = flags(&r).iter().any(|f| f.message.contains("what a service will do"));
        assert!(!service, "{description}: {:?}", show(&r));
    }
    for description in [
        "Lewis's needs to be assessed by CAMHS",
        "The case will be escalated if Mum goes out at night",
        "Lewis will be seen by CAMHS, and his needs will be assessed",
        "Mum will go out less. Her needs will be assessed.",
    ] {
        let r = check(
            "Lewis",
            "Lewis (9) is left with his cousin (14) at night",
            description,
            "Mum's diary, seen at visits",
        );
        let service = flags(&r).iter().any(|f| f.message.contains("what a service will do"));
        assert!(service, "{description}: {:?}", show(&r));
    }

    // Weeks of a pregnancy are no wait ("did not book until 22 weeks"); a year after
    // "until" still is.
    let r = check_by(
        "2026-12-14",
        "Ruby",
        "Kayleigh (19) did not book with maternity until 22 weeks and has missed three of her five antenatal appointments",
        "Kayleigh will go to every antenatal appointment until Ruby is born",
        "Attendance recorded in the maternity notes",
    );
    assert!(letter(&r, "A").met, "{:?}", show(&r));
    let r = check_by(
        "2026-12-14",
        "Sami",
        "Sami (9) has ADHD; the clinic has no appointments until 2028",
        "Sami's ADHD medicine is reviewed by the paediatrician at the clinic",
        "The clinic letter confirms the review",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    for need in [
        "Sami (9) has ADHD; the clinic is not taking referrals until 6 months from now",
        "Sami (9) has ADHD; the clinic's waiting list is closed until 9 months' time",
    ] {
        let r = check_by(
            "2026-12-14",
            "Sami",
            need,
            "Sami's ADHD medicine is reviewed at the clinic",
            "The clinic letter confirms the review",
        );
        assert!(achievable_flag(&r).is_some(), "{need}: {:?}", show(&r));
    }
    // A parent who works away cannot take a child to every appointment either; the need
    // may name them by their first name alone, with who they are, or both ways round.
    for need in [
        "Omar works away Monday to Friday. Nadia (8) has diabetes.",
        "Nadia (8) has diabetes; Dad, Omar, works away Monday to Friday",
        "Nadia (8) has diabetes. Dad Omar (36) works away Monday to Friday.",
    ] {
        for (description, flagged) in [
            ("Omar will take Nadia to every diabetes clinic appointment", true),
            ("Mum will take Nadia to every diabetes clinic appointment", false),
        ] {
            let r = check("Nadia", need, description, "Clinic notes record who attends");
            assert_eq!(achievable_flag(&r).is_some(), flagged, "{need} / {description}: {:?}", show(&r));
        }
    }
    let r = check(
        "Nadia",
        "Nadia (8) has diabetes. Dad Omar (36) works away Monday to Friday.",
        "Dad will take Nadia to every diabetes clinic appointment",
        "Clinic notes record who attends",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // His own appointments can be on the days he is home.
    let r = check(
        "Nadia",
        "Nadia (8) has diabetes. Dad Omar (36) works away Monday to Friday.",
        "Omar will go to all of his appointments with the alcohol service",
        "The alcohol service's attendance record",
    );
    assert!(letter(&r, "A").met, "{:?}", show(&r));

    // Everyday words for concrete things: safe names in a phone, safe adults, settled
    // status, a home address.
    for description in [
        "Stacey will have the police and her Women's Aid worker saved in her phone under safe names",
        "Mum will agree a list of safe adults to look after Dylan when she goes out",
        "Mum will have settled status, so she can join the housing register",
        "Mum will keep Adam's school and address private, with a password for collection in place",
    ] {
        let r =
            check("Adam", "Adam (7) and Mum left Dad after he hit her", description, "The school office confirms it");
        let vague = flags(&r).iter().any(|f| f.rule == "smart.specific");
        assert!(!vague, "{description}: {:?}", show(&r));
    }
    // Clinical and legal words a family may not know.
    for (description, term) in [
        ("Leo's weight will track back up, with no further faltering growth", "faltering growth"),
        ("Hannah will follow her relapse signature plan", "relapse signature"),
        ("Tia will present as homeless at the council's housing office", "present as homeless"),
        ("Tia presented as homeless and will take the room she is offered", "presented as homeless"),
        ("Tia will go back to school through a graduated response", "graduated response"),
    ] {
        let r = check(
            "Leo",
            "Leo (3 months) is not gaining weight",
            description,
            "Weighed every two weeks by the health visitor",
        );
        let f = about(&r, "smart.plainLanguage");
        assert!(f.message.contains(term), "{}", f.message);
    }

    // "Kayleigh to engage…": the hint speaks of the mother the need names, not the baby.
    let r = check(
        "Ruby",
        "Ruby (unborn, 29 weeks): Mum Kayleigh (19) did not book with maternity until 22 weeks",
        "Kayleigh to engage with antenatal care",
        "SW to monitor",
    );
    let f = about(&r, "smart.specific");
    assert!(f.hint.as_deref().unwrap_or("").contains("Say what Kayleigh will do"), "{:?}", f.hint);

    // "In line with" is ordinary English (reading 12).
    let r = check(
        "Adam",
        "Adam (7) and Mum left Dad after he hit her",
        "Mum will keep Adam's address private, in line with the plan she agreed with the police",
        "The school office confirms it",
    );
    assert!(!flags(&r).iter().any(|f| f.message.contains("in line with")), "{:?}", show(&r));
}

#[test]
fn things_to_get_and_the_means_of_one_change_are_one_demand() {
    // Things to get for the baby are one change, getting the home ready (reading 12: ten
    // outcomes for a cot, bottles and nappies would make a worse plan); the same list of
    // places to go to each week is still a pile.
    let need = "Poppy is due in January and Danielle (19) and Jamie (20) have nothing ready for her";
    let measure = "The family support worker checks the list at the flat";
    let r = check(
        "Poppy",
        need,
        "Danielle and Jamie will get together a cot, mattress, bedding, bottles, a steriliser, nappies and a car seat",
        measure,
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check(
        "Poppy",
        need,
        "Danielle will go to the GP, the dentist, a parenting course, a baby group, college and the housing office every week",
        measure,
    );
    assert!(reasons(&r, "A").contains("6 different things"), "{}", reasons(&r, "A"));
    // "With appointments sent by text and an interpreter booked" is how, not more to do
    // (reading 12); without "with" the same words are jobs of their own.
    let need = "Lauren is deaf and has missed Frankie's health checks";
    let measure = "Frankie's red book and GP record, checked at the March review";
    let r = check(
        "Frankie",
        need,
        "Frankie will have every health visitor review and immunisation on time, with appointments sent to Lauren by text and a British Sign Language interpreter booked",
        measure,
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check(
        "Frankie",
        need,
        "Lauren will take Frankie to every review, book an interpreter, reply to each text, register with a dentist and go to a baby group",
        measure,
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
}

#[test]
fn a_time_phrase_first_does_not_hide_the_familys_own_change() {
    // "Within 6 weeks, Mum will…, or the plan will be reviewed": the review is what happens
    // if not, as it is without the time phrase; a service's work is still its work.
    let need = "Leo (4) is often late to nursery because Mum oversleeps";
    let measure = "The nursery register shows Leo arriving by 9am";
    for description in [
        "Within 6 weeks, Mum will have Leo at nursery by 9am every day, or the plan will be reviewed",
        "By February half term, Mum will have Leo at nursery by 9am every day, or this will be escalated",
    ] {
        let r = check("Leo", need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
    let r = check("Leo", need, "Within 6 weeks, Leo's attendance will be monitored and reviewed", measure);
    assert!(!letter(&r, "R").met, "{:?}", letter(&r, "R").reasons);
}

#[test]
fn going_to_sessions_does_not_show_that_a_behaviour_has_stopped() {
    let need = "Ethan (17) has punched holes in doors and walls at home";
    let r = check(
        "Ethan",
        need,
        "Ethan will stop damaging the house",
        "Ethan to attend all appointments with his Youth Justice worker, confirmed by the worker",
    );
    let f = about(&r, "smart.measurable");
    assert!(f.message.contains("cannot show that the behaviour has stopped"), "{}", f.message);
    assert!(f.hint.as_deref().unwrap_or("").contains("a record of the behaviour itself"), "{:?}", f.hint);
    assert!(!letter(&r, "M").met);
    // With what would show it, or where going is the outcome, the count of sessions is fine.
    for (description, measure) in [
        (
            "Ethan will stop damaging the house",
            "Ethan attends all appointments with his Youth Justice worker, and Mum's diary shows no new damage",
        ),
        (
            "Ethan will go to his Youth Justice appointments every week and will not damage the house",
            "The Youth Justice worker confirms each appointment attended",
        ),
        ("Ethan will not miss any more school", "The school confirms his attendance above 95% each half term"),
    ] {
        let r = check("Ethan", need, description, measure);
        assert!(letter(&r, "M").met, "{description} | {measure}: {:?}", letter(&r, "M").reasons);
    }
}

#[test]
fn a_measure_that_only_says_what_someone_will_do_is_not_a_measure() {
    // "Mum will switch Josh's console off at 11pm" is a plan with a time in it, not how
    // anyone will know Evie sleeps seven hours.
    let need = "Evie (16) sleeps 4 to 5 hours a night because her brother is up gaming until 2am";
    let r = check(
        "Evie",
        need,
        "Evie will get at least 7 hours' sleep a night",
        "Mum will switch Josh's games console off at 11pm",
    );
    let f = about(&r, "smart.measurable");
    assert!(f.message.contains("says what someone will do, not how anyone will know"), "{}", f.message);
    // With a record or someone who sees it, what someone will do is a measure.
    for measure in [
        "Mum will keep a sleep diary for Evie, seen at each visit",
        "Evie will score her sleep out of 10 with her school nurse each week",
    ] {
        let r = check("Evie", need, "Evie will get at least 7 hours' sleep a night", measure);
        assert!(letter(&r, "M").met, "{measure}: {:?}", letter(&r, "M").reasons);
    }
}

#[test]
fn the_neglect_and_young_carers_parts_words_and_limits() {
    // Words a family may not know, from the eighteenth round's new parts.
    for (description, term) in [
        ("Mum will make sure Josh's bedtime routine is embedded, with Josh in bed by 7pm", "embedded"),
        ("Kacper will sit his mocks with access arrangements agreed by the exams officer", "access arrangements"),
        ("Kacper will sit his mocks with a reasonable adjustment agreed by the exams officer", "reasonable adjustment"),
        ("Isla will disclose her caring role to her head of year", "disclose"),
        ("Mum will go to her depot clinic every four weeks", "depot clinic"),
        ("Alisha's GCP2 score for food will go from 4 to 2", "GCP2"),
    ] {
        let r = check("Josh", "Josh (7) is tired at school and looks after Mum", description, "The school confirms it");
        let f = about(&r, "smart.plainLanguage");
        assert!(f.message.contains(term), "{description}: {}", f.message);
    }
    // A hoard of 15 years cleared in under two weeks.
    let r = check_by(
        "2026-12-04",
        "Lenny",
        "Lenny (8) and Mum live in a house that has been filling with stored things for over 15 years",
        "The whole house will be cleared, with every room usable",
        "The family support worker sees every room at an unannounced visit",
    );
    assert!(!letter(&r, "A").met, "{:?}", letter(&r, "A").reasons);
    // Someone who works nights cannot do a thing every night; on the nights off they can.
    let need = "Joshua (14) is out until 2am most nights; Mum works night shifts four nights a week";
    ruled_out(&[(
        "Joshua",
        need,
        "Mum will check Joshua is in his bedroom by 10pm every night",
        "Mum signs a nightly check sheet",
        "works nights or evenings",
    )]);
    let r = check(
        "Joshua",
        need,
        "Mum will check Joshua is in his bedroom by 10pm on her nights off, and Nan will on the nights Mum works",
        "Mum and Nan sign a nightly check sheet",
    );
    assert!(letter(&r, "A").met, "{:?}", letter(&r, "A").reasons);
}

#[test]
fn when_and_how_are_not_more_demands() {
    let measure = "The school register, and Aunt Kerry's note of the mornings she calls round";
    for description in [
        // When: "on mornings after…"; why: "to check on Mum".
        "On mornings after Mum has been drinking, Skye will text Aunt Kerry, who will call round to check on Mum, and Skye will go to school as normal",
        // Two states of one routine: "changed and dressed".
        "Zuzanna's nappy rash will heal and she will be changed and dressed in clean clothes every day, and Mum will see her GP about her mood",
    ] {
        let r = check("Skye", "Skye (13) misses school on mornings when Mum is hungover", description, measure);
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // A course applied for starts after the date the application is due; going on it by a
    // date before it starts is still too soon.
    let need = "Dylan (16) left college after three weeks";
    let measure = "The careers adviser sees his application";
    let r = check_by(
        "2027-05-28",
        "Dylan",
        need,
        "Dylan will apply for a construction course starting in September 2027",
        measure,
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check_by(
        "2027-05-28",
        "Dylan",
        need,
        "Dylan will finish the construction course starting in September 2027",
        measure,
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
}

#[test]
fn what_reading_13_found() {
    // "Evidenced by photos" says how it is shown: jargon, not vague.
    let r = check(
        "Shay",
        "Shay (9) cannot get into his bedroom because it is full of bags Mum has stored",
        "Shay's bedroom will be clear of stored bags so he can sleep in it, evidenced by photos",
        "Photos of the bedroom, taken by the family support worker",
    );
    assert!(letter(&r, "S").met, "{}", reasons(&r, "S"));
    assert!(about(&r, "smart.plainLanguage").message.contains("evidenced"));
    // A change word with a measure that counts going to a group: the message does not say
    // the measure "says how much".
    let r = check(
        "Harper",
        "Harper (5) has missed her hearing test and two dental checks; Mum loses track of letters",
        "Mum will be better organised with Harper's appointments",
        "The Family Hub register shows Mum went to all 4 sessions of the Getting Organised group",
    );
    let f = about(&r, "smart.specific");
    assert!(f.message.contains("“better”") && !f.message.contains("says how much"), "{}", f.message);
    // Clinical words, and "back on track".
    let r = check(
        "Freya",
        "Freya (10) says she is the only one who can calm her brother down",
        "Freya will receive psychoeducation about autism to reduce her sense of parentification",
        "The siblings group register",
    );
    let f = about(&r, "smart.plainLanguage");
    assert!(f.message.contains("psychoeducation") && f.message.contains("parentification"), "{}", f.message);
    let r = check(
        "Summer",
        "Summer (12) has handed in no homework this half term",
        "Summer will get back on track at school",
        "School to update",
    );
    assert!(about(&r, "smart.specific").message.contains("back on track"));
    // An attendance report is a record; help for a parent's PTSD answers a need about it.
    let r = check(
        "Evie",
        "Evie (16) has missed 30% of her sixth form lessons",
        "Evie will be in her sixth form lessons on at least 9 days out of 10",
        "Sixth form attendance report",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    let r = check(
        "Reece",
        "Dad (Shaun) has had no treatment for his PTSD and does not know what help there is for veterans",
        "Dad will see his GP and ask to be referred to Op Courage, the NHS service for veterans",
        "The GP surgery confirms the appointment",
    );
    assert!(!flags(&r).iter().any(|f| f.rule == "smart.relevant"), "{:?}", show(&r));
}

#[test]
fn improving_hygiene_is_vague_and_help_with_named_paperwork_is_not() {
    // "Improve hygiene" says a change but not what will be seen, whatever the measure.
    let r = check(
        "Ruby",
        "Ruby (7) comes to school in dirty clothes and other children avoid her",
        "Mum will improve Ruby's hygiene",
        "The class teacher records on a weekly chart whether Ruby's clothes are clean",
    );
    assert!(!letter(&r, "S").met, "{}", reasons(&r, "S"));
    // Help with named paperwork from a named service says who helps with what.
    let r = check(
        "Kacper",
        "Kacper (15) fills in all the family's letters and forms in English",
        "Mum will get help with her letters and benefit forms from Citizens Advice, so Kacper no longer fills them in",
        "Citizens Advice confirms the appointments",
    );
    assert!(letter(&r, "S").met, "{}", reasons(&r, "S"));
    // Behaviour-support words a family may not know.
    for (description, term) in [
        ("Natalie will use a token economy for safe hands", "token economy"),
        ("Jess will use low-arousal approaches when Ava is upset", "low-arousal"),
        ("Jess will stay calm when Ava is in fight or flight", "fight or flight"),
    ] {
        let r = check("Ava", "Ava (9) hits her mum after school", description, "Jess's after-school diary");
        assert!(about(&r, "smart.plainLanguage").message.contains(term), "{description}");
    }
}

#[test]
fn what_the_eighteenth_rounds_code_review_found() {
    // A professional who will weigh or check is a measure.
    let r = check(
        "Maisie",
        "Maisie (8 months) is not gaining weight",
        "Maisie will gain weight steadily and stay on her centile line",
        "The health visitor will weigh Maisie every month",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    // "Get Leo to nursery, the GP, …" is places to go, not things to get.
    let r = check(
        "Leo",
        "Leo (4) misses his appointments",
        "Mum will get Leo to nursery, the GP, the dentist, speech therapy, the baby group, the hearing clinic and the housing office every week",
        "Registers from each service",
    );
    assert!(reasons(&r, "A").contains("7 different things"), "{}", reasons(&r, "A"));
    // Immunised and registered are two things to do, not two states of one routine.
    let r = check(
        "Kai",
        "Kai (2) has had no jabs and no dentist",
        "Kai will be bathed every night, Mum will go to the baby group, and Kai will be immunised and registered with a dentist",
        "The health visitor sees his red book",
    );
    assert!(reasons(&r, "A").contains("4 different things"), "{}", reasons(&r, "A"));
    // "At each contact session" says when someone checks; a meeting counted is going.
    let need = "Dad drinks when he has Tom (6), and Ethan (17) damages the house";
    let r = check(
        "Tom",
        need,
        "Dad will not drink when he has Tom",
        "The contact supervisor records at each contact session whether Dad smells of alcohol",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    let r = check(
        "Ethan",
        need,
        "Ethan will stop damaging the house",
        "Ethan goes to every Youth Justice meeting, as the worker confirms",
    );
    assert!(!letter(&r, "M").met, "{}", reasons(&r, "M"));
    let r = check(
        "Jack",
        "Jack (7) has missed his asthma check-ups",
        "Mum will no longer forget Jack's asthma check-ups",
        "The surgery confirms Jack attended all his appointments",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    // Enrolling on and finishing a course that starts later is still too soon.
    let r = check_by(
        "2027-05-28",
        "Dylan",
        "Dylan (16) left college after three weeks",
        "Dylan will enrol on and complete the construction course starting in September 2027",
        "The college confirms it",
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    // A time phrase that names someone is still a time phrase.
    let r = check(
        "Leo",
        "Leo (4) is often late to nursery because Mum oversleeps",
        "By Leo's fifth birthday, Mum will have him at nursery by 9am every day, or the plan will be reviewed",
        "The nursery register",
    );
    assert!(letter(&r, "R").met, "{:?}", letter(&r, "R").reasons);
}

#[test]
fn warnings_that_were_wrong_about_an_outcome_weak_for_another_reason() {
    // The reason given must be the right one even when the outcome is weak for another:
    // these each had a letter judged wrongly on the train split.
    // An outcome that answers its need in other words is not "nothing in common" with it.
    for (need, description, measure) in [
        (
            "Jasper (1) is often left in his cot for long periods; Mum says she is too tired to get him up",
            "Mum will get Jasper up by 8am and take him out every day",
            "The health visitor sees Jasper up and dressed at each visit",
        ),
        (
            "Mum is anaemic and very tired while breastfeeding Cara (3 months)",
            "Mum will take the iron tablets the GP prescribed every day",
            "A blood test at the GP in February shows Mum's iron level back to normal",
        ),
        (
            "Lacey (16) is sofa surfing after arguments with Mum",
            "Lacey will move back home, and she and Mum will agree house rules",
            "The written house rules, seen by the social worker",
        ),
        (
            "Rory (15) has been part of a group throwing fireworks at buses",
            "Rory will keep to his acceptable behaviour contract and stay away from the bus station",
            "No breaches recorded by the police",
        ),
        (
            "Reggie's (8 weeks) parents say they did not know how hard the crying would be",
            "Both parents will each write their own plan for coping when Reggie cries",
            "Both plans seen by the health visitor",
        ),
    ] {
        let r = check("Reggie", need, description, measure);
        assert!(letter(&r, "R").met, "{description}: {:?}", letter(&r, "R").reasons);
    }
    // "Evidence" as a verb is jargon, said once, not vague as well.
    let r = check(
        "Leah",
        "Mum uses heroin",
        "Mum will evidence that she is not using heroin",
        "Drug tests are negative every month from January to June",
    );
    assert!(letter(&r, "S").met, "{}", reasons(&r, "S"));
    assert!(about(&r, "smart.plainLanguage").message.contains("evidence"));
    // Records by other names.
    for (description, measure) in [
        ("Mum will be off methadone and drug free", "Urine screens clear of all drugs"),
        ("A stairlift will be fitted so Mum no longer carries Kieran", "Seen fitted at a home visit"),
        ("Amna will have free school meals", "The school's meal list shows Amna receiving free school meals"),
        ("Mum will put Sumi's cream on twice a day", "The practice nurse sees Sumi's skin at a review appointment"),
    ] {
        let r = check("Amna", "The children's care at home is poor", description, measure);
        assert!(letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
}

#[test]
fn what_was_given_or_booked_does_not_show_that_the_change_happened() {
    // A bed delivered is not a child asleep by 9:30pm; a booked dental appointment is not
    // filled teeth; a trip letter handed over is not the trip.
    for (child, need, description, measure) in [
        (
            "Kacper",
            "Kacper (11) sleeps on the sofa and falls asleep after midnight",
            "Kacper will be asleep by 9:30pm on school nights",
            "A single bed delivered by the Furniture Project, confirmed by the delivery note",
        ),
        (
            "Neve",
            "Neve (9) has two decayed back teeth that hurt when she eats",
            "Neve's two decayed teeth will be filled",
            "The dentist's letter confirming an appointment has been booked for Neve",
        ),
        (
            "Noah",
            "Noah (9) refuses to go on school trips since his sister's seizures",
            "Noah will go on the Year 4 residential to Whirlow Farm in June",
            "Mum and Noah have been given the trip letter",
        ),
    ] {
        let r = check(child, need, description, measure);
        let f = about(&r, "smart.measurable");
        assert!(
            f.message.contains("only shows that something was arranged or handed over"),
            "{measure}: {}",
            f.message
        );
        assert!(f.hint.as_deref().unwrap_or("").contains("a record of the change itself"), "{:?}", f.hint);
        assert!(!letter(&r, "M").met);
    }
    // What was provided is what the outcome asks for, it is shown by another name ("her
    // Universal Credit award letter" for the benefits she is due), or the measure also
    // names someone who sees the change: a measure.
    for (description, measure) in [
        (
            "Sam will have a bed of his own",
            "The family support worker sees the bed once it is delivered by the charity",
        ),
        ("Mum will get the benefits she is entitled to", "Mum has received her Universal Credit award letter"),
        (
            "Louie will sleep on his back in his own cot every night",
            "A cot delivered through the Household Support Fund; the health visitor sees where Louie sleeps",
        ),
        ("Kacper has his missed immunisations", "The GP surgery confirms they are given"),
        (
            "Mum will take Poppy to the dentist's check-up",
            "The dental practice confirms Poppy is registered and attended",
        ),
    ] {
        let r = check("Sam", "Sam (7) sleeps on the floor", description, measure);
        assert!(letter(&r, "M").met, "{measure}: {}", reasons(&r, "M"));
    }
}

#[test]
fn the_camhs_parts_words_and_limits() {
    for (description, term) in [
        ("Mum will remove means from the home and keep her tablets in a locked box", "remove means"),
        ("Mum will do a ligature sweep of Jack's room every week", "ligature sweep"),
        ("Dad will use de-escalation when Jack is angry", "de-escalation"),
    ] {
        let r =
            check("Jack", "Jack (17) has had thoughts of suicide", description, "Mum's checklist, seen at each visit");
        let f = about(&r, "smart.plainLanguage");
        assert!(f.message.contains(term), "{description}: {}", f.message);
    }
    let r = check(
        "Keira",
        "Keira (14) has been cutting herself since her stepdad moved in",
        "Keira's stepdad will build a relationship with her",
        "Keira scores how close she feels to her stepdad from 0 to 10 each month",
    );
    assert!(!letter(&r, "S").met, "{}", reasons(&r, "S"));
    // Someone who has not left home for months cannot do the school run from next week;
    // a first step with their therapist can be done.
    let need = "Mum has severe agoraphobia and has not left the flat for 14 months";
    ruled_out(&[(
        "Kacper",
        need,
        "Mum will walk Kacper to school every day",
        "The school register",
        "has not been able to leave home",
    )]);
    let r = check(
        "Kacper",
        need,
        "Mum will walk Kacper to the end of the road once a week with her support worker",
        "The support worker's notes",
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    // Parents who leave for work at 6am cannot take him to school; after school they can.
    let need = "Kacper (13) refuses school; his parents work early shifts and leave the house at 6am";
    ruled_out(&[(
        "Kacper",
        need,
        "Kacper's parents will take him to school every morning",
        "The school register",
        "leaves for work early",
    )]);
    let r = check("Kacper", need, "Kacper's parents will pick him up from school every day", "The school register");
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    // A parent with little English cannot pass a course taught in English; with an
    // interpreter they can.
    let need = "Hana (18) speaks Tigrinya, with very little English; Selam (6 months) has missed health checks";
    let r = check("Selam", need, "Hana will go to a parenting course taught in English", "The course register");
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check(
        "Selam",
        need,
        "Hana will go to a parenting course taught in English, with an interpreter",
        "The course register",
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    // "Works evening shifts": not a group on Tuesday evenings.
    let r = check(
        "Tomasz",
        "Tomasz (12) hits his mum, Agnieszka, who works evening shifts at a warehouse",
        "Agnieszka will go to the Tuesday evening parent group every week",
        "The group register",
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
}

#[test]
fn the_no_recourse_parts_limits() {
    // Not allowed to work: no job by January; a broken leg: no walk to school, though a
    // bus is fine; an appeal is the judge's to decide; the only income given up with
    // nothing in its place.
    for (child, need, description) in [
        (
            "Joseph",
            "Ramon, dad of Joseph (8), has lost his sponsored job and his visa does not let him work",
            "Dad will take a job at the local supermarket by January",
        ),
        (
            "Hassan",
            "Layla, mum of Hassan (6), is eight months pregnant and walks on crutches",
            "Mum will walk Hassan to and from school every day",
        ),
        (
            "Kwame",
            "Dad, Kofi, has been told his appeal hearing is on 10 March 2027",
            "Dad will win his appeal and the family will have permission to stay",
        ),
        (
            "Samuel",
            "Samuel (11) is alone after school while Dad works at the warehouse; the family has no other income",
            "Dad will give up his job at the warehouse to be at home with Samuel",
        ),
    ] {
        let r = check(child, need, description, "The social worker sees the letter at a visit");
        assert!(achievable_flag(&r).is_some(), "{description}: {}", reasons(&r, "A"));
    }
    for (child, need, description) in [
        (
            "Hassan",
            "Layla, mum of Hassan (6), is eight months pregnant and walks on crutches",
            "Hassan will get to school on the school bus every day",
        ),
        (
            "Samuel",
            "Samuel (11) is alone after school while Dad works at the warehouse; the family has no other income",
            "Dad will give up his job at the warehouse once the council's support payments start",
        ),
        (
            "Samuel",
            "Samuel (11) is alone at night while Dad works nights; the family has no other income",
            "Dad will stop working nights and work day shifts instead, so he is home with Samuel every night",
        ),
    ] {
        let r = check(child, need, description, "The social worker sees the letter at a visit");
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // The concession that lets a victim of domestic abuse claim benefits is not ruled out
    // by having no recourse; "EU" is plain; an immigration adviser answers a Home Office
    // letter.
    let r = check(
        "Ada",
        "Mum has no recourse to public funds and has fled to a refuge with Ada (4)",
        "Mum will apply for the Migrant Victims of Domestic Abuse Concession and claim Universal Credit",
        "The refuge worker confirms the application was sent",
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check(
        "Ada",
        "Dad missed the deadline for settled status",
        "Dad will send a late application to the EU Settlement Scheme",
        "The Home Office email confirming it was received, seen by the social worker",
    );
    assert!(letter(&r, "P").met, "{}", reasons(&r, "P"));
    let r = check(
        "Ada",
        "Mum, Thandi, was told by a Home Office officer that she must leave the UK",
        "Mum will see an immigration adviser at the Law Centre to understand the letter",
        "The Law Centre confirms the appointment took place",
    );
    assert!(letter(&r, "R").met, "{}", reasons(&r, "R"));
}

#[test]
fn what_reading_14_found() {
    // A change word, then what it means: specific. The workers' phrase is still flagged.
    let r = check(
        "Kemi",
        "Kemi (9) saw her father hit Mum; she now wakes most nights",
        "Kemi's trauma responses will reduce, so that she wakes no more than twice a week",
        "Mum's sleep diary",
    );
    assert!(letter(&r, "S").met, "{}", reasons(&r, "S"));
    assert!(about(&r, "smart.plainLanguage").message.contains("trauma responses"));
    // A state hoped for is not "what someone will do"; a measure that names who is told
    // says who, not what they will see.
    let need = "Bethany (14) cuts herself since she was bullied";
    let r =
        check("Bethany", need, "Bethany will go to the after-school art club every week", "Self-esteem will be higher");
    let m = &about(&r, "smart.measurable").message;
    assert!(!m.contains("says what someone will do") && m.contains("names no number"), "{m}");
    let r = check(
        "Bethany",
        need,
        "Bethany will go to the after-school art club every week",
        "Bethany to tell the social worker how she is finding it",
    );
    let m = &about(&r, "smart.measurable").message;
    assert!(m.contains("says who will check, not what they will count or see"), "{m}");
    // A vague outcome is told it is vague, not that its measure's topic is another need's.
    let r = check(
        "Musa",
        "Musa (10) lives with Dad, who is on immigration bail; his trainers have holes",
        "Musa's basic needs will be met",
        "The social worker sees Musa in school shoes that fit at the December visit",
    );
    assert!(!letter(&r, "S").met);
    assert!(letter(&r, "R").met, "{}", reasons(&r, "R"));
    // "Triggers" answer a need about scratching.
    let r = check(
        "Tyler",
        "Tyler (13) has been scratching his arms with a compass; Mum panics when she sees the marks",
        "Mum will know Tyler's triggers and warning signs",
        "The family support worker checks at home visits",
    );
    assert!(letter(&r, "R").met, "{}", reasons(&r, "R"));
}

#[test]
fn what_the_family_cannot_do_for_reasons_the_need_gives() {
    for (child, need, description) in [
        // Written "hasn't" as well as "has not".
        (
            "Charlie",
            "Charlie (15) hasn't left the house in four months because of panic attacks",
            "Charlie will be back in all his lessons by the December review",
        ),
        ("Miley", "Miley (9) has not left the house for 8 months", "Miley will go on the school's residential trip"),
        (
            "Oliver",
            "Mum, Funke, works 16 hours a week; she cannot work more because there is no after-school club",
            "Mum will increase her hours at the shop to 37 a week",
        ),
        (
            "Kelechi",
            "The family's only income is the council's weekly support, which covers food and little else",
            "Mum will save £50 a week towards a deposit",
        ),
        (
            "Talia",
            "The landlord has served notice and the family must leave the house by 31 December",
            "Mum will put up shelves and a wardrobe in Talia's bedroom",
        ),
    ] {
        let r = check(child, need, description, "The social worker sees it at a visit");
        assert!(achievable_flag(&r).is_some(), "{description}: {}", reasons(&r, "A"));
    }
    for (child, need, description) in [
        (
            "Oliver",
            "Mum, Funke, works 16 hours a week; she cannot work more because there is no after-school club",
            "Mum will increase her hours to 30 a week once Oliver has a childminder after school",
        ),
        (
            "Talia",
            "The landlord has served notice and the family must leave the house by 31 December",
            "Mum will put up shelves and a wardrobe in Talia's bedroom in the new flat",
        ),
    ] {
        let r = check(child, need, description, "The social worker sees it at a visit");
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // A big change for a baby or a child in a few weeks: asleep for 12 hours, walking on
    // his own, talking in sentences.
    for (need, description) in [
        ("Ezra (4 months) wakes every two hours", "Ezra will sleep 12 hours through the night without waking"),
        ("Alfie (2) says about 10 single words", "Alfie will speak in sentences of five or more words"),
    ] {
        let r = check_by("2026-12-14", "Ezra", need, description, "The health visitor sees it at a home visit");
        assert!(!letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
        let r = check_by("2027-09-30", "Ezra", need, description, "The health visitor sees it at a home visit");
        assert!(letter(&r, "A").met, "{description} by September: {}", reasons(&r, "A"));
    }
    // A child who cannot sit will not walk on his own by the spring; with a walker, steps can.
    let need = "Kofi (3) has cerebral palsy and cannot sit without support";
    let r = check("Kofi", need, "Kofi will walk on his own by March", "The physiotherapist's notes");
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check("Kofi", need, "Kofi will take 5 steps in his walker", "The physiotherapist's notes");
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
}

#[test]
fn what_the_travellers_and_family_plans_parts_showed() {
    // Not waits: what happened last year, an age range, travel the outcome is timed before.
    for (need, description, target) in [
        (
            "Esther (8) travels with her family in the summer. Last year she did not go back to school until September because the family came back late.",
            "Esther will be at Meadow Primary every school day until the summer holiday, with the family's return date agreed with the school before they leave",
            "2027-07-20",
        ),
        (
            "Kizzy (15) has been home educated since Year 9 and wants to train in hairdressing",
            "Kizzy will start the part-time hairdressing course for 14 to 16 year olds at Westfield College",
            "2027-01-11",
        ),
        (
            "Rudy (5) needs a hernia operation. The family travels in Scotland until September",
            "Rudy will have his hernia operation before the family leaves for Appleby at the end of May",
            "2027-05-28",
        ),
    ] {
        let r = check_by(target, "Esther", need, description, "The school or hospital confirms it");
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // One meeting "to see his work" and the attendance it aims at are not four demands;
    // nor is what the family will do if the plan slips ("If she is late, …"), nor what a
    // friend does ("Her friend Nell will call for her").
    for description in [
        "Jozef's parents will meet his teacher, with an interpreter, to see his work and how groups are chosen, and Jozef will be back at school every day",
        "Precious will be home by 10pm on Friday and Saturday nights. If she is late, Mum will ring her, then Auntie Grace, who will go and pick her up. If she can't be found by midnight, Mum will ring the police.",
        "Iris will go to school every Monday. Her friend Nell will call for her at 8.15, and on Sunday nights Mum and Iris will open her worry box and talk about what is in it.",
    ] {
        let r = check("Jozef", "Jozef (9) has been kept home three days a week", description, "The school register");
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // A leaflet that says something is not needed is no behaviour that stops.
    let r = check(
        "Rose",
        "Rose (6) has eczema and is not registered with a GP",
        "Mum will register Rose at the surgery, showing the leaflet that says proof of address is not needed, and Rose will see a GP",
        "The surgery confirms the registration and the appointment",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    // A parent who hit a child will never hit again: the bottom line, not perfection.
    let r = check(
        "Ruben",
        "Ruben (8) has been hit with a belt by Dad",
        "Dad will never hit Ruben, and will use time-out instead",
        "Ruben's school mentor asks him each week whether he has been hit",
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    // "Until she is seen" is what happens while she waits.
    let r = check(
        "Freya",
        "Freya (12) cuts her arms; the waiting list for the mental health service is about nine months",
        "Until she is seen by the service, Freya will talk to Auntie Bev when she feels like hurting herself",
        "Freya's weekly tally, shared with the school nurse",
    );
    assert!(letter(&r, "A").met, "{}", reasons(&r, "A"));
    // Texts kept and police stops counted are a record.
    let r = check(
        "Jamie",
        "Jamie (13) is out until midnight and has been stopped by police twice",
        "Jamie will stay at Uncle Carl's and be in by 9pm on school nights",
        "Mum keeps Carl's texts; no police stops by March",
    );
    assert!(letter(&r, "M").met, "{}", reasons(&r, "M"));
    // Someone in hospital, in prison, in a care home, far away or unable to read.
    for (child, need, description) in [
        (
            "Darcy",
            "Darcy (2)'s mum went into a mental health ward last week and will be there for at least eight weeks",
            "Mum will take Darcy to Stay and Play at the Family Hub three times a week",
        ),
        ("Chantelle", "Chantelle (13)'s dad is in prison", "Dad will take the boys to school each morning"),
        (
            "Destiny",
            "Destiny (8)'s mum cannot read letters or messages from school",
            "Mum will check the school app every day and reply to messages",
        ),
        (
            "Maryam",
            "Maryam (8)'s only relative, Auntie Rukhsana, lives in Leicester, 100 miles away",
            "Auntie Rukhsana will collect Maryam from school every day",
        ),
        (
            "Dexter",
            "Dexter (5) lives with Dad. Nan, who used to help, has moved into a care home",
            "Nan will look after Dexter after school",
        ),
    ] {
        let r = check(child, need, description, "The social worker sees the rota at a visit");
        assert!(achievable_flag(&r).is_some(), "{description}: {}", reasons(&r, "A"));
    }
    // "Number of …": a count, but of what a service does.
    let r = check(
        "Mikey",
        "Mikey (12) is doing no maths or English at home",
        "Mikey will do English and maths four mornings a week",
        "Number of worksheet packs posted to the family",
    );
    let m = &about(&r, "smart.measurable").message;
    assert!(m.contains("counts “worksheet packs”") && !m.contains("names no number"), "{m}");
}

#[test]
fn what_the_nineteenth_rounds_code_review_found() {
    // Good outcomes the new limits must leave alone.
    for (child, need, description) in [
        ("Talia", "Mum was given notice by her employer last month", "Mum will decorate Talia's bedroom with her"),
        ("Kofi", "Kofi (15) cannot stand his stepdad and stays out late", "Kofi will walk independently to school"),
        ("Darcy", "Darcy (2) is in hospital with bronchiolitis", "Darcy will be home and eating well"),
        (
            "Leo",
            "Dad's insurance does not cover the damage to the flat",
            "Mum will save £2 a week with the credit union",
        ),
        ("Leo", "Mum has a broken leg in plaster", "Mum will carry on taking her medication every morning"),
        ("Kacper", "Mum leaves the house at 6 for her job", "Mum will get Kacper's uniform ready the night before"),
        ("Selam", "Hana speaks very little English", "Hana will fill in the food diary with pictures"),
        (
            "Destiny",
            "Destiny (8)'s mum cannot read letters or messages from school",
            "Mum will reply to the school's messages by voice note",
        ),
        ("Tomasz", "Mum works nights Sunday to Thursday", "Mum will read to Tomasz on Friday nights"),
        ("Ella", "Ella (9) lives 30 miles from her old school", "Ella will get to her old school by taxi every day"),
        ("Kian", "Kian (14) is on his phone until 3am", "Mum will keep Kian's phone in her room from 8pm to 7am"),
        (
            "Joseph",
            "Joseph (8)'s dad is not allowed to work",
            "Dad will do his jobs at home with Joseph every Saturday",
        ),
    ] {
        let r = check_by("2026-12-14", child, need, description, "The social worker sees it at a visit");
        assert!(letter(&r, "A").met, "{description}: {}", reasons(&r, "A"));
    }
    // Given, received or handed over where that is the outcome, in other words.
    for (description, measure) in [
        ("Mia will be up to date with her jabs", "The GP's letter confirms all vaccinations were given"),
        ("Mum will give permission for the referral", "Consent form received by the school nurse"),
        ("The family will be rehoused by June", "Keys to the new flat given by the council"),
    ] {
        let r = check("Mia", "Mia (2) has missed her jabs", description, measure);
        assert!(!reasons(&r, "M").contains("arranged or handed over"), "{measure}: {}", reasons(&r, "M"));
    }
    // A count of the change itself lacks only how many and where: it is not told that it
    // "does not show the outcome".
    let r =
        check("Ellie", "Ellie (7) wets the bed most nights", "Ellie will have more dry nights", "Number of dry nights");
    let f = about(&r, "smart.measurable");
    assert!(f.message.contains("says what will be counted (“dry nights”)"), "{}", f.message);
    assert!(f.hint.as_deref().unwrap_or("").contains("how many you are aiming for"), "{:?}", f.hint);
    // Still weak: a parent making sure a child never hits; five jobs if a child is ill;
    // any number after "so that"; an operation before a trip, with an 18-month wait.
    let r = check(
        "Ruben",
        "Ruben (8) hits his sister",
        "Mum will make sure Ruben never hits his sister",
        "Mum's diary, seen at each visit",
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check(
        "Tia",
        "Tia (9) misses school when she is ill",
        "Tia will go to school every day she is well. If Tia is ill, Mum will ring the school, take her to the GP, keep a diary, send a note to her teacher and collect her work.",
        "The school register",
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    let r = check(
        "Sam",
        "Sam (10) is anxious about moving up to secondary school",
        "Sam's anxiety will reduce so that he is ready for Year 7",
        "Sam's 0 to 10 worry score each month",
    );
    assert!(!letter(&r, "S").met, "{}", reasons(&r, "S"));
    let r = check_by(
        "2027-05-28",
        "Ezra",
        "Ezra (4) needs an operation on his ears; the wait is 18 months",
        "Ezra will have his operation before the family leave for the summer",
        "The hospital's discharge letter",
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    // Applying for jobs is still what someone not allowed to work cannot do.
    let r = check(
        "Joseph",
        "Joseph (8)'s dad is not allowed to work",
        "Dad will apply for five jobs a week",
        "The social worker sees the applications",
    );
    assert!(!letter(&r, "A").met, "{}", reasons(&r, "A"));
    // A limit's message does not say "the need says" twice.
    let r = check(
        "Samuel",
        "Samuel (11) is alone after school while Dad works at the warehouse; the family has no other income",
        "Dad will give up his job at the warehouse to be at home with Samuel",
        "The social worker sees Dad at home",
    );
    let m = &achievable_flag(&r).expect("flagged").message;
    assert_eq!(m.matches("the need says").count() + m.matches("The need says").count(), 1, "{m}");
}

#[test]
fn a_target_date_on_or_after_the_childs_18th_birthday_is_flagged() {
    let with = |born: Option<&str>, target: &str| {
        let mut p = plan(
            "Kayden",
            "Kayden (17) has no income and will lose his room at the hostel.",
            "Kayden moves into his own flat with a tenancy in his name",
            "Tenancy agreement seen by the social worker",
        );
        p.child.date_of_birth = born.map(d);
        p.outcomes[0].target_date = Some(d(target));
        check_plan(p)
    };
    let dated = |r: &Report| -> Vec<String> {
        flags(r).iter().filter(|f| f.rule == "smart.timebound").map(|f| f.message.clone()).collect()
    };
    // Before his birthday: nothing said, the letter met.
    let r = with(Some("2009-03-15"), "2027-03-14");
    assert!(dated(&r).is_empty(), "{:?}", show(&r));
    assert!(letter(&r, "T").met, "{:?}", letter(&r, "T"));
    // On his birthday and after it: a warning that says when he turns 18, and T not met.
    for target in ["2027-03-15", "2027-03-19"] {
        let r = with(Some("2009-03-15"), target);
        let said = dated(&r);
        assert_eq!(said.len(), 1, "{target}: {:?}", show(&r));
        assert!(said[0].contains("Kayden's 18th birthday (15 Mar 2027)"), "{}", said[0]);
        assert!(!letter(&r, "T").met, "{:?}", letter(&r, "T"));
        let hint = about(&r, "smart.timebound").hint.clone().unwrap_or_default();
        assert!(hint.contains("before 15 Mar 2027"), "{hint}");
    }
    // No date of birth: nothing to go on.
    let r = with(None, "2027-03-19");
    assert!(dated(&r).is_empty(), "{:?}", show(&r));
}

fn flag_of<'r>(r: &'r Report, rule: &str) -> Option<&'r Finding> {
    flags(r).into_iter().find(|f| f.rule == rule)
}

/// Each (child, need, description, measure) gets no SMART warning.
fn nothing_said(cases: &[(&str, &str, &str, &str)]) {
    for &(child, need, description, measure) in cases {
        let r = check(child, need, description, measure);
        assert!(smart_said(&r).is_empty(), "{description} / {measure}: {:?}", smart_said(&r));
    }
}

/// Each (child, need, description, measure, said) is told it "may not be possible", with
/// `said` in the message: the need's words it quotes, or the reason it gives ("works nights
/// or evenings").
fn ruled_out(cases: &[(&str, &str, &str, &str, &str)]) {
    for &(child, need, description, measure, said) in cases {
        let r = check(child, need, description, measure);
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", smart_said(&r)));
        assert!(f.message.contains("may not be possible") && f.message.contains(said), "{}", f.message);
    }
}

/// Each (need, description, said), for `child` with `measure` and target `date`, gets an
/// achievability warning whose message has `said` in it.
fn achievable_says(date: &str, child: &str, measure: &str, cases: &[(&str, &str, &str)]) {
    for &(need, description, said) in cases {
        let r = check_by(date, child, need, description, measure);
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains(said), "{}", f.message);
    }
}

/// Each of `cases` (need, description) for `child` with `measure` gets no "may not be
/// possible": the twin of `ruled_out`.
fn not_ruled_out(child: &str, measure: &str, cases: &[(&str, &str)]) {
    for &(need, description) in cases {
        assert!(!warned(child, need, description, measure, "smart.achievable"), "{need} / {description}");
    }
}

/// Does the outcome get a finding of `rule`?
fn warned(child: &str, need: &str, description: &str, measure: &str, rule: &str) -> bool {
    flag_of(&check(child, need, description, measure), rule).is_some()
}

#[test]
fn an_acronym_said_to_be_a_named_charity_or_a_prison_is_plain() {
    let need = "Dad (Lee) owes £1,400 in rent arrears since leaving the army.";
    let plain = |description: &str| {
        let r = check("Ava", need, description, "Signed repayment plan seen by the social worker");
        flag_of(&r, "smart.plainLanguage").map(|f| f.message.clone())
    };
    // Said what it is, after a comma: plain.
    for description in [
        "Dad will agree a repayment plan for the arrears with help from SSAFA, the armed forces charity",
        "Dad will have four sessions with SUDEP Action, a charity for families after a death from epilepsy",
    ] {
        assert_eq!(plain(description), None, "{description}");
    }
    // Not said: still a word the family may not know.
    let bare = plain("Dad will agree a repayment plan for the arrears with help from SSAFA");
    assert!(bare.as_deref().is_some_and(|m| m.contains("SSAFA")), "{bare:?}");
    // A prison's name and a SIM card are everyday words for these families.
    let r = check(
        "Leon",
        "Leon (9) has not seen Dad since Dad went to prison in August.",
        "Leon will visit Dad at HMP Leeds at least once a month, and Mum will get a SIM for the prison's calls",
        "Visits recorded by the prison's booking line",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{:?}", show(&r));
}

#[test]
fn help_with_a_named_bill_and_a_routine_from_now_on_are_not_flagged() {
    let r = check(
        "Sam",
        "Mum (Aisha) has been left with the council tax and water bills since Dad died in August.",
        "Mum will have the council tax and water bills in her own name, with help with council tax",
        "New bills in Mum's name, seen by the social worker",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    let r = check(
        "Sam",
        "Mum (Aisha) is two months behind with the rent since Dad died in August.",
        "Mum will pay the rent on time each month from now on",
        "Rent statements showing no new arrears, seen by the social worker",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    // An absolute ban from now on is still perfection.
    let r = check(
        "Mikey",
        "Mikey (6) hits or bites other children at school most days.",
        "From now on Mikey will not hit or bite anyone at school",
        "School behaviour log",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("perfection"), "{}", f.message);
}

#[test]
fn a_need_about_sexual_harm_is_not_answered_by_a_club() {
    let need =
        "Harvey (9) touched his cousin Poppy (5) under her clothes during sleepovers at their grandparents' house.";
    let r = check("Harvey", need, "Harvey will join the Saturday swimming club and go every week", "Club register");
    let f = flag_of(&r, "smart.relevant").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("nothing in common"), "{}", f.message);
    for description in [
        "Harvey and Poppy will sleep in separate rooms at sleepovers, with Nan checking on them every hour",
        "Nan and Grandad will supervise Harvey and Poppy whenever they play together",
    ] {
        let r = check("Harvey", need, description, "Nan's log of each sleepover, seen by the social worker");
        assert!(flag_of(&r, "smart.relevant").is_none(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn a_parent_at_work_all_day_or_on_saturdays_or_deployed_cannot_be_there_then() {
    let at_work = |need: &str, description: &str| {
        let r = check("Ben", need, description, "Class teacher confirms who collects Ben each day");
        achievable_flag(&r).map(|f| f.message.clone())
    };
    let shifts =
        "Ben (7) is very clingy. Mum (Lisa) has gone back to full-time work at the hospital on 12-hour shifts.";
    let m = at_work(shifts, "Mum will collect Ben from school every day");
    assert!(m.as_deref().is_some_and(|m| m.contains("full-time work")), "{m:?}");
    let m = at_work(
        "Ben (7) is very clingy. Mum is out from 6am to 9pm most days.",
        "Mum will collect Ben from school every day",
    );
    assert!(m.as_deref().is_some_and(|m| m.contains("out from 6am to 9pm")), "{m:?}");
    // On her days off she can; someone else can; and part-time work leaves the afternoons.
    assert_eq!(at_work(shifts, "Mum will collect Ben from school on her days off"), None);
    assert_eq!(at_work(shifts, "Nan will collect Ben from school every day"), None);
    let hours = "Ben (7) is very clingy. Mum works full-time in school hours as a teaching assistant.";
    assert_eq!(at_work(hours, "Mum will collect Ben from school every day"), None);
    let nights = "Ben (7) is very clingy. Dad works full-time night shifts at the warehouse.";
    assert_eq!(at_work(nights, "Dad will collect Ben from school every day"), None);

    let saturdays = "Harry (14) has stopped going to football since Dad died. Mum works Saturdays at the supermarket.";
    let r = check(
        "Harry",
        saturdays,
        "Mum will take Harry to football training every Saturday",
        "Club secretary's register",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("“works Saturdays”") && f.message.contains("at weekends"), "{}", f.message);
    not_ruled_out(
        "Harry",
        "Club secretary's register",
        &[(saturdays, "Mum will take Harry to football training every Wednesday evening")],
    );

    let away = "Harper (7) has wet the bed most nights since her dad deployed to Estonia in September for six months.";
    ruled_out(&[("Harper", away, "Dad will do the school run and bedtime every day", "Mum's diary", "“deployed to”")]);
    let back = "Harper (7) has wet the bed most nights since her dad was deployed to Cyprus and came back in October.";
    not_ruled_out("Harper", "Mum's diary of dry nights", &[(back, "Dad will do bedtime every night")]);
}

#[test]
fn limits_of_the_family_in_other_words() {
    let a = |need: &str, description: &str, measure: &str| {
        let r = check("Harry", need, description, measure);
        achievable_flag(&r).map(|f| f.message.clone())
    };
    // A broken leg, said as "broke her leg".
    let leg = "Harry (4) has missed nursery since his mum broke her leg in October.";
    assert!(a(leg, "Mum will walk Harry to nursery each morning", "Nursery register").is_some());
    assert_eq!(a(leg, "Mum will take Harry to nursery by taxi each morning", "Nursery register"), None);
    // Too unwell to go out.
    let ill = "Heidi (6) lives with Mum, who is having chemotherapy and is often too unwell to leave the house.";
    assert!(a(ill, "Mum will take Heidi swimming three times a week", "Mum's diary").is_some());
    // A visa that rules out benefits; asking for that to change is another matter.
    let visa = "Ava (5) goes to school hungry; Mum's visa means she cannot claim benefits.";
    assert!(a(visa, "Mum will claim Universal Credit and Child Benefit", "Benefit award letters").is_some());
    let ask =
        "Mum will apply to the Home Office to be allowed to claim benefits, with help from an immigration adviser";
    assert_eq!(a(visa, ask, "The Home Office letter confirming the application"), None);
    // A long sentence, and what a father in prison can do from there.
    let prison = "Rhys (8) lives with Nan; Dad is serving 11 years, sentenced this summer.";
    assert!(a(prison, "Dad will be living back home with Rhys by next summer", "Probation officer confirms").is_some());
    let story = "Dad will record a bedtime story for Rhys each month through Storybook Dads";
    assert_eq!(a(prison, story, "Nan keeps the recordings"), None);
    // A job he cannot afford to leave.
    let job = "Dad works offshore two weeks on, two weeks off; he says he cannot afford to leave his job.";
    assert!(a(job, "Dad will stop working offshore by Christmas", "Dad's new contract of employment").is_some());
}

#[test]
fn a_wait_or_a_course_length_the_need_states_in_other_words_is_read() {
    let wait = |need: &str, description: &str, measure: &str, date: &str| {
        let r = check_by(date, "Kai", need, description, measure);
        achievable_flag(&r).map(|f| f.message.clone())
    };
    // The need names the service by its initials, the outcome in words.
    let camhs =
        "Kai (16) says he doesn't see the point, and CAMHS have said the wait for an assessment is about 14 months.";
    let m = wait(
        camhs,
        "Kai will have started therapy with the children's mental health service",
        "The service confirms his first appointment",
        "2027-01-29",
    );
    assert!(m.as_deref().is_some_and(|m| m.contains("14 months")), "{m:?}");
    // "which the coroner expects to hold in about 18 months".
    let inquest = "Mum and Dad are waiting for the inquest into Teddy's death, which the coroner expects to hold in about 18 months.";
    let m = wait(inquest, "Mum and Dad will have the coroner's findings", "Coroner's report", "2027-03-31");
    assert!(m.as_deref().is_some_and(|m| m.contains("18 months")), "{m:?}");
    // A course's length in the need, as sessions a week or months, for an outcome that
    // finishes it; not for one that has begun it, and not how long a family has waited so far.
    let course =
        "Jack (14) has a place on a 30-session weekly programme for young people with harmful sexual behaviour.";
    let m =
        wait(course, "Jack will complete the programme", "The programme confirms the sessions attended", "2027-03-31");
    assert!(m.as_deref().is_some_and(|m| m.contains("30-session weekly programme")), "{m:?}");
    // Said as a course that takes longer, not as a wait to plan around.
    assert!(m.as_deref().is_some_and(|m| m.contains("course to be finished") && !m.contains("long wait")), "{m:?}");
    assert_eq!(
        wait(course, "Jack will go to the programme every week", "The programme's register", "2027-03-31"),
        None
    );
    let begun = "Jack (14) started a 30-session weekly programme in March and is nearly at the end.";
    assert_eq!(wait(begun, "Jack will complete the programme", "The programme confirms", "2027-01-29"), None);
    let months = "Tyler (13) has a place on a programme that runs as weekly sessions for 9 months from January 2027.";
    assert!(
        wait(months, "Tyler will have completed the whole programme", "The programme confirms", "2027-03-31").is_some()
    );
    let so_far = "The family of six live in a two-bedroom house and have been on the housing list for three years.";
    let ask = "Mum will ask the council's housing team to raise the family's priority because of overcrowding";
    let r = check_by(
        "2027-01-29",
        "Kai",
        so_far,
        ask,
        "The housing team's letter confirming they have received the request and the decision they have made",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
}

#[test]
fn papers_that_show_the_change_are_a_record() {
    for (description, measure) in [
        ("Mum and Dad will have the coroner's findings about why Teddy died", "Coroner's report"),
        ("Callum will sit catch-up mock exams in January", "Results shared by the school's exams officer"),
        ("Mum will sign the consent forms so Layla can go on the Year 9 trip", "School receives the signed forms"),
        ("Dad will find a job near home so Theo can live with him", "Dad's new contract of employment"),
    ] {
        let r = check("Theo", "Theo (7) lives with Mum and his dad is often away.", description, measure);
        assert!(flag_of(&r, "smart.measurable").is_none(), "{description}: {:?}", show(&r));
    }
    // A note of each time the children play together, kept by two adults, is a record.
    let r = check(
        "Max",
        "Max (12) touched his younger twin sisters during bath time.",
        "Max will only play with the twins when an adult is in the same room",
        "Aunt Jenna and Mum keep a shared note on their phones of each time the children play together",
    );
    assert!(flag_of(&r, "smart.measurable").is_none(), "{:?}", show(&r));
}

#[test]
fn a_probation_officers_visits_are_a_services_work_and_what_a_child_is_told_is_one_thing() {
    let r = check(
        "Zach",
        "Zach (7) lives with Mum; Dad is on licence and must not stay overnight.",
        "The probation officer will make home visits every 2 weeks to check Dad is not staying overnight",
        "Probation visit records",
    );
    let f = flag_of(&r, "smart.relevant").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("what a service will do"), "{}", f.message);
    not_ruled_out(
        "Harvey",
        "Mum tells the class teacher when it has been done; the teacher notes whether Harvey still asks when Daddy is coming home",
        &[(
            "Harvey (4) has not been told that his dad has died and keeps asking when he is coming home.",
            "Harvey will be told, in simple words, that Daddy has died and cannot come back, with a picture book to help",
        )],
    );
}

#[test]
fn web_addresses_named_guides_tax_offices_and_written_papers_are_not_flagged() {
    // "GOV.UK" is a web address, the PANTS rules are explained in the bracket after them,
    // and HMRC is the tax office every family writes to.
    for (description, measure) in [
        (
            "Mum will send Dad no more than £20 a month through the GOV.UK 'send money to someone in prison' service",
            "Mum's bank statements, checked with the family support worker each month",
        ),
        (
            "Noah can say the PANTS rules (the NSPCC guide to keeping your body safe) and names two people he would tell",
            "His worker checks he can say the rules at the February visit",
        ),
        ("Gran will claim Child Benefit for Olivia instead of Mum", "HMRC letter confirming Gran's award, seen by the family support worker"),
    ] {
        let r = check("Olivia", "Olivia (9) lives with Gran while Dad is in prison.", description, measure);
        assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{description}: {:?}", show(&r));
    }
    // Papers that show it happened: a signed copy, a date on a housing agreement, an app's
    // record, a short report.
    for (description, measure) in [
        ("Grandma Pat reads and signs the family safety plan", "The signed copy is kept at Grandma's house"),
        (
            "The family will have moved to a four-bedroom service home by July",
            "The move-in date on the new housing agreement",
        ),
        ("Mum will take Maya to the GP about the bedwetting by 15 January", "The appointment is shown on the NHS App"),
        (
            "Kezia goes to the school nurse's six-week group on Thursdays",
            "The school nurse confirms Kezia's attendance and writes a short report for the March review",
        ),
    ] {
        let r = check("Maya", "Maya (7) wets the bed and the family's house is too small.", description, measure);
        assert!(flag_of(&r, "smart.measurable").is_none(), "{description}: {:?}", show(&r));
    }
    // A support letter is a paper, not vague support.
    let r = check(
        "Sadia",
        "Sadia (17) and her baby live in one room in a hostel.",
        "Sadia makes a housing application to the council, with a support letter from the social worker",
        "The council's letter confirming which band she has been placed in",
    );
    assert!(flag_of(&r, "smart.specific").is_none(), "{:?}", show(&r));
}

#[test]
fn income_is_money_and_a_wait_is_not_shared_by_the_word_waiting() {
    let r = check(
        "Josh",
        "Josh (12) lives with Mum, whose partner died in July. Mum's income has halved.",
        "Mum will have a full benefits check with Citizens Advice and apply for everything it shows she can get",
        "The Citizens Advice letter and any new award letters, seen by the social worker",
    );
    assert!(flag_of(&r, "smart.relevant").is_none(), "{:?}", show(&r));
    not_ruled_out(
        "Daisy",
        "Mum notes Daisy's questions in a notebook; Daisy's 0–10 worry score at each visit",
        &[(
            "Daisy (8) asks every day when Dad is coming home; he is on remand waiting for a trial in June 2027.",
            "Mum will answer Daisy's questions honestly, using the words 'Dad is waiting for a judge to decide what happens'",
        )],
    );
}

#[test]
fn what_readers_of_the_twentieth_round_found_wrong_is_not_said() {
    // Bail conditions listed after "which are that" are one thing to keep to, not four.
    not_ruled_out(
        "Ethan",
        "The Youth Justice Service confirms each month that there have been no breaches",
        &[(
            "Ethan (15) is on bail for a sexual assault at a party and must keep to several conditions.",
            "Ethan will keep to all of his bail conditions, which are that he lives at his aunt's address, stays in between 8pm \
             and 7am, does not go to the Meadow estate and does not contact the girl",
        )],
    );
    // "until Mum died in August" is what ended then, not a wait.
    not_ruled_out(
        "Lacey",
        "Young Carers Support attendance register",
        &[(
            "Lacey (12) was a young carer for Mum until Mum died in August.",
            "Lacey will keep going to the Young Carers Support group at least twice a month until Easter",
        )],
    );
    // An acronym followed by the words it stands for.
    let r = check(
        "Jack",
        "Jack (9) lives with Dad, who has been on his own since Mum died in the summer.",
        "Dad will join WAY Widowed and Young and go to at least one local meet-up a month",
        "WAY's booking emails, seen by the social worker",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{:?}", show(&r));
    // Papers and counts that show it.
    for (description, measure) in [
        ("Nan will apply for a special guardianship order for Sam", "Application lodged with the court"),
        ("Sophie will say at least 50 words by June", "The speech and language therapist counts the words Sophie uses"),
        ("Sophie will video call Dad at 7pm every evening he is away", "The call history on Mum's tablet"),
    ] {
        let r = check("Sam", "Sam (6) and Sophie (4) live with Nan while Dad is away.", description, measure);
        assert!(flag_of(&r, "smart.measurable").is_none(), "{description}: {:?}", show(&r));
    }
    // Kinds of home are no vague words.
    for description in [
        "Dad will have a place in the veterans' supported housing scheme in the town",
        "Noah and his parents will be living in a settled home of their own, not a bed and breakfast",
    ] {
        let r = check(
            "Noah",
            "Noah (5) and his parents live in a bed and breakfast.",
            description,
            "Tenancy agreement seen by the social worker",
        );
        assert!(flag_of(&r, "smart.specific").is_none(), "{description}: {:?}", show(&r));
    }
    // Job titles are not jargon; an acronym's still is.
    let need = "Freya (14) shared a picture of another girl online.";
    let r = check(
        "Freya",
        need,
        "Freya will keep to her agreement not to contact the girl, in person or online",
        "Ms Patel, the designated safeguarding lead, checks the school safeguarding log each half term",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{:?}", show(&r));
    let r = check(
        "Freya",
        need,
        "Freya will have weekly sessions with the Emotional Literacy Support Assistant",
        "The assistant's session record",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{:?}", show(&r));
    let r = check("Freya", need, "Freya will meet her YOT worker every week", "YOT worker's records");
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", show(&r));
    // Going to sessions does not show that something happens less.
    let r = check(
        "Daisy",
        "Daisy (11) has started pulling out her hair since Mum's diagnosis.",
        "Daisy will pull her hair less",
        "Daisy will attend a weekly session with the school nurse",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("going to sessions"), "{}", f.message);
    // A rewrite keeps "ever" where it was: "ever finds", not "evers find".
    let r = check(
        "Freddie",
        "Freddie (15) is being bullied about Dad's offence.",
        "Nobody at Freddie's school will ever find out about Dad's offence",
        "Freddie tells Mum nobody has mentioned it",
    );
    let hints: Vec<String> = flags(&r).iter().filter_map(|f| f.hint.clone()).collect();
    assert!(hints.iter().any(|h| h.contains("nobody at Freddie's school ever finds out")), "{hints:?}");
    // A social worker telling other services is their own work.
    let r = check(
        "Mia",
        "Mia (7) saw Dad push Mum in September.",
        "The social worker will tell the Unit Welfare Officer and the military police about the incident",
        "Emails sent and recorded",
    );
    assert!(flag_of(&r, "smart.relevant").is_some(), "{:?}", show(&r));
}

#[test]
fn settling_in_and_feeling_more_secure_are_vague() {
    for description in ["Alfie will settle into his new school", "Cerys will feel more secure in her care arrangements"]
    {
        let r = check(
            "Alfie",
            "Alfie (10) and Cerys (5) have moved to live with Nan, and Cerys cries every morning.",
            description,
            "The class teacher's weekly record of mornings without tears",
        );
        let f = flag_of(&r, "smart.specific").unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains("vague"), "{}", f.message);
    }
}

#[test]
fn what_a_code_review_of_the_twentieth_round_found_is_mended() {
    let plain = |description: &str| {
        let r = check(
            "Kai",
            "Kai (15) self-harms and Mum is frightened of her ex-partner.",
            description,
            "Diary seen by the social worker",
        );
        flag_of(&r, "smart.plainLanguage").map(|f| f.message.clone())
    };
    // A list after a comma says nothing of what the acronym is; a worker named by an
    // acronym is still an acronym; letters that spell it by chance do not explain it.
    for (description, term) in [
        ("Mum will meet the IDVA, the school and the GP to agree a safety plan by December", "IDVA"),
        ("Kai will meet his CAMHS worker every week", "CAMHS"),
        ("The TA takes Kai out for a five-minute break each lesson", "TA"),
    ] {
        let m = plain(description);
        assert!(m.as_deref().is_some_and(|m| m.contains(term)), "{description}: {m:?}");
    }
    // "From now on, … will not" with a comma, and "won't", are still perfection.
    for description in [
        "From now on, Mikey will not hit or bite anyone at school",
        "From now on Mikey won't hit or bite anyone at school",
    ] {
        let r = check(
            "Mikey",
            "Mikey (6) hits or bites other children at school most days.",
            description,
            "School behaviour log",
        );
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains("perfection"), "{}", f.message);
    }
    // Help with drinking is vague; help with a bill is not.
    let r = check("Ella", "Dad drinks most evenings.", "Dad will have help with his drinking", "Dad's drinking diary");
    assert!(flag_of(&r, "smart.specific").is_some(), "{:?}", show(&r));
    // A young person who was 18 before the plan started is not told to set an earlier date.
    let mut p = plan(
        "Kayden",
        "Kayden (18) has no income and will lose his room at the hostel.",
        "Kayden moves into his own flat with a tenancy in his name",
        "Tenancy agreement seen by the social worker",
    );
    p.child.date_of_birth = Some(d("2008-03-15"));
    let r = check_plan(p);
    assert!(!flags(&r).iter().any(|f| f.message.contains("18th birthday")), "{:?}", show(&r));
    // Part of a course there is time for is not "the course finished".
    let need = "Jack (14) has a place on a 30-session weekly programme for young people with harmful sexual behaviour.";
    let r = check_by(
        "2027-01-29",
        "Jack",
        need,
        "Jack will go to at least 8 of the first 10 sessions of the programme and complete the homework each week",
        "The programme's register",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
    // Waiting since March is no sign a course has begun.
    let waiting = "Jack (14) has been waiting since March for a place on a 30-session weekly programme.";
    let r = check_by("2027-01-29", "Jack", waiting, "Jack will complete the programme", "The programme confirms");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // Asking for help is not shown by a card being handed over.
    let r = check(
        "Lily",
        "Lily (9) gets overwhelmed in class and runs out of the room.",
        "Lily will ask a teacher for help when she feels overwhelmed",
        "Lily is given a time-out card by the school",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("handed over"), "{}", f.message);
}

#[test]
fn a_measure_about_something_else_is_told_so_not_that_it_names_no_record() {
    // A report is a record, but of something else: the message says so.
    let r = check(
        "Callum",
        "Callum (15) has stopped seeing his friends since the crash and spends every evening in his room.",
        "Callum will go out with friends at least once a week",
        "Callum's screen-time report on his phone",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("about something other than the outcome"), "{}", f.message);
    assert!(!f.message.contains("names no number"), "{}", f.message);
    assert!(
        letter(&r, "M").reasons.iter().any(|x| x.contains("something other than the outcome")),
        "{:?}",
        letter(&r, "M")
    );
    // Joining a club does not show that name-calling has stopped.
    let r = check(
        "Rosie",
        "Rosie (12) has been called names at school since October.",
        "The name-calling towards Rosie will stop",
        "Rosie will have joined the school's service children's club",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("about something other than the outcome"), "{}", f.message);
    // Someone who will tell is about nothing else: it names no record.
    for measure in ["Cara to tell us", "Mum to feed back", "Mum says she is paying"] {
        let r = check("Cara", "Cara (9) is hit by Mum when she is angry.", "Mum will stop hitting Cara", measure);
        let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{measure}: {:?}", show(&r)));
        assert!(!f.message.contains("something other"), "{measure}: {}", f.message);
    }
    // The same thing said again in other words is not something else.
    let r = check(
        "Eliza",
        "Mum has not taken Eliza (6) to school since September.",
        "Mum will take Eliza to school herself",
        "Mum is taking Eliza to school",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(!f.message.contains("something other"), "{}", f.message);
}

#[test]
fn what_the_twenty_first_rounds_good_outcomes_showed_is_not_flagged() {
    // "100" is perfection only as "100%".
    not_ruled_out(
        "Zara",
        "Gas company statements each month, seen by the money adviser",
        &[(
            "The family owe £640 to the gas company and Zara (8) has been cold at home.",
            "Dad will pay the £12 a week agreed with the gas company, bringing the debt below £100 by the summer",
        )],
    );
    let r = check("Zara", "Zara (8) misses school most weeks.", "Zara will have 100% attendance", "School register");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // What a count aims at is no perfection; asked of the child, it still is.
    let need = "Stanley (9) watches violent videos at night and has started hurting his brother.";
    not_ruled_out(
        "Stanley",
        "Dad ticks the chart each night. Mum's diary shows how often Stanley hurts his brother, aiming for no times at all.",
        &[(need, "Stanley's phone will go on the landing charger from 8.30pm")],
    );
    let r = check("Stanley", need, "Stanley will have no fights with his brother at all", "Mum's diary");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // One of three steps, a card's name in quotes, and steps someone can say are one thing.
    let teased = "Isla (14) has hit two girls at school when teased.";
    not_ruled_out(
        "Isla",
        "School incident log, checked by her case manager each month",
        &[
            (
                teased,
                "When she feels anger rising, Isla will use one of her three calm-down steps: leave the room, put music on, or text her aunt",
            ),
            (
                teased,
                "When someone teases him, Isla will use her 'stop, walk, tell' card and tell a member of staff, instead of hitting",
            ),
            (
                teased,
                "Isla will be able to say her 3 steps if she feels the urge to hit: stop, put the phone down, talk to her aunt",
            ),
        ],
    );
    let r = check(
        "Isla",
        "Isla (14) has hit two girls at school when teased.",
        "Isla will do three things: stop hitting, go to school every day, join a club, do her homework and help at home",
        "School incident log",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // An acronym the need spells out, or a bracket after the word it names spells out, is
    // explained.
    let r = check(
        "Leo",
        "Leo (4) missed two appointments. His Deaf parents use British Sign Language (BSL).",
        "Mum will ask the surgery to book a BSL interpreter for every appointment",
        "A letter from the surgery confirming the note is on Leo's record",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{:?}", show(&r));
    let r = check(
        "Parisa",
        "Parisa (12) could not go to school in Afghanistan.",
        "By Easter, Parisa will read 100 common English words on sight",
        "Her EAL teacher (English as an Additional Language teacher) tests her each half-term",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    let r = check(
        "Parisa",
        "Parisa (12) could not go to school in Afghanistan.",
        "Parisa will see the EAL teacher",
        "EAL record",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", show(&r));
    // What a bracket explains is not vague, and a named team is no vague help.
    let r = check(
        "Isla",
        "Isla (6) is deaf and the family are behind with their bills.",
        "Mum will claim Disability Living Allowance (a benefit for the extra care a disabled child needs) for Isla",
        "The decision letter from the Department for Work and Pensions, seen by the social worker",
    );
    assert!(flag_of(&r, "smart.specific").is_none(), "{:?}", show(&r));
    let r = check(
        "Kai",
        "Kai (14) and Dad are behind with the rent and have been served notice.",
        "Dad will get help from the council's homeless prevention team and agree a plan to clear the arrears",
        "Housing officer confirms a repayment plan is in place",
    );
    assert!(flag_of(&r, "smart.specific").is_none(), "{:?}", show(&r));
    // Reporting the man who groomed her online answers the grooming.
    let r = check(
        "Drew",
        "Drew (13) was messaged on Discord by a man asking for pictures in exchange for game credits.",
        "Drew will block the man and leave the server, and Mum will report him to the police with the screenshots",
        "Police crime reference number",
    );
    assert!(flag_of(&r, "smart.relevant").is_none(), "{:?}", show(&r));
    // Bidding for a home, or visiting a father in prison, is not held up by the wait.
    let r = check(
        "Callum",
        "Callum (16) and Dad share a one-bedroom flat. The council says the wait for a two-bedroom home is about two years.",
        "Dad will bid for at least one two-bedroom home every week",
        "Bidding history on Dad's housing account, shown to the case manager",
    );
    assert!(flags(&r).is_empty(), "{:?}", show(&r));
    not_ruled_out(
        "Tyler",
        "Visit booking confirmations and Gran's diary of visits",
        &[(
            "Tyler (7) is deaf. His Dad is in HMP Nottingham until 2028.",
            "Tyler will visit Dad at HMP Nottingham once a month, taken by Gran",
        )],
    );
    // More records: a notebook, the data hearing aids keep, staff who note what they see.
    for measure in [
        "Nana ticks yes or no in a notebook at each pick-up",
        "Wearing-time data from his aids, read at audiology",
        "School gate staff note that Olly arrives wearing them",
    ] {
        let need = "Olly (7) often arrives at school without his hearing aids.";
        assert!(
            !warned("Olly", need, "Olly will wear his hearing aids every day", measure, "smart.measurable"),
            "{measure}"
        );
    }
}

#[test]
fn what_the_twenty_first_rounds_weak_outcomes_showed_is_flagged() {
    // Limits: the family's car, a stay in hospital, working hours, a full-time carer, a
    // parent who cannot leave the house, and what no recourse to public funds rules out.
    for (need, description) in [
        ("The family have no car and Mum works in town.", "Mum will drive Filip to the boxing club every Tuesday"),
        (
            "Mum had a stroke and will be in hospital until at least February.",
            "Mum will take Filip to swimming lessons every Saturday",
        ),
        (
            "Dad cares for Filip alone and works 6am to 6pm shifts at a warehouse.",
            "Dad will take Filip to every Tuesday 2pm speech therapy session",
        ),
        (
            "Mum has agoraphobia and has not left the house in two years.",
            "Mum will walk Filip to the school gate every morning",
        ),
        (
            "Mum has no recourse to public funds because of her immigration status.",
            "Mum will claim Disability Living Allowance for Filip",
        ),
    ] {
        let r = check(
            "Filip",
            &format!("Filip (10) is deaf. {need}"),
            description,
            "The social worker sees the record each month",
        );
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // Finishing a course does not show that the shouting has stopped.
    let r = check(
        "Kamran",
        "Kamran (6) is deaf and Dad shouts at him when he does not answer.",
        "Dad will get Kamran's attention by tapping his shoulder, and will not shout at him",
        "Dad completes the ten-week Understanding Deafness course for parents",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("going to sessions"), "{}", f.message);
    // Professional words that sound ordinary, and a mixed-case acronym.
    for description in [
        "Oskar will show desistance by having no further arrests for shoplifting",
        "Taylor will write a letter to the neighbour showing victim empathy",
        "The ToD will check Ibrahim's hearing aids every week",
        "Vanessa will use her protective behaviours when someone asks her for pictures",
    ] {
        let r = check(
            "Oskar",
            "Oskar (15) has been arrested twice for shoplifting.",
            description,
            "Police records each month",
        );
        assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn more_of_what_the_twenty_first_round_found_is_read_right() {
    // A child's school year is no length of time; a wait told after "says … is" or
    // ", currently" is read.
    not_ruled_out(
        "Mina",
        "School maths test in June, shared by her maths teacher",
        &[(
            "Mina (13) is working at about Year 5 level in maths; her mum cannot help with homework.",
            "Mina will go to the maths catch-up group on Tuesdays and move up from Year 5 level to Year 6 level in maths",
        )],
    );
    for need in [
        "Dylan (13) is on the waiting list for an autism assessment, which the health trust says is currently 2 years.",
        "Dylan (13) is on the children's mental health service waiting list, currently 18 months.",
    ] {
        let r = check(
            "Dylan",
            need,
            "Dylan will have his assessment with the children's mental health service done",
            "Report from the clinic",
        );
        assert!(achievable_flag(&r).is_some(), "{need}: {:?}", show(&r));
    }
    // What is offered to a child who then eats is the child's change; "referred … and seen"
    // is still the service's.
    let need = "Ruqia (7) is not eating at school and has lost weight.";
    let r = check(
        "Ruqia",
        need,
        "Ruqia will be offered a hot meal each day and eat a full lunch at least 4 days a week",
        "The lunchtime supervisor ticks a chart each day",
    );
    assert!(flag_of(&r, "smart.relevant").is_none(), "{:?}", show(&r));
    let r = check("Ruqia", need, "Ruqia will be referred to the dietitian and seen within 12 weeks", "Clinic letter");
    assert!(flag_of(&r, "smart.relevant").is_some(), "{:?}", show(&r));
    // Saying something in a session is no going to it; taking part is.
    let need = "Zain (14) sent a sexual picture to a girl in his class.";
    let r = check(
        "Zain",
        need,
        "Zain will not send sexual pictures to anyone",
        "Zain explains his safety steps to his worker in a session, and she records it in her notes",
    );
    assert!(flag_of(&r, "smart.measurable").is_none(), "{:?}", show(&r));
    let r = check(
        "Zain",
        need,
        "Zain will not send sexual pictures to anyone",
        "Zain takes part in the sessions each week",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("going to sessions"), "{}", f.message);
    // Someone who confirms at each review is a witness; keeping an eye on it is no measure.
    let need = "Keeley (15) has moved to her aunt's after rows with Mum.";
    let r = check(
        "Keeley",
        need,
        "Keeley will keep living at her aunt's",
        "Her aunt confirms at each review whether Keeley is still living with her",
    );
    assert!(flag_of(&r, "smart.measurable").is_none(), "{:?}", show(&r));
    let r = check("Keeley", need, "Keeley will keep living at her aunt's", "Mum to keep an eye on it");
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("keep an eye"), "{}", f.message);
    // A named review is an appointment; a letter acknowledged by a service is a record.
    let r = check(
        "Farid",
        "Farid (6) has asthma and no GP.",
        "Mum will register Farid with the surgery and take him to an asthma review",
        "The surgery confirms Farid is registered and has had his asthma review",
    );
    assert!(flag_of(&r, "smart.measurable").is_none(), "{:?}", show(&r));
    assert!(
        letter(
            &check(
                "Kyrie",
                "Kyrie (4) has few words.",
                "Kyrie will start speech therapy",
                "Referral acknowledged by the speech therapy service"
            ),
            "M"
        )
        .met
    );
    // A parent who cannot hold a pen or starts work at 6am cannot do these.
    for (need, description) in [
        ("Mum has severe arthritis in her hands and cannot hold a pen.", "Mum will fill in the school forms herself"),
        ("Dad works 6am to 6pm at a factory 20 miles away.", "Dad will walk Safi to school every morning"),
        ("Mum is a full-time carer for Safi's brother.", "Mum will find full-time work by the end of January"),
        ("Mum cannot read in English or Dari.", "Mum will read with Safi for 20 minutes every night"),
        ("Dad does not read or write.", "Dad will read the school's emails every day"),
    ] {
        let r = check(
            "Safi",
            &format!("Safi (11) lives with Mum and Dad. {need}"),
            description,
            "The school confirms each week",
        );
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // A child protection team's name is no vague word.
    let r = check(
        "Faith",
        "Faith (14) was groomed online by a man.",
        "Mum will report the man to the police's online child protection team",
        "The team's confirmation email, seen by Faith's worker",
    );
    assert!(flag_of(&r, "smart.specific").is_none(), "{:?}", show(&r));
    // The hint for a pile of demands asks for what can be done by the date, and a suggested
    // record of drinking is the service's word, not a test a child would not be given.
    let r = check(
        "Isla",
        "Isla (14) has hit two girls at school.",
        "Isla will stop hitting, go to school every day, join a club, do her homework and help at home",
        "School incident log",
    );
    let hint = achievable_flag(&r).and_then(|f| f.hint.clone()).unwrap_or_default();
    assert!(hint.contains("by the target date"), "{hint}");
    let r = check(
        "Shay",
        "Shay (14) drinks at weekends with older friends.",
        "Shay will not drink alcohol at weekends",
        "Ongoing",
    );
    let hints: Vec<String> = flags(&r).iter().filter_map(|f| f.hint.clone()).collect();
    assert!(hints.iter().any(|h| h.contains("The drug and alcohol service confirms that Shay")), "{hints:?}");
    assert!(!hints.iter().any(|h| h.contains("Test results")), "{hints:?}");
}

#[test]
fn what_a_code_review_of_the_twenty_first_round_found_is_mended() {
    // Perfection however "100%" is typed, and in a description's target or goal.
    let need = "Kai (9) misses school most weeks.";
    for description in ["Kai will have 100 % attendance", "Kai's target: never miss a day of school"] {
        let r = check("Kai", need, description, "The school register");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // Lists said to be goals, or quoted one by one, are still many demands.
    let need = "Dad drinks and the family are behind with the rent.";
    for description in [
        "Dad will name three goals: stop drinking, find a job, pay the rent and move house",
        "Isla will 'stop hitting', 'go to school every day', 'join a club', 'do her homework' and 'help at home'",
    ] {
        let r = check("Isla", need, description, "The social worker sees the rent account each month");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // A family support worker's limits, or grandparents', are not the family's.
    for (need, description) in [
        ("The family support worker is in hospital.", "Mum will take Leo to school every morning"),
        ("Mum's parents have no car and live 20 miles away.", "Mum will drive Leo to see his grandparents every month"),
        (
            "Leo (8) cannot read in front of the class and is anxious about reading.",
            "Leo will read with Mum for 10 minutes every night",
        ),
        (
            "Mum was in hospital until 2 October after a fall and is now home.",
            "Mum will take Leo to school every morning",
        ),
        ("Mum works 8am to 5pm.", "Mum will phone the school every Monday at 9am"),
        ("Mum has no car insurance.", "Mum will drive Leo to school once she is insured"),
        (
            "Leo (12) has no internet filtering on his phone and has been sent images by strangers.",
            "Mum will set up parental controls on the router",
        ),
        (
            "The family have no computer at home, so the school lends Leo a laptop.",
            "Leo will hand in his homework online every week",
        ),
        (
            "Leo (9) is on the waiting list for speech therapy, now aged 9 years.",
            "Leo will start speech therapy by February",
        ),
    ] {
        let r = check(
            "Leo",
            &format!("Leo lives with Mum. {need}"),
            description,
            "The social worker sees the record each month",
        );
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    // But no phone or internet rules these out.
    for (need, description) in [
        (
            "Liam lives with his great-gran (84), who has no smartphone.",
            "Great-gran will set up the Xbox app on her phone",
        ),
        ("The family has no internet at home.", "Liam will do his online homework on the school website every evening"),
    ] {
        let r = check("Liam", need, description, "The school's homework log");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // Coursework is no course.
    let r = check(
        "Kamran",
        "Kamran (12) disrupts lessons most days.",
        "Kamran will stop disrupting lessons",
        "Coursework marks from his teacher each term",
    );
    assert!(
        !flag_of(&r, "smart.measurable").is_some_and(|f| f.message.contains("going to sessions")),
        "{:?}",
        show(&r)
    );
    // An outcome all in brackets is still vague.
    let r = check(
        "Isla",
        "Isla (6) is withdrawn.",
        "(Isla will be happier and more confident)",
        "Her teacher's weekly score",
    );
    assert!(flag_of(&r, "smart.specific").is_some(), "{:?}", show(&r));
    // A measure on the outcome's own topic in other words names no record; it is not about
    // something else.
    let r =
        check("Leo", "Mum is behind with the rent.", "Mum will pay the rent in full every month", "Arrears cleared");
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(!f.message.contains("something other"), "{}", f.message);
}

#[test]
fn what_the_twenty_second_rounds_good_outcomes_showed_is_not_flagged() {
    // Each is an outcome a practitioner would sign off; each was flagged before this round.
    for (need, description, measure) in [
        // A club's or a museum's name, and an acronym a bracket spells out after a name.
        (
            "Bilal (12) has stopped going out since joining an online group.",
            "Bilal will go back to Thursday training with Hartley Juniors FC",
            "Coach Dave keeps the team register and texts Dad each month",
        ),
        (
            "Isaac (15) shares posts that deny the Holocaust.",
            "Isaac will visit IWM North (the Imperial War Museum in Manchester) with his mentor and talk about what he saw",
            "Museum tickets, and the mentor's notes of the talk afterwards",
        ),
        // A sentence that says what something is asks nothing more.
        (
            "Halima (17) thinks her parents may take her to Bangladesh to marry a man they have chosen.",
            "Halima will keep two contacts hidden: the Forced Marriage Unit's number and the British High Commission's address in Dhaka. The High Commission is the UK's embassy there.",
            "Halima tells the safeguarding lead where she keeps them, before the February half-term",
        ),
        // Engaged to be married; a school safe; a school's safeguarding file.
        (
            "Priya (15) overheard her grandparents planning a marriage for her when she turns 16.",
            "Priya's parents will agree in a signed letter that no engagement or marriage will be arranged for her before she is 18",
            "The signed letter, seen by the safeguarding lead",
        ),
        (
            "Shirin (16) says her father took her passport and papers.",
            "Shirin will have her own birth certificate, kept in a sealed envelope in the school safe",
            "The safeguarding lead confirms the certificate is in the envelope, and notes it on Shirin's safeguarding file",
        ),
        // A passport handed in and kept until a date after the target is no wait.
        (
            "Layla (11) may be taken abroad to be cut this summer.",
            "Layla's passport is handed in by Dad at the police station and kept there until 31 August 2027",
            "The police property receipt",
        ),
        // The child's own step, with the referral it brings, in one sentence.
        (
            "Mia (15) has become withdrawn since joining an online group that praises mass killers, and says she wants to hurt herself.",
            "Mia will see her GP with Mum and be referred to mental health support, and she will keep a safety plan on her phone",
            "GP letter confirming the referral; Mia shows her mentor the safety plan on her phone",
        ),
        // Applied for by Mum: the family's doing.
        (
            "Ava (6) was taken off the school roll when the family went abroad; she has been at home since October.",
            "A school place will be applied for by Mum, and Ava will be back in school by February half term",
            "An offer letter from the council's admissions team and Ava's name on the new school's register",
        ),
        // A visit report, a council's email confirming, messages on an app, a loan history.
        (
            "Finley (12) is home educated and the council's adviser does not know what he is learning.",
            "Mum will meet the council's home education adviser at home and show a sample of Finley's work",
            "The adviser's visit report, confirming the meeting took place",
        ),
        (
            "Lily (6) has had no school place since the family moved in October.",
            "Mum will apply for a primary school place for Lily before the review on 14 December",
            "The council's email confirming it has received the application",
        ),
        (
            "Nina (7) goes between two homes and her parents argue about her clothes.",
            "Nina will have a full set of clothes at each home",
            "Messages on the parents' co-parenting app show no arguments about clothes in January and February",
        ),
        (
            "Ivy (9) is home educated and there are no books at home.",
            "Ivy and Mum will join the library and borrow at least four books every two weeks",
            "Library loan history, shown to the home education officer at the spring visit",
        ),
        // Engaged to be married, said as only a marriage is.
        (
            "Asma (16) says her uncle plans to announce her marriage to a cousin at Eid.",
            "Asma will not be engaged at Eid",
            "Asma tells her tutor at the first check-in after Eid, and the tutor notes it",
        ),
        // Or where the need speaks of it.
        (
            "Ishrat (16) starts college in September; her parents say she can go only if she is engaged to her cousin first.",
            "Ishrat will start college in September without being engaged",
            "College register, and Ishrat's own account to her tutor in the first week",
        ),
        (
            "Rubina (15) came back from Pakistan in September and says an engagement was arranged while she was there.",
            "Rubina will tell her head of year, in a private meeting, whether she wants to go ahead with the engagement",
            "Her head of year records Rubina's wishes in her own words",
        ),
        // What someone will understand, however many things it names, is one thing.
        (
            "Abdi (13) has been racially abused at school and Mum speaks little English.",
            "Mum will meet Abdi's head of year so that she understands what has happened, what the school is doing and what Abdi has watched",
            "Meeting confirmed by the head of year",
        ),
        // Work marked by someone is checked.
        (
            "Leo (15) shares an influencer's videos about women.",
            "Leo will write a one-page letter saying why the videos mislead people",
            "Letter marked by his mentor",
        ),
        // Hours that increase are what will change.
        (
            "Theo (10) has been on a part-time timetable of two hours a day since September.",
            "Theo's hours at school will increase by an hour each fortnight, reaching full days by Easter",
            "School register",
        ),
        // One evening on one day, without any argument, is no perfection.
        (
            "Olivia (9) is upset when her separated parents argue at school events.",
            "Mum and Dad will both come to Olivia's school concert, sitting apart",
            "Her teacher confirms both parents attended the spring concert on 18 March without any argument",
        ),
        // Getting legal advice about an order that stops harassment is not about stopping.
        (
            "Mum is afraid of her husband, who is arranging a marriage for their daughter Sana (15).",
            "Mum will get legal advice about a non-molestation order, which is a court order to stop someone harassing her",
            "Mum has an appointment with a family law solicitor, confirmed by the solicitor's letter",
        ),
    ] {
        let r = check("Child", need, description, measure);
        assert!(flags(&r).is_empty(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn what_the_twenty_second_rounds_weak_outcomes_showed_is_flagged() {
    // Professional words that sound ordinary.
    for description in [
        "Adam will take part in counter-narrative sessions with his mentor",
        "Dad will keep to his relapse prevention plan",
        "Mum will nominate a testamentary guardian for Sam",
        "Evan will have a bespoke literacy intervention twice a week",
        "Frankie will take part in restorative work with the girls she hurt",
        "Reece will build protective factors by going to boxing three evenings a week",
    ] {
        let r = check("Adam", "Adam (14) shares far-right videos.", description, "Mentor's record each month");
        assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{description}: {:?}", show(&r));
    }
    // Going to an online module does not show that the comments have stopped; going to
    // class is still going somewhere, but classmates are not.
    let r = check(
        "Danyal",
        "Danyal (16) calls classmates names from a preacher's videos.",
        "Danyal will stop calling classmates names",
        "Danyal completes the four-week online module and attends all eight sessions with his mentor",
    );
    let f = flag_of(&r, "smart.measurable").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("going to sessions"), "{}", f.message);
    // A worker's visits are the worker's task; a case tracked is the council's.
    for description in [
        "Social worker will do a home visit every four weeks and share notes with the school",
        "Dara's case will be tracked on the council's list until a school place is found",
        "Dara's social worker will visit the family every two weeks",
    ] {
        let r = check("Dara", "Dara (10) has had no school place since moving.", description, "Case file");
        assert!(flag_of(&r, "smart.relevant").is_some(), "{description}: {:?}", show(&r));
    }
    // Limits: a deaf parent and a phone call, a mother in hospital and Mum taking the
    // child, a parent who cannot read the posts, a hearing listed after the target.
    for (need, description) in [
        (
            "Leyla (7) goes between homes; Mum is profoundly deaf and uses sign language.",
            "Mum and Dad will have a phone call every Sunday evening to agree Leyla's week",
        ),
        (
            "Leyla (7) is looked after by her aunt; her mother is in hospital after a stroke.",
            "Mum will take Leyla to her weekly counselling sessions",
        ),
        (
            "Leyla (14) shares extremist posts in English; her parents cannot read the posts.",
            "Mum and Dad will read through Leyla's posts every week",
        ),
        (
            "Leyla (6) is home educated by her dad, who reads at about the level of a young child.",
            "Dad will write a detailed weekly learning plan for Leyla and send it to the council each Friday",
        ),
        (
            "Leyla (11) is in a court case about where she lives; the final hearing is listed for November 2027.",
            "A final court order will settle where Leyla lives",
        ),
    ] {
        let r = check("Leyla", need, description, "The social worker sees the diary each month");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn a_word_inside_a_professional_term_is_named_as_the_term_not_as_vague() {
    let r = check(
        "Theo",
        "Theo (10) has been on a part-time timetable of two hours a day since September.",
        "Theo's hours will increase in line with the graduated approach set out in his support plan, reaching full days by Easter",
        "School register",
    );
    let p = flag_of(&r, "smart.plainLanguage").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(p.message.contains("graduated approach"), "{}", p.message);
    assert!(flag_of(&r, "smart.specific").is_none(), "{:?}", show(&r));
    // A vague word of its own is still vague.
    let r = check(
        "Theo",
        "Theo (10) has been on a part-time timetable of two hours a day since September.",
        "Theo will have a better approach to school",
        "School register",
    );
    assert!(flag_of(&r, "smart.specific").is_some(), "{:?}", show(&r));
}

#[test]
fn what_the_twenty_second_rounds_outcomes_showed_each_piece_reads_right() {
    // Each was flagged with the build from before the round, for the reason its comment
    // gives; each is an outcome its writer would sign off (the first is from good outcomes
    // written only to find false alarms, the others from the corpus's train split).
    for (child, need, description, measure, target) in [
        // a sentence that says what something is (fmx001)
        ("Amina", "Amina (13) lives with Mum and her grandmother, who has said Amina should be 'made clean' on a family trip to Somalia next summer. Mum says she is against female genital mutilation (FGM) but finds it hard to stand up to her own mother.", "Mum will sign the Home Office Statement Opposing Female Genital Mutilation (FGM) and keep it with Amina's passport. This letter sets out the law and is often called the 'FGM health passport'.", "The social worker sees the signed statement kept with Amina's passport at the home visit before the review.", "2026-12-14"),
        // things after "the", not verbs (rp128)
        ("Patryk", "Patryk (14) shares far-right memes in English; his parents speak little English and cannot read the posts.", "Mum and Dad will go to a session in Polish, with an interpreter, on the signs of online extremism and the controls on Patryk's phone, and put the controls in place.", "Attendance confirmed by the Family Hub; controls seen by the social worker afterwards.", "2026-12-18"),
        // what someone will learn, spelled out (fm113)
        ("Nimco", "Nimco (13) told her teacher that her older sister was cut during a visit to Kenya and that their mum says Nimco is 'next'; Mum denies this.", "Nimco will learn, in a way that suits her age, that cutting girls is against the law and that she can say no and tell someone. She will name two adults she would tell.", "The school nurse, Mrs Farah, holds three sessions with Nimco before February half-term and writes down the two adults Nimco names at the last one.", "2027-02-12"),
        // after meeting someone (fm157)
        ("Mariam", "Mariam (10) is Egyptian; Mum says a doctor in Cairo offered to 'do it safely' during their Easter trip, and Dad is unsure whether it is wrong.", "After meeting Sheikh Hassan at their mosque, Mum and Dad will agree that Mariam will not be cut, by a doctor or by anyone else, in Egypt or here.", "Sheikh Hassan confirms the meeting took place; both parents sign a statement opposing female genital mutilation, with an Arabic interpreter, before the Easter holidays.", "2027-03-19"),
        // a measure's aim (fm162)
        ("Zahra", "Zahra (16) has been promised in marriage to her cousin in Iraq; her older brother, Ali (19), has threatened to 'deal with her' if she refuses.", "Ali will not contact or threaten Zahra. He has agreed to stay at his uncle's house while this plan is in place.", "Zahra tells her college tutor, Ms Kaur, at each weekly check-in whether Ali has contacted or threatened her; any threat is reported to West Midlands Police. The aim is no contact at all by the end of February.", "2027-02-26"),
        // where a family expects to stay (eh050)
        ("Isaac", "Isaac (8) arrived in the county with his Traveller family in October and has no school place; the family expects to stay on the Longmoor site until at least May.", "Isaac will have a place at Longmoor Primary and attend at least 85% of sessions while the family is on the site.", "Longmoor Primary attendance register.", "2027-02-12"),
        // units of a Year 6 course (eh107)
        ("Samuel", "Samuel (12) is home educated; the home education team's October report said his maths is well below his age and no maths work was seen.", "Samuel will finish units 1 to 6 of the Year 6 White Rose Maths course at home, doing three 30-minute sessions a week.", "End-of-unit quiz scores written in his maths book, seen by the home education officer in March.", "2027-03-31"),
        // until a school place starts (eh096)
        ("Willow", "Willow (12) is waiting for a specialist school place for pupils with social, emotional and mental health needs; the council says the earliest place is September 2027 and she has no education now.", "Willow will have 10 hours a week of tuition at the Grange learning centre until her new school place starts.", "Grange learning centre's register shows Willow there at least 9 hours each week.", "2027-07-16"),
        // knives and school shootings (rp042)
        ("Kai", "Kai (16) is in a Discord group where members talk about school shootings and call past attackers 'saints'; he has told a friend he has 'a list'.", "Kai's parents will lock away all knives and tools at home and check Kai's room with him once a week.", "Lock box seen by the social worker on the next visit; parents tick a weekly check chart.", "2026-12-14"),
        // a forced marriage (fm074)
        ("Jaspreet", "Jaspreet (15) has been told by her grandmother that she is promised to a family friend's son in Punjab; Mum is against this but is afraid of her mother-in-law.", "Mum will call Karma Nirvana's helpline, with the social worker there, to get advice on protecting Jaspreet from a forced marriage and on her own safety.", "The social worker is present for the call and notes it on the day; Mum tells the social worker what advice she was given.", "2026-12-11"),
        // a loan history (eh080)
        ("Ivy", "Ivy (6) is home educated; her mum cannot afford books and the family has no internet.", "Ivy and Mum will join Castlegate library and borrow at least four books every two weeks.", "Library loan history, shown to the home education officer at the spring visit.", "2027-03-31"),
        // permission to claim (fm172)
        ("Tayyaba", "Tayyaba (13) and Mum have left Dad after he and his brothers threatened to take Tayyaba to Pakistan to marry; Mum has no recourse to public funds and they are in a refuge.", "Mum will apply to the Home Office, with the refuge worker's help, for permission to claim benefits as a victim of domestic abuse, so she and Tayyaba can stay safely in the refuge.", "The Home Office letter granting this is seen by the social worker.", "2027-01-15"),
        // a boxing club (rp054)
        ("Sami", "Sami (13) uses Islamist songs and pictures of fighters as his WhatsApp profile and status, copying an older boy at the boxing gym.", "Sami will carry on boxing at a different club, Eastside ABC, at least twice a week, away from the older boy.", "Club register, confirmed by the coach.", "2027-02-26"),
    ] {
        let smart = smart_said(&check_by(target, child, need, description, measure));
        assert!(smart.is_empty(), "{description}: {smart:?}");
    }
}

#[test]
fn the_twenty_second_rounds_exceptions_stay_narrow() {
    let need = "Jo (12) misses school and says she is scared of a girl in her class.";
    // A date earlier in the sentence is no single event.
    let r = check("Jo", need, "By the review on 18 March, Jo will attend school 100% of the time", "School register");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // "Engaged" with nothing of marriage near is still a professional word.
    let r = check("Jo", need, "Dad will be engaged, open and honest with the school", "School log each week");
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", show(&r));
    // A service's task is the service's, whoever else is named.
    for description in [
        "Jo will be referred to CAMHS by her social worker before 1 December",
        "If there is no improvement by Christmas, Jo will be referred to CAMHS",
        "Jo will be referred to CAMHS and they will see her within 12 weeks",
    ] {
        let r = check("Jo", need, description, "Referral letter on file");
        assert!(flag_of(&r, "smart.relevant").is_some(), "{description}: {:?}", show(&r));
    }
    // A sentence about what someone does is no aside.
    let r = check(
        "Jo",
        need,
        "Mum will stop drinking. This means Mum cooks a hot meal each night, keeps the house clean, walks Jo in by 8.45 and goes nowhere near the pub.",
        "Mum's diary, seen by the social worker at each visit",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // An acronym after a day's name is still unexplained; a feeling of safety still vague.
    let r = check("Jo", need, "Mum will go to the Thursday PACE group every week", "Group register");
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", show(&r));
    let r = check("Jo", need, "Jo will feel school safe.", "School register");
    assert!(flag_of(&r, "smart.specific").is_some(), "{:?}", show(&r));
    // Dad's mother is not Mum.
    not_ruled_out(
        "Jo",
        "The counsellor's register",
        &[(
            "Jo (12) is scared at night; Dad's mother is in hospital after a stroke.",
            "Mum will take Jo to her weekly counselling sessions",
        )],
    );
}

#[test]
fn what_the_twenty_third_rounds_good_outcomes_showed_is_not_flagged() {
    // Each is an outcome a practitioner would sign off, from the round's corpus parts, its
    // good outcomes written to find false alarms, or a warning fresh readers found wrong
    // (reading 18); each was flagged by the build from before the round, for the reason its
    // comment gives.
    for (child, need, description, measure, target) in [
        // the doctor named after "for … to check" is who checks (fi015)
        ("Lenny", "Lenny (6) is given medicines no doctor prescribed; Mum buys them online.", "Lenny will take only the laxative Dr Okafor prescribed, and Mum will stop the probiotic and supplements.", "Mum brings all Lenny's medicines to the January clinic for Dr Okafor to check.", "2027-01-29"),
        // what is left out until then, and how long something is paid for, are no waits (fi027, mo171)
        ("Tia", "Tia (13) has been kept off school for six weeks after a sprained wrist; the fracture clinic has cleared her.", "Tia will be back in school every day, joining in all lessons except contact sports until the end of January.", "School register; Head of Year, Mrs Boyd, confirms each week.", "2026-12-18"),
        ("Lyla", "Lyla (9) stopped going to her dance class when Mum could not pay the fees after her hours were cut.", "Lyla will go back to dance class every week, with the fee paid from the Family Hub's activity fund until August.", "Dance teacher confirms Lyla is attending every week.", "2027-02-26"),
        // routine appointments (fi094)
        ("Noah", "Noah (9) misses school most weeks for appointments Mum books in school hours.", "Noah's routine health appointments will be after school or in the holidays, so he misses no more than 2 school mornings a half term for them.", "The school office records each absence for an appointment; Mrs Dunn (attendance officer) shares the count each half term.", "2027-02-12"),
        // a child who misses every Tuesday misses school (fi174)
        ("Mila", "Mila (7) misses every Tuesday for water therapy at a private clinic Mum pays for; Dr Shah says she does not need it.", "Mila will be in school every Tuesday, with any swimming Mum wants her to do taking place at weekends.", "School register for Tuesdays, checked each half term.", "2027-02-12"),
        // help from someone to do something named (mo103)
        ("Hattie", "Hattie (8) wears shoes that let in water; Mum, Kim, pays £60 a week to a rent-to-own shop for a sofa and TV.", "Kim will get help from the money adviser to end or cut the rent-to-own payments, and Hattie and her brother will have dry shoes that fit.", "Letter from the shop showing the new payment; family support worker sees both children's new shoes.", "2027-01-29"),
        // a thermometer and a brace's sensor are records (ru074, ru174)
        ("Jasmine", "Jasmine (5 months) sleeps in a cold, damp room; Mum cannot afford to run the storage heaters.", "Jasmine's room will be kept between 16 and 20°C, using the oil-filled heater the charity is providing and a room thermometer.", "Health visitor reads the room thermometer at each visit.", "2027-01-29"),
        ("Bella", "Bella (12) has scoliosis and will not wear her brace at school because other girls stare.", "Bella will wear her brace at least 18 hours a day, including at school, under a larger uniform jumper the school has given her.", "The brace's built-in wear sensor, read at her clinic visits.", "2027-03-31"),
        // whose plan it is, not a fourth demand (fix033)
        ("Hannah", "Hannah (14) has been told different things by different doctors about her fainting. She is often sent home from school after feeling faint.", "When Hannah feels faint at school, she will sit down, drink water and go back to lessons within 30 minutes, as Dr Ford's plan says.", "The school first aid log records each episode and when Hannah returned to class. Dr Ford, her lead hospital doctor, sees it at each clinic.", "2027-02-12"),
        // living without support from his parents (hyx010)
        ("Josh", "Josh (17) cannot live with his parents and stays with his older sister, who is on a low income. Josh has no money of his own.", "Josh will get Universal Credit (the main benefit for people on low incomes) as a young person living without support from his parents.", "First payment shown on Josh's Universal Credit online account, seen by the housing officer.", "2027-01-29"),
        // an oil rig, and being ill, are what the needs are about (fix005, fix037)
        ("Lily", "Lily (8) has had stomach pains and missed school since Dad started working on an oil rig, three weeks on and three weeks off. She says she misses him.", "While Dad is away on the rig, he will video call Lily at 6pm on at least four evenings a week.", "Mum keeps a tick chart on the fridge of each call made, and Lily shows it at each review.", "2027-02-12"),
        ("Olivia", "Olivia (6)'s parents live apart. Mum says Olivia is seriously ill; Dad sees a healthy child at weekends. Olivia is confused about being 'ill'.", "Mum and Dad will go together to Olivia's next two appointments with Dr Price, so both hear the same medical advice.", "Dr Price's clinic letters list who attended each appointment.", "2027-02-26"),
        // reading 18: a home visit is who confirms; a tenancy's start date is a record
        ("Ollie", "Ollie (16) is living with his aunt after his mum asked him to leave; his aunt wants to keep him.", "Ollie will stay living with his aunt.", "Ollie still living with his aunt, confirmed at a home visit.", "2027-02-26"),
        ("Ahmed", "Ahmed (17) has been asked to leave by his parents and is in emergency accommodation; a supported flat has been offered from January.", "Ahmed will move into the supported flat he has been offered.", "Tenancy start date from the council.", "2027-01-29"),
    ] {
        let smart = smart_said(&check_by(target, child, need, description, measure));
        assert!(smart.is_empty(), "{description}: {smart:?}");
    }
}

#[test]
fn what_reading_18_found_wrong_is_not_said() {
    // Each was said by the build the readers read (and by the one before the round); each
    // outcome may be weak for another reason, which is still said.
    // A claim for "UC" answers a need of no income (an acronym still to explain).
    let r = check(
        "Precious",
        "Precious (17) was asked to leave by her aunt after a row; she is sofa-surfing and has no income.",
        "Precious will go to her appointment with the YPA and make a UC claim.",
        "Claim reference number seen by the social worker.",
    );
    assert!(flag_of(&r, "smart.relevant").is_none(), "{:?}", show(&r));
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", show(&r));
    // Breaking things is no vague "things"; a service's name and a doctor's finding are not
    // vague; nor is "what his tests showed".
    for (need, description) in [
        (
            "Theo (16) left home after rows with his dad about Theo's temper; he punched a wall twice last month.",
            "Theo will not punch walls or break things when he is angry.",
        ),
        (
            "Esme (7) is very anxious about being ill and will not eat at school; Mum shares her fears.",
            "Social worker to refer Esme to the school nurse and to the children's wellbeing service.",
        ),
        (
            "Joseph (15) says he does not know what is wrong with him because Mum tells him different things.",
            "Joseph will be able to explain in his own words what his tests showed and that Dr Brennan has found him healthy.",
        ),
    ] {
        let r = check("Theo", need, description, "The key worker's weekly log");
        assert!(flag_of(&r, "smart.specific").is_none(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn what_the_twenty_third_rounds_weak_outcomes_showed_is_flagged() {
    let need = "Kit (12) sits out of most lessons under a care plan Mum asked for.";
    // Vague words, whatever the measure.
    for description in [
        "Kit will settle at his gran's",
        "Mum will take control of her financial situation",
        "Kit will be more sensible",
        "Kit will take more responsibility",
        "Kit will get the help he needs",
        "Mum will sort out the family's finances",
    ] {
        let r = check("Kit", need, description, "Kit's 0–10 score each month with his teacher");
        assert!(flag_of(&r, "smart.specific").is_some(), "{description}: {:?}", show(&r));
    }
    // Professional words that sound ordinary (GOV.UK's style guide asks for "talk to" or
    // "work with" rather than "liaise").
    for description in [
        "Mum's health-seeking behaviour for Kit will reduce to one walk-in visit a month",
        "Mum will apply for the social tariff, maximising her income",
        "Kit will present as settled in class",
        "Kit will learn to self-regulate when angry",
        "Mum will liaise with school every week about Kit's lessons",
        "Mum will go to the Team Around the Family meeting every six weeks",
        "Dad will stop alienating behaviours towards Mum",
        "Kit's loyalty conflict will reduce",
        "Parents will keep line-of-sight supervision whenever Kit and his brother are together",
        "Kit will do life-story work with his worker",
    ] {
        let r = check("Kit", need, description, "Kit's 0–10 score each month with his teacher");
        assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{description}: {:?}", show(&r));
    }
    // Only what someone will say about how it is going.
    let r = check(
        "Kit",
        "Kit (9) wears trainers with holes; Dad, Steve, spends £200 a month on scratch cards.",
        "Steve will cut down his gambling",
        "Steve will tell the worker how he is getting on",
    );
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", show(&r));
    // Limits: a deaf mother and a phone call, a mother who has not left the flat, a parent
    // at work from 7am to 7pm or for 14-hour days, a farm with no internet, no council homes
    // for two years.
    for (need, description) in [
        (
            "Bethan (6) is upset by red letters; Mum is deaf, uses British Sign Language and cannot use the phone.",
            "Mum will phone her energy supplier to set up a payment plan",
        ),
        (
            "Ben (16) is living with his mum, who has severe depression and has not left the flat in six months.",
            "Mum will go with Ben to his college interview",
        ),
        (
            "Nathan (13) misses school to look after his baby sister; Mum has not left the house for a year.",
            "Mum will take the baby to the weekly Family Hub toddler group",
        ),
        (
            "Arjun (16) lives with his mum, who works 7am to 7pm, six days a week.",
            "Mum will take Arjun to his counselling sessions at 4pm on Thursdays",
        ),
        (
            "Hollie (9) lives with Dad, who works 14-hour days on the harvest.",
            "Dad will collect Hollie from school himself every day in September",
        ),
        (
            "Elin (12) gets detentions for homework not done; Mum says there is no internet at the farm.",
            "Mum will check Elin's homework on the school's online app every evening",
        ),
        (
            "Edie (7) has asthma made worse by damp; there are no council or housing association homes free in the county for at least 2 years.",
            "Edie and her family will move into a dry council house in the village by March",
        ),
    ] {
        let r = check("Kit", need, description, "The social worker sees the diary each month");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // A doctor's, an adviser's or two services' own work; a parent's job search for a
    // baby's weight.
    for (need, description) in [
        (
            "Bethany (11) has missed 25% of school for appointments at 3 hospitals.",
            "Dr Adeyemi will see Bethany every 6 weeks at the local clinic",
        ),
        (
            "Ashton (10) has had 4 diagnoses from 4 doctors.",
            "Dr Marsh will review all 4 diagnoses and write one letter to Mum",
        ),
        (
            "Travis (17) has left home and is sofa-surfing.",
            "Housing Options and children's services will agree who pays for Travis's room",
        ),
        (
            "Paige (12) cares for her dad and is behind at school.",
            "Money adviser to complete a full benefits check for Dad",
        ),
        (
            "Baby Mila (2 months) is not putting on weight.",
            "Dad will go to the Jobcentre and apply for five jobs a week",
        ),
    ] {
        let r = check("Kit", need, description, "Letters on file, seen by the social worker");
        assert!(flag_of(&r, "smart.relevant").is_some(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn the_twenty_third_rounds_exceptions_stay_narrow() {
    let need = "Jo (12) misses school and says she is scared of a girl in her class.";
    // "To check" after the family's own word is still no one who checks.
    let r = check("Jo", need, "Jo will walk to school with her friend Ellie", "Mum to check");
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", show(&r));
    // A wait the outcome states is still a wait, with nothing kept, paid or left out.
    for description in [
        "Jo will start at the new school, where the waiting list is until September",
        "Jo will start at the new school with her fees paid after a wait until September",
        "Jo will start at the new school, which will not be funded until September",
    ] {
        let r = check("Jo", need, description, "School register");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // "Says" after something else than ", as" is still something to do.
    let r = check(
        "Jo",
        need,
        "Jo will sit down, drink water, go back to class and do what the nurse says",
        "The school first aid log",
    );
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // Things that are not broken are still vague.
    let r = check("Jo", need, "Jo will do things with her friends", "Jo's 0–10 score each month");
    assert!(flag_of(&r, "smart.specific").is_some(), "{:?}", show(&r));
    // A liaison nurse is a title, not the verb.
    let r = check("Jo", need, "Jo will tell the liaison nurse when she feels scared at school", "The nurse's log");
    assert!(flag_of(&r, "smart.plainLanguage").is_none(), "{:?}", show(&r));
}

#[test]
fn a_code_review_of_the_twenty_third_round_found_is_mended() {
    let need = "Kit (12) sits out of most lessons.";
    // A visit where something is only discussed is no record; a bare timeline or
    // thermometer shows nothing.
    for measure in ["Discussed at a home visit", "Timeline", "Mum will buy a thermometer"] {
        let r = check("Kit", need, "Kit will go to every maths lesson", measure);
        assert!(flag_of(&r, "smart.measurable").is_some(), "{measure}: {:?}", show(&r));
    }
    // Vague words stay vague after "check" or "show … that", and in "the routine".
    for description in [
        "Mum will check the children are happy",
        "Mum will check his progress",
        "Dad will show Mum that he has changed",
        "Mum will stick to the routine until the review",
    ] {
        let r = check("Kit", need, description, "Mum's diary, seen by the social worker");
        assert!(flag_of(&r, "smart.specific").is_some(), "{description}: {:?}", show(&r));
    }
    // And concrete words stay concrete.
    for description in [
        "Mum will show the school the letter that confirms Kit's diagnosis",
        "Nan will be there for the school pick-up every day",
        "Gran will take on parental responsibility through a child arrangements order by March",
        "Ava will settle at bedtime in her own cot",
    ] {
        let r = check("Kit", need, description, "The school's log, seen by the social worker");
        assert!(flag_of(&r, "smart.specific").is_none(), "{description}: {:?}", show(&r));
    }
    // A job or an apprenticeship answers a need about being out of school.
    let r = check(
        "Kit",
        "Kit (16) has been out of education since Year 10.",
        "Kit will start an apprenticeship at the garage by September",
        "Letter from the garage",
    );
    assert!(flag_of(&r, "smart.relevant").is_none(), "{:?}", show(&r));
    // What a school agrees or reviews with Mum is not the school's own task.
    let r = check(
        "Kit",
        need,
        "School and Mum will agree how Kit gets to school on Dad's days",
        "Plan seen by the social worker",
    );
    assert!(flag_of(&r, "smart.relevant").is_none(), "{:?}", show(&r));
    // A deaf mother's phone as a thing, not a call; a call is still one.
    let deaf = "Kit (6) is upset; Mum is deaf and uses British Sign Language.";
    not_ruled_out("Kit", "Social worker sees it", &[(deaf, "Mum will charge her phone every night")]);
    let r = check("Kit", deaf, "Mum will phone the school every morning", "School log");
    assert!(achievable_flag(&r).is_some(), "{:?}", show(&r));
    // A parent's promise not to leave the house is no sign she cannot.
    not_ruled_out(
        "Kit",
        "School log",
        &[(
            "Kit (6) was found alone at home at night; Mum says she will not leave the house again without a babysitter.",
            "Mum will take Kit to school every day and collect him at 3.15pm",
        )],
    );
    // Mum is no one else who checks.
    let r = check("Kit", need, "Kit will walk to school with his friend Ellie", "Ask for Mum to check");
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", show(&r));
    // The plain words fit in place: "talk to school", not "talk to with school".
    let r = check("Kit", need, "Mum will liaise with school every week", "School log");
    let f = flag_of(&r, "smart.plainLanguage").unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.hint.as_deref().unwrap_or("").contains("“talk to” instead of “liaise with”"), "{:?}", f.hint);
}

#[test]
fn what_readers_found_wrong_and_was_left_is_mended() {
    // Left by reading 18 and the twenty-third round's code review; each `none` was said by
    // the build from before the twenty-fifth round, and each `some` is still said.
    // A limit is the person's whom the need names just before it: "lives with Dad; Mum
    // works 14-hour days" is Mum's, not Dad's; a name and who they are, closed off or in
    // brackets ("Dad, Lee, works", "Dad (Lee, 34)"), are still one person.
    let limit = |need: &str, description: &str| {
        let r = check("Hollie", &format!("Hollie (9) lives with {need}"), description, "School log");
        achievable_flag(&r).map(|f| f.message.clone())
    };
    let (dad, mum) =
        ("Dad will collect Hollie from school every Tuesday", "Mum will collect Hollie from school every Tuesday");
    for (need, description) in [
        ("Dad; Mum works 14-hour days at the hospital.", dad),
        ("Mum; Lee works 14-hour days at the hospital.", mum),
        ("Dad – Mum works 14-hour days at the hospital.", dad),
        ("Mum, Lee works 14-hour days at the hospital.", mum),
    ] {
        assert_eq!(limit(need, description), None, "{need}");
    }
    for (need, description) in [
        ("Mum; Dad, Lee, works 14-hour days at the hospital.", dad),
        ("Mum; Dad (Lee, 34) works 14-hour days at the hospital.", dad),
        ("Mum; Lee (Dad) works 14-hour days at the hospital.", dad),
        ("Mum; Dad works 12 hour shifts.", dad),
        ("Mum; Dad works 14-hour days. Hollie sees Nan only at weekends.", dad),
        ("Mum; Dad works 12 hour shifts at weekends and on weekdays.", dad),
    ] {
        assert!(limit(need, description).is_some(), "{need}");
    }
    // A deaf parent's suggestion fits a one-off call as well as a weekly one: no "each week".
    let r = check(
        "Bethan",
        "Bethan (6) is upset by red letters; Mum, Amy, is deaf and uses British Sign Language.",
        "Amy will phone her energy supplier to set up a payment plan for the arrears.",
        "Energy supplier's written confirmation of the plan.",
    );
    let hint = achievable_flag(&r).and_then(|f| f.hint.clone()).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(hint.contains("Try: 'Amy gets in touch by text, email or a video call"), "{hint}");
    assert!(!hint.contains("each week"), "{hint}");
    // A proper seat is a seat; a proper routine is still vague.
    let need = "Jago (11) rides in the back of the farm pickup.";
    let measure = "The farm safety adviser's spot check finds Jago riding safely.";
    let r = check("Jago", need, "Jago will only ride in a proper seat with a seatbelt", measure);
    assert!(flag_of(&r, "smart.specific").is_none(), "{:?}", show(&r));
    let r = check("Jago", need, "Mum will keep a proper routine", measure);
    assert!(flag_of(&r, "smart.specific").is_some(), "{:?}", show(&r));
}

#[test]
fn a_limit_is_taken_back_only_by_what_is_said_of_that_person_where_it_is_stated() {
    // Left by the twenty-fifth round. What takes a person's limit back in a need ("only at
    // weekends", "no longer", "used to") counts when it is said of them, or of nobody named.
    // Its build (`3309ff6`) told the three weekend-only needs and Nan's care home wrongly,
    // and said nothing for "Mum no longer works nights, but Dad works …" and "Mum used to
    // drink; Dad works …"; the rest are guards, as it had them.
    let limit = |need: &str, description: &str| {
        let r = check("Tyler", &format!("Tyler (8) is late to school most days. {need}"), description, "School log");
        achievable_flag(&r).map(|f| f.message.clone())
    };
    let dad = "Dad will collect Tyler from school every day";
    for need in [
        "Dad works 12 hour shifts, only at weekends.",
        "Dad works 12 hour shifts at weekends only.",
        "He lives with Dad, who works 14-hour days, but only on Saturdays.",
        "Dad used to work 12 hour shifts.",
        "Dad works 12 hour shifts. He has now gone part-time.",
    ] {
        assert_eq!(limit(need, dad), None, "{need}");
    }
    for need in [
        // Said of someone else, or in another sentence.
        "Dad works 12 hour shifts and Tyler sees Nan only at weekends.",
        "Dad works 12 hour shifts. Tyler sees Nan only at weekends.",
        "Mum no longer works nights, but Dad works 12 hour shifts.",
        "Mum used to drink; Dad works 14-hour days.",
        "Mum works nights. Mum no longer drinks, but Dad works 14-hour days.",
        "Dad does not work only at weekends: he works 12 hour shifts all week.",
    ] {
        assert!(limit(need, dad).is_some(), "{need}");
    }
    // A name and who they are, closed off, when who they are is someone's kin: "Nan, Mum's
    // mother, is …" is Nan; Mum can still do it.
    for (need, who, told) in [
        ("Nan, Mum's mother, is in a care home.", "Nan", true),
        ("Nan (Mum's mother) is in a care home.", "Nan", true),
        ("Nan, Mum's mother, is in a care home.", "Mum", false),
        ("Nan, Mum's mother, is in a care home.", "Grandma", true),
        ("Nan, Dad's mum, is in a care home.", "Mum", false),
        ("Dad's mother is in a care home.", "Mum", false),
    ] {
        let description = format!("{who} will collect Tyler from school every Friday");
        assert_eq!(limit(&format!("He lives with Mum. {need}"), &description).is_some(), told, "{need} / {who}");
    }
}

#[test]
fn what_four_new_parts_of_the_corpus_showed_is_mended() {
    // Good outcomes from the twenty-sixth round's new parts (shift work, disabled parents,
    // weight and teeth, fathers), cut short; its build from before (`3309ff6`) flagged each.
    // Its code review's cases guard each mend.
    nothing_said(&[
        // "Monitor" as a thing, "good" of a hand, "no more" as none.
        (
            "Willow",
            "Willow (1) naps in her car seat for hours because Mum cannot lift her into the cot easily.",
            "Willow will nap in her cot, not her car seat, with Mum using a baby monitor.",
            "The health visitor sees Willow in her cot for naps at 2 visits.",
        ),
        (
            "Ronan",
            "Mum had a stroke and cannot hold Ronan (3 months) safely to feed him.",
            "Mum will feed Ronan in a bouncer chair at her side, holding the bottle with her good hand.",
            "The health visitor sees a feed at the next visit.",
        ),
        (
            "Henry",
            "Henry (8) has been sent home from school four times with head lice.",
            "Dad will comb Henry's hair with a nit comb every Sunday evening.",
            "The school confirms no more sending-home for head lice this term.",
        ),
        // A benefit's name.
        (
            "Ava",
            "Dad has had no income since his stroke in October and the rent is unpaid.",
            "Dad will claim Statutory Sick Pay from his employer.",
            "Dad's payslip shows the sick pay, seen by the social worker.",
        ),
        // A plan signed by those named, and a copy kept; a step counter; an attendance figure.
        (
            "Clara",
            "Mum has multiple sclerosis and may go into hospital with no notice; there is no plan for Clara (9).",
            "Clara will go to stay with her friend's family, the Browns, if Mum is taken into hospital overnight.",
            "The Browns and Dad sign the emergency plan; the school holds a copy.",
        ),
        (
            "Charlie",
            "Charlie (12) has type 2 diabetes and is above the 99th centile for weight.",
            "Charlie will walk for 30 minutes on at least four days a week.",
            "His step counter app, shown to the diabetes nurse at each clinic.",
        ),
        (
            "Maja",
            "Maja's attendance has dropped to 78% since Mum started two jobs.",
            "Maja's school attendance will be at least 92% this term.",
            "Spring term attendance figure from the school attendance officer.",
        ),
        // A group or a sport answers a need about weight.
        (
            "Sienna",
            "Sienna (15) is above the 99.6th centile and has said she wants help with her weight.",
            "Sienna will go to the Healthy Lives teenage group at the youth centre every Wednesday.",
            "The youth centre confirms she went to at least 8 of 10 sessions.",
        ),
        // Someone who works nights can do bedtime on the nights they do not work.
        (
            "Skye",
            "Skye (7) wets the bed most nights. Dad works nights and Skye sleeps at Nan's four nights a week.",
            "Dad and Nan will use the same bedtime routine at both houses.",
            "The dry-night chart kept at both houses shows at least 4 dry nights a week.",
        ),
    ]);
    // Still said: each word where it is vague, jargon or no measure.
    let need = "Willow (1) naps in her car seat for hours.";
    let said = |description: &str, measure: &str, rule: &str| warned("Willow", need, description, measure, rule);
    assert!(said("Mum will monitor Willow's naps", "The health visitor sees Willow in her cot", "smart.specific"));
    assert!(said(
        "Mum will be a good parent at nap time",
        "The health visitor sees Willow in her cot",
        "smart.specific"
    ));
    assert!(said("Willow will nap in her cot", "More naps in the cot", "smart.measurable"));
    assert!(said(
        "Willow will nap in her cot with statutory help",
        "The health visitor sees Willow in her cot",
        "smart.plainLanguage"
    ));
    assert!(said(
        "Mum will keep a good eye on Willow at nap time",
        "The health visitor sees Willow in her cot",
        "smart.specific"
    ));
    assert!(said("Willow will nap in her cot", "Signs that the plan is working", "smart.measurable"));
    // Every night, by someone who works nights, is still told, and bedtime, school nights
    // and weeknights by someone who works evenings; a night worker's bedtime at the weekend,
    // or on school nights, is not (the two code reviews' wordings).
    let limit = |child: &str, need: &str, description: &str| {
        achievable_flag(&check(child, need, description, "School log")).map(|f| f.message.clone())
    };
    for (need, description, told) in [
        ("Dad works nights.", "Dad will put Skye to bed at 7pm every night", true),
        ("Mum works evenings at the pub.", "Mum will put Skye to bed by 7.30pm", true),
        ("Mum works evenings.", "Mum will have Skye in bed by 8pm on school nights", true),
        ("Mum works nights and evenings at the care home.", "Mum will do Skye's bedtime", true),
        ("Dad works night shifts from 6pm to 6am.", "Dad will do Skye's bedtime routine by 7pm", true),
        ("Dad works nights Monday to Thursday.", "Dad will do Skye's bedtime on Friday and Saturday nights", false),
        ("Mum works nights.", "Mum makes sure Skye is in bed by 8pm on school nights", false),
    ] {
        assert_eq!(limit("Skye", need, description).is_some(), told, "{need} / {description}");
    }
    // Who a limit is about, and who an exception is said of: a name closed off after who
    // they are ("Ruby's dad, Jason, lives …") is that person (its build said nothing); a
    // family title after "is" is still who it is about; "Dad's partner" is the partner;
    // an exception said of someone else, even in a later sentence, leaves the limit, and
    // one said of the same person by another name, or of nobody but the child, takes it
    // back.
    let dad = "Dad will collect Tyler from school every day";
    for (need, description, told) in [
        ("Ruby's dad, Jason, lives 60 miles away.", "Jason will take Ruby to school every morning", true),
        ("Ruby's dad, Jason, lives 60 miles away.", "Mum will take Ruby to school every morning", false),
        ("The worry is that Dad works 12 hour shifts.", dad, true),
        ("Tyler's main carer is Dad, who works 12 hour shifts.", dad, true),
        ("The concern is that his father works nights.", "Dad will read Tyler a story every night", true),
        ("Mum's partner is Lee, who works nights.", "Lee will put Tyler to bed every night", true),
        ("Dad's partner works nights.", "Dad's partner will read Tyler a story every night", true),
        ("Grandad, Mum's dad, works nights.", "Dad will read Tyler a story every night", false),
        ("Dad works nights. Mum used to work nights too.", "Dad will read Tyler a story every night", true),
        ("Dad works nights, and Tyler stays with Nan at weekends.", "Dad will read Tyler a story every night", true),
        ("Father works nights. Dad is now on day shifts.", "Dad will read Tyler a story every night", false),
        (
            "Dad works nights. Now that Tyler has started school, he has moved to day shifts.",
            "Dad will read Tyler a story every night",
            false,
        ),
    ] {
        assert_eq!(limit("Tyler", need, description).is_some(), told, "{need} / {description}");
    }
    // Signing is a record only of an emergency or contingency plan, not of keeping to a
    // plan or a contact agreement.
    let r = check(
        "Tyler",
        "Tyler sees Dad rarely.",
        "Dad will see Tyler every Saturday",
        "Dad signs the contact agreement",
    );
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", show(&r));
    assert_eq!(
        limit("Ruby", "Ruby's dad, Jason, lives 60 miles away.", "Mum will take Ruby to school every morning"),
        None
    );
}

#[test]
fn what_the_twenty_eighth_rounds_parts_showed_is_mended() {
    // Good outcomes from the twenty-eighth round's new parts (step-down from child
    // protection, special educational needs, LGBTQ+ young people, perinatal mental health)
    // and their extra good outcomes; the build from before (`902fe90`) flagged each.
    nothing_said(&[
        // A safe place to stay (as "to live" and "to go" were); an accessible toilet.
        (
            "Jodie",
            "Mum has said that if Jodie (16) 'carries on being trans' she will have to leave at Christmas. Jodie is terrified of being homeless.",
            "Jodie has a safe place to stay, agreed in writing, if she has to leave home.",
            "Aunt Sharon signs an agreement that Jodie can live with her. Jodie keeps a copy and the youth worker sees it.",
        ),
        (
            "Emily",
            "Emily (15) has spina bifida and has stopped doing her own catheter at school because the only accessible toilet is also the staff toilet.",
            "Emily has a private accessible toilet at school with her own key.",
            "Her head of year, Mr Grant, confirms the key is given, and Emily's catheter chart shows all school-day catheters done on time.",
        ),
        // Antidepressants are about mood, which medication answers (the second, which the
        // build from before passed, is the code review's: with antidepressants as health, a
        // first try flagged it); temporary accommodation answers an eviction.
        (
            "Darius",
            "Mum stopped taking her antidepressants in the summer and spent whole days in bed, leaving Darius (9) to get himself to school.",
            "Mum takes her medication every day and goes to her GP review each month.",
            "The pharmacy record shows each monthly prescription collected, and the GP confirms reviews in December, January and February.",
        ),
        (
            "Darius",
            "Mum stopped taking her sertraline in the summer and Darius (9) now gets himself to school.",
            "Mum takes her antidepressants every day.",
            "Mum's blister packs are seen by the social worker each week.",
        ),
        (
            "Lucas",
            "Lucas (3 months) has lived in four places since birth because the family were evicted, and Mum's anxiety has got worse with each move.",
            "Mum and Dad keep to their temporary accommodation agreement and are still living there at the end of March.",
            "The council's housing officer confirms they are still there with no warnings.",
        ),
    ]);
    // Still said (the round's code review's wordings): "safe" and "accessible" where they
    // are vague, and an outcome that does not answer its need. Not mended, because the
    // review found what the mends let through: "at the review" as the time of a
    // confirmation ("Professionals confirm at the review that the plan is working" passed
    // with it), "hot things" ("Mum understands about hot things"), and a job as an answer
    // to a need about nursery ("Mum finds a job by Easter" for a child with no nursery
    // place).
    let need = "Kai (4) has been left alone at home while Mum goes out drinking.";
    let said = |description: &str, measure: &str, rule: &str| warned("Kai", need, description, measure, rule);
    let seen = "The health visitor sees Kai with an adult at each visit";
    assert!(said("The home is a safe place for Kai", seen, "smart.specific"));
    assert!(said("Mum keeps her medication in a safe place", seen, "smart.specific"));
    assert!(said("Kai will be in a safe place at all times", seen, "smart.specific"));
    assert!(said("The home will be more accessible", seen, "smart.specific"));
    assert!(said("Mum understands about hot things", seen, "smart.specific"));
    let with_adult = "Kai is always with an adult he knows";
    assert!(said(with_adult, "Professionals confirm at the review that the plan is working", "smart.measurable"));
    assert!(said(with_adult, "Feedback at review", "smart.measurable"));
    let r = check(
        "Leo",
        "Leo (3) has no nursery place and has few words.",
        "Mum gets a job at the supermarket.",
        "Mum's payslip, seen by the social worker.",
    );
    assert!(flag_of(&r, "smart.relevant").is_some(), "{:?}", smart_said(&r));
}

#[test]
fn what_the_twenty_ninth_rounds_parts_showed_is_mended() {
    // Good outcomes from the twenty-ninth round's new parts (adoptive families, parents who
    // are autistic or have ADHD, young people's relationship abuse, fire risks at home)
    // and their extra good outcomes; the build from before (`e02192c`) flagged each.
    nothing_said(&[
        // "No …" at the start names what changes, as "The …" does.
        (
            "Sienna",
            "Sienna's dad (Sienna, 6) works on old mobility scooters in the hallway and charges three batteries there overnight.",
            "No batteries are charged in the hallway and none are charged overnight.",
            "Seen at evening visits by the social worker; Dad's charging log.",
        ),
        (
            "Cole",
            "Cole (6) was hurt when a candle set fire to his sleeve at the dinner table.",
            "No lit candles are used at the dinner table.",
            "Mum's meal-time tick chart; seen on a tea-time visit by the social worker.",
        ),
        // A waiting room is no wait; five months on a waiting list is how long so far.
        (
            "Elliot",
            "Elliot (14) was placed at 12 and has not had a haircut, dentist visit or eye test in two years because he panics in waiting rooms.",
            "Elliot has a dentist check-up and an eye test, using the first appointment of the day so there is no wait.",
            "Appointment cards; optician's and dentist's records.",
        ),
        (
            "Leo",
            "Leo (10) has ADHD and has been on a waiting list for a new medication review for five months; his behaviour at school has got worse since his dose stopped working.",
            "Leo has his medication reviewed and his dose changed if needed.",
            "Letter from the children's ADHD clinic after the appointment, which is booked for 9 December.",
        ),
        // A rating is a score; exam results and a named visit are records.
        (
            "Kieran",
            "Kieran's (8) adoptive parents, Joe and Wes, say their sleep is down to 4 hours a night and they rate their coping at 3 out of 10.",
            "Joe and Wes rate their coping at 6 out of 10 or higher.",
            "Their own 0 to 10 rating, given at each monthly visit and written on the plan.",
        ),
        (
            "Bethany",
            "Bethany (15) is in the Year 11 mock exams in January. Since her birth dad's messages started she has done no homework.",
            "Bethany sits all her January mock exams.",
            "Exam entry list and results, sent home by the school.",
        ),
        (
            "Jayden",
            "The only way out of Jayden's upstairs bedroom is past the kitchen; the family has no escape plan and Jayden (8) did not know what to do when the alarm went off in September.",
            "The family has a written escape plan and Jayden can show the way out and the place to meet outside.",
            "Jayden walks the route for the home safety officer at the December visit; the plan is stuck on the fridge.",
        ),
        // "LGBT+" is as widely known as "ADHD", and so are its longer forms.
        (
            "Oliver",
            "Oliver (15) is being threatened by his boyfriend, who says he will tell Oliver's family he is gay.",
            "Oliver goes to the Wednesday LGBT+ youth group at Mosaic and gets advice from Galop about his boyfriend's threats.",
            "The Mosaic youth worker confirms attendance; Galop confirms contact, with Oliver's consent.",
        ),
        (
            "Oliver",
            "Oliver (15) is being threatened by his boyfriend, who says he will tell Oliver's family he is gay.",
            "Oliver goes to the LGBTQI+ youth group at Mosaic every Wednesday.",
            "The Mosaic youth worker confirms attendance.",
        ),
        // Waiting "there" for five months is still how long so far.
        (
            "Leo",
            "Leo (10) has ADHD and has been on the children's ADHD clinic's waiting list there for a new review for five months.",
            "Leo has his medication reviewed and his dose changed if needed.",
            "Letter from the children's ADHD clinic after the appointment, which is booked for 9 December.",
        ),
        // What a family is owed, and help from a named service to do a named thing.
        (
            "Kian",
            "Dad (Rob) cut his hours to care for Kian (10) after repeated suspensions and the family are now two months behind with council tax.",
            "Rob and Lisa have a benefits check with Citizens Advice and claim everything they are owed, including Disability Living Allowance for Kian.",
            "Citizens Advice appointment letter and copies of the claims sent.",
        ),
        (
            "Scarlett",
            "Scarlett (8) is worried and tearful at school because Mum has been getting letters from the bailiffs and crying about them in front of her.",
            "Mum will get help from Citizens Advice to deal with the council tax debt and agree a payment plan so the bailiffs stop.",
            "The council confirms a council tax payment plan is in place.",
        ),
    ]);
    // Still vague: "everything" with nothing owed, "get help" with nothing to do.
    let need = "Kai (4) has been left alone at home while Mum goes out drinking.";
    let seen = "The health visitor sees Kai with an adult at each visit";
    assert!(warned("Kai", need, "Mum will sort everything out", seen, "smart.specific"));
    assert!(warned("Kai", need, "Mum will get help from the family hub", seen, "smart.specific"));
    // A window that opens fully is no big change, even three weeks away; seen on each visit.
    let need = "Eden (5) lives with Mum, whose hoarding blocks the window in Eden's bedroom.";
    let seen = "The social worker opens it on each visit.";
    let r = check_by("2026-12-14", "Eden", need, "Eden's bedroom window is clear and opens fully.", seen);
    assert!(smart_said(&r).is_empty(), "{:?}", smart_said(&r));
    // But a child fully toilet trained by then still is one, and so is a parent fully open
    // with workers (a code review's).
    for description in [
        "Eden is fully toilet trained.",
        "Mum is fully open and honest with workers about her drinking.",
        "Mum is fully working with the plan and lets workers in at every visit.",
    ] {
        let r = check_by("2026-12-14", "Eden", need, description, seen);
        assert!(achievable_flag(&r).is_some(), "{description}");
    }
    // "No …" names what changes only with a verb after it (a code review's): these still
    // name no one.
    let need = "Kai (4) has been left alone at home while Mum goes out drinking.";
    for description in ["No further incidents.", "No smoking.", "No more missed appointments."] {
        assert!(warned("Kai", need, description, "Police records", "smart.specific"), "{description}");
    }
    // Someone told of a wait has not waited it yet.
    let need = "Mum has been to her GP and been told there is a waiting list for counselling for six months.";
    let r = check_by("2026-12-20", "Mia", need, "Mum finishes a course of counselling.", "The counsellor's letter.");
    assert!(achievable_flag(&r).is_some());
}

#[test]
fn an_outcome_for_a_brother_or_sister_the_need_does_not_mention_is_questioned() {
    let need = "Jordan (12) has been setting fires in the park with older boys; police brought him home in October.";
    let r = check(
        "Jordan",
        need,
        "Jordan's sister Kacey goes to school every day, with attendance above 95%.",
        "School attendance register.",
    );
    let f = about(&r, "smart.relevant");
    assert!(
        f.message.contains("is about Jordan's sister Kacey")
            && f.message.contains("check that it answers Jordan's need"),
        "{}",
        f.message
    );
    assert!(f.hint.as_deref().is_some_and(|h| h.contains("Say what will change for Jordan")), "{:?}", f.hint);
    for (description, need) in [
        // Her name and age in between, and "little".
        (
            "Riley's little sister, Ella (3), takes up her 15 free hours at nursery.",
            "Riley (12) has punched holes in the walls and the landlord has given notice to end the tenancy.",
        ),
        (
            "Noah's brothers will start swimming lessons on Saturdays.",
            "Since Dad's stroke Noah (10) makes all Dad's calls to the bank.",
        ),
    ] {
        let child = description.split('\'').next().unwrap();
        assert!(warned(child, need, description, "Register kept by the club.", "smart.relevant"), "{description}");
    }
    // Not when the outcome says what it changes for the child, or the need is about the
    // brother or sister too.
    nothing_said(&[
        (
            "Stacey",
            "Stacey (16) takes her brother (8) to school and misses her own first lessons.",
            "Stacey's brother will go to the breakfast club at his primary school, so Stacey gets to her own lessons on time.",
            "Breakfast club register and Stacey's school register.",
        ),
        (
            "Tyler",
            "Tyler's mum cannot get him to school because his little brother has no childcare.",
            "Tyler's little brother starts at the school's nursery.",
            "The nursery register shows him there each morning.",
        ),
        (
            "Amira",
            "Amira (9) shares a bedroom with her twin, Layla, who wakes her every night.",
            "Amira's sister Layla has her own bedroom.",
            "Seen by the social worker at the January visit.",
        ),
        // A code review's: the child as "him" or "she", the siblings as "the baby" or "the
        // younger children", and a thing of the brother's.
        (
            "Jordan",
            "Jordan (9) has bruises on his arms.",
            "Jordan's big brother Liam stops hitting him.",
            "School staff see no new marks at the weekly check.",
        ),
        (
            "Maisie",
            "Maisie (10) does no homework because she looks after the family in the evenings.",
            "Maisie's little brother Alfie goes to after-school club three days a week, so she has time for homework.",
            "Club register.",
        ),
        (
            "Jordan",
            "Jordan (9) is late most days because Mum has to take the baby to nursery first.",
            "Jordan's baby sister goes to the nursery's breakfast club.",
            "Nursery register.",
        ),
        (
            "Maisie",
            "Mum struggles with bedtimes for the younger children and Maisie (12) does them.",
            "Maisie's brothers are put to bed by Mum every night.",
            "Mum's bedtime chart.",
        ),
        (
            "Jordan",
            "Jordan (4) ate cannabis he found at home.",
            "Jordan's brother's cannabis is no longer kept in the house.",
            "Seen by the social worker at each visit.",
        ),
        // A second review's: "her" after a verb, a son or daughter in the need, and a thing
        // of the named brother's.
        (
            "Maisie",
            "Maisie (9) is late for school most days because Mum leaves for work at 7am.",
            "Maisie's sister Ella (16) walks her to school every morning by 8.45am.",
            "The school register shows Maisie on time on at least 9 days in 10.",
        ),
        (
            "Jordan",
            "Jordan (11) has been asked to hold drugs for Mum's eldest son (17).",
            "Jordan's older brother Liam no longer keeps or sells drugs at the flat.",
            "Police and the youth worker confirm no further reports by March.",
        ),
        (
            "Jordan",
            "Jordan (6) is woken most nights by older boys drinking in the flat.",
            "Jordan's brother Liam's friends no longer come to the flat after 9pm.",
            "Seen by the social worker at evening visits, and Mum's diary.",
        ),
    ]);
}

#[test]
fn a_parent_away_in_hospital_or_prison_or_at_work_cannot_do_it_each_day() {
    let limit = |child: &str, need: &str, description: &str| {
        let r = check(child, need, description, "Seen by the social worker at each visit.");
        achievable_flag(&r).map(|f| f.message.clone())
    };
    for (child, need, description) in [
        ("Aimee", "Aimee (2) is being looked after by Nan while Mum is detained in a psychiatric hospital with no discharge date yet.", "Mum will take Aimee to toddler group twice a week."),
        ("Paige", "Paige (16) is sleeping on a friend's sofa after a row. Mum is in hospital for 8 weeks after major surgery.", "Mum collects Paige from college every afternoon and they cook tea together."),
        ("Lucy", "Lucy (14)'s mum is in hospital for at least three months after a stroke.", "Mum sets Lucy a 9pm curfew and checks it each night."),
        ("Dami", "Dami (15) is in a relationship with a 17-year-old who hits her. Her dad is in prison until 2028.", "Dad goes with Dami to meet her head of year."),
        ("Bella", "Bella (6) clings to Dad at the school gate. Dad starts work at 7am and Mum takes Bella to school.", "Dad drops Bella at the classroom door every morning at 8.45am."),
        ("Reggie", "Mum (Jenny) works full-time in Manchester until 5.30pm and Reggie (11) is alone after school.", "Jenny collects Reggie from the school gate at 3.15pm every day."),
    ] {
        let said = limit(child, need, description);
        assert!(said.as_deref().is_some_and(|m| m.contains("may not be possible")), "{description}: {said:?}");
    }
    // Another way, someone else, or not on the days they are away, is possible (the last
    // five a code review's).
    for (child, need, description) in [
        (
            "Paige",
            "Mum is in hospital for 8 weeks after major surgery.",
            "Mum phones Paige every evening from the ward.",
        ),
        (
            "Lucy",
            "Lucy (14)'s mum is in hospital for at least three months after a stroke.",
            "Nan checks Lucy is in by 9pm each night.",
        ),
        ("Aimee", "Mum is in hospital for 8 weeks.", "Mum says goodnight to Aimee each evening on FaceTime."),
        (
            "Aimee",
            "Mum is in hospital three days a week for dialysis.",
            "Mum checks Aimee's reading record every evening.",
        ),
        (
            "Dami",
            "Dad is in prison until 2028.",
            "Dad goes with his offender manager to the prison's parenting course.",
        ),
        (
            "Bella",
            "Dad starts work at 7am on Mondays and Tuesdays only.",
            "Dad walks Bella to school on Wednesdays, Thursdays and Fridays.",
        ),
        (
            "Reggie",
            "Mum works full-time, finishing at 3pm.",
            "Jenny collects Reggie from the school gate at 3.15pm every day.",
        ),
    ] {
        assert_eq!(limit(child, need, description), None, "{description}");
    }
}

#[test]
fn what_the_thirtieth_rounds_parts_showed_is_mended() {
    // Good outcomes from the thirtieth round's new parts (private fostering, young people's
    // drug and alcohol use, exclusion and alternative provision, trafficked and exploited
    // children) and their extra good outcomes; the build from before (`7052a46`) flagged each.
    nothing_said(&[
        // A programme's name that runs on into a place's ("Step Up Skills Hub") is the
        // place's name everywhere in the outcome and its need.
        (
            "Dylan",
            "Dylan (14) misses Step Up Skills Hub because he gets his sister Mia (6) ready for school while Mum is unwell; Mia's school has a breakfast club from 8am.",
            "Mia will go to her school's breakfast club from 8am, dropped off by Gran, so Dylan can leave for Step Up by 8:15.",
            "Breakfast club register for Mia, and the Step Up register for Dylan.",
        ),
        // A letter received shows that it was sent.
        (
            "Junior",
            "Junior's mum in Kingston has not given Miss Pauline written permission to agree to hospital treatment, which has caused delays in A and E.",
            "Junior's mum will send a signed letter letting Miss Pauline agree to medical treatment for Junior, including in an emergency.",
            "Letter received; copies held by North Middlesex Hospital's sickle cell team and the GP.",
        ),
        // A Saturday shift is the Saturday job itself.
        (
            "Shay",
            "Shay (15) has a Saturday job at a bakery and is at risk of losing it for being late twice. The job keeps him busy and off the estate at weekends.",
            "Shay will arrive at the bakery by 7am for every Saturday shift.",
            "Shift sign-in times, confirmed by the bakery manager, Sue.",
        ),
    ]);
    // Typed with capitals, a term is still jargon when nothing says it is a place's name.
    let need = "Jake (4) is often hungry at nursery.";
    let r = check(
        "Jake",
        need,
        "Mum will come to Core Group meetings every month and bring Jake's lunch box.",
        "Nursery lunch checklist.",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", smart_said(&r));
    assert!(warned(
        "Owen",
        "Owen (12) took vapes from his Dad's jacket. Dad vapes indoors.",
        "Dad will model pro-social behaviours by only vaping outside.",
        "Mum's weekly check written on a chart.",
        "smart.plainLanguage"
    ));

    // A service's own work: its name before the worker, a team, a patrol.
    for (child, need, description, measure) in [
        (
            "Jake",
            "Jake (14) has 62% attendance at the Beacon Centre this term and misses most Mondays.",
            "The Education Welfare Service will visit the home every fortnight to talk to Mum about Jake's attendance.",
            "Visit record kept by the Education Welfare Service.",
        ),
        (
            "Kai",
            "Kai (15) smokes cannabis every day before school. He lives with Mum and his sister.",
            "Kai's Junction worker will see him every Tuesday for 10 sessions.",
            "Sessions recorded on the Junction's case notes.",
        ),
        (
            "Mason",
            "Mason (12) was found with nitrous oxide at the skate park after school. He lives with Mum and two younger sisters.",
            "The neighbourhood police team will patrol the skate park on Friday evenings.",
            "Patrol log kept by Sergeant Hughes.",
        ),
    ] {
        let r = check(child, need, description, measure);
        let f = about(&r, "smart.relevant");
        assert!(f.message.contains("is about what a service will do"), "{description}: {}", f.message);
    }

    // What the need's facts rule out, in more words.
    ruled_out(&[
        (
            "Jayden",
            "Jayden (13) lives with Mum, Kerry; his Dad is in prison until 2028. Older boys on the estate pay Jayden to hold cannabis at weekends.",
            "Jayden's Dad will take him to football training every Saturday morning to keep him away from the estate.",
            "The football club register shows Jayden at training on at least 10 of 12 Saturdays.",
            "prison",
        ),
        (
            "Mason",
            "Mason (14) had knee surgery in November and will be in a leg brace and on crutches until at least February. He has been excluded twice for fighting and his mentor wants to use sport to help him manage his anger.",
            "Mason will go to Titan Boxing Club's youth sessions three evenings a week from December.",
            "Club attendance sheet, checked monthly by his mentor Leon.",
            "",
        ),
        (
            "Maya",
            "Maya (12) has been given vapes by older girls on the walk home. She lives with Mum, who is having a planned caesarean in early December, and Mum's partner who works away.",
            "Mum will walk Maya to and from school every day in December and January.",
            "School's record of Maya being collected, shared by the office weekly.",
            "caesarean",
        ),
        (
            "Tyler",
            "Tyler (14) spends evenings smoking cannabis in the park and has said he would like to try boxing. He lives with Mum; Dad works on North Sea oil rigs, three weeks away and one week home.",
            "Dad will take Tyler to boxing club every Tuesday evening.",
            "Boxing club register kept by coach Steve; target 10 Tuesdays by the end of March.",
            "",
        ),
        (
            "Favour",
            "Favour (15) lives with her Mum, whose visitor visa has run out. Mum has no right to claim benefits, and the family is living on money from church friends.",
            "Mum will claim Universal Credit and Child Benefit so the family has a regular income and Favour is not tempted by offers of money.",
            "Award letters from the Department for Work and Pensions and HMRC.",
            "no right to claim benefits",
        ),
    ]);
    // Not someone else's operation ("since Grandad's knee operation"), nor a parent who has
    // not left the house going to a group, which is how plans start to help.
    nothing_said(&[
        (
            "Louie",
            "Louie (10) has walked himself to school across a busy main road since Grandad's knee operation and was nearly hit by a car.",
            "Louie will walk to school with his friend Ben's mum each morning until Grandad can walk again.",
            "Ben's mum confirms the morning walks, and the school has no further reports of Louie crossing alone.",
        ),
        (
            "Daisy",
            "Mum has postnatal depression and has not left the house except for appointments since Daisy was born 4 months ago; she has no friends locally.",
            "Mum and Daisy go to the Bluebell peer support group at the library every Thursday.",
            "The group leader's register shows them at 8 of the next 10 sessions.",
        ),
        // What a code review of the round found: an injury healed.
        (
            "Riley",
            "Riley (14) smokes cannabis daily. He broke his leg in 2024 but has fully recovered and is back playing rugby.",
            "Riley will go to rugby training twice a week instead of smoking with friends.",
            "The club register, checked monthly by his youth worker.",
        ),
        // A second review's: "he" after a parent is named is not the child; a brace worn
        // for a disability, a caesarean years ago, a number in a parent's bracket.
        (
            "Leo",
            "Leo (8) has been late for school 12 times since Dad, who walked him there, stopped. He broke his leg at work in November.",
            "Leo will walk to school with his friend Sam and Sam's mum each morning.",
            "The school register shows Leo on time on at least 9 of 10 days.",
        ),
        (
            "Leo",
            "Leo (7) has cerebral palsy and wears a leg brace. He has no friends outside school.",
            "Leo will go to the disability swimming club every Saturday.",
            "The club register, checked monthly by his family support worker.",
        ),
        (
            "Ella",
            "Ella (4) is late to nursery most days. Mum had a planned caesarean in 2021 and has no car.",
            "Mum will walk Ella to nursery by 9am each morning.",
            "The nursery register shows Ella in by 9am on at least 9 of 10 days.",
        ),
        (
            "Leo",
            "Leo (9) stays with Dad (2 nights a week) and is upset when plans change at short notice.",
            "Dad will text Mum each Sunday evening to confirm Leo's next stay.",
            "Mum keeps the texts and shows them to the social worker each month.",
        ),
    ]);
    // A third review's: a prison officer's job is no sentence; a leg broken coming off a
    // motorbike still rules out the school walk; following written advice is no measure.
    nothing_said(&[(
        "Leo",
        "Dad is a prison officer and works long shifts. Leo (9) misses football because nobody can take him.",
        "Dad will take Leo to football training every Saturday.",
        "The club register, checked monthly by the family support worker.",
    )]);
    let need = "Dad came off his motorbike in September and broke his leg. He is on crutches. Leo (7) is late for school most days.";
    let r = check("Leo", need, "Dad will walk Leo to school every morning.", "The school register.");
    assert!(achievable_flag(&r).is_some(), "{:?}", smart_said(&r));
    let need = "Leo (6) has five teeth with decay.";
    let r = check("Leo", need, "Mum will brush Leo's teeth twice a day.", "Mum will follow the written advice.");
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", smart_said(&r));
    // Still warned: a Saturday shift in the need is no shift in the outcome; sending a child
    // is no letter sent; something vague shown to a worker; a second service after the first.
    let need = "Mum drinks every evening when Leo (9) is home.";
    let r = check(
        "Leo",
        need,
        "Mum will stop drinking at home when Leo is there.",
        "Willingness shown to the social worker.",
    );
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", smart_said(&r));
    let need = "Kai (15) is being exploited by an older group.";
    let description = "The social worker will visit every two weeks and Compass will see Kai weekly.";
    assert!(warned("Kai", need, description, "Visit records.", "smart.relevant"));
    let need = "Dad works Saturday shifts at the warehouse. Leo (10) misses football.";
    let r = check("Leo", need, "Dad will take Leo to football every Saturday morning.", "The club register.");
    assert!(achievable_flag(&r).is_some(), "{:?}", smart_said(&r));
    let need = "Leo (9) has missed 30 mornings at school this term.";
    let r = check("Leo", need, "Mum will send Leo to school every day on time.", "A new alarm clock was given to Mum.");
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", smart_said(&r));
}

#[test]
fn a_baby_or_toddler_is_not_asked_to_say_write_or_rate_anything() {
    let need =
        "Wren (1) is handed over at a fast-food restaurant where Mum and Dad argue; Wren screams in her car seat.";
    let r = check(
        "Wren",
        need,
        "Wren will tell Mum how she feels after each visit to Dad's.",
        "Mum records Wren's answers in a diary.",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", smart_said(&r)));
    assert!(
        f.message.contains("the need says “Wren (1)”") && f.message.contains("a child that young cannot do this yet"),
        "{}",
        f.message
    );
    for (child, need, description) in [
        // An age in months or weeks; a diary kept; a call for help.
        (
            "Teddy",
            "Teddy (14 months) is at a childminder's in the evenings while Mum works.",
            "Teddy will tell Mum how he feels about going to the childminder's, using a 0 to 10 scale.",
        ),
        (
            "Ava",
            "Ava (40 weeks) cries at every handover between Mum and Dad.",
            "Ava will rate how she feels about each handover from 0 to 10.",
        ),
        (
            "Maisie",
            "Maisie (2) still has a bottle of juice through the night and has early decay.",
            "Maisie will keep her own diary of what she drinks each night.",
        ),
        (
            "Isaac",
            "Mum has epilepsy and has seizures without warning. Isaac (2) is alone with her all day.",
            "Isaac will call for help and give the family's address if Mum has a seizure.",
        ),
        // Not the plan's child: "her baby brother, Jude (1)".
        (
            "Kacey",
            "Kacey (5) has been hitting her baby brother, Jude (1), when Mum is feeding him.",
            "Jude tells Mum straight away when Kacey hurts him.",
        ),
    ] {
        let r = check(child, need, description, "Mum's diary, seen by the health visitor.");
        assert!(
            achievable_flag(&r).is_some_and(|f| f.message.contains("cannot do this yet")),
            "{description}: {:?}",
            smart_said(&r)
        );
    }
    // Not what others do or say, nor an older child's words, nor talking that is the change
    // (saying what they want is a toddler's speech goal), nor a parent's bracket, nor the
    // number of an item in a list.
    nothing_said(&[
        (
            "Leo",
            "The concerns are (1) Mum's alcohol use, which affects Leo (2) arguments between Mum and Dad that Leo (9) hears at night.",
            "Leo will tell his teacher how he feels each morning using the class feelings chart.",
            "The teacher's weekly record, seen by the social worker each month.",
        ),
        (
            "Teddy",
            "Teddy (2) bites other children at nursery when he cannot get what he wants.",
            "Teddy will say what he wants at snack time instead of biting.",
            "The nursery's incident log shows no bites for 4 weeks in a row.",
        ),
        (
            "Ava",
            "Ava (3) is often hungry at nursery. Mum (6 weeks postnatal) is struggling with the new baby.",
            "Mum will text the health visitor or call the perinatal team for help when she feels overwhelmed.",
            "The health visitor's records of Mum's texts and calls, checked at each visit.",
        ),
        (
            "Leo",
            "Leo (2) is toilet training at nursery and at home.",
            "Leo will tell nursery staff when he needs the toilet.",
            "The nursery's toilet chart shows him dry on at least 4 days a week.",
        ),
        (
            "Isla",
            "Isla (2) has no books at home and the nursery says her talking is behind.",
            "Isla will read picture books with Mum every evening.",
            "Mum's reading diary, seen by the health visitor each month.",
        ),
        (
            "Kobi",
            "Kobi (2) has only a few words and the nursery is worried about his speech.",
            "Kobi says at least 20 new words and puts two words together.",
            "The speech and language therapist counts his words at her visit in March.",
        ),
        (
            "Jude",
            "Jude (1) has few words and his mum worries about his speech.",
            "Mum will write down each new word Jude says in a notebook for the health visitor.",
            "The notebook, seen by the health visitor each month.",
        ),
        (
            "Zara",
            "Zara (1) has just been diagnosed with hearing loss. Her parents are Deaf and use sign language. Appointment changes were made by phone, and they missed two.",
            "Zara's parents will get every hospital appointment change by text or email, and go to each appointment with a British Sign Language interpreter.",
            "The hearing clinic confirms Zara attended her next three appointments with an interpreter there.",
        ),
        (
            "Orla",
            "Orla (7) cries before going to Dad's every other weekend.",
            "Orla will tell her teacher how she feels about going to Dad's, using a 0 to 10 scale, each Monday.",
            "Her teacher's record of Orla's scores.",
        ),
    ]);
}

#[test]
fn what_the_thirty_first_rounds_parts_showed_is_mended() {
    // Good outcomes like those of the thirty-first round's new parts (a children's hospice,
    // a primary school, animals in the home, speech and language) and their extra good
    // outcomes; the build from before the round (`d16230e`) flagged each.
    nothing_said(&[
        // Timesheets are a record.
        (
            "Finlay",
            "Finlay (15) has a life-limiting condition and never sees friends outside school.",
            "Finlay will have friends round on Saturday evenings with his personal assistant nearby.",
            "Saturday evening shifts on the personal assistant's timesheets.",
        ),
        // A word typed with a capital inside a sentence that runs on into a place's name is
        // that name's first word.
        (
            "Noah",
            "Noah (9) has got into fights at school most weeks since his dad left.",
            "Noah will go to the Engage Football sessions run by the community trust on Thursdays after school.",
            "The coach confirms attendance; fights in the school behaviour log fall from 6 to none this half term.",
        ),
        (
            "Scarlett",
            "Scarlett (13) stammers and stopped going to her youth theatre after she was teased.",
            "Scarlett will go back to the Engage Youth Theatre on Saturdays.",
            "The group leader confirms attendance: at least 6 Saturdays by March.",
        ),
    ]);
    // What the new limits leave alone: another way than words, a small step, speaking at
    // home, food when it is safe, a need that is about something else, someone else in a
    // bracket.
    nothing_said(&[
        (
            "Aria",
            "Aria (11) is non-verbal and staff think she is unhappy at her short breaks.",
            "Aria will show her key worker what she enjoyed at each short break by pointing to pictures on her choice board.",
            "Key worker's notes after each stay.",
        ),
        (
            "Amir",
            "Amir (7) is non-verbal and has autism; he hits out when he is hungry.",
            "Amir will tell Mum when he is hungry using his iPad talker, at least once a day.",
            "Mum's daily chart of requests, seen by the family support worker.",
        ),
        (
            "Jay",
            "Jay (13) cannot talk about his feelings and has been punching walls at home.",
            "Jay will tell his key worker when he feels angry, at their weekly session, instead of punching walls.",
            "The key worker's session notes; Mum's diary of holes in the walls.",
        ),
        (
            "Jamal",
            "Jamal (6) has selective mutism and does not speak at school.",
            "Jamal will say 'bye' to his teacher at home time, with Mum standing beside him.",
            "His teacher ticks the home-school book each day he says bye; aim 3 a week by March.",
        ),
        (
            "Zara",
            "Zara (8) has selective mutism. She talks freely at home but has fallen behind in reading.",
            "Zara will read aloud to Mum at home for ten minutes each evening.",
            "Zara's reading record, signed by Mum five nights a week.",
        ),
        (
            "Bonnie",
            "Bonnie (6 months) is fed through a tube and must have nothing by mouth; Mum wants her to join in family meals.",
            "Bonnie will sit in her high chair at the table for family meals, with her tube feed at the same time.",
            "Mum's diary shows Bonnie at the table for at least 5 evening meals a week.",
        ),
        (
            "Ella",
            "Ella (7) is late for school most days. Dad is in prison until 2028.",
            "Uncle Tom (Dad's brother) will walk Ella to school every day.",
            "The school register shows Ella on time on at least 9 of 10 days.",
        ),
        // What a second review found the first version flagged.
        (
            "Leo",
            "Leo (2) is pre-verbal; his speech is delayed because he has had little talk and play at home.",
            "Leo will say ten single words, counted by nursery.",
            "The nursery's word list, shared with Mum each month.",
        ),
        (
            "Ella",
            "Mum (Kate) is in hospital after surgery. Ella (7) lives with her other mum, Jo, and is late for school most days.",
            "Mum (Jo) will walk Ella to school every day.",
            "The school register shows Ella on time on at least 9 of 10 days.",
        ),
        (
            "Zara",
            "Zara (9) has never spoken to her teacher about what happens at home, and is falling behind in reading.",
            "Zara will read aloud to her reading buddy at school three times a week.",
            "The reading buddy's log, checked by her class teacher.",
        ),
        (
            "Ella",
            "Mum has been told it is not safe to swallow her tablets whole; she often skips meals and Ella (9) makes her own tea.",
            "Mum will eat a meal with Ella before taking her tablets each evening.",
            "Mum's meal diary, seen by the family support worker each week.",
        ),
        (
            "Jude",
            "Jude (8) is often hungry; the fridge is empty most days.",
            "Mum will keep the fridge stocked with fresh food for Jude.",
            "Fridge checked at each home visit.",
        ),
    ]);
    // What the need rules out, in the words of these parts.
    ruled_out(&[
        (
            "Aria",
            "Aria (11) has Rett syndrome, is non-verbal and does not yet use any communication aid.",
            "Aria will tell her key worker at the end of each short break what she enjoyed.",
            "Key worker's notes after each stay.",
            "non-verbal",
        ),
        (
            "Bonnie",
            "Bonnie (6 months) is fed through a tube; she cannot swallow safely and must have nothing by mouth.",
            "Bonnie will feed herself soft finger foods at the table at family meals.",
            "Mum's food diary shows what Bonnie eats at each meal.",
            "cannot swallow safely",
        ),
        (
            "Samir",
            "Samir (10) has selective mutism and has never spoken to his teacher in four years at the school.",
            "Samir will give a two-minute talk to his class about his hobby on 7 January.",
            "His teacher confirms Samir gave the talk.",
            "selective mutism",
        ),
        (
            "Lacey",
            "Lacey (8) is staying with her aunt while Mum is in a mental health hospital for the next three months; Lacey has had toothache for weeks.",
            "Mum will take Lacey to the dentist for a check-up in December.",
            "Dental appointment card seen by school.",
            "is in a mental health hospital",
        ),
        (
            "Ella",
            "Ella (7) is late for school most days. Dad is in prison until 2028.",
            "Dad (Steven) will walk Ella to school every day.",
            "The school register shows Ella on time on at least 9 of 10 days.",
            "prison",
        ),
    ]);
    // Still warned, and now: a review where the measure should be; a term typed with a
    // capital that runs on into no place's name, or with nothing after it.
    let need = "Eden (9) has been bitten by the family's Husky.";
    let r = check("Eden", need, "Dad will have the Husky neutered.", "Progress will be checked at review.");
    assert!(flag_of(&r, "smart.measurable").is_some(), "{:?}", smart_said(&r));
    let need = "Noah (9) fights at school and is waiting for help with his anger.";
    assert!(warned(
        "Noah",
        need,
        "Noah will see the Camhs Crisis Team every week.",
        "Team's letters.",
        "smart.plainLanguage"
    ));
    assert!(warned(
        "Noah",
        need,
        "Mum will Engage with the school about Noah's fights.",
        "School log.",
        "smart.plainLanguage"
    ));
    assert!(warned(
        "Noah",
        need,
        "Engage Football every Thursday for Noah.",
        "Coach's register.",
        "smart.plainLanguage"
    ));
    let description = "Noah Will Engage In Youth Club Activities Every Tuesday.";
    assert!(warned("Noah", need, description, "Club register.", "smart.plainLanguage"));
}

#[test]
fn what_the_thirty_second_rounds_parts_showed_is_mended() {
    // Good outcomes like those of the thirty-second round's new parts (children's community
    // nursing, continence and sleep, the emergency duty team, families from Eastern Europe
    // in seasonal work); the build from before the round (`6669841`) flagged each.
    nothing_said(&[
        // A word on the prescription is the family's word.
        (
            "Mehmet",
            "Mehmet (3) has eczema that keeps getting infected; his creams are rarely put on.",
            "Mum will wash Mehmet with his prescribed emollient instead of bubble bath, and put his cream on twice a day.",
            "Cream chart on the bathroom door seen by the health visitor.",
        ),
        // Someone's things are what they own.
        (
            "Deshawn",
            "Deshawn (12) shares a bedroom with his brother Tyrone (19), who keeps drugs there.",
            "Deshawn will have the bedroom to himself, with none of Tyrone's things in it.",
            "Mum shows the social worker the bedroom at each visit.",
        ),
        // Things to have, and what comes with a change, are one demand.
        (
            "Alfie",
            "Alfie (10) has no bed and sleeps on a mattress soaked from bedwetting.",
            "Alfie will have a new bed, a waterproof mattress protector and two sets of bedding, paid for by the council.",
            "The family support worker sees the bed and bedding in place.",
        ),
        (
            "Idris",
            "Idris (8) has been sent home from school four times this term after soiling.",
            "Idris will stay in school all day, with spare clothes and wipes in his bag and a named adult, Miss Carter, to help him change.",
            "The school register shows no days sent home for soiling after January.",
        ),
        // What a charity is, said after its name, with an "and" in it; a school's options.
        (
            "Marcel",
            "Marcel (4) is frightened of pooing and holds on, so he is often constipated.",
            "Marcel will sit on the potty after tea every day while Dad reads him the picture story from ERIC, the children's bowel and bladder charity.",
            "Dad's sticker chart and poo diary, checked by the health visitor in February.",
        ),
        (
            "Gabija",
            "Gabija (13) is missing school to mind her brother and has not chosen her subjects for next year.",
            "Gabija and Mum will meet the school's careers adviser and choose her options for next year.",
            "The careers adviser's note of the meeting; the school confirms her option choices.",
        ),
        // A need that names a different Mum, by another family word.
        (
            "Ella",
            "Mother (Kate) is in hospital after surgery. Ella (7) lives with her other mum, Jo, and is late for school most days.",
            "Mum (Jo) will walk Ella to school every day.",
            "The school register shows Ella on time on at least 9 of 10 days.",
        ),
    ]);
    // What the need rules out, in the words of these parts.
    ruled_out(&[
        // A name closed off by commas, or a name of two words in brackets.
        (
            "Ella",
            "Ella (7) is late for school most days. Dad is in prison until 2028.",
            "Dad, Steven, will walk Ella to school every day.",
            "The school register shows Ella on time on at least 9 of 10 days.",
            "prison",
        ),
        (
            "Ella",
            "Ella (7) is late for school most days. Nan (Sue Hall) is in hospital.",
            "Nan will walk Ella to school every day.",
            "The school register shows Ella on time on at least 9 of 10 days.",
            "is in hospital",
        ),
        (
            "Amira",
            "Amira (13) is staying with her aunt while Mum is an inpatient on a mental health ward.",
            "Mum will take Amira to school each morning.",
            "The school register.",
            "is an inpatient",
        ),
        (
            "Dua",
            "Dua (10) lives with her aunt since Mum was detained under the Mental Health Act on 12 November; doctors expect her to stay in hospital for at least three months.",
            "Mum will do the school run for Dua on Mondays and Fridays.",
            "The school confirms who drops Dua off.",
            "to stay in hospital",
        ),
        (
            "Aaliyah",
            "Aaliyah (13) lives with her Nan. Mum is serving a 14-month sentence and wants to be part of school life.",
            "Mum will come to Aaliyah's parents' evening in February.",
            "The school confirms Mum came.",
            "sentence",
        ),
        // "He" starting a sentence is the one person named in the sentence before.
        (
            "Ivo",
            "Ivo (6) needs dental treatment. Dad has epilepsy. He had his driving licence taken away in September for 18 months.",
            "Dad will drive Ivo to his dentist appointments in King's Lynn.",
            "The dentist confirms Ivo was seen.",
            "driving licence taken away",
        ),
        // A range typed with a dash is one range, as with a hyphen.
        (
            "Jokubas",
            "Mum, Laima, works 6am–6pm at the mushroom farm Monday to Saturday; Jokubas (6) is collected late by friends.",
            "Laima will collect Jokubas from school at 3.15pm every day and walk him home.",
            "The school office logs who collects Jokubas each day.",
            "works 6am–6pm",
        ),
        // A baby asked to say how she feels, or a toddler to be dry at night.
        (
            "Isla",
            "Isla (8 months) was left with Dad, who was found unconscious after taking heroin.",
            "Isla will tell her health visitor that she feels safe when she is with Dad.",
            "The health visitor records what Isla says at her 12-month review.",
            "Isla (8 months)",
        ),
        (
            "Sienna",
            "Sienna (9 months) has severe eczema and scratches until she bleeds at night.",
            "Sienna will tell Mum when her skin is itchy so that her cream can be put on straight away.",
            "Mum's daily cream chart.",
            "Sienna (9 months)",
        ),
        (
            "Hafsa",
            "Hafsa (14 months) wakes three or four times a night and Mum changes a soaked nappy each time.",
            "Hafsa will be dry at night and out of night nappies by March.",
            "Mum's chart of dry nappies in the morning, seen by the health visitor.",
            "Hafsa (14 months)",
        ),
    ]);
    // Still nothing ruled out: a list of people, not one person named twice; someone else
    // after a full stop; and a dash with spaces still ends a clause.
    nothing_said(&[(
        "Ella",
        "Ella (7) is late for school most days. Dad is in prison until 2028.",
        "Mum, Lee, Sam and Ava will take turns to walk Ella to school.",
        "The school register shows Ella on time on at least 9 of 10 days.",
    )]);
    not_ruled_out(
        "Ruby",
        "The school register shows Ruby on time on at least 9 of 10 days.",
        &[(
            "Ruby (7) lives with Dad and is late for school. Lee, her brother, is in prison.",
            "Dad will walk Ruby to school every day.",
        )],
    );
    not_ruled_out(
        "Jokubas",
        "The school office logs who collects Jokubas each day.",
        &[(
            "Mum works at the farm – 6am is when Dad gets in; Jokubas (6) is collected late.",
            "Dad will collect Jokubas from school at 3.15pm every day.",
        )],
    );
    // What two code reviews of the round found, now right: a dash joins two clauses unless it
    // joins two numbers; "Her work" is not her; a pronoun after a sentence that names two
    // people is neither; history is not the present; a taxi licence is no driving licence;
    // classes in a young offender institution are its own; a name of two words is either
    // word; the same name given twice is one person.
    not_ruled_out(
        "Leo",
        "Mum's diary, seen by the social worker at each visit.",
        &[
            ("Dad works nights.", "Dad will take Leo to football on Saturdays—Mum will do bedtime every night."),
            // A hyphen with a space each side is a dash.
            ("Dad works nights.", "Dad will take Leo to football on Saturdays - Mum will do bedtime every night."),
            ("Leo lives with Mum—Lee works nights.", "Mum will do bedtime every night."),
            ("Mum is Leo's main carer. Her work is 30 miles away.", "Mum will collect Leo from school every day."),
            (
                "Leo (9) lives with Nan. She is in hospital after a fall.",
                "Leo will walk to school with his friend every day.",
            ),
            ("Mum has a history of being sectioned under the Mental Health Act.", "Mum will do bedtime every night."),
            ("Dad lost his taxi licence in May.", "Dad will drive Leo to football every Saturday."),
            (
                "Dad had his driving licence taken away in 2019 and got it back in 2021.",
                "Dad will drive Leo to football every Saturday.",
            ),
            (
                "Leo (16) is in a young offender institution.",
                "Leo will go to his English and maths classes every week.",
            ),
            (
                "Dad spent time in a young offenders institution when he was 17.",
                "Dad will come to Leo's school play in December.",
            ),
            ("Mum works 6am–6pm on Saturdays only.", "Mum will collect Leo from school every day."),
            ("Mum works 9am–3pm in school hours.", "Mum will collect Leo from school every day."),
            // A third review: a pronoun after a sentence that speaks of someone as "him", or "He"
            // for Mum; history; an Act that is not the Mental Health Act.
            (
                "Dad has a long history of offending. Leo (9) misses him. He is in prison until 2027.",
                "Leo will walk to school with his friend every day.",
            ),
            (
                "Mum gave birth in May. He is in hospital on the neonatal unit.",
                "Mum will take Leo to school every day.",
            ),
            (
                "Dad spent 18 months in a young offenders institution as a teenager.",
                "Dad will do bedtime at home every night.",
            ),
            (
                "Dad lost his driving licence in 2019; the ban ended in 2020.",
                "Dad will drive Leo to football every Saturday.",
            ),
            ("Dad is detained under the Immigration Act at Brook House.", "Dad will do the school run every day."),
        ],
    );
    for (need, description) in [
        ("Mum works 6am to 2pm.", "Mum will not miss tea—she will walk Leo to school every morning."),
        ("Dad works nights.", "Dad will not drink on school nights - he will do bedtime at home every night."),
        ("Leo's dad, Steven, has custody. Dad works nights.", "Dad (Steven) will do bedtime every night."),
        ("Leo lives with Mum (Jo) and Dad (Steven). Dad works nights.", "Dad (Steven) will do bedtime every night."),
        ("Dad (Lee) has epilepsy. He lost his driving licence in May.", "Dad will drive Leo to football every Saturday."),
        ("Nan (Sue Hall) is in hospital.", "Sue will do the school run every day."),
        ("Dad (Lee) is in prison.", "Dad (Lee Smith) will do bedtime every night."),
        ("Mum works 7am – 7pm.", "Mum will collect Leo from school every day."),
        ("Mum works 8am–6.30pm at the packhouse.", "Mum will collect Leo from school every day."),
        ("Mum works 6am–2pm at the bakery.", "Mum will walk Leo to school every morning."),
        ("Leo (2) wets the bed.", "Leo will be out of night nappies by March."),
        (
            "Mum uses cannabis every day.",
            "Mum will see the drug service, regularly attend her appointments, give clear tests and stop using cannabis by March.",
        ),
        ("Mum uses cannabis every day.", "Mum will work with her GP, then stop using cannabis, then find a job and move house."),
        // A third review: "with" straight after a verb starts a demand like any other; a
        // list's numbers are not amounts; either half of a name pair; someone else's mother;
        // a day is not a name.
        ("Leo's behaviour is hard to manage.", "Mum will spend time with Leo, praise good behaviour, use time-outs and stay calm."),
        ("Mum drinks.", "Mum will: 1 stop drinking, 2 go to AA weekly, 3 keep the house clean, 4 get Leo to school by 8:50am."),
        ("Kate (Mum) has MS. She cannot drive.", "Mum will drive Leo to football every Saturday."),
        ("Mum works nights. Her mother (Sue) lives nearby.", "Mum (Jo) will do bedtime at home every night."),
        ("Dad works nights. Leo sees Dad Tuesdays.", "Dad (Steven) will do bedtime at home every night."),
    ] {
        let r = check("Leo", need, description, "Mum's diary, seen by the social worker at each visit.");
        assert!(achievable_flag(&r).is_some(), "{need} / {description}: {:?}", smart_said(&r));
    }
    // A service's own work, after a service's name or by a children's nurse; a family's
    // change with the same nurse stays quiet.
    let need = "Grace (12) cares for her disabled brother and struggles to manage his medicines.";
    assert!(warned("Grace", need, "Young Carers Support referral to be made.", "Referral made.", "smart.relevant"));
    let need = "Theo (8) has type 1 diabetes and his insulin is often missed at Mum's.";
    let training = "Community children's nurse to give a training session on the new pump to school staff.";
    assert!(warned("Theo", need, training, "Training record.", "smart.relevant"));
    nothing_said(&[(
        "Theo",
        need,
        "Mum will take Theo to see the children's nurse at the clinic every month.",
        "The children's nurse confirms each visit.",
    )]);
}

#[test]
fn what_the_thirty_third_rounds_parts_showed_is_mended() {
    // What the need rules out, in the words of the thirty-third round's new parts (gambling
    // and gaming, large families, Home-Start, children anxious about school); the build from
    // before the round (`e09b2c9`) said nothing of any.
    ruled_out(&[
        // No way there: no bus, or no money for the fares, and none given in the outcome.
        (
            "Sam",
            "Sam (12) is home educated in a village with no bus service; Mum does not drive.",
            "Mum will take Sam to the Wednesday home education group in town every week.",
            "The group's register shows Sam there at least 10 times by March.",
            "no bus",
        ),
        (
            "Jo",
            "Mum has no money for bus fares, and Jo (2) has weekly physio across the city.",
            "Mum takes Jo to physio by bus every week.",
            "The physio department confirms each week's attendance.",
            "no money for bus fares",
        ),
        // On bed rest, with no kitchen, with no family here, unable to get upstairs.
        (
            "Lacie",
            "Mum is on bed rest until the birth of twins in February, and Lacie (5) has missed her swimming therapy.",
            "Mum takes Lacie to her weekly swimming therapy in January.",
            "The pool's register shows 4 sessions in January.",
            "on bed rest",
        ),
        (
            "Esme",
            "Esme (6) and her brother live with Mum in one hotel room with no cooking facilities.",
            "Mum will cook a hot, home-made meal for Esme in the room at least 5 evenings a week.",
            "Meal diary kept by Mum and seen at fortnightly visits.",
            "no cooking facilities",
        ),
        (
            "Sara",
            "Mum has no family in the UK, and her anxiety means she cannot leave Sara (4 months) with anyone.",
            "Mum's sister looks after Sara one afternoon a week so Mum can rest.",
            "The family diary records each afternoon.",
            "no family in the UK",
        ),
        (
            "Maria",
            "Mum uses a wheelchair and cannot get upstairs, where Maria (3) and her brother sleep.",
            "Mum checks on the children in their bedrooms every night at 10pm.",
            "Mum's night-check chart is ticked every night.",
            "cannot get upstairs",
        ),
        // "Cannot read" at the end of what is said.
        (
            "Destiny",
            "Destiny (8)'s mum cannot read. The school sends everything by email and the school app.",
            "Mum will check the school app every day and reply to messages from Destiny's teacher.",
            "School sees Mum's replies on the app.",
            "cannot read",
        ),
        // More to pay each week than the family has left.
        (
            "Kayden",
            "Kayden (9) has been knocked down by the family's dog many times. Mum has about £30 a week left after bills.",
            "Mum will pay a private dog behaviourist £85 a session to come to the house every week.",
            "Behaviourist's invoices; Kayden's knock-downs counted on a chart.",
            "£30 a week left",
        ),
        (
            "Daniel",
            "Mum Becca is on Universal Credit, has £12 a week left after rent and bills, and Daniel (3) never does activities outside the home.",
            "Becca will book Daniel onto weekly Tumble Tots classes at £9 a session and swimming lessons at £8 a session.",
            "Class registers show attendance at both.",
            "£12 a week left",
        ),
        // Who works nights: Dad, who is also the child's carer.
        (
            "Jamie",
            "Jamie's (8) teeth are never brushed at bedtime. Dad, his only carer, works nights from 6pm to 6am.",
            "Dad will brush Jamie's teeth at 7.30pm every night and tick the chart.",
            "Brushing chart, looked at by the social worker on each home visit.",
            "works nights",
        ),
        (
            "Jordan",
            "Jordan's dad, Rhys, is his main carer and works nights five days a week.",
            "Rhys will bath Jordan and put him to bed at 7pm every night.",
            "Bedtime chart on the fridge, checked by the health visitor.",
            "works nights",
        ),
        // "Dad Lee is…": one person; in prison, bath time is not his to do.
        (
            "Jayden",
            "Dad Lee is serving a two-year sentence at HMP Elmley; Mum is on her own with Jayden (3).",
            "Lee will do Jayden's bath and story three nights a week.",
            "Mum records bedtimes in a diary checked by the volunteer.",
            "sentence",
        ),
        // "She" later in the sentence is Mum, named first, not Marco.
        (
            "Marco",
            "Mum (Gabriela) has Sofia (4 months) and Marco (2) and is recovering from major surgery; she must not lift anything heavier than the baby.",
            "Gabriela will lift Marco into the bath every night.",
            "Bath chart checked by the volunteer.",
            "must not lift",
        ),
        (
            "Ahmed",
            "Ahmed (10) only goes into school calmly with Dad, but Dad now works on an offshore rig, three weeks away then three weeks at home.",
            "Dad will take Ahmed to school every morning and hand him to his class teacher.",
            "Register; the class teacher confirms the handover.",
            "offshore rig",
        ),
    ]);
    // Whose the limit is, as three code reviews read it: the dad the carer is; Mum, whom
    // "she" stands for, not Nan; Jo, not Dad.
    ruled_out(&[
        (
            "Kai",
            "Kai's main carer is his dad, who cannot drive.",
            "Dad will drive Kai to football training every Saturday.",
            "The coach's register shows Kai at training.",
            "cannot drive",
        ),
        (
            "Kai",
            "Dad collects Kai as Mum is recovering from a caesarean and she must not lift.",
            "Mum will lift Kai into the car seat each day.",
            "Dad's diary shows who lifts Kai.",
            "must not lift",
        ),
    ]);
    // Going there another way, "cannot read" said of something else, what a fund pays; and
    // the reviews' wordings: money coming in, spent less or paid by someone else; going to
    // bed; a grandmother's own limit; a room downstairs; a parent at home with no wider
    // family.
    let money = "Mum is on Universal Credit and has about £30 a week left after bills; Leo (7) has no activities.";
    nothing_said(&[
        (
            "Leo",
            money,
            "Mum will claim Carer's Allowance of £81 a week for caring for Leo.",
            "The award letter, seen by the family support worker.",
        ),
        (
            "Leo",
            money,
            "Mum will cut what she spends on takeaways from £60 a week to £20 a week.",
            "Mum's bank statements, seen by the family support worker each month.",
        ),
        (
            "Leo",
            money,
            "Dad will pay £40 a week towards Leo's football club, as the court order says.",
            "The club's register shows Leo at training each week.",
        ),
        (
            "Lily",
            "There is no public transport near the caravan site, and Lily (6) is tired at school.",
            "Lily will go to bed by 7.30pm on at least 5 nights a week.",
            "Mum's bedtime chart, seen by the family support worker.",
        ),
        (
            "Kai",
            "Nan looks after Kai (8) because Mum is in prison; she is serving three years.",
            "Nan will walk Kai to school every morning.",
            "The school register shows Kai on time on at least 9 of 10 days.",
        ),
        (
            "Kai",
            "Stepmum Jo looks after Kai (8) while Dad works, and she must not drive.",
            "Dad will drive Kai to football every Saturday.",
            "The coach's register shows Kai at football.",
        ),
        (
            "Leo",
            "Mum cannot manage the stairs since her stroke, and Leo (4) plays alone.",
            "Mum will play with Leo in the living room for 20 minutes every day.",
            "Mum's play diary, seen by the health visitor.",
        ),
        (
            "Tia",
            "Mum has no family support and is isolated; Tia (5) has no bedtime routine.",
            "Each evening Mum will read Tia a bedtime story at 7pm.",
            "Mum's bedtime chart, seen by the health visitor.",
        ),
        // A second review's: talking to someone is no journey; a day off; working at a
        // prison; Mum's parents when Dad has no family; rent inside what is left; money
        // coming in; Chloe (17) can drive, or not, but not Mum; a friend from the nursery;
        // the need's own way round.
        (
            "Lily",
            "Mum has no car and there is no public transport near the farm; Lily (4) is often unwell.",
            "Mum will speak to her GP about her low mood by the end of March.",
            "The GP's letter confirms the appointment.",
        ),
        (
            "Lily",
            "Mum is on bed rest until the baby is born in March, and Lily (6) is bored after school.",
            "Mum will read a story to Lily after school every day.",
            "Mum's story chart, seen by the health visitor.",
        ),
        (
            "Kai",
            "Dad works in Leeds and sees Kai (8) every Saturday.",
            "Dad will take Kai to football every Saturday morning.",
            "The coach's register shows Kai at football.",
        ),
        (
            "Kai",
            "Dad works shifts at HMP Durham and Kai (8) is late for school.",
            "Dad will take Kai to school on his days off.",
            "The school register shows Kai on time on Dad's days off.",
        ),
        (
            "Kai",
            "Dad has no family nearby and works until 6pm, so Kai (8) waits alone after school. Mum's parents live on the same estate.",
            "Mum's parents will collect Kai from school every Tuesday and Thursday while Dad works.",
            "The school's collection log shows who collects Kai.",
        ),
        (
            "Leo",
            "Mum has about £30 a week left after rent and bills, and is behind with the rent.",
            "Mum will pay her rent of £95 a week on time every week.",
            "The rent account, seen by the family support worker each month.",
        ),
        (
            "Leo",
            money,
            "Mum will apply for Carer's Allowance, which pays £81 a week, by the end of January.",
            "The award letter, seen by the family support worker.",
        ),
        (
            "Kai",
            "Mum works full time and Chloe (17) does the school run, but she cannot drive.",
            "Mum will drive Kai to school on her days off.",
            "The school register shows Kai on time on those days.",
        ),
        (
            "Kai",
            "Mum is isolated and has no one to talk to; Kai (3) rarely leaves the flat.",
            "Mum's friend from the nursery will visit her every Friday for a coffee.",
            "Mum's diary of the Friday visits, seen by the health visitor.",
        ),
        (
            "Kai",
            "Mum had no money for the bus fare, but the school now gives Kai (9) a free bus pass.",
            "Kai will go to school every day, reaching 95% attendance by July.",
            "The school register.",
        ),
    ]);
    nothing_said(&[
        (
            "Jayce",
            "Jayce (6) missed 25% of school last term because there is no bus and Mum cannot drive.",
            "Jayce will have free school transport from the council and use it every school day.",
            "The school register shows at least 95% attendance this term.",
        ),
        (
            "Nia",
            "Mum says she cannot afford the £4 bus fare to the children's centre where the speech group is.",
            "Mum will take Nia to the Chatterbox group every week, using the free bus pass the Family Hub gave her.",
            "The Chatterbox register shows Nia at 8 of 10 sessions.",
        ),
        (
            "Kayden",
            "Mum cannot read Kayden's cues when he is hungry or tired.",
            "Mum writes down Kayden's feeds and sleeps each day in a diary.",
            "The health visitor sees the diary at each visit.",
        ),
        (
            "Roxy",
            "Mum has about £20 a week left after bills, and Roxy (7) has no activities outside school.",
            "Roxy will go to Brownies every Tuesday, with the £3 a week paid from the Family Hub's activity fund.",
            "The Brownies register shows Roxy at 8 of 10 meetings.",
        ),
    ]);
    // A professional a few words into the subject is still a service's visit; the family's
    // own plan in the next sentence is theirs.
    let need = "Amelia (14) has been missing from home three times since September.";
    for description in [
        "The Youth Justice worker will visit Amelia at home every two weeks.",
        "Mum's mental health nurse will visit her every two weeks.",
    ] {
        assert!(warned("Amelia", need, description, "Visit log.", "smart.relevant"), "{description}");
    }
    nothing_said(&[(
        "Oscar",
        "Oscar (7) kicks his mum, Kelly, at home time most days when school has gone badly.",
        "Oscar's class teacher will send home a book each day with a happy or sad face. Kelly will plan a quiet walk home on sad-face days.",
        "Home-school book; Kelly's kick chart shows kicks down to once a fortnight by March.",
    )]);
}

#[test]
fn what_the_thirty_fourth_rounds_parts_showed_is_mended() {
    // What the need rules out, in the words of the thirty-fourth round's new parts (families
    // seeking asylum in hotels, travelling showpeople, children with FASD, a relative who is
    // a sexual risk to children); the build from before the round (`ae21b62`) said nothing
    // of any.
    ruled_out(&[
        // Held in a removal centre, as in prison.
        (
            "Omar",
            "Omar (8) misses his dad, Sami, who was taken to an immigration removal centre last month.",
            "Dad will take Omar to his Saturday swimming lessons every week.",
            "The pool's register shows Omar there at least 3 times a month.",
            "removal centre",
        ),
        // Away for weeks at a time: a weekday or a Friday is no way round it, as it is for
        // someone away only in the week.
        (
            "Lily",
            "Dad works on a gas rig, three weeks on and three weeks off, and Lily (6) misses him at bedtime.",
            "Dad will take Lily to school every Monday and Friday.",
            "The school's gate log shows who brings Lily.",
            "gas rig",
        ),
        (
            "Leo",
            "Dad is a lorry driver who sleeps in his cab Monday to Friday; Leo (9) is behind with reading.",
            "Dad will hear Leo read for 10 minutes every weeknight.",
            "Leo's reading record, signed each night, checked by his teacher.",
            "sleeps in his cab",
        ),
        // Not to have contact with any child.
        (
            "Ava",
            "Ava (7) is collected by different relatives. Grandad is on bail with a condition not to have contact with any child until his trial.",
            "Grandad will pick Ava up from school every Friday.",
            "The school's collection log.",
            "not to have contact with any child",
        ),
        // Cannot use buses.
        (
            "Kai",
            "Kai (15) has had panic attacks on buses since he was robbed at a bus stop, and college is five miles away.",
            "Kai will take the bus to college on his own every day from Monday.",
            "The college register shows Kai there every day.",
            "panic attacks on buses",
        ),
        // In hospital since, with cooking; working until midnight, with 6pm.
        (
            "Zoe",
            "Mum has been in hospital since October after a stroke; Zoe (11) is staying with her aunt.",
            "Mum will cook tea for Zoe every evening.",
            "Zoe's aunt keeps a note of each meal.",
            "has been in hospital since",
        ),
        (
            "Josh",
            "Dad runs the chip van from 4pm until midnight every day, and Josh (10) wants to join the Cubs.",
            "Dad will take Josh to Cubs every Tuesday at 6pm.",
            "The Cub leader's register.",
            "from 4pm until midnight",
        ),
        // Swimming lessons are no driving lessons.
        (
            "Ben",
            "Mum had a seizure in August and lost her driving licence for a year; Ben (7) cannot swim.",
            "Mum will drive Ben to his swimming lessons every Saturday.",
            "The swimming teacher's register and Ben's Stage 1 badge.",
            "lost her driving licence",
        ),
        // Told to rest in bed; no broadband or signal; cannot read in a language; a book to
        // read with the child.
        (
            "Isla",
            "Mum is expecting twins and the midwife has told her to rest in bed from January; Isla (6) is often late.",
            "Mum will walk Isla to school every morning in February.",
            "The register shows no late marks in February.",
            "rest in bed",
        ),
        (
            "Ella",
            "Ella (12) is on a travelling pack while the family winters on a yard with no broadband or phone signal.",
            "Ella will join her school's online lessons for an hour every weekday morning.",
            "The school's log-in report.",
            "no broadband or",
        ),
        (
            "Aryan",
            "Aryan (7) is behind with reading. His mum cannot read in Urdu or English.",
            "Mum will read Aryan's school reading book with him every evening.",
            "His reading record, checked by his teacher each week.",
            "cannot read in Urdu",
        ),
        // Too young: dry day and night at 20 months, rating an itch at one, taking her own
        // medicine at two.
        (
            "Ruby",
            "Ruby (20 months) is still in nappies and Dad gets cross when she wets.",
            "Ruby will be dry day and night by March.",
            "Dad's potty chart, checked by the health visitor.",
            "Ruby (20 months)",
        ),
        (
            "Noah",
            "Noah (1) cries when his eczema cream is put on.",
            "Noah will tell Mum when his skin is sore, using a 0–10 picture scale.",
            "Mum's skin diary, seen by the health visitor.",
            "Noah (1)",
        ),
        (
            "Maisie",
            "Maisie (2) has asthma and Mum often forgets her preventer.",
            "Maisie will remember to take her own preventer each morning.",
            "Sticker chart seen by the practice nurse.",
            "Maisie (2)",
        ),
    ]);
    // A wait whose clause says only "their" or "they" for what is waited for, or that a
    // bracket leaves apart from it; a wait said as "months away"; the next group to start.
    achievable_says("2027-01-29", "Kayden", "The service's attendance letter.", &[
        (
            "Kayden (13) is low. He was referred to the children's mental health service (CAMHS) in October, and their letter says the wait for a first appointment is about 40 weeks.",
            "Kayden will have gone to four sessions with the children's mental health service (CAMHS).",
            "40 weeks",
        ),
        (
            "Kayden (3) says only a few words. He went on the speech therapy waiting list in October, and the service says first appointments are about nine months away.",
            "Kayden will have had six speech therapy sessions.",
            "nine months away",
        ),
        (
            "Mum has been referred to the Inform course for partners; they have told her the next group with a space starts in late April 2027.",
            "Mum will complete the Inform course and tell her social worker what she has learned.",
            "April 2027",
        ),
    ]);
    nothing_said(&[
        // Away for weeks, but doing it in the weeks at home.
        (
            "Lily",
            "Dad works on a gas rig, three weeks on and three weeks off, and Lily (6) misses him.",
            "Dad will take Lily to swimming every Saturday in his weeks at home.",
            "The pool's register shows Lily there with Dad.",
        ),
        // Owing money is about money: a debt plan answers it.
        (
            "Kenzie",
            "Kenzie (6)'s dad owes about £3,000 on a catalogue and a doorstep loan, and bailiffs' letters keep coming.",
            "Dad will meet a StepChange debt adviser and agree a plan for the debts by January.",
            "The StepChange debt plan letter, seen by the family worker.",
        ),
        // FASD is the name of the child's diagnosis, as ADHD is.
        (
            "Reece",
            "Reece (15) has FASD and has been stopped by police twice for things he did not understand were wrong.",
            "Reece will carry a card in his wallet explaining his FASD and what helps him.",
            "Reece shows the card to his youth worker at each session.",
        ),
    ]);
    // What the round's reviews found the first draft wrongly warned about: bus fares are no
    // fear of buses; a wait their letter names for something else; whoever told "her" to
    // rest, or a child who may be the one told; "£65, and" is no £65,000.
    for (child, need, description, measure) in [
        (
            "Lily",
            "Mum cannot manage the bus fares on her Universal Credit, so Lily (6) has missed 20 days of school.",
            "Mum will take Lily to school on the bus every day using the free bus pass the council has given her.",
            "The school register shows Lily in on at least 95% of days.",
        ),
        (
            "Noah",
            "Noah (5) sees the paediatrician (Dr Shah) at the child development centre, and their letter says the wait for an autism assessment is 2 years.",
            "Mum will take Noah to each of his paediatrician appointments at the child development centre.",
            "The centre's records show each appointment was kept.",
        ),
        (
            "Isla",
            "Mum is recovering from a caesarean. Gran is staying with the family and has told her to rest in bed as much as she can.",
            "Gran will walk Isla to school every morning until Mum is recovered.",
            "The school register shows no late marks.",
        ),
        (
            "Lily",
            "Lily (14) has glandular fever. Mum is worried because the GP has told her to rest in bed for two weeks.",
            "Mum will take Lily to the GP for her blood test by 4 December.",
            "The surgery confirms the appointment was kept.",
        ),
        (
            "Sam",
            "Sam (8) has been kept off school dinners because of a £65 dinner debt.",
            "Dad will pay off the school dinner debt of £65, and show the social worker the receipt.",
            "The school's receipt, seen by the social worker.",
        ),
    ] {
        let r = check_by("2026-12-18", child, need, description, measure);
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    // Saturdays while the parent who works then is at work.
    not_ruled_out(
        "Archie",
        "Aunt Jo keeps a Saturday diary shown to the social worker.",
        &[(
            "Mum works every Saturday at a hairdresser's, and Archie (9) must not be left alone with his stepdad.",
            "On Saturdays while Mum is at work, Archie will spend the day at his Aunt Jo's house.",
        )],
    );
}

#[test]
fn an_acronym_written_out_in_the_outcomes_own_words_is_plain() {
    let need = "Mahlet (13) arrived from Eritrea in September and speaks little English at school.";
    let plain = |description: &str, measure: &str| {
        let r = check("Mahlet", need, description, measure);
        flag_of(&r, "smart.plainLanguage").map(|f| f.message.clone())
    };
    // Written out in the outcome, then used in its measure: plain.
    let said = plain(
        "Mahlet will go to the school's English as an additional language group three lunchtimes a week.",
        "The EAL coordinator's register for the group.",
    );
    assert_eq!(said, None);
    // Not written out anywhere: still a word the family may not know.
    let said = plain(
        "Mahlet will go to the school's language group three lunchtimes a week.",
        "The EAL coordinator's register.",
    );
    assert!(said.as_deref().is_some_and(|m| m.contains("EAL")), "{said:?}");
    // Written out only in the need, without the acronym beside it: the outcome's "BSL" is
    // still unexplained, as readers labelled it.
    let r = check(
        "Jamal",
        "Jamal (13) is deaf and uses British Sign Language; Mum and Dad know only a few signs.",
        "Mum and Dad will complete the Level 1 BSL course at the Deaf Centre by March.",
        "Their Level 1 certificates, seen by the social worker.",
    );
    let f = flag_of(&r, "smart.plainLanguage");
    assert!(f.is_some_and(|f| f.message.contains("BSL")), "{:?}", show(&r));
}

#[test]
fn an_absence_still_to_come_a_feared_detention_and_a_mentor_are_no_limit() {
    // What the thirty-fourth round's reviews left warned about: the build from before this
    // (`d40d01c`) told each of these that it "may not be possible" or had a long wait.
    let deployed = "Leo (6) misses Dad, who is a soldier and will be deployed to Estonia from April to October 2027.";
    let saturdays = "Dad will take Leo to football training every Saturday morning.";
    let diary = "Mum's diary, seen at visits.";
    for (date, child, need, description, measure) in [
        // Gone only after the target date: from April, by the end of March.
        ("2027-03-31", "Leo", deployed, saturdays, diary),
        (
            "2027-03-31",
            "Leo",
            "Leo (6) is anxious about Dad, who deploys to Cyprus in April for six months.",
            "Dad will read Leo a bedtime story every night before he goes.",
            "A sticker chart Leo fills in, seen at visits.",
        ),
        (
            "2027-01-08",
            "Leo",
            "Leo (6) misses Dad, who will be on deployment from 12 January 2027 for six months.",
            saturdays,
            diary,
        ),
        // Done until then, in the outcome's own words.
        (
            "2027-06-30",
            "Leo",
            deployed,
            "Dad will take Leo to football training every Saturday morning until he deploys.",
            diary,
        ),
        // A detention someone fears is not one that has happened.
        (
            "2027-03-31",
            "Amira",
            "Amira (9) cannot sleep because she is scared Dad will be sent to a detention centre.",
            "Dad will read Amira a bedtime story every night.",
            "A sticker chart, seen at visits.",
        ),
        (
            "2027-03-31",
            "Amira",
            "Mum is terrified that Dad will be taken to a removal centre at his next reporting visit.",
            "Dad will walk Amira to school every morning.",
            "The school sees Dad at the gate most mornings.",
        ),
        // A mentor is no mental health service with an 18-month wait.
        (
            "2027-03-31",
            "Jay",
            "Jay (14) is low and isolated; he is waiting for mental health support, and the wait is 18 months.",
            "Jay will meet his mentor from the Prince's Trust every Tuesday.",
            "The mentor's session log, shared with Mum monthly.",
        ),
    ] {
        let r = check_by(date, child, need, description, measure);
        assert!(achievable_flag(&r).is_none(), "{need} / {description}: {:?}", show(&r));
    }
    // Still a limit: gone by the target date, away until after it, or since; and still the
    // mentoring scheme's own wait.
    for (date, need, description, said) in [
        ("2027-06-30", deployed, saturdays, "deployed to"),
        ("2027-03-31", "Leo (6) misses Dad, who is deployed to Estonia until April.", saturdays, "deployed to"),
        ("2027-03-31", "Leo (6) misses Dad, who has been deployed to Estonia since March.", saturdays, "deployed to"),
        (
            "2027-03-31",
            "Leo (6) misses Dad, who deployed to Estonia in October; he is due home in May 2027.",
            saturdays,
            "deployed to",
        ),
        (
            "2027-03-31",
            "Amira (9) is worried about Dad, who is in prison.",
            "Dad will take Amira to school every morning.",
            "prison",
        ),
        (
            "2027-03-31",
            "Jay (14) is low and isolated. The mentoring scheme has an 18-month waiting list.",
            "Jay will meet his mentor every Tuesday.",
            "18-month waiting list",
        ),
    ] {
        let r = check_by(date, "Leo", need, description, diary);
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need} / {description}: {:?}", show(&r)));
        assert!(f.message.contains(said), "{}", f.message);
    }
}

#[test]
fn what_the_thirty_fifth_rounds_parts_showed_is_mended() {
    // In the words of the thirty-fifth round's new parts (a parent after a stroke or brain
    // injury, Deaf parents, families with close family abroad, boaters); the build from
    // before the round (`d40d01c`) said nothing of these.
    ruled_out(&[
        // A licence taken away, whoever took it, is no driving.
        (
            "Mollie",
            "Mollie (8) has stopped swimming since Mum's seizure in August; the DVLA has revoked Mum's licence for at least a year.",
            "Mum will drive Mollie to her swimming lesson every Saturday.",
            "The pool's register.",
            "revoked Mum's licence",
        ),
        // Away at army training, as on deployment.
        (
            "Imani",
            "Lewis (19) is away at army basic training until April.",
            "Lewis will take Imani to her swimming lessons every Saturday.",
            "The pool's register.",
            "away at army basic training",
        ),
        // Shifts that start at 7am, as work that does.
        (
            "Carter",
            "Carter (6) is late for school most days. Mum has just started at the hospital laundry, with shifts that start at 7am.",
            "Mum will walk Carter into breakfast club at 8am every school day.",
            "The breakfast club register.",
            "shifts that start at 7am",
        ),
        // A two-year-old cannot press an alarm and give an address.
        (
            "Amber",
            "Amber (2) is alone with Mum, who has weakness on her left side since her stroke and falls.",
            "Amber will press the Careline pendant button and tell the call centre her address if Mum falls.",
            "Mum tells the worker Amber has practised it.",
            "Amber (2)",
        ),
    ]);
    // A wait their letter gives for children in general, or says therapy usually starts.
    for need in [
        "Talia (3) has little speech. She was referred to speech and language therapy in October, and their letter says children are currently waiting about 40 weeks for a first appointment.",
        "Talia (3) has little speech. The speech and language therapy service accepted her in October; the letter says therapy usually starts about 18 months after acceptance.",
    ] {
        let r = check("Talia", need, "Talia will have finished a block of 6 speech therapy sessions.", "The therapist's report.");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need}: {:?}", show(&r)));
        assert!(f.message.contains("long wait"), "{}", f.message);
    }
    // Where someone is until then is no wait; a one-year review is no year-long course.
    for (date, child, need, description, measure) in [
        (
            "2026-12-04",
            "Mercy",
            "Mercy (2) has not had her MMR jab because the family was in Ghana from her first birthday until September.",
            "Mum will take Mercy for her first MMR jab at the Hawthorn Medical Centre.",
            "The jab is recorded in Mercy's red book.",
        ),
        (
            "2027-01-29",
            "Khadija",
            "Khadija (13) looks after her baby brother after school because Mum works until 6pm and Dad is in Morocco until April.",
            "Mum will use her free childcare hours so the baby stays at Little Acorns Nursery until she collects him at 6.15pm.",
            "The nursery confirms the baby's hours.",
        ),
        (
            "2027-01-31",
            "Ivy",
            "Ivy (1) lives with Grandad since Mum's stroke; she has missed her one-year review and her jabs.",
            "Ivy will have her one-year review and catch-up vaccinations at Fellside Surgery.",
            "Red book entries seen by the health visitor.",
        ),
    ] {
        let r = check_by(date, child, need, description, measure);
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    nothing_said(&[
        // A buggy attachment is a thing, not the bond between parent and child.
        (
            "Bobby",
            "Bobby (2) is not getting out to play; Mum uses a wheelchair since her stroke.",
            "Mum will take Bobby to the Family Hub stay-and-play twice a week, using a buggy attachment for her wheelchair.",
            "The Family Hub register shows Bobby and Mum at two sessions a week in January.",
        ),
        // The driving licence agency and the university applications service are known by
        // their letters; a mediator's written summary is a record.
        (
            "Zain",
            "Zain (10) is frightened in the car since Dad's brain injury; Dad is still driving.",
            "Dad will tell the DVLA about his brain injury and stop driving until they decide.",
            "The DVLA's letter, seen by the social worker.",
        ),
        (
            "Hannah",
            "Hannah (17) cares for Mum after her stroke and is afraid to leave for university.",
            "Mum will have a carers' plan that covers Hannah's jobs from September, and Hannah will accept her university place.",
            "A copy of Mum's care plan seen by the social worker; UCAS shows Hannah's place accepted.",
        ),
        (
            "Ava",
            "Ava (9) is upset because her parents argue about her holidays with Dad's family abroad.",
            "Mum and Dad will agree Ava's holiday dates for 2027 at a session at Kingsway Family Mediation.",
            "The mediator's written summary of the agreed dates.",
        ),
    ]);
}

#[test]
fn a_limit_that_ends_later_a_childs_worry_and_another_licence_are_read_as_they_are() {
    // What the code review of the thirty-fifth round found the first draft let through or
    // newly warned about. Still a limit by the end of May: an end still to come is no start;
    // a child's worry about something else, or a reason given after the fear, takes nothing
    // back; a fear in the outcome is no way round it.
    let take = "Dad will take Leo to school every day.";
    let gate = "The school sees Dad at the gate.";
    for (need, description) in [
        ("Leo (8) misses Dad, who is in prison and will be released in June.", take),
        ("Leo (8) misses Dad, who is deployed to Estonia and is due home in June.", take),
        ("Leo (8) is tired. Dad works nights but will move to days in June.", "Dad will put Leo to bed every night."),
        ("Dad is serving a four-year sentence in HMP Altcourse. Leo (8) is worried that other children will find out.", take),
        ("Leo (8) is low. Mum is worried that Dad, who is serving a four-year sentence, will lose touch with him.", take),
        ("Nan is worried that Dad will be in prison when Leo (8) starts high school, as he is on remand.", take),
        // A fear for him while he is there, not of being sent there.
        ("Leo (8) is worried that Dad will be lonely in prison.", take),
        ("Leo (8) is worried that Dad will still be in prison at Christmas.", take),
        ("Leo (8) is worried that Dad will be moved to a prison in Scotland.", take),
        ("Leo (8) misses Dad, who will still be deployed overseas in June, returning in August.", take),
        (
            "Leo (8) misses Dad, who is in prison.",
            "Dad will take Leo to school every day so that Leo is less worried that Dad will leave again.",
        ),
    ] {
        let r = check_by("2027-05-28", "Leo", need, description, gate);
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need} / {description}: {:?}", show(&r)));
        assert!(f.message.contains("may not be possible"), "{}", f.message);
    }
    // A licence that is not for driving, training that is not away, a toy's button, and
    // how long a medicine takes to work; and, from the second pass, what has ended or
    // changed, a reservist's weekend away, a licence given back, and when babies crawl.
    for (child, need, description) in [
        ("Leo", "Leo (8) is late most days. Dad's offshore rig work stopped when the platform closed.", take),
        ("Leo", "Leo (8) is late most days. Dad's stay at HMP Risley ended in 2023 and he now lives with the family.", take),
        ("Leo", "Leo (8) is late most days. Dad's early shift pattern finished when he left the depot.", take),
        (
            "Leo",
            "Leo (8) is late most days. Dad's shift starts at 7am, but his manager has agreed that from January he will start at 9.30am on school days.",
            take,
        ),
        ("Leo", "Leo (8) misses Dad, an Army Reservist who is away at army training one weekend a month.", take),
        (
            "Leo",
            "Leo (8) missed school while Dad could not drive. The DVLA suspended Dad's licence last year; it was reinstated in October.",
            "Dad will drive Leo to school every day.",
        ),
        (
            "Ivy",
            "Ivy (7 months) is not crawling yet and Mum is worried; crawling usually starts around 9 months.",
            "Mum will give Ivy 20 minutes of tummy time on the mat every day.",
        ),
    ] {
        let r = check_by("2027-03-31", child, need, description, gate);
        assert!(achievable_flag(&r).is_none(), "{need} / {description}: {:?}", show(&r));
    }
    nothing_said(&[
        (
            "Leo",
            "Leo (8) has epilepsy. His new medication usually starts to work fully within 9 months.",
            "Leo will take his epilepsy medication every morning and evening, with Mum ticking the chart.",
            "Mum's medication chart, seen by the epilepsy nurse.",
        ),
        (
            "Leo",
            "Leo (8) has no space to play. Mum gave up her market trader's licence when Leo was born, and money is tight.",
            "Mum will drive Leo to the adventure playground every Saturday.",
            "Mum's diary, seen by the family worker.",
        ),
        (
            "Leo",
            "Leo (8) is often hungry after school. Mum is doing basic training to become a care worker, two evenings a week.",
            "Mum will take Leo to the after-school club every day, where he has a hot meal.",
            "The club's register.",
        ),
        (
            "Leo",
            "Leo (2) plays alone most of the day and Mum is worried about his speech.",
            "Leo will press the buttons on his toy garage and say the colours with Mum each day.",
            "Mum's note of new words, seen by the health visitor.",
        ),
    ]);
}

#[test]
fn hours_at_work_rule_out_a_time_the_outcome_asks_for_on_a_working_day() {
    // From the corpus's weak outcomes, which the build from before this (`8b99d7f`) let
    // through: the need says when someone works, and the outcome asks them for something in
    // those hours on a day they work.
    ruled_out(&[
        (
            "Tyler",
            "Tyler (11) walks the dog alone after school. Mum, Kerry, works 10am to 7pm on weekdays.",
            "Kerry will walk the dog herself at 4pm every weekday, with Tyler walking alongside.",
            "Kerry's diary, seen at visits.",
            "works 10am to 7pm",
        ),
        (
            "Evie",
            "Mum works 6pm–6am four nights a week as a support worker. Evie (7) is behind with reading.",
            "Mum will read with Evie for 15 minutes at bedtime (7:30pm) every evening.",
            "Evie's reading record, signed by Mum.",
            "works 6pm–6am",
        ),
        (
            "Aaron",
            "Aaron (7) is collected late from school most days. Dad works 12pm to 8pm at the parcel depot, Monday to Friday.",
            "Dad will collect Aaron from the school gate at 3:15pm every weekday.",
            "The school office's collection log.",
            "works 12pm to 8pm",
        ),
        (
            "Evie",
            "Evie (4) has speech delay. Mum (Leanne) works 7am to 7pm, six days a week, in a care home.",
            "Mum will go to the Tuesday 10am Chatter Tots group with Evie every week.",
            "The group's register.",
            "works 7am to 7pm",
        ),
        (
            "Kai",
            "Kai (6) hits his sister. Mum works in a care home every weekday 7am–1pm.",
            "Mum will go to the parenting course on Tuesday mornings at 9:30am.",
            "The course register.",
            "every weekday 7am–1pm",
        ),
        // Nights said after the work, on the days named.
        (
            "Stanley",
            "Stanley (6) hits other children. Mum works nights at the warehouse, 7pm to 7am, Tuesday to Saturday.",
            "Mum will go to the parenting group at the Family Hub every Wednesday from 6pm to 8pm.",
            "The group's register.",
            "7pm to 7am",
        ),
        // A shift said only by when it starts.
        (
            "Jasmine",
            "Jasmine (10) lashes out when she is tired. Mum starts her night shift at 7pm on Mondays and Thursdays.",
            "Mum will take Jasmine to the Calm Kids group on Monday evenings at 7.30pm.",
            "The group's register.",
            "starts her night shift at 7pm",
        ),
    ]);
    // Not on a day they work, not in those hours, not asked of them, or done another way.
    let works = "Leo (8) is often collected late. Mum works 9am to 5pm, Monday to Friday.";
    not_ruled_out(
        "Leo",
        "Mum's diary, seen at visits.",
        &[
            (works, "Mum will take Leo to football every Saturday at 10am."),
            (works, "Mum will take Leo to the GP at 5.30pm every Thursday."),
            (works, "Nan will collect Leo at 3.15pm every day while Mum is at work."),
            (works, "Mum will text Leo at 4pm every day to check he is home."),
            (works, "Mum will take Leo to the 10am clinic every Tuesday on her day off."),
            (works, "Mum will ask her manager to move her hours so she can take Leo to the 10am clinic every Tuesday."),
            (
                "Leo (8) is often collected late. Mum works 9am to 3pm three days a week.",
                "Mum will take Leo to the clinic every Tuesday at 10am.",
            ),
            (
                "Leo (8) is often collected late. Mum works Monday to Wednesday 9am to 5pm.",
                "Mum will take Leo swimming every Thursday at 4pm.",
            ),
            (
                "Leo (8) is often collected late. Mum used to work 6am to 2pm but lost her job.",
                "Mum walks Leo to school at 8.30am every day.",
            ),
            (
                "Leo (8) is often collected late. Dad works 6am to 6pm; Mum does the school run.",
                "Mum walks Leo to school at 8.30am every day.",
            ),
            (
                "Leo (8) is often collected late. Mum works nights, 8pm to 8am, four nights a week.",
                "On the nights she is not working, Mum will put Leo to bed at 7.30pm.",
            ),
            (
                "Leo (8) is often collected late. Mum starts her night shift at 7pm on Mondays and Thursdays.",
                "Mum will take Leo to Cubs every Tuesday at 7pm.",
            ),
        ],
    );
}

#[test]
fn a_fear_said_any_way_is_no_limit_and_an_order_not_to_contact_the_other_parent_is_one() {
    // Fears the thirty-fifth round left: the build from before this (`8b99d7f`) said each
    // "may not be possible", as if the prison or detention had happened.
    not_ruled_out(
        "Mia",
        "The school's register.",
        &[
            (
                "Mia (8) is worried Dad could go to prison after his court case in January.",
                "Dad will take Mia to school every morning.",
            ),
            (
                "Dad is worried he will be sent to prison when he goes to court in February.",
                "Dad will put Mia to bed at home every night.",
            ),
            (
                "Mum is anxious that Dad will be remanded at his hearing next month.",
                "Dad will pick Mia up from school every Friday.",
            ),
            ("Mum fears Dad will be sent to a removal centre.", "Dad will take Mia to school every day."),
        ],
    );
    // Still a limit: there now, feared for while there, or there as well as feared.
    ruled_out(&[
        (
            "Leo",
            "Dad is in prison and Leo (7) is worried he will be moved to a prison further away.",
            "Dad will take Leo to football training every Saturday.",
            "The club's register.",
            "prison",
        ),
        (
            "Leo",
            "Mum is worried that Dad will still be in prison at Christmas.",
            "Dad will take Leo to football training every Saturday.",
            "The club's register.",
            "prison",
        ),
        (
            "Leo",
            "Dad was remanded in custody last week and Mum fears he will be sent to prison for years.",
            "Dad will take Leo to football training every Saturday.",
            "The club's register.",
            "remanded",
        ),
        // An order not to contact the other parent rules out what they would do together.
        (
            "Elif",
            "Elif (9) saw her parents fight; Dad has a court order not to contact Mum or go to the house.",
            "Mum and Dad will go together to six Relate sessions to learn to argue without shouting.",
            "Relate confirms both parents attended.",
            "not to contact",
        ),
        (
            "Ali",
            "Mum and Dad separated after Dad was arrested; his bail conditions say he must have no contact with Mum.",
            "Mum and Dad will sit down together with the social worker and agree a plan for Ali's Christmas.",
            "The signed plan, seen by the social worker.",
            "must have no contact with",
        ),
    ]);
    // Not the two of them, or through someone else, or the order is over.
    let order = "Jack (9) misses Dad. Dad is on bail and must not contact Mum.";
    not_ruled_out(
        "Jack",
        "The contact centre's notes.",
        &[
            (order, "Jack will see Dad for 2 hours every other Saturday at the family contact centre."),
            (order, "Mum and Dad will agree Jack's Christmas plans separately, through their solicitors."),
            (order, "Mum and Jack will cook tea together every Sunday."),
            (order, "Dad and Jack will go to the park together every Saturday during contact."),
            (order, "Both parents will complete Triple P, Mum on Tuesdays and Dad on Thursdays, each at a different Family Hub."),
            ("Jack (9) misses Dad. Dad's bail conditions not to contact Mum were lifted in October.", "Mum and Dad will go to Jack's parents' evening together."),
        ],
    );
}

#[test]
fn a_centile_or_a_reading_level_years_ahead_in_three_weeks_is_too_soon() {
    // From the corpus's weak outcomes, which the build from before this (`8b99d7f`) let
    // through: changes that take months, asked for by 14 December (22 days after 22
    // November).
    for (child, need, description, said) in [
        (
            "Maisie",
            "Maisie (2) is below the 2nd centile for weight.",
            "Maisie will reach the 50th centile.",
            "reach the 50th centile",
        ),
        (
            "Hope",
            "Hope (1) has dropped from the 50th to the 2nd centile.",
            "Hope is back on the 50th centile.",
            "back on the 50th centile",
        ),
        (
            "Yahya",
            "Yahya (9) reads at the level of a 5-year-old.",
            "Yahya will read at the level expected for a 9-year-old.",
            "level expected for a",
        ),
    ] {
        let r = check_by("2026-12-14", child, need, description, "Weighed and seen by the health visitor.");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains(said) && f.message.contains("22 days"), "{}", f.message);
    }
    // The same by the summer is a plan, not a leap; staying on a centile is no change.
    for (date, description) in [
        ("2027-06-30", "Maisie will reach the 9th centile."),
        ("2026-12-14", "Maisie's weight stays on the 2nd centile or above."),
    ] {
        let r = check_by(
            date,
            "Maisie",
            "Maisie (2) is below the 2nd centile for weight.",
            description,
            "Weighed by the health visitor.",
        );
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn a_time_without_am_or_pm_and_hours_said_by_their_end_or_start_are_read() {
    // From the corpus's weak outcomes, which the build from before this (`f408c62`) let
    // through: a time with minutes and no half of the day, hours said only by when they end
    // or start, and both parents' hours.
    ruled_out(&[
        (
            "Kai",
            "Kai (13) arrives late most days. Mum works 6am to 2pm shifts in the hospital laundry.",
            "Mum will walk Kai to the Beacon Centre for his 9:30 start every weekday.",
            "Beacon Centre register, checked weekly.",
            "works 6am to 2pm",
        ),
        (
            "Jayden",
            "Jayden (7) is late most days. Mum is at work from 7am every weekday.",
            "Mum will walk Jayden to Moor End Primary for 8:45 every school day.",
            "School late register.",
            "work from 7am",
        ),
        (
            "Lucas",
            "Lucas (14) cuts himself when he is home alone after school; both parents work until 6pm.",
            "Mum will be home by 5.30pm every day.",
            "Lucas's diary, seen at each visit.",
            "work until 6pm",
        ),
        (
            "Ruby",
            "Ruby (4) bites other children. Mum works 8am to 4pm at the bakery, Monday to Friday.",
            "Mum will go to the Incredible Years course on Tuesday mornings, 9:30–11:30.",
            "Course register.",
            "works 8am to 4pm",
        ),
    ]);
    // Outside the hours, in the evening though said without pm, or not theirs.
    not_ruled_out(
        "Kai",
        "Diary seen at each visit.",
        &[
            ("Mum works 6am to 2pm, Monday to Friday.", "Mum will collect Kai from school at 3:15 every weekday."),
            ("Mum works 6am to 2pm, Monday to Friday.", "Mum will read with Kai at 7:30 every evening."),
            ("Mum works until 2pm on weekdays.", "Mum will collect Kai from school at 3:15 every weekday."),
            ("Mum is at work from 6am on Saturdays.", "Mum will walk Kai to school for 8:45 every weekday."),
            ("Dad works 6am to 2pm every weekday.", "Mum will walk Kai to school for 8:45 every weekday."),
            // Someone else's parents; a morning said beside the time; a need that starts "Is".
            (
                "Mum (19) lives with her parents. Her parents work until 6pm on weekdays.",
                "Mum will collect Kai from nursery at 5pm every weekday.",
            ),
            ("Mum works 5pm to 11pm.", "Mum will get Kai up at 6:30 every morning."),
            (
                "Is at work until 6pm every weekday, so Kai goes to the after-school club.",
                "Mum will collect Kai from school at 3:15pm every weekday.",
            ),
        ],
    );
    ruled_out(&[(
        "Kai",
        "Kai (7) is collected late. Mum works 2pm to 10pm, Monday to Friday.",
        "Dad will take Kai to school every weekday, and Mum will collect him at 3:15pm every weekday.",
        "School collection log.",
        "works 2pm to 10pm",
    )]);
}

#[test]
fn someone_away_until_after_the_outcome_is_due_cannot_do_it_in_person() {
    // From the corpus's weak outcomes, which the build from before this (`f408c62`) let
    // through. The outcomes are due on 26 February 2027.
    ruled_out(&[
        (
            "Mason",
            "Mason (10) misses his dad. His dad, Steve, is serving with the Army in Cyprus until July 2027.",
            "Steve takes Mason to football training every Saturday morning.",
            "Club register.",
            "dad, Steve, is serving with the Army in Cyprus until July 2027",
        ),
        (
            "Sonny",
            "Gran usually has Sonny after school on Tuesdays, but she is in Pakistan looking after her sister until the end of March.",
            "Gran will collect Sonny from school every Tuesday from 1 December.",
            "School collection log.",
            "she is in Pakistan looking after her sister until the end of March",
        ),
        (
            "Edie",
            "Edie (8) asks about Dad every day. Dad is in prison until August 2028.",
            "Edie will spend every other weekend with Dad.",
            "Mum's diary, seen at visits.",
            "Dad is in prison until August 2028",
        ),
        (
            "Daisy",
            "Daisy's dad, Stuart, has had a hip replacement and will be in a rehab unit until March.",
            "Stuart will take Daisy swimming every Saturday from December.",
            "Pool records.",
            "in a rehab unit until March",
        ),
        (
            "Kian",
            "His dad, Lee, is serving a prison sentence at HMP Ashgrove and is not due for release until 2029.",
            "Lee will come to Kian's school support meeting on 10 February and agree the plan.",
            "Meeting notes.",
            "not due for release until 2029",
        ),
    ]);
    // By phone or letter, visiting them, after they are back, someone who is here, or the
    // child.
    not_ruled_out(
        "Leo",
        "Mum's diary, seen at each visit.",
        &[
            (
                "Dad is serving with the Army in Cyprus until July 2027.",
                "Dad will video call Leo every Sunday evening.",
            ),
            ("Dad is in prison until 2028.", "Leo will write to Dad every week."),
            ("Dad is in HMP Ashgrove until 2029.", "Leo will visit Dad in prison every month."),
            ("Dad is working in Poland until the end of January.", "Dad will take Leo swimming every Saturday."),
            ("Nan is staying with us until March while Mum recovers.", "Nan will collect Leo from school every day."),
            ("Mum is off work until March after her operation.", "Mum will collect Leo from school every day."),
            ("Leo (9) is in hospital until March.", "Leo will do his physio exercises every day."),
            // Not away: at college; someone else's mum; "she" is not Dad; away on weekdays only.
            ("Mum is at Leeds College until June 2027.", "Mum will collect Leo from school every day."),
            ("Mum is working at the hospital until March.", "Mum will collect Leo from school every day."),
            ("Mum's mum is in Pakistan until the end of April 2027.", "Mum will walk Leo to school every morning."),
            (
                "Mum has told Dad she is going to rehab in Bristol until June 2027.",
                "Dad will take Leo swimming every Saturday.",
            ),
            ("Dad is in prison until 2028.", "Leo will have indirect contact with Dad by letterbox twice a year."),
            (
                "Mum is working away in London Monday to Friday until April 2027 and is home every weekend.",
                "Mum will take Leo to gymnastics every Saturday.",
            ),
        ],
    );
    // The child's own dad; said with "Until" first; "won't be back".
    ruled_out(&[
        (
            "Edie",
            "Edie's dad is in prison until 2028.",
            "Edie will spend every other weekend with Dad.",
            "Mum's diary.",
            "dad is in prison until 2028",
        ),
        (
            "Millie",
            "Until 20 March 2027, Aunty Jo is away in Spain. Mum works Saturdays and has no childcare for Millie (4).",
            "Aunty Jo will look after Millie every Saturday while Mum works.",
            "Childcare rota.",
            "Aunty Jo is away in Spain",
        ),
        (
            "Jess",
            "Dad (Mick) is on a 12-week rehab placement in Wales and won't be back until 20 March 2027.",
            "Mick will watch Jess's Saturday morning netball matches every week.",
            "Netball coach's notes.",
            "won't be back until 20 March 2027",
        ),
    ]);
}

#[test]
fn a_service_that_takes_only_other_ages_is_not_possible_for_someone_outside_them() {
    // From the corpus's weak outcomes, which the build from before this (`f408c62`) let
    // through: the need gives the person's age beside their name, and the service's ages.
    ruled_out(&[
        (
            "Lamin",
            "Lamin (9) is bored and lonely. Mum wants him to go to the Eastgate Youth Project, but the project only takes young people aged 11 to 16.",
            "Lamin will go to the Eastgate Youth Project's Friday evening club every week.",
            "The project's sign-in sheet.",
            "the project only takes young people aged 11 to 16",
        ),
        (
            "Jessica",
            "Jessica (10) has had no days out since Uncle Paul (44) came to live with them. Elmwood Day Centre, the nearest one, is only for people aged 65 and over.",
            "Uncle Paul will go to Elmwood Day Centre on Saturdays so that Mum can take Jessica out.",
            "Elmwood attendance record.",
            "is only for people aged 65 and over",
        ),
        (
            "Ted",
            "Ted (2) needs a blood test. The children's blood clinic at Moorbridge Health Centre only sees children aged 5 and over.",
            "Mum will take Ted to the children's blood clinic at Moorbridge Health Centre for his blood test.",
            "GP record shows the result.",
            "only sees children aged 5 and over",
        ),
        (
            "Yahya",
            "Yahya (6) does the shopping while Mum recovers. The borough's Young Carers Service works with children aged 8 to 18.",
            "Yahya will join the Young Carers Service's Saturday group.",
            "Young Carers Service register.",
            "works with children aged 8 to 18",
        ),
    ]);
    // The right age, a birthday that may come in time, a group named by its ages, asked
    // about, or a way round.
    not_ruled_out(
        "Lamin",
        "The project's sign-in sheet.",
        &[
            (
                "Lamin (12) is bored. The Eastgate Youth Project takes young people aged 11 to 16.",
                "Lamin will go to the Eastgate Youth Project every Friday.",
            ),
            (
                "Lamin (10) is bored. The Eastgate Youth Project takes young people aged 11 to 16.",
                "Lamin will go to the Eastgate Youth Project every Friday from his birthday.",
            ),
            (
                "Lamin (15) helped coach the under-9s at his football club until he was suspended.",
                "Lamin will not coach or help with any children's activities at the club.",
            ),
            (
                "Lamin (9) is bored. The Eastgate Youth Project only takes young people aged 11 to 16.",
                "Mum will ask the Eastgate Youth Project whether Lamin can join its junior taster nights.",
            ),
            (
                "Lamin (9) is bored. The Eastgate Youth Project takes 11 to 16 year olds, and younger brothers and sisters who come with them.",
                "Lamin will go to the Eastgate Youth Project with his brother every Friday.",
            ),
            // Ages up to a limit; another service that takes him; another service's ages; a
            // length of time, not an age.
            (
                "Lamin (9) is bored. The homework club is only for children aged 12 and under.",
                "Lamin will go to the homework club every Tuesday.",
            ),
            ("Lamin (8) wants to join. Scouts is for ages 10 to 14 and Cubs is for ages 8 to 10.", "Lamin will go to Cubs every Monday."),
            (
                "Lamin (9) is bored. His brother goes to Eastgate Youth Club, which takes children aged 11 to 16.",
                "Lamin will go to the school's homework club every Tuesday.",
            ),
            (
                "Lamin (9) misses Dad. Contact visits with Dad must be 45 minutes or less.",
                "Lamin will have supervised contact visits with Dad every Saturday.",
            ),
        ],
    );
}

#[test]
fn a_card_shown_to_a_named_worker_is_a_record_and_a_role_or_a_known_jab_is_plain() {
    // From the corpus's and the new parts' good outcomes, which the build from before this
    // (`f408c62`) warned about.
    nothing_said(&[
        (
            "Yasmin",
            "Yasmin (1) is underweight and Layla has little money for food.",
            "Layla will apply online for a Healthy Start card and use it for milk, fruit and vitamins for Yasmin.",
            "Healthy Start card shown to the health visitor at her next visit.",
        ),
        (
            "Amara",
            "Grace and Amara (6) have fled domestic abuse and are not registered with a GP.",
            "Grace will register herself and Amara at Westfield Practice and ask for their address to be kept confidential.",
            "Practice confirms both are registered; checked by the safeguarding nurse.",
        ),
        (
            "Jacob",
            "Jacob (1) has not had his BCG jab, which his GP says he needs.",
            "Mum will take Jacob to the BCG clinic at Moorbridge Health Centre on 14 January.",
            "BCG jab recorded in Jacob's red book and on his GP record.",
        ),
    ]);
    // A measure that names no one it is shown to is still no record.
    let need = "Yasmin (1) is underweight and Layla has little money for food.";
    for measure in ["Card shown by March.", "Mum's reading with Yasmin shown to them by March."] {
        let description = "Layla will apply online for a Healthy Start card.";
        assert!(warned("Yasmin", need, description, measure, "smart.measurable"), "{measure}");
    }
}

#[test]
fn an_hour_said_in_words_a_date_in_figures_and_a_name_in_an_age_bracket_are_read() {
    // Ways of writing the facts that the build from before this (`f58b97b`) did not read.
    // The outcomes are due on 26 February 2027.
    ruled_out(&[
        (
            "Mia",
            "Mia (7) is late to school most days. Mum starts work at the care home at 8 every morning.",
            "Mum will walk Mia to school for 8.45am every school day.",
            "The school's late book.",
            "starts work at the care home at 8",
        ),
        (
            "Zoe",
            "Zoe (10) is alone before school. Dad does 5am to 1pm at the depot, Monday to Friday.",
            "Dad will walk Zoe to school at 8.30am every school day.",
            "The school gate log.",
            "does 5am to 1pm",
        ),
        (
            "Ava",
            "Ava (8) is lonely. Her dad, Sean, is in prison until 12/03/2027.",
            "Dad will take Ava swimming every Saturday.",
            "Leisure centre pass shows the visits.",
            "is in prison until 12/03/2027",
        ),
        (
            "Leo",
            "Leo (6) misses tea-time with Dad. Dad, Craig, is taking part in a drug trial at the hospital as an in-patient until the trial ends in June 2027.",
            "Dad will cook Leo's tea every evening at home.",
            "Mum's diary.",
            "until the trial ends in June 2027",
        ),
        (
            "Kai",
            "Kai (9) is alone after school. Nan (Linda, 55) helps out. The lunch club at St Mark's is only for people aged 65 and over.",
            "Nan will go to the lunch club at St Mark's every Tuesday.",
            "The club's register.",
            "only for people aged 65 and over",
        ),
    ]);
    // A count is no time, a date already past is no wait, and the right age is no bar.
    not_ruled_out(
        "Zoe",
        "Mum's diary, seen at each visit.",
        &[
            (
                "Zoe (10) has asthma. Mum gives her 2 puffs and takes 3 every morning herself.",
                "Mum will walk Zoe to school at 8.30am every school day.",
            ),
            ("Zoe (10) is alone before school. Dad does 3 school runs a week.", "Dad will walk Zoe to school at 8.30am every school day."),
            ("Zoe (10) misses Dad. Dad was in prison until 12/03/2026.", "Dad will take Zoe swimming every Saturday."),
            (
                "Zoe (10) is alone after school. Nan (Linda, 70) helps out. The lunch club at St Mark's is only for people aged 65 and over.",
                "Nan will go to the lunch club at St Mark's every Tuesday.",
            ),
        ],
    );
}

#[test]
fn the_last_trip_home_a_thing_not_to_be_had_until_a_day_and_no_money_to_spare_are_read() {
    // From the corpus's weak outcomes, which the build from before this (`f58b97b`) let
    // through. The outcomes are due on 26 February 2027.
    ruled_out(&[
        (
            "Connor",
            "Connor (14) lives in Hollins Vale, 9 miles from town, and wants to join Wednesday Kicks at Northgate 3G, 6pm to 8pm. The last bus back to Hollins Vale leaves town at 6.40pm and Mum doesn't drive.",
            "Connor will go to Wednesday Kicks at Northgate 3G every week and get the bus home afterwards.",
            "The Kicks register.",
            "last bus back to Hollins Vale leaves town at 6.40pm",
        ),
        (
            "Cole",
            "Cole (7) wants to join Westhaven Youth Theatre, which meets on Thursdays until 5pm. In winter the last ferry back from Westhaven leaves at 4:30pm.",
            "Cole will go to Westhaven Youth Theatre every Thursday this winter and come home the same evening.",
            "Youth Theatre register.",
            "last ferry back from Westhaven leaves at 4:30pm",
        ),
        (
            "Harley",
            "Harley (8) is hard to manage at home. Dad, Wes, lives in Thornby village with no car; the last bus back from the city leaves at 6:10pm.",
            "Wes will go to the Tuesday 7pm parenting group at Central Family Hub in the city for 8 weeks.",
            "Family Hub register.",
            "last bus back from the city leaves at 6:10pm",
        ),
        (
            "Ben",
            "Ben (5) has a speech delay. His family is on a low income with no spare money after rent and bills.",
            "Mum will pay for private speech therapy for Ben at £60 a session every week.",
            "The therapist's invoices.",
            "no spare money",
        ),
    ]);
    // A lift home, a group that ends before the last bus, the bus time itself, and a fund
    // that pays.
    not_ruled_out(
        "Connor",
        "The Kicks register.",
        &[
            (
                "Connor (14) wants to join Wednesday Kicks, 6pm to 8pm. The last bus back leaves town at 6.40pm.",
                "Connor will go to Wednesday Kicks every week, and Dad will collect him at 8pm.",
            ),
            (
                "Connor (14) wants to join Wednesday Kicks, 4pm to 5.30pm. The last bus back leaves town at 6.40pm.",
                "Connor will go to Wednesday Kicks every week and get the bus home afterwards.",
            ),
            (
                "Connor (14) goes to Wednesday Kicks. The last bus back is at 8.15pm.",
                "Connor will text Mum when he is on the 8.15pm bus home after Wednesday Kicks.",
            ),
            (
                "Connor (14) wants to play football. The family have no money to spare.",
                "Connor will go to the £3 a week Kicks sessions, paid for by the club's hardship fund.",
            ),
        ],
    );
    // A need's "not free until" a day after the outcome is due is a long wait; what an
    // outcome does until a day, or what someone can do until it, is not.
    for (child, need, description) in [
        (
            "Eva",
            "Eva (10) and her family live in a two-bedroom house. The Trust says its only three-bedroom house will not be free until autumn 2027.",
            "The family will move into the Trust's three-bedroom house.",
        ),
        (
            "Lexi",
            "Mum cannot cope with Lexi's (9) evening rages. The council has told her there are no short-break carers free until next summer.",
            "Lexi has one weekend a month with a short-break carer from December.",
        ),
    ] {
        let r = check(child, need, description, "Seen by the social worker at each visit.");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need}: {:?}", show(&r)));
        assert!(f.message.contains("long wait"), "{}", f.message);
    }
    for (child, need, description) in [
        (
            "Yusuf",
            "Yusuf (16) is staying with a school friend's family, who can keep him until Christmas.",
            "Yusuf will move into supported lodgings before his stay with his friend's family ends.",
        ),
        (
            "Olu",
            "Olu (12) is anxious about starting at his new school.",
            "Olu will meet his form tutor after school once a week until Easter.",
        ),
    ] {
        assert!(
            !warned(child, need, description, "Seen by the social worker at each visit.", "smart.achievable"),
            "{need}"
        );
    }
}

#[test]
fn invoices_job_sheets_signed_papers_and_an_acronym_the_outcome_spells_out_are_plain_records() {
    // From the new parts' good outcomes, which the build from before this (`f58b97b`)
    // warned about.
    nothing_said(&[
        (
            "Nathaniel",
            "Nathaniel (6) is lifted by hand since his hoist came; Mum and Dad have not been shown how to use it.",
            "Mum and Dad will both do hoist training with the occupational therapist and use the hoist for every lift.",
            "Occupational therapist's training record; seen in use at the OT's follow-up visit.",
        ),
        (
            "Aisha",
            "Aisha (4) sleeps in a kitchen with mice; the gaps behind the units let them in.",
            "The gaps behind the kitchen units will be sealed and pest control will finish its three visits by 22 January.",
            "Carpenter's and pest control job sheets.",
        ),
        (
            "Tyler",
            "Tyler (8) shares a room with three brothers in a two-bed flat; a three-bed exchange in Walsall has been approved.",
            "The family will complete the exchange and move into the three-bed in Walsall on 7 December.",
            "Signed exchange papers and keys handed over.",
        ),
        (
            "Florence",
            "Florence (2) goes to nursery four days a week, and her parents pay £900 a month on top of their funded hours.",
            "Mum and Dad will open a Tax-Free Childcare account and pay the nursery through it from January.",
            "The nursery's January invoice.",
        ),
        (
            "Jonas",
            "Jonas (1) came home with a tracheostomy in October; Dad, who has him on Saturdays, is not trained in tube changes.",
            "Dad will do the tracheostomy training with the children's community nurse, including baby CPR.",
            "Dad's training sheet, signed by the children's community nurse.",
        ),
        (
            "Joel",
            "Joel (13) has had two fights on the stairs with the boy from no. 14; both families have agreed to mediation on 11 December.",
            "Joel, Mum and the family at no. 14 will go to the mediation on 11 December and sign a written agreement.",
            "Signed mediation agreement, with a copy to the housing officer.",
        ),
    ]);
    // An acronym the outcome never spells out is still a word a family may not know, and a
    // term in words is not explained by other words in the measure.
    let need = "Nathaniel (6) is lifted by hand since his hoist came.";
    let r =
        check("Nathaniel", need, "Mum and Dad will use the hoist for every lift.", "Seen in use at the OT's visit.");
    assert!(flag_of(&r, "smart.plainLanguage").is_some_and(|f| f.message.contains("OT")), "{:?}", show(&r));
    let r = check(
        "Hadiya",
        "Hadiya (14) may be taken abroad to marry.",
        "Hadiya will be able to recognise the risk indicators of forced marriage.",
        "Hadiya names three warning signs to her school nurse, Mrs Patel, who records them.",
    );
    assert!(flag_of(&r, "smart.plainLanguage").is_some(), "{:?}", show(&r));
}

#[test]
fn ages_a_service_takes_said_in_the_outcome_itself_and_a_timetable_time_are_read() {
    // From reviewers' wordings that the build from before this (`f58b97b`) let through.
    ruled_out(&[
        (
            "Kai",
            "Nan (Linda, 55) looks after Kai every day after school and says she is exhausted.",
            "Nan will join the Age UK Over-65s Carers' Circle on Wednesday afternoons for support.",
            "Carers' Circle register.",
            "Nan (Linda, 55)",
        ),
        (
            "Callum",
            "Callum (14) has been excluded and spends his days at home with nothing to do.",
            "Callum will join the King's Trust Team programme for 16 to 25 year olds, starting in January 2027.",
            "Programme register.",
            "Callum (14)",
        ),
        (
            "Neil",
            "The last train home to Elmsworth is the 17.52 and Dad (Neil) has lost his licence.",
            "Neil will go to the weekly fathers' group in Leeds on Wednesdays, 6pm to 8pm.",
            "Group register.",
            "last train home to Elmsworth is the 17.52",
        ),
    ]);
    // The right age, or a way round the service's rule, is no bar.
    not_ruled_out(
        "Kai",
        "Carers' Circle register.",
        &[
            (
                "Nan (Linda, 68) looks after Kai every day after school.",
                "Nan will join the Age UK Over-65s Carers' Circle on Wednesday afternoons.",
            ),
            (
                "Nan (Linda, 55) looks after Kai every day after school.",
                "Nan will join the Carers' Circle, which is for people aged 65 and over unless they care for a child.",
            ),
        ],
    );
}

#[test]
fn a_name_or_age_in_brackets_does_not_cut_a_wait_off_from_what_is_waited_for() {
    // "told Mum (Rukhsar) in October that the wait … is about 9 months": the wait is for
    // the speech and language therapy the sentence names before the name in brackets.
    let r = check_by(
        "2027-02-26",
        "Ilyas",
        "Ilyas (4) has a stammer that has got worse since September. The NHS speech and language therapy service told Mum (Rukhsar) in October that the wait for a first appointment is about 9 months.",
        "Ilyas to finish a 6-week block of speech therapy for his stammer by the end of February.",
        "Speech therapist's discharge letter.",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("about 9 months"), "{}", f.message);
    // An age in brackets is no length of time to wait.
    let r = check_by(
        "2027-01-31",
        "Leah",
        "Leah (18 months) has no set bedtime and is often up until after midnight.",
        "Mum and Dad will follow a picture bedtime routine of bath, milk, story and cot, and have Leah in her cot by 7:30pm.",
        "Mum ticks a sleep chart each night, which the Home-Start volunteer looks at each week.",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
}

#[test]
fn all_debts_paid_off_where_only_the_need_says_how_large_they_are_is_not_achievable() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through: the outcome says "all his debts", the need says how much they are.
    for need in [
        "Harley's dad, Jon, has £11,000 of debt on credit cards and earns the minimum wage. Bailiffs have called twice.",
        "Mum owes £8,500 including council tax arrears, and bailiffs have written.",
    ] {
        let r = check_by(
            "2027-01-31",
            "Harley",
            need,
            "Jon will pay off all his debts.",
            "Letters from each lender confirming the accounts are cleared.",
        );
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need}: {:?}", show(&r)));
        assert!(f.message.contains("to be paid off by 31 Jan 2027"), "{}", f.message);
    }
    // A plan to pay it off is what a family can agree, and a small debt can be cleared.
    for (need, description) in [
        (
            "Mum owes £2,300 in rent and has a court date; she is scared they will be evicted.",
            "Mum will see a Citizens Advice debt adviser and agree a plan to pay off the rent arrears.",
        ),
        ("Mum owes £300 on a catalogue and is being chased for it.", "Mum will pay off her catalogue debt."),
    ] {
        let r = check_by("2027-01-31", "Isla", need, description, "Letter from the lender, seen by the social worker.");
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn more_money_than_the_need_says_the_family_has_is_not_achievable() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through: a price by the day, by the hour or in brackets, against what the need says
    // is left, spent on food or lived on.
    ruled_out(&[
        (
            "Reece",
            "The family lives on benefits with nothing spare, and Reece (13) cannot use buses because of his anxiety.",
            "Mum pays £18 a day for a taxi to take Reece to school.",
            "Mum's receipts and the school register.",
            "“£18 a day”",
        ),
        (
            "Eliza",
            "Eliza (11) struggles with maths. The family are on Universal Credit and have no money to spare.",
            "Eliza has a private maths tutor for £40 an hour twice a week, paid for by her parents.",
            "Tutor's invoices.",
            "no money to spare",
        ),
        (
            "Ella",
            "Ella (14) wants to go horse riding. Mum is on Universal Credit and after bills has about £30 a week for food for the three of them.",
            "Mum will pay for Ella's weekly riding lessons at Sandy Lane Stables (£35 a lesson).",
            "Receipts from Sandy Lane Stables.",
            "£30 a week for food",
        ),
        (
            "Marcus",
            "Marcus (19) lost his job in September and has no income while his Universal Credit claim is assessed.",
            "Marcus will pay Kiera £60 a week towards Ellie's food and nappies.",
            "Bank transfers seen at each visit.",
            "no income",
        ),
    ]);
    // One sum to find by the target date, more than what is left each week comes to by then.
    achievable_says("2027-01-08", "Freddie", "Receipt seen by the social worker.", &[
        (
            "Freddie (10) and his family move into an unfurnished house on 8 January. Mum has about £15 a week left after bills and debts.",
            "Mum will save £600 for beds and a cooker before they move in on 8 January.",
            "find “£600” by 8 Jan 2027",
        ),
        (
            "Sofia (8) can apply to register as a British citizen. Mum has no recourse to public funds and lives on £40 a week from her church.",
            "Mum will pay the £1,214 Home Office fee and send Sofia's application by 8 January.",
            "find “£1,214” by 8 Jan 2027",
        ),
    ]);
    // Within reach by then, paid by the school, or the child's own money: no bar.
    let r = check_by(
        "2027-03-31",
        "Freddie",
        "Freddie (10) has no winter coat. Mum has about £15 a week left after bills and debts.",
        "Mum will buy Freddie a winter coat costing about £40 from the market.",
        "Coat seen by the social worker.",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
    not_ruled_out(
        "Ava",
        "Register and receipts.",
        &[
            (
                "There is nothing left at the end of the week, and Ava often arrives at school late and hungry.",
                "Ava will go to breakfast club every school day, with the school paying the £3 a day charge.",
            ),
            (
                "Ava (14) has been taking money from her Nan's purse. Nan cannot afford what she has lost.",
                "Ava will not take money from Nan, and will pay her back £60 at £3 a week from her paper round.",
            ),
        ],
    );
}

#[test]
fn what_is_said_of_the_child_does_not_take_back_a_parents_limit() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through: "spent 6 days in intensive care" is Kai's, not Dad's time served.
    ruled_out(&[(
        "Kai",
        "Kai (16) was stabbed in the chest on 15/10/2026 and spent 6 days in intensive care. Dad (Wayne) is serving a 6-year sentence at HMP Dartmoor.",
        "Dad will take Kai to his Saturday sessions at Northside Boxing Club every week from January.",
        "Club register.",
        "serving a 6-year sentence",
    )]);
    // Said of the parent, after the child is named: still taken back.
    not_ruled_out(
        "Mia",
        "School register.",
        &[(
            "Mia (11) was abused by a neighbour. Dad, who has been released from prison, now lives nearby.",
            "Dad will walk Mia to school each morning.",
        )],
    );
}

#[test]
fn the_local_or_nhs_wait_is_the_wait_for_what_the_clause_before_names() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through.
    achievable_says("2027-03-31", "Ryan", "Letter from the clinic, seen by the social worker.", &[
        (
            "Ryan (14) lives with a family friend while Mum is in prison. School referred him for an autism assessment in September 2026; the local wait is about two years.",
            "Ryan will have his autism assessment and a diagnosis letter by the spring term.",
            "the local wait is about two years",
        ),
        (
            "Wiktoria (6) lives with Mum's friend Beata. She was referred for speech and language therapy in October 2026; the NHS wait is 40 weeks.",
            "Wiktoria will finish her block of speech and language therapy and say all her sounds clearly.",
            "the NHS wait is 40 weeks",
        ),
    ]);
    // After "and", and a date a few words after "not … until".
    achievable_says("2027-03-31", "Erin", "Seen by the social worker at each visit.", &[
        (
            "Mum's hoarding blocks the landing; her GP has referred her for NHS hoarding therapy, and the waiting list is 18 months. Erin is 6.",
            "Mum completes twelve sessions of NHS hoarding therapy and keeps the landing clear.",
            "the waiting list is 18 months",
        ),
        (
            "Frankie (6) gets upset when Mum, who has long COVID, is in bed. Home-Start Northwold has said they are not taking new families until their volunteer recruitment is done in the autumn of 2027.",
            "A Home-Start volunteer will visit Mum and Frankie every week from January to play with Frankie on Mum's bad days.",
            "autumn of 2027",
        ),
    ]);
    // Something else than what the wait is for: no wait.
    let r = check_by(
        "2027-03-31",
        "Ryan",
        "School referred Ryan (14) for an autism assessment in September 2026; the local wait is about two years.",
        "Ryan will go to the lunchtime Lego club at school twice a week.",
        "Club register.",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
}

#[test]
fn not_before_a_date_is_a_wait_until_then() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through.
    for need in [
        "Jaylen (14) lost the sight in his left eye. The eye clinic says he will need an artificial eye, but it can't be fitted until the socket has healed, not before summer 2027.",
        "Jaylen (14) will need an artificial eye, but the clinic says it cannot be fitted before summer 2027.",
    ] {
        let r = check_by(
            "2027-01-31",
            "Jaylen",
            need,
            "Jaylen will have his artificial eye fitted at the City General eye clinic by 31 January.",
            "Clinic letter.",
        );
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{need}: {:?}", show(&r)));
        assert!(f.message.contains("summer 2027"), "{}", f.message);
    }
    // What was so before a month is no wait.
    let r = check_by(
        "2027-03-26",
        "Jenson",
        "Jenson (5) is in Reception. He had not held a pencil before September and cannot write his name.",
        "Jenson will write his first name on his own, practising with Dad for ten minutes after tea.",
        "His teacher sees him write his name unaided and notes it in his learning journal.",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
}

#[test]
fn a_job_said_by_what_is_done_has_working_hours() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through: "cleans offices" is work, as "works" is.
    ruled_out(&[
        (
            "Amara",
            "Amara (9) missed 11 days of school in September and October. Efua cleans offices in the City from 6am to 10am each weekday.",
            "Efua will walk Amara to school for 8.40am every morning.",
            "School register.",
            "cleans offices in the City from 6am to 10am",
        ),
        (
            "Julia",
            "Julia (5) is collected from school by a neighbour, who is moving away in December. Mum cleans offices at the airport from 9am to 5pm.",
            "Mum will collect Julia from school at 3.15pm every day from January.",
            "The school's collection log.",
            "cleans offices at the airport from 9am to 5pm",
        ),
    ]);
    // Outside those hours: no bar.
    not_ruled_out(
        "Julia",
        "School register.",
        &[(
            "Mum cleans offices at the airport from 9am to 2pm.",
            "Mum will collect Julia from school at 3.15pm every day from January.",
        )],
    );
}

#[test]
fn walking_is_ruled_out_for_someone_in_a_wheelchair_or_for_miles_every_day() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through.
    ruled_out(&[
        (
            "Brandon",
            "Brandon (13) lives with his Gran, Jean (84), who uses a wheelchair, since Mum was remanded in custody. School is 2 miles away.",
            "Jean will walk Brandon to school and meet him at the gate at 3.20 each day.",
            "School register.",
            "uses a wheelchair",
        ),
        (
            "Kian",
            "Kian (9) and his family were moved in October to temporary housing in Rochdale, 18 miles from school; Mum has no car.",
            "Kian will walk to school with his older sister each morning, leaving home at 8:15.",
            "School register.",
            "18 miles from school",
        ),
    ]);
    // Another way there, or a walk that is not theirs to do: no bar.
    not_ruled_out(
        "Kian",
        "School register.",
        &[
            (
                "The family were moved to temporary housing 18 miles from school.",
                "Kian will go to school on the free school bus each morning.",
            ),
            (
                "Ruben (6) misses school on days Mum's back pain is bad and she cannot walk him there.",
                "Ruben will walk to school with a neighbour on days Mum cannot take him.",
            ),
            ("Gran, Jean (84), uses a wheelchair.", "Jean will take Brandon to school in a taxi each morning."),
        ],
    );
}

#[test]
fn debts_cleared_in_other_words_sessions_a_week_and_prison_outings_are_read() {
    // From the first two reviewers' wordings of this round, which the build from before
    // it (`314e6e1`) let through.
    for (need, description) in [
        (
            "The family owe about £6,000 in total, mostly to Provident and BrightHouse.",
            "Mum and Dad will pay back everything they owe to Provident and BrightHouse by the end of February.",
        ),
        (
            "There are council tax arrears of £4,100 and a court summons has been issued.",
            "Mum will have paid the council tax arrears in full so that enforcement stops.",
        ),
        (
            "Dad (Liam) owes £4,800 in magistrates' court fines and TV licence penalties.",
            "Liam will have paid off all his court fines.",
        ),
        (
            "Dad (Ross) has run up £7,800 on buy-now-pay-later and catalogue accounts.",
            "Ross will settle all his catalogue accounts.",
        ),
    ] {
        let r = check_by("2027-02-28", "Ava", need, description, "Statements seen by the social worker.");
        let f = achievable_flag(&r).unwrap_or_else(|| panic!("{description}: {:?}", show(&r)));
        assert!(f.message.contains("to be paid off by"), "{}", f.message);
    }
    // Someone else pays, or the outcome is the application.
    for (need, description) in [
        (
            "Pauline owes £5,200 in rent arrears.",
            "Pauline's rent arrears will have been cleared by the Discretionary Housing Payment.",
        ),
        (
            "Danielle owes £2,750 on her energy account.",
            "Danielle will have applied to the British Gas Energy Trust for a grant to clear the energy arrears.",
        ),
    ] {
        let r = check_by("2027-01-31", "Ava", need, description, "Letter seen by the social worker.");
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
    ruled_out(&[
        (
            "Precious",
            "Grace (Mum) lives on £40 a week from her church. Precious (10) is withdrawn and anxious.",
            "Grace will take Precious to riding lessons at Mill Farm (£35 a lesson) twice a week.",
            "Receipts from Mill Farm.",
            "“£40 a week”, and this outcome asks them to pay “£35 a lesson”",
        ),
        (
            "Yusuf",
            "Mum (Sadia) gets £49.18 a week asylum support for herself and her two children.",
            "Sadia will enrol Yusuf at the football academy at £25 a session, three sessions a week.",
            "Academy register.",
            "£49.18 a week asylum support",
        ),
        (
            "Ella",
            "Mum (Tasha) is left with £12 a week after bills and food.",
            "Tasha will pay for after-school club at £9 a day, five days a week, so she can go to her college course.",
            "Club register.",
            "£12 a week",
        ),
        (
            "Rhys",
            "Dad (Robbie) has been in HMP Parc since June, serving 5 years.",
            "Robbie will take Rhys swimming at the leisure centre every Sunday.",
            "Leisure centre records.",
            "someone in prison cannot do this",
        ),
        (
            "Alfie",
            "Dad (Jason) is on remand at HMP Manchester.",
            "Jason will collect Alfie from school at 3:15 on Mondays and Fridays.",
            "School collection log.",
            "someone in prison cannot do this",
        ),
    ]);
}

#[test]
fn a_gcse_grade_before_results_day_or_far_above_the_predicted_one_is_not_achievable() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through.
    let r = check_by(
        "2027-03-31",
        "Keeley",
        "Keeley (16, Year 11) is predicted a grade 3 in GCSE English and needs a 4 for the childcare course.",
        "Keeley will get a grade 4 in her GCSE English.",
        "Her results slip.",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("GCSE results come out in August"), "{}", f.message);
    assert!(!f.hint.as_deref().unwrap_or("").contains('{'), "{:?}", f.hint);
    let r = check_by(
        "2027-08-31",
        "Tasnim",
        "Tasnim (16) missed most of Year 10; she is predicted grades 3 and 4 in her GCSEs this summer.",
        "Tasnim gets grade 9 in all ten GCSEs.",
        "Exam results.",
    );
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.contains("“predicted grades 3 and 4”"), "{}", f.message);
    // A grade or two up by results day, a mock, or sitting the papers: no bar.
    for (date, description) in [
        ("2027-08-31", "Tasnim will get grade 5 in GCSE English and maths."),
        ("2027-03-31", "Tasnim will get grade 5 in her English mock in March."),
        ("2027-06-30", "Tasnim will sit all her GCSE papers in May and June."),
    ] {
        let r = check_by(
            date,
            "Tasnim",
            "Tasnim (16) is predicted grades 3 and 4 in her GCSEs this summer.",
            description,
            "Results slip.",
        );
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn english_material_for_a_parent_with_little_english_and_money_of_ones_own_are_read() {
    // From the corpus's weak outcomes, which the build from before this (`314e6e1`) let
    // through.
    ruled_out(&[
        (
            "Vlad",
            "Dad, Andrei, speaks and reads only Romanian. He has never cared for the children alone.",
            "Andrei will complete the English-language online Triple P course and pass its written quiz.",
            "Course certificate.",
            "more English than they have",
        ),
        (
            "Kian",
            "Kian (14) sent sexual messages to a girl he met online. His parents, Marek and Ewa, speak Polish and little English.",
            "Marek and Ewa will read the school's English guide to keeping children safe online.",
            "Seen by the social worker at the next visit.",
            "more English than they have",
        ),
    ]);
    // Money of the child's own, or a payout, is not the family's spare money.
    not_ruled_out(
        "Tyler",
        "Receipts.",
        &[(
            "The family have nothing spare after the bills.",
            "Tyler will pay for his £6 weekly climbing session from his paper round money.",
        )],
    );
    let r = check_by(
        "2027-01-31",
        "Glenys",
        "Glenys owes her sister £2,000 and they have fallen out over it.",
        "Glenys will have paid back the £2,000 she owes her sister from the insurance payout.",
        "Her sister confirms it.",
    );
    assert!(achievable_flag(&r).is_none(), "{:?}", show(&r));
}

#[test]
fn the_new_readings_keep_to_what_they_are_about() {
    // From the code review of this round: each of these was misread by a draft of it.
    // Still a wait: an acronym in brackets is what is waited for; a season with its year.
    for (date, need, description) in [
        (
            "2027-01-31",
            "Amira was referred to the mental health service (CAMHS) in October; the wait is 40 weeks.",
            "Amira will have CAMHS therapy.",
        ),
        (
            "2027-09-30",
            "The clinic said the brace cannot be fitted before summer 2028.",
            "Amira will wear her brace every day.",
        ),
    ] {
        let r = check_by(date, "Amira", need, description, "Clinic letters.");
        assert!(achievable_flag(&r).is_some(), "{description}: {:?}", show(&r));
    }
    // No bar: "can't" and "before" in different sentences; a weekly sum towards a debt;
    // money coming in; cleaning at home; a pass that is not a GCSE's.
    for (need, description) in [
        (
            "Mum can't drive. Before the move Amira saw the speech therapist for 2 years.",
            "Amira will see the speech therapist every fortnight.",
        ),
        ("Mum has about £20 a week left after bills.", "Mum will pay £5 a week towards the £600 arrears."),
        ("Mum has about £20 a week left after bills.", "Mum will start getting Child Benefit (£26 a week) for Amira."),
        (
            "Mum cleans the house from 3pm to 5pm every weekday.",
            "Mum will collect Amira from school at 3.15pm every day.",
        ),
        (
            "Amira (15) is behind at school.",
            "Amira will go to her GCSE maths lessons and pass her weekly spelling tests.",
        ),
    ] {
        let r = check_by("2027-01-31", "Amira", need, description, "Seen by the social worker.");
        assert!(achievable_flag(&r).is_none(), "{description}: {:?}", show(&r));
    }
}

#[test]
fn a_wait_in_a_long_pasted_need_is_quoted_short() {
    // From the code review of the thirty-ninth round: a wait's clause in a pasted need was
    // quoted whole (99,270 characters in one message).
    let need =
        format!("Amira was referred for therapy and the wait is 40 weeks {}.", "and then more words ".repeat(2000));
    let r = check_by("2027-01-31", "Amira", &need, "Amira will have her therapy.", "Clinic letters.");
    let f = achievable_flag(&r).unwrap_or_else(|| panic!("{:?}", show(&r)));
    assert!(f.message.chars().count() < 600, "{} characters", f.message.chars().count());
    assert!(f.message.contains("the wait is 40 weeks"), "{}", f.message);
}
