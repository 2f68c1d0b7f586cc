//! The whole path for one profile, from bytes to text, in one call: what the property
//! tests, the fuzz target and the benchmarks drive.

use super::{Options, renderer};
use crate::advice::advise;
use crate::profile::{ProfileError, parse_profile};
use crate::render::{RenderFailure, Report};

/// Why one profile could not be turned into text.
#[derive(Debug)]
pub enum RenderError {
    /// The profile is invalid: its problems, each naming file, line and key.
    Profile(ProfileError),
    /// The report could not be made (JSON, a Word document's packing).
    Render(RenderFailure),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Profile(e) => f.write_str(&crate::render::problems::in_english(e)),
            RenderError::Render(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RenderError {}

impl From<ProfileError> for RenderError {
    fn from(e: ProfileError) -> RenderError {
        RenderError::Profile(e)
    }
}

impl From<RenderFailure> for RenderError {
    fn from(e: RenderFailure) -> RenderError {
        RenderError::Render(e)
    }
}

/// The whole path for one profile, from bytes to its report: parse, check, advise,
/// render (text in every format but DOCX, whose bytes are a zip archive).
pub fn render_profile(
    source: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<Vec<u8>, RenderError> {
    let profile = parse_profile(source, bytes)?;
    let advice = advise(&profile, &options.rules);
    let report = Report {
        source,
        profile: &profile,
        advice: &advice,
        rules: &options.rules,
    };
    Ok(renderer(options).to_bytes(&report)?)
}
