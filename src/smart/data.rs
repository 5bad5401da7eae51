//! `data/smart.json`: word lists, thresholds and wording, parsed and compiled once.

use super::text::Lexicon;
use crate::rules::datafile::{self, data_struct, Table};
use crate::rules::template::Template;
use std::sync::OnceLock;

const SMART_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/smart.json"));

data_struct! {
    #[derive(Debug)]
    pub(crate) struct SmartData {
        pub thresholds: Thresholds = "thresholds",
        pub specific: SpecificLists = "specific",
        pub quantity: Vec<String> = "quantity",
        pub measurable: MeasurableLists = "measurable",
        pub achievable: AchievableLists = "achievable",
        pub relevant: RelevantLists = "relevant",
        pub plain_language: PlainLists = "plainLanguage",
        pub text: Wording = "text",
        /// The file's own description of its format (for people editing it).
        #[allow(dead_code)]
        pub about: Option<String> = "about",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct Thresholds {
        pub long_sentence_words: u32 = "longSentenceWords",
        pub max_demands: usize = "maxDemands",
        /// Items in one list (commas and "and") above which a list is a pile of demands.
        pub max_list_items: usize = "maxListItems",
        pub min_target_days: i64 = "minTargetDays",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct SpecificLists {
        /// Specific needs to say whose behaviour or circumstances change ("Amira", "Mum").
        pub require_subject: bool = "requireSubject",
        pub vague: Vec<String> = "vague",
        pub observable: Vec<String> = "observable",
        pub subjects: Vec<String> = "subjects",
        pub not_names: Vec<String> = "notNames",
        /// Nouns that look like observable verbs ("cannabis use", "home visits").
        pub not_anchors: Vec<String> = "notAnchors",
        pub condition_words: Vec<String> = "conditionWords",
        pub after_name: Vec<String> = "afterName",
        /// Names of services, roles and schemes: words inside them are not vague
        /// ("family support worker", "Citizens Advice").
        pub names: Vec<String> = "names",
        /// Words of change ("improves", "better"): vague only when nothing concrete
        /// (`areas`) changes in the same clause.
        pub change: Vec<String> = "change",
        pub areas: Vec<String> = "areas",
        /// "encouraged to", "consider": what follows in the clause is not yet a commitment.
        pub softeners: Vec<String> = "softeners",
        /// "the", "a": a sentence starting with one names its subject next.
        pub determiners: Vec<String> = "determiners",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct MeasurableLists {
        pub evidence: Vec<String> = "evidence",
        pub countable: Vec<String> = "countable",
        pub quantifiers: Vec<String> = "quantifiers",
        pub vague: Vec<String> = "vague",
        /// Someone seeing, checking or confirming: "the surgery confirms", "Mum shows".
        pub witness: Vec<String> = "witness",
        /// The same in the passive, which counts with "by" someone: "seen fitted by the health visitor".
        pub witness_passive: Vec<String> = "witnessPassive",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct AchievableLists {
        pub separators: Vec<String> = "separators",
        pub clause_verbs: Vec<String> = "clauseVerbs",
        /// Asking for perfection: "never argue", "no incidents at all".
        pub perfection: Vec<String> = "perfection",
        /// A wait stated in a need: "waiting list", "not booking … until".
        pub waits: Vec<String> = "waits",
        /// After a length ("a 26-week programme"): a course or a wait the outcome depends on.
        pub courses: Vec<String> = "courses",
        /// "while she waits", "in the meantime": an outcome about the wait, not after it.
        pub interim: Vec<String> = "interim",
        /// Words for one: "a year", "an hour".
        pub one_words: Vec<String> = "oneWords",
        /// Number words by value: "zero", "one", "two", …
        pub number_words: Vec<String> = "numberWords",
        /// Words for lengths of time, with their days: "months" = 30.
        pub wait_units: Vec<WaitUnit> = "waitUnits",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct WaitUnit {
        pub words: Vec<String> = "words",
        pub days: i64 = "days",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct RelevantLists {
        /// Professionals and services, as the subject of an outcome about their own work.
        pub roles: Vec<String> = "roles",
        /// What services do (refer, liaise, visit): an outcome about these is not a change
        /// for the child or family.
        pub service_verbs: Vec<String> = "serviceVerbs",
        /// The same as nouns, for "Referral to be made".
        pub service_nouns: Vec<String> = "serviceNouns",
        /// Service verbs that start an outcome as an order: "Refer Blessing to Young Carers".
        pub imperatives: Vec<String> = "imperatives",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct PlainLists {
        pub jargon: Vec<JargonEntry> = "jargon",
        pub familiar_acronyms: Vec<String> = "familiarAcronyms",
        pub flag_unknown_acronyms: bool = "flagUnknownAcronyms",
        pub unknown_acronym_plain: String = "unknownAcronymPlain",
        pub acronym_letters: MinMax = "acronymLetters",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct JargonEntry {
        pub term: String = "term",
        pub plain: String = "plain",
        pub any_case: bool = "anyCase" or false,
        pub also: Vec<String> = "also" or Vec::new(),
    }
}

impl JargonEntry {
    /// Acronyms ("CAMHS", "CiN") only count when typed with capitals, unless `anyCase`.
    pub fn needs_capitals(&self) -> bool {
        !self.any_case && self.term.chars().filter(|c| c.is_uppercase()).count() >= 2
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct MinMax {
        pub min: u8 = "min",
        pub max: u8 = "max",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct Wording {
        pub the_child: String = "theChild",
        reasons: Table<String> = "reasons",
        findings: Table<Table<String>> = "findings",
        pub rewrites: Rewrites = "rewrites",
    }
}

data_struct! {
    /// What "Try: '…'" suggestions are built from (see `rewrite`).
    #[derive(Debug)]
    pub(crate) struct Rewrites {
        /// Per topic of `relevant.topics`: a whole outcome, and who sees or counts it.
        pub topics: Vec<TopicRewrite> = "topics",
        pub default: TopicRewrite = "default",
        /// An outcome for while the family waits.
        pub wait: Template = "wait",
        /// "never argue" becomes "argue {never}".
        pub never: String = "never",
        /// Irregular verbs: infinitive, with one person, with several ("be is are").
        pub verb_forms: Vec<String> = "verbForms",
        /// Words that make the people doing something more than one ("Mum and Dad", "parents").
        pub plural: Vec<String> = "plural",
        /// Words for both parents ("parents", "carers"), written as `each_parent`.
        pub parents: Vec<String> = "parents",
        pub each_parent: String = "eachParent",
        /// Words kept with their capital at the start of a suggestion ("Mum", "Dad").
        pub titles: Vec<String> = "titles",
    }
}

data_struct! {
    #[derive(Debug)]
    pub(crate) struct TopicRewrite {
        /// The topic's name, for people editing the file.
        #[allow(dead_code)]
        pub topic: String = "topic" or String::new(),
        /// Words that put an outcome in this topic.
        pub words: Vec<String> = "words" or Vec::new(),
        /// A whole outcome: {name} is the child, {who} the person the outcome is about.
        pub outcome: Template = "outcome",
        /// Put before the outcome's own words to make a measure: "The school register shows that".
        pub witness: Template = "witness",
    }
}

/// The wording, with every template parsed.
pub(crate) struct Templates {
    pub the_child: String,
    reasons: Table<Template>,
    findings: Table<Table<Template>>,
    missing: Template,
}

impl Templates {
    fn new(w: &Wording) -> Templates {
        Templates {
            the_child: w.the_child.clone(),
            reasons: w.reasons.map(|v| Template::parse(v)),
            findings: w.findings.map(|g| g.map(|v| Template::parse(v))),
            missing: Template::parse(""),
        }
    }

    /// A reason template; a missing key renders empty (a test checks all exist).
    pub fn reason(&self, key: &str) -> &Template {
        self.reasons.get(key).unwrap_or(&self.missing)
    }

    pub fn finding(&self, group: &str, key: &str) -> &Template {
        self.findings.get(group).and_then(|g| g.get(key)).unwrap_or(&self.missing)
    }

    #[cfg(test)]
    pub fn has_reason(&self, key: &str) -> bool {
        self.reasons.get(key).is_some()
    }

    #[cfg(test)]
    pub fn has_finding(&self, group: &str, key: &str) -> bool {
        self.findings.get(group).is_some_and(|g| g.get(key).is_some())
    }
}

/// Pattern categories in the one lexicon.
pub(crate) mod cat {
    pub const VAGUE: u8 = 1;
    pub const OBSERVABLE: u8 = 2;
    pub const SUBJECT: u8 = 3;
    pub const NOT_NAME: u8 = 4;
    pub const AFTER_NAME: u8 = 5;
    pub const QUANTITY: u8 = 6;
    pub const EVIDENCE: u8 = 7;
    pub const COUNTABLE: u8 = 8;
    pub const QUANTIFIER: u8 = 9;
    pub const MEASURE_VAGUE: u8 = 10;
    pub const SEPARATOR: u8 = 11;
    pub const CLAUSE_VERB: u8 = 12;
    /// id = index into `plain_language.jargon`.
    pub const JARGON: u8 = 13;
    pub const FAMILIAR: u8 = 14;
    /// Opens a condition ("if", "when"): what follows in the clause is not the change itself.
    pub const CONDITION: u8 = 15;
    pub const NOT_ANCHOR: u8 = 16;
    pub const NAME: u8 = 17;
    pub const CHANGE: u8 = 18;
    pub const AREA: u8 = 19;
    pub const SOFTENER: u8 = 20;
    pub const WITNESS: u8 = 21;
    pub const WITNESS_PASSIVE: u8 = 22;
    pub const ROLE: u8 = 23;
    pub const SERVICE_VERB: u8 = 24;
    pub const SERVICE_NOUN: u8 = 25;
    pub const PERFECTION: u8 = 26;
    pub const WAIT: u8 = 27;
    /// id = index into `text.rewrites.topics`.
    pub const TOPIC: u8 = 28;
    pub const DETERMINER: u8 = 29;
    pub const IMPERATIVE: u8 = 30;
    /// Shares bit 0 (no category 0 is ever matched otherwise): "while she waits".
    pub const INTERIM: u8 = 0;
}

pub(crate) struct Compiled {
    pub data: SmartData,
    pub lex: Lexicon,
    pub text: Templates,
}

pub(crate) fn get() -> &'static Compiled {
    static CELL: OnceLock<Compiled> = OnceLock::new();
    CELL.get_or_init(|| {
        // Display, not expect's Debug: Debug formatting of text would pull core's Unicode
        // printability tables (~3 KB gzip) into the wasm for a message no user can see.
        let data: SmartData = datafile::from_text(SMART_JSON)
            .unwrap_or_else(|e| panic!("data/smart.json is invalid (checked by tests): {e}"));
        let lex = compile(&data);
        let text = Templates::new(&data.text);
        Compiled { data, lex, text }
    })
}

fn compile(d: &SmartData) -> Lexicon {
    let mut lex = Lexicon::default();
    let lists: [(&[String], u8); 29] = [
        (&d.specific.vague, cat::VAGUE),
        (&d.specific.observable, cat::OBSERVABLE),
        (&d.specific.subjects, cat::SUBJECT),
        (&d.specific.not_names, cat::NOT_NAME),
        (&d.specific.after_name, cat::AFTER_NAME),
        (&d.specific.condition_words, cat::CONDITION),
        (&d.specific.not_anchors, cat::NOT_ANCHOR),
        (&d.quantity, cat::QUANTITY),
        (&d.measurable.evidence, cat::EVIDENCE),
        (&d.measurable.countable, cat::COUNTABLE),
        (&d.measurable.quantifiers, cat::QUANTIFIER),
        (&d.measurable.vague, cat::MEASURE_VAGUE),
        (&d.achievable.separators, cat::SEPARATOR),
        (&d.achievable.clause_verbs, cat::CLAUSE_VERB),
        (&d.plain_language.familiar_acronyms, cat::FAMILIAR),
        (&d.specific.names, cat::NAME),
        (&d.specific.change, cat::CHANGE),
        (&d.specific.areas, cat::AREA),
        (&d.specific.softeners, cat::SOFTENER),
        (&d.specific.determiners, cat::DETERMINER),
        (&d.measurable.witness, cat::WITNESS),
        (&d.measurable.witness_passive, cat::WITNESS_PASSIVE),
        (&d.relevant.roles, cat::ROLE),
        (&d.relevant.service_verbs, cat::SERVICE_VERB),
        (&d.relevant.service_nouns, cat::SERVICE_NOUN),
        (&d.relevant.imperatives, cat::IMPERATIVE),
        (&d.achievable.perfection, cat::PERFECTION),
        (&d.achievable.waits, cat::WAIT),
        (&d.achievable.interim, cat::INTERIM),
    ];
    for (list, c) in lists {
        for p in list {
            lex.add(p, c, 0);
        }
    }
    for (i, t) in d.text.rewrites.topics.iter().enumerate() {
        for w in &t.words {
            lex.add(w, cat::TOPIC, i as u16);
        }
    }
    for (i, j) in d.plain_language.jargon.iter().enumerate() {
        lex.add(&j.term, cat::JARGON, i as u16);
        for a in &j.also {
            lex.add(a, cat::JARGON, i as u16);
        }
    }
    lex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_parses_and_every_pattern_compiles() {
        let d: SmartData = datafile::from_text(SMART_JSON).expect("data/smart.json parses");
        let mut lex = Lexicon::default();
        let all = d
            .specific
            .vague
            .iter()
            .chain(&d.specific.observable)
            .chain(&d.specific.subjects)
            .chain(&d.quantity)
            .chain(&d.measurable.evidence)
            .chain(&d.measurable.countable)
            .chain(&d.measurable.vague)
            .chain(&d.measurable.witness)
            .chain(&d.measurable.witness_passive)
            .chain(&d.specific.names)
            .chain(&d.specific.change)
            .chain(&d.specific.areas)
            .chain(&d.specific.softeners)
            .chain(&d.specific.determiners)
            .chain(&d.relevant.roles)
            .chain(&d.relevant.service_verbs)
            .chain(&d.relevant.service_nouns)
            .chain(&d.relevant.imperatives)
            .chain(&d.achievable.perfection)
            .chain(&d.achievable.waits)
            .chain(d.text.rewrites.topics.iter().flat_map(|t| &t.words));
        for p in all {
            assert!(lex.add(p, 1, 0), "pattern {p:?} has no words");
        }
        assert!(
            d.thresholds.long_sentence_words > 5 && d.thresholds.max_demands >= 2 && d.thresholds.min_target_days > 0
        );
        assert!(d.text.rewrites.topics.iter().all(|t| !t.words.is_empty() && !t.topic.is_empty()));
        assert_eq!(d.achievable.number_words.get(2).map(String::as_str), Some("two"));
    }

    #[test]
    fn every_wording_key_the_code_uses_exists() {
        let t = &get().text;
        for k in super::super::REASON_KEYS {
            assert!(t.has_reason(k), "text.reasons.{k} missing");
        }
        for (g, k) in super::super::FINDING_KEYS {
            assert!(t.has_finding(g, k), "text.findings.{g}.{k} missing");
        }
    }
}
