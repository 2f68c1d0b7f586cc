//! The guided interview: which questions are asked, in which order, and only what
//! is needed (the NBS figures of the chosen industry only, `[network]` for a
//! public-sector body or a firm that will get a service centre, `[team]` only when
//! the form will be a team). The answers are kept as the profile's TOML values and
//! checked by `profile::parse_profile`, so an answer is refused with the very
//! message a profile file would get. The prompts themselves are in `prompt`.

mod answers;
mod prompt;

pub use answers::{Answers, ScaleAnswer};
pub use prompt::{Ending, run};

use crate::slug::slug_enum;

slug_enum! {
    /// The questions, in the order they are asked.
    pub enum Question {
        Name = "name",
        Kind = "kind",
        Currency = "currency",
        CnyRate = "cny_rate",
        AnnualRevenue = "annual_revenue",
        KeyAccounts = "key_accounts",
        Scale = "scale",
        Industry = "industry",
        Employees = "employees",
        TotalAssets = "total_assets",
        CurrentSetup = "current_setup",
        StrategicPlan = "strategic_plan",
        AccountDevelopment = "account_development",
        /// Whether a firm that is not a public-sector body has levels (asked only
        /// when it will get a service centre).
        HasNetwork = "has_network",
        Levels = "levels",
        Counts = "counts",
        Functions = "functions",
    }
}

slug_enum! {
    /// Options of the select lists that are not profile values.
    pub enum Choice {
        /// Infer the scale from the NBS 2017 figures.
        InferScale = "infer-scale",
        /// No scale: a public-sector body's or a multinational's form does not depend on it.
        ScaleNotNeeded = "scale-not-needed",
        /// No value given (an optional key).
        NotGiven = "not-given",
    }
}
