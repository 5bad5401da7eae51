//! "Every 3 weeks": an interval between two events, as plans (visits, reviews, contacts)
//! and procedures (the longest interval allowed) both state it.

use serde::{Deserialize, Serialize};

/// "every 3 weeks": an interval between two events.
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Frequency {
    pub every: u32,
    pub unit: Unit,
}

crate::util::named_enum! {
    pub enum Unit {
        Days = "days",
        WorkingDays = "workingDays",
        Weeks = "weeks",
        Months = "months",
    }
}

impl Frequency {
    pub const fn new(every: u32, unit: Unit) -> Frequency {
        Frequency { every, unit }
    }

    /// "6 weeks", "1 month", "20 working days".
    pub fn describe(&self) -> String {
        let mut out = String::with_capacity(16);
        self.push_to(&mut out);
        out
    }

    /// `describe` written onto the end of `out`.
    pub fn push_to(&self, out: &mut String) {
        let n = self.every;
        let word = match (self.unit, n == 1) {
            (Unit::Days, true) => "day",
            (Unit::Days, false) => "days",
            (Unit::WorkingDays, true) => "working day",
            (Unit::WorkingDays, false) => "working days",
            (Unit::Weeks, true) => "week",
            (Unit::Weeks, false) => "weeks",
            (Unit::Months, true) => "month",
            (Unit::Months, false) => "months",
        };
        crate::util::push_num(out, n as usize);
        out.push(' ');
        out.push_str(word);
    }
}

impl std::fmt::Display for Frequency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}
