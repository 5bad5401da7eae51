//! cinplan's JSON reader (`cinplan::json`) on arbitrary text: it never panics (in
//! WebAssembly a panic stops the checker until the page is reloaded), and it accepts
//! exactly what serde_json accepts, apart from its two deliberate differences (a lone
//! surrogate escape, a number too large for a float).

use cinplan::json;
use proptest::prelude::*;
use serde_json::Value;

/// Texts serde_json refuses and the reader accepts on purpose.
fn deliberate_difference(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("\\ud")
        || lower.contains('e')
            && serde_json::from_str::<Value>(text).is_err_and(|e| e.to_string().contains("number out of range"))
}

/// The reader's tree as serde_json would hold it (keys sorted, the last of a repeated key).
fn to_serde(j: &json::Json) -> Value {
    match j {
        json::Json::Null => Value::Null,
        json::Json::Bool(b) => Value::Bool(*b),
        json::Json::Number(n) => serde_json::from_str(&n.0).expect("a number the reader accepted"),
        json::Json::String(s) => Value::String(s.to_string()),
        json::Json::Array(a) => Value::Array(a.iter().map(to_serde).collect()),
        json::Json::Object(o) => Value::Object(o.iter().map(|(k, v)| (k.to_string(), to_serde(v))).collect()),
    }
}

fn agrees_with_serde(text: &str) {
    let ours = json::parse(text);
    let theirs = serde_json::from_str::<Value>(text);
    let shown: String = text.chars().take(200).collect();
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => assert!(&to_serde(a) == b, "different values for {shown:?}"),
        (Err(_), Err(_)) => {}
        _ if deliberate_difference(text) => {}
        (Ok(_), Err(e)) => panic!("the reader accepts what serde_json refuses ({e}): {shown:?}"),
        (Err(e), Ok(_)) => panic!("the reader refuses ({e}) what serde_json accepts: {shown:?}"),
    }
}

/// A plan-like JSON text with one random edit: most edits make it invalid in some way.
fn edited_plan() -> impl Strategy<Value = String> {
    let base =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/plans/complete.json")).unwrap();
    let len = base.len();
    let pieces = prop_oneof![
        Just(String::new()),
        "[\\[\\]{}\",:\\\\ ]{1,3}",
        "\\\\u[0-9a-fA-F]{0,4}",
        "-?[0-9]{0,3}(\\.[0-9]{0,2})?([eE][-+]?[0-9]{0,4})?",
        "\\PC{1,3}",
        Just("\u{0}".to_string()),
        Just("\n".to_string()),
    ];
    (0..len, 0..8usize, pieces).prop_map(move |(at, cut, insert)| {
        let mut at = at;
        while !base.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + cut).min(len);
        while !base.is_char_boundary(end) {
            end += 1;
        }
        format!("{}{}{}", &base[..at], insert, &base[end..])
    })
}

/// Short runs of JSON tokens, good and bad: enough of them form valid JSON, or almost, for
/// every rule of the grammar to be tried at a boundary.
fn token_runs() -> impl Strategy<Value = String> {
    const TOKENS: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"a\"",
        "\"\"",
        "\"é\\u00e9\"",
        "\"\\ud83d\\ude00\"",
        "\"\\n\\t\\/\"",
        "\"\\x\"",
        "\"\u{1}\"",
        "0",
        "01",
        "-0",
        "-",
        "1.5",
        "1.",
        ".5",
        "1e5",
        "1E+2",
        "1e",
        "2e-3",
        "18446744073709551616",
        "true",
        "false",
        "null",
        "nul",
        "tru",
        "\"k\":",
        "[1,2]",
        "{\"a\":1}",
    ];
    proptest::collection::vec(proptest::sample::select(TOKENS), 0..10).prop_map(|t| t.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(text in "\\PC{0,40}") {
        let _ = json::parse(&text);
        agrees_with_serde(&text);
    }

    #[test]
    fn runs_of_tokens_are_read_or_refused_as_serde_json_does(text in token_runs()) {
        agrees_with_serde(&text);
    }

    #[test]
    fn json_like_text_is_read_or_refused_as_serde_json_does(text in "[\\[\\]{}\",:0-9a-z\\\\ .eE+-]{0,30}") {
        agrees_with_serde(&text);
    }

    #[test]
    fn an_edited_plan_is_read_or_refused_as_serde_json_does(text in edited_plan()) {
        agrees_with_serde(&text);
        // And the whole check answers (this is what the CLI and the wasm export run).
        let rs = cinplan::ruleset("reading").unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let report = cinplan::check_str(&text, rs, today, cinplan::Calendar::embedded());
        prop_assert!(!report.checklist.is_empty());
    }
}
