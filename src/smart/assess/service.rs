//! Outcomes that are a service's own work, or going to meetings, rather than a change for the
//! child or family.

use super::scanned::Scanned;
use super::words::{mask, AUX};
use crate::smart::data::cat;
use crate::smart::text::{Hit, Tok, BARRIER_BEFORE, CAP, POSSESSIVE, SENT_START};

/// An outcome about a service's own work, not a change for the child or family: "SW to
/// make a referral", "The health visitor visits every two weeks", "Refer Blessing to Young
/// Carers", "Referral to be made". Returns the words that show it.
pub(crate) fn service_task<'a>(s: &Scanned<'a>) -> Option<&'a str> {
    let toks = &s.text.toks;
    if toks.is_empty() {
        return None;
    }
    // A professional, or a word that joins one to the next: "Police, the school and the
    // youth service will meet".
    let joins = |t: &Tok| t.covers & (1 << cat::ROLE) != 0 || t.starts & (1 << cat::DETERMINER) != 0;
    // The first clause, and the next ones while they start with a professional.
    let (_, mut end) = s.clause(0);
    while end < toks.len()
        && joins(&toks[end])
        && (end..(end + 2).min(toks.len())).any(|j| toks[j].starts & (1 << cat::ROLE) != 0)
    {
        end = s.clause(end).1.max(end + 1);
    }
    // "Nursery to be attended every morning" is the family's doing, not the nursery's: "to
    // be" is left to the passive check below ("Meetings to be held").
    let to_verb_by = |j: usize, end: usize| s.text.word(j) == "to" && j + 1 < end && s.text.word(j + 1) != "be";
    let to_verb = |j: usize| to_verb_by(j, end);
    let det = usize::from(toks[0].starts & (1 << cat::DETERMINER) != 0);
    // A professional as the subject, in the first two words (not "Kyle's school").
    for h in s.of(cat::ROLE) {
        let (i, e) = (h.start as usize, h.end as usize);
        // "Mum's mental health nurse will visit her": still a worker's task; "Kyle's school
        // attendance will…" is not the school's.
        // ("Mum's care coordinator to review her medication monthly" is the worker's too.)
        let theirs = || toks[..i].iter().any(|t| t.has(POSSESSIVE)) && !matches!(s.text.word_or_none(e), "will" | "to");
        // "Kai's Junction worker will see him", "The Youth Justice worker", "Dad's care
        // coordinator", "Mum's mental health nurse": the words before the professional name
        // them (a family member's only as whose: not "Leo and his key worker", "Mum and the
        // nurse"), in at most four words.
        // (A name's, "Oscar's class teacher", only right before the professional, or a
        // service's name between: "Kai's Junction worker".)
        let named_first = toks[det].unlisted_capital() && toks[det].has(POSSESSIVE);
        let service_named = i == det + 2 && toks[i - 1].unlisted_capital() && !toks[i - 1].has(SENT_START);
        let naming = |j: usize| {
            let w = s.text.word(j);
            !AUX.contains(&w)
                && !matches!(w, "or" | "with" | "from" | "at" | "of")
                && !toks[j].has(BARRIER_BEFORE)
                && (toks[j].starts & mask(&[cat::SUBJECT, cat::PLACE]) == 0 || toks[j].has(POSSESSIVE))
        };
        let reach = if named_first { det + 1 + usize::from(service_named) } else { det + 4 };
        if i > reach || e >= end || theirs() || !(1..i).all(naming) {
            continue;
        }
        if i > 0 && toks[0].starts & mask(&[cat::SUBJECT, cat::PLACE]) != 0 && !toks[0].has(POSSESSIVE) {
            continue;
        }
        if to_verb(e) {
            return Some(s.text.span(i, e + 2));
        }
        // The professional's own verb, after "will", "and the social worker" and the like (not
        // "the school gives Jay a mentor he meets"); after "to", any verb ("School and
        // Children's Services to have a joined-up approach").
        let mut k = e;
        while k < end && (joins(&toks[k]) || toks[k].has(CAP) || AUX.contains(&s.text.word(k))) {
            if to_verb(k) {
                return Some(s.text.span(i, k + 2));
            }
            k += 1;
        }
        // "School and Mum will agree how…", "… will review Kit's chart": done together with
        // the family, not the school's own work.
        let with_family = (e..k).any(|j| (s.is(j, cat::SUBJECT) || s.is(j, cat::TITLE)) && !s.is(j, cat::ROLE))
            && matches!(s.text.word_or_none(k), "agree" | "agrees" | "review" | "reviews");
        if let Some(v) = s.of(cat::SERVICE_VERB).find(|v| v.start as usize == k && k < end && !with_family) {
            // "The school will invite Mum to a meeting and Mum will agree a morning plan":
            // the family has a change of its own in the same sentence.
            // Or a name's own doing: "… and Tyler will be home by 9pm" (not "… and Compass will
            // see Kai weekly", "Kooth will offer her chats": a service's name, doing a
            // service's work).
            let family_too = (v.end as usize..toks.len()).take_while(|&j| !toks[j].has(SENT_START)).any(|j| {
                let services = || {
                    s.is(j + 2, cat::SERVICE_VERB)
                        || matches!(
                            s.text.word_or_none(j + 2),
                            "also" | "then" | "offer" | "offers" | "provide" | "run" | "give"
                        )
                };
                s.text.word_or_none(j + 1) == "will"
                    && (s.is(j, cat::SUBJECT) || toks[j].unlisted_capital() && !services())
            });
            if !family_too {
                return Some(s.text.span(i, v.end as usize));
            }
        }
    }
    // An order to a worker.
    if let Some(v) = s.of(cat::IMPERATIVE).find(|v| v.start == 0) {
        return Some(s.span(v));
    }
    // Something services do, in the passive, in any clause: "Logan's wishes to be explored",
    // "Meetings to be held monthly", "needs to be holistically assessed"; but what a parent
    // asks for is theirs ("Mum will ask to be referred to Talking Therapies").
    // Not a review or what happens if not, after an outcome that starts with the family's
    // own change, in the same sentence, in a later clause or after "or": "Mum will not
    // leave Lewis with anyone under 16, or the case will be escalated", "Parents will agree
    // a rota for the night feeds, to be reviewed at core group" (but "Lewis will be seen by
    // CAMHS, and his needs will be assessed" is services' work).
    // A time phrase may come first: "Within 6 weeks, Mum will…", "Every morning, …", "By
    // Leo's birthday, …".
    let person = |j: usize| s.is(j, cat::SUBJECT) || toks[j].unlisted_capital();
    const WHEN: [&str; 9] = ["within", "by", "from", "in", "after", "before", "over", "during", "until"];
    let timed =
        (WHEN.contains(&s.text.word(0)) || !(0..end).any(person)) && end < toks.len() && !toks[end].has(SENT_START);
    let lead = if timed { s.clause(end).1.max(end) } else { end };
    let family_first = (0..lead).any(|j| {
        // "Mum will agree", "Mum will not leave"; not "Lewis will be seen".
        let verb = if s.text.word_or_none(j + 2) == "not" { j + 3 } else { j + 2 };
        let own = verb < lead && s.text.word(verb) != "be";
        j + 1 < lead && person(j) && (s.text.word(j + 1) == "will" && own || to_verb_by(j + 1, lead))
    });
    let then = |h: &Hit| {
        let i = h.start as usize;
        let later = i >= end && !toks[end..=i].iter().any(|t| t.has(SENT_START))
            || (i.saturating_sub(6)..i).any(|j| matches!(s.text.word(j), "or" | "otherwise"));
        family_first
            && later
            && matches!(s.text.word(i), "reviewed" | "escalated" | "considered" | "monitored" | "discussed")
    };
    // (At most the first 64: a long pasted text stays quick.)
    for h in s.of(cat::SERVICE_PASSIVE).filter(|h| !then(h)).take(64) {
        let v = h.start as usize;
        let be = (v.saturating_sub(2)..v)
            .find(|&j| s.text.word(j) == "be" && !toks[j + 1..=v].iter().any(|t| t.has(BARRIER_BEFORE)));
        // "Ruqia will be offered a hot meal each day and eat a full lunch at least 4 days a
        // week": what is offered to someone who then does something (in the next twelve
        // words) is theirs.
        let then_does = |b: usize| {
            const DOES: u64 = mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB]);
            b >= 2
                && person(b - 2)
                && s.text.word(b - 1) == "will"
                && (v + 1..toks.len().min(v + 13)).take_while(|&j| !toks[j].has(SENT_START)).any(|j| {
                    // Not "and seen within 12 weeks", "and have an appointment": still the
                    // service's.
                    let w = s.text.word(j);
                    let given = w.ends_with("ed")
                        || matches!(w, "be" | "seen" | "given" | "done" | "made" | "taken")
                        || matches!(w, "have" | "has" | "get" | "gets")
                            && matches!(s.text.word_or_none(j + 1), "a" | "an");
                    s.text.word(j - 1) == "and" && toks[j].starts & DOES != 0 && !given
                })
        };
        // "A school place will be applied for by Mum": the family's doing. Nor what will
        // not be done: "no engagement or marriage will be arranged for her", "will not be
        // excluded".
        // (A family title: not "by the Family Hub", a service's name, nor "by her social
        // worker".)
        let by_family = (h.end as usize..toks.len().min(h.end as usize + 3)).any(|j| {
            s.text.word(j) == "by"
                && !toks.get(j + 1).map_or(true, |t| t.has(BARRIER_BEFORE))
                && s.is(j + 1, cat::TITLE)
                && !s.is(j + 2, cat::ROLE)
                && !toks.get(j + 2).is_some_and(|t| t.has(CAP) && !t.has(BARRIER_BEFORE))
        });
        // "No" is the passive's own subject, after "that" or at the sentence's start: not "if
        // there is no improvement", "no later than 1 December Jo will be…".
        let denied = |b: usize| {
            let from =
                (b.saturating_sub(10)..b).rev().find(|&j| toks[j].has(SENT_START)).unwrap_or(b.saturating_sub(10));
            let subject = |j: usize| {
                s.text.word(j) == "no"
                    && (toks[j].has(SENT_START) || j > 0 && s.text.word(j - 1) == "that")
                    && !matches!(s.text.word_or_none(j + 1), "later" | "sooner" | "longer" | "more" | "less" | "delay")
                    && !(j + 1..b).any(|k| s.is(k, cat::SUBJECT) || s.is(k, cat::TITLE))
            };
            b > 0 && s.text.word(b - 1) == "not" || b > 1 && s.text.word(b - 1) == "will" && (from..b).any(subject)
        };
        // "Mia will see her GP with Mum and be referred to mental health support, and she
        // will keep a safety plan on her phone": the referral comes of what she does. (It
        // looks at most 30 words either way, and `denied` 10 back, so that a long pasted
        // text stays quick.)
        let own_verb = |b: usize| {
            let (lo, hi) = (b.saturating_sub(30), toks.len().min(v + 30));
            let from = (lo..b).rev().find(|&j| toks[j].has(SENT_START)).unwrap_or(lo);
            let to = (v..hi).find(|&j| toks[j].has(SENT_START)).unwrap_or(hi);
            // (A family member, or a name that starts the sentence, the child's: not "they",
            // "she" or a service's name further on, "… and Kooth will offer her chats".)
            let family = |j: usize| s.someone(j) || toks[j].has(SENT_START) && toks[j].unlisted_capital();
            (from..to.saturating_sub(2)).any(|j| {
                let verb = if s.text.word(j + 2) == "not" { j + 3 } else { j + 2 };
                family(j) && s.text.word(j + 1) == "will" && verb < to && s.text.word(verb) != "be"
            })
        };
        let theirs = |b: usize| {
            then_does(b) || by_family || denied(b) || own_verb(b) || b > 1 && s.text.word(b - 2).starts_with("ask")
        };
        if let Some(be) = be.filter(|&b| !theirs(b)) {
            let from = if be > 0 && matches!(s.text.word(be - 1), "to" | "will") { be - 1 } else { be };
            return Some(s.text.span(from, h.end as usize));
        }
    }
    // A task as the subject ("Referral to be made"), or all there is ("Referral to the
    // food bank").
    const VERB: u64 =
        mask(&[cat::OBSERVABLE, cat::CLAUSE_VERB, cat::SERVICE_VERB, cat::VAGUE, cat::CHANGE, cat::WITNESS]);
    // "to be made", "will be completed", "is to be held": a task done by someone unnamed.
    let to_be = (0..end).any(|j| s.text.word(j) == "be");
    // Not what comes first: "After meeting Sheikh Hassan at their mosque, Mum and Dad will
    // agree …".
    let first = matches!(s.text.word(0), "after" | "before" | "following" | "once")
        && s.text.word_or_none(1) == "meeting"
        && toks.get(2).is_some_and(|t| t.has(CAP));
    // (After at most two words, or a service's name: "Young Carers Support referral to be made".)
    let early = |n: &Hit| n.start < 3 || toks[..n.start as usize].iter().all(|t| t.has(CAP));
    if let Some(n) = s.of(cat::SERVICE_NOUN).find(|n| early(n) && (n.end as usize) <= end && !first) {
        // The noun itself may look like a verb ("Monitoring of attendance").
        let (a, b) = (n.start as usize, n.end as usize);
        let verbless = toks[..end].iter().enumerate().all(|(k, t)| (a..b).contains(&k) || t.starts & VERB == 0);
        if to_be || verbless {
            return Some(s.span(n));
        }
    }
    None
}

/// Going to meetings with workers, not a change for the child: "Mum will attend all CIN
/// meetings and reviews".
pub(crate) fn meetings<'a>(s: &Scanned<'a>) -> Option<&'a str> {
    s.said(cat::MEETINGS).next().map(|h| s.span(h))
}
