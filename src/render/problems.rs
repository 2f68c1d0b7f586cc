//! Problems with an input in words: `file:line:col: message`, one line each, in the
//! output language; `Display` (and so `to_string`) uses English.

use std::fmt;

use crate::problem::ProfileError;
use crate::text::{Catalog, Lang, catalog};

impl ProfileError {
    /// The problems in words, one line each: `file:line:col: message`.
    pub fn render(&self, text: &dyn Catalog) -> String {
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

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(catalog(Lang::En)))
    }
}
