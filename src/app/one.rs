//! The whole path for one profile, from bytes to text, in one call: what the property
//! tests, the fuzz target and the benchmarks drive.

use super::{Options, renderer};
use crate::advice::advise;
use crate::profile::{ProfileError, parse_profile};
use crate::render::Report;

/// Why one profile could not be turned into text.
#[derive(Debug)]
pub enum RenderError {
    /// The profile is invalid: its problems, each naming file, line and key.
    Profile(ProfileError),
    /// The advice could not be serialised as JSON.
    Json(serde_json::Error),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Profile(e) => e.fmt(f),
            RenderError::Json(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for RenderError {}

impl From<ProfileError> for RenderError {
    fn from(e: ProfileError) -> RenderError {
        RenderError::Profile(e)
    }
}

impl From<serde_json::Error> for RenderError {
    fn from(e: serde_json::Error) -> RenderError {
        RenderError::Json(e)
    }
}

/// The whole path for one profile, from bytes to text: parse, check, advise, render.
pub fn render_profile(
    source: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<String, RenderError> {
    let profile = parse_profile(source, bytes)?;
    let advice = advise(&profile, &options.rules);
    let report = Report {
        source,
        profile: &profile,
        advice: &advice,
        rules: &options.rules,
    };
    Ok(renderer(options).render(&report)?)
}
