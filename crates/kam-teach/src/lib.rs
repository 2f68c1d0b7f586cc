//! The teaching kit: `kam-advise exercise` writes a class set (profiles, the cases as
//! stories, the answer key, a blank answer sheet, a Moodle quiz) and `kam-advise grade`
//! marks students' sheets against it, with feedback that cites the chapter's clauses.
//! Generation and marking both ask the engine ([`crate::advise`]), so the key is the
//! tool's own advice. Every sentence is in the catalogues ([`words::TeachText`]).
//!
//! What the program uses is public; the rest is the kit's own (`unreachable_pub`
//! keeps it so, and rustc then reports what nothing uses).

#![warn(unreachable_pub)]

// The engine's and the report layer's modules under the names this crate's code
// uses, and `slug_enum!`. Writing a set's files belongs to the program
// (`kam_advise::app`), not here.
#[macro_use]
extern crate kam_engine;
pub use kam_engine::{Advice, Profile, ProfileError, Rules, advise, parse_profile};
pub use kam_engine::{advice, check, money, problem, profile, quote, rules, scale, spelling};
pub use kam_report::{date, render, text};

mod case;
mod draw;
pub mod exercise;
pub mod gift;
pub mod grade;
pub mod items;
mod key;
mod names;
pub mod plan;
pub mod report;
pub mod sheet;
mod why;
pub mod words;

use crate::text::Lang;

slug_enum! {
    /// How hard a set is (`--level`).
    pub enum Difficulty {
        /// Clear-cut cases, the scale stated, figures far from the thresholds.
        Basic = "basic",
        /// The boundaries students get wrong, half of the scales to infer.
        Mixed = "mixed",
        /// The boundaries, every scale to infer from the NBS 2017 figures.
        Hard = "hard",
    }
}

/// The most cases a set may have: case ids have two digits.
pub const MAX_CASES: usize = 99;

/// What a set is made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetSpec {
    pub count: usize,
    pub seed: u64,
    pub level: Difficulty,
    pub lang: Lang,
}

impl SetSpec {
    /// The command that makes this set again (without its output directory).
    pub fn command(&self) -> String {
        format!(
            "kam-advise exercise --count {} --seed {} --level {} --lang {}",
            self.count, self.seed, self.level, self.lang
        )
    }
}
