//! The guided interview: which questions are asked, in which order, and only what
//! is needed (the NBS figures of the chosen industry only, `[network]` for a
//! public-sector body or a firm that will get a service centre, `[team]` only when
//! the form will be a team). The answers are kept as the profile's TOML values and
//! checked by `profile::parse_profile`, so an answer is refused with the very
//! message a profile file would get. The prompts themselves are in `prompt`.

/// The questions answered by choosing from a list rather than by typing: one
/// pattern for the matches over typed questions, which stay exhaustive (a new key's
/// question must be placed in one or the other).
macro_rules! chosen {
    () => {
        crate::text::Question::HasNetwork
            | crate::text::Question::Key(
                crate::profile::ProfileKey::Kind
                    | crate::profile::ProfileKey::Scale
                    | crate::profile::ProfileKey::Industry
                    | crate::profile::ProfileKey::CurrentSetup
                    | crate::profile::ProfileKey::StrategicPlan
                    | crate::profile::ProfileKey::AccountDevelopment
                    | crate::profile::ProfileKey::Levels
                    | crate::profile::ProfileKey::Counts
                    | crate::profile::ProfileKey::Functions,
            )
    };
}

mod answers;
mod prompt;

pub use answers::{Answers, ScaleAnswer};
pub use prompt::{Ending, run};

/// The questions and the options that are not profile values: ids of the
/// catalogues' sentences ([`crate::text::InterviewText`]), so they are defined there.
pub use crate::text::{Choice, Question};
