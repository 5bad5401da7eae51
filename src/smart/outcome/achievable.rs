//! A: not too many demands, no perfection, no wait or course longer than the time, no scarce
//! service depended on, nothing the family's or a person's circumstances rule out, and time
//! to do it before it is due.

use super::{letter, path, One};
use crate::report::{Finding, LetterVerdict, Severity};
use crate::rules::template::V;
use crate::smart::assess::{self, Scanned, WaitIn};
use crate::smart::data::{cat, Limit};
use crate::smart::text::Hit;
use crate::smart::{rewrite, text};
use crate::util::action_path;
use chrono::Datelike;

/// The one person a family word names, whichever word is used: "mother" and "Mum".
pub(super) fn kin(w: &str) -> Option<&'static str> {
    Some(match w {
        "mum" | "mother" | "mummy" | "mam" | "mom" => "mum",
        "dad" | "father" | "daddy" => "dad",
        "stepdad" | "stepfather" => "stepdad",
        "stepmum" | "stepmother" => "stepmum",
        "nan" | "nana" | "nanny" | "gran" | "granny" | "grandma" | "grandmother" => "nan",
        "grandad" | "grandpa" | "grandfather" => "grandad",
        _ => return None,
    })
}

/// Do two words name the same person: the same word, or family words for one person.
pub(super) fn same(w: &str, x: &str) -> bool {
    w == x || kin(w).is_some() && kin(w) == kin(x)
}

impl<'p> One<'_, 'p> {
    pub(super) fn achievable(&self, findings: &mut Vec<Finding>) -> LetterVerdict {
        let (c, w, i) = (self.env.c, self.env.w, self.i);
        let scarce = self.scarce_mention();
        let demands = assess::demands(c, &self.desc);
        let mut verdict = w.demand_reasons(demands, scarce.as_ref().map(|(s, _)| *s));
        const A: &str = "smart.achievable";
        if let Some((clause, days, from)) = self.long_wait() {
            let date = V::D(self.o.target_date.unwrap_or_default());
            // Rounded up: a 30-week course is "about 30 weeks".
            let weeks = V::N(usize::try_from((days + 6) / 7).unwrap_or(0));
            // (Cut short: a clause of a long pasted text is not quoted whole.)
            let clause = crate::smart::wording::short(&clause, 160);
            let vars = [("wait", V::S(&clause)), ("date", date), ("weeks", weeks)];
            // A course longer than the time left is no wait for something the family cannot
            // get: the outcome asks for too much at once, and says so in its own words.
            let (reason, group, key) = match from {
                WaitIn::Outcome => ("achievableWaitOwn", "achievableWait", "messageOwn"),
                WaitIn::Need { .. } => ("achievableWait", "achievableWait", "message"),
                WaitIn::NeedCourse => ("achievableCourse", "achievableCourse", "message"),
            };
            w.unmet(&mut verdict, reason, &vars);
            // No outcome offered for the meantime: "on the waiting list by the review" was
            // already true for most families whose need states the wait (readers: 13 of 23
            // unusable), and what helps while they wait is the family's own.
            self.flag(findings, Severity::Warning, A, path(i, "targetDate"), group, key, &vars);
        }
        // In each field that asks for it, so that mending the description does not bring
        // up the measure's "100% attendance" next.
        let mut reason = true;
        for (s, field) in [(&self.desc, "description"), (&self.meas, "measure")] {
            let Some(term) = assess::perfection(s, field == "measure") else { continue };
            if std::mem::take(&mut reason) {
                w.unmet(&mut verdict, "achievablePerfect", &[("term", V::S(term))]);
            }
            // No outcome offered, only what to ask for: "never" made an allowed amount set, in a
            // plan the family reads, how often a child may be hurt or shouted at ("Kian will
            // hit his sister no more than once a week"; readers of readings 7 and 8), and a
            // topic's stock outcome kept the fault ("clean, warm and safe at every visit" for
            // "from now on", reading 8).
            let vars = [("term", V::S(term))];
            self.flag(findings, Severity::Warning, A, path(i, field), "achievablePerfect", "message", &vars);
        }
        if let Some((term, days, debt)) = self.too_soon() {
            let date = V::D(self.o.target_date.unwrap_or_default());
            let (reason, key) = if debt { ("achievableDebt", "messageDebt") } else { ("achievableTooSoon", "message") };
            // No topic's whole change offered as the first step the hint asks for: "a negative
            // test at every weekly appointment" was, to a mother who has had fits when she
            // stopped drinking. A debt keeps its pattern, if it fits (paying the rent).
            let first = if debt { self.whole.clone() } else { String::new() };
            let vars = [("term", V::S(term)), ("days", V::N(days)), ("date", date), ("rewrite", V::S(&first))];
            w.unmet(&mut verdict, reason, &vars);
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableTooSoon", key, &vars);
        }
        if let Some((limit, l)) = self.ruled_out() {
            let instead = rewrite::capitalised(&l.rewrite.render(&[], &[("who", V::S(&self.who))]));
            let vars = [("limit", V::S(limit)), ("why", V::S(&l.why)), ("rewrite", V::S(&instead))];
            w.unmet(&mut verdict, "achievableLimit", &vars);
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableLimit", "message", &vars);
        }
        if let Some((have, why)) = self.costs_more() {
            let vars = [("limit", V::S(have)), ("why", V::S(&why)), ("rewrite", V::S(""))];
            w.unmet(&mut verdict, "achievableLimit", &vars);
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableLimit", "message", &vars);
        }
        if let Some((limit, why)) = self.grade_leap() {
            let vars = [("limit", V::S(limit)), ("why", V::S(&why)), ("rewrite", V::S(""))];
            w.unmet(&mut verdict, "achievableLimit", &vars);
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableLimit", "message", &vars);
        }
        if let Some(term) = self.before_results() {
            let date = V::D(self.o.target_date.unwrap_or_default());
            let vars = [("term", V::S(term)), ("date", date), ("rewrite", V::S(""))];
            w.unmet(&mut verdict, "achievableResults", &vars);
            self.flag(
                findings,
                Severity::Warning,
                A,
                path(i, "targetDate"),
                "achievableTooSoon",
                "messageResults",
                &vars,
            );
        }
        if let Some((service, at)) = scarce {
            let vars = [("service", V::S(service))];
            self.flag(findings, Severity::Warning, A, at, "achievableScarce", "message", &vars);
        }
        let max = c.settings.max_demands;
        if demands > max {
            let vars = [("count", V::N(demands)), ("max", V::N(max))];
            self.flag(findings, Severity::Warning, A, path(i, "description"), "achievableTooMany", "message", &vars);
        }
        letter("A", verdict)
    }

    /// A complete change asked for in too little time: "fully toilet trained" in a week,
    /// "off methadone altogether" in three (counted from today, or from the plan's start if
    /// later), or a change that takes months in a few weeks ("moves to a new council house",
    /// "passes her driving test"); or a large debt all paid off ("pays off all £8,000 of the
    /// arrears") with no amount a week or a month to pay it by. Returns the words, the days
    /// left and whether it is the debt.
    fn too_soon(&self) -> Option<(&'p str, usize, bool)> {
        let (c, ctx, target) = (self.env.c, self.env.ctx, self.o.target_date?);
        let from = ctx.today.max(ctx.plan_start)?;
        let days = (target - from).num_days();
        if days < 1 {
            return None;
        }
        let desc = &self.desc;
        // "Back at school full time by 18 December, adding an hour a day each week".
        let gradual = desc.said(cat::GRADUAL).next().is_some();
        // Not "Ruby will not walk on her own near the main road"; nor a thing's state: "the
        // window opens fully", "the extension lead is fully unwound" (but "Mum is fully open
        // with her worker" is a big change).
        const OPENS: [&str; 8] = ["open", "opens", "opened", "shut", "shuts", "close", "closes", "closed"];
        const DONE: [&str; 6] = ["unwound", "uncoiled", "charged", "closed", "opened", "locked"];
        let state = |h: &Hit| {
            let i = h.start as usize;
            desc.text.word(i) == "fully"
                && (i > 0 && OPENS.contains(&desc.text.word(i - 1)) || DONE.contains(&desc.text.word_or_none(i + 1)))
        };
        let within = |kind, max_days| {
            desc.said(kind)
                .find(|h| !desc.denied(h.start as usize, &[]) && !state(h))
                .filter(|_| days <= max_days && !gradual)
        };
        let hit = within(cat::COMPLETE, c.settings.complete_change_days)
            .or_else(|| within(cat::BIG_CHANGE, c.settings.big_change_days));
        if let Some(h) = hit {
            return Some((desc.span(h), days as usize, false));
        }
        // "£50 a month towards the £8,000": a repayment plan, which is achievable; "clears
        // the garden and saves £1,000" is no debt.
        let named = |c: u8| desc.said(c).next().is_some();
        if !named(cat::PAY_OFF) || !named(cat::DEBT) || desc.of(cat::QUANTITY).next().is_some() {
            return None;
        }
        // "Agree a plan to pay off the rent arrears", "apply for a grant to clear the
        // arrears": the plan or the application is what is asked; "cleared by the
        // Discretionary Housing Payment": someone else pays.
        // (A few words before it, in its clause: not "stick to her payment plan and clear the
        // arrears".)
        let planned = desc.said(cat::PAY_OFF).all(|h| {
            let i = h.start as usize;
            let near = desc.clause(i).0.max(i.saturating_sub(8))..i;
            near.into_iter().any(|j| {
                let w = desc.text.word(j);
                matches!(w, "plan" | "arrangement" | "agreement") || w.starts_with("appl")
            })
        });
        // (In its sentence.)
        const PAYERS: [&str; 8] =
            ["grant", "fund", "charity", "dhp", "discretionary", "insurance", "payout", "inheritance"];
        // (Found once: a long pasted sentence is not read again for each "pay off" in it.)
        let payers: Vec<usize> = (0..desc.text.toks.len()).filter(|&j| PAYERS.contains(&desc.text.word(j))).collect();
        let paid = desc.said(cat::PAY_OFF).any(|h| {
            let i = h.start as usize;
            let from = payers.partition_point(|&j| j < desc.sentence_start(i));
            payers.get(from).is_some_and(|&j| j < desc.sentence_end(i))
        });
        if planned || paid {
            return None;
        }
        // "Jon will pay off all his debts", where the need says how much they are ("£11,000
        // of debt on credit cards").
        let (amount, shown) =
            assess::largest_sum(desc).or_else(|| self.needs.iter().filter_map(assess::largest_debt).max())?;
        (amount >= c.settings.large_debt_pounds).then_some((shown, days as usize, true))
    }

    /// What the family's circumstances, as a linked need states them, rule out and the
    /// outcome asks for: "no recourse to public funds" and "claims Universal Credit"; "Dad
    /// is in prison" and "Dad will do bedtime at home" (a person's limit, for an outcome
    /// that names them, unless it says another way: "on the prison phone"). The need's
    /// words and why (`limits` in data/smart.json).
    fn ruled_out(&self) -> Option<(&'p str, &'p Limit)> {
        if let Some(young) = self
            .too_young()
            .or_else(|| self.at_work())
            .or_else(|| self.away_until())
            .or_else(|| self.outside_ages())
            .or_else(|| self.last_trip())
        {
            return Some(young);
        }
        let (c, desc, child) = (self.env.c, &self.desc, self.env.child);
        // Nothing to rule out when no need it answers states a limit.
        if self.needs.iter().all(|n| n.of(cat::LIMIT_NEED).next().is_none()) {
            return None;
        }
        // What the outcome asks that a limit rules out (not "will not look for paid work
        // until the claim is decided"), and whom each is about, found once: the people named
        // before it in its clause ("Filip will see Dad at home" is Dad's too; "…, and Kayden
        // will have a dry bed at home" only Kayden's), else the nearest one before it ("Mum
        // will take letters to Nan, who will fill in the forms" is Nan's); "" if nobody is.
        let mut asks: Vec<(u16, &str)> = Vec::new();
        // The first 64 asks are plenty for an outcome a person wrote; a pasted essay with
        // thousands would be looked through again for each (each looks back through its
        // sentence).
        for h in desc.said(cat::LIMIT_OUTCOME).filter(|h| !desc.denied(h.start as usize, &[])).take(64) {
            let at = h.start as usize;
            let (from, _) = desc.clause(at);
            let mut people = desc.people_before(at, child).peekable();
            let nearest = people.peek().copied();
            // Each person once per limit: an outcome that asks the same of the same people
            // a thousand times is still one list to look through.
            let mut add = |who| {
                if !asks.contains(&(h.id, who)) {
                    asks.push((h.id, who));
                }
            };
            // Whose family the words start with: "Mum's sister looks after Sara" is Mum's
            // family's help ("Mum's parents will collect Kai" is no help from Dad's family).
            if desc.someone(at) && desc.text.toks[at].has(text::POSSESSIVE) {
                add(desc.text.word(at));
                continue;
            }
            let mut found = false;
            for j in people.take_while(|&j| j >= from) {
                found = true;
                add(desc.text.word(j));
            }
            if !found {
                add(nearest.map_or("", |j| desc.text.word(j)));
                // "Dad (Steven) will walk the dog", "Nan (Sue Hall) will", "Dad, Steven, will":
                // the name closed off before the ask is Dad's (`named_beside`); not "Foster Mum
                // (Sarah)", who is someone else, nor "Mum (Jo)" where a need names another Mum
                // in brackets ("Mother (Kate) is in hospital"): then the names are compared.
                let beside = nearest.and_then(|j| desc.named_beside(j).filter(|&k| k < j).map(|k| (k, j)));
                if let Some((k, j)) = beside.filter(|&(k, _)| desc.is(k, cat::SUBJECT)) {
                    let word = desc.text.word(k);
                    let other = k > 0 && matches!(desc.text.word(k - 1), "foster" | "other");
                    // Another name: the need gives this family word a name that is not one
                    // of the outcome's name's words.
                    let renamed = |n: &Scanned| {
                        let t = &n.text;
                        let another = |i: usize| !(k + 1..=j).any(|x| desc.text.word(x) == t.word(i));
                        // Not "Her mother (Sue)", "Dad's mother (Sue)": someone else's.
                        let theirs = |m: usize| {
                            m > 0
                                && (t.toks[m - 1].has(text::POSSESSIVE)
                                    || matches!(t.word(m - 1), "his" | "her" | "their"))
                        };
                        (0..t.toks.len()).any(|i| {
                            n.named_beside(i).is_some_and(|m| m < i && same(t.word(m), word) && !theirs(m))
                                && another(i)
                        })
                    };
                    if !other && !self.needs.iter().any(renamed) {
                        add(word);
                    }
                }
            }
        }
        // What takes limit `id` back, not denied ("no longer", not "no part-time work").
        fn unless<'s>(s: &'s Scanned, id: u16) -> impl Iterator<Item = &'s Hit> + 's {
            s.of(cat::LIMIT_UNLESS).filter(move |h| h.id == id && !s.denied(h.start as usize, &["no", "without"]))
        }
        // "Mum, who is British": a family's limit ("no recourse to public funds") is someone
        // else's in the family when anything said of anyone takes it back; not "does not have
        // settled status", "has no right to work".
        let exempt = |id: u16| {
            let family = c.limits.get(id as usize).is_some_and(|l| !l.person);
            let another_way = desc.of(cat::LIMIT_INSTEAD).any(|h| h.id == id);
            another_way
                || [desc, &self.meas].into_iter().any(|s| unless(s, id).next().is_some())
                || family && self.needs.iter().any(|s| unless(s, id).next().is_some())
        };
        // The limits asked of, and not exempt, each looked at once (a need pasted long
        // states the same limit many times).
        let mut open: Vec<u16> = Vec::new();
        for &(id, _) in &asks {
            if !open.contains(&id) && !exempt(id) {
                open.push(id);
            }
        }
        // A limit of one person's ("Dad is in prison", "Mum cannot read") holds only for an
        // outcome that asks it of them: "Mum will do the school run" is no concern of Dad's.
        let concerns_them = |need: &Scanned, h: &Hit| {
            let Some(limit) = c.limits.get(h.id as usize) else { return false };
            if !limit.person {
                return true;
            }
            let mut named = need.people_before(h.start as usize, child);
            let at = h.start as usize;
            // Whose it is, just before or inside it: "Mum's licence was revoked", "Mum's full
            // driving licence …", "the DVLA has revoked Mum's licence"; not "Dad's partner
            // works nights": the partner's.
            let whose = |j: &usize| {
                need.someone(*j) && need.text.toks[*j].has(text::POSSESSIVE) && !(*j + 1..at).any(|k| need.someone(k))
            };
            // A person word the words start with: "Mum cannot read.", "her mum cannot read."
            let Some(p) = Some(at)
                .filter(|&j| need.someone(j))
                .or_else(|| (at.saturating_sub(2).max(need.clause(at).0)..h.end as usize).find(whose))
                .or_else(|| need.clause_pronoun(at, child))
                // Not whoever told them: "Mum has told her not to lift her school bag".
                .or_else(|| need.told_object(at).is_none().then(|| named.next()).flatten())
                .or_else(|| need.sentence_pronoun(at, child))
            else {
                return false;
            };
            // "The family have no car", "the parents cannot read", "his parents cannot read the
            // posts": everyone's.
            // Not "the family support worker", "Mum's parents", "his foster parents".
            let everyone = matches!(need.text.word(p), "family" | "parents")
                && !need.is(p, cat::ROLE)
                && matches!(
                    need.text.word_or_none(p.wrapping_sub(1)),
                    "the" | "our" | "their" | "whole" | "both" | "his" | "her"
                );
            if everyone {
                return true;
            }
            // "Mehreen's mother is in hospital" and "Mum will take Mehreen": one person; not
            // "Dad's mother", who is a grandmother.
            let toks = &need.text.toks;
            let of_kin = p > 0 && toks[p - 1].has(text::POSSESSIVE) && need.is(p - 1, cat::TITLE);
            // A name and who they are, one person (`named_beside`): "Kayden's dad, Lee, is in
            // prison", "Dad (Lee, 34)", "Dad Omar (36)"; or "Nan, Mum's mother, is …".
            let q = if of_kin {
                let closed = toks.get(p + 1).is_some_and(|t| t.has(text::BARRIER_BEFORE));
                named.find(|&q| q + 2 == p).filter(|_| toks[p - 1].has(text::BARRIER_BEFORE) && closed)
            } else {
                need.other_half(p)
            };
            // Of "Dad's mum" only her name, if it is given, is compared: the outcome's "Mum" is
            // someone else ("Dad's partner" is still the partner).
            // A name of more than one word is any of its words: "Nan (Sue Hall)" and "Sue will".
            let in_name = |w: &str| !of_kin && q.is_some_and(|q| (q + 1..p).any(|x| need.text.word(x) == w));
            // "Scared Dad will be sent to a removal centre", "Mum is anxious that Dad will be
            // remanded", "Dad is worried he could go to prison": a fear, said before it in its
            // clause, that it will happen to the one it is about (`cat::FEAR`). Not "worried
            // that Dad, who is serving a sentence, will lose touch", nor a child's worry about
            // something else.
            let fears_it = |u: &Hit| {
                let (from, to) = (u.start as usize, u.end as usize);
                if from >= at || need.clause(at).0 > from {
                    return false;
                }
                let word = |j: usize| need.text.word(j);
                // Being sent, taken or held: "sent", "taken", "put", "go", "locked" and the
                // like, and the court or the Home Office doing it ("will send Dad").
                let sending = |j: usize| {
                    matches!(
                        word(j),
                        "sent"
                            | "send"
                            | "recalled"
                            | "remanded"
                            | "taken"
                            | "take"
                            | "put"
                            | "go"
                            | "back"
                            | "locked"
                            | "lock"
                            | "held"
                            | "hold"
                            | "detained"
                            | "detain"
                            | "jailed"
                            | "jail"
                    )
                };
                // Of them: named in the fear's words ("scared Dad will"), just after them
                // ("worried that his dad could", "worried the court will send Dad"), or fearing it
                // themselves, then "he" or "she" ("Dad is worried he will be sent"; not "Dad is
                // worried Mum will").
                let after = p >= to
                    && (to..p).all(|j| matches!(word(j), "that" | "his" | "her" | "their" | "the") || sending(j));
                let pronoun = |j: usize| matches!(word(j), "he" | "she" | "they");
                let themselves = p < from
                    && need.clause(p).0 == need.clause(from).0
                    && !(p + 1..from).any(|j| need.someone(j))
                    && (from + 1..to).chain([to]).find(|&j| word(j) != "that").is_some_and(pronoun);
                let start = p.max(from);
                let ahead =
                    (start + 1..at).any(|j| matches!(word(j), "will" | "could" | "might" | "may" | "would" | "being"));
                // Not "worried that Dad will be in prison when Leo starts high school, as he is on
                // remand": a reason said after it is no fear.
                let apart = (start + 1..at).any(|j| matches!(word(j), "as" | "because" | "since" | "who" | "which"));
                // Feared to be sent there, not feared for while there: "will be remanded", "will
                // be sent to prison", "could go back to prison", "will be put in immigration
                // detention"; not "will be lonely in prison", "will go downhill in prison", "will
                // be locked in his cell all day at HMP Manchester", "will be moved to a prison in
                // Scotland".
                let direct = matches!(
                    word(at),
                    "remanded" | "recalled" | "jailed" | "detained" | "deported" | "barred" | "banned"
                );
                let to_it = matches!(word(at), "to" | "into") || at > 0 && matches!(word(at - 1), "to" | "into");
                let near = (at.saturating_sub(3).max(start + 1)..at).any(sending);
                let sent = direct || to_it && near || at > start + 1 && sending(at - 1);
                let there = (start + 1..at).any(|j| matches!(word(j), "still" | "stay" | "while" | "when" | "moved"));
                (from < p && p < to || after || themselves) && ahead && !apart && sent && !there
            };
            let (p, q) = (need.text.word(p), q.map(|q| need.text.word(q)));
            let them =
                |w: &str| (!of_kin || kin(p).is_none()) && same(w, p) || q.is_some_and(|q| same(w, q)) || in_name(w);
            // Taken back by what the need says of them, or of nobody named: "Dad works 12 hour
            // shifts, only at weekends", "…. He is now part-time"; not "Dad works 12 hour
            // shifts and Tyler sees Nan only at weekends", "Mum no longer works nights, but Dad
            // works …", nor what is said of the child ("Kai spent 6 days in intensive care",
            // with "Dad is serving a 6-year sentence"). The first 16 are plenty.
            let feared = need.of(cat::FEAR).take(16).any(fears_it);
            let taken_back = feared
                || unless(need, h.id).take(16).any(|u| {
                    let at = u.start as usize;
                    // The nearest one named before it; the child only with no "he", "she" or
                    // "who" between ("Now that Tyler has started school, he has moved to day
                    // shifts" is Dad's; "Mia was abused by a neighbour, who has been released"
                    // the neighbour's).
                    let pronoun =
                        |j: usize| (j + 1..at).any(|k| matches!(need.text.word(k), "he" | "she" | "they" | "who"));
                    let from = need.sentence_start(at);
                    let the_child =
                        child.and_then(|c| (from..at).rev().find(|&j| need.text.word(j) == c)).filter(|&j| !pronoun(j));
                    let other = need.people_before(at, None).find(|&j| Some(need.text.word(j)) != child);
                    match (the_child, other) {
                        (Some(c), Some(o)) if c > o => false,
                        (Some(_), None) => false,
                        (_, Some(o)) => them(need.text.word(o)),
                        (None, None) => true,
                    }
                });
            let mut mine = asks.iter().filter(|a| a.0 == h.id);
            !taken_back && (mine.clone().any(|&(_, w)| them(w)) || mine.any(|a| a.1.is_empty()) && desc.has_word(p))
        };
        // "Dad will be deployed to Estonia from April": no limit on what is done by March.
        let (today, target) = (self.env.ctx.today, self.o.target_date);
        let later = |need: &Scanned, h: &Hit| {
            let begins = today.and_then(|today| assess::begins(need, h.start as usize, today));
            begins.zip(target).is_some_and(|(begins, target)| begins > target)
        };
        // The first 64 times a need states a limit asked of are plenty, as for the asks: each
        // looks back through its sentence for whose it is.
        self.needs.iter().find_map(|need| {
            let mut stated = need.of(cat::LIMIT_NEED).filter(|h| open.contains(&h.id)).take(64);
            let h = stated.find(|h| concerns_them(need, h) && !later(need, h))?;
            Some((need.span(h), c.limits.get(h.id as usize)?))
        })
    }

    /// More to pay each week than a need says the family has left: "Mum has about £30 a
    /// week left after bills" and "Mum will pay a private dog behaviourist £85 a session to
    /// come every week", or two weekly classes at £9 and £8 a session against £12 a week.
    /// Only what the person whose money it is pays ("Dad will pay £40 a week" is not Mum's
    /// £30), after a word for paying; not money coming in, kept or stopped ("claim Carer's
    /// Allowance of £81 a week", "leaves at least £50 a week", "stop paying £40 a week"),
    /// nor what a grant, a fund or a scheme pays. The need's words, and what the outcome
    /// asks, each sum in its words ("“£9 a session” and “£8 a session”").
    fn costs_more(&self) -> Option<(&'p str, String)> {
        let (desc, child) = (&self.desc, self.env.child);
        let t = &desc.text;
        if [desc, &self.meas].iter().any(|s| s.of(cat::PAID_BY).next().is_some()) {
            return None;
        }
        // Whose a sum at token `i` is: the grown-up its clause names first, else its
        // sentence ("Dad will pay Mum £40 a week" is Dad's; "Mum has £30 a week spare; Dad
        // has £80 a week left", each their own), and the name given beside them ("Mum
        // (Stacey) will pay", "Mum Becca has").
        fn whose<'a>(s: &'a Scanned<'a>, i: usize, child: Option<&'a str>) -> Vec<&'a str> {
            let from = s.clause(i).0;
            let grown: Vec<usize> = s.people_before(i, child).filter(|&j| Some(s.text.word(j)) != child).collect();
            // Not someone the clause speaks of: "Nan (Pat) cares for the twins and has no money
            // to spare" is Nan's.
            let object = |j: usize| j > 0 && matches!(s.text.word(j - 1), "the" | "for" | "with" | "to");
            // "sees his mum, who has no money to spare": the one "who" is said of.
            let who = || grown.iter().find(|&&j| j < from).filter(|_| s.text.word(from) == "who");
            let p = grown.iter().rev().find(|&&j| j >= from && !object(j)).or_else(who).or(grown.last()).copied();
            p.into_iter().chain(p.and_then(|p| s.other_half(p))).map(|j| s.text.word(j)).collect()
        }
        // A session's price is a week's when the outcome says it is weekly ("every week",
        // "twice a week").
        let weekly = (1..t.toks.len())
            .any(|j| t.word(j) == "weekly" || t.word(j) == "week" && matches!(t.word(j - 1), "every" | "each"));
        // How many sessions a week: "twice a week", "three sessions a week", "five days a
        // week", "every day" (a school week). ("Twice a week" makes a session's price weekly.)
        let per_week = (1..t.toks.len())
            .filter_map(|j| {
                let (w, next) = (t.word(j), t.word_or_none(j + 1));
                let times = |k: usize| match t.word(k) {
                    "twice" => Some(2),
                    "two" => Some(2),
                    "three" => Some(3),
                    "four" => Some(4),
                    "five" => Some(5),
                    n => assess::whole_number(n, 1).filter(|n| (2..=7).contains(n)).map(i64::from),
                };
                match (w, next) {
                    ("twice", "a" | "each" | "per") => Some(2),
                    (
                        "times" | "sessions" | "days" | "lessons" | "evenings" | "mornings" | "nights",
                        "a" | "each" | "per",
                    ) if t.word_or_none(j + 2) == "week" => times(j - 1),
                    ("every" | "each", "day" | "weekday") => Some(5),
                    ("every" | "each", "school") if t.word_or_none(j + 2) == "day" => Some(5),
                    _ => None,
                }
            })
            .max()
            .unwrap_or(1);
        let (mut cost, mut shown, mut payer) = (0, Vec::new(), Vec::new());
        // Past a bracket: "Dad will pay his sister (Tina) £50 a week"; and from before one
        // the sum is in: "riding lessons at Sandy Lane Stables (£35 a lesson)".
        let clause_from = |i: usize| {
            let mut from = desc.clause(i).0;
            if t.toks[i].has(text::IN_PAREN) && from > 0 {
                from = desc.clause(from - 1).0;
            }
            if from > 0 && t.toks[from - 1].has(text::IN_PAREN) {
                let b = (0..from).rev().find(|&k| !t.toks[k].has(text::IN_PAREN)).unwrap_or(0);
                return desc.clause(b).0;
            }
            from
        };
        // No grown-up named, but the child: "Louie will pay Nan back £3 a week from his paper
        // round" is his money, not the family's.
        // Nor a school's or a club's: "with the school paying the £3 a day charge".
        const BODIES: [&str; 8] = ["school", "nursery", "college", "council", "club", "charity", "trust", "hub"];
        let whose_or_child = |i: usize| {
            let grown = whose(desc, i, child);
            match child {
                Some(name)
                    if t.word(desc.sentence_start(i)) == name
                        && desc.people_in(desc.clause(i).0, i, child).all(|j| t.word(j) == name) =>
                {
                    vec![name]
                }
                _ => grown,
            }
        };
        let by_body = |from: usize, i: usize| {
            (from.max(1)..i).any(|j| matches!(t.word(j), "pay" | "pays" | "paying") && BODIES.contains(&t.word(j - 1)))
        };
        for (a_week, at, i, end, by_week) in assess::sums_a_week(desc).take(8) {
            let from = clause_from(i);
            // (Or a price: "at £35 a lesson", "a tutor for £40 an hour", "riding lessons at
            // Mill Farm (£35 a lesson)".)
            // (Not money coming in: "Child Benefit (£26 a week)".)
            let priced = t.toks[i].has(text::IN_PAREN)
                && i > 0
                && !t.toks[i - 1].has(text::IN_PAREN)
                && !matches!(t.word(i - 1), "benefit" | "allowance" | "credit" | "pension" | "support");
            let pays = (from..i).any(|j| desc.is(j, cat::PAYS))
                || priced
                || i > 0 && matches!(t.word(i - 1), "at" | "for")
                || desc.is(end, cat::PAYS);
            // (Or what it is for, after it: "£450 a month rent", "£45 a week child
            // maintenance"; not "from January".)
            let not_spent = (from..i).any(|j| desc.is(j, cat::NOT_SPENT) || desc.is(j, cat::NEGATION))
                || (end..end + 2).any(|j| desc.is(j, cat::NOT_SPENT) && t.word(j) != "from");
            let words = format!("“{}”", &t.orig[at..t.range(end - 1).end]);
            // The same sum said twice is paid once.
            // "£18 a day": five days a week unless the outcome says how many.
            let a_day = t.word(end - 1) == "day";
            let times = if per_week > 1 {
                per_week
            } else if a_day {
                5
            } else {
                1
            };
            let often = by_week || weekly || per_week > 1 || a_day;
            if pays && !not_spent && !by_body(from, i) && a_week > 0 && often && !shown.contains(&words) {
                cost += if by_week { a_week } else { a_week * times };
                shown.push(words);
                payer.extend(whose_or_child(i));
            }
        }
        // One sum to find by the target date: "Mum will pay the £350 for the residential",
        // "save £2,500 for a deposit", "the new uniform, costing about £95". Not one paid by
        // the week (above), nor one the outcome says is not spent ("spend no more than £20").
        let (mut once, mut once_shown) = (0, Vec::new());
        const SAVES: [&str; 4] = ["save", "saves", "saving", "costing"];
        for (n, at, i, k) in assess::sums(desc).take(8) {
            if matches!(t.word_or_none(k + 1), "a" | "an" | "per" | "each" | "weekly" | "monthly") {
                continue;
            }
            let mut from = clause_from(i);
            // A sum said beside what it buys: "will buy Tendai a winter coat and school shoes,
            // about £90, by 11 December".
            if from > 0
                && from < i
                && !t.toks[from].has(text::SENT_START)
                && (from..i).all(|j| matches!(t.word(j), "about" | "around" | "roughly" | "costing"))
            {
                from = desc.clause(from - 1).0;
            }
            // Not the whole of a debt paid by the week: "£5 a week towards the £600 arrears".
            let towards = (i.saturating_sub(3)..i).any(|j| matches!(t.word(j), "towards" | "off"))
                || (k + 1..(k + 3).min(t.toks.len())).any(|j| desc.is(j, cat::DEBT));
            if towards {
                continue;
            }
            let finds = (from..i).any(|j| desc.is(j, cat::PAYS) || SAVES.contains(&t.word(j)));
            let not_spent = (from..i)
                .any(|j| desc.is(j, cat::NEGATION) || desc.is(j, cat::NOT_SPENT) && !SAVES.contains(&t.word(j)));
            let words = format!("“{}”", &t.orig[at..t.range(k).end]);
            if finds && !not_spent && !by_body(from, i) && n > 0 && !once_shown.contains(&words) {
                once += n;
                once_shown.push(words);
                payer.extend(whose_or_child(i));
            }
        }
        if shown.is_empty() && once_shown.is_empty() {
            return None;
        }
        let ctx = self.env.ctx;
        let weeks = match (ctx.today.max(ctx.plan_start), self.o.target_date) {
            (Some(from), Some(to)) => ((to - from).num_days() / 7).max(1),
            _ => 0,
        };
        self.needs.iter().find_map(|n| {
            let w = |j: usize| n.text.word_or_none(j);
            // "£30 a week left", "£35 a week to spare", in the words right after the sum; "£20
            // a week for food" (all there is once the bills are paid); "lives on £40 a week".
            let left = |i: usize, end: usize| {
                let after = (end..end + 2)
                    .take_while(|&j| j < n.text.toks.len() && !n.text.toks[j].has(text::BARRIER_BEFORE))
                    .find(|&j| n.is(j, cat::MONEY_LEFT) && w(j + 1) != "to");
                let food = (w(end) == "for" && matches!(w(end + 1), "food" | "everything")).then_some(end + 1);
                let on = (i.saturating_sub(3)..i).rev().find(|&j| !matches!(w(j), "about" | "around" | "just"));
                let lives = on
                    .filter(|&j| j > 0 && w(j) == "on" && matches!(w(j - 1), "lives" | "live" | "living"))
                    .map(|_| end - 1);
                // "is left with £12 a week"; "gets £49.18 a week asylum support" (all there is).
                let left_with = on.filter(|&j| j > 0 && w(j) == "with" && w(j - 1) == "left").map(|_| end - 1);
                let support = on
                    .filter(|&j| matches!(w(j), "gets" | "receives"))
                    .and_then(|_| (end..end + 3).find(|&k| matches!(w(k), "support" | "allowance")));
                after.or(food).or(lives).or(left_with).or(support)
            };
            // Or none at all: "nothing left", "nothing spare", "no spare money", "no money to
            // spare", "no money for", "no income", "cannot afford". Each as (nothing a week,
            // where its words start, the word for what is left, the last of its words).
            let none_said = || {
                (1..n.text.toks.len()).find_map(|j| {
                    let last = match (w(j - 1), w(j)) {
                        ("no", "money") if w(j + 1) == "for" => j + 1,
                        ("no", "income") => j,
                        ("cannot" | "can't", "afford") => j,
                        _ => return None,
                    };
                    Some((0, n.text.range(j - 1).start, j, last))
                })
            };
            let none_left = || {
                (1..n.text.toks.len()).filter(|&j| n.is(j, cat::MONEY_LEFT)).find_map(|j| {
                    // (Not "nothing left to give", "nothing left in the fridge".)
                    let (from, last) = if w(j - 1) == "nothing" && !matches!(w(j + 1), "to" | "in" | "on" | "of") {
                        (j - 1, j)
                    } else if w(j - 1) == "no" && matches!(w(j + 1), "money" | "cash") {
                        (j - 1, j + 1)
                    } else if j > 2 && w(j - 3) == "no" && matches!(w(j - 2), "money" | "cash") && w(j - 1) == "to" {
                        (j - 3, j)
                    } else {
                        return None;
                    };
                    Some((0, n.text.range(from).start, j, last))
                })
            };
            let (have, at, i, upto) = assess::sums_a_week(n)
                .find_map(|(have, at, i, end, _)| Some((have, at, i, left(i, end)?)))
                .or_else(none_left)
                .or_else(none_said)?;
            // The family's, or the same person's: "the family have £20 a week left".
            let theirs = whose(n, i, child);
            // (No one named as paying, and no service: the family's own, as in "Kerry to pay
            // £15 a week"; not "The school will pay £5 a week".)
            let one = theirs.is_empty()
                || payer.is_empty() && desc.of(cat::ROLE).next().is_none()
                || theirs.iter().any(|w| matches!(*w, "family" | "parents" | "household"))
                || theirs.iter().any(|w| payer.iter().any(|p| same(w, p)));
            let why = if cost > have {
                format!("this outcome asks them to pay {}", shown.join(" and "))
            } else if weeks > 0 && once > (have - cost).max(0).saturating_mul(weeks) {
                let by = self.o.target_date.map(crate::dates::format_date).unwrap_or_default();
                format!("this outcome asks them to find {} by {by}", once_shown.join(" and "))
            } else {
                return None;
            };
            one.then(|| (&n.text.orig[at..n.text.range(upto).end], why))
        })
    }

    /// A GCSE grade far above the one a need gives: "predicted grades 3 and 4" and "grade 9
    /// in all ten GCSEs", "mock results were grade 2s" and "grade 9 in English and maths"
    /// (three grades or more in a school year, which few pupils make). The need's words, and
    /// why.
    fn grade_leap(&self) -> Option<(&'p str, String)> {
        let t = &self.desc.text;
        // A grade's number: "7", "2s".
        let grade = |w: &str| assess::whole_number(w.trim_end_matches('s'), 1).filter(|n| (1..=9).contains(n));
        let exams = |x: &Scanned| {
            (0..x.text.toks.len()).any(|j| matches!(x.text.word(j), "gcse" | "gcses" | "exams" | "exam" | "mocks"))
        };
        // The lowest grade the outcome asks for ("grade 7 or above").
        let asked = (0..t.toks.len())
            .filter(|&j| matches!(t.word(j), "grade" | "grades"))
            .filter_map(|j| grade(t.word_or_none(j + 1)).map(|n| (n, j)))
            .min()?;
        if !exams(&self.desc) && !self.needs.iter().any(exams) {
            return None;
        }
        // (The need's words first; the reason is written once, for the one found.)
        let said = self.needs.iter().find_map(|n| {
            let nt = &n.text;
            (0..nt.toks.len()).filter(|&j| matches!(nt.word(j), "grade" | "grades")).find_map(|j| {
                // "grades 1 and 2", "grades 3 and 4": the highest of them.
                let mut last = j;
                let mut have = 0;
                for k in j + 1..(j + 5).min(nt.toks.len()) {
                    match grade(nt.word(k)) {
                        Some(g) => {
                            have = have.max(g);
                            last = k;
                        }
                        None if matches!(nt.word(k), "and" | "or" | "to" | "of") => {}
                        None => break,
                    }
                }
                let from = if j > 0 && matches!(nt.word(j - 1), "predicted" | "at") { j - 1 } else { j };
                (have > 0 && asked.0 >= have + 3).then(|| &nt.orig[nt.range(from).start..nt.range(last).end])
            })
        })?;
        let why = format!("this outcome asks for “{}”, three grades or more higher", t.span(asked.1, asked.1 + 2));
        Some((said, why))
    }

    /// A GCSE grade asked for before results come out in August: "Keeley will get a grade 4
    /// in her GCSE English" by March. Not a mock, a prediction or sitting the exam.
    fn before_results(&self) -> Option<&'p str> {
        let target = self.o.target_date?;
        let t = &self.desc.text;
        let any = |words: &[&str]| (0..t.toks.len()).find(|&j| words.contains(&t.word(j)));
        any(&["gcse", "gcses"])?;
        const NOT: [&str; 13] = [
            "mock",
            "mocks",
            "predicted",
            "working",
            "track",
            "sit",
            "sits",
            "sitting",
            "entered",
            "entry",
            "revise",
            "revision",
            "resit",
        ];
        if any(&NOT).is_some() || target.month() > 8 || target.month() == 8 && target.day() >= 20 {
            return None;
        }
        // A grade ("grade 4 in her GCSE English"), or a pass of the GCSE itself ("pass GCSE
        // maths"), not "pass her weekly spelling tests".
        let gcse = |j: usize| matches!(t.word_or_none(j), "gcse" | "gcses");
        let at = any(&["grade", "grades"])
            .or_else(|| any(&["pass", "passes", "passed"]).filter(|&p| (p + 1..p + 4).any(gcse)))?;
        Some(t.span(at, (at + 2).min(t.toks.len())))
    }

    /// The first scarce service named in the outcome, and the path of the field naming it.
    fn scarce_mention(&self) -> Option<(&str, String)> {
        let i = self.i;
        for s in &self.env.scarce {
            let named = |x: &Scanned| s.words.iter().any(|w| x.contains_words(w));
            let named_in_action = |j: usize| {
                let owner = self.o.actions[j].owner.as_deref().unwrap_or("");
                if named(&self.actions[j]) {
                    Some(action_path(i, j, "description"))
                } else if named(&Scanned::new(self.env.c, owner)) {
                    Some(action_path(i, j, "owner"))
                } else {
                    None
                }
            };
            let at = if named(&self.desc) {
                Some(path(i, "description"))
            } else if named(&self.meas) {
                Some(path(i, "measure"))
            } else {
                (0..self.actions.len()).find_map(named_in_action)
            };
            if let Some(at) = at {
                return Some((s.shown.as_str(), at));
            }
        }
        None
    }

    /// A wait longer than the time the outcome allows, and whether the outcome states it
    /// itself: stated in the outcome ("the 26-week programme"), or in a need it answers
    /// ("the waiting list is two years", target in four months) if the outcome is about
    /// what is waited for (they share a word) and not about the wait, nor about where
    /// someone now is ("visits Dad in prison" and "Dad is in prison until 2028").
    fn long_wait(&self) -> Option<(String, i64, WaitIn)> {
        let env = self.env;
        let (start, target) = (env.ctx.plan_start?, self.o.target_date?);
        let outcome_has = |c: u8| [&self.desc, &self.meas].iter().any(|s| s.of(c).next().is_some());
        // "While she waits", "in the meantime": an outcome for the wait itself.
        if outcome_has(cat::INTERIM) {
            return None;
        }
        let allowed = (target - start).num_days();
        for s in [&self.desc, &self.meas] {
            if let Some((days, clause)) = assess::wait(s, start, WaitIn::Outcome) {
                if days > allowed {
                    return Some((clause.trim().to_string(), days, WaitIn::Outcome));
                }
            }
        }
        // "Kayden visits Dad in prison": not held up by "Dad is in prison until 2028".
        let besides_where = outcome_has(cat::NEED_INTERIM);
        // "Jack will complete the programme", where the need says how long it is; not
        // "complete the first 8 sessions of the programme" nor "complete the homework".
        let finishes = assess::finishes_course(&self.desc);
        let mut found: Option<(i64, &str, WaitIn)> = None;
        let kinds = [WaitIn::Need { besides_where }, WaitIn::NeedCourse];
        let waits = self.needs.iter().flat_map(|need| {
            kinds
                .iter()
                .filter(|&&k| finishes || k != WaitIn::NeedCourse)
                .filter_map(move |&k| assess::wait(need, start, k).map(|(d, c)| (d, c, k)))
        });
        // Done from afar ("a video call", "a postcard", "a recorded story"), and nothing in
        // person: someone away until a day ("Mum will be in residential rehab until March")
        // holds nothing up.
        const AFAR: [&str; 20] = [
            "phone",
            "phones",
            "call",
            "calls",
            "video",
            "facetime",
            "postcard",
            "postcards",
            "send",
            "sends",
            "text",
            "texts",
            "email",
            "emails",
            "whatsapp",
            "letter",
            "letters",
            "record",
            "recorded",
            "recording",
        ];
        const THERE: [&str; 10] =
            ["meet", "meets", "take", "takes", "collect", "collects", "come", "comes", "attend", "attends"];
        let t = &self.desc.text;
        let afar = (0..t.toks.len()).any(|j| AFAR.contains(&t.word(j)))
            && !(0..t.toks.len()).any(|j| THERE.contains(&t.word(j)));
        for (days, clause, from) in waits {
            // A name in brackets read past ("told Mum (Rukhsar) that the wait …") is the
            // person told, not what is waited for: "Mick will watch Jess's matches" is not
            // held up by "Dad (Mick) is on a 12-week rehab placement".
            let plain_clause = without_asides(clause);
            let said = Scanned::new(env.c, &plain_clause);
            if afar && (0..said.text.toks.len()).any(|j| said.text.word(j) == "until") {
                continue;
            }
            // "CAMHS said the wait is 14 months" holds up "therapy with the children's mental
            // health service": an acronym's plain words are the clause's too. Each acronym
            // once: a pasted clause says the same ones thousands of times.
            let mut asked: Vec<u16> = Vec::new();
            let plain = |h: &Hit| {
                if !assess::jargon_applies(env.c, &said, h) || asked.contains(&h.id) {
                    return false;
                }
                asked.push(h.id);
                self.shares_a_word(&Scanned::new(env.c, &env.c.jargon[h.id as usize].plain), assess::COMMON)
            };
            // Not "waiting" itself: "Dad is waiting for a judge" is no outcome held up by the wait.
            // Nor a length: "about 40 weeks" is nothing in common with "every week".
            const WORDS: u64 = assess::COMMON | 1 << cat::WAIT | 1 << cat::TIME_UNIT;
            let shared = self.shares_a_word(&said, WORDS) || said.of(cat::JARGON).any(plain);
            if days > allowed && shared && found.map_or(true, |(d, _, _)| days > d) {
                found = Some((days, clause, from));
            }
        }
        found.map(|(days, clause, from)| (clause.trim().to_string(), days, from))
    }
}

/// `text` without its short asides in brackets ("(Rukhsar)", "(4)"), as
/// `Scanned::clause_past_asides` reads past them.
fn without_asides(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        // (Each bracket read once, up to its close: a pasted text of brackets stays quick.)
        let Some(c) = rest[open..].find(')').map(|c| open + c) else { break };
        // (Not an acronym: "(CAMHS)" is what is waited for.)
        let inside = &rest[open + 1..c];
        let acronym = inside.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
        let short = !acronym
            && inside.split_whitespace().count() <= 2
            && inside.chars().all(|ch| text::is_word_char(ch) || ch == ' ' || ch == '\'');
        out.push_str(if short { &rest[..open] } else { &rest[..=c] });
        rest = &rest[c + 1..];
    }
    out.push_str(rest);
    out
}
