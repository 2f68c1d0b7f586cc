//! `kam-advise init`: an annotated profile to start from, every key explained,
//! valid as it stands so the user can run it at once and then edit.

use std::fmt::Write as _;

use crate::profile::{Kind, ProfileKey};
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
        Some(Scale::Micro) => ("150万", 12, 6),
        Some(Scale::Small) => ("1500万", 60, 8),
        Some(Scale::Medium) | None => ("8000万", 450, 12),
        Some(Scale::Large) => ("6亿", 1500, 30),
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
    let scale_line = match scale {
        Some(s) => format!("scale = \"{}\"", s.slug()),
        None => "# scale = \"medium\"".to_string(),
    };
    let lines: Vec<(String, ProfileKey)> = vec![
        (
            format!("name = \"{}\"", text.init_example_name()),
            ProfileKey::Name,
        ),
        (
            format!("annual_revenue = \"{revenue}\""),
            ProfileKey::AnnualRevenue,
        ),
        (
            format!("key_accounts = {accounts}"),
            ProfileKey::KeyAccounts,
        ),
        ("currency = \"CNY\"".into(), ProfileKey::Currency),
        ("# cny_rate = 7.1".into(), ProfileKey::CnyRate),
        (format!("kind = \"{kind_slug}\""), ProfileKey::Kind),
        (scale_line, ProfileKey::Scale),
        ("industry = \"industry\"".into(), ProfileKey::Industry),
        (format!("employees = {employees}"), ProfileKey::Employees),
        ("# total_assets = \"3亿\"".into(), ProfileKey::TotalAssets),
        ("current_setup = \"sales\"".into(), ProfileKey::CurrentSetup),
    ];
    let mut out = String::new();
    let comment = |out: &mut String, key: ProfileKey| {
        for line in text.init_comment(key).lines() {
            let _ = writeln!(out, "# {line}");
        }
    };
    for line in text.init_header().lines() {
        let _ = writeln!(out, "# {line}");
    }
    for (line, key) in lines {
        let _ = writeln!(out);
        comment(&mut out, key);
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out);
    comment(&mut out, ProfileKey::Strategy);
    let _ = writeln!(out, "[strategy]");
    for key in [ProfileKey::StrategicPlan, ProfileKey::AccountDevelopment] {
        comment(&mut out, key);
        let _ = writeln!(out, "{key} = false");
    }
    // A public-sector body gets its network filled in; everyone else sees it commented.
    let network = kind == Some(Kind::PublicSector);
    let prefix = if network { "" } else { "# " };
    let _ = writeln!(out);
    comment(&mut out, ProfileKey::Network);
    let _ = writeln!(out, "{prefix}[network]");
    comment(&mut out, ProfileKey::Levels);
    let _ = writeln!(
        out,
        "{prefix}levels = [\"national\", \"provincial\", \"prefecture\", \"county\"]"
    );
    comment(&mut out, ProfileKey::Counts);
    let _ = writeln!(out, "# counts = {{ provincial = 31, prefecture = 333 }}");
    // A small firm's team: which functions send members.
    let _ = writeln!(out);
    comment(&mut out, ProfileKey::Team);
    let _ = writeln!(out, "# [team]");
    comment(&mut out, ProfileKey::Functions);
    let _ = writeln!(out, "# functions = [\"finance\", \"after-sales service\"]");
    out
}
