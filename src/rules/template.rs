//! Message templates: text with `{name}` variables, parsed once when the data is loaded
//! (rulesets' messages and hints, `data/smart.json`'s wording) and filled per finding.
//! A variable with no value is left as written, `{name}`, so a test can catch it.

use crate::util::push_num;

/// A value for a template variable.
#[derive(Clone, Copy)]
pub(crate) enum V<'x> {
    S(&'x str),
    N(usize),
    /// A list, written “a”, “b” and “c”; each item cut at [`MAX_QUOTED`] characters.
    Q(&'x [&'x str]),
    /// A date, written "6 Oct 2026" as the engine writes dates.
    D(chrono::NaiveDate),
}

/// Characters of one quoted item: items are words and phrases from the user's text, and a
/// word of 50,000 digits pasted into a measure must not fill the message.
pub(crate) const MAX_QUOTED: usize = 80;

impl V<'_> {
    fn write(&self, out: &mut String) {
        match self {
            V::S(s) => out.push_str(s),
            V::N(n) => push_num(out, *n),
            V::D(d) => crate::dates::push_date(out, *d),
            V::Q(items) => {
                let n = items.len();
                for (i, s) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(if i + 1 == n { " and " } else { ", " });
                    }
                    out.push('“');
                    match s.char_indices().nth(MAX_QUOTED) {
                        Some((cut, _)) => {
                            out.push_str(&s[..cut]);
                            out.push('…');
                        }
                        None => out.push_str(s),
                    }
                    out.push('”');
                }
            }
        }
    }
}

/// A message template, split once into literal text and `{variables}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    parts: Vec<(Box<str>, bool)>,
    literal: usize,
}

impl Template {
    pub fn parse(s: &str) -> Template {
        let mut parts: Vec<(Box<str>, bool)> = Vec::new();
        let mut rest = s;
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else { break };
            if open > 0 {
                parts.push((rest[..open].into(), false));
            }
            parts.push((after[..close].into(), true));
            rest = &after[close + 1..];
        }
        if !rest.is_empty() {
            parts.push((rest.into(), false));
        }
        let literal = parts.iter().filter(|(_, var)| !var).map(|(s, _)| s.len()).sum();
        Template { parts, literal }
    }

    /// Fill in the variables (`locals` first, then `globals`); unknown ones stay "{name}".
    pub(crate) fn render(&self, globals: &[(&str, V)], locals: &[(&str, V)]) -> String {
        let find = |k: &str| locals.iter().chain(globals).find(|(n, _)| *n == k).map(|(_, v)| *v);
        let mut out = String::with_capacity(self.literal + 64);
        for (p, var) in &self.parts {
            if !var {
                out.push_str(p);
                continue;
            }
            match find(p) {
                Some(v) => v.write(&mut out),
                None => {
                    out.push('{');
                    out.push_str(p);
                    out.push('}');
                }
            }
        }
        out
    }
}

impl Template {
    /// Whether the template has the variable `name` ("authority" for `{authority}`).
    pub fn uses(&self, name: &str) -> bool {
        self.variables().any(|v| v == name)
    }

    /// Whether it says nothing: no variables, and only spaces if anything.
    pub fn is_blank(&self) -> bool {
        self.parts.iter().all(|(p, var)| !var && p.trim().is_empty())
    }

    /// The variables it uses, in order (a repeated one each time).
    pub fn variables(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter(|(_, var)| *var).map(|(p, _)| &**p)
    }
}

impl super::datafile::FromData for Template {
    fn from_data(v: &crate::json::Json, at: &super::datafile::At, p: &mut super::datafile::Problems) -> Self {
        Template::parse(&String::from_data(v, at, p))
    }
    fn fallback() -> Self {
        Template::parse("")
    }
    fn schema(defs: &mut super::datafile::Defs) -> serde_json::Value {
        String::schema(defs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_variables_numbers_and_quoted_lists() {
        let t = Template::parse("{n}: {terms} {isAre} vague{x}, says {who}.");
        let terms = ["improve", "support"];
        let s = t.render(&[("n", V::N(3))], &[("terms", V::Q(&terms)), ("isAre", V::S("are")), ("x", V::S(""))]);
        assert_eq!(s, "3: “improve” and “support” are vague, says {who}.");
        let three = ["a", "b", "c"];
        assert_eq!(Template::parse("{t}").render(&[], &[("t", V::Q(&three))]), "“a”, “b” and “c”");
        // A quoted item is cut, in characters, not bytes.
        let long = "é".repeat(MAX_QUOTED + 5);
        let cut = Template::parse("{t}").render(&[], &[("t", V::Q(&[long.as_str()]))]);
        assert_eq!(cut, ["“", &"é".repeat(MAX_QUOTED), "…”"].concat());
    }

    #[test]
    fn variables_are_found_filled_and_left_visible_when_missing() {
        let t = Template::parse("{authority} requires reviews every {limit}; {unknown} stays");
        assert!(t.uses("authority") && t.uses("limit") && !t.uses("n"));
        let filled =
            t.render(&[("authority", V::S("Reading"))], &[("limit", V::S("6 weeks")), ("authority", V::S("Local"))]);
        assert_eq!(filled, "Local requires reviews every 6 weeks; {unknown} stays");
        assert_eq!(Template::parse("no variables").render(&[], &[]), "no variables");
        assert_eq!(Template::parse("unclosed {brace").render(&[], &[]), "unclosed {brace");
    }
}
