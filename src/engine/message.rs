//! Filling rule message templates: `{authority}`, `{limit}`, `{actual}`, `{n}`, `{date}`,
//! `{deadline}`, `{role}`. An unknown or unfilled placeholder is left as written so a
//! ruleset test can catch it.

#[derive(Debug, Default, Clone)]
pub struct Vars {
    pub n: Option<usize>,
    pub limit: Option<String>,
    pub actual: Option<String>,
    pub date: Option<String>,
    pub deadline: Option<String>,
    pub role: Option<String>,
}

pub fn fill(template: &str, authority: &str, v: &Vars) -> String {
    if !template.contains('{') {
        return template.to_string();
    }
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        let value: Option<String> = match name {
            "authority" => Some(authority.to_string()),
            "n" => v.n.map(|n| n.to_string()),
            "limit" => v.limit.clone(),
            "actual" => v.actual.clone(),
            "date" => v.date.clone(),
            "deadline" => v.deadline.clone(),
            "role" => v.role.clone(),
            _ => None,
        };
        match value {
            Some(s) => out.push_str(&s),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}
