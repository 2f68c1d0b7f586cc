//! `kam-advise init`: an annotated profile to start from, every key explained,
//! valid as it stands so the user can run it at once and then edit. The interview
//! writes its answers in the same layout ([`annotated`]), and `init --format csv`
//! prints the empty portfolio sheet ([`empty_sheet`]).

use std::fmt::Write as _;

use crate::profile::Kind;
use crate::scale::Scale;
use crate::sheet::COLUMNS;
use crate::text::Catalog;

/// Figures that are consistent with a size in the NBS 2017 `industry` row.
fn figures_for(scale: Option<Scale>) -> (&'static str, u64, u64) {
    match scale {
        Some(Scale::Micro) => ("150万", 12, 6),
        Some(Scale::Small) => ("1500万", 60, 8),
        Some(Scale::Medium) | None => ("8000万", 450, 12),
        Some(Scale::Large) => ("6亿", 1500, 30),
    }
}

/// The values of an annotated profile, as TOML values; `None` writes the key's
/// example commented out.
#[derive(Debug, Clone, Default)]
pub struct Values {
    /// Top-level keys, by key.
    pub top: Vec<(&'static str, String)>,
    pub strategic_plan: bool,
    pub account_development: bool,
    /// `[network]`: the `levels` array and the `counts` inline table, when given.
    pub network: Option<(String, Option<String>)>,
    /// `[team] functions`, when given.
    pub functions: Option<String>,
}

/// The example written, commented out, for a key without a value.
fn example(key: &str) -> &'static str {
    match key {
        "cny_rate" => "7.1",
        "scale" => "\"medium\"",
        "total_assets" => "\"3亿\"",
        "industry" => "\"industry\"",
        "employees" => "450",
        "current_setup" => "\"sales\"",
        _ => "\"\"",
    }
}

/// The annotated profile, pre-filled for a kind and scale where given.
pub fn profile_template(kind: Option<Kind>, scale: Option<Scale>, text: &dyn Catalog) -> String {
    let (revenue, employees, accounts) = figures_for(scale);
    let kind_slug = kind.unwrap_or(Kind::Enterprise).slug();
    let mut top = vec![
        ("name", format!("\"{}\"", text.init_example_name())),
        ("annual_revenue", format!("\"{revenue}\"")),
        ("key_accounts", accounts.to_string()),
        ("currency", "\"CNY\"".into()),
        ("kind", format!("\"{kind_slug}\"")),
    ];
    if let Some(s) = scale {
        top.push(("scale", format!("\"{}\"", s.slug())));
    }
    top.push(("industry", "\"industry\"".into()));
    top.push(("employees", employees.to_string()));
    top.push(("current_setup", "\"sales\"".into()));
    let values = Values {
        top,
        network: (kind == Some(Kind::PublicSector)).then(|| {
            (
                "[\"national\", \"provincial\", \"prefecture\", \"county\"]".to_string(),
                None,
            )
        }),
        ..Values::default()
    };
    annotated(&values, text)
}

/// A profile in the layout of `init`: the header, then every key with its comment,
/// given or commented out.
pub fn annotated(values: &Values, text: &dyn Catalog) -> String {
    let mut out = String::new();
    for line in text.init_header().lines() {
        let _ = writeln!(out, "# {line}");
    }
    for key in crate::profile::TOP_KEYS.iter().take(11) {
        let _ = writeln!(out);
        for comment in text.init_comment(key).lines() {
            let _ = writeln!(out, "# {comment}");
        }
        match values.top.iter().find(|(k, _)| k == key) {
            Some((_, value)) => {
                let _ = writeln!(out, "{key} = {value}");
            }
            None => {
                let _ = writeln!(out, "# {key} = {}", example(key));
            }
        }
    }
    let _ = writeln!(out, "\n[strategy]");
    for (key, value) in [
        ("strategic_plan", values.strategic_plan),
        ("account_development", values.account_development),
    ] {
        let _ = writeln!(out, "# {}", text.init_comment(key));
        let _ = writeln!(out, "{key} = {value}");
    }
    let _ = writeln!(out);
    for comment in text.init_comment("network").lines() {
        let _ = writeln!(out, "# {comment}");
    }
    match &values.network {
        Some((levels, counts)) => {
            let _ = writeln!(out, "[network]\nlevels = {levels}");
            if let Some(counts) = counts {
                let _ = writeln!(out, "counts = {counts}");
            }
        }
        None => {
            let _ = writeln!(out, "# [network]");
            let _ = writeln!(
                out,
                "# levels = [\"national\", \"provincial\", \"prefecture\", \"county\"]"
            );
        }
    }
    if let Some(functions) = &values.functions {
        let _ = writeln!(out);
        for comment in text.init_comment("team").lines() {
            let _ = writeln!(out, "# {comment}");
        }
        let _ = writeln!(out, "[team]\nfunctions = {functions}");
    }
    out
}

/// The empty portfolio sheet: one header row of the columns, in the catalogue's
/// language (English: the profile keys), as CSV with a byte-order mark, so that
/// Excel opens the Chinese names as UTF-8 (the reader skips it).
pub fn empty_sheet(text: &dyn Catalog) -> String {
    let names: Vec<&str> = COLUMNS.iter().map(|c| text.column_label(*c)).collect();
    // No name needs quoting: none has a comma, a quote or a line break.
    format!("\u{feff}{}\r\n", names.join(","))
}
