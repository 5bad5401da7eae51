//! Reading GOV.UK's bank-holidays.json (https://www.gov.uk/bank-holidays.json).
//!
//! The file looks like
//! `{"england-and-wales": {"division": "england-and-wales", "events": [{"title": "New Year’s Day",
//! "date": "2026-01-01", "notes": "", "bunting": true}, ...]}, "scotland": {...}, ...}`.
//! Only the `england-and-wales` division is read: every authority in the product is in
//! England. `notes` and `bunting` are optional and ignored; unknown fields are ignored so a
//! future GOV.UK file with more fields still loads.
//!
//! The file may come from a user (the demo's "load a newer file" button), so every problem
//! is an `Err` with a message a person can act on, never a panic.

use super::parse_date;
use crate::json::{self, Json};
use crate::util::{megabytes, shorten, Blank};
use chrono::NaiveDate;

/// The division read, as a literal so that messages naming it are built at compile time.
macro_rules! division {
    () => {
        "england-and-wales"
    };
}
const DIVISION: &str = division!();
/// The largest bank-holidays file read, in bytes. GOV.UK's, with three divisions and eight
/// years, is about 20 kB.
pub const MAX_HOLIDAYS_BYTES: usize = 1_000_000;
/// Characters kept of a holiday's name (GOV.UK's longest is about 50).
const MAX_TITLE: usize = 100;

/// Why a bank-holidays file of `bytes` bytes, more than [`MAX_HOLIDAYS_BYTES`], is not read.
pub fn too_large(bytes: u64) -> String {
    format!(
        "the bank holidays file is too large: {}; the limit is {}",
        megabytes(bytes),
        megabytes(MAX_HOLIDAYS_BYTES as u64)
    )
}

/// The events of the `england-and-wales` division, sorted by date, at most one per date.
pub(super) fn parse_govuk(text: &str) -> Result<Vec<(NaiveDate, String)>, String> {
    if text.len() > MAX_HOLIDAYS_BYTES {
        return Err(too_large(text.len() as u64));
    }
    let root = json::parse(text).map_err(|e| format!("the bank holidays file is not valid JSON: {e}"))?;
    let Json::Object(root) = root else {
        return Err(concat!(
            "the bank holidays file must be a JSON object with an \"",
            division!(),
            "\" division (the format of https://www.gov.uk/bank-holidays.json)"
        )
        .into());
    };
    let division = root.get(DIVISION).ok_or(concat!(
        "the bank holidays file has no \"",
        division!(),
        "\" division (expected the format of https://www.gov.uk/bank-holidays.json)"
    ))?;
    let events = division.get("events").and_then(Json::as_array).ok_or(concat!(
        "the \"",
        division!(),
        "\" division has no \"events\" list"
    ))?;

    let mut out = Vec::with_capacity(events.len());
    for (i, event) in events.iter().enumerate() {
        // People count from 1; the message names the event so it can be found in the file.
        let n = i + 1;
        let Json::Object(event) = event else {
            return Err(format!("\"{DIVISION}\" event {n} is not an object"));
        };
        let title = match event.get("title") {
            // Shown in every report's calendar: a name, not an essay.
            Some(Json::String(t)) if !t.is_blank() => match t.trimmed().char_indices().nth(MAX_TITLE) {
                Some((cut, _)) => format!("{}…", &t.trimmed()[..cut]),
                None => t.trimmed().to_string(),
            },
            _ => return Err(format!("\"{DIVISION}\" event {n} has no \"title\"")),
        };
        let date = match event.get("date") {
            Some(Json::String(s)) => parse_date(s).ok_or_else(|| {
                format!(
                    "\"{DIVISION}\" event {n} (\"{}\"): date \"{}\" is not a YYYY-MM-DD date",
                    shorten(&title),
                    shorten(s)
                )
            })?,
            _ => return Err(format!("\"{DIVISION}\" event {n} (\"{}\") has no \"date\"", shorten(&title))),
        };
        out.push((date, title));
    }
    if out.is_empty() {
        // An empty list would give a calendar that covers no year at all; that is almost
        // certainly the wrong file, and the coverage (first, last) would be meaningless.
        return Err(concat!("the \"", division!(), "\" division lists no bank holidays").into());
    }

    // GOV.UK sorts its events, but a hand-edited file may not. A stable sort keeps the file's
    // order among events on the same date, and the first of them wins: two holidays on one
    // day are still one day off, and one name is enough to explain it.
    crate::util::sort::sort_by(&mut out, |a, b| a.0.cmp(&b.0));
    out.dedup_by_key(|(d, _)| *d);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_and_keeps_first_of_a_date() {
        let text = r#"{"england-and-wales":{"events":[
            {"title":"B","date":"2030-05-06"},
            {"title":"A","date":"2030-01-01"},
            {"title":"C","date":"2030-05-06"}]}}"#;
        let ev = parse_govuk(text).unwrap();
        let titles: Vec<&str> = ev.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(titles, ["A", "B"]);
    }

    #[test]
    fn messages_name_the_problem() {
        let err = parse_govuk(r#"{"scotland":{"events":[]}}"#).unwrap_err();
        assert!(err.contains("england-and-wales"), "{err}");
        let err = parse_govuk(r#"{"england-and-wales":{"events":[{"title":"X","date":"soon"}]}}"#).unwrap_err();
        assert!(err.contains("\"soon\"") && err.contains("event 1"), "{err}");
        let err = parse_govuk(r#"{"england-and-wales":{"events":[]}}"#).unwrap_err();
        assert!(err.contains("no bank holidays"), "{err}");
        let err = parse_govuk("[1,2]").unwrap_err();
        assert!(err.contains("JSON object"), "{err}");
    }
}
