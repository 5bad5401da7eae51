//! How many separate things an outcome asks, and of whom (for Achievable).

use super::scanned::Scanned;
use super::words::{AUX, DEMAND_VERB, PRONOUNS};
use crate::smart::data::{cat, Compiled};
use crate::smart::text::{
    Text, ALL_CAPS, BARRIER_BEFORE, CAP, COLON_BEFORE, DIGIT, IN_CONDITION, IN_PAREN, POSSESSIVE, SEMI_BEFORE,
    SENT_START,
};

/// Separate demands in a description: clauses with a verb, split at commas, semicolons,
/// sentence ends and joining words ("and", "as well as"). Not demands of their own: a
/// condition or a reason ("when…", "so that…", "until…"), what a bracket explains, the
/// same demand put the other way ("…, not tell him off"), one word between commas that
/// says how something is ("Harvey is up, washed, dressed and…"), and the parts of one demand
/// spelled out after a colon ("follow a written crying plan: put Alfie down…, leave the
/// room… and ring his brother"; but "Mum will: …" and "three goals: …" list demands) or
/// after "including", "such as" or "which is" ("a bedtime routine, including a bath, a
/// story and lights out by 8pm").
pub(crate) fn demands(c: &Compiled, s: &Scanned) -> usize {
    let toks = &s.text.toks;
    let mut separators = s.of(cat::SEPARATOR).peekable();
    let mut count = 0;
    let mut has_verb = false;
    // What spells out a demand's parts, if anything: a colon's steps run to the next
    // "and … will" or the sentence's end; the parts after "including" also stop at a verb
    // that starts a clause ("…, such as the GP and dentist, stop drinking, find a job") or at
    // "will" soon after a comma, a semicolon or "and" ("; Dad will…", "…, and the health
    // visitor will…").
    const COLON: u8 = 1;
    const WORDS: u8 = 2;
    let mut spelled_out = 0u8;
    let mut contrast = false;
    // A long list is as many demands, verbs or not: "a diary of meals, sleep, moods, …".
    let mut list = List::default();
    // One person's demands are what make an outcome too much for them: a sentence led by
    // someone else ("… Esme will take the barricade down", "Freya's hitting will fall")
    // counts for that person, and one who comes back adds to their own; but a pile for the
    // whole family is still a pile (more than twice `maxDemands` in all).
    let mut loads: Vec<(&str, usize)> = Vec::new();
    let mut whose = "";
    // "Paula will not force the door; she will knock…": what she will do instead, after a
    // semicolon, is the same demand put the other way, and the "will not" clause no demand
    // of its own.
    let mut negated = false;
    let mut contingency = false;
    let mut before_contingency = "";
    let quoted = quoted(&s.text);
    let mut i = 0;
    while i < toks.len() {
        let w = s.text.word(i);
        // A sentence, or a clause after a semicolon ("…; Dad will do them instead").
        // "If she is late, Mum will ring her, then Auntie Grace…": what happens if the plan
        // slips (a family's plan names it; reading 14) is a load of its own, not more for
        // the child to do; the sentence after it goes back to whoever came before.
        if toks[i].has(SENT_START) {
            let now = matches!(w, "if" | "otherwise");
            if now != contingency {
                let (from, to) = if now { (whose, CONTINGENCY) } else { (CONTINGENCY, before_contingency) };
                add_load(&mut loads, from, count + usize::from(has_verb));
                if now {
                    before_contingency = whose;
                }
                (count, has_verb, whose, contingency) = (0, false, to, now);
            }
            list.close(i, &s.text);
            (list.items, list.things) = (0, false);
            spelled_out = 0;
        }
        // A later sentence that says what something is asks nothing: "This letter sets out
        // the law…", "The High Commission is the UK's embassy there."
        if i > 0 && toks[i].has(SENT_START) && aside(s, i) {
            i = s.sentence_end(i);
            continue;
        }
        if toks[i].has(SENT_START) || toks[i].has(SEMI_BEFORE) {
            let person = |j: usize| toks[j].has(CAP) && s.someone(j) || toks[j].unlisted_capital();
            // "Dad will…", "Esme's…", and "Her friend Nell will…" (Nell's; not "Leah and
            // Claire will…", both of theirs).
            let named = if toks[i].has(POSSESSIVE) || s.text.word_or_none(i + 1) == "will" {
                Some(i).filter(|&j| person(j))
            } else {
                (i + 1..(i + 4).min(toks.len()))
                    .find(|&j| s.text.word(j) == "will")
                    .and_then(|v| (i..v).rev().find(|&j| person(j) && !toks[j].has(POSSESSIVE)))
                    .filter(|&j| (i + 1..=j).all(|k| !toks[k].has(BARRIER_BEFORE) && !s.is(k, cat::SEPARATOR)))
            };
            if let Some(j) = named.filter(|&j| s.text.word(j) != whose) {
                add_load(&mut loads, whose, count + usize::from(has_verb));
                (count, has_verb, whose) = (0, false, s.text.word(j));
            }
        }
        // A colon: its steps are one demand's, also after "a plan for" ("a plan for when Mum
        // comes round drunk: go to my room, text Nan…"), unless what comes before it lists
        // demands: not "Mum will: stop drinking, …", "the following: …" nor "three goals:
        // …" ("Mum will:" is no demand of its own). How often ("the bedtime routine every
        // night: bath, story, …", "nightly:") counts no things; a number or a one-word
        // amount ("three") does.
        if i > 0 && toks[i].has(COLON_BEFORE) {
            let (from, _) = s.clause(i - 1);
            const QUANTITY: u64 = 1 << cat::QUANTITY;
            let counted = (from..i).any(|j| {
                toks[j].starts & QUANTITY != 0 && toks[j + 1].covers & QUANTITY == 0 && !s.text.word(j).ends_with("ly")
                    || toks[j].has(DIGIT)
            });
            let before = s.text.word(i - 1);
            // "One of her three calm-down steps: leave the room, put music on, or text her
            // aunt" is a choice of one.
            let one_of = (from + 1..i).any(|j| s.text.word(j - 1) == "one" && s.text.word(j) == "of")
                // Nor the steps someone will be able to say: "say his 3 steps if he feels the
                // urge …: stop, put the phone down, talk to his uncle".
                || (from..i).any(|j| {
                    matches!(s.text.word(j), "say" | "tell" | "explain" | "name" | "remember")
                        && (j + 1..(j + 4).min(i)).any(|k| matches!(s.text.word(k), "steps" | "rules" | "words"))
                });
            let lists = AUX.contains(&before)
                || matches!(before, "following" | "things" | "goals" | "changes")
                || counted && !one_of;
            has_verb &= !AUX.contains(&before);
            if lists && spelled_out == WORDS {
                // "a plan for the next three months: stop drinking, find a job, …": the
                // plan, then each demand it lists.
                spelled_out = 0;
                count += usize::from(has_verb);
                has_verb = false;
            } else if !lists && (has_verb || spelled_out == WORDS) {
                spelled_out = COLON;
            }
        }
        // A verb straight after a comma or a joining word, or after one word more that says
        // how or when ("…, regularly attend", "…, then stop").
        let starts_clause = |i: usize| {
            let opens = |j: usize| toks[j].has(BARRIER_BEFORE) || j > 0 && s.is(j - 1, cat::SEPARATOR);
            opens(i) || i > 0 && (s.text.word(i - 1).ends_with("ly") || s.text.word(i - 1) == "then") && opens(i - 1)
        };
        // After "including", a separator, comma or semicolon in the four words before a
        // "will"; after a colon, a separator in the two before it; or, after "including", a
        // verb that starts a clause.
        let words = spelled_out == WORDS;
        // Not "how she will let Mum know", "what Mum will do": what the plan says.
        let wh = i > 1 && matches!(s.text.word(i - 2), "what" | "how" | "who" | "where" | "when");
        let ends = spelled_out != 0
            && (s.text.word(i) == "will"
                && !wh
                && (i.saturating_sub(if words { 4 } else { 2 })..i)
                    .any(|k| s.is(k, cat::SEPARATOR) || words && toks[k + 1].has(BARRIER_BEFORE))
                || words && toks[i].starts & DEMAND_VERB != 0 && starts_clause(i));
        if ends {
            spelled_out = 0;
            count += usize::from(has_verb);
            has_verb = false;
        }
        // A card's or a rule's words in quotes are its name: "his 'stop, walk, tell' card".
        if quoted[i] {
            i += 1;
            continue;
        }
        // "With" spells out only after a comma ("…, with spare clothes and a named adult"):
        // "work with", "spend time with" start a demand like any other.
        let with_alone = w == "with" && !toks[i].has(BARRIER_BEFORE);
        if let Some(h) =
            s.hit_at(i, cat::SPELLS_OUT).filter(|_| (has_verb || count > 0) && spelled_out == 0 && !with_alone)
        {
            // What the conditions are or what someone is told, "which are that he lives at
            // his aunt's, stays in between 8pm and 7am, does not go …", runs on through its
            // verbs, as a colon's steps do (reading 15: bail conditions counted as four).
            spelled_out = if s.text.word(h.end as usize - 1) == "that" { COLON } else { WORDS };
            i = h.end as usize;
            continue;
        }
        // "Harvey will be told, in simple words, that Daddy has died and cannot come back":
        // what someone is told is the words of one demand ("told that" is in the list).
        let told = |j: usize| {
            matches!(
                s.text.word(j),
                "told"
                    | "tell"
                    | "tells"
                    | "explain"
                    | "explains"
                    | "explained"
                    | "know"
                    | "knows"
                    | "learn"
                    | "learns"
            )
        };
        if w == "that" && toks[i].has(BARRIER_BEFORE) && (has_verb || count > 0) && spelled_out == 0 {
            // In the sentence so far, at most 12 words back: "told" is often a clause before.
            let from =
                (i.saturating_sub(12)..i).rev().find(|&j| toks[j].has(SENT_START)).unwrap_or(i.saturating_sub(12));
            if (from..i).any(told) {
                spelled_out = COLON;
                i += 1;
                continue;
            }
        }
        if spelled_out != 0 {
            i += 1;
            continue;
        }
        if i > 0 && toks[i].has(BARRIER_BEFORE) {
            let instead =
                negated && toks[i].has(SEMI_BEFORE) && PRONOUNS.contains(&w) && s.text.word_or_none(i + 1) == "will";
            count += usize::from(has_verb && !instead);
            (has_verb, negated) = (false, false);
            // A bracket is inside an item ("rubella (MMR) jab"), unless a comma follows it
            // ("the dentist (Mr Patel), the eczema clinic").
            let (lo, hi) = (s.text.range(i - 1).end, s.text.range(i).start);
            let bracket = toks[i].has(IN_PAREN) || toks[i - 1].has(IN_PAREN) && !s.text.orig[lo..hi].contains(',');
            if !bracket {
                list.close(i, &s.text);
            }
            // "praise him with a sticker, not tell him off": the same demand put the
            // other way; "Harvey is up, washed, dressed and …": one word between commas,
            // a state of the same routine.
            let state = w.ends_with("ed")
                && (toks.get(i + 1).map_or(true, |t| t.has(BARRIER_BEFORE)) || s.is(i + 1, cat::SEPARATOR));
            // "… so that she understands what has happened, what the school is doing and
            // what Abdi has been watching": each "what" goes on with what she understands.
            let what = matches!(w, "what" | "how" | "why") && !toks[i].has(SENT_START);
            contrast = !toks[i].has(SENT_START) && (w == "not" || state || what);
        }
        while separators.peek().is_some_and(|h| (h.start as usize) < i) {
            separators.next();
        }
        // "so she can get in and out": a condition's "and" joins no demands; nor does the
        // "also" of "will also" or "and also", which is one join at most.
        let joined = i > 0 && (s.text.word(i - 1) == "will" || s.is(i - 1, cat::SEPARATOR));
        // "she will be changed and dressed in clean clothes": two states of one routine.
        const CARE: [&str; 7] = ["changed", "dressed", "washed", "fed", "bathed", "showered", "clothed"];
        let states = i > 0 && CARE.contains(&s.text.word(i - 1)) && CARE.contains(&s.text.word_or_none(i + 1));
        if let Some(sep) =
            separators.peek().filter(|h| h.start as usize == i && !toks[i].has(IN_CONDITION) && !joined && !states)
        {
            count += usize::from(has_verb);
            // "…, what the school is doing and what Abdi has been watching": still what she
            // understands.
            let more = contrast && matches!(s.text.word_or_none(sep.end as usize), "what" | "how" | "why");
            (has_verb, contrast) = (false, more);
            list.close(i, &s.text);
            i = (sep.end as usize).max(i + 1);
            list.from = i;
            continue;
        }
        negated |= matches!(w, "not" | "never") && i > 0 && s.text.word(i - 1) == "will";
        // "When a flashback starts, …" says when, and is no demand of its own; nor is
        // what a bracket explains ("Shout (the free text line)").
        // "the signs of online extremism and the controls on his phone": after "the", a
        // thing, not a doing.
        // Nor after a number: "two sets of bedding".
        let thing = i > 0
            && (matches!(s.text.word(i - 1), "the" | "a" | "an" | "his" | "their" | "its")
                || (s.is(i - 1, cat::NUMBER) || toks[i - 1].has(DIGIT))
                    && !toks[i].has(BARRIER_BEFORE)
                    && !toks[i - 1].has(BARRIER_BEFORE));
        // "…, as Dr Ford's plan says": whose plan it is, not something more to do (an "as"
        // after a comma, in the same clause, at most four words before).
        let cited = matches!(w, "says" | "said" | "shows") && {
            let from = s.clause(i).0;
            from < i && from + 5 >= i && s.text.word(from) == "as" && toks[from].has(BARRIER_BEFORE)
        };
        has_verb |= toks[i].starts & DEMAND_VERB != 0
            && !toks[i].has(IN_CONDITION)
            && !toks[i].has(IN_PAREN)
            && !contrast
            && !thing
            && !cited;
        i += 1;
    }
    add_load(&mut loads, whose, count + usize::from(has_verb));
    let all: usize = loads.iter().map(|l| l.1).sum();
    let most = loads.iter().map(|l| l.1).max().unwrap_or(0);
    let count = if all > 2 * c.settings.max_demands { all } else { most };
    list.close(toks.len(), &s.text);
    if list.longest > c.settings.max_list_items {
        count.max(list.longest)
    } else {
        count
    }
}

/// Does the sentence starting at `i` only say what something already named is? It starts
/// "This", "These" or "It" ("This letter sets out the law and is often called …"), or with
/// a name the outcome has just used (in the 40 words before) and "is" or "are" ("The High
/// Commission is the UK's embassy there"); and it asks nothing ("will", "must", "to",
/// "should", "means") of anyone it names.
fn aside(s: &Scanned, i: usize) -> bool {
    let toks = &s.text.toks;
    let end = s.sentence_end(i);
    // Nor one about someone ("This means Mum cooks a hot meal each night, keeps …").
    let asks = (i..end).any(|j| {
        matches!(s.text.word(j), "will" | "must" | "should" | "to" | "can" | "needs" | "means" | "mean")
            || s.is(j, cat::SUBJECT)
            || s.is(j, cat::TITLE)
    });
    if asks {
        return false;
    }
    let first = if s.text.word(i) == "the" { i + 1 } else { i };
    let mut j = first;
    while j < end && toks[j].has(CAP) && !toks[j].has(ALL_CAPS) {
        j += 1;
    }
    let named = j > first
        && matches!(s.text.word_or_none(j), "is" | "are")
        && (first..j).all(|k| (i.saturating_sub(40)..i).any(|e| s.text.word(e) == s.text.word(k)));
    matches!(s.text.word(i), "this" | "these" | "it") || named
}

/// Which words are inside short quotes (at most eight words) that hold a comma: "his 'stop,
/// walk, tell' card". A quote opens after a space or a bracket and closes straight after a
/// word; an apostrophe inside a word ("doesn't") or after one ("the parents' evening", with
/// no quote open) is neither.
fn quoted(t: &Text<'_>) -> Vec<bool> {
    const QUOTES: [char; 6] = ['\'', '‘', '’', '"', '“', '”'];
    let n = t.toks.len();
    let mut out = vec![false; n];
    let gap = |i: usize| {
        let lo = if i == 0 { 0 } else { t.range(i - 1).end };
        &t.orig[lo..t.range(i).start]
    };
    let mut i = 0;
    while i < n {
        let g = gap(i);
        let opens = g.ends_with(QUOTES) && {
            let before = g.trim_end_matches(QUOTES);
            before.is_empty() && i == 0 || before.ends_with(|c: char| c.is_whitespace() || c == '(')
        };
        // The quote closes straight after a word, within eight words.
        let close = opens.then(|| (i + 1..n.min(i + 9)).find(|&j| gap(j).starts_with(QUOTES))).flatten();
        // Only a name made of a list ("'stop, walk, tell'"): quoted demands are still
        // demands ("'stop hitting', 'go to school every day', …").
        let close = close.filter(|&j| (i + 1..j).any(|k| gap(k).contains(',')));
        match close {
            Some(j) => {
                out[i..j].iter_mut().for_each(|q| *q = true);
                i = j;
            }
            None => i += 1,
        }
    }
    out
}

/// Whose load the demands of an "If …" sentence are: no word is this.
const CONTINGENCY: &str = " if";

/// Adds `n` demands to `who`'s.
fn add_load<'a>(loads: &mut Vec<(&'a str, usize)>, who: &'a str, n: usize) {
    match loads.iter_mut().find(|l| l.0 == who) {
        Some(l) => l.1 += n,
        None => loads.push((who, n)),
    }
}

/// The longest list in a description, in items: a run of short stretches (at most
/// `ITEM_WORDS` words) between commas and "and"s, after one of any length ("Mum will go to
/// a parenting course, a baby group, college, …"). A longer stretch starts a new run, so a
/// long sentence with many commas ("…every time Daisy has a seizure, with the time, what
/// happened before, how long it lasted and what she did, in the seizure diary the nurse
/// gave her") is not counted as one list of all its parts. Things to get are one demand,
/// not a list of them: "get together the cot, mattress, bedding, bottles, …" is getting
/// the home ready for the baby, and readers said splitting it into ten outcomes would make
/// a worse plan.
#[derive(Default)]
struct List {
    items: usize,
    longest: usize,
    /// Where the item being read began.
    from: usize,
    /// The run's items since "get", "buy" or "gather" are the things to get.
    things: bool,
}

impl List {
    /// The words an item of a list has at most, after the first.
    const ITEM_WORDS: usize = 5;
    /// Verbs whose list is of things to get, not of things to do ("gets", "buying").
    const GET: [&'static str; 3] = ["get", "buy", "gather"];

    /// The item being read ends at `at`. A name on its own says who, and is no item: "her
    /// son, Gary, and her neighbour, Ken, in her phone".
    fn close(&mut self, at: usize, text: &Text<'_>) {
        let toks = &text.toks;
        let words = at.saturating_sub(self.from);
        let name = words == 1 && toks.get(self.from).is_some_and(|t| t.unlisted_capital() && !t.has(ALL_CAPS));
        let item = self.from..at.min(toks.len());
        // Something to do, not to get, ends the things: "…, nappies and a car seat, and
        // clean the flat".
        if words > Self::ITEM_WORDS || item.clone().any(|j| toks[j].starts & DEMAND_VERB != 0) {
            self.things = false;
        }
        if words > Self::ITEM_WORDS {
            self.items = 1;
        } else if words > 0 && !name && !self.things {
            self.items += 1;
        }
        // "Get" or "buy" straight before what is got: not "get Leo to nursery, the GP, …",
        // "get up", "get help".
        self.things |= item.clone().any(|j| Self::GET.iter().any(|g| text.word(j).starts_with(g)))
            && !item.clone().any(|j| matches!(text.word(j), "to" | "up" | "help" | "back" | "in" | "out"));
        self.longest = self.longest.max(self.items);
        self.from = at;
    }
}
