//! Problems with an input in words: `file:line:col: message`, one line each, in the
//! output language ([`InWords`]); [`in_english`] for a message in English.

use crate::problem::ProfileError;
use crate::text::{Catalog, Lang, catalog};

/// A profile's problems in words: a catalogue's, one line each,
/// `file:line:col: message`. A trait because [`ProfileError`] is the engine's (which
/// has no words).
pub trait InWords {
    /// The problems in words, one line each: `file:line:col: message`.
    fn render(&self, text: &dyn Catalog) -> String;
}

impl InWords for ProfileError {
    fn render(&self, text: &dyn Catalog) -> String {
        let lines: Vec<String> = self
            .problems
            .iter()
            .map(|p| match p.location {
                Some((line, col)) => {
                    format!("{}:{line}:{col}: {}", self.source, text.issue(&p.issue))
                }
                None => format!("{}: {}", self.source, text.issue(&p.issue)),
            })
            .collect();
        lines.join("\n")
    }
}

/// A profile's problems in English, for a test's or a library user's message.
pub fn in_english(error: &ProfileError) -> String {
    error.render(catalog(Lang::En))
}
