//! `kam-advise init`: an annotated profile to start from, every key explained,
//! valid as it stands so the user can run it at once and then edit. The interview
//! writes its answers in the same layout ([`annotated`]), and `init --format csv`
//! prints the empty portfolio sheet ([`empty_sheet`]).

use std::fmt::Write as _;

use crate::profile::{Kind, ProfileKey, Table};
use crate::scale::Scale;
use crate::text::Catalog;

/// The first line that points editors to the profile's JSON Schema (`kam-advise schema
/// profile`): taplo's directive, read by Even Better TOML too. `path` is a path
/// relative to the profile, or a URL, on one line.
pub fn schema_directive(path: &str) -> String {
    format!("#:schema {path}\n")
}

/// Figures that are consistent with a size in the NBS 2017 `industry` row.
fn figures_for(scale: Option<Scale>) -> (&'static str, u64, u64) {
    match scale {
        Some(Scale::Micro) => ("5000万", 12, 3),
        Some(Scale::Small) => ("5000万", 60, 4),
        Some(Scale::Medium) | None => ("8000万", 450, 12),
        Some(Scale::Large) => ("6亿", 1500, 30),
    }
}

/// The values of an annotated profile, as TOML values; a key without one is written
/// as its example, commented out.
#[derive(Debug, Clone, Default)]
pub struct Values {
    /// Top-level keys, by key.
    pub top: Vec<(ProfileKey, String)>,
    pub strategic_plan: bool,
    pub account_development: bool,
    /// `[network]`: the `levels` array and the `counts` inline table, when given.
    pub network: Option<(String, Option<String>)>,
    /// `[team] functions`, when given.
    pub functions: Option<String>,
}

/// The example written, commented out, for a key without a value.
fn example(key: ProfileKey) -> &'static str {
    match key {
        ProfileKey::Name => "\"华东精密机械有限公司\"",
        ProfileKey::AnnualRevenue => "\"8000万\"",
        ProfileKey::KeyAccounts => "12",
        ProfileKey::Currency => "\"CNY\"",
        ProfileKey::Kind => "\"enterprise\"",
        ProfileKey::StrategicPlan | ProfileKey::AccountDevelopment => "false",
        ProfileKey::CnyRate => "7.1",
        ProfileKey::Scale => "\"medium\"",
        ProfileKey::TotalAssets => "\"3亿\"",
        ProfileKey::Industry => "\"industry\"",
        ProfileKey::Employees => "450",
        ProfileKey::CurrentSetup => "\"sales\"",
        ProfileKey::Levels => "[\"national\", \"provincial\", \"prefecture\", \"county\"]",
        ProfileKey::Counts => "{ provincial = 31, prefecture = 333 }",
        ProfileKey::Functions => "[\"finance\", \"after-sales service\"]",
    }
}

/// The annotated profile, pre-filled for a kind and scale where given.
pub fn profile_template(kind: Option<Kind>, scale: Option<Scale>, text: &dyn Catalog) -> String {
    // A group or a multinational without a size gets a large one's figures: the
    // committee (二)1 is for large groups, and a template should not warn about itself.
    let figures_scale = match (kind, scale) {
        (Some(Kind::Group | Kind::Multinational), None) => Some(Scale::Large),
        _ => scale,
    };
    let (revenue, employees, accounts) = figures_for(figures_scale);
    let kind_slug = kind.unwrap_or(Kind::Enterprise).slug();
    let mut top = vec![
        (
            ProfileKey::Name,
            format!("\"{}\"", text.init_example_name()),
        ),
        (ProfileKey::AnnualRevenue, format!("\"{revenue}\"")),
        (ProfileKey::KeyAccounts, accounts.to_string()),
        (ProfileKey::Currency, "\"CNY\"".into()),
        (ProfileKey::Kind, format!("\"{kind_slug}\"")),
    ];
    if let Some(s) = scale {
        top.push((ProfileKey::Scale, format!("\"{}\"", s.slug())));
    }
    top.push((ProfileKey::Industry, "\"industry\"".into()));
    top.push((ProfileKey::Employees, employees.to_string()));
    top.push((ProfileKey::CurrentSetup, "\"sales\"".into()));
    // A public-sector body gets its network filled in; everyone else sees it commented.
    let network =
        (kind == Some(Kind::PublicSector)).then(|| (example(ProfileKey::Levels).to_string(), None));
    let values = Values {
        top,
        network,
        ..Values::default()
    };
    annotated(&values, text)
}

/// A profile in the layout of `init`: the header, then every key with its comment,
/// given or commented out.
pub fn annotated(values: &Values, text: &dyn Catalog) -> String {
    let mut out = String::new();
    let comment = |out: &mut String, key: ProfileKey| {
        for line in text.init_comment(key).lines() {
            let _ = writeln!(out, "# {line}");
        }
    };
    let line = |out: &mut String, key: ProfileKey, value: Option<&str>| {
        let _ = match value {
            Some(value) => writeln!(out, "{key} = {value}"),
            None => writeln!(out, "# {key} = {}", example(key)),
        };
    };
    for header in text.init_header().lines() {
        let _ = writeln!(out, "# {header}");
    }
    let table_comment = |out: &mut String, table: Table| {
        for line in text.init_table_comment(table).lines() {
            let _ = writeln!(out, "# {line}");
        }
    };
    for key in ProfileKey::ALL
        .iter()
        .copied()
        .filter(|k| k.table().is_none())
    {
        let _ = writeln!(out);
        comment(&mut out, key);
        let value = values.top.iter().find(|(k, _)| *k == key);
        line(&mut out, key, value.map(|(_, v)| v.as_str()));
    }
    let _ = writeln!(out);
    table_comment(&mut out, Table::Strategy);
    let _ = writeln!(out, "[{}]", Table::Strategy);
    for (key, value) in [
        (ProfileKey::StrategicPlan, values.strategic_plan),
        (ProfileKey::AccountDevelopment, values.account_development),
    ] {
        comment(&mut out, key);
        let _ = writeln!(out, "{key} = {value}");
    }
    let _ = writeln!(out);
    table_comment(&mut out, Table::Network);
    let (levels, counts) = match &values.network {
        Some((levels, counts)) => (Some(levels.as_str()), counts.as_deref()),
        None => (None, None),
    };
    let _ = writeln!(
        out,
        "{}[{}]",
        if levels.is_some() { "" } else { "# " },
        Table::Network
    );
    comment(&mut out, ProfileKey::Levels);
    line(&mut out, ProfileKey::Levels, levels);
    comment(&mut out, ProfileKey::Counts);
    line(&mut out, ProfileKey::Counts, counts);
    let _ = writeln!(out);
    table_comment(&mut out, Table::Team);
    let functions = values.functions.as_deref();
    let _ = writeln!(
        out,
        "{}[{}]",
        if functions.is_some() { "" } else { "# " },
        Table::Team
    );
    comment(&mut out, ProfileKey::Functions);
    line(&mut out, ProfileKey::Functions, functions);
    out
}

/// The empty portfolio sheet: one header row of the columns, in the catalogue's
/// language (English: the profile keys), as CSV with a byte-order mark, so that
/// Excel opens the Chinese names as UTF-8 (the reader skips it).
pub fn empty_sheet(text: &dyn Catalog) -> String {
    let names: Vec<&str> = ProfileKey::ALL
        .iter()
        .map(|c| text.column_label(*c))
        .collect();
    // No name needs quoting: none has a comma, a quote or a line break.
    format!("\u{feff}{}\r\n", names.join(","))
}
