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
    /// The advice could not be serialised as JSON.
    Json(serde_json::Error),
    /// The Word document could not be packed.
    Docx(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::Profile(e) => f.write_str(&crate::render::problems::in_english(e)),
            RenderError::Json(e) => e.fmt(f),
            RenderError::Docx(message) => f.write_str(message),
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
        match e {
            RenderFailure::Json(e) => RenderError::Json(e),
            RenderFailure::Docx(message) => RenderError::Docx(message),
        }
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
    Ok(renderer(options).render(&report)?)
}
