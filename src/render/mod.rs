//! Renderers: pure functions from an advised profile to text. One file per format.

pub mod chart;
pub mod compare;
pub mod dot;
pub mod explain;
pub mod html;
pub mod init;
pub mod json;
pub mod markdown;
pub mod org;
pub mod problems;
pub mod rules;
pub mod table;
pub mod wrap;

pub use wrap::{display_width, fit_columns, join_fitting, wrap};

use crate::advice::{Advice, Facts, Measure};
use crate::date::DocDate;
use crate::profile::Profile;
use crate::rules::Rules;
use crate::text::{Catalog, Lang, catalog};

/// A compared value as text: money, a count, or yes/no.
pub fn measure(m: Measure, text: &dyn Catalog) -> String {
    let l = text.labels();
    match m {
        Measure::Yuan(y) => text.money(y),
        Measure::Count(n) => n.to_string(),
        Measure::Flag(true) => l.yes.to_string(),
        Measure::Flag(false) => l.no.to_string(),
    }
}

/// A condition's threshold as text: "≥ 5000万元", or "yes" for a flag.
pub fn threshold(m: Measure, text: &dyn Catalog) -> String {
    match m {
        Measure::Flag(_) => text.labels().yes.to_string(),
        other => format!("≥ {}", measure(other, text)),
    }
}

/// One advised profile, with where it came from and the rules it was advised under.
#[derive(Debug, Clone, Copy)]
pub struct Report<'a> {
    pub source: &'a str,
    pub profile: &'a Profile,
    pub advice: &'a Advice,
    pub rules: &'a Rules,
}

impl Report<'_> {
    /// What the form rules read, for wording the reason.
    pub fn facts(&self) -> Facts {
        Facts {
            key_accounts: self.profile.key_accounts,
            worth_considering: self.advice.worth_considering,
            kind: self.profile.kind,
            scale: self.profile.scale,
        }
    }

    /// The revenue as given, with its CNY figure where the currency is another.
    pub fn revenue(&self, text: &dyn Catalog) -> String {
        let r = &self.profile.revenue;
        if r.currency == "CNY" {
            text.money(self.profile.revenue_cny)
        } else {
            text.foreign_money(
                &r.amount.to_string(),
                &r.currency,
                &r.cny_rate.to_string(),
                self.profile.revenue_cny,
            )
        }
    }

    /// The scale with where it came from: "medium (declared)".
    pub fn scale(&self, text: &dyn Catalog) -> String {
        let l = text.labels();
        let source = text.scale_source(self.profile.scale_source, self.profile.industry);
        let (open, close) = if l.colon == "：" {
            ("（", "）")
        } else {
            (" (", ")")
        };
        match self.profile.scale {
            Some(scale) => format!("{}{open}{source}{close}", text.scale(scale)),
            None => format!("{}{open}{source}{close}", l.not_given),
        }
    }
}

/// How to render: language, colour, and the width to fit.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub lang: Lang,
    pub color: bool,
    pub width: u16,
    /// Show the reasoning (`--why`).
    pub why: bool,
    /// The date a document carries (HTML, Markdown); `None` for output that
    /// carries none.
    pub date: Option<DocDate>,
}

impl RenderOptions {
    pub fn catalog(&self) -> &'static dyn Catalog {
        catalog(self.lang)
    }

    pub fn style(&self) -> Style {
        Style { color: self.color }
    }
}

/// ANSI styling that does nothing when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    pub fn heading(&self, text: &str) -> String {
        self.paint("1", text)
    }
    pub fn good(&self, text: &str) -> String {
        self.paint("32", text)
    }
    pub fn warn(&self, text: &str) -> String {
        self.paint("33", text)
    }
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
}

/// A titled table: what `explain` and `compare` print, in the terminal or as Markdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// A sentence under the table, empty for none.
    pub note: String,
}

/// Sections as terminal tables.
pub fn sections_as_table(sections: &[Section], opts: &RenderOptions) -> String {
    use std::fmt::Write as _;
    let style = opts.style();
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !section.title.is_empty() {
            let _ = writeln!(out, "{}", style.heading(&section.title));
        }
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        let table = table::grid(opts, &header, &section.rows, |_, _, cell| cell);
        let _ = writeln!(out, "{table}");
        if !section.note.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                wrap(&section.note, usize::from(opts.width), "", "")
            );
        }
    }
    out
}

/// Sections as Markdown: a heading and a table each.
pub fn sections_as_markdown(sections: &[Section]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for (i, section) in sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !section.title.is_empty() {
            let _ = writeln!(out, "## {}\n", section.title);
        }
        let header: Vec<&str> = section.header.iter().map(String::as_str).collect();
        markdown::table(&mut out, &header, &section.rows);
        if !section.note.is_empty() {
            let _ = writeln!(out, "\n{}", section.note);
        }
    }
    out
}
