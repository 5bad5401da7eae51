//! One concrete rewrite for a weak outcome ("Try: '…'"), built from its own words: the
//! person it is about, what it says will happen, and a number and a record that fit its
//! topic (school: the register; sleep: a diary; drinking: test results). The patterns are
//! data (`text.rewrites` in data/smart.json).

use super::assess::Scanned;
use super::data::{cat, Compiled, TopicRewrite};
use super::text::{ALL_CAPS, CAP, SENT_START};
use crate::template::V;

/// The rewrite for the first topic found in `texts` (the description first), or the default.
pub(crate) fn topic<'c>(c: &'c Compiled, texts: &[&Scanned]) -> &'c TopicRewrite {
    let r = &c.data.text.rewrites;
    texts
        .iter()
        .flat_map(|s| s.of(cat::TOPIC))
        .filter_map(|h| c.data.relevant.topics.get(h.id as usize))
        .find_map(|t| r.topics.iter().find(|x| x.topic == t.name))
        .unwrap_or(&r.default)
}

/// A whole outcome from the topic's pattern.
pub(crate) fn outcome(t: &TopicRewrite, name: &str, who: &str) -> String {
    t.outcome.render(&[], &[("name", V::S(name)), ("who", V::S(who))])
}

/// A measure: the topic's witness before the outcome's own statement ("The sleep diary
/// shows that Jacob is asleep by 8pm").
pub(crate) fn measure(t: &TopicRewrite, name: &str, statement: &str) -> String {
    format!("{} {statement}", t.witness.render(&[], &[("name", V::S(name))]))
}

/// The person the outcome is about, to write it for: a parent or relative named by title
/// in its first words ("Mum to…", "Dad will…"), "Each parent" for parents, else the child.
pub(crate) fn who(c: &Compiled, desc: &Scanned, name: &str) -> String {
    let r = &c.data.text.rewrites;
    let text = &desc.text;
    for i in 0..text.toks.len().min(3) {
        let w = text.word(i);
        if r.parents.iter().any(|p| p == w) {
            return r.each_parent.clone();
        }
        if r.plural.iter().any(|p| p == w) {
            break;
        }
        if r.titles.iter().any(|t| t == w) {
            let shown = text.span(i, i + 1).trim_end_matches("'s").trim_end_matches("’s");
            let mut chars = shown.chars();
            return chars.next().map_or_else(String::new, |f| f.to_uppercase().chain(chars).collect());
        }
    }
    name.to_string()
}

/// The description's first sentence as a statement of fact: "Mum to keep the meter topped
/// up" becomes "Mum keeps the meter topped up", "Boiler to be repaired" "boiler is
/// repaired". Starts in lower case unless it starts with a name or a title ("Mum").
pub(crate) fn statement(c: &Compiled, s: &Scanned) -> String {
    let r = &c.data.text.rewrites;
    let text = &s.text;
    let n = text.toks.iter().skip(1).position(|t| t.has(SENT_START)).map_or(text.toks.len(), |k| k + 1);
    if n == 0 {
        return String::new();
    }
    const VERB: u32 = 1 << cat::OBSERVABLE
        | 1 << cat::CLAUSE_VERB
        | 1 << cat::VAGUE
        | 1 << cat::CHANGE
        | 1 << cat::WITNESS
        | 1 << cat::SERVICE_VERB;
    let mut out = String::new();
    // "<who> to <verb> …", with no verb before "to".
    let to = (1..n.min(6)).find(|&k| text.word(k) == "to").filter(|&k| {
        k + 1 < n
            && text.toks[..k].iter().all(|t| t.starts & VERB == 0)
            && text.toks[k + 1].starts & (1 << cat::DETERMINER) == 0
    });
    match to {
        Some(k) => {
            let plural = (0..k).any(|i| r.plural.iter().any(|p| *p == text.word(i)));
            out.push_str(text.span(0, k));
            out.push(' ');
            out.push_str(&conjugate(c, text.word(k + 1), plural));
            if k + 2 < n {
                let rest = text.span(k + 2, n);
                out.push(' ');
                out.push_str(rest);
            }
        }
        None => out.push_str(text.span(0, n)),
    }
    // Lower case for a common word ("The", "Parents", "Boiler"), not for names, titles and
    // acronyms ("GP").
    let first = &text.toks[0];
    let title = r.titles.iter().any(|t| *t == text.word(0));
    if first.has(CAP) && !first.has(ALL_CAPS) && !title && (first.starts | first.covers) != 0 {
        let mut chars = out.chars();
        if let Some(f) = chars.next() {
            out = f.to_lowercase().chain(chars).collect();
        }
    }
    out
}

/// "keep" with one person is "keeps"; "be" is "is" or "are".
fn conjugate(c: &Compiled, verb: &str, plural: bool) -> String {
    let r = &c.data.text.rewrites;
    if let Some(f) = r.verb_forms.iter().find(|f| f.first().is_some_and(|v| v == verb)) {
        if let Some(form) = f.get(if plural { 2 } else { 1 }) {
            return form.clone();
        }
    }
    if plural {
        return verb.to_string();
    }
    let b = verb.as_bytes();
    let consonant_y = verb.len() > 1 && verb.ends_with('y') && !b"aeiou".contains(&b[verb.len() - 2]);
    if consonant_y {
        format!("{}ies", &verb[..verb.len() - 1])
    } else if ["s", "sh", "ch", "x", "z", "o"].iter().any(|e| verb.ends_with(e)) {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    }
}

/// The text with a demand for perfection made reachable: "never argue" becomes "argue no
/// more than once a week", "100%" "at least 95%", "without any" "with few"; "at all" and
/// "from now on" are taken out and "in at least 4 weeks out of 5" is added.
pub(crate) fn without_perfection(c: &Compiled, s: &Scanned) -> Option<String> {
    let r = &c.data.text.rewrites;
    let h = s.of(cat::PERFECTION).next()?;
    let (a, b) = (h.start as usize, h.end as usize);
    let text = &s.text;
    let n = text.toks.len();
    let part = |x: usize, y: usize| if x < y { text.span(x, y) } else { "" };
    let join = |parts: &[&str]| parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join(" ");
    let tail = |kept: String| format!("{}{}", kept.trim_end_matches(['.', ' ']), r.most_weeks);
    let out = if text.word(a) == "never" {
        join(&[part(0, a), part(a + 1, b), &r.never, part(b, n)])
    } else if b - a >= 3 && text.word(b - 2) == "at" && text.word(b - 1) == "all" {
        tail(join(&[part(0, b - 2), part(b, n)]))
    } else if text.word(a) == "100" {
        join(&[part(0, a), &r.hundred, part(b, n)])
    } else if text.word(a) == "without" {
        join(&[part(0, a), &r.with_few, part(b, n)])
    } else {
        tail(join(&[part(0, a), part(b, n)]))
    };
    (!out.trim().is_empty()).then_some(out)
}
