//! Measurable: what in a measure can be counted or seen (a number, a record, a named witness,
//! an event confirmed), and why a measure with something in it may still not show the outcome.

use super::scanned::{any_in, numbers, positions, Few, Scanned};
use super::topics::{topics, topics_besides_people};
use super::words::{first_four, mask, stem, three, word_stem, ABOUT_NOTHING, COMMON, NOT_TOPICAL, PRONOUNS};
use crate::smart::data::cat;
use crate::smart::text::{Hit, BARRIER_BEFORE, CAP, DIGIT, IN_CONDITION, SENT_START};

#[derive(Debug, Default)]
pub(crate) struct Measurable<'a> {
    pub no_text: bool,
    /// What can be counted or seen: numbers, how often, records.
    pub strong: Few<'a>,
    pub vague: Few<'a>,
    pub met: bool,
    /// Only the outcome's own words said again, amount and all ("Eden is in two
    /// after-school clubs" for "Eden will join two after-school clubs"): no record, no one
    /// who checks, so not met whatever amount it names.
    pub repeats: bool,
    /// Only going to sessions or appointments counted, for an outcome where a behaviour
    /// stops: the words that count the going.
    pub attendance: Option<&'a str>,
    /// Only what someone will do, with no record or person who will see it done.
    pub intends: bool,
    /// Only something given, delivered or booked that the outcome does not name, for an
    /// outcome where something else changes: the word that says it was provided.
    pub provided: Option<&'a str>,
    /// "Number of …": what is counted, and whether it is the outcome's own change
    /// ([`counted_things`]): such a measure names something to count, so "names no number"
    /// would be wrong; what it lacks is how many, or a count of the change itself.
    pub counts: Option<(&'a str, bool)>,
    /// Shares no word that says what it is about with the outcome (the child's name aside):
    /// "Callum's screen-time report on his phone" for "Callum will go out with friends",
    /// "Rosie will have joined the school's service children's club" for "The name-calling
    /// will stop". When nothing else is wrong with it, that is what to say, not that it
    /// names no record: a report is one, but of something else (reading 15).
    pub elsewhere: bool,
}

/// Why a measure with something in it still cannot show the outcome: the first of
/// `Measurable`'s findings that holds, in the order the message and the letter's reason
/// both put them.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Lack<'a> {
    Repeats,
    Attendance(&'a str),
    Intends,
    Provided(&'a str),
    /// What is counted, and whether it is the outcome's own change.
    Count(&'a str, bool),
}

impl<'a> Measurable<'a> {
    /// For a measure that is not met: the first thing it lacks, in the order the reason and
    /// the message give them.
    pub(crate) fn lack(&self) -> Option<Lack<'a>> {
        if self.repeats {
            Some(Lack::Repeats)
        } else if let Some(going) = self.attendance {
            Some(Lack::Attendance(going))
        } else if self.intends {
            Some(Lack::Intends)
        } else if let Some(given) = self.provided {
            Some(Lack::Provided(given))
        } else {
            self.counts.map(|(what, own)| Lack::Count(what, own))
        }
    }
}

/// What in `s` can be counted or seen; `description` is the outcome it measures.
pub(crate) fn measurable<'a>(s: &Scanned<'a>, description: &Scanned, child: Option<&str>) -> Measurable<'a> {
    let mut out = Measurable { no_text: s.text.is_empty(), ..Measurable::default() };
    if out.no_text {
        return out;
    }
    // Records, witnesses and counted things say how anyone will know; an amount alone
    // may be the outcome's own, said again.
    let mut recorded = false;
    // "At each review" says when someone confirms, not that a review is the measure: "Her
    // aunt confirms at each review whether Keeley is still living with her" (reading 16).
    let each_review = |j: usize| j > 0 && s.text.word(j) == "review" && matches!(s.text.word(j - 1), "each" | "every");
    let vague = s.clauses_with(cat::MEASURE_VAGUE, |j| !each_review(j));
    // Where "by" names someone (`by_someone`).
    let bys = positions(s.text.toks.len(), &|j| s.text.word(j) == "by" && j + 1 < s.clause(j).1 && !when(s, j + 1));
    // What denies a confirmation (`confirmed`).
    let nots = positions(s.text.toks.len(), &|j| s.is(j, cat::NEGATION) || s.text.word(j) == "yet");
    for h in &s.hits {
        let record = match h.cat {
            cat::EVIDENCE => true,
            cat::COUNTABLE => counted(s, h),
            cat::WITNESS => witnessed(s, h, &vague),
            cat::WITNESS_PASSIVE => {
                witnessed(s, h, &vague) && (by_someone(s, h, &bys) || confirmed(s, h, &nots) || shown_to(s, h))
            }
            _ => false,
        };
        recorded |= record;
        if record || h.cat == cat::QUANTITY {
            out.strong.push(s.span(h));
        } else if h.cat == cat::MEASURE_VAGUE {
            out.vague.push(s.span(h));
        }
    }
    for (a, b) in numbers(&s.text) {
        out.strong.push(s.text.number_span(a, b));
    }
    out.repeats = !recorded && repeats(s, description);
    out.attendance = attendance_only(s, description);
    out.provided = provided_only(s, description);
    out.counts = counted_things(s, description);
    // "Mum will switch Josh's console off at 11pm": what someone will do, time and all, is
    // a plan, not how anyone will know it was done.
    // Not when a professional does it: "The health visitor will weigh Maisie every month".
    let (_, first) = s.clause(0);
    // Not a state hoped for: "Self-esteem will be higher" names no record either, but it says
    // what will be, not what anyone will do (reading 14).
    let plans = (0..first.min(5)).any(|j| {
        (s.text.word(j) == "will" || s.text.word(j) == "going" && s.text.word_or_none(j + 1) == "to")
            && s.text.word_or_none(j + 1) != "be"
    });
    out.intends = !recorded && plans && s.of(cat::ROLE).next().is_none();
    // Only a measure with a topic of its own ("club", "phone"), and not one that says who
    // will tell: "Cara to tell us", "Aidan to feed back", "Mum says she is paying" name no
    // record.
    const TELLS: [&str; 10] = ["tell", "tells", "feed", "feeds", "say", "says", "said", "update", "talk", "noted"];
    let t = &s.text;
    // Nor a plan ("Mum to budget"), which may be the outcome in other words.
    let tells = (0..t.toks.len()).any(|i| TELLS.contains(&t.word(i)) || t.word(i) == "back")
        || (1..t.toks.len().min(4)).any(|i| t.word(i) == "to" && t.toks[i - 1].covers & mask(&[cat::SUBJECT]) != 0);
    // "School" and "home" are common words, but say what a text is about.
    let own = |x: &Scanned, i: usize| {
        let c = x.text.toks[i].covers;
        x.text.toks[i].letters >= 3 && (c & ABOUT_NOTHING == 0 || c & mask(&[cat::TOPIC]) != 0)
    };
    // Three letters of each word's stem: "taking" and "take", "paying" and "pay" meet (so
    // do a few words that only start alike, which only keeps this message back). Sorted,
    // so that a long pasted measure is not compared with every word of a long outcome.
    let d = &description.text;
    let mut theirs: Vec<&str> = (0..d.toks.len()).filter(|&j| own(description, j)).map(|j| three(d.word(j))).collect();
    theirs.sort_unstable();
    let child = child.map(first_four);
    let shared = (0..t.toks.len())
        .filter(|&i| own(s, i) && Some(first_four(t.word(i))) != child)
        .any(|i| theirs.binary_search(&three(t.word(i))).is_ok());
    // Nor one on the outcome's own topic in other words ("Arrears cleared" for paying the
    // rent), nor a state hoped for ("Self-esteem will be higher"), which names no record.
    let hoped = (1..t.toks.len()).any(|i| t.word(i - 1) == "will" && matches!(t.word(i), "be" | "feel" | "feels"));
    out.elsewhere = out.vague.is_empty()
        && !tells
        && !hoped
        && s.topic_stems().next().is_some()
        && topics(s) & topics(description) == 0
        && !shared;
    out.met =
        !out.strong.is_empty() && !out.repeats && out.attendance.is_none() && !out.intends && out.provided.is_none();
    out
}

/// A measure that only counts going to sessions or appointments, for an outcome where a
/// behaviour stops and nothing is said about going anywhere: "Ethan will stop damaging
/// the house" measured by "Ethan to attend all appointments with his Youth Justice worker,
/// confirmed by the worker". Going cannot show that the damage has stopped. Not when the
/// measure also names what would show it ("…, and there are no police call-outs", "the
/// health visitor sees no ashtrays") or the outcome is about going ("Dad will go to the
/// Change Programme every week and will not…").
fn attendance_only<'a>(measure: &Scanned<'a>, description: &Scanned) -> Option<&'a str> {
    // Not "attendance" alone: school attendance is often what shows the change.
    // A course finished or an assembly watched is going too: "Dad completes the ten-week
    // Understanding Deafness course" does not show that he has stopped shouting.
    let going = |w: &str| {
        w.starts_with("attend") && w != "attendance"
            || ["session", "appointment", "meeting"].iter().any(|p| w.starts_with(p))
            || matches!(
                w,
                "course"
                    | "courses"
                    | "programme"
                    | "programmes"
                    | "assembly"
                    | "assemblies"
                    | "workshop"
                    | "workshops"
                    | "module"
                    | "modules"
            )
    };
    let d = &description.text;
    // "Stop", "will not", "never", "no longer", not in a condition ("if Dad will not
    // leave"); not "on the mornings Mum cannot", "instead of the bus".
    // Nor in what something says: "showing the leaflet that says proof of address is not
    // needed".
    let mut reported = Vec::with_capacity(d.toks.len());
    let mut after = false;
    for (i, t) in d.toks.iter().enumerate() {
        after &= !t.has(BARRIER_BEFORE);
        reported.push(after);
        after |= matches!(d.word(i), "that" | "which" | "says" | "said");
    }
    // Nor what a gloss says: "a non-molestation order, which is a court order to stop
    // someone harassing her".
    // (A definition, "which is a …", in the twelve words before.)
    let glossed = |i: usize| {
        (i.saturating_sub(12)..i).any(|j| {
            d.word(j) == "which"
                && matches!(d.word_or_none(j + 1), "is" | "are")
                && matches!(d.word_or_none(j + 2), "a" | "an")
                && !(j + 1..=i).any(|k| d.toks[k].has(BARRIER_BEFORE))
        })
    };
    let stops = (0..d.toks.len())
        .any(|i| matches!(d.word(i), "stop" | "stops") && !d.toks[i].has(IN_CONDITION) && !glossed(i))
        || description.said(cat::NEGATION).any(|h| {
            matches!(d.word(h.start as usize), "not" | "never" | "won't" | "no") && !reported[h.start as usize]
        });
    // Going somewhere is what the outcome is about: sessions, a course, school attendance,
    // check-ups.
    // ("class", not "classmates".)
    const GOES: [&str; 6] = ["check", "miss", "review", "clinic", "club", "training"];
    let goes = (0..d.toks.len()).any(|i| {
        let w = d.word(i);
        going(w)
            || GOES.iter().any(|p| w.starts_with(p))
            || matches!(
                w,
                "attendance" | "go" | "goes" | "going" | "school" | "nursery" | "college" | "class" | "classes"
            )
    }) || description.of(cat::COURSE).next().is_some();
    // Or happens less: "will pull her hair less", "fewer nightmares", "feel less anxious";
    // not "no less than 20 minutes a day", which asks for more.
    let less = (0..d.toks.len()).any(|i| {
        matches!(d.word(i), "less" | "fewer")
            && !d.toks[i].has(IN_CONDITION)
            && !reported[i]
            && d.word_or_none(i + 1) != "than"
    });
    if !(stops || less) || goes {
        return None;
    }
    let m = &measure.text;
    // "At each contact session" says when someone checks, not that anyone went.
    // Nor does "in a session" after what someone says there: "explains the steps to his
    // worker in a session" (not "takes part in the sessions each week").
    let said_there = |i: usize| {
        const SAYS: [&str; 8] = ["explains", "explain", "tells", "tell", "shows", "show", "says", "describes"];
        i >= 2
            && matches!(m.word(i - 2), "in" | "during")
            && matches!(m.word(i - 1), "a" | "the" | "their" | "her" | "his")
            && (measure.clause(i).0..i).any(|j| SAYS.contains(&m.word(j)))
    };
    let at = (0..m.toks.len()).find(|&i| {
        going(m.word(i)) && !(i.saturating_sub(2)..i).any(|j| matches!(m.word(j), "each" | "every")) && !said_there(i)
    })?;
    // Anything else that could show the change: a record of more than who came, someone
    // who sees or hears it.
    const WHO_CAME: [&str; 8] = ["register", "sheet", "list", "record", "letter", "notes", "certificate", "confirm"];
    let shows = shows_more(measure, false, |w| going(w) || WHO_CAME.iter().any(|p| w.starts_with(p)));
    (!shows).then(|| m.span(at, at + 1))
}

/// Does a measure name something else that could show the change: a "no …", or a record,
/// a witness or a count (any count, or with `counted_only` one with a quantifier before it)
/// whose word is not one of `besides` (the papers of the going or providing it is judged
/// for)?
fn shows_more(measure: &Scanned, counted_only: bool, besides: impl Fn(&str) -> bool) -> bool {
    let m = &measure.text;
    (0..m.toks.len()).any(|i| matches!(m.word(i), "no" | "not" | "none" | "without"))
        || measure
            .hits
            .iter()
            .filter(|h| match h.cat {
                cat::EVIDENCE | cat::WITNESS | cat::WITNESS_PASSIVE => true,
                cat::COUNTABLE => !counted_only || counted(measure, h),
                _ => false,
            })
            .any(|h| !besides(m.word(h.start as usize)))
}

/// A measure that is "(The) number of …": what it counts, up to what that is said of
/// ("worksheet packs" posted to the family, "sessions" the social worker has with Jimmy),
/// and whether that is the outcome's own change ("Number of dry nights" for "Ellie will
/// have more dry nights") rather than something else ("worksheet packs" for "Mikey will
/// do English and maths four mornings a week").
fn counted_things<'a>(measure: &Scanned<'a>, description: &Scanned) -> Option<(&'a str, bool)> {
    let text = &measure.text;
    let number = usize::from(text.word_or_none(0) == "the");
    if text.word_or_none(number) != "number" || text.word_or_none(number + 1) != "of" {
        return None;
    }
    // "Number of the lates": from the thing itself.
    let first =
        number + 2 + usize::from(matches!(text.word_or_none(number + 2), "the" | "a" | "her" | "his" | "their"));
    if first >= text.toks.len() {
        return None;
    }
    let (_, end) = measure.clause(first);
    const SAID_OF: [&str; 14] =
        ["the", "that", "which", "who", "with", "given", "posted", "sent", "to", "by", "from", "about", "in", "at"];
    // At most four words: "hate crime reporting leaflets".
    let stop = (first + 1..end).find(|&j| SAID_OF.contains(&text.word(j))).unwrap_or(end).min(first + 4);
    let own = (first..stop).any(|j| {
        let w = word_stem(text.word(j));
        text.toks[j].letters >= 4 && description.stems(COMMON).any(|d| d == w)
    });
    Some((text.span(first, stop), own))
}

/// A measure that only shows that something was given, delivered, booked or paid for, and
/// names nothing the outcome does: "Lacey has been given a free toothbrush pack by the
/// health visitor" for "Ava will only have milk or water in her bottle"; "Kayla's Family
/// Nurse visits are now booked weekly" for "Ezra's weight will be back up to his line";
/// "Mum has bought a Year 7 maths textbook" for "Millie will do 30 minutes of maths".
/// What was provided cannot show that the change happened. Not when what was provided is
/// what the outcome names ("Sam to have a bed of his own" / "…once it is delivered";
/// "Dad will claim Universal Credit" / "the Universal Credit award letter"), nor when the
/// measure also names a record or someone who sees the change ("…, and the health visitor
/// sees where Louie sleeps"; "the booking record shows Zayn stayed").
fn provided_only<'a>(measure: &Scanned<'a>, description: &Scanned) -> Option<&'a str> {
    const PROVIDED: [&str; 8] =
        ["given", "delivered", "booked", "registered", "received", "invoice", "award", "bought"];
    // The papers that say it was provided and the words around them (by their first four
    // letters: "letter", "notes", "confirming", "delivery", "showing", "booking") are not
    // what was; nor is a list given ("given a list of local youth activities"), unless it
    // is one someone keeps.
    const PAPERS: [&str; 6] = ["lett", "note", "conf", "deli", "show", "book"];
    // An outcome that is itself to have, get or pay for something may be shown by what was
    // provided under another name: "Mum gets the benefits she is due" by "her Universal
    // Credit award letter", "Mia has a school place" by "registered at Oak Primary",
    // "the heating works" by "the new boiler's invoice"; nor one about giving, signing,
    // sending or moving ("Mum will give permission" by "consent form received", "Mum will
    // send a signed letter" by "Letter received", "rehoused by June" by "keys given by the
    // council"), nor one about asking ("Mum will ask the housing team to
    // raise the family's priority" by "their letter confirming they have received it").
    let d = &description.text;
    let having = |i| {
        matches!(
            d.word(i),
            "have"
                | "has"
                | "having"
                | "get"
                | "gets"
                | "getting"
                | "receive"
                | "receives"
                | "claim"
                | "claims"
                | "apply"
                | "applies"
                | "afford"
                | "pay"
                | "pays"
                | "paid"
                | "place"
                | "access"
                | "work"
                | "works"
                | "working"
                | "give"
                | "gives"
                | "sign"
                | "signs"
                | "move"
                | "moves"
                | "moved"
                | "rehoused"
        )
    };
    // Sending papers ("Mum will send a signed letter"), not a child ("send Leo to school").
    const PAPERS_SENT: [&str; 8] = ["letter", "letters", "form", "forms", "request", "application", "copy", "email"];
    let sends = |i: usize| {
        matches!(d.word(i), "send" | "sends")
            && (i + 1..(i + 5).min(d.toks.len())).any(|k| PAPERS_SENT.contains(&d.word(k)))
    };
    let m = &measure.text;
    // Asking, where the measure shows the request itself arrived ("their letter confirming
    // they have received the request"); not "Lily will ask a teacher for help" by "given a
    // time-out card".
    let asking = (0..d.toks.len()).any(|i| matches!(d.word(i), "ask" | "asks" | "request" | "requests"))
        && (0..m.toks.len()).any(|i| m.word(i).starts_with("request") || m.word(i).starts_with("appli"));
    if asking || (0..d.toks.len()).any(|i| having(i) || sends(i)) {
        return None;
    }
    let at = (0..m.toks.len()).find(|&i| PROVIDED.contains(&m.word(i)) && !m.toks[i].has(IN_CONDITION))?;
    let kept = (0..m.toks.len()).any(|i| matches!(m.word(i), "keep" | "keeps" | "kept"));
    // "…confirms Poppy is registered and attended" says she went.
    let shows = (0..m.toks.len()).any(|i| m.word(i).starts_with("attend"))
        || shows_more(measure, true, |w| {
            PAPERS.contains(&first_four(w)) || PROVIDED.contains(&w) || w == "list" && !kept
        });
    if shows {
        return None;
    }
    // What was provided: the measure's own words, less who provided it ("by the school",
    // "from the council", "The GP surgery confirms they are given") and a person's name
    // ("Dawit has been given…"); service names ("Rainbow Nursery") stay.
    let toks = &m.toks;
    let from = (0..at).rev().find(|&i| matches!(first_four(m.word(i)), "conf" | "show")).map_or(0, |i| i + 1);
    let mut agent = false;
    let mut what = Vec::new();
    // Where each word of `what` is, for its topics.
    let mut at_what = vec![false; toks.len()];
    for i in from..toks.len() {
        if toks[i].has(BARRIER_BEFORE) {
            agent = false;
        }
        let w = m.word(i);
        agent |= matches!(w, "by" | "from");
        let lone_name = toks[i].has(CAP)
            && !(i > 0 && toks[i - 1].has(CAP) && !toks[i].has(BARRIER_BEFORE))
            && !(i + 1 < toks.len() && toks[i + 1].has(CAP) && !toks[i + 1].has(BARRIER_BEFORE));
        let t = &toks[i];
        if agent || lone_name || t.letters < 4 || t.has(DIGIT) || t.covers & NOT_TOPICAL != 0 {
            continue;
        }
        // Cut as `stems` cuts the description's words, which it is looked for among.
        let stem = word_stem(w);
        if !PAPERS.contains(&stem) && !PROVIDED.contains(&w) {
            what.push(stem);
            // Not what is booked ("an appointment has been booked" is no filled tooth).
            at_what[i] = !["appo", "visi", "sess", "plac"].contains(&stem);
        }
    }
    let here = |h: &&Hit| h.cat == cat::TOPIC && at_what[h.start as usize] && h.id < 32;
    let topics = measure.hits.iter().filter(here).fold(0u32, |a, h| a | 1 << h.id);
    // Named in the outcome in its own words, or in another word of the same topic ("all
    // vaccinations were given" for "up to date with her jabs").
    let named =
        description.stems(COMMON).any(|d| what.contains(&d)) || topics & topics_besides_people(description) != 0;
    (!what.is_empty() && !named).then(|| m.span(at, at + 1))
}

/// Someone seeing or confirming something: not "to check" (a task, not an event), not
/// after "if", and not of something vague ("the school sees an improvement"), which is
/// said in one of the clauses `vague`.
fn witnessed(s: &Scanned, h: &Hit, vague: &[u32]) -> bool {
    let i = h.start as usize;
    // Not "Mum to check", but "brings the medicines to clinic for Dr Okafor to check": a
    // worker, or a name that is not the family's, just before "to", after "for" in the same
    // clause ("Ask for Mum to check" is still her own word).
    let for_someone = i > 2 && {
        let t = &s.text.toks[i - 2];
        let worker = t.covers & (1 << cat::ROLE) != 0;
        let named = t.has(CAP) && !t.has(SENT_START) && !s.is(i - 2, cat::SUBJECT) && !s.is(i - 2, cat::TITLE);
        let by = (i.saturating_sub(5)..i - 2).rev().find(|&j| s.text.word(j) == "for");
        (worker || named) && by.is_some_and(|f| f >= s.clause(i - 1).0)
    };
    let after_to = i > 0 && s.text.word(i - 1) == "to" && !s.text.toks[i].has(BARRIER_BEFORE) && !for_someone;
    // "Mum reports this is happening", "Mum will tell her social worker she has not drunk"
    // are her own word, as "Mum says" is: a measure that starts with Mum, Dad or another
    // relative, and that word in its first four ("the school tells the social worker", "the
    // worker who visits Mum tells…" are theirs).
    let own_word = i < 4 && s.is(0, cat::TITLE) && matches!(s.text.word(i), "reports" | "tell" | "tells" | "told");
    !after_to && !own_word && !s.text.toks[i].has(IN_CONDITION) && !s.in_clauses(i, vague)
}

/// "Seen … by the health visitor": a witness named after a passive, at one of `bys` (the
/// words "by" before someone, in order) later in its clause.
fn by_someone(s: &Scanned, h: &Hit, bys: &[u32]) -> bool {
    let (_, b) = s.clause(h.start as usize);
    any_in(bys, h.end as usize, b)
}

/// "Card shown to the health visitor", "shown to Mrs Patel": the one it is shown to is the
/// witness, as "by" names one; not "shown to them by March", "shown to be happening".
fn shown_to(s: &Scanned, h: &Hit) -> bool {
    let end = h.end as usize;
    let k = end + usize::from(matches!(s.text.word_or_none(end), "the" | "a" | "an" | "his" | "her" | "their"));
    s.text.word(end - 1) == "to" && k < s.text.toks.len() && !when(s, k) && (s.is(k, cat::ROLE) || s.person_or_name(k))
}

/// "Delivery confirmed", "College enrolment confirmed": an event confirmed, by whoever
/// made it; not "Each confirmed", "They confirmed", "Was confirmed", "Not yet confirmed"
/// (a negation or "yet" before it in its clause: one of `nots`, in order; found once, as a
/// clause read for each "confirmed" in it took most of a second in a long pasted text).
fn confirmed(s: &Scanned, h: &Hit, nots: &[u32]) -> bool {
    let i = h.start as usize;
    const NOT_AN_EVENT: [&str; 16] = [
        "each", "all", "both", "every", "it", "this", "that", "is", "are", "was", "were", "be", "been", "and", "or",
        "outcome",
    ];
    s.text.word(i) == "confirmed"
        && i > 0
        && !s.text.toks[i].has(BARRIER_BEFORE)
        && !PRONOUNS.contains(&s.text.word(i - 1))
        && !NOT_AN_EVENT.contains(&s.text.word(i - 1))
        && !any_in(nots, s.clause(i).0, i)
}

/// Does token `i` start a time rather than a person: "(by) March", "14 December", "the end
/// of term", "Christmas"?
fn when(s: &Scanned, i: usize) -> bool {
    let i = if s.text.word(i) == "the" && i + 1 < s.text.toks.len() { i + 1 } else { i };
    let season = matches!(s.text.word(i), "christmas" | "easter" | "half" | "summer" | "spring" | "autumn" | "winter");
    let point = matches!(s.text.word(i), "then" | "next" | "review" | "end" | "time" | "start");
    s.text.toks[i].has(DIGIT) || s.is(i, cat::MONTH) || season || point
}

/// A countable thing ("appointments") with a quantifier up to three words before it in
/// the same clause ("no missed appointments", "all appointments"), but not the hope said
/// again ("no further incidents").
fn counted(s: &Scanned, h: &Hit) -> bool {
    let start = h.start as usize;
    let toks = &s.text.toks;
    for i in (start.saturating_sub(3)..start).rev() {
        if toks[i + 1].has(BARRIER_BEFORE) {
            return false;
        }
        if s.starts_any(i, mask(&[cat::HOPE_AGAIN])) {
            return false;
        }
        if toks[i].has(DIGIT) || s.starts_any(i, mask(&[cat::QUANTIFIER])) {
            return true;
        }
    }
    false
}

/// Does the measure only repeat the outcome: every word of it (bar common ones, and vague
/// ones where it has no number) in the description ("Head lice treated" for "Layla's head lice are treated",
/// "Harriet will be eating three meals a day" for "Harriet will eat three meals a day",
/// "Leon has his inhaler every morning - ongoing" for "Mum will give Leon his inhaler
/// every morning")?
fn repeats(measure: &Scanned, description: &Scanned) -> bool {
    // "… - ongoing", "… as required": no more a measure for what it adds; but "improves
    // from 60% to 90%" says by how much.
    let vague = if numbers(&measure.text).next().is_none() { mask(&[cat::MEASURE_VAGUE]) } else { 0 };
    let mut any = false;
    let all = measure.words(COMMON | vague, 4).all(|w| {
        any = true;
        let w = stem(w);
        description.words(COMMON, 2).any(|x| stem(x) == w)
    });
    any && all
}
