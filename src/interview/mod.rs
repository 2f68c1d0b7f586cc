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

/// The questions and the options that are not profile values: ids of the
/// catalogues' sentences ([`crate::text::InterviewText`]), so they are defined there.
pub use crate::text::{Choice, Question};
