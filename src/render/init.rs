//! `kam-advise init`: an annotated profile to start from, every key explained,
//! valid as it stands so the user can run it at once and then edit.

use std::fmt::Write as _;

use crate::profile::Kind;
use crate::scale::Scale;
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
    let lines: Vec<(String, &str)> = vec![
        (format!("name = \"{}\"", text.init_example_name()), "name"),
        (format!("annual_revenue = \"{revenue}\""), "annual_revenue"),
        (format!("key_accounts = {accounts}"), "key_accounts"),
        ("currency = \"CNY\"".into(), "currency"),
        ("# cny_rate = 7.1".into(), "cny_rate"),
        (format!("kind = \"{kind_slug}\""), "kind"),
        (scale_line, "scale"),
        ("industry = \"industry\"".into(), "industry"),
        (format!("employees = {employees}"), "employees"),
        ("# total_assets = \"3亿\"".into(), "total_assets"),
        ("current_setup = \"sales\"".into(), "current_setup"),
    ];
    let mut out = String::new();
    for line in text.init_header().lines() {
        let _ = writeln!(out, "# {line}");
    }
    for (line, key) in lines {
        let _ = writeln!(out);
        for comment in text.init_comment(key).lines() {
            let _ = writeln!(out, "# {comment}");
        }
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(out, "\n[strategy]");
    for key in ["strategic_plan", "account_development"] {
        let _ = writeln!(out, "# {}", text.init_comment(key));
        let _ = writeln!(out, "{key} = false");
    }
    let network = kind == Some(Kind::PublicSector);
    let _ = writeln!(out);
    for comment in text.init_comment("network").lines() {
        let _ = writeln!(out, "# {comment}");
    }
    let prefix = if network { "" } else { "# " };
    let _ = writeln!(out, "{prefix}[network]");
    let _ = writeln!(
        out,
        "{prefix}levels = [\"national\", \"provincial\", \"prefecture\", \"county\"]"
    );
    out
}
