//! The variables a rule's message and hint may use: `{authority}` (short name), `{limit}`,
//! `{actual}`, `{n}`, `{date}`, `{deadline}`, `{role}` (see `rules.rs`). The templates are
//! parsed when the ruleset loads (`crate::rules::template`); a variable with no value is left as
//! written so a ruleset test can catch it.

use crate::rules::template::{Template, V};

#[derive(Debug, Default, Clone)]
pub struct Vars {
    pub n: Option<usize>,
    pub limit: Option<String>,
    pub actual: Option<String>,
    pub date: Option<String>,
    pub deadline: Option<String>,
    pub role: Option<String>,
}

impl Vars {
    /// `template` filled with these values and the authority's short name.
    pub fn fill(&self, template: &Template, authority: &str) -> String {
        let mut locals: Vec<(&str, V)> = Vec::with_capacity(7);
        locals.push(("authority", V::S(authority)));
        if let Some(n) = self.n {
            locals.push(("n", V::N(n)));
        }
        let texts = [
            ("limit", &self.limit),
            ("actual", &self.actual),
            ("date", &self.date),
            ("deadline", &self.deadline),
            ("role", &self.role),
        ];
        locals.extend(texts.iter().filter_map(|(name, v)| v.as_deref().map(|s| (*name, V::S(s)))));
        template.render(&[], &locals)
    }
}
