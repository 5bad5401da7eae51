//! A's readings of a person's circumstances, as a need states them: hours at work against
//! a time the outcome asks for, someone away until after the outcome is due, a child too
//! young for what is asked of them, a service that takes only other ages, and the last trip
//! home before something ends. Each gives the need's words and the limit (in
//! data/smart.json) for `ruled_out`'s message.

use super::achievable::{kin, same};
use super::One;
use crate::smart::assess;
use crate::smart::data::{cat, Limit};
use crate::smart::text;

/// Does `s` say one of the words of limit `id` of kind `cat` (its `instead` or `unless`)?
fn says(s: &assess::Scanned, cat: u8, id: usize) -> bool {
    s.of(cat).any(|h| h.id as usize == id)
}

impl<'p> One<'_, 'p> {
    /// The limit in data/smart.json that `which` picks ("until", "ages", …), and its place in
    /// the list, which its words' hits carry.
    fn limit(&self, which: fn(&Limit) -> bool) -> Option<(usize, &'p Limit)> {
        self.env.c.limits.iter().enumerate().find(|(_, l)| which(l))
    }

    /// Hours at work against a time the outcome asks for, on a day they work: "Mum, Kerry,
    /// works 10am to 7pm on weekdays" and "Kerry will walk Diesel herself at 4pm every
    /// weekday"; "Mum works 6pm–6am four nights a week" and "Mum will read with Evie at
    /// bedtime (7:30pm) every evening". Not on other days ("Dad works Saturdays 7am–7pm" and
    /// "every Tuesday at 4pm"), nor done another way ("on her days off", "by phone"). The
    /// need's words for the hours, and the limit (`clock` in data/smart.json).
    pub(super) fn at_work(&self) -> Option<(&'p str, &'p Limit)> {
        let (desc, child) = (&self.desc, self.env.child);
        let (id, limit) = self.limit(|l| l.clock)?;
        let t = &desc.text;
        // Whom the outcome asks to be somewhere at a time: the person who starts the time's
        // clause, or else its sentence, doing it themselves ("Mum will collect Leo at
        // 3:15pm", "Mum will read with Evie at bedtime (7:30pm)"); not the child, nor someone
        // else's ("Dad's mum will collect"), nor "the childminder will".
        let subject = |j: usize| {
            desc.person_or_name(j)
                && Some(t.word(j)) != child
                && !t.toks[j].has(text::POSSESSIVE)
                && (j == 0 || !t.toks[j - 1].has(text::POSSESSIVE))
        };
        // The times the outcome asks for (hours by their start and end), the days said in
        // the time's clause, and of whom; not done another way in the same sentence ("on her
        // day off", "by phone"), nor a time something else keeps ("a curfew of 9pm", "before
        // 7am"). The first 16 are plenty.
        let mut ways: Vec<usize> =
            desc.of(cat::LIMIT_INSTEAD).filter(|h| h.id as usize == id).map(|h| h.start as usize).collect();
        ways.sort_unstable();
        let mut asked: Vec<(u32, u32, (assess::Days, bool), &str)> = Vec::new();
        let mut i = 0;
        while i < t.toks.len() && asked.len() < 16 {
            let Some((from, to, end)) =
                assess::from_to(desc, i).or_else(|| assess::asked_clock(desc, i).map(|(a, e)| (a, a, e)))
            else {
                i += 1;
                continue;
            };
            let (s, e) = (desc.sentence_start(i), desc.sentence_end(i));
            let (cs, ce) = desc.clause(i);
            let before = i > 0 && matches!(t.word(i - 1), "before" | "after");
            // "…, and Mum will be home by 5.30pm".
            let and = (t.word(cs) == "and").then_some(cs + 1);
            let who = [Some(cs), and, Some(s)].into_iter().flatten().find(|&j| subject(j)).filter(|_| !before);
            // Done another way in its sentence (`ways` is in order: one look for each time,
            // however long a pasted text is).
            let another_way = ways.get(ways.partition_point(|&w| w < s)).is_some_and(|&w| w < e);
            if let (false, Some(who)) = (another_way, who) {
                // Its days: in its clause, or the one after it up to anyone else named ("Mum will
                // read with Evie at bedtime (7:30pm) every evening"; not "…, and Nan on Mondays").
                let next = desc.clause(end - 1).1;
                let next = if next < e { desc.clause(next).1 } else { next };
                let days_end = (end..next).find(|&j| subject(j)).unwrap_or(next).max(ce);
                // Its days: from its clause's start; else from the time itself ("… and hand
                // him to his teacher at 8.45am each morning", where the days are read no further
                // back than "and"); else from its sentence's start ("Every Wednesday, Dad will
                // pick Chloe up at 6.15pm"; "on Thursdays, 9:30am to 11:30am").
                let said = |k: usize| Some(assess::days(desc, k, days_end)).filter(|&(d, few)| d != 0 || few);
                let days = said(and.unwrap_or(cs)).or_else(|| said(i)).or_else(|| said(s)).unwrap_or_default();
                asked.push((from, to, days, t.word(who)));
                // "Nana Joan will meet Tia": either word may be the need's.
                if t.toks.get(who + 1).is_some_and(|x| x.unlisted_capital()) {
                    asked.push((from, to, days, t.word(who + 1)));
                }
            }
            i = end;
        }
        if asked.is_empty() {
            return None;
        }
        self.needs.iter().find_map(|need| {
            let n = &need.text;
            assess::work_hours(need, child).take(16).find_map(|h| {
                // Whose hours: the person just before the words for the work ("Mum works",
                // "Mum, Kerry, works", "Mum's shift starts"), not someone else's ("Mum's partner
                // works", "Dad's mum works").
                let person = |j: usize| need.person_or_name(j);
                // Past "is at" or "is on": "Mum is at work from 6am", "Dad is on shift until 6pm".
                let j = h.word.checked_sub(1)?;
                // Past "both": "… and both work until 5pm".
                let j = if matches!(n.word(j), "both" | "also") && j > 0 { j - 1 } else { j };
                let j = match (n.word(j), j.checked_sub(1).map(|k| n.word(k))) {
                    ("at" | "on", Some("is" | "are")) if j >= 2 => j - 2,
                    _ => j,
                };
                let first = need.sentence_start(h.word);
                let p = match n.word(j) {
                    // "Dad is a single parent and works 6pm–6am", "Kai (16) lives with Dad and
                    // works 5pm to 10pm": the one the sentence is about.
                    // "… looks after Grace after school but works at Boots from 12pm to 8pm".
                    "and" | "but" => first,
                    // "Mum (Tanya) is a single parent working 7am to 7pm".
                    _ if person(j) && j > 0 && matches!(n.word(j - 1), "a" | "single" | "only" | "main") => first,
                    // "Dad, who is Deaf and brings him up alone, works 12pm to 8pm".
                    _ if need.clause(j).0 > 0 && n.word(need.clause(j).0) == "who" => need.clause(j).0 - 1,
                    _ => j,
                };
                // Not someone else's ("Mum's partner works"); the child's own is theirs
                // ("Kayleigh's mum works").
                // "Deon's mum (Tanya) has started a new job at a call centre, 9am to 5pm": the
                // person named last before the words for the work, in their clause.
                // "Mum, a care assistant who works 12-hour day shifts": the person before the
                // words that say what they are.
                let c0 = need.clause(h.word).0;
                let said_of = (c0 > 0 && matches!(n.word(c0), "a" | "an")).then(|| c0 - 1);
                let p = if person(p) {
                    p
                } else {
                    (c0..p).rev().find(|&k| person(k)).or(said_of.filter(|&k| person(k))).unwrap_or(p)
                };
                if !person(p) || p > 0 && n.toks[p - 1].has(text::POSSESSIVE) && Some(n.word(p - 1)) != child {
                    return None;
                }
                // "Mum and Dad work", "Both Mum and Dad work": each of them.
                let pair = (p > 1 && n.word(p - 1) == "and" && person(p - 2)).then(|| n.word(p - 2));
                // The other half of a name pair, unless it is someone's own ("Her own mum (Nan)").
                let theirs = |q: usize| q > 0 && matches!(n.word(q - 1), "own" | "her" | "his" | "their");
                let q = need.other_half(p).filter(|&q| !theirs(q)).map(|q| n.word(q));
                // "Mum used to work 6am to 2pm", "Dad works from home 9am to 5pm": said of these
                // hours.
                let (ss, se) = (need.sentence_start(h.word), need.sentence_end(h.word));
                let unless = need.of(cat::LIMIT_UNLESS).any(|u| {
                    let at = u.start as usize;
                    // Not "used to work part-time but now works 8am to 6pm".
                    let now = (at..h.word).any(|k| n.word(k) == "now");
                    // A "but" before the work is another doing's, not a way round these hours.
                    let before_work = n.word(at) == "but" && at < h.word;
                    u.id as usize == id && (ss..se).contains(&at) && !need.denied(at, &[]) && !now && !before_work
                });
                // The days of these hours: up to the next person named ("… and Leo sees Dad on
                // Tuesdays" are not Mum's days).
                let e = (h.end..se).find(|&j| need.someone(j) || Some(n.word(j)) == child).unwrap_or(se);
                // From the person, or else from the words for the work ("Nan looks after Grace
                // after school but works at Boots from 12pm to 8pm on weekdays").
                let works = Some(assess::days(need, p, e))
                    .filter(|&(d, few)| d != 0 || few)
                    .unwrap_or_else(|| assess::days(need, h.word, e));
                // "Both parents work until 6pm": Mum's hours and Dad's.
                // Not someone's own parents ("lives with her parents. Her parents work …").
                let parents = n.word(p) == "parents"
                    && !(p > 0
                        && (n.toks[p - 1].has(text::POSSESSIVE)
                            || matches!(n.word(p - 1), "her" | "his" | "their" | "own")));
                let them = |w: &str| {
                    parents && matches!(kin(w), Some("mum" | "dad"))
                        || [Some(n.word(p)), q, pair].into_iter().flatten().any(|x| same(w, x))
                };
                let clash = asked.iter().any(|&(from, to, days, who)| {
                    let during = assess::within(from, h.from, h.to) || from < h.from && h.from < to;
                    during && assess::clash(works, days) && them(who)
                });
                let said = &n.orig[n.range(h.word).start..n.range(h.end - 1).end];
                (!unless && clash).then_some((said, limit))
            })
        })
    }

    /// Someone a need says is away until a day after the outcome is due, asked to do it in
    /// person: "His dad, Steve, is serving with the Army in Cyprus until July 2027" and
    /// "Steve takes Mason to football training every Saturday morning", due in March; "she
    /// is in Pakistan looking after her sister until the end of March" (Gran) and "Gran
    /// will collect Sonny from school every Tuesday"; "Dad is in prison until August 2028"
    /// and "Edie will spend every other weekend with Dad". Not done another way ("phones",
    /// "visits", "when he is back"), not the child, and not someone who is here ("staying
    /// with us until March", "off work until March", "at home until"). The need's words and
    /// the limit (`until` in data/smart.json).
    pub(super) fn away_until(&self) -> Option<(&'p str, &'p Limit)> {
        let (desc, child) = (&self.desc, self.env.child);
        let (target, today) = (self.o.target_date?, self.env.ctx.today?);
        let (id, limit) = self.limit(|l| l.until)?;
        if says(desc, cat::LIMIT_INSTEAD, id) {
            return None;
        }
        let t = &desc.text;
        // Whom the outcome asks: the person it starts with ("Steve takes", "Gran will"; not
        // "Dad's mum will"), or the one the child is with ("… every other weekend with Dad").
        // ("Ben's dad to do the school runs": Dad.)
        let first = (0..t.toks.len().min(3))
            .find(|&j| desc.person_or_name(j) && !t.toks[j].has(text::POSSESSIVE) && Some(t.word(j)) != child);
        let with = (1..t.toks.len()).find(|&j| t.word(j - 1) == "with" && desc.person_or_name(j));
        let asked: Vec<&str> =
            [first, with].into_iter().flatten().map(|j| t.word(j)).filter(|&w| Some(w) != child).collect();
        if asked.is_empty() {
            return None;
        }
        self.needs.iter().find_map(|need| {
            let n = &need.text;
            let untils = (0..n.toks.len()).filter(|&u| matches!(n.word(u), "until" | "till"));
            untils.take(8).find_map(|u| {
                let (back, date_end) = assess::until_date(need, u, today)?;
                if back <= target {
                    return None;
                }
                let (start, stop) = (need.sentence_start(u), need.sentence_end(u));
                let date_end = date_end.min(stop);
                // What it says of them, with "is", "are", "remains" or "be": "X is … until", or
                // with "until" first, "Until August 2027 Callum's mum, Nicola, is in HMP …".
                let be = |j: usize| matches!(n.word(j), "is" | "are" | "remains" | "be" | "gone");
                let leading = !(start..u).any(be);
                let (v, between, from) = if leading {
                    let v = (date_end..stop).find(|&j| be(j))?;
                    (v, v + 1..stop, date_end)
                } else {
                    let v = (start..u).rev().find(|&j| be(j))?;
                    (v, v + 1..u, start)
                };
                let word_in = |ws: &[&str]| between.clone().any(|j| ws.contains(&n.word(j)));
                // Here, not away: "off work", "on leave", "staying with us", "at home".
                let here = between.clone().any(|j| {
                    n.word(j) == "home" && n.word(j - 1) == "at"
                        || n.word(j) == "with" && matches!(n.word_or_none(j + 1), "us" | "them" | "you" | "family")
                        // "not back at work until June": at home till then.
                        || n.word(j) == "back" && n.word_or_none(j + 2) == "work"
                });
                // Nor somewhere they study, wait or live with the children: "studying nursing at
                // Leeds College", "on a waiting list at St Mary's", "in Year 2 of her degree",
                // "staying at a refuge in Leeds".
                const NOT_AWAY: [&str; 14] = [
                    "off",
                    "leave",
                    "here",
                    "course",
                    "degree",
                    "waiting",
                    "list",
                    "year",
                    "reception",
                    "refuge",
                    "nursery",
                    "college",
                    "university",
                    "school",
                ];
                if here || word_in(&NOT_AWAY) {
                    return None;
                }
                // Away from home, or held somewhere; working at a hospital or a prison is not
                // being in one ("is working at the hospital until March").
                const AWAY: [&str; 11] =
                    ["away", "abroad", "offshore", "deployed", "posted", "serving", "tour", "sea", "ship", "rig", "rigs"];
                const HELD: [&str; 9] =
                    ["prison", "hospital", "custody", "rehab", "remand", "institution", "detention", "inpatient", "ward"];
                // Away, said anywhere from its sentence's start ("is on a 12-week rehab placement
                // in Wales and won't be back until 20 February").
                let stretch = if leading { between.clone() } else { start..u };
                let working = word_in(&["working", "works", "work"]);
                let away = stretch.clone().any(|j| AWAY.contains(&n.word(j)) || !working && HELD.contains(&n.word(j)));
                let somewhere = stretch.clone().any(|j| {
                    // ("has gone back to Ghana")
                    (matches!(n.word(j), "in" | "at") || n.word(j) == "to" && j > v && n.word(v) == "gone")
                        && n.toks.get(j + 1).is_some_and(|x| x.has(text::CAP))
                        // "not home", "won't be back", "not due for release", "not expected out".
                        || matches!(n.word(j), "not" | "won't")
                            && (j + 1..j + 4).any(|k| matches!(n.word_or_none(k), "home" | "back" | "release" | "out"))
                });
                // Away on some days only: "working away in London Monday to Friday until April
                // and is home every weekend".
                let (days, few) = assess::days(need, v, stop);
                if !away && !somewhere || few || days != 0 {
                    return None;
                }
                // Who: the people named before "is" ("His dad, Steve, is"; "Mum (Gemma), his
                // only carer, is"; "Steph (Dad's partner) is"), not someone's ("his father"), or
                // the one "he" or "she" stands for. Not a place: "at HMP Ashgrove", "in Cyprus".
                // (A place's name has at most four words: not walked back through for each.)
                let place = |j: usize| {
                    let k = (j.saturating_sub(4).max(start)..=j).rev().find(|&k| !n.toks[k].has(text::CAP));
                    k.is_some_and(|k| {
                        matches!(n.word(k), "at" | "in" | "to" | "from" | "with" | "of" | "near" | "on" | "by")
                    })
                };
                let who = |j: usize| {
                    (need.someone(j) || n.toks[j].unlisted_capital() && !place(j))
                        && !n.toks[j].has(text::POSSESSIVE)
                        // Not someone's ("Mum's mum"), but the child's own ("Edie's dad").
                        && !(j > 0
                            && n.toks[j - 1].has(text::POSSESSIVE)
                            && !matches!(n.word(j - 1), "his" | "her" | "their")
                            && Some(n.word(j - 1)) != child)
                        // Not someone they go to or care for ("to care for his father"); "her
                        // father, who is leading the arrangements, lives in Pakistan" is Dad.
                        && !(j > 1
                            && matches!(n.word(j - 1), "his" | "her" | "their")
                            && matches!(n.word(j - 2), "for" | "to" | "with" | "of" | "after" | "visit" | "see" | "and"))
                };
                // "she" is not Dad, "he" not Mum: "Mum has told Dad she is going to rehab".
                const HIM: [&str; 6] = ["dad", "father", "grandad", "uncle", "brother", "stepdad"];
                const HER: [&str; 7] = ["mum", "mother", "nan", "gran", "aunt", "sister", "stepmum"];
                let other_sex = |j: usize, pronoun: &str| {
                    let w = kin(n.word(j)).unwrap_or(n.word(j));
                    if pronoun == "she" {
                        HIM.contains(&w)
                    } else {
                        HER.contains(&w)
                    }
                };
                let phrase = (from..v).rev().take_while(|&j| {
                    // "…, and is not due for release until 2029", "… and will not be back
                    // until the summer", "… but is wintering in Spain": the same person's.
                    let same = || {
                        j + 5 > v
                            && (j + 1..v)
                                .all(|k| matches!(n.word(k), "will" | "is" | "still" | "now" | "not" | "won't"))
                    };
                    !matches!(n.word(j), "and" | "but" | "says" | "said" | "that" | "told" | "tells")
                        || matches!(n.word(j), "and" | "but") && same()
                });
                let mut names: Vec<usize> = Vec::new();
                for j in phrase {
                    if who(j) {
                        names.push(j);
                    } else if names.is_empty() && matches!(n.word(j), "he" | "she") {
                        let p = n.word(j);
                        names
                            .extend((start..j).rev().find(|&k| who(k) && Some(n.word(k)) != child && !other_sex(k, p)));
                        break;
                    }
                }
                let halves: Vec<usize> = names.iter().filter_map(|&j| need.other_half(j)).collect();
                names.extend(halves);
                names.retain(|&j| Some(n.word(j)) != child);
                if !asked.iter().any(|&w| names.iter().any(|&q| same(w, n.word(q)))) {
                    return None;
                }
                let first = names.iter().copied().min()?;
                let (from, to) = if leading { (u, stop) } else { (first, date_end) };
                Some((&n.orig[n.range(from).start..n.range(to - 1).end], limit))
            })
        })
    }

    /// Someone the outcome sends to a service that a need says takes only other ages: "Lamin
    /// (9)" and "the project only takes young people aged 11 to 16", for "Lamin will go to
    /// the Eastgate Youth Project's Friday evening club"; "Uncle Paul (44)" and "Elmwood Day
    /// Centre, the nearest one, is only for people aged 65 and over". The service is the one
    /// the outcome shares a word with, from the words before the ages in their clause;
    /// whoever is too young may have a birthday before the outcome is due, so they are too
    /// young only if they would still be, a year on for each year (or part) until then. Not
    /// when the outcome asks about it ("asks whether", "when he turns 11"), nor where the
    /// need says there is a way round ("unless", "except", "with a parent"). The need's
    /// words for the ages, and the limit (`ages` in data/smart.json).
    pub(super) fn outside_ages(&self) -> Option<(&'p str, &'p Limit)> {
        let (desc, env) = (&self.desc, self.env);
        let (id, limit) = self.limit(|l| l.ages)?;
        if says(desc, cat::LIMIT_INSTEAD, id) {
            return None;
        }
        let (today, target) = (env.ctx.today?, self.o.target_date?);
        let years = u32::try_from((target - today).num_days().max(0) / 365 + 1).ok()?;
        // Whom it sends: anyone named in it whose age a need gives (the first 8 named).
        let t = &desc.text;
        let named = (0..t.toks.len()).filter(|&j| desc.person_or_name(j) || Some(t.word(j)) == self.env.child).take(8);
        let aged: Vec<(usize, u32, &'p str)> =
            named.filter_map(|j| self.age_of(t.word(j)).map(|(a, w)| (j, a, w))).collect();
        if aged.is_empty() {
            return None;
        }
        let outside = |a: u32, lo: u32, hi: u32| a + years < lo || a > hi;
        // Or the outcome says the ages itself ("the Council's Handyperson scheme for people
        // aged 65 and over", "Northgate Youth Club, which takes ages 11 to 18", "the Age UK
        // Over-65s Carers' Group"): the ages said after "for", "only", "which takes", or in
        // a name (with a capital). The message then quotes the need's words for the age ("Nan
        // (Linda, 55)"). Not when the outcome names the child and the need gives no age for
        // them: "Nan will take Kai to the Friday club for children aged 8 to 12" is for Kai.
        // (The rule's words are listed once, not looked for again for each age said.)
        let rules: Vec<usize> = (0..t.toks.len())
            .filter(|&j| {
                matches!(t.word(j), "for" | "only")
                    || t.word(j) == "takes" && j > 0 && matches!(t.word(j - 1), "which" | "that")
            })
            .collect();
        // (Not the ages of someone else's children: "a course for parents of children aged 3
        // to 6".)
        let rule = |i: usize| {
            let k = rules.partition_point(|&j| j < i);
            let of = (i.saturating_sub(3)..i).any(|j| t.word(j) == "of");
            !of && (t.toks[i].has(text::CAP) || k > 0 && rules[k - 1] >= desc.clause(i).0)
        };
        let child = env.child.filter(|&c| (0..t.toks.len()).any(|j| t.word(j) == c));
        let childs_age_unknown = child.is_some_and(|c| !aged.iter().any(|&(j, _, _)| t.word(j) == c));
        let own_rule = (0..t.toks.len()).filter_map(|i| assess::ages(desc, i).filter(|_| rule(i))).next();
        let way = says(desc, cat::LIMIT_UNLESS, id);
        if let Some((lo, hi, _)) = own_rule.filter(|_| !way && !childs_age_unknown) {
            let from_need = |w: &str| self.needs.iter().any(|n| n.text.orig.contains(w));
            if aged.iter().all(|&(_, a, w)| outside(a, lo, hi) && from_need(w)) {
                return Some((aged[0].2, limit));
            }
        }
        let mut own: Vec<&str> = desc.stems(0).chain(self.meas.stems(0)).collect();
        own.sort_unstable();
        let own = |w: &str| own.binary_search(&w).is_ok();
        // Words any service's name may have (as four-letter stems).
        const ANY_SERVICE: [&str; 19] = [
            "club", "grou", "serv", "proj", "cent", "clas", "sess", "yout", "scho", "clin", "unit", "team", "chil",
            "peop", "youn", "adul", "pare", "fami", "nurs",
        ];
        // The words of the rule itself: "only takes", "sees", "between".
        const RULE: [&str; 9] = ["only", "take", "sees", "acce", "open", "work", "aged", "ages", "betw"];
        let names: Vec<&str> = aged.iter().map(|&(j, _, _)| assess::word_stem(t.word(j))).collect();
        self.needs.iter().find_map(|need| {
            let n = &need.text;
            // The first 16 ages said are plenty: each is read with its sentence.
            let said = (0..n.toks.len()).filter_map(|i| assess::ages(need, i).map(|a| (i, a))).take(16);
            let mut found = None;
            for (i, (lo, hi, end)) in said {
                let (from, to) = need.clause(i);
                let (s, e) = (need.sentence_start(i), need.sentence_end(i));
                // A way round said beside it: "unless", "except", "with a parent", "instead".
                let way =
                    need.of(cat::LIMIT_UNLESS).any(|u| u.id as usize == id && (s..e).contains(&(u.start as usize)));
                // Said as a rule of the service: "only takes", "is for", "works with", "must
                // be"; not "helped coach the under-9s".
                let rule = (from..i).any(|j| {
                    matches!(n.word(j), "only" | "takes" | "take" | "for" | "sees" | "open" | "must" | "accepts")
                        || n.word(j) == "with" && j > 0 && n.word(j - 1).starts_with("work")
                });
                if from == i || !rule && n.word(i) != "must" {
                    continue;
                }
                // The service: a word of its own the outcome shares with the words before the
                // ages ("Eastgate" in "the Eastgate Youth Club, which takes …", not "club",
                // which "the school's homework club" has too; "the baby massage group … is for
                // babies under 12 months"), or with the rest of their sentence if those say only
                // who ("Only children aged 4 to 11 can go to the holiday club at St John's");
                // not the name of whoever is sent ("Uncle Paul (44)").
                // (Read from the need as it was scanned, not scanned again in parts.)
                let stems = |from: usize, to: usize, common: u64| {
                    need.stems_in(from, to, common).filter(|w| !names.contains(w) && !RULE.contains(w))
                };
                let specific = |from: usize, to: usize| {
                    stems(from, to, assess::COMMON_BESIDES_NAMES)
                        .filter(|w| !ANY_SERVICE.contains(w))
                        .collect::<Vec<_>>()
                };
                let before = if i > s { specific(s, i) } else { Vec::new() };
                let theirs = if before.is_empty() { specific(s, e) } else { before };
                let service = if theirs.is_empty() {
                    // Only words any service has: "The nursery takes children from 2 years old".
                    stems(s, e, 0).any(|w| ANY_SERVICE.contains(&w) && own(w))
                } else {
                    // Or two words of its name: "The Young Parents group at Ladywell" and "the
                    // Young Parents group".
                    let capitals = (s..e)
                        .filter(|&k| n.toks[k].has(text::CAP) && !n.toks[k].has(text::SENT_START))
                        .map(|k| assess::word_stem(n.word(k)))
                        .filter(|w| w.len() >= 4 && !names.contains(w) && own(w));
                    theirs.iter().any(|w| own(w)) || capitals.count() >= 2
                };
                if !service {
                    continue;
                }
                // Another service in the need that takes them, or a way round, and it is not
                // ruled out: "Scouts is for ages 10 to 14 and Cubs is for ages 8 to 10".
                // Everyone it names whose age is given must be outside: "Marcus will go to the
                // Dads Matter group with Leah" is for Leah's age ("fathers of children aged
                // 0-5"), and "Grandad Ken will go …, so Charlotte is not caring for him" for
                // Ken's.
                if way || !aged.iter().all(|&(_, a, _)| outside(a, lo, hi)) {
                    return None;
                }
                found = found.or(Some(&n.orig[n.range(from).start..n.range(end.min(to) - 1).end]));
            }
            found.map(|said| (said, limit))
        })
    }

    /// An outcome that asks someone to go to something that ends after the last bus, ferry
    /// or train home that a need gives, with no other way home: "The last bus back to Hollins
    /// Vale leaves town at 6.40pm" and "Connor will go to Wednesday Kicks every week and get
    /// the bus home afterwards", where the need says Kicks is "6pm to 8pm"; "the last ferry
    /// back leaves at 4:30pm" and a group that "meets on Thursdays until 5pm"; "the Tuesday
    /// 7pm parenting group". Not with a lift, a taxi or someone collecting, nor at or before
    /// it ("on the 8.15pm bus home"), nor a trip in the morning ("the last bus to school
    /// leaves at 8.05am"), nor someone's hours at work ("Mum works 2pm to 10pm"). The need's
    /// words for the last trip, and the limit (`lastTrip` in data/smart.json).
    pub(super) fn last_trip(&self) -> Option<(&'p str, &'p Limit)> {
        let desc = &self.desc;
        let (id, limit) = self.limit(|l| l.last_trip)?;
        if says(desc, cat::LIMIT_INSTEAD, id) || self.needs.iter().any(|n| says(n, cat::LIMIT_UNLESS, id)) {
            return None;
        }
        // Only an outcome that asks someone to go somewhere ("go to", "attend", "the group"),
        // not "in bed by 7.30pm" or "will not drink on those evenings".
        const GOING: [&str; 14] = [
            "go", "goes", "attend", "attends", "join", "joins", "group", "club", "session", "sessions", "class",
            "course", "lesson", "lessons",
        ];
        if !(0..desc.text.toks.len()).any(|j| GOING.contains(&desc.text.word(j))) {
            return None;
        }
        const TRIPS: [&str; 4] = ["bus", "ferry", "train", "boat"];
        // "The last bus back leaves at 6.40pm", "the last service to Dunmore" (a bus or train
        // said as the last one, not "the service last saw Kai"), "relies on the 9.15pm bus
        // home, which is the last one": and the time in its sentence nearest to it, in the
        // afternoon or evening.
        let (words, last) = self.needs.iter().find_map(|n| {
            let t = &n.text;
            let (s, e) = (|k: usize| n.sentence_start(k), |k: usize| n.sentence_end(k));
            let last_one =
                |k: usize| (k + 1..(k + 10).min(e(k))).any(|j| t.word(j) == "last" && t.word_or_none(j + 1) == "one");
            let k = (1..t.toks.len()).find(|&k| {
                t.word(k - 1) == "last" && (TRIPS.contains(&t.word(k)) || t.word(k) == "service")
                    || TRIPS.contains(&t.word(k)) && last_one(k)
            })?;
            // ("at 3:15 in winter", a time of day as an outcome asks one; "the 17.52".)
            let times = (s(k)..e(k)).filter_map(|j| assess::asked_clock(n, j).map(|(at, end)| (j, at, end)));
            let (j, at, end) = times.min_by_key(|&(j, _, _)| j.abs_diff(k)).filter(|&(_, at, _)| at >= 12 * 60)?;
            let from = if t.word(k - 1) == "last" { k - 1 } else { k }.min(j);
            let to = if last_one(k) {
                let one = |x: &usize| t.word(*x) == "last" && t.word_or_none(x + 1) == "one";
                (k + 1..e(k)).find(one).map_or(end, |x| end.max(x + 2))
            } else {
                end
            };
            Some((&t.orig[t.range(from).start..t.range(to - 1).end], at))
        })?;
        // When what is asked ends: in the outcome, the end of its hours ("6pm to 8pm"), a time
        // it lasts until ("until 5pm") or when it starts ("the 7pm group"); else the same in
        // a need's sentence that names what the outcome does ("Wednesday Kicks at Northgate
        // 3G, 6pm to 8pm"), not someone's hours at work there. The first 32 times in each
        // text are plenty.
        // (The outcome's own words, found once for all the texts read.)
        let mut own: Vec<&str> = desc.stems(assess::COMMON_BESIDES_NAMES).collect();
        own.sort_unstable();
        let ends = |s: &assess::Scanned, starts: bool| {
            let mut at_work = vec![false; s.text.toks.len()];
            for w in assess::work_hours(s, self.env.child) {
                at_work[w.word.min(w.end)..w.end].fill(true);
            }
            let named = |i: usize| {
                starts
                    || s.stems_in(s.sentence_start(i), s.sentence_end(i), assess::COMMON_BESIDES_NAMES)
                        .any(|w| own.binary_search(&w).is_ok())
            };
            (0..s.text.toks.len())
                .filter(|&i| !at_work[i])
                .filter_map(|i| {
                    let until = i > 0 && matches!(s.text.word(i - 1), "until" | "till");
                    assess::from_to(s, i)
                        .map(|(_, to, _)| to)
                        .or_else(|| assess::clock(s, i).filter(|_| until).map(|(at, _)| at))
                        .or_else(|| assess::asked_clock(s, i).filter(|_| starts).map(|(at, _)| at))
                        .map(|at| (i, at))
                })
                .take(32)
                .filter(|&(i, _)| named(i))
                .map(|(_, at)| at)
                .max()
        };
        let end = ends(desc, true).or_else(|| self.needs.iter().filter_map(|n| ends(n, false)).max())?;
        // Within eight hours after it: "10pm to 6am" is no evening that ends after a 6.40pm
        // bus, and a time past midnight reads as early in the day.
        (end > last && end - last < 8 * 60).then_some((words, limit))
    }

    /// The age in years that a need gives in brackets after someone's name, and the need's
    /// words for it: "Wren (1)", "Teddy (14 months)", "Ava (6 weeks)" (under a year), "Uncle
    /// Paul (44)".
    fn age_of(&self, who: &str) -> Option<(u32, &'p str)> {
        // (And in the outcome itself: "Stacey (31) will attend the Young Parents group".)
        self.needs.iter().chain([&self.desc]).find_map(|n| {
            let t = &n.text;
            // A number as typed: digits only, as an age in brackets is.
            let number = |w: &str| assess::whole_number(w, 9);
            // The name may come first in the bracket: "Nan (Linda, 55)".
            let named = |j: usize| {
                j > 1 && t.word(j - 2) == who && t.toks[j - 1].has(text::IN_PAREN) && t.toks[j - 1].has(text::CAP)
            };
            let at = |j: usize| t.toks[j].has(text::IN_PAREN) && (t.word(j - 1) == who || named(j));
            // Where each small number first stands in brackets, found once: not read again
            // for each name in a long pasted text.
            let mut first = [usize::MAX; 100];
            for k in (0..t.toks.len()).filter(|&k| t.toks[k].has(text::IN_PAREN)) {
                if let Some(x) = number(t.word(k)).and_then(|x| first.get_mut(x as usize)) {
                    *x = (*x).min(k);
                }
            }
            (1..t.toks.len()).filter(|&j| at(j)).find_map(|j| {
                let n = number(t.word(j))?;
                const DAYS: [&str; 5] = ["day", "days", "week", "weeks", "wks"];
                const MONTHS: [&str; 3] = ["month", "months", "mths"];
                // The age in years, and whether a unit follows the number.
                let unit = t.word_or_none(j + 1);
                let (years, units) = if DAYS.contains(&unit) {
                    (0, 1)
                } else if MONTHS.contains(&unit) {
                    (n / 12, 1)
                } else {
                    (n, usize::from(unit.starts_with('y')))
                };
                // The bracket holds the age alone: not "Dad (2 nights a week)", "Jay (2
                // years older)", "Tyler (1 of twins)".
                let old = usize::from(units == 1 && t.word_or_none(j + 2) == "old");
                // Nor a numbered list: "Concerns: (1) Mum's drinking affects Leo (2) Leo is
                // exposed to arguments", where a new item starts after the bracket, or
                // "(1)" came before.
                let next = t.toks.get(j + 1 + units + old);
                let listed = n.checked_sub(1).and_then(|before| first.get(before as usize)).is_some_and(|&at| at < j);
                // ("Aunt Janet (48), Layla's (7) kinship carer": a comma first ends the name's part.)
                let item = |x: &text::Tok| x.has(text::CAP) && !x.has(text::SENT_START) && !x.has(text::BARRIER_BEFORE);
                if listed || next.is_some_and(|x| x.has(text::IN_PAREN) || item(x)) {
                    return None;
                }
                // Up to the bracket's end, if it closes soon: "Maya (2 years 11 months)".
                let from = t.range(j - 1 - usize::from(t.word(j - 1) != who)).start;
                let rest = &t.orig[t.range(j).end..];
                let end = rest.find(')').filter(|&k| k < 24 && !rest[..k].contains('(')).map_or(0, |k| k + 1);
                Some((years, &t.orig[from..t.range(j).end + end]))
            })
        })
    }

    /// A child too young for what the outcome asks of them: "Wren (1)" in the need and "Wren
    /// will say each Saturday whether she wants to go", "her baby brother, Jude (1)" and
    /// "Jude tells Mum when Kacey hurts him", "Maisie (2)" and "Maisie will keep her own
    /// diary". The need's words for the child's age, and the limit.
    pub(super) fn too_young(&self) -> Option<(&'p str, &'p Limit)> {
        let (c, desc) = (self.env.c, &self.desc);
        // Talking that is the change itself: "Kobi says at least 20 new words".
        if desc.of(cat::LIMIT_INSTEAD).any(|x| c.limits.get(x.id as usize).is_some_and(|l| l.under > 0)) {
            return None;
        }
        // Asked of someone whose name starts the clause, as its verb ("Jude tells Mum",
        // "Wren will say"): not "Mum writes down what Jude says", "Zara's parents will get
        // changes by text", "Zion's mum will phone him". The first 64 asks are plenty.
        let asks = desc.said(cat::LIMIT_OUTCOME).take(64);
        asks.filter(|h| !desc.denied(h.start as usize, &[])).find_map(|h| {
            let limit = c.limits.get(h.id as usize).filter(|l| l.under > 0)?;
            let at = h.start as usize;
            let j = desc.clause(at).0;
            let t = &desc.text.toks[j];
            let named = t.unlisted_capital() || desc.people_before(at, self.env.child).next() == Some(j);
            let verb = at == j + 1 || at == j + 2 && desc.text.word(j + 1) == "will";
            // A child, not "Mum (6 weeks postnatal)".
            let j =
                Some(j).filter(|_| named && verb && !t.has(text::POSSESSIVE) && kin(desc.text.word(j)).is_none())?;
            let (age, said) = self.age_of(desc.text.word(j))?;
            (age < limit.under).then_some((said, limit))
        })
    }
}
