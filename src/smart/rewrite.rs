//! One concrete rewrite for a weak outcome ("Try: '…'"), built from its own words: the
//! person it is about, what it says will happen, and a number and a record that fit its
//! topic (school: the register; sleep: a diary; drinking: test results). The patterns are
//! data (`text.rewrites` in data/smart.json).

use super::assess::{names_only_people, Scanned};
use super::data::{cat, Compiled, Topic};
use super::text::{ALL_CAPS, CAP, SENT_START};
use crate::rules::template::V;

/// The rewrite for the first topic found in the outcome's own texts (`own`, in order), else
/// in its needs, else the default. Within each, a topic found by a person's name ("Dad" is
/// family) only if none has another: "Dad will stop gambling" is about money, not family
/// time; "Evan sees his dad every Saturday" is about family time, whatever the need says.
pub(crate) fn topic<'c, 's>(
    c: &'c Compiled,
    own: impl Iterator<Item = &'s Scanned<'s>> + Clone,
    needs: impl Iterator<Item = &'s Scanned<'s>> + Clone,
) -> &'c Topic {
    let found = first_topic(c, own.clone(), false)
        .or_else(|| first_topic(c, own, true))
        .or_else(|| first_topic(c, needs.clone(), false))
        .or_else(|| first_topic(c, needs, true));
    found.and_then(|id| c.topics.get(usize::from(id))).unwrap_or_else(|| c.default_topic())
}

/// The id of the first topic in `texts`, leaving out those found by a person's name unless
/// `people`; in a text, a worry for the child's safety first ("bruises" before "school" in
/// "goes to school with bruises").
fn first_topic<'s>(c: &Compiled, mut texts: impl Iterator<Item = &'s Scanned<'s>>, people: bool) -> Option<u16> {
    texts.find_map(|s| {
        let kept = || s.of(cat::TOPIC).filter(|h| people || !names_only_people(s, h));
        let concern = kept().find(|h| h.id < 32 && c.concerns & (1 << h.id) != 0);
        concern.or_else(|| kept().next()).map(|h| h.id)
    })
}

/// A whole outcome from the topic's pattern.
pub(crate) fn outcome(t: &Topic, name: &str, who: &str) -> String {
    t.outcome.render(&[], &[("name", V::S(name)), ("who", V::S(who))])
}

/// A measure: the topic's witness before the outcome's own statement ("The sleep diary
/// shows that Jacob is asleep by 8pm").
pub(crate) fn measure(t: &Topic, name: &str, statement: &str) -> String {
    let mut out = t.witness.render(&[], &[("name", V::S(name))]);
    out.push(' ');
    out.push_str(statement);
    out
}

/// The person the outcome is about, to write it for: a parent or relative named by title
/// in its first words ("Mum to…", "Dad will…"), "Each parent" for parents, else the child.
pub(crate) fn who(c: &Compiled, desc: &Scanned, name: &str) -> String {
    let text = &desc.text;
    for i in 0..text.toks.len().min(3) {
        if desc.is(i, cat::PARENTS) {
            return c.phrase("eachParent").to_string();
        }
        if desc.is(i, cat::PLURAL) {
            break;
        }
        if desc.is(i, cat::TITLE) {
            let shown = text.span(i, i + 1);
            let shown = shown.strip_suffix("'s").or_else(|| shown.strip_suffix("’s")).unwrap_or(shown);
            return capitalised(shown);
        }
    }
    name.to_string()
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
    // "<who> to <verb> …" or "<who> will <verb> …", with no verb before it (not "will not").
    let to = (1..n.min(6)).find(|&k| matches!(text.word(k), "to" | "will")).filter(|&k| {
        k + 1 < n
            && text.toks[..k].iter().all(|t| t.starts & VERB == 0)
            && text.toks[k + 1].starts & (1 << cat::DETERMINER | 1 << cat::NEGATION) == 0
    });
    match to {
        Some(k) => {
            let plural = (0..k).any(|i| s.is(i, cat::PLURAL));
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
    let title = s.is(0, cat::TITLE);
    if first.has(CAP) && !first.has(ALL_CAPS) && !title && (first.starts | first.covers) != 0 {
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

/// "never argue" made reachable: "argue no more than once a week". Other demands for
/// perfection get the topic's outcome instead.
pub(crate) fn without_perfection(c: &Compiled, s: &Scanned) -> Option<String> {
    let h = s.of(cat::PERFECTION).next()?;
    let (a, b, n) = (h.start as usize, h.end as usize, s.text.toks.len());
    if s.text.word(a) != "never" || b <= a + 1 {
        return None;
    }
    let mut out = String::new();
    if a > 0 {
        out.push_str(s.text.span(0, a));
        out.push(' ');
    }
    out.push_str(s.text.span(a + 1, b));
    out.push(' ');
    out.push_str(c.phrase("never"));
    if b < n {
        out.push(' ');
        out.push_str(s.text.span(b, n));
    }
    Some(out)
}
