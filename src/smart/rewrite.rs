//! One concrete rewrite for a weak outcome ("Try: '…'"), built from its own words: the
//! person it is about, what it says will happen, and a number and a record that fit its
//! topic (school: the school confirms; sleep: a diary; drinking: test results). The patterns
//! are data (`topics` in data/smart.json).

use super::assess::{names_only_people, topics_besides_people, Scanned};
use super::data::{cat, Compiled, Topic};
use super::text::{ALL_CAPS, CAP, SENT_START};
use crate::rules::template::V;

/// The rewrite for the first topic found in the outcome's own texts (`own`, in order),
/// else in its needs, else the default. With `near_need`, for a whole outcome to suggest
/// instead, first a topic of its own that its needs share or are related to, then its
/// needs' before its own: "Health visitor to deliver safe sleep advice", for a baby who
/// slept on the sofa with Dad, gets a sleep diary, not health appointments. Within each, a
/// topic found by a person's name ("Dad" is family) only if none has another: "Dad will
/// stop gambling" is about money, not family time; "Evan sees his dad every Saturday" is
/// about family time, and its measure is a contact log, whatever the need says.
pub(crate) fn topic<'c>(c: &'c Compiled, own: &[&Scanned], needs: &[Scanned], near_need: bool) -> &'c Topic {
    let theirs = if near_need { needs.iter().fold(0, |acc, s| acc | topics_besides_people(s)) } else { 0 };
    let near = c.near_any(theirs);
    let needs: Vec<&Scanned> = needs.iter().collect();
    let order: [(&[&Scanned], bool, u32); 7] = [
        (own, false, near),
        (own, true, near),
        (&needs, false, theirs),
        (own, false, !0),
        (own, true, !0),
        (&needs, false, !0),
        (&needs, true, !0),
    ];
    let found = order.iter().find_map(|&(texts, people, among)| first_topic(c, texts, people, among));
    found.and_then(|id| c.topics.get(usize::from(id))).unwrap_or_else(|| c.default_topic())
}

/// The id of the first topic in `texts` among `among` (bits of topic ids), leaving out
/// those found by a person's name unless `people`; in a text, a worry for the child's
/// safety first ("bruises" before "school" in "goes to school with bruises").
fn first_topic(c: &Compiled, texts: &[&Scanned], people: bool, among: u32) -> Option<u16> {
    texts.iter().find_map(|s| {
        let kept = || {
            s.of(cat::TOPIC).filter(|h| h.id < 32 && among & (1 << h.id) != 0 && (people || !names_only_people(s, h)))
        };
        let concern = kept().find(|h| c.concerns & (1 << h.id) != 0);
        concern.or_else(|| kept().next()).map(|h| h.id)
    })
}

/// A whole outcome from the topic's pattern ("Each parent goes to…", though "Say what each
/// parent will do").
pub(crate) fn outcome(t: &Topic, name: &str, who: &str, whose: &str) -> String {
    capitalised(&t.outcome.render(&[], &[("name", V::S(name)), ("who", V::S(who)), ("whose", V::S(whose))]))
}

/// `outcome`, where the topic's is offered (else empty).
pub(crate) fn offered(t: &Topic, name: &str, who: &str, whose: &str) -> String {
    if t.offer {
        outcome(t, name, who, whose)
    } else {
        String::new()
    }
}

/// A measure: the topic's witness before the outcome's own statement ("The sleep diary
/// shows that Jacob is asleep by 8pm").
pub(crate) fn measure(witness: &str, statement: &str) -> String {
    let mut out = witness.to_string();
    out.push(' ');
    out.push_str(statement);
    out
}

/// The topic's witness ("The sleep diary shows that").
pub(crate) fn witness(t: &Topic, name: &str) -> String {
    t.witness.render(&[], &[("name", V::S(name))])
}

/// The person the outcome is about, to write it for: a parent or relative named by title
/// in its first words ("Mum to…", "Dad will…"), "each parent" for parents or "Mum and Dad",
/// someone a need names who leads it by first name ("Donna will…"), else the child. For a
/// service's task, the first one it names with a capital before the child: "Early Help will
/// refer Mum to a parenting course" is about Mum going, not the child ("refer Jay to a youth
/// group and ring Mum" is still about Jay).
pub(crate) fn who(c: &Compiled, desc: &Scanned, name: &str, task: bool, needs: &[Scanned]) -> String {
    let text = &desc.text;
    let within = if task { text.toks.len() } else { 3 };
    for i in 0..text.toks.len().min(within) {
        if desc.is(i, cat::PARENTS) {
            return c.phrase("eachParent").to_string();
        }
        if desc.is(i, cat::PLURAL) && !task || task && text.span(i, i + 1) == name {
            break;
        }
        if desc.is(i, cat::TITLE) && (!task || text.toks[i].has(CAP)) {
            // "Mum and Dad will…" is about both of them, not Mum alone ("Mum and Nan" is not
            // "each parent").
            let parent = |k: usize| matches!(text.word(k), "mum" | "dad" | "mummy" | "daddy");
            if desc.is(i + 1, cat::PLURAL) && desc.is(i + 2, cat::TITLE) && parent(i) && parent(i + 2) {
                return c.phrase("eachParent").to_string();
            }
            let shown = text.span(i, i + 1);
            let shown = shown.strip_suffix("'s").or_else(|| shown.strip_suffix("’s")).unwrap_or(shown);
            return capitalised(shown);
        }
    }
    // "Donna will keep…", "Kayleigh to engage…": someone the need names leads the outcome,
    // not the child (not "Communication will improve"; shortened, as any name quoted back
    // is).
    match text.toks.first() {
        Some(t)
            if t.unlisted_capital()
                && matches!(text.word_or_none(1), "will" | "to")
                && needs.iter().any(|n| n.has_word(text.word(0))) =>
        {
            crate::util::shorten(text.span(0, 1))
        }
        _ => name.to_string(),
    }
}

/// The description's first sentence as a statement of fact: "Mum to keep the meter topped
/// up" and "Mum will keep the meter topped up" become "Mum keeps the meter topped up",
/// "Boiler to be repaired" "boiler is repaired" (a measure says what is seen, not what will
/// be). Starts in lower case unless it starts with a name or a title ("Mum").
pub(crate) fn statement(c: &Compiled, s: &Scanned) -> String {
    let text = &s.text;
    let n = text.toks.iter().skip(1).position(|t| t.has(SENT_START)).map_or(text.toks.len(), |k| k + 1);
    if n == 0 {
        return String::new();
    }
    const VERB: u64 = 1 << cat::OBSERVABLE
        | 1 << cat::CLAUSE_VERB
        | 1 << cat::VAGUE
        | 1 << cat::CHANGE
        | 1 << cat::WITNESS
        | 1 << cat::SERVICE_VERB;
    let mut out = String::new();
    // "<who> to <verb> …" or "<who> will <verb> …", with no verb before it; "<who> will not
    // <verb> …" is "<who> does not <verb> …" (a record shows what is, not what will be).
    let will_not = |k: usize| text.word(k) == "will" && text.word(k + 1) == "not" && k + 2 < n;
    const ADVERBS: [&str; 8] = ["ever", "always", "still", "also", "now", "only", "then", "soon"];
    let to = (1..n.min(6)).find(|&k| matches!(text.word(k), "to" | "will")).filter(|&k| {
        k + 1 < n
            && !(k + 2 >= n && ADVERBS.contains(&text.word(k + 1)))
            && text.toks[..k].iter().all(|t| t.starts & VERB == 0)
            && (text.toks[k + 1].starts & (1 << cat::DETERMINER | 1 << cat::NEGATION) == 0 || will_not(k))
    });
    let not = to.is_some_and(will_not);
    match to {
        Some(k) => {
            let plural = (0..k).any(|i| s.is(i, cat::PLURAL));
            out.push_str(text.span(0, k));
            out.push(' ');
            // "will not be kept home" is "is not kept home", not "does not be kept".
            // (`not` holds only with a word after "not", so `k + 2` is one.)
            // An adverb after "will" stays before the verb, which agrees: "will ever find" is
            // "ever finds" (not "evers find"), "will still not miss" is "still does not miss",
            // "will now never hit" is "now never hits"; but "will always be" is "is always".
            let adverb = !not && k + 2 < n && ADVERBS.contains(&text.word(k + 1));
            let after = if adverb { text.word(k + 2) } else { "" };
            let mut negated = not;
            let from = if adverb {
                let adv = text.span(k + 1, k + 2);
                match after {
                    "be" => {
                        out.push_str(&conjugate(c, "be", plural));
                        out.push(' ');
                        out.push_str(adv);
                        k + 3
                    }
                    "not" if k + 3 < n => {
                        negated = true;
                        out.push_str(adv);
                        out.push(' ');
                        out.push_str(&conjugate(c, "do", plural));
                        out.push_str(" not");
                        k + 3
                    }
                    "never" if k + 3 < n => {
                        out.push_str(adv);
                        out.push_str(" never ");
                        out.push_str(&conjugate(c, text.word(k + 3), plural));
                        k + 4
                    }
                    _ => {
                        out.push_str(adv);
                        out.push(' ');
                        out.push_str(&conjugate(c, after, plural));
                        k + 3
                    }
                }
            } else {
                let (verb, from) = if !not {
                    (text.word(k + 1), k + 2)
                } else if text.word(k + 2) == "be" {
                    ("be", k + 3)
                } else {
                    ("do", k + 2)
                };
                out.push_str(&conjugate(c, verb, plural));
                if not {
                    out.push_str(" not");
                }
                from
            };
            if from < n {
                out.push(' ');
                // Each verb joined on by "and" agrees too: "Mum books Finley a dentist
                // appointment and takes him", not "and take him" ("does not … and take"
                // stays as it is).
                let (mut at, end) = (text.range(from).start, text.range(n - 1).end);
                for j in from + 1..n {
                    let w = text.word(j);
                    let bare = !w.ends_with('s') && !w.ends_with("ed") && !w.ends_with("ing");
                    // A verb, not a noun or an adjective ("and phone number", "clean and
                    // tidy every day"), nor what another does ("help Finley get dressed and
                    // get to school"): only before someone or something ("and take him", "and
                    // get Poppy to school", "and wash the bedding"), or "be", whatever follows
                    // ("and be in different lessons", reading 10). Some verbs are missed ("and
                    // make sure").
                    let next = text.toks.get(j + 1).filter(|_| j + 1 < n);
                    let object = w == "be"
                        || next.is_some_and(|t| {
                            t.starts & (1 << cat::SUBJECT | 1 << cat::DETERMINER) != 0
                                && t.starts & (1 << cat::QUANTIFIER) == 0
                                || t.has(CAP)
                        });
                    if !negated && bare && object && text.word(j - 1) == "and" && text.toks[j].starts & VERB != 0 {
                        out.push_str(&text.orig[at..text.range(j).start]);
                        out.push_str(&conjugate(c, w, plural));
                        at = text.range(j).end;
                    }
                }
                out.push_str(&text.orig[at..end]);
            }
        }
        None => out.push_str(text.span(0, n)),
    }
    // Lower case for a common word ("The", "Parents", "Boiler", "Only an adult…"), not for
    // names, titles and acronyms ("GP").
    let first = &text.toks[0];
    let title = s.is(0, cat::TITLE);
    let common = (first.starts | first.covers) != 0
        || matches!(text.word(0), "only" | "no" | "every" | "each" | "all" | "nobody" | "everyone" | "everybody");
    if first.has(CAP) && !first.has(ALL_CAPS) && !title && common {
        if let Some(f) = out.get_mut(..1) {
            f.make_ascii_lowercase();
        }
    }
    out
}

/// With a capital first letter. ASCII only: Unicode's case tables would add ~11 KB to the
/// WebAssembly module (see `fold`), and a word starting with another letter is left as typed.
pub(crate) fn capitalised(s: &str) -> String {
    let mut out = s.to_string();
    if let Some(f) = out.get_mut(..1) {
        f.make_ascii_uppercase();
    }
    out
}

/// "keep" with one person is "keeps"; "be" is "is" or "are".
fn conjugate(c: &Compiled, verb: &str, plural: bool) -> String {
    // "be is are": the verb, then its forms with one person and with several.
    for f in c.phrase("verbForms").split("; ") {
        let mut forms = f.split(' ');
        if forms.next() == Some(verb) {
            if let Some(form) = forms.nth(usize::from(plural)) {
                return form.to_string();
            }
        }
    }
    if plural {
        return verb.to_string();
    }
    let b = verb.as_bytes();
    let consonant_y = verb.len() > 1 && verb.ends_with('y') && !b"aeiou".contains(&b[verb.len() - 2]);
    let (stem, ending) = if consonant_y {
        (&verb[..verb.len() - 1], "ies")
    } else if ["s", "sh", "ch", "x", "z", "o"].iter().any(|e| verb.ends_with(e)) {
        (verb, "es")
    } else {
        (verb, "s")
    };
    let mut out = stem.to_string();
    out.push_str(ending);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::smart::{assess, data};

    /// Every outcome this module can suggest meets the checks it is offered for: it says
    /// who and what will change, can be counted or seen, is in plain words, and is about
    /// its own topic (so a suggestion on the need's topic is still linked to the need).
    #[test]
    fn every_suggested_outcome_passes_the_checks_it_is_offered_for() {
        let c = data::get();
        let mut problems = Vec::new();
        let mut check = |text: String, topic: Option<usize>| {
            let s = Scanned::new(c, &text);
            let mut why = Vec::new();
            if !assess::specific(c, &s, Some("Sam"), false).met {
                why.push("not specific");
            }
            if !assess::measurable(&s, &Scanned::new(c, ""), None).met {
                why.push("not measurable");
            }
            if !assess::plain(c, &s, &assess::Explained::default()).ok() {
                why.push("not plain");
            }
            if topic.is_some_and(|k| assess::topics(&s) & (1 << k) == 0) {
                why.push("not about its own topic");
            }
            if !why.is_empty() {
                problems.push(format!("{text:?}: {}", why.join(", ")));
            }
        };
        // A topic with no pattern (its stock outcome was wrong for more outcomes than it fitted)
        // offers none.
        let last = c.topics.len() - 1;
        for (k, t) in c.topics.iter().enumerate() {
            let text = outcome(t, "Sam", "Mum", "Sam");
            if !text.is_empty() {
                check(text, (k < last).then_some(k));
            }
        }
        // A limit with no outcome to offer (working away: readers found "someone named in
        // the plan does it" a template with nobody in it) offers none.
        for l in &c.limits {
            let text = l.rewrite.render(&[], &[("who", V::S("Mum"))]);
            if !text.is_empty() {
                check(text, None);
            }
        }
        // A pattern is offered only when it has two topic words in common with the outcome
        // or its need (`One::fits`): with fewer of its own it never could be.
        for t in &c.topics[..last] {
            let text = outcome(t, "Sam", "Mum", "Sam");
            if text.is_empty() {
                continue;
            }
            let s = Scanned::new(c, &text);
            let mut own: Vec<&str> = s.topic_stems().collect();
            own.sort_unstable();
            own.dedup();
            if own.len() < 2 {
                problems.push(format!("{text:?}: fewer than two topic words ({own:?})"));
            }
        }
        assert!(problems.is_empty(), "{problems:#?}");
    }

    /// Which topic's pattern a suggestion follows: what the outcome is about, not the people
    /// it names; with `near_need`, what answers its need first.
    #[test]
    fn a_suggestion_follows_what_the_outcome_is_about() {
        let c = data::get();
        let pick = |own: &str, need: &str, near_need: bool| {
            let (own, need) = (Scanned::new(c, own), Scanned::new(c, need));
            let t = topic(c, &[&own], std::slice::from_ref(&need), near_need);
            [outcome(t, "Sam", "Dad", "Sam"), witness(t, "Sam")].join(" / ")
        };
        // "Dad" is family, but this is about money.
        let need = "Dad's gambling has left the family in debt, with no money for food";
        assert!(pick("Dad will address things with his gambling", need, false).contains("rent"));
        // Time with Dad is about family time, whatever the need is about.
        assert!(
            pick("Sam sees his dad every Saturday", "Dad drinks heavily at weekends", false).contains("contact record")
        );
        // For a whole outcome instead: the topic the outcome shares with its need, not the
        // service's ("health visitor").
        let need = "Dad fell asleep with baby Sam on the sofa";
        assert!(pick("Health visitor to deliver safe sleep advice", need, true).contains("sleep diary"));
        assert!(pick("Health visitor to deliver safe sleep advice", need, false).contains("health appointment"));
    }

    /// A measure says what is seen, not what will be: the outcome's first sentence as a
    /// statement of fact.
    #[test]
    fn an_outcome_becomes_a_statement_of_what_is_seen() {
        let c = data::get();
        for (outcome, statement) in [
            ("Mum to keep the meter topped up", "Mum keeps the meter topped up"),
            ("Mum will not leave Jenny alone in the car", "Mum does not leave Jenny alone in the car"),
            ("Cerys will not be kept home from school", "Cerys is not kept home from school"),
            ("Parents will take Leo to every appointment", "parents take Leo to every appointment"),
            ("Mum to go", "Mum goes"),
            ("Mum will not be", "Mum is not"),
            ("Only an adult collects Harmony from school", "only an adult collects Harmony from school"),
            // An adverb after "will" (reading 15 found "evers find").
            ("Nobody at school will ever find out", "nobody at school ever finds out"),
            ("Lily will still not miss school on Mondays", "Lily still does not miss school on Mondays"),
            ("Lily will always be at school by 8.45am", "Lily is always at school by 8.45am"),
            ("Dad will now never hit Lily", "Dad now never hits Lily"),
            ("Mum will also not drink and drive", "Mum also does not drink and drive"),
            ("Mum will ever", "Mum will ever"),
        ] {
            assert_eq!(super::statement(c, &Scanned::new(c, outcome)), statement);
        }
    }
}
