//! Advice on a ruleset that loads: what is allowed but likely a slip. `cinplan ruleset
//! check` prints it, wasm `loadRuleset` answers it as `warnings`, and the workbench shows it.
//!
//! - a checklist item nothing counts against (it always shows as met);
//! - a rule, deadline or expected duration whose `when` can never hold;
//! - a check that can never find anything (`outcomeWithinDuration` with no expected
//!   duration; `chairRole` that allows and forbids nothing);
//! - a placeholder the rule's kind fills in that its message does not use (the
//!   practitioner is not told which outcome, or what the limit is);
//! - no web address for the procedure;
//! - with the procedure's text: each quoted passage not found in it.

use super::datafile::{quoted, Problem};
use super::{Check, Ruleset, When, CORE_ITEMS};
use crate::util::shorten;

/// The warnings for `rs`; `procedure` is the procedure's text, when given, to look for the quotes in.
pub fn lint(rs: &Ruleset, procedure: Option<&str>) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut warn = |path: String, message: String| out.push(Problem { path, message });

    for (i, (id, label)) in rs.checklist_items().enumerate() {
        let counted = rs.rules.iter().any(|r| r.item == id) || rs.deadlines.iter().any(|d| d.item == id);
        if !counted {
            let at = if i < CORE_ITEMS.len() { String::new() } else { ["items.", &num(i - CORE_ITEMS.len())].concat() };
            let message = [
                "the checklist item ",
                &quoted(label),
                " (",
                id,
                ") has no rule or deadline counting against it, so it always shows as met",
            ]
            .concat();
            warn(at, message);
        }
    }

    for (i, r) in rs.rules.iter().enumerate() {
        let at = ["rules.", &num(i)].concat();
        if let Some(why) = never(&r.when) {
            warn([&at, ".when"].concat(), ["the rule never applies: ", why].concat());
        }
        match &r.check {
            Check::OutcomeWithinDuration if rs.expected_duration.is_empty() => warn(
                [&at, ".check.kind"].concat(),
                "never finds anything: the ruleset sets no expectedDuration to compare target dates with".into(),
            ),
            Check::ChairRole { allowed, forbidden } if allowed.is_empty() && forbidden.is_empty() => warn(
                [&at, ".check"].concat(),
                "allows every role: name the roles allowed to chair, or those not allowed".into(),
            ),
            _ => {}
        }
        let kind = r.check.kind();
        let unused: Vec<&str> = kind
            .vars
            .iter()
            .copied()
            .filter(|v| !r.message.uses(v) && !r.hint.as_ref().is_some_and(|h| h.uses(v)))
            .collect();
        if !unused.is_empty() {
            let list = ["{", &unused.join("}, {"), "}"].concat();
            let message = [
                "does not use ",
                &list,
                ", which checks of kind \"",
                kind.name,
                "\" fill in (",
                &explain(&unused),
                ")",
            ]
            .concat();
            warn([&at, ".message"].concat(), message);
        }
    }
    for (i, d) in rs.deadlines.iter().enumerate() {
        if let Some(why) = never(&d.when) {
            warn(["deadlines.", &num(i), ".when"].concat(), ["the deadline never applies: ", why].concat());
        }
    }
    for (i, d) in rs.expected_duration.iter().enumerate() {
        if let Some(why) = never(&d.when) {
            warn(["expectedDuration.", &num(i), ".when"].concat(), ["never applies: ", why].concat());
        }
    }
    if rs.procedure.url.is_none() {
        warn(
            "procedure.url".into(),
            "no web address is given for the procedure, so reports cannot say where it is published".into(),
        );
    }

    if let Some(text) = procedure {
        let text = words(text);
        let mut quotes: Vec<(String, &str)> = Vec::new();
        quotes.extend(rs.smart.quote.as_deref().map(|q| ("smart.quote".to_string(), q)));
        quotes.extend(
            rs.rules.iter().enumerate().map(|(i, r)| (["rules.", &num(i), ".quote"].concat(), r.quote.as_str())),
        );
        quotes.extend(
            rs.deadlines
                .iter()
                .enumerate()
                .map(|(i, d)| (["deadlines.", &num(i), ".quote"].concat(), d.quote.as_str())),
        );
        for (i, d) in rs.expected_duration.iter().enumerate() {
            quotes.extend(d.quote.as_deref().map(|q| (["expectedDuration.", &num(i), ".quote"].concat(), q)));
        }
        for (at, quote) in quotes {
            for part in quote_parts(quote) {
                if !text.contains(&words(part)) {
                    let message = ["not found in the procedure's text: \"", &shorten(part.trim()), "\""].concat();
                    warn(at.clone(), message);
                }
            }
        }
    }
    out
}

/// Why a `when` can never hold, if it cannot.
fn never(when: &When) -> Option<&'static str> {
    match (&when.pathway_in, &when.pathway_not_in) {
        (Some(list), _) if list.is_empty() => Some("pathwayIn lists no pathway"),
        (Some(list), Some(not)) if list.iter().all(|p| not.contains(p)) => {
            Some("every pathway in pathwayIn is in pathwayNotIn")
        }
        (None, Some(not)) if crate::plan::Pathway::ALL.iter().all(|p| not.contains(p)) => {
            Some("pathwayNotIn lists every pathway")
        }
        _ => None,
    }
}

/// What the placeholders would tell the practitioner.
fn explain(vars: &[&str]) -> String {
    let said: Vec<&str> = vars
        .iter()
        .map(|v| match *v {
            "n" => "which row: outcome 2, meeting 3",
            "limit" => "the procedure's limit, e.g. 6 weeks",
            "actual" => "what the plan says",
            "date" => "the date in the plan",
            "deadline" => "the date it should be by",
            "role" => "the chair's role",
            _ => "a value",
        })
        .collect();
    said.join("; ")
}

/// The passages of a quote: a quote may join passages with "..." or "…", or list items
/// with ";", and each is looked for on its own.
pub fn quote_parts(quote: &str) -> impl Iterator<Item = &str> {
    quote.split([';', '…']).flat_map(|p| p.split("...")).filter(|p| !words(p).is_empty())
}

/// Text reduced to its words, lower case, single spaces: punctuation, curly and straight
/// quotes, dashes, bullets and line breaks do not count when a quote is looked for.
pub fn words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars() {
        let keep = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            // Letters beyond ASCII (é) count; the punctuation and spaces procedures use do not.
            !matches!(
                c,
                '\u{a0}' | '\u{2000}'..='\u{206f}' | '\u{2e00}'..='\u{2e7f}' | '\u{3000}' | '\u{feff}' | '·' | '«' | '»'
            )
        };
        if keep {
            out.push(c.to_ascii_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

fn num(i: usize) -> String {
    let mut s = String::new();
    crate::util::push_num(&mut s, i);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_ignore_punctuation_quotes_and_spacing() {
        assert_eq!(words("The child’s views — “must” be\nrecorded…"), "the child s views must be recorded");
        assert_eq!(words("The child's views - \"must\" be recorded."), "the child s views must be recorded");
        assert_eq!(words("  Café  "), "café");
        let parts: Vec<&str> = quote_parts("First part; second … third... ").collect();
        assert_eq!(parts, ["First part", " second ", " third"]);
    }
}
