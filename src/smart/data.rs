//! `data/smart.json`: settings, word lists and wording, parsed and compiled once.
//!
//! Every word list is a category of patterns in one lexicon (`LISTS` names them), so the
//! code asks what a word is ("a number", "a title such as Mum") rather than searching
//! lists. Reading the lists as one table of tables, not a struct per letter, keeps the
//! WebAssembly module small: each field of a data struct costs its own reading code.

use super::text::Lexicon;
use crate::json::Json;
use crate::rules::datafile::{self, data_struct, At, FromData, Problems, Table};
use crate::rules::template::Template;
use std::sync::OnceLock;

const SMART_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/smart.json"));

data_struct! {
    pub(crate) struct SmartData {
        pub settings: Settings = "settings",
        /// Word lists by letter, then by name (see `LISTS`).
        pub words: Words = "words",
        /// Jargon: "term / other spelling / …" to the plain words to use instead.
        pub jargon: JargonList = "jargon",
        /// What "Try: '…'" suggestions are built from: per topic, the words that put an
        /// outcome in it, a whole outcome, and who sees or counts it; the last, with no
        /// words, for an outcome in no topic.
        pub topics: Vec<Topic> = "topics",
        /// What a family's circumstances rule out: a need that says "no recourse to public
        /// funds" and an outcome that claims benefits; "Dad is in prison" and "Dad will do
        /// bedtime at home".
        pub limits: Vec<Limit> = "limits",
        /// Wording by group: "phrases" (see `Compiled::phrase`), "reasons" (for letters met
        /// or not), and for each kind of finding its messages and hint.
        text: Table<Table<String>> = "text",
        /// The file's own description of its format (for people editing it).
        #[allow(dead_code)]
        pub about: Option<String> = "about",
    }
}

data_struct! {
    pub(crate) struct Settings {
        pub long_sentence_words: u32 = "longSentenceWords",
        pub max_demands: usize = "maxDemands",
        /// Items in one list (commas and "and") above which a list is a pile of demands.
        pub max_list_items: usize = "maxListItems",
        pub min_target_days: i64 = "minTargetDays",
        /// Specific needs to say whose behaviour or circumstances change ("Amira", "Mum").
        pub require_subject: bool = "requireSubject",
        pub flag_unknown_acronyms: bool = "flagUnknownAcronyms",
        pub acronym_min_letters: u8 = "acronymMinLetters",
        pub acronym_max_letters: u8 = "acronymMaxLetters",
        /// A complete change ("fully toilet trained") asked for in this many days or fewer
        /// is not achievable.
        pub complete_change_days: i64 = "completeChangeDays",
        /// A big change in a family's life that takes months however hard they try
        /// (rehousing, a driving test, stones of weight), asked for in this many days or fewer,
        /// is not achievable.
        pub big_change_days: i64 = "bigChangeDays",
        /// A debt of this many pounds or more, all paid off by the target date, is not
        /// achievable for a family on a low income.
        pub large_debt_pounds: i64 = "largeDebtPounds",
    }
}

data_struct! {
    pub(crate) struct Topic {
        /// The topic's name, for people editing the file.
        #[allow(dead_code)]
        pub topic: String = "topic",
        /// Words that put an outcome or a need in this topic.
        pub words: Vec<String> = "words" or Vec::new(),
        /// Topics whose outcomes may answer a need in this one (and the other way round)
        /// without a word in common: "sleep" and "parenting".
        pub related: Vec<String> = "related" or Vec::new(),
        /// A need in this topic is about a worry for the child's safety (being hit, drugs,
        /// going missing): an outcome must answer that, not only the need's other topics
        /// ("bruises he gets at school" is not answered by a school outcome's relatives).
        pub concern: bool = "concern" or false,
        /// A whole outcome: {name} is the child, {who} the person the outcome is about, {whose}
        /// the person whose need it is (the child if the need is said of them, else {who}).
        /// Empty where none is offered: school attendance, a bedtime and a break from caring
        /// were wrong for more outcomes than they fitted, for want of the child's age and
        /// starting point.
        pub outcome: Template = "outcome",
        /// Whether `outcome` is offered, or only lends its words to fitting a measure in the
        /// outcome's own words ("Mum keeps the kitchen clean" and the home's "clean, warm
        /// and safe"): readers found the home's generic and asking for perfection.
        pub offer: bool = "offer" or true,
        /// Put before the outcome's own words to make a measure: "The school confirms that".
        pub witness: Template = "witness",
    }
}

data_struct! {
    pub(crate) struct Limit {
        /// Words in a need that say what the family cannot do ("no recourse to public funds").
        pub need: Vec<String> = "need",
        /// Words in an outcome that ask for it ("Universal Credit").
        pub outcome: Vec<String> = "outcome",
        /// Words in the need or the outcome saying the person asking is not under the limit:
        /// a British mother in a family where the father has no recourse.
        pub unless: Vec<String> = "unless" or Vec::new(),
        /// One person's limit ("Dad is in prison"): it holds only for an outcome that names
        /// the person the need says it of.
        pub person: bool = "person" or false,
        /// A young child's limit: for a child younger than this many years, by the age the
        /// need gives beside their name ("Wren (1)", "Teddy (14 months)"), what the outcome
        /// asks of them ("Wren will say …"). Its `need` is empty.
        pub under: u32 = "under" or 0,
        /// Hours at work: for a need that says when someone works ("Mum works 10am to 7pm"),
        /// an outcome that asks them for something at a time in those hours on a day they
        /// work ("at 4pm every weekday"). Its `need` and `outcome` are empty.
        pub clock: bool = "clock" or false,
        /// Away until a day: for a need that says someone is away until a day after the
        /// outcome is due ("is serving with the Army in Cyprus until July 2027"), an outcome
        /// that asks them to do it in person. Its `need` and `outcome` are empty.
        pub until: bool = "until" or false,
        /// A service's ages: for a need that says a service takes only some ages ("the
        /// project only takes young people aged 11 to 16"), an outcome that sends someone of
        /// another age there, by the age the need gives beside their name. Its `need` and
        /// `outcome` are empty.
        pub ages: bool = "ages" or false,
        /// The last trip home: for a need that says when the last bus, ferry or train leaves
        /// ("the last bus back leaves town at 6.40pm"), an outcome that ends after it ("6pm
        /// to 8pm", "until 5pm", "the 7pm group"). Its `need` and `outcome` are empty.
        pub last_trip: bool = "lastTrip" or false,
        /// Words in the outcome saying it is done another way, within the limit: "on the
        /// prison phone", "reads him the letters".
        pub instead: Vec<String> = "instead" or Vec::new(),
        /// Why, for the message: "people with no recourse to public funds cannot usually
        /// claim benefits".
        pub why: String = "why",
        /// An outcome to suggest instead (empty: none is offered); {who} is the person the
        /// outcome is about.
        pub rewrite: Template = "rewrite",
    }
}

/// The wording, with every template parsed.
pub(crate) struct Templates {
    groups: Table<Table<Template>>,
    missing: Template,
}

impl Templates {
    fn new(d: &SmartData) -> Templates {
        Templates { groups: d.text.map(|g| g.map(|v| Template::parse(v))), missing: Template::parse("") }
    }

    /// A reason template; a missing key renders empty (a test checks all exist).
    pub fn reason(&self, key: &str) -> &Template {
        self.finding("reasons", key)
    }

    pub fn finding(&self, group: &str, key: &str) -> &Template {
        self.groups.get(group).and_then(|g| g.get(key)).unwrap_or(&self.missing)
    }

    #[cfg(test)]
    pub fn has(&self, group: &str, key: &str) -> bool {
        self.groups.get(group).is_some_and(|g| g.get(key).is_some())
    }
}

/// Pattern categories in the one lexicon. A hit's id is the pattern's place in its list
/// (a number word's value, a topic's index).
pub(crate) mod cat {
    /// "while she waits", "in the meantime": an outcome about the wait, not after it.
    pub const INTERIM: u8 = 0;
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
    /// Verbs that make a clause a demand of its own; as common words they are also left out
    /// when two texts are compared ("learn" and "learnt" say nothing about the subject).
    pub const CLAUSE_VERB: u8 = 12;
    /// id = index into `Compiled::jargon`.
    pub const JARGON: u8 = 13;
    pub const FAMILIAR: u8 = 14;
    /// Opens a condition, a reason or an example ("if", "so that", "including"): what follows
    /// in the clause is not the change itself.
    pub const CONDITION: u8 = 15;
    /// Nouns that look like observable verbs ("cannabis use", "home visits").
    pub const NOT_ANCHOR: u8 = 16;
    /// Names of services, roles and schemes, and concrete phrases ("help with rent",
    /// "swimming things"): words inside them are not vague.
    pub const NAME: u8 = 17;
    /// Words of change ("improves", "better"): vague only when nothing concrete (`AREA`)
    /// changes in the same clause.
    pub const CHANGE: u8 = 18;
    pub const AREA: u8 = 19;
    /// "encouraged to", "consider": what follows in the clause is not yet a commitment.
    pub const SOFTENER: u8 = 20;
    /// Someone seeing, checking or confirming: "the surgery confirms", "Mum shows".
    pub const WITNESS: u8 = 21;
    /// The same in the passive, which counts with "by" someone.
    pub const WITNESS_PASSIVE: u8 = 22;
    /// Professionals and services, as the subject of an outcome about their own work.
    pub const ROLE: u8 = 23;
    /// What services do (refer, liaise, visit).
    pub const SERVICE_VERB: u8 = 24;
    /// The same as nouns, for "Referral to be made".
    pub const SERVICE_NOUN: u8 = 25;
    /// Asking for perfection: "never argue", "no incidents at all".
    pub const PERFECTION: u8 = 26;
    /// A wait stated in a need: "waiting list", "not booking … until".
    pub const WAIT: u8 = 27;
    /// id = index into `topics`.
    pub const TOPIC: u8 = 28;
    /// "the", "a": a sentence starting with one names its subject next.
    pub const DETERMINER: u8 = 29;
    /// Service verbs that start an outcome as an order: "Refer Blessing to Young Carers".
    pub const IMPERATIVE: u8 = 30;
    /// id = the number: "two", "a" (one).
    pub const NUMBER: u8 = 31;
    /// id = index into `TIME_UNIT_DAYS`: "weeks", "months".
    pub const TIME_UNIT: u8 = 32;
    /// After a length ("a 26-week programme"): a course or a wait the outcome depends on.
    pub const COURSE: u8 = 33;
    /// Words that make the people doing something more than one ("Mum and Dad", "parents").
    pub const PLURAL: u8 = 34;
    /// Words for both parents ("parents", "carers").
    pub const PARENTS: u8 = 35;
    /// Words kept with their capital at the start of a suggestion ("Mum", "Dad").
    pub const TITLE: u8 = 36;
    /// What services do, after "be": "(to be) explored", "(will be) held".
    pub const SERVICE_PASSIVE: u8 = 37;
    /// id = the month's number less one: "january" is 0.
    pub const MONTH: u8 = 38;
    /// A complete change: "fully", "altogether", "day and night".
    pub const COMPLETE: u8 = 39;
    /// Paying off or clearing ("pays off", "clears"): a debt when the outcome names a sum.
    pub const PAY_OFF: u8 = 40;
    /// A change that takes months: "moves to a new council house", "passes her driving test".
    pub const BIG_CHANGE: u8 = 41;
    /// The home and things in it, whose circumstances an outcome may be about ("the flat",
    /// "Jayden's bed"). Unlike people, they say what an outcome is about.
    pub const PLACE: u8 = 42;
    /// id = index into `limits`: words in a need ("no recourse to public funds").
    pub const LIMIT_NEED: u8 = 43;
    /// id = index into `limits`: what the limit rules out, in an outcome ("Universal Credit").
    pub const LIMIT_OUTCOME: u8 = 44;
    /// "So much", "so far": a "so" that opens no reason.
    pub const NOT_CONDITION: u8 = 45;
    /// What is paid off or cleared when it is a debt: "arrears", "loan".
    pub const DEBT: u8 = 46;
    /// "Not", "no longer": what follows is not asked for.
    pub const NEGATION: u8 = 47;
    /// id = index into `limits`: words in a need or an outcome saying the limit is not the
    /// person's ("who is British", "in her own name").
    pub const LIMIT_UNLESS: u8 = 48;
    /// Words that say why, after what is asked: "to learn how" (`text::mark_starts`).
    pub const PURPOSE: u8 = 49;
    /// Words for a wait that count only in a need ("the next free place is", "starts in
    /// September"): in an outcome they say when, not how long ("before he starts in
    /// Reception").
    pub const NEED_WAIT: u8 = 50;
    /// A change reached step by step ("adding an hour a day each week", "phased"): no
    /// big change asked for at once.
    pub const GRADUAL: u8 = 51;
    /// id = index into `limits`: words in an outcome saying it is done another way ("on
    /// the prison phone", "read to him").
    pub const LIMIT_INSTEAD: u8 = 52;
    /// Where someone is now ("prison"): an outcome about that place is not held up by the
    /// clause of a need that says it ("in prison until 2028" and "visits Dad in prison"),
    /// and in the outcome a length there is a course's only if it is the course's own
    /// ("the 26-week programme in prison", not "for the 2 years he is in prison").
    pub const NEED_INTERIM: u8 = 53;
    /// "No further", "no more": before a countable thing ("no further incidents") the hope
    /// said again, not a count anyone keeps; with a witness or a record it is a measure.
    pub const HOPE_AGAIN: u8 = 54;
    /// "including", "which is": after a demand, what follows in the sentence spells out
    /// its parts ("a bedtime routine, including a bath, a story and lights out by 8pm").
    pub const SPELLS_OUT: u8 = 55;
    /// Going to meetings with workers ("attend all CIN meetings and reviews"): work with
    /// services, not a change for the child.
    pub const MEETINGS: u8 = 56;
    /// Words for paying ("pay", "costs", "book"), and what is paid for after a sum ("a
    /// £35-a-month contract"): a sum of money the outcome asks someone to find.
    pub const PAYS: u8 = 57;
    /// Before a sum, money that is not spent: coming in ("claim", "earns"), kept ("leaves
    /// at least"), or stopped or cut ("stop paying", "from £60 a week to £20").
    pub const NOT_SPENT: u8 = 58;
    /// Someone else pays: "a grant", "the Family Hub's activity fund", "free".
    pub const PAID_BY: u8 = 59;
    /// After a sum a need gives, what the family has left: "£30 a week left", "spare".
    pub const MONEY_LEFT: u8 = 60;
    /// A fear of what may happen, before who and what ("scared Dad will", "worried that"):
    /// a need that fears a limit ("sent to prison") does not state it.
    pub const FEAR: u8 = 61;
    /// One more than the last: categories are bits of a `u64`.
    pub const COUNT: u8 = 62;
}

// Every category is a bit of the `u64` masks (`Tok::starts`, `Tok::covers`, `mask`).
const _: () = assert!(cat::COUNT <= 64);

/// Days in each of `words.achievable.timeUnits`, in order: weeks, months, years.
pub(crate) const TIME_UNIT_DAYS: [i64; 3] = [7, 30, 365];

/// Every list in `words`: letter, name, category.
const LISTS: [(&str, &str, u8); 57] = [
    ("specific", "vague", cat::VAGUE),
    ("specific", "change", cat::CHANGE),
    ("specific", "areas", cat::AREA),
    ("specific", "determiners", cat::DETERMINER),
    ("specific", "softeners", cat::SOFTENER),
    ("specific", "names", cat::NAME),
    ("specific", "concrete", cat::NAME),
    ("specific", "observable", cat::OBSERVABLE),
    ("specific", "subjects", cat::SUBJECT),
    ("specific", "places", cat::PLACE),
    ("specific", "notNames", cat::NOT_NAME),
    ("specific", "notAnchors", cat::NOT_ANCHOR),
    ("specific", "conditionWords", cat::CONDITION),
    ("specific", "notConditions", cat::NOT_CONDITION),
    ("specific", "purposes", cat::PURPOSE),
    ("specific", "negations", cat::NEGATION),
    ("specific", "afterName", cat::AFTER_NAME),
    ("measurable", "quantity", cat::QUANTITY),
    ("measurable", "evidence", cat::EVIDENCE),
    ("measurable", "countable", cat::COUNTABLE),
    ("measurable", "quantifiers", cat::QUANTIFIER),
    ("measurable", "hopeAgain", cat::HOPE_AGAIN),
    ("measurable", "vague", cat::MEASURE_VAGUE),
    ("measurable", "witness", cat::WITNESS),
    ("measurable", "witnessPassive", cat::WITNESS_PASSIVE),
    ("achievable", "separators", cat::SEPARATOR),
    ("achievable", "spellsOut", cat::SPELLS_OUT),
    ("achievable", "clauseVerbs", cat::CLAUSE_VERB),
    ("achievable", "perfection", cat::PERFECTION),
    ("achievable", "waits", cat::WAIT),
    ("achievable", "needWaits", cat::NEED_WAIT),
    ("achievable", "gradual", cat::GRADUAL),
    ("achievable", "interim", cat::INTERIM),
    ("achievable", "needInterim", cat::NEED_INTERIM),
    ("achievable", "courses", cat::COURSE),
    ("achievable", "numbers", cat::NUMBER),
    ("achievable", "timeUnits", cat::TIME_UNIT),
    ("achievable", "months", cat::MONTH),
    ("achievable", "complete", cat::COMPLETE),
    ("achievable", "payOff", cat::PAY_OFF),
    ("achievable", "bigChanges", cat::BIG_CHANGE),
    ("achievable", "debts", cat::DEBT),
    ("achievable", "pays", cat::PAYS),
    ("achievable", "notSpent", cat::NOT_SPENT),
    ("achievable", "paidBy", cat::PAID_BY),
    ("achievable", "moneyLeft", cat::MONEY_LEFT),
    ("achievable", "fears", cat::FEAR),
    ("relevant", "roles", cat::ROLE),
    ("relevant", "serviceVerbs", cat::SERVICE_VERB),
    ("relevant", "imperatives", cat::IMPERATIVE),
    ("relevant", "serviceNouns", cat::SERVICE_NOUN),
    ("relevant", "servicePassives", cat::SERVICE_PASSIVE),
    ("relevant", "meetings", cat::MEETINGS),
    ("plainLanguage", "familiarAcronyms", cat::FAMILIAR),
    ("rewrites", "plural", cat::PLURAL),
    ("rewrites", "parents", cat::PARENTS),
    ("rewrites", "titles", cat::TITLE),
];

/// Every list in `words`, with the category its patterns get. A list the code does not
/// read is an error, as an unknown field is anywhere in the file.
pub(crate) struct Words(Vec<(u8, Vec<String>)>);

impl FromData for Words {
    fn from_data(v: &Json, at: &At, p: &mut Problems) -> Self {
        let mut out = Vec::new();
        for (letter, lists) in object(v, at, p) {
            let at = at.key(letter);
            for (name, list) in object(lists, &at, p) {
                let at = at.key(name);
                match LISTS.iter().find(|(l, n, _)| *l == letter && *n == name) {
                    Some(&(_, _, c)) => out.push((c, Vec::<String>::from_data(list, &at, p))),
                    None => p.add(&at, "is not a list the analysis reads"),
                }
            }
        }
        if out.len() != LISTS.len() {
            let mut message = String::from("has ");
            crate::util::push_num(&mut message, out.len());
            message.push_str(" lists the analysis reads; it reads ");
            crate::util::push_num(&mut message, LISTS.len());
            p.add(at, message);
        }
        Words(out)
    }
    fn fallback() -> Self {
        Words(Vec::new())
    }
}

/// `jargon`: each entry's terms ("term / other spelling / …") and plain words, in file order.
pub(crate) struct JargonList(Vec<(String, String)>);

impl FromData for JargonList {
    fn from_data(v: &Json, at: &At, p: &mut Problems) -> Self {
        let out = object(v, at, p)
            .map(|(terms, plain)| (terms.to_string(), String::from_data(plain, &at.key(terms), p)))
            .collect();
        JargonList(out)
    }
    fn fallback() -> Self {
        JargonList(Vec::new())
    }
}

/// The members of an object whose keys are the data's own (letters, list names, terms); a
/// value that is not an object is noted and read as empty.
fn object<'v>(v: &'v Json, at: &At, p: &mut Problems) -> impl Iterator<Item = (&'v str, &'v Json<'v>)> {
    let members = v.as_object();
    if members.is_none() {
        p.add(at, datafile::expected("an object (fields in { })", v));
    }
    members.into_iter().flat_map(|m| m.iter())
}

/// One jargon term: its plain words, and whether it counts only when typed with capitals.
pub(crate) struct Jargon {
    pub plain: String,
    /// Written with two or more capitals in the file ("CAMHS", "CiN"): an acronym, which
    /// counts only when typed with capitals (in lower case it may be an ordinary word).
    pub needs_capitals: bool,
}

pub(crate) struct Compiled {
    pub settings: Settings,
    pub jargon: Vec<Jargon>,
    text: Table<Table<String>>,
    pub topics: Vec<Topic>,
    pub limits: Vec<Limit>,
    /// Per topic (by id): itself and the topics related to it, as bits of topic ids.
    pub near: Vec<u32>,
    /// Topics (bits of ids) marked `concern`.
    pub concerns: u32,
    pub templates: Templates,
    pub lex: Lexicon,
}

impl Compiled {
    /// A phrase: "theChild", "unknownAcronym", "eachParent", "verbForms" (irregular verbs:
    /// infinitive, with one person, with several: "be is are; have has have").
    pub fn phrase(&self, key: &str) -> &str {
        self.text.get("phrases").and_then(|p| p.get(key)).map_or("", String::as_str)
    }

    /// The topics (bits of ids) `topics` are or are related to.
    pub fn near_any(&self, topics: u32) -> u32 {
        (0..32).filter(|k| topics & (1 << k) != 0).fold(0, |acc, k| acc | self.near.get(k).copied().unwrap_or(0))
    }

    /// The topic for an outcome in no other.
    pub fn default_topic(&self) -> &Topic {
        &self.topics[self.topics.len() - 1]
    }
}

pub(crate) fn get() -> &'static Compiled {
    static CELL: OnceLock<Compiled> = OnceLock::new();
    CELL.get_or_init(|| {
        // Display, not expect's Debug: Debug formatting of text would pull core's Unicode
        // printability tables (~3 KB gzip) into the wasm for a message no user can see.
        let data: SmartData = datafile::from_text(SMART_JSON)
            .unwrap_or_else(|e| panic!("data/smart.json is invalid (checked by tests): {e}"));
        compile(data)
    })
}

fn compile(d: SmartData) -> Compiled {
    let templates = Templates::new(&d);
    let mut lex = Lexicon::default();
    for (c, list) in &d.words.0 {
        for (id, p) in list.iter().enumerate() {
            lex.add(p, *c, id as u16);
        }
    }
    for (id, t) in d.topics.iter().enumerate() {
        for w in &t.words {
            lex.add(w, cat::TOPIC, id as u16);
        }
    }
    for (id, l) in d.limits.iter().enumerate() {
        let lists = [
            (&l.need, cat::LIMIT_NEED),
            (&l.outcome, cat::LIMIT_OUTCOME),
            (&l.unless, cat::LIMIT_UNLESS),
            (&l.instead, cat::LIMIT_INSTEAD),
        ];
        for (words, c) in lists {
            for w in words {
                lex.add(w, c, id as u16);
            }
        }
    }
    let mut jargon = Vec::new();
    for (terms, plain) in d.jargon.0 {
        let id = jargon.len() as u16;
        for term in terms.split(" / ") {
            lex.add(term, cat::JARGON, id);
        }
        // The first spelling says whether case matters.
        let needs_capitals = terms.bytes().take_while(|&b| b != b' ').filter(u8::is_ascii_uppercase).count() >= 2;
        jargon.push(Jargon { plain, needs_capitals });
    }
    // Related both ways: "sleep" lists "parenting", so "parenting" is near "sleep" too.
    let id = |name: &String| d.topics.iter().position(|t| t.topic == *name);
    let mut near: Vec<u32> = Vec::new();
    for k in 0..d.topics.len() {
        near.push(1 << k);
    }
    for (k, t) in d.topics.iter().enumerate() {
        for other in t.related.iter().filter_map(id) {
            near[k] |= 1 << other;
            near[other] |= 1 << k;
        }
    }
    let concerns = d.topics.iter().enumerate().filter(|(_, t)| t.concern).fold(0, |acc, (k, _)| acc | 1 << k);
    let limits = d.limits;
    Compiled { settings: d.settings, jargon, text: d.text, topics: d.topics, limits, near, concerns, templates, lex }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern of the word lists, the topics and the limits.
    fn patterns(d: &SmartData) -> impl Iterator<Item = &String> {
        let topics = d.topics.iter().flat_map(|t| &t.words);
        let limits = d.limits.iter().flat_map(|l| l.need.iter().chain(&l.outcome).chain(&l.unless).chain(&l.instead));
        d.words.0.iter().flat_map(|(_, l)| l).chain(topics).chain(limits)
    }

    #[test]
    fn every_list_is_read_and_every_pattern_has_words() {
        let d: SmartData = datafile::from_text(SMART_JSON).expect("data/smart.json parses");
        let mut lex = Lexicon::default();
        for p in patterns(&d) {
            assert!(lex.add(p, 1, 0), "pattern {p:?} has no words");
        }
        for (terms, _) in &d.jargon.0 {
            assert!(terms.split(" / ").all(|t| lex.add(t, 1, 0)), "jargon {terms:?}");
        }
        let s = &d.settings;
        assert!(s.long_sentence_words > 5 && s.max_demands >= 2 && s.min_target_days > 0);
        assert!(d.topics.len() <= 32, "topics are bits of a u32");
        for t in &d.topics {
            for r in &t.related {
                assert!(d.topics.iter().any(|x| x.topic == *r), "topic {}: no topic {r:?}", t.topic);
            }
        }
        let (default, topics) = d.topics.split_last().expect("topics");
        assert!(
            default.words.is_empty() && topics.iter().all(|t| !t.words.is_empty()),
            "only the last topic has no words"
        );
        let list = |c: u8| d.words.0.iter().find(|(x, _)| *x == c).map(|(_, l)| l.as_slice()).unwrap_or_default();
        assert_eq!(list(cat::TIME_UNIT).len(), TIME_UNIT_DAYS.len());
        assert!(list(cat::MONTH).len() == 12 && list(cat::MONTH)[0].starts_with("january"), "months in order");
        let numbers = list(cat::NUMBER);
        assert!(numbers[2] == "two" && numbers[1].starts_with("one"), "numbers are in order from zero");
    }

    /// "caesarean|c-section": an alternative is one word of the text, and "c-section" is
    /// two ("c", "section"), so it could never be found; a pattern of its own can
    /// ("having a ~ c-section").
    #[test]
    fn every_alternative_in_a_pattern_is_one_word() {
        let d: SmartData = datafile::from_text(SMART_JSON).expect("data/smart.json parses");
        let mut wrong = Vec::new();
        for p in patterns(&d) {
            for alternatives in p.split_whitespace().filter(|w| w.contains('|')) {
                for a in alternatives.split('|').map(|a| a.trim_end_matches('*')) {
                    // One word as the text is read: "mum's" in text is the word "mum" (with
                    // a possessive), so an alternative "mum's" would never match.
                    let t = crate::smart::text::Text::new(a);
                    if t.toks.len() != 1 || t.word(0) != crate::util::fold::fold(a) {
                        wrong.push(format!("{a:?} in {p:?}"));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn no_two_words_of_the_lists_share_a_hash() {
        assert_eq!(get().lex.collisions, Vec::<String>::new());
    }

    #[test]
    fn a_list_the_code_does_not_read_is_an_error() {
        let e = datafile::from_text::<Words>(r#"{"specific": {"vauge": ["x"]}}"#).err().unwrap_or_default();
        assert!(e.contains("specific.vauge"), "{e}");
    }
}
